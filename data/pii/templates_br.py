# ruff: noqa: E501
"""Templates of held-out br: IT and software work from sides other than a help desk's queue.

Slots: `{P#1}` a person's full name (`#1` the same person again), `p` lower case, `U` capitals,
`F` with middle names, `G`/`g` the given name, `N`/`n` a short form, `S`/`s` the surname, `I`
an initial and the surname, `Gi` the given name and the surname's initial, `R` `Surname, Given`,
`UR` the same in capitals, `E` an e-mail address, `H` a handle or user name (no value); a
trailing `s` a Swedish genitive, `'` an English one (the ending outside the value); `:f`/`:m` a
woman or a man. Values: `A`/`AL` a Swedish home (one line, over lines), `LGH` with `lgh`, `AO`/
`AOL` an office (plan, tr, Box), `ST` a street alone, `a` lower case, `AX`/`AXL`/`ax` abroad,
`AUK`/`AUKL`/`au`, `ADE`, `AFI`, `APL`, `AIN`/`AINL`, `AUS`/`AUSL`; `PH`, `MOB`, `VX` (a
switchboard), `PHX`, `PHUK`, `PHDE`, `PHFI`, `PHPL`, `PHIN`, `PHUS`; `PNR`. Everything else is a
look-alike or a plain word: ticket, change, asset, serial, IMEI, IP, MAC, version, hash, UUID,
port, order, org number, invoice, OCR, bankgiro, customer and case numbers, desks and rooms.
"""

from __future__ import annotations

MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}  # fmt: skip


def _t(*texts: str) -> tuple[str, ...]:
    return tuple(t.strip("\n") for t in texts)


SV = _t(
    # hardware orders and deliveries
    """Beställning {ORDER} – leveransadress
Mottagare: {P#1}
{AL}
Portkod {CODE}, ring {MOB} vid ankomst.
Artiklar: {MODEL}, {ACC}. Kostnadsställe 4410.""",
    """Hej {G#1}! Din nya {MODEL} (serienr {SERIAL}, inventarienr {ASSET}) skickas i dag med PostNord till {A}. Spårningslänken kommer till {E#1}. Hör av dig till {P#2} på {PH} om något saknas. /IT-inköp""",
    """LEVERANSSEDEL {ORDER}
KUND: {U#1}
ADRESS: {AO}
TELEFON: {PH}
ANTAL: {QTY} st {ACC}
Kvitteras av: ____________""",
    """{g#1}: har nån koll på om min laptop kommit till kontoret eller om den går hem till mig?
{g#2}: den står på {a} enligt ordern {ORDER}, bud kommer {DAY} mellan {TIME} och {TIME}
{g#1}: oj det är gamla adressen 😅 jag bor på {a} nu""",
    """Ändring av leveransadress för {ASSET}
Gammal: {A}
Ny: c/o {P#3}, {LGH}
Beställare: {P#1}. {Ss#1} chef {P#2} har godkänt i {INC}.""",
    """Hej! {QTY} skärmar och {QTY} dockningsstationer ska till kontoret på {AO}. Kontaktperson på plats är {P#1}, {PH}. Lastkaj på baksidan, ring växeln {VX} om ingen svarar.
Mvh {P#2}, Atea""",
    """Retur av utrustning vid avslut
Namn: {R#1}
Personnr: {PNR}
Hemadress: {A}
Utrustning: {MODEL} ({SERIAL}), {MODEL} (IMEI {IMEI})
Returetikett skickad till {E#1} den {DATE}.""",
    """Hej {G#1}, din telefon är på väg! {MODEL} med nytt SIM (nummer {MOB}) levereras till ett ombud nära {A}. Koden för utlämning kommer som sms. Frågor? Ring servicedesken på {VX}.""",
    """Leverans till filialkontor – {DATE}
Adress: {AOL}
Entrékod {CODE}#, hiss till plan enligt ovan
Mottagare: {P#1} (kontorschef), {PH}
Reserv: {P#2}, {MOB}""",
    """Order {ORDER} bekräftad. Faktureras {S#1} IT-konsult AB, org.nr {ORGNR}, att: {P#2}. Leveransadress: {AO}. Leveranstid {N2} arbetsdagar.""",
    # onboarding and offboarding
    """NY MEDARBETARE
Namn: {F#1}
Startdatum: {ISO}
Chef: {P#2}
Plats: {DESK}
Behörigheter: samma som {P#3}
Konto: {H#1} (skapas i AD), e-post {E#1}
Mobil: {MOB}""",
    """Hej {G#1}! Välkommen till oss på måndag. Din dator ligger på ditt skrivbord ({DESK}) och du loggar in med användarnamnet {H#1}. Första dagen möter {P#2} dig i receptionen på {AO}. Ring {PH} om du blir sen.
Hälsningar {G#2}""",
    """Avslut: {P#1}, sista dag {DATE}. Stäng konto {H#1} kl 17.00, vidarebefordra {E#1} till {E#2} ({Ps#2} brevlåda) i 30 dagar. Utrustningen hämtas hemma hos {G#1} på {A} av bud. Ärende {INC}.""",
    """Behörighetsbeställning {INC}
Beställs för: {P#1} ({H#1})
Godkännare: {I#2}
System: Visma Lön, läsbehörighet
Motivering: ersätter {P#3} under föräldraledighet.
Anställningsnr: {CUSTNO}""",
    """Hej, jag behöver att {G#1} i mitt team får skrivrättigheter i repot platform-infra. Hen började {DATE} och sitter bredvid {S#2} på {DESK}. /{P#3}, teamlead""",
    """Blankett: Tillfälligt passerkort
Efternamn, förnamn: {R#1}
Personnummer: {PNR}
Besöksadress: {AO}
Värd: {P#2}, tfn {PH}
Giltigt t.o.m.: {DATE}""",
    """{n#1}: välkommen {g#2}! 🎉 säg till om du saknar nåt
{g#2}: tack! kommer jag åt jira redan eller ska jag fråga {n#3}?
{g#1}: {g#3} fixar det, hen har adminkontot""",
    """Från: {P#1} <{E#1}>
Till: IT-support
Ämne: Namnbyte
Hej! Jag har gift mig och heter nu {S#2} i efternamn i stället för {S#1}. Kan ni byta visningsnamn och lägga till {E#1} som alias? Mitt anställningsnummer är {CUSTNO}.
Mvh {G#1}""",
    # commit logs and code review
    """commit {SHA}
Author: {P#1} <{E#1}>
Date:   {ISO} {HMS} +0100

    Rätta avrundning i fakturaexporten ({JIRA})

    Co-authored-by: {P#2} <{E#2}>""",
    """{HASH} Fixa null-check i kundregistret (#{NUM}) – {I#1}
{HASH} Uppdatera beroenden till {VER} – {I#2}
{HASH} Revert "Lägg till cache för adresser" – {P#3}""",
    """Kommentar av {P#1} på rad {LINE}: Här loggas kundens telefonnummer ({PH}) i klartext. Maskera innan vi mergar. cc {G#2}""",
    """PR #{NUM}: Ny endpoint för adressuppslag
Granskare: {P#1}, {P#2}
{G#1}: funkar fint lokalt, testade med {A} som indata.
{G#2}: Ser bra ut men flytta testdatat till fixtures.""",
    """Byt till TLS 1.3 på den interna lastbalanseraren

Port {PORT} stängs efter release {VER}.

Signed-off-by: {P#1} <{E#1}>
Reviewed-by: {Gi#2}
Tested-by: {I#3}""",
    """git blame visar att raden ändrades av {P#1} i {HASH} ({ISO}). {G#1} är föräldraledig, så frågan går till {P#2} som granskade.""",
    # postmortems and on-call
    """Incidentrapport {PIR}
Tidslinje:
{TIME} larm från Grafana, jourhavande {P#1} kvitterar
{TIME} {G#1} ringer in {P#2} ({MOB})
{TIME} rollback till {VER}
Ansvarig för åtgärder: {P#3}""",
    """Överlämning jour v. {WEEK}
Från: {P#1} till {P#2}
- Disken på {HOST} ligger på {PCT}, {G#3} på drift vet
- Kunden {P#4} ({PH}) har ringt två gånger om fakturor, se {INC}
- Inget öppet mot leverantören.""",
    """Postmortem: utskicket den {DATE} gick till fel mottagare
Ett fel i mallen gjorde att {P#1}, {A}, fick brevet som var menat för {P#2}. Båda kontaktades av {P#3} samma dag. Personnumret ({PNR}) syntes i bilagan.""",
    """Jourschema vecka {WEEK}
Mån–ons   {P#1}   {MOB}
Tors–fre  {P#2}   {MOB}
Helg      {P#3}   {MOB}
Eskalering: {P#4}, {PH}""",
    """Rotorsak: en migrering ({JIRA}) kördes mot produktion i stället för test. Upptäcktes av {G#1} när {Ss#2} konto plötsligt hade {A} som leveransadress.""",
    """Lärdomar från {PIR} (skrivet av {I#1}, granskat av {I#2}):
1. Larmet gick till {Gs#3} gamla nummer {MOB}.
2. Runbooken pekade på {HOST}, som är nedlagd.""",
    # exports pasted into tickets
    """Klistrar in exporten som gick fel:
kundnr;namn;adress;telefon;epost
{CUSTNO};{P#1};{A};{PH};{E#1}
{CUSTNO};{P#2};{A};{PH};{E#2}
{CUSTNO};{P#3};{A};;""",
    """Felaktig post i CRM (se {INC}):
{"id": "{UUID}", "namn": "{P#1}", "personnummer": "{PNR}", "adress": "{A}", "mobil": "{MOB}"}""",
    """Efternamn, Förnamn;Avdelning;Telefon;Rum
{R#1};Ekonomi;{PH};{DESK}
{R#2};IT-drift;{PH};{DESK}
{R#3};Kundtjänst;{VX};{DESK}""",
    """{TS} INFO  OrderService - skapade order {ORDER} för kund="{P#1}" adress="{A}" tel={PH}
{TS} WARN  OrderService - e-post {E#1} studsade, kundnr {CUSTNO}""",
    """Resultat från prod (borde inte ligga här, ta bort efter felsökning):
| id | namn | pnr | ort |
| {NUM} | {P#1} | {PNR} | Göteborg |
| {NUM} | {P#2} | {PNR} | Umeå |""",
    """Dubblettkontrollen i kundregistret hittade två poster för samma person: {UR#1} och {P#1}, båda med {MOB}. Den ena har {LGH}, den andra {A}. Slå ihop?""",
    """Nyhetsbrevsregistret – avregistreringar {DATE}:
{E#1}
{E#2}
{E#3} ({P#3}, ringde in)""",
    # stack traces and errors
    """java.lang.IllegalArgumentException: ogiltigt postnummer i "{A}"
    at se.example.adress.Validator.check(Validator.java:{LINE})
    at se.example.order.OrderService.create(OrderService.java:{LINE})
Kund: {P#1} ({E#1})""",
    """Traceback (most recent call last):
  File "/srv/app/crm/sync.py", line {LINE}, in push
    client.update(contact)
requests.exceptions.HTTPError: {ERR} Client Error for url: https://api.example.se/v2/contacts/{NUM}
contact={'namn': '{P#1}', 'telefon': '{PH}', 'epost': '{E#1}'}""",
    """Felmeddelande i appen: "Kunde inte skicka sms till {MOB}: numret spärrat". Hände för {P#1} och två till i natt, se {INC}.""",
    """ERROR [pid {PID}] PersonnummerValidator: {PNR} avvisades för användaren {H#1} (kontrollsiffra ok, ålder utanför intervallet)""",
    """NullPointerException i LeveransAdressMapper när {Gs#1} adress saknar postnummer: "{ST}". Reproducerat av {P#2} på {HOST}.""",
    # config snippets
    """# crontab på {HOST}
0 6 * * 1 /opt/rapport/skicka.sh --till {E#1} --kopia {E#2}
# ansvarig: {P#1}, {MOB}""",
    """[notifieringar]
jour_sms = "{MOB}"
jour_namn = "{P#1}"
reserv = "{E#2}"
smtp_port = {PORT}""",
    """alertmanager:
  receivers:
    - name: drift-jour
      email_configs:
        - to: {E#1}
      # {P#1} slutar {DATE}, byt till {G#2}""",
    # chat
    """{g#1}: nån som vet varför bygget på main är rött?
{g#2}: {n#3} mergade nåt i morse, {HASH}
{g#3}: my bad, reverterar nu
{g#1}: tack 🙏""",
    """{g#1}: @{H#2} kan du kolla vpn:en för {g#4}? hen sitter hemma på {a} och kommer inte in
{g#2}: japp, vilken klient? {VER}?""",
    """{p#1}  10:42
har flyttat mötet med {s#2} till fredag, rummet {ROOM} är bokat
{p#3}  10:44
👍 jag tar med {MODEL} till demon""",
    """{g#1}: ringde {ss#2} kontor, växeln {VX} svarar inte
{g#1}: testar mobilen {MOB} istället""",
    """{g#1}: lunch? {n#2} och {n#3} hänger med
{g#4}: kör, men jag har samtal med {S#5} kl {TIME}""",
    """{g#1}: har ni sett att {p#2} från kunden skickat sitt personnummer i chatten? {PNR}… vi måste radera det
{g#3}: oj. tar det med {n#4} direkt""",
    """{P#1}: Kan någon ta över {INC} medan jag är hos tandläkaren?
{P#2}: Jag tar den. Är det {Ps#3:f} skrivare igen?
{P#1}: Japp, hon sitter på {AO}""",
    """{g#1}: deployen till prod klar ✅ {VER}
{g#2}: snyggt! {g#3} du kan stänga {JIRA}""",
    """{g#1}: kan nån skriva ut {gs#2} avtal? hen jobbar hemifrån på {a}
{g#5}: skickar med bud, portkoden är {CODE} va?""",
    """{g#1}: vem har ip {IP}? den spammar loggen
{g#2}: det är {gs#3:f} laptop {HOST}, hon har semester
{g#1}: ok stänger port {PORT} tills vidare""",
    # service-desk phone calls
    """Samtal {DATE} kl {TIME}
Inringare: {P#1}, {MOB}
Ärende: kommer inte åt e-posten ({E#1}) efter lösenordsbyte.
Åtgärd: MFA återställd, {G#1} nöjd. /{I#2}""",
    """Telefonnotering: {P#1} från ekonomi ringde om att {Ss#2} dator låter konstigt. Tekniker bokad till {AO} på {DAY}. Återkoppling till {PH}.""",
    """Missat samtal från {PH}, röstbrevlåda: "Hej, det är {P#1}, jag ringer om min nya telefon som skulle ha levererats hem till {A}. Ring tillbaka!\"""",
    """Uppringd av {P#1} (chef) angående {P#2} som ska få tillgång till lönesystemet. Kräver skriftligt godkännande, har bett {G#1} mejla från {E#1}. Ärende {INC}.""",
    """SAMTALSLOGG
{TIME} {U#1} – skrivare offline, löst
{TIME} {U#2} – nytt lösenord, id kontrollerat mot personnr {PNR}
{TIME} {U#3} – vill ha tillbaka raderade filer, eskalerat""",
    # field technicians
    """Arbetsorder {ORDER}
Tekniker: {P#1}
Besök hos: {P#2}
Adress: {AL}
Tid: {DAY} {TIME}
Uppdrag: byta router, ny MAC {MAC}. Kunden nås på {PH}.""",
    """Hembesök utfört hos {P#1}, {LGH}. Nätverksjacket i vardagsrummet var trasigt och har bytts. {G#1} fick även hjälp med skrivaren. Nästa besök: inget. /tekn. {I#2}""",
    """Teknikerrapport – kontoret på {AO}
Kontakt på plats: {P#1} ({PH})
Åtgärd: ny switch i rummet {ROOM}, IP {IP}. Passerbrickan lämnad till {Gs#1} kollega {P#2}.""",
    """Hej {G#1}! Jag är tekniker från Telia och kommer till {A} i morgon mellan {TIME} och {TIME}. Ring {MOB} om tiden inte passar.
Mvh {N#2}""",
    """Servicebesök avbokat: {P#1} var inte hemma på {ST} trots bekräftad tid. Nytt förslag skickat till {E#1}.""",
    """Körlista tekniker {DATE}
08.00 {P#1}, {A}
10.30 {P#2}, {AO}
13.00 {P#3}, c/o {P#4}, {A}
15.00 lagret, hämta {QTY} st {ACC}""",
    # procurement and licences
    """FAKTURA {INVNO}
Atlassian-licenser, {QTY} användare
Köpare: Exempel Data AB, org.nr {ORGNR}
Att: {P#1}
{AOL}
Förfallodag {DATE}, OCR {OCR}, bankgiro {BG}
Belopp {AMT}""",
    """Hej {G#1}, fakturan för Microsoft 365 ({INVNO}) har fel referens. Den ska vara {P#2}, kostnadsställe 3120, inte {P#3}. Kan ni kreditera och skicka en ny till {E#2}?
Mvh {P#4}, inköp""",
    """Licensförnyelse JetBrains: {QTY} licenser, licensnyckel {LIC}. Kontaktperson {P#1}, {PH}. Leverantörens kundnr {CUSTNO}, vårt ordernr {ORDER}.""",
    """Inköpsanmodan
Beställare: {R#1}
Godkänns av: {R#2}
Leverantör: Dustin, org.nr {ORGNR}
Leverans till: {AO}
Märkning: {Ss#1} team, projekt {JIRA}""",
    """Påminnelse: faktura {INVNO} från {S#1} Konsult AB på {AMT} är obetald. Kontakta {P#2} på {VX} eller {E#2}. Bankgiro {BG}.""",
    # more of the same work
    """Besökare {DATE}: {P#1} från Cisco, värd {P#2}. Ska in i serverrummet på {AO} – följ med hela tiden.""",
    """Återställning av {Gs#1} hemkatalog /home/{H#1} från backupen {DATE} klar, {QTY} filer. Meddelat {G#1} på {MOB}.""",
    """Ny telefonlista för kundtjänst:
{P#1} – {PH}
{P#2} – {PH}
{P#3} – {PH}
Växel: {VX}""",
    """Registerutdrag begärt av {F#1}, personnr {PNR}, {A}. Utdraget ska skickas rekommenderat, inte via e-post. Ansvarig: {P#2}. Ärende {CASE}.""",
    """Säkerhetsincident: nätfiskemejl från en falsk adress som utgav sig för att vara {P#1} (vd). {QTY} medarbetare klickade, bl.a. {P#2} och {P#3}. Lösenorden är återställda.""",
    """Hej {N#1}! Den lånade {MODEL} ({ASSET}) skulle ha återlämnats {DATE}. Lämna den i receptionen på {AO} eller ring {PH}. /IT""",
    """Flytt av arbetsplatser {DATE}:
{P#1}: {DESK} → {DESK}
{P#2}: {DESK} → {DESK}
{P#3}: hemmakontor, {A}""",
    """Kära kollegor, {P#1} slutar efter {N2} år hos oss. Avtackning i {ROOM} på fredag. {Gs#1} uppgifter tas över av {P#2} och {G#3}.""",
    """Felanmälan från kund:
Namn: {P#1}
Adress: {A}
Tfn: {PH}
Beskrivning: fibern har inte fungerat sedan {DAY}, routern blinkar rött (MAC {MAC}).""",
    """Intune: enheten {HOST} ({SERIAL}) registrerad på {P#1} har inte checkat in på {N2} dagar. Senaste IP {IP}. Kontakta {G#1} på {MOB} innan rensning.""",
    """Mötesanteckningar arkitekturforum {DATE}
Närvarande: {P#1}, {P#2}, {I#3}, {P#4}
Beslut: vi kör PostgreSQL {VER}. {G#2} skriver ADR:en.""",
    """Tack för att du bokade installation! Vi kommer till:
{AL}
Kontaktperson: {P#1}
Mobil: {MOB}
Bokningsnr: {ORDER}""",
    """Hej {G#1}, vi har registrerat din hemmakontorsutrustning: {ACC}, {ACC} och {MODEL}. Enligt policyn ska den användas på din registrerade adress {A}. /{P#2}, IT-inköp""",
    """{p#1}: kan du dubbelkolla adressen innan jag skickar? {a}
{p#2}: fel postnummer, ska vara {a}""",
    """Lönesystemet – testdata av misstag i produktion:
anst.nr {CUSTNO}, {P#1}, {PNR}, {A}
anst.nr {CUSTNO}, {P#2}, {PNR}, {LGH}
Rensat av {I#3} {DATE}.""",
    """Ärende {INC} stängt av {P#1}: {Ps#2} skärm byttes på plats, {AO}. Den gamla skärmen ({SERIAL}) tillbaka till lagret.""",
    """Kontaktkort:
{F#1}
Systemförvaltare, Lönesystem
{AO}
Tfn {PH} | Mobil {MOB}
{E#1}""",
)

EN = _t(
    """Delivery confirmation {ORDER}
Ship to: {P#1}
{AUKL}
Phone: {PHUK}
Items: {MODEL}, {ACCEN}
Notes: leave with reception if {G#1} is out.""",
    """Hi {G#1}, your new {MODEL} (asset tag {ASSET}, S/N {SERIAL}) has shipped via UPS to {AUS}. Tracking will be emailed to {E#1}. Questions? Call the IT desk at {PHUS}.
— {P#2}, IT Procurement""",
    """NEW HIRE REQUEST
Name: {F#1}
Start date: {DATEEN}
Manager: {P#2}
Desk: {DESK}
Location: {AX}
Mirror access of: {P#3}
Hardware: {MODEL}""",
    """Offboarding checklist for {P#1} (last day {DATEEN}):
[x] Disable account {H#1}
[x] Forward {E#1} to {P'#2} mailbox for 30 days
[ ] Collect laptop {ASSET} from {AUK}
[ ] Remove from on-call rota""",
    """commit {SHA}
Author: {P#1} <{E#1}>
Date:   {ISO} {HMS} +0000

    Fix race condition in session cleanup ({JIRA})

    Co-authored-by: {P#2} <{E#2}>
    Co-authored-by: {P#3} <{E#3}>""",
    """{HASH} Bump openssl to {VER} ({I#1})
{HASH} Add retry to webhook sender ({I#2})
{HASH} Merge pull request #{NUM} from {H#3}/fix-timezones""",
    """{P#1} commented on line {LINE}:
> logger.info(f"Created user {user.name} at {user.address}")
This will write customer PII into Splunk. Can we hash it? @{H#2} thoughts?""",
    """Postmortem {PIR}: payment webhook outage
Incident commander: {P#1}
Timeline (UTC):
{TIME} PagerDuty alert, {G#2} acknowledges
{TIME} {P#3} finds an expired certificate on {HOST}
{TIME} cert renewed, traffic recovers
Action items: {I#1} (owner), {I#3}""",
    """On-call handover, week {WEEK}
Outgoing: {P#1} ({PHUK})
Incoming: {P#2} ({PHUK})
- {HOST} disk at {PCT}, ticket {JIRA}
- Customer {P#3} escalated twice; notes in {INC}""",
    """Pasting the rows that failed import:
name,email,phone,address
{P#1},{E#1},{PHUS},"{AUS}"
{P#2},{E#2},{PHUK},"{AUK}"
{P#3},{E#3},,""",
    """Sample payload from the failing request ({INC}):
{"customer": {"name": "{P#1}", "email": "{E#1}", "phone": "{PHUS}", "shipping": "{AUS}"}, "order": "{ORDER}"}""",
    """{TS} ERROR [billing-worker-{N2}] Failed to charge card for user_id={NUM} name="{P#1}" email={E#1}: gateway timeout after {MS} ms""",
    """Unhandled exception in AddressNormalizer:
ValueError: could not parse postcode from '{AUK}'
  File "normalize.py", line {LINE}, in parse_uk
Reported by {P#1}.""",
    """# notify.yaml
oncall:
  primary: {E#1}   # {P#1}
  secondary: {E#2} # {P#2}
  sms: "{PHUS}"
smtp:
  host: {HOST}
  port: {PORT}""",
    """{g#1}: who owns the flaky e2e test?
{g#2}: {n#3} wrote it i think
{g#3}: yeah mine, looking now
{g#1}: ty""",
    """{g#1}: @{H#2} can you ship a loaner to {n#3:f}? she's wfh at {au} this week
{g#2}: on it, fedex tomorrow""",
    """Call log {DATEEN} {TIME}
Caller: {P#1}, {PHUS}
Issue: locked out after MFA reset, can't reach {E#1}.
Resolution: verified via manager {P#2}, token reissued. — {Gi#3}""",
    """Work order {ORDER}
Technician: {P#1}
Site: {AUSL}
Contact on site: {P#2}, {PHUS}
Task: replace core switch, new MAC {MAC}, mgmt IP {IP}""",
    """INVOICE {INVNO}
Bill to: Example Software Ltd, Attn: {P#1}
{AUKL}
Description: Slack Enterprise Grid, {QTY} seats
Amount due: {GBP}
Payment reference: {OCR}""",
    """Hi {N#1},

Your Adobe Creative Cloud licence ({LIC}) expires on {DATEEN}. To renew, reply to this email or contact {P#2} at {E#2}.

Best,
{P#3}
Software Asset Management | {PHUK}""",
    """Access request {INC}: {P#1} needs read access to the finance data warehouse. Approver: {P'#2} manager, {P#3}. Justification: covering for {G#4} during parental leave.""",
    """Directory export (HR feed)
{R#1} | Engineering | {PHUS} | {E#1}
{R#2} | Support | {PHUK} | {E#2}
{R#3} | Finance | {PHIN} | {E#3}""",
    """Attendees: {P#1}, {P#2}, {P#3} (remote from Bangalore)
Decision: migrate to Postgres {VER} in Q3. {G#2} to write the RFC.""",
    """Courier details for the new hire kit:
Name: {P#1}
Address: {AIN}
Mobile: {PHIN}
Contents: {MODEL}, {ACCEN}""",
    """Please send the replacement {MODEL} to our office in Germany, attention {P#1}: {ADE}. Phone {PHDE}. Reference {ORDER}.""",
    """Bug report from {P#1} ({E#1}):
"When I save my profile with the address {AUS} it shows somebody else's name, {P#2}. Please fix, this is a privacy issue!"
Priority: P1. Assigned: {P#3}.""",
    """Heads up: phishing emails impersonating {P#1} (CFO) are going around asking for gift cards. Sender spoofed {E#1}. If you replied, contact {P#2} on {PHUK} right away.""",
    """PagerDuty escalation policy "payments-prod":
Level 1: {P#1} {PHUS}
Level 2: {P#2} {PHUS}
Level 3: {P#3} (engineering manager)""",
    """Handover notes from {P#1}: the migration scripts are on {HOST} under /home/{H#1}/migrate. {G#2} has the vault token. Don't run step 4 until {S#3} from the DBA team signs off.""",
    """Customer callback list
1. {P#1} — {PHUK} — router replaced, confirm it works
2. {P#2} — {PHUK} — wants a refund for the {DATEEN} outage
3. {P#3} — {PHUK} — moving to {AUK}""",
    """Hey {G#1}, the YubiKeys for your team arrived. I dropped yours with {P#2} at reception ({AUK}). Sign for it by {DAYEN}. Cheers, {N#3}""",
    """Dear {P#1},
Thank you for your order {ORDER}. Your {MODEL} will be delivered to:
{AUSL}
Questions: {PHUS} or {E#2}.
Kind regards,
{P#2}""",
    """Sentry issue {HASH}: TypeError: Cannot read properties of undefined (reading 'zip')
user: { id: {NUM}, email: "{E#1}", username: "{H#1}" }
release: {VER}""",
    """Team lunch RSVP: {N#1}, {N#2}, {G#3} and {Gi#4}. {G#5} is out sick.""",
    """This PR removes {P'#1} test fixtures, which contained real phone numbers ({PHUK}, {PHUK}). Thanks to {P#2} for spotting it in review.""",
    """Vendor: Fortinet reseller
Account manager: {P#1}
{AX}
Tel: {PHX}
Email: {E#1}
Contract: {ORDER}, renews {DATEEN}""",
    """On {DATEEN} at {TIME} {P#1:f} reported that her personal mobile {PHUK} was shown in the public staff directory. Removed by {P#2}.""",
    """Shipping label
FROM: IT Logistics, {AUK}
TO: {U#1}
{AUSL}
TEL {PHUS}""",
    """{g#1}: prod db failover done, {g#2} pls verify replication lag
{g#2}: lag 0s, all good
{g#3}: nice one {n#1}""",
    """Reminder: {P#1} is on leave until {DATEEN}. For anything about the HR integration, ask {P#2} or {I#3}.""",
    """Hi team, please welcome {P#1}, who joins us as a Site Reliability Engineer from our India office ({AIN}). {G#1} will be shadowing {G#2} on call next week.""",
    """[ERROR] SMTP 550 rejected recipient <{E#1}> while sending invoice {INVNO} to {P#1}; retrying with secondary contact <{E#2}>""",
    """Asset audit — discrepancies
{ASSET}  assigned to {P#1}, found with {P#2}
{ASSET}  assigned to {P#3}, location {AUK}
{ASSET}  unassigned, serial {SERIAL}""",
    """Field visit summary: visited {P'#1} home office at {AUS}. Wi-Fi extender installed, speed test {NUM} Mbps. No further visit needed. — {P#2}""",
    """Quote {ORDER} for {QTY} x {MODEL}
Prepared for: {P#1}, IT Director
Prepared by: {P#2}, {PHUK}
Valid until {DATEEN}.""",
    """Password reset audit: {QTY} resets last week. Top requesters: {P#1} (4), {P#2} (3), {S#3} (3).""",
    """Escalation from {P#1}, Head of Support: customer {P#2:f} ({E#2}) says we sent her data to {P#3}. Please check the mail merge job on {HOST}.""",
    """Mailing list cleanup, bounced addresses:
{E#1}
{E#2}
{E#3}""",
    """Interview loop for {P#1}: {P#2} (system design), {P#3} (coding), {G#4} (values). Candidate phone {PHX}.""",
    """git shortlog -sn since the last release:
   {NUM}  {P#1}
   {NUM}  {P#2}
   {NUM}  {P#3}
    {N2}  {H#4}""",
)

MIXED = _t(
    """Hej {G#1}! Your laptop is ready för upphämtning i receptionen på {AO}. Ta med ID. Otherwise we can ship it to {A}, just reply. /{G#2}""",
    """{g#1}: kan du review:a min PR? #{NUM}
{g#2}: sure, efter standup
{g#2}: lgtm men {g#3} borde kolla migrations-delen""",
    """Onboarding – {P#1}
Start: {ISO}
Manager: {P#2}
Buddy: {G#3}
Laptop skickas till hemadressen: {LGH}
Access: GitHub, AWS (read), Jira""",
    """commit {SHA}
Author: {P#1} <{E#1}>

    Fixa timezone-bug i schemaläggaren

    Testat lokalt och på staging.

    Co-authored-by: {P#2} <{E#2}>""",
    """Incident {PIR} – summary
Vid {TIME} gick betaltjänsten ner. On-call {P#1} escalated to {P#2}. Root cause: utgånget certifikat på {HOST}. Kunder påverkade: ca {NUM}, bland annat {P#3} som ringde från {PH}.""",
    """Handover: {N#1} → {N#2}
- {HOST} behöver reboot efter patchningen
- Kund {P#3} väntar på callback, {PH}
- Don't touch the {JIRA} branch""",
    """Export från HubSpot, rows som failade:
name;email;phone;city
{P#1};{E#1};{PH};Malmö
{P#2};{E#2};{PHUK};London""",
    """{TS} WARN  addr-validator: postnummer mismatch for customer "{P#1}" input="{A}" suggested="{A}\"""",
    """Hi {G#1}, tack för samtalet. As discussed kommer tekniker {P#2} till {A} på {DAY} kl {TIME}. Ring {MOB} om något ändras.
Best, {P#3}""",
    """{p#1}: anyone know varför vpn:en droppar hela tiden?
{p#2}: {n#3} bytte mtu igår, kolla med hen
{p#3}: sorry, reverted nu""",
    """{P#1} (Guest): Hello, är det här rätt kanal för access requests?
{P#2}: Yes! Skicka namnet på din manager och vilket system.
{P#1} (Guest): Manager är {P#3}, system = Salesforce""",
    """Purchase order {ORDER}
Vendor: Dustin AB, org.nr {ORGNR}
Deliver to: {AOL}
Attn: {P#1}, {PH}
Items: {QTY} x {MODEL}""",
    """Licensfaktura {INVNO} from JetBrains s.r.o.
Bill to: {P#1}, Exempel AB
{AOL}
Amount: {EUR} (omvänd skattskyldighet)""",
    """Stacktrace från prod:
  at CustomerController.update (customer.ts:{LINE})
Error: personnummer "{PNR}" rejected for user {E#1}
Om någon vet vem som äger valideringen — {P#1}?""",
    """Call notes ({DATE}): {P#1:f} ringde från {PHX}, stuck at the airport utan VPN. Reset token, bad henne mejla {E#1} från sin privata adress {E#1}.""",
    """Field visit {DATE}
Kund: {P#1}
Address: {AL}
Issue: fiberboxen död, utbytt. Customer happy. Next: none. — {I#2}""",
    """Hej! Leveransen till vårt kontor {AUK} är försenad. UPS says {DAYEN}. Kontakt där: {P#1}, {PHUK}.""",
    """Code review från {P#1}:
> const phone = "{MOB}"
Please, inga hårdkodade nummer i koden! Flytta till config. cc {g#2}""",
    """{g#1}: någon som har {gs#2:f} nya mobilnummer?
{g#3}: {MOB} tror jag, hon bytte last week""",
    """Welcome {P#1} to the team! 🎉 {G#1} har jobbat på vårt kontor i Polen ({APL}) i {N2} år and now joins us here. Say hej!""",
    """Offboarding {P#1}:
- disable AD-kontot {H#1} ✅
- laptop returnerad, {ASSET} ✅
- mail forwarding till {E#2} ({G#2}) i 30 dagar
- remove from PagerDuty ❌""",
    """Config diff:
- alert_email: {E#1}
+ alert_email: {E#2}
# {G#1} har slutat, {G#2} tar över""",
    """Directory sync error: user "{R#1}" has no manager. Förslag: sätt {P#2} som manager (samma avdelning). Telefon i HR-systemet: {PH}.""",
    """From: {P#1} <{E#1}>
To: servicedesk
Subject: Ny adress för hemleverans

Hi, I've moved! Nya adressen är {LGH}. Please update before the new {MODEL} ships.
Tack, {G#1}""",
    """Standup {DATE}: {G#1} – klar med API:t, {G#2} – blocked on access, väntar på {P#3}. {G#4} sjuk.""",
    """Postmortem action items
| Owner | Action | Due |
| {P#1} | Lägg till larm på certifikat | {ISO} |
| {P#2} | Update runbook | {ISO} |
| {I#3} | Review on-call rota | {ISO} |""",
    """Hej {G#1},
Your Microsoft 365-licens is reassigned to {P#2} from {DATE}. If that's wrong, ring oss på {VX}.
/IT Service Management""",
    """{g#1}: deploy fail igen 😩 ERROR: permission denied for user {H#1}
{g#2}: {n#3:f} rotated the secrets, fråga henne""",
    """Tekniker {P#1} checked in at {ADE} kl {TIME}. Kontaktperson {P#2} ({PHDE}) was not there, väntade {MIN} min.""",
    """Loggrad från mobilappen:
{TS} DEBUG ProfileView user={E#1} name="{P#1}" tel="{MOB}" address="{A}"
Varför loggar vi det här i DEBUG i prod?? /{G#2}""",
    """Delivery note {ORDER}: leveransen till {P#1}, {AFI}, signed by {P#2}. Serial {SERIAL}.""",
    """Hi all, reminder att {P#1} och {P#2} är out of office nästa vecka. For urgent prod issues ring on-call på {MOB}.""",
    """Kundärende {INC}: {P#1} ({E#1}) wants a GDPR-export av all data. Identitet bekräftad via personnr {PNR}. Assigned to {G#2}.""",
    """Reviewers: {H#1}, {H#2}
{G#1}: nit — variabelnamnet `kundAdress` borde vara `customerAddress`
{G#2}: agree, annars approved""",
    """Hej {G#1}, your YubiKey shipped till {A}. Tracking {ORDER}. Aktivera den innan {DAYEN}, else your account locks. — {P#2}""",
    """India team contacts (för escalations):
{P#1} – {PHIN} – {E#1}
{P#2} – {PHIN} – {E#2}
Office: {AIN}""",
    """{g#1}: vem tar jouren över midsommar?
{g#2}: i can do fre-lör, {g#3} tar söndag?
{g#3}: ok men bara om {n#4} är backup""",
    """Inköp: {QTY} st {MODEL} till de nya konsulterna från {S#1} Consulting AB. Faktureras {P#2}, ref {ORDER}, leverans {AO}.""",
    """Hi {G#1}! Tack för din anmälan. The technician, {P#2}, kommer {DAY} between {TIME}–{TIME}. Portkod {CODE}? Reply to {E#2} if not.""",
    """US office onboarding: {P#1} startar {DATEEN} på {AUS}. Hardware skickas från Stockholm. Manager {P#2} ({PHUS}).""",
    """Error report (automatisk):
user: {P#1}
email: {E#1}
device: {HOST} ({MAC})
message: "Kunde inte synka kalendern, 401 Unauthorized\"""",
    """Ping {G#1} — kan du ta {INC}? Kunden {P#2} säger att leveransen till {ST} never arrived. Tel {PH}.""",
    """Meeting notes – vendor sync med Cisco
Deltagare: {P#1}, {P#2} (Cisco), {I#3}
Next step: {G#2} skickar quote till {E#1}.""",
    """{P#1} left a comment: "Det här är {Ps#2:m} kod, ask him\"""",
    """Asset {ASSET} ({MODEL}) – status: lost. Senast sedd hos {P#1} på {A}. Remote wipe triggered by {G#2}.""",
    """Hej {G#1}! Contract för {P#2} (konsult via {S#3} Data AB) is extended till {DATE}. Please förläng kontot {H#2}.""",
    """SMS gateway log:
{TS} sent to {MOB} "Din kod: {CODE}" status=delivered
{TS} sent to {PHX} "Your code: {CODE}" status=failed""",
    """{P#1}: Hej! Vem på teamet äger billing-servicen?
{P#2}: It's {S'#3} team, men {G#4} är on call idag""",
    """Hi {G#1}, din beställning av {ACC} har godkänts av {P#2}. Leverans till {AO}. Questions: {E#3}""",
    """Migration report: {QTY} users moved. Failed: {R#1} (no mailbox), {R#2} (duplicate alias {E#2}). Kontakt: {P#3}.""",
)

# Rows with no value but with look-alikes: every one used once.
NEGATIVES: tuple[tuple[str, str], ...] = tuple(
    (lang, text)
    for lang, texts in (
        ("sv", (
            "Deploy av {VER} till produktion klar {TIME}. Change {CHG}, rollback-plan i Confluence.",
            "Port {PORT} öppnad mellan {IP} och {IP} enligt brandväggsbeställning {INC}.",
            "Ny switch i rack B4: MAC {MAC}, mgmt-IP {IP}, firmware {VER}.",
            "Faktura {INVNO} från Dustin, org.nr {ORGNR}, OCR {OCR}, bankgiro {BG}, belopp {AMT}. Förfaller {DATE}.",
            "Jenkins-bygget #{NUM} föll på teststeget, commit {HASH}. Kör om när cachen är rensad.",
            "Inventering: {QTY} st {MODEL} i lager, serienummer från {SERIAL} och uppåt. Assettaggar {ASSET}–{ASSET}.",
            "Vi kör round robin mellan {N2} noder; {HOST} tas ur rotation på {DAY}.",
            "Hugo-sajten byggs om varje natt kl {TIME}. Om den fallerar, kolla loggen i /var/log/hugo.",
            "Tor-trafik blockeras från och med {DATE}. Undantag söks via {INC}.",
            "Nätverksjack 3.{N2} på plan 4 är trasigt, tekniker bokad. Ärende {INC}.",
            "Sage och Fortnox pratar inte med varandra efter uppdateringen {VER}. Workaround: exportera SIE-filen manuellt.",
            "Kontoret i Kista stänger kl {TIME} på {DAY} på grund av elarbete. Servrarna på plan 3 går på UPS.",
            "Ärendet {CASE} om kundnummer {CUSTNO} är stängt. Ordernumret {ORDER} var dubbelregistrerat.",
            "Certifikatet för *.example.se går ut {DATE}. Fingeravtryck {SHA}.",
            "Rust eller Go för nya tjänsten? Ada och Pascal är uteslutna, Julia kanske för analysdelen.",
            "Ny firmware {VER} till alla Axis-kameror, hash {SHA}, installeras natten mot {DAY}.",
            "UUID {UUID} finns två gånger i tabellen orders. Dubbletten skapades {TS}.",
            "Licenser: {QTY} av {QTY} använda, nyckel {LIC}. Förnyas via Atea.",
            "Berg- och dalbana i svarstiderna i dag: p95 {MS} ms på {HOST}, normalt runt {MS}.",
            "Vi kör Linux på servrarna och Windows på klienterna; Mac är undantag och kräver chefens godkännande.",
            "Organisationsnummer {ORGNR} ska stå på alla fakturor, inte momsregistreringsnumret.",
            "Sprint {WEEK}: {QTY} story points klara, velocity upp {PCT}. Retro i rummet {ROOM}.",
            "IP-adressen {IP} pekar på den gamla webbservern, uppdatera DNS. TTL {PID} sekunder.",
            "Månadens patchning: {DAY} {DATE} kl {TIME}–{TIME}. Påverkar {HOST} och {HOST}.",
            "Lind, ek och björk på bilderna i nya intranätet – bildbanken heter Skogen. Alt-texter saknas på {QTY} bilder.",
        )),
        ("en", (
            "Rolled back {VER} after the error rate hit {PCT}. See {CHG} and incident {PIR}.",
            "Opened port {PORT} from {IP} to {IP6} per firewall request {INC}.",
            "Jenkins job #{NUM} is red again; last green commit {HASH}.",
            "Invoice {INVNO}, PO {ORDER}, amount {USD}, due {DATEEN}. Payment terms net 30.",
            "Mark as resolved once the patch is applied. Will follow up on {DAYEN}.",
            "Grace period for expired licences is {N2} days; after that the seats are released.",
            "Asset {ASSET}, serial {SERIAL}, MAC {MAC}: wiped and returned to stock.",
            "The Ruby and Julia runtimes were removed from the base image in {VER}.",
            "Bill of materials for the new rack: {QTY} servers, {QTY} PDUs, {QTY} patch panels.",
            "Round-robin DNS now spans {N2} hosts; sticky sessions are disabled on {HOST}.",
            "Hope the maintenance window on {DAYEN} holds — change {CHG} is a large one.",
            "Rebuilt the Hunter cluster; {UUID} is the new primary.",
            "Signal and WhatsApp are not approved for customer data. Use Teams.",
            "Dawn patrol: backups at {TIME} UTC finished in {MIN} minutes.",
            "Checksum mismatch: expected {SHA}, got {SHA}.",
            "The Cambridge office is closed on {DAYEN} for network work; printers will be offline.",
            "Cost centre 4410 went over budget by {GBP} this quarter; a frank discussion is needed at the review.",
            "Sage export failed with HTTP {ERR}; retry scheduled for {TIME}.",
        )),
        ("mixed", (
            "Deploy av {VER} klar, smoke tests green. Change {CHG} stängd.",
            "Kan någon open port {PORT} mot {IP}? Ticket {INC}.",
            "Faktura {INVNO}, org.nr {ORGNR}, amount {EUR}. Due {DATE}.",
            "Jenkins är red igen, last good {HASH}. Jag kör om pipelinen.",
            "MAC {MAC} blockad i NAC, device {HOST} marked as lost.",
            "Rummet {ROOM} is booked för retro kl {TIME}.",
            "Nya laptops: {QTY} x {MODEL}, leverans vecka {WEEK}, PO {ORDER}.",
            "Grace period på {N2} dagar för licenserna, sen released automatiskt.",
            "We will merge efter lunch, sen code freeze till {DAY}.",
            "Kubernetes-klustret upgraded till {VER}, {N2} noder, inga incidents.",
            "Checksum stämmer inte: {SHA} vs {SHA}. Ladda ner igen.",
            "Kista-kontoret har strömavbrott, servers på UPS. Update kommer {TIME}.",
            "Order number {ORDER} och kundnr {CUSTNO} matchar inte, please dubbelkolla.",
            "Hugo build failade, error code {ERR}, retry om {MIN} min.",
            "Rust eller Go? Teamet säger Go, men Ruby lever kvar i legacy.",
            "Serial {SERIAL}, IMEI {IMEI}: telefonen är reset och redo för nästa user.",
            "Sprint review {DAYEN}: {QTY} tickets closed, {QTY} carried over. Bra jobbat alla!",
            "Licensnyckel {LIC} is expired, beställ en ny via portalen.",
        )),
    )
    for text in texts
)
