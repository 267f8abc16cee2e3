# ruff: noqa: E501
"""Templates for held-out T (`generate_t.py`), written for T from scratch by a helper who does not
tune the detector, in forms O to S used little or not at all: SMS threads and iMessage exports,
school platform messages and pick-up authorisations, viewing lists and bidding logs, insurance
adjusters' call notes, RSVP form exports, funeral notices, thank-you cards, GEDCOM and parish
records, auto-captioned meetings (WEBVTT), speech to text without punctuation, OCR'd scans with
broken words, vCard 2.1/3.0 and ICS with escaped commas, raw mail headers (`Return-Path`,
`Reply-To`, `Sender`), `git blame` lines, TODO comments and bug reports, courier SMS, forum
threads with quotes, mail-merge labels, guardianship reports, marina and allotment registers,
radio dedications, dog-show catalogues, crash paths with a user's folder, chat in lower case.

Slots as in `generate_e.fill` ({P} full name, {F} given name, {L} surname, {H} hyphenated given
name, {M} a multi-part name, {p}/{f} the same in lower case, {T} a title and a name, {PNR}
personnummer) and `generate_r.extra` ({NM} `Name <mail>`; {W}/{w} a name that is also an
everyday word; {WL} such a name and a surname; {SG}/{SN}/{SP} a Swedish given name, surname,
full name; {sg}/{sp} lower case; {PRT} a particle; {LN} three or four parts; {INI} initials; {RV}
`Surname, Given` and kin; {CAP} capitals; {GS}/{GE} a Swedish / English genitive; {AT} `@name`;
{AD} a Swedish address; {ST} a street and number; {ad} a street as chat writes it; {RU} a farm
or village; {BOX} a box address; {EU} a European or US address; {ONE} any address on one line;
{ANY} any address; {CO} `c/o` a name and an address; {TEL} a phone; {MAIL} an e-mail address),
and T's own (`generate_t.extra_t`: {TS}/{TE} a Swedish / English title of T's and a name; {ICS}
an address with escaped commas; {VADR} a vCard `ADR` value; {QH} `"Name" <mail>` in a header).
Every value is drawn from T's own pool and address parts (`generate_t.py`).
"""

from __future__ import annotations

TEMPLATES: dict[str, list[str]] = {
    "sv": [
        # SMS threads, exported
        "Meddelanden med {SG} {SN}\n[tis 14:02] {SG}: Jag står utanför {AD} nu\n[tis 14:03] Jag: Kommer ner! Koden är 4471",
        "SMS från {TEL} 2026-03-08 19:44: Hej det är {SP}, jag har nytt nummer. Hälsa {SG}!",
        # school platform and pick-up authorisations
        "Till vårdnadshavare i klass 4B: Utflykten till Naturum flyttas till torsdag. Frågor till mentor {TS} eller {SG} {SN} på fritids. Frånvaro för {SP} anmäls som vanligt.",
        "Frånvaroanmälan: {SG} {SN} (åk 2) är sjuk i dag. Anmält av {SP}, {TEL}.",
        "Hämtningsfullmakt förskolan Myrstacken: {SG} får hämtas av {SP} (morfar), {INI} (dagbarnvårdare) och {SG}. Får INTE hämtas av {SP}.",
        "Veckobrev från {TS}: Tack till {GS} pappa som visade brandbilen! Nästa vecka kommer {SP} och berättar om bin.",
        # real-estate viewings and bidding logs
        "Visningslista {AD}, sön 13.00–13.45. Anmälda: {SP} ({TEL}), {RV}, {SG} och {SG} {SN}, {INI}. Mäklare {TS}.",
        "Budgivningslogg, objekt {ST}: 3 150 000 kr budgivare 2 ({INI}) 10:14; 3 200 000 kr budgivare 4 ({SP}) 10:31. Säljare: dödsboet efter {SP}.",
        "Objektsbeskrivning: Charmig trea på {AD}. Visas av {TS}. Säljaren {SG} lämnar vitvarorna.",
        # insurance adjusters' call notes
        "Samtal 09:40 med försäkringstagaren {SP} ({PNR}): vattenskada i köket på {AD}. Grannen {SG} {SN} har också fått fukt i taket. Ring tillbaka på {TEL}. /{TS}",
        "Skadenummer 7731-22: Bilen stod parkerad utanför {ST} när {W} backade på den. Vittne: {LN}. Handläggare {TS}.",
        # RSVP exports
        "Tidsstämpel;Namn;Kommer;Allergier\n2026-04-01 10:22;{SP};Ja;gluten\n2026-04-01 11:05;{SG} {SN};Nej;\n2026-04-02 08:17;{H};Ja;nötter",
        "OSA till {GS} 60-årsfest: {SP} kommer med {SG}, {RV} kommer inte. Festen hålls på {RU}.",
        # funeral notices, thank-you cards, genealogy
        "Vår älskade\n{CAP}\n* 12 mars 1941 † 2 april 2026\nSörjd och saknad\n{SG}\n{SG} och {SG}\nBegravningen äger rum i Offerdals kyrka. Minnesstund på {RU}. OSA till {TS}.",
        "Ett varmt tack till alla som hedrade minnet av vår {SG} vid begravningen. {SP} med familj, {AD}.",
        "0 @I12@ INDI\n1 NAME {SG} /{SN}/\n1 BIRT\n2 DATE 4 MAY 1887\n2 PLAC {RU}\n1 FAMS @F4@",
        "Husförhör 1864: torparen {SP}, f. 1832, hustru {SG} f. 1836, barn {SG}, {SG} och {SG}. Bor på {RU}.",
        "Släktforskning: {LN} föddes 1902 på {RU} och gifte sig med {SP}. Deras dotter {H} flyttade till {AD}.",
        # auto-captioned meetings and speech to text
        "WEBVTT\n\n00:00:03.120 --> 00:00:06.400\n<v {SP}>ja men då säger vi att {sg} tar kunden på {ad}</v>\n\n00:00:06.900 --> 00:00:08.100\n<v {SP}>absolut</v>",
        "röstbrevlåda 08:12 hej det är {sp} jag ringer om lägenheten på {ad} du kan nå mig på {TEL} tack hej",
        "transkribering samtal kundtjänst ja hej jag heter {sp} och min mamma {sg} har flyttat till {ad} och posten kommer inte fram",
        # OCR'd scans
        "Ti11 {SP}\n{AD}\n\nAng. er fa ktura nr 2281\nVi har mottag it betal-\nningen från {SG} {SN} men\nbel oppet saknas.",
        "BREV (skannat): Härmed intyga s att {SP}, född {PNR},\nbor på {AD}\noch är skriven där sedan 2019. {TS}",
        # vCard and ICS
        "BEGIN:VCARD\nVERSION:2.1\nN:{SN};{SG};;;\nFN:{SP}\nTEL;CELL:{TEL}\nADR;HOME:;;{VADR};Sverige\nEMAIL;INTERNET:{MAIL}\nEND:VCARD",
        "BEGIN:VEVENT\nSUMMARY:Visning\nORGANIZER;CN={SP}:mailto:{MAIL}\nLOCATION:{ICS}\nDESCRIPTION:Nyckeln finns hos {SG}.\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Utvecklingssamtal {SG}\nLOCATION:{ICS}\nATTENDEE;CN={SP}:mailto:{MAIL}\nEND:VEVENT",
        # raw mail headers
        "Return-Path: <{MAIL}>\nFrom: {QH}\nTo: {QH}\nCc: {NM}\nSubject: Ang. tomten på {ST}",
        "Från: {QH}\nSvara till: {QH}\nÄmne: Fullmakt\n\nHej! Jag ger härmed {SP} rätt att hämta ut mitt paket. /{SG}",
        # code comments, bug reports, git blame
        "# TODO({sg}): ta bort den hårdkodade adressen ({ST}) innan release, den tillhör {SP}",
        "Bugg #4412: Kunden {SP} får fel leveransadress ({AD}) i kassan. Tilldelad: {SG}. Rapporterad av {INI}.",
        '^3f9a2c1 ({SP} 2026-01-14 09:12:33 +0100 118)     kund = hamta_kund("{SP}")',
        # courier notifications
        "PostNord: Hej {SG}! Ditt paket från {SP} kan hämtas hos ombudet. Uppge kod 4471. Mottagare: {AD}.",
        "Budet {SG} är på väg till {AD}, beräknad ankomst 14:20–14:40. Lämnas till {SP} om du inte är hemma.",
        # forum threads
        "Citat från {AT}:\n> vem äger egentligen tomten vid {ST}?\nDet är {GS} dödsbo, {SG} {SN} förvaltar det.",
        "Ursprungligen postat av {sg}: grannen {SP} har byggt ett plank mot {AD} utan bygglov. Någon som vet vad som gäller?",
        # mail-merge labels
        "{SP}\n{AD}\n\n{SP}\n{RU}\n\n{CO}",
        "Etikett 14: {CAP}, {BOX}",
        # guardianship
        "Årsräkning 2025 för huvudmannen {SP} ({PNR}), {AD}. God man: {SP}, {TEL}. Handläggare {TS}.",
        "Ansökan om byte av god man för {SP}: nuvarande ställföreträdare {RV} avsäger sig uppdraget. Föreslagen: {LN}, {AD}.",
        # marina and allotment registers
        "Båtplatslista Sävsundets BK: A12 {RV} – Maxi 77; A13 {SP}; B4 {INI} (vinterförvaring). Hamnkapten {SG}, {TEL}.",
        "Lott 17: {SP}, {AD}. Lott 18: {H} (andrahand till {SG} {SN}). Arbetsdag 14/5, ansvarig {TS}.",
        # radio dedications and dog shows
        "Nu en hälsning från {SP} till {GS} farfar {SG} som fyller 90 i dag på {RU}!",
        "Unghundsklass tikar: 14 Tjärnbackens Blåklocka. Uppfödare {SP}, {RU}. Ägare {SG} {SN}. Domare {TS}.",
        # ROT and tax
        "ROT-avdrag: arbetet utfördes på {AD}. Köpare av tjänsten: {SP} ({PNR}) och {SP}. Utförare: {SG} {SN}, {TEL}.",
        "Hyresgästen {SP} på {AD} har meddelat att {WL} flyttar in i lägenheten som inneboende.",
        "Kallelse till föräldramöte. Plats: {AD}. Anmälan till {TS} eller {PRT}.",
        "Fakturaadress: {BOX}. Referens {SP}, kostnadsställe 4410.",
        "Anmälan till simskolan: barn {SG} {SN} ({PNR}), vårdnadshavare {SP} ({PNR}), {AD}, {TEL}.",
        "Svarspost till {TS}, {BOX}. Ange ditt personnummer {PNR} på blanketten.",
        "Paketet till {SP} returnerades: adressen {ANY} saknar namn på brevlådan.",
    ],
    "sv-chat": [
        "{sg} har du hämtat paketet från {sp}? annars gör ja det imorn",
        "visningen på {ad} blev inställd, mäklaren {sg} e sjuk",
        "mamma: {sg} glöm inte att {sg} ska hämtas 15.30 idag!!",
        "kan nån swisha {sg} för blommorna till {sg}s begravning",
        "ok ses hos {w} på {ad} kl 7",
        "ring {sg} på {TEL} om bilen, {sg} vet inget",
        "nya nr till {sp}: {TEL} spara",
        "e du på väg? vi e hos {sg}s mormor på {ad}",
        "har {sg} svarat på inbjudan? {sg} o {sg} kommer iaf",
        "skicka adressen! -> {ad}, porten e till vänster",
        "{sg} sa att {sp} ska ha visning på lördag",
        "grattis {sg}!!! hälsa {w}",
        "va e {sg}s nya adress? {AD} tror ja",
        "fyfan budet lämna mitt paket hos {sp} på {ad} igen",
        "{AT} kan du ta hämtningen på fritids idag, {sg} har tandläkaren",
    ],
    "en": [
        # SMS threads and iMessage exports
        "Messages with {F} {L}\nToday 08:14 {F}: Outside {EU} now\nToday 08:15 Me: coming down, buzz flat 3",
        "Text from {TEL}: Hi it's {P}, new number. Tell {F} the spare key is with {P}.",
        # school and nursery
        "Dear parents of Year 5, the trip to the Roman villa is now on Thursday. Please contact class teacher {TE} or {F} {L} in the office. {P} will lead the walking group.",
        "Absence note: {F} {L} (Year 3) has a dental appointment at 10. Signed {P}, parent. Mobile {TEL}.",
        "Authorised to collect {F}: {P} (grandmother), {INI} (childminder) and {H}. Password: otter. NOT to be collected by {P}.",
        "Reception newsletter: thank you to {GE} dad for the fire engine visit! Next week {LN} is coming in to talk about bees.",
        # viewings
        "Viewing confirmed: {EU}, Saturday 11:30, with {TE}. Attending: {P} and {P} ({TEL}).",
        "Offer log for {ONE}: £412,000 from {INI} (chain-free), £415,000 from {P}. Vendor: the executors of the late {P}.",
        "Viewing feedback from {F}: liked the garden at {EU}, worried about the road. Partner {F} to come back with {P}.",
        # insurance adjusters' call notes
        "Call 09:40 with policyholder {P} re: storm damage at {EU}. Neighbour {F} {L} saw the chimney come down. Call back on {TEL}. Loss adjuster {TE}.",
        "Claim 88-1172: the van was parked outside {ONE} when {W} reversed into it. Witness: {LN}. Handler {TE}.",
        # RSVP exports and invitations
        "Timestamp,Name,Attending,Plus one,Dietary\n2026/05/02 18:40,{P},Yes,{F},vegan\n2026/05/03 09:12,{RV},No,,\n2026/05/03 21:55,{H},Yes,,nut allergy",
        "RSVP: {P} will attend, {P} sends apologies. Reception at {EU} from 7pm. Replies to {MAIL}.",
        # funeral notices, genealogy, parish records
        "{CAP} Peacefully at home on 3rd March, aged 88. Beloved wife of the late {F}, mother of {F} and {P}. Service at St Aidan's, Tetbury. Donations c/o {TE}, {EU}.",
        "The family of {P} thank everyone for their kindness. Special thanks to {TE} and the nurses. {F} and {P}, {ONE}.",
        "1 NAME {F} /{L}/\n1 SEX F\n1 BIRT\n2 DATE 9 JUN 1871\n2 PLAC {ONE}\n1 FAMC @F17@",
        "Baptism 1902: {F}, son of {P}, labourer, and {F} his wife, of {EU}. Sponsors: {P}, {INI}.",
        "{P} (1864–1931) married {P} in 1889; their son {LN} emigrated from {RU} to Michigan and settled at {EU}.",
        # auto-captions and speech to text
        "WEBVTT\n\n00:01:12.000 --> 00:01:15.300\n<v {P}>so um {f} is taking the handover and the keys are at {ONE}</v>\n\n00:01:15.800 --> 00:01:17.000\n<v {P}>yeah perfect</v>",
        "voicemail 08:12 hi this is {p} calling about the parcel for {p} at {EU} you can reach me on {TEL} thanks bye",
        "transcript call 4471 agent hello you're through to {f} customer yeah hi my name is {p} and my dad {f} moved to {ONE} and the letters aren't arriving",
        # OCR'd letters
        "Dear M r {L},\nWith reference to the es-\ntate of the late {P}, of\n{EU}, we enclose the fi nal\naccount. Yours sincerely, {TE}",
        "T0 WHOM IT MAY C0NCERN\nThis is to c ertify that {P}\nresides at {EU}\nand has done since 2019. {TE}",
        # vCard and ICS
        "BEGIN:VCARD\nVERSION:3.0\nN:{L};{F};;Mrs;\nFN:{P}\nTEL;TYPE=CELL:{TEL}\nADR;TYPE=HOME:;;{VADR};Sweden\nEMAIL:{MAIL}\nEND:VCARD",
        "BEGIN:VEVENT\nSUMMARY:Viewing\nORGANIZER;CN={P}:mailto:{MAIL}\nLOCATION:{ICS}\nDESCRIPTION:Keys with {F}.\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:Parents' evening - {F}\nLOCATION:{ICS}\nEND:VEVENT",
        # raw mail headers
        "Return-Path: <{MAIL}>\nFrom: {QH}\nReply-To: {QH}\nSender: {NM}\nSubject: Boundary at {ONE}",
        "From: {QH}\nTo: {QH}\nSubject: Letter of authority\n\nI authorise {P} to collect my parcel. {F}",
        # code, bug reports, blame, crash paths
        "// FIXME({f}): remove the hard-coded test customer {P} ({ONE}) before release",
        "### Steps to reproduce\n1. Log in as {AT}\n2. Add delivery address {ONE}\n### Actual\nName printed as '{CAP}' on the label\n### Reported by\n{NM}",
        '^9bd2e41 ({P} 2026-02-03 14:22:01 +0000  42)     assert user.name == "{P}"',
        "FileNotFoundError: [Errno 2] No such file or directory: '/home/{f}/exports/contacts.csv' (reported by {P})",
        'Traceback (most recent call last):\n  File "C:\\Users\\{f}\\AppData\\Local\\crm\\sync.py", line 88 -- customer {P} at {ONE}',
        # courier notifications
        "DPD: {F}, your parcel from {P} is due today 13:05–14:05. Your driver is {F}. Delivering to {EU}.",
        "Sorry we missed you, {P}. Your parcel is with your neighbour {F} at {ONE}.",
        # forum threads
        "Quote from {AT}:\n> who actually owns the hedge at {ONE}?\nIt's {GE} land, {F} {L} manages it.",
        "Originally posted by {f}: my neighbour {P} built a fence on our side at {EU}. Any advice?",
        # mail-merge labels
        "Mrs {P}\n{EU}\n\nMr {P}\n{EU}",
        "Label 7: {CAP}, {BOX}",
        # guardianship, registers, dedications, dog shows
        "Deputy report for {P} (protected party), of {EU}. Deputy: {P}, {TEL}. Case officer {TE}.",
        "Berth C7 – {RV} – 'Sea Pie' (Contessa 26); C8 – {P}; C9 – {INI}. Harbourmaster {TE}, {TEL}.",
        "Plot 22a {P}; plot 23 {H}; waiting list: {INI}, {P}. Secretary {TE}, {EU}.",
        "This one goes out to {P} from {GE} grandchildren, and to {F} who turns 90 today!",
        "Junior Bitch: 42 Greyford Starlight. Breeder {P}, {EU}. Owner {RV}. Judge {TE}.",
        "Emergency contacts\n| Child | Contact | Phone |\n|---|---|---|\n| {F} {L} | {P} | {TEL} |\n| {F} | {M} | {TEL} |",
        "Please return the signed consent form for {F} to {TE}, {BOX}.",
        "Invoice to: {P}, {BOX}. Account manager {NM}.",
        "Probate search: {PRT}, late of {EU}, died 2 January 2026. Executor {P}.",
    ],
    "en-chat": [
        "omg {f} just texted, shes at {f}'s",
        "can u grab the keys from {f} before 6, shes at {ad}",
        "lol {f} {f} and {w} all turned up at the viewing",
        "running late!! tell {F} im 10 min out",
        "whos {f}?? the new nursery teacher?",
        "{f} can you RSVP for me and {f} pls",
        "new number for {p}: {TEL}",
        "parcel went to {p} again smh, {ONE}",
        "sorry for your loss {f}, {f} was lovely",
        "@{f} did {w} send the address? its {ONE} i think",
        "ok so {f} picks up {f} and i get {f}",
        "is {p} still at {ONE}?",
    ],
    "mixed": [
        "Hi {SG}! Visningen på {AD} is moved to Sunday 14:00. Cheers, {TS}",
        "Fwd: RSVP – {SP} kommer med +1 ({SG}). Dietary: vegetarian. Reply to {MAIL}.",
        "Bug: kundens namn {SP} truncated to '{SN}' i PDF-fakturan; adress {ONE}. Assignee: {sg}",
        "BEGIN:VCARD\nVERSION:3.0\nFN:{SP}\nN:{SN};{SG};;;\nADR;TYPE=HOME:;;{VADR};Sverige\nNOTE:Moved from {EU}\nEND:VCARD",
        "BEGIN:VEVENT\nSUMMARY:Begravning / Funeral {SG}\nLOCATION:{ICS}\nORGANIZER;CN={P}:mailto:{MAIL}\nEND:VEVENT",
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v {SP}>okej so the client {sp} moved to {ad}</v>",
        "Dödsannons / Obituary: {CAP}, född på {RU}, died in {EU}. Saknad av {SG}, {F} och {P}.",
        "School message / Skolmeddelande: {SG} {SN} will be picked up by {P} today. Mentor: {TS}.",
        "Viewing list / Visningslista {AD}: {P}, {SP}, {INI}. Agent {TE}.",
        "Claim / Skadeanmälan: policyholder {SP}, {AD}; third party {P}, {EU}.",
        "SMS {TEL}: Hej {SG}, your parcel from {P} is at {ONE}. Code 5512.",
        "From: {QH}\nTo: {QH}\nÄmne: Re: lease at {ONE}\n\nHi, {SG} här – vi flyttar 1 juni.",
        "git blame: ^77c01aa ({SP} 2026-03-02) # TODO({f}): byt adress {ST} mot config",
        "Forum: Citat från {AT}: 'who lives at {ST}?' – It's {SP}, hen flyttade från {EU}.",
        "Label / Etikett: {SP}, {CO}",
        "Guest list / Gästlista: {SP}, {P}, {H}, {LN}, {W}. Venue: {RU}.",
        "0 @I3@ INDI\n1 NAME {SG} /{SN}/\n1 RESI\n2 ADDR {ONE}\n1 NOTE emigrated 1903 with {P}",
        "Lott 9 / Plot 9: {RV}; {SP} on waiting list. Contact {TEL}.",
        "Returns / Returer: {BOX}, att. {SP} ({TEL}).",
        "Medlem / Member: {SP}, pnr {PNR}, {AD}; spouse {P}.",
        "Pick-up / Hämtning: {SG} hämtas av {W} {SN} today, not {P}.",
        "Crash: PermissionError '/home/{sg}/dokument/hyresavtal.pdf' – kund {SP}, {AD}",
        "Dog show / Utställning: Ägare {SP}, {RU}; Breeder {P}; Judge {TE}.",
        "transcript: hej this is {sp} ringer om {sg}s parcel to {ad} okay thanks",
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "sv": [
        "Visning Söndag 13:00 – Ring Mäklarhuset För Info Om Bostadsrätten",
        "Begravningsbyrån och Svenska kyrkan håller minnesstund i Församlingshemmet.",
        "Säljes på Blocket: IKEA Billy, Volvo XC40-fälgar och en Husqvarna Automower.",
        "Skolverket: Ny Läroplan För Årskurs 4–6 Gäller Från Hösten.",
        "Länsförsäkringar och Folksam höjer premierna för hemförsäkring.",
        "Sten, sax, påse – vem börjar? Min bror vann tre gånger.",
        "Klara, färdiga, gå! Sagostunden börjar klockan tio på Stadsbiblioteket.",
        "Gran, tall och björk dominerar i Norrbotten och Västerbotten.",
        "OSA Senast Fredag – Middag, Dans Och Kaffe I Bygdegården",
        "PostNord och DHL har förseningar inför julen; Bring levererar som vanligt.",
        "Släktforskning: Riksarkivet och ArkivDigital har nya kyrkböcker från Jämtland.",
        "BEGIN:VEVENT\nSUMMARY:Föräldramöte Årskurs 3\nLOCATION:Aulan\nEND:VEVENT",
        "Mötet om Hamnplanen och Kulturnatten skjuts upp till efter Midsommar.",
    ],
    "en": [
        "Bill Payment Due – Grace Period Ends Friday",
        "Faith, Hope and Charity by the Royal Ballet; tickets via Ticketmaster.",
        "Mark the date: Summer Fete, Dawn Chorus Walk and Carol Service.",
        "The jack, the rod and the spare tyre were left in the Land Rover.",
        "Rightmove and Zoopla list the same Victorian Terrace in Bath.",
        "Aviva and Direct Line both declined the storm claim.",
        "Re: Parents Evening – Year 5 Reports Now On The Portal",
        "The Royal Mail, Evri and DPD all missed the Bank Holiday.",
        "Ancestry and FamilySearch added new parish registers for Gloucestershire.",
        "We will grant the request if the bill is paid by May.",
        "Heading: Annual General Meeting – Minutes, Accounts, Any Other Business",
        "BEGIN:VEVENT\nSUMMARY:Sports Day\nLOCATION:Main Field\nEND:VEVENT",
        "Robin, Wren and Sparrow classes will swap rooms after half term.",
    ],
    "mixed": [
        "Release v2.3: fixed Crash i Exportera CSV, ny ICS Export, Dark Mode.",
        "Black Friday på Elgiganten: Sony WH-1000XM5 och Apple Watch Series 9.",
        "Dog Show / Hundutställning: Best In Show, Junior Handling, Veteranklass.",
        "Viewing / Visning: Open House Söndag, Floor Plan bifogad.",
        "Meeting / Möte: Q3 Budget, Roadmap och Any Other Business.",
        "Funeral / Begravning: Fonus och Co-op Funeralcare jämförs i Råd & Rön.",
        "SMS: Ditt paket från Zalando är på väg med Instabox.",
        "School / Skola: Unikum och Google Classroom är nere i dag.",
    ],
}
