# ruff: noqa: E501
"""Templates of held-out AZ (thirty-first writer): retail, e-commerce and logistics.

Order confirmations, delivery notes and parcel tracking, returns and complaints, customer
reviews, marketplace messages (Blocket- and Tradera-like), couriers' notes, warehouse pick lists
and shift notes, invoices and receipts, loyalty-club sign-ups and pick-up points. Slots:
`{P}` full name, `{p}` lower case, `{U}` capitals, `{F}` with middle names, `{G}`/`{g}` given
name, `{N}`/`{n}` its short form, `{S}`/`{s}` surname, `{I}` initial and surname, `{NS}` short form and surname, `{Gi}` given
name and the surname's initial, `{R}` `Surname, Given`, `{RU}` `SURNAME, Given`, `{E}` e-mail;
a trailing `s` a Swedish genitive, `'` an English one; `#1` the same person again, `:f`/`:m`
the gender. `{A}`, `{AL}` (over lines), `{ALGH}` (with lgh), `{ST}` (street and number), `{a}`
(lower case), `{BOX}`, `{CO}` (c/o name, then an address), `{AU}`/`{AUL}`/`{au}` UK, `{AUS}` US,
`{AX}`/`{AXL}` Europe; `{PH}`/`{PHX}` phones; `{PNR}` a personnummer. Other slots are no value.
"""

DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
# Pick-up points and shops: names of businesses, no personal value (several are named like people).
SHOPS = (
    "ICA Nära Linden", "Coop Konsum", "Pressbyrån Centralen", "Direkten", "Hemköp", "Willys Hemma",
    "Circle K", "OKQ8", "Tempo", "Handlar'n", "Mathem-skåpet", "Instabox-skåpet vid Coop",
    "Ombud: Tobaksaffären", "ICA Maxi", "Apotek Hjärtat", "Servicepunkten", "Lådan på Ica Kvantum",
    "Kjell & Company", "Clas Ohlson", "Jula", "Rusta", "Biltema", "Dollarstore", "Granngården",
)  # fmt: skip

SV = [
    # order confirmations
    """Tack för din beställning, {G}!
Ordernummer: {ORDER}
Leveransadress:
{P}
{AL}
Vi skickar ett sms till {PH} när paketet är på väg.""",
    "Hej {G#1}, din order {ORDER} är packad och lämnas till PostNord i dag. Leverans till {A}. Frågor? Svara på det här mejlet eller ring kundtjänst 0771-22 33 44.",
    """Orderbekräftelse {ORDER}
Kund: {P}
Faktureringsadress: {A}
Leveransadress: samma som ovan
E-post: {E}
Betalsätt: Klarna faktura (personnummer {PNR})""",
    """Beställare: {P#1}
Mottagare: {P#2}
Leveransadress: {ALGH}
Meddelande på paketet: ”Grattis på födelsedagen {G#2}! Kram {G#1}”""",
    "Din beställning från Björn Borg (1 x boxerkalsonger, 3-pack) skickas till {A}. Spåra med nummer {TRACK}. Hälsningar, {P} på kundservice",
    # delivery notes and tracking
    """Följesedel {ORDER}
Mottagare: {U}
{AL}
Tel: {PH}
Kolli: {QTY}  Vikt: {KG} kg
Packad av: {Gi}
Kontrollerad av: {P}""",
    "Ditt paket {TRACK} är framme vid utlämningsstället {SHOP}, {A}. Ta med legitimation. Paketet hämtas av {P} eller av ombud med fullmakt.",
    "Hej! Budbee levererar ditt paket i kväll mellan {TIME} och 22.00 till {ST}. Din budbil körs av {P}. Ändra leveransen i appen.",
    "Leveransavisering: Paketet till {P} kunde inte lämnas på {A}. Ingen svarade i porttelefonen. Nytt försök {DAY}. Kontakta oss på {PH}.",
    """Försändelse {TRACK}
Avsändare: {SHOP}
Mottagare: {R}
{ST}
Status: Sorterad på terminalen i Rosersberg""",
    "Spårning: Ditt paket har levererats till brevlådan hos {S} på {A} (avsändare {SHOP}, {A}) kl. {TIME}. Fel mottagare? Ring {PH}.",
    # courier notes
    "Bud-notering: lämnat vid dörren, {ST}, lgh {CODE}. Grannen {NS} tog emot. Portkod {CODE}. Kundens adress: {A}.",
    """Körlista {DATE} – bil 14, förare {P}
1. {A} – {P} – ring {PH}
2. {A} – lämna hos grannen {S}
3. {A}
4. {BOX} (företag, kvittens krävs)""",
    "Chaufförens anteckning: kunden {Gs} hund skäller, ställde kartongen i förrådet bakom huset på {ST}. Foto taget. /{N}, {PH}",
    "Obs till budet: kod till porten 4512, trappa upp till {Ss} dörr på 3:e våningen. Adress: {ALGH}. Ring {PH} om dörren är stängd.",
    "Retur till avsändare: mottagaren {P} är okänd (avsändare {P}, {AXL}, {PHX}) på adressen {A}. Kontrollera adressen med kunden.",
    # returns and complaints
    """Returformulär
Namn: {P}
Adress: {A}
Telefon: {PH}
Order: {ORDER}
Orsak: Fel storlek (jackan från Filippa K var för liten)
Återbetalning till: samma kort""",
    """Hej!
Jag har fått en trasig kaffebryggare i min leverans ({ORDER}). Kartongen var intryckt redan när budet ({G}) lämnade den. Vill ha en ny skickad till {A}.
Mvh
{P}
{PH}""",
    "Reklamation: kunden {P} ({E}) klagar på att soffan levererades till fel adress – {A} i stället för {A}. Ärendet lämnat till transportören.",
    "Hej {N}, vi har tagit emot din retur av stol Stefan och hylla Billy. Pengarna (1 249 kr) sätts in inom fem bankdagar. Vänliga hälsningar, {G} på kundtjänst",
    "Till kundtjänst. Jag heter {P} och beställde en Hemnes byrå för tre veckor sedan men ingenting har kommit. Jag bor på {ALGH}. Kan någon ringa mig på {PH}? Tack.",
    "Ärende {ORDER}: {Ps} retur registrerades {DATE}. Varan (skor från Tiger of Sweden, strl 43) var använd och returen nekas. Handläggare: {I}. Kunden nås på {PH}.",
    # reviews
    "★★★★☆ ”Snabb leverans och budet {G} var jättetrevlig. Dock lite repig bordsskiva.” – {Gi}, {TOWN}",
    "Omdöme: Beställde en Kallax till min sons rum. Kom på två dagar, men en skruvpåse saknades. /{P}",
    "”Bästa nätbutiken! {G} i chatten hjälpte mig byta storlek direkt.” — {F}, {NUM} år, {TOWN}",
    "Recension av Mio: soffan är fin men leveransen till {A} försenades en vecka. {G} på kundtjänst var hjälpsam i alla fall. Betyg 3/5. {P}, {E}",
    # marketplace
    "Hej! Är {Gs} barnvagn kvar? Kan hämta i kväll på {a}. Mvh {P}",
    "hej, intresserad av cykeln. kan du skicka den till {a}? swishar gärna. /{g}",
    """Annons: Säljes – Ivar-hylla, 3 sektioner, 400 kr. Hämtas på {ST} i {TOWN}.
Kontakt: {N} {PH}""",
    "Tradera: Grattis {G}, du vann auktionen på vinylspelaren! Säljaren {P} ({PH}) skickar med DHL Service Point till {A}.",
    """Från: {P#1} <{E#1}>
Till: {P#2}
Ämne: Köpet av symaskinen

Hej {G#2}!
Jag har skickat symaskinen i dag, spårning {TRACK}. Den ska komma till {A} på {DAY}.
Hälsningar {G#1}""",
    "säljaren {p} svarar: japp den finns kvar! hämta på {a} efter sex, ring {PH} när du står utanför. /{n}",
    "Köparen {P} vill ha soffan levererad till {ALGH}. Du som säljare bokar frakt via Blocket. Betalning reserverad.",
    "Hej {G}! Tack för köpet av Björn Borg-väskan. Jag har postat den, den borde vara framme hos dig på {ST} inom tre dagar. / {P}, {A}",
    # warehouse
    """Plocklista {DATE} – Lager B, skift 2
{SLOTP}  {SKU}  x{QTY}   plock: {Gi}
{SLOTP}  {SKU}  x{QTY}   plock: {Gi}
{SLOTP}  {SKU}  x{QTY}   plock: {G}
Kontroll: {I}""",
    """Skiftanteckning natt {DATE}
Arbetsledare: {P}
På plats: {P}, {N}, {G}, {P} (sjuk: {Gi})
Truck 3 trasig, felanmäld. {N} kör plock i stället.""",
    "Lagret: {P} slutar {DATE}. Nyckelbricka och kort lämnas till {S} i kassan. Ny på morgonskiftet blir {F}.",
    "Schema v.{NUM}: mån–ons {P} och {P}, tors–fre {Gi}. Inventering {DAY}, ansvarig {P} ({PH}).",
    "Avvikelse: pall med Ektorp-soffor tappad vid lastkaj 4. Rapporterad av {P}, vittne {P}. Ingen skadad.",
    """Personallista – lager Jönköping
{R}
{R}
{R}
{R}
{R}""",
    # invoices and receipts
    """FAKTURA {ORDER}
Kund: {U}
{AL}
Personnummer: {PNR}
Att betala: {AMT}
Förfallodag: {DATE}""",
    """Kvitto
Butik: Clas Ohlson, {A}
Kassör: {F}
Kund: {P} (Medlem, tel {PH})
Summa: {AMT}""",
    "Påminnelse: Faktura {ORDER} till {P}, {A}, är obetald. Belopp {AMT}. Kontakta oss på 08-120 130 00 om du redan har betalat.",
    """Inkassokrav
Gäldenär: {RU}
Personnummer: {PNR}
Adress: {A}
Ursprunglig fordran: {AMT}
Borgenär: Ellos AB, {BOX}""",
    """Kreditfaktura {ORDER}
Avser retur från {P}
Leveransadress: {CO}
Krediterat belopp: {AMT}""",
    # loyalty
    """Bli medlem i Klubb Hemma!
Förnamn: {G#1}
Efternamn: {S#1}
Personnummer: {PNR}
Adress: {A}
Mobil: {PH}
E-post: {E#1}""",
    "Välkommen till klubben, {F}! Ditt medlemsnummer är {ORDER}. Vi skickar ditt kort till {A}.",
    """Medlemsregister (utdrag)
{RU} – {A}
{RU} – {PH}
{RU} – {A}
{RU} – {PNR}""",
    "Hej {P}! Du har 250 bonuspoäng som går ut {DATE}. Handla i butiken på {ST} eller på nätet. Mvh Hööks kundklubb",
    """ANSÖKAN KUNDKORT
NAMN: {U}
PERSONNUMMER: {PNR}
ADRESS: {A}
TELEFON: {PH}""",
    # pick-up points
    "Ombudet {SHOP} på {A} har öppet {TIME}–21. Paket till {P} ligger på hylla {SLOTP}, paketet till {P} på hylla {SLOTP}.",
    "Till ombudet: Jag, {P}, ger {P} fullmakt att hämta mitt paket {TRACK}. Mitt personnummer: {PNR}.",
    "Ditt paketskåp: Instabox vid {SHOP}, {A}. Koden är {CODE}. Hämtas senast {DAY}. Hälsningar {P} på Instabox",
    "Utlämnat: kolli {TRACK} till {P} (legitimation kontrollerad, körkort) vid {SHOP}. Signerat {I}.",
    # chat and short notes
    "{g}: hej! paketet kom idag men det är fel färg på kudden 😩 {gs} syster säger att man kan byta i butik?",
    "kund {p} ringde, vill ändra adress till {a}. fixat i systemet /{n}",
    "hej hej, är det du som säljer kattklätterträdet? kan hämta imorgon. {g} här, bor på {a}",
    "har du fått paketet från {p}? hon sa att det skulle komma till {a} igår",
    "ok tack {g}! jag står vid lastkajen om fem min, {ns} bil står i vägen",
    "{g} och {g} jobbar dubbelpass på lördag pga kampanjen, {n} tar stängning",
    "Mamma, jag har beställt ett paket i ditt namn till {A}. Det står {P} på lappen. Ring {PH} om budet kommer.",
    # letters and signatures
    """Hej {G}!
Tack för att du handlar hos oss. Vi vill informera om att din leverans är försenad på grund av hög belastning. Den beräknas komma till {A} {DATE}.

Med vänliga hälsningar
{P}
Kundservice, Jollyroom
{PH}
{E}""",
    """Hej!
Jag har ändrat min leveransadress. Den nya är:
{AL}
Gäller från {DATE}.
/{P}""",
    """Från: {P#1} <{E#1}>
Skickat: {DAY} {DATE}
Till: kundtjanst@butik.example.se
Ämne: Dubbeldebitering

Hej, jag blev debiterad två gånger för order {ORDER}. Min adress: {A}. Telefon {PH}.
Hälsningar
{F#1}""",
    """Mvh
{P}
Lagerchef
Lagerhuset Syd AB
{A}
Tel {PH}""",
    """Hälsningar
{F}
Butikschef, Stadium {TOWN}
Direkt: {PH}""",
    "Leverans av kyl/frys: våra montörer {P} och {N} kommer {DAY} mellan {TIME} och 16.00 till {A}. De tar med den gamla. Kontakt {PH}.",
    "Matkasse: Vi kör hem till {Ps} familj på {ST} varje torsdag. Ring {PH} vid ändring.",
    "Notering: {P} vill inte att paket lämnas utanför dörren. Bor på {ALGH}. Leverera till ombud i stället.",
    "Hej {G}, din Tradera-vinst (lampa från Markslöjd) är skickad med spårning {TRACK}. Ha det fint! /{P} på Tradera",
    "Avsändare: {P}, {A}. Mottagare: {P}, {AX}. Innehåll: kläder, {KG} kg.",
    """Fraktsedel
Från: {P}, {BOX}
Till: {P}
{CO}
Referens: {ORDER}""",
    "{Ps} beställning ({ORDER}) och {Gs} beställning slogs ihop, båda går till {A}.",
    "VD {S} på Lagerhuset och inköpschef {P} hälsar på lagret {DAY}. Städa kajen, tack.",
    "Kassörskan {P} hittade {Ps} plånbok i butiken på {ST}. Ägaren hämtade den {DATE} och lämnade sitt nummer, {PH}.",
    "Budet {G} var här kl {TIME}, lämnade två kollin hos {P} i lgh 1103 eftersom ingen var hemma hos {S}.",
    "Flyttanmälan kund: {P}, gammal adress {A}, ny adress {AX}, gäller från {DATE}. Tel {PH}.",
    "Serviceärende: {P} ringde från {PH} om en trasig tvättmaskin (Electrolux). Teknikern {G} åker ut till {A} {DAY} förmiddag.",
    "Utkörningen till {A} stoppades – kunden {S} ville ha leverans efter {TIME}. Ny tid bokad av {P}, {PH}.",
    "Paket till {P}, {A}. Avsändare: Zalando Retur, {BOX}.",
    "Tack {G}! Vi har registrerat ditt klagomål om paketet som stod i regnet. Kompensation: 100 kr rabatt. Mvh {P}, PostNord Kundservice",
    "Anteckning från lagret: {Ps} pall skickades till {A} i stället för till {Gs} butik. Ring {PH}.",
    "Hej! Jag ska ta emot ett paket till min granne {P} på {A} medan hon är bortrest. Kan jag hämta det åt henne? /{P}, {ST}",
    "Tomtebutiken: beställning från {P} till {Ps} barn {G}, levereras till {AL}",
    "Rabattkod skickad till {E} ({P}, {PH}). Giltig till {DATE}.",
    "Kunden {P} ({PNR}) vill hämta varorna själv på lagret, {BOX}. Öppet vardagar 7–16. Fråga efter {G} i receptionen.",
    # more: staff, claims and sign-ups with several people
    """Överlämning kassa {DATE}
Öppnade: {P}
Stängde: {P}
Kassadiff: −12 kr (ingen åtgärd). Nyckeln ligger i kassaskåpet hos {P}, koden byts på måndag.""",
    "Reklamationen gäller {Ps} tvättmaskin. {P#1} nås på {PH} eller {E#1}. Servicetekniker: {P}. Personnummer för garantin: {PNR}.",
    "Hej {N}! {Ps} paket hamnade hos oss av misstag, det står {P} på lappen. Kan du säga till henne? /{P}, {ALGH}",
    "Arbetsledare {P} har godkänt {Ps} semester v. 28–31. Passen tas av {P} och {Gi}.",
    """Fullmakt
Jag, {F#1}, personnummer {PNR}, ger härmed {P#2} rätt att hämta ut mina försändelser.
Underskrift: {P#1}
Telefon: {PH}""",
    "Till {Ps} avdelning: lastpallarna från DB Schenker (fakturaref. {Gi}) står vid port 3. Ring {N} på {PH} om något saknas.",
    "Tack för ditt köp, {P}! {Gs} omdöme om leveransen: ”Budet {N} var jättesnabb.” Vill du också recensera? Svara på {E}.",
    "Kundtjänstlogg: {P} ringde ({PH}) angående sin mammas order – {Ps} mamma {P} har inte fått kylskåpet. Eskalerat till {I}.",
    "{gs} beställning har stått på lagret i två veckor, {g} lovade att ringa henne på {PH}. kan någon kolla? /{n}",
    "Körjournal {DATE}: förare {F}, passagerare {P} (praktikant). Rutt: {ST} – {A} – {BOX}. Avvikelse: {Ss} kartong fick åka tillbaka.",
    """Mottagningskontroll
Leverantör: Nordträ AB, kontakt {P}
Mottaget av: {P}
Kontrollerat av: {P}
Avvikelse: 2 kartonger saknas, signatur från {P} saknas på följesedeln.""",
    "Kundklubb Plus: {P} och {P} är nu registrerade på samma hushåll, {CO}. Kontakt {PH}.",
    "Hej {N}! Jag köpte {Ps} gamla cykel via Blocket men fick fel nyckel. Kan du ringa mig? {PH} / {P}",
]

EN = [
    """Thanks for your order, {G}!
Order number: {ORDER}
Shipping to:
{P}
{AUL}
We'll text you on {PHX} when it's out for delivery.""",
    "Hi {G#1}, your order {ORDER} has shipped with Royal Mail. Delivery to {AU}. Tracking: {TRACK}. Questions? Reply to {P} at {E}.",
    """Order confirmation
Customer: {P}
Billing address: {AUS}
Email: {E}
Phone: {PHX}
Items: 1 x Ralph Lauren polo shirt, 2 x Calvin Klein socks""",
    """Delivery note {ORDER}
Deliver to: {U}
{AUL}
Tel: {PHX}
Packed by: {Gi}""",
    "Your parcel {TRACK} is waiting at {SHOP}, {AU}. Please bring photo ID. It can be collected by {P} or someone with a signed note.",
    "We tried to deliver your parcel to {AU} but nobody was home. We left it with your neighbour, {P}, at number 14. – {P}, your Evri driver",
    "Driver's note: left in the green bin behind the gate at {au}. customer {p} asked by text. photo taken.",
    """Route sheet {DATEEN} – van 7, driver {P}
1. {AU} – {P}
2. {AU} – signature required
3. {AUS} (business)
4. {AU} – call {PHX} on arrival""",
    """Return request
Name: {P}
Address: {AXL}
Phone: {PHX}
Reason: wrong size (the Tommy Hilfiger jacket was too tight)
Refund to: original card""",
    """Hello,
My blender arrived broken (order {ORDER}). The box was crushed when your driver {G} handed it over. Please send a replacement to {AU}.
Regards,
{P}
{PHX}""",
    "Complaint logged: {P} ({E}) says the sofa went to {AX} instead of {AX}. Case passed to the carrier.",
    "Hi {G}, we've received your return of the Billy bookcase. Your refund of £{NUM}.99 will arrive in 3-5 working days. Best, {P} at Customer Care",
    "★★★★★ \"Arrived a day early, and the driver, {G}, even carried it upstairs!\" – {Gi}, {TOWN}",
    "Review: Ordered a Kallax for my daughter's room. Came in two days but one bag of screws was missing. – {P}",
    "\"Great shop! {N} on live chat sorted my exchange in five minutes.\" — {F}, verified buyer",
    "Is the pram still available? I can pick it up tonight from {au}. Cheers, {NS}",
    "hi, interested in the bike. could you post it to {au}? can pay by paypal. thx {g}",
    """For sale: oak dining table, £80 ono. Collection only from {AU}.
Contact {P} on {PHX}""",
    """From: {P#1} <{E#1}>
To: {P#2}
Subject: Your eBay purchase

Hi {G#2},
I posted the record player today, tracking {TRACK}. It should reach {AU} by {DAYEN}.
Best,
{G#1}
{AUL}""",
    """Pick list {DATEEN} – Warehouse 2, shift B
{SLOTP}  {SKU}  x{QTY}   picker: {Gi}
{SLOTP}  {SKU}  x{QTY}   picker: {G}
{SLOTP}  {SKU}  x{QTY}   picker: {Gi}
Checked by: {I}""",
    """Shift handover (nights) {DATEEN}
Supervisor: {P}
On shift: {P}, {G}, {Gi} (off sick: {P})
Forklift 2 out of service. {N} covering returns.""",
    "Staff note: {P} ({AU}) leaves on Friday. Please hand your badge to {S} at the front desk. {F} starts on the early shift.",
    """Staff list – Leicester fulfilment centre
{R}
{R}
{R}
{R}""",
    """INVOICE {ORDER}
Bill to: {U}
{AUL}
Amount due: {GBP}
Due: {DATEEN}""",
    """Receipt
Store: Marks & Spencer, {AU}
Served by: {G}
Customer: {P} (Sparks member)
Total: {GBP}""",
    """Sign up to Rewards+
First name: {G#1}
Last name: {S#1}
Address: {AUS}
Mobile: {PHX}
Email: {E#1}""",
    "Welcome to the club, {F}! Your card will be posted to {AU} within seven days.",
    "Hi {P}, you have 250 points expiring on {DATEEN}. Shop in store at {AU} or online. – The Boots Advantage team",
    "Collected: parcel {TRACK} released to {P} (passport checked) at {SHOP}. Signed {Gi}.",
    "{g}: hey my parcel came but the cushion is the wrong colour lol, {g'} sister says you can swap in store?",
    "customer {p} called, wants the address changed to {au}. done /{n}",
    "ok thanks {g}! i'm at the loading bay in 5",
    """Hi {G},
We're sorry your delivery has been delayed by high demand. It's now expected at {AUS} on {DATEEN}.

Kind regards,
{P}
Customer Service, Wayfair
{PHX}""",
    """Kind regards,
{P}
Warehouse Manager
Northgate Logistics Ltd
{AU}
Tel: {PHX}""",
    "Two-person delivery: {G} and {G} will bring your fridge freezer on {DAYEN} between {TIME} and 4pm to {AU}. They'll take the old one away. Questions: {PHX}.",
    "Note: {P} does not want parcels left outside. Lives at {AU}. Deliver to a pick-up point instead.",
    "Sender: {P}, {AX}. Recipient: {P}, {AU}. Contents: clothes, {KG} kg. Customs value {EUR}.",
    "{P'} order and {G'} order were merged; both ship to {AUS}.",
    "Mr {S} from head office and the area manager, Ms {S}, are visiting the depot ({AU}) on {DAYEN}. Call {N} on {PHX} with questions. Tidy the bays please.",
    "The cashier, {P}, found {P'} wallet in the store. She picked it up on {DATEEN} and left her number, {PHX}.",
    "Hi, I'm {P} and I ordered a Hemnes chest of drawers three weeks ago, still nothing. I'm at {AUS}. Could someone call me on {PHX}? Thanks.",
    "Claim {ORDER}: {P'} return was logged on {DATEEN}. The item (Hugo Boss shoes, UK 9) had been worn, so the return is refused. Handler: {I}.",
    "Export shipment: {P}, {AXL}. Tel {PHX}. Incoterms DAP. Prepared by {Gi}.",
    "Delivery for {P}, {AUS}. Leave with doorman if no answer. Sender: Amazon Returns Center.",
    "Driver {G} here – I'm outside {au} but the gate code isn't working. Can you come down? Sent from {PHX}. It's for {P'} flat.",
    "Customer record: {RU} | {AU} | {PHX} | prefers evening delivery",
    "Gift message for {G#2}: \"Happy birthday, love from {G#1} and {N}\". Deliver to {P#2}, {AU}.",
    """Till handover {DATEEN}
Opened: {P}
Closed: {P}
Cash variance: −£1.20 (no action). Keys are in the safe with {P}; the code changes on Monday.""",
    "Warranty claim for {P'} washing machine. {P#1} can be reached on {PHX} or {E#1}. Engineer: {P}.",
    "Hi {N}! {P'} parcel came to us by mistake, it says {P} on the label. Could you let her know? – {P}, {AU}",
    "Supervisor {P} has approved {P'} leave for weeks 28–31. Shifts will be covered by {P} and {Gi}.",
    "Customer log: {P} called ({PHX}) about her father's order – {P'} dad, {P}, never got the fridge. Escalated to {I}.",
    "Goods-in check: received by {P}, checked by {P}. Two cartons short, signature from {P} missing on the delivery note.",
    "Thanks for your purchase, {N}! {G'} review of the delivery: \"Driver {N} was really quick.\" Want to leave one too? Reply to {E}.",
]

MIXED = [
    """Hej {G}!
Your order {ORDER} has shipped. Leveransadress:
{P}
{AL}
Tracking: {TRACK}""",
    "Order {ORDER} – kund {P}, leverans till {A}. Customer asked for delivery after {TIME}, please call {PH}.",
    """Return / Retur
Namn: {P}
Address: {A}
Phone: {PH}
Reason: fel storlek, too small
Email: {E}""",
    "hej {g}, är soffan still available? kan hämta i helgen från {a}. thanks! /{g}",
    "Driver note: paketet lämnat hos grannen {P} på {A}, customer not home. Foto i appen. /{P}",
    """Pick list / Plocklista {DATE}
{SLOTP}  {SKU}  x{QTY}  {Gi}
{SLOTP}  {SKU}  x{QTY}  {G}
{SLOTP}  {SKU}  x{QTY}  {Gi}
Checked: {I}""",
    """From: {P#1} <{E#1}>
Till: kundservice
Subject: Felleverans

Hej! I ordered from your UK store but the parcel went to {A} instead of my new address:
{AL}
Mvh {G#1}""",
    "Shift note: {P} och {N} kör dubbelpass on Saturday pga Black Friday. {N} stänger.",
    "Kund {P} ringde från {PHX}, wants the invoice sent to {AX}. Fixat i systemet /{n}",
    """Invoice / Faktura {ORDER}
Customer: {U}
{AL}
Personnummer: {PNR}
Amount: {AMT}""",
    "Review ★★★★☆: Snabb leverans! The courier {P} was super friendly, men bordet hade en repa. – {Gi}",
    "Hi {G}, din retur av Billy-hyllan är registrerad. Refund within 5 days. Best, {P} @ Customer Care",
    "Medlem sedan 2019: {P}, {A}, {PH}, {E}. Prefers English communication.",
    "Delivery booked: {DAYEN} {TIME}, {A}. Montörer: {P} and {P}. Kontakt {PH}.",
    "Collected at ombud {SHOP}: parcel {TRACK} to {P}, ID checked (körkort). Signerat {Gi}.",
    "{g}: hallå, my package says delivered but it's not here?? bor på {a}",
    """Kind regards / Vänliga hälsningar
{P}
Warehouse Supervisor, Nordic Fulfilment AB
{A}
{PH}""",
    "Blocket: Hi! Is the barnvagn still for sale? I can swish och hämta tomorrow vid {ST}. /{G}",
    "Pickup request: {P}, {AX} → {P}, {A}. Pall {KG} kg. Kontakt {PHX} / {PH}.",
    "Klarna: {Ps} purchase at Åhléns ({AMT}) is now due. Betala senast {DATE}. Adress: {A}.",
    """Staff list / Personallista, lager Göteborg
{R}
{R}
{R}
{R}""",
    "Tradera: Congrats {G}, du vann auktionen! Seller {P} ships to {A} with DHL.",
    "Notering: {P} doesn't want parcels outside the door. Lämna på ombud. Address: {ALGH}.",
    "Complaint / Klagomål: {P} ({E}) säger att the TV arrived cracked. Levererad till {A} {DATE}.",
    "Hej! Shipping to Germany: {P}, {AX}. Tel {PHX}. Avsändare {P}, {A}.",
    "Order till Finland: {P}, {AXL}. Please add Finnish phone {PHX}.",
    "ok {n}, i'm at lastkajen now, var är du? ring {PH}",
    "Sign-up / Registrering: {P#1}, born {PNR}, {A}, mobile {PH}",
    """New address / Ny adress from {DATE}:
{CO}
/{P}""",
    "{Gs} order och {G'} order merged – båda skickas till {A}.",
    "Returns desk: {P} dropped off two Kallax shelves and a Stefan chair. Kreditera {AMT}, handläggare {I}.",
    "Customer feedback: \"{G} i kassan på Clas Ohlson {TOWN} was so helpful!\" – {P}",
    "Please deliver to {S}, {BOX}. Receiving hours 7–15, ring {PH} at the gate.",
    "Payroll note: {R} och {R} ska ha OB-tillägg for the night shift {DATE}.",
    "Hi there! Jag säljer en Björn Borg jacka (from {Ps} closet), strl M. Kan skickas till {A} eller hämtas. Mvh {P} {PH}",
    "Update: delivery to {A} rescheduled. Budet {P} is sick, {Ns} kollega {P} tar rutten istället.",
    "Kundklubben: Welcome {P}! Ditt kort skickas till {A}. Questions? {E}",
    "Export from the Oslo warehouse: {P}, {AX}, tel {PHX}. Tullvärde {EUR}.",
    "VD {S} and the logistics manager {P} visit the Borås terminal ({A}) on {DAY}.",
    "Lost parcel: {TRACK}. Mottagare {P}, {A}. Sender {P}, {AXL}. Please investigate.",
    "Hej {G}! Your Mathem delivery arrives {DAY} between {TIME} and 20.00 at {ALGH}. Driver: {P}, {PH}.",
    "{p} & {p} – both on the returns line today, {n} på kassan. tack!",
    "Gift order: \"Grattis {G#2}!\" from {P#1}. Deliver to {P#2}, {AL}.",
    "Seller message: Hej {G}, the Ivar shelves are packade. Pick up at {ST}, ring {PH} innan. Fråga efter {P}.",
    "Faktura skickad till {P}, {AX}. Due {DATEEN}, belopp {EUR}.",
    """Till handover / Kassaöverlämning {DATE}
Opened: {P}
Stängde: {P}
Diff: −12 kr. {Gs} nycklar i kassaskåpet, {N'} code changes Monday.""",
    "Reklamation / warranty: {Ps} diskmaskin. Contact {P#1} on {PH} or {E#1}. Personnummer {PNR}. Tekniker: {P}.",
    "Hi {N}! {Ps} paket came to us by mistake, det står {P} på lappen. Can you tell her? /{P}, {A}",
    "Supervisor {P} har godkänt {P'} semester weeks 28–31. {Gs} pass covered by {P} och {Gi}.",
    "Kundlogg: {P} called ({PHX}) about {Ps} order – mamman {P} has not received kylskåpet. Eskalerat till {I}.",
    "Goods in / Inleverans: mottaget av {P}, checked by {P}. Två kartonger saknas, {G'} signature missing.",
    "Fullmakt / power of attorney: I, {F}, personnummer {PNR}, authorise {P} to collect my parcels. Tel {PH}.",
]

# Negatives: no personal value at all (hard ones: companies, brands and products named like people,
# streets and squares named after people used as places, weekdays, months, words that are also names).
NEGATIVES = [
    ("sv", "Din order har skickats med PostNord och beräknas komma fram på torsdag."),
    ("sv", "Öppettider i påsk: Långfredag stängt, påskafton 10–14, annandag påsk 11–16."),
    ("sv", "Kampanj! Tre för två på alla Björn Borg-kalsonger hela oktober."),
    ("sv", "Hyllan Billy finns i vitt, svart och björkmönstrad. Bord Ingo och stol Stefan säljs i set."),
    ("sv", "Paketet ligger kvar på terminalen i Jönköping. Vi försöker igen på måndag."),
    ("sv", "Leverans sker vardagar mellan 08 och 17. Kvällsleverans kostar 49 kr extra."),
    ("sv", "Kjell & Company öppnar ny butik vid Gustav Adolfs torg i höst."),
    ("sv", "Vi träffas utanför Åhléns vid Sergels torg, så tar vi tunnelbanan vidare."),
    ("sv", "Lagret stänger för inventering fredag den 28 november. Inga utleveranser den dagen."),
    ("sv", "Kontrollera att kartongen är hel innan du kvitterar. Skador ska anmälas inom sju dagar."),
    ("sv", "Rea på Clas Ohlson: sladdar, glödlampor och verktyg till halva priset."),
    ("sv", "kan man hämta på ombudet efter klockan åtta? undrar bara"),
    ("sv", "Returfraktsedeln hittar du under Mina sidor. Skriv ut den och tejpa på paketet."),
    ("sv", "Sten och grus levereras med lastbil med kran, minsta beställning två säckar."),
    ("sv", "Vår Liv-serie av doftljus finns nu i rosa, ljusblått och ros."),
    ("sv", "Truck 2 är på service till onsdag. Använd handtruck vid kaj 5."),
    ("sv", "Filippa K och Acne Studios har fått nya höstkollektioner i butiken."),
    ("sv", "Tack för ditt omdöme! Vi är glada att du är nöjd med mattan."),
    ("sv", "Budbee, Instabox och Airmee kör i Göteborg, Malmö och Stockholm."),
    ("sv", "Öppet köp i 30 dagar. Vid reklamation gäller konsumentköplagen."),
    ("sv", "Skicka med kvittot i returen. Utan kvitto ges endast tillgodokvitto."),
    ("sv", "Drottninggatan är avstängd för trafik på lördag, så budbilarna tar Vasagatan."),
    ("sv", "Leveransen till Kiruna tar en extra dag i januari och februari."),
    ("sv", "Varan är slut i lager. Nästa leverans från Polen väntas i vecka 12."),
    ("sv", "Mark och plattor för altanen säljs per kvadratmeter."),
    ("sv", "hej! finns soffan kvar? kan komma på lördag"),
    ("en", "Your order has been dispatched and should arrive within 3-5 working days."),
    ("en", "Buy two, get one free on all Calvin Klein underwear this weekend only."),
    ("en", "The Billy bookcase comes in white, black-brown and oak effect."),
    ("en", "Our Dover depot will be closed on Boxing Day and New Year's Day."),
    ("en", "Bill to: same as delivery address. Payment received, thank you."),
    ("en", "Please mark the box as fragile and keep it upright during transport."),
    ("en", "Hope you love your new rug! Leave us a review and get 10% off."),
    ("en", "Rose gold and silver versions are back in stock from Monday."),
    ("en", "Mark the parcel with the returns label and drop it at any Post Office."),
    ("en", "The warehouse on Lincoln Road moves to the new site in March."),
    ("en", "We'll meet at Nelson's Column, then walk down to the shops on Regent Street."),
    ("en", "Marks & Spencer and John Lewis both offer free click and collect over £50."),
    ("en", "is the table still for sale? could collect on sunday"),
    ("en", "Forklift training for the night shift is on Wednesday at 6pm."),
    ("en", "Will the order arrive before Christmas if I pay for express?"),
    ("en", "Parcels over 20 kg need a two-person delivery slot."),
    ("en", "Tommy Hilfiger, Ralph Lauren and Hugo Boss are 30% off until Sunday."),
    ("en", "Thanks for shopping with us. Your receipt is attached as a PDF."),
    ("en", "Grace period for returns has been extended to 60 days over the holidays."),
    ("en", "Amber warning: deliveries in the Highlands may be delayed by snow."),
    ("mixed", "Your order har skickats och kommer fram on Thursday."),
    ("mixed", "Rea på Tommy Hilfiger – 30% off hela helgen!"),
    ("mixed", "Returns: skicka tillbaka inom 30 days, label finns under Mina sidor."),
    ("mixed", "hej, is the sofa still available? kan hämta på söndag"),
    ("mixed", "Lagret closed for inventory på fredag, no shipments that day."),
    ("mixed", "Click and collect finns nu på alla ICA Maxi, även i Haparanda."),
    ("mixed", "The Ivar shelf och Poäng-fåtöljen är back in stock."),
    ("mixed", "Leverans till Norge tar 3-5 arbetsdagar, customs included."),
    ("mixed", "Black Friday: Kjell & Company har 20% off på hörlurar."),
    ("mixed", "Paketet är out for delivery, budet ringer 30 min innan."),
    ("mixed", "Ha en fin helg! Hope to see you in store again soon."),
    ("mixed", "Sten, grus och sand: delivered by truck, minimum två säckar."),
    ("mixed", "Vi möts vid Karl Johans gate i Oslo, then we go to the outlet."),
    ("mixed", "Reminder: truck training onsdag kl 18, all night shift staff."),
]
