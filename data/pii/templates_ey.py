# ruff: noqa: E501
"""Templates of held-out EY (issue 15): social services and municipal case handling.

Python data, stdlib only. Slots are filled by `generate_ey.py`: persons `{P}` (full name), `{p}`
(lower case), `{U}` (capitals), `{F}` (with a middle name), `{G}`/`{g}` (given name), `{N}`/`{n}`
(a short form where there is one), `{S}`/`{s}` (surname), `{SU}`/`{GU}` (surname, given name in
capitals, a form's two fields), `{I}` (`K. Lindström`), `{Gi}` (`Tina K.`), `{R}` (`Surname,
Given`), `{RU}` (`SURNAME, Given`), `{E}` (the person's e-mail); `#n` names the same person again,
`:f`/`:m` a woman or a man, a trailing `s` a Swedish genitive and `'` an English one (the ending
outside the span). Values: `{A}` a Swedish address on one line, `{AL}` over lines, `{AR}`/`{ARL}`
rural, `{AT}` in a town, `{LGH}` with a flat number, `{ST}` a street and number, `{STN}` a street
alone, `{a}` lower case, `{BOX}`, `{CO}`/`{COL}` c/o a person and an address, `{UK}`/`{UKL}`/`{uk}`,
`{UKSTN}`, `{AUS}`/`{AUSL}`, `{AX}`/`{AXL}` (Europe), phones `{PH}` `{PHM}` `{PHO}` `{PHX}`
`{PHUK}` `{PHUS}`, `{EO}` an office's e-mail, personnummer `{PNR}`, `{PNRO}` (the old), `{PNRC}`
(children). Everything else (`{DATE}`, `{AMT}`, `{DNR}`, `{TOWN}` ...) is no value.
"""

from __future__ import annotations

MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
}  # fmt: skip
# Municipalities, schools, landlords and providers, agencies: named after no person.
KOMMUNER = ("Botkyrka kommun", "Malmö stad", "Göteborgs Stad", "Uppsala kommun", "Örebro kommun", "Södertälje kommun", "Västerås stad", "Borås Stad", "Norrköpings kommun", "Umeå kommun", "Kiruna kommun", "Ljusdals kommun", "Mora kommun", "Trelleborgs kommun", "Växjö kommun", "Gävle kommun")  # fmt: skip
SCHOOLS = ("Backaskolan", "Västerskolan", "Ängsskolan", "Hagaskolan", "Kvarnbyskolan", "Rinkebyskolan", "Lindbackaskolan", "Centralskolan", "Norrbyskolan", "Tallbackens skola", "Östra gymnasiet", "Björkhagaskolan", "Sjöstadsskolan")  # fmt: skip
PROPERTIES = ("Tallen 4", "Lövnäs 2:7", "Byn 4:12", "Kvarnen 11", "Svanen 3", "Hästhagen 1:45", "Eken 8", "Rönnen 17", "Sörby 3:21", "Granen 2", "Mården 14", "Orren 6")  # fmt: skip
FIRMS = ("Familjebostäder", "MKB Fastighets AB", "Stångåstaden", "Uppsalahem", "Bostadsbolaget", "Fonus", "Samhall", "Coop", "Hemköp", "Attendo", "Humana", "Vardaga", "Nytida", "Apoteket", "Postnord", "Lernia", "Telia", "Städbolaget Glans AB", "Mimer")  # fmt: skip
FORVALTNINGSRATTER = ("Stockholm", "Uppsala", "Linköping", "Jönköping", "Växjö", "Malmö", "Göteborg", "Karlstad", "Falun", "Härnösand", "Umeå", "Luleå")  # fmt: skip
AGENCIES = ("Försäkringskassan", "Arbetsförmedlingen", "Kronofogden", "Migrationsverket", "Skatteverket", "Pensionsmyndigheten", "CSN", "IVO")  # fmt: skip

SV = (
    # försörjningsstöd: applications, decisions, calculations, requests
    "Ansökan om ekonomiskt bistånd för {MONTH}\n\nSökande: {P#1}\nPersonnummer: {PNR}\nMedsökande: {P#2}\nAdress: {A}\nTelefon: {PHM}\nE-post: {E#1}\n\nAntal barn i hushållet: {NUM}. Hyra: {AMT}. Jag är inskriven på Arbetsförmedlingen och bifogar kontoutdrag.",
    "BESLUT\nEkonomiskt bistånd enligt socialtjänstlagen\nDnr {DNR}\n\n{P#1}\n{AL}\n\nSocialnämnden beviljar dig {AMT} i försörjningsstöd för {MONTH}. Beloppet betalas ut {DATE}. Ansökan om bistånd till tandvård avslås, se särskild motivering.\n\nHandläggare: {P#2}, telefon {PHO}",
    "Beslut om avslag\nDu, {P#1}, har ansökt om bistånd till hyresskuld om {AMT}. Ansökan avslås eftersom hushållets inkomster under {MONTH} översteg riksnormen. Vill du överklaga ska skrivelsen ha kommit in inom tre veckor från den dag du fick del av beslutet. Frågor? Ring {Gi#2} på {PHO}.",
    "Beräkning {MONTH}\nHushåll: {P#1} och {P#2}, {NUM} barn\nRiksnorm: {AMT}\nHyra: {AMT}\nHushållsel: {AMT}\nInkomster: barnbidrag {AMT}\nAtt utbetala: {AMT}\nBeräknat av {I#3}",
    "Hej {P#1}!\nVi saknar kontoutdrag för alla dina konton samt lönespecifikation för {MONTH}. Skicka in dem senast {DATE} till {BOX} eller lämna dem i receptionen.\nMed vänlig hälsning\n{P#2}\nSocialsekreterare\n{PHO}\n{EO}",
    "Efternamn: {SU#1}\nFörnamn: {GU#1}\nPersonnummer: {PNR}\nAdress: {A}\nTelefon: {PHM}\nSökt bistånd: försörjningsstöd, {MONTH}\nMottagen av: {Gi#2}",
    "Ansökan om ekonomiskt bistånd\nSökande 1 – Efternamn: {SU#1}  Förnamn: {GU#1}\nSökande 2 – Efternamn: {SU#2}  Förnamn: {GU#2}\nFolkbokföringsadress: {A}\nTelefon: {PH}\nHar ni barn som bor hos er? Ja, {NUM}.",
    "Ärende: {P#1:m}\nBesök {DATE} kl. {TIME}. Tolk: {P#2} (dari), via telefon. {G#1} berättar att hyran till {FIRM} inte är betald för {MONTH}. Han har fått en ny tid hos Arbetsförmedlingen. Beviljas nödbistånd om {AMT} till mat.",
    "Journalanteckning {DATE}, telefonsamtal\n{P#1:f} ringer och berättar att hyran för {MONTH} inte är betald och att hyresvärden skickat en påminnelse. Hon har fått ny adress: {A}. Nytt besök bokat {DAY} kl. {TIME}.\n/{P#2}, socialsekreterare",
    "Anteckning {DATE}: Hembesök hos {P#1:f} på {LGH}. Närvarande även {Gs#1} syster {P#2:f}. Lägenheten är städad, kylskåpet nästan tomt. {G#1} väntar på beslut från Försäkringskassan om sjukersättning.",
    "Tjänsteanteckning {DATE}: {F#1:m} har besökt mottagningen utan tid. Han uppger att han vräkts från {LGH} och sover i bilen. Erbjuden akutplats på härbärget på {STN}. Kontakt tagen med {P#2} på Stadsmissionen, {PHO}.",
    "Anteckning: {P#1:f} uppger att hon bott på {STN} i fem år men flyttat till sin syster på {STN} efter separationen. Folkbokföringen är inte ändrad. Post ska tills vidare skickas {COL}.",
    "Överlämning {DATE}\nÄrendet för {P#1} ({PNR}) lämnas över från {P#2} till {P#3}. {G#1} har beviljats försörjningsstöd t.o.m. {MONTH}. Obs! {G#1} vill inte ha post till folkbokföringsadressen, använd {CO}.",
    "Avslutningsanteckning: Ärendet för {R#1} avslutas {DATE}. {G#1} har fått anställning på {FIRM} och flyttat till {A}. Ingen fortsatt kontakt önskas.\n/{P#2}",
    "Hej {G#1}! Jag heter {P#2} och är din nya handläggare på ekonomiskt bistånd. Ring mig gärna på {PHO}, telefontid måndag–torsdag kl. 9–10. Du kan också mejla {E#2}.",
    "SMS: Hej {G#1}! Påminnelse om ditt besök hos socialtjänsten {DAY} kl {TIME}, {AT}. Ta med hyresavtal och kontoutdrag. Mvh {G#2}, {PHO}",
    "Till {FIRM}\n{BOX}\n\nBegäran om uppgifter\nSocialnämnden i {KOMMUN} utreder ett ärende om ekonomiskt bistånd och begär uppgifter om hyresskuld för {P#1}, {PNR}, boende på {A}.\n\n{P#2}, socialsekreterare, {PHO}",
    "Ang. vräkningshot – {P#1}, {LGH}. Hyresvärden {FIRM} har sagt upp kontraktet. Kontaktperson hos hyresvärden: {P#2}, {PHO}, {E#2}. Möte bokat med {G#1} och hyresvärden {DATE}.",
    "Lägenhet i andra hand: {P#1} hyr i andra hand av {P#2} på {LGH}. Hyra {AMT} per månad. Kontraktet är inte godkänt av hyresvärden; {S#2} nås på {PHM}.",
    "Kontrollfråga till Skatteverket: Är {P#1} folkbokförd på {A}? Enligt hyresvärden bor där i stället {P#2} och {P#3}.",
    "Budget- och skuldrådgivning, anteckning {DATE}: Besök av {P#1} och {P#2}. Skulder hos Kronofogden ca {AMT}. {G#1} har fast anställning på {FIRM}. Överenskommet att ansöka om skuldsanering. Nästa besök {DAY} kl. {TIME}.\n/{I#3}",
    "Inkommen post {DATE}: Brev från Kronofogden till {P#1} om utmätning av lön. Kopia skickad till god man {P#2}, {BOX}.",
    "Telefonanteckning: {I#1} från Försäkringskassan ringer angående {P#2}, {PNR}. Sjukpenningen är indragen från {DATE}. Återkoppla på {PHO}.",
    "Anteckning {DATE}: Trepartssamtal med {P#1:f}, hennes mamma {P#2:f} och {I#3} från Arbetsförmedlingen. Planering: språkpraktik på {FIRM} från {DATE}, handledare {P#4} ({PHM}).",
    "Ansökan om ekonomiskt bistånd till begravning\nAvliden: {P#1}, {PNRO}\nSökande: {P#2}, {A}\nBegravningsbyrå: Fonus\nKostnad enligt offert: {AMT}",
    "Dödsboanmälan\nAvliden: {P#1}, {PNRO}, senast boende på {A}\nAvled {DATE}\nAnhöriga: {P#2:m} (son), {PH}; {P#3:f} (dotter), {PHX}\nTillgångarna räcker inte till begravningskostnaderna. Handläggare {P#4}.",
    # child welfare: reports, assessments, investigations, placements
    "ANMÄLAN – BARN SOM KAN BEHÖVA SKYDD\nInkom: {DATE}\nAnmälare: kurator {P#1}, {SCHOOL}, tel. {PHO}\nBarnet: {P#2}, {PNRC}\nVårdnadshavare: {P#3} och {P#4}\nAdress: {A}\nOro: {G#2} har berättat för sin mentor att det är bråk hemma på kvällarna och har varit frånvarande {HOURS} timmar den senaste månaden.",
    "Förhandsbedömning {DATE}\nAnmälan gällande {P#1} ({AGE} år) inkom från polisen. {Gs#1} mamma {P#2:f} har kontaktats per telefon ({PHM}) och informerats. Pappan {P#3:m} är folkbokförd på {ST} i {TOWN}. Beslut: utredning inleds. Ansvarig: {S#4}.",
    "Hej! Jag vill anmäla oro för familjen på {a}. Det skriker varje natt och barnen är ute sent. Jag vill vara anonym.\n/en granne",
    "Orosanmälan från BVC: sjuksköterska {P#1} ({PHO}) är orolig för {P#2}, {AGE} månader. Mamman {P#3:f} har uteblivit från tre besök. Familjen bor på {AT}.",
    "Polisens underrättelse {DATE}: {P#1}, {PNRC}, anträffad kl. {TIME} på {STN}, kraftigt berusad. Hämtad av fadern {P#2:m}, {A}, {PHM}.",
    "Utredning barn och unga {DATE}\nBarnet {P#1} bor växelvis hos mamma {P#2:f}, {A}, och pappa {P#3:m}, {A}. {G#1} går i årskurs {NUM} på {SCHOOL}. Samtal med {G#1} har hållits utan vårdnadshavare närvarande.",
    "Ärendet gäller {P#1}, som bor med sin mamma {Gi#2:f} på {STN}. Skolsköterskan {S#3} har noterat att {G#1} ofta är hungrig och trött på mornarna.",
    "Kallelse till samtal\n{P#1}\n{P#2}\n{AL}\n\nVi vill träffa er angående er son {G#3:m} {DAY} {DATE} kl. {TIME} på socialkontoret, {AT}.\nVälkomna!\n{P#4}, socialsekreterare, {PHO}",
    "Ansökan om vård enligt LVU\nDen unge: {P#1}, {PNRC}\nVårdnadshavare: {P#2}, okänd vistelseort, senast känd adress {A}; {P#3}, {ARL}\nSocialnämndens ombud: {P#4}",
    "Placering i familjehem\n{P#1} ({PNRC}) placeras från {DATE} hos familjehemmet {P#2} och {P#3}, {ARL}. Umgänge med mamma {P#4:f} varannan lördag på familjecentralen.",
    "Familjehemsutredning\nSökande: {P#1} och {P#2}\nAdress: {AL}\nTelefon: {PH}\nBarn i familjen: {G#3} ({AGE} år).\nReferens: {P#4}, {PH}.",
    "Ansökan om kontaktfamilj: {Gs#1} mamma {P#2:f} önskar en kontaktfamilj en helg i månaden. Förslag: familjen {S#3} på {STN} i {TOWN}, som {G#1} känner sedan förskolan.",
    "Status {DATE}: {P#1} ({AGE} år) är placerad på HVB Granbacken sedan {MONTH}. Föräldrarna {P#2} och {P#3} har informerats. Nästa överläggning hålls på {AT}.",
    "Yttrande till tingsrätten i vårdnadsmål {MAL}\nParter: {P#1}, {A}, och {P#2}, {A}\nBarn: {P#3}, {PNRC}\nFamiljerättssekreteraren {P#4} har träffat barnet två gånger.",
    "Anmälan om behov av god man för ensamkommande barn\nBarnet: {P#1}, {AGE} år\nBoende: HVB Solrosen, {A}\nFöreslagen god man: {P#2}, {PHM}, {E#2}",
    "{P#1} (ensamkommande, {AGE} år) har fått uppehållstillstånd. Gode mannen {P#2} har avslutat sitt uppdrag. Särskilt förordnad vårdnadshavare: {P#3}, {A}.",
    "SIP-möte {DATE} kl {TIME}\nDeltagare: {P#1} (den enskilde), mamma {P#2:f}, {P#3} (BUP), {P#4} (elevhälsan, {SCHOOL}), socialsekreterare {S#5}\nÖverenskommelse: BUP kallar till ny bedömning. Skolan ger stöd två gånger i veckan. Ansvarig för uppföljning: {G#3}.",
    # LSS and home care
    "Utredning enligt LSS\nSökande: {P#1}, {PNR}\nFöreträdare: god man {P#2}, {ARL}, {PH}\nAnsökan avser daglig verksamhet enligt 9 § 10 LSS. {G#1} bor i gruppbostad på {STN} och har i dag ingen sysselsättning. Handläggare {P#3} träffade {G#1} och personalen {DATE}.",
    "Beslut enligt LSS\n{U#1}\n{AL}\n\nDu beviljas ledsagarservice enligt 9 § 3 LSS, {HOURS} timmar per månad, från {DATE}. Insatsen verkställs av {FIRM}. Kontakta din handläggare {P#2} på {PHO} eller {E#2} om du har frågor.",
    "Ansökan om bostad med särskild service enligt 9 § 9 LSS\nNamn: {P#1}\nNuvarande adress: {CO}\nKontaktperson: mamma {P#2:f}, {PHM}",
    "Överklagande av LSS-beslut\nTill Förvaltningsrätten i {FR}\nJag, {P#1}, är förvaltare för {P#2} och överklagar beslutet att avslå korttidsvistelse. {G#2} behöver miljöombyte och föräldrarna behöver avlastning.\n\n{P#1}\n{AL}\n{PH}",
    "Uppdragsavtal kontaktperson enligt LSS\nUppdragstagare: {P#1}, {PNR}\n{A}\nMobil: {PHM}\nE-post: {E#1}\nUppdraget avser: {P#2}, född {BORN}\nOmfattning: {NUM} träffar i månaden.",
    "Hej, det är {N#1} här ({Gs#2} kontaktperson). Vi var på bio igår och allt gick bra. {G#2} vill gärna träffas igen nästa vecka!\nMvh {N#1}, {PHM}",
    "Ansökan om förlängd korttidsvistelse: {P#1} ({AGE} år) har vistats på korttidshemmet Lärkan {HOURS} dygn per månad. Föräldrarna {P#2} och {P#3}, {A}, ansöker om utökning.",
    "Biståndsbedömning hemtjänst\nBrukare: {R#1}, {PNRO}\nAdress: {A}\nAnhörig: dottern {P#2:f}, {PHM}\nBeviljade insatser: städning varannan vecka, inköp en gång i veckan, dusch två gånger i veckan, trygghetslarm.\nBiståndshandläggare: {P#3}, {PHO}",
    "Beslut om avslag på ansökan om särskilt boende\nSökande: {P#1}, {A}\nBeslutet har fattats av {P#2}, biståndshandläggare, med stöd av delegation. Hur man överklagar framgår av bilagan.",
    "Hej! Det är {G#1} från hemtjänsten. {P#2} på {ST} öppnar inte och dörren är låst. Kan du som anhörig komma hit eller ringa oss på {PHM}? /{G#1}",
    "Körlista hemtjänst Väster, {DAY}\n{TIME} {R} – {ST}, portkod i pärmen\n{TIME} {RU} – {A}\n{TIME} {R} – {AR}\nPersonal: {G} och {G}",
    "Nyckelkvittens\nNyckel till {A} har kvitterats ut av {P#1} (hemtjänsten Söder) {DATE}.\nBrukare: {R#2}\nKvitteras: {Gi#1}",
    "Rapport enligt lex Sarah\nDatum: {DATE}\nRapportör: undersköterska {P#1}\nDen enskilde: {P#2}, {A}\nHändelse: Dusch uteblev två gånger eftersom ingen personal var schemalagd. {G#2} har själv påtalat detta för enhetschef {P#3}.",
    "Anteckning: Telefon från {P#1}, granne till {P#2} på {ST}. Grannen är orolig eftersom {G#2} inte har synts på en vecka och posten ligger kvar i brevlådan. Hemtjänsten kontaktad ({PHO}).",
    "Hembesök {DATE}: {P#1:f}, {OLD} år, bor ensam på {AR}. Närmaste granne {P#2} handlar åt henne. Ansökan om matdistribution och trygghetslarm. Kontakt med sonen {P#3:m} i Norge, {PHNO}.",
    "Anhörigstöd: {P#1:f} vårdar sin make {P#2:m} hemma på {ARL}. Hon önskar avlösning i hemmet {HOURS} timmar i månaden och kontakt med anhörigkonsulent {P#3} ({PHO}).",
    "Ansökan om bostadsanpassningsbidrag\nSökande: {P#1}, {PNRO}\nFastighet: {PROP}\nAdress: {A}\nÅtgärd: borttagning av trösklar och duschplats i stället för badkar. Intyg från arbetsterapeut {P#2} bifogas.",
    "Uppföljning {DATE}: {P#1:f}, {PNRH}, fyllde hundra i våras och bor kvar hemma på {A}. Hemtjänst fyra gånger per dag; dottern {P#2:f} ({PHM}) sköter ekonomin.",
    "Färdtjänst\nBeslut för {P}. Du får resa med färdtjänst inom kommunen och till angränsande kommuner. Resor bokas på {PHO}. Hämtadress: {A}.",
    "Till personalen: {P#1} ska till vårdcentralen {DAY} kl. {TIME}. Taxi är bokad. Dottern {N#2:f} ({PHM}) möter upp där.",
    # guardians, the chief guardian, appeals and courts
    "Till Överförmyndarnämnden i {KOMMUN}\nÅrsräkning {YEAR}\nHuvudman: {P#1}, {PNRO}\nAdress: {A}\nGod man: {P#2}\n{AL}\nTelefon: {PH}, e-post {E#2}\n\nBilagor: kontoutdrag, kvitton på hyra och avgift för hemtjänst.",
    "Ansökan om god man\nFör: {P#1}, {A}\nAnsökan görs av: sonen {P#2:m}, {PHM}\nFörslag på god man: {P#3}, {A}, {PH}",
    "Överförmyndarnämnden har beslutat att entlediga {P#1} som god man för {P#2} och förordna {P#3}, {AT}, från {DATE}.",
    "Hej {G#1}!\nJag är god man för din pappa {P#2:m} sedan {MONTH}. Jag har betalat hyran till {FIRM} och räkningen från tandläkaren. Fickpengar sätts in varje fredag. Ring om något: {PHM}.\nMvh {P#3}",
    "Hej! {G#1} här från överförmyndarenheten. Vi har inte fått in årsräkningen för {P#2}. Skicka den senast {DATE} till {BOX} eller via e-tjänsten. Frågor: {PHO}, {EO}",
    "Förvaltningsrätten i {FR}\nÖverklagande\nKlagande: {P#1}, {PNR}\nAdress: {AL}\nTelefon: {PHM}\n\nJag överklagar socialnämndens beslut {DATE} (dnr {DNR}) om avslag på bistånd till glasögon. Jag har inga andra pengar.\n\n{TOWN} {DATE}\n{P#1}",
    "Yttrande till förvaltningsrätten, mål nr {MAL}\nKlagande: {P#1}\nSocialnämnden står fast vid sitt beslut. {S#1} har inte styrkt sina utgifter för {MONTH}. Nämndens ombud: enhetschef {P#2}, {BOX}.",
    "Dom, mål nr {MAL}\nKLAGANDE\n{P#1}, {PNR}\n{AL}\nMOTPART\nSocialnämnden i {KOMMUN}\nSAKEN\nEkonomiskt bistånd\nDOMSLUT\nFörvaltningsrätten avslår överklagandet.\n\n{P#2}\nrådman",
    "Kontaktuppgifter till ombud\nOmbud: jur.kand. {P#1}\nByrå: Advokatfirman {S#2} & Partners\nAdress: {BOX}\nTelefon: {PHO}\nE-post: {E#1}",
    "Anteckning: {P#1:f} vill att beslutet skickas till hennes ombud, advokat {P#2}, {BOX}, och inte hem till {A}.",
    # minutes, meetings, colleagues
    "Protokoll, socialnämndens individutskott {DATE}\nNärvarande ledamöter: {P} (ordf.), {P}\nFöredragande: socialsekreterare {P}\n\n§ {HOURS} Ansökan om vård enligt LVU gällande {I}. Beslut enligt förslag.",
    "Protokoll från samverkansmöte skola–socialtjänst {DATE}\nNärvarande: rektor {P}, kurator {P} och socialsekreterare {P}\nNästa möte: {DATE} på {SCHOOL}.",
    "Minnesanteckningar APT {DATE}\nNärvarande: hela gruppen utom {G}.\n1. Nya ärenden fördelas: {S} tar {I}, {G} tar familjen {S}.\n2. Semesterlistan ska vara inne senast {DATE}.",
    "Kallelse till nätverksmöte\nTill: {P#1}, {A}\nTid: {DAY} {DATE} kl. {TIME}\nPlats: socialkontoret, {AT}\nDeltagare: din handläggare {P#2}, {P#3} från Arbetsförmedlingen och din kontaktperson {G#4}.\nVälkommen!",
    "Från: {P#1} <{E#1}>\nTill: {P#2} <{E#2}>\nÄmne: Ang. familjen {S#3:f}\n\nHej {G#2}!\nJag har pratat med mamman, {P#3:f}. Hon vill inte att vi kontaktar skolan innan mötet. Kan du ringa henne på {PHM}? Hon bor nu hos sin bror på {STN}.\n\nHälsningar\n{G#1}",
    "Från: {P#1} <{E#1}>\nSkickat: {DATE}\nTill: Mottagningen <{EO}>\nÄmne: Orosanmälan\n\nHej, jag är lärare för {P#2} i klass {NUM}B. {G#2} har berättat att pappa slår. Jag nås på {PHM}.\n{P#1}, {SCHOOL}",
    "Med vänlig hälsning\n\n{P#1}\nSocialsekreterare, mottagningsgruppen barn och unga\n{KOMMUN}\n{AL}\nTel: {PHO}\nMobil: {PHM}\n{E#1}",
    "{G#1}: har du hunnit ringa {p#2:f}?\n{G#3}: nej, hon svarar inte. skickade sms till {PHM}\n{G#1}: ok, hon har flyttat förresten. ny adress {a}\n{G#3}: tack! uppdaterar journalen",
    "@{g#1} kan du ta telefontiden idag? jag sitter med {p#2} hela förmiddagen\n@{g#3} visst, inga problem",
    "{g#1}: har nån pratat med {gs#2} mamma? hon ringde växeln i morse\n{g#3}: ja jag. hon vill ha en tid, bor kvar på {a}",
    "{g#1}: vem har {s#2}-ärendet nu?\n{g#3}: {n#4:f} tror jag, fråga henne\n{g#1}: 👍",
    "kom ihåg att ringa {p#1} innan 15!! nytt nummer {PHM} (från {g#2} i receptionen)",
    "Hej {G#1}, jag har försökt nå {Ss#2} dotter på {PHM} men ingen svarar. Har du ett annat nummer? /{G#3}",
    "Lapp i receptionen: {P#1:f} kommer {DAY} kl. {TIME} för att lämna in sin ansökan. Hon bor numera {CO}. Ring {G#2} ({PHO}) när hon kommer.",
    "Utdrag ur journal\nKlient: {RU#1}, {PNR}\nAdress: {ARL}\n{DATE} Besök. {G#1} kom tillsammans med sin sambo {P#2}. Diskuterade skulder och hyra.\n{DATE} Telefon. {G#1} meddelar nytt mobilnummer {PHM}.",
    "Fullmakt\nJag, {P#1}, {PNR}, ger {P#2} fullmakt att företräda mig i mitt ärende hos socialtjänsten i {KOMMUN}.\n{TOWN} {DATE}\n{P#1}",
    "Samtycke till informationsutbyte\nJag, {P#1}, samtycker till att socialtjänsten lämnar uppgifter till {P#2} på vårdcentralen och till {P#3}, BUP. Samtycket gäller t.o.m. {DATE}.\nUnderskrift: {P#1}",
    # notices and notes with few or no names
    "Adressändring registrerad {DATE}. Ny adress:\n{AL}\nTidigare adress: {A}. Kontrollerad mot folkbokföringen.",
    "Socialtjänstens mottagning har flyttat. Ny besöksadress: {AT}. Postadress: {BOX}. Växel: {PHO}. E-post: {EO}.",
    "Socialjouren nås efter kl. 17 och på helger på {PHO} eller {PHO}.",
    "Matkasse hämtas på {ST}, portkod 1234, ring på hos {S}.",
    "Sms till {PHM}: Din ansökan har kommit in och fått diarienummer {DNR}. /Socialtjänsten",
    "Anteckning {DATE}: Försökt nå klienten på {PHM} och {PH} utan svar. Brev skickat till {A}.",
    "Boende: {LGH}. Hyresvärd: {FIRM}, {PHO}. Hyran {AMT} dras via autogiro.",
    "Matdistribution startar {DATE} till {A}. Leverans måndag och torsdag mellan kl. 10 och 13. Kontakt köket: {PHO}.",
    "Trygghetslarm installerat {DATE} hos {R}, {A}. Nyckeln förvaras hos larmcentralen.",
    "Försörjningsstöd utbetalt {DATE} till konto som tillhör {P}. Adress enligt folkbokföringen: {A}.",
    "Hembesöket flyttas till {DAY} kl. {TIME}. Adress: {ARL}. Sväng vänster efter affären, det gula huset.",
    "Inkommen handling {DATE}: läkarintyg för {P} från vårdcentralen, {A}.",
    "Jag heter {G} och behöver hjälp med hyran. Jag bor på {STN} med mina {NUM} barn. Ring mig på {PHM}.",
    "flyttat till {a}, nytt nr {PHM}. /{g}",
)

EN = (
    # UK children's social care
    "MASH REFERRAL\nDate: {DATEEN}\nReferrer: {P#1}, Designated Safeguarding Lead, Oakfield Primary School, {PHUK}\nChild: {P#2:f}, age {AGE}\nAddress: {UK}\nParent/carer: {P#3}, {PHUK}\nConcern: {G#2} told her class teacher, Mr {S#4:m}, that she is often left alone overnight.",
    "Child in Need meeting – minutes\nDate: {DATEEN}\nPresent: {P} (social worker), {P:f} (mum), school nurse, Family Support worker\nActions: {G} to complete a referral to CAMHS by {DATEEN}.",
    "Strategy discussion (s.47)\nChild: {P#1}, {AGE}\nPolice: DC {S#2}\nHealth: Dr {S#3}\nSocial care: {P#4}\nOutcome: section 47 enquiry to start today; joint visit to {UK} this afternoon.",
    "Case note {DATEEN}: Telephone call from {P#1:f}, {G'#2} grandmother. She says {G#2} has been staying with her at {UK} since Friday because of arguments at home. Mum ({P#3:f}) not reachable on {PHUK}.",
    "Court report – care proceedings\nMother: {P#1:f}, {UK}\nFather: {P#2:m}, address unknown, mobile {PHUK}\nChildren: {P#3} ({AGE}), {P#4} ({AGE})\nChildren's guardian: {P#5}, Cafcass",
    "Foster carer approval – panel minutes {DATEEN}\nApplicants: {P#1} and {P#2}, {UKL}\nAssessing social worker: {P#3}\nPanel chair: {P#4}\nRecommendation: approved for up to two children aged 0–10.",
    "Assessment of {P#1} and {P#2} as special guardians for their granddaughter {P#3:f}. Both were seen at home at {UK} on {DATEEN}; {G'#1} sister {P#4:f} will provide respite.",
    "Referral to Early Help\nFamily: {S#1}\nParents: {P#1} and {P#2}\nAddress: {UKL}\nContact: {PHUK}, {E#1}\nReason: housing and school attendance. Referred by health visitor {P#3}.",
    "Dear {P#1},\nAttendance letter\n{G'#2} attendance this term is 81%. We would like to meet you on {DAYEN} {DATEEN} at {TIME} at the school office. Please call {P#3} on {PHUK}.\n\nYours sincerely,\n{P#4}\nHeadteacher, Northgate High School",
    "Emergency Duty Team log {TIME}: Call from police re {P#1:m}, {AGE}, found at the bus station on {UKSTN}. Mother {P#2:f} collected him; home address {UK}. Passed to day team ({P#3}).",
    "Request for assistance under the 1996 Hague Convention\nChild: {P#1}\nMother: {P#2:f}, {AX}\nFather: {P#3:m}, {UK}\nRequesting officer: {P#4}, {TOWNEN} City Council, {E#4}",
    # UK adult social care, guardianship, appeals
    "Care and support needs assessment\nName: {P#1}\nAddress: {UKL}\nNext of kin: {P#2:f} (daughter), {PHUK}\nAssessor: {P#3}, Adult Social Care\nOutcome: eligible needs identified; four calls a day from {DATEEN}.",
    "Safeguarding concern raised by {P#1}, manager of Willow Court Care Home, {UK}. Resident {P#2} ({OLD}) was found with unexplained bruising. Son {P#3:m} informed by phone on {PHUK}.",
    "Hi, this is {P#1} calling about my dad, {P#2:m}. He lives at {UK}, and the carers haven't turned up today. Could you call me back on {PHUK}? Thanks.",
    "Assessment summary: {P#1:f} ({OLD}) lives alone at {UKL}. Her nephew {P#2:m} visits weekly and does her shopping. OT {P#3} recommends grab rails and a key safe.",
    "Mr {S#1:m} was visited at home by OT {P#2}; a ramp and grab rails are recommended. His wife, {P#3:f}, is the main carer and can be reached on {PHUK}.",
    "Court of Protection\nIn the matter of {P#1}\nApplicant: {P#2}, {UK}\nThe court appoints {P#2} as property and affairs deputy for {P#1}. Security bond: {GBP}.",
    "Lasting Power of Attorney (health and welfare)\nDonor: {F#1}, {UKL}\nAttorney: {P#2}\nCertificate provider: {P#4}, {UK}",
    "Appeal to the First-tier Tribunal (Social Security and Child Support)\nAppellant: {P#1}\nAddress: {UK}\nPhone: {PHUK}\nRepresentative: {P#2}, Citizens Advice {TOWNEN}",
    "Dear {P#1},\nRe: your appeal against the decision on care charges\nWe received your appeal on {DATEEN}. {P#2} will review it within 28 days. You can reply to {EO} or write to {UKL}.",
    "Blue Badge application\nApplicant: {U#1}\nDate of birth: {DATEEN}\nAddress: {UKL}\nTelephone: {PHUK}\nEmail: {E#1}",
    "Dear Mrs {S#1:f},\nThank you for your letter about your mother, {P#2:f}. I have passed it to the team manager, {P#3}, who will contact you by {DATEEN}.\nKind regards,\n{P#4}\nAdult Social Care",
    "Kind regards,\n\n{P#1}\nSenior Practitioner | Children's Services\n{TOWNEN} City Council\n{UKL}\nT: {PHUK} | M: {PHUK}\nE: {E#1}",
    "Care rota – {DAYEN}\n07:30 {R} – {UK}\n09:00 {R} – {UK}\n12:15 {RU} – {UK}\nCarer: {G}",
    "Housing Options – homelessness application\nApplicant: {P#1}\nCurrently staying with a friend, {P#2}, at {UK}\nPhone: {PHUK}\nCaseworker: {P#3}",
    "Complaint ref {CASE}\nComplainant: {P#1}, {UK}\nI am writing about the care my mother, {P#2:f}, received from Greenfield Care Ltd between {DATEEN} and {DATEEN}.",
    "Minutes – team meeting {DATEEN}\nAttendees: whole team except {N}\n1. Allocation: {G} takes the {S} family; {I} covers duty on Thursday.\n2. AOB: leaving drinks on Friday at the Red Lion.",
    "Journal message: Hi {G#1}, your work coach {P#2} has booked you an appointment on {DAYEN} at {TIME} at the Jobcentre on {UKSTN}. Please bring your tenancy agreement.",
    "{g#1}: did anyone manage to reach {p#2}?\n{g#3}: nope, phone off. last known address {uk}\n{g#1}: ok i'll try the sister tomorrow",
    "@{g#1} can you cover the core group for {p#2} at 2? i'm stuck in court",
    "text from {g#1}: hi its {g#1} can u call me back pls my phone is {PHUK}",
    # US child and adult protective services, benefits, courts
    "CPS Intake Report\nIntake #: {CASE}\nReporter: {P#1}, school counselor, {PHUS}\nAlleged victim: {P#2}, age {AGE}\nParents: {P#3} and {P#4}\nAddress: {AUS}\nAllegation: neglect – child reports not having eaten since the weekend.",
    "Adult Protective Services\nClient: {P#1}, {OLD}\nResidence: {AUSL}\nReporting party: neighbor {P#2}, {PHUS}\nCaseworker {P#3} made a home visit on {DATEEN}.",
    "Notice of Decision\n{U#1}\n{AUSL}\n\nYour application for SNAP benefits dated {DATEEN} has been approved. Your monthly benefit is {USD}. Questions? Call your caseworker, {P#2}, at {PHUS}.",
    "IN THE DISTRICT COURT\nPetition for Appointment of Guardian\nRespondent: {P#1}\nPetitioner: {P#2}, {AUS}\nProposed guardian: {P#3}\nAttorney for petitioner: {P#4}, {PHUS}",
    "Placement change notice: {P#1:f} (age {AGE}) moved from the foster home of {P#2} to a kinship placement with her aunt, {P#3:f}, {AUS}, effective {DATEEN}. CASA volunteer: {P#4}, {PHUS}.",
    "Case note {DATEEN}. Worker {I#1} met with {P#2:f} at the county office. {G#2} reports she moved in with her boyfriend, {P#3:m}, at {AUS}. New phone: {PHUS}.",
    "Welcome letter\nDear {P#1},\nYour caseworker at the resettlement agency is {P#2}. Your apartment is at {AUSL}. In an emergency call 911; for everything else call {PHUS} or email {E#2}.",
    "From: {P#1} <{E#1}>\nSent: {DATEEN}\nTo: Intake <{EO}>\nSubject: Referral – {P#2}\n\nHello, I am a nurse at the family clinic and I am concerned about my patient {P#2}, who lives at {AUS}. Please call me at {PHUS}.\n{P#1}, RN",
    "Conservatorship accounting for {P#1} for the period ending {DATEEN}. Conservator: {P#2}, {AUSL}. Prepared by {P#3}, CPA.",
    "Shelter intake: {P#1:f} and her children, {G} ({AGE}) and {G} ({AGE}), arrived at 23:40. Respondent on the protective order: {P#2}. Do not disclose the shelter location. Advocate on call: {P#3}.",
    "IN RE THE MATTER OF {U#1}, a minor\nCase No. {CASE}\nGuardian ad litem: {P#2}, Esq., {AUS}, {PHUS}",
    # English written to or from Swedish social services
    "Decision on financial assistance\nTo: {P#1}, personal identity number {PNR}\n{AL}\n\nThe Social Welfare Committee grants you {AMT} for {MONTHEN}. If you wish to appeal, write to the Administrative Court within three weeks. Your case officer is {P#2}, tel. {PHO}.",
    "Hi {G#1}, this is {G#2} from the social services office in {TOWN}. Your appointment has moved to {DAYEN} at {TIME}. Please bring your lease and bank statements. Call me on {PHO} if that doesn't work.",
    "To the social services in {KOMMUN}\nI am writing about my brother, {P#1:m}, who lives at {A}. I live in {TOWNEN} and I'm worried that he has stopped eating. Please contact me at {PHUK} or {E#2}.\n{P#2}",
    "Good man (guardian) appointed: {P#1}, {A}, {PHM}. Principal: {P#2}. The guardian manages rent, bills and contact with the Enforcement Authority.",
    "Minutes – Nordic exchange on child protection, {DATEEN}\nPresent: delegates from Oslo, Copenhagen, Helsinki and {TOWN}; chair {P}\nNext meeting hosted by {P}.",
    # notices and notes with few or no names
    "Duty line: {PHUK}. Out of hours: {PHUK}. Email: {EO}. Our office has moved to {UK}.",
    "Change of address noted {DATEEN}. New address:\n{UKL}\nPrevious address: {UK}.",
    "Text reminder sent to {PHUK}: Your assessment visit is on {DAYEN} at {TIME}. Reply STOP to opt out.",
    "Food parcel delivered to {UK}. No answer at the door; left with the neighbour.",
    "The key safe code for {R} at {UK} is held by the duty team – call {PHUK}.",
    "Client moved to {AUSL} on {DATEEN}. Mail forwarding requested. New phone: {PHUS}.",
    "Medicaid renewal packet mailed to {AUS}; returned as undeliverable on {DATEEN}.",
    "Please send the signed form to Adult Social Care, {UKL}, or scan it to {EO}.",
)

MIXED = (
    "Hej team! Quick update on {G#1:f}: beslutet om LSS-boende är klart, she moves in {DATE}. Ny adress: {A}. Please update journalen.\n/{G#2}",
    "From: {P#1} <{E#1}>\nTill: {P#2}\nSubject: Re: Ärende {DNR}\n\nHi {G#2}, jag har pratat med {P#3:f} och hon confirmar att hon har flyttat till {A}. Can you send the decision there? Thanks! {G#1}",
    "{g#1}: har du koll på {ps#2:f} case?\n{g#3}: yes, SIP-möte on thursday kl 10\n{g#1}: perfect, hennes nya nummer är {PHM}",
    "Dear {P#1},\nvi har fått er förfrågan om familjen {S#2}, som nu bor på {UK}. According to our records they moved from {A} in {MONTHEN}. Please contact me: {PHO}, {E#3}.\nKind regards, {P#3}, socialsekreterare",
    "Meeting notes (SIP) {DATE}\nAttendees: {P} (BUP), {P} (skolan), mamma, {P} (soc)\nAction points: BUP bokar ny tid; skolan sets up extra stöd; {G} follows up in two weeks.",
    "Hej {G#1}! Sorry för sent svar. Mötet med {P#2:m} gick bra, han har fått praktik på {FIRM} from next month. Handledare: {P#3}, {PHM}.",
    "ok so {g#1:f} ringde igen, asked about utbetalningen. sa att den går ut på {DAY}. hon bor fortfarande hos sin kusin på {a} btw",
    "Ärende: {P#1:m}, {PNR}\nKlienten talar engelska. Client states that he moved from {UK} to {A} in {MONTHEN} and has no income. Nödbistånd beviljas, {AMT}.",
    "Handover: {P#1} tar över {Ss#2} ärende from Monday. Key info: god man is {P#3} ({PH}), LSS-beslutet expires {DATE}.",
    "FYI: överförmyndaren har godkänt årsräkningen för {P#1}. God man {P#2} has been informed. Next redovisning due {DATE}.",
    "Best regards / Med vänlig hälsning\n{P#1}\nSocial worker / Socialsekreterare\nIndividual and Family Services, {KOMMUN}\n{BOX}\nPhone: {PHO} | {E#1}",
    "Referral from Norway: barnevernet in Bergen reports that the {S#1} family has moved to Sweden, adress {A}. Contact at barnevernet: {P#2}, {PHNO}.",
    "Reminder: home visit hos {P#1}, {AR}, kl 13. Parking is tricky, ställ bilen vid kyrkan. {G#2} drives.",
    "Hej! This is {G#1} från hemtjänsten. {P#2:f} mår bättre today, she ate lunch and we went out for a walk. Mvh {G#1}",
    "Case summary (for the UK council)\nChild: {P#1}, {PNRC}\nMother: {P#2:f}, {A}\nFather: {P#3:m}, {UKL}\nSwedish social worker: {P#4}, {PHO}, {E#4}",
    "Kan någon ta duty idag? I'm stuck at förvaltningsrätten with {P} until 14. /{G}",
    "@{g#1} the interpreter for {P#2} cancelled, kan du boka en ny tolk för {DAY}? arabiska. thx",
    "Minutes – individutskottet {DATE}\nPresent: {P} (chair) and four ledamöter\n§ {HOURS} LVU-ansökan gällande {I}, approved.\n§ {HOURS} Ekonomiskt bistånd till {R}, avslag.",
    "Hej {G#1},\nattaching the decision för {P#2:f}. Note: hon har bytt adress:\n{AL}\nTelefon: {PH}\n/{G#3}",
    "Ansökan received from {P#1:f}, {OLD}, via her son {P#2:m} in {TOWNEN} (phone {PHX}). She needs hemtjänst mornings and evenings. Handläggare: {S#3}.",
    "{g#1}: lunch?\n{g#2}: can't, har hembesök på {a} 12.30\n{g#1}: ok sad. tomorrow then",
    "Per our call: {P#1:f} is the contact person (kontaktperson enligt LSS) for {P#2}. Arvodet paid monthly. Her address for the contract: {A}, mobile {PHM}.",
    "Notes from call with Migrationsverket: {P#1} har fått uppehållstillstånd, valid until {DATE}. Lawyer: {P#2}, {PHO}.",
    "Subject: Guardianship – {P#1}\nHi {G#2}! Överförmyndarnämnden needs the signed consent från {P#3} before {DATE}. Can you post it to {BOX}? Cheers, {G#4}",
    "Post-it: ring {P#1:f} re hyresskulden!! {PHM} – hon är bara hemma after 5",
    "Client {P#1} came from Poland in {MONTHEN}. Previous address: {AX}. Current: {CO}.",
    "Reminder till alla: new routines för orosanmälningar from {DATE}. Questions to {P#1} ({E#1}) eller {P#2}.",
    "Hej {G#1}! The LSS application for {Gs#2} daglig verksamhet is approved. Start date {DATE}, at Verkstan on {STN}.",
    "From: {P#1} <{E#1}>\nTo: socialtjänsten <{EO}>\nSubject: Complaint\n\nHej, I'm writing in English because my Swedish is not good. My mother, {P#2:f}, lives at {A} and the hemtjänst staff did not come yesterday. Please call me: {PHX}.\n{P#1}",
    "Status update: {P#1} ({AGE} år) placed at HVB Björkgården since {DATE}. Parents {P#2} and {P#3} informed. Next review meeting at {AT}.",
    "Efternamn / Surname: {SU#1}\nFörnamn / First name: {GU#1}\nPersonnummer / Personal ID: {PNR}\nAdress / Address: {A}\nTelefon / Phone: {PH}\nE-post / Email: {E#1}",
    "Om du behöver hjälp in English, contact {P} on {PHO} or via {EO}.",
    "Heads up: {P'#1:f} ex-partner {P#2} has been seen outside her flat på {STN}. Skyddade personuppgifter requested. Do NOT send post to {A}!",
    "Tack för igår! Summary: {G#1} and {G#2} agreed that {G#3} stays with farmor {P#4:f} at {AR} over the summer. Socialtjänsten follows up i augusti.",
    "Kallelse / Invitation\nTo: {P#1}, {UKL}\nNätverksmöte regarding {P#2} on {DATE} at 10.00, via Teams. Contact: {P#3}, {PHO}.",
    "Ekonomiskt bistånd – decision in English\nName: {P#1}\nDecision: beviljas {AMT} för {MONTH}. Payment to your bank account. Questions: {PHO}.",
    "Hi {G#1}, kan du kolla om {P#2:f} har skyddad identitet? She gave us {A} as her address but the school has {AT}.",
    "Vi har fått a referral från NHS in {TOWNEN} about {P#1}, born {BORN}, who has moved to {A}. Contact there: {P#2}, {PHUK}, {E#2}.",
    "{G#1:f} ({PHM}) asked if her daughter {G#2:f} can have korttidsvistelse over jul. Forwarded to LSS-handläggaren {I#3}.",
    "Quick q – does anyone have the number to {Ps#1:f} god man? It's {P#2}, I think. Hon bor på {STN}.",
    "Team chat\n{G#1}: vem är on call ikväll?\n{G#2}: me, ring {PHM} if anything happens\n{G#1}: 🙏",
    "Sammanfattning for the interpreter: {P#1:f} ({AGE} år) lives with her dad {P#2:m} at {A}. Mum {P#3:f} lives at {UK}.",
    "Re: överklagande – {P#1}\nThe förvaltningsrätten has received the appeal, mål nr {MAL}. Our yttrande is due {DATE}. {G#2}, can you draft it? /{N#3}",
    "Signature:\n{P#1} | Biståndshandläggare / Needs assessor\nÄldreomsorgen, {KOMMUN}\nVisiting address: {AT}\nMobile: {PHM}\nMail: {E#1}",
    "New in the team: {F#1}! {G#1} comes from {TOWNEN} council and will work with ensamkommande. Say hi at fikat at 15 😊",
    "Hej {G#1}! Can you send the utredning för {P#2} ({PNRC}) to the Finnish authorities? Contact: {P#3}, {AX}, {PHX}.",
    "note to self: {p#1} – ny adress {a}, nytt nr {PHM}, gode mannen {p#2} informerad",
    "{P#1:f} called from Germany ({PHDE}) about her father, {P#2:m}, who lives at {ARL}. She's worried – he hasn't answered for a week. Hemtjänsten checks today.",
    "Reminder: {G#1:f} has semester v. 28–31, so {G#2} covers her cases, e.g. {P#3} and familjen {S#4}.",
    "New office adress from {DATE}: {AT}. Växeln är the same as before, {PHO}.",
    "Sms till klienten ({PHM}): your appointment är flyttad till {DAY} kl. {TIME}.",
    "Note: the family's post goes {COL} until further notice.",
    "Parking tip för hembesök på {STN}: the garage by the school is free after 9.",
)

NEGATIVES = (
    (
        "sv",
        "Dnr {DNR}. Ärendet avser ekonomiskt bistånd för {MONTH}. Beslut fattat på delegation {DATE}. Beloppet {AMT} betalas ut via Swedbank.",
    ),
    (
        "sv",
        "Riksnormen höjs från 1 januari. Ensamstående vuxen: {AMT} per månad. Barn 7–10 år: {AMT}. Hushållsgemensamma kostnader beräknas efter antal personer i hushållet.",
    ),
    (
        "sv",
        "Telefontid för försörjningsstöd: måndag–torsdag kl. 9.00–10.00. Fredagar stängt. Nödprövning sker i receptionen, plan 2.",
    ),
    (
        "sv",
        "Hans mamma har inga pengar kvar, och bo kvar i lägenheten kan de inte om hyran inte betalas per omgående.",
    ),
    (
        "sv",
        "Socialnämnden har antagit nya riktlinjer för LSS. Insatser enligt 9 § 3, 9 § 4 och 9 § 10 LSS följs upp minst en gång per år. Dnr {DNR}.",
    ),
    (
        "sv",
        "Underlag har inkommit från Försäkringskassan, Arbetsförmedlingen och Kronofogden. Handlingarna är diarieförda under {DNR}.",
    ),
    (
        "sv",
        "Mötet i individutskottet flyttas till {DAY} {DATE} kl. {TIME} i sammanträdesrum Saturnus, plan 3.",
    ),
    (
        "sv",
        "Dag för dag blir det svårare. Livet känns tungt men viljan finns kvar, enligt anteckningen från samtalet.",
    ),
    (
        "sv",
        "Allvarliga missförhållanden ska rapporteras enligt lex Sarah och anmälas till IVO. Lex Maria gäller i hälso- och sjukvården.",
    ),
    (
        "sv",
        "Bidraget till Stadsmissionen och Röda Korset har minskat med {AMT} sedan {YEAR}. Frälsningsarmén får oförändrat stöd.",
    ),
    (
        "sv",
        "Kostnader för RUT- och ROT-tjänster räknas inte som skäliga levnadskostnader vid prövning av försörjningsstöd.",
    ),
    (
        "sv",
        "Bostadsanpassningsbidrag beviljas för åtgärder på fastigheten {PROP}. Åtgärden ska vara slutförd senast {DATE}.",
    ),
    (
        "sv",
        "Överförmyndarnämnden i {KOMMUN} påminner: årsräkningen för {YEAR} ska vara inlämnad senast 1 mars. Blanketten finns på kommunens webbplats.",
    ),
    (
        "sv",
        "Familjecentralen i {TOWN} har öppet hus varje tisdag. Öppna förskolan, BVC och socialtjänstens föräldrastöd finns i samma hus.",
    ),
    (
        "sv",
        "Klara sig själv i hemmet kan den enskilde enligt bedömningen, med stöd av trygghetslarm och matdistribution.",
    ),
    (
        "sv",
        "Utbetalning sker till konto 8105-9, 934 567 123-4 i Swedbank. OCR-nummer 4412 0098 7731. Bankgiro 5050-1055.",
    ),
    (
        "sv",
        "Maj och juni är tuffa månader för många hushåll. Sommarlovet ger extra kostnader och ansökningarna ökar med ungefär 15 procent.",
    ),
    (
        "sv",
        "Korttidsboendet Björkhagen har {NUM} platser. Avlösarservice i hemmet erbjuds max 20 timmar per månad.",
    ),
    (
        "sv",
        "Handläggningstiden för ansökan om god man är cirka åtta veckor. Tingsrätten beslutar efter yttrande från överförmyndaren.",
    ),
    (
        "sv",
        "Enheten för ensamkommande flyttar till nya lokaler i kvarteret Svanen. Nya telefontider anslås på intranätet.",
    ),
    (
        "sv",
        "Fred och trygghet i hemmet är målet för kvinnojourens arbete. Kontakta jouren via kommunens växel.",
    ),
    (
        "sv",
        "Ärendemening: Ansökan om insats enligt 9 § 8 LSS. Handlingar: läkarintyg, utlåtande från habiliteringen och skolans pedagogiska bedömning.",
    ),
    (
        "sv",
        "Dom i mål {MAL}: Kammarrätten avslår överklagandet. Förvaltningsrättens dom står fast och kan överklagas till Högsta förvaltningsdomstolen.",
    ),
    (
        "sv",
        "Björn, älg och varg – barnen i familjehemmet fick se allt på Skansen i lördags. Mycket uppskattat, enligt genomförandeplanens uppföljning.",
    ),
    ("sv", "Tor {DATE}: stängt för utbildning. Fre: ordinarie telefontid. Mån: öppet som vanligt."),
    (
        "sv",
        "Summa utgifter: {AMT}. Summa inkomster: {AMT}. Underskott: {AMT}. Beräkningen avser {MONTH} och ett hushåll om {NUM} personer.",
    ),
    (
        "sv",
        "Linnea och blåsippor blommar i rabatten, skriver dagverksamheten i sitt månadsbrev. Vi har också planterat rosor vid entrén.",
    ),
    (
        "en",
        "Your Universal Credit payment of {GBP} will be paid on {DATEEN}. Your claim reference is {CASE}. Sign in to your journal to see the breakdown.",
    ),
    (
        "en",
        "Will the council pay for the care home? Grace periods, deferred payment agreements and the twelve-week property disregard explained.",
    ),
    (
        "en",
        "Bill payers in the borough can apply for a council tax reduction online or at the Customer Service Centre, ground floor.",
    ),
    (
        "en",
        "Case conference moved to {DAYEN} {DATEEN} at {TIME}, Room 3B, Civic Centre. Please mark the date in your diaries.",
    ),
    (
        "en",
        "Adult Social Care eligibility: the Care Act 2014 sets out the national eligibility criteria. Needs must arise from a physical or mental impairment or illness.",
    ),
    (
        "en",
        "Frank conversations with families work best, the Ofsted report says. Practitioners drew up plans with clear actions and dates.",
    ),
    (
        "en",
        "SNAP benefits are loaded on your EBT card on the 5th of every month. Medicaid renewal is due every 12 months.",
    ),
    (
        "en",
        "Rose, ivy and holly were planted in the sensory garden at the day centre, funded by a grant of {GBP}.",
    ),
    (
        "en",
        "Dawn visits are not routine, the policy says; police and social care must agree them at a strategy discussion.",
    ),
    (
        "en",
        "Amber warning: caseloads in the Duty and Assessment Team are high. Agency cover has been approved until March.",
    ),
    (
        "en",
        "May we remind all staff that the Cafcass filing deadline is {DATEEN}. Late filings must be reported to the team manager.",
    ),
    (
        "en",
        "The Court of Protection dealt with 12,400 deputyship applications last year, according to the Ministry of Justice.",
    ),
    (
        "en",
        "Sterling work by the reablement team: 84% of people needed no ongoing care after six weeks.",
    ),
    (
        "en",
        "The holiday activities and food programme runs for four weeks from July in Leeds, Bradford and Wakefield.",
    ),
    (
        "en",
        "Child Protective Services received 3,214 reports in the fiscal year; 41% were screened in for investigation. Case {CASE} is closed.",
    ),
    (
        "en",
        "Miles claimed for home visits: 212 at 45p per mile. Total due {GBP}. Cost centre 7720-ASC.",
    ),
    (
        "en",
        "A pat on the back for everyone in the hospital discharge team: no delayed transfers this week!",
    ),
    (
        "en",
        "Sue the landlord? The housing charity's advice line explains disrepair claims, deposit protection and section 21 notices.",
    ),
    (
        "mixed",
        "Reminder: riksnormen for {YEAR} is published. Please update beräkningsmallen before {DATE}. Questions to the enhetschef.",
    ),
    (
        "mixed",
        "FYI – the new socialtjänstlag came into force 1 July 2025; all templates för beslut need to be updated by the end of Q3.",
    ),
    (
        "mixed",
        "Meeting i sammanträdesrum Venus at {TIME}. Agenda: caseload, sick leave coverage, semesterplanering.",
    ),
    (
        "mixed",
        "Inga problem, I'll take telefontiden today. Just remind me when the meeting starts.",
    ),
    (
        "mixed",
        "Per capita costs för hemtjänst increased by 6%, enligt SKR:s jämförelse. Report attached.",
    ),
    (
        "mixed",
        "Can we use Teams for the SIP-möte? BUP prefers Teams, and the region has blocked Zoom.",
    ),
    (
        "mixed",
        "Ärende {DNR}: decision sent, delgivning confirmed {DATE}. Överklagandetiden runs out after three weeks.",
    ),
    ("mixed", "Mark the date: utbildning i MI (motiverande samtal) on {DATE}, Aulan, plan 2."),
    (
        "mixed",
        "Vi har fått {NUM} new orosanmälningar since Monday, most from skolan and polisen. Triage at {TIME}.",
    ),
    (
        "mixed",
        "Klarna-skulder and sms-lån are the most common debts vi ser i budget- och skuldrådgivningen right now.",
    ),
    (
        "mixed",
        "Will Försäkringskassan pay retroactively? Usually yes, up to three months, men det beror på.",
    ),
    ("mixed", "Happy Friday! Fika i köket at 15.00, someone brought kanelbullar from Hemköp."),
    (
        "mixed",
        "The LSS-boende on the third floor has {NUM} lediga platser from {MONTH}. Waiting list: 11.",
    ),
    (
        "mixed",
        "Swish för fika-kassan is down, please pay in cash or next week. Cost: 20 kr per fika.",
    ),
    ("mixed", "Stig in! The door code to konferensrummet changed today; ask the reception."),
    (
        "mixed",
        "Björk och lind outside socialkontoret will be pruned on {DAY}; the parking is closed 7–12.",
    ),
    (
        "mixed",
        "Ebbar det ut? No, the ansökningar haven't slowed down – they're up 12% since januari.",
    ),
)
