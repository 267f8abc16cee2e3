# ruff: noqa: E501
"""Templates of held-out EP (issue 15): universities and students, in Swedish, English and mixed.

Slots are filled by `generate_ep.py`. A person slot is `{FORM}`, `{FORM#n}` for the same person
again in one text, `{FORM:f}`/`{FORM:m}` for a woman or a man; FORM is P (full name), p (lower
case), U (capitals), F (with middle names), G/g (given name, sometimes a short form), GU (given name
in capitals), N/n (a short form where the name has one), S/s (surname), SU (surname in capitals),
I (initials and surname), Gi (`Tina K.`), R (`Surname, Given`), RU (`SURNAME, Given`), E (an e-mail
address of the person); a trailing `s` asks for a Swedish genitive, `'` for an English one (the
ending is no part of the value). Value slots: A/AL (a Swedish address on one line or over lines),
AR/ARL (rural), ST (a street and number), STN (a street alone), STU/STUL (a student flat or
corridor room), a (a Swedish address in lower case), BOX/BOXL (a box or office address), CO/COL
(`c/o Name, address`), AU/AUL/au (UK), AUS/AUSL (US), AX/AXL (Europe), PH/PHM/PHL/PHX (phones:
any Swedish, mobile, landline or switchboard, abroad), PNR/PNRX (personnummer; PNRX past a
hundred, with `+`), EF (an office's shared mailbox). Every other slot is no value: dates, times,
amounts, course codes, rooms, reference, case, application and student numbers, ORCID, DOI, ISBN,
meeting IDs and the like. NEGATIVES hold no value at all and are each used once.
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
# Universities named after no person (so that no name needs a judgement).
UNIS = (
    "Uppsala universitet", "Lunds universitet", "Stockholms universitet", "Göteborgs universitet",
    "Umeå universitet", "Linköpings universitet", "KTH", "Karolinska institutet", "SLU",
    "Örebro universitet", "Luleå tekniska universitet", "Mittuniversitetet", "Malmö universitet",
    "Södertörns högskola", "Högskolan i Gävle", "Karlstads universitet", "Mälardalens universitet",
    "Högskolan Dalarna", "Jönköping University", "Högskolan Väst", "Högskolan i Skövde",
)  # fmt: skip
UNIS_EN = (
    "University of Edinburgh", "University of Leeds", "University of Manchester", "University of Bristol",
    "Imperial College London", "University of Glasgow", "Durham University", "University of York",
    "Cardiff University", "University of Sheffield", "Aalto University", "University of Copenhagen",
    "TU Delft", "ETH Zürich", "University of Michigan", "UC Berkeley", "University of Toronto",
    "University of Oslo", "University of Helsinki", "KU Leuven", "University of Tartu", "NTNU",
)  # fmt: skip
COURSES = (
    "1MA025 Linjär algebra II", "TDDE18 Programmering i C++", "MVE045 Matematisk analys",
    "FMAN20 Bildanalys", "5SA123 Socialpsykologi", "DD1337 Programmering", "KEMA01 Allmän kemi",
    "2IS011 Statistisk inferens", "JURA14 Förvaltningsrätt", "LIVA21 Livsmedelsmikrobiologi",
    "SO1004 Sociologisk teori", "EKO203 Makroekonomi", "HIS110 Historisk metod", "BIO310 Evolutionsbiologi",
    "FYS201 Kvantmekanik", "MED12 Anatomi och fysiologi", "SPA101 Spanska I", "ARK112 Byggnadsteknik",
    "PED211 Specialpedagogik", "DAT420 Maskininlärning", "GEO130 Klimat och landskap", "SVA120 Svenska som andraspråk",
)  # fmt: skip
COURSES_EN = (
    "ECON2041 Econometrics", "COMP3011 Machine Learning", "HIST2210 Modern Europe", "MATH1012 Calculus II",
    "PSYC3040 Cognitive Neuroscience", "LAW2150 Contract Law", "BIOL2203 Molecular Genetics",
    "CHEM1101 Organic Chemistry", "PHYS3301 Quantum Physics", "ENGL2050 Shakespeare and Performance",
    "SOC1001 Introduction to Sociology", "STAT2301 Bayesian Statistics", "ARCH2210 Design Studio",
    "EDU4010 Research Methods", "GEOG2030 Climate Science",
)  # fmt: skip
ROOMS = (
    "sal 2001", "Hörsal 1", "Aulan", "B413", "E:1406", "FR4", "Sal K1", "Lärosal 12", "Skrivsal A",
    "Skrivsal 3", "sal 101195", "M:B", "Q2", "Ekonomikum sal H", "Geocentrum sal 3", "Kemicentrum K:C",
    "Humanisthuset hörsal", "Universitetshuset sal X", "Studenthuset plan 3", "rum 4:207", "sal U1",
)  # fmt: skip
ROOMS_EN = (
    "Lecture Theatre 2", "Room G.14", "Seminar Room 3.02", "the Main Hall", "Sports Hall B", "Room 1.07",
    "the Great Hall", "LT1", "Exam Hall 3", "Room B41", "the Senate Room", "Lab 2.12",
)  # fmt: skip

SV = (
    # Admissions and applications
    "Hej! Jag heter {P#1} och har sökt {KOD} till {UNI} {TERM}. Mitt meritvärde är {MERIT} men jag står som reserv {NUM}. Kan någon titta på mitt ärende? Personnummer {PNR}, adress {A}.\nMvh {G#1}, {PHM}",
    "ANTAGNINGSBESKED {TERM}\nNamn: {U#1}\nPersonnummer: {PNR}\nAdress: {AL}\nAnmälningskod: {KOD}\nStatus: Antagen\nSista dag att tacka ja: {DATE}",
    "{g#1}: kom du in på läkarprogrammet??\n{g#2}: nej reserv {NUM} igen, högskoleprovet {HPROV} räckte inte\n{g#1}: nämen {g#2} 😭 {gs} syster kom in på HP förra året, hon bor på {a}",
    "Till {P#1}\n{AL}\n\nVi bekräftar att din ansökan om studier vid {UNI} kom in {DATE}. Ditt ärende handläggs av {P} på antagningsenheten, {PHL}. Ange {DNR} när du hör av dig.",
    "Från: {P#1} <{E#1}>\nTill: {EF}\nÄmne: Tillgodoräknande av {COURSE}\n\nHej! Jag läste kursen vid {UNI} {TERM} och undrar om den kan tillgodoräknas i mitt program. Betyget var {GRADE}. Jag nås på {PH}.\n/{G#1}\n{AL}",
    "Studievägledaren {P:f} ringer reserverna i tur och ordning i dag: {R} och {R}. Den som inte svarar inom 24 timmar förlorar platsen. Frågor till {PHL}.",
    "Intyg om behov av särskilt stöd för {P#1} ({PNR}). Samordnaren {S} har beviljat förlängd skrivtid och enskilt rum. Kontaktuppgifter till studenten: {A}, {PHM}.",
    "Hej {G#1}! Du har fått ett villkorat antagningsbesked. Skicka in ditt gymnasiebetyg senast {DATE} till {BOX}. Märk kuvertet med {KOD}.\nHälsningar {P}, antagningshandläggare",
    "Reservantagning {DATE}, {KOD}:\n1. {RU}\n2. {RU}\n3. {RU}\nSamtliga kontaktas per telefon av {Gi}.",
    "Ansökan om anstånd med studiestart\nSökande: {P#1}\nPersonnummer: {PNR}\nAdress: {A}\nSkäl: Värnplikt {TERM}\nUnderskrift: {P#1}",
    # Theses, supervisors and defences
    "Examensarbete {HP}: {P}. Handledare: docent {P}, {UNI}. Examinator: professor {S}. Opponent: {Gi}. Presentation {DATE} kl. {TIME} i {ROOM}, {ST}.",
    "{F#1} försvarar sin doktorsavhandling fredag {DATE} kl. {TIME} i {ROOM}, {ST}. Fakultetsopponent: professor {P}, {UNIEN}. Betygsnämnd: {P} och {P}. Huvudhandledare: {I}.",
    "Spikning av {Ps#1} avhandling sker {DAY} kl. {TIME} utanför {ROOM}, {ST}. Alla välkomna på fika efteråt! Frågor till {P}, {PHL}.",
    "hej {g}! har du hunnit läsa kapitel 3? jag har skickat en ny version till {g} också. ses på handledningen {DAY}? /{g}",
    "Hej {G#1},\njag har pratat med prefekten {P} om bytet av biträdande handledare från {I} till {P}. Beslutet tas på institutionsstyrelsen {DATE}. Ring mig på {PHM} om något är oklart.\n{G}",
    "DiVA-registrering\nFörfattare: {R}\nHandledare: {R}\nExaminator: {R}\nISBN {ISBN}\nPublicerad {DATE}",
    "Halvtidsseminarium för doktorand {P#1}, {DATE}. Diskutant: {P}. Närvarande från handledargruppen: {I} och {G#1}s huvudhandledare {P}. Seminariet hålls på {BOX}.",
    "Protokoll från betygsnämndens sammanträde {DATE}. Närvarande: professor {P}, lektor {P}. Respondent: {P#1}. Nämnden beslutade att godkänna avhandlingen. Vid protokollet: {P}",
    "Anmälan om opponering: {P#1} opponerar på {Ps} uppsats den {DATE}. {G#1} nås på {PHM}.",
    "Det var {Ss:m} idé från början, men det var {G#1:f} som gjorde hela fältarbetet i {UNITOWN}. Tacka {P#1} i förordet!",
    # Course registration, Ladok and certificates
    "Registrering {TERM} på {COURSE}. Följande studenter saknar registrering i Ladok: {R}, {R} och {R}. Kontakta studentexpeditionen på {EF} eller {PHL} senast {DATE}.",
    "Anmälan till omtentamen\nEfternamn: {SU#1}\nFörnamn: {GU#1}\nPersonnummer: {PNR}\nAdress: {A}\nKurs: {COURSE}\nTelefon: {PH}\nE-post: {E#1}",
    "STUDIEINTYG\n{P#1}, {PNR}, har under {TERM} bedrivit heltidsstudier om {HP} vid {UNI}.\n\n{BOXL}\n\n{P}, studieadministratör",
    "Hej {G#1}!\nDu har inte registrerat dig på {COURSE} och riskerar att förlora platsen. Logga in på Studentwebben eller mejla {EF}. Har du frågor kan du ringa kursadministratören {G} på {PHL}.",
    "Kursansvarig: {P}. Kursadministratör: {P}, {PHL}. Lärare: {I} ({G}) och {Gi}. Besöksadress: {ST}.",
    "Intyg för CSN: {P#1} ({PNR}) är registrerad på {HP} {TERM}. Adress enligt folkbokföring: {A}. Intyget är utfärdat av {P}.",
    "studentlistan för gruppövningen:\ngrupp 1: {g}, {n}\ngrupp 2: {p}, {Gi}\nvi ses hos mig på {a}\n/{g}",
    "Ansökan om studieuppehåll\nNamn: {P#1}\nPersonnummer: {PNR}\nAdress: {AL}\nMobil: {PHM}\nProgram: {KOD}\nUppehåll från {TERM}",
    # Exam rooms and invigilation
    "Tentamen i {COURSE} {DATE} kl. {SPAN}, {ROOM}. Skrivsalen: {A}. Tentamensvakter: {P} och {P}. Ansvarig lärare {I} nås på {PH} under skrivningen.",
    "Avvikelserapport från skrivsal {ROOM}, {DATE}: student med anonymitetskod {CODE} lämnade salen kl. {TIME} utan att lämna in. Vakt: {P}. Huvudvakt: {Gi}, {PHM}.",
    "{g}: vi saknar en vakt i {ROOM} imorgon, kan du ta det?\n{g#1}: japp. ring {g#2:f} på {PHM} om hon vill byta\n{g#2}: jag hör allt 😂",
    "Hej {G#1}! Du är beviljad anpassad examination för tentan {DATE}. Du skriver i ett enskilt rum på {ST} och din vakt heter {P}. Frågor? {EF}",
    "Tentamenssalen flyttas! Skrivningen {DATE} sker i stället på {A}. Ingång från {STN}. Ansvarig: {P}, {PHL}.",
    "Lista över tentamensvakter {TERM}:\n{R} {PHM}\n{R} {PHM}\n{R} {PHM}",
    "Kvarglömt efter tentan i {ROOM}: en jacka, en miniräknare märkt {Gs} och ett busskort. Hämtas hos {P} i receptionen, {BOX}.",
    # Student housing
    "HYRESKONTRAKT STUDENTBOSTAD\nHyresgäst: {P#1}\nPersonnummer: {PNR}\nObjekt: {STUL}\nMånadshyra: {RENT}\nKontraktstid: {DATE} – {DATE}\nHyresvärd: Studentbostäder i {UNITOWN}, {BOX}",
    "Hyr ut mitt korridorsrum på {STU} under {TERM}, {RENT}/mån, möblerat. Hör av dig till {G#8} på {PHM} eller {E#8}.",
    "{g#1}: vilken lgh fick du?\n{g#2}: {a} 🙌\n{g#1}: åh nära {g}! vi måste ha inflyttningsfest",
    "Felanmälan {REF}: läckande kran i köket, {STU}. Kontakt: {P}, {PHM}. Reservnyckel hos {G} i rum {NUM}.",
    "Du har nu {QUEUE} ködagar.\n{P#1}\n{AL}\nLogga in med {E#1} för att söka lediga bostäder.",
    "Besiktningsprotokoll {DATE}\nObjekt: {STU}\nAvflyttande hyresgäst: {P}\nBesiktningsman: {P}\nAnmärkning: ugnen ej rengjord, {AMT} debiteras.",
    "Korridorsmöte korridor {NUM}, {STU}. Närvarande: {G#1}, {N}, {Gi} och {G}. {G#1} tar städschemat i vecka {WEEK}. {Gs} cykel i trapphuset måste flyttas.",
    "Återbetalning av deposition, {RENT}, sker till det konto {P#1} har angett. Ny adress:\n{COL}",
    "Hej! Jag flyttar in på {ST} den {DATE} och behöver hjälp att bära. Pizza utlovas 🍕 Swisha inte, ring bara {PHM}! /{N}",
    "Uppsägning av studentbostad\nHyresgäst: {P#1}, {PNR}\nLägenhet: {STU}\nAvflyttning: {DATE}\nNy adress: {A}\nTelefon: {PH}",
    "Nyckelkvittens: {P#1} har kvitterat ut två nycklar till {STU}. Utlämnade av {G} på Studentbostäders kontor, {BOX}.",
    "Kö för boende på nationen: {R} ({QUEUE} p), {R} ({QUEUE} p), {R} ({QUEUE} p). Kuratorn {P} meddelar resultatet {DAY}. Nationen, {BOX}, {PHL}.",
    # Research groups, grants and ethics
    "Gruppmöte {DATE} på {ST}: {G#1}, {P} och {G#2}. {G#1} visar preliminära resultat från {UNITOWN}, {Gs#2} manus skickas till {P} för granskning.",
    "Huvudsökande: professor {P}, {UNI}. Medsökande: {P} ({UNIEN}) och {P}. Dnr {DNR}. Kontaktperson på forskningsstöd: {P}, {BOX}, {PHL}.",
    "Välkommen {F#1} som postdoc i {Ss:f} grupp! {G#1} kommer närmast från {UNIEN} och sitter i rum {NUM} på {ST}, tel {PHL}.",
    "Reseräkning\nResenär: {P#1}\nPersonnummer: {PNR}\nResa: konferens i {TOWN}\nUtlägg: {AMT}\nAttesteras av: {P}",
    "Etikprövning {DNR}. Forskningshuvudman: {UNI}. Ansvarig forskare: {P}, {BOX}, {PHL}. Övriga forskare: {I}, {I}.",
    "Vi söker deltagare till en studie om sömn och studier! Ersättning {AMT}. Studien görs på {A}. Kontakta doktorand {P#8} på {E#8} eller {PHM}.",
    "SAMTYCKESFORMULÄR\nDeltagarens namn: {U}\nAdress: {A}\nTelefon: {PH}\nJag samtycker till att intervjun spelas in.\nIntervjuare: {P}",
    "Forskargruppen flyttar till nya lokaler på {A} vecka {WEEK}. Packlådor hämtas hos {G} ({PHL}). {P} ansvarar för frysarna.",
    "Tack {G} och {P} för hjälpen med datainsamlingen i {TOWN}, och till {Ps} familj som lät oss bo i stugan på {AR}.",
    "Anställningsavtal doktorand\nNamn: {F#1}\nPersonnummer: {PNR}\nBostadsadress: {AL}\nAnställd från: {DATE}\nHuvudhandledare: {P}",
    "Från: {P#1} <{E#1}>\nÄmne: Sjukanmälan\n\nHej, jag är sjuk i dag och kan inte hålla labbet. {G} har lovat att ta över min grupp. /{G#1}, {PHM}",
    # Conferences and seminars
    "Konferensanmälan: {P#1}, {UNI}. Specialkost: vegetarisk. Faktureringsadress: {BOX}. Referens: {S#1}. Fakturan skickas till {EF}.",
    "Seminarieserien {TERM}: {DATE} {P} ({UNIEN}), {DATE} {P} ({UNI}). Plats: {ROOM}, {ST}. Zoom-ID {ZOOM}. Värd: {G}",
    "Hotellbokning för {P} och {P}, {DATE}–{DATE}, två enkelrum på hotellet på {A}. Bekräftelse skickas till {PH}.",
    "Sessionsordförande {P} presenterar först {P}. {Gi} har fått förhinder och ersätts av {I}.",
    "Inbjudan till disputationsmiddag för {P#1} lördag {DATE} kl. {TIME} på {ST}. OSA till {G:f} på {PHM} senast {DAY}.",
    # Student life, library, union, alumni and more
    "Bibliotekskort\nNamn: {P}\nAdress: {A}\nTelefon: {PH}\nLånenummer: {STUDID}\nGiltigt till {DATE}",
    "Kårstyrelsen {TERM}: ordförande {P}, kassör {P} och sekreterare {P}. Styrelsen nås på {EF}, {PHL} eller i kårhuset på {ST}.",
    "Hittegods: en plånbok hittades i {ROOM} med id-kort för {P}. Hämtas hos vaktmästare {S} på {ST}, {PHL}.",
    "Rekommendationsbrev\nJag har varit handledare för {P#1} under {Ss#1} kandidatarbete och rekommenderar {G#1} varmt.\n{P}\n{UNI}\n{BOXL}\n{PHL}",
    "Alumnregistret, äldsta registrerade: {R#1}, {PNRX}, examen 1949. {G#1} bor i dag på {A} och får tidskriften per post.",
    "Med vänliga hälsningar\n{P}\nStudievägledare\n{UNI}\n{BOXL}\nTel: {PHL}\n{EF}",
    "{g#1}: nån som har {gs} anteckningar från föreläsningen i {ROOM}?\n{g#2}: @{G#3:m} har dom, han satt längst fram\n{g#1}: tack!! {n#3} kan du lämna dom på {a}?",
    "Mentorsprogrammet {TERM}: {P} matchas med {P}. Första träffen på {ST}. Träffarna bokas via {EF}.",
    "Adressändring: {P#1} har flyttat från {STU} till {A} från och med {DATE}. Nytt nummer: {PHM}.",
    "Välkommen till nollningen! Faddrar i grupp {NUM}: {G}, {Gi} och {N}. Samling vid {STN} kl. {TIME}. Frågor: {PHM}.",
    "Inbjudan: {F#1} installeras som professor vid högtiden {DATE} i Aulan, {ST}. Anmälan till {G} på {PHL}.",
    "Pressmeddelande {DATE}: Forskare vid {UNI} får anslag. – Det är fantastiskt, säger projektledaren {P}. Mer information: kommunikatör {P}, {PHM}.",
    "Nattvandring på campus i helgen: {P}, {P} och {P} från kåren går runt {STN} och {STN} mellan kl. {TIME} och midnatt. Jourtelefon {PHM} ({G}).",
    "Lånar du ut din gamla kurslitteratur? Lämna den till {G} i kårhuset på {ST} eller skicka sms till {PHM}.",
    "Sammanfattning av studentärende {REF}: studenten {P#1} ({PNR}), handläggare {P}. Studentens adress: {AL}. {Gs#1} överklagande av beslutet har kommit in {DATE}.",
    "Ansökan om examensbevis\nNamn: {P}\nPersonnummer: {PNR}\nUtdelningsadress: {CO}\nExamen: Kandidatexamen",
    "{P#1} har flyttat till Norge för sin postdoc. Skicka post till {AX} eller ring {PHX}. Det gamla numret {PHM} är uppsagt.",
    "Hej {N}! Nyckeln till labbet på {ST} ligger i facket hos {S:m}. Lösenordet till instrumentdatorn har {G} – inte {g:f}, hon har slutat 😅",
    "Beslut om disciplinåtgärd, {DNR}. Studenten {P#1}, {PNR}, {A}, stängs av i sex veckor. Beslutet har fattats av disciplinnämnden, ordförande rektor {P}.",
    "Studiebesök på {UNI}: elever från gymnasiet i {TOWN} tas emot av {P} och {P}. Bussen stannar vid {ST}.",
    "{p#1}: behöver någon skjuts hem till {TOWN} på fredag?\n{p#2}: ja! jag bor på {a}, kan du hämta där?\n{g#1}: kul, ta med {gs} gitarr",
    "Ny adress för {P}:\n{AL}\nÄndringen gäller från {DATE}.",
    "Paket till studentrummet: {P}, {STU}. Avisering skickad till {PHM}.",
    "Folkbokföringsadress saknas för studenten {P} ({PNR}). Senast kända adress: {A}.",
    "Jag söker andrahandslägenhet i {UNITOWN} från {DATE}, gärna nära campus. Just nu bor jag på {A}. Ring {PHM}! /{G}",
    "{g}: jag bor på {a} om du vill plugga ikväll",
    "Tentamenslokal {DATE}: {ROOM}, {A}. Ansvarig vakt: {P}.",
    "Utskick om antagning skickas bara till studentens egen adress, i det här fallet {AL}.",
    "Konferensbussen avgår från {ST} kl. {TIME} och stannar vid {A}. Frågor: {PHL}.",
    "Kontakta studentexpeditionen på {ST}, {PHL} eller {EF}. Öppet {DAY} kl. {TIME}–15.00.",
    "Kurslitteratur beställd av {G} levereras till institutionen, {BOX}.",
)

EN = (
    # Admissions
    "Dear {P#1},\nThank you for your application to the MSc in Data Science at {UNIEN} (application {REF}). We are pleased to make you a conditional offer. Please send certified transcripts to {AUL} by {DATEEN}.\nAdmissions Office, {EF}",
    "Applicant: {U#1}\nDate of birth: {DATEEN}\nHome address: {AUSL}\nPhone: {PHUS}\nEmail: {E#1}\nProgramme: BSc Psychology\nReferee: Dr {P}",
    "Hi {N}, quick question about my UCAS application: can my personal statement mention the summer school with Professor {S}? Thanks, {G}",
    "From: {P#1} <{E#1}>\nTo: {EF}\nSubject: Deferral request\n\nDear Admissions,\nI would like to defer my place to {TERMEN}. My new address is {AU}.\nBest wishes,\n{G#1}",
    "Reference for {P#1}: I taught {G#1} in {COURSEEN} and rank {G#1} in the top 5% of students I have supervised. Please contact me at {E#2} or {PHUK}.\n{P#2}, Associate Professor, {UNIEN}, {AU}",
    "The admissions committee ({P} and {P}) reviewed {SCORE} files at {AU} on {DATEEN}. {Gi} will email the shortlist to {EF}.",
    "Interview schedule, {DATEEN}:\n{TIME} {R}\n{TIME} {R}\n{TIME} {R}\nVenue: {AU}\nPanel: Dr {S}",
    # Theses and supervision
    "PhD viva: {F#1}, thesis submitted {DATEEN}. Internal examiner: Dr {P}. External examiner: Professor {P} ({UNIEN}). Chair: {I}. Venue: {ROOMEN}, {AU}.",
    "hey {g}, did {n} send you the draft? i need comments on ch. 2 before {g'} meeting on {DAYEN} lol",
    "Supervision log, {DATEEN}: met with {P#1}. Agreed that {G#1} revises the methods chapter and sends it to {P} and {Gi} by {DATEEN}.",
    "Dear Dr {S#1},\nI am writing to ask whether you would consider supervising my master's thesis. I have attached my CV. I can be reached on {PHX} or at {AUS}.\nKind regards,\n{P}",
    "Thesis acknowledgements: I thank my supervisor {F}, my co-supervisor {P}, and {G} and {G} from the lab. Finally, thank you {G:f}, for everything.",
    "Examiners' report for {P#1}. The committee ({I} and {I}) recommends minor corrections. {G#1}'s corrections are due on {DATEEN}.",
    # Registration, records and exams
    "Module registration {TERMEN}: {COURSEEN}. The following students are not yet enrolled: {R}, {R}, {R}. Please contact {EF} or visit the Student Hub, {AU}.",
    "Exam timetable: {COURSEEN}, {DAYEN} {DATEEN}, {TIME}, {ROOMEN}, {AU}. Invigilators: {P}, {P}. Module leader {I} will be on call at {PHUK}.",
    "Incident report, {ROOMEN}: candidate {STUDID} was found with notes. Reported by invigilator {P}; countersigned by chief invigilator {P}.",
    "Transcript request\nName: {P}\nStudent number: {STUDID}\nSend to: {AUS}\nPhone: {PHUS}\nCopies: 2\nFee: {USD}",
    "Dear {G#1}, your request for extra time in exams has been approved by the Disability Service ({P}, {PHUK}). Please bring this letter to {ROOMEN}.",
    "Office hours this week: Prof. {S} {DAYEN} {TIME}, Dr {S} {DAYEN} {TIME}. The TA for the module ({P}) will hold a review session in {ROOMEN}. Department office: {AUL}.",
    "Mark sheet {COURSEEN}: {R} 68, {R} 72, {R} 55. Second marker: {P}.",
    "Lost property: {P'} laptop was left in {ROOMEN}. Collect it from the porters' lodge, {AU}.",
    # Housing
    "Tenancy agreement\nTenant: {P#1}\nGuarantor: {P}\nProperty: {AUL}\nRent: {GBPR} per month\nLandlord's agent: {P}, {PHUK}",
    "Room available in a 4-bed student house at {AU} from {DATEEN}. {GBPR} a month incl. bills. Message {G#8} on {PHUK} or email {E#8}.",
    "Dear {G#1},\nWelcome to {AU}! Your flatmates are {G}, {G} and {Gi}. Keys can be collected from the accommodation office. Questions: {EF}\nResidential Life Team",
    "Maintenance request {REF}: shower not draining, {AUS}. Resident: {P}, {PHUS}. Best time: after {TIME}.",
    "i'm at {au} if anyone wants to come over and revise, ask {g} for the door code",
    "Residents' meeting minutes: {G#1}, {G} and {Gi} present. {G#1} to email the landlord, {P}, about the mould in the kitchen.",
    "Housing waitlist update: {R}, {R} and {R} have been offered rooms at {AUS}. Contact {P} at {PHUS} with questions.",
    "Graduate housing contract\nResident: {P}\nUnit: {AUSL}\nMonthly rent: {USD}\nEmergency contact: {P}, {PHUS}",
    # Research groups and grants
    "Lab meeting {DATEEN}: {G} presents the pilot data; {G'} poster for the conference is due {DAYEN}. We meet in {ROOMEN}, {AUS}, or dial in via Zoom ({ZOOM}). Chair: {P}.",
    "Principal investigator: Professor {P}, {UNIEN}. Co-investigators: Dr {P} ({UNIEN}). ORCID {ORCID}.\n{AUL}",
    "Welcome to the group, {F#1}! {G#1} joins us from {UNIEN} as a research fellow and will sit in office {ROOMEN}, {AU}.",
    "Ethics approval {REF}. Study lead: Dr {P}, {AU}, {PHUK}. Research assistants: {I}, {I}.",
    "Participants wanted for a study on sleep and learning! Earn {GBP}. Contact {P#8} at {E#8} or text {PHUK}.",
    "Consent form\nParticipant name: {U}\nAddress: {AUL}\nTelephone: {PHUK}\nResearcher: {P}",
    "Out of office: I am at fieldwork until {DATEEN}. For urgent matters please contact {P#8} ({E#8}) or the department office on {PHX}.\n{P}",
    "Postdoc contract renewal: {P#1}, grade 7, to {DATEEN}. Approved by the head of school, Professor {S}. HR contact: {G}, {PHUK}.",
    # Conferences
    "Registration confirmed: {P#1}, {UNIEN}. Dietary needs: vegan. Badge name: {G#1}. Phone: {PHX}. Invoice address: {AXL}.",
    "Dear {G#1},\nWe are pleased to invite you to give a keynote at our workshop on {DATEEN}. The venue is {AX}. Travel will be booked by {P} ({PHX}).\nOn behalf of the organisers,\n{P} and {P}",
    "Session 4B, {DAYEN} {TIME}: chair {P}. Speakers: {P} ({UNIEN}) and {P} ({UNI}).",
    "Visa support letter: this is to confirm that {F#1}, passport holder, is invited to present at our conference in {TOWN} on {DATEEN}. Host: Professor {P}, {AUL}, {PHUK}.",
    "Conference dinner at {AX}, table 3: {P}, {P} and {P}. Bookings: {PHX}.",
    "Hotel booking for {P#8} and {P}, {DATEEN} to {DATEEN}. Confirmation sent to {E#8}. Hotel: {AX}, phone {PHX}.",
    "Call for papers! Submit by {DATEEN}. Programme chairs: {P} ({UNIEN}) and {P} ({UNIEN}). Local organiser: {P}, {EF}.",
    # Student life and signatures
    "Best wishes,\n{P}\nPostgraduate Administrator\nSchool of Social Sciences\n{AUL}\nTel: {PHUK}\n{EF}",
    "Student union elections: president {P}, education officer {P}. Count overseen by {I}. Union building: {AU}.",
    "Recommendation: {P'} capstone project was the best I have seen in {NUM} years. {F}, Department Chair, {AUS}",
    "can someone grab {g'} charger from {ROOMEN}? @{G} you're closest",
    "Alumni update: {P#1} ({YEAR}) has moved to {AX}; {G#1} can be reached at {PHX}.",
    "Graduation ceremony seating: guests of {P} and {P} in row {NUM}. Venue: {AUS}. Marshal: {P}.",
    "Forwarding address for {P#1} after graduation: {AUSL}. Mobile {PHUS}.",
    "New correspondence address for {P}:\n{AUL}",
    "Parcel for {P}, {AU}. Please collect it from the mail room.",
    "Open day: meet us at {AU} on {DATEEN}. Call {PHUK} for parking.",
    "The Graduate School has moved to {AUS}. Phone: {PHUS}.",
    "i live at {au}, come by after the seminar",
    "Please return the signed form to the International Office, {AUL}, or call {PHUK}.",
)

MIXED = (
    # Admissions and international students
    "Hej {G#1}! Thanks for your application to the master's programme. Vi behöver en kopia av ditt pass och ditt Bachelor's diploma senast {DATE}. Skicka till {EF} eller {BOX}.\nBest regards, {P}, International Admissions",
    "Från: {P#1} <{E#1}>\nTill: {EF}\nÄmne: Residence permit / uppehållstillstånd\n\nHi, Migrationsverket asks for an acceptance letter. Can you send it to {AX}? Mitt svenska nummer är {PHM}.\nThanks, {G#1}",
    "Antagningsbesked / Notification of selection results\nName: {U#1}\nPersonnummer: {PNR}\nProgramme: {KOD}\nStatus: Admitted / Antagen\nAddress: {AL}",
    "{g#1}: did you get the email från antagningen?\n{g#2}: yes!! reserv {NUM} though 😬\n{g#1}: {g:f} got in direkt, ask her about the housing kön",
    "Studievägledning drop-in: {DAY} {TIME}, {ROOM}, {ST}. Ask for our counsellors ({P} or {P}); svenska, English och العربية. Booking via {EF} or {PHL}.",
    "Hi {G}! Din ansökan om tillgodoräknande av {COURSEEN} is approved, 7,5 hp. Handläggare: {P}, {DNR}.",
    "Welcome pack för nya internationella studenter: your buddy is {P} ({PHM}), your mentor is {P}. Meet at {STN} at {TIME} on {DATE}!",
    # Theses and supervisors
    "Hej {G#1},\nthe committee has read your thesis. Opponent blir professor {P} från {UNIEN}; {I} sitter i betygsnämnden. Disputationen är {DATE} i {ROOM}, {ST}.\nCheers, {N}",
    "{g#1}: har du skickat chapter 4 till {g#3}?\n{g#2}: not yet, waiting for {gs#3} comments on the model\n{g#1}: ok, ping me when it's klart",
    "Thesis defence / Disputation: {F#1}, {DATE}, {TIME}, {ROOM}, {A}. Opponent: Dr {P}, {UNIEN}. Zoom: {ZOOM}. Contact: {P}.",
    "Handledningsavtal / supervision agreement\nDoktorand: {P#1}, {PNR}\nAdress: {A}\nMain supervisor: {P}\nCo-supervisors: {P}, {P}\nSigned {DATE}",
    "Hej! Quick question: får {P:m} vara examinator om han är co-author med min handledare {S}? /{G}",
    "Meeting notes {DATE}: {G#1}, {G#2}, {P} och {G}. Ring {PHM} om ni blir sena. Action points: {G#1} fixar the stats, {G#2} skriver introduction, deadline {DATE}.",
    # Registration and exams
    "Registrering på {COURSE} / Registration: {R}, {R} och {R} saknas fortfarande i Ladok. Please contact {EF}.",
    "Re-exam / omtenta {DATE} kl. {SPAN} i {ROOM}, {ST}. Examiner {I} is reachable on {PH} during the exam. Anmäl dig senast tio dagar innan.",
    "Hej {G#1}, your request for anpassad examination is approved. Du skriver i ett separat rum på {ST}. Questions? Ring {P} på {PHL}.",
    "Tentavakter {DATE}: {P}, {P}. Chief invigilator: {P} ({PHM}). Nyckel till {ROOM} hämtas i receptionen, {A}.",
    "{g#1}: anyone know where {ROOM} is?\n{g#2}: it's on {a} i källaren haha\n{g#1}: tack {g#2}!!",
    "Kursutvärdering {COURSE}: {PCT} response rate. Course coordinator {P} will present results; kursrepresentanter {G} och {G}.",
    "Dear students,\nföreläsningen på {DAY} är inställd since {P} is sick. {Gi} takes the seminar instead, same room {ROOM}.\n/{G}",
    # Housing
    "Hi! I'm looking for a room i Flogsta eller Rackarberget from {DATE}. Budget {RENT}. Ring/text {PHM} or mail {E#8}. /{G#8}",
    "Hyresavtal / Rental agreement\nTenant / Hyresgäst: {P#1}\nPersonnummer / ID: {PNR}\nAddress: {STUL}\nRent: {RENT} per month\nLandlord: {P}, {PH}",
    "{g#1}: my new address är {a}, send me the IKEA stuff there\n{g#2}: omg nära mig! I'm on {a}\n{g#1}: neighbours 🙌",
    "Felanmälan / Maintenance request {REF}: the fridge is broken i {STU}. Contact: {P}, {PHM}.",
    "Korridorsmöte / corridor meeting: {G#1}, {G#2}, {G} och {Gi}. Cleaning schedule: {N#1} this week, sen {G#2}. Please don't leave dishes i köket!",
    "Hi {G#1}, din plats i bostadskön har gått ut. You had {QUEUE} queue days. To reactivate, log in with {E#1} or call {PHL}. /Housing Office",
    "Andrahandsuthyrning / Sublet: {P#1} hyr ut {STU} till {P} under {TERM}. Approved by {P}, Studentbostäder.",
    "Inflyttning! Moving into {STUL} on {DATE}. Can anyone help? Pizza och öl utlovas. Call {G} at {PHM}",
    # Research groups and grants
    "Hej allihop! Welcome to our new postdoc {F#1} från {UNIEN}. {G#1} sitter i rum {NUM} and can be reached on {PHL} / {E#1}.",
    "Group meeting i morgon kl. {TIME}: {G} presenterar the pilot, {G} tar journal club. @{G} kan du boka {ROOM} på {ST}?",
    "PI: professor {P}, {UNI}. Co-PIs: {P} ({UNIEN}) och {P}. Postal address: {BOX}. Budget {AMT}. Ethics {DNR}. ORCID {ORCID}.",
    "Från: {P#1} <{E#1}>\nÄmne: Re: data sharing agreement\n\nHi {G}, juristen {P} har tittat på avtalet. Send the signed copy to {BOX}.\n/{G#1}, {PHM}",
    "Reseräkning / travel claim: {P#1}, {PNR}, conference in {TOWN}, flight {AMT}. Hemadress: {A}. Approved by {P}.",
    "Fieldwork contacts: {P} ({PHX}), {P} ({PHX}), local guide {G} ({PHX}). Hotel: {AX}.",
    "Intervjuperson sökes! We're looking for students to interview about studying abroad. Contact {P#8} på {E#8} or {PHM}.",
    "Hi {G}! Vi flyttar labbet till {A} next month. Packing list from {G}; {P} handles the freezers. Any questions, ring {PHL}.",
    "Out of office: Jag är på konferens till {DATE}. For urgent matters contact {P#8} ({E#8}) or the department, {PHL}.",
    # Conferences
    "Registration confirmed! {P#1}, {UNI}. Specialkost: vegetarian. Invoice address / fakturaadress: {BOXL}. Referens: {S#1}.",
    "Konferensmiddag at {A}, table plan: {P} och {P} at table 2; keynote speaker {P} sits at table 1.",
    "Session chair {P} introduces {P} ({UNIEN}). {Gi} kunde tyvärr inte komma, so {I} presents instead.",
    "Dear {G#1},\nwe'd be delighted if you could give a keynote på vår workshop i {UNITOWN}. Travel: {P#8} ({E#8}) books flights. Hotellet ligger på {A}.\nVänliga hälsningar, {P}",
    "Visa letter: we hereby invite {F#1} to present at our conference in {UNITOWN} on {DATE}. Host: professor {P}, {BOX}, {PHL}.",
    # Student life and signatures
    "Med vänliga hälsningar / Best regards\n{P}\nStudy Counsellor / Studievägledare\n{UNI}\n{BOXL}\nPhone: {PHL}\n{EF}",
    "Kåren / Student Union board: chair {P}, vice chair {P}, treasurer {P}. Contact us at {EF} eller {PHL}, or visit kårhuset på {ST}.",
    "{g}: vem har {gs:f} nycklar?? she's locked out at {a}\n{g}: jag! coming in 10",
    "Recommendation letter: {P#1} har varit min student i {COURSE} and I recommend {G#1} without reservation.\n{P}, Senior Lecturer, {UNI}\n{BOXL}\n{PHL}",
    "Lost & found / hittegods: {P'} laptop was found in {ROOM}. Hämtas hos {P}, reception, {ST}.",
    "Alumni: {P#1} (examen {YEAR}) now lives at {AU}. Kontakt: {E#1}, {PHUK}.",
    "Ansökan om examensbevis / Degree application\nName: {P}\nPersonnummer: {PNR}\nPhone: {PHM}\nPostal address: {COL}",
    "Studenthälsan: {Gs} appointment is moved to {DATE} kl. {TIME}. Frågor? Ring {PHL} eller kom förbi {ST}. /{P}",
    "Paket till {P}: please leave it at {STU}, inte i receptionen.",
    "Nya lokaler! The department has moved to {A}. Reception: {PHL}.",
    "Shuttle bus från {ST} to the conference venue at {AX}, departs {TIME}.",
    "{g}: im at {a} rn, kom förbi?",
    "Address for the signed contract / adress för avtalet: {BOXL}",
    "Hej! My new address är {A}, please update Ladok. /{P}",
    "Honorary doctorate / hedersdoktor: {F#1} ({PNRX}), past a hundred and still publishing. Taxi hämtar {G#1} på {A}; contact {P}, {PHL}.",
)

# Rows with no value at all, each used once: the genre's look-alikes.
NEGATIVES = (
    (
        "sv",
        "Anmälningskod {KOD}: sista ansökningsdag {DATE}. Urvalsgrupper BI, BF och HP. Meritvärde {MERIT} räckte för antagning i första urvalet.",
    ),
    (
        "sv",
        "Tentamen i {COURSE}, {HP}, skrivs {DATE} kl. {SPAN} i {ROOM}. Anonymitetskod {CODE} ska stå på varje blad. Hjälpmedel: miniräknare.",
    ),
    (
        "sv",
        "Klara, färdiga, gå! Nu öppnar anmälan till {TERM}. Den som vill klara tentan bör börja läsa i god tid.",
    ),
    (
        "sv",
        "Per termin läser en heltidsstudent 30 hp. Per kurs gäller minst 40 procents närvaro på seminarierna.",
    ),
    (
        "sv",
        "Ros och ris: studenterna gav kursen {SCORE} av 100. Mest ris fick kurslitteraturen, mest ros fick laborationerna.",
    ),
    (
        "sv",
        "Bo i korridor första året! Studentbostäder har {QUEUE} lediga rum i {UNITOWN} och kötiden är kortare än du tror.",
    ),
    (
        "sv",
        "Diarienummer {DNR}. Ärendet gäller ombyggnad av {ROOM}. Beslut fattat av fakultetsnämnden {DATE}.",
    ),
    (
        "sv",
        "Hyran för ett korridorsrum är {RENT} per månad inklusive el. Depositionen är {AMT}. Betala till bankgiro {BG} med OCR {OCR}.",
    ),
    (
        "sv",
        "CSN betalar ut studiemedel den 25:e varje månad. Kontrollera att du är registrerad i Ladok innan {DATE}.",
    ),
    (
        "sv",
        "Björk, lind och sten: exkursionen i {COURSE} börjar vid entrén till Geocentrum kl. {TIME}. Ta med lupp och fältbok.",
    ),
    (
        "sv",
        "Studentkåren, Akademiska Hus och Studentbostäder bjuder in till möte om campusutvecklingen i Aulan {DATE}.",
    ),
    (
        "sv",
        "Ultuna, Frescati och Valla: här ligger campusområdena. Bussarna går var tionde minut från centralstationen.",
    ),
    (
        "sv",
        "Alma mater firar {NUM} år! Högtiden hålls i Universitetshuset den {DATE} kl. {TIME}. Klädsel: mörk kostym.",
    ),
    ("sv", "Zoom-ID {ZOOM}, lösenord {NUM}. Seminariet börjar kl. {TIME}. Kamera på, mikrofon av."),
    (
        "sv",
        "Vetenskapsrådet, Formas och Vinnova har öppnat sina utlysningar. Ansökningar över {AMT} kräver medfinansiering.",
    ),
    ("sv", "Mark och miljö: kursen {COURSE} ger {HP} och läses på halvfart under {TERM}."),
    (
        "sv",
        "Maj i Lund betyder tentaplugg och picknick i Lundagård. Sista april firas valborg i {UNITOWN} på riktigt.",
    ),
    ("sv", "Fakturanummer {REF}, org.nr {ORGNR}. Belopp att betala: {AMT}. Förfallodag {DATE}."),
    (
        "sv",
        "Lektor, docent och professor: så ser karriärvägen ut. Prefekten och dekanen beslutar om befordran.",
    ),
    (
        "sv",
        "Migrationsverket behöver ett antagningsbesked och ett bevis på försörjning om {AMT} för uppehållstillstånd för studier.",
    ),
    (
        "sv",
        "Skrivsalen i Uppsala ligger nära resecentrum. Ta buss 4 mot Gottsunda och stig av vid hållplatsen Bergsbrunna.",
    ),
    (
        "sv",
        "Vår termin börjar {DATE}. Under vårterminen har biblioteket öppet kl. {TIME}–22.00 alla vardagar.",
    ),
    (
        "sv",
        "Kursplan {COURSE}, fastställd {DATE}, {DNR}. Betygsskala: U, G, VG. Förkunskapskrav: {HP} i matematik.",
    ),
    ("sv", "Sal 2001 är bokad {DAY} mellan {SPAN}. Projektorn i sal 2002 är trasig, ärende {REF}."),
    (
        "sv",
        "Liv och hälsa är temat för årets forskarfredag. Ett hundratal forskare visar sina projekt i Humanisthuset och på torget utanför.",
    ),
    (
        "sv",
        "Nationerna i Uppsala: Stockholms nation, Norrlands nation, Östgöta nation och Gotlands nation har gasque på lördag.",
    ),
    (
        "en",
        "Application number {REF}. Deadline {DATEEN}. Tuition fee {USD} per year; application fee {USD} (non-refundable).",
    ),
    (
        "en",
        "Will the grace period for the fees apply? Yes: the Dean's list is published after the grace period ends on {DATEEN}.",
    ),
    (
        "en",
        "Mark scheme for {COURSEEN}: 70+ first class, 60–69 upper second, 50–59 lower second. Marks are released on {DATEEN}.",
    ),
    (
        "en",
        "Reading week starts {DATEEN}. No lectures are held; the library in {ROOMEN} stays open until {TIME}.",
    ),
    ("en", "ORCID {ORCID}, DOI {DOI}, ISBN {ISBN}. Please cite the dataset, not the preprint."),
    (
        "en",
        "The May Ball is on {DATEEN}. Tickets cost {GBP}; Summer School runs from June to August.",
    ),
    ("en", "Frank feedback is welcome: rate {COURSEEN} from 1 to 5. Response rate so far: {PCT}."),
    ("en", "Bill the department, not the student: invoice {REF}, cost centre {NUM}, amount {GBP}."),
    (
        "en",
        "UCAS course code C800. Entry requirements: AAB at A level, or 34 points in the IB Diploma.",
    ),
    (
        "en",
        "Join Zoom Meeting\nMeeting ID: {ZOOM}\nPasscode: {NUM}\nOne tap mobile is disabled for this session.",
    ),
    (
        "en",
        "Hall of residence fees for {TERMEN}: {GBP} per term, payable in three instalments. The porter's lodge is open 24 hours.",
    ),
    (
        "en",
        "Victorian literature, Bayesian statistics and Euclidean geometry are the most popular electives this {TERMEN}.",
    ),
    (
        "en",
        "Grade distribution: {PCT} A, {PCT} B, the rest C or below. The provost and the registrar will review it on {DAYEN}.",
    ),
    (
        "en",
        "Hope you all survived finals! Patience, grace under pressure and coffee got us through. The next term starts {DATEEN}.",
    ),
    (
        "en",
        "Office of the Registrar, Student Records, counter {NUM}. Opening hours {DAYEN} to {DAYEN}, {TIME} to 4:00.",
    ),
    (
        "en",
        "Lecture Theatre 2 is closed for maintenance; lectures for {COURSEEN} move to Seminar Room 3.02 from {DATEEN}.",
    ),
    (
        "en",
        "Art history, Rose Bowl tickets and the Carol service: the events calendar for December is now online.",
    ),
    (
        "en",
        "Assignment {NUM} is due at {TIME} on {DAYEN}. Late submissions lose 5 marks per day. Word limit: {NUM}0 words.",
    ),
    (
        "mixed",
        "Deadline för abstracts är {DATE}. Max 300 words, format PDF. Notification of acceptance: {DATEEN}.",
    ),
    (
        "mixed",
        "Course code {COURSE}, {HP} / {ECTS}. Examination: written exam och seminarier. Grading scale: U, G, VG.",
    ),
    (
        "mixed",
        "Tuition fee för non-EU students: {AMT} per termin. Application fee {AMT}. Betala senast {DATE}.",
    ),
    (
        "mixed",
        "Zoom-länk till seminariet: meeting ID {ZOOM}, passcode {NUM}. Kom i tid, we start at {TIME} sharp.",
    ),
    (
        "mixed",
        "Ladok-export {DATE}: {NUM} registrerade, {NUM} omregistrerade, {NUM} avbrott. Report ID {REF}.",
    ),
    ("mixed", "Klara tentan med lite hjälp: drop-in study support i {ROOM} every {DAYEN}, {SPAN}."),
    (
        "mixed",
        "Welcome till {UNI}! Campus tour starts at {TIME} outside Studenthuset. Bring your student ID och ett glatt humör.",
    ),
    (
        "mixed",
        "Hyran är {RENT} per month, el ingår. Contract period {TERM}. Deposit {AMT}, paid to bankgiro {BG}.",
    ),
    (
        "mixed",
        "Grant ref {DNR}, budget {AMT}. Horizon Europe, Vetenskapsrådet och Formas are the main funders this year.",
    ),
    (
        "mixed",
        "Summer school i {UNITOWN}: {ECTS}, {DATE}–{DATE}. Accommodation in Flogsta ingår. Apply via {KOD}.",
    ),
    (
        "mixed",
        "Per capita spending on research är högst i Sverige. Source: UKÄ annual report {YEAR}, tabell {NUM}.",
    ),
    (
        "mixed",
        "Room booking: {ROOM} {DAY} {SPAN}, booking ref {REF}. Projektor och whiteboard finns.",
    ),
    (
        "mixed",
        "Print quota: {NUM} sidor per termin. Extra pages cost {AMT}. Skrivarna finns på plan 2 och 3.",
    ),
    (
        "mixed",
        "Dean of Students och prefekten har beslutat: no exams on {DATE} due to the national holiday.",
    ),
    (
        "mixed",
        "Sten, sax, påse to decide who presents first? Nej, we go in alphabetical order by course code.",
    ),
    (
        "mixed",
        "Hot tip: biblioteket har en silent study area on plan 4. Ta med hörlurar, fika är förbjudet.",
    ),
    (
        "mixed",
        "Bachelor's thesis, {HP}: kick-off {DATE} i Aulan. Sign up in Canvas; groups of two or three.",
    ),
)
