# ruff: noqa: E501
"""Templates of held-out FC (issue 15): sports events and races, written for `generate_fc.py`.

Registrations and start lists, results tables with clubs, volunteers' rotas, bib collection,
relay teams, medical and emergency contacts, in Swedish, English and mixed text (Swedish and
English in one text, as Swedes write at work and in their clubs), plus negatives: rows with no
value at all, each used once, full of the genre's look-alikes.

Slots: `{P}` a full name, `{p}` the same in lower case, `{U}` in capitals, `{F}` with a middle
name, `{G}`/`{g}` the given name (lower case), `{N}`/`{n}` its short form where it has one, `{S}`/
`{s}` the surname, `{SU}`/`{GU}` surname or given name in capitals, `{I}` an initial and the
surname, `{Gi}` the given name and the surname's initial, `{R}` `Surname, Given`, `{RU}` `SURNAME,
Given`, `{E}` an e-mail address of the person. A trailing `s` asks for a Swedish genitive, a
trailing `'` an English one (the ending is no part of the value). `#1` names the same person again,
`:f`/`:m` a woman or a man. Every other slot is filled by `generate_fc.py`'s `filler`: addresses
(`A`, `AL`, `AR`, `ARL`, `ST`, `STN`, `STL`, `a`, `BOX`, `CO`, `COL`, `AU`, `AUL`, `au`, `AUS`,
`AUSL`, `AX`, `AXL`), phones (`PH`, `PHM`, `PHL`, `PHF`, `PHUK`, `PHUS`, `PHX`), personnummer (`PNR`,
`PNRO` for someone past a hundred), organisations' e-mail (`EO`), and things that are no value
(`CLUB`, `RACE`, `BIB`, `RT` a result time (`RTMIL`, `RTM` over 10 km and the marathon), `SPL` a split, `CLASS`, `KM`, `SI`, `DATE`, `TIME`, `TR`, `AMT`, `REF`,
`ORDER`, `BG`, `SWISH`, `ORGNR`, `LIC`, `SIZE`, `MED`, `ROLE`, `DOG`, `TOWN`, `DAY`, `NUM`, `MI`, `YEAR`, `YR` and
their English forms).
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
    # registrations and entry forms
    "Anmälan till {RACE} {YEAR}\nNamn: {P#1}\nPersonnummer: {PNR}\nAdress: {A}\nMobil: {PHM}\nE-post: {E#1}\nKlubb: {CLUB}\nKlass: {CLASS}\nNärmast anhörig: {P:f} ({PHM})",
    "ANMÄLNINGSBLANKETT – {RACE}\nEfternamn: {SU#1}\nFörnamn: {GU#1}\nPersonnummer: {PNR}\nAdress: {AL}\nTelefon: {PH}\nKlubb/företag: {CLUB}\nT-shirt: {SIZE}",
    "Anmälan Barnloppet {KM}\nBarnets namn: {P#1}\nPersonnummer: {PNR}\nMålsman: {P#2}, {PHM}, {E#2}\nAdress: {A}\nAllergier: {MED}\nHämtas efter loppet av: {G}",
    "Efteranmälan vid kansliet {DAY}:\n{P}, {A}, {CLUB}, {CLASS}, betalt {AMT}\n{P}, {A}, {CLUB}, {CLASS}, betalt {AMT}\n{P}, {AR}, klubblös, {CLASS}, betalt {AMT}",
    "Anmälan motionsklassen {KM}\nNamn: {P}\nPersonnummer: {PNRO}\nKlass: H100/D100 (motion)\nFöljeslagare under loppet: {P#2}, {PHM}, {E#2}\nAdress: {A}",
    "EFTERNAMN: {SU#1}   FÖRNAMN: {GU#1}   PERSONNR: {PNR}   KLUBB: {CLUB}   KLASS: {CLASS}",
    "Anmälan till Byloppet: {P}, {AR}, tel. {PHL}. Springer för {CLUB} i klass {CLASS}.",
    "Anmäld från utlandet: {P} ({CLUBEN}), {AU}, tel. {PHX}. Betalt {AMT} med kort.",
    "Utländska deltagare, 30 km fristil:\n{P}, {AX}, {PHX}\n{P}, {AXL}, {PHX}",
    "Cupanmälan {CLUB} F12\nLagledare: {P#1}, {PHM}, {E#1}\nTränare: {P}, {PHM}\nSjukvårdsansvarig: {P}\nFakturaadress: {BOX}",
    "Vansbrosimningen {YEAR}\nDeltagare: {P#1}\nFödd: {PNR}\nAdress: {AL}\nSimklubb: {CLUB}\nVåtdräkt: ja\nAnhörig på plats: {P} {PHM}",
    "Funktionärsanmälan\nNamn: {P#1}\nAdress: {A}\nTelefon: {PHM}\nE-post: {E#1}\nÖnskad uppgift: vätskekontroll eller målgång\nT-shirtstorlek: {SIZE}\nKan cykla mellan stationerna: ja",
    "Registreringskort – Ö till ö, lag {NUM}\nLöpare 1: {P}, {PNR}, {PHM}\nLöpare 2: {P}, {PNR}, {PHM}\nGemensam adress: {A}",
    "Anmälan {RACE}, lag {CLUB}\nKontaktperson: {R#1}\nAdress: {BOX}\nTelefon: {PHL}\nE-post: {E#1}",
    "Medlem sedan {YR}: {P}, {STL}. Licensnummer {LIC}, mobil {PHM}.",
    # start lists and results
    "Startlista {CLASS}, {RACE}\n{BIB} {R} {CLUB}\n{BIB} {R} {CLUB}\n{BIB} {R} {CLUB}\n{BIB} {R} {CLUB}",
    "Resultat {CLASS} {KM}\n1. {P} {CLUB} {RT}\n2. {P} {CLUB} {RT}\n3. {P} {CLUB} {RT}\n4. {P} {CLUB} {RT}\nEj start: {P}",
    "RESULTAT HERRAR {KM}\n1 {U:m} {CLUB} {RT}\n2 {U:m} {CLUB} {RT}\n3 {U:m} {CLUB} {RT}",
    "Eventor – anmälda i {CLASS}\n{R} ({CLUB}) SI {SI}\n{R} ({CLUB}) hyrbricka\n{R} ({CLUB}) SI {SI}",
    "Startlista 30 km klassisk, damer, första start kl. {TIME}\n{BIB} {P:f} {CLUB}\n{BIB} {P:f} {CLUB}\n{BIB} {P:f} {CLUB}",
    "Avbrutit: {R} ({CLUB}), {R} ({CLUB}). Diskvalificerad: {R}, felstämplat vid kontroll 7.",
    "Rättelse av resultatlistan: {P} ({CLUB}) ska stå som trea i {CLASS} med tiden {RT}, inte {P}.",
    "KM i terränglöpning avgjordes i {TOWN}. Snabbast bland damerna var {P:f} på {RT}, före {P:f} och {I:f}. I herrklassen vann {P:m} knappt före {S:m}.",
    "{F} ({CLUB}) vann {CLASS} på {RT} och {Ps} klubbkamrat {P} slutade tvåa.",
    "Kilometertider för {P}: 5 km {SPL}, 10 km {SPL}, 15 km {SPL}, 20 km {SPL}.",
    "Canicross 5 km\n{BIB} {P} med {DOG}\n{BIB} {P} med {DOG}\n{BIB} {P} med {DOG}",
    "Prisutdelningen sker kl. {TIME} vid målet på {ST}. Segrare i {CLASS}: {P} ({CLUB}) och {P} ({CLUB}). Priserna delas ut av {ROLE} {P}.",
    "Vinnare av utlottade startplatser: {P} ({TOWN}), {P} ({TOWN}) och {P} ({TOWN}).",
    "Växlingsområde T1\nplats {NUM}: {P}\nplats {NUM}: {P}\nplats {NUM}: {P}\nCykelkontroll: {I}",
    "Vätternrundan startgrupp {REF}\n{P}, {PHM}\n{P}, {PHM}\nServicebil: {P} ({PH})",
    "Resultat H70\n1 {R:m} {CLUB} {RT}\n2 {R:m} {CLUB} {RT}\n3 {R:m} {CLUB} {RT}\nÄldste startande: {P:m}, född 1925, gick i mål på {RT}!",
    "Namnbyte i startlistan: startnr {BIB} ändras från {P} till {P}. Ny adress: {A}.",
    # bib collection and race information
    "Nummerlappsutdelning {DAY} {TR} på Intersport, {A}. Ta med legitimation. Frågor: {EO} eller {PHF}.",
    "Hej {G#1}!\nDin nummerlapp ({BIB}) kan hämtas {DAY} {TR} på {ST}. Kan du inte komma får en kompis hämta med fullmakt.\nHälsningar {P}, tävlingskansliet",
    "Kvittens: nummerlapp {BIB} och chip hämtade av {P#1} för {Ps#2} räkning. Fullmakt visad. Signerat: {Gi}",
    "Fullmakt\nJag, {P#1}, {PNR}, ger {P#2} rätt att hämta ut mitt startkuvert till {RACE}.\n{DATE}\n{P#1}",
    "Nummerlapp {BIB} borttappad. Ny nummerlapp {BIB} utfärdad till {P} ({PNR}).",
    "Tävlings-PM {RACE}: Parkering på {STN}. Samlingsplats i skolan, {A}. Tävlingsledare {P}, tel. {PHM}.",
    "Påminnelse: {RACE} startar {DAY} kl. {TIME} på {ST}. Startnr {BIB} – {P}. Frågor? Ring tävlingsledare {S} på {PHL}.",
    "Bagageinlämning vid tält 3. Påsen märkt {BIB} tillhör {P}; den hämtades av {G} kl. {TIME}.",
    "Parkering vid {ST}, därifrån 800 m till start. Handikapparkering: kontakta {P} på {PHM}.",
    "Arrangör: {CLUB}, {BOX}. Org.nr {ORGNR}. Kontakt: {P}, {PHL}, {EO}.",
    "Sekretariat: {P}, {PHL}, {EO}\nTävlingsledare: {P}, {PHM}\nBanläggare: {P}\nSjukvård: {P}, {PHM}",
    "Bussen till {RACE} avgår {DAY} kl. {TIME} från {ST}. Bussvärd: {P}, {PHM}. Anmälda: {G}, {G}, {G}, {Gi} och {G}.",
    "Samåkning till {RACE}: {G} kör från {A} kl. {TIME}, plats för tre. Ring {PHM}.",
    # volunteers' rotas
    "Funktionärsschema {DAY}\nVätskekontroll 1 ({KM}): {P}, {G} {PHM}\nMålgång: {P}, {P}\nSjukvård: {P} ({PHM})\nParkering: {Gi}, {Gi}\nAnsvarig: {P} {PHM}",
    "Lördag\n07.00–10.00 Start: {Gi}, {Gi}, {G}\n10.00–13.00 Vätska: {G}, {P}\n13.00–16.00 Mål: {P}, {P}\nRing {G} ({PHM}) om du blir sjuk.",
    "Hej {G#1}! Du är funktionär på {RACE} {DAY}. Samling kl. {TIME} på {ST}. Kontakt på plats: {G} {PHM}. Tack! /{P}",
    "Funktionärer till {RACE}: {R}; {R}; {R}; {R}.",
    "Hej alla funktionärer!\nVi behöver två till vid vätskestationen på {STN}. Anmäl er till mig.\n\n/{P#1}\nFunktionärsansvarig {RACE}\n{PHM} | {E#1}",
    "Stort tack till {P}, {P} och {P} som ställde upp som funktionärer i regnet! Och tack till {Ss} Bygg för lånet av tältet.",
    "Banvakter km 3–8: {P} ({PHM}), {P} ({PHM}). Sopvagn: {G} på cykel.",
    "Speaker vid målet: {P}. Tidtagning: {P} och {I}. Prisbord: {Gs} gäng från {CLUB}.",
    # relay teams
    "Stafettlag {CLUB} 1\nSträcka 1: {P}\nSträcka 2: {P}\nSträcka 3: {P}\nSträcka 4: {P}\nLagledare: {P#1}, {A}, {PHM}, {E#1}",
    "Tiomila, lag 2, sträcka 1–5: {R}, {R}, {R}, {R}, {R}. Reserv: {G}. Logi för laget hos {P}, {AR}.",
    "Ändring i stafettlaget: {P} är skadad och ersätts på sträcka 3 av {P}. Lagledare {S}.",
    "Blodomloppet, lag {REF}: {P}, {P}, {P} och {P}. Lagkapten: {G}, {PHM}.",
    # medical and emergency contacts
    "ICE / Nödkontakt\nDeltagare: {P#1}, startnr {BIB}\nHemadress: {A}\nKontaktperson: {P#2} (sambo)\nTelefon: {PHM}\nE-post: {E#2}\nAlternativ: {PH}\nMedicinsk info: {MED}",
    "Sjukvårdstältet kl. {TIME}: {P#1} (startnr {BIB}, {PNR}) kom in med kramp efter {KM}. Hemadress {A}. Behandlad av sjuksköterska {S}. Anhörig {P} kontaktad på {PHM}.",
    "Händelserapport\nTid: {TIME}\nPlats: vätskekontrollen vid {KM}\nDrabbad: {P} ({PNR})\nÅtgärd: transport till akuten, ambulans larmad via 112.\nRapporterad av: {I}, sjukvårdsgruppen",
    "Medicinsk information (frivillig)\nNamn: {U}\nMediciner: {MED}\nKontakt vid olycka: {P}, {PHM}\nLäkare: dr {S}, {PHL}",
    "Skadeanmälan – idrottsskada\nFörsäkrad: {P#1}, {PNR}\nAdress: {AL}\nTelefon: {PH}\nKlubb: {CLUB}, licensnummer {LIC}\nSkadan inträffade {DATE} under {RACE}.\nVittne: {P}, {PHM}",
    "Obligatorisk utrustning kontrollerad: {P}. ICE-nummer på nummerlappens baksida: {PH}.",
    "Hej, detta är ett automatiskt sms från {RACE}. {P} (startnr {BIB}) har passerat {KM} kl. {TIME}.",
    "Sjukvårdslista {RACE}\n{TIME} {R}, skavsår\n{TIME} {R}, yrsel, fick dryck\n{TIME} {R}, stukad fot, hämtad av {G} ({PHM})",
    "Tävlingsläkare {P#1}, {PHM}, {E#1}. Sjukvårdsgrupp: {P}, {P}, {P}. Vid allvarlig skada ring 112 och därefter {S} på {PHF}.",
    # e-mail, letters and signatures
    "Från: {P#1} <{E#1}>\nTill: {EO}\nÄmne: Efteranmälan {RACE}\n\nHej! Jag vill efteranmäla mig till {KM} i klass {CLASS}. Personnummer {PNR}, adress {A}. Betalar {AMT} via Swish.\nMvh {G#1}\n{PHM}",
    "Hej {G#1},\ntack för din anmälan! Betalningen på {AMT} är registrerad (ordernr {ORDER}). Startbeviset skickas till {A}.\n\nVänliga hälsningar\n{P#2}\nTävlingskansliet, {CLUB}\n{PHL}\n{E#2}",
    "Överlåtelse av startplats\nFrån: {P#1}, startnr {BIB}\nTill: {P#2}, {PNR}\n{AL}\nMobil {PHM}\nAvgift för namnbyte: {AMT}",
    "Hej! Min tid saknas i resultatlistan. Jag heter {P#1}, startnr {BIB}, och gick i mål på ungefär {RT} enligt klockan. Chipet satt på skon.\nMvh {G#1}, {PHM}",
    "Diplom ska skickas till:\n{P}\n{AL}\n\n{P}\n{COL}",
    "Startbeviset skickas till {P} {CO}.",
    "Prispengar betalas ut mot kontrolluppgift. Vi behöver namn, personnummer och adress: {P}, {PNR}, {A}.",
    "Till föräldrarna i P14:\nSamling {DAY} kl. {TIME} vid klubbstugan, {A}. Ta med matsäck. Frånvaro meddelas till {G} ({PHM}) eller mig.\n/{P}, ledare",
    "Avsändare:\n{U#1}\n{AL}\n{PHM}\n{E#1}",
    "Adressändring för medlem {P}: ny adress {STL}. Nytt nummer {PHM}.",
    "Medaljen till {P:f} skickas till {A} eftersom hon fick åka hem före prisutdelningen.",
    "Protokoll från juryn: {P} (startnr {BIB}) får två minuters tidstillägg för nedskräpning utanför langningszonen. Beslut av {ROLE} {S}.",
    "Hyrbricka {SI} utlånad till {P} ({CLUB}). Ej återlämnad – faktura skickas till {ARL}.",
    "Grattis {G#1} till pallplatsen i {RACE}! {Gs#1} tid {RT} är nytt klubbrekord. Hälsningar från alla i {CLUB}.",
    "Ny i löpgruppen: {P#1:f}. Hon bor på {ST} och kan samåka från centrum. Nås på {PHM} eller {E#1}.",
    "{P} har anmält sig till {KM} i {RACE}.",
    "Startnummer {BIB}: {R}, {CLUB}, {CLASS}.",
    "Ring {G:m} på {PHM} om du vill köpa hans startplats till {RACE}!",
    # chat
    "{g#1}: kan nån hämta min nummerlapp? jag hinner inte före 18\n{g}: jag tar den, vilket startnummer?\n{g#1}: {BIB}, står på {s#1}",
    "{g}: såg du att {g:f} sprang under 40 på milen?? {RTMIL}!!\n{g}: jaa sjukt, hon bor ju typ på {a} så hon kör elljusspåret varje kväll",
    "{g}: vem springer sista sträckan i stafetten?\n{g}: {n:f} sa att hon kunde\n{g}: ok jag skriver upp henne. @{g} du tar första?",
    "{g}: vad är adressen till klubbstugan?\n{g}: {a}\n{g}: tack!!",
    "tack {g}! ses vid starten 😊",
    "{g}: vem är {p:f}? hon står som min partner i mixedstafetten\n{g}: nyinflyttad, springer för {CLUB}",
    "{Gs:m} mamma har anmält honom till barnloppet, kan nån ta med honom från {ST}?",
    "Hej {N}! Kan du stå vid varvningen med vatten? Kram {G}",
    "{g}: lånade ut mina spikskor till {gs} lillebror, hoppas jag får tillbaka dem före DM 😅",
    "{g}: bussen går från {a} kl 6, inte 7!!\n{g}: tack, säger till {g} också",
    "Adresslista, diplom och medaljer\n{R}, {A}\n{R}, {A}\n{R}, {AR}\n{R}, {STL}",
    "Medlemsregister {CLUB} (utdrag)\n{R}, {A}, {PH}\n{R}, {A}, {PH}\n{R}, {BOX}, {PHL}",
    "Hämtställen för nummerlappar: Löplabbet, {A}; Stadium, {A}; klubbstugan, {AR}.",
    "Målgången ligger på {STN}. Efteranmälan och nummerlappar i sporthallen, {ST}, och dusch i simhallen på {ST}.",
    "Tävlingscentrum:\n{AL}\nSjukvård finns i tält vid målet. Vakthavande: {P}, {PHM}.",
    "Boende för tävlande från {CLUB}: {P} och {P} bor hos {P}, {A}. {G} sover på {ARL}.",
    "{g}: var ligger stugan ni hyrt inför loppet?\n{g}: {a}, nyckeln hos grannen {s}\n{g}: toppen",
    "Utskick av startkuvert, lista 3:\n{P}\n{AL}\n\n{P}\n{AL}\n\n{P}, {A}",
    "Anmälda funktionärer med adress:\n{R#1}, {A}, {PHM}, {E#1}\n{R#2}, {STL}, {PHM}, {E#2}",
    "Klubbens lokaler: kansliet på {A}, förrådet på {ST} och klubbstugan på {AR}.",
    "Efteranmälan: {P}, {A}, {PNR}, {PHM}, {CLASS}.",
    "Årets ledare i {CLUB}: {F}. Årets junior: {F}. Årets funktionär: {F} ({G} har inte missat ett lopp sedan 2009).",
    "Minnesord: {F#1} har lämnat oss. {G#1} var med och startade {RACE} och stod vid vätskekontrollen i trettio år.",
    "Startnummer {BIB} ({P}) och {BIB} ({P}) har bytt startled. Vår nya kassör ({P}) nås på {PHM}.",
    "{n}: har nån sett {gs} vattenflaska? blå, står {s} på den\n{g}: ligger i bilen",
    "Hedersstartande i Seniorloppet: {P}, {PNRO}, {AR}. Ledsagare {P}, {PHM}.",
    "Ny adress för utskick: {P}, {CO}. Tidigare adress: {A}.",
    "Deltagarlista, Sommarmilen:\n{U}, {A}, {PNR}\n{U}, {A}, {PNR}\n{U}, {AL}, {PNR}",
)

EN = (
    # registrations and entry forms
    "Entry form – {RACEEN}\nName: {P#1}\nDate of birth: {DATEEN}\nAddress: {AUL}\nMobile: {PHUK}\nEmail: {E#1}\nClub: {CLUBEN}\nEA number: {LIC}\nEmergency contact: {P} ({PHUK})",
    "Registration confirmed!\nParticipant: {P#1}\nAddress: {AUS}\nPhone: {PHUS}\nEmail: {E#1}\nEmergency contact: {P}, {PHUS}\nShirt size: {SIZE}\nOrder #{ORDER}",
    "Parent consent – junior entry\nChild: {P#1}\nParent/guardian: {P#2} ({PHUK}, {E#2})\nHome address: {AU}\nMedical: {MED}\nCollected after the race by: {G}",
    "Volunteer sign-up\nName: {P#1}\nAddress: {AUS}\nPhone: {PHUS}\nEmail: {E#1}\nRole: aid station 3\nT-shirt: {SIZE}",
    "SURNAME: {SU#1}\nFIRST NAME: {GU#1}\nADDRESS: {AUL}\nTEL: {PHUK}\nCLUB: {CLUBEN}",
    "International entries: {P}, {AX}, {PHX}; {P}, {AXL}, {PHX}",
    "Entry from Sweden: {P}, {A}, {PH}. Club: {CLUB}.",
    "Team entry – road relay\nCaptain: {R#1}\nAddress: {AUS}\nPhone: {PHUS}\nEmail: {E#1}",
    # start lists and results
    "Start list – {CLASS}\n{BIB} {R} {CLUBEN}\n{BIB} {R} {CLUBEN}\n{BIB} {R} {CLUBEN}\n{BIB} {R} {CLUBEN}",
    "Results, club {KM} championship\n1 {P} ({CLUBEN}) {RT}\n2 {P} ({CLUBEN}) {RT}\n3 {P} ({CLUBEN}) {RT}\n4 {P} ({CLUBEN}) {RT}",
    "Age-group winners: F40 {P:f} {RT}; M40 {P:m} {RT}; F50 {P:f} {RT}; F60 {I:f} {RT}",
    "DNF: {R} ({CLUBEN}); DNS: {R}, {R}; DQ: {R} (cut the course at CP4).",
    "Correction: the F35 winner was {P#1:f}, not {P#2:f}. Apologies to both {G'#1} and {G'#2} families.",
    "Lane draw, 400m heat 2: 3 {P} 4 {P} 5 {P} 6 {P}",
    "Congratulations to {F}, {CLUBEN}, who won the V50 race in {RT}. {G'} training partner {P} was third.",
    "{P} set a course record of {RT}, breaking {P'} mark from 2019.",
    "Swim wave 3 (10:40): {R}; {R}; {R}",
    "Transition rack {NUM}: {P}, {P}, {P}",
    "Fell race checkpoint log: {I} {TIME}, {I} {TIME}, {P} {TIME} (retired, walked down with the sweeper)",
    "Boston qualifiers from the club: {P} {RTM}; {P} {RTM}; {P} {RTM}",
    "Selected for the inter-counties cross country: {P} ({CLUBEN}), {P} ({CLUBEN}) and {P} ({CLUBEN}).",
    "RESULTS – MEN'S 10K\n1 {U:m} {RTMIL}\n2 {U:m} {RTMIL}\n3 {U:m} {RTMIL}",
    "Waiting list update: places released to {R}, {R} and {R}.",
    # bib collection and race information
    "Bib collection: {DAYEN} {TR} at Runners Need, {AU}, or on race morning from {TIME}. Questions? {EO} / {PHUK}",
    "Dear {G#1},\nyour entry for the {RACEEN} has been received. Your bib number is {BIB}. Please fill in the emergency contact on the back. Race packs go out by post to {AUL}.\nRegards,\nEntries Team\n{EO}",
    "Ride-share to {RACEEN}: {G} is driving from {AUS}, leaving at 5am, two seats left. Text {PHUS}.",
    "Club night: {P:f} will talk about her first hundred-miler. Meet at the clubhouse, {AU}, 7.30pm.",
    "Pacers for the 2-hour group: {G} and {G}. Find them by the yellow flags.",
    "Please send my race pack to: {U}\n{AUL}",
    "Mail checks payable to {CLUBEN}, c/o {P}, {AUS}.",
    "Cheques to: {CLUBEN} treasurer, {P}, {AUL}",
    "Lost property: a blue jacket was handed in at the finish. Owner {P} collected it from {AU}.",
    # volunteers' rotas
    "Marshals' rota\n08:00–10:00 Car park: {P}, {P}\n10:00–12:00 Mile 3: {Gi}, {G}\nSweeper: {P} ({PHUK})\nFirst aid: British Red Cross",
    "parkrun volunteer roster\nRun director: {P}\nTimekeeper: {P}\nBarcode scanning: {Gi}, {Gi}\nTail walker: {P}\nMarshals: {G} and {G}",
    "Hi {G#1},\nthanks for volunteering at the water station at mile {MI}. Please arrive by {TIME} at {AU}. Your captain on the day is {P} ({PHUK}).\nCheers,\n{G}",
    "Thanks to {S} & Sons Builders, {AU}, for the loan of the gazebo, and to {P'} bakery for the cakes.",
    "Minutes: {P} proposed moving the club 10K to {DAYEN} and the start to {AU}; seconded by {I}. {S} to contact the council.",
    "Coach {S} reminded everyone that {N} and {G} still owe their entry fees.",
    # relay teams
    "Relay teams – {CLUBEN}\nTeam A: {P}, {P}, {P}, {P}\nTeam B: {P}, {I}, {P}, {Gi}\nKit to be collected from {P#1}, {AU}, by Friday ({E#1}).",
    "Twin Cities relay, leg order: {G}, {G}, {G}, {G}, {G}. Van driver: {P} ({PHUS}).",
    # medical and emergency contacts
    "Medical log, {TIME}: runner {BIB} ({P}) collapsed at mile 20; treated by Dr {S}; taken to hospital. Next of kin {P} (home: {AUS}) informed on {PHUS}.",
    "Emergency contact card\nName: {U}\nHome: {AUSL}\nAllergies: {MED}\nContact: {P} – {PHUS}\nPhysician: Dr. {S}, {PHUS}",
    "Insurance claim: injured participant {P}, {AUS}, {PHUS}. Witness: {P}, {AUS}, {PHUS}.",
    "{P} (bib {BIB}), {AX} – emergency contact {P}, {PHX}",
    "Our thoughts are with {P#1:f}, who was taken ill after the finish; {G#1} is recovering well, says {G'#1} husband {G:m}.",
    "Medical team: lead {P} ({PHUK}); paramedics {P} and {P}; physio tent run by {G} from {CLUBEN}.",
    # e-mail, letters and signatures
    "From: {P#1} <{E#1}>\nTo: {EO}\nSubject: Transfer of place\n\nHello, I can no longer run and would like to transfer my place (bib {BIB}) to {P}, {AU}. Happy to pay the {GBP} fee.\nBest,\n{G#1}",
    "Thanks for your help today!\n\n{P#1}\nRace Director, {RACEEN}\n{PHUK}\n{E#1}",
    "Please send my medal to {P#1}, {AUL}. I had to leave before the ceremony. Thanks, {G#1}",
    "{U}\n{AUSL}\nTel {PHUS}",
    # chat
    "{g}: anyone picking up bibs tonight?\n{g}: i can, text me your numbers\n{g}: {BIB} for me and {BIB} for {g}",
    "{g}: whats the address for the start?\n{g}: {au}\n{g}: cheers",
    "hey {g}, just saw your 10k split – {SPL}!! go go go",
    "Text from {G}: 'at the med tent, twisted ankle, all fine, can you grab my bag?'",
    "{g}: is {p} running with us on sunday?\n{g}: yep, {n:f} said she'd meet us at the car park",
    "Packet pickup: Fleet Feet, {AUS}, on Friday {TR}, or at the expo hall, {AUS}. Bring photo ID.",
    "Race HQ:\n{AUL}\nBag drop at the leisure centre, {AU}. Finish on {AU}.",
    "Address list for trophies:\n{R}, {AU}\n{R}, {AUS}\n{R}, {AX}\n{R}, {A}",
    "{g}: where are we staying for the ultra?\n{g}: airbnb at {au}\n{g}: nice, {g} is driving",
    "Entries by post to: Entries Secretary, {AUL}. Late entries on the day at the village hall, {AU}.",
    "Course: start on {AU}, finish outside the leisure centre, {AU}. Parking at {AU} (pay and display).",
    "Packet mailing list:\n{R}, {AUS}\n{R}, {AUSL}\n{R}, {AUS}",
    "Club awards: Runner of the Year {F}; Most Improved {F}; Volunteer of the Year {F#1} ({N#1} to all of us).",
    "Bib {BIB} ({P}) and bib {BIB} ({P}) were swapped at the start; results corrected. Thanks to {N} for spotting it.",
    "Host families for the visiting juniors: {P}, {AU}, {PHUK}; {P}, {AU}, {PHUK}; {P#3}, {AUL}, {E#3}.",
)

MIXED = (
    # registrations and entry forms
    "Registration – {RACE} {YEAR}\nName: {U#1}\nPersonnummer: {PNR}\nAddress: {AL}\nEmergency contact: {P}, {PH}",
    "Please register med personnummer: {P#1}, {PNR}, {A}, {E#1}",
    "Volunteer sign-up\nNamn: {P#1}\nMobil: {PHM}\nEmail: {E#1}\nRole: vätskestation\nT-shirt: {SIZE}",
    "Hej! Jag har en friend från UK som vill springa: {P:f}, {AU}, {PHUK}. Kan hon efteranmäla sig?",
    "Entries from abroad: {P}, {AXL}, {PHX}",
    "{P} (utländsk deltagare) {AX} {PHX} – anmäld till 42 km.",
    "Vår amerikanska gäst {P} bor på {AUS} – contact {PHUS}.",
    "NAME: {U} CLUB: {CLUB} CLASS: {CLASS} BIB: {BIB}",
    "Transfer request: startplats {BIB} från {P} till {P#2} ({PNR}, {E#2}). Fee {AMT} betald via Swish.",
    # start lists and results
    "Startlista / Start list {CLASS}\n{BIB} {R} {CLUB}\n{BIB} {R} {CLUB}\n{BIB} {R} {CLUB}\n{BIB} {R} {CLUB}",
    "Results {KM}, {CLASS}: 1. {P} ({CLUB}) {RT}, 2. {P} ({CLUBEN}) {RT}, 3. {P} ({CLUB}) {RT}",
    "Age group F45: {P:f} ({CLUB}) {RT}; {P:f} ({CLUB}) {RT}; {Gi:f} ({CLUB}) {RT}",
    "{P} from {CLUBEN} och {P} från {CLUB} shared the win – same time, {RT}!",
    "Hi {G}, tyvärr blev det fel i result list – din tid {RT} har lagts på {P} by mistake. Fixing now.",
    "Waitlist: {R}, {R}. Confirmed: {R}.",
    "{Gs} splits: 5k {SPL}, 10k {SPL}, 15k {SPL} – pers!! 🎉",
    # bib collection and race information
    "Hej {G}! Your bib number is {BIB}, hämta den på {ST} på {DAY}. Ring {PHM} om något strular. /{G}",
    "Bib pickup: {DAY} {TR} at Stadium, {A}. Glöm inte ID!",
    "Team bus leaves från {ST} kl. {TIME}. Driver: {P} ({PHM}). Passengers: {R}, {R}, {R}.",
    "Invoice till {CLUB}, {BOX}. Att: {P}. Ref {REF}, amount {AMT}. E-faktura till {EO}.",
    "Skicka scorecards till {CLUB}, {BOX}, att. {P}.",
    "Deliver to:\n{P}\n{COL}",
    "Send the medal till {P} {CO}, please.",
    "Accommodation for the elite runners: {P} ({PHX}) och {P} ({PHX}) bor på hotellet, {A}.",
    "Lost & found: hittade en Garmin vid målet. Owner {G}? Contact {P} på {PHM}.",
    "Trail run start vid {AR}. Parking hos {P}, {PHL}.",
    "Cykelklubbens summer camp: {P} har nytt nummer {PHM} och ny adress {STL}.",
    "{P}, {A}, {PH} – paid. {P}, {A}, {PH} – not paid.",
    # volunteers' rotas
    "Volunteer rota / Funktionärsschema\nStart: {P}, {P}\nVätska km 5: {P}, {Gi}\nFirst aid: {P} {PHM}",
    "Hi {G#1}, du står som sweeper på {RACE}. Meet at {A} 08.30. Thanks! /{P}, volunteer coordinator",
    "Meeting notes: {G} fixar sponsorer, {G} tar social media, {P} ansvarar för medical tent ({PHM}). Next meeting hos {G#1}, {A}.",
    "Tack för idag everyone! Special thanks till {P} and {P} för sjukvårdstältet.",
    "Pacers / farthållare: 1:45 {G}, 1:50 {G}, 2:00 {G} & {G}",
    "Coach {S} says att {G} behöver nytt licensnummer before SM.",
    # relay teams
    "Från: {P#1} <{E#1}>\nTo: {EO}\nSubject: Anmälan stafett\n\nHi, vi vill anmäla ett lag: {P}, {P}, {P} och jag. Team name: {CLUB} 2. Kontakt: {PHM}.\nThanks, {G#1}",
    'Relay team "Snabba Sniglar": leg 1 {G}, leg 2 {G}, leg 3 {Gi}, leg 4 {G}. Lagledare {P}, {PHM}.',
    "Update: {P} has withdrawn (skadad). Reserv {P} springer sträcka 3 istället.",
    "Ultra trail 100 km: crew for {P}: {P} ({PHM}) och {P} ({PHX}).",
    # medical and emergency contacts
    "Emergency contact (ICE): {P}, {A}, {PH}. Medicinsk info: {MED}. Personnummer: {PNR}.",
    "Medical: runner {BIB} ({P}, {A}) fick hypotermi after the swim, värmdes upp i tältet. Anhörig: {P} {PHM}.",
    "Incident report: {P} ({PNR}) föll vid {KM}, possible fracture. Ambulance called (112). Reported by {ROLEEN} {S}.",
    "Kit check at start: {I} ok, {I} ok, {Gi} missing headlamp, {P} ok.",
    "Prize money transfer: {P}, {PNR}, winner of {CLASS}. Skicka kontrolluppgift till {A}.",
    # e-mail, letters and signatures
    "Kontaktlista / Contact list\n{R#1}, {A}, {PHM}, {E#1}\n{R#2}, {A}, {PHM}, {E#2}\n{R#3}, {AU}, {PHX}, {E#3}",
    "Best regards / Vänliga hälsningar\n{P#1}\nRace Director | Tävlingsledare, {CLUB}\n{PHM}\n{E#1}",
    "Re: startled\n{G#1} skrev: Can I move to startled B? Jag sprang {RT} förra året.\nSvar: Sure, fixed! /{G}",
    # chat
    "{g}: any1 got extra säkerhetsnålar? 😂\n{g}: yes, har i bilen på {a}\n{g}: legend",
    "{g}: who is {p}?? står som vår fjärde löpare\n{g}: my colleague, snabb som fan",
    "hej {g}! u ok? såg att du bröt vid 30k",
    "{N} och {N} ska köra kids race, can someone pick them up från {ST}?",
    "@{g} can you bring the start list? och glöm inte {Gs} nummerlapp",
    "Adresser för medals / addresses:\n{R}, {A}\n{R}, {AL}\n{R}, {AU}",
    "Start area är vid {ST}, finish vid {STN}. Parking: {A}. Questions till {P} ({PHM}).",
    "{g}: where do we meet imorgon?\n{g}: utanför {a}\n{g}: ok 07.15!",
    "Utskick / mailing: {P}, {A}; {P}, {AU}; {P}, {AX}",
    "Bib pickup locations: Stadium, {A}; Löplabbet, {A}; race office, {BOX}.",
    "Årets löpare / Runner of the year: {F} ({CLUB}). Runner-up: {F}.",
    "@{g} och @{g}: bussen går 06.00, don't be late! /{n}",
    "Honorary starter / hedersstartande: {P}, personnummer {PNRO}, {A}. Escort: {P} ({PHM}).",
    "Host for the Norwegian team: {P}, {AR}. Their coach {P#2} har nummer {PHX}, {E#2}.",
)

# Rows with no value at all, each used once: the genre's look-alikes and no personal data.
NEGATIVES = (
    (
        "sv",
        "Startnummer 1234–1899 hämtas i tält B. Efteranmälan stänger kl. 18.00. Anmälningsavgift 350 kr per person, 150 kr för barn.",
    ),
    (
        "sv",
        "Resultat H45 10 km: segrartiden 34.12, snittfart 3.25 min/km. 412 startande, 398 i mål.",
    ),
    (
        "sv",
        "Ordernummer 2027-55013. Betalning 695 kr mottagen via Swish 123 456 78 90. Kvittot skickas automatiskt.",
    ),
    (
        "sv",
        "Vi springer längs stigen mot Björkön, korsar bron vid Strömmen och går i mål på Stadion.",
    ),
    (
        "sv",
        "Ring 112 vid nödsituation. Vid lindriga skador finns sjukvårdstältet vid målet, och 1177 svarar dygnet runt.",
    ),
    (
        "sv",
        "Svenska Friidrottsförbundet har godkänt banan. Mätningen gjordes enligt World Athletics regler med kalibrerad cykel.",
    ),
    (
        "sv",
        "Vätskekontroller vid 5, 10, 15 och 20 km. Sportdryck, vatten och banan. Toaletter vid varje station.",
    ),
    (
        "sv",
        "Klubbens bankgiro 5123-4567. Organisationsnummer 802412-3456. Ange referens 31 vid betalning.",
    ),
    ("sv", "Banan går genom Slottsskogen, förbi Delsjön och upp mot Skatås. Totalt 180 höjdmeter."),
    (
        "sv",
        "Lördag: 10 km start 11.00, halvmaraton 12.30. Söndag: barnlopp 09.00–11.00. Prisutdelning 15.00 på torget.",
    ),
    (
        "sv",
        "Tidtagningen sköts med chip i nummerlappen. Chip-id 0044 7712 är inte kopplat till någon deltagare.",
    ),
    (
        "sv",
        "Sten, grus och rötter – ta rejäla skor! Vid regn blir stigen hal, och i backen upp mot Björnberget behövs stavar.",
    ),
    ("sv", "Ärendenummer 2027/0412-3 gällande bidrag från Riksidrottsförbundet är avslutat."),
    ("sv", "SI-pinne 2083415, hyrbricka nr 77. Förlorad bricka debiteras med 600 kr."),
    (
        "sv",
        "Efter målgång: medalj, banan och dryck. Ombyte i sporthallen, duschar finns. Bagaget hämtas vid tält 4.",
    ),
    ("sv", "Klarar du milen under en timme? Då passar startled C. Annars startled D eller E."),
    (
        "sv",
        "Vinden låg på 8 m/s från sydväst och det var 14 grader. Per kilometer tappade fältet ungefär tre sekunder jämfört med i fjol.",
    ),
    (
        "sv",
        "Stafetten har fyra sträckor: 5, 5, 10 och 7 km. Växling vid skolan. Lag om fyra, minst en av varje kön.",
    ),
    ("sv", "Rabattkoden ROS-2027 ger 20 % hos Löplabbet och Stadium fram till 31 maj."),
    (
        "sv",
        "Mora, Sälen och Oxberg är kontrollorter. Bussar går från Mora kl. 05.00 och från Sälen kl. 05.30.",
    ),
    (
        "sv",
        "Styrelsen sammanträder den 14 mars kl. 19.00 i klubbstugan. Dagordning enligt stadgarna, punkt 1–12.",
    ),
    (
        "sv",
        "Max 1 500 deltagare. Pulsen mäts med klockan; maxpulsen ligger ofta kring 190 slag per minut.",
    ),
    (
        "sv",
        "Ljusa kvällar, mygg och blöta myrar: Höga Kusten Trail är inget för den som vill springa på asfalt.",
    ),
    ("sv", "Faktura 88213 förfaller 2027-06-30. Belopp 4 250 kr. Plusgiro 12 34 56-7."),
    (
        "sv",
        "Ek, lind och björk kantar allén där loppet startar. Vid regn flyttas starten in i Idrottshallen.",
    ),
    (
        "sv",
        "Deltagare som bryter ska meddela tävlingsledningen vid närmaste kontroll. Sopvagnen följer sist i fältet.",
    ),
    (
        "en",
        "Race numbers 1001–2500 can be collected from the marquee on Saturday between 10am and 4pm. Entry fee £28, affiliated runners £26.",
    ),
    (
        "en",
        "Chip times are final. The winning time was 2:08:41, an average of 3:03 per km. 14,208 finishers.",
    ),
    (
        "en",
        "Order #A-40917 confirmed. Total $85.00 charged to the card ending 4421. Transaction ID 7730-1184-92.",
    ),
    (
        "en",
        "Will the course be marked? Yes: arrows, tape and marshals at every junction. Mark your own route at your peril.",
    ),
    ("en", "Grace period for transfers ends 31 May. After that, no refunds and no deferrals."),
    (
        "en",
        "The route climbs Ben Nevis from Glen Nevis, 1,345 m. Full body cover, map, compass and whistle are mandatory.",
    ),
    (
        "en",
        "Hope to see you at the Great North Run! The Tyne Bridge closes at 8:30 and the start is on the central motorway.",
    ),
    (
        "en",
        "England Athletics licence fee £2 is included. A URN is not required for unaffiliated entries.",
    ),
    (
        "en",
        "Max heart rate, resting rate and VO2max can all be logged in the app. Miles or kilometres: your choice.",
    ),
    (
        "en",
        "The victor in each age group gets a hamper; the crowd gets cake. Rich fruit cake, naturally.",
    ),
    (
        "en",
        "Call 999 in an emergency. Medical posts at miles 6, 13 and 20, and in the finish area.",
    ),
    ("en", "Wave 2 starts at 09:40. Bag drop closes at 09:15. Lorry 14 takes bibs 3000–3999."),
    (
        "en",
        "Hunter green vests for pacers, orange for sweepers. Frank advice: don't go out too fast.",
    ),
    ("en", "Case ref. ENQ-55102: refund of £45 processed on 12/04/2027."),
    (
        "en",
        "Autumn series: race 1 in September, race 2 in October, race 3 in November. Best two count.",
    ),
    (
        "en",
        "Wade through the ford at mile 4 – it is knee-deep after rain. The stile above Kirkstone Pass is slippery.",
    ),
    ("en", "Amber warning for heat. Drink to thirst, take salt, and walk the hills if you must."),
    (
        "mixed",
        "Bib pickup på fredag 16–20, lördag 07–09. Entry fee 450 kr, inkl. t-shirt och medalj.",
    ),
    ("mixed", "Results uploaded! Segrartid 2:31:07, course record fortfarande 2:24:55 från 2019."),
    (
        "mixed",
        "Order nr 77120, total 1 190 kr. Reference: STHLM-27-HM. Betalningen är mottagen, thanks!",
    ),
    (
        "mixed",
        "Start list publiceras på torsdag. Startled A–F, wave start var 5:e minut från 09.00.",
    ),
    ("mixed", "Ring 112 if it's serious, annars go to the medical tent vid målet."),
    ("mixed", "Will vi ha vätska vid 7 km? Yes, vatten och sportdryck, plus banan at km 14."),
    ("mixed", "Course map: start vid Stadion, runt Djurgården, finish på Östermalms IP."),
    ("mixed", "Chip ID 4410 2931 – returneras efter målgång, otherwise fee 300 kr."),
    ("mixed", "Team kit: sizes S–XXL, leverans vecka 23. Order deadline 15 maj."),
    (
        "mixed",
        "Sponsor thanks till Stadium, Intersport och Vattenfall. Media partner: lokaltidningen.",
    ),
    ("mixed", "Pace groups / farthållare: 1:40, 1:50, 2:00, 2:10. Flaggor i gult och blått."),
    ("mixed", "The trail är lerig efter regnet, so wear proper shoes. Stigen vid ån är avstängd."),
    (
        "mixed",
        "Reminder: swim start 07.30, T1 stänger 07.15. Våtdräkt obligatorisk under 16 grader.",
    ),
    ("mixed", "Ärende #SR-20931: your refund på 350 kr är processad. Allow 5–7 bankdagar."),
    ("mixed", "Sol, 22 grader och medvind på sista milen – perfect race day!"),
    ("mixed", "Max två byten per lag. Mark your leg number på nummerlappen."),
    ("mixed", "Bankgiro 5870-1122, Swish 123 189 44 06. Märk betalningen med team name och klass."),
)
