# ruff: noqa: E501
"""Templates of held-out DN (issue 15): money. Banks, loans and mortgages, debt collection and the
enforcement authority (Kronofogden), household finances; Swedish, English and mixed (Swedish and
English in one text, as Swedes write at work), and negatives without any value.

Slots: `{FORM}` or `{FORM#n}` (the same person again) or `{FORM:f}`/`{FORM:m}` (a woman, a man).
Person forms (see `generate_dn.person_segments`): P p U F G g N n GU S s SU I Gi R RU E, with a
trailing `s` for a Swedish genitive and `'` for an English one (the ending outside the value).
Value fillers: A AL AR ARL ALGH ASE ST STN a BOX BOXL AU AUL au AUS AUSL AX AXL (addresses), PH
PHM PHL PHF PHX PHUK PHUKF PHUS (phones), PNR PNRO (personnummer; PNRO past a hundred), FE FEEN
(firms' e-mail). Everything else is a look-alike with no value: dates, times, amounts, rates,
account, bankgiro, OCR, IBAN, case, invoice, loan and card numbers, firms and towns.
"""

from __future__ import annotations

# Swedish: banks, loans, debt collection, the enforcement authority and household finances.
SV = [
    # debt collection
    "Inkassokrav\n\nGäldenär: {P#1}\n{AL}\nPersonnummer: {PNR}\n\n{BANK} har överlämnat faktura {INV} till oss för indrivning. Att betala: {AMT} inklusive påminnelseavgift och inkassoavgift. Betala senast {DATE} till bankgiro {BG} och ange OCR {OCR}.\n\nHar du frågor? Ring din handläggare {P} på {PHF} eller mejla {FE}.",
    "INKASSOKRAV\n{U#1}\n{AL}\n\nVi har fått i uppdrag av {FIRM} att driva in en obetald faktura. Kapitalbelopp {AMT}, ränta {AMTS}, inkassoavgift 180 kr. Om du anser att kravet är felaktigt ska du höra av dig till oss inom åtta dagar.\n\nMed vänlig hälsning\n{COLL}\n{I}, inkassohandläggare\n{BOXL}\nTfn {PHF}",
    "Bestridande av krav {REF}\n\nJag, {P#1}, {PNR}, bestrider ert krav på {AMT}. Fakturan gäller ett mobilabonnemang som någon annan har tecknat i mitt namn. Polisanmälan är gjord (ärende {REF}). Jag nås på {PH} eller {E#1}.\n\n{P#1}\n{AL}",
    "Samtalslogg {DATE}\n{TIME} Utgående samtal till {PH}, gäldenären {P#1:m} svarade inte.\n{TIME} Inkommande från {PH}, {P:f} (gäldenärens sambo) lovade att {G#1} betalar {AMT} senast {DATE}.\n{TIME} Noterat av {Gi}.",
    "Hej {G}! Påminnelse från {COLL}: ditt ärende {REF} på {AMTS} förfaller {DATE}. Betala med Swish till {SWISHF} eller till bankgiro {BG}. Frågor? Ring {PHF}.",
    "Avbetalningsplan\nKund: {P}\nKundnummer: {CUST}\nAdress: {A}\nTotal skuld: {AMT}\nÖverenskommen avbetalning: {AMTS} per månad i tolv månader med början {DATE}.\nKontaktperson på {COLL}: {I}, direktnummer {PHL}.",
    "{COLL}: {U}, ditt ärende {REF} har nu lämnats över till Kronofogden. Kontakta oss omgående på {PHF} om du vill undvika en betalningsanmärkning.",
    "Hej,\njag heter {P} och ringer å min pappas vägnar, {P#1:m}. Han har fått ett inkassokrav från {COLL} som han inte förstår. Han är 84 år och bor på {A}. Kan {G#1} få en kopia av originalfakturan skickad dit? Mitt nummer är {PHM}.",
    # the enforcement authority
    "Betalningsföreläggande, mål nr {CASE}\nSökande: {COLL} genom ombud {P}\nSvarande: {U}, {PNR}, {A}\nKronofogden har tagit emot en ansökan om betalningsföreläggande. Vill du bestrida kravet ska du göra det senast {DATE}.",
    "Beslut om utmätning av lön\nGäldenär: {P}, {PNR}\nArbetsgivare: {FIRM}, {BOX}\nKronofogden har beslutat att arbetsgivaren ska dra av {AMT} per månad från lönen från och med {DATE}. Handläggare: {P}, telefon {PHF}.",
    "{P#1}\nc/o {P}\n{AL}\n\nDu har skulder hos Kronofogden på sammanlagt {AMT}. Vill du ansöka om skuldsanering kan du ringa oss på {PHF} eller besöka vårt kontor på {ST} i {TOWN}.",
    "Besök hos Kronofogden i {TOWN} {DATE}: {P} med tolk {P}. Ärendet gäller utmätning av bil, registrerad på {Gs} adress {A}.",
    "Kronofogden, mål nr {CASE}\nAnmälan om dröjsmål\nSökande: {Ss} Bygg & Måleri AB, org.nr {ORGNR}\nSvarande: {P}, {PNR}\nKrav: {AMT} enligt faktura {INV}.",
    "Ansökan om skuldsanering\nSökande: {P#1}, {PNR}\nBostadsadress: {AL}\nTelefon: {PH}\nE-post: {E#1}\nBorgenärer: {COLL}, {BANK}, CSN och Skatteverket\nMedsökande make/maka: {P}",
    # mortgages and loans
    "Lånelöfte\n\nBanken lämnar härmed lånelöfte till {P#1} och {P#2} om högst {AMTL} för köp av bostadsrätt. Lånelöftet gäller till och med {DATE}. Din bolånerådgivare är {P}, {BANK}, tfn {PHL}.",
    "ANSÖKAN OM PRIVATLÅN\nEfternamn: {SU#1}\nFörnamn: {GU#1}\nPersonnummer: {PNR}\nAdress: {A}\nMobil: {PH}\nE-post: {E#1}\nArbetsgivare: {Ss} Måleri AB\nMånadsinkomst före skatt: {AMT}\nÖnskat lånebelopp: {AMTL}",
    "Sökande\nEfternamn: {S#1} Förnamn: {G#1}\nPersonnummer: {PNR}\nMedsökande\nEfternamn: {S#2} Förnamn: {G#2}\nGemensam adress: {AL}\nTelefon: {PH} / {PH}",
    "Borgensåtagande\nLåntagare: {P}, {PNR}, {A}\nBorgensman: {P}, {AL}\nBorgensmannen går i borgen såsom för egen skuld för lån nr {LOAN} om {AMTL} hos {BANK}.",
    "Pantbrev i fastigheten {PROP} om {AMTL} har överlämnats till {BANK} som säkerhet för lån till {P} och {P}. Fastighetens adress är {AR}.",
    "Från: {P#1} <{E#1}>\nTill: {FE}\nÄmne: Amorteringsfritt?\n\nHej! Vi har bolån hos er (lån {LOAN}) och undrar om vi kan få amorteringsfritt i sex månader eftersom min sambo {G} är föräldraledig. Ring mig gärna på {PH}.\n\nMvh {G#1}",
    "Från: {P#1} <{E#1}>\nSkickat: {DATE} {TIME}\nTill: {P#2} <{E#2}>\nÄmne: Ränteerbjudande\n\nHej {G#2},\nsom vi pratade om kan vi erbjuda {RATE} på tre års bindning. Svara före fredag så låser jag räntan.\n\nHälsningar\n{P#1}\nBolånespecialist, {BANK}\n{PHL}",
    "Mötesanteckning {DATE}\nKund: {R:f}\nNärvarande: rådgivare {P}, kunden och hennes dotter {P:f}\nKunden vill flytta sitt bolån från {BANK} och lösa ett blancolån på {AMT}. Ny adress efter flytten: {AL}.",
    "Lantbrukslån\nLåntagare: {P} och {P}\nAdress: {ARL}\nSäkerhet: pantbrev i {PROP}\nKontakt: {PH}\nHandläggare på {BANK}: {I}",
    "Överlåtelseavtal\nSäljare: {P}\nKöpare: {P} och {P}\nLägenhet: {BRF}, lägenhet nr {NUM}, {ALGH}\nKöpeskilling: {AMTL}\nHandpenningen betalas till mäklarens klientmedelskonto {ACCT}.",
    "Mäklare {P} bekräftar att handpenningen på {AMT} för {A} har kommit in från köparna {P} och {P}. Tillträde {DATE}.",
    "Gåvobrev\nUndertecknade {P#1} och {P#2}, {A}, skänker härmed {AMTL} till vår dotter {P:f} att användas som kontantinsats. Gåvan ska vara hennes enskilda egendom.\n\n{TOWN} {DATE}\n{P#1}    {P#2}",
    "SKULDEBREV\n\nJag, {P#1}, {PNR}, boende på {A}, har i dag lånat {AMT} av {P#2}. Lånet ska återbetalas med {AMTS} i månaden, första gången {DATE}, till konto {ACCT}. Ingen ränta ska utgå.\n\n{TOWN} den {DATE}\n\n{P#1}\n{P#2}",
    "Ränteutgifter {YEAR}\nLån {LOAN} hos {BANK}\nLåntagare: {R} (50 %), {R} (50 %)\nBetald ränta: {AMT}\nFastighet: {PROP}",
    "Hej {G}! Din ansökan om lån på {AMT} hos {BANK} är beviljad. Avtalet skickas till {A}. Pengarna sätts in på ditt konto {ACCT} inom en bankdag. Frågor? Ring {PHF}.",
    "Bokningsbekräftelse\nHej {G#1}!\nVälkommen till {BANK} på {ST} i {TOWN} {DAY} {DATE} kl. {TIME}. Du träffar {P}, privatrådgivare. Om du får förhinder, ring {PHL} eller svara på det här mejlet ({FE}).",
    "Med vänliga hälsningar\n\n{P#1}\nKreditanalytiker\n{BANK}\n{BOXL}\nTel {PHL}\nMobil {PHM}\n{E#1}",
    "Hej!\nJag är {P#1} och har ett billån hos er. Jag har flyttat till {ALGH} och vill att avierna skickas dit. Min man {P:m} ska också stå som betalare. Personnummer: {PNR}. Telefon: {PH}.\n/{G#1}",
    # bank accounts, cards, fraud
    "Kontoutdrag {MONTH} – privatkonto {ACCT}\nKontohavare: {P}\n{DATE} Swish till {U} -{AMTS}\n{DATE} Swish från {U} +{AMTS}\n{DATE} Autogiro {BANK} bolån -{AMT}\n{DATE} Lön {FIRM} +{AMT}\n{DATE} Kortköp ICA Kvantum -{AMTS}",
    "Varning! Jag fick precis ett samtal från {PH} där en man som sa att han hette {P:m} och jobbade på {BANK} bad mig logga in med BankID. Jag lade på. Har anmält till polisen, ärende {REF}. /{G}",
    "Polisanmälan, ärende {REF}\nMålsägande: {P#1:f}, {PNR}, {A}, tfn {PH}\nMålsägande uppger att en person som presenterade sig som {P} från {BANK} ringde från {PHL} och fick henne att godkänna en överföring på {AMT}. {G#1} upptäckte bedrägeriet när hennes son {G:m} kontrollerade kontot.",
    "Hej {G}, vi har spärrat ditt kort {CARD} efter misstänkta köp i utlandet. Ring oss på {PHF}, dygnet runt. /Kortcentralen, {BANK}",
    "FULLMAKT\n\nJag, {P#1}, {PNR}, ger härmed {P#2}, {A}, fullmakt att företräda mig i alla ärenden hos {BANK}, inklusive uttag och överföringar från konto {ACCT}.\n\n{TOWN} {DATE}\n\n{P#1}\nBevittnas: {P} och {P}",
    "Adressändring\nKund: {P}\nGammal adress: {A}\nNy adress: {AL}\nGäller från {DATE}. Kunden nås på {PH}.",
    "Jag flyttar utomlands i {MONTH}. Min nya adress blir {AX}. Kan ni skicka kontoutdragen dit? Jag behåller mitt svenska nummer {PHM}.\n/{P}",
    "Hej! Jag vill öppna ett barnsparkonto åt min dotter {F:f}, personnummer {PNRC}. Vi bor på {A}. Jag heter {P} och är vårdnadshavare tillsammans med {P}. Nås på {PH}.",
    "Autogiromedgivande\nBetalare: {P}\nAdress: {A}\nKontonummer: {ACCT}\nBetalningsmottagare: {FIRM}, bankgiro {BG}",
    "Kortet som slutar på {CARDEND} användes {DATE} kl. {TIME} för ett köp på {AMT}. Var det inte du, {G}? Svara NEJ eller ring {PHF}.",
    "Jag swishade {AMTS} till {PHM} för en cykel på Blocket. Säljaren kallade sig {P:m} och sa att han bodde på {STN} i {TOWN}, men där fanns ingen sådan person. Vad gör jag nu?",
    # estates, guardians, families
    "Bouppteckning efter {P#1}, {PNRO}, som avled {DATE} i {TOWN}. Senaste adress: {A}.\nDödsbodelägare: {P:f} (dotter), {P:m} (son), {P:m} (sonson).\nFörrättningsmän: {P} och {P}.\nBouppgivare: {P}, {PH}.",
    "Anmälan om dödsfall\nAvliden: {P}, {PNRO}, {A}\nAnmälare: {P#2} (barnbarn), {PH}, {E#2}\nDödsboet företräds av {P} enligt fullmakt.",
    "Arvskifteshandling\nDödsbo efter {P}, {PNR}\nDelägare: {P} och {P}\nBankmedel på konto {ACCT} hos {BANK} fördelas lika. Fastigheten {PROP} tillfaller {G}.",
    "Årsräkning {YEAR}\nHuvudman: {P#1}, {PNR}\nAdress: {ALGH}\nGod man: {P#2}, {PH}, {E#2}\nTillgångar den 1 januari: {AMT}\nInkomster: pension {AMT}, bostadstillägg {AMTS}\nUtgifter: hyra {AMT}, avgift till boendet {AMT}",
    "Överförmyndarnämnden har förordnat {P} som god man för {P}, {PNRO}, boende på {A}. Den gode mannen ska bevaka rätt, förvalta egendom och sörja för person. Handläggare: {I}, {PHF}.",
    "Dödsbodelägare bosatt utomlands: {P}, {AUL}, tel {PHUK}. Övriga delägare: {P} och {P}, båda i {TOWN}.",
    "Arvode till advokat {P}, {AXL}, för handläggning av dödsboet efter {P}, som bodde utomlands: {EUR}.",
    "Bodelningsavtal mellan {P#1} och {P#2}, tidigare gemensamt boende på {A}. {G#1} övertar bostadsrätten i {BRF} och lånet hos {BANK} ({LOAN}). {G#2} får {AMTL} i ersättning.",
    "Samboavtal\nMellan {P}, {PNR}, och {P}, båda boende på {AL}. Vi är överens om att sambolagens regler om bodelning inte ska gälla bostaden.",
    "Försäkringskassan har beslutat att {P} ska betala {AMT} per månad i återbetalning av underhållsstöd för barnen {G} och {G}. Boförälder: {P}, {A}.",
    "Min son {G:m} pluggar i Storbritannien och behöver ett konto där. Hans adress är {AUL}. Kan banken intyga att han är kund hos er? /{P}, {PH}",
    "Mamma ({Gi:f}) sa att hon kan låna oss 150 000 till kontantinsatsen men vill ha ett skuldebrev. {G} kan du skriva ihop ett i helgen?",
    # household finances and chats
    "{n#1}: har du swishat för hyran?\n{n#2}: nej sorry, gör det nu. samma nummer som förut, {PHM}?\n{n#1}: ja. och glöm inte elräkningen, {AMTS}",
    "[{TIME}] {g#1}: okej räknat klart. el {AMTS}, bredband {AMTS}, streaming 129 kr\n[{TIME}] {g#2}: swishar dig ikväll {g#1}\n[{TIME}] {g#3}: jag är pank till den 25e, kan jag swisha på lönen?\n[{TIME}] {g#1}: lugnt {g#3}",
    "{g#1}: hej {g#2}, kan jag låna 2000 till måndag? ska ändå förbi {a} sen betalar tillbaka när lönen kommer\n{g#2}: ok swishar nu. vilket nummer har du nu?\n{g#1}: {PHM}\n{g#2}: skickat!",
    "{p#1}: ringde banken idag, vi får {RATE} om vi binder 3 år\n{p#2}: låter bra! vem pratade du med?\n{p#1}: nån {g} på kontoret på {a}",
    "hej {n} det är {g}. kan du swisha 300 till mig, mitt bankid funkar inte. mitt nya nr {PHM}",
    "skicka avin till {a} istället, jag har flyttat. /{g}",
    "Hushållsbudget {MONTH}, {ALGH}\nInkomster: {G#1} lön {AMT}, {G#2} lön {AMT}, barnbidrag {AMTS}\nUtgifter: hyra {AMT}, el {AMTS}, mat {AMT}, lån {BANK} {AMTS}, CSN {G#1} {AMTS}\nSparande till {Gs} körkort: {AMTS}",
    "Hyresavi {MONTH}\nHyresgäst: {P}\nLägenhet: {ALGH}\nAtt betala: {AMT}\nBankgiro {BG}, OCR {OCR}\nHyresvärd: {FIRM}, {PHF}",
    "Hej {N}! Depositionen på {AMT} för lägenheten på {ST} sätter du in på mitt konto {ACCT} senast {DATE}. Kontraktet mejlar jag till dig. /{P}, {PHM}",
    "{G:f} bor numera på {STN}, så skicka pappren om bodelningen dit. Hennes nya nummer är {PHM}.",
    "Kassörens rapport {YEAR}\nSaldo på föreningens konto {BG}: {AMT}\nEj betald medlemsavgift: {R}, {R}, {R}\nKassör: {P}, {PH}",
    "Styrelsen i {BRF} meddelar att avgiften höjs med fem procent från {DATE}. Kassören {P} ({PH}) svarar på frågor om avgiften. Hälsningar ordförande {S}",
    "Hej {G}! Skatteverket har skickat ett beslut om kvarskatt på {AMT} för {YEAR}. Den ska betalas till skattekontot senast {DATE}, bankgiro {BG}, OCR {OCR}. Vill du att jag hjälper dig med en ansökan om anstånd? Ring mig på {PHL}.\n/{P}, {Ss} Redovisning AB",
    "Redovisningsbyrå {S} & Co\n{A}\nOrg.nr {ORGNR}\nTill {P}: faktura för bokslut och deklaration, {AMT}. Betalas till bankgiro {BG} inom 30 dagar.",
    "Lönespecifikation {MONTH}\nAnställd: {R}\nAnst.nr {NUM}\nAdress: {A}\nBruttolön {AMT}\nSkatt {AMT}\nAvdrag enligt Kronofogdens beslut {CASE}: {AMT}\nNetto till konto {ACCT}: {AMT}",
    "Hej {G#1}, lönen för {MONTH} har studsat tillbaka från banken. Kontot du angav ({ACCT}) verkar vara avslutat. Skicka rätt kontonummer till mig eller till {P#2} på lönekontoret, {E#2}.\n/{P}, HR",
    "Journalanteckning {DATE}, budget- och skuldrådgivare {I}\nKlient: {P}, {ALGH}\nKlienten har skulder hos {COLL} ({AMT}), {BANK} ({AMT}) och Kronofogden ({AMT}). Maken {G:m} deltog per telefon ({PH}).",
    "Hej {G#1}!\nDu har fått en tid hos kommunens budget- och skuldrådgivare {P} {DAY} {DATE} kl. {TIME}. Ta med lönebesked, hyresavi och alla krav från inkassobolag. Vi finns på {A}. Kan du inte komma? Ring {PHL}.\nVänliga hälsningar\n{P}\nKonsumentvägledningen",
    "CSN\nBeslut om nedsättning av årsbelopp\n{P}\n{AL}\nDu har ansökt om nedsättning av årsbeloppet för ditt studielån. CSN beviljar nedsättning för perioden {DATE}–{DATE}. Frågor? Ring {PHF}.",
    "Omfrågandekopia\n{U}\n{AL}\nUC har {DATE} lämnat ut en kreditupplysning om dig till {BANK}. Har du frågor om uppgifterna, ring {PHF}.",
    "{P}\n{AL}\n\n{TOWN} {DATE}\n\nPåminnelse om obetald faktura {INV}\nVi har ännu inte fått betalt för {AMT}. Betala inom tio dagar för att undvika inkasso.\n\nMed vänlig hälsning\n{Ss} Rörservice AB\n{A}\n{PHL}\nOrg.nr {ORGNR}",
    "{U}\n{ASE}\n\nÄndrade villkor för ditt sparkonto\nFrån {DATE} ändras räntan på ditt sparkonto till {RATE}. Du behöver inte göra något. Frågor besvaras av {BANK} på {PHF}.",
    "Kapitalförsäkring hos {BANK}: förmånstagare är {P} och {P}. Försäkringstagare: {P}, {A}.",
    "Överföring till utlandet\nMottagare: {P}\nAdress: {AX}\nIBAN: {IBANX}\nBelopp: {EUR}\nAvsändare: {P}, {A}, {PH}",
    "Hej pappa! Kan du föra över 1 500 till mitt konto {ACCT}? Hyran drogs två gånger. Kram {N}",
    "Ärende {REF}: handläggare {P} har kontaktat kunden {P}, {a}, på {PH} om det övertrasserade kontot. Kunden lovar att sätta in {AMT} senast {DATE}.",
    "{Gs} mormor {P:f} vill sätta in 200 kr i månaden på barnets konto. Hon bor på {AR} och har ingen BankID, så hon kommer in till kontoret på {ST} nästa vecka.",
    "[{TIME}] {G#1}: Jag lägger ut för middagen och biljetterna, totalt {AMT}. Swisha {AMTS} var till {PHM}.\n[{TIME}] {G}: Klart! @{G#1} kolla om {G} har betalat också",
    "Ansökan om bostadsbidrag\nSökande: {P}\nBostad: {ALGH}\nHushåll: sökanden och barnen {G} och {G}\nBoendekostnad: {AMT} i månaden",
    "Till Överförmyndarnämnden\nBegäran om uttag från spärrat konto\nHuvudman: {P}\nKonto: {ACCT}\nBelopp: {AMT} för tandvård\nGod man: {P#2}, {A}, {PHM}, {E#2}",
    "Hej {G}, jag har lagt in bolånet i kalkylen. Med {RATE} och amortering på {AMTS} blir det {AMT} i månaden för er två. Hör av dig om ni vill boka ett möte. /{P}, privatrådgivare, {PHL}",
    "KREDITPRÖVNING\nSökande: {RU}\nAdress: {AL}\nTidigare adress: {A}\nBetalningsanmärkningar: 2 (senaste {DATE})\nBeslut: avslag. Beslutsfattare: {I}",
]

# English: British and American banks, lenders, collectors and household money.
EN = [
    "{P#1:m}\n{AUL}\n\nDate: {DATEEN}\nOur ref: {REF}\n\nDear Mr {S#1},\n\nYour account with {BANKEN} has been passed to us for collection. The outstanding balance is {GBP}. Please call us on {PHUKF} or pay online quoting your reference.\n\nYours sincerely,\n{P}\nCollections Officer, {COLLEN}",
    "{P#1:f}\n{AUL}\n\nDear Ms {S#1},\n\nWe wrote to you on {DATEEN} about the arrears on your account. As we have not heard from you, we intend to issue a claim in the County Court. If you are struggling, free advice is available from StepChange or Citizens Advice.\n\n{COLLEN}\n{PHUKF}\n{FEEN}",
    "Claimant: {COLLEN}\nDefendant: {U}\n{AUL}\nClaim number: {CLAIM}\nAmount claimed: {GBP}\nCourt fee: £115.00\nThe claimant's legal representative is {P}, of {S} & {S} Solicitors, {AU}.",
    "{P#1}\n{AUSL}\n\nRe: Account {REF}, original creditor {BANKUS}\n\nThis communication is from a debt collector. As of {DATEEN} you owe {USD}. Call {PHUS} Monday to Friday and ask for {P}.",
    "To Whom It May Concern,\n\nI am writing to dispute an item on my credit report. My name is {P#1}, my address is {AUS}, and my phone number is {PHUS}. The collection account from {COLLEN} listed on {DATEEN} is not mine.\n\nSincerely,\n{P#1}",
    "{COLLEN}: {G}, your payment of {USD} is past due. Reply PAY to settle or call {PHUS}. Msg&data rates may apply.",
    "Call notes {DATEEN}\n{TIMEEN} Outbound to {PHUK}, no answer. Left voicemail for {P}.\n{TIMEEN} Inbound from {PHUK}: customer's daughter {P:f} says her father is in hospital. Hold placed for 30 days. Agent: {Gi}",
    "Mortgage Offer\nApplicants: {P} and {P}\nProperty: {AU}\nLoan amount: {GBPL}\nInitial rate: {RATEEN} fixed until {DATEEN}\nBroker: {P#3}, {PHUK}, {E#3}",
    "Closing Disclosure\nBorrowers: {P} and {P}\nProperty: {AUSL}\nLoan officer: {P}, NMLS #{NUM}\nSettlement agent: {S} Title & Escrow, {PHUS}",
    "LOAN APPLICATION\nLAST NAME: {SU#1}\nFIRST NAME: {GU#1}\nDATE OF BIRTH: {DOBEN}\nHOME ADDRESS: {AUS}\nPHONE: {PHUS}\nEMAIL: {E#1}\nEMPLOYER: {FIRMEN}\nCO-APPLICANT: {U}",
    "Hi {G}, this is a reminder of your appointment with {P}, mortgage adviser, on {DAYEN} {DATEEN} at {TIMEEN} at our branch at {AU}. To rearrange, call {PHUKF}.",
    "From: {P#1} <{E#1}>\nTo: {FEEN}\nSubject: Payment plan request\n\nHi,\nI lost my job last month and can't keep up with the loan payments (account {REF}). Could we set up a reduced plan? My new address is {AU}. Best number: {PHUK}.\n\nThanks,\n{G#1}",
    "From: {P#1} <{E#1}>\nSent: {DATEEN} {TIMEEN}\nTo: {P#2} <{E#2}>\nSubject: RE: Remortgage\n\nHi {G#2},\nThe valuation came back at {GBPL}, so you can borrow up to 85%. I've copied in my colleague {P}, who will handle the paperwork.\n\nBest,\n{G#1}",
    "We noticed an unusual payment of {GBP} from your account to {P}. If you didn't make this payment, call us immediately on {PHUKF}. We will never ask for your PIN or ask you to move money.",
    "Estate of the late {P}\nExecutor: {P}, {AUL}\nSolicitors: {S} & {S} LLP, {AU}, tel {PHUKF}\nPlease freeze all accounts held in the deceased's sole name and send closing balances to the executor.",
    "IOU\nI, {P#1}, of {AU}, owe {P#2} the sum of {GBP}, to be repaid in monthly instalments of £50 starting {DATEEN}.\nSigned: {P#1}\nWitness: {P}",
    "Lasting Power of Attorney (property and financial affairs)\nDonor: {F}, born {DOBEN}, {AUL}\nAttorneys: {P} and {P}\nCertificate provider: Dr {S}\nPeople to notify: {P}, {AU}",
    "Instruction to your bank or building society to pay by Direct Debit\nName of account holder: {P}\nAccount number: {UKACC}\nSort code: {SORT}\nAddress: {AU}\nReference: {REF}",
    "{n#1}: ok bills for this month: gas {GBP}, wifi 32, council tax {GBP}\n{n#2}: sending now\n{g#3}: can i pay friday? rent wiped me out\n{n#1}: sure {g#3} no rush",
    "{g#1}: venmo me for groceries? @{g#2} you owe 43.20\n{g#2}: done! also {g#3} still owes me for utilities lol\n{g#3}: paying tonight i swear",
    "{g}: anyone know a good debt advice place? {g#2} said try the one on {au}\n{g#2}: yeah ask for {g:f}, she sorted my council tax arrears",
    "Client: {P}, DOB {DOBEN}, {AU}\nCreditors: {BANKEN} credit card {GBP}, catalogue {GBP}, council tax arrears {GBP}\nPartner {G} works part-time. Call back on {PHUK} after 5pm.",
    "Tenant ledger, unit {NUM}\nTenant: {R}\nAddress: {AUS}\nLate fee assessed {DATEEN}: $75\nEmergency contact: {P} ({PHUS})",
    "Kind regards,\n\n{P#1}\nSenior Credit Controller\n{FIRMEN}\n{AUL}\nT: {PHUKF} | M: {PHUK}\n{E#1}",
    "Hi {N}, just chasing invoice {INV} for {GBP}, now 30 days overdue. Could you let me know when it'll be paid? Cheers, {N}",
    "{U}, of {AU}, lately residing at {AU}, a bankruptcy order was made on {DATEEN}. Official Receiver: {P}.",
    "Recipient: {P}\nAddress: {AX}\nPhone: {PHX}\nSender: {P}, {AU}\nAmount: {GBP}\nPurpose: family support",
    "Joint account holders {P} and {P} have asked us to close account {UKACC} (sort code {SORT}) and split the balance of {GBP} equally.",
    "Household budget (me & {G})\nTake-home: {GBP} + {GBP}\nRent {GBP} to {P} (landlord)\nStudent loan, car, nursery for {G'} little sister\nSavings goal: {G'} wedding",
    "Guarantor: {P#1}\nAddress: {AUL}\nTel: {PHUK}\nEmail: {E#1}\nTenant: {P}\nProperty: {AU}",
    "Agent: Thanks for calling, you're speaking with {G}. Can I take your full name?\nCustomer: It's {F#1:m}.\nAgent: And the first line of your address?\nCustomer: {AU}.\nAgent: Thanks, Mr {S#1}. And the best number to reach you?\nCustomer: {PHUK}.",
    "Grandma, it's {G}, I lost my phone and this is my new number {PHUK}. Can you send £400 to my friend {P}? I'll pay you back Friday x",
    "Loan agreement between {P} ({AXL}) and {P} ({AU}). The lender will transfer {EUR} to the borrower's account {IBANX}. Repayment by {DATEEN}.",
    "Hello, I moved to Sweden in {MONTHEN} and I now have a personnummer, {PNR}. I'd like to open a current account. My address is {A} and my phone is {PHM}. Regards, {P}",
    "The estate inventory for my late father {P:m}, {PNR}, is being prepared by a lawyer in {TOWN}, {P}, {BOX}. Could you send the balance of his accounts as of the date of death? My address in the UK is {AUL}. {P}",
    "Payslip, {MONTHEN} {YEAR}\nEmployee: {R}\nNI number: {NINO}\nAddress: {AU}\nGross pay {GBP}\nAttachment of earnings order (court ref {CLAIM}): {GBP}",
    "Dear {G#1},\nThank you for meeting me yesterday. As discussed, your total unsecured debt is {GBP} across four creditors. I've drafted a budget and will send it to {E#1}. If anything changes, call me on {PHUK}.\nBest wishes,\n{P}\nDebt Adviser",
    "Re: {P}, deceased\nWe act for the executors, {P} and {P}. Please note our client's address for correspondence: {AUL}. Our reference: {REF}.",
    "treasurer report: balance {GBP}. still waiting on subs from {g}, {g} and {s}. cheers, {g}",
    "Account holder: {U}\nMailing address: {AUSL}\nStatement period: {MONTHEN} {YEAR}\nZelle to {P} -{USD}\nZelle from {P} +{USD}\nACH {BANKUS} card payment -{USD}",
    "Hey {N}! The deposit for the flat on {AU} is {GBP}. Send it to my account, sort code {SORT}, account {UKACC}. Contract to follow by email. {G}",
    "Dear Mrs {S#1:f},\nWe're sorry to hear about the death of your husband, {P:m}. Please find enclosed the bereavement form. You can return it to {BANKEN}, Bereavement Team, {AUL}, or call {PHUKF}.\nKind regards,\n{P}",
    "My name is {P}, I'm a student in Leeds and my parents send money from abroad. The bank blocked a transfer from my mother, {P:f}, {AX}. Her number is {PHX}. Please advise.",
    "Credit union membership\nMember: {P#1}\nAddress: {AUS}\nJoint owner: {P}\nBeneficiary: {P}\nPhone: {PHUS}\nEmail: {E#1}",
    "Hi {G}, {G#2} from the PTA here. Could you transfer your £20 for the school trip to the PTA account by Friday? Ref: your child's name. Thanks, {P#2}",
    "Notice of assignment\nDebtor: {P}, {AUL}\nYour debt with {FIRMEN} ({REF}) has been sold to {COLLEN}. From now on please pay us. Contact {Gi} on {PHUKF}.",
    "{P#1} (@{G#1} in the group) is collecting for {G'} leaving present. PayPal to {E#1} or cash in the envelope on {G'#1} desk.",
    "Application for a Debt Relief Order\nApplicant: {P}, {AU}\nIntermediary: {P}, {FIRMEN} money advice\nTotal debts: {GBP}\nSurplus income: £41 a month",
    "Executor's notice: Any person having a claim against the estate of {U}, late of {AU}, who died on {DATEEN}, should send details to {P}, {AUL}, by {DATEEN}.",
    "Cardholder: {P}\nCard ending {CARDEND}\nDisputed transaction: {USD} at an online retailer on {DATEEN}\nContact number: {PHUS}\nAddress on file: {AUS}",
]

# Mixed: Swedish and English in one text, as people write at work in Swedish banks, collection
# agencies, finance teams and international households.
MIXED = [
    "Hej team! Quick update: kunden {P:f} har ringt igen om inkassoärendet {REF}. Hon bestrider kravet, so please don't escalate till Kronofogden yet. Callback på {PH} efter lunch. /{G}",
    "Från: {P#1} <{E#1}>\nTill: {P#2} <{E#2}>\nÄmne: SV: Loan application {REF}\n\nHi {G#2}, jag har kollat UC på sökanden {P:f}, {A}, score looks fine men skuldsättningsgraden är hög. Kan du ringa henne på {PH} och be om lönespecar? Thanks!\n{G#1}",
    "@{G} can you check if {P} on {A} has paid the last invoice? ekonomi säger att den är förfallen sedan {DATE}",
    "Notes från credit committee {DATE}:\n1) {P}, villa på {A}, bolån {AMTL}, approved.\n2) {P} och {P}, bridge loan, need more info.\nAction: {I} ringer kunden på {PH} imorgon.",
    "Hej! Sorry for writing mostly in English. I'm {P} and I just moved to {ALGH}. Jag har fått personnummer nu: {PNR}. Can I open a lönekonto online? Min telefon: {PHM}.",
    "{g#1}: har du skickat påminnelse till {P} på {a}?\n{g#2}: yes, sent monday. no response. ska vi skicka till inkasso?\n{g#1}: ja go ahead, men cc:a {g}",
    "Best regards / Med vänliga hälsningar\n\n{P#1}\nCredit Manager, {FIRM}\n{AL}\nDirect: {PHL} | Mobile: {PHM}\n{E#1}",
    "{g#1}: babe did you pay the hyra? avin says {AMT}\n{g#2}: gjorde det igår! and I swished {g} for the el too\n{g#1}: perfekt, tack",
    "Case {REF} | Customer: {R#1} | Pnr: {PNR} | Issue: card blocked abroad, kunden är utomlands just nu ({AX}). Contact: {PHX} / {E#1}. Assigned to: {P}",
    "Hi {G}, vi behöver ett intyg för {Ps} mortgage in the UK. Their UK address is {AUL}. Kan du fixa det innan fredag?",
    "Handover notes: {P} tar över kunderna {R} och {R} while {G} is on parental leave. Ring {PHM} vid frågor.",
    "Incident {REF}: phishing-sms skickade till kunder, låtsas vara från {BANK}. Avsändare {PH}. Reported by {P} (kundtjänst). Status: blocked by operator.",
    "QA: lyssnade på samtal med gäldenären {P}. Agent {G:f} was polite men glömde verifiera personnumret innan hon gav ut saldot. Feedback given {DATE}.",
    "From: {P#1} <{E#1}>\nTo: {FE}\nSubject: Bolån / mortgage question\n\nHej! My wife {P:f} and I want to buy a house i {TOWN}. We rent at {ALGH} right now and have a lånelöfte from another bank but your rate looks better. Can we book a meeting? Call me on {PHX} or {PHM}.\n\n{G#1}",
    "{G#1}: can someone approve the amortization waiver för {P}? underlag ligger i mappen\n{G}: approved ✅\n{G#1}: tack!",
    "Reminder: month-end close imorgon. {G}, please reconcile bankgirot ({BG}) and send the list of unpaid kundfakturor to {P#2} ({E#2}).",
    "Kunden {P#1:f}, {A}, wants to pay off her billån early. Kvarvarande skuld {AMT}. {G#1} asked for the lösenbelopp to be sent to {E#1}.",
    "[{TIME}] {g#1}: who has the dödsbo-ärendet for {P}?\n[{TIME}] {g#2}: jag, the daughter {P:f} called, hon bor i London: {AUL}\n[{TIME}] {g#1}: nice, thanks",
    "Expense claim – {P}\nHotel i {TOWN}: {AMT}\nTaxi: {AMTS}\nApproved by: {I}\nPaid to account {ACCT} on {DATE}",
    "Hej {G}! The debt advice clinic is moving to {A} from {DATE}. Same phone number as before, {PHL}. Säg till {G} också!",
    "Meeting with {P} (Head of Collections) och {P} från {COLL}, {DATE}, kl. {TIME} at our office, {BOX}. Agenda: new SLA, dispute handling, GDPR.",
    "Customer complaint: {P#1:f}, {PNR}, says she was charged twice for the same Klarna order. {G#1} är väldigt upprörd. Callback {PH}, eller mejla {E#1}. Adress: {A}.",
    "{n#1}: fixade du swish till {n}?\n{g#2}: ja, {AMTS}, sent to {PHM}\n{n#1}: thx",
    "Onboarding checklist för {P:f}: ✓ BankID ✓ lönekonto ✓ adress ({A}) ✗ tax residency form (she's still registered in the UK: {AU})",
    "Hi {G#1}, hyran för {MONTH} ({ALGH}) har inte kommit in. The contract says payment by the 25th. Kan du swisha {AMT} till {PHM} idag? /{P}",
    "Lead från webben: {P#1}, {A}, {PH}, {E#1}. Interested in refinancing a loan från {BANK}, ca {AMTL}. Assign to {G} in the Stockholm team.",
    'Forwarded message från {P#1} <{E#1}>:\n"Hej, I\'ve sent the signed fullmakt for my mother {P:f} ({PNRO}). She lives at {ASE}. Please register me as ombud."\n{G}, can you handle this?',
    "Sales meeting notes: {Gs} kund {P} (bygg, {ST}) wants a företagskonto + kontokredit. {I} to send offer. Follow-up {DATE}.",
    "Trip split 🏔️\n{g#1} paid stugan ({AR}) {AMT}\n{g#2} paid skipass {AMT}\n{g#3} paid food {AMTS}\nSo {g#3} owes {g#1} {AMTS}, everything else is even. swish {g#1} på {PHM}",
    "Hej {G},\nthe auditor ({P#2}, {FIRM}) needs bankintyg for all accounts per 31/12. Kan du beställa dem från {BANK} och skicka till {E#2} eller by post to {BOXL}? Thanks!",
    "Collections dashboard: 14 new cases. Högsta belopp: {P}, {AMT}. Oldest: {P}, förfallen {DATE}. Escalate both to {I}.",
    "{P}\n{AX}\n\nDear customer, we have updated our villkor (terms). Your konto {ACCT} remains open. Questions? Call {PHF} or write to {FE}.",
    "Hej! This is {G} from {BANK} kundservice. Vi ringde om din låneansökan men kom inte fram. Call us back on {PHF}. Ref {REF}.",
    "Beneficiary change request\nPolicyholder: {P}, {AL}\nNew förmånstagare: {P} (partner), {P} (son)\nSigned {DATE} i {TOWN}\nWitness: {P}",
    "{G#1}: hur gick mötet med {Gs} bank?\n{G#2}: good! they offered {RATE} on the bolån, men vi måste sälja lägenheten på {ST} först\n{G#1}: 🤞",
    "Kreditbeslut / credit decision\nSökande: {U}\nAdress: {A}\nDecision: approved with conditions (borgen från {P})\nHandläggare: {I}, {PHL}",
    "Skicka fakturan till vår ekonomiavdelning: {FIRM}, Att: {P}, {BOXL}. Or by email to {FE}. Märk med PO number {NUM}.",
    "Pls note: {P} har ny adress fr.o.m. {DATE}: {AL}. Update kundregistret och skicka nytt kort dit. Tack!",
    "Team lunch on me igen, swish me if you want to chip in 😄 {PHM} /{G}\nThanks {G}, {G}, {G}!",
    "Debt counselling referral: {P#1}, {ALGH}, {PH}. Klienten har {AMT} i skulder och talar mest engelska. {G#1} prefers appointments efter kl. 16.",
    "Hej {G}! Your Swedish pension statement came to our old address on {ST}. Jag skickar den vidare to your new place: {AUL}.",
    "Vendor: {Ss} Ekonomikonsult AB\n{A}\nContact: {P}, {PHM}\nBankgiro {BG}\nApproved by {I}\nNote: kontrollera att org.nr {ORGNR} matchar fakturan",
    "{G#1} (HR): löneutmätning för {P}: Kronofogden beslut {CASE}. Please deduct {AMT} per month from next payroll. Questions → {E#1}",
    "Hi all, välkommen {P:f} som börjar i backoffice på måndag! She'll sit next to {G} och hjälpa till med autogiro-medgivanden.",
    "Kunden {R:f} ({PNR}) wants to add her partner {P} as co-signer på lånet. Both living at {A}. Need ID check on {G} before {DATE}.",
    "Rent ledger {MONTH}, {ST}\n1. {P}: paid\n2. {P}: late (påminnelse skickad)\n3. {P}: paid\nContact for late payers: {P}, {PHF}",
    "Hey, it's {N}. Kan du låna mig 500 till fredag? Lönen är sen. Swisha till {PHM}, tack! 🙏",
    "Hej! Jag är {P#1} från {BANK} Private Banking. I'd like to invite you and {G} to a seminar on generationsskifte at our office on {ST}, {DATE} kl. {TIME}. RSVP to {E#1}.",
    "Fraud team note: {P}, {PNR}, victim of BankID-bedrägeri. Money moved to a mule account held by {P}, {AX}. Police report {REF}. Contact victim on {PH}.",
    "Re: Bouppteckning\nHi {G}, the estate lawyer {P#2} ({E#2}) needs the saldobesked for {P}'s accounts per dödsdagen. Can you send them today? Advokaten har också nyckeln till huset på {STN}.",
]

# Rows without any value, each used once: look-alikes of the genre (reference, order, case and
# account numbers, amounts, dates, times), firms and agencies named after no person, places that
# are no address, and everyday words that are also names, used as words.
NEGATIVES = [
    (
        "sv",
        "Kronofogden har {DATE} fattat beslut i mål nr {CASE}. Beloppet {AMT} ska betalas till bankgiro {BG} med OCR {OCR}.",
    ),
    (
        "sv",
        "Räntan på bolånet höjs till {RATE} från och med {DATE}. Bindningstiden är tre månader. Vill du binda räntan gör du det i internetbanken.",
    ),
    (
        "sv",
        "RUT-avdrag och ROT-avdrag: Skatteverket betalar ut högst 75 000 kr per person och år. Ansök senast {DATE}.",
    ),
    (
        "sv",
        "Faktura {INV}, kundnummer {CUST}, förfallodatum {DATE}. Att betala: {AMT}. Org.nr {ORGNR}. Innehar F-skattsedel.",
    ),
    (
        "sv",
        "Klara räkningarna själv? Budget- och skuldrådgivningen i din kommun hjälper dig gratis. Boka tid via kommunens växel eller i e-tjänsten.",
    ),
    (
        "sv",
        "Saga om en sparbank: hur bygdens kassa blev en del av {BANK}. En liten historik i tolv kapitel, utgiven till jubileet.",
    ),
    (
        "sv",
        "Per månad betalar du {AMTS} i avgift för kortet. Per år blir det {AMT}, om du inte väljer kontopaketet.",
    ),
    (
        "sv",
        "Dödsboet förvaltas gemensamt av delägarna tills arvskiftet är klart. Bo och lösöre värderas i bouppteckningen till marknadsvärde.",
    ),
    (
        "sv",
        "Swishnummer för insamlingen: {SWISHF}. Märk betalningen med {REF}. Tack för ditt bidrag till Stadsmissionen!",
    ),
    (
        "sv",
        "Liv och pension: jämför avgifterna hos {BANK}, Skandia och Folksam innan du flyttar ditt pensionskapital.",
    ),
    (
        "sv",
        "Ärende {REF} hos Konsumenternas Bank- och finansbyrå gäller en avgift på {AMTS} för ett kontantuttag i Norrland.",
    ),
    (
        "sv",
        "Fastigheten {PROP} är pantsatt med pantbrev om {AMTL}. Taxeringsvärde {AMTL}. Lagfart beviljad {DATE}.",
    ),
    (
        "sv",
        "Dag för dag växer skulden med dröjsmålsränta, åtta procentenheter över referensräntan. Betala i tid!",
    ),
    (
        "sv",
        "Ros och ris till bankerna: kunderna är nöjdast med {BANK} och minst nöjda med avgifterna för kontanthantering.",
    ),
    ("sv", "Lön {AMT} har satts in på konto {ACCT} den {DATE}. Preliminärskatt {AMT}."),
    ("sv", "IBAN {IBAN}, BIC HANDSESS. Ange alltid IBAN och BIC vid betalningar från utlandet."),
    (
        "sv",
        "Mål nr {CASE} avskrivs eftersom skulden är betald. Beslutet fattades {DATE} av Kronofogden i Sundsvall.",
    ),
    (
        "sv",
        "Kontoret i Göteborg har öppet {DAY} {TIME}–{TIME}. Kassaservice finns inte längre; använd uttagsautomaten vid Centralstationen.",
    ),
    (
        "sv",
        "Svea, Klarna och Resurs toppar listan över långivare med flest ärenden hos Kronofogden {YEAR}.",
    ),
    (
        "sv",
        "Lånekalkyl: lån {AMTL}, ränta {RATE}, amortering två procent per år, månadskostnad {AMT} före ränteavdrag.",
    ),
    (
        "sv",
        "Pensionsmyndigheten betalar ut pensionen den 18:e varje månad. Infaller den på en helgdag betalas den ut vardagen före.",
    ),
    (
        "sv",
        "Kortnummer {CARD}, giltigt till 08/29. Spärrat {DATE} kl. {TIME} på grund av misstänkt bedrägeri.",
    ),
    (
        "sv",
        "Bostadsrättsföreningen {BRF} har {NUM} lägenheter och en belåning på 9 800 kr per kvadratmeter.",
    ),
    (
        "sv",
        "Björn och varg kostar jägarna pengar: viltskadeersättning betalas ut av länsstyrelsen i Jämtland senast {DATE}.",
    ),
    (
        "sv",
        "Intresset för snabblån har ebbat ut sedan räntetaket kom. Lind, ek och sten är fortfarande de vanligaste orden i bostadsrättsföreningarnas namn.",
    ),
    (
        "sv",
        "Vilja och förmåga att betala prövas av banken. Ett hushåll med två vuxna och ett barn behöver enligt Konsumentverket {AMT} i månaden för levnadskostnader.",
    ),
    (
        "en",
        "Your Direct Debit of {GBP} to {FIRMEN} will be collected on or just after {DATEEN}. Reference {REF}.",
    ),
    (
        "en",
        "Grace period: you have 21 days from the statement date to pay in full before interest is charged at {RATEEN} APR.",
    ),
    (
        "en",
        "Will you need a will? Making one is the only way to be sure your savings go where you want them to.",
    ),
    (
        "en",
        "Penny for your thoughts: households cut spending by {GBP} a month after the energy price cap rose.",
    ),
    ("en", "Bill payments due this week: council tax {GBP}, water {GBP}, broadband {GBP}."),
    (
        "en",
        "Mark your calendar: the Bank of England's next rate decision is on {DATEEN}. Markets expect a cut to {RATEEN}.",
    ),
    (
        "en",
        "Hope and faith are not a financial plan. Build an emergency fund worth three months of spending first.",
    ),
    (
        "en",
        "Frank advice on payday loans from the Financial Conduct Authority: compare the APR and the total amount repayable.",
    ),
    (
        "en",
        "Chase the invoice after 30 days, then send a letter before action. Small claims can be filed online through Money Claim Online.",
    ),
    (
        "en",
        "Sort code {SORT}, account number {UKACC}, reference {REF}. Please allow two working days for the transfer to clear.",
    ),
    (
        "en",
        "Claim {CLAIM}: judgment entered on {DATEEN} for {GBP} plus costs. The defendant has 14 days to pay.",
    ),
    (
        "en",
        "Halifax, Nationwide and Santander all cut their two-year fixed rates on {DAYEN}, with the lowest now at {RATEEN}.",
    ),
    (
        "en",
        "Rich and poor: the gap in household savings between London and the North East widened again in {YEAR}.",
    ),
    (
        "en",
        "Card ending {CARDEND} was declined at {TIMEEN} because the daily limit of £500 had been reached.",
    ),
    (
        "en",
        "Summer savings tip: set aside {GBP} a week in a separate pot so August bills don't catch you out.",
    ),
    (
        "en",
        "Wire transfer fee: $25. Please include the SWIFT code and the beneficiary's full IBAN, {IBANX}.",
    ),
    (
        "en",
        "Drew down the full facility of {GBPL} on {DATEEN}; the next interest payment falls due on the last business day of the quarter.",
    ),
    (
        "en",
        "Sue the bank? Before going to court, complain to the Financial Ombudsman Service, which is free for consumers.",
    ),
    (
        "mixed",
        "Reminder: bokslutet för {YEAR} ska vara klart by the end of {MONTHEN}. Upload all verifikationer till ekonomisystemet.",
    ),
    (
        "mixed",
        "FYI: räntan på sparkontot goes up to {RATE} från {DATE}. No action needed från kunden.",
    ),
    (
        "mixed",
        "Invoice {INV} från {FIRM} är betald, amount {AMT}, paid via bankgiro {BG} on {DATE}.",
    ),
    (
        "mixed",
        "Case {REF}: dispute resolved, kravet återkallat. Closing the ärende in the system idag.",
    ),
    ("mixed", "Per my last email: alla fakturor över {AMT} need two approvals i attestflödet."),
    (
        "mixed",
        "Klarna-fakturan och the Resurs invoice are both due {DATE}; payment plan set up via appen.",
    ),
    (
        "mixed",
        "Quick q: does anyone know if Kronofogden accepts betalning via Swish now or still only bankgiro {BG}?",
    ),
    (
        "mixed",
        "Month-end: reconcile OCR {OCR} against the bank statement, sedan bokför på konto 1930.",
    ),
    (
        "mixed",
        "The Stockholm office is closed {DAY} pga internutbildning. Kunderna hänvisas till appen and the chat.",
    ),
    (
        "mixed",
        "New rule from Finansinspektionen: amorteringskravet stays, but bolånetaket changes to 90 % from {DATE}.",
    ),
    (
        "mixed",
        "Reminder: lönerna betalas ut den 25:e, and expense claims must be in by the 15th. Tack!",
    ),
    (
        "mixed",
        "Budget {YEAR}: marketing {AMT}, IT {AMT}, lokaler {AMT}. Please review innan fredag.",
    ),
    (
        "mixed",
        "Card {CARD} blocked at {TIME} after three wrong PIN attempts. Kunden får nytt kort within 5 bankdagar.",
    ),
    (
        "mixed",
        "Savings goal: a trip to Gotland i juli, ca {AMT}. Sparar {AMTS} a month from now on.",
    ),
    (
        "mixed",
        "Glossary for new staff: bo means to live, and a dödsbo is the estate of someone who has died; RUT is the deduction for household services, ROT the one for repairs.",
    ),
    (
        "mixed",
        "Sprint review: the new Swish flow in the app is live för 10 % av kunderna. Next step: BankID-signering för lån.",
    ),
    (
        "mixed",
        "Interest rates in the Nordics: Riksbanken {RATE}, Norges Bank and Danmarks Nationalbank similar; the ECB slightly lower.",
    ),
    (
        "mixed",
        "Klara, färdiga, spara! Our autumn campaign för unga sparare starts {DATE}, with a bonus of {AMTS} for new savings accounts.",
    ),
]
