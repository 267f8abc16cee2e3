# ruff: noqa: E501
"""Held-out AF's templates: everyday private life, written for AF (family group chats and SMS,
dating and friendship messages, neighbourhood and buy-sell groups, birthdays and weddings,
babysitting and carpools, holiday rentals and house swaps, sports-club parents, pet sitting,
voicemail and call transcripts, postcards and letters), in Swedish, English and mixed.

Slots (filled by `generate_af.py`): a person `{FORM#n:g}`, where `#n` names the same person
again within a row and `:f`/`:m` fixes the gender. Forms: `P` given and surname, `p` the same in
lower case, `U` in capitals, `F` with a middle name, `G` the given name, `g` in lower case, `S`
the surname, `s` in lower case, `I` an initial and the surname (`J. Berg`), `Gi` the given name
and an initial (`Sara L.`), `R` `Surname, Given`, `E` an e-mail address; a trailing `s` adds the
genitive (`Annas`, `Sarah's`), which is no part of the value. Other slots: `A` a Swedish address
on a line, `AL` on lines, `ST` a street and number, `STL` with `lgh`, `a` in lower case, `AO` an
office or box address, `AU`/`AUL`/`au` British, `AUS` American, `AX` European, `PH` a Swedish
phone number, `PHX` one from abroad, `PNR` a personnummer; `DATE`, `DATEEN`, `TIME`, `NUM`,
`AMT`, `REF`, `TOWN`, `DAY`, `DAYEN` are no values.
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

SV = (
    # family group chats and SMS
    "Familjen 💛\n{G#1:f}: har ni hört från {g#2:m}? han svarar inte\n{G#3:f}: nej men ring {Gs#2:m} nya nummer {PH}",
    "mamma: glöm inte att {g:m} fyller år på {DAY}! vi ses hos mormor på {a}",
    "hej {g:f}! kan du hämta paketet åt mig? det ligger hos {G:f} på {ST} 👍",
    "Pappa har bytt nummer, nya är {PH}. /{G:f}",
    "{G#1:m} skrev i gruppen: farmor {P#2:f} flyttar till {STL} den {DATE}. Hjälp till med flytten?",
    "sms från {G:f} {TIME}: är framme nu, stå utanför {A}",
    "fråga {g:m} om han kan köra oss till flygplatsen, annars ringer jag {G:f}",
    # neighbourhood and buy-sell
    "Säljes: barnvagn Emmaljunga, 900 kr. Hämtas på {A}. Swish till {PH}, {P}",
    "Hej grannar! Har någon hittat en grå katt? Hon heter Misse och bor hos oss på {ST}. Ring {G:f} {PH}",
    "Bortskänkes: soffa, hämtas {DAY} hos {P:m}, {AL}",
    "Köpes: cykel till 10-åring. Hör av er till {P#9} på {E#9} eller {PH}",
    "Tack {P#1:f} för hjälpen med snöskottningen! Hälsningar familjen {S#2} på {ST}",
    # birthdays and weddings
    "Välkommen på {Gs:f} 40-årsfest lördag {DATE} kl {TIME}!\nAdress: {AL}\nOSA till {G:m} på {PH} senast {DAY}.",
    "Bröllopsinbjudan\n{F#1:f} & {F#2:m}\ngifter sig {DATE} i {TOWN}s kyrka.\nOSA till {E#1}",
    "Kära {G:f}, grattis på 50-årsdagen! Kram från {G#2:m} och {G#3:f}",
    "Toastmaster är {P:m} ({PH}), tal anmäls till honom eller till {P:f}.",
    # babysitting and carpools
    "Barnvakt {DAY}: {G#1:f} kommer kl {TIME}. Nödnummer: mamma {G#2:f} {PH}, pappa {G#3:m} {PH}",
    "Samåkning till träningen: {DAY} kör {P:m}, {DAY} kör {Gs:f} pappa. Upphämtning {ST}.",
    "Hämtningsschema förskolan: {G:f} hämtas av mormor {P:f} (pnr {PNR}) på torsdagar.",
    # holiday rentals and house swaps
    "Uthyres: stuga i Sälen v. 8. Kontakta {P#9} {PH} eller {E#9}. Nyckel hos grannen {P} på {A}.",
    "Husbyte sommar! Vi är familjen {S#4} från {A} och vill byta med någon i Skåne. Mejla {E#4}",
    # sports-club parents
    "Föräldramöte P12: kassör {P:m}, lagledare {P#9:f} ({PH}). Kiosklistan skickas till {E#9}.",
    "Till föräldrarna: {Gs:m} mamma har tröjorna. De kan hämtas på {A} efter {TIME}.",
    "Tränare {S:m} meddelar: matchen flyttas. Frågor till {P:f}, {PH}",
    # pet sitting
    "Hundvakt sökes för vår labrador! Vi bor på {STL}. Ring {G:f} {PH}",
    "Kattvakt {DATE}–{DATE}: {P:f} matar Sixten. Hennes nummer {PH}, nyckel hos {P:m} på {ST}.",
    # voicemail and call transcripts
    "Röstmeddelande: Hej det är {G:f} från vårdcentralen, ring tillbaka på {PH}. Gäller {P:m}, personnummer {PNR}.",
    "röstbrevlåda: ja hej det är {g:m} {s} här eh jag står utanför {a} nu ring mig",
    "Missat samtal från {P:f} {TIME}. Meddelande: hämta nycklarna hos {P:m}, {A}",
    # postcards and letters
    "Kära {G:f}!\nHär i Grekland är det varmt. Hälsa {G:m} och barnen.\nKram {G#2:f}\n\n{P}\n{AL}",
    "Till {P:m}\n{AL}\n\nTack för senast! /{G:f} och {G:m}",
    "Hej {g:f}, {Gs:m} adress är {a}, skicka kortet dit",
    # dating and friendship
    "{G#4:m}, 34, Göteborg. Gillar fjällvandring och surdeg. Skriv till mig på {E#4}!",
    "Hade jättekul med {G:m} i fredags 😊 han bor på {ST} typ",
    "det var {gs:f} syster som sa att {g:m} har flyttat till {TOWN}",
    # other private life
    "Fullmakt: Jag, {P#1:f}, {PNR}, ger {P#2:m}, {PNR}, rätt att hämta mina paket.",
    "Till hyresvärden: vattenläcka i lgh hos {P:f}, {STL}. Nås på {PH}.",
    "Bokcirkeln, medlemmar: {R:f}; {R#5:m}; {R:f}. Vi träffas hos {G:f}. Anmälan till {E#5}.",
    "Begravningen av {F:m} hålls i kapellet {DATE}. Minnesstund hos {I:f}, {A}.",
    "Doktor {S:f} på vårdcentralen sa att {Gs:m} prover ser bra ut.",
    "Hej {G#1:f}, det är {G#2:f}, {Ss#3} dotter. Vi har ny adress: {A}. Mitt nya nummer {PH}",
    "Grannsamverkan {ST}: kontaktperson {P#9}, {PH}, {E#9}",
    "farbror {g:m} och {g:f} kommer på julafton, dom sover hos {g:f}",
    "Hälsningar från {Gi:f} och {G:m}, {AL}",
    "TILL: {U:f}\n{AL}\nFRÅN: {G:m}",
)

EN = (
    # family group chats and SMS
    "Family chat 🏠\n{G#1:f}: has anyone heard from {g#2:m}??\n{G#3:m}: try his new number {PHX}",
    "mum says {g:f} is coming for sunday lunch, can you pick her up from {au}",
    "{G:m} text {TIME}: running late, meet me outside {AU}",
    "hey {g:m} its {g:f}, new phone, save this number {PHX}",
    "Grandma {P:f} has moved to {AUL}. Send cards there!",
    "ask {g:m} if he still has {gs:f} bike",
    # neighbourhood and buy-sell
    "FOR SALE: kids' bike, £40. Collection from {AU}. Message {P} on {PHX}",
    "Lost cat! Grey tabby, answers to Pepper. Last seen near {AU}. Call {G:f} {PHX}",
    "Free to a good home: sofa. Pick up at {AUS}, ask for {P:m}.",
    "Thanks to {P:f} at number {NUM} for returning our parcel! – the {S} family",
    "Neighbourhood Watch contact: {P#9}, {E#9}, {PHX}",
    # birthdays and weddings
    "You're invited to {Gs:f} 30th!\nSaturday {DATEEN}, {TIME}\n{AUL}\nRSVP to {G#4:m} at {E#4}",
    "Mr and Mrs {S#1} request the pleasure of your company at the marriage of their daughter {F:f} to {F:m}",
    "Happy birthday {G:f}!! Love from {G:m}, {G:f} and the kids xx",
    "Best man: {P:m} ({PHX}). Speeches to him or to the maid of honour, {P:f}.",
    # babysitting and carpools
    "Babysitter notes: {G#1:f} goes to bed at 8. Emergency: {G#2:f} {PHX}, or Mrs {S:f} next door.",
    "Carpool rota: {DAYEN} {P:m} drives, {DAYEN} {Gs:f} dad. Pick-up at {AUS}.",
    # holiday rentals and house swaps
    "Cottage to let in the Lake District, sleeps 6. Contact {P#9} on {PHX} or {E#9}. Keys with {P:m}, {AU}",
    "House swap: the {S#4} family, {AUL}, looking for Stockholm in July. Email {E#4}",
    "Airbnb host {G:m} says the code for {AX} is 4512.",
    # sports-club parents
    "U10 parents: kit is with {Gs:m} mum, {AU}. Coach {S:m} on {PHX} for questions.",
    "Match tea rota: {P:f}, {P:f}, {R:m}. Treasurer is {I#9:m} ({E#9}).",
    # pet sitting
    "Pet sitter needed for our spaniel! We live at {AU}. Text {G:f} on {PHX}",
    "Dog walker {P:f} has a key to {AUS}. Her number is {PHX}.",
    # voicemail and call transcripts
    "Voicemail: hi it's {G:f} from Dr {S}'s surgery, please call us back on {PHX} about {Ps:m} appointment",
    "voicemail transcript: yeah hi it's {g:m} um I'm outside {au} call me back",
    "Missed call from {P:m} at {TIME}. Message: the parcel is with {P:f} at {AU}",
    # postcards and letters
    "Dear {G:f},\nGreetings from Crete! Say hi to {G:m}.\nLove, {G:f}\n\n{P}\n{AUL}",
    "Dear Mrs {S:f},\nThank you for the lovely flowers.\nYours, {P:m}\n{AUL}",
    # dating and friendship
    "{G#4:m}, 29, Leeds. Into climbing and bad puns. Message me at {E#4}",
    "had the best time with {G:m} last night, he lives on {au} lol",
    "Hey it's {G:f} from book club! My address is {AUS} if you want to drop the book off.",
    "Dear {P:f},\n{AUL}\nHappy holidays from the {S} family!",
)

MIXED = (
    "Hej {g:f}! did you get the invite? festen är hos {G:m} på {a}",
    "{G#1:f}: mum says hej! {G#2:m}: tell {g#3:f} I'll call her, mitt nummer är {PH}",
    "Uthyres / For rent: stuga i Åre. Contact {P#9} {PH} or {E#9}",
    "Wedding in Sweden! {F:f} & {F:m}, {DATE}. Hotel near {A}. RSVP {E}",
    "Au pair {G:f} from Leeds bor hos familjen {S} på {STL}. Her UK number {PHX}",
    "Hundvakt / dog sitter: {P:f}, {PH}. Keys at {A}",
    "fråga {g:m} om carpool to the match, otherwise {g:f} drives",
    "Voicemail (sv): hej det är {G:m} från {TOWN}, call me on {PH} about {Gs:f} party",
    "Postcard: Hi {G:f}! Hälsningar från Stockholm. Love, {G:m}\n{P}\n{AUL}",
    "House swap: familjen {S} från {A} wants to swap with {P:m}, {AU}",
    "Ny adress / new address: {P}, {AL}. Phone {PH}",
    "{G:f} skrev: can you babysit {DAY}? barnen heter {G:m} och {G:f}",
    "Tack for the gifts! Kram {G:f} & {G:m}, {A}",
    "Säljes / For sale: bike 500 kr. Pick up {a}, text {G:m} {PH}",
    "happy birthday {g:f}!! grattis från {g:m} och {g:f} 🎉",
    "Farmor {P:f} has a new number: {PH}. Hon bor kvar på {ST}.",
    "Football parents / fotbollsföräldrar: lagledare {P#9:m} ({PH}), treasurer {R:f}, {E#9}",
    "Our Swedish neighbour {P:m} on {ST} is feeding the cat while we're in {TOWN}",
    "Dear {G:f},\ntack för kortet! We miss you.\n{G:m}\n\n{P:m}\n{AX}",
    "{G:m}'s flight lands {TIME}, hämta honom at Arlanda please. Hans nummer {PHX}",
    "Dating: {G#4:m}, 31, svensk/engelsk, bor i {TOWN}. Skriv till {E#4}",
    "Missat samtal / missed call: {P:f} {PH}, personnummer {PNR} för hennes bokning",
    "ring {g:f} asap, her brother {G:m} is at {A}",
    "Sjukanmälan för {G:f}: mamma {P:f}, {PNR}, {PH}. She'll be back on {DAY}.",
    "Emergency contacts / nödkontakter: {P:f} {PH}, {P#9:m} {PHX}, {E#9}",
    "Dr {S:m} said {Gs:f} tests are fine, nästa besök {DATE}",
    "Mormor {Ps:f} 80th! Firas hos {G:m}, {AL}. RSVP {PH}",
    "Letter from {I:m}, {AUL}: tack för senast, see you in {TOWN}!",
    "Kattvakt needed: {G#4:f} {S#4} at {AX}, email {E#4}",
)

# Rows without any value: products, companies, places that are not addresses, headings,
# weekdays and months, and everyday words that can also be names, used as words.
NEGATIVES = tuple(
    [("sv", t) for t in (
        "Säljes: IKEA Billy bokhylla, Ektorp soffa och en Husqvarna Automower. Hämtas i {TOWN}.",
        "Vi ses på {DAY}! Glöm inte att köpa Marabou och Festis till barnen.",
        "Bröllopsplanering\nMeny: Västerbottensostpaj\nMusik: Kent och ABBA\nTårta från Konditori Lyran",
        "Loppis på {DAY} vid Folkets Hus, hela kvarteret deltar.",
        "Har någon en bra rörmokare? Vi har provat Anticimex och Bravida.",
        "Sten och grus till uppfarten, beställt från Byggmax. Leverans i {TOWN} i {DAY}s.",
        "Midsommar på Skansen eller i Dalarna i år?",
        "Tack för kakorna, de var jättegoda! Hälsningar hela gänget.",
        "Bo i stuga vid sjön i juli, ingen el men utedass och bastu.",
        "Påminnelse: kioskpass på Friskis & Svettis i {DAY}. Ta med Swish-QR.",
        "Familjens veckoschema: måndag simning, onsdag scouter, fredag tacos.",
        "Rosor och pioner från Plantagen till bröllopet, beställ {NUM} st.",
        "Resa till Mallorca med Ving, avresa från Arlanda i augusti.",
        "Kommer du ihåg Liseberg? Barnen vill åka dit igen.",
        "Hunden har fått Frontline och vaccin hos Evidensia i {TOWN}.",
        "Det blir Volvo XC60 eller Tesla Model Y, vi bestämmer i {DAY}.",
        "Julbord på Grand Hotel, Lucia på Skansen och nyår i Stockholms skärgård.",
        "Handla: mjölk, Kalles kaviar, bröd, ägg och Pågen-kanelbullar",
        "Påsklov vecka 15! Fritids stänger på {DAY}.",
        "Maj är bästa månaden för att så morötter och dill.",
        "Vi kör Postnord eller Instabox till paketet, DHL tar för lång tid.",
        "Kolla in Blocket och Tradera innan du köper nytt.",
        "Hemmakväll: Melodifestivalen, chips och Kung Fury på Netflix.",
        "Brandövning i Brf Solgläntan {DAY} kl {TIME}.",
        "Dagens ord: gran, ek och björk är vanliga träd i Norrland.",
    )]
    + [("en", t) for t in (
        "For sale: IKEA Kallax, Dyson V8 and a Peloton bike. Collection from {TOWN}.",
        "See you on {DAYEN}! Bring Doritos and a bottle of Prosecco.",
        "Wedding planning\nVenue: The Old Barn\nBand: The Jive Aces tribute\nCake from Marks & Spencer",
        "Car boot sale on {DAYEN} at the Village Hall, everyone welcome.",
        "Any recommendations for a plumber? We tried British Gas and Checkatrade.",
        "Hope the weather holds for the barbecue on {DAYEN}.",
        "Summer holiday in Cornwall or the Lake District this year?",
        "Thanks for the brownies, they were amazing! Love, all of us.",
        "Will you grant me a favour and mark the calendar for June?",
        "Reminder: Scouts meet on {DAYEN} at the Community Centre.",
        "Rose petals, Baby's Breath and ivy for the table centrepieces.",
        "Flights with easyJet from Gatwick in August, hotel via Booking.com.",
        "The dog had her booster at Vets4Pets in {TOWN}.",
        "Dawn chorus walk at Kew Gardens on {DAYEN}, tickets from the National Trust.",
        "Christmas dinner at the Red Lion, carols at St Paul's Cathedral.",
        "Shopping: milk, Weetabix, Heinz beans, Yorkshire Tea",
        "Half term starts {DAYEN}; the Leisure Centre runs Holiday Club.",
        "April showers, May flowers: time to plant the sweet peas.",
        "Parcel coming by Royal Mail or Evri, Amazon said Tuesday.",
        "Movie night: Frozen, popcorn and Disney+ on the big telly.",
        "Faith, Hope and Charity is the name of the new charity shop on the corner.",
    )]
    + [("mixed", t) for t in (
        "Säljes / for sale: IKEA Malm byrå och en Philips Hue-lampa. Pick up in {TOWN}.",
        "See you på {DAY}! Bring Marabou och Prosecco.",
        "Midsommar party: sill, snaps and strawberries, everyone welcome!",
        "Vi flyger med SAS till Heathrow, then train to Cambridge.",
        "Thanks för fikat! The kanelbullar från Pågen were perfect.",
        "Halloween på fritids, costumes from Lekia and Buttericks.",
        "Loppis / car boot sale at the Scout Hall on {DAYEN}.",
        "Julafton: Disney on TV kl 15, then presents and Christmas ham.",
        "Holiday rental via Airbnb i Dalarna, bastu and lake view.",
        "Hund-hotell i {TOWN}: Evidensia vet next door, Royal Canin food.",
        "Maj och juni: best months for Gotland and Öland.",
        "Påminnelse / reminder: football at Friends Arena on {DAY}.",
        "A robin at the bird feeder, sen kom en koltrast och en talgoxe.",
        "Bo eller hyra? Hemnet says prices are down in {TOWN}.",
        "Granen is up! Deck the halls med julstjärnor.",
        "Weekend plans: Liseberg, then Volvo Museum and ABBA The Museum.",
    )]
)  # fmt: skip
