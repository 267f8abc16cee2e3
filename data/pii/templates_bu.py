# ruff: noqa: E501
"""Templates of held-out bu (fifty-second writer): the everyday mix of what people send through an
AI assistant at work and at home.

Customer support tickets and replies, HR mail (hiring, sick leave, salaries, references,
leaving), healthcare (vårdcentral bookings, referrals, prescriptions, notes), chat between
friends and colleagues, invoices and payment reminders, school and preschool messages, insurance
claims, bank and tax questions, legal letters, travel bookings, housing and rentals, association
and club mail.

Slots (filled by `generate_bu.py`): a person as `{FORM#ref:gender}` with FORM one of P (full
name), p (lower case), U (capitals), F (with middle names), G/g (given name), N/n (short form
where the name has one), S/s (surname), I (`A. Berg`), Gi (`Anna B.`), R (`Berg, Anna`),
RU (`BERG, Anna`), E (the person's e-mail address); a trailing `s` adds a Swedish genitive, a
trailing `'` an English one, outside the value. Other slots: A/AL/ST/STN/STL/a/BOX (Swedish
addresses: one line, on lines, street, street without number, with lgh, lower case, Box or
office), AU/AUL/AUS/AX/AXL (UK, US, Europe), PH/PHX (phones), EM (a role's e-mail address),
PNR (personnummer) and the look-alikes ORG, OCR, BG, PG, INV, CASE, DNR, CUST, ORDER, BOOK,
FLIGHT, POL, CLEAR, ACC, REG, DATE, DATEEN, TIME, NUM, AMT, SAL, GBP, USD, EUR, PCT, YEAR, TOWN,
DAY, DAYEN, which are never values.
"""

from __future__ import annotations

DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip

SV = (
    # customer support
    "Hej!\nJag har ärendenummer {CASE} och väntar fortfarande på min retur. Ordern ({ORDER}) skickades till {A} men paketet kom tillbaka till er.\nMvh {P#1}\n{PH}",
    "Hej {G#1}!\n\nTack för att du kontaktade oss. Vi har nu ändrat leveransadressen på order {ORDER} till:\n{AL}\n\nHar du fler frågor når du oss på {PH} eller {EM}.\n\nVänliga hälsningar\n{G#2}, Kundservice\nElgiganten",
    "Ärende: {CASE}\nKund: {RU#1}\nKundnummer: {CUST}\nTelefon: {PH}\nE-post: {E#1}\nBeskrivning: Bredbandet har legat nere sedan {DAY}. Tekniker bokad {DATE} kl {TIME}.",
    "Hej, jag försöker avsluta mitt abonnemang men kommer inte in på Mina sidor. Abonnemanget står på min man {P#1:m}, men jag har fullmakt. Mitt nummer är {PH}. //{P#2:f}",
    "Kundtjänst svar #{NUM}\nHej {P#1},\nvi beklagar att tvättmaskinen (modell WW90T, köpt {DATE}) inte fungerar. En servicetekniker från Electrolux kontaktar dig på {PH} inom tre arbetsdagar.\nMed vänlig hälsning\n{Gi#2}\nTeam Reklamation",
    "Reklamation\nNamn: {P#1}\nAdress: {A}\nTel: {PH}\nMail: {E#1}\nVara: Fjällräven Kånken, ordernr {ORDER}\nFel: dragkedjan gick sönder efter två veckor.",
    # HR
    "Hej {P#1},\n\nTack för din ansökan till tjänsten som lagermedarbetare (ref {CASE}). Vi vill gärna träffa dig för en intervju {DAY} {DATE} kl. {TIME} på vårt kontor, {A}. Du träffar rekryterande chef {P#2} och HR-partner {P#3}.\n\nMed vänlig hälsning\n{P#3}\nHR, Bravida Sverige AB\n{PH}",
    "hej {n#1}, vabbar idag, {g#2} har feber igen. har sjukanmält i systemet. hör av mig imorgon /{g#3}",
    "Lönespecifikation {YEAR}-{NUM}\nAnställd: {RU#1}\nPersonnummer: {PNR}\nAnst.nr: {CUST}\nMånadslön: {SAL}\nUtbetalning till konto {CLEAR}, {ACC}",
    "Referens för {P#1}\n\n{G#1} arbetade hos oss som undersköterska {YEAR}–{YEAR}. {G#1} är noggrann, varm mot de boende och en god kollega. Ring gärna mig, {P#2}, enhetschef på äldreboendet Solgläntan, {PH}.",
    "Hej alla!\nIdag är min sista dag på Skanska efter elva år. Tack för allt! Vill ni hålla kontakten nås jag på {E#1} eller {PH}.\nKram {N#1}",
    "ARBETSGIVARINTYG\nNamn: {U#1}\nPersonnr: {PNR}\nAdress: {A}\nAnställd from: {DATE}\nArbetsgivare: Coop Logistik AB, org.nr {ORG}\nKontaktperson: {I#2}, tel {PH}",
    "Hej {G#1}! Jag har pratat med {Ss#2:m} chef {P#3} om {Gs#2} lön. Löneöversynen blir {PCT} procent från april. Vi tar det på medarbetarsamtalet {DAY}. /{G#4}",
    "Till HR\nJag vill härmed säga upp min anställning med en månads uppsägningstid. Min sista dag blir {DATE}. Slutlönen sätts in på mitt vanliga konto. Ny adress från {DATE}: {A}.\n{P#1}\nAnst.nr {CUST}",
    "Sjukanmälan\nMedarbetare: {R#1}\nFrån och med: {DATE}\nNärmaste chef: {P#2}\nLäkarintyg från dag 8 skickas till {EM}.",
    "Välkommen till oss, {G#1}!\nDin första dag är {DAY} {DATE}. Du möts av din fadder {P#2} i receptionen på {BOX} kl {TIME}. Ta med ID-handling och kontouppgifter.\nHälsningar VD {P#3}",
    # healthcare
    "Bekräftelse: Du har en tid hos distriktsläkare {P#1} på Vårdcentralen Husensjö {DAY} {DATE} kl. {TIME}. Adress: {A}. Av- och ombokning: {PH}. Ta med legitimation.",
    "REMISS\nTill: Ortopedmottagningen, {BOX}\nPatient: {R#1}, {PNR}\nAdress: {A}\nTel: {PH}\nFrågeställning: Knäsmärta hö sedan {YEAR}, MR?\nRemitterande: leg. läkare {P#2}, Vårdcentralen Gottsunda",
    "Recept förnyat för {P#1} ({PNR}): Omeprazol 20 mg, 1x1. Hämtas ut på valfritt apotek. /Dr {S#2}",
    "Anteckning {DATE}, sjuksköterska {G#1}:\nPat. {S#2} ringde från {PH} ang. feber hos dottern {G#3:f}, 4 år. Egenvårdsråd givet. Återkommer vid försämring. Anhörig: {P#4:f} (mamma), {PH}.",
    "Hej! Jag är {Gs#1:f} dotter och vill flytta mammas tid hos fotvården. Hon heter {P#1} och bor på {A}. Ring mig gärna på {PH}. /{P#2}",
    "Kallelse till mammografi\n{U#1}\n{AL}\n\nDu är välkommen {DAY} {DATE} kl {TIME}. Mammografibussen står vid Coop Forum. Frågor: {PH}, vardagar 8–12.",
    "Journalanteckning, barnmorska {P#1}\nPatient: {P#2:f}, {PNR}\nPartner: {G#3}, tel {PH}\nBesök v. {WEEK}, allt ua. Nästa besök {DATE}.",
    "Hej {G#1}, det är {G#2} på Tandläkarna i {TOWN}. Du har en tid hos tandhygienist {P#3} imorgon {TIME}. Svara JA för att bekräfta. Frågor? Ring {PH}.",
    "Intyg\nHärmed intygas att {P#1}, född {PNR}, har varit under behandling hos undertecknad sedan {DATE}.\n\n{P#2}\nleg. psykolog, Psykologhuset, {A}",
    # school and preschool
    "Hej alla föräldrar på avdelning Igelkotten!\nPå fredag har vi utflykt till Slottsskogen. Frågor till {G#1} på {PH}.\nHälsningar {G#1}, {G#2} och {G#3}",
    "Hej {G#1}! {G#2} är sjuk idag och kommer inte till skolan. Mvh {P#3}, {PH}",
    "Meddelande från mentor {P#1}, klass 7B:\nUtvecklingssamtal för {P#2} är bokat {DAY} {DATE} kl {TIME}. Plats: rum 204, Eriksdalsskolan, {A}.",
    "Ansökan om skolskjuts\nElev: {P#1}, {PNR}\nVårdnadshavare: {P#2}, {PH}\nVårdnadshavare 2: {P#3}, {PH}\nFolkbokföringsadress: {A}\nSkola: Fäladsgården, åk {NUM}",
    "Hej! Kan {G#1} följa med {G#2} hem efter fritids på {DAY}? Jag hämtar på {ST} vid {TIME}. /{Gs#2} pappa {G#3:m}",
    "Rektor {P#1} informerar: från och med {DATE} är {P#2} ny biträdande rektor på Vasaskolan. Nås på {E#2} eller {PH}.",
    # insurance
    "Skadeanmälan\nFörsäkringstagare: {P#1}\nPersonnummer: {PNR}\nFörsäkringsnummer: {POL}\nSkadedatum: {DATE}\nAdress: {STL}\nBeskrivning: Vattenläcka från lägenheten ovanför ({P#2}). Vittne: {P#3}, tel. {PH}.",
    "Hej {G#1},\nvi har tagit emot din skadeanmälan (skadenummer {CASE}). Din handläggare är {P#2}, direktnummer {PH}. Självrisken är {AMT}.\nMed vänlig hälsning\nLänsförsäkringar",
    "Bilskada {DATE}\nMin bil {REG} blev påkörd på parkeringen vid {ST}. Den andra föraren, {P#1}, tel {PH}, har erkänt. Mitt namn: {P#2}, {PNR}.",
    # bank and tax
    "Hej! Jag fick ett brev från Skatteverket om min deklaration för {YEAR}. Mitt personnummer är {PNR}, och jag bor numera på {A}. Kan ni ändra min adress? Tack, {P#1}",
    "Hej {G#1},\ndin kollega {P#2} bad mig skicka kontouppgifterna. Clearing {CLEAR}, konto {ACC}, OCR {OCR}. Belopp {AMT}.\nMvh {P#3}, Handelsbanken Kungsholmen, {PH}",
    "Fullmakt\nJag, {P#1} ({PNR}), ger härmed {P#2} ({PNR}) rätt att företräda mig i alla bankärenden hos Swedbank.\n{TOWN} {DATE}\n\n{P#1}",
    "Bouppteckning efter {P#1}, {PNR}, senast boende {A}. Dödsbodelägare: {P#2:m} (son), {P#3:f} (dotter). Förrättningsmän: {P#4} och {P#5}.",
    "hej mamma, kan du swisha {AMT} till {p#1:f}? det är för hyran. hennes nummer är {PH}. tack tack /{g#2}",
    # invoices
    "FAKTURA {INV}\n{Ps#1} Bygg & Måleri AB\nOrg.nr {ORG}\nBankgiro {BG}\n\nKund: {P#2}\n{AL}\n\nAltanbygge, material och arbete: {AMT}\nROT-avdrag för {P#2} ({PNR}): -{AMT}\nAtt betala: {AMT}\nOCR: {OCR}",
    "Betalningspåminnelse\nTill: {P#1}, {A}\nFaktura {INV} förföll {DATE}. Kvarstående belopp {AMT}. Betala till bankgiro {BG} med OCR {OCR}.\nFrågor: {EM}, {PH}",
    "Hej {G#1}!\nHär kommer fakturan för städningen i {MONTH}. Betala gärna till mitt pg {PG}.\nMvh {P#2}\n{S#2} Städ & Fönsterputs\nF-skatt, org.nr {ORG}",
    "Inkassokrav\nGäldenär: {RU#1}, {PNR}\n{AL}\nBorgenär: Telia Sverige AB\nErt ärende: {CASE}\nBelopp att betala: {AMT}",
    # legal
    "Advokatfirman {S#1} & {S#2} KB\n{BOX}\n\nTill: {P#3}\n{AL}\n\nAngående dödsboet efter {P#4}\nVi företräder {P#5} i rubricerat ärende (vår ref. {CASE}).\n\nMed vänliga hälsningar\nadvokat {P#1}",
    "Stämningsansökan\nKärande: {P#1}, {PNR}, {A}\nSvarande: {P#2}, {PNR}, {A}\nOmbud för kärande: jur.kand. {P#3}, {PH}\nYrkande: Svaranden ska betala {AMT} jämte ränta.",
    "Hej {G#1}, tack för samtalet i går. Som jag sa kan hyresvärden inte säga upp dig utan skäl. Skicka kopior på kontraktet till {E#2} så tittar jag på det.\nMvh {P#2}, Hyresgästföreningen",
    # travel
    "Bokningsbekräftelse {BOOK}\nResenär 1: {RU#1}\nResenär 2: {RU#2}\nFlyg {FLIGHT} Arlanda–Nice {DATE} kl {TIME}\nKontakt: {E#1}, {PH}\nHotell: {AX}",
    "Hej {G#1}! Vi landar {TIME} på Kastrup. Kan du hämta oss? Annars tar vi tåget till {A}. /{G#2} och barnen",
    "Resplan tjänsteresa\nResenär: {P#1}, anst.nr {CUST}\nTåg SJ {NUM} Stockholm C–Göteborg C {DATE}\nHotell: Clarion Post vid Centralen\nKostnadsställe {NUM}, attest {I#2}",
    # housing
    "Visning av {STL}! Söndag kl {TIME}. Välkommen!\nMäklare {P#1}, Fastighetsbyrån\n{PH} · {E#1}",
    "Hej, jag hyr ut min tvåa på {A} i andra hand från {DATE}. Hyra {AMT}/mån. Intresserad? Maila {E#1} eller sms:a {PH}. /{G#1}",
    "Till boende i Brf Sjöutsikten\nStyrelsen påminner om städdagen {DAY} {DATE}. Frågor till ordförande {P#1}, {PH}, eller kassör {P#2}, {EM}.",
    "Felanmälan\nHyresgäst: {P#1}\nAdress: {STL}\nTel: {PH}\nFel: Kylskåpet läcker. Nyckel finns hos grannen {S#2}, samma trapphus.",
    "Köpekontrakt\nSäljare: {P#1}, {PNR}\nKöpare: {P#2}, {PNR} och {P#3}, {PNR}\nFastighet: Uppsala Kåbo 12:4, {A}\nKöpeskilling: {AMT}",
    "Hej {G#1}, hyresavin för {MONTH} är skickad till din gamla adress {ST}. Vi har nu uppdaterat till {A}. Mvh {P#2}, Heimstaden",
    "{P#1}\nc/o {P#2}\n{AL}",
    # clubs and associations
    "Medlemslista OK Linné (utdrag)\n{R#1}, {A}, {PH}\n{R#2}, {A}, {PH}\n{R#3}, {A}, {E#3}",
    "Kallelse till årsmöte i Koloniföreningen Ängen {DATE} kl {TIME} i föreningslokalen, {ST}.\nAnmälan till sekreterare {P#1}, {E#1}.\nVälkomna! Ordförande {P#2}",
    "Hej {G#1}! Tränings-schemat för P12 är klart. Du och {G#2} har ansvar för kiosken {DAY}. Nycklar hämtas hos {P#3} på {ST}. /tränare {G#4}",
    "Protokoll styrelsemöte {DATE}\nNärvarande: {P#1} (ordf.), {P#2} (sekr.), {P#3}, {P#4}\n§4 Ekonomi: kassören {Gs#4} rapport godkändes.\n§5 Ny medlem: {P#5}, {a}.",
    # chat
    "tja {n#1}! ses vi på {STN} kl 7 ikväll? {g#2} tar med bilen",
    "{g#1}: har du {gs#2} nummer?\n{g#3}: ja {PH}\n{g#1}: tack!!",
    "omg {n#1:f} flyttar till {TOWN} nu. hennes nya adress är {a} om du vill skicka kort",
    "hej {g#1}! kan du ta mina pass på fredag? {s#2} sa att det var ok om nån täcker. /{n#3}",
    "{g#1} 14:02: vem har nyckeln till förrådet\n{g#2} 14:05: {n#3} har den tror jag\n{g#1} 14:06: ok ringer hen på {PH}",
    "fick precis mail från {p#1} om festen, den är hos {g#2} på {a} kl 19. kommer du?",
    "Hej hej! Det var {G#1} som sa att du söker barnvakt. Jag heter {P#2}, är 17 och bor på {ST}. Nås på {PH}.",
    # misc forms
    "Fullmakt för hämtning av paket\nJag, {P#1}, {PNR}, ger {P#2} rätt att hämta ut mitt paket (kollinummer {ORDER}) hos PostNord.\nUnderskrift: {I#1}",
    "Anmälan om flytt\nNamn: {RU#1}\nPersonnummer: {PNR}\nGammal adress: {A}\nNy adress: {A}\nFlyttdatum: {DATE}\nTelefon: {PH}",
    "Ansökan om bostadsbidrag\nSökande: {P#1}, {PNR}\nMedsökande: {P#2}, {PNR}\nBarn: {G#3}, {PNR}\nAdress: {STL}\nHandläggare: {P#4}, Försäkringskassan",
    "Hej {S#1}! Tack för offerten på köksrenoveringen. Vi har pratat med {P#2} Snickeri AB också men väljer er. Kan ni börja v. {WEEK}? Adressen är {A}. Mvh {P#3}",
    "KVITTO nr {INV}\nHårfint av {P#1}\n{A}\nOrg.nr {ORG}\nKlippning herr {AMT}\nKund: {G#2}\nTack för besöket!",
    "Hej {G#1}! Påminnelse: din hund Sixten har tid för vaccination hos veterinär {P#2} {DAY} {TIME}. Djurkliniken, {A}. Ombokning: {PH}.",
    "Anhöriglista, hemtjänst Väster\nBrukare: {R#1}, {ST}\nKontaktperson: {P#2:f} (dotter), {PH}\nGod man: {P#3}, {PH}\nLäkare: Dr {S#4}, Vårdcentralen Fyrisvallen",
    "Hej {G#1}! Ditt paket från Zalando är på väg. Bud från Budbee levererar till {A} mellan {TIME} och {TIME}. Frågor? {EM}",
    "Till {P#1}\n{AL}\n\nBeslut om förskoleplats ({DNR})\n{G#2} erbjuds plats på Förskolan Tallkotten från {DATE}. Svara senast {DATE}.\nBarn- och utbildningsförvaltningen, handläggare {P#3}",
    "Hej! Jag heter {P#1} och har ärvt min farfars sommarstuga. Lagfarten står fortfarande på honom, {P#2}. Hur gör jag? Mitt nummer är {PH} och mejl {E#1}.",
    "VD {P#1} hälsar alla nyanställda välkomna till kickoff {DATE}. Anmälan till {P#2}, {E#2}, senast {DAY}.",
    "{P#1} (född {PNR}) är från {DATE} god man för {P#2}. Kontakt: {PH}, {A}. Överförmyndarnämnden, {DNR}",
    "Hej {G#1} och {G#2}!\nGrattis till bröllopet! Presentet kommer med posten till {A}. Kram från {N#3} och {G#4}",
    "Kära {G#1}! Tack för senast. {Gs#2:f} nya telefonnummer är {PH} och hon bor nu på {a}. Hälsa {G#3}! /{G#4}",
    "Läkarintyg för körkort\nSökande: {U#1}\nPersonnr: {PNR}\nAdress: {AL}\nIntygande läkare: {P#2}, Capio Vårdcentral",
    "Till Kronofogden\nAng. mål {CASE}. Jag bestrider skulden. Jag har aldrig bott på {A}, det var {P#1} som beställde varorna i mitt namn. {P#2}, {PNR}, tel {PH}",
    "Föräldramöte åk 3!\nLärare: {P#1} och {P#2}\nDatum: {DATE} kl {TIME}\nTa med: frågor om utvecklingssamtalen.\nAnmälan via {E#1} eller sms {PH}",
    "Anbud städning, Brf Lärkan\nFirma: {Ss#1} Städservice\nKontakt: {P#1}, {PH}, {E#1}\nAdress: {BOX}\nPris per månad: {AMT}",
)

EN = (
    # support
    "Hi there,\n\nI ordered a blender on {DATEEN} (order {ORDER}) and it still hasn't arrived. It was supposed to go to {AU}. Could you please look into it?\n\nThanks,\n{P#1}\n{PHX}",
    "Hello {G#1},\n\nThanks for reaching out to support. Your ticket {CASE} has been escalated to our billing team. {P#2} will contact you at {PHX} within 48 hours.\n\nBest regards,\n{G#3}\nCustomer Success, Dropbox",
    "Ticket {CASE}\nName: {P#1}\nEmail: {E#1}\nPhone: {PHX}\nAddress: {AUS}\nIssue: Wi-Fi router keeps rebooting since the firmware update.",
    "Hi, this is {P#1}. My account is locked and the reset link goes to my old email. The new one is {E#1}. Customer number {CUST}. Cheers",
    # HR
    "Dear {P#1},\n\nWe are pleased to offer you the position of Data Analyst at Northwind Ltd, starting {DATEEN}, at an annual salary of {GBP}. Please confirm by reply to {EM}.\n\nKind regards,\n{P#2}\nHead of People",
    "Hi {G#1}, I'm off sick today with a migraine. I've let {G#2:f} know so she can cover my 10am. Back tomorrow hopefully. {G#3}",
    "Reference for {P#1}\n\nTo whom it may concern,\n{G#1} worked under my supervision at St Mary's Hospital from {YEAR} to {YEAR}. I recommend {G#1} without reservation.\n\nDr. {P#2}\nConsultant, {PHX}",
    "Leaving drinks for {N#1}! Friday 5pm at The Crown. {G#1}'s last day after 9 years - card is with {P#2} on the 3rd floor.",
    "Employee record\nSurname: {S#1}\nFirst name: {G#1}\nDOB: {DATEEN}\nAddress: {AUL}\nEmergency contact: {P#2}, {PHX}\nLine manager: {I#3}",
    "Hi {G#1},\nFollowing our chat, your new salary of {USD} per month takes effect on {DATEEN}. {P#2} in payroll will send the letter. Well done!\n{N#3}",
    # healthcare
    "Appointment confirmation\n{P#1}, you are booked with Dr {S#2} at Parkview Surgery on {DAYEN} {DATEEN} at {TIME}. Address: {AU}. To cancel call {PHX}.",
    "Referral letter\nPatient: {U#1}\nDOB: {DATEEN}\nNHS no. {ACC}\nAddress: {AUL}\nReferred to: Dermatology, Dr. {P#2}\nReason: changing mole, left shoulder.",
    "Prescription ready for collection: {P#1}. Riverside Pharmacy, {AU}. Questions: {PHX}.",
    "Nurse's note, {DATEEN}: {S#1:f} called from {PHX} about her son {G'#2:m} rash. Advised antihistamine. Mum {P#1} to call back if worse.",
    "Hi {G#1}, it's Nurse {G#2} from the clinic. Your blood results are fine, no need to come in. Any questions ring {PHX}. Take care!",
    # school
    "Dear Parents,\nYear 4 will visit the Science Museum on {DAYEN}. Please return the consent form to Mrs {S#1:f} by {DATEEN}. Questions: {E#1}.\nMr {P#2:m}, Headteacher",
    "Hi {G#1}, {G#2:f} won't be in school today, she has a temperature. Thanks, {P#3} ({PHX})",
    "Parents evening booking: {P#1} with Ms {S#2:f} (Maths) at {TIME}, with Mr {S#3:m} (English) at {TIME}.",
    # insurance
    "Claim form\nPolicyholder: {P#1}\nPolicy no.: {POL}\nDate of loss: {DATEEN}\nAddress: {AU}\nDescription: Bike stolen from the garden shed. Neighbour {P#2} ({PHX}) saw two men.",
    "Dear {S#1},\nYour claim {CASE} has been approved. We will pay {GBP} into your account. Your claims handler is {P#2}, direct line {PHX}.\nAviva Claims",
    # bank and tax
    "Hi, I moved from the UK to Sweden last year and I'm confused about my tax. My personnummer is {PNR} and my Swedish address is {A}. Who should I contact? {P#1}",
    "Dear {P#1},\nWe noticed a payment of {USD} to an unknown merchant on {DATEEN}. If this was not you, call us at {PHX}.\nFraud Team",
    "can you check this invoice from {P'#1} Roofing before I pay? {GBP}, account 12-34-56 {ACC}, ref {INV}",
    # invoices
    "INVOICE {INV}\n{P#1} Photography\n{AUL}\nBill to: {P#2}, {E#2}\nWedding shoot, {DATEEN}: {GBP}\nPayment due within 14 days.",
    "Payment reminder\nDear {P#1},\nInvoice {INV} for {USD} was due on {DATEEN}. Please pay promptly or contact accounts at {EM}.\nThank you",
    "Hi {G#1}, attaching the invoice for {MONTHEN} tutoring ({GBP}). Bank details are on it. Thanks! {P#2}",
    # legal
    "WITHOUT PREJUDICE\nDear Mr {S#1:m},\nWe act for {P#2} in relation to the property at {AU}. Our client's position is set out below.\nYours sincerely,\n{P#3}\nSolicitor, {PHX}",
    "Witness statement of {U#1}\nAddress: {AU}\nI, {P#1}, will say as follows: on {DATEEN} I saw {P#2} enter the flat of {P#3}.",
    "Hi {G#1}, the tenancy agreement for {AU} is attached. Please sign and return by {DATEEN}. Landlord: {P#2}. Any issues ring me on {PHX}. {G#3}, Lettings",
    # travel
    "Booking ref {BOOK}\nPassenger: {U#1}\nFlight {FLIGHT} London Heathrow to Stockholm Arlanda, {DATEEN}, {TIME}\nContact: {E#1}, {PHX}",
    "Hi {G#1}! We land at {TIME}, can you pick us up? If not we'll taxi to the hotel, {AX}. Love, {G#2}",
    "Guest details\nName: {P#1}\nAddress: {AUS}\nPhone: {PHX}\nEmail: {E#1}\nCheck-in: {DATEEN}",
    # housing
    "Open house this Saturday at {AUS}! 3 bed, 2 bath. Contact realtor {P#1} at {PHX} or {E#1}.",
    "Maintenance request\nTenant: {P#1}\nFlat: {AU}\nIssue: boiler broken, no hot water since {DAYEN}. Key with neighbour {S#2}.",
    "Dear {G#1},\nthe HOA meeting is on {DAYEN}. Treasurer {P#2} will present the budget. RSVP to {EM}.\n{P#3}, HOA President",
    # clubs
    "Club roster\n{R#1} - {PHX} - {E#1}\n{R#2} - {PHX} - {E#2}\n{R#3} - {PHX}",
    "Hi all, reminder that subs are due! Pay {GBP} to treasurer {P#1}. Match on {DAYEN} at {TIME}, captain {G#2} will text the lineup.",
    "Book club this month is at {G'#1} place, {AU}, {DAYEN} at {TIME}. Bring wine! x {N#2}",
    # chat
    "{g#1}: hey did u get {g'#2} number\n{g#3}: yeah its {PHX}\n{g#1}: thx",
    "lol {n#1:f} just texted me, she's moving to {AUS}",
    "omg {n#1:m} forgot his keys again, hes at {g'#2} now",
    "ok so the party is at {p'#1}, {AU}. bring snacks. {n#2} is driving",
    "hey {g#1} can u cover my shift sat? {s#2} said fine if someone swaps. ta, {n#3}",
    # misc
    "Dear Professor {S#1},\nI am writing to ask whether you would supervise my thesis. My CV is attached.\nBest wishes,\n{P#2}\n{E#2}",
    "To whom it may concern,\nI, {P#1}, authorise {P#2} to collect my parcel (tracking {ORDER}) on my behalf.\nSigned {I#1}",
    "{F#1}\n{AUL}\n{PHX}\n\n{DATEEN}\n\nDear Sir or Madam,\nI wish to complain about the service I received at your store.",
    "Vet appointment for Max (golden retriever), owner {P#1}, {PHX}, {DAYEN} {TIME} with Dr. {S#2}.",
    "Thanks {G#1}! Passing this to {P#2:f} in accounts ({E#2}), she handles refunds. {G#3}",
    "Volunteer sign-up\n1. {R#1}, {PHX}\n2. {R#2}, {PHX}\n3. {R#3}, {E#3}",
    "Hi {G#1}, {P#2} from {P'#2} Plumbing here. I can come round to {AU} on {DAYEN} morning. Call-out fee {GBP}. Cheers",
)

MIXED = (
    "Hej {G#1}! Just checking in — har du skickat fakturan till {EM} än? Thanks!\n/{G#2}",
    "Hi {G#1},\nsorry för sent svar. Jag pratade med {P#2:f} och hon säger att mötet blir {DAY} {TIME} instead. Ok för dig?\nBr, {G#3}",
    "Ticket {CASE}: Kunden {P#1} ({PH}) reports that the app crashes vid inloggning med BankID. Please escalate to {G#2}.",
    "hej {g#1}! are we still on for fika tomorrow? {g#2} kommer också, typ kl 3",
    "Dear {P#1},\nTack för din ansökan! We would like to invite you to an interview on {DATEEN} på vårt kontor, {A}.\nKind regards / Vänliga hälsningar\n{P#2}, Talent Acquisition",
    "FYI: {P#1} är sjuk idag, so the client call with {P#2} is moved to {DAY}. Ping me om du har frågor. /{N#3}",
    "Invoice / Faktura {INV}\nKund: {P#1}\nAdress: {A}\nAmount: {AMT}\nDue date / Förfallodag: {DATE}\nBankgiro {BG}, OCR {OCR}",
    "Hi! Jag bokade tid på vårdcentralen för {G#1} but they need the personnummer: {PNR}. Can you confirm it's right? /{G#2}",
    "Patient: {P#1}, {PNR}\nReferral from Dr. {S#2} to Karolinska, remiss skickad {DATE}. Contact: {PH}.",
    "ok so {n#1} says the party is hos {g#2}, {a}. bring something to drink typ",
    "Hej {G#1}, the contract for the flat at {STL} is ready. Kan du signera by {DAY}? Landlord is {P#2}, {PH}.",
    "Meeting notes / Mötesanteckningar {DATE}\nAttendees: {P#1}, {P#2}, {P#3}\nAction: {G#1} skickar offert till {EM}.\n{G#2} follows up med kunden.",
    "Hi team! {P#1:f} börjar hos oss {DATE} as our new UX designer. Hon sitter bredvid {G#2}. Say hi!",
    "{g#1}: vart är du??\n{g#2}: stuck i trafiken, be there in 10\n{g#1}: ok vi sitter på {STN}",
    "Booking {BOOK}: {U#1} + {U#2}, Stockholm–London {DATEEN}. Hotel: {AU}. Mobil: {PH}",
    "Hej! I'm {P#1} from the Finnish office. Kan du skicka adressen till lagret? Ours is {AX}.",
    "Hi {G#1}, ditt ärende {CASE} gällande Swish is solved. Kontakta oss på {PH} if anything else comes up. /{G#2}, Nordea",
    "Påminnelse / Reminder: föräldramöte {DATE} kl {TIME}. Teachers {P#1} and {P#2}. Questions to {E#1}.",
    "Claim {CASE}\nPolicyholder / Försäkringstagare: {P#1}\nPersonnummer: {PNR}\nDamage: vattenskada i badrummet\nAddress: {STL}",
    "Sick note: {G#1} has a fever, stannar hemma idag och imorgon. Best, {P#2}",
    "hi {g#1}! {n#2} här, kan du swisha mig för pizzan? {PH}. thx",
    "Dear familjen {S#1}, welcome to Brf Björken! Er lägenhet är {STL}. Styrelsen: {P#2} (chair), {P#3} (kassör).",
    "Hej {G#1}, quick question: {Gs#2} adress — is it still {A}? Vill skicka ett kort.",
    "Travel expense / Reseräkning\nEmployee: {R#1}\nTrip: Göteborg–Hamburg {DATE}\nHotel: {AX}\nTotal: {EUR}\nApproved by: {I#2}",
    "Hi! Jag heter {P#1}, I'm the new chair of the tennis club. Mitt nummer: {PH}, mail {E#1}. Looking forward!",
    "{P#1} (HR) wrote: 'Salary review är klar, {Gs#2} new salary är {SAL} från april.' Please keep confidential.",
    "Note to self: ring {P#1} om the apartment viewing, {ST}, {DAY} {TIME}. Mäklare {S#2}, {PH}.",
    "Dear {G#1},\nwe received your skadeanmälan. Your case handler is {P#2} ({PH}). Självrisk: {AMT}.\nBest regards, If Skadeförsäkring",
    "Hej {N#1}! Tack for the help with the move to {A}! Owe you one. /{g#2}",
    "Lunch? {g#1} and {g#2} are going to the Thai place på {STN} at 12",
    "Subject: Re: lägenhetsbyte\nHi {P#1}, vi är intresserade av er trea. Our place is {STL}. Call me: {PH}. /{P#2}",
    "Hi {G#1}, rektor {P#2} asked me to forward this: utvecklingssamtalet för {G#3} är flyttat to {DATE}.",
    "Customer {CUST}, {RU#1}\nCalled {DATE}: wants to cancel. Erbjöd rabatt, declined. New address: {A}. Phone {PH}.",
    "Sorry {G#1}, I can't make it — {G#2} har vattkoppor. Can {P#3} take my slot? /{G#4}",
    "Reference check: {P#1} worked för oss {YEAR}–{YEAR} as a nurse. Reliable and kind. /{P#2}, avdelningschef, {PH}",
    "Hej {G#1}! The plumber {P#2} from {Ps#2} VVS comes {DAY} at {TIME}. Nyckeln finns hos {S#3} på andra våningen.",
    "Från: {P#1} <{E#1}>\nTill: {P#2} <{E#2}>\nÄmne: Quarterly report\n\nHi {G#2}, bifogar rapporten. Let me know om något saknas.\n/{G#1}",
    "Welcome to the Stockholm office, {G#1}! Din access card hämtas i receptionen, {BOX}. Questions: {EM}.",
    "hey {g#1}, {g#2} flyttar till {AX} next month!! ska vi göra en farewell?",
    "Contact list / Kontaktlista\n{R#1}, {PH}\n{R#2}, {PHX}\n{R#3}, {E#3}",
    "Hi! Min mamma {P#1:f} needs a new hemtjänst contact. She lives at {A}. Please call me, {P#2}, on {PH}.",
    "Reminder: pay the membership fee ({AMT}) to kassör {P#1}, bankgiro {BG}. Questions? Ask {N#2} or mail {EM}.",
    "Hi {G#1}! Your appointment with tandläkare {P#2} is {DAY} {TIME}. Kliniken ligger på {A}. Cancel via {PH}.",
    "Legal notice / Delgivning: {P#1}, {PNR}, is summoned to Stockholms tingsrätt {DATE} in case {CASE}. Ombud: advokat {P#2}.",
    "hej {n#1}! kan du ta {gs#2} pickup från förskolan idag? running late, tack!!",
    "Hi {G#1}, {P#2} från Skatteverket here — vi behöver kompletteringar till din deklaration. Ring {PH}. Ref {CASE}.",
    "Order {ORDER} shipped! Leveransadress: {AL}. Recipient: {P#1}. Questions? {EM}",
    "Hej {G#1}, can you sign for {P#2:f} tomorrow? Hon är bortrest. Paketet kommer till {A}.",
    "Team update: {P#1:f} is on parental leave from {DATE}. Under tiden tar {P#2:f} hennes kunder, reach her at {E#2}.",
    "{g#1}: did {g#2} send the adress?\n{g#3}: yes {a}\n{g#1}: tack!",
)

NEGATIVES = (
    (
        "sv",
        "Hej! Jag har ärendenummer {CASE} och undrar när min beställning {ORDER} skickas. Tack på förhand.",
    ),
    (
        "sv",
        "Faktura {INV} från Telia, förfallodag {DATE}. Belopp {AMT}. Betala till bankgiro {BG}, OCR {OCR}.",
    ),
    (
        "sv",
        "Påminnelse: tandläkartid {DAY} kl {TIME}. Ta med frikort. Välkommen till Folktandvården!",
    ),
    (
        "sv",
        "Vi har stängt för inventering {DATE}. Öppet som vanligt från {DAY}. Hälsningar personalen på Apotek Hjärtat.",
    ),
    (
        "sv",
        "Skatteverket: Din deklaration för {YEAR} är godkänd. Du får tillbaka {AMT} som betalas ut i juni.",
    ),
    ("sv", "Hyran för {MONTH} är {AMT}. Betala senast den sista. Avi nr {INV}, OCR {OCR}."),
    ("sv", "björnen sågs vid sjön igen, så klara dig själv och ta med en ros till stugan"),
    ("sv", "Kom ihåg att Bo i Sverige-mässan är {DATE}. Mer info på hemsidan."),
    (
        "sv",
        "Försäkringskassan har fattat beslut i ditt ärende {CASE}. Beslutet finns på Mina sidor.",
    ),
    ("sv", "Org.nr {ORG}, momsreg.nr SE{ORG}01. Vi har F-skatt. Betalningsvillkor 30 dagar netto."),
    (
        "sv",
        "Fredagsfika kl {TIME} i köket! Det blir prinsesstårta från Konditori Valand. Swisha {AMT} till fikakassan.",
    ),
    (
        "sv",
        "Din order {ORDER} från IKEA levereras {DATE} mellan {TIME} och {TIME}. Spåra paketet i appen.",
    ),
    ("sv", "Lön betalas ut den 25:e. Semesterersättning {PCT} procent. Frågor till lönekontoret."),
    (
        "sv",
        "Vårdcentralen har ny telefontid: vardagar {TIME}–{TIME}. Boka via 1177 Vårdguidens e-tjänster.",
    ),
    (
        "sv",
        "Styrelsen i bostadsrättsföreningen har beslutat att höja avgiften med {PCT} procent från januari.",
    ),
    ("sv", "Skolan är stängd på grund av studiedag {DATE}. Fritids har öppet som vanligt."),
    (
        "sv",
        "Resan till Kreta är bokad! Bokningsnummer {BOOK}, flyg {FLIGHT} {DATE}. Incheckning öppnar 24 h innan.",
    ),
    ("sv", "Kronofogden: Målnummer {CASE}. Betala {AMT} senast {DATE} för att undvika utmätning."),
    (
        "sv",
        "Gymmet på Sats har nya öppettider från {DATE}. Passet spinning flyttas till {DAY} kl {TIME}.",
    ),
    (
        "sv",
        "Lagfarten kostar {AMT} i stämpelskatt plus expeditionsavgift. Fastighetsbeteckning Sollentuna Vaxmora 3:118.",
    ),
    ("sv", "Bil {REG} har besiktning {DATE} hos Opus. Avbokning senast dagen innan."),
    ("sv", "lugnt, vi ses på stationen i {TOWN} typ halv sex. ta med paraply, det ska regna"),
    (
        "sv",
        "Nya medlemmar i föreningen betalar {AMT} i årsavgift. Plusgiro {PG}. Märk betalningen med medlemsnummer {CUST}.",
    ),
    (
        "sv",
        "Försäkringsnummer {POL}. Självrisk {AMT}. Premien dras via autogiro den 27:e varje månad.",
    ),
    (
        "sv",
        "Rosa tulpaner, vit lilja och lite grönt. Leverans i {TOWN} fredag. Kortet: Grattis på 50-årsdagen!",
    ),
    ("sv", "Arbetsförmedlingen: Din aktivitetsrapport för {MONTH} ska lämnas senast den 14:e."),
    (
        "sv",
        "Bolaget har {NUM} anställda och omsatte {AMT} förra året. Huvudkontoret ligger i {TOWN}.",
    ),
    ("en", "Your order {ORDER} has shipped and will arrive on {DATEEN}. Track it in the app."),
    (
        "en",
        "Invoice {INV} for {GBP} is now overdue. Please pay via online banking using reference {OCR}.",
    ),
    ("en", "Reminder: your dental check-up is on {DAYEN} at {TIME}. Reply C to cancel."),
    (
        "en",
        "The office will be closed on {DATEEN} for the bank holiday. Normal hours resume on {DAYEN}.",
    ),
    (
        "en",
        "HMRC: your self-assessment for {YEAR} is due by 31 January. Penalties apply after that date.",
    ),
    (
        "en",
        "Will you mark the bill as paid? Grace period ends Friday and I hope we don't get charged again.",
    ),
    ("en", "Case {CASE} has been closed. If you still need help, reopen it within 14 days."),
    ("en", "Flight {FLIGHT} to Malaga departs at {TIME} from gate 12. Booking reference {BOOK}."),
    (
        "en",
        "Your claim {CASE} under policy {POL} has been received. We aim to respond within 10 working days.",
    ),
    ("en", "Rent for {MONTHEN} is {GBP}. Please pay by standing order before the 1st."),
    ("en", "Parents: school closes early on {DAYEN} at {TIME}. After-school club runs as normal."),
    ("en", "The summer fair raised {GBP} for the library. Thank you to everyone who baked!"),
    (
        "en",
        "dawn walk tomorrow? meet at the bridge by the river, frank conversation about the budget after",
    ),
    (
        "en",
        "Your prescription is ready at the pharmacy. Bring your NHS card and {GBP} for the charge.",
    ),
    ("en", "Payroll runs on the 25th. Overtime must be approved in the system by the 20th."),
    ("en", "New Year sale: {PCT}% off all Apple products at Argos until {DATEEN}."),
    ("en", "Company no. {CUST}, VAT no. GB{ACC}. Registered in England and Wales."),
    ("mixed", "Hej! Your order {ORDER} är skickad. Leverans {DATE}. Thanks for shopping at H&M!"),
    ("mixed", "Reminder: faktura {INV} förfaller {DATE}. Amount due {AMT}, OCR {OCR}."),
    ("mixed", "Meeting moved till {DAY} kl {TIME}, same Teams link. Agenda kommer senare."),
    ("mixed", "ok så vi ses vid Centralen at six? bring the tickets, jag har glömt min laddare"),
    ("mixed", "Skadeärende {CASE}: we need kvitton for the damaged items before {DATE}."),
    ("mixed", "Flight {FLIGHT} är försenad, new departure {TIME}. Booking {BOOK}."),
    ("mixed", "Team lunch på fredag! Vi går till Max at 12, sen fika. Everyone welcome."),
    ("mixed", "Lönen kommer den 25:e as usual, men the bonus betalas ut i mars."),
    (
        "mixed",
        "Org nr {ORG}, invoice {INV}, betalningsvillkor 30 days. Questions to the accounts team.",
    ),
    ("mixed", "Hej alla, kontoret är stängt on {DATEEN} due to midsommar. Trevlig helg!"),
    (
        "mixed",
        "Vårdcentralen says the results kommer om två veckor. Nothing to worry about tydligen.",
    ),
    ("mixed", "Reseräkning for the Berlin trip: {EUR} hotel, {EUR} taxi. Kostnadsställe {NUM}."),
    (
        "mixed",
        "Spotify Family kostar {AMT}/månad now. Ska vi splitta? Cheaper than Netflix anyway.",
    ),
    ("mixed", "Hyresavin för {MONTH} har kommit, due on the last day. Same OCR as before."),
    ("mixed", "The kids har studiedag {DATE}, fritids is open. Glöm inte matsäck!"),
    ("mixed", "Check-in på Scandic from 15:00, breakfast ingår. Booking number {BOOK}."),
    ("mixed", "Försäkringen renews automatically, premien är {AMT} per year. Cancel via appen."),
)
