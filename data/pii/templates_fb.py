# ruff: noqa: E501
"""Templates of held-out FB (issue 15): veterinary clinics and animal care.

Written from the writer's own knowledge of the genre: appointment bookings, reminders and SMS,
case notes, referrals and discharge letters, pet insurance claims and decisions, kennels,
catteries and boarding, dog walkers and sitters, breeders' litters, puppy and kitten sales and
contracts, rescue and adoption, registers and ownership changes, shows and clubs, stables and
farm visits, in Swedish, English and mixed text (Swedish and English in one text, as Swedes write
at work). Slots: `{P#1:f}` a person (see `person_segments` in generate_fb.py for the forms, `#n`
the same person again, `:f`/`:m` a woman or a man), values (`{A}` an address, `{PH}` a phone, ...)
and things that are no value (`{PET}` a pet's name, `{CHIP}` a microchip number, ...).
`NEGATIVES` are rows with no value at all, each used once.
"""

MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}  # fmt: skip
# Pets' names: never a value, though many are people's names too.
PETS = {
    "sv": (
        "Molly", "Bella", "Sixten", "Ronja", "Sigge", "Charlie", "Doris", "Elsa", "Ludde", "Nala",
        "Simba", "Zelda", "Loke", "Freja", "Bamse", "Morris", "Findus", "Musse", "Smulan", "Kaspar",
        "Ozzy", "Leo", "Luna", "Milo", "Otto", "Vilma", "Greta", "Juni", "Frasse", "Tyson", "Rocky",
        "Bosse", "Majken", "Nisse", "Pixie", "Kalle", "Texas", "Tindra", "Sotis", "Lakrits", "Pärlan",
        "Kanel", "Nougat", "Totte", "Gösta", "Stella", "Iris", "Knut", "Harry", "Selma", "Maja",
        "Ebbe", "Fia", "Tage", "Mirre", "Tusse", "Pelle Svanslös", "Tjorven", "Mimmi", "Lilleman",
    ),
    "en": (
        "Bella", "Luna", "Max", "Buddy", "Daisy", "Poppy", "Alfie", "Teddy", "Milo", "Bailey", "Coco",
        "Rosie", "Tilly", "Murphy", "Bruno", "Oscar", "Willow", "Biscuit", "Pepper", "Ruby", "Bonnie",
        "Archie", "Rolo", "Ziggy", "Nala", "Smudge", "Tigger", "Misty", "Marley", "Shadow", "Hank",
        "Duke", "Sadie", "Lola", "Winston", "Percy", "Mabel", "Ted", "Bramble", "Pickle", "Bertie", "Nellie",
    ),
}  # fmt: skip
BREEDS = {
    "sv": {
        "dog": (
            "labrador retriever", "golden retriever", "schäfer", "tax", "cocker spaniel", "fransk bulldog",
            "chihuahua", "border collie", "shetland sheepdog", "jämthund", "drever", "västgötaspets",
            "norrbottenspets", "svensk lapphund", "mops", "dvärgschnauzer", "pudel", "cavapoo",
            "berner sennen", "boxer", "rottweiler", "whippet", "vorsteh", "engelsk springer spaniel",
            "bichon frisé", "shih tzu", "havaneser", "papillon", "australian shepherd", "siberian husky",
            "welsh corgi pembroke", "blandras", "flatcoated retriever", "finsk lapphund", "beagle",
        ),
        "cat": (
            "huskatt", "ragdoll", "maine coon", "norsk skogkatt", "bengal", "brittiskt korthår",
            "helig birma", "sibirisk katt", "devon rex", "perser", "rysk blå", "sphynx",
        ),
        "horse": (
            "svenskt halvblod", "nordsvensk brukshäst", "gotlandsruss", "islandshäst", "shetlandsponny",
            "varmblodig travare", "kallblodstravare", "fjordhäst", "connemara", "welshponny", "fullblod",
        ),
    },
    "en": {
        "dog": (
            "Labrador", "Cocker Spaniel", "French Bulldog", "Border Collie", "Staffordshire Bull Terrier",
            "Springer Spaniel", "Golden Retriever", "Cockapoo", "Dachshund", "Whippet", "Lurcher",
            "Greyhound", "German Shepherd", "Beagle", "Pug", "Shih Tzu", "Bichon Frise", "Border Terrier",
            "Westie", "Miniature Schnauzer", "Cavapoo", "Boxer", "Husky", "Goldendoodle", "Labradoodle",
        ),
        "cat": ("Maine Coon", "Ragdoll", "British Shorthair", "Bengal", "domestic shorthair", "Sphynx", "Siamese", "Burmese", "Persian"),
        "horse": ("cob", "Welsh pony", "Thoroughbred", "Shetland pony", "Irish Draught", "Connemara", "Quarter Horse", "Arab"),
    },
}  # fmt: skip
DRUGS = (
    "Metacam", "Rimadyl", "Previcox", "Onsior", "Librela", "Solensia", "Bravecto", "Nexgard",
    "Simparica", "Milbemax", "Drontal", "Apoquel", "Cytopoint", "Synulox", "Clavaseptin",
    "Prednisolon", "Vetmedin", "Cerenia", "Gabapentin", "Tramadol", "Antirobe", "Easotic",
    "Surolan", "Otomax", "Felimazole", "Semintra", "Caninsulin", "Equipalazone", "Loxicom", "Seresto",
)  # fmt: skip
# Clinics, kennels, catteries and shelters named after no person.
CLINICS = {
    "sv": (
        "Djurkliniken Tassen", "Smådjurskliniken Norrstaden", "AniCura Djursjukhus", "Evidensia Djurklinik",
        "Blå Stjärnans Djursjukhus", "Universitetsdjursjukhuset", "Veterinärhuset", "Djurvårdscentralen",
        "Kattkliniken", "Mobila Veterinären", "Distriktsveterinärerna", "Hästkliniken Sörbyn",
        "Regiondjursjukhuset", "Djurkliniken Kvarnen", "Sjöstadens Djurklinik", "Djurhälsan Nord",
        "Veterinärstationen", "Smådjurssjukhuset Väst", "Kliniken för Hund & Katt", "Djurakuten",
    ),
    "en": (
        "Riverside Veterinary Centre", "Oak Tree Vets", "Meadowbank Animal Hospital", "Westgate Vets",
        "Valley Veterinary Group", "Harbourside Small Animal Clinic", "Green Lane Veterinary Surgery",
        "Castle Vets", "Northfield Pet Hospital", "Lakeside Animal Clinic", "Hillview Equine Practice",
        "Parkside Referrals", "City Emergency Vets", "Willow Tree Cattery",
    ),
}  # fmt: skip
INSURERS = {
    "sv": ("Agria", "Sveland", "Folksam", "If", "Trygg-Hansa", "Länsförsäkringar", "Moderna Försäkringar", "Dina Försäkringar", "Gjensidige", "ICA Försäkring"),
    "en": ("Petplan", "ManyPets", "Animal Friends", "Direct Line", "Trupanion", "Healthy Paws", "Embrace", "Nationwide Pet", "Agria UK", "Everypaw"),
}  # fmt: skip

SV = (
    # bookings, reminders, SMS
    "Hej {G#1}! Välkommen med {PET} till {CLINIC} {DAY} {DATE} kl. {TIME}. Du träffar veterinär {P#2:f}. Av- eller ombokning senast 24 timmar innan på {PHF}. Vänliga hälsningar, receptionen",
    "Påminnelse: {PET} har tid för tandrengöring hos {I#1} {DATE} kl {TIME}. Fasta från kl 22 kvällen innan, vatten går bra. Frågor? Ring {PHF}. Svara inte på detta sms.",
    "Bokningsbekräftelse\nDjurägare: {P#1}\nMobil: {PHM}\nDjur: {PET} ({BREED})\nBesök: vaccination + hälsokontroll\nTid: {DAY} {DATE}, {TIME}\nVeterinär: {P#2}\nAdress: {CLINIC}, {AC}",
    "{P#1}\n{AL}\n\nHej!\nNu är det dags för {PETs} årliga vaccination. Boka tid på {PHF} eller via appen. Ta gärna med vaccinationsintyget.\n\nHälsningar\n{CLINIC}\n{BOX}",
    "Tidbok {DAY} {DATE} – {CLINIC}\n{TIME} {PET} ({BREED}), äg. {R}, {PHM}, kloklipp\n{TIME} {PET}, äg. {R}, klåda öron – {G:f}\n{TIME} {PET}, äg. {R}, återbesök hos {S}\n{TIME} {PET}, ny kund, {P}, {A}",
    "Hej! Vi har fått återbud {DAY} kl {TIME} hos {G#1:f}. Vill {PET} ha tiden? Svara JA till {PHF} senast kl 12. /{CLINIC}",
    "Telefonmeddelande till {G#1} (vet): {P#2} ringde ang. {PET} som haltar igen på höger bak. Vill bli uppringd efter kl {TIME}, numret finns i journalen under {S#2}. /{G#3} i receptionen",
    "Ring tillbaka: {P#1}, {PHM}. Katten {PET} kissar blod sedan i morse, ägaren orolig. Bokad akut kl {TIME} hos {S#2}. Tog emot: {Gi#3} (reception)",
    "Från: {P#1} <{E#1}>\nTill: Receptionen <{EF}>\nÄmne: Ombokning {PET#1}\n\nHej! Jag behöver flytta {PETs#1} tid {DAY} kl {TIME} till veckan efter, helst eftermiddag. Jag nås på {PHM}.\n\nMvh {F#1}\n{AL}",
    "Från: {P#1} <{E#1}>\nÄmne: Sv: Kastration {PET}\n\nHej {G#2}!\nTack för svaret. Vi tar tiden {DATE}. Jag lämnar henne kl 8 och min pappa {P#3:m} hämtar på eftermiddagen.\n\nHälsningar\n{P#1}\n{AL}",
    "Hej {G#1}, här är {G#2} på {CLINIC}. Provsvaren för {PET} har kommit och ser fina ut. Ring gärna på {PHF} om du har frågor, annars hörs vi vid återbesöket {DATE}.",
    "SMS från {CLINIC}: Din tid {DATE} kl {TIME} med {PET} är bekräftad. Hitta hit: {ST}, parkering på baksidan. Mvh {G:f}",
    # case notes, referrals, discharge
    "Journal {JNR}\nDjurägare: {P#1}, {A}, tel {PH}\nPatient: {PET}, {BREED}, {AGE} år, hona kastrerad, vikt {KG} kg\nAnamnes: enligt ägaren ({G#1}) kräkningar sedan igår, äter ej.\nStatus: temp {TEMP} °C, lätt öm buk.\nBeh: {DRUG}, dietfoder 3 dagar.\nSign. {I#2}, leg. vet.",
    "Journalanteckning {DATE}: {PET} ({DOG}, hane, {KG} kg) inkommer med ägare {P#1}. Huggormsbett vänster framtass ca kl {TIME} vid sommarstugan på {AR}. Dropp, {DRUG}. Inlagd över natten. Ansv. vet. {P#2}, dsk {G#3}.",
    "Remiss\nTill: {CLINIC}, ortopedi\nFrån: {P#1}, leg. veterinär, {CLINIC}, {BOX}, tel {PHF}\nPatient: {PET}, {DOG}, {AGE} år\nÄgare: {P#2}, {AL}\nMobil: {PHM}, e-post {E#2}\nFrågeställning: korsbandsruptur vänster bak? Positiv draglåda. Önskar bedömning inför TPLO.\nTack på förhand! /{G#1}",
    "Remissvar till {I#1}, {CLINIC}: {PET} (ägare {P#2}) undersöktes {DATE}. Ultraljud visar förstorad mjälte, ingen fri vätska. Förslag: kontroll om 4 veckor. Med vänlig hälsning {P#3}, specialist i hundens och kattens sjukdomar",
    "Hemgångsråd för {PET} – opererad {DATE} av {P#1}, narkos {P#2} (leg. djursjukskötare). Krage på i 10 dagar, koppelpromenader. {DRUG} morgon och kväll. Ring {PHF} om såret vätskar. Stygntagning hos {S#1} eller på närmaste klinik.",
    "Epikris {JNR}\nPatient: {PET} ({BREED})\nÄgare: {RU#1}, {PNR}\n{ACL}\nInlagd {DATE} pga pyometra, opererad samma dag (op. {I#2}, ass. {I#3}). Hemgång dag 2. Återbesök hos ordinarie veterinär {P#4}.",
    "Överlämning nattjour → dagpersonal: {PET} (äg. {P#1}, {PHM}) sov lugnt, åt lite kl 05. {PET} i box {BOXNR} (äg. {S#2}) – ring ägaren innan kl 9, hon vill prata med {G#3} själv. /{g#4}",
    "Anteckning hembesök: avlivning av {PET} ({AGE} år, {BREED}) hemma hos {P#1}, {A}. Närvarande även {Gs#1} sambo {P#2}. Individuell kremering beställd, askan hämtas på kliniken. Vet: {P#3}.",
    "Konsultation via telefon {DATE} {TIME}: {P#1} ({PHM}) ringde om {PET} som ätit choklad, ca 100 g mörk. Hunden väger {KG} kg. Hänvisad till {CLINIC} för kräkning. Rådgivare: {P#2}.",
    "Labbremiss – Blodprov\nInsändande veterinär: {P#1}, {CLINIC}\nAdress: {BOX}\nDjurägare: {S#2}, {G#2}\nDjurslag: katt, {CATB}, {AGE} år\nAnalys: T4, kreatinin, SDMA\nSvar till: {EF}",
    # insurance
    "SKADEANMÄLAN – {INS}\nFörsäkringsnummer: {POL}\nFörsäkringstagare: {P#1}\nPersonnummer: {PNR}\nAdress: {A}\nTelefon: {PH}\nE-post: {E#1}\nDjurets namn: {PET}\nChipnummer: {CHIP}\nBehandlande klinik: {CLINIC}\nVeterinär: {P#2}\nDiagnos: öroninflammation\nKostnad: {AMT}\nUtbetalning: {BANK}",
    "{P#1}\n{AL}\n\nBeslut i skadeärende {CLAIM}\nHej {G#1}! Vi har gått igenom din anmälan för {PET}. Självrisken är {AMTS} och ersättning på {AMT} betalas ut inom fem bankdagar. Frågor? Ring oss på {PHF}.\n\nVänliga hälsningar\n{P#2}, skadereglerare, {INS}",
    "Hej {G#1}! Jag är skadehandläggare på {INS} och behöver journalkopia från {CLINIC} för {PET} innan vi kan ta ställning till ersättningen. Skicka till {EF} och märk med {CLAIM}. Mvh {P#2}",
    "Direktreglering {INS}: Ägare {RU#1}, pnr {PNR}, försäkring {POL}. Djur: {PET}, {BREED}. Behandling: extraktion 3 tänder, {AMT}. Intygas av behandlande veterinär {P#2}.",
    "Angående försäkringen: vi har bytt adress till {A} och jag vill också lägga till min sambo {P#2} som medförsäkringstagare. Försäkringsnr {POL}. Hälsningar {P#1}, {PHM}",
    "Överklagan av beslut {CLAIM}\nJag, {P#1} ({PNR}), överklagar beslutet att inte ersätta {PETs} korsbandsoperation. Enligt {I#2} på {CLINIC} var skadan inte medfödd. Bifogar intyg. Kontakt: {E#1}, {PH}.",
    # kennels, catteries, boarding, sitters
    "Inskrivning – Hundpensionat Tassebo\nÄgare: {R#1}\nPersonnr: {PNR}\nAdress: {AL}\nMobil: {PHM}\nKontakt vid akut: {Gs#1} syster ({P#2}), {PH}\nHund: {PET}, {DOG}, chip {CHIP}\nVaccinerad senast: {DATE}\nRastgård {BOXNR}, hämtas {DATE} kl {TIME}",
    "Kattpensionat Morrhåret: bokning för {PET} och {PET}, {DATE}–{DATE}. Ägare {P#1}, {A}, {PHM}. Vid behov har grannen {P#2} på {ST} extranyckel.",
    "hej {g#1}! jag hämtar {PET} kl {TIME} imorgon som vanligt. nyckeln ligger väl i brevlådan på {a}? /{g#2}",
    "Hundvakt sökes! Vi ({P#1:f} och {P#2:m}) bor på {ST} och söker någon som kan gå ut med vår {DOG} mitt på dagen, mån–fre. Hör av dig till {G#1} på {PHM}.",
    "Hej {G#1}! {PET} har haft det bra hos oss på pensionatet. Hon har ätit allt och lekt mycket med {PET}. Välkommen att hämta {DAY} mellan {TIME} och {TIME}. Hälsningar {G#2}, {AR}",
    "Avtal kattvakt\nUppdragsgivare: {P#1}, {LGH}\nKattvakt: {P#2}, {PHM}\nPeriod: {DATE}–{DATE}\nBesök 2 ggr/dag. Ersättning {AMTS}/dag betalas via Swish till {PHM}.\nVid sjukdom kontaktas {CLINIC}, {PHF}.",
    "{n#1} kan du mata katterna på torsdag? vi kommer hem först på fredag kväll. portkod 4512, lägenheten på {a}",
    "Hundpensionatet {TOWN}: Tack för din bokning, {G#1}! Vi ser fram emot att träffa {PET} {DATE}. Adress: {AR}. Ring {PH} om du blir sen. /{P#2}, ägare",
    "Kennelns rutiner vid vistelse: {PET} (äg. {P#1}) får {DRUG} kl 8 och 20, ges av {G#2} eller {G#3}. Nödkontakt om ägaren ej svarar: {P#4}, {PHM}.",
    # breeders, litters, sales
    "KÖPEAVTAL HUND\nSäljare (uppfödare): {P#1}, {AR}, tel {PH}, personnr {PNR}\nKöpare: {P#2}, {A}, tel {PHM}, personnr {PNR}\nHund: {DOG}, född {BORN}, reg.nr {SKK}, chip {CHIP}\nPris: {AMT}\nUnderskrifter: {I#1} / {I#2}",
    "Valpar väntas i mars! Mor: {PET}, HD A/A, ED 0/0. Far: importerad hane, {SKK}. Intresseanmälan till {P#1}, {PHM} eller {E#1}. Vi bor på landet ({AR}).",
    "Hej {G#1}! Här kommer bilder på kullen. Valpen du tittade på är hanen med vit bläs. Han får flytta {DATE}, efter veterinärbesiktning hos {S#2}. Handpenning {AMTS} till {BANK}. Kram {G#3}",
    "Uppfödarens anteckning: valp 3 (hane, {KG} kg vid 8 v) såld till {P#1}, {A}. Valp 4 behålls som delägd med {P#2}, {VIL}. Valp 5: reserverad för {S#3} i {TOWN}.",
    "Kattungar söker hem! Fyra {CATB}, stamtavla SVERAK, vaccinerade och chipmärkta. Ring eller sms:a {G#1} {PHM}, eller kom förbi på {ST} i {TOWN} efter överenskommelse.",
    "Fodervärdsavtal\nÄgare (kennel): {P#1}, personnummer {PNR}, {ARL}\nFodervärd: {P#2}, personnummer {PNR}, {ACL}\nTik: {PET}, reg.nr {SKK}\nFodervärden får kontakta {CLINIC} eller {G#1} på {PH}.",
    "Parningsintyg: Hane {PET} ({SKK}), ägare {P#1}, {AR}. Tik {PET} ({SKK}), ägare {P#2}, {A}. Parning {DATE} och {DATE}. Avgift {AMT}. Underskrift hanhundsägare: {II#1}",
    "hej! är den svarta valpen kvar? vi bor i {TOWN} och kan komma och titta på lördag. /{p#1} {PHM}",
    # rescue, adoption, lost and found
    "HITTAD KATT vid {ST} i {TOWN}! Grå tigré, hane, verkar tam men ej chipmärkt. Ring {G#1} på {PHM} eller lämna uppgifter hos {CLINIC}.",
    "BORTSPRUNGEN: {PET}, {BREED}, försvann från {AR} igår kväll. Hör av er till {P#1} ({PHM}) eller {Gs#1} bror {G#2}, {ST}. Hittelön!",
    "Adoptionsavtal – Katthemmet {TOWN}\nAdoptant: {P#1}\nPersonnummer: {PNR}\nAdress: {A}\nTelefon: {PHM}\nE-post: {E#1}\nKatt: {PET}, kastrerad, chip {CHIP}\nHembesök utfört av {P#2}",
    "Vi på djurskyddsföreningen söker jourhem! Kontakta vår samordnare {P#1:f} på {PHM}, {E#1}. Insamlingar via bankgiro {BG}. Stort tack till {P#2} som skänkte foder!",
    "Rapport hittedjur: Hund (tik, {DOG}) upphittad på {STN} av {P#1}, {PHM}. Chip avläst: {CHIP}, registrerad ägare {P#2}, {A}. Ägaren kontaktad {TIME}.",
    # registers, authorities
    "Ägarbyte i hundregistret\nTidigare ägare: {P#1}, personnummer {PNR}\nNy ägare: {P#2}, personnummer {PNR}\nAdress: {A}\nHundens ID-nummer: {CHIP}\nDatum: {DATE}",
    "Kontrollrapport djurskydd\nDjurhållare: {P#1} ({PNR})\nAdress: {ARL}\nFastighet: {PROP}\nKontrollant: {P#2}, djurskyddsinspektör, Länsstyrelsen\nKontakt: {PHF}\nIakttagelser: 4 hästar, fållan saknar vindskydd.",
    "Anmälan till Länsstyrelsen: jag vill anmäla att grannen på {ST} lämnar sin hund ute i kylan. Hundens namn är {PET}. Mitt namn är {P#1}, {PHM}, vill vara anonym mot grannen.",
    "Intyg om tjänstehund/ledarhund: {PET}, {DOG}, används av {P#1}, {A}. Utfärdat av {P#2}, leg. veterinär, {CLINIC}. {DATE}",
    "Registrering av produktionsplats: djurhållare {P#1}, pnr {PNR}, {AR}. Djurslag: får, 24 tackor. Öronmärken {EAR} – {EAR}. Handläggare: {P#2}",
    # horses, farm
    "Besöksrapport, ambulerande veterinär {P#1}\nStall: {AR}\nFastighet: {PROP}\nHästägare: {P#2}, tel {PH}\nHäst: {PET}, {HORSE}, UELN {CHIP}\nÅtgärd: tandraspning, vaccination influensa/tetanus. Nästa vaccination {DATE}.",
    "Hovslagare {P#1} kommer till stallet på {VIL} {DAY} kl {TIME}. Boxplats {BOXNR} och {BOXNR}. Betalning Swish {PHM}. /{G#2}, stallansvarig",
    "Till alla inackorderingar: {PET} i box {BOXNR} har kvarka-misstanke. Veterinär {P#1} kommer i eftermiddag. Ingen flytt av hästar. Frågor till {G#2} {PHM} eller {Gs#3} sambo.",
    "Hej {G#1}, kolik på {PET} inatt, jourvet {P#2} var här 02.30. Han står på vaktbox nu. Kan du kolla till honom innan jobbet? Nyckeln till sadelkammaren hos {S#3}. /{g#4}",
    "Veterinärbesiktning inför köp: Häst {PET} ({HORSE}), säljare {P#1}, {ARL}, köpare {P#2}, {PHM}. Besiktande veterinär: {P#3}. Klass 1 enligt protokoll.",
    "Stallet på {VIL} söker medryttare till {PET}, 2 dagar/vecka. Kontakt: {P#1}, {PH}. Vi kör förbi {TOWN} varje lördag.",
    # invoices, payments
    "FAKTURA {INV}\n{CLINIC}\n{BOX}\nOrg.nr {ORG} · Bankgiro {BG}\n\nKund: {RU#1}\n{ACL}\n\nPatient: {PET}\nKonsultation {AMTS}\nRöntgen {AMTS}\nLäkemedel ({DRUG}) {AMTS}\nAtt betala: {AMT}\nOCR: {OCR}\nAnsv. veterinär: {I#2}",
    "Påminnelse faktura {INV}: Hej {P#1}! Vi har inte fått betalt för {PETs} besök {DATE}. Belopp {AMT}, bankgiro {BG}, OCR {OCR}. Har du redan betalt, bortse från detta. Frågor: {EF} eller {PHF}.",
    "Kvitto\n{CLINIC}, {AC}\nDjurägare: {P#1}\nBetalat med kort: {AMT}\nExpedierat av: {G#2}",
    "Delbetalning: {P#1} ({PNR}) betalar {PETs} operation ({AMT}) i 6 delar. Första betalning {DATE}. Godkänt av klinikchef {P#2}.",
    # chats, groups, clubs
    "{g#1}: har nån mer hittat fästingar på hunden idag?\n{g#2}: ja {PET} hade tre st efter promenaden vid {STN}\n{g#1}: usch. @{g#3} vilken veterinär gick ni till sist?\n{g#3}: {p#4} på {CLINIC}, supertrevlig",
    "@{n#1} kan du ta {PET} kl {TIME}? jag sitter fast i ett kejsarsnitt med {g#2}. ägaren heter {p#3}, nummer i journalen",
    "{G#1}: Hej alla i hundgruppen! Träning på planen vid {STN} på söndag kl {TIME}. {G#2} håller i spårövningen. Anmälan till mig, {PHM}.",
    "Kallelse till årsmöte i rasklubben, {DATE} kl {TIME} i klubbstugan, {A}. Ordförande {P#1} öppnar mötet. Motioner skickas till sekreteraren {P#2}, {E#2}.",
    "Resultat, nationell utställning {TOWN} {DATE}\nDomare: {P#1}\nBIR: {PET} (uppf. {I#2}, äg. {P#3})\nBIM: {PET} (äg. {R#4})\nBästa valp: {PET} (äg. {P#5}, {TOWN})",
    "Medlemslista kennelklubbens lokalavdelning (utdrag)\n{R}, {A}, {PH}\n{R}, {A}\n{R}, {ST}\n{RU}, {AR}, {PH}\n{R}, {a}",
    "hej {n#1} tack för igår! {PET} sov hela kvällen efter kursen 😄 ses nästa vecka, hälsa {g#2}",
    "Grupp: Valpkurs v.{NUM}\n{g#1}: vi blir sena idag, {PET} har kräkts i bilen\n{g#2}: ingen fara! börjar med inkallning\n{G#3}: vi står på parkeringen vid {a}",
    "ok {g#1}, jag säger till {g#2:f} att {PET} behöver ny tid. hon jobbar på {CLINIC} på {a} om du vill ringa själv",
    # clinic staff, HR
    "Schema v.{NUM}, {CLINIC}\nMån: {G}, {G} (jour: {P})\nTis: {I}, {G}\nOns: {G}, {Gi}\nTors: {P}, {G}\nFre: {G}, {G} (jour: {P})\nFrågor till klinikchef {P}, {PHM}",
    "Välkommen till oss, {G#1}! Din första dag är {DATE}. Du går bredvid {P#2} (leg. djursjukskötare) första veckan. Personalingången är på {ST}. Nyckelkort hämtar du hos {G#3} i receptionen.",
    "Anställningsavtal\nArbetsgivare: {CLINIC}, org.nr {ORG}\nArbetstagare: {P#1}, personnummer {PNR}\nAdress: {A}\nTjänst: leg. veterinär, 80 %\nTillträde: {DATE}\nUnderskrift klinikchef: {P#2}",
    "Intern: {P#1:f} är sjuk idag, {G#2} tar hennes patienter. {PET} (äg. {S#3}) flyttas till {TIME}. Ring ägaren på {PH}.",
    "Avvikelserapport {JNR}: fel dos {DRUG} given till {PET} {DATE}. Upptäckt av {P#1}, dsk. Ansvarig veterinär {P#2} informerade ägaren {P#3} per telefon ({PH}).",
    # forms with capitals and separate name fields
    "ANMÄLAN OM ÄGARBYTE\nEFTERNAMN: {SU#1}\nFÖRNAMN: {GU#1}\nPERSONNUMMER: {PNR}\nADRESS: {A}\nTELEFON: {PH}\nDJURETS ID: {CHIP}",
    "Efternamn: {S#1}\nFörnamn: {GM#1}\nPersonnummer: {PNR}\nAdress: {ACL}\nMobil: {PHM}\nE-post: {E#1}\nDjur: {PET} ({BREED})\nFörsäkring: {INS}, nr {POL}",
    "Patientkort\nÄGARE: {U#1}\nTEL: {PH}\nADRESS: {A}\nDJUR: {PET}, {BREED}, född {BORN}\nTATUERING: {TAT}\nCHIP: {CHIP}",
    "Ägare 1: {P#1}, {PNR}\nÄgare 2: {P#2}, {PNR}\nGemensam adress: {LGH}\nKontaktperson för {PET}: {G#2}, {PHM}",
    # misc
    "Hej! Min mamma {P#1:f} ({PNROLD}) kan inte ta sig till kliniken med katten {PET}. Går det att boka hembesök på {A}? Jag heter {P#2} och nås på {PHM}.",
    "Tack {G#1} och alla på {CLINIC} för att ni tog hand om {PET} när det var som värst. Hälsningar familjen {S#2}, {ST}",
    "Minnesord: Vår {PET} somnade in {DATE}, {AGE} år gammal. Tack till {P#1} och {P#2} på {CLINIC} för fin omvårdnad. /{G#3} och {G#4}",
    "Frågelåda: ”Min katt slutar äta när vi reser bort” – {G#1}, {TOWN}. Svar av veterinär {P#2}: Prova att låta kattvakten {I#3} komma några gånger innan resan.",
    "Foderbeställning: 2 säckar njurdiet till {P#1}, hämtas i receptionen. Betalt via Swish {SWISH}. Om frågor ring {G#1} på {PHM}.",
    "Hundfrisör {P#1} – trimning, bad och klo. Ny adress från {DATE}: {AC}. Boka på {PHM} eller {E#1}. Välkomna!",
    "{Ss#1} Hund & Katt AB, {AC}, tel {PHL}. Öppet vardagar 10–18. Vi säljer foder, tillbehör och har tid för kloklipp varje torsdag med {G#2}.",
    "Hämtning av avliden häst: beställare {P#1}, {ARL}, tel {PH}. Fakturaadress: c/o {P#2}, {BOX}. Körs av Svensk Lantbrukstjänst {DATE}.",
    "Min sambo {g#1} är på jobbet, ring mig istället: {PHM}. Hunden heter {PET} och har ätit en socka. Vi bor på {ST}, ca 10 min från er.",
    "Vi flyttar! Från och med {DATE} heter vi {CLINIC} och finns på {AL}. Nytt telefonnummer: {PHF}. Hälsningar {P#1} och {P#2}",
    "Intyg för resa till Norge: hunden {PET} (chip {CHIP}) är behandlad mot dvärgbandmask {DATE} kl {TIME} av {P#1}, {CLINIC}. Ägare: {P#2}, {A}.",
    "Ordination: {PET}, {KG} kg, {DRUG} 1 tablett x 2 i 7 dagar. Ordinerat av {I#1} {DATE}. Expedierat till {S#2}, {PHM}.",
    "Till grannarna på {STN}: vår katt {PET} är ute på natten men är chipmärkt och kastrerad. Har ni klagomål – knacka på hos oss i nr {NUM} eller ring {G#1}, {PHM}. /Familjen {S#1}",
    "Djursjukskötare sökes till {CLINIC}! Skicka ansökan till {P#1}, {EF}, senast {DATE}. Frågor: {PHF}. Adress: {BOXL}",
    "Rapport från kattinventering på {AR}: 11 katter, varav 4 hittills fångade. Kontaktperson på gården: {P#1}, {PH}. Veterinär {P#2} bokad för kastrering {DATE}.",
    "Hej {G#1}!\nDu har vunnit vårt utlottade presentkort på {AMTS} för hundtrim. Hämta det hos {G#2} i butiken på {ST}.\nHälsningar {CLINIC}",
    "Anteckning från {Gs#1} samtal med försäkringen: handläggare {G#2} på {INS} ({PHF}) lovar svar inom 14 dagar, ärendenr {CLAIM}.",
    "Till {P#1}, c/o {P#2}, {A}\n\nHär kommer vaccinationsintyget för {PET}. Spara det inför resan.\n\nMvh {I#3}, {CLINIC}",
    "Hembesök bokat: {P#1}, {AR}. Vägbeskrivning: efter skylten mot {TOWN}, andra gården till vänster, röd lada. Ring {PHM} vid framkomst. Vet: {G#2}",
    # more owners' letters, addresses and genitives
    "Flyttanmälan till kliniken: {F#1} med katterna {PET} och {PET} har flyttat från {A} till {AL}. Nytt nummer {PHM}.",
    "Hej! Jag ringde i morse om {Gs#1} hund. Vi bor på {a} och kan vara hos er om en kvart. /{g#2}",
    "Leveransadress för receptfoder: {P#1}, {LGH}. Om ingen är hemma, lämna hos {P#2}, {ST}.",
    "Vaccinationsintyg\nHund: {PET}, {DOG}, chip {CHIP}\nÄgare: {F#1}\nAdress: {ACL}\nVaccinerad {DATE} av {P#2}, leg. veterinär, {CLINIC}, {BOX}",
    "Remiss till {CLINIC} (ögon): {Ss#1} katt {PET} har grumlig hornhinna höger öga sedan en vecka. Ägare {P#1}, {AR}. Remitterande: {I#2}, {CLINIC}.",
    "{Gs#1} och {Gs#2} hundar ska hämtas hos dagmatte {P#3:f} på {STN} kl {TIME}. Glöm inte koppel!",
    "Hundrastgården på {STN} är stängd för renovering. Frågor till föreningens kontaktperson {P#1}, {A}.",
    "Kastrering av katthonor, {DATE}: {P#1}, {A}, {PNR} – {PET}; {P#2}, {AR}, {PNR} – {PET}; {P#3}, {LGH} – {PET}. Veterinär: {G#4}.",
    "Hej {G#1}!\nDet var roligt att träffa dig och {PET} i lördags. Som lovat kommer adressen till uppfödaren: {P#2}, {ARL}. Säg att du fått tipset av {Gs#3} mamma.\nKram {G#3}",
    "Intyg om avlivning: {PET}, {BREED}, avlivad {DATE} på {CLINIC}. Djurägare: {F#1}, personnummer {PNR}, {A}. Veterinär: {P#2}.",
    "Beställning av hemkörning av hö: {P#1}, {VIL}, {ARL}. Ring innan leverans på {PH}. Stallet ligger bakom {Ss#2} ladugård.",
    "Jag, {P#1} ({PNR}), intygar att hunden {PET} är såld till {P#2} ({PNR}), boende på {A}, och att jag inte längre är ägare.",
    "Vi har öppnat en ny filial! Djurkliniken Tassen finns nu även på {AC}. Klinikansvarig är {P#1}, som tidigare arbetat hos {Ps#2} praktik i {TOWN}.",
    "ring {g#1} om nyckeln! hon bor på {a}, 2 tr. {gs#2} katter ska ha mat kl 7 och 17",
    "Kennelregistrering, nytt kennelnamn: sökande {P#1}, personnummer {PNR}, {ASE}. Medsökande {P#2}, personnummer {PNR}.",
    "Ärende {JNR}: {P#1:f} ({PNROLD}), {A}, har fått hjälp av hemtjänsten att ringa om sin katt. Hembesök bokat med {G#2}, kontakt via dottern {P#3}, {PHM}.",
)

EN = (
    # bookings, reminders
    "Hi {G#1}, this is a reminder that {PET} is booked in with {P#2} at {CLINIC} on {DAYEN} {DATEEN} at {TIME}. To cancel or rebook please call {PHUK}. Thanks!",
    "Appointment confirmed: {PET} ({BREED}) – booster vaccination with Dr {S#1}, {DAYEN} {TIME}. Owner: {P#2}, {PHUK}. Please arrive 5 minutes early. {CLINIC}, {AU}",
    "Dear {P#1},\n\nOur records show that {PET} is now due for a booster and flea/worm check. Please book online or call us on {PHUK}.\n\nKind regards,\nThe team at {CLINIC}\n{AUL}",
    "Phone message for {G#1} (vet): {P#2} called about {PET}, still not eating since the dental. Please call back on {PHUK} before {TIME}. Taken by {G#3}.",
    "Day list {DAYEN} – {CLINIC}\n{TIME} {PET}, {R} ({PHUK}) – nail clip\n{TIME} {PET}, {R} – lame LF, seen by {I}\n{TIME} {PET}, new client {P}, {PHUK}\n{TIME} {PET}, {R} – post-op check with {G:f}",
    "Hi {G#1}! A slot has come up on {DAYEN} at {TIME} with {S#2}. Reply YES to grab it for {PET}. – {CLINIC}",
    "From: {P#1} <{E#1}>\nTo: Reception <{EF}>\nSubject: {PET#1} – change of appointment\n\nHi, could we move {PET'#1} appointment on {DAYEN} to the following week? Afternoons are best. My mobile is {PHUK}.\n\nMany thanks,\n{F#1}\n{AUL}",
    "From: {P#1} <{E#1}>\nTo: {P#2} <{E#2}>\nSubject: Re: spay\n\nThanks {G#2}, we'll drop her off at 8:15 on {DAYEN}. My husband {P#3:m} will collect her. Our address has changed to {AU}, by the way.\n\n{G#1}",
    "Hello {P#1}, your pet's prescription for {DRUG} is ready to collect from reception. Please bring photo ID. {CLINIC}, {PHUK}",
    # clinical
    "Clinical notes {JNR}\nClient: {P#1}, {AU}, tel {PHUK}\nPatient: {PET}, {BREED}, {AGE}y, MN, {KG} kg\nHx: owner ({G#1}) reports vomiting x3 overnight.\nCE: T {TEMP} C, mild cranial abdominal pain.\nPlan: {DRUG}, bland diet, recheck 48 h.\n{I#2} MRCVS",
    "Referral letter\nTo: {CLINIC}, orthopaedics\nFrom: {P#1} BVSc MRCVS, {CLINIC}, {AU}, {PHUK}\nPatient: {PET}, {DOG}, {AGE} years\nOwner: {P#2}, {AUL}\nMobile: {PHUK}, email {E#2}\nQuery: cranial cruciate rupture, right hind. Positive drawer. Please assess for TPLO.\nMany thanks, {G#1}",
    "Dear {I#1},\nThank you for referring {PET} ({P'#2} dog). We saw him on {DATEEN}. Ultrasound showed a splenic mass; splenectomy was performed by {P#3}. Histopathology to follow.\nKind regards,\n{P#4} DipECVIM-CA",
    "Discharge instructions for {PET}: operated on {DATEEN} by {P#1}; anaesthetic monitored by {P#2} RVN. Keep the buster collar on for 10 days, lead walks only. Give {DRUG} once daily with food. If the wound weeps, call {PHUK}.",
    "Out of hours handover: {PET} (owner {P#1}, {PHUK}) settled overnight on fluids. {PET} in kennel {BOXNR} ({S'#2} cat) – please ring the owner before 9, she wants to speak to {G#3} directly. – {g#4}",
    "Home euthanasia visit: {PET}, {AGE}y {BREED}, at the home of {P#1}, {AU}. Also present: {G'#1} partner {P#2}. Individual cremation requested; ashes to be collected from the practice. Vet: {P#3}.",
    "Telephone triage {DATEEN} {TIME}: {P#1} ({PHUK}) called – {PET} ate a bar of dark chocolate, approx. 100 g. Dog weighs {KG} kg. Advised to attend {CLINIC} for emesis. Call taken by {P#2}.",
    "Lab submission form\nSubmitting vet: {P#1}\nPractice: {CLINIC}, {AU}\nOwner surname: {SU#2}\nOwner first name: {G#2}\nSpecies: feline, {CATB}, {AGE} years\nTests: T4, creatinine, SDMA\nResults to: {EF}",
    "Patient history (US)\nClient: {R#1}\nAddress: {AUS}\nPhone: {PHUS}\nPet: {PET}, {BREED}, {AGE} yrs, spayed female\nReason for visit: itching, ear odor\nAttending: Dr. {S#2}, DVM\nTech: {G#3}",
    # insurance
    "CLAIM FORM – {INS}\nPolicy number: {POL}\nPolicyholder: {P#1}\nAddress: {AU}\nPhone: {PHUK}\nEmail: {E#1}\nPet name: {PET}\nMicrochip: {CHIP}\nTreating practice: {CLINIC}\nVet: {P#2}\nCondition: otitis externa\nAmount claimed: {GBP}\nPay to: {BANKUK}",
    "Dear {G#1},\nRe: claim {CLAIM} for {PET}\nWe have assessed your claim and will pay {GBP} after your excess of {GBP}. The payment should reach your account within 5 working days.\nIf you have any questions please call {PHUK}.\nYours sincerely,\n{P#2}, Claims Handler, {INS}",
    "Hi {G#1}, I'm handling your claim with {INS}. Before we can settle it we need the full clinical history from {CLINIC}. Could you ask them to email it to {EF} quoting {CLAIM}? Thanks, {P#2}",
    "Pet insurance claim (US) – {INS}\nPolicyholder: {P#1}\nMailing address: {AUSL}\nPhone: {PHUS}\nEmail: {E#1}\nPet: {PET}, {BREED}\nInvoice total: {USD}\nVeterinarian: {P#2}, DVM",
    "Complaint re claim {CLAIM}: I, {P#1}, dispute the decision to exclude {PET'} cruciate surgery as pre-existing. {I#2} at {CLINIC} has confirmed in writing that there was no prior lameness. Contact me on {PHUK} or {E#1}.",
    # kennels, catteries, sitters
    "Booking form – Hillside Boarding Kennels\nOwner: {R#1}\nAddress: {AUL}\nMobile: {PHUK}\nEmergency contact: {G'#1} sister ({P#2}), {PHUK}\nDog: {PET}, {DOG}, microchip {CHIP}\nVaccinations up to date: yes ({DATEEN})\nKennel {BOXNR}, collection {DATEEN} at {TIME}",
    "Willow Tree Cattery: booking for {PET} and {PET}, {DATEEN} to {DATEEN}. Owner {P#1}, {AU}, {PHUK}. Spare key with neighbour {P#2} at {AU}.",
    "hey {n#1}! i'll pick up {PET} at {TIME} tomorrow as usual. key still under the pot at {au}? – {g#2}",
    "Dog walker wanted! We ({P#1:f} and {P#2:m}) live on {AU} and need someone to walk our {DOG} at lunchtime, Mon–Fri. Message {G#1} on {PHUK}.",
    "Pet sitting agreement\nClient: {P#1}, {AUS}\nSitter: {P#2}, {PHUS}\nDates: {DATEEN}–{DATEEN}\n2 visits a day, {USD} per visit, paid by Venmo.\nIn an emergency call {CLINIC}, {PHUS}.",
    "Hi {G#1}, {PET} has had a lovely stay with us and made friends with {PET}. She's eaten everything! Collection any time between {TIME} and {TIME} on {DAYEN}. – {G#2}, Hillside Kennels, {AU}",
    "Kennel notes: {PET} (owner {P#1}) gets {DRUG} at 8am and 8pm, given by {G#2} or {G#3}. If the owner can't be reached, call {P#4} on {PHUK}.",
    # breeders, sales, rescue
    "PUPPY CONTRACT\nBreeder: {P#1}, {AU}, tel {PHUK}\nBuyer: {P#2}, {AU}, tel {PHUK}\nPuppy: {DOG}, born {DATEEN}, KC reg. pending, microchip {CHIP}\nPrice: {GBP}\nSigned: {I#1} / {I#2}",
    "Litter due in spring! Dam: {PET}, hips 4:5, elbows 0. Sire: imported dog. Enquiries to {P#1}, {PHUK} or {E#1}. We're a small home breeder ({AU}).",
    "Hi {G#1}! Here are this week's photos. The boy you liked is the one with the white blaze. He can go home on {DATEEN} after his vet check with {S#2}. Deposit {GBP} to {BANKUK}. {G#3} x",
    "Kittens looking for homes! Four {CATB}, GCCF registered, vaccinated and chipped. Call or text {G#1} on {PHUK}, or visit us at {AU} by appointment.",
    "FOUND DOG on {AU} this morning – small brown terrier cross, no collar. Taken to {CLINIC}. Owner please call {G#1} on {PHUK}.",
    "MISSING: {PET}, {BREED}, escaped from {AU} last night. Please contact {P#1} ({PHUK}) or {G'#1} brother {G#2} at {AU}. Reward offered!",
    "Adoption agreement – {TOWN} Animal Rescue\nAdopter: {P#1}\nAddress: {AUL}\nPhone: {PHUK}\nEmail: {E#1}\nCat: {PET}, neutered, microchip {CHIP}\nHome check by {P#2}",
    "We're looking for foster homes! Please contact our coordinator {P#1:f} on {PHUK} or at {E#1}. Huge thanks to {P#2} for the donation of food this week.",
    "Stray report (US): dog found at {AUS} by {P#1}, {PHUS}. Chip scanned: {CHIP}, registered to {P#2}, {AUS}. Owner contacted at {TIME}.",
    # horses, farms
    "Visit report – {CLINIC}\nYard: {AU}\nOwner: {P#1}, tel {PHUK}\nHorse: {PET}, {HORSE}, passport no. {CHIP}\nTreatment: dental rasp, flu/tet booster. Next due {DATEEN}.\nVet: {P#2}",
    "Farrier {P#1} is coming to the yard on {DAYEN} at {TIME} for {PET} and {PET}. Please have them in. Pay by bank transfer or cash. – {G#2}, yard manager",
    "To all liveries: {PET} in stable {BOXNR} is being tested for strangles. {P#1} (vet) is coming this afternoon. No horses to leave the yard. Questions to {G#2} on {PHUK}.",
    "{G#1}, colic with {PET} last night, the duty vet {P#2} came out at 2:30. He's in the end stable now. Could you check on him before work? Tack room key is with {S#3}. – {g#4}",
    # invoices
    "INVOICE {INV}\n{CLINIC}\n{AUL}\nVAT no. {VAT}\n\nClient: {RU#1}\n{AU}\n\nPatient: {PET}\nConsultation {GBP}\nRadiographs {GBP}\n{DRUG} {GBP}\nTotal due: {GBP}\nVet: {I#2}",
    "Reminder: invoice {INV} for {PET'} visit on {DATEEN} remains unpaid. Amount due {GBP}. Please pay by card on {PHUK} or by transfer to {BANKUK}. Questions to {EF}. – {P#1}, Practice Manager",
    "Receipt – {CLINIC}, {AUS}\nClient: {P#1}\nPaid: {USD} (Visa)\nServed by: {G#2}",
    # chats, clubs, shows
    "{g#1}: anyone else finding ticks on the dogs today?\n{g#2}: yes, {PET} had three after our walk round the reservoir\n{g#1}: ugh. @{g#3} which vet did you go to in the end?\n{g#3}: {p#4:f} at {CLINIC}, she's lovely",
    "@{g#1} can you see {PET} at {TIME}? I'm stuck in a caesarean with {g#2}. owner is {p#3}, number's on the record",
    "Show results – {TOWN} Championship Show, {DATEEN}\nJudge: {P#1}\nBOB: {PET} (bred by {I#2}, owned by {P#3})\nBOS: {PET} (owner {R#4})\nBest Puppy: {PET} (owner {P#5})",
    "Agility club AGM, {DATEEN} at {TIME}, Village Hall, {AU}. Chair {P#1} will open the meeting. Motions to the secretary {P#2}, {E#2}.",
    "thanks {n#1}! {PET} slept all evening after puppy class 😄 see you next week, say hi to {g#2}",
    # staff
    "Rota week {NUM}, {CLINIC}\nMon: {G}, {G} (on call: {P})\nTue: {I}, {G}\nWed: {G}, {Gi}\nThu: {P}, {G}\nFri: {G}, {G} (on call: {P})\nQueries to practice manager {P}, {PHUK}",
    "Welcome aboard, {G#1}! Your first day is {DATEEN}. You'll shadow {P#2} RVN for the first week. Staff entrance is round the back at {AU}. Collect your key fob from {G#3} on reception.",
    "Internal: {P#1:f} is off sick today, {G#2} is taking her consults. {PET} ({S#3}) moved to {TIME}. Please ring the owner on {PHUK}.",
    "Incident report {JNR}: wrong dose of {DRUG} given to {PET} on {DATEEN}. Noticed by {P#1} RVN. Vet in charge {P#2} informed the owner {P#3} by phone ({PHUK}).",
    # misc
    "OWNER DETAILS\nSURNAME: {SU#1}\nFIRST NAME(S): {GU#1}\nADDRESS: {AU}\nTEL: {PHUK}\nPET: {PET}, {BREED}, DOB {DATEEN}",
    "Client record (US)\nLast name: {S#1}\nFirst name: {GM#1}\nAddress: {AUS}\nCell: {PHUS}\nEmail: {E#1}\nPets: {PET}, {PET}",
    "Thank you {G#1} and everyone at {CLINIC} for looking after {PET} when things were at their worst. Love from the {S#2} family, {AU}",
    "Dear {P#1}, I'm writing on behalf of my father, {P#2:m}, who is 93 and can no longer bring his cat {PET} to the surgery. Would a home visit to {AU} be possible? I can be reached on {PHUK}. {G#3}",
    "Pet travel: {PET} (microchip {CHIP}) was treated for tapeworm on {DATEEN} at {TIME} by {P#1}, {CLINIC}, for entry to Norway. Owner: {P#2}, {AU}.",
    "Vet nurse wanted at {CLINIC}! Send your CV to {P#1} at {EF} by {DATEEN}. Informal enquiries: {PHUK}. {AUL}",
    "Breeder abroad: {P#1}, {AX}, tel {PHX}. Puppy for {P#2} ({E#2}) to be collected at the airport on {DATEEN}.",
    "Grooming by {P#1} – bath, trim and nails. From {DATEEN} we're at {AU}. Book on {PHUK} or {E#1}.",
    "Change of address: {F#1} and her dogs {PET} and {PET} have moved from {AU} to {AUL}. New mobile {PHUK}.",
    "Hi, I rang this morning about {G'#1} dog. We live at {au} and can be with you in 15 minutes. – {g#2}",
    "Prescription diet delivery: {P#1}, {AU}. If no one is in, leave with {P#2} at {AU}.",
    "Vaccination record\nDog: {PET}, {DOG}, chip {CHIP}\nOwner: {F#1}\nAddress: {AUL}\nVaccinated on {DATEEN} by {P#2}, {CLINIC}",
    "Referral to {CLINIC} (ophthalmology): {S'#1} cat {PET} has had a cloudy right cornea for a week. Owner {P#1}, {AU}. Referring vet: {I#2}.",
    "{G'#1} and {G'#2} dogs are to be collected from {P#3:f} on {AU} at {TIME}. Don't forget leads!",
    "Neutering clinic, {DATEEN}: {P#1}, {AU} – {PET}; {P#2}, {AU} – {PET}; {P#3}, {AUS} – {PET}. Vet: {G#4}.",
    "Hi {G#1}!\nLovely to meet you and {PET} on Saturday. As promised, here's the breeder's address: {P#2}, {AUL}. Tell her {G'#3} mum sent you.\n{G#3} x",
    "Hay delivery for {P#1}, {AU}. Please ring before delivering on {PHUK}. The stables are behind {S'#2} barn.",
    "US clinic intake: {F#1}, {AUSL}, {PHUS}. Emergency contact {P#2}, {AUS}. Pet: {PET} ({BREED}).",
)

MIXED = (
    # clinic work chat and e-mail, Swedish and English in one text
    "@{g#1} kan du ta {PET} kl {TIME}? owner is {p#2}, hon pratar bara engelska. nummer: {PHM}",
    "Hej {G#1}! Quick update: {PET} är vaken efter narkosen och mår fint. {G#2} ringer dig innan vi skickar hem henne. Any questions, call {PHF}.",
    "Från: {P#1} <{E#1}>\nTo: {EF}\nSubject: Booking för {PET#1}\n\nHi! Vi har flyttat hit från London och behöver en ny vet för {PET#1}. Kan vi boka en health check? Vår adress: {A}. Mobile: {PHM}.\n\nCheers, {G#1}",
    "FYI team: {P#1} ({PHM}) har ringt tre gånger idag om {PET}. Please be kind, hon är väldigt orolig. Ansvarig vet är {G#2} ({P#3} är backup).",
    "{g#1}: morning! har någon sett remissen för {gs#5} hund?\n{g#2}: yes, den ligger i {Gs#3} inkorg\n{g#1}: thanks 🙏 ägaren {p#4} kommer kl {TIME}",
    "Meeting notes, {CLINIC}: Deadline för nya journalsystemet är {DATE}. {P#1} is project lead, {P#2} ansvarar för training. Next meeting {DAY} {TIME}.",
    "Referral till UK: {PET} ({DOG}), ägare {P#1}, {A}, {PHM}. Referring vet: {P#2}, {CLINIC}. Receiving: {P#3} MRCVS, {CLINIC}, {AUL}, {PHUK}.",
    "Hej! Vi har en patient från utlandet, owner {P#1}, {AX}, tel {PHX}. Kan du skicka journalen till {E#2}? Tack / {G#3}",
    "Case discussion {DATE}: {PET}, 9 y {DOG}, suspected Cushing's. {I#1} föreslår ACTH-stimulering, {I#2} vill ha ultraljud först. Owner {P#3} informed via {PHM}.",
    "Hi {N#1}, kan du täcka min jour {DAY}? I'll take your Saturday. /{g#2}",
    "Påminnelse/reminder: {PET} is due for vaccination. Boka tid på {PHF} eller online. Best regards, {CLINIC}, {AC}",
    "Till: {P#1}\nRe: Insurance claim {CLAIM}\n\nHej {G#1}! Your claim for {PET} has been approved. Ersättning {AMT} betalas ut inom fem dagar. Questions? {PHF} or {EF}.\n\n/{P#2}, {INS}",
    "Owner info\nName: {P#1}\nPersonnummer: {PNR}\nAddress: {A}\nPhone: {PH}\nEmail: {E#1}\nPet: {PET}, {BREED}\nInsurance: {INS} {POL}",
    "Hej {G#1}! Your dog {PET} is ready to be picked up från hundpensionatet. Vi stänger kl {TIME}. Address: {AR}. /{G#2}, {PHM}",
    "Slack #reception: {g#1}: who's on call tonight?\n{g#2}: {P#3}, men ring {PHM} om det är akut\n{g#1}: tack!",
    "Dear {P#1}, tack för ditt mejl. We can offer {PET} an appointment with {I#2} on {DAY} at {TIME}. Adressen är {AC}. Kind regards, {G#3}",
    "Hej {G#1}, the lab results for {PET} are back – njurvärdena är lite förhöjda. {P#2} wants to recheck in 4 weeks. Ring {PHF} to book.",
    "Handover: {PET} (owner {P#1}, {PHM}) – post-op day 1, äter lite. {PET} i kennel {BOXNR} (ägare {S#2}) – pain score 2/10. Please call {G#3} before discharge. /{g#4}",
    "TPLO consent form\nOwner / Ägare: {P#1}\nPersonnummer: {PNR}\nAddress / Adress: {ACL}\nPhone / Telefon: {PHM}\nPatient: {PET}, {KG} kg\nSurgeon / Kirurg: {P#2}\nEstimated cost: {AMT}",
    "hej {g#1}! can you pick up {PET} från dagis idag? jag är stuck på jobbet till sex. dagis ligger på {a}",
    "Kennel booking\nOwner: {R#1}\nAdress: {AL}\nMobil: {PHM}\nDog: {PET}, {DOG}, chip {CHIP}\nEmergency contact: {P#2}, {PHX}\nDrop off {DATE}, pick up {DATE}",
    "Hi {G#1}! Valparna är 6 veckor nu 🐶 The boy with the white paw is still available. Vi bor på landet ({AR}). Ring {PHM} or mail {E#2}. /{G#2}",
    "Puppy contract / Köpeavtal\nBreeder: {P#1}, {AR}, {PHM}, pnr {PNR}\nBuyer: {P#2}, {AU}, {PHUK}\nPuppy: {DOG}, reg {SKK}, chip {CHIP}\nPrice: {EUR}",
    "Import av hund från UK: breeder {P#1}, {AUL}, {PHUK}. Buyer {P#2}, {A}. Blodprov rabies taget av {P#3}, vet in {TOWN}. Flight {DATE}.",
    "Cat sitter needed! Vi åker bort {DATE}–{DATE}. Two cats, {PET} och {PET}. We live at {LGH}. Text {G#1} på {PHM}. Betalning via Swish.",
    "{G#1}: Does anyone know a good trimmer?\n{G#2}: {P#3}! Hon har salong på {ST}, {PHM}\n{G#1}: tack så mycket ❤️",
    "Adoption update: {PET} har flyttat till {P#1} och {P#2} i {TOWN}. Thank you to our volunteer {G#3} who did the home check! Donate via bankgiro {BG}.",
    "LOST CAT / BORTSPRUNGEN KATT: {PET}, svart med vit tass, försvann från {ST}. Please call {G#1} {PHM} or {G#2} {PHUK}.",
    "Yard notice / Meddelande: Farrier {P#1} kommer {DAY} kl {TIME}. Please have your horses in. Betalning direkt till honom på {PHM}. /{G#2}",
    "Horse passport update: {PET}, UELN {CHIP}. New owner {P#1}, {AR}, {PH}. Previous owner {P#2}, {AX}. Registered by {I#3}.",
    "Emergency! {PET} has colic, {G#1} är på väg. Vet on call: {P#2}, {PHM}. Stallet: {AR}.",
    "Invoice / Faktura {INV}\n{CLINIC}, {BOX}\nCustomer: {RU#1}, {AC}\nPatient: {PET}\nTotal: {AMT}\nBankgiro {BG}, OCR {OCR}\nVet: {I#2}",
    "Sorry {G#1}, vi har inte fått betalt för invoice {INV} än. Kan du swisha {AMT} till {PHM}? Thanks! /{G#2}",
    "Conference {DATE}: Speakers {P#1} (SLU), {P#2} (RVC) och {P#3}. Registrering via {EF}. Venue: Ultuna, Uppsala.",
    "Hey {n#1}! tack för hjälpen med {PET} igår, she's much better today 😊 hälsa {g#2}!",
    "Hej! I'm {P#1}, a vet student from {TOWN}, och jag söker extern praktik på {CLINIC}. Available from {DATE}. Mobile {PHX}, email {E#1}.",
    "Staff list {CLINIC}\n{P}, vet, {PHM}\n{P}, vet\n{P}, RVN / leg. dsk\n{P}, reception, {PHL}",
    "@{g#1} @{g#2} kan ni dubbelkolla dosen av {DRUG} till {PET}? {KG} kg. Owner {S#3} väntar i receptionen.",
    "Hej {G#1}!\nThanks for your enquiry. Vi har plats för {PET} {DATE}–{DATE}. Price {AMTS}/natt. Please fill in the form and send to {EF}.\nBest, {P#2}",
    "Reminder från {INS}: Your policy {POL} for {PET} förnyas {DATE}. Har du flyttat? Update your address (now: {A}) på Mina sidor eller ring {PHF}.",
    "Euthanasia at home / Avlivning i hemmet: {PET}, owner {P#1}, {A}. Vet {P#2} och nurse {P#3}. Cremation: individual.",
    "Från: {P#1} <{E#1}>\nTill: {P#2} <{E#2}>\nÄmne: {PET} – second opinion\n\nHi {G#2}, vi undrar om ni kan titta på {Gs#3} röntgenbilder. She's worried about the hip. Min telefon: {PH}.\n{G#1}",
    "Weekend plan: {G#1} tar hundarna lördag, {G#2} söndag. Kom ihåg {DRUG} till {PET} kl 8! Nyckel hos {S#3} på {STN}.",
    "Delivery / Leverans: 4 säckar foder till {P#1}, {A}. Driver ring {PHM} on arrival. Order {REF}.",
    "Dog show {TOWN}, {DATE}. Judge: {P#1} (UK). BIR {PET}, owner {P#2}. BIM {PET}, owner {R#3}. Congrats allihop!",
    "Hej {G#1}, your cat {PET} was seen by {I#2} today. Diagnos: FLUTD. Please give {DRUG} twice daily och ring {PHF} om hon inte kissar.",
    "New client / Ny kund: {P#1}, {A}, {PHM}, {E#1}. Pets: {PET} (dog), {PET} (cat). Referred by {P#2}.",
    "{P#1} here from {CLINIC}. Vi behöver bekräftelse på {Gs#2} adress för remissen: is it still {A}? Please ring {PHF}.",
    "Agility träning i helgen! Coach: {P#1}. Plats: ridhuset vid {STN}. Bring water för hundarna. Anmälan till {G#2}, {PHM}.",
    "Hej {G#1}! Sorry for the late reply. {PETs} provsvar var normala. {P#2} says no further treatment needed. Trevlig helg!",
    "@{g#1} owner {p#2} is here early, ok att ta in dem nu? room 3 är ledigt",
    "Breeder contact (abroad): {P#1}, {AX}, {PHX}. Hanhund {PET}, {SKK}. Contact in Sweden: {P#2}, {PHM}.",
    "Flyttanmälan / change of address: {F#1} har flyttat från {A} till {AL}. New phone {PHM}.",
    "Hej! Jag ringde om {Gs#1} katt i morse. We live at {a} och kan komma direkt. /{g#2}",
    "Delivery address: {P#1}, {LGH}. Om ingen är hemma, leave it with {P#2}, {ST}.",
    "Hi {G#1}! Här är adressen till uppfödaren utomlands: {P#2}, {AXL}. Say hi from {G#3}!",
    "Vaccination certificate / Vaccinationsintyg\nDog: {PET}, chip {CHIP}\nOwner: {F#1}\nAddress: {ACL}\nVaccinated {DATE} by {P#2}, {CLINIC}, {BOX}",
    "{Gs#1} och {G'#2} hundar hämtas hos {P#3:f} på {STN} kl {TIME}. Don't forget koppel!",
    "Breeder visit: vi åker till {P#1}, {AX}, på lördag. Then to {P#2}, {AXL}. Back in {TOWN} söndag kväll.",
    "Intake form / Inskrivning\nOwner: {P#1}, pnr {PNR}\nAddress: {ARL}\nDog: {PET}, {DOG}\nVet: {CLINIC}, {AC}",
)

# Rows with no value at all, each used once: numbers, amounts, dates, firms and agencies named
# after no person, places that are no address, and everyday words that are also names.
NEGATIVES = (
    (
        "sv",
        "Journal {JNR}: hane, {AGE} år, vikt {KG} kg, temp {TEMP} °C. Ordination {DRUG} 0,1 mg/kg i 5 dagar. Återbesök om två veckor.",
    ),
    (
        "sv",
        "Chipnummer {CHIP} är registrerat hos Jordbruksverket. Ägaruppgifterna uppdateras inom tre bankdagar.",
    ),
    (
        "sv",
        "Faktura {INV}, bankgiro {BG}, OCR {OCR}. Att betala: {AMT}. Förfallodag {DATE}. Org.nr {ORG}.",
    ),
    (
        "sv",
        "Skadenummer {CLAIM}, försäkringsnummer {POL}. Självrisk {AMTS} plus 25 % rörlig del enligt villkoren hos {INS}.",
    ),
    (
        "sv",
        "Öppettider {CLINIC}: vardagar {TIME}–{TIME}, lördagar {TIME}–{TIME}. Akuten i Strömsholm har öppet dygnet runt.",
    ),
    (
        "sv",
        "Hunden ska fasta från kl 22 kvällen innan operationen. Vatten går bra fram till kl 6 på morgonen.",
    ),
    (
        "sv",
        "Fästingsäsongen är här! Bravecto, Nexgard och Simparica finns på apoteket. Fråga i receptionen om rätt dos för din hunds vikt.",
    ),
    (
        "sv",
        "Björnen hade rivit tre får på bete vid Klarälven. Länsstyrelsen i Värmland har gett tillstånd till skyddsjakt.",
    ),
    (
        "sv",
        "Vi har valpkurs, unghundskurs och specialsök i vår. Kursavgift {AMTS}. Anmälan via hemsidan senast {DATE}.",
    ),
    (
        "sv",
        "Rasklubbens hälsoprogram: HD och ED ska vara röntgade, ögonlysning högst 12 månader före parning. Resultat registreras i SKK:s avelsdata.",
    ),
    (
        "sv",
        "Ros, lilja och liljekonvalj är giftiga för katter. Ring Giftinformationscentralen eller Djursjukhuset om katten har tuggat på en bukett.",
    ),
    (
        "sv",
        "Hästen stod i box {BOXNR}, stallgång B. Hovslagning var sjätte vecka, tandraspning en gång per år.",
    ),
    (
        "sv",
        "Fastigheten {PROP} har plats för fyra hästar i lösdrift. Ingen djurhållning i bostadshuset enligt detaljplanen.",
    ),
    (
        "sv",
        "Öronmärkning av får: {EAR}. Produktionsplatsnummer registreras hos Jordbruksverket innan djuren flyttas.",
    ),
    (
        "sv",
        "Katten hade skadat vänster axel och klarade inte hoppet upp i soffan. Röntgen visade ingen fraktur, bara en sträckning.",
    ),
    (
        "sv",
        "Lamm, kid och kalvar ska märkas inom 20 dagar. Svan och trana är fridlysta, orre får jagas under hösten.",
    ),
    (
        "sv",
        "Dag 3 efter kastrationen: såret ser fint ut, ingen svullnad. Tratten kan tas av dag 10.",
    ),
    (
        "sv",
        "Tatueringsnummer {TAT} i höger öra, registrerat i SKK:s register innan chipen blev vanliga.",
    ),
    (
        "sv",
        "Agria, Sveland och Folksam erbjuder alla veterinärvårdsförsäkring för hund och katt. Jämför självrisk och maxbelopp innan du väljer.",
    ),
    ("sv", "Hundens kön: tik. Ras: {DOG}. Färg: gul. Mankhöjd 56 cm. Vikt {KG} kg. Född {BORN}."),
    ("sv", "Valparna vägde 320, 340, 355 och 410 gram vid födseln. Tiken mår bra och ammar."),
    (
        "sv",
        "Ett stick av en geting i munnen kan ge kraftig svullnad. Kontakta Djurakuten om andningen påverkas.",
    ),
    (
        "sv",
        "Katthemmet i Mölndal tar emot katter från hela Västra Götaland. Swish-nummer för gåvor: {SWISH}.",
    ),
    (
        "sv",
        "Vaccinationsintervall: valpsjuka, parvo och HCC vart tredje år, kennelhosta varje år. Rabies inför resa.",
    ),
    (
        "sv",
        "Vecka {NUM} hade Blå Stjärnans Djursjukhus 212 akutbesök. De flesta gällde kräkningar, hälta och sårskador.",
    ),
    (
        "sv",
        "Lo, varg och järv räknas som stora rovdjur. Skadeersättning för djur söks hos Länsstyrelsen inom en vecka.",
    ),
    (
        "en",
        "Clinical notes {JNR}: MN, {AGE}y, {KG} kg, temp {TEMP} C. Prescribed {DRUG} for 5 days. Recheck in two weeks.",
    ),
    (
        "en",
        "Microchip {CHIP} is registered on Petlog. Keeper details must be updated within 21 days of a change.",
    ),
    (
        "en",
        "Invoice {INV}: total {GBP} including VAT. Payment due by {DATEEN}. Sort code and account number are printed on the back.",
    ),
    (
        "en",
        "Claim reference {CLAIM}, policy {POL}. Your excess is {GBP} plus 20% co-payment for pets over eight.",
    ),
    (
        "en",
        "Opening hours: Monday to Friday {TIME}–{TIME}, Saturday {TIME}–{TIME}. Out of hours care is provided by City Emergency Vets.",
    ),
    (
        "en",
        "Lilies are highly toxic to cats: even the pollen can cause kidney failure. Iris bulbs and daffodils are dangerous for dogs.",
    ),
    ("en", "Will the collar need to stay on overnight? Yes, for at least ten days after surgery."),
    ("en", "The robin and the wren visited the bird table daily; the jay only came in autumn."),
    (
        "en",
        "Ginger tom, roughly {AGE} years, found near the canal towpath. Neutered, no chip. Currently at the RSPCA centre.",
    ),
    ("en", "Kennel {BOXNR}: fed twice daily, walks at 7am and 4pm. Do not mix with other dogs."),
    (
        "en",
        "Hope Rescue, Dogs Trust and the Blue Cross all rehome dogs in the area. Home checks are required.",
    ),
    ("en", "The bill of the duck was chipped but the drake was otherwise in good condition."),
    (
        "en",
        "Mark the date: vaccination clinic at the Village Hall on {DATEEN}, 10am to 2pm. Donations to the PDSA.",
    ),
    (
        "en",
        "Sandy coat, grace in the show ring and a frank temperament: the breed standard at a glance.",
    ),
    ("en", "Pat the dog gently on the chest, not the head. Many dogs dislike being reached over."),
    (
        "en",
        "Prices from {DATEEN}: consultation {GBP}, nurse clinic {GBP}, dental under GA from {GBP}.",
    ),
    ("en", "Max dose {KG} mg per kg, not to exceed 3 doses in 24 hours. Dispense {NUM} tablets."),
    (
        "en",
        "Petplan, ManyPets and Animal Friends all cover cruciate surgery, but check the lifetime limits.",
    ),
    (
        "mixed",
        "Journal {JNR}: patient {AGE} y, {KG} kg, temp {TEMP}. Plan: {DRUG} i 5 dagar, recheck om två veckor.",
    ),
    ("mixed", "Chip {CHIP} registrerat hos Jordbruksverket, UELN {CHIP} for the horse."),
    ("mixed", "Invoice {INV} / Faktura: {AMT}, bankgiro {BG}, OCR {OCR}. Due {DATE}."),
    (
        "mixed",
        "Opening hours / Öppettider: vardagar {TIME}–{TIME}. Emergency: Djurakuten, open 24/7.",
    ),
    (
        "mixed",
        "Reminder: alla hundar ska vara vaccinerade mot kennelhosta innan check-in. No exceptions!",
    ),
    ("mixed", "Policy {POL}, claim {CLAIM}. Självrisk {AMTS}, co-payment 25 %."),
    (
        "mixed",
        "Rabies-titer ska tas minst 30 dagar efter vaccination och 3 months before travel to the UK.",
    ),
    (
        "mixed",
        "Weekly stats: 143 visits, 38 akutbesök, 12 operationer. Vecka {NUM} was busier than usual.",
    ),
    ("mixed", "Dagis för hundar öppnar kl 7. Drop off before 9, pick up senast 18."),
    (
        "mixed",
        "Fästingar och loppor: use Bravecto or Simparica every 12 weeks, fråga receptionen om dosen.",
    ),
    (
        "mixed",
        "Meeting i konferensrummet kl {TIME}, agenda: nytt journalsystem, schema för jul, ny röntgen.",
    ),
    ("mixed", "Hästen i box {BOXNR} is on box rest, endast skrittning i 6 veckor."),
    (
        "mixed",
        "Kurs i hundens första hjälpen, {DATE}. Price {AMTS}, fika ingår. Location: Ultuna, Uppsala.",
    ),
    (
        "mixed",
        "Svenska Kennelklubben och The Kennel Club har olika regler för import. Read the requirements carefully before booking the flight.",
    ),
    (
        "mixed",
        "Temperature 38,4, puls 96, andning 24. Slemhinnor rosa, CRT under 2 s. Bedömning: frisk, no further action.",
    ),
    (
        "mixed",
        "Iris och pupill reagerade normalt på ljus; no signs of uveitis. Tryck 18 mmHg båda ögonen.",
    ),
)
