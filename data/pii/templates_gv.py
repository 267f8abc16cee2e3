# ruff: noqa: E501
"""Templates for held-out GV (issue 15): lost property and police reports.

Found-item registers (transport companies, shops, gyms, schools, the police), loss and theft
reports, claim receipts for returned property, bicycle registrations and frame numbers, reports of
a neighbour's disturbance, case officers' notes, insurance claims for stolen things; in Swedish,
English and the mixed Swedish/English of Swedish workplaces. Written from the writer's own
knowledge of the genre; no other set's templates were read.

Slots (filled by `generate_gv.py`): person forms P p U F G g N n GF GU S s SU I Gi R RU E (`#1`
names the same person again, `:f`/`:m` a woman or a man, a trailing `s` or `'` a genitive whose
ending is no part of the name); addresses A AL AR ARL ST STN stn STL a BOX CO AU AUL au AUS AUSL
AX AXL; phones PH PHM PHL PHX PHUK PHUS PH114; EF a firm's e-mail; PNR PNRO personnummer; and
look-alikes that are no value: DATE DATEEN TIME TIMEEN NUM AMT GBP USD EUR DNR HG RAM IMEI REG SER
CRN INC PIR TOWN TOWNEN PLACE PLACEEN ITEM ITEMEN BIKE COLOR COLOREN DAY DAYEN LGH ORG CARD PET
PASS. Negatives hold no value at all and are used once each.
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
# Things people lose and find; none is named after anyone.
ITEMS = {
    "sv": (
        "svart plånbok i skinn", "mobiltelefon i rosa skal", "nyckelknippa med tre nycklar och en tagg",
        "grå ryggsäck (Kånken)", "glasögon i brunt fodral", "barnvagn, mörkblå", "guldring med inskription",
        "bärbar dator i fodral", "trådlösa hörlurar i vitt etui", "körkort", "pass", "svart paraply",
        "gymväska med skor", "cykelhjälm, vit", "halsduk i ull", "handväska, beige", "kamera med väska",
        "busskort och ID-kort i korthållare", "läsplatta", "armbandsur i stål", "vantar (ett par, röda)",
        "skolväska med böcker", "keps", "termos och matlåda", "hörapparat", "ID-kort", "hundkoppel",
    ),
    "en": (
        "black leather wallet", "phone in a blue case", "bunch of keys on a red lanyard", "grey rucksack",
        "glasses in a brown case", "laptop in a sleeve", "wedding ring", "wireless earbuds in a white case",
        "driving licence", "passport", "umbrella", "gym bag", "bike helmet", "wool scarf", "handbag",
        "camera bag", "travelcard wallet", "e-reader", "wristwatch", "child's scooter", "hearing aid",
        "school bag", "tablet", "suitcase with a yellow tag", "cardholder with ID",
    ),
}  # fmt: skip
# Places that are no address: stations, terminals, lines, parks, venues, districts.
PLACES = {
    "sv": (
        "T-Centralen", "Slussen", "Centralstationen", "pendeltåget mot Södertälje", "buss 4",
        "Arlanda Terminal 5", "Landvetter", "Nordstan", "Triangeln", "Liseberg", "Ullevi",
        "Kungsträdgården", "Gamla stan", "Brunnsparken", "tunnelbanans gröna linje", "simhallen",
        "stadsbiblioteket", "resecentrum", "spårvagn 11", "Skansen", "Universitetsområdet", "Hötorgshallen",
    ),
    "en": (
        "King's Cross St Pancras", "the Piccadilly line", "Victoria station", "Paddington",
        "Waterloo", "Heathrow Terminal 2", "Gatwick North Terminal", "O'Hare", "Union Station",
        "the Jubilee line", "Hyde Park", "Camden Market", "the Northern line", "the number 73 bus",
        "the Eurostar", "the leisure centre", "the public library", "Terminal 5",
    ),
}  # fmt: skip
BIKES = ("Crescent", "Monark", "Skeppshult", "Kronan", "Trek", "Specialized", "Cube", "Giant", "Ecoride", "Merida", "Batavus", "Gazelle", "Nishiki", "Cannondale", "Brompton", "Bergamont")  # fmt: skip
COLOURS = {
    "sv": ("svart", "vit", "mörkgrön", "röd", "grå", "blå", "turkos", "rosa", "silver", "gul"),
    "en": ("black", "white", "dark green", "red", "grey", "navy", "teal", "pink", "silver", "yellow"),
}  # fmt: skip
PETS = ("Bella", "Molly", "Sixten", "Ludde", "Zorro", "Sessan", "Doris", "Nala", "Loke", "Charlie", "Max", "Otto", "Selma", "Rufus")  # fmt: skip

SV = (
    # found-item registers
    "Hittegodsregister – {PLACE}\nNr: {HG}\nDatum: {DATE} kl {TIME}\nFöremål: {ITEM}\nUpphittat av: {P}, {A}\nKontakt: {PH}\nMottaget av: {I}, stationsvärd",
    "Inlämnat hittegods {HG}\nFöremål: {ITEM}\nFyndplats: {PLACE}\nInlämnat av: {F}, {A}, {PHM}\nUpphittaren gör anspråk på hittelön: ja\nRegistrerat av: {G} {DATE}",
    "Hittegods vecka {NUM}, butiken:\n- {ITEM}, hittad av {G} vid kassa 3\n- {ITEM}, lämnad av en kund ({P}, {PH})\n- {ITEM}, ingen kontakt\nUthämtat: {ITEM} av {P} ({DATE})",
    "HITTEGODS – SKOLANS EXPEDITION\n{ITEM}: märkt med namnet {P}, klass 4B\n{ITEM}: omärkt\n{ITEM}: märkt {S}\nSaker som inte hämtats före sportlovet skänks till Myrorna. /{G}, skolvärd",
    "Inlämnad plånbok ({COLOR}) innehöll ID-kort utfärdat på {P#1}, {PNR}. Brev till folkbokföringsadressen {A} kom i retur. Ägaren nås inte på telefon. /{Gi}, hittegodsenheten",
    "{P#1}\n{AL}\n\nMeddelande om hittegods\nEtt föremål som vi tror tillhör dig har lämnats in till Polisen: {ITEM}. Det kan hämtas på polisstationen i {TOWN} inom tre månader från {DATE}. Ta med giltig legitimation och uppge nummer {HG}.\n\nPolismyndigheten, hittegods",
    "Upphittat: {ITEM}, hittat vid {STN} den {DATE}. Rätt ägare kan kontakta {G} på {PHM}.",
    'Hittade nycklar! En nyckelknippa med en bricka märkt "{S}" låg på lekplatsen vid {STN}. Hämtas hos {P}, {ST}, eller ring {PH}.',
    "Kvarglömt i omklädningsrummet: {ITEM}. Enligt namnlappen tillhör det {Gi:f}. Hämtas i receptionen på {ST} senast {DAY}. /{G}, receptionen",
    "Hej! Förare {G} har hittat följande i bil {NUM}: {ITEM}. Ring oss på {PHL} och uppge körningen från {PLACE} kl {TIME}, eller kom förbi kontoret på {A}. /Taxi Väst, hittegods",
    "Hittelön utbetald\nÄrende: {HG}\nUpphittare: {P}\nAdress: {A}\nBelopp: {AMT} (10 % av föremålets värde)\nUtbetalt till konto i Swedbank, {DATE}\nHandläggare: {I}",
    "Fyndanmälan\nFöremål: {ITEM} ({SER})\nFunnet: {DATE} kl {TIME}\nPlats: i skogen bakom {STN}\nUpphittare: {P}, {PNR}, {PH}\nUpphittaren vill ha föremålet om ägaren inte hörs av.",
    # loss and theft reports
    "FÖRLUSTANMÄLAN\nEfternamn: {SU#1}\nFörnamn: {GU#1}\nPersonnummer: {PNR}\nAdress: {AL}\nMobil: {PHM}\nE-post: {E#1}\nFörlorat föremål: {ITEM}\nTroligen förlorat: {DATE}, {PLACE}",
    "Anmälan om förlorat pass\nNamn: {F}\nPersonnummer: {PNR}\nPassnummer: {PASS}\nAdress: {A}\nTelefon: {PH}\nPasset förlorades troligen på {PLACE} den {DATE}.",
    "Anmälan om stöld av mobiltelefon\nMålsägande: {P}\nAdress: {A}\nNumret till den stulna telefonen: {PHM}\nNås nu på: {PH}\nIMEI: {IMEI}\nStöldtillfälle: {DATE} ca kl {TIME}, {PLACE}",
    "Brottsanmälan – stöld ur bil\nMålsägande: {P#1} ({PNR})\nAdress: {A}\nFordon: {REG}, parkerat utanför {ST}\nStulet: {ITEM}, {ITEM}\nVittne: {P}, {PHM}\n{G#1} upptäckte inbrottet kl {TIME}.",
    "Anmälan om bedrägeri och stöld\nMålsägande: {P#1:m}, {PNRO}\n{AL}\n{G#1} uppger att två personer som sa att de var från hemtjänsten tog hans plånbok och bankkort ({CARD}).\nAnhörig: {P} (barnbarn), {PHM}",
    "Anmälan om inbrott i källarförråd\nAnmälare: {P#1}, {STL}\nFörråd nr {NUM}. Stulet: {BIKE}-cykel, vinterdäck, {ITEM}.\nUpptäckt: {DATE}\nKontakt: {PHM} / {E#1}",
    "Hej, jag vill anmäla att min cykel ({COLOR}) har blivit stulen från cykelstället vid {PLACE}. Den var fastlåst med bygellås. Ramnummer {RAM}. Mvh {P}, {PHM}",
    "Stöld i butik\nTid: {DATE} kl {TIME}\nPlats: butiken på {ST}\nPersonal: {P} (butikschef), {P}\nGods: 2 st parfym, totalt {AMT}\nVäktare {S} omhändertog den misstänkte, {F} ({PNR}).",
    "Förlustintyg\nHärmed intygas att {P#1} ({PNR}), {A}, har anmält förlust av {ITEM} den {DATE}.\nDiarienummer {DNR}\n{TOWN} {DATE}\n{P}, polisassistent",
    "Anmälan om borttappad hörapparat. Ägare: {P#1:f}, {PNRO}, bor på äldreboendet {STL}. Kontakt via dottern {P}, {PHM}.",
    # claim receipts
    "KVITTENS – utlämnat hittegods\nÄrendenr: {HG}\nFöremål: {ITEM}\nUtlämnat till: {P}, {A}\nLegitimation: körkort, kontrollerad\nUtlämnat av: {P}\nDatum: {DATE}",
    "Kvitto {HG}\nMottagare: {R} ({PNR})\nAdress: {AL}\nFöremål: {ITEM}\nAvgift för förvaring: {AMT}\nBetalt med kort {CARD}\nKassör: {Gi}",
    "Härmed kvitterar jag, {F#1}, att jag har fått tillbaka {ITEM} (ärende {HG}).\n{TOWN} den {DATE}\n{P#1}\nLegitimation kontrollerad av {I}",
    "Utlämning genom ombud: {P} hämtar {ITEM} för {Ps} räkning enligt fullmakt daterad {DATE}. Ombudets personnummer: {PNR}, adress {A}. Utlämnat av {G}.",
    "Hej {G}! Föremålet du har anmält ({ITEM}) finns nu att hämta hos oss på {ST}. Ta med legitimation och ärendenummer {HG}. Öppet {DAY} {TIME}–{TIME}. /Hittegods, Västtrafik",
    # bicycle registrations
    "Cykelregistrering\nÄgare: {P#1}\nPersonnummer: {PNR}\nAdress: {A}\nTelefon: {PH}\nMärke: {BIKE}\nRamnummer: {RAM}\nFärg: {COLOR}",
    "Cykelmärkning i {TOWN} {DATE}\n{R}, {ST}, {PHM} – {BIKE}, ramnr {RAM}\n{R}, {ST}, {PHM} – {BIKE}, ramnr {RAM}\n{R}, {ST} – {BIKE}, ramnr {RAM}\nMärkt av: {P}",
    "Ägarbyte cykel\nSäljare: {P}, {PNR}, {A}\nKöpare: {P}, {PNR}\n{AL}\nCykel: {BIKE}, {COLOR}, ramnummer {RAM}\nPris: {AMT}\nOrt och datum: {TOWN} {DATE}",
    "Polisen har hittat en cykel ({BIKE}, ramnummer {RAM}) som är registrerad på dig, {P}. Ring {PH114} och uppge {DNR} för att hämta den på polisstationen i {TOWN}.",
    "Hej {G}, vi har registrerat din cykel i vårt register med adressen {A}. Ramnummer: {RAM}. Om cykeln blir stulen, ring {PHL} eller mejla {EF}. /Cykelregistret",
    "Köpekontrakt begagnad cykel\nSäljare: {P}\n{AL}\nKöpare: {P}\nTelefon köpare: {PHM}\nCykeln ({BIKE}, ramnr {RAM}) är inte belånad eller stulen. Säljaren har kvittot från {DATE}.",
    # a neighbour's disturbance
    "Till Bostadsbolaget, {BOX}\nStörningsanmälan\nJag bor på {STL} och vill anmäla störningar från lägenheten under mig, där {P#1} bor. Det spelas hög musik efter kl 22, senast i {DAY}s kl {TIME}. Jag har pratat med {G#1} två gånger utan resultat.\nMed vänlig hälsning\n{P}\n{PH}",
    "Styrelsen i BRF Äppellunden har fått flera klagomål på störningar från lägenhet {LGH} på {ST}. Vi ber {P} och {P} att respektera ordningsreglerna. Kontakt: ordförande {P}, {PH}.",
    "Hej {G#1},\ntack för din anmälan om störningar från {P}. Vi har skickat ett brev till hyresgästen och följer upp ärendet. Hör av dig om det fortsätter, gärna via {EF} eller {PHL}.\nVänliga hälsningar\n{P}, bovärd",
    "Störningsjournal (förs av {P}, {ST})\n{DATE} kl {TIME}: dunkande bas från grannen ovanför\n{DATE} kl {TIME}: skrik och dörrsmällar\n{DATE} kl {TIME}: hunden {PET} skäller i två timmar\nJournalen skickas till förvaltaren {P}.",
    "Störningsjouren {DATE}, kl {TIME}: samtal från {P} ({PHM}) om fest i trapphuset på {A}. Väktare {S} på plats kl {TIME}, pratade med hyresgästen {P}. Lugnt vid avfärd.",
    "Rättelseanmaning\n{P#1}\n{AL}\nHyresvärden har fått upprepade klagomål på störningar från din lägenhet. Om störningarna inte upphör kan hyresavtalet sägas upp. Frågor besvaras av {P}, {PHL}.",
    "Grannen i {ST}, {P}, har lämnat sina sopsäckar i trapphuset i tre veckor nu. Vi har pratat med {S} men inget händer. Kan föreningen ta det? / {G}",
    "Anmälan om ordningsstörning\nAnmälare: {P#1}, {PH}\nPlats: {A}\nDen som stör: {G}, bor i lgh {LGH}\nBeskrivning: borrande och hamrande en söndag, kl {TIME}\n{G#1} vill vara anonym mot grannen.",
    "Hej {G}! Skulle du kunna sänka musiken? Det hörs ända upp hit, klockan är {TIME} och vi har en bebis. Mvh {G} i lägenheten ovanför",
    # case officers' notes
    "Handläggaranteckning {DNR}\n{DATE}: Ringt målsägande {P#1} på {PH}. {G#1} uppger att cykeln var fastlåst vid {PLACE} mellan kl {TIME} och {TIME}. Ingen kamerabevakning på platsen. {Gs#1} adress: {A}. Ärendet föreslås läggas ned.\n/utredare {S}",
    "Anteckning {DATE}: Talat med vittnet {P#1}, {PHM}. {S#1} såg en person i grå jacka vid cykelstället på {ST} ca kl {TIME}. Ingen signalementsbild i övrigt. /{I}",
    "Förhör med misstänkt {F#1} ({PNR}), {A}. {S#1} förnekar brott och uppger att cykeln köptes av {P} via Blocket för {AMT}. Förhörsledare: inspektör {I}.",
    "Beslut om att lägga ned förundersökning\nDiarienr {DNR}\nMålsägande: {P}, {PNR}\nBrott: stöld, {DATE}, {A}\nFörundersökningen läggs ned eftersom det saknas spaningsuppslag.\nBeslutsfattare: {P}, förundersökningsledare",
    "Samtal {TIME} från {P} ({PHM}): grannen {P} ska enligt anmälaren ha skrikit och slagit i dörrar sedan kl {TIME}. Patrull skickad till {A}. /{S}",
    "Överlämnande {DNR}: ärendet lämnas från {P} (LPO {TOWN}) till {P}, utredningsenheten. Målsägandens nya adress: {A}, tel {PHM}.",
    "Spaningsuppslag: {ITEM} som anmäldes stulen {DATE} ligger ute på Blocket. Säljaren uppger namnet {P} och telefon {PHM}. Kontrolleras av {Gi}.",
    "Minnesanteckning från platsbesök {DATE}\nAdress: {AL}\nNärvarande: {P} (målsägande), {P} (hyresvärd), {S} (polis)\nDörren uppbruten, skador på karmen. Fingeravtryck säkrade av {I}.",
    "Delgivning per telefon {DATE} kl {TIME}: {P#1} ({PNR}), {A}, delgavs misstanke om stöld. {S#1} nås på {PHM}. Offentlig försvarare begärs: advokat {P}.",
    "Ärendet gäller en borttappad plånbok ({COLOR}) som lämnats in av {F}. I plånboken fanns ett körkort utfärdat på {P#1} med personnummer {PNR}. Ägaren har underrättats via sms till {PHM}. /{S}",
    # insurance claims
    "Skadeanmälan – stöld av cykel\nFörsäkringstagare: {P#1}, {PNR}\nAdress: {A}\nPolisanmälan: {DNR}\nCykel: {BIKE}, ramnr {RAM}, köpt {DATE} för {AMT}\nKontakt: {E#1}, {PHM}",
    "Hej {G},\nvi har fått din skadeanmälan om stöld ({ITEM}). För att vi ska kunna reglera skadan behöver vi kvitto och polisanmälans diarienummer. Skicka det till {EF}.\nHälsningar\n{P}, skadereglerare",
    "Skadebeslut\nSkadenr: S-{NUM}{NUM}-{NUM}\nFörsäkringstagare: {P}\n{AL}\nUtbetalas: {AMT} efter avdrag för självrisk och ålder. Pengarna sätts in inom fem bankdagar.\nHandläggare: {P}, {PHL}",
    "Intyg: jag, {P}, intygar att jag lånade ut följande till {P#2} den {DATE}: {ITEM}. Det stals från {Gs#2} bil utanför {ST}. {TOWN} {DATE}",
    # messages, chats, mail
    "Från: {P#1} <{E#1}>\nTill: {EF}\nÄmne: Borttappat föremål\n\nHej,\njag har tappat bort följande på {PLACE} i {DAY}s: {ITEM}. Finns det hos er?\n\nHälsningar\n{G#1}\n{A}\n{PHM}",
    "Från: {EF}\nTill: {P#1} <{E#1}>\nÄmne: Ditt hittegodsärende {HG}\n\nHej {G#1}!\nVi har tyvärr inte hittat något som stämmer med din beskrivning. Ärendet sparas i 30 dagar.\n\nVänliga hälsningar\n{P}\nKundservice",
    "Hej! Jag glömde kvar något i en taxi från {PLACE} i natt runt {TIME}: {ITEM}. Har någon lämnat in det? Ni når mig på {PHM}. /{G}",
    "{g#1}: någon som sett en svart elcykel? min blev stulen från cykelrummet på {stn} i natt\n{g#2}: nej tyvärr, har du anmält?\n{g#1}: ja, polisen sa att jag skulle kolla blocket",
    "{g#1}: hej! hittade en plånbok på bussen, det står {p:f} på legitimationen\n{g#2}: lämna in på hittegods vid {PLACE}\n{g#1}: gjort, de skulle ringa henne",
    "{g#1}: är det nån mer som hör borrandet från {a}? det har hållit på sen 7 i morse\n{g#2}: ja det är {g:f} som renoverar, pratade med henne igår",
    "{n}!! din jacka ligger kvar hos oss efter festen, hämta när du vill 😊 //{g}",
    "{g#1}: polisen ringde, de har hittat min cykel!! den stod vid {stn}\n{g#2}: va bra! vem ringde?\n{g#1}: nån {s:f} på polisen i {TOWN}, hon var supertrevlig",
    "Hej {N}, jag tror att det är din mössa som ligger i hallen hos oss. /{G:f} (mamma till {G})",
    "Borttappad hund! Vår tik {PET}, en svart labrador, sprang iväg från {AR} i morse. Ring {P} på {PHM} om ni ser henne. Hittelön utlovas!",
    "Tack {G} för att du lämnade in min plånbok! Allt fanns kvar. Om du vill ha hittelön, skicka ditt kontonummer till {E#1}. /{P#1}",
    "Efterlysning i gruppen Grannsamverkan {TOWN}: någon har brutit upp cykelförråden på {STN} i natt. Kontakta {P} ({PH}) om ni sett något. Polisanmälan {DNR}.",
    "Grannsamverkan – kontaktlista\nOmbud: {R}, {ST}, {PHM}\nSuppleant: {R}, {ST}, {PHM}\nKontaktpolis: {P}, {PHL}\nE-post till gruppen: {EF}",
    "@{G} kan du kolla om nån lämnat in en {COLOR} halsduk i receptionen igår? Tack! /{G}",
    "Vi har fått in följande till kansliet på {ST}: {ITEM}. Är det {Ss} eller {Gs}? Hör av er till {P} på {PH} annars går den till hittegods.",
    "Hittegods från julbordet: {ITEM} (troligen {Gs}), {ITEM} och en nyckel. Finns hos {P} på plan 3 ({PHL}).",
    "Meddelande till {P} ({STL}): Vi har hittat din cykel ({COLOR}) i vårt cykelrum utan tillstånd. Flytta den senast {DATE}, annars lämnas den till polisen som hittegods. /Förvaltare {S}",
    "Jag, {P}, har lämnat in något som jag hittade i trapphuset på {a}: {ITEM}. Ägaren kan ringa mig på {PHM}.",
    "{P}\n{CO}\n\nDu har ett hittegods att hämta (nr {HG}). Ring {PHL} för att boka tid.",
    "Uppgifter om anmälaren (vid förlust utomlands)\nNamn: {P}\nAdress i Sverige: {A}\nAdress på resan: {AX}\nTelefon: {PHX}\nE-post: {E}",
    "Hej {G}! Vi har fått tillbaka din väska från flygbolaget, PIR-nummer {PIR}. Den levereras till {A} i morgon mellan {TIME} och {TIME}. Frågor: {PHL}.",
    "Sammanställning över upphittade cyklar i {TOWN} vecka {NUM}: {NUM} cyklar, varav {NUM} registrerade. Ägare till registrerade cyklar kontaktas av {P}. Oregistrerade cyklar auktioneras ut efter tre månader.",
    "Mejl från grannen {P#1} ({E#1}): ”Det luktar starkt rök från lägenheten bredvid min på {ST}, kan ni kolla?” Vidarebefordrat till {P}, fastighetsskötare.",
    "Mvh\n{P}\nHittegodsansvarig\n{BOX}\nTel: {PHL}\n{EF}",
    "Polisanmälan gjord av {P} på {PH114} den {DATE}. Stöld av {ITEM} ur barnvagnsrummet på {A}. Anmälan har fått nummer {DNR}.",
    "Adressändring i hittegodsärende {HG}: {P} har flyttat från {A} till {A}. Föremålet ({ITEM}) skickas till den nya adressen.",
    "Anmälan om stöld av båtmotor\nMålsägande: {P#1}, {PNR}\nAdress: {ARL}\nBåten låg vid bryggan nedanför {AR}. Motorn ({SER}) saknades på morgonen.\nKontakt: {PHM}",
    "Lägenhetsinbrott\nAdress: {STL}\nMålsägande: {P#1} och {P}\nAnmält av {Gs#1} granne {P}, {PH}, som såg att dörren stod öppen kl {TIME}.",
    "NAMN: {U}\nADRESS: {A}\nTELEFON: {PH}\nÄRENDE: förlust av {ITEM}\nUNDERSKRIFT: ________",
    "Hej {N}! {Ps#2} cykel står fortfarande i vårt garage på {ST}. Kan du be {G#2} att hämta den? /{G}",
    "Störningsanmälan från {P#1}, {A}: grannarna {P} och {P} i lägenheten bredvid har bråkat högljutt flera nätter. {G#1} har ringt polisen två gånger ({DNR}).",
    "{Ss#1} hund {PET} har skällt oavbrutet i tre dagar när familjen är bortrest. Grannen {P} ringde {S#1} men fick inget svar. Förvaltare {P} kontaktad, {PHL}.",
    "Hittegods i trapphuset på {A}: en barnvagn. Tillhör den {Gs} familj på plan 2? Ring {P}, {PHM}.",
    "Stöld av fyrhjuling från gården {AR} natten mot {DAY}. Ägare: {P}, {PHM}. Grannen {P} på {AR} har övervakningskamera.",
    "Efterlysning: stulen lådcykel ({BIKE}, {COLOR}), ramnummer {RAM}, från innergården på {A}. Tips till {P} på {PHM} eller till polisen på {PH114}.",
    "Beslutet i ärende {DNR} skickas till {P}, {CO}.",
    "{g#1}: har nån sett {ns:m} hjälm? han tappade den vid busshållplatsen på {stn}\n{g#2}: nej men fråga {n:f}, hon var där",
)

EN = (
    # found-item registers
    "Lost Property Log – {PLACEEN}\nRef: {HG}\nFound: {DATEEN}, {TIMEEN}\nItem: {ITEMEN}\nHanded in by: {P}, {AU}\nContact: {PHUK}\nLogged by: {I}",
    "FOUND PROPERTY RECORD\nItem: {ITEMEN} ({SER})\nLocation found: {PLACEEN}\nFinder: {F}\nFinder's address: {AU}\nFinder wishes to claim if unclaimed: yes\nReceived by PC {S}",
    "Hi {G},\nWe think we have your {ITEMEN}. It was handed in at {PLACEEN} on {DAYEN}. Please bring photo ID and quote reference {HG} when you collect it from our office at {AU}.\nKind regards,\n{P}\nLost Property Office",
    "Hotel lost & found\nRoom {NUM}, guest {RU#1}\nItem: {ITEMEN}\nFound by housekeeping ({G}), {DATEEN}\nGuest contacted at {E#1} and {PHX}",
    "Items found on the number 73 bus, {DATEEN}:\n- {ITEMEN} (name tag: {P})\n- {ITEMEN}\n- {ITEMEN}, contains a card in the name of {I}\nSent to the central lost property office.",
    "Airline baggage report\nPIR: {PIR}\nPassenger: {RU#1}\nDelivery address: {AUL}\nPhone: {PHUK}\nEmail: {E#1}\nBag: black hard case with yellow tag",
    "Lost & Found – Hillside Primary\nPE kit labelled {P}\nLunchbox labelled {G}\nJumper labelled {S}\nUnclaimed items go to the charity shop on {DAYEN}. Questions: {P}, school office, {PHUK}",
    "Re: found dog\nHi, I found a small terrier on {AU} this morning. No collar but the microchip says the name is {PET}. The owner listed is {P}, but the number {PHUK} doesn't work. Can you help? – {G}",
    # loss and theft reports
    "LOSS REPORT\nSurname: {SU#1}\nForename(s): {GU#1}\nDate of birth: {DATEEN}\nAddress: {AUL}\nMobile: {PHUK}\nEmail: {E#1}\nItem lost: {ITEMEN}\nWhere: {PLACEEN}",
    "Crime reference number: {CRN}\nVictim: {P}\nOffence: theft of pedal cycle\nLocation: outside {AU}\nBike: {BIKE}, {COLOREN}, frame no. {RAM}\nOfficer in charge: PC {S}",
    "Incident Report {INC}\nReporting party: {P#1}, {AUS}\nPhone: {PHUS}\nNarrative: {G#1} states that a package was taken from the porch between {TIMEEN} and {TIMEEN}. Neighbor {P} has doorbell video.\nOfficer: {I}",
    "Theft from vehicle – statement of {F#1}\nI parked my car outside {AU} at about {TIMEEN}. When I returned my {ITEMEN} had been taken from the back seat. My neighbour {P} saw two young men near the car.\nSigned: {P#1}",
    "I'd like to report my phone stolen. My number is {PHUK}, IMEI {IMEI}. It was taken from my bag at {PLACEEN} on {DAYEN}. Home address {AU}. — {P}",
    "Dear Sir or Madam,\nI lost my {ITEMEN} on the train from {TOWNEN} on {DATEEN}. It has my name, {P}, written inside. Please contact me on {PHX} or write to {AXL} if it turns up.\nYours faithfully,\n{P}",
    "Stolen passport report\nName: {F}\nPassport no.: {PASS}\nPlace of loss: {PLACEEN}\nHome address: {AUSL}\nPhone: {PHUS}\nFiled with: {S}, consular section",
    "Report to Action Fraud, ref {CRN}. {P#1:f} says her handbag was stolen at {PLACEEN} and her card ({CARD}) was used twice afterwards. She can be reached on {PHUK} or at {E#1}.",
    # claim receipts
    "RECEIPT – RETURNED PROPERTY\nRef: {HG}\nItem: {ITEMEN}\nReturned to: {P}\nID checked: driving licence\nReleased by: {P}\nDate: {DATEEN}",
    "I, {F#1}, confirm that I have received my {ITEMEN} (ref {HG}) in good order.\nSigned {P#1}, {DATEEN}\nWitness: {I}",
    "Collection slip {HG}: {R} collected {ITEMEN} on {DATEEN} at {TIMEEN}. Storage fee {GBP} paid by card {CARD}. Staff: {Gi}.",
    "Hi {N}, your {ITEMEN} has been posted to {AU} by Royal Mail, tracking number {HG}. Thanks, {P}, Lost Property",
    "Authority to collect: I, {P}, of {AU}, authorise {P} to collect my {ITEMEN} (reference {HG}) on my behalf.",
    # bicycle registrations
    "Bike registration\nOwner: {P#1}\nAddress: {AU}\nPhone: {PHUK}\nEmail: {E#1}\nMake: {BIKE}\nFrame number: {RAM}\nColour: {COLOREN}",
    "Bike marking event, {TOWNEN}, {DATEEN}\n{R} – {BIKE}, {RAM}\n{R} – {BIKE}, {RAM}\n{R} – {BIKE}, {RAM}\nMarked by PCSO {S}",
    "We have recovered a bicycle ({BIKE}, frame number {RAM}) that is registered to you, {P}. Please call {PHUK} and quote {CRN} to arrange collection.",
    "Campus bike registration: {P#1} ({E#1}), dorm address {AUSL}, {BIKE} in {COLOREN}, serial {RAM}. Registered by campus police, officer {S}.",
    # a neighbour's disturbance
    "Noise complaint\nComplainant: {P#1}, {AU}\nAbout: the flat above, occupied by {P#2}\nDetails: loud music until 3 am on {DAYEN} and {DAYEN}. I have spoken to {G#2} twice.\nContact: {PHUK}",
    "Dear {P},\nWe have received complaints about noise from your flat at {AU}. Please keep noise to a minimum between 11 pm and 7 am. If you have questions, contact your housing officer, {P}, on {PHUK}.\nYours sincerely,\nTenancy Services",
    "Noise diary kept by {P}\n{DATEEN} {TIMEEN}: bass through the ceiling\n{DATEEN} {TIMEEN}: shouting in the stairwell\n{DATEEN} {TIMEEN}: dog {PET} barking for an hour\nTo be sent to the council's environmental health team.",
    "HOA notice: several residents have complained about the dog at {AUS}. We ask {P} and {P} to keep the dog leashed in common areas. Questions to board president {P}, {PHUS}.",
    "Hey {N}, sorry to bother you but the party was really loud last night and my kids couldn't sleep. Could you keep it down after 11? Thanks, {G} (flat 4)",
    "Neighbour dispute – mediation referral\nParty A: {P}, {AU}\nParty B: {P}, {AU}\nIssue: overhanging hedge and late-night noise\nReferred by PCSO {S}, {DATEEN}",
    # case officers' notes
    "Officer's notes, {CRN}\n{DATEEN}: Called victim {P#1} on {PHUK}. {G#1} says the bike was locked at {PLACEEN} between {TIMEEN} and {TIMEEN}. No CCTV. Recommend filing.\n– DC {S}",
    "Case note {INC}: Spoke with witness {P#1} ({PHUS}). {S#1} saw a man in a grey hoodie near the bike rack on {AUS}. No further description. /Det. {I}",
    "Interview with suspect {F:m}, of {AU}, at {TIMEEN}. Suspect says he bought the bike from {P} for {GBP} on Gumtree. Interviewing officer: DS {P}.",
    "Handover, {CRN}: case moves from {P} to {P} (investigations). Victim's new address: {AUL}, mobile {PHUK}.",
    "Dispatch log {INC}: {TIMEEN} call from {P} ({PHUS}) reporting neighbor {P} shouting and banging doors at {AUS}. Unit 12 dispatched.",
    # insurance claims
    "Claim form – theft\nPolicyholder: {P#1}\nAddress: {AU}\nPolice reference: {CRN}\nItem: {ITEMEN}, bought {DATEEN} for {GBP}\nContact: {E#1} / {PHUK}",
    "Dear {G},\nThank you for your claim for the stolen {ITEMEN}. We need a copy of the receipt and the police reference number. Please send them to {EF}.\nBest wishes,\n{P}, Claims Handler",
    # messages and mail
    "From: {P#1} <{E#1}>\nTo: {EF}\nSubject: Lost item\n\nHi,\nI think I left my {ITEMEN} at {PLACEEN} on {DAYEN}. Has anyone handed it in?\n\nThanks,\n{G#1}\n{PHUK}",
    "From: {EF}\nTo: {P#1} <{E#1}>\nSubject: Your lost property enquiry {HG}\n\nDear {G#1},\nUnfortunately nothing matching your description has been handed in. We keep enquiries open for 30 days.\n\nLost Property Team",
    "{g#1}: anyone lose a set of keys near {au}? found them on the wall\n{g#2}: omg yes that's mine!! can i come get them\n{g#1}: sure, i'm in flat 2",
    "{g#1}: someone nicked {n':f} bike from outside the library again\n{g#2}: no way, did she report it?\n{g#1}: yeah, the police gave her a crime number",
    "Thank you {N} for handing in my wallet at {AU}! Everything was still there. Please let me know if I can buy you a coffee – {E#1}. {P#1}",
    "Lost cat! {PET} is a grey tabby, last seen near {AU}. Please call {P} on {PHUK} or {PHUK}.",
    "Neighbourhood Watch – coordinators\n{R}, {AU}, {PHUK}\n{R}, {AU}, {PHUK}\nPolice contact: PC {P}, {PHUK}",
    "@{P} did anyone hand in a {COLOREN} scarf at reception yesterday? Thanks! ({G})",
    "Best regards,\n{P}\nLost Property Coordinator\n{AUL}\nTel: {PHUK}\n{EF}",
    "If found, please return to {P}, {AUS}, or call {PHUS}. Reward offered.",
    "Lost property notice for {P}: your {ITEMEN} was found at {PLACEEN} by {Gi} and is held at {AUL}. Collect within 3 months.",
    "Witness statement of {F#1}, of {AU}:\nOn {DAYEN} at about {TIMEEN} I saw a man cut the lock of a {COLOREN} bike outside the station. I know the owner, {P}, by sight. I would recognise the man again.\nSigned {P#1}",
    "Change of address for {HG}: {P} has moved from {AU} to {AU}. Please forward the {ITEMEN} to the new address.",
    "Burglary report {CRN}\nAddress: {AUL}\nOccupiers: {P} and {P}\nReported by the neighbour, {P}, {PHUK}, who saw the door open at {TIMEEN}.",
    "NAME: {U}\nADDRESS: {AU}\nTEL: {PHUK}\nITEM LOST: {ITEMEN}\nSIGNATURE: ________",
    "{N'#2} bike is still in our garage at {AU}. Could you ask {G#2} to pick it up? – {G}",
    "Property release\nOwner: {P}\nAddress: {AUS}\nPhone: {PHUS}\nItem: {ITEMEN}\nCase #: {INC}\nReleased by Officer {S}",
    "Tenant complaint: the tenants at {AUS}, {P} and {P}, leave their dog {PET} outside all night. Complainant: {P}, {AUS}, {PHUS}.",
    "Tourist reporting theft: {P}, home address {AX}, staying at {AU}. Passport {PASS} stolen at {PLACEEN}. Contact {PHX}.",
)

MIXED = (
    "Hej alla! Someone left this in konferensrum Oden after the all-hands: {ITEMEN}. Är det ditt, {G}? Otherwise it goes to reception. /{G}",
    "Lost & found @ receptionen, vecka {NUM}:\n- {ITEM} (name tag: {P})\n- {ITEMEN}\n- {ITEM}\nPick up before Friday, annars skänks det bort. Questions: {P}, {PHL}",
    "Incident report – stöld ur omklädningsrum\nReported by: {P#1}, {PHM}\nHome address: {A}\nEmployee ID: {NUM}{NUM}\nStolen: {ITEM}\nTime: {DATE} kl {TIME}\nPolisanmälan: {DNR}\nHandled by: {P} (Security)",
    "Hi {G}! Your {ITEMEN} was found in the taxi. Du kan hämta den på vårt kontor, {ST}, or we can send it to {A}. Ring {PHL} if you have questions. /Taxi Stockholm",
    "Från: {P#1} <{E#1}>\nTo: {EF}\nSubject: Borttappad sak / lost item\n\nHi,\njag tappade min {ITEMEN} på {PLACE} yesterday. Has it been handed in? My number is {PHM}.\n\nThanks,\n{G#1}",
    "{g#1}: min cykel är stulen 😭 från cykelstället på {stn}\n{g#2}: nooo, did you report it?\n{g#1}: ja, polisen.se, got a case number\n{g#2}: check blocket and facebook marketplace too",
    "Störningsanmälan / Noise complaint\nName: {P#1}\nAddress: {STL}\nPhone: {PHM}\nThe neighbour in lgh {LGH}, {P#2}, has had loud parties every weekend. I have talked to {G#2} but nothing has changed.",
    "Dear {G},\ntack för din anmälan om störningar. We have sent a letter to the tenant and will follow up. Kontakta oss på {EF} eller {PHL} if it continues.\nBest regards\n{P}, Housing Officer",
    "Bike registration / cykelregistrering\nOwner: {P#1}\nPersonnummer: {PNR}\nAddress: {A}\nMobile: {PHM}\nMake: {BIKE}, colour {COLOREN}\nRamnummer: {RAM}",
    "Student housing incident log {DATE}\n{TIME}: noise complaint from {P} (korridor 3) about {P'} party\n{TIME}: väktare {S} på plats, party ended\n{TIME}: complaint closed by {Gi}",
    "Hej {G}, the police called – de har hittat din laptop! You need to pick it up at the station i {TOWN}, ta med legitimation. Case number {DNR}. /{G}",
    "Claim – stolen bike / stöld av cykel\nPolicyholder: {P#1}, {PNR}\nAddress: {AL}\nPolice report: {DNR}\nBike: {BIKE}, frame no {RAM}, bought {DATE} for {AMT}\nContact: {E#1}",
    "{g#1}: found someone's airpods in the gym, det står {g#3:f} på fodralet\n{g#2}: it's {p#3}, hon jobbar på ekonomi\n{g#1}: ok lämnar dem vid hennes skrivbord",
    "Handover note – hittegods\nFrom: {P} (nattvakt)\nTo: {P} (dagvakt)\n- {ITEM} found in lobby {TIME}\n- {ITEMEN}, owner {P} will pick up tomorrow, phone {PHM}",
    "Hi! I'm {P}, I live at {A}. Min granne {P:f} has had her dog barking all night for a week. Vem ska jag prata med? Tel {PHM}",
    "Lost passport – Swedish embassy\nName: {F}\nPersonnummer: {PNR}\nPassnummer: {PASS}\nAddress abroad: {AX}\nPhone: {PHX}\nAdress i Sverige: {A}",
    "Reminder: please märk era cyklar! Registration this {DAYEN} in the garage, {ST}. Contact {P#1} ({E#1}) to book a slot.",
    "From: {EF}\nTill: {P#1} <{E#1}>\nSubject: Ditt ärende {HG}\n\nHi {G#1}, we found something that matches your description ({ITEMEN}). Du kan hämta den {DAY} after {TIME} at {BOX}. Bring ID.\n\nLost & Found team",
    '@{G} did you leave your nycklar at the office? There\'s a set with a tag that says "{S}" på receptionsdisken',
    "Hej {G}! Your suitcase (PIR {PIR}) is on its way, levereras till {A} between {TIME} and {TIME}. Questions: {PHL}.",
    "Security report {DATE}: at {TIME} {P:f} reported that her {ITEM} was stolen from her desk on plan 4. CCTV checked by {P}. Polisanmälan görs av {G} tomorrow.",
    "Kvitto / Receipt\nHittegods nr {HG}\nReturned to: {R}\nID: pass, checked\nUtlämnat av: {I}\nDate: {DATE}",
    "Witness / vittne: {P#1}, {PHM}, {E#1}. {G#1} saw someone cut the lock on the bike outside {ST} kl {TIME}.",
    "Hej! My name is {P} and I think I lost my {ITEMEN} on {PLACE} igår kväll. Har någon lämnat in den? You can reach me at {PHX} (utländskt nummer).",
    "Neighbour watch / grannsamverkan {TOWN}\nContacts:\n{R}, {ST}, {PHM}\n{R}, {ST}, {PHM}\nKontaktpolis: {P}, {PHL}",
    "Note to self: ringa {P#1:f} om den borttappade {ITEMEN}, hon har case no {DNR}. Also mail {E#1} about the insurance.",
    "Hi {N}, the landlord says du måste anmäla störningen skriftligt. Send it to {EF} with dates and times. /{N}",
    "{n}: are you missing a jacket? det hänger en blå i hallen since the party\n{g}: yes!! mine, hämtar i morgon",
    "Investigation update {DNR}: Suspect {F:m} ({PNR}) interviewed by {I} on {DATE}. Claims he bought the bike from {P} on Blocket. Målsägande {P} informed via {PHM}.",
    "Mvh / Best regards\n{P#1}\nSecurity & Facilities\n{A}\nMobile: {PHM}\nE-mail: {E#1}",
    "Lost property handed to the police: {ITEMEN}, found by {G} on {ST}. Polisen i {TOWN} has it now, ref {HG}. Owner unknown, but the bag had a card from {P} inside.",
    "The claim for {P'} stolen {ITEMEN} is approved: {AMT} betalas ut minus självrisk. Contact the handläggare, {P}, at {PHL} if anything is unclear.",
    "Hej {G}! Jag har din {ITEMEN} – you left it on the train. I'm at {a} till kl {TIME}, or I can leave it at the station. /{G}",
    "Facilities ticket: cykelrummet at {ST} was broken into last night. {NUM} bikes missing. Reported by {P} ({PHM}). Police notified, case {DNR}.",
    "Dear {P},\nwe've had klagomål about noise from your lägenhet at {A}. Please respect the quiet hours (22–07). If it continues we must report it to hyresvärden.\n{P}, BRF board",
    "Subject: Found wallet / Upphittad plånbok\nHi, I found a wallet at {PLACE}. Det finns ett ID-kort i den: {P#1}, född {DATE}. I'll hand it in to the police unless someone here knows {G#1}. /{P}",
    "Incident: stolen laptop\nEmployee: {P}\nSerial: {SER}\nLast seen: {PLACE}, {DATE}\nReported to IT by {G}, polisanmälan {DNR}\nLoan laptop issued by {Gi}",
    "{g#1}: nån som vet vems hund som skäller i trapphus B?\n{g#2}: it's {s':f} dog {PET}, de är bortresta\n{g#1}: ok ringer henne på {PHM}",
    "Lost: {ITEMEN} on the Arlanda Express. Hittelön! Contact {P#1}, {E#1}, {PHX}.",
    "Hej {G}, could you check the hittegods log? A guest, {P:f} (rum {NUM}), says she left her {ITEMEN} in the spa. Her number is {PHX}. /{G}",
    "Case officer's note / handläggaranteckning: {DATE}. Called {P#1} on {PHM}, no answer. Skickat brev till {AL}. Will try {G#1} again {DAYEN}. /{S}",
    "Security incident – storage room\nReported: {DATE} kl {TIME}\nBy: {P#1} ({E#1})\nStolen: {ITEM}\nSecurity guard on duty: {P}\nPolice: {DNR}",
    "Hi {G}!\nTack för att du lämnade in telefonen. The owner, {P:f}, picked it up today and wanted to say thanks. Her number if you want it: {PHM}.\n/{G}, reception",
    "Reminder from the styrelse: the bike room at {ST} will be cleaned out on {DATE}. Unmarked bikes go to the police as hittegods. Questions: {P#1}, {PHM}, {E#1}.",
    "Shipping the lost bag to {AU} today – the owner, {P}, is back in London. Porto {AMT}. /{G}",
    "Minutes, BRF Lindgården: störningar från lgh {LGH} discussed. {P} will write to the tenant, {P}. Police contacted once ({DNR}). Next meeting {DATE}.",
    "Återlämnat / returned: {ITEMEN} to {P}, {PNR}, c/o relatives at {AXL}. Signed {I}.",
    "Taxi lost property: driver {G} found {ITEMEN} after a ride to {A}. Kunden {P} nås på {PHM}.",
    "{g#1}: hittade en pärm med papper från polisen i tvättstugan?? står {p:f} på\n{g#2}: oj, lägg den i hennes brevlåda, hon bor på {a}",
    "From: {P#1} <{E#1}>\nSubject: stolen bike report\n\nHej! Jag vill anmäla att my bike ({BIKE}, {COLOREN}, ramnr {RAM}) was stolen outside {ST} on {DAYEN}. Kan ni hjälpa mig?\n\n{P#1}\n{PHM}",
    "Change of address / adressändring: {P} has moved from {A} to\n{AL}\nPlease send the hittegods ({ITEMEN}) there.",
    "Inbrott på kontoret, {A}, natten till {DAY}. Datorer stulna från {Gs} och {Gs} skrivbord. Polisanmälan {DNR}, contact: {P}, {PHM}.",
    "NAMN / NAME: {U}\nADRESS / ADDRESS: {A}\nTEL: {PHM}\nFörlorat / lost: {ITEMEN}",
    "{n#1}: {gs:f} cykel was stolen again from {stn} 😩\n{g#2}: seriously? tell her to register it with polisen",
    "Hi {N}! {P'#2} suitcase arrived at the hotel – kan du säga till {G#2}? It's at the reception, {A}.",
)

# Rows with no value at all, used once each: look-alikes of the genre.
NEGATIVES = (
    (
        "sv",
        "Hittegods HG-2027-04417: svart paraply, inlämnat 14/3 kl 16.40 vid spärrarna på T-Centralen. Förvaras på hittegodsexpeditionen i tre månader.",
    ),
    (
        "sv",
        "Diarienummer 5000-K1234567-27. Brottsrubricering: stöld, ringa brott. Förundersökningen läggs ned 2027-04-02 då spaningsresultat saknas.",
    ),
    (
        "sv",
        "Ramnummer WBK 447102H, Crescent 7-växlad, färg mörkgrön, köpt 2019 för 6 995 kr. Cykeln är märkt av Stöldskyddsföreningen.",
    ),
    (
        "sv",
        "IMEI 35 420911 447312 6 – anmäld stulen den 3 maj. Operatören har spärrat enheten och abonnemanget.",
    ),
    (
        "sv",
        "Försäkringsärende S-2027-448812: självrisk 1 500 kr, värdeminskning 20 %, ersättning 4 180 kr sätts in på konto 8327-9, 914 227 551-4 inom fem bankdagar.",
    ),
    (
        "sv",
        "Bo i hyresrätt innebär att man ska klara av att visa hänsyn: tyst mellan kl 22 och 07, inga fester i tvättstugan och inga cyklar i trapphuset.",
    ),
    (
        "sv",
        "Inbrott i förråd 14, 17 och 22 natten mot lördag. Låsen klipptes upp. Föreningen byter till nya hänglås med klass 3 och sätter upp kamera vid porten.",
    ),
    (
        "sv",
        "En rosa barncykel med stödhjul har stått vid lekplatsen sedan i augusti. Om ingen hämtat den före den 1 oktober lämnas den till Polisen som hittegods.",
    ),
    (
        "sv",
        "Lokalpolisområde Norrmalm: 34 anmälda cykelstölder i maj, 12 fler än i april. Flest stölder vid Centralstationen och i Vasastan.",
    ),
    (
        "sv",
        "Hittelön är enligt praxis tio procent av föremålets värde. Om ägaren inte hörs av inom tre månader kan upphittaren få behålla föremålet.",
    ),
    (
        "sv",
        "Sten, björk och gran – det var vad som eldades i tunnan på gården i går kväll. Röken låg tät över parkeringen, men ingen störning anmäldes.",
    ),
    (
        "sv",
        "Swish 123 456 78 90 är föreningens nummer för hittelön och avgifter. Ange ärendenummer 2027/0317 i meddelandet.",
    ),
    (
        "sv",
        "Polisens hittegods i Göteborg tar emot upphittade föremål vardagar 9–15. Väskor och ryggsäckar som lämnas in öppnas och inventeras i två personers närvaro.",
    ),
    (
        "sv",
        "Stulet ur bil ABC 12D på infartsparkeringen: en GPS, en laddkabel och en jacka. Rutan krossades mellan kl 02.10 och 05.30.",
    ),
    (
        "sv",
        "Lisa för själen: äntligen tyst i trapphuset efter tre veckors renovering. Tack till alla grannar för tålamodet!",
    ),
    (
        "sv",
        "Viktigt: märk cykeln med ramnummer och registrera den, så ökar chansen att få tillbaka den. Per år anmäls runt 60 000 cykelstölder i landet.",
    ),
    (
        "sv",
        "Borttappat: ett halsband med en liten björn i silver, troligen i omklädningsrummet på simhallen. Hittelön 500 kr.",
    ),
    (
        "sv",
        "Ordningsregler för tvättstugan: boka pass på listan, torka ur trumman och lämna inte kvar tvätt. Kvarglömd tvätt läggs i lådan märkt Hittegods.",
    ),
    (
        "sv",
        "Förlustanmälan av körkort görs hos Transportstyrelsen. Det gamla körkortet blir ogiltigt och ett nytt kostar 250 kr plus fotoavgift.",
    ),
    (
        "sv",
        "Ärende 2027/1142: klagomål på hund som skäller i trapphus C på dagtid. Styrelsen skickar ett allmänt brev till alla i uppgången.",
    ),
    (
        "sv",
        "Dag 1: väskan saknas på bandet på Arlanda. Dag 3: flygbolaget meddelar att den hittats i Frankfurt. Dag 4: väskan levererad, ett hjul avbrutet.",
    ),
    (
        "sv",
        "Ros och ris till SL: rost på spärrarna, men hittegodset svarade snabbt och hittade mössan inom två dagar.",
    ),
    (
        "sv",
        "Brott mot griftefrid, skadegörelse och stöld av koppar från kyrkogården. Länsstyrelsen och Polisen utreder tillsammans, ärende K998877-27.",
    ),
    (
        "sv",
        "Vilja och ork räcker långt, men en bra bygellås räcker längre. Testvinnare 2027: bygellås med 16 mm bygel, pris 899 kr.",
    ),
    (
        "sv",
        "Kl 23.15 ringde någon på porttelefonen upprepade gånger. Väktare från Securitas kom 23.40 men ingen fanns på plats.",
    ),
    (
        "sv",
        "Stig in och lämna din upphittade vante i korgen vid entrén. Korgen töms varje fredag och innehållet skänks till Stadsmissionen.",
    ),
    (
        "en",
        "Lost Property Office, reference LP-2027-88213: black umbrella, found 14 March at 4:40 pm by the ticket barriers. Items are kept for three months.",
    ),
    (
        "en",
        "Crime reference 01/123456/27. Offence: theft of pedal cycle. The investigation has been filed pending further information.",
    ),
    (
        "en",
        "Frame number WTU 482 0113 K, Trek hybrid, 21 gears, dark green, bought in 2022 for £640. Marked and registered.",
    ),
    (
        "en",
        "IMEI 35 209900 176148 1 has been blocked by the network. The handset cannot be used on any UK network from today.",
    ),
    (
        "en",
        "Someone tried to rob the corner shop last night, but the alarm went off and they ran. Nothing was taken and no one was hurt.",
    ),
    (
        "en",
        "My bike got nicked outside the gym again. Third time this year. The bobby who came round said to get a better D-lock.",
    ),
    (
        "en",
        "Jack the car up, take the wheel off, and you'll find the spare key the previous owner hid. Will try that on Saturday.",
    ),
    (
        "en",
        "The Old Bill came round about the noise at 2 am. Frank words were exchanged, and the music went off at 2:15.",
    ),
    (
        "en",
        "Found: a silver locket with a tiny rose engraved on it, near the bandstand in the park. Handed in to the park office.",
    ),
    (
        "en",
        "Noise complaints to the council: 1,204 in 2026, most of them about amplified music after 11 pm. Average response time: 3 days.",
    ),
    (
        "en",
        "Grace period: you have 28 days from the date of the notice to collect your property before it is disposed of.",
    ),
    (
        "en",
        "Mark your bike, register the frame number, and lock it to something solid. Bill of sale and receipt help your claim if it is stolen.",
    ),
    (
        "en",
        "Amber alert lifted at 9:40 pm. The child was found safe at a relative's home, police said.",
    ),
    (
        "en",
        "Policy no. HX-55-0192-77: excess £100, claim settled at £385.00, paid to account ending 4417 on 12/04/2027.",
    ),
    (
        "en",
        "They tried to jimmy the door with a crowbar at about 3:30 am. The deadbolt held. Scratches on the frame; photos taken.",
    ),
    (
        "en",
        "Sue the landlord? Maybe. But first, keep a noise diary for two weeks and send it to environmental health.",
    ),
    (
        "en",
        "Left on the 07:42 from Paddington: a brown leather briefcase. Handed in at Reading, ref 7751/27.",
    ),
    (
        "mixed",
        "Lost & found i receptionen: en blå Kånken, a pair of AirPods och en nyckelknippa med bricka märkt Förråd 3. Pick up before Friday.",
    ),
    (
        "mixed",
        "Incident 2027-0412: cykelrummet broken into, 6 bikes missing. Polisanmälan K554411-27. New locks installed Tuesday.",
    ),
    (
        "mixed",
        "Reminder: quiet hours are 22–07 enligt ordningsreglerna. Please be considerate mot grannarna, especially on weeknights.",
    ),
    (
        "mixed",
        "Our claim ref S-2027-7781 is approved: 4 180 kr betalas ut minus självrisk 1 500 kr. Payment within 5 bankdagar.",
    ),
    (
        "mixed",
        "The IMEI is 35-420911-447312-6 och telefonen är spärrad hos operatören. Please don't try to unlock it.",
    ),
    (
        "mixed",
        "Hittegods from the kickoff: en svart mössa, two umbrellas and a charger. All items are in the box vid receptionen på plan 2.",
    ),
    (
        "mixed",
        "Frame number / ramnummer: WBK 551209J. Brand: Skeppshult, färg grå. Purchased 2021, kvitto finns.",
    ),
    (
        "mixed",
        "Did someone rob the vending machine? Den är uppbruten och alla mynt är borta. Facilities has been notified.",
    ),
    (
        "mixed",
        "Security update: kameror installeras i garaget on Monday. Footage is kept for 14 dagar according to GDPR.",
    ),
    (
        "mixed",
        "Per capita we have the most bike thefts in the region, enligt statistiken från BRÅ. Lock your bike, always.",
    ),
    (
        "mixed",
        "Swish-nummer 123 900 44 71 is only for payments, inte för frågor. For questions, use the form on the website.",
    ),
    (
        "mixed",
        "Sorry för ljudet igår – we were moving furniture until late. Det blir tyst från och med nu, promise!",
    ),
    (
        "mixed",
        "The storage room key is lost. Nyckeln hade en röd bricka. A new lock costs 1 200 kr, betalas av föreningen.",
    ),
    (
        "mixed",
        "Case closed: the wallet was found i bilen. Thanks everyone for looking, och förlåt för besväret!",
    ),
    (
        "mixed",
        "Rosa cykeln i cykelstället has been there since June. If it's yours, hämta den senast 30/9, otherwise it goes to the police.",
    ),
    (
        "mixed",
        "Klara, färdiga, gå: the annual bike sale is on Saturday 10–14 in the garage. Unclaimed bikes from the police auction.",
    ),
    ("mixed", "Lost: grey scarf, wool, probably in the lunchroom on plan 5. Hittelön: fika on me."),
)
