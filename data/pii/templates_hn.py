# ruff: noqa: E501
"""Templates of held-out HN (issue 15): lost-property offices.

Item reports, owners' claims and enquiries, handover receipts, transit staff notes and chats,
police finder's forms, hotel and airport lost-and-found, returns by post, and lists of unclaimed
items sold at auction, in Swedish, English and mixed Swedish/English as Swedes write at work.
Written by HN's writer from general knowledge; no other set's templates were read.

Slots: `{P}` a person's full name (`{p}` lower case, `{U}` capitals, `{F}` with a middle name),
`{G}`/`{g}` the given name, `{N}`/`{n}` its short form where it has one, `{S}`/`{s}` the surname,
`{SU}`/`{GU}` surname and given name in capitals, `{I}` `K. Lindström`, `{Gi}` `Tina K.`,
`{R}` `Surname, Given`, `{RU}` `SURNAME, Given`, `{E}` an e-mail address of the person; a
trailing `s` asks for a Swedish genitive, `'` an English one (the ending outside the span); `#n`
names the same person again, `:f`/`:m` a woman or a man. Values: `{A}` a Swedish address (`{AL}`
over lines, `{AR}`/`{ARL}` rural, `{STL}` with `lgh`, `{a}` lower case, `{ST}` street and number,
`{STN}` a street alone, `{BOX}` a box or office address), `{AU}`/`{AUL}`/`{au}` British,
`{AUS}`/`{AUSL}` American, `{AX}`/`{AXL}` elsewhere in Europe; `{PH}` a Swedish number, `{PHF}`
a firm's or switchboard's, `{PHUK}`, `{PHUS}`, `{PHX}` from abroad; `{PNR}` a personnummer;
`{EF}`/`{EFEN}` a firm's or office's e-mail address. The rest are no value: `{REF}`, `{LOT}`,
`{NUM}`, `{AMT}`, `{GBP}`, `{USD}`, `{EUR}`, `{DATE}`, `{DATEEN}`, `{TIME}`, `{DAY}`,
`{DAYEN}`, `{ITEM}`, `{ITEMEN}`, `{ITEMB}`, `{LINE}`, `{LINEEN}`, `{STATION}`, `{STATIONEN}`, `{TOWN}`,
`{TOWNEN}`, `{PET}`.
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

ITEMS_SV = (
    "en svart ryggsäck (Fjällräven Kånken)", "en brun plånbok i läder", "en iPhone 13 med rosa skal",
    "en nyckelknippa med fyra nycklar och en blå tagg", "ett par glasögon i fodral från Synsam",
    "AirPods Pro i vitt fodral", "en grå vinterjacka stl M", "en barnvagn (Emmaljunga, mörkblå)",
    "ett svart paraply", "en Samsung Galaxy S22", "en laptop (Lenovo ThinkPad) i datorväska",
    "ett gosedjur, en ljusblå kanin", "en gitarr i mjukt fodral", "ett par vantar i ull",
    "en guldring med gravyr", "en rullator", "en väska med träningskläder", "ett pass",
    "ett körkort", "en hörapparat i etui", "en Kindle i grönt fodral", "skidor och stavar",
    "en sparkcykel", "en blå mössa från Stadium", "ett halsband med en pärla", "en termos",
    "en matlåda", "en kamera (Canon EOS)", "en röd resväska (Samsonite)", "en cykelhjälm",
    "en rosa sjal", "ett SL-kort", "ett busskort", "en skolväska", "en tygkasse från Coop",
    "ett par hörlurar (Sony)", "en surfplatta (iPad)", "ett armbandsur", "en halsduk och en mössa",
    "en golfbag", "en damväska i beige", "ett paraply med trähandtag", "en pärm med papper",
    "ett par kryckor", "en fotboll", "en necessär", "en innebandyklubba", "en svart portfölj",
)  # fmt: skip
ITEMS_EN = (  # without the article: `{ITEMEN}` adds `a`/`an`, `{ITEMB}` follows `your`, `my`, `the`
    "black rucksack", "brown leather wallet", "iPhone in a green case",
    "set of keys on a Chelsea FC keyring", "pair of reading glasses", "pair of AirPods in a white case",
    "navy raincoat", "pushchair", "golf umbrella", "laptop bag", "teddy bear", "violin case",
    "wedding ring", "hearing aid", "Kindle", "walking stick", "school blazer", "passport",
    "driving licence", "Oyster card", "grey suitcase", "bike helmet", "tartan scarf", "camera bag",
    "tablet", "silver watch", "lunchbox", "guitar", "tennis racket", "pair of trainers", "handbag",
    "briefcase", "retainer", "gym bag", "baby blanket", "puffer jacket", "folder of documents",
    "hard drive", "umbrella", "orange scarf",
)  # fmt: skip
LINES_SV = (
    "buss 4", "linje 1", "buss 177", "pendeltåget mot Märsta", "tunnelbanans gröna linje",
    "spårvagn 7", "Roslagsbanan", "Saltsjöbanan", "Tvärbanan", "Öresundståget", "X2000 mot Göteborg",
    "Flygbussarna", "regionbuss 500", "nattbuss 94", "Pågatåget", "Upptåget", "Krösatåget",
    "Mälartåget", "Norrtåg", "Västtåget", "färjan till Visby", "Vaxholmsbåten", "linje 16",
    "buss 6", "spårvagn 11", "tunnelbanans röda linje", "buss 55", "linje 3",
)  # fmt: skip
LINES_EN = (
    "the number 38 bus", "the Northern line", "the Central line", "the Victoria line",
    "the Jubilee line", "the Elizabeth line", "the 07:42 to Manchester Piccadilly",
    "an Avanti train to Glasgow", "the Metrolink", "the Tyne and Wear Metro", "the M15 bus",
    "the L train", "the Red Line", "the Northeast Regional", "the Staten Island Ferry", "BART",
    "a Greyhound bus", "the overnight coach to London", "the 25 bus", "the Piccadilly line",
)  # fmt: skip
STATIONS_SV = (
    "T-Centralen", "Slussen", "Liljeholmen", "Skanstull", "Tekniska högskolan", "Universitetet",
    "Fruängen", "Hjulsta", "Ropsten", "Farsta strand", "Mörby centrum", "Danderyds sjukhus",
    "Stockholm City", "Flemingsberg", "Märsta", "Södertälje centrum", "Göteborg C", "Brunnsparken",
    "Korsvägen", "Chalmers", "Malmö C", "Triangeln", "Hyllie", "Lund C", "Uppsala C", "Arlanda C",
    "Landvetter flygplats", "Linköpings resecentrum", "Örebro C", "Umeå Östra", "Sundsvall C",
)  # fmt: skip
STATIONS_EN = (
    "King's Cross", "Paddington", "Victoria", "Waterloo", "Euston", "Stratford",
    "Clapham Junction", "Manchester Piccadilly", "Leeds", "York", "Edinburgh Waverley",
    "Glasgow Central", "Bristol Temple Meads", "Heathrow Terminal 5", "Gatwick", "Grand Central",
    "Penn Station", "Union Station", "South Station", "JFK Terminal 4",
)  # fmt: skip
PETS = ("Sixten", "Doris", "Bamse", "Ludde", "Molly", "Nisse", "Tussan", "Måns", "Selma", "Rufus", "Buster", "Bella", "Luna", "Milo", "Max", "Pixie", "Charlie", "Rocky", "Daisy", "Frasse")  # fmt: skip

# --- Swedish text.
SV = (
    # item reports
    "Hittegodsrapport {REF}\nInlämnat: {DATE} kl. {TIME}\nFyndplats: {LINE}, {STATION}\nFöremål: {ITEM}\nInlämnat av: förare {P} (anst.nr {NUM})\nMottaget av: {Gi}",
    "Fyndrapport {REF}: {ITEM}, hittad {DAY} kväll på {LINE} vid {STATION} av tågvärd {S}. I fickan låg ett kvitto och ett kort med namnet {P}. Ingen adress eller telefon. Registrerat av {I}.",
    "Plånbok hittad i vagn {NUM} på {LINE}. Innehåll: körkort ({P#1}, {PNR}), två bankkort, busskort och ett kvitto. Ringt {PH} utan svar. Brev skickat till folkbokföringsadressen:\n{AL}\n/{G}",
    "Mobil (iPhone, sprucket glas) hittad i {LINE}. Låsskärmen: ”Om hittad, ring {PH} – {P#1}”. Jag ringde och ägaren, {G#1}, hämtar i morgon före {TIME}. /{N}",
    "Bagagelapp på den kvarglömda väskan:\n{U}\n{AL}\nTel {PH}\nVäskan står i förrådet, hylla {NUM}.",
    "Nyckelknippa med adressbricka inlämnad av en resenär: ”{A}”. Inget namn. Förare {Gi} lämnade den i kassaskåpet vid {STATION}.",
    "Fynd {REF}: {ITEM}. Namnlapp i fodret: {P}. Lämnat av städpersonal ({G} och {I}) efter slutstation {STATION}.",
    "Inlämnat på depån {DATE}: {ITEM}, {ITEM} och {ITEM}. Förare: {R}. Kontrollerat av driftledare {P}. Inget av föremålen hade namn.",
    "Kort hittat på sätet: ”{P#1}\n{A}\n{PH}\n{E#1}” – ser ut som ett visitkort från en mäklare. Lagt i kuvert med ärendenr {REF}.",
    "Hittad hund vid {STATION}! Svart labrador, halsband med brickan ”{PET}” och numret {PH}. Ägaren {P} är på väg. Hunden väntar hos stationsvärden {G}.",
    "Körkort inlämnat av en kund på Pressbyrån vid {STATION}: {U}, {PNR}. Utfärdat av Transportstyrelsen. Skickas till Polisen enligt rutin.",
    # owners' claims and enquiries
    "Hej! Jag glömde {ITEM} på {LINE} igår runt {TIME}, satt längst bak. Jag heter {P#1} och nås på {PH} eller {E#1}. Skicka gärna till {A} om ni hittar den. Tacksam för svar!",
    "Efterlysning: Mormors vigselring i guld tappades {DATE} någonstans mellan {STATION} och {ST}. Gravyr ”{G} & {G} 1968”. Hittelön utlovas! Ring {P} på {PH}.",
    "Anmälan om borttappat gods\nNamn: {P#1}\nPersonnummer: {PNR}\nAdress: {A}\nTelefon: {PH}\nE-post: {E#1}\nFöremål: {ITEM}\nTappat: {DATE}, {LINE}",
    "Hej, min son {G#1:m} glömde {ITEM} på {LINE} efter träningen i torsdags. Den är märkt med {P#1} på insidan. Vi bor på {ST} i {TOWN} om ni vill skicka den. /{P}",
    "Hej!\nJag har tappat min plånbok, troligen på {LINE} mellan {STATION} och {STATION}. Den är brun och innehåller mitt id-kort. Mitt namn är {F}, nås på {PH}.\nMvh {G}",
    "Jag ringer för min mamma, {P:f}, hon är över åttio och glömde sin rullator på bussen. Hon bor på {STL}. Ni kan ringa mig, {G}, på {PH}.",
    "Från: {P#1} <{E#1}>\nTill: {EF}\nÄmne: Borttappat gods\n\nHej, jag glömde {ITEM} på {LINE} {DATE}. Om ni hittar den kan ni skicka den till {A}. Jag betalar gärna porto.\n\nMvh {G#1}",
    "Hej Hittegods! Min dotter {G#1:f} har tappat sitt busskort. Det står {P#1} på baksidan. Vänliga hälsningar {P}, {PH}",
    "Borttappat: {ITEM}. Senast sedd på {LINE} vid {STATION}. Kontakta {S}, {PH}, eller kom förbi {ST}. Hittelön!",
    "Anmälan via webbformulär\nFörnamn: {G#1}\nEfternamn: {S#1}\nE-post: {E#1}\nMobil: {PH}\nBeskrivning: {ITEM}, tappades {DATE} kl. {TIME}\nLeveransadress: {A}",
    "Hej, jag är {P} från {TOWN}. Glömde min väska på Flygbussarna från Arlanda. Den är grå med en bagagelapp där min adress står: {a}. Kan ni kolla? Tel {PH}",
    "Till Hittegods, Polisen. Undertecknad {P#1}, {PNR}, {A}, anmäler förlust av {ITEM} den {DATE}. Kontakt: {PH}, {E#1}.",
    # handover receipts
    "KVITTENS – UTLÄMNAT HITTEGODS\nÄrende: {REF}\nFöremål: {ITEM}\nUtlämnat till: {U#1}\nPersonnummer: {PNR}\nLegitimation: körkort, kontrollerad\nAdress: {AL}\nTelefon: {PH}\nUtlämnat av: {I} ({DATE})",
    "Kvittens nr {REF}\nUndertecknad har i dag mottagit {ITEM} som hittats på {LINE}.\nNamn: {P}\nPnr: {PNR}\nAdress: {A}\nUnderskrift: ____________\nHandläggare: {Gi}",
    "Utlämnat {DATE} kl. {TIME}: {ITEM} till {P} (id-kort kontrollerat). Hämtat med fullmakt för ägaren {P}. Handläggare {S}.",
    "Överlämningsprotokoll\nFrån: SL Hittegods, {BOX}\nTill: Polisen\nAntal föremål: {NUM}\nSammanställt av: {P}\nMottaget av: polisassistent {S}",
    "Utlämningskvitto {REF}\nMottagare: {R}\nAdress: {A}\nTelefon: {PH}\nAvgift: {AMT} (förvaringsavgift)\nBetalt med kort. Tack, {G}!",
    "Kvitto: hittelön {AMT} utbetald till upphittaren {P#1}, {PNR}, {AL}. Godkänt av {P}.",
    "Utlämnat via bud: {ITEM} till {P}, c/o {P}, {A}. Kollinr {REF}. Mottagen av {G} enligt budfirmans kvitto.",
    "Skickat med PostNord {DATE}: {ITEM} till\n{P}\n{AL}\nKollinr {REF}. Porto {AMT}, betalt via Swish av ägaren.",
    "Skickat till utlandet {DATE}: {ITEM} till {P}, {AX}. Tull-deklaration bifogad. Handläggare {I}.",
    # staff notes and chats
    "Förarrapport {LINE}\nFörare: {R}\nFynd: {ITEM}, på sätet bakom dörr 2 vid hållplats {STATION}.\nÖverlämnat till depån, mottagare {P}.",
    "Tågbefälhavare {P}, tåg {NUM}: en resenärs väska blev kvar i vagn {NUM}, plats {NUM}. Resenären {P#1} ringde från {PH} och hämtar på centralen. {Gs#1} sambo kommer eventuellt i stället.",
    "{g#1}: någon som sett {ITEM}? kunden har ringt tre gånger\n{g#2}: kolla hyllan bakom disken, {g} la in nåt i morse\n{g#1}: hittade den 👍",
    "{g}: har {n} lämnat in nycklarna från 177:an?\n{g}: ja ligger i lådan. ägaren heter tydligen {p}, står på brickan",
    "Till kvällspasset: kunden {P#1:f} kommer ca {TIME} och hämtar {ITEM} (ärende {REF}). Kolla legitimation! Hon har betalat. /{N}",
    "Notering: {Ss} väska från igår är inte upphämtad. Ringt {PH} två gånger. Skickar brev till {A} i morgon. /{G}",
    "Påminnelse till alla stationsvärdar: hittegods ska registreras samma dag. Frågor till {P}, {PH}, eller mejla {EF}.",
    "@{G} kan du ta mobilen som {G} lämnade på {STATION}? ägaren {P} kommer till oss vid {TIME}",
    "Hej {G}! Såg att du lämnade in {ITEM} från nattbussen. Ägaren ({P:f}) har hört av sig, hon bor på {a}. Kan du skriva det i systemet? /{N}",
    "Depåchef {P}: Från och med {DATE} samlas allt hittegods på {ST}, plan 2. Ring vakten {G} på {PH} efter kl. 18.",
    "skiftbyte 🙂 {g} tar luckan, jag ({g}) går hem. en {s} ringde om en barnvagn, nummer {PH}",
    "{G}, kan du ringa {P#1:m}? Han har frågat om {ITEM} tre gånger. Numret är {PH} och han bor på {STN} i {TOWN}.",
    "Internt: Kunden {P} (tel {PH}) är arg för att {ITEM} skickats till fel adress. Rätt adress: {STL}. Fel adress var {A}. Ansvarig: {I}.",
    "Från: {P#1} <{E#1}>\nTill: {P#2} <{E#2}>\nÄmne: Förrådet\n\nHej {G#2}!\nKan du rensa bland sakerna som legat över tre månader innan auktionen? {Gs} lista ligger i pärmen.\n\n/{N#1}",
    # police and finder's forms
    "Polisens hittegodsregister, ärende {REF}. Upphittare: {P#1}, {A}, tfn {PH}. Upphittaren begär hittelön. Ägare enligt körkortet i plånboken: {P#2}, {PNR}.",
    "Beslut: Upphittaren {P#1}, {PNR}, får äganderätt till {ITEM} eftersom ägaren inte hörts av inom tre månader. Godset kan hämtas hos Polisen, {BOX}. Beslutsfattare: {S}.",
    "Jag heter {P} och lämnade in en plånbok med {AMT} i kontanter {DATE}. Har ägaren hört av sig? Jag har väl rätt till hittelön. Mitt nummer: {PH}, adress {A}.",
    "HITTEGODS – UPPHITTARE\nEFTERNAMN: {SU#1}\nFÖRNAMN: {GU#1}\nPERSONNUMMER: {PNR}\nADRESS: {A}\nTELEFON: {PH}\nFÖREMÅL: {ITEM}\nFYNDPLATS: {STN}",
    "Upphittare {P#1} ({PNR}) vill inte ha hittelön men vill veta om ägaren hittats. Kontakt: {E#1}.",
    "Polisen Region Väst\nHittegods\n{BOX}\nÄrende {REF}: Vi har mottagit {ITEM} som lämnats in av {P}. Ägaren {P} kan hämta godset mot uppvisande av legitimation.",
    # hotels, airports, ferries, gyms, schools
    "Swedavia Lost & Found, Arlanda: Ärende {REF}. Passageraren {P#1} anmäler förlust av {ITEM} vid säkerhetskontrollen. Kontakt {PH}, {E#1}. Leveransadress:\n{AL}",
    "Hotellet: kvarglömt i rum {NUM}: {ITEM}. Gäst: {R#1}, utcheckad {DATE}. Adress enligt bokningen: {A}. Tel {PH}, e-post {E#1}.",
    "Hej {G}! Vi på Viking Line har hittat {ITEM} i hytt {NUM} efter din resa {DATE}. Vill du att vi skickar godset till {A}? Hälsningar {P}, kundservice {PHF}",
    "Kvarglömt på gymmet i {TOWN}: {ITEM}, {ITEM}. Medlemskort i namnet {P} låg i en av dem. Receptionen ({G}) har ringt {PH}.",
    "Hej alla föräldrar! Hittegodslådan vid matsalen är full igen. Bland annat en jacka märkt {P}, gympaskor med namnlapp {P} och {ITEM}. Det som inte hämtas före {DATE} skänks till Röda Korset. Lådan står i expeditionen, {ST}. /Rektor {P}",
    "Sjukhusets reception: {ITEM} hittad i väntrummet, avdelning {NUM}. Tillhör troligen patienten {P}, {PNR}. Kontakta anhörig {P} på {PH}.",
    "Festivalens hittegodstält: {ITEM} tillhör {P}, som nås på {PH}. Hämtas på {ST} efter festivalen, kontor {NUM}.",
    "Stadion: efter matchen hittades {ITEM} på sektion {NUM}. I väskan fanns ett kuvert adresserat till {P}, {AL}.",
    "Hej {P}! Taxiföraren {G} hittade {ITEM} i baksätet efter din resa från {ST} till {STN}. Den finns på vårt kontor, {A}. Ring {PHF}. Mvh {S} Taxi AB",
    "Skolans vaktmästare {P} har hittat ett par glasögon på skolgården. Fodralet har en lapp: ”{P}, {PH}”.",
    "Kvarglömt i kyrkan efter begravningen {DATE}: {ITEM}. Kyrkvaktmästare {S} har tagit hand om det. Kontakta pastorsexpeditionen, {PHF}, {EF}.",
    # auctions of unclaimed items
    "AUKTION AV OUTLÖST HITTEGODS {DATE}\nRop 1–40: cyklar\nRop 41–90: väskor och kläder\nVisning från kl. {TIME} på {A}.\nAuktionsförrättare: {P}, {PH}",
    "Klubbade rop {DATE}\n{LOT}: {ITEM} – {AMT} – köpare {R}\n{LOT}: {ITEM} – {AMT} – köpare {R}\n{LOT}: {ITEM} – {AMT} – köpare {R}\nRedovisat av {I}.",
    "Köpare att kontakta för avhämtning:\n{R}, {PH}\n{R}, {PH}\n{R#1}, {E#1}\nHämtas senast {DATE} på {ST}.",
    "Auktionsvillkor: Utropat gods säljs i befintligt skick. Betalning sker på plats. Frågor besvaras av {P#1} ({E#1}) eller {P}, {PH}. Plats: {AR}.",
    "Hej {G}! Grattis, du vann rop {NUM} ({ITEM}) på hittegodsauktionen för {AMT}. Hämta på {A} senast {DAY}. /{P}, {S} Auktioner",
    "Outlöst gods till auktion {DATE}: {NUM} cyklar, {NUM} paraplyer, {NUM} väskor. Ansvarig: {P}. Förteckningen är upprättad av {P} och granskad av {I}.",
    "Utropslista, Polisens hittegodsauktion\nObjekt {NUM}: {ITEM}\nObjekt {NUM}: {ITEM}\nVisning {DAY} {TIME} på {A}\nKontakt: {P}, {PHF}",
    # more forms and notes
    "Ärende {REF}\nKund: {P#1}\nTel: {PH}\nE-post: {E#1}\nAdress: {A}\nÖnskar att {ITEM} skickas hem. Porto {AMT}. Handläggare: {S}",
    "Ägaren till {ITEM} är identifierad: {F}, boende på {ARL}. Brev skickat {DATE}.",
    "Förrådslista vecka {NUM}:\n1. {ITEM} – ägare {R}, meddelad\n2. {ITEM} – ägare okänd\n3. {ITEM} – ägare {R}, {PH}\n4. {ITEM} – ägare {R}, {a}",
    "Hej {G}! Tack för att du lämnade in {ITEM}. Ägaren, {P:f}, vill gärna tacka dig. Får vi ge henne ditt nummer {PH}? /{P}, Hittegods",
    "{g}: mamma glömde sin kasse på bussen igen 🙄 ringde hittegods, dom sa att {p} på depån har den\n{g}: haha typiskt. ska jag hämta? jag är ändå på {a}",
    "Hittegods {STATION}, öppettider: mån–fre 10–18. Telefon {PHF}. E-post {EF}. Postadress: {BOX}. Ansvarig: {P}.",
    "Brev till ägaren:\n{P}\n{AL}\n\nHej! Vi har fått in {ITEM} som vi tror tillhör dig. Välkommen att hämta det på {ST} med legitimation.\nVänliga hälsningar\n{P}, Hittegods",
    "Cykel upplockad vid {STN}, ram nr WBK{NUM}, registrerad på {P}, {AR}. Ägaren kontaktad per sms till {PH}.",
    "Kameran som hittades i spårvagnen hade bilder från ett bröllop. Brudparet ({P} och {P}) kontaktades via fotografen {P}, {PH}.",
    "Vi har ringt {PH} om {Ss} jacka. Svarade en {G:m} som sa att han var pappa till ägaren och att de bor på {A}.",
    "Hej {n}! glömde du inte {ITEM} hos mig? 😂 den ligger i hallen, kom förbi {a} när du vill /{g}",
    "Mottaget från Skånetrafiken: {NUM} föremål, lista bifogad. Kontaktperson {P#1}, {E#1}, {PH}. Utlämning till kunder sker på {A}.",
    "Anteckning från telefonsamtal: {P#1} ({PHX}) ringde från Tyskland. Glömde {ITEM} i tåget till Malmö C. Ska skickas till {AX}. {G#1} betalar frakten.",
    "Ägarens uppgifter (från id-kortet i väskan): {RU}, {PNR}. Adress enligt Skatteverket: {A}.",
    "Tack för din anmälan, {G#1}! Ditt ärendenummer är {REF}. Vi hör av oss till {E#1} om vi hittar {ITEM}. Vänliga hälsningar, {P}, Västtrafik",
    "Hej! Här är {P} från Hittegods. Vi har fått in {ITEM} som vi tror är din. Du kan hämta godset på {ST} eller så skickar vi det. Ring {PHF}.",
    "Fullmakt\nJag, {P#1}, {PNR}, ger {P#2}, {PNR}, rätt att hämta ut mitt hittegods (ärende {REF}).\n{ST}, {DATE}\n{P#1}",
    "Vi har hittat {ITEM} med adresslapp ”{P}, {ST}”. Adressen saknar ort, så vi ringer numret på lappen: {PH}.",
    "Gamla hittegodsboken, {DATE}: ”{ITEM} upphittad av fru {S} på {STN}, avhämtad av {R}”.",
    "Adressändring i ärende {REF}: {P} har flyttat från {A} till\n{AL}\nSkicka godset till den nya adressen.",
    "Rutt för budbilen {DATE}:\n1) {A} ({ITEM})\n2) {A} ({ITEM})\n3) {STL} ({ITEM})\nChaufför: {P}, {PH}",
    "Upphittaren {P:f} bor på {AR} och kan inte ta sig in till stan. {N} hämtar {ITEM} hos henne på {DAY}.",
    "Returadress: Hittegods, {BOX}. Mottagare: {P}, c/o {P}, {AL}.",
    "{g#1}: vart ska jag köra väskan?\n{g#2}: {a}, ring på hos {s}\n{g#1}: 👍",
    "Äldreboendet ringde: rullatorn som hittades på {LINE} tillhör {P:f}, {PNRO}, som bor på {STL}. Personalen ({N}) hämtar den i eftermiddag.",
    "{Gs#1:f} mamma ringde om gympapåsen. Den är märkt {P#1}. Mamman hämtar den på {ST} efter skolan, tel {PH}.",
    "Brev till upphittaren:\n{U}\nc/o {P}\n{AL}\n\nGodset du lämnade in har inte hämtats av ägaren. Du kan nu hämta det hos oss, {BOX}.",
)

# --- English text.
EN = (
    "Lost Property Report {REF}\nFound: {DATEEN}, {LINEEN}, at {STATIONEN}\nItem: {ITEMEN}\nHanded in by: {P} (driver, badge {NUM})\nLogged by: {I}",
    "From: {P#1} <{E#1}>\nTo: {EFEN}\nSubject: Lost {ITEMB}\n\nHi, I left {ITEMEN} on {LINEEN} on {DATEEN}. If it turns up, please post it to:\n{AUL}\nMy number is {PHUK}.\n\nThanks,\n{G#1}",
    "RELEASE RECEIPT\nItem ref: {REF}\nDescription: {ITEMEN}\nReleased to: {U#1}\nID seen: passport\nAddress: {AU}\nPhone: {PHUK}\nReleased by: {Gi}, {DATEEN}",
    "Dear Mrs {S#1:f},\nOur housekeeping team found {ITEMEN} in room {NUM} after your stay. We can post it to {AU} for {GBP} including tracking.\nKind regards,\n{P}\nGuest Services",
    "UNCLAIMED PROPERTY AUCTION - {DATEEN}\nLots 1-60: bicycles, luggage, phones\nViewing from {TIMEEN} at {AU}\nAuctioneer: {P}, {PHUK}",
    "Note for {G}: the lady who lost {ITEMEN} ({P:f}) called again. She's on {PHUK} and lives at {AU}. Can you check the Monday bags? - {N}",
    "{g#1}: anyone seen {ITEMEN}? customer on the phone\n{g#2}: check the bin under the counter\n{g#1}: got it, thanks {n#2}",
    "Bag tag on the blue suitcase:\n{U}\n{AUSL}\n{PHUS}",
    "Lost and Found claim #{NUM}\nClaimant: {P#1}\nAddress: {AUS}\nPhone: {PHUS}\nEmail: {E#1}\nItem: {ITEMEN}, lost on {LINEEN} on {DATEEN}",
    "Found in lecture theatre 2: {ITEMEN}. The front page of the notebook inside says {P}, with the number {PHUK}. Left with the porter ({S}) at the lodge, {AU}.",
    "I, {P}, found a wallet containing {USD} in cash on {DATEEN} at {AUS}. If it is not claimed within 90 days I ask that it be returned to me. Phone: {PHUS}.",
    "Hi {G}, good news! We think we've found your {ITEMB}. Reply to this email, call {PHUK} quoting {REF}, or collect it from {AU}. Best wishes, {P}, Lost Property",
    "Driver's note: passenger left {ITEMEN} on {LINEEN}. Name on the luggage label: {P}, {AU}. Handed to depot supervisor {P}.",
    "Mr {S#1:m} came in at {TIMEEN} for {ITEMEN} (ref {REF}). ID checked: driving licence in the name of {P#1}, {AU}. Released by {I}.",
    "Hotel lost and found log\n{DATEEN} | room {NUM} | {ITEMEN} | guest {R} | posted to {AUS}\n{DATEEN} | lobby | {ITEMEN} | guest unknown\n{DATEEN} | spa | {ITEMEN} | guest {R} | collected",
    "Sheriff's Office - Unclaimed Property Sale\nSaturday {DATEEN}, 9am, {AUS}\nItems include bicycles, tools and jewelry.\nQuestions: Deputy {P}, {PHUS}",
    "Hello Lost Property, my daughter {G#1:f} left her {ITEMB} on {LINEEN} after school. It has her name, {P#1}, written inside. We're at {AU}. Many thanks, {P} ({PHUK})",
    "Found by cleaner {P} on {LINEEN}: {ITEMEN} with a business card for {P}, Solicitor, {AU}, {PHUK}.",
    "Hi, this is {P}. I think I left {ITEMEN} in one of your taxis last night - picked up outside {STATIONEN}, dropped at {AUS}. My cell is {PHUS}. Thanks!",
    "{g#1}: did {n:f} ever collect that cello?\n{g#2}: nope. her number's {PHUK} if u want to try again\n{g#1}: will do",
    "From: {P#1} <{E#1}>\nSent: {DAYEN}\nTo: Lost Property <{EFEN}>\n\nDear Sir or Madam,\nI left {ITEMEN} on {LINEEN}. My address is {AUL}.\nYours faithfully,\n{P#1}",
    "Found: {ITEMEN} at {STATIONEN}. The collar says {PET} and {PHUK}. Owner ({P}) is on the way.",
    "Auction results {DATEEN}\n{LOT}: {ITEMEN} - {GBP} - buyer {R}\n{LOT}: {ITEMEN} - {GBP} - buyer {R}\n{LOT}: {ITEMEN} - {GBP} - buyer {R}\nClerk: {I}",
    "Airline baggage claim PIR {REF}\nPassenger: {RU#1}\nPermanent address: {AUS}\nTemporary address: {AX}\nPhone: {PHUS}\nEmail: {E#1}",
    "Dear {G}, thank you for handing in {ITEMEN}. The owner, {P:f}, has collected it and asked us to pass on her thanks. Best, {P}",
    "PC {S} logged a found purse at {STATIONEN}: contents included a bank card in the name of {P} and a letter addressed to {AUL}",
    "Can someone call {P#1} back on {PHUK}? {G'#1} {ITEMB} turned up in the Friday bags. Address: {AU}. - {N}",
    'Lost property: {ITEMEN} engraved "To {G}, love {G}". Found on {LINEEN}. Please contact {EFEN} or call {PHUK}.',
    "Finder's form\nName: {P#1}\nAddress: {AU}\nPhone: {PHUK}\nEmail: {E#1}\nWould you like the item if unclaimed? Yes\nSigned: {I#1}",
    "Hi {G}! Your {ITEMB} is ready for collection at {STATIONEN}, window 3. Please bring photo ID. Collect by {DATEEN} or it goes to auction. - {S}, TfL",
    "Dear {P},\nWe have been unable to match your lost {ITEMB} (ref {REF}). We will keep your report for 90 days.\nRegards,\n{P}\nCustomer Relations, {BOX}",
    "Courier note: parcel containing {ITEMEN} for {P}, c/o {P}, {AU}. Signed for by {Gi}.",
    "Stadium lost and found: {ITEMEN} found in block {NUM}. Inside: a season ticket for {P} and a prescription from {AU}.",
    "{P} (contractor) handed in {ITEMEN} found under seat 14C. Owner traced through the booking: {F}, {AUS}, {PHUS}.",
    "To whom it may concern: I authorise {P#2} to collect my lost property, ref {REF}, on my behalf. {P#1}, {AUL}",
    "Returned items, week {NUM}:\n- {ITEMEN}: {R}, posted to {AU}\n- {ITEMEN}: {R}, collected\n- {ITEMEN}: {R}, {PHUK}, no answer",
    "@{G} can you grab the {ITEMB} off the shelf? {P} is at the window for it",
    "Lost & Found - Conference Centre\nItem: {ITEMEN}\nFound by: {Gi}\nOwner (from badge): {P#1}, {E#1}\nOwner contacted: yes",
    "Dr {S:f} left {ITEMEN} at reception. Please ring her office on {PHUK} or her mobile {PHUK}.",
    "Unclaimed property notice: items held more than three months will be sold. Enquiries to {P}, Property Officer, {AUS}, {PHUS}, or {EFEN}.",
    "Hey {g}, I found {ITEMEN} with your name on it in the break room lol. it's at the front desk - {g}",
    "Ferry lost property: {ITEMEN} found on deck 7. Passenger {P#1} ({PHX}) lives at {AX} and has asked for it to be sent on. Cost {EUR}.",
    "Found property register, {DATEEN}\nItem: {ITEMEN}\nFinder: {R#1}, {AU}\nOwner: {R#2}, {AUL}\nOfficer: Sgt {S}",
    "Hi {G}, it's {G} from the front desk. A guest named {P#1:f} left {ITEMEN} in the gym. Her email is {E#1}. Could you forward?",
    "Transit police note: wallet recovered at {STATIONEN}. ID shows {U}, {AUS}. Contacted owner's sister {P:f} at {PHUS}.",
    "Thanks so much for finding my {ITEMB}! Please send it to {AUSL} and I'll cover shipping. - {F} ({PHUS})",
    "{P'#1:f} umbrella has been sitting in the lost property cupboard since March. Anyone know her? - {G}",
    "Volunteers on the lost property desk this weekend: {P}, {P}, {P} and {P}. Supervisor: {P} ({PHUK}).",
    "Received from Network Rail: {NUM} items. Signed by {P}. Checked by {I}.",
    'Wedding ring found at {STATIONEN}, engraved "{G} & {G} 2003". Handed in by {P}, {AU}.',
    "Courier run {DATEEN}:\n1) {AU}\n2) {AU}\n3) {AUL}\nDriver: {P}, {PHUK}",
    "Change of address for claim {REF}: {P} has moved from {AU} to {AUL}. Please update the label.",
    "{g#1}: where do i send the kindle\n{g#2}: {au} x\n{g#1}: ta {n#2}",
    "{G'} dad rang about {ITEMEN} again. Address on file: {AU}. Number: {PHUK}.",
    "Return label\nTo: {P}\nc/o {P}\n{AUSL}\nFrom: Lost & Found, {AUS}",
)

# --- Mixed Swedish/English, as Swedes write at work and to visitors.
MIXED = (
    "Hej {G}! Found your badge in the kitchen, lämnade den hos receptionen. /{N}",
    "{P#1:f} from Germany called about {ITEMEN} left on Arlanda Express. Hon vill ha den skickad till {AX}. Kan någon fixa frakten? Her email: {E#1}",
    "Hi {G}, tack för ditt mejl! We found {ITEMEN} on {LINE} and can send it to {AU}. Porto blir {AMT}. Best, {P}, Hittegods",
    "{g#1}: lost & found har ringt, dom har your {ITEMB}\n{g#2}: omg thank god!! vart ska jag hämta?\n{g#1}: {a}, fråga efter {g}",
    "From: {P#1} <{E#1}>\nTo: {EF}\nSubject: Lost item / borttappat gods\n\nHello, I'm a tourist and I left my bag on {LINE}. Sorry för min svenska! My address is {AXL}. Phone {PHX}.\n\nBest,\n{G#1}",
    "Kvittens / Receipt\nÄrende / Case: {REF}\nUtlämnat till / Released to: {U#1}\nPnr: {PNR}\nAddress: {A}\nSignature: {I#1}",
    "Note till kvällsskiftet: guest {P:f} in room {NUM} forgot {ITEMEN}. Hon checkade ut i morse. Ship to {AU}, she'll pay. /{G}",
    "Hej team! Heads up: auktionen för outlöst hittegods är {DATE}. {P} is the auctioneer, {P} handles payments. Frågor till {PH}.",
    "{P} (lost property, Arlanda) här. We have {ITEMEN} matching your description, ärende {REF}. Ring {PHF} eller svara på {EF}. Hämtas på {A}.",
    "Owner claim / Efterlysning\nName: {P#1}\nPhone: {PH}\nEmail: {E#1}\nItem: {ITEM}\nWhere: {LINE}, near {STATION}\nAdress i Sverige: {A}",
    "@{g} kan du check the shelf for {ITEMEN}? kunden {P} väntar i luckan",
    "Hi! Jag hittade en wallet på {LINE} med ett id-kort: {P}, {PNR}. Lämnade den hos driver {G}. Just so you know /{P}",
    "Meeting notes hittegodsgruppen {DATE}\nPresent: {P}, {P}, {P}\nAction: {G} updates the register, {G} calls owners with missing addresses\nNext: auktion prep",
    "Hej! My name is {P#1}, I think I left {ITEMEN} in a taxi från Centralen till {ST}. Could you check? Mitt nummer: {PH}",
    "Dear {G}, vi har nu skickat {ITEMEN} med DHL to {AUS}. Tracking {REF}. Hälsningar {P}",
    "Skickat / Shipped: {ITEMEN} → {P}, {AXL}. Paid {EUR} via card. Handled by {Gi}.",
    "{g#1}: anyone know who owns the pink scarf? den har legat här sen fredag\n{g#2}: think it's {ns:f}, hon sitter på plan 3\n{g#1}: ok ger den till henne",
    "Hotel lost & found: {ITEMEN} i rum {NUM}. Guest {R#1}, {AU}, {E#1}. Ringde {PHUK}, no answer.",
    "Påminnelse / reminder: all found items must be logged i systemet samma dag. Frågor: {P}, {PH}, {EF}",
    "Anteckning: customer {P:f} från UK ringde om {ITEMEN} she lost. Hon bor på {AUL}. Vi skickar på måndag. /{N}",
    "Hej {G}!\nSorry for the delay. Vi har hittat {ITEM} och den finns hos oss på {A}. Öppet 10–18. Bring ID please!\n/{P}",
    "Found on the Stockholm–Göteborg train: {ITEMEN}. Namnlapp: {P}, {A}, {PH}. Konduktör {S} har den.",
    "Hittegods, weekly report\nInlämnat: {NUM} items\nUtlämnat: {NUM}\nTill polisen: {NUM}\nCompiled by {P#1} ({E#1})\nOffice: {BOX}",
    "Hi {G}! Tack för att du hittade my {ITEMB} 🙏 can I swing by {a} tonight? /{g}",
    "Support ticket {REF}\nCustomer: {P#1} <{E#1}>\nPhone: {PHX}\nIssue: lost {ITEMB} på {LINE}\nAssigned to: {Gi}",
    "Fullmakt / Power of attorney: I, {P#1}, authorise {P#2} (pnr {PNR}) to collect my item, ärende {REF}. {P#1}",
    "Intervju-anteckning: passenger {P:f} says her {ITEMB} was stolen, not lost. Hänvisad till polisen. Kontakt {PH}, boende {STL}.",
    "Auktionslista / Auction list {DATE}\n{LOT}: {ITEM} – sold to {R} för {AMT}\n{LOT}: {ITEM} – sold to {R} för {AMT}\nAuctioneer: {P}",
    "Kära {G}, we found your {ITEMB} på bussen. Please pick it up at {ST} before {DAY}. Mvh {P}, {S} Buss & Taxi",
    "{P#1} here from Stockholm Lost & Found. Din väska has been sent to {AUS}. Let me know när den kommer fram! {E#1}",
    "Bagagelapp / luggage tag:\n{P}\n{AUL}\n{PHUK}\nVäskan förvaras på Arlanda, terminal 5.",
    "Dog found at {STATION}! Hunden heter {PET} enligt halsbandet, phone number {PH}. Ägaren {P} is on the way.",
    "Hej {G}, customer {P#1:m} called om sin laptop. Can you call back on {PH}? Han pratar bara engelska. /{N}",
    "Från: {P#1} <{E#1}>\nTo: {P#2} <{E#2}>\nSubject: Hittegods backlog\n\nHi {G#2}, kan du take over the backlog this week? {Gs} list is in the shared drive.\n/{G#1}",
    "Utlämnat to {P:f} ({PNR}) on behalf of her father {P:m}. ID checked, signature received. /{I}",
    "Bus driver {P} found {ITEMEN} on {LINE}. Ägaren {P} lives at {A}, we sent a letter. No reply yet.",
    "Hi {G}! Your {ITEMB} har hittats. Du kan hämta den hos Hittegods, {BOX} – walk-in 10–16. Questions: {PHF}",
    "{g}: is {g:f} working today? the guy with the cello is back lol\n{g}: ja hon är på lunch, back 13",
    "Ägare identifierad via airline tag: {RU#1}, {AUS}, {PHUS}. Mail sent to {E#1}.",
    "Lost property office, Göteborg C\nCase {REF}: {ITEM}\nOwner: {P}, {ARL}\nContacted: {DATE} via {PH}",
    "Thanks {G}! Jag har fått tillbaka my {ITEMB}. You're the best! /{P}",
    "Tourist {P#1} from {TOWNEN} left {ITEMEN} på Flygbussarna. Contact: {PHUK}, {E#1}. Skicka till {AU}.",
    "Volontärer på hittegodsdisken i helgen / weekend volunteers: {P}, {P}, {P}. Ansvarig: {P} ({PH}).",
    "Item {REF} returned to owner {P} by courier to {AX}. Signed by {G}. Ärendet stängt.",
    "Kvarglömt / left behind: {ITEM}, {ITEM}. Namn på lappen: {P}. Ring {PH} if you know them, eller kom till {ST}.",
    "Receipt for hittelön: {AMT} paid to finder {P}, {A}. Approved by {I}.",
    "Hej! I'm {P#1}, I think my kid {G} left {ITEMEN} on spårvagn 6. Kan ni kolla? {PH} /{G#1}",
    "Fyndrapport / Found report\nItem: {ITEMEN}\nWhere: {STATION}\nFinder: {R}, {PH}\nLogged by: {I}",
    "Staff chat: {P} asked if {Ss} bike has been picked up. Den står kvar vid {STN}. Ring ägaren på {PH}.",
    'Hi {G}, the umbrella with "{P}" on the handle – vi har den! Hämta på {ST} eller vi skickar den.',
    "Leveranslista / delivery list {DATE}: {A}; {AU}; {AX}. Driver: {N}, {PH}.",
    "{g}: what's the address for the cello lady?\n{g}: {a}. hon heter {p:f}",
    "{Gs:f} väska är fortfarande här – can someone text her? {PH}. Hon bor på {STN} tror jag.",
    "Owner verified: {P}, pnr {PNRO}, över hundra år! Hämtas av barnbarnet {P} från {A}.",
)

# Rows with no value at all, each used once: the look-alikes of the genre.
NEGATIVES = (
    (
        "sv",
        "Hittegods SL, ärende {REF}: en svart ryggsäck inlämnad {DATE} kl. {TIME} på buss 4 vid Slussen. Ägare okänd.",
    ),
    (
        "sv",
        "Utropslista {DATE}: rop 1–40 cyklar, rop 41–90 väskor, rop 91–120 mobiltelefoner. Utropspris från 50 kr. Betalning med kort eller Swish 123 456 78 90.",
    ),
    (
        "sv",
        "Hittegods hanteras enligt lagen om hittegods (1938:121). Gods som inte hämtats inom tre månader tillfaller upphittaren eller säljs på auktion.",
    ),
    (
        "sv",
        "Förvaringsavgift 100 kr per föremål. Hittelön är normalt tio procent av godsets värde. Org.nr 556123-4567.",
    ),
    (
        "sv",
        "Statistik vecka 12: 412 föremål inlämnade, 188 utlämnade, 57 skickade till Polisen. Vanligast: paraplyer (64), mössor (51) och nycklar (47).",
    ),
    (
        "sv",
        "Linje 177 mot Skärholmen är inställd mellan 22.15 och 23.40. Ersättningsbussar går från hållplats F vid T-Centralen.",
    ),
    (
        "sv",
        "Kundtjänst har öppet vardagar 08.00–18.00. Ärendenummer skickas per sms inom två arbetsdagar.",
    ),
    (
        "sv",
        "Märkning: alla föremål ska få en streckkodsetikett (t.ex. HG-2027-00412) och läggas i rätt hyllsektion, A–F.",
    ),
    (
        "sv",
        "Polisen hittegods: paket 77-3391 innehåller 12 paraplyer, 4 mobiltelefoner och 2 barnvagnar. Mottaget av Region Stockholm.",
    ),
    (
        "sv",
        "Sten, sax, påse avgjorde vem som fick ta kvällspasset. Vi klarade det ändå, trots att björken vid hållplatsen blåste omkull.",
    ),
    (
        "sv",
        "Den rosa mössan och den gröna vanten ligger i låda 14. Liv och rörelse i luckan i dag, kön gick ända ut till Pressbyrån.",
    ),
    (
        "sv",
        "Västtrafik, Skånetrafiken och SL har olika rutiner för hittegods; Swedavia skickar allt efter 30 dagar till Polisen.",
    ),
    (
        "sv",
        "Auktionen hålls i Auktionshallen vid Liljeholmen. Visning lördag 10–12, klubbslag 13.00. Moms ingår ej.",
    ),
    (
        "sv",
        "Resväska, Samsonite, röd. Innehåll: kläder, necessär, en bok. Ingen bagagelapp, inget namn. Hylla 3B.",
    ),
    (
        "sv",
        "Fynd vid Göteborg C, spår 7: ett körkortsfodral utan innehåll och ett SJ-biljettkvitto för tåg 427, vagn 5, plats 36.",
    ),
    (
        "sv",
        "Mark och stenar på perrongen i Mora är hala. Per styck kostar en ny skylt 2 450 kr enligt Trafikverket.",
    ),
    (
        "sv",
        "Ros till nattpersonalen som sorterade 300 vantar! Bo gärna kvar en stund efter skiftet och ta fika.",
    ),
    (
        "sv",
        "Beslut 2027-03-14: godset (ärende 27-0418) säljs på auktion den 2 maj. Utrop 200 kr. Ej hämtat inom föreskriven tid.",
    ),
    (
        "sv",
        "Påse med 14 nycklar, 3 nyckelbrickor från Aptus och en cykelnyckel hittad i hiss B, Tekniska högskolan. Inlämnad kl. 07.55.",
    ),
    (
        "sv",
        "Kassaavstämning: 3 420 kr i förvaringsavgifter, 1 150 kr i auktionsintäkter. Bankgiro 5050-1234. OCR 88412390017.",
    ),
    (
        "sv",
        "Iris-skannern vid entrén är trasig. Ring felanmälan, ärendekod F-4421, och använd dörr 2 så länge.",
    ),
    (
        "sv",
        "Inlämnat i Uppsala: paraply (svart), hörlurar (vita), ett busskort utan namn och en bok av okänd författare.",
    ),
    (
        "sv",
        "Tåg 10543 från Hallsberg stannade vid plattform 3b. Allt kvarglömt i vagn 2 och 4 har lämnats på Örebro C.",
    ),
    (
        "sv",
        "Hittegodskontoret flyttar till nya lokaler i Flemingsberg den 1 juni. Tidigare lokal i Solna stänger 28 maj.",
    ),
    (
        "sv",
        "Dagens fynd: en barnvagn från Emmaljunga, två par skidor, en gitarr och en väska från Fjällräven.",
    ),
    ("sv", "Ärende 2027-000871 är avslutat. Godset destruerades enligt rutin 4.2 efter 90 dagar."),
    (
        "en",
        "Lost Property Office, ref LPO/27/09931: black umbrella found on the Victoria line at Brixton, 08:15. Owner unknown.",
    ),
    (
        "en",
        "Lots 1-40 are bicycles, lots 41-90 are bags and lots 91-120 are phones. Reserve prices from £5. Buyer's premium 20%.",
    ),
    (
        "en",
        "Items are held for three months, then donated or sold. A handling fee of £20 applies to each item posted.",
    ),
    (
        "en",
        "Hope you all had a good weekend. Grace period for the new booking system ends on Friday; will you log everything by then?",
    ),
    (
        "en",
        "Mark the shelf with the week number and frank the outgoing parcels before 4pm. Bill the courier account 44-118.",
    ),
    (
        "en",
        "We found a ruby ring, an amber necklace, a jade bracelet and a pearl earring in the Piccadilly line bags this week.",
    ),
    (
        "en",
        "The Jubilee line and the Elizabeth line lost property now goes to the Paddington office. Open 8:30-16:00, Monday to Friday.",
    ),
    (
        "en",
        "Holly, ivy and heather wreath left on the 09:10 from York, seat 22, coach C. No name tag.",
    ),
    ("en", "Claim 558120 closed: item destroyed after 90 days in line with policy LP-7."),
    (
        "en",
        "Unclaimed Property Division, Department of Revenue. Reference 20-44816. Hours 8am-5pm.",
    ),
    (
        "en",
        "Dawn shift logged 212 items: 61 umbrellas, 38 phones, 29 wallets and 84 other. Frank feedback welcome at the team meeting.",
    ),
    (
        "en",
        "Will the last person out please lock cabinet 3? The May auction catalogue is on the desk.",
    ),
    (
        "en",
        "A Hunter wellington boot, size 5, found at Manchester Piccadilly, platform 13. Just the left one.",
    ),
    (
        "en",
        "Invoice 88231 from the auction house: commission £412.50, storage £88.00, VAT £100.10.",
    ),
    ("en", "Gatwick South Terminal: 7 suitcases, 12 laptops and 1 saxophone awaiting collection."),
    (
        "en",
        "Sky blue rucksack with a Rose of Tyneside patch found at Central Station, Newcastle. No contents of note.",
    ),
    (
        "en",
        "Joy all round: the bank returned the deposit for lot 77 and the reserve was met on lot 102.",
    ),
    ("en", "Summer opening hours: 9am to 7pm. The office is closed on bank holidays."),
    (
        "mixed",
        "Hittegods weekly: 412 items in, 188 out. Vanligast är umbrellas och mössor. Next auction {DATE}.",
    ),
    ("mixed", "Ärende {REF} closed – item skickat till Polisen enligt rutin. No further action."),
    ("mixed", "Reminder: alla items ska ha barcode-etikett (HG-2027-xxxxx). Shelf A–F, please!"),
    (
        "mixed",
        "Auction lots 1–40 är cyklar, 41–90 är väskor. Betalning by card or Swish 123 456 78 90.",
    ),
    ("mixed", "Sten, sax, påse för vem som tar late shift? Will do it myself om ingen vill."),
    ("mixed", "Bo i Solna, jobba i Flemingsberg – the commute is long. Liv i luckan hela dagen!"),
    (
        "mixed",
        "Found on X2000 to Göteborg, vagn 4: a grey hoodie, en laddare och ett Kindle utan namn.",
    ),
    (
        "mixed",
        "The new lost property system går live på måndag. Training session kl. 09.00 i konferensrum Ekan.",
    ),
    (
        "mixed",
        "Fyndstatistik Q1: phones 214, wallets 168, keys 401. Up 12% jämfört med förra året.",
    ),
    (
        "mixed",
        "Swedavia policy: items older than 30 days skickas till Polisen. Exceptions: passports, id-kort.",
    ),
    (
        "mixed",
        "Nattbuss 94 kvarglömt: one black glove, en paraply, och en rosa termos. Inget namn på någon.",
    ),
    (
        "mixed",
        "Invoice 77-204 från Auktionsverket: commission 3 400 kr, storage 880 kr. Betala inom 30 dagar.",
    ),
    ("mixed", "Ros till Arlanda-teamet for sorting 600 items in one day! Fika on us på fredag."),
    (
        "mixed",
        "Tåg 527 Stockholm C – Göteborg C, coach 3, seat 42: blue umbrella. No tag, ingen ägare.",
    ),
    ("mixed", "Org.nr 556677-8899, VAT SE556677889901. Postgiro 12 34 56-7 for auction payments."),
    (
        "mixed",
        "Hunter boots, Canada Goose-jacka och en Mulberry-väska: the week's most expensive finds.",
    ),
)
