# ruff: noqa: E501
"""Templates of held-out bw: local clubs, associations and parents' groups.

Sports clubs (call-ups and line-ups, match reports with players and scorers, carpool lists to
away games, kiosk and cafeteria rotas, annual meetings and minutes, fees and reminders, coaches'
messages, away tournaments in Denmark, Norway, Finland, Germany and the UK), choirs and
orchestras, scouts, church and mosque communities, study circles, pensioners' associations,
parents' groups at schools and preschools (class lists, birthday invitations, pick-up
arrangements, class trips, fundraising), allotment associations, local Facebook and WhatsApp
groups (lost and found, buy and sell, tradespeople, walks) and neighbourhood watch.

Slots: `{FORM#n@m:g}`. FORM is a person form (P full name, p lower case, U capitals, F with
middle names, G/g given name, N/n short form, S/s surname, I initial and surname, Gi given name
and initial, R `Surname, Given`, RU `SURNAME, Given`, E e-mail; a trailing `s` a Swedish
genitive, `'` an English one, the ending outside the value) or a filler (addresses A, AF, AL,
ST, STN, STL, a, BOX, AU, AUL, au, AUS, AX, AXL and by country ADK, ANO, ANOL, AFI, ADE;
phones PH, PHS, PHM (a mobile), PUS, PHX and by country PDK, PNO, PFI, PDE; personnummer PNR, PNRC,
PNRO, PNRH; club e-mail CM; look-alikes that are never values: DATE, DATEEN, TIME, NUM, KR, AMT,
PRIS, GBP, EUR, BG, PG, SWISH, ORG, MEM, OCR, INV, SHIRT, SCORE, YR, YY, LOTT, TOWN, DAY, DAYEN, PET,
AGE). `#n` names the same person again; `@m` makes a new person of person m's household (same
origin and surname: a child and a parent); `:f`/`:m` a woman or a man.
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
# Pets and horses named like people: never PERSON.
PETS = ("Sixten", "Molly", "Bella", "Charlie", "Selma", "Ludde", "Max", "Tyra", "Doris", "Sigge", "Otto", "Greta", "Nala", "Luna", "Morris", "Frasse", "Elvis", "Stella", "Rufus", "Mimmi")  # fmt: skip
# Web and mail domains of clubs (invented, written as clubs name theirs).
CLUBS = ("tallboif", "sjobackafk", "norrbyik", "ekdalensbk", "lovholmensk", "kyrkokoren-st-olof", "scoutkarenfalken", "gfbjorkbacka", "kolonigullvivan", "pro-norrby", "spfsolbacken", "batklubbenviken", "ridklubbenhagen", "grannsamverkan-lidbo", "hemochskola-ekeby", "ashbyjuniors", "hollybrookcc", "millbrookscouts")  # fmt: skip

SV = [
    # --- sports clubs: call-ups, line-ups, match reports ---
    "Kallelse P{YY}: bortamatch mot Ekdalens BK {DAY} {DATE}, samling {TIME} vid klubbstugan, {ST}.\nMålvakt: {P#1:m}\nBackar: {P#2:m}, {P#3:m}, {Gi#4:m}\nMittfält: {P#5:m}, {G#6:m}\nAnfall: {P#7:m}\nFörhinder? Sms:a tränare {G#8} på {PH}.",
    "Matchrapport Tallbo IF – Norrby IK {SCORE}\nTrots regnet på Vallen gjorde tjejerna en stark match. {P#1:f} nickade in 1–0 efter hörna från {Gi#2:f}, och i andra halvlek satte {G#3:f} straffen säkert. Matchens lirare: {P#4:f} (nr {SHIRT}). /{P#5}, tränare",
    "Laguppställning F{YY}\n1 {S#1:f}\n4 {S#2:f}\n5 {S#3:f}\n7 {S#4:f}\n9 {S#5:f}\n10 {S#6:f}\nAvbytare: {G#7:f}, {G#8:f}\nLedare: {P#9}, {P#10}",
    "Målskyttar säsongen: {P#1:m} 14, {P#2:m} 9, {I#3:m} 7, {Gi#4:m} 5. Bästa assist: {G#5:m} med 11. Grattis grabbar! /{G#6} och {G#7}, ledare P{YY}",
    "Hej alla föräldrar!\nNästa {DAY} spelar vi hemma på konstgräset kl {TIME}. Vi behöver två som sköter sekretariatet: {Gs#1:f} mamma och {Gs#2:m} pappa {G#3:m}, funkar det? Hör av er till mig annars.\n/{P#4}, lagledare\n{PH}",
    "SAMÅKNING cupen i Borås {DATE}\nBil 1: {P#1} ({PH}) – {G#2}, {G#3}, {G#4}\nBil 2: {P#5} ({PH}) – {G#6}, {G#7}\nBil 3: {Gs#8} mamma – {G#8} + {G#9}\nVi ses vid {ST} kl {TIME}!",
    "Kioskschema hösten, A-plan\nv.{NUM}: {R#1} / {R#2}\nv.{NUM}: {R#3} / {R#4}\nv.{NUM}: {R#5} / {R#6}\nNyckel hämtas hos kioskansvarig {P#7}, {ST}. Kassan räknas och lämnas i kassaskåpet.",
    "Cafeterialistan för {DAY}:\nFörmiddag: {G#1} och {G#2}\nEftermiddag: {Gi#3}, {Gi#4}\nBaka: {G#5} (kladdkaka), {G#6} (bullar)\nByte? Fixa själv och meddela {G#7}.",
    "Protokoll fört vid årsmöte i Sjöbacka FK (org.nr {ORG}) den {DATE} i klubbstugan, {ST}.\n§1 Ordföranden {P#1} öppnade mötet.\n§2 Till mötesordförande valdes {P#2} och till sekreterare {P#3}.\n§3 Att justera protokollet valdes {P#4} och {P#5}.\n§7 Styrelsen beviljades ansvarsfrihet.",
    "Valberedningens förslag till styrelse:\nOrdförande: {P#1} (omval, 1 år)\nKassör: {P#2} (nyval, 2 år)\nSekreterare: {P#3} (1 år kvar)\nLedamöter: {P#4}, {P#5}\nSuppleant: {P#6}\nValberedningen genom {P#7}",
    "PÅMINNELSE MEDLEMSAVGIFT\nHej {G#1}!\nVi har inte fått in medlemsavgiften för {P#2@1} (medlemsnr {MEM}). Avgiften {KR} betalas till bankgiro {BG} eller Swish {SWISH}. Märk betalningen med barnets namn.\nMed vänlig hälsning\n{P#3}, kassör\n{CM}",
    "Hej! Har swishat {KR} för {Gs#1} träningsavgift till {PHM} som {G#2} skrev, stämmer det eller skulle det till klubbens swishnummer {SWISH}? /{g#3}",
    "Från tränarna i F{YY}:\nTräningstiderna i vinter blir {DAY} {TIME} i Tallbohallen och {DAY} {TIME} på {STN}. Ta med innebandyskor och vattenflaska. Frågor till {P#1} {PH} eller {P#2} {PH}.",
    "Anmälan ny medlem\nNAMN: {U#1}\nPERSONNUMMER: {PNRC}\nADRESS: {AF}\nMÅLSMAN: {U#2@1}\nTELEFON: {PH}\nE-POST: {E#2}\nLag: P{YY}",
    "Skadeanmälan till Folksam via klubben\nSpelare: {F#1}, {PNRC}\nVårdnadshavare: {P#2@1}, {AF}\nTel: {PH}\nSkadan inträffade på träning {DATE} kl {TIME}. Vittne: ledaren {P#3}.",
    "Domarschema juniorer\n{DATE} {TIME} P11 – {P#1}\n{DATE} {TIME} F12 – {P#2}\n{DATE} {TIME} P13 – {I#3} + {I#4}\nDomarersättning {KR} betalas ut av {G#5} i kansliet.",
    "Tack till alla som hjälpte till på städdagen! Extra tack till {P#1} som lånade ut släpet och till {G#2} som fixade korv. Nästa städdag blir {DATE}. /Styrelsen genom {S#3}",
    "Ishockeyskolan startar {DAY} {DATE} i ishallen på {ST}. Ansvarig: {P#1}, tel {PH}. Anmälan via {CM}. Hjälm med galler är ett krav.",
    "Resultat klubbmästerskap i bordtennis:\n1. {P#1}\n2. {P#2}\n3. {P#3}\nVeteranklassen vanns av {P#4} ({AGE}+). Grattis alla och tack {G#5} för domarjobbet!",
    "Hej {G#1}, jag kan inte köra {DAY}, {G#2} har feber. Kan du fråga {Gs#3} pappa? Hans nummer är {PH}. /{G#4}",
    # --- away tournaments, home and abroad ---
    "Dana Cup, Hjørring\nVi bor på skolan {ADK}. Nödnummer på plats: {P#1} {PDK} och {P#2} {PH}. Spelarna delar rum fyra och fyra, rumslista skickas av {G#3}.",
    "Norway Cup: avresa {DAY} {TIME} från {ST}. Adress till förläggningen: {ANOL}. Ansvarig ledare {P#1}, norskt nummer {PNO}.",
    "Helsinki Cup – praktisk info\nBoende: {AFI}\nLedare: {P#1} ({PH}), {P#2} ({PH})\nFärjan går {TIME}, samling vid terminalen 45 min innan. Pass eller nationellt id-kort för alla!",
    "Turneringen i Kiel {DATE}–{DATE}: spelarna sover hos värdfamiljer. {G#1} och {G#2} bor hos familjen {S#3}, {ADE}, tel {PDE}.",
    # --- choirs and orchestras ---
    "Stämlista Kyrkokören\nSopran: {P#1:f}, {P#2:f}, {P#3:f}\nAlt: {P#4:f}, {P#5:f}\nTenor: {P#6:m}\nBas: {P#7:m}, {P#8:m}\nKörledare: {P#9}, {PH}",
    "Hej alla sångare!\nGenrepet inför julkonserten är {DAY} {TIME} i församlingshemmet, {ST}. {G#1} har noterna till Betlehems stjärna – hämta hos henne på {a}. Kram {G#2:f}",
    "Orkesterns notarkiv lånas ut mot kvittens. Lånade noter ({DATE}): {P#1} – Peer Gynt-sviten, {P#2} – Finlandia. Återlämnas till notbibliotekarie {S#3}.",
    "Spelmanslaget söker fiol och nyckelharpa! Vi övar {DAY}ar {TIME} i hembygdsgården. Kontakt: {P#1}, {PH}, {E#1}",
    # --- scouts ---
    "ANMÄLAN HAJK\nScoutens namn: {P#1}\nPersonnummer: {PNRC}\nAvdelning: Spårare\nMålsman: {P#2@1}\nTelefon under hajken: {PH}\nAllergier/mat: laktos\nUnderskrift: {P#2}",
    "Scoutkåren Falken\nAvdelningsledare Upptäckare: {P#1} ({PH})\nAvdelningsledare Äventyrare: {P#2} ({PH})\nKårordförande: {P#3}\nScoutlokalen: {AF}",
    "Hej! {G#1} har glömt sin scoutskjorta i lokalen, den med märke från Jamboree. Kan någon lägga den åt sidan? Jag hämtar {DAY}. /{G#2}, {Gs#1} mamma",
    "Till utdelning vid kårstämman: Hederstecken till {P#1} för 25 års ledarskap, och tack till {P#2}, som lämnar som kassör efter tio år.",
    # --- congregations ---
    "Församlingsbladet, vecka {NUM}\nGudstjänst {DAY} {TIME}, predikan: pastor {P#1}. Kyrkkaffet ordnas av syföreningen genom {P#2}. Dop: {P#3} – välkommen!",
    "Hej alla i moskéns kvinnogrupp! Nästa träff {DAY} efter asr-bönen i lokalen på {ST}. {G#1} tar med dadlar. Frågor till {P#2}, {PH}. Salam, {G#3}",
    "Imam {P#1:m} håller fredagspredikan, översättning till svenska av {P#2}. Efteråt samlar vi in till skolmaten, swish {SWISH}.",
    "Konfirmandgruppen {YR}\n{R#1}\n{R#2}\n{R#3}\n{R#4}\nLedare: diakon {P#5}, präst {P#6}",
    # --- study circles, pensioners ---
    "Studiecirkel Släktforska på nätet\nCirkelledare: {P#1}\nDeltagare: {P#2}, {P#3}, {P#4}, {P#5}\nVi ses {DAY}ar {TIME} på biblioteket. Närvarolistan skickas till studieförbundet av {G#1}.",
    "PRO-avdelningen gratulerar!\n{DATE}: {P#1} 80 år\n{DATE}: {P#2} 85 år\n{DATE}: {P#3} 90 år, {a}\nGratulationskort skickas av sekreteraren {P#4}.",
    "SPF Seniorerna, medlemsregister (utdrag)\n{RU#1}, {PNRO}, {AF}\n{RU#2}, {PNRO}, {AF}\n{RU#3}, {PNRH}, {AF}\nUtdraget får inte lämnas ut. /Kassör {S#4}",
    "Bussresa till Gränna {DATE}. Anmälan till {P#1} senast {DATE}, {PH}. Pris {KR} inkl. lunch. Påstigning vid {ST} kl {TIME}.",
    "Hej {G#1}! Tack för trevlig bingo igår. {G#2} glömde sina glasögon, jag tog dem hem till {a}. Hälsa {G#3}! Kram {N#4}",
    "Boulegänget {DAY}ar: {N#1}, {N#2}, {G#3}, {Gi#4} och {G#5}. Vi ses vid bouleplanen bakom {ST}. Den som förlorar bjuder på fika!",
    # --- parents' groups, school and preschool ---
    "Klasslista 3B ({YR}/{YY})\n{R#1} – {P#2@1}, {PH}\n{R#3} – {P#4@3}, {PH}\n{R#5} – {P#6@5}, {PH}\n{R#7} – {P#8@7}, {PH}\nKlassföräldrar: {G#2} och {G#6}",
    "Välkommen på {Gs#1} kalas!\n{G#1} fyller {AGE} år och bjuder in hela klassen till lekland {DAY} {DATE} kl {TIME}. OSA senast {DATE} till {G#2@1} på {PH}. Hälsningar {P#2}",
    "hej! {g#1} kommer gärna på kalaset 🎉 har hon några allergier man ska veta om? /{g#2} ({gs#1} mamma)",
    "Hämtning idag: {G#1} hämtas av mormor {G#2:f} kl {TIME}. {G#3} går hem med {G#4}, vi har pratat med {Gs#4} pappa. /{G#5}",
    "Förskolan Solrosen, avdelning Blåbär\nVi behöver hjälp till höstfesten! Grill: {Gs#1} pappa {G#2@1:m}. Fiskdamm: {P#3}. Tipsrunda: {G#4} och {G#5}.\nFesten är {DAY} {TIME} på gården, {ST}.",
    "Klassresa till Kolmården!\nBussen går {TIME} från skolan, {ST}. Följer med som vuxna: {P#1}, {P#2}, {P#3}. Akutnummer under dagen: {PH} ({G#1}).\nKostnad {KR}/elev, betalas till klasskassan {BG}.",
    "Insamling till klassresan: vi säljer Newbody-paket. {G#1} har sålt för {AMT}, bra jobbat! Pengar swishas till {Gs#2} mamma på {PHM} senast {DATE}. Nästa möte hemma hos {P#3}, {AF}.",
    "Föräldramöte 5A\nNärvarande: {P#1}, {P#2}, {Gi#3}, {Gi#4}, {P#5}\nMentor: {P#6}\nBeslut: klassfest {DATE}, ansvariga {G#1} och {G#5}.",
    "Lucia i förskoleklassen! Lucia blir {G#1:f} och tärnor {G#2:f}, {G#3:f} och {G#4:f}. Stjärngossar: {G#5:m}, {G#6:m}. Kom i god tid, {TIME}. /{P#7}, förskollärare",
    "Förväxling i listan: {P#1} i 2B är inte syster till {P#2@1} i 4A, de har bara samma efternamn. Rättat nu. /{G#3}",
    "Till vårdnadshavare i 2A. Skolfotot tas {DAY}. Elever utan samtycke: {P#1}, {P#2}. Kontakta klassläraren {P#3} vid frågor, {E#3}.",
    "Vem har tappat en blå vante i storlek 4? Den ligger i hallen hos {S#1} på {ST}. Sms:a {PH} så lägger jag den på trappan /{G#1}",
    "Skjutsschema simskolan {DAY}ar\nv.{NUM}: {G#1}\nv.{NUM}: {G#2}\nv.{NUM}: {G#3}\nv.{NUM}: {G#4}\nSamling utanför {Ps#5@1} garage på {STN}.",
    # --- allotment and garden associations ---
    "Koloniföreningen Gullvivan\nLott {LOTT}: {P#1}\nLott {LOTT}: {P#2}\nLott {LOTT}: {R#3}\nLott {LOTT}: vakant\nVattnet sätts på {DATE}. Kontakt: lottombud {P#4}, {PH}",
    "Påminnelse: arrendet för din lott ({LOTT}) är {KR} och ska betalas till plusgiro {PG} senast {DATE}. Vid frågor ring {P#1} {PH} eller mejla {CM}.",
    "Till kolonistugan på {ST} behövs en ny hängränna. {G#1} på lott {LOTT} har lovat att fixa den, {G#2} köper material på Byggmax.",
    "Odlarföreningens fröbytardag {DATE} i Folkets hus, {AF}. Ta med egna fröer! Arrangör: {P#1}. Kontakt {E#1}",
    # --- local Facebook and WhatsApp groups ---
    "HITTAD KATT vid {STN} – grå hane, svarar inte på Sixten eller Måns i alla fall. Ring {PH} eller skriv här. /{P#1}",
    "Bortsprungen hund! {PET} (tik, 4 år) sprang iväg vid {ST} ikväll. Ring {P#1} {PH} om ni ser henne!!",
    "Säljes: barncykel 16 tum {KR}, vinteroverall stl 110 {KR}. Hämtas på {a}. Swish till {PH}. /{p#1}",
    "Någon som kan rekommendera en snickare? Vi ska bygga altan.\n-- Kan varmt rekommendera {Ss#1} Bygg & Måleri, {G#1} är noggrann och ärlig. {PH}\n-- Vi anlitade {P#2}, funkade toppen!",
    "Tips: Elfirma {P#1} AB fixade vår laddbox på en dag. Ring {G#1} direkt på {PH} och säg att {G#2} på {STN} tipsade!",
    "Promenadgruppen går igen {DAY} {TIME}! Samling vid lekparken på {STN}. Alla är välkomna, även hundar. /{G#1} och {G#2}",
    "Skänkes: soffa, hämtas senast {DAY} hos {S#1}, {AF}. Först till kvarn! Skriv till {E#1}",
    "Tack till den snälla person som lämnade in min plånbok på ICA! Det var visst {P#1} från {STN}. Tusen tack {G#1}! /{P#2}",
    "Varning! Någon ringer och säger att de är från Telia och ber om bank-id. Min granne {G#1} på {ST} blev uppringd från {PH}. Lägg på!",
    "Bytes: två biljetter till Allsvenskan {DATE} mot två till {DATE}. PM:a mig eller ring {PH}. /{G#1}",
    "grannar på {a}! nån som har en stege att låna? / {g#1} i nr {SHIRT}",
    # --- neighbourhood watch ---
    "Grannsamverkan {STN}\nKontaktombud nr 2–14: {P#1}, {PH}\nKontaktombud nr 15–31: {P#2}, {PH}\nPolisens kontaktperson: {P#3}\nTräff första måndagen varje månad.",
    "Grannsamverkan informerar: inbrott i förråd på {ST} natten mot {DAY}. {G#1} i nr {SHIRT} såg en vit skåpbil. Tips till {P#2}, {PH}.",
    "Semesterlista för grannsamverkan\n{R#1}, {ST}, borta {DATE}–{DATE}, {PH}\n{R#2}, {ST}, borta {DATE}–{DATE}, {PH}\nTöm brevlådan och dra upp rullgardinerna!",
    # --- more clubs ---
    "Ridklubben: stallschema vecka {NUM}\nMorgon: {G#1}, {G#2}\nKväll: {G#3}, {G#4}\nHästen Greta har ont i hoven, hon står inne. Frågor till stallchef {P#5}.",
    "Schackklubben, resultat i klubbturneringen rond {NUM}: {I#1} – {I#2} 1–0, {I#3} – {I#4} ½–½, {I#5} – {I#6} 0–1. Tävlingsledare {P#7}.",
    "Golfklubben: greenfee-fakturan ({INV}) skickas till din adress {AF}. Medlemsnummer {MEM}. Frågor till kansliet {PH}, {CM}.",
    "Hej {G#1}! Välkommen som ny medlem i Båtklubben. Din båtplats är B{NUM}. Nyckelkort hämtas hos hamnkapten {P#2} på {ST}. Sjösättning {DATE}. /{P#3}, sekr.",
    "Gymnastikföreningen söker ledare till barngympan! Vi tränar {DAY}ar {TIME} i skolans gympasal. Intresserad? Kontakta {P#1} på {PH} eller {E#1}.",
    "Bowlingligan, seriespel {DATE}\nLag Greta (130 snitt): {P#1}, {P#2}\nLag Sture: {P#3}, {P#4}\nBanorna bokade av {S#5}.",
    "Fakturaadress: Tallbo IF, {BOX}. Org.nr {ORG}. Referens: {P#1}. Betala till bankgiro {BG}, OCR {OCR}.",
    "Samlingslokalen hyrs ut till medlemmar! Bokning hos uthyrningsansvarig {P#1}, {PH}. Lokalen ligger på {AF}, ingång från gården.",
    "Hej {G#1}, kan du låsa upp klubbstugan {DAY} {TIME}? {G#2} har slarvat bort sin nyckel. Annars har {P#3} en på {a}. Tack! {G#4}",
    "Friidrottsskolan\nGrupp 1 ({AGE} år): ledare {P#1} och {P#2}\nGrupp 2: ledare {P#3}\nSamling vid läktaren, {ST}. Vid frågor: {PH}",
    "Idrottsföreningen tackar {P#1} som efter 32 år lämnar uppdraget som vaktmästare på {STN}. Avtackning {DATE} med tårta. Välkommen! /{P#2}, ordf.",
    "ANSÖKAN OM LOK-STÖD, närvarolista\n{RU#1} {PNRC}\n{RU#2} {PNRC}\n{RU#3} {PNRC}\nLedare: {F#4} {PNR}\nIntygas av {P#5}",
    "Fotbollsskolan {YR}: grupp Gul\n{P#1}, {P#2}, {P#3}, {P#4}. Föräldrakontakt {G#5} {PH}.",
    "Adressändring i medlemsregistret: {P#1} har flyttat till {AXL}, tel {PHX}. Hon vill vara kvar som stödmedlem i kören. /{G#2}, kassör",
    "Brev till medlemmarna: Bästa {G#1}! Årets sista arbetsdag vid stugan på {AF} blir {DATE}. Vi bjuder på soppa. Väl mött! {P#2}, ordförande",
]

EN = [
    # --- sports clubs ---
    "U11 Squad for Sunday vs Hillside Rovers (KO {TIME}, meet {TIME} at the rec)\nGK: {P#1:m}\nDEF: {P#2:m}, {P#3:m}, {Gi#4:m}\nMID: {P#5:m}, {G#6:m}\nFWD: {P#7:m}\nSubs: {G#8:m}, {G#9:m}\nAny problems text Coach {G#10} on {PH}.",
    "Match report: Ashby Town Ladies {SCORE} Millfield\nA gritty win in the rain. {P#1:f} opened the scoring from a {Gi#2:f} corner, and {G#3:f} sealed it with a penalty late on. Player of the match: {P#4:f} (#{SHIRT}). – {P#5}, manager",
    "Hi all, subs for the spring term are {GBP} per child. Please pay by bank transfer (sort code 20-{NUM}-{NUM}, acc {OCR}) with your child's name as reference, or hand cash to {P#1} at training. Thanks! {G#2} (Treasurer)",
    "Carpool for the away game in {TOWN} on {DAYEN}:\nCar 1 – {P#1} ({PH}): {G#2}, {G#3}, {G#4}\nCar 2 – {G'#5} dad: {G#5}, {G#6}\nMeet outside {AU} at {TIME}.",
    "Tuck shop rota, autumn term\nWk 1: {R#1} / {R#2}\nWk 2: {R#3} / {R#4}\nWk 3: {R#5} / {R#6}\nFloat and key from {P#7}, {AU}.",
    "Minutes of the AGM of Hollybrook Cricket Club held on {DATEEN} in the pavilion.\nPresent: {P#1} (Chair), {P#2} (Secretary), {P#3} (Treasurer), {P#4}, {P#5}.\nApologies: {I#6}, {I#7}.\n1. The Chair welcomed members.\n2. The accounts were approved, proposed {S#4}, seconded {S#5}.",
    "Well done to our Under 9s at the Dana Cup! Huge thanks to {P#1} and {P#2} for organising, and to the host family {S#3} at {ADK} ({PDK}) for looking after four of our lads.",
    "Little League sign-ups\nPlayer: {F#1}\nDOB: {DATEEN}\nParent/guardian: {P#2@1}\nAddress: {AUS}\nCell: {PUS}\nEmail: {E#2}\nShirt size: YM",
    "Coach {S#1} here. Practice moved to the field behind {AUS} this {DAYEN}, {TIME}. Bring water! Questions: {PUS} or {E#1}",
    "REFEREE ALLOCATIONS {DATEEN}\n{TIME} U10 Pitch 2 – {P#1}\n{TIME} U12 Pitch 1 – {P#2}\n{TIME} U14 3G – {I#3}\nFees ({GBP}) paid by {G#4} at the clubhouse.",
    "Netball club end of season awards: Most Improved – {P#1}; Players' Player – {P#2}; Coach's Award – {P#3}; and a special thank you to {G'#4} mum, {P#5@4:f}, for the cakes.",
    # --- choirs, orchestras, bands ---
    "Choir parts list\nSoprano: {P#1:f}, {P#2:f}, {P#3:f}\nAlto: {P#4:f}, {P#5:f}\nTenor: {P#6:m}\nBass: {P#7:m}, {P#8:m}\nMusical Director: {P#9}, {E#9}",
    "Hi everyone, dress rehearsal for the Christmas concert is {DAYEN} at {TIME} in St Mary's church hall, {AU}. {G#1} has the folders. Love, {N#2:f}",
    "Brass band: music library loans ({DATEEN}): {P#1} – Nimrod, {P#2} – Cornet Carillon. Please return to the librarian, {P#3}.",
    # --- scouts, guides ---
    "1st Millbrook Scouts – camp consent form\nName of young person: {U#1}\nParent/carer: {U#2@1}\nAddress: {AUL}\nEmergency contact: {P#3}, {PH}\nMedical info: none",
    "Brownies: {P#1} and {P#2} have earned their Camper badge! Huge thanks to Brown Owl ({P#3}) and to {G'#4} dad for the minibus.",
    "Cubs pack contacts\nCub Scout Leader: {P#1}, {PH}\nAssistant: {P#2}, {PH}\nGroup Scout Leader: {P#3}\nHQ: {AU}",
    # --- churches and faith groups ---
    "Parish notices\nSunday service at {TIME}, preacher Rev. {P#1}. Coffee after by the Mothers' Union ({P#2}). Baptism: {P#3} – welcome!",
    "The mosque's youth circle meets {DAYEN}s after Maghrib at {AU}. Imam {P#1:m} will speak on patience. Contact brother {G#2} on {PH}.",
    "Confirmation class {YR}: {R#1}, {R#2}, {R#3}. Leaders: Deacon {P#4} and Fr. {S#5}.",
    # --- study groups, WI, pensioners ---
    "Book club this month is at {G'#1} – {AU}, {DAYEN} {TIME}. We're reading Hamnet. Bring a plate! Text {PH} if lost. {G#1}",
    "WI programme\n{DATEEN}: talk by {P#1} on beekeeping\n{DATEEN}: craft afternoon with {P#2}\n{DATEEN}: AGM, President {P#3} in the chair\nVenue: Village Hall, {AU}.",
    "Over-60s lunch club birthdays this month: {P#1} (90!), {P#2}, {P#3}. Cards to be signed at the hatch, thank you {G#4}.",
    "Hi {G#1}, lovely bingo last night. {G#2} left her reading glasses, I've taken them home to {au}. Say hi to {G#3}! x {N#4}",
    # --- parents' groups, PTA, school ---
    "Class 3 contact list ({YR})\n{R#1} – {P#2@1}, {PH}\n{R#3} – {P#4@3}, {PH}\n{R#5} – {P#6@5}, {PH}\nClass reps: {G#2} and {G#6}",
    "You're invited to {G'#1} 7th birthday party!\nSoft play, {DAYEN} {DATEEN}, {TIME}–{TIME}. RSVP to {G#2@1} on {PH} by {DATEEN}. Love, {P#2}",
    "hi!! {g#1} would love to come to the party 🎈 any allergies i should know about? - {g#2} ({g'#1} mum)",
    "Pick-up today: {G#1} is going home with {G#2}, I've spoken to {G'#2} mum. Grandma {G#3:f} collects {G#4} at {TIME}. {G#5}",
    "PTA summer fair helpers\nBBQ: {G'#1} dad {G#2@1:m}\nTombola: {P#3}\nFace painting: {G#4} and {G#5}\nFair is {DAYEN} {TIME} on the school field, {AU}.",
    "Year 5 trip to the Natural History Museum: coach leaves {TIME} from school. Adult helpers: {P#1}, {P#2}, {P#3}. Emergency number on the day: {PH} ({G#1}).",
    "Fundraising update: {G#1} sold {GBP} of raffle tickets! Please send money to {G'#2} mum by {DATEEN}, or drop it at {AU}.",
    "Parents' meeting Class 6\nPresent: {P#1}, {P#2}, {Gi#3}, {Gi#4}\nClass teacher: Mrs {S#5}\nAgreed: leavers' party {DATEEN}, organised by {G#1} and {G#2}.",
    "Lost property: a navy fleece age 7-8, no name tag – not ours, it's at {G'#1} house, {au}. Text {PH}!",
    "PTO newsletter: Welcome to our new President, {P#1}! Treasurer {P#2} reports {NUM} families joined. Reach us at {CM}.",
    # --- allotments and gardens ---
    "Allotment society plot list\nPlot {LOTT}: {P#1}\nPlot {LOTT}: {P#2}\nPlot {LOTT}: {R#3}\nPlot {LOTT}: vacant\nWater goes on {DATEEN}. Questions: {P#4}, {PH}",
    "Reminder: plot rent ({GBP}) is due by {DATEEN}. Pay the treasurer, {P#1}, or email {CM}. Seed swap at {AU} on {DAYEN}!",
    # --- community groups online ---
    "FOUND: grey tabby near {AU}, very friendly, answers to nothing so far (not Rosie, not Max). Call {PH}. – {P#1}",
    "LOST DOG!! {PET}, black lab, ran off near the park on {DAYEN}. Please call {P#1} on {PH} if seen!",
    "For sale: kids' bike 16\", {GBP}. Collect from {au}. Cash or transfer. - {p#1}",
    "Can anyone recommend a plumber?\n> {S'#1} Plumbing were great, {G#1} came same day. {PH}\n> We used {P#2}, very reasonable.",
    "Walking group is back! {DAYEN}s at {TIME}, meet at the war memorial on {AU}. All welcome, dogs too. {G#1} & {G#2}",
    "Free to a good home: sofa, must collect by {DAYEN} from {S#1}, {AU}. Message {E#1}",
    "Neighbourhood Watch – {TOWN} North\nCoordinator: {P#1}, {PH}\nDeputy: {P#2}, {PH}\nPCSO: {P#3}\nMeetings first Tuesday of the month.",
    "NHW alert: shed break-ins on {AU} overnight. {G#1} at number {SHIRT} saw a white van. Info to {P#2}, {PH}.",
    "Bowls club results: Rinks – {I#1}, {I#2}, {I#3} beat Oakley 21–14. Singles: {P#4} lost narrowly. Next fixture {DATEEN}. {S#5}, Captain",
    "Rowing club: new members welcome! Learn-to-row starts {DATEEN} at the boathouse, {AU}. Contact our captain, {P#1}, on {PH} or {E#1}.",
    "Swimming club gala entries\n{RU#1} 50 free, 50 back\n{RU#2} 100 IM\n{RU#3} 50 fly\nEntries close {DATEEN}. Team manager {P#4}.",
    "Invoice {INV} from Ashby Juniors FC (charity no. {MEM}{MEM}), {AU}. Attn: {P#1}. Amount due {GBP}.",
    "Sunday league fines this month: {N#1} {GBP} (late), {N#2} {GBP} (yellow card), {G#3} {GBP} (kit). Pay the treasurer {S#4} before kick-off.",
    "Hey {G#1}, can you open up the hall {DAYEN} at {TIME}? {G#2} lost her key. {P#3} has a spare at {au}. Cheers, {G#4}",
]

MIXED = [
    "Hej alla P{YY}-föräldrar! Sorry for English, my Swedish is still bad 🙈 {G#1} can't make it to träningen {DAY}, he has a fever. Can someone tell coach {G#2}? /{P#3}",
    "Kallelse / call-up: match vs Norrby IK {DAY} {TIME}, samling {TIME} at {ST}. Players: {G#1}, {G#2}, {G#3}, {G#4}, {G#5}, {G#6}. Questions → {P#7} {PH}",
    "Hi {G#1}! Tack för skjutsen igår 🙏 {G#2} had such a great time at the cup. Can we do the same next week? I can drive, we live at {a}. /{G#3}",
    "Carpool till Göteborg {DATE}:\nBil 1 – {P#1} ({PH}): {G#2}, {G#3}\nBil 2 – {Gs#4} dad {G#5@4:m} ({PH}): {G#4}, {G#6}\nMeet at {ST} kl {TIME}. Don't be late!",
    "Kioskpass this week: {G#1} & {G#2} on Saturday, {G#3} on Sunday. The key is with {P#4}, {ST}. Kom ihåg att räkna kassan!",
    "Protokoll/minutes, styrelsemöte {DATE}\nPresent: {P#1} (ordf.), {P#2} (kassör), {P#3}\n§4 Budget for the Dana Cup trip approved.\n§5 {G#2} will email the parents. Contact: {E#2}",
    "Reminder – medlemsavgift! Hi {G#1}, we still miss the fee for {P#2@1} ({KR}). Please pay to bankgiro {BG} or swish {SWISH}, märk med namn. Thanks! /{P#3}, kassör",
    "Dana Cup info in English for our new families: vi bor på {ADK}. Emergency contacts on site: {P#1} {PDK}, {P#2} {PH}.",
    "Norway Cup address: {ANOL}\nLeaders: {P#1} ({PH}) och {P#2} ({PNO}). Packing list in the attached file, fråga {G#1} om något är oklart.",
    "Choir update: repetition {DAY} {TIME} i församlingshemmet, {ST}. New member {P#1} joins the altos – välkommen! Sheet music from {G#2}. /{N#3}",
    "Stämlista / voice parts\nSoprano: {P#1:f}, {P#2:f}\nAlto: {P#3:f}, {P#4:f}\nTenor: {P#5:m}\nBass: {P#6:m}\nConductor: {P#7}",
    "Scout camp registration / anmälan\nName: {F#1}\nPersonnummer: {PNRC}\nParent: {P#2@1}\nPhone: {PH}\nAllergies: nuts, inga andra",
    "Hey everyone, {G#1} lämnade sin jacka i scoutlokalen. Could someone grab it? I'll pick it up from {Gs#2} place at {a} on {DAY}. Thx! {g#3}",
    "Welcome to Friday prayers! Imam {P#1:m} leads the khutbah, översättning av {P#2}. Afterwards fika in the hall at {ST}. Swish for the food bank: {SWISH}",
    "Gudstjänst / service {DAY} {TIME}, pastor {P#1} preaches in English and Swedish. Kyrkkaffe by {P#2}.",
    "Studiecirkel in English conversation! Ledare: {P#1}. Participants: {P#2}, {P#3}, {P#4}. We meet {DAY}ar {TIME} at the library, {AF}.",
    "PRO birthdays this month 🎂 {P#1} 85 år, {P#2} 90 år! Cards can be signed at the café. Thank you {G#3} for organising.",
    "Klasslista 2A / class list\n{R#1} – {P#2@1}, {PH}\n{R#3} – {P#4@3}, {PH}\n{R#5} – {P#6@5}, {PH}\nClass reps: {G#2} & {G#4}",
    "Välkommen på {Gs#1} kalas! / Welcome to {G'#1} birthday party! {DAY} {DATE} kl {TIME} at the lekland by the station. OSA/RSVP to {G#2@1} {PH}. Hälsningar {P#2}",
    "hi {g#1}! {g#2} would love to come på kalaset 😊 does she have any allergies? /{g#3}",
    "Pick-up idag: {G#1} goes home with {G#2}, I've talked to {Gs#2} mamma. Mormor {G#3:f} picks up {G#4} at {TIME}. /{G#5}",
    "Förskolan Solrosen – autumn party! Grill: {Gs#1} dad {G#2@1:m}. Fiskdamm: {P#3}. Tipsrunda: {G#4}. See you {DAY} {TIME} at {ST}!",
    "Klassresan to Skansen: bus leaves {TIME} from the school, {ST}. Adults joining: {P#1}, {P#2}. Emergency phone: {PH} ({G#1}). Kostnad {KR}.",
    "Fundraising: we sell Newbody packages! {G#1} has sold for {AMT}, so good! Please swish to {Gs#2} mum at {PHM} by {DATE}. Next meeting at {Ps#3} place, {AF}.",
    "Föräldramöte 4B – short notes in English\nPresent: {P#1}, {P#2}, {Gi#3}\nTeacher: {P#4}\nDecided: klassfest {DATE}, {G#1} and {G#2} are in charge.",
    "Koloniföreningen / allotment association: Lott {LOTT} – {P#1}, Lott {LOTT} – {P#2}. Water is turned on {DATE}. Questions to {P#3}, {PH} or {CM}.",
    "Hej! New on lott {LOTT}, my name is {P#1}. Does anyone know who has the key to the tool shed? Maybe {G#2} on {STN}? /{G#1}",
    "LOST CAT / BORTSPRUNGEN KATT 🐱 {PET} disappeared near {STN} on {DAY}. Grey, very shy. Ring {P#1} {PH}. Tack!",
    "Säljes / for sale: barnvagn {KR}, pick up at {a}. Swish or cash. /{p#1}",
    "Anyone know a good electrician? Vi ska byta elcentral.\n-- {Ss#1} El AB! {G#1} is super nice and speaks English. {PH}\n-- We used {P#2}, rekommenderas.",
    "Walk & talk group (på svenska och engelska): {DAY} {TIME} at the playground on {STN}. Alla välkomna! /{G#1} & {G#2}",
    "Grannsamverkan / Neighbourhood watch {STN}\nContact nr 2–20: {P#1}, {PH}\nContact nr 21–40: {P#2}, {PH}\nMeeting in the föreningslokal first Monday every month!",
    "Heads-up grannar: someone tried the car doors on {ST} last night. {G#1} in nr {SHIRT} saw two guys with flashlights. Tips to {P#2}, {PH}.",
    "Hej {G#1}! Welcome as a new member of the båtklubb. Your berth is B{NUM}. Nyckelkort from harbour master {P#2} at {ST}. Launch day {DATE}. /{P#3}",
    "Cricket in Sweden! Vi tränar {DAY}ar {TIME} at {STN}. Captain {P#1} ({PH}), vice captain {P#2}. Nya spelare välkomna, no experience needed.",
    "Tournament in Helsinki: we stay at {AFI}. Ledare: {P#1} ({PH}). Ferry leaves {TIME}, bring passport eller nationellt id-kort!",
    "Thanks {G#1} for the lovely fika after the match 🍰 and grattis {G#2} on your first goal! Final score {SCORE}. /{G#3}, tränare",
    "Hi! I'm {P#1:f}, {G'#2} mum from England. We just moved to {AF}. Is there a parents' WhatsApp for 1C? My number is {PHS} ({E#1}).",
    "Membership form / medlemsansökan\nNAME: {U#1}\nPERSONNUMMER: {PNR}\nADDRESS: {AF}\nPHONE: {PH}\nEMAIL: {E#1}",
    "Hej, jag heter {P#1} and I'm the new ungdomsansvarig. Reach me at {E#1} or {PH}. Looking forward to the season!",
    "Swimming lessons: {G#1} and {G#2} in group Sköldpadda, {G#3} in Pingvin. Coach {P#4} says they're doing great. Pay {KR} to bankgiro {BG}.",
    "Bandy practice cancelled tonight – isen är för dålig. Sorry! {P#1}, {PH}. Next practice {DAY} {TIME} at {STN}.",
    "Cup in Kiel: the host families are {Ss#1} at {ADE} ({PDE}) and {P#2}, {ADE}. {G#3} och {G#4} sleep at the first one.",
    "Lucia at the international preschool! Lucia: {G#1:f}. Tärnor: {G#2:f}, {G#3:f}. Star boys: {G#4:m}. Start {TIME}, please be on time. /{P#5}",
    "hej grannar! anyone have a ladder I could borrow? bor på {a}. /{g#1}",
    "Book club / bokcirkel at {Gs#1} place, {AF}, {DAY} {TIME}. We're reading Kallocain in English. {G#1}: {PH}",
    "Klubbstugan is booked {DATE} for {Gs#1} 50th birthday. Please contact uthyrningsansvarig {P#2} ({PH}) if you need it that weekend.",
    "Skolfoto {DAY}. Students without consent / utan samtycke: {P#1}, {P#2}. Questions to the teacher, {P#3}, {E#3}.",
    "Thank you all for the help at the loppis! Special tack to {P#1} who lent us the trailer and {G#2} for the korv. /Styrelsen, {S#3}",
    "Invoice from the club: {INV}, OCR {OCR}, org.nr {ORG}. Send to {BOX}, att: {P#1}. Questions: {CM}.",
]

NEGATIVES = [
    # --- Swedish (27) ---
    (
        "sv",
        "Resultat P{YY}: Tallbo IF – Norrby IK {SCORE} (halvtid 1–1). Nästa match {DAY} {DATE} kl {TIME} på Vallen, plan 3.",
    ),
    (
        "sv",
        "Medlemsavgift {YR}: {KR} för barn, {KR} för vuxna, familj {KR}. Betala till bankgiro {BG} eller Swish {SWISH}. Ange medlemsnummer ({MEM}) i meddelandet.",
    ),
    (
        "sv",
        "Föreningens organisationsnummer är {ORG}. Plusgiro {PG}. Fakturor märks med referens {INV}.",
    ),
    (
        "sv",
        "Tröjnummer för säsongen: nr {SHIRT} målvakt, nr {SHIRT} och {SHIRT} backar, nr 10 är upptaget. Beställ via Intersport senast {DATE}.",
    ),
    (
        "sv",
        "Träningstider i vinter: {DAY} {TIME}–{TIME} i Tallbohallen, {DAY} {TIME} på konstgräset. Ingen träning under sportlovet.",
    ),
    (
        "sv",
        "Kiosken på Vallen säljer korv {PRIS}, kaffe {PRIS} och Festis. Kassan redovisas till kansliet samma dag. Swish {SWISH}.",
    ),
    (
        "sv",
        "Årsmötet hålls {DATE} kl {TIME} i klubbstugan. Motioner ska vara styrelsen tillhanda senast {DATE}. Dagordning enligt stadgarna §7.",
    ),
    (
        "sv",
        "Hittad: en svart gympapåse med innebandyklubba vid läktaren. Den ligger i kansliet. Hämtas {DAY} {TIME}–{TIME}.",
    ),
    (
        "sv",
        "Vår katt Sixten är borta sedan i {DAY}s! Röd, kastrerad hane, chipmärkt. Han brukar hålla till vid dammen bakom skolan.",
    ),
    (
        "sv",
        "Bortsprungen hund: {PET}, liten terrier, springer fort. Kolla gärna era förråd. Tack för alla delningar!",
    ),
    (
        "sv",
        "Bowlingserien: Lag Greta leder före Lag Sture och Gubbarna. Snittet i år är {NUM}0. Nästa omgång {DATE}.",
    ),
    (
        "sv",
        "Kören sjunger i Sankt Olofs kyrka {DAY} {TIME}. Fri entré, kollekt till Svenska kyrkans internationella arbete.",
    ),
    (
        "sv",
        "Vi samlas vid stora stenen i backen och går upp mot berget. Ta med fika! Rundan är ca 6 km och passar barn från {AGE} år.",
    ),
    (
        "sv",
        "Koloniområdet: lott {LOTT} och lott {LOTT} är lediga. Arrende {KR} per år. Vattnet stängs av {DATE}.",
    ),
    (
        "sv",
        "Loppis i Folkets hus {DAY} {TIME}. Bordshyra {KR}. Allt överskott går till klassresan till Liseberg.",
    ),
    (
        "sv",
        "OCR-nummer {OCR} ska anges vid betalning, annars hittar vi inte din inbetalning. Förfallodag {DATE}.",
    ),
    (
        "sv",
        "Scouterna säljer granris och julkalendrar! Beställ senast {DATE}. Pris {KR}. Leverans i Lund och Malmö.",
    ),
    (
        "sv",
        "Fotbollsskolan startar vecka {NUM} för barn födda {YR}–{YR}. Avgift {KR}, ingår t-shirt och boll.",
    ),
    (
        "sv",
        "PRO-resan till Ystad blir av! Bussen avgår {TIME}. Pris {KR} inkl. lunch på Saltsjöbaden. Sista anmälningsdag {DATE}.",
    ),
    (
        "sv",
        "Cupresultat: 1. Norrby IK 12 p, 2. Ekdalens BK 9 p, 3. Tallbo IF 7 p. Målskillnad +{NUM}. Bästa lag i F{YY}-klassen.",
    ),
    (
        "sv",
        "Grannsamverkan: tre inbrott i förråd den senaste månaden. Lås dörrarna, tänd utebelysningen och anmäl alltid till polisen, även småsaker.",
    ),
    (
        "sv",
        "Påminnelse om styrelsemöte {DAY} {TIME}. Punkter: budget, domarersättningar ({KR}/match), nya bollar från Select.",
    ),
    (
        "sv",
        "Gymnastikens uppvisning hålls i Sporthallen {DATE}. Insläpp {TIME}. Entré {KR}, barn under 7 gratis.",
    ),
    ("sv", "Säljes: hockeyskridskor CCM stl 38, {KR}. Som nya! Kan mötas i Ljungby eller Växjö."),
    (
        "sv",
        "Rosen i kyrkparken blommar nu, och ljungen på heden likaså. Trädgårdsföreningens vandring {DATE} kl {TIME}.",
    ),
    (
        "sv",
        "Lagfoto tas {DAY} {TIME} vid huvudläktaren. Klubbtröja på! Fotot kostar {KR} och beställs via lagets kassa.",
    ),
    (
        "sv",
        "Ridskolans hästar Greta, Doris och Ludde har fått nya täcken. Stallet stänger {TIME} på {DAY}ar under julen.",
    ),
    # --- English (17) ---
    (
        "en",
        "Result: Ashby Town U12 {SCORE} Hillside Rovers. Next fixture {DAYEN} {DATEEN}, KO {TIME} on Pitch 2 at the rec.",
    ),
    (
        "en",
        "Subs for the season are {GBP} per player, {GBP} for siblings. Registered charity no. {MEM}{MEM}. Gift Aid forms at the clubhouse.",
    ),
    (
        "en",
        "Squad numbers: #{SHIRT} and #{SHIRT} are taken, #9 is free. Kit orders via the club shop by {DATEEN}.",
    ),
    (
        "en",
        "Training moves indoors from {DATEEN}: {DAYEN}s {TIME}–{TIME} in the sports hall. No training over half term.",
    ),
    (
        "en",
        "LOST: a small tabby called Biscuit, last seen by the allotments. Microchipped. Please check your sheds!",
    ),
    (
        "en",
        "Our retriever Max and his sister Bella are looking for a dog walker on {DAYEN} mornings. Rates around {GBP} an hour.",
    ),
    (
        "en",
        "The Christmas concert will be held in the church on {DATEEN} at {TIME}. Tickets {GBP}, children free. Mince pies after!",
    ),
    (
        "en",
        "Bowls league table: Rose & Crown 38 pts, Hope Valley Wanderers 35 pts, Miller's Arms 31 pts. Fixtures resume {DATEEN}.",
    ),
    (
        "en",
        "Walk this {DAYEN}: up the hill past the old mill, then down to the lake. About 5 miles. Bring waterproofs and snacks.",
    ),
    (
        "en",
        "PTA raffle: first prize a hamper from Tesco, second prize a £50 voucher for Argos. Tickets {GBP} a strip.",
    ),
    (
        "en",
        "Allotment society: plots {LOTT} and {LOTT} are available. Annual rent {GBP}. Water off from {DATEEN}.",
    ),
    (
        "en",
        "Cake sale raised {GBP}! That's enough for new bibs and two goal nets. Thank you all so much.",
    ),
    (
        "en",
        "Neighbourhood Watch: two cars broken into this week. Please lock up and report everything to the police online.",
    ),
    (
        "en",
        "Brownies and Guides will meet at the village hall from {DATEEN}, {TIME}. Subs {GBP} a term. Uniform from the Scout Shop.",
    ),
    (
        "en",
        "Swimming gala: 50m freestyle 1:02.5, 100m IM 1:21.4, relay 2:18.0. Club records broken in three events!",
    ),
    (
        "en",
        "Will anyone be at the field early {DAYEN}? The nets need putting up before {TIME}. Grace period for parking ends at nine.",
    ),
    (
        "en",
        "Book club pick for next month: The Salt Path. Meeting {DAYEN} {TIME} at the library, £2 for tea and biscuits.",
    ),
    # --- mixed (17) ---
    (
        "mixed",
        "Result / resultat: Tallbo IF – Ekdalens BK {SCORE}. Great game everyone! Nästa match {DAY} {TIME} på Vallen.",
    ),
    (
        "mixed",
        "Medlemsavgift / membership fee {YR}: {KR} per child. Pay to bankgiro {BG} or Swish {SWISH}, write the medlemsnummer {MEM}.",
    ),
    (
        "mixed",
        "Our org.nr is {ORG} if you need it for your employer's friskvårdsbidrag. Receipts from the kansli.",
    ),
    (
        "mixed",
        "Träning cancelled tonight – the pitch is frozen. Next session {DAY} {TIME} in Tallbohallen instead.",
    ),
    (
        "mixed",
        "Lost cat: our Molly hasn't come home since {DAY}. Grå och vit, very shy. Kolla era garage please!",
    ),
    (
        "mixed",
        "Kiosk prices this season: korv {PRIS}, kaffe {PRIS}, popcorn {PRIS}. Swish only, nummer {SWISH}.",
    ),
    (
        "mixed",
        "Annual meeting / årsmöte {DATE} kl {TIME} in the clubhouse. Motions by {DATE}. Fika will be served.",
    ),
    (
        "mixed",
        "Shirt numbers: nr {SHIRT} and {SHIRT} are taken, 7 is free. Order via Stadium before {DATE}, code TALLBO{YY}.",
    ),
    (
        "mixed",
        "Loppis for the class trip {DAY} {TIME}! Table rent {KR}. All money goes to resan to Gröna Lund.",
    ),
    (
        "mixed",
        "Invoice {INV}, OCR {OCR}, due {DATE}. Please betala in time so the cup fee ({KR}) can be paid.",
    ),
    (
        "mixed",
        "Cupen in Denmark: we won 3 of 4 games and came second in the group. So proud of the team! Hemresa {DAY} {TIME}.",
    ),
    (
        "mixed",
        "Team Sture vs Team Greta in the bowling final {DATE}! Come and cheer, entré gratis.",
    ),
    (
        "mixed",
        "Allotment lott {LOTT} is free now. Rent {KR} per year, water from {DATE}. Perfect for beginners!",
    ),
    (
        "mixed",
        "Promenad this Sunday: upp över berget and down to the lake, ca 7 km. Bring fika och regnkläder.",
    ),
    (
        "mixed",
        "Choir concert in Sankt Olofs kyrka {DATE} {TIME}. Free entry, collection for the food bank.",
    ),
    (
        "mixed",
        "Grannsamverkan tip: lock your förråd and turn on the outdoor lights. Report everything to polisen online.",
    ),
    (
        "mixed",
        "Hope to see everyone at the avslutning! Pizza från Pizzeria Milano, {KR} per kid. Born {YR}–{YR} groups together.",
    ),
]
