# ruff: noqa: E501
"""Templates of held-out DI (issue 15): weddings, funerals and family celebrations.

Wedding guest lists, seating plans, invitations and RSVPs, banns and the tax office's marriage
examination; caterers', venues', photographers', florists' and bakers' bookings; funeral
directors' arrangements, death notices, memorial notices, estate inventories, graves and memorial
funds; christenings, confirmations, naming ceremonies, bar and bat mitzvahs; birthday parties and
anniversaries planned in group chats; thank-you cards and gift lists. Swedish, English, and mixed
(Swedish and English in one text, as Swedes write at work). Written by DI's writer from general
knowledge. Slots: `{P}` and the other person forms of `generate_di.person_segments`, `#n` the
same person again, `~k` a relative who shares person k's surname, `:f`/`:m` a woman or a man;
the rest are values (`{A}`, `{PH}`, `{PNR}` ...) or filler that is no value (`{DATE}`, `{AMT}`,
`{KYRKA}` ...). NEGATIVES hold no value at all; each is used once.
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

# Places and firms named after no person: none of them is a value.
KYRKOR = ("Storkyrkan", "Uppsala domkyrka", "Lunds domkyrka", "Västerås domkyrka", "Bromma kyrka", "Danderyds kyrka", "Haga kyrka", "Masthuggskyrkan", "Torslanda kyrka", "Rättviks kyrka", "Mora kyrka", "Tuna kyrka", "Järfälla kyrka", "Skogskyrkogårdens kapell", "Uppståndelsekapellet", "Heliga Korsets kapell", "Lidingö kyrka", "Nacka kyrka")  # fmt: skip
CEMETERIES = ("Skogskyrkogården", "Norra begravningsplatsen", "Östra kyrkogården", "Västra kyrkogården", "Kvibergs kyrkogård", "Gamla kyrkogården", "Bromma kyrkogård", "Råcksta begravningsplats", "Lidingö kyrkogård")  # fmt: skip
LOKALER = ("Bygdegården", "Folkets hus", "Hembygdsgården", "Sjöpaviljongen", "Stadshotellet", "församlingshemmet", "Logen", "Orangeriet", "Magasinet", "Båthuset", "Kvarnen", "Sjökrogen", "Societetshuset", "Skeppet", "Gamla mejeriet")  # fmt: skip
PLATSER = ("Centralstationen", "resecentrum", "torget", "kyrkan", "parkeringen vid kyrkan", "busshållplatsen vid skolan", "hotellet")  # fmt: skip
SJUKHUS = ("Akademiska sjukhuset", "Sahlgrenska", "Södersjukhuset", "Danderyds sjukhus", "Norrlands universitetssjukhus", "länssjukhuset", "äldreboendet Solgläntan", "hospicet")  # fmt: skip
BYRAER = ("Fonus", "Begravningsbyrån Minnesgården", "Ljusets begravningsbyrå", "Familjens begravningsbyrå", "Begravningsbyrån Eken", "Stilla begravningar", "Begravningsbyrån i Stan")  # fmt: skip
CATERERS = ("Smaklöftet Catering", "Gröna Köket", "Festkök Norr", "Matbyrån", "Svensk Festmat AB", "Köket vid Ån")  # fmt: skip
FLORISTS = ("Blomsterboden", "Interflora", "Blomsterhörnan", "Rosenkällan", "Florera", "Blomstermagasinet")  # fmt: skip
CHURCHES = ("Holy Trinity Church", "All Saints Church", "Christ Church", "Emmanuel Church", "the parish church", "First Presbyterian Church", "Grace Church", "the Methodist chapel")  # fmt: skip
VENUES = ("The Old Barn", "Riverside Pavilion", "The Orangery", "the Harbour Hotel", "The Grange", "Millbrook Hall", "The Boathouse", "the Red Lion", "the cricket club")  # fmt: skip
CREMATORIA = ("the crematorium", "Westfield Crematorium", "Park Lawn Crematorium", "the county crematorium")  # fmt: skip
CEMETERIES_EN = ("Highgate Cemetery", "Oakwood Cemetery", "the churchyard", "Lakeview Cemetery", "Hillside Memorial Park")  # fmt: skip
FUNERAL_HOMES = ("Riverside Funeral Home", "Co-op Funeralcare", "Heritage Funeral Directors", "Dignity Funerals", "Valley Funeral Services")  # fmt: skip
CATERERS_EN = ("Feast & Co", "The Catering Company", "Green Table Catering", "Silver Spoon Events", "Harvest Kitchen")  # fmt: skip
HOSPITALS = ("St Thomas' Hospital", "the Royal Infirmary", "the General Hospital", "the hospice", "Mercy Hospital", "the county hospital")  # fmt: skip

SV = (
    # Weddings: invitations, guest lists, seating plans, RSVPs, banns, the tax office's examination.
    "Välkomna på bröllop!\n{G#1:f} & {G#2:m} gifter sig {DAY} {DATE} kl. {TIME} i {KYRKA}. Middag och fest efteråt på {LOKAL}, {A}. OSA senast {DATE} på {PH}.",
    "Gästlista bröllop, sida 3\n14. {R}, {A}\n15. {R} med respektive, {AR}\n16. {R}, {AX}",
    "Bordsplacering bord 7: {P}, {P}, {I} och {Gi}. Brudparet sitter vid långbordet.",
    "Hej {G#1}! Vi kommer gärna båda två på lördag 😊 Ingen fisk till mig bara. Kram {G#2} (och {G:m})",
    "Ansökan om hindersprövning\nPerson 1: {P#1:f}, personnummer {PNR}\nAdress: {A}\nPerson 2: {P#2:m}, personnummer {PNR}\nAdress: {A}\nPlanerad vigsel: {DATE}. Telefon dagtid: {PH}",
    "Lysning\nTill äktenskap lyses för {P:m}, {TOWN}, och {P:f}, {TOWN}. Vigseln äger rum i {KYRKA} {DAY} {DATE} kl. {TIME}.",
    "Bokning av borgerlig vigsel\nParet: {P#1} ({PNR}) och {P#2} ({PNR})\nPlats: stadshuset, {DATE} kl. {TIME}\nKontakt: {E#1}, {PH}",
    "Hej alla! Nu är det bestämt, vi gifter oss i sommar 💍 Inbjudan kommer med posten, så skicka er adress till mig om ni flyttat. /{N}, {PH}",
    "Adresser till inbjudningarna (uppdaterat {DATE}):\n{P}, {A}\n{P}, {AL}\n{R}, {BOX}",
    "OSA bröllop {S#1}/{S#2}\nNamn: {P}\nAntal: {NUM}\nSpecialkost: vegetarisk\nTelefon: {PH}",
    "Bord 5 (Ljung): {Gs#1} kusin {P}, brudgummens kollega {I} och {N}.",
    "Från: {P#1} <{E#1}>\nTill: {G#2}\nÄmne: Tal på bröllopet\n\nHej {G#2}!\nHittills har brudens bror och kollegan {I} anmält tal. Skicka gärna din lista senast {DATE}.\n/{G#1}",
    "Rumsblock bröllop {DATE}\nRum 201: {P}\nRum 202: {R}\nBokat av {P}, {PH}",
    "Hej! Jag är toastmadame på bröllopet. Vill du hålla tal? Hör av dig till mig på {PH} senast {DATE}. Hälsningar {P:f}",
    "{Ss#1} Festvåning bekräftar: bröllopsmiddag {DATE}, {NUM} gäster. Beställare {P#2}, {A}. Kontakt: {PH}, {EF}.",
    "Vi vill tacka för all uppvaktning på vår bröllopsdag, och särskilt {P} för talet!\n{G:f} och {P:m}",
    "Nya adresser efter bröllopet: {G#1:f} och {P#2~1:m} bor numera på {A}. Nya mobilen: {PH}.",
    "Protokoll planeringsmöte, bröllopet {DATE}\nNärvarande: {P#1}, {P#2}\n§1 Lokal: {LOKAL}, {A}, bokad.\n§2 Musik: {P}, tel {PH}.\n§3 Nästa möte hos {G#2} på {ST}.",
    "Vigselintyg beställt för {P#1} och {P#2}. Skickas till {AL}.",
    # Caterers, venues, photographers, florists, cakes, music, transport.
    "Bokningsbekräftelse {ORDER}\nKund: {P#1}, {A}\nEvenemang: bröllop {DATE}, {NUM} gäster\nPris: {AMT} inkl. moms\nKontakt hos {CAT}: {PH}, {EF}",
    "Hej {G#1}!\nTack för din bokning av bröllopsfotografering {DATE}. Vi ses kl. {TIME} vid {KYRKA} för porträtten. Är festen på {ST}?\nHälsningar\n{P#2}, fotograf\n{PH}",
    "Hyresavtal {LOKAL}\nHyresgäst: {P#1}, {PNR}\nFakturaadress:\n{AL}\nNyckel hämtas hos vaktmästaren, tel {PH}.\nHyra {AMT}, deposition {AMT}.",
    "Tårtbeställning\nNamn: {P#1}\nTel: {PH}\nHämtas: {DATE} kl. {TIME}\nText: {G} & {G}",
    "Hej! DJ {G#1} här. Bekräftar spelning på bröllopet {DATE}, {TIME}–01.00 på {A}. Arvode {AMT}.",
    "Bussen till festen går kl. {TIME} från {PLATS}. Chaufför: {P}, tel {PH}. Hemresa ca 01.30 till {STN}.",
    "Beställning – brudbukett\nBeställare: {P#1}\nLeverans: {DATE} till {A}\nFaktura till {E#1}",
    "Offert från {P#1} Musik & Ljud\nTill: {P#2}, {AL}\nLevande musik under middagen: {AMT}\nKontakt: {PH}",
    "Hej {N}, vill bara kolla att fotografen har rätt adress till festen: {A}. Ring mig på {PH} om det är något!",
    "Cateringen levererar till {STL} kl. {TIME}. Portkod {NUM}. Den som tar emot: {P}, {PH}.",
    "Faktura {INV} från Foto {P#1}, org.nr {ORG}\nTill: {P#2}, {AL}\nBröllopsfotografering {DATE}: {AMT}",
    # Funerals: arrangements, notices, estates, graves, memorial funds.
    "Uppdragsbekräftelse, {BYRA}\nAvliden: {F#1}, {PNRO}\nSenaste adress:\n{AL}\nUppdragsgivare: {P#2:f} (dotter), tel {PH}\nCeremoni {DATE} kl. {TIME} i {KYRKA}. Officiant: kyrkoherde {S}.",
    "Min älskade make\nVår käre pappa och morfar\n{F#1:m}\n* {DATE}\n✝ {DATE}\nSörjd och saknad av\n{G:f}\nBarn med familjer\nBegravningen äger rum i {KYRKA} {DAY} {DATE} kl. {TIME}. OSA till {BYRA}, tel. {PH}.",
    "Vår älskade mamma, mormor och farmor\n{F#1:f}\nhar idag lämnat oss i stor sorg och saknad.\n{TOWN} {DATE}\n{G} och {G}\nBarnbarnen\nAkten hålls i {KYRKA}.",
    "Samtal {DATE} kl. {TIME}: {P#1} ringde från {PH} om sin mor {F#2:f}, avliden på {SJH}. Önskar jordbegravning på {CEM}. Modern bodde på {A}. Personnummer {PNRO}.",
    "Ett varmt tack till alla som hedrade minnet av vår kära {G#1} med blommor, gåvor och närvaro vid begravningen.\n{P} med familj",
    "Kallelse till bouppteckningsförrättning\nDödsboet efter {P#1}, {PNRO}, avliden {DATE}.\nFörrättningen hålls {DATE} kl. {TIME} hos {BYRA}, {BOX}.\nDödsbodelägare: {P}, {PNR},\n{AL}",
    "Dödsboet efter {P#1}\nc/o {P#2}\n{AL}",
    "Faktura {INV}\nKund: dödsboet efter {P#1}, c/o {P#2}, {A}\nKista, transport och ceremoni: {AMT}\nBetalas till bankgiro {BG} senast {DATE}. OCR {OCR}.",
    "Beställning, begravningsdekoration\nTill begravningen av {P#1}, {KYRKA}, {DATE} kl. {TIME}\nText på bandet: ”Tack för allt, farmor”\nBeställare: {P#2}, {PH}",
    "Order – gravsten\nKund: {P#1}, {A}, {PH}\nInskription: {U#2} {YEAR}–{YEARD}\nGravplats: {CEM}, kvarter {BLOCK}, nr {NUM}",
    "Till gravrättsinnehavaren\n{P#1}\n{AL}\n\nGravplatsen {BLOCK} {NUM} på {CEM} saknar aktuell kontaktuppgift. Meddela oss senast {DATE} på {PH}.",
    "Urnsättning för {P#1} sker {DATE} kl. {TIME} i minneslunden på {CEM}. Kontaktperson: {P#2}, {PH}.",
    "Gåva till minnesfond\nTill minne av: {P#1}\nGivare: {P}\nHälsning: Vila i frid, {G#1}.\nGåvobevis skickas till: {AL}",
    "Anmälan till minnesstund\nEfternamn: {SU#1}\nFörnamn: {GU#1}\nAntal personer: {NUM}\nTelefon: {PH}\nE-post: {E#1}",
    "Hej, det är {P#1} som beställt maten till minnesstunden på {DAY}. Vi blir {NUM} i stället för {NUM}. Ring mig på {PH} om det blir problem!",
    "Minnesord\n{F#1} har lämnat oss, {AGE} år gammal. {G#1} växte upp i {TOWN} och arbetade hela livet som sjuksköterska.\nArbetskamraterna genom {P}",
    "Musik vid begravningen: solist {P}, organist {I}. Kaffe efteråt i {LOKAL}, {A}.",
    "Anteckning: {Gs#1} dotter {P#2:f} kommer på visning {DATE} kl. {TIME}. Önskar kremering. Nås på {PH} eller {E#2}.",
    "Anhöriglista för begravningen av {F#1:f}\nMake: {P:m}, {PH}\nSon: {P:m}, {AX}, {PHX}",
    "Pappa ({P#1:m}, {PNRO}) dog på {SJH} i natt. Jag har ringt {BYRA}. Kan du ringa moster {G:f}? Jag nås på {PH}.",
    "Dödsfallsintyg\nNamn: {U#1}\nPersonnummer: {PNRO}\nFolkbokföringsadress: {A}\nDödsdatum: {DATE}\nIntygande läkare: {P}",
    "Bouppteckning, dödsbodelägare\n{R}, {PNR}, {A}\n{R}, {PNR}, {A}",
    "Hej, det här är {P#1} från {BYRA}. Urnan kan hämtas {DATE} kl. {TIME} på vårt kontor, {A}. Ring {PH} om tiden inte passar.",
    # Christenings, confirmations, naming ceremonies, bar and bat mitzvahs.
    "Anmälan om dop\nBarnets namn: {F#3~1}\nPersonnummer: {PNRC}\nVårdnadshavare: {P#1:f}\nAdress: {A}\nÖnskat datum: {DATE} i {KYRKA}. Kontakt: {PH}, {E#1}",
    "[{TIME}] {g#1}: hej alla! dopet för lilla {g#2} blir {DATE} kl 11 i {KYRKA}, fika hos oss efteråt på {a}\n[{TIME}] {g}: åh vad fint, vi kommer!\n[{TIME}] {g}: jag tar med tårta. @{g#1} hur många blir ni?",
    "Från: {P#1} <{E#1}>\nÄmne: Bokning av dop\n\nHej! Vi vill boka dop för vår dotter {G#2~1:f} i {KYRKA} {DAY} {DATE}. Vi bor på {A}.\nMvh {G#1}, {PH}",
    "Konfirmander vårterminen, grupp {NUM}\n{R}, {PH}\n{RU}, {PH}\nLedare: diakon {S}.",
    "Konfirmationsläger {DATE}–{DATE}\nDeltagare: {P#1}, född {YEARK}\nVårdnadshavare: {P#2~1}, {PH}\nAdress: {A}",
    "Inbjudningar till {Gs#1} konfirmation:\nMormor {P:f}, {AL}\nGudmor {P:f}, {AX}",
    "Namngivningsceremoni för {F#1} {DATE} kl. {TIME} i {LOKAL}. Välkommen att fira med oss efteråt hemma på {A}!",
    "Hej! {Gs#1:m} bar mitzva firas i synagogan {DAY} {DATE}. Festen på kvällen blir på {LOKAL}, {A}. OSA på {PH}.",
    "Dopklänningen lånas ut av gammelmormor, {AR}. Hämtas hos {G} på {ST} innan dopet, ring {PH}.",
    "Tack för alla fina presenter till {Gs#1} konfirmation! Särskilt tack till gudfar {P:m}.",
    "Dopattest\nNamn: {F#1}\nPersonnummer: {PNRC}\nDöpt: {DATE} i {KYRKA}\nDopförrättare: {P}",
    # Birthdays, anniversaries, party chats, gift lists, thank-you cards.
    "{G#1} fyller 50! Välkommen på fest {DAY} {DATE} kl. {TIME} i {LOKAL}, {A}. OSA senast {DATE}, {PH}. Vill du ge en gåva? Swisha till {PH}.",
    "Varmt välkomna att fira {Gs#1} 60-årsdag!\n{DAY} {DATE} kl. {TIME}\n{AL}\nOSA senast {DATE} till {G#2}, {PH}",
    "Hej! {G#1} fyller 7 år och bjuder på kalas {DAY} {DATE} kl. {TIME} hemma hos oss på {A}. Svara på {PH} senast {DAY}. Hälsningar {Gs#1} mamma {G:f}",
    "{g#1}: glöm inte lördag! adressen är {a}, portkod {NUM}\n{g}: vad ska vi köpa?\n{g#1}: presentkort, swisha mig {PH} så fixar jag\n{g}: 👍",
    "{g#1}: hemlig fest för {gs#2} 40-årsdag!!! inte ett ord\n{g}: haha ok. var?\n{g#1}: {a}, kl {TIME}",
    "Silverbröllop! {G#1:f} och {P#2~1:m} har varit gifta i 25 år och firar med middag {DATE} hemma på {A}.",
    "Guldbröllop\n{G#1:m} och {P#2:f}, {TOWN}, firar 50 år som gifta {DATE}. Uppvaktning undanbedes men en gåva till cancerfonden uppskattas.",
    "Önskelista bröllop\n– tallrikar i serien Ostindia\n– presentkort på resa\nBidrag swishas till {P#1} {PH}, märk med ditt namn!",
    "Tack {G} och {G} för den fina presenten och för att ni kom! Kram oss",
    "Hej! Tyvärr måste vi lämna återbud till {Gs#1} 40-årsfest, barnen har feber. Kram {G} ({PH})",
    "Möhippa! 🎉 Samling kl. {TIME} hos {G#1} på {ST}. Ca {AMTS}, swisha till {PH} senast {DATE}.",
    "{g#1}: ok plan för {gs#2} svensexa: vi ses {TIME} på {a}\n{g}: jag fixar paintball\n{g#1}: perfekt",
    "Mormor {F#1:f} fyller 80 och vi firar {DATE} i församlingshemmet. Transport från {A} ordnas, ring {PH}.",
    "Presentinsamling till {Gs#1} 70-årsdag: {AMTS} hittills. Swish {PH}. Kortet lämnas på {ST} senast {DAY}.",
    "Inbjudan till studentmottagning för {F#1}\n{DATE} kl. {TIME}–{TIME}\nHemma hos oss, {AL}\nOSA: {PH}",
    "Babyshower för {G#1:f} {DATE}! Vi ses hos {P#2} på {A}. Önskelistan finns hos mig, {E#3}.",
    "Hej {G#1}! Jag bokar bordet till {Gs#2:f} 30-årsmiddag, {NUM} pers. Bor hon fortfarande på {STN}? /{G#3}",
    "Kära {G#1},\ntack för en underbar fest på {A}! Kram från oss i {TOWN}",
    "Blomsterbud: leverera till {P#1}, {STL}, mellan {TIME} och {TIME}. Kort: ”Grattis på 75-årsdagen!” Beställare {PH}.",
    "Fest på gården för {P#1:m} som fyller 90. Vi samlas på {ST} kl. {TIME}. Ta med en stol!",
    "{Gs#1} mobil är avstängd, så ring {PHX} om bröllopet. Adress i Tyskland till {DATE}: {AX}.",
    "Klassträff och 50-årsfest för alla födda {YEAR}! Anmälan till {P#1}, {E#1}. Vi träffas på {LOKAL}, {ARL}.",
    "Julmiddag hos mormor: {P} kommer från {AX}. Adress för GPS: {a}",
    "PLACERINGSLISTA\n{RU}, bord 1\n{RU}, bord 3\nÄndringar till {PH}",
    "{g#1}: begravningen är på fredag kl {TIME}. jag kan skjutsa från {a}\n{g}: tack. blommor eller gåva till fonden?\n{g#1}: fonden, det ville {g#2}",
    "Anmälan om namnbyte efter vigsel\nEfternamn: {SU#1}\nFörnamn: {GU#1}\nPersonnummer: {PNR}\nNytt efternamn: {SU#2}\nAdress: {A}",
    "Bröllopsfesten hålls på gården hos brudens föräldrar, {ARL}. Parkering på ängen, och hunden Molly bär ringarna. Vägbeskrivning: ring {G} på {PH}.",
    "Kalaslista, {Gs#1} 10-årskalas\n{G} – allergi mot nötter, hämtas kl. {TIME}\n{g} – går hem själv till {a}",
    "{g}: hej! ni kommer väl på dopet? 😊\n{g#1}: ja såklart! skicka adressen\n{g}: {a}",
    "Anmälan till kryssningen för {Gs#1} 50-årsfest\nNamn: {P}\nPersonnummer: {PNR}\nMobil: {PH}",
    "Adressändring inför bröllopet: {P} flyttar från {A} till\n{AL}\nfrån och med {DATE}.",
    "Svarskort skickas till {BYRA}, {BOX}. Märk kuvertet med {Gs#1} namn.",
    "Presenter kan skickas till {P#1}, c/o {P#2}, {A}. Frågor: {E#1}",
    "Från: {P#1} <{E#1}>\nÄmne: Minnesstund\n\nHej! Jag bor numera på {A}, så skicka gärna tackkortet dit. Ring {PH} om något.\n/{G#1}",
    "Dödsfallsanmälan\nAvliden: {P#1:m}, {PNRO}\nAnmäld av: {P#2}, {PNR}\n{A}\nTel: {PH}",
    "Gravrättsbevis\nGravrättsinnehavare: {P}, {PNR}\n{AL}\nTel: {PH}",
)

EN = (
    # Weddings.
    "Mr and Mrs {P#1:m} request the pleasure of your company at the marriage of their daughter {F#2~1:f} to Mr {P#3:m} at {CHURCH} on {DAYEN} {DATEEN} at {TIMEEN}. RSVP by {DATEEN} to:\n{AUL}",
    "RSVP\nName(s): {P} & {P}\n[x] Joyfully accepts  [ ] Regretfully declines\nPlease reply to {E} by {DATEEN}.",
    "Table 4: {P}, {P}, {I}, Dr {S}\nTop table: the bride and groom, their parents and the best man",
    "Guest list – page 2\n{P} & {P}, {AUS}\n{R}, {AU}\n{P} (plus one), {AX}",
    "Hi {G#1}! Just confirming we'd love to come on the 14th. We're both gluten free, hope that's OK. Can't wait!! {N} x",
    "From: {P#1} <{E#1}>\nTo: {G#2}\nSubject: Timeline for Saturday\n\nHi {G#2},\nCeremony at {TIMEEN}, drinks on the lawn, speeches before dinner. Call me on {PHUK} if anything changes.\n{G#1}\nWedding planner",
    "Quote {ORDER} – {CATEN}\nClient: {P#1}, {AU}\nEvent: wedding breakfast, {DATEEN}, {NUM} guests\nMenu B, {GBPS} per head\nEnquiries: {PHUK}, {EF}",
    "Venue hire agreement\nHirer: {P#1}\nAddress: {AUL}\nDate of event: {DATEEN}\nDeposit paid: {GBP}\nEmergency contact: {PHUK}",
    "Hi {G#1}, thank you for booking me for your wedding! I'll arrive at the bride's house ({AU}) at {TIMEEN} for getting-ready shots. Best, {P#2} Photography, {PHUK}",
    "{g#1}: hen do is SORTED 🎉 {DATEEN}, meet at mine {au}\n{g}: omg yes\n{g#1}: £{NUM} each to me by friday pls\n{g}: is {g#2} coming?\n{g#1}: she's the bride 😂",
    "Stag do – final plan\nMeet: {TIMEEN} at the station\nDriver: {P} ({PHUK})\nAccommodation: {AUL}",
    "Dear {G#1} and {G#2}, thank you so much for the beautiful vase and for travelling all the way from {TOWNEN}. Love, the newlyweds",
    "Wedding gift registry\nContributions to our honeymoon fund can be made online, or send a cheque to {P#1}, {AU}.",
    "Rehearsal dinner: {DAYEN} at {TIMEEN}, {AUS}. Pastor {S} will say a few words, and Buddy the dog will practise carrying the rings. Questions? Text {PHUS}.",
    "Cake order {ORDER}\nCustomer: {P#1}, {PHUK}\nCollection: {DATEEN}\nDesign: three tiers, pressed flowers\nDelivery to {AU} (+{GBPS})",
    "Marriage licence appointment: {P} and {P}, {DATEEN} at {TIMEEN}, County Clerk's office. Bring photo ID.",
    # Funerals.
    "Funeral arrangements – the late {F#1}\nDate of death: {DATEEN}\nAddress:\n{AUL}\nNext of kin: {P#2:m} (son), {PHUK}, {E#2}\nService at {CHURCH}, {DATEEN} at {TIMEEN}. Officiant: Rev. {S}.",
    "{F#1:f}, 84, of {TOWNUS}, passed away peacefully on {DATEEN}, surrounded by family. She married {P#2:m} in 1962 and is survived by three children. Visitation at {S} & Sons Funeral Home, {AUS}.",
    "Order of Service\nCelebrating the life of {F#1}\n{YEAR} – {YEARD}\nEulogy: {P:m} (grandson)\nThe family invites you to join them afterwards at {VENUE}.",
    "{U#1:m}\nPeacefully at home on {DATEEN}, aged {AGE}. Beloved husband of {G:f}. Funeral at {CREM} on {DATEEN}. Donations c/o {FH}, {AU}.",
    "Dear {G#1},\nI was so sorry to hear about your mum. She was the kindest neighbour we ever had.\nWith love, {P}",
    "Memorial donation\nIn memory of: {P#1}\nFrom: {P#2}, {AU}\nAcknowledgement to: {E#2}",
    "Call log {DATEEN} {TIMEEN}: {P#1:f} phoned ({PHUK}) re her father {F#2:m}, died at {HOSP} this morning. Wants burial, not cremation.",
    "Headstone order\nCustomer: {P#1}, {AU}\nInscription: In loving memory of {U#2} {YEAR}–{YEARD}\nPlot: {BLOCK} {NUM}, {CEMEN}",
    "Estate of {P#1} (deceased)\nExecutor: {P} of {AUL}\nSolicitor: Ms {S:f}, {PHUK}, {EF}",
    "Hi all, the wake will be at {VENUE} after the service. {G#1:f} has the key to the house at {AU} if anyone needs to stay over. Her number is {PHUK}.",
    "We, the family of {F#1}, wish to thank everyone for their cards, flowers and kindness. Special thanks to Dr {S} and the nurses.",
    "Next of kin\nDaughter: {P:f}, {PHUS}\nSon: {P:m}, {AX}, {PHX}",
    'Flowers for the funeral of {P#1}, {DATEEN}, {CHURCH}. Card: "Rest easy, Grandad". Ordered by {E}. Deliver to {FH}, {AU}.',
    "Funeral home intake\nDecedent: {SU#1}, {GU#1}\nLast address: {AUS}\nInformant: {P#2}, {PHUS}",
    # Christenings, bar and bat mitzvahs, birthdays, anniversaries.
    "You are warmly invited to the christening of {F#1} on {DATEEN} at {CHURCH}, followed by lunch at {AU}. Please let us know on {PHUK}.",
    "[{TIMEEN}] {g#1}: ok so {g'#2} bar mitzvah is confirmed for {DATEEN}!!\n[{TIMEEN}] {g}: amazing, do we rsvp to you?\n[{TIMEEN}] {g#1}: yes or email {E#1}",
    "Please join us as our daughter {F#1:f} is called to the Torah as a Bat Mitzvah on {DATEEN} at {TIMEEN}. Kiddush lunch to follow. Reception at {AUS}.\nRSVP {PHUS}",
    "Bar Mitzvah seating\nTable 2: Rabbi {S}, {P}, {P}\nQuestions: {PHUS}",
    "{g#1}: who's bringing what for {g'#2} party sat?\n{g}: I'll do the cake\n{g}: balloons from me. address again?\n{g#1}: {au}",
    "Join us for {G'#1} 80th birthday!\n{DAYEN} {DATEEN}, {TIMEEN}\n{AUL}\nSurprise – don't tell {G#1}! RSVP {PHUK}",
    "Surprise party for {P#1}! Meet at {AUS} at {TIMEEN}. Park on the street, not the driveway. Text {PHUS} when you arrive.",
    "Dear {P#1},\nThank you for your order. Your balloons and banner will be delivered to {AU} on {DATEEN}.\nKind regards, {EF}",
    "{G#1} and {P#2~1} celebrate their ruby wedding on {DATEEN}. Married in 1987, they now live in {TOWNEN}.",
    "Quinceañera de {F#1:f}\n{DATEEN}, {TIMEEN}\nMass at {CHURCH}, reception at {AUS}\nRSVP {PHUS}",
    "Baby shower for {G#1:f}! {DAYEN} {DATEEN} at {G'#2} house: {AUS}. Questions to {E#2}.",
    "Naming ceremony for {F#1}, led by celebrant {P}. Afterwards at {AU}.",
    "Hi {G#1}, it's the events team at {VENUE}. Confirming the function room for the 60th on {DATEEN}. Final numbers by Friday please, on {PHUK} or {EF}.",
    "Graduation party for {F#1}! {DATEEN}, {TIMEEN} till late, at the {S#1} house, {AUS}.",
    "Anniversary dinner booking\nName: {RU#1}\nGuests: {NUM}\nTel: {PHUK}\nNote: table by the window for Mr and Mrs {S#1}, and please send the confirmation to {E#1}",
    "Thank-you list (christening)\n{P} – silver spoon\n{I} – savings bond\nAddresses: ask {G#1}",
    "Hey {g:f}! mum of {g#2} here, from class 3. we're doing {g'#2} 8th at the trampoline park saturday, can yours come? my number is {PHUK}",
    "From: {P#1} <{E#1}>\nSubject: Catering for Dad's 70th\n\nHi,\nCould you quote for {NUM} people on {DATEEN}? The party is at my parents' house, {AUL}.\nThanks, {G#1}",
    "Invitation list – golden wedding\n{P}, {AU}\n{R}, {AUS}",
    "Minibus for the wedding: pick-up {TIMEEN} at {AU}. Driver is {P}, {PHUK}.",
    "RSVP card returned\nGuest: {P}\nAttending: yes ({NUM})\nAddress for thank-you card: {AUS}",
    "{g}: happy birthday!! 🎂 see you at the party later\n{g#1}: thank youuu! it's at {au}, 7pm",
    "Please send RSVP cards to {P}, c/o {P}, {AUL}, or e-mail {E}.",
    "Thank-you card addresses\n{P}, {AU}\n{P}, {AUS}\n{P}, {AX}",
    "Caterer's delivery for the wake: {AUS}, back door. Contact {P} on {PHUS} or the office on {PHUS}.",
)

MIXED = (
    "Hej {G#1}! Just checking – kommer ni på bröllopet? We need final numbers till cateringen senast fredag. /{G#2}",
    "Welcome to {Gs#1:f} & {Gs#2:m} bröllop! Vigseln är i {KYRKA} kl. {TIME}. Bus from the hotel at {TIME}. Questions: ring {PH} (svenska/English).",
    "Hi all! Deadline för OSA är {DATE}, pls confirm headcount asap. Venue: {A}. Contact on site: {P}, {PH}. Tack!",
    "Dear all, begravningen för pappa {F#1:m} blir {DATE} kl. {TIME} i {KYRKA}. For those flying in, ring mig på {PH} eller {PHX}.",
    "From: {P#1} <{E#1}>\nSubject: Seating plan v3\n\nHej, I moved {P} to table 2 så att hen sitter med sina kusiner. OK? /{G#1}",
    "Save the date! {G#1} & {G#2} – {DATE}, {LOKAL}, {A}. Formal invitation kommer senare.",
    "{g#1}: guys the caterer ringde, de behöver allergies by tomorrow\n{g}: jag äter allt\n{g#1}: noted. @{g#3} du?\n{g#3}: laktosfri pls",
    "Meeting notes – wedding planning {DATE}\nAttendees: {P#1}, {P#2}\nAction points: {G#1} bokar fotografen ({PH}); {G#2} fixar gästlistan.",
    "Hej! This is {P#1} från {CAT}. Just confirming leverans {DATE} kl. {TIME} till {A}. Ring {PH} om något ändras.",
    "Guest list (international)\n{P}, {AU}\n{R}, {A}\n{P}, {AL}",
    "Hi {G#1}, tack för senast! The photos from the christening are ready – I'll send them to {E#1}. Kram",
    "Condolence message:\nKära {G#1}, so sorry for your loss. Vi tänker på er. {G}",
    "Funeral logistics\nTransport from {A} kl. {TIME}\nFlowers: {BLOM}, {PH}\nNext of kin: {P} ({PHX})",
    "[{TIME}] {g#1}: the minnesstund is at {a} btw\n[{TIME}] {g}: tack! ska vi ta med något?\n[{TIME}] {g#1}: nej nej, it's covered",
    "Re: Quote för 50-årsfest\n\nHi {G#1}, priset blir {AMT} for {NUM} guests incl. DJ. Deposit till bankgiro {BG} senast {DATE}. /{P#2}, {PH}",
    "Bordsplacering / seating plan\nTable 1: {P}, {P}\nTable 2: {I}, {P}",
    "Hej {G#1}! The venue says vi måste vara ute kl. 01. Can you tell the others? Ring {PH}.",
    "Bröllopsfotograf {P#1} – booking confirmed för {DATE}! Getting ready at {A} kl. {TIME}. Invoice to {E#2}.",
    "{g#1}: pls someone pick up mormor at {a} on saturday\n{g}: jag kan! what time?\n{g#1}: kl {TIME}, ring henne on {PH} first",
    "Thank you card list 📝\n{P} – kaffeservis\n{Gi} – flowers\nAdresser: se excel",
    "Hej {G#1}!\nThe funeral director at {BYRA} needs farmors personnummer {PNRO} and her last address, {A}. Can you send it today?",
    "Invite: {Gs#1} 30th 🎉 {DATE}, {TIME} at {A}. Dresscode: smart casual. OSA on {PH} eller {E#2}",
    "Bar mitzvah update: {Gs#1:m} ceremony i synagogan {DATE}, party efteråt at {LOKAL}. Hotel for guests: {A}. Questions → {PHX}",
    "Hi {G#1}, vi har bokat {LOKAL} för konfirmationsfesten. Address: {AL}. Please share with the family in {TOWNEN}.",
    "Hej! Fotografen is sick, så {P#2:f} tar över. Her number: {PH}, mail {E#2}. Same time, {TIME} at {KYRKA}.",
    "Planning doc – mormors 90-årsfest\nDate: {DATE}\nPlace: {LOKAL}, {A}\nCake: {G}\nGuests from abroad: {P} ({AU})",
    "Från: {P#1} <{E#1}>\nSubject: RSVP\n\nHi! Vi kommer gärna, both of us. See you {DATE}! /{G#1}",
    "Dödsannons draft – please check:\n{F#1}\n* {DATE} ✝ {DATE}\nSaknad av barnen med familjer\nSend comments to {E#2} by tonight!",
    "{g#1}: who has the gift list?\n{g}: jag, sending now\n{g}: can we do swish? {PH}\n{g#1}: yes perfekt",
    "Hej {G#1}, tack for the catering quote. Vi kör på Menu B för {NUM} pers. Billing address: {AL}. Best, {P#2}",
    "Delivery note {ORDER}\nRecipient: {P#1}\nAddress: {A}\nItems: 120 stolar, 15 bord, tält 6x12\nDriver: {PH}",
    "Kära gäster / dear guests,\nTaxi från festen: ring {PH}. If you get lost, call {N} ({PH}).",
    "Hi {G#1}! The christening is on {DATE}. Gudföräldrar: {P} och {P}. Lunch efteråt hos oss, {A}.",
    "Memorial donation / minnesgåva\nIn memory of {P#1}\nFrom {P}, {AX}",
    "Meeting with {BYRA} {DATE}: {P#1} (officiant) och vi. Agenda: music, minnesstund, budget {AMT}. Call me on {PH} before.",
    "{g#1}: hen party plan 💃 meet at {gs#2} place, {a}, kl {TIME}\n{g}: sweet, tar med bubbel",
    "Invitation list – guldbröllop\n{P}, {A}\n{R}, {ARL}\n{P}, {AUS}",
    "Re: Photographer\n\nHej {G#1}, she's free {DATE}! Price {AMT}, incl. album. Her mail is {E}.",
    "Kyrkans bokning: dop av {F#1} {DATE}, {PNRC}. Family contact: {P#2}, {PH}. Guests ca {NUM}.",
    "Speech list / talarlista\n1. Father of the bride, {P:m}\n2. Brudgummens bror, {P:m}\nToastmaster: {N}",
    "Hi {G#1}, kan du send me your address för tackkortet? Vi har {STN} but not the number. Tack!",
    "RSVP tracker\n{R} – yes (2)\n{R} – no\nUpdated {DATE}",
    "Hej, this is {P#1:m}, the groom's brother. We're arriving {DATE} from Manchester. Can we stay hos er på {A}? My mobile: {PHX}",
    "Funeral home note: {P#1:f} (daughter, lives in London, {PHUK}) decides with us. Deceased: {F#3}, {PNRO}. Ceremony: {KYRKA}, {DATE}.",
    "Wedding weekend\nFriday: welcome drinks at {LOKAL}\nSaturday: vigsel {TIME}, {KYRKA}; fest at {ARL}\nContact: {PH}",
    "Hi {G#1}, blomsterbeställningen för begravningen är klar: white lilies. Delivery till {BYRA}, {A}, on {DATE}.",
    "Bröllopsgäster med barn / guests with kids:\n{P} ({G} och {G})\nBarnvakt: {P}, {PH}",
    "Hej {G#1}! Confirming the DJ för 50th: {P#3}, {PH}, {E#3}. Setup kl. {TIME} at {A}.",
    "Tack för a lovely day! Ni är bäst. PS: {G:f} left her jacket – vi skickar den till {A}.",
    "Confirmation party 🎉 {Gs#1} konfirmation {DATE}! Kyrkan kl. {TIME}, then lunch at {A}.",
    "Anmälan / registration, dopet {DATE}\nChild: {F#1~2}, {PNRC}\nParent: {P#2}, {PNR}\nAddress: {AL}",
    "{g}: are we still on för {gs#1} birthday? 🎂\n{g#2}: yes! kl {TIME} hos mig, {a}",
    "Address list för tackkort:\n{P}, {A}\n{P}, {AU}\n{R}, {AL}",
    "Hej! New address from {DATE}: {AL}. Uppdatera gärna gästlistan, thanks! /{G#1} ({E#1})",
    "Hotel booking för bröllopsgäster: {P}, {PH}, arriving {DATE}. Billing address: {A}.",
)

NEGATIVES = (
    (
        "sv",
        "Bokningsnummer {ORDER}: festlokalen är bokad {DATE} kl. {TIME}–01.00. Hyra {AMT}, deposition {AMT}. Betala till bankgiro {BG} med OCR {OCR}.",
    ),
    (
        "sv",
        "Meny till bröllopsmiddagen: toast Skagen, lammfilé med rosmarin och potatisgratäng, bröllopstårta med hallon. Pris {AMTS} per kuvert exkl. dryck.",
    ),
    (
        "sv",
        "Vi har beställt rosa rosor, vita liljor och lite ljung till borden. Björkris och ekblad till dörren. Leverans {DATE} före kl. {TIME}.",
    ),
    (
        "sv",
        "Faktura {INV} från {BYRA}, org.nr {ORG}. Kista, urna och transport {AMT}. Förfallodag {DATE}. Ange OCR {OCR} vid betalning.",
    ),
    (
        "sv",
        "Begravningsceremonin hålls i {KYRKA} {DAY} {DATE} kl. {TIME}. Minnesstund efteråt i {LOKAL}. Anmälan till byrån senast {DATE}.",
    ),
    (
        "sv",
        "Skatteverket har tagit emot er ansökan om hindersprövning, ärendenummer {REF}. Handläggningstiden är ungefär två veckor.",
    ),
    (
        "sv",
        "Klara, färdiga, gå! Första leken på kalaset är säckhoppning, sedan blir det fiskdamm och tårta kl. {TIME}.",
    ),
    (
        "sv",
        "Dag för dag blir det lättare, sa prästen. Liv och död hör ihop, och sorgen får ta den tid den tar.",
    ),
    (
        "sv",
        "Kvarter {BLOCK}, gravplats nr {NUM} på {CEM}: gravrätten förlängs till {YEARK2}. Avgift för gravskötsel {AMTS} per år.",
    ),
    (
        "sv",
        "Tårtan: tre våningar, vit fondant, {NUM} bitar. Hämtas {DAY} kl. {TIME} i butiken på torget. Pris {AMTS}, betalat med kort.",
    ),
    (
        "sv",
        "Min bror och hans sambo kommer med tåget från {TOWN} kl. {TIME}. Vi hämtar dem vid resecentrum och åker direkt till {KYRKA}.",
    ),
    (
        "sv",
        "Sten och björk vid graven, lite mossa och en lykta. Kyrkogårdsförvaltningen sköter grusgången enligt avtal nr {REF}.",
    ),
    (
        "sv",
        "Dopet sker i {KYRKA}. Dopklänningen har gått i arv sedan 1920-talet. Efter dopet bjuder vi på smörgåstårta och kaffe i {LOKAL}.",
    ),
    (
        "sv",
        "Konfirmationsgruppen träffas {DAY} kl. {TIME} i församlingshemmet. Lägret kostar {AMTS}. Anmälan stänger {DATE}.",
    ),
    (
        "sv",
        "OSA senast {DATE}! Klädkod: mörk kostym. Inga barn på festen, men barnvakt finns i {LOKAL} till kl. 22.00.",
    ),
    (
        "sv",
        "Svenska kyrkan, Fonus och Pensionsmyndigheten har meddelats. Dödsfallsintyget är skickat. Kvar: banken och Försäkringskassan.",
    ),
    (
        "sv",
        "Vilja och ork fanns, men sol och regn växlade hela dagen. Tältet (6 x 12 m) klarade vinden, och dansgolvet höll.",
    ),
    (
        "sv",
        "Maj är bröllopsmånad i {TOWN}: {NUM} vigslar bokade i stadshuset, och bygdegården är fullbokad till september.",
    ),
    (
        "sv",
        "Presentbord: hemmagjord sylt, en linnea i kruka, ett kort från arbetslaget och {AMT} i kuvert till bröllopsresan.",
    ),
    (
        "sv",
        "Order {ORDER}: 80 stolar, 10 runda bord, 1 dansgolv. Utkörning {DATE}, hämtning {DATE}. Summa {AMT} inkl. moms.",
    ),
    (
        "sv",
        "Barnkalas kl. {TIME}–{TIME}. Tema: pirater. Godispåsar till {NUM} barn, och skattkartan gömmer vi i sandlådan.",
    ),
    (
        "sv",
        "Bo kvar i huset eller sälja? Dödsboet har värderingsintyg nr {REF}, och mäklaren kommer {DATE} kl. {TIME}.",
    ),
    (
        "sv",
        "Kistan var av ljus ek. Psalm 297 och Ro, ro, ro till Stockholm sjöngs, och barnbarnen lade en ros var på locket.",
    ),
    (
        "sv",
        "Bröllopsresan går till Gotland {DATE}. Färjan från Nynäshamn går kl. {TIME}, bokningsnummer {REF}.",
    ),
    (
        "sv",
        "Studentflaket hyrs ut av {LOKAL} för {AMT}. Avgång från skolgården kl. {TIME}, max 25 personer på flaket.",
    ),
    (
        "sv",
        "Sagostund för barnen under vigseln: en saga om draken och prinsessan i lekrummet. Pussel och ritpapper finns i hyllan.",
    ),
    (
        "en",
        "Booking reference {ORDER}: the marquee is reserved for {DATEEN} from {TIMEEN}. Deposit {GBP}, balance due 30 days before the event.",
    ),
    (
        "en",
        "Menu: smoked salmon, rosemary lamb with dauphinoise potatoes, and a lemon drizzle wedding cake. {GBPS} per head, drinks extra.",
    ),
    (
        "en",
        "Bouquets of roses, lilies and ivy, with sprigs of heather and holly on the tables. Delivery {DATEEN} before {TIMEEN}.",
    ),
    (
        "en",
        "Invoice {INV} from {FH}: coffin, hearse and limousine, {GBP}. Payment due {DATEEN}. VAT no. GB 284 4411 90.",
    ),
    (
        "en",
        "The service will be held at {CHURCH} on {DATEEN} at {TIMEEN}, followed by committal at {CREM}. Family flowers only.",
    ),
    (
        "en",
        "Grace was said before the meal, and everyone raised a glass of champagne. The toast to absent friends came after the cake.",
    ),
    (
        "en",
        "Will reading scheduled for {DATEEN} at {TIMEEN}. The bill for probate fees, {GBP}, has been paid. Case ref {REF}.",
    ),
    (
        "en",
        "Ruby wedding ideas: ruby red roses, a pearl-and-amber theme for the cake, and a playlist of songs from 1987.",
    ),
    (
        "en",
        "Christening lunch for {NUM} guests in the function room. Cake: two tiers, white icing, a silver cross on top. {GBP} paid.",
    ),
    (
        "en",
        "Order {ORDER}: 120 chairs, 15 round tables, 1 dance floor (6 x 6 m). Delivery {DATEEN}, collection {DATEEN}. Total {USD}.",
    ),
    (
        "en",
        "Hope the weather holds! Forecast for {DATEEN}: sunny spells, light wind, 19 degrees. The marquee has sides just in case.",
    ),
    (
        "en",
        "The bat mitzvah ceremony starts at {TIMEEN} at Temple Beth Shalom. Kiddush to follow. Dress code: smart. No photography on Shabbat.",
    ),
    (
        "en",
        "Birthday party, {TIMEEN} to {TIMEEN}. Theme: jungle. Party bags for {NUM} kids, pizza at five, and the bouncy castle arrives at noon.",
    ),
    (
        "en",
        "Frank feedback from the venue survey: great food, slow bar, too few seats by the dance floor. Score 8 of 10.",
    ),
    (
        "en",
        "June wedding checklist: book the registrar, order the rings, confirm the florist, pay the band ({USD} deposit), send invites by April.",
    ),
    (
        "en",
        "Plot {BLOCK} {NUM} at {CEMEN}: the lease has been renewed for 25 years. Maintenance fee {GBPS} per year.",
    ),
    (
        "en",
        "Jack up the marquee poles before the guests arrive, and bring the spare rope. The dawn chorus starts at five, so no music before then.",
    ),
    (
        "en",
        "Summer party for the whole family on {DATEEN}: barbecue at noon, sack race at two, and the rose garden tour at four.",
    ),
    (
        "mixed",
        "Booking {ORDER} confirmed! Lokalen är bokad {DATE}, {TIME}–01.00. Deposit {AMT} till bankgiro {BG}, OCR {OCR}.",
    ),
    (
        "mixed",
        "Meny för bröllopet: starter toast Skagen, main lammfilé, dessert bröllopstårta. Price {AMTS} per person, drinks not included.",
    ),
    (
        "mixed",
        "Flowers: rosa pioner, white roses och lite eukalyptus. Delivery till kyrkan {DATE} before {TIME}, invoice {INV}.",
    ),
    (
        "mixed",
        "Funeral update: ceremonin i {KYRKA} {DATE} kl. {TIME}, minnesstund at {LOKAL}. No flowers please, gåva till cancerfonden instead.",
    ),
    (
        "mixed",
        "Dress code: mörk kostym / dark suit. No kids at the party, sorry! Barnvakt available in the lekrum until 22.00.",
    ),
    (
        "mixed",
        "Tårta order {ORDER}: three tiers, vit fondant, {NUM} bitar. Pick-up {DAY} {TIME}, paid {AMTS}.",
    ),
    (
        "mixed",
        "Hindersprövning: ärende {REF}, handläggningstid ca 2 weeks. Vigselbevis sent by post after the ceremony.",
    ),
    (
        "mixed",
        "Toast list: bubbel at {TIME}, speeches under middagen, first dance at 22.00, then the bar opens. Taxi from 01.00.",
    ),
    (
        "mixed",
        "Gift ideas: presentkort, kaffeservis, or bidrag till honeymoon. Swish-nummer för insamlingen kommer i nästa mail.",
    ),
    (
        "mixed",
        "Will och testamente is with the lawyer, ärende {REF}. Bouppteckning due within three months, deadline {DATE}.",
    ),
    (
        "mixed",
        "Kyrkogården: kvarter {BLOCK}, grave {NUM}. Gravrätten renewed to {YEARK2}, fee {AMTS} per year för skötsel.",
    ),
    (
        "mixed",
        "Party för kids {TIME}–{TIME}: theme pirates, godispåsar for {NUM} children, treasure hunt i trädgården.",
    ),
    (
        "mixed",
        "Sol och vind on the day! Tältet held up, the dance floor too. Rental invoice {INV}, total {AMT}, due {DATE}.",
    ),
    (
        "mixed",
        "Konfirmation: ceremony {DAY} kl. {TIME} i {KYRKA}, photos efteråt on the kyrkbacken, lunch kl. 13.00.",
    ),
    (
        "mixed",
        "Rose gold balloons, rosa servetter och silver confetti. Order {ORDER} från festbutiken, {AMTS} incl. frakt.",
    ),
    (
        "mixed",
        "Mark the date: guldbröllop {DATE}! Middag at {LOKAL}, {NUM} guests, live band från kl. {TIME}.",
    ),
)
