# ruff: noqa: E501
"""Templates for held-out U (`generate_u.py`), written for U from scratch by a helper who does not
tune the detector, in forms O to T used little or not at all: court rulings and summonses, church
books (baptisms, banns, confirmation rolls), live sports commentary and match reports, dating
profiles, thesis acknowledgements, museum labels and provenance, police blotters, wills and
estate inventories, customs declarations (CN23), shipping manifests and bills of lading,
app-store reviews with the developer's answer, podcast show notes, crossword clues, multilingual
family trees, chess PGN headers, BibTeX and CITATION.cff, land registry and building permit
notices, hunting teams and road associations, passenger lists, hotel registration cards, vet
records, theatre programmes, lost-and-found logs, ballot papers, patents, auction catalogues,
yearbooks, letters to the editor, census transcriptions and crew lists, chat in lower case.

Slots as in `generate_e.fill` ({P} full name, {F} given name, {L} surname, {H} hyphenated given
name, {M} a multi-part name, {p}/{f} the same in lower case, {PNR} personnummer, {EM} e-mail,
{PH} phone, {SA} a Swedish address, {EA} a European or US address) and `generate_r.extra` ({NM}
`Name <mail>`; {W}/{w} a name that is also an everyday word; {WL} such a name and a surname;
{SG}/{SN}/{SP} a Swedish given name, surname, full name; {sg}/{sp} lower case; {PRT} a particle;
{LN} three or four parts; {INI} initials; {RV} `Surname, Given` and kin; {CAP} capitals;
{GS}/{GE} a Swedish / English genitive; {AT} `@name`; {AD} a Swedish address; {ST} a street and
number; {ad} a street as chat writes it; {RU} a farm or village; {BOX} a box address; {EU} a
European or US address; {ONE} any address on one line; {ANY} any address; {CO} `c/o` a name and
an address; {TEL} a phone; {MAIL} an e-mail address), and U's own (`generate_u.extra_u`:
{US}/{UE} a Swedish / English title of U's and a name; {KV} an address one field a line; {sn}/{l} a Swedish / any surname in lower case;
{PGN}
a chess player `Surname, Given`; {BIB} BibTeX authors joined by `and`). Every value is drawn from
U's own pool and address parts (`generate_u.py`).
"""

from __future__ import annotations

TEMPLATES: dict[str, list[str]] = {
    "sv": [
        # court rulings and summonses
        "DOM 2026-02-11 i mål nr T 4412-25. KÄRANDE: {SP}, {PNR}, {AD}. Ombud: {US}. SVARANDE: {SP}, {ONE}. Rätten: {US} samt nämndemännen {SP} och {INI}.",
        "Stämningsansökan: {RV} yrkar att {SP} ska förpliktas betala 48 000 kr. Delges på adressen {AD}.",
        "Tingsrätten meddelar att {SP} har utsetts till god man för {LN}, boende på {RU}.",
        # church books
        "Dopbok 1911: nr 14, {SG} {SG}, född 3/2 på {RU}. Föräldrar: torparen {SP} och hustrun {SG}. Faddrar: {SP}, {H}.",
        "Lysning i Ramsele kyrka för {SP} och {SP}, båda boende på {RU}.",
        "Konfirmander våren 2026: {SP}, {SP}, {H}, {sg} kallas ”{SG}” av alla, {SP}. Präst: {US}.",
        "Vigselbok: brudgum {SP}, drängen, f. 1879; brud {SP}, pigan; vigda av {US} den 4 juni 1902.",
        # sports commentary and match reports
        "Referat: {SN} nickar in 1–0 efter hörna från {SP}! Sen drar {SN} på sig gult och domaren {SP} blåser av halvleken.",
        "Laguppställning IFK: 1 {SP} – 4 {SN}, 5 {SP} (K), 6 {H} – 8 {SN}, 10 {SG}. Tränare: {SP}.",
        "Slutresultat längdskidor 10 km klassisk D21: 1. {SP} 28.41, 2. {RV} 29.02, 3. {INI} 29.15.",
        # dating profiles
        "Profil: {SG}, 34, {ad}. Gillar svampplockning och jazz. Skriv till mig här, inte till min ex {SG} 😅",
        "Om mig: Jag heter {SG} och bor i ett kollektiv på {AD} med {SG} och {SG}. Söker någon att fjällvandra med.",
        # thesis acknowledgements
        "Förord. Först vill jag tacka min handledare {US} för tålamodet, och {SP} som läste varje kapitel. Tack också till {GS} familj på {RU} för husrum.",
        "Tack till docent {SP}, till {INI} på labbet och till mina föräldrar {SG} och {SP}.",
        # museum labels and provenance
        "Brudkrona, förgyllt silver, 1780-tal. Proveniens: {SP}, {RU}; såld 1934 till {US}. Deponerad av {CAP}.",
        "Föremålet skänktes 1962 av {SP}, dotter till skeppsbyggaren {SP}.",
        # police blotters
        "Polisen Västerbotten 03:12: Inbrott i förråd på {AD}. En man, {SP}, 41 år, är gripen. Anmälare: {SP}.",
        "Händelse 14:40 {ST}: Trafikolycka, två bilar. Förarna {SP} och {SP} lindrigt skadade. Förundersökningsledare {US}.",
        # wills and estate inventories
        "TESTAMENTE. Jag, {SP}, {PNR}, förordnar att min fastighet {RU} ska tillfalla {SP}. Mina böcker ges till {SG}. Bevittnas av {SP} och {INI}.",
        "Bouppteckning efter {SP}, avliden 2025-11-02, senast boende {AD}. Dödsbodelägare: {SP}, {SP} (c/o {SP}, {ONE}). Förrättningsmän: {RV} och {SP}.",
        # customs forms and shipping
        "Tulldeklaration CN23. Avsändare: {SP}, {KV}. Mottagare: {P}, {EU}. Innehåll: stickade vantar, värde 35 EUR.",
        "Fraktsedel nr 558120: Avsändare {SP} {TEL}. Leveransadress: {AD}. Kvitteras av: {SP}.",
        # app reviews
        "★☆☆☆☆ av {SP}: Appen glömmer min adress {ad} hela tiden!! ---- Svar från utvecklaren ({SG}): Tack {SG}, vi fixar det i 4.2.",
        "★★★★★ {sg}_{sn}: bästa appen, hittade min granne {SG} direkt",
        # podcast show notes
        "Avsnitt 112: {SP} om att renovera ett torp på {RU}. Gäst: {SP}. Producent: {SP}. Tips skickas till {MAIL}.",
        # crosswords
        "Korsord, vågrätt 12: Skådespelare ({SP}), 7 bokstäver. Lodrätt 3: {GS} gård i romanen. Vinnare förra veckan: {SP}, {AD}.",
        # family trees
        "Släktträd: {SP} (1890–1961) ∞ {SP} (1894–1970) → barn: {SG}, {SG} och {H}. Källa: husförhörslängd, {RU}.",
        # land registry and building permits
        "Lagfart beviljad: {RU} (Ramsele 3:14). Köpare {SP}, {PNR}, och {SP}. Säljare dödsboet efter {SP}.",
        "Kungörelse bygglov: Ansökan om tillbyggnad på {AD}. Sökande {SP}. Synpunkter till {US}, {BOX}.",
        "Grannehörande: {SP} på {ST} vill bygga attefallshus. Berörda grannar: {SP}, {RV}.",
        # hunting teams and road associations
        "Jaktlaget Norra: jaktledare {SP}, passkyttar {SG}, {SP}, {INI}. Samling vid {RU} kl 06.30.",
        "Vägsamfällighet, medlemsförteckning: {SP} – {RU}; {SP} – {RU}; {RV} – {RU}.",
        # hotel registration, vet records, lost and found
        "Gästregistrering: Namn {SP}. Adress {AD}. Tel {TEL}. Medresenär: {SG}.",
        "Journal: katten Smulan, ägare {SP}, {KV}, {TEL}. Vaccinerad av {US}.",
        "Hittegods: svart plånbok med körkort för {SP}, f. {PNR}. Hämtas på receptionen.",
        # theatre programmes, ballots, yearbooks, letters to the editor
        "I rollerna: Bernarda – {SP}; Poncia – {SP}; Adela – {H}. Regi: {SP}. Scenografi: {INI}.",
        "Valsedel Kommunfullmäktige: 1. {SP}, 52 år, Ramsele; 2. {SP}, 38 år; 3. {H}, 29 år; 4. {LN}.",
        "Studentkatalogen 3C: {SP} – ”vill bli veterinär”; {SP} – ”flyttar till {ad}”; {sg} – ”vet ej”.",
        "Insändare: Varför plogas aldrig {ST}? / {SP}, {RU}",
        # census transcriptions and crew lists
        "Folkräkning 1900, {RU}: {SP} husbonde 1851; {SG} hustru 1856; {SG} son 1882; {SG} dotter 1885; {SP} piga 1879.",
        "Mönstringsrulla S/S Tuva 1924: befälhavare {SP}; styrman {SP}; matros {SN}; kock {SP}.",
        "Passagerarlista Göteborg–New York 1903: {SP}, 24, dräng, {RU}; {SP}, 19, piga; {LN}, 31.",
        "Auktionskatalog nr 214: Sekretär, gustaviansk. Proveniens: {SP}, {AD}; därefter {US}.",
        "Patentansökan SE 2250113-4. Uppfinnare: {SP}, {AD}; {SP}. Ombud: {US}.",
        "Resultat lottning: vinsten (en älgstek) gick till {SP} på {RU}.",
        "Medlemsregister Byalaget: {SP}, {KV}, {TEL}, {MAIL}",
        "Intyg: Härmed intygas att {SP}, {PNR}, har arbetat som vaktmästare hos oss. {US}",
    ],
    "sv-chat": [
        "har nån sett {sg}? hon skulle hämta nycklarna på {ad}",
        "{sg} och {sg} kommer ikväll, {sg} är sjuk",
        "kolla vad {sg} skrev i recensionen haha",
        "jag bor hos {sg}s pappa på {ad} tills vidare",
        "@{sg} kan du ta med domen till {sp}? han bor på {ad}",
        "va e {sp}s nya nummer? {TEL}?",
        "tack {sg}!! och hälsa {sg} från mig",
        "lagfarten kom idag, nu äger jag och {sg} {ad} på riktigt",
        "podden med {sp} var sjukt bra",
        "jaktlaget möts hos {sg} på {RU}, ta med kaffe",
        "{sp} har flyttat till {ad} btw",
        "ring {sg} på {TEL} om du hittar katten",
        "min morfar {sg} står i dopboken från 1921 lol",
    ],
    "en": [
        # court rulings and police blotters
        "JUDGMENT. Claimant: {P}, of {EU}. Defendant: {P}. Before {UE}. The Court finds that {L} owed the sum claimed.",
        "IN THE MATTER OF the estate of {CAP}, late of {EU}, deceased. Executor: {UE}.",
        "Police log, Tuesday: 22:15, criminal damage at {EU}; {P}, 19, arrested. 23:40, {P} reported her bicycle stolen.",
        "Witness statement of {P}, date of birth 14/03/1987, address {ONE}. I saw {P} leave the shop at about 9 pm.",
        # church records and family trees
        "Baptisms 1874: {F}, daughter of {P}, labourer, and {F} his wife, of {ANY}. Sponsors: {P}, {H}.",
        "Banns of marriage between {P}, bachelor, of this parish, and {P}, spinster. Published by {UE}.",
        "Family tree: {P} (b. 1902, {EU}) m. {P} → {F}, {F} and {H}. Notes by {INI}.",
        # sports commentary
        "And it's {L} down the left, cuts inside, finds {P} — GOAL! {L} makes it two. Referee {P} checks with VAR.",
        "Team sheet: {P} (GK); {L}, {L}, {P} (c), {L}; {H}, {L}; {P}. Subs: {INI}, {RV}.",
        "Match report: {GE} hat-trick sank the visitors; {P} was sent off after 61 minutes.",
        "Round 3: {PGN} ½–½ {PGN}; {PGN} 1–0 {PGN}.",
        '[Event "County Open"]\n[White "{PGN}"]\n[Black "{PGN}"]\n[Result "0-1"]',
        # dating profiles
        "About me: {F}, 31, recently moved to {EU}. Dog person. My sister {F} made me join.",
        "Profile: {W}, 42. Looking for someone to go birdwatching with. Not looking for drama, {F}, if you're reading this.",
        # thesis acknowledgements and citations
        "Acknowledgements. I am indebted to my supervisor, {UE}, and to {P}, who read every draft. Thanks also to {GE} family at {EU}.",
        '@article{upland2024,\n  author = "{BIB}",\n  title = "Lichens of the Upland Fells",\n  year = 2024\n}',
        "cff-version: 1.2.0\nauthors:\n  - family-names: {L}\n    given-names: {F}\n  - family-names: {L}\n    given-names: {H}",
        # museum labels
        "Silver christening cup, c. 1790. Provenance: {P}, {EU}; by descent to {CAP}; gift of {UE}, 1958.",
        "Portrait of {M}, oil on canvas. Lent by {P}.",
        # wills
        "LAST WILL AND TESTAMENT of {P} of {EU}. I give my house to {P} and my books to my nephew {F}. Witnessed by {P} and {INI}.",
        # customs forms and shipping manifests
        "CN23 Customs declaration. Sender: {P}, {EU}. Addressee: {P}, {SA}. Contents: knitted gloves, gift.",
        "BILL OF LADING No. 77120. Shipper: {P}, {ONE}. Consignee: {P}, {EU}. Notify party: {NM}.",
        "Manifest: crate 14 – {P}; crate 15 – {RV}; crate 16 – {INI}. Master: Skipper {P}.",
        # app reviews
        "★★☆☆☆ by {P}: the app keeps sending my parcels to {EU} instead of my new address. — Developer response ({F}): Sorry {F}, please email {EM}.",
        "5 stars from {f}_{l}: love it, my neighbour {F} recommended it",
        # podcast show notes
        "Episode 58: {P} on restoring a chapel at {EU}. Guest host: {W}. Produced by {P}. Write in: {MAIL}.",
        "Show notes: we talk to {UE} about lichens, then {F} reads listener letters from {P} and {RV}.",
        # crosswords
        "Crossword 14,223. Across: 7. Actor {P} (9). Down: 3. {GE} cottage (5). Last week's winner: {P}, {EU}.",
        # land registry, planning notices
        "Planning application 26/0412/FUL: two-storey extension at {EU}. Applicant: {P}. Agent: {NM}.",
        "Land Registry title: proprietor {P} and {P}, of {EU}.",
        # hotel registration, vet records, lost and found
        "Registration card. Guest: {P}. Home address: {EU}. Phone {TEL}. Accompanied by {F}.",
        "Vet record: Bramble (springer spaniel). Owner {P}, {EU}, {TEL}. Seen by {UE}.",
        "Lost property: brown wallet with a driving licence for {P}. Found by {F} at platform 2.",
        # theatre programmes, ballots, yearbooks, letters
        "Cast: Lady Bracknell – {P}; Gwendolen – {H}; Algernon – {P}. Directed by {P}.",
        "Ballot paper, parish council: {RV}; {RV}; {CAP}; {LN}.",
        "Yearbook 2026: {P} – most likely to run a bakery; {P} – best laugh; {INI} – class clown.",
        "Letter to the editor: The potholes on our road are a disgrace. {P}, {EU}",
        # census and crew lists
        "1911 census, {ANY}: {P}, head, 48; {F}, wife, 44; {F}, son, 17; {P}, boarder, 23.",
        "Crew list, trawler Morning Star: Skipper {P}; mate {L}; deckhands {P} and {F}.",
        "Passenger list, 1907: {P}, 22, farmhand; {P}, 20; {LN}, 35, from {EU}.",
        "Patent GB2612345: inventors {P}, {EU}, and {PRT}.",
        "Auction lot 88: a Georgian bureau. Provenance: {P}, {EU}; thence {UE}.",
        "Membership list: {P}, {EU}, {TEL}, {MAIL}.",
        "Co-signatories of the petition: {P}, {P}, {H}, {PRT}, {INI}.",
        "{P} <{EM}> wrote:\n> Could {F} collect the keys from {EU}?",
        "Address for correspondence:\n{EU}\nAttn: {P}",
    ],
    "en-chat": [
        "has anyone heard from {f}? she was meant to be at {EU} by 8",
        "lol {f} and {f} just won the pub quiz",
        "omg {f} wrote the review",
        "can u send {f} the pgn from last night",
        "@{f} ur podcast with {p} was great",
        "tell {w} the vet called",
        "{p} moved, new address is {ONE}",
        "thx {f}! see u sat",
        "{f} is on {TEL} if u need her",
        "who's {p}?? she liked all my photos",
    ],
    "mixed": [
        "Dom / Judgment: {SP} v. {P}. Rätten / the Court: {UE}. Adress / address: {AD}.",
        "Släktträd / Family tree: {SP} (Sverige) ∞ {P} (England) → {SG}, {F}. Källa: FamilySearch.",
        "Sluttabell / Final standings: 1. {SP} (SWE), 2. {P} (GBR), 3. {RV} (FIN).",
        "App review ★★★★☆ av {SG}: funkar bra men kan inte spara {AD}. Reply from {F}: thanks!",
        "Podcast avsnitt 9: {SP} och {P} pratar om att flytta från {EU} till {RU}.",
        "Tulldeklaration / Customs: Avsändare {SP}, {AD}. Recipient: {P}, {EU}.",
        "Thesis acknowledgements: Tack till {US} and to {UE} for their patience. Thanks, {SG}!",
        "Museum label / Skylt: Brudkista från {RU}, skänkt av {SP}. Donated by {P}, {EU}.",
        "Testamente / Will: {SP} leaves the house on {AD} to {P}.",
        "Polisen / Police: {SP}, 33, gripen på {ST}. The victim {P} is a tourist from {EU}.",
        "Hotel check-in: {SP}, {AD}, {TEL}. Guest 2: {P}.",
        "Crossword / Korsord: vågrätt 4 – skådespelaren {SP}; down 2 – {GE} dog.",
        "Laguppställning vs. {L} FC: {SP}, {SN}, {H}, {P} (on loan).",
        "Citation: {BIB} (2025). Lavar i Västerbotten. Umeå.",
        "Dating: Hej! I'm {F}, bor på {ad}, gillar kanotpaddling.",
        "Manifest: kolli 3 – {SP}, {AD}; parcel 4 – {P}, {EU}.",
        "Jaktlaget / hunting party: {SP}, {P}, {SG}. Meet at {RU}.",
        "Dopbok / baptism: {SG}, child of {SP} and {P}. Godparents: {H}, {INI}.",
        "Church banns / lysning: {P} of {EU} and {SP} of {AD}.",
        "Folkräkning 1910 / census: {SP}, {RU}; {P}, lodger, born in {EU}.",
        "Förord / Preface: thanks to {SP}, {P} and {GS} dog.",
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "sv": [
        "Tingsrätten i Lycksele har flyttat till nya lokaler vid Torget.",
        "Svenska kyrkan publicerar nya kyrkböcker från Västerbotten på Riksarkivet.",
        "Allsvenskan: Malmö FF mot Hammarby slutade 2–2 på Eleda Stadion.",
        "Ny app från Postnord och Tullverket förenklar CN23-blanketten.",
        "Rubrik: Kungörelse – Detaljplan för Industriområdet Norra, Samråd Pågår",
        "Sten, sax, påse! ropade barnen på rasten.",
        "Min bror och hans fru åkte till Fjällen över Påsk.",
        "Rosor, liljor och en vas från Orrefors stod på bordet.",
        "Skördefest på Hembygdsgården: Fika, Loppis och Tipspromenad.",
        "Jaktlaget har köpt en ny Volvo XC70 och en Garmin Alpha.",
        "Nationalmuseum visar Zornsamlingen till och med Mars.",
        "Podden Sommar i P1 är tillbaka på Spotify.",
        "Lantmäteriet och Skatteverket har långa handläggningstider i Januari.",
    ],
    "en": [
        "Hope Springs Eternal: a Summer Exhibition at the Tate Modern.",
        "The Crown Court at Carlisle sits again on Monday.",
        "Rose Garden, Victoria Park and the Lake District are open this weekend.",
        "Premier League: Aston Villa drew with Newcastle United at Villa Park.",
        "Heading: Probate Registry – Frequently Asked Questions",
        "Will you mark the papers by Friday? I hope so, Bill.",
        "The Apple Store, Google Play and the Microsoft Store all list the app.",
        "Summer, autumn and winter terms start on the usual dates.",
        "Episode 12: Sourdough, Kimchi and Other Ferments.",
        "Crossword clue: a Dutch cheese (4). Answer: EDAM.",
        "HM Revenue & Customs updated the CN22 guidance for Royal Mail.",
        "The British Museum lent the Sutton Hoo helmet to the Ashmolean.",
        "Frank and earnest advice from the Citizens Advice Bureau.",
    ],
    "mixed": [
        "Allsvenskan och Premier League visas på Viaplay i Sverige.",
        "Museum: Vasamuseet och Nordiska museet, open daily.",
        "App Store / Google Play: uppdatering 4.2 fixar Dark Mode.",
        "Podcast: Sommar i P1 och The Rest Is History.",
        "Tull / Customs: CN23 krävs för paket till UK efter Brexit.",
        "Tingsrätt / District Court: Stockholms tingsrätt, Sal 3.",
        "Rubrik / Heading: Church Records och Kyrkböcker online.",
        "Schack / Chess: Sicilian Defence mot Caro-Kann i Rond 4.",
    ],
}
