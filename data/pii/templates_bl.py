# ruff: noqa: E501
"""Templates of held-out BL (the forty-third writer): people and their animals, away from the vet's desk.

Slots (filled by `generate_bl.py`): people as `{P}` full name, `{p}` lower case, `{U}` capitals,
`{UR}` `SURNAME, GIVEN`, `{F}` with a second given name, `{G}`/`{g}` given name, `{N}`/`{n}` short
form, `{S}`/`{s}` surname, `{I}` initials and surname, `{Gi}` given name and initial, `{R}`
`Surname, Given`, `{E}` the person's e-mail; a trailing `s` is a Swedish genitive, a trailing `'`
an English one (the ending is no part of the value); `#1` names the same person again, `:f`/`:m`
a woman or a man. Addresses `{A}` `{AL}` `{AR}` `{ARL}` `{ST}` `{STN}` (no number) `{FARM}`
`{a}` `{BOX}` `{CO}`/`{COL}` (c/o: the name is a PERSON, the street an ADDRESS) `{AU}` `{AUL}`
`{au}` `{AUS}` `{AEN}` `{AX}` `{AXL}`; phones `{PH}` `{PHM}` `{PHL}` `{PHX}`; `{PNR}`; `{EB}` a
business mailbox. Animals (`{DOG}`, `{dog}`, `{CAT}`, `{cat}`, `{PET}`, `{HORSE}`, `{horse}`,
`{HORSEREG}`, `{COW}`, `{FARMANIMAL}`, `{SMALL}`, `{KEN}`/`{KENEN}` registered names, `{KENNEL}`/
`{AFFIX}` kennel names) are never values. Everything else (dates, towns, chip, registration,
organisation, ear-tag, ring and Swish numbers) is no value either.
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

# Animals' names: many are names people carry too; none is ever labelled.
ANIMALS: dict[str, tuple[str, ...]] = {
    "dog_sv": ("Bella", "Molly", "Charlie", "Selma", "Ronja", "Nala", "Luna", "Leia", "Tyra", "Ludde", "Bamse", "Max", "Milo", "Sally", "Stella", "Frasse", "Wilma", "Elsa", "Tessan", "Nelly", "Otto", "Bruno", "Alfons", "Harry", "Loke", "Ozzy", "Buster", "Rocky", "Zelda", "Sixten", "Kaj", "Doris", "Morris", "Nemo", "Sigge", "Vilma", "Hugo", "Frank", "Ruby", "Oscar", "Saga", "Majken", "Kompis", "Svea", "Tage", "Iris"),
    "dog_en": ("Bella", "Luna", "Max", "Charlie", "Daisy", "Poppy", "Ruby", "Milo", "Teddy", "Alfie", "Bailey", "Buddy", "Coco", "Rosie", "Molly", "Oscar", "Lola", "Murphy", "Archie", "Frank", "Barney", "Nala", "Tilly", "Winston", "Bruno", "Ollie", "Roxy", "Lily", "Bonnie", "Jasper", "Harvey", "Dexter", "Monty", "Stanley", "Duke", "Biscuit", "Pepper", "Scout"),
    "cat_sv": ("Sixten", "Findus", "Smilla", "Majsan", "Nisse", "Misse", "Simba", "Nala", "Luna", "Tiger", "Gustav", "Oscar", "Selma", "Frasse", "Lisa", "Mimmi", "Kajsa", "Pelle", "Måns", "Maja", "Greta", "Elvis", "Oreo", "Ruby", "Molly", "Stina", "Sigge", "Ludde", "Sotis"),
    "cat_en": ("Luna", "Bella", "Milo", "Oliver", "Leo", "Charlie", "Simba", "Lily", "Lucy", "Nala", "Tigger", "Smudge", "Oscar", "Poppy", "Misty", "Willow", "Jasper", "Felix", "Tilly", "Max", "Molly", "Pumpkin", "Ginger", "Frank", "Ruby", "Alfie"),
    "horse": ("Bella", "Stella", "Sessan", "Prinsen", "Tindra", "Ludde", "Vera", "Fille", "Molly", "Charlie", "Saga", "Max", "Frank", "Oscar", "Ronja", "Bamse", "Doris", "Kalle", "Pontus", "Sigge", "Lisa", "Greta", "Tessan", "Blixten", "Ruby", "Jasper"),
    "horsereg": ("Quintus Fortuna", "Lady Madeleine", "Sir Galahad", "Bella Donna", "Stella Maris", "Don Carlos", "Golden Girl", "Cassini Z", "Calle Blå", "Hagens Ronja", "Tornados Tindra", "Ekhagas Saga", "Victory Lady", "Charmant B", "Amanda Gold", "Moon Rock", "Frank Express", "Ruby Queen", "Sixten Sprint", "Bella Tess", "Kalle Anka", "Lord Ludde", "Prins Oscar", "Max Power", "Molly Malone", "Mister Sixten", "Ronja Wind", "Saga Solsken", "Herr Nilsson", "Lilla Gubben", "Solbergas Max", "Emil i Lönneberga"),
    "cow": ("Rosa", "Stjärna", "Majros", "Gullan", "Britta", "Doris", "Greta", "Elsa", "Docka", "Bläckan", "Svea", "Freja", "Irma", "Lotta", "Stina", "Frida", "Mona", "Rut", "Agda", "Signe", "Blomma", "Krona", "Smulan", "Dagny"),
    "farmanimal": ("Majken", "Bosse", "Hjalmar", "Tussan", "Snöboll", "Svarten", "Dolly", "Greta", "Pelle", "Frida", "Lisa", "Saga", "Sessan", "Kalle", "Nisse", "Olga", "Rut", "Gullan", "Agda", "Berit", "Harriet", "Boris"),
    "small": ("Stampe", "Ludde", "Kalle", "Saga", "Nöffe", "Bus", "Sniff", "Igor", "Gunnar", "Pricken", "Morris", "Molly", "Fluffy", "Hubert", "Thumper", "Peanut", "Hazel", "Bramble", "Pip", "Sven"),
    "kennel": ("Fjällvindens", "Lundgårdens", "Snöbärets", "Bäckadalens", "Eklövets", "Höglandets", "Guldtassens", "Vinterhagens", "Skogsrådets", "Myrstackens", "Lyckotassens", "Silverpilens", "Tallmons", "Hallonbackens", "Stjärnögats", "Ängsklockans", "Solglimtens", "Nordanvindens", "Kvarnbäckens", "Vargtassens"),
    "affix": ("Applewood", "Fernbrook", "Sandhollow", "Glenrock", "Ravensworth", "Moonlight", "Thornfield", "Brackenhill", "Willowmere", "Starlight", "Oakhaven", "Kingsbury"),
    "registered": ("Dancing Queen", "Mister Frank", "Ronja Rövardotter", "Sir Oscar", "Lady Bella", "Bamse Brum", "Saga Sol", "Ludde Lurifax", "Charlie Brown", "Midnight Molly", "Northern Star", "Silver Selma", "Big Bad Bruno", "Magic Max", "Sweet Caroline", "Tuff Tyra"),
    "breed_sv": ("labrador retriever", "golden retriever", "schäfer", "Jack Russell terrier", "Cavalier King Charles spaniel", "border collie", "gordonsetter", "dobermann", "sankt bernhardshund", "jämthund", "norsk älghund", "shetland sheepdog", "chihuahua", "fransk bulldogg", "dvärgschnauzer", "tax", "papillon", "australian shepherd", "lagotto romagnolo", "svensk lapphund", "welsh corgi pembroke", "bichon frisé", "engelsk springer spaniel", "pudel", "whippet", "hamiltonstövare", "drever", "schillerstövare", "Parson Russell terrier", "blandras"),
    "breed_en": ("Labrador Retriever", "Cocker Spaniel", "Border Collie", "Jack Russell Terrier", "Cavalier King Charles Spaniel", "Staffordshire Bull Terrier", "Gordon Setter", "Dobermann", "Bernese Mountain Dog", "Golden Retriever", "Whippet", "Dachshund", "Beagle", "Shih Tzu", "Cockapoo", "Lurcher", "Springer Spaniel", "Parson Russell Terrier", "Sealyham Terrier", "King Charles Spaniel", "Yorkshire Terrier", "German Shepherd"),
    "catbreed": ("Maine Coon", "ragdoll", "norsk skogkatt", "helig birma", "brittiskt korthår", "sibirisk katt", "bengal", "abessinier", "Devon Rex", "Cornish Rex", "sphynx", "perser", "huskatt"),
}  # fmt: skip

SV = (
    # animal shelters and rehoming
    "ADOPTIONSAVTAL – Hundstallet\nHund: {DOG#1} ({BREED}, född {BORN})\nChip-nr: {CHIP}\nAdoptant: {P#1}\nPersonnummer: {PNR}\nAdress: {A}\nTel: {PH}\nE-post: {E#1}\n{DOG#1} överlåts härmed till adoptanten. Handläggare: {P#2}",
    "Hembesök {DATE} hos {P#1}, {A}. Tomten är inhägnad, staket ca 1,2 m. {G#1} har haft {BREED} tidigare och katten {CAT} i hushållet verkar hundvan. Rekommenderas för {DOG}.\n/{G#2}, volontär Djurskyddet {TOWN}",
    "Jourhem v. {NUM}:\n- {DOG} → {P} ({PHM})\n- {CAT} + tre kattungar → {P}, {ST}\n- {DOG} → kvar på hemmet, väntar på {P}\nJourhemsansvarig: {G} {PH}",
    "Hej!\nJag heter {P#1} och är intresserad av {DOG}. Vi bor i villa i {TOWN} med stor trädgård, jag jobbar hemifrån tre dagar i veckan och min sambo {G:m} är hemma resten. Vi hade tidigare en {BREED} som hette {DOG}.\nMvh {G#1}\n{PHM}",
    "Upphittad katt, grå/vit hane, ca 3 år, lämnades in {DATE} av {P} som hittat honom vid {STN} i {TOWN}. Ej ID-märkt, ej registrerad hos SVERAK. Vi kallar honom {CAT} tills ägaren hörs av. Ansvarig: {Gi}",
    "Uppföljning efter adoption: {DOG#1} bor nu hos familjen {S#1} på {A}. {G#1:f} berättar att {DOG#1} sover i soffan och har slutat dra i kopplet. Nästa kontroll {DATE} av {P}.",
    "Beslut: ansökan från {P} ({PNR}) avslås tills vidare. Hyresvärden Stena Fastigheter tillåter inte hund i lägenheten på {ST}. Besked lämnat per telefon {DATE} av {P}. Överklagan till Djurskyddet, {BOX}.",
    "Katthemmet tackar!\n{P} har skänkt 20 kg Royal Canin, {P} stickade filtar till karantänen och {P} från Arken Zoo i {TOWN} ordnade kattsand. Tack också till {G} som kört {CAT} och {CAT} till Evidensia.",
    # pet sitters and dog walkers
    "Bokning {REF}\nKund: {P#1}\nHund: {DOG} ({BREED}, {AGE} år)\nPromenad: mån–fre kl {TIME}\nNyckel: hämtas hos grannen {P#2}, {ST}\nPortkod 1234\nTel: {PHM}",
    "{G#1}: hej! {DOG#1} har ätit frukost men inte bajsat än, kan du ta en lite längre runda?\n{G#2}: absolut! vi går bort till hundrastgården vid {STN}\n{G#1}: toppen, nyckeln ligger i brevlådan som vanligt",
    "KVITTENS NYCKLAR\nUndertecknad, {P#1}, har mottagit två nycklar (blå bricka) till {A} för kattpassning av {CAT} och {CAT} under perioden {DATE}–{DATE}.\n\n______________________\n{S#1}",
    "Faktura {REF}\n{Ss#1} Hundpassning\nOrg.nr {ORG}\n{A}\n\nTill: {P#2}\n{AL}\n\nHunddagis {NUM} dagar à 260 kr\nAtt betala: {AMT}\nSwish: {SWISH}",
    "Hej! Jag heter {G#1}, är 19 år och bor på {STN}. Jag passar gärna katter i området kring {TOWN} under sommaren. Har själv två katter, {CAT} och {CAT}. Referens: {P} (granne), {PHM}.",
    "Hej {G}! Vi måste tyvärr avboka passningen av {DOG} på {DAY}, {G:m} har blivit sjuk. Ring mig på {PHM} om det blir problem. /{N}",
    "Promenadschema vecka {NUM}\nMån: {G} – {DOG}, {DOG}\nTis: {G} – {DOG}\nOns: {G} – {DOG} + {DOG}\nTor: {G} – ledig\nFre: {G} – {DOG} (obs! drar i kopplet)",
    "Till {P}, Hundrastarna i {TOWN}\n\nJag vill reklamera promenaden {DATE}. {DOG} kom hem med ett skrapsår på tassen och ingen hade meddelat mig. Jag förväntar mig svar till {E#2}.\n\n{P#2}",
    "Hundpensionat {KENNEL} – incheckning\nHund: {DOG}, {BREED}, {KG} kg\nÄgare: {P#1}\nAdress: {A}\nNödkontakt: {P} {PH}\nFoder: eget, 2 ggr/dag\nHämtas: {DATE} av {G#1}",
    # breeders and litters
    "VALPLISTA – Kennel {KENNEL} (kull F, född {BORN})\nTik 1 röd – bokad {P} ({PH})\nTik 2 svart – bokad {R}\nHane 1 – {P}, {TOWN}\nHane 2 – behålls av uppfödaren\nHane 3 – ledig",
    "Registreringsansökan SKK\nHundens namn: {KEN}\nReg.nr: {REG}\nUppfödare: {P#1}, {A}\nÄgare: {F#2}\nÄgarens personnummer: {PNR}\nÄgarens telefon: {PH}",
    "STAMTAVLA\n{KEN} {REG}\nFar: SE UCH {KEN}\nMor: {KEN}\nMorfar: C.I.B. {KEN}\nUppfödare: {I}\nÄgare: {P}, {TOWN}",
    "PARNINGSAVTAL\nHanhundsägare: {P#1}, {A}, tel {PH}\nTikägare: {P#2}, personnr {PNR}, {A}\nHane: {KEN} ({REG})\nTik: {KEN} ({REG})\nParningsavgift {AMT}, betalas när tiken är dräktig.\n{TOWN} {DATE}\n{S#1} / {S#2}",
    "Hej {G#1}! Vi blev så glada för valpen. Vi vill gärna ha hanen med vit bläs om han är kvar. Adressen till kontraktet är {A}. Min man {P:m} och jag kommer och hälsar på {DAY}.\nHälsningar {P#2}",
    "Kattungar efter {CAT} ({CATBREED}) och SW {CAT}: två hanar och en hona kvar. Intresseanmälan till {P#1}, {PHM} eller {E#1}. Ungarna flyttar vid 12 veckor, vaccinerade, ID-märkta och försäkrade i Agria.",
    "Nytt från Kennel {KENNEL}: {KEN} blev BIR i {TOWN} under domare {P}! Stort tack till {G} som visade henne. Nästa kull planeras till våren – hör av er till {P} på {PHM}.",
    "Ägarbyte: {KEN} ({REG}) säljs av {R#1} till {R#2}, {A}. Nya ägarens personnummer {PNR}. Köpeskilling {AMT}. {TOWN} {DATE}.",
    "Valpköparträff på {FARM} {DAY} kl {TIME}! Ta med {DOG} och syskonen så grillar vi. Anmälan till {Gs#1} mobil {PHM} eller mejla {E#1}.",
    # dog and cat shows, agility, obedience
    "Ring 4 – Domare: {P} ({TOWN})\n{BREED}, hanar, juniorklass\n112 {KEN} {REG}\nÄg: {P}, {TOWN}\nUppf: {S}\n113 {KEN} {REG}\nÄg: {P} & {P}",
    "Startlista agility klass 2, L\n1. {P} – {DOG} ({BREED})\n2. {P} – {DOG}\n3. {Gi} – {DOG}\n4. {P} – {DOG}\nTävlingsledare: {P}, tel {PHM}",
    "Resultat lydnadsklass 1: 1:a {DOG} med förare {P}, 274 p, uppflyttad. 2:a {P} med {DOG}, 251,5 p. 3:a {DOG} ({P}), 236 p. Domare: {I}",
    "SVERAK-utställning i {TOWN}. Best in Show vuxen: {CATBREED} {CAT}, ägare {P}. Domare: {P} (FI) och {P} (NO). Kattungeklass: {CAT} (uppfödare {I}).",
    "Anmälan till utställningen {DATE}: {KEN}, {BREED}, öppen klass. Ägare {P#1}, {A}, {E#1}. Betalning via Swish till klubben.",
    "Funktionärer lördag: ringsekreterare {P}, ringsteward {P}, skrivare {G}. Domaren {S#1} kommer med tåget {TIME} och hämtas av {G} vid stationen.",
    "Domarkritik: Utmärkt typ, bra huvud, korrekt bett. Rör sig väl från sidan. EXC, CK, BIR.\nHund: {KEN}, äg. {P}\nDomare: {I}",
    "Rallylydnad {TOWN} BK – anmälda: {P} ({DOG}), {P} ({DOG}), {DOG} och {P}, {Gi} ({DOG}). Efteranmälan till {E} senast torsdag.",
    # farms and livestock
    "Djurhållare: {F#1}\nPersonnr: {PNR}\nProduktionsplatsnummer: {PPN}\nAdress: {AR}\nNötkreatur: {NUM} st. Senaste händelse: födsel, {EAR}, kalv efter {COW}.",
    "Länsstyrelsen, djurskyddskontroll {DATE}\nDjurhållare: {P#1}, {AR}\nNärvarande: {P#1} och sonen {G:m}. Kontrollant: {P}, djurskyddshandläggare.\nBrist: kon {COW} ({EAR}) har för långa klövar. Åtgärd senast {DATE}.",
    "TRANSPORTDOKUMENT\nAvsändare: {P}, {AR}\nMottagare: KLS Ugglarps, Dalsjöfors\nDjur: 6 ungtjurar, öronmärken enligt bilaga\nChaufför: {U}, tel {PHM}\nAvfärd kl {TIME}",
    "Gårdsbutiken på {FARM} har öppet lördagar {TIME}–14. Lammkött från egna tackor, ägg och honung. Förbeställ hos {G} på {PHM}. Välkomna!\n/ {P} och {P}",
    "Kokontroll Växa – besättning {NUM}\nAnsvarig: {P}\nHöga celltal: {COW} ({EAR}), {COW}, {COW}\nRådgivare: {P}, tel {PHL}",
    "Tackan {FARMANIMAL} fick trillingar i natt och {G} satt uppe till tre. Vi behöver en avbytare i helgen – hör av dig till {P} på {PHM}. Lammen heter {FARMANIMAL}, {FARMANIMAL} och {FARMANIMAL}.",
    "SLAKTANMÄLAN\nLEVERANTÖR: {UR#1}, {PNR}\n{ARL}\n2 grisar, ca 115 kg\nÖnskad vecka: {NUM}\nRing {G#1} innan hämtning: {PH}",
    "Till {P#1}, {AR}\n\nEra kor, bland andra {COW}, har åter brutit sig ut och gått in på vår tomt på {STN}. Vi vill att ni lagar stängslet innan helgen.\n\n{P#2}, {A}",
    "Säljes: 3 dräktiga kvigor SRB, semin Holstein. Ring {P} {PH} efter kl 18. Gården ligger vid {FARM} utanför {TOWN}.",
    # horses: competitions, farriers, dentists, stables
    "Startlista Lätt B dressyr, {TOWN} RK {DATE}\n1. {P} – {HORSEREG}\n2. {P} – {HORSEREG}\n3. {P} – {HORSE}\nDomare vid C: {P}",
    "Segrade gjorde {HORSEREG} med {P} i sadeln, felfritt på 58,21. Tvåa blev {P} på {HORSEREG} och trea stallets egen {HORSE} med {Gi} (ponnyklass).",
    "Hovslagare {P#1}\nBesök {DATE}: {HORSE} – skor fram, verkning bak; {HORSE} – verkning\nStall: {AR}\nBetalas till bg 5051-{NUM}18\nTel: {PHM}",
    "Hästtandläkaren {P} kommer {DAY} kl {TIME}. Skriv upp er:\n1. {HORSE} ({G})\n2. {HORSE} ({G})\n3. {HORSE} ({G})\n4. {HORSE} (stallet)",
    "ÄGARBYTE HÄST\nNamn: {HORSEREG}\nUELN: {UELN}\nSäljare: {P}, {PNR}\nKöpare: {F#1}, {PNR}\nAdress: {A}\nKöparens e-post: {E#1}",
    "{g}: har nån sett {horse}s täcke? det gröna\n{g}: ligger i sadelkammaren tror jag\n{g}: tack!! och {horse} och {horse} ska ut i hagen kl {TIME}",
    "V75-tips: {HORSEREG} (kusk {P}, tränare {P}) har gått bra på Solvalla. Spetsbud: {HORSEREG} med {P}.",
    "Stallet {FARM}: boxhyra för {HORSE} {AMT}/mån inkl. hö och utsläpp. Ansvarig: {P}, {PHM}. Faktureras till {R}, {A}.",
    # grooming salons
    "Tass & Trim bekräftar: {DOG} ({BREED}) är bokad för klippning {DAY} kl {TIME} hos {G}. Ägare: {P}, {PHM}. Avbokning senast 24 h innan.",
    "Kundkort: {R#1}\nHund: {DOG}, {BREED}\nNotering: biter vid klotrimning, använd munkorg. Schampo: Hurtta.\nAdress: {A}\nTel: {PH}",
    "Hundfrisör {P#1} – trimning, klippning, kloklipp. Salong på {ST} i {TOWN}. Tidsbokning {PHM}. Org.nr {ORG}.",
    # pet-friendly housing and neighbours
    "Till boende på {STN}: Vi har fått klagomål på skällande hund i trapphus B. Hundägare påminns om ordningsreglerna.\nStyrelsen i BRF Tallkotten genom {P}, ordförande",
    "KLAGOMÅL\nJag, {P#1}, lgh 1203 på {ST}, vill anmäla att grannens katt {CAT} kissar i vårt förråd. Grannen heter {S} enligt dörren. Tel {PH}.",
    "Ansökan om husdjur\nHyresgäst: {P}\nAdress: {A}\nKontraktsnr {REF}\nDjur: katt ({CAT}), kastrerad\nTel: {PH}\nSkickas till: Heimstaden AB, {BOX}",
    "Hej {G#1}! Vi har beviljat er ansökan om att ha {DOG} i lägenheten på {ST}. Hunden ska vara kopplad i gemensamma utrymmen.\nMed vänlig hälsning\n{P}, förvaltare, Heimstaden",
    "Anmälan till miljöförvaltningen: tuppen {FARMANIMAL} hos {P} på {ST} gal från kl 4 varje morgon. Anmälare: {P}, {A}, {PHM}.",
    # pet cremation and memorials
    'Beställning individuell kremering\nDjur: {DOG#1}, {BREED}, {KG} kg\nÄgare: {P#1}\nAdress: {A}\nPersonnr (faktura): {PNR}\nUrna: ek, gravyr "{DOG#1} {BORN}–{DATE}"\nHämtas av: {P}',
    "Vår älskade {DOG} har somnat in, 14 år gammal. Tack {P} för allt stöd på slutet. Saknad av {G}, {G} och katten {CAT}.",
    "Djurkyrkogården {TOWN}: gravplats {NUM} tilldelas {P}, {A}, för katten {CAT}. Årsavgift {AMT}.",
    "Kära {G}, vi tänker på dig och saknar {DOG} med dig. Kram från {N} och {G}",
    # pet food and pharmacy orders
    "Orderbekräftelse {REF}\nLeveransadress: {P}, {A}\nVaror: Royal Canin Maxi Adult 15 kg, Kong Classic L, Seresto halsband\nLeverans: Postnord, ombud i {TOWN}\nFrågor? {EB}",
    "Recept för {DOG} (ägare {P}, personnr {PNR}) finns att hämta på Apoteket Hjärtat i {TOWN}. Uppge djurägarens personnummer vid disken.",
    "Hej {G}! Din prenumeration på kattmat till {CAT} är pausad. Nästa leverans till {ST} skickas {DATE}. /Zoo.se",
    "Reklamation: foderpåse skadad vid leverans. Kund: {R}, {PH}. Ersättning skickas till {BOX}.",
    # wildlife rescue and bird ringing
    "Vildfågelrehab – inlämnad {DATE}\nArt: pilgrimsfalk, adult\nFyndplats: vid {STN} i {TOWN}\nInlämnare: {P}, {PHM}\nSkada: vingskada höger\nRing: {RING}",
    "Återfynd: havsörn, ring {RING}, hittad död av {P#1} ({E#1}) vid {AR}. Rapporterad till Ringmärkningscentralen, Naturhistoriska riksmuseet.",
    "Igelkott inlämnad av {P} från {ST}. Vi kallar honom {SMALL}, 380 g, fästingar och lätt uttorkad. Släpps tillbaka vid {STN} när han väger 600 g.",
    "Viltolycka: rådjur påkört på väg 26 vid {TOWN}. Anmält av {P}, {PHM}. Eftersök: {P} med hunden {DOG}.",
    "Ringmärkning Ottenby {DATE}: {NUM} kungsfåglar, 3 rödhakar. Märkare {Gi} och {Gi}, protokoll {P}.",
    # zoo and petting-farm rotas
    "Schema djurskötare v. {NUM}\nMån: {G} (apor), {G} (kattdjur)\nTis: {P}, {P}\nHelg: {P} + praktikant {G}\nAnsvarig: {P}, {PHL}",
    "4H-gården idag: {G} matar getterna {FARMANIMAL} och {FARMANIMAL}, kaninerna {SMALL} och {SMALL} får nytt strö av {G}. Frågor till {P}, {PHM}.",
    "Incidentrapport Parken Zoo {DATE}: besökare bet sig i fingret på kaninhägnet. Personal på plats: {P}. Rapporten skriven av {P} och kontrollerad av {I} samma dag.",
    # owners' chat in lower case
    "{g}: nån som vet en bra hundfrisör i {TOWN}? {dog} ser ut som ett troll\n{g}: {g} på {a} är grym!!\n{g}: tack ska kolla",
    "hej {g}! kan {dog} komma på lekdejt med {dog} på lördag? vi bor på {a}, ring {PHM}",
    "tappat bort katten {cat} i området kring {a}!! grå hona, chippad. ring {p} {PHM} om ni ser henne",
    "BORTSPRUNGEN HUND: {DOG}, {BREED}, försvann vid {STN} i {TOWN} i går kväll. Hör av er till {P} {PHM} eller {P} {PHM}.",
    "{n}: {dog} har ätit upp {gs} sko igen 😅\n{n}: haha typiskt {dog}. hälsa {g}!",
    "Intresseanmälan kull: {P}, adress {CO}, telefon {PH}. Önskar tik.",
    "KOMMUNENS HUNDREGISTER\nNAMN: {UR#1}\nPERSONNR: {PNR}\nADRESS: {A}\nHUND: {DOG}, {BREED}\nHANDLÄGGARE: {I}",
    "Besökshund på Solgläntans äldreboende: sjuksköterska {P#1} tar emot {DOG} och föraren {P} varje tisdag kl {TIME}. Fru {S} på avdelning 2 är allergisk – meddela {G#1} innan.",
    "Skolhunden {DOG} börjar på Ekbackeskolan i höst. Rektor {P} har godkänt det och hundförare är specialpedagog {P}. Frågor till skolsköterskan {P}, {PHL}.",
    "Besök på {Ps#1} fårgård utanför {TOWN}: 40 tackor, tre baggar och vallhunden {DOG}. {G#1} visade runt och {Gs:f} lamm {FARMANIMAL} blev allas favorit.",
    "{g}: vem tar {dog} i helgen? {ss} är bortresta\n{g}: jag kan! lämna nyckeln hos {g}",
    "{g}: har du numret till {p:f}? hon som har {dog} på {a}\n{g}: {PHM}",
    "Sändningen till adoptanten ska gå till {COL}.\nVänligen kontakta {P} vid frågor, {PHM}.",
)

EN = (
    # shelters and rehoming
    "ADOPTION AGREEMENT – Dogs Trust {TOWN}\nDog: {DOG#1} ({BREEDEN}), microchip {CHIP}\nAdopter: {P#1}\nAddress: {AEN}\nPhone: {PH}\nEmail: {E#1}\nRehoming officer: {P#2}",
    "Home check {DATEEN}: {P#1} and partner {G:m} at {AU}. Garden fully fenced (6ft), no gaps. {G#1} works part time. Resident cat {CAT} is dog-savvy. Approved for {DOG}. – {Gi}, volunteer",
    "Foster update: {DOG} is settling in with {P} ({PH}). {CAT} and her kittens are with {P} until {DATEEN}. Fosterer needed for {DOG}, contact {G} on {PH}.",
    "Hi, my name is {P#1} and I'd love to meet {DOG}. We live in a house in {TOWN} with a big garden and my husband {G:m} is retired. We lost our {BREEDEN}, {DOG}, last year.\nThanks, {G#1}\n{PH}",
    "Stray intake: ginger tom, approx. 4 yrs, brought in {DATEEN} by {P}, found on {AU}. No chip. Logged by {Gi} – staff are calling him {CAT}.",
    "We are sorry to tell you that your application (ref {REF}) for {DOG} has not been successful this time. {P}, Rehoming Team, Battersea",
    # dog walkers and sitters
    "Booking {REF}\nClient: {P#1}\nDog: {DOG} ({BREEDEN}, {AGE} yrs)\nWalks: Mon–Fri {TIME}\nKey safe code given by {G#1}\nAddress: {AEN}\nPhone: {PH}",
    "{G#1}: Hi! {DOG} had breakfast but no poo yet, could you do a slightly longer walk?\n{G#2}: Of course! We'll head to the park on {AU}\n{G#1}: Thank you, key is under the pot as usual",
    "INVOICE {REF}\n{S'#1} Dog Walking\n{AU}\n\nBill to: {P#2}\n{AUL}\n\n{NUM} walks @ £14.00\nTotal due: {GBP}",
    "Rover message from {G}: Hi {G}, I'm available to house-sit {CAT} and {CAT} from {DATEEN}. I've got 4 years' experience and great reviews! Text me on {PH}.",
    "Sorry {G}, we have to cancel {DOG}'s walk on {DAYEN} – {G:m} is off work sick and will take him out. Call me on {PH} if there's a charge. {N}",
    "Walking rota w/c {DATEEN}\nMon: {G} – {DOG}, {DOG}\nTue: {G} – {DOG}\nWed: {G} – {DOG} + {DOG}\nThu: {G} – off\nFri: {G} – {DOG} (pulls!)",
    "Cat sitting notes for {G#1}: {CAT} gets half a pouch of Whiskas at 7 and 5, {CAT} is on Hill's c/d only. Vet is Medivet on {AU}. Spare key at {G'#2} next door, emergency contact my sister {P}, {PH}.",
    # breeders and litters
    "PUPPY WAITING LIST – {AFFIX} {BREEDEN}s (litter born {DATEEN})\nBitch 1 (liver) – {P}, {TOWN}\nBitch 2 – {R}\nDog 1 – {P} ({PH})\nDog 2 – staying with breeder",
    "Kennel Club registration\nRegistered name: {KENEN}\nBreeder: {P#1}, {AU}\nNew owner: {F#2}\nOwner's address: {AEN}\nOwner's email: {E#2}",
    "STUD AGREEMENT\nStud dog owner: {P#1}, {AU}, {PH}\nBitch owner: {P#2}, {AU}\nStud: {KENEN}\nBitch: {KENEN}\nFee: {GBP}, one repeat mating if no puppies.\nSigned {S#1} / {S#2}",
    "Kittens from our {CATBREED} queen {CAT}: two boys left. Enquiries to {P#1} on {PH} or {E#1}. Kittens go home at 13 weeks, vaccinated and microchipped.",
    "Pedigree: {KENEN}\nSire: Sh Ch {KENEN}\nDam: {KENEN}\nBreeder: {I}\nOwner: {P}, {TOWN}",
    "Dear {G#1}, thank you so much for choosing us. We would love the boy with the white blaze. Our address for the contract is {AEN}. {P:m} and I can visit on {DAYEN}.\nBest wishes, {P#2}",
    # shows, agility, obedience
    "Ring 12 – Judge: {P} ({TOWN})\n{BREEDEN}, Post Graduate Dog\n1401 {KENEN}\nOwner: {P}\nBreeder: {S}\n1402 {KENEN}\nOwners: {P} & {P}",
    "Agility Grade 3, Large – running order\n1. {P} – {DOG} ({BREEDEN})\n2. {P} – {DOG}\n3. {Gi} – {DOG}\n4. {P} – {DOG}\nRing manager: {P}, {PH}",
    "Results, Obedience Championship C: 1st {DOG} handled by {P}, 298.5; 2nd {P} with {DOG}, 296; 3rd {DOG} ({P}). Judge: {I}",
    "Judge's critique: Lovely head and expression, good reach of neck, moved soundly. CC and BOB.\nExhibit: {KENEN}, owner {P}\nJudge: {I}",
    "Stewards for Saturday: ring steward {P}, writer {G}, scribe {G}. Judge {S#1} arrives at {TOWN} station at {TIME} and will be collected by {G}.",
    # farms and livestock
    'Cattle movement (BCMS)\nKEEPER: {U#1}\nHolding: {AU}\nAnimal: UK 123456 {NUM}0012, cow "{COW}"\nMoved to: {P}, {AU}\nDate: {DATEEN}',
    "APHA welfare visit {DATEEN}\nKeeper: {P#1}, {AU}\nPresent: {P#1} and daughter {G:f}. Inspector: {P}.\nFinding: ewe {FARMANIMAL} lame, overgrown feet. Action by {DATEEN}.",
    "Farm shop at {AU} open Saturdays 9–2. Home-reared lamb, free-range eggs and honey. Pre-order with {G} on {PH}. {P} & {P}",
    "Lambing rota\nNights: {G} (Mon–Wed), {G} (Thu–Sun)\nDays: {P}\nVet on call: Westpoint Farm Vets\nIf ewe {FARMANIMAL} starts, ring {G} on {PH}",
    "FOR SALE: 3 in-calf Hereford heifers, due March. Ring {P} on {PH} after 6pm. Farm is just outside {TOWN}.",
    "Dear Mr {S#1:m},\nYour cows (including {COW}) broke through the fence again and into our garden at {AU}. Please fix it before the weekend.\n{P#2}",
    # horses
    "Start list, BE90 section B\n1. {P} – {HORSEREG}\n2. {P} – {HORSEREG}\n3. {P} – {HORSE}\nDressage judge at C: {P}",
    "Winner of the Newcomers was {HORSEREG} ridden by {P}, clear in 58.21. Second {P} on {HORSEREG}, third the yard's own {HORSE} with {Gi} on board.",
    "FARRIER INVOICE – {P#1} DWCF\nVisit {DATEEN}: {HORSE} – front shoes, trim hinds; {HORSE} – trim\nYard: {AU}\nTotal {GBP}\nMob {PH}",
    "Equine dentist {P} is coming {DAYEN} at {TIME}. Add your horse:\n1. {HORSE} ({G})\n2. {HORSE} ({G})\n3. {HORSE} ({G})",
    "{g}: has anyone seen {horse}'s rug?? the green one\n{g}: tack room i think\n{g}: ty!! also {horse} and {horse} go out at {TIME}",
    "Change of ownership: passport for {HORSEREG} (UELN {UELN}) from {P} to {P#1}, {AEN}. New owner's email {E#1}.",
    # grooming
    "Wag & Tidy confirms: {DOG} ({BREEDEN}) booked for a full groom on {DAYEN} at {TIME} with {G}. Owner: {P}, {PH}.",
    "Client card: {R#1}\nDog: {DOG}, {BREEDEN}\nNote: nips at nail trims, use muzzle.\nAddress: {AEN}\nPhone: {PH}",
    # housing and neighbours
    "Dear {G#1},\nYour landlord has agreed that you may keep {DOG} at {AU}, provided the dog is kept on a lead in communal areas.\nKind regards,\n{P}, Lettings Manager",
    "Noise complaint: the dog at {AU} barks from 7am to 6pm while the owners ({S}) are at work. Reported by {P}, {AU}, {PH}.",
    "Pet request form\nTenant: {P}\nProperty: {AEN}\nAnimal: cat ({CAT}), neutered\nPhone: {PH}",
    # cremation and memorials
    'Individual cremation order\nPet: {DOG#1}, {BREEDEN}, {KG} kg\nOwner: {P#1}\nAddress: {AEN}\nCasket: oak, engraving "{DOG#1} – forever loved"\nCollected by: {P}',
    "Our beloved {DOG} crossed the rainbow bridge this morning, aged 14. Thank you {P} for everything. Missed by {G}, {G} and {CAT}.",
    # pet food and pharmacy
    "Order confirmation {REF}\nDeliver to: {P}, {AEN}\nItems: James Wellbeloved Senior 15kg, Kong Classic L, Seresto collar\nQuestions? {EB}",
    "Your Chewy Autoship for {CAT} ships {DATEEN} to {AUS}. Prescription approved by Dr. {S}. Questions? Call us. – {G}, Customer Care",
    # wildlife and ringing
    "Hedgehog admitted {DATEEN}, brought in by {P} from {AU}. We've named him {SMALL}. 380g, ticks, dehydrated. Finder's phone {PH}.",
    "BTO ring recovery: Mute Swan, ring {RING}, found injured by {P#1} ({E#1}) on the canal near {TOWN}. Taken to Swan Lifeline.",
    "Wildlife rescue log: barn owl, road casualty, collected by {P} ({PH}) from the A39 near {TOWN}. Admitted by {Gi} at 22:10.",
    # zoo and petting farm
    "Keeper rota wk {NUM}\nMon: {G} (primates), {G} (big cats)\nTue: {P}, {P}\nWeekend: {P} + student {G}\nHead keeper: {P}, {PH}",
    "Petting farm today: {G} feeds the goats {FARMANIMAL} and {FARMANIMAL}, the rabbits {SMALL} and {SMALL} get fresh bedding from {G}. Questions to {P}.",
    # chat
    "{g}: anyone know a good groomer in {TOWN}? {dog} looks like a yeti\n{g}: {g} on {au} is amazing\n{g}: thanks!!",
    "LOST CAT: {CAT}, grey female, chipped, missing from {AU} since {DAYEN}. Please call {P} on {PH} or {P} on {PH}.",
    "Therapy dog visits: Dr {P} at St Mary's has approved weekly visits by {DOG} and handler {P}. Mrs {S:f} on Ward 4 has asked for the cat next time.",
    "DOG LICENCE RECORD\nNAME: {UR#1}\nADDRESS: {AEN}\nDOG: {DOG} ({BREEDEN})\nISSUED BY: {I}",
    "Collected {DOG} from {P'#1} house on {AU} at {TIME}; {G#1} had left his food and lead by the door. Mr {S} next door says hello.",
    "{n}: {dog} ate {g'} trainers again lol\n{n}: classic {dog}. say hi to {g}!",
)

MIXED = (
    "Hej {G#1}! Just checking in – hur mår {DOG}? Thanks for the photos igår 😍 Vi hämtar honom {DAY} kl {TIME}. /{G#2}",
    "Judge: {P} (SE)\nRing 3 – {BREED}\nJunior class dogs\n{KEN} {REG}\nOwner/Ägare: {P}, {TOWN}\nBreeder/Uppfödare: {S}",
    "International Dog Show {TOWN}. BIS-1: {KEN}, handler {P}. BIS-2: {KENEN}, owner {P}, {AX}. Judge: {P} (IE).",
    "Adoption application (English)\nName: {P#1}\nAddress: {A}\nPhone: {PH}\nPersonnummer: {PNR}\nEmail: {E#1}\nDog: {DOG} – I saw her on Hundstallet's website.",
    "Hi! Jag heter {P#1} och flyttade hit från {TOWN} last year. I'm looking for a dog walker for {DOG} tis och tors. We live on {ST}. Mvh {G#1}, {PHM}",
    "Booking confirmed ✅\nSitter: {G}\nOwner: {P}\nPet: {CAT} (katt, 9 år)\nAddress: {A}\nNyckel lämnas i kodlåset.",
    "{g}: omg {dog} is SO cute\n{g}: haha tack! hon är så busig\n{g}: kan vi ses på {a} sometime?",
    "Transport certificate (TRACES)\nEXPORTER: {UR#1}, {AR}\nImporter: {P}, {AUL}\nAnimals: 2 ponies ({HORSE}, {HORSE})\nDriver: {P}, {PHX}",
    "Horse for sale / Häst säljes: {HORSEREG}, 8 yo, 168 cm. Contact {P#1} {PHM} or {E#1}. Stationed at {FARM} outside {TOWN}.",
    "Stud contract / Parningsavtal\nStallion owner: {P#1}, {AX}, {PHX}\nMare owner / stoägare: {P#2}, {A}, personnr {PNR}\nMare: {HORSEREG}\nFee: {EUR} + moms",
    "Hej {G}, the farrier {P} is coming på fredag. Can you have {HORSE} in the box at {TIME}? Tack!",
    "Results / Resultat – Agility Open Class\n1. {DOG} – {P}\n2. {DOG} – {P} (NO)\n3. {DOG} – {Gi}\nDomare/Judge: {I}",
    "Pet-sitting contract\nOwner/Ägare: {P#1}, {A}\nSitter: {P#2}, {PHM}\nAnimals: {DOG}, {CAT}\nPeriod: {DATE}–{DATE}\nEmergency/Nödfall: {P}, {PH}",
    "Puppy reservation list – Kennel {KENNEL}\n1. {P} (UK) – {AU}\n2. {P} – {A}\n3. {R}, {TOWN}\nDeposit via Swish eller bank transfer.",
    "Kattungar available! {CATBREED} efter {CAT} & {CAT}. Contact {P#1}: {PHM} / {E#1}. Viewing i {TOWN} on weekends.",
    "Grooming appointment / Bokning: {DOG} ({BREED}) – {DAY} {TIME} med {G}. Owner: {P}, {PHM}. Pls bring the harness!",
    "Re: complaint about dog / klagomål\nDear {P#1}, vi har fått ett klagomål från {P} om att {DOG} skäller. Could you please contact us? /{P}, Riksbyggen",
    "Rota djurskötare / keeper rota v. {NUM}\nMon: {G} (reptiles), {G} (farm)\nTue: {P}\nWeekend: {P}, {P}\nDuty phone: {PHM}",
    "Wildlife rescue: hittade en skadad uggla vid {STN} i {TOWN}. Finder: {P}, {PHM}. Bird taken to Vildfågelrehab, ring {RING}.",
    'Cremation order / Beställning\nPet: {CAT#1} ({CATBREED})\nOwner: {P}\nAddress: {A}\nEngraving: "{CAT#1} – always in our hearts"',
    "In loving memory of {DOG}, who passed away {DATE}. Tack alla som stöttat oss. Love, {G}, {G} och {N}.",
    "Order #{REF} – delivery to {P}, {A}. Royal Canin Mini Adult 8 kg, Hill's i/d. Track: PostNord. Returns / returer: {BOX}. Questions: {EB}",
    "Hi {G#1}, här är receptet för {DOG} – Apoteket needs the owner's personnummer: {PNR}. Cheers, {G#2}",
    "Livestock register update\nKeeper/Djurhållare: {P}, {PNR}\nFarm: {AR}\nNew calf: {EAR}, mother {COW}\nReported by {G} via Jordbruksverket's e-service",
    "Inspection / Djurskyddskontroll {DATE}\nFarm: {AR}\nOwner: {P#1}\nInspector: {P}, Länsstyrelsen\nNote: {COW} and {COW} need hoof trimming, follow-up by {DATE}.",
    "Farm shop update: nu har vi lamm igen! Order from {G} at {PHM}, pick-up at {FARM}. Cheers, {P} & {P}",
    "Start list / Startlista Lätt A\n1. {P} – {HORSEREG}\n2. {P} – {HORSEREG} (GB)\n3. {P} – {HORSE}\nTechnical delegate: {P}",
    "{g}: kan nån ta {horse} in från hagen? I'm stuck at work\n{g}: yes I got it 👍\n{g}: tack {g}!!",
    "Dog found / Hund hittad vid {STN}: svart labrador, no collar. Vi har honom hemma på {a}. Call {P} {PHM}.",
    "Lost cat / Borttappad katt: {CAT}, orange hane. Last seen {DATE} on {ST}. Reward! Contact {P}, {PHM}.",
    "Hi {G#1}! We moved to {A} – could you update the address på {DOG}'s registrering hos SKK? Thanks! /{P#2}",
    "Pedigree / Stamtavla: {KENEN}\nImported from UK, owner {P}, {TOWN}\nBreeder: {P}, {AUL}",
    "Zoo volunteer sign-up: {P#1}, {E#1}, {PHM}. Available helger. Prefers working with {FARMANIMAL} and the other goats.",
    "Hedgehog update: igelkotten {SMALL} från {P} väger nu 540 g! Release next week nära {STN}. Thanks for bringing him in.",
    "Message from {G}: Hej! I'm the new dog walker för {DOG} and {DOG}. I'll pick them up at {TIME}. Min mobil: {PHM}",
    "Invoice / Faktura {REF}\n{S#1} Hovslageri\nTo: {P}, {AR}\nShoeing {HORSE}: {AMT}\nPay to bg 5051-{NUM}10",
    "Re: pet policy\nHej {G#1}, the board says katter are OK but dogs need approval. Kontakta {P} in styrelsen, {PHM}.",
    "Kennel {KENNEL} news: our {KEN} won BOB in {TOWN}! Huge thanks to handler {P} and judge {P} (FI).",
    "Catalogue / Katalog – Cats\nMaine Coon, open class\n{CAT} (SE), owner {P}, {TOWN}\n{CAT} (NO), owner {P}, {AX}",
    "{n}: lol {dog} just stole {gs} macka\n{n}: hahaha typical\n{n}: ska vi walk them tillsammans tomorrow?",
    "Pet food subscription paused for {CAT}. Next delivery till {ST} on {DATE}. Hälsningar, {G} at Musti",
    "Foster home wanted! {DOG} (blandras) needs a jourhem in {TOWN}. Contact {P#1} at {E#1} or {PH}.",
    "Bird ringing session Falsterbo: {NUM} blåmesar, 2 goldcrests. Ringers: {Gi} and {Gi}, data entered by {P}.",
    "Neighbour note: Hej! Your cat {CAT} keeps coming into our house on {ST} 😅 Not a problem, just FYI. /{G} i nr {NUM}",
    "Transport booking / Djurtransport\nPick-up: {A}\nDrop-off: {AX}\nAnimal: {HORSE} (häst)\nOwner: {P}, {PHX}",
    "Sitter review ★★★★★ – {G} tog hand om {CAT} och {CAT} perfekt while we were in {TOWN}. Highly recommend! – {Gi}",
    "Kontorshund policy: VD {P} says dogs are welcome på fredagar. {DOG} och {DOG} are first out, ask {G} in reception om du vill boka.",
    "{g}: har du numret till {p:m}? the guy with {dog}\n{g}: yes: {PHM}",
    "Therapy dog på sjukhuset: sjuksköterska {P} har godkänt {DOG}'s visits, handler {P}, every Wednesday.",
    "Delivery to {CO} – dog food order for {DOG}. Contact {PH}.",
)

# Rows without any value: the genres' everyday text, animals with names people carry, breeds,
# brands and institutions carrying a person's name, and words that are names used as words.
NEGATIVES = (
    ("sv", "Bella har fått sin vaccination idag och mår prima, hon åt upp hela middagen."),
    ("sv", "Sixten och Majsan har flyttat in i det nya kattträdet. Sixten sover högst upp."),
    (
        "sv",
        "Jack Russell-valpar till salu, SKK-registrerade, föräldrar HD-röntgade. Leverans vecka 12.",
    ),
    ("sv", "Kennel Fjällvindens hälsar alla valpköpare välkomna till träffen i Mora i juni."),
    ("sv", "Lundgårdens Bamse blev BIR och Fjällvindens Ronja BIM på utställningen i Eskilstuna."),
    ("sv", "Ludde och Molly gick rallylydnad i helgen och fick båda godkänt."),
    ("sv", "Kon Rosa kalvade i natt, kvigkalven heter Stjärna och väger 42 kilo."),
    ("sv", "Hovslagaren kommer på torsdag, alla hästar ska stå inne efter lunch."),
    ("sv", "Misstänkt Cushings hos ponnyn, prov tas nästa vecka. Fånget är stängt tills vidare."),
    (
        "sv",
        "En havsörn och två falkar ringmärktes vid Ottenby i går. Uggla, trana och svan sågs också.",
    ),
    ("sv", "Björn, lo och varg finns i länet, men i år har ingen lo setts nära gården."),
    ("sv", "Vi bor nära skogen och har en ek och en lind på tomten där hönsen ligger i skuggan."),
    ("sv", "Org.nr 802456-7891, Föreningen Djurens Vänner, Bankgiro 5432-1098."),
    ("sv", "Chip 752098100456123, reg.nr SE34567/2025, född 2025-03-14, hane, svart."),
    ("sv", "Gordonsetter och hamiltonstövare är två av de raser som visas i ring 6 på lördag."),
    (
        "sv",
        "Blå Stjärnan, Djurskyddet Sverige och Jordbruksverket samarbetar om sommarens kampanj om hundar i varma bilar.",
    ),
    ("sv", "Foderpriset hos Lantmännen och Granngården steg med åtta procent i mars."),
    ("sv", "Solvalla, Jägersro och Åby kör V75 i vinter. Frank Express startar i åttonde loppet."),
    ("sv", "Katten Pelle fick kvarstanna på Katthemmet i Kristianstad i ytterligare två veckor."),
    ("sv", "Bo kvar i lägenheten med katt? Ja, om hyresvärden godkänner det skriftligt."),
    ("sv", "Stig av vid hållplatsen och följ stigen mot stallet, hagen ligger till vänster."),
    ("sv", "Klara, färdiga, gå! Alla hundar i klass 1 startar från samma linje."),
    (
        "sv",
        "Hundrastgården stängs måndag–onsdag för nytt staket. Swish till 123 456 78 90 för medlemsavgiften.",
    ),
    ("sv", "Lammen föddes 2027-03-02 och 2027-03-04. Tackorna heter Dolly och Greta."),
    ("sv", "Kungsfågel, rödhake och svarthätta dominerade fångsten vid Falsterbo fågelstation."),
    ("sv", "Getterna på Skansen har fått killingar: Majken och Hjalmar."),
    ("sv", "Agria och Sveland höjer premien för hundförsäkring från första april."),
    ("en", "Bella had her booster today and is absolutely fine, she ate all her tea."),
    (
        "en",
        "Applewood Dancing Queen won Best of Breed at Crufts; Thornfield Mister Frank took the Reserve CC.",
    ),
    (
        "en",
        "Jack Russell Terrier and Cavalier King Charles Spaniel classes are in Hall 3 on Saturday.",
    ),
    (
        "en",
        "A jenny and her foal arrived at the sanctuary, along with two billy goats and a jill ferret.",
    ),
    (
        "en",
        "Robin, wren and sparrow numbers are up this winter, the BTO says; a rook and a martin were ringed too.",
    ),
    ("en", "The groom, the farrier and the dog walker all park in the yard behind the stables."),
    (
        "en",
        "James Wellbeloved, Lily's Kitchen and Burns are all on offer at Pets at Home this week.",
    ),
    ("en", "Suspected Addison's disease in the spaniel, bloods are booked for Monday."),
    ("en", "Microchip 826098100234567, KC reg. AB12345678, born 14/03/2025, liver and white."),
    ("en", "The RSPCA, Dogs Trust and Blue Cross have joined forces on a summer heat campaign."),
    (
        "en",
        "Will the shepherd bring the ewes down before the storm? Hope so, the mark on the gate says it's due.",
    ),
    (
        "en",
        "Grace period for the Kennel Club registration ends in May, so don't forget the paperwork.",
    ),
    ("en", "Molly and Max have both passed their Bronze Good Citizen award."),
    ("en", "Daisy, Poppy and Holly were the most popular names for rescue puppies this year."),
    ("en", "Frank, the old cob, is retiring from the riding school after eighteen years."),
    (
        "en",
        "The baker, the butcher and the miller all sell at the farmers' market near the stables.",
    ),
    (
        "en",
        "Heather on the moor, ivy on the wall and rose hips in the hedge: the ponies graze it all.",
    ),
    ("mixed", "Bella fick sin booster today, all good! Hon åt upp hela middagen."),
    (
        "mixed",
        "Fjällvindens Ronja won BOB at the Nordic Winner show, och Lundgårdens Bamse fick CK.",
    ),
    ("mixed", "Kennel Guldtassens: next litter expected i april, pedigree available on request."),
    ("mixed", "Jack Russell-valpar for sale, SKK-registered, vet checked och vaccinerade."),
    ("mixed", "Molly och Sixten are best friends, de sover alltid tillsammans i soffan."),
    ("mixed", "Hovslagaren is coming on Thursday, så alla hästar ska stå inne."),
    (
        "mixed",
        "Chip 752093100876543, reg.nr SE45678/2024 – import från UK, Kennel Club export pedigree.",
    ),
    ("mixed", "Royal Canin, Hill's och Purina – which one do you recommend for a senior katt?"),
    ("mixed", "Lamb season på gården! Dolly had twins och Greta had one."),
    ("mixed", "Havsörn and pilgrimsfalk ringed at Ottenby this week, plus a robin och två svanar."),
    ("mixed", "Agility training every Tuesday at the klubb, bring godis and a long line."),
    ("mixed", "Max och Charlie from the shelter both got adopted this weekend 🎉"),
    ("mixed", "Cushings test came back negative, så ponnyn får gå ut i hagen igen."),
    ("mixed", "Org.nr 802345-6789 – Djurens Vänner is a registered charity in Sweden."),
    ("mixed", "Kolmården and Nordens Ark have new red panda cubs, båda honor."),
    ("mixed", "Ludde is a good boy men han drar fortfarande i kopplet 🙈"),
    (
        "mixed",
        "The stallion Herr Nilsson has covered 40 mares this season, enligt Svensk Travsport.",
    ),
)
