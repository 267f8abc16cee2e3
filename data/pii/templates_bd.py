# ruff: noqa: E501
"""Templates of held-out BD: schools and education, written by the thirty-fifth writer.

Slots (filled by `generate_bd.py`): a person `{FORM}` with FORM one of P p U F M FG G g N n S s
SU I Gi R RU E (see `person_segments`), `+s`/`+'` for a genitive whose ending stays outside the
span, `#n` for the same person or value again, and flags `:f` `:m` (a woman, a man), `:c` (a
child: pupils' names from the newborn lists, personnummer of a child), `:i` (a newcomer: an
origin other than Sweden's own). Values: A AL AF a ST STN POST BOX CO COL AS ASN AU AUL au AUS
AX AXL (addresses), PH PHUK PHUS PHX (phones), PNR (personnummer), EM (a mailbox of an office).
Everything else is no value: dates, times, towns alone, schools, universities, housing firms,
classes, subjects, course codes, rooms, reference, student and anonymity numbers.

Unlabelled on purpose, in positive rows and in the negatives: schools, universities, halls and
prizes named after people (`Ellen Keyskolan`, `Viktor Rydbergs gymnasium`, `Linnéuniversitetet`,
`Brunel University`, `Thomas Telford School`, houses `Brunel, Darwin, Newton`), firms and brands
(`Clas Ohlson`, `John Lewis`, `Marabou`, `Kånken`, `Sodexo`), fictional characters and book
titles (`Pippi Långstrump`, `Alfons Åberg`, `Biff, Chip and Kipper`, `Macbeth`), holidays named
after saints (`Lucia`, `Mårtensafton`), everyday words that are names (`sten`, `björn`, `ros`,
`Max`, `Klara`, `Will`, `Grace`, `Mark`, `Dean`), organisations' Swish numbers and bank giros,
student, applicant and anonymity numbers, and the placeholder `ÅÅÅÅMMDD-XXXX`.
"""

from __future__ import annotations

SV: list[str] = [
    # Vklass / Unikum: from teachers to guardians
    "Meddelande från {P#1}, mentor {CLASS#1}\nÄmne: Friluftsdag på {DAY#1}\n\nHej alla vårdnadshavare i {CLASS#1}!\nPå {DAY#1} åker vi till Hellasgården. Eleverna ska ha med matsäck, vattenflaska och kläder efter väder. Vi är tillbaka vid skolan ca kl {TIME}.\nVid frågor nås jag på {PH} (efter kl 15) eller här i Vklass.\n\nVänliga hälsningar\n{G#1}",
    "Hej!\n{G#1:cf} har haft en jättebra dag idag. Hon byggde en koja med {G#2:c} och {G#3:c} på förmiddagen och åt bra till lunch. Hon har inga extrakläder kvar i facket, kan ni ta med nya?\nHälsningar {G#4}, förskollärare på avdelning Blåbäret",
    "Veckobrev v. {WEEK} – {CLASS}\n\nHej!\nDen här veckan har vi arbetat med bråk i matten och börjat läsa Bröderna Lejonhjärta högt. På torsdag har vi idrott ute, ta med ombyte. Tack till {G+s#1:c} pappa {G#9:m} som kom och berättade om sitt jobb på Ericsson!\n\nHälsningar {G#2} och {G#3}\nMentorer\n{PH}",
    "Hej vårdnadshavare!\nDet har konstaterats huvudlöss i {CLASS}. Luskamma hemma i helgen och meddela om ni hittar något. Frågor besvaras av skolsköterskan {P}, tel. {PH} (telefontid mån–tor 8.00–8.30).\nMvh Elevhälsan, {SCHOOL}",
    "Till vårdnadshavare för {P#1:c}\n\nVi har noterat att {G#1} har haft 14 tillfällen av ogiltig frånvaro under {MONTH}. Enligt skollagen ska skolan utreda upprepad frånvaro. Kontakta mentor {P#2} på {PH} eller {E#2} så bokar vi ett möte.\n\n{P#3}\nRektor, {SCHOOL}",
    "Påminnelse från Unikum: {P#1} har delat en ny lärlogg med dig.\n\n”{G#2:c} har i dag redovisat sitt arbete om Vikingatiden inför klassen. Bra röst och tydlig struktur!”\n\nLogga in på Unikum för att läsa mer.",
    "Hej {G#1}!\nTack för att du hörde av dig. Jag har pratat med {G#2:c} och {G#3:c} om det som hände på rasten och vi har ett uppföljande samtal på {DAY} med kurator {P#4}. Jag ringer dig efteråt, vilket nummer når jag dig bäst på?\n/{G#5}, {CLASS}",
    "Hej! Jag heter {P#1} och är ny vikarie i {CLASS} fram till jul, medan {G#2} är föräldraledig. Jag har undervisat i SO och svenska på {SCHOOL} i några år. Ni når mig på {E#1} eller {PH}.\nVarma hälsningar\n{G#1}",
    "Lucia i aulan {DATE} kl {TIME}!\nÅrets lucia i {CLASS} är {G:cf}, och {G:c}, {G:c} och {G:c} är stjärngossar. Föräldrar är välkomna. Klass 6 säljer lussekatter (Swish 123 291 04 47).\n/Musikläraren {P}",
    "Hej alla på avdelning Solrosen!\nPå fredag firar vi sommaravslutning i parken bakom förskolan. Anmäl vilka som kommer till {G#1} eller {G#2} senast {DATE}, eller skriv till {E#1}.\nHälsningar pedagogerna",
    # absence reports
    "Frånvaroanmälan via Vklass\nElev: {P#1:c}\nKlass: {CLASS}\nFrånvaro: heldag {DATE}\nOrsak: sjukdom\nAnmäld av: {P#2} (vårdnadshavare)\nKommentar: {G#1} har feber och stannar hemma, vi återkommer om det blir fler dagar.",
    "hej {g#1}! {g#2:cf} är hemma idag, hon kräktes i natt 🙁 hör av mig imorgon. /{g#3}",
    "Hej {G#1}, {G#2:cm} kommer att hämtas av sin morfar {P#3:m} idag kl {TIME}. Han har svart jacka och kör en röd Volvo. Morfars nummer är {PH} om något skulle hända.\nMvh {P#4}",
    "Hej! {G#1:c} i {CLASS} är sjuk idag och imorgon. Kan ni lägga upp läxan i Vklass? Tack!\n{P#2}\n{PH}",
    "Frånvaro {DATE}\n{R:c} – sjuk\n{R:c} – tandläkare 10.00–11.30\n{R:c} – ledig (beviljad)\n{R:c} – ogiltig\nRegistrerat av {Gi}",
    "hej! {g#1:cm} har tandläkartid kl {TIME} så jag hämtar honom vid receptionen lite innan. mvh {p#2} ({PH})",
    # grade appeals
    "Till rektor {P#1}\n{SCHOOL}\n\nBegäran om omprövning av betyg i {SUBJ}\n\nJag heter {P#2:c} och går i {CLASS}. I vårterminens betyg fick jag {GRADE} i {SUBJ}. Jag anser att betyget inte speglar mina resultat på de nationella proven och ber därför att min lärare {P#3} och rektor ser över bedömningen en gång till.\n\n{P#2}\nPersonnummer: {PNR:c}\nTel: {PH}\nE-post: {E#2}",
    "Angående betyget i {SUBJ} för {P#1:cf}, {CLASS}\n\nHej {G#2}!\nVi har pratat med {G#1} om betyget och undrar hur ni har vägt in hennes frånvaro under {MONTH}. Vi skulle gärna se underlaget för bedömningen innan vi bestämmer oss för att gå vidare till rektor.\n\nMed vänlig hälsning\n{P#3} och {P#4}\n{A}",
    "Anmälan till Barn- och elevombudet (BEO)\nAnmälare: {P#1}, {A}, tel. {PH}\nBarnets namn: {P#2:c}\nBarnets personnummer: {PNR:c}\nSkola: {SCHOOL}, huvudman {TOWN} kommun\nVad gäller anmälan: kränkande behandling och uteblivet stöd under läsåret. Rektor {P#3} har informerats {DATE}.",
    "Betygskatalog, {SUBJ}, {CLASS}\n{R:c}: {GRADE}\n{R:c}: {GRADE}\n{R:c}: {GRADE}\n{R:c}: {GRADE}\nUndertecknad: {I}, legitimerad lärare",
    "Hej {G#1},\njag har tittat på din begäran igen. Efter att ha gått igenom dina inlämningar och det muntliga provet står jag fast vid betyget {GRADE}. Om du vill kan du prata med rektor {P#2:f}, hon finns på expeditionen på måndagar.\n/{P#3}",
    # elevhälsa
    "ANMÄLAN TILL ELEVHÄLSOTEAMET (EHT)\nElev: {RU#1:c}\nPersonnummer: {PNR:c}\nKlass/mentor: {CLASS} / {P#2}\nVårdnadshavare 1: {P#3}, tel. {PH}\nVårdnadshavare 2: {P#4}, tel. {PH}\nBeskrivning: hög frånvaro sedan {MONTH}, svårt med koncentrationen i helklass. Har pratat med kurator {P#5}.\nÖnskat stöd: ☐ skolsköterska ☒ kurator ☒ specialpedagog ☐ skolpsykolog",
    "Anteckningar EHT {DATE}\nNärvarande: rektor {P#1}, skolsköterska {P#2}, kurator {P#3}, specialpedagog {P#4}, skolpsykolog {S#5}\n\n1. {Gi#6:c} ({CLASS}): fortsatt oro för frånvaron. {G#3} kallar vårdnadshavare till möte v. {WEEK}.\n2. {Gi#7:c} ({CLASS}): remiss till BUP skickad via 1177. Uppföljning {DATE}.\n3. Övrigt: Skolinspektionens tillsyn i maj.",
    "Hej! Jag heter {P#1} och är skolsköterska på {SCHOOL}. Alla elever i {CLASS} erbjuds hälsosamtal under hösten. {G#2:c} har fått tid på {DAY} kl {TIME}. Om tiden inte passar, ring mig på {PH}.\nHälsningar {G#1}",
    "Remiss\nTill: BUP Öst, Region Stockholm\nFrån: skolsköterska {P#1}, {SCHOOL}, tel. {PH}\nPatient: {P#2:c}, {PNR:c}\nAdress: {A}\nVårdnadshavare: {P#3}\nFrågeställning: koncentrationssvårigheter och sömnproblem sedan årskursstart. Samtycke från vårdnadshavare finns.",
    "Åtgärdsprogram\nElev: {P#1:c}   Klass: {CLASS}\nUpprättat: {DATE}\nAnsvarig: specialpedagog {P#2}\nDeltagare vid mötet: {G#1}, vårdnadshavare {P#3}, mentor {P#4}\nÅtgärder: anpassad läsning med Inläsningstjänst, extra tid på prov, enskild genomgång två gånger i veckan.\nUppföljning: {DATE}",
    "Kallelse\n\n{P#1}\n{AL}\n\nVi vill träffa er för att prata om {G+s#2:c} skolsituation.\nDatum: {DATE} kl {TIME}\nPlats: {SCHOOL}, konferensrum Oden\nVälkomna!\n\n{P#3}, rektor\n{P#4}, kurator",
    "Studenthälsan bekräftar din bokning\nHej {G#1}! Du har en tid hos kurator {P#2} {DAY} {DATE} kl {TIME}.\nAdress: {A}\nAvbokning senast 24 timmar innan på {PH}. Samtalet kostar ingenting.",
    # university admissions and thesis supervision
    "Antagningsbesked – urval 2, höstterminen {YEAR}\n\n{P#1}\n{AL}\n\nPersonnummer: {PNR}\n\nDu är antagen till:\nSjuksköterskeprogrammet, 180 hp, {UNI}\nDu måste tacka ja på Antagning.se senast {DATE}.\n\nUniversitets- och högskolerådet (UHR)",
    "Hej {G#1}! Du står som reserv nr {NUM} på Grundlärarprogrammet vid {UNI}. Vi meddelar dig via {E#1} om en plats blir ledig. Kontrollera att ditt nummer {PH} stämmer på Mina sidor.\n/Antagningsenheten",
    "Från: {P#1} <{E#1}>\nTill: {P#2} <{E#2}>\nÄmne: Re: utkast metodkapitel\n\nHej {G#2}!\nTack för utkastet. Jag har lagt in kommentarer i dokumentet. Tänk på att skilja mellan urval och avgränsning, och att etikansökan ska vara inskickad före intervjuerna. Ses vi på handledning {DAY} kl {TIME} i sal {ROOM}?\n\n/{G#1}\n\n{P#1}\nUniversitetslektor, Institutionen för pedagogik och didaktik\n{UNI}\nTel. {PH}",
    "Examensarbete 15 hp, VT{YEAR}\nStudenter: {P} och {P}\nHandledare: docent {P}\nExaminator: professor {P}\nOpponenter: {Gi} och {Gi}\nSeminarium: {DATE} kl {TIME}, sal {ROOM}",
    "Överklagande av beslut om antagning\nTill Överklagandenämnden för högskolan\n\nKlagande: {P#1}, {PNR}\nAdress: {AL}\nBeslut som överklagas: {UNI}, {REF}\nJag har inte fått mina utländska betyg från {ABROAD} bedömda som likvärdiga. Bifogar översättning gjord av auktoriserad translator {P#2}.\n\n{P#1}",
    "Byte av handledare\nDoktorand: {P#1}\nNuvarande huvudhandledare: prof. {P#2}\nFöreslagen huvudhandledare: docent {P#3}\nMotivering: {S#2} går i pension {DATE}.\nPrefektens underskrift: {I#4}",
    "Disputation\n{P#1} försvarar sin avhandling ”Språk, makt och bedömning i svenska som andraspråk” {DATE} kl {TIME} i Hörsal 2, Ekonomikum.\nOpponent: professor {P#2}, Oslo universitet\nBetygsnämnd: {P}, {P}, {P}\nOrdförande: {P}",
    "Studieintyg\nHärmed intygas att {P#1}, personnummer {PNR}, är registrerad på kursen Statistik I, 15 hp ({COURSE}), vid {UNI} med studietakt 100 %.\n{TOWN} {DATE}\n\n{P#2}\nStudieadministratör",
    "Skicka intyget i original till:\n{UNI}\nStudentavdelningen\n{BOX}\n\nMärk kuvertet med ditt namn ({P}) och personnummer.",
    # exam registrations
    "Anmälan till tentamen\nKurs: Statistik I, {COURSE}\nTentamensdatum: {DATE}\nNamn: {P#1}\nPersonnummer: {PNR}\nAnonymitetskod: {ANON}\nSkrivsal: Bergsbrunnasalen, {STN}\nTa med giltig legitimation.",
    "Skrivningslista – salstentamen {DATE}\nPlats 12: {R}, {PNR}\nPlats 13: {R}, {PNR}\nPlats 14: {R}, {PNR}\nTentamensvakt: {P}",
    "Hej! Jag missade anmälan till omtentan i makroekonomi {DATE}. Går det ändå att skriva? Personnummer {PNR}.\nMvh {P}",
    "Anmälan till prövning\nKurs: Engelska 6 ({COURSE})\nNamn: {P#1}\nPersonnummer: {PNR}\nE-post: {E#1}\nMobil: {PH}\nAvgiften {AMT} betalas till bankgiro 5402-8811 före provdagen.",
    # student housing queues
    "Hej {G#1}!\nDu har fått ett erbjudande från {HOUSING}:\nKorridorrum, 19 m², {AS}\nHyra: {AMT}/mån\nInflyttning: {DATE}\nDina ködagar: {QUEUE}\nSvara senast {DATE} på Mina sidor.\n\nErbjudandet gäller endast {P#1}, personnummer {PNR}.",
    "Ansökan om andrahandsuthyrning\nHyresgäst: {P#1}, {ASN}\nAndrahandshyresgäst: {P#2}, {PNR}\nAndrahandshyresgästens nuvarande adress: {A}\nTel: {PH}\nPeriod: {DATE} – {DATE}\nSkäl: utbytesstudier vid University of Edinburgh",
    "Nyckelkvittens\nLägenhet: {AS}\nHyresgäst: {P}\nAntal nycklar: 2 + tagg\nUtlämnad av: {P}, förvaltare Heimstaden",
    "Söker rum i andra hand nära KTH inför hösten! Jag heter {P#1}, är 22 år, icke-rökare och läser Industriell ekonomi. Har {QUEUE} ködagar hos SSSB men det räcker inte än 😅 Nås på {PH} eller {E#1}.",
    "Hej! Jag flyttar från mitt korridorrum på {ASN} den {DATE}. Ny adress för eftersändning: {A}. Depositionen kan betalas tillbaka till kontot i mitt namn, {P}.",
    # SFI and Komvux
    "Välkommen till SFI!\n\nDu ska läsa kurs {SFI} på Vuxenutbildningen.\nStart: {DATE} kl {TIME}\nAdress: {A}\nDin lärare heter {P#1}.\nTa med legitimation och penna.\n\nNamn: {P#2:i}\nPersonnummer: {PNR}",
    "Närvaro SFI kurs C, grupp 3 (v. {WEEK})\n{R:i} – 100 %\n{R:i} – 80 %\n{R:i} – 45 %, ska träffa SYV {P}\n{R:i} – 90 %\n{R:i} – 60 %",
    "ANSÖKAN – KOMMUNAL VUXENUTBILDNING\nEfternamn: {SU#1}\nFörnamn: {FG#1}\nPersonnummer: {PNR}\nUtdelningsadress: {STN}\nPostnummer och ort: {POST}\nMobil: {PH}\nE-post: {E#1}\nSökt kurs: Matematik 2a (MATMAT02a), distans",
    "Individuell studieplan – {P#1}\nStudie- och yrkesvägledare: {P#2}\nMål: behörighet till sjuksköterskeprogrammet\nHT: Matematik 2a, Naturkunskap 2\nVT: Biologi 1, Kemi 1\nUppföljning med {G#2} v. {WEEK}.",
    "Hej {G#1:i}! Bra jobbat på provet i svenska som andraspråk 1. Du fick betyget C. Nästa kurs startar {DATE}.\nHälsningar {P#2}, Komvux {TOWN}",
    "INTYG\n\n{P#1:i}, född {DOB}, har genomgått Svenska för invandrare kurs D med betyget B.\n{TOWN} {DATE}\n\n{P#2}\nLärare, Vuxenutbildningen",
    "Hej! Jag heter {P#1:i} och går SFI kurs {SFI}. Jag söker praktik inom barnomsorg. Jag har jobbat som lärare i {ABROAD} i sju år. Ni når mig på {PH} eller {E#1}.",
    "Lärcentrum – bokade handledningstider {DAY}\n9.00 {Gi:i} (matte 1a)\n9.30 {Gi:i} (sva 2)\n10.00 {Gi} (engelska 5)\n10.30 –\nHandledare: {G}",
    # class lists and contact lists
    "Klasslista {CLASS} läsåret 2027/28\n\n1. {R:c}\n2. {R:c}\n3. {R:c}\n4. {R:c}\n5. {R:c}\n6. {R:c}\n\nMentorer: {P} och {P}",
    "Kontaktlista {CLASS} – får bara användas inom klassen!\n{G#1:c} – {P#2} {PH}, {P#3} {PH}\n{G#4:c} – {P#5} {PH}\n{G#6:c} – {P#7}, {E#7}\n{G#8:c} – {P#9} {PH}",
    "Gruppindelning studiebesök Tekniska museet\nGrupp 1 ({S#1}): {G:c}, {G:c}, {G:c}, {G:c}\nGrupp 2 ({S#2}): {G:c}, {G:c}, {G:c}\nGrupp 3 (extra vuxen: {G+s#3:c} mamma {G#4:f}): {G:c}, {G:c}, {G#3}",
    "Personal {SCHOOL} läsåret 27/28\nRektor: {P} {PH}\nBiträdande rektor: {P}\nExpedition: {P}, {PH}\nSkolsköterska: {P}\nKurator: {P#7}, {E#7}\nSYV: {P}\nVaktmästare: {Gi}",
    "Elevrådsmöte {DATE}\nNärvarande: {Gi:c}, {Gi:c}, {Gi:c}, {Gi:c}\nOrdförande: {P:c}\n§1 Skolmaten: önskemål om fler vegetariska rätter till Sodexo.\n§2 Klädinsamling till Myrorna.\nJusteras av {G:c}",
    # parents' evenings and meetings
    "Utvecklingssamtal {DATE}, {CLASS}\nElev: {P#1:c}\nNärvarande: {G#1}, mamma {G#2:f}, pappa {G#3:m}, mentor {P#4}\n\nStyrkor: engagerad, hjälpsam mot kamrater.\nUtvecklingsområden: läsförståelse, att komma i tid.\nÖverenskommelse: {G#1} läser 20 minuter varje kväll; {G#2} mejlar {G#4} ({E#4}) om det blir svårt.",
    "Protokoll föräldramöte {CLASS} {DATE}\nOrdförande: {P}\nSekreterare: {P}\nKlassföräldrar: {P} och {P}\n1. Skolresan till Skansen – kostnad {AMT} per elev.\n2. Kakförsäljning till klasskassan, Swish 123 456 78 90.\n3. Nästa möte i matsalen.",
    "Anteckningar från föräldramötet:\n- Mobilfri skola från januari (mobilerna läggs i skåp).\n- Föräldraföreningens nya ordförande är {P#1}, {E#1}.\n- Nattvandring fredagar, anmälan till {G#2} på {PH}.\n- Skolfotografering med Skolfoto AB i oktober.",
    "Sammanfattning trepartssamtal\nElev: {P#1:c}\nVårdnadshavare: {P#2}\nLärare: {P#3}\n{G#1} vill gå Naturvetenskapsprogrammet. Vi kom överens om att {G#1} får extra stöd i matematik på Mattecentrums läxhjälp.",
    # pick-ups, permissions, forms
    "Hämtning {DATE}: {G#1:c} hämtas av mormor {P#2:f} kl {TIME}. Legitimation visas. Kontakt mamma {G:f}: {PH}.",
    "Medgivande – studiebesök på Naturhistoriska riksmuseet {DATE}\nMitt barn {P:c} får delta. ☐ Allergi: nötter\nVårdnadshavares underskrift: ________\nNamnförtydligande: {P}\nTelefon under dagen: {PH}",
    "Ansökan om ledighet\nElevens namn: {P#1:c}\nKlass: {CLASS}\nLedighet fr.o.m. {DATE} t.o.m. {DATE}\nAnledning: resa till släkten i {ABROAD}\nVårdnadshavare: {P#2}\n\nBeslut: ☒ Beviljas ☐ Avslås\n{DATE}, rektor {P#3}",
    "Ansökan om skolskjuts\nElev: {P:c}, {PNR:c}\nFolkbokföringsadress: {A}\nVäxelvis boende, andra adressen: {A}\nSkola: {SCHOOL}\nVårdnadshavare: {P}, {PH}",
    "Specialkost – anmälan\nElev: {P#1:c}\nKlass: {CLASS}\nAllergi: laktos, ägg\nIntyg från: dr {S#2}, Vårdcentralen Gripen\nKontakt: {PH}",
    "Ansökan om modersmålsundervisning\nElevens namn: {P#1:ci}\nModersmål: arabiska\nPersonnummer: {PNR:c}\nVårdnadshavare: {P#2:i}\nTelefon: {PH}\nAdress: {AF}",
    "Eleven är folkbokförd på:\n{COL}\n\nBetyg och post skickas dit. Kontaktperson: {P}, {PH}.",
    "Hittegods: blå vinterjacka (Didriksons, stl 140) med namnlappen ”{P:c}”. Hämtas på expeditionen, {SCHOOL}, tel. {PH}.",
    "Hej! Vi flyttar utomlands i sommar så {G#1:c} slutar {DATE}. Ny adress: {AXL}. Telefon: {PHX}. Tack för allt!\n{P#2}",
    # forwarded mail and chat
    "---------- Vidarebefordrat meddelande ----------\nFrån: {P#1} <{E#1}>\nDatum: {DAY} {DATE} {TIME}\nÄmne: Läxhjälp\nTill: {E#2}\n\nHej! Jag kan ta {G#3:c} på läxhjälpen på onsdagar. Den är i biblioteket på {ST}.\n/{G#1}",
    "[{TIME}] {p#1}: nån som vet om det är utflykt imorgon?\n[{TIME}] {p#2}: ja till naturum, matsäck!\n[{TIME}] {g#1}: tack! {g+s#3:c} lapp försvann i väskan som vanligt 😅",
    "[{TIME}] {g#1}: kalaset för {g#2:c} är på lördag kl 14 hos oss, {a}\n[{TIME}] {g#3}: toppen vi kommer!\n[{TIME}] {g#4}: {n#5:c} är sjuk tyvärr",
    "tjena {g#1}! kan du skicka uppgiften i svenska? jag var borta. /{g#2:c}",
    "{g#1}: har du anmält dig till tentan?\n{g#2}: nej fan glömde, stängde det igår??\n{g#1}: mejla {g#3} på studentexpeditionen, {E#3}",
    "Samåkning till simskolan (Medley):\nmån: {G} ({PH})\ntis: {G} ({PH})\nons: {G}\ntor: {P}",
    "Vikariebokning – {SCHOOL}\nVikarie: {P}\nDatum: {DATE}\nErsätter: {P}, {SUBJ} åk 8\nKontaktperson på skolan: {P}, {PH}",
    "Hej! Jag är sjuk idag. Vikarie {P#1} tar {CLASS} i svenska, planeringen ligger i Unikum. Kan någon låsa upp sal {ROOM} åt {G#1}? Jag nås på {PH}.\n/{G#2}",
    "Körskola {S#1} – teorilektioner för gymnasieelever\nKontakt: {P#1}, {PH}, {STN}\nRabatt för elever på {SCHOOL}.",
    "Studentmottagning för {P#1:c}! Välkomna hem till oss på {A} {DATE} kl {TIME}. OSA till {G#2} på {PH} senast måndag.",
    # placements, moves, records, queues
    "APL-placering vt {YEAR}\nElev: {P#1:c}, {CLASS}\nArbetsplats: Bygg & Mark i {TOWN} AB, {A}\nHandledare på plats: {P#2}, {PH}\nVD: {P#3}\nAPL-ansvarig lärare: {P#4}, {E#4}",
    "Kära fru {S#1:f}!\nTack för att ni kom och berättade om hur skolan var på femtiotalet. Eleverna i 4B har skrivit brev till er, och de skickas till\n{AL}\nHälsningar {P#2} och klass 4B",
    "Vaccination HPV dos 2, {DATE}\nVaccinatör: sjuksköterska {P#1}\nElever i {CLASS}: {F:c}, {F:c}, {F:c}, {P:c}\nVid frågor ring {PH}.",
    "Adressändring\nElev: {F#1:c}\nGammal adress: {A}\nNy adress: {AF}\nFrån och med: {DATE}\nAnmäld av: {P#2}, {PH}",
    "Överlämning av elevakt\nElev: {F#1:c}, {PNR:c}\nFrån: {SCHOOL}, {BOX}\nTill: {SCHOOL}, {A}\nHandläggare: {P}",
    "Erbjudande om förskoleplats\n\n{P#1}\n{AL}\n\nVi kan erbjuda {F#2:c}, {PNR:c}, plats på Förskolan Myran, {STN}, från {DATE}. Svara senast {DATE} via e-tjänsten.\n\nFörskoleplaceringen, {TOWN} kommun\n{BOX}",
    "{n#1}: kommer du på föräldramötet?\n{n#2}: ja om jag hinner från jobbet, {n#3} kör {g#4:c} till handbollen\n{n#1}: ok vi ses!",
    "Vi har läxgrupp hemma hos {G+s#1} familj på {ST} på onsdagar 15–17. Anmäl till {G#1} på {PH} eller {E#1}.",
    "Uppsägning av studentlägenhet\nHyresgäst: {P#1}, {PNR}\nLägenhet: {AS}\nAvflyttning: {DATE}\nNy postadress: {CO}\nUnderskrift: {P#1}",
    "Ansökan om dispens från behörighetskrav\nSkickas till: Antagningen, {UNI}, {BOX}\nSökande: {M}, {PNR}\nAdress: {A}\nTelefon: {PH}",
    "Opponeringsschema {DATE}\nkl {TIME}: {P} och {P} opponerar på {I} och {I}\nkl {TIME}: {P} och {P} opponerar på {I} och {I}\nExaminator: {P}",
    "Ansökan om anpassning vid tentamen\nNamn: {F#1}\nPersonnummer: {PNR}\nAdress: {AF}\nNedsättning: dyslexi (intyg finns)\nKontaktperson på Studenthälsan: {P#2}, {E#2}",
    "Elevens vårdnadshavare bor utomlands:\n{P#1:i}\n{AXL}\nTel. {PHX}\nKontakt sker via tolk, bokas genom expeditionen.",
    "Hej {N#1:m}!\nTack för att du ställde upp som tränare på friidrottsdagen. {G+s#2:c} och {G+s#3:c} föräldrar vill gärna tacka dig, de nås på {PH}.\n/{P#4}, idrottslärare",
    "Tack till {S+s#1} Bageri för kanelbullarna till öppet hus och till {P#2} som ordnade lotteriet! Vinsterna hämtas hos {G#2} på {ST}.",
    "Hej! Jag heter {P#1} och är ny förskollärare på avdelning Ekorren. Jag bor i {TOWN} med min familj och har jobbat inom förskolan i tolv år. Välkomna att höra av er: {E#1}.",
    "Adresslista för kalasinbjudningar, {CLASS} (frivillig!)\n{G:c}: {ST}\n{G:c}: {ST}\n{G:c}: {A}\n{G:c}: {a}\n{G:c}: {ST}",
    "Skolskjuts läsåret 27/28 – påstigning\n{Gi:c} – {STN}\n{Gi:c} – {ST}\n{Gi:c} – {ST}\n{Gi:c} – vid ICA, {STN}\nChaufför: {P}, {PH}",
    "Hej! {G#1:c} bor varannan vecka hos mig på {A} och varannan hos sin pappa {P#2:m} på {A}. Skicka gärna info till oss båda: {E#3:f} och {E#2}.\n/{G#3}",
    "Hej! Jag bor hos min moster under våren, så skicka betygen och kallelsen till\n{COL}\nTack!\n{P}",
    "Till: {P#1}\n{CO}\n\nBekräftelse på plats i förskoleklass för {P#2:c} från {DATE}.\nFörskoleklass Ekorren, {SCHOOL}",
    "Skolans adress för leveranser: {SCHOOL}, att. vaktmästare {Gi}, {STN}, {POST}. Godsmottagning vardagar 7–15.",
]

EN: list[str] = [
    # UK school letters
    "Dear Parent/Carer,\n\nYear {YG} Residential Trip to the Lake District\n\nPlease return the consent slip and medical form to Mrs {S#1:f} by {DAYEN}. The deposit of {GBP} can be paid through ParentPay.\n\nYours sincerely,\n\n{P#2}\nHeadteacher\n{SCHOOLEN}\n{AUL}\nTel: {PHUK}",
    "Subject: Absence – {P#1:cf}, {CLASSEN}\n\nHi,\n{G#1} won't be in today as she has a temperature. She should be back on {DAYEN}.\nThanks,\n{P#2}\n{PHUK}",
    "Dear Mr {S#1:m},\n\nRe: {P#2:c} (DOB {DOBEN:c}), {CLASSEN}\n\nAttendance this term stands at 84.2%, which is below our target of 96%. Please contact our Attendance Officer, {P#3}, on {PHUK} to arrange a meeting.\n\n{P#4}\nHead of Year",
    "Parents' Evening – {DAYEN} {DATEEN}\nStudent: {P#1:c} ({CLASSEN})\n4:10pm Mr {S#2:m} (Maths)\n4:20pm Ms {S#3:f} (English)\n4:35pm Dr {S#4} (Science)\nBooked by: {P#5}",
    "Notes from parents' evening, {DATEEN}\nPupil: {P#1:c}\nPresent: {G#2:f} (mum), Mrs {S#3:f} (class teacher)\n- {G#1} is settling in well and has made friends with {G#6:c} and {G#7:c}.\n- Reading: Oxford Reading Tree level 9, Biff, Chip and Kipper books at home.\nAction: Mrs {S#3} to email {E#2} with phonics games.",
    "DETENTION NOTICE\nStudent: {U:c}\nForm: {CLASSEN}\nDate: {DATEEN}, 3:20–4:00pm, Room {ROOM}\nIssued by: Mr {S:m}\nReason: homework not completed (3rd time)\nParent/carer signature: ______",
    "Medical Consent Form\nChild's name: {P#1:c}\nDate of birth: {DOBEN:c}\nGP: Dr {S}, Riverside Surgery\nEmergency contact 1: {P:f} (mother) {PHUK}\nEmergency contact 2: {P:m} (grandfather) {PHUK}\nHome address: {AUL}",
    "SENCo referral\nPupil: {P#1:c}, Year {YG}\nReferred by: {P#2} (class teacher)\nConcerns: slow processing, difficulty copying from the board.\nParents informed: yes – spoke to {G#3} on {DATEEN}.\nNext step: assessment by {P#4}, Educational Psychologist.",
    "PTA Meeting Minutes – {DATEEN}\nPresent: {P} (Chair), {P} (Treasurer), {P}, {P}, Mrs {S:f} (Head)\nApologies: {P}\n1. Summer Fair: Tesco and John Lewis have donated raffle prizes.\n2. Quiz night moved to the Scout hut.",
    "To whom it may concern,\n\nI have taught {P#1} A level History for two years. {G#1} is a thoughtful, independent student and would be an asset to any university.\n\n{P#2}\nHead of Sixth Form, {SCHOOLEN}\n{E#2} | {PHUK}",
    "Dear Clerk to the Appeals Panel,\n\nWe wish to appeal against the decision not to offer our son, {P#1:cm}, a place at {SCHOOLEN}. We live at {AU}, 0.6 miles from the school, and his sister {G#2:cf} is already in Year 4.\n\n{P#3} and {P#4}",
    "Change of details form\nPupil: {P:c}\nNew address: {AUL}\nNew mobile: {PHUK}\nNew email: {E#1}\nSigned: {P#1}",
    "Safeguarding concern – logged on CPOMS\nChild: {P#1:c}\nLogged by: {P#2}\nDSL informed: {P#3}, {TIMEEN}\nSummary: {G#1} arrived without a coat for the third day; mum ({P#4:f}) to be contacted on {PHUK}.",
    "Reading Record – {G#1:c}\n{DATEEN}: The Magic Key (p. 1-12) – read really well! – {G#2:f} (mum)\n{DATEEN}: Floppy's Bone – tricky words: 'thought', 'would' – {G#3:m} (dad)\nTeacher comment: Lovely reading, {G#1}! Mrs {S:f}",
    "Nursery daily diary – {G#1:c}\nNap: 12:15–1:40\nLunch: ate all of it!\nNappies: 3\nKey person: {G#2}\nPlease bring more wipes. Any questions call {PHUK}.",
    "Hi {N#1},\nCould you cover my Year 9 set 3 on {DAYEN} period 4? Work is on Teams. {G#2:c} and {G#3:c} need to sit apart.\nCheers,\n{G#4}",
    "Year 6 Leavers' Disco – volunteers\n1. {P} – tuck shop\n2. {P} – door\n3. {P} – cloakroom\n4. {Gi} – DJ (bringing speakers)\nContact {G} on {PHUK} if you can help.",
    "Class 4B – Reading Groups\nRed: {G:c}, {G:c}, {G:c}\nBlue: {G:c}, {G:c}, {G:c}\nGreen: {G:c}, {G:c}\nTA: Miss {S:f}",
    "Register – Tutor Group {CLASSEN}\n{R:c} – P\n{R:c} – L (8:52)\n{R:c} – A (illness, called in)\n{R:c} – P\n{R:c} – P",
    "Hi Mrs {S#1:f},\nJust to let you know {G#2:cm} has a dentist appointment at 2pm, so I'll collect him from reception at 1:30.\nKind regards,\n{P#3}",
    "GCSE Results Slip\nCandidate: {RU#1:c}\nCandidate number: {NUM}\nEnglish Language 7, English Literature 6, Mathematics 8, Combined Science 7-7\nCollect certificates from Reception. Queries: Exams Officer {P#2}, {EM}",
    # US schools and colleges
    "Dear Families,\nOur field trip to the Museum of Science is on {DAYEN}. Please send a packed lunch and a water bottle. Questions? Contact our Room Parent, {P#1}, at {PHUS} or {E#1}.\nThank you!\nMs. {S#2:f}, 3rd Grade",
    "Final Exam Registration\nName: {R#1}\nStudent ID: {SID}\nCourse: CHEM 1010, Section 002\nAccommodations: extended time (letter on file)\nEmail: {E#1}\nPhone: {PHUS}",
    "Dear Dr. {S#1},\nI am writing to appeal my final grade in PSYC 201. I believe my lab report was graded against the old rubric. My student ID is {SID}.\nSincerely,\n{P#2}\n{E#2}\n{PHUS}",
    "Housing Assignment – Fall {YEAR}\nResident: {P}\nHall: Bascom Hall, Room 312\nRoommate: {P#8} ({E#8})\nMove-in: {DATEEN}\nMailing address: {AUS}",
    "Transcript Request\nStudent name: {R#1}\nFormer name (if any): {S}\nDate of birth: {DOBEN}\nMailing address: {AUS}\nPhone: {PHUS}\nSend to: {UNIEN} Admissions",
    "Counselor recommendation\nApplicant: {P#1}\nHigh school: {SCHOOLEN}\nCounselor: Mr. {P#2:m}, {PHUS}, {E#2}\n{G#1} ranks in the top 5% of a class of 412 and captains the debate team.",
    "Class of {YEAR} Graduation\nValedictorian: {P:c}\nSalutatorian: {P:c}\nCommencement address: Principal {P}\nCeremony at the Lincoln Center gym, 10am.",
    # universities, admissions, theses
    "Congratulations, {G#1}!\n{UNIEN} has made you a conditional offer for BSc Psychology (C800). Conditions: AAB at A level.\nYour Personal ID: {UCAS}\nWe will write to you at {AU}.",
    "Hi {G#1},\nThanks for sending chapter 3. The argument is much clearer now, but the methods section still needs the ethics reference number. Let's meet on {DAYEN} at {TIMEEN} in my office ({ROOM}).\nBest,\n{G#2}\n--\n{P#2}, PhD\nSenior Lecturer, School of Education\n{UNIEN}\n{AU}",
    "Thesis submission receipt\nCandidate: {P}\nTitle: Teacher feedback and pupil motivation in lower secondary mathematics\nSupervisors: Prof. {P}, Dr {P}\nSubmitted: {DATEEN}\nExaminers will be appointed by the Graduate School.",
    "Dear {G#1},\nWelcome to Uppsala University! Your accommodation is {AS}. Collect your keys at the Housing Office from {DATEEN}. If you arrive after 4pm, call {P#2} on {PH}.\nInternational Office",
    "Learning Agreement – Erasmus+\nStudent: {P#1}\nSending institution: Stockholm University\nReceiving institution: Universidad de Granada\nHome coordinator: {P#2}, {E#2}\nHost coordinator: {P#3}, {PHX}",
    "Lost: student ID card belonging to {P#1}. If found please hand it in to the library or email {E#1}.",
    "Research ethics form\nResearcher: {P#1}\nSupervisor: Dr {P#2}\nParticipants will be contacted through their class teacher; no names will be recorded. Contact: {E#1}, {PHUK}.",
    "Room offer – Unite Students\nHi {G#1}, your room at Chapter Kings Cross (Flat 14, Room C) is confirmed for {YEAR}.\nGuarantor: {P#2}\n{AUL}\nDeposit: {GBP}",
    "ESOL Entry 3 – class list\n{R:i} {PHUK}\n{R:i} {PHUK}\n{R:i} (no phone – contact via {P})\n{R:i} {PHUK}\nTutor: {P}",
    "In-Year Admission Application\nChild's full name: {F#1:c}\nPrevious school: {SCHOOLEN}\nParent/carer: {P#2}\nCurrent address: {AUL}\nPrevious address (abroad): {AX}\nTel: {PHUK}",
    "Sixth Form Application\nApplicant: {F#1}\nAddress: {AU}\nMobile: {PHUK}\nEmail: {E#1}\nSubjects: Chemistry, Biology, Psychology\nReferee: {P#2}, {SCHOOLEN}",
    "Lost property: {G+'#1:c} PE bag (navy, Adidas) was left in Mr {S+'#2:m} room after period 5. Please collect it from the office – {PHUK}.",
    "Emergency card\nStudent: {M#1:c}\nParent/guardian: {P:f}, cell {PHUS}\nAddress: {AUS}\nAlternate pickup: {P}, {PHUS}\nPhysician: Dr. {S}",
    "Dissertation Committee\nCandidate: {M}\nAdvisor: Dr. {M}\nCommittee: {M}, {M}\nDefense: {DAYEN}, {DATEEN}, Room {ROOM}",
    "Dear Mrs {S#1:f},\nThank you for the lovely report. {F#2:c} has been talking about the Roman project all week! We have moved, so please send post to {AU} from now on.\nBest wishes,\n{P#3}",
    "Hi {N#1},\nQuick one – {G+'#2:c} mum rang: she'll be late for pick-up, about 3:45. Her number is {PHUK} if anything comes up.\n{G#3}",
    "Student Finance – change of address\nCustomer: {P#1}\nOld address: {AUL}\nNew address: {AU}\nEffective: {DATEEN}\nContact: {E#1}",
    "Christmas card list – {CLASSEN} (optional)\n{G:c} – {AU}\n{G:c} – {AU}\n{G:c} – {au}\n{G:c} – {AUS}",
    # forwarded and chat
    "---------- Forwarded message ---------\nFrom: {P#1} <{E#1}>\nDate: {DAYEN}, {DATEEN}\nSubject: Fwd: reading books\nTo: {E#2}\n\nHi both, {G#3:c} brought home the wrong book bag again – it says {P#4:c} on the tag. Could you swap them tomorrow?\n{G#1}",
    "[{TIMEEN}] {P#1}: Does anyone know if it's PE tomorrow?\n[{TIMEEN}] {N#2}: yes Thursday now!\n[{TIMEEN}] {G#1}: thanks x",
    "{g#1}: is {g#2:c} coming to the party on sat?\n{g#3}: yes! what's the address again?\n{g#1}: {au}, ring the top bell",
    "Exchange week: your host family will be {P#1} and {P#2}, {AX}; their number is {PHX}. The partner school is Collège Jean Moulin.",
]

MIXED: list[str] = [
    "Hej {G#1}! Sorry for writing in English – {G#2:cf} will be absent tomorrow, we have a doctor's appointment på vårdcentralen. Tack!\n/{P#3}",
    "Hi {G#1}! No problem, tack för att du meddelar. Jag har registrerat frånvaron i Vklass. Hope {G#2:c} feels better soon!\n/{G#3}, mentor {CLASS}",
    "Hej {G#1},\nI've read your draft – bra jobbat! Några kommentarer: the literature review needs more recent sources, och metoddelen saknar en beskrivning av urvalet. Ses vi {DAY} kl {TIME}?\nCheers,\n{G#2}\n\n{P#2} | Docent, Dept. of Computer Science | {UNI} | {PH}",
    "Welcome to {HOUSING}! Your contract för rum {NUM} på {AS} starts {DATE}. Kontaktperson: {P#1}, {E#1}. Please pay the deposit ({AMT}) before moving in.",
    "[{TIME}] {p#1}: yo har du skickat in labbrapporten?\n[{TIME}] {p#2}: not yet lol, deadline är fredag right?\n[{TIME}] {p#1}: ja, {g#3} sa det på föreläsningen",
    "Namn / Name: {P#1}\nPersonnummer / Personal identity number: {PNR}\nAdress / Address: {A}\nTelefon / Phone: {PH}\nE-post / Email: {E#1}",
    "Hi! Jag har glömt att anmäla mig till tentan i Linear Algebra ({COURSE}). Is it still possible? My personnummer is {PNR}.\nThanks,\n{P}",
    "Hej {G#1:i}! Your SFI class starts {DATE} on {STN}, sal {ROOM}. Teacher: {P#2}. Välkommen!",
    "Dear parents i klass {CLASS},\nThis Friday we have our Lucia celebration kl {TIME} i matsalen. {G:cf} och {G:cf} sjunger solo! Ta gärna med kameran.\nBest, {P}",
    "{g#1}: hi all! någon som kan ta {g#2:c} till fotbollen på lördag? my car is at the mechanic\n{g#3}: jag kan! ring {PH}",
    "Från: {P#1} <{E#1}>\nSkickat: {DATE}\nTill: International Office\nÄmne: Transcript of Records\n\nHi, could you please send my Transcript of Records to my new address:\n{AXL}\nTack på förhand!\n{G#1}",
    "Hej! Vi har en utbytesstudent, {P#1:f}, från Universidad de Chile som behöver bostad. She arrives {DATE}. Kan någon i korridoren på {ASN} help her with the key? Ring mig: {PH}.\n/{G#2}",
    "Class list / Klasslista {CLASS}\n{R:c}\n{R:c}\n{R:c}\n{R:c}\n{R:c}\nClass teacher / Klasslärare: {P}",
    "Dear examiner {P#1},\nJag vill begära omprövning av betyget på tentan {DATE} ({COURSE}). I believe question 4 was graded against the wrong solution.\nBest regards,\n{P#2}, {PNR}",
    "[{TIME}] {G#1}: vi har handledning med {G#2} at 3\n[{TIME}] {G#3}: ok! can someone boka grupprum?\n[{TIME}] {G#1}: done, grupprum {ROOM} i Ångströmlaboratoriet",
    "Hi! Vi är nya i klassen. Jag heter {P#1} and my son is {G#2:cm}. We live on {ST}, so {G#2} can walk to school. Nice to meet you all! Mitt nummer: {PH}",
    "IB Diploma – Extended Essay supervisors\n{P:c} – supervisor: Mr {S:m} (History)\n{P:c} – supervisor: {P} (Biology)\n{P:c} – supervisor: Ms {S:f} (English B)\nDeadline för first draft: {DATE}",
    "Hej! {G+'#1:cf} jacket is still at förskolan, kan ni lägga den i hennes fack? Tack! {G#2}",
    "Welcome to Engelska 6 på Komvux! Your teacher is {P#1}. Kursstart {DATE}. Frågor? Mejla {E#1} eller ring expeditionen {PH}.",
    "Din kötid hos {HOUSING}: {QUEUE} dagar. Your profile: {P#1}, {PNR}, {E#1}. Uppdatera din adress om du flyttar – current address: {A}.",
    "Kårens styrelse / Student union board {YEAR}\nChair / Ordförande: {P#1} ({E#1})\nTreasurer / Kassör: {P}\nInternational secretary: {P}\nStudiebevakare: {P}, {PH}",
    "Admission decision – {UNI}\nApplicant: {P}\nDate of birth: {DOB}\nPersonnummer (if any): {PNR}\nProgramme: Master's Programme in Sustainable Development\nResult: Antagen / Admitted",
    "Utvecklingssamtal / Parent-teacher meeting\nElev: {P#1:c}\nParents: {P#2} & {P#3}\nNotes: {G#1} is doing great in English (of course!), behöver jobba med stavning i svenska. Mentor {G#4} skickar länkar till Polyglutt.",
    "Hej! Vår dotter {P#1:cf} börjar i {CLASS} efter sommaren – we are moving from\n{AUL}\nOur Swedish address will be {A}. Mobil: {PHUK} (UK) / {PH} (SE).",
    "{g#1}: kan du skicka {g+s#2} nummer? need to ask about the essay\n{g#3}: {PH} 👍",
    "Study group Organic Chemistry ({COURSE})\nMembers: {Gi}, {Gi}, {Gi}, {Gi}\nWe meet i biblioteket på onsdagar kl {TIME}. Contact {E}.",
    "Report card – Term 1\nStudent: {U:c}\nMathematics: 6\nSvenska: 5\nEnglish: 7\nHomeroom teacher: Ms {S:f}\nPrincipal / Rektor: {P}",
    "Best regards / Vänliga hälsningar\n\n{P}\nStudievägledare | Study counsellor\n{UNI}\nBesöksadress: {STN}\nPostadress: {BOX}\nTel: {PH}",
    "{P#1} (Guest): hej, I'm the new TA for the course, vi ses på labben imorgon!\n{P#2}: Välkommen {G#1}!",
    "Hej, I got 'Ej behörig' on my application to Läkarprogrammet. My grades are from Lycée Français in {ABROAD} – vem kan jag prata med? {P}, {PNR}, {A}",
    "Hi {G#1}! Kan du hämta {G#2:c} på fritids at 4? Koden till grinden är 1979. Tack! {G#3}",
    "School trip to Berlin!! Vi bor på Generator Hostel, {AX}. Emergency contact: {P}, {PH}.",
    "Sign up for mentorstid:\n8.10 {G:c}\n8.25 {G:c}\n8.40 –\n8.55 {G:c} (med pappa {G:m} på Zoom)",
    "Registrering av examensarbete / Registration of degree project\nStudent 1: {P}, {PNR}\nStudent 2: {P}, {PNR}\nSupervisor at company: {P}, Ericsson AB\nExaminer: {P}",
    "Dear fröken {G#1:f}, thank you for the utvecklingssamtal yesterday! {G#2:c} was so happy. Vi ses på avslutningen.\n{P#3}",
    "Hi {G#1}! This is {P#2}, the school nurse (skolsköterska). I'd like to book a hälsosamtal with {G#3:c} next week. Call me: {PH}.",
    "Schema / Schedule {CLASS}:\n{G:c} 07.30–16.00\n{G:c} 08.00–15.00\n{G:c} 07.00–17.00 (mamma {G:f} hämtar)\n{G:c} 08.30–14.00",
    "Individual study plan – {P#1:i}\nCourses: Svenska som andraspråk 2, Matematik 1a\nStudy and career counsellor: {P#2} ({E#2})\nNext meeting: v. {WEEK}",
    "Hej! Skickar vidare från SSSB: ”Dear {G#1}, your application for Lappkärrsberget has been received.” Jag står med {QUEUE} dagar så fingers crossed!\n/{G#1}",
    "Hej {G#1}, we saw that {G#2:c} got an F i matematik. Kan vi boka ett möte? Best, {P#3} ({PH})",
    "Robotics club / Robotklubben HT – anmälda: {P:c}, {P:c}, {P:c}. Ledare: {P} (volunteer from Ericsson).",
    "From: {P#1} <{E#1}>\nTo: {EM}\nSubject: Remiss / referral – {P#2:c}\n\nHej, as discussed, here's the referral for {G#2}. Vårdnadshavare {P#3} has given consent, tel. {PH}.",
    "Housing office: your new address from {DATE} is\n{AS}\nPlease update it in Ladok och hos Skatteverket. Questions: {EM}",
    "Hi all! Invitations to {G+s#1:c} kalas are in the bags – vi bor på {A}, kl 14 on Saturday. OSA till {G#2} på {PH}.",
    "Ny adress / New address:\n{AL}\nFrom {DATE}. Please update {F+'#1:c} records in Vklass. Tack!\n{P#2}",
    "Emergency contacts / Nödkontakter\n1. {P:f} (mamma) {PH}\n2. {P:m} (farfar) {PHX}, {AX}\n3. {P} (granne) {PH}",
    "International student registration\nName: {F#1}\nAddress in Sweden: {AS}\nHome address: {AXL}\nPhone: {PHX}\nEmail: {E#1}",
    "{n#1}: hej! can u pick up {g#2:c} idag?\n{n#3}: sure, vid fem?\n{n#1}: perfekt, tack!!",
    "Thesis committee: supervisor {P}, co-supervisor docent {P}, examiner prof. {P} (KTH). Defence i sal F3 {DATE} kl {TIME}.",
    "Documents should be sent to {UNI}, Admissions Office, {BOX}, Sweden. Attn: {P}.",
    "Hej {G#1}! Welcome to the parents' group för {CLASS}. Klassföräldrar this year are {P} ({PH}) and {P#5} ({E#5}).",
    "Carpool list / Samåkning till cupen i {TOWN}:\n{P} – {ST}\n{P} – {ST}\n{P} – {A}\nLeaving 7.30 from the school, {STN}.",
    "Teacher: {P#1}\nSubstitute / vikarie: {P#2}\nLesson plan in Google Classroom. {G#3:c} och {G#4:c} have extra time on the test.",
]

# Rows with no value at all: (language, text).
NEGATIVES: list[tuple[str, str]] = [
    (
        "sv",
        "Påminnelse: skolan är stängd på Kristi himmelsfärdsdag och klämdagen efter. Fritids har öppet för anmälda barn.",
    ),
    (
        "sv",
        "Luciafirande i aulan kl 8.00. Alla klasser sjunger, och Lucia med tärnor och stjärngossar går först. Föräldrar är välkomna!",
    ),
    (
        "sv",
        "Mårtensafton firas med gås i matsalen på torsdag. Vegetariskt alternativ finns som vanligt.",
    ),
    (
        "sv",
        "Veckans ord i SVA: sten, björn, ros, stig, liv, saga och bo. Skriv en mening med varje ord.",
    ),
    (
        "sv",
        "Vi läser om djuren i Sverige: björn, lo, järv, varg och örn. Ta med en bild till fredag.",
    ),
    (
        "sv",
        "Klara, färdiga, gå! Stafetten startar vid stora stenen bakom idrottshallen. Max fyra per lag.",
    ),
    (
        "sv",
        "Skolverket har publicerat nya kursplaner. Läs mer på skolverket.se eller i Skolinspektionens rapport om betygssättning.",
    ),
    (
        "sv",
        "Antagning.se stänger för sena anmälningar den 15 april. UHR svarar på frågor om meritvärde och högskoleprovet.",
    ),
    (
        "sv",
        "Bokcirkel åk 5: vi läser Bröderna Lejonhjärta och Emil i Lönneberga. Böckerna lånas på skolbiblioteket.",
    ),
    ("sv", "Förskoleklassen tittar på Alfons Åberg och Pettson och Findus på fredagsmyset."),
    ("sv", "Hemkunskap: ta med förkläde. Vi bakar kladdkaka med Marabou-choklad och havreflarn."),
    (
        "sv",
        "Studentbostäder: kön hos AF Bostäder och SSSB räknas i ködagar. Logga in på Mina sidor och förnya ditt intresse var 90:e dag.",
    ),
    (
        "sv",
        "SFI kurs D fortsätter efter jullovet. Lektionerna hålls i Folkets hus, sal 3, ingång från parkeringen.",
    ),
    (
        "sv",
        "Komvux och Hermods erbjuder distanskurser i Matematik 2b och Svenska 3 under sommaren. Sista ansökningsdag 1 maj.",
    ),
    ("sv", "Betyg sätts i skalan A–F, där E är godkänt. Ett streck betyder att underlag saknas."),
    (
        "sv",
        "Glöm inte inneskor, vattenflaska och Kånken med namnlapp! Lånekläder finns i kapprummet.",
    ),
    ("sv", "Bussen till Kolmården går från skolgården kl 7.45. Vi är tillbaka ca kl 17."),
    ("sv", "Skolavslutningen hålls i Domkyrkan. Klasserna samlas vid Gustavianum kl 9.15."),
    (
        "sv",
        "Personnummer skrivs ÅÅÅÅMMDD-XXXX. Saknar du svenskt personnummer lämnar du fältet tomt och fyller i ditt samordningsnummer.",
    ),
    (
        "sv",
        "Klassen har fått en ny projektor från Clas Ohlson och ett Lego-kit från Föräldraföreningen. Tack!",
    ),
    (
        "sv",
        "Per elev kostar resan 350 kr. Betala till klasskassan via Swish 123 456 78 90, märk betalningen med klass.",
    ),
    (
        "sv",
        "Sök senast 15 april: lärarprogrammen vid Linnéuniversitetet, sjuksköterskeprogrammet vid Karolinska Institutet och civilingenjörsprogrammen vid KTH.",
    ),
    (
        "sv",
        "Handbollslaget bjuds in till match i Avicii Arena. Samling vid Globens tunnelbanestation kl 18.",
    ),
    (
        "sv",
        "Ros och ris till skolmaten: skriv en lapp och lägg den i elevrådets låda utanför matsalen.",
    ),
    (
        "sv",
        "Specialpedagogen har gått igenom alla åtgärdsprogram i årskurs 7–9 inför EHT-mötet på torsdag.",
    ),
    (
        "sv",
        "Studiebesök på Astrid Lindgrens Värld i Vimmerby för årskurs 2. Matsäck och regnkläder behövs.",
    ),
    (
        "sv",
        "Vårterminens tentamensperiod: salstentor skrivs i Bergsbrunnasalen och på Fyrisvallen. Anmälan i Ladok senast tio dagar före.",
    ),
    (
        "en",
        "Reminder: mark schemes for the mock exams are on Teams. Please bring your reading books every Monday.",
    ),
    (
        "en",
        "The Dean of Students will hold drop-in hours in the Students' Union building throughout Freshers' Week.",
    ),
    (
        "en",
        "Year 5 will visit the Natural History Museum on Friday. Packed lunches please – no nuts!",
    ),
    (
        "en",
        "Will all pupils please bring their PE kit on Tuesday and Thursday. Hope to see you at Sports Day!",
    ),
    (
        "en",
        "Our reading scheme includes the Biff, Chip and Kipper stories and the Oxford Owl online library.",
    ),
    (
        "en",
        "Ofsted rated the school Good in all areas. The full report is available on the Ofsted website.",
    ),
    ("en", "The UCAS deadline for Oxford, Cambridge and most medicine courses is 15 October."),
    (
        "en",
        "Set texts for GCSE English Literature: Macbeth, A Christmas Carol, An Inspector Calls and the Power and Conflict poems.",
    ),
    ("en", "The PTA thanks Tesco, Sainsbury's and John Lewis for this year's raffle prizes."),
    (
        "en",
        "Harvest Festival donations go to the Trussell Trust food bank. Pasta, rice and tinned tomatoes are welcome.",
    ),
    (
        "en",
        "House points this week: Brunel 212, Darwin 198, Newton 187, Turing 240. Well done Turing!",
    ),
    ("en", "Holly, ivy and paper snowflakes made in Art Club will be sold at the Christmas Fair."),
    (
        "en",
        "Frank feedback welcome: tell us what you think about the new homework policy using the online form.",
    ),
    ("en", "April showers: wellies and waterproofs are needed for Forest School every Wednesday."),
    (
        "en",
        "King's College London and Imperial College run summer schools for Year 12 students interested in medicine.",
    ),
    (
        "en",
        "The 8th grade DC trip visits the Lincoln Memorial, the Smithsonian and the Library of Congress.",
    ),
    ("en", "Grace period for library fines ends in May. Late Penguin Classics cost 20p a day."),
    ("en", "Science: bring a clean mason jar and some cotton wool for the germination experiment."),
    (
        "mixed",
        "Påminnelse: deadline för thesis proposal är fredag. Submit via Canvas, inte via mejl.",
    ),
    ("mixed", "Lucia celebration i aulan kl 8! Parents welcome, och ta gärna med ljus."),
    ("mixed", "Hi all! Glöm inte field trip till Skansen imorgon – packed lunch och regnkläder."),
    ("mixed", "Fika after the seminar i Ekonomikum. Kanelbullar från Güntherska!"),
    ("mixed", "Welcome week: campus tour, SL card och bankkonto hos Handelsbanken."),
    ("mixed", "Reminder: kårpub i Kårhuset ikväll. Student ID required, 18+."),
    (
        "mixed",
        "SFI vocabulary of the week: björn (bear), sten (stone), ros (rose), liv (life), stig (path).",
    ),
    ("mixed", "Mentorstid cancelled tomorrow pga studiedag. Vklass uppdateras ikväll."),
    ("mixed", "Karolinska Institutet and KTH offer a joint master's programme i medicinsk teknik."),
    ("mixed", "English book club läser Pippi Longstocking – a Swedish classic in translation!"),
    ("mixed", "Swish to klasskassan 123 456 78 90 for the end-of-term party, 50 kr per kid."),
    (
        "mixed",
        "Exam hall: Bergsbrunnasalen. Bring legitimation, pennor and a calculator (Casio fx-82).",
    ),
    (
        "mixed",
        "Please note att max två gäster per student är tillåtna på graduation ceremony i Aula Magna.",
    ),
    ("mixed", "IB students: Extended Essay deadline är 1 mars. Turnitin report required."),
    (
        "mixed",
        "Student housing tip: ställ dig i kö hos Boplats Göteborg och Chalmers Studentbostäder ASAP.",
    ),
    ("mixed", "Ada Lovelace Day: vi firar med en coding workshop för tjejer i åk 7–9."),
    ("mixed", "Nobel Week Dialogue hålls i Aula Magna; studenter kan söka free tickets via kåren."),
]
