# ruff: noqa: E501
"""Templates of held-out cd: animals on farms, stables and in the countryside, and their people.

Riding schools and livery yards, horse sales and leases, gun dogs and their trials, sheep, goats,
hens and small farms, animal transport and kennels, dog clubs, lost and found animals, farm
sitters and neighbours, insurance. Slots (filled by `generate_cd.py`):

People: {P} full name, {p} in lower case, {U} in capitals, {F} with a middle name, {G}/{g} the
given name (sometimes its short form), {N}/{n} the short form where there is one, {S}/{s} the
surname, {I} initial and surname, {Gi} given name and the surname's initial, {R} `Surname, Given`,
{RU} the same in capitals, {E} the person's e-mail. `#1` names the same person again, `:f`/`:m`
fixes the sex, `+s` adds a Swedish genitive and `+'` an English one (outside the value).
Values: addresses (A, AL, AR, ARL, ST, STN, FARM, FARMG, FARML, BOX, CO, COL, a, AU, AUL, AUF,
AUFL, au, AUS, AX, AXL), phones (PH, PHM, PHL, PHX, PHUK, PHUS), e-mails of firms and stables
(EF, EFE, EG), personnummer (PNR, PNR10, PNR12). Everything else is a look-alike and no value:
animals and their registered names, stables, kennels, farms and clubs by name, passport, UELN,
microchip, registration, CDB, herd and ear-tag numbers, org numbers, invoices, OCR, giro,
policies, case numbers, number plates, amounts, dates, times, breeds, colours, towns.
"""

from __future__ import annotations

# Animals. Many carry people's names; none of them is a value.
HORSE = (
    "Molly", "Bella", "Sixten", "Kerstin", "Gunnar", "Nigel", "Susan", "Dave", "Blixten", "Stjärna",
    "Pärlan", "Max", "Charlie", "Sally", "Ronja", "Vilja", "Tindra", "Hugo", "Doris", "Greta",
    "Stella", "Zorro", "Lady", "Prinsen", "Kola", "Fanta", "Tösen", "Lucky", "Bamse", "Smilla",
    "Tufsen", "Bosse", "Svante", "Bertil", "Stina", "Freja", "Sigge", "Elvis", "Rocky", "Ludde",
    "Tage", "Ester", "Vera", "Majken", "Frasse", "Selma", "Mirabell", "Fiona", "Tjorven", "Pippi",
    "Dunder", "Saga", "Humle", "Olga", "Rut", "Alfons", "Gösta", "Klara", "Nova", "Cassius",
    "Quincy", "Ricky", "Diva", "Bonnie", "Texas", "Amigo", "Balder", "Odin", "Loke", "Tyra",
    "Madicken", "Lisa", "Kalle", "Gustav", "Berit", "Ingrid", "Sören", "Agda", "Totte", "Stoffe",
)  # fmt: skip
HORSE_PREFIX = (
    "Granbackens", "Ekhagens", "Kvarnbackens", "Björkängens", "Solbackens", "Västanås", "Lövsta",
    "Hagalunds", "Stjärnsunds", "Backgårdens", "Önnestads", "Tallhedens", "Myrängens", "Ålidens",
    "Norrbackas", "Lillängens", "Skogshyddans", "Brukets", "Bäckalyckans", "Vinterhagens",
)  # fmt: skip
HORSE_CALL = (
    "Kevin", "Flicka", "Viking", "Prinsessa", "Sixten", "Dolly", "Kerstin", "Gunnar", "Nigel",
    "Tindra", "Quattro", "Carisma", "Amadeus", "Don Juan", "Ballerina", "Lord", "Rubin", "Bianca",
    "Mr Darcy", "Selma", "Bror", "Sigrid", "Tosca", "Bellman", "Lillan", "Tornado", "Albin", "Hedda",
)  # fmt: skip
HORSE_NAMES = (
    "Quel Ami", "Cornetto Z", "Quidam's Lady", "Cassini Boy", "Chacco Girl", "Diamond Hill",
    "Dante's Peak", "Lovely Kerstin", "Mister Nigel", "Going Gunnar", "Cavalier Royale",
    "Stardust SW", "Caramell", "Zacharias", "Bon Jovi", "Lady Marmalade", "Golden Susan",
)  # fmt: skip
SIRE = (
    "Cornet Obolensky", "Chacco-Blue", "Diamant de Semilly", "Kannan", "Cassini II",
    "Quidam de Revel", "Heartbreaker", "Contendro", "Zirocco Blue", "Bernstein", "Cardento",
    "Casall", "Ludwig von Bayern", "For Pleasure", "Krack C", "Dante Utopia", "Baloubet du Rouet",
)  # fmt: skip
DAM = (
    "Ramona", "Karin", "Annika", "Gunilla", "Bettina", "Wilma", "Ulrika", "Ophelia", "Saphira",
    "Kristina", "Donna", "Anna-Lena", "Liselotte", "Carmen", "Hildegard", "Quintessa", "Birgitta",
)  # fmt: skip
HORSE_EN = (
    "Ted", "Alfie", "Murphy", "Dolly", "Bramble", "Mr Darcy", "Barney", "Duke", "Monty", "Star",
    "Ginny", "Nigel", "Susan", "Dave", "Boris", "Gerald", "Pickles", "Bertie", "Florence", "Norman",
    "Maisie", "Hettie", "Bob", "Toffee", "Biscuit", "Jasper", "Rupert", "Hamish", "Cyril", "Mabel",
    "Ruby", "Harvey", "Dennis", "Kevin", "Colin", "Brian", "Trevor", "Doris", "Gladys", "Dougal",
)  # fmt: skip
HORSE_PREFIX_EN = (
    "Millbrook", "Tullyview", "Ballyhale", "Kilbarry", "Fernhill", "Oakfield", "Castlefield",
    "Hollybank", "Beechwood", "Ardnagashel", "Coolmore Hill", "Drumlin", "Westwood", "Glenarm",
)  # fmt: skip
HORSE_CALL_EN = (
    "Lad", "Lady", "Clover", "Cruise", "Diamond", "Cavalier", "Nigel", "Susan", "Bramble", "Jack",
    "Rosie", "Duke", "Colin", "Brian", "Boy", "Girl", "Dream", "Spirit", "Barney", "Pride",
)  # fmt: skip
DOG = (
    "Sixten", "Ludde", "Bamse", "Molly", "Ronja", "Zelda", "Frasse", "Nisse", "Sigge", "Doris",
    "Tage", "Rut", "Ester", "Vera", "Harry", "Nigel", "Bonnie", "Meja", "Texas", "Rex", "Saga",
    "Kaxe", "Tjorven", "Lufsen", "Kerstin", "Gunnar", "Otto", "Elsa", "Svea", "Bosse", "Bella",
    "Charlie", "Sam", "Kira", "Tyson", "Buster", "Lisa", "Greta", "Hjalmar", "Berit", "Kompis",
)  # fmt: skip
DOG_PREFIX = (
    "Skogsbrynets", "Vindfjällets", "Tjäderbergets", "Björnmossens", "Älgjägarens", "Mossbackens",
    "Ripfjällets", "Harsprångets", "Orrmyrens", "Fjällvindens", "Jaktstugans", "Stövarbackens",
    "Gryningens", "Rävlyans", "Drevskallets", "Kärrmarkens",
)  # fmt: skip
DOG_CALL = (
    "Tjalve", "Ajax", "Frej", "Bella", "Dunder", "Gunnar", "Kerstin", "Tösen", "Rapp", "Storm",
    "Vilma", "Sigge", "Ebba", "Tage", "Lo", "Bruno", "Zack", "Hedvig", "Ivar", "Signe",
)  # fmt: skip
DOG_EN = (
    "Bramble", "Bess", "Meg", "Fly", "Moss", "Nell", "Jess", "Gyp", "Skye", "Tess", "Ben", "Bob",
    "Dave", "Nigel", "Susan", "Toby", "Bracken", "Tilly", "Rex", "Barney", "Monty", "Poppy",
    "Alfie", "Ruby", "Pip", "Sid", "Brian", "Kevin", "Gordon", "Maud", "Winnie", "Hector",
)  # fmt: skip
DOG_PREFIX_EN = (
    "Wernlas", "Mistyfell", "Glenturret", "Ashgrove", "Breckland", "Heatherbrae", "Fenwold",
    "Crookrise", "Tarnbeck", "Kilbride", "Moorcroft", "Larchwood",
)  # fmt: skip
CAT = ("Misse", "Sigge", "Findus", "Gösta", "Måns", "Tigger", "Nisse", "Doris", "Majken", "Kurt", "Gullan", "Svarten", "Tusse", "Berit")  # fmt: skip
COW = ("Rosa", "Stjärna", "Majros", "Dolly", "Greta", "Karin", "Gullan", "Bella", "Docka", "Lotta", "Blomma", "Fina", "Kerstin", "Signe", "Hjördis", "Ros", "Mimmi")  # fmt: skip
SHEEP = ("Lisa", "Doris", "Gustav", "Ingrid", "Berit", "Snöbollen", "Trulsa", "Bagge-Bengt", "Lilleman", "Elsa", "Ulla", "Mona")  # fmt: skip
GOAT = ("Gustav", "Ingrid", "Berit", "Bruse", "Majken", "Ester", "Klöver", "Pelle", "Bockis", "Sonja")  # fmt: skip
HEN = ("Agda", "Svea", "Tyra", "Ruth", "Gullvi", "Berit", "Pippi", "Gullan", "Hönsan", "Lillemor", "Astrid")  # fmt: skip
STOCK_EN = ("Daisy", "Buttercup", "Clementine", "Brenda", "Dolly", "Hilda", "Gertrude", "Mavis", "Doris", "Beryl", "Sheila", "Marjorie", "Pam")  # fmt: skip

# Stables, kennels, farms and clubs by name, firms not named after a person: no value.
STALL = (
    "Stall Björkhagen", "Säby Ridcenter", "Ridskolan Lindgården", "Norrby Ridklubb", "Stall Ekudden",
    "Hästgården Ängsbacka", "Stall Tallbacken", "Kvarnbackens Ridskola", "Stall Solglimt",
    "Rosenlunds Gård", "Ekeby Hästcenter", "Stall Vindsnabb", "Stall Hagalund", "Åsbacka Islandshästar",
    "Stall Kastanjen", "Berga Hästgård", "Stall Mossen", "Västerby Ponnyklubb", "Stall Granhyddan",
)  # fmt: skip
STALL_EN = (
    "Hollybank Livery", "Manor Farm Stables", "Oakfield Equestrian", "Brookside Livery Yard",
    "Fernhill Riding School", "Meadowview Stables", "Castle Farm Equestrian Centre", "Willow Tree Livery",
    "Highfield Pony Club Centre", "Moorside Stud", "Greenacres Livery", "Larkrise Stables",
)  # fmt: skip
KENNEL = (
    "Kennel Skogsbrynet", "Kennel Vindfjället", "Kennel Tjäderberget", "Kennel Orrmyren",
    "Kennel Harsprånget", "Kennel Stövarbacken", "Kennel Gryningen", "Kennel Kärrmarken",
)  # fmt: skip
PENSIONAT = ("Djurpensionatet Hagaberg", "Hund- och kattpensionatet Solrosen", "Djurpensionatet Lugnet", "Hund- och katthotellet Ekbacken", "Djurhotellet Tassen")  # fmt: skip  # fmt: skip
FARMNAME = (
    "Säby gård", "Ekeby gård", "Norrgården", "Lindgården", "Berga gård", "Västergården", "Hagbyn",
    "Åsbacka", "Kvarntorp", "Björkhaga", "Nybble gård", "Lilla Hult", "Sörgården", "Ängsbacken",
)  # fmt: skip
RIDCLUB = (
    "Säby Ridklubb", "Norrby Ridklubb", "Tallhedens Ryttarsällskap", "Ekeby Ryttarförening", "Hagby Ridklubb",
    "Sjöberga Ryttarsällskap", "Bygdens Hästsportklubb", "Dalarnas Ridsportförbund",
)  # fmt: skip
DOGCLUB = (
    "Mälardalens Brukshundklubb", "Svenska Stövarklubben", "Svenska Vorstehklubben", "Västerbygdens Jaktvårdsförening",
    "Norrbygdens Brukshundklubb", "Svenska Spaniel- och Retrieverklubben", "Tallhedens Agilityklubb",
)  # fmt: skip
CLUB = (
    RIDCLUB
    + DOGCLUB
    + (
        "Sörmlands Fåravelsförening",
        "Gotlands Russavelsförening",
        "Norrlands Kallblodsförening",
        "Hushållningssällskapets hönsklubb",
    )
)
RIDCLUB_EN = ("Tynedale Pony Club", "Vale of Lune Riding Club", "Dales Pony Society", "Fernhill Riding Club")  # fmt: skip
DOGCLUB_EN = ("North Yorkshire Gundog Society", "Fenland Agility Club", "Cotswold Working Sheepdog Association", "Tarnbeck Gundog Club")  # fmt: skip
CLUB_EN = RIDCLUB_EN + DOGCLUB_EN
BREED = (
    "svenskt varmblod", "SWB", "nordsvensk brukshäst", "gotlandsruss", "shetlandsponny", "welsh B",
    "connemara", "fjordhäst", "islandshäst", "arab", "engelskt fullblod", "kallblodstravare", "halvblod",
    "New Forest", "tinker", "haflinger", "frieser", "svensk ridponny", "c-ponny", "d-ponny",
)  # fmt: skip
BREED_EN = (
    "Irish Draught", "Welsh Section D", "Connemara", "cob", "Thoroughbred", "Shetland", "Highland",
    "Dales", "Fell", "Exmoor", "New Forest", "Clydesdale", "Shire", "ISH", "TBx", "warmblood",
)  # fmt: skip
DOG_BREED = (
    "jämthund", "gråhund", "hamiltonstövare", "drever", "engelsk springer spaniel", "labrador retriever",
    "border collie", "strävhårig tax", "vorsteh", "golden retriever", "schäfer", "finsk spets",
    "schillerstövare", "gordonsetter", "flatcoated retriever", "kelpie", "västgötaspets",
)  # fmt: skip
DOG_BREED_EN = (
    "Labrador", "Springer", "Cocker", "Border Collie", "Jack Russell", "Lurcher", "Pointer",
    "Vizsla", "Flatcoat", "GSP", "Beagle", "Working Cocker", "Collie x",
)  # fmt: skip
COLOUR = ("fux", "brun", "mörkbrun", "skimmel", "svart", "black", "isabell", "skäck", "gulbrun", "fuxskäck", "brunskimmel", "konjaksfux")  # fmt: skip
COLOUR_EN = ("bay", "chestnut", "grey", "black", "skewbald", "piebald", "dun", "palomino", "roan", "dark bay", "flea-bitten grey")  # fmt: skip

PONY = ("Smulan", "Pluttan", "Kanel", "Tösen", "Lillen", "Pricken", "Kevin", "Nigel", "Berit", "Dolly", "Musse", "Trassel", "Lisa", "Sigge")  # fmt: skip
HEN_EN = ("Henrietta", "Mavis", "Doris", "Beryl", "Sheila", "Gertrude", "Hilda", "Brenda", "Pam", "Joan", "Margaret")  # fmt: skip
CAT_EN = ("Marmalade", "Tigger", "Smudge", "Socks", "Ginger", "Gerald", "Nigel", "Mog", "Boris", "Pumpkin", "Hank")  # fmt: skip
PIG = ("Nasse", "Greta", "Rosa", "Babe", "Ture", "Kotletten", "Hjördis", "Bacon", "Lennart")  # fmt: skip
STALL_US = ("Blue Ridge Stables", "Willow Creek Ranch", "Cedar Hollow Farm", "Bluegrass Equine Center", "Pine Hill Riding Academy", "Red Barn Trail Rides")  # fmt: skip
KENNEL_EN = ("Oakwood Boarding Kennels", "Hillside Kennels & Cattery", "Fenwold Gundogs", "Moorcroft Kennels", "Larchwood Dog Hotel")  # fmt: skip
FARMNAME_EN = ("Manor Farm", "Hill Farm", "Glebe Farm", "Lower Farm", "Moor End", "Home Farm", "Brookside", "Hollybank", "Westfield Farm", "High Barns")  # fmt: skip
CLINIC = (
    "Hallands Djursjukhus", "Evidensia Hästklinik", "AniCura Hästsjukhus", "Distriktsveterinärerna",
    "Hästkliniken i Skara", "Mälardalens Djursjukhus", "Strömsholms Hästklinik", "Bergslagens Veterinärstation",
    "Helsingborgs Hästklinik", "Veterinärstationen i Tallheden",
)  # fmt: skip
CLINIC_EN = ("Westpoint Farm Vets", "Hambleden Equine Clinic", "Fellside Veterinary Centre", "Three Counties Equine Hospital", "Oakhill Vets", "Dale Vets")  # fmt: skip
CLINIC_US = ("Bluegrass Equine Clinic", "Hilltop Large Animal Hospital", "Ocala Equine Associates", "Prairie Vet Service")  # fmt: skip
INSURER = ("Agria", "Folksam", "Sveland", "Länsförsäkringar", "If", "Svedea", "Dina Försäkringar", "Trygg-Hansa")  # fmt: skip
INSURER_EN = ("NFU Mutual", "Petplan Equine", "KBIS", "Equesure", "Shearwater", "Lycetts")  # fmt: skip
RESCUE = ("Hope Rescue", "Greyhound Trust", "Redwings Horse Sanctuary", "Dogs Trust", "World Horse Welfare", "Lurcher Link")  # fmt: skip
MART = ("Hexham Mart", "Skipton Auction Mart", "Kendal Auction Mart", "Melton Mowbray Market", "Builth Wells Livestock Market", "Thirsk Auction Mart")  # fmt: skip
TOWN_EN = ("Hexham", "Kendal", "Ludlow", "Thirsk", "Newmarket", "Lambourn", "Malton", "Hawes", "Skipton", "Brecon", "Cirencester", "Hay-on-Wye", "Melton Mowbray", "Market Harborough", "Tavistock")  # fmt: skip
COUNTY = ("Södermanlands län", "Skåne", "Västra Götalands län", "Dalarnas län", "Jämtlands län", "Uppsala län", "Kalmar län", "Östergötlands län", "Hallands län", "Värmlands län")  # fmt: skip
COUNTY_UK = ("Cumbria", "Northumberland", "North Yorkshire", "Powys", "Devon", "Perthshire", "Shropshire", "Gloucestershire", "Co. Antrim", "Derbyshire")  # fmt: skip


# Swedish texts of the genre.
SV = (
    "Ridlektion tisdag {TIME}, grupp 3 (lätt B)\n{Gi} – {HORSE}\n{Gi} – {HORSE}\n{G} – {HORSE}\n{Gi} – {HORSE}\n{G} – {HORSE}\nRidlärare: {P}",
    "STALLROTA v. {WEEK}\nMån: {G} (fm), {G} (em)\nTis: {G}\nOns: {S}\nTor: {G} + {G}\nFre: {N}\nLör–sön: {P}, {PHM}\nGlöm inte att {HORSE} ska ha medicin i kvällsmålet!",
    "HÄSTPASS – IDENTIFIERING\nNamn: {HORSEREG}\nUELN: {UELN}\nTranspondernr: {CHIP}\nFödd: {YEAR}   Kön: sto   Färg: {COLOUR}\nRas: {BREED}\nUppfödare: {U}\nÄgare: {U#1}, {PNR}\n{AL}\nTidigare ägare: {F}",
    "Hej! {G#1} hovslagare här. Kan komma {DAY} ca {TIME} och sko om {HORSE} och verka {HORSE}. Funkar det? /{G#1} {PHM}",
    "Journalanteckning {DATE}\nPatient: {HORSE#1} ({BREED}, valack, {AGE} år), chip {CHIP}\nÄgare: {P}, tel {PH}\nAnamnes: ägaren uppger att {HORSE#1} är halt vä fram sedan i {DAY}s.\nStatus: värme i hoven, tydlig pulsation.\nÅtgärd: hovböld öppnad, förband. Återbesök vid behov.\nleg. vet. {P}, {CLINIC}",
    "Från: {P#1} <{E#1}>\nTill: {EF}\nÄmne: Beställning hösilage\n\nHej!\nVi vill beställa {NUM} balar hösilage och 10 säckar betfor till stallet. Leverans till {FARMG}. Ring {G#1} på {PHM} innan ni kör ut, grinden är låst.\n\nMvh\n{P#1}\n{STALL}\nOrg.nr {ORG}",
    "HAGSCHEMA\nHage 1: {HORSE}, {HORSE}, {HORSE}\nHage 2 (ston): {HORSE}, {HORSE}\nSjukhage: {HORSE} – bara 2 tim/dag enl. veterinär {S}\nAnsvarig denna vecka: {G} ({PHM})",
    "FAKTURA {INV}\n{STALL}\n{BOX}\nOrg.nr {ORG}   Bankgiro {BG}\n\nKund: {P}\n{A}\nKundnr {CUST}\n\nBoxhyra {MONTH} – {HORSE}   {AMTM}\nExtra hö   {AMTS}\nAtt betala: {AMTM}\nOCR: {OCR}   Förfallodag {DATE}",
    "SÄLJES: {HORSEREG}, {BREED}, sto född {YEAR}, {HEIGHT}. e. {SIRE} u. {DAM}. Snäll i hantering, lastar, skos och klipps. Hoppat 1.10 på lokal nivå. Pris {AMT}. Besiktigas gärna. Ring {G} på {PH} eller mejla {EG}. Står i {TOWN}.",
    "FODERVÄRDSAVTAL\nHästens namn: {HORSE} ({HORSEREG}), UELN {UELN}\nÄgare: {P}, pnr {PNR}, {A}, tel {PH}\nFodervärd: {P}, pnr {PNR}, {A}, tel {PHM}\nAvtalet gäller från {DATE} och tills vidare med en månads uppsägning. Fodervärden står för skoning och foder, ägaren för försäkringen ({INSURER}, nr {POLICY}).",
    "BESIKTNINGSPROTOKOLL (klass II)\nHäst: {HORSEREG}, chip {CHIP}\nSäljare: {P}   Köpare: {P}\nBesiktningsveterinär: {P}, {CLINIC}\nKlinisk undersökning: ua. Böjprov: lätt reaktion hö bak efter 60 s.\nRöntgen: 10 bilder, se bilaga. Datum {DATE}",
    "Drevprov, {DOGCLUB}, {DATE}\n1:a pris: {DOGREG} ({DOGBREED}), äg. {P}, {TOWN}\n2:a pris: {DOGREG}, äg. {P}\n0 pris: {DOGREG}, förare {P}\nDomare: {P} och {P}",
    "Anmälan om registrering av produktionsplats\nDjurhållare: {P#1}\nPersonnummer: {PNR}\nUtdelningsadress: {ARL}\nTelefon: {PH}   E-post: {E#1}\nProduktionsplatsens adress: {FARM}\nDjurslag: får ({NUM} st), getter ({SMALL} st), höns\nRegistreringsnummer (fylls i av Jordbruksverket): {CDB}",
    "Förflyttningsdokument får och get\nAvsändare: {P}, prod.plats {CDB}\nMottagare: {P}, prod.plats {CDB}\nAntal djur: {NUM}\nÖronmärken: {EARTAGS}, {EARTAGS}, {EARTAGS}\nTransportör: {P}, reg.nr {REGPLATE}\nDatum: {DATE}",
    "Hej {G}! Bokat slakt för 4 lamm + tackan {SHEEP} {DAY} v. {WEEK}. Hämtning kl {TIME}. Produktionsplats {CDB}. /{S} Lantbruk {PHM}",
    "Bokningsbekräftelse hästtransport\nFrån: {STALL}, {FARMG}\nTill: {CLINIC}\nHäst: {HORSE} (UELN {UELN})\nKontakt vid upphämtning: {P}, {PHM}\nChaufför: {G}, {PHM}\nPris: {AMT} inkl. moms. Fakturanr {INV}",
    "Bokning {PENSIONAT}\nHund: {DOG#1} ({DOGBREED}, {AGE} år), reg.nr {SKK}, chip {CHIP}\nÄgare: {P}, {A}\nMobil: {PHM}\nNödkontakt: {P}, {PH}\nIn: {DATE} kl {TIME}   Ut: {DATE}\nMat: egen, 2 ggr/dag. {DOG#1} får inte gå lös med andra hanar.",
    "{DOGCLUB} – Valpkurs, tisdagar {TIME}\nInstruktör: {P}\n\nDeltagare:\n{R} med {DOG}\n{R} med {DOG}\n{R} med {DOG}\n{R} med {DOG}\n{R} med {DOG}\nKursavgiften betalas till bg {BG} senast {DATE}.",
    "Resultat rallylydnad nybörjarklass {DATE}, domare {P}\n1. {P} – {DOGREG} 98 p\n2. {P} – {DOGREG} 95 p\n3. {P} – {DOG} 91 p\nEj godkänd: {P} – {DOGREG}",
    "Domarkritik: {DOGREG} ({DOGBREED}), hane, äg. {P}.\nVälbyggd hane med bra proportioner, kunde haft något mer bröstdjup. Rör sig effektivt från sidan. Trevligt temperament. Excellent, CK.\nDomare: {P:f}",
    "BORTSPRUNGEN KATT!\n{CAT#1} har varit borta sedan {DAY} kväll från {STN}. Grå tigrerad hane, kastrerad, chipmärkt ({CHIP}), lite skygg.\nHar du sett {CAT#1}? Ring {G} på {PHM}!\nHittelön utlovas.",
    "hej, vi har hittat en hund vid {STN}, svart labbe med rött halsband. på brickan står {DOG} och {PHM} men ingen svarar. är det din? /{g}",
    "DELA GÄRNA! Två hästar har rymt från hagen vid {FARMG} i natt – en fux ({HORSE}) och en liten shetlandsponny ({PONY}). Ring {P} {PH} om ni ser dem! Tack {G} för tipset hittills ❤️",
    "Till {G#1} – tack för att du tar gården!\n- Hönsen: släpp ut {TIME}, stäng luckan när det mörknar. {HEN} värper i höet, titta där.\n- Fåren: 2 hinkar vatten, {SHEEP} haltar lite och har fått medicin.\n- Katterna får mat i ladan.\nVeterinär om något händer: {PHL} (jour). Grannen {P} på {FARM} har extranyckel.\n/{G} & {G}",
    "Skadeanmälan häst\nFörsäkringsnummer: {POLICY}\nFörsäkringstagare: {F#1}, {PNR}\nAdress: {A}\nHästens namn: {HORSEREG}, UELN {UELN}\nSkadedatum: {DATE}\nBeskrivning: Hästen hittades med sårskada på bakbenet i hagen. Behandlad av veterinär {P} samma dag. Faktura bifogas ({AMT}).\nUtbetalning till clearing {CLEARING}, konto {ACCOUNT}",
    "{g#1}: kan nån ta kvällsfodringen på torsdag? jag jobbar sent\n{g#2}: jag kan ta den. ska {HORSE#1} ha mash?\n{g#1}: ja en skopa + ljummet vatten. tack snälla {g#2}!!",
    "{n#1}: hovslagarn kommer 8 imorn, nån som kan hålla {g+s} häst?\n{g#2}: ja om inte {s} hinner. jag ska till {a} sen\n{n#1}: 👍 ring mig om nåt {PHM}",
    "Medryttare sökes till {HORSE#1}, 14 år, {BREED}. 2–3 dagar/vecka, {AMTM}/mån. {HORSE#1} är lätt att rida men kan vara lite tittig ute i skogen. Stallet ligger på {FARMG}. Hör av dig till {P} {PHM} eller {EG}",
    "OBS!! {HORSE#1} ska INTE ut idag (veterinär {S} var här i morse). {HORSE#2} går med {HORSE#3} i lilla hagen. Täcke: {HORSE#2} regntäcke. /{G}",
    "Hej alla föräldrar!\nHöstterminen på {STALL} startar v. {WEEK}. Avgiften {AMT} betalas till bankgiro {BG}, märk med barnets namn. Vid frågor kontakta ridskolechef {P} på {PHL} eller {EF}.\nVälkomna! Hälsningar {G} och alla hästarna",
    "{STALL}\nStallchef: {P}, {PHM}\nJour helger: {P}, {PHM}\nVeterinär: {CLINIC}, {PHL}\nHovslagare: {P}, {PHM}\nAdress vid utryckning: {FARMG}",
    "KÖPEKONTRAKT HÄST\nSäljare: {F#1}, {PNR}, {A}\nKöpare: {F#2}, {PNR}, {A}\nHäst: {HORSEREG}, {BREED}, {COLOUR}, född {YEAR}, UELN {UELN}\nKöpeskilling: {AMT}, betalas senast {DATE}.\nHästen besiktigades av {P} ({CLINIC}) {DATE}.\nOrt och datum: {TOWN} {DATE}\n\n_______________ ({P#1})      _______________ ({P#2})",
    "Valpar efter {DOGREG} och {DOGREG} ({DOGBREED}), födda {DATE}. Båda föräldrarna jaktprovsmeriterade, HD A. Valparna levereras chipmärkta, veterinärbesiktade och SKK-registrerade. {KENNEL}, {P}, {PH}.",
    "Killning {YEAR}\n{GOAT}: 2 killingar {DATE} (bock + get)\n{GOAT}: 1 killing, fick hjälp av {P}\nÖronmärkta: {EARTAGS}, {EARTAGS}\nAnmält till Jordbruksverket av {G}",
    "DJURFÖRTECKNING FÅR – {FARMNAME}\nDjurhållare: {R#1}\nProd.plats: {CDB}\nTacka {EARTAGS} – född {YEAR} – {SHEEP}\nTacka {EARTAGS} – född {YEAR} – {SHEEP} (från {G+s} besättning)\nBagge {EARTAGS} – köpt av {P} {DATE}\nSignatur: {I#1}",
    "Hej {G}! Kvigan {COW} ({EARTAG}) gick till {S} i {TOWN} i går, kan du rapportera in det i CDB? Hennes nya produktionsplats är {CDB}. /{N}",
    "Hej alla i {DOGCLUB}!\nApporteringsträning på {FARMNAME} söndag {TIME}. Ta med egna dummies. Markägaren {P} har sagt ok så länge vi håller oss borta från fåren. Parkering vid {STN}.\nAnmälan till {P}, {PHM}",
    "Jaktlag {FARMNAME} – älgjakt {YEAR}\nJaktledare: {P}, {PHM}\nHundförare: {P} ({DOGREG}, {DOGBREED})\nSkyttar: {R}, {R}, {R}, {R}\nEftersök: {P}, {PHM}\nSamling kl {TIME} vid {FARM}",
    "Protokoll styrelsemöte {RIDCLUB} {DATE}\nNärvarande: {P}, {P}, {P}, {P}\n§4 Hagarna: {G} har pratat med markägaren {P} om arrende för hagen vid {STN}.\n§5 Ny hovslagare: {S+s} Hovslageri AB, offert {AMT}.\nJusteras: {I}, {I}",
    "{P#1+s} Hovslageri AB\n{AR}\nTel {PHM}, {E#1}\nOrg.nr {ORG}, F-skatt\n\nFAKTURA nr {INV}\nTill: {P}, {STALL}\nVerkning + 4 skor, {HORSE}   {AMTM}\nVerkning, {HORSE}   {AMTS}\nSumma {AMTM}. Betalas till bankgiro {BG} inom 20 dagar.",
    "{g#1}: vem har lånat mitt grimskaft?? det blå\n{g#2}: förlåt det var jag, ligger i {HORSE+s} box\n{g#1}: ok tack 😅\n{n}: förresten {g#1}, {s#4:f} ringde om fakturan, ring henne på {PHM}",
    "TELEFONLISTA {STALL} (ponnyklubben)\n{R} {PHM}\n{R} {PHM}\n{R} {PHM}\n{R} {PHM}\n{R} {PHM}\nTränare: {P} {PH}",
    "UPPDATERING: {DOG#1} är hittad! Tack till alla som delade, och särskilt till {P} som såg hunden vid {STN} i morse. {DOG#1} är trött och hungrig men mår bra. /{G} med familj",
    "Offert hästförsäkring\nFörsäkringstagare: {P} ({PNR})\nHäst: {HORSEREG}, UELN {UELN}, född {YEAR}\nVeterinärvårdsbelopp: {AMT}\nLivbelopp: {AMT}\nPremie: {AMT}/år\nOffertnr {POLICY}\nHandläggare: {P}, {INSURER}, tel {PHL}",
    "Djurvakt v. {WEEK}\nmån–ons: {G} ({PHM})\ntors–fre: {P} ({PHM})\nhelg: vi är hemma\nKorna: {COW} och {COW} ska ha extra kraftfoder.\nNyckeln ligger i brevlådan på {ST}.",
    "Hej {G}! Vi har plats för {CAT} och {CAT} {DATE}–{DATE}. Pris {AMTS}/natt per katt, vaccinationsintyg behövs. Adress: {AR}. Hälsningar {P}, {PENSIONAT}",
    "Till ägaren av den bruna tiken som springer lös på {STN}: hon har varit inne i vår fårhage två gånger den här veckan. Ring {PH} så vi kan prata. {P}, {FARM}",
    "Ägarbyte häst\nHästens namn: {HORSEREG}   Reg.nr: {REGNR}   UELN: {UELN}\nTidigare ägare: {U}, {PNR}\nNy ägare: {U#2}, {PNR}\nAdress: {ARL}\nTelefon: {PH}\nE-post: {E#2}\nÖverlåtelsedatum: {DATE}",
    "Hej! Det är {G#1} på ridskolan. {G:f} ramlade av {HORSE} på lektionen idag men verkar ok, lite ont i armen. Hon sitter i cafeterian. Kan du ringa {PHL}? /{G#1}",
    "Hej,\nvi vill boka slakt av två grisar ({PIG} och {PIG}, ca 110 kg) v. {WEEK}. Vi kör själva till slakteriet. Produktionsplatsnummer {CDB}.\nFaktura till {P}, {ARL}\nMvh {G}",
    "Länsstyrelsen {COUNTY}\nDnr {CASE}\n\n{P#1}\n{ARL}\n\nKontroll enligt djurskyddslagen {DATE}\nVid kontrollen på fastigheten {PROP} fanns 4 hästar och 12 får. Brist: vattenkopparna i stallet fungerade inte. Åtgärdas senast {DATE}.\nInspektör: {P}, direkt {PHL}",
    "Hovslagarlista {DATE}:\n{HORSE} ({S}) – skor runt om\n{HORSE} ({S}) – verkning\n{HORSE} ({G}) – tappat sko hö fram\n{HORSE} (ridskolan) – skor fram\nBetalas kontant eller swish {PHM}",
    "Anmälan agility klass 1, {DOGCLUB}, {DATE}\nFörare: {P}\nHund: {DOGREG} (kallas {DOG}), {DOGBREED}, reg.nr {SKK}\nMedlemsnr: {CUST}\nStartavgift {AMTS} betald via swish {SWISHF}.",
    "Ägg säljes vid grinden, {AMTS}/kartong. Swisha {PHM} eller lägg i burken. Hönsen {HEN}, {HEN} och {HEN} hälsar! /{P}, {FARMG}",
    "tja {g}! har du kvar småbalar hö? behöver 40 st till {g+s} hästar. kan hämta lördag med släpet, bor på {a} nu. /{n} {PHM}",
    "Hej alla inackorderade!\nFrån {DATE} höjs boxhyran till {AMTM}/mån. {P} tar över morgonfodringen efter {P#2}, som flyttar till {TOWN}. Tack {G#2} för alla år, och för {G#2+s} goda kanelbullar! Gödselcontainern töms på {DAY}ar.\n/{G}, {STALL}\n{PHM}",
    "Anmälan viltspårprov\nHundens namn: {DOGREG}\nRas: {DOGBREED}   Reg.nr: {SKK}\nÄgare: {P#1}\nAdress: {A}\nTelefon: {PH}\nE-post: {E#1}\nFörare (om annan än ägaren): {P}\nBetalning: bankgiro {BG}, ange reg.nr som referens",
    "Försäkringsbrev Lantbruk\nFörsäkringstagare: {P}, {PNR}\nFörsäkringsställe: {FARMG}\nFastighet: {PROP}\nDjur: 24 tackor, 1 bagge, 6 getter, 30 höns\nFörsäkringsnr: {POLICY}\nKontaktperson hos {INSURER}: {P}, {PHL}",
    "Remiss\nTill: {CLINIC}\nPatient: {HORSEREG} ({HORSE}), {BREED}, valack född {YEAR}\nÄgare: {P}, {A}, {PHM}\nFrågeställning: intermittent hälta vä bak sedan 3 veckor, positiv på böjprov. Önskar ultraljud.\nRemitterande veterinär: {P}, leg. vet., {PHL}",
    "{g#1}: kan du rasta {DOG#1} imorgon? jag sitter fast i {TOWN}\n{g#2}: japp, nyckeln under stenen?\n{g#1}: ja. inte lös bara, drar efter rådjur!!\n{g#2}: 👍 hälsa {g} förresten",
    "Registrering av hästhållning\nNamn: {F}\nPersonnummer: {PNR12}\nAdress där hästarna hålls: {FARMG}\nAntal hästar: {SMALL}\nTelefon: {PH}",
    "Resultat LA:1 {RIDCLUB} {DATE}\n1. {P} – {HORSEREG} 0/0 32,45\n2. {P} – {HORSEREG} 0/0 34,10\n3. {P} – {HORSEREG} 0/4\n4. {P} – {HORSE} 4\nBandomare: {P}\nTävlingsledare: {P}",
    "Dressyrprotokoll LB:2, ekipage 14: {P} – {HORSEREG}\nDomare vid C: {P}\nAllmänt intryck: Harmoniskt ekipage, hästen kunde vara mer framåt i galoppen. Ryttaren sitter fint. 64,5 %",
    "Hej {G}!\nDina kor var ute på vägen mellan {FARM} och bron igen i morse. Jag och {G} fick in dem, men stängslet vid bäcken är nere. {COW} verkar ha ett sår på bakbenet. Ring mig på {PHM}.\n/{P}",
    "Ändring i hundregistret\nÄgare: {P}\nPersonnummer: {PNR}\nNy adress: {AL}\nHund: {DOG}, ID-märkning {CHIP}",
    "Hej {G}! {PONY} får gärna stå hos er över sommaren som vi pratade om. Ponnyn har sommarskor och är avmaskad. Försäkringen ({INSURER}, nr {POLICY}) gäller. Vår adress om ni vill hämta hö: {A}. /{P}",
    "Medlemslista {CLUB} (utdrag)\n{R}, {A}, {PH}\n{R}, {A}, {PH}\n{R}, {AR}, {PH}\n{R}, {A}, {PH}",
    "Hej {G}!\nTack för besöket i går. {HORSE} äter bättre nu och fick i sig hela kvällsmålet. Ska vi fortsätta med Metacam i tre dagar till som du sa?\nHälsningar\n{P}\n{AL}\n{PHM}",
    "Lamningen har börjat! {SHEEP} fick trillingar i natt. Tack {G} för hjälpen vid 3-tiden 🐑 Vill ni titta är ni välkomna till {FARM} i helgen. /{P}",
    "Jour stordjur vecka {WEEK}\nmån–tis: veterinär {P}, {PHM}\nons–tors: veterinär {S}, {PHM}\nfre–sön: {P}, {PHM}\nVäxel {CLINIC}: {PHL}",
    "Arrendeavtal hage\nUpplåtare: {P#1}, {PNR}, {FARMG}\nArrendator: {P#2}, {PNR}, {A}\nArrendet omfattar ca 2 ha bete på fastigheten {PROP} för tre hästar. Arrendeavgift {AMT}/år, betalas i förskott till {P#1+s} konto.",
    'Anslagstavlan i foderbutiken:\n"Tappat: röd grimma med mässingsbricka, namn {HORSE}. Ring {PH}"\n"Hö säljes, småbal, {AMTS}/st, {FARM}"\n"Hundvakt sökes till {DOG}, 2 dagar/vecka. {G}, {PHM}"',
    "Beställning öronmärken\nDjurhållare: {P}\nProduktionsplats: {CDB}\nLeveransadress: {BOX}\nTyp: får, dubbla märken, {NUM} par, nr från {EARTAGS}\nKundnr {CUST}",
    "Hej {G}, det är {G} från {S+s} Hästtransporter. Vi blir ca en timme sena, kö vid {TOWN}. {HORSE} står lugnt. Hör av dig på {PHM} om något.",
    "Träningsanteckning {DATE} – {DOG}\nSpår 600 m, 2 vinklar, liggtid 1 h. Tappade spåret vid andra vinkeln men tog upp det själv. {S} (instruktör) tycker vi kan anmäla till anlagsprov.\nNästa gång: {G+s} skog vid {FARM}.",
    "Vill du köpa getmjölk eller ost? Vi har 8 getter (bl.a. {GOAT} och {GOAT}) och säljer från gården på {DAY}ar {TIME}–{TIME}. Adress {FARMG}. Förbeställ hos {P} på {PHM} eller {EG}.",
    "Orderbekräftelse {ORDER}\nKund: {P} (kundnr {CUST})\nLeveransadress: {ARL}\n20 x Hästmüsli 20 kg, 10 x Betfor\nLeveransdag: {DATE}\nFrågor: kundservice {PHL}, {EF}\nLantmännen Lantbruk, org.nr {ORG}",
    "Hej {G}. {HORSE} fick somna in i morse, veterinär {P} var här. Destruktionsfirman hämtar på {DAY}, det kostar {AMT}. Kan du göra ägaranmälan? Passet ligger i sadelkammaren. Kram {N}",
    "VACCINATIONSINTYG\nHund: {DOG} ({DOGBREED}), chip {CHIP}\nÄgare: {P}, {A}\nVaccinerad mot valpsjuka, parvo och HCC {DATE}\nleg. veterinär {I}, {CLINIC}",
    "Bokningsbekräftelse sommarbete\nHäst: {HORSE}\nÄgare: {P}\nFakturaadress: {CO}\nBetet ligger vid {FARMNAME}, ca 2 km från {TOWN}, intill {P+s} gamla ladugård.",
    "Skicka passet till:\n{P}\n{COL}\nTack! /{G}",
    "Hej! Jag heter {G#1} och är 15 år. Jag söker en skötponny i närheten av {TOWN}, kan hjälpa till med mockning och fodring. Mamma {P} kan skjutsa. Ring {PHM} eller maila {E#1} 🐴",
    "GÅRDSVAKT SÖKES {DATE}–{DATE}\nVi har 2 hästar ({HORSE}, {HORSE}), 14 höns och katten {CAT}. Boende i gäststugan. Ersättning {AMTS}/dygn. Gården ligger på {FARMG}.\n{P} & {P}, {PH}",
    "Kvitto\nMottaget av {P}: {AMT} kontant för ponnyn {PONY}, chip {CHIP}.\nKöpare: {P}, {PNR10}\n{TOWN} {DATE}\nUnderskrift: ________",
    "Hej! Katten {CAT} är hos oss på {ST} sedan i går. Katten är tam och verkar hungrig. Chipet är registrerat på {P} enligt veterinären, men numret fungerar inte. Känner någon katten? {PHM}",
    "SLAKTAVRÄKNING {ORDER}\nLeverantör: {RU#1}\n{ARL}\nProduktionsplats {CDB}\nDjur: ungtjur {EARTAG}, slaktvikt {KG} kg\nAvräknat: {AMT}\nUtbetalas till konto {ACCOUNT}",
    "GÅVOBREV\nJag, {P#1}, {PNROLD}, skänker härmed ponnyn {PONY} (chip {CHIP}) till mitt barnbarn {P#2}, {PNR}. Ponnyn står kvar hos {G#2+s} föräldrar på {FARMG}.\n{TOWN} {DATE}\n\n{P#1}",
    "Dödsbo efter {P#1}, {PNROLD}\nHästarna {HORSE} och {HORSE} samt släpvagn {REGPLATE} säljs. Visning på {FARM} efter överenskommelse. Kontakt: dödsbodelägare {P}, {PHM}, eller {S} på {PHL}.",
)

# English texts of the genre (the UK, Ireland and the US).
EN = (
    "YARD ROTA – w/c {DATEEN}\nMon AM: {G}   PM: {G}\nTue AM: {G}   PM: {G}\nWed: {G}\nThu: {P}\nFri: {N}\nWeekend: {P} ({PHUK})\nPlease check {HORSEEN+'} rug before turnout!",
    "{STALLEN}\n{AUFL}\nTel {PHUK}\n\nINVOICE {INV#1}\nTo: {P}\n{AUL}\n\nFull livery – {HORSEEN} – {MONTHEN}   {GBPM}\nHay (8 bales)   {GBPS}\nTotal due: {GBPM}\nPlease pay by BACS to sort code {SORT}, account {ACC}, ref {INV#1}.",
    "Hi {G}, {G#1} the farrier here. Can do {HORSEEN} Thursday 8am, fronts and a trim behind. Let me know. Cheers, {N#1} {PHUK}",
    "Clinical notes {DATEEN}\nPatient: {HORSEEN} ({BREEDEN}, {COLOUREN} gelding, {AGE}yo), passport {UELNUK}\nOwner: Mrs {P}, {AUF}\nHx: reduced appetite 2 days, mild colic signs this am.\nExam: HR 48, gut sounds reduced RHS.\nTx: Buscopan + flunixin IV. Recheck tomorrow.\n{P} BVSc MRCVS",
    "FOR SALE: {HORSEREGEN}, {HEIGHTEN} {COLOUREN} {BREEDEN} gelding, 9yo. By {SIRE} out of {DAM}. Hacks alone and in company, good to box, shoe and clip. Competed BE90. Genuine reason for sale. {GBPH} ono. Call {G} on {PHUK} or email {EG}. Based near {TOWNEN}.",
    "EQUINE LOAN AGREEMENT\nOwner: {F}, {AU}\nBorrower: {P}, {AU}\nHorse: {HORSEREGEN} (stable name {HORSEEN}), UELN {UELNUK}, microchip {CHIPUK}\nThe Borrower will keep the horse at {STALLEN} and must not move it without the Owner's written consent. Insurance: {INSUREREN}, policy {POLICY}.",
    "PRE-PURCHASE EXAMINATION (5-stage)\nVendor: {P}   Purchaser: {P}\nHorse: {HORSEREGEN}, microchip {CHIPUK}\nExamined at: {AUF}\nFindings: grade 1/5 lameness RF on the lunge on hard ground. Heart and eyes NAD.\nVeterinary surgeon: {P} MRCVS, {CLINICEN}, {PHUK}",
    "{DOGCLUBEN} – Novice Retriever Test, {DATEEN}\n1st {DOGREGEN} (Lab bitch) – owner/handler {P}\n2nd {DOGREGEN} – handler {P}, owner {P}\n3rd {DOGREGEN} – {P}\nCOM: {DOGREGEN} ({P})\nJudges: {P} (A) and {P} (B)",
    "Sheep movement licence\nDeparture holding CPH {CPH}, keeper {P}\nDestination CPH {CPH}, keeper {P}\nNumber of sheep: {NUM}\nIndividual IDs: {UKTAG}, {UKTAG}\nHaulier: {P}, vehicle {REGPLATEUK}\nDeparture {DATEEN} {TIMEEN}",
    "LOST DOG – PLEASE SHARE 😢 {DOGEN} ran off after a deer on {LANE} near {VILLAGE} yesterday afternoon. Black & white collie, chipped, orange collar. Please don't chase, very nervous dog. Call {G} {PHUK} or {G} {PHUK} any time.",
    "hi is this {g#1}? found 2 of your ewes on the road by the church, tags {UKTAG}. put them in {s+'} paddock for now. {n}",
    "Booking confirmed – {KENNELEN}\nDog: {DOGEN} ({DOGBREEDEN}), chip {CHIPUK}\nOwner: {P}, {AU}, {PHUK}\nEmergency contact: {P} {PHUK}\nCheck-in {DATEEN}, check-out {DATEEN}. Vaccination card required.",
    "{RIDCLUBEN} – rally at {STALLEN}, {DATEEN}\nGroup A (instructor {P}): {P} ({HORSEEN}), {P} ({HORSEEN}), {P} ({HORSEEN})\nGroup B (instructor {P}): {P} ({HORSEEN}), {P} ({HORSEEN})\nDC: {P}, {PHUK}",
    "{G} – thanks so much for doing the animals!\n• hens out by 8, in at dusk – {HENEN} likes to hide under the trailer\n• goats: hay + water, {STOCKEN} needs her hoof spray (it's in {G+'} tack room)\n• Nigel (the ram) will try to headbutt you, don't turn your back on him!\nVet ({CLINICEN}): {PHUK}. {P} next door at {AUF} has a spare key.\nLove, {G} & {G} xx",
    "BILL OF SALE – EQUINE\nSeller: {F}, {AUS}\nBuyer: {F}, {AUS}\nHorse: {HORSEREGEN}, {COLOUREN} mare, foaled {YEAR}, {REGNRUS}\nPrice: {USD} paid in full on {DATEEN}.\nSold as is. Coggins dated {DATEEN} attached.\nSeller's phone: {PHUS}",
    'County Fair 4-H Dairy Goat Show – Results\nGrand Champion Doe: "{STOCKEN}" shown by {P}\nReserve Champion: "{STOCKEN}" shown by {P}\nJunior Showmanship: 1. {P} 2. {P} 3. {P}\nJudge: {P}, {TOWNUS}',
    "{g#1}: anyone seen the wheelbarrow?\n{g#2}: think {s} had it for {HORSEEN+'} stable\n{g#1}: typical lol, tell {g+'} mum\n{n}: farrier coming 10 tmrw if anyone needs him, text {PHUK}",
    "Shoot day {DATEEN} – beaters & pickers-up\nKeeper: {P} {PHUK}\nPickers-up: {P} (2 labs), {P} (spaniels)\nBeaters: {G}, {G}, {G}, {G} & {G}\nMeet 8.30 in the {FARMNAMEEN} yard, {AUF}.",
    "Claim form – Equine\nPolicy number: {POLICY}\nPolicyholder: {F#1}, {AU}\nDaytime tel: {PHUK}   Email: {E#1}\nHorse: {HORSEREGEN}, microchip {CHIPUK}\nDate of incident: {DATEEN}\nDescription: kicked in the field, wound to left hind cannon. Treated by {P} MRCVS.",
    "From: {P#1} <{E#1}>\nTo: liveries\nSubject: Winter turnout\n\nHi all,\nFrom Monday the winter paddocks are closed until further notice. {G} and {G} will be doing the hay round at 5pm. If {HORSEEN} and {HORSEEN} could go in together that would really help.\nThanks,\n{G#1}\n{STALLEN} | {PHUK}",
    "{DOGCLUBEN} – Puppy Foundation (Tuesdays 7pm)\n{R} – {DOGEN} ({DOGBREEDEN})\n{R} – {DOGEN}\n{R} – {DOGEN}\n{R} – {DOGEN}\nInstructor: {P}",
    "Results – Open Sheepdog Trial, {VILLAGE}\n1 {P} ({COUNTYUK}) – {DOGEN} 94\n2 {P} – {DOGEN} 91\n3 {P} – {DOGEN} 88 OT\nJudge: {P}",
    "EQUINE PASSPORT – Section I\nName: {HORSEREGEN}\nUELN: {UELNUK}\nTransponder: {CHIPUK}\nSex: Mare   Colour: {COLOUREN}\nSection II – Owner: {U}\n{AUL}",
    "Reminder from {CLINICUS}: {HORSEEN} is due for spring shots & Coggins. Call {PHUS} to book with Dr. {S}. Reply STOP to opt out.",
    "Free-range eggs £2.50 a half dozen. Honesty box or PayPal {EG}. Ask {G} at {AUF} about point-of-lay pullets.",
    "Entry form – {MART} store lamb sale\nVendor: {P}\nHolding: CPH {CPH}, flock no. {FLOCK}\nAddress: {AUFL}\nTel: {PHUK}\nLots: 40 Texel x lambs, 25 Mule ewe lambs",
    "MISSING CAT – {CATEN}, orange tabby, neutered male, chip {CHIPUK}. Last seen near {USROAD} on Sunday. Reward! Call/text {PHUS} ({G})",
    "Nomination form {YEAR}\nStallion: {SIRE}\nMare: {HORSEREGEN} by {SIRE}\nMare owner: {P#1}, {AUFL}\n{PHUK}, {E#1}\nStud fee {GBPH} + VAT payable on 1 October",
    "Grazing licence – {FARMNAMEEN}\nLicensor: {P}, {AUF}\nLicensee: {P}, {AU}\nTerm: 1 April to 31 October. Fee {GBPM} per month per horse, ref {INV}.",
    "{g#1}: who's doing feeds tonight\n{n#2}: me and {g}\n{g#1}: can u check {HORSEEN+'} eye, looked a bit weepy\n{n#2}: will do. vet is {PHUK} if needed yeah?",
    "Critique – Open Dog (3 entries)\n1st {P+'} {DOGREGEN}. Handsome liver and white, lovely head, good reach of neck, moved soundly.\n2nd {DOGREGEN} ({P}). Heavier in body, not as positive on the move.\nJudge: {P}",
    "Hi {G},\nThank you for booking a trail ride at {STALLUS}! Your group (you, {G} and the kids) is scheduled for Saturday at 10am. We're at {AUS}. Please wear closed-toe shoes.\nQuestions: {PHUS}\n— {G}, barn manager",
    "Invoice – {P+'} Equine Dentistry\n{AU}\nVAT no. {VATUK}\nTo: {P}\n{HORSEEN}: routine rasp {GBPS}\n{HORSEEN}: wolf tooth extraction {GBPS}\nPayment by BACS within 14 days.",
    "Dear {G},\nYour cows were in our garden again this morning (the big one, {STOCKEN}, ate the roses). {G} and I put them back through the gate on {LANE}. Could you have a look at the fence? We're on {PHUK}.\nBest, {P}",
    "Herd book – Anglo-Nubian goats\nHerd prefix: {FARMNAMEEN}\nOwner: {R}\nDoe {STOCKEN} – tag {UKTAG} – kidded {DATEEN}, twins\nDoe {STOCKEN} – tag {UKTAG} – not in kid\nBuck Nigel – on loan from {P+'} herd",
    "Horse transport quote – {S+'} Horseboxes Ltd\nCollection: {AUF}\nDelivery: {AUF}\nHorses: 2 ({HORSEEN}, {HORSEEN})\nDriver: {G}, mob. {PHUK}\nQuote ref {INV}, {GBP} incl. VAT",
    "{g#1}: hey the hens are fine but {HENEN} looks a bit off\n{g#2}: oh no. is she eating?\n{g#1}: a bit. shall i call the vet?\n{g#2}: yes pls, {PHUK}, ask for {g}",
    "Adoption agreement – {RESCUE}\nAnimal: {DOGEN} ({DOGBREEDEN}, neutered, approx 3y), microchip {CHIPUK}\nAdopter: {P}, {AU}, {PHUK}\nHome check by {P} on {DATEEN}\nAdoption fee {GBPS} received.",
    "Connemara mare for sale, {HEIGHTEN}, 7yo {COLOUREN}, reg. name {HORSEREGEN}. Lovely temperament, hunted two seasons. Based in Co. Galway. Contact {P} on {PHX} or {E}.",
    "Test sheet – Prelim 12\nRider: {P}   Horse: {HORSEEN}\nJudge: {P}\nCollective remarks: pleasant pair, needs more bend through the corners. 66.4%\nWriter: {G}",
    "Poultry register – keeper {P}, {AUF}, CPH {CPH}. 52 laying hens, 6 ducks. Last vet visit {DATEEN} ({CLINICEN}).",
    "Dear {P},\nThe results of your herd's TB test on {DATEEN} were all negative. The next routine test is due in 12 months. Please keep this letter with your herd records.\nYours sincerely,\n{P}, Veterinary Surgeon\n{CLINICEN}, {AU}",
    "Livery waiting list {YEAR}\n1. {R} – DIY, {HORSEEN} (mare)\n2. {R} – part livery\n3. {R} – grass livery, two ponies\nContact: {P#1}, {E#1}, {PHUK}",
    "Accident book – {STALLEN}\nDate: {DATEEN}   Time: {TIMEEN}\nInjured person: {P}, {AU}, tel {PHUK}\nDetails: kicked by {HORSEEN} while picking out feet. First aid given by {P}.\nWitness: {P}\nSigned: {I}",
    "Hi {G}! Just to say {HORSEEN} settled in fine at {au}. {S+'} mare {HORSEEN} next door is already her best friend. Any problems ring me on {PHUK}. {N}",
    "Lambing rota\nNights: {G} (Mon–Wed), {G} (Thu–Sun)\nDays: {P}\nVet on call: {CLINICEN} {PHUK}\nIf a ewe is struggling and you can't get anyone, ring {N} {PHUK}.",
    "Please send the passport to:\n{P}\n{COUK}\nThanks! {G}",
    "WANTED: experienced groom for busy eventing yard near {TOWNEN}. Own accommodation. Apply to {P}, {EFE} or {PHUK}.",
    "Hey {G}! It's {G} from the barn. {HORSEEN} threw a shoe on the trail today, I called {S:m} and he can come Tuesday. Owner's number is {PHUS} if you need it.",
    "Gundog training day – {FARMNAMEEN}, {DATEEN}\nTrainer: {P}\nAttendees: {P} & {DOGEN}, {P} & {DOGEN}, {P} & {DOGEN}\nCost {GBPS}. Lunch in the farmhouse, courtesy of {P}.",
)

# Mixed texts: Swedish and English switching inside one text.
MIXED = (
    "Hi {G}! {HORSE} has been lame since this morning, vänster fram. Jag har ringt veterinär {S:f}, hon kommer kl {TIME}. Can you let the owner know? Ägarens nummer: {PH}. /{G}",
    "Hej {G}!\nHere are the details for the transport from Ireland:\nHorse: {HORSEREGEN}, UELN {UELNUK}\nSeller: {P}, {AX}, {PHX}\nLeverans till: {FARMG}\nKontakt vid leverans: {P} {PHM}\nBest, {G}",
    "Internationell utställning {TOWN}, {DATE}\nÖppen klass hanar – Judge: {P} (GB)\n14 {DOGREG} – äg. {P}, {TOWN}\n15 {DOGREGEN} – owner {P}, UK\n16 {DOGREG} – äg. {P}\nCritiques in English from the secretary, {EF}.",
    "{g#1}: omg {HORSE} did the cutest thing idag, rullade sig i leran direkt efter tvätten 🙄\n{g#2}: haha classic. vem rider imorn?\n{g#1}: {g:f} tror jag, ask her",
    "WORKING STUDENT WANTED – {STALL}, Sweden\nWe are a small dressage yard with 12 hästar outside {TOWN}. Boende ingår. Start {DATE}. Send your CV to {P#1}, {E#1}, or call {PH}. Svenska är inget krav!",
    "Dear {S},\nThe X-rays of {HORSEREG} are attached. Jag översätter gärna om det behövs. Findings: mild changes in the navicular bone, nothing that should stop light work.\nKind regards / Vänliga hälsningar\n{P}, DVM\n{CLINIC}\n{PHL}",
    "ROTA v.{WEEK} (please sign!)\nMån: {G} – morning feed\nTis: {G} + {G}\nOns: {N}\nTor: {G:f} (she's new, visa henne var allt är)\nFre–sön: {P}\nQuestions → {G} {PHM}",
    "Leasing agreement / Leasingavtal\nOwner / Ägare: {F}, {PNR}, {A}\nLessee / Leasetagare: {P}, {AU}\nHorse / Häst: {HORSEREG}, UELN {UELN}\nPeriod: {DATE} – {DATE}\nFee / Avgift: {AMTM} per month",
    "Working test {DOGCLUB}, {DATE}. Judges: {P} (UK) och {P}. Results: 1. {DOGREG} ({P}), 2. {DOGREGEN} ({P}), 3. {DOGREG} ({P}). Thanks to {G} for lunch och till markägaren {P} på {FARMNAME}! {S+'} dog did great too.",
    "BORTSPRUNGEN / LOST: {DOG}, brun/vit springer spaniel, ran off near {STN}. Chip {CHIP}. Ring/call {PHM} ({G}) – tack/thanks for sharing!",
    "Hi {G}! Thanks for feeding the animals. Hönsen: release at 7, shut at dusk. {GOAT} the goat is pregnant, so ring me if something looks off: {PHX}. Grannen {P} på {FARM} har nyckel. xx {G}",
    "Hej {G}, the pet transport for {DOG} is booked: {DATE}, flight to Heathrow. EU pet passport nr {PETPASS}. Mottagare: {P}, {AUL}, {PHUK}. /{G}",
    'For sale: {HORSEREG}, {BREED} mare born {YEAR}, {HEIGHT}. Sire {SIRE}, dam {DAM}. Perfect young rider horse, "supersnäll". Price {EUR}. Located near {TOWN}, Sweden. Contact {P} {PH} / {EG}.',
    "Clinic med {P} (UK) {DATE}\n09.00 {G} – {HORSE}\n09.45 {G} – {HORSE}\n10.30 {P} – {HORSE}\n11.15 lunch\n12.00 {G} – {HORSE}\nPayment via swish to {PHM} ({G}) before the day please!",
    "{g#1}: har nån koll på när the agility comp börjar lördag?\n{g#2}: 9 tror jag, check with {g}\n{g#1}: ok. is {DOG} ready? 😂\n{g#2}: haha nej, sprang efter en fasan last time",
    "Hi {G},\nMy name is {P} and I'm looking for livery for two horses ({HORSE} och {HORSE}) near {TOWNEN} from {DATEEN}. Could you send me your prices? Jag kan också ringa: {PH}.\nMvh / Best wishes, {G}",
    "INVOICE {INV}\n{STALL}, {FARMG}\nOrg.nr {ORG}, VAT {VAT}\nTo: {P}, {AX}\nBoarding {HORSE}, {MONTHEN}: {AMTM}\nPayment: Bankgiro {BG}, ref {OCR}",
    "Claim – horse insurance / skadeanmälan\nPolicy no {POLICY}\nPolicyholder: {P}, {PNR}\nAddress: {A}\nHorse: {HORSE#1} ({HORSEREG})\nWhat happened: {HORSE#1} got colic on {DATE}, treated at {CLINIC}. Invoice {AMT} bifogas.",
    "Ponnyläger v. {WEEK} / Pony camp\nGroup 1: {G}, {G}, {G} – ponies {PONY}, {PONY}, {PONY}\nLedare: {P}\nEmergency / nödnummer: {PHM} ({G})",
    "Hi {P},\nYes, we still have one tik (bitch) left from the litter after {DOGREG}. She'll be ready to leave {DATE}. Deposit {AMTM} to bankgiro {BG}. Vi skickar gärna fler bilder, mejla {EG}.\nBest, {G}, {KENNEL}",
    "Domarkritik / Judge's critique – {DOGREG}\nExcellent type, beautiful head, good angulation front and rear. Rör sig bra från sidan, lite trång bak. Very good temperament.\nJudge: {P} (IE)\nRingsekreterare: {P}",
    "{g#1}: hay delivery kommer ikväll, kan nån ta emot? i'm stuck at work\n{g#2}: jag kan!\n{g#1}: legend. {s} har nyckeln till ladan, ring {PHM}",
    "Hej! {G#1} farrier here. Kan inte komma imorgon, sorry, my van broke down. Funkar {DAY}? /{G#1} {PHM}",
    "Transport document / Transportdokument\nTransporter: {S+'} Horse Transport Ltd, {AU}\nDriver: {P}, {PHUK}\nConsignee / Mottagare: {P}, {FARMG}\nAnimals: 2 horses, UELN {UELNUK}, {UELN}\nDeparture {DATEEN}, ETA {DATE}",
    "Looking for a vet rec in {TOWN}? Vi har använt {P:f} på {CLINIC} i flera år, highly recommend! Hon kom ut kl 2 på natten när {HORSE} hade kolik. Nr: {PHL}",
    "Booking: farm visit {DATE}\nName: {P#1}\nGroup: 12 kids + 2 teachers from the international school\nContact: {PHM}, {E#1}\nWe'll meet you at the gate, {FARMG}. Getterna {GOAT} och {GOAT} är extra sociala 🐐",
    "Import of gun dog – {DOGREGEN}\nSeller: {P}, {AUF}, {PHUK}\nBuyer / Köpare: {P}, {A}, {PH}\nMicrochip {CHIPUK}. KC reg {KC}. Rabies vaccinated {DATEEN}. SKK-registrering pågår.",
    "Thanks for today! {HORSE} var jätteduktig på clinicen.\n\n/{P#1}\n{STALL}\nMob: {PHM}\n{E#1}",
    "NOTICE / ANSLAG\nPlease close the gate! Stäng grinden!\n{HORSE} och {HORSE} kom ut på vägen igen i går. Tack {G} som hittade dem.\nAny questions → {P}, {PHM}",
    "Health certificate for export of horse to the UK\nConsignor: {P}, {A}\nConsignee: {P}, {AUL}\nHorse: {HORSEREG}, UELN {UELN}, transponder {CHIP}\nOfficial veterinarian: {P}, {DATE}",
    "{g#1}: hi! är tackorna fortfarande till salu?\n{g#2}: ja, 6 kvar. texel x, {AMTS}/st\n{g#1}: great, can i come saturday?\n{g#2}: sure, adressen är {a}. ring innan {PHM}",
    "Dog sitter available! Jag heter {G}, 17, och älskar hundar. Experience with {DOGBREED} and border collies. {AMTS}/dag. Text me {PHM} 🐶",
    "Entry – Nordic pony championship\nRider: {P} (född {YEAR})\nPony: {HORSEREG}, reg.nr {REGNR}\nOwner: {P}\nClub: {RIDCLUB}\nContact: {E}, {PH}",
    "Equine dentist {P} (UK) is coming to {STALL} {DATE}! Sätt upp er på listan. Price {AMTS}/häst, sedation extra. Questions: {G}, {PHM}",
    "Ladugårdskatter söker hem / barn cats need homes: {CAT} and {CAT}, ca 1 år, kastrerade. Contact {P} {PHM}, {FARMNAME} utanför {TOWN}.",
    "Hi {G}! Klipparen {P} from NZ is in Sweden in May again. Vi har bokat {DATE} for your 30 tackor. {AMTS}/djur. Please confirm to {PHX} (WhatsApp) or {E}.",
    "Subject: {HORSE} – lameness update\nHej {G},\nhe's better today, trotted sound on the straight. Ska jag fortsätta med boxvila? /{P}, {PHM}",
    "Booking confirmation – islandshästridning på {FARMNAME}\nGuest: {P}, {AX}\nPhone: {PHX}\nDates: {DATE}–{DATE}\nHorse allocated: {HORSE} (calm, 16 år)\nGuide: {G}\nMeeting point: {FARMG}",
    "{g#1}: har du försäkrat {HORSE} hos {INSURER}?\n{g#2}: yes, veterinärvård 60k. why?\n{g#1}: tänker byta, {g} sa att {INSURER} är cheaper",
    "PASS / PASSPORT\nNamn / Name: {HORSEREG}\nUELN: {UELN}\nFödd / Foaled: {YEAR}\nÄgare / Owner: {U}, {ARL}\nTel: {PH}",
    "Hoof trimming booked: klövverkare {P:m} kommer {DATE} to trim 40 kor. Ring him on {PHX} if you need to change. Fakturan skickas till {CO}",
    "Hej {G}, it's {G}. Kalven efter {COW} föddes i natt, allt ok. Mamman ok too. Jag har skrivit i boken. Ring {PHM} if you need me.",
    "Dear {P},\nwe are happy to confirm {DOGREG} for the show on {DATE}. Katalognummer 112. Please bring the vaccination certificate.\nVänliga hälsningar / Kind regards\n{P}, {DOGCLUB}\n{PHL}",
    "{n#1}: anyone up for a hack tmrw? tänkte rida till sjön\n{g}: yes! {HORSE} needs it\n{g}: jag kommer efter jobbet, ca 17\n{n#1}: perfect, ses vid {STN} 🐎 or at {g+s} place, {a}",
    "Bill of sale / Köpebrev\nSeller: {P}, {AUF}\nBuyer / Köpare: {P}, {PNR}, {A}\nPony: {HORSEREGEN}, chip {CHIPUK}\nPrice: {GBPH} (paid {DATEEN})",
    "Reminder: {HORSE+s} vaccination is due nästa vecka. Book with {S} at {CLINIC} on {PHL}. Thanks / tack! {G}",
    "Kennel visit / Kennelbesök\nVisitors: {P} and {P} from {TOWNEN}\nDate: {DATE}\nThey want a valp from the autumn litter (e. {DOGREG}). Deposit paid to {P}, swish {PHM}.",
    "Hi everyone! Gårdsloppis på {FARMNAME} this Saturday, {TIME}–{TIME}. Vi säljer sadlar, täcken and lots of horse stuff. Adress: {FARMG}. Questions to {G}, {PHM} or {EG}",
    "{P#1}\nEquine physiotherapist / hästfysioterapeut\n{AL}\n{PHM} | {E#1}\nTreated today: {HORSE} (tight in the back, lumbar region), {HORSE} (ok). Nästa besök om 6 veckor.",
    "Lost & found: hittad hund at the parking by {STN}, small terrier, no collar. Vi har honom hemma nu. Call {G} {PHM} – tell your friends!",
)

# Negatives: no value, but animals with people's names, registered names, farms, firms, towns and
# numbers of every kind that a personal value could be taken for. Each is used once.
NEGATIVES = (
    (
        "sv",
        "Hagschema: {HORSE}, {HORSE} och {HORSE} i stora hagen, {HORSE} i sjukhagen. Hö 3 kg i kväll.",
    ),
    (
        "sv",
        "Hästpass – {HORSEREG}, UELN {UELN}, chip {CHIP}, född {YEAR}, {COLOUR}, {BREED}. e. {SIRE} u. {DAM}.",
    ),
    (
        "sv",
        "Faktura {INV} från {STALL}, org.nr {ORG}, bankgiro {BG}, OCR {OCR}. Att betala {AMT} senast {DATE}.",
    ),
    (
        "sv",
        "Produktionsplatsnummer {CDB}, 24 tackor med öronmärken {EARTAGS} – {EARTAGS}. Förflyttning anmäld {DATE}.",
    ),
    (
        "sv",
        "{DOG#1} har ätit dåligt sedan i {DAY}s, känn efter om hunden har feber ikväll. Ge {DOG#1} halv portion.",
    ),
    (
        "sv",
        "{HORSE#1} äter dåligt igen, har bara rört halva kraftfodret, och {HORSE#2} i boxen bredvid hälsar. Ring om {HORSE#1} blir sämre, annars ses vi i stallet på {DAY}.",
    ),
    (
        "sv",
        "Resultat LB:1 {RIDCLUB}: 1. {HORSEREG} 68,2 %, 2. {HORSEREG} 66,9 %, 3. {HORSEREG} 65,0 %.",
    ),
    (
        "sv",
        "Foderstat {HORSE}: 8 kg hösilage, 1 l havre, mineralfoder 100 g. Vikt {KG} kg, mankhöjd {HEIGHT}.",
    ),
    (
        "sv",
        "Försäkring hos {INSURER} nr {POLICY}, veterinärvårdsbelopp {AMT}, självrisk {AMTM}. Gäller {HORSEREG} t.o.m. {DATE}.",
    ),
    (
        "sv",
        "Jordbruksverket dnr {CASE}: beslut om gårdsstöd för fastigheten {PROP}, utbetalning {AMT}.",
    ),
    (
        "sv",
        "Drevprov {DATE} i {TOWN}: {DOGREG} ({DOGBREED}) 1:a pris, {DOGREG} 2:a pris. Jaktvärde 7.",
    ),
    (
        "sv",
        "Stallet på {FARMNAME} har 14 boxar, ridhus 20x60 och två utebanor. Inackordering {AMTM}/mån inkl. hö.",
    ),
    ("sv", "Kalvning: {COW} fick en tjurkalv {DATE} kl {TIME}, {KGC} kg. Öronmärke {EARTAG}."),
    (
        "sv",
        "Valpkullen efter {DOGREG} och {DOGREG}: 4 hanar och 3 tikar, födda {DATE}. Moderns reg.nr {SKK}.",
    ),
    (
        "sv",
        "Hönsen {HEN}, {HEN} och {HEN} har slutat värpa. Kanske ruggningen? Mer snäckskal i fodret.",
    ),
    (
        "sv",
        "Transport {REGPLATE} med släp {REGPLATE}. Avgång {TIME} från {FARMNAME}, framme i {TOWN} ca {TIME}.",
    ),
    (
        "sv",
        "Avmaskning v. {WEEK}: {HORSE}, {HORSE}, {HORSE} och {HORSE}. Träckprov skickat till SVA, provnr {ORDER}.",
    ),
    ("sv", "Tävlingsanmälan {ORDER}: {HORSEREG}, klass 3, startavgift {AMTS}, swish {SWISHF}."),
    (
        "sv",
        "Slaktbesked {ORDER}: 4 lamm, slaktvikt {KGL}, {KGL}, {KGL} och {KGL} kg. Avräkning {AMT}. Produktionsplats {CDB}.",
    ),
    (
        "sv",
        "Stoet Kerstin har tappat en sko igen, och valackerna Gunnar och Nigel står inne idag på grund av regnet.",
    ),
    (
        "sv",
        "Order {ORDER}: 20 säckar betfor, 10 säckar havre, 2 saltstenar. Kundnr {CUST}. Leverans v. {WEEK}.",
    ),
    (
        "sv",
        "Länsstyrelsens kontroll {DATE}: inga brister i stallet. Hästarna {HORSE} och {HORSE} i gott hull.",
    ),
    (
        "sv",
        "{CAT} har fått kattungar i höskullen, fyra stycken! Två svarta, en grå och en tigrerad.",
    ),
    (
        "sv",
        "Bokning {ORDER}: {DOG} på {PENSIONAT} {DATE}–{DATE}, {AMTS} per natt, vaccinationsintyg krävs.",
    ),
    (
        "sv",
        "Hagarna vid {FARMNAME} är stängda efter regnet. {HORSE} och {HORSE} får gå i paddocken vid {FARMNAME}.",
    ),
    (
        "sv",
        "Kvigan {COW} ({EARTAG}) flyttad till produktionsplats {CDB} {DATE}. Rapporterat i CDB, besättning {HERD}.",
    ),
    (
        "en",
        "Turnout: {HORSEEN} and {HORSEEN} in the top field, {HORSEEN} on box rest until the vet says otherwise.",
    ),
    (
        "en",
        "Passport {UELNUK}, microchip {CHIPUK}, {COLOUREN} {BREEDEN} mare, foaled {YEAR}, by {SIRE} out of {DAM}.",
    ),
    (
        "en",
        "Invoice {INV}: full livery for {MONTHEN} {GBP}, hay {GBPS}, total {GBP}. Sort code {SORT}, ref {INV}.",
    ),
    ("en", "Flock no. {FLOCK}, CPH {CPH}: 40 ewes moved {DATEEN}, tags {UKTAG} to {UKTAG}."),
    ("en", "Nigel the ram got out again and Susan the goat followed him into the orchard."),
    (
        "en",
        "Dave the cob needs his feet trimmed and Kevin the Shetland is off his feed – both are in the end stables.",
    ),
    (
        "en",
        "Results – Novice Test: 1st {DOGREGEN}, 2nd {DOGREGEN}, 3rd {DOGREGEN}. Well done to all the dogs!",
    ),
    (
        "en",
        "{STALLEN}: DIY livery {GBPS}/week, part livery {GBPS}/week. Floodlit arena 40x20, off-road hacking.",
    ),
    (
        "en",
        "Feed chart: {HORSEEN} – 1 scoop chaff, ½ scoop balancer; {HORSEEN} – soaked hay only, no hard feed.",
    ),
    (
        "en",
        "Policy {POLICY} with {INSUREREN}: vet fees cover {GBP}, excess {GBPS}, renewal date {DATEEN}.",
    ),
    (
        "en",
        "Worm count results ({ORDER}): {HORSEEN} 150 epg, {HORSEEN} under 50, {HORSEEN} 600 – treat.",
    ),
    ("en", "Bill the bull, Grace the heifer and Hope the calf all tested clear this spring."),
    (
        "en",
        "Shoot day {DATEEN}: 8 guns, 5 drives, bag 142 pheasants. Dogs: {DOGEN}, {DOGEN} and {DOGEN}.",
    ),
    (
        "en",
        "Lot {NUM}: 25 Texel x store lambs from {FARMNAMEEN}, average {KGL} kg, sold at {MART}.",
    ),
    ("en", "{HENEN} the hen has gone broody again and is sitting on two golf balls."),
    (
        "en",
        "Stallion {SIRE} stands at {GBPH} + VAT, live foal guarantee. Nominations via the stud office.",
    ),
    (
        "en",
        "Lambing tally: 86 ewes, 148 lambs, 3 pet lambs. {DOGEN} and {DOGEN} did the gathering.",
    ),
    ("en", "Horsebox {REGPLATEUK}, MOT due {DATEEN}. Trailer ref {ORDER}, next service {MONTHEN}."),
    ("mixed", "Hagen är lerig idag so {HORSE} and {HORSE} stay in. Hö x2 please."),
    ("mixed", "Passport/pass {UELN}, chip {CHIP}, {BREED}, born {YEAR}. Sire {SIRE}, dam {DAM}."),
    ("mixed", "Invoice/faktura {INV}, bankgiro {BG}, OCR {OCR}, total {AMT}. Thanks!"),
    ("mixed", "{DOG} was so good at the working test idag – 2:a pris i nybörjarklass!"),
    (
        "mixed",
        "Kerstin the pony and Gunnar the goat are best friends, de står alltid ihop i hagen.",
    ),
    ("mixed", "Order {ORDER}: 10 bags of pellets, levereras v. {WEEK}. Kundnr {CUST}."),
    (
        "mixed",
        "Results working test {DOGCLUB}: 1. {DOGREG}, 2. {DOGREGEN}, 3. {DOGREG}. Judges from the UK.",
    ),
    ("mixed", "Vi har 3 lediga boxar from {MONTHEN}, {AMTM}/month inkl. hö och utsläpp."),
    ("mixed", "{CAT} caught another mouse i ladan, duktig katt!"),
    ("mixed", "Transport {REGPLATE}: departing {TIME} från {FARMNAME}, ETA {TOWNEN} on Saturday."),
    ("mixed", "Lamningen: 12 tackor, 21 lamm so far. {SHEEP} had triplets!"),
    ("mixed", "Försäkring {INSURER}, policy {POLICY}, renewal {DATE}. Premien höjd till {AMT}."),
    (
        "mixed",
        "Stallet stängt over Christmas, fodring som vanligt. {HORSE} gets his medicine morgon och kväll.",
    ),
    ("mixed", "Herd/besättning {CDB}, ear tags {EARTAG} and {EARTAG} – moved {DATE}."),
    ("mixed", "Bella says hi! Hon har äntligen slutat halta efter hovbölden."),
    ("mixed", "UELN {UELNUK} registered in Sweden {DATE}. New reg.nr {REGNR}."),
    ("mixed", "Valparna efter {DOGREGEN} är födda! 5 puppies, 3 hanar och 2 tikar."),
)
