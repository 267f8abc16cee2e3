# ruff: noqa: E501
"""The templates of held-out W (issue 15), written for W by a helper who does not tune.

Slots (filled by `generate_w.py`): a person's name in a form, `{FORM}` a new person, `{FORM#n}`
person n of the row again, `{FORM:f}` / `{FORM:m}` a woman / a man:
`P` given and surname, `PF` every given name and the surname (contracts), `G` the given name,
`S` the surname (after a title written in the template), `p` / `g` / `s` lower case, `Ps` /
`Gs` / `gs` a genitive (the `s`, `'s` or `'` outside the value), `I` initials and surname
(`J. Berg`), `Gi` given name and the surname's initial (`Anna S.`), `R` `Surname, Given`,
`U` the full name in capitals, `E` the person's e-mail address.
Other values: `A` a Swedish address on one line, `AL` on two lines, `ST` a street and number, `STT` a street, number and town, `STL` a street, number and flat (`lgh 1102`),
`a` a street and number in lower case, `al` a whole address in lower case, `AU` / `AUL` a UK
address on one line / on lines, `AX` an address of a European country (DE, FR, FI, NO, DK, PL,
ES), `PH` a Swedish phone number, `PHX` an English or international one, `PNR` a personnummer.
Fillers (no value): `DATE`, `DATEEN`, `TIME`, `NUM`, `ORD`, `AMT`, `TOWN`, `DAY`, `DAYEN`,
`MONTH`, `MONTHEN`, `ROOM`, `WEEK`.
"""

from __future__ import annotations

Template = tuple[str, str]  # language, text

SV: tuple[str, ...] = (
    # e-mail threads with signatures and quoted replies
    "Hej {G#1}!\n\nTack för snabbt svar. Jag skickar avtalet till {A} så snart {G#2} har skrivit under.\n\nMvh\n{P#2}\n\n> {DAY} {DATE} skrev {P#1} <{E#1}>:\n> Kan du posta originalet i stället?",
    "Från: {P#1} <{E#1}>\nTill: {P#2} <{E#2}>\nÄmne: SV: Nycklar till förrådet\n\nHej {G#2}, jag lämnar dem hos {G#3} på {ST} efter kl {TIME}.\n/{G#1}",
    "Hej alla,\nvi ses på {ST} i {TOWN} på {DAY}. Ring mig på {PH} om ni blir sena.\n\nVänliga hälsningar\n{P}\nEkonomiansvarig\n{AL}",
    "Hej {G:m}, ja det går bra att ringa {Gs:f} mobil {PH}. Hon jobbar hemifrån i dag.\n\nHälsningar {P}",
    "> {G#1} skrev:\n> Har någon pratat med {S#2}?\n\nJa, jag ringde {P#2} i morse. {G#2} återkommer på {DAY}.\n\n/{P#3}",
    "Med vänlig hälsning\n\n{P}\nProjektledare | Bygg & Fastighet\nBesöksadress: {A}\nTel: {PH}",
    # calendar and booking confirmations
    "Bokningsbekräftelse\nTid: {DAY} {DATE} kl {TIME}\nBehandlare: {P}\nPatient: {P#2}\nMottagning: {A}\nAvbokning senast 24 timmar innan.",
    "Inbjudan: Utvecklingssamtal {G#1} / {P#2}\nNär: {DAY} {DATE} {TIME}\nVar: {ROOM}, {A}\nArrangör: {P#2}",
    "Din bordsbokning är bekräftad! 4 personer, {DAY} kl {TIME}, i namnet {P}. Välkommen till oss på {A}.",
    "Påminnelse: frisörtid hos {G} {DAY} {TIME}. Salongen har flyttat till {STT}.",
    # school and preschool messages to parents
    "Hej föräldrar i Blå gruppen!\nPå {DAY} går vi till skogen. {G#1} och {G#2} har glömt sina regnkläder hos oss, de hänger i hallen. Hälsningar {G#3} och {G#4}, förskollärare",
    "Frånvaroanmälan: {P} i klass 4B är sjuk i dag. Vårdnadshavare: {P#2}, {PH}.",
    "Information från rektor {P}: Skolan är stängd {DAY} på grund av strömavbrott. Frågor till skolsköterska {P}.",
    "Hämtning på fritids: {Gs} mamma {P:f} hämtar i dag, inte pappa. Hon har legitimation med sig.",
    "Klassfest för 6A! Vi samlas hemma hos {Ps} på {A} kl {TIME}. Anmälan till {G} senast {DAY}.",
    "Mentor {P} har bytt telefonnummer. Det nya är {PH}. Hälsningar {P}, administratör",
    # housing association (BRF) notices
    "BRF Solrosen informerar: Stambyte i trappuppgång 2 startar {DATE}. Kontaktperson i styrelsen är {P}, {a}, tel {PH}.",
    "Till boende på {A}:\nStyrelsen kallar till extra föreningsstämma {DAY} {DATE} i föreningslokalen. Ordförande {P}, sekreterare {P}.",
    "Andrahandsuthyrning av lägenhet 1102: {P} hyr ut till {P} från {DATE}. Styrelsen har godkänt ansökan. Ny postadress för {G#1}: {AL}",
    "Felanmälan från {P}, {STL}: det droppar från taket i badrummet. Vicevärd {P} kommer {DAY}.",
    "Medlemsförteckning BRF Linden\nLgh 1001 {R}\nLgh 1002 {R}, {R}\nLgh 1101 {R}",
    # tenancy and sales contracts
    "HYRESAVTAL FÖR BOSTADSLÄGENHET\nHyresvärd: {PF}, {PNR}, {A}\nHyresgäst: {PF}, {PNR}\nLägenhetens adress: {A}",
    "KÖPEKONTRAKT\nSäljare: {PF} ({PNR}) och {PF} ({PNR}), {AL}\nKöpare: {PF}, {PNR}\nFastigheten överlåts med tillträde {DATE}.",
    "Köpeavtal bil: Säljare {P}, {A}. Köpare {P}, {PH}. Bilen säljs i befintligt skick.",
    "Undertecknade {PF} och {PF} intygar att vi bor på {A} sedan {DATE}.",
    "Fullmakt\nJag, {PF}, {PNR}, ger härmed {PF}, {PNR}, fullmakt att hämta ut mina försändelser.\nOrt och datum: {TOWN} {DATE}",
    # bank and insurance letters
    "{U}\n{AL}\n\nHej {G#1}!\nDitt nya bankkort skickas till adressen ovan inom fem bankdagar.",
    "Skadeanmälan nr {NUM}\nFörsäkringstagare: {P}, {PNR}\nSkadeplats: {A}\nHandläggare: {P}",
    "Besked om bolån: Låntagare {PF} och {PF}. Säkerhet: bostadsrätt på {A}. Din rådgivare är {P}, {PH}.",
    "Till dödsboet efter {PF}\nc/o {P}\n{AL}",
    "Hej {G}! Vi har tagit emot din ansökan om hemförsäkring för {A}. Mvh {G}, Kundservice",
    # pharmacy / healthcare SMS reminders
    "Påminnelse från Vårdcentralen: {G}, du har tid hos {S} {DAY} kl {TIME}. Svara inte på detta sms.",
    "Hej {G}! Ditt recept är klart att hämta på apoteket på {ST}. Ta med legitimation.",
    "Remiss till ortopedi. Patient: {P}, {PNR}, {A}. Remitterande läkare: {P}. Knäsmärta sedan {MONTH}.",
    "Journalanteckning {DATE}, ssk {P}: {P} kom med sin dotter {G:f}. Pat. har svårt att sova. Åter om två veckor.",
    "Vaccinationstid bokad för {P} {DATE} kl {TIME} på {A}. Med vänlig hälsning, Barnavårdscentralen",
    # job applications and CVs
    "Personligt brev\n\nHej {G}!\nJag heter {P#2} och söker tjänsten som lagerarbetare. Referens: {P}, tidigare chef, {PH}.\n\n{P#2}\n{AL}\n{E#2}",
    "CV\n{U#1}\nAdress: {A}\nTelefon: {PH}\nE-post: {E#1}\nReferenser: {P} (arbetsledare), {P} (lärare)",
    "Hej {G:m}, tack för intervjun i går! Jag ser fram emot att träffa {G:f} och resten av teamet.\nMvh {P}",
    "Anställningsbevis: {PF}, {PNR}, {A}, anställs som undersköterska från {DATE}. Närmaste chef: {P}.",
    "Sjukanmälan från {P} för {DAY}. Vab, {Gs} dagis är stängt. Meddela {P} på lönekontoret.",
    # colleagues' chat (lower case, typos)
    "{g} har du sett mailet från {g:f}? hon vill ha rapporten innan lunch",
    "va e {gs} nya adress? ska skicka blommor, tror det e {a}",
    "ok jag frågar {g} om {s} kan ta passet på {DAY}",
    "{g}: e du på kontoret? {g} letar efter nyckeln till förrådet",
    "lämnade paketet hos {p:f} på {al}, hon va inte hemma så la det i brevlådan",
    "fråga {g:f} hon vet, eller {p} på ekonomi",
    "snabbt möte m {g} o {g} kl {TIME}? jag bokar {ROOM}",
    "skicka till {g} istället, {gs} mail funkar inte idag",
    # sports club and choir rosters
    "Laguppställning P12, {DAY}: Målvakt {P:m}. Backar: {P:m}, {P:m}, {G:m}. Ledare: {P}, {PH}.",
    "Körschema vecka {WEEK}\nSopran: {P}, {P}\nAlt: {P}\nTenor: {P}\nBas: {P}, {P}\nDirigent: {P}",
    "Kallelse till årsmöte i IK Stjärnan. Valberedningen föreslår {P} som ordförande och {P} som kassör. Kansliet: {A}",
    "Medlemsregister, utdrag: {R}; {PNR}; {A}; {PH}",
    # delivery / parcel notifications
    "Ditt paket från Zalando är på väg! Mottagare: {P}, {A}. Beräknad leverans {DAY}.",
    "Avisering: Ett paket till {U} finns att hämta hos ombudet på {STT}. Kod {NUM}.",
    "Leverans misslyckades. Vi försökte leverera till {P}, {a} men ingen var hemma. Ring {PH}.",
    "Fraktsedel\nAvsändare: {P}, {AL}\nMottagare: {P}, {AL}\nVikt: 2,4 kg",
    # customer reviews
    "Mycket nöjd med snickaren {G:m}, han kom i tid och städade efter sig. /{Gi}, {TOWN}",
    "Betyg 2 av 5. Personalen var trevlig men {G} i kassan glömde min beställning. – {Gi}",
    "Rekommenderar verkligen {Ps} städfirma! {G#1} och {G} gjorde ett jättebra jobb hemma hos oss på {ST}.",
    # git commit messages, code comments
    "# TODO({g}): flytta valideringen hit när {G} har mergat sin PR\ndef validate(rows):",
    "commit 3f9a1c2\nAuthor: {P#1} <{E#1}>\nDate:   {DAY} {DATE}\n\n    Rätta avrundning i momsberäkningen (rapporterat av {P})",
    "Co-authored-by: {P#1} <{E#1}>\nReviewed-by: {P}",
    # JSON / YAML / CSV records
    '{{"kund": "{P}", "personnummer": "{PNR}", "adress": "{A}", "telefon": "{PH}"}}',
    "namn;adress;telefon\n{P};{A};{PH}\n{P};{A};{PH}",
    "kontakt:\n  namn: {P#1}\n  epost: {E#1}\n  adress: {A}",
    'förnamn,efternamn,ort\n"{G#1}","{S#1}","{TOWN}"\n"{G#2}","{S#2}","{TOWN}"',
    # HR
    "Lönesamtal: {P} har begärt ett samtal med {P} om lönen för {MONTH}. HR-partner {P} deltar.",
    "Rekrytering lagerchef: vi går vidare med {P} och {P}. {G#1} har referenser från {P}.",
    "Hej {G}! Din föräldraledighet är registrerad från {DATE}. Hör av dig till {P} på HR om du har frågor.",
    # titles and initials
    "VD {P} hälsar alla välkomna till kick-off. Anmälan till {I} senast {DAY}.",
    "Kallelse: Dr {S} vill träffa dig för uppföljning. Ring sekreterare {I}, {PH}.",
    "Protokoll styrelsemöte {DATE}\nNärvarande: {I}, {I}, {I} (ordf.), {P}\nJusteras av {P}",
    "Ansvarig handläggare: {I}\nBeslut fattat av enhetschef {P}.",
    "Till: Överläkare {P}\nKopia: {I}, distriktssköterska\nÄrende: Remissvar för {P}, {PNR}",
    "Utdrag ur protokoll: Beslutades att ge kassör {P} och ordförande {P} rätt att teckna föreningen var för sig.",
    "Hej {G}! Tandhygienist {S} har fått förhinder {DAY}. Vi bokar om dig. /Folktandvården",
    "Adressändring: {P} har flyttat från {A} till {AX}. Eftersändning i ett år.",
    "Sommarstuga uthyres av {P#1}, {AX}. Intresserad? Ring {G#1} på {PH}.",
)

EN: tuple[str, ...] = (
    # e-mail threads with signatures and quoted replies
    "Hi {G#1},\n\nThanks, I'll post the signed copy to {AU} tomorrow.\n\nBest,\n{P#2}\n\nOn {DAYEN} {DATEEN}, {P#1} <{E#1}> wrote:\n> Could you send the original by post?",
    "From: {P#1} <{E#1}>\nTo: {P#2}\nSubject: RE: Handover\n\n{G#2}, {G#3:f} will cover my calls while I'm away. Her number is {PHX}.\n\nCheers, {G#1}",
    "Kind regards,\n\n{P}\nSenior Account Manager\n{AUL}\nM: {PHX}",
    "Hi all, quick update: {S:m} from legal has signed off. Thanks to {G} and {Gs} team for the fast turnaround.\n{G}",
    "> On {DAYEN}, {P#1} wrote:\n> Is Dr {S#2} still on the panel?\n\nYes, Dr {S#2} confirmed this morning. {P#3}",
    # calendar and booking confirmations
    "Booking confirmed: table for two under {P} on {DAYEN} at {TIME}. See you at {AU}!",
    "Meeting invite: Quarterly review\nOrganiser: {P#1} <{E#1}>\nAttendees: {P}, {P}, {P}\nLocation: {AU}",
    "Your appointment with Dr {S} is on {DAYEN} {DATEEN} at {TIME}. To cancel, call {PHX}.",
    "Hotel reservation for {U}: 2 nights, check-in {DATEEN}. Guest address on file: {AU}.",
    # school messages
    "Dear parents, {G} and {G} in Year 4 left their PE kits in the changing room. Please collect them from Mrs {S:f} at the school office.",
    "Absence note: {P} will miss school on {DAYEN} due to a dental appointment. Signed, {P}",
    "Reminder from the headteacher, {P}: the school trip leaves at {TIME}. Please contact Mr {S:m} with any questions.",
    # tenancy and sales contracts
    "TENANCY AGREEMENT\nLandlord: {P}, of {AU}\nTenant: {P}\nProperty: {AUL}\nTerm: 12 months from {DATEEN}",
    "This agreement is made between {P} (the Seller) and {P} (the Buyer) for the property at {AU}.",
    "We, {P} and {P}, confirm that we have lived at {AU} since {MONTHEN}.",
    # bank and insurance letters
    "{U}\n{AUL}\n\nDear Mrs {S#1:f},\nYour new debit card has been dispatched to the address above.",
    "Claim reference {NUM}. Policyholder: {P}. Incident address: {AU}. Your claims handler is {P}, {PHX}.",
    "Dear {G}, your mortgage application for {AU} has been approved. Your adviser, {P}, will call you this week.",
    # pharmacy / healthcare SMS
    "Reminder: {G}, your prescription is ready for collection at Boots, {AU}. Reply STOP to opt out.",
    "Referral letter\nPatient: {P}, DOB {DATEEN}\nAddress: {AUL}\nReferring GP: Dr {P}\nReason: persistent cough",
    "Clinic note {DATEEN}: Seen by Nurse {P}. {G:f} attended with her husband {G:m}. Blood pressure stable. Review in 3 months.",
    # job applications, CVs, LinkedIn
    "Dear {P},\n\nI am writing to apply for the Data Analyst position. {P}, my former manager, has agreed to act as a referee.\n\nYours sincerely,\n{P}",
    "CURRICULUM VITAE\n{P#1}\n{AU}\n{PHX} | {E#1}\nReferences available from {P} on request.",
    "Hi {G}, great meeting you at the conference! {P} mentioned you're hiring backend engineers. Would love to connect. – {G}",
    "Congrats on the new role, {G}! {G} and I always said you'd end up leading that team.",
    "{P} endorsed you for Project Management. {P} and 3 others viewed your profile.",
    # chat (lower case, typos)
    "@channel {g} is out sick today, ping {g} for anything urgent",
    "has anyone seen {gs:f} laptop charger? she left it in the kitchen",
    "lol {g} just merged to main without review again. {g} pls check",
    "can u send the parcel to {al}? thats {gs} new place",
    "ask {g:m} hes the one who set up the vpn",
    "{g} and {p} are both off on {DAYEN}, so standup is cancelled",
    # rosters
    "Team sheet, Sunday league: GK {P}; DEF {P}, {P}, {P}; MID {P}, {G}; FWD {P}. Manager: {P} ({PHX})",
    "Choir rota\nSopranos: {P}, {P}\nAltos: {P}\nTenors: {P}\nBasses: {P}\nConductor: {P}",
    "Membership renewals due: {R} - {AU}; {R} - {AU}",
    # deliveries
    "Your parcel is out for delivery to {P}, {AU}. Driver: {G}. Track it in the Evri app.",
    "We missed you! We tried to deliver a parcel for {U} at {AU}. Rebook online or call {PHX}.",
    "Delivery note\nShip to: {P}\n{AUL}\nOrder: {ORD}",
    # reviews
    "5 stars. {G} at the front desk sorted out our booking in two minutes. Highly recommend! – {Gi}",
    "Terrible service. I asked for {G:f} the manager and was told she'd left. {Gi}, Leeds",
    "The plumber, {P}, was friendly and fair on price. Would use again. Posted by {Gi}",
    # git / code
    "commit 8e41d0b\nAuthor: {P#1} <{E#1}>\n\n    Fix timezone bug in invoice export (thanks {P})",
    "# NOTE({g}): {G} asked us to keep this for backwards compatibility\ndef legacy_total(order):",
    "Signed-off-by: {P#1} <{E#1}>\nTested-by: {P}",
    # records
    '{{"name": "{P#1}", "address": "{AU}", "phone": "{PHX}", "email": "{E#1}"}}',
    "customer:\n  name: {P}\n  shipping_address: {AU}\n  contact: {PHX}",
    "first_name,last_name,city\n{G#1},{S#1},{TOWN}\n{G#2},{S#2},{TOWN}",
    # HR
    "Hi {G}, {Ps} sick leave has been extended to {DAYEN}. {P} from HR will update payroll.",
    "Attendees: {I}, {I}, Ms {S:f}, Mr {S:m}\nApologies: Prof. {S}",
    "Approved by {I}, Head of Finance. Queries to Mrs {S:f} on {PHX}.",
    "CEO {P} and CFO {P} will host the town hall on {DAYEN}.",
    "Shipping address updated for {P}: {AX}. Changed by {G} (support).",
    "Guest registration: {P}, home address {AX}. Passport checked by {G}.",
    "Review comment from {P}: this breaks the export for {Gs} team, please add a test before merging.",
    "Offer letter: We are pleased to offer {P} the role of Finance Assistant. Please return the signed copy to {P}, {AU}.",
)

MIXED: tuple[str, ...] = (
    "Hej {G}! Just checking in – har du fått kontraktet från {P}? Deadline är {DAY}.\n\nBest regards\n{P}",
    "Meeting notes ({DATE}): {P} presenterade Q3. Action: {G} follows up with {P} om leveransen till {A}.",
    "kan du pinga {g:f}? she's the one with admin access till jira",
    "{g} sa att {gs} nya adress är {a}, can you update the CRM?",
    "Standup: {G} – working on login bug. {G} – blocked, väntar på {G}. {G} – OOO {DAY}.",
    "Fwd: Leveransadress\n\n---------- Forwarded message ---------\nFrån: {P#1} <{E#1}>\nPlease ship to {A}, att: {P#2}.",
    "Hi {G:f}, tack för igår! Kan du skicka {Gs} nummer? I think it was {PH}.",
    "Invoice to: {P}, {A}\nOrg. nr 556123-4567\nYour reference: {P}\nBetalningsvillkor 30 dagar",
    "Reminder: tandläkartid hos Dr {S} {DAY} kl {TIME}. Reply JA to confirm.",
    "Onboarding buddy för {P} blir {P}. Please book a lunch med {G#1} första veckan.",
    "PR #{NUM} review: nice work {G}! Men {G:f} har rätt om felhanteringen, see her comment.",
    "commit 1c77e9f\nAuthor: {P#1} <{E#1}>\n\n    Lägg till validering av postnummer (requested by {P})",
    '{{"namn": "{P}", "adress": "{AX}", "tel": "{PHX}"}}',
    "Customer {P#1:f} ringde om fakturan, skickad till {A}. Hon vill ha en kopia via mail: {E#1}",
    "Signatur:\n{P}\nHead of Sales Nordics\n{AL}\nMobil: {PH}",
    "Slack: {g:f} är sjuk idag, {g} tar hennes calls. ping me if anything breaks",
    "BRF notice / Meddelande till boende: {P} ({ST}) is the new contact for the laundry room.",
    "Hej! Paketet till {P} (c/o {P}) levererades till {AX} i stället för {A}. Sorry!",
    "Booking confirmation: {P}, 2 rum, {DAY}–{DAY}. Hotellet ligger på {A}.",
    "Recensión / review: {G} på receptionen var super helpful! – {Gi}",
    "Hi team, {P:f} börjar som konsult på måndag. Her manager is {P}. Välkommen {G#1}!",
    "LinkedIn: {P} har skickat en inbjudan. 'Hi {G}, we met at Nordic Tech i {TOWN}.'",
    "Roster / Laguppställning: {P}, {P}, {P}. Coach: {P}, {PHX}",
    "Journal note (translated): Pat. {P}, {PNR}, boende på {A}. Seen by Dr {S}.",
    "från {g}: can someone cover my shift? {g} kan inte",
    "Parcel for {U}: hämtas hos ombud {STT}. Tracking {ORD}.",
    "Hej {G}, CV:t från {P:f} ser bra ut. She lives at {A}, so commute is fine.",
    "Tenancy: hyresgäst {PF}, {PNR}. Address: {AL}. Landlord {P}.",
    "kontakt:\n  name: {P}\n  adress: {A}\n  phone: {PH}",
    '# FIXME({g}): hårdkodad adress, ask {G} before removing\nDEFAULT_ADDRESS = "{A}"',
    "Hi {G}, försäkringsbrevet för {A} är skickat. Your handler is {P}.",
    "Hej föräldrar / Dear parents: {G} och {G} har fått fel jackor. Please check! /{G}, förskollärare",
    "thx {g}! och säg till {g} att vi ses kl {TIME}",
    "Re: Offert\n> {P#1} wrote:\n> Kan ni leverera till {AX}?\nYes, we deliver there. /{P}",
    "Choir rehearsal moved! Ny lokal: {A}. Contact {P} eller {P}.",
    "Sign-off: {I} (QA), {I} (Dev). Godkänt av VD {P}.",
    "Ny adress för {P}: {AX}. Please update payroll, tack! /{G}",
    "Dr {S} har skickat provsvaren to {G}. Please call back på {PH}.",
    "Kvitto / Receipt\nKund: {P}\nLeveransadress: {A}\nOrder {ORD}",
    "Teams chat:\n{g}: har du pushat?\n{g}: yes, men CI är röd\n{g}: ok ber {g} kolla",
    "Kalenderinbjudan: 1:1 {G#1} / {G#2}\nWhen: {DAY} {TIME}\nWhere: {ROOM}",
    "Hej {G}, your package from Amazon väntar hos ombudet, {STT}. Ta med ID.",
    "CRM note: ringde {P:f} ({PH}), hon vill flytta leveransen till {A}. Follow up {DAY}. /{G}",
    "Review på Google: Bästa pizzan i stan! {G} behind the counter is the best. – {Gi}",
    "Hej {G}!\nThanks for the application. Vi vill gärna boka en intervju med dig och {P}.\n/{P}, Talent Acquisition",
    "Styrelsen / The board: {P} (ordf.), {P} (kassör), {P}. Postadress: {AL}",
    "owner: {P#1}\nbilling_address: {A}\nemail: {E#1}\nplan: premium",
    "Hi {G}, {Gs:m} mamma ringde – she can't pick him up today, så {P} hämtar istället.",
)

NEGATIVES: tuple[Template, ...] = tuple(
    [
        ("sv", t)
        for t in (
            "Möte i Stora konferensrummet på {DAY} kl {TIME}. Ta med er Q3-rapporten.",
            "Påminnelse: Skatteverket skickar ut deklarationen i {MONTH}. Logga in med BankID.",
            "Bo i lägenheten i minst två år innan du säljer, annars blir det reavinstskatt.",
            "Sten och grus levereras till byggarbetsplatsen i {TOWN} under vecka {WEEK}.",
            "Nytt erbjudande från ICA Maxi: Kaffe 3 för 2 hela {MONTH}!",
            "Volvo XC60 och Tesla Model Y var de mest sålda bilarna i Sverige förra året.",
            "Förskolan stänger kl 17 på {DAY}. Glöm inte att märka barnens kläder.",
            "Styrelsen påminner om att cyklar i trapphuset ska tas bort före {DATE}.",
            "Apoteket Hjärtat har nya öppettider: vardagar 9–19, lördag 10–16.",
            "Så ansöker du om bostadsbidrag hos Försäkringskassan – en guide i fem steg.",
            "Välkommen till Spotify Premium! Din provperiod slutar {DATE}.",
            "Rut-avdrag gäller bara för arbetskostnaden, inte material eller resor.",
            "Maj är bästa månaden att plantera potatis i Mellansverige.",
            "Vi har flyttat kontoret till {TOWN}. Mer information kommer på intranätet.",
            "Agenda styrelsemöte: 1. Öppnande 2. Ekonomi 3. Fasadrenovering 4. Övrigt",
            "Leveransen från IKEA är försenad. Billy-hyllan och Malm-byrån kommer på {DAY}.",
            "SJ meddelar: Tåg 537 mot Göteborg är 20 minuter försenat på grund av signalfel.",
            "Björk, ek och lind planteras längs den nya cykelvägen i {TOWN}.",
            "fixat buggen i exporten, nu funkar csv igen. pushar efter lunch",
            "Rosor, tulpaner och liljor – veckans buketter från Interflora.",
            "Vårdcentralen Norra har stängt för semester under vecka 29 och 30.",
            'git commit -m "Uppdatera beroenden och rätta stavfel i README"',
            "Handelsbanken och Swedbank höjer räntan från och med {DATE}.",
            "Kören övar {DAY}ar i Församlingshemmet. Alla stämmor välkomna!",
            "Ta med legitimation och kvitto när du hämtar paketet hos PostNord.",
            "Midsommarafton infaller på en fredag i år. Systembolaget stänger kl 15.",
            "Ny version av BankID-appen finns i App Store och Google Play.",
            "Kommunfullmäktige i {TOWN} sammanträder i Stadshuset på {DAY}.",
            "Ros till städteamet som gjorde kontoret skinande rent inför revisionen!",
            "Lönerevision 2026: nya löner betalas ut i {MONTH} med retroaktivitet.",
            "Regionen rekommenderar vaccination mot influensa för alla över 65 år.",
            "Hyran höjs med 4,1 procent från {DATE} enligt förhandling med Hyresgästföreningen.",
            "Kundtjänst har öppet måndag till fredag 8–17 och {DAY} 10–14. Chatta med oss på webben.",
            "Viktig information om Windows-uppdateringen: starta om datorn innan du går hem.",
            "Tvättstugan är stängd {DAY} på grund av service av torktumlaren.",
        )
    ]
    + [
        ("en", t)
        for t in (
            "Hope this helps! Let me know if the build still fails on Windows.",
            "Will you be joining the all-hands on {DAYEN}? The agenda is in Confluence.",
            "Please mark the boxes that apply and return the form by {DATEEN}.",
            "Summer opening hours: Monday to Friday 8am–6pm, closed on bank holidays.",
            "Amazon Prime Day starts in {MONTHEN}. Kindle and Echo devices up to 40% off.",
            "The Grand Hotel and the Royal Albert Hall are both within walking distance.",
            "Bill payments can be made online, by phone or at any Post Office branch.",
            "Rose gold and silver finishes are available for the Apple Watch Series 9.",
            "Quarterly Business Review – Agenda: Revenue, Hiring, Product Roadmap, AOB",
            "Grant applications for the Arts Council close at midnight on {DAYEN}.",
            "Our head office has moved to Manchester. Parking is available on site.",
            "Refactor: move PDF export into its own module and add unit tests.",
            "Dawn and dusk are the best times to see deer in Richmond Park.",
            "Frank feedback is welcome: what went well this sprint and what didn't?",
            "Chase Bank and Wells Fargo have updated their mobile apps.",
            "Victoria Station is closed this weekend; use London Bridge instead.",
            "Jack the car up on a level surface before removing the wheel nuts.",
            "Parcel lockers are now available at Tesco Extra and Sainsbury's Local.",
            "Christmas Eve falls on a {DAYEN} this year, so the office closes at noon.",
            "Please read the Terms and Conditions and the Privacy Policy before signing up.",
            "Mark as resolved once the Jenkins pipeline is green.",
            "Cottage Pie, Sticky Toffee Pudding and Earl Grey are on today's lunch menu.",
        )
    ]
    + [
        ("mixed", t)
        for t in (
            "Sprint review på {DAY}, demo av nya checkout-flödet. Bring your laptops!",
            "Kan ni uppdatera Jira-ticketen? The Stockholm office needs it before EOD.",
            "Black Friday på Elgiganten: Samsung Galaxy och Sony-hörlurar till halva priset.",
            "Heads up: Microsoft Teams är nere, använd Slack tills vidare.",
            "Summer party på Skansen i {MONTH}! Anmälan via formuläret på intranätet.",
            "Release notes v2.3: bättre prestanda, fixed login on Safari, nya översättningar.",
            "Bo gärna nära jobbet – commute time matters more than you think.",
            "Karta: Centralstationen → Kungsträdgården, ca 10 min walk.",
            "Reminder: tidrapportering i Agda senast fredag, otherwise no salary this month.",
            "Nya kaffemaskinen från Moccamaster is finally here, köket plan 3!",
            "Tack för att du handlade hos Apotea! Your order has shipped via Budbee.",
            "OKR Q4: öka NPS till 50, reduce churn, lansera i Norge och Finland.",
            "Code freeze från {DAY}, only hotfixes after that. Tack!",
            "Vi byter från Zoom till Google Meet nästa månad, invites kommer.",
            "Ny policy för remote work: max tre dagar hemifrån per vecka, ses i Confluence.",
        )
    ]
)

TEMPLATES: tuple[Template, ...] = (
    tuple(("sv", t) for t in SV) + tuple(("en", t) for t in EN) + tuple(("mixed", t) for t in MIXED)
)

DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
ROOMS = ("rum Ekorren", "Stora salen", "konferensrum Vega", "mötesrum 3B", "Teams", "Zoom")
