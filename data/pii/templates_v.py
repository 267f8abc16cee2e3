# ruff: noqa: E501
"""The templates of held-out V (issue 15), in the genres of the issue's own report: support
tickets, HR mail (sick leave, salary, recruitment), medical notes (journal entries, referrals),
chat (Slack/Teams, lower case, typos), invoices and receipts, CRM notes, meeting minutes, code
review comments and customer-service transcripts. Written for V from scratch.

Slots (filled by `generate_v.py`; a name is drawn for the row's language, `names_v.MIXES`;
`{F:w}` is a woman's given name, `{F:m}` a man's, and `{P:1}` ... `{F:1}` one person named
twice in a row):
`{P}` a full name, `{F}` a given name, `{T}` a title and a name (the name is the value),
`{p}` / `{f}` a full / given name in lower case, `{G}` / `{g}` a given name in the genitive
(`Annas`, `Sarah's`; the ending is not part of the value), `{I}` an initial and a surname,
`{R}` / `{RS}` `Surname, Given` / `Surname Given` (lists, journals, Outlook display names),
`{NM}` `Name <mail>`, `{E}` an e-mail (of a person of the row when referenced), `{PH}` a phone
number, `{N}` a personnummer,
`{A}` a Swedish address on one line, `{AM}` on several lines, `{S}` a Swedish street and number,
`{a}` a street and number in lower case, `{AF}` a European or UK address on one line, `{AFM}`
a UK address on several lines. Negative rows' fillers hold no value: `{DAY}`, `{MONTH}`,
`{PROD}`, `{ORG}`, `{PLACE}`, `{NUM}`, `{TIME}`.
"""

from __future__ import annotations

TEMPLATES: tuple[tuple[str, str], ...] = (
    # --- support tickets
    (
        "sv",
        "Ärende #{NUM}: Kunden {P} når inte sitt konto sedan uppdateringen. Nås på {PH}. Leveransadress i systemet: {A}.",
    ),
    (
        "sv",
        "Hej!\nJag heter {P:1} och har inte fått min beställning. Den skulle levereras till {AM}\nMvh\n{F:1}",
    ),
    ("sv", "Supportärende från {NM}: fakturan har fel adress, rätt är {A}. Ring gärna {PH}."),
    (
        "sv",
        "Tilldelat: {F} (nivå 2). Kontaktperson hos kunden: {T}, tel {PH}. Felet gäller inloggning med BankID.",
    ),
    ("sv", "Kunden {P:1} ({E:1}) vill byta leveransadress från {S} till {A}."),
    (
        "en",
        "Ticket #{NUM} opened by {P:1} ({E:1}): the app crashes on login. Escalated to {F} in tier 2.",
    ),
    (
        "en",
        "Hi,\nmy name is {P:1} and the parcel never arrived. Delivery address: {AF}. Please call me on {PH}.\nThanks,\n{F:1}",
    ),
    ("en", "Customer {T} reports a double charge. Billing address on file: {AF}. Assigned to {P}."),
    (
        "en",
        "From: {NM:1}\nSubject: Refund\n\nHi {F}, I still haven't received the refund for order {NUM}. Regards, {F:1}",
    ),
    (
        "mixed",
        "Ticket #{NUM}: kunden {P} kan inte logga in, error 403. Assigned to {F}. Adress: {A}.",
    ),
    (
        "mixed",
        "Hej {F}, customer {P} called again about the invoice, please ring back on {PH} asap.",
    ),
    # --- HR mail
    (
        "sv",
        "Hej {F},\n{P} är sjukskriven från och med {DAY} och två veckor framåt. Läkarintyg är inskickat till HR.\nHälsningar\n{P}\nHR-avdelningen",
    ),
    (
        "sv",
        "Lönerevision: {P} (personnummer {N}) höjs till 42 500 kr från 1 april. Beslutat av {T}.",
    ),
    (
        "sv",
        "Till: {NM:1}\nÄmne: Intervju\n\nHej {F:1}! Välkommen på intervju på vårt kontor, {A}, på {DAY} kl. {TIME}. Du träffar {P} och {T}.",
    ),
    ("sv", "Anställningsavtal för {P}, {N}, bosatt {A}. Närmaste chef: {P}."),
    ("sv", "{G:1w} föräldraledighet börjar i juni; {F} tar över hennes kunder under tiden."),
    ("sv", "Rekrytering, slutkandidater: {P}, {P} och {I}. Referenser tas av {F}."),
    (
        "en",
        "Hi {F},\n{P:1} has called in sick today and will be off until {DAY}. Please cover {G:1} shifts.\nBest,\n{P}\nHR",
    ),
    ("en", "Salary review: {P} moves to band 5 from April. Approved by {T}. Payslips go to {AF}."),
    (
        "en",
        "Offer letter to {P:1}, {AFM}\nDear {T:1},\nWe are pleased to offer you the role of Data Analyst.",
    ),
    (
        "en",
        "Reference for {P:1}: I managed {F:1} for three years at our London office. {T:2}, {E:2}",
    ),
    ("mixed", "Hej {F}! {P:1w} har sick leave hela veckan, kan du ta hennes on-call? /{F}"),
    (
        "mixed",
        "Onboarding checklist för {P}: laptop, badge, Slack. Startdatum 1 mars, hemadress {A}.",
    ),
    # --- medical notes
    (
        "sv",
        "Journalanteckning {DAY}: Pat. {P}, {N}. Söker för hosta sedan två veckor. Bed: ÖLI. Ordineras vila. Sign: {T}",
    ),
    (
        "sv",
        "Remiss till ortopedkliniken. Patient: {P}, {N}, {A}. Remitterande läkare: {T}. Frågeställning: menisk?",
    ),
    (
        "sv",
        "Ssk-anteckning: {F} har sovit gott, anhörig ({P}, dotter) ringde {PH}. Överlämnat till {T}.",
    ),
    ("sv", "Epikris: {P} skrivs ut till hemmet, {AM}. Uppföljning hos {T} om sex veckor."),
    (
        "en",
        "Clinic note: {P}, DOB 1974, seen by {T}. Complains of knee pain. Plan: physio referral. Next of kin: {P}, {PH}.",
    ),
    (
        "en",
        "Referral letter\nPatient: {P}\nAddress: {AF}\nReferred by {T} to the cardiology clinic.",
    ),
    ("en", "Discharge summary: {P} discharged home to {AFM}\nFollow-up with {T} in two weeks."),
    ("mixed", "Pat. {P}, {N}. Follow-up med {T} om 3 v. Anhörig: {P}, tel {PH}."),
    # --- chat (Slack / Teams)
    ("sv", "fråga {f:w} om nycklarna, hon vet var dom e"),
    ("sv", "har nån sett {p:w} idag? hon skulle komma 9"),
    ("sv", "{f} du glömde din laddare i mötesrummet"),
    ("sv", "skicka paketet till {a} så fixar {f} resten"),
    ("sv", "{g} nya adress är {a}, 3 tr"),
    ("sv", "tack {f}!! och hälsa {f} också"),
    ("sv", "ok jag pingar {p} om det, annars tar {f} det imorgon"),
    ("sv", "@{f} kan du kolla PR:en innan lunch? {f} väntar på den"),
    ("en", "hey {f} can you ask {p} about the keys"),
    ("en", "{f} is out today, ping {f} instead"),
    ("en", "lol {g} cat just walked across the keyboard in standup"),
    ("en", "@{f} pls review before 3, {f} is blocked on it"),
    ("en", "send it to {f:1w} at {E:1}, she'll sort it"),
    ("mixed", "kan nån ping {f}? the build is red igen"),
    ("mixed", "{f} sa att deploy är klar, thanks {f}!"),
    ("mixed", "vem har {g:w} laptop? she needs it for the demo"),
    ("mixed", "flyttar till {a} nästa månad btw, {f} hjälper mig bära"),
    # --- invoices and receipts
    (
        "sv",
        "FAKTURA {NUM}\nKund: {P}\n{AM}\nBetalas till bankgiro 5050-1055 senast 30 dagar.\nVår referens: {F}",
    ),
    ("sv", "Kvitto\nSäljare: {F}\nKund: {P}, {A}\nSumma: 1 249,00 kr (varav moms 249,80 kr)"),
    ("sv", "Följesedel\nMottagare: {P}\nLeveransadress: {A}\nTelefon: {PH}"),
    ("en", "INVOICE {NUM}\nBill to: {P}\n{AFM}\nPayment due in 30 days. Contact: {E}"),
    ("en", "Receipt #{NUM}\nServed by {F}\nCustomer: {P}\nDelivery: {AF}"),
    ("mixed", "Invoice {NUM}\nKund: {P}\nAdress: {A}\nDue date: 30 dagar netto. Ref: {F}"),
    # --- CRM notes
    ("sv", "CRM: Ringde {P} på {PH}, intresserad av offert. Följ upp {DAY}. Ansvarig: {F}."),
    ("sv", "Möte hos kunden på {A} med {T} och {P}. Nästa steg: {F} skickar avtal."),
    ("sv", "Ny kontakt: {P:1}, inköpschef, {E:1}. Besöksadress {A}."),
    ("en", "CRM note: spoke to {P} ({PH}); wants a demo next week. Owner: {F}."),
    ("en", "Account update: {T} replaced {P} as procurement lead. Ship samples to {AF}."),
    ("mixed", "Lead: {P:1}, VD på Nordic Tools AB, {E:1}. Follow-up call med {F} on {DAY}."),
    # --- meeting minutes
    (
        "sv",
        "Mötesanteckningar {DAY}\nNärvarande: {P}, {P}, {F} och {I}\nFrånvarande: {P}\nSekreterare: {F}",
    ),
    (
        "sv",
        "Protokoll styrelsemöte\n§ 4 {T} redogjorde för budgeten.\n§ 5 Beslutades att {P} utses till kassör.\nVid protokollet: {P}",
    ),
    (
        "en",
        "Minutes\nAttendees: {P}, {P}, {F}\nApologies: {P}\nAction: {F} to send the slides to {T}.",
    ),
    ("en", "Board meeting: {T} opened the meeting. {P} presented Q3. Minutes taken by {I}."),
    ("mixed", "Minutes från standup: {F} jobbar på login-buggen, {F} är OOO, {P} tar release."),
    # --- code review comments
    ("en", "LGTM, but {f} should double-check the migration. cc @{f}"),
    ("en", "Co-authored-by: {NM}"),
    ("en", "Reviewed-by: {P}\nTested on staging by {F}."),
    ("en", "nit: {G} comment above is outdated, see {F}'s fix in #{NUM}"),
    ("mixed", "Bra PR! Men {f} hade en poäng om timeouten. Approved by {P}."),
    ("sv", "Granskat av {P}. {F} föreslår att vi bryter ut funktionen."),
    # --- customer-service transcripts
    (
        "sv",
        "Agent: Välkommen, du pratar med {F}. Vad heter du?\nKund: {P}.\nAgent: Och adressen?\nKund: {A}.",
    ),
    (
        "sv",
        "Agent ({F}): Kan jag få ditt personnummer, {F:2}?\nKund: {N}.\nAgent: Tack {F:2}, jag ser ärendet.",
    ),
    (
        "en",
        "Agent: Thanks for calling, this is {F}. Who am I speaking with?\nCaller: {P}.\nAgent: And the postcode on the account?\nCaller: it's {AF}.",
    ),
    (
        "en",
        "Chat transcript\n{F} (agent): How can I help?\nCustomer: hi, it's {p}, my order hasn't arrived",
    ),
    ("mixed", "Agent: Hej, du pratar med {F}.\nKund: hi, this is {P}, jag har flyttat till {A}."),
    # --- mail headers and signatures
    (
        "sv",
        "Från: {NM:1}\nTill: {NM:2}\nKopia: {NM}\nÄmne: Re: offert\n\nHej {F:2}, se bifogat.\n/{F:1}",
    ),
    ("sv", "Med vänliga hälsningar\n{P}\nEkonomiansvarig\n{A}\nTel: {PH}"),
    ("en", "Kind regards,\n{P}\nAccount Manager\n{AF}\nM: {PH}"),
    ("en", "On {DAY}, {NM:1} wrote:\n> Can we move the call? Thanks, {F:1}"),
    ("mixed", "Vänliga hälsningar / Best regards\n{P}\n{A}\n{PH}"),
    # --- more mixed and English rows with addresses
    ("mixed", "Leveransadress: {A}\nAttn: {P}\nPlease leave the parcel at the door."),
    ("mixed", "Kunden {P} har flyttat, new address: {AM}\nUpdate CRM, tack!"),
    ("mixed", "Delivery note: {P}, {A}. Ring {PH} innan leverans."),
    ("mixed", "Vår nya office är på {A}, see you there på {DAY}! /{F}"),
    ("mixed", "HR: {P} has moved to {A}, please update payroll. Thanks {F}"),
    ("mixed", "Patient {P} remitteras till {T}. Address: {A}. Tel {PH}."),
    ("mixed", "Ticket {NUM}: wrong address on the invoice, ska vara {A} (kund: {P})."),
    ("en", "Shipping label\n{P}\n{AFM}"),
    ("en", "Please update my address to {AF}. Old address: {AF}. Thanks, {P}"),
    ("en", "Our Stockholm office moved to {A}. Ask {F} at reception for a badge."),
    ("sv", "Adressändring: {P} flyttar från {A} till {AM}"),
    ("sv", "Hämta nyckeln hos {P}, {S}, porten mot gården."),
    # --- names as lists, journals and Outlook show them; one person named twice
    (
        "sv",
        "Journal: {R:1}, {N}\nBesök {DAY}: {F:1} kommer med sin mamma {P:2w}. Bed: otit. Sign: {T}",
    ),
    (
        "sv",
        'Från: "{R:1}" <{E:1}>\nÄmne: Sjukanmälan\n\nHej, jag är sjuk idag och stannar hemma. /{F:1}',
    ),
    (
        "sv",
        "Teams: {RS:1} har ändrat sin status till Borta. {F:2} skrev: kan någon ta {G:1} möte kl. {TIME}?",
    ),
    ("sv", "Lönespecifikation\nAnställd: {RS}\nPersonnummer: {N}\nAdress: {AM}"),
    (
        "sv",
        "Kallelse till medarbetarsamtal\nTill: {P:1}\nFrån: {T:2}\nPlats: kontoret på {A}\nHej {F:1}, välkommen!",
    ),
    ("sv", "kan du swisha {f:1} för pizzan? {g:1} nummer är {PH}"),
    ("sv", "Påminnelse: {P} har inte lämnat in sin tidrapport. Ansvarig chef: {RS}."),
    (
        "sv",
        "Kundtjänst (chatt)\nKund: hej jag heter {p:1} och har inte fått mitt paket\nAgent: Hej {F:1}! Vilken adress gäller?\nKund: {a}",
    ),
    (
        "en",
        "Patient: {R:1}\nDOB: 12/03/1981\nGP: {T}\nSeen today with chest pain; {F:1} reports no previous episodes.",
    ),
    ("en", "Teams: {P:1} (External) joined the meeting. {F:2}: can you hear us, {F:1}?"),
    ("en", "Payslip\nEmployee: {R}\nAddress: {AFM}"),
    ("en", "Candidate pipeline: {P} (phone screen), {P} (onsite), {I} (offer). Recruiter: {F}."),
    ("en", "hey {f:1w} are you coming to {g:2} leaving drinks? she asked about you"),
    (
        "en",
        "Escalation: {T} called three times about order {NUM}. Last agent: {F}. Customer address: {AF}.",
    ),
    ("en", "git blame: line 42 last changed by {NM} on {DAY}"),
    ("en", "Delivery failed. Recipient: {P}, {AFM}\nPlease contact {F} on {PH}."),
    ("mixed", 'Från: "{RS:1}" <{E:1}>\nSubject: Re: offert\n\nHi {F:2}, bifogar offerten. /{F:1}'),
    ("mixed", "@{f} kan du review:a {g:1} PR? {F:1} is waiting"),
    ("mixed", "Journal (translated): Pat. {R}, {N}. Seen by {T}. Next of kin: {P}, {PH}."),
    ("mixed", "Customer {P:1w} ringde igen, hon vill ha refund. Adress: {A}. Tel {PH}."),
    ("mixed", "Sprint review: {F} demo:ade login, {F} fixade buggar, {P} was out sick."),
    ("mixed", "lunch idag? {f}, {f} och jag går till stället på {a}"),
    ("mixed", "Ny kund: {RS:1}, {E:1}, {A}. Owner: {F}."),
    ("mixed", "Hej {F:1w}, your sick leave is registered från {DAY}. Krya på dig! /{P}"),
)

NEGATIVES: tuple[tuple[str, str], ...] = (
    ("sv", "Mötet flyttas till {DAY} kl. {TIME} i stora konferensrummet."),
    ("sv", "Uppdateringen av {PROD} rullas ut i {MONTH}."),
    ("sv", "Kontoret i {PLACE} har stängt {DAY} på grund av renovering."),
    ("sv", "Agenda\n1. Budget\n2. Rekrytering\n3. Övriga frågor"),
    ("sv", "Vi bor i ett hus med en stor björk på tomten och en gammal sten vid grinden."),
    ("sv", "Beställningen {NUM} är skickad med {ORG} och beräknas komma fram på {DAY}."),
    ("sv", "Kom ihåg att rapportera tid i {PROD} innan {MONTH} tar slut."),
    ("sv", "Sammanfattning: inga avvikelser, nästa kontroll i {MONTH}."),
    ("sv", "Faktura {NUM} från {ORG} är betald."),
    ("sv", "Vill du bo nära havet? Titta på lediga lägenheter i {PLACE}."),
    ("sv", "Supporten har öppet vardagar {TIME}–17.00, helger stängt."),
    ("sv", "Ny version av {PROD} släpps på {DAY}. Läs release notes först."),
    ("sv", "Lunch på {DAY}: lax med dillsås och en lind sommarsallad."),
    ("sv", "kan nån starta om servern? {PROD} hänger sig igen"),
    ("sv", "Påminnelse från {ORG}: deklarationen ska vara inne i {MONTH}."),
    ("sv", "Vi har fått nya rutiner från {ORG} om sjukanmälan."),
    ("en", "The meeting has moved to {DAY} at {TIME} in the main boardroom."),
    ("en", "Release Notes\nFixed: login loop on {PROD}.\nKnown issue: export to Excel."),
    ("en", "I hope the rollout goes well, we will mark the ticket as done on {DAY}."),
    ("en", "The bill from {ORG} will arrive in {MONTH}."),
    ("en", "Action items: update the roadmap, review the budget, book the venue in {PLACE}."),
    ("en", "Order {NUM} shipped via {ORG}; expected delivery {DAY}."),
    ("en", "Will the new {PROD} licence cover the whole team?"),
    ("en", "We planted a rose by the entrance and the grass is finally green again."),
    ("en", "Reminder: {ORG} maintenance window on {DAY} from {TIME}."),
    ("en", "The {PLACE} office closes early on {DAY}."),
    ("mixed", "Standup flyttad till {DAY} {TIME}, same Teams link."),
    ("mixed", "{PROD} är nere igen, IT is on it."),
    ("mixed", "Deadline för Q3 report är sista {MONTH}, no exceptions."),
    ("mixed", "Vi kör retro på {DAY}, bring your post-its."),
    ("mixed", "Har ni testat nya {PROD}? It's way faster."),
    ("mixed", "Leveransen från {ORG} kom fram, all good."),
)

DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "Måndag", "Fredag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
}
MONTHS = {
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
PRODUCTS = (
    "Microsoft Teams",
    "Outlook",
    "Jira",
    "Slack",
    "Excel",
    "Salesforce",
    "BankID",
    "Swish",
    "Visma",
    "Fortnox",
    "iPhone 15",
    "Volvo XC60",
    "IKEA Malm",
    "SAP",
    "Zoom",
    "Google Drive",
    "Spotify",
    "Klarna",
)
ORGS = {
    "sv": (
        "PostNord",
        "Skatteverket",
        "Försäkringskassan",
        "Telia",
        "Region Stockholm",
        "Arbetsförmedlingen",
        "DHL",
        "ICA",
        "Handelsbanken",
        "Budbee",
    ),
    "en": (
        "DHL",
        "HMRC",
        "Royal Mail",
        "British Gas",
        "Amazon",
        "FedEx",
        "the NHS",
        "Vodafone",
        "Barclays",
        "Evri",
    ),
}
PLACES = {
    "sv": (
        "Göteborg",
        "Malmö",
        "Umeå",
        "Norrland",
        "Skåne",
        "Gamla stan",
        "Kista",
        "Lund",
        "Sundsvall",
        "Jönköping",
    ),
    "en": (
        "Manchester",
        "Leeds",
        "Dublin",
        "Canary Wharf",
        "Edinburgh",
        "Reading",
        "Bristol",
        "Glasgow",
    ),
}
