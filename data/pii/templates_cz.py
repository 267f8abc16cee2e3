# ruff: noqa: E501
"""Templates of held-out CZ (issue 15): the community newspaper, written by CZ's writer.

Court round-ups, property transfers and house sales, planning and licensing lists, obituaries,
death, funeral and memorial notices with the family's home, birth and anniversary notices, letters
to the editor signed with the writer's address, classified and small ads, lost and found, what's on
listings, school, church and club news, in the papers of the UK, Ireland, the US, Canada,
Australia, New Zealand and South Africa and in Swedish local papers; Swedish (`SV`), English (`EN`)
and mixed (`MIXED`: Swedish and English in one text, as Swedes write at work, in newsrooms, at
Swedish churches and clubs abroad and to papers of the Swedish diaspora). `NEGATIVES` are rows
with no value at all, each used once, full of the genre's look-alikes.

Slots are `{FORM#ref~kin:gender@origin}`. Person forms (see `generate_cz.person_segments`): P p U
F FI G g N n S s SU I Gi R RU E, with a trailing `s` for a Swedish genitive and `'` for an English
one; `#k` names the same person again, `~k` makes one of person k's family (the family's surname),
`:f`/`:m` a woman or a man, `@origin` a country's own notices' people. Other slots: addresses (A AL
AR ARL ASE ST STN STT STL VIL a BOX; AUK AUKL AUKS auk UKST; AIE AIEL EIR; AUS AUSL AUST aus BLOCK
USST; ACA ACAL; AAU AAUL; ANZ ANZL; AZA AZAL; AX AXL), phones (PH PHM PHL PHUK PHIE PHUS PHCA PHAU
PHNZ PHZA PHX), e-mails of firms (EF), personnummer (PNR, PNRO for people past a hundred), and
look-alikes that are no value (dates, times, amounts, case, planning, property and reference
numbers, towns alone, churches).
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
CHURCHES_SV = ("Mora kyrka", "Leksands kyrka", "Stadskyrkan", "Heliga Trefaldighets kyrka", "Missionskyrkan", "Pingstkyrkan", "Equmeniakyrkan", "Rättviks kyrka", "Tierps kyrka", "Domkyrkan", "Gnosjö kyrka", "Åre gamla kyrka")  # fmt: skip
CHURCHES_EN = ("Holy Trinity Church", "Christ Church", "the Methodist Church", "Sacred Heart Church", "the Church of the Assumption", "First Lutheran Church", "Bethany Lutheran Church", "the Church of the Immaculate Conception", "the Parish Church", "Grace Baptist Church", "the Uniting Church", "the NG Kerk")  # fmt: skip

SV = (
    # Tingsrätten, polisen, konkurser, dödsbon
    "TINGSRÄTTEN\nEn {AGE}-årig man från {TOWN} döms för misshandel till villkorlig dom och 80 dagsböter. Enligt domen slog han {P#1:m} med knytnäven utanför pizzerian på {STN} en lördagsnatt i {MONTH}. {S#1} fick sy fem stygn i ögonbrynet. Rätten: rådmannen {P} och tre nämndemän.",
    "Dom {DATE}, mål nr {CASE}\nTilltalad: {U#1}, {PNR}\nAdress: {A}\nOffentlig försvarare: advokat {P}\nÅklagare: kammaråklagare {P}\nMålsägande: {P} ({PNR})\nBrott: snatteri, ringa narkotikabrott\nPåföljd: {NUM} dagsböter à 50 kr",
    "HOVRÄTTEN\nHovrätten skärper straffet för {P#1:m}, {AGE}, från {TOWN}, som i tingsrätten dömdes för grovt rattfylleri. {S#1} stoppades av polisen på {STN} med 1,4 promille alkohol i blodet. Hans försvarare, advokat {P}, säger till tidningen att domen kommer att överklagas till Högsta domstolen.",
    "KONKURSER\nKonkurs har beslutats {DATE} för enskild näringsidkare {P#1}, {PNR}, {A}. Konkursförvaltare: advokat {P}, {BOX}, tel. {PHL}. Förvaltaren nås även på {EF}.",
    "Kallelse på okända borgenärer\nTill dödsboet efter {F#1}, {PNRO}, senast boende {A}, kallas härmed okända borgenärer att senast {DATE} skriftligen anmäla sina fordringar till {P}, {BOX}.",
    "Överförmyndarnämnden informerar\nTill god man för {P#1}, {PNRO}, {AL}, har förordnats {P}, {ST}. Den som har synpunkter kan kontakta handläggaren {P#3} på {PHL} eller {E#3}.",
    "POLISEN RAPPORTERAR\nInbrott i villa på {STN} natten mot {DAY}. Smycken och en bärbar dator stals. Ägaren, {P}, upptäckte inbrottet vid sjutiden på morgonen. Polisen söker vittnen som sett en mörk skåpbil vid {ST}.",
    "Ansökan om dödförklaring\n{P#1:m}, {PNRO}, senast folkbokförd på {A}, har varit försvunnen sedan 1971. Skatteverket har ansökt om dödförklaring. Den som har upplysningar om {G#1} ombeds höra av sig till handläggaren {P#2}, {PHL}, {E#2}, senast {DATE}.",
    "Bouppteckning\nDödsbo: {F#1}, {PNR}\nSenast boende: {AL}\nDödsdag: {DATE}\nDödsbodelägare: {P} ({PNR}), {P} ({PNR})\nBouppteckningsförrättare: {P}, {ST}",
    "DÖDSBO\nFörsäljning av lösöre från dödsboet efter {P#1} på {ST} {DAY} kl. {TSPAN}. Möbler, verktyg, porslin och en Crescent-moped. Upplysningar: {P} {PHM} eller {G} {PHM}. Endast kontant eller swish till {SWISH}.",
    # Fastighetsaffärer och bostäder
    "KÖPT & SÅLT I KOMMUNEN\n{FB}, {STT}: {P} och {P} har köpt av {P} för {PRICE}.\n{FB}, {STT}: {P} säljer till {P}, {PRICE}.\n{FB} ({VIL}): {P} köper av dödsboet efter {P}, {PRICE}.",
    "Lagfarter vecka {WEEK}\n• {R} ({PNR}) har köpt {FB} på {ST} av {R}. Pris: {PRICE}.\n• {R} ({PNR}) och {R} ({PNR}) – {FB}, {AR}, köpeskilling {PRICE}.\n• {R} – {FB}, {STT}, gåva.",
    "Sålda bostadsrätter förra veckan\n{STL}, 3 rok, 78 kvm – {PRICE} (mäklare {P}, {PHM})\n{A}, 2 rok, 54 kvm – {PRICE}\n{ST}, 4 rok, 101 kvm – {PRICE} (mäklare {P}, {PHM})",
    "Veckans dyraste villaaffär: huset på {ST} i {TOWN}, som {P#1} och {G~1} sålde för {PRICE}. Köpare är {P} och {P}, som flyttar från {TOWN}.",
    "TILL SALU\nCharmig 1½-planersvilla på {ST}, {STOWN}. 5 rok, 142 kvm, stor trädgård. Utgångspris {PRICE}. Visning {DAY} kl. {TIME}. Ansvarig mäklare: {P#1}, {PHM}, {E#1}.",
    "{FB} i {STOWN} har bytt ägare. {P#1} och {P#2}, tidigare boende på {ST} i {TOWN}, har köpt gården av {P} för {PRICE}. – Vi har letat i flera år, säger {G#2}.",
    # Bygglov och tillstånd
    "BYGGLOV\nMiljö- och byggnadsnämnden har beviljat följande bygglov:\n– {P}, {A}: tillbyggnad av enbostadshus, {FB}.\n– {P} och {P}, {ST}: nybyggnad av garage.\n– {R}, {AR}: rivning av ladugård.\nUpplysningar: bygglovshandläggare {P}, {PHL}.",
    "KUNGÖRELSE\nAnsökan om strandskyddsdispens för fastigheten {FB} ({VIL}). Sökande: {P}, {AL}. Synpunkter lämnas senast {DATE} till Samhällsbyggnadsförvaltningen, {BOX}, eller till {EF}.",
    "Grannehörande\nDu som äger fastighet som gränsar till {ST} ges tillfälle att yttra dig över {Ps} ansökan om bygglov för ett 1,8 meter högt plank. Kontakta handläggaren {P#2} på {PHL} eller {E#2} senast {DATE}.",
    "SERVERINGSTILLSTÅND\nSocialnämnden har beviljat stadigvarande serveringstillstånd till Bistro Hamnen AB (org.nr {ORG}), {ST}. Serveringsansvarig: {P}. Frågor besvaras av alkoholhandläggare {P}, {PHL}.",
    "Ansökan om tillstånd för torghandel\nSökande: {P#1}, {ASE}\nPersonnummer: {PNR}\nTelefon: {PHM}\nE-post: {E#1}\nPlats: Stortorget, plats nr {NUM}\nVaror: jordgubbar, potatis och blommor",
    "Beslut om nybyggnadskarta\nBeställare: {P}\nFastighet: {FB}\nAdress: {STT}\nHandläggare: mätningsingenjör {P}, {PHL}\nAvgift: {AMTS}",
    # Dödsannonser, minnesord, tack
    "Min älskade make\nVår käre Pappa och Morfar\n{F#1:m}\n* {BDATE}\n† {DATE}\n\n{G#2:f}\n{G~1} och {G}\n{G}, {G}, {G}\nSläkt och vänner\n\nBegravningen äger rum i {CHURCH} {DAY} {DATE} kl. {TIME}. Efteråt inbjudes till minnesstund i församlingshemmet. Svar om deltagande till {Ss} Begravningsbyrå, tel. {PHL}, senast {DATE}.",
    "Vår kära Mamma, Mormor och Farmor\n{F#1:f}\nfödd {S}\nhar stilla insomnat i sitt hem på {ST}\n{DATE}, {AGEO} år\n\n{G}, {G} och {G} med familjer\n\nBegravningen sker i stillhet. Tänk gärna på Alzheimerfonden, pg {PG}.",
    "MINNESORD\n{P#1:m}, {STOWN}, har avlidit i en ålder av {AGEO} år. Han växte upp på gården {VIL} och tog över jordbruket efter sin far {G:m}. I trettio år var han ordförande i vägföreningen. Närmast sörjande är hustrun {G#2:f}, barnen {G}, {G} och {G} med familjer. {G#2} bor kvar på gården.\n\n{P}\n{P}",
    "TACK\nför all vänlig deltagan vid vår käre {Gs#1:m} bortgång. Ett särskilt tack till hemtjänsten i {TOWN} och till distriktssköterskan {P}.\n\n{G:f}\nBarn och barnbarn",
    "Dödsfall\n{P}, {STOWN}, {AGEO} år.\n{P}, {STOWN}, {AGEO} år.\n{RU}, {TOWN}, {AGEO} år.\n{P}, tidigare boende på {ST}, {AGEO} år.",
    "Begravningsbyrån {P} & Son\n{A}\nTel. {PHL} dygnet runt\nVi hjälper dig med allt från dödsannons till bouppteckning. Hembesök i hela kommunen. Kontaktperson: {P}, {PHM}.",
    "{F#1:f}\nhar lämnat oss i stor sorg och saknad.\n{STOWN} {DATE}\n\n{G:m}\n{G} och {G}\nBarnbarnen\n\nDu finns i våra hjärtan.\n\nMinnesstund för {G#1} hålls i bygdegården. Anmälan till {P#3}, {PHM}, eller {E#3}.",
    # Födda, grattis, bröllop, högtidsdagar
    "FÖDDA\nEn son, {G:m}, född {DATE} på BB i {TOWN}. Vikt {GRAM} g, längd {CM} cm. Stolta föräldrar är {P:f} och {P:m}, {STT}. Storasyster {G:f} hälsar lillebror välkommen!",
    "GRATTIS!\n{P#1:f} fyller {AGE} år {DAY} {DATE}. Hon firar med släkt och vänner i bygdegården. Uppvaktning undanbedes, men ett bidrag till Barncancerfonden blir {Gs#1} finaste present. Kort kan skickas till familjen c/o {P~1:f}, {A}.",
    "100 ÅR\n{F#1:f} fyller 100 år {DATE}. Hon föddes i {STOWN} och har bott på {ST} sedan 1962. Hon har tre barn, sju barnbarn och tolv barnbarnsbarn. Kaffe och tårta bjuds i församlingshemmet, och dottern {P~1:f} hälsar alla välkomna.",
    "Guldbröllop\n{P#1:m} och {G#2~1:f}, {A}, firar guldbröllop {DATE}. De vigdes i {CHURCH} 1977. Barnen {G}, {G} och {G} med familjer gratulerar!",
    "Vigda\nI {CHURCH} vigdes {DAY} {P:f} och {P:m}. Vigselförrättare var kyrkoherde {P}. Brudparets adress: {A}.",
    "Födelsedagar i veckan\n50 år: {P}, {STOWN}, lördag\n60 år: {P}, {STOWN}, söndag\n75 år: {RU}, {STOWN}\n85 år: {P}, {AR}",
    "Hipp hipp hurra för {Gs#1} 40-årsdag! {P#1} firar på {DAY} – vi ses på {ST} kl. {TIME}. Kramar från {G}, {G} och {N}.",
    "Studenten\nGrattis {P#1} på studentdagen! Vi är så stolta över dig. Mamma, Pappa och {G}. Mottagning hemma på {ST} kl. {TSPAN}.",
    "Vi har gift oss!\n{G#1:f} och {P#2:m}, {DATE} i {CHURCH}. {Gs#1} föräldrar och {Gs#2} mormor var med oss hela dagen. Tack alla som firade med oss! Vår nya adress är\n{AL}",
    "Diamantbröllop\nFör 60 år sedan vigdes {P#1:f} och {P#2:m} i {CHURCH}. I dag bor paret på {VIL} utanför {STOWN}, där {G#2} drev smedja och {G#1} var lärare i byskolan.",
    # Insändare
    "INSÄNDARE\nVem tar ansvar för gatubelysningen?\nVi som bor på {STN} har i tre månader gått hem i beckmörker. Jag har ringt kommunens kundtjänst fyra gånger utan att något händer. Barnen går till skolbussen i mörker.\n{P}\n{A}",
    "Svar till {P} ({DATE})\nDet stämmer inte att bussen slutat stanna vid skolan. Hållplatsen har flyttats 200 meter för att trafiken ska bli säkrare.\n{P}, trafikplanerare",
    "INSÄNDARE\nTack till den okända som lämnade tillbaka min plånbok! Jag tappade den vid Coop i måndags, och dagen efter låg den i brevlådan på {ST} med alla kort kvar.\n{P}, {STOWN}",
    "Inskickad insändare\nNamn: {P#1}\nAdress: {AL}\nTelefon: {PH}\nE-post: {E#1}\nSignatur: Arg pensionär\nRubrik: Snöröjningen är en skandal\nText: Tre dagar efter snöfallet var {STN} fortfarande inte plogad.",
    "INSÄNDARE\nRädda byskolan!\nVi föräldrar i {STOWN} är förtvivlade. Om skolan stänger får sexåringar åka buss i fyrtio minuter. Kommunalrådet {P} har inte svarat på våra mejl.\n{P}, ordförande i föräldraföreningen\n{ARL}",
    "Öppet brev till kommunstyrelsens ordförande {P}\nVarför får vi på landsbygden betala för en ny simhall i centralorten? Byalaget har samlat 412 namnunderskrifter.\n{P}\n{AR}",
    # Radannonser, hittat och borttappat
    "SÄLJES\nHusvagn Kabe 560, årsmodell -04, fint skick, förtält ingår. {AMT}. Tel. {PHM} ({G})",
    "KÖPES\nGamla mopeder, Puch, Crescent och Zündapp, även delar. Skick oviktigt. Ring {N} {PHM} eller sms:a.",
    "UTHYRES\n2:a på {STL}, 58 kvm, ledig från {DATE}. Hyra {RENT}/mån. Rökfri, inga husdjur. Kontakt: {P#1}, {PH}, {E#1}",
    "BORTSKÄNKES\nTrädgårdsmöbler i teak, bord och sex stolar. Hämtas på {ST}. {N} {PHM}",
    "ÖNSKAS HYRA\nSkötsam tjej, 24, söker lägenhet i centrala {TOWN}. Har fast jobb på lasarettet. Svar till {E#1:f} eller {PHM}. /{P#1}",
    "TJÄNSTER\nSnöskottning, gräsklippning och trädgårdshjälp. RUT-avdrag. Ring {P#1}, {PHM}, eller mejla {E#1}.",
    "ANNONSBESTÄLLNING\nBeställare: {U#1}\nPersonnummer: {PNR}\nFakturaadress: {AL}\nTelefon: {PH}\nE-post: {E#1}\nAnnonstext: Säljes barnvagn Emmaljunga, {AMTS}.",
    "Efternamn: {SU#1}\nFörnamn: {G#1}\nPersonnummer: {PNR}\nAdress: {A}\nMobil: {PHM}\nPrenumeration: helg, 12 månader\nBetalning: autogiro",
    "HITTAT\nNyckelknippa med blå bricka hittad vid busshållplatsen på {STN}. Kontakta {G} på {PHM}.",
    "BORTSPRUNGEN\nKatten Smulan, grå tigrerad hona, försvann från {ST} i början av {MONTH}. Hon är chipmärkt. Hittelön! Ring {P}, {PH}.",
    "BORTTAPPAT\nGuldarmband med gravyren ”Mormor 1952” tappat mellan {STN} och torget. Upphittare ombedes ringa {PH}. /{P}",
    "HITTAD HUND\nSvart labrador utan halsband sprang omkring vid {VIL} i går kväll. Den är hos oss tills ägaren hör av sig. {P}, {PHM}",
    # Vad händer, föreningar, skola, kyrka, idrott
    "VAD HÄNDER\n{DAY} {DATE}\nKl. {TIME} Loppis i Folkets hus. Info: {P}, {PHM}.\nKl. {TIME} Sångkväll i {CHURCH} med {P} vid orgeln.\n{DAY}\nKl. {TIME} Öppet hus hos hembygdsföreningen, {VIL}. Anmälan till {N} {PHM}.",
    "Föreläsning: Släktforska på nätet med {P}. Biblioteket, {ST}, {DAY} kl. {TIME}. Fri entré. Frågor: {EF}.",
    "Vårkonsert: Manskören sjunger in våren under ledning av {P}. Solist: {P}. {CHURCH}, {DAY} kl. {TIME}. Biljetter {AMTS} vid entrén.",
    "PRO {TOWN}\nVid årsmötet omvaldes {P} till ordförande. Till kassör valdes {P} och till sekreterare {P}. Nya medlemmar anmäler sig till {P}, {A}, tel. {PH}.",
    "Skolnytt\nKlass 6B på Ängsskolan har samlat in {AMT} till Världens barn. – Eleverna har bakat och sålt kakor varje fredag, säger klassläraren {P}. Rektor {P} lovar att skolan dubblar summan.",
    "Kyrkliga handlingar\nDöpta: {G#1:m}, son till {P~1:f} och {P~1:m}. {G#2:f}, dotter till {P~2:f} och {G~2:m}.\nAvlidna: {P}, {AGEO} år; {RU}, {AGEO} år.",
    "Idrott\nIFK:s F12-lag vann inomhuscupen i {TOWN}. Målen gjorde {P} (2) och {P}. Tränaren {P} var nöjd: – Tjejerna kämpade hela vägen.",
    "Bowling, seniorserien\n1. {P} 612\n2. {P} 598\n3. {R} 587\n4. {I} 570\nNästa omgång {DAY}. Frågor till {P#1}, {E#1}.",
    "Hembygdsföreningen söker gamla fotografier från {STOWN}. Har du bilder från byarna? Kontakta {P}, {ARL}, eller ring {PHL}.",
    "Bridge\nResultat från tisdagens spel: 1) {I}–{I} 62,4 % 2) {I}–{I} 58,1 % 3) {P}–{Gi} 55,0 %.",
    "Scouterna\nKårchefen {P#1} välkomnar nya medlemmar. Samling vid scoutstugan {DAY} kl. {TIME}. Anmälan till {E#1} eller {PHM}.",
    "Vasaloppet – våra lokala åkare\n{P} 6.12.45\n{P} 7.03.11\n{R} 8.44.02\nÄldst i startfältet från kommunen var {P}, {AGEO} år.",
    "Vinnare i julkorsordet\n{P}, {A}\n{P}, {AR}\n{P}, {AL}\nGrattis! Vinsterna skickas hem per post.",
    "Lotteriet på hembygdsdagen\n1:a pris, presentkort: {P}, {STOWN}\n2:a pris, ved: {P}, {VIL}\n3:e pris, kaffekorg: {P}\nVinsterna hämtas hos {P}, {PHM}.",
    # Redaktionen: tips, rättelser, chatt
    "TIPS TILL REDAKTIONEN\nTipsare: {P#1}\nTelefon: {PHM}\nE-post: {E#1}\nTips: Grannen på {ST} har byggt en tre meter hög snögubbe. Tipsaren vill inte nämnas i tidningen.",
    "Från: {P#1} <{E#1}>\nTill: {EF}\nÄmne: Födelseannons\n\nHej! Vi vill sätta in en födelseannons i lördagens tidning för vår son {G:m}, född {DATE}. Föräldrar: {G#1} och {P}. Fakturan kan skickas till {A}.\nMvh {G#1}\n{PHM}",
    "@{g} kan du ringa {p#1:f} om dödsannonsen? hon bor på {a} och numret är {PHM}",
    "{g}: fick just mejl från {p:f} – hon vill att vi rättar adressen i grattisannonsen, det ska vara {a}\n{n}: fixar direkt",
    "RÄTTELSE\nI torsdagens tidning stod det felaktigt att {P} bor på {STN}. Rätt adress är {ST}. Vi beklagar felet.",
    "{g}: vem skriver minnesordet om {p}? familjen ringde\n{g}: jag tar det, har numret till dottern ({g:f}) {PHM}",
    # Porträtt, företag, kommunen
    "Månadens företagare\n{P#1} driver sedan 2011 {Ss#1} Bygg & Måleri på {ST}. – Det är roligt att jobba i hemkommunen, säger {G#1}. Kontakt: {PH}, {E#1}.",
    "Veckans profil\nNamn: {F#1:m}\nÅlder: {AGEO}\nBor: {VIL} utanför {STOWN}\nFamilj: frun {G:f}, tre vuxna barn\nGör: pensionerad lantbrukare och kassör i hembygdsföreningen",
    "Nyinflyttade\nFamiljen {S#1} har flyttat in i gamla skolhuset på {ST}. {G#2~1} och {G~1} kommer från {TOWN} och ska starta kafé i klassrummet. – Vi föll för huset direkt, säger {G#2}.",
    "KOMMUNEN INFORMERAR\nVattenavstängning på {STN} och {STN} {DAY} kl. {TSPAN} på grund av ledningsarbete. Frågor: VA-jouren {PHL}.",
    "Efterlysning\nVem känner igen mannen på bilden? Fotografiet togs utanför {Ss} Färg och Tapeter på {STN} på 1950-talet. Hör av dig till {P#1}, {E#1}.",
    "Årets kulturpris går till {P#1}, {STOWN}. Juryns ordförande {P} säger att {G#1} har betytt mycket för bygdens teater. Prissumman är {AMT}.",
    "Ny distriktsläkare\nVårdcentralen i {STOWN} har fått en ny distriktsläkare: {P}. Tidsbokning som vanligt på {PHL}. Verksamhetschef {P} är glad över rekryteringen.",
    "Julinsamlingen\nBidrag till hemtjänstens julinsamling lämnas till {P}, {ST}, eller swishas till föreningen på {SWISH}. Förra året samlades {AMT} in.",
)

EN = (
    # The UK
    "COURT ROUND-UP\nThe following cases were dealt with at {TOWNUK} Magistrates' Court:\n{P}, {AGE}, of {AUKS}, was fined £{FINE} for driving without insurance.\n{P}, {AGE}, of {AUK}, admitted theft from a shop and was given a 12-month conditional discharge.\n{U}, {AGE}, of no fixed abode, was remanded in custody.",
    "PLANNING APPLICATIONS\n{PLAN}: {AUK} – Mr and Mrs {S}: single-storey rear extension.\n{PLAN}: {AUK} – {P}: conversion of barn to holiday let.\n{PLAN}: {AUKS} – {P}: felling of one ash tree (T1) in a conservation area.",
    "LICENSING ACT 2003\nNotice is given that {P} has applied to the council for a premises licence at The Old Bakery, {AUK}, for the sale of alcohol from 10am to 11pm. Representations may be made in writing by {DATEEN} to the Licensing Team.",
    "DEATHS\n{RU#1:f} (née {S}). Peacefully at home on {DATEEN}, aged {AGEO}. Beloved wife of the late {G:m}, much loved mum of {G} and {G}, and nana to {G}. Funeral service at {CHURCHEN} on {DAYEN} at {TIMEEN}. Family flowers only; donations to the hospice c/o {S} & Sons Funeral Directors, {AUK}, tel. {PHUK}.",
    "BIRTHS\n{SU#1} – To {G#2~1:f} (née {S}) and {G#3~1:m}, a son, {F~1:m}, on {DATEEN}, at {TOWNUK} Community Hospital. A brother for {G~1}.",
    "LETTERS\nSir – I was disappointed to read that the post office on {UKST} is to close. Many older residents cannot drive to town.\nYours faithfully,\n{P}\n{AUK}",
    "FOR SALE\nLogs, seasoned ash, £{FINE} a load, delivered. Tel {PHUK}.\nWANTED\nOld bicycles for the charity workshop. Ring {N} on {PHUK}.",
    "LOST\nCollie cross 'Bess', black and white, near {UKST}, {DATEEN}. Very timid, please do not chase. Ring {P} on {PHUK}.",
    "WHAT'S ON\nCoffee morning, Methodist Hall, {DAYEN} {TIMEEN}. Contact {P} {PHUK}.\nQuiz night at the Red Lion in aid of the air ambulance. Teams of four; book with {N#1} on {PHUK} or {E#1}.",
    "GOLF\nMonthly medal: 1 {P} ({HCP}) net 68, 2 {P} ({HCP}) net 70, 3 {I} net 71. Ladies' Stableford: {P:f} {PTS} pts, {P:f} {PTS} pts, {R:f} {PTS} pts.",
    "Pupils at Northfield Primary School raised £{FINE} for Children in Need. Headteacher {P} said: 'I am so proud of them.' Year 6 pupils {G} and {G} organised the cake sale.",
    "DIAMOND WEDDING\n{SU#1} – {G#2~1:m} and {G#3~1:f} (née {S}) of {AUK} were married at {CHURCHEN} in 1967. Congratulations from {G}, {G} and all the family.",
    "PARISH NOTES\nBaptisms: {P#1:m}, son of {G~1:f} and {G~1:m}. Our vicar, the Rev. {P}, is on leave until Easter. Contact the parish office on {PHUK} or {EF}.",
    "VILLAGE NEWS\nCorrespondent: {P#1}, {AUKL}, {PHUK}, {E#1}\nThe WI heard a talk by {P} on the history of the mill. Next month: {P'} slides of the Lake District.",
    "CORRECTION\nIn last week's edition we gave the address of {P#1:m} as {AUKS}. Mr {S#1} lives in {TOWNUK}. We apologise for the error.",
    # Ireland
    "{RU#1:m@irish} ({AIE}), {DATEEN}, peacefully, in the loving care of the staff of {TOWNIE} Community Hospital. Predeceased by his wife {G:f@irish}. Deeply regretted by his sons {G:m@irish} and {G:m@irish}, daughter {G:f@irish}, daughters-in-law, grandchildren, neighbours and friends. Reposing at his home ({EIR}) on {DAYEN} from {TIMEEN}. Funeral Mass in {CHURCHEN} on {DAYEN}, followed by burial in the adjoining cemetery. House private on {DAYEN} morning, please.",
    "{COUNTY} County Council\nWe, {P@irish} and {P@irish}, intend to apply for permission for development at {AIE}. The development will consist of a single-storey extension to the rear of the existing dwelling house, a new wastewater treatment system and all associated site works. The planning application may be inspected at the offices of the Planning Authority during public opening hours.",
    "{TOWNIE} DISTRICT COURT\nJudge {P} fined {P:m@irish} (24), with an address at {AIE}, €{FINE} for having no insurance. Solicitor {P@irish} said his client had since insured the car. Sgt {S@irish} gave evidence of stopping the defendant on {DATEEN}.",
    "Sir, – Once again the hedges on the road to the school have not been cut, and children walk on the verge.\nYours, etc,\n{P@irish},\n{AIE}.",
    "{RU#1@irish}\n(Second Anniversary)\nIn loving memory of {G#1}, late of {AIE}, who died on {DATEEN}. Anniversary Mass in {CHURCHEN} on {DAYEN} at {TIMEEN}.\nAlways remembered by your loving wife {G:f@irish}, children and grandchildren.",
    "GAA\nSenior football: {TOWNIE} 1-14, Gaels 0-12. Scorers: {P:m@irish} 1-4, {P:m@irish} 0-5, {P:m@irish} 0-2 (frees), {I:m@irish} 0-1. Manager {P@irish} praised the full-back line.",
    "PARISH LOTTO\nNo jackpot winner. €50 each to {P@irish}, {TOWNIE}; {P@irish}, {AIE}; {P@irish}. Sellers' prize: {P}. Contact the parish office on {PHIE} or {EF}.",
    "Planning notice\n{P#1@irish} is applying to {COUNTY} County Council for retention permission for a domestic shed at {AIEL}. Any submissions may be made to the Planning Authority. Agent: {P}, {PHIE}.",
    # The US
    "{F#1:f}, {AGEO}, of {TOWNUS}, passed away {DATEEN} at home, surrounded by family. She was born in {BYEAR} to {P:m} and {P:f}. She married {P#2~1:m} in 1961; he preceded her in death. Survivors include her children, {P~1} (wife {G}) of {TOWNUS} and {P} of {TOWNUS}. Visitation will be from {TIMEEN} at {S'} Funeral Home, {AUS}. Memorials may be sent to the family at {AUSL}.",
    "POLICE BLOTTER\n{DATEEN}: {P}, {AGE}, of {AUST}, was arrested on a warrant.\n{DATEEN}: A resident of the {BLOCK} reported a stolen bicycle.\n{DATEEN}: {P}, {AGE}, of {TOWNUS}, was cited for speeding on {USST}.",
    "PROPERTY TRANSFERS\n{P} and {P} to {P}, {AUST}, {USDH}.\n{P} to {P} and {P}, {AUS}, {USDH}.\nEstate of {P} to {P}, {AUST}, {USDH}.",
    "LETTER TO THE EDITOR\nThe four-way stop at {USST} and the highway is an accident waiting to happen. The county must act before someone is killed.\n{P}\n{AUS}",
    "CLASSIFIEDS\nGARAGE SALE: Fri-Sat 8-2, {AUST}. Furniture, tools, kids' clothes.\nFOR RENT: 2BR apartment, {USD}/mo plus deposit. No pets. Call {PHUS}.\nHELP WANTED: Part-time cook at the senior center. Email {EF}.",
    "COMMUNITY CALENDAR\nLions Club pancake breakfast, {DAYEN} {TIMEEN}, fire hall. Contact {P} at {PHUS}.\nAA meets {DAYEN} at {CHURCHEN}.\nBlood drive: call {N} at {PHUS} to schedule.",
    "ENGAGEMENT\n{P#1:m} and {P#2~1:f} of {TOWNUS} announce the engagement of their daughter, {G#3~1:f}, to {P#4:m}, son of {G~4:m} and {P~4:f} of {AUST}. An October wedding is planned.",
    "50TH ANNIVERSARY\n{G#1:m} and {P#2~1:f} will celebrate their 50th anniversary with an open house at {CHURCHEN}. Cards may be sent to {AUSL}.",
    "HONOR ROLL\nGrade 9: {P}, {P}, {P}.\nGrade 10: {P}, {R}.\nGrade 11: {FI}.",
    "FOUND\nA set of car keys with a Minnesota Twins lanyard near the {BLOCK}. Claim at the Herald office, {AUS}, or call {PHUS}.",
    "NOTICE TO CREDITORS\nEstate of {U#1}, Deceased. Case No. {CASEEN}. All persons having claims against the estate must present them to the personal representative, {P}, at {AUS}, within four months after the date of first publication.",
    # Canada
    "{RU#1:f}\nPeacefully at the hospital in {TOWNCA} on {DATEEN}, at the age of {AGEO}. Predeceased by her husband {G:m}. Loving mother of {P} ({G}) and {P}. In lieu of flowers, donations to the Heart and Stroke Foundation. Arrangements by {S} Funeral Home, {ACA}, {PHCA}.",
    "Town of {TOWNCA}\nNotice of public meeting\nApplication for minor variance, file {PLAN}\nOwner: {P}\nLocation: {ACA}\nQuestions may be directed to planner {P#2}, {PHCA}, {E#2}.",
    "60th wedding anniversary\n{P#1:m} and {G#2~1:f} were married in 1967. Cards and well-wishes may be sent to {ACAL}.",
    "LETTERS\nThe snow on our sidewalks is not cleared until noon. Seniors are stuck indoors.\n{P}, {ACA}",
    # Australia
    "{RU#1:m}\nPassed away peacefully at {TOWNAU} Base Hospital on {DATEEN}. Aged {AGEO} years. Loving husband of {G:f}, father of {G} and {G}.\nRelatives and friends of the late Mr {P#1} are respectfully invited to attend his funeral service at {CHURCHEN}, {AAU}, on {DAYEN} at {TIMEEN}.\n{P} Funerals, {PHAU}",
    "SOLD THIS WEEK\n{AAU} – {AUD} (agent {P}, {PHAU})\n{AAU} – {AUD}\n{AAU} – {AUD} (agent {P}, {PHAU})",
    "{TOWNAU} Magistrates Court\n{P:m}, {AGE}, of {TOWNAU}, was convicted of drink-driving and lost his licence for six months.\n{P}, {AGE}, of {AAU}, was fined ${FINE} for failing to register a dog.",
    "BOWLS\nPennant results: Div 1: {P}, {P}, {P} (skip) d. Club B. Div 2: {I}, {I}, {Gi} (skip) lost by 4 shots.",
    "BIRTHS\n{SU#1} – {G#2~1:f} and {G#3~1:m} are thrilled to announce the safe arrival of {F~1}, on {DATEEN} at {TOWNAU} Base Hospital, weighing 3.4kg. A little sister for {G~1}.",
    "Meals on Wheels needs volunteer drivers one day a fortnight. Contact coordinator {P#1} on {PHAU} or {E#1}.",
    # New Zealand
    "{RU#1:m}\nPassed away peacefully at home on {DATEEN}, aged {AGEO}. Dearly loved husband of {G:f}. Loved dad of {G} and {G}. Messages to the {S#1} family, c/o {ANZ}. A service for {G#1} will be held at {CHURCHEN}, {TOWNNZ}, on {DAYEN} at {TIMEEN}.",
    "COMMUNITY NOTICEBOARD\nGarage sale at {ANZ}, Saturday 8am. Contact {G} {PHNZ}.\nKapa haka practice resumes Tuesday. Kaiako: {P@maori}, {PHNZ}.",
    "{TOWNNZ} District Court\n{P}, 19, of {TOWNNZ}, appeared on a charge of careless driving and was remanded at large. {P@maori}, 34, of {ANZ}, was sentenced to 100 hours' community work.",
    "LETTERS\nThe rates rise of 11 per cent is more than pensioners can bear.\n{P}\n{ANZL}",
    # South Africa
    "ESTATE LATE {U#1}\n(ID No. {ZAID})\nEstate No. {CASEEN}. Last address: {AZA}. Creditors and debtors are called upon to lodge claims within 30 days with the executor: {P#2}, {AZA}, tel {PHZA}, {E#2}.",
    "{TOWNZA} Neighbourhood Watch\nMeeting on {DAYEN} at {TIMEEN} in the NG Kerk hall. Patrollers needed! Contact {P} on {PHZA}. Report suspicious vehicles to the control room, {PHZA}.",
    "TO LET\nGarden flat in {AZA}, own entrance, R{NUM}00 pm. Suit single professional. Call {G} {PHZA}.\nFOR SALE: {ERF}, vacant land, {ZAR}. Contact {P}, {PHZA}.",
    "{RU#1:f@south_african}\nPassed away peacefully on {DATEEN}, aged {AGEO}. Beloved mother of {G@south_african} and {G@south_african}. Funeral service at {CHURCHEN}, {TOWNZA}, on {DAYEN} at {TIMEEN}. Enquiries: {P} {PHZA}.",
    # The newsroom
    "From: {P#1} <{E#1}>\nTo: {EF}\nSubject: Birth notice\n\nHi, could you please put in a notice for our daughter {G}, born {DATEEN}, 7lb 2oz. Parents {G#1} and {P}. Billing address: {AUKL}. My number is {PHUK}.\nThanks, {G#1}",
    "{g}: did anyone call back {p:f} about the obit? family wants it to say 'late of {auk}'\n{n}: yep, spoke to her son {n:m} this morning, he's {G'} neighbour",
    "TXT THE EDITOR\n'whoever dumped the mattress on {UKST} should be ashamed' – {g}, {TOWNUK}\n'thanks to {g} at the chemist for going above and beyond' – anon",
)

MIXED = (
    "Från: {P#1} <{E#1}>\nTill: {EF}\nÄmne: Death notice for my father\n\nHej! Jag har bott i {TOWNUK} i många år so I write partly in English – vi vill ha en dödsannons för pappa {F#2~1:m} i lördagens tidning. He lived at {A} until the end. Invoice to my address: {AUKL}. Mobil: {PHUK}\n/{G#1}",
    "Svenska kyrkan i London\nWelcome to our julbasar! Kontakt: kyrkoherde {P}, {PHUK}, {EF}. Vi söker volunteers till kaféet – anmäl dig till {G#2} ({E#2}).",
    "Obituary / Minnesord\n{F#1:f} died {DATEEN} in {TOWNUS}, aged {AGEO}. Hon föddes i {STOWN} och emigrerade 1956 med sin make {P#2~1:m}. She is survived by her children {G} and {G}, och syskonen {P} i {TOWN} och {P}. Memorial service at {CHURCHEN}, {AUS}.",
    "@{g} kan du kolla adressen i grattisannonsen? kunden skriver '{a}' men i systemet står {A}. ring henne på {PHM} asap, deadline kl 15",
    "Hi {G#1}! Här är veckans lagfarter, sorry for the delay:\n{R} – {FB}, {STT}, {PRICE}\n{R} och {R} – {FB}, {STT}, {PRICE}\nLet me know if anything looks off. /{G} på Lantmäteriet",
    "Notes from tingsrätten, mål {CASE}: defendant {P#1} ({PNR}), lives at {A}. Witness {P} didn't show up. Follow-up: call advokat {P} on {PHL}.",
    "Annonsbokning / Ad booking\nCustomer: {P#1}\nPersonnummer: {PNR}\nAddress: {AL}\nPhone: {PH}\nEmail: {E#1}\nAd text: 'Säljes – Volvo Amazon -66, {AMT}'",
    "Swedish Club of {TOWNAU} – Midsommar picnic {DAYEN} 20 June! Bring sill och snaps. RSVP to {P#1} on {PHAU} or {E#1}. Adress: {AAU}.",
    "Svenska skolan i Dublin: Terminsstart {DATE}. Lärare: {P}. Anmälan till {EF}, eller ring {PHIE}. Lektionerna hålls på {AIE}.",
    "{g}: the family of {P} wants 'Late of {A}' in the English version of the notice, funkar det?\n{n}: ja, skriv både svensk och engelsk text",
    "INSÄNDARE\nAs a British person living in {STOWN} for twenty years, I must say att kollektivtrafiken here has never been worse. The bus from {STN} is late every day.\n{P}\n{A}",
    "News in English from {TOWN}: the council has granted building permits to {P} ({ST}) and {P} ({AR}). Objections must reach the council before {DATE}.",
    "Hej {G#1}, attaching the listing för {ST}, {STOWN}. Visning {DAY} kl {TIME}. The buyer is {P#3} från {TOWNUK}, he can be reached at {PHUK}. /{P}, mäklare, {PHM}",
    "{g}: på väg till guldbröllopet hos {p#1} och {g~1}? de bor på {a}\n{g}: yes, leaving now, back by 3",
    "Subject: Dödsannons – {U#1}\n\nHi, please find attached the text. Begravning i {CHURCH} {DATE}. Contact person: {P#2} ({E#2}), tel. {PHX}.\nKind regards / Vänliga hälsningar\n{S} Begravningsbyrå\n{A}",
    "Nordic Heritage Lodge No. {NUM}: Lucia celebration December 13 with lussekatter och glögg. Contact {P}, {AUSL}, {PHUS}.",
    "Births / Födda\n{G:f}, dotter till {P} och {P}, {ACA}. Mormor {P:f} i {TOWN} gratulerar!",
    "Säljes / For sale: Swedish kakelugn, dismantled, {AMT} or best offer. Pick-up in {TOWN}. {PHM} (English OK, {G})",
    "Hej! The reader {P#1:f} called about her insändare – hon vill inte ha sin adress ({A}) publicerad, only name and town. Her number: {PH}. /{G}",
    "{g}: rättelse needed: we wrote that {P} lives on {STN} but it's {ST}\n{g}: ok, pushing update to webben",
    "Kalendarium / What's on\n{DAY} kl. {TIME}: Pubquiz in English på biblioteket, {ST}. Quizmaster: {P}.\n{DAY}: Language café – svenska och engelska, kontakt {G} {PHM}.",
    "Hittat / Found: iPhone med blått skal vid {STN}. The owner can call {PHM} and describe the lock screen. /{P}",
    "Vi har fått en dotter! / We have a daughter!\n{G#1:f}, född {DATE}, {GRAM} g.\nProud parents {P#2:f} och {P#3:m}\n{AL}",
    "The prosecutor says {P#1:m} ({PNR}), folkbokförd på {A}, was arrested in {TOWNUK} and will be handed over to Sweden. Hans advokat {P} declined to comment.",
    "Göteborg Cricket Club: {P} 54 not out, {P} 3 for 21. Nästa match {DAY}, contact captain {P} {PHM}.",
    "Funeral notice / Begravning\n{RU#1} of {AAU}, född i {STOWN} {BYEAR}, passed away peacefully on {DATEEN}. Service at {CHURCHEN}. Enquiries: {S'} Funerals, {PHAU}.",
    "Hej, I've moved! Please change my subscription address från {A} till {AX}. Kundnummer {REF}. /{P}, {PHX}",
    "{g}: har vi bild på {P:f}? the one who won the Rotary award\n{g}: ja, ligger i mappen. hon bor på {a} btw if we need to visit",
    "FYI – pressmeddelande från kommunen: 'Årets kulturpris tilldelas {P}, {STOWN}.' Contact for interviews: {P#2}, kulturchef, {PHL}, {E#2}.",
    "Dear editor, I am researching my family. My great-grandfather {P#1:m} emigrated from {STOWN} in 1903. Enligt husförhörslängden bodde han på {VIL}. Can your readers help? Please contact me: {P#2}, {AUKL}, {E#2}, {PHUK}.",
    "Svenska föreningen i Irland: Julfest lördag 13 december at {AIE}. RSVP {G} {PHIE}.",
    "{g}: 100-årsdag på lördag för {P#1}, {PNRO} enligt beställningen – ska vi verkligen ha med pnr? no way, stryk det\n{g}: ok, only name, age and {ST}",
    "Hej från Nya Zeeland! {P#1} from {STOWN} is spending the winter picking kiwifruit at {ANZ}. 'It's like sommarjobb but in July', säger {G#1}, who can be reached on {PHNZ}.",
    "Uthyres / To let: Furnished room at {ST}, nära centrum. Suits exchange student. {RENT}/mån incl. el. Contact {E} / {PHM}.",
    "Faktura för annons / Invoice for ad\nKund: {P#1}, {PNR}\nAdress: {A}\nAmount due: {AMTS}, bankgiro {BG}, OCR {REF}.\nQuestions? Annonsavdelningen {PHL}.",
    "Utbytesstudenter: This term Ängsskolan hosts {P} from {TOWNAU} and {P} from {TOWNCA}. Värdfamiljer: {P} och {P}, {ST}.",
    "Med vänliga hälsningar / Best regards\n{P#1}\nRedaktör, Lokaltidningen\n{BOX}\nTel: {PHL}\nMobile: {PHM}\n{E#1}",
    "Till minne av / In loving memory of {F#1}, born {BDATEEN} in {STOWN}, Sweden. Vila i frid. – {G}, {G} and family, {AUSL}.",
    "Kontaktlista för valvakan / election night contacts:\n{P} – {PHM}\n{P} – {PHM}\n{P} – {PHX}\n{P} (foto) – {PHM}",
    "Subject: Re: property sales list\nHi! Två fel: {R} sold {STT}, didn't buy it. And {P'} name is misspelled in the print edition. /{G}",
    "Hej redaktionen! I saw the article about my grandmother {P#1:f} – tack! Could you send three copies to {AXL}? Regards, {P}",
    "Send your contributions to Hembygdsföreningen c/o {P}, {AL} – or by email: {E}. Thank you! / Tack!",
    "{g}: hur stavas namnet, {p:f} eller?\n{g}: yes, and she lives at {a}",
    "Seniordansen / Senior dance: every {DAY} kl. {TIME} in Folkets hus. Instructors {P} and {P}. Info {PHM}.",
    "Swedish Society Cape Town: Luciafirande {DAYEN} 13 December. RSVP {G#1} {PHZA}, {E#1}, or by post to {AZA}.",
    "Lagfart registered / Ny ägare: {P} ({PNR}) has bought {FB} ({AR}) from {P}, {AX}. Köpeskilling {PRICE}.",
    "{g}: familjen {s} vill ha texten 'In loving memory' på engelska, och adress c/o {p}, {a}",
    "Subject: bouppteckning / estate inventory\nHej {G#1}, the estate of {P#2} ({PNRO}) is being handled by our office. Dödsbodelägare: {P} in {TOWNUK} and {P}, {A}. Could the paper run the kallelse på okända borgenärer next week? /{P}, {PHL}",
    "Court reporter's list, tingsrätten {DAY}:\n09.00 {P} – olovlig körning\n10.30 {P} ({PNR}) – stöld\n13.15 {R} – ringa narkotikabrott\nRoom 2. Ask {G} at the reception if the list changes.",
    "Hi! Kan ni publicera vår Mayday-insamling? The Rotary Club collects books at {ST} every {DAY}. Contact: {P#1}, {PHM}, {E#1}. Tack på förhand!",
    "Teams-chatt\n{g}: who's doing the obituary for {P#1}? hen var lärare på Ängsskolan i 40 år\n{g}: me. {Gs#1} dotter {P~1:f} sent the text, she lives at {AUK} so she'll be on the phone, {PHUK}",
)

NEGATIVES = (
    (
        "sv",
        "Tingsrätten: Mål nr B 4412-26 avgjordes på handlingarna. Påföljden blev 60 dagsböter à 50 kronor, sammanlagt 3 000 kronor.",
    ),
    (
        "sv",
        "Priserna på småhus i kommunen steg med 4,2 procent under fjärde kvartalet enligt Mäklarstatistik. Snittpriset var 2 480 000 kronor.",
    ),
    (
        "sv",
        "Miljö- och byggnadsnämnden beviljade 42 bygglov i mars, varav 11 för attefallshus. Handläggningstiden var i snitt 23 dagar.",
    ),
    (
        "sv",
        "Serveringstillstånd söks via kommunens e-tjänst. Avgiften är 9 500 kr för en nyansökan; ange diarienummer vid kontakt.",
    ),
    (
        "sv",
        "Dödsannonser ska vara redaktionen tillhanda senast tisdag kl. 12.00 för publicering på torsdag. Pris från 1 450 kr inkl. moms.",
    ),
    (
        "sv",
        "Klara, färdiga, gå! Loppet startar vid idrottsplatsen kl. 10.00 och är 5 km långt. Startavgift 150 kr, anmälan på plats.",
    ),
    (
        "sv",
        "Björn eller varg? Spåren i snön vid Storsjöns norra strand väckte frågor i veckan. Länsstyrelsen har tittat på bilderna: det var ett lodjur.",
    ),
    (
        "sv",
        "Vinnarna i korsordet presenteras nästa vecka. Lösningsordet var SOMMARSOL och 214 läsare skickade in rätt svar.",
    ),
    (
        "sv",
        "Rättelse: I förra veckans tidning blev det fel i tabellen över elpriset. Rätt pris för januari var 1,12 kr/kWh i elområde 3.",
    ),
    (
        "sv",
        "Kyrkan har öppet måndag–fredag 10–16 och lördag 10–14 i sommar. Sommarmusik varje onsdag kl. 19.00, fri entré, kollekt till Act Svenska kyrkan.",
    ),
    (
        "sv",
        "Loppis i Folkets hus på lördag! Ett bord kostar 100 kr och intäkterna går till Röda Korset. Kaffe och våfflor serveras hela dagen.",
    ),
    (
        "sv",
        "Sten, sax, påse avgjorde vem som fick börja. Det var den enda regeln som alla i klass 4B kunde enas om.",
    ),
    (
        "sv",
        "Trafikverket varnar för halka på E45 mellan Mora och Orsa. Hastigheten sänks tillfälligt till 70 km/h.",
    ),
    (
        "sv",
        "Kommunfullmäktige sammanträder i Stadshuset måndag 24 mars kl. 18.30. Ärende 7: budget 2028, dnr KS 2026/0412.",
    ),
    (
        "sv",
        "Ros och ris: Ros till snöröjarna som var ute redan kl. 4 i morse. Ris till den som ställer sopkärlet mitt på trottoaren.",
    ),
    (
        "sv",
        "Bo kvar eller flytta? Enkäten från pensionärsföreningen visar att 68 procent vill bo kvar i sitt hus så länge som möjligt.",
    ),
    (
        "sv",
        "Fakturanummer 2026-0417, OCR 4412 0098 7731, förfallodatum 2027-04-30. Belopp att betala: 1 290 kr till bankgiro 5050-1055.",
    ),
    (
        "sv",
        "Lagfart har beviljats för fastigheten Lövsta 3:14. Köpeskillingen uppgick till 1 850 000 kronor. Inskrivningsdag 2027-02-11, akt 12345/2027.",
    ),
    (
        "sv",
        "Polisen rapporterar tre inbrott i fritidshus i Hamre under helgen. Händelsenummer 5000-K412-27. Tips tas emot via polisen.se.",
    ),
    (
        "sv",
        "Guldbröllop firas i år av fler par än någonsin, visar statistik från SCB. Medelåldern vid vigseln 1977 var 26 år för kvinnor.",
    ),
    (
        "sv",
        "Insändare får vara högst 2 000 tecken. Vi förbehåller oss rätten att korta och redigera texter. Anonyma insändare publiceras inte.",
    ),
    (
        "sv",
        "Hittegods: Polisen har under vintern fått in 38 cyklar, 12 barnvagnar och ett okänt antal vantar. Hittegodset sparas i tre månader.",
    ),
    (
        "sv",
        "Liv och lust i bygdegården! Höstens program bjuder på dans, teater och bingo. Entré 80 kr, medlemmar 50 kr.",
    ),
    (
        "sv",
        "Saga och verklighet möts i barnteatern på biblioteket på söndag. Föreställningen är 45 minuter lång och passar barn från fyra år.",
    ),
    (
        "sv",
        "Skördefest 14–15 september med gårdsbutiker, hantverk och traktorutställning. Arrangörer är LRF och Hembygdsförbundet.",
    ),
    (
        "sv",
        "Vecka 14 töms soporna på torsdag i stället för fredag på grund av långfredagen. Kärlet ska stå vid tomtgränsen senast kl. 06.00.",
    ),
    (
        "en",
        "The case (No. 2026/1432) was adjourned to 14 March for a probation report. Costs of £85 were awarded to the prosecution.",
    ),
    (
        "en",
        "House prices in the district rose 3.1% year on year, with the average semi-detached home selling for £248,500, according to the Land Registry.",
    ),
    (
        "en",
        "Planning ref 26/01234/FUL for a two-storey extension was approved by the committee on Tuesday by seven votes to two.",
    ),
    (
        "en",
        "The will was read on a May morning; grace was said, and the family agreed to mark the spot with a rose bush and a holly hedge.",
    ),
    (
        "en",
        "The deadline for death notices is Wednesday at noon. Notices cost £4.50 per line plus VAT; photographs £25 extra.",
    ),
    (
        "en",
        "Lot 12 DP 34567, zoned rural residential, 1,200 sqm, sold at auction for $615,000 on Saturday. The reserve was $580,000.",
    ),
    (
        "en",
        "Councillors were frank about the bill for the new bridge, which rose from €1.2m to €1.9m. Work is due to finish in June.",
    ),
    (
        "en",
        "Hope springs eternal: the Hunter Valley wine show returns on 3 October, with tickets at $45 from the visitor information centre.",
    ),
    (
        "en",
        "Garda PULSE reference 12345678 has been issued. The incident occurred between 11pm and 2am on Saturday.",
    ),
    (
        "en",
        "The Harvest Festival service begins at 10.30am. Tea and cakes afterwards in the church hall; all proceeds to the roof fund, now at £18,400 of £25,000.",
    ),
    (
        "en",
        "Order No. 48821-B, invoice INV-2027-0339, account 00412883. Amount due: $1,249.50 by 30 June. Quote the reference on all payments.",
    ),
    (
        "en",
        "Weather: showers clearing by Tuesday, highs of 14°C. Sunrise 6:42am, sunset 7:58pm. High tide 11:14am (3.2m).",
    ),
    (
        "en",
        "Erf 4412, Stellenbosch, zoned single residential, 892 sqm, was transferred for R3 450 000. Title deed T12345/2026.",
    ),
    (
        "en",
        "Matariki public holiday: council offices, libraries and the i-SITE will be closed on Friday. Rubbish collection runs a day late.",
    ),
    (
        "en",
        "State Highway 2 is closed between the Kaimai summit and the Te Puke turnoff after a slip. Detour via SH29; allow an extra 40 minutes.",
    ),
    (
        "en",
        "The Lions Club raised $12,380 at the annual duck race; 2,000 ducks raced 400 metres down the creek. Duck No. 1187 won the $500 prize.",
    ),
    (
        "en",
        "Canada Post will not deliver on Monday because of Family Day. Parcels held at the depot can be collected from Tuesday.",
    ),
    (
        "en",
        "Baby boom: the maternity unit delivered 312 babies last year, 14 more than in 2025. The busiest month was September.",
    ),
    (
        "mixed",
        "Deadline för dödsannonser this week: tisdag 12.00. Price from 1 450 kr inkl. moms, photo +300 kr.",
    ),
    (
        "mixed",
        "Ärendenummer KS 2026/0412 – please quote the reference in all correspondence med kommunen.",
    ),
    (
        "mixed",
        "Meeting i konferensrum Storsjön kl. 10.00. Agenda: Q3 numbers, annonsintäkter och printupplagan (down 4 %).",
    ),
    ("mixed", "Reminder: faktura 2027-0117, OCR 77412 00981, due 30/4. Bankgiro 5050-1055. Tack!"),
    (
        "mixed",
        "Vi kör 'Ros och ris' again next week – readers can vote in the app. Last week's winner got 1 214 votes.",
    ),
    (
        "mixed",
        "FYI: the print deadline moves till 21.30 on Fridays från vecka 14. Web first gäller as usual.",
    ),
    (
        "mixed",
        "Sales stats Q1: 412 bostadsrätter sålda, snittpris 1 950 000 kr, up 2.3 % compared to last year.",
    ),
    (
        "mixed",
        "Björn and varg sightings are up – Länsstyrelsen reports 23 observations i januari, mostly in Dalarna.",
    ),
    (
        "mixed",
        "Planning ref 26/00412/FUL was approved; motsvarande svenska bygglov har dnr BN 2026-331. Both decisions can be appealed within three weeks.",
    ),
    (
        "mixed",
        "Order #55102 – 200 ex av jubileumsnumret, delivery vecka 22, pris 18 kr/st exkl. moms.",
    ),
    (
        "mixed",
        "Lucia i Domkyrkan: the choir sings at 18.00 and 20.00. Biljetter 150 kr, children free.",
    ),
    (
        "mixed",
        "The print run is 14 200 ex on weekdays och 18 500 på lördagar. Distribution via PostNord and Bring.",
    ),
    (
        "mixed",
        "Grace period för prenumeranter: two weeks after förfallodagen innan tidningen stoppas.",
    ),
    ("mixed", "Will we make it? Deadline är 17.00 and the layout is still three sidor short."),
    ("mixed", "Sunny spells, sol och moln, max 18 grader. Sunrise 04.12, solnedgång 21.47."),
    (
        "mixed",
        "Case no. T 2213-26 (tingsrätten) och High Court ref 2026/88 JR – both adjourned until May.",
    ),
)
