# ruff: noqa: E501
"""Templates of held-out bn: field service and work in people's homes.

Slots (filled by `generate_bn.py`): person forms {P} full name, {p} lower case, {U} capitals,
{F} with middle names, {G}/{g} given name, {N}/{n} short form, {S}/{s} surname, {SU} surname in
capitals, {I} initial and surname, {Gi} given name and initial, {R} `Surname, Given`, {RU} the
same in capitals, {E} the person's e-mail; a trailing `s` is a Swedish genitive, `'` an English
one (never part of the value); `#n` names the same person again, `:f`/`:m` fixes the gender.
Values: {A} {AL} {AG} {AGL} {AP} {ST} {STF} {STN} {a} {BOX} {AU} {AUL} {au} {AUS} {AUSL} {AX}
{AXL} addresses, {PH} {MOB} {TEL} {PHF} {PHX} {PHUK} {PHUS} phones, {EF} a firm's e-mail,
{PNR} a personnummer. Everything else is no value: dates, times, amounts, and the look-alikes
{ORG} {BRF} {OCR} {BG} {PG} {KUND} {ORDER} {CASE} {INV} {PORT} {KEY} {ANL} {METER} {SERIAL}
{REG} {FAST} {LGHNR} {TECH}.
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
    # fault reports (felanmälan) to property managers
    "FELANMÄLAN\nÄrendenr: {CASE}\nHyresgäst: {P#1}\nAdress: {AG}\nTelefon dagtid: {PH}\nE-post: {E#1}\nBeskrivning: Droppande blandare i köket, värre sedan i helgen.\nFår huvudnyckel användas? Ja",
    "Hej! Vill göra en felanmälan. Element i sovrummet blir inte varmt. Bor på {STF}. Nås på {MOB} efter kl 16. Mvh {P}",
    "Felanmälan inkommen via Mina sidor {DATE} kl {TIME}\nNamn: {R}\nLägenhet: {AG}\nKontakt: {MOB}\nFel: Ventilationen i badrummet låter och fläkten stannar ibland.\nHusdjur: katt\nPortkod: {PORT}",
    "Till kundtjänsten\n\nTvättstugan i vårt hus ({A}) har haft trasig torktumlare i två veckor. Jag har ringt {PHF} tre gånger. Kan någon återkomma till mig?\n\n{P}\n{PH}",
    "Ärende {CASE} – stopp i avlopp\nAnmält av: {P#1}, {AG}\nÖvriga boende i trappuppgången har samma problem enligt {P}.\nÅtgärd: rörmokare {P#2:m} bokad {DAY} förmiddag. {G#2} ringer {G#1} på {MOB} när han är på väg.",
    "hej, har ingen ström i halva lägenheten sen igår kväll, säkringarna ser hela ut. {a}. ring {MOB} /{n}",
    "Felanmälan gemensamma utrymmen\nFastighet: {FAST}\nPlats: garaget, {ST}\nAnmälare: {P} (styrelsen, BRF Solgläntan)\nTel: {PH}\nFel: porten till garaget stängs inte.",
    # work orders and dispatch
    "ARBETSORDER {ORDER}\nKund: {U#1}\nPersonnummer (ROT): {PNR}\nAnläggningsadress:\n{AL}\nTel: {PH}\nTekniker: {P#2} ({TECH})\nUppdrag: Byte av elcentral, jordfelsbrytare 30 mA.\nTid: {DATE} kl {TIME}",
    "Order {ORDER}\nAdress: {AGL}\nPortkod {PORT}, nyckel i nyckelbox vid soprummet (kod {KEY}).\nKontakt på plats: {P}, {MOB}\nKontakt vid frågor: {P}, {PH}",
    "SMS från Rörjouren: Hej {G}! Vår tekniker {G:m} är hos dig {DATE} mellan {WIN}. Han ringer 30 min innan från {MOB}. Svara NEJ för att avboka.",
    "Hej {N}, {P:m} från Kylteknik här. Jag står utanför {ST} men kommer inte in, porttelefonen verkar död. Kan du ringa mig på {MOB}?",
    "Körlista {DAY} – {P#1} ({TECH})\n07.30 {ST}, {P} – värmepump, service\n09.15 {A} – felsökning jordfelsbrytare, kund {S} {PH}\n11.00 lunch\n12.30 {STF}, {P}, ring {MOB} vid ankomst\n14.45 {ST} – besiktning laddbox\nÖvrigt: hämta material hos Ahlsell innan 07.",
    "Dagens rutt, bil {NUM}:\n1. {ST}, {P} ({PH})\n2. {ST}, {P}, portkod {PORT}\n3. {A}\n4. {ST} – nyckel hämtas hos {P} på {STF}\nRing {P} på kontoret {TEL} om något strular.",
    "Uppdrag tilldelat: {P#1}\nKund: {R#2}\nAdress: {A}\nTel: {MOB}\nBeskrivning: laddbox monteras på garagevägg, kunden har 16A huvudsäkring.\nKundens önskemål: ring {G#2} först.",
    "Servicetekniker {P#1} har checkat in på {ST} kl {TIME} och checkat ut kl {TIME}. Signerat av kund: {U}.",
    # chat between technician and customer / office
    "{n#1}: är du kvar hos kunden på {a}?\n{g#2:m}: ja, kunden {s:f} vill ha offert på nya uttag också\n{g#1}: ok skriv upp det, hennes nr är {MOB}",
    "kontoret: nästa jobb blir {a}, fråga efter {g}. hon jobbar hemifrån så ring {MOB} innan du kommer",
    "{n:m} har du plats för ett jobb till idag?? tant på {a} har inget varmvatten. tel {MOB}",
    "ok! jag är där om 20 min. står det {s} på dörren? /{N} från rörfirman",
    "hej {g}, nyckelboxen sitter till vänster om entrén, kod {KEY}. lägenheten är {LGHNR}, 3 tr. ring {MOB} om det krånglar //{g}",
    # quotes and invoices with ROT
    "OFFERT {INV}\n{Ss} El & Installation AB\nOrg.nr {ORG}\n\nTill: {P#1}\n{AL}\n\nLuft/vatten-värmepump {KW} kW inkl. installation: {AMT}\nROT-avdrag {PCT} % på arbetskostnad: -{AMT}\nAtt betala: {AMT}\n\nFör ROT behöver vi personnummer på samtliga ägare: {P#1} {PNR} och {P} {PNR}.\nVänliga hälsningar\n{P}, {PH}",
    "FAKTURA nr {INV}\nFakturadatum {DATE}\nKundnr {KUND}\n\n{U}\n{AL}\n\nArbete: byte av golvbrunn och vattenlås\nArbetskostnad {AMT}, material {AMT}\nSkattereduktion (ROT): {AMT}\nBetala till bankgiro {BG}, ange OCR {OCR}.\nOrg.nr {ORG}, godkänd för F-skatt\nFrågor: {EF} eller {PHF}",
    "Hej {G},\n\nhär kommer offerten på solcellerna till {A}. 24 paneler, {KW} kW växelriktare, grönt avdrag räknat på din del. Skicka gärna personnummer för {P#1} ({PNR}) om ni vill att vi ansöker åt er.\n\nMed vänlig hälsning\n{P}\nSolkraft i Norden AB\n{MOB}\n{E}",
    "Underlag för ROT-avdrag\nKöpare: {P}, personnummer {PNR}\nKöpare 2: {P}, personnummer {PNR}\nFastighetsbeteckning: {FAST}\nUtförandeadress: {AP}\nBelopp arbete: {AMT}",
    "Underlag för ROT – bostadsrätt\nBeställare: {R}, {PNR}\nBostadsrättsförening: BRF Lönnen, org.nr {BRF}\nLägenhetsnummer: {LGHNR}\nAdress: {AG}",
    "Påminnelse faktura {INV}\nTill: {P}, {A}\nFörfallodag: {DATE}\nOCR: {OCR}, Bankgiro: {BG}, Plusgiro: {PG}\nVid frågor ring oss på {PHF}. Ange kundnummer {KUND}.",
    "Hej! Tack för idag. Jag har fått fakturan men det står fel personnummer, ska vara {PNR} och inte min mans. Mvh {P}, {A}",
    # locksmiths and alarms
    "Låsjouren, utryckning {DATE} kl {TIME}\nBeställare: {P}\nLegitimation kontrollerad: körkort, pnr {PNR}\nAdress: {AG}\nÅtgärd: öppning av ytterdörr, byte av cylinder\nKund nås på {MOB}",
    "LARMAVTAL\nAbonnent: {RU}\nPersonnummer: {PNR}\nInstallationsadress: {AGL}\nKontaktpersoner vid larm:\n1. {P}, {MOB}\n2. {P}, {MOB}\n3. {P}, {TEL}\nLösenord till larmcentralen lämnas muntligt.",
    "Larmcentralen har försökt nå dig. Larm utlöst {TIME} på {ST}. Ring oss på {PHF}. Vi har även ringt kontaktperson {P} på {MOB}.",
    "Nya nycklar till {ST} kvitterade av {P#1} {DATE}. 3 st, system Assa d12, nr {SERIAL}. Signatur: {I#1}",
    # electricity and broadband contracts
    "Inflyttningsanmälan el\nNamn: {P#1}\nPersonnummer: {PNR}\nNy adress: {AG}\nAnläggnings-ID: {ANL}\nInflyttningsdatum: {DATE}\nMobil: {MOB}\nE-post: {E#1}",
    "Hej, jag flyttar från {A} den {DATE} och vill säga upp elavtalet. Ny adress blir {A}. Kundnummer {KUND}. Mitt pnr är {PNR}. /{P}",
    "Bekräftelse på flytt av bredband\n{P#1}\nFrån: {AP}\nTill: {AGL}\nAktiveringsdag: {DATE}\nRouter skickas till ditt utlämningsställe. Frågor? Ring {PHF}.",
    "Hej {G}! Din fiberinstallation på {A} är bokad {DATE} kl {WIN}. Installatören {P} ringer på {MOB} om hen blir försenad. Se till att någon över 18 år är hemma.",
    "Fiberanslutning villa – beställning\nFastighetsägare: {P#1}, {PNR}\nAdress: {AP}\nTel: {PH}\nGrävning utförs av {Ss} Mark & Schakt AB, kontakt {P}, {MOB}.",
    # heat pumps, solar, chimney sweeps, lifts
    "Servicerapport värmepump\nKund: {P}\nAdress: {A}\nAggregat: Nibe F2120, serienr {SERIAL}\nUtfört: rengöring förångare, kontroll köldmedium\nTekniker: {I}\nNästa service: {DATE}",
    "Sotningsavisering\nTill ägaren av {FAST}, {AP}\nSotaren {P} kommer {DAY} {DATE} mellan {WIN}. Passar tiden inte, ring {TEL} eller mejla {EF}. Brandskyddskontroll utförs samtidigt.",
    "Brandskyddskontroll utförd {DATE}\nObjekt: {A}\nÄgare: {P}, tel {PH}\nAnmärkning: sprickor i rökkanalen, ska åtgärdas inom 6 mån.\nKontrollant: {P}, skorstensfejartekniker",
    "HISSLARM {TIME}\nHiss 2, {A}\nInlåst person: ja, {P} (boende), nås på {MOB}\nJourtekniker {P} på väg, beräknad ankomst 25 min.\nLarm mottaget av {G}.",
    "Hissbesiktning {DATE}, {STF}. Föreningens kontakt {P} ({PH}) öppnar maskinrummet. Anmärkningar mejlas till {E}.",
    "Protokoll egenkontroll solcellsanläggning\nAnläggning: {A}\nInstallatör: {P}, auktorisation nr {NUM}04{NUM}\nKund: {P}\nAnmälan till nätägaren gjord {DATE}.",
    # IT support
    "Ärende {CASE}: Hemmakontor – VPN fungerar inte\nAnvändare: {P#1} ({E#1})\nAdress för hårdvaruleverans: {AGL}\nMobil: {MOB}\nTekniker: {P} tar ärendet.",
    "Hej IT! Min nya skärm skickades till fel adress. Jag bor numera på {A}, inte {ST}. Mvh {P}, ankn. 4471, mobil {MOB}",
    "IT-support: kund {P} ringde från {PH}, routern blinkar rött. Har startat om. Skickar ny router till {AL}.",
    # customer portal and mail
    "Mina sidor – Mina uppgifter\nNamn: {P#1}\nPersonnummer: {PNR}\nFaktureringsadress: {BOX}\nAnläggningsadress: {A}\nTelefon: {PH}\nE-post: {E#1}",
    "Från: {P#1:f} <{E#1}>\nTill: {EF}\nÄmne: Ombokning\n\nHej, jag kan inte {DAY} ändå. Kan elektrikern komma veckan efter? Adressen är {A}, och ring gärna {G#1}s man {P:m} på {MOB} om jag inte svarar.\n\n/{G#1}",
    "Från: {EF}\nTill: {E#1}\nÄmne: Bokningsbekräftelse {ORDER}\n\nHej {G#1}!\nVi kommer till {A} {DATE}. Din tekniker heter {P}.\n\nHälsningar\nKundservice, {PHF}",
    "Hej {P#1},\n\nTack för att du valde oss. Här är sammanfattningen:\nArbete: dragning av ny gruppledning till kök\nAdress: {AG}\nElektriker: {P#2}\n\nHar du frågor, hör av dig till {G#2} på {MOB} eller {E#2}.",
    "Hej!\nJag är {P} och bor på {A}. Vår granne {P} tipsade om er. Vi skulle behöva byta varmvattenberedare. Kan ni ringa mig på {PH}?\nTack på förhand",
    "Kontaktformulär\nNamn: {P#1}\nTelefon: {PH}\nE-post: {E#1}\nGatuadress: {ST}\nOrt: {TOWN}\nMeddelande: vill ha hjälp att sätta upp laddbox",
    # c/o, second homes, lists
    "Leveransadress:\nc/o {P}\n{AL}\nRing {MOB} vid leverans, ingen hiss.",
    "Fakturaadress: c/o {P}, {A}. Anläggningsadress: {A}. Vid frågor: {P} {PH}",
    "Kunder med avvikande fakturaadress\n{R} – {BOX}\n{R} – c/o {P}, {A}\n{R} – {AX}",
    "Nyckelkvittens\nNyckel nr {NUM} lämnad till {P} ({MOB}) för arbete på {STF}.\nÅterlämnad {DATE}, signerat {Gi}",
    "Boende som inte svarat på avisering om stamspolning:\n{R}, {STF}\n{R}, {STF}\n{R}, {STF}, tel {PH}\nLämna lapp i brevlådan.",
    "Lista besiktning radon {DATE}\n| Lgh | Namn | Telefon |\n| {LGHNR} | {P} | {MOB} |\n| {LGHNR} | {P} | {MOB} |\n| {LGHNR} | {P} | {TEL} |\nAdress: {A}",
    "Adresslista jourschema\nJour v.{WEEK}: {P} {MOB}\nJour v.{WEEK}: {P} {MOB}\nBackup: {P} {PH}\nKontor: {BOX}",
    # notes
    "Anteckning från platsbesök {DATE}:\nKunden {P#1} vill ha golvvärme i badrummet. {Gs#1} svärson {P:m} är snickare och river själv. Adress {A}. Elcentral i hallen, gammal proppcentral. Offert till {E#1}.",
    "Minnesanteckning:\n- {P} på {ST} vill flytta uttaget i köket\n- ring {S} ({MOB}) om kakel\n- hämta nyckel hos vicevärden {P} ({PH})\n- hunden Ludde är snäll men får inte gå ut",
    "Överlämning mellan tekniker:\n{G} har börjat på {A}. Kvar: koppla in spishällen. Kunden {P:f} är hemma efter 15. Hennes dotter {G:f} kan öppna före dess, {MOB}.",
    "Reklamation\nJag, {P}, anlitade {Ss} Rör AB för byte av toalettstol på {A}. Det läcker fortfarande. Ring {PH}.",
    "VVS-protokoll: Säker Vatten\nFastighet: {AP}\nBeställare: {P}\nInstallatör: {P} (behörighet nr {NUM}{NUM}{NUM})\nTätskikt kontrollerat {DATE}.",
    # moving and contracts with firms named after persons
    "Uppdragsbekräftelse\nUtförare: Elfirma {P} AB, org.nr {ORG}\nBeställare: {P}\nArbetsplats: {AL}\nStartdatum: {DATE}\nKontaktperson hos utföraren: {G}, {MOB}",
    "{Ps} Bygg & Fix – kvitto\nKund: {P}, {A}\nMontering av torkskåp {AMT} inkl. moms\nSwish till 123 {NUM}{NUM} {NUM}\nTack! /{G}",
    "Hej! Vi är {P} och {P} och har köpt huset på {AP}. Förra ägaren {P} sa att ni har servat bergvärmen. Kan vi teckna serviceavtal? Mobil {MOB}.",
    "Hyresgästens uppgifter vid inflyttning\nNamn: {F}\nPersonnummer: {PNR}\nNuvarande adress: {A}\nTillträde: {DATE}\nMobil: {MOB}\nNärmast anhörig: {P}, {PH}",
    "Tillträde till lägenhet för besiktning. Hyresgäst {P} har lämnat medgivande. Nyckel lämnas hos {P} på {STF}. Tel till hyresgästen {MOB}, till grannen {TEL}.",
    # landlords abroad and foreign numbers
    "Ägaren {P} bor utomlands: {AX}, tel {PHX}. Lokal kontakt: {P}, {MOB}. Fastigheten: {A}.",
    "Hej! Jag är i Polen till {DATE}. Hantverkarna får nyckeln av min bror {P:m} ({MOB}). Mitt nummer här: {PHX}. /{P}",
    "Kund i utlandet, ring på {PHX} (tidsskillnad!). Sommarhuset: {A}. Grannen {P} har nyckel, {PH}.",
    "Kontaktuppgifter till fastighetsägare\n{RU}\n{AXL}\nTel: {PHX}\nOmbud i Sverige: {P}, {TEL}",
    # short messages
    "Påminnelse: Sotning {DAY} {DATE}, {A}. Vid förhinder ring {TEL}. /Sotarn {P}",
    "Ny tid för vattenmätarbyte: {DATE} {WIN}. Adress {ST}. Frågor: {PHF}. {P}, Mätservice",
    "Teknikern {P} är försenad ca 40 min. Ring {MOB} om du inte kan vänta. /Kundtjänst",
    "Tack för besöket! Betygsätt {G} på vår app eller svara på detta sms. Frågor: {PHF}",
    "Bekräftat: kontroll av brandvarnare {DATE} i {A}. Hyresvärdens kontakt {P}, {PH}.",
    "Jourtelefon el: {PH}. Jourtelefon vvs: {PH}. Vid vattenläcka stäng först huvudkranen i källaren på {ST}.",
    "Nytt nummer till oss på Låssmeden i Söder: {TEL} (gamla {TEL} upphör). Mejl {EF}. /{P}",
    "Kund {P} ({PNR}) har godkänt offert {INV} via BankID {DATE}. Installation på {A}. Säljare {P}.",
    "Beställning laddbox\nNamn: {U#1}\nAdress: {AP}\nTelefon: {PH}\nE-post: {E#1}\nBil: reg.nr {REG}\nHuvudsäkring: 20 A",
    "Inventering av takpannor, {ST}. Ägare {P} på plats, dottern {G:f} ringer från {MOB} om vi behöver komma in i huset.",
    "Felanmälan från {P}, {STF}: ”Det luktar bränt från elcentralen”. Skickat jour {TIME}. Jour: {P}, {MOB}.",
    "Utflyttningsbesiktning {DATE}\nAvflyttande: {P}, ny adress {A}, tel {MOB}\nBesiktningsman: {P}\nAnmärkningar: repor i parkett, ej städad ugn.",
    "Solcellskollen: Anläggningen hos {P#1} på {A} producerade {NUM} kWh igår. Larm om växelriktare skickat till {E#1} och {MOB}.",
)

EN = (
    # UK home services
    "JOB SHEET {ORDER}\nCustomer: {P#1}\nSite address:\n{AUL}\nContact: {PHUK}\nEngineer: {P} (Gas Safe ID {NUM}{NUM}{NUM})\nWork: annual boiler service, flue check\nCustomer signature: {I#1}",
    "Hi {G}, your Openreach engineer {G:m} will be with you {DAYEN} between {WIN}. He'll call from {PHUK} when he's 30 mins away. Reply STOP to opt out.",
    "Hi, I'd like to report a fault. The extractor fan in the bathroom at {AU} has stopped working. Best number is {PHUK}. Thanks, {P}",
    "Repair request #{CASE}\nTenant: {R#1}\nProperty: {AU}\nPhone: {PHUK}\nEmail: {E#1}\nIssue: damp patch on bedroom ceiling, getting worse\nAccess: key with neighbour at number {NUM}",
    "QUOTE {INV}\n{S'} Plumbing & Heating Ltd\nCompany no. {KUND}, VAT reg GB {KUND}{NUM}\n\nFor: {P}\n{AUL}\n\nSupply and fit combi boiler: {GBP}\nPowerflush: {GBP}\nTotal incl. VAT: {GBP}\n\nAny questions give me a ring on {PHUK}.\n{G}",
    "From: {P#1} <{E#1}>\nTo: {EF}\nSubject: Missed appointment\n\nHi,\nI waited in all morning at {AU} and nobody came. Can someone call me on {PHUK}? This is the second time.\n\n{G#1}",
    "Dear {P},\n\nThank you for booking your EICR with us. Your electrician, {P}, will attend {AU} on {DATEEN}. Please ensure access to the consumer unit.\n\nKind regards,\nThe Bookings Team\n{PHUK} | {EF}",
    "Engineer notes: {S} at {AU} says the smart meter display is blank. Spoke to her son {G:m} on {PHUK}. Revisit booked.",
    "Letting agent: Tenant {P} ({PHUK}) moving out {DATEEN}. New tenants {P} and {P} moving into {AU}. Please transfer broadband and check the meter readings.",
    "Chimney sweep booking\nName: {P}\nAddress: {AU}\nPhone: {PHUK}\nStove type: multi-fuel\nNotes: parking at the back, gate code {PORT}",
    "Locksmith callout {DATEEN} {TIME}\nCustomer: {U}\nAddress: {AU}\nID checked (driving licence)\nNew euro cylinder fitted. Paid {GBP} by card.\nTech: {Gi}",
    # US home services
    "WORK ORDER {ORDER}\nCustomer: {P#1}\nService address: {AUS}\nPhone: {PHUS}\nTech: {P} (truck {NUM})\nIssue: AC not cooling, thermostat reads 84\nNotes: dog in backyard, use side gate",
    "Hi {G}! This is {G:f} from Lakeside Heating & Air confirming your furnace tune-up at {AUS} tomorrow, {WIN}. Call or text {PHUS} to reschedule.",
    "Dispatch {DAYEN}\n8:00 {AUS} – {P} – water heater install\n10:30 {AUS} – {P} – leak under sink, call {PHUS}\n1:15 {AUS} – {S} – panel upgrade estimate\nOn call: {P} {PHUS}",
    "Your technician {P} is on the way and should arrive in about 25 minutes. Track here or call {PHUS}.",
    "ESTIMATE\nPrepared for: {P}\nProperty: {AUSL}\nSolar PV 7.2 kW with battery: {USD}\nFederal tax credit applied: {USD}\nYour consultant: {P#2}, {PHUS}, {E#2}",
    "Tenant portal – maintenance request\nUnit: {AUS}\nName: {P}\nPhone: {PHUS}\nPermission to enter: yes\nPets: one cat (Mochi)\nDescription: garbage disposal jammed",
    "hey {n} it's {n:m}, the installer. i'm outside {au} but the buzzer isn't working, can you come down? my cell is {PHUK}",
    "{n} can you swing by {AUS} after lunch? mrs {s} says the breaker keeps tripping. her number {PHUS}",
    "ok thanks! see you thursday. address again is {au}, flat is on the 2nd floor. {g}",
    # IT support
    "Ticket {CASE}: Laptop won't connect to home Wi-Fi\nRequester: {P#1} ({E#1})\nPhone: {PHUK}\nShip replacement to: {AUL}\nAssigned to: {P}",
    "Hi IT team, I've moved house so please update my address for equipment deliveries to {AU}. My mobile is still {PHUK}. Thanks, {P}",
    "Support call log: {P#1} called from {PHUS} re: VPN token. Reset done by {G}. Follow-up email sent to {E#1}.",
    "From: {EF}\nTo: {E#1}\nSubject: Your home office kit has shipped\n\nHi {G#1},\nYour monitor and dock are on their way to {AUS}. Questions? Reply here or call {PHUS}.\n\nRegards,\n{P}, IT Service Desk",
    # contracts, moving, energy
    "Moving home form\nName: {F#1}\nDate of birth: {DATEEN} {YEAR}\nOld address: {AU}\nNew address: {AUL}\nMove date: {DATEEN}\nMeter serial: {SERIAL}\nContact: {PHUK}, {E#1}",
    "Hi, I'm moving into {AU} on {DATEEN} and need the broadband set up. The previous tenant was {P}. Account holder will be me, {P}. Call me on {PHUK}.",
    "Customer {P} (account {KUND}) has moved from {AU} to {AU}. Final bill sent. Direct debit ref {OCR}.",
    "New electricity contract for your home in Sweden\nName: {P}\nPersonal identity number: {PNR}\nAddress: {AG}\nPhone: {PHX}\nStart date: {DATEEN}",
    "We're relocating to Sweden! Our new address from {DATEEN} is {AL}. Electricity is with Ellevio, account in {G'#1} name ({P#1}, personnummer {PNR}). My Swedish number: {MOB}",
    # Sweden-based expats writing English
    "Hi, I'm renting an apartment at {AG} and the dishwasher is leaking. My landlord {P} said to contact you. I'm on {MOB}. Thanks! {P}",
    "Hello, is this the right number for the heat pump service? We live at {A}. Our unit is a Thermia, serial {SERIAL}. You can reach me at {MOB} or {E#1}. Best, {P#1}",
    "Invoice question: I was charged for two hours but the electrician ({P}) was here 40 minutes. Address {A}, invoice {INV}. Please call {PH}. {P}",
    "Reminder: chimney sweep visiting {A} on {DATEEN}. Contact the sweep, {P}, on {TEL} if the time doesn't suit.",
    # lists and tables
    "Tenant contact list – {AU}\nFlat 1: {P}, {PHUK}\nFlat 2: {P}, {PHUK}\nFlat 3: {R}, {PHUK}\nFlat 4: vacant\nCaretaker: {P}, {PHUK}",
    "| Job | Customer | Address | Phone |\n| {ORDER} | {P} | {AUS} | {PHUS} |\n| {ORDER} | {P} | {AUS} | {PHUS} |\n| {ORDER} | {R} | {AUS} | {PHUS} |",
    "Keyholders for alarm account {KUND}:\n1. {P} – {PHUK}\n2. {P} – {PHUK}\n3. {P} – {PHX}\nPassword held on file.",
    "Lift breakdown log\n{DATEEN} {TIME} – Lift 1, {AU} – trapped resident {P} released by engineer {P}\n{DATEEN} {TIME} – Lift 2 – no fault found\nReported by caretaker {G} ({PHUK})",
    # notes and messages
    "Site visit notes: {P#1}'s loft conversion at {AU}. Needs a new consumer unit. {G#1} prefers email ({E#1}). Wife {G:f} works nights, don't call before noon.",
    "Note to self: ring {P} back re: solar quote, {PHUK}. She's at {AU}. Mentioned her neighbour {P} might want one too.",
    "Hi {G}, thanks for today. As discussed, {S'} team will come back Tuesday to finish the tiling. Call me on {PHUK} if anything changes. {P}",
    "Alarm company: we received a signal from your property at {AUS} at {TIME}. We called {P} on {PHUS}, no answer. Please call {PHUS}.",
    "Hello {P}, your landlord has authorised us to replace the front-door lock at {AU}. Your new keys can be collected from {P} at our {TOWN} branch. Questions: {EF}",
    "Customer complaint – {P}, {AUS}. Installer left debris in yard. Customer wants callback from manager {P} at {PHUS}.",
    "Delivery instructions: leave with neighbour {P} at no. {NUM} if no answer. My number {PHUK}. Address {AU}.",
    "Fault report from {P} (Apt {NUM}): no hot water since Sunday. Building: {AUS}. Superintendent {S} notified, {PHUS}.",
    "Hi there, my mum {P:f} needs a stairlift service. She's at {AUL}. Please call me ({P}) on {PHUK} rather than her.",
    "Handyman booking confirmed for {P} at {AU}, {DAYEN} {TIME}. Your handyman: {G}. Any questions, call {PHF} (Sweden) or {PHUK}.",
    "Reference letter: {P} worked for us as an apprentice electrician. Contact me on {PHUK} or {E#2}. {P#2}, {AU}",
    "Hi {G}, it's {G#1:m} from Bright Spark Electrical. Running late, stuck in traffic. Be with you at {au} by {TIME}. Cheers, {N#1}",
    "I live abroad at {AX}; my flat in Sweden is {AG}. Please contact my property manager {P} ({TEL}) for access. Mine: {PHX}",
)

MIXED = (
    "Hej {G}! Your technician {P:m} is on his way till {A}. Han ringer från {MOB} ca 30 min innan. /Team Fiber",
    "hi {n}, jag står utanför porten på {a} men portkoden funkar inte?? can you call me {MOB}",
    "Felanmälan / Fault report\nName: {P}\nAdress: {AG}\nPhone: {PHX}\nProblem: no hot water i badrummet since yesterday\nPortkod {PORT}",
    "Hey {G}, quick update: elektrikern {P} kommer {DAY} instead. He needs access to elcentralen på {ST}. Call him on {MOB} if it doesn't work for you.",
    "Work order {ORDER}\nKund: {P#1}\nSite: {AGL}\nContact: {MOB}\nTech: {P}\nNotes: kunden pratar engelska, ring {G#1} innan. Nyckel i nyckelbox, kod {KEY}.",
    "Hi! Vi har flyttat till {A} and need to move our bredband. Old address was {A}. Kundnummer {KUND}. Best, {P#1} ({E#1})",
    "{g#1}: did you fix the laddbox hos {s}?\n{g#2:m}: ja, klart. customer wants invoice till {E}\n{g#1}: perfect, skickar idag",
    "From: {P#1:f} <{E#1}>\nTo: {EF}\nSubject: Offert värmepump\n\nHej! We got your quote for {A}. Kan ni komma och titta {DAY}? My husband {P:m} is home, his number is {MOB}.\n\nThanks,\n{G#1}",
    "Reminder: sotning at {A} on {DATE}. Sotaren {P} ringer från {TEL}. If you're abroad, contact {P} on {PHX}.",
    "Invoice {INV} – ROT-avdrag\nCustomer: {P}\nPersonnummer: {PNR}\nAddress: {AP}\nLabour {AMT}, ROT {AMT}\nPay to bankgiro {BG}, OCR {OCR}\nQuestions: {EF}",
    "Dispatch list {DAY}\n08.00 {ST} – {P} – fibre install, call {MOB}\n10.00 {A} – {P} – router swap\n13.00 {STF} – {P} (English speaking) – {PHX}\nLager: hämta kablar före 07.30",
    "hej, this is {g} på {a}. the dishwasher läcker again, kan ni skicka någon? {MOB}",
    "Tenant {P:f} ({MOB}) reports: ventilationen är helt död i {AG}. She works from home, så ring innan. Ärende {CASE}.",
    "Hi {P},\n\nThanks for choosing us! Här är dina uppgifter:\nInstallation address: {AG}\nDate: {DATE}, {WIN}\nInstaller: {P}\n\nVid frågor, call {PHF} or mejla {EF}.",
    "Kontaktpersoner / Contacts\nSite manager: {P}, {MOB}\nElektriker: {P}, {MOB}\nClient: {P}, {PHX}\nAdress: {AL}",
    "ok so the locksmith {G:m} is coming kl {TIME}, han har nyckeln from {P}. adressen är {a}. ring {MOB} om det blir strul",
    "{n} can you take the jour tonight? {s} på {a} har vattenläcka, nr {MOB}. i'm stuck in Uppsala",
    "Solar quote for {P#1}\nAddress: {A}\nSystem: {KW} kW, 20 paneler\nGrönt avdrag: yes, needs personnummer – {Gs#1} pnr är {PNR}\nSales: {P#2}, {MOB}, {E#2}",
    "Moving in checklist – {G}\n✔ el-avtal (account {KUND})\n✔ bredband till {AG}\n✘ hemförsäkring\nLandlord {P}, {PH}",
    "Hi {G}, I'm the property manager för {A}. The hissen is out of order, Kone tekniker {P} kommer {DAY}. Call me {TEL} / {MOB}.",
    "IT ticket {CASE}\nUser: {P#1} ({E#1})\nIssue: Teams funkar inte på hemmakontoret\nShip new headset to: {AL}\nMobil: {MOB}",
    "Hej IT, my laptop är död. Can someone ring me på {MOB}? Jag jobbar hemifrån idag from {A}. /{P}",
    "Notes from site visit:\n- {P#1} wants värmepump installed på baksidan\n- {G#1}'s neighbour {P} klagar på buller from old unit\n- address: {A}\n- follow up on {MOB}",
    "Customer {P} called from {PHX}: hon är utomlands och larmet på {A} går hela tiden. Kontaktperson på plats: {P}, {MOB}.",
    "Keys: 2 st to {P}, 1 st to the cleaner {G:f}. Nyckelbox at {ST}, kod {KEY}. Any issues ring {MOB}.",
    "Kund: {U}\nPnr: {PNR}\nAddress: {AGL}\nPhone (UK): {PHUK}\nPhone (SE): {MOB}\nÄrende: new electricity contract, move-in {DATE}",
    "Hi {G}! Snickaren {P} and elektrikern {P} will both be at {ST} tomorrow. Lägg nyckeln i brevlådan, tack! /{G}",
    "ROT application\nBuyer 1: {P}, {PNR}\nBuyer 2: {P}, {PNR}\nProperty: {FAST}\nAddress: {AP}\nCompany: {Ss} VVS AB, org.nr {ORG}",
    "Hej {P}!\nYour fibre box is installed. Om något inte fungerar, contact our support at {PHF} or {EF}. Technician: {Gi}\nMvh",
    "{G#1}: kommer du till {a} idag?\n{G#2:m}: yes, around {TIME}. kunden heter {s:f}, right?\n{G#1}: ja. hennes nummer {MOB}",
    "Landlord abroad: {P}, {AX}, {PHX}. Lägenhet: {AG}. Tenants: {P} och {P}.",
    "Alarm installation – kontaktlista\n1. {R} {MOB}\n2. {R} {PHX}\n3. {R} {TEL}\nSite: {A}",
    "Hello! Vi är från Storbritannien och hyr {AG} i sommar. The kylskåp isn't working. Owner is {P}. My UK mobile {PHUK}, my Swedish one {MOB}. Cheers, {G}",
    "Job done ✅ byte av blandare hos {P} på {STF}. Customer happy. Fakturan skickas till {E}. /{N}",
    "Påminnelse/Reminder: Service of your heat pump at {A}, {DATE} kl {TIME}. Technician: {P}. Avboka: {PHF}",
    "Route {DAY} (bil {NUM})\n1 {ST} – {P}\n2 {ST} – {S}, portkod {PORT}\n3 {ST} – {p} {MOB}\nlunch\n4 {A}",
    "hey, the plumber {g} said to text you. jag bor på {a}, the toilet won't stop running. /{g}",
    "Bekräftelse / Confirmation\n{P}\n{AL}\nOrder {ORDER}: Router + installation\nDelivery: {DATE}\nQuestions? {EF} | {PHF}",
    "Dear {P}, tack för din felanmälan. A technician will visit {AG} within 5 working days. Ditt ärendenummer: {CASE}.",
    "{Ps} Elservice – hi! Vi har ledig tid {DAY} för din laddbox at {ST}. Svara JA eller ring {MOB}. /{G}",
    "Handover: {P} started on the bathroom at {A}. Remaining: kakel och golvbrunn. Customer {P} is away; key from grannen {P}, {MOB}.",
    "Meter reading request – mätaravläsning\nCustomer: {R}\nAnläggnings-ID: {ANL}\nAddress: {A}\nPlease reply to {EF} or call {PHF}.",
    "Kund ringde från {PHUS} (USA). Owns summer house at {A}. Wants new lock + larm. Contact email {E#1}. Namn: {P#1}.",
    "Hi {G}, I'm {P#1:f}, new i föreningens styrelse. Can you send the offert för stambytet to {E#1}? Min mobil: {MOB}. Föreningen: BRF Tallen, {BOX}.",
    "Tenant list / Hyresgästlista {A}\n1101 {P} {MOB}\n1102 {P} {MOB}\n1201 {R} {PHX}\n1202 vakant",
    "Lift service report: Hiss 1, {A}. Engineer {P}. Stopped between floors 3 and 4; boende {P} helped out. Kontakt styrelse: {P} {MOB}.",
    "Chat – support\nKund: hej, min router blinkar rött\nAgent {G#1}: Hi! Can I have your address?\nKund: {a}\nAgent {G#1}: Tack. And your phone?\nKund: {MOB}",
    "Sorry för sent svar! Ja, {DAY} works. Min adress: {AGL}\nRing {MOB} when you're outside. {P}",
    "Cleaning + key handover: städfirman lämnar nycklar till {P} at {STF}. New tenant {P} ({PHX}) picks up {DATE}.",
    "Technician feedback: {P} var jättebra! He explained everything about the värmepump. Customer: {P}, {A}.",
)

# Rows without any value, with look-alikes: firms, brands and agencies, places, numbers of every
# kind that are no phone and no personnummer, and words that are also names, used as words.
NEGATIVES = (
    (
        "sv",
        "Faktura {INV}\nOrg.nr {ORG}\nBankgiro {BG}\nOCR {OCR}\nAtt betala: {AMT}\nFörfallodag: {DATE}\nGodkänd för F-skatt.",
    ),
    (
        "sv",
        "Kundnummer: {KUND}\nAnläggnings-ID: {ANL}\nMätarnummer: {METER}\nNätområde: SE3\nAvtalstyp: rörligt pris",
    ),
    (
        "sv",
        "Portkoden är {PORT} och nyckelboxen har kod {KEY}. Lägenheten ligger på tredje våningen, dörr till vänster.",
    ),
    (
        "sv",
        "ROT-avdraget är {PCT} procent av arbetskostnaden, max 50 000 kr per person och år. Skatteverket betalar ut till oss, du betalar resten.",
    ),
    (
        "sv",
        "Vi installerar bergvärme, luft/vatten och frånluftsvärmepumpar från Nibe, Thermia och IVT. Borrning ner till 200 meter i berg.",
    ),
    (
        "sv",
        "Ärende {CASE} är avslutat. Teknikern har bytt termostat och kontrollerat trycket. Ingen ytterligare åtgärd.",
    ),
    ("sv", "Fastighetsbeteckning: {FAST}\nTaxeringsvärde: {AMT}\nTyp: småhus, byggår {YEAR}"),
    (
        "sv",
        "Vi bor kvar under renoveringen. Badrummet får stå tomt i tre veckor, sen kommer kakelsättarna.",
    ),
    (
        "sv",
        "Order {ORDER} har skickats. Leverans till utlämningsställe inom 2–4 arbetsdagar. Spårningsnummer {OCR}.",
    ),
    (
        "sv",
        "Sotning och brandskyddskontroll utförs enligt lagen om skydd mot olyckor. Kommunen bestämmer fristerna.",
    ),
    (
        "sv",
        "Elcentralen har 16 A huvudsäkring och jordfelsbrytare på alla grupper. Laddboxen kopplas på egen grupp.",
    ),
    ("sv", "Mellan {DATE} och {DATE} stängs vattnet av i hela huset {WIN} på grund av stambyte."),
    ("sv", "BRF Solrosen, org.nr {BRF}\nÅrsavgift höjs med 4 %. Nästa stämma {DATE}.\nStyrelsen"),
    ("sv", "Teknikerbil {TECH}, reg.nr {REG}, har service {DATE}. Använd bil 14 under tiden."),
    (
        "sv",
        "Hej! Tack för din beställning. Vi återkommer inom två arbetsdagar med en tid för installation. Mvh Kundservice",
    ),
    (
        "sv",
        "Fiber till villa: grävning på tomten ingår upp till 20 meter. Sten och rötter kan ge extra kostnad.",
    ),
    (
        "sv",
        "Värmepump {KW} kW, serienummer {SERIAL}, installerad {YEAR}. Garantin gäller fem år på kompressorn.",
    ),
    (
        "sv",
        "Hissen i trapphus B är ur funktion. Kone är kontaktade och reservdelen beräknas komma {DAY}.",
    ),
    ("sv", "Plusgiro {PG}\nSwish företag 123 456 78 90\nOCR anges vid betalning: {OCR}"),
    (
        "sv",
        "Lgh {LGHNR}: byte av diskmaskin klart. Lgh {LGHNR}: väntar på reservdel. Lgh {LGHNR}: ingen hemma, lapp lämnad.",
    ),
    ("sv", "Vattenläcka i källaren, huvudkranen stängd {TIME}. Avfuktare står kvar över helgen."),
    (
        "sv",
        "Bostaden ligger i Sollentuna, ca 15 minuter från Stockholm C. Parkering finns på gatan.",
    ),
    (
        "sv",
        "Viktigt: larmet aktiveras automatiskt {TIME} varje kväll. Ring larmcentralen om du kommer in efter det.",
    ),
    (
        "sv",
        "Björkparkett och ekgolv slipas och lackas. Lind och ask finns som alternativ i lister.",
    ),
    (
        "sv",
        "Elnätsavgift {AMT}/år, abonnemang 20 A. Fakturan skickas kvartalsvis från Ellevio. Avtalsnummer {KUND}.",
    ),
    (
        "sv",
        "Ny router levereras med Wi-Fi 6. Nätverksnamn och lösenord står på klisterlappen under. Starta om efter 30 sekunder.",
    ),
    (
        "en",
        "Invoice {INV}\nCompany registration no. {KUND}\nVAT no. GB {KUND}{NUM}\nSort code 40-47-84\nAccount 31926819\nAmount due: {GBP}",
    ),
    (
        "en",
        "Your boiler service is due. Our Gas Safe registered engineers cover {TOWN} and the surrounding area, Monday to Saturday.",
    ),
    (
        "en",
        "Job {ORDER} completed. Engineer replaced the pressure relief valve and tested the system. No further work required.",
    ),
    ("en", "Meter serial {SERIAL}\nMPAN 1200 0512 3456 789\nTariff: Economy 7\nReading: 04512 kWh"),
    (
        "en",
        "Please pay this bill within 14 days. Late payments will be charged interest. There is a grace period of 7 days.",
    ),
    (
        "en",
        "The smart meter will be installed {DAYEN} between {WIN}. The power will be off for about 30 minutes.",
    ),
    (
        "en",
        "Ticket {CASE} has been resolved. If the issue comes back, reopen it from the portal within 10 days.",
    ),
    (
        "en",
        "Order {ORDER}: 2 x solar panels, 1 x inverter, mounting kit. Estimated delivery {DATEEN}.",
    ),
    (
        "en",
        "We install heat pumps from Daikin, Mitsubishi and Vaillant. A site survey is free of charge.",
    ),
    (
        "en",
        "Will the engineer need access to the loft? Yes, the hatch is on the landing and there is a ladder.",
    ),
    (
        "en",
        "To be frank, the old fuse board should have been replaced years ago. Mark the circuits before you switch off.",
    ),
    (
        "en",
        "The house is in the Peak District, near Bakewell. Parking is tight, so use the lay-by at the top of the lane.",
    ),
    ("en", "Gate code {PORT}. Key safe code {KEY}. Bins go out on {DAYEN} night."),
    ("en", "Rose gold finish sockets are back in stock at Screwfix and Toolstation from {GBP}."),
    (
        "en",
        "Account number {KUND}\nDirect debit reference {OCR}\nYour next payment of {GBP} will be taken on {DATEEN}.",
    ),
    (
        "en",
        "Openreach has scheduled the fibre upgrade for your street. Expect some noise from the cabinet work.",
    ),
    ("en", "Permit {ORDER} approved by the city. Inspection required before drywall. Fee {USD}."),
    (
        "en",
        "Note: the pup is friendly but keep the back gate shut. Trades park on the drive, not the verge.",
    ),
    (
        "mixed",
        "Faktura {INV} – invoice\nOrg.nr {ORG}\nBankgiro {BG}\nOCR {OCR}\nTotal incl. moms: {AMT}\nDue: {DATE}",
    ),
    ("mixed", "Portkod {PORT}, then take the hiss to våning 4. Key box code {KEY}."),
    (
        "mixed",
        "Kundnummer / customer number: {KUND}. Anläggnings-ID: {ANL}. Please have these ready när du ringer.",
    ),
    (
        "mixed",
        "The värmepump is a Nibe F2040, {KW} kW, serienummer {SERIAL}. Service every second year.",
    ),
    ("mixed", "Ärende {CASE} closed. Tekniker bytte säkring, everything works now."),
    ("mixed", "ROT-avdrag applies only to labour, not material. Max 50 000 kr per person och år."),
    (
        "mixed",
        "Bredband 1000/1000 via Telia, router included. Installation {DATE} {WIN}, någon måste vara hemma.",
    ),
    ("mixed", "Reg.nr {REG} is our service van. Parkera inte på gatan, use the garage instead."),
    ("mixed", "Order {ORDER}: laddbox 11 kW + installation. Leverans vecka {WEEK}."),
    ("mixed", "Fastighet {FAST}, byggår {YEAR}. Radon measured at 180 Bq/m³, under gränsvärdet."),
    ("mixed", "Lgh {LGHNR} fixed ✅, lgh {LGHNR} no one home, lapp i dörren."),
    (
        "mixed",
        "Sotaren comes every third year for the braskamin. Brandskyddskontroll booked by kommunen.",
    ),
    (
        "mixed",
        "We're in Malmö but the summer house is on Gotland. Vattnet är avstängt over the winter.",
    ),
    ("mixed", "Larmet är aktiverat 22–06. If you come late, ring larmcentralen first."),
    ("mixed", "Bill from Vattenfall came today, {AMT}. Kollade avläsningen, looks right."),
    ("mixed", "Elcentral: 3-fas, 25 A. Jordfelsbrytare tested OK. Next check {DATE}."),
    (
        "mixed",
        "BRF Eken, org.nr {BRF}. Stambyte starts {DATE}, bathrooms out of use i fyra veckor.",
    ),
)
