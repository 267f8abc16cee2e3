# ruff: noqa: E501
"""Templates of held-out CR (issue 15): public transport, taxis and getting about.

Färdtjänst and school-transport bookings with pick-up and drop-off addresses, taxi bookings and
receipts, lost property at the bus and train company, fare and delay complaints and compensation
claims, drivers' rosters and shift swaps, commuters' car pools and ride shares in chat, sjukresor
to hospital appointments, parking fines and appeals, bike repair and bike-share support, and
travel abroad (airport transfers, rail bookings). Swedish, English and mixed (Swedish and English
in one text, as Swedes write at work); negatives hold no value at all, each used once.

Slots: `{P}` full name, `{p}` lower case, `{U}` capitals, `{F}` with a middle name, `{G}`/`{g}`
given name (sometimes its short form), `{N}`/`{n}` short form, `{GU}` given name in capitals,
`{S}`/`{s}`/`{SU}` surname, `{I}` initial and surname, `{Gi}` given name and initial, `{R}`
`Surname, Given`, `{RU}` `SURNAME, Given`, `{E}` e-mail address; a trailing `s` a Swedish
genitive, `'` an English one (the ending outside the span); `#n` the same person again, `:f`/`:m`
a woman or a man. Values: `{A}` Swedish address, `{AL}` over lines, `{ALGH}` with lgh, `{AR}`/
`{ARL}` rural, `{AC}` with `, Sverige`, `{ST}` street and number, `{SN}` street alone, `{a}` lower
case, `{BOX}`, `{AUK}`/`{AUKL}`/`{auk}` UK, `{AUS}`/`{AUSL}` US, `{AX}`/`{AXL}` European, `{PH}`
Swedish phone, `{PHM}` mobile, `{PHL}` landline, `{PHF}` a firm's number, `{PHX}` from abroad,
`{PNR}` personnummer, `{PNRO}` of someone past a hundred, `{EF}` a firm's e-mail. The rest are
look-alikes and carry no label: dates, times, amounts, reference, booking, card, OCR and org.nr
numbers, lines, trains, seats, registration numbers, stops, hospitals, towns.
"""

DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip

# Stops, stations and terminals: places, no address.
STOPS = (
    "Centralstationen", "Resecentrum", "Brunnsparken", "T-Centralen", "Slussen", "Ropsten",
    "Liljeholmen", "Triangeln", "Hyllie", "Malmö C", "Lund C", "Uppsala C", "Arlanda terminal 5",
    "Landvetter flygplats", "Nordstan", "Lindholmen", "Universitetet", "Busstationen",
    "Stadsbiblioteket", "Simhallen", "Idrottsplatsen", "Gymnasiet", "Skolan", "Folkets park",
    "Östra station", "Knutpunkten", "Flygplatsen", "Sjukhusentrén", "Hamnterminalen", "Kulturhuset",
)  # fmt: skip
STOPS_EN = (
    "Heathrow Terminal 2", "Gatwick North Terminal", "Euston", "Paddington", "Manchester Piccadilly",
    "Glasgow Central", "the bus station", "Terminal B", "JFK Terminal 4", "Grand Central",
    "Union Station", "Clapham Junction", "Stansted", "the park and ride", "Arrivals Hall",
)  # fmt: skip
# Hospitals and clinics: places named after no person, no address.
HOSPITALS = (
    "Akademiska sjukhuset", "Södersjukhuset", "Danderyds sjukhus", "Östra sjukhuset",
    "Norrlands universitetssjukhus", "Skånes universitetssjukhus i Lund", "Universitetssjukhuset Örebro",
    "Länssjukhuset Ryhov", "Centralsjukhuset i Karlstad", "Mälarsjukhuset", "Hudiksvalls sjukhus",
    "Västerviks sjukhus", "Sundsvalls sjukhus", "Gällivare sjukhus", "Visby lasarett",
    "Ystads lasarett", "Lasarettet i Enköping", "Kungälvs sjukhus", "Ersta sjukhus",
    "vårdcentralen Tallbacken", "ögonkliniken", "dialysmottagningen", "hjärtmottagningen",
)  # fmt: skip
# The local parts of firms' and authorities' addresses.
FIRM_MAIL = (
    "kundtjanst", "hittegods", "fardtjanst", "sjukresor", "bokning", "skolskjuts", "parkering",
    "info", "ersattning", "trafikledning", "cykelservice", "support", "lostproperty", "bookings",
    "claims", "kontrollavgift", "bestallning", "kundservice", "transfers", "depa.norr",
)  # fmt: skip

SV = (
    # --- färdtjänst -----------------------------------------------------------------------------
    "Beställning färdtjänst\nResenär: {P#1}, {PNR}\nHämtas: {A}\nMål: {HOSP}, huvudentrén\nDatum: {DATE} kl {TIME}\nHjälpmedel: rollator. Ledsagare: {G#2} ({PHM})",
    "Hej! Jag vill boka en färdtjänstresa åt min mamma {F:f}. Hon ska från {A} till {ST} på {DAY} kl {TIME} och sitter i rullstol. Ring mig på {PHM} om något är oklart.\nMvh {P}",
    "FÄRDTJÄNST – BESLUT\n{U#1}\n{AL}\n\nDu har beviljats färdtjänst t.o.m. {DATE} med ledsagare. Beslutet kan överklagas inom tre veckor.\nHandläggare: {P#2}, tfn {PHL}",
    "Resenären {P#1} ({PNRO}) har fyllt hundra och behöver hjälp från dörr till dörr. Portkod {PIN}. Adress: {ALGH}. Anhörig: dottern {P:f}, {PHM}.",
    "Ändring av stående resa: {Gs#1:m} dagverksamhet flyttar från {ST} till {A} fr.o.m. {DATE}. Hämtning som vanligt kl {TIME}. /{P}, biståndshandläggare",
    "Färdtjänstresa {REF}\nKund: {R}\nFrån: {A}\nTill: {STOP}\nBil: {CAR}, förare {I}\nTaxa: {AMT}\nAnm: ringer på porttelefon, hjälp med kassar",
    "Ansökan om färdtjänst\nEfternamn: {SU#1}\nFörnamn: {GU#1}\nPersonnummer: {PNR}\nAdress: {A}\nTelefon: {PH}\nGod man: {P#2}, {PHM}, {E#2}",
    "Jag klagar på resan i fredags. Chauffören släppte av min pappa {P:m} vid fel port på {ST} och han fick gå själv i snön. Vi bor på {A}. /{G}",
    "hej! bilen kom aldrig idag. stod utanför {a} i 40 min. nu har jag missat tandläkaren. {p} {PHM}",
    "Till färdtjänsten\nMin fru {F:f} och jag, {P:m}, flyttar den {DATE} till {ALGH}. Var vänlig uppdatera adressen i era register.\nTelefon hem {PHL}.",
    # --- skolskjuts -----------------------------------------------------------------------------
    "SKOLSKJUTS HT 2027\nElev: {R#1}, klass 4B\nHämtas: {AR}\nSkola: Tallbackens skola\nVårdnadshavare: {P#2}, {PHM}, {E#2}",
    "Hej, från och med {DATE} bor {G#1} varannan vecka hos sin pappa {P:m} på {A}. Kan skolskjutsen hämta där de veckorna? Jag nås på {PHM}.\n/{P:f}",
    "Skolskjutslista linje {LINE}, {TOWN}\n{R} – {ARL}\n{R} – {AR}\n{R} – {AR}\nChaufför: {P}, {PHM}",
    "Chauffören {G} säger att {g} inte stod vid hållplatsen i morse. Ska hen åka med i eftermiddag? Ring {PHM} /skolskjutssamordnaren",
    "Ansökan om skolskjuts på grund av trafikfarlig väg. Barnet: {P#1}, {PNRK}. Folkbokförd: {AR}. Sträckan till skolan är {KMS} längs väg 270 utan gång- och cykelbana. Vårdnadshavare {P#2}, {E#2}",
    # --- taxi -----------------------------------------------------------------------------------
    "Taxibokning bekräftad. Hämtning {DATE} kl {TIME} på {A}. Namn: {P}. Tel: {PHM}. Förare: {G}, bil {CAR}. Bokningsnr {REF}.",
    "KVITTO – Stadstaxi {TOWN}\nFrån: {A}\nTill: {A}\nFörare: {I}, förar-id {CAR}\nBelopp: {AMT} inkl. moms 6 %\nOrg.nr {ORG}",
    "Kan ni skicka en bil till {ST} om tjugo minuter? Två personer, jag och {G}. Namnet är {P}, nummer {PH}.",
    "Klagomål: chauffören körde omväg från {STOP} till {A} och tog {AMT}, ungefär dubbelt mot vanligt. Jag heter {P#1} och nås på {E#1} eller {PHM}.",
    "{Ss} Taxi AB\n{BOX}\nTel {PHF}\nOrg.nr {ORG}\nBankgiro 5281-0334",
    "Taxi {S} & Son\nBeställning dygnet runt {PHL}\nFakturaadress: {BOX}\nKontaktperson {P#1}, {E#1}",
    "Hej {G}! Kan du köra {P} till Arlanda imorgon bitti? Hämtning {ST} kl 04.15, flyget går {TIME}. Fakturan till firman, ref. {S}.",
    "Förarens rapport: kund {P} lämnade bilen vid {A} utan att betala {AMT}. Kunden uppgav telefon {PH}. Bil {CAR}, {DATE}.",
    "Taxi till {HOSP} för {P#1:f}, kl {TIME}. Hämtas på {ALGH}. Kunden är rörelsehindrad, ring {PHM} när ni är framme så kommer hennes son {G:m} ner.",
    "Faktura {REF}\nKund: {U}\n{AL}\nResor i {MONTH} enligt bilaga: 14 st, {AMT}\nBetalas till bankgiro 5050-1055, OCR {OCR}\nFrågor: {EF}",
    # --- hittegods ------------------------------------------------------------------------------
    "Hittegods – anmälan\nNamn: {P#1}\nTelefon: {PHM}\nE-post: {E#1}\nFörlorat: svart ryggsäck med laptop, linje {LINE} mot {STOP}, {DATE} ca {TIME}.\nÄrende {REF}",
    "Hej {G#1}! Vi har hittat en plånbok med ditt körkort i buss {CAR} på linje {LINE}. Den finns på hittegodskontoret, {A}, öppet vardagar 10–18. Ta med legitimation.\n/{P}, Kundcenter",
    "Upphittat id-kort utfärdat för {U}, {PNR}, hittat på {STOP} {DATE}. Lämnat till receptionen på {ST}.",
    "Har någon hittat en blå barnvagn på pendeln mellan {TOWN} och {TOWN} i går? Den tillhör min granne {P}. Hör av er till {PHM} eller {E}!",
    "Meddelande från hittegodset: föremål {REF} (nyckelknippa med röd bricka) hämtades ut {DATE} av {P} mot uppvisande av legitimation. Utlämnat av {Gi}.",
    "Till {P#1}\n{ALGH}\n\nVi har tagit emot din anmälan om förlorad mobiltelefon. Om den lämnas in kontaktar vi dig på {PH}.\nHittegods, {BOX}",
    # --- förseningsersättning, biljetter, kontrollavgift ------------------------------------------
    "Ansökan om förseningsersättning\nNamn: {P}\nPersonnummer: {PNR}\nAdress: {A}\nResa: tåg {TRAIN} från {TOWN} till {TOWN}, {DATE}\nFörsening: 47 min\nTelefon: {PH}",
    "Jag missade anslutningen i {TOWN} och fick ta taxi hem till {A} för {AMT}. Kvittot bifogas. Kan ni ersätta det enligt resegarantin?\nVänliga hälsningar\n{F}\n{PH}",
    "Re: ärende {REF}\n\nHej {G#1}!\nTack för din ansökan. Vi betalar ut {AMT} till ditt konto inom 14 dagar.\n\nMed vänlig hälsning\n{P#2}\nKundservice\n{PHF}",
    "Bestridande av tilläggsavgift {REF}\nJag, {P}, {PNR}, bestrider tilläggsavgiften som utfärdades på linje {LINE} den {DATE}. Appen visade giltig periodbiljett men kontrollanten kunde inte läsa av den.\nPostadress:\n{AL}",
    "Hej! Mitt reskort {CARD} är registrerat på {P#1} men det är min dotter {G:f} som använder det. Kan ni flytta saldot ({AMT}) till hennes nya kort? Mvh {G#1}, {PHM}",
    "Beslut: ersättning för taxiresa enligt resegarantin beviljas {P} med {AMT}. Beloppet sätts in på det konto som angavs i ansökan. Handläggare {I}.",
    "Synpunkt: busschauffören på linje {LINE} kl {TIME} från {STOP} var mycket trevlig och väntade på min pappa {P:m}. Ge chauffören beröm! Han heter {G:m} enligt skylten. /{P}",
    "Ärende {REF} – kontrollavgift\nResenär: {P#1}\nFödd: {PNR}\nAdress: {A}\nKontrollant nr 4412, {DATE} kl {TIME}\nBelopp: 1 500 kr\nKommentar från resenären: kortet nekades, jag hade pengar på det.",
    # --- förare, scheman, passbyten -------------------------------------------------------------
    "Körschema v. {NUM}, depå Norr\nMån: {R}, {R}, {R}\nTis: {R}, {R}\nOns: {R} (halvdag), {R}\nByten anmäls till trafikledningen senast torsdag.",
    "@{g} kan du ta mitt pass på linje {LINE} på {DAY}? jag tar ditt på söndag istället /{g}",
    "Passbyte godkänt: {P#1} byter tur {NUM} med {P#2} den {DATE}. Trafikledare: {S}.",
    "Sjukanmälan kl 05.10: {Gi} går inte in idag. {G} täcker tur 31, {P} tar 44:an. /trafikledningen",
    "FÖRARLISTA {TOWN}\n{RU}, förarnr {CAR}, {PHM}\n{RU}, förarnr {CAR}, {PHM}\n{RU}, förarnr {CAR}, {PHM}\n{RU}, förarnr {CAR}, {PHM}",
    "Hej alla! Ny depåchef från 1 september är {F#1}. Hen nås på {PHL} eller {E#1}. Tack till {P} som har vikarierat sedan i våras!",
    "{g}: nån som kan byta sent pass fredag mot tidigt måndag?\n{g}: jag kan om jag får ledigt på lördag\n{g}: deal, jag snackar med {s}",
    "Anställningsavtal – bussförare\nArbetstagare: {P#1}, {PNR}\nAdress: {A}\nTillträde: {DATE}\nPlaceringsort: depå {TOWN}\nFör arbetsgivaren: {P}",
    "Incidentrapport {REF}\nFörare: {P}, förarnr {CAR}\nLinje {LINE}, {DATE} {TIME}\nHändelse: passagerare föll vid inbromsning utanför {ST}. Vittne: {P}, {PH}. Ambulans tillkallad.",
    "Till {G}: glöm inte att lämna in nycklarna till buss {CAR} hos {Gi} innan du går. Semesterlistan sitter på anslagstavlan.",
    "Semesterväxling juli: {R} ↔ {R}, {R} ↔ {R}. Godkänt av {I}, personalplanering.",
    # --- samåkning och pendling -----------------------------------------------------------------
    "samåkning imorgon: {g} kör från {a} 07.15, {g} och {g} hoppar på vid ica",
    "{G}: kan nån ta mig från {SN} imorgon? bilen står på verkstan\n{G}: jag kör förbi där 7.20, står vid busskuren\n{G}: tack!!",
    "Samåkningsgruppen {TOWN}–Stockholm\n– {P} ({PHM}), {A}\n– {P} ({PHM}), {A}\n– {P} ({PHM}), {ST}\nVi delar bensinen, {AMT} var och vecka.",
    "hej {n}! hämtar du mig på {a} i morgon? pendeln är inställd igen 🙄",
    "Jag heter {P} och pendlar varje dag från {TOWN} till {TOWN}. Söker någon att dela bil med, utgår från {ST}. Ring eller sms:a {PHM}.",
    "{G} kör i veckan, {G} nästa. Parkeringen vid jobbet kostar {AMT}/mån, vi swishar {Gs} nummer {PHM}.",
    "lånar {gs} bil på fredag så jag kan köra er till stationen. vi ses utanför {a} 06.40",
    # --- sjukresor ------------------------------------------------------------------------------
    "SJUKRESA\nPatient: {P#1}, {PNR}\nFrån: {ALGH}\nTill: {HOSP}, mottagning {NUM}\nTid: {DATE} {TIME}\nKontaktperson: sonen {P:m}, {PH}",
    "Ersättning för sjukresa med egen bil\nSökande: {U}\nPersonnummer: {PNR}\nAdress: {AR}\nResa: bostaden–{HOSP}, {KM} tur och retur\nClearingnr 8327-9, konto 994 223 118-4",
    "Hej! Min pappa {P#1:m} ({PNRO}) har tid på {HOSP} den {DATE} kl {TIME}. Kan sjukresan hämta honom på {A}? Han går med käpp. Jag nås på {PHM}.\n/{G}",
    "Bekräftelse sjukresa {REF}: {P}, hämtning {ST} kl {TIME}, återresa beställs efter besöket på {PHF}. Egenavgift {AMT}.",
    "Jag blev inte hämtad efter dialysen i går. Väntade till {TIME}. Mitt namn är {P}, jag bor på {A} och har telefon {PHL}.",
    "Intyg om sjukresa\nPatient: {P#1}\nPersonnummer: {PNR}\nBesök: {HOSP}, {DATE}\nPatienten kan inte åka kollektivt på grund av nedsatt rörlighet.\nUtfärdat av {I}, leg. läkare",
    # --- parkering ------------------------------------------------------------------------------
    "Överklagande av kontrollavgift\nAvgiftsnr: {REF}\nReg.nr: {REG}\nFordonsägare: {P#1}, {A}\nJag stod på en avgiftsfri plats enligt skylten på {SN}. Bilder bifogas.\nTelefon {PH}, e-post {E#1}",
    "Ansökan om boendeparkering\nSökande: {P#1}\n{ALGH}\nReg.nr {REG}\nTfn {PH}\nE-post {E#1}",
    "Parkeringstillstånd för rörelsehindrad\nSökande: {F#1}, {PNR}\nAdress: {A}\nFörare vid behov: maken {P:m}, {PHM}",
    "Hej! Jag fick en p-bot utanför {ST} i går fast jag hade betalat i appen. Bilen ({REG}) är registrerad på min sambo {P}. Vad ska vi göra? /{G}, {PHM}",
    "Betalningspåminnelse\n{U}\n{AL}\n\nKontrollavgift {REF} om {AMT} är obetald. Betala senast {DATE} till bankgiro 5555-1212 med OCR {OCR}.",
    "Beslut i ärende {REF}: er invändning mot felparkeringsavgiften avslås. Fordonet stod på gångbanan utanför {ST}. Frågor: {PHF}. /{P}, parkeringshandläggare",
    # --- cyklar ---------------------------------------------------------------------------------
    "Cykelservice bokad: {G#1}, {DATE} kl {TIME}. Lämna cykeln hos oss på {A}. Frågor? Ring {PHL}.\n/Cykelverkstan",
    "Hej, lånecykel {BIKE} står trasig vid {SN}, kedjan har hoppat av och låset går inte att stänga. /{P}, {PHM}",
    "Reparationsorder {REF}\nKund: {R}\nTel: {PHM}\nCykel: Crescent, 7 vxl, svart\nÅtgärd: ny bromsvajer och slang, {AMT}\nMekaniker: {G}",
    "Polisanmälan cykelstöld\nÄgare: {P}, {PNR}\nAdress: {ALGH}\nRamnummer {BIKE}\nStulen från cykelstället vid {STOP} mellan {TIME} och 17.30.",
    "tjena {n}, kan du kolla på min växel? den hoppar hela tiden. kommer förbi {a} efter jobbet /{g}",
    "Hej {G}! Din cykel är klar att hämta. Vi har öppet till 18. Mvh {P}, {ST}, {PHL}",
    # --- resor utomlands ------------------------------------------------------------------------
    "Transfer bokad: {FLIGHT} landar kl {TIME}. Chauffören {P#1} möter i ankomsthallen med skylt ”{SU#2}”. Hotellets adress: {AX}. Jourtelefon: {PHX}.",
    "Tågresa Stockholm–Berlin via Köpenhamn. Resenärer: {P} och {P}. Boende: {AX}. Kontaktperson på plats: {P}, {PHX}.",
    "Vi hämtar er på {A} kl 04.30 för flyget till London. Hyrbilen lämnas på {AUK}. /{G}, {PHM}",
    "Reseplan för {P#1}\nUtresa: {FLIGHT} {DATE}\nHotell: {AXL}\nAnhörig hemma: {P}, {PHM}\nReseförsäkring via {EF}",
    "Hej {G}! Jag har bokat taxi från flygplatsen till lägenheten. Adressen är {AX}, och chauffören heter {G}, tel {PHX}. Ses där!",
    # --- e-post och blandat ---------------------------------------------------------------------
    "Från: {P#1} <{E#1}>\nTill: {EF}\nÄmne: Borttappad väska\n\nHej! Jag glömde en grå väska på tåg {TRAIN} i går. Mitt nummer är {PHM}.\n/{G#1}",
    "Med vänlig hälsning\n{F#1}\nTrafikplanerare\n{BOX}\nVäxel {PHF} | Direkt {PHL}\n{E#1}",
    "Från: {P#1} <{E#1}>\nSkickat: {DAY} {DATE} {TIME}\nTill: {P#2} <{E#2}>\nÄmne: Sv: passbyte\n\nDet går bra, jag tar din tur på {DAY}. /{G#1}",
    "Tack till föraren {G} på linje {LINE} som hjälpte {Gs:f} rullator in i bussen vid {STOP}! Det var min mormor. /{P}",
    "Ledsagning beställd: {P#1} möts vid tåg {TRAIN} på {STOP} av assistans kl {TIME}. Mobil till resenären: {PHM}. Beställare: {P}.",
    "Vem äger den röda cykeln som står fastlåst vid porten på {ST}? Ring {PHM}, annars klipps låset på måndag. /Styrelsen genom {P}",
    "Hyresgästen {P#1}, {ALGH}, meddelar att parkeringsplats {NUM} sägs upp från {DATE}. Ny innehavare: {P}, {PH}.",
    "Kallelse: Trafiksäkerhetsrådet träffas {DATE} kl {TIME} i kommunhuset. Anmälan till {P#1}, {E#1}, senast en vecka innan.",
    "Elsparkcyklar blockerar trottoaren vid {SN} varje morgon. Min son {G:m} som är synskadad har snubblat två gånger. /{P}, {A}",
    "hej {g}! bussen står still vid {STOP}, är hemma om typ 40 min. kan du hämta {g} på förskolan?",
    "Beställare: {RU}\nAvresa: {DATE} {TIME}\nFrån: {A}\nTill: {STOP}\nAntal: 3 + barnvagn\nKontakt: {PH}\nAnmärkning: ring {Gs} mobil, inte hemtelefonen",
    "Minnesanteckning från mötet med {P} och {I} om nattbussarna: linje {LINE} förlängs till {TOWN} från {DATE}. Nästa möte hos {S} på {A}.",
    "Tillståndet gäller för {P}, {PNR}, och får användas vid resor med ledsagare. Kortnummer {CARD}. Utfärdat {DATE} av färdtjänsthandläggare {I}.",
    "Hej, jag bor på {a} och undrar varför bussen inte stannar vid vår hållplats längre. Ring gärna på {PH}. Mvh {P}",
    "Vi söker en extrachaufför till skolskjutsen i {TOWN}. Intresserad? Kontakta {P#1} på {PHM} eller {E#1}.",
    "Adressändring för {P#1}: ny adress {AL}. Gäller från {DATE}. Telefon oförändrat {PH}.",
    # --- tillägg: kortformer, genitiv, c/o, Swish -----------------------------------------------
    "Lämna nycklarna i {Ns:f} fack i depån, hon jobbar kväll i dag. /{N}",
    "{Ns} bil står på {SN} igen, kan någon flytta den innan sopbilen kommer?",
    "Hej {N#1}! Tack för skjutsen i går. Din mössa ligger kvar i min bil, jag lämnar den hos {Gs} mamma på {ST}. /{G}",
    "Kvitto på taxiresa för {Ps} räkning: {AMT}, {A} – {STOP}. Kostnadsställe 4410, attesteras av {I}.",
    "Färdtjänst för {Ps} räkning beställd av hemtjänsten. Hämtning {A} kl {TIME}. Kontakt: {P}, {PHL}.",
    "Beslut om färdtjänst skickas till:\n{P#1}\nc/o {P}\n{AL}",
    "Hej {G}! Din cykel är klar att hämta, {AMT}. Betala på plats eller med Swish {SWISH}. Frågor: {PHL}. /{N}, Cykelverkstan",
    "Turbyte {DATE}: tur 14 ({G}) byter med tur 22 ({G}). Tur 31 ({G}) oförändrad. Kontakta {N} på {PHM} vid frågor.",
    "Fakturaadress: {ASE}\nVår referens: {P}\nEr referens: {P}\nAvser: skolskjuts vecka {NUM}, {AMT}",
    "Sjukresa: hämtning {A}, lämning vid {HOSP}, {ST}. Patienten {P} ({PNR}) behöver bärhjälp. Beställt av {P}, {PHL}.",
    "Resegaranti – utbetalning\nMottagare: {P}\nPersonnummer: {PNR}\nBelopp: {AMT}\nUtbetalningsavi skickas till: {A}",
    "Kund 44120: {R}, {PNR}, {ALGH}. Tillstånd: färdtjänst med ledsagare inom länet, beviljat {DATE} av {I}.",
    "{n:f} sa att hennes pappa kan skjutsa till träningen på torsdag. ska jag ta {gs} barn på fredag då?",
)

EN = (
    # --- taxis and transfers --------------------------------------------------------------------
    "Booking confirmed for {P}: pickup at {AUK} at {TIME}. Your driver is {G} in a silver Hyundai Ioniq, reg {REGUK}. Call {PHUK} if your flight is delayed.",
    "Hi {G#1}, your transfer from Heathrow to {AUKL} is booked. Your driver {P} will meet you in Arrivals holding a sign with your name. Driver's mobile: {PHUK}.",
    "Receipt\nRider: {P}, {PHUS}\nPickup: {AUS}\nDropoff: airport, Terminal 1\nDriver: {Gi}\nTotal: {USD} incl. tip",
    "Hi, I'd like to book a cab for my mum, {F:f}, from {AUK} to the City Hospital on {DAYEN} at {TIME}. She uses a wheelchair. My number is {PHUK}. Thanks, {G}",
    "Complaint {REFEN}: the driver refused to take my guide dog. I was picked up outside {AUK}. Name: {P#1}, email {E#1}.",
    "{S'} Cars\nAirport runs · station pickups · school contracts\n{AUK}\nBookings: {PHUK}\n{EF}",
    "From: {P#1} <{E#1}>\nTo: {EF}\nSubject: Transfer for three on {DATEEN}\n\nHello, we land at {TIME} on {FLIGHT}. Please take us to {AX}. My mobile abroad: {PHX}.\n{G#1}",
    "Thanks for riding with {G}! Your trip from {AUS} to {STOPEN} cost {USD}. Rate your driver in the app.",
    "Driver log {DATEEN}\n{TIME} {P} – {auk}\n{TIME} {P} – {AUK}\n{TIME} account job for {S} & Co, {AUK}",
    # --- lost property --------------------------------------------------------------------------
    "Lost property enquiry {REFEN}\nName: {P#1}\nEmail: {E#1}\nPhone: {PHUK}\nItem: black umbrella with wooden handle\nWhere: the 73 bus towards {STOPEN}, {DATEEN} around {TIME}",
    "Dear {G#1},\nGood news: a wallet matching your description was handed in at {STOPEN}. It contains a driving licence in the name of {U#1}. Collect it from {AUK}, Mon–Fri 9–5.\nLost Property Office",
    "hey did anyone find a grey beanie on the 8:15 from {STOPEN}? it's my brother {g:m}'s, text me on {PHUK}",
    "We found a passport belonging to {U} on the train from {STOPEN}. Please call {PHUK} or email {EF} quoting {REFEN}. – {P}, station staff",
    # --- delays, fares, claims ------------------------------------------------------------------
    "Delay Repay claim\nName: {P}\nAddress:\n{AUKL}\nJourney: {STOPEN} to {TOWNEN}, {DATEEN}\nDelay: 64 minutes\nCompensation requested: {GBP}",
    "Dear Customer Relations,\nMy train was cancelled and I had to pay {GBP} for a taxi home to {AUK}. I attach the receipt. Please reply to {E#1} or call {PHUK}.\nYours faithfully,\n{F#1}",
    "Re: your ref {REFEN}\nDear Mr {S#1:m},\nWe have approved your claim and {GBP} will be credited to your card within five working days.\nKind regards,\n{P}\nCustomer Relations",
    "Penalty fare appeal\nRef: {REFEN}\nPassenger: {P#1}\nAddress: {AUK}\nI bought a ticket on the app but my phone died before the inspector checked it. Email {E#1}.",
    "Hi {G}, sorry the ticket machine at {STOPEN} ate your card. We've refunded {GBP}. – {P}, Customer Support",
    "Complaint about route 42: the bus has skipped the stop outside {AUK} four times this month. I'm {P}, {PHUK}.",
    # --- drivers, rotas, swaps ------------------------------------------------------------------
    "Rota w/c {DATEEN}\nMon early: {G}, {G}\nMon late: {G}\nTue early: {G}, {G}\nTue late: {P}\nSwaps to {S} in the depot office please.",
    "@{G} can you cover my 6am on Saturday? I'll take your Tuesday late. – {G}",
    "Shift swap approved: {P} and {P} on {DATEEN}. Duty manager: {I}.",
    "{g}: anyone want my sunday lates? need to be at a wedding\n{g}: i'll take them if you do my monday\n{g}: done, telling {s} now",
    "Driver contact list – {TOWNEN} depot\n{RU}, {PHUK}\n{RU}, {PHUK}\n{RU}, {PHUK}\n{RU}, {PHUK}",
    "Incident report {REFEN}\nDriver: {P}\nRoute {LINE}, {DATEEN}, {TIME}\nA cyclist clipped the mirror outside {AUK}. Witness: {P}, {PHUK}.",
    "Welcome to the team, {G#1}! Your induction is on {DAYEN} at the depot, {AUKL}. Ask for {P} at reception. Your supervisor is Mrs {S:f}.",
    # --- car pools, commuting -------------------------------------------------------------------
    "car share tomorrow: {g} driving from {auk}, picking up {g} at 7:40 and {g} at the park and ride",
    "{G}: can someone grab me from {AUK} on Friday? car's in the garage\n{G}: I'm passing at 7.50, wait by the postbox\n{G}: legend",
    "Hi all, I'm {P} and I commute daily from {TOWNEN} to {TOWNEN}. Looking for someone to share driving. I live near {AUK}. Text {PHUK}.",
    "Carpool roster (Seattle office)\nMon/Wed: {P} drives, from {AUS}, {PHUS}\nTue/Thu: {P} drives, from {AUS}, {PHUS}\nFri: whoever's in. Gas money to {G'} Venmo.",
    # --- hospital transport ---------------------------------------------------------------------
    "Patient Transport Service booking\nPatient: {P#1}\nCollect from: {AUKL}\nAppointment: Royal Infirmary, eye clinic, {DATEEN} {TIME}\nEscort: daughter {P:f}, {PHUK}",
    "Hello, my father {P:m} needs a lift to his dialysis three times a week from {AUK}. He can't manage the stairs alone. Could you call me, {G}, on {PHUK}?",
    "NEMT ride scheduled for {P#1}, Medicaid ID on file. Pickup: {AUS}. Drop-off: Mercy Medical Center. Caregiver contact: {P}, {PHUS}.",
    # --- parking --------------------------------------------------------------------------------
    "Penalty Charge Notice {REFEN}\nVehicle: {REGUK}\nRegistered keeper: {U}\n{AUKL}\nContravention: parked in a residents' bay without a permit.",
    "Dear Sir or Madam, I wish to appeal PCN {REFEN}. The signs on {SNUK} were covered by scaffolding. I live at {AUK}. {F}",
    "Residents' parking permit renewal\nName: {P#1}\nAddress: {AUK}\nVehicle: {REGUK}\nEmail: {E#1}\nPhone: {PHUK}",
    "Your parking ticket was cancelled. Vehicle {REGUK} belongs to a Blue Badge holder, {P}. No further action. – {I}, Parking Services",
    "hi {g}, the car got towed from outside {auk} 😩 can you pick me up? ring {PHUK}",
    # --- bikes ----------------------------------------------------------------------------------
    "Hi {G}, sorry your bike {BIKE} wouldn't lock at the docking station on {SNUK}. We've refunded {GBP}. – {P}, Rider Support",
    "Bike service booked for {P} on {DATEEN} at {TIME}. Drop it at {AUK}. Questions? Call {PHUK}.",
    "Repair ticket {REFEN}\nCustomer: {R}\nPhone: {PHUK}\nJob: new chain, cassette and brake pads, {GBP}\nMechanic: {G}",
    "Stolen bike report: frame number {BIKE}, taken from outside {AUS} on {DATEEN}. Owner {P#1}, {E#1}.",
    # --- travel abroad --------------------------------------------------------------------------
    "Rail booking {BKG}\nPassengers: {P}, {P}\nEurostar 9014, London – Paris Nord, {DATEEN}, {SEAT}\nHotel: {AX}\nEmergency contact: {P}, {PHX}",
    "Your transfer to {AX} is confirmed. Driver {P} will be waiting at exit 4 with a sign. Driver phone: {PHX}. Booking {BKG}.",
    "Hi {G}, it's {G} – our taxi is booked from the airport to {AX}. The driver is called {G:m}, his number is {PHX}.",
    "Guest list for the airport shuttle ({DATEEN})\n1. {R}\n2. {R}\n3. {R}\n4. {R}\nDrop-off: {AUSL}",
    "From: {P#1} <{E#1}>\nTo: {P#2} <{E#2}>\nSubject: Re: airport pickup\n\nNo problem, I'll pick you up from {STOPEN} and drive you to {AUK}. See you at {TIME}.\n{N#1}",
    "Kind regards,\n{F#1}\nTravel Coordinator\n{AUKL}\nT: {PHUK} | M: {PHUK}\n{E#1}",
    "Please send the refund for booking {BKG} to {P}, {AUSL}. Phone {PHUS}.",
    "School run this week: {N} drops off, {N} picks up. {G'} mum has the spare car seat. Address for Thursday: {AUK}.",
    # --- more short forms, genitives, c/o --------------------------------------------------------
    "{N} picked up {G'} bike from the shop on {SNUK}; it's in the garage now.",
    "Please forward {P'} taxi receipt ({GBP}) to accounts. Pickup was {AUK}, drop-off {STOPEN}.",
    "Tell {N:m} his cab's outside. The driver is on {PHUK}.",
    "Please post the refund cheque to {P}, c/o {P}, {AUK}.",
    "{N#1}'s train is cancelled again, so I'm driving her to {STOPEN}. Back by {TIME}. – {N}",
    "Lift share board\n• {N} ({PHUK}) – {TOWNEN} to {TOWNEN}, weekdays 7.30\n• {N} ({PHUK}) – from {auk}, Tue/Thu\n• {P} ({PHUK}) – needs a lift from {AUK}",
)

MIXED = (
    "Hej {G}! Can you book a taxi for our guests from Arlanda to {A}? Kontaktperson är {P}, {PHX}. Thanks!",
    "Reminder: shift swap mellan {P} och {P} på {DAY} is approved. /{I}, trafikledningen",
    "Från: {P#1} <{E#1}>\nTill: {EF}\nÄmne: Lost bag on tåg {TRAIN}\n\nHi, I left a black bag on the train i går. Please call me on {PHX}. Tack!",
    "@{g} are you driving tomorrow? kan du plocka upp mig vid {a} kl 7?",
    "Carpool till kontoret i {TOWN}: {G} kör från {ST}, {G} joins at Resecentrum. Parking fee delas lika, swisha {G} på {PHM}.",
    "Hej {G#1}, your färdtjänst application is approved. Beslutet skickas till {AL}. Questions? Call {P} på {PHL}.",
    "Meeting notes – trafikplanering\nAttendees: {P}, {P}, {I}\nAction: {G} checks the new stop at {SN} with the kommun.",
    "hej {g}! the bus is stuck at {STOP}, hinner inte till dagis. can you pick up {g}?",
    "Transfer booked: vi landar {TIME} med {FLIGHT}. Driver {P:m} meets us, hans nummer är {PHX}. Hotel: {AX}.",
    "Sjukresa for {P#1} ({PNR}): pickup {ALGH} at {TIME}, destination {HOSP}. Contact daughter {G:f} on {PHM}.",
    "Hi team! Ny förare från måndag: {F#1:f}. Email {E#1}, mobil {PHM}. Please show her around depå Syd.",
    "PCN appeal – kan någon hjälpa? Fick en bot i London på {SNUK} och bilen är registrerad på {P} i Sverige, {A}.",
    "Bike service klar! Hi {G}, your bike is ready att hämta at {ST}. Betalning {AMT} via Swish. /{P}",
    "Delay claim submitted for {P}, tåg {TRAIN}, {DATE}. Ersättning {AMT} paid to account. Ärende {REF}.",
    "Rota v. {NUM}\nMon: {G} (early), {G} (late)\nTis: {G}, {G}\nOns: {G}\nSwaps via {P}, {PHM}",
    "Kvitto / Receipt\nTaxi {TOWN}\nPassenger: {P}\nFrom: {A}\nTo: {STOP}\nTotal: {AMT}\nDriver ID {CAR}",
    "{G}: anyone going to Göteborg on fredag? har plats för två\n{G}: me! hämta mig på {a}?\n{G}: sure, 07.30",
    "Lost property: en svart plånbok found on linje {LINE}. ID card says {U}, {PNR}. Stored at {A}.",
    "Hej! I'm {P} and I need färdtjänst to {HOSP} on {DAY}. I live at {ALGH}. Mobile {PHM}.",
    "Best regards / Vänliga hälsningar\n{F#1}\nHead of Customer Service\n{BOX}\n{PHF}\n{E#1}",
    "Our new office address from {DATE}: {AL}. Reception phone {PHL}. Ask for {P} in the lobby.",
    "Driver {P} reported a near miss vid korsningen {SN}/{SN}. Passenger {P} ({PHM}) witnessed it. Incident {REF}.",
    "Parkeringstillstånd renewed for {P#1}, reg {REG}. Valid till {DATE}. Confirmation skickad till {E#1}.",
    "Hej {G#1}! Your school transport route changes from {DATE}. Ny hämtadress: {AR}. Chaufför {P}, {PHM}.",
    "Travel plan for the Berlin trip\nTåg: Stockholm C–Hamburg, {DATE}\nHotel: {AX}\nContact in Germany: {P}, {PHX}\nHemma: {P}, {PHM}",
    "{P} har tagit över bokningarna for the airport shuttle. Ring {Gs} mobil {PHM} or mail {E}.",
    "ok so {g} kör idag, {g} imorgon. vi möts utanför {a} like usual",
    "Complaint ärende {REF}: the driver left {P:f} at the wrong address, {ST} instead of {A}. Hon är 89 år.",
    "Sjukresa booked ✔️\nPatient: {RU}\nFrom: {A}\nTo: {HOSP}\nTime: {DATE} {TIME}\nEscort: {P}",
    "Hi {G}, tack för att du tog mitt pass! I owe you one. /{G}",
    "Reminder: cykelverkstan stänger kl 16 on {DAY}. If you need your bike, contact {P#1} at {PHL} or {E#1}.",
    "From: {P#1} <{E#1}>\nTo: {P#2} <{E#2}>\nSubject: Taxi till Arlanda\n\nHej {G#2}, I've booked the car for 05.10 from {A}. Driver {G}, tel {PHM}. /{N#1}",
    "Parkering @ kontoret: plats 14 is {Gs}, plats 15 {Gs}. Visitors park on {SN}.",
    "Ny ansökan färdtjänst\nSökande: {P}, {PNR}\nAddress: {A}\nPhone: {PH}\nCase handler: {I}",
    "{g}: anyone seen my keys? lämnade dem nog i bil {CAR}\n{g}: {g:f} has them, she's at the depot",
    "Transfer from the airport to {AX}: driver {P}, {PHX}. Return trip booked till {DATE}. /{G}",
    "Sorry för sent svar! The parking fine ({REF}) ska betalas av {P:m}, since it's his car. Address for the invoice: {A}.",
    "Samåkning/car pool Lund–Malmö: {P} ({PHM}), {P} ({PHM}). Pickup at {ST} 07.20. Alla välkomna!",
    "FYI: bussen till {HOSP} is replaced by taxi this week. Contact {P} at trafikledningen, {PHF}, for bookings.",
    "Hej {G}, your bike-share account is blocked due to an unpaid fee ({AMT}). Kontakta support på {PHF} or {EF}.",
    "Rail booking {BKG}: Malmö C – Hamburg Hbf, {DATE}, {SEAT}. Passengers {P} and {P}. Kontakt {PHM}.",
    "Kära kollegor, {P} går i pension efter 38 år som bussförare! Farewell fika i depån på {DAY}. Presents via {Gs} Swish {PHM}.",
    "Lost and found: {G:m} left his jacket in taxi {CAR}. Please call him på {PHM}, he lives at {a}.",
    "Adress för hämtning / pickup address:\n{AL}\nPortkod {PIN}, ring {P} on {PHM}",
    "Skolskjuts update: {G} is sick today, ingen hämtning på {AR}. /{P}, mamma",
    "Invoice for taxi rides in {MONTH}\nCustomer: {U}, {BOX}\nAmount: {AMT}\nOrg.nr {ORG}\nQuestions to {EF}",
    "Hi! We're arriving in Stockholm on {DATE}. Could you arrange a transfer to {A}? Lead passenger {P#1}, mobile {PHX}, e-mail {E#1}.",
    "Ny depåchef / new depot manager: {F#1}, {PHL}, {E#1}. Welcome {G#1}!",
    "Passenger {P} (born {PNR}) missed the färdtjänst car at {A}. Please rebook for {TIME}.",
    "Hej {G}, can you swap your Saturday tur with {G}? Hen needs ledigt för bröllop.",
    "Cykelstöld / bike theft report\nOwner: {P}, {PNR}\nAddress: {A}\nFrame no. {BIKE}\nLast seen at {STOP}",
    "Ride share to Åre: {P} drives from {A}, {P} from {AR}. Split fuel, {AMT} each. Ring {PHM} to join.",
    "{Ns} flight is delayed, så transfern flyttas till {TIME}. Driver {G:m} har nummer {PHX}.",
    "Shipping address för the new lånecyklar: {ASE}, att. {P}. Invoice to {EF}.",
    "Hej {N}! Are you still on for the car pool imorgon? {G'} car is in the shop, så vi blir tre.",
    "Our Swedish office: {AC}. Reception {PHL}. Ask for {N} or {P}.",
    "Please send the färdtjänst decision to {P#1}, c/o {P}, {A}. Tack!",
    "Färdtjänst request for {P#1:f} ({PNRO}), born in Finland, speaks little Swedish. Pickup {A}, contact her grandson {P:m}, {PHM}.",
    "Vem tar {gs} pass on Sunday? {n:f} can't, she's away. /{g}",
)

NEGATIVES = (
    # --- Swedish ---------------------------------------------------------------------------------
    (
        "sv",
        "Linje 4 mot Resecentrum är inställd mellan kl 06.10 och 07.45 på grund av vägarbete. Ersättningsbussar går från hållplatsläge C.",
    ),
    (
        "sv",
        "Tåg 537 från Uppsala C är cirka 25 minuter försenat. Ny beräknad ankomst till Stockholm C 08.32, spår 3a.",
    ),
    (
        "sv",
        "Din biljett: Vuxen, 75 minuter, zon A. Pris 39 kr. Biljett-ID 4471 2290 8812. Giltig till 14.55.",
    ),
    (
        "sv",
        "Kontrollavgift 1 500 kr. Avgiftsnummer 22-48811903. Betala till bankgiro 5050-1055 med OCR 4411 8870 0012 6 senast den 30 april.",
    ),
    (
        "sv",
        "Per resa betalar du 35 kr i egenavgift för färdtjänst inom kommunen och 70 kr över kommungränsen.",
    ),
    (
        "sv",
        "Sten och grus på vägbanan vid Norrbyn gör att skolskjutsen kör omväg via väg 340 hela veckan.",
    ),
    (
        "sv",
        "Stig av vid hållplats Idrottsplatsen och gå stigen upp mot simhallen, det tar fem minuter.",
    ),
    (
        "sv",
        "Björn och älg har setts nära spåret norr om Gällivare. Norrtåg sänker farten på sträckan.",
    ),
    (
        "sv",
        "Bo nära stationen och pendla smart: månadsbiljetten kostar 1 020 kr och gäller i hela länet.",
    ),
    (
        "sv",
        "Dag för dag blir förseningarna fler. Trafikverket lovar besked om banarbetet senast i maj.",
    ),
    (
        "sv",
        "Klara, färdiga, cykla! Cykelveckan startar på måndag med gratis service vid Stadsbiblioteket.",
    ),
    (
        "sv",
        "Hans biljett var giltig men hennes hade gått ut, så kontrollanten skrev en tilläggsavgift på 1 200 kr.",
    ),
    ("sv", "Ros till Pågatågen för punktligheten i mars: 94 procent av avgångarna kom fram i tid."),
    (
        "sv",
        "RUT-avdrag gäller inte taxiresor. Spara kvittot med org.nr 556812-4470 om du reser i tjänsten.",
    ),
    (
        "sv",
        "Ärende 2027-0412-0088: ersättning för resa med tåg 10537 beviljad, 312 kr betalas ut inom 14 dagar.",
    ),
    (
        "sv",
        "Reg.nr ABC 12D är inte registrerat för boendeparkering i zon K. Avgiften är 18 kr i timmen vardagar 8–18.",
    ),
    (
        "sv",
        "Lina och karbinhakar till lastcykeln säljs i kassan. Cykelhjälmar halva priset till och med söndag.",
    ),
    (
        "sv",
        "Sjukresor inom regionen bokas senast kl 15 dagen före. Egenavgiften är 120 kr enkel resa och högkostnadsskyddet 1 800 kr.",
    ),
    (
        "sv",
        "Östgötatrafiken, Skånetrafiken och Västtrafik inför samma tilläggsavgift från 1 juli: 1 300 kr.",
    ),
    (
        "sv",
        "Vagn 4, plats 57 och 58. Bokningsnummer KXY4TR. Avgång 14.32 från Göteborg C, ankomst 17.29 till Stockholm C.",
    ),
    (
        "sv",
        "Ljuset i cykeltunneln vid Knutpunkten är trasigt igen. Felanmälan nr 88412 är registrerad hos kommunen.",
    ),
    (
        "sv",
        "Vilja finns men pengarna saknas: nattbussen till Hyllie läggs ner efter sommaren enligt regionens budget.",
    ),
    (
        "sv",
        "Taxan för en taxiresa till Arlanda är fastpris 695 kr från Stockholms innerstad, 795 kr från Täby.",
    ),
    (
        "sv",
        "Ström saknas i kontaktledningen mellan Flemingsberg och Södertälje hamn. Tåg ersätts av buss.",
    ),
    (
        "sv",
        "Falk och örn häckar vid flygplatsen, så fågelradarn stoppar ibland starterna i tio minuter.",
    ),
    ("sv", "Färdtjänstkortet nr 8812 3345 gäller t.o.m. 2028-06-30. Ledsagare åker utan kostnad."),
    # --- English ---------------------------------------------------------------------------------
    (
        "en",
        "Will the 7.42 to Euston be running on Saturday? Network Rail says the line is closed for engineering works.",
    ),
    (
        "en",
        "Bill: three journeys, £14.70 capped at £8.10 a day with contactless. No further charges on this card.",
    ),
    (
        "en",
        "Miles travelled this month: 412. Fuel claim at 45p per mile comes to £185.40, payable in the May payroll.",
    ),
    (
        "en",
        "Penny for your thoughts: should the council ban cars from the bus lane in the town centre during school hours?",
    ),
    (
        "en",
        "Delay Repay ref DR-448120: your claim for 15–29 minutes has been approved. £6.35 will be refunded within 5 working days.",
    ),
    (
        "en",
        "Grace period for topping up: 24 hours. After that, a penalty fare of £20 applies on all routes.",
    ),
    (
        "en",
        "Frank feedback from passengers: the new timetable is confusing and the 214 is always full by 8 am.",
    ),
    (
        "en",
        "Hope to see you on board again soon. Your e-ticket reference is QJ8X2L, coach C, seat 41.",
    ),
    (
        "en",
        "Rush hour in May and June brings roadworks to the ring road. Allow an extra twenty minutes to the airport.",
    ),
    (
        "en",
        "Sue the bus company? Unlikely to succeed: the conditions of carriage limit compensation to the ticket price.",
    ),
    (
        "en",
        "Mark the spot on the map where the bike dock should go. Docks take 12 bikes and cost £18,000 each to install.",
    ),
    (
        "en",
        "Jack up the rear wheel, remove the quick release and slide the tyre lever under the bead. Takes ten minutes.",
    ),
    (
        "en",
        "PCN issued 09:41 for vehicle AB16 CDE, contravention code 12. Discounted rate £65 if paid within 14 days.",
    ),
    (
        "en",
        "Gate 23, boarding 06:15, flight BA 2771 to Gatwick. Bags over 23 kg cost an extra £65.",
    ),
    (
        "en",
        "Dawn departures from Stansted are back: the first coach leaves the city centre at 03:30 every day.",
    ),
    ("en", "Rose gold scooters are the new limited edition. Unlock fee £1, then 20p per minute."),
    (
        "en",
        "Hunter green wellies, an umbrella and two phone chargers were handed in to lost property this week.",
    ),
    (
        "en",
        "Chase the 8.05 if you like, but the 8.20 is faster: it runs non-stop from Paddington to Reading.",
    ),
    # --- mixed -----------------------------------------------------------------------------------
    (
        "mixed",
        "Tåg 10537 is delayed 40 min, ny avgång 18.05 från spår 7. Delay Repay gäller tyvärr inte SJ.",
    ),
    (
        "mixed",
        "Booking ref KXY4TR: vagn 6, plats 12–13, Stockholm C 07.21 → Oslo S 13.10. Please bring ID.",
    ),
    (
        "mixed",
        "Per capita spending on kollektivtrafik i Region Uppsala: 4 100 kr per år, up 6 % since 2024.",
    ),
    (
        "mixed",
        "Kontrollavgift 1 500 kr, OCR 5566 1203 4471. Payment due 30/4. Appeals via the app only.",
    ),
    (
        "mixed",
        "The bike lane längs ån is closed, så ta omvägen via bron vid stationen. Shared scooters are banned there.",
    ),
    (
        "mixed",
        "Taxi fastpris Arlanda: 695 kr. Airport Express is faster though, 20 min to T-Centralen.",
    ),
    (
        "mixed",
        "Will vi hinna? Flyget SK 1417 landar 21.55 och sista tåget går 22.40 från Arlanda C.",
    ),
    (
        "mixed",
        "Bo centralt, reser grönt: the new housing project has 0.3 parking spaces per apartment.",
    ),
    (
        "mixed",
        "Klara besked from the kommun: the new linje 3 and 8 start after the tender, december 2027.",
    ),
    ("mixed", "Sjukresa booked: 12 maj kl 09.40, återresa 13.15. Egenavgift 120 kr, paid by card."),
    (
        "mixed",
        "Our Voi and Lime scooters har nya parkeringszoner. Fines are 250 kr per felparkering.",
    ),
    ("mixed", "Meeting i konferensrum 4B at 14.00 about the new timetable for linje 55 and 57."),
    (
        "mixed",
        "Cykelservice: byte av kedja 349 kr, brake pads 199 kr, full service 895 kr. Book online.",
    ),
    (
        "mixed",
        "Hope you hade en bra resa! Rate your trip i appen and get 10 % off next time, code RESA10.",
    ),
    (
        "mixed",
        "Busskort 3087 6652 1190 blocked. New card ordered, ärende 448120, arrives within 5 arbetsdagar.",
    ),
    (
        "mixed",
        "Parking at Landvetter: 129 kr per dygn in P2, 99 kr in P4 Long-term. Shuttle every 10 min.",
    ),
    (
        "mixed",
        "Eve of midsommar: last train from Göteborg C leaves 23.40, extra avgångar at 00.15 and 01.05.",
    ),
)
