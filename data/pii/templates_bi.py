# ruff: noqa: E501
"""Templates of held-out BI, written by the fortieth writer: IT support and software work.

Helpdesk tickets, incident reports and post-mortems, on-call chat (Slack and Teams lines),
commit messages and code review comments, access requests and onboarding checklists, log lines
and error reports that name users, change-approval mail and English vendor support threads, in
Swedish (`SV`), English (`EN`) and the Swedish/English mix of the trade (`MIXED`); `NEGATIVES`
hold no personal value at all.

Slots (filled by `generate_bi.py`): a person's name in a form (`{P}` given and surname, `{p}`
lower case, `{U}` capitals, `{UR}` `BERG, ANNA`, `{F}` with a second given name or a middle
initial, `{GG}` two given names, `{G}`/`{g}` given name, `{N}`/`{n}` the short form, `{S}`/`{s}`
surname, `{I}` initial and surname, `{Gi}` given name and initial, `{R}` `Surname, Given`,
`{RS}` `Surname Given`, `{E}` e-mail, `{H}`/`{Ha}` a user name, never marked), `#n` for the same
person again, `:f`/`:m` for a woman or a man, a trailing `s` or `'` for a genitive (its ending
is no part of the value); addresses (`{A}` Swedish, `{AL}` over lines, `{AS}` street and number,
`{AN}` street without number, `{AO}` an office, `{ABOX}` a box, `{ACO}` c/o, `{a}` lower case,
`{AF}`/`{AFL}` abroad, `{AUK}`/`{AUKL}` the UK, `{AUS}` the US); phones (`{PH}`, `{PHM}` mobile,
`{PHL}` landline or switchboard, `{PHX}` abroad, `{PHUS}`, `{PHUK}`); `{PNR}` a personnummer.
Everything else (`{INC}`, `{HOST}`, `{IP}`, `{ORG}`, `{TOOL}`, `{TOWN}`, `{ORGNR}` ...) is no
value: tickets, hosts, addresses of machines, companies, tools, towns alone, organisation numbers.
"""

from __future__ import annotations

# Companies, agencies and bodies of the trade; some are named after people and are no PERSON.
ORGS = (
    "Atea", "Dustin", "Tietoevry", "CGI", "Sogeti", "Accenture", "Microsoft", "Telia", "Tele2",
    "Ericsson", "Visma", "Fortnox", "Region Stockholm", "Skatteverket", "Försäkringskassan",
    "Johnson Controls", "Ernst & Young", "Hewlett Packard Enterprise", "Cisco", "Fortinet",
    "Palo Alto Networks", "Atlassian", "ServiceNow", "Okta", "Cloudflare", "Datadog",
    "PagerDuty", "Red Hat", "Citrix", "Oracle", "SAP", "IBM", "Capgemini", "Knowit", "Netlight",
    "Siemens", "Philips", "Dell Technologies", "Lenovo", "Wipro", "Infosys",
    "Tata Consultancy Services", "HCLTech", "Addnode", "Hogia", "Softronic", "Iver",
    "Advania", "Crowdstrike", "Jamf", "Arrow ECS", "Ingram Micro", "Booz Allen Hamilton",
)  # fmt: skip
# Tools and products, many of them capitalised words that are also names.
TOOLS = (
    "Jenkins", "Grafana", "Kibana", "Kafka", "Ansible", "Terraform", "Vault", "Consul", "Nomad",
    "Sentry", "Jira", "Confluence", "Hugo", "Jasmine", "Celery", "Bamboo", "Splunk", "Prometheus",
    "Harbor", "Argo CD", "Flux", "Backstage", "Keycloak", "Intune", "Defender", "Falcon",
)  # fmt: skip
# Titles and roles written before a name (never part of the value); counted by `--stats`.
TITLES = (
    "Dr", "dr", "VD", "vd", "fru", "Fru", "herr", "rektor", "Rektor", "sjuksköterska",
    "IT-chef", "CTO", "CIO", "CISO", "säkerhetschef", "dataskyddsombud", "enhetschef",
    "IT-pedagog", "tekniker", "driftchef", "Mr", "Mrs", "Ms", "Miss", "Prof", "counsel",
    "överläkare", "handläggare", "konsult", "Managing Director", "Eng",
)  # fmt: skip

SV = [
    # helpdesk tickets
    "Ärende {INC} – Kan inte logga in i Outlook\nAnmälare: {P#1}\nTelefon: {PHM}\nE-post: {E#1}\nBeskrivning: Sedan uppdateringen i morse får {G#1} felkod {ERRW} när Outlook startar. Datorn ({ASSET}) står på kontoret i {TOWN}.\nPrioritet: 3 – Medel\nTilldelad: Servicedesk nivå 2",
    "Hej {G#1}!\nTack för ditt ärende. Vi har återställt ditt lösenord och ett engångslösenord har skickats som sms till {PHM}. Du behöver byta det vid första inloggningen.\nHar du frågor, ring Servicedesk på {PHL}.\nVänliga hälsningar\n{P#2}\nServicedesk, Region Västerbotten",
    "Hej! Jag jobbar hemifrån permanent och behöver en ny skärm. Kan den skickas till {A}? Ring mig på {PHM} om budet inte hittar. /{P}",
    "hej, skrivaren på plan 3 funkar inte igen. det är den vid {gs#1} rum. mvh {p#2}",
    "Hej! Jag är ny på ekonomi och har inte fått tillgång till Fortnox. Min chef är {P#1}. /{G#2} (anställningsnr {NUM})",
    "Återkoppling på ärende {INC}: {Gs#1} dator hade full disk (C: 0 MB ledigt). Vi rensade Teams-cachen och flyttade 40 GB till OneDrive. Jag stänger ärendet om jag inte hör något före fredag. /{G#2}, tekniker",
    'Hej IT! Min kollega {P#1} har fått fel visningsnamn i Teams – det står "{RS#1}" i stället för "{P#1}". Kan ni rätta det i katalogen? Tack, {Gi#2}',
    "Rektor {S#1} på Ekbackeskolan anmäler att elevernas Chromebooks inte når Google Workspace. Kontaktperson på plats: IT-pedagog {P#2}, {PHM}. Skolans adress: {AO}.",
    "Ärende från avdelning 54, Akademiska sjukhuset: sjuksköterska {P#1} kan inte öppna journalsystemet på sin nya arbetsstation. Användar-id {H#1}. Ring avdelningen på {PHL}.",
    "Hej {G#1}, din beställning av Adobe Acrobat Pro är godkänd av {P#2} och licensen tilldelas inom 24 timmar. Kostnadsställe {NUM}. /IT-inköp",
    "Fru {S#1:f} ringde från {TOWN} och undrar varför fakturan från oss har fel adress. Rätt adress är {A}. Kundnummer {NUM}. Återkom på {PHL}. /{G#2} på kundtjänst",
    "Hej, min jobbtelefon blev stulen i {TOWN} igår. Numret är {PHM}. Kan ni spärra den och radera företagsdata? Jag heter {P} och jobbar på lönekontoret.",
    "Tack {G}! Nu funkar det 😊",
    "Dr {S#1:f} på vårdcentralen i {TOWN} ringer igen om att journalen hänger sig vid utskrift. Hon nås på {PHL} eller {E#1}.",
    "Ärendet har tilldelats {P#1}. Din handläggare nås på {E#1} eller {PHL} vardagar 8–16. Ange ärendenummer {INC} när du hör av dig.",
    "Namn: {UR#1}\nAdress: {A}\nTelefon: {PH}\nÄrende: Beställning av hemarbetsplats (skärm, dockningsstation, headset)\nGodkänt av chef: {I#2}",
    "Skicka det nya SIM-kortet till {P#1}, {ACO}. Hen är inneboende där tills vidare och nås på {PHM}.",
    "Kontaktuppgifter för leverans av servrarna: Godsmottagningen, {AO}. Kontaktperson: {P#1}, {PHM}. Lossning vardagar 07–15.",
    "kan nån hämta paketet till mig? det ligger hos grannen på {a}. /{g}",
    "Det är {G'#1} dator som krånglar, inte min. Hon sitter bredvid mig, ring {PHM} så tar hon luren. /{G#2}",
    # incidents, post-mortems, alarms, on-call
    "Incidentrapport {INC}\nTid: {DATE} från kl {TIME}, varaktighet {DUR}\nPåverkan: kassasystemet i samtliga butiker nere.\nIncidentledare: {P#1}\nKommunikation: {P#2}\nOrsak: ett utgånget certifikat på {HOST}. {Gs#2} team förnyade det manuellt.\nÅtgärd: automatisk förnyelse införs, ansvarig {I#1}.",
    "Post-mortem: driftstörning i e-tjänsten Mina sidor {DSV}\nSammanfattning: under {DUR} kunde invånare inte logga in med BankID.\nTidslinje:\n{TIME} larm från Grafana till jourhavande {P#1}\n{TIME} {S#1} eskalerar till leverantören {ORG}\n{TIME} {Gs#2} rollback till version {VER} löser problemet\nLärdom: vi letar inte syndabockar; releaseprocessen ses över.",
    "Säkerhetsincident: förlorad dator\nAnmäld av: {P#1} ({H#1})\nDator: {ASSET}, BitLocker aktiverat\nSenast sedd: på tåget mellan {TOWN} och {TOWN}\nÅtgärd: enheten spärrad i Intune och {Gs#1} konton har fått nya lösenord. Polisanmälan gjord av säkerhetschef {I#2}.",
    "Jourlista vecka {WEEK}\nMån–ons: {P#1} {PHM}\nTors–fre: {P#2} {PHM}\nHelg: {P#3} {PHM}\nEskalering: driftchef {P#4}, {PHL}",
    "Larm: disk 95 % på {HOST} (datacentret i Göteborg). Jourhavande: {P#1}, {PHM}. Kvitterat av {G#1} kl {TIME}.",
    "Larmkedja för serverhallen i {TOWN}:\n1) {P#1}, {PHM}\n2) {P#2}, {PHM}\n3) Securitas larmcentral, {PHL}",
    '{P#1} skrev i #drift: "Jag startar om {TOOL}-klustret nu, räkna med {DUR} nedtid." {G#2} svarade: "Kör!"',
    "Driftinformation {DSV}: störningen i lönesystemet är åtgärdad. Tack till {P#1} och {P#2} som jobbade under natten. Frågor besvaras av {N#3} på {PHL}.",
    "Anteckningar driftmöte vecka {WEEK}\nNärvarande: {G#1}, {G#2:m}, {G#3}, {I#4}\n1. Migreringen till Azure: {G#1} rapporterar att 12 av 40 servrar är flyttade.\n2. {S#4} tar fram en ny backuppolicy.\n3. Övrigt: {Gs#2} föräldraledighet börjar {DSV}; {G#3} tar över hans ärenden.",
    "[{TIME}] {P#1}: någon som vet varför VPN:en droppar hela tiden? jag sitter hemma i {TOWN}\n[{TIME}] {P#2}: {g#1} kör du den gamla klienten eller den nya?\n[{TIME}] {P#1}: den nya, version {VER}",
    "@kanal P1 pågår: betalflödet ger {ERR}. {P#1} är incidentledare och {G#2} tittar på databasen. Bryggan är Teams-länken i kanalen, nästa uppdatering {TIME}.",
    "{g#1}: hej {n#2}, har du pushat fixen för {TOOL}-bygget?\n{g#2}: japp, {SHA} på main. grafana ser grön ut nu\n{g#1}: toppen 👍",
    # commits and code review
    "fix(auth): hantera utgångna refresh-tokens\n\nVid 401 från Keycloak försöker klienten nu en gång till innan användaren loggas ut.\nRapporterat av {P#1} i {JIRA}.\n\nCo-authored-by: {P#2} <{E#2}>",
    "{G#1}, snyggt! Men raden där du loggar hela request-objektet skriver ut personnummer i klartext, t.ex. {PNR}. Kan vi maska innan det går till Splunk? /{N#2}",
    'Revert "Lägg till {Ss#1} nya validering av personnummer"\n\nDetta återställer commit {SHA}. Valideringen avvisade giltiga samordningsnummer. Se {JIRA}, rapporterat av {G#2} på Skatteverket-integrationen.',
    "Kommentar från {P#1} på PR {PR}:\n> Testdatat innehåller ett riktigt personnummer ({PNR}) och adressen {A}. Byt till syntetiska värden innan merge.\n{G#2}: fixat i {SHA}.",
    '{P#1} ändrade status från "Pågår" till "Klar" {DSV} {TIME}\n{P#1}: driftsatt i produktion och verifierat tillsammans med {G#2}.',
    "{SHA} ({P#1} {DATE}) lägg till kontroll av kontrollsiffra\n{SHA} ({P#2} {DATE}) rätta datumformat i exporten",
    # access requests, onboarding, offboarding
    "Behörighetsbeställning {RITM}\nAvser: {F#1}, personnr {PNR}\nAnställningsform: konsult via {ORG}\nSystem: Visma Lön (läs), Agresso (attest)\nGodkänns av chef: {P#2}\nStartdatum: {DATE}\nLeveransadress för dator: {A}",
    "Onboarding – {P#1} börjar {DSV}\n[x] Konto i Entra ID skapat ({H#1})\n[x] Dator beställd från Dustin\n[ ] YubiKey skickas hem till\n{AL}\n[ ] Mobilnumret {PHM} flyttas från Telia\nFadder: {P#2}",
    "Namn: {F#1}\nPersonnummer: {PNR}\nAdress: {A}\nTel: {PH}\nE-post: {E#1}\nRoll: systemförvaltare\nBehörighet: administratör i Jira och Confluence\nGodkänd av: {R#2}",
    "Avslut av konton – {P#1} slutar {DSV}\nAD-konto: {H#1} inaktiveras kl 17:00\nBrevlåda: delas med närmaste chef {P#2}\nUtrustning: dator och telefon lämnas på kontoret, {AO}\nPrivat e-post för slutlön: {E#1}",
    "Till: {P#1}\nKopia: {P#2}\nÄmne: Sv: Sv: Ny användare ekonomi\n\nHej {G#1},\nKontot är skapat. Användarnamnet är {H#3} och ett tillfälligt lösenord skickas separat till {G#3} via sms ({PHM}).\n/{G#2}",
    "Beställning av behörighet till ordersystemet för {P#1} ({PNR}). Behörigheten ska gälla t.o.m. {DSV}. Beställare: enhetschef {P#2}.",
    "Hej {N#1}! Välkommen till teamet 🎉 Datorn hämtar du hos {G#2} i receptionen, {AO}. Första dagen börjar med introduktion hos {P#3} kl 09:00.",
    "Verifiering vid lösenordsåterställning: den som ringde uppgav namnet {P#1}, personnummer {PNR} och adressen {A}. Uppgifterna stämde mot HR-systemet. Återställt av {I#2}.",
    "Konsult: {P#1}, {ORG}\nE-post: {E#1}\nMobil: {PHX}\nBostadsadress (för säkerhetsprövning): {A}\nPersonnummer: {PNR}\nSäkerhetsklass 2, prövning begärd av {P#2}",
    "Behörighetsgranskning Q3: följande konton saknar aktiv anställning: {H#1} ({P#1}), {H#2} ({P#2}), {H#3} ({R#3}). Ansvarig chef {P#4} ombeds bekräfta senast {DSV}.",
    "Påminnelse: {P#1}, {P#2} och {P#3} har inte gått säkerhetsutbildningen. Sista dag är {DSV}.",
    "Uppdatering i HR-systemet: {R#1} flyttar till\n{AL}\nNy privat mobil: {PHM}. Ändrad av {H#2}.",
    "Begäran om registerutdrag (GDPR art. 15)\nSökande: {F#1}\nPersonnummer: {PNR}\nAdress:\n{AL}\nHandläggare: dataskyddsombud {P#2}\nSvar senast: {DSV}",
    "VD {P#1} har fått ett mejl från {E#2} där avsändaren utger sig för att vara {G#1} och ber ekonomi betala en faktura. Det är nätfiske. {Gs#3} team har blockerat avsändaren.",
    "Leverantör: {S#1} IT-konsult AB, kontakt {P#1}, {PHM}. Avtalet för fjärrsupport löper ut {DSV}; {I#2} ansvarar för förlängningen.",
    "Fakturaadress: {ORG}, {ABOX}\nReferens: {P#1}, IT-avdelningen\nOrg.nr {ORGNR}",
    "Tjänsteresa: {P#1} åker på konferens. Hotell: {AF}. Nås på {PHM} under resan.",
    "Hej! Min sambo {G#1} och jag har båda jobbdatorer hemma på {AS}. Routern från Telia strular – kan någon ringa mig på {PHM}? /{P#2}",
    "Jag bor på {AN} sedan i höstas och behöver uppdatera adressen för hemleverans av utrustning. Mvh {P}",
    # logs and error reports
    '{TS} WARN  auth-service  inloggning misslyckades user={H#1} namn="{P#1}" ip={IP} orsak=fel lösenord (3 av 5)',
    "LDAP-bindning misslyckades för CN={RS#1},OU=Användare,OU={TOWN},DC=corp,DC=example,DC=se – kontot är låst sedan {TIME}. Ring {P#1} på {PH} innan upplåsning.",
    'Felrapport från kunden {ORG}:\nAnvändaren {P#1} ({E#1}) får "{ERR}" vid export till PDF. Skärmdump bifogad. Webbläsare: Edge {VER}. Kontorsadress: {AO}.',
    "{TS} ERROR lön-export kunde inte skapa fil för anställd {P#1} (pnr {PNR}): bankkonto saknas. Jobbet fortsätter med nästa post.",
    'granskningslogg {TS} användare {H#1} ändrade adress för {U#2} till "{a}"',
    "Användaren {P#1} befinner sig på vårt kontor utomlands ({AF}) och kommer inte åt filservern. Lokalt nummer: {PHX}.",
    'Intervjusvar från kandidaten {P#1}: "Jag kan börja om tre månader och nås på {PHM}." Skicka avtalet till {A}.',
    # change approval
    "Från: {P#1} <{E#1}>\nTill: CAB\nÄmne: Godkännande {CHG} – patchning av domänkontrollanter\n\nHej,\nJag godkänner ändringen under förutsättning att {S#2} finns tillgänglig under servicefönstret lördag 22:00–02:00 på {PHM}.\n\nMvh\n{G#1}\nIT-driftchef",
    "Ändringsbeslut {CHG}: GODKÄND\nGenomförare: {P#1}\nGodkännare: {P#2}\nTid: söndag 06:00–08:00\nPåverkan: {HOST} startas om\nKontakt vid problem: {PHM}",
    "Retur av utrustning\nAvsändare: {P#1}, {ACO}\nMottagare: IT-lagret, {ABOX}\nInnehåll: dator {ASSET}, laddare och headset",
    "Hemarbetsplats – checklista för {F#1}\nAdress: {A}\nTelefon: {PHM}\nBredband: Bahnhof 250/250\nSkrivbord och stol: levereras av {ORG}",
    "Felanmälan fiber: kunden {P#1}, {A}, tel {PH}. Ingen länk sedan {TIME}. Tekniker bokad {DSV}, {G#2} tar med ny mediaomvandlare.",
    "Adressändring: {R#1}, från {A} till {A}. Gäller från {DSV}. Registrerad av {I#2}.",
    "{p#1}: jag har flyttat! ny adress är {a}, kan ni uppdatera i hr-systemet?\n{p#2}: fixat 👍",
    "Ny hyresgäst i serverrummet: {ORG} flyttar in i rum 3B på {AO}. Nycklar kvitteras av {P#1}, {PHM}.",
    "Med vänliga hälsningar\n\n{F#1}\nSystemförvaltare, Försäkringskassan\n{PHL}\n{E#1}",
    "{N#1} på nätverk säger att switchen i {TOWN} har gett upp. {N#2} åker dit i morgon med en ny.",
    "{p#1} [{TIME}]: har någon sett min laddare? lämnade den i rum Ada\n{p#2} [{TIME}]: den ligger i receptionen 🙂",
    "Deltagarlista, utbildning i Jira {DSV}:\n{R#1}\n{R#2}\n{R#3}\n{R#4}\nLärare: {P#5}",
    "Kortläsaren vid entrén: {UR#1} – KORT SPÄRRAT {TIME}. Vakten ringde {G#2} på {PHM}.",
    "Fakturan för licenserna ska skickas till {ABOX}, märkt med referens {S#1}. Frågor till {E#1}.",
    "Vidarebefordrat meddelande\nFrån: {RS#1} <{E#1}>\nDatum: {DSV}\nÄmne: Hemkörning av dator\n\nHej, jag är tillbaka från sjukskrivningen. Kan datorn skickas till {ACO}?\n/{G#1}",
]

EN = [
    # vendor support threads
    "From: {P#1} <{E#1}>\nSent: {DEN} {TIME}\nTo: Support\nSubject: RE: Case #{NUM}{NUM} - SSO login loop\n\nHi {G#2},\nThanks for the quick call. As discussed, our Okta tenant redirects back to your login page after MFA. Logs attached. I'm on {PHUK} if you need me.\n\nBest regards,\n{P#1}\nIT Infrastructure Lead",
    "Hello {G#1},\n\nMy name is {P#2} and I'll be handling your case going forward. I have escalated it to our engineering team. You can reach me directly at {PHUS} (Mon–Fri, 9am–5pm ET).\n\nKind regards,\n{G#2}\nSenior Support Engineer | {ORG}\n{AUS}",
    "Hi {G#1},\n\nWe have approved the RMA for the faulty drive. Please ship it to our repair centre:\n{AFL}\nQuote your case number on the box. A replacement will be sent to\n{AUKL}\nby courier.\n\nThanks,\n{P#2}\nRMA Desk",
    "Escalating on behalf of our CTO, {P#1}. This is the third outage this month. Please have your account manager, {P#2}, call {G#1} on {PHUK} today. Our billing address is {AUK}.",
    "Call notes – {DEN}\nAttendees: {P#1} (us), {P#2} and {P#3} ({ORG})\n- {G#2} confirmed the fix ships in {VER}\n- {S#3} will send the hotfix instructions\n- Next call: Thursday",
    "Hi team, this is {P#1} from the L2 support desk in Hyderabad. We have restarted the batch job. For anything urgent please reach {P#2} on {PHX} or write to {E#2}.",
    "---------- Forwarded message ---------\nFrom: {P#1} <{E#1}>\nDate: {DEN}\nSubject: Licence true-up\n\n{G#2}, see below. Can you check with {P#3} in procurement before we sign?",
    "From: {R#1} <{E#1}>\nTo: {R#2}\nSubject: Server room access\n\n{G#2} – I need badge access to the server room for the UPS work on {DEN}. Thanks, {G#1}",
    "Our subsidiary's address for the data processing agreement is {AF}. Signatory: {P#1}, Managing Director.",
    'Case {NUM} – status: Awaiting customer\n{P#1} ({ORG} Support) wrote:\n"Could you run the diagnostics bundle and upload it to the case? If easier, {G#2} can join a screen share."',
    "Thanks {G#1}. For the record, the contact for the overseas office is {P#2}, {AF}, tel. {PHX}.",
    "Contractor: {S#1} & {S#2} Consulting LLP. Contacts: {P#1} and {P#2}. NDA signed on {DEN}.",
    # incidents and post-mortems
    "Incident {INC} – Sev 2 – API latency\nIncident commander: {P#1}\nComms lead: {P#2}\nTimeline (UTC):\n{TIME} PagerDuty pages {G#3} (on call)\n{TIME} {G#3} finds a runaway cron job on {HOST}\n{TIME} Mitigated; {S#1} declares all clear",
    "Postmortem: payments outage on {DEN}\nAuthor: {P#1}\nReviewers: {P#2}, {I#3}\nImpact: {DURE} of failed card payments.\nRoot cause: a config push disabled the Redis sentinel. No individual is to blame; the pipeline lacked a canary stage.\nAction items: {G#2} to add canary analysis ({JIRA}).",
    "Huge thanks to {G#1}, {G#2} and {G#3} for jumping on the bridge at 3am. {P'#4} runbook saved us at least an hour.",
    "[FIRING:1] HighErrorRate checkout-api\nSummary: 5xx above 5% for 10m\nOn-call: {P#1} (primary), {P#2} (secondary)\nRunbook: https://wiki.example.com/runbooks/checkout",
    "On-call handover, week {WEEK}\nOutgoing: {P#1}\nIncoming: {P#2}\nOpen issues: flaky {TOOL} agents; wildcard cert renewal due {DEN}.\nEscalation: {P#3} ({PHUS})",
    "Ms {S#1:f}, a customer, reported that her invoice showed another customer's address, {AUK}. Root cause: a cache key collision. Apology sent by {P#2}.",
    "Dr {S#1} from radiology called: the PACS viewer times out over VPN. Callback number {PHUK}.",
    'Missed call from {P#1} ({PHX}) at {TIME}. Voicemail transcript: "Hi, it\'s {G#1}, the backup job failed again, call me back."',
    # chat
    "{Gi#1} [{TIME}]: anyone else seeing 502s from the staging ingress?\n{Gi#2} [{TIME}]: yep, node pressure. cordoning {HOST} now\n{Gi#1} [{TIME}]: ty {n#2} 🙏",
    "{P#1} migrated the Celery workers to the new Redis cluster and Sentry is quiet. {G#2} will update the Confluence page.",
    "hi, it's {g#1} from finance. my outlook keeps asking for a password. can someone call me? ext {NUM} or mobile {PHUK}",
    "Ticket reassigned from {P#1} to {P#2}. Reason: {G#1} is out of office until {DEN}.",
    "LGTM 🚢 thanks {N#1}! Ping {Ha#2} for the migration review.",
    # commits and code review
    "Merge pull request {PR} from {H#1}/fix-timezone\n\nFix DST handling in scheduler\n\nReviewed-by: {P#2} <{E#2}>\nSigned-off-by: {P#1} <{E#1}>",
    '{Ha#1} Nit: `getDisplayName()` returns the raw name (e.g. "{P#2}"), so we shouldn\'t log it at INFO. Otherwise LGTM. – {G#3}',
    '### Bug report\nReported by {Ha#1}\nWhen a user\'s display name is "{P#2}" the profile page returns a 500.\nVersion: {VER}\nAssignee: {P#3}',
    "{P#1} commented:\nReproduced on Chrome {VER}. Assigning to {P#2}, since {G'#2} team owns the checkout service.",
    "Release notes {VER}: fixed a crash when the address line was longer than 60 characters (thanks to {P#1} for the report). Known issue: {S'#2} SAML fix is not yet in this build.",
    # access, onboarding, offboarding
    "Access Request {RITM}\nRequested for: {P#1}\nManager: {P#2}\nApplication: Salesforce (read-only), Tableau Viewer\nJustification: joining Revenue Ops on {DEN}.\nApproved by {P#2} on {DEN}.",
    "New starter checklist – {F#1}\n☐ Laptop shipped to {AUK}\n☐ Google Workspace account\n☐ Add to #eng-platform\n☐ Buddy: {P#2}\n☐ First 1:1 with {G#3}",
    "Leaver: {P#1}, last day {DEN}. Disable account {H#1}, forward mail to {E#2}, collect laptop {ASSET} from {AUK}.",
    "Quarterly access review: {R#1} still holds admin on the production AWS account after moving to Marketing. {P#2}, please confirm removal by {DEN}.",
    "Welcome {F#1}! You'll be joining the Platform team under {P#2}. Your equipment will be delivered to {AUS} on {DEN}.",
    "Please update the display name for {F#1}; they go by {G#1} on Slack.",
    "Please send the replacement YubiKey to {P#1}, {AUS}. Phone for the courier: {PHUS}.",
    "ATTN: {U#1}\nRE: Replacement badge\nYour new access badge is ready for collection at reception, {AUK}.",
    "DSAR received from {F#1} ({E#1}). Requester's address: {AUS}. Assigned to privacy counsel {P#2}. Due {DEN}.",
    # logs and error reports
    '{TS} ERROR [user-service] failed to sync profile for "{P#1}" <{E#1}>: phone {PHUS} failed E.164 validation',
    'NullPointerException at com.example.hr.EmployeeService.lookup(EmployeeService.java:{NUM}) while loading employee "{P#1}" (id {NUM}), requested by {H#2}',
    'export.csv line {NUM}: "{R#1}","{E#1}","{PHUS}","Engineering"',
    "Ticket {INC}: {P#1} reports that Teams crashes when sharing the screen on a Dell Latitude. Reinstalled, the issue persists. Next step: {G#2} to collect logs.",
    "Hi, I left my charger at the hotel ({AF}). Could someone from the office there courier it to me? – {P}, {PHX}",
    # change approval
    "Support bundle review: the log you sent contains a Swedish personal identity number ({PNR}) and the home address of {P#1}, {A}. Please delete the attachment from the case.",
    "Payroll integration error: employee {P#1}, personnummer {PNR}, rejected by the bank file validator (IBAN missing). Owner: {G#2}.",
    "CAB decision for {CHG}: APPROVED\nImplementer: {P#1}\nApprover: {P#2} (Head of Infrastructure)\nWindow: Saturday 22:00–02:00 CET\nBackout owner: {P#3}, reachable on {PHX}",
    "Approved. Please make sure {G#1} is on the bridge during the window.\n— {I#2}, VP Engineering",
    "Shipping label\nTo: {P#1}\n{AUKL}\nTel: {PHUK}\nFrom: IT Asset Management, {AF}",
    "Hi {N#1}, the courier tried to deliver your monitor to {AUS} but nobody was home. Can you confirm a time? – {P#2}, IT Ops",
    "Please update my home address in Workday to {AUK}. My old address was {AUK}. Thanks, {P}",
    "Please send the signed contract to {P#1}, c/o {ORG}, {AUK}.",
    "Remote employee record: {UR#1} | {AUS} | {PHUS} | {E#1}",
    "Our Stockholm office is at {AO}. Ask for {P#1:f} at reception; if she's out, call {PHL}.",
    "Thanks,\n{F#1}\nDesktop Support | {ORG}\nDirect: {PHUK}\n{AUK}",
    "Please address the letter to {F#1:f}; she uses both given names, never just {G#1}.",
    "{p#1} and {p#2} joined #incident-{NUM}. {p#3}: bridge is up, {g#1} you have the con.",
    "Mr {S#1:m} called about the stolen laptop. Home address on file: {AUKL}. The police reference is with {P#2}.",
    "Hi {G#1},\n\nYour ticket {INC} has been resolved by {P#2}. If the issue persists, reply to this email or call {PHUS}.\n\n{ORG} Service Desk\n{AUS}",
]

MIXED = [
    "hej {g#1}, kan du reviewa min PR {PR}? det är bara en liten refactor av auth-middleware. thanks! /{g#2}",
    "Incident {INC}: prod är nere igen 😩 {P#1} är IC, {P#2} kör comms. Root cause verkar vara en OOM i payment-servicen. Next update {TIME}.",
    "Standup: {G#1} – jobbat med Terraform-modulen, blocked av access till AWS. {G#2} – pair:at med {G#3} på flaky tests. {G#3} – ledig i eftermiddag.",
    "FYI: {P#1} har fått admin i GitHub-org:en, approved av {P#2} i {RITM}. Remember att ta bort det efter releasen.",
    "Från: {P#1} <{E#1}>\nÄmne: SV: Support case {NUM} – license issue\n\nHi {G#2}, tack för svaret! Vi testar workaround:en i morgon och återkommer. Ring mig gärna på {PHM} om ni behöver logs.\n/{G#1}",
    "On-call den här veckan: {P#1} ({PHM}). Backup: {P#2}. Om PagerDuty inte går fram, ring {Gs#1} privata nummer {PHM}.",
    "feat: lägg till export av användare till CSV\n\nExporten innehåller namn och e-post men inte personnummer (per {Gs#1} review).\n\nCo-authored-by: {P#2} <{E#2}>",
    "{g#1} [{TIME}]: deployen till staging failar på migration 0042\n{g#2} [{TIME}]: ah, my bad, fixar\n{g#1} [{TIME}]: np 👍",
    "Access request: {P#1} behöver read access till Kibana för att debugga checkout. Manager approval: {P#2} ✅",
    "Onboarding {P#1} (startar {DSV}):\n- [x] laptop beställd från Atea\n- [ ] leverans till {A}\n- [ ] Slack + GitHub invite till {E#1}\n- [ ] buddy: {N#2}",
    "Hi {G#1}! Jag har pratat med {P#2} på {ORG} och de bekräftar att buggen är fixad i {VER}. Kan du uppgradera i nästa maintenance window?",
    '{TS} WARN user-sync: kunde inte matcha "{P#1}" mot HR, {E#1} saknas i Workday',
    "Postmortem draft\nWhat happened: DNS-ändringen som {P#1} gjorde {DSV} propagerade inte till Cloudflare.\nWhat went well: {G#2} upptäckte det via synthetic checks.\nAction: {G#1} och {G#2} skriver en runbook.",
    "Kan någon hjälpa {P#1} från Sales? Hen sitter på London-kontoret ({AUK}) och får inte igång VPN:en. Mobil {PHUK}.",
    "Code review: {G#1}, nice catch med race condition:en! Men kan vi byta `sleep(5)` mot retry med backoff? /{Gi#2}",
    "Reminder: {P#1}, {P#2} och {P#3} – security training due {DSV}! Annars blir {G#4} sur 😅",
    "Teams: {P#1} har bjudit in {P#2} (Guest) till kanalen #incident-{NUM}.",
    'Case {NUM} updated by {P#1} ({ORG}):\n"We need the full HAR file from the affected user."\n{G#2}: har bett {P#3} spela in en HAR, återkommer.',
    "hej! {gs#1} laptop har blue screen (CRITICAL_PROCESS_DIED) igen. kan vi swappa den? hen sitter på {a}. mvh {g#2}",
    "Change {CHG} approved ✅ av {P#1}. Implementer: {P#2}. Rollback: revert Helm chart till {VER}. Kontakt under fönstret: {PHM}.",
    "Sorry för sent svar {G#1}! Har varit OOO. Skickar hårdvaran till\n{AL}\nvia PostNord på måndag. /{P#2}",
    "Heads up: {P#1} slutar på fredag. Offboarding: disable {H#1}, transfer repos till {Ha#2}, samla in {ASSET}.",
    "Vår nya entity utomlands har adressen {AF}. Lokal IT-kontakt: {P#1}, {PHX}.",
    "{P#1} ringde från {TOWN} – BankID-inloggningen till intranätet failar med {ERRW}. Personnummer för felsökning: {PNR} (raderas när ärendet är stängt).",
    "Kudos till {G#1} som hittade memory leak:en i Node-servicen 🎉 och till {P#2} för en grym postmortem.",
    "Vendor sync\nAttendees: {P#1}, {P#2} (vi), {P#3} ({ORG})\n- {S#3} lovar patch nästa sprint\n- vi behöver SLA på 99.9\n- follow-up: {G#1}",
    "Kan du uppdatera mitt efternamn i AD? Jag har gift mig och heter nu {P#1}, tidigare {S#2}. Thanks! /{G#1}",
    '{TS} INFO access-granted user={H#1} role=prod-admin approver="{P#2}" ticket={RITM}',
    "Ny kollega: {F#1} börjar i SRE-teamet på måndag. Mentor: {P#2}. Välkommen!",
    "Bug: signup-flödet kraschar för vissa namn, senast för {P#1}. Reproducerat av {G#2} på iOS {VER}.",
    "btw {n#1} – {g#2} sa att jenkins-noden är död igen, kan du kolla?",
    "Leverans av servrar till datacentret: {AO}, loading dock 3. Contact on site: {P#1}, {PHM}.",
    "Rapport: phishing-mejl skickat i {Ps#1} namn från {E#2}. 42 mottagare. Blockerat i Defender av {G#3}.",
    "Jag, {P#1}, godkänner härmed att {P#2} får temporary admin access i 24h. Signed {DSV}.",
    "Remote worker utomlands: {P#1}, {AF}. Hen behöver en YubiKey 5 NFC, skicka med DHL. Tel {PHX}.",
    'audit: {TS} {H#1} öppnade journalen för "{UR#2}" ({PNR}) utan vårdrelation – flaggat för granskning av {P#3}',
    "{P#1} (Product): kan vi få en quick fix innan demon?\n{P#2} (Eng): ja, jag hotfixar och pingar {Ha#3} för review.",
    "Best regards / Med vänliga hälsningar\n{P#1}\nIT Service Manager, {ORG}\nBesöksadress: {AO}\nTel: {PHL} | Mobil: {PHM}",
    "Din ticket {INC} har assignats till {P#1}. Expected resolution: {DSV}. Svara på det här mejlet för att lägga till info.",
    "Release notes {VER}: fixade en bugg där {Ss#1} fix för timezone offset förstörde återkommande möten. Thanks to {Ha#2} för rapporten!",
    "Jag har shippat en ny Grafana-dashboard för Kafka-lag; {G#1} och {G#2}, feel free att tweaka alerts.",
    "Vi har anlitat {P#1} Consulting AB för pentesten. {G#1} kör scoping-mötet med {P#2} på torsdag.",
    "Can you send {G#1} the wifi password? Hen är på kontoret i Kista idag, {AO}.",
    "Uppdatering från Microsoft: incidenten EX{NUM} påverkar Exchange Online i EU. {P#1} följer upp och informerar ledningsgruppen.",
    'Ticket från {R#1}: "my mouse is dead, igen". Skickat ny mus till {A}. /{Gi#2}',
    "CISO {P#1} vill ha en rapport om alla admin-konton senast {DSV}. {G#2}, kan du dra en export från Entra?",
    "HR-exporten till vendorn innehåller fortfarande personnummer, t.ex. {PNR} ({P#1}). Kan vi maska innan vi skickar? /{G#2}",
    "Kan du skicka dockan till {P#1}, {AF}? Hen jobbar därifrån i vinter. Thanks!",
    "New address för {p#1}: {a} – uppdatera gärna i Workday",
    "Var ska jag skicka den trasiga laptopen? – Till {ABOX}, mark it with {INC}.",
    "Office move: vi flyttar till {AO} den 1 mars. Facility contact: {P#1}, {PHL}.",
    "Hej, courier:n hittar inte {AS}. Kan {G#1} möta upp vid porten? Ring {PHM}.",
    "cc {n#1} {n#2} – kan ni kika på alerten från {HOST}? jag sitter i möte till {TIME}",
    "Signatur: {F#1} | Cloud Engineer | {ORG} | {PHM} | {E#1}",
    "Leveransadress för den nya YubiKey:n: {P#1}, {ACO}. Please confirm när den är skickad.",
]

NEGATIVES: list[tuple[str, str]] = [
    (
        "sv",
        "Strömavbrott i serverhallen i Kista natten till tisdag. UPS:en höll i fjorton minuter innan generatorn gick igång. Inga data förlorades.",
    ),
    (
        "sv",
        "Påminnelse: alla datorer startas om för uppdateringar på fredag kl 16. Spara ditt arbete innan dess.",
    ),
    (
        "sv",
        "Jenkins-bygget på main är rött sedan i morse. Testerna i Jasmine går igenom, men Kafka-konsumenten får timeout i integrationstesterna.",
    ),
    (
        "sv",
        "Ärendet stängs automatiskt efter fem arbetsdagar utan svar. Kontakta Servicedesk via självserviceportalen om problemet kvarstår.",
    ),
    ("sv", "Ny version av Visma Lön rullas ut i helgen. Lönekörningen flyttas därför till måndag."),
    (
        "sv",
        "Telia meddelar driftstörning i mobilnätet i Norrbotten. Det påverkar även våra larmsändare i Luleå och Kiruna.",
    ),
    (
        "sv",
        "Kom ihåg att låsa datorn (Windows + L) när du lämnar platsen. Det gäller även korta fikapauser.",
    ),
    (
        "sv",
        "Frågan om att byta från Atea till Dustin som hårdvaruleverantör tas upp på ledningsgruppens möte i april.",
    ),
    (
        "sv",
        "Vi flyttar filservern till SharePoint. Mappar som inte har använts sedan 2022 arkiveras.",
    ),
    (
        "sv",
        "Berget av gamla ärenden i kön har krympt med 40 procent sedan vi började kategorisera automatiskt.",
    ),
    (
        "sv",
        "Björk, Lind och Ek heter servrarna i det nya klustret; namnen följer trädtemat från förra året.",
    ),
    (
        "sv",
        "Skatteverket har ändrat sitt API för folkbokföringsuppgifter. Integrationen måste uppdateras före den 1 juli.",
    ),
    (
        "sv",
        "Bo gärna nära kontoret, men distansarbete är fortfarande tillåtet tre dagar i veckan enligt policyn.",
    ),
    (
        "sv",
        "Tips: de flesta problem med skrivaren går att klara genom att stänga av och starta den igen. Annars, gör ett ärende.",
    ),
    (
        "sv",
        "Hugo används för att bygga dokumentationssajten, som publiceras via GitHub Actions vid varje merge till main.",
    ),
    (
        "sv",
        "Vi kör Ansible för konfiguration och Terraform för infrastruktur. Vault hanterar hemligheterna.",
    ),
    ("sv", "Nätverket på plan 4 är segmenterat; gästnätet når inte de interna tjänsterna."),
    (
        "sv",
        "Region Stockholm, Karolinska och Försäkringskassan deltar i höstens nätverksträff om informationssäkerhet.",
    ),
    (
        "sv",
        "Säkerhetskopieringen av databasen tog tre timmar i natt mot normalt fyrtio minuter. Orsaken utreds.",
    ),
    ("sv", "Mark, vatten, sten och sand: skikten i geodatatjänsten byter namn i nästa release."),
    (
        "sv",
        "Dagens driftinformation: e-posten fungerar igen efter störningen i morse. Inga meddelanden har gått förlorade.",
    ),
    (
        "sv",
        "Ericsson, Saab och Volvo Cars är med i leverantörsnätverket för säker mjukvaruutveckling.",
    ),
    (
        "sv",
        "Vid misstänkt nätfiske: klicka inte på länken, utan rapportera mejlet med knappen i Outlook.",
    ),
    (
        "sv",
        "Rosen i receptionen har inte vattnats sedan förra veckan – och ja, det är ett ärende till fastighet, inte till IT.",
    ),
    (
        "sv",
        "Ny rutin: varje ändring i brandväggen kräver godkännande i CAB och en plan för återställning.",
    ),
    (
        "sv",
        "Axeln på lastbilen gick sönder, så leveransen av servrarna från Göteborg blir en dag försenad.",
    ),
    ("sv", "Sol och vind: solcellerna på taket driver numera halva serverhallen en solig dag."),
    ("sv", "Stig på, sa vakten vid T-Centralen, och passerkortet fungerade äntligen i spärren."),
    ("en", "Reminder: the office Wi-Fi password rotates on the first Monday of every month."),
    (
        "en",
        "Will the new release break the API? No, the v2 endpoints stay until the end of the year.",
    ),
    ("en", "Grant read access only after the manager approves the request in ServiceNow."),
    ("en", "Our Jenkins agents now run on spot instances, so expect the odd retry."),
    (
        "en",
        "The grace period for expired certificates is 14 days; after that the load balancer rejects them.",
    ),
    ("en", "Mark the incident as resolved once the error rate has stayed below 1% for 30 minutes."),
    (
        "en",
        "Johnson Controls will service the building's cooling on Saturday, so the server room may run warm.",
    ),
    ("en", "Ruby, Julia and Ada are all supported by the new CI image."),
    ("en", "Page the on-call engineer only for Sev 1 and Sev 2 incidents."),
    (
        "en",
        "Ernst & Young will audit our access controls in Q3; please keep the tickets up to date.",
    ),
    ("en", "The Green and Blue environments are swapped at each deployment."),
    ("en", "Dell, Lenovo and HP all ship laptops with TPM 2.0, which BitLocker requires."),
    (
        "en",
        "Sentry reported 1,204 unhandled exceptions overnight, mostly from the legacy checkout.",
    ),
    ("en", "Bill of materials for the new rack: two switches, one PDU and four servers."),
    ("en", "Hope is not a strategy: every service needs an alert and a runbook."),
    ("en", "Rose, Ivy and Holly are the meeting rooms on the third floor."),
    ("en", "Chase the vendor if the RMA hasn't shipped by Friday."),
    ("en", "Celery workers were restarted after the Redis failover in Frankfurt."),
    ("en", "Patch Tuesday falls on the 14th this month; the pilot ring gets the updates first."),
    ("mixed", "Deployen till prod är klar ✅ inga errors i Sentry än så länge."),
    ("mixed", "Kan vi skippa standup idag? Halva teamet är på AWS Summit i Stockholm."),
    ("mixed", "Heads up: Okta har maintenance i natt 02–04 CET, så SSO kan vara flaky."),
    ("mixed", "Jenkins är nere igen, någon som vet vem som äger build-servrarna?"),
    ("mixed", "Vi migrerar från Bamboo till GitHub Actions under Q2, mer info kommer."),
    ("mixed", "Grafana-alerten för disk usage är för känslig, jag bumpar threshold till 90%."),
    ("mixed", "PR:en är mergad, men glöm inte att uppdatera Confluence-sidan."),
    ("mixed", "Strömavbrott på kontoret i Malmö – alla jobbar remote resten av dagen."),
    ("mixed", "Nomad och Consul ersätts av Kubernetes nästa år enligt roadmapen."),
    (
        "mixed",
        "Frank feedback från retron: on-call-rotationen är för tung, vi behöver fler i poolen.",
    ),
    ("mixed", "Max antal samtidiga sessioner i Citrix är nu 500, tidigare 300."),
    ("mixed", "Celery-kön växer, troligen pga de nya batch-jobben från ekonomi."),
    (
        "mixed",
        "Tietoevry bekräftar att incidenten är löst; root cause analysis kommer inom fem dagar.",
    ),
    ("mixed", "Glöm inte: lösenord delas ALDRIG i Slack, använd 1Password."),
    ("mixed", "Björn Borg-strumporna från konferensen ligger i köket, first come first served 😄"),
    ("mixed", "Dagens lunch-and-learn: intro till Rust och WebAssembly, kl 12 i rummet Ada."),
    ("mixed", "Hunter-kampanjen i Defender hittade inga IOCs den här veckan, all clear."),
    ("mixed", "Volvo Cars och Scania pilotar vår nya API-gateway, feedbacken hittills är positiv."),
]
