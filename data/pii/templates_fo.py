# ruff: noqa: E501
"""Templates of held-out FO (issue 15): blood donation and clinical trial recruitment, written by
the hundred-and-fiftieth writer from general knowledge of how blood centres, trial units and their
donors and participants write: bookings and reminders by SMS, deferrals, health declarations and
screening notes, study coordinators' mails, consent forms, travel reimbursements, chats.

Slots (filled by `generate_fo.py`): a person as {P} full name, {p} lower case, {U} capitals, {F}
with middle names, {G}/{g} the given name, {N}/{n} a short form, {GU} the given name in capitals,
{S}/{s}/{SU} the surname, {I} initial and surname, {Gi} given name and initial, {R} `Surname,
Given`, {RU} `SURNAME, Given`, {E} the person's e-mail; a trailing `s` or `'` asks for a genitive
(the ending no part of the value); `#1` names the same person again, `:f`/`:m` a woman or a man.
Values: {A} {AL} {AR} {ARL} {ALGH} {ST} {STN} {STUK} {CLIN} {a} {BOX} {AU} {AUL} {au} {AUS} {AUSL} {AX}
{AXL} addresses, {PH} {PHM} {PHL} {PHF} {PHUK} {PHUS} {PHX} phones, {PNR} {PNRO} personnummer,
{EF} a function's mailbox. Look-alikes with no label: {DATE} {DATEEN} {TIME} {NUM} {YEAR} {DOB} {AMT}
{GBP} {USD} {KM} {HB} {HBL} {BG} {DONNR} {SUBJ} {STUDY} {DNR} {REF} {TOWN} {DAY} {DAYEN}.
"""

from __future__ import annotations

MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}  # fmt: skip

SV = (
    # bookings and reminders by SMS
    "Hej {G}! Välkommen att lämna blod {DAY} {DATE} kl {TIME} på Blodcentralen, {CLIN}. Kan du inte komma? Avboka på {PHF} eller svara NEJ. Mvh Blodcentralen",
    "Hej {G}! Tack för att du gav blod i förra veckan. Nu har ditt blod kommit till användning och hjälpt en patient. Hälsningar från oss på Blodcentralen {TOWN}",
    "Påminnelse till {P}, {ST}: din tid för blodgivning är imorgon kl {TIME}. Ät och drick ordentligt innan. Adress: {CLIN}. Frågor: {PHF}",
    "BLODCENTRALEN: Hej {G}, vi har brist på blodgrupp {BG} just nu. Har du möjlighet att komma in {DAY} eller {DAY}? Vi finns på {CLIN}. Boka på {PHF}. /{G}, givarservice",
    "Hej {G#1}! Du är välkommen att ge plasma igen från {DATE}. Ring {PHF} eller svara på detta SMS så bokar vi en tid. Hälsningar {G#2} på plasmaenheten",
    "Påminnelse: Besök 3 i studien {STUDY} {DAY} kl {TIME}, Kliniska prövningsenheten, {CLIN}. Kom fastande. Förhinder? Ring {PHM}. /{Gi}",
    "Hej {G}, detta är en påminnelse om ditt återbesök i studien imorgon kl {TIME}. Ta med dagboken och alla oanvända tabletter. Mvh {N}, forskningssköterska, {PHM}",
    "SMS från {PHF}: Hej {G}! Din ersättning för resan den {DATE} ({AMT}) är nu utbetald. Kvittot skickas till {A}. /Studiesekretariatet",
    # bookings, confirmations, donor registration
    "Bokningsbekräftelse\nGivare: {P#1}, {PNR}\n{AL}\nTid: {DAY} {DATE} kl {TIME}\nPlats: Blodcentralen, {CLIN}\nFrågor? Ring oss på {PHF} eller mejla {EF}.",
    "ANMÄLAN SOM BLODGIVARE\nEfternamn: {SU#1}\nFörnamn: {GU#1}\nPersonnummer: {PNR}\nAdress: {A}\nMobil: {PHM}\nE-post: {E#1}\nJag har läst informationen om blodgivning: JA",
    "Intresseanmälan blodgivare\nNamn: {F#1}\nPersonnummer: {PNR}\nGatuadress: {ST}\nPostadress: {TOWN}\nTelefon: {PH}\nE-post: {E#1}\nTidigare givare i annan region: nej",
    "Hej! Jag heter {P} och vill gärna bli blodgivare. Jag bor på {A} och nås enklast på {PHM}. Jag har en tatuering från i våras, gör det något?",
    "Hej {G#1}! Vi har tagit emot din anmälan och har registrerat adressen {A}. Ditt första besök är {DAY} {DATE} kl {TIME} hos oss på {CLIN}. Då tar vi prover och går igenom hälsodeklarationen. Välkommen! /{P#2}, Blodcentralen",
    "Ny adress för givare {DONNR}, {R}: {AL}. Ändrad av {I} {DATE} efter samtal från givaren ({PH}).",
    "Hej! Jag har flyttat till {AL}\nMitt gamla nummer gäller inte längre, nytt nummer är {PHM}. Kan ni uppdatera mina uppgifter?\nMvh {P}",
    "Till {P#1}\n{AL}\n\nDitt blodgivarkort är nu klart och skickas i separat post. Du har blodgrupp {BG}. Tack för att du ger blod!\n\nBlodcentralen {TOWN}",
    "{P#1}\nc/o {P#2}\n{AL}\n\nHej {G#1}! Det är snart dags att lämna blod igen. Boka på {PHF}.",
    "BLODGRUPPSKORT\n{U}\n{PNR}\nBlodgrupp: {BG}\nAntikroppar: inga påvisade\nUtfärdat {DATE}, Transfusionsmedicin {TOWN}",
    # deferrals, health declarations, screening notes at the blood centre
    "Hej {G#1}! Vid ditt besök {DATE} var ditt Hb {HBL} g/l, vilket är under gränsen för blodgivning. Du får därför vänta {NUM} veckor innan nästa tappning. Vänliga hälsningar\n{P#2}, leg. sjuksköterska\nBlodcentralen {TOWN}, tel. {PHF}",
    "Karens 6 mån pga resa till malariaområde. Givare {R#1}, givarnr {DONNR}. Ny tid tidigast {DATE}. Sign. {I}",
    "Hälsodeklaration genomgången med {P#1} ({PNR}), tel. {PH}. Blodtryck 128/82, puls 64, Hb {HB}. Godkänd för tappning, 450 ml. Ansvarig ssk {Gi#2}.",
    "Givaren {P#1:f} kände sig yr efter tappningen, fick ligga ner 20 min och dricka saft. {Gs#1} man hämtade henne och körde hem till {a}. Följt upp per telefon {DATE} på {PH}, mår bra. /{G#2}",
    "Avstängning: {RU}, {PNR}, {A}. Orsak: ny partner senaste 3 månaderna. Kan ge blod igen efter {DATE}. Bedömd av läkare {S}.",
    "Tappningsrapport {DATE}, buss {NUM}\n{P} – godkänd\n{P} – Hb {HBL}, avböjd\n{P} – godkänd, förstagångsgivare\nSjuksköterskor: {G} och {G}",
    "Hej {G}! Vi såg att ditt ferritin var lågt vid senaste provet (brev skickat till {ST}). Vi rekommenderar att du pratar med din vårdcentral om järntillskott. Har du frågor kan du ringa {P}, {PHL}.",
    "Givare {RU#1:f} ({PNR}) ringde {DATE} och berättade att hon fått feber två dagar efter tappningen. Blodet spärrat. Ansvarig läkare {P#2} kontaktad på {PHM}.",
    "Anteckning: {Gs#1:f} sambo {P} ringde och avbokade, {G#1} ligger sjuk i influensa. Ny tid bokas när hon hört av sig. Adress enligt sambon: {A}.",
    "Hej {P}, tack för ditt mejl. En piercing i örat gör att du behöver vänta fyra månader innan du kan ge blod. Välkommen tillbaka efter {DATE}! /{G}, Givarservice",
    "Stamcellsregistret: {P#1} ({PNR}) är matchad som möjlig givare. Kontakta givaren via {PHM} eller {E#1} senast {DATE}. Koordinator: {P#2}, {PHF}.",
    # the blood bus and workplace drives
    "Blodbussen kommer till {TOWN} {DAY} {DATE}, kl 10–15.30. Den står på {STN}, mitt emot biblioteket. Frågor: {P}, {PHF}.",
    "Blodbussen besöker oss på kontoret {DATE}! Den står utanför entrén på {A}. Anmäl dig till {P#1} ({E#1}) senast {DAY}.",
    "Kollegor! {N} och jag gav blod i bussen i dag, den står kvar på {STN} till kl {TIME}. Följ med imorgon vetja! /{G}",
    "Hej alla i korridoren, nu har {P} ordnat med blodbussen igen. Den kommer till parkeringen vid {ST} {DAY}. Boka på {PHF}.",
    "Grattis {G#1} till din 50:e blodgivning! Vi vill gärna bjuda dig på fika och överlämna en medalj {DATE} på Blodcentralen, {CLIN}. Hälsningar {P#2}, verksamhetschef",
    # chats at the blood centre and in trial units, lower case
    "@{g} kan du ta {gs} tappning kl {TIME}? jag har {p} i stolen fortfarande",
    "{g}: har {g:f} ringt tillbaka om screeningen?\n{g}: nej, jag provar igen efter lunch, hon har nr {PHM}",
    "{g}: är du på {a} nu? vi står utanför med blodbussen\n{g}: kommer om tio",
    "{n}: fick inte ge blod idag pga ny tatuering\n{g}: haha samma hände mig i våras, {g} också",
    "{g} jag skickade samtyckena till {s:m} idag, han sitter på {a}",
    "hej {g}! kan du kolla om {p:f} fått sin reseersättning? hon ringde från {PHM} och var lite irriterad",
    "[09.12] {g}: randomiserat {SUBJ} nu\n[09.14] {g}: toppen, då är vi {NUM} på siten\n[09.15] {n}: fika?",
    "{g}: blodbussen står på {STN} idag va?\n{g}: jepp, mittemot apoteket",
    # trial recruitment, coordinators' mails, participants' replies
    "Vi söker friska frivilliga 18–65 år till en studie om järnbrist hos blodgivare. Ersättning {AMT}. Intresseanmälan: {EF} eller {PHF}. Ansvarig prövare: docent {P}.",
    "Hej {G#1}!\nTack för att du vill delta i studien {STUDY}. Ditt första besök (screening) är {DAY} {DATE} kl {TIME} på Kliniska prövningsenheten, {CLIN}. Kom fastande från midnatt.\nRing mig på {PHM} om något ändras.\nVänliga hälsningar\n{P#2}\nStudiekoordinator\n{E#2}",
    "Från: {P#1} <{E#1}>\nTill: {EF}\nÄmne: Byte av besökstid\n\nHej! Jag kan tyvärr inte komma {DAY}. Går det bra {DAY} i stället? Jag jobbar skift.\n/{G#1}",
    "Från: {P#1:f} <{E#1}>\nÄmne: Sv: Inbjudan till studien\n\nHej {G#2}!\nJag är intresserad. Min man {G#3:m} undrar om han också kan vara med? Vi bor på {A}.\nHälsningar {G#1}",
    "Hej {G#1},\nhär kommer informationen om studien som vi pratade om i telefon. Läs igenom den i lugn och ro. Om du vill vara med, skicka samtycket till {BOX}.\nMed vänlig hälsning\n{P#2}, forskningssjuksköterska\nTel. {PHL}",
    "Till {P#1}, {AL}\n\nHej {G#1}! Vi har fått ditt provsvar och du uppfyller tyvärr inte kraven för att delta i studien. Tack för ditt intresse! Har du frågor kan du ringa {P}, {PHF}.",
    "Hej!\nJag såg annonsen om studien för personer med migrän. Jag är 34 år och har migrän sedan tonåren. Hur anmäler jag mig?\n{P}\n{A}\n{PHM}",
    "Hej {P#1}! Välkommen som deltagare i {STUDY}. Din kontaktperson är {P#2}, som nås på {PHL} vardagar 8–16 eller {E#2}. Ditt deltagarnummer är {SUBJ}.",
    "Inbjudan: Studien om RSV-vaccin hos äldre\nTill {P#1}\n{AL}\n\nDu har fått detta brev eftersom du är över 75 år och bor i {TOWN}. Vill du veta mer? Ring {PHF}.",
    "Hej {G}, {P} från vårdcentralen på {ST} tipsade mig om er studie om diabetes. Kan ni ringa mig på {PH}? Bäst efter kl 17. Jag bor på {A}.",
    "Tack för samtalet {G#1}! Som vi sa skickar jag en taxi till {A} kl {TIME} på {DAY}. Taxin är betald. /{P#2}",
    "Hundraåringsstudien\nDeltagare: {P#1}, {PNRO}\nBostad: {A}\nAnhörig: {P#2} ({PH})\nHembesök bokat {DATE}",
    # consent forms and ethics
    "SAMTYCKE TILL DELTAGANDE I FORSKNINGSSTUDIE\nJag har tagit del av skriftlig och muntlig information om studien {STUDY} och samtycker till att delta.\nForskningspersonens namn: {P}\nPersonnummer: {PNR}\nOrt och datum: {TOWN} {DATE}\nInformation lämnad av: {P}, forskningssjuksköterska",
    "Samtycke för barn under 15 år\nBarnets namn: {P}\nFolkbokföringsadress: {A}\nVårdnadshavare 1: {P}, tel. {PHM}\nVårdnadshavare 2: {P}, tel. {PHM}\nBåda vårdnadshavarna måste skriva under.",
    "Forskningspersonsinformation\nStudien är godkänd av Etikprövningsmyndigheten (dnr {DNR}). Huvudansvarig forskare är professor {P}, {CLIN}. Frågor kan ställas till {P#2}, {PHL}, {E#2}.",
    "Återkallande av samtycke\nJag, {P}, {PNR}, {A}, vill avbryta mitt deltagande i studien {STUDY}. Ni får använda de prover som redan tagits.\n{TOWN} {DATE}",
    "Biobanksprov: samtycke givet av {P#1} ({PNR}) {DATE}. Provet märkt {SUBJ}. Samtycket förvaras i pärm 3 hos {I#2}.",
    "Samtycke kontrollerat vid monitorering {DATE}: {R}, {R} och {R} saknar datum vid underskrift. Åtgärdas av {G}, som nås på {PHM}.",
    # screening notes, study logs and visits
    "Screening {SUBJ}: {R#1}, f. {YEAR}, bor på {A}. Uppfyller inklusionskriterier 1–5. BMI 27. Randomiseras {DATE}. /{I#2}",
    "Screeninglogg {DATE}\n{R} – inkluderad\n{R} – exkluderad (Hb {HBL})\n{R} – tackade nej\nSign. {Gi}",
    "Telefonsamtal {DATE}: {P#1} ringde från {PH} och rapporterade huvudvärk efter dos 2. Befinner sig hos sin syster på {A}. Noterat som AE grad 1. Läkare {S#2} informerad.",
    "Besök 5 genomfört. Deltagaren ({P}) hade glömt dagboken, lovade att posta den till {BOX}. Nästa besök {DATE}.",
    "Remiss: {U} {PNR}\n{AL}\nProv: EDTA x2, serum x1, citrat x1\nStudie: {STUDY}\nBeställare: {I}, KPE {TOWN}, tel. {PHF}",
    "Hembesök för provtagning hos {P} på {A} {DATE}. Portkod 4711. Hunden heter Molly och är snäll, enligt {G}.",
    "Deltagare {SUBJ} ({P}) har flyttat till {ARL}\nReseersättning räknas om från {DATE}. /{G}",
    "Läkemedel skickat till {P#1}, {ALGH}, kit nr {REF}. Kvitterat av {Gi#2}. Nästa utlämning {DATE}.",
    "Till distriktsläkare {P#1}\nVårdcentralen\n{AL}\n\nDin patient {P#2} ({PNR}) deltar sedan {DATE} i studien {STUDY}. Kontakta oss på {PHF} innan du sätter in nya läkemedel.\nMvh {P#3}, prövare",
    "Studiemöte {DATE}: närvarande {P}, {P}, {P} och {I}. {Gs} genomgång av rekryteringsläget: {NUM} deltagare hittills.",
    "Uppföljning per telefon, 30 dagar efter sista dos. Nådde {P#1} på {PH} efter två försök. Inga nya biverkningar. {Ss#1} dotter {G:f} var med i samtalet.",
    # travel reimbursement and payments
    "RESERSÄTTNING\nNamn: {P}\nPersonnummer: {PNR}\nAdress: {A}\nResa: {TOWN} – {TOWN}, {KM} km tur och retur\nBelopp: {AMT}\nClearingnr: 8{NUM}1-4 Kontonr: 9{KM}3 {HB} 778",
    "Reseräkning studiebesök {DATE}\nDeltagare: {F}\nAdress: {AR}\nEgen bil {KM} km, parkering {AMT}\nAttesterad av {I}",
    "Hej {G}! Kvittot från Taxi {S} (resa från {A} till {CLIN}) har kommit fram, vi betalar ut {AMT} inom två veckor. Hälsningar {P}, studiesekreterare",
    "Hej! Jag har skickat mina kvitton för tåget till {TOWN}. Ersättningen ska gå till mitt konto, och mitt personnummer är {PNR}. Mvh {P}\n{AL}",
    "Utbetalning av deltagarersättning\n{RU}, {PNR}, {A}, {AMT}\n{RU}, {PNR}, {A}, {AMT}\nSkatteavdrag 30 % har gjorts. Kontrolluppgift lämnas till Skatteverket. /{I}",
    "Hej {G#1}, vi behöver din adress för att kunna skicka presentkortet. Svara på detta mejl eller ring mig på {PHM}. /{G#2}\n\nSvar: {A}, mvh {G#1}",
    "Parkeringsbiljett för {P} ({SUBJ}) ersätts med {AMT}. Kvitto från P-hus vid {STN}.",
    # signatures and letterheads
    "Med vänliga hälsningar\n\n{P}\nForskningssjuksköterska\nKliniska prövningsenheten\n{CLIN}\nTel: {PHF}\nMobil: {PHM}",
    "Vänliga hälsningar\n{F#1}\nStudiekoordinator, {STUDY}\nBesöksadress: {CLIN}\n{E#1} | {PHL}",
    "/{G}\n---\nBlodcentralen\nBesöksadress: {CLIN}\nPostadress: {BOX}\nTel. {PHF}",
    "Hälsningar\n{I#1}\nÖverläkare, transfusionsmedicin\n{AL}\n{E#1}",
    # letters with two parties and mixed values
    "Hej {G}! Du anmälde intresse för plasmagivning på mässan i {TOWN}. Vi har lediga tider {DAY} på plasmacentret, {CLIN}. Ring {P} på {PHF} eller svara till {EF}.",
    "Anhörigkontakt för {P#1} ({PNR}): dottern {P#2:f}, {A}, {PHM}, eller sonen {P#3:m}, {PHX}.",
    "Hej! Min pappa {P:m} (född {YEAR}) är med i er studie. Han har fått ett nytt nummer, {PH}, och bor numera hos mig på {A}. /{P}",
    "Tack för att ni ställde upp! {Ps} och {Gs} blodgivning i går vid {STN} gjorde skillnad. Nästa gång bussen kommer är {DATE}. /{P}, kommunikatör",
    "Lagret har låga nivåer av {BG}. {G}, kan du ringa runt till givarna på listan? Börja med {P} ({PHM}, {ST}) och {P} ({PHM}, {AR}).",
    "Klagomål från givare {P#1}, {A}: stucken tre gånger av sköterskan {G#2} innan det gick. Givaren vill bli kontaktad på {E#1}. Ärendet tas av {P#3}.",
    "{Ss#1} prover från besök 2 hade hemolyserat. {G#1} behöver komma tillbaka för nytt prov, ring {PHM}. /{I}",
    "Enligt {Gs} anteckningar ska {P} tappas 450 ml, inte 500. Kolla med {N} innan nästa tappning.",
    "Hej {N#1}! Jag har lagt {Ps#2:f} samtycke i pärmen på ditt skrivbord. Hon bor förresten granne med dig på {STN}. /{G#3}",
    "Vaccinstudien för de allra äldsta\nNamn: {F#1}\nPersonnummer: {PNRO}\nBoende: {A}\nKontaktperson: {P#2}, {PHM}",
    "Boka om {Gs:f} tid till {DAY}, hon är bortrest. Kallelsen går till\n{ARL}",
    "{Ps} blodgivarkort kom i retur från {A}. Ny adress saknas. Kan någon ringa {PH}?",
    "Tack för i dag! Hälsa {G} från oss. {Gs} son {G:m} var jätteduktig vid provtagningen. /{P}, barnstudien",
    "Blodgivare {P:f} (tidigare {S}) har bytt efternamn. Uppdatera registret. Ny adress: {AL}",
    "Postadress för prover: {BOX}. Märk kuvertet med studiens namn och {Ss} deltagarnummer, inte med namn.",
    "Hej {G}! {Ns:f} blodgivning i dag blev hennes hundrade. Vi firar med tårta {DAY} i personalrummet på {ST}.",
)

EN = (
    # donor bookings and reminders
    "Hi {G}, thanks for booking to give blood on {DAYEN} {DATEEN} at {TIME} at {AU}. Need to change? Call {PHUK} or use the app. NHS Blood and Transplant",
    "Reminder: {G}, your donation appointment is tomorrow at {TIME}. Drink plenty of water and eat a proper meal beforehand. Venue: {AU}",
    "Dear {G#1},\nThank you for registering as a blood donor. Your first appointment is on {DATEEN} at {TIME} at our {TOWN} donor centre, {AUL}.\nKind regards,\n{P#2}\nDonor Relations",
    "Your donation helped! {G}, the blood you gave on {DATEEN} has been issued to a hospital. Thank you. Reply STOP to opt out.",
    "Hi {G}! We're short of {BG} donors this week. Could you come in on {DAYEN}? Book at {PHUK}. - {G} at the donor centre",
    "Donor registration\nSurname: {SU#1}\nFirst name(s): {GU#1}\nDate of birth: {DOB}\nAddress: {AU}\nMobile: {PHUK}\nEmail: {E#1}",
    "New donor sign-up\nName: {P#1}\nAddress: {AUS}\nPhone: {PHUS}\nEmail: {E#1}\nBlood type (if known): {BG}",
    "The blood drive is on {DAYEN} {DATEEN} from 10 am to 3:30 pm at the community center, {AUS}. Questions? Contact {P#1} at {PHUS} or {E#1}.",
    "Hi all, {P} has organised a blood drive in the car park at {AU} on {DAYEN}. Slots fill up fast, so email {EF} to book.",
    # deferrals and donor care
    "Dear {G#1},\nAt your session on {DATEEN} your haemoglobin was {HBL} g/L, which is below our threshold. We have deferred you for {NUM} weeks.\nYours sincerely,\n{P#2}, Donor Care\n{PHUK}",
    "Deferral note: {R}, donor no. {DONNR}, {AU}. Travel to a malaria area, return {DATEEN}. Deferred 6 months. Reviewed by Dr {S}.",
    "Donor {P#1:f} felt faint after donation, was laid flat and given fluids. {G'#1} partner drove her home to {AU}. Follow-up call on {DATEEN} to {PHUK}: well. Logged by {Gi#2}.",
    "Hi {G}, sorry you couldn't donate today because of your new tattoo! You can come back after {DATEEN}. Best, {P}, donor centre, {AU}",
    "Post-donation information: {P#1}, {AU}. Donor reported bruising; advised cold compress. Call {PHUK} if it gets worse. Nurse: {I#2}",
    "Stem cell registry: {F#1} of {AUS} has been identified as a potential match. Please contact the donor at {PHX} or {E#1} by {DATEEN}. Coordinator: {P#2}",
    # chats
    "{g}: u still at the blood drive?\n{g}: yeah line's huge, we're at {au}\n{g}: save me a cookie",
    "@{g} can you take {g'} donation at {TIME}? I've still got {p} in the chair",
    "{n}: got deferred again lol, iron too low\n{g}: same, {g} told me to eat more spinach",
    "[10:02] {g}: randomised {SUBJ}\n[10:05] {g}: nice, that's {NUM} at our site\n[10:06] {g}: coffee?",
    "{g}: did {g:f} call back about the screening?\n{g}: not yet, I'll try her mobile again, {PHUK}, or pop round, she's at {au}",
    # trial recruitment and coordinators' mails
    "Healthy volunteers aged 18-55 needed for a study of a new iron supplement. Compensation up to {GBP}. Contact the research team: {EF} or {PHUK}. Chief investigator: Professor {P}.",
    "Hi {G#1},\nThanks for your interest in the {STUDY} study. Your screening visit is on {DAYEN} {DATEEN} at {TIME} at the Clinical Research Facility, {AU}. Please fast from midnight.\nBest wishes,\n{P#2}\nClinical Trials Coordinator\n{E#2} | {PHUK}",
    "From: {P#1} <{E#1}>\nTo: {EF}\nSubject: Rescheduling my visit\n\nHi, I can't make it on {DAYEN}. Would {DAYEN} work instead? Thanks, {G#1}",
    "From: {P#1:f} <{E#1}>\nTo: {P#2} <{E#2}>\nSubject: Re: Study visit 4\n\nHi {G#2}, my husband {G#3:m} will drive me, so I should be there by {TIME}. See you then!\n{G#1}",
    "{P#1}\n{AUL}\n\nDear {G#1},\nWe're sorry to tell you that your blood results mean you are not eligible for the trial. Thank you for your time. If you have questions, please call {P#2} on {PHUK}.",
    "Hello {G#1}! This is {G#2} from the research team at {AUS}. Just a reminder that your study visit is on {DAYEN} at {TIME}. Please bring your diary and any unused tablets. Call or text {PHUS} with questions.",
    "{P#1:f}\n{AUSL}\n\nDear Ms {S#1},\nWelcome to the {STUDY} trial. Your participant number is {SUBJ}. Your study nurse is {P#2}, who can be reached on {PHUK} (Mon-Fri) or at {E#2}.",
    "Hi, I saw your flyer at the pharmacy about the migraine study. I'm 41 and have had migraines since my teens. How do I sign up?\n{P}\n{AUS}\n{PHUS}",
    "Thanks for calling, {G#1}! As discussed, a taxi will collect you from {AU} at {TIME} on {DAYEN}. It's prepaid. If it doesn't turn up, ring the cab firm on {PHUK}. - {P#2}",
    "Dr {P#1}\n{AUL}\n\nDear Dr {S#1},\nYour patient {P#2} of {AU} has enrolled in the {STUDY} study. Please contact us on {PHUK} before starting any new medication.\nYours sincerely,\n{P#3}, Principal Investigator",
    # consent forms
    "CONSENT FORM\nI confirm that I have read the participant information sheet for the above study and have had the opportunity to ask questions.\nName of participant: {U}\nDate: {DATEEN}\nName of person taking consent: {P}",
    "Parental consent\nChild's name: {P}\nParent/guardian: {P}, phone {PHUS}\nAddress: {AUSL}",
    "Withdrawal of consent\nI, {P}, of {AUS}, wish to withdraw from the study. Samples already collected may be used.\nSigned {DATEEN}",
    "Monitoring visit {DATEEN}: consent forms for {R}, {R} and {R} are missing the time of consent. To be corrected by {G} ({PHUK}).",
    # screening notes and logs
    "Screening {SUBJ}: {RU:f}, female, age 52, {AUS}. Meets inclusion criteria 1-6. BMI 29. Randomise on {DATEEN}. {I}",
    "Screening log {DATEEN}\n{R} - enrolled, {PHUS}\n{R} - screen fail (Hb {HBL})\n{R} - declined\nCompleted by {Gi}",
    "Phone call {DATEEN}: participant {P#1} ({AUS}) called from {PHUS} reporting a headache after dose 2. Recorded as AE grade 1. Dr {S#2} informed.",
    "Home visit for sampling: {P#1}, {AUS}. Gate code 2580. The dog is called Biscuit and is friendly, according to {G#1}.",
    "Drug couriered to {P#1}, {AUS}, kit no. {REF}. Checked by {I#2}. Next dispensing {DATEEN}.",
    "Study team meeting {DATEEN}: present {P}, {P}, {P} and {I}. {G'} update: {G} reported {NUM} participants enrolled so far.",
    "Follow-up call 30 days after last dose. Reached {P#1} on {PHUS} after two tries. No new adverse events. {G'#1} daughter {G:f} was on the call.",
    # travel reimbursements and payments
    "EXPENSES CLAIM\nName: {P}\nAddress: {AUL}\nJourney: {TOWN} to {TOWN} and back, {KM} miles\nAmount: {GBP}\nSort code: 20-{NUM}-41 Account: 4{KM}9{HB}2",
    "Mileage reimbursement: {P}, {AUS}, {KM} miles at the standard rate = {USD}. Approved by {I}.",
    "Hi {G}, we got your receipt from {S} Cars (from {AU} to the hospital) and will pay {GBP} within 10 working days. Best, {P}, Research Office",
    "Participant payments\n{R}, {AUS}, {USD}\n{R}, {AUS}, {USD}\n{R}, {USD}\nProcessed by {I} on {DATEEN}",
    "Parking voucher for {P} ({SUBJ}) reimbursed at {GBP}. Receipt from the multi-storey on {STUK}.",
    # signatures
    "Kind regards,\n\n{P}\nResearch Nurse\nClinical Research Facility\n{AUL}\nTel: {PHUK}",
    "Best,\n{F#1}\nStudy Coordinator, {STUDY}\n{AUS}\n{E#1} | {PHUS}",
    "Thanks,\n{I#1}, MD\nTransfusion Medicine\n{AUSL}\n{E#1}",
    "Cheers, {G}\n--\nDonor Centre\n{AU}\n{PHUK}",
    "{P'} samples from visit 2 were haemolysed, so {G} needs to come back. Please call {PHUK}. {I}",
    "As per Dr {S'} note, donor {R} should not give more than 470 ml. Address on file: {AUL}",
    "Hi {N#1}, I've left {P'#2:f} consent form in your tray. She lives near you, at {AU}. {G#3}",
    "{G':f} mum called: she can't make {DAYEN}. New appointment letter to {AUSL}",
    "Centenarian study: {P}, aged 101, care home at {AU}. Next of kin: {P} ({PHUK}).",
    "Thanks for today! Please thank {G} for us. {G'} son {G:m} was brilliant at the blood test. {P}, paediatric research team",
    "Donor {P:f} (formerly {S}) has changed her surname. Please update the record. New address: {AUL}",
    "hey {n}, {g'} husband picked up the study drug, kit {REF}. he's staying at {au} this week",
)

MIXED = (
    # Swedish and English in one text, as Swedes write at work
    "Hej {G}! Kan du fixa screening-besöket för subject {SUBJ} på {DAY}? Deltagaren heter {P}, bor på {A}, nås på {PHM}. Thanks!",
    "Hi {G#1}, tack för mejlet! Your next visit is {DAY} {DATE} kl {TIME} at KPE, {CLIN}. Ring mig på {PHM} om det blir ändringar. /{G#2}",
    "Från: {P#1} <{E#1}>\nTill: {P#2} <{E#2}>\nÄmne: FW: Query on site 03\n\nHej {G#2}, CRA:n {P#3} har en query om {Rs} samtycke. Can you check it before Friday?\n/{G#1}",
    "From: {P#1} <{E#1}>\nÄmne: Re: Reseersättning\n\nHi! Jag har skickat kvittona till {BOX}. Please confirm when received. Best, {G#1}",
    "@{g} the sponsor wants the SAE report for {p} by EOD, kan du ta det? jag är på {a} hela eftermiddagen",
    "{g}: har du randomiserat {SUBJ}?\n{g}: yes, done! kit nr {REF}\n{g}: nice, thanks {n}",
    "{g}: blodbussen står på {STN} idag right?\n{g}: yep, mittemot ICA, {g} is there already",
    "Hej team! Monitoring visit {DATE} med {P:f} från CRO:n. Please have the ISF ready. Hon kommer till {CLIN} kl {TIME}.",
    "Kort update: {NUM} screened, {NUM} randomised. {Gs} patient {P} ({ST}) screen-failade pga Hb {HBL}. Next recruitment push {DAY}. /{G}",
    "Hi {G#1}! Välkommen till studien {STUDY}. Your study nurse is {P#2} ({PHL}, mobil {PHM}). Deltagarnummer: {SUBJ}. Vi ses {DAY}!",
    "Subject {SUBJ} ({P#1}, {A}) ringde från {PH}, has had fever since {DAY}. Läkare {S#2} informed, AE grad 2. Follow-up imorgon.",
    "Hej! Dr {S} from the sponsor side vill ha en lista över alla som tackat nej. Can you send it to {EF}? Inga personnummer though!",
    "Reminder på svenska och engelska: Hej {G#1}! Du har tid för blodgivning {DAY} kl {TIME}, {CLIN}. Hi {G#1}! You are booked to give blood at the time above. Ring {PHF} to rebook.",
    "Blood drive på kontoret {DATE}! Bussen står på {STN}. Sign up via {P#1} ({E#1}), first come first served.",
    "Hej {G}, donor {DONNR} har fel adress i systemet. New address: {AL}\nKan du uppdatera? /{G}",
    "Donor registration (English form)\nName: {P#1}\nPersonnummer: {PNR}\nEmergency contact: {P}, {PHX}\nAddress: {A}\nMobile: {PHM}\nEmail: {E#1}",
    "Consent form signed by {P#1}, {PNR}, {A}, {DATE}. Informerande ssk: {P#2}. Original i ISF, kopia till deltagaren.",
    "Hej {G}! Kan du boka in {P:f} ({AU}) for the baseline visit? Hon pratar bara engelska, så book an interpreter-free slot. Tel {PHX}.",
    "Tack {G#1} for covering the Saturday blood drive! {P#2} from the comms team tog bilder. Next drive: {DATE} i {TOWN}.",
    "FYI: deltagaren {P:f} ({SUBJ}) har flyttat till {AX}. She'd like to continue remotely, kan vi göra telefonbesök? /{G}",
    "Hi {G#1},\nWe have a donor match for your patient. Donatorn bor i {TOWN} och kan komma {DATE}. Kontakt: {P#2}, {PHM}.\nBR {G#3}",
    "Travel claim: {P}, {PNR}, {A}, {KM} km tur och retur, {AMT}. Approved by {I}, sent to payroll {DATE}.",
    "Hej! Participant {SUBJ} ({P#1}) har bytt nummer till {PHM}, ny mejl {E#1} och ny adress {AL}. Please update the contact log.",
    "Taxi för {P} till KPE booked: upphämtning {A} kl {TIME}. The ride is on the study budget, kostnadsställe {REF}.",
    "{g}: har du sett mejlet från {S}?\n{g}: about the deviation? ja, jag svarar efter lunch\n{g}: ok thx",
    "Site staff list, {CLIN}\nPI: {P}, {PHF}\nSub-I: {P}\nStudy nurse: {P}, {PHM}\nCoordinator: {P#1}, {E#1}",
    "Hej {G}! The sponsor is sending a courier to {BOX} för att hämta proverna. Pickup {DAY} kl {TIME}.",
    "Deferral note (translated): {R}, givarnr {DONNR}, {A}. Travelled to {AX} within 4 weeks? No. Hb {HB}. Approved, signed {Gi}.",
    "Hej {G#1}! Jag heter {G#2} och är research nurse på studien, vi sitter på {CLIN}. We'd love to have you back for the follow-up. Ring {PHL} eller svara på mejlet.",
    "Screening log {DATE}\n{R}, {ST} – included\n{R}, {AR} – screen fail (BMI)\n{R} – tackade nej\nSign. {I}",
    "Ping @{g}: {gs} patient i rum 4 är klar för blodprov, and {g} needs the centrifuge after",
    "Home visit {DATE}: {P#1}, {AR}. Anhörig {P#2} ({PHM}) öppnar. The cat is called Sixten, släpp inte ut honom.",
    "Mötesanteckningar / meeting notes {DATE}\nNärvarande: {P}, {P}, {P}\n{G} tar recruitment update, {G} tar budget. Next meeting {DAY}.",
    "Hej! Could you send the gift card to {ALGH}? Tack! /{P}",
    "Best regards / Vänliga hälsningar\n{P#1}\nClinical Research Coordinator\n{CLIN}\n{PHF} | {E#1}",
    "Mvh / Best\n{F#1}\nBlodcentralen\n{AL}\n{E#1}\nMobil {PHM}",
    "From: {P#1} <{E#1}>\nTo: {EF}\nSubject: Blodgivning\n\nHej! I moved to Sweden from {AXL} last year. Kan jag bli blodgivare? I lived in the UK 1985.\nRegards, {G#1}",
    "Hej {G}! Participant from Oslo, {P:f}, ringer från {PHX}. Hon vill veta om hon kan göra besöken i {TOWN} instead.",
    "Reimbursement list {DATE}\n{RU}, {A}, {AMT}\n{RU}, {AR}, {AMT}\n{RU} {AMT}\nPlease pay before month-end. /{I}",
    "{n}: kan du cover my shift på blodbussen {DAY}?\n{g}: sure! var står den?\n{n}: {a}",
    "Subject {SUBJ}: {P} missed visit 6. Tried {PHM} twice, no answer. Skickat brev till {A}.",
    "Hej {G#1}, här är contact details för {Gs#2} GP: {P#3}, Vårdcentralen {TOWN}, {CLIN}, {PHF}. Please send the letter today.",
    "Donor complaint (translated from Swedish): {P#1} says sköterskan {G#2} was rude. Givaren vill bli kontaktad via {E#1}. Owner: {P#3}.",
    "Stem cell donor {P#1} ({PNR}) is confirmed for collection {DATE}. Accommodation booked at hotel near {AX}. Kontakt: {P#2}, {PHX}.",
    "Quick q: vem är backup för {S:f} när hon är på semester? Sponsor asked. Annars tar {G} det.",
    "Hej! Den nya CRA:n heter {P#1:f}, nås på {PHX} eller {E#1}. She'll visit {CLIN} on {DAY}.",
    "Thanks for donating idag, {G}! Your blood group is {BG}. Donor card skickas till {A}. Vi hör av oss när det är dags igen. /{G}",
    "Kollar med {P}: can the participant, {P} på {AR}, get travel reimbursement for the ferry from Visby? Beloppet är {AMT}.",
    "Call log {DATE}\n{TIME} – {P} ({PHM}, {A}) – bokad till screening\n{TIME} – {P} ({PH}) – inget svar\n{TIME} – {P} ({PHX}) – not eligible",
    "Hi {G#1}! Påminnelse: ta med ID and your study card. Adress: {CLIN}. Om du är sen, ring {PHF}. /{G#2}",
    "{Ps} samples från visit 2 var hemolyserade, so {G} needs to come back. Ring {PHM}. /{I}",
    "@{g} kan du kolla {gs:f} CRF? The sponsor flagged it. Hon bor på {a} if we need to send papers",
    "{Gs:f} consent saknar datum. Can you call her on {PHM} before monitoring?",
    "Hej {G#1}! {Ss#2:f} husband called, hon är sjuk och kan inte komma {DAY}. New letter to {AL}.",
    "Donor card for {P'} address: {AXL}. Kan vi skicka utomlands? Otherwise hold it at {CLIN}.",
)

# Rows without any value (each used once): look-alikes of the genre.
NEGATIVES = (
    (
        "sv",
        "Din blodgivning är bokad. Tid: torsdag 14.30. Ta med legitimation och ät ordentligt innan. Avbokning senast 24 timmar före.",
    ),
    (
        "sv",
        "Hb 128 g/l, blodtryck 132/84, puls 68. Godkänd för tappning. Påse nr W0412 27 184 233, tappad volym 470 ml.",
    ),
    (
        "sv",
        "Karenstid: 4 veckor efter resa utanför Norden, 4 månader efter tatuering eller piercing, 6 månader efter vistelse i malariaområde.",
    ),
    (
        "sv",
        "Studien har diarienummer 2026-04417-01 hos Etikprövningsmyndigheten och EU CT-nummer 2026-501883-27-00.",
    ),
    (
        "sv",
        "Blodbussen kommer till Kiruna och Gällivare i vecka 14. Den står vid köpcentret och vid simhallen. Ingen bokning behövs.",
    ),
    (
        "sv",
        "Reseersättning betalas ut med 25 kr per mil för egen bil. Kvitton för buss, tåg och taxi ska bifogas. Utbetalning sker den 25:e varje månad.",
    ),
    (
        "sv",
        "Per dag: två tabletter à 50 mg. Per vecka: högst 14 tabletter. Glöm inte att fylla i dagboken varje kväll.",
    ),
    (
        "sv",
        "Bankgiro 5051-6772, OCR 40017 2233 9812. Fakturanummer 2027-0319. Förfallodag 2027-04-30. Belopp 1 845 kr.",
    ),
    (
        "sv",
        "Region Uppsala, Akademiska sjukhuset och Uppsala Clinical Research Center söker deltagare till en studie om järnbrist.",
    ),
    (
        "sv",
        "Deltagare 104-017 randomiserades till arm B. Kit 33821 utlämnat. Nästa besök dag 28 ± 3 dagar.",
    ),
    (
        "sv",
        "Blodgrupp 0 RhD negativ är universalgivare för röda blodkroppar. AB plasma kan ges till alla.",
    ),
    (
        "sv",
        "Läkemedelsverket har godkänt ändringen av protokollet, version 3.1 daterad 12 mars 2027. Ändringen gäller från besök 4.",
    ),
    (
        "sv",
        "Vi har fått in 312 intresseanmälningar, 88 har screenats och 41 har randomiserats. Rekryteringen stänger 30 juni.",
    ),
    (
        "sv",
        "Det är lätt att klara sig utan fika en dag, men inte innan blodgivning. Ät en ordentlig frukost och drick två glas vatten.",
    ),
    (
        "sv",
        "En björn sov i idet hela vintern, och på våren bar rosen knopp vid stenen under eken. Lind och lönn stod gröna.",
    ),
    (
        "sv",
        "Hans blodvärde var lågt och hennes var normalt. Båda får komma tillbaka om åtta veckor.",
    ),
    (
        "sv",
        "Vecka 12: plasmagivning måndag, tisdag och fredag. Vecka 13: stängt för inventering. Vecka 14: öppet som vanligt.",
    ),
    (
        "sv",
        "Trombocyter kan sparas i sju dagar, röda blodkroppar i 42 dagar och plasma i upp till tre år i frys.",
    ),
    (
        "sv",
        "Ersättningen är 500 kr per besök och 3 500 kr för hela studien. Ersättningen är skattepliktig.",
    ),
    (
        "sv",
        "Apotek Hjärtat, Apoteket och Kronans Apotek säljer järntabletter receptfritt. Fråga alltid farmaceuten om råd.",
    ),
    (
        "sv",
        "Provrör: lila kork EDTA 4 ml, gul kork serum 5 ml, blå kork citrat 2,7 ml. Centrifugera 10 min i 2000 g.",
    ),
    (
        "sv",
        "Dagbok dag 1 till dag 14: huvudvärk ja/nej, illamående ja/nej, temperatur kl 8 och kl 20.",
    ),
    (
        "sv",
        "Studiens kostnadsställe är 4410-223 och projektnummer P2027-118. Attest sker i Raindance.",
    ),
    (
        "sv",
        "Givarservice har öppet vardagar 8–16, lunchstängt 12–13. Under sommaren har vi kortare öppettider.",
    ),
    (
        "sv",
        "Mor och far, bror och syster: fråga i familjen vem som vill bli givare. Ju fler desto bättre.",
    ),
    (
        "sv",
        "Sommar, sol och semester: blodlagren sjunker varje juli. Kom gärna och ge blod innan du åker.",
    ),
    (
        "en",
        "Your appointment is confirmed for Thursday at 2:30 pm. Please bring photo ID and eat a proper meal before you come.",
    ),
    (
        "en",
        "Hb 131 g/L, BP 128/80, pulse 72. Accepted to donate. Pack number G1508 27 448 120, volume 470 ml.",
    ),
    (
        "en",
        "The trial is registered as NCT06412278 and ISRCTN 48812093. REC reference 27/LO/0412, IRAS ID 334871.",
    ),
    (
        "en",
        "Mark the date: the blood drive is back in May. Will you give? Every donation can save up to three lives.",
    ),
    (
        "en",
        "Grace period: you can reschedule up to 24 hours before your slot. After that, a missed appointment is recorded.",
    ),
    (
        "en",
        "Reimbursement is 45p per mile for the first 10,000 miles. Parking and train fares are paid against receipts.",
    ),
    (
        "en",
        "Participant 203-044 was randomised to arm A on day 1. Kit 55102 dispensed. Next visit day 29 (window ± 3 days).",
    ),
    (
        "en",
        "NHS Blood and Transplant and the Red Cross are asking O negative donors to book in the next two weeks.",
    ),
    (
        "en",
        "Take one tablet twice a day with food. Do not take more than 8 tablets in 24 hours. Keep out of reach of children.",
    ),
    (
        "en",
        "Sort code 40-11-62, account 71559204. Invoice INV-2027-0418 for £1,250.00 is due on 30 April.",
    ),
    (
        "en",
        "Frank feedback from donors: the chairs are comfy, the biscuits are great, the wait is too long.",
    ),
    (
        "en",
        "Hope, faith and patience: the three things every recruitment team needs in the first month.",
    ),
    (
        "en",
        "The bill for the courier was £84.60. We'll add it to the study budget under cost code 7731.",
    ),
    (
        "en",
        "Donate at Westfield Stratford, the Bullring or Manchester Piccadilly station this spring. No appointment needed.",
    ),
    (
        "en",
        "Ruby, amber and green flags on the dashboard show recruitment against target at each site.",
    ),
    (
        "en",
        "Drew blood at 08:00, 08:30 and 09:00 for the glucose tolerance test. Samples spun within 30 minutes.",
    ),
    (
        "en",
        "Gene therapy trials need long follow-up: visits at months 1, 3, 6 and 12, then yearly for 15 years.",
    ),
    (
        "mixed",
        "Hej! Monitoring visit torsdag 10:00, please have the ISF och samtyckena ready. Tack!",
    ),
    (
        "mixed",
        "Query 4471 på CRF page 12: Hb value missing for visit 3. Kan någon fixa det before Friday?",
    ),
    (
        "mixed",
        "Blood drive på kontoret i vecka 22! Bussen står på parkeringen utanför, first come first served.",
    ),
    ("mixed", "Randomisation done: subject 117-009, arm B, kit 20418. Dispensed idag kl 11.15."),
    (
        "mixed",
        "FYI: the sponsor has approved protocol amendment 3. Gäller från besök 5, training log måste signeras.",
    ),
    (
        "mixed",
        "EudraCT 2025-003318-14, EU CT 2026-500441-39-00. Please use EU CT-numret in all new correspondence.",
    ),
    (
        "mixed",
        "Reseersättning: 25 kr/mil, parkering mot kvitto. Max SEK 1 500 per visit unless approved in advance.",
    ),
    (
        "mixed",
        "Karens after travel: 4 veckor utanför Norden, 6 månader efter malariaområde. Check the list before booking.",
    ),
    (
        "mixed",
        "Plasma yield idag: 42 donations, 31,5 liter. Bra jobbat team, best day this quarter!",
    ),
    (
        "mixed",
        "Just a heads up: Etikprövningsmyndigheten har godkänt, dnr 2026-02295-02. Vi kan starta recruitment nästa vecka.",
    ),
    ("mixed", "Will we make it? Vi behöver 20 till randomiserade before the end of June."),
    ("mixed", "Per protocol ska Hb tas vid varje besök. Per visit window: ± 3 dagar."),
    (
        "mixed",
        "Påminnelse: fyll i timesheets för mars before the 5th. Kostnadsställe 3302, projekt FERRO-2.",
    ),
    (
        "mixed",
        "Lab manual v2.0: EDTA 4 ml x2, serum 5 ml x1. Frys i -80 inom 2 timmar, ship on dry ice måndag–onsdag.",
    ),
    (
        "mixed",
        "Blodlagret: 0 neg 2,1 dagar, A pos 4,8 dagar. We need more O negative donors, ring in extra givare.",
    ),
    ("mixed", "Bra jobbat alla! 100 donations på en dag, a new record för Blodcentralen."),
    (
        "mixed",
        "Rose gold och silver: nya pins för 25 och 50 donations. Will be handed out på nästa givarkväll.",
    ),
)
