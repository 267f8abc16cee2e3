# ruff: noqa: E501
"""Templates of held-out CP (Python data): pets and the people around them, in Swedish, English and mixed.

Slots (filled by `generate_cp.py`): a person `{FORM#ref:g}` with FORM one of P p U F G g GU N n S s SU I
Gi R RU E (a trailing `s` a Swedish genitive, `'` an English one; `#ref` the same person again, `:f`/`:m`
a woman or a man); addresses A AL AR ARL AN ST STN STT STL a BOX AU AUL au UKST AUS AUSL aus AX AXL ARO;
phones PH PHM PHUK PHUS PHEN PHX PHRO; PNR a personnummer; EF a firm's e-mail; and look-alikes that are no
value: PET (an animal's name; `pet` in lower case, `PETs`/`PET'` with a genitive's ending), DOG CAT SMALL
(and EN), CHIP SKK POLICY CLAIM ORDER INV CARD REF ORGNR BG OCR SWISH AMT AMTS GBP GBPS USD USDS EUR KG
KGC AGE AGEEN YRS DATE DATEEN MONTH MONTHEN TIME NUM CODE TOWN TOWNEN DAY DAYEN CLINIC INSURER SHOP
SHELTER KENNEL PARK (and EN); `#ref` on a look-alike gives the same one again. `[[...]]` is an optional
part, written in some rows and not in others. Animals' names are never PERSON, however much they sound
like people's names.
"""

DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip

# Animals' names as owners give them: many are people's names too (never PERSON).
PETS = {
    "sv": (
        "Molly", "Charlie", "Bella", "Sixten", "Doris", "Majken", "Selma", "Greta", "Sigge", "Ludde",
        "Nisse", "Otto", "Tage", "Gösta", "Berit", "Lennart", "Kurt", "Bosse", "Stig", "Svea",
        "Frans", "Arne", "Elsa", "Saga", "Harry", "Alfred", "Hugo", "Ville", "Rut", "Max",
        "Sally", "Ronja", "Alfons", "Morris", "Frasse", "Tyson", "Rocky", "Luna", "Milo", "Teddy",
        "Simba", "Nala", "Oscar", "Stella", "Lola", "Kompis", "Bamse", "Smulan", "Sotis", "Misse",
        "Pelle", "Findus", "Tussan", "Nova", "Leo", "Loke", "Zeus", "Enzo", "Bruno", "Sam",
        "Ebba", "Maja", "Astrid", "Pixie", "Chili", "Kasper", "Lufsen", "Gizmo", "Nelson", "Wilma",
        "Dixie", "Ozzy", "Cosmo", "Vilgot", "Majsan", "Mollan", "Kajsa", "Svante", "Egon", "Knut",
        "Rufus", "Tilda", "Hilma", "Valle", "Pluto", "Sessan", "Putte", "Tjorven", "Mimmi", "Baloo",
    ),
    "en": (
        "Bella", "Luna", "Charlie", "Max", "Daisy", "Buddy", "Lucy", "Cooper", "Molly", "Bailey",
        "Rosie", "Poppy", "Alfie", "Archie", "Teddy", "Ruby", "Bear", "Winston", "Milo", "Nala",
        "Oscar", "Loki", "Biscuit", "Pepper", "Ginger", "Smudge", "Tigger", "Misty", "Shadow", "Sooty",
        "Bonnie", "Barney", "Frank", "Doris", "Nigel", "Gerald", "Maggie", "Sadie", "Murphy", "Tucker",
        "Duke", "Zeus", "Coco", "Hazel", "Penny", "Willow", "Rolo", "Percy", "Monty", "Reggie",
        "Hugo", "Otis", "Ziggy", "Dexter", "Harvey", "Buster", "Stanley", "Marley", "Rusty", "Dolly",
    ),
}  # fmt: skip
BREEDS = {
    "dog_sv": (
        "labrador", "golden retriever", "schäfer", "jack russell terrier", "cavalier king charles spaniel", "border collie",
        "tax", "chihuahua", "shetland sheepdog", "blandras", "pudel", "fransk bulldogg", "dvärgschnauzer", "papillon",
        "whippet", "jämthund", "gråhund", "bichon frisé", "shih tzu", "australian shepherd", "dobermann", "gordon setter",
        "beagle", "mops", "cocker spaniel", "lagotto romagnolo", "västgötaspets", "welsh corgi pembroke", "vizsla", "tollare",
    ),
    "dog_en": (
        "Labrador", "Golden Retriever", "Cockapoo", "Jack Russell", "Cavalier King Charles Spaniel", "Border Collie",
        "Dachshund", "Staffie", "French Bulldog", "Springer Spaniel", "Whippet", "Lurcher", "German Shepherd",
        "Beagle", "Shih Tzu", "Cocker Spaniel", "Greyhound", "Labradoodle", "Pug", "Westie", "Yorkie", "Boxer",
        "Gordon Setter", "Dobermann", "Bichon Frise", "Border Terrier", "Collie cross", "mixed breed",
    ),
    "cat_sv": ("huskatt", "maine coon", "ragdoll", "norsk skogkatt", "helig birma", "brittiskt korthår", "bengal", "sibirisk katt", "perser", "devon rex"),
    "cat_en": ("domestic shorthair", "Maine Coon", "Ragdoll", "British Shorthair", "Bengal", "Siamese", "Persian", "tabby moggy", "Norwegian Forest Cat", "Sphynx"),
    "small_sv": ("kanin", "marsvin", "hamster", "undulat", "ökenråtta", "kanariefågel", "tamråtta", "chinchilla"),
    "small_en": ("rabbit", "guinea pig", "hamster", "budgie", "gerbil", "cockatiel", "ferret", "tortoise"),
}  # fmt: skip
CLINICS = {
    "sv": (
        "AniCura Djursjukhus", "Evidensia Djurkliniken {TOWN}", "Blå Stjärnans Djursjukhus", "Djurkliniken i {TOWN}",
        "Smådjurskliniken {TOWN}", "Veterinärhuset", "Universitetsdjursjukhuset", "Djursjukhuset {TOWN}",
        "Distriktsveterinärerna {TOWN}", "Kattkliniken", "Mälardalens Djursjukhus", "Djurakuten",
    ),
    "en": (
        "Medivet {TOWN}", "Vets4Pets", "Village Vets", "the PDSA Pet Hospital", "the Blue Cross animal hospital",
        "VCA Animal Hospital", "Riverside Veterinary Centre", "Highcroft Vets", "Oakwood Vets", "Companion Care {TOWN}",
    ),
}  # fmt: skip
INSURERS = {
    "sv": ("Agria Djurförsäkring", "Sveland Djurförsäkringar", "Folksam", "If", "Trygg-Hansa", "Länsförsäkringar", "Dina Försäkringar", "Lassie", "Hedvig"),
    "en": ("Petplan", "ManyPets", "Animal Friends", "Direct Line", "Trupanion", "Healthy Paws", "Embrace", "Lemonade", "Argos Pet Insurance"),
}  # fmt: skip
SHOPS = {
    "sv": ("Arken Zoo", "Musti", "Zoo.se", "Granngården", "Zooplus", "Buster", "Djurboden", "Husdjurskompaniet", "ÖoB"),
    "en": ("Pets at Home", "Jollyes", "Petco", "PetSmart", "Chewy", "Zooplus", "Pets Corner", "Monster Pet Supplies"),
}  # fmt: skip
SHELTERS = {
    "sv": ("Hundstallet", "Djurskyddet Stockholm", "Svenska Kattskyddsförbundet", "Jämtlands Djurskydd", "Djurens Vänner", "Kattcenter Skåne", "Katthemmet Solgläntan", "Hundhjälpen", "Djurhemmet i Norrköping"),
    "en": ("the RSPCA", "Dogs Trust", "Battersea", "Cats Protection", "Blue Cross", "Wood Green", "the ASPCA", "Happy Tails Rescue", "Greyhound Trust"),
}  # fmt: skip
KENNELS = {
    "sv": ("Solbackens", "Ekhagens", "Stjärnglimtens", "Fjällvindens", "Hagtornets", "Blåklockans", "Tallmons", "Sjöbrisens", "Ugglemossens", "Björkhyddans"),
    "en": ("Oakleigh", "Meadowbrook", "Fernhill", "Highmoor", "Willowbank", "Brackenridge", "Heatherlea", "Stonebridge"),
}  # fmt: skip
PARKS = {
    "sv": ("Slottsskogen", "Rålambshovsparken", "Pildammsparken", "hundrastgården i Stadsparken", "brukshundklubbens plan", "Hagaparken", "Norra Djurgården", "Vasaparken", "Folkets park", "motionsspåret vid badet"),
    "en": ("Hampstead Heath", "Victoria Park", "Clapham Common", "the Meadows", "Central Park", "Roundhay Park", "Sefton Park", "the village green", "the rec", "the dog park by the river"),
}  # fmt: skip

SV = (
    # dog walkers and pet sitters: bookings, keys, feeding notes
    "Hej {G#1}! Kan du ta {PET#a} på promenad {DAY} och torsdag runt {TIME}? Nyckeln ligger hos {N#2:f} i porten bredvid, {ST}. Portkod {CODE}.[[ Ring mig på {PHM} om något händer.]] /{G#3}",
    "Nyckelkvittens\nJag, {P#1}, har idag {DATE} tagit emot två nycklar (bricka nr {NUM}) till {A} för att passa katten {PET}. Nycklarna lämnas tillbaka till {G#2} senast {DATE}.\nUnderskrift: {P#1}[[, tel. {PH}]]",
    "Matlapp till kattvakten\n{PET#a}: en halv påse våtfoder morgon och kväll, torrfoder fritt. {PET#b} får bara sitt njurfoder (i skafferiet)! Kattlådan töms varje dag. Om {PET#a} kräks mer än två gånger – ring {CLINIC}[[, journalen står på {P#1}]]. [[Grannen {P#2} mittemot har extranyckel. ]]Kram {G#1}",
    "Hej {G#1}, allt lugnt här på {ST}! {PET} har fått sin medicin kl {TIME} och ätit upp allt.[[ {G#2} (din granne) kom förbi och hälsade.]] Ring om du undrar något[[, {PHM}]]. /{Gi#3}",
    "Veckoschema promenader v. {NUM}\nMån: {PET} ({S}, {STN}) 08.00[[, {PET} ({P}) 12.00]]\nTis: {PET} + {PET} ({P}, kod {CODE}) 09.30\nOns: {PET} (nyckel hos {G}, {ST}) 12.00\nTors: som måndag\nFre: {PET} ({P}[[, {PHM}]])",
    "Hej det är {P#1}, hundvakten. Står utanför {ST} men ingen öppnar? Ring {PHM} så fort du kan, {PET} skäller där inne.",
    "Avtal om hundpassning\nHundägare: {P#1} ({PNR})\nHundvakt: {P#2} ({PNR})\nHund: {PET}, {DOG}\nPeriod: {DATE}–{DATE}\nPassningen sker hos hundvakten på {AN}.\nErsättning: {AMT}\nVid akut sjukdom får hundvakten kontakta {CLINIC}[[ och {P#3} ({PH})]].",
    "Hej {G#1}! Tusen tack för att du tittar till {PET} (hamstern) och fiskarna medan vi är i {TOWN}. Maten står på hyllan, en nypa per dag till fiskarna. Vi kommer hem {DAY}. Nås på {PHM} ({G#2})[[ eller {PHM} ({G#3})]]. /Familjen {S#2}",
    "Erfaren hundvakt i {TOWN} 🐾 Jag heter {P#1}, är {YRS} år och har haft hund i hela mitt liv. Jag tar emot hundar hemma i villa med inhägnad tomt på {AR}. [[Referenser finns ({P#2}, {PH}). ]]Ring eller sms:a {PHM}[[, mejl {E#1}]].",
    "Smådjurspassning i sommar! Jag heter {G#1}, 14 år, och passar kaniner, marsvin och hamstrar medan ni är bortresta. Jag bor på {ST} och kan ta djuren hem till oss. {AMTS}/dag. Sms:a mamma {P#2:f} på {PHM} för bokning.",
    "hej {g#1}! glöm inte att {pet} inte får kyckling, hon får utslag. [[veterinären heter {P#2} om du behöver ringa, {PH}. ]]koden till porten är {CODE}. kram {g#3}",
    "{G#1}: Swishade {AMTS} för veckans promenader med {PET#a} nu!\n{G#2}: Tack! Kommer {DAY} som vanligt. Vill du att jag tar med {PETs#a} nya sele från {SHOP}?\n{G#1}: Ja gärna, kvittot kan du mejla till {E#1}",
    "Swish-betalning mottagen\nFrån: {U#1}\nNummer: {PHM}\nBelopp: {AMT}\nMeddelande: hundvakt {PET} v{NUM}\nTill: {P#2}s Hundrastning",
    "{g#1}: hej! {pet#a} har ätit och verkar glad 🙂 {pet#b} gömmer sig under sängen som vanligt\n{g#2}: tack snälla!! hon brukar komma fram på kvällen\n{g#1}: jag lämnar nyckeln i brevlådan på {a} när jag går?\n{g#2}: nej ge den till {g#3} på andra våningen istället",
    "{G#1}: @{G#2} kan du ta {PET} på {STN} imorgon? jag är sjuk\n{G#2}: absolut, är det samma kod?\n{G#1}: ja {CODE}. och {Gs#3} hund {PET} ska också ut kl {TIME}, nyckeln ligger i lådan",
    "Brukare: {P#1}, {PNR}, {AN}\nNotering till hemtjänsten: katten {PET} ska ha mat två gånger per dag och vatten byts varje besök. [[Dottern {P#2:f} ({PH}) köper foder och sand. ]]Kontaktman: {G#3}",
    "Hundvakt sökes till vår {DOG} {PET} två dagar i veckan i {TOWN}. Hör av dig till {G} via meddelande här i gruppen!",
    "Lämnar nyckeln till {pets} hundvakt imorgon, hon heter {g:f} och bor på {a}. säg till om du vill träffa henne först",
    "hej {g}, {pet} har kräkts lite ikväll men verkar pigg. ska jag ringa djursjukhuset eller vänta till imorgon?",
    # boarding kennels and catteries
    "INCHECKNING – {KENNEL} hundpensionat\nAnkomst: {DATE} kl {TIME}   Hämtas: {DATE}\nHund: {PET}, {DOG}, {AGE}, chip {CHIP}\nÄgare: {U#1}\nPersonnummer: {PNR}\nAdress: {A}\nMobil: {PHM}[[   E-post: {E#1}]]\n[[Nödkontakt: {P#2}, {PH}\n]]Veterinär: {CLINIC}\nFoder: {NUM}0 g x 2. Vaccinerad {DATE}.\nBox: {NUM}",
    "Kattpensionatet {KENNEL} – incheckning {DATE}\nKatter: {PET} ({CAT}) och {PET} ({CAT})\nÄgare: {R#1}, {STL}, {PH}\n[[Kontakt vid sjukdom: {P#2:f} (syster), {PH}\n]][[Hämtas av: {P#3}\n]]Anteckning: den yngre äter medicin i leverpastej.",
    "Från: {P#1} <{E#1}>\nTill: {P#2} <{E#2}>\nÄmne: Bokning hundpensionat {DATE}–{DATE}\n\nHej {G#2}!\nTack för din bokning. {PET} är välkommen till oss {DAY} från kl {TIME}. Ta med foder, vaccinationsintyg och gärna en filt som luktar hemma. Adressen är {AR}, skylt vid vägen.\nHälsningar\n{G#1}\n{KENNEL} Hundpensionat[[\n{PH}]]",
    "Dagrapport {DATE}\nBox 1: {PET} ({S}) – åt allt, promenad två gånger\nBox 2: {PET} och {PET} ({S}) – lös mage, ringt matte {G:f} på {PHM}\nBox 3: {PET} ({P}) – utcheckning kl 16\nPersonal idag: {G}[[, {G}]] och {N}",
    "Hej!\nVi står i kö till ert hunddagis för vår {DOG} {PET} sedan {DATE}. Nu har vi flyttat till {A} och har nytt nummer: {PH}. Gamla adressen {ST} gäller inte längre.\nHälsningar {P#1}[[ och {P#2}]]",
    "AVTAL HUNDDAGIS\nHundägare 1: {P#1}, {PNR}\n[[Hundägare 2: {P#2}, {PNR}\n]]Adress: {AL}\nHund: {PET}, {DOG}, chip {CHIP}\nDagar: måndag–torsdag\nMånadsavgift: {AMT}\nKontaktperson på dagiset: {P#3}, {PH}",
    "Avbokning\nHej {KENNEL} kattpensionat! Vi måste tyvärr avboka {PETs} vistelse {DATE}–{DATE}, vår resa är inställd. Bokningen står på {P#1}. Handpenningen {AMTS} får gärna gå tillbaka till mitt konto. Mvh {G#1}[[, {PHM}]]",
    "Vi har hittat en katt i vårt förråd på {ST}. Grå med vit nos och blått halsband, verkar hungrig. Är det någons? /{P}",
    # grooming salons
    "Trimsalongen {DAY} {DATE}\n09.00 {PET} ({DOG}) – {P} – klipp + bad – {PH}\n10.30 {PET} ({DOG}) – {I} – kloklipp[[ – {PHM}]]\n12.00 LUNCH\n13.00 {PET} ({DOG}) – {Gi} – trimning, känslig vid öronen[[ – {PHM}]]\n14.30 {PET} – {S} – avfiltning[[\nFrisör idag: {G}]]",
    "Hej {G#1}! Välkommen med {PET} till {S#2}s Hundtrim {DAY} kl {TIME}. Adress: {ST}, ingång från gården. Avbokning senast dagen innan på {PH}. /{G#2}",
    "God jul önskar {G}[[ och {G}]] på {KENNEL} Hundtrim! Tack för i år till alla fyrbenta kunder – {PET}, {PET}, {PET}, {PET} och alla andra. Vi ses i januari, nya adressen är {STT}.",
    "Kundkort trimsalong\nHund: {PET}   Ras: {DOG}   Född: {DATE}\nÄgare: {F#1}\nTelefon: {PHM}\nE-post: {E#1}\nAnteckningar: klipps kort om somrarna. Nyp inte i svansen![[ Senast klippt av {G#2} {DATE}.]]",
    "Frisörtid bokad för {PET} hos {G} {DAY} kl {TIME}. Kom fem minuter innan och rasta gärna hunden först.",
    # pet shops: orders and loyalty cards
    "Beställning nr {ORDER} – {SHOP}\nKund: {P#1}\nLeveransadress: {AL}\nTelefon: {PHM}\n[[E-post: {E#1}\n]]2 st kattsand 14 l, 1 st hundfoder 12 kg (till {PET})\nAtt betala: {AMT}\nStammiskort: {CARD}",
    "Ansökan stammiskort – {SHOP}\nNamn: {P#1}\nAdress: {A}\nMobil: {PHM}\nE-post: {E#1}\nMina djur: {PET} (katt), {PET} ({DOG})\nJa, jag vill få erbjudanden via sms.",
    "Hej {G#1}! Din order {ORDER} från {SHOP#s} kan hämtas i butiken på {STT}. Ta med legitimation. [[Hämtar någon annan, till exempel {G#2}? Svara med namnet. ]]Mvh {SHOP#s}",
    "Säljes: hundbur stl L och två matskålar, {AMTS}. {PET} har vuxit ur buren. Hämtas på {A}. Ring {G} {PHM}.",
    "Påminnelse från {SHOP}: fodret till {PET} finns att hämta i kassan. Välkommen in, {G}!",
    # shelters: adoption applications and follow-ups
    "INTRESSEANMÄLAN – ADOPTION\nDjur: {PET} (katt, {AGE})\nNamn: {P#1}\nPersonnummer: {PNR}\nAdress: {A}\nTelefon: {PHM}\n[[E-post: {E#1}\n]]Boende: villa med trädgård. Hushåll: jag[[, {G#2}]] och barnen. Andra djur: kaninen {PET}.\nReferens: {P#3}, {PH}",
    "Hej {G#1}!\nNu har {PET} bott hos er i en månad och vi på {SHELTER#s} undrar hur det går. Vi kommer gärna på ett uppföljningsbesök på {ST} någon dag nästa vecka – passar {DAY} kl {TIME}? Svara till mig på {E#2}[[ eller ring {PH}]].\nVänliga hälsningar\n{P#2}\nAdoptionsansvarig, {SHELTER#s}",
    "Referenssamtal {DATE}, adoption av {PET}\nSökande: {P#1}\nReferens: {P#2} (granne)[[, nås på {PHM}]]\n{G#2} har känt {G#1} i tio år och har själv passat {Gs#1} förra hund. Inga invändningar.\nSamtalet gjort av: {Gi#3}",
    "ADOPTIONSAVTAL\n{SHELTER#s} överlåter katten {PET} (chip {CHIP}) till\nNamn: {U#1}\nPersonnummer: {PNR}\nAdress: {AL}\nTelefon: {PHM}\nAdoptionsavgift: {AMTS}\nKatten får inte säljas vidare. Vid omplacering kontaktas {SHELTER#s} ({EF}).\nUnderskrift: {P#1}[[   För föreningen: {P#2}]]",
    "Jourhemsavtal\n{SHELTER} och jourhemmet {P#1} ({PNR}), {A}, är överens om att {G#1} tar emot hunden {PET} från {DATE}. Foder och veterinärkostnader betalas av föreningen.[[ Kontakt i föreningen: {P#2}, {PHM}.]]",
    "Inskrivning hittedjur {REF}\nDatum: {DATE}\nArt: katt, hona, ca {AGE}\nHittad vid: {STT}\nInlämnad av: {P#1}, {PHM}\nChip: saknas\nPreliminärt namn: {PET}[[\nHandläggare: {G#2}]]",
    "Volontärschema katthemmet v. {NUM}\nMån fm: {P}[[, {P}]]\nTis fm: {Gi}\nOns em: {P} (ny!)\nTors: {N}\nFre: {P}[[, {I}]]\nAnsvarig: {P#1}[[, {PH}]]",
    "Kaninerna {PET} och {PET} har flyttat till {P#1} på {AR}. Kontrakt skrevs {DATE}. Uppföljning: {G#2} ringer {G#1} på {PHM} om två veckor.",
    "Tack {G} för att du hittade {PET} igår kväll! Hon sitter nu i soffan som om ingenting hänt.",
    # dog training classes
    "Valpkurs i {TOWN}, {DAY}ar kl {TIME}, instruktör {P#1}\n1. {R} – {PET} ({DOG})\n2. {R} – {PET} ({DOG})\n3. {R} – {PET} ({DOG})\n4. {R}[[ och {G}]] – {PET} ({DOG})[[\n5. {RU} – {PET} ({DOG})]]\nFrånvaro anmäls till {G#1} på {PHM}.",
    "Från: {P#1} <{E#1}>\nÄmne: Allmänlydnad steg 2 – info\n\nHej alla!\nVi ses {DAY} {DATE} kl {TIME} på {PARK}. Ta med godis, koppel och bajspåsar.[[ {G#2} och {PET} kan inte komma, så vi blir sju ekipage.]] Betala {AMTS} till bankgiro {BG} och märk med hundens namn.\nHälsningar {G#1}, instruktör[[\n{PHM}]]",
    "Kvitto {REF}\nKurs: Nosework nybörjare\nDeltagare: {P} med {PET}\nBetalt: {AMT} {DATE}\nKassör: {I}",
    "Deltagarlista Rallylydnad {MONTH}\n{RU} – {PET}\n{R} – {PET}[[\n{R} – {PET} och {PET}]][[\n{R} – {PET}]]\nTränare: {P}[[, {PH}]]",
    "Anteckningar hembesök {DATE}\nKlient: {P#1}, {A}\nHund: {PET#a}, {DOG}, {AGE}\n[[Närvarande: {G#1}, {G#2} ({Gs#1} sambo) och {PET#a}.\n]]Problem: resursförsvar mot sonen {G#3:m} när han går nära matskålen.\nUppföljning via {E#1}.[[ /hundinstruktör {I#4}]]",
    "{P} (hundinstruktör): Kom ihåg att inte släppa hundarna i {PARK} – det är koppeltvång till 20 augusti!",
    # lost and found, neighbourhood groups
    "KATT SAKNAS!\n{PET} har inte kommit hem sedan {DAY} kväll. Grå tigrerad hane med vit haklapp, {AGE}, kastrerad och chipmärkt. Försvann kring {STN}. Har du sett honom? Ring {G#1} på {PHM}[[ eller {G#2} på {PHM}]]. Hittelön!",
    "Hittad hund! Liten svart tik utan halsband sprang lös vid {ST} nyss. {P#1} har fått tag på henne och hon sitter i vår trädgård. Känner någon igen? Skriv här eller ring {PHM}.[[\n\nKommentar från {P#2}: Det ser ut som {Gs#3:f} {PET}! {G#3} bor på {STN}, jag taggar henne. @{P#3}]]",
    "{P#1}: Har någon sett en rödvit katt kring {STN}? Han heter {PET} och är inte van att vara ute 😅\n{P#2}: @{G#1} jag såg en sån vid återvinningen på {STN} i morse!\n{P#1}: Tack {G#2}!! springer dit",
    "TILL GRANNARNA I TRAPPUPPGÅNG B\nVår katt {PET} har smitit ut, hon är svart med ett vitt öra och mycket skygg. Ser ni henne i källaren eller på gården – ring {P#1}, {STL}, {PHM}. Tack! /{G#1}[[ och {G#2}]]",
    "Katt bortsprungen från {AR}! Har någon i byn sett {PET}? Hon brukar gå ner mot sjön. {P#1}, {PH}",
    "[{TIME}] {g#1}: är det någon som vet vems hund som skäller på {a} varje dag?\n[{TIME}] {g#2}: det är {gs#3:m} {pet} tror jag, han jobbar natt\n[{TIME}] {g#1}: ok, ska jag prata med honom?\n[{TIME}] {n#4}: {g#3} är jättetrevlig, ring honom {PHM}",
    "Hittad katt – {TOWN}\nHittades {DATE} vid {ST}. Ljusgrå, mycket kelig, ingen chip. Finns just nu hos {P#1}. Kontakt: {E#1} eller {PHM}.",
    "Städdag i hundrastgården vid {STN} {DAY} {DATE}! Vi bjuder på korv. Frågor till {P} ({PHM})[[ eller {P#8} ({E#8})]].",
    "Promenadgruppen ses {DAY} kl {TIME} vid slutet av {STN}. Anmäl dig till {G} i tråden. Senast kom {G}[[, {G}]] och {N} med {PET}, {PET} och {PET}.",
    "Händelse {DATE} kl {TIME} vid {ST}: en lös hund ({DOG}, kallad {PET}) bet {Ps#1} hund {PET} i benet. Hundens ägare sa att han heter {P#2:m} och bor på {STN}.[[ Vittne: {P#3}, {PHM}.]]",
    "Till styrelsen i Brf Ekorren\nJag bor på {STL} och vill anmäla att hunden {PET} i lägenheten ovanför skäller hela dagarna när ägarna är borta. Jag har pratat med {P#2} flera gånger utan resultat.\n/{P#1}, tel {PH}",
    "Angående klagomål på hundskall, {ST}\nTill: {P#1}, {A}\nMiljöförvaltningen har fått in klagomål på att er hund {PET} skäller nattetid. Vi ber er kontakta handläggare {P#2}, {PH}[[, {E#2}]], senast {DATE}.",
    "Idag fick vi säga hejdå till vår {PET}, 14 år. Tack {P#1} och alla på {CLINIC} för omtanken. /{G#2}[[, {G#3}]] och barnen",
    "Välkomna på {PETs} 5-årskalas i hundrastgården {DAY}! Husse {G#1:m} bjuder på kaffe och {PET#b} bjuder på korv. OSA till matte {G#2:f}, {PHM}",
    "Vem äger den lösa hunden vid {STN}? Den har sprungit runt i en halvtimme, ser ut som en {DOG}. /{P}",
    "{PET} och jag har flyttat till {A}! Kom gärna förbi på en promenad. /{G}",
    "Ansökan om nyckel till hundrastgården\nNamn: {P}\nPersonnummer: {PNR}\nAdress: {A}\nHund: {PET} ({DOG})\nNyckeldeposition {AMTS} betald {DATE}.",
    "Kvittens: försäkringen för {PET} ({DOG}) är tecknad på {P}, {PNR}, från och med {DATE}. Premie {AMTS} per månad.",
    "Hundregistret – registreringsbevis\nÄgare: {SU#1}, {G#1}, {PNR}\nHund: {PET}, ID-nummer {CHIP}\nRegistrerad: {DATE}",
    # breeders and the dog register
    "Anmälan om ägarbyte – hundregistret\nHundens ID-nummer: {CHIP}\nHundens namn: {PET}\nTidigare ägare: {P#1}, personnummer {PNR}\nNy ägare: {P#2}, personnummer {PNR}\nNy ägares adress: {AL}\nTelefon: {PHM}\nDatum för ägarbytet: {DATE}",
    "KÖPEAVTAL VALP\nSäljare/uppfödare: {P#1}, kennel {KENNEL}, {AR}, tel {PH}\nKöpare: {P#2}, {PNR}, {AN}, tel {PHM}\nValp: {DOG}, tik, född {DATE}, reg.nr {SKK}, tilltalsnamn {PET}\nPris: {AMT}, varav handpenning {AMTS} betald.\nOrt och datum: {TOWN} {DATE}",
    "Kullen född {DATE} – kennel {KENNEL}\nValp 1, hane, ”{PET}” → {P}, {TOWN}\nValp 2, tik, ”{PET}” → {P}[[ ({PHM})]]\nValp 3, tik, ”{PET}” → stannar hemma\nValp 4, hane, ”{PET}” → {I}, {A}\nMamma: {PET}, pappa: {PET}[[ (ägare {P})]]",
    "Hej {G#1}!\nHär kommer stamtavlan för {PET} ({SKK}). Skicka gärna en bild när han har landat hemma hos er!\nMvh\n{P#2}\nKennel {KENNEL}\n{ARL}\n{PH}\n{E#2}",
    "Anmälan utställning {TOWN} {DATE}\nReg.nr: {SKK}   Namn: {KENNEL} {PET}\nRas: {DOG}   Klass: junior\nÄgare: {P#1}, {A}\n[[Uppfödare: {P#2}\n]]E-post: {E#1}   Tel: {PHM}",
    "Pass för sällskapsdjur\nÄgare\nEfternamn: {SU#1}\nFörnamn: {GU#1}\nAdress: {AL}\nTelefon: {PHM}\nDjur: {PET}, {DOG}, transponder {CHIP}\nUtfärdat av: {P#2}, {CLINIC}",
    "Bokningsbekräftelse djurtaxi\nUpphämtning: {AN} kl {TIME}\nLämning: {CLINIC}\nDjur: {PET} ({DOG}, {KG})\nBeställare: {P#1}, {PHM}\n[[Förare: {G#2}\n]]Pris: {AMT}, Swish {SWISH}",
    "Transport av adoptionshundar från Rumänien {DATE}\n{PET} – adoptant {P#1}, hämtas i {TOWN}, tel {PHM}\n{PET} – adoptant {P#2}, hämtas i {TOWN}[[, tel {PHM}]]\nHärbärget i Rumänien: {ARO}, {PHRO}\nChaufför: {G#3}",
    # vets and insurance
    "SKADEANMÄLAN – {INSURER}\nFörsäkringsnummer: {POLICY}\nFörsäkringstagare: {P#1}, {PNR}\nAdress: {A}\nTelefon: {PHM}\nDjurets namn: {PET}   Ras: {DOG}   Chipnr: {CHIP}\nBehandlande veterinär: {P#2}, {CLINIC}\nBesöksdatum: {DATE}\nOrsak: haltar på höger bak, röntgen gjord.\nBelopp: {AMT}\nUtbetalning till konto i namn: {P#1}",
    "{P#1}\n{AL}\n\nBeslut i skadeärende {CLAIM}\nHej {G#1},\nvi har gått igenom fakturan från {CLINIC} för {PETs} behandling {DATE}. Vi ersätter {AMT} efter avdrag för självrisk. Pengarna betalas ut inom fem bankdagar.\nHar du frågor? Ring oss på {PH}.\nMed vänlig hälsning\n{P#2}, skadereglerare, {INSURER}",
    "{U#1}\n{AL}\n\nDin försäkring för {PET}\nFörsäkringsnummer {POLICY}\nFrån och med {DATE} blir premien {AMTS} per månad. Vill du ändra självrisken, ring kundservice på {PH} eller skriv till {EF}.\n{INSURER}",
    "Hej!\nBifogar kvitton för {PETs} operation på {CLINIC} {DATE}. Skadenummer {CLAIM}. Mina uppgifter: {P#1}, {PNR}, {A}.\nMvh {G#1}",
    "Påminnelse: {PET} har tid för vaccination hos {CLINIC} {DAY} {DATE} kl {TIME}.[[ Veterinär {S#1} tar emot.]] Avboka senast ett dygn innan på {PH}.",
    "Remiss\nTill: {CLINIC}, kirurgen\nFrån: leg. veterinär {P#1}, {CLINIC#b}[[, {PH}]]\nPatient: {PET}, {CAT}, {AGE}, {KGC}\nÄgare: {P#2}, {AN}, {PHM}\nFrågeställning: resistens i buken, ultraljud önskas.",
    "FAKTURA {INV}\n{CLINIC}\nOrg.nr {ORGNR}\nDjurägare: {P#1}\n{AL}\nPatient: {PET}\nBehandlande veterinär: {P#2}\nAtt betala: {AMT}\nBankgiro {BG}   OCR {OCR}",
    "Journal {PET} ({CAT}), ägare {R#1}\n{DATE}: Allmän undersökning. Vikt {KGC}. Tandsten grad 2, tandrengöring bokad. Ägaren nås på {PHM}. /{I#2}",
    "Beställning – individuell kremering\nDjurets namn: {PET}   Art: katt   Vikt: {KGC}\nÄgare: {P#1}\nAdress: {A}\nTelefon: {PHM}\n[[Urnan hämtas av: {P#2}\n]]Klinik: {CLINIC}, ansvarig veterinär {S#3}",
    "Adressändring\nKund: {P#1}, kundnummer {REF}\nFlyttar från {A} till\n{AL}\nfrån {DATE}. Försäkringen för {PET} och {PET} följer med.",
    "FAKTURA {INV}\n{S#1}s Hundpromenader\nOrg.nr {ORGNR} · Bankgiro {BG}\nKund: {P#2}\n{AL}\nAvser: promenader med {PET}, {NUM} tillfällen i {MONTH}\nAtt betala: {AMT}\nOCR: {OCR}\nFrågor? {G#1}, {PHM}[[, {E#1}]]",
    "Hej {G#1}! {PET} och {PET} är klara att hämtas från {CLINIC}, de har vaknat fint efter kastreringen. Ring {P#2} på avdelningen, {PH}, innan du kommer.",
    "Vaccinationsintyg\nDjurägare: {S#1}, {G#1}\nAdress: {BOX}\nDjur: {PET}, {DOG}, chip {CHIP}\nVaccinerad mot valpsjuka, parvo, HCC {DATE}. Nästa: {DATE}.\n{CLINIC}, leg. vet. {Gi#2}",
)

EN = (
    # dog walkers and pet sitters
    "Hi {G#1}! Could you do {PET'} midday walk on {DAYEN} and Thursday next week? The spare key is with {N#3} next door, key safe code {CODE}. Cheers, {G#2}[[ ({PHEN})]]",
    "House notes for {G#1}\nAddress: {AUL}\nWi-Fi is on the router.\n{PET} (cat) – half a pouch morning and night, biscuits in the blue tub.\nVet: {CLINICEN}[[, Dr {S#2}]], {PHUK}\n[[Emergency contact: my sister {P#3:f}, {PHUK}\n]]Back on {DAYEN} around {TIME}. Thanks!! {G#4}",
    "hey {g#1} just dropped {pet} back, she did her business twice and had a roll in something awful 🙈 gave her a rinse with the hose. key's back under the pot. {g#2}",
    "Dog walking – week of {DATEEN}\nMon: {PET} ({S}, {AU}) 8am[[, {PET} ({P}) noon]]\nTue: {PET} + {PET} ({P}, code {CODE})\nWed: {PET} (key with {G})\nThu: as Monday\nFri: {PET} ({P}[[, {PHUK}]])",
    "INVOICE {INV}\n{P#1} Dog Walking\n{AU}\nBill to: {P#2}\nWalks for {PET}, {NUM} x 1 hr in {MONTHEN}\nTotal due: {GBP}\nBank details on the back.\nQuestions: {PHUK}[[ or {E#1}]]",
    "Pet sitter wanted in {TOWNEN}: two cats ({PET} and {PET}) for ten days from {DATEEN}. You'd stay at ours, {AU}. Contact {F#1} on {PHUK}[[ or {E#1}]].[[ References please – our last sitter was {P#2}.]]",
    "Review ★★★★★ – {G#1} looked after {PET#a} for a week and sent photos every day. {PET#a} didn't want to come home! Would book {G#1} again. – {Gi#2}, {TOWNEN}",
    "Thanks so much {G} for walking {PET} while I was laid up – she's been pining for you all week!",
    # boarding kennels and catteries
    "CHECK-IN FORM – {KENNELEN} Cattery\nOwner: {P#1}\nAddress: {AU}\nMobile: {PHUK}\n[[Email: {E#1}\n]]Cat(s): {PET} ({CATEN}), {PET} ({CATEN})\nVet: {CLINICEN}\n[[Emergency contact: {P#2}, {PHUK}\n]]Arriving {DATEEN}, collecting {DATEEN}. Pen {NUM}.",
    "BOARDING AGREEMENT\n{KENNELEN} Kennels, {AUL}\nOwner: {RU#1}\nHome address: {AU}\nTel: {PHUK}\nDog: {PET}, {DOGEN}, {AGEEN}, microchip {CHIP}\nI authorise the kennel to seek veterinary treatment if needed.\nSigned: {P#1}   Date: {DATEEN}",
    "From: {P#1} <{E#1}>\nTo: {P#2} <{E#2}>\nSubject: {PET'#a} stay, {DATEEN}–{DATEEN}\n\nHi {G#2},\nJust confirming {PET'#a} booking. Drop-off is from {TIME} on {DAYEN}; please bring her food and vaccination card. We're at {AU} – the gate code is {CODE}.\nBest,\n{G#1}\n{KENNELEN} Boarding[[\n{PHUK}]]",
    "Daily log {DATEEN}\nRun 1: {PET} ({S}) – ate well, two walks\nRun 2: {PET} & {PET} ({S}) – loose stools, phoned owner {G} on {PHEN}\nRun 3: {PET} ({P}) – going home at 4pm\nStaff on: {G}[[, {G}]], {N}",
    "Hi, I need to cancel {PET'} booking for {DATEEN}. It's under {P#1}. Could the deposit ({GBPS}) be refunded to the card? Thanks, {G#1}[[ – {PHUK}]]",
    "Doggy daycare waitlist\n1. {R} – {PET} ({DOGEN}) – {PHEN}\n2. {R#8} – {PET}[[ – {E#8}]]\n3. {RU} – {PET} ({DOGEN})[[\n4. {R} – {PET} & {PET} – {PHEN}]]\nCall list from the top when a place opens. – {G}",
    # grooming
    "Grooming book – {DAYEN} {DATEEN}\n9:00 {PET} ({DOGEN}) – {P} – full groom – {PHUK}\n10:30 {PET} ({DOGEN}) – {I} – nails only\n12:00 lunch\n1:00 {PET} – {Gi} – bath & tidy, nervous of dryers[[ – {PHUK}]]\n2:30 {PET} ({DOGEN}) – {S}[[\nGroomer: {G}]]",
    "Hi {G#1}, this is {G#2} at {S#3}'s Grooming Parlour. {PET} is all done and looking gorgeous! You can pick him up any time before 5 from {AU}. Any problems call {PHUK}.",
    "Client card\nDog: {PET}   Breed: {DOGEN}\nOwner: {F#1}\nPhone: {PHEN}\nEmail: {E#1}\nNotes: hates the clippers near his feet.[[ Last groomed by {G#2} on {DATEEN}.]]",
    # pet shops
    "Order confirmation {ORDER} – {SHOPEN}\nHi {G#1},\nthanks for your order! 2 x cat litter 10L, 1 x grain-free kibble 12kg.\nDelivery to: {P#1}, {AUL}\nPhone: {PHEN}\nTotal: {GBP}\nLoyalty card {CARD}: you earned {NUM}0 points.",
    "Loyalty card sign-up – {SHOPEN}\nName: {P#1}\nAddress: {AUS}\nPhone: {PHUS}\nEmail: {E#1}\nPets: {PET} (dog), {PET} (cat), {PET} ({SMALLEN})",
    "Your order {ORDER} from {SHOPEN} is ready for curbside pickup at {AUS}. Pickup name: {P#1}. Text {PHUS} when you arrive.",
    # shelters
    "ADOPTION APPLICATION – {SHELTEREN}\nAnimal: {PET} (ref {REF})\nApplicant: {P#1}\nAddress: {AUL}\nPhone: {PHUK}[[   Email: {E#1}]]\nHousehold: me, my partner {G#2} and two children (8 and 11)\nOther pets: {PET}, a {CATEN}\nLandlord's permission: yes – {P#3}[[, {PHUK}]]\n[[Reference: {P#4}]]",
    "Home check report, {DATEEN}\nApplicant: {P#1}, {AU}\nGarden fully fenced, 6 ft. {G#1} works from home[[ and {G#2} part time]]. Resident cat {PET} is calm around dogs. Recommend approval for {PET}.\nVisited by {I#3}",
    "Dear {G#1},\nIt's been six weeks since {PET} went home with you, and we'd love an update! Please send a photo to {E#2}[[ or give me a ring on {PHUK}]].\nWarm wishes,\n{P#2}\nRehoming Coordinator, {SHELTEREN}",
    "ADOPTION APPLICATION\nName: {P#1:f}\nAddress: {AUSL}\nCell: {PHUS}\nEmail: {E#1}\nDo you rent? Yes. Landlord: {P#2}[[, {PHUS}]]\nVet reference: {CLINICEN}, Dr. {S#3}\nWhich animal? {PET}, the {DOGEN} mix\nWho else lives with you? My husband {G#4:m} and our dog {PET}.",
    "Foster agreement – {SHELTEREN}\nFoster carer: {P#1}, {AU}, {PHUK}\nAnimal: {PET}, {CATEN}, chip {CHIP}\nStart date: {DATEEN}\nThe rescue pays all vet bills. Your contact is {P#2} ({E#2}).",
    "Volunteer rota – {SHELTEREN}, week {NUM}\nMon am: {P}[[, {P}]]\nTue am: {Gi}\nWed pm: {P} (new!)\nThu: {N}\nFri: {P}[[, {I}]]\nShift lead: {P#1}[[, {PHUK}]]",
    "Reference call, {DATEEN} – adoption of {PET}\nApplicant: {P#1}\nReferee: {P#2} (neighbour)[[, {PHEN}]]\n{G#2} has known {G#1} for ten years and looked after {G'#1} old dog {PET}. No concerns.\nCall made by {Gi#3}",
    "Quick one for the rescue group: {PET} has gone to her forever home with {G} today! 🎉",
    # training classes
    "Puppy class – {DAYEN}s, {TIME}, {TOWNEN} village hall\nTrainer: {P#1}\n1. {R} – {PET} ({DOGEN})\n2. {R} – {PET} ({DOGEN})\n3. {R}[[ & {G}]] – {PET} ({DOGEN})\n4. {RU} – {PET}[[\n5. {R} – {PET} ({DOGEN})]]\nCan't make it? Text {G#1} on {PHUK}.",
    "From: {P#1} <{E#1}>\nSubject: Week 3 – recall practice\n\nHi all,\nWe're meeting at {PARKEN} this {DAYEN} at {TIME}. Bring high-value treats and a long line.[[ {G#2} and {PET} are off this week, so it's a small group.]] Fees ({GBPS}) to me by bank transfer, reference your dog's name.\nThanks, {G#1}",
    "Behaviour consult notes {DATEEN}\nClient: {P#1}, {AU}\nDog: {PET#a}, {DOGEN}, {AGEEN}\n[[Present: {G#1}, {G#2} ({G'#1} partner) and {PET#a}\n]]Issue: guarding food bowl from their son {G#3:m}.\nFollow-up by email {E#1}.[[ – {I#4}, behaviourist]]",
    "Receipt {REF}\nCourse: Scentwork beginners\nHandler: {P} with {PET}\nPaid: {GBPS} on {DATEEN}\nTreasurer: {I}",
    # lost and found, neighbourhood chats
    "LOST DOG\n{PET} – small brown terrier, very friendly, wearing a red collar. Last seen near {UKST} on {DAYEN} evening. Please call {G#1} on {PHUK}[[ or {G#2} on {PHUK}]]. REWARD!",
    "FOUND CAT – {TOWNEN}\nFound {DATEEN} on {UKST}. Grey and white, very vocal, no chip. Currently staying with {P#1}. Contact {E#1} or {PHUK}.",
    "{P#1} (Nextdoor): Has anyone lost a black Lab? He's been sitting outside {AU} for an hour, no tag. I've given him water.[[\nReply from {P#2}: That looks like {G'#3:f} {PET}! {G#3} lives on {UKST}, I'll message her. @{P#3}]]",
    "[{TIME}] {g#1}: whose dog is barking on {au} every morning?\n[{TIME}] {g#2}: pretty sure it's {g'#3:f} {pet}, she works early shifts\n[{TIME}] {g#1}: should i say something?\n[{TIME}] {n#4}: {g#3} is lovely, just knock. or call her {PHUK}",
    'LOST PARROT!! African grey named {PET}, says "hello" and whistles. Flew off from {AUS} on {DAYEN}. If you see him please call {P#1} at {PHUS}[[ or email {E#1}]].',
    "Today we said goodbye to our {PET}, 14 years old. Thank you {P#1} and everyone at {CLINICEN} for your kindness. – {G#2}[[, {G#3}]] and the kids",
    "Dog bite incident report\nDate/time: {DATEEN}, {TIME}\nLocation: outside {AU}\nVictim's dog: {PET}, owner {P#1}, {PHUK}\nOther dog: large grey lurcher called {PET}, owner gave name as {P#2}, lives on {UKST}[[\nWitness: {P#3}, {PHUK}]]",
    "Notice under the Dog Control Orders\nTo: {P#1}, {AU}\nThe council has received reports of dog fouling outside your property. Please contact the enforcement officer, {P#2}, on {PHUK}[[ or {E#2}]] by {DATEEN}.",
    "Anyone know who owns the husky that keeps escaping near {UKST}? Third time this week. – {P}",
    "we've moved! {pet} and i are now at {au} if anyone wants a walk buddy. {g}",
    # breeders, registries, travel
    "Change of keeper – microchip database\nChip number: {CHIP}\nAnimal: {PET}, {DOGEN}\nPrevious keeper: {P#1}, {AU}\nNew keeper: {P#2}\nNew address: {AUL}\nNew phone: {PHUK}\nDate: {DATEEN}",
    "PUPPY CONTRACT\nBreeder: {P#1}, {KENNELEN} ({AU}), {PHUK}\nBuyer: {P#2}, {AU}[[, {PHUK}]]\nPuppy: {DOGEN} bitch, born {DATEEN}, KC reg. {SKK}, pet name {PET}\nPrice: {GBP}, deposit {GBPS} paid.",
    "Pet taxi booking\nPick-up: {AU} at {TIME}\nDrop-off: {CLINICEN}\nPassenger: {PET} ({DOGEN}, {KG})\nBooked by: {P#1}, {PHUK}\n[[Driver: {G#2}\n]]Fare: {GBPS}",
    "Dear {G#1},\nPlease find {PET'} pedigree ({SKK}) attached. Do send us a picture when he's settled in!\nKind regards,\n{P#2}\n{KENNELEN} Kennels\n{AUL}\n{PHUK}[[\n{E#2}]]",
    # vets and insurance
    "CLAIM FORM – {INSUREREN}\nPolicy number: {POLICY}\nPolicyholder: {P#1}\nAddress: {AU}\nPhone: {PHUK}\nPet's name: {PET}   Breed: {DOGEN}\nTreating vet: {P#2}, {CLINICEN}\nDate of first treatment: {DATEEN}\nCondition: cruciate ligament, left hind\nAmount claimed: {GBP}",
    "{P#1:f}\n{AUL}\n\nYour claim {CLAIM}\nDear Ms {S#1},\nWe have reviewed the invoice from {CLINICEN} for {PET'} treatment on {DATEEN}. We will pay {GBP} after your excess. If you have any questions please call us on {PHUK}.\nYours sincerely,\n{P#2}\nClaims Handler, {INSUREREN}",
    "Reminder: {PET} is due a booster at {CLINICEN} on {DAYEN} {DATEEN} at {TIME}[[ with Dr {S#1}]]. To rearrange call {PHEN}.",
    "Pet insurance claim\nInsured: {P#1}\nMailing address: {AUS}\nPhone: {PHUS}\nPet: {PET}, {CATEN}, {AGEEN}\nVet: Dr. {P#2}, {CLINICEN}\nInvoice total: {USD}\nReimburse by direct deposit.",
    "Referral\nTo: {CLINICEN}, orthopaedics\nFrom: {P#1} MRCVS, {CLINICEN#b}[[, {PHUK}]]\nPatient: {PET}, {DOGEN}, {AGEEN}, {KG}\nOwner: {P#2}, {AU}, {PHUK}\nQuestion: lameness left fore, please assess elbow.",
    "INVOICE {INV} – {CLINICEN}\nClient: {P#1}\n{AUL}\nPatient: {PET}\nVet: {P#2}\nConsultation, bloods, meloxicam 1.5mg/ml\nTotal: {GBP}",
    "Dog license renewal – County Animal Services\nOwner: {P#1}\nAddress: {AUS}\nPhone: {PHUS}\nDog: {PET}, {DOGEN}, spayed, rabies tag {REF}\nFee: {USDS}",
    "Pet passport (EU/GB)\nOwner: {SU#1}, {GU#1}\nAddress: {AU}\nTel: {PHUK}\nAnimal: {PET}, {DOGEN}, transponder {CHIP}\nIssued by {P#2}, {CLINICEN}",
    "Dear {G#1},\nThank you for letting us know. {PET'} cremation will be individual and his ashes will be ready for collection from {CLINICEN} on {DATEEN}; {G#2} can collect on your behalf.[[ If you need anything, call {P#3} on {PHUK}.]]",
)

MIXED = (
    "{G#1}: kan du ta {PET} kl {TIME}? the owner {P#2} is running late, hon ringer från {PHM}\n{G#3}: sure, jag har en lucka efter lunch\n{G#1}: tack! notes: no clipper near the paws",
    "Hi {G#1}! Vi åker till London {DATE}–{DATE}, could you look after {PET}? Address: {A}. Nyckeln finns hos {P#2}[[ ({PHM})]]. Food is in the pantry, en burk per dag. Thanks so much! /{G#3}",
    "Subject: Adoption of {PET#a} – follow-up\nHej {G#1}! Just checking in – how is {PET#a} settling in på {ST}?[[ Our volunteer {P#2} could pop by on {DAY}.]] Reply to {EF} or call {PH}.\nBest, {SHELTER}",
    "Claim {CLAIM} – {INSURER}\nPolicyholder: {P#1} ({PNR})\nAddress: {AL}\nPet: {PET}, {DOG}\nTreating vet: Dr {S#2}, {CLINIC}\nAmount: {AMT}\nStatus: approved, utbetalning inom 5 bankdagar.",
    "Booking request – {KENNEL} hundpensionat\nName: {P#1}\nPhone: {PHUK}\nEmail: {E#1}\nDog: {PET#a} ({DOG})\nDates: {DATE}–{DATE}\nMessage: Hi! We just moved to Sweden from Edinburgh and live at {A}. Does {PET#a} need any extra vaccinations? Tack!",
    "Valpkurs / Puppy class – {DAY}ar {TIME}\nInstructor: {P#1}\n1. {R} – {PET} ({DOG})\n2. {R} – {PET} ({DOG})\n3. {R} – {PET}[[\n4. {RU} – {PET} ({DOG})]]\nQuestions? Ring/text {G#1}[[ {PHM}]]",
    "Stockholm Expats 🐾\n{P#1}: Lost cat near {STN}! Orange tabby, heter {PET}, very shy. Please DM me or call {PHM}.\n{P#2}: @{G#1} jag tror jag såg honom vid {ST} i morse!\n{P#1}: omg tack {G#2}, heading there now",
    "Import of dog from UK – Jordbruksverket checklist\nOwner: {P#1}, {AN}, {PHM}\nPrevious address: {AU}\nDog: {PET}, {DOGEN}, chip {CHIP}\nRabies vaccination: {DATE}\nTapeworm treatment by Dr {S#2}, {CLINICEN}",
    "Journal note (shared with referral clinic)\nPatient: {PET}, {CAT}, {KGC}\nOwner: {R#1}, {PHM}\nAssessment: suspected hyperthyroidism, T4 sent. Ägaren informerad av {I#2}.[[ Follow-up with Dr {S#3} om två veckor.]]",
    "PO {ORDER} – {SHOP#s}\nSupplier: {SHOPEN} wholesale, {AU}\nContact: {P#1}, {PHUK}\nDeliver to: {SHOP#s}, {BOX}\n[[Attn: {P#2} (inköp)\n]]20 x kattsand 14 l, 12 x grain-free kibble 10 kg",
    "{g#1}: morning! {pet} var jätteduktig på promenaden 🐶\n{g#2}: yay! did he eat his breakfast?\n{g#1}: ja allt. btw {g#3:f} from next door asked om du kan ringa henne\n{g#2}: sure, har du hennes nummer?\n{g#1}: {PHM}",
    "From: {P#1} <{E#1}>\nTo: {P#2} <{E#2}>\nSubject: Re: cat sitting i sommar\n\nHi {G#2}!\nJa, {PET} och {PET} would love to have you again. We're away {DATE}–{DATE}. Same address as last year, {STL}. I'll leave the keys with {N#3}.\nKram, {G#1}",
    "Grooming schedule – {DAY}\n09:00 {PET} ({DOG}) – {P} – full groom\n10:30 {PET} – {I} – nails + bad\n13:00 {PET} ({DOGEN}) – {Gi} – puppy intro, owner speaks English\n14:30 {PET} – {S} – deshedding[[\nStaff: {G}, {G}]]",
    "Hej! I'm {P#1}, a certified dog walker in {TOWN}. Jag går med max fyra hundar åt gången, {AMTS} per promenad.[[ References: {P#2} ({PHM}) and {P#3}.]] Ring {PHM} or mejla {E#1}!",
    "Adoption application – {SHELTER}\nName / Namn: {P#1}\nPersonnummer: {PNR}\nAddress / Adress: {AL}\nPhone: {PHM}\n[[Email: {E#1}\n]]Other pets: {PET} (katt)\nWhy {PET}? We fell in love with his photo! Referens: {P#2}[[, {PH}]]",
    "Hi {G#1}, {PET} är klar att hämtas! The surgery went fine. Please call {P#2} at the ward, {PH}, before you come. /{CLINIC}",
    "Key handover / Nyckelkvittens\nI, {P#1}, received keys (tag {NUM}) to {A} on {DATE} to look after {PET}. Return to {G#2} by {DATE}.\nSigned: {P#1}[[, {PHX}]]",
    "Dog walkers' WhatsApp 🐕\n{G#1}: can anyone cover {PET} on {STN} tomorrow? jag är sjuk\n{G#2}: @{G#1} I can! samma kod?\n{G#1}: yes {CODE}. Also {Gs#3} dog {PET} needs a walk at {TIME}, nyckel i lådan",
    "INVOICE {INV}\n{S#1} Pet Care AB\nOrg.nr {ORGNR}\nCustomer: {P#2}\n{AL}\nDog walks for {PET} in {MONTH}: {NUM} x 45 min\nTotal: {AMT}\nBankgiro {BG}, OCR {OCR}\nContact: {G#1}[[, {E#1}]]",
    "Boarding agreement (English version)\nOwner: {P#1}, {PNR}\nAddress: {A}\nPhone: {PHM}\nDog: {PET#a}, {DOG}\n[[Emergency contact: {P#2}, {PHX}\n]]The kennel may contact {CLINIC} if {PET#a} becomes ill.",
    "Team chat – {SHELTER}\n{G#1}: new intake today, a {DOG} called {PET}. Found på {ST} by {P#2}\n{G#3}: chip?\n{G#1}: nej, no chip. Finder's number is {PHM} if anyone needs it",
    "Hej {G#1}!\nThanks for signing up to Rallylydnad nivå 1. Vi ses {DAY} {DATE} at {PARK}. Please pay {AMTS} via Swish to {SWISH} and write {PETs} name in the message.\nBest, {P#2}[[, {PH}]]",
    "Lost dog / Bortsprungen hund!\n{PET}, small white terrier, red harness. Last seen near {ST} on {DAY}. Please call {G#1} {PHM}[[ or {G#2} {PHUK} (UK number)]]. Reward / hittelön!",
    "Hi {G#1}! Your order {ORDER} från {SHOP#s} is ready for pickup at {STT}. Bring ID.[[ If {G#2} picks it up instead, reply with the name.]] /{SHOP#s}",
    "Pet passport details for the trip to Norway:\nOwner: {SU#1}, {GU#1}\nAddress: {AL}\nPhone: {PHM}\nDog: {PET}, {DOG}, chip {CHIP}\nIssued by: {P#2}, {CLINIC}",
    "Client notes – behaviour consult\nClient: {P#1}, {A}\nDog: {PET#a}, {DOG}, {AGE}\n[[Present: {G#1}, {G#2} ({Gs#1} partner) and {PET#a}\n]]Issue: resursförsvar, guards the food bowl from {G#3} (8 yrs).\nFollow-up via {E#1}. /{I#4}",
    "Daily log {DATE}\nBox 1: {PET} ({S}) – ate everything, två promenader\nBox 2: {PET} & {PET} ({S}) – lös mage, called owner {G} on {PHX}\nBox 3: {PET} ({P}) – check-out 16:00[[\nOn shift: {G}, {N}]]",
    "Review ⭐⭐⭐⭐⭐ {G#1} tog hand om {PET} i en vecka and sent photos every day. Highly recommended! /{Gi#2}, {TOWN}",
    "Insurance letter (translated)\nTo: {U#1}\n{AL}\nRe: {PET}, policy {POLICY}\nFrom {DATE} your premium will be {AMTS} per month. Questions? Call kundservice {PH} or email {EF}.\n{INSURER}",
    'Reference check / Referenssamtal {DATE}\nApplicant: {P#1}\nReferee: {P#2}[[, {PHM}]]\n{G#2} says {G#1} is "super ansvarsfull" and has looked after {Gs#1} old cat {PET}. Approved by {Gi#3}.',
    "Rescue transport from Romania {DATE}\n{PET} – adopter {P#1}, pick-up in {TOWN}, {PHM}\n{PET} – adopter {P#2}, pick-up in {TOWN}[[, {PHM}]]\nShelter contact: {ARO}, {PHRO}\nDriver: {G#4}",
    "Meeting notes – hundrastgårdsföreningen\nPresent: {P}, {P}, {I}[[, {Gi}]]\n1. New fence quote from a firm in {TOWN}: {AMT}\n2. {G#1} is organising städdagen {DATE}\n3. Complaints about off-lead dogs on {STN}[[ – {G#2} writes a post]]\nNext meeting hos {G#1}, {ST}",
    "Found cat / Upphittad katt – {TOWN}\nFound {DATE} outside {ST}. Grey, very friendly, ingen chip. Currently with {P#1}. Contact {E#1} or {PHM}.",
    "Hi neighbours! Vi har en ny valp, {PET}, och hon gråter lite på nätterna – sorry! If it bothers anyone, knock on {STL} or text {G#1} {PHM}[[ / {G#2} {PHM}]]. 🐶",
    "Sitter handbook – {P#1}\nAddress: {AL}\nAlarm: {CODE}\n{PET}: morning + evening, torrfoder 1 dl\n{PET}: insulin kl {TIME} (in the fridge)\nVet: {CLINIC}, {PH}[[\nNeighbour with spare key: {P#2}]]",
    "Webshop review: Ordered from {SHOPEN} to Sweden – leverans till {A} took two weeks. Customer service was helpful. – {G}",
    "Ny mejlsignatur / new email signature from {MONTH}:\n{P#1}\nHead of Grooming | {S#2}s Hundsalong AB\n{ST}, {TOWN}\nMob: {PHM}\n{E#1}",
    "Agenda – staff meeting, {KENNEL} Hundpensionat\n1. New booking system (from {MONTH})\n2. {G#1} is on parental leave, {G#2} covers the mornings\n3. Key box: only {G#3} and {N#4} have the code\n4. Feedback about {PET} – follow up",
    "Cat café booking\nName: {P#1}\nParty of 4, {DAY} {TIME}\nPhone: {PHM}\nNote: my daughter {G#2:f} is allergic to the cat called {PET}, can we sit away from her?",
    "SMS från {CLINIC}: Hi {G#1}, this is a reminder that {PET} has a booking {DAY} {DATE} kl {TIME}[[ with Dr {S#2}]]. Avboka på {PH}.",
    "{P#1} wrote in Hundägare i {TOWN}: Anyone know a good groomer who speaks English? My {DOGEN} {PET} needs a full clip.\n{P#2}: {P#3} on {STN} is great![[ Hennes nummer är {PHM}]]\n{P#1}: tack så mycket!",
    "Pet insurance – change of address\nCustomer: {P#1}\nOld address: {AU}\nNew address / Ny adress: {AL}\nPets: {PET}, {PET}\nPhone: {PHM}",
    "Hi {G#1}! Thanks for booking with {P#2}s Hundpromenader. First walk: {DAY} kl {TIME}. Please leave the key in the key box by the door (code {CODE}). Questions? {E#2}[[ / {PHM}]]",
    "Foster update: {PET} is doing great hos {P#1} i {TOWN}! She's learned to sit and loves {G#1}'s kids. Contact for adoption: {P#2}[[, {E#2}]].",
    "From: {E#1}\nTo: {EF}\nSubject: Claim for {PET}\n\nHej! Attaching kvittot from {CLINIC}. Policy {POLICY}, my personnummer is {PNR}. Best regards, {P#1}",
    "Puppy buyers list (kull {DATE})\n1. {P}, {TOWN} – hane, {PET}\n2. {P}[[ ({PHX})]], Oslo – tik, {PET}\n3. {I}, {AN} – hane, {PET}[[\n4. waiting list: {P#8}, {E#8}]]",
    "tack för idag {g}! {pet} slept the whole evening after agility 😴",
    "Reminder till alla hundvakter: {PET} on {STN} gets her pills with dinner, inte på morgonen. /{G}",
    "Hej! Does anyone have a hundvakt to recommend i {TOWN}? Our usual one, {G}, has moved to Umeå 😢",
    "Welcome to the team, {P:f}! Hon börjar som groomer på {DAY} and will take the morning bookings.",
    "Owner details for Jordbruksverket (needed before the dog can travel):\nName: {P}\nPersonnummer: {PNR}\nDog: {PET}, chip {CHIP}",
    "Hej! Could you update my details? New owner of {PET} is my partner {P#1}, personnummer {PNR}. Tack! /{G#2}",
)

# Rows without any value, each used once: look-alikes of the genre.
NEGATIVES = (
    (
        "sv",
        "Hundpensionatet har öppet {DAY}–fredag 07.00–18.00. Incheckning sker mellan {TIME} och {TIME}. {PET}, {PET} och {PET} har redan bokat julveckan!",
    ),
    (
        "sv",
        "Chipnummer {CHIP} är registrerat i Jordbruksverkets hundregister. Registreringen kostar 40 kr och görs en gång.",
    ),
    (
        "sv",
        "Beställning {ORDER}: 3 x kattsand, 1 x kattmynta. Totalt {AMT}. Leverans till närmaste utlämningsställe i {TOWN} inom 3–5 arbetsdagar.",
    ),
    (
        "sv",
        "{PET} vägde {KG} vid senaste besöket på {CLINIC}. Målvikten är ett par kilo lägre, så mindre godis och längre promenader.",
    ),
    (
        "sv",
        "Valpkullen efter {PET} och {PET} föddes {DATE}: fyra hanar och två tikar. Reg.nr {SKK} för kullens första valp.",
    ),
    (
        "sv",
        "Försäkring {POLICY} hos {INSURER} gäller från {DATE}. Självrisk {AMT} plus 25 procent rörlig del.",
    ),
    (
        "sv",
        "Björn, varg, lo och järv är våra stora rovdjur. En björn kan väga mer än 300 kg, en lo bara runt 20.",
    ),
    (
        "sv",
        "Faktura {INV} från {CLINIC}: undersökning, blodprov och ultraljud. Att betala {AMT}, bankgiro {BG}, OCR {OCR}, förfallodag {DATE}.",
    ),
    (
        "sv",
        "Tips från trimsalongen: borsta en {DOG} minst två gånger i veckan, och klipp klorna varannan månad.",
    ),
    (
        "sv",
        "Viktigt att veta inför sommaren: lämna aldrig hunden i bilen. Redan vid 20 grader kan det bli över 50 grader där inne.",
    ),
    (
        "sv",
        "Kattens namn: {PET}. Ras: {CAT}. Färg: svart och vit. Kastrerad: ja. Chip: {CHIP}. Vaccinerad: {DATE}.",
    ),
    (
        "sv",
        "Rallylydnad klass 1 i {TOWN} {DATE}: {PET} fick 94 poäng och {PET} 88. Domaren var mycket nöjd med dagen.",
    ),
    (
        "sv",
        "Falk, svan, örn och hjort – fågelskådarna såg både ormvråk och havsörn vid sjön, och en hjort sprang över åkern.",
    ),
    (
        "sv",
        "Stammiskortet {CARD} ger 10 % rabatt på foder hos {SHOP}. Poängen nollställs vid årsskiftet.",
    ),
    (
        "sv",
        "{SHELTER} har just nu 14 katter och 3 hundar som söker hem. Adoptionsavgiften är {AMTS} för katt och {AMTS} för hund.",
    ),
    (
        "sv",
        "Max tre hundar per rastare gäller i {PARK}. Koppeltvång råder mellan 1 mars och 20 augusti.",
    ),
    (
        "sv",
        "Ärendenummer {CLAIM} – vi har mottagit din skadeanmälan och handläggningstiden är cirka {NUM} dagar.",
    ),
    ("sv", "Hundträning {DAY}ar kl {TIME} på {PARK}. Ta med godis och en leksak, {AMTS} per gång."),
    (
        "sv",
        "Sixten och Doris heter två av katterna på {SHELTER}. Sixten är tolv år och Doris är hans syster.",
    ),
    (
        "sv",
        "Ros, klara färger och en lisa för själen: kattcaféet i {TOWN} har fått ny inredning och öppnar igen {DATE}.",
    ),
    (
        "sv",
        "Swish {SWISH} – märk betalningen med kursnamn och hundens namn, till exempel ”Valpkurs {PET}”.",
    ),
    (
        "sv",
        "Kennel {KENNEL} har planerat en kull {DOG} till våren. Valparna levereras tidigast vid åtta veckors ålder.",
    ),
    (
        "sv",
        "Nya priser från {DATE}: kloklipp {AMTS}, bad och fön {AMTS}, helklipp från {AMTS}. Öppet {DAY}–lördag.",
    ),
    (
        "sv",
        "Organisationsnummer {ORGNR}. Momsregistrerat. Godkänd för F-skatt. Hundpensionatet är länsstyrelsens tillstånd nr {REF}.",
    ),
    (
        "sv",
        "Hugo och Sally är inga personer utan två marsvin, och {PET} är en kanin som bor hos dem i hagen.",
    ),
    (
        "sv",
        "Vädret i {TOWN} {DAY}: 14 grader och uppehåll – perfekt promenadväder för {PET} och {PET}.",
    ),
    (
        "en",
        "Opening hours: {DAYEN} to Friday 7am–6pm. Drop-off between {TIME} and {TIME}. {PET}, {PET} and {PET} are already booked in for Christmas!",
    ),
    (
        "en",
        "Microchip {CHIP} is registered to this address. Keeper details can be updated online for {GBPS}.",
    ),
    (
        "en",
        "Order {ORDER}: 2 x cat litter, 1 x catnip mouse. Total {GBP}. Estimated delivery {DATEEN}.",
    ),
    (
        "en",
        "{PET} weighed {KG} at the last check-up at {CLINICEN}. Target weight is about a kilo less, so fewer treats!",
    ),
    (
        "en",
        "Jack Russell, Cavalier King Charles Spaniel, Gordon Setter and Dobermann are all breeds in the class this term.",
    ),
    (
        "en",
        "Policy {POLICY} with {INSUREREN} starts on {DATEEN}. Excess {GBP} per condition per year.",
    ),
    (
        "en",
        "Bill, feathers and tail: the budgie's beak is called a bill, and a healthy bird preens every day.",
    ),
    (
        "en",
        "Will you walk him? Frank feedback welcome: Grace period for cancellations is 48 hours, and the pug is called {PET}.",
    ),
    (
        "en",
        "Invoice {INV} from {CLINICEN}: consultation, bloods and X-ray. Total {GBP}, due {DATEEN}.",
    ),
    ("en", "Rusty, Ginger and Sandy are coat colours as well as popular names for {DOGEN}s."),
    (
        "en",
        "{SHELTEREN} has 22 cats and 6 dogs looking for homes. Adoption fee {GBPS} for cats, {GBPS} for dogs.",
    ),
    (
        "en",
        "Grooming prices from {DATEEN}: nails {GBPS}, bath and blow-dry {GBPS}, full groom from {GBPS}.",
    ),
    (
        "en",
        "Puppy class at {PARKEN} on {DAYEN}s at {TIME}. Bring treats, poo bags and a long line. {GBPS} per session.",
    ),
    (
        "en",
        "Claim reference {CLAIM}: we've received your invoice and will reply within {NUM} working days.",
    ),
    (
        "en",
        "Rover, Patch and Lassie were the top dog names in the 1950s; now it's {PET}, {PET} and {PET}.",
    ),
    (
        "en",
        "Reward points on loyalty card {CARD}: 420. Redeem at any {SHOPEN} store before the end of the year.",
    ),
    (
        "en",
        "Hunter green harness, size M, with a Rose gold tag – {USD}, free delivery on orders over {USD}.",
    ),
    ("en", "License tag {REF} for a spayed {DOGEN}, fee {USDS}, valid until {DATEEN}."),
    (
        "mixed",
        "Opening hours / Öppettider: {DAY}–fredag 07–18. Drop-off kl {TIME}. {PET} och {PET} are booked for midsommar!",
    ),
    (
        "mixed",
        "Order {ORDER} från {SHOPEN}: 12 x kattmat, 1 x scratching post. Total {AMT}, leverans {DATE}.",
    ),
    (
        "mixed",
        "Chip {CHIP} är registrerat hos Jordbruksverket. The UK chip database needs updating too, {GBP}.",
    ),
    (
        "mixed",
        "{PET} vägde {KG} at the vet, {CLINIC}. Target: two kilos less, alltså mindre godis.",
    ),
    (
        "mixed",
        "Policy {POLICY} hos {INSURER}: excess {AMT} plus 25 % rörlig självrisk, valid from {DATE}.",
    ),
    (
        "mixed",
        "Valpkurs – puppy class {DAY}s kl {TIME} at {PARK}. Bring godis and a toy. {AMTS} per tillfälle.",
    ),
    ("mixed", "Invoice {INV}: consultation + blodprov, total {AMT}, bankgiro {BG}, OCR {OCR}."),
    (
        "mixed",
        "Breeds in the class: jack russell, cavalier king charles, gordon setter och en blandras som heter {PET}.",
    ),
    (
        "mixed",
        "Kennel {KENNEL} expects a litter of {DOGEN}s in spring, valparna levereras vid 8 veckor.",
    ),
    (
        "mixed",
        "Claim {CLAIM}: received, handläggningstid ca {NUM} bankdagar. Thanks for your patience!",
    ),
    ("mixed", "Loyalty card {CARD} – 10 % off foder at {SHOP} until {DATE}."),
    (
        "mixed",
        "Max 3 dogs per walker i hundrastgården. Koppeltvång 1 mars – 20 augusti, also for small breeds.",
    ),
    ("mixed", "Swish {SWISH} – write the course name and your dog's name, t.ex. ”Nosework {PET}”."),
    (
        "mixed",
        "Adoption fees at {SHELTER}: {AMTS} for cats, {AMTS} for dogs. Alla djur är chipmärkta och vaccinerade.",
    ),
    (
        "mixed",
        "Björn means bear, varg means wolf och lo is a lynx – the kids at the kennel learned all three today.",
    ),
    (
        "mixed",
        "Molly och Charlie are two of the cats looking for a home, and {PET} is their brother. Org.nr {ORGNR}.",
    ),
)
