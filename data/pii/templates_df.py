# ruff: noqa: E501
"""Templates of held-out DF (issue 15): the local newspaper, of Britain and Ireland and its Swedish
counterpart.

Written by DF's writer from general knowledge of how local papers print things: court reports with
defendants' addresses, family notices (deaths, funerals reposing at home, anniversaries, births),
property sales and price registers, planning and licensing lists, letters to the editor signed
with the writer's address, lost and found, sports clubs' results, parish and community notes, and
the newsroom's own mail and chat. Slots: {P} full name, {p} in lower case, {U} in capitals, {F}
with middle names, {G}/{g} given name, {N}/{n} short form, {S}/{s} surname, {SU} in capitals, {I}
initial and surname, {Gi} given name and the surname's initial, {R} `Surname, Given`, {RU}
`SURNAME, Given`, {NB} a short form in brackets, {E} the person's e-mail; a trailing `s` or `'` a
genitive; `#n` the same person again, `=n` a relative carrying person n's surname, `:f`/`:m` a
woman or a man. Addresses: {A} Swedish, {AL} over lines, {AR}/{ARL} rural, {AS} street and town,
{ST} street, {VIL} village, {STL} with lgh, {AC} capitals, {a} lower case, {BOX}; {AU}/{AUL}/{AUN}
British (postcode, over lines, as a paper prints it), {au} lower case; {AI}/{AIL}/{AIN} Irish,
{AT}/{ATN} by townland, {ai} lower case, {EIR} an Eircode alone; {AUS} American, {AX}/{AXL}
European. Phones {PH} Swedish, {PHIE} Irish, {PHUK} British, {PHX} elsewhere; {PNR}/{PNRO}
personnummer; {EF} a firm's or office's e-mail. Everything else fills in no value.
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
CLUBS = {
    "sv": ("Ljungby IF", "Tranås AIF", "IFK Värnamo", "Hultsfreds FK", "Vimmerby IF", "Lidköpings IF", "Sunne IK", "Arvika FF", "Bollnäs GIF", "Edsbyns IF", "Kiruna FF", "Alvesta GIF", "Eksjö BK", "Ronneby BK", "Motala AIF", "Säffle FF"),
    "en": ("Kendal CC", "Hexham RFC", "Ludlow Town", "Whitby Town", "Penrith AFC", "Thirsk Falcons", "Settle United", "Truro City", "Stroud Harriers", "Enniskillen Rangers"),
    "ie": ("Knockmore", "Westport", "Ballintubber", "Breaffy", "Corofin", "Moycullen", "Nemo Rangers", "Glen Rovers", "Ballyhale Shamrocks", "Clonmel Commercials", "Killarney Legion", "Portlaoise", "Tuam Stars", "Ballina Rovers"),
}  # fmt: skip
# Churches named after saints or feasts: a place, no person.
CHURCHES = ("St Mary's Church", "St Patrick's Church", "St Brigid's Church", "the Church of the Assumption", "Sacred Heart Church", "St Colman's Cathedral", "the Church of the Immaculate Conception", "St Michael's Church")  # fmt: skip

SV = [
    # --- Tingsrätten och rättsnotiser
    "TINGSRÄTTEN. {P#1:m}, {AGE}, {AS}, döms för ringa narkotikabrott till {NUM} dagsböter à 50 kronor. Kammaråklagare {S} hade yrkat på villkorlig dom.",
    "Dom i mål {MAL}: Tilltalad {P#1}, {PNR}, {A}. Målsägande {P#2}. Offentlig försvarare advokat {P#3}. Ordförande: rådmannen {S}.",
    "Rättegång i tingsrätten i {TOWN}. En {AGE}-årig man, {P#1:m}, bosatt på {ST}, dömdes i går för stöld av en motorsåg ur grannen {Gs#2:m} garage. Mannen nekade till brott.",
    "Konkurser i länet: {P#1}, {PNR}, {A}. Konkursförvaltare advokat {P#2}, {BOX}, tel. {PH}.",
    "Kallelse på okända borgenärer. Dödsboet efter {F#1}, {PNRO}, senast boende {A}. Anmälan om fordringar senast {DATE} till {P#2}, {BOX}.",
    "Stämningsansökan har kommit in till tingsrätten i mål {MAL}. Kärande: {RU#1}, {PNR}. Svarande: {RU#2}, {PNR}, {AL}.",
    "Häktad: en {AGE}-årig kvinna från {TOWN}, {P#1:f}, häktades på fredagen misstänkt för grov misshandel. Hon företräds av advokat {P#2}. Åklagare är {P#3}.",
    "NÄRINGSFÖRBUD. Tingsrätten har meddelat {P#1}, {PNR}, {AS}, näringsförbud i tre år. Bolaget, {Ss#1} Bygg & Montage AB, gick i konkurs i fjol.",
    "Domar i sammandrag: {P#1}, {AGE}, {TOWN}, rattfylleri, villkorlig dom. {P#2}, {AGE}, {AS}, ringa stöld, 40 dagsböter. {P#3}, {AGE}, {TOWN}, olaga hot, skyddstillsyn.",
    "Förvaltarskap: Överförmyndaren har utsett {P#1} till god man för {P#2}, {PNRO}, boende på {ST}, {TOWN}.",
    "Lagfart har beviljats för fastigheten {FAST} till {P#1}, {PNR}, och {P#2}, {PNR}, genom köp.",
    # --- Familjesidan
    "Min älskade make,\nvår käre pappa och morfar\n{F#1:m}\n* {BORN}\n† {DATE}\n\n{G#2:f}\n{G#3} och {G#4}\nBarnbarnen\n\nBegravningen äger rum i {TOWN} kyrka {DAY} {DATE} kl. {TIME}. Tänk gärna på Cancerfonden, pg 90 1986-9. Fonus, tel. {PH}.",
    "Vår kära mamma, mormor och gammelmormor {F#1:f} har somnat in i en ålder av {AGEO} år. Närmast sörjande: sönerna {G#2:m} och {G#3:m} med familjer. Begravningsgudstjänst i {TOWN} kyrka {DAY} kl. {TIME}. Minnesgåva till Hjärt-Lungfonden, bg {BG}.",
    "FÖDDA. Till {P#1:f} och {P#2:m}, {TOWN}, en dotter, {G#3:f}, den {DATE}. Vikt {WEIGHT}, längd {CM}. Storebror {G#4:m} är mycket stolt.",
    "Välkommen lille {G#1:m}! Född {DATE} på BB i {TOWN}. Lyckliga föräldrar är {G#2:f} och {P#3=2:m}, {AS}. {Gs#1} storasyster {G#4:f} hälsar också.",
    "70 år fyller {DATE} {F#1}, {AS}. Jubilaren firar med familjen och undanber sig uppvaktning.",
    "50 år. {P#1:f}, {ST}, {TOWN}, fyller 50 år på {DAY}. Grattis önskar {G#2}, {G#3} och {G#4}!",
    "Guldbröllop firar {DAY} {G#1:m} och {P#2=1:f}, {AR}. De gifte sig i {TOWN} kyrka för 50 år sedan. Gratulationer från barn och barnbarn.",
    "Vigda i {TOWN} kyrka den {DATE}: {P#1:f} och {P#2:m}. Vigselförrättare var kyrkoherde {P#3}. Brudparets adress: {AL}.",
    "Ett varmt tack till alla som på olika sätt hedrade minnet av vår kära {P#1:f}. Tack också till personalen på äldreboendet för god omvårdnad.\n{G#2} med familj",
    "MINNESORD. {F#1:m} har avlidit, {AGEO} år gammal. Han växte upp i {VIL} utanför {TOWN} och drev under många år {Ss#1} Åkeri. Han sörjs närmast av hustrun {G#2:f} och barnen {G#3} och {G#4} med familjer.\n{P#6}",
    "Vår älskade\n{F#1:f}\nhar lämnat oss i stor sorg och saknad.\n{TOWN}\n\n{G#2:m}\n{P#3} och {P#4}\nSyskon med familjer\n\nBegravningen sker i stillhet. Hedra gärna hennes minne med en gåva till Röda Korset. Begravningsbyrån {S#5}, {A}.",
    "Dödsfall: {F#1}, {AS}, avled den {DATE}, {AGEO} år. Närmast anhöriga är {P#2} och {P#3}.",
    "Grattis {G#1} på 18-årsdagen! Kram från mamma, pappa, {G#2} och mormor {G#3:f}. ❤",
    "Tack till alla som uppvaktade mig på min 80-årsdag med blommor, kort och telefonsamtal. /{P#1}, {AR}",
    "Familjesidan: Annonser lämnas senast onsdag kl. 12 via {EF} eller tel. {PH}. Kontaktperson på annonsavdelningen är {P#1}.",
    # --- Fastighetsaffärer, lagfarter och bostadsrätter
    "Fastighetsaffärer i {TOWN}: {FAST}, {ST}: {P#1} till {P#2}, {PRICE}. {FAST}, {ST}: {R#3} och {R#4} till {P#5}, {PRICE}.",
    "Lagfarter: {FAST} ({A}) har sålts av dödsboet efter {P#1} till {P#2} och {P#3} för {PRICE}.",
    "Såld bostadsrätt: 3 rok, {STL}. Säljare {P#1}, köpare {P#2}. Pris {PRICE}. Mäklare {P#3}, Mäklarhuset, {PH}.",
    "Fritidshuset på {VIL} såldes för {PRICE}. Köpare är {P#1} och {P#2} från {TOWN}, säljare {P#3}.",
    "Fastighetsaffärer vecka {WEEK}: {FAST} ({AS}) – {R#1} till {R#2}, {PRICE}; {FAST} ({AS}) – {R#3} till {R#4}, {PRICE}; {FAST} – dödsbo till kommunen, {PRICE}.",
    "Gården på {VIL} med 42 hektar skog har bytt ägare. {P#1}, som ägt gården sedan 1987, sålde till grannen {P#2} för {PRICE}.",
    "Hej! Jag såg att ni skrev att huset på {ST} såldes för {PRICE}, men köparen heter {P#1}, inte {P#2}. Kan ni rätta? /{P#3}, {PH}",
    # --- Bygglov, kungörelser och tillstånd
    "KUNGÖRELSE. Bygglov har beviljats för nybyggnad av garage på fastigheten {FAST}, {ST}. Sökande: {P#1}. Handläggare {P#2}, tel. {PH}, {E#2}. Dnr {DNR}.",
    "Bygg- och miljönämnden: Strandskyddsdispens för brygga, {FAST} ({AR}). Sökande {P#1}. Beslutet kan överklagas inom tre veckor.",
    "Serveringstillstånd: {P#1} har ansökt om stadigvarande serveringstillstånd för Pizzeria Kvarnen, {A}. Synpunkter till handläggare {Gi#2} senast {DATE}, {EF}.",
    "Ansökan om offentlig tillställning: loppmarknad på {ST} den {DATE}. Arrangör {P#1}, tel. {PH}.",
    "Underrättelse om granskning. Detaljplan för {FAST} m.fl. Grannar som berörs: {R#1}, {A}; {R#2}, {A}; {R#3}, {AL}. Dnr {DNR}.",
    "Rivningslov för ekonomibyggnad på {VIL}. Sökande: {U#1}, {AC}.",
    "Tillstånd att sälja fyrverkerier har getts till {P#1}, {Ss#1} Livs, {A}. Ansvarig föreståndare: {P#2}, {PH}.",
    # --- Insändare
    "INSÄNDARE. Varför ska vi som bor på {ST} stå ut med tung trafik varje morgon? Kommunen lovade farthinder redan 2024. Gör något nu!\n{P#1}, {AS}",
    "Svar till {P#1} om skolskjutsen: Jag håller helt med. Mina barn får gå 3 km längs 40-vägen.\n{P#2}, {TOWN}",
    "Skriv en insändare! Max 2 000 tecken. Ange namn, adress och telefon – signatur går bra. Mejla {EF} eller skicka till Insändare, {BOX}.",
    "Tack till den okände som hittade min plånbok vid {ST} och lämnade in den hos polisen. Allt fanns kvar!\n{P#1}, {A}",
    "Insändare: Bevara biblioteket i {TOWN}! Vi har samlat 612 namn. Listorna lämnas till kommunstyrelsens ordförande {P#1} på {DAY}.\n{P#2}, {P#3} och {P#4} för Byalaget",
    "Jag vill rikta ett stort tack till {G#1:m} på hemtjänsten som kommer varje morgon med ett leende.\n{Gi#2}, {AS}",
    # --- Hittegods, efterlysningar, radannonser
    "Hittat: nyckelknippa med röd bricka på {ST} i {TOWN}. Ring {G#1} på {PH}.",
    'Borttappad: vigselring med gravyren "{G#1} & {G#2} 1979". Hittelön! {P#3}, {PH}.',
    "Katten Morris saknas sedan {DAY} från {ST}, {TOWN}. Grå och vit hane, chipmärkt. Hör av dig till {G#1:f} på {PH} eller {E#1}.",
    "Upphittad cykel vid {VIL}: blå Crescent med barnsits. Ägaren kan höra av sig till {P#1}, {PH}.",
    "KÖPES: gamla vykort från {TOWN} med omnejd. {P#1}, {A}, {PH}.",
    "Uthyres: 2 rok, 58 kvm, {STL}. Hyra {AMT}/mån. Kontakt {P#1}, {PH}, {E#1}.",
    "tips till redaktionen: hej! ni borde skriva om gropen utanför {a}, min bil fick punka i går. /{g#1}",
    "hej, det brinner i en container bakom {a} just nu, brandkåren är på väg. jag heter {p#1}, ring {PH} om ni vill ha bilder",
    "Efterlysning från hembygdsföreningen: vem känner igen kvinnan på bilden från 1952? Vi tror att hon är {P#1:f}, som bodde på {VIL}. Kontakta {P#2}, {PH}.",
    # --- Sport
    "Div. 4 Småland: {CLUB}–{CLUB} {SCORE}. Mål: {P#1} 2, {S#2}. Varning: {S#3}, {S#4}. Publik: {NUM}.",
    "BANDY. Målen för {CLUB} gjordes av {P#1}, {P#2} och {P#3}. Tränaren {S#4} var nöjd efter matchen.",
    "Orientering, Smålandskavlen, D21: 1) {P#1:f} 52.14, 2) {P#2:f} 53.02. H21: 1) {NS#4:m} 61.22.",
    "Bowling: seriesegrare blev {P#1} med {NUM} poäng före {R#2} och {R#3}. Nästa omgång spelas i {TOWN}.",
    "Föreningen {CLUB} höll årsmöte. Ordförande: {P#1}, {PH}. Kassör: {P#2}, {E#2}. Sekreterare: {P#3}. Ungdomsansvarig: {P#4}.",
    "Golf: Hole in one för {P#1} på hål 7 vid {TOWN} GK. Bollen studsade två gånger och rullade i, berättar {G#1}.",
    "Skidor, distriktsmästerskap. Damer 10 km: 1) {P#1:f}, {CLUB}. Herrar 15 km: 1) {P#2:m}, {CLUB}. Bästa junior: {P#3}.",
    'Friidrott: {P#1}, 14 år, satte nytt klubbrekord på 800 m med 2.04,3. "Jag tänkte inte på tiden", säger {G#1}.',
    "Fotbollsskolan startar i juni! Anmälan till {P#1}, {PH}, senast {DATE}. Ledare i år är {G#2}, {G#3} och {G#4}.",
    # --- Församling och föreningar
    "Församlingsnytt: Söndag {DATE} kl. {TIME} högmässa i {TOWN} kyrka, präst {P#1}, kantor {P#2}. Döpta: {P#3}, {P#4}. Avlidna: {F#5}, {AGEO} år.",
    "PRO {TOWN} har månadsmöte i Folkets hus {DAY} kl. {TIME}. {P#1} berättar om sin resa till Island. Anmälan till {P#2}, {PH} eller {E#2}.",
    "Hembygdsföreningen bjuder in till slåtterdag på {VIL}. Medtag egen lie! Upplysningar: {P#1}, {PH}.",
    "SPF Seniorerna: bussresa till Gränna {DATE}. Pris {AMT}. Anmälan till {P#1}, {PH}, eller {G#2}, {PH}.",
    "Loppis hos {P#1} på {ST}, {DAY} kl. {TIME}–15. Allt ska bort! Swish eller kontant.",
    "Missionskyrkan, {A}: Sång och musik med {P#1} och {P#2}. Kollekt. Välkomna! Info: pastor {S#3}, {PH}.",
    "Byalaget informerar: vägsamfälligheten håller stämma i bygdegården. Frågor till ordförande {P#1}, {AR}, {PH}.",
    "Lions Club {TOWN} delade ut årets stipendium till {P#1} och {P#2}. Motiveringen lästes upp av presidenten {P#3}.",
    "Studiecirkel i släktforskning: vi letar i kyrkböckerna efter {F#1:m}, född 1861 på {VIL}, och hans syster {G#2=1:f}. Ledare: {P#3}, {E#3}.",
    # --- Redaktionens post och prenumerationer
    "Från: {P#1} <{E#1}>\nTill: {EF}\nÄmne: Dödsannons\n\nHej! Jag vill sätta in en annons för min far {F#2:m}. Fakturan kan gå till mig, {A}. Mvh {G#1}, {PH}",
    "RÄTTELSE. I gårdagens tidning stod att {P#1} bor på {ST}. Rätt adress är {A}. Vi beklagar felet.",
    "Adressändring för prenumeration: {P#1}, kundnr {KUND}, flyttar från {A} till\n{AL}\nden {DATE}.",
    "Annonsbokning: Dödsannons bokad av {P#1}, {PNR}. Faktura till {A}. Pris {AMT}. Handläggare: {Gi#2}.",
    "ANNONSBESTÄLLNING\nNAMN: {U#1}\nADRESS: {AC}\nTELEFON: {PH}\nPERSONNUMMER: {PNR}\nTEXT: Grattis {G#2} på 40-årsdagen!",
    "Hej {G#1}! Kan du ringa {P#2:f} på {PH}? Hon har synpunkter på artikeln om bygget på {ST}, där {Gs#2} pappa bor. /{G#3}",
    "Från: {P#1} <{E#1}>\nSkickat: {DAY} {TIME}\nÄmne: Sv: Ert reportage\n\nTack för en bra artikel! En liten sak: min mans namn stavas {F#2:m}, inte {P#3:m}.\n\nHälsningar\n{G#1}",
    "Prenumerationen avslutas för {R#1}, {A}, på grund av dödsfall. Dödsboet företräds av {P#2}, {PNR}, {AL}.",
    "Tipsa oss! Ring nyhetsdesken på {PH}, sms:a {PH} eller mejla {EF}. Ansvarig utgivare: {P#1}.",
    "Redaktionen i {TOWN}: {P#1} (chefredaktör), {P#2} (nyhetschef), {P#3} (sport). Besöksadress {A}, växel {PH}.",
    "@{g#1} kan du ta samtalet från {p#2:f}? hon ringer om {gs#2} mammas dödsannons, numret är {PH}",
    "{n#1}: har någon adressen till {p#2}? fotografen ska dit i morgon\n{g#3}: {a}, det är det gula huset",
    "Vinnare i julkrysset: {P#1}, {AS}; {P#2}, {AS}; {P#3}, {AR}. Grattis! Vinsterna skickas per post.",
    "Vår krönikör {P#1:f} har gått i pension. Hennes sista text publiceras på {DAY}. Hälsningar till {G#1} kan skickas till {E#1}.",
    'Familjesidan, korrektur: "{F#1} och {P#2} har förlovat sig" – kunden {P#3} har godkänt texten per telefon ({PH}).',
    "Klubbnytt från {CLUB}: tränaren {Ss#1} kontrakt är förlängt. Lagledare {G#2} och materialare {P#3} fortsätter också.",
    "Dödsboet efter {P#1}, {PNRO}, har anmält att tidningen ska sluta komma till {A}. Kontakt: {P#2}, {PH}.",
    "Lokalhistoria: Huset på {A} byggdes 1911 av skomakare {P#1}. I dag bor {P#2} och {P#3} där.",
    "{N#1}, {AGE}, driver caféet vid {ST}. – Vi öppnade i maj, säger {G#1}, som tidigare jobbade på {Ss#2} bageri.",
    "RADANNONSER. Säljes: björkved, torr, {AMT}/m³, {PH}. Köpes: gammal moped, {PH}. Uthyres: sjöstuga vid Stensjön, {PH}. Bortskänkes: kattungar, ring {PH} efter kl. 17.",
    "Bouppteckning efter {F#1}, {PNRO}, avliden {DATE}, har registrerats hos Skatteverket. Dödsbodelägare: {P#2}, {PNR}, och {P#3}, {PNR}.",
    "Efterlysning av arvingar: tingsrätten söker arvingar till {F#1:m}, {PNRO}, senast boende {A}. Den som kan lämna upplysningar ombeds kontakta god man {P#2}, {PH}.",
    'Sms till redaktionen från {PH}: "hej, {ns#1:f} mamma fyller 100 på lördag! hon bor på {a}, kan ni komma och fota?"',
    "Reportage: Familjen {S#1} på {VIL} har drivit gården i fyra generationer. {Gs#2=1} pappa {P#3=1:m} tog över 1979. – Vi slutar aldrig, säger {G#2}.",
    "Vem ringde? Redaktionen fick i går ett samtal från {PH} om vattenläckan på {ST}. Ring oss gärna igen på {PH}!",
    "Missade samtal: {PH} (kl. 09.12), {PH} (kl. 10.40), {PH} (kl. 13.05) – alla om skolskjutsen. {G#1}, kan du ringa tillbaka?",
    "Fråga juristen: {P#1:f} i {TOWN} undrar om hon ärver sin {Gs#2:m} sommarstuga. Svar av jurist {P#3}, {E#3}, {PH}.",
    "Jour i helgen: Djurkliniken, {A}, {PH}. Tandläkare {P#1}, {PH}. Låssmed: {Ss#2} Lås & Nyckel, {PH}.",
]

EN = [
    # --- Courts
    "{P#1:m}, {AGE}, of {AUN}, was fined {GBP} at {TOWNEN} Magistrates' Court for driving without insurance. He was represented by solicitor {P#2}.",
    "DISTRICT COURT: {P#1} ({AGE}), {AT}, appeared before Judge {P#2} at {TOWNIE} District Court charged with being drunk and a danger. Garda {P#3} gave evidence of arrest.",
    "Court round-up: {RU#1}, {AUN} – speeding, {GBP} fine, three points; {RU#2}, {AUN} – no TV licence, {GBP}; {RU#3}, {AUN} – failing to stop, disqualified for 12 months.",
    "Sergeant {S#1} told the court that {P#2:m}, of {AIN}, was found asleep at the wheel on the N17. Judge {S#3} imposed a two-year ban.",
    "A {AGE}-year-old woman, {P#1:f}, of {AU}, admitted theft from a supermarket. District Judge {P#2} adjourned sentencing for reports.",
    "CROWN COURT. {P#1:m} ({AGE}), of {AUN}, was jailed for four years for burglary. Recorder {P#2} said the victims, {P#3} and {P#4}, had been left afraid in their own home.",
    "Inspector {P#1} said the accused, {P#2} of {ATN}, had 14 previous convictions. Defending, Mr {S#3:m} said his client was now working on a farm.",
    "{TOWNIE} District Court: {P#1}, {AI}, fined €{NUM} for no insurance; {P#2}, {AI}, €{NUM} for a mobile phone offence; {P#3}, {AT}, case struck out.",
    "Mr {S#1:m} (solicitor) told Judge {P#2} that his client {P#3:f}, of {AIN}, had been caring for her mother. The case was adjourned to {DATEEN}.",
    # --- Family notices
    "{RU#1:m}{NB#1}, {AT}, {DATEEN}, peacefully at home. Predeceased by his wife {G#2:f}. Sadly missed by his son {G#3:m}, daughter {G#5:f} ({S#6}), grandchildren, neighbours and friends. Reposing at his home ({EIR}) on {DAYEN} from {TIMEEN}. Funeral Mass in {CHURCH} at 11am, burial afterwards in the adjoining cemetery. House private on the morning of the funeral, please.",
    "{RU#1:f} (née {S#2}), {AI}, peacefully in the care of the staff of Mayo University Hospital. Beloved wife of {G#3:m} and loving mother of {G#4} and {G#5}. Reposing at {S'#7} Funeral Home, {AIN}, on {DAYEN} from 5pm to 7pm. Family flowers only; donations, if desired, to the Irish Hospice Foundation.",
    "{SG#1:f}{NB#1} of {AU}, passed away peacefully on {DATEEN}, aged {AGEO}. Beloved wife of the late {G#2:m}, much loved mum of {G#3} and {G#4} ({N#5:m}), and a devoted nan. Funeral service at {TOWNEN} Crematorium on {DAYEN} at {TIMEEN}. Enquiries to {I#6} & Sons Funeral Directors, tel. {PHUK}.",
    "In loving memory of {P#1}, {AT}, whose first anniversary occurs on {DATEEN}. Anniversary Mass in {CHURCH} on {DAYEN} at {TIMEEN}. Always remembered by wife {G#2:f} and family.",
    "BIRTHS. {SU#1:m}: To {G#2:f} (née {S#3}) and {G#1}, {AI}, a daughter, {G#4=1:f}, on {DATEEN}, a sister for {G#5} and {G#6}. Weight {LBS}.",
    "Congratulations to {P#1:m} and {G#2=1:f}, {AUN}, who celebrate their golden wedding anniversary on {DATEEN}. Love from {G#3}, {G#4} and all the family.",
    "The family of the late {F#1}, {AT}, wish to thank most sincerely all who sympathised with them on their recent sad loss. A special thank you to Dr {S#2} and the nurses of the {TOWNIE} community team.",
    "Month's Mind Mass for the late {P#1}, late of {AIL}\nwill be celebrated in {CHURCH} on {DAYEN} at {TIMEEN}.",
    "DEATHS. {RU#1}, of {AUL}\ndied suddenly on {DATEEN}. Dearly loved partner of {P#2}. Donations to the RNLI c/o {P#3}, {AU}.",
    "HAPPY 90th BIRTHDAY to {P#1:f}{NB#1}, {ATN}, who celebrates on {DAYEN}. From all your family and neighbours.",
    # --- Property
    "Property Price Register, Co. {COUNTY}: {AI} – {EURP} ({DATEEN}); {AI} – {EURP}; {AT} – {EURP}; {AI} – {EURP}.",
    "House sales in {TOWNEN}: {AU} – {GBPP}; {AU} – {GBPP}; {AUN} – {GBPP}. Figures from HM Land Registry.",
    "For sale by private treaty: {AT}, 24 acres of good grassland with a traditional farmhouse. {FOLIO}. Viewing strictly by appointment with auctioneer {P#1}, {PHIE}, {E#1}.",
    "PUBLIC AUCTION of the late {P'#1} residence at {AI}, on {DAYEN} at {TIMEEN} on the premises. Solicitor for the vendor: {P#2}, {AIN}. Auctioneer: {P#3}, {PHIE}.",
    "SOLD: the three-bed semi at {AI} has gone for {EURP}, well over the asking price, selling agent {P#1} confirmed.",
    "Dear {G#1}, thank you for viewing {AU}. The vendors, Mr and Mrs {I#2}, have accepted an offer of {GBPP}. Kind regards, {P#3}, {PHUK}",
    # --- Planning and licensing
    "{COUNTY} County Council. I, {P#1}, intend to apply for permission for development at {AT}. The development will consist of the construction of a dwelling house, domestic garage and wastewater treatment system. Signed: {P#1}.",
    "Planning applications received: {PLREF} – Mr and Mrs {I#1}, {AU}: two-storey side extension. {PLREF} – {P#2}, {AU}: replacement windows. {PLREF} – {P#3}, {AUL}: change of use to holiday let.",
    "LICENSING ACT 2003. Notice is given that {P#1} has applied to {TOWNEN} Council for a premises licence for The Black Bull, {AUB}. Representations to the Licensing Team, {AUB}, tel. {PHUK}, {EF}, by {DATEEN}.",
    "Take notice that {P#1}, of {AT}, intends to apply at the next sitting of {TOWNIE} District Court for the transfer of the licence of the premises known as {S'#2} Bar, {AIN}, from {P#2}.",
    "Planning: permission granted to {P#1} for a slatted shed at {ATN}; refused for {P#2} at {AI} (ref. {PLREF}). Objections had been lodged by {P#3} and {P#4}.",
    "Notice of intention to apply for a Street Trading Licence: {P#1}, {AU}, to sell hot food at Market Place on Saturdays. Objections to the Council, {AUB}.",
    # --- Letters to the editor
    "Sir, — Once again the potholes on the road to {TOWNIE} have swallowed a wheel of my car. When will the council act? Yours, etc., {U#1}, {AI}.",
    "Dear Editor,\nI was saddened to read of the closure of the village post office. It was a lifeline for people like my neighbour {G#2}, who is 91.\n{P#1}\n{AUL}",
    "SIR – In reply to {P#1} (Letters, {DATEEN}): the bypass was never going to fix traffic on Main Street. {P#2}, {TOWNEN}.",
    "Letters must carry the writer's full name and address, though we will withhold them on request. Write to the Editor, {AUB}, or email {EF}.",
    "Sir, — May I, through your columns, thank the two young men who changed my tyre outside {TOWNIE} last {DAYEN}. Yours faithfully, {P#1}, {AT}.",
    # --- Lost and found, notices
    'LOST: gold wedding ring inscribed "{G#1} & {G#2}", near the Fair Green, {TOWNIE}. Reward. Ph {PHIE}.',
    "FOUND: black and white collie, answers to Bob, near {ATN}. Contact {P#1} on {PHIE}.",
    "Lost on {DAYEN}: brown leather wallet containing cards in the name of {P#1}. Please ring {PHUK} or hand in to {TOWNEN} police station.",
    "Will the person who took the green bicycle from outside {AUN} on {DAYEN} please return it. No questions asked. {G#1}, {PHUK}.",
    # --- Sport
    "{CLUBIE} {GAA} {CLUBIE} {GAA}. Scorers: {NS#1:m} 1-4 (0-3f), {P#2:m} 0-3, {S#3:m} 0-2.",
    "Golf society: winner {NS#1} (18) 41 pts; 2nd {P#2} (12) 38 pts; gross {P#3}. Next outing to Enniscrone; contact secretary {P#4}, {PHIE}.",
    "CRICKET. {CLUBEN} 184-6 ({S#1} 72, {S#2} 45) beat {CLUBEN} 150 ({P#3} 4-23) by 34 runs.",
    "Parkrun: first finisher was {P#1} in 17:42, first woman {P#2:f} in 19:05. Volunteers this week included {P#3} and {P#4}.",
    "Darts league: {NS#1} beat {NS#2} 3-1 in the final at {S'#3} Bar. Presentation night to be arranged; contact {G#4} on {PHIE}.",
    "Bowls: the club's open pairs was won by {P#1} and {P#2}, who beat {I#3} and {I#4} 21-14 in the final.",
    # --- Parish and community notes
    "KILMORE NOTES. Congratulations to {P#1:f} on her graduation. Lotto: no jackpot winner; €50 to {P#2}, {ATN}. Sympathy to the {S#3} family, {AT}, on the death of {G#4}.",
    "Village news: the WI meets on {DAYEN} at 7.30pm in the village hall. Speaker: {P#1} on beekeeping. Contact {G#2} on {PHUK}.",
    "Parish notes: readers this Sunday {P#1}, {P#2}; minister of the Eucharist {P#3}. Baptised: {P#5:m}, son of {G#6} and {G#7}. Parish office {PHIE}, {EF}.",
    "Community Alert: please report anything suspicious to Garda {P#1} on {PHIE}, or to the group's co-ordinator {P#2}, {AT}.",
    "Tidy Towns: thanks to all who turned out on {DAYEN}, especially {G#1}, {G#2} and the {S#3} family. Contact {E#4} to join.",
    "Macra na Feirme: {P#1}, {AT}, won the public speaking, with {P#2} second. Club secretary {P#3}, {E#3}.",
    "Friends of {TOWNEN} Library book sale: donations to {P#1}, {AU}, or ring {PHUK}.",
    "From: {P#1} <{E#1}>\nTo: {EF}\nSubject: notice for Friday\n\nHi, please include the enclosed anniversary notice for my late father, {F#2:m}. My address for the invoice is {AUL}. Thanks, {G#1}",
    "Newsdesk: {P#1:f} rang about the flooding on {AUN}. She's at {PHUK}, or email {E#1}. Photographer {G#2} can go after 3.",
    "CLASSIFIEDS. For sale: turf, {EUR} a trailer load, ring {PHIE}. Wanted: old tractor, any condition, {PHIE}. To let: 2-bed apartment in {TOWNIE}, {PHIE} after 6pm. Free to good home: kittens, {PHIE}.",
    "USEFUL NUMBERS. Parish office {PHIE}; Community Centre {PHIE}; Doctor on call {PHIE}; Credit Union {PHIE}.",
    "Useful numbers: village hall bookings {PHUK}; surgery {PHUK}; the vicarage {PHUK}; parish council clerk {P#1}, {PHUK}, {E#1}.",
    "Hurling: {P'#1:m} late point sealed it for {CLUBIE}, and {G'#1} father {P#2=1:m} was in the stand to see it.",
    "Bob, {P'#1} collie, has gone missing from {AT}. Ring {PHIE} or {PHIE}.",
    "PROBATE. Any person having a claim against the estate of the late {F#1}, late of {AI}, should contact {P#2}, Solicitors, {AIN}, tel. {PHIE}, before {DATEEN}.",
    "{N'#1} Café on {AUN} reopens on {DAYEN}, owner {P#1} tells us. Bookings on {PHUK}.",
]

MIXED = [
    "@{g#1} kan du ta familjesidan idag? deadline 16, en death notice från {P#2} ({E#2}) ska in. ring henne på {PH} if anything is unclear.",
    "FYI: rättelse från {P#1:f}, hon bor inte på {ST} utan på {A}. Can someone fix it online asap?",
    "Booking confirmation / Bokningsbekräftelse\nAnnonsör: {P#1}\nAdress: {A}\nTel: {PH}\nFormat: 2 spalter, 80 mm\nFaktura: {E#1}",
    "Hej! Jag är i {TOWNIE} för reportaget, intervju med {P#1:m} på {AT} kl 14. His number is {PHIE}. Fotograf {G#2} möter mig där.",
    "Hi {G#1}, tack för visningen av {AT}! Vi (jag och {G#2}) vill lägga ett bud på {EURP}. Our solicitor is {P#3}, {AI}, {PHIE}.",
    "Hittat / Found: en plånbok med ID-kort för {P#1}, {PNR}, {A}. Lämnad i receptionen, please call {PH}.",
    "Vår kära {F#1:f} passed away peacefully in {TOWNEN} on {DATEEN}, {AGEO} år. Minnesstund i {TOWN} kyrka. Kontakt: {P#2}, {PH} / {PHUK}.",
    "Från: {P#1} <{E#1}>\nTo: {EF}\nSubject: Dödsannons / death notice\n\nHi, min mamma {F#2:f} dog i förra veckan. Could you print the notice on Friday? Faktura till {AL}.",
    "Meeting notes (redaktionsmöte): {G#1} tar court reports ({N#5} är på semester), {G#2} tar fastighetsaffärerna, {P#3} från UK-kontoret joins on Teams. Källa för bygglovet: {P#4}, {PH}.",
    "Hej {G#1}! The Westmorland office skickade listan: {RU#2}, {AUN}; {RU#3}, {AUN}. Ska vi köra den i print också?",
    'Reminder: {P#1:f} ({E#1}) vill ha sin insändare publicerad utan adress. Hon bor på {A} men signerar bara "{G#1}, {TOWN}".',
    "Kan du kolla stavningen? Är det {P#1:m} eller {P#2:m}? Han bor på {AI} enligt court list.",
    "Ny prenumerant: {P#1}, {AUL}\nStart: {DATE}. Betalar via kort, kundnr {KUND}. Sends his regards to {G#2} på sporten.",
    "{n#1}: har du numret till {p#2}?\n{n#3}: ja, {PH}. she prefers sms\n{n#1}: tack!",
    'Sports desk: {CLUB} vann {SCORE} mot {CLUB}. Målskyttar {P#1} och {P#2}. Quote from coach {S#3}: "We deserved it." Bild: {G#4}.',
    "Hej! Vi bor numera i Irland – ny adress för prenumerationen: {AIL}. Tel {PHIE}. Mvh {P#1} och {G#2}",
    'Lost property / Hittegods: en svart ryggsäck med namnlapp "{P#1}, {a}" lämnades på bussen. Call {PH}.',
    "Interview request: {P#1:f} från {TOWNEN} Gazette vill prata med {P#2} om vänortssamarbetet. Her email: {E#1}, mobil {PHUK}.",
    "Fastighetsaffärer this week: {FAST} ({A}) {R#1} → {R#2}, {PRICE}. {FAST} ({AR}) {R#3} → {R#4}, {PRICE}. Source: Lantmäteriet.",
    "Från: {P#1} <{E#1}>\nSubject: Letter to the editor\n\nHej! Här är min insändare om färjetrafiken. Please print my name but not my address ({A}).\n{P#1}",
    '@{g#1} the family of {P#2} ringde, de vill lägga till "{G#3} och {G#4} med familjer" i annonsen. contact: {PH}',
    "Hej {G#1}, jag lägger till planning list från Kendal: {PLREF} – {P#2}, {AU}: rear extension. Vad tycker du, worth a story?",
    "Kund {P#1}, {PNR}, vill säga upp e-tidningen. New address: {AX}. Please confirm by email to {E#1}.",
    'Notis: {P#1} ({AGE}) från {TOWN} har utsetts till årets eldsjäl. "It\'s a team effort", säger {G#1}, som leder {CLUB}s ungdomslag tillsammans med {P#2}.',
    "Hi {G#1}! Bilderna från guldbröllopet hos {P#2} och {G#3}, {AR}, är uppladdade. Photographer: {P#4}.",
    "Correction / rättelse: In last week's notice the deceased's name should read {F#1}, not {P#2}. Adressen {AS} är korrekt.",
    "Ads team: {P#1} ({E#1}, {PH}) vill boka helsida för bilhallen. Fakturaadress: {BOX}. Contact at the agency: {P#2}, {PHUK}.",
    "{n#1:f} sa att hon kan ta söndagens sport. if not, fråga {g#2} eller {g#3}.",
    "Court list, tingsrätten i {TOWN}, vecka {WEEK}: {R#1} ({PNR}) – stöld; {R#2} ({PNR}) – rattfylleri. Note: vi publicerar inte namn utan beslut från {G#3}.",
    "Återbud: {P#1} kan inte komma på {DAY}. She suggests {P#2:f} instead, reach her at {E#2} or {PHX}.",
    "Obituary för {F#1:m} ({DATEEN}): född i {TOWN}, flyttade till Leeds 1968, worked for British Rail. Skriven av {P#2}. Photo courtesy of the family, {AUN}.",
    "@{g#1} @{g#2} vem tar parkrun-resultaten? first finisher {P#3}, fastest woman {P#4}.",
    "Hej! I'm writing from {TOWNIE}; min farfar {F#1:m} emigrerade 1923 från {VIL}. Does anyone in the village remember the family? {P#2}, {AI}, {E#2}",
    "Vinnare i tävlingen / competition winners: {P#1}, {AS}; {P#2}, {AUN}; {P#3}, {ATN}.",
    "Kontaktlista for the twinning visit:\n{P#1} – {PH}\n{P#2} – {PHUK}\n{P#3} – {PHIE}\nHotel: {AU}",
    "Hej {G#1}, {P#2:f} called again om fakturan. Hon har flyttat till {STL}. Please update CRM.",
    "lunch? {g#1} och {g#2} är redan på väg. vi ses utanför {a}",
    "New hire: {P#1:f} börjar som reporter i {TOWN} på måndag. Hon kommer närmast från the Irish Examiner. Say hi: {E#1}.",
    "Sammanfattning / summary: Bygglov för vindkraft vid {VIL} – sökande {P#1} ({E#1}); objections från {R#2}, {AR}, och {R#3}, {AR}.",
    "Hej! We're the {S#1} family från {AUS}, looking for relatives of {F#2} who lived at {A} in the 1950s. Reach us at {E#3} or {PHX}.",
    'Planning notice to translate: "I, {P#1}, intend to apply for permission at {AT}" → "Jag, {P#1}, avser att ansöka om tillstånd vid {AT}".',
    "Prenumerationsärende: {R#1}, kundnr {KUND}, {A}. Complaint: tidningen kommer inte fram till brevlådan. Ring {PH} efter 17.",
    "Invoice query från {P#1:f}, {AU} – she says the death notice for her father {P#2} was charged twice (2 × {GBP}). Can ekonomi check?",
    "Bokbord i foajén: {P#1} signerar sin nya bok om {TOWN} on Saturday 2–4pm. Press contact: {P#2}, {E#2}.",
    "Wedding announcement / bröllopsannons: {P#1:f} and {P#2:m} were married in {CHURCH}, {TOWNIE}. Parents: {P#3} and {P#4}, {A}.",
    "From the archive: 1964 vann {P#1} från {VIL} the county championship. Har någon kontakt med familjen? {G#2}, {PH}",
    "Sick leave: {G#1} är sjuk idag. {P#2} covers the evening shift; call {PH} om något händer.",
    "Hej {G#1}, the printers i Borås ringde. Ansvarig där är {P#2:f}, direct line {PH}. Hon vill ha pdf:erna before 22.",
    'Feedback från läsare {P#1:f}, {AS}: "Great piece on the harbour!" Hon undrar om vi kan skicka tidningen till hennes syster {P#2:f}, {AU}.',
    "Tjänsteresa Dublin: boende {AI}. Möte med {P#1}, Irish Independent, {DAYEN} kl 10. Ring {PHIE} om du blir sen.",
    "Missade samtal / missed calls: {PHUK} ({TIMEEN}), {PH} (kl {TIME}), {PHIE}. Ingen lämnade meddelande.",
    "Hej! {Gs#1} mamma ringde från {PHX}, she wants a copy of the paper with the death notice skickad till {AX}.",
    "Skatteverket-ärende för vår UK-kollega: {P#1:f} behöver samordningsnummer, men hennes make {P#2:m} har redan personnummer {PNR}. Their address: {A}.",
    "Kan någon ringa {P'#1:m} solicitor i Sligo? Nummer: {PHIE}. Det gäller arvet efter {F#2}, {PNRO}.",
]

NEGATIVES = [
    (
        "sv",
        "Mål nr B 2291-27 avgjordes i Växjö tingsrätt i dag. Domen meddelas den 14 mars kl. 11.00 och kan överklagas till hovrätten senast den 4 april.",
    ),
    (
        "sv",
        "Fastighetsaffärer vecka {WEEK}: 14 villor och 3 fritidshus bytte ägare i kommunen. Medelpriset var {PRICE}, enligt Lantmäteriet.",
    ),
    (
        "sv",
        "Bygg- och miljönämnden beviljade 23 bygglov i februari, bland annat för attefallshus, carportar och en ny förskola. Dnr {DNR}.",
    ),
    (
        "sv",
        "Vädret: Sol och 12 grader på lördag, regnskurar på söndag. Vindar från sydväst, 8 m/s. Solen går upp kl. 06.12.",
    ),
    (
        "sv",
        "Lotto: Dragningen gav rätt rad 4, 11, 17, 23, 28, 31, 34. Tilläggsnummer 9. Ingen hade sju rätt den här veckan.",
    ),
    (
        "sv",
        "Rättelse: I fredagens tidning angavs fel datum för kulturnatten. Rätt datum är lördag 26 april, kl. 18–23.",
    ),
    (
        "sv",
        "Polisen rapporterar inbrott i ett förråd i centrala Tranås natten till söndag. Ärendenummer 5000-K123456-27. Inget stöldgods har återfunnits.",
    ),
    (
        "sv",
        "Ros och ris: Ros till kommunens snöröjare som var ute redan vid fyra. Ris till den som ställer cyklar mitt på trottoaren.",
    ),
    (
        "sv",
        "Björn och lo har setts i skogarna norr om byn, enligt Länsstyrelsen. Jägareförbundet uppmanar hundägare att hålla hundarna kopplade.",
    ),
    (
        "sv",
        "Vi söker en sommarvikarie till redaktionen i Sunne. Ansökan senast 31 mars, märk den med referens 2027-14. Lön enligt avtal.",
    ),
    (
        "sv",
        "Kyrkans öppettider under påsk: skärtorsdag kl. 19, långfredag kl. 11, påskdagen kl. 11. Kollekten går till Svenska kyrkans internationella arbete.",
    ),
    (
        "sv",
        "Marknadsdagarna i Vimmerby: 145 knallar, tivoli vid Folkets park och fyrverkeri kl. 22.00 på lördagen.",
    ),
    (
        "sv",
        "Kvarteret Kvarnen 4 och Linden 12 ska detaljplaneläggas om. Samråd pågår till 30 april; handlingarna finns i Stadshuset och på biblioteket.",
    ),
    (
        "sv",
        "Maj blev den varmaste månaden sedan mätningarna började. Medeltemperaturen låg på 13,4 grader, enligt SMHI.",
    ),
    (
        "sv",
        "Dag för dag kortas väntetiderna på vårdcentralen: 87 procent fick en tid inom tre dagar i den senaste mätningen.",
    ),
    (
        "sv",
        "Per capita ligger kommunen på plats 212 av 290 i företagsrankningen. Bäst i länet var grannkommunen.",
    ),
    (
        "sv",
        "Ström och vatten stängs av i delar av Hultsfred mellan kl. 08 och 12 på tisdag på grund av ledningsarbete.",
    ),
    ("sv", "Sten och grus från vägbygget på E22 läggs upp vid återvinningscentralen tills vidare."),
    (
        "sv",
        "Bingo i bygdegården varje onsdag kl. 18.30. Entré 20 kr, brickor 10 kr styck. Kaffe och våfflor i pausen.",
    ),
    (
        "sv",
        "Valnämnden meddelar att förtidsröstning sker i Medborgarhuset från 21 augusti, måndag–fredag 10–18.",
    ),
    (
        "sv",
        "Bandy, div. 1 södra: Tranås–Nässjö 4–3 (2–1), Vetlanda–Ljusdal 6–2, Motala–Katrineholm 1–1. Publik: 812.",
    ),
    (
        "sv",
        "Begravningsbyrån meddelar att kondoleanslistor nu även finns digitalt. Blommor beställs senast två dagar före akten.",
    ),
    (
        "sv",
        "Hittegods lämnas till polisen i Växjö, öppet tisdag och torsdag 10–14. Föremål som inte hämtats inom tre månader tillfaller upphittaren.",
    ),
    (
        "sv",
        "Klara, färdiga, gå! Över 300 löpare ställde upp i vårloppet runt sjön i lördags, trots regnet.",
    ),
    (
        "sv",
        "Ek och bok dominerar i det nya naturreservatet söder om sjön, som omfattar 146 hektar.",
    ),
    (
        "sv",
        "Prenumerationspriset höjs med 4 procent från 1 juli. Helårsprenumeration kostar då {AMT}; e-tidningen {AMT}.",
    ),
    (
        "en",
        "Tralee District Court: 34 cases were adjourned to 12 May because no judge was available. The Courts Service said the list would be heard in full at the next sitting.",
    ),
    (
        "en",
        "The Property Price Register shows 212 sales in Co. Mayo in the first quarter, with a median price of €185,000, up 6.4% on last year.",
    ),
    (
        "en",
        "Planning ref. {PLREF}: permission refused for 14 holiday homes on grounds of traffic safety on the R335. An appeal may be lodged with An Bord Pleanála within four weeks.",
    ),
    (
        "en",
        "Lotto results: 3, 11, 19, 27, 33, 41, bonus 8. No winner of the €4.2 million jackpot; one Match 5 + Bonus prize was sold in Co. Kerry.",
    ),
    (
        "en",
        "Weather: a bright start with scattered showers spreading from the west by afternoon. Highs of 14C. Gale warning for all coasts from Loop Head to Slyne Head.",
    ),
    (
        "en",
        "Will the new bypass open before Christmas? The council says work is 82% complete and the final surface goes down in November.",
    ),
    (
        "en",
        "The grace period for dog licence renewals ends on 31 March; fines of up to €100 apply after that date.",
    ),
    (
        "en",
        "Mark your calendars: the Harvest Fair returns to the Showgrounds on Saturday 14 September, gates open at 10am.",
    ),
    (
        "en",
        "Carol service in the parish church on Sunday 21 December at 7pm; mince pies and mulled wine afterwards.",
    ),
    (
        "en",
        "The Environment Agency has issued a flood alert for the River Eden at Appleby. Road closures are in place on the A66 and the B6260.",
    ),
    (
        "en",
        "Magistrates' court results will no longer be printed in full; a summary appears on page 14 each week.",
    ),
    (
        "en",
        "Residents say they will sue the council over potholes on the road to Ballina after 40 claims were rejected last year.",
    ),
    (
        "en",
        "Frank exchanges at the council meeting as members debated the 2027 budget of £4.6m and a 4.99% rise in council tax.",
    ),
    (
        "en",
        "A pat on the back for the Tidy Towns volunteers, who collected 212 bags of litter along the river walk on {DAYEN}.",
    ),
    (
        "en",
        "Dawn chorus walk in the forest park on Sunday at 5am. Booking essential; places limited to 20.",
    ),
    (
        "en",
        "Heather burning is prohibited from 1 March to 31 August under the Heritage Act; penalties of up to €2,500 apply.",
    ),
    (
        "en",
        "Hope and faith carried the parish through a hard winter, the bishop said at the Easter vigil, which drew a full congregation.",
    ),
    (
        "en",
        "Bill payments can be made at any post office; quote your account reference, which starts with the letters AB.",
    ),
    (
        "mixed",
        "Deadline för familjesidan är onsdag kl. 12 – death notices received after that go in the following week.",
    ),
    (
        "mixed",
        "Påminnelse: newsroom meeting kl 09.30 i stora konferensrummet. Agenda: Q2 budget, sommarvikarier, the new CMS.",
    ),
    (
        "mixed",
        "Invoice ref 2027-0412 / fakturanr 88341, förfallodag 30/4, amount {AMT} inkl. moms.",
    ),
    (
        "mixed",
        "Kan någon kolla om court listings från Ludlow Magistrates har kommit in? Vi behöver dem before 3pm.",
    ),
    (
        "mixed",
        "Bandy results: Sirius–Edsbyn 5–4 efter förlängning, Villa Lidköping–Bollnäs 3–2. Nice comeback i andra halvlek.",
    ),
    (
        "mixed",
        "Lantmäteriets API för fastighetsregistret är nere igen, vi får köra fastighetsaffärerna manuellt this week.",
    ),
    (
        "mixed",
        "FYI: planning committee i Kendal har skjutit upp beslutet till 14 maj. Ref {PLREF}.",
    ),
    ("mixed", "Will we make the print deadline? Tryckeriet i Borås vill ha sidorna senast 22.30."),
    ("mixed", "Mark as read: tre nya tips om hittegods, inga kontaktuppgifter, jag arkiverar dem."),
    (
        "mixed",
        "Sol, vind och vatten – the council's new climate plan satsar 12 miljoner pund på solpaneler.",
    ),
    ("mixed", "The weekly lotto numbers: 2, 9, 14, 22, 31, 40. Ingen jackpottvinnare i år heller."),
    ("mixed", "Guldbröllopssidan is full this week; vi flyttar tre annonser till nästa nummer."),
    (
        "mixed",
        "Bo kvar eller flytta? Survey: 62% of readers over 65 want to stay in their homes, enligt vår enkät.",
    ),
    (
        "mixed",
        "Hope you all had a good weekend! Nya rutiner för photo credits från måndag: ange alltid byline och datum.",
    ),
    (
        "mixed",
        "Grace period för prenumeranter som inte betalat: we keep sending the paper until 15 april.",
    ),
    (
        "mixed",
        "Strömavbrottet i natt påverkade tryckpressen; the Thursday edition is delayed by två timmar.",
    ),
]
