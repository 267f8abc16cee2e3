# ruff: noqa: E501
"""Held-out AG's templates (issue 15): public sector and working life, in Swedish, English and
both; written for AG by a helper who read no other set's templates.

Slots (filled by `generate_ag.py`): a person `{P}` (given and surname), `{F}` (with a middle
name), `{G}` given name, `{S}` surname, `{I}` initial and surname, `{Gi}` given name and the
surname's initial, `{R}` `Surname, Given`, `{U}` in capitals, lower case `{p}` `{g}` `{s}`, `{E}`
an e-mail address of the person; a trailing `s` adds a genitive's ending after the value (`{Gs}`
-> `Annas`, `Sarah's`); `#n` names the same person again, `:f`/`:m` picks a woman or a man.
Addresses: `{A}` Swedish, `{AL}` over lines, `{ST}` a street, `{STL}` with `lgh`, `{a}` lower
case, `{AO}` an office, `{AU}`/`{AUL}`/`{au}` British, `{AUS}` American, `{AX}`/`{AXL}` elsewhere
in Europe. `{PH}` a Swedish phone, `{PHX}` one from abroad, `{PNR}` a personnummer. Values of no
kind: `{DATE}`, `{DATEEN}`, `{TIME}`, `{NUM}`, `{AMT}`, `{GBP}`, `{REF}`, `{ENREF}`, `{TOWN}`,
`{DAY}`, `{DAYEN}`, `{HOURS}`.
"""

from __future__ import annotations

DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip

SV = (
    # Försäkringskassan
    "Försäkringskassan\nBeslut om sjukpenning\n\n{P#1}\n{AL}\n\nPersonnummer: {PNR}\nÄrende: {REF}\n\nVi har beslutat att du får sjukpenning från {DATE}. Har du frågor kan du ringa din handläggare {P:f} på {PH}.",
    "Hej {G#1}! Din ansökan om tillfällig föräldrapenning för {G} är mottagen. Vi skickar beslutet till {A}. Mvh {P}, Försäkringskassan",
    "Anteckning i ärendet {REF}: Samtal med {P#1} ({PNR}) {DATE}. {G#1} uppger att läkaren {S} har förlängt sjukskrivningen. Ny adress: {STL}.",
    "Till {F}\n{AL}\n\nFörsäkringskassan har tagit emot ett läkarintyg från Dr {S}. Handläggare: {Gi}, tel. {PH}",
    # Arbetsförmedlingen
    "Arbetsförmedlingen – Kallelse till möte\n\nNamn: {R}\nAdress: {A}\nTelefon: {PH}\n\nDu är kallad till möte med din arbetsförmedlare {P} {DATE} kl. {TIME}.",
    "Handlingsplan för {P#1}: {G#1} har sökt 6 jobb under perioden. Nästa uppföljning med handläggare {G} {S} sker {DAY}. Kontakt: {E#1}",
    "Anvisning till arbetsmarknadsutbildning. Deltagare: {P}, {PNR}. Kontaktperson hos utföraren: {P}, {PHX}.",
    # Skatteverket
    "Skatteverket\nFlyttanmälan registrerad\n\n{P#1} ({PNR}) är folkbokförd på {STL} från och med {DATE}. Tidigare adress: {A}.",
    "Hej, jag heter {P} och ringer om min deklaration. Min fru {P:f} och jag har flyttat till {A}, men brevet kom till gamla adressen. Nå mig på {PH}.",
    "Skatteverket har fått en begäran om ändrad taxering från {P#1}, {AL}. Handläggare: {I}, Solna.",
    # kommun: beslut och överklagande
    "Socialnämnden, {TOWN}\nBeslut {REF}\n\nSökande: {P}\nAdress: {A}\n\nNämnden beviljar hemtjänst. Beslutet fattades av {P}, enhetschef.",
    "Överklagande av beslut {REF}\n\nJag, {F}, {PNR}, överklagar bygglovsnämndens beslut om grannens tillbyggnad på {ST}. Min adress: {AL}\nTelefon {PH}",
    "Bygglov beviljas för {P#1} och {P}, fastighet på {A}. Handläggare {Gi} nås på {PH} ankn. {NUM}.",
    "Kommunstyrelsens protokoll {DATE}\n§ 112 Närvarande: ordförande {P}, {P}, {P}, {P}\nJusterare: {P}",
    "Skolskjuts beviljas för {G}, elev i åk 4. Vårdnadshavare {P}, {A}. Frågor till skolskjutssamordnare {P} på {PH}.",
    "Yttrande från {P} som granne till {S}s fastighet på {ST}: Vi motsätter oss planen.",
    # polis och domstol
    "Polismyndigheten\nKallelse till förhör\n\n{P#1}\n{AL}\n\nDu kallas till förhör som vittne {DATE} kl {TIME}. Förhörsledare: kriminalinspektör {P}, tfn {PH}.",
    "Anmälan K-{NUM}-26: Målsägande {P} ({PNR}) uppger att cykeln stals utanför {A}. Vittne: {P}.",
    "{TOWN}s tingsrätt, mål T {NUM}-26\nKärande: {P}, {A}\nSvarande: {P}, {A}\nOmbud för käranden: advokat {P}",
    "DELGIVNINGSKVITTO\nMottagare: {U}\n{AL}\nMål nr T {NUM}-26",
    "Styrelsen i Bostadsbolaget: VD {P} och ekonomichef {P} deltog. Hyresgästen {P} på {A} fick svar.",
    "Dom meddelas {DATE}. Rådmannen {P} har handlagt målet; protokollförare {P}.",
    # fack
    "Hej {G}! Jag är ombudsman på facket och har fått ditt ärende om uppsägningen. Ring mig på {PH} eller maila {E}. /{P}",
    "Förhandlingsprotokoll\nParter: {P} (Kommunal) och {P} (arbetsgivaren)\nÄrende: {P#1}s arbetstider\nMedlem: {P#1}, {PNR}",
    "Klubbstyrelsen noterar att {P:f} lämnar uppdraget som skyddsombud. {P} väljs in i hennes ställe.",
    # HR
    "Skriftlig varning\n\nTill: {P#1}\nAnställningsnummer {NUM}\n\n{G#1} har vid upprepade tillfällen kommit för sent. Samtal hölls med chef {P} och HR-partner {P} närvarande.",
    "Rehabiliteringsplan för {P#1}. Arbetsgivarens kontaktperson: {P}. Företagshälsovården (leg. psykolog {P}) bedömer att {G#1} kan arbeta 50 % från {DATE}.",
    "Referens: Jag har varit {P#1:f}s chef i fyra år och rekommenderar henne varmt. {P}, {PH}",
    "Hej {G}, din lön för {DAY} ser fel ut i Kontek. Kan du kolla med {P} på lönekontoret? Hälsningar {G}",
    "Tidrapport v. {NUM}\nAnställd: {R}\nTimmar: {HOURS}\nAttesterad av: {P}",
    "Lönespecifikation\n{P#1}\n{AL}\nBruttolön {AMT}\nSkatteavdrag enligt tabell 33",
    "Rekrytering: intervju med {P} {DAY} kl {TIME}, med {P} och {Gi} i panelen. Kandidatens nummer {PH}, mail {E}.",
    "Anställningsavtal mellan kommunen och {F}, {PNR}, bosatt {A}. Närmaste chef: {P}.",
    "Sjukanmälan från {P#1} {DATE}. {G#1} ringde från {PH}. Vikarie: {G} {S}.",
    # förening
    "Protokoll fört vid styrelsemöte i BRF Linden {DATE}\nNärvarande: {P}, {P}, {P}, {P}\n§ 4 {P} från {STL} har sagt upp sin lägenhet.",
    "Årsmöte i IK Sirius. Till ordförande valdes {P}, till kassör {P} ({E}). Revisor: {P}.",
    "Medlemsregister\nNamn: {P}\nAdress: {A}\nTelefon: {PH}\nE-post: {E}",
    "Pingisföreningen tackar {P} och {P} för insatsen på loppisen. Kontakt: {P}, {PH}",
    # skola och universitet
    "Hej! {G} i 3B har varit sjuk sedan {DAY}. Mentor {P} har informerat vårdnadshavare {P}. Hälsningar skolsköterskan {S}",
    "Antagningsbesked: {P}, {PNR}, antas till Socionomprogrammet. Handläggare {P}, Studentavdelningen, {AO}",
    "Studievägledare {P} har tid för {G} {DATE}. Tentamen rättas av docent {S}.",
    "Betyg ändrat för {R} i kursen Statistik A efter omprövning av examinator {P}.",
    # blandat vardagligt i tjänsten
    "hej {g}, kan du ringa {p} på {PH}? hen väntar på beslutet om {a}",
    "tack {g}! skickar papperen till {a} idag. /{g}",
    "{g} sa att {s} har flyttat till {a}, uppdaterar registret",
    "fråga {g} om {gs} nya nummer, jag har bara {PH}",
    "Vi har bytt adress! Ny besöksadress: {AO}. Växel {PH}. Välkomna! /{P}",
    "Hälsningar\n{P}\nHandläggare, Vuxenutbildningen\n{AO}\nTel: {PH}\nMobil: {PH}\n{E}",
    "Från: {P} <{E}>\nTill: {P}\nÄmne: Ang. {P#2}\n\nHej, {G#2} har nu fått sitt beslut. Vänliga hälsningar, {G}",
    "Journalanteckning {DATE}\nPatient: {P}, {PNR}\nRemiss från distriktsläkare {P} till ortopeden. Anhörig: {P}, tel {PH}.",
    "Skatteverket: utflyttning registrerad för {P#1}, {PNR}. Ny adress utomlands: {AXL}. {G#1} nås på {PHX}.",
    "Intyg om bosättning skickas till {P} på {AX}; kopia till arbetsgivaren, attention {P}.",
    "Förvaltare {P} har anmält att huvudmannen {P} flyttar till {AL}.",
    "Samordningsförbundet: Möte med {P}, {P} (Försäkringskassan), {P} (Arbetsförmedlingen) och {P} (socialtjänsten).",
)

EN = (
    # UK council and NHS letters
    "{TOWN} City Council\nHousing Benefit – {ENREF}\n\n{P#1}\n{AUL}\n\nDear {P#1},\nYour claim has been assessed by {P}. If you have questions please call {PHX}.",
    "NHS Trust – Outpatient appointment\n\nPatient: {P}\nAddress: {AU}\nNHS number: {NUM} {NUM}\n\nYou have been referred by Dr {S} to Mr {S}, Consultant Orthopaedic Surgeon.",
    "Dear Dr {S},\nRe: {P}, DOB {DATEEN}, {AU}\nThank you for seeing this pleasant {NUM}-year-old. Yours sincerely, Dr {P}, GP",
    "Council Tax reminder sent to {P} at {AUL}. Please contact {P} on {PHX} or {E}.",
    "Discharge summary: {P#1} was admitted under Dr {P}. Next of kin: {P} ({PHX}). {G#1} lives alone at {AU}.",
    "Planning objection from {P} and {P}, {AU}, to application {ENREF} at {AU}.",
    "Parking appeal: Mrs {S:f} says the penalty notice was issued outside {AU} while her husband {G:m} was unloading.",
    # HR, payroll, working life
    "Subject: Sickness absence – {P}\n\nHi {G}, {G#1} called in sick this morning. Cover arranged with {P}. Thanks, {P}",
    "Reference request: {P} has applied for the post of Team Leader. Please return the form to {P}, HR, {AU}.",
    "Timesheet approved for {R}: {HOURS} hours. Approver: {P}.",
    "Disciplinary hearing on {DATEEN}. Present: {P} (chair), {P} (HR), {P#1} (employee) and {P} (union representative). {G#1}'s statement was read out.",
    "Payslip query: {P:f}, employee no. {NUM}, says her overtime for {DAYEN} is missing. Escalated to {P} in payroll.",
    "Grievance from {P:f} against her line manager {P}; investigating officer {P}.",
    "Welcome to the team, {G}! Your buddy is {P} ({E}). IT will call you on {PHX}.",
    "Kind regards,\n{P}\nUnion Representative, UNISON\n{AUL}\nTel: {PHX}\n{E}",
    "Minutes of the Residents' Association AGM\nPresent: {P}, {P}, {P}, {P}\nApologies: {P}\n{P} was elected treasurer.",
    "Tribunal claim {ENREF}: Claimant {P}, {AU}. Respondent's solicitor: Ms {S:f}.",
    "Police report {ENREF}: Witness {P} of {AU} saw the vehicle. Officer in charge: DC {P}, {PHX}.",
    "University of {TOWN} – Student Services\nStudent: {R}\nTerm address: {AUL}\nPersonal tutor: Dr {P}",
    "Hi {G}, the board minutes are attached. {P} and {P} sent apologies. Best, {G}",
    "Adult social care assessment for {P#1} at {AU}; carer {P} ({PHX}) attended. {Gs} daughter {G:f} lives in {TOWN}.",
    "School admissions: {G} {S}, Year 7, address {AU}. Parent: Mrs {S:f}, {E}.",
    "Tenancy agreement between {P} (landlord) and {P}, for {AUS}.",
    "Visa letter: we confirm that {F} is employed by us. Contact {P}, {PHX}, {AX}.",
    "ok so {g} is off till {DAYEN}, ask {g} to cover the desk",
    "can someone ping {g} about {gs} expenses? {p} approved them",
    "From: {P} <{E}>\nTo: {P}\nSubject: Re: {P#2}'s return to work\n\n{G#2} can start on reduced hours. Thanks, {G}",
    "HM Courts & Tribunals Service\nNOTICE OF HEARING\nCLAIMANT: {U}\nRESPONDENT: {U}\nHearing centre: {AU}",
    "Cross-border worker {P}, home address {AXL}, employed at our {TOWN} office since {DATEEN}. HR contact: {P}, {PHX}.",
    "The Standards Committee heard the complaint about Cllr {S}. {P} and {P} gave evidence.",
)

MIXED = (
    "Hi {G}, jag har pratat med {P} på Försäkringskassan. They need the form by {DAYEN}. Ring mig på {PH}! /{G}",
    "Meeting with {P} and {P} re the rehab plan. {G} föreslår 25 % i fyra veckor.",
    "Fwd: intyg för {P#1}\n\n{G#1} has moved to {A}. Kan du uppdatera HR-systemet? Thanks, {P}",
    "Från: {P} <{E}>\nSubject: Reference for {P#2}\n\nHej! {G#2} worked with us 2019–2024. Call me on {PH} or {PHX}.",
    "Styrelsemöte / Board meeting {DATE}\nPresent: {P}, {P}, {P}\nAction: {G} to contact Skatteverket",
    "Relocation: {P} flyttar från {AX} till {STL}. Contact in Stockholm: {P}, {PH}.",
    "tack {g}! i'll send it to {a} tomorrow",
    "hej {g}, did {g} get the payslip? hon ringde från {PH}",
    "Case notes ({REF}): {P} (kommunen) met {P#1:f} and her interpreter {P}. {G#1} lives at {AL}.",
    "Kandidat: {R}\nPhone: {PHX}\nEmail: {E}\nAddress: {AX}\nRecruiter: {P}",
    "Onboarding checklist för {P#1}: laptop från IT ({P}), badge by {DAYEN}, {G#1}s manager is {P}.",
    "Police Sweden / Polisen: {P} reported the theft at {A}. Interpreter: {P}, {PHX}.",
    "Best regards / Med vänlig hälsning\n{P}\nHR Business Partner\n{AO}\n{PH}",
    "Hi all, {P} is our new skyddsombud. Välkommen {G}! Questions to {P} or {E}.",
    "Uppsala universitet – exchange student {P}, home address {AUL}, Swedish address {STL}. Coordinator {P}.",
    "Union case: {P} (Unionen) vs. {P}, HR. The member {P} has been on sick leave since {DATE}.",
    "Tidrapport / Time report week {NUM}: {R} {HOURS} h, {R} {HOURS} h. Approved by {Gi}",
    "The tenant {P} ({PNR}) on {A} has not paid rent since {DATE}; kontakta {P} på {PH}.",
    "NHS referral received for {P}, now living at {A}. GP in the UK was Dr {S}, {AU}.",
    "{P}'s appeal (överklagande) was sent to förvaltningsrätten on {DATE}. Ombud: {P}, {E}",
    "@{g} can you book a room for {p} and {p} on {DAYEN}? tack!",
    "Sick note from Dr {P} for {P#1}: {G#1} should work from home. Adress: {A}",
    "Ny medarbetare / new colleague: {F}, starting {DATE}. Desk phone {PH}, mobile {PHX}.",
    "Årsmöte / AGM: {P} elected chair, {P} secretary. Revisorer: {P} och {P}.",
    "Meddelande från {P}: the Skatteverket letter for {P} went to {AX}, not {A}.",
    "Från {P} till {P}: kan du fixa the rehab meeting with {P} and Försäkringskassan?",
    "{G}, {G} och {G} from the payroll team will visit {AO} on {DAYEN}.",
    "Referee: {P}, Head of Department, {AU}, {PHX}, {E}",
    "Salary review 2026: {P} {AMT}, {P} {AMT}. Approved by {P}.",
)

NEGATIVES = (
    ("sv", "Försäkringskassan har ändrat reglerna för sjukpenning från och med januari."),
    ("sv", "Arbetsförmedlingen har stängt kontoret i Kista under juli."),
    ("sv", "Skatteverket skickar ut deklarationen i mars. Sista dag att deklarera är 4 maj."),
    ("sv", "Kommunfullmäktige sammanträder på torsdag i Stadshuset."),
    ("sv", "Protokoll styrelsemöte\n§ 1 Mötets öppnande\n§ 2 Val av justerare\n§ 3 Ekonomi"),
    ("sv", "Kom ihåg att lämna in tidrapporten senast fredag!"),
    ("sv", "Semesterlistan för juni, juli och augusti ska vara klar innan påsk."),
    ("sv", "Ny version av Visma Lön installeras på måndag kväll."),
    ("sv", "Lunchen i dag: Pasta Carbonara och Ärtsoppa med pannkakor."),
    ("sv", "Region Stockholm meddelar att vårdcentralen i Norrtälje har nya öppettider."),
    ("sv", "Sten och grus ska läggas vid entrén innan vintern."),
    ("sv", "Bo kvar i lägenheten under renoveringen är möjligt enligt hyresvärden."),
    ("sv", "Vi har fått nya stolar från Kinnarps och skrivbord från IKEA."),
    ("sv", "Polisen i Region Syd uppmanar alla att låsa cyklarna."),
    ("sv", "Förvaltningsrätten i Göteborg avslog överklagandet."),
    ("sv", "Viktigt: Läs igenom Arbetsmiljöverkets föreskrifter före skyddsronden."),
    ("sv", "Personalmöte i Aulan på onsdag kl 15. Fika finns!"),
    ("sv", "Unionen och Vision har tecknat nytt avtal med SKR."),
    ("sv", "Ros och ris: Vi fick mycket ros för sommarfesten."),
    ("sv", "Kassören presenterade budgeten. Årsavgiften höjs med 50 kr."),
    ("sv", "Skolan är stängd under höstlovet vecka 44."),
    ("sv", "Klara, färdiga, gå! Stafetten startar vid Idrottsplatsen."),
    ("sv", "Ärendet har överlämnats till Inspektionen för vård och omsorg."),
    ("sv", "Kronofogden har skickat ett betalningsföreläggande."),
    ("sv", "Liv och hälsa: enkäten stänger på fredag."),
    ("sv", "Microsoft Teams fungerar inte i dag, använd Zoom istället."),
    ("sv", "Rapporten från Socialstyrelsen visar färre vårdplatser i Norrland."),
    ("sv", "Migrationsverket har förlängt handläggningstiden."),
    ("en", "The council offices will be closed on Good Friday and Easter Monday."),
    ("en", "Please submit your timesheet by Friday at noon."),
    ("en", "NHS England has published new guidance on waiting lists."),
    ("en", "Agenda\n1. Apologies\n2. Minutes of the last meeting\n3. Treasurer's report\n4. AOB"),
    ("en", "Hope you all had a good weekend! Coffee and cake in the kitchen."),
    ("en", "The Job Centre on Market Street is moving in April."),
    ("en", "Will the new Sage Payroll update fix the pension bug?"),
    ("en", "Grace period for the appeal is 28 days from the date of the decision."),
    ("en", "Dawn raids were discussed at the Home Office briefing."),
    ("en", "Mark the boxes clearly and leave them in Reception."),
    ("en", "The Royal Mail strike may delay letters this week."),
    ("en", "Bill payments can now be made online via GOV.UK."),
    ("en", "Rose Garden Park will host the summer fair in August."),
    ("en", "HMRC says the tax year ends on 5 April."),
    ("en", "Amazon Prime, Netflix and Spotify are not reimbursable expenses."),
    ("en", "Jack the car up on the hard surface, not on the grass."),
    ("en", "The Employment Tribunal in Leeds listed the hearing for June."),
    ("en", "Summer Reading Challenge starts at Central Library on Monday."),
    ("en", "Faith groups are invited to the Community Cohesion Forum."),
    ("en", "Brexit changed the rules for EU nationals working in the UK."),
    ("mixed", "Meeting agenda / Dagordning: 1. Budget 2. Rekrytering 3. AOB"),
    ("mixed", "Kom ihåg: deadline for expense claims is Friday."),
    ("mixed", "Försäkringskassan and HMRC both need the form in original."),
    ("mixed", "Vi kör standup kl 9 on Teams, inte i Zoom."),
    ("mixed", "New policy från HR: remote work max två dagar per vecka."),
    ("mixed", "Sten said nothing, he just nodded: stenen låg kvar på vägen."),
    ("mixed", "The Arbetsförmedlingen office in Malmö is closed in July."),
    ("mixed", "Uppdatering: SharePoint migration is done, Outlook kommer nästa vecka."),
    ("mixed", "Hope att ni har en bra helg! See you Monday."),
    ("mixed", "Styrelsen approved the budget for Q3."),
    ("mixed", "Skatteverket's new e-tjänst works with BankID and Freja eID."),
    ("mixed", "Lön betalas ut den 25:e varje månad, unless it's a weekend."),
    ("mixed", "Västtrafik and SL cards are reimbursed, taxi is not."),
    ("mixed", "Tack for the feedback on the Q2 report!"),
)
