# ruff: noqa: E501
"""Templates of held-out GH (issue 15): laundries, dry cleaners and clothing repair. Python data.

Slots (filled by `generate_gh.py`): a person's name in a form, `{P}` full, `{p}` lower case, `{U}`
capitals, `{F}` with a middle name, `{G}`/`{g}` given name, `{N}`/`{n}` a short form where there
is one, `{S}`/`{s}` surname, `{I}` initial(s) and surname, `{Gi}` given name and the surname's
initial, `{R}` `Surname, Given`, `{RU}` `SURNAME, Given`, `{SU}`/`{GU}` surname or given name in
capitals, `{E}` the person's e-mail address; a trailing `s` a Swedish genitive, `'` an English
one (the ending outside the value); `#1` the same person again, `:f`/`:m` a woman or a man.
Values: `{A}` a Swedish address on one line, `{AL}` over lines, `{AR}`/`{ARL}` rural by village,
`{ST}` a street and number alone, `{STN}` a street's name alone, `{STL}` with `lgh`, `{ATR}` with
`tr`, `{BOX}` a box or office address, `{a}` lower case, `{GB}`/`{GBL}`/`{gb}` the UK, `{US}`/`{USL}`
the US, `{EU}`/`{EUL}` Europe, `{PH}` a Swedish number, `{PHF}` a firm's number, `{PHX}` one from
abroad, `{EF}` a firm's e-mail address, `{PNR}` a personnummer, `{PNRO}` one of the very old.
Everything else (`{DATE}`, `{AMT}`, `{REF}`, `{ORG}`, `{HOTEL}`, `{GARM}` ...) is no value.
"""

DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip

# Words drawn into rows as no value: garments, stains, firms named after no person.
GARMENTS = {
    "sv": ("kavaj", "kostym", "vinterkappa", "dunjacka", "sidenblus", "brudklänning", "ullrock", "skjorta", "frack", "balklänning", "gardiner", "täcke", "mockajacka", "skinnjacka", "linnebyxor", "kashmirtröja", "duntäcke", "regnrock", "studentklänning", "uniformsjacka"),
    "en": ("suit jacket", "wool coat", "silk blouse", "wedding dress", "duvet", "tuxedo", "trench coat", "cashmere jumper", "curtains", "leather jacket", "prom dress", "linen trousers", "school blazer", "down jacket", "evening gown", "tablecloths"),
}  # fmt: skip
STAINS = {
    "sv": ("rödvinsfläck", "kaffefläck", "gräsfläck", "fettfläck", "bläckfläck", "blodfläck", "stearinfläck", "rostfläck", "sminkfläck", "oljefläck", "svettfläckar", "tuggummi"),
    "en": ("red wine stain", "coffee stain", "grass stain", "grease mark", "ink stain", "blood stain", "candle wax", "rust mark", "make-up mark", "oil stain", "sweat marks", "chewing gum"),
}  # fmt: skip
FIRMS = {
    "sv": ("Tvätt & Press", "Rena Linnet", "Kemtvätten City", "Snabbtvätten", "Nålsögat Sömnad", "Skrädderiet på hörnet", "Vita Tvätten", "Linneservice Mitt", "Tvättstugan Söder", "Prima Kemtvätt", "Lagat & Lappat", "Stryk & Vik"),
    "en": ("Clean & Fold", "Spin Cycle Laundrette", "Pressed", "The Mending Room", "Bubbles Launderette", "Crisp Linen Services", "Needle & Thread Alterations", "Fresh Press Dry Cleaners", "Soap Suds Laundry", "Stitch in Time"),
}  # fmt: skip
HOTELS = {
    "sv": ("Hotell Nordstjärnan", "Hotell Kajutan", "Stadshotellet", "Hotell Fyren", "Sjöhotellet", "Hotell Tornet", "Vandrarhemmet Ekbacken", "Hotell Ankaret", "Spa Hotell Källan", "Konferens Solgläntan"),
    "en": ("The Harbour Hotel", "Riverside Inn", "The Grand", "Station Hotel", "Castle View Hotel", "The Old Mill B&B", "Seaview Lodge", "The Linden Hotel"),
}  # fmt: skip
GYMS = {
    "sv": ("Gym Pulsen", "Styrkefabriken", "Kraftverket Gym", "Friskis & Svettis", "Core Fitness", "Träningsboden", "Klätterhallen Greppet", "Simhallen Forsen"),
    "en": ("Iron Works Gym", "FitHub", "Core Studio", "The Boxing Shed", "Pulse Fitness", "Peak Climbing Wall", "Harbour Pool & Spa"),
}  # fmt: skip
RESTAURANTS = {
    "sv": ("Restaurang Kajen", "Bistro Smör", "Krogen Ankaret", "Pizzeria Vesuvio", "Sushibaren", "Thai Garden", "Kvarterskrogen", "Café Mandel", "Brasseriet", "Restaurang Sjöboden"),
    "en": ("The Copper Pot", "Green Fork", "The Crown & Anchor", "Noodle Bar", "The Olive Tree", "Harbour Kitchen", "The Red Lion", "Spice Route"),
}  # fmt: skip

SV = (
    # drop-off and pick-up slips
    "INLÄMNINGSKVITTO {REF}\n{FIRM}\nKund: {P#1}\nTel: {PH}\nPlagg: 1 {GARM}, 2 skjortor\nAnmärkning: {STAIN} på vänster ärm\nKlart: {DAY} {DATE} efter kl. {TIME}",
    "Inlämnat {DATE} av {P#1} ({PH}). 3 plagg kemtvätt, 1 {GARM} lagning. Hämtas av: {G#1} själv eller {P}.",
    "Lapp nr {NUM} – {RU} – {PH} – {GARM} – kemtvätt + pressning – {AMT} – betalt med kort",
    "Hej {G}! Din tvätt är klar att hämta hos {FIRM} på {ST}. Öppet {TIME}–18.00. Ta med kvittot. /Tvätteriet",
    "SMS till {PH}: Hej, din {GARM} är lagad och klar. Välkommen in! Mvh {G} på {FIRM}",
    "Upphämtning beställd\nNamn: {P}\nAdress: {A}\nPortkod {NUM}\nTelefon: {PH}\nTid: {DAY} mellan {TIME} och 12.00",
    "KUNDKORT\nEfternamn: {SU#1}\nFörnamn: {GU#1}\nAdress: {AL}\nMobil: {PH}\nE-post: {E#1}\nStammis sedan {DATE}",
    "Kvitto {REF}. Kund {S:f}, {Gs:m} fru, lämnade in {GARM} med {STAIN}. Vi lovar inget med fläcken, hon godkände det.",
    "Hämtas senast {DATE}. Ej hämtade plagg skänks efter 90 dagar. Kund: {I}, tel {PH}.",
    "Ombud: {P#1} hämtar {Ps} kemtvätt mot uppvisande av kvitto {REF}. {G#1} visade körkort.",
    # stains and damaged garments
    "Skadeanmälan – textil\nKund: {P#1}, {PNR}\nAdress: {A}\nPlagg: {GARM}, inlämnat {DATE}\nSkada: krympt efter tvätt, kunden menar att skötselrådet följdes.\nHandläggare: {P}, {E}",
    "Hej {P}! Vi har tyvärr missfärgat din {GARM} vid tvätten. Vi ersätter med {AMT} enligt åldersavdrag. Hör av dig på {PHF} om du har frågor. Vänliga hälsningar {P}, butikschef",
    "Fläckprotokoll {REF}: {STAIN} på framstycke. Förbehandlad två gånger. Kvarstår svagt. Kunden ({S}) informerad per telefon {DATE}.",
    "Anteckning: {Gs#1} {GARM} fick ett hål vid knapphålet efter pressning. {G} ringer {P#1} ({PH}) i morgon och erbjuder gratis lagning.",
    "Till Allmänna reklamationsnämnden\nAnmälare: {P#1}\nPersonnummer: {PNR}\nAdress: {AL}\nMotpart: {FIRM}, org.nr {ORG}\nYrkande: {AMT} för förstörd {GARM}.",
    "Hej! Min {GARM} kom tillbaka med en {STAIN} som inte fanns där när jag lämnade in den. Kvitto {REF}. Kan jag få den omtvättad? Mvh {P}, {PH}\n{E}",
    "Svar till {P:f}: Vi har undersökt plagget och ser att tyget har tunnats ut av ålder, inte av vår behandling. Vi bjuder ändå på tvätten. Hälsningar {G}, {FIRM}",
    "Reklamation {REF} – {RU} – {GARM} – färgen har blött – ersättning {AMT} beviljad av {S}",
    "Kunden {P} kom in och var upprörd: en knapp saknades på {GARM}. {G:f} på kassan hittade knappen i påsen och sydde i den direkt.",
    # complaints
    "Jag vill klaga på bemötandet i er butik på {STN}. Tjejen i kassan sa att det var mitt fel att kavajen krympt. Jag är mycket missnöjd. /{P}, {A}",
    "Klagomål mottaget {DATE}\nFrån: {P#1} <{E#1}>\nÄrende: försenad leverans av duntäcke\nÅtgärd: {G} på kundtjänst ringde upp {G#1} på {PH}.",
    "Hej {G}, tack för ditt mejl. Vi beklagar att dina skjortor inte var klara i tid. Som kompensation får du nästa tvätt gratis. Mvh {P}, kundtjänst, {FIRM}, {EF}",
    "Till {FIRM}\nJag lämnade in min {GARM} {DATE} och fick tillbaka fel plagg. Mitt kvitto har nummer {REF}. Ring mig på {PH} eller skriv till {E#1}.\n{P#1}\n{A}",
    "Recension ★★☆☆☆: Dyrt och slarvigt. Fick vänta 20 minuter. {G} bakom disken var dock trevlig. //{Gi}",
    # delivery of laundry to homes and restaurants
    "Körlista {DAY} {DATE}\n1. {P} – {A} – 2 säckar\n2. {P} – {A} – portkod {NUM}\n3. {REST}, leveransingång, {A} – 40 dukar, 120 servetter\nChaufför: {G}",
    "Leverans: {P}\n{STL}\nRing på {PH} vid ankomst, hissen är trasig.",
    "Hej {g}, kan du köra ut till {a} i eftermiddag? kunden är hemma efter 15",
    "Utkörning till {REST}: rena förkläden och kockrockar, {NUM} st. Kontaktperson {P}, {PH}. Lämna i bakdörren på {STN} om ingen svarar.",
    "Hemtjänstens tvätt för {P#1} ({PNRO}) hämtas varje {DAY}. Adress: {A}. Nyckel i nyckelgömma, kod {NUM}. Kontakt: undersköterska {P}, {PH}.",
    "Tvätt med hämtning och lämning – RUT-underlag\nKöpare: {P#1}\nPersonnummer: {PNR}\nBostad: {A}\nArbetskostnad: {AMT}\nUtfört av: {FIRM}",
    "Prenumeration tvättpåse varannan vecka\nKund: {F}\nLeveransadress: {AL}\nTelefon: {PH}\nFaktura via e-post: {E}",
    "Hej! Jag är inte hemma på {DAY}. Kan ni lämna tvätten hos grannen {P} på {ST} i stället? /{G}",
    "Chaufförsnotis: {P} ({PH}) vill ha leverans till sommarstugan, {AR}. Körs {DATE}.",
    "Restaurangtvätt, avtal\nKund: {REST}, org.nr {ORG}\nKontakt: köksmästare {P}, {PH}, {E}\nLeveransadress: {AL}\nHämtning: {DAY}ar kl. {TIME}",
    # staff rotas
    "Schema vecka {NUM}\nMån: {G} (öppning), {G}\nTis: {G}, {G}\nOns: {G} (stängning)\nTors: {P}\nFre: {G}, {G}\nLör: {G} + {Gi}\nFrågor om schemat: {P}, {PH}",
    "Personalschema {FIRM}\n{R} 07–15\n{R} 10–18\n{R} 12–20 (mangeln)\n{R} ledig, vabbar",
    "Hej alla, {P#1} börjar hos oss på måndag och går bredvid {G} i pressen första veckan. Välkommen {G#1}!",
    "Sjukanmälan {DATE}: {P} ({PH}). Ersättare ringd: {G} ({PH}) kan ta passet 10–18.",
    "Nyanställd\nNamn: {P#1}\nPersonnummer: {PNR}\nAdress: {A}\nClearing/konto: {NUM}-{NUM}\nNärmaste anhörig: {P}, {PH}",
    "Byte av pass: {G} tar {Gs} lördag mot att {G} tar söndag. OK av {S}? /{g}",
    "Semesterlista sommar\n{RU} v. 27–29\n{RU} v. 30–32\n{RU} v. 28–31\nAnsvarig: {P}",
    "Lönespecifikation {MONTH}\n{F#1}, {PNR}\n{A}\nTimmar: {NUM}\nOB-tillägg: {AMT}\nUtbetalas till konto i {BANK}",
    # invoices to hotels and gyms
    "FAKTURA {INV}\n{FIRM}, org.nr {ORG}\nKund: {HOTEL}\nAtt: {P}\n{BOX}\nAvser: linne och handdukar, {KG} kg à {AMT}\nBetalas till bankgiro {BG}, OCR {OCR}",
    "Faktura {INV} till {GYM}, {BOX}\nVår referens: {P}\nEr referens: {P}\nHanddukstvätt {NUM} st\nFörfallodatum {DATE}\nFrågor: {EF} eller {PHF}",
    "Påminnelse: faktura {INV} på {AMT} till {HOTEL} är obetald. Kontakta ekonomiansvarig {P} på {PHF} eller {E}.",
    "Hej {G}! Bifogar fakturan för {MONTH}. Antalet lakan stämmer med följesedlarna som {P} signerade. Hälsningar {P}, {FIRM}, {PHF}",
    "Avtal linneservice\nLeverantör: {FIRM}\nKund: {HOTEL}, {AL}\nKontaktperson: {P}, {PH}\nUndertecknat av {P} och {P}",
    "Följesedel {REF}\nMottagare: {GYM}, {A}\nHanddukar {NUM} st, mattor {NUM} st\nMottaget av: {U}",
    "Kreditfaktura {INV}: {HOTEL} ({A}) debiterades två gånger för {DATE}. Godkänt av {S}, ekonomi.",
    # clothing repair and tailoring
    "Ändringsskrädderi\nKund: {F}\nTel: {PH}\nUppdrag: lägga upp byxor 3 cm, ta in midjan\nProva: {DAY} kl. {TIME}\nSömmerska: {G}",
    "Hej {G}! Dragkedjan i din {GARM} är bytt. Pris {AMT}. Hämtas på {ST}. /{G}, Skrädderi {S}",
    "{Ss} Skrädderi & Kemtvätt\n{A}\nTel {PHF}\nVälkommen!",
    "Brudklänningen till {P#1:f} ska vara klar {DATE}. Sista provning med {G#1} och hennes mamma {P:f}. Ring {PH} om det blir ändrat.",
    "Lagningslista\n– {R}: lappa knän, jeans\n– {R}: ny foder i {GARM}\n– {R}: korta ärmar\n– {R}: byta knappar",
    "Beställning av uniformsbyxor till {GYM}: {NUM} par i storlek 38–52. Måtten tagna av {P} {DATE}. Kontakt hos kund: {P} ({E}).",
    "Frack till uthyrning\nHyrestagare: {F}\nPersonnummer: {PNR}\nAdress: {A}\nTel: {PH}\nHyrestid: {DATE} – {DATE}\nDeposition: {AMT}",
    # chats and mail
    "{g#1}: har nån sett lappen till {Gs} mockajacka?\n{g}: ligger i pärmen vid kassan\n{g#1}: tack!!",
    "Från: {P#1} <{E#1}>\nTill: {EF}\nÄmne: Hämtning av mattor\n\nHej! Kan ni hämta två mattor hos mig på {A} nästa vecka? Bäst nås jag på {PH}.\n/{G#1}",
    "Från: {P#1} <{E#1}>\nÄmne: Sv: din beställning\n\nHej {G}, vi kan tyvärr inte tvätta skinnet själva men skickar den till vår underleverantör. Leveranstid två veckor.\nMvh {G#1}\n{FIRM}\n{AL}\n{PHF}",
    "hej! {g} här, är min kavaj klar? lämnade in i tisdags",
    "@{g} kan du ta mangeln efter lunch? {g} har gått hem sjuk",
    "{n}: kunden i morse glömde sin påse, nån som vet vem det var?\n{n}: nej men kolla kvittot, står {S} på det tror jag",
    "Mvh\n{P}\nButiksansvarig, {FIRM}\n{A}\n{PHF} | {PH}\n{E}",
    "Hälsningar {P}\n{FIRM} – tvätt, kemtvätt och lagning\nBesök: {ST}\nPost: {BOX}\nTel. {PHF}",
    "Hej {G}, {G} från tvätteriet här. Din matta kom inte med i går, den körs ut till {a} {DAY} i stället. Ursäkta strulet!",
    "Meddelande från {P} ({PH}): Jag har glömt min plånbok i en byxficka som jag lämnade in. Kan ni kolla?",
    "Kan {G} eller {G} ta över rutten i Solna i morgon? {P} är på kurs. Nycklarna till bilen hänger på kontoret.",
    "Inlämnat av {P}, {ATR}. Ringer på {PH} när det är klart.",
    # lost and found, keys, misc forms
    "Upphittat i fickan: en ring och ett kvitto. Plagg inlämnat av {P}, tel {PH}. Lagt i kassaskåpet av {G} {DATE}.",
    "Nyckelkvittens\nJag, {P#1}, {PNR}, har mottagit nyckel nr {NUM} till tvättlokalen.\n{TOWN} {DATE}\nUnderskrift: {P#1}",
    "Kundregister, utdrag\n{R}; {A}; {PH}\n{R}; {A}; {PH}\n{R}; {BOX}; {PHF}",
    "Bokning av tvättstuga i föreningen: {P} har bokat {DAY} kl. {TIME}. Anmärkning från {P} i styrelsen: torktumlaren är trasig.",
    "Till fastighetsägaren {P}: Vi vill hyra lokalen på {ST} för en ny kemtvätt. Hör av dig på {PH}. /{P} och {P}",
    "Hej! Jag heter {P#1:f} och undrar om ni tvättar hundtäcken. Det är till vår labrador Bamse. Mvh {G#1}, {PH}",
    "Servicetekniker {P} kommer {DAY} och lagar tvättmaskin nr 4. Nås på {PH}. Hämta nyckel hos {G} i receptionen.",
    "Anmälan om försvunnen {GARM}\nÄgare: {F#1}\nAdress: {AL}\nTelefon: {PH}\nE-post: {E#1}\nSenast sedd hos: {FIRM}, {ST}",
    "Gåvobrev: {P} ger härmed sina gamla frackar till teaterföreningen, kontakt {P}, {PH}.",
    "Vi bor på {STN} och undrar om ni hämtar så långt ut. Vi är två pensionärer, {P} och {P}. Telefon {PH}.",
    "Kemtvätt för dödsbo: {F#1} ({PNR}) avled {DATE}. Kläderna hämtas av sonen {P:m}, {PH}, som är dödsbodelägare. Adress: {A}.",
    "Orderbekräftelse {ORD}\nKund: {P}\nLeverans till: c/o {P}, {A}\nInnehåll: 1 duntäcke, 2 kuddar\nBetalt via Swish {SWISH}",
    "Hej {G}! Det var {G:f} som tog emot din {GARM} i fredags. Hon har skrivit {STAIN} på lappen, så vi behandlar den särskilt. Mvh {FIRM}",
    "Kundklubben: {P:f}, {A}, {PH}, {E}. Rabatt 10 % på kemtvätt t.o.m. {DATE}.",
    "Ärende {REF}: kunden {U} (pnr {PNR}) begär ersättning för borttappad kostym. Försäkringsbolaget kontaktat av {S}.",
    "{U} har hämtat. Signatur: {Gi}",
    "Protokoll personalmöte {DATE}\nNärvarande: {P}, {P}, {P}, {P}\n§1 Nya strykbord beställda\n§2 {G} blir ansvarig för hotellkunderna\nJusteras: {G}",
    "Tvättinstruktion från {P} ({PH}): ylletröjan ska handtvättas kallt, inte centrifugeras. Tack! /{n}",
    "Leveransavvikelse {DATE}: {HOTEL} saknar {NUM} badlakan. {P} på hotellet ({PH}) har räknat två gånger. Vår chaufför {G} bestrider.",
    "Hej {G}! Jag har flyttat från {ST} till {A}. Kan ni uppdatera adressen i kundregistret? /{P}",
    "Intyg: {P#1}, pnr {PNRO}, har varit kund hos oss sedan 1970-talet och får gratis hämtning. Signerat {P}, ägare.",
    "Tvätteriet på {STN} tar emot: skjortor, kostymer, mattor, gardiner. Vid frågor kontakta {P} på {PHF} eller mejla {EF}.",
    "Mangelstugan, bokningslista {DATE}\n{TIME} {S}\n{TIME} {S}\n{TIME} {S} (stora mangeln)\n{TIME} {s}??",
    "Sömnadskurs i lagning hålls av {P} på {ST}. Anmälan till {E} eller {PH}. Max {NUM} deltagare.",
    "Kemtvätt Norr har ny ägare: {P}. Tidigare ägaren {P} tackar alla kunder. Nytt nummer: {PHF}, samma adress: {A}.",
    # more slips, letters and lists with addresses
    "Hämtlista {DAY} {DATE}\n{R} – {A}\n{R} – {A}\n{R} – {ARL}\n{R} – {STL}\nFörare: {G} ({PH})",
    "Adressändring: {P} har flyttat från {A} till\n{AL}\nGäller från {DATE}.",
    "Faktureringsadress: {BOX}\nLeveransadress: {A}\nKontaktperson: {P} ({PH})",
    "Hej! Det är {N} här. Kan ni lämna tvätten hos mamma på {a} i stället för hos mig? Hon heter {P:f}.",
    "{ns:f} jacka hänger kvar sedan i vintras, ska vi ringa henne?? hon bor på {a}",
    "RUT-underlag till Skatteverket, {MONTH}\n{R}, {PNR}, {A}\n{R}, {PNR}, {A}\n{R}, {PNR}, {AR}",
    "Avtal hemtvätt\nKund: {F#1}\nPersonnummer: {PNR}\nAdress: {AL}\nFakturaadress: c/o {P}, {A}\nTelefon: {PH}",
    "Vi har tagit emot {Gs} och {Gs} arbetskläder. De lämnas på {ST} på torsdag. Frågor till {P} ({PH}).",
    "Biståndsbeslut, tvätt\n{P#1}, {PNRO}\n{A}\nInsats: tvätt varannan vecka, hämtning och lämning\nBiståndshandläggare: {P}, {PHF}",
    "{P#1}\n{AL}\n\nHej {G#1}! Din {GARM} har legat hos oss i 90 dagar. Hämta den senast {DATE}, annars skänks den. Hälsningar {FIRM}, {A}",
    "Hej {G}! Nu öppnar vi vår nya butik på {A}. Den gamla på {ST} stänger {DATE}. Välkommen! /{N} och {G}",
    "ny kund: {p}, {a}, {PH}",
    "Leveransadress ändrad för {HOTEL}: nu {BOX} (godsmottagningen), tidigare {A}. Kontakt: {P}, {PH}.",
    "Sömnad: {Ps} bröllopskostym och {Gs} klänning ska vara klara {DATE}. Provning hos oss på {ST}.",
    "Anställningsavtal\nArbetsgivare: {FIRM}, {A}\nArbetstagare: {F}, {PNR}\nAdress: {AL}\nTillträde: {DATE}\nLön enligt avtal",
    "Kemtvätten vid {STN} söker personal. Skicka ansökan till {P} på {E} eller kom förbi med ditt cv på {A}.",
    "Påminnelse till {F} ({PNR}): tre plagg är ännu inte hämtade. Vi skickar dem till {ARL} enligt ditt önskemål.",
    "Tack för hjälpen i går ({N} och {G} stannade kvar till nio!). Nästa inventering: {DATE}. /{S}",
    "Skickas till: {P}\n{ATR}\nAvsändare: {FIRM}, {BOX}",
    "Hämtning hos {P} ({PH}), {A}, och hos grannen {P}, {ST}. Båda vill ha tvätten tillbaka {DAY}.",
    "Frågade {Gs} pappa ({P:m}) om han ville ha skjortorna strukna. Han svarar på {PH}. Adress {A}.",
    "Körschema hotell {DAY}\n{TIME} {HOTEL}, {A}, kontakt {P} {PH}\n{TIME} {GYM}, {A}, kontakt {P} {PH}\n{TIME} {REST}, {A}",
    "Kund: {F#1}\nPersonnummer: {PNR}\nE-post: {E#1}\nMobil: {PH}\nAdress: {ARL}\nVill ha sms när tvätten är klar: ja",
    "Hej {P}, jag heter {G} och jobbar på {FIRM}. Vi har hittat ett örhänge i din {GARM}. Ring {PHF} eller mejla {EF}.",
)

EN = (
    "DROP-OFF TICKET #{NUM}\n{FIRMEN}\nCustomer: {P#1}\nPhone: {PHX}\nItems: 1 {GARMEN}, 3 shirts\nNote: {STAINEN} on the collar\nReady: {DAYEN} after {TIMEEN}",
    "Hi {G}, your dry cleaning is ready to collect from {FIRMEN}, {GB}. We're open until 7pm. Bring your ticket! - {G}",
    "Collection booked\nName: {P}\nAddress: {GB}\nPhone: {PHUK}\nSlot: {DAYEN} {TIMEEN}-12:00",
    "Dear {P},\nWe're sorry that your {GARMEN} was damaged while in our care. We will refund {GBP} in line with our policy.\nKind regards,\n{P}\nStore Manager, {FIRMEN}\n{GBL}\n{PHUK}",
    "Complaint from Mrs {S} (tel {PHUK}, ticket {REF}): {GARMEN} returned with a {STAINEN} that was not there before. Handled by {G}.",
    "To whom it may concern,\nI left my {GARMEN} with you on {DATEEN} and it came back two sizes smaller. I expect a full refund.\n{P}\n{GBL}\n{E}",
    "Delivery run {DAYEN}\n1. {P} - {GB} - 2 bags\n2. {RESTEN}, rear entrance, {GB} - 60 napkins\n3. {P} - {gb}\nDriver: {G}",
    "INVOICE {INV}\n{FIRMEN}\nBill to: {HOTELEN}\nAttn: {P}\n{GBL}\nBed linen {KG} kg @ {GBP}\nTowels x{NUM}\nTotal: {GBP}\nPayment due {DATEEN}",
    "Invoice {INV} to {GYMEN}, {GB}, attn {P}: towel service {MONTHEN}, {NUM} towels. Queries to {EF} or {PHUK}.",
    "Staff rota w/c {DATEEN}\nMon: {G}, {G}\nTue: {G} (open)\nWed: {G}, {Gi}\nThu: {P}\nFri: {G}, {G}\nSat: {G}\nCover: {P}, {PHUK}",
    "Rota swap: {G} covering {G'} Saturday shift, {G} taking Sunday. Approved by {S}.",
    "New starter: {P#1} will shadow {G} on the presses all week. Please make {G#1} feel welcome!",
    "From: {P#1} <{E#1}>\nTo: {EF}\nSubject: Missing shirt\n\nHi, one of my five shirts wasn't in the bag. Ticket {REF}. Can you check? Best reached on {PHX}.\n{G#1}",
    "From: {P#1} <{E#1}>\nSubject: Re: alterations\n\nHi {G}, the hem on your trousers is done. {GBP} to pay on collection.\nThanks,\n{G#1}\n{FIRMEN}\n{GB}",
    "Alterations slip\nCustomer: {F}\nPhone: {PHUK}\nJob: take in waist 2in, shorten sleeves\nFitting: {DAYEN} {TIMEEN}\nTailor: {G}",
    "Hi {G}! It's {G} from {FIRMEN}. The zip on your {GARMEN} is replaced, ready whenever. Cheers",
    "{S'} Tailoring & Dry Cleaning\n{GB}\nTel {PHUK}",
    "hey {g} can u cover the till at 2? {g} called in sick",
    "@{g} the van keys are in the drawer, route is {gb} then the hotel",
    "{g}: who took in the red coat this morning?\n{g}: me, it's for {S}, ticket in the folder",
    "Order {ORD} - wash & fold subscription\nCustomer: {F}\nDelivery: {USL}\nPhone: {PHUS}\nEmail: {E}",
    "Pickup request: {P}, {US}, phone {PHUS}. Doorman knows us.",
    "Hi {P}, your laundry was delivered to {US} at {TIMEEN}. Left with {P} at the front desk.",
    "Restaurant linen contract\nClient: {RESTEN}\nContact: head chef {P}, {PHUK}, {E}\nDelivery address: {GBL}\nCollection: {DAYEN}s",
    "Reminder: invoice {INV} for {GBP} to {HOTELEN} is overdue. Please contact {P} in accounts on {PHUK}.",
    "Hi {G}, attached is this month's invoice. The sheet count matches the delivery notes {P} signed. Best, {P}",
    "Delivery note {REF}\nTo: {GYMEN}, {GB}\nTowels x{NUM}, mats x{NUM}\nReceived by: {U}",
    "Review ★★★★★ Best dry cleaner in town. {G} got a {STAINEN} out of my {GARMEN} that two other places gave up on. - {Gi}",
    "Review ★☆☆☆☆ Lost my jacket and nobody called me back. Asked for {G} three times. - {P}",
    "Lost property: wedding ring found in pocket of {GARMEN} dropped off by {P} ({PHX}). Logged by {G}.",
    "Can {G} or {G} take the Hackney route tomorrow? {P} is on a course. Van keys on the hook.",
    "Dear {G},\nThank you for your email. We've looked at the coat and the lining had perished with age. As a gesture we won't charge for cleaning.\nBest wishes,\n{P}\n{FIRMEN}\n{EF}",
    "Customer list (extract)\n{R}; {GB}; {PHUK}\n{R}; {GB}; {PHUK}\n{R}; {US}; {PHUS}",
    "Wedding dress for {P#1:f} due {DATEEN}. Final fitting with {G#1} and her sister {P:f}. Call {PHX} if anything changes.",
    "Repairs list\n- {R}: patch knees\n- {R}: new lining, {GARMEN}\n- {R}: replace buttons\n- {R}: shorten hem",
    "Uniform order for {GYMEN}: {NUM} polo shirts. Measurements taken by {P} on {DATEEN}. Client contact: {P} ({E}).",
    "Thanks,\n{P}\nOperations Manager | {FIRMEN}\n{GB}\nT: {PHUK} | M: {PHUK}\n{E}",
    "Message from {P} ({PHX}): I think I left my wallet in a trouser pocket. Could you have a look?",
    "Care home laundry, {GB}: residents' clothes for {P} (room {NUM}) and {P} (room {NUM}). Contact: {P}, duty nurse, {PHUK}.",
    "We're at {EU} for the summer - could you post the cleaned jacket there? Thanks, {P}",
    "Tux hire\nHirer: {F}\nAddress: {USL}\nPhone: {PHUS}\nDates: {DATEEN} - {DATEEN}\nDeposit: {USD}",
    "Hello, my name is {P#1:f}. Do you clean dog blankets? It's for our spaniel Biscuit. Thanks, {G#1} ({PHX})",
    "Engineer {P} is coming {DAYEN} to fix machine 3. Mobile {PHUK}. Keys with {G} at reception.",
    "Staff meeting notes {DATEEN}\nPresent: {P}, {P}, {P}\n1. New steam press arriving\n2. {G} now looks after the hotel accounts\nNext meeting chaired by {S}",
    "Hi, I'm moving from {GB} to {GB}. Could you update my address for collections? {P}, {E}",
    "The Mending Room is now run by {P}. Previous owner {P} thanks all customers. New number {PHUK}, same address: {GB}.",
    "Payroll query: {P:f} says her hours for {MONTHEN} are short by {NUM}. Checked by {S}, payroll.",
    "Sorry {g}!! forgot to tag the grey suit, it's {S'} i think, ticket 4 something",
    "Our hotel at {EU} needs a new linen supplier. Please quote to {P}, housekeeping, {E}, {PHX}.",
    "Shipping label\nFrom: {FIRMEN}, {GB}\nTo: {P}\n{EUL}\nTel {PHX}",
    "c/o {P}, {GB}. Please deliver to the neighbour if nobody's in. - {Gi}",
    "Collection round {DAYEN}\n{R} - {GB}\n{R} - {GB}\n{R} - {GBL}\nDriver: {G} ({PHUK})",
    "Change of address: {P} has moved from {GB} to\n{GBL}\nfrom {DATEEN}.",
    "Billing address: {GB}\nDelivery address: {GB}\nContact: {P} ({PHUK})",
    "Hi, it's {N}! Could you drop the laundry at my mum's on {gb} instead? Her name's {P:f}.",
    "{N':f} coat is still on the rail from last winter, shall we ring her? lives on {gb} i think",
    "{P#1}\n{GBL}\n\nDear {G#1}, your {GARMEN} has been with us for 90 days. Please collect it by {DATEEN}.\n{FIRMEN}, {GB}",
    "We've received {G'} and {G'} work uniforms. Delivering to {GB} on Thursday. Questions to {P} ({PHUK}).",
    "Our new branch opens at {GB}! The old shop at {GB} closes on {DATEEN}. - {N} and {G}",
    "new customer: {p}, {gb}, {PHUK}",
    "Employment contract\nEmployer: {FIRMEN}, {GB}\nEmployee: {F}\nAddress: {GBL}\nStart date: {DATEEN}",
    "Route {NUM}, {DAYEN}\n{P} - {US}\n{P} - {US}\n{RESTEN} - {USL}\nDriver: {G} ({PHUS})",
    "Return to sender: {P}, {EUL}. Original sender: {FIRMEN}, {GBL}.",
    "Tailoring for {P'} wedding suit and {G'} bridesmaid dress, fitting at {GB} on {DAYEN}.",
    "Thanks for staying late ({N} and {G} were here till nine!). Next stocktake {DATEEN}. - {S}",
    "Please invoice {HOTELEN}, FAO {P}, at {GBL}, not the old address on {GB}.",
    "Hotel run {DAYEN}\n{TIMEEN} {HOTELEN}, {GB}, ask for {P}, tel {PHUK}\n{TIMEEN} {GYMEN}, {GB}\n{TIMEEN} {RESTEN}, {GB}, {P}",
    "New account\nName: {F#1}\nEmail: {E#1}\nMobile: {PHUK}\nAddress: {GBL}\nText me when ready: yes",
    "Hi {P}, this is {G} at {FIRMEN}. We found an earring in your {GARMEN}. Call us at {PHUS} or email {EF}. We're at {US}.",
)

MIXED = (
    "Hej {G}! Your dry cleaning is ready att hämta på {ST}. Öppet till 18. /{G}, {FIRM}",
    "Inlämningskvitto {REF}\nCustomer: {F}\nTel: {PH}\nItems: 2 shirts, 1 {GARM}\nReady: {DAY} after {TIME}",
    "Hi {G}, vi har fått klagomål från {HOTEL} om fläckar på lakanen. Can you call {P} there on {PHF}? Tack!",
    "{g#1}: kan du cover mitt pass på lördag?\n{g}: sure, byt med mig på tisdag då\n{g#1}: deal 👍",
    "From: {P#1} <{E#1}>\nTo: {EF}\nSubject: Reklamation\n\nHej, my suit came back med en {STAIN}. Ticket {REF}. Please call {PH}.\n/{G#1}",
    "Staff rota v. {NUM}\nMån: {G} open, {G} close\nTis: {G}\nOns: {Gi}, {G}\nTors: {G}\nFre: {P}\nLör: {G} (mangeln)\nQuestions: {P}, {PH}",
    "Faktura {INV} – {HOTEL}\nAtt: {P}\n{BOX}\nLinen service, {KG} kg\nTotal {AMT}\nQuestions? Mejla {EF} eller ring {PHF}.",
    "Invoice {INV} to {GYM}, {A}, our ref {P}, your ref {P}. Handdukar {NUM} st. Förfaller {DATE}.",
    "Körlista {DAY}\n1. {P} – {A}\n2. {REST}, back door, {A}\n3. {P} – {a}\nDriver: {G}, mobil {PH}",
    "Delivery to {P}, {STL}. Ring {PH} innan, hissen är broken.",
    "@{g} the hotel called, de saknar {NUM} badlakan. Kan du check the delivery note?",
    "Hej {P}! We're sorry att din {GARM} blev missfärgad. Vi ersätter med {AMT}. Best, {P}, manager, {EF}",
    "Skadeanmälan / Damage report\nKund: {P#1}, {PNR}\nAddress: {AL}\nPlagg: {GARM}\nDamage: shrunk\nHandled by: {P}",
    "New hire {P#1}, pnr {PNR}, börjar måndag. Address: {A}. Emergency contact: {P}, {PH}. Onboarding med {G}.",
    "Thanks för idag! Glöm inte att {G} tar över hotellkunderna from next week. /{S}",
    "Hi! {G} here från {FIRM}. Vi har lagat dragkedjan, it's ready. {AMT}. /{G}",
    "Best regards / Vänliga hälsningar\n{P}\nKey Account Manager, {FIRM}\n{AL}\n{PHF} | {PH}\n{E}",
    "Mvh {P} | Head of Housekeeping | {HOTEL} | {A} | {PH} | {E}",
    "Pickup request från {P}: {A}, portkod {NUM}. Phone {PH}. Anytime after 4pm.",
    "Customer {RU} – {PH} – {GARM} – dry clean + press – {AMT} – paid card",
    "Lapp {REF}: {STAIN} on sleeve, pre-treated twice. Kunden {S} informed by phone {DATE}.",
    "{g}: vem tog in the blue coat?\n{g}: jag, den är {Ss}, ticket i pärmen",
    "Meeting notes {DATE}\nPresent: {P}, {P}, {P}\n1. Ny ångpress levereras {DAY}\n2. {G} ansvarar för gym accounts\nNext: {S} leder",
    "Hej {G}, kan du skicka the contract till {P:m} på {GYM}? Email {E}. Han väntar på den.",
    "Restaurant linen, avtal\nClient: {REST}\nKontakt: chef {P}, {PH}, {E}\nLeverans: {AL}",
    "Our customer {P:f} flyttar till England: new address {GB}. Kan vi skicka hennes kostym dit? Phone {PHUK}.",
    "RUT receipt\nKöpare: {P#1}\nPersonnummer: {PNR}\nService: laundry pickup & delivery\nBostad: {A}\nLabour cost: {AMT}",
    "Hej! My name is {P#1:f} and I'm new i stan. Do you do alterations på kavajer? Mitt nummer är {PH}. /{G#1}",
    "{U} picked up. Signatur {Gi}, {DATE}",
    "Sick call {DATE}: {P} ({PH}). {G} kan ta passet 10–18, confirmed.",
    "Från: {P#1} <{E#1}>\nSubject: Sv: Linen order\n\nHi {G},\nVi kan leverera {NUM} extra lakan on {DAY}. Please confirm.\n/{G#1}\n{FIRM}\n{A}",
    "Hi team, {P#1:m} är vår nya driver. Han kör Solna route med {G} första veckan. Välkommen {G#1}!",
    "Lost & found: ring hittad i fickan på {GARM}, inlämnad av {P} ({PH}). Logged by {G}.",
    "Alteration request\nKund: {F}\nJob: korta byxorna 3 cm, take in waist\nFitting: {DAY} {TIME}\nSömmerska: {G}",
    "Kunden {P:f} ringde från {PHX}, hon är i Tyskland och vill ha kappan skickad till {EU}.",
    "Customer list\n{R}; {A}; {PH}\n{R}; {GB}; {PHUK}\n{R}; {A}; {PH}",
    "Hemtjänst laundry for {P#1} (pnr {PNRO}): pickup every {DAY}. Address {A}. Contact: {P}, {PH}.",
    "Hej {n}! the van is parked på {STN}, keys hos {G}",
    "Review: Super service! {G} tog bort en {STAIN} från min {GARM}. Highly recommend. /{Gi}",
    "Payroll: {P#1} ({PNR}) har fått för lite OB in {MONTH}. Check with {S}.",
    "Hej, I think jag har glömt min plånbok i en ficka. Ticket {REF}. Call me {PH}. /{P}, {E}",
    "Agreement linen service\nSupplier: {FIRM}, org.nr {ORG}\nCustomer: {HOTEL}, {AL}\nContact: {P}, {PH}\nSigned: {P} / {P}",
    "Orderbekräftelse {ORD}\nCustomer: {P}\nDeliver to: c/o {P}, {AL}\nItems: duvet x1, pillows x2",
    "{P} har bytt pass med {G}. Ok? cc @{g}",
    "Wedding dress fitting för {P#1:f} {DATE}. Her mum {P:f} följer med. Ring {PH} if late.",
    "Tack för beställningen! Your order {ORD} levereras till {A} på {DAY}. Questions: {EF}",
    "Hej {G}! Vi har flyttat tvätteriet till {A}. Same phone: {PHF}. Welcome!",
    "Engineer {P} kommer {DAY} och fixar maskin 2. Mobil {PH}. Keys hos {G} i receptionen.",
    "Hej {G}, kund {P:f} ({E}) undrar om we can clean suede. Kan du svara henne?",
    "Shipping: från {FIRM}, {A} till {P}, {EUL}. Tel {PHX}.",
    "Pickup list {DAY}\n{R} – {A}\n{R} – {a}\n{R} – {GB}\nDriver: {G}",
    "Address change: {P} har flyttat från {A} till\n{AL}",
    "Hej {N}! Can you drop the laundry hos min mamma {P:f} på {a}?",
    "{ns:f} jacka is still here since last winter, ska vi ringa henne? bor på {a}",
    "Contract hemtvätt\nCustomer: {F#1}\nPersonnummer: {PNR}\nAddress: {AL}\nBilling: c/o {P}, {A}",
    "New branch at {A}! Gamla butiken på {ST} closes {DATE}. /{N}",
    "Vi har fått {Gs} och {G'} uniforms. Levereras till {A} on Thursday. Frågor: {P} ({PH}).",
    "Anställningsavtal / Employment contract\nEmployee: {F}, {PNR}\nAddress: {AL}\nStart: {DATE}",
    "Thanks för i går ({N} och {G} stannade till nio!). Next inventering {DATE}. /{S}",
    "Please invoice {HOTEL}, att: {P}, {BOX}, inte den gamla adressen på {ST}.",
    "Leverans to {P}, {ATR}, och till {P} på {GB} via post.",
    "Hotel route {DAY}\n{TIME} {HOTEL}, {A}, ask for {P}, tel {PH}\n{TIME} {GYM}, {A}\n{TIME} {REST}, {a}",
    "New customer / Ny kund\nNamn: {F#1}\nPersonnummer: {PNR}\nEmail: {E#1}\nMobil: {PH}\nAddress: {AL}",
)

# Rows with no value at all, each used once: look-alikes of the genre.
NEGATIVES = (
    (
        "sv",
        "Inlämningskvitto {REF}. 3 skjortor à 45 kr per plagg, 1 {GARM} kemtvätt {AMT}. Klart {DAY} efter kl. {TIME}. Spara kvittot!",
    ),
    (
        "sv",
        "Skötselråd: 40° skontvätt, ej torktumling, strykning max två prickar. Plagget är av 70 % ull och 30 % polyamid.",
    ),
    (
        "sv",
        "FAKTURA {INV}\nOrg.nr {ORG}\nBankgiro {BG}\nOCR {OCR}\nLinne och handdukar, {KG} kg\nAtt betala: {AMT}\nFörfallodatum {DATE}",
    ),
    (
        "sv",
        "Öppettider {FIRM}: mån–fre {TIME}–18.00, lör 10.00–14.00. Stängt på midsommarafton och juldagen.",
    ),
    (
        "sv",
        "Tvättstugan: boka på tavlan i entrén. Torkskåpet stängs av automatiskt efter 3 timmar. Glöm inte att rensa luddfiltret.",
    ),
    (
        "sv",
        "Rosa och vita plagg tvättas separat. Häng upp lakanen på lina direkt efter centrifugering så blir de mindre skrynkliga.",
    ),
    (
        "sv",
        "Kemtvätten ligger på Södermalm, mitt emot tunnelbanan. Vi har även ett inlämningsställe i Nordstan och ett på Arlanda.",
    ),
    (
        "sv",
        "Leveransschema: rutt 3 körs {DAY}ar, rutt 7 {DAY}ar. Bilen ABC 12D står på service till {DATE}.",
    ),
    (
        "sv",
        "Order {ORD}: 120 servetter, 40 dukar, 16 kockrockar, 24 förkläden. Följesedel {REF} signerad. Pall nr {NUM}.",
    ),
    (
        "sv",
        "Fastigheten Mangeln 7 i Kalmar har fått bygglov för en tvättinrättning i bottenplanet. Beslut från byggnadsnämnden {DATE}.",
    ),
    (
        "sv",
        "Det blev en knut på tråden och fransen på sjalen lossnade. Lagningen tar en dag och kostar {AMT}.",
    ),
    (
        "sv",
        "Konsumentverket och Allmänna reklamationsnämnden har riktlinjer för åldersavdrag på kläder som skadas vid tvätt.",
    ),
    (
        "sv",
        "Swish {SWISH}. Kortbetalning över 50 kr. Presentkort gäller i 12 månader från köpdatum.",
    ),
    (
        "sv",
        "Rumsnummer 214, 215 och 318 ska ha extra handdukar. Spa-avdelningen behöver {NUM} badrockar i storlek L.",
    ),
    (
        "sv",
        "Rödvinsfläckar: salta inte! Badda med kallt vatten och ta med plagget till oss inom ett dygn. Vi klarar det mesta.",
    ),
    (
        "sv",
        "Tvättmaskin 4 visar felkod E21 igen. Serienummer 915 077 402. Service beställd hos Electrolux Professional, ärende {REF}.",
    ),
    (
        "sv",
        "Ny prislista från {DATE}: skjorta 49 kr, kavaj 169 kr, kostym 289 kr, täcke 349 kr, matta 120 kr per kvm.",
    ),
    (
        "sv",
        "Sol, vind och frisk luft är det bästa för dunjackan. Klara dagar kan den hänga ute några timmar innan den packas.",
    ),
    (
        "sv",
        "Arbetsmiljöverket besökte tvätteriet {DATE}. Anmärkning: ventilationen vid kemtvättmaskinen ska åtgärdas inom 30 dagar.",
    ),
    (
        "sv",
        "Per kilo tvätt tar vi 39 kr. Bo bekvämt: i Solna och Sundbyberg ingår hämtning vid beställning över {AMT}.",
    ),
    (
        "sv",
        "Lagerstatus: galgar 2 400 st, plastpåsar 8 rullar, etiketter 15 000, fläckmedel 12 liter. Beställ från Tvättgrossisten.",
    ),
    (
        "sv",
        "Kundnummer 10 442 019, avtal {REF}. Hämtning varannan {DAY} kl. {TIME}, leverans tre dagar senare.",
    ),
    (
        "sv",
        "Saga, björk och ek – nya namn på våra tre mangelrum efter renoveringen. Boka via appen.",
    ),
    (
        "sv",
        "Hotell Nordstjärnan har 84 rum och byter linne dagligen. Avtalet med Linneservice Mitt löper till 2028-06-30.",
    ),
    (
        "sv",
        "Gym Pulsen och Friskis & Svettis hämtar handdukar i Göteborg, Borås och Alingsås. Leverans inom 48 timmar.",
    ),
    (
        "sv",
        "Rapport {MONTH}: 14 200 kg tvätt, 3 180 skjortor, 412 kemtvättade plagg, 96 reklamationer varav 11 godkända.",
    ),
    (
        "en",
        "Drop-off ticket {REF}. 4 shirts at £2.50 each, 1 {GARMEN} dry clean {GBP}. Ready {DAYEN} after {TIMEEN}. Please keep this ticket.",
    ),
    (
        "en",
        "Care label: wash at 30°, do not tumble dry, iron on low heat. 100% cotton. Made in Portugal.",
    ),
    (
        "en",
        "INVOICE {INV}\nVAT no. GB 123 4567 89\nSort code 20-45-77\nAccount 41234567\nLinen service {KG} kg\nTotal due {GBP} by {DATEEN}",
    ),
    ("en", "Opening hours: Mon-Fri 7:30am-7pm, Sat 9am-5pm, closed Sundays and bank holidays."),
    (
        "en",
        "Mark the stain with chalk before you bring it in, and please don't rub it. Red wine and olive oil come out best when fresh.",
    ),
    (
        "en",
        "Violet, ruby and heather grey garments should be washed inside out to keep the colour. Ivory silk is dry clean only.",
    ),
    (
        "en",
        "Order {ORD}: 200 napkins, 60 tablecloths, 30 chef's jackets. Delivery note {REF}. Cage number {NUM}.",
    ),
    (
        "en",
        "Our van KX19 ABC is in for its MOT until {DATEEN}; the Soho and Shoreditch routes run late this week.",
    ),
    (
        "en",
        "Will the bill be sent by post or by email? Either is fine - we just need the PO number 4500129873 on it.",
    ),
    (
        "en",
        "Trading Standards and Citizens Advice say dry cleaners should follow the care label; the Textile Services Association has a code of practice.",
    ),
    (
        "en",
        "Room 412, 413 and 508 need extra towels. The spa needs {NUM} robes, size M, by {TIMEEN}.",
    ),
    ("en", "Price list from {DATEEN}: shirt £3.20, suit £14.50, duvet £22, curtains £6 per panel."),
    (
        "en",
        "Machine 3 error code F05 again. Serial 7301 2245 9981. Service ticket {REF} raised with the supplier.",
    ),
    (
        "en",
        "Grace period for collections is 30 days; after that items go to the charity shop on the high street.",
    ),
    (
        "en",
        "Frank feedback from the staff survey: the steam press area is too hot and the rota changes too late in the week.",
    ),
    (
        "en",
        "Hope the new pressing machine arrives by spring. Patience with the old one is running out!",
    ),
    ("en", "Tracking number 1Z 999 AA1 01 2345 6784. Parcel left in the safe place at 14:32."),
    (
        "en",
        "Monthly report {MONTHEN}: 9,800 kg washed, 2,040 shirts pressed, 77 complaints, 9 refunds.",
    ),
    (
        "mixed",
        "Kvitto {REF}: 3 shirts à 45 kr, 1 {GARM} dry clean {AMT}. Ready {DAY} efter kl. {TIME}. Keep the ticket!",
    ),
    (
        "mixed",
        "Skötselråd / care label: 40°, no tumble dry, strykning max två prickar. 100 % bomull.",
    ),
    (
        "mixed",
        "Invoice {INV}, org.nr {ORG}, bankgiro {BG}, OCR {OCR}. Total {AMT}, due {DATE}. Tack för att ni valde oss!",
    ),
    ("mixed", "Opening hours: mån–fre {TIME}–18.00, lör 10–14. Closed on Midsummer Eve."),
    (
        "mixed",
        "Hotell Fyren behöver 40 extra towels till konferensen {DAY}. Rum 101–140. Linen delivered before {TIME}.",
    ),
    (
        "mixed",
        "Route 5 körs {DAY}ar, van ABC 123 is at the workshop until {DATE}. Södermalm och Vasastan delayed.",
    ),
    ("mixed", "Order {ORD}: 80 napkins, 30 dukar, 12 kockrockar. Delivery note {REF}. Pall {NUM}."),
    ("mixed", "Rosa och white items separately please! Häng lakanen på lina, they dry faster."),
    ("mixed", "Felkod E21 på maskin 4 again. Serial 915 077 402, ärende {REF} med supplier."),
    ("mixed", "Price list: skjorta 49 kr, suit 289 kr, täcke 349 kr, rug 120 kr/kvm. From {DATE}."),
    ("mixed", "Swish {SWISH} or card. Presentkort valid 12 months."),
    (
        "mixed",
        "Arbetsmiljöverket inspection {DATE}: ventilation at the dry-cleaning machine to be fixed within 30 days.",
    ),
    ("mixed", "Rapport {MONTH}: 14 200 kg, 3 180 shirts, 96 complaints varav 11 approved."),
    (
        "mixed",
        "Mark the fläck with a pin, don't rub. Rödvin och olive oil come out best when fresh.",
    ),
    ("mixed", "Kundnummer 10 442 019, contract {REF}. Pickup every other {DAY} at {TIME}."),
    (
        "mixed",
        "Per kilo: 39 kr. Free pickup in Solna and Sundbyberg on orders over {AMT}. Bill sent by mejl.",
    ),
    (
        "mixed",
        "Gym Pulsen and Styrkefabriken get towels {DAY}s, {NUM} bags each. Sign the följesedel!",
    ),
    (
        "mixed",
        "Stock: galgar 2 400, plastic bags 8 rolls, labels 15 000, fläckmedel 12 l. Reorder from Tvättgrossisten.",
    ),
)
