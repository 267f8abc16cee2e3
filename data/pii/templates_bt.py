# ruff: noqa: E501
"""Templates of held-out bt (the fifty-first writer): animals and the people around them.

Veterinary clinics (bookings, journals, referrals, lab results, reminders), animal insurance,
shelters and rehoming, breeders and litters, dog walkers, sitters and daycare, riding schools and
stables, shows and competitions, lost and found, pet passports and travel, farm animals and the
vet on call, owners' chat groups. Slots (filled by `generate_bt.py`): a person `{P}` (full name),
`{p}` lower case, `{U}` capitals, `{F}` with middle names, `{G}`/`{g}` given name, `{N}`/`{n}`
short form, `{S}`/`{s}` surname, `{SU}` surname in capitals, `{I}` initial and surname, `{Gi}`
given name and initial, `{R}`/`{RU}` `Surname, Given`, `{E}` e-mail; a trailing `s` or `'` is a
genitive (its ending not part of the value); `#1` ties slots to one person, `:f`/`:m` a gender.
Values: `{A}`/`{AL}`/`{AR}`/`{ARL}`/`{AC}`/`{STL}`/`{a}` Swedish addresses, `{ST}`/`{STN}`/`{STU}` a
street alone, `{FARM}`, `{BOX}`, `{AU}`/`{AUL}`/`{au}` UK, `{AUS}` US, `{AX}`/`{AXL}` abroad and
`{ANO}`, `{ADK}`, `{AFI}`, `{ADE}`, `{APL}`, `{AES}`; `{PH}` Swedish phones, `{PHX}` and
`{PHNO}` ... `{PHUS}` abroad; `{OM}` a clinic's or a firm's e-mail; `{PNR}` a personnummer.
Everything else is no value: animals (`{PET}`, `{HORSE}`), breeds, kennels, stables, clinics,
insurers, towns, dates, weights, doses, chip and registration numbers, insurance, claim, journal
and lab numbers, organisation numbers, OCR, bankgiro, order and customer numbers.
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

# Animals carry names that people carry too; none of them is a person, none is marked.
PETS = (
    "Bella", "Max", "Sixten", "Molly", "Charlie", "Sigge", "Ronja", "Harry", "Alfons", "Ludde",
    "Selma", "Elsa", "Frasse", "Majken", "Doris", "Nala", "Luna", "Milo", "Oscar", "Tindra",
    "Zelda", "Buster", "Lilly", "Sally", "Stella", "Bamse", "Totte", "Nisse", "Maja", "Saga",
    "Lova", "Iris", "Otto", "Frank", "Rocky", "Teddy", "Simba", "Kasper", "Tage", "Svea", "Vera",
    "Astrid", "Greta", "Hugo", "Loke", "Frej", "Bosse", "Rufus", "Bruno", "Cooper", "Daisy",
    "Poppy", "Alfie", "Bailey", "Rosie", "Lola", "Coco", "Archie", "Ruby", "Leo", "Bonnie",
    "Winston", "Murphy", "Sam", "Benji", "Elvis", "Gösta", "Kalle", "Pelle", "Lisa", "Holger",
    "Ebba", "Knut", "Signe", "Wilma", "Texas", "Morris", "Findus", "Pricken", "Tussan", "Fia",
)  # fmt: skip
HORSES = (
    "Quintus", "Cassini Girl", "Bellman", "Diamant", "Fanny", "Tornado", "Mollie", "Ronja B",
    "Corrado", "Cash", "Harry", "Stjärnblomma", "Lord Lucky", "Donna Bella", "Zorro", "Cinderella",
    "Nicke", "Silver Moon", "Ebba Z", "Max Power", "Charlie Brown", "King Edward", "Hilda", "Tindra",
    "Balder", "Freja", "Golden Boy", "Lady Grey", "Sixten", "Bravo", "Mister Mojo", "Tösen",
    "Molly Malone", "Prins", "Vilja", "Sigge", "Florentine", "Alfons Åberg", "Bosse", "Kid Harmony",
)  # fmt: skip
BREEDS_SV = (
    "labrador retriever", "golden retriever", "tax", "jämthund", "svensk lapphund", "schäfer",
    "border collie", "cocker spaniel", "fransk bulldogg", "chihuahua", "shetland sheepdog",
    "drever", "norrbottenspets", "hamiltonstövare", "västgötaspets", "pudel", "cavalier king charles spaniel",
    "flatcoated retriever", "australian shepherd", "dvärgschnauzer", "jack russell terrier", "whippet",
)  # fmt: skip
BREEDS_EN = (
    "Labrador", "Cocker Spaniel", "Border Collie", "Springer Spaniel", "Jack Russell", "Whippet",
    "French Bulldog", "Dachshund", "Cavapoo", "Staffordshire Bull Terrier", "Greyhound", "Beagle",
    "Golden Retriever", "Border Terrier", "Cockapoo", "Lurcher",
)  # fmt: skip
CAT_BREEDS = {
    "sv": ("norsk skogkatt", "maine coon", "ragdoll", "helig birma", "huskatt", "brittiskt korthår", "sibirisk katt", "bengal"),
    "en": ("British Shorthair", "Maine Coon", "Ragdoll", "moggy", "Siamese", "Bengal", "domestic shorthair"),
}  # fmt: skip
HORSE_BREEDS = {
    "sv": ("islandshäst", "nordsvensk brukshäst", "gotlandsruss", "svenskt halvblod", "shetlandsponny", "connemara", "welshponny", "fjordhäst", "fullblod", "travare"),
    "en": ("Welsh Section D", "Irish Draught", "Thoroughbred", "Shetland pony", "Connemara", "Cob", "Warmblood", "Highland pony"),
}  # fmt: skip
KENNELS = (
    "Kennel Solgläntans", "Kennel Vargflockens", "Snömyrens kennel", "Kennel Älvdalens",
    "Kennel Fjällvindens", "Kennel Lilla Tassens", "Rödmyrans kennel", "Kennel Stjärnfallets",
    "Kennel Tallmons", "Kennel Blåbärsskogens", "Kennel Norrskenets", "Kennel Havsbrisens",
)  # fmt: skip
STABLES = (
    "Stall Björkhaga", "Stall Lugnet", "Stall Ekbacken", "Stall Granhill", "Stall Tornado",
    "Stall Solvik", "Stall Hästhagen", "Stall Kullen", "Stall Rosendal", "Stall Stensäter",
)  # fmt: skip
CLINICS_SV = (
    "Djurkliniken i Norrtull", "Evidensia Djurkliniken", "AniCura Djursjukhus", "Blå Stjärnans Djursjukhus",
    "Strömsholms Hästklinik", "Distriktsveterinärerna", "Smådjurskliniken City", "Djurens Hus",
    "Hästkliniken Mälardalen", "Veterinärstationen i Tranås", "Djursjukhuset Söder", "Katt- och hundkliniken",
)  # fmt: skip
CLINICS_EN = (
    "Hill Farm Vets", "Riverside Veterinary Centre", "Castle Vets", "Meadows Animal Hospital",
    "Valley Equine Clinic", "Northgate Vets", "Greenfields Veterinary Practice", "The Cat Clinic",
)  # fmt: skip
INSURERS = ("Agria", "Sveland", "Folksam", "Trygg-Hansa", "If", "Dina Försäkringar", "Petplan", "ManyPets", "Gjensidige", "Länsförsäkringar")  # fmt: skip

SV = (
    # veterinary clinics: bookings, journals, referrals, lab results, reminders
    "Bokningsbekräftelse – {CLINIC}\nDjur: {PET} ({BREED}), chip {CHIP}\nÄgare: {P#1}\nTid: {DAY} {DATE} kl. {TIME} hos leg. vet. {P:f}\nAvbokning senast 24 h innan på {PH} eller {OM}.",
    "JOURNAL {JOUR}\nPatient: {PET}, {BREED}, vikt {KG}\nDjurägare: {R#1}, {PNR}\n{A}\nTel: {PH}\nAnamnes: haltar vä bak sedan {DAY}. Temp {TEMP}. Gav Metacam {DOSE}.\nSign. {I}, leg. vet.",
    "Remiss till {CLINIC}\nRemitterande veterinär: {P#1}, {CLINIC}, tel {PH}\nPatient: {PET} ({BREED}, född {BORN}, chip {CHIP})\nÄgare: {P#2}, {AL}, mobil {PH}\nFrågeställning: misstänkt korsbandsskada. Röntgen bifogas, se {Ss#1} anteckningar.",
    "Hej {G#1}!\nNu har vi fått svar på {PETs} blodprover (labbnr {LAB}). Njurvärdena ser fina ut, lite förhöjt ALT. Ring gärna mig på {PH} så pratar vi om fortsättningen.\nMvh {P#2:f}, leg. veterinär\n{CLINIC}",
    "PÅMINNELSE: Dags för vaccination! {PET} är inbokad för kombinationsvaccin och kontroll {DATE} kl {TIME}. Välkommen till {CLINIC}, {AC}. Frågor: {PH}. /Receptionen",
    "Provsvar {LAB} – {PET} ({BREED})\nBeställare: leg. vet. {I}\nÄgare: {P}\nT4: 38 nmol/l. Kortisol normalt. Kontrollprov om 4 veckor.",
    "Epikris efter operation\nPatient {PET}, journalnr {JOUR}, vikt {KG}\nOpererande veterinär: {P}. Narkosansvarig djursjukskötare: {P}.\nHemgång {DATE}. Stygnen tas om 10–12 dagar hos er ordinarie veterinär.\nÄgare: {R}, {A}, {PH}",
    "Tandrengöring {PET}, {DATE}\nÄgare {P#1} ({PH})\nUtförd av veterinär {Gi} och djursjukskötare {G}. Två tänder extraherade (208, 308). Faktura {AMT} skickas till {AL}.",
    "Kallelse till årlig hälsokontroll\nTill {P}\n{AL}\n\n{PET} fyller snart {AGE} år och det är dags för hälsokontroll. Boka via {OM} eller ring {PH} vardagar 8–16.\nVänliga hälsningar\n{CLINIC}\n{BOX}",
    "Receptförnyelse Vetoryl {DOSE} till {Ps} hund {PET}. Ägare {P}, pnr {PNR}. Hämtas på Apoteket. Förskrivare: {P}, leg. vet., förskrivarkod {CUST}.",
    "Akutjournal natt {DATE}\nJourhavande: {P#1}\nDjur: {PET}, {BREED}, ca {KG}\nÄgare: {P#2} ({PNR}), tel {PH}, adress {A}\nBedömning: magomvridning. Op. direkt. Kontaktperson om ägaren ej nås: {Gs} bror {P:m}, {PH}.",
    "Hej! {PET} är klar att hämtas efter kastreringen 🙂 Hen är lite groggy men har ätit. Välkommen efter {TIME}. /{G}, djursjukskötare på {CLINIC}, {PH}",
    "Köksbordsanteckning till {g#1}:\nring kliniken {PH} om provsvaren\n{PET} ska ha {DOSE} morgon och kväll\nveterinären hette {S} tror jag\n/{n}",
    "DJURÄGARE: {U#1}\nPERSONNR: {PNR}\nADRESS: {AL}\nTELEFON: {PH}\nE-POST: {E#1}\nDJURETS NAMN: {PET}   RAS: {BREED}   CHIP: {CHIP}",
    # insurance: claims and letters
    "Skadeanmälan {INSURER}\nFörsäkringsnummer: {INS}\nFörsäkringstagare: {P#1}\nPersonnummer: {PNR}\nAdress: {A}\nTelefon: {PH}\nDjur: {PET}, {BREED}, chip {CHIP}\nBehandlande veterinär: {P} på {CLINIC}\nKostnad: {AMT}\nSkickas till {INSURER}, {BOX}",
    "Hej {G#1},\nvi har tagit emot din skadeanmälan för {PET} (skadenummer {CLAIM}). Vi ersätter {AMT} efter avdrag för självrisk. Utbetalning sker till konto inom 5 bankdagar.\nMed vänlig hälsning\n{P}\nSkadereglerare, {INSURER}\nTel {PH}",
    "Beslut i ärende {CLAIM}\n{P#1}\n{AL}\n\nVi kan tyvärr inte ersätta kostnaden för {PETs} tandbehandling, då tandsten inte omfattas av försäkring {INS}. Du kan begära omprövning hos {INSURER}, {BOX}.",
    "Försäkringsbrev – Hästförsäkring\nFörsäkringstagare: {RU#1}\nPersonnr {PNR}, {ARL}\nHäst: {HORSE}, UELN {UELN}, {HBREED}\nVeterinärvårdsbelopp {AMT}, livvärde {AMT}\nOrgnr {INSURER}: {ORGNR}",
    "Fullmakt\nJag, {F#1} ({PNR}), ger {P#2} rätt att för min räkning kontakta {INSURER} och {CLINIC} om min hund {PET}, försäkring {INS}.\n{TOWN} {DATE}\n{P#1}",
    "Anteckning från telefonsamtal {DATE} {TIME}: {S#1} ringde (mobil {PH}) angående skada {CLAIM} för katten {PET}. Hen skickar kvitton till {OM}. Handläggare: {I}.",
    # shelters and rehoming
    "Adoptionsavtal – Djurhemmet i {TOWN}\nKatt: {PET}, hona, chip {CHIP}, kastrerad {DATE}\nNy ägare: {F#1}, {PNR}\nAdress: {STL}\nTel: {PH}, e-post {E#1}\nAdoptionsavgift: {AMT}\nFör djurhemmet: {P}",
    "Omplaceras: {PET}, {AGE} år, {BREED}. Trygg med barn och katter, ovan vid att vara ensam. Kontakta volontären {G} på {PH} (helst sms). Hemkontroll görs innan flytt.",
    "Hembesök inför adoption {DATE}\nSökande: {P#1} och {P#2}\n{AR}\nTomt inhägnad, inga andra djur. Ok för adoption av {PET}.\nBesöket gjordes av {P}, kattjouren.",
    "Hej {N}! Tack för att du vill bli jourhem för {PET} och hennes fyra ungar 💛 Foder och kattsand hämtar du hos {P} på {ST}. Ring mig om något: {PH} /{N}",
    "Volontärschema vecka {NUM}, kattstugan\nmån: {R}\ntis: {R}\nons: {R} ({PH})\ntors: stängt\nfre: {R}\nNyckel finns hos föreståndaren {P}.",
    "Anmälan om övergivet djur\nAnmälare: {P#1}, tel {PH}\nPlats: vid {ST} i {TOWN}\nHund av typen {BREED}, ingen chip hittad (skanner visade {CHIP} på en annan hund i samma bil).\nMottagen av {P}, djurskyddsinspektör.",
    # breeders and litters
    "Valplista {KENNEL} – kull född {BORN}\nTik: {PET} {REGNR}\nHane: {PET} {REGNR}\n\nValp 1 (hane, svart): {R} – {PH}\nValp 2 (tik, gul): {R} – {PH}\nValp 3 (tik, gul): ledig\nValp 4 (hane, svart): {R}, {A}",
    "Köpeavtal hundvalp\nSäljare: {P#1}, {KENNEL}, {ARL}, tel {PH}\nKöpare: {F#2}, personnr {PNR}\n{AL}\nValp: {PET}, {BREED}, reg.nr {REGNR}, chip {CHIP}\nPris: {AMT}. Handpenning {AMT} betald {DATE}.",
    "Hej {G#1}!\nValparna är nu {WEEKS} veckor och {PET} (din lilla tik med rosett) väger {KG}. Välkommen och hälsa på {DAY} efter {TIME}! Adress: {AR}. Ring när ni åker från {TOWN} så möter {G} upp vid vägen.\nHälsningar {G}, {KENNEL}",
    "Parningsintyg\nTik: {PET}, {REGNR}, ägare {P}\nHanhund: {PET}, {REGNR}, ägare {P}, {A}\nParningsdatum {DATE} och {DATE}. Intygas av {P} och {P}.",
    "Kullannons: {BREED}-valpar från {KENNEL}. Föräldrarna HD A/A, ögonlysta {DATE}. Leverans vecka {NUM}. Frågor till uppfödaren {P}, {PH} eller {E}.",
    "Efterkontroll valpar kull {DATE}:\n– {PET}: {R}, {TOWN}. Mår bra, väger {KG}.\n– {PET}: {R}, flyttat till {A}.\n– {PET}: hos {G} {S}, ny tel {PH}",
    "Uppfödarintyg\nHärmed intygas att {P} ({PNR}) är uppfödare av katten {PET}, SVERAK-reg {REGNR}, ras {CBREED}.\nCattery-ägare: {P}, {BOX}",
    # dog walkers, sitters and daycare
    "Dagrapport hunddagis {DATE}\n{PET}: åt allt, lekte med {PET}, sov 13–14.\n{PET}: lite orolig, hämtas av {G} (ej {G}) kl {TIME}.\nPersonal idag: {N}, {G} och {Gi}\nTel dagis: {PH}",
    "Avtal hundpromenad\nUppdragsgivare: {P#1}, {STL}, portkod 1234\nMobil: {PH}\nHund: {PET}, {BREED}\nNyckel lämnas hos grannen {S} (lgh {NUM}) eller i {Ss} brevlåda.\nPromenad mån–fre {TIME}. Pris {AMT}/mån.\nHundrastare: {Ps} Hundpromenader, orgnr {ORGNR}",
    "Hej {g}! {PET} och jag gick den långa rundan förbi {STN} idag, hon var jättegullig. Glömde nyckeln i brevlådan så ring mig på {PH} innan du går hem 🐾 /{n}",
    "Kattvakt sommaren – instruktion till {G#1}\nMata {PET} och {PET} 2 ggr/dag, {DOSE} insulin till {PET} kl 8.\nVeterinär: {CLINIC}, {PH}\nOm något händer ring mig {PH} eller min mamma {P:f} {PH}. {Gs} nyckel funkar också.\nAdressen är {A}.",
    "Faktura {ORDER}\n{Ps} Djurpensionat, {AR}\nOrgnr {ORGNR} · Bankgiro {BG}\nKund: {P}, kundnr {CUST}\n{PET}, 6 nätter à 290 kr = {AMT}\nOCR {OCR}",
    "Inskrivning hundpensionat\nHund: {PET} ({BREED}, {KG}) Chip: {CHIP}\nÄgare: {P#1}\nAdress: {A}\nTel: {PH} Nödkontakt: {P}, {PH}\nVaccinerad {DATE}. Mediciner: {DOSE} Rimadyl.",
    # riding schools and stables
    "Lektionslista {DAY} {TIME}, ridskolan {STALL}\nRidlärare: {P}\n{R} – {HORSE}\n{R} – {HORSE}\n{R} – {HORSE}\n{R} – {HORSE}\nÅterbud till {PH} senast kl 12.",
    "Inackorderingsavtal\n{STALL}, {ARL}\nStallägare: {P#1}, {PH}\nHästägare: {F#2}, personnummer {PNR}, {AL}\nHäst: {HORSE}, UELN {UELN}\nBoxhyra {AMT}/mån, faktureras via bankgiro {BG}.",
    "Stallets anslagstavla:\nHovslagare kommer {DAY}! {HORSE} ({Gs}), {HORSE} ({Gs}) och {HORSE} skor. Hovslagare {P}, {PH}.\nVeterinär {S} vaccinerar {DATE}. Skriv upp er hos {G}!",
    "Hej alla inackorderade! Nya hagrutiner från {DATE}: {HORSE} och {HORSE} går i stora hagen. {P} tar morgonfodring vardagar, {P} helger. Vid problem ring stallchefen {P} {PH}. /{G}",
    "Foderstat {HORSE}, box {NUM}\nMorgon: 4 kg hö, 1 l havre\nKväll: 5 kg hö, mineral\nÄgare {P} tel {PH} – ring vid kolik!\nVeterinär: {CLINIC}",
    "Medlemsansökan {STALL}s ridklubb\nNamn: {U#1}\nPersonnummer: {PNR}\nGatuadress: {ST}\nPostadress: {TOWN}\nMobil: {PH}\nMålsman: {P}",
    "Ridlägret v. {NUM}: deltagare och föräldrar\n1. {P} (mamma {G:f}, {PH})\n2. {P} (pappa {G:m}, {PH})\n3. {P} (mamma {G:f} {S}, {PH})\nLägerledare: {P}",
    "Försäljningsannons: {HORSE}, {HBREED}, {AGE} år, mkt snäll på marken, hoppat 1.10. Står på {STALL} i {TOWN}. Pris {AMT}. Ring {G} på {PH} eller mejla {E}.",
    # shows and competitions
    "Resultatlista Lokal hoppning LA, {STALL}, {DATE}\n1. {P} – {HORSE}, 0 fel\n2. {P} – {HORSE}, 0 fel\n3. {P} – {HORSE}, 4 fel\nDomare: {P}. Banbyggare: {P}.",
    "Utställning SKK, {TOWN} {DATE}\nRing {NUM}, domare {P}\nBIR: {PET} ({REGNR}), förare {P}\nBIM: {PET}, uppfödare {P}, {KENNEL}\nBästa valp: {PET}, ägare {P}",
    "Anmälan dressyr LC:1, {DATE}\nRyttare: {P#1} ({PNR})\nHäst: {HORSE} (UELN {UELN})\nKlubb: {STALL}s RK\nKontakt: {E#1}, {PH}",
    "Gratulerar {G#5} och {Gs#5} {HORSE} till segern i Msv C i helgen!!! 🏆 Tack {P} för fin träning och {Ns} pappa för lånet av hästtransporten 🙏",
    "Agilityresultat klass 2, {DATE}\n1. {P} med {PET}\n2. {P} med {PET}\n3. {R} med {PET}\nTävlingsledare {P}, {PH}",
    "Protokoll viltspår {DATE}\nHund {PET} ({REGNR}), förare {P#1}\nDomare {P}, {AR}\nBetyg: 1:a pris. Spårlängd 600 m, liggtid 3 h.",
    # lost and found
    "SAKNAD KATT! {PET}, grå hane med vit tass, chip {CHIP}. Försvann från {ST} i {TOWN} {DAY} kväll. Ring {P} {PH}. Hittelön!",
    "Upphittad hund vid {STN}! Ljus {BREED}, rött halsband, ingen bricka. Hen är hos mig nu, {Gs} katt är inte glad 😅 Hör av er på {PH} /{N}",
    "Hej! Jag läste din efterlysning på {PET}. Jag tror jag såg honom igår vid {ST}, nära dagiset. Mitt namn är {P}, nr {PH}.",
    "Polisanmälan upphittat djur: katt, chip {CHIP} registrerad på {P}, {A}. Kontaktad {DATE} på tel {PH}. Handläggare {I}, ärendenr {CLAIM}.",
    "Till {G}: {PET} är hittad!!! Han satt i {Ss} lada på {FARM}. Ring mig {PH} / {N}",
    "Efterlysning i Facebookgruppen: {PET}, {BREED}, försvunnen sedan {DATE} från {AR}. Ägare {P}, {PH}. Dela gärna!",
    # pet passports and travel
    "EU-pass för sällskapsdjur nr {PASS}\nÄgare: {P#1}\nAdress: {A}\nTel: {PH}\nDjur: {PET}, {BREED}, chip {CHIP}\nRabiesvaccin {DATE}, leg. vet. {P}, {CLINIC}",
    "Inför resan till Norge: {PET} behöver avmaskning 24–120 h före inresa. Bokad hos {P} {DATE}. Vi bor hos {Ps} på {ANO}, tel {PHNO}.",
    "Intyg om rabiesantikroppar\nDjur: {PET}, chip {CHIP}\nÄgare: {P}, {AL}\nProv taget {DATE} av {P}, svar {LAB}: 2,4 IE/ml.",
    "Flytt med katt till Spanien:\nGamla adressen: {A}\nNya adressen: {AES}\nSpansk veterinär: {CLINIC}? – nej, {P}, tel {PHES}\nPassnr {PASS}",
    "Hämtning av häst från Tyskland {DATE}: {HORSE}, UELN {UELN}. Säljare {P}, {ADE}, {PHDE}. Transportör: {Ps} Hästtransporter, {PH}.",
    # farm animals and the vet on call
    "Veterinärjouren {DATE} kl {TIME}\nRingde: {P#1}, {ARL}\nTel: {PH}\nKo nr {EAR} kalvar, kalven ligger fel. Jourvet. {P} åker.\nProduktionsplatsnr {PPN}",
    "Behandlingsjournal nötkreatur\nDjurhållare: {P}, {AR}\nProduktionsplats {PPN}\nDjur: {EAR}\nDiagnos: mastit. Penicillin {DOSE} i 5 dagar. Karens 7 dygn.\nVeterinär {I}",
    "Hej {G}! Kan du titta på tackan med hälta imorgon? Hon står i {Ss} gamla fårhus på {FARM}. Jag är hemma efter {TIME}. /{N} {PH}",
    "Besättningsbesök {DATE}\nGård: {AR}\nÄgare {P} och {P}\nAntal kor: {NUM}. Klövverkare {P} bokad {DATE}.\nOrgnr lantbruket: {ORGNR}",
    "Distriktsveterinären: jourtelefon {PH}. Hästar och lantbruksdjur i {TOWN}s kommun. Jourveterinär denna helg är {P}, nås även på {E}.",
    "Avlivning och hämtning av häst {HORSE}, {DATE}\nÄgare: {P} ({PNR})\nUppställningsplats: {AR}\nBeställt av {P}, tel {PH}. Faktura {AMT}.",
    # owners' chat groups
    "[Hundägare i {TOWN}] {g}: nån som vet en bra vet här? {PET} har kliat sig hela veckan\n{g}: vi går till {P} på {CLINIC}, jättebra\n{g}: eller ring {s} på {PH}",
    "{p}: hej alla, tappade en koppel vid {a} igår kväll, grön med reflex\n{p}: ligger på vår trappa! {PH}",
    "kattgruppen:\n{n}: {PET} har fått valpar 😻 3 st, ringa mig om ni vill ha en {PH}\n{g}: åh! grattis, säg till {ns} barn\n{g}: tänk på att chippa dem innan",
    "{g}: påminner om hundträffen {DAY} kl {TIME} hos {g} på {a}\n{g}: kommer med {PET}!\n{n}: vi kommer sent, {gs} bil är på verkstan",
    "[Stallchatten] {g}: {HORSE} har tappat en sko\n{n}: ring hovslagaren {P} {PH}\n{g}: tack! och {HORSE} har klivit på mitt staket igen 😅",
    "Ridskolan föräldragrupp: Hej! {N:f} (mamma till {G}) här. Kan någon skjutsa {DAY}? Vi bor på {ST}. Mitt nr {PH}",
    "{n}: har nån lånat min hästtransport?? den står inte på {FARM}\n{g}: {s} lånade den igår, ring {g} {PH}",
    "{g}: vem var veterinären som kom till er? 🐴\n{n}: {P:f}! superbra. hennes nr {PH}, hon är {Ss} syster\n{g}: tack!!",
    # firms named after people, letters, mixed
    "Kvitto\n{Ps} Hundtrim, {AC}, orgnr {ORGNR}\nKlippning {PET}, {BREED}: {AMT}\nTack för besöket! Boka igen på {PH} eller {OM}",
    "{SUs} HOVSLAGERI\n{AR}\nTel {PH}\nSkoning {HORSE} (ägare {P}): {AMT} inkl. moms. Betala till bankgiro {BG}, OCR {OCR}.",
    "Brev till grannen: Hej {P}! Er hund {PET} har varit inne hos oss på {ST} tre gånger denna vecka och jagat hönsen. Kan vi prata? Ring {PH}. Hälsningar familjen {S}",
    "Meddelande från Länsstyrelsen\nTill: {P}\n{AL}\nDjurskyddskontroll av hund {PET} genomförd {DATE}. Inga brister. Handläggare: {P}, djurskyddshandläggare, {PH}. Dnr {CLAIM}.",
    "Vaccinationsintyg häst\nHäst: {HORSE}, UELN {UELN}, chip {CHIP}\nÄgare: {P}, {ARL}\nInfluensa {DATE} och {DATE}, stelkramp {DATE}.\nVaccinerad av leg. vet. {P}, {CLINIC}, tel {PH}",
    "SMS från {CLINIC}: Hej {G}! {PETs} foder (Renal, 2 kg) finns att hämta i receptionen. Öppet till {TIME}. Frågor? {PH}. Svara inte på detta sms.",
    "Anmälan till hundregistret, Jordbruksverket\nÄgare: {P} {PNR}\nAdress: {A}\nHundens id-nummer: {CHIP}\nÄgar-id: {CUST}",
)

EN = (
    # vets
    "Appointment confirmation – {CLINIC}\nPatient: {PET} ({BREED}), microchip {CHIP}\nOwner: {P#1}\nWhen: {DAYEN} {DATEEN} at {TIME} with {P:f} MRCVS\nTo cancel call {PHUK} or email {OM}.",
    "CLINICAL NOTES {JOUR}\nPatient: {PET}, {BREED}, {KG}\nClient: {R#1}\n{AU}\nTel {PHUK}\nHx: vomiting x3 since {DAYEN}. T {TEMP}. Given maropitant {DOSE} SC.\nSeen by {I} BVSc",
    "Referral letter\nDear colleague,\nplease see {PET}, a {AGE}-year-old {BREED} owned by {P#1} ({AUL}, mobile {PHUK}), for an orthopaedic opinion.\nKind regards,\n{P} BVM&S MRCVS\n{CLINIC}, {PHUK}",
    "Hi {G#1},\nthe lab results for {PET} are back (ref {LAB}). Thyroid is within range but liver enzymes are slightly up. Could you give me a ring on {PHUK}?\nBest wishes,\nDr {S#2}\n{CLINIC}",
    "Reminder: {PET'} booster is due! Book online or call {CLINIC} on {PHUK}. Our new address is {AU}.",
    "Discharge sheet – {PET}\nSurgeon: {P}\nNurse: {P} RVN\nGo home: {DATEEN}\nMeds: meloxicam {DOSE} once daily with food.\nOwner: {P}, {PHUK}",
    "Note for {g#1}:\ncall the vets about {PET'} results, {PHUK}\nthe nice vet was {G}, not {G'} colleague\n– {n}",
    "OWNER NAME: {U}\nADDRESS: {AUL}\nPHONE: {PHUK}\nEMAIL: {E}\nPET NAME: {PET}   SPECIES: canine   CHIP: {CHIP}",
    # insurance
    "Claim form – {INSURER}\nPolicy number: {INS}\nPolicyholder: {F#1}\nAddress: {AU}\nPhone: {PHUK}\nPet: {PET}, {BREED}\nTreating vet: {P}, {CLINIC}\nAmount claimed: {GBP}",
    "Dear {P#1},\nthank you for your claim {CLAIM} for {PET}. We will pay {GBP} after your excess. If you have questions, call {P} in our claims team on {PHUK}.\nYours sincerely,\n{INSURER} Claims",
    "Dear Mr {S:m},\nwe regret we cannot cover {PET'} dental treatment under policy {INS}, as it relates to a pre-existing condition noted on {DATEEN}.\n{P}\nClaims Handler",
    "Call note {DATEEN} {TIME}: {S} rang from {PHUK} re claim {CLAIM}, cat {PET}. Will email invoices to {OM}. Handled by {Gi}.",
    # shelters
    "Adoption agreement – {TOWN} Animal Rescue\nDog: {PET}, male, neutered, chip {CHIP}\nAdopter: {F#1}\nAddress: {AU}\nPhone: {PHUK}, email {E#1}\nAdoption fee: {GBP}\nFor the rescue: {P}",
    "Looking for a home: {PET}, {AGE}, {BREED}. Good with kids, not with cats. Contact our volunteer {G} on {PHUK}. Home check required.",
    "Home check {DATEEN}\nApplicants: {P} and {P}\n{AU}\nGarden fully fenced. Approved for {PET}.\nChecked by {P}",
    "Foster rota, cattery\nMon: {R}\nTue: {R} ({PHUK})\nWed: closed\nThu: {R}\nKeys with the manager, {P}.",
    # breeders
    "Puppy list – litter born {DATEEN}\nDam: {PET} (KC reg {REGNR})\nSire: {PET}\n1. Dog, black: {R}, {PHUK}\n2. Bitch, yellow: {R}, {au}\n3. Bitch, yellow: reserved for {G}",
    "Puppy sale contract\nBreeder: {P#1}, {AUL}, tel {PHUK}\nBuyer: {P#2}, {AU}\nPuppy: {PET}, {BREED}, chip {CHIP}\nPrice {GBP}, deposit {GBP} paid {DATEEN}.",
    "Hi {G}!\nThe pups are {WEEKS} weeks now and {PET} (your girl with the blue ribbon) weighs {KG}. Come and visit {DAYEN} after {TIME}, {N'} kids can't wait. We're at {AU}. Call me when you're leaving.\n{G}",
    "Litter advert: {BREED} puppies, both parents health tested. Ready {DATEEN}. Enquiries to the breeder {P}, {PHUK} or {E}.",
    # walkers, sitters, daycare
    "Daycare report {DATEEN}\n{PET}: ate everything, played with {PET}.\n{PET}: bit anxious, collected by {G} (not {G}) at {TIME}.\nStaff today: {G}, {G} and {Gi}\nDaycare phone: {PHUK}",
    "Dog walking agreement\nClient: {P#1}, {AU}\nMobile: {PHUK}\nDog: {PET}, {BREED}\nSpare key with neighbour {S}.\nWalks Mon–Fri at {TIME}, {GBP} a week.\nWalker: {S'} Dog Walking",
    "hi {g}! took {PET} round the park by {au}, she was a star. left the key under the mat, text me on {PHUK} x {n}",
    "Pet sitter notes for {G#1}\nFeed {PET} and {PET} twice a day, insulin {DOSE} for {PET} at 8.\nVet: {CLINIC}, {PHUK}\nEmergency: me {PHUK} or my mum {P:f}, {PHUK}.\nThe address is {AU}.",
    "Invoice {ORDER}\n{S'} Boarding Kennels, {AU}\nClient: {P}, account {CUST}\n{PET}, 6 nights: {GBP}\nSort code 12-34-56",
    # stables
    "Lesson list {DAYEN} {TIME}, {STALL} riding school\nInstructor: {P}\n{R} – {HORSE}\n{R} – {HORSE}\n{R} – {HORSE}\nCancellations to {PHUK} by noon.",
    "Livery agreement\nYard: {AU}\nYard owner: {P#1}, {PHUK}\nHorse owner: {P#2}, {AU}\nHorse: {HORSE}, passport {UELN}\nFull livery {GBP} per week.",
    "Yard noticeboard: farrier {DAYEN}! {HORSE} ({G}), {HORSE} ({R}) and {HORSE} need shoes. Farrier {P}, {PHUK}. Vet {S} does teeth on {DATEEN}, {P'} horse first.",
    "For sale: {HORSE}, {HBREED}, {AGE}yo, safe hack, jumped 1m. Based near {TOWN}. {GBP} ono. Call {G} on {PHUK} or email {E}.",
    # shows
    "Results – Unaffiliated Showjumping, {DATEEN}\n1st {P} riding {HORSE}, clear\n2nd {P} riding {HORSE}, clear\n3rd {P} riding {HORSE}, 4 faults\nJudge: {P}. Course builder: {P}.",
    "Championship show, {TOWN}, {DATEEN}\nJudge: {P}\nBest of Breed: {PET}, handled by {P}\nBest Puppy: {PET}, owned by {P}",
    "Congratulations to {G'#5} {HORSE} and to {G#5} on winning the novice class on {DAYEN}!! Huge thanks to {P} for the coaching and {G} for the lorry 🙏",
    "Agility results, grade 3\n1. {P} with {PET}\n2. {P} with {PET}\n3. {R} with {PET}\nShow manager: {P}, {PHUK}",
    # lost and found
    "MISSING CAT! {PET}, grey tabby, chipped ({CHIP}). Went missing from {AU} on {DAYEN} night. Please call {P} on {PHUK}. Reward!",
    "Found dog near {STU}! Small {BREED}, red collar, no tag. He's safe with me. Call {PHUK} – {N}",
    "Hi, I saw your post about {PET}. I think I saw him yesterday on {au}. I'm {P}, {PHUK}.",
    "Lost and found log {DATEEN}: cat, chip {CHIP} registered to {P}, {AU}. Contacted on {PHUK}. Logged by {I}, ref {CLAIM}.",
    # passports and travel
    "Pet passport no. {PASS}\nOwner: {P#1}\nAddress: {AU}\nPhone: {PHUK}\nAnimal: {PET}, {BREED}, chip {CHIP}\nRabies vaccination {DATEEN}, vet {P}, {CLINIC}",
    "Travelling to Norway with {PET}: tapeworm treatment 1–5 days before entry, booked with {P} on {DATEEN}. We stay with {P} at {ANO}, tel {PHNO}.",
    "Moving our horse {HORSE} from Germany on {DATEEN}. Seller: {P}, {ADE}, {PHDE}. Transport by {S'} Horse Transport, {PHUK}.",
    "Animal health certificate: {PET}, chip {CHIP}. Owner {P}, {AUL}. Signed by official vet {P} on {DATEEN}.",
    # farm
    "Out-of-hours call {DATEEN} {TIME}\nCaller: {P#1}, {AUL}\nTel {PHUK}\nCow {EAR} calving, malpresentation. Vet on call: {P}.\nHolding number 12/345/6789",
    "Herd health visit {DATEEN}\nFarm: {AU}\nOwners: {P} and {P}\nCows: {NUM}. Foot trimmer {P} booked.",
    "Hi {G}, could you look at the lame ewe tomorrow? She's in the shed at {AU}. Home after {TIME}. {P}, {PHUK}",
    # chat
    "[Dog owners {TOWN}] {g}: anyone know a good vet? {PET} keeps scratching\n{g}: we use {P} at {CLINIC}, brilliant\n{n}: or ring {s} on {PHUK}, {g'} cousin",
    "{p}: lost a lead by {au} last night, green one\n{p}: it's on our step! {PHUK}",
    "[Yard chat] {g}: {HORSE} has lost a shoe\n{g}: call {P} the farrier, {PHUK}\n{n}: thanks! also {HORSE} has trashed my fence again 😅",
    "{g}: who was the vet that came out?\n{g}: {P:f}! brilliant. her number's {PHUK}\n{g}: thank you!!",
    # US
    "Boarding check-in, {CLINIC}\nDog: {PET} ({BREED}), chip {CHIP}\nOwner: {P#1}, {AUS}\nCell: {PHUS}\nEmergency contact: {P}, {PHUS}",
    "Hey {G}! {PET} did great at her first barn show, 2nd in the walk-trot. Thanks {N} for trailering us and {G'} mom for the snacks. Text me at {PHUS}! – {G}",
)

MIXED = (
    # Swedish and English in one text: owners, breeders, vets and insurers across borders
    "Hi {G#1}! Tack för senast 😊 {PET} is settling in great hos oss. Vet check on {DAYEN} hos {P} på {CLINIC}. Ring mig {PH} if you want updates!\n/{G}",
    "Dear {P#1},\nvalpen {PET} ({BREED}, chip {CHIP}) is ready for pickup vecka {NUM}. Our address: {AR}. Call {PH} when you land at Arlanda.\nMed vänlig hälsning / Kind regards\n{P}, {KENNEL}",
    "Buyer: {P#1}, {AUL}, {PHUK}\nKöpare / contact in Sweden: {P}, {A}, {PH}\nPuppy: {PET}, reg {REGNR}, price {AMT}",
    "Hej! Jag har en fråga om min claim {CLAIM}. The vet in Spain, {P}, says she sent the invoice to {OM}. My number is {PH}. Tack! /{P}",
    "[Hundgruppen {TOWN}] {g}: anyone speak english? {n}: yes! {g}: my dog {PET} is lost near {a}, please call {PH}\n{g}: delar!",
    "Journal note (translated): Patient {PET}, owner {P#1} ({PNR}), address {A}. Seen by leg. vet. {P} on {DATE}. Owner prefers English, mobil {PH}.",
    "From: {P#1} <{E#1}>\nTo: {OM}\nSubject: Booking för {PET}\n\nHi, vi vill boka en tid för vaccination next week. Funkar {DAY}? Otherwise call me, {PH}.\n{G#1}",
    "Inackordering / livery: {HORSE} (owner {P}, {PHUK}) flyttar till {STALL}, {AR}, from {DATE}. Stall manager {P}, {PH}.",
    "{g}: is the farrier coming idag?\n{g}: ja, {P} kommer 14\n{g}: great, {HORSE} needs fronts. his number? \n{g}: {PH}",
    "Lektionslista / lesson list {DAY}\n{R} – {HORSE} (English-speaking, mamma {G:f} {PH})\n{R} – {HORSE}\n{R} – {HORSE}\nInstruktör: {P}",
    "Pet passport check inför flyget to London: {PET}, chip {CHIP}, pass {PASS}. Owner {P}, {STL}. Tapeworm treatment done {DATE} by {P}.",
    "Hej {G}! The puppy contract is attached. Skicka tillbaka signerat, please. Breeder: {P}, {ADK}, {PHDK}. Köparens adress: {A}.",
    "Skadeanmälan / claim: {PET}, försäkring {INS}, {INSURER}. Owner {P#1}, {PNR}. Address {A}. Vet abroad: {P}, {AFI}, tel {PHFI}.",
    "Lost dog!!! Borttappad hund! {PET}, {BREED}, svarar på \"{PET}\". Last seen {ST}. Call/sms {P} {PH} 🙏",
    "hi {g}, {PET} är klar för hämtning after the op 🙂 a bit sleepy men mår bra. pick up after {TIME}, ask for {N} in reception. {PH}",
    "Show results / Resultat, {TOWN} {DATE}\nBIS: {PET} ({REGNR}), handler {P}, owner {P} (UK)\nBIS-2: {PET}, förare {P}\nJudge / domare: {P}",
    "Dear {S'} Livery,\njag heter {P} och rider {HORSE}. Do you have a box ledig från {DATE}? Reach me at {E} or {PH}.",
    "Anteckning: ring {G:f} (the Norwegian breeder) {PHNO}, adress {ANO}. Ask about {PETs} sister. Hon pratar engelska.",
    "Invoice / Faktura {ORDER}\n{Ps} Dog Grooming, {AC}\nOrg.nr {ORGNR}\nClient: {P}\n{PET}, full groom: {AMT}\nBankgiro {BG}",
    "{n}: guys, the vet says {PET} måste fasta from midnight\n{n}: ok! vem kör henne? \n{n}: I can, {gs} bil is free 🚗",
    "Emergency contacts / Nödkontakter\nOwner: {P}, {PH}\nBackup: {P}, {PHUK}\nVet: {CLINIC}, {PH}\nAdress: {AL}",
    "Hello from Poland! We are {P} and {P}, looking for a {BREED}-valp. Vi bor på {APL}, phone {PHPL}. Your kennel was recommended by {P}.",
    "Stable yard rules / Stallregler: Feed times 7 & 17. Ansvarig: {P} {PH}. Vet on call: {P} {PH}. Farrier: {S'} Farriery, {PHUK}.",
    "Re: rehoming {PET}\nHej {G}, thanks for your application! Hembesök on {DAYEN}, ok? Send your address, e.g. {AU} if you're still in the UK. /{P}, volunteer",
    "Sitter instructions / Instruktioner för {G#1}\nFeed {PET} morgon och kväll, {DOSE} medicin med maten.\nIf anything happens: ring {PH} or my sister {P:f} {PH}.\nAddress: {A}",
    "Dagrapport / daily report {DATE}\n{PET}: played with {PET}, åt bra.\nPicked up by {G} kl {TIME}.\nStaff: {Gi}, {G}",
    "ur whatsapp:\n{g}: tack för lånet av {PET}s koppel!\n{g}: no worries 😄\n{g}: jag lämnar det hos {g}, {a}",
    "Hi! I'm {P}, new at {STALL}. Min häst {HORSE} kommer från Tyskland ({ADE}) next week. Vem är ansvarig för hagarna? My number: {PH}",
    "Referral / remiss: {PET}, {BREED}, chip {CHIP}. Owner {P}, {AXL}. Please contact leg. vet. {P}, {CLINIC}, {PH}, {OM}.",
    "Handpenning received, tack! Valpen {PET} is yours. Kontrakt skickas till {AU}. Mvh {G}, {KENNEL}, {PH}",
    "Ridläger / riding camp v. {NUM}\n1. {P} (UK, mum {G:f} {PHUK})\n2. {P} (mamma {G:f}, {PH})\n3. {P}\nLeader: {P}",
    "{G}, can you ta hand om {PET} this weekend? Nyckeln finns hos {S} på {ST}. I'll swish you. {Gs} kids can help too. /{N}",
    "Adoption agreement / Adoptionsavtal\nCat: {PET}, chip {CHIP}\nNew owner: {F#1}, personnummer {PNR}\n{AL}\nTel {PH}\nFor the shelter: {P}",
    "Insurance letter – {INSURER}\nDear {P#1},\ndin försäkring {INS} för {HORSE} förnyas {DATE}. Premium {AMT}. Questions: {P}, {PH}.",
    "[Owners Sweden–UK group] {g}: anyone flown a dog from Arlanda to Heathrow? {g}: ja! use {S'} Pet Transport, ask for {N}, {PHUK}",
    "Hej {G}, here's the puppy list!\n- {PET}: {R} ({PH})\n- {PET}: {R} ({PHUK})\n- {PET}: still available\nKram {G}",
    "Farm visit / gårdsbesök {DATE}: {AR}. Owner {P} speaks English. Cows {EAR}, {EAR}. Vet: {P}, {PH}.",
    "Lost & found: hittade en katt vid {STN}, chip {CHIP}. The database says the owner is {P}, {A}. Kan någon ringa? I don't speak Swedish well. {PHX}",
    "Thank you {P} for taking such good care of {PET} while we were away! Han älskar dig och {Gs} katt 🐶 See you {DAYEN}! /{G} och {G}",
    "Häst till salu / horse for sale: {HORSE}, {HBREED}, {AGE} år. Stands at {STALL}, {TOWN}. Price {AMT}. Contact {P}, {PH}, {E}.",
    "{G}: hej! är {PET} friskförklarad? Can she come to dagis again?\n{G}: yes, vet {S} said ok. tack!",
    "Hundpensionat check-in: dog {PET}, owner {P#1} ({E#1}), home address {STL}, mob {PH}. Emergency: {P}, {PHX}.",
    "Hej! {PET} is back from the breeder in Finland. Breeder contact: {P}, {AFI}, {PHFI}. Vi kör från Åbo on {DAY}.",
    "Tävlingsanmälan / entry: rider {P} (junior, {PNR}), horse {HORSE}, UELN {UELN}, club {STALL}s RK. Contact {PH}.",
    "Hi {G}, vi har bytt nummer! Nya numret är {PH}. Also new address: {A}. Hälsa {PET}! /{P}",
    "Kennel visit notes: {KENNEL}, {AR}. Met {P:f} and her partner {P}. Pups look healthy. Follow-up: {E}, {PH}.",
    "[Stallchatten] {g}: does anyone have {g}s number?\n{g}: {PH}\n{g}: tack! and who's on kvällsfodring tonight?\n{g}: me",
    "Travel plan: {PET} to Spain. Vet in Marbella: {P}, {PHES}. Vår adress där: {AES}. Back in Sweden: {A}.",
    "Dear {G}, tusen tack for the lovely kitten! {PET} is doing fine. Greetings from {P}, {AUL}",
    "Claim note: owner {P} called from {PHX} about {PETs} surgery in Germany, invoice {ORDER}. Handläggare: {I}, {INSURER}.",
)

# Rows with no value, each used once: animals with people's names, look-alike numbers, firms,
# kennels, stables, breeds, towns, dates, weights and doses.
NEGATIVES = (
    ("sv", "Journal {JOUR}: {PET}, {BREED}, vikt {KG}. Temp {TEMP}. Gav {DOSE} Metacam. Återbesök om två veckor."),
    ("sv", "Chipnummer {CHIP} registrerat {DATE}. Reg.nr {REGNR}. Vaccinerad mot valpsjuka och parvo."),
    ("sv", "Skadenummer {CLAIM}, försäkringsnummer {INS}. Ersättning {AMT} betalas ut inom fem bankdagar."),
    ("sv", "{PET} och {PET} leker i hagen, {PET} sover i soffan. Harry är en katt, inte en gäst."),
    ("sv", "Resultat: 1. {HORSE} 0 fel, 2. {HORSE} 4 fel, 3. {HORSE} 8 fel. Bana 1.10, {STALL}."),
    ("sv", "Faktura {ORDER} från {CLINIC}, orgnr {ORGNR}. Bankgiro {BG}. OCR {OCR}. Förfallodag {DATE}."),
    ("sv", "{KENNEL} planerar en kull {BREED} till våren. Tiken {PET} är HD-röntgad och ögonlyst."),
    ("sv", "Veterinären på jouren sa att {PET} ska fasta från midnatt och få {DOSE} på morgonen."),
    ("sv", "Hästpass {UELN}, chip {CHIP}. Vaccinerad mot influensa {DATE}. Född {BORN} i {TOWN}."),
    ("sv", "Öppettider {CLINIC}: vardagar 8–17, lördag 9–13. Akuta ärenden hänvisas till djursjukhuset i {TOWN}."),
    ("sv", "Kossorna Rosa, Stjärna och Gullan kalvade i natt. Öronmärken {EAR} och {EAR}. Produktionsplats {PPN}."),
    ("sv", "Viktkurva {PET}: {KG} i januari, {KG} i mars, {KG} nu. Dosen höjs till {DOSE}."),
    ("sv", "Dagens hunddagis: {PET}, {PET}, {PET} och {PET}. Alla åt bra och {PET} fick en ny kompis."),
    ("sv", "{INSURER} höjer premien för hundar av rasen {BREED} med {PCT} från {DATE}."),
    ("sv", "Stallets regler: mockning före 10, hagarna stängs {TIME}. Sixten och Alfons får inte gå ihop."),
    ("sv", "Provnummer {LAB}: negativt för borrelia och anaplasma. Ny kontroll efter säsongen."),
    ("sv", "Saknas: grå katt, chip {CHIP}, försvann {DAY} kväll i {TOWN}. Svarar på Bosse."),
    ("sv", "Ridskolan har {NUM} lektionshästar. Ronja och Molly är bäst för nybörjare, Charlie för de vana."),
    ("sv", "Utställningen i {TOWN} {DATE}: {NUM} anmälda hundar, domare från Norge och Finland."),
    ("sv", "Kundnummer {CUST}, ordernummer {ORDER}. Leveransen av {NUM} säckar foder kommer {DAY}."),
    ("sv", "Kattens namn: {PET}. Ras: {CBREED}. Färg: sköldpadd. Kastrerad: ja. Vaccinerad {DATE}."),
    ("sv", "Tips från veterinären: borsta tänderna på {PET} varje dag och ge {DOSE} fiskolja."),
    ("sv", "Orgnr {ORGNR}, bankgiro {BG}. Djurpensionatet i {TOWN} tar emot katter och smådjur."),
    ("sv", "Hovslagaren kommer {DAY}. {HORSE} och {HORSE} ska skos, {HORSE} bara verkas."),
    ("sv", "Rapport från viltspåret: {PET} spårade 600 meter på {NUM} minuter. Liggtid tre timmar."),
    ("sv", "Lagom till jul: ny kull kaniner hos {KENNEL}. Mamman heter Majken, pappan Alfons."),
    ("en", "Clinical notes {JOUR}: {PET}, {BREED}, {KG}. T {TEMP}. Given {DOSE} meloxicam. Recheck in two weeks."),
    ("en", "Microchip {CHIP} registered on {DATEEN}. Kennel Club reg {REGNR}. Vaccinated against parvo and lepto."),
    ("en", "Claim {CLAIM}, policy {INS}. We will pay {GBP} within five working days."),
    ("en", "{PET} and {PET} are playing in the garden; {PET} is asleep on the sofa. Max is the dog, not the lodger."),
    ("en", "Results: 1st {HORSE}, clear; 2nd {HORSE}, 4 faults; 3rd {HORSE}, 8 faults. Course 90cm."),
    ("en", "Invoice {ORDER} from {CLINIC}, VAT no. GB {OCR}. Payment due {DATEEN}."),
    ("en", "Opening hours, {CLINIC}: Mon–Fri 8–6, Sat 9–12. Out of hours, please use the emergency service in {TOWN}."),
    ("en", "Weight chart for {PET}: {KG} in January, {KG} in March, {KG} now. Dose goes up to {DOSE}."),
    ("en", "Daycare today: {PET}, {PET}, {PET} and {PET}. All ate well and {PET} made a new friend."),
    ("en", "Lab ref {LAB}: negative for Lyme and anaplasma. Retest after tick season."),
    ("en", "Missing: tabby cat, chip {CHIP}, last seen {DAYEN} evening in {TOWN}. Answers to Poppy."),
    ("en", "The riding school has {NUM} ponies. Ruby and Daisy suit beginners; Archie is for the brave."),
    ("en", "Championship show, {TOWN}, {DATEEN}: {NUM} entries, judges from Ireland and Sweden."),
    ("en", "Customer number {CUST}, order {ORDER}. {NUM} bags of feed arriving {DAYEN}."),
    ("en", "Passport {PASS}, chip {CHIP}. Rabies vaccination {DATEEN}. Tapeworm treatment logged."),
    ("en", "Herd report: cows Daisy, Buttercup and Bluebell calved overnight. Tags {EAR} and {EAR}."),
    ("en", "Note to self: order {DOSE} tablets for {PET}, pick up hay, ring the farrier about {HORSE}."),
    ("en", "{INSURER} premiums for {BREED} dogs rise by {PCT} from {DATEEN}."),
    ("mixed", "Journal {JOUR}: {PET}, {BREED}, {KG}. Temp {TEMP}. Given {DOSE}. Återbesök in two weeks."),
    ("mixed", "Chip {CHIP}, reg {REGNR}, pass {PASS}. Rabies {DATE}, ready to travel till England."),
    ("mixed", "{PET} och {PET} are best friends, {PET} is jealous. Charlie är hunden, inte grannen 😄"),
    ("mixed", "Results / resultat: 1. {HORSE}, 2. {HORSE}, 3. {HORSE}. Clear rounds för alla tre!"),
    ("mixed", "Faktura / invoice {ORDER}, orgnr {ORGNR}, bankgiro {BG}, OCR {OCR}. Due {DATE}."),
    ("mixed", "Öppettider / opening hours {CLINIC}: vardagar 8–17, weekends closed. Emergencies: djursjukhuset i {TOWN}."),
    ("mixed", "Weight / vikt: {PET} {KG}, {PET} {KG}. Dosen / the dose is {DOSE} twice daily."),
    ("mixed", "Skadenr {CLAIM}, policy {INS}, {INSURER}. Payment {AMT} within 5 bankdagar."),
    ("mixed", "Dagis today: {PET}, {PET} och {PET}. {PET} was a bit sad men åt allt."),
    ("mixed", "{KENNEL} – puppies expected i maj. Dam {PET} ({REGNR}), sire {PET} from Norway."),
    ("mixed", "Lost cat! Saknad katt, chip {CHIP}, {TOWN}. Answers to Sigge, svarar på Sigge."),
    ("mixed", "Stallet: {HORSE} and {HORSE} share the big hage, {HORSE} goes out alone. Hö kl {TIME}."),
    ("mixed", "Lab result {LAB}: borrelia negativ, anaplasma negative. Ny kontroll next season."),
    ("mixed", "Kund/customer {CUST}, order {ORDER}: {NUM} säckar {BREED}-foder, delivery {DAY}."),
    ("mixed", "Hästpass / passport {UELN}, född {BORN}, breed {HBREED}. Owner change registered {DATE}."),
    ("mixed", "Herd note: kor Rosa och Gullan, tags {EAR} and {EAR}, produktionsplats {PPN}."),
    ("mixed", "{INSURER}: premium för {BREED} goes up {PCT} from {DATE}. Läs mer in the app."),
)
