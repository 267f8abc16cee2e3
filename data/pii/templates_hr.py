# ruff: noqa: E501
"""Templates of held-out HR (issue 15): golf clubs, in Swedish, English and the two mixed.

Written from the writer's own knowledge of how clubs write: tee-time bookings and their
confirmations, membership applications, renewals and resignations, handicap lists, competition
start lists, draws and results, course-staff rotas, the office's letters, invoices and minutes,
members' chats. Slots: `{P}` a full name, `{p}` in lower case, `{U}` in capitals, `{F}` with
middle names, `{G}`/`{g}` a given name, `{N}`/`{n}` a short form, `{S}`/`{s}` a surname, `{I}`
`K. Lindström`, `{II}` `M. C. Armstrong`, `{Gi}` `Tina K.`, `{R}` `Surname, Given`, `{RU}`
`SURNAME, Given`, `{SG}` `Surname Given`, `{SU}`/`{GU}` a surname or a given name in capitals,
`{E}` an e-mail address; a trailing `s` a Swedish genitive, `'` an English one; `#1` the same
person again, `:f`/`:m` a woman or a man. Values: `{A}` a Swedish address (`{AL}` over lines,
`{AR}`/`{ARL}` rural, `{ST}` a street alone, `{STL}` with `lgh`, `{FARM}` a village address,
`{a}` in lower case, `{ACAP}` in capitals), `{CA}`/`{CAL}` a club's address, `{BOX}`, `{CO}`/
`{COL}` c/o a person, `{AU}`/`{AUL}`/`{au}` the UK, `{AUS}`/`{AUSL}` the US, `{AX}`/`{AXL}` the
rest of Europe; `{PH}` a Swedish number, `{PHC}` a club's or a firm's, `{PHX}` one from abroad;
`{PNR}` a personnummer; `{CM}` a club's e-mail. No value: `{CLUB}`, `{COURSE}`, `{HCP}`,
`{GID}` (a golf-ID, no personnummer), `{MEM}`, `{OCR}`, `{BG}`, `{ORG}`, `{SWISH}` (a firm's
Swish number, no phone), `{REF}`, `{AMT}`, `{KR}`, `{GF}`, `{GBP}`, `{SUBS}`, `{USD}`, `{EUR}`, `{DATE}`,
`{DATEEN}`, `{DATEX}`, `{TIME}`, `{NUM}`, `{HOLE}`, `{SC}`, `{PTS}`, `{TOWN}`, `{DAY}`,
`{DAYEN}`, `{WEEK}`, `{YEAR}`.
"""

DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
# Clubs named after places, none after a person.
CLUBS = {
    "sv": (
        "Sjöviks GK", "Ekbackens Golfklubb", "Hagaby GK", "Lövsta Golf & Country Club", "Norrvikens GK",
        "Falsterbo GK", "Ljunghusens GK", "Halmstad GK", "Vasatorps GK", "Kungsbacka GK", "Upsala GK",
        "Visby GK", "Rättviks GK", "Bjäre GK", "Kalmar GK", "Luleå GK", "Umeå GK", "Ullna GK",
        "Sigtunabygdens GK", "Landeryds GK", "Mölle GK", "Skellefteå GK", "Sundsvalls GK",
        "Örebro City GK", "Barsebäck G&CC", "Bro Hof Slott GC", "Wermdö G&CC", "Leksands GK",
        "Åre Golfklubb", "Söderåsens GK", "Vallda G&CC", "Kävlinge GK",
    ),
    "uk": (
        "Kingsbarns Golf Links", "Royal Troon", "Carnoustie Golf Links", "Gullane Golf Club",
        "Sunningdale Golf Club", "Royal Birkdale", "Woodhall Spa", "Hillside Golf Club",
        "Portmarnock Golf Club", "Royal Portrush", "North Berwick Golf Club", "Ganton Golf Club",
        "Harrogate Golf Club", "Moortown Golf Club", "Royal Lytham & St Annes", "Royal St George's",
    ),
    "us": (
        "Pinehurst No. 2", "Bethpage Black", "Pebble Beach Golf Links", "Whistling Straits",
        "Medinah Country Club", "TPC Scottsdale", "Kiawah Island Ocean Course", "Hazeltine National",
    ),
}  # fmt: skip
COURSES = {
    "sv": ("Norra slingan", "Södra banan", "Parkbanan", "Skogsbanan", "Sjöbanan", "Gamla banan", "Korthålsbanan", "Nya banan", "Slottsbanan", "Röda slingan"),
    "en": ("the Old Course", "the New Course", "the Championship Course", "the Links", "the Academy Course", "the East Course", "the Lakes"),
}  # fmt: skip

SV = (
    # Tee-time bookings and confirmations.
    "Bokningsbekräftelse – {CLUB}\nStarttid: {DATE} kl. {TIME}, tee 1, {COURSE}\nSpelare: {P#1} (hcp {HCP}), {P} (hcp {HCP})\nBokad av: {P#1}, {PH}, {E#1}\nAvbokning senast två timmar före start på {PHC} eller {CM}.\nKansliet · {CA}",
    "Hej {G}! Jag har bokat {TIME} på lördag åt oss fyra: du, jag, {Gs} svåger och {G}. Swisha greenfeen {GF} till mig på {PH}, jag plockar upp dig på {ST} kvart i.",
    "Din starttid är bekräftad\n\nHej {P},\nvälkommen till {CLUB} {DATE} kl {TIME}. Din bokning gäller hela bollen på {COURSE}. Incheckning i receptionen senast 20 minuter före start.\n\nHitta hit: {CA}\nFrågor? Ring {PHC}.",
    "tjena! {g} och {g} kör 18 hål imorgon kl {TIME}, hänger du på? vi samlas hos {g} på {a} kvart i. ring {PH} om nåt",
    "Receptionen, bokningslogg {DAY}\n{TIME} {S} x4\n{TIME} {S} x2 + gäst\n{TIME} LEDIG\n{TIME} Företagsgolf ({P}, {PH})",
    "Från: {P#1} <{E#1}>\nTill: {CM}\nÄmne: Bokning för fyra gäster\n\nHej!\nVi är fyra från {TOWN} som vill spela {DATE}, helst förmiddag. Handicap mellan {HCP} och {HCP}. Går det bra att nå mig på {PH}?\n\nHälsningar\n{P#1}\n{A}",
    "SMS från {CLUB}: Hej {G}, din starttid {DATE} kl {TIME} är avbokad enligt önskemål. Välkommen åter! /Receptionen, {CA}",
    "Hej, jag ringde in en bokning åt {Gs} pappa, {P:m} (golf-ID {GID}), på onsdag 9.20, men den syns inte i Min Golf. Kan ni kolla? Mitt nummer är {PH}. /{P}",
    "Gästbokning\nGäst: {P}, {CLUB}, hcp {HCP}, golf-ID {GID}\nGästens adress: {A}\nGäst till medlem nr {MEM} ({P})\nDatum: {DATE}, start {TIME}\nGreenfee: {GF} (gästgreenfee med medlem)",
    "{g#1}: har nån bokat söndag??\n{g#2}: ja jag tog 8.10 åt oss + {g}\n{g#1}: och @{g:m}?\n{g#2}: han jobbar, kör med hans kompis istället",
    # Membership applications, renewals, changes, resignations.
    "ANSÖKAN OM MEDLEMSKAP\nEfternamn: {SU#1}\nFörnamn: {GU#1}\nPersonnummer: {PNR}\nAdress: {A}\nMobil: {PH}\nE-post: {E#1}\nHandicapindex: {HCP}\nTidigare klubb: {CLUB}\nÖnskad medlemsform: Fullvärdig, spelrätt",
    "Ansökan juniormedlemskap\nJunior: {F#1}, personnummer {PNRJ}\nVårdnadshavare: {P#2}, {PH}, {E#2}\nAdress: {A}\nÖvrigt: {G#1} har gått golfskola hos tränaren {S} i fjol.",
    "{P}\n{AL}\n\nFAKTURA – Årsavgift 2027\nMedlemsnummer: {MEM}\nGolf-ID: {GID}\nÅrsavgift fullvärdig medlem: {AMT}\nBagförvaring: 600 kr\nAtt betala: se specifikation\nBankgiro {BG}, OCR {OCR}, förfallodag {DATE}\n\n{CLUB}, {CA}, org.nr {ORG}",
    "Adressändring\nMedlem: {R}, medlemsnr {MEM}\nNy adress: {AL}\nNytt mobilnummer: {PH}\nGäller från {DATE}. Tack!",
    "Från: {P#1} <{E#1}>\nSkickat: {DATE} {TIME}\nTill: {CM}\nÄmne: Uppsägning av medlemskap\n\nHej!\nJag säger härmed upp mitt medlemskap från och med 2028. Medlemsnummer {MEM}, personnummer {PNR}.\n\nMed vänlig hälsning\n{P#1}\n{A}\n{PH}",
    "Påminnelse\n\n{P}, {A}\nVi har inte fått betalt för årsavgiften 2027 ({AMT}), förfallen {DATE}. Betala till bankgiro {BG} med OCR {OCR} inom tio dagar. Har du redan betalat kan du bortse från detta brev.\n\nKansliet, {CLUB}, {PHC}",
    "Familjemedlemskap 2027\nHuvudmedlem: {P#1:m}, {PNR}\nMaka: {P:f}, {PNR}\nBarn: {G}, {PNRJ} och {G}, {PNRJ}\nAdress: {AL}\nFaktureras {P#1}.",
    "Hej {G}!\nVarmt välkommen som ny medlem i {CLUB}! Ditt medlemskort skickas till {A}. Din fadder under första säsongen är {P#1}, som du når på {PH} eller {E#1}. Introduktionsrundan för nya medlemmar går {DATE} kl {TIME}.\n\nHälsningar\n{P}, medlemsansvarig",
    "Vilande medlemskap 2027 – beviljade\n{R}, {MEM}, utlandsvistelse ({AX})\n{R}, {MEM}, sjukdom\n{R}, {MEM}, föräldraledig\nBeslut: styrelsen {DATE}. Vilande avgift {KR}.",
    "Medlemsregister (utdrag för distriktet)\n{RU}; {PNR}; {A}; {PH}\n{RU}; {PNR}; {A}; {PH}\n{RU}; {PNR}; {A}; {PH}",
    "Utträde\nVi har tyvärr fått beskedet att vår medlem {F} har gått bort. Medlemskapet avslutas per {DATE} och återstående avgift återbetalas till dödsboet, {CO}.\nKansliet, {CLUB}",
    "NAMN: {U}\nGOLF-ID: {GID}\nHCP: {HCP}\nKLUBB: {CLUB}\nADRESS: {ACAP}\nTELEFON: {PH}",
    "Byte av medlemsform: {P} (medlemsnr {MEM}) går från vardagsmedlem till fullvärdig medlem från {DATE}. Mellanskillnaden faktureras till {A}.",
    "Överlåtelse av spelrätt\nSäljare: {F}, {PNR}, {A}\nKöpare: {P}, {PNR}, {A}\nPris: {AMT}\nGodkänd av kansliet {DATE}.",
    # Handicap lists and the handicap committee.
    "Handicaplista damer 55+, uppdaterad {DATE}\n{R:f}  {HCP}\n{R:f}  {HCP}\n{R:f}  {HCP}\nÄndringar efter {Ss} genomgång {DATE}.",
    "{P#1}\n{AL}\n\nHej {G#1},\nhandicapkommittén har gått igenom dina rundor och justerat ditt handicapindex från {HCP} till {HCP}. Har du frågor kan du kontakta kommitténs ordförande {P} på {PH} eller skriva till {CM}.",
    "Lägsta handicap i klubben just nu:\n1. {P} +2,1\n2. {P} 0,4\n3. {Gi} 1,8",
    "Handicaprevision herrar 70+\n{SG:m}, {HCP}, ingen ändring\n{SG:m}, {HCP}, sänks\nAnsvarig: {P}, {PH}",
    "Handicapregistrering i efterhand: {P} spelade {DATE} med markör {P}, {SC} slag brutto på {CLUB}. Registrerat av kansliet.",
    # Competitions: start lists, draws, results.
    "STARTLISTA – Vårtävlingen, singel slaggolf, gul tee\n{TIME}  {P} ({CLUB}) {HCP} · {P} ({CLUB}) {HCP}\n{TIME}  {P} ({CLUB}) {HCP}\nTävlingsledare: {P}, {PH}\nTävlingsplats: {CLUB}, {CA}",
    "Resultat klubbmästerskapet herrar (36 hål)\n1. {P#1:m} 71 + 70\n2. {P:m} 73 + 70\n3. {SG:m} 74 + 72\nStort grattis till {G#1}, klubbmästare för första gången!",
    "Söndagsslaget {DATE}, poängbogey\nKlass A: 1. {P} 41 p, 2. {P} 38 p\nKlass B: 1. {P} 43 p\nNärmast hål {HOLE} ({P}, 1,24 m)",
    "Lottning matchspel herrsingel, omgång 1\n{P:m} – {P:m}\n{P:m} – {P:m}\nSpelas senast {DATE}. Kontakta din motståndare själv, nummer finns i Min Golf.",
    "Anmälan Damernas dag {DATE}\n{P:f}, hcp {HCP}, golf-ID {GID}\n{P:f}, hcp {HCP}, golf-ID {GID}\nVi vill gärna gå i samma boll som {G:f} om det går.",
    "Tävlingskommittén informerar: Vinnare av Höstfyrbollen blev {P} och {P} på {PTS} poäng, före {I} och {I}. Priserna kan hämtas i shopen, {CA}.",
    "HOLE IN ONE! {P#1} slog i på hål {HOLE} med järn 7 i söndags. {Gs#1} första hole in one efter {NUM} år som medlem. Vittnet ({P}) bekräftar. Bollen finns att beskåda i klubbhuset.",
    "Funktionärer Juniortouren {DATE}\nStart: {P}\nScorerum: {P}\nForecaddie hål {HOLE}: {P}\nAnsvarig: {P}, {PH}\nSamling i klubbhuset, {CA}",
    "Scorekort\nSpelare: {P}\nMarkör: {P}\nBrutto: {SC}, netto: {SC}, poäng: {PTS}\nAttesterat {DATE}",
    "Regelincident hål {HOLE}, Seniortouren\n{P#1} ({P} var markör) spelade fel boll ur bunkern. Domaren {S} gav två slags plikt. {Ss#1} scorekort rättat i scorerummet.",
    "Hej {N}!\nDu står som markör åt {P} i morgon kl {TIME}. Lämna scorekortet i scorerummet direkt efter rundan. Frågor: {PH}.\n/Tävlingskommittén",
    "Resultat Seriespel H50, div 2, {DATE}\n{CLUB} – {CLUB} 3–2\n{SG:m} vann 3&2, {SG:m} förlorade 1 down\nLagkapten: {P}, {PH}",
    "Grattis till årets klubbmästare! Damer: {P:f}. Herrar: {P:m}. Juniorer: {P}.",
    "Anmälningar till Midnattsgolfen:\n{p}\n{g}\n{p} + gäst",
    # Course staff: rotas, greenkeeping, machinery.
    "Banpersonal v. {WEEK}\nMån: {G} greener 05.30, {G} fairway\nTis: {G} greener och tees\nOns: samma som måndag\nSjuk? Ring {N} på {PH} före 05.00.",
    "Från: {P#1} <{E#1}>\nTill: banpersonal\nÄmne: Vattning hål 7–9\n\nHej alla,\npumpen vid hål 8 går inte. Servicetekniker {P} från Golfmaskiner i {TOWN} kommer {DAY}, nås på {PHC}. Handvattna greenerna tills vidare.\n\n/{G#1}, banchef\n{CLUB}\n{CAL}",
    "Schema helg v. {WEEK}\nLör: {P} (greener), {P} (flaggor, hålbyte)\nSön: {P} (greener och bunkrar)\nBeredskap: {P}, {PH}\nLarmkoden till maskinhallen fås av banchefen.",
    "ANSTÄLLNINGSAVTAL – säsongsanställning\nArbetsgivare: {CLUB}, org.nr {ORG}, {CA}\nArbetstagare: {F}, {PNRW}\nAdress: {AL}\nBefattning: banarbetare\nPeriod: {DATE}–{DATE}\nLön enligt avtal. Närmaste chef: banchef {P}.",
    "Passerkort maskinhall\n{R}, kort {NUM}\n{R}, kort {NUM}\nFörlorat kort anmäls till {P}, {PH}.",
    "hej {g}, kan du ta morgonpasset på lördag? jag är på kalas hos {g} på {a} och kommer inte upp kl 5 😅",
    "Servicerapport golfbil nr {NUM}\nTekniker: {P}\nFöretag: Golfmaskiner {S} AB, {A}, {PHC}\nÅtgärd: bytt batterier, kontrollerat bromsar.",
    "Tidrapport banpersonal {DATE}\n{SG} 8,0 h\n{SG} 7,5 h\n{SG} 6,0 h (ledig em)\nAttest: {P}",
    "Till alla på banan: {G:f} är ny i gänget från måndag och börjar med bunkrar och klippning av foregreener. Hon bor på {ST} och cyklar hit, så ta med henne om ni kör förbi.",
    "Jourlista bevattning juli\nv. 27 {P} {PH}\nv. 28 {P} {PH}\nv. 29 {P} {PH}",
    # The office: letters, minutes, invoices, chats.
    "Protokoll styrelsemöte {DATE}\nNärvarande: {P} (ordförande), {P} (kassör)\n§4 Banchef {P} rapporterade att greenerna på hål 3 och 11 har vinterskador.\n§5 Nästa möte {DATE} hos {G} på {A}.",
    "Kallelse till årsmöte i {CLUB}\nDatum: {DATE} kl. 18.30 i klubbhuset.\nMotioner skickas senast fyra veckor innan till sekreteraren {P#1}, {AL}, eller till {E#1}.",
    "Faktura nr {REF}\nKund: Måleri {S} AB, att. {P}, {A}\nAvser: Företagsgolf 12 personer {DATE} inkl. lunch\nBelopp: {AMT}\nBetalas till bankgiro {BG}",
    "Avtal hålsponsring hål {HOLE}\nSponsor: Elfirma {P} AB, {BOX}\nKontaktperson: {P#1}, {PH}, {E#1}\nKlubb: {CLUB}, {CA}, org.nr {ORG}",
    "Till fastighetsägaren\n{P}\n{AL}\n\nVi har fått rapporter om att stängslet mellan hål 12 och er tomt har fallit. Banchefen {P} kommer förbi {DAY} för att titta. Ring gärna {PHC} om tiden inte passar.",
    "Klagomål\nJag bor på {ST} alldeles intill hål 5 och har nu fått fyra bollar i trädgården på en vecka, en genom växthuset. Vem ersätter rutan? /{P}, {PH}",
    "Bagförvaring\nSkåp {NUM}: {R}, {PH}\nSkåp {NUM}: {R}, {PH}\nSkåp {NUM}: ledigt efter {Ss} flytt\nKontakt: kansliet {PHC}",
    "Hyra av klubbstugan {DATE}: {P}, {A}, {PH}. Deposition {KR} betalas via Swish till klubbens nummer {SWISH} senast en vecka innan.",
    "Ring tillbaka {P} angående greenfeerabatt för pensionärer, {PH} (efter 17). Vill ha broschyren hemskickad till {A}.",
    "Klubbens första ordförande var {P}, som {YEAR} köpte marken av lantbrukaren {P} på {FARM}. Den gamla ladugården är i dag vårt klubbhus.",
    "{CLUB}\n{BOX}\n\nTill {P}\n{AL}\n\nTack för din gåva till juniorverksamheten!",
    "Revisionsberättelse för {CLUB}, org.nr {ORG}, räkenskapsåret 2026.\n{TOWN} {DATE}\n{P}, auktoriserad revisor, {BOX}\n{P}, förtroendevald revisor",
    "Bord för sex efter rundan på lördag, namn {S}, tel {PH}. En vegetarian och en glutenfri.",
    "Hej!\nJag heter {P#1} och söker jobb som banarbetare i sommar. Jag har traktorkort och har jobbat två säsonger på {CLUB}. CV bifogat.\n{AL}\n{PH}\n{E#1}",
    "Intyg\nPatienten {F}, {PNR}, har på grund av knäprotes nedsatt gångförmåga och behöver golfbil vid tävlingsspel under säsongen 2027.\n{TOWN} {DATE}\nLeg. läkare {P}\nVårdcentralen Solgården, {A}",
    "Upphittat: ett par golfskor stl 42 i herrarnas omklädningsrum, märkta {S}. Hämtas i shopen, {CA}, eller ring {PHC}.",
    "Nyckelkvittens\nUndertecknad {P} har kvitterat ut nyckel nr {NUM} till klubbhuset.\nAdress: {A}\nMobil: {PH}",
    'Ny adress för leverans av bagar och klubbor: {ARL}\nMärk paketet "{S}".',
    "Fastigheten Golfängen 1:14 gränsar mot hål 6. Ägare enligt lantmäteriet: {P}, {A}. Kontakt tas av {P} från styrelsen.",
    "Golfresa till Portugal v. 44\nDeltagare: {P}, {P}, {P}\nHotell: {APT}\nReseledare på plats: {P}, {PHPT}\nSista betalning {DATE}.",
    "Brev till medlemmarna\n\nKära medlemmar! Säsongen är igång och vi välkomnar {NUM} nya medlemmar. Ett särskilt tack till {P} och {P} som har byggt de nya tee-rutorna på hål 2.\n\n{P}, ordförande\n{CLUB}\n{CAL}",
    "Golfskola för vuxna, juni\nTränare: {P} (PGA), {PH}\nDeltagare: {P}, {P}, {P}\nSamling vid rangen {TIME}, {CA}.",
    "Träningsgrupp tisdagar 17.00 (tränare {S}): {G}, {G}, {G}. Vid regn inomhus i simulatorn på {ST}.",
    "Juniorläger v. 27\nDeltagare: {P} (f. 2013), {P} (f. 2014)\nFöräldrakontakt: {P}, {PH}\nLägerledare: {N}, {PH}\nLägerplats: {CA}",
    "hej! kan nån skjutsa {g} till {CLUB} på lördag? vi bor på {a}. /{gs} mamma",
    "Gratulerar {P#1} som fyller 80! {G#1} har varit medlem sedan {YEAR} och spelar fortfarande tre rundor i veckan, gärna med {P}.",
    "Beställning proshopen\nKund: {P#1}, {PH}\nVara: Driver 10,5°, regular skaft\nPris: {KR}\nLeveransadress: {A}\nKvitto skickat till {E#1}.",
    "Medlemsmatrikel (utdrag)\n{RU}, {A}, {PH}\n{RU}, {A}, {PH}\n{RU}, {STL}, {PH}",
    "Valberedningens förslag till styrelse 2027:\nOrdförande {P} (omval)\nKassör {P} (nyval)\nValberedningen genom {P}, {PH}",
    "Hej {G}, vi har hittat din plånbok i bollautomaten 😊 Du kan hämta den i receptionen. Ditt körkort ligger i, så vi såg att du bor på {ST}. /Receptionen",
    "Hyresavtal lägenhet för säsongspersonal\nHyresvärd: {CLUB}, {CA}\nHyresgäst: {P}, {PNRW}\nLägenhet: {STL}\nTillträde {DATE}.",
    "Sponsorlista Seniorslaget\nBilfirma {P} AB, {A} – 5 000 kr\nFrisersalong {Gs} Hår – presentkort\n{P} Bygg – 2 000 kr\nKontakt: {P}, {PH}",
    "Reseräkning tävlingsledare\n{P}, {PNRW}\nAdress: {A}\nResa {TOWN}–{TOWN} t/r, {NUM} mil\nUtbetalas till kontonummer enligt lönesystemet.\nAttest: {P}",
    "{Ps#1} golfbil står parkerad på {ST} och blockerar infarten, kan någon ringa {G#1}? {PH}",
    "Vikarielista receptionen\n{P}, {A}, {PH}, vardagar\n{P}, {A}, {PH}, helger\n{P}, {PH}, kvällar",
    "Bokningsförfrågan företag\nFöretag: Revisionsbyrån {S} & Partners\nKontakt: {P#1}, {PH}, {E#1}\nFakturaadress: {BOX}\nAntal: 24 spelare, shotgun {DATE}.",
    "Hej!\nVi har skickat ditt nya medlemskort till {A}, men det kom tillbaka. Stämmer adressen? Annars kan du uppdatera den i Min Golf eller svara på det här mejlet.\n/{G}, kansliet, {CLUB}",
    "Leverans av nya flaggor och teemarkeringar {DATE} till maskinhallen, {CAL}. Kontakt på plats: {P}, {PH}.",
    "Kvitto greenfee\n{CLUB}, {CA}, org.nr {ORG}\nSpelare: {P}\nGreenfee 18 hål: {GF}\nBetalt med kort {DATE} {TIME}",
    "Sommarjobb i receptionen: intervjuer {DAY}. Kandidater: {P} ({PH}), {P} ({PH}). Ansvarig: {P}. Intervjuerna hålls på kansliet, {CA}.",
    "Vi flyttar kansliet! Från {DATE} hittar ni oss på {CA}. Telefon som vanligt {PHC}.",
    "Inbjudan till vänskapsmatch mot {CLUB}\nTid: {DATE} kl. {TIME}\nPlats: {CAL}\nAnmälan till {P}, {PH}",
    "Medlem {P} har flyttat från {A} till {AR}. Uppdaterat i Min Golf {DATE}.",
    "Golfbil nr {NUM} hittades övergiven vid {ST} i morse. Den som lånade den ({G}?) får gärna höra av sig till {PHC}.",
    "SMS: Hej {G}! Din bokning av golfbil {DATE} kl {TIME} är bekräftad. Nyckeln hämtas hos caddiemastern. /{CLUB}",
    "Greenfeekvitto skickat till {E}. Tack för besöket och välkommen åter!",
    "Medlemskortet för 2027 har skickats till {A}. Hör av dig till {PHC} om det inte kommit fram inom en vecka.",
    "Till: {P}\n{AL}\n\nVälkommen tillbaka efter vilande medlemskap! Din spelrätt är aktiverad från {DATE}.\n/Kansliet",
    "Banchef {S} meddelar: hål 14 är stängt {DAY} för dränering. Provisorisk green används.",
    "Personalfest för banpersonalen {DATE} hos {G} på {A}. Ta med något att grilla!",
    "Ny telefontid för kansliet: vardagar 9–12 på {PHC}. Ekonomifrågor till {CM}.",
    "Vinnare i lotteriet: lott nr {NUM}, {P}. Vinsten (greenfeecheckar) skickas till {A}.",
    "Adressetiketter klubbtidningen\n{P}\n{AL}\n\n{P}\n{AL}\n\n{P}\n{ARL}",
    "Boende för tävlingsgäster: Golfhotellet, {A}, och Pensionat Björken, {A}. Bokning direkt med hotellen.",
)

EN = (
    # Tee times.
    "Tee time confirmation – {CLUB}\nDate: {DATEEN}, {TIME}\nCourse: {COURSE}\nPlayers: {P#1} (HI {HCP}), {P} (HI {HCP})\nBooked by: {P#1}, {PHX}, {E#1}\nPlease arrive 30 minutes before your tee time.\n{AU}",
    "Hi {G}, just to confirm the 4-ball on {DAYEN}: you, me, {N} and {S'} brother-in-law. Green fees are {GBP} each. I'll pick you up at {AU} at 7.",
    "From: {P#1} <{E#1}>\nTo: {CM}\nSubject: Visitor booking, party of 8\n\nHello,\nWe are a society from {TOWN} hoping to play on {DATEEN}, two tee times from {TIME}. Handicaps between {HCP} and {HCP}. Please call me on {PHUK}.\n\nKind regards,\n{P#1}\n{AUL}",
    "{g#1}: anyone up for 9 holes after work?\n{g#2}: count me in\n{g#1}: i'll book the {TIME}, meet at the pro shop\n{g#2}: @{g} bring the buggy key",
    "Starter's sheet, {DAYEN}\n{TIME} {S} x4\n{TIME} {S} x2\n{TIME} Society ({P}, {PHUK})\n{TIME} {S} x3",
    "Dear {G},\nYour tee time at {CLUB} on {DATEEN} at {TIME} has been cancelled as requested. We hope to see you soon.\nThe Pro Shop\n{AU}\n{PHUK}",
    "Guest sign-in\nGuest: {P}, home club {CLUB}, handicap index {HCP}\nGuest address: {AU}\nHost member: {P} (no. {MEM})\nGreen fee: {GBP}",
    "Caddie request – {CLUBUS}\nGuest: {P}, {AUS}\nCaddie assigned: {G} ({PHUS})\nTee time: {DATEEN}, {TIME}",
    # Membership.
    "{P#1}\n{AUL}\n\nDear {G#1},\nYour annual subscription for 2027 of {SUBS} is due on {DATEEN}. Payment may be made by direct debit, by card at the office or by bank transfer quoting reference {REF}.\n\nYours sincerely,\n{P}\nClub Secretary, {CLUB}",
    "{P#1:m}\n{AUSL}\n\nRe: {CLUBUS} 2027 membership dues\nDear Mr. {S#1},\nEnclosed please find your statement of {USD}. Locker rental and cart fees are itemized on page 2. Questions? Call the member services office at {PHUS}.",
    "MEMBERSHIP APPLICATION\nSurname: {SU#1}\nForenames: {GU#1}\nAddress: {AU}\nMobile: {PHUK}\nEmail: {E#1}\nHandicap index: {HCP}\nProposer: {P}\nSeconder: {P}",
    "From: {P#1} <{E#1}>\nTo: {CM}\nSubject: Resignation\n\nDear Secretary,\nPlease accept my resignation from the club with effect from {DATEEN}. My locker ({NUM}) has been emptied.\n\nBest wishes,\n{P#1}\n{AU}\n{PHUK}",
    "New members this month: {P} and {F}. Please make them welcome. Their buddy for the first season is {P#1} ({E#1}).",
    "Change of address: {R} (member no. {MEM}) has moved to {AU}. New mobile {PHUK}.",
    "Junior membership form\nJunior: {F#1}, date of birth 14/06/2013\nParent/guardian: {P#2}, {PHUK}, {E#2}\nAddress: {AUL}\nMedical notes: asthma, inhaler in bag",
    # Handicaps.
    "Handicap list, Ladies' Section, updated {DATEEN}\n{R:f}  {HCP}\n{R:f}  {HCP}\n{R:f}  {HCP}\n{R:f}  {HCP}",
    "{P#1}\n{AUL}\n\nDear {G#1},\nThe Handicap Committee has reviewed your scores and adjusted your Handicap Index from {HCP} to {HCP}. Please contact the committee chair, {P#2}, at {E#2} with any questions.",
    "Lowest handicaps at the club: {P} +1.4, {II} 0.6, {Gi} 2.3.",
    # Competitions.
    "Monthly Medal – Results\nDivision 1: 1st {P} 71 nett, 2nd {P} 72 nett (countback)\nDivision 2: 1st {P} 69 nett\nNearest the pin (hole {HOLE}): {P}",
    "Club Championship – Round 1 draw\n{TIME} {P}, {P}\n{TIME} {P}, {P}\nReferee on call: {PHUK}",
    "Congratulations to {P#1}, our new Club Champion, who beat {P} 2&1 in the final. {G'#1} first title since {YEAR}!",
    "Seniors' Stableford, {DATEEN}\n1. {P} 41 pts\n2. {P} 38 pts (b/9)\n3. {I} 38 pts\n2s: {P}",
    "Match play knockout, round 2\n{P} v {P}\nTo be played by {DATEEN}. Results to the competition secretary, {P#1}, {E#1}.",
    "HOLE IN ONE! {P#1} aced the {HOLE}th with a 7-iron on Saturday. {G'#1} first ace; drinks are on {G#1} at the bar.",
    "Open entry\nName: {P}\nHome club: {CLUB}\nCDH/ID: {REF}\nHandicap index: {HCP}\nAddress: {AU}\nPhone: {PHUK}",
    "Scorecard\nPlayer: {P}\nMarker: {P}\nGross {SC}, nett {SC}, points {PTS}\nSigned {DATEEN}",
    "Rules incident, hole {HOLE}: {P#1} (marker {P}) played from the wrong teeing area. Referee {S} applied the two-stroke penalty. {S'#1} card amended.",
    "County team selected for the match v Yorkshire: {P}, {P}, {P}. Captain: {P}, {PHUK}. Venue: {CLUB}, {AU}.",
    "Results are in! Team {S} ({G} and co.) won the charity scramble with 58 nett, ahead of team {S} (59). Thanks to {P} for organising.",
    # Course staff.
    "Greens staff rota, week {WEEK}\nMon: {G} (greens 5:30), {G} (tees)\nTue: {G} (greens and fairways)\nWed: as Monday\nSick? Text {N} on {PHEN} before 5am.",
    "From: {P#1} <{E#1}>\nTo: course staff\nSubject: Frost delay\n\nMorning all,\nno mowing until 10:00. {G} and {G} to switch the tees on 4 and 14 instead.\n{G#1}\nCourse Manager, {CLUB}\n{AUL}",
    "Weekend cover: Sat {P} (greens and holes); Sun {P} (greens and bunkers). On call: {P}, {PHEN}.",
    "Course staff contacts\n{P}, Course Manager, {PHUK}\n{P}, Deputy Head Greenkeeper, {PHUK}\n{P}, Mechanic, {PHUK}\nWorkshop: {AU}",
    "{g#1}: who's got the fairway mower today?\n{g#2}: me, {g} is on greens\n{g#1}: cool. can you do the bunkers after",
    "Contract of employment (seasonal)\nEmployer: {CLUB}, {AU}\nEmployee: {F}\nAddress: {AUL}\nPosition: Greenkeeper\nStart date: {DATEEN}\nLine manager: {P}",
    "Maintenance report, cart #{NUM}\nTechnician: {P}\nCompany: {S} Turf Machinery Ltd, {AU}, {PHUK}\nWork: batteries replaced, brakes checked.",
    # The office.
    "Minutes of the General Committee, {DATEEN}\nPresent: {P} (Captain), {P:f} (Lady Captain), {P} (Treasurer)\n4. The Course Manager, {P}, reported winter damage on the 3rd and 11th greens.\n5. Next meeting at the home of the Captain, {AU}.",
    "Notice of AGM\nThe Annual General Meeting of {CLUB} will be held on {DATEEN} at 7pm. Motions to the Honorary Secretary, {P}, {AUL}, by 1 March.",
    "Invoice {REF}\nTo: {S} & Sons Builders, attn. {P}, {AU}\nCorporate golf day, 16 players, {DATEEN}\nTotal: {SUBS}",
    "To the Board of Directors,\nI live at {AUS}, next to the 7th fairway, and have had three windows broken this season. Who pays? {P}, {PHUS}",
    "Lost property: a pair of size 10 shoes in the men's locker room, marked {S}. Please collect from the pro shop, {AU}, {PHUK}.",
    "Locker list\nLocker {NUM}: {R}, {PHEN}\nLocker {NUM}: {R}\n{S'} locker is to be emptied by Friday.\nContact the office on {PHEN}.",
    "It is with great sadness that we report the death of our past captain {F#1}. {G'#1} funeral will be held at St Mary's on {DATEEN}. Condolences may be sent c/o the club office, {AU}.",
    "Sponsor board, hole {HOLE}: {S} Plumbing & Heating, {AUS}, {PHUS}. Contact: {P#1}, {E#1}.",
    "Golf trip to the Algarve, October\nTravellers: {P}, {P}, {P}\nVilla: {APT}\nLocal contact: {P}, {PHPT}\nFinal balance {SUBS} due {DATEEN}.",
    "Lesson booking: {P#1} with PGA professional {P}, {DATEEN} at {TIME}, 45 minutes, {GBP}. Venue: {CLUB}, {AU}. Reminder sent to {E#1}.",
    "Hey {G}! Found your wallet in the ball machine lol. Your driver's license says {AUS}, want me to drop it off? {N}",
    "Hi {N}, you're marking for {P} tomorrow at {TIME}. Hand the card in straight after the round. Thanks, the Competition Committee",
    "Member directory (extract)\n{RU}, {AU}, {PHUK}\n{RU}, {AU}, {PHUK}\n{RU}, {AUS}, {PHUS}",
    "Staff accommodation\nLandlord: {CLUB}\nTenant: {P}\nFlat: {AU}\nFrom {DATEEN}. Deposit {SUBS}.",
    "Reciprocal visit: {P} (handicap index {HCP}) and {P} ({HCP}) from our partner club in Sweden will play on {DATEEN}. Their host is {P}; their address in Sweden is {A}.",
    "Thank you card\nDear {G} and {G},\nThank you for hosting the Seniors at {au} after the Texas Scramble. Lovely evening!\n{P}, Seniors' Captain",
    "Pro shop order\nCustomer: {P}\nShip to: {AUSL}\nPhone: {PHUS}\nItem: custom-fit irons, 5-PW, stiff shafts",
    "Tee sheet note: {P} called, running late from {AUS}, please push the group back to {TIME}. Cell {PHUS}.",
    "Our new Head Greenkeeper, {P#1}, starts on {DATEEN}. {G#1} joins us from {CLUB}. Post for the greens team goes to the maintenance facility, {AUL}.",
    "Clubhouse closed for a private function on {DATEEN}. Visitors please use the temporary pro shop at {AU}.",
    "Invitation: inter-club match v {CLUB}\nVenue: {AUL}\nContact: {P}, {PHUK}",
    "Pairings for the {DAYEN} roll-up are on the board. Anyone needing a lift from {AU}, ask {G':f} husband.",
    "Your buggy booking for {DATEEN} at {TIME} is confirmed. Collect the key from the starter's hut. {CLUB}, {PHEN}",
    "Dear {P},\nThank you for renewing your membership. Your new bag tag will be posted to {AUL}.\nMembership Office",
    "Course Manager {S} advises that the 14th green is closed on {DAYEN} for drainage work.",
    "Raffle winner: ticket no. {NUM}, {P}. The prize (a four-ball voucher) will be posted to {AU}.",
    "Office hours this winter: Mon–Fri 9am–1pm, {PHEN}. Accounts queries to {CM}.",
    "Receipt sent to {E}. Thank you for visiting {CLUB}!",
    "Address labels – Members' Handbook\n{P}\n{AUL}\n\n{P}\n{AUL}",
    "Recommended B&Bs for visitors: The Links Guest House, {AU}; Fairways B&B, {AU}. Mention the club when booking.",
)

MIXED = (
    "Hej {G}! Kan du fixa tee times åt våra guests från London på {DAY}? Namnen: {P}, {P} och {P}. Handicaps runt {HCP}. Hotellet ligger på {A}. Please confirm till {E}. Tack!",
    "Booking confirmation / Bokningsbekräftelse\nDate/Datum: {DATE}, {TIME}\nPlayers/Spelare: {P#1}, {P}, {P}\nContact/Kontakt: {P#1}, {PH}, {E#1}\n{CLUB}, {CA}",
    "{g#1}: vem stänger shopen ikväll?\n{g#2}: jag, men {g:f} har nycklarna to the buggy shed\n{g#1}: ok no worries, jag ringer henne\n{g#2}: hennes nya nr är {PH} btw",
    "From: {P#1} <{E#1}>\nTo: {CM}\nSubject: Membership fee / medlemsavgift\n\nHej!\nI moved to Sweden last year and would like to join as a full member. Mitt personnummer är {PNR} och jag bor på {A}. Handicap index {HCP}.\n\nBest,\n{P#1}\n{PH}",
    "Kickoff meeting för Company Golf Day {DATE}\nAttendees: {P}\nAction points: {G} bokar shotgun, {G} fixar goodie bags, sponsorn {P} ({PH}) ringer tillbaka.\nVenue: {CLUB}, {CA}",
    "Hej team! Quick update on the greens: {P} (course manager) säger att hål 3 och 11 är stängda tills vidare pga vinterskador. Temporary greens are in play. Frågor till {E}.",
    "Start list / Startlista – Nordic Junior Open\n{TIME}  {P} (SWE) {HCP} · {P} (NOR) {HCP}\n{TIME}  {P} (FIN) {HCP}\nTournament director: {P}, {PH}\nVenue: {CA}",
    "Results / Resultat, Midsummer Scramble\n1. Team {S} ({G} och co) – 58\n2. Team {S} – 60\n3. Team {S} – 61\nGrattis och thanks for playing! Prize giving i klubbhuset, {CA}.",
    "Hi {G}, din membership renewal för 2027 är nu skickad till {A}. Amount: {AMT}. Betala via bankgiro {BG} with OCR {OCR}. Questions? Mejla {CM}.",
    "ANSÖKAN / APPLICATION\nName/Namn: {F#1}\nPersonnummer: {PNR}\nAddress/Adress: {AL}\nPhone: {PH}\nEmail: {E#1}\nPrevious club: {CLUB}, handicap index {HCP}",
    "{g#1}: can someone cover my shift imorgon?\n{g#2}: jag kan ta förmiddagen\n{g#1}: thanks!! då tar jag eftermiddagen\n{g#2}: 👍 sms:a mig på {PH} om nåt",
    "Från: {P#1} <{E#1}>\nTill: {P#2} <{E#2}>\nÄmne: Re: greenfee för hotel guests\n\nHi {N#2}, vi kör samma deal som förra året, {GF} per guest, fakturan till hotellet på {A}. /{G#1}",
    "Greenkeeping rota v. {WEEK}\nMon: {G} greens, {G} fairways\nTue: {G} bunkers och hole change\nOn call / Beredskap: {P}, {PH}",
    "Hej! This is a reminder att din starttid är {DATE} kl {TIME}. Please check in at reception 20 min innan. Directions / vägbeskrivning: {CA}. /{CLUB}, {PHC}",
    "Vi välkomnar {P#1} som ny head pro från {DATE}! {G#1} kommer närmast från {CLUB} och har jobbat i Spanien. Book your lessons via {CM} eller ring {PH}. Pro shop: {CA}.",
    "Handicap list / Handicaplista, Wednesday Ladies\n{R:f} {HCP}\n{R:f} {HCP}\n{R:f} {HCP}\n{R:f} {HCP}",
    "Invoice / Faktura {REF}\nCustomer: {S} Consulting AB, att. {P}\nAddress: {BOX}\nCompany golf day, 20 pers, lunch incl.\nTotal: {AMT}, bankgiro {BG}",
    "Visitors from abroad this week:\n{P}, {AU}, {PHX}\n{P}, {AX}, {PHX}\n{P}, {AUS}, {PHX}\nHost: {P}, {PH}",
    "Hej {G}!\nWelcome to {CLUB}! Ditt member card skickas till {AL}. Your buddy is {P}, {PH}. Intro-rundan är {DATE} kl {TIME}, see you there!",
    "Meeting notes styrelsen {DATE}\nPresent: {P} (chair), {P} (treasurer)\n- Budget för new irrigation: godkänd\n- {P} tar kontakt med leverantören, {PHX}\n- Next meeting hos {G} på {A}",
    'Lost & found: Rain jacket (XL, navy) hittad vid hål {HOLE}, står "{S}" på lappen. Pick up i receptionen, {CA}!',
    "@{g} did you book the simulator for {DAY}? {g} och jag vill köra 18 hål Pebble Beach lol",
    "Anmälan till Ladies Day {DATE}\n{P:f}, hcp {HCP}, golf-ID {GID}\n{P:f}, hcp {HCP}, golf-ID {GID}\n{P:f}, hcp {HCP}\nPlease pair us with {G:f} if possible!",
    "Från: {P#1} <{E#1}>\nÄmne: Staff contract season 2027\n\nHej {G},\nattached is your contract. Please sign och skicka tillbaka. Vi behöver ditt personnummer ({PNRW}?) och bankkonto för lönen. Din adress står som {A}, stämmer det?\n\n/{G#1}, HR",
    "Match report: {CLUB} vs {CLUB}\n{SG} won 3&2, {SG} lost 1 down, {P} och {P} halved the foursome.",
    "hej {g}!! missade du mitt sms? the tee time moved to {TIME}, vi ses vid rangen 👋",
    "Driving range cards sold today:\n{R} – 100 bollar\n{R} – 200 bollar (swish)\nCash up by {G}",
    "Ansökan golfbil / buggy permit\nMember: {F}, {PNR}\nAddress: {A}\nReason: hip replacement, doctor's note attached\nValid: hela säsongen 2027\nApproved by {P}",
    "Hi all! Glöm inte Pro-Am på {DAY}. Pairings: {P} (pro) med {P} och {P}. Second group TBC. Shotgun kl {TIME}.",
    "Hej {N}, your lesson with {P} är flyttad to {DATE} {TIME} pga regn. Reply to {PH} if it doesn't work. /Pro shop, {CA}",
    'Order från proshopen\nCustomer: {P#1}, {PH}\nItem: Putter 34", custom grip\nShip to: {A}\nReceipt sent to {E#1}',
    "Golf trip Spain v. 44 – final list\n{P}, {P}, {P}\nHotel: {AESL}\nLocal guide: {P}, {PHES}",
    "Tävlingsledare idag: {P}, {PH}. Rules official: {P}. Scoring: {Gi}. Any issues → ring tävlingsledaren.",
    'Member survey – svar från {P#1}: "Banan är i toppskick men the restaurant needs longer hours." Contact: {E#1}',
    "Change of address / adressändring: {R}, member {MEM}, new address {AL}. Ny telefon {PH}.",
    "Hej {G}! Your handicap index has been updated från {HCP} till {HCP} after your last three rounds. Grattis! /Handicap committee, {CM}",
    "Contract renewal\nSupplier: Greenkeeping Supplies {S} AB, {A}\nContact: {P#1}, {PH}, {E#1}\nItems: fertiliser, sand, seed\nSigned {DATE}, {P} (banchef)",
    "Sorry {G}, vi har ingen tee time kvar på lördag. Try söndag 8.30? Otherwise call {PHC}. /Reception",
    "Volunteers needed! Vi behöver marshals för Junior Tour {DATE}. Anmäl dig till {P#1}, {PH} eller {E#1}. So far: {G}. Meeting point: {CA}.",
    "Bag storage list / Bagförvaring\nNo {NUM}: {R}\nNo {NUM}: {R}\nNo {NUM}: {R}\nQuestions: {CM}",
    "Hej,\nPlease find attached the start list för Seniortouren. Observera att {P} och {P} har bytt boll. Last-minute changes till {P}, {PH}.\nBest regards / Mvh\n{P}\n{CLUB}\n{CAL}",
    "Family membership / familjemedlemskap\n{P#1}, {PNR}\n{P}, {PNR}\nKids: {G} ({PNRJ}) och {G} ({PNRJ})\nAddress: {A}\nInvoice to {P#1}, {E#1}",
    "Till alla medlemmar: the course is closed for frost till kl 10. Frågor till course manager {P}, {PH}.",
    "Grattis {P} till din första hole in one! Hål {HOLE}, 7-iron, witnessed by {P} and {P}. Drinks on you 🍺",
    "Employee details\nName: {P}\nPersonnummer: {PNRW}\nAddress: {AL}\nEmergency contact: {P}, {PH}\nStart: {DATE}",
    "{g#1}: nån som sett {gs} keys?\n{g#2}: de ligger i the office, på skrivbordet\n{g#1}: thx",
    "Sponsor agreement hole {HOLE}\nSponsor: Bilfirma {P} AB, {BOX}\nContact: {P#1}, {PH}, {E#1}\nClub: {CLUB}, org.nr {ORG}",
    "Hi {G}, tack för senast! Skickar invoice for the corporate day till {A} imorgon. Kind regards, {P}, {PHC}",
    "Seriespel lineup H40 vs {CLUB}: {SG:m}, {SG:m}, {SG:m}. Reserve: {SG:m}. Meet 7:30 at the clubhouse, carpool från {ST}.",
    "Scorer's hut report: {P} DQ – unsigned scorecard. Marker: {P}. Informed by {P} at {TIME}.",
    "Delivery / leverans: nya flaggor och tee markers levereras till {CAL} on {DATE}. Contact on site: {P}, {PH}.",
    "Hi! Jag skickade your membership card till fel adress, sorry! Correct address är väl {AL}? Please confirm. /{G}, kansliet",
    "Welcome pack for international members\nName: {P}\nHome address abroad: {AXL}\nAddress in Sweden: {A}\nMobile: {PHX}",
    "Parking / parkering: please use the overflow lot på {ST} during the Pro-Am. Shuttle bus var 15:e minut.",
    "Hej! {Gs} bag står kvar i bagrummet, can someone drop it off at {a} på vägen hem?",
    "SMS: Hi {G}! Din buggy är bokad {DATE} kl {TIME}. Pick up the key vid startboden. /{CLUB}",
    "Membership card 2027 skickat till {A}. Not arrived within a week? Ring {PHC}.",
    "Course manager {S} informerar: hål 14 closed {DAY} för dränering. Temporary green in play.",
    "Staff party / personalfest {DATE} hos {G}, {A}. Bring something for the grill!",
    "Kvitto / receipt skickat till {E}. Thanks for playing!",
    "Lotteriet: the winner is lott nr {NUM}, {P}! Prize skickas till {AL}.",
    "Shipping list / fraktlista, prizes from the Pro-Am:\n{P}, {A}\n{P}, {AX}\n{P}, {AU}",
    "Accommodation tips / boende: Golfhotellet, {A}; Strandpensionatet, {A}. Book via {PHC}.",
)

# Rows with no value at all, each used once: the genre's look-alikes.
NEGATIVES = (
    (
        "sv",
        "Banan är öppen för spel från {DATE}. Vintergreener på hål 3, 8 och 14 tills vidare. Mattor från fairway gäller på hela banan.",
    ),
    (
        "sv",
        "Golf-ID {GID}, handicapindex {HCP}, spelhandicap 18 från gul tee (tee 57). Course rating 71,2 och slope 128.",
    ),
    (
        "sv",
        "Faktura {REF}\nÅrsavgift fullvärdig medlem: {AMT}\nBankgiro {BG}\nOCR {OCR}\nOrg.nr {ORG}\nFörfallodag {DATE}",
    ),
    (
        "sv",
        "Swisha deltagaravgiften {GF} till klubbens Swishnummer {SWISH} och skriv medlemsnummer {MEM} i meddelandet.",
    ),
    (
        "sv",
        "Resultat: 72 brutto, 68 netto, {PTS} poäng. Birdie på hål {HOLE}, par på resten av andra nian och en dubbelbogey på sista.",
    ),
    (
        "sv",
        "Hål 7 – Björken. Par 4, 345 meter från gul tee. En stor ek står till vänster om green och bäcken korsar fairway vid 220 meter.",
    ),
    (
        "sv",
        "Greenfee {GF} vardagar, 650 kr helger. Junior under 21 år halv greenfee. Golfbil 350 kr per runda, dragvagn 50 kr.",
    ),
    (
        "sv",
        "Svenska Golfförbundet har uppdaterat regelverket för handicap. Läs mer i Min Golf eller på distriktets sida. Ändringarna gäller från {DATE}.",
    ),
    (
        "sv",
        "Lär dig spela golf! Nybörjarkurs fem tillfällen, {AMT} inkl. klubbor och bollar. Kursstart {DATE} kl. {TIME} vid rangen.",
    ),
    (
        "sv",
        "Klippning av greener sker måndag, onsdag och fredag från kl. 05.30. Sand i bunkrarna på hål 2 och 16 har bytts. Luftning vecka {WEEK}.",
    ),
    (
        "sv",
        "Per hål får man högst dubbel par netto i handicaprundor. Slår du fler slag plockar du upp bollen och går vidare.",
    ),
    (
        "sv",
        "Det blev en ren örn på hål 12 i dag, men ingen såg den. Sten i skon på hål 13 och ett ströbollsnät som rasat vid rangen.",
    ),
    (
        "sv",
        "Vi bor på hotellet i {TOWN} och spelar tre banor på fyra dagar. Bussen går från klubbhuset kl. {TIME}.",
    ),
    (
        "sv",
        "Kan ni klara att spela 18 hål på under fyra och en halv timme? Släpp igenom snabbare bollar och leta max tre minuter.",
    ),
    (
        "sv",
        "Hålbyte i dag: flaggorna står fram på 1–9 och bak på 10–18. Röd flagga = främre del av green, vit = mitten, blå = bakre.",
    ),
    (
        "sv",
        "Rangebollar: 30 kr för 35 bollar i automaten vid shopen. Kortet laddas i receptionen. Toptracer-fållorna är öppna till kl. 21.",
    ),
    (
        "sv",
        "Medlemsnummer {MEM} är spärrat för bokning tills årsavgiften är betald. Kontakta kansliet via Min Golf.",
    ),
    (
        "sv",
        "Lantmäteriet har godkänt fastighetsregleringen av Golfängen 1:14 och Västerby 3:7. Den nya gränsen går längs bäcken mellan hål 6 och 7.",
    ),
    (
        "sv",
        "Tävlingen ställs in på grund av åska. Varningen från SMHI gäller till kl. 18. Anmälningsavgiften återbetalas.",
    ),
    (
        "sv",
        "Skatteverket godkänner inte friskvårdsbidrag för greenfee men för golfkurs hos en PGA-tränare. Spara kvittot.",
    ),
    (
        "sv",
        "Ros och ris från enkäten: bra greener, dålig parkering, för få bänkar vid tee. Björk och lind vid hål 4 ska gallras.",
    ),
    (
        "sv",
        "Kolla vädret innan – blåser det mer än 12 m/s stänger vi korthålsbanan. Liv och hälsa går före golf.",
    ),
    (
        "sv",
        "Slaggolf, lagtävling: bästa tre av fyra scorer räknas. Särskiljning efter sista 9, 6, 3 och 1 hål.",
    ),
    (
        "sv",
        "Restaurangen har dagens lunch 125 kr, kaffe och bulle 35 kr. Stängt {DAY} för privat fest.",
    ),
    (
        "sv",
        "Ny robotgräsklippare från Husqvarna på korthålsbanan. Den kör nattetid mellan kl. 22 och 05, håll er borta.",
    ),
    (
        "sv",
        "Gå inte vilse i skogen: följ stigen från hål 9 till klubbhuset. Där kan du bo i någon av våra stugor, två nätter för 1 900 kr.",
    ),
    (
        "en",
        "Course status: open. Buggies allowed, paths only on 4 to 9. Temporary greens on the 3rd and 15th until {DATEEN}.",
    ),
    (
        "en",
        "Handicap index {HCP}, course handicap 14 from the yellow tees, par 72, course rating 71.4, slope 131.",
    ),
    (
        "en",
        "Green fees: £85 weekdays, £110 weekends. Twilight rate after 4pm. Buggy hire £35, trolley £5.",
    ),
    (
        "en",
        "Monthly Medal scoring: gross 78, nett 70, countback on the last 9, 6, 3 and 1 holes. Entry £5 in the box.",
    ),
    (
        "en",
        "Eagle on the 12th, birdie on the 13th, then a sandy lie in the greenside bunker on the 14th and a chip to two feet.",
    ),
    (
        "en",
        "Frank feedback from the survey: the greens are great, the car park is not. Will the committee act? Mark my words.",
    ),
    (
        "en",
        "Invoice {REF}: corporate day for 24 players, {SUBS} plus VAT. Company no. 04567812. Payment within 30 days.",
    ),
    (
        "en",
        "The R&A and the USGA have published the new Rules of Golf. England Golf will run workshops from {DATEEN}.",
    ),
    (
        "en",
        "Drew the ball back into the fairway, then found the heather, the gorse and finally the burn. Rose gold putter for sale, {GBP}.",
    ),
    (
        "en",
        "Hole 9, 'Heath': par 3, 178 yards over the brook. The glen behind the green is out of bounds.",
    ),
    (
        "en",
        "Pace of play: a round of 18 holes should take no longer than 4 hours 10 minutes. Please let faster groups through.",
    ),
    (
        "en",
        "Bill for the society day: £1,240 for 32 players, soup and sandwiches included. Cheques payable to the club.",
    ),
    (
        "en",
        "Range balls £3 per bucket of 50 from the machine by the pro shop. Toptracer bays open until 9pm on {DAYEN}.",
    ),
    (
        "en",
        "Winter rules apply: preferred lies on closely mown areas, place within six inches, not nearer the hole.",
    ),
    (
        "en",
        "Member no. {MEM} is blocked from booking until the subscription is paid. Please log in via the members' area.",
    ),
    (
        "en",
        "Grace period for renewals ends on {DATEEN}. After that a joining fee of {SUBS} applies again.",
    ),
    (
        "en",
        "The lee of the dunes on the 7th is sheltered; holly and ivy hedges line the 8th. Dawn tee times from 5:40 in summer.",
    ),
    (
        "mixed",
        "Course status / Banstatus: open. Vintergreener på hål 3 och 11, temporary tees on 7. Buggies paths only.",
    ),
    (
        "mixed",
        "Greenfee {GF} weekdays, 650 kr weekends. Junior half price. Buggy 350 kr per round, book in reception.",
    ),
    (
        "mixed",
        "Golf-ID {GID}, handicap index {HCP}, course handicap 16 från tee 53. Slope 126, CR 70,8.",
    ),
    (
        "mixed",
        "Invoice / faktura {REF}: Company golf day, {AMT} exkl. moms. Bankgiro {BG}, OCR {OCR}, org.nr {ORG}.",
    ),
    (
        "mixed",
        "Reminder: sista dag för anmälan till Club Championship är {DATE}. Entry fee 300 kr, pay via Swish {SWISH}.",
    ),
    (
        "mixed",
        "Shotgun start kl {TIME}, alla bollar ut samtidigt. Scramble format, best ball counts, lunch efteråt i restaurangen.",
    ),
    (
        "mixed",
        "Tee 57 for men, tee 49 för damer. Par 72, course rating 71,0, slope 129. Local rule: drop zone på hål 12.",
    ),
    (
        "mixed",
        "Weather update: åska enligt SMHI efter kl 15. If you hear the siren, lämna banan direkt.",
    ),
    (
        "mixed",
        "Per hole max double par i handicaprundor. Pick up and move on, det sparar tid för alla.",
    ),
    (
        "mixed",
        "New mowers från Toro levererade, old ones sold to {CLUB}. Service contract signed för tre år.",
    ),
    (
        "mixed",
        "Rangebollar 30 kr per 35 balls, kortet laddas i shopen. Toptracer open till 21 every day except {DAY}.",
    ),
    (
        "mixed",
        "Hål 14 'Eken': par 5, 478 m från gul. Big oak på vänster sida, water hazard framför green.",
    ),
    (
        "mixed",
        "Member no. {MEM} spärrat för bokning tills fee is paid. Log in via Min Golf to check status.",
    ),
    ("mixed", "Pro shop sale: Titleist balls 3 för 2, FootJoy shoes -30%, Ping drivers från {KR}."),
    (
        "mixed",
        "Frost delay imorgon: first tee time flyttad from 07:00 to {TIME}. Ring receptionen if unsure, or check the app.",
    ),
    (
        "mixed",
        "Mark your ball på green, repair your pitch marks och kratta bunkern efter dig. Thank you!",
    ),
    (
        "mixed",
        "Svensk Golf says the season starts early i år. Sweden's top amateurs play Nordic League in {TOWN} from {DATE}.",
    ),
)
