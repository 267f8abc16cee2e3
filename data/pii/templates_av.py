# ruff: noqa: E501
"""Templates of held-out AV (issue 15): migration and international life, written fresh.

Slots: `{P}` given + surname, `{p}` the same in lower case, `{U}` in capitals, `{F}` with middle
names, `{G}`/`{g}` given name alone, `{N}`/`{n}` given name or its nickname, `{S}`/`{s}` surname,
`{I}` initial + surname, `{Gi}` given + surname's initial, `{R}` `Surname, Given`, `{RU}` `SURNAME,
Given Middle`, `{H}` hyphenated given names, `{D}` a double surname, `{V}` another transliteration
of the same name, `{T}` the name in Latin letters and then in its own script, `{E}` e-mail,
`{CO}` a c/o address with its host's name. `+s` adds the genitive of the row's language (Swedish
in mixed rows), `+e` the English genitive; `#n` names the same person again; `:f`/`:m` a woman or
a man. Addresses: `{A}` `{AL}` (lines) `{AC}` (with country) `{ST}` (street) `{STL}` (lgh) `{a}`
(lower case) `{AO}` (office, Box, plan) `{AU}` `{AUL}` `{au}` (UK) `{AUS}` `{AUSL}` (US) `{AX}`
`{AXL}` (Europe) `{AF}` (farther). `{PH}` Swedish phone, `{PHX}` foreign phone, `{PNR}`
personnummer. The rest fill words that are no value.
"""

from __future__ import annotations

DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
COUNTRIES = {
    "sv": ("Syrien", "Irak", "Iran", "Afghanistan", "Somalia", "Eritrea", "Etiopien", "Ukraina", "Turkiet", "Polen", "Bosnien och Hercegovina", "Chile", "Thailand", "Indien", "Kina", "Finland", "Libanon", "Storbritannien", "USA"),
    "en": ("Syria", "Iraq", "Iran", "Afghanistan", "Somalia", "Eritrea", "Ethiopia", "Ukraine", "Turkey", "Poland", "Bosnia", "Chile", "Thailand", "India", "China", "Finland", "Lebanon", "the UK", "the US"),
}  # fmt: skip
LANGUAGES = {
    "sv": ("arabiska", "dari", "persiska", "somaliska", "tigrinja", "sorani", "kurmanji", "ukrainska", "ryska", "turkiska", "polska", "bosniska", "thailändska", "spanska", "amhariska", "mandarin", "finska"),
    "en": ("Arabic", "Dari", "Farsi", "Somali", "Tigrinya", "Sorani", "Kurmanji", "Ukrainian", "Russian", "Turkish", "Polish", "Bosnian", "Thai", "Spanish", "Amharic", "Mandarin", "Swedish"),
}  # fmt: skip
FOREIGN_CITIES = ("Damaskus", "Aleppo", "Homs", "Bagdad", "Mosul", "Erbil", "Teheran", "Shiraz", "Mogadishu", "Hargeisa", "Asmara", "Addis Abeba", "Kyiv", "Charkiv", "Lviv", "Istanbul", "Ankara", "Diyarbakır", "Sarajevo", "Tuzla", "Santiago", "Valparaíso", "Bangkok", "Udon Thani", "Mumbai", "Bengaluru", "Shanghai", "Chengdu", "Gdańsk", "Kraków", "Tammerfors")  # fmt: skip

SV = (
    # Migrationsverket: decisions, letters, case notes
    "Beslut {CASE}: Migrationsverket beviljar {F#1} ({PNR}) tidsbegränsat uppehållstillstånd till och med {DATE}. Beslutet har fattats av handläggare {P#2}.",
    "Ärende {CASE}. Sökande: {RU#1}, född {YEAR} i {CITY}. Anknytningsperson: {P#2}, {A}. Handläggare: {I#3}",
    "Hej {G#1}! Din ansökan om förlängning är mottagen. Om du har frågor kan du ringa mig, {P#2}, på {PH} {DAY}ar mellan {TIME} och 12.00.",
    "Migrationsverket har tagit emot ett nytt pass för {P#1}. Passet skickas med rekommenderat brev till {AL}.",
    "Kallelse till muntlig utredning: {F#1:f} och hennes dotter {G:f} ska infinna sig {DATE} kl. {TIME} i Migrationsverkets lokaler. Tolk i {LANG} är bokad. Offentligt biträde är advokat {P#3}.",
    "Tjänsteanteckning {DATE}: {S#1} ringde från {PH} och uppgav att familjen flyttat till {A}. Adressen ska ändras i ärendet, se även {P+s#2} anteckning.",
    'Enligt folkbokföringen bor {P#1} och {P#2} på {STL}, men posten till {G#1} kommer tillbaka med påskriften "okänd på adressen".',
    "Jag heter {P#1} och skriver för min mammas räkning. Hon heter {F#2:f} och har ärendenummer {CASE}. Hennes nya adress är {A}.",
    "{S#1}, {G#1}\n{PNR}\n{AL}\nTel: {PH}\nE-post: {E#1}",
    "Beslutet delges {P#1} genom {S#2}, ombud, {AO}.",
    "Migrationsverket avslår {P+s#1} ansökan om arbetstillstånd. Arbetsgivaren {P#2} har inte visat att lönen når upp till kravet.",
    "I passet står namnet {P#1}, i det syriska familjeboken {V#1}. Handläggaren {P#2} har bedömt att det är samma person.",
    "Uppgifter om anknytningspersonen: {P#1}, {PNR}, {AC}. Telefon {PH}.",
    "Till Migrationsverket\nAngående {P#1}, ärende {CASE}\nJag, {P#2}, intygar att {G#1} bor hos mig på {A} sedan {DATE}.\n{P#2}",
    "Påminnelse: {P#1} har inte kommit in med arbetsgivarintyg. Senast {DATE}. Kontakta {P#2}, {PH}, vid frågor.",
    # SFI and language courses
    "SFI kurs {LEVEL}, grupp {NUM}, {DAY}ar {TIME}:\n{P}\n{P}\n{P}\n{P}\n{P}\nLärare: {P}",
    "Närvarolista SFI {DATE}: {G}, {G}, {G} och {G} var frånvarande. {G#1} hade sjukanmält sig via {P#2}.",
    "Hej alla! Byte av lärare från och med {DATE}: {P#1} tar över efter {P#2}, som går på föräldraledighet. Hälsningar {G#3}, studievägledare",
    "Studieintyg: {RU#1}, {PNR}, har läst svenska för invandrare kurs {LEVEL} vid Vuxenutbildningen i {TOWN} och fått betyget E.",
    "{G#1:f} från {CITY} berättade om sin familj. Hennes man {G#2:m} kör taxi och hennes syster {G:f} bor i {CITY}.",
    "vem har {g+s#1:f} nummer? hon var inte med i dag och läraren ({g#2}) undrar om hon har flyttat till {a}",
    "Anmälan till Svenska för yrkesverksamma: {P#1}, sjuksköterska från {COUNTRY}. Kontakt: {E#1}, {PH}.",
    "Grupp B: {I}, {I}, {Gi}, {Gi}, {P}. Grupp C: {P}, {P}, {R}.",
    # interpreters
    "Tolkbokning {DATE} kl. {TIME}. Språk: {LANG}. Klient: {P#1}. Plats: {AO}. Tolk: {P#2}, mobil {PH}.",
    "Bokning bekräftad! Tolk {P#1} kommer till {ST} kl. {TIME}. Beställare: {P#2}, socialtjänsten.",
    "Avvikelserapport: tolken {P#1} kom tjugo minuter sent till samtalet med {P#2}. Ansvarig handläggare {P#3} har informerats.",
    "Kan {N#1} tolka på {DAY} i stället för {N#2}? {G#2} är sjuk. Ring mig på {PH} / {G#3}",
    "Telefontolkning: ring {PHX} och be om {P#1}. Tolkens id-nummer anges inte av sekretesskäl.",
    "Tolken heter {P#1}, inte {V#1} som det står i bokningen. Rätta gärna till det innan nästa gång, hälsar {P#2}",
    # embassies, passports, visa
    "Din tid på Sveriges ambassad i Ankara är bokad: {DATE} kl. {TIME}. Sökande: {P#1}. Ta med pass och personbevis för {P#2}.",
    "Passansökan för barnet {F#1}: båda vårdnadshavarna, {P#2} och {P#3}, måste vara med eller lämna skriftligt medgivande.",
    "Pass kan hämtas hos Polisen i {TOWN}. Hämtas av: {P#1}. Fullmakt från {F#2} bifogas.",
    "{P#1} har bokat tid för ID-kort hos Skatteverket {DAY} {TIME}. Adress i folkbokföringen: {A}.",
    "Nytt pass utfärdat för {U#1}. Födelseort: {CITY}. Kontaktadress: {CO#2}.",
    # UHR, recognition of degrees
    "UHR:s bedömning {UHR}: {P#1} har en examen från {COUNTRY} som motsvarar en svensk kandidatexamen. Beslutet skickas till {A}.",
    "Komplettering begärs: {P#1} behöver skicka vidimerade kopior av betyg. Vidimerat av två personer, t.ex. {P#2} och {P#3}.",
    "Jag ansöker om legitimation som läkare. Namn: {P#1}. Tidigare namn: {V#1}. Adress: {AL}. Telefon: {PH}.",
    "Intyg: Undertecknad, {P#1}, intygar att {P#2} arbetat som ingenjör hos oss {YEAR} till {YEAR}. Kontakt: {E#1}",
    # relocation, housing, arrival
    "Välkommen till Sverige, {G#1}! Er lägenhet finns på {STL}. Nycklarna lämnas av {P#2} från hyresvärden, ring {PH} när ni landat.",
    "Relocation-ärende: {P#1:m} med fru {G#2:f} och två barn flyttar från {CITY} till {A}. Kontakt på vår sida: {P#3}.",
    "Inflyttningsbesiktning {DATE}, {ST}, lgh {NUM}0{NUM}. Närvarande: hyresgäst {P#1}, förvaltare {P#2}.",
    "Andrahandsuthyrning: {P#1} hyr ut sin lägenhet på {a} till {P#2} från {DATE}. Hyresvärden {S#3} har godkänt.",
    "Flyttanmälan: {F#1}, {PNR}, flyttar från {A} till {AC}.",
    # schools, children
    "Välkommen till förberedelseklassen! Ditt barn {G#1} börjar {DATE}. Mentor är {P#2}. Modersmålslärare i {LANG}: {P#3}.",
    "Skolskjuts för {P#1}, åk 4, {A}: hämtas utanför {ST} kl. {TIME}. Chaufför {G#2}, {PH}.",
    "Hej {G+s#1} mamma! Kan {G#1} följa med {G#2} hem efter skolan på {DAY}? Vi bor på {a}. /{G#3}",
    "Utvecklingssamtal med {P#1}: närvarande var pappa {P#2:m}, mamma {G#3:f} och tolk {P#4}. Nästa samtal {DATE}.",
    # family reunification, sponsor letters
    "Försörjningsintyg: jag, {P#1}, {PNR}, har en bostad om tre rum på {AL} som räcker för mig, min fru {P#2:f} och våra barn {G} och {G}.",
    "Jag vill att min bror {P#1:m} och hans fru {P#2:f} ska få komma hit. De bor nu i {CITY}, adress {AF}. Jag kan nås på {PH}.",
    "Referensperson för {P#1}: {P#2}, {A}, {PH}. {G#2} har känt familjen sedan {YEAR}.",
    "Till handläggare {S#1}. Min man {F#2:m} har väntat i nästan två år. Snälla hör av er till mig, {P#3}, på {PH} eller {E#3}.",
    # money transfers
    "Överföring {AMT} till {P#1}, {CITY}. Avsändare: {P#2}. Kontrollnummer {MTCN}.",
    'Swish {AMT} från {P#1} – "till mamma i {CITY}, skicka vidare via {G#2}"',
    "Kvitto: {P#1} har skickat {USD} till {P#2} i {COUNTRY}. Mottagarens telefon: {PHX}.",
    "Påminnelse från banken: betalningen till {RU#1} stoppades. Ring {P#2} på vår kundtjänst, {PH}.",
    # translated certificates
    "Auktoriserad översättning. Födelsebevis. Barnets namn: {T#1}. Faderns namn: {T:m}. Moderns namn: {T:f}. Född i {CITY} den {DATE}. Översättare: {P#3}.",
    "Översättning av vigselbevis: {T:m} och {T:f} vigdes i {CITY}. Vittnen: {P} och {P}.",
    "Översättning av utdrag ur folkregistret. Namn: {T#1}. Bostadsort: {AF}. Översättarens anmärkning: namnet skrivs {V#1} i det äldre passet.",
    "Betygsöversättning: studentens namn {T#1}. Rektor: {T}. Översättning granskad av {P#2}.",
    "Familjebevis (översättning): make {T:m}, hustru {T:f}, barn {G:f}, {G:m} och {G}.",
    # mail headers and signatures, chat
    "Från: {P#1} <{E#1}>\nTill: {E#2}\nÄmne: Ang. {G+s#2} uppehållstillstånd\n\nHej {G#2}, jag har pratat med {P#3} på Migrationsverket.",
    "Med vänlig hälsning\n{P#1}\nHandläggare, Enheten för arbetstillstånd\n{AO}\nTel. {PH}",
    "Mvh {N#1}\n{PH}",
    "{P#1} | Relocation Consultant\n{AO}\nMobil {PH} | {E#1}",
    "hej! är det någon som vet om {p#1:f} fortfarande bor på {a}? hon lånade ut pengar till min kusin",
    "okej så {n#1} och {n#2} kommer på middagen, {g#3} hämtar {g#4} vid stationen",
    "tack {n#1}!! hälsa {g#2} och barnen",
    "{n#1}: vi ses kl {TIME} vid Migrationsverket i {TOWN}\n{n#2}: ok! ta med {g+s#3} pass",
    "ring {g#1:f} på {PH} om tiden hos ambassaden, hon vet hur det går till",
    "Hej {G#1}, tack för senast. Kan du skicka {G+s#2} nya adress? Jag har bara {ST}.",
    "Hej, jag heter {G#1:f} och kommer från {COUNTRY}. Jag bor i {TOWN} med min man {G#2:m}. Vi har två barn, {G} och {G}.",
    "Kontaktuppgifter till gode man: {P#1}, {A}, tel {PH}. Ensamkommande: {P#2}, född {YEAR}.",
    "Brev till {H#1}, {A}. Avsändare: Överförmyndaren, {AO}.",
    "Skadeanmälan: {D+s#1} barnvagn stals i trapphuset på {ST}. Vittne: grannen {P#2}.",
    "Protokoll från föräldramöte i förskoleklassen. Närvarande: {P}, {P}, {H}, {P} samt lärarna {G} och {G}. Sekreterare: {P#1}.",
    "{P#1} har ansökt om medborgarskap. Referenser: {P} och {P}. Adress: {AL}.",
    "Hej {G#1}! Jag har fått ditt CV via {P#2}. Ring gärna {DAY} på {PH} så bokar vi en intervju. /{N#3}",
    "Adressändring: {P#1} har flyttat från {A} till {AL}.",
    "Bostadsanvisning för nyanlända: {P#1} och {P#2} anvisas en lägenhet på {STL}. Kommunens mottagning finns på {AO}.",
    "Ny adress till {G+s#1} familj: {AF}. Innan dess bodde de hos släkt på {AX}.",
    "Intyg om boende: {P#1} är inneboende hos {P#2}, {AL}, sedan {DATE}. Returadress: {CO#3}",
    "Faktura till {RU#1}, {AL}. Avser översättning av {P+s#2} gymnasiebetyg.",
    "Deltagarlista (efternamn, förnamn): {R}; {R}; {R}; {R}; {R}. Kursledare: {I}.",
    "Hej {N#1}! Har du hunnit prata med {N#2} om lägenheten på {a}? Hyresvärden heter {P#3}.",
    "Stort tack {N#1} och {N#2} för hjälpen med flytten till {A}! Kram {G#3}",
    "Meddelande från receptionen: {P#1} ringde angående sin dotter {G#1:f} och vill bli uppringd på {PH}.",
)

EN = (
    # expat forums and relocation
    "Has anyone used a relocation agency in Gothenburg? We had {P#1:f} from one of them and she was brilliant. Ask for her by name, {G+e#1} number is {PHX}.",
    "Hi all, I'm {G#1:f}, moving to Stockholm from {AU} in {DATEEN} with my husband {G#2:m}. Any tips on the personnummer queue?",
    "Re: work permit delays. My case officer was {P#1} and it took 7 months. My colleague {G#2:f} got hers in 3.",
    "Relocation brief for {P#1} (employee) and {P#2} (spouse). Current address: {AUL}. Destination: {A}. Host contact: {P#3}, {PH}.",
    "Welcome pack for the {S#1} family: temporary flat at {STL}. Keys from the building manager, {P#2}, phone {PH}.",
    "Can anyone recommend a tax advisor? {P#1} charged me a fortune and {G#2} never answered emails.",
    "Moving from {AUS} to Malmö. My partner {N#1} already found a job through {P+e#2} recruitment firm.",
    "Thanks {N#1}! Passing this on to {G#2}. Mine was handled by {I#3} at the Migration Agency, who was lovely.",
    "From: {P#1} <{E#1}>\nTo: {P#2}\nSubject: Your residence permit card\n\nDear {G#2}, your card is ready for collection in {TOWN}.",
    "Kind regards,\n{P#1}\nGlobal Mobility Partner\n{AO}\nMob: {PH} | {E#1}",
    "{P#1}\nSenior Consultant, Relocation Services\n{AUL}\nT: {PHX}",
    "Best,\n{N#1}",
    "Cheers {N#1}, see you and {N#2} at {AU} on {DAYEN}. {G#3} is bringing the kids.",
    # sponsor letters, family reunification
    "To whom it may concern: I, {F#1}, confirm that I will support my mother {P#2:f} financially during her stay. I can be reached at {PH} or at {A}.",
    "Letter of invitation: I invite my sister {P#1:f} and her son {G#2:m} to visit me at {AL} from {DATEEN} to {DATEEN}.",
    "I am writing in support of the application of {P#1}. I have known {G#1:m} and his wife {G#2:f} since {YEAR}, when we were neighbours at {AX}.",
    "Sponsor: {F#1}, date of birth {DATEEN}, personal identity number {PNR}, residing at {AC}.",
    # international schools
    "Admissions: {P#1} (Grade 6) has been offered a place starting {DATEEN}. Parents: {P#2} and {P#3}. Home address: {A}.",
    "Dear {G#1} and {G#2}, thank you for touring the school. {G+e#3} assessment is booked for {DAYEN} at {TIME} with {S#4}.",
    "Class list 4B: {P}, {P}, {P}, {P}, {P}, {P}. Homeroom teacher: {S}. Teaching assistant: {G}.",
    "Emergency contacts for {P#1}: {P#2:f} (mother) {PH}; {P#3:f} (grandmother, {AF}) {PHX}.",
    "Reminder from Mrs {S#1}: the bus picks up {G#2} and {G#3} outside {ST} at {TIME}.",
    "Address history for {P#1}: {AU} ({YEAR}–{YEAR}), {AX} ({YEAR}–{YEAR}), {A} (current).",
    "Ship to: {F#1}\n{AUSL}\nTel {PHX}",
    "Forwarding address for {P#1}: {CO#2}. Old address: {AUS}.",
    "Attendees (surname, first name): {R}; {R}; {R}; {R}. Minutes: {I}.",
    "Dear Ms {S#1}, we have received the documents for {P#2} and {P#3} at our office, {AO}. Replies to {AXL}, please.",
    "Teacher's note: {G#1:f} settled in well. She sits with {G#2} and {G#3}, who both speak {LANGEN} at home.",
    # embassies, passports, visas
    "Your appointment at the Embassy of Sweden is confirmed for {DATEEN} at {TIME}. Applicant: {U#1}. Accompanying: {U#2}.",
    "VISA APPLICATION FORM\nSurname: {S#1}\nGiven names: {G#1}\nAddress: {AUS}\nPhone: {PHX}",
    "Applicant name as in passport: {RU#1}. Other names used: {V#1}.",
    "Please collect the passport of {P#1} from the consulate at {AX}. Authorised person: {P#2}.",
    "The name on the birth certificate is {T#1}, transliterated by the notary as {V#1}. The translator, {P#2}, signed on {DATEEN}.",
    "Certified translation. Marriage certificate of {T:m} and {T:f}. Witnesses: {P} and {P}.",
    # degree recognition, jobs
    "Recognition of foreign qualifications, case {UHR}: {P+e#1} master's degree from {COUNTRY} is comparable to a Swedish master's degree.",
    "Reference: {P#1} worked under my supervision as a software engineer from {YEAR} to {YEAR}. — {P#2}, CTO, {AUS}",
    "Dr {S#1} will write the letter for the Swedish licence, and Prof. {P#2} has agreed to be the second referee.",
    "I'm applying for a nursing licence. My name is {P#1}, previously registered under {D#1}. Address: {AL}.",
    # money transfers
    "Transfer of {USD} to {P#1}, {CITY}. Sender: {P#2}, {A}. Reference: {MTCN}.",
    "Note to self: send {G#1} the money for {G+e#2} school fees before Friday. Account holder: {R#1}.",
    "Receipt — recipient {RU#1}, pickup in {CITY}, sender {RU#2}, sender phone {PH}.",
    # interpreters
    "Interpreter booked: {P#1} ({LANGEN}) for {P#2} at {AO}, {DAYEN} {TIME}. Contact {PH} if delayed.",
    "The interpreter was {N#1}, not {N#2}. Please correct the invoice. Thanks, {P#3}",
    # chat, lower case
    "lol {n#1:f} just got her permit after 11 months, {g#2} still waiting",
    "anyone know if {p#1:f} still lives at {au}? i owe her a parcel",
    "ask {n#1:m} about the flat on {a}, he knows the landlord",
    "{n#1}: did {g#2} call the embassy?\n{n#3}: yes, {g#2} is going on {DAYEN} with {g+e#4} mum",
    "my wife {g#1:f} says hi to {n#2} and {n#3}!",
    # misc forms
    "Tenancy agreement between {P#1} (landlord) and {P#2} and {P#3} (tenants) for the flat at {STL}.",
    "NEXT OF KIN: {U#1}, {AUL}, {PHX}",
    "Emergency contact: {R#1:m} (brother), {PHX}",
    "{H#1} and {P#2} are both on the shortlist; {G#1} lives at {A} and can start at once.",
    "Parcel for {P#1}, c/o {P#2}, {AU}.",
    "Meeting notes: {P#1}, {P#2} and {P#3} discussed the move. {G#2} will look at flats in Solna; {G#3} will call {P#4} at {PH}.",
    "Thank you for contacting us, {G#1}. Your query has been passed to {P#2}, who will reply within five working days.",
    "Signed, {P#1}, on behalf of {P#2}, who is in hospital.",
)

MIXED = (
    "Hej {G#1}! Just wanted to say thanks för hjälpen med flytten. {G#2} hälsar! Ring mig på {PH}",
    "Meeting med {P#1:f} från relocation-firman i morgon kl {TIME}, she will bring the lease for {STL}",
    "Har någon erfarenhet av work permit extension? Min handläggare {P#1} says it takes 6 months.",
    "Re: personnummer. Jag fick mitt efter 3 weeks, {G#1} väntade two months. Skatteverket in {TOWN} was fast.",
    "FYI: {P#1} (HR) har skickat offer letter till {P#2}. Start date {DATE}. Address for the contract: {AC}.",
    "Hej! My son {G#1:m} går i klass 3 with {G#2}. Could {G#2} come over on {DAY}? Vi bor på {a}. /{N#3}",
    "Tolk needed: {LANG}, {DATE} kl {TIME}, for {P#1}. Contact {P#2}, {PH}.",
    "Reminder: SFI-kursen börjar {DATE}. Your teacher is {P#1}. Bring your ID and {G+e#2} letter.",
    "Best regards / Vänliga hälsningar\n{P#1}\nInternational Admissions\n{AO}\n{PH}",
    "Från: {P#1} <{E#1}>\nSubject: Ang. lägenheten på {ST}\n\nHi {G#2}, hyresvärden {P#3} says it's fine.",
    "Kvitto / receipt: {USD} skickat till {P#1}, {CITY}. Sender {P#2}, phone {PH}.",
    "Anyone know en bra tandläkare i {TOWN}? {N#1} recommended {P#2} but hen har inga tider.",
    "hej {n#1}! did you get {g+s#2} new number? jag har bara det gamla",
    "{n#1}: är du hemma?\n{n#2}: nope, at the embassy with {g#3}\n{n#1}: ok ring sen",
    "So {g#1} and {g#2} are moving till {a}, super nice area! {g#3} bor ju där också",
    "Vår nya kollega {P#1:f} kommer från {COUNTRY}. Please welcome her! Hennes mentor är {P#2}.",
    "Application for family reunification: sponsor {P#1}, {PNR}, {A}. Family member: {P#2}, currently in {CITY}.",
    "Hello {G#1}, tack för ditt mejl. Unfortunately {P#2} is on parental leave, så kontakta {P#3} istället på {E#3}.",
    "Internationella skolan: intake interview for {P#1}, parents {P#2} and {P#3}. Bokad {DATE} kl {TIME}.",
    "Min svärmor {F#1:f} is arriving {DATE}. Hon ska bo hos oss på {AL} for three months.",
    "Översättning needed: birth certificate for {T#1:f}. Hon vill ha det klart innan {DATE}.",
    "I passet står {P#1}, but Skatteverket has {V#1}. Vem ska man ringa? {G#2} said contact {S#3} directly.",
    "Reference check: {P#1} jobbade hos oss {YEAR}–{YEAR} as a nurse. Contact me, {P#2}, on {PH}.",
    "Dear {G#1}, din ansökan till UHR (ärende {UHR}) is complete. Beslut skickas till {A}.",
    "Landlord {P#1} wants the deposit by {DATE}. Swisha till {PH} eller bank transfer. /{N#2}",
    "Expat-fika on {DAYEN}! Host: {P#1}, {ST}. Bring {G#2} and the kids. Ring {PH} if you get lost.",
    "Kontakt i Sverige / contact in Sweden: {P#1}, {AC}, {PH}.",
    "Tack {n#1}!! saw {g+e#2} post about the flat, skickar det vidare till {g#3}",
    "Visa appointment: {U#1}, {DATE}. Bring passport + personbevis för {G#2}.",
    "OK so I talked to {P#1:f} på Migrationsverket and she said {G+e#2} case is being handled by {S#3}.",
    "Hej alla, jag heter {G#1}, from {CITY}. Jag letar jobb as an engineer. Min LinkedIn: {P#1}. Tel {PHX}",
    "Kindergarten list / förskolegrupp Blå: {G}, {G}, {G}, {G}, {G}, {G}. Pedagog: {P}.",
    "Nya hyresgäster i trappuppgång B: {P}, {P} och {D}. Welcome!",
    "Attention: {RU#1} har inte hämtat sitt uppehållstillståndskort. Please contact {P#2}, {PH}.",
    "Moving checklist: 1) anmäl flytt till {A} 2) ring {G#1} about the car 3) call {N#2} re: kids' school",
    "Pickup at Arlanda: {P#1} and {P#2}, flight from {CITY}. Driver {G#3}, {PH}.",
    "Hej {G#1}, sorry for the late reply! {G#2} och jag kan komma på {DAY}. Vi tar med {G+s#3} cake.",
    "Sponsor letter draft: Jag, {P#1}, will cover all costs for my brother {P+e#2:m} stay. Address: {AL}.",
    "Parent-teacher meeting / utvecklingssamtal: {P#1}, mamma {G#2:f}, lärare {S#3}. Interpreter: {P#4} ({LANG}).",
    "Skickade {AMT} till {P#1:f} via the app. Hon bekräftade. Mottagarens nummer {PHX}.",
    "{P#1}\nPhD student / doktorand\n{AO}\nMob. {PH}",
    "hej! anyone who can help {g#1:f} with the UHR forms? hon pratar {LANG} och lite english",
    "Welcome {G#1}! Din buddy under första veckan är {P#2}. Lunch with {G#3} from HR on {DAYEN}.",
    "Address change / adressändring: {P#1}, old: {A}, new: {AU}.",
    "{P#1} från {COUNTRY} and {P#2} from {COUNTRYEN} started SFI today. {G#1} speaks {LANG}.",
    "Lägenhetsbyte: {P#1} on {ST} byter med {P#2} from {a}. Contact: {E#1}",
    "Guardian / vårdnadshavare: {P#1}, {PNR}. Student: {P#2}. Address: {AO}.",
    "{N#1} och {N#2} are coming to the fika at {ST}! Säg till {g#3} också.",
    "Thanks for today {N#1}! Hälsa {G#2} från {G#3} and me",
    "Familjen {S#1} has moved from {AX} to {A}. Ny telefon: {PH}.",
    "New address / ny adress: {P#1}, {AL}. Gamla adressen {AX} gäller inte längre.",
    "Leverans till {P#1}, {STL}. Please ring {PH} vid porten.",
    "Hej! Vi söker boende för {P#1}, starting {DATE}. Current address: {AUL}. Reply to {E#1}.",
    "Our nanny {G#1} lives på {a}, near {g+s#2} skola. Tel {PH}.",
)

# Rows without any personal value: agencies, companies, places, products, weekdays and months,
# and everyday words that are also names, used as words.
NEGATIVES = (
    (
        "sv",
        "Migrationsverkets handläggningstider för arbetstillstånd är just nu cirka sju månader.",
    ),
    (
        "sv",
        "Ansökan om uppehållstillstånd för studier görs på Migrationsverkets webbplats, inte på ambassaden.",
    ),
    ("sv", "SFI-undervisningen på {DAY}ar flyttas till Aulan i Kista resten av terminen."),
    (
        "sv",
        "Tolkförmedlingen har för få tolkar i tigrinja och dari, så boka minst en vecka i förväg.",
    ),
    (
        "sv",
        "UHR bedömer utländska gymnasiebetyg och högskoleexamina; beslutet är inte överklagbart.",
    ),
    ("sv", "Skatteverket i {TOWN} har drop-in för id-kort på {DAY}ar mellan {TIME} och 15.00."),
    ("sv", "Vi köpte en ny lampa på Clas Ohlson och gardiner på Åhléns innan flytten."),
    ("sv", "Att bo i Sverige kräver tålamod: kön till en hyresrätt i Stockholm är över tio år."),
    (
        "sv",
        "Liv och hälsa var temat för dagens lektion, och vi lärde oss ord som feber, huvudvärk och recept.",
    ),
    ("sv", "Sten, sax, påse var den första leken barnen lärde sig på förskolan i Angered."),
    ("sv", "Ros till alla som hjälpte till på Internationella kvinnodagen i Rosengård!"),
    (
        "sv",
        "Pengar till familjen i {CITY} skickas oftast via Western Union, Forex Bank eller Dahabshiil.",
    ),
    ("sv", "Föreningen Ung i Sverige har läxhjälp i biblioteket i Tensta varje {DAY}."),
    ("sv", "Från och med {DATE} gäller nya regler för anhöriginvandring och försörjningskrav."),
    ("sv", "Kursen Svenska för yrkesverksamma startar i september i Göteborg, Malmö och Umeå."),
    (
        "sv",
        "Ambassaden i Addis Abeba är stängd på grund av helgdag, kontakta ambassaden i Nairobi.",
    ),
    ("sv", "Det var en björn utanför stugan i Jämtland, berättade läraren på svenskalektionen."),
    (
        "sv",
        "Hyresvärden Stena Fastigheter skickade ut en enkät om tvättstugan till alla hyresgäster.",
    ),
    (
        "sv",
        "Maj och juni är de bästa månaderna att flytta, sägs det, men då är flyttfirmorna fullbokade.",
    ),
    (
        "sv",
        "Ansökningsavgiften för medborgarskap är 1 500 kr och betalas via Migrationsverkets e-tjänst.",
    ),
    ("sv", "Ärende {CASE} har överlämnats till Migrationsdomstolen i Göteborg för prövning."),
    ("sv", "Arbetsförmedlingen erbjuder etableringsprogram i två år för nyanlända."),
    (
        "sv",
        "Min dröm var att få jobb på Volvo eller Ericsson, men nu jobbar jag på IKEA i Kungens kurva.",
    ),
    ("sv", "Klara, färdiga, gå! ropade idrottsläraren på den internationella skolans sportdag."),
    (
        "en",
        "Processing times at the Swedish Migration Agency are currently about seven months for work permits.",
    ),
    ("en", "You can book a passport appointment at the embassy online; walk-ins are not accepted."),
    ("en", "Hope this helps: the tax office in {TOWN} is open on {DAYEN}s until three."),
    (
        "en",
        "Does anyone know if IKEA delivers to Uppsala on weekends? We just moved and have no furniture.",
    ),
    (
        "en",
        "The international school in Lund has a waiting list, so apply by January at the latest.",
    ),
    (
        "en",
        "I will never get used to the dark in December, but the summer in Sweden makes up for it.",
    ),
    ("en", "Grace periods for visa renewals ended in March, according to the embassy newsletter."),
    ("en", "Wise and Remitly are cheaper than the banks for sending money to {COUNTRYEN}."),
    ("en", "Mark your calendars: the expat meetup moves to the library in Södermalm next month."),
    ("en", "My Swedish teacher says frankly that nobody learns the pronunciation in a year."),
    (
        "en",
        "The recognition of foreign degrees is handled by UHR, and for doctors by Socialstyrelsen.",
    ),
    ("en", "Will the new rules on family reunification apply to applications already lodged?"),
    (
        "en",
        "Joy of joys: our household goods finally cleared customs in Gothenburg after six weeks.",
    ),
    (
        "en",
        "Spotify, Klarna and King all sponsor work permits, according to the forum's spreadsheet.",
    ),
    ("en", "The Tuesday SFI class at Kista Galleria was cancelled because of the storm."),
    ("en", "Relocation packages usually cover a flat for three months, but not the deposit."),
    ("en", "Summer in Stockholm is short; May and June are when everyone is outside."),
    ("en", "Faith groups in Malmö run free Swedish cafés every {DAYEN} evening."),
    (
        "mixed",
        "Personnummer tog tre veckor för oss, samordningsnummer was faster via Skatteverket.",
    ),
    (
        "mixed",
        "Har någon tips på en bra international school i Västerås? The waiting lists are crazy.",
    ),
    ("mixed", "Migrationsverket says the processing time är sju månader, so don't panic yet."),
    ("mixed", "Tolkförmedling Väst och Digitaltolk both offer video interpreters nowadays."),
    ("mixed", "Bästa tipset: open a bank account at Handelsbanken innan du behöver BankID."),
    ("mixed", "SFI-kursen i Rinkeby moves to the new building från och med {DATE}."),
    ("mixed", "Fick ett brev från UHR today, they need more documents från universitetet."),
    ("mixed", "Att bo i Sverige is easy once you have a personnummer and BankID."),
    ("mixed", "Western Union eller Wise? Wise is cheaper för överföringar till {COUNTRYEN}."),
    ("mixed", "Ambassaden i Ankara har closed on Fridays under sommaren."),
    ("mixed", "Vi flyttar i maj, hopefully before midsommar."),
    ("mixed", "Frank feedback: the SFI teacher var bra men tempot was too slow for us."),
    ("mixed", "Kvitto från Forex Bank attached, referens {CASE}."),
    (
        "mixed",
        "Does anyone know var man hämtar uppehållstillståndskortet i Göteborg? Kallebäck or city?",
    ),
    ("mixed", "Sunny day i Malmö! Perfect for the expat picnic at Folkets park."),
    ("mixed", "Bo nära jobbet or in the city? Pendeltåget from Märsta tar 40 minuter."),
    ("mixed", "Migrationsverket's e-tjänst was down all {DAYEN}, super stressigt."),
)
