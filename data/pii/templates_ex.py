# ruff: noqa: E501
"""Templates for held-out EX (issue 15): builders, plumbers, electricians and renovation.

Written by EX's writer from general knowledge of the trade's paperwork and talk: quotes and
invoices with ROT deductions, site diaries, work orders and site meetings, subcontractors and
their crews, damp, radon, asbestos and inspection reports, permits, insurance claims, and
neighbours told of noisy works; in Swedish, English (the UK and the US) and mixed (Swedish and
English in one text, as Swedes write at work). Slots are filled by `generate_ex.py`:

    {P} full name, {p} lower case, {U} capitals, {F} with a middle name, {G}/{g} given name,
    {N}/{n} short form, {S}/{s} surname, {SU}/{GU} surname/given name in capitals, {I} initial and
    surname, {Gi} given name and initial, {R} `Surname, Given`, {RU} `SURNAME, Given`, {E} e-mail;
    `#1` names the same person again, `:f`/`:m` a woman or a man, a trailing `s` a Swedish
    genitive and a trailing `'` an English one (the ending outside the span).
    Addresses {A} {AL} {AR} {ARL} {STL} {ST} {SL} {SN} {V} {a} {BOX} {AU} {AUL} {au} {SNUK} {AUS}
    {AUSL} {SNUS} {AX} {AXL}; phones {PH} {PHF} {PHUK} {PHUKM} {PHUSA} {PHX}; {PNR} and {PNRO}
    personnummer; {EF} a firm's e-mail. The rest are no values: dates, times, amounts, numbers,
    property designations {FB}, housing cooperatives {BRF}, firms {FIRM} {FIRMEN}, org.nr, bankgiro,
    OCR and the like.

NEGATIVES are rows with no value at all, each used once: reference, order, case and account
numbers, amounts, dates, firms and agencies named after no person, places that are no address,
and everyday words of the trade that are also names, used as words.
"""

DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip

SV = (
    # quotes, order confirmations and ROT
    "Offert {REF} – badrumsrenovering\nKund: {P#1}, {A}\nTel: {PH}\nVi offererar rivning, tätskikt enligt Säker Vatten, kakel och klinker samt VVS-arbeten för totalt {AMT} inkl. moms, varav arbetskostnad {AMT} före ROT-avdrag. Offerten gäller 30 dagar.\nMed vänlig hälsning\n{P#2}, {FIRM}\n{PH} | {E#2}",
    "Underlag för ROT-avdrag\nKöpare 1: {P}, {PNR}\nKöpare 2: {P}, {PNR}\nFastighetsbeteckning: {FB}\nUtförandeadress: {A}\nArbetskostnad: {AMT}, begärt avdrag {AMT}.\nBetalas till bankgiro {BG}, OCR {OCR}.",
    "Hej {G#1}! För att vi ska kunna dra ROT-avdraget på fakturan behöver vi föreningens org.nr ({BRF}, {ORGB}) och lägenhetsnumret. Personnumret du gav oss, {PNR}, står redan i ordern. Arbetet utförs på {STL}.\nHälsningar {G#2}, {FIRM}",
    "Orderbekräftelse {REF}\nBeställare: {P}\nLeveransadress: {AL}\nOrdervärde: {AMT} inkl. moms\nMontör: {I}\nVi ringer dagen innan från {PHF}. Frågor? Mejla {EF}.",
    "Tack för förfrågan, {G}! Efter besöket hos er på {ST} i {DAY}s bedömer vi att takbytet tar {NUM} arbetsdagar. Pris {AMT} efter ROT. Ställning hyrs in från {S} Ställningar AB. Bekräfta gärna via mejl till {E#2} eller ring {PH}.\n/{P#2}",
    "ROT-avdrag nekat\nSkatteverket har inte godkänt begäran för köparen {P} ({PNR}) eftersom arbetet avsåg nybyggnation på {FB}. Utförare: {FIRM}, org.nr {ORG}. Handläggare {S}, telefon {PHF}.",
    "Offert {REF}\nTill: {R}\n{AL}\n\nByte av elcentral och jordfelsbrytare, dragning av ny matning till garage. Pris: {AMT} exkl. moms. Arbetet utförs av behörig elinstallatör {P}.\nVid frågor: {PH}",
    "Beställningsbekräftelse: Fönsterbyte hos {P} och {P}, {AR}. 14 fönster, {AMT} efter ROT. Kontaktperson på plats: {N}, {PH}. Montage v. {WEEK}.",
    "Ändringsbeställning (ÄTA) nr {NUM}\nBeställare {P#1} önskar flytta innervägg mellan kök och vardagsrum på {SL}. Tillkommande kostnad {AMT}. Godkänt av beställaren {DATE}, signerat {Gi#1}.",
    "Offerten skickas till {P#1}, {BOX}, med kopia till {E#1}. Gäller tilläggsisolering av vinden, {M} m².",
    # invoices and reminders
    "FAKTURA {REF}\n{FIRM}\n{BOX}\nOrg.nr {ORG}, F-skatt\n\nKund: {P#1}\n{AL}\nKundnr {NUM}\n\nByte av varmvattenberedare, {TIM} tim\nMaterial {AMT}\nAvgår ROT-avdrag −{AMT}\nAtt betala {AMT}\nBankgiro {BG}, OCR {OCR}",
    "{P}\n{AL}\n\n{TOWN} {DATE}\n\nBetalningspåminnelse\nFaktura {REF} avseende målning av fasad är fortfarande obetald. Vänligen betala {AMT} till bankgiro {BG} inom 10 dagar.\n{FIRM}, {PHF}",
    "Hej {G#1}, fakturan för elarbetet på {ST} är skickad till {E#1}. ROT-avdraget är fördelat 50/50 mellan dig och {G:f}. Ring {PH} om något inte stämmer. /{S}",
    "Kreditnota {REF} till {R}: felaktigt debiterad resa till {V}. Belopp {AMT}. Kontakta {P} på {PHF} vid frågor.",
    # site diaries and meetings
    "Byggdagbok {DATE}, projekt {REF}, {A}\nPå plats: {P}, {P}, {G} (UE el) och {P} (UE rör).\nVäder: regn på förmiddagen. Gjutning av platta avbruten {TIME}. Leverans av armering kvitterad av {I}. Platschef {S} informerad.",
    "Dagbok {DATE}\nArbetsplats: {SN}, etapp 2\nBemanning: {R}, {R}, {R}\nUtfört: formsättning av trappa, håltagning för ventilation.\nAvvikelse: {G} skar sig i handen, plåster och tillbudsrapport. Skyddsombud {P} meddelad.",
    "Byggmöte nr {NUM}, {DATE}\nNärvarande: {P} (beställare), {P} (projektledare), {P} (platschef), {P} (KA)\nFrånvarande: {I}\n§3 Tidplan: stomresning klar v. {WEEK}.\n§4 ÄTA: {Ss} förslag om ändrad takavvattning godkänns.\nNästa möte: {DAY} {TIME} i bodarna på {ST}.",
    "Startmöte, tillbyggnad {FB}\nByggherre: {P}, {PNR}, {A}\nEntreprenör: {FIRM}, ombud {P}\nKontrollansvarig: {P}, certifierad enligt PBL, tel {PH}\nByggnadsinspektör: {S}",
    "Veckorapport v. {WEEK}: Stambytet i trapphus B på {ST} följer tidplanen. {G} och {G} har kaklat i lägenheterna 1101–1103. Boendekontakt {P} har fått klagomål från {P} i {SL} om damm.",
    "Protokoll slutbesiktning {DATE}\nEntreprenad: tillbyggnad av fritidshus, {AR}\nBeställare: {P}\nEntreprenör: {S#2} Bygg & Snickeri AB, genom {P#2}\nBesiktningsman: {P}\nFel 1: Saknad fuktspärr under syll. Entreprenören åtgärdar senast {DATE}.",
    "Garantibesiktning {DATE} av radhusen på {SN}. Närvarande: {P} ({BRF}), {P} (entreprenör) och besiktningsman {P}. Anmärkningar i nr {NUM} och {NUM}: sprickor i puts.",
    # work orders, service and emergency
    "ARBETSORDER {REF}\nKund: {U}\nAdress: {A}\nTelefon: {PH}\nUppdrag: läckande blandare i kök, byte av avstängningsventil.\nTekniker: {P}\nTid: {TIM} h",
    "Jourärende {REF}, {DATE} {TIME}: Vattenläcka hos {P}, {STL}. Vattnet avstängt i källaren. Jourtekniker {G} ({PH}). Fastighetsägare {FIRM}, förvaltare {P}.",
    "Servicerapport värmepump\nKund: {R}\n{A}\nTekniker: {I}\nKöldmediet kontrollerat, filter bytt. Nästa service {DATE}. Vid fel ring {PHF}.",
    "Hej {G}! Din bokning hos {FIRM} är bekräftad: {DAY} {DATE} kl {TIME}. Vår tekniker {G:m} ringer från {PH} när han är på väg. Avboka på {EF}.",
    "Arbetsorder {REF}\nKUND: {RU}\nADRESS: {A}\nPORTKOD: 1234\nNYCKEL: hos grannen {P}, {SL}\nUPPDRAG: Byte av golvbrunn i tvättstuga.",
    "Felanmälan {REF}: Hyresgästen {P} på {STL} meddelar att elementen inte blir varma. Tel {PH}. Rörmokare {S} från {FIRM} bokad {DAY}.",
    "Brandskyddskontroll {DATE}: Eldstad och skorsten hos {P}, {AR}. Skorstensfejarmästare {S}. Anmärkning: sprickor i rökkanalen. Ny kontroll bokas via {PHF}.",
    # subcontractors and crews
    "Avtal med underentreprenör {REF}\nBeställare: {FIRM}, org.nr {ORG}, kontaktperson {P}\nUnderentreprenör: {S#1} El & Data AB, org.nr {ORG}, ansvarig {P#1}\nAdress: {BOX}\nArbetsplats: {A}\nElinstallation enligt bilaga. Ersättning {AMT} exkl. moms.",
    "UE-förteckning projekt {REF}\nMark: {FIRM}, kontakt {P}, {PH}\nEl: {S} Elektriska AB, kontakt {P}, {PH}\nVVS: {FIRM}, kontakt {P#1}, {E#1}\nPlåt: {S} Plåtslageri, {PH}",
    "ID06-kontroll {DATE} vid grinden på {ST}: {U}, {U}, {U} (saknade kort, avvisad) och {U}. Ansvarig: {I}.",
    "Utstationerad arbetstagare: {P}, född {BIRTH}, hemadress {AX}. Arbetsgivare: {FIRM}. Kontaktperson i Sverige: {P}, {PH}.",
    "Arbetslag 3 (gips och spackel): {P}, {P}, {P} (lagbas). Boende under projektet: {STL}. Lagbasen nås på {PHX}.",
    "Tidrapport v. {WEEK}\n{R}: 38 h, projekt {REF} ({SN})\n{R}: 40 h, projekt {REF}\n{R}: 12 h, sjuk {DAY}\nAttesteras av {I}",
    "Lönespecifikation {DATE}\nAnställd: {P}, {PNR}\n{AL}\nBruttolön {AMT}, traktamente {AMT}.\n{FIRM}",
    "Personalliggare {DATE} {TIME}: {P} ({PNR}), {P} ({PNR}), {P}. Byggarbetsplats: {A}.",
    # damp, radon, asbestos and inspections
    "Fuktmätningsprotokoll\nObjekt: {A}\nBeställare: {P}\nUtfört av: {P}, certifierad fuktsakkunnig\nDatum: {DATE}\nMätpunkt 1, krypgrund, syll norr: {RH} % RF vid {TEMP} °C\nMätpunkt 2, badrum mot dusch: fuktkvot {KVOT} %\nBedömning: risk för mikrobiell påväxt.",
    "Överlåtelsebesiktning av {FB}, {AR}\nSäljare: {P}, {PNR}\nKöpare: {P} och {P}\nBesiktningsman: {P}, {FIRM}, tel {PH}\nAnmärkningar: fuktfläck i källare, rötskadad vindskiva.",
    "Utlåtande efter okulärbesiktning\nFastighet: {FB}\n{ARL}\nUppdragsgivare: {P} (säljare) genom mäklare {P}\nDen {DATE} undersöktes källare och vind. Lukt av mögel i förrådet.",
    "Radonmätning {FB}, {AR}: årsmedelvärde {BQ} Bq/m³. Beställare {P}, {PH}. Mätningen utförd av {FIRM}.",
    "Materialinventering före rivning, {A}: asbest i golvmatta i kök. Provtagning utförd av {P}, {FIRM}, {DATE}. Sanering av {S} Sanering AB.",
    "Energideklaration utförd av {P}, certifierad energiexpert, för {FB} ({A}). Ägare: {P}. Energiklass E.",
    "Besiktning av våtrum {DATE}. Beställare: {P#1:f}, {SL}. Tätskiktet fotograferat och dokumenterat av plattsättare {P}. Intyg skickas till {E#1}.",
    "Intyg om egenkontroll – elinstallation\nInstallationsadress: {A}\nBeställare: {R}\nUtförd av: {P}, auktoriserad elinstallatör (AL), {FIRM}\nDatum: {DATE}",
    "Kontrollplan enligt PBL för {FB}\nByggherre: {P}, {PNR}\n{AL}\nKontrollansvarig: {P}, behörighet K, {PH}",
    # permits, neighbours and noise
    "Hej grannar på {SN}!\nVi renoverar köket hos familjen {S} i nr {NUM} under veckorna {WEEKS}. Bullrande arbeten sker vardagar {TSPAN}. Vid frågor, ring arbetsledare {P} på {PH}.\nTack för ert tålamod!\n{FIRM}",
    "Bullerinformation: Pålning på {ST} vecka {WEEK}. Frågor besvaras av {P}, {FIRM}, {PH}.",
    "Till boende i {ST}: Stambytet fortsätter. Hantverkarna från {FIRM} har nycklar. Kontakt: {P} ({PH}) eller fastighetsskötare {S} på {PH}.",
    "Byggnadsnämnden har tagit emot en ansökan om bygglov för tillbyggnad på fastigheten {FB}. Sökande: {P}, {A}. Grannar ges tillfälle att yttra sig senast {DATE}. Handläggare {P}, tel {PHF}.",
    "Grannemedgivande\nUndertecknad, ägare till {FB}, {A}, har tagit del av ritningarna för garage på grannfastigheten och har inget att invända.\n{P}\n{PNR}",
    "Till grannen på {ST}: Vi river vårt förråd på lördag, det kan bli lite oväsen. / {P} och {G}",
    "Lapp i tvättstugan: Vattnet stängs av {DAY} {TSPAN} för byte av stamventiler. Ansvarig: {P#1}, {FIRM}. Frågor till {E#1} eller {PHF}.",
    "Vi behöver tillträde till din lägenhet, {P}, på {STL} den {DATE} kl. {TSPAN} för byte av ventiler. Passar inte tiden, kontakta {P} på {PH}.",
    "Anmälan om störning: Sedan tre veckor borrar någon i huset på {A} från kl {TIME}. Anmälare: {P}, {PH}. Den som renoverar är enligt grannarna {P}.",
    "Informationsmöte om stambyte {DATE} kl {TIME} i föreningslokalen, {A}. Projektledare {P} ({FIRM}) och boendesamordnare {P#1} svarar på frågor. Anmälan till {E#1}.",
    "Evakueringslägenhet: {P} flyttar till {STL} under stambytet. Nytt nummer {PH}.",
    "Obs! Hunden Sixten är lös i trädgården hos {P}, {AR}. Ring {PH} innan ni går in på tomten.",
    # insurance and complaints
    "Skadeanmälan vattenskada\nFörsäkringstagare: {P}, {PNR}\nAdress: {A}\nDen {DATE} upptäcktes läckage från diskmaskinen. Rörmokaren {P} från {FIRM} kom samma kväll. Skadenummer {REF}. Skadereglerare {S}, {PHF}.",
    "Reklamation: Jag, {P}, {A}, anlitade {FIRM} för byte av tak. Hantverkaren ({P}) lämnade jobbet halvfärdigt {DATE}. Personnummer {PNR}. Telefon {PH}.",
    "Till Allmänna reklamationsnämnden\nAnmälare: {P}, {PNR}\n{AL}\nMotpart: {S} Bygg & Montage AB, {BOX}\nKrav: {AMT} för fuktskadat golv efter badrumsrenovering.",
    "Tillbudsrapport {DATE}: {P} (elektriker, {FIRM}) fick en stöt vid arbete i elcentral på {A}. Skyddsombud {P} meddelat. Arbetsledare {I}.",
    # e-mail, signatures and letters
    "Från: {P#1} <{E#1}>\nTill: {P#2} <{E#2}>\nÄmne: Sv: Offert takbyte {SN}\n\nHej {G#2}!\nVi kan börja måndag v. {WEEK} om ställningen kommer. {S} Ställningar har lovat leverans {DATE}.\nMvh {G#1}\n{PH}",
    "Från: {P#1} <{E#1}>\nSkickat: {DATE} {TIME}\nTill: {EF}\nÄmne: Fuktfläck i taket\n\nHej! Vi har en fuktfläck i sovrummet under badrummet hos grannen {S}. Adress: {A}. Nås på {PH}.\n/{G#1}",
    "Hej {P}!\nVi accepterar er offert {REF} för fönsterbyte på {A}. Startdatum {DATE} passar bra. Min man {G:m} är hemma på förmiddagarna.\nHälsningar {G:f}\n{PH}",
    "Mvh\n{P#1}\nPlattsättare, {FIRM}\n{PH}\n{E#1}",
    "Med vänliga hälsningar\n{F#1}\nProjektledare\n{FIRM}\n{BOX}\nVxl {PHF}, mobil {PH}\n{E#1}",
    "Nyckelkvittens\nJag, {P}, har mottagit 3 nycklar till {STL} av {P}, {FIRM}. Åter senast {DATE}.\nTel {PH}",
    "Kontaktlista, projekt {REF}\nBeställare: {P}, {PH}\nArkitekt: {P#1}, {E#1}\nKonstruktör: {I}, {PH}\nKA: {P}, {PH}",
    "{P#1}\nc/o {P}\n{AL}\n\nHej {G#1}, här kommer ritningarna för altanen. Bygglov behövs inte enligt kommunen. Ring {PH} om du har frågor.",
    "Välkommen på besiktning av ditt nya kök, {P}! Plats: {A}. Tid: {DAY} {TIME}. Vid förhinder: {PH}.",
    "Beställning till Byggmax i {TOWN}: 40 reglar 45x95, gips 13 mm. Leverans {DATE} till {A}. Mottagare {P}, {PH}. Kundnr {NUM}.",
    "Hyreskontrakt för byggbod: {FIRM} hyr ut bod nr {NUM} till {P}, placerad på {ST}. Hyra {AMT} per månad. Kontakt {PHF}.",
    "ANSÖKAN OM ANSLUTNING TILL KOMMUNALT VA\nEFTERNAMN: {SU#1}\nFÖRNAMN: {GU#1}\nPERSONNUMMER: {PNR}\nFASTIGHET: {FB}\nADRESS: {A}\nTELEFON: {PH}",
    "Blankett: Anmälan om installation av eldstad\nEfternamn: {S#1}\nFörnamn: {G#1}\nPersonnummer: {PNR}\nFastighet: {FB}\nAdress: {A}\nInstallatör: {P}, {FIRM}",
    "Beställare: {P:f}, {PNRO}, boende på {STL}. Dottern {P:f} är kontaktperson, tel {PH}. Arbetet gäller ledstänger och borttagning av trösklar.",
    "ROT-underlag: {P:m}, {PNRO}, {A}. Arbetskostnad {AMT}. Sonen {P:m} har fullmakt, {PH}.",
    # chat and texts
    "hej {g}! jag är försenad typ 20 min, står i kö vid infarten till {TOWN}. /{n}",
    "[{TIME}] {G#1}: kan någon hämta gipsskivor på Byggmax?\n[{TIME}] {G#2}: jag tar det, behöver nyckeln till {a}\n[{TIME}] {G#1}: @{g} har den",
    "hej, det är {g} i lägenheten under er. hur länge till ska ni borra?? bor på {a}",
    "{n}: morrn, är {n:m} på väg med skruvdragaren?\n{g}: han sitter fast i trafiken\n{n}: ok säg åt honom att hämta {gs} stege också",
    "hej! vi är {g} och {g} i nr {NUM}, vi ska bygga altan nästa vecka så det blir lite spik och såg. hör av er på {PH} om det stör!",
    "@{g} har du mätt upp fönstren hos {S}?\n– ja, måtten ligger i mappen. {N} vet mer",
    "{g}: glöm inte att beställa container till {a}\n{g}: redan fixat, ring {PHF} om de inte kommer",
    "Någon som kan rekommendera en bra elektriker i {TOWN}?\n– Ring {P:m}, han fixade vår elcentral. {PH}\n– Vi anlitade {S} El, {Gs:f} kille var jättebra.",
    "Tips! {P} i {TOWN} la om vårt tak för {AMT}, superproffsig. Numret: {PH}",
    "hej {g}, det är {g} från rörfirman. kommer imorgon kl {TIME} till {a}. mvh",
    "{G}: vi är klara med gipsen på {ST}, imorgon spacklar vi\n{G}: toppen, {G} kommer med material halv åtta",
    "Elektrikern {G:m} och hans lärling {G} drog nya ledningar i {Gs} hus på {SN}.",
    "Kabeln till {Gs} garage är dragen i rör. {P} kopplar in laddboxen {DAY}.",
    "★★★★★ {G} och {G} från {FIRM} renoverade vårt badrum på två veckor. – {Gi}, {TOWN}",
    "Markarbeten hos {S} på {AR}: grävning för dränering, {M} meter. Maskinist {G} ({PH}).",
    "{ns} pappa kan lägga klinker, fråga honom! bor på {a}, tel {PH}",
    "Vi har flyttat kontoret! Ny adress: {BOX}. Telefon {PHF}. Välkomna önskar {P} och {P}.",
    "Solcellsofferten: {NUM} paneler och växelriktare hos {P}, {AR}. Grönt avdrag {AMT}. Säljare {P#1}, {PH}, {E#1}.",
    "Avvikelserapport {REF}: Fel dimension på avloppsrör levererat till {ST}. Rapporterat av {P}. Inköpare {Gi} kontaktar grossisten.",
    "Vår snickare {F} har fått diplom från Byggföretagen. Grattis från alla på {FIRM}!",
    "Vi var hos {Ps} i går och mätte upp badrummet på {SL}. {Gs#1} önskemål: dusch utan kant, golvvärme. /{N}",
    "det är {p} från {FIRM}, ringer om offerten imorgon. nås på {PH}",
    "Hej! {Ns} firma la om vårt tak förra sommaren, kan verkligen rekommenderas. Ring {PH} och hälsa från {G}.",
    "Kan {N} ta {Ss} jobb på {a}? Jag och {n} sitter fast hos {S} till fredag.",
    "ROT-begäran\nKöpare: {F}, {PNR}\nUtförare: {FIRM}, {ORG}\nArbetet utfört på {A} under veckorna {WEEKS}.",
    "Undertecknad {F} ger härmed {P} fullmakt att företräda mig vid slutbesiktningen av {STL}.\n{TOWN} {DATE}",
    "Anteckning från rörmokaren: {Ps} diskmaskin läcker igen, samma koppling som förra gången. Kontakta {Gs:f} man {G:m} på {PH}.",
    "Lagbasen ({N}) har nycklarna till {SL}. Elektrikern ({G}) kommer först efter lunch. Ring {PH} om porten är låst.",
    "Besiktningsmannen ({P}) noterade att fallet mot golvbrunnen är för litet hos {S} på {ST}. Åtgärd: plattsättaren ({G}) river och gör om.",
)

EN = (
    # quotes, estimates and invoices
    "QUOTATION {REF}\nClient: {P#1}\n{AUL}\nTel: {PHUK}\nScope: strip out and refit bathroom, first-fix plumbing, tiling; electrics by our NICEIC-registered sub.\nTotal: {GBP} incl. VAT. Quote valid 30 days.\n{P#2}\n{FIRMEN}\n{E#2}",
    "ESTIMATE #{NUM}\n{S#1} Remodeling LLC\n{AUS}\nLic. {LIC}\nPrepared for: {P}, {AUS}\nKitchen remodel, cabinets and quartz tops: {USD}. 50% deposit on signing.\nQuestions? Call {N#1} at {PHUSA}.",
    "INVOICE {REF}\nBill to: {R}\n{AUL}\nLabour: 3 days @ {GBP}\nMaterials: {GBP}\nTotal due: {GBP}\nPay to sort code {SORT}, account {ACCT}. Thank you!\n{FIRMEN} | {PHUK}",
    "Change Order #{NUM}\nProject: {AUS}\nOwner: {R}\nDescription: add six recessed lights in the family room.\nAdditional cost: {USD}\nApproved by {P} on {DATEEN}.",
    "Hi {G}, thanks for having us round on {DAYEN}. As discussed, the loft conversion at {AU} comes to {GBP} plus VAT. Building Control fees are extra. Any questions, ring me on {PHUK}.\nCheers, {N}",
    "We're happy to go ahead with {G'} quote for the rear extension. Please send the contract to {E#1}. – {P#1}, {AU}",
    "Dear {P},\nPlease find attached our tender for the re-roofing of {AU}. Our contracts manager, {P}, will be your point of contact ({PHUK}).\nYours sincerely,\n{P}\nDirector, {FIRMEN}",
    # site diaries, meetings, snagging
    "Site diary – {DATEEN}\nSite: {AU}\nOn site: {P} (site manager), {P}, {P} (groundworks, {FIRMEN}), {G} the sparky\nDelivery: 40 bags of cement, signed for by {I}.\nBuilding Control visit by {P} – footings approved.",
    "Daily log {DATEEN} – {AUS}\nCrew: {R}, {R}, {R}\nWork: framed second-floor walls, set trusses.\nSafety: {G} reported a near miss with the nail gun. Superintendent {S} notified.",
    "Snagging list – Plot {PLOT}, {AU}\nBuyer: {P}\n1. Door to en-suite sticks\n2. Grout missing behind WC\n3. Scuff on landing skirting\nInspected by {P} ({FIRMEN}). Contractor rep: {S}.",
    "Punch list – {AUS}\nHomeowner: {P}\nGC: {P}, {PHUSA}\n- touch-up paint in hallway\n- re-caulk master tub\n- adjust garage door\nSigned off: {I}, {DATEEN}",
    "Site meeting no. {NUM}, {DATEEN}\nPresent: {P} (client), {P} (architect), {P} (QS), {P} (site manager)\nApologies: {I}\nItem 4: {S'} proposal for the drainage run accepted.",
    "Timesheet w/e {DATEEN}\n{R} – 42 hrs – {SNUK} job\n{R} – 38 hrs\n{R} – 16 hrs (off sick Thu)\nApproved: {Gi}",
    # damp, inspection, certificates
    "DAMP AND TIMBER SURVEY\nProperty: {AUL}\nInstructed by: {P} (vendor), via agents {FIRMEN}\nSurveyor: {P}, CSRT\nFindings: rising damp to front elevation; wet rot in joist ends beneath the bay.",
    "Home Inspection Report\nClient: {P}\nProperty: {AUSL}\nInspector: {P}, license {LIC}\nBuyer's agent: {P}, {PHUSA}\nSummary: roof covering near end of life; GFCI protection missing in kitchen.",
    "Electrical Installation Certificate\nClient: {P}\nInstallation address: {AU}\nDesigner/installer: {P}, {FIRMEN}\nNext inspection recommended in 10 years.",
    "Gas Safety Record: Landlord {P}, {AUL}. Tenant {P}. Engineer {P}, Gas Safe ID {NUM}. Next check due {DATEEN}.",
    "Radon test results for {AUS}: 5.2 pCi/L. Homeowner {P} advised to install mitigation. Contact {P} at {PHUSA}.",
    "Asbestos survey for {AU}: chrysotile found in the garage roof sheets. Surveyor: {P}. Removal by {S} Environmental Ltd, licence {LIC}.",
    # permits, neighbours and noise
    "PARTY WALL ETC. ACT 1996 – NOTICE\nTo: {P}, owner of {AU}\nFrom: {P} and {P}, {AU}\nWe intend to cut into the party wall to insert steel beams, starting on or after {DATEEN}. Our surveyor is {P}, MRICS, of {FIRMEN}, tel {PHUK}.",
    "I/We {P} and {P}, of {AUL}, consent to the works described in the notice dated {DATEEN}.",
    "Dear neighbour,\nWe're having a loft conversion done at no. {NUM}. {S} Scaffolding will put up the scaffold on {DAYEN}. Noisy work will be 8am–5pm weekdays only. If you have any concerns, call {G#1} on {PHUK} or email {E#1}.\nThanks, {G#1} and {G}",
    "Heads up from the HOA: the roof replacement at {AUS} starts {DAYEN}. Crews on site 7am–6pm. Contact {P}, project manager, at {PHUSA} with any complaints.",
    "BUILDING PERMIT APPLICATION\nOwner: {P#1}\nProperty address: {AUS}\nContractor: {S} & Sons Construction LLC, license {LIC}\nPhone: {PHUSA}\nEmail: {E#1}\nScope: kitchen remodel, relocate gas line.",
    "Dear Mrs {S:f},\nRe: Planning application {REF} at {AU}\nYour neighbour {P} has objected on grounds of overlooking. The case officer is {P#1} ({PHUK}, {E#1}).",
    "Hi {G}, the drilling next door at no. {NUM} started at 7.15 this morning again. Could you ask your builders ({FIRMEN}) to stick to 8am? Thanks, {P}, {AU}",
    "Scaffold licence application\nApplicant: {P}\nCompany: {FIRMEN}\nSite: {AU}\nDates: {DATEEN} – {DATEEN}\n24h contact: {PHUK}",
    "Keys left with {P} at {AU} – ring {PHUK} if no answer.",
    # e-mail and letters
    "From: {P#1} <{E#1}>\nTo: {P#2} <{E#2}>\nSubject: RE: boiler service\n\nHi {G#2},\nOur Gas Safe engineer {P:m} can come {DAYEN} at {TIME}. He'll need access to the loft.\nCheers,\n{N#1}",
    "From: {P#1} <{E#1}>\nSent: {DATEEN}\nTo: {P#2}\nCc: {P#3} <{E#3}>\nSubject: Drawings rev C\n\n{G#2}, rev C attached – the steel over the kitchen opening is now a 203 UKB. {G#3}, please price it up.\n{G#1}",
    "{P#1}\n{AUL}\n\n{DATEEN}\n\nDear {P},\nI am writing about the damp that has come back in our front room since your firm tanked the cellar. Please call me on {PHUK}.\nYours faithfully,\n{P#1}",
    "To whom it may concern: {P:m} worked for us as a joiner from 2019 to 2024 and we would recommend him without hesitation.\n{P}, Director, {FIRMEN}, {AU}",
    "Claim {REF}: escape of water at {AU}. Policyholder: {P}. Loss adjuster: {P}, {PHUK}. Contractor appointed: {S} Restoration Ltd.",
    "Subcontractor details\nName: {P#1}\nTrading as: {S} Plastering\nUTR: {UTR}\nAddress: {AU}\nMobile: {PHUKM}\nEmail: {E#1}",
    "Form W-9\nName: {P}\nBusiness name: {S} Drywall\nAddress: {AUS}\nEIN: {EIN}",
    "Tenant {P} reported mould in the bathroom at {AU}. Landlord {P} has booked {FIRMEN} for {DAYEN}. Tenant's number: {PHUK}.",
    "ECO4 eligibility: Householder {P}, {AU}. Installer: {FIRMEN}. Assessor: {I}.",
    "Emergency contact for our tiler {P}: {P}, {AX}, {PHX}.",
    "Best regards,\n{F#1}\nSenior Estimator | {FIRMEN}\n{AUS}\nO: {PHUSA} | M: {PHUSA}\n{E#1}",
    # chat, texts and reviews
    "{g}: running 15 late, van won't start\n{g}: no worries, key's under the mat at {au}",
    "{n}: mate the plumber's not turned up\n{n}: told you, ring {S'} lad {G}, {PHUK}",
    "Hey {g} this is {g} w/ {S} Electric, panel upgrade at your place on {SNUS} is set for {DAYEN}. Power will be out about 4 hrs.",
    "Five stars for {P} of {FIRMEN} – rewired our terrace in {TOWN} in three days. Would recommend! – {Gi}",
    "Anyone know a good plasterer near {SNUK}? {G} recommended {P:m} ({PHUKM}) but he's booked up till {DATEEN}.",
    "Hi {G}, it's {G} from {FIRMEN}. Just confirming your appointment {DAYEN} at {TIME}. Reply STOP to opt out.",
    "@{g} did you order the skip for {SNUK}? {G} says the one at {au} is full",
    "I hired {P:m} of {S} Roofing to fix a leak at {AUS}. He took a {USD} deposit and never came back. His number is {PHUSA}.",
    "Handyman available – drywall, tile, decks. Call {G} {PHUSA}. Serving the {TOWN} area.",
    "Our crew lead {P} can be reached on {PHX} (WhatsApp). Site: {AU}.",
    "Renovation of our holiday flat at {AX}: contractor {P}, {PHX}. Keys with {P}.",
    "{G}: sparky says the consumer unit at {G'} place needs swapping\n{G}: fine, tell {Gi} to price it",
    "{P'} kitchen at {AU} is finished – photos attached. Final sign-off with {N} on {DAYEN}.",
    "Can you pop round to {N':f} at {au} and bleed the radiators? She's in after 3.",
    "hey it's {p}, the electrician – running late, be there by {TIME}. my mobile is {PHUKM}",
    "Client: {F}\nSite: {AUSL}\nSuperintendent: {N} ({PHUSA})\nNotes: {S'} dog must be kept inside during demo.",
    "The site manager ({P}) will meet Building Control at {AU} on {DAYEN}. The client ({G:f}) would like to be there too – her number is {PHUKM}.",
)

MIXED = (
    "Hej {G}! Quick update från site: gjutningen är done, men {S} från {FIRM} säger att vi måste vänta tre dagar innan vi belastar. Ring mig på {PH}. /{G}",
    "From: {P#1} <{E#1}>\nTo: {P#2}\nSubject: Offert kontorsombyggnad {SN}\n\nHi {G#2}, bifogar vår quote. ROT gäller inte för företag, så totalen blir {AMT} ex moms.\nBest, {G#1}",
    "{g}: har du checkat fuktvärdena i källaren på {a}?\n{g}: yes, {RH} % RF, not good\n{g}: ok ring {P:f}, hon är fuktexpert: {PH}",
    "Team för projekt {REF} ({A}):\n- PM: {P}\n- Site manager: {P}\n- Electrician: {P} ({PHX})\n- Plumber: {P}, {PH}",
    "Hi {G}, jag och {G} kommer imorgon 7:00. We need the code for the door at {ST}. Thanks, {P}",
    "Byggmöte / site meeting {DATE}\nAttendees: {P} (client), {P} (architect, London), {P} (platschef)\nAction: {I} to send updated drawings by {DAY}.",
    "[{TIME}] {P}: Kan någon ta snag listen hos {S} på {a}?\n[{TIME}] {P}: on it 👍",
    "Best regards / Med vänliga hälsningar\n{P#1}\nProject Manager, {FIRM}\n{BOX}\nMobile: {PH}\n{E#1}",
    "Hi! We just moved to {A} from {TOWNEN}. Vi behöver en elektriker som kan byta uttag och dra kabel till bastun. Kan ni komma {DAY}? Regards, {P}, {PH}",
    "Till grannarna / To our neighbours on {SN}: Vi river vår altan {DAYR}. There will be some noise 8–17. Frågor? Ring {G} på {PH}. /{S}, nr {NUM}",
    "Pre-purchase inspection (överlåtelsebesiktning)\nProperty: {FB}, {AR}\nBuyer: {P} (relocating from {TOWNEN})\nInspector: {P}, {FIRM}\nFindings: krypgrund {RH} % RF, risk for mould.",
    "{n}: fixade du ROT-grejen för {gs:m} jobb?\n{n}: yes, skickade hans personnr {PNR} till Skatteverket",
    "{G}: Labas! vi är klara med gipsen på {ST}, tomorrow we start spackling\n{G}: super, {G} kommer med material 7.30",
    "From: {P#1} <{E#1}>\nTo: {EF}\nSubject: RE: Offert tillbyggnad\n\nHej! Thanks för offerten. My wife {G:f} and I would like to move the window to the gable. Vår adress är:\n{AL}\nBest, {G#1}",
    "Vi söker en erfaren elektriker (English speaking OK). Skicka CV till {P#1}, {E#1}, eller ring {PH}.",
    "Fuktmätning / moisture survey\nClient: {R}\nAddress: {A}\nMeasured by: {P}\nReadings: fuktkvot {KVOT} % i syllen, {RH} % RF i krypgrunden.",
    "Case {REF} – läcka under diskbänk\nReported by: {P} ({PH})\nAssigned to: {G}\nStatus: in progress, rörmokare on site {TIME}",
    "Hej alla på {SN}! FYI the builders at nr {NUM} will block the road {DAY}. Kontakta {P} om ni behöver ut med bilen: {PH}",
    "INVOICE / FAKTURA {REF}\nTo: {P}\n{AUL}\nFor: renovering av sommarstuga, {AR}\nAmount: {EUR}\nIBAN SE45 5000 0000 0583 9825 7466",
    "@{g} can you ring {S} on {PH}? Han svarar inte på mejl.",
    "Inbjudan: Slutbesiktning {A}\nWhen: {DAY} {TIME}\nOrganizer: {P#1} <{E#1}>\nAttendees: {P}; {P}; {P}",
    "Dear {P}, tack för förfrågan! We can offer ROT deduction om du beskattas i Sverige – we just need your personnummer and the address of the property.\n{P}, {FIRM}, {PHF}",
    "Reply: Personnummer {PNR}, address {A}. My husband {P:m} is co-owner, his is {PNR}. Thanks! {G:f}",
    "Does anyone have a good rörmokare i {TOWN}?\n– {P} fixed our drain last week, {PH}\n– +1 för {G}!",
    "Site diary {DATE}\nWeather: sunny, 18°C\nOn site: {P}, {P}, {P} (UE, {FIRM})\nIncidents: none. Leverans av plywood signed by {I}.",
    "Inflyttningsbesiktning / move-in inspection, {STL}\nTenant: {P}\nLandlord rep: {P}\nNotes: scratch på parketten i hallen, kran droppar.",
    "Oferta / Offert: kakelsättning 12 m², {AMT}. Kontakt: {P#1}, {PHX}, {E#1}. Adress för jobbet: {A}",
    "{g}: what's the address again?\n{g}: {a}, ring på hos {s}",
    "Call notes: {P} (Göteborg office) and {P} (London) agreed to use {S} Bygg for the fit-out on {SN}.",
    "{P#1}\nSenior Site Engineer | Platsingenjör\n{FIRM}\n{A}\nT: {PHF} | M: {PH}\n{E#1}",
    "Hi {G}, laddboxen är installerad hos er på {A}. Remember to register it with the grid company. //{G}",
    "Nyckeln ligger hos grannen {P} i {SL} – just knock!",
    "Weekly report v. {WEEK}: {G} and {G} finished the tiling in lgh 1203, {P} from {FIRM} started on the electrics. Klagomål från {P} ({PH}) om damm i trapphuset.",
    "Subcontractor list / UE-lista\nGroundworks: {FIRM}, {P}, {PH}\nRoofing: {S} Tak AB, {P}, {PHX}\nScaffolding: {FIRM}, {EF}",
    "Kan du skicka ritningarna till {P#1}? Hen är our structural engineer, {E#1}. Adress: {BOX}.",
    "Expat client: {P:m}, {A}. Prefers English. Wife {P:f} speaks Swedish. Best time to call {PH} is after 17.",
    "Hej {G}! The damp report för {FB} är klar, se bifogat. Kort sagt: {RH} % RF under golvet, avfuktare needed. /{P}, {FIRM}",
    "Överlämning / handover {DATE}: Keys to {STL} handed to {P} by {P}. Manuals för värmepumpen are in the kitchen drawer.",
    "Slack #projekt-{WEEK}: {G} har lagt upp bilder från {ST}. {P}, can you check the fire stopping?",
    "Uppdatering från {G}: the plumber ({P}, {PHX}) can't come until {DAY}, så badrummet blir försenat.",
    "Quote accepted! Kunden {P#1} på {AR} vill starta v. {WEEK}. Deposit {AMT} betald. Contact {E#1}.",
    "Meddelande till {RU}: your permit application (bygglov) för {FB} is approved. Handläggare {P}, {PHF}.",
    "{N} said the sparky ({G}) wants the elcentral moved to the hallway at {a}",
    "Hej! Vi bor på {AUL} men har ett fritidshus i Sverige, {ARL}. Need someone to check the roof after the storm. {P}, {PHUK}",
    "Worker registration (personalliggare) {DATE}: {P} {PNR}, {P} {PNR}. Site: {A}.",
    "Kund {P} (prefers English) klagar på bullret från grannens ombyggnad på {ST}. Grannen heter {P}. Ring tillbaka på {PH}.",
    "Hey team, {Ps} birthday fika i bodarna {DAY} {TIME}! Ta med er något. /{N}",
    "Thank you {G} och {G} för fantastiskt jobb med köket på {ST}! Highly recommend {FIRM}. – {P}",
    "Note från besiktningen: {P} (inspector) found cracks i grunden vid {ST}. Entreprenörens ombud {P} informed, {PHX}.",
    "Hej {g}! the tiles are here, ligger i garaget hos {s}. /{g}",
    "{Ns} team är klara med the roof on {SN}. Next stop: {Ss} garage på {a}.",
    "Tell {N} att {Ss} badrum needs another coat of tätskikt innan {G} kan kakla.",
    "hej {p}! it's {g} from the tiling firm, vi kommer {DAY} kl {TIME}. ok?",
    "Minutes / protokoll: {F} (ordförande, {BRF}) opened the meeting. {P} ({FIRM}) presented the stambyte plan. {Ps} question about parking was noted.",
)

NEGATIVES = (
    (
        "sv",
        "Offert {REF}: byte av takpannor, 180 m². Pris {AMT} inkl. moms. ROT-avdraget är 30 % av arbetskostnaden. Giltig till {DATE}.",
    ),
    ("sv", "Byggmax i {TOWN} har rea på tryckimpregnerat virke 45x95 till och med {DATE}."),
    (
        "sv",
        "Arbetsorder {REF} stängd {DATE} kl {TIME}. Totalt {TIM} timmar, material {AMT}. Kundnummer {NUM}.",
    ),
    (
        "sv",
        "Mätpunkt 3 visade {KVOT} % fuktkvot i syllen. Gränsvärdet för mögelrisk ligger kring 17 %. Ny mätning {DATE}.",
    ),
    (
        "sv",
        "Sten, grus och makadam levereras med kranbil. Björk, ek och ask finns som parkett i lager, lind och al på beställning.",
    ),
    (
        "sv",
        "Per kvadratmeter blir det {AMT} för klinker och fix. Mark och grund ingår inte i priset.",
    ),
    (
        "sv",
        "Skatteverket betalar ut ROT-avdraget inom några veckor. RUT gäller städning och trädgård, inte bygg.",
    ),
    (
        "sv",
        "Säker Vatten-auktorisation krävs för våtrumsarbeten. Branschreglerna finns hos Säker Vatten AB och BKR.",
    ),
    (
        "sv",
        "Bygglovet för fastigheten {FB} beviljades av byggnadsnämnden i {TOWN} {DATE}. Startbesked väntas v. {WEEK}.",
    ),
    (
        "sv",
        "Stig in och titta på utställningen av köksluckor i vår butik i {TOWN}, öppet vardagar {TSPAN}.",
    ),
    (
        "sv",
        "Klara badrummet på en vecka? Nej, räkna med tre till fyra veckor inklusive torktid för tätskiktet.",
    ),
    (
        "sv",
        "Vi tar inga nya fasaduppdrag mellan december och februari. Order {REF} levereras vecka {WEEK}.",
    ),
    (
        "sv",
        "Elektroskandia och Rexel har olika leveranstider på kabel. Beställ EKK 3G2,5 i god tid.",
    ),
    ("sv", "Bo kvar under renoveringen går bra, men vattnet stängs av {DAY} {TSPAN}."),
    (
        "sv",
        "Fiskbensparkett i ek, 14 mm, {AMT} per m². Lister i furu. Rosetter i gips finns i tre storlekar.",
    ),
    (
        "sv",
        "Elsäkerhetsverket registrerar alla auktoriserade elinstallatörer: auktorisation AL, B eller D.",
    ),
    ("sv", "Anticimex hittade inga spår av fukt i krypgrunden. Rapport {REF} skickas per post."),
    (
        "sv",
        "Containern på 10 kubik hämtas {DAY}. Sortera trä, gips, metall och brännbart var för sig.",
    ),
    (
        "sv",
        "Byggstart {DATE}, färdigställande {DATE}. Vite {AMT} per vecka vid försening enligt ABT 06.",
    ),
    (
        "sv",
        "Tätskiktet från Kiilto och fästmassan från Mapei ska vara ur samma system. Se monteringsanvisning nr {NUM}.",
    ),
    ("sv", "Värmepumpen från Nibe ger 8 kW. Energibrunnen borras till {M} meters djup."),
    (
        "sv",
        "Vi skickar fakturan med bankgiro {BG}, OCR {OCR}. Organisationsnummer {ORG}. Momsreg.nr SE55{ACCT}01.",
    ),
    (
        "sv",
        "Gran eller lärk till fasaden? Lärken gråar fint men kostar {AMT} mer. Sågat virke från Norrland.",
    ),
    ("sv", "I Västerås och Eskilstuna har vi jour dygnet runt med fast pris på avloppsspolning."),
    (
        "sv",
        "Ström bryts i hela huset {DAY} kl. {TSPAN} när elnätsbolaget byter mätare. Berget bakom tomten sprängs i maj.",
    ),
    (
        "sv",
        "Brf-stämman beslutade om stambyte för {AMT}. Föreningens lån hos Swedbank tas upp i höst.",
    ),
    (
        "en",
        "Quote {REF}: supply and fit 24 m² of porcelain tiles, {GBP} inc. VAT. Valid until {DATEEN}.",
    ),
    (
        "en",
        "Will the skip need a permit if it sits on the road? Yes – the council charges per week.",
    ),
    (
        "en",
        "Mark out the chase for the cables before you drill, and keep it 150 mm from the corner.",
    ),
    ("en", "Bill of quantities rev. B attached. Grant funding covers 40% of the insulation cost."),
    (
        "en",
        "Screwfix and Toolstation both stock 2.5 mm twin and earth. Order number {REF}, collect from {TIME}.",
    ),
    (
        "en",
        "Building Control signed off the extension on {DATEEN}. Completion certificate {REF} to follow.",
    ),
    ("en", "The mason laid 400 bricks today. Sandy soil at the rear means deeper footings."),
    ("en", "Gas Safe Register number {NUM}; NICEIC enrolment number {ACCT}."),
    (
        "en",
        "Penny-pinching on the damp proof course will cost more later. Budget {GBP} for the survey.",
    ),
    (
        "en",
        "Permit {REF} issued by the City of Portland Bureau of Development Services on {DATEEN}.",
    ),
    ("en", "Rose gold taps are back in stock. Order {REF}, delivery {DAYEN}, {TSPAN}."),
    (
        "en",
        "Drew up the schedule of works: strip-out Monday, first fix Tuesday to Thursday, plaster Friday.",
    ),
    (
        "en",
        "Dawn starts on site make sense in summer, but the noise rules say no power tools before 8am.",
    ),
    ("en", "Carpenter ants were found in the sill plate. Treatment quote: {USD}."),
    (
        "en",
        "Homebase and B&Q sell the same plasterboard at different prices; Selco is cheaper for trade.",
    ),
    ("en", "Invoice {REF} due in 30 days. Sort code {SORT}, account {ACCT}. VAT reg. GB {ACCT}1."),
    (
        "en",
        "The Environment Agency flood map puts the site in Zone 2, so the floor level goes up 300 mm.",
    ),
    (
        "en",
        "Ivy on the gable wall has pulled the pointing out; Victorian lime mortar needs a soft mix.",
    ),
    ("sv", "Kakel i 30x60, fog i grått. Holmen? Nej, det är på andra sidan sjön, vi tar färjan."),
    (
        "mixed",
        "Offert {REF} – quote for bathroom renovation, {AMT} inkl. moms. ROT deduction applies to labour only.",
    ),
    ("mixed", "Kan vi köra site meeting {DAY} {TIME}? Agenda: tidplan, ÄTA-lista, snag list."),
    ("mixed", "Skatteverket says ROT is 30% of the labour cost, max 50 000 kr per person och år."),
    (
        "mixed",
        "The damp reading was {RH} % RF i krypgrunden. Avfuktare installerad, ny mätning in two weeks.",
    ),
    ("mixed", "Ordernummer {REF}: 12 pallar Gyproc, delivery {DATE}, {TSPAN}."),
    ("mixed", "Sten och grus – stone and gravel – levereras med kranbil {DAY}."),
    ("mixed", "Will it be ready before midsommar? Ja, om plåtslagarna kommer v. {WEEK}."),
    ("mixed", "Invoice {REF} / faktura: betala till bankgiro {BG}, OCR {OCR}. Due {DATE}."),
    ("mixed", "Vi har bokat en saxlift från Ramirent, hire no. {REF}, {AMT} per dag."),
    ("mixed", "Mark the holes first, sen borrar vi. Markarbetet är klart sedan {DATE}."),
    ("mixed", "Säker Vatten certificate needed för badrummet; vi har auktorisation nr {NUM}."),
    ("mixed", "Björk eller ek? Oak is nicer but björk is cheaper per m²."),
    ("mixed", "Arbetstid 7–16, no work on röda dagar. Fika 9.00, lunch 11.30."),
    ("mixed", "Kan någon bring the laser level? It's in container 3 vid grinden."),
    ("mixed", "Weekly report v. {WEEK}: 3 ÄTA approved, 2 pending, total {AMT}."),
    ("mixed", "Bygglov approved för {FB}! Startbesked expected {DATE}."),
    ("mixed", "Per m² it's {EUR} for the Italian tiles, delivered till Göteborg."),
)
