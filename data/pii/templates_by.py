# ruff: noqa: E501
"""Templates of held-out BY: what people paste into an AI assistant to be rewritten, summarised,
translated or answered, at work and at home.

Slots (filled by `generate_by.py`): persons `{P}` full name, `{p}` lower case, `{U}` capitals,
`{F}` with middle names, `{G}`/`{g}` given name, `{N}`/`{n}` short form, `{S}`/`{s}` surname,
`{I}` initial and surname, `{Gi}` given name and initial, `{R}` `Surname, Given`, `{RU}`
`SURNAME, Given`, `{II}` initials, `{E}` the person's e-mail; `#n` the same person again, `:f`/`:m`
a woman or a man, a trailing `s` a Swedish genitive, `'` an English one (the ending outside the
value). Values: `{A}` `{AL}` `{ALGH}` `{ST}` `{STN}` `{a}` `{BOX}` `{AU}` `{AUL}` `{AUS}` `{AX}`
`{AXL}` addresses, `{PH}` `{PHX}` phones, `{PNR}` `{PNRT}` `{PNRW}` personnummer, `{EW}` a role
address (`info@...`). Look-alikes, no values: `{DATE}` `{DATEEN}` `{TIME}` `{NUM}` `{AGE}`
`{YEAR}` `{AMT}` `{RENT}` `{GBP}` `{USD}` `{EUR}` `{ORGNR}` `{OCR}` `{INV}` `{CASE}` `{KUND}`
`{BG}` `{REG}` `{TOWN}` `{DAY}` `{DAYEN}` `{VAL}`.
"""

MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}  # fmt: skip

SV = (
    # letters and e-mails to rewrite
    "Kan du skriva om det här så det låter mer sakligt?\n\nHej!\nJag heter {P#1} och bor på {ALGH}. Sedan {DATE} har det inte funnits varmvatten i lägenheten och ingen har hört av sig trots att jag ringt er felanmälan tre gånger. Det här är inte okej!! Jag vill ha ett svar senast {DAY}.\n/{G#1}\nTel {PH}",
    "Gör det här mejlet kortare och artigare:\n\nHej {G#2},\njag skriver angående min hyra. Jag har fått fel belopp på avin för {MONTHSV} ({RENT} kr i stället för {RENT} kr). Mitt kontraktsnummer är {KUND} och OCR på avin är {OCR}. Kan du kolla det? Du når mig på {PH} eller {E#1}.\nMvh {P#1}",
    "Skriv om till en formell uppsägning av hyreskontraktet:\n\nhej, jag ska flytta och vill säga upp lägenheten på {A} från och med nästa månad. jag bor där med min sambo {P#2}. kontraktet står på mig, {P#1}, personnummer {PNR}. nycklarna kan jag lämna på kontoret.",
    "Hjälp mig formulera en ursäkt till min granne:\n\nHej {G#1}! Förlåt för oväsendet i lördags, det var min sons studentfest och det drog ut på tiden. Jag förstår att det störde, särskilt som ni har en bebis. Säg till om ni vill ha en flaska vin som tack för tålamodet.\nVänliga hälsningar\n{P#2} och {G:f}\n{ST}",
    "Kan du göra det här mer professionellt? Det ska till min chef.\n\nhej {g#1}\nkommer inte in idag, vabbar. {g#2} har feber igen. jobbar hemifrån om det går, annars ring {PH}\n/{g#3}",
    "Skriv ett svar på det här klagomålet från en kund, vänligt men bestämt:\n\nFrån: {P#1} <{E#1}>\nÄmne: Reklamation order {INV}\n\nJag beställde en soffa den {DATE} och den kom med en reva i tyget. Er kundtjänst ({PH}) lovade att någon skulle höra av sig men ingen har gjort det. Jag vill ha pengarna tillbaka, {AMT}.\n{P#1}\n{A}",
    "Skriv om det här så att det blir ett formellt brev till Försäkringskassan:\n\nJag {P#1} ({PNR}) vill överklaga beslutet i ärende {CASE}. Min läkare {S#2} på vårdcentralen har skrivit att jag inte kan jobba heltid. Jag bifogar intyget. Skicka svar till {AL}.",
    "Korta ner det här mejlet till max fem meningar:\n\nHej alla i styrelsen!\nSom ni vet har {P#1} i 3B klagat på fuktfläckarna i tvättstugan. Jag pratade med {P#2:m} på {FIRM} AB igår och han kan komma {DAY} kl {TIME}. Han ville att någon från styrelsen är med, kan {G#3} eller {G#4} ta det? Jag själv är i {TOWN} hela veckan. Ring mig annars på {PH}.\nHälsningar {G#5}, ordförande",
    "Gör om till ett trevligt välkomstmejl för nya medarbetare:\n\nnamn: {P#1}\nstartar: {DATE}\nroll: ekonomiassistent\nhandledare: {P#2}, {E#2}, {PH}\nlokal: {BOX}\nIT-konto fixas av {G#3} i supporten",
    "Skriv ett brev till min hyresvärd om att jag vill hyra ut i andra hand. Info:\nJag: {P#1}, {PNRW}\nAdress: {AL}\nAndrahandshyresgäst: {P#2}, {PNRT}, nu skriven på {A}\nPeriod: {DATE} till {DATE}\nSkäl: jobb i {TOWN} i ett år",
    # CV, cover letters and references
    "Kan du förbättra mitt CV? Här är det:\n\n{U#1}\n{A}\n{PH} | {E#1}\n\nERFARENHET\n{YEAR}–nu  Undersköterska, {TOWN}s sjukhus\n{YEAR}–{YEAR}  Vårdbiträde, hemtjänsten\n\nUTBILDNING\nVård- och omsorgsprogrammet\n\nREFERENSER\n{P#2}, enhetschef, {PH}\n{P#3}, {PH}",
    "Skriv ett personligt brev utifrån detta, jobbet är som lagerarbetare på {FIRM} Logistik:\n\nJag heter {F#1}, är {AGE} år och bor i {TOWN}. Har truckkort A+B. Jobbat på ICA:s lager i tre år under {P#2}. Bra på att samarbeta. Kan börja direkt. Nås på {PH}.",
    "Kan du skriva ett referensbrev åt mig? Jag ska vara referens för {P#1} som jobbat hos oss i fem år.\n\nLite om {G#1}: alltid i tid, kunderna gillar {G#1}, tog över ansvaret för kassan när {P#2} gick i pension. {Gs#1} närmaste chef var {P#3}.\nJag heter {P#4}, butikschef, {PH}, {E#4}",
    "Översätt mitt CV till svenska, nej förresten, skriv bara om sammanfattningen så den blir bättre:\n\n{P#1}\nFödd {YEAR} · {a}\nErfaren lärare i matematik och NO. Arbetat på {FIRM}skolan under rektor {P#2}. Mentor för nyexaminerade lärare. Kontakt: {E#1}",
    "Förbättra språket i mitt personliga brev:\n\nHej {G#1}!\nJag såg er annons på Platsbanken om tjänsten som bussförare. Jag heter {P#2} och har kört linjetrafik i {TOWN} sedan {YEAR}. Min tidigare chef {I#3} kan intyga att jag är noggrann. Jag har D-körkort och YKB.\nMed vänlig hälsning\n{P#2}\n{PH}",
    # minutes and meeting notes
    "Sammanfatta protokollet i punktform:\n\nPROTOKOLL fört vid styrelsemöte i Brf {BRF}, {DATE}\nNärvarande: {P#1} (ordf.), {P#2} (sekr.), {P#3}, {P#4}\nFrånvarande: {P#5}\n\n§1 Mötet öppnades av {G#1}.\n§2 {G#2} valdes till justerare jämte {S#3}.\n§3 Ekonomi: kassören {S#4} rapporterade att {NUM} hushåll ligger efter med avgiften.\n§4 Stamrenoveringen: {Gs#1} förslag godkändes.\n§5 Nästa möte {DATE} kl {TIME}.",
    "Gör om mina anteckningar från mötet till ett snyggt protokoll:\n\nnärv: {II#1}, {II#2}, {G#3}, {P#4}\n- {II#1} går igenom budget, {AMT} kvar\n- {G#3} tar kontakt m leverantören\n- {S#4} undersöker lokal på {ST}\n- nästa möte {DAY} {TIME}",
    "Sammanfatta detta föräldramöte, max 100 ord:\n\nFöräldramöte klass 4B {DATE}\nMentor: {P#1}\nFöräldrar på plats: {R#2}, {R#3}, {R#4}, {R#5}\n\n{G#1} berättade om lägerskolan i {TOWN}. Kostnad {AMT} per barn. {P#2} och {P#4} anmälde sig som extra vuxna. Frågor om mobilförbudet togs upp av {Gs#3} pappa.",
    "Renskriv det här mötesprotokollet från årsstämman:\n\nÅrsstämma Samfällighetsföreningen {BRF}\nTid: {DATE} {TIME}, plats: föreningslokalen\n1. Val av ordförande för stämman: {P#1}\n2. Val av sekreterare: {P#2}\n3. Val av justerare: {P#3} och {P#4}\n7. Styrelsen: omval av {P#5} (ordf), nyval av {P#6}, avgick {P#7}\n9. Revisor: {P#8}, suppleant {P#9}\nVid protokollet: {I#2}",
    "Kan du sammanfatta det här och lista alla åtgärder med ansvarig?\n\nAvstämning projekt Ny webb, {DATE}\nDeltagare: {P#1} (projektledare), {P#2}, {P#3} (konsult), {P#4}\n\n{G#1}: lansering skjuts till v. {NUM}.\n{G#3}: behöver texterna från kommunikation senast {DAY}.\n{G#2} ringer leverantören, {PH}.\n{G#4} bokar nytt möte.",
    # customer service and call notes
    "Sammanfatta samtalet och föreslå nästa steg:\n\nSamtalsanteckning {DATE} {TIME}\nKund: {P#1:f}, kundnr {KUND}\nTel: {PH}\nAdress: {A}\nKunden ringer om felaktig faktura {INV}. Har betalat {AMT} till bankgiro {BG} men fått påminnelse. Hänvisar till {P#2} som hon pratade med förra veckan. Lovat återkoppling inom 2 dagar.\nHandläggare: {Gi#3}",
    "Skriv ett kort svar till kunden baserat på anteckningarna:\n\nÄrende {CASE}\nKund {P#1} ({PNRT}) vill flytta sitt bredband till ny adress {ALGH} från {DATE}. Router skickas till {A}. Kunden nås säkrast på {PH} efter kl 17.\n/{G#2} kundservice",
    "Kan du sortera de här anteckningarna från kundtjänst per kund?\n\n{TIME} {P#1} – ringde om leverans, order {INV}, ny adress {ST}\n{TIME} {P#2} – vill säga upp abonnemang, nr {PH}\n{TIME} {S#1} igen, glömde säga portkod\n{TIME} okänd, la på\n{TIME} {P#3} ({E#3}) – fakturafråga, kundnr {KUND}",
    "Sammanfatta ärendet åt mig, jag ska ta över det från {G#1}:\n\n{DATE}: {P#2} ringer, elen har gått i hela huset på {A}. Elektriker {P#3} från {FIRM} El skickas.\n{DATE}: {S#3} meddelar att jordfelsbrytaren är trasig. Offert {AMT}.\n{DATE}: Kunden godkänner via mejl från {E#2}.",
    # social services and school case notes
    "Hjälp mig sammanfatta journalanteckningarna inför mötet:\n\nAktualisering {DATE}, {CASE}\nBarn: {P#1}, {PNRW}\nVårdnadshavare: {P#2} och {P#3}\nAdress: {A}\nOrosanmälan från skolan ({P#4}, kurator). Barnet har haft hög frånvaro sedan höstlovet. Handläggare {P#5} har haft samtal med {G#2} som uppger att familjen haft det tufft efter att {G#3} förlorade jobbet.",
    "Skriv om den här anteckningen till ett mer neutralt språk:\n\nHembesök hos {P#1} ({PNRT}) på {ST} tillsammans med kollega {I#2}. {G#1} var trött och lägenheten stökig. Dottern {G#3:f} var hemma från skolan. {G#1} lovade att höra av sig till psykiatrin. Uppföljning {DATE}.",
    "Gör en sammanfattning av elevhälsomötet:\n\nElevhälsomöte {DATE}\nElev: {P#1}, klass 7C\nNärvarande: rektor {P#2}, skolsköterska {P#3}, specialpedagog {S#4}, mentor {G#5}\n{G#1} har svårt med koncentrationen. {S#4} föreslår anpassningar. Mentor kontaktar vårdnadshavare {P#6} på {PH}.",
    "Kan du skriva ett brev till vårdnadshavare utifrån det här?\n\nTill: {P#1}, {AL}\nAngående: {Gs#2} frånvaro\nUnder perioden {DATE}–{DATE} har {G#2} varit frånvarande {NUM} timmar. Vi vill boka ett möte. Kontakta mentor {P#3}, {E#3}, eller mig, {P#4}, biträdande rektor.",
    "Sammanfatta den här utredningen kort, ta bort onödiga detaljer:\n\nUtredning enligt 11 kap. 1 § SoL, {CASE}\nSökande: {P#1}, {PNR}\nMake: {P#2:m}, {PNR}\nBostad: {A}\nParet ansöker om ekonomiskt bistånd för {MONTHSV}. {G#2} är sjukskriven, {G#1} studerar SFI. Hyran är {RENT} kr. Kontakt med {Ps#3} hyresvärd, {FIRM} Fastigheter, tel {PH}.",
    # medical letters and lab results
    "Kan du förklara vad det här provsvaret betyder på enkel svenska?\n\nPatient: {RU#1}\nPersonnr: {PNR}\nRemittent: Dr {S#2}, {TOWN} vårdcentral\nProvtagning {DATE}\nHb 128 g/L (117–153)\nTSH {VAL} mIE/L (0,4–4,0)\nKolesterol {VAL} mmol/L\nSvar signerat av {I#3}, leg. läk.",
    "Förklara det här läkarbrevet för min mamma som inte förstår facktermerna:\n\nTill {P#1}\n{AL}\n\nEpikris\nDu har vårdats på avdelning 12 för förmaksflimmer {DATE}–{DATE}. Du har fått Eliquis insatt. Återbesök hos {P#2}, kardiolog, om tre månader. Vid frågor ring avdelningen {PH}.\nMed vänlig hälsning\n{P#3}, överläkare",
    "Vad betyder det här? Fick det i 1177:\n\nRemissvar, Klinisk fysiologi\nPat: {P#1} {PNRW}\nUndersökning: arbets-EKG {DATE}\nBedömning: normalt arbetsprov. Ingen ischemi.\nDikterat av {P#2}, överläkare, renskrivet {DATE}\nKopia till: Dr {S#3}",
    "Skriv en kort sammanfattning av tandläkarens anteckning:\n\n{P#1}, {PNRT}\nBesök {DATE}. Karies 36 distalt, lagas nästa besök. Patienten berättar att {G#1} haft ont sedan i somras. Ny tid bokas via {EW} eller {PH}.\nBeh: tandläkare {I#2}",
    # contracts and agreements to summarise
    "Sammanfatta det viktigaste i det här hyreskontraktet:\n\nHYRESKONTRAKT FÖR BOSTADSLÄGENHET I ANDRA HAND\nUthyrare: {P#1}, {PNR}\nHyresgäst: {P#2}, {PNR}\nLägenhet: {ALGH}\nHyra: {RENT} kr/mån, betalas till konto i Swedbank senast den 25:e\nHyrestid: {DATE} – {DATE}\nFörstahandshyresvärd: {FIRM} Bostäder AB, org.nr {ORGNR}\nUnderskrifter:\n_______________  _______________\n{P#1}  {P#2}",
    "Vad står det egentligen i det här anställningsavtalet? Sammanfatta.\n\nAnställningsavtal\nArbetsgivare: {FIRM} AB ({ORGNR}), {BOX}\nArbetstagare: {F#1}, personnummer {PNRW}, bostadsadress {A}\nBefattning: lagerarbetare\nAnställningsform: provanställning 6 mån fr.o.m. {DATE}\nLön: {AMT} i månaden\nNärmaste chef: {P#2}\nKollektivavtal: Handels",
    "Sammanfatta köpekontraktet för bilen och säg om något saknas:\n\nKÖPEKONTRAKT BEGAGNAD BIL\nSäljare: {P#1}, {PNR}, {A}, tel {PH}\nKöpare: {P#2}, {PNR}, {A}, tel {PH}\nBil: Volvo V60, reg.nr {REG}, årsmodell {YEAR}\nMätarställning: {NUM} 400 mil\nPris: {AMT}, betalas via Swish\nOrt och datum: {TOWN} {DATE}",
    "Kan du förklara överlåtelseavtalet i enkla ord?\n\nÖVERLÅTELSEAVTAL BOSTADSRÄTT\nSäljare: {P#1} ({PNR}) och {P#2} ({PNR})\nKöpare: {P#3} ({PNR})\nFörening: Bostadsrättsföreningen {BRF}, org.nr {ORGNR}\nLägenhet nr {NUM}, {ALGH}\nKöpeskilling: {AMT}\nTillträde: {DATE}\nMäklare: {P#4}, {FIRM} Fastighetsbyrå, {E#4}",
    "Sammanfatta avtalet om umgänge i tre punkter:\n\nAvtal om umgänge enligt 6 kap. 15 a § FB\nFöräldrar: {P#1} ({PNRW}), boende {A}, och {P#2} ({PNRW}), boende {A}\nBarn: {P#3}, {PNRW}\n{G#3} bor växelvis hos föräldrarna, varannan vecka, byte {DAY}ar kl {TIME}. Godkänt av familjerätten, handläggare {P#4}.",
    # spreadsheets pasted as text
    "Kan du göra om det här till en snygg tabell och sortera på efternamn?\n\nNamn\tTelefon\tMejl\n{P#1}\t{PH}\t{E#1}\n{P#2}\t{PH}\t{E#2}\n{P#3}\t{PH}\t{E#3}\n{P#4}\t{PH}\t",
    "Räkna ut totalen per person:\n\n| Namn | Datum | Belopp |\n|---|---|---|\n| {R#1} | {DATE} | {AMT} |\n| {R#2} | {DATE} | {AMT} |\n| {R#1} | {DATE} | {AMT} |\n| {R#3} | {DATE} | {AMT} |",
    "Hitta dubbletter i listan:\n\nEfternamn;Förnamn;Adress;Telefon\n{S#1};{G#1};{ST};{PH}\n{S#2};{G#2};{ST};{PH}\n{S#1};{G#1};{ST};\n{S#3};{G#3};;{PH}",
    "Gör en schemalista från detta, vem jobbar när:\n\nvecka {NUM}\nmån\t{G#1}, {G#2}\ntis\t{G#3}\nons\t{G#1}, {G#4}\ntors\t{G#2}\nfre\t{G#3}, {G#4}\nansvarig: {P#5} {PH}",
    "Skriv ut den här medlemslistan som en punktlista:\n\nMedl.nr | Namn | Personnr | Adress\n{NUM}01 | {RU#1} | {PNRT} | {A}\n{NUM}02 | {RU#2} | {PNRT} | {A}\n{NUM}03 | {RU#3} | {PNRT} | {A}",
    # forms with labels
    "Fyll i resten av blanketten åt mig, jag har bara fyllt i det här:\n\nEFTERNAMN: {S#1}\nFÖRNAMN: {G#1}\nPERSONNUMMER: {PNRW}\nADRESS: {a}\nTELEFON: {PH}\nE-POST: {E#1}\nANHÖRIG: {U#2}",
    "Kan du kolla att den här ansökan är komplett?\n\nANSÖKAN OM FÖRSKOLEPLATS\nBarnets namn: {U#1}\nPersonnummer: {PNRW}\nVårdnadshavare 1: {U#2}, {PH}\nVårdnadshavare 2: {U#3}, {PH}\nFolkbokföringsadress: {AL}\nÖnskat startdatum: {DATE}\nÖnskad förskola: Solstrålen",
    "Skriv en sammanfattning av den här skadeanmälan till försäkringsbolaget:\n\nSkadeanmälan hem\nFörsäkringstagare: {P#1}\nPersonnummer: {PNR}\nFörsäkringsnummer: {KUND}\nSkadeadress: {A}\nSkadedatum: {DATE}\nBeskrivning: Vattenläcka från grannen ovanför ({P#2}). Parkettgolv förstört. Kontakta mig på {PH}.",
    "Kontrollera stavningen i fullmakten:\n\nFULLMAKT\nHärmed ger jag, {P#1}, {PNR}, min dotter {P#2:f}, {PNR}, fullmakt att företräda mig i alla ärenden hos Skatteverket och banken.\n{TOWN} {DATE}\n\n{P#1}\nBevittnas: {P#3}, {P#4}",
    # chat logs, lower case, nicknames
    "sammanfatta vad vi kom fram till i gruppchatten:\n\n[{TIME}] {n#1}: ok vem tar med vad på lördag\n[{TIME}] {g#2}: jag tar chips och dipp\n[{TIME}] {n#3}: vi kör hos {g#4}? {a}\n[{TIME}] {g#4}: ja kom vid sju, ringer ni på så svarar {g#5}\n[{TIME}] {n#1}: {g#2} kan du skjutsa {n#6}",
    "kan du sammanfatta den här tråden kort\n\n{g#1}: har nån hört från {s#2} om nyckeln till förrådet\n{n#3}: nej men ring hen {PH}\n{g#1}: ok. och {n#4} sa att hyresvärden kommer imorgon\n{n#3}: {g#4} har fel, det är på {DAY}",
    "Sammanfatta chatten med vår mäklare:\n\nMäklare {P#1}: Hej! Visningen på {ST} blev jättebra, {NUM} sällskap.\nJag: toppen! har nån lagt bud?\nMäklare {P#1}: Ja, {P#2} har lagt {AMT}. Jag mejlar er budlistan till {E#3}.\nJag: tack {G#1}!",
    "vad tycker du, ska jag svara så här? hela konversationen:\n\n{n#1}: hej! är du hemma ikväll? vi skulle hämta barnvagnen\nmig: ja efter 18. adressen är {a}, portkod {NUM}{NUM}\n{n#1}: perfekt, {g#2:m} kommer själv, han har bilen\nmig: 👍 ring om ni inte hittar {PH}",
    "Gör en lista på vad alla har lovat att göra i chatten:\n\n{G#1}: Jag fixar lokalen\n{Gi#2}: Jag pratar med {Ss#3} om musiken\n{N#4}: Tar tårtan, beställer från konditoriet på {ST}\n{G#1}: Bra! {G#5}, kan du hålla i inbjudan?\n{G#5}: Ja. Skicka adresserna till {E#5}",
    # invitations and guest lists
    "Skriv en inbjudan utifrån det här:\n\n{Ps#1} 50-årsfest\nLördag {DATE} kl {TIME}\nPlats: Hemma hos oss, {A}\nOSA senast {DATE} till {G#2} på {PH} eller {E#2}\nKlädsel: kavaj",
    "Sortera gästlistan efter bord:\n\nBord 1: {P#1}, {P#2}, {P#3}\nBord 2: {P#4}, {Gi#5}, faster {G#6}\nBord 3: {P#7}, {P#8} med respektive\nToastmaster: {P#9}\nKontakt för frågor: {P}, {PH}",
    "Skriv ett bröllopsinbjudan-utkast:\n\n{G#1:f} & {G#2:m} gifter sig!\nVigsel i {TOWN}s kyrka {DATE} kl {TIME}, fest efteråt i bygdegården.\nOSA till {P#3} ({E#3}) senast {DATE}.\nBoende: vi har bokat rum, fråga {G#4}.",
    "Gör det här till ett meddelande till grannarna i trappuppgången:\n\nGrillfest på gården {DAY} den {DATE}! Vi i styrelsen ({P#1}, {P#2} och {G#3}) bjuder på korv. Ta med egen dryck. Frågor: {P#1}, {ST}, {PH}.",
    # obituaries and congratulations
    "Hjälp mig skriva en dödsannons med det här:\n\nVår älskade mamma, mormor och farmor\n{F#1:f}\n* {DATE} {YEAR}  † {DATE}\nhar lämnat oss i stor sorg och saknad.\n{G#2}, {G#3}\nBarnbarn\nBegravningen äger rum i {TOWN}s kyrka. Minnesgåva till Cancerfonden.\nUpplysningar: {P#4}, {PH}",
    "Skriv en minnestext om {P#1} till föreningens tidning. Fakta:\n- född {YEAR} i {TOWN}\n- ordförande i föreningen i 20 år\n- gift med {P#2}\n- barnen {G#3} och {G#4}\n- {G#1} älskade att fiska och sjunga i kören\nSkickas till redaktören {P#5}, {E#5}",
    "Kan du skriva ett grattismeddelande till min kollega?\n\nhon heter {G#1:f} {S#1}, fyller {AGE} på {DAY}. vi har jobbat ihop på ekonomi i tio år. hennes man heter {G#2:m}. hon gillar trädgård. undertecknas av oss på avdelningen: {G#3}, {G#4}, {G#5} och {G#6}",
    "Skriv om den här födelseannonsen så den blir finare:\n\nVi har fått en liten bror till {G#1}!\n{F#2:m} föddes {DATE} på {TOWN}s BB, 3 540 g och 51 cm.\nStolta föräldrar {P#3} och {P#4}",
    "Gör ett kort tal till pensionsfesten. Info:\n{P#1:m} slutar efter 38 år på {FIRM} Plåt. Började som lärling hos {Gs#1} gamla chef {P#2}. Alla kallar honom {N#1}. Hans fru {G#3:f} kommer också.",
    # translations
    "Översätt till engelska:\n\nHej {G#1},\nTack för senast! Jag bifogar kontaktuppgifterna till min kollega {P#2:m} som du kan prata med om lägenheten. Hans nummer är {PH}. Han bor själv på {A}.\nHälsningar {G#3}",
    "Översätt till enkel svenska (lättläst):\n\nKallelse till utvecklingssamtal\nElev: {P#1}\nTid: {DAY} {DATE} kl {TIME}\nPlats: Rum 204\nMentor: {P#2}\nKan du inte komma, kontakta skolans expedition {PH} eller {EW}.",
    # more letters and notices
    "Kan du skriva ett mejl till min arbetsgivare om föräldraledighet utifrån detta?\n\nJag: {P#1}, anst.nr {KUND}\nChef: {P#2}\nLedig: {DATE} – {DATE}, 80 %\nBarnet: {G#3}, född {DATE}\nPartner tar resten av året.",
    "Skriv om den här varningen så den blir mindre hotfull:\n\nTill {P#1}, {ALGH}\n\nStörningar\nVi har fått flera klagomål från grannar, bl.a. {P#2}, om hög musik nattetid. Om detta fortsätter kan hyresavtalet sägas upp. Kontakta förvaltare {P#3} på {PH} senast {DATE}.\n{FIRM} Bostäder AB",
    "Gör en kort sammanfattning av det här brevet från kommunen:\n\n{P#1}\n{AL}\n\nBeslut om bostadsanpassningsbidrag, {CASE}\nDu har beviljats bidrag för borttagning av tröskel och montering av stödhandtag, {AMT}. Handläggare: {P#2}, tel {PH}. Beslutet kan överklagas till förvaltningsrätten.",
    "Skriv ett bättre svar till hyresgästen:\n\nhej {G#1}, vi har fått din felanmälan om kylskåpet. en tekniker från {FIRM} Service kommer {DAY} mellan {TIME} och {TIME}. om du inte är hemma så går han in med huvudnyckel. mvh {G#2}, {FIRM} fastighetsservice, {PH}",
    "Hjälp mig svara på det här mejlet från skolan:\n\nFrån: {P#1} <{E#1}>\nTill: {E#2}\nÄmne: {Gs#3} frånvaro\n\nHej {G#2}!\n{G#3} har inte varit i skolan sedan {DAY}. Är allt bra? Hör gärna av dig till mig eller skolsköterskan {P#4} på {PH}.\nVänligen\n{G#1}, mentor 8A",
    "Vill du korrekturläsa detta innan jag skickar till banken?\n\nHej,\nJag, {P#1} ({PNR}), vill att min son {P#2:m} ({PNR}) får tillgång till mitt konto {KUND} eftersom jag ligger på sjukhus. Han bor på {A} och nås på {PH}.\nTack!",
    "Gör om till en formell reklamation:\n\nköpte en diskmaskin bosch hos er {DATE} för {AMT}. den läcker. ordernr {INV}. jag heter {p#1} och bor på {a}, ring {PH}. vill ha ny eller pengarna tillbaka",
    "Skriv ett svar till {P#1:f} som ansökt om medlemskap i föreningen. Hennes mejl:\n\nHej! Jag heter {G#1} och har precis flyttat till {ST}. Min granne {P#2} tipsade om er odlingslott. Går det att ställa sig i kö? Mitt nummer är {PH}.\nHälsningar {P#1}",
    "Skriv om det här till ett tydligt meddelande till hemtjänsten:\n\n{P#1} på {A} ska på sjukhuset {DAY} kl {TIME}. Dotter {P#2:f} ({PH}) hämtar. Nyckel finns hos grannen {S#3}. Inget besök den dagen.",
    "Kan du skriva en rekommendation till LinkedIn för {P#1}? Stödord:\n- jobbade ihop på {FIRM} Consulting 2019–2024\n- {G#1} ledde migreringen till molnet\n- coachade juniorer som {G#2} och {G#3}\nJag heter {P#4}, CTO",
    "Sammanfatta mejltråden:\n\nFrån: {P#1} <{E#1}>\nSkickat: {DAY} {DATE} {TIME}\nTill: {P#2}\nKopia: {P#3}\n\n{G#2}, kan du skicka offerten till {BOX}?\n\n> {G#1}, den gick iväg igår till {E#3}.\n> /{G#2}\n> {PH}",
    "Gör om min lapp till en snygg anslagstavla-text:\n\nBORTTAPPAD KATT! Grå hane som heter Sixten, försvann från {ST} {DAY}. Har ni sett honom ring {G#1} {PH} eller {G#2} {PH}. Belöning!",
    "Förbättra meddelandet till elevernas föräldrar:\n\nHej! Klassens gemensamma lista för fikat på avslutningen:\n{R#1} – bullar\n{R#2} – saft\n{R#3} – kaffe\n{R#4} – frukt\nFrågor till klassförälder {P#5} {PH}",
    "Sammanfatta vad handläggaren skrev:\n\nDatum: {DATE}\nÄrende: {CASE}\nPart: {P#1} {PNR}\nOmbud: advokat {P#2}, {FIRM} Advokatbyrå, {BOX}, {PH}\nMotpart: {P#3}\n{Gs#1} ansökan om vårdnad av {G#4} prövas vid muntlig förberedelse i tingsrätten.",
    "Kan du skriva ett tackkort från det här?\n\nTill {G#1} och {G#2} på {ST}: tack för blommorna när pappa dog. Det värmde. /{G#3}, {G#4} och barnen",
    "Skriv en text till vår förenings webbsida om styrelsen:\n\nOrdförande: {P#1}\nVice ordf: {P#2}\nKassör: {P#3}\nSekreterare: {P#4}\nLedamöter: {P#5}, {P#6}\nKontakt: {EW}, c/o {P#3}, {AL}",
    "Skriv ett mejl till hyresgästerna om vattenavstängningen. Info:\nHus: {ST}\nTid: {DAY} {DATE} {TIME}–{TIME}\nKontaktperson: fastighetsskötare {P#1}, {PH}\nJour: {PH}",
    "Gör om detta till en trevlig presentation av nya kollegan:\n\n{P#1}, börjar på HR {DATE}. Kommer från {FIRM} Bank där {G#1} jobbat med rekrytering. Bor i {TOWN} med sambon {G#2} och två katter. Nås på {E#1}.",
    "Korrekturläs den här lappen till tvättstugan:\n\nTill den som tog mina lakan ur torktumlaren {DAY}: de är märkta {II#1}. Lämna tillbaka eller ring {PH}. /{G#1} {S#1}",
    "Skriv en ansökan om ekonomiskt bidrag till idrottsföreningen, så här ser det ut:\n\nFöreningens kontaktperson: {P#1}\nAdress: {BOX}\nTelefon: {PH}\nE-post: {EW}\nBankgiro: {BG}\nOrg.nr: {ORGNR}\nTränare: {P#2}, {P#3}",
    "Vad är viktigast i det här brevet från Kronofogden? Sammanfatta.\n\n{U#1}\n{AL}\n\nAnsökan om betalningsföreläggande, målnummer {CASE}\nSökande: {FIRM} Inkasso AB\nDu har 10 dagar att bestrida. Handläggare {P#2}, {PH}.",
    "Skriv om detta sms till en tydligare påminnelse:\n\nhej {g#1}! glöm inte tandläkartiden för {g#2} imorgon kl {TIME} på {ST}. om ni inte kan, ring {PH}. /{g#3}",
    "Skriv ett kondoleansbrev till {P#1} vars man {G#2:m} har dött. Jag känner dem från kören där {Gs#2} röst var den bästa basen. Jag heter {P#3} och bor på {A}.",
    "Hjälp mig svara på vem som har vilket ansvar enligt det här:\n\nAnsvarsfördelning städdagen {DATE}\nGården: {P#1}, {P#2}\nCykelrummet: {P#3}\nGrillen: {G#4} i 2 tr\nSoprummet: {Ss#5} familj\nFika: {P#6}\nFrågor: {E#6}",
    "Omformulera detta till ett professionellt mejl till revisorn:\n\nhej {g#1}. bifogar bokslutet för {FIRM} Måleri AB ({ORGNR}). ägaren {P#2} har frågor om momsen, kan du ringa honom på {PH}. mvh {g#3}",
    "Sammanfatta anteckningen från utvecklingssamtalet:\n\nMedarbetare: {P#1}\nChef: {P#2}\nDatum: {DATE}\n{G#1} trivs men vill ha mer ansvar. Önskar gå kurs i projektledning. {G#2} lovar att prata med {P#3} på HR. Uppföljning i {MONTHSV}.",
    "Kan du skriva ett mejl och tacka för intervjun?\n\nIntervjuare: {P#1} och {P#2} på {FIRM} Energi\nTjänst: driftstekniker\nIntervjun: {DAY}\nJag: {P#3}, {PH}",
    "Hjälp mig skriva kallelsen:\n\nKallelse till extrastämma i Brf {BRF}\nTid: {DATE} kl {TIME}\nPlats: Gemensamhetslokalen, {ST}\nDagordning: fråga om laddstolpar\nStyrelsen genom {P#1}, ordförande, {PH}",
    "Översätt den här adresslappen till ett standardformat:\n\ntill {p#1}\nc/o {s#2}\n{a}",
)

EN = (
    # letters and e-mails to rewrite
    "Can you make this email sound more professional?\n\nhi {g#1}, the heating in my flat has been off since {DAYEN} and nobody from your office has called back. i've rung {PH} like 5 times. please sort it out. {p#2}, {AU}",
    "Rewrite this complaint so it's firm but polite:\n\nDear Sir or Madam,\nI am writing about order {INV}, which arrived damaged on {DATEEN}. Your agent {P#1} promised a refund of {GBP} but nothing has happened. Please contact me at {E#2} or {PHX}.\nYours faithfully,\n{P#2}\n{AUL}",
    "Please shorten this letter to my landlord:\n\nDear {T#1} {S#1},\nI'm giving notice that I will be leaving {AU} at the end of next month. My partner {P#2} and I have found a house closer to work. We'd like the deposit ({GBP}) returned to the account on file. I can be reached on {PHX}.\nKind regards,\n{P#3}",
    "Help me write an apology to my manager. Notes: missed the client call with {P#1} on {DAYEN}, my daughter {G#2} was sick, {G#3} from accounts covered for me. Manager is {G#4}. Sign off as {N#5}.",
    "Rewrite this to my employer as a formal resignation:\n\nHi {G#1}, I've decided to take the job at {FIRMEN}. My last day will be {DATEEN}. Thanks for everything, especially for pairing me with {P#2} when I started.\n{P#3}\n{E#3}",
    # CVs, cover letters, references
    "Can you improve my CV summary?\n\n{U#1}\n{AUS} · {PHX} · {E#1}\n\nPROFILE\nRegistered nurse with 8 years' experience in acute care.\n\nEXPERIENCE\n{YEAR}–present  Charge Nurse, St Mary's Hospital\n{YEAR}–{YEAR}  Staff Nurse, Ward 7\n\nREFERENCES\n{P#2}, Ward Manager, {E#2}\n{P#3}, {PHX}",
    "Write a cover letter based on this: job is junior accountant at {FIRMEN}. I'm {P#1}, {AGE}, finished my ACCA last year, did an internship under {P#2} at a small firm in {TOWN}. Contact {E#1}.",
    "I need a reference letter for {P#1}, who worked for me as a nanny for three years. Points: great with our twins {G#2} and {G#3}, drove them to school, cooked. I'm {P#4}, {AUL}, {PHX}.",
    "Proofread my reference:\n\nTo whom it may concern,\nI have known {F#1} since {YEAR}, when {G#1} joined my team at the council. {G#1} is reliable, kind and very organised. Please feel free to contact me.\n{P#2}\nHead of Housing\n{E#2}",
    # minutes and meeting notes
    "Summarise these minutes in five bullets:\n\nResidents' Association – Minutes, {DATEEN}\nPresent: {P#1} (Chair), {P#2} (Secretary), {P#3}, {P#4}, {P#5}\nApologies: {P#6}\n1. {G#1} welcomed everyone.\n2. Treasurer {S#3} reported a balance of {GBP}.\n3. {G#4} raised the broken lift at {AU}.\n4. AOB: {Ss#5} dog complaint – deferred.\nNext meeting {DAYEN} at {TIME}.",
    "Turn my scrappy notes into proper meeting notes:\n\nattendees: {II#1}, {II#2}, {g#3}, {p#4}\n- {II#1} q3 numbers look ok\n- {g#3} chasing supplier, {PHX}\n- {s#4} to book venue\n- follow up {DAYEN}",
    "Summarise this board meeting and list action items with owners:\n\nBoard meeting {DATEEN}\nAttendees: {P#1} (CEO), {P#2} (CFO), {P#3}, {P#4} (external)\n- {S#2} presented the budget, {USD} over plan.\n- {P#3} to draft the hiring plan.\n- {G#4} asked about the lease at {AUS}.\nMinutes taken by {I#5}.",
    "Clean up these PTA meeting notes:\n\nPTA meeting {DATEEN}\nChair: {P#1}\nPresent: {R#2}, {R#3:f}, {R#4}\nBake sale raised {GBP}. {G#2} will ask Mrs {S#5:f} about using the hall. {G'#3} husband can do the raffle.",
    # customer service and call notes
    "Summarise this call and suggest next steps:\n\nCall log {DATEEN} {TIME}\nCustomer: {P#1}\nAccount: {KUND}\nPhone: {PHX}\nAddress on file: {AUL}\nCustomer says the engineer ({P#2}) never turned up. Ticket {CASE}. Promised a callback from team lead {G#3}.",
    "Write a reply to this customer based on my notes:\n\n- {P#1}, order {INV}, wants to change delivery to {AUS}\n- email on file {E#1}, but asked us to use {E#1}\n- phone {PHX}\n- agent: {Gi#2}",
    "Summarise these support tickets by customer:\n\n{TIME} {P#1} – login issue, {E#1}\n{TIME} {P#2} – billing, invoice {INV}, {PHX}\n{TIME} {S#1} again, still locked out\n{TIME} {P#3} – cancel, {AU}",
    # social services, schools
    "Help me summarise this case note for supervision:\n\nCase {CASE}\nChild: {P#1}, DOB {DATEEN}\nParents: {P#2} and {P#3}\nAddress: {AUL}\nReferral from school (DSL {P#4}). Home visit on {DAYEN} by social worker {P#5}. {G#2} engaged well; {G#3} not present.",
    "Rewrite this school incident report in neutral language:\n\nIncident report – {DATEEN}\nPupils involved: {G#1} {S#1} (Y8), {G#2} {S#2} (Y8)\nWitness: {T#3} {S#3}\n{G#1} pushed {G#2} in the corridor. Parents informed: {P#4} by phone ({PHX}).",
    "Summarise this IEP meeting note:\n\nStudent: {P#1}\nGrade 5, homeroom {T#2} {S#2}\nPresent: {P#3} (parent), {P#4} (special ed), {P#2}\n{G#1} will get extra time on tests. {S#4} to check in weekly. Parent email {E#3}.",
    # medical
    "Can you explain these blood test results in plain English?\n\nPatient: {RU#1}\nDOB: {DATEEN}\nHospital No: {KUND}\nRequested by: Dr {S#2}, {FIRMEN} Surgery\nHb 131 g/L (115-165)\nFerritin {VAL} ug/L (15-300)\nHbA1c {NUM} mmol/mol\nReported by {I#3}",
    "My dad got this letter from the hospital, what does it mean?\n\n{P#1:m}\n{AUL}\n\nDear {T#1} {S#1},\nFollowing your colonoscopy on {DATEEN}, the biopsies showed no sign of cancer. Dr {P#2} would like to see you in clinic in six months. If you have questions please call the secretary, {P#3}, on {PHX}.\nYours sincerely\n{P#2}, Consultant Gastroenterologist",
    "Explain this discharge summary simply:\n\nDischarge summary\nPatient: {P#1}, MRN {KUND}\nAttending: Dr. {P#2}\nAdmitted {DATEEN} with pneumonia, treated with IV antibiotics. Follow up with PCP Dr. {S#3} within 1 week. Emergency contact: {P#4}, {PHX}.",
    # contracts
    "Summarise the key terms of this tenancy agreement:\n\nASSURED SHORTHOLD TENANCY AGREEMENT\nLandlord: {P#1}, of {AU}\nTenant(s): {P#2} and {P#3}\nProperty: {AU}\nRent: {GBP} per calendar month\nDeposit: {GBP}, protected with the DPS\nTerm: 12 months from {DATEEN}\nSigned: {P#1} / {P#2} / {P#3}",
    'What does this employment contract actually say? Summarise.\n\nEMPLOYMENT AGREEMENT\nBetween {FIRMEN} Inc. ({AUS}) and {F#1} ("Employee")\nPosition: Sales Associate\nStart date: {DATEEN}\nSalary: {USD} per year\nReports to: {P#2}\nSigned {DATEEN}, {P#2} for the Company',
    "Summarise this bill of sale for a car:\n\nBILL OF SALE\nSeller: {P#1}, {AUS}, tel {PHX}\nBuyer: {P#2}, {AUS}\nVehicle: 2016 Honda Civic, plate {REG}, VIN 1HGCM82633A{NUM}4352\nPrice: {USD}\nDate: {DATEEN}",
    # spreadsheets
    "Can you turn this into a table sorted by surname?\n\nName\tPhone\tEmail\n{P#1}\t{PHX}\t{E#1}\n{P#2}\t{PHX}\t{E#2}\n{P#3}\t{PHX}\t{E#3}",
    "Total the hours per person:\n\n| Name | Date | Hours |\n|---|---|---|\n| {R#1} | {DATEEN} | {NUM} |\n| {R#2} | {DATEEN} | {NUM} |\n| {R#1} | {DATEEN} | {NUM} |\n| {R#3} | {DATEEN} | {NUM} |",
    "Find duplicates in this mailing list:\n\nlast,first,email\n{S#1},{G#1},{E#1}\n{S#2},{G#2},{E#2}\n{S#1},{G#1},{E#1}\n{S#3},{G#3},{E#3}",
    # forms
    "Check this form for missing info:\n\nSURNAME: {S#1}\nFIRST NAME(S): {G#1}\nDATE OF BIRTH: {DATEEN}\nADDRESS: {AUL}\nPHONE: {PHX}\nEMAIL: {E#1}\nNEXT OF KIN: {U#2}",
    "Fill in the rest of this volunteer form from what I wrote:\n\nName: {P#1}\nAddress: {AUS}\nPhone: {PHX}\nEmergency contact: {P#2:f} (wife)\nAvailability: weekends\nReferred by: {P#3}",
    # chat logs
    "summarise what we agreed in the group chat:\n\n[{TIME}] {n#1}: who's bringing what saturday\n[{TIME}] {g#2}: i'll do drinks\n[{TIME}] {n#3}: we're at {g#4}'s right? {AU}\n[{TIME}] {g#4}: yep come at 7, buzz flat 3\n[{TIME}] {n#1}: {g#2} can u pick up {n#5}",
    "tl;dr this chat pls\n\n{g#1}: anyone heard from {s#2:m} about the keys\n{n#3}: no but his number is {PHX}\n{g#1}: ok. {n#4} said the landlord's coming tmrw\n{n#3}: {g#4} is wrong it's {DAYEN}",
    "Summarise this chat with our estate agent:\n\nAgent ({P#1}): Hi! The viewing at {AU} went great, {NUM} groups came.\nMe: any offers?\nAgent ({P#1}): Yes, {P#2} offered {GBP}. I'll email the list to {E#3}.\nMe: thanks {G#1}!",
    # invitations, guest lists
    "Write an invitation from this:\n\n{P'#1:f} 40th birthday\nSaturday {DATEEN}, {TIME}\nAt ours: {AU}\nRSVP to {G#2} on {PHX} or {E#2} by {DATEEN}\nDress: smart casual",
    "Sort this guest list by table:\n\nTable 1: {P#1}, {P#2}, {P#3}\nTable 2: {P#4}, {Gi#5}, Auntie {G#6}\nTable 3: {P#7} + guest\nBest man: {P#8}\nQuestions: {P#9}, {PHX}",
    "Make this wedding invite sound nicer:\n\n{G#1:f} and {G#2:m} are getting married! Ceremony at St John's, {DATEEN}, {TIME}. Reception after at the Old Mill. RSVP to {P#3} at {E#3}.",
    # obituaries and congratulations
    "Help me write an obituary from these notes:\n\n{F#1:m}, of {TOWN}, passed away peacefully on {DATEEN}. Beloved husband of {G#2:f} for 52 years, father of {G#3} and {G#4}. Worked at the paper mill. Funeral at {TIME} on {DAYEN}. Donations to the British Heart Foundation. Enquiries: {P#5}, {PHX}.",
    "Write a short congratulations card to my colleague {G#1:f} on her promotion. Sign it from {G#2}, {G#3}, {N#4} and {G#5} in Finance.",
    "Write a birth announcement: {F#1}, born {DATEEN}, 7lb 2oz. Proud parents {P#2} and {P#3}. Big sister {G#4:f}.",
    # translations and misc
    "Translate this to Swedish:\n\nHi {G#1},\nThanks for yesterday! Here are the details of my colleague {P#2:m}, who can tell you about the flat. His number is {PHX}. He lives at {AU} himself.\nBest, {G#3}",
    "Improve my email to the school:\n\nDear {T#1} {S#1},\n{G#2} will be absent on {DAYEN} for a dental appointment. Please let {G'#2} teacher {T#3} {S#3} know. You can reach me on {PHX}.\nThanks,\n{P#4}",
    "Summarise this email thread:\n\nFrom: {P#1} <{E#1}>\nSent: {DAYEN} {DATEEN} {TIME}\nTo: {P#2}\nCc: {P#3}\n\n{G#2}, can you send the quote to {AUS}?\n\n> {G#1}, sent it yesterday to {E#3}.\n> {G#2}\n> {PHX}",
    "Make a proper notice from this for the building:\n\nwater off {DAYEN} {TIME}-{TIME}. caretaker {P#1}, {PHX}. out of hours {PHX}. sorry! - {G#2}, {FIRMEN} Property Management, {EW}",
    "Proofread my LinkedIn recommendation for {P#1}:\n\nI worked with {G#1} at {FIRMEN} for four years. {G#1} led our move to the cloud and mentored juniors like {G#2} and {G#3}. Anyone would be lucky to have {G#1}.\n– {P#4}, CTO",
    "Write a polite reply to this tenant's email:\n\nFrom: {P#1} <{E#1}>\nSubject: Leak in bathroom – {AU}\n\nHi, there's water coming through the ceiling from the flat above ({S'#2}). Can someone come today? My number is {PHX}.\n{G#1}",
    "Rewrite this text to my babysitter so it's clearer:\n\nhi {g#1}! {g#2} has swimming at 5, pick up from {FIRMEN} leisure centre. dinner in fridge. my mum {g#3:f} might drop by, her number {PHX}. back by 10 x",
    "Summarise this lawyer's letter:\n\n{P#1}\n{FIRMEN} Solicitors LLP\n{AUL}\n\nOur client: {P#2}\nYour ref: {CASE}\n\nDear {T#3} {S#3},\nWe act for {T#2} {S#2} in relation to the boundary dispute at {AU}. Please direct all further correspondence to the writer at {E#1}.",
    "Rewrite this note for the night shift handover:\n\nBed 4 – {P#1}, {AGE}y, post-op day 2, obs stable. Daughter {G#2} visiting, number {PHX}. Dr {S#3} to review in morning. Bed 6 – {S#4}, confused overnight.",
    "Turn this into a thank-you note:\n\nto {G#1} and {G#2} at number 12 – thanks for the flowers when mum passed. from {G#3}, {G#4} and the kids",
    "Write a welcome email for the new starter:\n\nname: {P#1}\nstarting: {DATEEN}\nrole: data analyst\nbuddy: {P#2}, {E#2}, {PHX}\noffice: {AUL}\nIT access sorted by {G#3}",
    "Fix the grammar in this Airbnb message:\n\nHello {G#1}! Welcome to {AX}. Key is in lockbox, code {NUM}{NUM}. If any problem call me {PHX} or my brother {G#2:m}. Enjoy!\n{G#3}",
)

MIXED = (
    "Översätt till engelska, men behåll namnen:\n\nHej {G#1}!\nTack för mötet igår. Som sagt kan du kontakta min kollega {P#2} om kontraktet, hen nås på {PH} eller {E#2}. Vårt kontor ligger på {A}.\nMvh {P#3}",
    "Translate this into Swedish please:\n\nDear {G#1},\nI'm {P#2}'s manager at {FIRMEN}. {G#2} will be relocating to your Stockholm office from {DATEEN}. Could you help find a flat near {STN}? Reach me at {E#3} or {PHX}.\nBest regards,\n{P#3}",
    "Kan du skriva om det här mejlet på engelska så det låter proffsigt?\n\nhej {g#1}, vi ses på {DAY} kl {TIME} på kontoret, {ST}. ta med passet för HR. {g#2} från IT möter dig i receptionen. ring {PH} om du blir sen.",
    "Can you summarise this Swedish minutes for our UK board?\n\nProtokoll styrelsemöte {DATE}\nNärvarande: {P#1} (ordf), {P#2}, {P#3}, {P#4}\n§3 {G#2} redovisade budgeten.\n§4 {S#3} tar kontakt med revisorn.\n§5 Nästa möte {DATE}.",
    "Help me översätta mitt CV till English. Här:\n\n{U#1}\n{A}\n{PH} · {E#1}\nErfarenhet: Projektledare på {FIRM} AB {YEAR}–nu\nReferens: {P#2}, {PH}",
    "Write an English reply to this from our Swedish landlord:\n\nHej {G#1},\nVi kommer att byta lås i trappuppgången på {ST} den {DATE}. Nya nycklar hämtas hos fastighetsskötaren {P#2} ({PH}). Mvh {P#3}, {FIRM} Förvaltning",
    "sammanfatta chatten på engelska\n\n{n#1}: hey are we still on for fika?\n{g#2}: ja! {TIME} at the usual place?\n{n#1}: yes, bringing {g#3:m}, he just moved here from {TOWNEN}\n{g#2}: nice, welcome {g#3}! my number if you get lost {PH}",
    "Translate to Swedish: the dental clinic letter\n\nDear {P#1},\nYour appointment with Dr {S#2} is on {DAYEN} {DATEEN} at {TIME}. Please call {PH} to rebook. Our address: {A}.",
    "Please make this bilingual invite prettier:\n\nVälkomna på {Gs#1} 30-årsfest! / Welcome to {G'#1:f} 30th!\nLördag {DATE} kl {TIME}\n{A}\nOSA/RSVP: {G#2}, {PH}, {E#2}",
    "Kan du förklara this lab report på svenska?\n\nPatient: {RU#1}\nPNR: {PNR}\nRequested by: Dr {S#2}\nHb 124 g/L\nCRP <5\nComment: normal findings. Signed {I#3}.",
    "Translate this tenancy contract summary into English:\n\nHyresvärd: {P#1}, {PNR}\nHyresgäst: {P#2}, {PNR}\nLägenhet: {ALGH}\nHyra: {RENT} kr/mån\nKontakt hyresvärd: {PH}, {E#1}",
    "My Swedish colleague wrote this, can you explain it in English?\n\nHej! {G#1} är sjuk idag så {P#2} tar mötet med kunden. Om ni behöver nå {G#1} ändå, ring {PH}. /{N#3}",
    "Rewrite in English, it's for my new boss {P#1}:\n\nhej, jag heter {P#2} och börjar {DATE}. har jobbat på {FIRM} i {TOWN} under {P#3}. nås på {E#2}.",
    "Skriv ett svar på svenska till det här mejlet:\n\nFrom: {P#1} <{E#1}>\nHi! I'm {G#1}, {P'#2} partner. We're coming to Göteborg in July. Is the apartment on {ST} still available? My number: {PHX}.\nThanks!",
    "Translate the guest list headings to English, keep the rest:\n\nNamn | Bord | Specialkost\n{P#1} | 1 | vegetarisk\n{P#2} | 1 | –\n{P#3} | 2 | glutenfri\n{P#4} | 2 | nötallergi",
    "Summarise this call note in English:\n\nSamtal {DATE} {TIME}, kund {P#1}, kundnr {KUND}, tel {PH}. Kunden vill flytta abonnemanget till {A}. Handläggare: {Gi#2}.",
    "Can you rewrite my cover letter? Half is in Swedish, half English, make it all English:\n\nHej {G#1}!\nJag heter {P#2} and I'm applying for the role as UX designer. Jag har jobbat på {FIRM} i fem år, where I led the redesign with {P#3}. Contact: {E#2}, {PH}.",
    "Översätt den här vårdnadshavar-info till engelska:\n\nTill vårdnadshavare för {P#1}\nUtvecklingssamtal {DATE} kl {TIME} med mentor {P#2}. Kan ni inte komma, mejla {E#2}.",
    "what does this Swedish letter from Skatteverket say?\n\n{U#1}\n{AL}\n\nPersonnummer: {PNR}\nDu har fått ett beslut om slutlig skatt. Frågor? Ring {PH}.\n\ncan you explain in english pls",
    "Rewrite this chat as a formal message, in Swedish:\n\n{g#1}: hey boss, can't come in today, {g#2} is sick\n{g#3}: ok no worries, vabb?\n{g#1}: yes. {g#4} can cover my calls\n{g#3}: 👍 krya på er",
    "Translate the obituary to English for relatives in {TOWNEN}:\n\nVår käre\n{F#1:m}\nhar stilla insomnat {DATE}.\n{G#2}\n{G#3} med familj\nBegravning i {TOWN}s kyrka. Upplysningar: {P#4}, {PH}",
    "Kan du översätta referensen? I need it in English:\n\n{P#1} har arbetat som lärare hos oss {YEAR}–{YEAR}. {G#1} är omtyckt av elever och kollegor. Frågor besvaras av rektor {P#2}, {E#2}.",
    "Översätt till svenska:\n\nMinutes – Nordic team sync, {DATEEN}\nPresent: {P#1}, {P#2}, {P#3} (Oslo), {P#4}\n- {G#1} to send the report to {E#4}\n- {S#3} will visit the Malmö office at {ST}",
    "Make this meddelande till grannarna bilingual (sv + en):\n\nVi har flyttat in på {ST}! Vi heter {G#1} och {G#2} och har en hund som heter Bamse. Säg gärna hej. / Feel free to knock, or call {PH}.",
    "Summarise this Swedish social services note in English for the interpreter briefing:\n\nÄrende {CASE}\nKlient: {P#1}, {PNRT}\nAdress: {A}\nTolk: arabiska. Klientens syster {P#2} närvarande. Handläggare {P#3}.",
    "Help me reply in English to my Swedish neighbour's note:\n\nHej! Vi på {ST} har grillfest {DAY}, ni är välkomna! /{G#1} & {G#2}, tel {PH}",
    "Translate the CV section to Swedish:\n\nREFERENCES\n{P#1}, Head of Sales, {FIRMEN}, {PHX}, {E#1}\n{P#2}, former manager, {PHX}",
    "Kan du göra en tabell, columns Name/Phone/Email, av detta:\n\n{P#1} {PH} {E#1}\n{P#2} {PHX} {E#2}\n{P#3}, mobil {PH}",
    "Rewrite this in proper Swedish, it's for Migrationsverket:\n\nmy name is {P#1}, född {DATE}, pnr {PNR}. i live on {A} with my wife {P#2:f}. we want to apply for permanent uppehållstillstånd. contact {E#1}",
    "Explain this Swedish rental notice to me in English:\n\nTill hyresgästen {P#1}\n{ALGH}\n\nHyreshöjning från {DATE}: ny hyra {RENT} kr/mån. Frågor till {P#2}, {PH}.",
    "Översätt detta mejl från en engelsk kund:\n\nHi {G#1},\nThe invoice {INV} is paid. Please send the goods to our warehouse at {AUL}, attention {P#2}.\nCheers,\n{P#3}\n{PHX}",
    "make this English birthday message från oss alla sound better:\n\nhappy birthday {g#1}!! grattis på 40-årsdagen från {g#2}, {n#3}, {g#4} och hela gänget. see you at {Gs#5} on saturday",
    "Översätt rubrikerna till engelska i formuläret:\n\nNAMN: {U#1}\nPERSONNUMMER: {PNRW}\nADRESS: {a}\nTELEFON: {PH}\nNÄRMASTE ANHÖRIG: {U#2}",
    "Summarise in English, the client is from {TOWNEN}:\n\nVisning av lägenheten på {A} {DAY} kl {TIME}. Mäklare: {P#1} ({PH}). Säljarna {P#2} och {P#3} är inte på plats.",
    "Help me write an English e-mail to my son's new school i London. Info på svenska:\n\nSon: {P#1:m}, född {DATE}\nFöräldrar: {P#2} och {P#3}\nNy adress: {AUL}\nMobil: {PHX}\nMejl: {E#2}",
    "Översätt vårt samtal till engelska för min kollega:\n\nKunden {P#1:f} ringde. Hon vill att vi skickar fakturan till hennes bokföringsbyrå, c/o {P#2}, {BOX}. Hennes mejl är {E#1}.",
    "Can you translate the house rules to Swedish? Contact part:\n\nIn case of emergency contact the host {P#1} on {PHX} or the neighbour {G#2} at {ST}.",
    "summarise this slack thread pls, half swedish half english\n\n{g#1}: kan någon ta kunden {P#2:f} idag?\n{g#3}: i can take it after lunch\n{g#1}: tack! her number is {PH}\n{g#4}: fyi {s#2} mejlade även mig från {E#2}",
    "Skriv en engelsk version av den här annonsen:\n\nUthyres: 2:a på {ST}, {RENT} kr/mån. Kontakta {P#1}, {PH}.\n\nFor rent: 2-room flat, contact me!",
    "Översätt läkarintyget till engelska för min arbetsgivare i Norge:\n\nLäkarintyg\nPatient: {P#1}, {PNR}\nSjukskriven 100 % {DATE}–{DATE}.\n{P#2}, leg. läkare, {FIRM} vårdcentral, {PH}",
    "Translate and shorten: meddelande från förskolan\n\nHej föräldrar! {DAY} går vi på utflykt. Ta med matsäck. Frågor till {G#1} eller {G#2} på avdelning Humlan, {PH}.\n/{P#3}, förskolechef",
    "Översätt referenslistan:\n\nReferences / Referenser\n1. {P#1}, Manager, {FIRMEN} ({PHX})\n2. {P#2}, Chef, {FIRM} AB ({PH})\n3. {P#3}, {E#3}",
    "Kan du hjälpa mig skriva till en engelsk hyresvärd? Mina uppgifter:\nNamn: {P#1}\nNuvarande adress: {A}\nNy adress: {AU}\nTelefon: {PH}\nReferens från nuvarande hyresvärd: {P#2}, {E#2}",
    "Translate to English please, det är ett sms från min svärmor:\n\nhej {g#1}! kan ni hämta {g#2} på fotbollen {DAY}? jag sitter fast på jobbet. {g#3} vet var det är, {ST}. kram {g#4}",
    "Summarise in English: anteckningar från utvecklingssamtal\n\nMedarbetare: {P#1}\nChef: {P#2}\n{G#1} vill gå ner i tid. {G#2} stämmer av med HR, {P#3}.",
    "Gör den här engelska texten till en svensk dödsannons:\n\nOur beloved mother {F#1:f} passed away on {DATEEN}. Missed by {G#2}, {G#3} and grandchildren. Service at {TOWN} church.",
    "Translate the signature to Swedish:\n\nBest regards,\n{P#1}\nCustomer Success Manager\n{FIRMEN} Nordic AB\n{BOX}\nMobile {PH} | {E#1}",
    "Hjälp mig svara på engelska till {P#1}:\n\nHi! Your Blocket ad for the bike – is it still available? I can pick it up in {TOWNEN}... sorry, I mean near {ST}. Call me {PHX}.",
    "Kan du göra det här mer formellt? Det är till min engelska handledare:\n\nHi {G#1}, sorry, jag blir sen till handledningen {DAY}. Min son {G#2:m} har vattkoppor. Could we move it to {TIME}? Annars når du mig på {PH}.\n/{G#3}",
    "Översätt min Airbnb-info till engelska:\n\nVälkommen till {A}! Nyckeln finns i nyckelskåpet, kod {NUM}{NUM}. Vid problem ring mig, {G#1}, på {PH} eller min granne {P#2}.",
)

# Rows without any value, each used once: numbers of firms, cases, invoices and payments,
# amounts, dates, plates, products, firms and places, and words that are names used as words.
NEGATIVES = (
    (
        "sv",
        "Kan du sammanfatta fakturan?\n\nFaktura {INV}\nFakturadatum: {DATE}\nFörfallodatum: {DATE}\nBelopp att betala: {AMT}\nBankgiro: {BG}\nOCR: {OCR}\nOrg.nr: {ORGNR}\nMomsreg.nr: SE{ORGNR}01\nVid frågor, se Mina sidor.",
    ),
    (
        "sv",
        "Förklara vad det här betyder: Beslut i ärende {CASE}. Kommunstyrelsen beslutar att avslå överklagandet. Beslutet fattades {DATE} och kan överklagas inom tre veckor till förvaltningsrätten i {TOWN}.",
    ),
    (
        "sv",
        "Skriv om så det låter trevligare: Till alla boende. Soprummet kommer att vara stängt {DAY} {DATE} mellan {TIME} och {TIME} på grund av sanering. Grovsopor ställs i containern vid parkeringen. Styrelsen",
    ),
    (
        "sv",
        "Sammanfatta protokollet:\n§1 Mötet öppnades av ordföranden.\n§2 Dagordningen godkändes.\n§3 Kassören redovisade ett överskott på {AMT}.\n§4 Beslut att anlita {FIRM} Bygg AB ({ORGNR}) för takbytet.\n§5 Mötet avslutades {TIME}.",
    ),
    (
        "sv",
        "Räkna ihop kolumnen:\n\nDatum | Beskrivning | Belopp\n{DATE} | Hyra | {AMT}\n{DATE} | El, Vattenfall | {AMT}\n{DATE} | Bredband Telia | {AMT}\n{DATE} | Hemförsäkring If | {AMT}",
    ),
    (
        "sv",
        "Vad betyder det här provsvaret? Hb {VAL} g/L, CRP <5, P-glukos {VAL} mmol/L, TSH {VAL}. Remiss nr {CASE}. Provet togs {DATE} kl {TIME} på vårdcentralen i {TOWN}.",
    ),
    (
        "sv",
        "Kan du förklara de här villkoren enkelt? Avtalet gäller från {DATE} med en bindningstid på 24 månader. Uppsägningstiden är tre månader. Avtalsnummer {KUND}. Priset justeras årligen enligt KPI.",
    ),
    (
        "sv",
        "Hjälp mig skriva en annons: Säljes Volvo XC60 {YEAR}, reg.nr {REG}, mil {NUM} 200, besiktad {DATE}. Pris {AMT}. Finns i {TOWN}, svara via Blocket.",
    ),
    (
        "sv",
        "Sammanfatta i punktform: Kursen i första hjälpen hålls {DAY} {DATE} kl {TIME} i Röda korsets lokal. Kostnad {AMT}, betalas till bankgiro {BG} med OCR {OCR}. Anmälan via hemsidan senast {DATE}.",
    ),
    (
        "sv",
        "skriv om den här chatten till en kort lista: vi behöver köpa mjölk, bröd, en björnbärssylt och ris. glöm inte att hämta paketet hos ica, kolli-id {OCR}. hämtas senast {DAY}.",
    ),
    (
        "sv",
        "Översätt till lättläst: Försäkringskassan har beslutat om bostadsbidrag för perioden {DATE}–{DATE}. Beloppet är {AMT} i månaden. Ärendenummer {CASE}. Beslutet är fattat automatiskt.",
    ),
    (
        "sv",
        "Kan du göra en tabell av detta? Ordernummer {INV}, artikel 40123 Soffa Klippan, antal 1, pris {AMT}. Ordernummer {INV}, artikel 50221 Hylla Billy, antal 2, pris {AMT}. Leverans vecka {NUM}.",
    ),
    (
        "sv",
        "Förklara skillnaden: på lönespecen står brutto {AMT}, skatt {AMT}, semesterersättning {AMT}. Anställningsnummer {KUND}. Utbetalning {DATE}. Skattetabell 33, kolumn 1.",
    ),
    (
        "sv",
        "Skriv ett svar: Vi har mottagit din ansökan om bygglov, diarienummer {CASE}, för fastigheten Ekbacken 3:14 i {TOWN}. Handläggningstiden är tio veckor. Avgift {AMT} faktureras separat.",
    ),
    (
        "sv",
        "Sammanfatta det här om föreningen: Idrottsföreningen bildades {YEAR}, har {NUM}0 medlemmar och organisationsnummer {ORGNR}. Träningar i Sporthallen på {DAY}ar kl {TIME}. Medlemsavgiften är {AMT} per år.",
    ),
    (
        "sv",
        "Gör om till en text för föräldrarna: Skolans friluftsdag är {DAY} {DATE}. Vi åker buss från skolan {TIME} till Ekoparken och är tillbaka {TIME}. Ta med matsäck, vattenflaska och kläder efter väder.",
    ),
    (
        "sv",
        "Kan du översätta till engelska? Tack för din beställning! Ditt ordernummer är {INV}. Paketet skickas med Postnord och spårningsnummer {OCR}. Beräknad leverans {DATE}.",
    ),
    (
        "sv",
        "Skriv en sammanfattning: Mötet med kommunens tekniska förvaltning ägde rum {DATE}. Ämnet var snöröjningen i {TOWN}. Förvaltningschefen lovade fler plogbilar. Nästa uppföljning i {MONTHSV}.",
    ),
    (
        "sv",
        "Vad står det här? Påminnelse: Räkning {INV} på {AMT} förföll {DATE}. Betala till plusgiro {BG} och ange OCR {OCR}. Dröjsmålsränta debiteras enligt räntelagen. Kundnummer {KUND}.",
    ),
    (
        "sv",
        "Lista ingredienserna i receptet: 2 dl mjölk, 1 sten smör (ja, så står det), en näve lingon, salvia, 3 ägg, timjan och en matsked honung. Ugn 200 grader, {NUM} minuter.",
    ),
    (
        "sv",
        "Gör det här till ett mejl: Hej! Lokalbokningen för {DATE} är bekräftad. Stora salen, {TIME}–{TIME}. Pris {AMT} exkl. moms. Bokningsnummer {CASE}. Välkomna!",
    ),
    (
        "sv",
        "Sammanfatta hyresavin: Hyra {RENT} kr, varav värme och vatten ingår. Förfallodag den sista. Bankgiro {BG}. OCR {OCR}. Objektnummer {KUND}-{NUM}. Hyresvärd: Stadens Bostäder AB, org.nr {ORGNR}.",
    ),
    (
        "sv",
        "Förklara rapporten för mig: Besiktningsprotokoll för {REG}. Anmärkning: bromsskiva fram, ojämn slitning. Ombesiktning senast {DATE}. Mätarställning {NUM} 531 mil. Station: Bilprovningen i {TOWN}.",
    ),
    (
        "sv",
        "skriv om det här på snyggare svenska: ros och ris till kommunen. rosor för nya lekplatsen, ris för att bussen 4 slutar gå kl {TIME}. ärende {CASE}, skickat {DATE}.",
    ),
    (
        "sv",
        "Kan du göra ett schema? Vecka {NUM}: måndag simning, tisdag fotboll {TIME}, onsdag fritids stänger tidigt, torsdag utflykt till Skansen, fredag ledigt. Kostnad för utflykten {AMT}.",
    ),
    (
        "sv",
        "Summera det här kvittot: ICA Kvantum, {DATE} {TIME}. Mjölk, Bregott, falukorv, Göteborgs Kex, Marabou. Totalt {AMT}. Kortnummer ************{NUM}. Kvittonr {INV}.",
    ),
    (
        "en",
        "Summarise this invoice:\n\nInvoice {INV}\nDate: {DATEEN}\nDue: {DATEEN}\nAmount due: {GBP}\nSort code 20-00-00, account ending {NUM}\nCompany no. 0{KUND}\nVAT reg GB {KUND}12\nPayment reference {OCR}",
    ),
    (
        "en",
        "Explain this in plain English: Your claim {CASE} has been reviewed. We are unable to cover the damage as the policy excludes wear and tear. You may appeal within 28 days of {DATEEN}.",
    ),
    (
        "en",
        "Turn this into a notice for the building: the lifts will be serviced on {DAYEN} from {TIME} to {TIME}. Please use the stairs. Sorry for any inconvenience. Building Management",
    ),
    (
        "en",
        "Total this table:\n\n| Item | Qty | Price |\n|---|---|---|\n| HP LaserJet toner | 2 | {GBP} |\n| A4 paper, 5 reams | 1 | {GBP} |\n| Microsoft 365 licence | 3 | {GBP} |",
    ),
    (
        "en",
        "What do these results mean? Hb {VAL} g/L, WBC {VAL}, platelets 250, eGFR >90. Sample {CASE} collected {DATEEN} at {TIME}.",
    ),
    (
        "en",
        "Rewrite this listing: For sale – 2018 Ford Focus, reg {REG}, {NUM},000 miles, full service history, MOT until {DATEEN}. {GBP} ono. Collection from {TOWN}.",
    ),
    (
        "en",
        "Make this shorter: The quarterly review will be held on {DAYEN} {DATEEN} at {TIME} in the Boardroom. Agenda: Q3 results, the Apple vendor contract (ref {CASE}), and the Salesforce migration. Dial-in details to follow.",
    ),
    (
        "en",
        "Help me understand my payslip: gross pay {GBP}, tax {GBP}, NI {GBP}, pension 5%. Employee number {KUND}. Tax code 1257L. Paid {DATEEN}.",
    ),
    (
        "en",
        "Proofread: Frank feedback is welcome! Will the team be ready by {DATEEN}? The bill for the catering came to {GBP}, and we still need to mark the budget lines. Hope to hear back soon.",
    ),
    (
        "en",
        "Summarise the tracking updates: Order {INV} shipped {DATEEN} via DHL, tracking {OCR}. Out for delivery {DAYEN}. Delivered to parcel locker at Tesco Extra, {TOWN}.",
    ),
    (
        "en",
        "Can you write a short description? The Rose and Crown is a pub in {TOWN} serving Sunday roast from {TIME}. Booking ref {CASE}. Table for {NUM}, £10 deposit.",
    ),
    (
        "en",
        "Explain this letter: HMRC reference {CASE}. You have overpaid tax of {GBP} for the {YEAR} to {YEAR} tax year. The refund will be paid within 5 working days.",
    ),
    (
        "en",
        "Write a recipe summary: heather honey, 2 cups of sage tea, a sprig of rosemary, an ivy leaf for decoration (don't eat it), and holly berries on the side. Bake at 180C for {NUM} minutes.",
    ),
    (
        "en",
        "Rewrite as bullets: the school's sports day is on {DAYEN} {DATEEN}. Gates open at {TIME}. Year 6 races start at {TIME}. Bring sun cream and a water bottle. Ice cream van by the main field.",
    ),
    (
        "en",
        "Summarise this warranty: Samsung Galaxy S23, serial R58{KUND}, IMEI 35{OCR}. Purchased {DATEEN} from Currys. Warranty 24 months. Claim ref {CASE}.",
    ),
    (
        "en",
        "Sort these expenses: Uber {USD}, Hilton {USD}, Delta flight {USD}, Starbucks {USD}. Report ID {CASE}, cost centre {NUM}00.",
    ),
    (
        "en",
        "Tidy up this meeting agenda: 1. Welcome 2. Minutes of last meeting 3. Treasurer's report ({GBP} in the account) 4. Summer fete planning 5. Any other business. Start {TIME}, village hall.",
    ),
    (
        "en",
        "Explain the terms: This agreement is entered into on {DATEEN} between the Company and the Client. Term: 12 months. Fee: {USD} per month. Contract no. {CASE}. Governing law: England and Wales.",
    ),
    (
        "mixed",
        "Translate to English: Fakturan {INV} på {AMT} förfaller {DATE}. Betala till bankgiro {BG}, OCR {OCR}. Org.nr {ORGNR}.",
    ),
    (
        "mixed",
        "Kan du förklara this payslip på svenska? Gross {AMT}, tax {AMT}, net {AMT}. Employee no. {KUND}, paid {DATE}.",
    ),
    (
        "mixed",
        "Översätt till engelska: Tvättstugan är stängd {DAY} {DATE} {TIME}–{TIME} på grund av service. Sorry for the inconvenience! / Styrelsen",
    ),
    (
        "mixed",
        "Summarise in Swedish: The Volvo XC40, reg {REG}, failed its MOT-equivalent (besiktning) on {DATE}. Ombesiktning senast {DATE}. Cost {AMT}.",
    ),
    (
        "mixed",
        "sammanfatta på engelska: mötet {DATE} kl {TIME}, agenda: budget {YEAR}, nya datorer från Dell, Teams-licenser. beslut: köp {NUM} st. ärende {CASE}.",
    ),
    (
        "mixed",
        "Translate the receipt: ICA Maxi {DATE}, mjölk, smör, kaffe Gevalia, total {AMT}. Kvitto nr {INV}. Thanks for shopping!",
    ),
    (
        "mixed",
        "Can you översätta villkoren? Bindningstid 12 månader, uppsägningstid 1 månad, avtalsnr {KUND}. Price {AMT}/mån from {DATE}.",
    ),
    (
        "mixed",
        "Explain in English: Skatteverket har beslutat om återbetalning av {AMT}. Beslutsdatum {DATE}. Referensnummer {CASE}. Pengarna betalas ut till ditt skattekonto.",
    ),
    (
        "mixed",
        "Make this schedule bilingual: måndag/Monday simning {TIME}, onsdag/Wednesday fotboll, fredag/Friday fritids stänger {TIME}. Avgift/fee {AMT}.",
    ),
    (
        "mixed",
        "Översätt produktbeskrivningen: IKEA Malm byrå, 6 lådor, vit, art.nr {KUND}. Pris {AMT}. Order {INV}, leverans vecka {NUM}. Assembly required.",
    ),
    (
        "mixed",
        "what does this mean? 'Ditt paket med kolli-id {OCR} finns att hämta hos ombudet fram till {DATE}.' is it from PostNord?",
    ),
    (
        "mixed",
        "Summarise på svenska: The housing association (org no. {ORGNR}) will raise the monthly fee by 8% from {DATE}. Reason: higher interest rates and energy costs. Årsstämma {DATE}.",
    ),
    (
        "mixed",
        "Translate: 'Beställningen är bekräftad. Bokningsnummer {CASE}. Incheckning från {TIME} på {DATE}.' It's from a hotel in {TOWN}, right?",
    ),
    (
        "mixed",
        "Skriv på engelska: björnen i Skansen heter ingenting officiellt, men barnen kallar honom Nalle. Entré {AMT}, öppet {TIME}–{TIME}.",
    ),
    (
        "mixed",
        "Kan du rewrite this in better English? 'We have received your ansökan, diarienummer {CASE}. Handläggningstid ca 8 veckor. Avgift {AMT} debiteras.'",
    ),
    (
        "mixed",
        "Översätt lab results: CRP <5, Hb {VAL}, P-Glukos {VAL}. Provtagning {DATE} {TIME}. Remiss {CASE}. Normal findings.",
    ),
    (
        "mixed",
        "Translate the car ad: Säljes Tesla Model 3, {YEAR}, reg.nr {REG}, {NUM} 000 mil. Pris {AMT}. Price negotiable, no trade-ins.",
    ),
)
