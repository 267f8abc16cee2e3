# ruff: noqa: E501
"""Templates of held-out BG (the thirty-eighth writer): municipal services and social insurance.

Slots (filled by `generate_bg.py`): a person is `{P}` (given and surname), `{p}` lower case, `{U}`
capitals, `{F}` with a second given name, `{FF}` two given names alone, `{G}`/`{g}` the given name,
`{N}`/`{n}` the short form people use, `{S}`/`{s}`/`{SU}` the surname, `{I}` initials and surname,
`{Gi}` the given name and the surname's initial, `{R}` `Surname, Given`, `{RF}` with a second
given name, `{RU}` `SURNAME, GIVEN`, `{E}` an e-mail address, `{EW}` a work address; a trailing `s`
is a Swedish genitive, a trailing `'` an English one (the ending is no part of the name); `#1`
names the same person again, `:f`/`:m` a woman or a man. Addresses: `{A}` one line, `{AL}` over
lines, `{AF}` with a flat, `{AN}` street and number, `{AS}` a street without number, `{AT}` street
and town, `{a}` lower case, `{BOX}`/`{BOXL}`, `{CO}`/`{COL}` a c/o, `{AU}`/`{AUL}`/`{au}` the UK,
`{AUS}` the US, `{AX}`/`{AXL}` abroad. `{PH}` Swedish, `{PHX}` foreign and `{PHUK}` British phone
numbers, `{PNR}` a personnummer, `{PNRO}` an old person's, `{PNRB}` a child's, `{EO}` an office's
mailbox. Other slots are no value: dates (`{DOB}` a date of birth too), amounts, case numbers,
organisation numbers, OCR numbers, number plates, property designations (`{FAST}`), towns alone
(`{TOWN}`), firms (`{LANDLORD}`, `{BUILDER}`, `{PARKING}`, `{CARE}`).

Unmarked on purpose, inside positive rows: agencies, firms (those named after their founders too),
hospitals and homes named after people (`Astrid Lindgrens barnsjukhus`, `Servicehuset Linnéa`,
`Mary Seacole House`), laws named after people (`lex Sarah`), towns, brands, capitalised words of the
genre, and property designations that look like names (`Freja 12`).
"""

from __future__ import annotations

# Firms and bodies a careless detector might take for people; none is marked, not even those
# named after their founders (`Sandbergs Måleri AB`): a firm's name is an organisation's.
LANDLORDS = ("Heimstaden", "Akelius", "Wallenstam", "Riksbyggen", "HSB", "Familjebostäder", "Stena Fastigheter", "Willhem", "Balder", "Carl Nordh Fastigheter", "Bostads AB Mimer", "Victoriahem")  # fmt: skip
BUILDERS = ("Sandbergs Måleri AB", "Byggfirma Lindqvist & Son AB", "Ekström Arkitekter AB", "Anderssons Mark & Trädgård", "Johanssons Rör AB", "Bröderna Nilsson Bygg AB", "Peab", "Skanska", "JM", "NCC", "Ikea", "Hertz")  # fmt: skip
PARKING = ("Aimo Park", "Q-Park", "Apcoa", "Securitas", "EasyPark", "Parkering Malmö")  # fmt: skip
CARE = ("Attendo", "Humana", "Vardaga", "Ambea", "Hemfrid", "Förenade Care", "Stiftelsen Ersta diakoni")  # fmt: skip
FIRMS = LANDLORDS + BUILDERS + PARKING + CARE

SV = (
    # Försäkringskassan: sjukpenning, föräldrapenning, bostadstillägg, vab
    """Försäkringskassan
Beslut om sjukpenning
{DATE}

{P#1}
{AL}

Personnummer: {PNR}

Du får sjukpenning på {PCT} procent från och med {DATE}. Beslutet har fattats av handläggare {P#2}. Har du frågor är du välkommen att ringa {G#2} på {PH} eller skriva via Mina sidor.""",
    "Hej {G}! Vi har tagit emot din ansökan om föräldrapenning för {F} ({PNRB}). Handläggningstiden är just nu ungefär {NUM} dagar. Vänliga hälsningar, {P}, Försäkringskassan",
    """Ansökan om bostadstillägg
Sökande: {RF#1}
Personnummer: {PNR}
Make/maka/sambo: {R}
Bostadsadress: {AF}
Hyresvärd: {LANDLORD}
Telefon dagtid: {PH}
E-post: {E#1}""",
    "Försäkringskassan har fått ett läkarintyg från Danderyds sjukhus för {P}, {PNR}. Intyget är utfärdat av överläkare {I} och gäller {PCT} procents nedsättning av arbetsförmågan.",
    "Anteckning {DATE}: Ringde {P#1} på {PH}. {G#1} uppger att arbetsgivaren Samhall inte kan erbjuda anpassade arbetsuppgifter. Avstämningsmöte bokas med {Gs#1} chef {P} och företagshälsovården.",
    """Anmälan om tillfällig föräldrapenning (vab)
Förälder: {P}, {PNR}
Barn: {F}, {PNRB}
Datum: {DATE}
Anledning: barnet sjukt, förskolan Trollet stängd""",
    "Beslut: Du har inte rätt till sjukpenning i särskild sjukpenninggrundande inkomst (SGI-skydd) för perioden. Beslutet gäller {RF}, {PNR}. Om du vill att vi ändrar beslutet ska du begära omprövning senast {DATE}. Handläggare {I}, Försäkringskassan. Kundcenter: {PH}.",
    "Till Försäkringskassan, {BOX}\n\nBegäran om omprövning\nJag, {P}, begär omprövning av beslutet om sjukersättning daterat {DATE}. Jag har bifogat nytt intyg från Sahlgrenska Universitetssjukhuset.\n\n{P#2}\nOmbud, Funktionsrätt Sverige\n{PH}",
    "Föräldrapenning – överlåtelse av dagar\n{P#1:f} ({PNR}) överlåter {NUM} dagar till {P#2:m} ({PNR}).\nUnderskrift: {U#1}",
    "Hej {N}, det är {G} på Försäkringskassans utbetalningsenhet. Din sjukpenning för {DATE} betalas ut den 25:e. Hör av dig på {PH} om kontonumret ska ändras.",
    # Skatteverket: folkbokföring, skattebesked, flytt, bouppteckning
    """Skatteverket
Folkbokföring

Flyttanmälan registrerad
{P}, {PNR}, är från och med {DATE} folkbokförd på {A}.
Tidigare adress: {A}""",
    """SKATTEBESKED {YEAR}
{RU}
{AL}
Personnummer {PNR}

Slutlig skatt: {AMT}
Att betala: {AMT}
Betala till Skatteverkets bankgiro {BG} med OCR-nummer {OCR} senast {DATE}.""",
    "Ärende {DNR}: Skatteverket har fått uppgift om att {P#1} har flyttat till {AX}. Utflyttningen registreras från {DATE}. Kontaktperson i Sverige: {P}, {PH}.",
    "Begäran om rut-avdrag: städning utförd av Hemfrid åt {P} ({PNR}) på {AN}. Utförare org.nr {ORGNR}. Arbetskostnad {AMT}.",
    "Bouppteckning efter {F}, {PNRO}, som avled {DATE} i {TOWN}.\nDödsbodelägare: {P:m} (son), {P:f} (dotter), {P} (barnbarn)\nFörrättningsmän: {P} och {P}, Fonus\nBoets adress: {COL}",
    "Hej! Jag heter {P} och flyttade hem från Norge i {MONTH}. Jag bor nu hos min syster {G:f} på {A}. Mitt personnummer är {PNR}. Vad behöver jag skicka in för att bli folkbokförd?",
    "Anmälan om namnbyte: {P#1:f} ({PNR}) vill byta efternamn till {S}, sin makes efternamn. Vigseln ägde rum {DATE} i Uppsala domkyrka.",
    "Skatteverket – Kontroll av folkbokföring\nVi har fått information om att {P} och {P} kanske inte bor på {AF}. Fastighetsägare enligt registret: {LANDLORD}. Kontakta handläggare {P} på {PH} inom {NUM} dagar.",
    "Kvittens, Skatteverkets servicekontor {TOWN}\nLegitimerad: {P}\nPersonnummer: {PNR}\nÄrende: ansökan om id-kort\nHandläggare: {Gi}",
    # Socialtjänst: journalanteckningar, orosanmälan, ekonomiskt bistånd
    """Journalanteckning {DATE}
Klient: {R#1}, {PNR}
Handläggare: socialsekreterare {P#2}

Hembesök på {AF}. {G#1} bor med sina två barn. Kylskåpet är tomt. Ekonomiskt bistånd beviljas för livsmedel. Ny kontakt {DATE}.""",
    """Orosanmälan
Anmälare: förskollärare {P}, förskolan Trollet
Barn: {F}, {PNRB}
Vårdnadshavare: {P} och {P}
Adress: {AL}
Tel: {PH}""",
    "Beslut om försörjningsstöd: {P} beviljas {AMT} för {MONTH}. Beslutet kan överklagas till Förvaltningsrätten i {TOWN} inom tre veckor. Socialsekreterare {P}, Individ- och familjeomsorgen.",
    "Samtal med {G#1} ({AGE} år). {G#1} berättar att hyresvärden {LANDLORD} har skickat en betalningsanmaning. Kontakt tas med budget- och skuldrådgivare {P}, tel {PH}.",
    """Lex Sarah-rapport
Datum: {DATE}
Verksamhet: Hemtjänst Centrum
Rapporterad av: undersköterska {P}
Berörd brukare: {Gi}, {AT}
Händelse: missad läkemedelsgivning""",
    "Uppdrag som kontaktperson enligt LSS\nKontaktperson: {P}, {A}, {PH}\nBrukare: {P}\nArvode: {KR} kr per månad, omkostnad {KR} kr",
    "Överförmyndarnämnden har förordnat {P} som god man för {P} ({PNR}). God mans adress: {BOX}.",
    "Utredning enligt 11 kap. 1 § SoL inleds avseende {F} ({PNRB}). Barnets mamma {P:f} nås på {PH}; pappan {P:m} är bosatt i {AX}, tel {PHX}.",
    "Anteckning: {Ss#1} hyreskontrakt på {AN} sägs upp {DATE}. {G#1} har fått plats på Stadsmissionens härbärge. Nästa möte med Arbetsförmedlingen är bokat.",
    "SMS till klient {DATE}: Hej {G}, påminnelse om ditt möte med mig på Socialkontoret, {AN}, {DATE} kl {TIME}. Ring {PH} om du får förhinder. /{Gi}",
    "Ansökan om ekonomiskt bistånd\nSökande: {RF#1}\nMedsökande: {R}\nAntal barn i hushållet: {KIDS}\nHyra: {AMT}\nBankkonto: Swedbank\nKontakt: {PH} / {E#1}",
    # Bygglov och grannehörande
    """Grannehörande
Ansökan om bygglov för tillbyggnad av enbostadshus
Fastighet: {FAST}, {AN}
Sökande: {P} och {P}
Eventuella synpunkter ska ha kommit in till byggnadsnämnden senast {DATE}, antingen till {BOX} eller till {EO}. Ange diarienummer {DNR}.""",
    """Beslut om bygglov
Diarienummer: {DNR}
Fastighet: {FAST}
Sökande: {RF}
{AL}
Åtgärd: nybyggnad av garage
Beslutet har fattats av bygglovshandläggare {P} på delegation. Avgift: {AMT}.""",
    "Hej! Vi som bor på {AN} har sett att grannen {S} håller på att bygga ett plank på nästan två meter mot vår tomt. Har de bygglov? Mvh {P}, tel {PH}",
    "Startbesked\nKontrollansvarig: {P} (certifierad)\nByggherre: {P}, {A}\nEntreprenör: {BUILDER}, org.nr {ORGNR}\nTekniskt samråd hölls {DATE}.",
    "Svar på grannehörande: Jag, {P#1}, ägare till {FAST}, har inget att invända mot att {P} bygger en altan på sin tomt.\n{DATE}\n\n{U#1}\nNamnförtydligande",
    "Protokoll tekniskt samråd {DATE} kl {TIME}\nNärvarande: {P} (byggherre), {P} (KA), {I} (byggnadsinspektör)\nPlats: Stadshuset, sal Vänern",
    "Anmärkning vid platsbesök på {AT}: attefallshuset är placerat 3,2 meter från tomtgräns mot {FAST}. Grannen {P} har lämnat skriftligt medgivande. Inspektör {S}.",
    "Till byggnadsnämnden\nJag vill överklaga beslutet om bygglov för {FAST} (ägare {P}). Huset skymmer utsikten från vårt hus på {AS}. {P#1}, {E#1}",
    "Slutbesked lämnas för {FAST}. Byggherre: {RU}. Fakturaadress: {COL}. Kontrollansvarig {P} har lämnat utlåtande.",
    "Bygglovsenheten: {P#1} ringde från {BUILDER} och frågade om rivningslov för ladan på {FAST}. Återkoppla till {G#1} på {PH} eller {EW#1}.",
    # Parkering
    """KONTROLLAVGIFT
Fordon: {REG}
Plats: {AS}, utanför nr {NUM}
Datum: {DATE} kl {TIME}
Överträdelse: parkering på plats reserverad för rörelsehindrade
Avgift: {KR} kr
Betala till bankgiro {BG} med OCR {OCR}""",
    "Bestridande av kontrollavgift\nJag, {P#1}, {PNR}, bestrider avgiften för bil {REG}. Jag hade giltigt parkeringstillstånd. Svar skickas till {A} eller till {E#1}.",
    "Hej, min bil ({REG}) fick en felparkeringsavgift på {AS} trots att skylten var täckt av snö. Kan ni ringa mig på {PH}? // {G}",
    """Ansökan om parkeringstillstånd för rörelsehindrade
Sökande: {R}
Personnummer: {PNR}
Adress: {A}
Läkarintyg: leg. läkare {I}, Vårdcentralen Kronan
Tel: {PH}""",
    "Boendeparkering: {P} på {AF} har beviljats boendeparkering i zon {BAND} för fordonet {REG}. Tillståndet gäller till {DATE}.",
    "Parkeringsbolaget {PARKING} har överlämnat fordringen mot {P} ({PNR}) till inkasso. Skulden avser en kontrollavgift på {AS} från {DATE}.",
    "Flyttning av fordon: Bil {REG} står på {AN} sedan {DATE}. Ägare enligt vägtrafikregistret: {RU}, {A}. Beslut om flytt fattat av trafikingenjör {P}.",
    # Hemtjänst, färdtjänst, särskilt boende
    """Beslut om bistånd enligt 4 kap. 1 § SoL
Namn: {F}
Personnummer: {PNRO}
Adress: {AF}
Beviljad insats: hemtjänst {HOURS} timmar per månad, trygghetslarm, matdistribution
Biståndshandläggare: {P}, tel {PH}""",
    "Hemtjänsten Solgläntan informerar: ny kontaktman för {P} är undersköterska {P:f}. Vid frågor, ring gruppen på {PH}.",
    "Anhöriga: dottern {P:f}, {PH}, och sonen {P:m}, {PHX}. Nyckel finns i nyckelgömma vid ytterdörren.",
    "Vi har pratat med {Gs} dotter {G:f} och hon vill bli kontaktad på {PH}. Insatsen startar {DATE} och utförs av {CARE}.",
    """Färdtjänsttillstånd
Tillståndshavare: {RF}
Personnummer: {PNRO}
Giltigt till och med: {DATE}
Ledsagare: {P}
Hemadress: {A}""",
    "Avvikelse: besöket hos {P#1} på {AT} kl {TIME} blev inställt eftersom {G#1} låg på Sankt Görans sjukhus. Kontakta {P} på {PH}.",
    "Till servicehuset Linnéa, {AN}. Ansökan om särskilt boende för {P} ({PNRO}). Ombud: {P#1}, {A}, {E#1}.",
    "Trygghetslarm – installationsprotokoll\nBrukare: {RU}\nAdress: {AF}\nPortkod: {NUM}{NUM}\nKontaktperson 1: {P}, {PH}\nKontaktperson 2: {P}, {PH}",
    "Uppföljning av hemtjänstinsats {DATE}. Närvarande: {P#1} (brukare, {AGE} år), {P} (anhörig), biståndshandläggare {I}. {G#1} vill ha hjälp med dusch två gånger i veckan.",
    "Meddelande från hemtjänsten: {G} på {AN} har fått nytt nummer, {PH}. Ringer anhöriga från {PHX} går det bra att lämna meddelande.",
    "Anmälan om trygghetslarm\nFör: {F}, {PNRO}\nBor på: {AL}\nNärmast anhörig: {P#1}, {PH}, {E#1}",
    # Bostadskön
    "Bostadskön\nDu står i kön med {NUM} köpoäng.\nDina kontaktuppgifter: {P#1}, {A}, {PH}, {E#1}.\nLogga in med BankID för att ändra.",
    "Erbjudande om visning: 2 rok på {AN} i {TOWN}. Hyresvärd: {LANDLORD}. Visning {DATE} kl {TIME}. Kontakt: {P}, {PH}.",
    """Intresseanmälan
Namn: {P}
Medsökande: {P}
Nuvarande adress: {COL}
Årsinkomst: {AMT}
Husdjur: katt""",
    "Hej! Jag har bott inneboende hos {P} på {AN} i två år och har stått i kön sedan {YEAR}. Kan jag få förtur på grund av min sjukdom? Mvh {P}",
    "Förtursansökan – medicinska skäl\nSökande: {R}, {PNR}\nIntyg: Astrid Lindgrens barnsjukhus, leg. läkare {P}\nNuvarande bostad: {AF}",
    "Kontrakt: Hyresgäst {P}, {PNR}. Lägenhet nr {NUM}{NUM}, {AF}. Hyra {AMT} per månad. Hyresvärd: {LANDLORD}, org.nr {ORGNR}.",
    "Bostadsförmedlingen har tagit bort {Ps} köplats eftersom köavgiften inte betalats. Vill du stå kvar, kontakta oss på {PH} eller {EO}.",
    "Andrahandsuthyrning: {P} ({PNR}) ansöker om att hyra ut lägenheten på {AF} till {P} under {NUM} månader.",
    # Kontaktcenter: chatt och samtalsanteckningar
    """Chatt {DATE}
{g#1}: hej jag behöver hjälp med hemtjänst till min pappa
Kontaktcenter ({G#2}): Hej! Vad heter din pappa och var bor han?
{g#1}: han heter {p:m} och bor på {a}""",
    """[10:41] Besökare: hej, jag fick en p-bot på {AS} igår
[10:42] {G} (Kontaktcenter): Hej! Har du registreringsnumret?
[10:44] Besökare: {REG}. jag heter {p} förresten""",
    "hej! tack {n} för hjälpen igår med bygglovet :) /{g}",
    "Vidarebefordrat till socialtjänsten: uppringare {P}, {PH}, vill göra en orosanmälan om familjen på {AN}.",
    "Samtalsanteckning kontaktcenter: {U} ringde angående sophämtning, tömning uteblev på {AT}. Återkoppla på {PH}.",
    "Chatt: {g#1}: hej kan man söka bygglov för pool? bor på {a}\nKontaktcenter: Hej {g#1}! En pool kräver oftast inte bygglov, men kontakta bygglov på {PH}.",
    """Från: {P#1} <{E#1}>
Skickat: {DATE} {TIME}
Till: Kontaktcenter <{EO}>
Ämne: Trasig gatubelysning

Hej, lampan utanför {AN} har varit trasig i tre veckor. Kan ni skicka någon?
Mvh {G#1}""",
    """Från: {EO}
Till: {E#1}
Ämne: SV: Ärende {DNR}

Hej {G#1}!
Tack för ditt meddelande. Ditt ärende har skickats vidare till {P}, enhetschef på Äldreomsorgen.

Med vänlig hälsning
{P#2}
Kontaktcenter, {TOWN} kommun
{PH}""",
    "kund: hej det är {p}, jag ringde i förrgår om min mammas färdtjänst\nhandläggare: hej! vad är hennes personnummer?\nkund: {PNRO}",
    "Återuppringning önskas: {R}, tel {PH}, gäller faktura för barnomsorg. Ring efter kl {TIME}.",
    'Klagomål inkommet via kommunens webb {DATE}: "Grannen på {AN} eldar sopor på tomten varje helg." Anmälare: {P#1}, {E#1}. Skickat till miljöförvaltningen.',
    # Blandat: underskrifter, intyg, listor
    """Med vänlig hälsning

{P#1}
Biståndshandläggare
Vård- och omsorgsförvaltningen
Tel: {PH}
E-post: {EW#1}""",
    "Deltagarlista informationsmöte om nya bostadsområdet Västra Ryd {DATE}:\n1. {R}\n2. {R}\n3. {R}\n4. {RU}",
    "Fullmakt\nJag, {F}, {PNR}, ger härmed {P}, {PNR}, fullmakt att företräda mig i kontakter med Försäkringskassan, Skatteverket och socialtjänsten.\nOrt och datum: {TOWN} {DATE}",
    "Intyg: {P} har deltagit i samhällsorientering på Komvux Centrum, {AN}, under våren. Lärare: {P}",
    "Handläggare ändrad: Från och med {DATE} är det {P} och inte {P} som handlägger ditt ärende om bostadsanpassning. Nås på {PH} mån–tors.",
    "Ansökan om bostadsanpassning\nSökande: {RF}\nAdress: {AF}\nÅtgärd: borttagning av tröskel, duschplats\nArbetsterapeut: {P}, Region Stockholm\nTel: {PH}",
    "Protokoll socialnämndens arbetsutskott {DATE}\n§ {NUM} Ärende rörande {SU}, {PNR}\nFöredragande: {P}\nBeslut: i enlighet med förvaltningens förslag",
    "Meddelande till {P}: Vi har försökt nå dig på {PH} utan att lyckas. Ditt ärende om färdtjänst ligger kvar hos oss. Ring kundtjänsten, öppet vardagar {TIME}–16.",
    # Titlar, former och hårda fall
    "Till fru {S#1:f}\n{AL}\n\nAngående er ansökan om hemtjänst: vi behöver ett läkarintyg innan beslut kan fattas. Kontakta mig gärna.\n\n{P}, biståndshandläggare",
    "Rektor {P} på Kvarnbyskolan har kontaktat socialtjänsten om eleven {F} i klass 4B. Mamman, {P:f}, har informerats om anmälan.",
    "VD {P} på {BUILDER} har ansökt om bygglov för en lagerbyggnad på {FAST}. Kontaktperson i ärendet: {P#1}, {EW#1}.",
    "Hemsjukvården, sjuksköterska {P}: {Gs#1} sår läker bra. Anhörig {P} informerad per telefon {PH}.",
    "NAMN: {RU}\nPERSONNUMMER: {PNR}\nADRESS: {A}\nTELEFON: {PH}\nÄRENDE: BOSTADSKÖ",
    "Skicka beslutet till {P}, {CO}. Hen har tillfällig adress där under renoveringen.",
    "Ny postadress för {P} från {DATE}:\n{BOXL}",
    "chatt: hej söker handläggare {s:m} på bygglov, han skulle ringa mig i tisdags. mitt nr {PH}",
    "Anmälan om barnomsorg\nBarnets förnamn: {FF#1}\nEfternamn: {S#1}\nPersonnummer: {PNRB}\nVårdnadshavare: {P}, {PH}",
    "Tack {N} och resten av hemtjänstgänget för i somras! Mamma pratar fortfarande om er. /{P}",
    "hej jag ringer om {gs:f} färdtjänst, hon bor på {a} och kortet har inte kommit",
    "Familjen {S} på {AN} har ansökt om bostadsanpassning för sonen {G:m}.",
    "Handläggare: {SU}\nBeslutsdatum: {DATE}\nÄrende: {DNR}\nSökande: {R}",
    "Socialsekreterare {I} och kurator {P} träffade {P} på Ungdomsmottagningen. Uppföljning bokad till {DATE}.",
    "Nämndens ordförande {P} (S) och vice ordförande {P} (M) deltog inte i beslutet om bygglov för Ikea-varuhuset.",
    "Distriktssköterskan {G} ringde: {P:f} ({PNRO}) behöver trygghetslarm snarast. Hon bor ensam på {AF}.",
    "Kontrollavgift – omprövning. Fordonsägare enligt registret: {P}, {A}. Föraren vid tillfället: {P}, {PH}.",
)

EN = (
    # Council tax
    """Council Tax Bill 2027/28
Account reference: {REF}

{RU}
{AUL}

Property band: {BAND}
Annual charge: {GBP}
Single Person Discount (25%) applied.
Pay by Direct Debit or call us on {PHUK}.""",
    "Dear Mrs {S:f},\n\nThank you for telling us that {P} has moved out of {AU}. We have removed the Single Person Discount from {DATEEN} and a new bill will follow.\n\nYours sincerely,\n{P}\nRevenues and Benefits",
    "Council Tax Reduction application\nName: {P#1}\nPartner: {P}\nAddress: {AU}\nPhone: {PHUK}\nEmail: {E#1}\nNumber of children: {KIDS}",
    "Our records show that {P#1} is the only adult living at {AU}. If {G#1} no longer lives alone, or someone has moved in, please tell us within 21 days at {EO}.",
    "Dear Sir or Madam,\n\nRe: Council Tax account {REF}, {P#1}\n\nI wish to appeal against the band {BAND} valuation of my property at {AU}. The Valuation Office Agency placed it above the houses on both sides.\n\nKind regards,\n{P#1}",
    "Enforcement notice: the liability order for {P}, {AUL}, has been passed to Marston Holdings. Enforcement agent: {P}, tel {PHUK}.",
    "Council Tax – change of address\nOld address: {AU}\nNew address: {AU}\nDate of move: {DATEEN}\nNew landlord: {P}, {PHUK}",
    "Hi, I'm writing on behalf of my mum, {P:f}, who has dementia and qualifies for the severe mental impairment discount. Her GP is Dr {S} at the Park Lane Surgery. You can reach me on {PHUK}. Thanks, {G}",
    "Student exemption: {P} is a full-time student at King's College London and lives at {AU}. Certificate attached from Student Records ({E}).",
    # Benefits
    """Housing Benefit decision
Claimant: {P}
Partner: {P}
Address: {AU}

We have worked out that you are entitled to {GBPW} a week from {DATEEN}. If you think this is wrong, contact {P} in the Benefits team on {PHUK}.""",
    "Universal Credit journal, {DATEEN}: Hi {G}, your work coach {P} has booked a phone appointment for you on {DATEEN} at {TIME}. We will call you on {PHUK}.",
    "I am writing to tell you that my son {F:m} has moved out to {AU} and no longer lives with me. Please update my Housing Benefit. {P}",
    "Change of circumstances\nName: {R}\nDate of birth: {DOB}\nNew partner moved in: {P}\nPartner's income: {GBP} per month\nSigned: {P}",
    "Pension Credit: Mr {P:m} of {AU} has been awarded {GBPW} a week. His daughter {P#2:f} ({E#2}) holds power of attorney.",
    "Dear {G},\n\nWe have not received the payslips we asked for. Please send them to {EO} or post them to Benefits Service, {AU}, by {DATEEN}.\n\n{P}\nAssessment Officer",
    "Discretionary Housing Payment: approved for {P} at {AUL}. Amount: {GBP}. Officer: {I}.",
    # Adult social care, blue badge, parking
    "Adult Social Care assessment: {P} (aged {AGE}) lives alone at {AU}. Next of kin: daughter {P:f}, {PHUK}. Care provider: Bluebird Care, four visits a day.",
    "Blue Badge application\nApplicant: {U#1}\nAddress: {AU}\nGP: Dr {S}, Victoria Road Surgery\nContact: {PHUK} / {E#1}",
    """PENALTY CHARGE NOTICE
Vehicle registration: {REGUK}
Location: {AU}
Contravention: parked in a residents' or shared use parking place without a valid permit
Civil Enforcement Officer: CEO {NUM}{NUM}
Amount: £70, reduced to £35 if paid within 14 days""",
    "I'd like to challenge PCN {REF}. I was unloading shopping for my neighbour, {P}, who is disabled, outside {AU}. Regards, {P}, {PHUK}",
    "Resident parking permit renewed for {P}, {AU}, vehicle {REGUK}. Permit zone {BAND}.",
    "Safeguarding referral: concerns raised by district nurse {P} about {P} ({AGE}) at Mary Seacole House, {AU}. Son {P:m} can be contacted on {PHUK}.",
    "Care home fees: the council will pay the care home directly for {P}. Property at {AU} will be subject to a deferred payment agreement. Solicitor: {P#1}, {EW#1}.",
    # Housing options
    "Housing register: {P} and {P} have been placed in Band {BAND}. Current address: {AU}. Please bid on properties through Home Choice each Thursday.",
    "Homelessness application, {DATEEN}\nApplicant: {R}\nTemporary address: {AU}\nCaseworker: {P}, {PHUK}, {EW}",
    """From: {P#1} <{E#1}>
To: Housing Options <{EO}>
Subject: Damp in our flat

Hi, we have had black mould in the bedroom at {AU} since January. Our landlord, {P}, won't reply. Can someone inspect?
{G#1}""",
    # Swedish services, in English
    """Swedish Social Insurance Agency (Försäkringskassan)
Decision on parental benefit
Name: {P}
Personal identity number: {PNR}
Address: {A}

You will receive parental benefit for {NUM} days. Questions? Call {PH}.""",
    "Skatteverket (Swedish Tax Agency) has registered {P} ({PNR}) at {A} from {DATEEN}. Accompanying family member: {P} ({PNR}).",
    "Hello, my name is {P} and I moved to Sweden from {AUS} in March. My personnummer is {PNR}. I applied for a place in the housing queue but never got a confirmation. My phone is {PH}.",
    "Hi, I received a parking fine (kontrollavgift) for car {REG} on {AS}. The sign was hidden by a tree. Please contact me at {E#1}. {P#1}",
    "Building permit decision (bygglov) for {FAST}, {AN}. Applicant: {P}. The neighbours {P} and {P} were consulted and had no objections.",
    "Home care decision: {P}, {PNRO}, living at {AF}, has been granted home help {HOURS} hours per month and a safety alarm. Needs assessor: {P}, {PH}.",
    "Case note (social services): Met {P#1:f} and her interpreter at the office on {AS}. {G#1} says the landlord {LANDLORD} wants her out of {AN}. Next meeting {DATEEN}.",
    "Proxy: I, {P}, born {PNR}, authorise {P} to collect my post and handle my case with the Swedish Migration Agency and the Tax Agency.",
    # Chat
    """Live chat, {DATEEN}
Visitor: hi, i'm {p} and my bin hasn't been emptied
Agent ({G}): Sorry about that! What's your address?
Visitor: {au}""",
    "Visitor: hello my mum {p:f} needs a blue badge, she lives at {au}\nAgent: Thanks, can I take a phone number?\nVisitor: {PHUK}",
    "agent: hi {n}, thanks for waiting. I can see your council tax account. is {au} still your address?\nvisitor: yes",
    "[15:07] Citizen: hi can u tell me when my housing benefit gets paid? name {p#1}\n[15:09] Advisor {G}: Hi {G#1}, it's paid every second Monday.",
    # Signatures, lists, forwarded mail
    """Kind regards,

{P#1}
Senior Benefits Officer
Revenues & Benefits Service
Tel: {PHUK}
Email: {EW#1}""",
    """---------- Forwarded message ---------
From: {P#1:f} <{E#1}>
Date: {DATEEN}
Subject: council tax arrears

Hi {G}, can you look at this one? {S#1} says she paid in full at the Post Office.
Thanks, {N}""",
    "Attendees, tenants' meeting {DATEEN}: {P}, {P}, {I}, {P} (chair), Cllr {S} and officers from Pennine Housing.",
    "Landlord details for {AU}: {R}, {AUL}, tel {PHUK}. Letting agent: Hunters.",
    "Overpayment notice: {P} was overpaid {GBP} in Housing Benefit because {G'} partner's earnings were not reported. Recovery officer {Gi}.",
    "Free School Meals: approved for {F} at St Mary's Primary. Parent: {P}, {AU}.",
    "Dear Cllr {S},\nI live at {AU} and the council has ignored my complaint about fly-tipping for six weeks. Case ref {REF}.\n{P}\n{PHUK}",
    "Funeral payment claim: deceased {F}, died {DATEEN} at Queen Elizabeth Hospital. Claimant: {P:f} (daughter), {AU}. Funeral director: Co-op Funeralcare.",
    "Care leaver support: {P} (personal adviser {P}) moves into a council flat at {AU} on {DATEEN}. Emergency contact: {PHUK}.",
    "US address for refunds: {P}, {AUS}, phone {PHX}. Refund of council tax overpayment {GBP}.",
    "{P'} daughter rang from Spain ({PHX}) about the care package at {AU}. Her address there: {AX}.",
    # Titles, forms and hard cases
    "Dear Ms {S:f},\n\nYour application for a Council Tax Reduction has been approved from {DATEEN}. Your new bill is enclosed.\n\nRevenues Team",
    "Dr {P}, Consultant Geriatrician at St George's Hospital, recommends that {P} ({AGE}) is assessed for residential care before discharge.",
    "Miss {I:f}\n{AUL}\n\nReference: {REF}\nYour Housing Benefit has been suspended pending review.",
    "Cheers {N}! Thanks for sorting the bin collection so quickly. – {P}",
    "Re: {S'} application for a Blue Badge. We need a recent photograph and proof of address ({AU}).",
    "Account holder: MR {RU:m}\nProperty: {AU}\nLiable from: {DATEEN}",
    "Forenames: {FF#1}\nSurname: {SU#1}\nAddress: {AUL}\nPhone: {PHUK}",
    "Moving from the US? {P} ({AUS}) asks whether a council tax exemption applies while the house at {AU} is empty.",
    "Nurse {P} from the Rapid Response team visited {G'} flat at {AU}. Daughter-in-law {P:f} was present.",
)

MIXED = (
    "Hej! I got a letter from Skatteverket saying my folkbokföring is wrong. My name is {P} and my personnummer is {PNR}. I actually live at {A} since {DATE}.",
    "Hi {G}, tack för mötet igår! Attaching the bygglovsansökan for the carport at {AN}. Let me know if the ritning is ok. /{P}",
    "{g}: hej, can someone help me med föräldrapenning? my partner {g} wants to transfer days to me\nKontaktcenter: Hej! Ja, det gör ni på Mina sidor med BankID.",
    "Hej Försäkringskassan, I'm {P}, {PNR}. Jag är sjukskriven sedan {DATE} but I haven't received any sjukpenning yet. Please call me på {PH}.",
    "Subject: Bostadskön – change of email\nHej, please update my e-mail to {E#1}. Namn: {P#1}, adress: {A}. Tack!",
    "Hi! Min granne {P} is building a huge altan right against our staket on {AS}. Har hen bygglov? Best, {G}",
    "Parkeringsboten för {REG}: I was only there for five minutes to drop off my mamma at the vårdcentral. Namn: {P}, tel {PH}.",
    "Hej {G#1}! Your hemtjänst schedule is ready: måndag och torsdag kl {TIME}. Contact person: {P}, {PH}. /{G}, Hemtjänst Väster",
    "FYI: {P:f} från socialtjänsten called about the orosanmälan. She wants to meet us {DATE}. Kan du? /{n}",
    "Hej! We're moving from {AUL} to {A} next month. Vad behöver vi göra med Skatteverket? My wife {P:f} is a Swedish citizen, I'm not. /{P:m}",
    """From: {P#1} <{E#1}>
To: {EO}
Subject: Re: bygglov {DNR}

Hej! Sorry for my svenska. The ritningar are attached. Kontrollansvarig is {P}, {PH}.
Regards, {G#1}""",
    "chat: hej, jag heter {p}. I need help med min mammas färdtjänst, she's {AGE} and can't walk to the bus anymore. her address is {a}",
    "Case note: {P#1} (English speaking, tolk behövs ej). {G#1} har fått avslag på bostadstillägg. Will appeal. Kontakt: {E#1}, {PH}.",
    "Hi team, {P:f} ringde igen om kontrollavgiften. She says the P-skylt at {AS} is confusing. Can someone from trafikenheten call her på {PH}?",
    "Hej {G}! Just checking: föräldrapenning for our son {F:m}, personnummer {PNRB} — did you get the intyg from Astrid Lindgrens barnsjukhus? /{P}",
    "Meeting notes bygglovsenheten {DATE}: {P} (handläggare), {P} (applicant), {I} (neighbour). Outcome: grannehörande skickas ut, deadline {DATE}.",
    "Hej, my landlord {LANDLORD} says I need an intyg from socialtjänsten for the andrahandskontrakt. Mitt namn är {P}, {PNR}, and I live at {AF}.",
    "Tack för hjälpen {N}! The Skatteverket guy, {P}, said my samordningsnummer will become a personnummer within two weeks. I'll call on {PH} if not.",
    """Subject: Fwd: Beslut om hemtjänst

Hi {G#2}, see below — mamma got her beslut!
---
Beslut om bistånd: {F#1:f}, {PNRO}, beviljas hemtjänst {HOURS} tim/mån. Handläggare {P}, {PH}.""",
    "{n}: hej hej, do you know who handles bostadsanpassning? my dad {p:m} needs a ramp at {a}\n{n}: ring kommunen, ask for {g} 🙂",
    "Hi, min son {G#1:m}... sorry, {F#1} is starting förskola in August and we need a plats near {AN}. Phone {PH}. Tack!",
    "Dear {P}, välkommen till bostadskön! Your membership number is {REF}. Logga in with BankID to update {A} if you move.",
    "Hej, I'm a god man for {P:f} ({PNRO}) and need to change her adress to {COL}. My phone is {PH}, e-post {E}.",
    "Påminnelse / Reminder: Kontrollavgift {REF}, vehicle {REG}, owner {RU}, {A}. Pay {KR} kr senast {DATE}.",
    "Samtal med {P#1:f} via tolk (arabiska). {G#1} explains that her husband {P:m} moved to {AX} and she wants försörjningsstöd. Next step: hembesök.",
    "Hej! Can you send the skattebesked to my new address? {AL}\nThanks / Tack, {P}, {PNR}",
    """Kontaktcenter chat
Besökare: hello, is this the right place för parkeringstillstånd?
{G} (Kontaktcenter): Hej! Yes. What's your name?
Besökare: {p}, {PNR}""",
    "Hi {G}! Bygglovet för friggeboden är klart? The neighbour, {P}, signed the medgivande yesterday. Ring {PH} if anything.",
    "{U#1} — ANSÖKAN OM FÖRTUR\nReason: medical (astma, allergi)\nCurrent address: {A}\nContact: {E#1}",
    "Hej {G}, the bailiff — sorry, Kronofogden — sent a letter about {Ss} unpaid parking fines. Hen bor på {AN}. What should I do?",
    "Hej allihopa! Reminder: informationsmöte om hemtjänst for English speakers {DATE} kl {TIME} at Medborgarhuset. Contact {P}, {PH}, {EW}.",
    "Social services note: {P:f} (mamma), {P:m} (pappa), barn {F} ({PNRB}). Family recently arrived from {AXL}. Tolk: English.",
    "Hej! We bought the house at {AN} from {P} and the bygglov for the garage is missing. Can you search by fastighet {FAST}? /{P}, {PHX}",
    "Dear {S} family, välkomna till {TOWN}! Your contact at Välkomstenheten is {P:f}, {PH}. Hon pratar både svenska och English.",
    "hej, jag är {g} :) my roommate {P:f} got a p-bot but the car is registered to her dad {P:m} in {AX}. vad gör vi?",
    "Intern notering: {Ss:f} sjukpenning (SGI) is paused — she moved to {AX} in {MONTH}. Contact via {E} or {PHX}.",
    "Hej, it's {N}! Kan du skriva under grannmedgivandet? It's for our attefallshus, we live at {AT}. Thanks!",
    "Ticket {REF} – Kontaktcenter\nCaller: {P}\nLanguage: English/svenska\nTopic: council-style 'fastighetsavgift' question\nCallback: {PH}",
    "Hi! Vi är {P} och {P}, and we want to stå i bostadskön together. Our current adress: {A}. Vilka papper behövs?",
    "Hej {G}, sorry att jag inte svarade — I was at Karolinska with my dad {P:m}. His hemtjänst should start {DATE}. Ring mig på {PH}.",
    "Hi, my hemtjänst worker {G} was great today, please say tack från {P} on {AS}!",
    "Brev till {P}: Your parental leave (föräldrapenning) ends {DATE}. Contact Försäkringskassan on {PH} or write to {BOX}.",
    "Signed: {U}\nDate: {DATE}\nAddress: {A}\n(jag intygar att uppgifterna är korrekta / I certify the information is correct)",
    "Hi there, jag har glömt my Mina sidor password. Name {P#1}, personnummer {PNR}, phone {PH}. /{g#1}",
    "Yo {n}, vet du om {P} fortfarande jobbar på bygglov? Need to ask about the plank at {AN} lol",
    '{P#1:f} <{E#1}> skrev: "Can I get a copy of the beslut? Jag har tappat bort det." — svara gärna henne idag.',
    "Namn: {P}\nName of partner: {P}\nAdress/Address: {AL}\nTelefon/Phone: {PH}",
    "Hej! Quick question om council tax equivalent here — I had to pay in {TOWNUK} in the UK, but in Sverige? My name's {P} and I live on {AS}.",
    # Titles, forms and hard cases
    "Hej {N}! Thanks for the help med ansökan yesterday, it went through. /{g}",
    "Dr {S:f} på vårdcentralen said I need a läkarintyg for sjukpenning. Vem skickar det, me or her?",
    "Rektor {P} called about {Gs} frånvaro, and the kurator wants a möte with us. Kan du {DATE}?",
    "Please send my post to {P}, {CO} — I'm staying there until the lägenhet is ready.",
    "Hej, is {P':f} bostadstillägg affected if she moves to her son {G:m} in {AX}?",
    "Sjuksköterska {P:f} from hemsjukvården visits dad every Tuesday. Hennes nummer: {PH}.",
    "VD:n för {BUILDER}, {P}, wants a bygglov for a new kontorsbyggnad at {FAST}. Contact: {EW}.",
)

# Rows with no personal value at all: everyday words that are also names, used as words;
# agencies, firms, brands and places; numbers that look like values but are none.
NEGATIVES = (
    ("sv", "Försäkringskassan: Föräldrapenning kan tas ut från barnets födelse till och med att barnet fyller 12 år. Läs mer på Mina sidor."),
    ("sv", "Du som vill bo i kommunen kan ställa dig i bostadskön från 18 års ålder. Kön kostar {KR} kr per år."),
    ("sv", "Klara dig själv hemma längre – med hemtjänst, trygghetslarm och matlådor från kommunens kök."),
    ("sv", "Sjukpenning betalas ut per dag. Karensavdraget motsvarar 20 procent av en genomsnittlig veckas sjuklön."),
    ("sv", "Bygglov krävs inte för en friggebod på högst 15 kvadratmeter, men tänk på avståndet till tomtgränsen och till grannens björk."),
    ("sv", "RUT- och ROT-avdrag: Skatteverket betalar ut till utföraren, inte till dig. Utförarens organisationsnummer {ORGNR} ska stå på fakturan."),
    ("sv", "Parkeringsautomaten vid torget tar kort och Swish. Avgift {NUM} kr per timme, avgiftsfritt efter kl 18."),
    ("sv", "Kontrollavgift {REF} för fordon {REG} är betald. Ärendet avslutas."),
    ("sv", "Socialnämnden sammanträder {DATE} kl {TIME} i Stadshuset. Ärenden som rör enskilda behandlas bakom stängda dörrar."),
    ("sv", "Ange ditt personnummer med tolv siffror (ÅÅÅÅMMDD-NNNN) och ditt namn som det står i folkbokföringen."),
    ("sv", "Fastigheten {FAST} ligger inom detaljplan {DNR}. Byggrätten är 25 procent av tomtarean."),
    ("sv", "Kommunens organisationsnummer är {ORGNR}. Ange det på fakturor till Vård- och omsorgsförvaltningen."),
    ("sv", "Hemtjänsten i Sörby får ny utförare: Attendo tar över efter Humana den 1 maj."),
    ("sv", "Lex Sarah gäller för socialtjänsten och lex Maria för hälso- och sjukvården."),
    ("sv", "Frisk luft och rask promenad varje dag, säger sjukgymnasten på Vårdcentralen Ekeby."),
    ("sv", "Kö till äldreboende: snittväntetiden i Ljusdal var 71 dagar förra året, i Solna 45."),
    ("sv", "Vi har öppet mån–fre kl 8–16. Lunchstängt 12–13. Tor kväll till kl 18."),
    ("sv", "Tänk på att snö och is ska skottas bort från taket. Huvudgator och busslinjer plogas först."),
    ("sv", "Maj är bästa tiden att söka bygglov om du vill bygga under sommaren. Handläggningstiden är högst tio veckor."),
    ("sv", "Servicehuset Linnéa har 42 lägenheter och ett eget kök. Anhöriga är välkomna att äta lunch för {KR} kr."),
    ("sv", "Din skattedeklaration är inkommen. Du kan få besked om återbetalning redan i april."),
    ("sv", "Bostadstillägget beräknas på boendekostnaden och inkomsten. Max {AMT} per månad."),
    ("sv", "Stig in! Kontaktcenter finns i entréplan i Kommunhuset, bredvid Ica Maxi och Apoteket Hjärtat."),
    ("sv", "Bror och syster i samma förskola? Då får ni syskonförtur vid placering."),
    ("sv", "Statistik {YEAR}: 312 beslut om försörjningsstöd, 41 orosanmälningar per månad, 88 bygglov."),
    ("sv", "Ärendet {DNR} har överlämnats till Förvaltningsrätten i Jönköping."),
    ("sv", "Eva-hjälpmedel? Nej, rollator och duschstol lånas ut av Hjälpmedelscentralen Region Skåne."),
    ("en", "Council Tax bands range from A to H. Your bill will arrive in March and covers April to March."),
    ("en", "You may be able to get a Single Person Discount of 25% if you are the only adult in the property."),
    ("en", "Will the council charge for garden waste? Yes, the brown bin subscription is £52 a year."),
    ("en", "Grace periods apply: if your payment is late, we will send a reminder before taking further action."),
    ("en", "Universal Credit replaces six older benefits, including Housing Benefit and Working Tax Credit."),
    ("en", "Mark the envelope 'Revenues' and post it to the address on your bill."),
    ("en", "The Valuation Office Agency, not the council, decides your band. Contact them through GOV.UK."),
    ("en", "Citizens Advice, Age UK and Shelter can help you fill in the form."),
    ("en", "Penalty Charge Notice {REF} for vehicle {REGUK} has been cancelled on appeal."),
    ("en", "Holly, ivy and other garden waste go in the green bin. Please do not put soil in it."),
    ("en", "Frank advice on debt: talk to us early if you can't pay your council tax bill."),
    ("en", "Hope Park car park will close for resurfacing from Monday. Use the Summerfield Centre car park instead."),
    ("en", "You can sue for small claims online, but check whether the council's complaints procedure applies first."),
    ("en", "In {YEAR}, 1,240 households applied for Discretionary Housing Payments and 870 were approved."),
    ("en", "Our offices at the Civic Centre reopen on Tuesday. The Jobcentre Plus desk moves to the first floor."),
    ("en", "Baker, cook, carer or cleaner? Adult Social Care is hiring across the borough."),
    ("en", "Bill payments can be made at any Post Office or PayPoint. Quote your reference number."),
    ("mixed", "Hej! Vet någon if Försäkringskassan pays sjukpenning from day one? I think det finns ett karensavdrag."),
    ("mixed", "FYI: Kontaktcenter är stängt on Friday because of the system upgrade. Use the e-tjänster instead."),
    ("mixed", "Bygglov vs bygganmälan: the difference is mostly about what you build and where. Check detaljplanen first."),
    ("mixed", "Tips: Kivra is where you get your digital brev from Skatteverket, Försäkringskassan and most kommuner."),
    ("mixed", "Does anyone know how many köpoäng you need för en tvåa in Solna? Heard it's like 12 years lol."),
    ("mixed", "Parking i stan: Q-Park and Aimo Park are private, kommunen handles gatuparkering only."),
    ("mixed", "Hemtjänst is free för vissa insatser here, men trygghetslarm costs {KR} kr per månad."),
    ("mixed", "Reminder: bring ID (pass eller id-kort) to Skatteverkets servicekontor när du registrerar dig."),
    ("mixed", "Will the bostadstillägg change if I move in with my sambo? Yes, it's calculated per hushåll."),
    ("mixed", "Grace, hope och tålamod – that's what you need for the bostadskö i Stockholm 😅"),
    ("mixed", "Per månad or per år? The avgift for boendeparkering is {KR} kr per månad in zon C."),
    ("mixed", "The new e-tjänst for föräldrapenning works with BankID and Freja eID+. Smidigt!"),
    ("mixed", "Sol, vind och vatten: the kommun's klimatplan aims for fossilfri fordonsflotta by 2030."),
    ("mixed", "Organisation number for the housing company is {ORGNR}, if you need it for the RUT form."),
    ("mixed", "Lilja, ros och björk – the park department is replanting the rabatter by the torget this spring."),
    ("mixed", "Statistik: in {YEAR} the kontaktcenter answered 41 000 calls and 9 800 chats. Snittid 3 min."),
    ("mixed", "Case {DNR}: closed. No further åtgärd needed from the applicant."),
)  # fmt: skip
