# ruff: noqa: E501
"""Templates of held-out HY (issue 15): car rental, car sharing and ferry bookings.

Rental agreements with driver details, damage reports and excess claims, tolls, congestion tax and
parking fines passed on to the renter, car-sharing app support chats and car-pool rotas, ferry and
car-deck bookings with passengers, and roadside assistance logs; in Swedish, English, and the two
mixed as Swedes write at work. Written from the writer's own knowledge of the genre. Slots:

    person   {P} full name, {p} lower case, {U} capitals, {F} with middle names, {G}/{g} given
             name, {GU} in capitals, {N}/{n} short form, {S}/{s} surname, {SU} in capitals,
             {I} initials and surname, {Gi} given name and the surname's initial,
             {R} `Surname, Given`, {RU} `SURNAME, Given`, {E} the person's e-mail;
             `#n` the same person again, `:f`/`:m` a woman or a man, `+s`/`+'` a genitive's
             ending after the name (no part of it)
    address  {A} one line, {AL} over lines, {AC} in capitals, {AR}/{ARL} rural, {AF} with floor or
             flat, {a} lower case, {ST} a street and number, {STN} a street's name alone, {STF}
             with floor or flat, {STT} street and town, {VIL} a village address, {BOX} a box or
             office, {UK}/{UKL}/{uk}, {US}/{USL}, {EU}/{EUL} abroad, {AG} on
             Gotland
    phone    {PH} Swedish, {PHF} a firm's, {PHX} from abroad, {PHUK}/{PHUS} British and American;
             e-mail {EF} a firm's; personnummer {PNR}, {PNRY} a young driver's, {PNR100} someone
             past a hundred
    no value dates, times, amounts, plates, references and the words in LOOKS

NEGATIVES are rows with no value at all, each used once, full of the genre's look-alikes.
"""

from __future__ import annotations

LOOKS: dict[str, tuple[str, ...]] = {
    "MODEL": ("Volvo XC40", "Volvo V60", "Volvo V90 Cross Country", "Kia Niro EV", "VW ID.4", "Skoda Octavia kombi", "Polestar 2", "MG4", "Hyundai Kona", "VW Golf", "Cupra Born", "Fiat 500e", "BMW 118i", "Audi A4 Avant", "Nissan Leaf", "Dacia Duster", "Seat Ibiza", "Kia Ceed SW", "Skoda Enyaq", "VW Caddy", "VW Transporter", "Subaru Outback", "BYD Atto 3", "Lynk & Co 01", "Volvo EX30", "Mitsubishi Outlander PHEV"),
    "ROUTE": ("Nynäshamn–Visby", "Oskarshamn–Visby", "Stockholm–Åbo", "Stockholm–Helsingfors", "Stockholm–Tallinn", "Kapellskär–Mariehamn", "Grisslehamn–Eckerö", "Trelleborg–Rostock", "Trelleborg–Travemünde", "Ystad–Świnoujście", "Ystad–Rønne", "Helsingborg–Helsingør", "Göteborg–Kiel", "Göteborg–Frederikshavn", "Varberg–Grenaa", "Karlskrona–Gdynia", "Strömstad–Sandefjord", "Umeå–Vasa", "Nynäshamn–Gdańsk", "Visby–Nynäshamn"),
    "ROUTEEN": ("Harwich–Hook of Holland", "Dover–Calais", "Dover–Dunkirk", "Hull–Rotterdam", "Newcastle–Amsterdam", "Portsmouth–Santander", "Oban–Craignure", "Southampton–Cowes", "Holyhead–Dublin", "Cairnryan–Belfast", "Aberdeen–Kirkwall", "Cape May–Lewes", "Gothenburg–Kiel", "Stockholm–Turku", "Helsingborg–Helsingør", "Trelleborg–Rostock"),
    "SHIP": ("M/S Visby", "M/S Gotland", "M/S Thjelvar", "M/S Gotlandia II", "Stena Danica", "Stena Germanica", "M/S Skåne", "M/S Baltic Queen", "M/S Finnsirius", "M/S Galaxy", "M/S Viking Glory", "M/S Polonia"),
    "STATION": ("Arlanda terminal 5", "Landvetter flygplats", "Stockholm Centralstation", "Visby hamn", "Malmö C", "Umeå city", "Sturup", "Luleå Airport", "Bromma flygplats", "Skavsta", "Göteborg Centralen", "Kiruna flygplats", "Åre Östersund Airport", "Nynäshamns färjeterminal", "Värtahamnen", "Frihamnen", "Stadsgården", "Trelleborgs hamn", "Ystads färjeterminal", "Kapellskärs hamn"),
    "STATIONEN": ("Heathrow Terminal 2", "Gatwick North", "Edinburgh Airport", "Dover Eastern Docks", "Harwich International", "Seattle-Tacoma Airport", "Logan Airport", "Manchester Piccadilly", "Aberdeen Airport", "Kirkwall harbour", "Arlanda Terminal 5", "Gothenburg Landvetter"),
    "FIRM": ("Kustbil Uthyrning AB", "Norrbil Hyr AB", "Bilpoolen Väst ek. för.", "Skärgårdsbil AB", "Mälardalens Hyrbilar", "HyrBilen Nord", "Öbil Gotland AB", "Fjällbilen AB", "Södra Bilpoolen", "Stadsbilen Delning AB", "Hamnbilar i Nynäshamn AB", "Europcar", "Mabi", "Budget", "Aimo", "Getaround", "GreenMobility", "Volvo On Demand"),
    "FERRY": ("Destination Gotland", "Viking Line", "Stena Line", "Finnlines", "TT-Line", "Eckerö Linjen", "Polferries", "Wasaline", "Scandlines", "Color Line"),
    "FIRMEN": ("Harbourside Car Hire Ltd", "Island Car Share CIC", "Coastline Rentals", "Highland Drive Hire", "Seaway Car Club", "Pacific Coast Rent-a-Car", "Lakeside Auto Rental", "Zipcar", "Enterprise", "Europcar", "Budget"),
    "FERRYEN": ("CalMac", "Red Funnel", "Brittany Ferries", "P&O Ferries", "DFDS", "Stena Line", "Irish Ferries", "NorthLink Ferries", "Wightlink"),
    "ROUTEG": ("Nynäshamn–Visby", "Visby–Nynäshamn", "Oskarshamn–Visby", "Visby–Oskarshamn"),
    "PARKFIRM": ("Aimo Park", "Q-Park", "APCOA", "Stockholm Parkering", "Parkering Göteborg", "Malmö Parkering", "EasyPark", "Parkster"),
    "ROAD": ("E4", "E6", "E18", "E20", "E22", "E45", "riksväg 40", "riksväg 73", "väg 143", "Essingeleden", "Tingstadstunneln", "Öresundsbron", "E4 norrgående vid avfart 161", "rastplats Getå", "E6 söder om Ljungskile", "väg 148 vid Tingstäde"),
    "ROADEN": ("the M25", "the A1(M)", "the M6 Toll", "I-5", "I-90", "the A9", "the M20 near junction 11", "the A82", "the A14", "Route 1"),
    "TOWN": ("Visby", "Nynäshamn", "Ystad", "Trelleborg", "Kalmar", "Umeå", "Luleå", "Göteborg", "Malmö", "Strömstad", "Åre", "Sälen", "Kiruna", "Borgholm", "Västervik", "Oskarshamn", "Uppsala", "Karlstad", "Jönköping", "Sundsvall"),
    "TOWNEN": ("Dover", "Oban", "Inverness", "Seattle", "Portland", "Calais", "Rotterdam", "Kirkwall", "Harwich", "Cowes", "Aberdeen"),
    "DAY": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "DAYEN": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "BANK": ("Swedbank", "Handelsbanken", "SEB", "Nordea", "Danske Bank", "ICA Banken", "Länsförsäkringar Bank"),
    "USER": ("bilkund88", "ferryfan_77", "driver_2231", "nattuggla", "kund_4471", "roadtrip_se", "volvo_fantast", "stugresan", "elbil_nu", "gotlandsresan"),
    "DAMAGE": ("en repa på höger bakdörr", "stenskott i vindrutan", "en buckla i bakluckan", "skrapad fälg vänster fram", "sprucken backspegel", "brännmärke i baksätet", "repa i stötfångaren bak", "en spricka i strålkastaren", "skadad dragkrok"),
    "DAMAGEEN": ("a scratch on the rear bumper", "a chipped windscreen", "a dent in the tailgate", "a kerbed alloy, front left", "a cracked wing mirror", "a cigarette burn on the rear seat", "a scuffed door sill", "a broken fog light"),
}  # fmt: skip

SV = (
    # rental agreements
    "HYRESAVTAL {AGR}\nHyrestagare: {P#1}\nPersonnummer: {PNR}\nAdress: {AL}\nTelefon: {PH}\nE-post: {E#1}\nFordon: {MODEL}, reg.nr {REG}, mätarställning {KM}, bränsle {FUEL}.\nUtlämning: {STATION} {DATE} kl. {TIME}. Återlämning senast {DATE} kl. {TIME}.\nExtra förare: {P#2}, {PNR}.",
    "EFTERNAMN: {SU#1}\nFÖRNAMN: {GU#1}\nPERSONNUMMER: {PNR}\nADRESS: {AC}\nMOBIL: {PH}\nKÖRKORT: giltigt t.o.m. {DATE}, behörighet B\nBIL: {REG} ({MODEL})\nUNDERSKRIFT KUND: {U#1}",
    "Förare 1 – Efternamn: {S#1} Förnamn: {G#1} Personnr: {PNR}\nFörare 2 – Efternamn: {S#2} Förnamn: {G#2} Personnr: {PNR}\nGemensam adress: {A}\nKontakt: {PH}, {E#1}",
    "Avtal {AGR} – {F#1}, {PNR}, {A}. Hyr {MODEL} {REG} {DATE}–{DATE}. Självrisk {EXC}, sänkt till {EXCR} med SRR. Tel {PH}.",
    "Förare under 25 år: {P#1}, {PNRY}, {AF}. Ungdomstillägg {FEE}/dygn tillkommer. Huvudförare är {P#2}, som står som betalare.",
    "Företagsavtal: {FIRM} (org.nr {ORG}). Behöriga förare: {P#1}, {P#2} och {P#3}. Fakturaadress: {BOX}. Referens: {S#4}, tel {PH}.",
    "Kund från utlandet: {P#1}, hemadress {EU}, tel {PHX}. Körkort utfärdat inom EU, kontrollerat av {G#2}. Bil {REG}, åter {DATE}.",
    "Upphämtning Landvetter: {P#1} landar med {FLIGHT} kl {TIME}. Bilen ({MODEL}, {REG}) står i P-hus 2, plats {NUM}. Nyckeln i boxen, kod {CODE}. Ring {PHF} om något strular.",
    "Hej {G#1}!\nDin bokning {BOOK} är bekräftad. Du hämtar bilen på {STATION} {DATE} kl {TIME}. Ta med körkort och kortet som slutar på {CARD}. Frågor? Ring {PHF} eller mejla {EF}.\nVälkommen!\n{FIRM}",
    "SMS: Hej {G#1}! Påminnelse: din hyrbil {REG} ska lämnas i morgon kl {TIME} på {STATION}. Tanka till fullt, annars debiteras {FEE} plus bränsle. /{FIRM}",
    # damage reports and excess claims
    "Skaderapport vid återlämning, avtal {AGR}. Bil {REG} ({MODEL}). Kund: {P#1}, tel {PH}. Noterat: {DAMAGE}. Kunden har självrisk {EXC}. Besiktigad av {G#2} på {STATION} {DATE} kl {TIME}.",
    "Hej {G#1},\n\nVi har nu gått igenom skadan på bilen du hyrde {DATE} ({REG}). Reparationen kostar {REP} och enligt avtalet debiteras din självrisk på {EXC}. Beloppet dras från kortet som slutar på {CARD}. Har du frågor, ring oss på {PHF}.\n\nMed vänlig hälsning\n{P#2}\nSkadehandläggare, {FIRM}\n{EF}",
    "Jag, {P#1}, bestrider skadekostnaden på {EXC} för bil {REG}. Skadan fanns redan vid utlämningen, vilket {G#2} på stationen bekräftade muntligt. Bifogar foton.\nMvh {P#1}\n{A}\n{PH}",
    "Skadenummer {CLAIM} – hyrbil {REG}. Förare vid skadetillfället: {P#1}. Motpart: {P#2}, {A}, tel {PH}. Skadeplats: korsningen {STN}/{STN}. Polisen ej tillkallad.",
    "Överlämning av bil {REG} mellan {P#1} (lämnar) och {P#2} (hämtar), {DATE} kl {TIME} vid {STATION}. Inga nya skador noterade. Signerat: {I#1}, {I#2}.",
    "Anteckning i kundkortet: {P#1:f} ringde ({PH}) och undrade om självrisken kan sänkas i efterhand. Förklarade att SRR måste köpas vid utlämning. Hon återkommer. /{I#2}",
    "Intern notering: {S+s#1} reklamation gäller {DAMAGE} på {REG}. Bilen var skadad redan när {P#2} lämnade den {DATE}, enligt bilderna. Vi stryker självrisken. Handläggare: {Gi#3}.",
    "Skadeanmälan via appen\nMedlem: {P#1} (medlemsnr {MEMBER})\nBil: {REG}, hämtad på {ST}\nBeskrivning: {DAMAGE}, fanns inte på förra bilderna.\nKontakt: {E#1}",
    "Bilen {REG} stals från {A} natten till {DATE}. Polisanmälan {POLICE}. Anmälare: {P#1}, {PNR}, mobil {PH}. Nycklarna lämnade i brevlådan hos {P#2}.",
    "Besked om självrisk – ärende {CLAIM}\n\n{P#1}\n{AL}\n\nVi har fått verkstadens offert på {REP}. Eftersom du köpt självriskreducering blir ditt belopp {EXCR}. Betala till bankgiro {BG} med OCR {OCR} senast {DATE}.\n\n{FIRM}, {BOX}",
    "Depositionen på {EXCR} för {P#1} återbetalas till konto i {BANK} inom fem bankdagar. Bilen ({REG}) lämnades utan anmärkning hos {G#2} på {STATION}.",
    "Tankning debiterad: {MODEL} {REG} lämnades med {FUEL} tank. {P#1} debiteras {AMT} enligt prislistan. Avgiften syns på fakturan till {A}.",
    # tolls, congestion tax and parking fines passed on
    "Vidarefakturering av trängselskatt\n\nTill: {P#1}\n{AL}\n\nUnder din hyresperiod {DATE}–{DATE} passerade bilen {REG} betalstationer i Göteborg {NUM} gånger. Trängselskatten på {AMT} samt en administrativ avgift om {FEE} läggs på faktura {OCR}. Frågor: {EF} eller {PHF}.",
    "Kontrollavgift {FINE} utfärdad {DATE} kl {TIME} på {ST} för fordon {REG}. Enligt vårt system var bilen uthyrd till {P#1} ({PNR}) vid tillfället. Vi har lämnat förarens uppgifter till {PARKFIRM}. Eventuell överklagan skickas direkt dit.",
    "Hej {G#1}! Vi har fått en parkeringsbot på {PFINE} från {PARKFIRM} för {REG}, ställd på {STN} {DATE}. Den gäller din bokning. Vi fakturerar den till {E#1} med vår avgift på {FEE}. /{N#2}, kundtjänst",
    "Bompengar Norge: bilen {REG} passerade bomstasjoner under hyran ({P#1}). Faktura från Epass24 på {NOK} vidarefaktureras med {FEE} i avgift. Hyrestagarens adress: {A}.",
    "Passage Öresundsbron {DATE} kl {TIME}, {REG}, {DKK}. Debiteras hyrestagaren {P#1}, {PNR}, {A}, enligt villkoren punkt 9.",
    "Överklagan av kontrollavgift {FINE}\n\nJag, {P#1}, hyrde bilen {REG} via {FIRM} men hade redan lämnat den på {ST} när avgiften skrevs. Se kvittot från appen. Kontakta mig på {PH} eller {E#1}.\n\n{P#1}\n{AL}",
    "Påminnelse: faktura {OCR} på {AMT} avseende vidarefakturerad trängselskatt för {REG} är obetald. {P#1}, {A}. Betala senast {DATE} till bankgiro {BG}, annars går ärendet till inkasso.",
    "Fartkamera {ROAD} {DATE} kl {TIME}, {REG}. Polisen begär förarens uppgifter. Förare enligt avtal {AGR}: {P#1}, {PNR}, {A}, körkortsnr {LIC}.",
    # car-sharing support chats and car pools
    "kund ({USER}): hej bilen på {a} går inte att låsa upp i appen\nsupport: Hej! Vad tråkigt. Vilket regnummer står det på bilen?\nkund: {REG}\nsupport: Tack, jag skickar en upplåsning nu. /{G#2}\nkund: funkade!! tack {g#2}",
    "[Bilpoolen Söder] {P#1}: någon som bokat volvon på lördag?\n[Bilpoolen Söder] {P#2}: @{g#1} ja jag, till {TIME}. ställer den på {ST} sen\n[Bilpoolen Söder] {P#1}: toppen 👍",
    "{n#1}: har du tankat elbilen?\n{n#2}: nej den står på {PCT} vid {a}, laddkabeln ligger i bagaget\n{g#1}: ok jag tar den 14.00, säg till {n#3:f} att hon får vänta",
    "Bilpoolen i kvarteret – körschema v. {WEEK}\nmån: {G#1}\ntis: {G#2}\nons: {G#3}\ntors: {G#1}\nfre: {G#4}\nNyckeln i skåpet på {ST}, kod hos {S#2}.",
    "Support: Hej {G#1}, jag ser att bokningen {BOOK} avslutades {TIME} men bilen står kvar på {ST} med {PCT} batteri. Nästa medlem ({G#2}) kunde inte köra. Vi tar ut {FEE} enligt villkoren. /{N#3} på {FIRM}",
    "Ansökan om medlemskap i bilpoolen\nNamn: {P#1}\nPersonnummer: {PNR}\nFolkbokföringsadress: {A}\nMobil: {PH}\nE-post: {E#1}\nKörkort utfärdat: {DATE}\nRekommenderad av: {P#2}",
    "Begäran om radering: {P#1}, medlem {MEMBER}, e-post {E#1}, tel {PH}. Kontot avslutas {DATE}. Körhistorik sparas sju år enligt bokföringslagen. Handläggs av {I#2}.",
    "Kvitto – {FIRM}\nMedlem: {R#1}\nResa: {DATE}, {NUM} km\nStart: {ST}\nSlut: {ST}\nBelopp: {AMT}\nKort: {CARD}",
    "hej! jag heter {g#1} och bor på {a}. står det en delningsbil här i närheten? min granne {p#2} sa att ni skulle ställa ut en i höst",
    "Hej {G#1}! Välkommen till bilpoolen. Din nyckelbricka skickas till {AF}. Första resan bjuder vi på. Frågor? Svara på mejlet eller ring {PHF}.\n/{P#2}, medlemsservice",
    "Grannar på {STN}: vi är nu sex hushåll i bilpoolen. Kassör är {P#1} ({PH}), bokningsansvarig {P#2}. Bilen ({MODEL}) står på gästplatsen vid {ST}.",
    "Lånade {G+s#1} bil i helgen, {REG}. Lämnade den på {ST} med full tank. Nyckeln hos {p#2:m}, han bor på {VIL}.",
    # ferry and car-deck bookings
    "Bokningsbekräftelse {BOOK}\n{SHIP} – {ROUTE}\nAvgång {DATE} kl. {TIME}, incheckning senast 45 min innan.\nFordon: personbil {REG}, längd under 6 m.\nResenärer:\n1. {P#1} (vuxen)\n2. {P#2} (vuxen)\n3. {P#3} (barn, 8 år)\nHytt: {CABIN}\nKontaktperson: {P#1}, {PH}, {E#1}\nFaktureringsadress: {A}",
    "Passagerarlista {BOOK}, {ROUTE} {DATE}\n{RU#1}, f. {DOBP}, SE\n{RU#2}, f. {DOBP}, SE\n{R#3}, f. {DOBP}, FI\nBil: {REG}, fil {LANE}",
    "Gotlandsrabatt ({ROUTEG}): folkbokförd på Gotland krävs. Resenär: {P#1}, {PNR}, {AG}. Medresenär: {P#2}, {PNR}. Fordon {REG}.",
    "Sjukresa – {ROUTEG} {DATE}\nPatient: {P#1}, {PNR100}\nLedsagare: {P#2}, tel {PH}\nBokad av: {P#3}, Region Gotland\nBil med parkeringstillstånd {REG}, fil {LANE} nära hissen.",
    "Från: {P#1} <{E#1}>\nTill: {EF}\nÄmne: Bokning {BOOK} – ändring\n\nHej! Vi behöver flytta vår överfart till {DATE}. Vi är fortfarande {N2} personer och samma bil ({REG}). Ring gärna {PH} om det är något.\n/{G#1}",
    "Hittegods {CASE}: plånbok funnen i hytt {CABIN} efter överfarten {ROUTE} {DATE}. Körkort i namnet {U#1}. Ägaren nådd på {PH}, skickas till {AL}.",
    "Klagomål från {P#1}, {A}: bilen {REG} fick en repa på bildäcket under överfarten {DATE}. Däckspersonalen ({G#2}) noterade skadan. Kunden nås på {PH} eller {E#1}.",
    "Särskild assistans: {P#1} (rullstol), {A}, reser {ROUTE} {DATE} med ledsagare {P#2}. Bilen {REG} parkeras nära hissen. Kontakt: {PH}.",
    "Husbil på bildäck: Fiat Ducato, {REG}, längd 7,4 m. Förare {R#1}. Medresenärer {G#2} och {G#3}. Hemadress {A}. Tel {PHX}.",
    "{g#1}: har du bokat färjan till visby?\n{g#2}: ja {TIME} från nynäshamn, bilen står hos {g+s#3} på {a}\n{g#1}: hämtar du mig på vägen?",
    "Bokning {BOOK} ändrad av kundtjänst ({I#1}): resenär {P#2} bytt mot {P#3}. Bil {REG} oförändrad. Ny bekräftelse skickad till {E#3}.",
    "Gruppresa med korpen, {ROUTE} {DATE}. Ansvarig: {P#1}, {PH}. Deltagare: {P#2}, {P#3}, {P#4}, {P#5}. Två bilar: {REG} och {REG}.",
    "Avbokning: {P#1} avbokar resa {BOOK} ({ROUTE}) på grund av sjukdom. Läkarintyg bifogat. Återbetalning till {BANK}-kontot. Adress: {A}.",
    "Vägfärjan i natt: {P#1} från {VIL} ringde ({PH}), bilen fick inte plats på sista turen. Skepparen {S#2} har lovat en extratur {TIME}.",
    "Hej {G#1}!\nTack för din bokning med {FERRY} och {SHIP}. Din bil {REG} står i fil {LANE}. Om du har frågor under resan, fråga {G#2} i informationsdisken eller ring {PHF}.",
    "Medlemskort Club One: {P#1}, kundnr {MEMBER}, {A}. Tel {PH}. Poäng: {NUM}.",
    # roadside assistance logs
    "Ärende {CASE} {DATE} {TIME}: {P#1} ringer från {PH}. Hyrbil {REG} ({MODEL}) står still med varningslampa på {ROAD} strax norr om {TOWN}. Bärgare {S#2} larmad, beräknad ankomst 40 min.",
    "Uppdrag {CASE}: startkabelhjälp.\nPlats: {A}\nKontakt: {G#1}, {PH}\nTekniker: {P#2}\nKlart {TIME}.",
    "Logg {CASE} – inlåst nyckel\nKund: {U#1}\nPlats: {AR}\nTelefon: {PH}\nÅtgärd: bilen öppnad av {P#2} kl {TIME}.",
    "{TIME} samtal från {P#1} ({PH}): motorstopp på {ROAD}.\n{TIME} bärgare {P#2} tilldelad.\n{TIME} kund hämtad, bil till verkstad på {A}.\n{TIME} ärendet stängt av {I#3}.",
    "hej det är {g#1}, har fått punktering på {a}, kan ni skicka nån? nås på {PH}",
    "Bilen bogserad av {S+s#1} Bärgning till {A}. Kund: {P#2}. Ersättningsbil ordnad via {FIRM}. Bärgarens nummer: {PH}.",
    "Assistansärende {CASE}\nFordon: {REG}\nFörare: {P#1}\nPosition: {STT}\nProblem: punktering, inget reservhjul\nÅtgärd: däck från närmaste verkstad, montör {Gi#2}\nÅterkoppling till kund på {PH}",
    "Vi står vid {ST} med en död bil ({REG}). Jag är {G#1}, min sambo {G#2} har appen. Ring {PH} när ni är nära!",
    "Bärgning Norge: kunden {P#1} står vid {EU}, tel {PHX}. Samarbetspartner larmad. Hyrbil {REG}, avtal {AGR}.",
    "Vinterdäcksbyte under hyra: {P#1} lämnar {REG} hos {S+s#2} Däck & Service, {A}, {DATE}. Kostnad {AMT} betalas av oss.",
    # letters, signatures and office mail
    "{P#1}\nc/o {P#2}\n{AL}\n\nFaktura {OCR} avseende skadekostnad för hyrbil {REG}. Belopp {AMT}, förfaller {DATE}.",
    "Med vänliga hälsningar\n{P#1}\nStationschef, {FIRM}\n{BOX}\nVäxel {PHF} | Direkt {PH}\n{E#1}",
    "Från: {P#1} <{E#1}>\nSkickat: {DAY} {DATE} {TIME}\nTill: {P#2} <{E#2}>\nÄmne: SV: Skadan på {REG}\n\nHej {G#2}! Verkstaden på {A} har bilen nu. Jag ringer kunden ({S#3}) i morgon.\n/{N#1}",
    "Till {P#1}, {A}\n\nVi har mottagit din ansökan om att bli förare hos {FIRM}. Ring {G#2} på {PH} för att boka introduktion.",
    "Kära {G#1} och {G#2}, tack för att ni valde oss i somras! Som stamkund får ni 15 % rabatt på nästa hyra. Koden gäller till {DATE}. /{P#3}, {FIRM}",
    "Nyckelöverlämning: nyckeln till {REG} lämnas hos {P#1}, {STF}. Hämtas av {P#2} {DAY} efter kl {TIME}.",
    "Hyrestagare: {R#1}\nAdress: {A}\nTel: {PH}\nNärmast anhörig: {P#2}, {PH}",
    "Har ni sett {G+s#1:f} mejl? Hon vill boka om från {STATION} till {STATION} och undrar om {N#2} kan köra ut bilen till {A} istället.",
    "Kunden {P#1} ({PNR}) är spärrad efter obetald skada ({EXC}). Ärendet ligger hos inkasso sedan {DATE}. Kontakta {I#2} innan ny bokning görs.",
    "Jag har bytt adress till {AL} och nytt nummer {PH}. Uppdatera gärna mitt medlemskonto. Hälsningar {P#1}",
    "Tack för senast {N#1}! Bilen gick som en klocka hela vägen till {TOWN}. Nyckeln ligger hos {p#2} på {a}. Kram {n#3}",
    "Flyttbil bokad: {P#1} hyr {MODEL} {REG} {DATE} från {ST} till {A}. Bärhjälp: {G#2} och {G#3}.",
    "Tjänstebil: {P#1} tar poolbilen {REG} {DATE} till kund i {TOWN}, åter {TIME}. Nyckeln hos {Gi#2} i receptionen.",
    "Ungdomsförbundets resa: bussen ersatt av två hyrbilar. Förare: {P#1} (ledare, {PH}) och {P#2}. Samling vid {ST} kl {TIME}.",
    "Hej {P#1}! Ditt körkort har gått ut enligt Transportstyrelsens register. Du kan inte boka bilar förrän du laddat upp ett nytt. Frågor: {EF}.",
    "Anmälan av förare: {P#1} ({PNR}) körde {REG} {DATE} när bilen blev fotograferad i {TOWN}. Adress: {A}. Lämnad till polisen av {P#2}.",
    "Leveransadress för hyrbil: {P#1}, {AF}. Portkod {CODE}. Ring {PH} vid ankomst.",
    "Fel adress i avtalet? Kunden {P#1} har flyttat från {A} till {AL}. Ändrat av {Gi#2}.",
    "Vi har hittat en väska i bilen {REG}. Senaste hyrestagare {P#1:f}, {A}. Skickar den med posten om hon vill. /{g#2}",
    "Husbilsuthyrning: {P#1} hämtar husbilen {DATE} hos {S+s#2} Fritid, {AR}. Återlämning {DATE}. Kontakt {PH}, {E#1}.",
    "{n#1}: vems tur är det att ta bilen till besiktningen?\n{n#2}: {g+s#3:m} tror jag. han bor ju närmast, på {a}",
    "Gotlandsresa: {P#1} och {P#2} hämtar hyrbilen på {AG} när båten lagt till. Ring {PH} om båten är sen.",
    "{N#1} här! Bilen ({REG}) är tillbaka på {ST}, nyckeln ligger i boxen. Ring {PH} om det är något. Hälsa {N#2}!",
    "Om bilpoolen krånglar: ring {N#1} på {PH} eller {G+s#2} jobbnummer {PHF}. Nyckelskåpet sitter vid {ST}.",
)

EN = (
    # rental agreements
    "RENTAL AGREEMENT {AGR}\nRenter: {P#1}\nAddress: {UKL}\nPhone: {PHUK}\nEmail: {E#1}\nVehicle: {MODEL}, {REGX}, {MILES} out, fuel {FUEL}\nPick-up: {STATIONEN}, {DATEEN} {TIME}\nAdditional driver: {P#2}",
    "SURNAME: {SU#1}\nFIRST NAME: {GU#1}\nDATE OF BIRTH: {DOB}\nLICENCE NO: {LIC}\nHOME ADDRESS: {UK}\nMOBILE: {PHUK}",
    "Rental agreement {AGR}. Primary driver: {F#1}, {US}, tel {PHUS}. Additional driver: {P#2}. Vehicle {MODEL}, returned {DATEEN} at {TIME} with {FUEL} tank.",
    "Hi {G#1},\n\nYour booking {BOOK} is confirmed. Pick up your car at {STATIONEN} on {DATEEN} from {TIME}. Bring your licence and the card ending {CARD}.\nQuestions? Call {PHX} or email {EF}.\n\n{FIRMEN}",
    "Driver under 25: {P#1}, born {DOBY}. Young driver fee {GFEE} per day applies. Lead renter: {P#2}, {UK}.",
    "Corporate account {MEMBER} ({FIRMEN}). Authorised drivers: {P#1}, {P#2}, {I#3}. Invoices to {UKL}. Contact: {S#4}, {PHUK}.",
    "Welcome to Sweden, {G#1}! Your {MODEL} ({REG}) is parked at {STATION}, bay {NUM}. Key code {CODE}. For help call {PHF}, we speak English.",
    # damage and excess
    "Damage report, agreement {AGR}. Vehicle {REGX}. Customer: {P#1}, {PHX}. Noted on return: {DAMAGEEN}. Inspected by {G#2} at {STATIONEN}, {DATEEN} {TIME}.",
    "Dear {P#1},\n\nFollowing your rental ({DATEEN}, {REGX}), the repair estimate for {DAMAGEEN} is {GBP}. Under your agreement your excess of {GEXC} will be charged to the card ending {CARD}.\n\nKind regards,\n{P#2}\nClaims Team, {FIRMEN}\n{EF}",
    "I, {P#1}, dispute the damage charge of {GBP} on {REGX}. The mark was already there at pick-up, as {G#2} at the desk agreed. Photos attached.\n{P#1}\n{UK}\n{PHUK}",
    "Claim {CLAIM}. Our driver: {P#1}. Third party: {P#2}, {UK}, {PHUK}. Location: junction of {ROADEN} slip road. Witness: {P#3}.",
    "Internal note: {S+'#1} complaint is about {DAMAGEEN} on {REGX}. Check-out photos taken by {G#2} show it was not there. Excess stands. Handler: {Gi#3}.",
    "Excess refund: we have refunded {GBP} to {P+'#1} card after the third party's insurer ({P#2}'s policy) accepted liability. Ref {CLAIM}.",
    "Deposit of {USD} released for {P#1}. Car returned clean, {FUEL} tank, to {G#2} at {STATIONEN}.",
    "Stolen vehicle: {REGX} taken from outside {UK} overnight. Crime ref {CASE}. Reported by renter {P#1}, {PHUK}, {E#1}.",
    # tolls and fines
    "Notice of charge passed on\n\n{P#1}\n{UKL}\n\nDuring your rental the vehicle {REGX} incurred a Penalty Charge Notice ({FINE}) for an unpaid Dart Charge. We have paid {GBP} and add an admin fee of {GFEE}. Questions: {EF}.",
    "Parking ticket {FINE} issued {DATEEN} at {TIME} on {US} for {REGX}. Our records show the car was rented to {P#1} at the time. We have transferred liability to the renter.",
    "Hi {N#1}, we got a toll bill from E-ZPass for the Delaware Memorial Bridge ({USD}) on your trip. It will show on your receipt. Thanks, {G#2} at {FIRMEN}",
    "ULEZ charge {DATEEN}: {REGX}, rented to {P#1} ({E#1}). Charge £12.50 plus handling {GFEE}. Address on file: {UK}.",
    "Appeal against PCN {FINE}\n\nI, {P#1}, had returned the hire car {REGX} to {STATIONEN} before the time shown. Receipt attached. Contact me on {PHUK} or at {E#1}.\n\n{P#1}\n{UKL}",
    "Speeding notice from Sweden: camera on {ROAD}, {DATEEN}. Driver named by {FIRMEN}: {P#1}, {US}, licence {LIC}.",
    # car sharing
    "user ({USER}): hi the car at {uk} won't unlock\nsupport: Sorry about that! What's the plate?\nuser: {REGX}\nsupport: Thanks, sending an unlock now. - {G#2}\nuser: worked, thanks {g#2}",
    "[Street Car Club] {P#1}: anyone using the van on Saturday?\n[Street Car Club] {P#2}: @{g#1} me, till 4. I'll leave it on {UK}\n[Street Car Club] {P#1}: great, thanks",
    "{g#1}: did you charge the car?\n{g#2}: nope, it's on {PCT} outside {uk}. cable's in the boot\n{g#1}: ok taking it at 2, tell {n#3} to wait",
    "Membership application\nName: {P#1}\nAddress: {UKL}\nPhone: {PHUK}\nEmail: {E#1}\nLicence held since: {DATEEN}\nReferred by: {P#2}",
    "Hi {G#1}, your trip {BOOK} ended at {TIME} but the car was left at {US} with {PCT} charge. The next member ({G#2}) couldn't use it, so a fee of {USD} applies. - {N#3}, {FIRMEN}",
    "Receipt - {FIRMEN}\nMember: {R#1}\nTrip: {DATEEN}, {NUM} miles\nFrom: {UK}\nTotal: {GBP}",
    "Please delete my account. {P#1}, member {MEMBER}, {E#1}, {PHX}. Thanks.",
    # ferries
    "Booking confirmation {BOOK}\n{ROUTEEN}, sailing {DATEEN} {TIME}\nVehicle: car {REGX}, under 1.85 m high\nPassengers:\n1. {P#1} (adult)\n2. {P#2} (adult)\n3. {P#3} (child, 6)\nLead passenger: {P#1}, {PHUK}, {E#1}\nBilling address: {UK}",
    "Passenger manifest {BOOK}, {ROUTEEN} {DATEEN}\n{RU#1}, DOB {DOBP}, GBR\n{RU#2}, DOB {DOBP}, GBR\n{R#3}, DOB {DOBP}, NLD\nVehicle lane {LANE}",
    "From: {P#1} <{E#1}>\nTo: {EF}\nSubject: Amend booking {BOOK}\n\nHello, we need to move our crossing to {DATEEN}. Still {N2} passengers and the same car ({REGX}). Please call me on {PHX} if there's a problem.\nThanks, {G#1}",
    "Lost property {CASE}: wallet found in cabin {CABIN} after the {ROUTEEN} sailing on {DATEEN}. Driving licence in the name {U#1}. Owner reached on {PHX}.",
    "Assisted travel: {P#1} (wheelchair user) sailing {ROUTEEN} on {DATEEN} with carer {P#2}. Blue badge car {REGX} to be parked by the lift. Contact {PHX}.",
    "Motorhome on the car deck: Fiat Ducato, {REGX}, 7.2 m. Driver {R#1}. With {G#2} and {G#3}. Home address {USL}.",
    "Complaint from {P#1}, {UK}: our car {REGX} was scraped on the car deck on {DATEEN}. A crew member ({G#2}) saw it. Please reply to {E#1}.",
    "Group booking, {ROUTEEN}: organiser {P#1} ({PHUS}), {USL}. Travelling: {P#2}, {P#3}, {P#4}. Two cars.",
    "Hi {G#1}! Thanks for sailing with {FERRYEN}. Your car is in lane {LANE}. Anything on board, ask {G#2} at the info desk or call {PHX}.",
    # roadside assistance
    "Job {CASE} {DATEEN} {TIME}: {P#1} ({USL}) called from {PHUS}. Hire car {REGX} broke down on {ROADEN}. Patrol {S#2} dispatched, ETA 50 min.",
    "Breakdown log\nMember: {U#1}\nLocation: {UK}\nPhone: {PHUK}\nFault: flat battery\nFixed by {P#2} at {TIME}",
    "{TIME} call from {P#1} ({PHUK}): engine warning on {ROADEN}.\n{TIME} recovery by {S+'#2} Recovery.\n{TIME} car taken to {UK}.\n{TIME} closed by {I#3}.",
    "hey it's {g#1}, got a flat on {uk}, can someone come? i'm on {PHUK}",
    "Towed by {S#1} & Sons Recovery to {US}. Customer {P#2} given a replacement via {FIRMEN}. Driver's cell: {PHUS}.",
    # letters and signatures
    "Kind regards,\n{P#1}\nBranch Manager, {FIRMEN}\n{UKL}\nT: {PHUK}\nE: {E#1}",
    "{P#1}\nc/o {P#2}\n{UKL}\n\nInvoice {OCR} for damage to hire vehicle {REGX}: {GBP}, due {DATEEN}.",
    "Dear {G#1} and {G#2}, thanks for renting with us this summer! Use code SUMMER15 before {DATEEN}. - {P#3}, {FIRMEN}",
    "Key handover: the keys to {REGX} are with {P#1} at {UK}. {G#2} will collect them on {DAYEN} after {TIME}.",
    "Renter: {R#1}\nAddress: {USL}\nPhone: {PHUS}\nEmergency contact: {P#2}, {PHUS}",
    "Did you see {G+'#1:f} email? She wants to switch pick-up from {STATIONEN} to {STATIONEN} and asks if {N#2} could drop the car at {UK}.",
    "Customer {P#1} is blocked after unpaid damage ({GBP}). With collections since {DATEEN}. Check with {I#2} before any new booking.",
    "Thanks {G#1}! The car was great all the way to {TOWNEN}. Keys are with {p#2} at {uk}. Love, {n#3}",
    "Moving van booked: {P#1} takes {MODEL} {REGX} on {DATEEN} from {UK} to {EU}. Helpers: {G#2} and {G#3}.",
    "Delivery and collection: car to be delivered to {UKL} on {DATEEN}; collected from {UK} on {DATEEN}. Customer {P#1}, {PHUK}.",
    "Address change: {P#1} has moved from {US} to {USL}. Please update before the toll invoice goes out. - {N#2}",
    "Found in {REGX} after return: a child seat and a phone charger. Last renter {P#1:f}, {UK}. We'll post them unless {G#1} or her partner collects them.",
    "Hi it's {N#1} - the car's back at {UK}, keys in the box. Call me on {PHUK} if anything's wrong. Say hi to {N#2}!",
)

MIXED = (
    "Hej team! Quick update om ärende {CASE}: kunden {P#1:f} disputes the excess ({EXC}). Hon säger att skadan fanns vid pickup. {G#2}, kan du check the check-out photos? Tack!",
    "@{g#1} can you call {P#2} på {PH}? Hen står vid {a} med flat tire och appen låser inte bilen.",
    "From: {P#1} <{E#1}>\nTo: {EF}\nSubject: Ombokning / rebooking {BOOK}\n\nHi! Vi måste change our crossing till {DATE}. Same car, {REG}. Passengers: {P#1}, {P#2} och våra barn {G#3} och {G#4}.\nThanks, {G#1}",
    "Damage report {AGR} – kund {P#1}, {PNR}. Car {REG} returned med {DAMAGE}. Excess {EXC}. Checked by {Gi#2}, {STATION}.",
    "Hej {G#1}, the foreign customer ({P#2}, {PHX}) wants the invoice sent till {EU}. Kan du fixa det innan fredag? /{N#3}",
    "Standup notes: {G#1} tar alla toll claims från Norge, {G#2} handles the parking fines från {PARKFIRM}, {G#3} är out sick. Escalations till {S#4}.",
    "Från: {P#1} <{E#1}>\nTill: {P#2} <{E#2}>\nÄmne: FW: Excess claim {CLAIM}\n\nHej {G#2}, kan du take over this one? Kunden bor på {A} och har ringt tre gånger ({PH}). Thanks!\n{G#1}",
    "Roadside log {CASE}: {P#1} called, bilen ({REG}) dog on {ROAD}. Tow truck from {S+s#2} Bärgning ETA 30 min. Kunden nås på {PH}.",
    "kund i chatten: {g#1}, medlem {MEMBER}. says the car på {a} har {PCT} battery fast appen visar full. jag har bokat om till {ST}. /{g#2}",
    "Passenger list {BOOK} ({ROUTE}):\n- {P#1}, {PNR}\n- {P#2}, f. {DOBP}\n- {P#3}, barn\nCar: {REG}, fil {LANE}",
    "Hej! I'm {G#1} från {FIRMEN}. We have a customer, {P#2}, som har fått en parkeringsbot i Stockholm ({FINE}). Kan ni send the driver details till {EF}? Best, {P#1}",
    "Reminder till alla: när ni registrerar nya members, dubbelkolla personnumret. T.ex. {P#1} fick {PNR} i systemet men rätt är {PNR}. /{I#2}",
    "Meeting notes fleet: {P#1} (ops), {P#2} (claims), {P#3} (customer care). Beslut: vi flyttar pickup från {STATION} till {A} from 1 May.",
    "Hej {G#1}! Thanks for the booking. Your car står i P-huset på {ST}, plats {NUM}. Key code {CODE}. Frågor? Ring {PHF}. /{G#2}",
    "{g#1}: har du sett excess claimen från {S#2}?\n{g#3}: yes, skickade till {s#4} igår\n{g#1}: nice, thanks",
    "Customer {P#1:f} ({E#1}) har klagat på toll charges från Øresundsbron, {DKK}. Hon var inte ens i Danmark that day. Kolla {REG}, plz. /{N#2}",
    "Kontrollavgift {FINE}: we've transferred liability to the renter, {P#1}, {A}. Hens phone: {PH}.",
    "Ferry booking {BOOK}, {SHIP} {DATE}: lead passenger {P#1}, {PHX}. Cabin {CABIN}. Billing: {A}. Notering: {G#2} has a dog, pet cabin needed.",
    "[#roadside] {P#1}: new case, {G#2} stuck at {STT} with a flat. phone {PH}\n[#roadside] {P#3}: on it, skickar {s#4} from the depot",
    "Regards / Hälsningar\n{P#1}\nFleet Coordinator, {FIRM}\n{BOX}\nMobil {PH}\n{E#1}",
    "Hej {G#1}, some feedback from the customer {P#2} ({A}): 'the car was great men det luktade rök'. Kan du check {REG} och flagga the previous renter?",
    "Översikt excess claims vecka {WEEK}:\n{R#1} – {EXC} – open\n{R#2} – {EXC} – paid\n{R#3} – {EXC} – disputed\nOwner: {G#4}",
    "Onboarding: {P#1} börjar på måndag i customer care. Buddy: {G#2}. Access till Salesforce fixas av {I#3}. Kontoret ligger på {ST}, desk phone {PHF}.",
    "FYI {G#1}: kunden på {AL} wants to return the car early. Ring hen på {PH}, tack!",
    "Hi {N#1}, we have a double booking på {REG} {DATE}: both {P#2} och {P#3}. Kan du call one of them och erbjuda en upgrade?",
    "Sjukresa via ferry: patient {P#1}, {PNR100}, travelling {ROUTEG} {DATE} med escort {P#2} ({PH}). Home address: {AG}. Booked by {G#3} at the region.",
    "Escalation: {P#1:f} threatens ARN-anmälan om excess ({EXC}) inte dras tillbaka. Bakgrund: damage on {REG} var reported by {P#2} already {DATE}. Call her på {PH}.",
    "Slack från {G#1}: 'Bilen på {ST} är blocked in by a skip container, kan nån ringa {PARKFIRM}?' – {G#2} replied: 'done, de flyttar den by 3'.",
    "New member: {P#1}, {PNR}, {A}. Verified via BankID. Driving licence OK. Approved by {I#2}.",
    "Kan någon ta ett samtal? {P#1} from the UK ({PHX}) står i Visby hamn utan bokning för bilen. Hens booking ref är {BOOK}. /{g#2}",
    "Toll summary Norway {DATE}: {REG} – renter {P#1}, {EU}. Epass24 invoice {NOK}. Vidarefakturera + admin fee {FEE}.",
    "Hej hej! {G#1} här från {FIRM}. Just checking att allt gick bra med bilen? Om något är fel, svara här eller ring {PH}. Have a nice weekend!",
    "Return check {REG} at {ST}: fuel {FUEL}, {KM}. Damage: {DAMAGE}. Customer {P#1} signed off. Photos uploaded av {g#2}.",
    "Our Finnish partner frågar efter driver details: {P#1}, {PNR}, {AL}, körkortsnr {LIC}. Skicka via secure mail till {EF}.",
    "{P#1}\nc/o {P#2}\n{AL}\n\nInvoice / Faktura {OCR}: toll charges {AMT}. Due {DATE}.",
    "Roadside callout: {P#1} (member since 2019) stuck on {ROAD}, bilen ({MODEL}) won't start. GPS position near {VIL}. Call back {PH}. Tow: {S+s#2} Bilservice.",
    "Hej {G#1}! Quick one: kunden {P#2} vill ha sin kopia av hyresavtalet sent till {E#2}. Can you? Tack /{G#3}",
    "{g#1}: who's on call tonight?\n{g#2}: {g#3} till midnatt, sen jag\n{g#1}: ok, {P#4:f} ringde om en dead battery på {a}, ring henne på {PH}",
    "HR-info: {P#1} slutar {DATE}. Hens arbetsuppgifter (parking fines + toll) tas över av {P#2}. Nytt direktnummer {PH}.",
    "Car deck incident {DATE}: {REG} bumped into {REGX}. Drivers: {P#1} ({PH}, {A}) och {P#2} ({PHX}, {EUL}). Crew witness: {G#3}. Report sent till {EF}.",
    "Customer survey: '{G#1} på {STATION} var super helpful!' – {P#2}, {AMT} rental, 5 stars. Kudos till {G#1}!",
    "Blocklist update: {P#1}, f. {DOB}, {A} – unpaid damage {EXC}. Approved by {I#2}.",
    "Hej, detta är {P#1}, jag hyrde bilen {REG} last week. I got a parking fine från {PARKFIRM} men jag hade betalat via appen. Kan ni hjälpa? Mitt nummer är {PH}.",
    "Bokning {BOOK}: {P#1} + {N2} passengers, {SHIP}, depart {TIME}. Car {REG}. Address för fakturan: {BOX}.",
    "Team lunch på fredag! {G#1}, {G#2} och {G#3} fixar bord. Excess claims får vänta till måndag 😄",
    "Driver swap på avtal {AGR}: {P#1} ut, {P#2} ({PNR}) in. Updated i systemet av {Gi#3}.",
    "Can someone check {G+s#1} account? Hen säger att de dragit {PFINE} twice för samma parking fine. Email: {E#1}.",
    "Skadeanmälan / damage claim\nCustomer: {RU#1}\nAddress: {AF}\nPhone: {PH}\nDamage: {DAMAGE}\nStation: {STATION}",
    "Key box code för {ST}: {CODE}. Bara för {G#1} och {G#2}, don't share!",
    "Heads up: {P#1:m} från {FIRMEN} ringer imorgon om fleet deal. Hans nummer {PHX}, mail {E#1}. Boka stora mötesrummet, kontoret på {ST}.",
    "Pickup address ändrad: kunden {P#1} vill ha bilen levererad till {AL} istället för {STATION}. Delivery fee {FEE}. /{g#2}",
    "Invoice address update för {FIRM}: ny adress {BOX}. Contact person {P#1}, {PH}.",
    "Roadside: {G#1} har fått motorstopp utanför {A}, bilen blockerar infarten. Tow ordered, ETA 45 min. Kund-tel {PH}.",
    "Customer {P#1} moved från {A} till {AF}. Please update CRM innan vi skickar excess invoice.",
    "Delivery run idag: 1) {ST} – {G#1}, 2) {ST} – {G#2}, 3) {STF} – {G#3}. Kör försiktigt!",
    "Lost & found: en jacka i {REG}, last renter {P#1}. Skickar den till {AL} med PostNord, ok? /{N#2}",
    "Utländsk kund {P#1}, {EU}, ringde om toll. Hen har fått dubbla bills. Ring tillbaka på {PHX}.",
    "{g#1}: vart ska vanen?\n{g#2}: till {a}, kunden heter {p#3}\n{g#1}: ok, kör dit efter lunch",
    "UK customer: {P#1}, {UKL}. Damage on {REG}: {DAMAGE}. Excess {GEXC} charged, photos från {g#2}.",
    "{n#1}: kan du ringa {g+s#2} kund? hen heter {P#3} och numret är {PH}. thanks!",
)

NEGATIVES = (
    # Swedish: plates, references, amounts, dates, firms and agencies, places that are no address, name-words as words
    (
        "sv",
        "Bilen {REG} är tillbaka på {STATION} med {FUEL} tank och {KM} på mätaren. Inga nya skador.",
    ),
    (
        "sv",
        "Trängselskatten i Stockholm tas ut måndag–fredag 06.00–18.29. Transportstyrelsen skickar fakturan till fordonets ägare, alltså till oss.",
    ),
    (
        "sv",
        "Självrisken är {EXC} om inget annat avtalats. Med SRR sänks den till {EXCR} per skada.",
    ),
    (
        "sv",
        "Avgång {SHIP} {ROUTE} kl {TIME}. Incheckningen för fordon stänger 30 minuter innan avgång.",
    ),
    (
        "sv",
        "Stenskott i vindrutan lagas ofta utan kostnad hos försäkringsbolaget. Byts rutan betalar du självrisken.",
    ),
    (
        "sv",
        "Faktura {OCR}: trängselskatt {AMT}, administrativ avgift {FEE}. Bankgiro {BG}. Org.nr {ORG}.",
    ),
    ("sv", "Strömmen gick i laddstolpen vid Värtahamnen, så elbilarna fick stå kvar över natten."),
    ("sv", "Per dygn kostar en mellanklassbil {FEE}. Per mil utöver 30 mil/dygn tillkommer 25 kr."),
    (
        "sv",
        "Kontrollavgift {FINE} gäller fordon {REG}, utfärdad {DATE} kl {TIME} i zon 4. Avgift {PFINE}.",
    ),
    ("sv", "Bakaxeln på släpet var skadad. Axel och nav byttes på verkstaden i Visby."),
    (
        "sv",
        "Färjorna från Nynäshamn går som vanligt i helgen. Destination Gotland rekommenderar att man bokar bilplats i god tid.",
    ),
    ("sv", "Björn på vägen vid Sälen! Trafikverket varnar för vilt på E45 i kväll."),
    ("sv", "Bilpoolen har nu {NUM} bilar i Göteborg, Malmö och Uppsala. Bokning sker i appen."),
    (
        "sv",
        "Skadeärende {CLAIM}: verkstadens offert {REP}, godkänd {DATE}. Bilen åter i trafik vecka {WEEK}.",
    ),
    ("sv", "Hyr en {MODEL} i Kiruna från {FEE}/dygn. Dubbdäck och motorvärmare ingår."),
    (
        "sv",
        "Vägfärjan till Ven går varje timme. Trafikverkets färjerederi tar inte betalt för bilen.",
    ),
    (
        "sv",
        "Kan du klara dig utan bil en vecka? Då sparar du mer än du tror, enligt Konsumentverket.",
    ),
    (
        "sv",
        "Mark och vatten: hyrbilen får inte köras på sand, is eller i terräng enligt villkoren.",
    ),
    ("sv", "Öresundsbron kostar {DKK} enkel resa med personbil. BroPas ger rabatt."),
    (
        "sv",
        "Vi har fått in {NUM} parkeringsböter från Aimo Park och Q-Park sedan januari. Alla vidarefaktureras.",
    ),
    (
        "sv",
        "Bokning {BOOK}: 2 vuxna, 1 personbil, hytt {CABIN}. Avgång {DATE} {TIME}. Betald med kort {CARD}.",
    ),
    (
        "sv",
        "Assistancekåren bärgade bilen från rastplatsen vid E4 söder om Gränna till verkstaden i Jönköping.",
    ),
    ("sv", "Vid ankomsten till Visby hamn: kör av i fil 3 och följ skyltarna mot centrum."),
    ("sv", "Liv och hälsa först: vid olycka, ring 112 och sedan vår assistans."),
    ("sv", "Ros och ris från kunderna i juni: bra bilar, men långa köer på Arlanda terminal 5."),
    ("sv", "VIN {VIN} registrerat på {REG}. Besiktning senast {DATE}."),
    # English
    (
        "en",
        "Your rental {AGR} is complete: {NUM} miles driven, {FUEL} tank on return. No new damage recorded.",
    ),
    (
        "en",
        "Please jack the car up only at the marked points. The jack and wheel brace are under the boot floor.",
    ),
    (
        "en",
        "Miles per gallon dropped after the tyre change, so check the pressures at the next stop.",
    ),
    ("en", "Max three passengers in the back. Pets must travel in a crate on the car deck."),
    (
        "en",
        "Penalty Charge Notice {FINE}: £160, reduced to £80 if paid within 14 days. Issued {DATEEN}.",
    ),
    (
        "en",
        "Sailing Oban–Craignure on {DATEEN} at {TIME} is delayed by two hours due to high winds. CalMac apologises.",
    ),
    (
        "en",
        "The excess on this vehicle is {GEXC}. Excess waiver reduces it to zero for {GFEE} per day.",
    ),
    ("en", "Bill of sale and V5C are kept at the branch, never in the glovebox."),
    (
        "en",
        "Will the car fit? Vehicles over 1.85 m high must book a high-vehicle space on the Dover–Calais route.",
    ),
    (
        "en",
        "Toll roads in Norway are billed through Epass24. Expect a bill within eight weeks of your trip.",
    ),
    (
        "en",
        "Frank feedback from our customers: the Heathrow shuttle is too slow. We are adding a second bus.",
    ),
    ("en", "Booking {BOOK}: 2 adults, 1 car under 5 m, cabin {CABIN}. Paid {EUR}."),
    ("en", "Grace period: you can return the car up to 29 minutes late without charge."),
    (
        "en",
        "We may sue for unpaid damage costs after 90 days. Collections are handled by our partner in Leeds.",
    ),
    ("en", "Martha's Vineyard ferries fill up fast in July; book your vehicle reservation early."),
    ("en", "Claim {CLAIM} closed {DATEEN}. Repair cost {USD}, paid by the third party's insurer."),
    ("en", "Rose gold or hunter green? The new city cars come in both, plus plain white."),
    (
        "en",
        "Congestion Charge: £15 daily, 07:00-18:00 weekdays. Transport for London fines the registered keeper.",
    ),
    # mixed
    (
        "mixed",
        "Reminder: alla excess claims över {EXC} ska godkännas av claims manager innan vi debiterar.",
    ),
    (
        "mixed",
        "Ferry {ROUTE} {DATE}: {NUM} cars på bildäck, två cancellations. Check-in stänger {TIME}.",
    ),
    (
        "mixed",
        "Toll charges från Norge kommer med 6–8 veckors delay. Vidarefakturera batchvis varje månad.",
    ),
    (
        "mixed",
        "Bilen {REG} har fått en recall från Volvo Cars. Booka in den på verkstaden next week.",
    ),
    ("mixed", "KPI:er för Q3: NPS 61, damage rate 2,4 %, average excess {EXC}. Bra jobbat alla!"),
    (
        "mixed",
        "Parking fines från Stockholm Parkering ligger i shared folder, sorterade per regnummer.",
    ),
    ("mixed", "Invoice {OCR} från Trafikverket: färjeavgift {FEE}. Due {DATE}. Cost center 4410."),
    ("mixed", "The jack saknas i tre bilar på Arlanda. Beställ nya från leverantören ASAP."),
    ("mixed", "New policy: max två förare per avtal, young driver fee gäller under 25."),
    ("mixed", "Booking {BOOK} cancelled by customer. Refund {AMT} till kortet {CARD}."),
    ("mixed", "Skador vecka {WEEK}: 14 stenskott, 6 bucklor, 3 kerbed wheels. Mest på Landvetter."),
    ("mixed", "Heads up: Öresundsbron har roadworks i natt, räkna med delays på 20 min."),
    ("mixed", "Per rental tjänar vi ca {FEE} efter costs. Per mile i UK är siffran lägre."),
    ("mixed", "Viking Line och Tallink har båda price increases från april. Uppdatera prislistan."),
    (
        "mixed",
        "Damage photo checklist: fyra hörn, vindruta, fälgar, interiör. Ladda upp innan key handover.",
    ),
    ("mixed", "All cars på {STATION} måste vara laddade till 80 % innan 07.00. EV team ansvarar."),
)
