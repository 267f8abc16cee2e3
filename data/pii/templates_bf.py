# ruff: noqa: E501
"""Templates of held-out BF, written by the thirty-seventh writer: family events and the public
registers, in Swedish (`SV`), English (`EN`) and mixed Swedish/English text (`MIXED`).

Genres: obituaries, funeral notices and thanks (dödsannonser, minnesord, tackannonser), estate
inventories (bouppteckning), wills, deeds of distribution and powers of attorney for an estate,
marriage and partnership notices (hindersprövning, lysning, vigsel, samboavtal), birth and
christening announcements, genealogy and church book extracts (husförhörslängd, födelse-, vigsel-
and dödbok, censuses, emigration records, forum posts, tree profiles), name changes,
guardianship (god man, förvaltare, överförmyndare; Court of Protection, lasting power of
attorney, US guardianship), English probate, Gazette and death notices, US obituaries and
creditors' notices, family tree chat, inheritance letters between siblings.

Slots: `{FORM#ref=kin:gender}`. Person forms (see `generate_bf.person_segments`): P, p, U, F,
G, g, N, n, S, s, SU, SG, I, Gi, R, RU, RF, RC, M, FM, Q, E; a trailing `s` asks for a Swedish
genitive and `'` for an English one (the ending is no part of the value). `#n` names one person
across the template; `=k` makes a new person of person k's family (k's surname and origin);
gender `f`/`m`, `hf`/`hm` for the church books of the 1700s and 1800s, `bf`/`bm` for newborns.
Value slots: A (Swedish address, sometimes the street alone), AW (whole address), AL (over lines),
ST/STN (street with/without number), a (lower case), BOX/BOXL, CO (`c/o Name, address`), AU/AUL
(UK), AUS (US), AX/AXL (abroad), PH, PHM (mobile), PHX (abroad), PNR, PNRO (the old), PNRK
(children). Unlabelled: DATE, BDATE, YEAR, GYEAR, OYEAR/OBORN/OYOUNG/OKID (a church
book's record year, and the births of the old, the young and the children around it), TIME, AGE, AMT, GBP, GBPH, USD, NUM, REF,
REFEN, PG, CHURCH, CHURCHEN (churches and funeral chapels), WED (churches), PARISH, TOWN, TOWNEN, CHARITY, CHARITYEN, FIRM, FIRMEN (funeral homes), LAW (law firms), HOSP, HOSPEN, MAT (maternity wards).
"""

from __future__ import annotations

MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip

SV = (
    # Dödsannonser, minnesord, tack
    "Min älskade make\nvår käre pappa, svärfar och morfar\n\n{F#1:m}\n\n* {BDATE}\n† {DATE}\n\nhar lämnat oss i stor sorg och saknad.\n\n{G#2:f}\n{G#3=1:f} och {G#4:m}\n{G#5=1:m} och {G#6:f}\nBarnbarnen\n\nBegravningen äger rum i {CHURCH} {DATE} kl. {TIME}. Svar om deltagande i minnesstunden till {FIRM}, tel. {PH}, senast {DATE}. Tänk gärna på {CHARITY}, pg {PG}.",
    "Vår älskade mamma, mormor och gammelmormor\n\n{P#1:f}\nf. {M#1}\n\nsomnade stilla på {HOSP}\n{DATE}, {AGE} år\n\nÄlskad och saknad\n{N#2:f} och {N#3:m}\n{G#4}, {G#5}, {G#6}\n\nSom mamma önskade sker begravningen i stillhet. Ett varmt tack till personalen på {HOSP}.",
    "Döda\n{P#1:m}, {TOWN}, avled {DATE} i en ålder av {AGE} år. Närmast sörjande är hustrun {G#2:f} samt barnen {G#3=1} och {G#4=1} med familjer.\n{P#5:f}, {TOWN}, {AGE} år, född {M#5}. Hon sörjs av maken {G#6:m}.",
    "Minnesord\n{P#1:f} har lämnat oss, {AGE} år gammal. Hon växte upp på {STN} i {TOWN} och arbetade i över trettio år som sjuksköterska på {HOSP}. {Gs#1} värme och skratt kommer vi aldrig att glömma. Närmast sörjer maken {G#2:m}, barnen {G#3=1:f} och {G#4=1:m} samt barnbarnen.\nFör vänner och arbetskamrater\n{P#5}   {P#6}   {P#7}",
    "Ett varmt tack till alla som på olika sätt hedrat minnet av vår käre {F#1:m} vid hans bortgång och begravning. Ett särskilt tack till hemtjänsten i {TOWN} och till kyrkoherde {S#2}.\n{G#3:f} med familj",
    "Vi som sörjer:\n{P#1:f} – hustru\n{P#2:m} och {P#3:f} – son och svärdotter\n{P#4:f} – syster\n{G#5}, {G#6}, {G#7} – barnbarn\n\nBegravningsgudstjänsten hålls i {CHURCH}. Anmälan om deltagande i minnesstunden till {Ss#8} Begravningsbyrå, tel. {PH}, senast {DATE}.",
    "Rektor {P#1:m} avled {DATE} i {TOWN}, {AGE} år. Han var i många år rektor på Vasaskolan och ledde därefter kyrkokören i {PARISH}. Han efterlämnar hustrun, sjuksköterskan {P#2:f}, och sönerna {G#3=1:m} och {G#4=1:m}.",
    "Idag somnade min älskade morfar {G#1:m} in, {AGE} år gammal. Tack till alla fina på {HOSP} som tog hand om honom. Begravningen blir i {CHURCH}, hör av er till mamma {P#2:f} om ni vill komma ❤️",
    "Här vilar\n{F#1}\n{YEAR}–2027\nÄlskad, saknad, aldrig glömd",
    "Vår kära\n{F#1:f}\nf. {M#1}\n* {BDATE}   † {DATE}\n\nhar stilla insomnat i sitt hem på {ST}.\n\n{U#2=1:m}\n{U#3=1:f}\n\nBegravningen sker i kretsen av de närmaste. Ett tack till distriktssköterskan {P#4:f} för god omvårdnad.",
    "Tackannons\nTill er alla som visade oss deltagande vid {Gs#1:f} bortgång, tack för blommor, kort och gåvor till {CHARITY}. Tack också till {FIRM} och till kantor {P#2}.\n{G#3:m}, {G#4} och {G#5}",
    "Meddelande från {FIRM}:\nVår kund {P#1} har avlidit {DATE}. Dödsboet företräds av {P#2}, {AW}, tel. {PHM}. Kontakta dödsbodelägaren direkt i frågor om lägenheten på {ST}.",
    "Dödsbevis\nDen avlidne: {RF#1}\nPersonnummer: {PNRO}\nDödsdatum: {DATE}\nDödsplats: {HOSP}\nUtfärdat av leg. läkare {P#2}, {HOSP}",
    "---------- Vidarebefordrat meddelande ----------\nFrån: {P#1} <{E#1}>\nDatum: {DATE}\nÄmne: Begravning {P#2}\nTill: {E#3}\n\nHej {G#3}!\nHär kommer bekräftelsen för {Gs#2} begravning {DATE} kl. {TIME} i {CHURCH}. Kistan väljer vi tillsammans hos oss på {A}. Ring mig gärna på {PH} om något ändras.\n\nMed vänlig hälsning\n{P#1}\nBegravningsrådgivare, {FIRM}",
    "hej! minnesstunden för {g#1:f} blir hemma hos {g#2} på {a} efter begravningen. kan du ta med kaffe och en sockerkaka? /{n#3}",
    "Vår tidigare VD och grundare {P#1:m} har avlidit, {AGE} år. Han byggde upp företaget från en verkstad i {TOWN} till dagens koncern. Våra tankar går till hustrun {G#2:f} och barnen.\nStyrelsen och medarbetarna i Nordisk Verktyg AB",
    "Tack till fru {S#1:f} på {STN} och doktor {S#2} för all omsorg om mor under hennes sista år. Mors blommor har fått nytt hem hos {Gs#3} svärmor.\n/{G#4}",
    "80 år\n{P#1:m} i {TOWN} fyller 80 år {DATE}. Han firar med familjen och undanber sig vänligt men bestämt all uppvaktning. Den som ändå vill hedra honom kan skänka en gåva till {CHARITY}.",
    # Bouppteckning, testamente, arvskifte, fullmakt
    "BOUPPTECKNING\nDödsbo efter: {RF#1:m}\nPersonnummer: {PNRO}\nSenaste adress: {AL}\nDödsdag: {DATE}\n\nDödsbodelägare:\n{P#2:f}, efterlevande maka, {PNRO}\n{P#3=1}, barn, {PNR}, {AW}\n{P#4=1}, barn, {PNR}, {AX}\n\nFörrättningsmän: {P#5} och {P#6}, {LAW}\nUppgiftslämnare: {P#3}",
    "Hej {G#1}!\nVi har nu fått tid för bouppteckningen efter pappa: {DATE} kl. {TIME} hos {LAW} på {A}. Alla dödsbodelägare ska kallas, så jag har skickat kallelse till {G#2} i {TOWN} och till {G#3} på adressen {AX}. Kan du ta med deklarationen och kontoutdragen från Swedbank?\nKram {N#4}",
    "TESTAMENTE\nUndertecknad, {F#1:f}, {PNRO}, boende {AW}, förordnar härmed som min yttersta vilja följande:\n1. Min bostadsrätt på {ST} tillfaller min dotter {F#2=1:f}, {PNR}.\n2. Mitt fritidshus i {PARISH} ska tillfalla mina barnbarn {G#3} och {G#4} med lika delar.\n3. Vad som tillfaller mina arvingar ska vara deras enskilda egendom.\n{TOWN} den {DATE}\n{F#1}\n\nAtt {F#1} denna dag egenhändigt undertecknat detta testamente vid sunt och fullt förstånd och av fri vilja intygas av\n{P#5}, {A}\n{P#6}, {A}",
    "ARVSKIFTESHANDLING\nDödsbo efter {P#1}, {PNRO}, avliden {DATE}.\nDelägare: {P#2=1}, {PNR}; {P#3=1}, {PNR}; {P#4=1}, {PNR}.\nTillgångar enligt bouppteckning: {AMT}.\nVar och en av delägarna erhåller en tredjedel. Fastigheten Sörby 1:14 tillskiftas {G#2} som löser ut övriga delägare med {AMT} vardera.\nUnderskrifter: {P#2}  {P#3}  {P#4}",
    "Ämne: Dödsbo {P#1:f}\nHej! Jag företräder dödsboet efter min mamma {P#1} ({PNRO}) som avled {DATE}. Jag bifogar dödsfallsintyg med släktutredning från Skatteverket och fullmakt från min syster {P#2=1:f}. Vänligen skicka saldobesked per dödsdagen till mig: {P#3=1}, {AW}.\nMvh {G#3}, {PH}",
    "Dödsfallsintyg med släktutredning\nAvliden: {RF#1:f}, {PNRO}\nFolkbokförd: {AW}\nCivilstånd: änka efter {P#2:m} (avliden {YEAR})\nBarn:\n{RF#3=1}, {PNR}\n{RF#4=1}, {PNR}, avliden, efterlämnar barnet {RF#5}, {PNRK}",
    "Tillgångar | Belopp\nBankkonto Swedbank | {AMT}\nBostadsrätt {ST} | {AMT}\nBil Volvo V70 | {AMT}\nSkulder | Belopp\nSkatteverket, kvarskatt | {AMT}\nBegravningskostnad {FIRM} | {AMT}\nUpprättad av {P#1}, {LAW}",
    "FULLMAKT\nUndertecknade dödsbodelägare i dödsboet efter {P#1}, {PNRO}, ger härmed {P#2}, {PNR}, fullmakt att företräda dödsboet gentemot banker, myndigheter och Skatteverket.\n{TOWN} {DATE}\n\n{P#3}, {PNR}\n\n{P#4}, {PNR}\nNamnförtydliganden: {RU#3}, {RU#4}",
    "Efterlysning av arvingar\nI dödsboet efter {RF#1}, född {BDATE}, senast boende {AW}, efterlyses arvingar. Den avlidnes moster {P#2:f} ska ha emigrerat till {TOWNEN} på 1950-talet. Upplysningar lämnas till boutredningsman advokat {P#3}, {BOX}, tel. {PH}.",
    "Hej {G#1}!\nJag har pratat med {G#2} och vi tycker att vi ska dela lika på mammas saker. Huset på {A} värderades till {AMT} av mäklaren, och {G#2} vill gärna köpa ut oss. Pengarna på kontot i Handelsbanken, {AMT}, delas på tre. Mammas smycken tar du, som hon ville. Ring mig på {PHM} så pratar vi.\nKram {G#3}",
    "{G#1}, jag förstår att du är ledsen över testamentet, men pappa bestämde själv att {N#2} skulle få sommarstället i {PARISH}. Din laglott får du ändå, advokat {P#3} har räknat på det: {AMT}. Kan vi inte ses hos mig på {A} i helgen och prata lugnt?\n/{G#4}",
    "Hej syrran!\nNu har {LAW} skickat in bouppteckningen för registrering. Du står med din gamla adress, {A}, så ring dem på {PH} och ändra. {N#1} i Malmö har fortfarande inte skickat sin fullmakt.\nKram {N#2}",
    "Dödsbo säljes! Villa på {A}. Visning {DATE} kl. {TIME}. Kontakt: {P#1}, {PHM}. Allt lösöre ska bort – möbler, porslin från Rörstrand och Gustavsberg, böcker och en Husqvarna symaskin.",
    "Uppsägning av hyresavtal p.g.a. dödsfall\nHyresgäst: {P#1}, {PNRO}\nLägenhet: {AW}\nKontaktperson för dödsboet: {P#2}, tel {PH}, {E#2}\nAvflyttning senast {DATE}.",
    "[{TIME}] {g#1}: har ni sett vad mäklaren sa om farmors hus?\n[{TIME}] {g#2}: ja, typ {AMT}\n[{TIME}] {g#3}: jag vill inte sälja... kan vi inte hyra ut det? {s#4} på {a} frågade om det",
    "Min sambo {G#1:m} gick bort {DATE} och vi var inte gifta. Hans barn från ett tidigare förhållande, {G#2} och {G#3}, ärver allt. Jag bor kvar i vår lägenhet på {ST}. Har jag rätt att bo kvar? /{Gi#4:f}",
    # Hindersprövning, vigsel, samboavtal
    "Ansökan om hindersprövning\nKvinna: {P#1:f}, personnummer {PNR}\nMan: {P#2:m}, personnummer {PNR}\nAdress: {AW}\nTelefon: {PH}\nE-post: {E#1}\nVi försäkrar på heder och samvete att vi inte är släkt i rätt upp- eller nedstigande led och inte är helsyskon. Vigseln ska äga rum {DATE} i {WED}.",
    "Vigda\n{P#1:f} och {P#2:m} vigdes {DATE} i {WED} av kyrkoherde {P#3}. Brudparets adress: {A}.",
    "Gifta\n{F#1:f} och {F#2:f} gifte sig borgerligt i {TOWN}s rådhus {DATE}. Vigselförrättare var {P#3}. Tärna: {G#4:f}. Tack alla som firade med oss!",
    "Lysning\nLysning för {P#1:m}, {TOWN}, och {P#2:f}, {TOWN}, sker i {WED} söndagen den {DATE}. Vigseln förrättas av komminister {P#3}.",
    "Samboavtal\nMellan {P#1}, {PNR}, och {P#2}, {PNR}, båda boende {AW}. Vi är överens om att bostaden på {ST} inte ska ingå i en bodelning.\nUnderskrifter: {I#1}   {I#2}",
    "Äktenskapsförord mellan makarna {F#1:f} ({PNR}) och {F#2:m} ({PNR}). Fritidshuset i {PARISH} ska vara {Gs#1} enskilda egendom. Registrerat hos Skatteverket {DATE}.",
    "Silverbröllop firar {G#1:f} och {P#2:m} på {STN} {DATE}. Stort grattis från {Gs#3} familj och alla grannar på gatan!",
    # Födelse, dop
    "{G#2:f} och {G#3:m} har fått en dotter\n\n{F#1=3:bf}\n\nföddes {DATE} på {MAT}, 3 480 gram och 51 cm. Stolt storebror: {G#4=3:bm}.\nVarmt välkomna att hälsa på, {A}",
    "Födda\nEn dotter, {G#1:bf}, till {P#2:f} och {P#3:m}, {TOWN}.\nEn son, {G#4:bm}, till {P#5} och {P#6}, {TOWN}.\nEn son, {F#7:bm}, till {P#8:f}, {TOWN}.",
    "Dopet för vår {G#1:bm} blir i {WED} {DATE} kl. {TIME}. Gudföräldrar är {P#2} och {P#3}. Anmälan till {G#4:f} på {PHM} senast {DATE}.",
    "Nu är hon äntligen här! {F#1=2:bf}, född {DATE} kl. {TIME} på {MAT}. Mamma {G#2:f} och storebror {G#3=2:bm} mår bra. Pappa {N#4:m} har inte slutat gråta 😭",
    # Släktforskning, kyrkböcker
    "Husförhörslängd {PARISH} AI:{NUM}, {OYEAR}, sid. 212\nGården Nordanby nr 3\nBonden {F#1:hm}, f. {OBORN} i {PARISH}\nHustrun {F#2:hf}, f. {OBORN}\nSonen {G#3:hm}, f. {OKID}\nDrängen {P#4:hm}, f. {OYOUNG} i {PARISH}, inflyttad från {PARISH}\nPigan {P#5:hf}, f. {OYOUNG}, utflyttad till Amerika",
    "Söker uppgifter om {P#1:hm} född {OKID} i {PARISH} socken. Enligt födelseboken var fadern {P#2:hm} och modern {P#3:hf}. Familjen flyttade till {PARISH} omkring {OYEAR}. Någon som har honom i sitt träd?\n/{G#4} i {TOWN}",
    "Sv: {P#1:hm}\nHej! Jag har {G#1} i mitt träd. Han gifte sig {OYEAR} med {P#2:hf} från {PARISH}, och de fick minst fem barn, bl.a. {G#3:hf} och {G#4:hm}. Källa: {PARISH} C:7, bild 45 i ArkivDigital. Hör av dig på {E#5} så skickar jag mer.\nMvh {P#5}",
    "hej {g#1}! hittade farfars farfar på riksarkivet idag, {p#2:hm} född {OBORN} i {PARISH}. han var torpare och frun hette {g#3:hf}. ska kolla husförhören i helgen",
    "Dödbok {PARISH} F:{NUM}\n{OYEAR} d. 14 mars. {RC#1:hm}, torpare, 52 år. Lungsot. Efterlämnar hustru {G#2:hf} och tre omyndiga barn.",
    "Födelse- och dopbok {PARISH} C:{NUM}, {OYEAR}\nNr 34. Född 3/2, döpt 5/2. {G#1:hf}. Fadern: soldaten {P#2:hm}. Modern: {P#3:hf}, 31 år. Faddrar: drängen {P#4:hm} och pigan {P#5:hf}.",
    "Folkräkning, {PARISH} församling\n{RF#1:hm} | f. {OBORN} | Husbonde | {PARISH}\n{RF#2:hf} | f. {OBORN} | Hustru | {PARISH}\n{RF#3:hf} | f. {OKID} | Dotter | {PARISH}",
    "Vigselbok {PARISH} E:{NUM}\n{OYEAR} 12/6. Drängen {P#1:hm} från Nordanby och pigan {P#2:hf} från Sörby. Lysning 3 ggr. Vigda av kyrkoherden {S#3:hm}.",
    "{F#1:hf}\nFödd: {OBORN}, {PARISH}\nDöd: {OYEAR}, {PARISH}\nFöräldrar: {P#2:hm}, {P#3:hf}\nMake: {P#4:hm}\nBarn: {G#5:hm}, {G#6:hf}, {G#7:hf}\nProfilen förvaltas av {P#8}",
    "Enligt utflyttningslängden reste {F#1:hf} från {PARISH} {GYEAR} med sin bror {G#2:hm}, destination Chicago. I passagerarlistan från Göteborg står hon som {RU#1}. Kan hon vara samma person som {P#3:f} i 1910 års census i {TOWNEN}?",
    "Släktträff för ättlingarna till {P#1:hm} och {P#2:hf}!\nDatum: {DATE}\nPlats: bygdegården i {PARISH}\nAnmälan till {P#3} på {PH} eller {E#3}, senast {DATE}.\nTa med gamla foton! Kusin {G#4} har lovat att visa släktträdet.",
    "mamma: vet ni om mormor {G#1:f} var född {M#1}? i kyrkboken står hon som {RF#1}\n{g#2}: ja! hennes pappa var {p#3:m} från {TOWN}",
    "Gravrättsinnehavare: {P#1}\nGravplats: kvarter C, nr {NUM}, {CHURCH}\nI graven vilar: {F#2:hm} (f. {GYEAR}) och {F#3:hf}, samt {F#4} ({YEAR}–2026).\nKontaktadress: {CO}",
    # Namnbyte
    "Ansökan om byte av efternamn\nSökande: {RF#1}\nPersonnummer: {PNR}\nAdress: {AW}\nNuvarande efternamn: {S#1}\nSökt efternamn: {M#1}\nSkäl: Jag vill ta min mormors efternamn, som min mamma {P#2:f} också bär.\nTelefon dagtid: {PH}",
    "Skatteverket\nBeslut {DATE}, {REF}\n{P#1:f}, {PNR}, har ansökt om att få förnamnet {G#2:f} som tilltalsnamn. Skatteverket bifaller ansökan. Beslutet har registrerats i folkbokföringen.\nHandläggare: {P#3}, tfn {PH}",
    "Vi vill ändra efternamn för vår son {F#1:m}, {PNRK}, från {S#1} till {M#1}, så att han får samma efternamn som sina syskon. Båda vårdnadshavarna skriver under:\n{P#2:f}   {P#3:m}\n{AW}",
    # God man, förvaltare, överförmyndare
    "BESLUT\nÖverförmyndarnämnden i {TOWN}\n{REF}\nHuvudman: {P#1}, {PNRO}, {AW}\nTingsrätten har {DATE} förordnat {P#2} att vara god man för {P#1} enligt 11 kap. 4 § föräldrabalken med uppdrag att bevaka rätt, förvalta egendom och sörja för person.\nGod mans adress: {A}, tel. {PH}\nHandläggare: {P#3}",
    "Tingsrätten beslutar att anordna förvaltarskap för {F#1:m}, {PNR}. Till förvaltare förordnas {P#2}, {AW}. Förvaltarskapet omfattar att bevaka huvudmannens rätt och förvalta hans egendom.\nPå tingsrättens vägnar\n{P#3}\nrådman",
    "Från: {P#1} <{E#1}>\nTill: överförmyndaren\nÄmne: Årsräkning för {P#2}\n\nHej,\nBifogar årsräkningen för min huvudman {P#2}, {PNRO}. Hyran till hyresvärden på {ST} har dragits via autogiro. Kvitton finns i pärmen.\nVänliga hälsningar\n{P#1}\nGod man\n{PH}",
    "Ansökan om god man\nJag, {P#1:f}, ansöker om god man för min pappa {F#2:m}, {PNRO}, som bor på Solgårdens äldreboende, {AW}. Pappa har en demenssjukdom och kan inte längre sköta sina räkningar. Som god man föreslår jag min bror {P#3:m}, {PH}. Läkarintyg från dr {S#4} på {HOSP} bifogas.",
    "Till god man {P#1}\n{AL}\n\nÖverförmyndarnämnden har granskat redogörelsen för {P#2}. Vi saknar underlag för ett uttag om {AMT} den {DATE}. Skicka kvitto senast {DATE} till {BOXL}.\n\nMed vänlig hälsning\n{P#3}, handläggare",
    "Telefonanteckning {DATE}\nRingde: {P#1:f}, dotter till {P#2:f}\nÄrende: vill veta om mamma kan få förvaltare i stället för god man. Nuvarande god man {S#3} svarar inte på mejl.\nÅteruppringning på {PHM}, helst efter kl. 16.",
    "Namn: {RU#1}\nAdress: {AW}\nPersonnr: {PNR}\nTel: {PH}\nRelation till den avlidne: barnbarn, {Gs#2} dotterson",
    "Hej! Jag är god man åt {P#1} och behöver nå hans syster {G#2:f}. Senast kända adress: {AX}. Vet någon i släkten hur jag får tag på henne? Ring {PHM}.\n/{P#3}, god man",
)

EN = (
    # Gazette, death notices, funerals
    "Deceased Estates\n{RC#1}\nAddress: {AU}\nDescription: Retired schoolteacher\nDate of death: {DATE}\nName of personal representative: {P#2}\nAddress for claims: {S#3} & {S#4} Solicitors, {AU}\nClaims by: {DATE}\nRef: {REFEN}",
    "{SG#1:f} (née {M#1})\nPassed away peacefully at {HOSPEN} on {DATE}, aged {AGE}. Beloved wife of the late {G#2:m}, much loved mum of {G#3} and {G#4}, and nan to {G#5}, {G#6} and {G#7}. Funeral service at {CHURCHEN} on {DATE} at {TIME}. Family flowers only; donations if desired to {CHARITYEN} c/o {FIRMEN}.",
    "{FM#1:f}, {AGE}, of {TOWNEN}, passed away peacefully on {DATE}, surrounded by her family. She was born in {TOWNEN} to {P#2:m} and {P#3:f}. She married {Q#4:m} in 1962; he preceded her in death. She is survived by her children, {P#5=4} and {P#6=4}; eight grandchildren; and her sister, {P#7:f}. A memorial service will be held at {CHURCHEN}. In lieu of flowers, memorials may be directed to {CHARITYEN}.",
    "{Q#1:m}, {AGE}, of {TOWNEN}, died {DATE} at {HOSPEN}. {N#1} worked thirty years for the Great Northern Railway and never missed a Vikings game. He is survived by his wife of 54 years, {G#2:f}; sons {G#3=1:m} and {G#4=1:m}; and a brother, {P#5:m}, of {TOWNEN}. Visitation at {FIRMEN} from 4 to 7 p.m.",
    "DEATHS\n{SG#1}, aged {AGE}, of {TOWNEN}, on {DATE}. Funeral at {CHURCHEN}.\n{SG#2}, peacefully at home on {DATE}, aged {AGE}. Enquiries to {FIRMEN}, {PHX}.",
    "Dear Mrs {S#1:f},\nPlease accept our sincere condolences on the loss of your husband, {G#2=1:m}. As discussed, the service will be held at {CHURCHEN} on {DATE}. Our invoice of {GBP} may be settled by the executor. Should you have any questions, please contact me directly on {PHX}.\nYours sincerely,\n{P#3}\nFuneral Director, {FIRMEN}",
    "The family of the late {F#1} wish to thank relatives, friends and neighbours for the cards, flowers and kindness shown during their recent sad loss. Special thanks to the staff of {HOSPEN}, Rev. {P#2} and {FIRMEN}.",
    "hey {g#1} it's {g#2}, the funeral for {n#3:m} is thursday at {TIME}, mum says wear something bright, he'd have hated black. address is {AU}",
    "My father, {P#1:m}, who has died aged {AGE}, taught music in {TOWNEN} for thirty years. Born to {P#2:f}, a seamstress, and {P#3:m}, a miner, he won a scholarship to the grammar school. He is survived by his wife, {G#4:f}, his children, {G#5}, {G#6} and me, and four grandchildren.\n— {P#7}",
    "Order of Service\nCelebrating the life of\n{F#1}\n{YEAR} – 2027\nWelcome: Rev. {P#2}\nEulogy: {P#3=1}, son\nReading: Psalm 23 – {G#4}, granddaughter\nCommittal: {CHURCHEN}\nThe family invite you to join them afterwards at the Red Lion.",
    "Guestbook – In loving memory of {P#1}\n{P#2} ({TOWNEN}): So sorry for your loss. {G#1} was the kindest neighbour we ever had.\n{Gi#3}: Thinking of you all. Love from the {S#4} family.",
    "{SG#1:f} (née {M#1}). Peacefully, at {HOSPEN}, on {DATE}, aged {AGE}, of {AU}. Dearly beloved wife of {G#2:m}, loving mother of {G#3} and {G#4}. It was {G'#1} wish that donations go to {CHARITYEN}.",
    "DEATH NOTICE\n{U#1}, late of {AUL}, died {DATE}. Service at {CHURCHEN}, {TIME}. All enquiries to {S#2} Funeral Home, {PHX}.",
    # Probate, wills, estates
    "PA1P – Apply for probate\nDeceased's full name: {RF#1}\nLast permanent address: {AUL}\nDate of death: {DATE}\nApplicant: {P#2}, executor\nApplicant's phone: {PHX}\nApplicant's email: {E#2}\nDate of will: {DATE}",
    "Dear {G#1},\nProbate has finally come through for Mum's estate. The house at {AU} has an offer of {GBPH}, and once the sale completes I'll transfer your third. {N#2} wants Dad's watch – I hope that's all right with you.\nLove,\n{G#3}",
    "LAST WILL AND TESTAMENT\nThis is the last will of me {U#1} of {AU} made this {DATE}.\n1. I revoke all former wills.\n2. I appoint my son {F#2=1:m} and my friend {P#3} to be my executors.\n3. I give my house to my daughter {F#4=1:f} absolutely.\nSigned by the testator in our presence:\n{P#5}, {AU}, retired nurse\n{P#6}, {AU}, accountant",
    "Subject: Re: Dad's will\n\n{G#1}, I'm not trying to cut you out. The solicitor, {P#2} at {S#3} & {S#4}, says the will is valid and the cottage goes to {N#5}. You still get half of the savings. Call me tonight – {PHX}.\n{G#6}",
    "NOTICE TO CREDITORS\nSTATE OF MINNESOTA, COUNTY OF HENNEPIN, DISTRICT COURT, PROBATE DIVISION\nEstate of {F#1}, Decedent. {REFEN}\nNotice is given that {P#2}, whose address is {AUS}, has been appointed personal representative. Any claims must be presented within four months.\nAttorney for the personal representative: {P#3}, {AUS}, {PHX}",
    "Estate of {RF#1} (deceased)\nEstate account for the period {DATE} to {DATE}\nReceipts: Nationwide savings {GBP}; Premium Bonds {GBP}\nPayments: funeral ({FIRMEN}) {GBP}; HMRC {GBP}\nResidue divided equally between {P#2}, {P#3} and {P#4}.\nPrepared by {I#5}, executor",
    "Dear Sir or Madam,\nRe: {P#1}, deceased – account ending 4471\nI am the executor of the estate of the late {P#1}, who died on {DATE}. I enclose a certified copy of the grant of probate. Please close the account and send the balance to me at:\n{AUL}\nYours faithfully,\n{P#2}",
    "AFFIDAVIT FOR COLLECTION OF PERSONAL PROPERTY\nI, {F#1:f}, state: {F#2} died on {DATE}, a resident of {TOWNEN}. The value of the estate does not exceed {USD}. I am the decedent's daughter and successor. Address: {AUS}. Phone: {PHX}.",
    "Message for {G#1}: {P#2} from the Probate Registry called about the caveat entered by {P#3}. Please call back on {PHX}, ref {REFEN}.",
    "hi {g#1}! aunt {g#2:f} left us each {GBP} in her will, the solicitor will email you at {E#1}. did you know she was married before to a {P#3:m}??",
    "From: {P#1} <{E#1}>\nTo: wills@example.co.uk\nSubject: Updating my will\n\nHello, I'd like to add my granddaughter {F#2:f} as a beneficiary and remove my late brother {P#3:m}. My address has changed to {AU}. Could Ms {S#4} call me on {PHX}?\nThanks,\n{G#1}",
    "Dear {G#1},\nThe Swedish tax agency (Skatteverket) needs a certified copy of your passport before the estate inventory can be registered. Please post it to the estate lawyer, {P#2}, {AW}, or email {E#2}.\nWith love,\n{N#3}",
    # Marriage, birth, name change
    "Banns of Marriage\nI publish the banns of marriage between {P#1:m}, bachelor, of this parish, and {P#2:f}, spinster, of the parish of {WED}. If any of you know cause or just impediment why these persons may not be joined together in holy matrimony, ye are to declare it.",
    "Mr and Mrs {P#1:m} of {TOWNEN} are delighted to announce the marriage of their daughter {G#2=1:f} to {P#3:m}, son of {P#4:f} and the late {P#5:m}, which took place on {DATE} at {WED}.",
    "{SU#1:m} – On {DATE}, to {G#2:f} (née {M#2}) and {G#1}, a son, {F#3=1:m}, a brother for {G#4=1}.",
    "Welcome to the world, {F#1=2:f}! Born {DATE} at {MAT} to proud parents {P#2:f} and {P#3:m} of {TOWNEN}. Grandparents are {P#4} and {P#5}.",
    "CHANGE OF NAME DEED\nBy this deed I, {F#1} of {AU}, formerly known as {F#2}, absolutely renounce and abandon the use of my former name and assume the name {F#1} for all purposes.\nSigned as a deed in the presence of {P#3}, {AU}, on {DATE}.",
    "ORDER FOR CHANGE OF NAME\nThe petition of {F#1:f}, now residing at {AUS}, to change her name to {F#2:f} is hereby granted. Dated {DATE}. Judge {P#3}.",
    # Guardianship
    "Lasting Power of Attorney – Property and Financial Affairs\nDonor: {RF#1}, date of birth {BDATE}, {AU}\nAttorney 1: {P#2}, {AU}\nAttorney 2: {P#3}, {AU}\nCertificate provider: Dr {P#4}, {HOSPEN}\nPerson to notify: {P#5}, {PHX}",
    "COURT OF PROTECTION\nIn the matter of {F#1:f}\nORDER: {P#2} of {AU} is appointed as deputy to make decisions on behalf of {P#1} in relation to her property and affairs.\nDated {DATE}",
    "LETTERS OF GUARDIANSHIP\n{P#1} is appointed guardian of the person and estate of {P#2}, an incapacitated adult residing at {AUS}. Contact the guardian at {PHX} or {E#1}.",
    # Genealogy and family tree chat
    "Hi {G#1}, I saw on Ancestry that we share a 142 cM match. My great-grandmother was {F#2:f}, born {GYEAR} in {TOWNEN}, who married {P#3:m}. Does that ring a bell? You can reach me at {E#4} or {PHX}.\nBest, {P#4}",
    "[{TIME}] {g#1}: found great-grandpa in the 1920 census, listed as {RU#2:m}\n[{TIME}] {g#3}: omg so he changed it from {M#2}?\n[{TIME}] {g#1}: looks like it. aunt {n#4:f} will know",
    "1880 United States Census, {TOWNEN}\nName | Relation | Age | Birthplace\n{P#1:hm} | Head | 42 | Sweden\n{P#2=1:hf} | Wife | 38 | Sweden\n{P#3=1:hm} | Son | 14 | Sweden\n{P#4=1:hf} | Daughter | 9 | Minnesota",
    "{F#1:f}\nBirth {GYEAR} – {TOWNEN}\nDeath {YEAR} – {TOWNEN}\nParents: {P#2:m}, {FM#3:f}\nSpouse: {P#4:m}\nChildren: {G#5}, {G#6}\nTree managed by {P#7}",
    "I'm researching my grandfather {F#1:hm}, who left {PARISH} parish in Sweden in {GYEAR}. His father was {P#2:hm}. In America he went by {P#3:m}. Any descendants of his brother {G#4:hm} out there? Email {E#5}.",
    "Looking for descendants of {F#1:m} (b. {GYEAR}, {TOWNEN}) and his wife {F#2:f} née {M#2}. Their son {G#3=1:m} emigrated to Canada. Any {S#1} relatives out there? Email {E#4}.",
    "Certificate order\nType: Death\nName of deceased: {RU#1}\nDate of death: {DATE}\nPlace: {TOWNEN}\nApplicant: {P#2}\nDelivery address:\n{AUL}\nPhone: {PHX}",
    "Mr {S'#1:m} estate agent says the bungalow at {AU} should fetch {GBPH}. {G'#2:f} husband thinks we should wait until spring, but {N#3} needs the money now.",
    "omg {g'#1} eulogy had everyone crying, esp the bit about {n'#2:m} fishing trips. {g#3} and i are at the wake at {AU} if you want to come x",
    "Grandma {G'#1:f} recipe box came to me after the funeral. Half the cards are signed '{N#2:f}' – I think that was her sister. Does anyone know where {P#2} is buried?",
)

MIXED = (
    "Hej {G#1}! Just got the news about morbror {G#2:m}. Begravningen är {DATE} i {CHURCH}, can you make it? Mamma stays at {A} if you need a place to sleep.",
    "Subject: Bouppteckning – dödsboet efter {P#1}\n\nHi {G#2}, the Swedish lawyer {P#3:f} needs your personnummer and address. I wrote {AU} – is that still correct? Mitt pnr är {PNR} if she asks.\n/{G#4}",
    "Mormor {F#1:f} passed away last night 💔 hon blev {AGE}. The funeral will be in {TOWN}, Sweden. {N#2} is flying in from {TOWNEN}.",
    "---------- Forwarded message ----------\nFrån: {P#1} <{E#1}>\nTo: {P#2} <{E#2}>\nSubject: Re: arvet efter pappa\n\nOk, vi kör på det: the house in {PARISH} goes to {G#3}, och vi andra får {AMT} var. I'll tell the advokat, {P#4}, on Monday.",
    "[{TIME}] {g#1}: kolla vad jag hittade på Ancestry!! farfars pappa {p#2:hm} emigrated to Minnesota {GYEAR}\n[{TIME}] {g#3}: wait was he the one who changed his name to {p#4:m}?\n[{TIME}] {g#1}: ja! in the census he's listed as {RU#4}",
    "Hon är här!! 💕 {F#1=2:bf}, born {DATE} at {MAT}, 3 540 g. Mamma {G#2:f} och pappa {G#3:m} are over the moon. Besök gärna – we're at {A}.",
    "Hi, I'm the god man (legal guardian) for {P#1}, {PNRO}. Överförmyndaren in {TOWN} asked me to contact the family. Please call me on {PH} or e-mail {E#2}.\nBest regards, {P#2}",
    "Looking for info om min farmors farmor {F#1:hf}, född {OBORN} i {PARISH} socken. Hon married {P#2:hm} and they left for Chicago around {GYEAR}. Any relatives in the US? Skriv till {E#3}!\n/{P#3}",
    "Save the date! {G#1:f} & {G#2:m} gifter sig {DATE} i {WED}. RSVP till {E#1} eller {PHM}. Dress code: kavaj / smart casual.",
    "Hej! My fiancée {P#1:f} is Swedish och jag är brittisk. Do I need a hindersprövning from Skatteverket if we marry in {TOWNEN}? My address: {AU}, hers: {AW}. Tack! {P#2:m}",
    "Hej {G#1},\nsorry for the delay. I spoke to the bank (Nordea) about mammas konto – they need a fullmakt signed by all of us: you, me and {G#2}. Can you sign and send it to {BOX}?\nLove, {N#3}",
    "The Probate Registry wants the last address of the deceased, {P#1}, at the time of death: {AW}, Sweden. Executor: {P#2}, {AU}. Personnummer of the deceased: {PNRO}.",
    "Vi har äntligen bytt namn! {F#1} is now officially {F#2}. Skatteverket sent the beslut today. New mail: {E#2} 🎉",
    "In loving memory / Till minne av\n{F#1:f}\n* {BDATE}  † {DATE}\nBeloved mother, mormor and friend.\n{G#2}, {G#3} och {G#4} med familjer\nMemorial at {CHURCH}. In lieu of flowers, tänk gärna på {CHARITY}.",
    "{n#1}: har du pratat med {g#2:f} om dödsboet?\n{n#3}: yes, she says {s#4} the lawyer hasn't sent the bouppteckning yet\n{n#1}: typical. ring honom på {PH}",
    "{FM#1:f}, {AGE}, of {TOWNEN}, died {DATE}. Born in {PARISH}, Sweden, she came to America as a young woman and was active in the Vasa Order of America and Svenska Kulturföreningen. Survived by {G#2}, {G#3} and many cousins i Sverige.",
    "Namn / Name: {RU#1}\nAdress / Address: {AXL}\nPersonnummer / Swedish ID: {PNR}\nTelefon / Phone: {PHX}\nE-post / Email: {E#1}\nArvinge efter / Heir of: {P#2}",
    "Hej! Mitt namn är {P#1} and I'm researching the {S#2} family from {PARISH}. Min morfar {F#3:hm} was born there {GYEAR}. Har någon foton? Mail: {E#1}",
    "Update: the flat at {ST} is now uppsagd, and {G'#1} things are stored hos {P#3} in {TOWN}. Överförmyndaren has the receipts.\n/{I#2}, god man",
    "Tack! Thank you all for the beautiful flowers och alla fina ord om {G#1}. Special thanks to {HOSP} and to pastor {P#2}.\n/{Gs#1} familj",
    "Dear {P#1},\nI am writing on behalf of the dödsbo after {F#2}, who died in {TOWN} on {DATE}. You are named as a legal heir (arvinge) as the nephew of the deceased. Please confirm your address ({AUS}) and send a copy of your ID.\nKind regards / Med vänlig hälsning\n{P#3}, advokat\n{AL}\n{PH}",
    "Dop för lilla {G#1=2:bf} {DATE}! Godparents: {P#3} and {P#4}. Plats: {WED}, sen fika hemma hos {G#2:f} på {ST}.",
    "just found mormors testamente from 1989 in a box at {a}! it says everything goes to 'min käre {g#1:m}' lol who is that? mamma never mentioned him",
    "Congrats on the baby!! 🥰 vad heter hon?\n— {F#1:bf}, efter min mormor {G#2:f}! we'll send pics to {E#3}",
    "Household examination roll, {PARISH} AI:{NUM}, p. 88: {RF#1:hm}, torpare, b. {OBORN}; wife {RF#2:hf}, b. {OBORN}; daughter {G#3:hf}, b. {OKID}, moved to Stockholm.",
    "Överförmyndarnämnden has appointed {P#1} as förvaltare for my brother {P#2:m} ({PNR}). I'm not happy about it — can I appeal? My address for the beslut: {AW}.\n/{G#3}",
    "Heads up: Skatteverket sent mammas dödsfallsintyg med släktutredning to the wrong address ({A}). I've asked them to resend it to {CO}.\n{N#1}",
    "Hej {G#1}, here's the list for the minnesstund: {P#2}, {P#3}, {P#4} (+1), and {G#5} from work. Fonus says max 40 personer i lokalen.",
    "We're signing our samboavtal – {P#1} and {P#2}, {AW}. Do we need vittnen? Skatteverket's site isn't clear. /{Gi#1}",
    "Birth certificate request: {F#1}, född {DATE} i {TOWN}, parents {P#2} och {P#3}. Please send the personbevis in English to {AX}.",
    "my dad {P#1:m} passed in {TOWNEN} last week and we found out he had a Swedish bank account hos Handelsbanken. who do we contact? his pnr was {PNRO} according to old papers",
    "{SG#1:m} – Svensk-amerikanska Nyheter, dödsruna. Död {DATE} i {TOWNEN}, född i {PARISH} {YEAR}. Sörjes av döttrarna {G#2} och {G#3} samt barnbarn in California.",
    "@{g#1} kan du scanna farmors brev? the ones from aunt {G#2:f} in {TOWNEN}, signed '{N#2}'",
    "{G#1}: I'll take the piano and the Orrefors vases\n{G#2}: ok men jag vill ha mormors Rörstrand\n{G#3}: and the Volvo? {N#4} behöver bil",
    "Vigsel: {P#1} and {P#2} were married {DATE} i Stockholms stadshus. Witnesses: {P#3}, {P#4}.",
    "Pls sign the bouppteckning och skicka tillbaka till {LAW}, {BOX}, before Friday. {S#1} (the handläggare) says otherwise Skatteverket will fine us. /{n#2}",
    "Kära {G#1}, thank you for coming all the way from {TOWNEN} to pappas begravning. It meant so much. Hälsa {G#2} and the kids!\nKram, {G#3}",
    "EXTRACT from the church records / Utdrag ur kyrkoboken: {RF#1:hf}, born {OKID} at Nordanby, {PARISH}; daughter of {P#2:hm} and {P#3:hf}. Certified by {P#4}, kyrkoarkivarie.",
    "Anyone know a good jurist for arvskifte in {TOWN}? my sister {G#1:f} and I can't agree. {P#2} at Familjens Jurist was expensive. DM or call {PHM}",
    "Reminder: farmors 90-årsdag! {DATE} at Stora Hotellet, {TOWN}. Swisha money for the present to {N#1}, {PHM}.",
    "Hi {G#1}! The Gazette notice for {RC#2} is out, och Skatteverket har registrerat bouppteckningen. {S#3} & {S#4} LLP will handle the UK side; {Ss#5} Begravningsbyrå sent the final bill.",
)

# Rows with no personal value at all: the registers and their words, organisations, products,
# places, and everyday words that are also names, used as words.
NEGATIVES = tuple(
    [("sv", t) for t in (
        "Begravningsbyrån Fonus har öppet vardagar 9–17. Välkommen in för ett kostnadsfritt samtal om begravningens form och kostnad.",
        "En bouppteckning ska göras inom tre månader från dödsfallet och lämnas till Skatteverket senast en månad efter förrättningen.",
        "Rosen på kistan var röd, och alla sjöng Härlig är jorden innan klockorna ringde.",
        "Vi planterade en björk och en lind vid graven, och stenen blev av svart granit med guldtext.",
        "Hindersprövning görs hos Skatteverket och gäller i fyra månader från beslutet.",
        "Överförmyndarnämnden granskar årsräkningar från gode män och förvaltare varje vår.",
        "Allmänna arvsfonden får arvet om det saknas både arvingar och testamente.",
        "Släktforskardagarna hålls i Växjö i år. Riksarkivet, ArkivDigital och Sveriges Släktforskarförbund finns på plats.",
        "Husförhörslängderna från Ovansjö är skannade och finns i Riksarkivets digitala forskarsal.",
        "Ljus tändes i Mora kyrka för alla som gått bort under året, och kören sjöng Ave Maria.",
        "Skulder i ett dödsbo ärvs inte, men tillgångarna ska först användas för att betala dem.",
        "Efter begravningen bjöds det på smörgåstårta och kaffe i församlingshemmet.",
        "Mor och far vilar på Norra begravningsplatsen, nära den stora eken vid muren.",
        "Glad midsommar från alla oss på hemtjänsten Solrosen!",
        "Ström och bredband ska sägas upp när dödsboet flyttar ut; kontakta Vattenfall och Telia i god tid.",
        "Ett testamente måste bevittnas av två personer som inte är närstående till den som ärver.",
        "Hans bror ärvde gården, och hans syster fick skogen och fäbodvallen.",
        "Björn, älg och lodjur finns i skogarna kring Orsa, sa kyrkvärden vid kaffet.",
        "Ansökan om namnbyte kostar 1 800 kronor och beslutet tar ungefär åtta veckor.",
        "God man är ett uppdrag, inte en anställning. Arvodet bestäms av överförmyndaren.",
        "Tulpaner, liljor och en krans av gran och lingonris låg på graven.",
        "På alla helgons dag tänds ljus på kyrkogårdarna över hela landet.",
        "Barnkalaset på Skansen bjöd på glass, ponnyridning och Pippi Långstrump-teater.",
        "Frost i natt och snö på kyrkogården; gångarna sandas av kyrkogårdsförvaltningen.",
        "Dödsfallsintyg med släktutredning beställs från Skatteverket och är kostnadsfritt.",
        "Bröllopet hölls på Grand Hôtel med middag, tal och Abba-låtar till klockan tre.",
        "Vid vigseln i Storkyrkan spelade organisten Brudmarsch från Norrland på orgeln.",
    )]
    + [("en", t) for t in (
        "Probate is not always needed if the estate is small or everything is held in joint names.",
        "The Gazette publishes deceased estates notices so that creditors can come forward before the estate is distributed.",
        "Grace was said before the wake, and the Rose and Crown put on sandwiches for everyone.",
        "Will you read the eulogy? Mark my words, it will be the hardest thing you ever do.",
        "The bill for the funeral flowers came to forty pounds; the hearse was extra.",
        "Hope and faith carried the family through a long and difficult winter.",
        "Dawn broke over the churchyard as the bells of St Mary's began to ring.",
        "Ancestry and Findmypast both hold the 1921 census for England and Wales.",
        "The Court of Protection appoints a deputy when someone lacks capacity and has no lasting power of attorney.",
        "Holly and ivy decorated the chapel for the Christmas memorial service.",
        "A deed poll is a legal document that proves a change of name.",
        "Frank conversations about money are hard when a parent has just died.",
        "Marie Curie nurses provide end-of-life care at home, free of charge.",
        "Banns are read on three Sundays before a Church of England wedding.",
        "The Salvation Army family tracing service helps relatives who have lost touch.",
        "Veterans may be buried at Arlington National Cemetery with full military honors.",
        "Sue the executors? Only if they have clearly failed in their duties.",
    )]
    + [("mixed", t) for t in (
        "Bouppteckningen (the estate inventory) must be registered with Skatteverket within one month.",
        "Is a Swedish testamente valid in England? It depends on where the deceased was domiciled.",
        "Minnesstund after the funeral is typ a wake, but with kaffe och smörgåstårta.",
        "Hindersprövning is the Swedish check that nothing prevents a marriage.",
        "ArkivDigital has better scans than Ancestry for Swedish church books, men det kostar.",
        "Dödsboet must file a tax return for the year of death, even if nothing is left.",
        "Happy Mother's Day till alla mammor där ute 💐",
        "Rosa rosor eller vita liljor? The florist at Interflora says both work for a begravning.",
        "God man vs förvaltare: a god man needs the person's consent, a förvaltare does not.",
        "We went to the Vasa museum efter begravningen, the kids loved the ship.",
        "Luciakonsert i kyrkan on Sunday, tickets via Svenska kyrkan.",
        "Fonus vs Memento – which begravningsbyrå is cheaper? Någon som vet?",
        "Sommarstugan i Dalarna or the flat in Skåne — vi får se vad arvskiftet ger.",
        "Skatteverket's English pages explain personnummer and samordningsnummer.",
        "Glad påsk and happy Easter från oss alla!",
        "Most Swedes' DNA results on MyHeritage just say Scandinavian anyway, haha.",
        "The Probate Registry and Skatteverket don't talk to each other, so you send everything twice.",
    )]
)  # fmt: skip
