# ruff: noqa: E501
"""Held-out Y's templates: everyday work text at a Swedish company with international staff
(issues and review threads, post-mortems, on-call handovers, CRM notes, recruitment, payroll and
expenses, IT helpdesk, visitor logs, minutes, complaints, contract redlines, suppliers, attendee
lists, newsletters, announcements, Slack/Teams threads).

Slots: {P} given and surname, {p} the same in lower case, {U} in capitals, {F} with a middle
name, {G} given name alone, {g} lower case, {S} surname alone, {s} lower case, {I} an initial and
the surname (`J. Berg`), {Gi} given name and the surname's initial, {R} `Surname, Given`, {E}
an e-mail address; a trailing `s` is the genitive (`{Gs}` → `Annas`, `Anna's`). `#n` is the
same person again, `:f`/`:m` a woman or a man. Addresses: {A} Swedish on one line, {AL} over
lines, {ST} a street and number, {STL} with `lgh`, {a} lower case, {AO} an office with its
floor or box, {AU}/{AUL} British, {AUS} American, {AX} European, {ax} European lower case.
Other values: {PH} Swedish phone, {PHX} foreign phone, {PNR} personnummer. Fillers (no value):
{DATE} {DATEEN} {TIME} {NUM} {AMT} {REF} {TOWN} {DAY} {DAYEN}.
"""

from __future__ import annotations

MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
}

SV = (
    # Jira / GitHub
    "PLAT-{NUM}: Inloggningen hänger i Safari\nReporter: {P#1}\nAssignee: {P#2}\n\n{G#2}, kan du kolla detta innan {DAY}? Kunden sitter på {AO}.",
    "Review av PR #{NUM}: {G} har rätt i att timeouten är för kort, men jag vill att {S:m} tittar på migreringen också. /{G#9}",
    'Kommentar från {P} i ärendet: "Funkar lokalt, men inte i staging. {Gs} branch verkar sakna env-variabeln."',
    # post-mortem, on-call
    "Incidentrapport {DATE}\nIncidentansvarig: {P}\nKommunikation: {P}\nTidslinje: {TIME} larmade PagerDuty, {G} startade om lastbalanseraren {TIME}.",
    "Överlämning jour, vecka {NUM}: {P#1} lämnar över till {P#2}. Öppet: diskfullt på db-03, {G#1} har pratat med {S} på leverantören ({PH}).",
    "Jourtelefonen har {G} fram till {DAY}, sen {G}. Nås på {PH} om något brinner.",
    # CRM, sales
    "Samtalsanteckning {DATE}: Pratade med {P} (inköpschef). Vill ha offert senast {DAY}. Leveransadress:\n{AL}",
    "CRM: Ny kontakt {P#1}, {E#1}, tel {PH}. Besöksadress {A}. Ansvarig säljare: {G}.",
    "Kunden {P:f} ringde igen om fakturan. Hon bor numera på {A} och vill ha pappersfaktura dit.",
    "Möte bokat med VD {P} och ekonomichef {S} på deras kontor, {AO}, {DAY} kl {TIME}.",
    # recruitment
    "Rekrytering backend: {P} (intervju 2 klar, stark), {P} (väntar på case), {P} (tackade nej). {G} håller i referenserna.",
    "Intervjufeedback på {P}: Bra systemtänk, lite svag på SQL. Jag och {G} rekommenderar att gå vidare. /{P}",
    "Hej {G}! Vi vill gärna träffa dig för en andra intervju. Välkommen till oss på {AO} {DAY} kl {TIME}. Fråga efter {P} i receptionen.",
    # payroll, expenses
    "Hej lön! Jag har flyttat och min nya adress är {STL}, {A}. Personnummer {PNR}. Mvh {P}",
    "Utlägg: taxi till kund ({AMT}), godkänt av {P}. Kvittot ligger i Expensify under {Gs} namn.",
    "Fråga till HR från {P}: Varför drogs {AMT} på lönen i {DATE}? Min chef {P} sa att VAB skulle räknas annorlunda.",
    "Sjukanmälan: {P}, {PNR}, sjuk från {DAY}. Närmaste chef {P} är informerad.",
    # helpdesk
    "IT-ärende {REF}: {P} kommer inte åt VPN sedan lösenordsbytet. Datorn skickas till {A}. Tel {PH}.",
    "Ny dator till {P#1} som börjar {DATE}. Leverera till hemadressen: {AL}\nKontakt: {E#1}",
    "Helpdesk: {G} på ekonomi har glömt sin passerbricka igen, {S} har lånat ut sin tills vidare.",
    # visitor logs, facilities
    "Besökslogg {DATE}\n{TIME} {P} (Telia), värd {P}\n{TIME} {P}, värd {G}\n{TIME} {R}, konsult",
    "Fastighet: Läckan i köket på plan 4 är anmäld till {P} på Vasakronan. Vår adress för hantverkarna: {AO}.",
    # minutes
    "Protokoll styrelsemöte {DATE}\nNärvarande: {P}, {P}, {P}, {P} (ordf.)\nJusteras av: {P}\n§ 4 Nytt kontor på {A} godkändes.",
    "Anteckningar teammöte: {G} tar release-notes, {G} fixar demo till {DAY}, {G} är ledig. Nästa möte hos {Gs} på {A}.",
    # complaints
    "Hej! Jag beställde en diskmaskin som skulle levereras till {A} men ingen kom. Ordernr {REF}. Mvh {P}, {PH}",
    "Klagomål från {P#1} ({E#1}): Fakturan skickades till fel adress, {ST}. Rätt adress är {A}.",
    # legal / procurement
    "Avtalet mellan Nordbyggen AB, {AO}, företrätt av {P}, och leverantören, företrätt av {P}. Ändring i § 7 föreslagen av {I}.",
    "Leverantörskontakt: {P#1}, key account, {PH}, {E#1}. Fakturaadress: {AL}",
    "Inköp: Offert från Byggmästarna AB via {P}. Vår kontakt där är {G}, nås på {PH}.",
    # events
    "Deltagarlista konferens {DATE}:\n1. {P}\n2. {P}\n3. {P}\n4. {I}\n5. {P}",
    # newsletter, announcements
    "Internnytt nr {NUM}. Text: {P}. Foto: {P}.\nVälkommen {P} som börjar på supporten, och {P} som kommer tillbaka efter föräldraledigheten!",
    "Idag fyller {P} 50 år! Det bjuds på tårta i köket kl {TIME}, {G} har fixat blommor.",
    "Tack för allt {G}! Efter 22 år går {P} i pension. Avtackning hos {Gs} i sommarstugan, {A}.",
    "Vi välkomnar {F#1} som ny ekonomichef. {G#1} kommer närmast från Skanska.",
    # slack / teams (lower case, typos)
    "{g}: har nån sett {gs} laddare?\n{g}: kolla hos {s}",
    "{g} fråga {g:f} om deploy, hon vet",
    "@{g} kan du ta över mitt pass på lördag? {g} är sjuk",
    "{g}: paketet till {a} kom tillbaka, fel portkod?",
    "skickade kontraktet till {p} nu, adressen var {a}",
    "{g}: lunch? {g} och {g} följer med",
    "tror {p} sitter på plan 3 idag, fråga {g}",
    "{g}: ok {s} godkände budgeten",
    # signature
    "Med vänlig hälsning\n{P}\nProjektledare\n{AO}\nMobil {PH}",
    "Hälsningar,\n{G#1}\n\n{U#1}\nRedovisningskonsult | {AL}",
    "Jag är på semester till {DATE}. Vid brådskande ärenden kontakta {P} ({E}) eller Dr {S} på kliniken.",
)

EN = (
    "BUG-{NUM}: Checkout fails when postcode has a space\nReporter: {P}\nAssignee: {P}\nRepro: ship to {AUL}",
    "LGTM overall. @{G} please address {Gs} comment about the retry loop before merging. cc {P}",
    "Post-mortem {DATEEN}\nIncident commander: {P}\nScribe: {P}\nRoot cause: expired cert. {G} rotated it at {TIME}; {Ss} runbook was out of date.",
    "On-call handover: {P} to {P}. Open items: flaky alerts on payments, {G} is talking to {P} at the vendor ({PHX}).",
    "Call summary ({DATEEN}): spoke with {P}, Head of Procurement. Decision maker is their CFO, Mr {S:m}. Send contract to {AU}.",
    "CRM note: {P#1} ({E#1}) moved to a new office at {AUS}. Account owner {G} to follow up.",
    "Candidate pipeline, Data Engineer: {P} (onsite {DAYEN}), {P} (offer sent), {P} (rejected after tech screen). Hiring manager: {P}.",
    "Interview feedback for {P}: strong on system design, needs support on testing. {G} and I both lean hire. – {P}",
    "Hi payroll, my home address changed to {AU}. Could you update it before the next payslip? Thanks, {P}",
    "Expense claim {REF}: hotel in {TOWN} for {P}, approved by {P}. Receipt attached by {Gs} assistant.",
    "IT ticket {REF}: {P} cannot log in to Jira after the SSO change. Laptop to be couriered to {AUL}",
    "Visitor log {DATEEN}\n{TIME} {P} (Ericsson), host {P}\n{TIME} Dr {S}, host {G}\n{TIME} {R}, auditor",
    "Minutes of the board meeting, {DATEEN}\nPresent: {P} (Chair), {P}, {P}, {P}\nApologies: {P}\nMinutes taken by {I}.",
    "Dear Sir or Madam, I ordered a sofa to {AU} three weeks ago and nothing has arrived. Order {REF}. Regards, {P}, {PHX}",
    "Complaint from Mrs {S:f}: the engineer, {G:m}, left without fixing the boiler at {AUL}",
    "This Agreement is made between Nordic Data AB, {AO}, represented by {P}, and Harbour Software Ltd, {AU}, represented by {P}. Redline by {I}: delete clause 9.2.",
    "Supplier contact: {P#1}, Account Manager, {PHX}, {E#1}. Invoice address: {AUS}",
    "Attendees, Nordic Cloud Summit:\n- {P}, Spotify\n- {P}, Klarna\n- {P}\n- {I}, freelance",
    "Newsletter | By {P} | {DATEEN}\nPlease welcome {P} to the Platform team and say goodbye to {P}, who is moving to our Berlin office at {AX}.",
    "It's {Gs} birthday today! Cake in the kitchen at {TIME}, courtesy of {G}.",
    "Farewell drinks for {P} on {DAYEN} at {Gs} place, {AU}. Ask {G} for the door code.",
    "{g}: can someone review my PR? {g} is out\n{g}: on it",
    "{g}: did {g} ship the parcel to {au}?",
    "@{g} pls ping {g} about the invoice, {s} never replied",
    "{g}: standup moved, {p} is presenting",
    "{g}: ty {g}, {gs} fix worked",
    "Best regards,\n{P}\nSenior Consultant\n{AO}\nMobile: {PHX}",
    "Thanks,\n{G#1}\n--\n{U#1} | Head of Sales EMEA | {AUL}",
    "I am out of office until {DATEEN}. For urgent matters please contact {P} ({E}).",
    "Hi {G}, thanks for the chat. As discussed, {P} from our legal team will send the NDA to your office at {AUS}.",
    "Onboarding: {P} starts {DAYEN}; desk next to {G}. Equipment goes to {AUL}",
)

MIXED = (
    "Hej {G}! Quick update: {P} har godkänt PR:en, men {G} vill ha fler tester. Deploy {DAY}?",
    "Ticket {REF}: Kunden {P:f} says the delivery to {A} never arrived. Kan någon ringa henne på {PH}?",
    "Post-mortem (svenska/english): IC var {P}, comms {P}. Root cause: en config-ändring av {I}.",
    "On-call: {G} tar veckan, backup is {P}. Ring {PH} if PagerDuty is down.",
    "Call med {P} från Volvo idag. They want a pilot; skicka offert till {AO}.",
    "Kandidat {P} — strong hire enligt {G}. Referens: {P}, {PHX}.",
    "Hej HR, I moved to {A}. Kan ni uppdatera lönesystemet? Personnummer {PNR}. /{P}",
    "Utlägg från {P}: Uber i London, approved by {P}. Receipt saknas fortfarande.",
    "IT: {P} can't access Teams. Skickar ny laptop till {AL}",
    "Besökare {DATE}: {P} (Microsoft), host {P}. {R} kommer {TIME}.",
    "Minutes/Protokoll {DATE}: Närvarande {P}, {P}, {P}. Action: {G} to draft the budget, {G} bokar lokal.",
    "Reklamation: kunden {P#1} ({E#1}) complains that the invoice went to {ST}. Correct address: {A}.",
    "Contract redline: {P} (Kund) vill stryka § 12, {Ps} counter-proposal is attached. Motpartens adress: {AX}.",
    "Leverantör: {P}, sales rep, {PH}. Leveransadress för pallarna: {AL}",
    "Deltagare / attendees: {P}, {P}, {I}, {P}. Dinner at {Gs} favourite place i Gamla stan.",
    "Nyhetsbrev by {P}: Välkommen {P} (backend) and {P} (design)! Och grattis {G} på 40-årsdagen.",
    "{g}: vem har nyckeln till förrådet? {g} or {g}?",
    "{g}: ping {g}, the build is red igen",
    "{g}: kan du ta {gs:m} pass? he's sick",
    "{g}: skickat till {a}, tracking funkar inte though",
    "{g}: {p:f} joinar mötet, invite her",
    "Mvh / Best regards\n{P}\nCustomer Success\n{AO}\n{PH}",
    "Out of office till {DATE}. Kontakta {P} for anything urgent, eller ring {PH}.",
    "Hej {G}, we'll ship the hardware till ditt hemmakontor: {STL}. Signed for by {P}.",
    "Welcome {F#1}! {G#1} kommer från Ericsson and will sit next to {G} på plan 5.",
    "{U} – invoice query. Hej, fakturan till {AUL} is still unpaid. Mvh {P}",
)

# Rows with no value: products, companies, places that are not addresses, headings, weekdays and
# months, everyday words that can also be names, in their everyday use.
NEGATIVES = (
    ("sv", "Releasen är flyttad till fredag på grund av problem i byggkedjan."),
    ("sv", "Agenda: 1. Budget 2026 2. Rekrytering 3. Övrigt"),
    ("sv", "Kan vi köpa fler Rosa post-it-lappar till konferensrummet?"),
    ("sv", "Sten, sax, påse avgör vem som tar jouren i julas."),
    ("sv", "Bo gärna nära jobbet om du kan, pendlingen tar på krafterna."),
    ("sv", "Microsoft Teams kraschar när man delar skärm i Chrome."),
    ("sv", "Kontoret i Göteborg håller stängt under midsommarveckan."),
    ("sv", "Ny version av Slack kräver omstart av datorn."),
    ("sv", "Fakturan från Telia är betald, kvitto finns i Fortnox."),
    ("sv", "Mötet i juni flyttas till konferensrummet Vinter."),
    ("sv", "Ta med egen Mugg till fikat, diskmaskinen är trasig."),
    ("sv", "Kvartalsrapport Q3: intäkter upp åtta procent, kostnader oförändrade."),
    ("sv", "Säkerhetsuppdatering: byt lösenord senast den sista augusti."),
    ("sv", "Brandövning på onsdag klockan tio, samling vid Stora parkeringen."),
    ("sv", "Vi har bytt leverantör av kaffe till Löfbergs."),
    ("sv", "Sammanfattning: projekt Fenix är pausat tills vidare."),
    ("sv", "Ärendet stängs eftersom felet inte gick att återskapa."),
    ("sv", "Påminnelse: tidrapporten ska vara inne på måndag."),
    ("sv", "Nya regler för utlägg gäller från och med januari."),
    ("sv", "Servern i Stockholm-regionen svarar långsamt sedan i morse."),
    ("sv", "Glöm inte att Ica Maxi har stängt under annandagen."),
    ("sv", "Rubrik: Resultat från medarbetarenkäten"),
    ("sv", "Lön betalas ut den 25:e varje månad."),
    ("sv", "Volvo och Scania har båda bekräftat mässan i Jönköping."),
    ("sv", "Frisk luft och en promenad gör underverk efter lunch."),
    ("sv", "Backlog-genomgång: tre buggar, två features, en spike."),
    ("sv", "Hoppas Ni får en Glad midsommar allihop!"),
    ("en", "The release has been postponed until Friday because of a pipeline failure."),
    ("en", "Agenda: 1. Q3 results 2. Hiring plan 3. AOB"),
    ("en", "Hope this helps, let me know if anything is unclear."),
    ("en", "Will the new Dell laptops arrive before the end of May?"),
    ("en", "Please mark the ticket as resolved once the fix is deployed."),
    ("en", "Rose gold is the only colour left for the iPhone cases."),
    ("en", "Frank feedback from the retro: too many meetings on Tuesdays."),
    ("en", "We migrated from Jenkins to GitHub Actions last quarter."),
    ("en", "The Victoria line was down so half the London team worked from home."),
    ("en", "Action items: update the runbook, rotate the keys, close the incident."),
    ("en", "Grace period for the licence renewal ends on 30 June."),
    ("en", "Summary: latency doubled after the Kubernetes upgrade."),
    ("en", "Reminder: timesheets are due every Monday by noon."),
    ("en", "Amazon Web Services raised the price of reserved instances."),
    ("en", "Sales Kick-off 2026 will take place in Barcelona in February."),
    ("en", "Can we get more Sharpie markers for the whiteboard?"),
    ("en", "Heading: Customer satisfaction survey results"),
    ("en", "Bill of materials attached for the new sensor board."),
    ("en", "Happy Friday everyone, the coffee machine is fixed!"),
    ("en", "Patch Tuesday broke the printer driver again."),
    ("en", "Our Dublin office will be closed for St Patrick's Day."),
    ("en", "Sterling weakened against the krona this week."),
    ("en", "Dawn deployments are no longer allowed without approval."),
    ("mixed", "Releasen är moved to Friday, pipeline är röd."),
    ("mixed", "Agenda för all-hands: OKR review, Q&A, fika."),
    ("mixed", "Hope this helps, annars hör av dig!"),
    ("mixed", "Teams och Zoom funkar båda, pick whichever."),
    ("mixed", "Deadline för budget är i maj, no exceptions."),
    ("mixed", "Kontoret i Malmö är closed on Monday for the floor sanding."),
    ("mixed", "Retro: för många möten, too little focus time."),
    ("mixed", "Spotify och Klarna är båda på mässan i Stockholm."),
    ("mixed", "Incident resolved, root cause var en utgången certifikatkedja."),
    ("mixed", "Påminnelse: expense reports senast sista juni."),
    ("mixed", "Sten och grus framför entrén, watch your step."),
    ("mixed", "Vinst i Q2, but costs are up due to Azure."),
    ("mixed", "Summer party i augusti, mer info kommer."),
    ("mixed", "Kan någon beställa Post-it och whiteboard markers?"),
    ("mixed", "Security training är obligatorisk for all staff before December."),
)
