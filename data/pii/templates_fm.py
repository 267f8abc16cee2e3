# ruff: noqa: E501
"""Templates of held-out FM (issue 15): museums, galleries and archives.

Loans of objects (agreements, facility and condition reports, couriers, insurance), donors'
letters and deeds of gift, researchers' requests and orders in the reading room, bookings of
guided tours, provenance notes, catalogue records naming makers and owners, staff rotas; e-mail
headers, signatures and chats. Swedish, English and mixed (Swedish and English in one text, as
Swedes write at work). Written from the writer's own knowledge of the genre.

Slots: {FORM#ref:g@origin}. Person forms (P full, p lower, U capitals, F with middle names,
G given, g given in lower case, N/n short form, S surname, s lower, Y SURNAME, X GIVEN, I initial
and surname, Gi given and initial, R `Surname, Given`, RU `SURNAME, Given`, E the person's e-mail;
a trailing `s` a Swedish genitive, `'` an English one); `#n` the same person again; `:f`/`:m` a
woman or a man; `@origin` a person of that origin (historical Swedes in old records). Values:
A/AL/AC/ACL/AR/ARL/AM/AML/STL Swedish addresses (L over lines, R rural, C in town, M an office's,
STL with lgh), ST a street and number, STN a street alone, VIL a village address, a one in lower
case, BOX/BOXL, AU/AUL/au UK, AUS/AUSL US, AX/AXL Europe, PH/PHO/PHX phones, EO an office's
e-mail, PNR a personnummer, PNRO one of someone past a hundred. No value: DATE, DATEEN, TIME, NUM,
AMT, SEK, GBP, EUR, USD, REF, YEAR, YEAR2, YEARE, INV, SIGN, DIM, TOWN, DAY, DAYEN, INST, OBJ,
ROOM, VILN (a village alone).

NEGATIVES are rows with no value at all, each used once, full of the genre's look-alikes.
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
# Institutions named after no person.
INSTITUTIONS = {
    "sv": (
        "Nationalmuseum", "Nordiska museet", "Historiska museet", "Moderna Museet", "Riksarkivet",
        "Stadsarkivet", "Landsarkivet i Vadstena", "Regionarkivet", "Kungliga biblioteket", "Skansen",
        "Tekniska museet", "Armémuseum", "Sjöhistoriska museet", "Medelhavsmuseet", "Etnografiska museet",
        "Världskulturmuseet", "Göteborgs konstmuseum", "Malmö Konsthall", "Kulturen i Lund", "Jamtli",
        "Västergötlands museum", "Bohusläns museum", "Länsmuseet Gävleborg", "Dalarnas museum",
        "Norrbottens museum", "Upplandsmuseet", "Ájtte", "Hallands konstmuseum", "Arkivcentrum Syd",
        "Folkrörelsernas arkiv", "hembygdsföreningen", "stadsmuseet", "länsmuseet", "konsthallen",
        "Föremålsarkivet", "Skissernas museum", "Röda Sten Konsthall", "Gotlands museum",
    ),
    "en": (
        "the British Museum", "the National Gallery", "The National Archives", "the Science Museum",
        "the Natural History Museum", "the Museum of London", "National Museums Scotland",
        "the National Portrait Gallery", "the Metropolitan Museum of Art", "the Art Institute of Chicago",
        "the American Swedish Institute", "the Royal Academy", "the Rijksmuseum", "the county record office",
        "the Museum of Fine Arts", "the Design Museum", "the National Maritime Museum", "the Imperial War Museum",
        "the Royal Armouries", "the Museum of Modern Art", "the National Nordic Museum", "the National Library of Wales",
    ),
}  # fmt: skip
OBJECTS = {
    "sv": (
        "ett bröllopsbälte i förgylld mässing", "en kurbits målad på linneväv", "ett golvur från Mora",
        "en bonadsmålning från Hälsingland", "ett silverstop med lock", "en psalmbok med silverbeslag",
        "tre glasplåtar med bröllopsporträtt", "en emigrantkista med rosmålning", "en brudkrona i silver",
        "ett dragspel från 1920-talet", "en sockerskål i tenn", "en skolplansch över Sveriges fåglar",
        "en dagbok från 1918", "en uniform från Första livgrenadjärregementet", "en porslinsservis från Gustavsberg",
        "en oljemålning, vinterlandskap", "ett broderat bonadstyg", "en samling vykort från Göteborgsutställningen 1923",
        "en spinnrock", "en stol i gustaviansk stil", "en näverkont", "en mangelbräda med snidade årtal",
    ),
    "en": (
        "a sampler worked in silk, dated 1812", "a carriage clock", "a Swedish folk costume from Dalarna",
        "a box of glass-plate negatives", "a silver christening cup", "a watercolour of the harbour",
        "an emigrant trunk with rosemaling", "a family Bible with a births page", "a WWI medal group",
        "a quilt made for a wedding in 1898", "a brass telescope", "a collection of ration books",
        "a pair of Sami reindeer-skin boots", "a ship model in a bottle", "an oil portrait of a merchant",
        "a lace christening gown", "a pewter tankard", "a daguerreotype in a leather case",
    ),
}  # fmt: skip

SV = (
    # gåvor och givare
    "GÅVOBREV\nUndertecknad {P#1}, personnummer {PNR}, {ACL}, överlämnar härmed som gåva till {INST} {OBJ}, som tillhört min farmor {F#2:f}. Gåvan är villkorslös och museet får fritt förfoga över föremålet.\n{TOWN} den {DATE}\n{P#1}",
    "Hej! Jag heter {P#1} och har efter min mammas död hittat en kista med brev från hennes morbror {F:m@swedish}, som emigrerade till Minnesota {YEARE}. Är museet intresserat av breven? Jag bor på {ST} i {TOWN}. Ring gärna {PH} eller mejla {E#1}.\nVänliga hälsningar\n{G#1}",
    "Tack för gåvan! Vi bekräftar att vi den {DATE} tagit emot {OBJ} från {P#1}, {A}. Föremålet har fått inventarienummer {INV}. Kontaktperson på museet är intendent {S#2}, tfn {PHO}.",
    "Till {INST}\nMin far, {F#1:m}, var fotograf i {TOWN} mellan 1946 och 1979. Jag och min bror {G:m} vill skänka hans negativarkiv, ungefär {NUM} pärmar. Vi kan lämna det på museet eller så hämtar ni hos mig på {A}.\nMvh {P#2}, {PH}",
    "Gåvoförteckning {REF}\nGivare: {R#1}\nAdress: {ACL}\nTelefon: {PH}\nPersonnummer: {PNR}\nFöremål: {OBJ}, tillverkad av {P:m@swedish} ca {YEAR}\nMottaget av: {I}",
    "Hej {G#1}! Jag pratade med {Ps:f} syster i går och hon vill gärna att hennes mors broderier hamnar hos er. Hon bor på {STN} i {TOWN} och nås på {PH}.",
    "Givaren {P#1} önskar att gåvan redovisas som ”Gåva av {F#1} till minne av {P:m}”. Kvitto skickas till {AC}.",
    "Anteckning vid mottagande: lådan lämnades i receptionen av {P}, som uppgav att innehållet kommer från dödsboet efter {P:m} på {ST}. Dödsbodelägare: {P} och {P}. Kontakt via advokatbyrån, {PHO}.",
    # forskarsalen
    "Beställning till forskarsalen\nNamn: {P#1}\nForskarkort: {NUM}{NUM}{NUM}\nArkiv och volym: {SIGN}\nÄmne: bouppteckning efter bonden {P:m@swedish} i {VILN}, död {YEAR}\nÖnskat datum: {DATE}",
    "REGISTRERING AV BESÖKARE I FORSKARSALEN\nEfternamn: {Y#1}\nFörnamn: {X#1}\nPersonnummer: {PNR}\nAdress: {A}\nTelefon: {PH}\nE-post: {E#1}\nJag har tagit del av ordningsreglerna.",
    "Hej! Jag släktforskar på min mormors far, {F:m@swedish}, född {YEARE} i {VILN}. Enligt husförhörslängden ({SIGN}) flyttade familjen till {AR}. Finns det något mer i ert arkiv om honom eller hustrun {P:f@swedish}? Tack på förhand, {P#1}, {E#1}",
    "Från: {P#1} <{E#1}>\nTill: {EO}\nÄmne: Beställning av bouppteckningar\n\nHej, jag vill beställa fram {SIGN} och {SIGN} till {DAY} den {DATE}. Jag söker {Ss:m@swedish} bouppteckning från {YEAR}.\nHälsningar {G#1}",
    "Låntagare: {R#1}, forskarkort {NUM}{NUM}. Utlämnat: {SIGN}, {SIGN}. Återlämnat till {G} i disken kl. {TIME}.",
    "Forskaren {P#1} (doktorand i historia) vill fotografera {SIGN} med egen kamera. Godkänt av arkivarie {P}, villkor: ingen blixt. Kontakt: {E#1}, {PH}.",
    "Hej! Vi har tagit fram de handlingar du bad om rörande {F:m@swedish} och hans dotter {P:f@swedish}. De står på hyllan för reserverat material under ditt namn ({S#1}) till och med {DATE}. Vänligen, arkivet",
    "Sekretessprövning {REF}: {P#1}, {PNR}, begär att få ta del av patientjournaler från det nedlagda lasarettet rörande sin farfar {P:m}, född {YEARE}. Handläggare: {P}. Beslut meddelas per post till {AL}.",
    "Kan ni hjälpa mig? I ett brev från {YEAR} nämns {P:m@swedish}, skräddare i {TOWN}, och hans gesäll {G:m@swedish}. Jag tror att verkstaden låg på {STN}. Mina uppgifter: {P#1}, {A}, {PH}.",
    "Protokoll, forskarsalens disk {DATE}:\n10.10 {P} beställde {SIGN}\n13.25 {P} frågade efter {SIGN}, hänvisad till {INST}\nSignatur: {Gi}",
    "Begäran om kopior\n{RU#1}\n{AL}\n{PH}\nÖnskar inskannade kopior av {SIGN}, sidorna 12–18, som gäller mantalslängd för {VILN} där {P:m@swedish} och {P:f@swedish} står upptagna.",
    # visningar och bokningar
    "Bokningsbekräftelse\nVisning: ”Vardagsliv på 1800-talet”\nDatum: {DAY} {DATE} kl. {TIME}\nGrupp: {NUM} elever, åk 5\nLärare: {P#1}, {PH}\nFaktura till: {BOX}\nGuide: {G}",
    "Hej! Vi är en grupp från SPF i {TOWN}, ungefär {NUM} personer, som vill boka en guidad tur på {DAY}. Kontaktperson är jag, {P#1}, {PH}. Vi behöver rullstolsplats för {G:m}. Bussen hämtar oss vid {AM}.",
    "Visningsschema vecka {NUM}:\nmån {TIME} {G} (skolklass)\ntis {TIME} {G}\nons {TIME} {Gi}\ntors {TIME} {G} (engelska)\nfre {TIME} {P}\nStadsvandringen startar vid {ST}.",
    "Bokning nr {REF} är ändrad: {P#1} från {INST} kommer med {NUM} personer i stället för 20. Ny guide: {P}. Ring {PH} om ni har frågor.",
    "Hej {G#1}!\nTack för bokningen av stadsvandringen ”Kvarteren kring {STN}”. Samling vid museets entré kl. {TIME}. Vandringen leds av {P}. Pris {AMT}. Faktura skickas till {A}.\nHälsningar, bokningen",
    "Privatvisning för familjen {S#1} {DATE}: värd {P}. Bussen hämtar dem på {A}. Gästerna anländer med buss; kontakt under dagen {PH}.",
    "Visning för Rotary: föreläsare är docent {P#1}, som berättar om sin farfar {Fs:m} samling. Plats: Rotarys lokal, {AM}. Frågor till {E#1} eller {PH}.",
    # lån
    "LÅNEAVTAL {REF}\nUtlånare: {P#1}, {PNR}, {ACL}\nLåntagare: {INST}\nFöremål: {OBJ}, {INV}, {DIM}\nLåneperiod: {DATE}–{DATE}\nFörsäkringsvärde: {SEK}\nKontaktperson: registrator, {PHO}",
    "Hej {G#1}, kuriren från oss blir {P#2:f}. {Gs#2} mobil under resan: {PH}. Hon landar {DAY} kl. {TIME} och följer med lastbilen ända fram till er på {ST}.",
    "Lånet av {OBJ} från privatsamlingen tillhörande {F#1} är förlängt till {DATE}. Nytt försäkringsbrev skickas till ägarens ombud, advokat {P}, {BOX}.",
    "Tillståndsrapport vid ankomst, {INV}: {OBJ}, {DIM}. Lätt damm, liten spricka i nedre vänstra hörnet (finns i tidigare rapport). Undersökt av konservator {P} i närvaro av kuriren. Datum {DATE}.",
    "Transportplan: hämtning hos långivaren {P#1}, {AL}, {DAY} {DATE} kl. {TIME}. Chaufför {P}, {PH}. Leverans till {INST}, lastkaj.",
    "Förfrågan om inlån: Vi skulle vilja låna porträttet av {F:f@swedish}, målat av {P:m@swedish} {YEAR}, till utställningen ”Ansikten”. Ägaren, {P#1}, bor på {AR} och har telefon {PH}.",
    "Mottagningskvitto: {NUM} föremål från {P#1}, {A}, har tagits emot för bedömning. Föremålen återlämnas senast {DATE} om museet inte förvärvar dem. Mottagare: receptionen.",
    "Återlämning: {OBJ} ({INV}) returnerades till {P#1} den {DATE}. Kvitterat av {S#1}. Adress vid återlämning: {a}",
    # proveniens och katalog
    "Proveniens: Beställd av grosshandlare {F#1:m@swedish} {YEAR}; genom arv till dottern {P:f@swedish}; såld till konsul {P:m@swedish}; förvärvad av museet från dennes sonson {P:m} {YEAR2}.",
    "Proveniensanteckning {INV}: enligt etiketten på baksidan tillhörde målningen {F:m@swedish}, {TOWN}. Senare i samlingen hos {P}, {AC}. Ingen uppgift om beslag under 1940-talet.",
    "Katalogpost {INV}\nBenämning: brudkrona\nTillverkare: guldsmed {P:m@swedish}, {TOWN}\nÅr: {YEAR}\nÄgare: {F:f@swedish}, därefter {P:f}\nGivare: {P}, {A}, {YEAR2}\nMått: {DIM}",
    "Föremålsnr {INV}. Skåp, målat, dekor av {P:m@swedish} ({YEAR}). Enligt uppgift från givaren {P#1:f} stod det i hennes farfars gård på {VIL}. Fotograferat {YEAR2}.",
    "Katalogkort (avskrift): ”Kaffepanna, koppar. Stämplad {I@swedish}. Skänkt av fru {P:f@swedish}, {A}.”",
    "Konstnär: {P#1}\nTitel: Porträtt av {F:f}\nTeknik: olja på duk, {DIM}\nSignerad nere t.h.: {S#1} {YEAR}\nProveniens: {P}, {A}; gåva av {P} {YEAR2}",
    "Fotografi, glasplåt, {INV}. Motiv: syskonen {G:f@swedish} och {P:m@swedish} framför gården {VIL}. Fotograf: {P:f@swedish}. Uppgifter lämnade av {P#1}, tfn {PH}.",
    "Intervju med {P#1} ({YEAR2}) om arbetet på tegelbruket. Intervjuare: {P}. {G#1} berättar om förmannen {P:m@swedish} och om bostaden på {ST}. Ljudfil {INV}.",
    "Etikett på lådans lock: ”Tillhör {U:m@swedish}, {A}”. Innehåll: {OBJ}. Antecknat av {Gi}.",
    "Uppgiftslämnare: {P#1:f}, {A}, {PH}. Uppgiften: pallen är tillverkad av hennes morfar {P:m@swedish}, snickare, omkring {YEAR}, och stod i köket hos {Ps:f} föräldrar.",
    # personal och scheman
    "Vaktschema helgen {DATE}\nLördag: {G}, {G} (kassa)\nSöndag: {G}, {Gi}\nJour: {P}, {PH}\nLarmansvarig: väktarbolaget, {PHO}",
    "Hej alla! Nästa vecka har vi schemat så här: {G} öppnar mån–ons, {G} stänger tors–fre. Ring {Gs} mobil {PH} om något krånglar.",
    "Personalrummet: kom ihåg att {G} fyller 50 på {DAY}! Vi samlar in till present, swisha till {P} eller lämna kontant i receptionen.",
    "Ny i huset: {P#1:f} börjar som arkivarie {DATE}. {G#1} sitter i rum 214 och nås på {PH} eller {E#1}. Hon ersätter {P} som går i pension. Postadress: {BOX}.",
    "Semesterlista sommaren:\n{R} v. 27–30\n{R} v. 28–31\n{R} v. 30–33\nVikarie i forskarsalen: {P}",
    "Arvode för guidning utbetalas till {P#1}, personnummer {PNR}, bankkonto anges på blanketten. Adress: {A}. Attesteras av enhetschefen.",
    "Volontärlista hembygdsgården:\n{P}, {ST}, {PH}\n{P}, {VIL}, {PH}\n{P}, {ST}, {PH}\nSamordnare: {P}",
    "Rapport från kvällsvakten {DATE}: larmet gick kl. {TIME} i {ROOM}. {G} kontrollerade, inget fel. Väktare {P} från bevakningsbolaget kvitterade. Meddelat per sms till {PH}.",
    "Sjukanmälan: {P#1} är hemma med sjukt barn i dag, {G#2} tar visningen kl. {TIME} och {G} tar kassan. Kontakta {G#1} på {PH} vid behov.",
    # chattar
    "[09:12] {g#1}: har någon sett nycklarna till magasin 3?\n[09:14] {g}: {g#1} de hänger hos {g} i receptionen\n[09:15] {g#1}: tack!!",
    "@{g} kan du ta visningen kl {TIME} i morgon? {g} är sjuk",
    "{g#1}: hämtar du kuriren på arlanda eller gör {g#2}?\n{g#2}: jag tar det, skicka {gs} nummer\n{g#1}: {PH}",
    "okej så lådan från {ps:m} dödsbo står i lastkajen, {g} kollar den på måndag. adressen på följesedeln var {a}",
    "hej {g}! {g} undrar om du kan mejla {n} om loanen. hen har bytt nummer till {PH} btw",
    "{g#1}: vem bokade gruppen från {TOWN}?\n{g}: det var {P:f}, rektorn. hon ringer från {PH}\n{g#1}: ok jag ringer henne",
    "påminnelse: {n} och {g} har fika-ansvar på fredag, {g} tar med kaffe 😊",
    "har du adressen till givaren? – ja, {p}, {a}",
    # brev och mejl
    "Från: {P#1} <{E#1}>\nTill: {EO}\nÄmne: Fråga om visning\n\nHej! Kan man boka en visning på teckenspråk? Vi är {NUM} personer.\nMvh {G#1}\n{PH}\n{A}",
    "Hej {G#1},\ntack för ditt brev om {Gs:f} samling av spetsar. Intendent {P#2} kommer gärna hem till dig på {ST} för att titta. Passar det {DAY} den {DATE} kl. {TIME}?\nVänliga hälsningar\n{P#2}\n{INST}\n{PHO}",
    "Vänliga hälsningar\n\n{P#1}\nFörste antikvarie, samlingsavdelningen\n{INST}\n{BOXL}\nTel. {PHO}\nMobil {PH}\n{E#1}",
    "Med vänlig hälsning\n{P#1}\nRegistrator\nDirekt {PH} | Växel {PHO}\nBesöksadress: {AM}",
    "Hej!\nJag skriver för min farmors räkning ({P#2:f}, född 1921). Hon har en bonad som hennes mor {F:f@swedish} vävde {YEARE} och vill veta om ni vill ha den. Hon bor kvar på {AR}. Ring mig, {P#1}, på {PH}.",
    "Hej {S#1}!\nDu har ett meddelande från {P#2:f} i receptionen: hon vill prata med dig om samlingen efter hennes morbror {P:m}. Nummer: {PH}.",
    "Kallelse till styrelsemöte i Vänföreningen {DATE} kl. {TIME}. Närvarande förväntas: ordförande {P}, kassör {P}, sekreterare {P}, ledamöterna {P} och {P}. Lokal: {AM}. Anmäl förhinder till {E}.",
    "Ang. ert ärende {REF}: Riksarkivets svar till {P#1}, {AL}, skickades {DATE}. Handläggare {P}, tfn {PHO}.",
    "Vi söker uppgifter om konstnären {P#1:f} (verksam omkring {YEAR}). Den som har brev, skisser eller fotografier kan kontakta {P} på museet, {PHO}, eller skriva till {BOX}.",
    "Tack för samtalet! Som sagt tar vi gärna emot {Ss#1} arkiv. Ta med det till vår adress {AM} så skriver vi kvitto. Fråga efter {G}.\n/{P}",
    "Till dödsbodelägarna efter {F:m}\nc/o {P#1}\n{ACL}\nMuseet bekräftar att vi tagit emot {OBJ} som deposition.",
    "Kontaktuppgifter givare:\n{P}, {STL}, {PH}\n{P}, {AR}, {PH}\n{P}, c/o {P}, {A}",
    "Meddelande till {P#1}: din beställning av reproduktioner ({REF}) är klar att hämtas i butiken. Betalning {AMT} mot faktura till {A}. Frågor: {EO}.",
    "Museets kassa {DATE}\nStängning: {G}\nRäknat av: {Gi}\nAvvikelse: 0 kr\nÖverlämnat till värdebolaget kl. {TIME}",
    "Ett foto visar {P:f@swedish} och maken {P:m@swedish} vid deras hus på {STN} omkring {YEARE}. Fotot lånades in för skanning av barnbarnet {P#1}, {PH}.",
    "Anmälan kursen ”Släktforska i arkiven”:\n1. {P}, {A}\n2. {P#2}, {E#2}\n3. {R}, {a}, {PH}\nKursledare: {P}",
    "Hemma hos {P#1} på {a}: tre lådor fotografier, en väska med brev från {G:m@swedish} till {G:f@swedish} {YEARE}. {G#1} vill behålla originalen men går med på skanning.",
    "Arkivbildare: {F#1:m@swedish} (född {YEARE}), lantmätare i {TOWN}. Arkivet överlämnades {YEAR2} av dottersonen {P}, {A}. Förteckning upprättad {YEAR2}.",
    "Konstnärsavtal: {P#1}, {PNR}, {A}, åtar sig att leverera verket ”Ljus över vattnet” till konsthallen senast {DATE}. Arvode {AMT}. Kontakt: {E#1}, {PH}.",
    "Utställningen ”Verkstaden” bygger på material från {Ps:m} möbelsnickeri på {ST} i {TOWN}. Tack till {P} och till familjen {S}.",
    "Hej, jag ringde tidigare om min farfars {F:m@swedish} soldatbrev från beredskapsåren. Jag heter {P#1} och bor på {STL}. Nås säkrast på {PH} efter {TIME}.",
    "Ledamöter i Konstföreningen 2027: {R}, {R}, {R}, {R} (ordf.). Adress: {BOX}.",
    "Galleri {S#1}, {AM}, öppnar utställningen med {P#2} {DAY}. Vernissage {TIME}. Galleristen {P#1} nås på {PH}.",
    "Fakturaadress: {P#1}, {ACL}\nBeställning: 2 st förstoringar av fotot med {P:f@swedish} och hennes syskon, {INV}. Pris {AMT}. Leverans till {A}.",
    "Hittegods: en svart portfölj med namnlapp ”{P}, {ST}” lämnades i garderoben {DATE}. Ägaren har ringt från {PH}.",
    "Från: {P#1} <{E#1}>\nSkickat: {DAY} {DATE} {TIME}\nTill: {P#2} <{E#2}>\nÄmne: SV: Lån av kläder till utställningen\n\nVi hämtar hos dig på {A} på {DAY}. /{G#1}",
    "I Föremålsregistret står {P:f} som ägare före {YEAR2}, men enligt brev från {P:m} (i {SIGN}) sålde hon skåpet flera år tidigare. Kontrollera med {Gi}.",
    "Enkät till givare: Vill ni att ert namn anges vid föremålet? [x] Ja – ”Gåva av {P#1} och {P}” [ ] Nej. Adress för tackbrev: {AL}",
    "Muntlig tradition enligt {P#1:f} ({YEAR2}): smeden {G:m@swedish} i {VILN} tillverkade ljuskronan åt kyrkan, betald av patron {P:m@swedish}. Hennes telefon {PH}.",
    "Kvitto på deposition: {OBJ}, deponerat av {P#1} ({PNR}), {A}. Depositionen kan sägas upp med tre månaders varsel. För museet: {I}.",
    "Utlåningslogg bildarkivet:\n{DATE} {I} – 14 bilder, {REF}\n{DATE} {I} – 3 bilder\n{DATE} {INST} – 1 bild",
    "Angående hyra av hörsalen {DATE}: hyresgäst är {P#1}, {BOX}. Vaktmästare {G} öppnar {TIME}. Nyckelkvittens signeras av {S#1}.",
    "Ansökan om forskarkort\nNamn: {P#1}\nPersonnummer: {PNR}\nAdress: {A}\nE-post: {E#1}\nLegitimation: körkort, kontrollerad av {G}",
    "FULLMAKT\nJag, {P#1}, {PNR}, ger härmed {P#2}, {PNR}, rätt att ta del av och beställa kopior ur min mors, {F:f}, handlingar i arkivet.\n{TOWN} den {DATE}\n{P#1}",
    "Begäran om utlämnande av allmän handling\nSökande: {P#1}, {PNR}, {ACL}\nAvser: personakt för {F:m}, {PNR}, avliden {YEAR2}\nHandläggare: arkivarie {S}",
    "Medlemsregister, Museets vänner (utdrag):\n{R}, {PNR}, {A}\n{R}, {PNR}, {STL}\n{R}, {PNR}, {AR}",
    "Guideavtal sommaren 2027. Guide: {P#1}, {PNR}, {A}, tfn {PH}. Timarvode {AMT}. Kontaktperson på museet: {P#3}, {E#3}.",
    "Kvittens: utbetalt arvode {AMT} till {P#1} ({PNR}) för föredraget om {Ps:m@swedish} brevsamling. Attest: {I}.",
    "Hej {G#1}! Din beställning är registrerad på personnumret {PNR}. Vi skickar fakturan till {A}. Mvh {P}, {INST}",
    "Kundkort reproduktioner: {RU#1}, pnr {PNR}, {STL}, {PH}, {E#1}",
    "Till dödsbodelägarna efter {F:m}\nc/o advokat {P#1}\n{BOXL}\nVi har mottagit er förfrågan om värdering av {OBJ}.",
    "Leveransadress för lånet: {INST}, godsmottagningen, {AM}. Lossning vardagar {TIME}–15.00, ring vakten på {PHO} när bilen är framme.",
    "Museets besöksadress är {AM}. Postadress: {BOX}. Växel {PHO}, e-post {EO}.",
    "Magasinet har flyttat till {AML}. Leveranser anmäls till {EO} senast dagen innan.",
    "Utlånat material returneras till {BOX}. Märk paketet med ärendenummer {REF}.",
    "Hämtning av gåva hos givaren: {A}, tre trappor, hiss finns. Ring {PH} en halvtimme innan.",
    "Fråga via formuläret: ”Finns det parkering nära er på {STN}?” Svar skickat till {E}.",
    "Adressändring i givarregistret: ny adress {STL}, nytt nummer {PH}.",
    "Arkivets fjärrmagasin: {AR}. Öppet efter överenskommelse, tfn {PH}.",
    "Utställningen visas även i bibliotekets filial på {ST} och på hembygdsgården, {VIL}.",
    "Kuriren bor på hotellet på {AM} och har mobilnummer {PH}.",
    "Packlista transport {REF}: 4 lådor, hämtas på {A}, levereras till {AL}. Kontakt under transporten: {PH}.",
    "Frågor om bildbeställningar besvaras av fotoarkivet, {EO}, {PHO} (tisdagar och torsdagar).",
    "Skicka ansökan om forskarkort till\n{BOXL}\neller mejla den till {EO}.",
    "Gåvan kan lämnas i receptionen, {AM}, eller hämtas hemma hos er. Ring oss på {PHO}.",
    "Ny leveransadress från {DATE}: {AML}. Den gamla adressen, {ST}, gäller inte längre.",
    "Meddelande från {G}: larmbolaget testar i natt och ringer från {PHO}.",
    "Gåvobrev: {P#1:f}, {PNRO}, som har passerat hundra, skänker {OBJ} till museet. Hennes sonson {P#2:m}, {PH}, hjälper till med transporten från {AR}.",
    "Intervju med museets äldsta givare, {P#1} ({PNRO}), om barndomen på {VIL}. Intervjuare: {G}.",
    "Husförhörslängd {SIGN}, s. 114: {F:m@swedish} f. {YEAR}, hustru {F:f@swedish}, barnen {G:m@swedish} och {G:f@swedish}. Avskrift av {P#1}, {E#1}.",
)

EN = (
    # loans
    "LOAN AGREEMENT {REF}\nLender: {P#1}, {AUL}\nBorrower: {INST}\nObject: {OBJ}, {INV}\nInsurance value: {GBP}\nCourier: {P}, {PHX}\nSigned on behalf of the borrower by the Registrar",
    "Dear {G#1},\nThank you for agreeing to lend {OBJ} to our exhibition. Our registrar, {P#2}, will contact you about the facility report. You can reach {G#2} on {PHX} or at {E#2}.\nKind regards,\nHead of Collections",
    "Condition report on arrival, {INV}: {OBJ}, {DIM}. Small tear at upper right edge, old repair visible under UV. Examined by {P} (conservator), {DATEEN}.",
    "Courier schedule: {P#1} travels {DAYEN} {DATEEN}, flight arriving {TIME}. Hotel: {AU}. In an emergency call {G'#1} mobile {PHX} or the duty registrar on {PHX}.",
    "The loan from the collection of the late {F:m} has been extended to {DATEEN}. A revised certificate of insurance will be sent to the family's solicitor, {P}, {AU}.",
    "Hi {G},\nthe crate for {S'} painting left {INST} this morning. Driver's mobile is {PHX}; ETA at your loading bay on {AU} is around {TIME}.\nBest, {G}",
    "Facility report contact: {P#1}, Collections Manager, {AUSL}, tel. {PHX}, email {E#1}. Alternate: {PHX}.",
    "Returned to lender: {OBJ} ({INV}) delivered to {P#1} at {AUL} on {DATEEN}. Receipt signed by {S#1} and by our technician {G}.",
    # donors
    "Dear Sir or Madam,\nI am writing on behalf of my late aunt, {F#2:f}, who lived at {AUL} for sixty years. Among her things is {OBJ} that belonged to her grandfather, {P:m}. Would the museum be interested? I can be reached on {PHX}.\nYours faithfully,\n{P#1}",
    "Deed of gift: I, {F#1}, of {AU}, give to {INST} absolutely and without condition {OBJ}, formerly the property of my mother, {P:f}. Witness: {P}. Date: {DATEEN}.",
    "Thank you for your generous donation of {OBJ} in memory of {P:m}. It has been accessioned as {INV}, and a receipt has been posted to {AU}. Please let our curatorial team know, at {EO}, how you would like the credit line to read.",
    "Hello, my grandmother {P#2:f@swedish} emigrated from Sweden in {YEARE} and I still have her trunk. My name is {P#1} and I live at {AUS}. Please call me at {PHX} or write to {E#1} if you want photos.",
    "Donor file {REF}: {R#1}, {AU}. Previous gifts: {YEAR2} (textiles), {YEAR2} (photographs). Contact via daughter {P}, {PHX}. Do not call before {TIME}.",
    "Dear Dr {S#1},\nWe are delighted to accept the papers of your father, {F:m}, into the archive. {P} will call on you at {AUL} to collect the boxes on {DAYEN}.\nWith thanks,\nThe Archivist",
    # reading room
    "Reading room request\nName: {P#1}\nReader's ticket: {NUM}{NUM}{NUM}\nDocuments: {SIGN}; {SIGN}\nDate of visit: {DATEEN}\nAddress: {AUL}\nResearch topic: letters of {F:m} and {P:f}",
    "From: {P#1} <{E#1}>\nTo: {EO}\nSubject: Enquiry about a 19th-century will\n\nDear archivist,\nI am researching {P:m}, a cooper of {TOWN} who died in {YEAR}. Could you tell me whether his will survives?\nThanks,\n{G#1}\n{AU}",
    "Hi! I'm a PhD student at {INST} working on Swedish emigrants to the Midwest. I'd like to see the letters of {F:m@swedish} to his brother {P:m@swedish}. I'm in Stockholm from {DATEEN}. {P#1}, {PHX}, {E#1}",
    "Reader registration\nSURNAME: {Y#1}\nFirst name(s): {X#1}\nAddress: {AUL}\nPhone: {PHX}\nEmail: {E#1}\nID seen: passport",
    "Reading room log, {DATEEN}:\n10:05 {P} ordered {SIGN}\n11:40 {P} returned microfilm\n14:20 {P} asked for {SIGN}\nStaff on duty: {Gi}",
    "Dear {P#1},\nthe parish registers you asked about ({SIGN}) are on microfilm only. Our staff can help with the reader. Opening hours Tuesday to Friday, 9:30–16:30.\nArchives Assistant",
    "I'm looking for information on my great-great-grandfather {F:m@swedish}, born {YEARE} in {VILN}, Sweden, and his wife {P:f@swedish}. The family later left for America. — {P#1}, {AUS}",
    "Note to file: {P#1} ({E#1}) requested a copy of the 1911 census entry for {P:f} and {P:m} at {AU}. Sent {DATEEN} by {I}.",
    # tours and bookings
    "Booking confirmation\nTour: Highlights of the Collection\nDate: {DAYEN} {DATEEN}, {TIME}\nGroup: {NUM} adults (U3A)\nOrganiser: {P#1}, {PHX}\nGuide: {G}\nInvoice to: {AU}",
    "Hi there, I'd like to book a private tour for my family (six people) on {DAYEN}. My husband {G:m} uses a wheelchair. We're staying at {AU}. Please call me, {P#1:f}, on {PHX}. Thanks!",
    "School visit: {P#1} from Hillside Primary, {AU}, brings {NUM} pupils on {DATEEN} at {TIME}. Lead teacher mobile: {PHX}. Workshop in the Learning Centre, {AU}.",
    "Tour guide rota, week {NUM}:\nMon {G}\nTue {G}\nWed {Gi}\nThu {G} (BSL)\nSat {P}\nMeeting point: {AU}",
    "Thanks for booking the curator's talk with {P#2}! Your tickets are in the name of {S#1}. Questions? Email {EO} or call {PHX}.",
    # provenance and catalogue
    "Provenance: commissioned by {F#1:m} of {TOWN}, {YEAR}; by descent to his daughter {P:f}; sold by her executors to {P:m}; bequeathed to the museum by {P} in {YEAR2}.",
    "Catalogue entry {INV}\nObject: longcase clock\nMaker: {P:m}, {TOWN}\nDate: c. {YEAR}\nPrevious owner: {P}, {AU}\nCredit line: Purchased {YEAR2}",
    "Artist: {P#1}\nTitle: Portrait of {F:f}\nMedium: oil on canvas, {DIM}\nInscribed verso: '{S#1} pinx. {YEAR}'\nProvenance: the sitter's family; acquired {YEAR2}",
    "Label on the back of the frame: 'Property of {U}, {AU}'. A second, older label names the framer, {P:m} of {TOWN}.",
    "Oral history: {P#1} interviewed by {P} on {DATEEN} about the mill. {G#1} remembers the foreman, {P:m}, and the cottages on {au}. Recording {INV}.",
    "Photograph, gelatin silver print, {INV}. Sitters identified by the donor, {P#1:f}, as her grandparents {P:m} and {P:f} outside their shop at {AU}.",
    "Research note: the ledger shows {P:m} paid {P:m} for the carving in {YEAR}. Cross-check with {P'} correspondence ({SIGN}). ({Gi})",
    # staff, signatures, chats
    "Front of house rota, {DAYEN}:\nOpening: {G}\nGallery 3: {Gi}\nClosing: {P}\nDuty manager: {P}, {PHX}",
    "Best wishes,\n\n{P#1}\nAssistant Curator, Decorative Arts\n{INST}\n{AUL}\nT: {PHX}\nE: {E#1}",
    "Kind regards\n{P#1} | Registrar\nDirect: {PHX} | Switchboard: {PHX}\n{E#1}\n{AUS}",
    "[14:02] {g#1}: anyone seen the keys to store B?\n[14:05] {g}: @{g#1} they're with {g} at the desk\n[14:06] {g#1}: cheers",
    "hey {n}, can you cover {g':f} tour at {TIME}? she's stuck on the train",
    "{g}: did the courier from stockholm arrive?\n{g}: yes, {g} picked her up. she's at {au}",
    "Staff news: please welcome {P#1}, our new archivist, who joins us from {INST}. {G'#1} extension is {NUM}{NUM}; mobile {PHX}.",
    "Volunteers this weekend: {R} (Sat), {R} (Sun). Coordinator on {PHX}.",
    "Hi {G#1}, {P:f} from the conservation studio says the sampler is ready. She'll bring it to your house at {AU} on {DAYEN} unless you'd rather collect it.",
    "Minutes of the Friends' committee, {DATEEN}. Present: {P} (chair), {P} (treasurer), {I}. Apologies: {P}. Next meeting at {AU}.",
    "Lost property: a green umbrella and a notebook with the name {P} and the address {au} written inside. Owner rang from {PHX}.",
    "From: {P#1} <{E#1}>\nSent: {DAYEN} {DATEEN}\nTo: {P#2} <{E#2}>\nSubject: RE: loan of the Dalarna costume\n\nWe'll collect it from {AUS} on {DAYEN}. — {G#1}",
    "Mailing list update: {R}, {AUS}; {R}, {AX}; {R}, {AU}.",
    "Artist's agreement: {P#1} of {AX} will deliver the commissioned work by {DATEEN}. Fee {EUR}. Contact {E#1}, {PHX}.",
    "In {YEAR2} the Swedish donor {P#1:f@swedish}, personnummer {PNR}, gave the museum her grandfather's letters. Her address then: {AL}.",
    "Swedish lender details: {P#1:m@swedish}, personnummer {PNR}, {AL}, mobile {PH}. Contact at the lender's bank: {P}.",
    "Please send the insurance certificate to the lender, c/o {P#2}, {AU}, and a copy to {P#1} in our registry, {E#1}.",
    "Shipping label\nFROM: {P}, {AUSL}\nTO: {P}, {AXL}\nContents: archival documents, no commercial value",
    "Please update the lender's address in the database: {P#1} has moved from {AU} to {AUL}. New phone {PHX}.",
    "Visitors' book, {DATEEN}: {P}, {AUS}; {P}, {AX}; {p}, {au}.",
    "Deliveries to the museum store: {AUL}. Loading bay open Monday to Friday; call security on {PHX} on arrival.",
    "Our postal address has changed to {AU}. Visitors should still use the entrance at {AU}.",
    "Please return the signed agreement to the Registrar, {AUSL}, or scan it to {EO}.",
    "The reading room has moved to {AUL}. Ring {PHX} for access; enquiries to {EO}.",
    "Crate pick-up address: {AX}. Contact on site: {PHX}.",
    "For tours in Swedish call {PH}; for tours in English call {PHX} or email {EO}.",
    "Couriers stay at the hotel at {AU}; breakfast from 7:00, taxi account on {PHX}.",
    "Dear {G#1},\nplease find attached the invoice for image reproduction, ref. {REF}. Payment of {GBP} to be made by {DATEEN}. Send the cheque to {AUL} marked for the attention of {P}.",
)

MIXED = (
    "Hej {G#1}! Loan agreementet för {OBJ} är signerat av långivaren, {P#2}. Courier blir {P}, {PH}. Kan du uppdatera facility reporten innan fredag?",
    "Reminder: {P#1:f} från {INST} kommer på site visit {DAY} kl. {TIME}. Möt henne i receptionen på {AM}, hon har mobil {PHX}.",
    "Från: {P#1} <{E#1}>\nTill: {P#2} <{E#2}>\nÄmne: Re: courier trip\n\nHi! Jag landar på Heathrow {TIME}, crate-öppning dagen efter. Boka gärna hotell nära {AU}. Thanks, {G#1}",
    "{g#1}: har du sett condition reporten för {INV}?\n{g}: ja, den gjordes i går, det finns en minor crack\n{g#1}: ok tack, jag mejlar {s}",
    "Status update på digitaliseringen: {G} har skannat {NUM} glasplåtar. Frågor till {P#2}, {E#2}.",
    "Kan någon ta visningen för {Ps} grupp på {DAY}? Det är {NUM} utbytesstudenter, engelska. Contact: {PHX}.",
    "Hi all, nya öppettider i forskarsalen från {DATE}. Staff on duty: {G} (mån–ons och fre). Ring {PHO} vid frågor.",
    "Hej! Vi fick precis ett mail från {P#1:f} i London, hon vill donera {OBJ} som tillhört hennes mormor. Hennes adress: {AUL}. Kan någon ta kontakten? 🙏",
    "Meeting notes {DATE} (närvarande: {P}, {Gi}). Beslut: inlånet från {Ss} samling godkänns, insurance via statlig garanti. Action: {G} kontaktar lender på {PH}.",
    "@{g} kan du kolla om kuriren {g:f} har fått sin boarding pass? hennes nummer är {PH}",
    "Tjena {G}! Provenance research på {INV} klar: köpt från {F:m} i Berlin {YEAR}, sedan donation från {P} {YEAR2}. Inga red flags.",
    "Booking: {P#1}, {PHX}, vill boka en guided tour på engelska för {NUM} personer {DAY} {TIME}. Faktura till {AX}.",
    "Hej {G#1}, shipping agent är bokad. Pickup hos lender: {P#2}, {AXL}. Leverans till oss på {AML}. Tracking skickas till {E#1}.",
    "Ny volontär: {P#1:f}, {A}, {PH}. Hon har jobbat som docent på {INST}, så perfekt för våra English tours! Kontaktperson: volontärsamordnaren.",
    "Rota för fredagens late opening:\n{G} – entrance\n{G} – gallerierna\n{Gi} – security\nDuty manager: {P}, {PH}",
    "Hej! Researchern {P#1} från {INST} vill komma till forskarsalen {DATE} och se {SIGN}. Kan vi plocka fram boxarna i förväg? Hens mail: {E#1}",
    "Kort update: givaren {P#1} ({PNR}) har skrivit under deed of gift. Originalet ligger hos {G}, kopian skickas till {A}.",
    "Hi {G#1}! Tack för loan requesten. Porträttet av {F:f@swedish} kan lånas ut, men {P}, vår conservator, vill göra en condition check först hos ägaren på {AR}. Ring {PHO}.",
    "Från: {P#1} <{E#1}>\nÄmne: Guided tour request\n\nHej, I'm visiting from {TOWN} with my parents and would love a tour on svenska för dem. Är {DAY} möjligt? Best, {G#1}, {PHX}",
    "{g#1}: vem har nycklarna till art storage?\n{g}: {g:f} har dem, hon sitter i möte till {TIME}\n{g#1}: ok, skickar sms till {PH}",
    "Catalogue record {INV}\nMaker: {P:m@swedish}\nTitle: Bröllopsskåp\nOwner: {P:f}, {A}, därefter {P}\nAcquired: {YEAR2}, donation via {P}",
    "Hej team! Lender har ändrat adress: {P#1}, {STL}. Ny telefon {PH}. Uppdatera i collections management-systemet, thanks!",
    "Shipping docs för lånet till {INST}: consignee {P#1}, {AUSL}, phone {PHX}. Consignor: {P}, {AML}.",
    "Best regards / Vänliga hälsningar\n{P#1}\nCurator, Textiles\n{INST}\n{BOXL}\n{PHO} | {E#1}",
    "Hej! Ett tips från {P#1:f}: hennes farfar {F:m@swedish} var fotograf i {TOWN} och negativen finns hos kusinen {P} på {AR}. Kan vara intressant för exhibition nästa år.",
    "Shoutout till {G} och {G} som fixade hela installationen i helgen! Och tack {N} för fikat 🎉",
    "Courier report: {P#1} följde med lånet till {AX}. Allt ok vid unpacking, signerat av {P} på plats. Expenses redovisas till ekonomi.",
    "Hej {G#1}, kan du printa visitor badges för {P} och {P} från {INST}? De kommer {DAY} {TIME}. Kontakt: {E}.",
    "Från: {EO}\nTill: {P#1} <{E#1}>\nÄmne: Din bokning {REF}\n\nHej {G#1}! Your tour är bekräftad: {DAY} {DATE} kl. {TIME}, guide {G}. Mötesplats: entrén på {STN}. Välkommen!",
    "Ok så plan för de-installation: {G} och {G} tar ner verken, {P} från art handling-firman kommer {TIME}, truck till {ST}. Any questions – ring {G}, {PH}.",
    "Reading room: {P#1} (researcher från {INST}) har bokat plats {DAY}. Hen vill ha {SIGN} och {SIGN}. Ring {PH} om något saknas.",
    "Provenance note: enligt brev från {P:m} till {P:f} ({YEAR}) köptes skåpet på auktion i {TOWN}. Brevet donated av {P#1}, {A}, {YEAR2}.",
    "Hej {G}! Lånet från {Ss:m} dödsbo: executor är {P#1:m}, {AU}. Han pratar inte svenska, så mejla på engelska: {E#1}.",
    "Volunteer sign-up:\n{R}, {a}, {PH}\n{R}, {A}, {PH}\n{R}, {PHX}\nCoordinator: {P}",
    "hej {g}! kan du swisha {g:f} för pizzan från deinstallationen? hon la ut för alla 🍕",
    "{p:f} ringde om sin pappas samling, hon bor på {a} och vill att vi kommer och tittar",
    "Incident report {DATE}: besökare snubblade i {ROOM}. First aid av {G}. Besökarens namn {P#1}, {A}, {PH}. Rapporterat till {P}.",
    "Donor meeting: {P#1:m} och hans dotter {P#2:f} kommer {DAY}. Vi visar magasinet. Parking på {STN}. Ansvarig: {G}.",
    "Hej, jag heter {P#1} och jobbar med ett research project om svenska emigrantbrev. Kan jag få kopior av {SIGN}? Mina uppgifter: {AUS}, {PHX}.",
    "Kontaktlista installationen:\nLighting: {P}, {PH}\nAV: {P}, {PH}\nArt handling: {PHX}\nProject lead: {P#2}, {E#2}",
    "Hi {G#1}, {P#2} från Archives här. Jag hittade {Fs:m} brev i {SIGN}, scans skickade till {E#1}. Hör av dig om du vill ha high-res.",
    "Lender's details (uppdaterat): {U#1}\n{ACL}\nPersonnummer {PNR}\nMobil {PH}",
    "Guided tour för {INST}s Board {DATE}: värd {G}, curator {P}. Catering från {Ps} café.",
    "Ny exhibition proposal från konstnären {P#1} ({AX}). Portfolio skickad till {E}. {G#1} nås på {PHX}.",
    "Hej {G}! Jag har uppdaterat staff rotan: {G} tar söndagar i juli, {G} tar lördagar. {Gi} är på semester v. 29.",
    "Transport booked: pickup hos {P#1}, {A}, {DAY} {TIME}. Driver {P}, {PH}. Crate size {DIM}.",
    "Tack för idag! Som sagt: {Ps#1:m} samling (ca {NUM} objects) kan komma in i höst. Hans adress är {AR}, phone {PH}.",
    "From the registrar: alla inlån ska ha signerat loan agreement innan installation. Saknas för: {P} ({INV}), {P} ({INV}). Kontakta {G} på {PH}.",
    "Archives enquiry från {P#1} ({E#1}): söker info om {F:m@swedish}, sjökapten, född i {VILN} {YEAR}. Svar skickas inom två veckor.",
    "Contract för sommarguide: {P#1}, personnummer {PNR}, {A}, timarvode {AMT}, start {DATE}. Please skicka till HR, {EO}.",
    "Visitor pass för contractor {P#1}, {PNR}, från {Ss} Måleri AB. Escort: vakten. Jobbet gäller {ROOM}.",
    "Lender info (privat): {P#1}, pnr {PNR}, c/o {P}, {ACL}. Prefers contact via email {E#1}.",
    "Delivery address för crates: {AML}. Ring {PHO} vid ankomst, loading bay på baksidan.",
    "Ny adress till off-site storage: {AR}. Access card hämtas i receptionen.",
    "Invoices skickas till {BOX}, ref {REF}. Frågor: {EO}.",
    "Hotell för couriers: {AX}, booking ref {REF}. Emergency-nummer {PH}.",
    "Pickup hos lender: {A}. Contact på plats {PH}. Crate {DIM}.",
    "FYI: reading room-mejlen är nu {EO}, gamla adressen slutar funka {DATE}.",
    "Returadress för lånet: {AUL}. Tracking skickas till {EO}.",
    "Parkering för tour-bussen: {STN}, inte framför entrén. Ring {PHO} om det är fullt.",
    "Donor file: {P#1}, personnummer {PNRO} (över hundra år!), {ACL}. Kontakt via dottern {P:f}, {PH}.",
    "Reminder till alla guides: {G} har ny mobil {PH}. Och {G}s gamla nummer funkar inte längre.",
)

NEGATIVES = (
    # Swedish
    (
        "sv",
        "Inventarienummer NM 4521 och NM 4522 flyttas från magasin 3 till sal 12 den 14 mars. Klimat i salen: 50 % RF, 20 °C.",
    ),
    (
        "sv",
        "Arkivförteckning: vol. 1–34. A 1 a protokoll 1887–1932, F 4 räkenskaper, G 1 kassaböcker. Omfång 2,4 hyllmeter.",
    ),
    (
        "sv",
        "Visningar lördagar kl. 13.00 och 14.30. Entré 120 kr, fri entré under 20 år. Grupper om högst 25 personer bokas i förväg.",
    ),
    (
        "sv",
        "Forskarsalen är stängd 1 maj och 6 juni. Beställningar som lämnas före kl. 11 tas fram samma dag, högst fem volymer åt gången.",
    ),
    (
        "sv",
        "Utställningen Sten och brons visar fynd från Ystadtrakten, bland annat en yxa i flinta och ett spänne i förgylld brons.",
    ),
    (
        "sv",
        "Lånet till Göteborgs konstmuseum omfattar tolv verk med ett sammanlagt försäkringsvärde på 4 500 000 kr. Statlig utställningsgaranti har sökts.",
    ),
    (
        "sv",
        "Konserveringsrapport: krakelyr i övre högra hörnet, ramen har lösa förgyllningsflagor. Åtgärd: ytrengöring och retusch, 6 timmar.",
    ),
    (
        "sv",
        "Björk, ek och lind är vanligast bland de bevarade möblerna; furu förekommer främst i allmogemöbler från Hälsingland.",
    ),
    (
        "sv",
        "Rosa och guld dominerar i tapeten från 1770-talet. Mönstret kallas i samtida räkenskaper för ros och lilja.",
    ),
    (
        "sv",
        "Frost, mögel och silverfisk är de största hoten mot samlingen i magasinet. Fällor kontrolleras varannan vecka.",
    ),
    (
        "sv",
        "Gustaviansk stol, Stockholm, omkring 1790, bok, målad i pärlgrått. Inv.nr 1932.0044. Mått 92 × 48 × 45 cm.",
    ),
    (
        "sv",
        "Proveniens okänd. Förvärvad på auktion 1954, lot 233. Tidigare ägare har inte kunnat identifieras.",
    ),
    (
        "sv",
        "Gåva 1987 från en privatperson i Skåne; givaren önskade vara anonym och föremålet redovisas därför utan namn.",
    ),
    (
        "sv",
        "Fotografiet visar ett bröllop i Rättviks kyrka omkring 1910. Okänd fotograf. Glasplåt 13 × 18 cm, spricka i emulsionen.",
    ),
    (
        "sv",
        "Personalschema v. 12: kassan bemannas 10–17, två värdar i varje sal, kvällsöppet onsdag till 20.00.",
    ),
    (
        "sv",
        "Sökord i katalogen: smed, snickare, silversmed, guldsmed, krukmakare, drejare, skräddare, sadelmakare.",
    ),
    (
        "sv",
        "Frågan om återlämnande av samiska föremål behandlas av styrelsen den 12 maj, ärende 14, dnr 2.3-1187/2027.",
    ),
    (
        "sv",
        "Klara av flytten före jul: keramik packas i syrafritt silkespapper, textilier rullas på rör och märks med lådnummer.",
    ),
    (
        "sv",
        "Bohusläns museum, Jamtli och Kulturen i Lund deltar i projektet om digitala samlingar, som pågår till 2029.",
    ),
    (
        "sv",
        "Karta över socknen från 1764 med byarna, ängarna och kvarnen vid ån; skala 1:4000, delvis skadad av fukt.",
    ),
    (
        "sv",
        "Bouppteckningen är på 14 sidor och upptar bland annat 2 kor, 1 häst, 3 får, en spinnrock och ett golvur.",
    ),
    (
        "sv",
        "Magasinet i Västerås töms under hösten; 3 200 föremål packas, 400 lådor, flytten beräknas ta åtta veckor.",
    ),
    (
        "sv",
        "Ljuset i textilsalen får inte överstiga 50 lux. Byt lysrören i monter 4 till LED senast vecka 40.",
    ),
    (
        "sv",
        "Vinter i skärgården, olja på duk, 1902, 65 × 81 cm. Signerad och daterad nere till vänster. Förvärvad 1931.",
    ),
    (
        "sv",
        "Museibutiken säljer vykort för 15 kr, affischer för 120 kr och katalogen för 295 kr. Kortbetalning och Swish.",
    ),
    (
        "sv",
        "Hyllmeter per arkivbildare: kommunen 84, församlingen 12, sockenstämman 2, skolrådet 1,5.",
    ),
    # English
    (
        "en",
        "Loan ref. L-2027-014: three objects, total insurance value £450,000, nail-to-nail cover, crates built by a fine-art shipper.",
    ),
    (
        "en",
        "The reading room is closed on bank holidays. Documents ordered before 11:00 are produced the same day. Pencils only, please.",
    ),
    (
        "en",
        "Box 14, folder 3: letters 1911–1914. Box 15: photographs, unsorted. Box 16: press cuttings, fragile.",
    ),
    (
        "en",
        "Accession no. 1998.45.1-3, gift of an anonymous donor. Displayed in Gallery 6, case 2, from March 2027.",
    ),
    (
        "en",
        "Tours run at 11:00 and 14:30 daily; groups of ten or more must book two weeks ahead. Admission £12, concessions £9.",
    ),
    (
        "en",
        "Condition: minor losses to the gilding at lower left, stable craquelure, frame sound. Fit for travel.",
    ),
    (
        "en",
        "Mark the crate This Way Up and fit tilt and shock indicators before it leaves the loading bay.",
    ),
    (
        "en",
        "Amber, jet and pearl beads from the Bronze Age hoard are on display in Room 2 until the end of June.",
    ),
    (
        "en",
        "Victorian mourning brooch, hair and gold, c. 1870, 4 x 3 cm. Glass cracked across the centre.",
    ),
    (
        "en",
        "Baker's oven, brick, late 18th century, moved from a farm in Cumbria in 1972 and rebuilt in the courtyard.",
    ),
    (
        "en",
        "Cataloguing backlog: 2,340 items, of which 410 are glass negatives. Target for completion: March 2028.",
    ),
    (
        "en",
        "Faith, Hope and Charity: three plaster figures from a chapel in Wales, 1890s, on long-term loan from the parish.",
    ),
    (
        "en",
        "Rights and reproductions: TIFF at 600 dpi, £35 per image; credit line Courtesy of the Trustees.",
    ),
    (
        "en",
        "Will the temporary gallery be ready by Friday? The plinths arrive Wednesday and the vinyl on Thursday.",
    ),
    (
        "en",
        "The grace period for returning signed loan agreements is 30 days from the date of issue.",
    ),
    (
        "en",
        "Dawn to dusk: the sculpture park opens at 8:00 and closes at sunset. Free entry, dogs on leads.",
    ),
    (
        "en",
        "Object count for the store move: 12,800 records, 9,400 located, 3,400 to be checked against the shelf lists.",
    ),
    (
        "en",
        "Hope chest, painted pine, Hälsingland, dated 1821, with iron bands and the original lock.",
    ),
    # mixed
    (
        "mixed",
        "Kan vi flytta deadline för loan agreementet till fredag? Facility reporten är klar men condition reports saknas för tre objekt.",
    ),
    (
        "mixed",
        "Courier-resan till London är bokad: flight SK 1529 dep 07.10, hotell nära museet, per diem enligt policy.",
    ),
    (
        "mixed",
        "Status update: digitaliseringen av glasplåtarna, 4 120 av 6 800 klara. Nästa batch på måndag.",
    ),
    (
        "mixed",
        "Vi har fått OK för utställningsgarantin, ärende 2027/145, värde SEK 38 000 000. Nice!",
    ),
    (
        "mixed",
        "Mötet om collections management-systemet är flyttat till torsdag 13.00, Teams-länk kommer.",
    ),
    ("mixed", "Kan någon checka klimatet i magasin B? RH ligger på 62 %, target är 50 ± 5."),
    (
        "mixed",
        "Frank feedback från förra veckans visning: för lång och för mycket text på skyltarna.",
    ),
    ("mixed", "Art handling-kursen går 12–13 maj, max tio deltagare, lunch ingår."),
    ("mixed", "Heads up: hissen i hus B är ur drift, använd godsingången på baksidan."),
    (
        "mixed",
        "Bill of lading saknas för sändningen från Hamburg; speditören säger att den kommer i dag.",
    ),
    (
        "mixed",
        "Opening hours i sommar: tis–sön 11–17, onsdagar late opening till 21. Måndagar stängt.",
    ),
    (
        "mixed",
        "Save the date: vernissage 14 oktober, 18.00. Dresscode smart casual, bubbel och snittar.",
    ),
    ("mixed", "Kolla att alla objects i monter 7 har nya labels innan press preview kl. 10.00."),
    (
        "mixed",
        "Budget 2028: acquisitions 400 000 kr, conservation 250 000 kr, exhibitions 1,2 MSEK.",
    ),
    ("mixed", "Ivy och mossa växer på fasaden igen, fastighetsförvaltaren skickar någon vecka 21."),
    (
        "mixed",
        "Sommarjobb i museet: guider, kassa och shop. Ansökan senast 1 mars, intervjuer v. 11.",
    ),
)
