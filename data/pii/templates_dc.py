# ruff: noqa: E501
"""Templates of held-out DC (issue 15): family history and archives.

Written for `generate_dc.py` by a helper who tunes nothing and who read none of rung's rules,
lexicons, tagger, tests or other sets' templates: genealogy research notes, parish and church
books (husförhörslängder, födelse-, vigsel- och dödböcker, flyttningslängder), bouppteckningar,
census transcriptions (Sweden 1890-1910, the UK, Ireland 1901/1911, the US 1900-1940), emigrant
registers and ship manifests, DNA-match messages between distant cousins, archive and library
reading-room requests (Riksarkivet, landsarkiv, stadsarkiv, Kansallisarkisto, Arkivverket, The
National Archives, PRONI, the FamilySearch Library), grave registers, grave-right notices and
cemetery maps, local history societies (hembygdsföreningar, släktföreningar, one-name studies),
in Sweden, Finland, Norway, the UK, Ireland and the US; Swedish, English and mixed (Swedish and
English in one text, as Swedes write at work).

Slots (filled by `generate_dc.py`): person forms P p U F G g N n S s SU GU I Gi R RU E, with `#n`
for the same person again, `:f`/`:m` for a woman or a man, `@origin` where the record decides who
is named (`@old` the parish books' names and patronymics), a trailing `s` or `'` for a genitive
whose ending is no part of the value; addresses A AL AR ARL ST STN VIL STL a BOX BOXL AU AUL au
AUS AUSL aus AIE AIEL AX AXL USST UKST; phones PH PHX PHUS PHUK PHIE PHNO PHFI; personnummer PNR
(PNRO born more than a hundred years ago); EO an office's e-mail; the rest is no value (dates,
numbers, references, parishes, places, ships).
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
    # research notes on the parish books
    "Forskningsanteckning {DATE}: {F#1:m@old}, f. {OLDDATE} i {PARISH} sn, dräng på hemmanet Gärdsjö 1:4. Gift {YEAR} med {G#2:f@old}. Källa: {PARISH} AI:{NUM}, s. {PAGE}. Antecknat av {I#3}, {PH}.",
    "Husförhörslängd {PARISH} {VOL}, s. {PAGE}: torparen {P#1:m@old} och hans hustru {P#2:f@old}, båda flyttade {YEAR} till {PARISH}. Avskrift skickas till {A}.",
    "Hittade äntligen {Gs#1:f@old} dop! {F#1:f@old}, född {OLDDATE}, dotter till soldaten {P#2:m@old}. /{G#3}",
    "Dödbok {PARISH} {VOL}: {OLDDATE} avled änkan {F#1:f@old} på {VIL}, {OLDAGE} år, av ålderdom. Uppgift från {P#2}, {BOX}.",
    "Vigselbok {YEAR}: drängen {P#1:m@old} från {PARISH} och pigan {P#2:f@old}, lysning tre söndagar. Antecknat av {Gi#3} ({PH}).",
    "Bouppteckning efter {F#1:m@old}, {PARISH} sn, förrättad {OLDDATE}. Änkan {P#2:f@old}. Avskrift: {P#3}, {A}, {PH}.",
    "Flyttningsattest: {F#1:m@old}, född {OLDDATE}, flyttar till {PARISH} församling. Läser innantill väl. Utfärdad av kyrkoherde {S#2@swedish}.",
    "Soldaten nr {NUM} {P#1:m@old} vid roten Nyby, avsked {YEAR}. Uppgifter sammanställda av {P#2}, {AR}.",
    "Anbytarforum, tråd om {S#1@swedish}-släkten: Söker föräldrar till {P#2:f@old}, f. ca {YEAR} i {PARISH}. Tacksam för tips! Hälsningar {P#3}, {PH}, {E#3}",
    "Min morfars farfar {P#1:m@old} var torpare under Stora Hult. Har någon mer info? Ring {PH} eller skriv till {A}. /{G#2} ({E#2})",
    # Skatteverket, personbevis, secrecy, archive orders
    "Beställning av personbevis för släktutredning\nSökande: {P#1}, {PNR}\nAdress: {AL}\nTelefon: {PH}\nE-post: {E#1}\nAvser: min farmor {F#2:f}, {PNRO}.",
    "Hej! Jag forskar om min morfar {F#1:m} ({PNRO}) och undrar om ni har kvar hans bouppteckning. Mitt personnummer är {PNR}. Svar till {A}. Tack!",
    "Ansökan om att ta del av sekretessbelagda handlingar (Riksarkivet)\nNamn: {U#1}\nPersonnummer: {PNR}\nAdress: {A}\nHandlingen gäller: {F#2}, {PNRO}\nSkäl: släktforskning",
    "Efternamn: {SU#1}\nFörnamn: {GU#1}\nPersonnummer: {PNR}\nAdress: {A}\nTelefon: {PH}\nE-post: {E#1}\nForskarkort nr {NUM}",
    "Till Stadsarkivet\nJag vill beställa kopior ur rotemansarkivet för {P#1@old} som bodde på {ST} år {YEAR}. Beställare: {P#2}, {AL}. Tfn {PH}. E-post {E#2}.",
    "Rotemansarkivet, rote {NUM}: {F#1:m@old}, arbetare, född i {PARISH}, inflyttad {YEAR} till {ST}, därefter {ST}.",
    "Folkräkning {YEAR}, {PARISH} sn: {P#1:m@old} (husfar) och {P#2:f@old} (hustru), bosatta på {VIL}. Transkriberat av {I#3}.",
    "Beställningsbekräftelse {REF}: {P#1}, tack för din beställning av {NUM} kopior ur {PARISH} kyrkoarkiv. Leveransadress: {A}. Frågor: {PH}.",
    "Riksarkivet, {BOX}. Telefon {PH}. Forskarsalen nås även på {PH}.",
    "Landsarkivets besöksadress är {ST} och postadressen {BOX}. Växel {PH}.",
    # graves, grave rights, cemetery offices
    "Meddelande från kyrkogårdsförvaltningen: gravrätten för grav {GRAV} på {PARISH} kyrkogård har upphört. Senast kända gravrättsinnehavare: {P#1}, {A}. Kontakta oss på {PH} eller {EO} före {DATE}.",
    "Gravrättsbevis\nGravplats: {GRAV}\nGravsatt: {F#1@old} ({PNRO})\nGravrättsinnehavare: {P#2}, {PNR}\n{AL}",
    "Hej {G#1}! Kyrkogårdsförvaltningen har skickat brev om att gravrätten efter {Gs#3:f} mamma måste förnyas. Ska vi ta den? Ring mig på {PH}. Kram {N#2}",
    "Överlåtelse av gravrätt, grav {GRAV}: Jag, {P#1}, {PNR}, överlåter gravrätten till {P#2}, {PNR}, bosatt {A}.",
    "Gravinventering {PARISH} kyrkogård, grav {GRAV}: sten över {P#1@old}, text delvis oläslig. Inventerat av {P#2}. Frågor till {PH}.",
    "Vi söker anhöriga till {F#1}, gravsatt i grav {GRAV}. Kontakt: förvaltare {S#2}, {BOX}, {PH}.",
    "Karta över gamla kyrkogården: graven efter {P#1@old} ligger tredje från vänster vid muren mot {STN}. /{p#2}",
    "Kyrkogårdsexpeditionen har flyttat till {A}. Nytt telefonnummer: {PH}. Gravregistret kan beställas via {EO}.",
    "Ny gravrättsinnehavare för {GRAV}: {RU#1}, {ARL}, tel. {PH}. Tidigare innehavare {R#2} (avliden).",
    # hembygdsföreningar, släktföreningar
    "Kallelse till årsmöte i {PARISH} hembygdsförening {DAY} den {DATE} kl. {TIME} i bygdegården, {VIL}. Anmälan till sekreteraren {P#1}, {PH} eller {E#1}.",
    "Medlemsförteckning, {PARISH} släktforskarförening\n{R}, {A}, {PH}\n{R}, {A}, {PH}\n{R}, {AR}",
    "Styrelsen 2027: ordförande {P}, sekreterare {P}, kassör {P#1} ({E#1}). Föreningens adress: {BOXL}",
    "Studiecirkeln \"Börja släktforska\" startar {DAY} {DATE}. Cirkelledare: {P#1} ({PH}). Vi träffas i föreningens lokal på {ST}.",
    "Släktföreningen {Ss#1@swedish} ättlingar hälsar {P#2} välkommen som ny medlem. Medlemsavgift {AMT} till bankgiro 5123-8870.",
    "Protokoll från styrelsemöte {DATE}: Närvarande {P}, {P} och {I}. § 4: {P#1} tar kontakt med kommunarkivet. § 5: Nästa möte hos {G#2} på {a}.",
    "Tack till alla som hjälpte till på hembygdsdagen! Särskilt tack till {P}, som berättade om emigrationen från {PARISH}. /Styrelsen",
    "Tips från bygdeforskaren {P#1}: gå igenom {PARISH} AIIa innan du beställer domböcker. Hen nås på {PH}, och träffarna är på {ST}.",
    "Medlemsblad nr {NUM}: {F#1} har skrivit om {Ss#2@old} torp. Bidrag till nästa nummer skickas till redaktören, {AL}.",
    "Bygdeboksgruppen behöver hjälp att identifiera personerna på fotot från {YEAR}: längst till vänster troligen {P#1@old}. Hör av dig till {PH}.",
    "Hembygdsföreningens arkiv flyttar till {A}. Nycklar hos {P#1}, {PH}. Öppet {DAY}ar från kl. {TIME}.",
    "Adressändring: {P#1} har flyttat från {ST} till {STL}. Nytt mobilnummer {PH}.",
    # reading rooms, archive staff
    "Bokning forskarsal {DATE} kl. {TIME}: {P#1}, beställda volymer: {PARISH} {VOL} och {VOL}. Ansvarig arkivarie: {I#2}.",
    "Hej {G#1}, din beställning av {PARISH} {VOL} ligger framme i forskarsalen från {DAY}. Hälsningar {P#2}, Landsarkivet, {BOX}, {PH}",
    "Från: {P#1} <{E#1}>\nTill: forskarsal\nÄmne: Beställning av volymer\nHej! Jag kommer {DAY} och vill ha {PARISH} {VOL} framtagen. Mitt mobilnummer är {PH}.\nMvh {G#1}",
    "Från: {P#1} <{E#1}>\nÄmne: Sv: Fråga om dödbok\nHej {G#2}! Bouppteckningen efter {F#3@old} finns i häradsrättens arkiv. Ring gärna {PH}.\n/{G#1}\nArkivarie",
    "Lånekort forskarsal\nNamn: {P#1}\nPersonnummer: {PNR}\nAdress: {AL}\nMobil: {PH}\nE-post: {E#1}",
    "Reservation: {P#1} har beställt mikrokort för {PARISH} {VOL}. Kunden nås på {PH}.",
    "Kommunarkivet meddelar: {P#1} har lämnat in sin fars samlingar. Deponerat {DATE}. Kontaktperson {P#1}, {A}, {PH}.",
    "Frågeformulär inför intervju (muntlig historia)\nIntervjuperson: {F#1}, f. {BORN}\nAdress: {AR}\nTelefon: {PH}\nIntervjuare: {P#2}",
    "KVITTO\nKopior ur {PARISH} {VOL}, {AMT}\nKund: {U#1}\n{A}\nHandläggare {S#2}",
    # DNA matches in Swedish
    "Hej {G#1}! Vi har en DNA-matchning på {CM} cM över {SEG} segment. Jag tror vi möts i {P#2@old} från {PARISH}. Hör av dig på {E#3}! /{P#3}",
    "Hej! Jag ser att du matchar min pappa {P#1:m} med {CM} cM. Vår gemensamma ana kan vara {F#2@old}, som emigrerade {YEAR}. Jag nås på {PH}.",
    "DNA-resultatet visade att {G#1:f} och jag är halvkusiner! {Gs#1} morfar var alltså min farfars bror. Nu ska vi träffas hos henne på {a}.",
    "Anteckning: match med {P#1} ({CM} cM), trolig tremänning. Hen bor på {A} och har ett träd med {NUM} personer.",
    # emigrants
    "Emigrantregistret: {P#1:m@old}, dräng, {AGE} år, från {PARISH}, utvandrade {OLDDATE} via Göteborg till {USPLACE}. Biljett nr {NUM}.",
    "Utflyttningslängd {PARISH} {YEAR}: {F#1:m@old} med hustru och {FEW} barn till Nordamerika. Anteckning av prosten {S#2@swedish}.",
    "Passagerarlista {SHIP}, {YEAR}: {RU#1@old}, {AGE}, {PARISH}; {RU#2@old}, {AGE}, {PARISH}.",
    "Brev från Amerika {YEAR}, avskrivet av {P#1}: \"Kära föräldrar, jag har nu fått arbete på farmen.\" Brevet finns hos {G#1}, {A}.",
    "Ättlingar till {P#1@old}, som reste till {USPLACE} {YEAR}, söks till släktträffen i {PARISH}. Anmälan till {PH} eller {AR}.",
    "Hej kusin {g#1}! Jag har hittat {Gs#2@old} namn i passagerarlistan för {SHIP}. Kolla vad moster har på vinden, hon bor ju kvar på {a}.",
    # chats and everyday family messages
    "{n#1} har du mormors gamla fotoalbum kvar? {g#2} säger att det finns en bild på {Gs#3@old} konfirmation där",
    "hej {g#1}! såg ditt inlägg om {s#2@swedish}-släkten i {PARISH}. kan vi vara släkt? /{g#3}",
    "@{G#1} jag har lagt upp avskriften av {Ss#2@old} bouppteckning i gruppen nu",
    "ok {n#1} jag ringer pastorsexpeditionen imorgon och frågar om graven. numret är {PH} om du vill ringa själv",
    "mamma skickade adressen till {g#1}s kusin i Amerika: {aus}. skriv till henne!",
    "Tack {N#1} för att du skannade {Ps#2} brev! Ska jag skicka tillbaka originalen till {A}?",
    "farfars kusin ({G#1}) säger att farfars far hette {P#2:m@old} och var skräddare i {PARISH}",
    "{g#1}: vilken volym var det nu? {g#2}: {VOL}, sidan {PAGE}. {g#1}: tack!! då har vi {ns#3} farfar också",
    "vi ses hos {g#1} på {a} kl {TIME}, ta med pärmarna. ring {PH} om du inte hittar",
    "{g#1:f} flyttade till {a} förra året, har du hennes nya nummer? det gamla {PH} funkar inte",
    # letters, notes with addresses and contacts
    "Hej!\nJag håller på att skriva en släktbok om {S#1@swedish}-släkten och undrar om du är barnbarn till {F#2}? Min adress är\n{AL}\nVänliga hälsningar\n{P#3}\n{PH}",
    "Till {P#1}\n{AL}\n\nTack för fotografierna av gården. Jag återkommer med avskriften.\n\n{P#2}",
    "Avsändare: {P#1}, c/o {P#2}, {A}. Mottagare: {AR}.",
    "Min farbror {F#1:m} bodde på {STN} i många år innan han flyttade till {VIL}.",
    "Nya adresser i släktregistret: {P} har flyttat till {STL}, och {P} till {AX}. Kusinen i Norge nås nu på {PHNO}.",
    "Släktträff {DATE} på {AR}! Anmälan senast {DATE} till {P#1} ({PH}) eller {P#2} ({E#2}). Kostnad {AMT} per vuxen.",
    "Till släktforskarföreningen: min mormor {F#1:f}, {PNR}, har gått bort. Hennes pärmar vill vi skänka. Kontakta {P#2}, {PH}, {A}.",
    "Vill någon ta över det gamla kortregistret om folk i {PARISH}? Hämtas hos {P#1}, {a}, ring först {PH}.",
    "Finska kyrkböcker: {P#1:m@finnish}, född {YEAR} i Nykarleby. Hans sondotter i Sverige söker kusiner i Finland, adress {A}, {PH}.",
    "Norsk bygdebok: {P#1:m@norwegian} fra garden Haugen gifte seg med {P#2:f@old} fra {PARISH}. Tips fra {ANO}, {PHNO}.",
    "Hej! Jag heter {P#1} och är bibliotekarie på {TOWN}s bibliotek. Vi har fått in en samling om hembygden. Ring {PH} eller kom förbi på {ST}.",
    "Minnesanteckning: {F#1} ({LIFE}) var skollärare i {PARISH}. Skrivet av barnbarnet {P#2}, {E#2}.",
    "Anmälan till släktforskardagarna: {P}, {PNR}, {A}, {PH}; {P}, {PNR}, {A}.",
    "Kvitto medlemsavgift 2027: {P#1}, {ARL}. Betalt {AMT}. Kassör {I#2}.",
    "Gåva till arkivet: {P#1} har skänkt {NUM} brev skrivna {SPAN}. Givarens adress: {BOX}. Telefon {PH}.",
    "Vem känner igen familjen på bilden? Fotot är taget utanför {ST} i {TOWN} ca {YEAR}, kanske hos {Ss#2@swedish} bagare. Svar till {G#1} på {PH}.",
    "Tack för senast, {G#1}! Som lovat: kyrkboken för {PARISH} finns som bild {AID}.",
    "Uppdrag: släktutredning i dödsbo efter {F#1}, {PNR}. Okända arvingar kan finnas i Amerika. Handläggare: {P#2}, {BOX}, {PH}, {E#2}.",
    "Vi som forskar om {PARISH}: nästa träff hos {P#1} på {A}. Anmäl till {N#1} på {PH} eller {E#1} senast {DAY}.",
    "Anbytarlista: {R}, {A}, forskar om {PARISH}; {R}, {AR}, forskar om emigranter; {R}, {PH}.",
    "Frågan om {Ss#1@swedish} ursprung är nu löst, skriver {P#2}: fadern kom från Gärdsjö, inte från {PARISH}.",
    "SMS till {G#1}: Jag står utanför landsarkivet på {ST} nu men de öppnar inte förrän {TIME}. Ring {PH}",
    "Dödsannons: Vår älskade {F#1}, född {BORN}, har stilla insomnat. Sörjd och saknad av {G#2} och {G#3}. Minnesstund på {ST}.",
    "Utdrag ur kyrkobokföringen, {PARISH} församling: {U#1}, {PNR}, folkbokförd på {A}. Fadern {F#2:m}, {PNRO}.",
    "Personbevis med relationer för {P#1}, {PNR}, skickas till {AL}. Frågor: Skatteverket, {PH}.",
    "Fullmakt\nJag, {P#1}, {PNR}, ger {P#2}, {PNR}, rätt att beställa handlingar om min far {F#3:m}, {PNRO}, hos Riksarkivet.\nOrt och datum: {TOWN} {DATE}",
    "Bilden är märkt på baksidan: \"Mor och far ({G#1:f@old} och {G#2:m@old}) utanför stugan\". Skannad av {P#3}, {PH}.",
    "Dödsannons: Vår kära mor {P#1:f}, född {S#2@swedish}, har lämnat oss. Begravningen sker i {PARISH} kyrka. Minnesgåvor till hembygdsföreningen, {BOX}.",
    "Kusin {G#1:f} (farmors systers barnbarn) och hennes man ({G#2:m}) kommer på släktträffen. De bor på {AR}.",
)  # fmt: skip

EN = (
    # UK parish registers and census
    "1881 census, {TOWN}: {F#1:m@uk}, head, {AGE}, fisherman, and {G#2:f@uk}, wife, at {UKST}. Transcribed by {I#3}.",
    "Baptism, Holy Trinity, {TOWN}, {OLDDATEEN}: {F#1:m@uk}, son of {P#2:m@uk}, labourer, of {UKST}. Officiating minister: Rev. {S#3@uk}.",
    "MARRIAGE REGISTER {YEAR}: {U#1:m@uk}, bachelor, mariner, and {P#2:f@uk}, spinster, both of {UKST}.",
    "Burial register, All Saints, {TOWN}: {F#1@uk}, aged {AGE}, abode {UKST}, buried {OLDDATEEN}.",
    "Research log {DATEEN}: searched the 1911 census for {P#1@uk} at {UKST}, {TOWN}. Not found. Try her married name next.",
    "Dear {G#1},\nI think your great-grandmother {F#2:f@uk} and my great-grandfather were siblings. My address is\n{AUL}\nBest wishes,\n{P#3}\n{PHUK}",
    "The National Archives reader's ticket application\nName: {P#1}\nAddress: {AU}\nPhone: {PHUK}\nResearch topic: the {S#2@uk} family of {TOWN}",
    "Hi, I'm booking a seat in the reading room at Kew on {DAYEN} to look at army service papers. Could you confirm to {E#1}? Thanks, {P#1} ({PHUK})",
    "One-name study newsletter: welcome to new member {P#1}, of {AU} ({E#1}). Please send updates to the coordinator at {AUL}.",
    "Family History Society meeting, {DAYEN} {DATEEN} at {TIME} in the church hall, {UKST}: {P#1} will speak on nonconformist registers. Contact the secretary, Mr {S#2}, on {PHUK}.",
    "Members' interests: {R}, {AU}, researching {S@uk} in {TOWN}; {RU}, {AUL}; {R}, {PHUK}",
    "Cemetery map, {TOWN} Borough Cemetery, plot {PLOT}: headstone for {F#1@uk}. Enquiries to the cemetery office, {AU}, {PHUK}.",
    "Grave register entry {REF}: purchased by {P#1@uk} in {YEAR}. Current grave owner: {U#2}, {AU}, {PHUK}, {E#2}.",
    "Bereavement Services, {AUL}. Telephone {PHUK}. Grave searches cost {GBP}.",
    "The record office has moved to {AU}. The searchroom number is now {PHUK}.",
    # Ireland
    "1901 census of Ireland, townland of Ballinlough, {IECO}: {F#1:m@irish}, head of family, farmer, and {P#2:f@irish}, wife.",
    "Hi {G#1}, we match at {CM} cM on AncestryDNA. My great-grandfather {F#2:m@irish} left {IECO} around {YEAR}. I'm at {AIE}. {P#3}",
    "PRONI visit: {P#1} ordered the {S#2@irish} estate papers for {DAYEN}. Contact number {PHUK}, address {AIE}.",
    "Dear {G#1}, the parish priest says the baptism is in the {YEAR} register. Write to the parish office at {AIEL} or phone {PHIE}. Regards, {P#2}",
    "Irish Genealogical Research enquiry: I'm looking for the family of {P#1@irish}, married {YEAR}. Please reply to {P#2}, {AIEL}, {PHIE}, {E#2}.",
    "National Library of Ireland, manuscripts reading room, {AIE}. Phone {PHIE}.",
    # US census and emigrant ancestors
    "1900 US census, {USPLACE}: {F#1:m@old}, head, born Sweden, immigrated {YEAR}; {G#2:m@us}, son, born Illinois. Address: {USST}.",
    "1940 census: {P#1@us}, age {AGE}, living at {USST}, occupation machinist. Notes by {P#2}, {PHUS}.",
    "Passenger manifest, {SHIP}, arrived New York {OLDDATEEN}: {RU#1@old}, {AGE}, laborer, last residence {PARISH}, going to {USST}, {USPLACE}.",
    "Naturalization record: {F#1@old}, born {OLDDATEEN} in Sweden, residing at {USST}, Rockford. Witness {P#2@us}.",
    "Hi cousin {G#1}! My grandma {F#2:f@us} always said her father came from {PARISH}. We share {CM} cM. Call me at {PHUS} or write to {AUS}. — {P#3}",
    "Hello {G#1},\nMyHeritage says we're predicted 3rd to 4th cousins ({CM} cM). My tree has {P#2@old} from {LAN}.\n{P#3}\n{AUSL}\n{PHUS}",
    "FamilySearch Library appointment: {P#1}, {DAYEN} at {TIME}, help with Swedish church records. Confirmation sent to {E#1}.",
    "The {S#1@swedish} family reunion will be held at the Lutheran church hall, {AUS}, on {DATEEN}. RSVP to {P#2} ({PHUS}) or {E#2}.",
    "Obituary: {F#1@us}, {OLDAGE}, of {USPLACE}, passed away peacefully. Survived by {P#2} and {P'#3} family.",
    "Swedish American Museum research request\nName: {P#1}\nAddress: {AUSL}\nPhone: {PHUS}\nEmail: {E#1}\nAncestor: {F#2@old}, emigrated {YEAR}",
    "County clerk's office: a certified copy of the death certificate of {F#1@us} has been mailed to {P#2}, {AUS}. Fee {USD}. Questions: {PHUS}.",
    "Hey {n#1}, grandpa {g'#2:m} old address in Minneapolis was {aus}, right? i'm filling in the family tree",
    "Historical society office: {AUS}. Open {DAYEN}s. Call {PHUS} to book the research room.",
    # DNA messages and cousin chats
    "Hi {G#1}, I manage the DNA kit for my mother, {P#2:f}. You share {CM} cM with her. I'm {G#3}, {E#3}.",
    "Shared matches: {P}, {P} and {Gi}. All descend from the same couple in {LAN}?",
    "@{G#1} did you ever hear back from {N#2} about the photo of the farm? I'd love a copy.",
    "{g#1}: found her!! {g#2}: who? {g#1}: the missing sister. she's in the 1910 census with {p#3@us} at {usst}",
    "Thanks {N#1}! I'll bring the family bible to {G'#2} on {DAYEN}. The flyleaf lists {P#3@old} and {P#4@old}.",
    "Reply to {G#1}: yes, {P#2:f} is my aunt, {P'#3} sister. She still lives at {AU}. I'll ask whether she has the letters.",
    "From: {P#1} <{E#1}>\nTo: {P#2}\nSubject: Our Swedish cousins\nHi {G#2}, I finally heard from Sweden. Their address is {A}. Phone {PH}.\n{G#1}",
    "From: {P#1} <{E#1}>\nSubject: Re: DNA match ({CM} cM)\nDear {G#2}, I don't recognise the surname {S#3@us}. Could you send me your tree?\nRegards, {G#1}\n{PHUS}",
    "hi {n#1}, just landed in Stockholm! we're staying at {a} till friday, my swedish number is {PH}",
    # archives, libraries, societies
    "Reading room request: {P#1}, reader no. {NUM}, requests boxes {NUM} and {NUM} for {DAYEN}. Contact {PHUK}.",
    "Library notice: {P#1} has reserved the microfilm of the {TOWN} parish registers. Please collect from {AU} by {DATEEN}. Questions to {PHUK} or {EO}.",
    "Oral history consent form\nInterviewee: {F#1}\nAddress: {AUL}\nTelephone: {PHUK}\nInterviewer: {P#2}\nDate: {DATEEN}",
    "Local history society committee 2027–28: chair {P}, secretary Mrs {S}, archivist {I}. Correspondence to {AU}.",
    "Please note: {P'#1} talk on workhouse records is moved to {DAYEN}. To book, call {PHUK} or write to {AUL}.",
    "Photo archive query: Can anyone identify the people outside the {TOWN} Co-op, c. {YEAR}? The man on the right may be {P#1:m@uk}. Reply to {E#2}.",
    "Norwegian bygdebok extract: {P#1:m@norwegian}, born {YEAR} at the farm Haugen, emigrated to {USPLACE}. His descendant {P#2} lives at {AUS}.",
    "Finnish church records: {P#1@finnish}, married {YEAR} in Vaasa. Research by {P#2}, {AFI}, {PHFI}.",
    "Will of {F#1@uk}, proved {YEAR}: to my daughter {G#2:f@uk} the cottage at {UKST}. Executor {P#3@uk}.",
    "Workhouse admission register, {YEAR}: {P#1:f@uk}, {AGE}, widow. Discharged to her brother at {UKST}.",
    "Dear Sir or Madam, I am researching my great-grandfather {F#1:m@old}, a Swedish immigrant who died in {USPLACE}. Please send any records to {AUSL}. Tel. {PHUS}",
    "Hi all, new here! I'm {G#1}, researching the {S#2@swedish} line from {LAN}. If you share it, my address is {AUS}, or email {E#1}.",
    "Cemetery volunteers {DATEEN}: {P} (rows A–F) and {Gi} (photos). Meet at the gate on {UKST} at {TIME}. Any problems call {PHUK}.",
    "Invoice {REF}: research services for {P#1}, {AU}. Three days at the record office, {GBP}. {P#2}, professional genealogist, {PHUK}.",
    "Change of address for the society journal: {P#1}, from {AU} to {AUL}.",
    "Marriage notice, {YEAR}: {P#1:f@uk} (née {S#2@uk}) of {UKST}, {TOWN}. Sent in by her granddaughter ({G#3:f}), {E#3}.",
    "Family tree notes: great-aunt Lil ({F#1:f@us}) never married; her brother ({G#2:m@us}) farmed near {USPLACE}. Ask {G#3} on {PHUS}.",
)  # fmt: skip

MIXED = (
    "Hej {G#1}! Jag fick ett mail från en DNA match i USA, shared {CM} cM. Hon tror att hennes great-grandfather var {P#2:m@old} från {PARISH}. /{G#3}",
    "Hi {G#1}, tack för ditt meddelande! Yes, my grandmother {F#2:f@us} was born in {USPLACE}. My address is {AUS} if you want to send the photos.",
    "Från: {P#1} <{E#1}>\nTill: {P#2}\nÄmne: Re: our common ancestor\nHi {G#2}! Jag har hittat emigrationen i Göteborgs emigrantregister, {YEAR}. Ring mig gärna: {PH}.\n/{G#1}",
    "Meeting notes, släktföreningen {DATE}: {P#1} ({E#1}) presenterade the new website. Action: {G#2} mejlar the cousins in Minneapolis, {AUS}, om gravstenen.",
    "Påminnelse: reading room booking på Riksarkivet {DAY} kl. {TIME} för {P#1}. Ordered volumes: {PARISH} {VOL}. Contact: {PH}, {E#1}.",
    "{g#1} kan du fixa en deadline för bygdeboken? {g#2} needs the texts by friday. skicka till {a}",
    "Hi! Jag heter {P#1} och forskar om {S#2@swedish}-släkten. Does anyone know the family at {USST}, {USPLACE}? Ring {PH} eller mejla {E#1}.",
    "Update från kyrkogårdsförvaltningen: the grave lease for {F#1} (grav {GRAV}) expires {DATE}. Gravrättsinnehavare {P#2}, {A}, {PH}.",
    "Dear {G#1}, enclosed är avskriften av bouppteckningen. The farm was called Gärdsjö, fastighet Gärdsjö 1:4. Hälsningar, {P#2}, {AL}",
    "Till: {EO}\nSubject: Personbevis\nHej! I need a personbevis for my farfar {F#1:m}, {PNRO}, for the probate i USA. Mitt personnummer: {PNR}. Thanks! {P#2}, {A}",
    "Quick question till gruppen: har någon the 1910 census för {USPLACE}? Letar efter {P#1@old}. Tack! /{P#2}, {PH}, {E#2}",
    "Hej {G#1}, we have a new DNA match: {P#2@us} ({CM} cM). Hon bor på {AUS}. Shall I write to her eller vill du?",
    "@{G#1} @{G#2} släktträffen is on! {DATE} på {AR}. Please RSVP till {PH} senast {DAY}.",
    "Projektlogg: transcription av {PARISH} AI:{NUM} klar. Done by {P#1}. Next: dödböcker {SPAN}. Kontakt {Gi#2}, {PH}.",
    "Hi {G#1}! Min kusin {G#2} på {a} säger att the grave är på the Lutheran cemetery i {USPLACE}, plot {PLOT}. Do you have a photo?",
    "Ny medlem: {P#1}, {A}, {PH}. Interests: emigrants to Minnesota, {PARISH} parish. Welcome från styrelsen!",
    "Arkivbeställning\nName: {P#1}\nPersonnummer: {PNR}\nAddress: {AL}\nRequested: {PARISH} {VOL} (digital copies, please)",
    "Hej! I'm visiting Sweden i juli and would love to see the old farm. Min kontakt där är {P#1}, {AR}, {PH}. /{P#2}, {PHUS}",
    "Hi {G#1}, vi pratade om {F#2:m@old}, who left {PARISH} {YEAR}. I found him in the passenger list, {SHIP}. Spännande!",
    "Styrelsemöte hembygdsföreningen, {DATE}: närvarande {P} och {P}. Vi har fått ett mail från {P#1@uk}, {AU}, som vill donate letters.",
    "Hej {G#1}! The archive in Kew har bekräftat din booking för {DATEEN}. Adressen är {AU}. Lycka till!",
    "Kusinträff planning: {N#1} tar hand om catering och {N#2} bokar lokalen på {ST}. Questions? Ring {PH}.",
    "Note to self: ask {G#1} about {G'#2@old} birth date — church book says {OLDDATE}. {G'#1} number: {PH}",
    "Hi {G#1},\nMin mamma {F#2:f} passed away last month. Hon hade massor av släktpapper. Would you like them? Skicka din address!\n{P#3}\n{AL}\n{PH}",
    "Från: {P#1} <{E#1}>\nSubject: Gravsten i {PARISH}\nHi {G#2}, här är bilden på gravstenen för {F#3@old}. The inscription is hard to read. Vänliga hälsningar, {G#1}",
    "Hej! Jag är {P#1}, archivist på Landsarkivet. Your request om bouppteckningen är klar. Vi skickar den till {A}. Tel {PH}.",
    "DNA-matchning: {P#1} ({CM} cM, Ancestry) och {P#2} ({CM} cM, MyHeritage). Both descend from {P#3@old}.",
    "{g#1}: kolla detta! {g#2}: what? {g#1}: {gs#3@old} emigration record, {YEAR}, {SHIP}. {g#2}: wow, skicka till mig",
    "Hej {G#1}, the cemetery map shows {S'#2@swedish} family grave, grav {GRAV}, near the gate on {STN}. Kram, {N#3}",
    "Hello från {TOWN}! I'm {P#1}, {Gs#2} kusin from Seattle. We're staying at {A} this week. My Swedish phone: {PH}, US: {PHUS}.",
    "Reading room request (Kansallisarkisto): {P#1}, tutkija/forskare, wants {P'#2@finnish} records. Contact: {PHFI}, {AFI}.",
    "Tack för ditt mail! My great-grandmother {F#1:f@norwegian} came from Norway. The family in Oslo ({PHNO}) lives at {ANO}.",
    "Reminder: medlemsavgift 2028 ({AMT}) ska betalas senast {DATE}. Questions to kassören {P#1}, {PH}, {E#1}, {BOX}.",
    "Heads up: {P#1:f} från hembygdsföreningen ringer dig om the oral history interview. Hennes nummer: {PH}. Interviewee bor på {AR}.",
    "Arkivgruppen: {P} ({PH}) och {P} ({PH}). Ansvar: scanning of photos. Vi ses på {ST}.",
    "{G#1}, vi har fått ett brev from {P#2@irish} in {IECO}. Address: {AIEL}. Phone {PHIE}.",
    "Hej! Personbevis for {F#1}, {PNR}, needed for the US citizenship application. Skicka till {AUS} eller mejla {E#2}. /{P#2}",
    "Researcher's note: {P#1:m@old}, soldat, {LIFE}. Source: {PARISH} {VOL}, p. {PAGE}. Uploaded by {P#2}.",
    "Ni som har koll på {PARISH}: does anyone have the husförhörslängd för {YEAR}? DM:a mig eller ring {PH}. /{G#1}",
    "Hi cousin! {G#1} här. The address till farmors gamla hus är {A}, men nu bor {P#2:f} där. She said we can visit!",
    "Thanks {G#1}! Jag har uppdaterat the family tree: {F#2:m} och hans fru {F#3:f} är nu inlagda, med adressen {AL}.",
    "Från: {P#1} <{E#1}>\nTill: {EO}\nÄmne: Booking forskarsal\nHi, I'd like to book a seat {DAY} {DATE}. Jag är medlem nr {NUM}. Thanks! {G#1} ({PH})",
    "Inventering av gamla kyrkogården: volunteers {P} och {P}. We meet at {ST} kl. {TIME}. Ta med kamera och the cemetery map.",
    "Släktboken är klar! Order via {EO} eller ring {P#1} på {PH}. Shipping to the US: contact {AUS}.",
    "Hej {G#1}, {G#2} from the society says the letters are now at the archive, {BOX}. Ska vi åka dit tillsammans?",
    "Grattis {G#1}! Your DNA results are in och du har {NUM} matches i Sverige. Top match: {P#2} ({CM} cM), som bor på {A}.",
    "Tisdagsgruppen: {n#1} scannar fotona hos {g#2} på {a}, {g#3} does the index och ringer om dagböckerna (tel {PH}).",
    "Hello! Jag bor nu på {STL}. Please update my address i medlemsregistret. {P#1}, {PH}, {E#1}",
    "Familjen {S#1@swedish} i {USPLACE}: {F#2:m@old} (b. {YEAR} i {PARISH}) och hans fru. Source: 1910 census, {USST}.",
    "New address för föreningen: {BOXL}. Phone {PH}, email {EO}.",
    "Bokning: {P#1} kommer {DAY} kl. {TIME} to scan photos. Address for the visit: {ARL}. Mobil {PH}.",
    "Hej {G#1}! My cousin in Ireland bor på {AIE}. Hennes nummer är {PHIE}. She has the parish records!",
    "Kan du skicka boken till {AL}? Thanks so much! /{G#1}, {PH}",
    "Please note: kyrkogårdsexpeditionen har ny adress, {A}, and a new phone number, {PH}.",
)  # fmt: skip

# Rows with no value at all, each used once: look-alikes of the genre (volume and page references,
# archive ids, reference, order, case and account numbers, amounts, dates, times, agencies and firms
# named after no person, places that are no address, everyday words that are also names).
NEGATIVES = (
    (
        "sv",
        "Husförhörslängd AI:14 (1861–1865), s. 212: hela hushållet flyttade till Nordamerika 1882. Källa: ArkivDigital, bild 219.",
    ),
    (
        "sv",
        "Riksarkivets forskarsal har öppet tisdag–torsdag 9.00–16.30. Beställ volymer senast dagen innan. Max fem volymer åt gången.",
    ),
    (
        "sv",
        "Din beställning nr 48213-07 är skickad. Belopp 450 kr, betalt med kort. Leverans inom 10 arbetsdagar.",
    ),
    (
        "sv",
        "Gravplats C 112 på Norra kyrkogården, kvarter 14. Gravrätten förnyas på 25 år. Avgift 1 950 kr per år för skötsel.",
    ),
    (
        "sv",
        "Årsmötet beslutade att höja medlemsavgiften till 250 kr. Bankgiro 5123-8870, org.nr 802412-3344.",
    ),
    (
        "sv",
        "Emigrantregistret visar 1 236 utflyttade från socknen mellan 1868 och 1893, de flesta till Illinois och Minnesota.",
    ),
    (
        "sv",
        "Klara besked i ortnamnsregistret: sten, lind och ek är ortnamnsled här, och torpet hette Stenlinden.",
    ),
    (
        "sv",
        "Hans hustru och barn står överstrukna i längden; de flyttade till Fryksände 1874, se AIIa:3, s. 88.",
    ),
    (
        "sv",
        "Per capita var utvandringen störst från Värmland och Småland. Bo gärna nära arkivet om du ska forska flera dagar.",
    ),
    (
        "sv",
        "Skatteverket, Statens servicecenter och Sveriges Släktforskarförbund har alla öppet i Släktforskarnas hus under släktforskardagarna.",
    ),
    (
        "sv",
        "Socknen, hemmanet och torpet: Gärdsjö 1:4 är en fastighetsbeteckning, inte en adress. Torpet låg under Stora Hult.",
    ),
    (
        "sv",
        "Bouppteckningen upptar en ko, två får, en kista och skulder på 45 riksdaler. Behållning 12 riksdaler 16 skilling.",
    ),
    (
        "sv",
        "Mikrokort nr 2214, fiche 3/7. Läsapparaterna står i rum 4. Skrivaren tar 2 kr per sida.",
    ),
    (
        "sv",
        "Dödboken 1895–1920, C:9, saknar sidorna 44–48. Uppgifterna finns i stället i sockenstämmans protokoll.",
    ),
    (
        "sv",
        "Mark och skog såldes 1912 till bolaget. Arrendet gällde i 49 år och upphörde den 14 mars 1961.",
    ),
    (
        "sv",
        "Bild v12345.b56.s34 är suddig, så jag läste originalet på landsarkivet i stället. Dag två hittade jag rätt volym.",
    ),
    (
        "sv",
        "Svenska kyrkan, församlingsexpeditionen, har telefontid måndag–fredag 10.00–12.00. Ärendenummer 2027-0412.",
    ),
    (
        "sv",
        "Kyrkogårdskartan från 1930 visar 14 kvarter och 1 812 gravplatser. Digitaliserad i projektet Gravar i Småland.",
    ),
    (
        "sv",
        "Hembygdsföreningens arkiv rymmer 86 hyllmeter: protokoll, skolkataloger, brev och 3 400 fotografier.",
    ),
    (
        "sv",
        "Folkräkningen 1890 är fritt sökbar. Filtrera på födelseort, yrke och civilstånd; ange inte namn om du söker en hel by.",
    ),
    (
        "sv",
        "Gården låg där ström och berg möts, nedanför kyrkan, och kvarnen drevs av forsen till 1931.",
    ),
    (
        "sv",
        "Ansökan om arkivbidrag: 18 500 kr till inbindning av protokollen. Beslut i kulturnämnden den 3 juni, ärende KN 2027/114.",
    ),
    (
        "sv",
        "Ett tips: Vadstena landsarkiv har domböcker från Östergötland, Härnösand har Norrland och Visby Gotland.",
    ),
    (
        "sv",
        "Mantalslängd 1810, Kalmar län, vol. 44: 212 rökar, 37 torp och 6 backstugor i socknen.",
    ),
    (
        "sv",
        "Sjuttio års sekretess gäller journaler. Beslutet kan överklagas till kammarrätten inom tre veckor från delfåendet.",
    ),
    (
        "sv",
        "Föreningens släktforskarkväll börjar kl. 18.30 i biblioteket. Kaffe 20 kr. En lisa för själen efter en dag med gotisk skrift.",
    ),
    (
        "en",
        "Reading room hours: Tuesday to Saturday, 9am to 5pm. Order up to six documents in advance; reader's ticket required.",
    ),
    (
        "en",
        "Order #58231 has been dispatched: three certificates at £12.50 each, total £37.50. Allow 15 working days.",
    ),
    (
        "en",
        "The 1921 census of England and Wales is indexed by address and occupation. Piece RG15/12345, schedule 212.",
    ),
    (
        "en",
        "Occupation column: cooper, miller, baker, carter, mason, tailor and smith; the enumerator wrote labourer as 'lab.' throughout.",
    ),
    (
        "en",
        "Will registers of the archdeaconry, 1660–1857, are on film 1234567. Grace was said before the vestry meeting, which agreed repairs at £45.",
    ),
    (
        "en",
        "Rose bushes, ivy and heather grow on many graves in the old section; the cemetery map marks them as shrubs, not headstones.",
    ),
    (
        "en",
        "Ellis Island records 1892–1924 are free to search. Castle Garden covers 1855–1890. Ship manifests list the last residence.",
    ),
    (
        "en",
        "Case ref. 2027/CR/0418: the grave lease for plot K12/44 has been renewed for 50 years. Fee £620.00.",
    ),
    (
        "en",
        "Townland, parish and barony are land divisions, not addresses. Ballinlough is in the civil parish of Kiltullagh.",
    ),
    (
        "en",
        "FamilySearch, Ancestry and MyHeritage all hold the Swedish household examination rolls. Check the film number 0123456 first.",
    ),
    (
        "en",
        "Mark the page and bill the hours: 3.5 hours at the record office, photocopies 40p each, total £18.20.",
    ),
    (
        "en",
        "The Society of Genealogists library closes at 4pm on Saturdays. Membership costs £60 a year; day visitors pay £20.",
    ),
    (
        "en",
        "Frank advice from the archivist: check the bishop's transcripts where the parish register is damaged, 1754–1812.",
    ),
    (
        "en",
        "Hope and Faith were the names of two lifeboats at Whitby; the station log for 1911 survives in box 7.",
    ),
    (
        "en",
        "Account no. 40-11-62 / 71234589, sort code for membership renewals only. Standing orders are due on 1 April.",
    ),
    (
        "en",
        "Land Registry title NK123456 covers the chapel yard; no burials after 1889 are recorded there.",
    ),
    (
        "en",
        "The Dawn patrol of cemetery volunteers cleared rows A to F; 318 headstones photographed, 27 illegible.",
    ),
    (
        "en",
        "Census day was 31 March 1901. Enumeration district 14, folio 62, page 18; the Hunter's Arms is listed as uninhabited.",
    ),
    (
        "mixed",
        "Reading room på Riksarkivet: öppet 9–16, max five volumes per day. Beställ online senast kl. 12 dagen innan.",
    ),
    (
        "mixed",
        "Order 2027-5532 confirmed: 12 digital copies à 35 kr, total 420 kr. Leverans via email inom två veckor.",
    ),
    (
        "mixed",
        "Fun fact: Ek, Lind och Björk are trees, inte bara efternamn. The soldier names came from the rote, not from the family.",
    ),
    (
        "mixed",
        "Meeting agenda: 1) budget 2028, 2) scanning project (3 400 photos), 3) övriga frågor. Start kl. 18.00, ends around 20.30.",
    ),
    (
        "mixed",
        "The emigration peak var 1887–1888, när över 46 000 personer left Sweden per year, mostly via Göteborg and Hull.",
    ),
    (
        "mixed",
        "ArkivDigital vs. Riksarkivet: both have husförhörslängder, but bilderna i färg finns bara hos ArkivDigital. Kostnad 1 295 kr/år.",
    ),
    (
        "mixed",
        "Heads up: Landsarkivet i Vadstena is closed 23 december–2 januari. Reading room öppnar igen den 3 januari kl. 9.",
    ),
    (
        "mixed",
        "Grave lease för kvarter G nr 212 renewed till 2052. Avgift 3 100 kr, invoice no. 88-4410, due in 30 days.",
    ),
    (
        "mixed",
        "Quick tip: AI = husförhör, AII = församlingsbok, B = flyttlängd, C = födda, vigda, döda. F = bouppteckningar.",
    ),
    (
        "mixed",
        "Gärdsjö 1:4 is the property designation, not an address. Torpet under Stora Hult, socken Tveta, län Värmland.",
    ),
    (
        "mixed",
        "DNA stats: 62 cM across 4 segments, longest 21 cM. Predicted relationship: 3rd–4th cousin, 90% confidence.",
    ),
    (
        "mixed",
        "Frågestund about Swedish church books på torsdag kl. 19.00 via Zoom. Meeting id 812 4410 2290, passcode 1850.",
    ),
    (
        "mixed",
        "Will och testamente: in Swedish records look for bouppteckningar, not wills. Most are in häradsrättens arkiv, serie F II.",
    ),
    (
        "mixed",
        "The cemetery map is scaled 1:500. Row markers A–N along the north wall, grave numbers 1–240 from the chapel.",
    ),
    (
        "mixed",
        "Hembygdsgården öppnar for the season på lördag. Guided tours kl. 11 och 14, 60 kr per adult, children free.",
    ),
    (
        "mixed",
        "Bill of sale från 1907 för gården: 4 800 kronor, signed at the tingsrätt. Scanned at 600 dpi, file 0043.tif.",
    ),
)
