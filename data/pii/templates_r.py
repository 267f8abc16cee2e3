# ruff: noqa: E501
"""Templates for held-out R (`generate_r.py`), written for R from scratch by a helper who does not
tune the detector, in genres O, P and Q used little or not at all: bookings and confirmations
(restaurants, hotels, salons, taxis, ferries), tradespeople's work orders and moving quotes,
stairwell notices and neighbourhood-group posts, change-of-address and mail-forwarding notices,
greeting cards, Christmas-card lists and wedding seating plans, race results and referees' match
reports, screenplays and SRT subtitles, research-interview transcripts and podcast show notes,
debt enforcement, parking fines and social-services letters, visitor logs, key receipts and
lost-and-found, school grade lists and exam seating, loan applications, petitions and
nominations, library loans, diaries, social-media posts and recommendations, and code and config
(TOML, INI, `package.json`, CODEOWNERS, `@author`, Dockerfile labels, `.mailmap`, HTML tables,
URL query strings, GraphQL).

Slots as in `generate_e.fill`: {P} full name, {F} given name, {L} surname, {H} hyphenated given
name, {M} a multi-part name, {p}/{f} the same in lower case, {T} a title and a name, {PNR}
personnummer. R's own (`generate_r.extra`): {NM} `Name <mail>`; {W}/{w} a name that is also an
everyday word, as written / lower case; {WL} such a name and a surname; {SG}/{SN}/{SP} a Swedish
given name, surname, full name; {sg}/{sp} the same in lower case; {PRT} a name with a particle;
{LN} a name in three or four parts (or with a particle); {INI} initials; {RV} `Surname, Given`,
`SURNAME Given` or `Surname Given`; {CAP} a name in capitals; {GS}/{GE} a name with a Swedish /
English genitive ending; {AT} `@name`; {AD} a Swedish address; {ST} a Swedish street and number;
{ad} a Swedish street as chat writes it; {RU} a farm or village address; {BOX} a box address;
{EU} a European or US address; {ONE} any address on one line; {ANY} any address; {CO} `c/o` a
name and an address; {TEL} a phone; {MAIL} an e-mail address; {TS}/{TE} a Swedish/English title
and a name.
"""

from __future__ import annotations

TEMPLATES: dict[str, list[str]] = {
    "sv": [
        # bookings and confirmations
        "Bokningsbekräftelse: bord för 4 lördag 19:30, i namnet {SP}. Vid förhinder ring {TEL}. Välkommen till oss på {AD}!",
        "Tack för din bokning, {SG}! Klippning + färg hos {SG} tisdag 10:15. Salongen ligger på {ST}, porten mot gården.",
        "Taxibeställning #77120: hämtning {ST} kl 05:40, resenär {SP}, mobil {TEL}. Avgående flyg från Arlanda.",
        "Hyttbokning färjan 22:00 – Resenärer: {RV}, {RV}. Bil: ABC 123. Faktureras {ONE}.",
        # work orders and moving
        "ARBETSORDER 3312 | Beställare: {SP} | Objekt: {AD} | Åtgärd: byta blandare i kök, läckage under diskbänk | Montör: {SG}",
        "Offert flytthjälp: från {ST} till {AD}, 3 rok, 2 flyttgubbar + bil. Kontaktperson {SP}, {TEL}.",
        "Låssmed utryckning 23:10. Kund {SP} utelåst från {AD}. Legitimation kontrollerad ({PNR}).",
        # stairwell notices, neighbourhood posts
        "Till grannarna i trappuppgång B: vi har fest på lördag i lägenheten hos {SP} (3 tr). Hör av er till {SG} om det blir för högt!",
        "Anslag: Vattnet stängs av torsdag 08–12 på {ST}. Frågor till förvaltare {SP}, {TEL}.",
        "Hittad katt, grå och vit, utan halsband, vid {ST}. Den sitter nu hos {SG} i nr 14. Ring {TEL}.",
        # change of address, mail forwarding
        "Adressändring: {SP}, {PNR}. Gammal adress: {AD}. Ny adress fr.o.m. 1/9: {AD}.",
        "Eftersändning av post beställd för {SP} och {SG} till {ANY} under perioden 1 juni–31 augusti.",
        "Flyttanmälan mottagen. Person: {SP}. Inflyttningsadress: {RU}. Handläggare: {TS}.",
        # greeting cards, christmas cards, seating plans
        "Grattis på 60-årsdagen käraste {SG}! Kram från {SG}, {SG} och lilla {SG}",
        "Julkortslista: {P} – {AD}; {SP} – {RU}; familjen {SN} – {ONE}",
        "Bordsplacering bord 3: {SP}, {P}, {W}, {SP}, {GS} bordsdam {SG}.",
        "Tack för blommorna! Varma hälsningar från {SP} och hela familjen på {RU}.",
        # race results, match reports
        "Resultat Vasaloppet öppet spår: 1. {SP} 5:12:44, 2. {P} 5:13:02, 3. {SP} 5:15:30",
        "Domarrapport div 4: Varning (gult kort) till nr 7 {SP} i 63:e minuten. Huvuddomare {SP}, assisterande {SG} {SN}.",
        "Klubbmästerskap i bangolf – segrare {SP} före {GS} dotter {SG}. Prisutdelning vid klubbstugan.",
        # screenplay, subtitles
        "SCEN 12. INT. KÖK – NATT\n{SG}: Var har du varit?\n{SG}: Ute. Hos {SG}.\n{SG}: Hela natten?",
        "47\n00:03:12,400 --> 00:03:15,100\n- {SG}, vänta!\n- Jag har inte tid, {SG}.",
        # research interviews, podcast notes
        'Intervju 14 (IP {SG}, 52 år): "Min granne {SP} hjälpte oss när vi flyttade till {RU}, det glömmer jag aldrig."',
        "Avsnitt 88: {SP} pratar om att växa upp på {RU} och om sin mormor {SG}. Produktion: {SP}.",
        # debt enforcement, parking fines, social services
        "Betalningsföreläggande mål nr 12-445821-26. Sökande: Inkasso AB. Svarande: {SP}, {PNR}, {AD}.",
        "Kontrollavgift P-tillstånd saknas. Fordonsägare: {SP}, {ONE}. Utfärdad av {TS}.",
        "Utredning enligt SoL: barnet {SG} {SN} bor växelvis hos mamma {SP} på {ST} och pappa {SP} på {AD}.",
        # visitor logs, keys, lost and found
        "Besökslogg reception 2026-03-14: 08:52 {SP} (besöker {SP}), 09:10 {P} (hantverkare), 09:31 {SG} – ej utcheckad",
        "Nyckelkvittens: Jag, {SP}, har kvitterat ut 3 nycklar + 1 tagg till {AD}. Utlämnat av {SP}.",
        "Upphittat: plånbok med körkort i namnet {SP}. Kan hämtas hos vaktmästare {SG}, {ST}.",
        # school
        "Klasslista 8B: {SP}, {SP}, {H} {SN}, {SG} {SN}, {LN}, {SP}. Mentor: {TS}.",
        "Skrivningsplacering sal 2: bänk 1 {RV}, bänk 2 {RV}, bänk 3 {INI}, bänk 4 {RV}.",
        # loans, petitions, nominations, library
        "Låneansökan: sökande {SP} ({PNR}), medsökande {SP}. Bostad: {AD}. Månadsinkomst 34 500 kr.",
        "Namninsamling mot nedläggningen av badhuset: {SP}, {ST}; {SP}, {RU}; {P}, {ONE}",
        "Valberedningens förslag: ordförande {SP}, kassör {SP}, ledamöter {SG} {SN} och {PRT}.",
        "Påminnelse från biblioteket: {SG}, du har 2 försenade lån. Reserverad bok kan hämtas på filialen vid {ST}.",
        # diaries, social media
        "Dagbok 12 mars. Träffade {SG} på tåget igen. {GS} mamma har flyttat till {RU}, sa hen.",
        "Rekommendation: {SP} var min chef i tre år och är den bästa ledare jag haft. /{SP}",
        # code and config
        '[[tool.poetry.authors]]\nname = "{SP}"\nemail = "{MAIL}"',
        "# Ansvarig: {SP} ({MAIL})\n[kontor]\nadress = {AD}\ntelefon = {TEL}",
        # invoices to a box, applications, church records
        "Faktura från elfirman till {SP}, {BOX}. Er referens: {SG} {SN}. Installation utförd på {RU}.",
        "Ansökan om ekonomiskt bistånd: sökande {LN}, medsökande {LN}, bostad {AD}. Handläggare: {TS}.",
        "Dopbevis: {LN}, född 2025-11-02. Föräldrar: {SP} och {LN}. Förrättare: {TS}. Faddrar: {CAP}, {INI}.",
    ],
    "sv-chat": [
        "kan nån hämta nyckeln hos {sg} på {ad} innan 5? jag hinner inte",
        "{AT} har du fått offerten från {sg}? han skulle mejla igår",
        "bordet e bokat på {sg}s namn kl 7, vi ses där",
        "glömde min jacka hos {sp} igår 🙈 någon som bor nära {ad}?",
        "mamma flyttar till {ad} nästa vecka, {sg} och {sg} hjälper till",
        "grattis {sg}!!! 🎉🎉 ses hos {sg} ikväll",
        "{sg} vann loppet igen lol, {sg} kom tvåa",
        "har {w} svarat om bröllopet? bordsplaceringen måste va klar imorgon",
        "taxin hämtar {sg} vid {ad} kvart i sex",
        "någon som vet vem som parkerat på {ad}? lapp från {sg} på rutan",
        "{sg} o {sg} ska flytta till {ad} snart",
        "tack {sg} för middagen, hälsa {sg}",
        "rörmokaren heter {sg} typ, kommer till {ad} på fredag",
        "{AT} {AT} möte flyttat till imorgon, kolla med {sg}",
    ],
    "en": [
        # bookings
        "Your reservation is confirmed: table for two, Friday 8 pm, under the name {P}. The restaurant is at {EU}.",
        "Hotel registration card — Guest: {RV} | Home address: {ONE} | Passport no. P4481920 | Signature: {INI}",
        "Booking ref K7QX2: {TE} and {P}, 2 nights, double room. Billing address {EU}.",
        "Salon booking: cut & blow-dry with {F} on Tuesday 11:30 for {P}. Reply STOP to cancel.",
        # work orders
        "WORK ORDER 5521 — Customer: {P} — Site: {EU} — Fault: boiler pressure drops overnight — Engineer: {F} {L}",
        "Removal quote for {P}: from {EU} to {ONE}. 3-bed house, packing included. Surveyor: {F}.",
        # neighbour posts
        "Posted in the neighbourhood group: Has anyone seen a black cat near {EU}? Answers to Sooty. Message {F} or call {TEL}.",
        "Notice to residents: scaffolding will go up at {ONE} on Monday. Contact the site manager, {P}, on {TEL}.",
        # change of address
        "Change of address: {P} has moved from {EU} to {EU}. Please update your records.",
        "Royal Mail redirection for {P} and {F} {L}: from {ONE} to {ANY}, 6 months.",
        # cards, seating plans
        "Happy birthday {F}! Hope the new flat on {ONE} is treating you well. Love, {F} and {F} xx",
        "Christmas card list: {P}, {EU}; {GE} parents, {ONE}; the {L} family, {EU}",
        "Seating plan, table 5: {P}, {W}, {P}, {TE}, {P}, {GE} plus-one.",
        "With deepest sympathy to {P} and family from all of us at {ONE}.",
        # race results, match reports
        "Parkrun results: 1st {P} 16:42, 2nd {P} 17:05, 3rd {INI} 17:11 (first female finisher {P}).",
        "Referee's report: player no. 9, {P}, dismissed in the 78th minute for violent conduct. Referee {TE}; 4th official {P}.",
        # screenplay, subtitles
        "INT. HOSPITAL CORRIDOR – DAY\n{F} runs in, breathless.\n{F}: Where is she?\n{F} (V.O.): Room twelve. Ask for {TE}.",
        "112\n00:08:44,900 --> 00:08:47,300\nI told {F} we'd meet at {L}'s place.",
        # interviews, podcasts
        'Interview transcript, participant 07 ({F}): "My landlord, {P}, never fixed the damp at {EU}."',
        "Episode 41 show notes: {P} talks to {P} about leaving {EU}. Edited by {F} {L}.",
        # debt, fines, social services
        "NOTICE OF ENFORCEMENT — Debtor: {CAP}, {EU}. Enforcement agent: {TE}. Amount due: £1,284.50",
        "Penalty Charge Notice: vehicle registered to {P}, {EU}. Appeals to {BOX}.",
        "Safeguarding referral: child {F} {L}, lives with mother {P} at {EU}; father {P}, address unknown.",
        # visitor logs, keys, lost property
        "Visitor log: 09:02 {P} to see {TE}; 09:40 {P} (delivery); 10:15 {INI}, signed out 11:02",
        "Key receipt: I, {P}, acknowledge receiving 2 keys and 1 fob for {EU}. Issued by {F} {L}.",
        "Lost property: a blue rucksack with a library card belonging to {P}. Ask for {F} at reception.",
        # school
        "Year 9 exam seating, Hall A: desk 1 {RV}, desk 2 {RV}, desk 3 {RV}, desk 4 {P}.",
        "Report card — Pupil: {P}. Form tutor: {TE}. Parent/guardian: {P}, {EU}.",
        # loan applications, petitions
        "Mortgage application: Applicant 1 {P}, Applicant 2 {LN}. Current address {EU}, 3 years 4 months.",
        "Petition to save the library — signed: {P} ({EU}), {P} ({ONE}), {MAIL}",
        "Nominations for the committee: chair {P}, secretary {PRT}, treasurer {F} {L}.",
        # diaries, social media, recommendations
        "Dear diary, {F} came round again tonight. {GE} mother still lives at {EU}, apparently.",
        'LinkedIn recommendation: "I managed {P} for four years at the bakery; she is meticulous." — {P}',
        "Lovely morning walk with {F} and {F} 🌞 #sundays (tagging {AT} {AT})",
        # code and config
        '{"name": "ledger-cli", "version": "2.3.1", "author": "{NM}", "contributors": ["{NM}"]}',
        "# CODEOWNERS\n/src/billing/ {AT}\n/docs/ {AT} {AT}\n# Maintainer: {NM}",
        "/**\n * Parses invoice rows.\n * @author {P}\n * @author {NM}\n */",
        'LABEL maintainer="{NM}"\nLABEL org.opencontainers.image.authors="{P}"',
        "# .mailmap\n{NM} {NM}",
        "<tr><td>{P}</td><td>{EU}</td><td>{TEL}</td></tr>",
        "GET /api/v2/signup?name={f}&street={EU}&phone={TEL} HTTP/1.1",
        # returns, wedding orders of service, start lists
        "Returns for {P} go to {BOX}. Questions to {INI} at {MAIL}.",
        "Order of service: bride {LN}, groom {LN}; officiant {TE}; best man {CAP}; reading by {RV}.",
        "Marathon start list: bib 204 {CAP}, bib 205 {RV}, bib 206 {INI}, bib 207 {LN}.",
        'mutation { updateContact(id: 88, name: "{P}", address: "{ONE}") { id } }',
    ],
    "en-chat": [
        "can someone grab the keys from {f} at {EU}? i'm stuck at work",
        "table booked under {f}'s name, 7:30, dont be late",
        "omg {f} won the 10k again, {f} came second lol",
        "{AT} did the plumber ({f}?) turn up at {ONE}",
        "lost my wallet at {f}'s party, if anyone finds it its got {f}s card in it",
        "{f} n {f} are moving to {EU} next month!!",
        "who's doing the seating plan?? {w} said {f} cant sit next to {f}",
        "{AT} thx for the cake, tell {f} it was amazing",
        "taxi picks {f} up at {ONE} at 6, then me",
        "happy bday {f}!!! 🎂 drinks at {f}'s tonight",
    ],
    "mixed": [
        "Booking confirmed / Bokning bekräftad: {P}, 2 vuxna, check-in 15:00. Adress: {EU}.",
        "Arbetsorder / Work order 7730: customer {SP}, site {AD}, technician {F} {L}.",
        "Moving from {AD} to {EU} next week – flyttfirman har bokats av {SP}.",
        "Julkort till {P} ({EU}) och {SP} ({AD}) – glöm inte frimärken!",
        "Seating plan bröllopet: bord 1 {SP}, {P}, {W}; bord 2 {GS} föräldrar, {TE}",
        "Resultat / Results 5 km: 1. {SP} 18:02, 2. {P} 18:40, 3. {RV} 19:11",
        "INT. LÄGENHET – NIGHT\n{SG}: Did you call {F}?\n{F}: Ja, hon kommer från {RU} i morgon.",
        'Intervju med {SP} (in English): "We left {EU} and moved to {AD} in 2019."',
        "Kronofogden / Swedish Enforcement Authority: gäldenär {SP}, {PNR}, {ONE}.",
        "Visitor / Besökare: {P}, host {SP}, badge 114, signed in 08:47.",
        "Nyckelkvittens / key receipt: {P}, {ST}, 2 keys. Utlämnad av {SG}.",
        "Låneansökan / loan application: {P} och {SP}, current address {EU}, tidigare {AD}.",
        "Namninsamling / petition: {SP} ({ST}), {P} ({EU}), {SG} {SN} ({RU}).",
        "Reminder från biblioteket: {F} {L}, your loan is overdue. Hämta reservationen på {ST}.",
        '[project]\nname = "skattekoll"\nauthors = [{ name = "{SP}", email = "{MAIL}" }, { name = "{P}" }]',
        "git log --format: {NM} — fix: adressfält för {AD}",
        "Dagbok / diary: met {F} at the station, {GS} syster bor nu på {RU}.",
        "Taxi booked för {SP}: pickup {ST}, drop-off {EU}. Driver {F}.",
        "Tack för kortet {SG}! Thanks also to {P} and {GE} kids. Kram från {CO}",
        "Domarrapport / referee report: utvisning nr 4 {SP}; referee {TE}",
        "Avsändare / sender: {SP}, {BOX}. Recipient: {LN}, {EU}.",
        "Startlista / start list: {CAP} (IFK), {RV} (Hälsinge SK), {LN} (London Tri Club)",
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "sv": [
        "Bokningen är bekräftad: bord för sex personer i Vinterträdgården, lördag kl 19.",
        "Arbetsordern gäller byte av termostat i tvättstugan. Materialet beställs från Beijer Bygg.",
        "Anslag: Tvättstugan är stängd på måndag på grund av service av torktumlaren.",
        "Vasaloppet startar i Sälen och går till Mora, nio mil genom Dalarna.",
        "Julkortet från Skatteverket handlade om den nya e-tjänsten för deklarationen.",
        "Rubrik: Årsmöte 2026. Dagordning, Verksamhetsberättelse, Budget, Övriga frågor.",
        "Biblioteket har fått nya exemplar av Pippi Långstrump och Mumintrollen.",
        "Kronofogden påminner om att betala skulder i tid för att undvika avgifter.",
        "Skolans matsal serverar Pytt i panna och Kalops på onsdagar.",
        "Den nya Volvo EX30 och IKEA Malm-byrån toppar listan över vårens mest sökta produkter.",
        "Sten och grus levereras till tomten i maj; brorsan kör släpet.",
        "Mötet i Stora Konferensrummet flyttas till Lilla Hörsalen efter lunch.",
    ],
    "en": [
        "Your table is confirmed for Friday at 8 pm in the Garden Room.",
        "Work order closed: the boiler was serviced and the pressure valve replaced.",
        "Notice: the lift will be out of service on Monday for maintenance.",
        "The London Marathon route passes Tower Bridge and finishes on The Mall.",
        "Heading: Annual General Meeting — Minutes, Treasurer's Report, Any Other Business.",
        "We hope you will join us. Grant applications close on Friday; Will Power Fitness sponsors the prize.",
        "Bill payment reminder: your Thames Water bill is due on the 14th of May.",
        "Rose Garden tickets and Summer Fair wristbands are sold at the Visitor Centre.",
        "Frank feedback is welcome: the new Kindle and the Galaxy Tab both shipped late.",
        "The Court of Appeal dismissed the case; Barclays and Lloyds declined to comment.",
        "Lake District walks: Helvellyn, Catbells and Scafell Pike are busiest in August.",
        "Chapter 3: Hope, Faith and the Long Road to Recovery (Penguin Classics).",
    ],
    "mixed": [
        "Bokning / Booking: Conference Room B, Tuesday 10–12. Fika ingår.",
        "Arbetsorder / Work order: byte av filter i ventilationen, no access needed.",
        "Resultat / Results: Team Norrland won the relay ahead of Team Skåne.",
        "Notice / Meddelande: Tvättstugan is closed on Sunday.",
        "Agenda: Välkomnande, Budget 2027, Any Other Business, Avslutning.",
        "Spotify Wrapped och Apple Music Replay: årets mest spelade låtar.",
        "Summer Sale på Clas Ohlson och Jula – grills, parasoller och Will-Power-blenders.",
        "SJ Snabbtåg till Göteborg Central är försenat; Västtrafik ersätter med buss.",
    ],
}
