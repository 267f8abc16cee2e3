# ruff: noqa: E501
"""Templates of held-out HX (issue 15): allotment gardens and community gardening associations.

Koloniträdgårdar and odlingslotter in Swedish, allotment societies and community gardens in
English, and both in one text as Swedes write at work: plot applications and queue letters, plot
offers, transfers of cottages and valuation protocols, garden rounds and inspections, work-day and
watering rotas, board minutes and AGM notices, water, rent and fee invoices and reminders, neighbour
complaints, seed swaps, manure and seed orders, key receipts, member lists, and the association's
chat. Written from the writer's own knowledge of the genre.

Slots (filled by `generate_hx.py`): a person's name in a form, `#k` the same person again, `:f`/`:m`
a woman or a man; P full name, p lower case, U capitals, F with middle names, Q `Given M. Surname`,
G/g given name, N/n a short form where the name has one, S/s surname, SU surname in capitals, GU
given name in capitals, I initial and surname, Gi given name and initial, R `Surname, Given`, RU
`SURNAME, Given`, E the person's e-mail; a trailing `s` a Swedish genitive, `'` an English one.
Values: A/AL/AR/ARL/AC Swedish addresses (one line, over lines, rural, rural over lines, capitals),
ST a street and number, STN a street's name alone, STL with a flat number, a lower case, BOX, AU/
AUL/au the UK, AUS/AUSL the US, AX/AXL elsewhere in Europe; PH Swedish phones, PHF firms' and
switchboards', PHUK, PHUS, PHX abroad; PNR a personnummer, PNRO one past a hundred (`+`); OMAIL/
OMAILEN an association's e-mail. Everything else fills no value (dates, amounts, plot numbers,
bankgiro, OCR, org.nr, Swish numbers of firms, property designations, pets, usernames ...).
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

# Names of associations, areas and places: no person, no address (some are named after places
# that carry a given name: `Karlslund`, `Annedal`, `Marielund`).
ASSOC_SV = (
    "Koloniträdgårdsföreningen Solrosen", "Äppelgårdens koloniförening", "Odlingslottsföreningen Gröna Tummen",
    "Kvarnbackens koloniträdgårdsförening", "Karlslunds odlingslottsförening", "Annedals koloniträdgårdsförening",
    "Marielunds koloniförening", "Odlarföreningen Humlan", "Sjöuddens kolonistugeförening", "Ängsmarkens odlare",
    "Nyckelpigans odlingslotter", "Koloniträdgårdsföreningen Bikupan", "Rönnebackens kolonier",
    "Fruktlundens koloniförening", "Stadsodlarna Södra", "Lindängens koloniträdgårdsförening",
    "Fredrikslunds kolonilotter", "Odlingsföreningen Vitlöken",
)  # fmt: skip
ASSOC_UK = (
    "Northfield Allotment Society", "Greenhill Allotments Association", "Three Oaks Allotment Society",
    "Willowbank Allotment Association", "Riverside Allotment Society", "Hillside Gardeners' Association",
    "Castle Fields Allotments", "Brookside Allotment Society", "Cherry Tree Allotment Association",
)  # fmt: skip
ASSOC_US = (
    "Eastside Community Garden", "Sunnyside Community Garden", "Riverbend Community Garden",
    "Maple Hill Garden Collective", "Southside Growers", "Cedar Park Community Garden", "Green Acre Garden Co-op",
)  # fmt: skip
PETS = ("Sixten", "Bamse", "Molly", "Charlie", "Zorro", "Misse", "Nala", "Bella", "Ludde", "Max", "Doris", "Otto", "Tassen", "Biscuit", "Luna", "Milo", "Sigge", "Frasse", "Pepper", "Rufus")  # fmt: skip
USERS = ("odlarglädje", "tomatnörden", "lott47", "gardenista_87", "kolonilivet", "annas_odlingar", "kalle.odlar", "plot23grows", "chilifarmen", "mud_and_marigolds")  # fmt: skip
COUNTRIES = ("Skottland", "Kanada", "Irland", "Nya Zeeland", "Wales", "Australien", "Nederländerna", "Tyskland")  # fmt: skip
PROPS = ("Kolonien", "Odlaren", "Trädgården", "Lunden", "Marielund", "Karlslund", "Fruktlunden", "Ängen")  # fmt: skip

SV = (
    # applications and the queue
    "Intresseanmälan odlingslott\nNamn: {P#1}\nPersonnummer: {PNR}\nAdress: {A}\nTelefon: {PH}\nE-post: {E#1}\nÖnskemål: helst en halv lott ({KVM} kvm) nära vattenposten.",
    "Hej {G#1}!\nDu står nu på plats {NUM} i kön till {ASSOC}. Kön uppdateras varje år i {MONTH}; bekräfta senast {DATE} att du vill stå kvar genom att svara på detta mejl eller ringa kösamordnaren {P#2} på {PH}.\nVänliga hälsningar\nStyrelsen",
    "BEKRÄFTELSE KÖPLATS\nEFTERNAMN: {SU#1}\nFÖRNAMN: {GU#1}\nPERSONNUMMER: {PNR}\nADRESS: {AC}\nKÖPLATS: {NUM}\nHandläggare: {I#2}",
    "{P#1}\n{AL}\n\nErbjudande om koloniträdgårdslott\n\nHej {G#1},\nDu har kommit först i kön och erbjuds lott {LOT} ({KVM} kvm) med stuga. Visning {DAY} {DATE} kl. {TIME}. Kontaktperson är vice ordförande {P#2}, tel. {PH}.\nSvara senast {DATE} till {OMAIL}.",
    "Webbformulär – ny köanmälan\nFörnamn: {G#1}\nEfternamn: {S#1}\nPersonnummer: {PNR}\nGatuadress: {ST}\nE-post: {E#1}\nMobil: {PH}\nMeddelande: Vill helst ha lott i södra delen, nära {Ss#2} gamla lott om den blir ledig.",
    "Från: {P#1} <{E#1}>\nTill: {OMAIL}\nÄmne: Kö odlingslott\n\nHej! Jag och min sambo {G#2} skulle vilja ställa oss i kö för en odlingslott. Vi bor på {STL} och har ingen egen trädgård.\nHälsningar\n{G#1}\n{PH}",
    "{P#1}\n{ARL}\n\nHej {G#1}!\nTack för din ansökan om odlingslott. Vi har tyvärr inga lediga lotter i år, men du är nu registrerad i vår kö med nummer {NUM}.\nHälsningar\n{P#2}\nKöansvarig",
    "KÖLISTA (topp fem, {DATE})\n1. {RU}, {A}\n2. {RU}, {A}\n3. {RU}, {ST}\n4. {RU}\n5. {RU}",
    "Kommunens odlingslotter – tilldelning {YEAR}\nLott {LOT} tilldelas: {P#1}\nPersonnummer: {PNR}\nFolkbokföringsadress: {A}\nTelefon: {PH}\nLotten ska vara brukad senast {DATE}. Vid frågor kontakta parkförvaltningen, handläggare {P#2}, {PHF}.",
    "Hej {G#1}! Jag har stått i kön sedan {YEAR} och undrar var jag ligger nu. Min adress har ändrats till {A}, och mitt nya nummer är {PH}. Tack på förhand! /{P#2}",
    # transfers, valuations, leaving
    "ÖVERLÅTELSEAVTAL KOLONISTUGA\nLott nr {LOT}, {ASSOC}\nSäljare: {P#1}, {PNR}, {A}\nKöpare: {P#2}, {PNR}, {A}\nKöpeskilling enligt värderingsprotokoll: {AMT}\nBetalning till säljarens konto senast {DATE}. Överlåtelsen gäller först när styrelsen godkänt köparen som medlem.",
    "Värderingsprotokoll lott {LOT}\nVärderingsmän: {P#1} och {I#2}\nInnehavare: {R#3}, {A}\nStugan: {KVM} kvm, bod, växthus (ej godkänt). Värde inkl. växtlighet: {AMT}.\nAnmärkningar: taket behöver läggas om; {G#3} informerades på plats {DATE}.",
    "Uppsägning av lott\nJag, {P#1} ({PNR}), säger härmed upp min odlingslott nr {LOT} från och med {DATE}. Stugan säljs enligt föreningens regler. Min nya adress är:\n{AL}\nTelefon: {PH}\nUnderskrift: {P#1}",
    "Hej,\nJag skriver å dödsboets vägnar efter min mamma {F#1:f}, som hade lott {LOT}. Vi vill överlåta stugan till hennes barnbarn {P#2}, som bor på {A}. Går det bra? Nå mig, {P#3}, på {PH}.",
    "Vi, {P#1} (lott {LOT}) och {P#2} (lott {LOT}), vill byta lotter med varandra från {DATE}. Båda har pratat med trädgårdsgruppen.\nUnderskrifter: {I#1} / {I#2}",
    "Kolonistuga till salu i {ASSOC}! {KVM} kvm stuga med sovloft, växthus, äppelträd och rabarberland. Pris enligt värdering {AMT}. Köparen måste stå i föreningens kö. Visning {DAY} kl {TIME}, ring {G#1} på {PH} eller mejla {E#1}.",
    "Hedersmedlem\nStyrelsen föreslår att {F#1} ({PNRO}), som har haft lott {LOT} sedan sextiotalet, utses till hedersmedlem. {G#1} har passerat hundra år och bor numera på {STL}.",
    "Fullmakt\nJag, {P#1}, {PNR}, ger härmed {P#2}, {PNR}, fullmakt att företräda mig och rösta för lott {LOT} vid årsmötet {DATE}.\n{TOWN} den {DATE}\n{P#1}",
    "Adressändring\nMedlem: {P#1}, lott {LOT}\nPersonnummer: {PNR}\nGammal adress: {A}\nNy adress:\n{AL}\nNytt mobilnummer: {PH}",
    # rounds, inspections, complaints
    "Hej {P#1},\nVid trädgårdsronden {DATE} noterades att lott {LOT} inte sköts enligt ordningsreglerna (ogräs, oklippt gräs mot gången). Vi ber dig åtgärda detta inom tre veckor. Har du frågor, kontakta {P#2} i trädgårdsgruppen på {PH} eller {E#2}.\nMed vänlig hälsning\nStyrelsen, {ASSOC}",
    "Vårrond {DATE} – lotter med anmärkning:\n{LOT} ({S}) – ogräs i gången\n{LOT} ({S}) – skräp bakom boden\n{LOT} ({Gi}) – odlingen ej påbörjad\nRonden gick {P} och {P}.",
    "Till styrelsen\nJag vill framföra klagomål på grannen på lott {LOT}, {P#1}. Häcken mot min lott har inte klippts på två år och skuggar nu hela potatislandet. Dessutom eldar {G#1} trädgårdsavfall trots eldningsförbudet.\nMvh {P#2}, lott {LOT}\n{ST}\n{PH}",
    "Hej {G#1},\nStyrelsen har fått synpunkter om att kompostgallret på din lott står mot gränsen och drar till sig råttor. Enligt ordningsreglerna ska komposten stå minst en meter från grannlotten. Kan du flytta den före {DATE}? Säg till om du behöver hjälp att bära.\nHälsningar {P#2}, ordförande",
    "Hej styrelsen! Hunden {PET} på lott {LOT} springer lös och har grävt upp mina lökar två gånger nu. Ägaren, {P#1:m}, lovar varje gång att han ska hålla den kopplad. Kan ni prata med honom?\n/{P#2}, lott {LOT}\n{AL}",
    "Till {P#1}\n{AL}\n\nAngående lott {LOT}: det har kommit klagomål på rök från din grill sena kvällar. Enligt ordningsreglerna ska grillning ske före kl. 22 och med hänsyn till grannarna.\nStyrelsen genom {I#2}",
    "Hej granne! Dina hallon växer in på min lott igen. Kan vi ses och prata om en rotspärr? Jag heter {G#1} och har lott {LOT}. Mitt nummer: {PH} /{G#1}",
    "Inbrott i redskapsboden natten till {DATE}. Polisanmälan gjord av ordförande {P#1}, diarienummer {REF}. Saknas: motorsåg, två grepar och {Ss#2} trimmer. Har du sett något, kontakta {G#1} på {PH}.",
    "Stormen i natt välte äppelträdet på lott {LOT} över {Ss#1} växthus. Försäkringsbolaget vill ha namn och kontaktuppgifter: {P#1}, {A}, {PH}.",
    "Intyg\n{P#1} ({PNR}), {A}, kan av medicinska skäl inte delta i föreningens arbetsdagar under {YEAR}.\n{TOWN} {DATE}\nleg. läkare {P#2}, vårdcentralen",
    # rotas, work days
    "Arbetsdagar våren {YEAR}\n{DATE}: grusa gångarna – ansvarig {P}, tel {PH}\n{DATE}: rensa dammen – ansvarig {P}\n{DATE}: beskära fruktträden på allmänningen – ansvarig {I}\nSamling vid grinden mot {STN}. Missad arbetsdag debiteras {AMTS}.",
    "Vattenansvar per vecka\nv. {WEEK}: {R}, {ST}\nv. {WEEK}: {R}, {ST}\nv. {WEEK}: {R}\nByt vecka med varandra men meddela {P} ({PH}).",
    "Bokning jordfräs\n{DATE} fm: {Gi}\n{DATE} em: {Gi}\n{DATE} heldag: {I}\nNyckeln finns hos {P}, {ST}.",
    "Städdag {DAY} {DATE} kl. {TIME}! Vi samlas vid föreningshuset. {P#1} har beställt en container som ställs på {STN}, och {P#2} bjuder på kaffe. Den som inte kan komma meddelar {G#1} på {PH} och gör sina timmar en annan dag.",
    "Arbetsplikt {YEAR} – ej utförda timmar\n{R}: {SMALL} h\n{R}: {SMALL} h\n{R}: {SMALL} h\nFaktura skickas ut {DATE}. Frågor till kassör {P}.",
    # board, AGM
    "Protokoll styrelsemöte {DATE}\nNärvarande: {P#1} (ordf.), {P#2} (sekr.), {P#3}, {P#4}\n§ 4 Kön: {NUM} personer i kön. {G#2} skickar ut påminnelse.\n§ 5 Vattnet: läcka vid lott {LOT}, {Ss#3} bror som är rörmokare tittar på den.\n§ 6 Nästa möte {DATE} hos {G#1}, {A}.",
    "Kallelse till årsmöte\nMedlemmarna i {ASSOC} kallas till ordinarie årsmöte {DAY} {DATE} kl. {TIME} i föreningshuset, {A}.\nMotioner skickas till sekreteraren {P#1}, {E#1}, senast {DATE}.\nValberedningen: {P} och {P}",
    "§ 3 Till mötesordförande valdes {P#1} och till sekreterare {P#2}.\n§ 9 Till ordförande omvaldes {P#3} på ett år. Till kassör nyvaldes {F}.\n§ 12 Motionen från {P#4} (lott {LOT}) om en gemensam jordfräs bifölls.",
    "Styrelsen {YEAR}\nOrdförande: {P}, {A}, {PH}\nVice ordförande: {P}\nKassör: {P#3}, {E#3}\nSekreterare: {P#4}, {ST}",
    "Motion till årsmötet\nJag föreslår att föreningen köper in en gemensam vattenpump till allmänningen. Kostnaden beräknas till {AMT}.\n{P#1}, lott {LOT}\n{A}",
    "Till handläggare {P#1}, exploateringskontoret\n{BOX}\nFrån: {P#2}, ordförande i {ASSOC}\nÄrende: förlängning av arrendeavtalet för koloniområdet, dnr {REF}.\nVi önskar ett möte före {DATE}. Nå mig på {PH} eller {E#2}.",
    "{ASSOC}\nc/o {P#1}\n{AL}\n\nÄrende: uppsägning av arrendet för fastigheten {PROP}, dnr {REF}\nHandläggare: {P#2}, tfn {PHF}",
    "Koloniområdet ligger på fastigheten {PROP}, som föreningen arrenderar av kommunen. Föreningens postadress är c/o {P#1}, {A}.",
    "Revisionsberättelse {YEAR}\nUndertecknade, av årsmötet valda revisorer för {ASSOC}, har granskat styrelsens förvaltning och räkenskaperna. Vi tillstyrker ansvarsfrihet.\n{P}          {P}\nRevisorer",
    "Nyhetsbrev {MONTH}\nVälkommen till våra nya medlemmar: {P} (lott {LOT}), {P} (lott {LOT}) och {F} (lott {LOT}).\nTack till {P} som lagade pumpen! Glöm inte höstmötet {DATE}.",
    # money
    "FAKTURA\n{ASSOC}\n{BOX}\nOrg.nr {ORGNR}\n\nTill: {P#1}\n{AL}\n\nAvser: vattenavgift säsong {YEAR}, lott {LOT}\nBelopp: {AMTS}\nBetala till bankgiro {BG} senast {DATE}, ange OCR {OCR}.\nFrågor: kassör {P#2}, {PH}",
    "Påminnelse – obetald arrendeavgift\nHej {G#1}! Enligt vår bokföring har arrendet för lott {LOT} ({AMTS}) ännu inte betalats. Betala snarast till bankgiro {BG} eller Swish {SWISH} och märk betalningen med lottnummer. Har du redan betalat, skicka kvittot till {OMAIL}.\n/{P#2}, kassör",
    "Kvitto\nMottaget från {P#1}: {AMTS} kontant för {NUM} kg sättpotatis.\nKvitteras av {I#2}, {DATE}.",
    "Hej {G#1}! Bifogar fakturan från kommunen. Föreningens förbrukning blev {VOL} m³, mer än förra året. Kan du som kassör fördela kostnaden per lott?\nMvh\n{P#2}\nOrdförande\n{PH}",
    "Avläsning vattenmätare {DATE}\nLott {LOT} – {R}: {VOL} m³\nLott {LOT} – {R}: {VOL} m³\nLott {LOT} – {R}: {VOL} m³\nAvläst av {I}.",
    "Offert\n{Ss#1} Trädgård & Anläggning AB\n{A}\n\nTill {ASSOC}, att. {P#2}\nAvser beskärning av {NUM} fruktträd samt bortforsling av ris.\nPris: {AMT} exkl. moms.\nVid frågor ring {G#1} på {PH}.",
    "Fakturan från Snickeri {S#1} & Son, {A}, gäller det nya taket på föreningshuset ({AMT}). Attesteras av {P#2} och betalas från underhållsfonden.",
    "Gemensam beställning av gödsel\n{P#1}, lott {LOT}: {SMALL} säckar hönsgödsel\n{P#2}, lott {LOT}: {SMALL} säckar kogödsel\n{P#3}, lott {LOT}: en storsäck\nLeverans till parkeringen vid {STN}. Swisha {AMTS} per säck till {G#4} på {PH}.",
    "Fröbeställning (samlad)\n{R}: tre påsar 'Amager' morötter\n{R}: 'Rosa Fenomen' och dill\n{R}: en påse ringblommor\nBetala till {P#4} senast {DATE}.",
    # notices, letters, signatures
    "Fröbytardag i föreningshuset, {A}, {DAY} {DATE} kl. {TIME}! Ta med egna fröer i påsar märkta med sort och år. {P#1} tar med sin samling bönor och {G#2} visar hur man förodlar tomater. Frågor till {P#2}, {PH}.",
    "SMS från {ASSOC}: Vattnet sätts på {DATE}. Kolla dina kranar! Läckor anmäls till {P} {PH}.",
    "Nyckelkvittens\nUndertecknad har tagit emot {SMALL} nycklar till grind och redskapsbod.\nNamn: {P#1}\nPersonnummer: {PNR}\nAdress: {A}\nMobil: {PH}\nDatum: {DATE}   Utlämnad av: {I#2}",
    "Medlemsförteckning (utdrag)\n{R} – {ST} – {PH}\n{R} – {ST} – {PH}\n{R} – {A} – {PH}\n{R#4} – {E#4}",
    "Med vänliga hälsningar\n\n{P}\nKassör, {ASSOC}\n{BOX}\nTel: {PH}\n{OMAIL}",
    "{ASSOC}\n{BOX}\n\n{P#1}\n{AL}\n\nAngående förseningsavgift\nHej {G#1}, eftersom avgiften betalades efter förfallodagen tillkommer {AMTS}. Hör av dig till kassören {P#2} om något är oklart.",
    "Hej! Jag har lott {LOT} men bor numera på landet utanför {TOWN} och kommer sällan in. Kan {P#1} ta över vattningen i sommar? Post kan skickas till {AR}.\nMvh {P#2}",
    "OBS! TILL ALLA MEDLEMMAR: GRINDEN SKA VARA LÅST EFTER KL {TIME}. SYNPUNKTER TILL {U}, TEL {PH}.",
    "Bikuporna vid allmänningen sköts av {P#1} från biodlarföreningen. Blir du stucken eller ser du en svärm, ring {G#1} direkt på {PH}. Honung säljs vid föreningshuset på {STN} {DATE}.",
    "Välkommen till området! Infarten är från {STN}; parkera inte på gatan utan på grusplanen. Din kontaktperson i kvarteret är {P}, som bor på {ST}.",
    "Anmälan studiecirkel 'Odla grönsaker från frö'\nCirkelledare: {P#1}\nDeltagare: {P}, {P}, {Gi}, {P}\nVi träffas {DAY}ar kl {TIME} i föreningshuset på {ST}. Anmälan till {E#1}.",
    "Ansökan om att bygga växthus\nSökande: {P#1}, lott {LOT}\nSökandens adress: {A}\nAvser: växthus {SMALL} kvm enligt skiss.\nGrannar som godkänt: {P} (lott {LOT}) och {P} (lott {LOT}).\nBesked lämnas av byggnadsgruppen, {P#2}, {E#2}.",
    "Tillstånd att köra in med bil för lossning\nGäller: {P#1}, lott {LOT}\nRegnr: {REGNR}\nGiltigt {DATE}–{DATE}. Utfärdat av {I#2}.",
    "{Ps#1} stuga har fått nytt tak och {Gs#2} växthus är äntligen klart. Vi bjuder på kaffe vid {Ss#3} lott på {DAY}!",
    "Sommarfest på allmänningen {DAY} {DATE}! Knytkalas från kl {TIME}; adress för GPS: {A}. {P} spelar dragspel och {P} håller i tipspromenaden. OSA till {P#3} senast {DATE}, {PH}.",
    "Hjälp sökes! Jag har brutit handleden och behöver hjälp att vattna lott {LOT} i tre veckor. Jag bjuder på jordgubbar 🍓 Ring {G#1} på {PH} eller knacka på hos mig på {ST}.",
    "Upphittat vid grinden: en nyckelknippa med en bricka där det står ”{G}”. Den finns hos {P} på lott {LOT}.",
    "Rörmokaren, {P#1} från {Ss#1} VVS ({A}), kommer {DAY} kl. {TIME} och byter huvudventilen. Vattnet är avstängt hela dagen. Frågor till {P#2}, {PHF}.",
    # e-mail and chat
    "Från: {P#1} <{E#1}>\nSkickat: {DATE} {TIME}\nTill: {P#2} <{E#2}>\nÄmne: SV: Vattenläcka lott {LOT}\n\nHej {G#2}, jag har stängt av huvudkranen. Rörmokaren ({P#3}, {PH}) kommer på {DAY}.\n/{N#1}",
    "Från: {P#1} <{E#1}>\nTill: {OMAIL}\nÄmne: Ny adress\n\nHej! Jag har flyttat. Ny adress:\n{AL}\nLott {LOT} behåller jag förstås.\n{P#1}",
    "{g#1}: någon som har en trimmer jag kan låna i helgen?\n{g#2}: ja, den står i boden vid lott {LOT}, koden är den vanliga\n{g#1}: tack!! 🙏\n{g#3}: @{g#1} glöm inte fylla på bensin efteråt 😅",
    "{g#1}: hämtar hästgödsel på lördag, någon som vill ha?\n{g#2}: ja tack! två säckar\n{g#1}: ok, jag tar dem från stallet på {a} och ställer vid grinden\n{g#3}: jag med, ring mig {PH}",
    "[{TIME}] {P#1}: Vattnet är avstängt i norra delen, {Gs#2} slang gick sönder\n[{TIME}] {P#2}: Förlåt!! Köper en ny i dag\n[{TIME}] {P#3}: Jag har en extra, hämta hos mig på {ST}",
    "{G#1}: Vem har tagit skottkärran från boden?? 😡\n{G#2}: Det var jag, förlåt! {G#3} behövde flytta jord\n{G#1}: Ok men ställ tillbaka den\n{G#3}: @{G#1} den står vid lott {LOT} nu",
    "{g#1}: vems är den röda cykeln vid grinden?\n{g#2}: tror det är {gs#3}\n{g#3}: haha ja den är min, sorry\n{g#3}: hämtar den ikväll",
    "{n#1}: finns det plantor kvar från plantbytet?\n{g#2}: ja, tomater och squash hos mig, {a}\n{n#1}: toppen, kommer förbi efter jobbet",
    "{G#1} ({USER}): Någon som vet vem som har lott {LOT}? Tomaterna ruttnar där.\n{G#2}: Det är {P#3:f}, hon ligger på sjukhus. Ring hennes son {G#4:m} på {PH} om ni vill hjälpa.",
    "{g#1}: @{g#2} kan du öppna grinden? jag har glömt koden\n{g#2}: kommer om fem min\n{g#1}: tack {n#2} ❤️",
    "{P#1}: Påminnelse: arbetsdag på lördag kl {TIME}! Ta med handskar.\n{P#2}: Jag kan tyvärr inte, byter med {G#3}\n{P#3}: Stämmer 👍",
    "Utskickslista (post)\n{P}\n{AL}\n\n{P}\n{AL}\n\n{P}\n{ARL}",
    "Leverans av flis\nLeveransadress: {A}\nBeställare: {P#1}, {PH}\nFakturaadress: {ASSOC}, {BOX}",
    "Hej! Vi har flyttat från {ST} till {A}. Lotten behåller vi förstås. Nytt nummer: {PH} /{P}",
    "Rätta adressen i medlemsregistret: {P#1} bor inte längre på {STN} utan på {STL} och har nytt nummer, {PH}.",
    "Föreningshuset hyrs ut för kalas, {AMTS} per dag. Adress: {A}. Bokning hos {P} på {PH}.",
    "{g#1}: var står nya containern?\n{g#2}: vid infarten från {a}\n{g#1}: ah tack",
    "Hej {G#1}! Kan du skicka protokollet till {Ss#2} nya adress? Den är:\n{AL}\nTack / {G#3}",
)

EN = (
    "Dear {Q#1},\nThank you for applying for an allotment with {ASSOCUK}. You are currently number {NUM} on our waiting list. We will write to you at {AU} when a plot becomes available.\nYours sincerely,\n{P#2}\nLettings Secretary",
    "ALLOTMENT TENANCY AGREEMENT\nPlot: {LOT}\nTenant: {P#1}\nAddress:\n{AUL}\nTelephone: {PHUK}\nEmail: {E#1}\nStart date: {DATEEN}\nAnnual rent: {GBP} (water included)\nSigned for the Society: {I#2}, Treasurer",
    "NOTICE OF NON-CULTIVATION\nTo: {P#1}, Plot {LOT}\n{AUL}\nAt the inspection on {DATEEN} your plot was found to be less than 75% cultivated. Please bring it into cultivation within 28 days or contact the Site Secretary, {P#2}, on {PHUK}. Failure to do so may result in termination of your tenancy.",
    "INVOICE {REF}\n{ASSOCUK}\nBill to: {P#1}\n{AU}\nPlot {LOT} rent {YEAR}: {GBP}\nWater charge: {GBP}\nPlease pay by bank transfer or send a cheque to the Treasurer, {P#2}, {AU}.",
    "WORKING PARTIES – SPRING\n{DATEEN}: clear the brambles by the car park – led by {P}\n{DATEEN}: mend the boundary fence – led by {P}\n{DATEEN}: muck spreading – led by {Gi}\nMeet at the gate on {STUK}. Questions to {P} ({PHUK}).",
    "Minutes of the Committee Meeting held on {DATEEN}\nPresent: {P#1} (Chair), {P#2} (Secretary), {P#3} (Treasurer), {P}\n1. Waiting list: {NUM} names. {G#2} to write to the top ten.\n2. Water: a leak by plot {LOT}; {G#3} to call the water company.\n3. AOB: Mrs {S} asked about the bonfire rules.\nNext meeting at {G'#1} house, {AU}.",
    "NOTICE OF ANNUAL GENERAL MEETING\nThe AGM of {ASSOCUK} will be held on {DAYEN} {DATEEN} at {TIMEEN} in the village hall, {AU}. Nominations for committee posts should reach the Secretary, {P#1}, at {E#1} by {DATEEN}.",
    "From: {P#1} <{E#1}>\nTo: {OMAILEN}\nSubject: Plot {LOT} – bindweed\n\nHi,\nSorry to complain again, but the bindweed from {P'#2} plot is coming through the fence again and {G#2} hasn't been down since June. Could someone have a word?\nThanks,\n{G#1}",
    "SEED SWAP! {DAYEN} {DATEEN}, 10am–1pm at the Trading Hut, {AU}. Bring spare seeds in labelled envelopes. {P} will give a talk on saving tomato seed, and {G'} famous runner beans ('Scarlet Emperor') will be up for grabs. More info: {P#3}, {PHUK}.",
    "Community Garden Plot Registration {YEAR}\nName: {P#1}\nAddress: {AUS}\nPhone: {PHUS}\nEmail: {E#1}\nPlot size: 10x20\nVolunteer hours pledged: {SMALL}\nSignature: {P#1}",
    "Hi {G#1},\nCongratulations! Your name was drawn in this year's plot lottery for {ASSOCUS}. You've been assigned plot {LOT} at the garden, {AUS}. Orientation is on {DATEEN} at {TIMEEN}. Please reply to confirm, or call our garden coordinator, {P#2}, at {PHUS}.\nBest,\n{G#2}",
    "{g#1}: anyone got a spare hose connector?\n{g#2}: there's one in my shed, plot {LOT}, help yourself\n{g#1}: legend, cheers {g#2}\n{g#3}: also whoever left the gate open, the deer got in again 🦌",
    "{g#1}: the farm says they'll drop the manure at my place, {au}, if nobody's at the site\n{g#2}: perfect, i'll bring the barrow round after work\n{g#3}: save me a bag!!",
    "{P#1}\n{AUL}\n\nDear {G#1},\nThank you for your rent of {GBP} for plot {LOT}, received on {DATEEN}. Your key deposit will be returned when you give up the plot.\nKind regards,\n{P#2}\nTreasurer",
    "From: {P#1} <{E#1}>\nSent: {DATEEN}\nTo: {P#2} <{E#2}>\nSubject: RE: plot transfer\n\nHi {N#2}, that's fine by me – {P#3} can take over half of plot {LOT} from next month. Could you update the register? The address is {AU} and the mobile {PHUK}.\nCheers, {N#1}",
    "INSPECTION – {DATEEN}\nPlot {LOT} ({S}): good\nPlot {LOT} ({S}): fair – shed roof\nPlot {LOT} ({I}): poor – first letter\nPlot {LOT} ({R}): vacant from {DATEEN}\nInspectors: {P} and {P}",
    "Dear Cllr {S#1},\nOn behalf of {ASSOCUK} I am writing about the proposed rent increase for our site. Many of our plot holders are pensioners and cannot absorb a rise of this size.\nYours faithfully,\n{P#2}\nChair\n{AUL}\n{PHUK}",
    "Dear {Q#1},\nThis is a courtesy notice that plot {LOT} has not been weeded for several weeks. Per the garden rules, please tidy your plot by {DATEEN}. If you need help, our volunteer {P#2} can be reached at {PHUS} or {E#2}.\n{ASSOCUS} Steering Committee",
    "Volunteer hours – {MONTHEN}\n{R}: {SMALL} hrs\n{R}: {SMALL} hrs\n{Gi}: {SMALL} hrs\nSubmitted by {P}",
    "Welcome to our new plot holders: {P} (plot {LOT}), {P} (plot {LOT}) and {F} (plot {LOT}). Many thanks to {P} for fixing the water trough, and to {G'} dog {PET} for guarding the shop.",
    "Trading Hut order\nName: {P#1}\nPlot: {LOT}\n2 x 25kg chicken manure pellets\n1 x Growmore\nDeliver to: {AU}\nTotal {GBP} – paid cash to {G#2}",
    "Site emergency contacts ({AU})\nSite secretary: {P} – {PHUK}\nWater: {P} – {PHUK}\nKey holder: {P} – {PHUK}\nCouncil allotments officer: {P} – {PHUK}",
    "Hey {G#1}! Just a heads up that the tool shed combo changed. Text me at {PHUS} if you didn't get it. – {G#2}",
    "PLOT TRANSFER\nOutgoing tenant: {P#1}, {AU}\nIncoming tenant: {P#2}, {AU}\nRelationship: daughter\nApproved by: {I#3}, Lettings\nDate: {DATEEN}",
    "Reported to the police (crime ref {REF}) by {P#1} on {DATEEN}: two sheds broken into overnight, including {S'#2}, and a strimmer taken from plot {LOT}. If you saw anything, please ring me on {PHUK}.",
    "Best wishes,\n{P}\nSecretary, {ASSOCUK}\n{AUL}\nTel: {PHUK}\n{OMAILEN}",
    "The hives on the communal plot belong to {P#1} of the local beekeepers' association. If you see a swarm, call {G#1} on {PHUK} – do not try to move it yourself.",
    "Fall Potluck! {DAYEN} {DATEEN}, 5pm at the garden ({AUS}). {P} is bringing the grill and {P} the cider. RSVP to {P#3} at {E#3}.",
    "FINAL NOTICE\n{P#1}\n{AUL}\n\nYour tenancy of plot {LOT} will end on {DATEEN}, as the plot remains uncultivated after two warning letters. Please remove your belongings by that date.\n{P#2}, Secretary",
    "Dr {S#1} (plot {LOT}) and Mr {S#2} (plot {LOT}) have asked the committee to settle where the path between their plots runs. {P#3} and {P#4} will measure it on {DAYEN}.",
    "Applicant organisation: {ASSOCUK}\nContact: {P#1}, {AU}, {PHUK}, {E#1}\nAmount requested: {GBP}\nProject: raised beds for wheelchair users and a compost toilet.",
    "Garden coordinator: {P#1}\n{AUSL}\nCell {PHUS}\n{E#1}",
    "New address for {P#1} while on sabbatical:\n{AXL}\nPost for plot {LOT} can go there, or email {E#1}.",
    "WATER ROTA – AUGUST\nWeek 1: {P}\nWeek 2: {P}\nWeek 3: {Gi}\nWeek 4: {P}\nSwap with each other if you need to, and let {G} know.",
    "Best Kept Plot {YEAR}: 1st {P} (plot {LOT}), 2nd {P}, 3rd {I}. Heaviest onion: {P} at 2.1 kg!",
    "Someone (I think it was {G}) lit a bonfire at 6pm on Sunday right next to the washing lines on {STUK}. Please remember bonfires are only allowed before 10am.",
    "Hi, it's {G#1} from plot {LOT} – the gate code isn't working, can you call me back on {PHUK}? Thanks",
    "Please mail your plot fee check ({USD}) to:\n{P#1}, Treasurer\n{AUSL}",
    "Minutes – AGM\nChair: {P}. Treasurer's report by {P}: income {GBP}, spending {GBP}. Elected: {P} (Chair), {P} (Secretary), {F} (Treasurer).",
    "Dear {P#1},\nI'd like to add my neighbour {P#2:f} as a co-worker on plot {LOT}. She lives at {AU} and her number is {PHUK}.\nMany thanks,\n{P#3}",
    "Lost: a pair of secateurs with '{G}' scratched on the handle, near plot {LOT}. Please hand them to {P} on plot {LOT}.",
    "NAME: {U}\nPLOT NO: {LOT}\nEMERGENCY CONTACT: {U} ({PHUK})",
    "Please send post for the Society c/o {P#1}, {AU}.",
    "Allotments Officer: {P}, Parks Department, {AU}, tel. {PHUK}",
    "{g#1}: {g'#2} squash plants are taking over my plot lol\n{g#2}: sorry!! i'll cut them back tomorrow\n{g#3}: just eat them 😂",
    "Hi all, {P#1} from plot {LOT} here. My daughter {G#2:f} is selling her homemade chutney at the gate on {STUK} on {DAYEN} – all proceeds to the new water tank. Call or text {PHUK} to reserve a jar.",
    "From: {P#1} <{E#1}>\nTo: {P#2} <{E#2}>\nSubject: Garden work day\n\nHi {G#2}, can you put me down for the compost shift? My brother {G#3:m} will come too. Our new place is {AUS}, in case you need it for the roster.\n{N#1}",
    "Member list (extract)\n{R} – {AU} – {PHUK}\n{R} – {AU} – {PHUK}\n{R#3} – {E#3}",
    "Hi {G#1}, it's {G#2} from plot {LOT}. Our European exchange visitor, {P#3:f}, would love to see the site on {DAYEN}. Her home address is {AX} if the Society wants to send a welcome pack.",
    "{P#1} ({PHX}) will be looking after plot {LOT} while the tenant, {P#2}, is abroad until {DATEEN}.",
    "Mailing list for the printed newsletter:\n{P}\n{AUL}\n\n{P}\n{AUL}",
    "Change of address: {P#1} (plot {LOT}) has moved from {AU} to {AU}.",
    "Delivery note\nDeliver to: {ASSOCUK}, {AU}\nContact on site: {P} {PHUK}\nItems: 8 tonnes of woodchip",
    "Garden address for deliveries: {AUS}. Contact {P} ({PHUS}) to open the gate.",
    "{g#1}: where's the plant sale again?\n{g#2}: {au}, front garden, from 10\n{g#1}: ta",
    "Addresses for the AGM post-out (members without email):\n{R} – {AU}\n{R} – {AU}\n{R} – {AUL}",
    "Hi {G#1}, the seed order came to my house by mistake ({AU}). Pop round any evening or ring {PHUK}. {G#2}",
)

MIXED = (
    "Hej {G#1}! Quick question – har du fått water bill från kommunen än? Jag behöver den för budgeten till årsmötet. Thanks! /{G#2}",
    "Från: {P#1} <{E#1}>\nTill: {P#2} <{E#2}>\nÄmne: Fwd: plot inspection\n\nHi {G#2}, se nedan. Kan du ta follow-up med {P#3} på lott {LOT}? Hen svarar inte på mail, men numret är {PH}.\nBest, {G#1}",
    "{g#1}: är det work day på lördag eller söndag?\n{g#2}: lördag kl 10 vid grinden på {a}, {g#3} är ansvarig\n{g#3}: yes! ta med handskar och fika ☕",
    "Meeting notes – styrelsemöte {DATE}\nAttendees: {P#1}, {P#2}, {P#3}\n- Budget {YEAR}: {G#2} presents på årsmötet\n- Kön: {NUM} people waiting\n- Action: {G#3} ringer kommunen re: vattnet\n- Next meeting: hos {G#1}, {A}",
    "Kallelse / Notice: Årsmöte (AGM) {DATE} kl {TIME} i föreningshuset, {A}. English translation available – contact {P#1} ({E#1}).",
    "{ASSOC}, {BOX}\nInvoice / Faktura {REF}\nTill: {P#1}\n{AL}\nWater fee säsong {YEAR}: {AMTS}\nPay to bankgiro {BG}, reference {OCR}.",
    "Hej alla! Seed swap nästa helg 🌱 {P#1} tar med chili seeds från sin resa. Drop-off hos mig på {ST} om ni inte kan komma. /{G#2}",
    "Hi! Jag heter {P#1} och är ny på lott {LOT}. I'm from {COUNTRY} and my Swedish is still basic, så skriv gärna på engelska. I live on {STN}. Mobile: {PH}",
    "Reminder: deadline för motioner till årsmötet är {DATE}. Skicka till sekreterare {P#1}, {E#1} ({PH}). Cheers!",
    "{P#1} (lott {LOT}) har sålt sin stuga till {P#2}. Styrelsen needs to approve the transfer på nästa möte. {G#2} is already i kön, plats {NUM}, och nås på {PH}.",
    "@{G#1} kan du update member list? {P#2} har flyttat till\n{AL}",
    "Complaint re: lott {LOT}\nHi styrelsen, the neighbour's ({P#1}) hedge is way too high igen. I've talked to {G#1} several times. Please advise.\n/{P#2}, {ST}, {PH}",
    "Överlåtelse / Transfer agreement\nSeller: {P#1}, {PNR}, {A}\nBuyer: {P#2}, {PNR}, {A}\nPrice enligt värdering: {AMT}\nSigned in {TOWN} {DATE}",
    "Work day rota 🌻\nv.{WEEK}: {P} & {P}\nv.{WEEK}: {Gi} & {P}\nv.{WEEK}: {P}\nMeeting point: grinden mot {STN}. Can't make it? Byt med någon och säg till {G}.",
    "Hej! We're doing a gemensam beställning av manure från {Ss#1} gård utanför {TOWN}. Price {AMTS} per säck. Swisha {G#2} på {PH} senast {DATE}. Pick-up hos mig, {ST}.",
    "Vänliga hälsningar / Kind regards\n{P}\nChair, {ASSOC}\n{BOX}\nMob: {PH}",
    "Water will be turned on {DATE} 💧 Om ni ser läckor, ring {P} {PH} asap.",
    "Ny medlem: {P#1}, moving from\n{AUL}\ntill Sverige i {MONTH}. Temporary address: c/o {P#2}, {A}.",
    "{P#1} has offered to host the seed swap hemma hos sig, {A}. Parkering på gatan. RSVP till {E#1}.",
    "FYI – kommunens handläggare {P#1:f} ringde, she wants an updated member register inkl. personnummer för alla arrendatorer. Jag skickar ut ett form nästa vecka. /{G#2}",
    "Membership form / Medlemsansökan\nName/Namn: {P#1}\nPersonal ID/Personnummer: {PNR}\nAddress/Adress: {A}\nPhone/Telefon: {PH}\nEmail/E-post: {E#1}",
    "{g#1}: i'm in poland till the 15th, om något händer med lotten ring {PHX}\n{g#2}: ok no worries, jag vattnar",
    "Minutes (draft) – vi beslutade att {P} tar över som kassör after {P}. {P} continues as sekreterare.",
    "Hi {G#1}, tack för värderingen av stugan. The buyer is {P#2:f}, she lives at {ST} och vill ha nycklarna asap. Kan vi ses på {DAY}?",
    "Hej {G#1}! Your plot looks amazing 😍 Får jag lägga upp en bild på Instagram? I'll tag @{USER}.",
    "Rörmokaren, {P#1:m} från {Ss#1} VVS, kommer {DAY} kl {TIME} to fix the main valve. Ring honom på {PH} if you're on site.",
    "Please note: nytt bankgiro {BG} från {DATE}. Ny kassör är {P#1} ({E#1}).",
    "Seed list 🌱\n{G#1}: 'Cherokee Purple', 'Sungold'\n{G#2}: bönor 'Borlotti'\n{G#3}: massor av ringblommor\nMeet at {Gs#1} lott {LOT} kl {TIME}.",
    "Dear {P#1},\nTack för din ansökan. Unfortunately the queue is long (approx. {NUM} people). We'll contact you at {E#1} or {PH} when a lott is available.\nBR, {P#2}, köansvarig",
    "Our American member {P#1} har skickat ett paket with heirloom seeds from {AUS}! Thank you {G#1}!",
    "Lost keys 🔑 hittade vid grinden, the tag says '{G}'. Finns hos {P} på lott {LOT}, ring {PH}.",
    "Board contacts / Styrelsen\nChair: {P} – {A} – {PH}\nKassör: {P#2} – {E#2}\nSecretary: {P} – {PH}\nKöansvarig: {P}",
    "Heads up: grannen på {STN} klagade på noise från vår sommarfest. {P#1} pratar med dem i morgon ({PH}).",
    "Insurance claim: stormen knocked down the greenhouse på lott {LOT}. Holder: {P#1}, {A}, {PNR}. Contact: {PH}.",
    "ok so {g#1} säger att vattnet är off igen?? @{g#2} can you check the pump\n{g#2}: on it",
    "{G#1}: Hej! Does anyone know who has plot {LOT}? Tomaterna är overripe...\n{G#2}: I think it's {P#3}, hen bor på {a}\n{G#1}: tack, I'll drop a note",
    "Out of office: Jag är på semester till {DATE}. For urgent matters regarding the association, contact {P#1} at {PH} or {E#1}.",
    "Transfer approved ✅ {P#1} ({PNR}) → {P#2} ({PNR}), lott {LOT}, effective {DATE}. {G#2}, welcome to the förening!",
    "{Ps#1} hund {PET} has been digging i mina land igen... Can someone talk to {G#1}? /{G#2}",
    "Water meter readings / Mätarställning\nLott {LOT} ({R}): {VOL}\nLott {LOT} ({R}): {VOL}\nRead by {I}, {DATE}",
    "Hi {N#1}! Tack för plantorna 🌱 Jag lämnar tillbaka lådorna at your place, {ST}, on {DAY}. /{G#2}",
    "From: {P#1} <{E#1}>\nSubject: Ansökan odlingslott\n\nHello, I recently moved to {TOWN} from the UK. My address here is {A}, and my old one was {AU}. Jag står gärna i kön!\n{P#1}\n{PH}",
    "Kassörens rapport / Treasurer's report: {AMT} in the bank. Obetalda avgifter: {R} ({AMTS}), {R} ({AMTS}). Reminders sent by {G}.",
    "Hej! This is {G#1} från lott {LOT}. Our Danish friend {P#2} ({PHX}) will water while we're away, hoppas det är ok.",
    "Dödsbo / estate: {F#1}, {PNR}, had lott {LOT}. Contact person för dödsboet: {P#2}, {AL}, {PH}.",
    "{P#1}: Anyone up for a workday på söndag?\n{P#2}: Yes! Kl 10?\n{P#3}: I'll bring the strimmer, {G#1} 👍",
    "Hi {G#1}, kan du skicka {Ss#2} address? Vi behöver posta nycklarna. — Sure: {AL}",
    "The kommun's contract manager {P#1} ({PHF}, {E#1}) wants to meet the board om det nya arrendeavtalet.",
    "Welcome pack for {P#1} ({PNR}), new on lott {LOT}: keys (kvitterade {DATE}), ordningsregler, and the contact list. Din buddy är {P#2}, {PH}.",
    "{g#1}: plant sale tmrw! vi har tomatoes, squash och dahlior\n{g#2}: where exactly?\n{g#1}: outside my place, {a}, from 9",
    "Delivery address för flisleveransen: {A}. Chauffören ringer {P} on {PH} when he's ten minutes away.",
    "Post returned – 'okänd adress'. Does anyone have {Ss#1} new address? The old one was {A}. Ring {P} på {PH} if you know.",
    "Mailing list update 📬\n{P}: {A}\n{P}: {AL}\n{P}: {AU}",
)

# Rows with no value at all, each used once: look-alikes of the genre.
NEGATIVES = (
    (
        "sv",
        "Vattnet sätts på i mitten av april och stängs av i oktober. Töm slangarna innan frosten kommer!",
    ),
    (
        "sv",
        "Faktura {REF} avser arrende för lott {LOT}, {AMTS}. Betala till bankgiro {BG} med OCR {OCR} senast {DATE}.",
    ),
    ("sv", "Föreningens org.nr är {ORGNR}. Plusgiro {PG} gäller inte längre; använd bankgirot."),
    (
        "sv",
        "Årsmötet hålls {DAY} {DATE} kl. {TIME} i föreningshuset. Dagordning: val av styrelse, budget, motioner.",
    ),
    (
        "sv",
        "Sätt potatisen när häggen blommar. I år har vi sorterna Charlotte, Annabelle och Bintje i den gemensamma beställningen.",
    ),
    (
        "sv",
        "Rosor, liljor, vallmo och viol trivs i södersluttningen. Linnea växer vild i skogskanten bakom området.",
    ),
    ("sv", "Ek, björk, lind och ask står längs staketet; granen vid grinden fälls i höst."),
    ("sv", "Flitiga Lisa och Jakobsstege säljs vid plantbytet, {AMTS} per kruka."),
    (
        "sv",
        "Sten och grus levereras till parkeringen {DATE}. Det blir {SMALL} ton, så håll infarten fri.",
    ),
    ("sv", "Swish till föreningen: {SWISH}. Märk betalningen med lottnummer, inte namn."),
    ("sv", "Lott {LOT} och lott {LOT} är lediga. De som står i kön kontaktas i turordning."),
    (
        "sv",
        "Klarar sig tomaterna utan vattning? Nej, inte i juli. Vattna tidigt på morgonen eller sent på kvällen.",
    ),
    (
        "sv",
        "Björn har setts i skogen norr om koloniområdet enligt Länsstyrelsen. Släng inte fallfrukt i komposten.",
    ),
    (
        "sv",
        "Stugan på lott {LOT} är {KVM} kvm. Största tillåtna byggyta enligt kommunens regler är 25 kvm inklusive förråd.",
    ),
    (
        "sv",
        "Koloniområdet ligger på fastigheten {PROP} och arrenderas av kommunen till och med {YEAR}.",
    ),
    (
        "sv",
        "Föreningen är medlem i Koloniträdgårdsförbundet. Försäkringen tecknas via förbundet hos Folksam.",
    ),
    ("sv", "Latrinen töms {DAY}ar jämna veckor. Sysav hämtar trädgårdsavfallet {DATE}."),
    (
        "sv",
        "Bo i stugan är inte tillåtet mellan november och mars. Det gäller alla lotter på området.",
    ),
    (
        "sv",
        "Från Karlslund till Annedal: vi besöker tre koloniområden på studieresan {DATE}. Bussen går kl. {TIME} från Centralstationen.",
    ),
    (
        "sv",
        "Skötselplan för allmänningen: klipp gräset varannan vecka, rensa rabatten vid flaggstången och kalka med 10 kg per 100 m².",
    ),
    (
        "sv",
        "Sorkar och mullvadar härjar i norra delen. Kommunen avråder från gift; prova fällor eller vindsnurror.",
    ),
    (
        "sv",
        "Jordfräsen kostar {AMTS} per dag. Bokning i pärmen i föreningshuset, nyckeln i kodlåset.",
    ),
    ("sv", "Ström och vatten ingår inte i arrendet. Elmätaren läses av {DATE}; mätarnummer {REF}."),
    (
        "sv",
        "Maj är bästa tiden att så morötter, dill och sallat direkt på friland. Frostnätter kan komma till midsommar i norr.",
    ),
    (
        "sv",
        "Sankt Pers nycklar och Adam och Eva är fridlysta i länet och får inte grävas upp i naturen.",
    ),
    (
        "sv",
        "Liv och lust i rabatterna! Temat för årets trädgårdsvandring är ätbara blommor, start vid grinden kl. {TIME}.",
    ),
    (
        "sv",
        "Kompostgaller säljs för {AMTS}. Kvittot lämnas till kassören med lottnummer och datum, senast {DATE}.",
    ),
    (
        "en",
        "Plot rent for {YEAR} is {GBP} for a full plot and half that for a half plot. Water is charged separately.",
    ),
    (
        "en",
        "Invoice {REF}: please pay by bank transfer, sort code 20-45-77, account 43918265, using your plot number as the reference.",
    ),
    (
        "en",
        "The AGM will be held on {DAYEN} {DATEEN} at {TIMEEN} in the Trading Hut. Agenda: reports, rent review, elections.",
    ),
    (
        "en",
        "Sweet William, Black-eyed Susan and Creeping Jenny are all on the plant stall this Saturday.",
    ),
    (
        "en",
        "Busy Lizzie and Herb Robert: one is a bedding plant, the other a weed that will take over your paths.",
    ),
    ("en", "Rose, ivy, holly and heather grow along the boundary hedge by the car park."),
    (
        "en",
        "The bill for the skip hire came to {GBP}. Will anyone object if we split it across all plots?",
    ),
    (
        "en",
        "Mark your seed packets with the sowing date. Frank advice from the committee: don't sow too early.",
    ),
    ("en", "Potatoes this year: Charlotte, Maris Piper, Pink Fir Apple and Arran Pilot."),
    (
        "en",
        "Robins, wrens and house martins nest around the site; please keep dogs on leads in spring.",
    ),
    (
        "en",
        "Mason bees have moved into the bee hotel by plot {LOT}. Please don't disturb the tubes until April.",
    ),
    (
        "en",
        "The site is off Victoria Park, behind the bowling green; the gate faces the canal towpath.",
    ),
    (
        "en",
        "Water troughs will be turned off on 31 October and back on in April, frost permitting.",
    ),
    ("en", "A full plot is 10 rods, about 250 square metres; half plots are 5 rods."),
    (
        "en",
        "Order {REF}: 20 bags of chicken manure pellets and 5 bags of blood, fish and bone, {GBP} including delivery.",
    ),
    (
        "en",
        "Community garden hours: dawn to dusk, {DAYEN} to {DAYEN}. The tool shed code changes monthly.",
    ),
    (
        "en",
        "Grace period for unpaid rent ends on {DATEEN}; after that, a non-payment notice goes out.",
    ),
    (
        "en",
        "Plot fees are {USD} for a 10x20 plot, waived for SNAP recipients. Checks payable to the garden's fiscal sponsor.",
    ),
    (
        "mixed",
        "Reminder: water fee {AMTS} ska betalas senast {DATE}, bankgiro {BG}, OCR {OCR}. Thanks!",
    ),
    ("mixed", "Work day på lördag kl. {TIME}: raking, beskärning och fika. Bring gloves!"),
    (
        "mixed",
        "Seed swap 🌱 i föreningshuset {DATE}. Vi har 'Black Krim', 'Sungold' och 'Gardener's Delight' tomatoes.",
    ),
    ("mixed", "Lott {LOT} är available från {DATE}. Next in line i kön gets an offer via mail."),
    ("mixed", "Kommunen says att arrendeavtalet förlängs till {YEAR}. Rent increases by 3%."),
    (
        "mixed",
        "FYI: Sysav pickup av trädgårdsavfall on {DATE}. Lägg inte plast i kompostgallret, please.",
    ),
    (
        "mixed",
        "Budget {YEAR}: income {AMT}, expenses {AMT}. Vi behöver höja medlemsavgiften, sorry!",
    ),
    ("mixed", "Swish-nummer {SWISH} is the association's, inte kassörens privata."),
    (
        "mixed",
        "Rosa och lila vallmo, ivy på staketet och sweet williams vid grinden – so pretty this year!",
    ),
    ("mixed", "Storm warning från SMHI: tie down greenhouses och ta in lösa saker."),
    ("mixed", "Order {REF} från fröfirman har kommit – pick up i föreningshuset {DAY} evening."),
    ("mixed", "Meeting moved till {DAY} {DATE} kl {TIME}, same place. Agenda: vatten, kö, staket."),
    ("mixed", "Org.nr {ORGNR}, bankgiro {BG} – please use these on all invoices till föreningen."),
    ("mixed", "Frost tonight! Täck era tomater och dahlior, minus 3 enligt prognosen."),
    (
        "mixed",
        "Plot size: {KVM} kvm, stuga max 25 kvm. Fence height max 1,2 m enligt ordningsreglerna.",
    ),
    ("mixed", "Björk pollen is insane this week 🤧 Klarar ni er utan antihistamin?"),
    (
        "mixed",
        "Ek och lind are the two big trees by the gate – the arborist kommer {DATE} för inspection.",
    ),
)
