# ruff: noqa: E501
"""Templates for held-out Q (`generate_q.py`), written for Q from scratch by a helper who does not
tune the detector, in genres O and P used little or not at all: WhatsApp/SMS exports, voicemail
and phone-call transcripts (speech to text), prompts pasted into a chatbot, support tickets and
CRM notes, out-of-office replies, classifieds and reviews, forum posts, death and birth notices,
local news, estate inventories, wills and powers of attorney, land and vehicle registration,
building-permit notices, vet and dental records, home-care rotas, payroll and expense lines,
payment messages, OCR'd letters, family trees, thesis acknowledgements and references, vCard,
iCalendar, SQL, CSV, XML, LDAP and HTTP bodies.

Slots as in `generate_e.fill`: {P} full name, {F} given name, {L} surname, {H} hyphenated given
name, {p}/{f} the same in lower case, {PNR} personnummer. Q's own (`generate_q.extra`): {NM} `Name
<mail>`; {W}/{w} a name that is also an everyday word, as written / lower case; {WL} such a name
and a surname; {SG}/{SN}/{SP} a Swedish given name, surname, full name; {sg}/{sp} the same in lower
case; {MI} a name with a middle initial; {PRT} a name with a particle; {MP} a name in three or four
parts (or with a particle); {INI} initials; {CAP} a name in capitals; {RV} Surname, Given; {AD} a
Swedish address (Q's forms); {ST} a Swedish street and number; {ad} a Swedish street as chat writes
it; {RU} a farm or village address; {BOXQ} a box address; {EU} a European or US address; {ONEQ} any
address on one line; {ANYQ} any address; {CO} `c/o` a name and an address; {TEL} a phone (Swedish,
UK, German, French, US); {MAIL} an e-mail address; {TS}/{TE} a Swedish/English title and a name.
"""

from __future__ import annotations

TEMPLATES: dict[str, list[str]] = {
    "sv": [
        # voicemail and phone transcripts (speech to text)
        "Röstmeddelande (transkriberat): hej det är {sp} jag ringer angående bygglovet på {ad} ring tillbaka på {TEL} tack",
        "Samtalslogg 09:42 inkommande {TEL}: kunden {SP} vill flytta leveransen till {AD}. Handläggare: {SG}.",
        # prompts pasted into a chatbot
        "Kan du skriva ett vänligt men bestämt mejl till min hyresvärd {SP} om att elementen på {AD} fortfarande är kalla?",
        "Sammanfatta det här åt mig: {SG} och {SP} träffades på {RU} och kom överens om att dela på vägavgiften.",
        "Skriv om texten så att den låter mer formell: hej {sg}! paketet till {ad} kom aldrig fram",
        # support tickets, CRM
        "Ärende #48213 | Status: Öppen | Kund: {SP} | Adress: {AD} | Tilldelad: {SP}",
        "CRM-anteckning: ringde {SP} 14/3, vill säga upp abonnemanget. Ny faktureringsadress {BOXQ}. Återkoppla via {MAIL}.",
        # out-of-office
        "Autosvar: Jag är föräldraledig till och med 30 juni. Vid brådskande ärenden, kontakta {SP} på {TEL} eller {TS}.",
        # classifieds, reviews, forums
        "Säljes: barnvagn Emmaljunga, fint skick, 1 200 kr. Hämtas på {AD}. Sms:a {SG} på {TEL}.",
        "Bortskänkes: bokhylla, hämtas hos {SP}, {ST}, senast söndag.",
        "Betyg 2/5. Frisören {SG} var trevlig men {SG} glömde min tid helt.",
        "Tråd: Granne spelar hög musik varje natt. Inlägg av {sg}: Min granne {SP} på {ad} har hållit på sedan januari.",
        # death, birth, local news
        "Vår käre\n{SP}\n* 12 april 1941 † 3 januari 2026\nhar lämnat oss i stor sorg och saknad.\n{SG}\n{SG} och {SG}\nBarn och barnbarn",
        "Välkommen {SG}! Född 4 mars på Länssjukhuset, 3 540 g. Stolta föräldrar {SP} och {SP}.",
        "Lokalnytt: Brand i förråd på {AD}. Ingen skadades enligt räddningsledaren {TS}. Grannen {SP} larmade.",
        # estate inventory, wills, powers of attorney
        "BOUPPTECKNING efter {SP}, {PNR}, senast boende {AD}. Dödsbodelägare: {SP} (son), {SP} (dotter). Förrättningsmän: {SP} och {INI}.",
        "TESTAMENTE\nUndertecknad, {SP}, {PNR}, förordnar att min fritidsfastighet {RU} ska tillfalla {SP}.",
        "FULLMAKT\nJag, {SP}, ger härmed {SP}, {PNR}, fullmakt att hämta ut mina paket och rekommenderade brev till {AD}.",
        # land and vehicle registration, permits
        "Lagfart beviljad för fastigheten på {AD}. Nya ägare: {SP} och {SP}, båda skrivna på {ST}.",
        "Köpekontrakt fordon. Säljare: {SP}, {ST}. Köpare: {P}, {AD}. Reg.nr ABC 123 (OBS fiktivt).",
        "Underrättelse om ansökan om bygglov. Sökande: {SP}. Åtgärd: tillbyggnad av fritidshus på {RU}. Synpunkter till {TS} senast 2026-05-02.",
        # vet, dental, home care
        "Journal, Smådjurskliniken. Djur: katt, Misse, 9 år. Ägare: {SP}, {AD}, tel {TEL}. Behandlande: {TS}.",
        "Tandvårdsjournal: pat {RV}, {PNR}. Karies 36 d. Nästa besök hos {TS}.",
        "Hemtjänst, schema v. 12\nMåndag 08:00 {SG} – {SN}, {AD}\nMåndag 10:30 {SG} – {SP}, {ST}\nTisdag 09:00 {sg} (vikarie) – {CO}",
        # payroll, expenses, payments
        "Utlägg: taxi från {AD} till Arlanda, 612 kr. Attesteras av {SP}.",
        "Swish till {SP}: 350 kr, meddelande: hyra garage {ST}",
        "Lönespecifikation mars\nAnställd: {CAP}\nPersonnr: {PNR}\nUtbetalningsadress: {AD}",
        # OCR'd letters, family trees, thesis
        "Skannat brev (OCR):\nTill {SP}\n{AD}\n\nAngående er an-\nsökan om dispens har {TS} beslu-\ntat att bevilja den.",
        "Släktträd: {SP} (f. 1898 på {RU}) g.m. {SP}. Barn: {SG}, {SG} och {SP}.",
        "Tack till min handledare {TS} och till {SG} som läste korrektur. Sist men inte minst: tack {SG}!",
        # rows and forms
        "Namn;Adress;Telefon\n{SP};{ONEQ};{TEL}\n{SP};{ONEQ};{TEL}",
        "Körschema föreningen: {SG}s bil från {AD}, {SG}s från {RU}.",
        "{SG}s mamma {SP} hämtar på fredag, inte {SG}.",
        "Kallelse till årsstämma i Samfällighetsföreningen. Ordförande {SP}, sekreterare {INI}. Lokal: {AD}.",
        "Flyttanmälan: {SP} och {WL} flyttar från {ST} till {ANYQ} den 1 maj.",
        "Intyg: {MI} har genomgått kursen i hjärt- och lungräddning. Instruktör {TS}.",
        "Vigselbevis: {SP} och {PRT} vigdes i Sankt Olofs kyrka av {TS}.",
        "Dödsboanmälan: {MP}, senast boende {AD}. Anmälare: {SP}, {TEL}.",
        "Ansökan om färdtjänst: sökande {MP}, {PNR}, bor på {ST} i {SN}s gamla hus.",
    ],
    "sv-chat": [
        "[14:02, 2026-03-03] {sg}: är du hemma? jag står utanför {ad}",
        "[14:03, 2026-03-03] {sg}: {sg} kommer senare hon har ingen nyckel",
        "{sg} sa att {w} tar med tårtan",
        "va heter {sg}s kille nu igen, {sg}?",
        "ok ses hos {sg} på {ad} kl 7",
        "har nån snackat med {sp} om grannsämjan",
        "kan du swisha {sg} för pizzan",
        "{sg} o {sg} är sjuka idag",
        "fråga {w} hon vet koden till porten",
        "vi flyttar till {ad} i maj!!",
        "tjena {sg} ring mig",
        "lämnade nyckeln hos {sp} på {ad}",
        "hämtar {sg} vid {ad} typ 17",
        "{sp} har sålt huset på {ad}",
    ],
    "en": [
        # voicemail, call transcripts
        "Voicemail transcript: hi it's {f} from the surgery calling for {p} about your results please call us back on {TEL} thanks bye",
        "Call recording summary: caller {P} reported a leak at {EU}. Engineer {F} booked for Tuesday.",
        # chatbot prompts
        "Write a polite reminder to my tenant {P} at {EU} that the rent is two weeks late.",
        "Translate into Swedish: Dear {F}, your parcel is waiting at {ONEQ}. Regards, {P}",
        "Summarise this thread for me: {F} wants the meeting moved, {WL} disagrees and {F} has gone quiet.",
        # tickets, CRM
        "JIRA SUP-2291 Reporter: {P} Assignee: {P}\nCustomer cannot update billing address to {EU}.",
        "Zendesk note (internal): {F} called again. Spoke to her husband {P}. Replacement sent to {ONEQ}.",
        # out-of-office
        "Automatic reply: I'm out of the office until 14 April with limited access to email. For urgent matters please contact {P} ({MAIL}) or {TE}.",
        # classifieds, reviews, forums
        "FOR SALE: Road bike, 56cm, barely used. Collection only from {EU}. Ask for {F}, {TEL}.",
        "★☆☆☆☆ Booked through {P} at the front desk, room was never cleaned. Manager {L} promised a refund, still waiting.",
        "Re: Neighbour dispute (Reply #14) Posted by {F}: Update, {F} at number 12 has finally moved out to {EU}.",
        # notices, news
        "{CAP}\nPassed away peacefully on 2 February, aged 87. Beloved husband of {F}, father of {F} and {F}. Funeral at St Mary's, enquiries to {TE}.",
        "Birth announcement: {P} and {WL} are delighted to welcome {F}, 3.2 kg.",
        "Local news: Residents of {EU} were evacuated on Sunday. {TE} said nobody was hurt. Neighbour {P} raised the alarm.",
        # wills, powers of attorney, probate
        "LAST WILL AND TESTAMENT of {P} of {EU}. I appoint {P} and {MI} as my executors and leave my house to {F}.",
        "LASTING POWER OF ATTORNEY\nDonor: {P}, {ONEQ}\nAttorney: {PRT}, {ONEQ}",
        # vehicle, permits
        "V5C change of keeper: new keeper {CAP}, {EU}. Previous keeper {INI}.",
        "Planning application 26/0481/FUL. Applicant: {P}. Site: {EU}. Objections from {TE} and {P}.",
        # vet, dental, home care
        "Patient: Biscuit (labrador, 6y). Owner: {RV}, {ONEQ}, {TEL}. Seen by {TE}.",
        "Home care rota Mon: 07:30 {F} -> {P}, {EU}; 09:00 {F} -> {CO}.",
        # payroll, expenses, payments
        "Expense claim #772: mileage {EU} to Heathrow, 84 miles. Claimant {P}, approver {P}.",
        "Payment reference: RENT MARCH {CAP}. From account holder {RV}.",
        # OCR, genealogy, thesis
        "Scanned letter (OCR):\n{P}\n{EU}\n\nDear Mr {L}, fol-\nlowing your complaint, {TE} has re-\nviewed your file.",
        "Family tree: {P} (b. 1903, {EU}) m. {P}; issue {F}, {F} and {H}.",
        "Acknowledgements: I thank my supervisor {TE}, my co-supervisor {INI}, and {F}, without whom nothing.",
        "References\n[1] {INI}, {INI} and {RV}. Robust name detection in noisy text. 2024.",
        # vCard, iCalendar, SQL, CSV, XML, LDAP, HTTP
        "BEGIN:VCARD\nVERSION:3.0\nFN:{P}\nTEL;TYPE=cell:{TEL}\nEMAIL:{MAIL}\nNOTE:home {ONEQ}\nEND:VCARD",
        'BEGIN:VEVENT\nSUMMARY:Handover\nORGANIZER;CN="{P}":mailto:{MAIL}\nATTENDEE;CN="{P}":mailto:{MAIL}\nLOCATION:{ONEQ}\nEND:VEVENT',
        "INSERT INTO customers (name, address, phone) VALUES ('{P}', '{ONEQ}', '{TEL}');",
        '<customer id="8812"><name>{P}</name><address>{ONEQ}</address><contact>{NM}</contact></customer>',
        "dn: cn={P},ou=staff,dc=example,dc=org\nmail: {MAIL}\ntelephoneNumber: {TEL}",
        'POST /api/v2/orders HTTP/1.1\nContent-Type: application/json\n\n{"recipient": "{P}", "ship_to": "{ONEQ}", "notes": "leave with {F} next door"}',
        "{F}'s flat is above {P}'s shop.",
        "Dear {W}, thank you for hosting us at {EU}. Love, {F} and {PRT}.",
        "Grant of probate: the estate of {MP}, late of {EU}, to the executor {P}.",
        "Dental recall: {MP}, due 12 May, at the surgery of {TE}. Notes: anxious, prefers {F} as hygienist.",
    ],
    "en-chat": [
        "[09:14, 03/03/2026] {f}: running late, tell {f}",
        "[09:15, 03/03/2026] {f}: {w} has the keys btw",
        "omw to {f}'s",
        "is {f} still at {ad} or did she move",
        "lol {p} just replied all to the whole company",
        "can u ask {w} to bring the charger",
        "{f} and {f} are off sick today",
        "drop it at {f}'s mum's pls",
        "tell {p} the plumber is coming tmrw",
        "who's {f}?? new guy?",
        "k {f} sorted it",
        "{p} says hi",
    ],
    "mixed": [
        "Hej {SG}, can you forward this to {P}? Han bor på {AD} numera.",
        'Prompt: översätt till engelska – "{SP} har flyttat till {AD} och nås på {TEL}"',
        "Röstmeddelande / voicemail: hi this is {p} jag ringer om lägenheten på {ad} call me back",
        "Ticket #5512 – Kund/customer: {SP} – Address: {ONEQ} – Assigned: {F}",
        "Autosvar / Out of office: Jag är ledig till 7/4. Please contact {SP} ({MAIL}) eller {TE}.",
        "Säljes / for sale: cykel, pickup at {AD}, fråga efter {SG}.",
        "Minnesord / In memoriam: {SP}, born in {EU}, died at home on {RU}. Saknad av {SG} och {F}.",
        "Bouppteckning / estate inventory: deceased {SP}, heirs {P} (UK, {EU}) och {SP}.",
        "Hemtjänst schedule: 08:00 {sg} -> {SP}, {AD}; 11:00 {f} -> {CO}",
        'Swish från {SP}: "for the flowers to {F}"',
        'CSV export\nnamn,adress,tel\n"{RV}","{ONEQ}",{TEL}\n"{RV}","{ONEQ}",{TEL}',
        '{"kund": "{SP}", "leveransadress": "{ONEQ}", "contact_person": "{P}", "telefon": "{TEL}"}',
        "INSERT INTO medlemmar (namn, adress) VALUES ('{SP}', '{ONEQ}'), ('{P}', '{ONEQ}');",
        "BEGIN:VCARD\nFN:{SP}\nEMAIL:{MAIL}\nNOTE:bor på {ST}\nEND:VCARD",
        "Vet visit / veterinärbesök: ägare {SP}, owner's partner {P}, {TEL}.",
        "Tack / thanks to {TS}, {TE} and {SG} for the fika.",
        "Reg: {SP} sold the Volvo to {P} of {EU}.",
        "Family tree / släktträd: {SP} (f. {RU}) gifte sig med {P} från {EU}.",
        "whatsapp: {sg}: vart är du / {f}: at {ad}, kom hit",
        "{SG}s och {F}'s barn går i samma klass.",
        "{WL} (ordf.) opened the meeting; {W} took notes.",
        "Tackkort / thank-you card: tack för blommorna! Love from {MP} och {sg}.",
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "sv": [
        "Vi ses på Ikea i Kungens Kurva och köper en Billy, två Kallax och en Poäng.",
        "Försäkringskassan och Skatteverket har öppet till 16 på torsdagar.",
        "Bror Duktig har gjort läxan, sa fröken till klassen om björnen i boken.",
        "Min bror och hans sten samling tar upp hela förrådet.",
        "Sommar, sol och bad i Vättern – bästa veckan på hela året!",
        "Rubrik: Årsredovisning 2025 – Förvaltningsberättelse, Resultaträkning, Balansräkning",
        "Volvo XC40 Recharge, Saab 9-3 och en Tesla Model Y stod på parkeringen.",
        "Spotify, Klarna och Ericsson redovisar sina kvartalsrapporter nästa vecka.",
        "Göteborg, Malmö och Uppsala toppar listan över städer med flest cykelbanor.",
        "Möte i Stora Konferensrummet kl 10 om Budget Q3 och Nya Intranätet.",
        "Rosor, liljor och nejlikor säljs till halva priset på Blomsterlandet.",
        "Tåget mot Kiruna är inställt på grund av snöoväder i Norrbotten.",
        "SVT Nyheter: Riksbanken lämnar räntan oförändrad.",
        "Hej alla! Glöm inte att fylla i enkäten innan fredag.",
        "Kundtjänst: Tack för ditt samtal. Ditt ärende har nummer 55120.",
    ],
    "en": [
        "Will you grant the bill a second reading in May?",
        "We hope the summer rain will mark the start of a good harvest.",
        "The Lake District, the Peak District and Snowdonia are all national parks.",
        "Rose Gold iPhone 15, Galaxy Buds and a Kindle Paperwhite for sale as a bundle.",
        "NHS England, the Met Office and Network Rail issued joint guidance.",
        "Heading 2: Terms and Conditions of Sale, Returns Policy, Cookie Notice",
        "Frank discussions with Barclays left Major Holdings with little Hope of a deal.",
        "Chapter 3: The Ivy and the Holly grow along the Rose Garden wall.",
        "Amazon Prime, Netflix and Disney Plus all raised prices this April.",
        "Summary: Q3 Revenue up, Operating Costs down, Headcount flat.",
        "Happy Friday everyone! Coffee's on me.",
        "Sprint Review moved to Thursday in the Big Room.",
        "The Red Lion, the Crown and the King's Head are all on Market Street.",
        "Please see the attached invoice and let us know if anything is missing.",
        "Dawn patrol at Bondi Beach, then brunch at the Grand Hotel.",
    ],
    "mixed": [
        "Team meeting / Teammöte: agenda, budget och roadmap för Q4.",
        "Köp en Ikea Billy och a Kallax shelf on Blocket instead.",
        "Fredagsfika in the Big Room, alla är välkomna!",
        "Will we hinna klart innan summer? Hope so.",
        "Release notes: Bugfixar, Dark Mode och Export till Excel.",
        "SJ, Arlanda Express och SAS har ändrat sina tidtabeller / timetables.",
        "Ny rubrik: Privacy Policy / Integritetspolicy, uppdaterad 1 mars.",
        "Rose, sten och grus: garden supplies från Bauhaus och Plantagen.",
        "Grant application (ansökan om bidrag) skickas till Vinnova senast i May.",
        "Standup: backend klar, frontend in review, Prod deploy on Monday.",
        "Stockholm Marathon och Göteborgsvarvet are both sold out.",
        "Vi kör Sprint Planning på Friday i Lilla Salen.",
    ],
}
