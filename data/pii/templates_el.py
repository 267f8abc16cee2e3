# ruff: noqa: E501
"""Templates of held-out EL (issue 15): dental care.

Folktandvården and private clinics: bookings, SMS reminders and recalls, cancellations and
no-show fees, treatment plans and cost estimates, high-cost protection (högkostnadsskyddet) and
the dental subsidies (ATB, STB, nödvändig tandvård), hygienists and dental nurses, journal
notes, referrals to specialists, children's and elderly care, dental labs, invoices, reminders
and debt collection, insurance claims for dental injuries, reviews and complaints to the patient
board; Swedish, English (NHS and private practices in the UK, dental offices in the US) and mixed
Swedish/English as colleagues write at work. Written by the writer from general knowledge.

Slots (filled by `generate_el.py`): people {P} {p} {U} {F} {G} {g} {N} {n} {S} {s} {SU} {GU} {I}
{II} {Gi} {R} {RU} and e-mails {E}, with `#k` for the same person again, `:f`/`:m` for a woman or
a man, a trailing `s` for a Swedish genitive and `'` for an English one (the ending is no part of
the value); addresses {A} {AL} {AR} {ARL} {AC} {ACL} {ASE} {ST} {STN} {STL} {VIL} {a} {BOX} {AU}
{AUL} {au} {AUS} {AUSL} {AX} {AXL}; phones {PH} {PHF} {PHX}; personnummer {PNR} {PNRO} {PNRC} (any age, past a hundred, a child); firms'
e-mails {EF}; and look-alikes that are no value: {DATE} {DATEEN} {DOB} {TIME} {NUM} {AMT} {GBP}
{EUR} {USD} {REF} {OCR} {BG} {ORG} {TOOTH} {FRONT} {CODE} {CDT} {TOWN} {DAY} {DAYEN} {CLINIC} {PRIV}
{WEEK} {PATNR} {ROOM}. NEGATIVES hold no value at all and are each used once.
"""

from __future__ import annotations

DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
}
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip

# Clinics named after a place or a thing, never after a person (no value).
CLINICS = (
    "Folktandvården Gränby", "Folktandvården Gottsunda", "Folktandvården Väster", "Folktandvården Centrum",
    "Folktandvården Skärholmen", "Folktandvården Sannegården", "Folktandvården Rosengård",
    "Folktandvården Brickebacken", "Folktandvården Haga", "Folktandvården Liljeholmen",
    "Folktandvården Tensta", "Folktandvården Backa", "Folktandvården Ålidhem", "Folktandvården Kallinge",
    "Folktandvården Hertsön", "Folktandvården Ryd", "Folktandvården Hageby", "Folktandvården Nyby",
)  # fmt: skip
PRIVATE = (
    "Citytandläkarna", "Tandläkarhuset", "Smile Tandvård", "Colosseum Tandvård", "Tandvårdshuset Norr",
    "Din Tandläkare", "Tandkliniken Solrosen", "Munhälsan Tandvård", "Tandvårdskliniken Fyren",
    "Praktikertjänst Tandvård", "Tandhälsan Väst", "Tandreglering Syd", "Implantatcentrum",
    "Tandvårdsteamet", "Kliniken för Tandvårdsrädsla",
)  # fmt: skip

SV = (
    # SMS reminders and recalls
    "Hej {G}! Påminnelse om din tid hos tandhygienist {G} på {CLINIC}, {AC}, {DAY} {DATE} kl {TIME}. Av- eller omboka senast 24 timmar innan på {PHF}, annars debiteras 600 kr. Välkommen!",
    "Hej {G}, det är dags för din årliga undersökning. Boka på webben eller ring oss på {PHF}. Hälsningar {Gi}, {PRIV}",
    "Påminnelse: {G} har tid för tandreglering (kontroll) {DATE} kl. {TIME} hos ortodontist {S}. Svara JA för att bekräfta. Frågor: {PH}",
    "{PRIV}: Hej {G}! Du har tid hos tandläkare {P} imorgon kl {TIME}. Adress: {ST}. Ring {PHF} vid förhinder.",
    "Hej! Vi saknade dig idag kl {TIME}, {G}. Enligt våra regler debiteras en uteblivandeavgift. Ring {PHF} så bokar vi en ny tid. /{G}, reception",
    # Bookings by chat, SMS and mail
    "hej det är {p}, jag har jätteont i en visdomstand sen i natt, finns det nån akuttid idag? mitt nr är {PH}",
    "{g}: kan du ta en akutpatient kl {TIME}? {p}, ont i {TOOTH}, ringer från {PH}\n{g}: ja om {g} assisterar",
    "Hej! Jag vill boka tid för mig och min sambo {G}. Jag heter {P#1} och bor på {A}. Nås bäst på {PH} eller {E#1}.",
    "Från: {P#1} <{E#1}>\nTill: {EF}\nÄmne: Ombokning\n\nHej! Jag har en tid {DATE} hos {S} men kan inte komma pga jobb. Finns något {DAY} istället?\n\nMvh {G#1}\n{A}\n{PH}",
    "Från: {EF}\nTill: {E#1}\nÄmne: Bekräftelse av bokning\n\nHej {G#1}!\nDu är välkommen till {CLINIC}, {A}, {DATE} kl {TIME}. Din behandlare är tandhygienist {P}. Ta med legitimation.\n\nVänliga hälsningar\nReceptionen",
    "@{g} kan du flytta {p:f} till {DAY}? hon har bara ledigt eftermiddag. hennes nr {PH}",
    "Webbokning\nFörnamn: {GU#1}\nEfternamn: {SU#1}\nPersonnummer: {PNR}\nAdress: {AL}\nMobil: {PH}\nE-post: {E#1}\nÄrende: Undersökning och tandstensborttagning",
    "Ny patient – anmälan\nNamn: {P#1}\nPersonnummer: {PNR}\nGatuadress: {AC}\nTelefon: {PH}\nE-post: {E#1}\nNärmast anhörig: {P} ({PH})",
    "Hej, jag ringer för min pappa {P:m} som bor på äldreboendet på {ST}. Han har tappat sin protes och behöver en ny tid. Jag heter {G} och mitt nummer är {PH}.",
    # Treatment plans and cost estimates
    "Behandlingsplan för {P#1}, {PNR}\n{A}\nBehandlande tandläkare: {P}\n1. Basundersökning (åtgärd {CODE})\n2. Fyllning tand {TOOTH}\n3. Krona tand {TOOTH}\nKostnadsförslag: {AMT}. Godkänd av patienten {DATE}.\n{P#1}",
    "Kostnadsförslag\nPatient: {R}\nAdress: {A}\nImplantat regio {TOOTH} inkl. krona: {AMT}\nErsättning från högkostnadsskyddet beräknas på referenspriset.\nGiltigt i sex månader. Tandläkare {I}, {PRIV}",
    "Vi har gått igenom {Gs} behandlingsplan. Tandläkare {S} föreslår rotfyllning av {TOOTH} och en krona efteråt. Ring {PHF} om ni vill boka.",
    "Hej {G}! Här kommer kostnadsförslaget för din bettskena som vi pratade om. Totalt {AMT} före högkostnadsskyddet. Hör av dig till mig på {E#1} om du har frågor. /{P#1}, leg. tandläkare",
    "Terapiplanering {DATE}: pat. {R} ({PNR}). Parodontal behandling hos tandhygienist {P}, 4 besök. Omprövning efter 3 mån. Sign. {Gi}",
    # Journal notes and referrals
    "Journalanteckning {DATE}\nPatient: {R}, {PNR}\nBehandlare: leg. tandhygienist {P}\nTandsten avlägsnad, fluorlackning. Blödning vid sondering regio {TOOTH}. Nästa besök om 12 mån.\nSign. {Gi}",
    "Remiss till specialisttandvården, ortodonti\nPatient: {P#1}, {PNRC}\nAdress: {A}\nVårdnadshavare: {P}, {PH}\nFrågeställning: trångställning i överkäken.\nRemitterande tandläkare: {P}, {CLINIC}",
    "Remiss käkkirurgi\nPat: {U}, {PNR}\n{AL}\nTel {PH}\nOperativ extraktion av 38 och 48. Pat. tar Waran. Remittent: leg. tandläkare {P}, {PHF}",
    "Remissvar till tandläkare {P}, {CLINIC}: Vi har undersökt {P} {DATE}. Ingen åtgärd behövs i nuläget, ny kontroll om ett år. Med vänlig hälsning, specialisttandläkare {I}",
    "Konsultation: {G} på {CLINIC} undrar om {Ps} röntgenbilder kan skickas till käkkirurgen {S}. Ring {PH}.",
    "Anteckning: pat. {p} (tolk {G}, arabiska) kom 15 min sent. Smärta tand {TOOTH}, trepanering. Pat. nås via dottern {G:f}, {PH}.",
    # Children and guardians
    "Till vårdnadshavare för {F}\n{AL}\n\nDitt barn är kallat till undersökning på {CLINIC} {DATE} kl. {TIME}. Tandvården är kostnadsfri till och med det år barnet fyller 23. Frågor: {PHF}.",
    "Hej! {G:m} har tappat en framtand på skolgården och vi är på väg in. Jag är hans mamma, {P:f}, {PH}. Han går i klass 3B.",
    "Skolans tandvårdsdag: tandsköterskorna {G} och {G} besöker klass 2 på {DAY}. Kontakt: {P}, {PHF}, {EF}.",
    "Vi har inte fått svar på våra kallelser till {Ps} son {G:m} ({PNRC}). Enligt rutin skickas nu en orosanmälan. Kontaktperson: tandläkare {P}, {PHF}.",
    "hej! {g:f} här, mamma till {g}. vi kommer 10 min sent till tandregleringen, bussen står still vid {STN}",
    # Elderly care and nödvändig tandvård
    "Intyg om nödvändig tandvård\nNamn: {U#1}\nPersonnummer: {PNRO}\nAdress: {A}\nGod man: {P}, tel {PH}\nIntyget utfärdat av sjuksköterska {P}, {DATE}",
    "Uppsökande munhälsobedömning på äldreboendet, {ST}, {DATE}. Bedömda: {R} ({PNRO}), {R}, {R}. Tandhygienist {P}.",
    "Hej, jag är kontaktman för {P:f} på avdelning 3. Hon behöver hjälp med sin underkäksprotes. Ring mig, {G#1}, på {PH} eller skriv till {E#1}.",
    "Till {F#1}\nc/o {P}\n{AL}\n\nDitt tandvårdskort för nödvändig tandvård har förnyats och gäller till {DATE}.",
    "Anhörig: {P:f}, dotter till {P} ({PNRO}), önskar bli kontaktad före varje behandling. Tel {PH}, adress {A}.",
    # Subsidies and high-cost protection
    "Hej {G}! Ditt allmänna tandvårdsbidrag på 600 kr har dragits på fakturan. Din ersättningsperiod i högkostnadsskyddet startade {DATE}. Frågor till {EF}.",
    "Ansökan om särskilt tandvårdsbidrag\nSökande: {P#1} ({PNR})\nAdress: {AL}\nDiagnos enligt läkarintyg från {P}, {PHF}\nSkickas till tandvårdsenheten, {BOX}",
    "{G} på Försäkringskassan sa att min ersättningsperiod gäller i ett år. Jag heter {P}, personnummer {PNR}. Kan ni kolla att det stämmer?",
    # Invoices, receipts and debt collection
    "Faktura {REF}\n{U}\n{AL}\n\nBehandlande tandläkare: {P}\nAtt betala: {AMT}\nBankgiro {BG}, OCR {OCR}\nFrågor om fakturan: {PHF}, {EF}",
    "Kvitto\n{PRIV}\n{AC}\nOrg.nr {ORG}\nPatient: {P}\nBetalt {AMT} med kort {DATE} {TIME}\nBetjänad av: {Gi}",
    "Påminnelse: obetald faktura\n{P}\n{ACL}\nVi har inte fått betalt för behandlingen {DATE}. Betala {AMT} till bankgiro {BG} inom 10 dagar. Frågor: {PHF}.",
    "Inkassokrav\nGäldenär: {P#1}, {PNR}\n{AL}\nBorgenär: {PRIV}, org.nr {ORG}\nKapitalbelopp {AMT}, påminnelseavgift 60 kr.\nKontakt: handläggare {P}, {PHF}",
    "Fakturaadress: {P#1}, {BOX}. Fakturan för {Gs} tandreglering ska delas mellan {P#1} och {P}, som bor på {A}.",
    "Hej! Jag har fått en faktura på {AMT} för en tid som jag avbokade. Jag heter {P}, fakturanummer {REF}. Min adress: {A}. Ni når mig på {PH}. Mvh {G}",
    # Complaints and reviews
    "Till Patientnämnden\nJag, {F#1} ({PNR}), vill framföra klagomål på behandlingen jag fick av tandläkare {S} på {PRIV} den {DATE}. Jag nås på {PH} eller {E#1}.\nAdress: {AL}",
    "Klagomål: Min mamma {P:f} (född {PNRO}) fick vänta i två timmar på {CLINIC}. Ingen från personalen informerade henne. /{P}, {PH}",
    "Svar på synpunkt {REF}: Hej {G}, tack för att du hörde av dig. Jag har talat med {G} i receptionen och med tandläkare {S}. Vänligen, klinikchef {P}, {PHF}",
    "Fick hjälp av {G} i receptionen och tandläkare {P}. Supertrevligt bemötande och {G} var jätteduktig med min tandvårdsrädsla! 5/5",
    "Sämsta tandläkaren i stan. {Ss} assistent tappade instrument i munnen på mig. Har anmält till IVO. /{P}",
    "Lex Maria-anmälan {REF}: Patient {R} ({PNR}) fick fel tand extraherad {DATE}. Ansvarig: tandläkare {P}. Anmälan gjord av verksamhetschef {P}, {PHF}.",
    # Insurance and dental injuries
    "Skadeanmälan tandskada\nFörsäkrad: {P#1} ({PNR})\nAdress: {A}\nSkadedatum {DATE}: slog av framtand {FRONT} på fotbollsträningen.\nBehandlande tandläkare: {P}, {PRIV}, {PH}",
    "Hej {G}, vi har tagit emot din skadeanmälan om tandskadan. Din handläggare är {P}, {PHF}. Skicka gärna kvitton till {EF}.",
    "Olycksfallsanmälan: {P:m} ({PNRC}) föll från cykeln {DATE} och skadade 11 och 21. Vårdnadshavare: {P}, {PH}, {A}.",
    # Staff, schedules and clinic life
    "Schema v. {WEEK}\nMån: {G} (hygienist), {G}, {G}\nTis: {G}, tandläkare {S}\nOns: {G} ledig, {Gi} täcker akuten\nFrågor till {G}: {PH}",
    "{g}: är {g:f} sjuk idag? jag har fem av hennes patienter\n{g}: ja, ring {p:m} först, han är akut. nr {PH}",
    "Välkommen till vår nya tandsköterska {P#1}! {G#1} har jobbat på {CLINIC} i åtta år och börjar hos oss {DATE}.",
    "Med vänliga hälsningar\n{P}\nKlinikchef, {CLINIC}\n{AC}\nTel {PHF}\n{EF}",
    "Mvh\n{P#1}\nLeg. tandhygienist\n{PRIV}\nBesöksadress: {ST}\nPostadress: {BOX}\nDirekt: {PH}\n{E#1}",
    "Tandtekniskt laboratorium – beställning\nKrona tand {TOOTH}, färg A2\nPatient: {R}\nTandläkare: {P}, {CLINIC}\nLeveransadress: {ACL}\nKontakt: {G}, {PH}",
    "Hej {G}! Labbet ringde om {Ps} bro, den blir klar {DAY}. Tandteknikern heter {P}, {ST}, nr {PH} om du vill prata direkt.",
    "Mötesanteckningar APT {DATE}\nNärvarande: {P}, {P}, {P}, {P}\nPunkt 1: Nya rutiner för akuttider.\nPunkt 2: {G} tar över sterilen efter {G}.",
    "Ring tillbaka: {P} ringde {TIME} angående sin bettskena, nås på {PH} efter kl 16.",
    "{G}, kan du skicka journalen för {P} till {PRIV}, {BOX}? De har begärt den via {EF}.",
    # Firms named after people
    "Tandläkare {S} & {S} AB\n{AC}\nTel {PHF}\nVälkommen till en klinik med 40 års erfarenhet!",
    "{Ps} Tandvård AB har tagits över av {PRIV}. Dina journaler finns kvar och du når oss som vanligt på {PHF}.",
    "Tandkliniken {S} flyttar till {ST} från {DATE}. Samma telefonnummer: {PHF}. Välkomna! {P}, ägare",
    # Everyday prose, moves and streets alone
    "Någon som har tips på bra tandläkare i {TOWN}? Gick till en {S} på {STN} men kände mig inte trygg. Hittade till slut {G} på {CLINIC}, rekommenderas!",
    "Kliniken ligger på {STN}, mitt emot apoteket. Parkera gärna på {STN} bakom huset.",
    "Vi flyttar! Från {DATE} hittar du {CLINIC} på {AC}. Telefon och e-post är oförändrade: {PHF}, {EF}.",
    "Adressändring för {P#1} från {DATE}\nNy adress: {AL}\nGammal adress: {A}\nTel: {PH}",
    "Min sambo {G} är livrädd för tandläkare, så jag följde med. Tandläkaren {P} var jättelugn. Hunden Ludde fick vänta i bilen.",
    "Jag bor numera på landet, {ARL}. Kan ni skicka kallelserna dit i stället? /{P}",
    "{p}\n{a}\nvill boka om min tid, ring {PH}",
    "Färdtjänst hämtar {P} vid {VIL} kl {TIME} för besöket på {CLINIC}. Ledsagare: {P}, {PH}.",
    "Kallelse till {R}, {ASE}. Tid hos tandläkare {S}: {DATE} kl {TIME}.",
    "Remiss mottagen för {P}, {PNR}, boende på {STL}. Tolk behövs (somaliska). Kontakt via sonen {G:m}, {PH}.",
    "Fullmakt\nJag, {P#1}, {PNR}, ger {P} rätt att ta del av min tandvårdsjournal och boka tider åt mig.\n{DATE}\n{P#1}",
    "Tack {N} för att du tog hand om mig så bra idag! Och hälsa {N} i receptionen. Kram {G}",
    "Sjukhustandvården: konsult för {P} ({PNR}) på avd 12. Ansvarig läkare {P}, sökare {PHF}. Tandläkare {I} kommer {DAY} eftermiddag.",
    "Tandvårdsrädsla – första samtal\nPatient: {P#1}\nAdress: {AL}\nMobil: {PH}\nPatienten vill bli kallad {N#1}, vill ha lugnande. Behandlare: {P}, psykolog {P}.",
    "Hej {G}! Tack för idag. Glöm inte att köpa mellanrumsborstar. Ring oss på {PHF} om tandköttet fortfarande blöder om två veckor. /{G} på {PRIV}",
    "Vårdgaranti: {P}, {A}, har väntat mer än 90 dagar på behandling. Ärendet överlämnas till {PRIV}, {BOX}, {EF}.",
    "Hej {G}, {P} här från {PRIV}. Din protes har kommit tillbaka från labbet i {TOWN}. Vi ses {DAY} kl {TIME} på {ST}.",
    "BESTÄLLNING AV JOURNALKOPIA\nNAMN: {U#1}\nPERSONNUMMER: {PNR}\nADRESS: {AL}\nSkickas till: {EF}",
    "{RU}, {A}: uteblev {DATE}. Avgift {AMT}. Handl. {Gi}",
    "Lista akuttider {DATE}\n08.00 {R}, {PH}\n09.30 {R}, {PH}\n11.15 {R} (tolk), {PH}\n13.00 {R}, {PH}",
    "{P:f} och hennes man {P:m} har bytt till {PRIV}. Journalen skickas till {ST}.",
    "Hembesök {DATE}\n1. {R}, {A}, portkod 1234\n2. {R}, {A}\n3. {R}, {STL}\nTandhygienist: {P}, {PH}",
    "Våra mottagningar: {CLINIC}, {AC}; {CLINIC}, {AC}; {CLINIC}, {AC}. Gemensam växel {PHF}.",
    "{RU}\n{ACL}\n\n{RU}\n{ARL}\n\n{RU}\n{ACL}",
    "Returpost: kallelsen till {P} på {A} kom tillbaka. Ny adress enligt folkbokföringen: {AL}.",
    "Leverans till {PRIV}, {AC}. Fakturaadress: {BOX}. Godsmottagare {P}, {PH}.",
    "{g}: jag bor på {a} btw om ni ska skicka nåt\n{g}: tack, fixar",
    "{P} flyttar från {A} till {AL} och vill byta till {CLINIC}.",
    "Faktureras: {P}\n{ACL}\nLevereras: {P}\n{ACL}",
    "Hämtning av protes: {P} på {STL}, leverans {DATE}. Budet ringer {PH} före.",
    "Tandvården i hemmet, rutt {DAY}: {VIL}, {AR}, {AC}, {A}. Tandsköterska {G} kör, {PH}.",
)

EN = (
    # Reminders and bookings
    "Hi {G}, this is a reminder of your appointment with Dr {S} at {TIME} on {DAYEN} at {AU}. To cancel or rebook please call {PHX}. Late cancellations may be charged.",
    "Reminder: {G'} check-up and scale & polish with our hygienist {G} is on {DATEEN} at {TIME}. Reply Y to confirm.",
    "Hello, I'd like to book an emergency appointment for my son {G:m}, he chipped a front tooth at school. I'm {P}, my mobile is {PHX}, and we live at {AU}.",
    "From: {P#1} <{E#1}>\nTo: {EF}\nSubject: Appointment\n\nHi, could I move my crown fitting on {DATEEN} to later in the week? Thanks, {G#1}\n{PHX}",
    "From: {EF}\nTo: {E#1}\nSubject: Your appointment\n\nDear {P#1},\nWe look forward to seeing you at {TIME} on {DATEEN} at our practice, {AU}. Your clinician is {P}.\nKind regards, Reception",
    "New patient registration\nFirst name: {GU#1}\nSurname: {SU#1}\nDate of birth: {DOB}\nAddress: {AUL}\nMobile: {PHX}\nEmail: {E#1}\nEmergency contact: {P}, {PHX}",
    "Patient intake form\nName: {P#1}\nDOB: {DOB}\nAddress: {AUS}\nPhone: {PHX}\nInsurance subscriber: {RU}\nReferred by: Dr {S}",
    "hey {g} can you squeeze in {p} at {TIME}? broken filling, number is {PHX}",
    "{g}: dr {s} is running 40 mins late\n{g}: ok I'll call {g:f} and push her to {TIME}",
    # Treatment plans, estimates and statements
    "Treatment plan for {P#1} (DOB {DOB})\n{AUS}\nDentist: Dr {P}\n1. {CDT} comprehensive exam\n2. {CDT} crown, tooth {TOOTH}\nEstimated patient portion: {USD}\nSigned: {P#1}",
    "Dear {P}, following your consultation with {II}, your Band 3 course of treatment will cost {GBP}. Please call {PHX} to arrange your first visit.",
    "Statement\n{P}\n{AUSL}\nProvider: {P}, DDS\nBalance due: {USD}\nQuestions? Call {PHX} or email {EF}",
    "Invoice {REF}\nPatient: {P}\nAddress: {AUL}\nPrivate hygiene visit with {P}: {GBP}\nPayable within 14 days. Practice manager: {Gi}",
    "Estimate for {P}: implant at UL6 with crown, {GBP}, to be paid in three instalments. Your dentist {I} will go through this with you.",
    # Referrals and clinical notes
    "Dear Dr {S},\nI would be grateful if you could see {F}, {AUL}, regarding a painful lower left eight. Tel {PHX}.\nYours sincerely,\n{P}, BDS",
    "Referral to orthodontics\nPatient: {P#1}, DOB {DOB}\nParent: {P}, {PHX}\nAddress: {AU}\nReferring dentist: {P}",
    "Clinical note {DATEEN}: pt {R} seen by hygienist {P}. BPE 2/2/3, OHI given. Recall 6 months. Signed {Gi}",
    "Dr {S} asked me to forward {P'} radiographs to the oral surgeon, {P}, at {AU}. Thanks! {G}",
    # Billing, insurance, debt
    "Claim form\nSubscriber: {RU}\nAddress: {AUS}\nPhone: {PHX}\nPatient: {G} (dependent)\nTreating dentist: {P}, DDS\nProcedure: {CDT}",
    "Hi {G}, your insurer has paid {USD} toward {G'} root canal. The remaining balance will be billed to {AUS}. Questions: {EF}",
    "Dear {P},\nOur records show an outstanding balance of {GBP} for treatment on {DATEEN}. Please pay by card on {PHX} or by bank transfer.\n{P}, Accounts",
    "FINAL NOTICE\n{U}\n{AUSL}\nAccount {REF}: {USD} past due. Contact our billing office at {PHX}.",
    # Complaints and reviews
    "To the practice manager,\nI am writing to complain about my treatment by Dr {S} on {DATEEN}. I was charged twice. Please contact me at {E#1} or {PHX}.\n{P#1}\n{AUL}",
    "Dr {S} and hygienist {G#1} were amazing with my anxious daughter {G:f}. {G'#1} chairside manner is wonderful. Five stars!",
    "Avoid. Waited an hour, then {I} rushed my filling and it fell out in a week. {P}",
    "Dear {P}, thank you for your feedback about your visit. I have spoken to {G} on reception and to {P}. Kind regards, {P}, Practice Manager, {PHX}",
    # Staff, practice life, signatures
    "Kind regards,\n{P}\nPractice Manager\n{AU}\nT: {PHX}\n{EF}",
    "Best,\n{P#1}, RDH\n{AUS}\n{PHX}\n{E#1}",
    "Rota week {WEEK}: Mon {G} and {G}; Tue {G} (hygiene), {G}; Wed Dr {S} off, cover by {Gi}. Any swaps, text {G} on {PHX}.",
    "Please welcome our new dental nurse {P#1}! {G#1} joins us from a practice in {TOWN} and starts on {DAYEN}.",
    "{S} & {S} Dental Care\n{AU}\nTel {PHX}\nNHS and private patients welcome.",
    "{P} Family Dentistry has moved to {AUS}. Same phone number, {PHX}.",
    "Message for Dr {S}: {P:f} called at {TIME} about her night guard. Call back on {PHX}.",
    "@{g} lab says {p'} veneers ship {DAYEN}. tech is {G}, {PHX}",
    "Medical history update for {P#1}, {AU}: now taking warfarin. GP: Dr {P}, {AUL}, {PHX}.",
    "Lab docket\nPatient: {R}\nDentist: {P}\nShade A3, bridge {TOOTH}-{TOOTH}\nReturn to: {AUL}",
    # Swedes and others abroad, expats in Sweden
    "Hi! I've just moved to Uppsala and need a dentist. My personnummer is {PNR} and I live at {A}. Can someone call me on {PH}? – {P}",
    "My mother {P:f} is visiting from Manchester and cracked a tooth. She is staying with us at {A}. Please call me, {G}, on {PH}.",
    "Our practice in {TOWN} is looking after {P:f}, a Swedish patient. Could you send her records to {AUL}? Contact: {P#2}, {PHX}, {E#2}",
    "Dear {P}, your appointment at {AX} has been confirmed. If you are delayed, please call {PHX}.",
    "Emergency contact list\n{R} – {PHX}\n{R} – {PHX}\n{R} – {PHX}",
    "hi {g}!! thanks for fitting me in today. {n} said you need my new address: {au}",
    "Patient {P#1} ({DOB}) moved to {AXL}. Records transferred on request; contact {E#1}.",
    "Dental nurse needed for {DAYEN}: cover for {G}, who is off sick. Call {P} on {PHX}.",
    "Dr {P#1}\n{AUSL}\nDr {S'#1} office hours are 8 to 5; after hours call {PHX}.",
    "Complaint ref {REF}: {P} says {P} (associate dentist) extracted the wrong tooth. Case handled by {P}, {EF}.",
    "Our practices: {AU}; {AU}; {AU}. Book online or call {PHX}.",
    "Please update my address. Old: {AU}. New:\n{AUL}\nThanks, {P}",
    "Recall letters this week:\n{R}, {AU}\n{R}, {AU}\n{R}, {AUS}",
    "Ship to: {P}\n{AUSL}\nBill to: {P}\n{AUSL}",
    "Our Swedish partner clinic is at {A}; our European partner at {AX}.",
    "hi it's {g}, i'm outside {au} but the door is locked?? running 5 min late",
    "Home visit list {DATEEN}: {P}, {AU}; {P}, {AUL}; {P}, {AU}.",
)

MIXED = (
    "Hej {G}! Can you cover for {G} tomorrow? Patienten {P:f} har bokat root canal kl {TIME}, ring henne på {PH} om det blir ändringar.",
    "{g}: the new implant system training är på {DAY} kl {TIME}\n{g}: ok, {g} och jag kommer",
    "From: {P#1} <{E#1}>\nTill: {EF}\nSubject: Journalkopia\n\nHej! I need a copy of my dental records för min nya tandläkare i London. Mitt personnummer är {PNR}.\nThanks, {G#1}",
    "Meeting notes {DATE}: {P} presenterade the new booking system. Action points: {G} kontaktar leverantören, {G} updates the recall list. Next meeting {DAY}.",
    "Hi {G}, patienten {P} needs a referral till käkkirurgen. Kan du fixa det before Friday? Tack! /{Gi}",
    "Reminder: {G} från Smile Dental UK is visiting us {DATE}. Hen bor på {ST} under veckan, mobil {PHX}.",
    "Lab order\nPatient: {R}\nTandläkare: {P}, {CLINIC}\nShade A2, zirkonia krona {TOOTH}\nShip to: {ACL}\nQuestions: {G}, {PH}",
    "Hej {G}! The invoice för {Gs} bettskena skickades till fel adress. Correct address: {AL}. Can you resend? /{P}",
    "{p}: any chance you can take my 15.00? barnen är sjuka\n{p}: sure, skicka patientens namn\n{p}: {p}, kontroll efter extraktion",
    "Kind regards / Vänliga hälsningar\n{P}\nClinic Manager, {PRIV}\n{AC}\n{PHF} | {EF}",
    "Welcome {G}! Vi är så glada att du börjar hos oss som dental hygienist. {P} will be your mentor första månaden. Ring {PH} om du har frågor.",
    "Hi team, {P:f} slutar {DATE}. Her patients flyttas till {G} och {G}. Please update the schedule i systemet.",
    "Patient {P:f} speaks only English. Hon bor på {A} och jobbar i {TOWN}. Best reached on {PHX}.",
    "Status update: {Gs} patients on {DAY}: {R}, {R}, {R}. All confirmed via SMS. /{G}",
    "Från: {EF}\nTo: {E#1}\nÄmne: Your appointment / Din tid\n\nDear {P#1}, välkommen till {CLINIC}, {ACL}, {DATE} kl {TIME}. Please bring ID.",
    "Insurance claim – tandskada\nPolicy holder: {P#1}, {PNR}\nAddress: {A}\nTreating dentist: Dr {S}, {PRIV}\nContact: {PH}, {E#1}",
    "Hej! Our UK lab contact is {P}, {AUL}, {PHX}. Skicka avtrycken dit med DHL på {DAY}.",
    "@{g} can you call {p:f}? hon har ont efter extraktionen. nr {PH}",
    "{P}, DDS, from our partner clinic in the US ({AUS}) will shadow {P} på {CLINIC} nästa vecka.",
    "Invoice {REF}\n{P}\n{AL}\nTreatment: scaling och polering, tandhygienist {P}\nAmount: {AMT}\nDue {DATE}",
    "Rota v. {WEEK}: Mon {G}, {G}; Tue {G} (hygiene); Wed {G} ledig, {G} covers akuten. Swaps? Text {G} on {PH}.",
    "Note från reception: {P:f} called, wants to rebook. Hon nås på {PH} after 5 pm. /{Gi}",
    "Hej {G}, I reviewed {Ps} X-rays. Tand {TOOTH} behöver rotfyllning, and maybe 36 too. Let's discuss at lunch. /{S}",
    "Complaint from {P:f}, {A}: hon fick betala full price trots högkostnadsskyddet. Case owner: {P}, {EF}.",
    "Thanks {N}! Och tack {N} för kaffet. See you on {DAY}! /{g}",
    "New patient: {P#1}, recently moved from Manchester. Address: {AC}, previous address {AU}. Mobil {PH}, email {E#1}.",
    "Dr {S} från Dublin ska hålla kursen om implantology. Hotel booked på {ST} för {P} och {P}.",
    "Fullmakt / Power of attorney: {P#1} ({PNR}) authorises {P} ({PH}) att boka tider och ta del av journalen.",
    "Hej! Jag är tandläkare {P#1} och jobbar på {PRIV}. Our patient {P:f} would like treatment near her home abroad; her address there is {AX}. Please contact me at {E#1}.",
    "Recall list v. {WEEK}\n{R} – {PH}\n{R} – {PH}\n{R} – {PH} (prefers English)\n{R} – {PH}",
    "Kan någon ta {Ps} sterilization shift? {G} är home sick. Ping {G} eller ring {PH}.",
    "{G}: vem har {p} idag?\n{G}: {g:f}, rum {ROOM}. she's in a meeting though\n{G}: ok, ring mig på {PH} när hon är klar",
    "Hi {G}! {G} från receptionen here. Din patient {P:f} väntar i väntrummet, and her dad {P:m} wants to talk to you first.",
    "Patient: {U#1}\nPNR: {PNRC}\nAddress: {ACL}\nGuardian: {P}, {PH}\nNote: speaks Swedish and English, föredrar SMS.",
    "Hej {G}! Kan du mejla {P#1:f} the quote för implantatet? Hennes mejl är {E#1}. Thanks!",
    "The conference: {P} och {P} representerar kliniken. Hotel address {A}, contact {P} on {PHX}.",
    "Hi {G}, {Ps:f} crown is ready. Labbet utomlands ({AX}) skickade den {DATE}. Please book her in.",
    "sorry {g}, jag hann inte ringa {p} back. kan du ta det? {PH}",
    "{R}, {PNRO}, {A}. N-tandvård. Contact person: {P}, {PH}. Prefers English, son lives in London.",
    "Hej alla! Welcome lunch för {P} på {DAY}, kontoret på {ST}. {G} bokar bord på restaurangen på {STN}.",
    "Follow-up: patient {P:f} reports pain after {Gs} treatment. Tandläkare {S} will call her on {PH} today.",
    "Referral sent to {P}, specialist i parodontologi, {PRIV}, {BOX}. Copy to patient {P}, {a}.",
    "Sign-off: {Gi}, dental nurse | {CLINIC} | {PHF} | {EF}",
    "hej {g}! your new address i systemet är väl {a}? vill bara dubbelkolla innan vi skickar fakturan",
    "{P} (parent) called: {G} kan inte komma till tandregleringen {DAY}, football match. Rebook please. Nr {PH}, adress {A}.",
    "Patient list / Patientlista {DATE}\n1. {RU}, {A}\n2. {RU}, {A}\n3. {RU}, {PNRO}, {A}",
    "Visiting dentist {P} from Finland bor på {STL} under sin placement. Mobil {PHX}.",
    "Hej {G}! The complaint från {P:f} is resolved. Jag ringde henne och hon accepterade a refund of {AMT}. /{G}",
    "Tandläkarna {S} & {S} AB, {AC}. Open for English-speaking patients, ring {PHF}.",
    "Ring {P:f} tillbaka re: her bridge. Mobile {PH}, landline {PH}.",
    "Kliniker i nätverket / Our clinics: {CLINIC}, {AC}; {PRIV}, {AX}; London office {AU}.",
    "Ny adress / New address för {P#1}: {AL} (old: {A}).",
    "Shipping label\nFrån: {PRIV}, {ACL}\nTo: {P}, {AUL}",
    "hej, jag står utanför {a} men dörren är låst?? has the clinic moved?",
    "Address list för julkorten / Christmas cards: {P}, {A}; {P}, {AU}; {P}, {AR}.",
)

# Rows with no value at all: look-alikes of the genre. Each is used once.
NEGATIVES = (
    (
        "sv",
        "Tand 36 och 46 behöver fyllas om, åtgärd 701 och 702. Kostnadsförslag 4 380 kr, referenspris 3 950 kr.",
    ),
    (
        "sv",
        "Högkostnadsskyddet: mellan 3 000 och 15 000 kr ersätts 50 procent av referenspriset, över 15 000 kr 85 procent.",
    ),
    (
        "sv",
        "Folktandvården Västra Götaland har öppet vardagar 07.30–16.00, lunchstängt 12–13. Akuttider släpps kl 07.30.",
    ),
    (
        "sv",
        "Fakturanummer 2027-004518, OCR 4518200271, bankgiro 5321-7784, förfallodag 2027-03-31.",
    ),
    ("sv", "Org.nr 556612-3309. Momsregistreringsnummer SE556612330901. Innehar F-skattsedel."),
    (
        "sv",
        "Allmänt tandvårdsbidrag är 300 kr per år för dig mellan 30 och 66 år och 600 kr för 24–29 år och från 67 år.",
    ),
    (
        "sv",
        "Vi rekommenderar Zendium eller Pepsodent och mellanrumsborste storlek 0,6 mm. Fluortabletter 0,25 mg finns på Apoteket.",
    ),
    (
        "sv",
        "Tandstenen satt hårt som sten, men efter puts och polering klarade vi det på 45 minuter.",
    ),
    ("sv", "Vi fick både ris och ros i patientenkäten: 87 procent var nöjda, 6 procent missnöjda."),
    ("sv", "Frisktandvård kostar från 95 kr per månad i riskgrupp 1 och avtalet gäller i tre år."),
    (
        "sv",
        "Under maj och juni har kliniken ändrade öppettider; vecka 28–31 är vi stängda för semester.",
    ),
    (
        "sv",
        "Dag 1 efter utdragningen: kyl med is, undvik varm dryck och rök inte. Dag 3 kan du borsta försiktigt.",
    ),
    ("sv", "Det är bara att lova dig själv att använda tandtråd varje kväll – din mun tackar dig."),
    (
        "sv",
        "Tandvårds- och läkemedelsförmånsverket fastställer referenspriserna; Försäkringskassan betalar ut ersättningen.",
    ),
    (
        "sv",
        "Patientnämnden i Region Uppsala tar emot synpunkter på all offentligt finansierad tandvård, dnr 2027/00412.",
    ),
    (
        "sv",
        "Kliniken ligger i Gallerian, plan 2, bredvid Apotek Hjärtat. Närmaste busshållplats är Centralstationen.",
    ),
    ("sv", "Patientnummer 45-22817, journalnummer 2027-0093, röntgenbild nr 14 av 16."),
    (
        "sv",
        "Björk-, gräs- och gråbopollen kan göra munnen torr på våren; drick vatten och använd saliversättning.",
    ),
    (
        "sv",
        "Vilja och ork räcker långt, men en bettskena hjälper mer mot tandgnissling än bara goda föresatser.",
    ),
    (
        "sv",
        "Barn och unga får fri tandvård till och med det år de fyller 23. Därefter gäller vuxentaxan.",
    ),
    (
        "sv",
        "Betala med Swish, kort eller faktura via Klarna. Delbetalning i 12 månader, ränta 9,95 procent.",
    ),
    ("sv", "Rask promenad efter lunchen, sedan tre rotfyllningar i rad. Modig patient i rum 4!"),
    (
        "sv",
        "Tandvårdsrädsla drabbar ungefär var tionde vuxen. Lugnande medel kan ges vid behov, 2 timmar före besöket.",
    ),
    (
        "sv",
        "Praktikertjänst, Distriktstandvården och Folktandvården Stockholm deltar i mässan i Älvsjö 12–14 november.",
    ),
    (
        "sv",
        "Inkasso via Intrum efter två påminnelser. Kronofogden: ansökan om betalningsföreläggande, målnummer 08-345612-27.",
    ),
    ("sv", "Det blev en lisa för själen när värken släppte. Ingen mer ibuprofen efter kl 22."),
    (
        "en",
        "A Band 1 course of treatment costs £26.80, Band 2 £73.50 and Band 3 £319.10 in England.",
    ),
    ("en", "Please arrive 10 minutes early; the surgery is on the first floor above the pharmacy."),
    (
        "en",
        "Tooth 26 needs a root canal; code D3330 is billed at $1,150 and insurance covers 50% after the deductible.",
    ),
    (
        "en",
        "Invoice INV-20271104, account 004-55812, payment due within 30 days. Sort code 20-45-77.",
    ),
    ("en", "Bill me later? We will send a bill once your insurer has processed claim 88-41127."),
    ("en", "Will the crown last? With good care a porcelain crown lasts 10 to 15 years."),
    ("en", "There is a grace period of 14 days before a late payment fee of £25 is added."),
    ("en", "We hope to see you in May; summer hours run from June to August, 8am to 2pm."),
    (
        "en",
        "Patience pays: whitening trays need two weeks of nightly wear before you see the difference.",
    ),
    ("en", "Mark the areas that bleed and we will check them at the next visit in six months."),
    ("en", "Bupa Dental Care, mydentist and Denplan all offer payment plans from £15.99 a month."),
    (
        "en",
        "The General Dental Council registered 1,243 new dentists in 2026, up 4% on the year before.",
    ),
    ("en", "Pat the area dry with gauze and bite down for 30 minutes. Do not rinse for 24 hours."),
    ("en", "A frank conversation about sugar: a can of cola holds about 35 g, or nine teaspoons."),
    ("en", "Our practice in Leeds is open late on Thursdays until 8pm, and on Saturday mornings."),
    ("en", "Routine exam D0120, prophylaxis D1110, bitewings D0274: total $312.00, copay $40.00."),
    ("en", "Sensodyne or any toothpaste with 1,450 ppm fluoride; spit, don't rinse."),
    ("en", "We drew up a plan with three stages over 18 months; stage one starts in week 12."),
    ("mixed", "Kan du boka in en scale and polish nästa vecka? 45 min, 895 kr, rum 3."),
    (
        "mixed",
        "The new CBCT machine kommer vecka 14. Training för all staff on Thursday 13.00–15.00.",
    ),
    (
        "mixed",
        "Patient satisfaction Q3: 4,6 av 5. Waiting time i snitt 11 minuter. Good job, team!",
    ),
    (
        "mixed",
        "Remember: högkostnadsskyddet resets after 12 months, so the second implant blir dyrare.",
    ),
    (
        "mixed",
        "Order 40 boxes of gloves size M och 12 boxes size S från Dentsply Sirona, order no. 77123-SE.",
    ),
    ("mixed", "Sterilen är trasig igen. Service booked for Monday 08.00, ticket 20271188."),
    ("mixed", "Kliniken är stängd på midsommarafton. Happy midsummer allihop!"),
    ("mixed", "Röntgenbilderna is uploaded, men 3 av 14 är suddiga. Retake needed for 17 och 47."),
    ("mixed", "Deadline för ST-ansökan: 15 mars. The course in oral surgery costs 12 500 kr."),
    ("mixed", "Vi behöver nya bite blocks och saliv ejectors. Budget: 3 000 kr, cost centre 4410."),
    ("mixed", "Fika i personalrummet kl 15! Cake from the bakery, grattis till oss för 10 år."),
    (
        "mixed",
        "The fluoride varnish är slut. Beställ Duraphat 10 ml, art.nr 105-223, before Friday.",
    ),
    ("mixed", "Can we agree on ris och ros-mötet every second Tuesday? 30 min max."),
    ("mixed", "Kassan stämmer inte: 2 340 kr difference on the card terminal, batch 0412."),
    (
        "mixed",
        "New prices from 1 januari: basundersökning 995 kr, akutbesök 1 150 kr. Update the website please.",
    ),
    (
        "mixed",
        "Our Invisalign partner Align Technology will visit in april; demo kl 10 i konferensrummet.",
    ),
)
