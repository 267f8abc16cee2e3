# ruff: noqa: E501
"""Templates of held-out GU (issue 15): pensions and retirement, in Swedish, English and the two
mixed as Swedes write them at work. Pension statements, withdrawal applications, survivors' and
children's pensions, transfers between funds and insurers, employer contributions and missing
payments, housing supplements, life certificates for pensioners abroad, beneficiary designations,
powers of attorney, pension advisers' meeting notes, customer-service call notes, retirement
parties, pensioners' associations, and the chats around them.

Slots: {P} full name, {p} lower case, {U} capitals, {F} with middle names, {G}/{g} given name,
{GU} given name in capitals, {N}/{n} short form, {S}/{s} surname, {SU} surname in capitals, {I}
initial and surname, {Gi} given name and the surname's initial, {R} `Surname, Given`, {RU}
`SURNAME, Given`, {E} an e-mail address; `#n` the same person again, `:f`/`:m` a woman or a man, a
trailing `s` a Swedish genitive and `'` an English one (the ending outside the value). Values: A,
AL (over lines), AR/ARL (rural), ST (street and number), STN (a street alone), STL (with lgh),
CARE (a care home's address, its name outside), a (lower case), CO (c/o Name, address), BOX, AU,
AUL, au, AUS, AUSL, AX, AXL (Europe and beyond), PH, PHF (a firm's), PHX (abroad), EF (a firm's
e-mail), PNR, PNR12, PNR10, PNRO (a hundred or more: `+`), PNRP (a pensioner's), PNRC (a child's).
No value: ORG, DATE, DATEEN, BORN, YEAR, AGE, TIME, NUM, PCT, AMT, BIG, GBP, GBPBIG, USD, EUR, REF,
POL, BG, OCR, ACC, FUND, NINO, TOWN, DAY, DAYEN.
"""

MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
}  # fmt: skip
FUNDS = (
    "AP7 Såfa", "AP7 Aktiefond", "AP7 Räntefond", "Swedbank Robur Access Global", "SEB Hållbarhetsfond Sverige",
    "Handelsbanken Global Index Criteria", "Länsförsäkringar Global Indexnära", "Nordea Stratega 30",
    "AMF Aktiefond Global", "Spiltan Aktiefond Investmentbolag", "Vanguard LifeStrategy 60", "Nest 2040 Retirement Fund",
    "Fidelity Index World", "Storebrand Global Solutions", "Skandia Time Global",
)  # fmt: skip

SV = (
    # pension statements (the orange envelope, the insurer's annual statement)
    "Pensionsbesked {NUM}\n{U#1}\n{AL}\n\nPersonnummer: {PNR}\nDin allmänna pension beräknas till {AMT} i månaden före skatt om du tar ut den från {AGE} år. Inkomstpension: {AMT}. Premiepension: {AMT}.",
    "Årsbesked tjänstepension för {P#1}, född {BORN}. Försäkringsnummer {POL}. Värde {DATE}: {BIG}. Placering: {FUND} {PCT} %. Har du frågor? Ring oss på {PHF} eller skriv till {EF}.",
    "Hej {G#1}!\nDitt värdebesked för 2026 finns nu i appen. Vi skickar det också till {A}. Stämmer inte adressen? Logga in och ändra den.\nVänliga hälsningar\nKundservice, {PHF}",
    "Värdebesked privat pensionsförsäkring\nFörsäkringstagare: {RU#1}\nFörsäkrad: {R#1}\nAdress: {ARL}\nÅterbetalningsskydd: ja. Förmånstagare enligt förordnande: make/maka/sambo, därefter barn.",
    "Till {P#1:f}, {CO}\nDitt pensionsbesked har kommit i retur. Meddela oss din nya adress på {PHF} så skickar vi det igen.",
    # withdrawal applications
    "Ansökan om ålderspension\nSökande: {P#1}\nPersonnummer: {PNR}\nAdress: {A}\nTelefon: {PH}\nJag vill ta ut {UTTAG} % av min allmänna pension från och med {DATE}. Pengarna sätts in på konto {ACC}.",
    "ANSÖKAN OM UTBETALNING AV TJÄNSTEPENSION\nEfternamn: {SU#1}\nFörnamn: {GU#1}\nPersonnummer: {PNR10}\nUtdelningsadress: {ST}\nPostnummer och ort: {TOWN}\nTelefon dagtid: {PH}\nUttagstid: livsvarigt / {NUM} år",
    "Jag, {F#1}, ansöker om att ta ut min pension från {FUND} under {NUM} år med start {DATE}. Skattetabell {NUM}. Underskrift: {P#1}",
    "Uttag av pension – bekräftelse\nHej {G#1}! Vi har tagit emot din ansökan ({REF}). Första utbetalningen på {AMT} sker den 25:e till ditt konto {ACC}. Frågor? {PH} (din handläggare {P#2}) eller {EF}.",
    "Blankett 6101. Sökande {P#1:m}, {PNR}. Make/maka/sambo: {P#2:f}. Bostadsadress: {STL}. Jag begär att pensionen betalas ut till konto hos Handelsbanken.",
    "Anteckning {DATE}: {S#1} ringde från {PH} och vill skjuta upp uttaget till {AGE} år. Skickat ny blankett till {A}. /{G#2}",
    "Hej! Min mamma {P#1:f} (född {YEAR}) vill börja ta ut sin tjänstepension men hon har ingen BankID. Kan ni skicka blanketten till hennes adress {AL}? Mvh {P#2}, {PH}",
    # survivors' pensions, children's pensions
    "Ansökan om efterlevandepension\nDen avlidne: {P#1}, personnummer {PNR}, avled {DATE}.\nSökande: {P#2}, personnummer {PNR}\nAdress: {AL}\nTelefon: {PH}\nBarn under 20 år i hushållet: {G#3} och {G#4}.",
    "Omställningspension – beslut\n{U#1}\n{ARL}\n\nDu får omställningspension efter din make {P#2:m} som avled {DATE}. Beloppet är {AMT} i månaden under tolv månader. Handläggare: {P#3}, {PHF}.",
    "Barnpension efter {P#1}: utbetalas till {P#2} ({PNRC}) med {AMT}/mån till och med den månad {G#2} fyller 20. Förmyndare: {P#3}, {A}.",
    "Anmälan om dödsfall. Försäkrad: {R#1}, kundnummer {REF}, död {DATE}. Anmälan görs av dödsboet genom {P#2}, {CO}. Tel {PH}, e-post {E#2}.",
    "Beklagar sorgen. Efter {Gs#1:f} bortgång betalas återbetalningsskyddet ut till förmånstagarna: {P#2} och {P#3}, hälften var. Vi behöver bouppteckningen innan vi kan betala ut.",
    "Efterlevandeskydd ITP 2: familjepension till {P#1:f}, {AL}, efter {P#2:m}. Adressen vi har är {A}. Stämmer det? Ring {PHF}.",
    "Hej {G#1}, jag beklagar verkligen. Jag har pratat med Alecta om {Gs#2} familjeskydd och de skickar papperen till {a}. Ring mig när du orkar, {PH}. Kram {N#3}",
    "Dödsboet efter {P#1}\n{CO}\n\nVi har registrerat dödsfallet. Pensionen för dödsmånaden betalas till dödsboets konto. Frågor: {PHF}.",
    # transfers between funds and insurers
    "Flytt av pensionskapital\nFörsäkringstagare: {P#1}\nPersonnummer: {PNR12}\nFlyttas från: Skandia, försäkringsnummer {POL}\nFlyttas till: Avanza Pension, depå {OCR}\nKontaktperson hos mottagaren: {P#2}, {PH}",
    "Bekräftelse: ditt PPM-byte är genomfört. Du har sålt {FUND} och köpt {FUND}. Affärsdag {DATE}. Frågor besvaras på {PHF}. /Pensionsmyndigheten till {P#1}, {A}",
    "Jag {P#1}, född {BORN}, begär att min fribrevsförsäkring {POL} flyttas till Nordnet. Jag bor på {A}.",
    "Fullmakt för flytt av pensionsförsäkring. Härmed ger jag, {P#1}, {P#2} på {BOX} rätt att begära flytt av mina försäkringar. Datum {DATE}. Namnförtydligande: {U#1}",
    "Hej {G#1}! Flytten från SPP till Futur är klar. Värdet blev {BIG} efter avgift. Du får ett brev till {A} inom två veckor. Hälsningar {P#2}, pensionsrådgivare, {PH}",
    "Flyttärende {REF}: kunden {R#1} har flyttat från {A} till {AR}. Flyttblankett mottagen {DATE}, värdet beräknas på den dagen. Ansvarig: {I#2}.",
    "Kundens make {P#1:m} undrar om även hans pension från {FUND} kan flyttas. Han nås på {PH} efter {TIME}.",
    # employer contributions
    "Saknad inbetalning ITP 1\nArbetsgivare: Bygg {S#1} & Son AB, org.nr {ORG}\nAnställd: {R#2}, {PNR}\nPeriod: {DATE}–{DATE}\nUnderlag: lön {AMT} per månad, premie {PCT} %.\nKontakta Collectum på {PHF}.",
    "Till löneavdelningen\nFöljande anställda saknar premie till KAP-KL för {MONTH}:\n{R} (anst.nr {NUM})\n{R} (anst.nr {NUM})\n{R} (anst.nr {NUM})\nRätta före den 15:e. /{P}, HR",
    "Anmälan av nyanställd till tjänstepension. {U#1}, anställd från {DATE}. Månadslön {AMT}. Adress: {A}. Anmälan gjord av {P#2}, lönekonsult, {E#2}.",
    "Hej {N#1}, jag har kollat {Ss#2:m} pensionsavsättningar: det har inte gått in något sedan {DATE}. Kan du ringa honom på {PH}? Han bor numera på {A}.",
    "Arbetsgivaren {P#1} (enskild firma, {S#1}s Måleri, org.nr {ORG}) har inte betalat in premier för {P#2}. Vi har skickat en påminnelse till {BOX}.",
    "Löneväxling – avtal\nArbetstagare: {P#1}\nArbetsgivare: Fastighets AB Ekbacken, {ORG}\nBruttolöneavdrag {AMT} per månad sätts av till tjänstepension med påslag {PCT} %.\nUnderskrifter: {P#1} och {P#2} (personalchef)",
    "Premiebefrielse: {P#1} har varit sjukskriven sedan {DATE}. Arbetsgivaren ({I#2}, ekonomichef, {PH}) betalar inte premien under tiden.",
    # housing supplement, guarantee pension, older people's support
    "Ansökan om bostadstillägg för pensionärer\nSökande: {P#1}, {PNR}\nMake/sambo: {P#2}\nBostad: {STL}\nHyra per månad: {AMT}\nHyresvärd: Bostadsbolaget, tel {PHF}",
    "Beslut om bostadstillägg\nTill: {P#1:f}\n{CARE}\nDu får {AMT} i månaden från {DATE}. Beslutet har fattats av handläggare {S#2}.",
    "Hej! Jag heter {G#1} och hjälper min farfar {P#2:m} med ansökan om bostadstillägg. Han bor på {CARE}. Hans personnummer är {PNRO}. Vem ringer jag? /{G#1}, {PH}",
    "Äldreförsörjningsstöd: {P#1}, inflyttad {DATE}, bor på {STN} i Malmö. Handläggare {P#2} ringer upp på {PH}.",
    "Grattis på födelsedagen, {P#1}! Personnummer {PNRO}. Vi har noterat att du bor kvar på {A}. Din garantipension betalas ut som vanligt.",
    # life certificates, pensioners abroad
    "Levnadsintyg\nNamn: {P#1}\nFödd: {BORN}\nBostadsadress utomlands: {AXL}\nTelefon: {PHX}\nIntygas av: {P#2}, notarius publicus",
    "Hej! Min pappa {P#1:m} bor utomlands, {AX}, och har inte fått sin pension sedan {DATE}. Levnadsintyget skickades i mars. Han nås på {PHX}. Mvh {P#2}",
    "Utlandsadress registrerad för {R#1}: {AX}. Tidigare adress: {A}. Svensk kontaktperson: {P#2}, {PH}.",
    "{P#1} ringde från utlandet ({PHX}) och undrar varför levnadsintyget inte kommit fram. Adress: {AX}. Skickat nytt intyg {DATE}. /{Gi#2}",
    # beneficiary designations
    "Förmånstagarförordnande\nFörsäkrad: {P#1}, {PNR}\nFörmånstagare: 1. min sambo {P#2}\n2. mina barn {G#3} och {G#4} {S#1}, lika delar.\nOrt och datum: {TOWN} {DATE}\nUnderskrift: {P#1}",
    "Ändring av förmånstagare: {P#1} vill att {P#2} (barnbarn) ska få hela återbetalningsskyddet. Nytt förordnande skickat till {A}.",
    "Jag ändrar mitt förmånstagarförordnande så att min dotter {F#1:f} får {PCT} % och min son {P#2:m} resten. Mina uppgifter: {P#3}, {AL}",
    # powers of attorney, guardians
    "FULLMAKT\nJag, {U#1}, {PNR}, ger {P#2}, {A}, fullmakt att företräda mig i alla ärenden som rör min pension hos Pensionsmyndigheten, AMF och KPA.\n{TOWN} den {DATE}\n{P#1}\nBevittnas: {P#3} och {P#4}",
    "Framtidsfullmakt har trätt i kraft för {P#1}. Fullmaktshavare: {P#2}, {PH}, {E#2}. Post till huvudmannen skickas till {CO}.",
    "God man för {P#1}: {P#2}, {BOX}. Pensionen ska betalas till god mans konto {ACC} från {DATE}.",
    # pension advisers' meeting notes
    "Mötesanteckningar pensionsrådgivning {DATE}, kl {TIME}\nKund: {P#1:f}, {A}\nMedföljande: make {G#2:m}\nRådgivare: {P#3}\n{G#1} vill gå ner till {PCT} % vid {AGE} och ta ut tjänstepensionen på {NUM} år. {G#2} har ITP 2 från ABB. Nästa möte {DAY}.",
    "Anteckning efter möte: {S#1} har fyra tjänstepensioner (Alecta, AMF, Folksam, KPA). Föreslår samlad flytt av {FUND}. Kunden vill bo kvar på {ST}. Ring {G#1} på {PH} efter semestern. /{I#2}",
    "Rådgivning – kundkort\nNamn: {R#1}\nFödd: {BORN}\nCivilstånd: gift med {P#2}\nBostad: {AR}\nTelefon: {PH}\nE-post: {E#1}\nRiskprofil: försiktig\nÖnskad pensionsålder: {AGE}",
    "Kl {TIME} {DAY}: {P#1} och {P#2} på kontoret. Diskuterade uttag av premiepensionen, sälja {FUND}, köpa AP7 Räntefond. {G#2} oroar sig för sin mammas ekonomi. Följ upp via {E#1}.",
    "Dokumentation av rådgivning enligt lag (2003:862). Kund: {U#1}. Rådgivare: {P#2}, Pensionsrådgivning i {TOWN} AB. Kunden informerades om avgifter och flytträtt. Kunden bor på {STN}.",
    "Minnesanteckningar: {P#1} ({AGE} år) funderar på att sälja villan på {A} och flytta till en hyresrätt. Pensionen beräknas till {AMT}/mån. Barnen {G#2} och {G#3} vill vara med på nästa möte.",
    # customer service, call notes
    "Samtal {DATE} {TIME}: {P#1} ({PNR}), {A}, ringde om utebliven utbetalning. Kontonummer ändrat till {ACC}. Ringer tillbaka på {PH}. /{Gi#2}",
    "Ärende {REF}. Kunden {P#1} har bytt adress till {AL}. Gammal adress {A} spärrad. Bekräftelse skickad till {E#1}.",
    "Återuppringning: {S#1:f}, {PH}, {DAY} efter kl {TIME}. Gäller skatteavdrag på pensionen. Hon hörs dåligt, tala tydligt.",
    "Klagomål från {P#1}, {AR}: pensionen har sänkts med {AMT} utan förklaring. Kunden vill bli kontaktad per brev, inte på {PH}.",
    "Meddelande från {P#1} via Mina sidor: ”Jag har flyttat till {a} och vill ha pappersutskick. Min dotter {P#2:f} hjälper mig, hennes nummer är {PH}.”",
    # pensioners' associations, retirement parties
    "PRO {TOWN} – medlemsförteckning\n{R}, {ST}, {PH}\n{R}, {ST}, {PH}\n{R}, {AR}, {PH}\n{R}, {STL}, {PH}",
    "Välkommen till pensionsträff i församlingshemmet {DAY} kl {TIME}! {P#1} från Pensionsmyndigheten berättar om bostadstillägg. Anmälan till {P#2}, {PH}, senast {DATE}.",
    "Efter 41 år på lagret går {P#1} i pension på fredag! Vi bjuder på tårta kl {TIME} i personalrummet. Presentinsamling via {P#2} (swisha {PH}).",
    "Tack alla för en fantastisk avtackning, och tack {N#2} för talet! Nu börjar pensionärslivet på riktigt. Ni är välkomna att hälsa på i stugan, {AR}. Kram {N#1}",
    "SPF Seniorerna, styrelsen: ordförande {P}, {PH}; kassör {P}, {PH}; sekreterare {P#7}, {E#7}. Föreningens post: {BOX}.",
    "Kallelse till årsmöte i pensionärsföreningen. Plats: Folkets hus, {ST}. Motioner skickas till sekreterare {P#1}, {A}, eller {E#1}.",
    # chats
    "{g#1}: har du fått det orangea kuvertet?\n{g#2}: ja igår, typ {AMT} i månaden om jag går vid 65 😬\n{g#1}: samma här. {n#3} sa att man ska flytta ppm till ap7",
    "hej {g}! kan du skicka blanketten för efterlevandepension till mamma? hon bor på {a} nu",
    "@{g#1} har du hunnit kolla {Ss#2} flyttärende? kunden ringer hela tiden från {PH}",
    "{p#1}: pappa vill veta om han kan jobba kvar och ändå ta ut pension\n{p#2}: ja men ring {PHF} så får ni svar. eller maila {EF}",
    "mamma har flyttat till {a}, kan du ändra adressen hos amf? hennes pnr är {PNR10}",
    "Hörru {N}, hur gick mötet med rådgivaren? Sa hon nåt om att ta ut tjänstepensionen i förtid?",
    "{G#1:f} ({PH}) undrar om ni fått hennes ansökan om änkepension. Hon har inte hört något sedan {DATE}.",
    "Sms från {S#1}: ”Hej, det är {G#1} på Folksam. Vi behöver ditt levnadsintyg senast {DATE}. Ring {PH} om du har frågor.”",
    # e-mails with headers and signatures
    "Från: {P#1} <{E#1}>\nTill: {EF}\nÄmne: Uttag av tjänstepension\n\nHej!\nJag fyller {AGE} i höst och vill börja ta ut min tjänstepension. Min adress är {A}. Kan ni ringa mig på {PH}?\n\nMvh\n{P#1}",
    "Från: {P#1} <{E#1}>\nSkickat: {DATE} {TIME}\nTill: {P#2} <{E#2}>\nÄmne: SV: Pensionsprognos\n\nHej {G#2}, tack för mötet! Bifogar min lönespecifikation. /{G#1}\n\n{P#1}\n{STT}\nMobil {PH}",
    "Hej {G#1},\n\nHär kommer underlaget till {Ss#2} efterlevandepension. Vi behöver även dödsfallsintyg och make {Gs#3:m} personnummer.\n\nVänliga hälsningar\n{P#4}\nHandläggare, Efterlevandeenheten\nTel {PHF}\n{EF}",
    "Ämne: Felaktig inbetalning {REF}\nHej {G#1}! {P#2} hos oss har fått dubbla premier för {DATE}. Kan ni återbetala till bankgiro {BG}? Mvh {P#3}, löneadministratör, {PH}",
    "Hej {Ss#1:m} familj, vi har fått besked om att {G#1} gått bort. Vi skickar information om återbetalningsskyddet till {AL}. Kontakta gärna {P#2} på {PH}.",
    "Med vänliga hälsningar\n\n{P#1}\nLicensierad pensionsrådgivare\nRådgivningsbolaget i {TOWN} AB\n{BOX}\nTel: {PH}\nE-post: {E#1}",
    # divorces, transfer of premium-pension rights, misc.
    "Överföring av premiepensionsrätt: {P#1} ({PNR12}) överför sin premiepensionsrätt till maken {P#2:m} från och med 2028. Makarna bor på {A}.",
    "Vid bodelningen ska {Ss#1:f} tjänstepension inte delas. Ombud för {G#1}: advokat {P#2}, {BOX}, {PH}.",
    "Kontrolluppgift pension 2026: {RU#1}, {PNR}, utbetalt {BIG}, avdragen skatt {AMT}. Utbetalare: KPA Pension, org.nr {ORG}.",
    "{P#1} har sin hund Bamse med sig på mötet. Kunden vill att vi skickar allt till sommarstugan: {ARL}.",
    "Fastigheten Lövsta 3:14 skrevs över på sonen {P#1} i samband med pensioneringen. Själv bor {G#2} kvar på {STT}.",
    "Adressändring\nNamn: {P#1}\nNy adress: {AL}\nGammal adress: {A}\nGäller från: {DATE}\nTelefon: {PH}",
    "Handläggaren ({P#1}) har skickat beslutet till {A}. Kopia till ombudet ({P#2}), {BOX}.",
    "hej {n#1}! vi ses på pensionärsfikat hos {g#2} på {a} imorgon kl 14 😊",
    "Sommaradress för {P#1} juni–augusti: {ARL}. Vinteradress: {A}. Pensionen betalas ut som vanligt.",
    "Kallelse till pensionssamtal: {P#1}, välkommen till vårt kontor, {A}, den {DATE} kl {TIME}. Passar inte tiden? Ring {G#2} på {PH}.",
    "Beslut om pension skickat till god man ({P#1}), {A}, och till huvudmannen ({P#2}), {CARE}.",
    "Flyttanmälan från {P#1} och {P#2}: från {STL} till {AR} från och med {DATE}.",
    "{N#1} och {N#2} har sålt huset på {STN} och flyttat till en pensionärslägenhet på {STL}. Nytt nummer: {PH}.",
)

EN = (  # UK statements and retirement
    "Your State Pension forecast\n{P#1}\n{AUL}\nNational Insurance number: {NINO}\nYou can get {GBPW} a week from {DATEEN}. Call the Future Pension Centre on {PHX} if you have questions.",
    "Dear Mr {S#1:m},\nThank you for your request to transfer your pension (policy {POL}) to Royal London. The cash equivalent transfer value is {GBPBIG}. Please sign and return the discharge form to {AU}.\nYours sincerely,\n{P#2}\nTransfers Team",
    "Annual benefit statement for {P#1}, {AU}. Fund value at {DATEEN}: {GBPBIG}. Selected retirement age: {AGE}. Your employer paid {PCT}% and you paid {PCT}%.",
    "Retirement options pack\nMember: {RU#1}\nAddress: {AUL}\nTel: {PHX}\nEmail: {E#1}\nYou can take up to 25% tax-free. Please return the options form by {DATEEN}.",
    "Hi {G#1}, your pension statement is now available online. We also sent a copy to {AU}. Not your address? Update it in your account. – The Nest team",
    # withdrawals and annuities
    "I, {F#1}, of {AU}, wish to take my tax-free lump sum of {GBPBIG} and buy an annuity with the rest. Signed {P#1}, {DATEEN}.",
    "Drawdown request received from {P#1} ({E#1}), {AU}. Amount: {GBP} per month, starting {DATEEN}. Adviser: {P#2}, {PHX}.",
    "Phone note: Mrs {S#1:f} called from {PHX} asking to take her whole pot as cash. Warned her about emergency tax. Callback {DAYEN}. – {G#2}",
    "401(k) rollover request\nParticipant: {P#1}\nAddress: {AUS}\nPhone: {PHX}\nRollover amount: {USD}\nReceiving IRA custodian: Vanguard\nSignature: {P#1}  Date: {DATEEN}",
    "Hi {G#1}, I just got off the phone with {G'#2} financial planner. They want to start Social Security at {AGE} and draw from the IRA first. Can you set up a call for {DAYEN}? {PHX}",
    "Required minimum distribution notice for {P#1}, {AUSL}. Your 2027 RMD is {USD}. Questions? Call {PHX}.",
    # survivors and death notifications
    "Dear Sir or Madam,\nI am writing to tell you that my father, {P#1:m}, died on {DATEEN}. His scheme number was {POL}. I am the executor; please write to me at {AUL}.\nKind regards,\n{P#2}\n{PHX}",
    "Survivor's pension claim\nDeceased member: {P#1}\nSpouse: {P#2}\nAddress: {AU}\nTelephone: {PHX}\nDependent children: {G#3} and {G#4}",
    "We are very sorry to hear about {G'#1} passing. {P#2}, as the nominated beneficiary, will receive the lump sum. We have written to {AUL}.",
    "Expression of wish form\nMember: {P#1}\nI would like any lump sum death benefit to go to: {P#2:f} (wife) {PCT}%, {P#3:m} (son) {PCT}%.\nSigned {P#1}",
    "Bereavement call, {DATEEN} {TIME}: spoke to {P#1:f} ({PHX}), daughter of {P#2:m}. Death certificate to follow. Send widow's pension forms to Mrs {S#2}, {au}.",
    "Note: {P#1:f} called about her late husband {G'#2:m} pension from his years in Sweden. His Swedish personal identity number was {PNR}. She lives at {AU}.",
    # transfers
    "Transfer out request\nScheme member: {P#1}\nDate of birth: {BORN}\nReceiving scheme: Aviva SIPP, reference {REF}\nFinancial adviser: {P#2}, {AU}, {PHX}",
    "Hi {G#1}, the transfer from Scottish Widows to your new SIPP has completed. The amount received was {GBPBIG}. Any questions, call me on {PHX}. Best, {P#2}",
    "Ref {REF}: we have not yet received the transfer value for {P#1}. The ceding scheme says they wrote to {AUL} on {DATEEN}.",
    # employer contributions
    "Missed contributions notice\nEmployer: {S#1} & Sons Ltd, {AU}\nMember: {R#2}\nPeriod: {DATEEN} to {DATEEN}\nPlease contact The Pensions Regulator or call us on {PHX}.",
    "To payroll: the following employees were auto-enrolled but no contributions arrived for March:\n{R}\n{R}\n{R}\nPlease resubmit by {DATEEN}. Thanks, {P} (HR)",
    "{P#1} has opted out of the workplace pension. Opt-out notice received {DATEEN}. Refund of {GBP} to be paid via payroll. Employee address: {AU}.",
    "Salary sacrifice agreement between {P#1} and Harbour Logistics Ltd. Monthly sacrifice: {GBP}. Employee signature: {P#1}. Manager: {I#2}.",
    "Hi {G#1}, quick one: {G'#2} employer contributions stopped in {MONTHEN}. Could you check with the payroll bureau? {G'#2} number is {PHX}.",
    # adviser meeting notes
    "Fact-find meeting, {DATEEN}, {TIME}\nClients: {P#1} and {P#2}\nAddress: {AUL}\nTel: {PHX}\nBoth aim to retire at {AGE}. {G#1} has a DB pension from the NHS; {G#2} has three small pots. Next step: letters of authority.",
    "Meeting notes: {S#1:f} ({AU}) wants to retire early and move abroad ({AX}). Discussed tax residency, State Pension abroad, currency risk. Follow up by email: {E#1}. Adviser: {Gi#2}",
    "Client review: {P#1}, {AUS}. Roth conversion of {USD} agreed. Spouse {G#2} to be added as beneficiary. Next review {DAYEN}.",
    "Notes from call with {N#1}: worried about running out of money; wants to help grandson {G#2:m} with a house deposit. Suggested cashflow modelling. Email summary to {E#1}.",
    "Letter of authority\nI, {U#1}, of {AU}, authorise {P#2} of Harbourside Financial Planning, {AUL}, to obtain information about my pensions.\nSigned: {P#1}",
    # customer service and chats
    "Hi, this is {P#1}. I moved to {au} and my pension payments stopped. Please call me on {PHX}.",
    "{g#1}: did you ever find out what happened to dad's works pension?\n{g#2}: yeah, {n#3} at the scheme said they'd write to his old address on {STNEN}",
    "@{g} can you send the widow's pension form to mrs {s} at {au}? she rang twice",
    "{p#1}: retiring friday!! drinks at the crown at {TIME}\n{p#2}: congrats!!! {g#1} you legend",
    "Hey {G}, I'm finally retiring in {MONTHEN}! Let's get lunch before then. Still on {PHX}?",
    "Thank you all for the wonderful send-off! After 38 years it feels strange. Do visit us at {AUL}. Love, {N#1} and {G#2}",
    # e-mails
    "From: {P#1} <{E#1}>\nTo: {EF}\nSubject: Change of address\n\nHello, please update my address to {AUL}. My policy number is {POL}.\n\nRegards,\n{P#1}\n{PHX}",
    "From: {P#1} <{E#1}>\nSent: {DATEEN}\nTo: {P#2} <{E#2}>\nSubject: RE: Pension consolidation\n\nHi {G#2}, happy to proceed with moving the two pots. Best, {G#1}",
    "Kind regards,\n\n{P#1}\nChartered Financial Planner\nHarbourside Financial Planning\n{AUL}\nT: {PHX}\nE: {E#1}",
    "Dear {G#1},\nFurther to our meeting, I enclose the recommendation report. {P#2} from the Swedish Pensions Agency can be reached on {PHF}; your Swedish number for them is {PNR10}.\nRegards, {P#3}",
    "Hi {G#1}, I'm helping my aunt {P#2:f}, who worked in Gothenburg in the 70s. Her personnummer is {PNRP}. She now lives at {AUL}. Who should she contact about her Swedish pension?",
    "Good afternoon, I'm {P#1} from the Sweden pensions desk. Your life certificate for {DATEEN} is overdue; please return it to {BOX}, or call {PHF}.",
    "Dear Mrs {S#1:f}, we have received your claim for bereavement support. We will write to you at {AU} within 10 working days. {P#2}, Case Officer",
    "Retirement association newsletter: welcome to new members {P}, {P} and {P}! Coffee mornings are at the library on {DAYEN}s. Questions to our secretary on {PHX}.",
    "{P#1:f}'s pension was paid into the wrong account ({REF}). Her daughter {P#2:f} has power of attorney; correspondence to {COEN}.",
    "Change of address: {P#1}, from {AUL} to {AUL}, effective {DATEEN}.",
    "Welcome pack sent to {P#1} ({E#1}) at {AUS}. Beneficiary on file: {P#2}.",
    "Contact for the estate: the solicitor ({P#1}), {AUL}, tel {PHX}.",
    "hey {n#1}, mum's moving to {au} next month, can you tell the pension people? {g#2} says they need it in writing",
    "Retired couple {P#1} and {P#2} are moving from {AUS} to {AUSL}. New phone {PHX}.",
)

MIXED = (
    "Hej {G#1}! Kan du kolla pension transfer för {P#2:f}? Client meeting on {DAYEN} kl {TIME}. Hon bor på {A}, mobile {PH}.",
    "Mötesanteckningar / meeting notes {DATE}\nKund: {P#1} ({PNRP})\nAdvisor: {P#2}\nAgenda: retirement age, ITP 2 vs ITP 1, drawdown från {FUND}.\nAction: send summary till {E#1}.",
    "Hi {G#1}, vi har fått in {Gs#2} ansökan om efterlevandepension. Can you verify the address, {AL}? Tack!",
    "@{g#1} heads up: {g#2} från payroll says ITP premiums for {R#3} missed i mars. ping me on {PH}",
    "FYI: {P#1} har flyttat sin pension till Avanza. Updated address {A}, phone {PH}. /{Gi#2}",
    "Subject: Pensionsflytt {REF}\nHi team, kunden {R#1:f} wants to move her tjänstepension from SEB to Nordnet. Please call her on {PH} before {DAYEN}. Best, {P#2}",
    "{g#1}: har du pratat med {n#2} om pension forecast?\n{g#2}: yes, she'll send it till {E#2} asap",
    "Retirement lunch för {P#1} på fredag kl {TIME}! Please RSVP till {P#2} ({E#2}). Gift collection via Swish {PH}.",
    "Hej {P#1}, thanks for the call! Som vi pratade om: your Swedish allmän pension can be paid to your UK account. Send the form to {BOX}. Mvh {P#2}, {PHF}",
    "Notes: {S#1:m} (client since 2012) plans to retire at {AGE}. Wife {G#2:f} works part time. Bor på {AR}. Risk profile: försiktig. Next step: bokat möte {DATE}.",
    "Kund {R#1}, {PNR}, {A}, requests uttag av premiepension från {DATE}. Bank details updated: {ACC}. Handled by {I#2}.",
    "From: {P#1} <{E#1}>\nTo: {EF}\nSubject: Änkepension / widow's pension\n\nHej, my husband {P#2:m} died {DATE}. Vi bodde på {AL}. What do I need to send? Regards, {G#1}, {PHX}",
    "Employer contributions check: {S#1} AB ({ORG}) har inte betalat premier för {P#2} och {P#3} since {DATE}. Escalate till Collectum, {PHF}.",
    "Hi {G#1}, quick update: {Ss#2:m} PPM-byte är klart, new fund {FUND}. Han vill ha bekräftelsen by post till {a}.",
    "Kundkort / client card\nName: {RU#1}\nPersonnummer: {PNR12}\nAddress: {AXL}\nPhone: {PHX}\nEmail: {E#1}\nNote: bor i Spanien sedan 2019, life certificate (levnadsintyg) varje år.",
    "@{g} kan du ringa {P:f} på {PH}? Hon undrar varför hennes pension payment är försenad.",
    "Possible complaint: {P#1:f} says the transfer value from Skandia var för låg. Hon bor på {STL}. Senior advisor {P#2} follows up {DAYEN}.",
    "Team, {P#1} går i pension {DATE}! Farewell fika i lunchrummet at {TIME}. Card to sign hos {G#2} i reception.",
    "Survivors' benefit / efterlevandeskydd: payout to {P#1} ({PNR}) and {P#2} (barn). Förmyndare {P#3}, {A}.",
    "Call log {DATE}: inkommande från {PHX}, {P#1:f} calling from abroad ({AX}) about her Swedish tjänstepension. Ask {Gi#2} to call back.",
    "Hej {N#1}! Got your message om pensionsprognosen. Let's meet {DAYEN} at {TIME} på kontoret, {ST}. /{G#2}",
    "Onboarding: {P#1} starts {DATE}, needs anmälan till ITP 1. Home address {A}. Manager {P#2}, {E#2}.",
    "{P#1} (HR) skrev: the new löneväxling template is ready. {P#2} and {P#3} want to sign up from {MONTHEN}.",
    "Kära kollegor, thank you for 35 fantastiska år! Now it's time for golf and barnbarn. Hälsa på oss: {AR}. Kram {N#1}",
    "Pension advice summary för {P#1} & {P#2}\nAddress: {AL}\nPhone: {PH}\nRecommendation: consolidate four tjänstepensioner, keep återbetalningsskydd på {Gs#1} policy.",
    "Ärendet gäller {P#1}, deceased {DATE}. Dödsboet represented by {P#2}, {CO}. Please send all korrespondens there.",
    "Hi {G#1}, du har ett missed call från {P#2:f} ({PH}) om hennes mammas bostadstillägg. She sounded stressed.",
    "{p#1}: vem har {s#2}s ärende? the client is calling from {PH} again\n{p#3}: jag tar det!",
    "Quick sync om {P#1}'s case: transfer to Futur Pension pending, waiting for signatur. Address on file {A}. Email {E#1}.",
    "Reminder: levnadsintyg för {P#1}, {AX}, due {DATE}. Phone {PHX}. Contact person in Sweden: {P#2}, {PH}.",
    "Kunden {P#1} asked: kan jag ta ut min tjänstepension while still working? Svar skickat till {E#1} med kopia till {P#2}.",
    "New beneficiary form från {P#1}: sambon {P#2} 100 %. Scanned and saved. Original skickas till {BOX}.",
    "Hej! I'm {G#1:f}, {Gs#2:m} dotter. Pappa is over 100 now and still gets his pension, personnummer {PNRO}. We moved him to {CARE}.",
    "Payroll issue: {P#1}s pensionsavsättning calculated on wrong salary. Lön {AMT} per månad, not {AMT}. Fix before {DATE}. /{P#2}",
    "Meeting w/ {P#1} and {P#2} from Alecta om the ITP migration. Ring {G#2} på {PHF} if you need the file.",
    "From: {P#1} <{E#1}>\nTill: {P#2} <{E#2}>\nÄmne: RE: retirement planning\n\nHej {G#2}! Vi kör på 64. Thanks for the great advice. {G#1}",
    "Slack #pension-ops: {g#1} » kan någon kolla {s#2}? wrong address again, should be {a}",
    "Kunden bor numera i UK: {AUL}. Ny telefon {PHX}. Old Swedish address {A} avregistrerad. /{P#1}",
    "Vi har fått en fullmakt från {P#1} for {P#2} to handle all pension matters. Verified by {I#3} {DATE}.",
    "Signature:\n{P#1}\nSenior Pension Advisor | Pensionsrådgivare\nRådgivningsbolaget Nord AB\n{STT}\nM: {PH} | E: {E#1}",
    "Hi all! PRO-föreningens nya contact list: {R}, {PH}; {R}, {PH}; {R#7}, {E#7}.",
    "Client {S#1:m} ringde again. His son {P#2:m} helps him, reach him på {PH} or {E#2}.",
    "Hej {G#1}, the employer {S#2} Bygg & Måleri AB has paid in {AMT} för fel person. Correct employee är {R#3}. Please rätta.",
    "Case {REF}: {U#1:f}, {PNR10}, widow of {P#2:m}. Omställningspension approved. Letter sent to {AR}.",
    "Notes from todays möte: {G#1} wants to retire abroad; current address {A}, future {AX}. Discussed skatt, SINK, pension abroad. Email {E#1}.",
    "Kan du book a pensionsmöte för {P#1:f} next {DAYEN}? She prefers mornings, nås på {PH}.",
    "{G#1} från kundtjänst: customer {P#2} says Pensionsmyndigheten has wrong address, {a}. Should be {A}.",
    "To: {P#1}\nCc: {P#2}\nHi, uppdaterad prognos attached. Inkomstpension {AMT}, premiepension {AMT}, tjänstepension {AMT} per month from age {AGE}. /{G#3}",
    "Address change / adressändring för {P#1}: new {AL}, old {AU}. Ring {G#1} på {PH} om något saknas.",
    "Kontaktperson (handläggare): {P#1}, {PHF}. Client ({P#2}) bor på {STN}, vill ha brev dit.",
)

NEGATIVES = (
    (
        "sv",
        "Pensionsbesked 2027: allmän pension 14 230 kr i månaden före skatt om du går vid 67 år. Inkomstpension 11 880 kr, premiepension 2 350 kr.",
    ),
    (
        "sv",
        "Riktåldern för pension är 67 år för den som är född 1961 eller senare. Garantipension kan tas ut tidigast vid 66.",
    ),
    (
        "sv",
        "Kontrolluppgift: utbetalt 186 400 kr, avdragen skatt 41 200 kr. Utbetalare Alecta pensionsförsäkring, ömsesidigt, org.nr 502014-6865.",
    ),
    (
        "sv",
        "Försäkringsnummer 4478-221-09, avtal ITP 2, premiebestämd del ITPK. Inbetalt under året: 38 412 kr.",
    ),
    (
        "sv",
        "Per månad blir det ungefär 600 kr mer om du skjuter upp uttaget ett år. Per år räknat är det 7 200 kr.",
    ),
    ("sv", "Bankgiro 5051-6858, OCR 7731002284519. Betala senast 2027-04-30. Belopp 1 245 kr."),
    (
        "sv",
        "PPM-fondtorget: AP7 Såfa, fondnummer 113035. Avgift 0,05 procent. Avkastning senaste fem åren 61,4 procent.",
    ),
    (
        "sv",
        "Ring Pensionsmyndighetens kundservice om du har frågor. Öppet vardagar 8–16, lunchstängt 12–13.",
    ),
    (
        "sv",
        "Bostadstillägget beräknas på boendekostnaden upp till 7 500 kr i månaden. Max 96 procent av kostnaden ersätts.",
    ),
    (
        "sv",
        "Omställningspension betalas i tolv månader. Barnpension betalas till och med juni det år barnet fyller 20.",
    ),
    (
        "sv",
        "Flytträtt finns för fribrev tecknade efter 2007. Flyttavgift högst 600 kr. Handläggningstid cirka 30 dagar.",
    ),
    (
        "sv",
        "Collectum administrerar ITP. Fora administrerar avtalspension SAF-LO. KPA Pension och SPV hanterar kommunal och statlig tjänstepension.",
    ),
    (
        "sv",
        "Sten, sax och påse avgjorde vem som skulle skriva protokollet på pensionärsföreningens styrelsemöte i Kungsholmen.",
    ),
    (
        "sv",
        "Klara sig på pensionen? Var tredje pensionär säger att det är svårt. Ros och ris till politikerna i enkäten.",
    ),
    ("sv", "RUT-avdrag och ROT-avdrag gäller även pensionärer. Max 75 000 kr per år för RUT."),
    (
        "sv",
        "Björk, ek och lind planterades när pensionärsboendet invigdes i maj. Bo kvar hemma längre, lyder kommunens mål.",
    ),
    (
        "sv",
        "Värdeutveckling Q3: Folksam LO Pension +3,2 %, AMF Aktiefond Global +4,1 %, SEB Pensionsfond −0,8 %.",
    ),
    (
        "sv",
        "Inkomstbasbeloppet för 2027 är 83 400 kr. Taket för pensionsgrundande inkomst är 7,5 inkomstbasbelopp.",
    ),
    (
        "sv",
        "Pensionärsskatteavdraget ger lägre skatt från det år du fyller 66. Kommunalskatt 32,4 procent i Sundsvall.",
    ),
    (
        "sv",
        "Ärende 2027-118442. Handlingar inkomna 14 mars. Beslut fattat 2 april. Överklagande senast 2 juni.",
    ),
    (
        "sv",
        "Sjöbacka och Tallåsen ligger utanför Kramfors. Pensionärsresorna går dit varje torsdag i juni.",
    ),
    (
        "sv",
        "Lärarnas pension, Handelsbanken Liv och Länsförsäkringar Fondliv har alla höjt garantiräntan till 1,5 procent.",
    ),
    (
        "sv",
        "Löneväxling lönar sig om lönen efter växling ligger över 8,07 inkomstbasbelopp, alltså över 56 087 kr i månaden.",
    ),
    (
        "sv",
        "Dag ett som pensionär: stig upp klockan sju ändå, koka kaffe, läs tidningen. Liv och lust i nya vanor.",
    ),
    (
        "sv",
        "Fastigheten Ängsbacka 2:7 ingår i bodelningen. Taxeringsvärde 1 840 000 kr. Lagfart sökt hos Lantmäteriet.",
    ),
    (
        "sv",
        "Utbetalning till konto 8105-9, 913 442 208-4, IBAN SE45 5000 0000 0583 9825 7466, BIC ESSESESS. Clearingnummer anges utan bindestreck.",
    ),
    (
        "sv",
        "Tjänstepension via ITP 1: 4,5 procent på lönedelar upp till 7,5 inkomstbasbelopp, 30 procent på delar över.",
    ),
    (
        "en",
        "Your State Pension is £221.20 a week from April. The triple lock raised it by 4.1 percent this year.",
    ),
    ("en", "Policy number PX-44821-09. Scheme reference S2207341. Annual management charge 0.45%."),
    (
        "en",
        "The Pensions Regulator fined the employer £4,000 for failing to auto-enrol staff. Appeal deadline 28 days.",
    ),
    (
        "en",
        "Scottish Widows, Legal & General, Aviva and Royal London all cut their annuity rates in March.",
    ),
    (
        "en",
        "Will I need to write a will before I retire? Grace periods apply to late contributions for up to 30 days.",
    ),
    (
        "en",
        "Penny for your thoughts: sterling fell 2% against the dollar, so pensions paid abroad are worth less.",
    ),
    (
        "en",
        "Bill payments, direct debits and standing orders continue after retirement. Mark the date in your calendar.",
    ),
    (
        "en",
        "Retirement age 66, rising to 67 between 2026 and 2028. Check your forecast online at any time.",
    ),
    (
        "en",
        "Vanguard and Fidelity both offer target-date funds. The 2040 fund holds 70 percent equities.",
    ),
    (
        "en",
        "A 401(k) hardship withdrawal may carry a 10% penalty before age 59½. Roth IRA contributions are capped at $7,000.",
    ),
    (
        "en",
        "Tax code 1257L. Emergency tax applies to the first lump sum. Reclaim it with form P55.",
    ),
    (
        "en",
        "Meet at the Costa del Sol office, Fuengirola, on Tuesday at 10:30. Bring your passport and bank statement.",
    ),
    ("en", "Hope and faith are not a retirement plan. Frank advice: start saving at 25, not 45."),
    (
        "en",
        "The defined benefit scheme closed to new members in 2009. Accrual rate 1/60th of final salary.",
    ),
    (
        "en",
        "Case 88120-B: transfer delayed by 14 working days. Reason code TV07. Escalated to team 3.",
    ),
    (
        "en",
        "Rose gold watch for 40 years of service, presented at the annual dinner in May. Guests: 120.",
    ),
    (
        "en",
        "Summer hours: the pensions helpline is open 9 to 5, Monday to Friday, closed on bank holidays.",
    ),
    (
        "en",
        "Cash lump sum, guaranteed annuity rate, protected tax-free cash: the glossary explains each term.",
    ),
    (
        "mixed",
        "Pensionsprognos updated: inkomstpension 12 400 kr, premiepension 1 900 kr, tjänstepension 8 700 kr per month.",
    ),
    (
        "mixed",
        "Reminder: ITP 1 premium är 4,5 % up to 7,5 IBB and 30 % above. Deadline för rättelser är 15 maj.",
    ),
    ("mixed", "FYI: Collectum's portal är nere mellan 18 och 22 ikväll due to maintenance."),
    (
        "mixed",
        "Team meeting tisdag 09.30 om PPM-fondtorget changes. Agenda: avgifter, fund closures, customer letters.",
    ),
    ("mixed", "Ärende 2027-55410: transfer value received, 412 300 kr. Case closed, arkiverat."),
    (
        "mixed",
        "Org.nr 556912-4470 för Pensionsrådgivning Syd AB. VAT number SE556912447001. Bankgiro 770-2231.",
    ),
    (
        "mixed",
        "Kan vi ta Q2-rapporten on Friday? Alecta, AMF och Folksam numbers are in the shared drive.",
    ),
    (
        "mixed",
        "Per the new policy, uttag före 55 år är inte tillåtet. Max uttag per år: 20 procent of the capital.",
    ),
    ("mixed", "Lunch and learn: Hur funkar bostadstillägg? Room Stockholm, plan 4, kl 12.00."),
    (
        "mixed",
        "Pensionsmyndigheten sent 1,2 miljoner orange kuvert this spring. Response rate 64 %.",
    ),
    ("mixed", "Summer is coming: semesterstängt vecka 29–31. Urgent ärenden via the shared inbox."),
    ("mixed", "Sterling och euro har gått upp, so pensions paid to Spain och Portugal are up 3 %."),
    (
        "mixed",
        "Will the new regler om flytträtt apply retroaktivt? Legal says nej, only from 1 juli.",
    ),
    (
        "mixed",
        "KPI för december: 2,3 %. Inkomstindex 1,041. Balanstalet över 1, no brake this year.",
    ),
    ("mixed", "Kvartalsrapport: 318 flyttärenden, 41 complaints, median handling time 11 dagar."),
    (
        "mixed",
        "Mark och skog i Norrland ingår i fondens portfölj. Real assets are a hedge mot inflation, says the CIO.",
    ),
)
