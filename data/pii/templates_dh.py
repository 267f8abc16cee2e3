# ruff: noqa: E501
"""Templates of held-out DH (issue 15): couriers, deliveries and moving house.

Written by the ninety-first writer from general knowledge of the genre: parcel and food deliveries
and drivers' apps, parcel lockers and missed-delivery cards, removal firms' quotes, job sheets and
invoices, change-of-address notices (flyttanmälan to Skatteverket, eftersändning, the Royal Mail's
redirection, USPS, council tax), broadband and electricity move-in orders, furniture deliveries and
returns; Swedish, English and mixed (Swedish and English in one text, as Swedes write at work).

Slots (`generate_dh.py` fills them): a person's name in a form (`{P}` full, `{F}` with middle
names, `{G}`/`{g}` given, `{N}`/`{n}` short form, `{S}`/`{s}` surname, `{U}`, `{GU}`, `{SU}` in
capitals, `{I}` initial and surname, `{Gi}` given and initial, `{R}`/`{RU}` `Surname, Given`, `{E}`
e-mail), `#1` the same person again, `:f`/`:m` a woman or a man, a trailing `s` a Swedish genitive,
`'` an English one; addresses (`{A}` one line, `{AL}` over lines, `{AR}`/`{ARL}` rural, `{AT}` in
a town, `{STL}` with `lgh`, `{ST}` a street and number, `{STR}` a street alone, `{VIL}` a village
and number, `{a}` lower case, `{AUP}` capitals, `{BOX}`, `{AU}`/`{AUL}`/`{au}` UK, `{AUS}`/`{AUSL}`/
`{aus}` US, `{AX}`/`{AXL}` elsewhere in Europe); phones (`{PH}`, `{PHM}` mobile, `{PHF}` a firm's,
`{PHUK}`, `{PHUS}`, `{PHX}` abroad); `{PNR}` and `{PNRO}` (past a hundred) personnummer; `{FE}` a
firm's e-mail; the rest are no values (dates, times, numbers, amounts, references, tracking
numbers, codes, and the words of `WORDS`). `NEGATIVES` hold no value at all; each is used once.
"""

MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}  # fmt: skip

# Words that fill slots and are no values: shops, carriers, firms named after no person, places
# that are no address, pets (whose names are no PERSON), goods and reasons.
WORDS: dict[str, tuple[str, ...]] = {
    "SHOP": ("Apotea", "Adlibris", "CDON", "Boozt", "Ellos", "Jollyroom", "Webhallen", "Inet", "Lyko", "Bokus", "Stadium", "Elgiganten", "NetOnNet", "Zalando", "Bygghemma"),
    "SHOPF": ("Mio", "Jysk", "Chilli", "Svenska Hem", "Rusta", "Bohus", "Furniturebox", "Sleepo", "Trademax", "RoyalDesign", "Nordiska Galleriet", "Soffadirekt"),
    "SHOPEN": ("Argos", "Currys", "Dunelm", "Wayfair", "Amazon", "ASOS", "Habitat", "Oak Furnitureland", "Target", "Best Buy", "Crate & Barrel", "Home Depot"),
    "CARRIER": ("PostNord", "Budbee", "Instabox", "Bring", "Airmee", "Early Bird", "Best Transport", "Jetpak", "UPS", "FedEx"),
    "CARRIEREN": ("Royal Mail", "Parcelforce", "Evri", "DPD", "Yodel", "UPS", "FedEx", "Amazon Logistics"),
    "OMBUD": ("ICA Nära Solhem", "Coop Konsum Centrum", "Pressbyrån Centralstationen", "Hemköp City", "Willys Hemma", "Tempo Vallby", "Circle K Norrmalm", "ICA Supermarket Bagarmossen", "Coop Extra Backa", "Handlar'n i byn"),
    "LOCKER": ("Instabox-skåpet i ICA Maxi", "paketskåpet vid Hemköp City", "Budbee-boxen på Circle K", "PostNords paketbox vid Pressbyrån", "skåpet i tvättstugan", "paketautomaten på Coop Forum", "Instabox vid Willys"),
    "LOCKEREN": ("the InPost locker at Tesco Extra", "the Amazon Locker at the station", "the parcel locker in the lobby", "the Evri ParcelShop at the Co-op", "the Royal Mail Parcel Postbox by the library"),
    "DEPOT": ("Hackney", "Leeds North", "Bristol East", "Croydon", "Salford", "Gateshead", "Oxford Cowley", "Cardiff Bay"),
    "FIRM": ("Flyttfirman Norrland AB", "Stadsbud Syd", "Bärkraft Flytt", "Snabbflytt i Mälardalen", "Flyttexperten", "Trygga Flyttar AB", "Packa & Bära AB", "Nordic Relocation", "Kartongkungen", "Flytt & Städ Väst", "Blå Bilen Transport", "Hemflytt Öst"),
    "FIRMEN": ("Swift Removals Ltd", "Northern Moves", "Careful Hands Removals", "City Move Logistics", "BlueLine Relocations", "Red Door Movers", "Two Vans Removals", "Harbourside Storage", "Atlas Van Lines", "Oak & Pine Movers"),
    "HOUSING": ("Stadsbostäder", "HSB", "Riksbyggen", "Heimstaden", "Bostadsbolaget", "Studentbostäder", "Familjebostäder", "Hyresbostäder i Norr"),
    "REST": ("Pizzeria Napoli", "Thai Garden", "Burgerbaren", "Falafelkungen", "Curry House", "Poké Bar", "Kebab Palace", "Sushibaren", "Taco Bar", "Vegobaren"),
    "PET": ("Sixten", "Bella", "Ludde", "Molly", "Zorro", "Sigge", "Nala", "Charlie", "Selma", "Kaspar", "Max", "Lola", "Milo", "Simba", "Buddy", "Luna", "Biscuit", "Rocky", "Teddy", "Poppy"),
    "ITEM": ("soffa 3-sits", "byrå", "matbord med sex stolar", "garderob", "kontinentalsäng 180 cm", "bokhylla", "tvättmaskin", "kylskåp", "skrivbord", "fåtölj", "spegel 80 × 180", "TV-bänk"),
    "ITEMEN": ("3-seater sofa", "wardrobe", "dining table", "chest of drawers", "king-size bed frame", "washing machine", "bookcase", "armchair", "desk", "fridge freezer"),
    "REASON": ("fel färg", "transportskada", "ångerrätt", "fel storlek", "passade inte i hallen", "saknade skruvar", "trasig ben"),
    "REASONEN": ("damaged in transit", "wrong colour", "changed my mind", "doesn't fit", "missing parts", "arrived late"),
    "FOOD": ("2 × margherita", "pad thai, vårrullar", "cheeseburgare med pommes", "falafelrulle", "kycklingcurry, naan", "pokébowl lax", "sushi 12 bitar"),
}  # fmt: skip

SV = [
    # parcel notices, missed deliveries, lockers
    "Hej {G}! Ditt paket från {SHOP} är på väg och levereras {DAY} mellan {WIN}. Spårnummer: {TRACK}. Vid frågor ring {PHF}. /{CARRIER}",
    "Avisering\nTill: {U#1}\n{AL}\n\nVi sökte dig {DATE} kl {TIME} men ingen var hemma. Försändelsen kan hämtas hos {OMBUD} från och med {DAY}. Ta med legitimation och avikod {PIN}. Kolli-ID {TRACK}.",
    "{CARRIER}: {G}, ditt paket från {SHOP} ligger nu i {LOCKER}. Koden är {PIN} och gäller till {DATE}.",
    "Ditt paket har levererats till {LOCKER}. Hämta senast {DATE}. Upplåsningskod: {PIN}.\nAvsändare: {SHOP}\nMottagare: {P}",
    "Budet var här kl {TIME}. Paketet till {U} finns hos {OMBUD}. Hälsningar {G}, {CARRIER}",
    "Rekommenderat brev till {F}, {A}. Hämtas ut hos {OMBUD} senast {DATE} mot legitimation.",
    "Fullmakt att kvittera ut försändelse\n\nJag, {P#1} ({PNR}), ger {P#2} ({PNR}) fullmakt att hämta ut mitt paket med kolli-ID {TRACK}.\n\nOrt och datum: {TOWN} {DATE}\nUnderskrift: {P#1}",
    "Hej! Mitt paket {TRACK} står som levererat {DATE} men jag har inte fått något. Jag bor på {STL} och ingen granne har tagit emot det. Kan ni kolla bilden föraren tog? /{P}, {PHM}",
    "Paketet är adresserat till {P}, {A}, men den personen har flyttat härifrån. Här bor numera {P}. Returnera till avsändaren, tack! /{G}",
    "Hej! Jag har tagit emot ett paket till {P} som bor på {ST}. Det står hos mig, {P}, {STL}. Ring {PHM} så kan du hämta det ikväll.",
    "Leveransinstruktion från {P#1}: Om ingen öppnar, lämna hos grannen {P:f} på {ST}. Hon har lovat att ta emot {Gs#1} paket.",
    "Leveransinstruktion: Ring {S} på porttelefonen, koden är {DOOR}. Lämna vid dörren om ingen svarar. Hunden {PET} skäller men är snäll.",
    "Paketet ligger i postlådan vid vägen in till {VIL}, den gröna lådan med namnet {S} på. Ring {PH} om du inte hittar den. /{G}",
    "Leveransadress:\n{ARL}\nMottagare: {P}\nTel: {PH}\nVägbeskrivning: sväng vänster efter ladan, andra gården på höger sida. Lös hund ({PET}), ring innan.",
    "hej {g}! det är {g:m} från {CARRIER}, jag står utanför {a} men porten är låst. vad är koden? ring mig på {PHM}",
    "Avvikelse {REF}: kolli {TRACK} felsorterat i terminalen. Mottagare {P}, {A}. Förare {I} ringde kunden på {PH}, inget svar. Nytt försök {DAY}.",
    "Körlista {DATE}, bil {REG}, förare {P}\n1. {R}, {AT}, {PH}\n2. {R}, {AT}, {PH}\n3. {R}, {AR}, tel saknas\n4. {FIRM}, {BOX}",
    "MOTTAGARE: {U}\nADRESS: {AUP}\nTEL: {PH}\nAVSÄNDARE: {SHOP}, {BOX}\nKOLLI 1 AV {KOLLI}, {KG} KG",
    "Fraktsedel {TRACK}\nTransportör: {Ps} Åkeri AB\nAvsändare: {SHOPF}, {BOX}\nMottagare: {P}, {A}\nAntal kolli: {KOLLI}, vikt {KG} kg",
    "{CARRIER}: Din eftersändning till {A} är aktiverad från {DATE}. Den gäller post till {P} och {P}. Ändra eller förläng på Mina sidor.",
    # food
    'Order {REF} – {REST}\n{FOOD}\nKund: {Gi}\nAdress: {a}\nKommentar: "ring {PHM} när du är här, dörren är på gårdssidan"\nBud: {G}',
    "hej {g}, din mat från {REST} står i receptionen 👍 /{g}",
    "{G}, ditt bud {G:m} är snart framme med din beställning från {REST}. Spåra i appen.",
    # removal firms: quotes, job sheets, invoices
    "OFFERT {REF} – {FIRM}\nKund: {P#1}\nTelefon: {PHM}\nE-post: {E#1}\n\nFrån: {AL}\nTill: {AL}\nFlyttdag: {DATE}, start kl {TIME}\nUppskattad volym: {VOL} m³, {NUM} flyttkartonger\nPris efter RUT-avdrag: {AMT}\n\nFör RUT-avdraget behöver vi personnummer för {G#1} och eventuell medsökande.\nHandläggare: {P}, {PHF}",
    "ARBETSORDER {REF}\nDatum: {DATE}\nArbetsledare: {P}\nBärare: {G:m}, {G} och {G}\nBil: {REG}\nKund: {R#1}, {PH}\nUpphämtning: {AT}\nLeverans: {AT}\nPortkod: {DOOR}\nObs! {Gs#1} piano ska bäras först.",
    "FAKTURA {REF}\n{FIRM}\n{BOX}\nOrg.nr {ORG}\n\nKund: {P#1}\n{AL}\n\nFlytthjälp {DATE}: {NUM} timmar à {AMT}\nRUT-avdrag för {P#1} ({PNR})\nAtt betala: {AMT}\nBankgiro {BG}, OCR {OCR}",
    "Hembesiktning bokad {DATE} kl {TIME} hos {P#1}, {AT}. Vår flyttkonsult {P} går igenom bohaget och lämnar en offert. Bekräftelse skickad till {E#1}.",
    "Offert till {P} – flytt från {A} till {A}, {DATE}.\n\nMed vänlig hälsning\n{P#1}\n{S#1} Flytt & Transport AB, org.nr {ORG}\nTel {PHF}",
    "Hej {G}! Vi på {FIRM} bekräftar flyttstädning {DATE} på {STL}. Teamledare: {P}. Nyckeln lämnas i brevlådan efteråt. Frågor: {PHF}",
    "Hej, {G} här från {FIRM}. Vi är lite sena, beräknad ankomst till {ST} kl {TIME}. /{G}",
    "hej {g}! vi har lastat klart på {a}. kör nu mot {a}, ca 40 min. /{g}, {FIRM}",
    "Pianotransport {DATE}: från {P} ({AL}) till {Ss} sommarstuga, {AR}. Två trappor vid upphämtningen. Ansvarig: {I}.",
    "Skadeanmälan transport\nAnmälare: {F}\nPersonnummer: {PNR}\nTelefon: {PHM}\nUpphämtat från: {A}\nLevererat till: {A}\nSkadat gods: {ITEM}\nFörare: {G} ({FIRM})",
    "Hej {FIRM}! Vid leveransen {DATE} till {A} repades bordsskivan. Chaufförerna ({G:m} och {G}) noterade skadan på följesedeln. Bilder bifogade, ordernr {REF}.\nHälsningar {P}, {PHM}",
    "Magasinering – avtal {REF}\nHyresgäst: {R}\nPersonnummer: {PNR}\nFaktureringsadress:\n{AL}\nFörråd nr {NUM}, {VOL} m³\nMånadshyra: {AMT}\nKontakt: {PHM}",
    "Hyra flyttkartonger: {NUM} st levereras till {AT} {DATE} och hämtas efter flytten. Kontakt {G}, {PHM}.",
    "Kan verkligen rekommendera {FIRM}! {G:m} och {G:m} bar allt på två timmar och inget gick sönder. Ring {N}, {PHM}, och säg att {G} tipsade.",
    "Formulär: Begär offert\nNamn: {P#1}\nE-post: {E#1}\nTelefon: {PHM}\nFlyttar från: {A}\nFlyttar till: {AX}\nÖnskat datum: {DATE}\nMeddelande: Vi flyttar utomlands och behöver hjälp med packning och magasinering.",
    "Uppdrag {REF}, {DATE}: Dödsbo efter {F}. Tömning av {AT}. Kontaktperson: sonen {P:m}, {PH}. Nycklar hos grannen {S}.",
    "Mottagningsbevis\n{NUM} flyttkartonger hämtade från {STL} {DATE} av {P}, {FIRM}.\nKvitteras: {S}",
    # Skatteverket, post, eftersändning
    "Flyttanmälan till Skatteverket\nPersonnummer: {PNR}\nNamn: {P#1}\nNy adress:\n{AL}\nFlyttdag: {DATE}\nFlyttar även: {P} ({PNR}) och {G} ({PNR})\nTelefon: {PH}\nE-post: {E#1}",
    "EFTERSÄNDNING – BESTÄLLNING\nEfternamn: {SU#1}\nFörnamn: {GU#1}\nPersonnummer: {PNR}\nNuvarande adress: {A}\nNy adress: {A}\nFrån och med: {DATE}\nGäller även post till: {F}",
    "Bekräftelse på flyttanmälan\n\n{U#1}\n{AL}\n\nHej {G#1}! Vi har registrerat att du är folkbokförd på adressen ovan från och med {DATE}. Ärendenummer: {REF}. Har du frågor kan du ringa oss på {PHF}.",
    "Anmälan om utflyttning: {F} ({PNR}) flyttar {DATE} till {AX}. Postadress i Sverige: c/o {P}, {A}.",
    "Tillfällig adress under renoveringen:\n{P}\nc/o {P}\n{AL}\nTill och med {DATE}.",
    "Flyttanmälan görs av god man {P} för {F}, personnummer {PNRO}, som flyttar till särskilt boende på {AT} den {DATE}.",
    "Mormor {G:f} är över hundra år och flyttar till {AT}. Hennes personnummer, {PNRO}, behövs på blanketten till Skatteverket. /{G}",
    "Eftersändning utrikes: post till {F} skickas från {DATE} till\n{AXL}",
    "Adressändring\nKundnummer: {KUND}\nNamn: {F}\nTidigare adress: {A}\nNy adress:\n{AL}\nGäller från: {DATE}",
    "Från: {P#1} <{E#1}>\nTill: {FE}\nÄmne: Ändrad leveransadress order {REF}\n\nHej! Jag har flyttat och vill att min beställning skickas till {AL} i stället.\n\nMvh {G#1}",
    # electricity, broadband, utilities at the move
    "Välkommen som elkund, {G#1}!\nVi har tagit emot din beställning av elavtal för {STL}.\nAnläggnings-ID: {ANL}\nAvtalsstart: {DATE}\nKundnummer: {KUND}\nAvtalsinnehavare: {P#1}, {PNR}\nFrågor? Ring oss på {PHF} eller mejla {FE}.",
    "Orderbekräftelse bredband\nBeställare: {P#1}\nPersonnummer: {PNR}\nInstallationsadress: {STL}\nLeveransdatum: {DATE}\nRoutern skickas till ombudet {OMBUD}.\nKontaktperson vid installationen: {P}, {PHM}",
    "Uppsägning av elavtal vid flytt\nKund: {R}\nAnläggning: {STL}\nAnläggnings-ID: {ANL}\nSlutavläsning: {DATE}\nAdress för slutfakturan:\n{AL}",
    "Hej {G}! Flyttar du? Anmäl din nya adress senast två veckor innan så flyttar vi ditt bredband. Din nuvarande adress: {STL}. Kundnummer {KUND}.",
    "Teknikern {P} kommer {DAY} {WIN} för att installera fiber hos {P}, {AT}. Ring {PHM} om tiden inte passar.",
    "Till kommunens VA-avdelning: Vi har sålt huset på {AR} och flyttar {DATE}. Nya ägare är {P} och {P}. Skicka slutfakturan till {A}.\nHälsningar {P}, tel {PH}",
    "Grovsopor efter flytten hämtas {DATE} från {AT}, beställt av {P}, {PHM}.",
    # furniture deliveries and returns
    "{CARRIER}: Hej {G}! Din leverans från {SHOPF} kommer {DAY} {DATE} mellan {WIN}. Chauffören {G:m} ringer cirka 30 minuter innan. Se till att någon är hemma på {ST}. Frågor: {PHF}",
    "Leveransavisering – {SHOPF}\nOrdernummer {REF}\nKund: {RU}\nLeveransadress: {A}\nTelefon: {PH}\nLeveransfönster: {DATE} {WIN}\nInbärning: ja, {KOLLI} kolli\nMontering: nej",
    "Returbokning {REF}\nUpphämtning hos: {P#1}\nAdress: {A}\nVara: {ITEM}\nAnledning: {REASON}\nKontakt: {PHM}, {E#1}\nHämtningsdag: {DATE}",
    "RETURSEDEL\nFrån: {P}\n{AL}\n\nTill: {SHOPF} Returer\n{BOX}\nReturkod: {PIN}",
    "{g#1:m}: hej, är det {g#2} som har beställt soffan till {a}?\n{g#2}: ja det är jag! kommer ni nu?\n{g#1}: om tio min, vi är två i bilen, jag och {g}. finns hiss?\n{g#2}: nej, tredje våningen utan hiss 😅",
    "Hej {SHOPF}! Byrån som levererades till {A} {DATE} saknar två lådor. Ordern står på {P}, men det är jag, {Gs#1} sambo {P}, som skriver. Nås på {PHM}.",
    # neighbours, friends, moving day
    "Till grannarna på {STR}: På {DAY} flyttar vi, {P} och {P}, och flyttbilen står utanför porten mellan {WIN}. Förlåt för besväret! Frågor: {PHM}",
    "{g#1}: vi behöver fler bärare på lördag!! flytten går från {a} till {a}\n{g}: jag kan komma efter 12\n{g#2}: jag har släpkärra, kan ta med\n{g#1}: tack {g#2} ❤️ @{g} kommer du?",
    "Tack alla som hjälpte till idag ({G}, {G}, {G} och {G})! Nya adressen är {AT}, välkomna på inflyttningsfest! /{G} & {G}",
    "{p:f} ringde, hon har inte fått sin beställning till {a}. kan du kolla med {g}?",
    "{g#1}: var ska ni bo nu då?\n{g#2}: på {a}, typ fem minuter från {gs} jobb\n{g#1}: nice! behöver ni hjälp?\n{g#2}: {n} och jag fixar det, men tack!",
    "Nyckeln ligger i nyckelgömman vid {ST}, kod {PIN}. /{G}",
    "Nycklar överlämnade {DATE} kl {TIME}\nFrån: {P} (säljare)\nTill: {P} och {P} (köpare)\nAdress: {A}\nAntal nycklar: {NUM}\nMäklare: {P}, {PHF}",
    "Bostadsbyte: {P} på {STL} byter med {P} på {STL}. Tillträde {DATE}, godkänt av {HOUSING}.",
    "Andrahandsuthyrning: {P} ({PNR}) hyr ut {STL} till {P} ({PNR}) under perioden {DATE}–{DATE}.",
    "Nyckelkvittens\nHyresgäst: {P}\nPersonnummer: {PNR}\nAdress: {STL}\nAntal nycklar: {NUM}\nUtlämnade av: {I}, {HOUSING}\nDatum: {DATE}",
    "{G#1} flyttar in i rummet på {STL} den {DATE}. Kontraktet är skickat till {E#1}.",
    # firms that move
    "Kontorsflytt {DATE}: Vi flyttar från {BOX} till {AT}. Kontaktperson: {P#1}, {PHM}, {E#1}.",
    "Företaget byter adress. Från {DATE} nås vi på\n{BOX}\nVD {P} och ekonomichef {S} nås som vanligt på {PHF}.",
    "Doktor {S} har flyttat sin mottagning till {AT}. Tidsbokning på {PHF}.",
    "Upphämtning bokad: {FIRM}, {BOX}. Kontakt på plats: {P}, {PH}. Antal pallar: {NUM}.",
    # e-mails with headers and signatures
    "Från: {FE}\nTill: {P#1} <{E#1}>\nKopia: {P#2} <{E#2}>\nÄmne: Offert flytt {DATE}\n\nHej {G#1} och {G#2}!\n\nTack för besöket. Offerten för flytten till {A} ligger i bilagan.\n\nVänliga hälsningar\n{P}\n{FIRM}",
    "Hej {G}!\n\nFlyttbilen är bokad {DATE} kl {TIME} vid {ST}. Jag har pratat med {Gs} pappa som kan hjälpa till att bära.\n\nMed vänliga hälsningar\n{P#1}\nFlyttkoordinator | {FIRM}\n{PHM} | {E#1}",
    "Hej!\n\nVi flyttar från {A} till {A} den {DATE}. Kan ni flytta vårt elavtal dit? Kundnummer {KUND}.\n\nHälsningar\n{F}\n{PHM}",
    "Från: {P#1} <{E#1}>\nSkickat: {DAY} {DATE} {TIME}\nTill: {FE}\nÄmne: Reklamation order {REF}\n\nHej! Garderoben kom i går men en dörr är sprucken. Jag bor på {STL}. Ring gärna {PHM}.\n\n/{G#1}",
    "Handläggare {P} på Skatteverket har bett om kompletterande uppgifter om flytten till {AT}. Vänligen ring {PHF} och uppge ärende {REF}. /{G}",
    "Hej! Budet {G:m} lämnade leveransen ({ITEM}) hos {P} på {ST} i stället för hos mig på {ST}. Kan ni hämta den? {P}, {PHM}",
    "Delgivning av flytt: {P} och {P} lämnar {STL} den {DATE}. Ny adress för hyresvärden {HOUSING}: {AL}",
    "Kvittens: {NUM} kolli från {SHOP} har tagits emot av {U} på {FIRM}, {BOX}, {DATE} kl {TIME}.",
    "Snälla ställ kartongerna i {Ss} förråd i källaren, inte i vårt. Nyckeln finns hos {G}. /{P}, {STL}",
    "{Gs:f} mamma ringde: hon kan ta emot flyttbilen på {a} från kl {TIME}. ring henne på {PHM}",
    "Jag har samlat {Gs} och {Gs} post i en låda, eftersändningen till {A} har inte kommit igång än. /{P}",
    "Hej {G}! Det blev fel i {Ss} beställning: soffan skulle till {A}, inte till {A}. Kan du ringa kunden på {PH}? /{G}",
    "Flyttlass 2 av 2: {Ps} möbler till {AR}, {Ps} kartonger till magasinet. Chaufför: {N:m} ({PHM}).",
]

EN = [
    # missed deliveries, parcels, lockers
    "Sorry we missed you\nTo: {P}\n{AUL}\n\nWe tried to deliver on {DATEEN} at {TIME}. Your item is now at the {DEPOT} delivery office. Reference: {TRACKUK}. Please bring ID.",
    "{CARRIEREN}: Hi {G}, your parcel from {SHOPEN} will be delivered today between {WIN} by {G:m}. Track it with {TRACKUK}.",
    "Your {CARRIEREN} driver {P} is on the way! Estimated arrival {WIN}. Driver's number: {PHUK}. Delivery address: {AU}.",
    "Your parcel is waiting in {LOCKEREN}. Collection code {PIN}. Recipient: {Gi}. Please collect by {DATEEN}.",
    "Hi! A parcel for you was left with me, {P}, at {AU}. Pop round any time after six or text {PHUK}.",
    "Stop {NUM}\nCustomer: {P}\n{AUS}\nInstructions: leave at side door, the dog ({PET}) is friendly\nCall: {PHUS}",
    "Exception report {REF}: driver {P} could not access {AU} (gated), customer {P} not answering on {PHUK}. Parcel returned to {DEPOT} depot.",
    "I, {P#1}, authorise {P} to collect parcel {TRACKUK} on my behalf.\nSigned: {P#1}\nDate: {DATEEN}",
    "Delivery instructions for {P}: if out, leave with the neighbour at {AU}; gate code {DOOR}.",
    "Hi, my parcel {TRACKUK} shows as delivered on {DATEEN} but it never arrived at {AU}. Could you check the driver's photo? {P}, {PHUK}",
    "International shipment {TRACK}: consignee {P}, {AX}, tel {PHX}. Sender: {P}, {A}.",
    "Please deliver to {P}, c/o {P}, {AUL}.",
    "Agent {G}: Hi {G#1}, I can see parcel {TRACKUK} is at our {DEPOT} hub.\n{G#1}: can it come to my work instead? {AU}\nAgent {G}: Done! Expect it {DAYEN}.",
    # food
    'Order {REF} for {Gi}\nDeliver to: {au}\nNote: "buzzer is broken, please call {PHUK}"\nRider: {G}',
    "{G}, your order from {REST} is on its way with {G:m}. Track it in the app.",
    "{g#1}: hey i'm downstairs with your food\n{g#2}: omw!! sorry\n{g#1}: no worries, it's the {aus} entrance right?",
    # removals
    "Quote {REF}\nPrepared for: {P#1}\nFrom: {AU}\nTo: {AU}\nMove date: {DATEEN}\nVolume: approx. {NUM}0 cu ft\nTotal: {GBP} inc. VAT\n\nYour surveyor: {P}, {PHUK}, {FE}",
    "BILL OF LADING #{REF}\nShipper: {P#1}\nOrigin:\n{AUSL}\nDestination:\n{AUSL}\nPhone: {PHUS}\nEmail: {E#1}\nCrew lead: {P}",
    "JOB SHEET {REF}\nDate: {DATEEN}\nCrew: {G:m}, {G:m}, {G} (lead: {S})\nClient: {RU}\nCollect: {AU}\nDeliver:\n{AUL}\nAccess: parking permit arranged, narrow stairs",
    "Estimate for {P}: {TOWNEN} to {TOWNEN}, {KOLLI} rooms, {USD}. Contact {P#1} at {PHUS} or {E#1}.",
    "Note from the crew: {S'} piano stays at {AU} until {DAYEN}; {G'} bike goes in the van.",
    "Van hire booking {REF}\nHirer: {R}\nLicence checked by {G}\nReturn to the depot by {TIME} on {DATEEN}\nContact: {PHUK}",
    "@{g} can you grab the dolly from the van?\n{g}: on it\n@{g} customer {S} wants the boxes in the garage, not the hall",
    "{g}: who's got the van on saturday?\n{g}: me, picking it up at 8\n{g}: {g:f} said she'd bring pizza lol\n{g}: new place is {au} btw",
    "Hey {g}, moving out of halls on friday, can you help carry stuff to {au}? – {g}",
    "Thanks,\n{F}\nMove Coordinator\n{FIRMEN}\nT: {PHUK} | M: {PHUK}\n{FE}",
    "Dear {P},\n\nWe're sorry your {ITEMEN} arrived damaged. Our driver {G} reported the issue on {DATEEN}. A replacement will be delivered to {AU} within ten working days.\n\nKind regards,\n{P}\nCustomer Care, {FIRMEN}\n{PHUK}",
    "I ordered a couch (order {REF}) to {AUS} and your driver {G:m} left it on the curb in the rain. Call me at {PHUS}. – {P}",
    "Hi {G}, did the movers leave a box labelled KITCHEN at {AU}? Mine never arrived at {AU}. – {N}",
    "Storage agreement {REF}\nCustomer: {RU}\nUnit {NUM}, {NUM}0 sq ft\nBilling address:\n{AUSL}\nEmergency contact: {P}, {PHUS}",
    # change of address, utilities, broadband
    "USPS Change of Address confirmation\nName: {U}\nOld address: {AUS}\nNew address: {AUS}\nEffective: {DATEEN}\nConfirmation code: {REF}",
    "Council Tax – moving home\nAccount holder: {P}\nAccount number: {KUND}\nMoving out of: {AU}\nMoving into: {AU}\nDate of move: {DATEEN}\nOther adults at the new address: {P}, {P}",
    "Redirection confirmed\nNames on the redirection: {P}, {P}\nFrom:\n{AUL}\nTo:\n{AUL}\nStarts {DATEEN} for 12 months. Reference {REF}.",
    "Hi {G}, thanks for telling us you're moving. Your broadband will go live at {AU} on {DATEEN}. An engineer, {G:m}, may need access between {WIN}. Questions? Call {PHUK}.",
    "Dear Ms {S#1:f},\n\nWe have set up your electricity account for {AU} from {DATEEN}. Please send us a meter reading within five days.\nAccount holder: {F#1}\nAccount no. {KUND}",
    "Start service request\nName: {P#1}\nService address: {AUS}\nStart date: {DATEEN}\nPhone: {PHUS}\nEmail: {E#1}",
    "{P}\n{AUL}\n\n{DATEEN}\n\nDear Sir or Madam,\n\nPlease note my new address above from {DATEEN}. My account number is {KUND}.\n\nYours faithfully,\n{F}",
    "Hi, this is {P}. I moved from {AUS} to\n{AUSL}\nPlease update my mailing address. Phone {PHUS}.",
    "Completion on {DATEEN}: keys for {AU} released to {P} and {P}. Seller: {P}. Solicitor: {I}, {FIRMEN}.",
    "Move-in checklist\nResident: {P}\nCo-resident: {P}\nAddress: {AUS}\nKeys handed over by property manager {P} on {DATEEN}",
    "Dr {S:f} has moved her practice to {AU}. Appointments: {PHUK}.",
    "From: {P#1} <{E#1}>\nTo: {FE}\nSubject: Change of delivery address – order {REF}\n\nHi, I've moved to\n{AUL}\nPlease send my order there instead.\n\nThanks,\n{G#1}",
    "From: {FE}\nTo: {P#1:m} <{E#1}>\nSubject: Your move on {DATEEN}\n\nDear Mr {S#1:m},\n\nYour crew leader will be {P:m}. He will call you on {PHUK} the evening before.\n\nBest wishes,\n{G}\n{FIRMEN}",
    "{P#1} is relocating from {A} to {AU}. Please update payroll and send the welcome pack to the new address. Personal email: {E#1}.",
    # returns
    "Return request #{REF}\nCustomer: {R}\nCollection address:\n{AUL}\nItem: {ITEMEN}\nReason: {REASONEN}\nPhone: {PHUK}",
    "Return label for {P}, {AU}. Drop it off at any post office. Return code {PIN}.",
    "Hi {G}, the courier is booked to collect the {ITEMEN} from {AUS} on {DATEEN}. Please have it boxed. – {G}, {SHOPEN} Returns",
    "{P'} sofa went to {AU} by mistake; it should have gone to {AU}. Driver: {Gi}. Ref {REF}.",
    "Recipient: {U}\nAddress: {AUS}\nPhone: {PHUS}\nSender: {SHOPEN}, {AUS}\nWeight: {KG} lb",
    "If nobody answers, please leave it in {G'#1} garage at {AU}. {G'#1} mobile: {PHUK}. Thanks, {P#1}",
    "{P'} new address from {DATEEN}:\n{AUL}\nTel. {PHUK}",
    "Crew notes: {G'} wardrobe needs two people; {S'} boxes are already at {AUS}. Supervisor {N}: {PHUS}.",
]

MIXED = [
    "Hej {G}! Kan du checka status på shipment {TRACK}? Kunden {P} ({PH}) säger att den är 'delivered' men inget har kommit till {A}. Thanks!",
    "FYI: {P} har gått på parental leave, så alla bokningar för flytten till {AT} går via {P#1} from now on. Mobil {PHM}, mejl {E#1}.",
    "Från: {P#1} <{E#1}>\nTo: {P#2} <{E#2}>\nSubject: Re: delivery slot {DATE}\n\nHi {G#2}, leveransen till {STL} funkar {DAY} {WIN}. Driver är {G:m}, nr {PHM}.\n\nBr, {G#1}",
    "Team update: flytten av kontoret är scheduled till {DATE}. New address:\n{AL}\nContact person on site: {P}, {PHM}. Please packa era skrivbord before Friday!",
    'Stop {NUM}: {P}, {a} – "leave at door, ring inte på klockan, bebis sover". Call {PHM} if issues.',
    "@{g} kan du ta returen från {a}? kunden heter {p}, nr {PHM}. asap tack 🙏",
    "Meeting notes {DATE}\nAttendees: {G}, {G}, {S} ({CARRIER}), {P}\nAction: {G} följer upp med lagret om missade leveranser i {TOWN}.",
    "Relocation package för {P#1:f}: pick-up från {AX} {DATE}, delivery till {STL}. Hon behöver personnummer asap, Skatteverket-tid är bokad. Contact: {E#1}.",
    "Hej {G}, our customer {P:f} har flyttat till {AU}; please update kundregistret. Her new number is {PHUK}.",
    "Quote till {P}: {VOL} m³, packing service ingår, total {AMT} efter RUT. Pick-up {A}, drop-off {AU}. Questions → {PHF} / {FE}",
    "{g}: har du fått paketet från {SHOP}?\n{g}: nope, tracking säger 'out for delivery' since 9\n{g}: {CARRIER} är alltid late lol\n{g}: ring {n:m}, han jobbar där",
    "Please ship laptop till {P}, home address {AL}, tel {PHM}. Hen startar {DATE}.",
    "RMA {REF}: kund {R}, {A}. Item: {ITEMEN}. Refund approved av {G}.",
    "Hi {G}, elavtalet för nya lägenheten på {STL} är klart. Start date {DATE}, anläggnings-ID {ANL}. Kan du forwarda till {E}?",
    "Från: {P#1} <{E#1}>\nSkickat: {DATE}\nTill: {FE}\nÄmne: Address change / adressändring\n\nHej! Please note my new address from {DATE}:\n{AL}\nPersonnummer {PNR}.\n\nMvh {P#1}",
    "Hi, för att boka flytten med RUT-avdrag behöver vi personnummer: {P} {PNR} och {P} {PNR}. Thanks!",
    "Picklist {REF} – ship to: {RU}, {AX}. Packad av {G}, checked by {I}.",
    "Sorry {G}, leveransen blev delayed pga snöstorm. Ny tid: {DAY} {WIN}. Driver {G:m} ringer innan på {PHM}.",
    "Onboarding: {P:m} (new driver) startar {DATE} på depot {TOWN}. Buddy: {G}. Hans adress för arbetskläder: {AT}, phone {PHM}.",
    "{g#1}: yo, vart ska soffan?\n{g#2}: {a}, 2nd floor\n{g#1}: ok, {g} och jag är där in 20\n{g#2}: perfekt, thx!",
    "Customer complaint {REF}: {P} menar att driver {Gi} var otrevlig vid leveransen till {A}. Please call back on {PH} before Friday.",
    "Hej team! New process: alla returer från {SHOPF} går till {BOX}. Kontakt: {P}, {FE}.",
    "Moving checklist för {G} & {G}:\n– säg upp elen på {STL}\n– book movers ({FIRM}, {PHF})\n– flyttanmälan för {P} ({PNR})\n– eftersändning till {AL}",
    "Hi {G}, kan vi swappa leveransdagarna? Jag tar {TOWN}-rundan på {DAY} om du tar kunderna på {STR} och runt {STR}. /{G}",
    "Driver log {DATE}\nVehicle {REG}\n09:12 delivered – {R}, {A}\n09:40 no answer – {R}, {A}, called {PH}\n10:05 delivered to neighbour {S}",
    "Hej! I'm moving to Sweden next month. Min nya adress blir {AL}. Can you send the rest of my boxes dit? {P}, {PHX}",
    "Från: {FE}\nTill: {P#1} <{E#1}>\nÄmne: Booking confirmed / bokning bekräftad\n\nHi {G#1}! Din flytt är bokad {DATE}. Crew: {G}, {G}, {G}. Vi ringer från {PHF} kvällen innan.",
    "Reminder: skicka in flyttanmälan för {F#1} ({PNRO}) innan {DATE}. {Gs#1} dotter {P:f} har fullmakt, tel {PHM}.",
    "Lagret i {TOWN} har fått {NUM} kolli till {P} men adressen ({a}) är incomplete. Kan någon ringa {PHM}?",
    "{P#1}, Head of Logistics\n{FIRM}\n{BOX}\nDirekt: {PHF}\nMobil: {PHM}\n{E#1}",
    "Hej {G}! Ny hyresgäst på {STL}: {P#1}, move-in {DATE}. Please lägg in hen i systemet och skicka välkomstmejl till {E#1}.",
    "Incident: paketet till {P} lämnades utanför fel dörr ({ST} istället för {ST}). Neighbour {Gi} har det. Ticket {REF}.",
    "Flytt-update: bilen från {AX} är framme i Helsingborg imorgon, leverans till {AT} on {DAY}. Kontakt: {P}, {PHX}.",
    "Hi {G}, {S} från bredbandsbolaget ringer om installationen på {ST}. Hen når dig på {PHM}?",
    "{G} ({TOWN}): Kunden {Ss} port har ny kod, {DOOR}. Uppdatera i appen pls.",
    "Please note: {P#1} är vår nya kontakt för alla leveranser till {BOX}. Phone {PHF}, email {E#1}.",
    "Hej, the sofa from {SHOPF} kom fram idag to {A} men fel färg. Kan ni boka retur? Order {REF}, /{P}",
    "Expense claim: flytthjälp för {P} från {AU} till {AT}, {GBP} + {AMT}. Approved av {S}.",
    "Hej {G}! Your parcel är i {LOCKER}, kod {PIN}. Hämta before {DATE}.",
    "Hey {g}! har du adressen till {gs} nya lägenhet? ska skicka housewarming-present\n{g}: {a}",
    "Dispatch: {NUM} orders till {TOWN} idag. Driver {G} tar {VIL} och runt {STR}. Customer {P} vill ha leverans efter {TIME}, call {PH}.",
    "Kära kollegor, {P} slutar på fredag 😢 Card and present går att lämna hos {G} i receptionen på {BOX}.",
    "Från: {P#1} <{E#1}>\nTo: {FE}\nSubject: Flytt av bredband / moving my broadband\n\nHej, I'm moving from {STL} till {STL} den {DATE}. Kundnummer {KUND}. Mobil {PHM}.\n\n/{G#1}",
    "Delivery note: {KOLLI} kolli för {U}, {AUP}. Signed by {S} {TIME}.",
    "Hej {G}, the movers ({FIRM}) kommer till {AT} {DAY} kl {TIME}. {N} och {G} hjälper till. Ping mig om något!",
    "Handover {DATE}: keys för {STL} lämnade av {P} till {P}. Witness: {I}.",
    "Returns dashboard: {NUM} öppna cases. Top: {R} ({A}), {R} ({AU}). Owner: {G}.",
    "Hej! Min kollega {P#1:f} flyttar till {AX} och behöver eftersändning dit from {DATE}. Kan ni hjälpa? Hon nås på {PHX} eller {E#1}.",
    "{G':f} tips: boka {FIRM} tidigt! Vi flyttade från {a} till {a} på en förmiddag.",
    "{Gs:f} nya adress är {AU}, hon flyttade to London i mars. Mobil {PHUK}, mejl {E}.",
    "Kan någon ta {Gs} retur imorgon? Pick-up {ST}, drop-off {OMBUD}. Tack! /{G} ({PHM})",
]

# Rows with no value at all, each used once: look-alikes of the genre.
NEGATIVES = [
    (
        "sv",
        "Försändelsen 00370712345678901234 har ankommit till terminalen i Rosersberg 06:42 och sorteras för vidare transport.",
    ),
    (
        "sv",
        "Ordernummer 4481-22917, 3 kolli, totalvikt 41,5 kg. Leveransfönster 14–18. Betala 1 249 kr med kort vid leveransen.",
    ),
    (
        "sv",
        "Flyttfirmans offert: 46 m³, fyra bärare, två bilar, 12 400 kr efter RUT-avdrag. Priset gäller till 30 juni.",
    ),
    (
        "sv",
        "Bo nära jobbet eller bo billigt? Vi valde att bo kvar i stan och tog en mindre lägenhet.",
    ),
    (
        "sv",
        "Klarade flytten på en dag! Max tjugo kartonger per vända, annars gick bakluckan inte att stänga.",
    ),
    (
        "sv",
        "Paketet får väga högst 20 kg och mäta högst 60 × 40 × 40 cm för att få plats i skåpet.",
    ),
    (
        "sv",
        "Ärendenummer 131 456789-27/1234. Din flyttanmälan är registrerad. Handläggningstiden är för närvarande cirka en vecka.",
    ),
    (
        "sv",
        "Leverans samma dag om du beställer före 14.00. Gäller inom Stockholm, Göteborg och Malmö.",
    ),
    (
        "sv",
        "Hämta ditt paket hos ombudet senast fredag den 14 mars. Glöm inte legitimation och avikoden.",
    ),
    (
        "sv",
        "Mätarställning vid inflyttning: 41 235 kWh. Anläggnings-ID 735999100023456789, elområde SE3.",
    ),
    (
        "sv",
        "Routern skickas med Bring. Kundnummer 84 221 907, ordernummer ORD5512093, leverans inom fem arbetsdagar.",
    ),
    (
        "sv",
        "Checklista: säg upp hyresavtalet, gör flyttanmälan, beställ eftersändning, flytta el och bredband, boka flyttstädning.",
    ),
    ("sv", "Stig på, sa budet, och bar in lådorna till hallen. Sedan var han borta lika fort."),
    (
        "sv",
        "Björk och ek i hallen, lind i trädgården: massivt trä tål flytten bättre än spånskiva.",
    ),
    (
        "sv",
        "Flyttkartonger: 25 st à 29 kr, tejp, bubbelplast och en rulle sträckfilm. Summa 1 094 kr inkl. moms.",
    ),
    (
        "sv",
        "Försändelsen har lämnats i din brevlåda 2027-03-12 kl 11:47. Tack för att du använder PostNord.",
    ),
    ("sv", "Din order från Pizzeria Napoli är på väg. Beräknad leveranstid 18:35–18:50."),
    (
        "sv",
        "Org.nr 556677-8899, momsreg.nr SE556677889901, bankgiro 5432-1098, F-skattsedel finns.",
    ),
    (
        "sv",
        "Flyttbilen på 3,5 ton får köras med B-körkort. Hyra 895 kr per dygn plus 2,50 kr per km.",
    ),
    (
        "sv",
        "Alla kartonger märkta KÖK ställs i köket, alla märkta SOVRUM i sovrummet. Ros och ris tas emot efteråt!",
    ),
    ("sv", "Sol och vind på flyttdagen, tur att regnet kom först på kvällen när allt var inburet."),
    ("sv", "Tor 12/3 flytt, fre 13/3 städning, lör 14/3 besiktning, sön 15/3 vila."),
    ("sv", "Mark och trädgård ingår inte i flyttstädningen. Ugn, kyl och frys ingår."),
    ("sv", "Vill du ändra leveranstid? Svara 1 för tisdag, 2 för onsdag eller 3 för torsdag."),
    (
        "sv",
        "Paketet skickas från lagret i Jönköping och beräknas vara framme i Kiruna om tre till fem vardagar.",
    ),
    (
        "sv",
        "Hemleverans med inbärning och bortforsling av emballage: 599 kr. Montering av garderob: 1 495 kr.",
    ),
    ("en", "Your parcel 1Z999AA10123456784 has been delivered to a safe place: porch."),
    (
        "en",
        "Delivery window 10:00–14:00 on Tuesday 4 March. Reply STOP to opt out of text updates.",
    ),
    (
        "en",
        "Removal estimate: three-bed house, approx. 1,200 cu ft, two crew, one 7.5 tonne lorry. £1,480 + VAT.",
    ),
    ("en", "Mark the boxes clearly: KITCHEN, BATHROOM, BEDROOM 1. Fragile items go on top."),
    (
        "en",
        "Will the movers take the beds apart? Yes, flat-pack furniture is dismantled and rebuilt at no extra charge.",
    ),
    ("en", "Grace period: you can change your delivery date free of charge until 48 hours before."),
    ("en", "Hope the move went well! Rate your experience from 1 to 5."),
    ("en", "Use a dolly for the fridge and a pallet jack for the crates."),
    ("en", "Frank feedback welcome: was your driver on time, polite and careful?"),
    (
        "en",
        "Bill to the card on file. Order total $219.47, tax $18.11, order no. 113-4478120-5521.",
    ),
    (
        "en",
        "Royal Mail, Parcelforce and Evri are all collecting from the depot in Daventry until Friday.",
    ),
    (
        "en",
        "Council Tax bands A to H; a single person discount of 25% applies from the date you move in.",
    ),
    ("en", "The van will wait at the loading bay behind Terminal 5 from 6am."),
    (
        "en",
        "Your redirection starts on 12 May and lasts for 12 months. Reference number RD-448201.",
    ),
    ("en", "A rose gold mirror, 80 × 120 cm, and an ivy in a pot: both arrived intact."),
    ("en", "Summer is peak moving season; book at least six weeks ahead."),
    ("en", "Sandy soil at the new place, so the patio slabs will need a firm base."),
    ("en", "Carol singers came by while we were still unpacking the kitchen."),
    ("sv", "Bära tungt? Vi har trappklättrare, pianokärra och filtar till allt."),
    ("mixed", "Tracking säger 'in transit' sedan i måndags, order 772-44190. Any update?"),
    ("mixed", "Deadline för flyttanmälan är en vecka efter flytten, FYI."),
    ("mixed", "Shipment ETA fredag, 12 pallar, total 3 400 kg. Please confirm the slot."),
    ("mixed", "Kan vi köra en quick sync om Q3-leveranserna? Budget 240 000 kr, scope: Norrland."),
    ("mixed", "Lagret i Borås har stock-out på flyttkartonger, restock nästa vecka."),
    ("mixed", "Driver-appen kraschar när man scannar QR-koden, ticket INC0045521."),
    ("mixed", "Returerna ökar: 18 % i mars vs 11 % i februari. Mest skor och jackor."),
    ("mixed", "Will do! Skickar offerten by EOD."),
    ("mixed", "Max två kolli per skåp, annars fallback till ombud."),
    (
        "mixed",
        "Kör vi med Bring eller PostNord för Norge-sändningarna? Pris per kolli 89 kr vs 104 kr.",
    ),
    ("mixed", "Rapport: 96,4 % levererat i tid, 2,1 % missade, 1,5 % returnerade."),
    ("mixed", "Happy moving day! Kaffe och bullar i köket kl 15."),
    ("mixed", "Pinkoden till skåpet är sex siffror och gäller i 72 timmar."),
    ("mixed", "Flytten av servrarna är scheduled till helgen, downtime lördag 02:00–06:00."),
    ("mixed", "Ska vi boka Early Bird eller Budbee för kvällsleveranserna? Both ok by me."),
    ("mixed", "April är peak season för flyttar, så book early och räkna med +15 % på priset."),
]
