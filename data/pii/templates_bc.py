# ruff: noqa: E501
"""Templates of held-out BC: industry and the workplace floor.

Construction site diaries (byggdagbok), safety rounds and incident reports (skyddsrond,
tillbud), shift handovers in factories and warehouses, forklift and crane certificates, union
negotiation minutes (MBL), staffing-agency assignments, IT incident post-mortems and on-call
logs, contractors' work orders with site addresses, English HSE reports and timesheets.

Slots: `{FORM#ref:g}`. A person's forms: P full name, p the same in lower case, U in capitals,
F with a middle name, G the given name (now and then its short form), g in lower case, N the
short form where the name has one, n in lower case, S the surname, s in lower case, I an initial
and the surname (`J. Berg`), Gi the given name and the surname's initial (`Emma B.`), R
`Surname, Given`, E an e-mail address. `~s` after a form asks for a Swedish genitive, `~'` for an
English one (the ending is no part of the value). `#1` names the same person again; `:f`/`:m`
sets the gender. Other slots are values (A, AL, ST, STL, STN, a, BOX, CO, AU, AUL, au, AUS, AX,
AXL, PH, PHX, PNR) or filler that is no value (DATE, TIME, PROJ, FAST, FIRM, ...).
Written by a helper who does not tune the detector.
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

SV = (
    # construction site diaries
    """Byggdagbok {DATE}
Projekt: {PROJ}
Arbetsplats: {A}
Väder: {WEATHER}
Närvarande: {P#1} (arbetsledare) och två snickare från UE {FIRM}
Utfört: formsättning plan 3, armering kontrollerad. Pumpbil bokad {TIME}.
Avvikelse: leverans av sten och grus försenad, {S#1} ringde {FIRM}.""",
    """BYGGDAGBOK – {PROJ}, dag {NUM}
Arbetsplats: {A}
Platschef: {P#1}   Tel: {PH}
Anteckningar
- Kranen stod still 2 h p.g.a. vind, stopp beslutat av platschefen
- Besök av beställarens ombud
- Grannen på {ST} klagade på damm, {G#1} har pratat med hen
Signerat: {I#1}""",
    """{DATE} kl {TIME}. Dagbok forts. Gjutning hus B klar. {G#1~s} lag la ut isolering. Kantbalk från {FIRM} hade fel dimension och returneras till {A}. Brandskyddsdokumentation skickad till {S#3} ({E#3}).""",
    """Dagbok vecka {NUM}, {FAST}
mån: schakt, {G#1:m} på maskinen
tis: regn, inget arbete på tak
ons: konstruktören {S#3} på plats, godkände armering
tors: {N#1} hemma sjuk – {S#2} hoppade in
fre: städning och skyddsrond""",
    """Hej {G#1}!
Bifogar byggdagboken för vecka {NUM}. Observera att {P#2~s} anteckning om sättningen vid grundplattan behöver följas upp innan gjutning.
Leveransadress för nästa vecka: {AL}
Mvh
{P#3}
Arbetsledare, {FIRM}
{PH}""",
    # safety rounds and incidents
    """SKYDDSROND {DATE}
Arbetsplats: {PROJ}, {A}
Deltagare: {P#1} (skyddsombud), {P#2} (platschef)
Anmärkningar:
1. Saknat fallskydd trapphus 2 – ansvarig {S#2}, åtgärd före {DAY}
2. Brandsläckare vid container saknas – BAS-U
3. Stegar ej förankrade""",
    """Tillbudsrapport nr {REF}
Datum: {DATE}   Tid: {TIME}
Plats: {A}
Inblandad: {P#1}, personnummer {PNR}
Beskrivning: Pall föll från truck vid lastkaj 4. Ingen personskada.
Åtgärd: Truckföraren {S#3} går om utbildning. Rapporterad av {P#4}, tel {PH}.""",
    """Anmälan av tillbud – skyddsombudets kopia
Anmälare: {U#1}
Tel: {PH}
Arbetsställe: {A}
Händelse: {G#2} halkade på oljespill vid press 7. {S#2~s} arbetsledare informerad.
Förslag: absorbent vid varje press.""",
    """Från: {P#1} <{E#1}>
Till: {P#2}
Ämne: Tillbud {DATE} – kranlyft
Hej,
vid lyftet av stålbalk på {ST} passerade lasten över gångväg. Kranföraren {S#3} såg inte signalmannen. Vi behöver se över lyftplanen.
/{G#1}""",
    """skyddsrond lager 3 ({st}) {DATE}
närv: {g#1}, {g#2}, skyddsombudet
- nödutgång blockerad av pallar (ansv {g#1})
- truck nr 4 saknar blåljus
- förslag: gula markeringar vid port 6""",
    """Allvarligt tillbud – anmält till Arbetsmiljöverket
Den skadade: {P#1}
Personnr: {PNR}
Bostadsadress: {AL}
Arbetsgivare: {FIRM}
Närmaste chef: {P#2}, {PH}
Händelseförlopp: fick handen i klämrisk vid kantvikning. Förstahjälpen gavs av en kollega.""",
    """Hej alla, påminnelse om skyddsronden {DAY} {TIME}. Vi samlas vid bodarna på {ST}. Dr {S#1} från företagshälsovården är med. Frågor till {G#2} på {PH}.""",
    """Riskbedömning – rivning av schakt
Arbetsplats: {AL}
Upprättad av: {R#1}
Granskad av: {R#2}
Åtgärder: asbestinventering klar ({FIRM}), avspärrning mot {STN}.""",
    # shift handovers
    """Skiftöverlämning {DATE} natt→dag
Avgående: {P#1}   Tillträdande: {P#2}
Linje 2: stopp 03.40–04.15, byte av band. Underhållsjouren ringd på {PH}.
Linje 4: ok.
Kvar att göra: kvalitetsprov till labbet, {G#2~s} skift tar det.""",
    """överlämning kväll → natt
- pack 3 körde 12 400 st
- {g#1} gick hem 21.30 (sjuk), {g#2} täckte
- ugn 2 larmade två ggr, {n#3} kollar på natten""",
    """Skiftrapport C-skiftet v.{NUM}
Skiftledare: {P#1}
Bemanning: nio egna, två inhyrda från {AGENCY}
Händelser: {S#2} började idag och introduceras av skiftledaren. Truck T7 på service hos {MACHINE_FIRM}.
Nästa skift: {P#3}""",
    """Hej {G#1}, du tar över lagret från {TIME}. {P#2} är kvar till halv tolv och visar plocklistan. Ring mig på {PH} om det strular.""",
    """Överlämning underhåll
Från: {I#1}   Till: {I#2}
Pump P-104: tätning byts {DAY}. Reservdelar beställda.
Kompressor: {G#1~s} mätvärden i loggboken.
Nyckel till ställverket hos vakten.""",
    """LAGER NORD – SKIFTBYTE
{DATE}
Avgår: {U#1}
Tillträder: {U#2}
Notering: inleveranser port 2–5 klara. Container från {TOWN} försenad, transportkontoret ({PH}) följer upp.""",
    # forklift and crane certificates
    """Intyg – truckförarutbildning A+B
Namn: {P#1}
Personnummer: {PNR}
Utbildare: {P#2}
Genomförd: {DATE}
Utbildningsplats: {A}
Intyget gäller tillsammans med skriftligt körtillstånd utfärdat av arbetsgivaren.""",
    """Körtillstånd truck
Förare: {F#1}
Födelsedatum/personnr: {PNR}
Truckar: motviktstruck, skjutstativ ({MACHINE})
Utfärdat av: {P#2}, produktionschef
Adress arbetsplats: {A}""",
    """Kranförarbevis – register
{R#1}   mobilkran   giltigt t.o.m. {DATE}
{R#2}   tornkran    giltigt t.o.m. {DATE}
{R#3}   fordonskran (Hiab)   giltigt t.o.m. {DATE}""",
    """Hej! Jag heter {P#1} och ska gå truckkursen {DAY}. Kan ni skicka kallelsen till mig, {CO}? Nås på {PH}. Tack!""",
    """Anmälan till utbildning: Säkra lyft
Deltagare: {P#1}, {P#2}
Fakturaadress: {BOX}
Referens: {S#3}
Kontakt: {E#3}""",
    """Förnyat certifikat
{P#1} – heta arbeten – förnyat {DATE}
{I#2} – arbete på väg nivå 2 – saknas, bokas på nästa kurs
{Gi#3} – ställningsbyggnad – ok""",
    # union negotiation minutes
    """PROTOKOLL fört vid förhandling enligt MBL § 11
Datum: {DATE}
Plats: {FIRM}, {A}
Närvarande för arbetsgivaren: {P#1}
Närvarande för {UNION}: {P#2}
§ 1 Förhandlingen öppnades av {S#1}.
§ 2 Ärende: omorganisation av skiftgång på lager.
§ 3 Facket yrkade att frågan bordläggs.
Vid protokollet: HR""",
    """MBL-information § 19
Till: {UNION}, klubbordförande {P#1}
Från: HR-chefen {P#2}
Företaget avser anlita {AGENCY} för att täcka semestrar under v. {NUM}–{NUM}. Frågor besvaras av HR på {PH}.""",
    """Anteckningar lokal förhandling {DATE}
{UNION}: {P#1}
Arbetsgivare: {P#2}
Frågan om ackordet på {PROJ}: platschef {S#2} menar att mätningen är klar, facket håller inte med.
Ny förhandling {DAY}. Oenighet noteras.""",
    """Hej {G#1},
facket begär förhandling om {G#2~s} omplacering. Jag föreslår {DAY} {TIME} hos oss på {ST}. En representant från {UNION} deltar via Teams.
Hälsningar
{P#3}
HR-partner
Mobil {PH}""",
    """Central förhandling – deltagarlista
Arbetsgivarsidan: {R#1}
Arbetstagarsidan: {R#2}; {R#3}""",
    # staffing agencies
    """Uppdragsbekräftelse – {AGENCY}
Konsult: {P#1}
Personnummer: {PNR}
Kund: {FIRM}
Arbetsplats: {A}
Kontaktperson hos kund: {P#2}, {PH}
Start: {DATE} kl. {TIME}. Ta med skyddsskor och ID06-kort.""",
    """Hej {G#1}! Du är bokad hos {FIRM} nästa vecka, lager på {A}. Fråga efter lagerchefen i receptionen. Har du frågor, ring mig på {PH}. /{G#3}, {AGENCY}""",
    """Beställning bemanning
Beställare: {P#1}
Behov: 4 truckförare, 2 plockare, skift 2
Önskade konsulter från förra gången: {P#2}
Fakturaadress: {BOX}""",
    """Tidrapport vecka {NUM} – inhyrd personal
{R#1}   38,5 h
{R#2}   40 h
{R#3}   32 h (VAB ons)
Attesteras av platschefen.""",
    """Från: {P#1} <{E#1}>
Ämne: Avslut av uppdrag
Hej,
vi avslutar uppdraget för {P#2} per {DATE}. Hen har gjort ett bra jobb. Skicka gärna hen till oss igen efter sommaren.
Mvh {G#1}""",
    """Bekräftelse: {P#1} börjar som maskinoperatör hos er {DAY}. Hen bor på {AL} och har egen bil. Nödkontakt: {P#2}, {PH}.""",
    # IT incidents and on-call
    """Incidentrapport {TICKET}
Allvarlighet: {SEV}
Start: {DATE} {TIME}
Upptäckt av: {P#1} (jour)
Incidentledare: {P#2}
Sammanfattning: {SYSTEM} slutade svara efter driftsättning. {G#1~s} rollback kl {TIME} löste felet.
Uppföljning: post-mortem bokas.""",
    """Jourlista vecka {NUM}
Primär: {P#1}, {PH}
Sekundär: {P#2}, {PH}
Eskalering: driftchefen, {PH}
Byten görs med {G#1~s} godkännande.""",
    """jourlogg natt
02:14 larm disk full db-03, {g#1} vaknade
02:40 {g#1} rensade loggar, ok
04:05 larm igen, eskalerat till {g#2}
05:10 {g#2~s} fix: utökad volym""",
    """Post-mortem: betalflöde nere 47 min
Deltagare: {P#1}, {P#2} m.fl.
Tidslinje: {TIME} larm i {SYSTEM}; {G#1} bekräftade; felaktig konfig hittad och återställd.
Lärdom: ingen skuld läggs på individ. Runbooken uppdateras.""",
    """Hej {G#1}, jag har jouren i helgen men byter med {P#2} på lördag. Hen nås på {PH}.""",
    """Driftstörning – kundinformation
Vi har haft en störning i {SYSTEM}. Felet åtgärdades av vår tekniker {P#1}. Kontakt vid frågor: {P#2}, {E#2}, {PH}.""",
    # contractors' work orders
    """ARBETSORDER {REF}
Kund: {P#1}
Adress: {AL}
Tel: {PH}
Uppdrag: byte av golvbrunn och tätskikt i badrum
Montör: {P#2}
Nyckel hämtas hos {S#1~s} granne
Datum: {DATE}""",
    """Arbetsorder el
Objekt: {A}
Kontakt på plats: {P#1}, {PH}
Elektriker: {I#2}
Notering: proppskåp i källaren, {G#1~s} hund i trädgården – ring innan.""",
    """Serviceorder – värmepump
Beställare: {P#1}, {A}
Fastighet: {FAST}
Tekniker: {G#2}
Åtgärd: filterbyte, kontroll av köldmedium. Lärling med.""",
    """Uppdrag hos {P#1}
{AL}
Port kod 1234, lgh högst upp
Ska: montera fläkt, vi tar {G#2~s} bil, lärlingen bär
Kund nås på {PH}""",
    """Från: {P#1} <{E#1}>
Till: {FIRM}
Ämne: Offertförfrågan tak
Hej!
Vi behöver lägga om taket på {A}. {P#2} (min man) är hemma dagtid, {PH}.
Vänliga hälsningar
{G#1}""",
    """Ändringsorder nr {NUM}
Projekt: {PROJ}
Arbetsplats: {A}
Beställare: {P#1}
Entreprenör: {FIRM}, kontakt {P#2}
Ändring: flytt av ventilationsschakt enligt {S#3~s} skiss. Merkostnad {AMT}.""",
    """Hej {G#1}. Rörmokaren {G#2} kommer till {ST} i morgon 7.30. Om ingen är hemma, lämna nyckel hos grannen på {ST}. Tack!""",
    """Beställning av container
Levereras till: {AL}
Kontaktperson: {P#1}
Mobil: {PH}
Faktura: {BOX}
Märkning: ”{PROJ}”""",
    """Kvittens – utlämnade nycklar
{R#1} – huvudnyckel ({FIRM})
{R#2} – bod 2
{R#3} – container
Utlämnat {DATE}""",
    """Arbetsorder {REF} – akut vattenläcka
Adress: {STL}
Hyresgäst: {P#1}, tel {PH}
Jourmontör: {N#3}""",
    # e-mail and letters on the floor
    """Från: {P#1} <{E#1}>
Skickat: {DAY} {DATE}
Till: planeringen
Ämne: Schema julveckan
Hej,
jag har lagt in två inhyrda på helgerna. {P#3} vill byta till dagskift, kan du prata med hen?
/{N#1}""",
    """Hej {G#1},
tack för igår. Som sagt flyttar vi {G#2} från linje 1 till montering från {DAY}. Lönegruppen uppdaterar tidrapporten.
Vänliga hälsningar
{P#3}
Produktionsledare
{FIRM} | {A}
Direkt {PH}""",
    """Till {P#1}
{CO}

Angående ert arbetsskadeärende. Vi har mottagit anmälan från er arbetsgivare. Handläggare är {P#2}, tel {PH}.""",
    """Meddelande från receptionen: {P#1} från {FIRM} söker {G#2}. Ring tillbaka på {PH} eller mejla {E#1}.""",
    """hej {n#1}! kan du ta {g#2~s} pass på lördag? hen har bröllop. säg till {g#3} om du kan""",
    """Personalinfo
Välkommen {P#1} som börjar i plåtverkstaden! {G#1~s} senaste jobb var på {FIRM} i {TOWN}.
Vi tackar också {P#2} som går i pension efter 38 år – tårta i matsalen {DAY}.""",
    """Utlåning av verktyg
Borrhammare → {G#1}
Laser → {I#2}
Stegbil → {S#3}, tillbaka {DAY}""",
    """APT-protokoll lager {DATE}
Närvarande: dagskiftet, {P#1} (ordf)
1. Nya truckar från {MACHINE_FIRM} kommer v.{NUM}
2. {G#2} tar över som skyddsombud efter {P#3}
3. Övrigt: julfest på lagret? Röstades ned.""",
    """Sjukanmälan: {P#1} ({PNR}) är sjuk {DAY}. Meddelat av {P#2} på skift B, tel {PH}.""",
    """Lönespec skickas hem till {P#1}, {CO}. Ändrad adress registrerad {DATE} av {I#2}.""",
    """VIKTIGT: {U#1} har glömt sitt passerkort i bod 4. Hämtas hos {G#2} i grindstugan.""",
    """{DATE}. Möte med beställaren på {ST}. Närvarande {P#1} ({FIRM}), byggherren, KA {S#3}. Slutbesiktning bokas till v.{NUM}.""",
    """Arbetsmiljöplan – kontaktuppgifter
BAS-P: {P#1}, {PH}
BAS-U: {P#2}, {PH}
Arbetsplatsens adress: {AL}
Närmaste sjukhus: {HOSPITAL}""",
    """Hej, det här är {G#1} på lagret. {P#2:m} har skadat foten och åkt till akuten. Jag har ringt hans fru på {PH}. Tillbudsrapport kommer.""",
    """Intern rekrytering: Lagerledare
Sökande: {P#1} och två externa
Intervjuer hålls {DAY}.
Referens för {G#1}: förre chefen {S#3}, {PH}""",
    """Kontrollplan PBL – egenkontroll, {A}
Kontrollpunkt 4: tätskikt badrum, sign. {Gi#1}
Kontrollpunkt 5: brandtätning, sign. {Gi#2}
Kontrollpunkt 6: ventilation OVK, sign. {I#3}""",
    """Plockfel v.{NUM}
{G#1}: 2
{G#2}: 0
{N#3}: 1
Snittet för skiftet är bra.""",
    """Bekräftelse leverans av stålstomme till {A}. Mottagare på plats: {P#1}. Chaufför: {P#2} ({PHX}). Lossning med kran {MACHINE}.""",
    """Anmälan om ändrad adress – personalregistret
Anställd: {P#1}
Personnr: {PNR}
Ny adress: {AL}
Gäller från {DATE}""",
    """Hej {G#1}, {G#2} här från {FIRM}. Vi står utanför {ST} med lastbilen men kommer inte in på gården. Kan du öppna grinden? Nr {PH}.""",
    """Nöjd kund! {P#1} skrev: ”{G#2} och kollegorna gjorde ett fantastiskt jobb med vårt kök på {STN}.” Vi skickar en hälsning till gänget.""",
    """Arbetsledarnas telefonlista
{R#1} {PH}
{R#2} {PH}
{R#3} {PH}""",
    """Skadeanmälan fordon
Förare: {P#1}
Fordon: {REG}
Plats: korsningen vid {STN}
Motpart: {P#2}, {AL}""",
    """Jag, {F#1}, intygar att jag tagit del av arbetsmiljöplanen för {PROJ}.
Bostadsadress: {A}
Ort och datum: {TOWN} {DATE}
Underskrift: {I#1}""",
    """Hej gänget, {N#1} och {N#2} jobbar över i kväll. {G#3~s} bil står på lastplatsen, flytta den innan {TIME}!""",
    """Påminnelse: {P#1~s} medarbetarsamtal med produktionschef {S#2} hålls {DAY} {TIME} i konferensrum Mark.""",
    """Adresslista för julkort 2027:
{P#1}, {A}
{P#2}, {A}
{P#3}, {A}""",
    """Ärende till fastighetsskötaren: {P#1} i lgh 1102 på {ST} anmäler att hissen står still. {G#1} nås dagtid på {PH}.""",
    """Överenskommelse om tjänstledighet
Arbetstagare: {F#1}, {PNR}
Tjänstledig: {DATE}–{DATE} för studier
För arbetsgivaren: {P#2}
För {UNION}: klubbordföranden""",
    """Skiftlag 4 – kontaktlista
{U#1}   {PH}
{U#2}   {PH}
{U#3}   {PH}""",
    """Tack {G#1} för hjälpen med inventeringen i helgen! {G#2} tog kylrummet och {S#3~s} gäng tog pallställen.""",
    """Felanmälan inkom från {P#1} (boende {STL}): ingen värme. Skickat {G#2~s} jourbil, {PH}.""",
    # person-light rows: sites, deliveries, registers
    """ARBETSORDER {REF}
Adress: {AL}
Portkod: 4711, nyckel i kodlås
Kontakt: {P#1}, {PH}
Fastighet: {FAST}""",
    """Leveransadressen är ändrad: gods till {PROJ} ska från och med {DAY} levereras till {A} i stället för {A}. Ring platskontoret innan lossning.""",
    """Etableringsplan {PROJ}
Bodar: {ST}
Materialupplag: {ST}
Infart för tung trafik från {STN}
Ansvarig: {P#1}""",
    """Ny privatkund
Namn: {P#1}
Personnummer: {PNR}
Fakturaadress: {AL}
E-post: {E#1}""",
    """Tillbud: besökare snubblade på kabel vid entrén på {A}. Ingen skada. Rapporterat av {G#1}, åtgärdat samma dag.""",
    """Besöksadress: {A}
Godsmottagning: {ST}, port 4
Postadress: {BOX}""",
    """kan nån köra till {a} o hämta släpet? {g#1} väntar där till 3""",
    """Personuppgifter för ID06
Namn: {U#1}
Personnummer: {PNR}
Adress: {AL}
Mobil: {PH}""",
    """Uppdaterad körlista för budbilen {DAY}:
1. {A}
2. {A}
3. {STL}
Chaufför: {N#1}""",
    """Från: {P#1} <{E#1}>
Ämne: Besiktning {ST}
Hej, besiktningen flyttas till {DAY}. Nycklar finns hos {P#2}, {A}.""",
    """Hej! {G#1~s} nya adress är {AL}. Uppdatera gärna personalregistret.""",
    """Skyddsombudets notering: byggstängslet vid {ST} är trasigt sedan {DAY}. Lagas av {FIRM} under veckan.""",
    """Godsmottagningen är stängd {DAY}. Leveranser hänvisas till {A}.""",
    """{S#1~s} bil står fel på lastgatan vid {ST}. Flytta den snarast!""",
)

EN = (
    """HSE Incident Report {REF}
Date: {DATEEN}   Time: {TIME}
Site: {AUL}
Injured party: {P#1}
Supervisor: {P#2}
Description: Operative struck by swinging load during unloading. First aid given on site. All lifting stopped.
Reported by: site office, {PH_UK}""",
    """NEAR MISS
Reported by: {U#1}
Location: Bay 12, {AU}
What happened: a pallet slipped off the forks of FLT 3. Nobody hurt. {G#2} was walking the aisle at the time.
Action: {S#3} to re-brief drivers at Monday's toolbox talk.""",
    """Weekly Timesheet – w/e {DATEEN}
Employee: {R#1}
Agency: {AGENCY_EN}
Site: {SITE_EN}
Mon 10h  Tue 10h  Wed 8h  Thu 10h  Fri 6h
Approved by: {P#2}""",
    """Timesheet summary – Scaffold gang
{R#1}  47.5 hrs
{R#2}  45 hrs
{R#3}  39 hrs
Site: {AU}""",
    """From: {P#1} <{E#1}>
To: {P#2}
Subject: Toolbox talk – working at height
Hi,
Can you get the lads together at 7:30 tomorrow? The principal contractor's supervisor wants to do the harness checks himself. I'll bring the new lanyards.
Cheers,
{N#1}""",
    """Shift handover – Goods In
Outgoing: {P#1}
Incoming: {P#2}
- 14 trailers tipped, 2 outstanding (Dover)
- Reach truck R6 down, engineer booked for {DAYEN}
- one picker left early (dentist), cover arranged""",
    """night shift notes
{g#1} on forklift till 2am then {g#2}
conveyor jammed again around 3, {n#3} cleared it
tell the day lead the scanner batteries are dead""",
    """Certificate of Training
This is to certify that {F#1} has successfully completed the Counterbalance Lift Truck (B1) course.
Instructor: {P#2}
Date: {DATEEN}
Training centre: {AU}""",
    """CPCS card register
{R#1}   A04 crawler crane   exp {DATEEN}
{R#2}   A40 slinger/signaller   exp {DATEEN}
{R#3}   A62 crane supervisor   exp {DATEEN}""",
    """Hi {G#1}, this is {G#2} from {AGENCY_EN}. Got your email ({E#1}). I've got a forklift job for you starting {DAYEN} at {AU}. Day shift, £13.20/hr. Give me a ring on {PH_UK}. Thanks!""",
    """Assignment Confirmation
Worker: {P#1}
Client: {COMPANY_EN}
Reporting to: {P#2}
Site address: {AUL}
Start date: {DATEEN}
Please bring steel toecaps and your CSCS card. Questions: {P#3}, {E#3}""",
    """Minutes – Joint Consultation Meeting
Date: {DATEEN}
Present (management): {P#1}
Present (Unite): {P#2}
1. Overtime rota. {S#2} raised concerns about weekend allocation.
2. Canteen. Management agreed to review.
Minutes taken by HR.""",
    """Grievance hearing notes
Employee: {P#1}
Companion: GMB rep
Chair: Mrs {S#4:f}
{G#1} stated that {P#3~'} comments on the shop floor were intimidating. The hearing was adjourned.""",
    """INCIDENT POSTMORTEM – {TICKET}
Severity: {SEV}
Incident commander: {P#1}
Responders: {G#2}, {G#3}
Timeline:
{TIME} alerts fire in {SYSTEM}
{TIME} on-call acknowledges page
{TIME} release rolled back
Action items: add a canary check.""",
    """On-call handover
Outgoing: {P#1}
Incoming: {P#2}
Open issues: flaky disk on node-7; {G#3~'} migration paused. If anything breaks, escalate to the duty manager on {PH_US}.""",
    """pagerduty chat
{g#1}: anyone awake?
{g#2}: yeah what's up
{g#1}: db latency spiking, can you look
{g#2}: on it""",
    """Work Order #{NUM}
Customer: {P#1}
Service address: {AUS}
Phone: {PH_US}
Job: replace water heater, 50 gal
Technician: {P#2}
Notes: dog in backyard, gate code with {G#1~'} neighbor""",
    """WORK ORDER {REF}
Site contact: {P#1} – {PH_UK}
Address: {AUL}
Description: emergency boiler repair
Engineer: {I#2}
Completed: {DATEEN}""",
    """Dear Ms {S#1:f},
Following your accident on {DATEEN} at our {SITE_EN}, we enclose the RIDDOR report filed by our site team. If you have any questions, please contact our HR team on {PH_UK}.
Yours sincerely,
{P#3}
Health & Safety Manager""",
    """Safety walk – {DATEEN}
Walked by: {P#1}
Observations:
- Fire door wedged open in dispatch ({G#2} informed)
- Good housekeeping in kitting area, well done {G#3~'} team
- Missing guard on bandsaw – isolated""",
    """Hi {G#1},
Please find attached the method statement for the roof works at {AU}. {P#2} will be the appointed person for lifting. Let me know if the client needs a copy.
Regards,
{P#3}
Site Manager | {PH_UK}""",
    """Daily site diary – {DATEEN}
Weather: {WEATHER_EN}
Labour on site: 14 (incl. {G#1~'} groundworks gang)
Visitors: Mr {S#2:m} (building control)
Delays: concrete pour moved to {DAYEN}, per {S#2}.""",
    """Accident book entry
Name: {P#1}
Home address: {AUL}
Occupation: Welder
Injury: burn to left forearm
Witness: {P#2}""",
    """Hey {N#1} — {N#2} here. The crane's coming at 6, not 7. {P#3} is banksman. Can you make sure the gate on {AU} is open? Ta""",
    """Staff contact sheet – Warehouse B, {AU}
Shift lead: {P#1}  {PH_UK}
Deputy: {P#2}  {PH_UK}""",
    """From: {P#1} <{E#1}>
To: {P#2}
Subject: Post-incident review, payment outage
Hi,
Thanks for running the review yesterday. I've attached notes. The platform team owns the follow-ups. Blameless as always.
– {G#1}""",
    """Subcontractor induction record
Name: {P#1}
Company: {COMPANY_EN}
Emergency contact: {P#2}, {PHX}
Inducted by: {Gi#3}
Date: {DATEEN}""",
    """Hi all, quick reminder that {P#1~'} last day is {DAYEN} after 22 years in the press shop. Cake at 3 in the canteen. Cards to {G#2} by Thursday.""",
    """TIMESHEET DISPUTE
Worker: {P#1}
Site manager: to confirm
{G#1~'} claim: 6 hrs overtime not paid for w/e {DATEEN}. Gate logs to be checked.""",
    """Delivery note
Deliver to: {AUL}
Attn: {P#1}
Driver: {P#2}
Received by: {I#1} (signature)""",
    """Permit to Work – Hot Works
Issued to: {P#1}
Issued by: {P#2}
Location: {SITE_EN}
Valid: {TIME} to {TIME}""",
    """Interview notes: {P#1}, Site Supervisor position
Interviewers: {G#2} and the site manager
Strong on CDM. Previously at {COMPANY_EN}. References: {P#3}, {PHX}""",
    """Payroll query: {P#1~'} new address is {AUS}. Please update and send the W-2 there. – {G#2}, HR""",
    """OSHA 300 log entry
Establishment: {AUS}
Employee name: {P#1}
Job title: Millwright
Date of injury: {DATEEN}
Where: Press line 2
Reviewed by: {P#2}""",
    """Crane lift plan – approval
Appointed person: {P#1}
Crane supervisor: {P#2}
Site: {AUL}""",
    """Mark the pallets for {G#1} before 5. {P#2:m} from {COMPANY_EN} is picking them up tomorrow morning, his number is {PH_UK}.""",
    """Overtime rota – {MONTH_EN}
Sat: {G#1}, {G#2}
Bank holiday: {N#3} (volunteered)
Contact the shift lead if you need to swap.""",
    """{P#1} (contractor) reported a gas smell at {AU} on {DATEEN}. Area evacuated by {G#2}. National Grid attended. Follow-up with the landlord.""",
    """Emergency contacts on file
{R#1}: spouse {P#2}, {PH_US}
{R#3}: mother {P#4}, {PHX}""",
    """Hi {G#1},
Could you update my address on the system? New one is {AUL}.
Thanks,
{P#2}
Machine Operator, Line 3""",
    """Re: Slip on loading bay
{G#1}, I spoke to {G#2} and the driver. Both say the mat was missing since Tuesday. Two new ones are on order and signs are up.
{I#3}""",
    """Vendor onboarding: please send the NDA to {P#1}, {E#1}, and copy our facilities lead {P#2}. Site visit at {AX}.""",
    """INDUCTION SIGN-IN SHEET
{U#1}
{U#2}
{U#3}
Venue: {AU}""",
    """Hey {N#1}, I'm on call this weekend but {G#2~'} wedding is Saturday, can you swap with me? Happy to take yours next month. – {G#3}""",
    """Reference for {P#1}
{G#1} worked with us as a forklift driver from 2022 to 2026. Reliable and safe. Contact me on {PH_UK} or write to {AU}.
{P#2}, Warehouse Manager""",
    """Accident investigation – summary
Injured: {P#1}
Investigator: {P#2}
Root cause: missing edge protection. The principal contractor's supervisor {P#3} had been told the day before.""",
    # person-light rows
    """Site address for deliveries:
{AUL}
Booking-in required 24h ahead. Contact {P#1} on {PH_UK}.""",
    """Please note our new depot address from 1 {MONTH_EN}: {AUL}. The old yard at {AU} closes the same week.""",
    """Ship to: {AUS}
Attn: {P#1}
PO #{NUM}
Bill to: {AUS}""",
    """CIS verification – subcontractor
Name: {P#1}
Home address: {AUL}
Trading address: {AU}""",
    """Please forward the welder's certificate to our partner at {AXL}. Contact there: {P#1}, {PHX}.""",
    """Relocation: {P#1} moves from {AU} to {AX} in {MONTH_EN}. Payroll and IT to update records; desk to be cleared by {G#1}.""",
    """Job sheet {REF}
{AU} – fit extractor fan
{AU} – replace consumer unit
{au} – quote only
Engineer: {N#1}""",
    """Reminder: {G#1~'} leaving do is Friday at the Crown, not at the canteen on {AU}.""",
    """Parcel for {P#1} left at the gatehouse, {AU}.""",
    """The yard at {AUS} is closed on {DAYEN}; trucks go to {AUS} instead.""",
)

MIXED = (
    """Incident {TICKET} – status update
Hej alla, quick update: {SYSTEM} är nere sedan {TIME}. Incident commander: {P#1}. {G#2~s} team jobbar med rollback. Next update in 30 min.""",
    """on-call handover v.{NUM}
outgoing: {g#1}
incoming: {g#2}
- disk på db-02 nästan full, {g#1} har skapat ticket
- cert expires fredag!! vem fixar?""",
    """Postmortem (blameless)
Author: {P#1}
Reviewers: {P#2}
Summary: deploy till prod utan feature flag. Kund-support upptäckte felet.
Action items:
- {S#2}: lägga till canary
- uppdatera runbook""",
    """From: {P#1} <{E#1}>
Till: {P#2}
Subject: Safety walk {DATE}
Hej,
here are the findings from today's safety walk på {ST}:
1. Missing edge protection plan 4 – {S#3~s} team fixar
2. Fire extinguisher expired – beställd
Br""",
    """Shift handover – Linje 3
Outgoing: {P#1}
Incoming: {P#2}
Status: running, OEE 81%. Maskinen stannade 2 ggr, maintenance checked. Spare part ordered via {FIRM}.""",
    """Hej {G#1}! Welcome to {FIRM}. Your first day is {DAY} {TIME}. Please report to {P#2} at reception, {A}. Ta med ID och skyddsskor. Questions? Call me on {PH}. /{P#3}, HR""",
    """Assignment via {AGENCY}
Consultant: {P#1}
Personnummer: {PNR}
Client site: {A}
Contact: {P#2}, {PH}
Start: {DATE}, skift 2 (14–22)""",
    """Toolbox talk – Lifting operations
Plats: {A}
Presenter: {P#1}
Attendees: nine (list in the binder)
Språk: genomgången hölls på engelska för {G#2~s} skull.""",
    """{g#1}: har någon sett {g#2:m} idag?
{g#3}: he's at the other site, {st}
{g#1}: ok tell him the crane guy ringer i morgon""",
    """HSE report – {DATE}
Site: {PROJ}, {A}
Reporter: {P#1}
Event: near miss. Stegen gled på vått golv, {G#2} caught it. No injury.
Corrective action: {S#1} ordered anti-slip feet.""",
    """Certificate – Mobile Elevating Work Platforms (IPAF)
Name: {P#1}
Personnummer: {PNR}
Categories: 3a, 3b
Trainer: {P#2}
Utbildningsplats: {A}""",
    """MBL meeting notes (English version for our international colleagues)
Datum: {DATE}
Employer: {P#1}
{UNION}: {P#2}
Topic: new shift pattern. {S#2} requested more time. Management agreed att skjuta på beslutet.""",
    """Hi {G#1},
tack för att du tar jouren i helgen. The escalation list is: {P#2} ({PH}), then {P#3} ({PH}). Lycka till!""",
    """Timesheet v.{NUM}
{R#1}  40 h
{R#2}  36 h (sjuk fre)
{R#3}  42 h incl overtime
Approved by the site manager""",
    """Delivery to site
Leveransadress: {AL}
Contact on site: {P#1}, {PH}
Driver: {P#2} ({PHX})
Note: ring {G#1} 30 min innan ankomst""",
    """Jira {TICKET}: {P#1~s} konto är låst, kan inte logga in. Assigned to {G#2}. Verkar vara {SYSTEM}. Kunden nås på {PH} eller {E#1}.""",
    """Hej {G#1}, can you cover for {G#2} on the forklift tomorrow? Hen har tandläkaren. Let the shift lead know. Tack!""",
    """Work order #{NUM}
Customer: {P#1}
Adress: {AL}
Tel: {PH}
Task: byte av ventilationsaggregat
Technician: {P#2}
Kommentar: customer speaks English only, call the customer's son {G#3} if needed""",
    """Weekly site report – {PROJ}
Progress: stomme plan 5 klar. Fasad started.
Manpower: 42 (incl. {G#1~'} Polish team)
Issues: {P#2} from {FIRM} reported damaged rebar. QA engineer {S#3} to inspect.
Next week: gjutning, {DAY}.""",
    """från {g#1}: yo {n#2}, truck 4 is dead again 😩 kan du ringa {g#3} på verkstan?""",
    """Incident report (Tillbudsrapport)
Name / Namn: {P#1}
Address / Adress: {AL}
Phone / Telefon: {PH}
Description: caught finger in pallet wrapper, ingen sjukskrivning.
Supervisor / Arbetsledare: {P#2}""",
    """Hi team, {P#1} joins us from {COMPANY_EN} as new plant manager. {G#1} har jobbat i UK i 10 år and will be based at {A}. Say hej!""",
    """Re: Crane inspection
{G#1}, besiktningen är bokad {DAY}. An inspector from {FIRM} will come at {TIME} to {ST}. Operator {S#3} must be present.""",
    """Contractor access request
Name: {P#1}
E-mail: {E#1}
Company: {COMPANY_EN}
Home address: {AX}
Host: {P#2}
Phone: {PHX}
Access: lager + kontor, {DATE}–{DATE}""",
    """Minnesanteckningar / Minutes – Safety committee
Ordförande: {P#1}
Present: {P#2} (union safety rep) and five others
Actions: {S#2} to update riskbedömning, HR to order new ear protection.""",
    """Post-incident review: warehouse WMS down
Duration: 2h 14m
Detected by: {P#1} (nattskiftet)
Fixed by: {P#2}
Root cause: expired certificate. Vi föreslår automatisk förnyelse.""",
    """Hej {G#1},
please send the signed contract to {BOX}. Kopia till {P#2}, {E#2}.
Kind regards,
{P#3}
{AGENCY}""",
    """slack #warehouse
{n#1}: who's got the keys to port 6?
{g#2}: {g#3} har dem
{g#3}: ja ja kommer""",
    """Onboarding checklist for {P#1}
☐ ID06-kort – {G#2}
☐ Truckkort verified – {S#3}
☐ Locker nr {NUM}
☐ Hemadress registrerad: {A}""",
    """{P#1} reported a gas leak at {A} on {DATE}. Räddningstjänsten came, area cleared by {G#2}. Follow-up meeting {DAY}.""",
    """Address change / Adressändring
Employee: {P#1}
New address: {AL}
From: {DATE}
Registered by: {Gi#2}""",
    """Hey {G#1}! Vi har en kund i {TOWN} som behöver elektriker asap. Address: {A}. Customer {P#2}, {PH}. Can you go?""",
    """Crane operators on call – {MONTH}
Week 1: {P#1}, {PH}
Week 2: {P#2}, {PH}
Week 3: {P#3}, {PH}""",
    """Reference check
Candidate: {P#1}
Referee: {P#2}, former supervisor at {FIRM}
Notes: "{G#1} är noggrann, always first on site." Contact: {PH}""",
    """Hej {G#1},
the HSE audit is {DAY}. Dr {S#2} from group HSE in {CITY_EN} will visit {ST}. Please make sure {G#3~'} area is cleaned and the accident book is up to date.""",
    """Site induction register
{R#1} – {COMPANY_EN} – done
{R#2} – {FIRM} – done
{R#3} – {AGENCY} – pending (saknar ID06)""",
    """Från: {P#1} <{E#1}>
To: {P#2}
Subject: RE: Forklift damage
Hi, {G#3} backade in i racket igår kväll. No injuries. I've asked for a rack inspection before vi laddar igen.""",
    """{DATE} byggmöte nr {NUM}
Närvarande / Present: {P#1} (client), {FIRM}, architect {P#3} (London)
{S#3} presented revised drawings. Change order accepted. Next meeting {DAY}.""",
    """Emergency contact list
{P#1} – {PH}
{P#2} – {PHX}
Plant address / Fabriksadress: {AL}""",
    """hej {g#1}, I checked the logs och det var {g#2~s} cronjob som körde två gånger. gonna tell {g#3} tmrw""",
    """Agency worker feedback
Worker: {P#1}
Client contact: {P#2}
Feedback: "Good worker, lite långsam på plock first week." {G#2~s} team vill gärna ha hen kvar.""",
    """Please welcome {F#1}, our new SRE! {G#1} comes from {COMPANY_EN} och sitter i Göteborg with {G#2~'} team.""",
    """Lyftplan / Lift plan
Crane: {MACHINE}
Lift supervisor: {P#1}
Kranförare: {P#2}
Site: {A}""",
    """Note to payroll: {P#1~'} bank details and address have changed (anst.nr {NUM}), new address: {A}. Skicka lönespecen dit. – {I#2}""",
    """From: {P#1}
Sent: {DATE}
To: {P#2}
Subject: Arbetsorder / work order {REF}
The client {P#3} at {A} wants the job moved to {DAY}. Kan du ringa hen på {PH}?""",
    # person-light rows
    """Delivery address / Leveransadress:
{AL}
Gods tas emot vardagar 7–15. Contact: {G#1}, {PH}""",
    """Hej! Our office has moved. Ny besöksadress: {A}. Postadress: {BOX}.""",
    """Consultant {P#1}
Personnummer: {PNR}
Hemadress: {AL}
Start date: {DATE}""",
    """Site visit schedule: mån {ST}, tis {ST}, ons {AX}. Driver: {G#1}.""",
    """kan du hämta nycklarna på {a}? {g#1} är där till 4, else ring me""",
    """Invoice / Faktura
Kund: {P#1}
Fakturaadress: {AL}
E-mail: {E#1}
Project: {PROJ}""",
    """Från: {P#1} <{E#1}>
Subject: Nytt lager
Hej, from {DAY} we receive goods at {A} instead of {ST}. Please update the WMS.""",
    """{G#1~s} truckkort har gått ut – please book a refresher asap.""",
    """Parking: besökare parkerar på {ST}, not at the loading bay.""",
    """FYI: {P#1~s} nya mobilnummer är {PH}, the old one is gone.""",
)

# Rows without any personal value, each used once: companies and brands named like people, places
# named after people, property designations, weekdays and months, everyday words that are names.
NEGATIVES = (
    ("sv", "Leverans från Ahlsell och Dahl kommer på torsdag. Beijer skickar takpappen i mars."),
    ("sv", "Sten, grus och mark: schaktmassorna körs till Kristinehamn. Vi räknar med fyrtio lass i april."),
    ("sv", "Skyddsrond genomförd i måndags. Inga anmärkningar. Nästa rond första veckan i maj."),
    ("sv", "Truck T4 (Toyota) är på service hos Linde. Ersättningstruck från Jungheinrich kommer på onsdag."),
    ("sv", "Påminnelse: alla som kör truck ska ha giltigt körtillstånd. Kontakta personalavdelningen vid frågor."),
    ("sv", "Nya mobilkranar från Liebherr levereras i höst. Utbildningen sker vecka 12 i samarbete med Lernia."),
    ("sv", "MBL-förhandlingen om ny skiftgång hålls i matsalen på fredag. Byggnads och IF Metall deltar."),
    ("sv", "Jenkins-bygget föll tre gånger under natten. Grafana visade hög CPU på byggnoden, ingen kundpåverkan."),
    ("sv", "Bemanningen via Randstad och Adecco ökar under juli och augusti. Budgeten är godkänd av ledningsgruppen."),
    ("sv", "Betongen levererades av Swerock. Gjutningen avbröts kl 14 på grund av regn och fortsätter i morgon."),
    ("sv", "Kvarteret Hjorten 7 och fastigheten Gjuteriet 3:14 ingår i etapp två. Bygglov beviljat i oktober."),
    ("sv", "Karolinska och Ersta diakoni är beställare i två av våra projekt i år. Båda ramavtalen förlängs."),
    ("sv", "Skiftöverlämning: linje 1 och 2 kör normalt. Ugnen står still till tisdag. Inga tillbud under natten."),
    ("sv", "Jourveckan börjar på måndag kl 08. Larmen går till jourtelefonen. Ingen eskalering under helgen."),
    ("sv", "Lagret i Gustavsberg stänger vid midsommar och allt gods flyttas till Jordbro under juli."),
    ("sv", "Rosen i rabatten vid entrén har vissnat. Fastighetsskötseln planterar nytt i maj."),
    ("sv", "Hilti-verktygen är kalibrerade, Bosch-borrarna skickas på service och Makita levererar nya batterier."),
    ("sv", "Skanska, Peab och NCC har lämnat anbud. Anbudsöppning sker fredagen den 3 december."),
    ("sv", "Volvo-lastbilen står på verkstaden. Scania-bilen tar transporterna till Karlskoga tills vidare."),
    ("sv", "Ett rejält hopp i antalet sommarvikarier jämfört med förra året. Arbetsmiljöverket gör tillsyn i oktober."),
    ("sv", "Alla tolv deltagare fick godkänt på heta arbeten. Intygen skickas med posten nästa vecka."),
    ("sv", "Kranen lyfte fjorton ton i går. Vindmätaren visade 9 m/s. Nästa lyft planeras till onsdag förmiddag."),
    ("sv", "Tillbud vecka 14: tre halkolyckor och en klämskada. Alla är rapporterade i IA-systemet."),
    ("sv", "Stena Recycling hämtar skrot var tredje vecka. Containern står vid grind fyra."),
    ("sv", "Björk, ek och lind planteras längs parkeringen enligt landskapsritningen. Gräsytorna sås i juni."),
    ("sv", "Facket och arbetsgivaren enades om lönerevisionen. Avtalet gäller från första april."),
    ("sv", "Ericssons gamla fabrik i Kumla rivs under våren. Alfa Laval och Munters har hyrt in sig i grannhuset."),
    ("en", "Weekly HSE summary: zero lost-time injuries, two near misses, one first-aid case. Toolbox talks were delivered on Monday and Thursday."),
    ("en", "Ferguson and Wolseley confirmed the pipework for Tuesday. Travis Perkins will send the timber in March."),
    ("en", "Reminder: hard hats, hi-vis and safety boots are mandatory beyond the yellow line."),
    ("en", "The crane inspection is booked for June. The hire desk at Ainscough confirmed the replacement crawler."),
    ("en", "Mark all damaged pallets with red tape and move them to the quarantine bay."),
    ("en", "Hope the new rota works for everyone. Any swaps must be agreed by Friday noon."),
    ("en", "Incident 4471 resolved: a Jenkins agent ran out of disk. We added a cleanup job and an alert in Grafana."),
    ("en", "Will the scaffold be struck before the roofers arrive on Wednesday? Please confirm by end of day."),
    ("en", "Heather and gorse were cleared from the haul road. Topsoil stripping starts on Monday."),
    ("en", "Bill of quantities revised after the client meeting. Costs are up four percent on steelwork."),
    ("en", "Johnson Controls will commission the BMS next week. Honeywell sensors are already fitted on level 2."),
    ("en", "Dispatch was short-staffed on Saturday. Overtime approved for two extra shifts in November."),
    ("en", "The Morgan Stanley and Wells Fargo floors are out of scope for this phase of the fit-out."),
    ("en", "The Victoria line was down, so three operatives arrived late. Start time moved to 8:30."),
    ("en", "Frank discussion at the safety committee about ladder use. Everyone agreed to the new policy."),
    ("en", "The grace period for CSCS card renewals ends in July. Check your expiry date."),
    ("en", "Post-incident review: the outage lasted 38 minutes. Root cause was a misconfigured load balancer."),
    ("en", "Jack hammers and breakers must be used with anti-vibration gloves, two hours per day at most."),
    ("en", "Forklift FLT-07 failed its LOLER inspection. Parts ordered from Linde, expected Thursday."),
    ("mixed", "Bill of materials för ventilationen är uppdaterad. Changes affect level 2 and 3 only."),
    ("mixed", "Reminder: alla ska bära hjälm och varselväst on site. No exceptions, även för besökare."),
    ("mixed", "Deploy freeze från fredag. Jenkins pipelines pausas och Kubernetes-klustret patchas on Sunday."),
    ("mixed", "Skyddsronden is postponed to next Tuesday p.g.a. inspektion från Arbetsmiljöverket."),
    ("mixed", "Ericsson och Volvo Cars är största kunderna this quarter. Leveranserna går via Schenker och DHL."),
    ("mixed", "Safety stats Q3: 0 olyckor med frånvaro, 4 tillbud, 12 observations. Great job everyone!"),
    ("mixed", "Mark och betong klart on the east side. Asfalten läggs in April if the weather allows."),
    ("mixed", "Hope to see everyone på julfesten! Anmälan till HR senast den 1 december."),
    ("mixed", "Overtime approved för helgen. Night shift starts kl 22 as usual."),
    ("mixed", "The Liebherr crane will be dismantled i vecka 34. Vägen stängs under två dagar."),
    ("mixed", "Kvarteret Lärkan 5 är sålt. Handover to the new owner in May."),
    ("mixed", "Incident closed: certifikatet förnyat, monitoring added i Prometheus."),
    ("mixed", "Lager B moves to Jordbro i oktober. Packing starts on Monday."),
    ("mixed", "Toolbox talk om fallskydd on Wednesday. Bring your own harness, ta med egen sele."),
    ("mixed", "Stig in! Kaffe och fika in the canteen after the safety briefing."),
    ("mixed", "Max två personer i hissen during construction. Använd trappan instead."),
    ("mixed", "Sandvik delivered the drill bits. Atlas Copco compressors arrive på tisdag."),
)  # fmt: skip
