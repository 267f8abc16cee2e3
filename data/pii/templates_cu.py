# ruff: noqa: E501
"""Templates of held-out CU: the local newspaper, in Swedish, English and mixed text.

News items, letters to the editor, obituaries and birthday notices, sports results and club
tables, community notices, classified ads, corrections, readers' tips to the newsroom, and the
newsroom's own mail and chat. Slots: `{P}` a full name, `{p}` lower case, `{U}` capitals, `{F}`
with middle names, `{GM}` given and middle names, `{G}`/`{g}` the given name, `{N}`/`{n}` its
short form, `{S}`/`{s}` the surname, `{I}` an initial and the surname, `{Gi}` the given name and
the surname's initial, `{R}` `Surname, Given`, `{RU}` `SURNAME, Given Middle`, `{E}` an e-mail
address; a trailing `s` a Swedish genitive, `'` an English one (the ending outside the value);
`#n` the same person again, `:f`/`:m` a woman or a man. Everything else is filled by
`generate_cu.filler`. NEGATIVES hold no value at all and are each used once.
"""

DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip

SV = (
    # news items
    "Brand i radhus på {ST} i natt. {P:m}, {AGE}, väcktes av brandvarnaren och fick ut sin familj. – Jag hörde pipet och sprang direkt, säger han till {PAPER}.",
    "Grannarna på {ST} har tröttnat på bilarna som kör för fort. – Det är barn överallt här, säger {P:f}, som bor i huset på hörnet. Kommunens trafikingenjör {P} lovar att se över saken.",
    "Polisen söker vittnen efter inbrottet i villan på {A} natten mot {DAY}. Den som sett något kan ringa {POLIS} och uppge ärendenummer {REF}.",
    "{F#1:f} har drivit kiosken vid torget i 31 år. Nu stänger {G#1} för gott. – Jag kommer att sakna stamkunderna, säger hon. Dottern {G:f} tar över lokalen.",
    "Bilen körde av vägen vid {AR}. Föraren, en {AGE}-årig man från {TOWN}, fördes till sjukhus. Räddningsledare {P} säger att halkan var förrädisk.",
    "Skolan på {ST} får ny rektor. {P#1} efterträder {P}, som går i pension. {Gs#1} första dag blir den {DATE}.",
    "Kommunfullmäktige sa ja till bygget av 40 nya lägenheter vid {ST}. Oppositionsrådet {P#1} röstade nej. – Det här har gått för fort, sa {Gs#1} partikamrat {P}.",
    "Hjältedåd i badsjön: {P#1:m} och {P:m} drog upp en pojke ur vattnet vid badplatsen. {Ss#1} fru {G:f} larmade SOS Alarm.",
    "Ny ägare i bageriet: {P#1} och {P#2} har köpt {Ss} Bageri på {A}. – Vi behåller kanelbullarna, lovar {G#2}.",
    "Årets eldsjäl i {TOWN} blev {F:f}. Hon har i tjugo år lett läxhjälpen i Folkets hus på {A}. Priset delades ut av kommunalrådet {I}.",
    "Vattenläcka på {ST}: ett tjugotal hushåll stod utan vatten under {DAY}. Driftchef {P} på VA-avdelningen säger att felet ska vara lagat till kvällen.",
    "Pensionären {P#1:f}, {AGE}, från {ST} blev lurad på {AMT} av en falsk bankman. – Han lät så trovärdig, säger {G#1}, som nu vill varna andra.",
    "Efter 43 år stänger {Ss#1} Järnhandel på {A}. Ägaren {P#1} säger att näthandeln tog kunderna.",
    "{P#1}, 17, från {TOWN} tog guld i SM i brottning. Tränaren {P} är stolt: – {G#1} har kämpat hela säsongen.",
    # letters to the editor
    "INSÄNDARE\nRusta upp lekplatsen på {ST}!\nGungorna är trasiga och sanden är full av glas. Vi är många föräldrar som undrar när kommunen ska göra något.\n{P}, {TOWN}",
    "Svar till {P#1} om snöröjningen: vi plogar {ST} enligt plan, men i helgen kom det 40 cm på ett dygn. {P}, gatuchef",
    "Insändare: Behåll biblioteket i {TOWN}. Jag har lånat böcker där sedan 1962 och vet att många äldre inte klarar att åka till stan.\n{F:f}\n{AT}",
    "Ordet är fritt\nVarför får husbilarna stå på parkeringen vid {ST} hela sommaren? Vi boende får inte ens ställa en släpkärra där.\nArg granne (namn och adress känt av redaktionen)\n\nSvar: Parkeringsbolagets vd {P} svarar att en ny skylt kommer.",
    "Tack till alla som hjälpte till när vi letade efter vår dement pappa {G:m} i fredags. Särskilt tack till {P} och {P} som hittade honom vid ån. Familjen {S}",
    "Insändare: Jag håller inte med {I#1} ({DATE}) om vindkraften. {S#1} skriver att ingen bor nära, men vi på {AR} har 600 meter till närmsta verk.\n{P}",
    # obituaries and family notices
    "Vår älskade\n{F#1:m}\n* {DATEB}\n† {DATE}\nhar lämnat oss i stor sorg och saknad.\n{TOWN}\n\n{G:f}\n{G} och {G}\nBarn och barnbarn\n\nBegravningen äger rum i kyrkan. Tänk gärna på Cancerfonden. {Ss} Begravningsbyrå, {PH}",
    "Min käre make, vår pappa och morfar\n{F#1:m}\nhar stilla insomnat i sitt hem.\n{G:f}\n{G} och {G:m}\n{G:f}\nMinnesstund i församlingshemmet. Anmälan till Fonus, {PH}, senast {DATE}.",
    "Till minne\n{P#1:m} avled den {DATE} i en ålder av {AGE} år. {G#1} växte upp på {FARM} i utkanten av {TOWN} och arbetade hela livet som lärare. Närmast sörjande är hustrun {G:f} och sönerna {G:m} och {G:m}. {P}",
    "Vår käraste\n{F:f}\n* 1931 † {YEARNOW}\nSaknad och älskad\n{P}\n{P} med familj\nAnnonsen beställd av {P}, {AL}",
    "Födelsedagar\n50 år: {P}, {AT}, fyller {DAY}.\n60 år: {P}, {AT}.\n75 år: {F:f}, {AT}, firar med familjen.\n95 år: {P:m}, {A}.",
    "Bygglov beviljat: {P} och {P}, {A}, tillbyggnad av bostadshus. {P}, {AR}, nytt garage. Beslutet kan överklagas inom tre veckor.",
    "Lagfarter: {P} och {P} har köpt Noret 4:12, {A}, av {P} för {AMT}. {P} har köpt Vikarbyn 12:3 av {R} för {AMT}.",
    "90 år fyller på {DAY} {F#1:f}, {A}. {G#1} föddes på {FARM} och har bott i {TOWN} i hela sitt liv. Hon firar med barn och barnbarn.",
    "100 år fyller i dag {P#1:m}, {A}. {G#1} är född {DATECENT} och är kommunens äldsta man. Blomsterhälsning från kommunen lämnas av kommunalrådet {P}.",
    "Familjeredaktionen: Jag vill inte att min 70-årsdag publiceras. Namn: {P}, personnummer {PNR}, adress {A}.",
    "Avstår från uppvaktning: {U}, {PNR}, {A}. Fyller 80 den {DATE}. Tacksam om ni inte skriver något.",
    "Födda: {DATE} fick {P:f} och {P:m} en dotter, {G:f}. Familjen bor på {A}.",
    "Vigda: {P:f} och {P:m} vigdes i kyrkan i {TOWN}. Vigselförrättare var prästen {P}. Adress: {A}.",
    "Tack\nEtt varmt tack för all vänlig omtanke vid vår käre {Gs#1:m} bortgång. {P:f} med familj",
    # sports
    "Fotboll, division 4: {TEAM}–{TEAM} {SCORE}. Mål: {P} 2, {S}. Varning: {I}. Publik: {NUM}.",
    "Trav, {TRAVBANA}. Lopp 3: 1) {HORSE} ({P}) {KMT}, 2) {HORSE} ({P}) {KMT}, 3) {HORSE} ({S}) {KMT}. Vinnare tränas av {P}.",
    "Orientering, nattorientering. H21: 1) {P}, {TEAM} {OTIME}, 2) {P}, {TEAM} {OTIME}, 3) {P}, {TEAM} {OTIME}. D21: 1) {P:f}, {TEAM} {OTIME}.",
    "Bandy, allsvenskan: {TEAM}–{TEAM} {SCORE}. Målen: {S} 3, {S}, {I}. Bäst på plan: målvakten {P}.",
    "Tabell efter 14 omgångar:\n1. {TEAM} 14 10 2 2 34–12 32\n2. {TEAM} 14 9 3 2 29–14 30\n3. {TEAM} 14 7 4 3 25–18 25\nSkytteliga: {P} 14, {P} 11, {P} 9.",
    "Skidor, klubbmästerskap. Damer: 1) {P:f}, 2) {P:f}, 3) {Gi:f}. Herrar: 1) {P:m}, 2) {P:m}. Tävlingsledare {P} tackar funktionärerna.",
    "Bowling, seriespel. Dagens högsta serie: {P}, 278. Lag {TEAM} leder före {TEAM}. Nästa omgång {DAY} kl. {TIME}.",
    "Ishockey, hockeyettan: {TEAM}–{TEAM} {SCORE}. Målskyttar: {P} ({P}, {P}), {P}. Matchens lirare: {P}.",
    "{P#1}, 14, från {TOWN} vann sin klass i Distriktsmästerskapen i simning. – {G#1} tränar sex dagar i veckan, säger mamma {G:f}.",
    "Golf, klubbtävling. Slaggolf herrar: 1) {R}, 71, 2) {R}, 74. Damer: 1) {R:f}, 79. Närmast hål 7: {P}.",
    # community notices
    "Föreningsnytt: SPF Seniorerna har månadsmöte {DAY} kl. {TIME} i Folkets hus. Anmälan till {P#1}, {PH}, eller {E#1}.",
    "Loppis! Lördag kl. {TIME} på {A}. Allt från barnkläder till möbler. Välkomna! Frågor: {G} {PH}",
    "Kyrkans veckoblad: Gudstjänst söndag kl. {TIME}, präst {P}, kyrkomusiker {P}. Kyrkkaffe efteråt. Pastorsexpeditionen, {A}, {PH}.",
    "Hembygdsföreningen bjuder in till sommarfest på {FARM}. Vägbeskrivning: följ skyltarna från {ST}. Kontakt: {P}, {PH}.",
    "Studiecirkel i släktforskning med {P#1}. Vi träffas i biblioteket på {A} varannan torsdag. Anmälan: {E#1} eller {PH}.",
    "PRO {TOWN} söker ny kassör. Nuvarande kassören {P} avgår efter elva år. Valberedningen: {P}, {PH}, {P}, {PH}. Nomineringar till {BOX}.",
    "Vägföreningen har årsstämma i bystugan. Kallelse skickas till medlemmarna. Ordförande {P}, {AR}, tel {PH}.",
    "Blodbussen står på {ST} {DAY}. Frågor besvaras av sjuksköterskan {P} på {PH}.",
    "Lions auktion till förmån för barncancerforskningen. Inlämning av saker till {P}, {A}. Ring först på {PH}.",
    "Brandstationens öppet hus: Räddningstjänsten visar bilarna och {P} berättar om brandvarnare. Plats: {A}.",
    # classified ads
    "SÄLJES: Barnvagn Emmaljunga, välvårdad, 900 kr. Hämtas på {A}. Ring {PH}.",
    "UTHYRES: 2 rok, 58 kvm, {STL}. 7 800 kr/mån. Ring {G} på {PH} efter kl. 17.",
    "KÖPES: Mopeder, veteranbilar och gamla traktorer, kontant betalning. {Ss} Motor, {A}, {PH}.",
    "BORTSPRUNGEN: Katten {PET}, svart och vit, försvann från {ST} i helgen. Hittelön! Ring {PH} eller mejla {E}.",
    "SÄLJES: Ved, björk, 40 l-säck 60 kr. Hemkörning. {P}, {AR}, {PH}",
    "Hittegods: Ett par glasögon i rött fodral hittades vid {ST}. Kan hämtas hos {P}, {A}, tel {PH}.",
    "Uthyres sommarstuga vid sjön, {AR}, v. 27–32. 4 500 kr/v. Kontakta {P#1} på {PH} eller {E#1}.",
    "SÖKES: Hund- och kattvakt för vår golden {PET} några dagar i juli. Vi bor på {A}. Hör av dig till {G:f}, {PH}.",
    "Snöskottning och takskottning utförs. F-skatt, RUT-avdrag. {Ss} Tjänst AB, {BOX}, {PH}, {E}.",
    "Svar till annons nr {REF} sänds till {BOX}.",
    "SÄLJES: Villa på {A}. 5 rok, garage. Visning {DAY} kl. {TIME}. Mäklare {P#1}, {PH}, {E#1}.",
    "Hundvakt sökes för {PET} (labrador). Ring {Gi} {PH}",
    # corrections
    "Rättelse: I tisdagens tidning stod det att {P#1} är ordförande i hembygdsföreningen. Rätt är {P}. {G#1} är sekreterare. Vi beklagar felet.",
    "Rättelse: I artikeln om skolbranden blev {Gs#1:f} efternamn fel. Hon heter {P#1}.",
    "Rättelse: Adressen till loppisen i lördags var fel. Rätt adress är {A}, inte {ST}.",
    "Rättelse: I födelsedagsnotisen om {P#1:m} ({DATE}) hade vi fel ålder. {G#1} fyller 60, inte 70. Han bor på {AT}.",
    "Rättelse: Numret till Friskvårdsföreningens kontaktperson {P} är {PH}, inte det som stod i fredags.",
    # readers' tips
    "Tips till redaktionen\nNamn: {P#1}\nTelefon: {PH}\nE-post: {E#1}\nTips: Det har legat en död älg i diket vid {AR} sedan i måndags och ingen hämtar den.",
    "Från: {P#1} <{E#1}>\nTill: {PMAIL}\nÄmne: Tips om bygget\n\nHej! Grannen på {A} har byggt ett garage utan bygglov. Ring mig gärna, {PH}.\nMvh {G#1}",
    "Hej {PAPER}! Jag vill tipsa om min granne {P#1:f}, {AGE}, som har stickat 400 mössor till BB. Hon bor på {ST}. Mitt nummer: {PH}. /{G}",
    "Tipspengar: 500 kr utbetalas till {P}, pnr {PNR}, {A}. Tipset gällde olyckan på riksväg 70.",
    "Utbetalning tipsarvode\n{R}\nPersonnummer: {PNR}\nAdress: {AL}\nBelopp: {AMT}\nAttest: {I}",
    "Arvodesunderlag frilans: {P}, {PNR}, {AL}. Bilder från matchen {TEAM}–{TEAM}, {NUM} bilder. Tel {PH}.",
    "Tips via sms från {PH}: brinner i en lada vid {FARM}, räddningstjänsten på plats. /{G}",
    # the newsroom's own chat and mail
    "{g}: nån som har numret till {p:m}? han var vittne till olyckan\n{g}: {PH}\n{g}: tack! han bor på {a} om du vill åka dit",
    "[08:12] {g}: vem tar branden på {a}?\n[08:13] {g}: jag kan ta den, har ringt {g} som bor granne\n[08:14] @{g} skicka bilder till fotodesken",
    "Hej {G#1}!\nIntervjun med {P:m} är bokad {DAY} kl. {TIME} hemma hos honom, {A}. Hans mobil: {PH}.\n/{G}\nNyhetschef\n{PAPER}\n{PHS}",
    "Prenumeration autogiro\nNamn: {U#1}\nPersonnummer: {PNR}\nAdress: {A}\nTelefon: {PH}\nE-post: {E#1}",
    "Hej! Jag har inte fått tidningen på tre dagar. Jag bor på {STL}. Mvh {P#1}, kundnummer {REF}, {E#1}",
    "Beställning familjeannons\nBeställare: {P#1}, {PNR}\nAdress: {A}\nE-post: {E#1}\nTelefon: {PH}\nPubliceras: {DATE}",
    "Efternamn: {S#1}\nFörnamn: {G#1}\nPersonnummer: {PNR}\nUtdelningsadress: {ST}\nPostnummer och ort: {POSTAL}\nVinst: presentkort 500 kr (julkrysset)",
    "Vinnare i julkrysset: {P}, {TOWN}; {P}, {AT}; {P:f}, {TOWN}. Vinsterna skickas hem till er.",
    "Reporter {P#1} ({E#1}, {PH}) bevakar kommunfullmäktige. Fotograf: {P}.",
    "SÄLJES: Husvagn Kabe -98, vintergarage, 45 000 kr. Ring {N:m} {PH} eller {PH}.",
    "Styrelsen 2027 efter årsmötet:\n{R} (ordf.), {PH}\n{R} (kassör), {PH}\n{R} (sekr.), {E}\nKlubbstugan: {A}",
    "Golf, poängbogey: 1) {R} 41p, 2) {R} 39p, 3) {R:f} 38p. Tävlingsledare {N}, {PH}.",
    "Luciatåg i kyrkan. Kontaktpersoner: {N:f} {PH}, {P} {PH}, {Gi:f} {PH}.",
    "Dödsfall: {F#1}, {AT}, avled den {DATE}, {AGE} år. Begravningen förrättas av komminister {P}.",
    "Dödsannons, uppgifter från begravningsbyrån\nAvliden: {F}, {PNR}\nKontaktperson: {P}, {PH}\n{AL}",
    "Uppvaktning undanbedes. {F:m} fyller 85 år på {DAY} och tillbringar dagen med familjen på {A}.",
    "Efterlysning: Polisen söker {P:m}, {AGE}, som senast sågs vid {A} på {DAY}. Tips till {POLIS} eller {PH}.",
    "Tipsa oss!\nNamn: {U#1}\nPersonnummer (för utbetalning): {PNR}\nTelefon: {PH}\nAdress: {AL}\nE-post: {E#1}",
    "Dagens fråga: Vad tycker du om nya busstationen?\n{P:f}, {AGE}, {TOWN}: – Äntligen!\n{P:m}, {AGE}, {TOWN}: – För dyr.\n{P}, {AGE}, {TOWN}: – Vet inte än.",
    "Månadens företagare: {Ss#1} Rör AB drivs av {P#1} och {P}. Besöksadress: {A}, tel {PH}, {PMAIL}.",
    "Rättelse: I gårdagens dödsannons för {F} blev begravningsdatumet fel. Rätt datum är {DATE}. Begravningsbyrån nås på {PH}.",
    "BOSTAD SÖKES: Lugn tjej, 24, söker 1:a eller 2:a. Ring {N#1:f} {PH} eller mejla {E#1}.",
    "Brf Solgläntan: ordförande {P}, {STL}, tel {PH}. Felanmälan till förvaltaren på {PH}.",
    "Trav: {HORSE} ägs av Stall {S} och körs av {P}. Tränaren {I} räknar med seger på {TRAVBANA}.",
    "Grattis {N} på 40-årsdagen! Hälsningar från alla på {ST}. Ring {PH} så sjunger vi!",
    "Vinstutbetalning (internt): {P}, {PNR}, {A}. Vinsten i fototävlingen är 2 000 kr och redovisas till Skatteverket.",
    "Frilansarvode {DATE}: {R}, {PNR}, {AL}. Text och bild från matchen mot {TEAM}. Tel {PH}.",
    "Prenumerantlotteriet: vinnare är {P}, {PNR}, {AT}. Vinsten, 5 000 kr, betalas ut via Swish till {PH}.",
    "Hittad: En hund ({PET}) sprang omkring vid {A}. Ägaren kan ringa {P} på {PH}.",
    "Priset i fototävlingen skickas till {P} {CO}.",
    "Underlag familjesidan: jubilar {P#1:f}, {PNRO}, {AL}. 100 år den {DATE}. Kontaktperson: dottern {P:f}, {PH}.",
)

EN = (
    # news items
    "A family escaped unhurt when fire broke out at their home in {AU} on {DAYEN}. {P:m}, 41, said the smoke alarm woke him just after 3am.",
    "Police are appealing for witnesses after a car was damaged outside {AU}. Anyone with information should call {PHU} quoting reference {REF}.",
    'Residents of {USTREET} say they have been left waiting months for the pothole to be fixed. "It\'s a disgrace," said {P:f}, who has lived on the road for 30 years.',
    '{F#1:f} has run the village post office for 28 years. Now {G#1} is retiring. "I\'ll miss the chats," she said. Her successor, {P}, takes over next month.',
    "Court report: {P#1}, 34, of {AU}, admitted drink-driving at Magistrates' Court. {S#1} was banned for 18 months and fined {GBP}.",
    "Planning applications: Mr and Mrs {S}, {AU}: single-storey rear extension. {P}, {AU}: change of use to holiday let.",
    "Police blotter: {P}, 45, of {AUS}, was cited for disorderly conduct. Officers responded to a call at {AUS} at 11:40 p.m.",
    "Property transfers: {P} and {P} to {P}, {AUS}, ${USD}. {R} to {P}, {AUS}, ${USD}.",
    'Local hero {P#1:m} pulled a neighbour from the river on {DAYEN}. "{G#1} didn\'t think twice," said his wife {G:f}.',
    "The former {S'#1} Bakery on {UKSTREET} will reopen as a café. Owner {P} told the Gazette it would employ six people.",
    "Councillor {P#1} has resigned after eleven years. Cllr {S#1} said a successor would be chosen at a by-election.",
    "{P#1}, 16, from {TOWNEN}, has been selected for the national under-18 squad. Coach {P} called {G'#1} progress remarkable.",
    # letters
    "LETTERS\nSave our library\nSir, — I have used the library on {UKSTREET} since I was a girl. Closing it would cut off the elderly.\n{P:f}\n{AUL}",
    "Letters: I must disagree with {I#1} (Letters, {DATEEN}). {S#1} says nobody uses the bus. I take it every day.\n{P}, {TOWNEN}",
    "Dear Editor,\nThanks to the two young men who changed my tyre on the bypass last week. I never got your names — if you read this, call me on {PHU}.\n{Gi:f}, {TOWNEN}",
    "Letter to the editor: Our council spends a fortune on consultants. Mayor {P} should explain why.\n{P}\n{AUS}",
    # obituaries and notices
    "DEATHS\n{RU#1:f} (née {S}). Peacefully at home on {DATEEN}, aged 87. Beloved wife of the late {G:m}, mother of {G} and {G}. Funeral at the parish church. Enquiries to Co-op Funeralcare, {AU}, tel {PHU}.",
    "OBITUARY\n{F#1:m}, 78, of {AUS}, died {DATEEN}. {G#1} was a machinist for 40 years and a devoted grandfather. He is survived by his wife, {F:f}, and sons {G:m} and {G:m}. Arrangements by {S} & Sons Funeral Home, {PHUS}.",
    "In loving memory of {P#1}, who left us a year ago today. Always in our hearts. {G}, {G} and family",
    "BIRTHDAYS\nHappy 90th birthday to {P#1:f} of {UKSTREET}! Love from {G}, {G} and all the grandchildren.",
    "Entries for the photo competition to the Editor {CO}.",
    "Happy 100th, {P#1:m}! {G#1} celebrated at {AUL} with family and a letter from the King.",
    "BIRTHS\n{S#1:m} — To {G:f} (née {S}) and {G#1:m}, a son, {GM:m}, on {DATEEN}. A brother for {G}.",
    "Thank you\nThe family of the late {P} thank everyone for their cards and kindness. Special thanks to Dr {S} and the district nurses.",
    # sports
    "Sunday League: {TEAMEN} 3 {TEAMEN} 1. Scorers: {S} 2, {I}. Man of the match: {P}.",
    "Cricket: {TEAMEN} 214-6 ({P} 88, {P} 41) beat {TEAMEN} 176 ({S} 4-32) by 38 runs.",
    "Parkrun results: 1st {P} 17:42, 2nd {P} 18:05, first woman {P:f} 19:11. Run director {P}.",
    "Bowls: {P} and {P} won the club pairs final 21-14 against {R} and {R}.",
    "High school football: {TEAMUS} 28, {TEAMUS} 21. QB {P} threw for 240 yards; {P} rushed for two touchdowns.",
    "League table\n1. {TEAMEN} P14 W10 D2 L2 Pts 32\n2. {TEAMEN} P14 W9 D3 L2 Pts 30\nTop scorer: {P} (14).",
    # community notices
    "Village notices: The WI meets {DAYEN} at {TIME} in the village hall, {AU}. New members welcome — contact {P#1} on {PHU} or {E#1}.",
    "Church notices: Holy Communion, Sunday {TIME}, Revd {P}. Coffee morning Saturday at {AU}.",
    "Parish council: The next meeting is on {DATEEN}. Clerk: {P#1}, {AUL}, {PHU}, {E#1}.",
    "Bake sale for the hospice at {AUS} on Saturday. Contact {P} at {PHUS}.",
    "The Rotary Club's Christmas float will visit {UKSTREET} on {DAYEN}. Organiser {P}, {PHU}.",
    "Lost dog: {PET}, a brown spaniel, last seen near {UKSTREET}. Please call {Gi} on {PHU}.",
    # classifieds
    "FOR SALE: Oak dining table and six chairs, £120 ono. Collect from {AU}. Tel {PHU} after 6pm.",
    "TO LET: Two-bed flat, {AU}. £650 pcm. Call {N} on {PHU}.",
    "WANTED: Old motorbikes, any condition, cash paid. {P#1}, {AU}, {PHU}, {E#1}.",
    "Garage sale Saturday 8-noon at {AUS}. Tools, books, kids' stuff. Text {G} at {PHUS}.",
    "Handyman available, no job too small. {P#1}, {PHU}, {E#1}.",
    "House for sale by owner: 3 bed, 2 bath, {AUS}. Call {PHUS} or email {E}.",
    # corrections
    "Correction: In last week's edition we wrongly named the new head teacher as {P#1:f}. She is {P:f}. We apologise for the error.",
    "Clarification: The address given for the craft fair was wrong. It is {AU}.",
    "Correction: A caption on page 7 misspelled the name of {P#1}. {G'#1} surname is {S#1}.",
    "Correction: The phone number for the food bank at {AU} is {PHU}, not as printed.",
    # tips
    "From: {P#1} <{E#1}>\nTo: {PMAILEN}\nSubject: Story tip\n\nHi, there's been a sinkhole on {UKSTREET} since Monday. I live at {AU}. Call me on {PHU}.\n{G#1}",
    'Street talk: What do you think of the new bypass?\n{P:f}, 67, retired: "About time."\n{P:m}, 34, {TOWNEN}: "Too noisy."\n{P}, 19, student: "Don\'t care."',
    "Club contacts 2027: Chairman {P}, {PHU}; Treasurer {R}, {E}; Fixtures secretary {N}, {PHU}; Ground: {AU}.",
    "Golden wedding: Congratulations to {P#1:m} and {P:f} of {AU}, who married at the chapel 50 years ago today. Love from {G} and {G}.",
    "FOR SALE: Seasoned hardwood logs, £80 a load, free delivery. Call {N:m} on {PHU} or {PHU}.",
    "OBITUARY: {F#1:f}, 91, of {AUS}. Visitation at {S'} Funeral Home, {AUS}, Friday 4-7 p.m. Memorials to the library. Contact {P}, {PHUS}.",
    "Correction: The obituary for {F#1} published on {DATEEN} gave the wrong service time. The service is at 11am. {G'#1} family can be reached via {E}.",
    "Planning decisions: approved — {P}, {AU}, loft conversion; refused — {P}, {AUL}, two-storey side extension.",
    "Court round-up: {RU}, 28, of {AU}, fined {GBP} for speeding. {P}, 52, of {AUL}, banned for 12 months.",
    "News tip: My neighbour {P:f}, 94, is still driving her tractor every day. She lives at {AUS}. My number is {PHUS} — {G}",
    "newsdesk chat\n{g}: who's covering the fire on {au}?\n{g}: me. spoke to {p:m}, the owner\n{g}: got his number? {PHU}",
)

MIXED = (
    "Hej {G#1}! Kan du ringa {P:f} on {PH}? She's the source för storyn om skolbussen, bor på {A}. Deadline 16.00. Thanks! /{G}",
    "Story pitch: Brand på {A} i natt. Owner {P}, 52, says insurance won't pay. Vill du ta den? Photos från {G}.",
    "Från: {P#1} <{E#1}>\nTill: {PMAIL}\nSubject: News tip / nyhetstips\n\nHi, I'm an English teacher living at {A}. Vägen utanför är full av hål since March. Call me: {PH}.\nBest, {G#1}",
    "{g}: kan du fixa correction på {p}? namnet är fel i printen\n{g}: sure, vad ska det vara?\n{g}: {p}, med dubbel-s\n{g}: done ✅",
    'Matchrapport / match report: {TEAM}–{TEAM} {SCORE}. Goals: {P} 2, {S}. Assist {I}. Coach {P} var nöjd: "We played our game."',
    "Uthyres / For rent: 3:a, {STL}. 9 200 kr/month. Contact {P#1} on {PH} or {E#1}.",
    "In loving memory / Till minne av\n{F#1:f}\n* {DATEB} † {DATE}\nLoved by {G}, {G} and family. Begravning i kyrkan i {TOWN}.",
    "Hej! Jag söker kontakt med {P#1}, who used to live at {A}. Vi var klasskamrater. Please call {PHX}. /{P}",
    "Reminder till sportdesken: resultaten från helgens cup ska in före 22.00. Send to {PMAIL}. Ansvarig: {P}, {PH}.",
    "Correction/Rättelse: {P#1}'s title is head coach, inte assisterande tränare. {G#1} bor i {TOWN}.",
    "Interview booked: {P:m} ({PH}) at hans kontor, {BOX}. Fotograf {P} joins at {TIME}.",
    "[09:02] {g}: who's on the council meeting tonight?\n[09:03] {g}: jag! {g} är sjuk\n[09:04] @{g} ok, ring {g} på {PH} om agendan",
    "Frilansfaktura / freelance invoice\nName: {P}\nPersonnummer: {PNR}\nAddress: {AL}\nFor: photos of the parade\nAmount: {AMT}",
    "Tip payout approved: 300 kr to {R}, pnr {PNR}, {A}. Godkänt av {I}.",
    'Letter from a reader (translated): "As a Brit living in {TOWN}, I love the Lucia procession. Tack!" — {P}, {A}',
    "Obit draft: {F#1:m} dog {DATE}, {AGE} år. Grew up in {TOWNEN}, flyttade till Sverige 1974. Survived by {G:f} and three children. Contact family via {P}, {PH}.",
    "Subscriber issue: {U} ({PNR}) says tidningen inte kommer fram till {A}. Please check with distribution.",
    "Classified: SÄLJES / FOR SALE — kajak, 4 500 kr. {G#1} {PH}, {E#1}",
    "Notis: Swedish-English book club träffas {DAY} {TIME} hos {P#1}, {A}. Everyone welcome! {E#1}",
    "Hej {G}, here's the tip: {P#1:f} ({E#1}) says the ICA on {ST} is closing. Hennes nummer {PH}.",
    "Sports desk: {P#1:m} (född 2009) is the youngest ever in the A-team. Hans pappa {P:m} played for {TEAM} in the 90s.",
    "Födelsedagar / Birthdays: {P} 60 år, {AT}. {P} 85 år, {AT}. Congratulations!",
    "Hi {G}! Kan du kolla adressen för {P#1:f}? I think it's {a} but not sure. Hennes mejl: {E#1}",
    'Reader tip via sms ({PH}): "Polisen är på {ST}, lots of cars, någon skadad?"',
    "Contract note: Photographer {P}, pnr {PNR}, bank account at Swedbank. Adress: {A}. Phone {PH}.",
    "Hey {g}, the mayor's office ringde. {P#1}, pressekreterare, vill ha en rättelse. {Gs#1} nummer: {PH}",
    "Från: {P#1} <{E#1}>\nTo: {PMAIL}\n\nHej, I'm writing about my late father {F:m} who died {DATE}. Could you publicera dödsannonsen on Saturday? Vår adress: {AL}\n{G#1}",
    "Prize winner / vinnare: {P}, {AT}. Priset skickas to {ADDRX}.",
    'Expat corner: {P#1} from {TOWNEN} has opened a café at {A}. "Fika is the best thing about Sweden," {G#1} says.',
    "Kolla this: {P#1} har startat en insamling för hunden {PET}. Contact {G#1} on {PH}.",
    "Obituary for {P#1:f} — 'hon var hjärtat i byn'. Sent by {P}, {ADDRX}, {PHX}.",
    "Reporter notes: met {P} at {A}. Neighbour {G:f} ({PH}) saw everything. Follow-up imorgon.",
    "Please update the contact list: sports editor {P#1} {PH}, {E#1}; nattredaktör {P} {PH}.",
    "Hej! Our company moved. New address: {BOX}. Phone {PH}. /{P}, {Ss} Bygg & Måleri",
    "Prize for {P:f} goes {CO}, as she asked. Tack!",
    "Vinnare i tävlingen: {P#1} ({E#1}). Please send the prize to {AL}.",
    "{g} skrev: can someone cover {n}'s shift tomorrow? hon är sjuk",
    "Wedding notice / Vigda: {P:f} and {P:m} gifte sig {DATE} in {TOWN}. They live at {A}.",
    "Hi! Jag är ny på redaktionen. {P#1}, reporter. Mobile {PH}, mail {E#1}. Sitter vid fönstret.",
    "Om någon vet var {P#1:m} bor nu – he won our raffle! Last known address: {AL}.",
    "Police log (translated for the English page): Inbrott på {A} under natten. The owner, {P}, {AGE}, was away.",
    "FYI: {P:m} ringde från {PHX} about his mother's obituary. Vill ha ändring i texten. He lives at {ADDRX}.",
    "Bandy tonight! {TEAM} vs {TEAM}. Commentary by {P} och {P}. Biljetter via {PH} eller i kansliet, {A}.",
    "Correction: the address for the Christmas market is {A}, not {ST}. Sorry! /Redaktionen",
    "Tips: {p} på {a} har hittat en gammal bomb i trädgården lol. call him {PH}",
    "Note to self: ring {P:f} tomorrow re: obit. {PH}. Hon är dotter till {P}.",
    "Notice: The Anglican chaplaincy meets at {A}. Chaplain Revd {P#1}, {PH}, {E#1}.",
    "Please add to the birthday page: {U}, 100 år, pnr {PNRO}, {AL}. Family says ok to publish.",
    "Reader wants anonymity: {P#1} ({PNR}) — do NOT publish name. Contact only via {E#1}.",
    "Club list / medlemslista:\n{R}, {PH}\n{R}, {E}\n{R}, {PHX}\n{R}, {A}",
    "Hej! {N#1} här. Kan vi ses at {A}? Ring {PH}. Or mail me: {E#1}",
    "Obit intake (från Fonus): Deceased {F}, pnr {PNR}, last address {AL}. Contact daughter {P:f}, {PH}.",
    'Vox pop: Vad tycker du om nya busstationen? {P:f}, {AGE}: "Den är great!" {P:m}, {AGE}: "Too expensive."',
    "Newsroom rota / schema: måndag {G}, tisdag {G}, onsdag {N}. Questions → {P}, {PH}.",
    "Shipping address for the prize: {ADDRX}. Winner: {P}, {PHX}.",
    "Story lead: {P#1:f}, {AGE}, bor på {A} and runs a soppkök for the homeless. Hennes telefon {PH}, {E#1}.",
    "Payroll/lön för sommarvikarie: {P}, personnummer {PNR}, adress {A}. Start date {DATE}, mobil {PH}.",
    "Rättelse request från {P:f}, pnr {PNR}: her mother's address in the dödsannons should be {A}. Hon nås på {PH}.",
    'Sport: {P#1} är ny tränare i {TEAM}. "I know the club well", säger {G#1}, who played here 2009–2014.',
)

NEGATIVES = (
    (
        "sv",
        "Kommunfullmäktige sammanträder tisdag 14 mars kl. 18.30 i sessionssalen. Ärendelistan finns på kommunens webbplats under diarienummer KS 2027/143.",
    ),
    (
        "sv",
        "Tabell division 4: 1. Mora IK 14 10 2 2 34–12 32, 2. Orsa IF 14 9 3 2 29–14 30, 3. Rättviks GoIF 14 7 4 3 25–18 25.",
    ),
    (
        "sv",
        "Rättelse: I gårdagens tidning stod det att matchen börjar kl. 15.00. Rätt tid är kl. 14.00. Vi beklagar.",
    ),
    (
        "sv",
        "Vädret i helgen: sol och upp till 18 grader på lördag, regn och blåsigt på söndag. SMHI varnar för halka i fjällen.",
    ),
    (
        "sv",
        "Trafikverket stänger riksväg 70 mellan kl. 22 och 05 under vecka 12 för beläggningsarbete. Omledning via länsväg 242.",
    ),
    (
        "sv",
        "Räddningstjänsten larmades till en brand i ett soprum vid 22-tiden. Ingen person skadades och branden släcktes snabbt.",
    ),
    (
        "sv",
        "SÄLJES: Vinterdäck 205/55 R16 på fälg, 2 000 kr. Annonsnummer 88123. Svar via tidningens annonsavdelning.",
    ),
    (
        "sv",
        "Bankgiro 5050-1055, org.nr 556677-8899. Ange OCR 4412778199 vid betalning av annonsen. Faktura nr 20271432.",
    ),
    (
        "sv",
        "Sten och grus ska forslas bort från gamla grustaget. En björn sågs vid sjön i fredags, enligt jägarna.",
    ),
    (
        "sv",
        "Klara, färdiga, gå! Per person kostar loppet 150 kr och max 200 deltagare får plats. Start vid idrottsplatsen kl. 10.",
    ),
    (
        "sv",
        "Lind, ek och ask planteras längs allén i vår. Rosor och liljor i rabatterna vid torget.",
    ),
    (
        "sv",
        "Trav: V75-1 vanns av en femåring på tiden 1.12,5a. Omsättning 84 miljoner kronor. Nästa tävlingsdag lördag.",
    ),
    ("sv", "Sveriges Radio P4 sänder matchen direkt från kl. 18.55. Reprisen visas i SVT Play."),
    (
        "sv",
        "Länsstyrelsen och Skogsstyrelsen varnar för brandrisk. Eldningsförbud gäller från fredag i hela länet.",
    ),
    (
        "sv",
        "Folktandvården på vårdcentralen flyttar till plan 3 i samma hus. Öppettider: mån–fre 8–16.",
    ),
    (
        "sv",
        "Vecka 12: Sportlov i Dalarna och Gävleborg. Skidbussen avgår varje timme från resecentrum.",
    ),
    (
        "sv",
        "Stig in i hembygdsgården och se utställningen om forna tiders jordbruk. Fri entré, kaffe 20 kr.",
    ),
    (
        "sv",
        "Resultat Vasaloppet 2027: Segertiden blev 3.58.12. Över 15 800 åkare gick i mål i Mora.",
    ),
    (
        "sv",
        "Systembolaget, Apoteket och Coop har ändrade öppettider under påskhelgen. Se anslag i butikerna.",
    ),
    (
        "sv",
        "RUT-avdrag och ROT-avdrag: Skatteverket påminner om att fakturan ska vara betald före årsskiftet.",
    ),
    ("sv", "Kaj 4 i hamnen stängs för reparation. Färjan till ön går från kaj 2 tills vidare."),
    (
        "sv",
        "Annonspris: 1/4 sida 3 400 kr exkl. moms. Familjeannonser från 450 kr. Manusstopp torsdag kl. 12.",
    ),
    (
        "sv",
        "Bo kvar hemma längre: kommunens hemtjänst utökas med 12 tjänster. Beslutet fattades med 31 röster mot 20.",
    ),
    (
        "sv",
        "Liv och rörelse på marknaden i lördags. Uppskattningsvis 4 000 besökare kom till marknadsplatsen.",
    ),
    (
        "sv",
        "IFK Mora vann derbyt med 3–1 (1–0) inför 1 240 åskådare. Nästa hemmamatch spelas 2027-05-08.",
    ),
    (
        "sv",
        "Sagan om ringen visas på biografen i helgen. Biljetter 110 kr, barn 70 kr, slutsålt på fredagen.",
    ),
    (
        "en",
        "The parish council meets on Tuesday 14 March at 7.30pm in the village hall. Agenda item 4: the A591 speed limit.",
    ),
    (
        "en",
        "League table: 1. Hexham Town P14 W10 D2 L2 Pts 32; 2. Prudhoe FC P14 W9 D3 L2 Pts 30; 3. Corbridge United P14 W7 D4 L3 Pts 25.",
    ),
    (
        "en",
        "Correction: Last week we said the fun run starts at 10am. It starts at 9.30am. We apologise for any confusion.",
    ),
    (
        "en",
        "Grace and hope filled the cathedral as the choir sang. Will the roof repairs be finished by May? The council says June.",
    ),
    (
        "en",
        "Weather: a frost warning from the Met Office for Thursday. Highs of 4C, lows of -3C. Gritters out on the A66 and M6.",
    ),
    (
        "en",
        "FOR SALE: Mountain bike, 21 gears, £90. Ref AD-44812. Replies to the Gazette classifieds desk.",
    ),
    (
        "en",
        "Planning ref 27/00431/FUL: erection of two holiday lodges at land north of the B6318. Decision due 2 April.",
    ),
    (
        "en",
        "Mark your diary: the Victoria sponge competition returns to the summer show. Entries £2, judging at 2pm.",
    ),
    (
        "en",
        "The Environment Agency has lifted the flood warning for the River Tyne. Network Rail says trains run normally.",
    ),
    (
        "en",
        "Frank talk at the town hall: residents asked why the bill for the new car park rose to £1.2m.",
    ),
    (
        "en",
        "Heather, holly and ivy wreaths on sale at the garden centre from 1 December, £15 each.",
    ),
    (
        "en",
        "High school basketball: Central 64, Lincoln 58. Next home game Friday at 7 p.m. Tickets $5 at the door.",
    ),
    (
        "en",
        "Sheriff's office reminder: burn permits are required from April 15 through October 15. Case number 27-001432.",
    ),
    (
        "en",
        "No one will rob the builders' yard again, police say, after new cameras went up. The council's apprenticeship scheme aims to fill 40 trade jobs by June.",
    ),
    (
        "en",
        "Dawn chorus walk in the nature reserve, Sunday 5am. Meet at the car park. Free, donations welcome.",
    ),
    (
        "en",
        "Order no. 44120-77 confirmed. Your advert will run in the Thursday and Saturday editions. Invoice INV-2027-0312.",
    ),
    (
        "en",
        "April showers gave way to a sunny May. Farmers say the hay harvest could start in early June.",
    ),
    (
        "en",
        "The Red Cross, Age UK and the Salvation Army will collect donations at the market on Saturday.",
    ),
    (
        "mixed",
        "Deadline för annonser: torsdag 12.00. Ad deadline Thursday noon. Pris/price 3 400 kr per quarter page.",
    ),
    (
        "mixed",
        "Match report: Mora IK–Leksands IF 2–2 (1–1). Publik 980. Next match: lördag 15.00 away.",
    ),
    (
        "mixed",
        "Correction/Rättelse: the concert is on 14 June, inte 14 juli. Biljetter via kulturhuset.",
    ),
    (
        "mixed",
        "Press release från Region Dalarna: the new ambulance station opens vecka 34. Investeringen är 42 Mkr.",
    ),
    (
        "mixed",
        "Fika at 15.00 i konferensrummet! Cake from the bakery, kaffe från automaten. See you there.",
    ),
    (
        "mixed",
        "Reminder: tidningen går i tryck 22.30 tonight. Sports pages låses 22.00, no exceptions.",
    ),
    (
        "mixed",
        "Invoice/faktura nr 20271433, OCR 8812344012, due date 2027-04-30. Bankgiro 5050-1055.",
    ),
    (
        "mixed",
        "Traffic update: E45 stängd norr om stan på grund av en olycka. Expect delays of 30 min.",
    ),
    (
        "mixed",
        "Will we make it? Sportdesken hoppas att matchen är klar före 21.30 så att vi hinner med printen.",
    ),
    (
        "mixed",
        "Weather/väder: snöoväder väntas i natt. SMHI issues a yellow warning för hela länet.",
    ),
    (
        "mixed",
        "Page plan / sidplan: s. 1 brand, s. 4–5 kommunen, s. 12 sport, s. 14 familj. Ads on 3, 7, 9.",
    ),
    (
        "mixed",
        "Poll results: 62% av läsarna vill ha kvar papperstidningen, 38% prefer digital. n = 1 214.",
    ),
    (
        "mixed",
        "Heads up: Polisen håller presskonferens kl. 11.00 at the police station. Bring a photographer.",
    ),
    ("mixed", "Sten, grus och asfalt: road works på infarten vecka 18–20. Bussarna tar annan väg."),
    (
        "mixed",
        "Klubbtabell bandy: 1. Broberg 12 9 1 2 +31 19, 2. Edsbyn 12 8 2 2 +24 18. Top of the table after round 12.",
    ),
    (
        "mixed",
        "New CMS login page: redaktion.example.se/login. Lösenordet byts var 90:e dag, per policy.",
    ),
)
