# ruff: noqa: E501
"""Templates of held-out HZ (issue 15): florists and flower deliveries, in Swedish, English and both.

Orders with card messages, deliveries to hospitals, homes and offices, wedding and funeral flower
orders, firms' flower subscriptions, delivery drivers' notes and run sheets, complaints and
refunds, a shop's chat and SMS confirmations. Written from the writer's own knowledge of the trade.

Slots (filled by `generate_hz.py`): persons `{P}` full name, `{p}` lower case, `{U}` capitals, `{F}`
with middle names, `{G}`/`{g}` given name, `{N}`/`{n}` short form, `{S}`/`{s}` surname, `{SU}`/`{GU}`
surname/given name in capitals, `{I}` initials and surname, `{Gi}` given name and initial, `{R}`
`Surname, Given`, `{RU}` `SURNAME, Given`, `{E}` e-mail; `#n` is the same person again, `:f`/`:m`
a woman or a man, a trailing `s` a Swedish genitive and `'` an English one (outside the value).
Values: `{A}` Swedish address (`AL` over lines, `AR` rural, `STL` with lgh, `ST` street and number,
`STN` a street alone, `a` lower case, `BOX`), `{AU}`/`{AUL}`/`{au}` UK, `{AUS}`/`{AUSL}` US,
`{AEN}`/`{AENL}` either, `{AX}`/`{AXL}` Europe, `{STUK}` a UK street and number; phones `{PH}`,
`{PHM}` mobile, `{PHL}` landline, `{PHF}` a firm's, `{PHX}` abroad, `{PHUK}`, `{PHUS}`, `{PHEN}`;
`{PNR}` personnummer, `{PNRC}` one past a hundred (`+`); `{FE}` a shop's e-mail, `{EX}` someone
unnamed's. No value: dates, times, amounts, order, reference, OCR, org and account numbers, door
codes, wards, and the decks of `WORDS`.
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

# Words of the genre, none of them a value: firms, shops, hospitals and churches named after no
# person, venues and care homes (places, no addresses), bouquets, and pets (no persons).
WORDS: dict[str, tuple[str, ...]] = {
    "FLOW": (
        "en bukett med vita rosor och eukalyptus", "säsongens bukett", "en bukett tulpaner i blandade färger",
        "en orkidé i kruka", "pioner och ranunkel", "30 röda rosor", "en sorgbukett i vitt",
        "en blå hortensia i kruka", "amaryllis med hyacint", "en stor bukett solrosor",
        "en vårbukett med mimosa", "liljor och alstroemeria", "en julstjärna i kruka",
        "ängsblommor i rosa och lila", "nejlikor och brudslöja", "en rosa bukett med lejongap",
    ),
    "FLOWEN": (
        "a dozen red roses", "a hand-tied bouquet of seasonal flowers", "white lilies and eucalyptus",
        "a potted orchid", "peonies and ranunculus", "a sunflower bouquet", "a hatbox of pink roses",
        "a spring bouquet of tulips and narcissi", "a blue hydrangea in a pot", "a wildflower posy",
        "two dozen yellow roses", "a vase of freesias and stocks",
    ),
    "SHOP": ("Blomsterboden", "Gröna Rummet", "Tulpanhuset", "Vildblomman", "Blommor & Bladverk", "Rosenbladet", "Blomsterhallen", "Pionen Blommor"),
    "SHOPEN": ("Petal & Stem", "The Flower Room", "Stems & Co", "Wild Meadow Flowers", "The Green Bucket", "Forget-Me-Not Florist"),
    "HOSP": (
        "Södersjukhuset", "Danderyds sjukhus", "Akademiska sjukhuset", "Norrlands universitetssjukhus",
        "Universitetssjukhuset Örebro", "Skånes universitetssjukhus", "Länssjukhuset Ryhov",
        "Sunderby sjukhus", "Centralsjukhuset Karlstad", "Hallands sjukhus Varberg", "Gävle sjukhus",
        "Mälarsjukhuset", "Västerås sjukhus", "Östra sjukhuset", "Universitetssjukhuset i Linköping",
    ),
    "HOSPEN": (
        "Leeds General Infirmary", "Manchester Royal Infirmary", "Bristol Royal Infirmary",
        "the Royal Free Hospital", "Southmead Hospital", "Derriford Hospital", "the Western General",
        "Massachusetts General Hospital", "Mount Sinai Hospital", "Northwestern Memorial Hospital",
    ),
    "CHURCH": (
        "Domkyrkan", "Gamla kyrkan", "Västra kyrkan", "Uppståndelsens kapell", "Heliga Korsets kapell",
        "Masthuggskyrkan", "Högalids kyrka", "Hagakyrkan", "Norra kyrkogårdens kapell", "Skogskapellet",
        "Fjällkyrkan", "Kungsholms kyrka", "Kapellet vid Skogskyrkogården", "Lunds domkyrka",
    ),
    "CHURCHEN": (
        "Holy Trinity Church", "Christ Church", "the parish church", "the Unitarian Chapel",
        "the Register Office", "the Friends Meeting House", "Trinity Methodist Church", "the crematorium chapel",
    ),
    "VENUE": (
        "Häringe slott", "Tjolöholms slott", "Ästad vingård", "Steningevik", "Grand Hôtel", "Stadshuset",
        "Sjöpaviljongen", "Ekebyhovs slott", "Wiks slott", "Görvälns slott", "Nääs slott", "Skansen",
        "Logen på gården", "Båthuset vid sjön",
    ),
    "VENUEEN": (
        "the Orangery", "the Old Barn", "the Boathouse", "the Botanic Gardens", "the Town Hall",
        "the Walled Garden", "the Rosewood Hotel", "the Brewery", "the Assembly Rooms",
    ),
    "FIRM": (
        "Norrsken Konsult AB", "Tre Kronor Redovisning AB", "Hamnens Tandvård AB", "Nordisk Logistik AB",
        "Fyrbåken IT AB", "Kvarnen Fastigheter AB", "Ekonomihuset AB", "Region Uppsala",
        "Folktandvården Solna", "Stadsbiblioteket", "Advokatfirman Norrsken", "Tallbacken Förskola",
        "Skatteverket", "Länsstyrelsen", "Sparbanken Syd", "Vårdcentralen Björkhagen",
    ),
    "FIRMEN": (
        "Northgate Consulting Ltd", "Bluebell Dental Practice", "Redbrick Accountants", "Acorn Logistics",
        "Meridian Insurance", "Brightwater Estate Agents", "Oakfield Primary School", "Harbourside Legal LLP",
        "Summit Health Partners", "Blue Door Design Studio",
    ),
    "FUNERAL": ("Fonus", "Begravningsbyrån Ljusglimten", "Begravningsbyrån Stilla", "Eterna Begravningsbyrå", "Ro Begravningsbyrå", "Begravningsbyrån Minnet"),
    "FUNERALEN": ("Co-op Funeralcare", "Oakwood Funeral Services", "Riverside Funeral Home", "Willowbrook Funeral Directors", "Evergreen Memorial Chapel"),
    "PET": ("Sigge", "Morris", "Findus", "Bamse", "Molly", "Charlie", "Luna", "Rufus", "Zorro", "Doris", "Nisse", "Bella"),
    "HOME": ("Solgården", "Lindängen", "Ekbacken", "Tallgården", "Ängsbacka", "Rosenhill", "Sjöglimten"),
    "CAREHOMEEN": ("Meadowbank Care Home", "The Elms Nursing Home", "Oakwood House", "Sunnyside Care Home", "Willow Court"),
    "SCHOOL": ("Katedralskolan", "Tullängsgymnasiet", "Norra Real", "Södra Latin", "Spyken", "Kunskapsgymnasiet", "Procivitas"),
}  # fmt: skip

SV = (
    # orders with card messages
    "Beställning {ORD} ({DATE})\nMottagare: {P#1}\nLeveransadress: {AL}\nTelefon till mottagare: {PH}\nProdukt: {FLOW}\nKorttext: ”Grattis på födelsedagen, {G#1}! Kram {G#2}”\nBeställare: {P#2}, {E#2}, {PHM}",
    "Hej! Jag skulle vilja skicka {FLOW} till min mamma {P#1:f}, {A}, på {DAY}. På kortet: ”Tack för att du alltid finns. Din {N#2}”. Jag betalar med Swish. /{P#2}, {PHM}",
    "Från: {SHOP} <{FE}>\nTill: {P#1} <{E#1}>\nÄmne: Orderbekräftelse {ORD}\n\nHej {G#1}!\nTack för din beställning. {FLOW} levereras {DATE} mellan {WIN} till:\n{P#2}\n{AL}\nKorthälsning: ”Lycka till på nya jobbet, {G#2}! / {G#1}”\nTotalt: {AMT} inkl. leverans\nFrågor? Ring oss på {PHF}.",
    "Telefonorder, mottagen av {G#3}\nKund: {R#1} (ringde från {PH})\nTill: {P#2:f}, {A}\nVad: {FLOW}, ca {AMT}\nKort: ”Till världens bästa mormor på 90-årsdagen. Puss från {G#1} och barnbarnen”\nBetalning: faktura",
    "Kortmeddelande till order {ORD}: ”Kära {G#1} och {G#2}, grattis till lilla {G#3}! Hälsningar {F#4} med familj”. Leverans till {P#1}, {STL}.",
    "Webbformulär\nDitt namn: {P#1}\nDin e-post: {E#1}\nDitt telefonnummer: {PHM}\nMottagarens namn: {P#2}\nMottagarens adress: {A}\nMottagarens telefon: {PH}\nMeddelande på kortet: Krya på dig! Vi saknar dig på kontoret. /{G#3}, {G#4} och {G#5}\nÖnskat leveransdatum: {DATE}",
    "namn: {p#1}\nadress: {a}\ntel: {PHM}\nkort: grattis {g#2}!! kram från {g#1} och {pet}",
    "Alla hjärtans dag, order {ORD}: 15 röda rosor till {P#1:f} på {FIRM}, {A}. Kortet ska vara osignerat – ”Från en hemlig beundrare”. Beställare (visas ej för mottagaren): {P#2:m}, {PHM}.",
    "Morsdag – förbeställning\n{RU#1}\n{AL}\n{PH}\nBukett: {FLOW}\nKort: ”Glad mors dag mamma! Kramar {G#2}, {G#3} & {G#4}”",
    "Studentbukett till {P#1} som tar studenten från {SCHOOL} den {DATE}. Leverans hem till {A} senast kl {TIME}. Ring pappa {G#2:m} på {PHM} om ingen är hemma.",
    "Födelsedagsblommor: {P#1:f} fyller 100 år den {DATE}! Hon bor på {HOME} (äldreboende), {A}, rum {ROOM}. Boendet vill ha personnumret på leveranssedeln: {PNRC}. Beställare: barnbarnet {P#2}, {E#2}.",
    "Hundraåring: {U#1:m}, {PNRC}. Blommor från kommunen överlämnas av kommunalrådet {P#2} kl {TIME} den {DATE}. Adress:\n{AL}",
    "Kunden {P#1} ({PH}) beställde {FLOW} till {G#2} på {A}. Kortet: ”Grattis till körkortet, {N#2}! /Mamma och {G#3}”. Leverans {DATE}.",
    "Kund i butiken lämnade en lapp: ”Till {G#1} på {A}. Från din hemliga vän.” Betalt kontant {AMT}. Kunden ville vara anonym men lämnade nummer {PHM} ifall något strular.",
    "Påminnelse från {SHOP}: {P#1} fyller år {DATE}. Förra året skickade du {FLOW} till {A}. Vill du beställa igen? Logga in med {E#2}.",
    "Tackkort i butiken: ”Tusen tack för de vackra blommorna till {Gs#1} dop! Kram {G#2} & {P#3}”",
    # hospitals
    "Leverans {DATE} till {HOSP}, avdelning {WARD}, sal {ROOM}\nPatient: {P#1}\nOBS! Avdelningen tar inte emot liljor.\nKontaktperson anhörig: {P#2}, {PH}",
    "Körnotering: {HOSP} tog inte emot buketten till {P#1} (inga snittblommor på IVA). Ringde beställaren {S#2:f}, {PHM}. Ny leveransadress enligt henne: {A}.",
    "Hej {G#1}, buketten till din pappa {P#2:m} på {HOSP} lämnades i receptionen kl {TIME}. Personalen på avd {WARD} tar upp den. Mvh {G#3}, {SHOP}",
    "Sjukhusleverans – kvittens\nMottagen av: {Gi#1}, undersköterska avd {WARD}\nFör patient: {I#2}\nLevererad av: {G#3}\nTid: {TIME}",
    "Krya-på-dig-bukett till kollegan {P#1} som ligger på {HOSP}. Från oss alla på {FIRM}. Fakturan till {P#2}, {BOX}, referens {REF}.",
    "BB-leverans: {P#1:f} och lilla {G#2} på förlossningen, {HOSP}, rum {ROOM}. Kort: ”Välkommen till världen {G#2}! Mormor {G#3:f} och morfar {G#4:m}”. Beställt av {P#5:f}, {PHM}.",
    "Tackbukett till doktor {S#1} och sjuksköterskorna på avdelning {WARD}, {HOSP}, från familjen {S#2}. Kort: ”Tack för att ni tog så väl hand om pappa {G#3}.” Faktura till {P#4}, {A}.",
    "Hej {G#1}, tyvärr tar {HOSP} inte emot blommor på hematologen. Ska vi skicka buketten till {Ps#2} hem i stället, {A}? /{G#3}, {SHOP}",
    # homes
    "Leverans till {P#1}\nc/o {P#2}\n{AL}\nPortkod {DOOR}. Ring {PHM} vid ankomst.",
    "{P#1} bor på {STL}, portkod {DOOR}, hiss finns. Lämna vid dörren om ingen öppnar. Namn på dörren: {SU#1}.",
    "Ingen hemma hos {P#1} på {ST}. Lämnat hos grannen {S#2:m} på samma våning, han heter {G#2} och har nummer {PHM}.",
    "Sommarstuga: buketten ska till {P#1} på {AR}. Svårhittat – sväng vänster efter affären, röd stuga med vit knut. {G#1} nås på {PH}.",
    "Leverans till lantgården: {P#1} och {P#2}\n{ARL}\nGrusväg sista biten. Hunden {PET} är snäll. Ring {PHL} om grinden är stängd.",
    "Obs till föraren: hos {P#1} på {AR} finns två katter, {PET} och {PET}. Släpp inte ut dem! Nyckel i brevlådan. Ring {PHM} vid problem.",
    # offices and firms
    "Avtal om blomsterabonnemang\nKund: {FIRM}, org.nr {ORG}\nKontaktperson: {P#1}, {E#1}, {PHL}\nLeveransadress: {AL}\nFakturaadress: {BOX}\nLeverans: varannan {DAY} före kl {TIME}, {VASES} vaser i receptionen\nPris: {AMT}/mån exkl. moms\nUndertecknat av {P#2} (VD) och {P#3} ({SHOP})",
    "Receptionen på {FIRM}, {A}, vill byta från tulpaner till gröna växter från och med vecka {WEEK}. Kontakt: {I#1}, {PH}.",
    "Abonnemang pausat: {FIRM} ({P#1}, kontaktperson) har semesterstängt vecka 28–31. Återstart {DATE}. Nyckel hämtas hos vaktmästare {G#2} på {ST}.",
    "Enskild firma: {Ss#1} Hår & Skönhet, org.nr {PNR} (innehavarens personnummer). Innehavare: {P#1}. Veckobukett till salongen på {A}, {AMT} per leverans.",
    "Hej! Vi på {FIRM} vill skicka blommor till {P#1} som går i pension efter 38 år. Leverans till jobbet, {A}. Kortet: ”Tack för alla år, {N#1}! Från gänget på ekonomi”. Faktureras oss, ref. {P#2}, {E#2}.",
    "Välkomstbukett till vår nya kollega {P#1}, som börjar {DATE}. Leverans till {A}, fråga efter {G#2} i receptionen ({PHF}).",
    "Beställning från {Ss#1} Bygg & Måleri AB: tackbukett till kunden {P#2}, {A}. Kontaktperson hos oss: {G#1}, {PHM}.",
    "Begravningsbyrån {S#1} & Söner, {A}, {PHF}, beställer tre kransar till {DATE}. Handläggare: {P#1}.",
    "Leveranssedel\nMOTTAGARE: {U#1}\nADRESS: {A}\nTEL: {PH}\nAVSÄNDARE: {U#2}\nORDER: {ORD}",
    # weddings
    "Bröllopsförfrågan\nBrud: {P#1:f}\nBrudgum: {P#2:m}\nDatum: {DATE}\nVigsel: {CHURCH} kl {TIME}, fest på {VENUE}\nÖnskemål: brudbukett i pion och ros, {QTY} corsager, bordsdekorationer till {NUM} gäster\nKontakt: {G#1}, {PHM}, {E#1}",
    "Hej! Vi gifter oss {DATE} och undrar om ni kan göra brudbuketter åt mig och min blivande fru {P#2:f}. Vi vill ha vildblommor, inget vitt. Vänliga hälsningar {P#1:f} ({PHM})",
    "Offert {REF}: Bröllop {S#1}/{S#2}\nBrudbukett: {AMT}\nKyrkdekoration, {CHURCH}: {AMTW}\nLeverans till {VENUE}, {AR}: 650 kr\nGodkänns av: {P#1} och {P#2}\nBetalning 50 % i förskott till bankgiro {BG}.",
    "{g#1}: hej! bröllopet hos {s#2} är flyttat till lördag\n{g#3}: oj okej, levererar vi fortfarande till {a}?\n{g#1}: ja, och brudens syster {g#4:f} tar emot, hon har {PHM}",
    "Bröllopsdagen, körschema:\n09.00 Brudbukett hem till bruden {P#1:f}, {STL}\n11.30 {CHURCH}, kontakt vaktmästare {P#2}\n14.00 {VENUE}, kontakt {N#3} ({PH})",
    "Brudparet {F#1} och {F#2} vill ha samma florist som på {Gs#3} bröllop i fjol. Möte i butiken {DAY} kl {TIME}. Mejl: {E#1}",
    # funerals
    "Beställning från {FUNERAL}: kistdekoration till begravningen av {F#1} ({PNR}) i {CHURCH} {DATE} kl {TIME}. Anhörig: {P#2}, {PH}. Band: ”Älskad och saknad. {G#2} med familj”",
    "Minnesbukett\nTill: {Ps#1} begravning\nBand: ”En sista hälsning. Grannarna på {STN}”\nBeställare: {P#2}, {PH}, {E#2}",
    "Hej, jag ringde igår om blommor till min morbror {Ps#1:m} begravning. Den är {DATE} i {CHURCH}. Kan ni skriva ”Vila i frid, {N#1}. Saknaden är stor. {G#2} och {G#3}” på bandet? /{P#2}",
    "Dödsannonsen enligt familjen: ”Vår älskade {F#1} har lämnat oss. {G#2}, {G#3}. Begravningen äger rum i {CHURCH}. I stället för blommor, tänk gärna på Cancerfonden.” Kunden {P#2} vill ändå ha en kistdekoration, {AMT}. Faktura till {A}.",
    "Sorgbinderi – arbetsorder\nAvliden: {RU#1}, {PNR}\nBegravningsbyrå: {FUNERAL}, handläggare {P#2}, {PHF}\nCeremoni: {DATE}, {CHURCH}\nKrans från arbetskamraterna på {FIRM}, band: ”Tack för allt {N#1}”",
    "Kondoleansbukett hem till {P#1}, {A}. Kort: ”Våra tankar är hos dig och barnen, {G#1}. Varma hälsningar {Gi#2} och {Gi#3}”",
    "Dödsbo efter {P#1}, {PNR}. Fakturan för begravningsblommorna ({AMT}) skickas till dödsbodelägare {P#2}, {AL}.",
    # subscriptions for private customers
    "Blomsterprenumeration – ny kund\nNamn: {P#1}\nPersonnummer: {PNR}\nAdress: {A}\nMobil: {PHM}\nE-post: {E#1}\nLeverans: var fjärde {DAY}, {AMT}/gång\nBetalning: autogiro, clearing {CLEAR}, konto {ACCT}",
    "Hej {G#1}! Din prenumeration ”Säsongens bukett” förnyas {DATE}. Nästa leverans går till {A}. Vill du ändra något? Svara på detta sms eller ring {PHF}. /{SHOP}",
    "Presentprenumeration i sex månader från {P#1} till systern {P#2:f}, {AL}. Mottagarens nummer: {PH}. Första leveransen {DATE}.",
    "Kundregister, utdrag {DATE}\n{R#1}, {PNR}, {A}, {PHM}\n{R#2}, {PNR}, {A}, {PHM}\n{R#3}, {PNR}, {A}, {PH}",
    "Efternamn: {SU#1}\nFörnamn: {GU#1}\nPersonnummer: {PNR}\nAdress: {A}\nMobil: {PHM}\nVill ha: månadsbukett, faktura via Klarna",
    # drivers' notes
    "Tur 2 {DATE} (förare {G#1})\n1. {P#2}, {a}, portkod {DOOR}\n2. {HOSP}, avd {WARD}: {P#3}\n3. {FIRM}, {A}, lämnas i receptionen\n4. {P#4}, {AR} – ring {PHM} innan, hunden {PET} springer lös",
    "Förarens anteckning: {S#1} inte hemma på {ST}. Buketten lämnad i trapphuset efter sms till {PHM}. Foto taget. /{G#2}",
    "Avvikelse: fel adress i ordern. Stod {ST}, rätt är {A}. Mottagaren {P#1} ringde själv från {PH}. Levererat {TIME}.",
    "{g#1}: jag står utanför {a}, ingen svarar\n{g#2}: ring {p#3:f} på {PHM}\n{g#1}: ok hon svarade, lämnar hos {s#4} på andra våningen",
    "Leveranskvitto\nOrdernr: {ORD}\nMottagare: {P#1}\nSignerat av: {I#2}\nLevererad: {DATE} kl {TIME}\nAdress: {A}\nBud: {G#3}",
    "Körlista fredag\n– {FIRM}, {A}, {VASES} vaser, kontakt {P#1}\n– {P#2}, {STL}\n– {P#3}, c/o {P#4}, {A}\n– {CHURCH}: kransar till begravning {TIME}, vaktmästare {G#5} {PHM}",
    "Kundtjänstlogg {DATE}\n{TIME} {P#1} ringde ({PH}) – undrar var buketten till {G#2} är. Spårningen visar ”ute för leverans”.\n{TIME} Budet {G#3} bekräftar leverans till {A}.",
    # complaints and refunds
    "Reklamation {REF}\nKund: {P#1}\nOrder: {ORD}\nBeskrivning: Buketten till min svärmor {P#2:f} kom en dag för sent och rosorna hängde. Jag vill ha tillbaka {AMT}.\nÅterbetalning till: clearing {CLEAR}, konto {ACCT}\nTelefon: {PH}",
    "Hej {G#1}! Vi beklagar verkligen att buketten till {G#2} inte höll måttet. Vi skickar en ny till {A} på {DAY}, utan kostnad. Vänliga hälsningar {P#3}, butikschef, {SHOP}, {PHF}",
    "Från: {P#1} <{E#1}>\nTill: {FE}\nÄmne: Fel blommor!!\n\nJag beställde vita liljor till min pappas begravning men det kom gula tulpaner. Begravningen var igår i {CHURCH}. Jag är mycket besviken. Ordernummer {ORD}.\n\n{P#1}\n{PHM}",
    "Återbetalning godkänd: {AMT} till {P#1} ({PNR}) via Klarna, ärende {REF}. Handläggare: {G#2}.",
    "Svar till ARN, ärende {REF}: Kunden {P#1}, {A}, menar att leveransen uteblev. Vårt bud {P#2} lämnade buketten hos grannen {P#3} enligt våra leveransvillkor (foto bifogat). Vi erbjuder 50 % av {AMT}.\n{P#4}, ägare, {SHOP}, {PHF}",
    "★☆☆☆☆ {Gi#1}: Beställde till mammas 70-årsdag, blommorna kom aldrig fram.\nSvar från ägaren {G#2}: Hej {G#1}, vi har försökt nå dig på {PHM} – hör av dig så löser vi det!",
    "Pant på vaser: {P#1} har lämnat tillbaka tre vaser. Återbetala 150 kr via Swish till {PHM}.",
    "Swisha till {SWISH} ({SHOP}) och märk betalningen med ordernummer {ORD}. Frågor: {P#1}, {PHF}.",
    # the shop's chat and SMS
    "{SHOP}: Hej {G#1}! Din order {ORD} levereras idag mellan {WIN}. Vår förare {G#2} ringer från {PHM} när hen är nära.",
    "kund: hej kan ni leverera till {a} idag?\nbutiken: hej! ja om du beställer före 14. vem ska ha?\nkund: {p#1:f}, hon fyller 40 🎉\nbutiken: toppen! vad ska stå på kortet?\nkund: grattis {g#1}!! puss från {g#2} & {g#3}",
    "@{g#1} kan du ta leveransen till {S#2} på {ST}? jag står i kassan\n{g#1}: absolut. har du numret?\n{PHM}",
    "SMS: Hej! Blommorna till {P#1} är levererade kl {TIME}. Tack för att du handlar hos {SHOP}! Svara STOPP för att avregistrera dig.",
    "hej!! såg era midsommarkransar på insta 😍 kan jag beställa fyra till lördag? hämtar själv. /{p#1}, {PHM}",
    "Intern lapp: {G#1} – ring tillbaka {P#2:f} ({PH}) om bröllopsofferten. Hon vill ha svar före {DAY}. /{G#3}",
    "Schema vecka {WEEK}: mån {G#1}, tis {G#2}, ons {G#1} + {G#3}, tors {G#4}, fre {G#2} + {G#3}. Leveranser: {G#5} (bil 1), {G#6} (bil 2).",
    "{g#1}: har ni fixat {gs#2} brudbukett? de hämtar 10.30\n{g#3}: japp, står i kylen. {n#4} band den i morse",
    "Anställningsavtal, visstid (säsong)\nArbetstagare: {P#1}\nPersonnummer: {PNRW}\nAdress: {AL}\nTelefon: {PHM}\nTjänst: florist och chaufför\nNärmaste chef: {P#2}",
    "Presentkort nr {OCR}, värde {AMT}, till {P#1} från {P#2}. Giltigt i tolv månader.",
    "Förmedlad order {ORD} från Norge: avsändare {P#1}, {PHX}. Mottagare: {P#2}, {A}. Kort på norska: ”Gratulerer med dagen, {G#2}! Hilsen {G#1}”",
    "Kunden {P#1}, som bor utomlands, beställde till dottern {P#2:f} på {A}. Kundens nummer: {PHX}. Betalt med kort.",
    "Vi skickar inte själva utomlands men förmedlar via partner: {P#1}, {AX}. Beställare {P#2}, {PH}.",
    "Lucia på {FIRM}: {QTY} luciakronor med lingonris, hämtas av {P#1} kl {TIME} den {DATE}. Kontakt: {E#1}.",
    "Kyrkans beställning: påskdekoration till {CHURCH}, kontakt kyrkvärd {P#1}, {PHL}. Faktura till församlingsexpeditionen, {BOX}.",
    "Fest på {VENUE}: bordsblommor till {QTY} bord. Värd: {P#1} ({PHM}). Leverans via lastkajen, {A}.",
    "Skolavslutning: {QTY} buketter till lärarna på {SCHOOL}. Beställt av klassföräldern {P#1} ({E#1}). Hämtas {DATE}.",
    "Kvitto: betalt av {I#1}, kort **** {LAST}, {AMT}. Leverans till {P#2}, {A}.",
    "Med vänliga hälsningar\n\n{P#1}\nFlorist och ägare\n{SHOP}\n{AL}\nTel {PHF} | Mobil {PHM}\n{E#1}",
    "Hej {G#1}! Här är bilden på buketten till {G#2} innan den åkte. Budet {Gi#3} är framme runt {TIME}. Hälsningar från oss på {SHOP} ({PHF})",
)

EN = (
    'Order {ORD}\nDeliver to: {P#1}\n{AUL}\nRecipient phone: {PHEN}\nItem: {FLOWEN}\nCard: "Happy birthday, {G#1}! Love, {G#2} xx"\nOrdered by: {P#2}, {E#2}',
    "Hi there, I'd like to send {FLOWEN} to my mom {P#1:f} at {AUS} for Mother's Day. Card: \"We love you, Mom! {G#2}, {G#3} and the kids\". My number is {PHUS}. Thanks, {P#2}",
    "From: {SHOPEN} <{FE}>\nTo: {P#1} <{E#1}>\nSubject: Your order {ORD} is on its way\n\nHi {G#1},\nGood news! Your flowers for {P#2} will be delivered today between {WIN} to {AU}. Our driver {G#3} may call from {PHUK}.\nThe {SHOPEN} team",
    "Delivery note: {HOSPEN}, Ward {WARD}, bed {ROOM}. Patient: {P#1}. The ward does not accept flowers in water – deliver as a hand-tied in a box. Next of kin: {P#2}, {PHUK}.",
    "Driver's note: {HOSPEN} reception refused the bouquet for {Gi#1} (no flowers on ICU). Called the sender, {S#2:f}, on {PHEN} – redirect to her home, {AU}.",
    "Wedding enquiry\nCouple: {P#1} & {P#2}\nDate: {DATEEN}\nCeremony: {CHURCHEN}, reception at {VENUEEN}\nBudget: £{QTY}00\nContact: {E#1} / {PHUK}\nNotes: the bride is allergic to lilies; bridesmaids {G#3:f}, {G#4:f} and {G#5:f} want wrist corsages.",
    "Hi {G#1}! Just confirming we'll bring the arch flowers to {VENUEEN} at {TIME} on Saturday. Could you ask {G#2} to meet our van at the service entrance? – {P#3}, {SHOPEN}",
    'Funeral order from {FUNERALEN}\nDeceased: {F#1:m}\nService: {DATEEN}, {TIME}, {CHURCHEN}\nTribute: GRANDAD letters in white chrysanthemums\nCard: "Forever in our hearts, {N#1}. Love from {G#2}, {G#3} and all the grandchildren"\nFamily contact: {P#2}, {PHEN}',
    'Sympathy bouquet to {P#1}, {AU}. Card: "Thinking of you and the family at this sad time. With love, {I#2} and {I#3}"',
    "Corporate account – weekly flowers\nClient: {FIRMEN}\nAccount manager: {P#1} ({E#1})\nSite contact: {P#2}, {PHEN}\nDelivery: {AEN}, reception desk, every {DAYEN} before {TIME}\nInvoice address:\n{AENL}\nPO number: {REF}",
    "{SHOPEN}: Hi {G#1}, your subscription bouquet arrives {DAYEN}. Reply SKIP to skip this week or call {PHEN}.",
    "From: {P#1} <{E#1}>\nTo: {FE}\nSubject: Complaint – order {ORD}\n\nThe roses I sent to my wife {P#2:f} for our anniversary were wilted on arrival. I paid {GBP} and expect a full refund.\n\nRegards,\n{P#1}\n{PHUK}",
    "Dear Mr {S#1:m}, we are very sorry about your order. We have refunded {GBP} to the card ending {LAST}, and a replacement bouquet will go to {AU} on {DAYEN}. Kind regards, {P#2}, Customer Care, {SHOPEN}",
    "★★★★★ {Gi#1}: Ordered last minute for my sister {G'#2:f} graduation – delivered to {AUS} within three hours! Ask for {G#3:f} at the counter, she's amazing.",
    "Run sheet – van 2 – {DATEEN}\n1) {P#1}, {AU}\n2) {FIRMEN}, {AU} – ask for {G#2}\n3) {HOSPEN}, Ward {WARD}: {P#3}\n4) {P#4}, {AU} – gate code {DOOR}, dog called {PET}",
    "Left with the neighbour ({S#1}) as no answer at {AU}. Card pushed through the door. – {G#2}",
    "customer: hi can u deliver to {au} today?\nshop: hi! yes if you order by 2pm. who's it for?\ncustomer: {p#1:f}, it's her 30th\nshop: lovely! what should the card say?\ncustomer: happy birthday {g#1}!! love {g#2}",
    "@{g#1} can you do the {S#2} delivery on {STUK}? I'm stuck on the till\n{g#1}: sure, got a number?\n{PHUK}",
    'Valentine\'s order {ORD}: 12 red roses to {P#1} at {FIRMEN}, {AEN}. Card unsigned: "Guess who?" Sender (do not disclose): {P#2}, {PHEN}.',
    'Relay order for Sweden via our partner: recipient {P#1}, {A}, phone {PH}. Sender {P#2} ({E#2}) in Manchester. Card in Swedish: "Grattis mormor!"',
    "Pickup order: {P#1}, two dozen white roses, paid {USD}. Will collect {DAYEN} at {TIME}. Cell: {PHUS}.",
    "Prom corsage for {G#1:f} ({G#2:m} is her date), wrist, blush pink. Her mom {P#3:f} will pick up Friday. {PHUS}",
    "{FUNERALEN}: casket spray for {F#1}, viewing {DATEEN} at {TIME}. Send to:\n{AUSL}\nFamily contact: {P#2} ({PHUS}).",
    'Card: "Dear {G#1}, so sorry to hear about your dad. Love, {G#2} & {G#3}" – deliver to {AUS} by {TIME}.',
    "Best wishes,\n{P#1}\nHead Florist | {SHOPEN}\n{AUL}\nT: {PHUK} | M: {PHUK}\n{E#1}",
    "DELIVERY LABEL\nTO: {U#1}\n{AUL}\nTEL: {PHUK}\nFROM: {U#2}\nORDER {ORD}",
    "Standing orders – {DAYEN}\n{R#1} – {AU} – 2 vases\n{R#2} – {AU} – 1 vase\n{R#3} – {AUS} – 3 vases",
    'Card for order {ORD} (from {P#1}): "Congratulations on the new baby, {G#2} and {G#3}! Can\'t wait to meet little {G#4}."',
    "Delivery to {F#1}, c/o {P#2}, {AU}. Leave in the porch if no answer.",
    "International order: {P#1},\n{AXL}\nPhone {PHX}. Sender {P#2}, {PHUK}.",
    "Hi, this is {P#1}. Please cancel my monthly subscription from {DATEEN}. Account email {E#1}. Thanks!",
    "Hi {G#1}, could you switch our lobby flowers to something without pollen? {G#2} in accounts has bad hay fever. Thanks, {P#3}, Office Manager, {FIRMEN}",
    "Refund request\nName: {P#1}\nOrder: {ORD}\nAmount: {USD}\nReason: delivered to the wrong address ({AUS} instead of {AUS})\nPhone: {PHUS}\nEmail: {E#1}",
    "driver: at {au} now, nobody home\nshop: try calling {g#1:f} on {PHUK}\ndriver: she answered, leaving it with {s#2} next door",
    "Wedding day – {S#1:f} & {S#2:m}\n08:30 bridal bouquet to the bride's mother's house, {AU}\n10:00 buttonholes for the groom, {G#2}, at {VENUEEN}\n13:00 church flowers, contact Rev. {P#3} ({PHUK})",
    "Reply from the owner: Thanks so much, {G#1}! {G#2} will be thrilled you loved the peonies. See you next time. – {N#3}",
    'Flowers for {P\'#1:f} 100th birthday at {CAREHOMEEN}, {AU}. Card: "Happy 100th, Nan! All our love, {G#2}, {G#3} and family."',
    "Hi! I live in Sweden and would like to open an invoice account with you. My personal identity number is {PNR}, address {A}, mobile {PHM}. – {P#1}",
    'Standing order: every March 3 send {FLOWEN} to {P#1} at {AUS}. Card: "Happy anniversary, {N#1}. Love always, {G#2}". Card on file for {P#2}.',
    "hi, this is {g#1} – my flowers for {g'#2} funeral never arrived?? order {ORD}\nsorry {g#1}! checking now – our driver {g#3} says they were left at the chapel office at {TIME}",
    "{CAREHOMEEN} accepts deliveries Mon–Fri 9–5. Resident: {P#1}, room {ROOM}. Staff contact: {G#2} on {PHUK}.",
    "Delivery drivers this week: {P#1} (van 1, {PHUK}), {P#2} (van 2, {PHUK}) and {G#3} on the bike for central orders.",
    "Supplier order – Dutch auction\nBuyer: {P#1}, {SHOPEN}\nDeliver to:\n{AUL}\nSupplier contact: {P#2}, {PHX}, {EX}",
    "Hey {G#1}, it's {G#2} from the flower shop! Your wedding consultation is booked for {DAYEN} at {TIME}. We're at {AU} – parking is round the back.",
    "Recipient: {R#1}\nAddress:\n{AUSL}\nPhone: {PHUS}\nOccasion: Get well\nSender: {R#2}",
    "New baby hamper and balloon to {P#1:f} and baby {G#2} at {HOSPEN}, maternity unit. From Nana {G#3:f} and Grandpa {G#4:m}.",
    'Card for {P#1}: "So sorry about {PET}. He was the best boy." Deliver {DAYEN} to {AU}.',
    "Mrs {S#1:f} called ({PHUK}) – the service for her brother, {P#2:m}, has moved to {DATEEN}. Wreath to go to {CHURCHEN} instead.",
    'Dr {S#1} ordered flowers for the nurses on Ward {WARD} at {HOSPEN}. Card: "Thank you for looking after my mother, {G#2:f}." Invoice to {AUL}',
    "Hey {n#1}! lobby flowers done for the week 🌷 also left a little posy on {G'#2:f} desk for her birthday. invoice to {E#3} as usual? – {G#4}",
)

MIXED = (
    "Hej {G#1}! Kan du fixa ordern till {P#2}? Customer wants delivery before 12, address {A}. Tack!",
    "From: {P#1} <{E#1}>\nTo: {FE}\nSubject: Order för kontoret\n\nHi! Vi vill beställa weekly flowers till receptionen på {A}. Contact person is {P#2}, {PHM}. Invoice to {BOX}.\nBest, {G#1}",
    'Delivery note: {P#1}, {STL}. Portkod {DOOR}. Customer says ring {PHM} – hon är inte alltid hemma. Card: "Happy birthday {N#1}!"',
    "Bröllop {DATE} – brud {P#1:f} (from Manchester, speaks English), brudgum {P#2:m}. Venue: {VENUE}. Bridal bouquet: peonies + eucalyptus. Contact the bride's mum, {P#3:f}, {PHUK}.",
    "{g#1}: vem kör till {a} idag?\n{g#2}: me! also taking the hospital run, {HOSP}\n{g#1}: great, patienten heter {p#3}, avd {WARD}",
    "Invoice query: Hi {G#1}, fakturan för abonnemanget ({FIRM}, org.nr {ORG}) har fel adress. Correct address:\n{AL}\nRegards, {P#2}, {PHL}",
    'Begravning {DATE}: {F#1} ({PNR}). Family is partly in the UK – {P#2} will pay by card from London, {PHUK}. Krans, band: "Rest in peace, Dad. Vila i frid."',
    "Hi, jag heter {P#1} and I'm new in Sweden. Kan jag öppna ett företagskonto? My personnummer is {PNR} and our office is at {A}.",
    "{SHOP}: Hi {G#1}! Your order {ORD} levereras idag {WIND}. Driver {G#2} calls from {PHM}.",
    "Reklamation / complaint {REF}\nCustomer: {P#1} ({E#1})\nIssue: buketten till {P#2} levererades till fel adress – {ST} instead of {A}.\nRefund: {AMT}\nHandled by: {G#3}",
    "New subscription: {P#1}, {PNR}, {AL}. Plan: Monthly Bloom, {AMT}/mån. Payment via autogiro. Welcome mail sent to {E#1}.",
    "#leveranser\n@{g#1} the {s#2} order is ready, ska till {a}\n@{g#3} can you call {g#2} on {PHM}? adressen verkar fel",
    "Out of office: I'm away until {DATE}. För brådskande beställningar, kontakta {P#1} på {PHF} eller {E#1}. /{P#2}",
    "Meeting notes – flower sub pitch för {FIRM}:\n- Contact: {P#1}, HR manager, {E#1}\n- Office: {A}\n- Wants 6 vases, levereras varje {DAY}\n- Follow up: {G#2} ringer {DATE}",
    "Hi! My dad {P#1:m} ligger på {HOSP}, avdelning {WARD}. Can you deliver something small utan liljor? I'm in Dublin, phone {PHX}. /{P#2}",
    'Card text (translate to Swedish please): "Congratulations on your wedding, {G#1} and {G#2}! Love from {G#3} in Toronto" – leverans till {A} på lördag.',
    "Levererat {TIME}. Nobody home at {ST}, left it with the neighbour {P#1} i porten bredvid. Texted {PHM}.",
    "Invoice to {FIRM}, attn {P#1}, {BOX}. Delivered to {AX}, contact {P#2}, {PHX}.",
    "Event {DATE}: kickoff på {VENUE}. 40 table arrangements, colour scheme Nordic green. Contact {P#1} ({PHM}) eller assistenten {G#2}.",
    "Hey! Bara en påminnelse: {G'#1} farewell party är på fredag, vi har beställt flowers från {SHOP}. Swisha {N#2} 50 kr på {PHM} 🙏",
    "Corporate gifting list (Q4):\n{R#1} – {A} – {PH}\n{R#2} – {AU} – {PHUK}\n{R#3} – {AX} – {PHX}",
    '{FUNERAL} – order confirmation\nDeceased: {P#1}, {PNR}\nCeremony: {CHURCH}, {DATE} kl {TIME}\nWreath from colleagues at {FIRM}, ribbon: "Thank you, {N#1}. Tack för allt."',
    "kund: hi do you speak english?\nbutiken: yes of course!\nkund: great, i need flowers for my girlfriend {g#1:f}, she lives at {a}\nbutiken: lovely, när vill du att de kommer fram? sorry – when?\nkund: tomorrow morning pls, my number is {PHX}",
    "From: {P#1} <{E#1}>\nTo: {P#2} <{E#2}>\nCc: {FE}\nSubject: Re: blommor till {Gs#3} disputation\n\nHi {G#2}, jag har bokat buketten. Delivery to the department at {A}, {DATE} at {TIME}. /{N#1}",
    "Flowers for {P'#1} 100-årsdag! Personnummer {PNRC} (required by the care home, {HOME}). Address: {A}. From {P#2} in Seattle, {PHUS}.",
    "Note to self: call back {P#1:f} re bröllopsblommor, nr {PHM}. Hon vill ha something wild, inget rosa.",
    "Refund approved – {AMT} återbetalas till {P#1} via Klarna (personnummer {PNR}). Case {REF}, handled by {Gi#2}.",
    'Relay order from the UK: sender {P#1},\n{AUL}\n{PHUK}. Recipient: {P#2}, {AL}. Kort: "Miss you loads, {G#2}! Love, {G#1}"',
    "Bride: {F#1:f}, groom: {F#2:m}. Vigsel i {CHURCH}, reception at {VENUE}. Flowers by {SHOP}, contact {P#3} {PHF}.",
    "@{g#1} har du sett ordern från {p#2:f}? she wants 50 tulips till {a}, today 🤯\n{g#1}: ja jag fixar, ringer henne på {PHM}",
    "Kind regards / Vänliga hälsningar\n{P#1}\nEvent Florist, {SHOP}\n{AL}\n{PHF} · {E#1}",
    "Hi! We're renting a summer house at {AR} and want flowers for our host {P#1}. Can you deliver there? Mvh {P#2}, {PHUK}",
    "Staff rota v. {WEEK}: mån {G#1}, tis {G#2}, wed {G#3}, thu {G#1}, fre {G#4}. Drivers: {G#5} & {G#6}.",
    "DELIVERY / LEVERANS\nNAMN: {U#1}\nADRESS: {A}\nMOBIL: {PHM}\nMESSAGE: Welcome home {G#1}!",
    "Called {HOSP} växel ({PHL}) – they said flowers OK på avd {WARD}. Patient {P#1}, room {ROOM}. /{G#2}",
    "Order from {S#1} & Partners Advokatbyrå: thank-you bouquet to client {P#2}, {A}. Billing contact: {P#3}, {E#3}.",
    "Efternamn / Surname: {SU#1}\nFörnamn / First name: {GU#1}\nPersonnummer: {PNR}\nAddress: {A}\nMobile: {PHM}",
    "Hej team! {P#1} från {FIRM} called – they want to upgrade to the Large plan från {DATE}. Ny leveransadress:\n{AL}\nNytt nummer till receptionen: {PHL}.",
    'Card to {P#1}: "Så ledsen för {PET} – he was such a good dog. Kram {G#2}". Deliver {DAY} to {A}.',
    "Thanks for the call, {G#1}! Sammanfattning: brudbukett + 6 buttonholes, leverans {DATE} till {VENUE}, {AR}. Deposit {AMT} via bankgiro {BG}. /{P#2}",
    "Delivery failed: {HOSP} won't accept flowers på IVA. Customer {P#1} informed via {E#1}. Returning the bouquet to the shop – {G#2} will call {PH}.",
    "Slack #kundtjänst\n{g#1}: customer {P#2} is angry, säger att buketten var vissen. ordernr {ORD}\n{g#3}: offer a replacement, skicka till {a}",
    "Route {DATE}\n1. {P#1}, {A} – leave at door\n2. {FIRM}, {A} – ask for {G#2}\n3. {P#3}, c/o {P#4}, {A} – ring {PHM}",
    "Hi {G#1}! Your blomsterprenumeration starts {DATE}. Första buketten levereras till {A}. Questions? Ring {PHF} eller mejla {FE}.",
    "Tack för beställningen, {P#1}! Order {ORD}: {FLOW}. Delivery to {P#2}, {AXL}, via our partner in Europe.",
    "Bröllopsmöte med {P#1} och {P#2}: they want the same florist as at {G'#3} wedding last year. Budget ca {AMTW}. Follow-up mail to {E#1}.",
    "Sorry {G#1}, vi har slut på pioner. Would ranunculus work instead? Same price. /{G#2} @ {SHOP}",
    "name: {p#1}\naddress: {a}\nphone: {PHM}\nkort: happy anniversary {g#2}! ❤️ {g#1}",
    "Leveransavvikelse: order {ORD} to {P#1} at {AU}. Our UK partner says no such address. Customer {P#2} contacted on {PHM}, new address:\n{AUL}",
    "Fakturafråga från {P#1} ({E#1}): Why was I charged twice for the Mother's Day bouquet? Kolla dubbeldebitering, OCR {OCR}. Svarat: {G#2}.",
    "Anställd: {P#1}, {PNRW}, startar {DATE} as delivery driver. Körkort B ok. Emergency contact: {P#2}, {PH}.",
)

# Rows without any value, each used once: look-alikes of the genre.
NEGATIVES = (
    (
        "sv",
        "Veckans erbjudande: tre buketter tulpaner för 129 kr. Gäller t.o.m. 14 mars eller så långt lagret räcker.",
    ),
    (
        "sv",
        "Order 48213 levererad 11.42. Kvittens: signerad på plats. Returnerad vas: nej. Körtid 34 min.",
    ),
    (
        "sv",
        "Flitiga Lisa, löjtnantshjärta och fredslilja är tillbaka i butiken – 79 kr styck, tre för 199 kr.",
    ),
    (
        "sv",
        "Iris, erika och linnea i samma kruka? Det går fint i nordläge, vattna en gång i veckan.",
    ),
    (
        "sv",
        "Bo nära oss? Hämta själv i butiken och spara 149 kr i leveransavgift. Öppet vardagar 10–18, lördag 10–15.",
    ),
    (
        "sv",
        "Inga blommor på IVA, hematologen eller infektion – så ser reglerna ut på de flesta sjukhus i Region Stockholm.",
    ),
    (
        "sv",
        "Stig in och känn doften av hyacint! Nu har vi även julstjärnor, amaryllis och ros i kruka.",
    ),
    ("sv", "Leverans till Göteborg, Mölndal och Partille samma dag om du beställer före kl 13.00."),
    (
        "sv",
        "Faktura 2027-0412, förfallodag 30 dagar netto. Bankgiro 5432-1098. OCR 4471092283. Belopp 3 950 kr inkl. moms.",
    ),
    (
        "sv",
        "Abonnemang: Liten (2 vaser) 890 kr/mån, Mellan (4 vaser) 1 590 kr/mån, Stor (8 vaser) 2 950 kr/mån. Bindningstid 12 månader.",
    ),
    (
        "sv",
        "Kransar och sorgbinderi: beställ senast två vardagar före begravningen. Vi levererar till alla kyrkor och kapell i kommunen.",
    ),
    (
        "sv",
        "Alla hjärtans dag: 2 400 röda rosor från Kenya och Ecuador är på väg. Förbeställ senast 10 februari!",
    ),
    (
        "sv",
        "Ros, lilja och björk – årets brudbuketter går i vitt och grönt med mycket eukalyptus och lite ljung.",
    ),
    (
        "sv",
        "Kalla och rosa nejlikor ska stå svalt, max 8 grader. Kylrum 2 har en trasig termostat – felanmält, ärende 118-226.",
    ),
    (
        "sv",
        "Temperaturlogg kylrum: 06.00 4,2 °C, 12.00 5,1 °C, 18.00 4,8 °C. Signerat av kvällspersonalen.",
    ),
    (
        "sv",
        "Blomsterlandet, Plantagen och Interflora har alla höjt priset på snittrosor med runt 12 procent sedan i fjol.",
    ),
    (
        "sv",
        "Leveransvillkor: vi levererar måndag–lördag. Är mottagaren inte hemma lämnar vi buketten hos en granne eller tar den tillbaka till butiken.",
    ),
    (
        "sv",
        "Dagens leveranser: 23 st, varav 6 till sjukhus, 4 till kontor och 2 till begravningar. Bil 2 står på service till torsdag.",
    ),
    (
        "sv",
        "Midsommarkransar: 15 cm 149 kr, 25 cm 249 kr. Blåklint, prästkrage, smörblomma och vallmo från egen odling utanför Enköping.",
    ),
    (
        "sv",
        "Pris per stjälk: ranunkel 29 kr, pion 45 kr, tulpan 12 kr, ros 19 kr. Gäller vecka 17–19.",
    ),
    ("sv", "Sten, mossa och lav i skålen; viol och vitsippa ovanpå. Klart till påsk."),
    (
        "sv",
        "Skötselråd: snitta stjälkarna snett, byt vatten varannan dag och håll buketten borta från fruktskålen.",
    ),
    ("sv", "Swishbetalning mottagen: 495 kr, meddelande ”order 55102”. Återstår att betala: 0 kr."),
    (
        "sv",
        "Nytt från Skatteverket om kassaregister – vi byter system den 1 oktober och kassan stänger 17.30 den dagen.",
    ),
    (
        "sv",
        "Klara före lunch: 12 bordsdekorationer, 1 brudbukett, 8 corsager och 2 altarbuketter till lördagens bröllop.",
    ),
    (
        "sv",
        "Julgrupper med hyacint, mossa och kottar 295 kr. Adventsljusstake med lingonris 395 kr. Vilja och tålamod krävs för amaryllisen.",
    ),
    (
        "en",
        "Sweet William, Black-eyed Susan and Busy Lizzie are all back in stock – £4.99 a pot or three for £12.",
    ),
    ("en", "Order 55291 delivered at 11:42. Signed for. Vase returned: no. Van 2 mileage 84."),
    (
        "en",
        "Rose, Lily, Daisy and Iris: our four signature bouquets, from £35 with free delivery over £50.",
    ),
    (
        "en",
        "We deliver Monday to Saturday across Leeds, Harrogate and York. Order by 1pm for same-day delivery.",
    ),
    (
        "en",
        "Most hospitals no longer accept flowers on the wards – please check with the ward before you order a hospital delivery.",
    ),
    (
        "en",
        "Invoice INV-20714, due in 30 days. Sort code 40-11-62, account 31926819. VAT reg. GB 123 4567 89.",
    ),
    (
        "en",
        "Valentine's Day pre-orders close on 10 February. We'll have 3,000 red roses in from Kenya and Colombia.",
    ),
    (
        "en",
        "Holly, ivy and heather for the Christmas wreaths – workshop Thursday 7pm, £45 including mince pies.",
    ),
    (
        "en",
        "Care tips: cut the stems at an angle, change the water every two days and keep the vase away from the fruit bowl.",
    ),
    (
        "en",
        "Will the peonies last until Saturday? Yes, if you keep them cool. The grace period for changes is 48 hours.",
    ),
    (
        "en",
        "Funeral tributes need at least two working days' notice. We deliver to all chapels and crematoria in the county.",
    ),
    (
        "en",
        "Poppy, Violet and Jasmine are sold out in the scented candle range; restock due in week 14.",
    ),
    (
        "en",
        "Subscription tiers: Petite $39/mo, Classic $59/mo, Grand $89/mo. Cancel anytime from your account page.",
    ),
    (
        "en",
        "Cold room log: 06:00 3.9°C, 12:00 4.6°C, 18:00 4.1°C. Door seal reported, ticket #4471.",
    ),
    (
        "en",
        "Today's deliveries: 31, of which 7 to hospitals, 5 to offices and 3 to funerals. The bike courier is off sick.",
    ),
    (
        "en",
        "Hope you can make our open day! Frank advice on wedding flowers and free prosecco, 10am–4pm on Sunday.",
    ),
    (
        "en",
        "Mark the date: the Chelsea Flower Show opens on 19 May, so the shop is closed that Tuesday.",
    ),
    (
        "en",
        "Sage, basil and rosemary bundles – pick your own in the courtyard, £2 a bunch, honesty box by the gate.",
    ),
    (
        "mixed",
        "Leveranser idag: 18 st, varav 5 to offices och 3 till sjukhus. Van 1 has a flat tyre – bil 2 tar allt.",
    ),
    (
        "mixed",
        "Reminder: Mother's Day är sista söndagen i maj i Sverige men i mars i UK. Prepare both campaigns!",
    ),
    (
        "mixed",
        "Price update: rosor +12 %, tulips unchanged, eucalyptus +8 %. Nya prislistor gäller från vecka 10.",
    ),
    (
        "mixed",
        "Kylrum 2 är trasigt igen – ticket 44-1208 hos servicefirman. Move the peonies till kylrum 1.",
    ),
    ("mixed", "Iris, erika och heather in the same pot? Works great i nordläge."),
    (
        "mixed",
        "Order 77120 delivered 10:14, signed. Order 77121 – no answer, returned to shop. Order 77122 avbokad av kund.",
    ),
    (
        "mixed",
        "Interflora, Euroflorist och Bloom & Wild – the competitor analysis ligger i mappen Marknad/2027.",
    ),
    (
        "mixed",
        "Don't forget: inga liljor till sjukhus, no lilies for cat owners, och alltid kyla i bilen på sommaren.",
    ),
    ("mixed", "Wedding season kickoff på torsdag 08.30, kaffe och kanelbullar i personalrummet."),
    (
        "mixed",
        "Faktura 2027-118: 6 450 kr exkl. moms, due in 30 days. Bankgiro 5050-1055, OCR 88120004471.",
    ),
    (
        "mixed",
        "Will vi hinna 40 corsages till fredag? Yes, om alla tar en extra timme på torsdag kväll.",
    ),
    (
        "mixed",
        "Stock check: 240 röda rosor, 180 white tulips, 60 pioner, 35 hydrangeas och 12 kransar klara.",
    ),
    ("mixed", "Pick-up only this Saturday – vi stänger leveranserna kl 12 pga midsommar."),
    (
        "mixed",
        "New packaging: alla buketter kommer nu i papper utan plast, plus a water bag som håller 48 timmar.",
    ),
    ("mixed", "Rose gold vases are back! 249 kr styck, max tre per kund."),
    ("mixed", "Stig in och säg hej – we're open late on Thursdays, till kl 20."),
)
