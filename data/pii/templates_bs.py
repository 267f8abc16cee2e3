# ruff: noqa: E501
"""Templates of held-out BS (fiftieth writer): utilities, energy, water, district heating,
broadband and telecom from many sides.

Meter readings sent in by customers (SMS, app, web form), installation addresses
(anläggningsadress) apart from billing addresses, fibre digging and street-works notices,
outage and maintenance SMS, moving in and out, contract transfers (dödsbo, separation, new
owner), payment reminders and debt collection, customer-service chat and call notes,
technicians' work orders with the customer on site and a neighbour who has the key, housing
cooperatives and landlords as customers with contact persons, number porting, invoices.
Swedish (`SV`), English (`EN`) and mixed (`MIXED`, Swedish and English switching in one text)
templates are drawn from shuffled decks; `NEGATIVES` (no value, look-alikes only) are used once.

Slots: `{FORM#ref:gender}`. Person forms (`generate_bs.person_segments`): P full name, p lower
case, U capitals, F with the middle name, G/g given name, N/n short form, NS short form and
surname, S/s surname, I initial and surname, Gi given name and initial, R `Surname, Given`,
E the person's e-mail; a trailing `s` is a Swedish genitive, `'` an English one (outside the
span). Every other slot is filled by `generate_bs.filler`: addresses (A, AL, AC, AR, ARL, AT,
STL, ST, STN, STR, stn, FARM, a, BOX, CO, COL, AU, AUL, au, AUST, AUS, AUSL, AX, AXL), phones (PH,
PHF, PHX, PHUK, PHUKF, PHUS), EF (a service address), PNR/PNRO, and look-alikes that are no
values (ANL, MAT, KNR, OCR, BG, PG, AVT, IMEI, ICCID, KWH, M3, READ, ORG, BRFORG, AMT, FAK, ARN,
WO, FAST, MPAN, MPRN, ACCT, SORT, PUK, PORT, SERIAL, SAK, KW, ...).
"""

from __future__ import annotations

# Swedish templates.
SV = [
    # meter readings sent in by customers
    """Mätarställning el {DATE}: {READ} kWh. Mätarnr {MAT}. Anläggningsadress {a}. /{g#1}""",
    """hej! här kommer vattenmätaren för {a}: {M3} m3, avläst {DAY} kväll. mätare {MAT}. mvh {p#1} {PH}""",
    """Självavläsning via webben
Kundnummer: {KNR}
Namn: {P#1}
Anläggnings-id: {ANL}
Anläggningsadress: {A}
Mätarnummer: {MAT}
Mätarställning: {READ} kWh
Avläsningsdatum: {DATE}
Telefon dagtid: {PH}
E-post: {E#1}""",
    """Tack {G#1}! Vi har tagit emot din mätarställning {READ} för anläggningen på {ST}. Nästa faktura baseras på verklig förbrukning. Frågor? Ring {PHF}. /{FIRM}""",
    """Avläsning fjärrvärme, {BRFORG}
Lgh | Namn | Mätare | MWh
1101 | {R#1} | {MAT} | {NUM},4
1102 | {R#2} | {MAT} | {NUM},1
1201 | {R#3} | {MAT} | {NUM},9
Avläst av vicevärd {P#4}, {DATE}.""",
    """Hej, jag försökte registrera mätarställningen i appen men får felkod 403. Mätaren sitter i källaren på {AT}, nr {MAT}, visar {READ}. Kan ni lägga in den manuellt? Hälsningar {P#1}, kundnr {KNR}""",
    """SMS från {PH}: "{READ} {MAT} {s#1}" – tolkat som mätarställning för kund {KNR}, anläggning {ANL}. Stämmer namnet {P#1}? Kolla mot adressen {A}.""",
    # installation and billing addresses
    """Bekräftelse av elavtal
Avtalsinnehavare: {P#1}, {PNR}
Anläggningsadress: {AL}
Fakturaadress: {BOX}
Anläggnings-id: {ANL}
Avtal: Rörligt pris, avtalsnr {AVT}
Startdatum: {DATE}
Kontakt: {E#1}, {PH}""",
    """Hej {G#1}, fakturan för {ST} skickas som du önskat till din arbetsadress {A} istället för till anläggningsadressen. Bankgiro {BG}, OCR {OCR}. Vänliga hälsningar, {G#2:f} på {FIRM}""",
    """Kund {P#1} har två anläggningar: villan på {AR} (anl.id {ANL}, säkring {SAK}) och fritidshuset på {FARM} (anl.id {ANL}). Faktureras samlat till {AT}.""",
    """ÄNDRING AV FAKTURAADRESS
NAMN: {U#1}
PERSONNUMMER: {PNR}
NY FAKTURAADRESS: {AC}
GÄLLER FR.O.M.: {DATE}
UNDERSKRIFT: ....................
Blanketten skickas till {FIRM}, {BOX}.""",
    # fibre digging and street works notices
    """Information om fiberutbyggnad
Under vecka {WEEK} gräver vår entreprenör längs {STN} och {STN} samt korsningen vid {STN}. Fastigheterna {FAST} och {FAST} berörs av schaktning på tomtmark. Frågor besvaras av projektledare {P#1}, {PH}, {E#1}. Vid akuta skador, ring {PHF} dygnet runt.""",
    """Till boende på {STR}
Kommunen byter vatten- och avloppsledningar i gatan från {DATE}. Vattnet stängs av {DATE} kl {TIMES}. Kontaktperson på plats: arbetsledare {P#1}, {PH}. Kommunens handläggare {P#2} nås på {E#2}.""",
    """Grävtillstånd {ARN}: schakt i gångbana utanför {ST} och {ST}. Sökande: {Ps#1} Gräv & Fiber AB (org.nr {ORG}). Ansvarig: {I#2}, mobil {PH}. Återställning senast {DATE}.""",
    """Byalagets fiberförening – medlemmar som ännu inte betalat anslutningsavgiften ({AMT}):
{R#1}, {FARM}
{R#2}, {FARM}
{R#3}, {FARM}
Betala till bankgiro {BG}, ange fastighetsbeteckning. Kassör {P#4}, {PH}""",
    """Protokoll fiberföreningen, styrelsemöte {DATE}
Närvarande: {P#1} (ordf), {P#2}, {P#3} (sekr)
§3 Grävning vid {FARM} har stoppats, markägaren {P#4} vill ha ersättning för skadad åker.
§4 {G#2} kontaktar entreprenören om {STN}.
§5 Nästa möte hos {G#1} på {ARL}.""",
    # outage and maintenance SMS
    """Planerat elavbrott {DATE} kl {TIMES} på {stn}, {stn} och del av {stn}. Vi byter en nätstation. Mer info: {PHF}. /Elnätet""",
    """strömavbrott igen på {stn}?? hela huset mörkt sen {TIME}. ring mig {PH} om ni vet nåt /{n#1}""",
    """Störning fjärrvärme: läcka på ledning vid {ST}. Boende på {STN} och {STN} kan få lägre temperatur i kväll. Tekniker {P#1} är på plats. Ärende {ARN}.""",
    """Driftinfo: Bredbandet ligger nere i {TOWN} pga kabelbrott vid {STN}. Beräknat åtgärdat {TIME}. Vi ber om ursäkt! Kundservice {PHF}""",
    """Hej {N#1}! Vi spolar vattenledningarna i ditt område {DATE}. Vattnet kan bli missfärgat på {stn}. Spola i kranen en stund. Frågor: {EF}""",
    # moving in and out
    """FLYTTANMÄLAN
Namn: {P#1}
Personnummer: {PNR}
Nuvarande adress: {A}
Avflyttningsdatum: {DATE}
Mätarställning vid avflytt: {READ}
Ny adress: {AL}
Inflyttning: {DATE}
Mobil: {PH}
E-post: {E#1}
Övrigt: Ny hyresgäst heter {P#2}, telefon {PH}""",
    """Hej! Jag och min sambo {G#2} flyttar från {STL} till {A} den {DATE}. Elen ska följa med till nya adressen men bredbandet ska sägas upp. Mitt kundnummer {KNR}. /{P#1}""",
    """Flytt registrerad: {P#1} ({PNR}) lämnar {AT} den {DATE}. Anläggning {ANL} avslutas, slutfaktura till {CO}.""",
    """hej jag flyttade från {a} i förra veckan men har fått faktura på {AMT} för den lägenheten ändå?? den nya hyresgästen {g#2} har bott där sen {DATE}. kundnr {KNR} //{p#1}""",
    """Samtal {DATE} {TIME}: {P#1} ringde om flytt. Gamla adressen {A}, nya {FARM}, {TOWN}. Vill behålla telefonabonnemanget, porterar ej. Bekräftelse till {E#1}. /{Gi#2}""",
    # contract transfers: dödsbo, separation, new owner
    """Överlåtelse av avtal – dödsbo
Avliden: {P#1}, {PNRO}
Anläggningsadress: {AL}
Dödsbodelägare och kontaktperson: {P#2}, {PNR}
Adress: {A}
Telefon: {PH}
Avtalet ska övergå till: {P#3}
Bifogat: bouppteckning, fullmakt från {P#4}""",
    """Hej, min pappa {P#1:m} gick bort i {MONTH}. Jag är dödsbodelägare och vill säga upp hans bredband och mobilabonnemang ({PH}). Han bodde på {A}. Kontakta mig på {PH} eller {E#2}. Hälsningar {P#2}""",
    """Beklagar sorgen, {G#1}. Vi har noterat dödsfallet för {P#2} och att avtalet för {ST} överlåts till dig från {DATE}. Dödsboets slutfaktura skickas till {CO}. Ärendenr {ARN}. /{G#3}, Kundservice""",
    """Separation: {P#1} och {P#2} har gemensamt avtal på {STL}. {G#2} flyttar ut {DATE}, {G#1} tar över avtalet i eget namn (pnr {PNR}). Ny faktura från {DATE}. Noterat av {I#3}.""",
    """Ny ägare till fastigheten {FAST} ({AR}): {P#1}, {PNR}, tillträde {DATE}. Förre ägaren {P#2} har lämnat slutavläsning {READ} kWh. Mäklare {P#3}, {PH}.""",
    """Hej! Vi har köpt huset på {ST} av {Ss#1} dödsbo och vill teckna elavtal och fjärrvärme från tillträdet {DATE}. Vi heter {P#2} och {P#3}. Nås på {PH}. Anläggnings-id står som {ANL} på gamla fakturan.""",
    """Fullmakt
Jag, {P#1}, {PNR}, ger härmed {P#2}, {PNR}, fullmakt att för min räkning säga upp och teckna avtal om el, vatten och bredband för min bostad på {A}.
Ort och datum: {TOWN} {DATE}
Namnförtydligande: {U#1}""",
    # debt collection and payment reminders
    """PÅMINNELSE
{P#1}
{AL}
Vi har inte fått betalt för faktura {FAK} på {AMT} med förfallodag {DATE}. Betala till bankgiro {BG} med OCR {OCR} inom 10 dagar. Påminnelseavgift 60 kr tillkommer.
Frågor? {PHF} eller {EF}""",
    """INKASSOKRAV
Gäldenär: {P#1}, {PNR}
Adress: {A}
Borgenär: {FIRM}, org.nr {ORG}
Kapitalbelopp: {AMT}
Inkassoavgift: 180 kr
Betala senast {DATE} till bankgiro {BG}, ange referens {OCR}.
Handläggare: {P#2}, direkt {PH}""",
    """Avbetalningsplan för {P#1} (kundnr {KNR}): skulden {AMT} delas på 6 månader. Första betalning {DATE}. Medsökande {P#2} har också skrivit under. Planen skickas till {A}. /{I#3}, inkasso""",
    """Samtalsanteckning: {P#1:f} ringde upprörd över inkassokrav {FAK}. Säger att fakturan gick till gamla adressen på {ST} och att hennes exman {P#2:m} står på avtalet. Kontrollerat: avtalsinnehavare är {S#2}, pnr {PNR}. Skickat kopia till {E#1}.""",
    """Hej {G#1}! Din faktura på {AMT} har förfallit. Betala senast {DATE} för att undvika avstängning av vattnet på {stn}. Bg {BG}, OCR {OCR}. /{FIRM}""",
    # customer service chat and call notes
    """Chatt {DATE}
Kund: hej, mitt internet funkar inte sen i morse
{G#2:f} (Kundtjänst): Hej! Vad tråkigt. Vilken adress gäller det?
Kund: {a}
{G#2}: Tack. Och vem står på abonnemanget?
Kund: {p#1}, eller min fru {g#3:f} kanske
{G#2}: Jag ser ett avbrott i området, beräknat klart {TIME}.""",
    """[{TIME}] {g#1}: är det ni som äger fiberskåpet utanför {a}? någon har kört på det
[{TIME}] Support/{G#2}: Hej! Ja, det är vårt. Tack för att du säger till. Kan du skicka en bild till {EF}?
[{TIME}] {g#1}: absolut. mitt nummer är {PH} om teknikern vill ringa""",
    """Ärende {ARN}
Kund: {P#1}, kundnr {KNR}
Ringer om: hög elräkning, {KWH} kWh i {MONTH}
Åtgärd: bokat mätarkontroll, tekniker {P#2} kommer {DATE}
Adress: {AT}
Återkoppling till kunden på {PH}""",
    """Hej {G#1}, tack för samtalet idag! Som vi pratade om byter vi ditt avtal till fast pris från {DATE}. Ditt nya avtalsnummer är {AVT}. Har du frågor kan du mejla mig direkt på {E#2}. Med vänlig hälsning
{P#2}
Kundrådgivare, {FIRM}
{PHF}""",
    """Anteckning: Kunden {S#1:m} (ringde från {PH}) säger att grannen {P#2} på {ST} har kopplat en förlängningssladd från hans uttag. Hänvisat till polisen. Inget fel i vår mätare {MAT}.""",
    """hej! jag heter {g#1} och har precis flyttat in på {a}. det står {P#2} på brevlådan och elen är avstängd. vad gör jag? nås på {PH}""",
    """Återuppringning önskas: {NS#1}, {PH}, gäller mobilabonnemang {PH} och faktura {FAK}. Bäst efter {TIME}. /{g#2}""",
    # technicians' work orders
    """ARBETSORDER {WO}
Kund: {P#1}
Adress: {AL}
Kontakt på plats: {P#2:f} (dotter), {PH}
Nyckel: hos grannen {P#3}, {ST}
Uppdrag: byte av elmätare {MAT} → ny mätare, säkring {SAK}
Tekniker: {I#4}
Utfört {DATE}: ny mätarställning 000000, gammal {READ}""",
    """Fältnotering: Installation fiber hos {S#1}, {A}. Kunden ej hemma, {G#2} i huset bredvid öppnade. Router {SERIAL} monterad i hallen. ONT-port 1. Signal ok. /tekn. {P#3}""",
    """Hej {G#1}! Vår tekniker {G#2} kommer {DAY} {DATE} mellan {TIMES} för att installera din laddbox på {AT}. Om du inte är hemma, lämna nyckeln hos {P#3} som du angav. Ombokning: {PHF}""",
    """Arbetsorder {WO} – vattenläcka
Anmäld av: {P#1}, {PH}
Plats: utanför {ST}, servisledning till {FAST}
Fastighetsägare: {P#2}, {E#2}
Avstängning: ventil vid {STN}
Personal: {P#3}, {P#4}
Klart: {TIME}""",
    """Montörens rapport: Bytt fjärrvärmecentral hos {P#1}, {AR}. Gamla mätaren {MAT} visade {READ} MWh. Kunden vill att fakturan går till sonen {P#2:m}, {CO}. /{P#3}""",
    """Teknikerbesök {DATE}
Kund: {R#1:m}
Adress: {ARL}
Tekniker: {R#2}
Tid på plats: {TIMES}
Material: 40 m kabel, 1 fiberskåp
Kommentar: kunden vill att vi ringer hans fru {G#3:f} på {PH} innan nästa besök""",
    # housing cooperatives and property owners
    """Brf Tallkotten (org.nr {BRFORG}) byter elleverantör för fastighetsel från {DATE}.
Kontaktperson: ordförande {P#1}, {PH}, {E#1}
Förvaltare: {P#2}, {FIRM}, {PHF}
Fakturaadress: {BOX}
Anläggningar: trapphus, tvättstuga, garage (anl.id {ANL})""",
    """Till styrelsen i BRF Lärkträdet
Vi planerar installation av fiber i samtliga lägenheter på {ST}. Styrelsens kontakt {P#1} har godkänt tidplanen. Tekniker knackar dörr {DATE}. Boende som inte är hemma kan lämna nyckel till vicevärden {P#2}, {PH}.
Med vänlig hälsning, {P#3}, projektledare""",
    """Hyresvärden {Ps#1} Fastigheter AB äger {ST} och {ST}. Elen i trapphusen står på bolaget, org.nr {ORG}. Lägenhetsinnehavarna har egna avtal. Felanmälan till {E#2} eller {PH}.""",
    """Medlemslista BRF Solrosen, vattenmätning {MONTH}
Lgh 1001 – {R#1} – {M3} m3
Lgh 1002 – {R#2} – {M3} m3
Lgh 1003 – {R#3} – {M3} m3
Lgh 1101 – {R#4} – {M3} m3
Frågor till kassören {P#5}, {E#5}""",
    # number porting and mobile
    """Portering
Nummer att flytta: {PH}
Nuvarande operatör: {FIRM}
Abonnemangsinnehavare: {P#1}, {PNR}
Nytt SIM: ICCID {ICCID}
Önskat flyttdatum: {DATE}
Användare av numret: {G#2:m} (son)""",
    """hej! vill flytta mitt nummer {PH} till er men min gamla operatör säger att abonnemanget står på min mamma {p#2:f}. hon bor på {a}. räcker det att hon mejlar från {E#2}? /{n#1}""",
    """Din nummerflytt är klar! Numret {PH} är nu aktivt hos oss. Ditt nya SIM-kort ({ICCID}) har skickats till {A}. Hälsningar {FIRM}""",
    """Spärra SIM: kunden {P#1} har tappat telefonen (IMEI {IMEI}). Nummer {PH}. Nytt SIM skickas till {CO}. PUK {PUK} ej lämnad ut. /{Gi#2}""",
    """Abonnemangsöverlåtelse
Från: {P#1}, {PNR}, {PH}
Till: {P#2}, {PNR}
Nummer som överlåts: {PH}
Adress för nya innehavaren: {AL}
Båda har signerat med BankID {DATE}.""",
    # invoices
    """FAKTURA {FAK}
{U#1}
{AC}
Kundnummer: {KNR}   Fakturadatum: {DATE}
Anläggning: {ANL}, {ST}
Förbrukning {MONTH}: {KWH} kWh
Att betala: {AMT}
Bankgiro {BG}   OCR {OCR}
{FIRM}, org.nr {ORG}, {BOX}, tel {PHF}""",
    """Vattenfaktura kvartal 2
Fastighetsägare: {P#1}
Fastighet: {FAST}, {AR}
Mätare {MAT}: {M3} m3
Summa: {AMT}, att betala senast {DATE}
Betalningsmottagare: Kommunen, bankgiro {BG}
Frågor: VA-ekonom {P#2}, {PH}""",
    """Hej {G#1}, din e-faktura från {FIRM} har kommit! Belopp: {AMT}. Förfaller: {DATE}. Avser bredband {MBIT} på {ST}.""",
    """Bredbandsfaktura delas: {P#1} betalar hälften via Swish till {P#2} ({PH}). Fakturan går till {A}.""",
    # misc: solar, heat pumps, wells, summer houses
    """Anmälan om mikroproduktion (solceller {KW})
Anläggningsägare: {P#1}, {PNR}
Anläggningsadress: {ARL}
Anläggnings-id: {ANL}
Installatör: {Ps#2} El & Sol AB, behörig elinstallatör {P#2}, {PH}
Kontaktperson för driftsättning: {P#3}, {E#3}""",
    """Sommarvattnet sätts på vecka {WEEK}. Fritidshus på {FARM}, {FARM} och {FARM} har anmält. {P#1}, du står som kontakt för samfälligheten – kan du låsa upp pumphuset? /{G#2}, VA-avdelningen, {PH}""",
    """hej {g#1}! vattnet e avstängt på {stn} hela dagen, grävarna sa att dom slår på igen vid {TIME}. säg till {n#2} oxå. /{n#3}""",
    """Vi har tagit emot er anmälan om värmepump hos {P#1}, {A}. Säkringen uppgraderas från {SAK} till {SAK}. Elektriker: {P#2}, {PH}. Kostnad {AMT}.""",
    """Brunnsvatten-provtagning {DATE}: prov taget hos {P#1}, {AR}, av miljöinspektör {I#2}. Resultat skickas till {E#1}. Ärendenr {ARN}.""",
    # e-mail conversations with signatures
    """Från: {P#1} <{E#1}>
Till: {EF}
Ämne: Fel adress på avtalet

Hej!
Mitt elavtal står på {ST} men jag bor på {A}. Anläggnings-id {ANL}. Kan ni rätta?

Mvh
{G#1}
{PH}""",
    """Hej {G#1},
Tack för ditt mejl. Jag har rättat adressen till {AL}. Din sambo {P#2} står nu som medsökande på avtalet.

Vänliga hälsningar
{P#3}
Kundservice
Direkt: {PH}
Växel: {PHF}""",
    """Från: {E#1}
Skickat: {DAY} {DATE} {TIME}
Ämne: Sv: Angående inkasso {OCR}

Jag har redan betalat {AMT} den {DATE}, se bifogat kvitto. Avsändare var min bror {P#2:m} eftersom jag låg på sjukhus.
/{P#1}
{A}""",
    """Hej {N#1}!
Teknikern {G#2} ringde och sa att fibern på {STN} är klar men att {Ss#3} tomt fortfarande ska återställas. Kan du ringa {G#3} på {PH}?
/{G#4}""",
    # short SMS and lists
    """Påminnelse: Servicebesök imorgon {TIME} på {a}. Tekniker {G#1}. Svara NEJ för att boka om. /{FIRM}""",
    """Kö för fiberanslutning, {TOWN}:
1. {R#1}, {FARM}
2. {R#2}, {ST}
3. {R#3}, {FARM}
4. {R#4}, {ST}
Uppdaterad {DATE} av {I#5}""",
    """Nyckelkvittens: Jag, {P#1}, har lämnat nyckel till {A} till tekniker {P#2} på {FIRM} {DATE}. Nyckeln återlämnas till {P#3} på {ST}.""",
    """Kontaktlista elnätsavbrott {TOWN}:
Driftledare {P#1} – {PH}
Beredskap {P#2} – {PH}
Kommunikation {P#3} – {PH} – {E#3}
Reservelverk levereras till äldreboendet på {ST}.""",
    """Kunden {P#1} är beroende av el för medicinsk utrustning (syrgas). Adress {AL}. Vid planerade avbrott ska {G#1} eller hemtjänsten ({PH}) kontaktas i förväg. Anhörig: {P#2}, {PH}.""",
    """Elbesiktning {DATE}: {Ps#1} hus på {AR} godkänt. Besiktningsman {P#2}. Jordfelsbrytare saknades i garaget, åtgärdat av {G#3} från {Ss#3} El.""",
    """Sv: mätarbyte
hej {n#1}! ja teknikern kan komma {DAY}. nyckeln ligger under mattan på {a}, säg inte till {g#2} haha. /{g#3}""",
    """Skadeanmälan: Grävmaskin skadade fiberkabel vid {ST} den {DATE}. Entreprenör {Ps#1} Mark AB, maskinförare {P#2}. Drabbade kunder: {R#3} ({STN}), {R#4} ({STN}). Kontaktperson hos oss {P#5}, {PH}.""",
    """Ansökan om anslutning till kommunalt VA
Sökande: {P#1}, {PNR} och {P#2}, {PNR}
Fastighet: {FAST}
Adress: {ARL}
Telefon: {PH}
Önskar anslutning senast {DATE}.""",
    """Hej {G#1}! Din router har skickats till ombudet nära {ST}. Hämtas av {P#1} eller med fullmakt. Kolli-id {OCR}. /{FIRM}""",
    """Spärrad tv/bredband: kund {P#1} ({PNR}) har obetald skuld {AMT}. Öppnas när betalning syns på bg {BG}. Kunden nås på {PH} eller hos dottern {P#2:f}, {A}.""",
    """Kundklagomål {ARN}: {P#1} på {ST} anser att fjärrvärmeräkningen är för hög, {KWH} kWh jämfört med grannen {S#2} på {ST}. Energirådgivare {P#3} bokar hembesök.""",
    """{P#1:f}
{ST}
{PH}

Hej! Jag vill säga upp vårt telefonabonnemang nr {PH} eftersom min man {P#2:m} har flyttat till äldreboende på {A}. Numret kan stängas {DATE}.""",
    """Leverantörsbyte el
Ny leverantör: {FIRM}
Kund: {P#1}, {PNR}
Anläggnings-id: {ANL}
Adress: {A}
Bytesdatum: {DATE}
Kundens kontakt: {PH}, {E#1}
Säljare: {Gi#2}""",
]

# English templates.
EN = [
    """Hi {G#1}, thanks for submitting your meter reading. Electricity: {READ} (meter {MAT}), gas: {READ}. Supply address: {AU}. Your next bill will use these readings. Any questions, call us on {PHUKF}.""",
    """Meter reading form
Account holder: {P#1}
Account number: {ACCT}
Supply address: {AUL}
MPAN: {MPAN}
Electricity reading: {READ}
Date read: {DATEEN}
Contact number: {PHUK}
Email: {E#1}""",
    """hiya, sending the water meter pic for {au}, reads {M3} m3. the meter serial is {MAT}. cheers {g#1} {PHUK}""",
    """Dear {P#1},
We are writing to confirm that your supply at {AU} will move to our fixed tariff from {DATEEN}. Your bills will continue to be sent to {AUL}.
Yours sincerely,
{P#2}
Customer Accounts Team
{PHUKF}""",
    """NOTICE OF STREET WORKS
Openreach will be laying new fibre ducts along {AUST} and {AUST} between {DATEEN} and {DATEEN}. Temporary traffic lights will be in place outside numbers {NUMR}. Site manager: {P#1}, {PHUK}. Out of hours: {PHUKF}.""",
    """We're sorry – there is a power cut affecting {AUST}, {AUST} and parts of {UKTOWN} town centre. Engineers are on site and we expect power back by {TIME}. Reference {ARN}.""",
    """Planned water interruption: on {DAYEN} {DATEEN} from {TIME} we will be repairing a main on {AUST}. Customers on {AUST} may have low pressure. Contact {EF} or {PHUKF}.""",
    """Change of tenancy
Outgoing tenant: {P#1}, forwarding address {AU}, final reading {READ}
Incoming tenant: {P#2}, move-in date {DATEEN}, phone {PHUK}
Landlord / agent: {P#3}, {E#3}
Property: {AUL}""",
    """Hi, I'm moving out of {AU} on {DATEEN} and moving to {AU}. Can you close my account ({ACCT}) and open one at the new place? My partner {P#2} will stay on until the end of the month. Thanks, {P#1}, {PHUK}""",
    """Bereavement notification
Name of the deceased: {P#1}
Date of death: {DATEEN}
Address: {AUL}
Account number: {ACCT}
Executor: {P#2}, {AU}, tel {PHUK}
The account should be transferred to {P#3} from {DATEEN}.""",
    """Dear {P#1}, we're very sorry to hear about the death of your mother, {P#2:f}. We've put her account at {AU} on hold and won't chase any payments for 60 days. When you're ready, please call our bereavement team on {PHUKF}. Kind regards, {G#3}""",
    """Following your separation, {P#1} has asked to remove {P#2} from the joint broadband account at {AU}. {G#2} must confirm by email from {E#2} before we can make the change. Case {ARN}.""",
    """FINAL NOTICE
{P#1}
{AUL}
Account: {ACCT}
Amount overdue: {GBP}
If payment is not received by {DATEEN}, we may pass your debt to a collection agency. Pay by bank transfer to sort code {SORT}, account {ACCT}, using reference {OCR}.
Call {PHUKF} to set up a payment plan.""",
    """Debt collection letter re: {FIRM} account {ACCT}
Debtor: {P#1}, {AU}
Balance: {GBP}
Your agent {P#2} can be reached on {PHUK} (Mon–Fri) or {E#2}.""",
    """Call notes {DATEEN} {TIME}: {P#1:f} rang about a high bill ({KWH} kWh in {MONTH}). Says her neighbour {P#2} at {AU} gets half that. Booked smart meter check, engineer {I#3}. Callback on {PHUK}.""",
    """Live chat transcript
{G#1:f}: hi, my broadband has been down since this morning
Agent {G#2:f}: Sorry to hear that! Can I take the postcode and first line of the address?
{G#1}: {au}
Agent {G#2}: Thanks. Is the account in your name?
{G#1}: no, it's my husband's, {p#3:m}
Agent {G#2}: No problem. There's a fault at the exchange, fix expected by {TIME}.""",
    """Engineer job sheet {WO}
Customer: {P#1}
Address: {AUL}
Contact on site: {P#2:m} (son), {PHUK}
Key holder: neighbour {P#3}, {AU}
Job: replace gas meter {MAT}, old reading {READ}
Engineer: {P#4}
Completed {DATEEN} {TIME}""",
    """Smart meter installation booked for {DAYEN} {DATEEN}, {TIME}–{TIME}. Engineer: {G#1}. If you won't be home, let us know who'll let {G#1} in, e.g. a neighbour like {P#2}. Reschedule: {PHUKF}.""",
    """Housing association energy contract
Customer: {S'#1} Homes Ltd (company no. {NUM}0{NUM}1)
Contact: {P#2}, Facilities Manager, {PHUK}, {E#2}
Buildings: {AU}; {AU}
Billing address: {AUL}""",
    """Hi {N#1}, your PAC code for {PHUK} is {PORT}. It's valid for 30 days. To switch, give it to your new provider. If you didn't ask for this, call {PHUKF}.""",
    """Porting request: move {PHUK} from {FIRM} to us. Account holder {P#1}, identity checked {DATEEN}. New SIM ({ICCID}) delivered to {AU}. Requested by {P#2} on behalf of {G#1}.""",
    """From: {P#1} <{E#1}>
To: {EF}
Subject: Wrong address on my bill

Hello,
My bill still shows {AU}, but I moved to {AU} in {MONTH}. My account is {ACCT}.
Thanks,
{G#1}
{PHUK}""",
    """INVOICE {FAK}
{U#1}
{AU}
Account {ACCT} | Invoice date {DATEEN}
Electricity {KWH} kWh, standing charge 90 days
Total due: {GBP}
Direct Debit will be taken on {DATEEN}.
Questions: {PHUKF} | {EF}""",
    """Water bill query: {P#1:f} says the meter at {AU} ({MAT}) must be faulty, {M3} m3 in one quarter. Our inspector {P#2} will visit on {DATEEN}. Customer prefers calls to her daughter {P#3:f}, {PHUK}.""",
    """Dear {P#1}, your electric service at {AUS} is scheduled for disconnection on {DATEEN} due to an unpaid balance of {USD}. To avoid shutoff, pay online or call {PHUS}. Account {ACCT}.""",
    """Service transfer request
Current customer: {P#1}, {AUS}
New customer: {P#2}
Phone: {PHUS}
Email: {E#2}
Start date: {DATEEN}
Notes: {G#1} is moving to {AUS}; final bill to the new address.""",
    """Internet install appointment confirmed! Tech {Gi#1} will arrive {DAYEN} between {TIME} and {TIME} at {AUS}. Someone 18+ must be home. Questions? {PHUS}""",
    """hey {n#1}, the water guy is coming tmrw to read the meter at {au}, can you leave the gate open? I'm at work till {TIME}. {g#2}""",
    """Community solar enrollment: {P#1} ({AUS}) and co-signer {P#2} enrolled with {KW} allocation. Utility account {ACCT}. Contact {PHUS} / {E#1}.""",
    """Technician notes: {S#1} residence, {AUSL}. Customer's dog in yard, neighbor {P#2} has the key. Replaced modem {SERIAL}. Signal -3 dBm. {I#3}""",
    """Hi {G#1},
Welcome to your new home at {AU}! We've set up your gas and electricity from {DATEEN} using the readings the previous owner, {P#2}, gave us. If they look wrong, reply to this email or call {PHUKF}.
{P#3}
Home Moves Team""",
    """Collections call log
{DATEEN} {TIME} – called {P#1} on {PHUK}, no answer
{DATEEN} {TIME} – spoke to {P#2} (partner), says {G#1} will pay {GBP} on Friday
{DATEEN} {TIME} – payment plan agreed, ref {OCR}
Agent: {Gi#3}""",
    """Dear Mr {S#1},
We have received your complaint about the roadworks outside {AU}. The contractor, {Ss#2} Civil Engineering Ltd, has agreed to reinstate the pavement by {DATEEN}. Please contact {P#3} on {PHUK} if anything else is damaged.""",
    """Tenant list – heating meter readings, {MONTH}
Flat 1 – {R#1} – {READ}
Flat 2 – {R#2} – {READ}
Flat 3 – {R#3} – {READ}
Flat 4 – {R#4} – {READ}
Read by caretaker {P#5}""",
    """Power of attorney: {P#1} holds a lasting power of attorney for {P#2} and may manage the energy account for {AU}. Correspondence to {P#1} at {AUL}. Verified by {I#3}.""",
    """Vulnerable customer register: {P#1:f}, {AU}, uses a home dialysis machine. In a power cut, phone her carer {P#2} on {PHUK} or her son {P#3:m} on {PHUK}.""",
    """URGENT: we detected a possible gas leak reported near {AUST}. Engineers {P#1} and {P#2} are attending. Residents of {AU} and nearby properties, please keep windows open. Emergency line {PHUKF}.""",
    """Hi {N#1}! It's {N#2} from the broadband team. Your new router ({SERIAL}) is with the neighbour at {AU}, {P#3}. Call me on {PHUK} if you can't collect it.""",
    """Swedish expat here: my name is {P#1}, I moved from {A} to {AU} in {MONTH}. How do I close my Swedish electricity contract (anläggnings-id {ANL})? My personal number is {PNR}. Reply to {E#1}.""",
    """I'm writing on behalf of my father, {P#1:m}, who lives at {A}. His phone provider keeps sending reminders in Swedish he cannot read. Please contact me, {P#2}, at {PHX} or {E#2}.""",
    """Shared house bills split – {MONTH}
Electric {GBP}: {G#1}, {G#2}, {G#3}, {G#4}
Broadband {GBP}: same four
Water {GBP}: {G#1} and {G#3} only (the others moved in late)
Pay {N#2} by Friday! Account for transfers: sort code {SORT}, {ACCT}""",
    """Hi {G#1}, your mobile bill for {PHUK} is {GBP}. It includes roaming charges in {MONTH}. Your handset (IMEI {IMEI}) is paid off. – {FIRM}""",
    """Fault report: no dial tone on {PHUK} since {DATEEN}. Customer {P#1}, {AU}. Line test shows a fault in the street cabinet on {AUST}. Engineer {P#2} booked.""",
    """Welcome pack returned undelivered from {AU}. Customer {P#1:f} has not updated her address. Last known phone {PHUK}. Ex-flatmate {P#2} says she moved to {UKTOWN}.""",
    """Landlord notice: Dear {P#1}, the water supply to {AU} will be off on {DATEEN} while {P#2} from the water company replaces the stop tap. Regards, {P#3}, {PHUK}""",
    """Missed delivery of your SIM card to {AUS}. Card ICCID {ICCID}. Your order for {P#1} will be held at the store; bring ID. Questions: {PHUS}.""",
    """Meeting notes – residents' association
Present: {P#1} (chair), {P#2}, {P#3}, {P#4}
1. Fibre rollout on {AUST}: {G#2} to chase Openreach about the cabinet.
2. {Ss#3} flat still has no hot water from the district heat network; {G#1} to write to the council.
3. Next meeting at {AU}.""",
    """Direct Debit confirmation for {P#1}
Bank account name: {U#1}
Sort code: {SORT}   Account number: {ACCT}
Collection date: {DATEEN}
Supply: {AU}""",
    """Hey {n#1} it's {n#2}, power's back on at ours on {AUST} — is it on at your mum's on {AUST}? {PHUK}""",
    """Hi {G#1}, your fibre connection at {A} is now live ({MBIT}). The installer, {P#2}, left the router with {P#3} next door. Welcome to Sweden! Support in English: {PHF}.""",
]

# Mixed templates: Swedish and English switching inside one text.
MIXED = [
    """Hej! Sorry for writing in English, my Swedish is not good yet. Jag heter {P#1} och har flyttat in på {A}. The electricity contract is still in the previous tenant's name, {P#2}. Kan ni hjälpa mig? My number: {PH}""",
    """Kundtjänst: Hej {G#1}! Vilken adress gäller det?
Kund: {a}. sorry can we switch to english?
Kundtjänst: Of course! I see the contract is in the name of {P#2:f}. Are you authorised on the account?
Kund: yes she's my wife, she's at work, her number is {PH}""",
    """[slack #field-ops] {g#1}: fiber drop at {a} done, kunden {P#2} var inte hemma so I left the box with granne {P#3}. ONT serial {SERIAL}. nästa jobb {a}""",
    """Meter reading / Mätarställning
Name / Namn: {P#1}
Address / Adress: {AL}
Meter no / Mätarnr: {MAT}
Reading / Ställning: {READ} kWh
Phone / Telefon: {PH}""",
    """Hi {G#1},
Bekräftelse på din flytt: your electricity moves from {STL} to {A} on {DATE}. Slutavläsning på gamla adressen: {READ}. Questions? Ring oss på {PHF} or email {EF}.
Mvh / Best regards
{P#2}""",
    """Hej {G#1}, the landlord {P#2} says the fibre box in your lägenhet on {ST} needs to be replaced. Teknikern {G#3} kommer {DAY} {TIME}. Is that ok? /{G#4}, förvaltare, {PH}""",
    """lol the power is out again på {stn}. {n#1} säger att hela {stn} är mörkt too. anyone have a number to the elnät company? /{g#2}""",
    """Ärende {ARN} – customer {P#1:f} (English speaking) calls about inkassokrav {FAK}, {AMT}. Claims she paid from her UK account ({SORT}). Asked her to send proof to {EF}. Hon nås på {PHX}.""",
    """From: {P#1} <{E#1}>
Ämne: Uppsägning / termination

Hi, I'm moving back to {UKTOWN} and need to terminate bredband and el at {A} from {DATE}. My new address will be {AUL}. Tack!
{G#1}""",
    """Överlåtelse / transfer of contract
From: {P#1}, {PNR}
To: {P#2}, {PNR}
Anläggningsadress: {A}
Reason: separation – {G#1} moves to {AU}
Signed {DATE}""",
    """OK so here's the deal, {N#1}: dödsboet efter {P#2} has three contracts – el på {ST}, fjärrvärme på {ST}, and the mobile {PH}. The executor is {P#3} ({E#3}). Can you check what's överlåtbart?""",
    """Work order {WO}
Customer / Kund: {P#1:f}
Site / Anläggning: {ARL}
Key: neighbour / granne {P#2}, {FARM}
Tekniker: {I#3}
Note: customer only speaks English, call her son {P#4:m} at {PH} first.""",
    """Hej {G#1}! Your meter reading is due. Skicka in mätarställningen för {ST} senast {DATE} via appen eller svara på detta SMS. /{FIRM}""",
    """Payment reminder – Betalningspåminnelse
{P#1}
{AL}
Faktura {FAK}, {AMT}, förföll {DATE}.
Please pay to bankgiro {BG} with OCR {OCR}. Questions in English: {PHF}""",
    """Team standup: {G#1} är sjuk idag so {G#2} takes the install on {ST}. Kunden heter {P#3:f}, hon jobbar natt – don't ring before {TIME}. Her number {PH}.""",
    """hej! quick q – my partner {p#2:f} and I are splitting up and she's moving to {a}. can the el-avtal be put in my name only? personnummer {PNR}. /{p#1}""",
    """Portering / porting
Number: {PH}
Current owner: {P#1}
New owner: {P#2} ({PNR})
ICCID: {ICCID}
Datum: {DATE}
Handled by {Gi#3}, {FIRM}""",
    """The water leak is outside {ST}, precis vid brunnen. {P#1:f} from kommunen is on site, hennes nummer är {PH}. Neighbours on {STN} have no water until ca {TIME}.""",
    """Dear {P#1}, tack för ditt mejl. We have updated your billing address to {BOX}. Anläggningsadressen är fortfarande {A}. Best regards, {P#2}, Customer Service""",
    """Notes from call: kund {P#1} – works for a US firm, wants invoices in English to {E#1}. Adress: {A}. Co-signer {P#2}, {PH}. Avtalsnr {AVT}.""",
    """Info to all residents / Info till alla boende på {STR}:
Fiber installation {DATE}. If you are not home, leave the key with vicevärden {P#1} ({PH}). Frågor: {E#1}""",
    """{n#1}: har du fått elräkningen? it's like {AMT} this month??
{n#2}: ja wtf. I think the meter is broken, ring {FIRM}?
{n#1}: i called, they said {p#3:f} on the contract has to call. that's your sister right""",
    """Final invoice / Slutfaktura
Customer: {U#1}
Address: {AC}
Period: {DATE}–{DATE}
Consumption / Förbrukning: {KWH} kWh
Total: {AMT}
OCR {OCR} · Bankgiro {BG}""",
    """Hi {G#1}! Installationen av laddboxen på {AR} is booked for {DATE}. Elektrikern {P#2} needs access to the elcentral. Please confirm on {PH}.""",
    """Technician report: {FARM}, {TOWN}. Fiber dragen från nodhuset. Customer {P#1:f} was home, her brother {P#2:m} helped dig the last 20 m. Bill the dragningsavgift to {CO}.""",
    """Handover note, kundtjänst → collections:
{P#1:f} ({PNR}) owes {AMT} for fjärrvärme at {AT}. She moved to {AX} and only answers in English on {PHX}. Skicka ärendet till {P#2}.""",
    """hej {g#1}! the guy from the fiber company ({g#2}) is outside with a grävmaskin and asks if he can dig through our tomt to {stn}. vad säger du?""",
    """New owner / Ny ägare: {P#1} and {P#2} bought {A} from {S#3} on {DATE}. Please move anläggnings-id {ANL} to their names. Mäklare: {P#4}, {E#4}.""",
    """Chat:
user: hello, jag vill flytta mitt nummer {PH} from {FIRM}
bot: Vad är ditt personnummer?
user: {PNR}
agent {G#1}: Hi! I'll take over. The number is registered to {P#2}, is that you?""",
    """Subject: Sv: Re: faktura {FAK}
Hej {G#1},
as I wrote before, the invoice should go to the company, not to me. Bolagets adress är {BOX}. My colleague {P#2} ({E#2}) handles vår ekonomi.
/{P#1}""",
    """Outage update (sv/en): Strömmen är tillbaka på {stn} och {stn}. Power restored to all customers except {ST}, where {G#1} from our team is still working. /{FIRM}""",
    """Brf meeting minutes / protokoll
Närvarande: {P#1}, {P#2}, {P#3}
– Switch fjärrvärme supplier? {G#2} to ask {FIRM}.
– {Gs#3} balcony light is connected to the trapphus meter, {G#1} will fix.
– Fiber: {P#4} from the operator will visit {DATE}.""",
    """My landlady {P#1:f} ({PH}) says the vattenmätare in my lägenhet on {ST} is shared with lägenheten bredvid, where {P#2} lives. Is that legal? Can someone from {FIRM} check?""",
    """SMS till kund: Hi {G#1}, your new SIM is on its way to {A}. Aktivera kortet i appen. ICCID {ICCID}. //{FIRM}""",
    """Elnät customer interview (research):
P1: {G#1}, {TOWN}, villa, heat pump
P2: {G#2}, renter on {STN}
P3: {G#3}, fritidshus {FARM}
Interviewer: {P#4}. Recordings shared with {E#4}.""",
    """{P#1} (tenant, English only) reported ingen värme in the lägenhet on {ST}. Fastighetsskötare {P#2} checked the undercentral, fel på pumpen. Rörmokare {P#3} kommer {DAY}. Contact tenant at {PH}.""",
    """hi {g#1}! grannen {g#2} says the fiber guys cut our phone line when they dug on {stn}. do you have the number till felanmälan? {PH} is mine if they need it""",
    """Debt case / inkassoärende {OCR}
Debtor: {P#1}, {AX}
Original creditor: {FIRM}
Claim: fjärrvärme {AMT}
Swedish co-debtor: {P#2}, {PNR}, {A}
Handläggare: {P#3}""",
    """Please note the connection address (anläggningsadress) differs from billing: connection at {AR}, billing to {AU}. Owner {P#1} lives in the UK, contact {PHUK}. Lokalt ombud {P#2}, {PH}.""",
    """Hej {G#1}, here are the keys info for tomorrow's mätarbyte: nyckeln finns hos {P#2} på {ST}, code to the port is {NUM}4. Customer {P#3} is abroad until {DATE}. /{G#4}""",
    """Kund: Hej, I got a letter about vattenavstängning on {stn}, but I live on {stn}, does it affect me?
Agent {G#1}: Hej! Nej, din gata påverkas inte. Only numbers {NUMR} on the first street.""",
    """Hi all, {P#1} här from the fiberförening. We still need payments from {R#2}, {R#3} and {R#4}. Bankgiro {BG}. Frågor: {PH}""",
    """Customer {P#1:m}, address {A}, says his IMEI {IMEI} is blocked after he ported from {FIRM}. Kontrollerat med {P#2} på porteringsavdelningen. Återkom till kunden på {E#1}.""",
    """God morgon {G#1}! Just a reminder: inflyttningsbesiktning at {STL} today {TIME}. Elmätaren ska läsas av. {P#2} from the landlord will be there. /{G#3}""",
    """Re: new connection {ARN}
{P#1} wrote: "Vi har köpt tomten på {FARM} and want el och fiber before we build."
Reply from {P#2}: Offert skickad to {E#1}, anslutningsavgift {AMT}.""",
    """Hi {N#1}, detta är {G#2} från kundservice. We have an unpaid invoice on your account, {AMT}. Ring mig på {PH} so we can set up an avbetalningsplan. Thanks!""",
    """Internal: {S#1:m} account flagged – billing address {BOX} returns post. Kunden har flyttat till {AUS}? Sister {P#2:f} on {PH} says she has his new number {PHX}.""",
    """Mätaravläsning – {BRFORG}, {MONTH}
1101 {R#1} {M3}
1102 {R#2} {M3}
1103 {R#3} {M3}
Note: {S#2} was away, reading estimated. Read by {G#4}, vicevärd""",
    """Överlämning from {G#1}: customer {P#2:f} wants to transfer the broadband to her tenant {P#3} from {DATE}. The tenant's email is {E#3}. Adress {STL}. Please do it by Friday!""",
    """Fjärrvärme service visit / servicebesök: {P#1:f} at {A}. Technician {Gi#2}. Customer asked if her mother {P#3:f} on {AR} can get the same deal – skicka offert till {E#1}.""",
]

# Negatives: no value, but look-alikes (each used once).
NEGATIVES = [
    (
        "sv",
        """Mätarställning {DATE}: {READ} kWh. Mätarnummer {MAT}, anläggnings-id {ANL}. Förbrukning sedan förra avläsningen: {KWH} kWh.""",
    ),
    (
        "sv",
        """Din faktura från {FIRM} är nu tillgänglig. Belopp {AMT}, förfallodag {DATE}. Bankgiro {BG}, OCR {OCR}. Kundnummer {KNR}.""",
    ),
    (
        "sv",
        """Ström saknas i delar av {TOWN} sedan kl {TIME}. Felet beror på ett kabelfel i mark. Vi räknar med att strömmen är tillbaka inom 3 timmar.""",
    ),
    (
        "sv",
        """Ring oss om du har frågor om ditt avtal. Avtalsnummer {AVT}, startdatum {DATE}, bindningstid 24 månader.""",
    ),
    (
        "sv",
        """Planerat underhåll av fjärrvärmenätet i {TOWN} vecka {WEEK}. Varmvattnet kan bli ljummet mellan {TIMES}. Ärende {ARN}.""",
    ),
    (
        "sv",
        """Dag för avläsning: {DATE}. Björk, gran och tall närmast ledningsgatan röjs under hösten enligt beslut från Svenska kraftnät.""",
    ),
    (
        "sv",
        """Inkasso: ärendet {OCR} är avslutat. Kapitalbelopp {AMT}, räntor och avgifter betalda {DATE}. Borgenär {FIRM}, org.nr {ORG}.""",
    ),
    (
        "sv",
        """Fiberföreningen {TOWN} Norra ek. för., org.nr {ORG}. Anslutningsavgift {AMT} per fastighet. Grävningen startar efter midsommar om tjälen gått ur marken.""",
    ),
    (
        "sv",
        """Nytt SIM-kort: ICCID {ICCID}, PUK {PUK}. Aktivera kortet i appen inom 30 dagar. Surfmängd {GB} per månad.""",
    ),
    (
        "sv",
        """Elpriset i elområde SE3 steg till {AMT} per MWh under {MONTH}. Effekttaxan gäller från {DATE} för säkringar över {SAK}.""",
    ),
    (
        "sv",
        """Vattnet är hårt i {TOWN}, ca 9 dH. Vi rekommenderar avkalkning av varmvattenberedaren. Förbrukning för ett normalhushåll: {M3} m3 per år.""",
    ),
    (
        "sv",
        """Status: IMEI {IMEI} spärrad efter anmälan om stöld. Spärren hävs först när polisanmälan {ARN} har makulerats.""",
    ),
    (
        "sv",
        """Bo kvar eller flytta? Oavsett vilket behöver du meddela oss minst en månad innan. Anläggningen avslutas på flyttdagen.""",
    ),
    (
        "sv",
        """Solcellsanläggning {KW}, växelriktare {SERIAL}. Produktion {MONTH}: {KWH} kWh, varav {KWH} kWh såld till nätet.""",
    ),
    (
        "sv",
        """Kronofogden har fått in en ansökan om betalningsföreläggande, målnummer {ARN}. Fordran avser el och nätavgift, {AMT}.""",
    ),
    (
        "sv",
        """Liv och hälsa först: rör aldrig en nedfallen ledning. Håll 20 meters avstånd och larma via SOS Alarm.""",
    ),
    (
        "sv",
        """Stark vind väntas i natt i Jämtland och Härjedalen. Vår beredskap är förstärkt och reservelverk står redo i {TOWN} och {TOWN}.""",
    ),
    (
        "sv",
        """Beställning {WO}: router {SERIAL}, hastighet {MBIT}. Leveranstid 3–5 arbetsdagar till ditt ombud.""",
    ),
    (
        "sv",
        """Nätavgiften höjs från {DATE}. Fast avgift {AMT} per år vid {SAK}, överföringsavgift 24,5 öre/kWh.""",
    ),
    (
        "sv",
        """Dödsbo: för att överlåta ett avtal behöver vi bouppteckning eller dödsfallsintyg med släktutredning. Skicka kopior, inte original.""",
    ),
    (
        "sv",
        """Tips: Sänk innetemperaturen en grad och spara ungefär 5 procent. Frisk luft behövs ändå – vädra kort och intensivt.""",
    ),
    (
        "sv",
        """Vattenmätare nr {MAT} byts vart tionde år. Senaste byte {DATE}, ställning vid byte {READ} m3.""",
    ),
    (
        "sv",
        """Elavtal Rörligt, Fast 1 år, Fast 3 år eller Timpris. Jämför på elpriskollen innan du väljer.""",
    ),
    (
        "sv",
        """Påminnelse skickad {DATE}, inkasso {DATE}. Faktura {FAK}, delbetalning {AMT} mottagen via bankgiro {BG}.""",
    ),
    (
        "sv",
        """Mark och ledningsrätt: ersättning för intrång beräknas per löpmeter. Fastighet {FAST}, ledningslängd {NUM} m.""",
    ),
    (
        "sv",
        """Svar på fråga om Ring-kabeln: i {TOWN} matas stadsnätet från två håll, så ett avbrott i ena riktningen märks inte.""",
    ),
    (
        "sv",
        """Avbrottsersättning: 12 timmar eller mer utan el ger rätt till ersättning. Ansök senast två år efter avbrottet, ange anläggnings-id {ANL}.""",
    ),
    (
        "en",
        """Your bill for {MONTH} is ready. Amount due {GBP}, payment date {DATEEN}. Account {ACCT}, MPAN {MPAN}.""",
    ),
    (
        "en",
        """Bill shock? Prices rose by 12% on {DATEEN}. Will your Direct Debit change? Log in to see your new monthly amount.""",
    ),
    (
        "en",
        """Power cut in {UKTOWN}: around {NUM} homes affected since {TIME}. Estimated restoration {TIME}. Reference {ARN}.""",
    ),
    (
        "en",
        """Price cap update: from {DATEEN} the standing charge is 53.35p per day and the unit rate 24.50p per kWh.""",
    ),
    (
        "en",
        """Grant available: the Great British Insulation Scheme can cover loft insulation for homes in council tax bands A–D.""",
    ),
    (
        "en",
        """Meter serial {MAT}, MPRN {MPRN}. Reading {READ} on {DATEEN}. Estimated consumption {KWH} kWh per year.""",
    ),
    (
        "en",
        """Frost warning: protect outside pipes and know where your stop tap is. Burst pipes can cost {GBP} or more to fix.""",
    ),
    ("en", """Your PAC code {PORT} expires on {DATEEN}. Handset IMEI {IMEI}, SIM ICCID {ICCID}."""),
    (
        "en",
        """Green tariff: 100% renewable electricity backed by REGOs. Switch from {FIRM} in minutes; no exit fees after {DATEEN}.""",
    ),
    (
        "en",
        """Invoice {FAK}: broadband {MBIT}, line rental, calls. Total {USD}. Autopay on {DATEEN}.""",
    ),
    (
        "en",
        """Storm Darragh left {NUM} properties without power in the Highlands. Crews from Northern Ireland and Wales are helping.""",
    ),
    (
        "en",
        """Mark your calendar: the water company will flush mains in {UKTOWN} on {DAYEN}. Water may look cloudy for a few hours.""",
    ),
    (
        "en",
        """Sunny days mean more solar export: {KWH} kWh exported in {MONTH}, earning {GBP} under the Smart Export Guarantee.""",
    ),
    (
        "en",
        """Case {ARN} closed. Compensation of {GBP} credited to account {ACCT} for the missed engineer appointment on {DATEEN}.""",
    ),
    (
        "en",
        """Dawn to dusk: our engineers worked through {DAYEN} to restore supplies after the substation fire near {UKTOWN}.""",
    ),
    (
        "en",
        """Ofgem, Ofwat and Ofcom all publish complaint league tables. Octopus Energy, Thames Water and BT were discussed in Parliament.""",
    ),
    (
        "en",
        """Young people moving out for the first time: set up gas, electricity, water, broadband and the TV licence before day one.""",
    ),
    (
        "mixed",
        """Mätarställning submitted: {READ} kWh on {DATE}. Nästa avläsning due in {MONTH}. Thanks for using the app!""",
    ),
    (
        "mixed",
        """Your invoice / din faktura {FAK}: {AMT}. Bankgiro {BG}, OCR {OCR}. Please pay before förfallodagen {DATE}.""",
    ),
    (
        "mixed",
        """Strömavbrott in {TOWN}: we're working on it. Beräknad åtgärd {TIME}. Sorry for the inconvenience!""",
    ),
    (
        "mixed",
        """Anläggnings-id {ANL} is not the same as your kundnummer {KNR}. Use the 18-digit one when switching elhandlare.""",
    ),
    (
        "mixed",
        """SIM swap klar: new ICCID {ICCID}, old one deactivated. PUK {PUK} finns i appen under Mina sidor.""",
    ),
    (
        "mixed",
        """Fiber install week {WEEK}: the grävmaskin starts in {TOWN}, then moves north. Tomtägare will get a letter.""",
    ),
    (
        "mixed",
        """Bill-splitting tip: Swish your share before the 25th, then the autogiro takes the rest. Will it work with two banks? Yes.""",
    ),
    (
        "mixed",
        """Fast pris or rörligt pris? With a heat pump using {KWH} kWh per year, the rörliga avtalet was cheaper in {YEAR}.""",
    ),
    (
        "mixed",
        """Ring Kundservice om your router {SERIAL} blinks red. Vi skickar en ny within 3 working days.""",
    ),
    (
        "mixed",
        """Order {WO} shipped: router, ONT and nätverkskabel. Tracking number {OCR}. Leverans to your nearest ombud.""",
    ),
    (
        "mixed",
        """Power back! Strömmen är tillbaka in all of {TOWN} since {TIME}. Tack för ert tålamod.""",
    ),
    (
        "mixed",
        """Stark frost i natt – please protect the vattenmätare in unheated spaces. A frozen meter costs {AMT} to replace.""",
    ),
    (
        "mixed",
        """Effekttariff from {DATE}: you pay for your highest timeffekt each month. Max {KW} between 07 and 20 on weekdays.""",
    ),
    (
        "mixed",
        """Inkasso case {OCR} has been paid in full. Ärendet är avslutat and no further reminders will be sent.""",
    ),
    (
        "mixed",
        """Lund, Uppsala and Umeå have the fastest fiber rollout, enligt PTS bredbandskartläggning {YEAR}.""",
    ),
    (
        "mixed",
        """Ditt abonnemang: {GB} surf, fria samtal, EU roaming included. Bindningstid 12 månader, uppsägningstid 1 month.""",
    ),
    (
        "mixed",
        """Fjärrvärme price change: +{NUM} kr per MWh from {DATE}. Read more on Mina sidor or in the {FIRM} app.""",
    ),
]
