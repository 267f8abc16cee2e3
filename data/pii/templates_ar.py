# ruff: noqa: E501
"""Templates of held-out AR (issue 15): transport and travel, written fresh by AR's writer.

Slots: `{FORM#n:g@lang}`. A person's FORM is one of P (Given Surname), p (lower case), U
(capitals), F (with a middle name), M (a middle initial), G / g (given name, a short form now and
then), N / n (the short form people call them by, when they have one), S / s (surname), I
(initial and surname), Gi (given name and an initial), R (Surname, Given), RU (SURNAME, GIVEN), SG
(Surname Given, as registers list them), AIR (SURNAME/GIVEN, as airlines print them), E (their
e-mail); a trailing `s` asks for a genitive, whose ending is no part of the value. `#n` names one
person again, `:f` / `:m` a woman or a man, `@en` / `@sv` the language of a genitive. Other slots
are values (A, AL, ST, STL, a, AO, AU, AUL, au, AUS, AUSL, AX, AXL addresses; PH, PHX, PHUK, PHUS
phones; PNR personnummer) or plain text (dates, times, numbers, plates, references).
"""

DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip

SV = (
    # taxi, färdtjänst and ride dispatch
    "Körorder {NUM}, {TIME}: hämta {P#1} på {A}, kör till Arlanda terminal 5. Kunden har två resväskor och nås på {PH}. Bil {SMALL}, förare {G#2}.",
    "sms från kund: hej jag står utanför {a} nu men ser ingen bil?? /{g}",
    "Logg {DATE} {TIME} – förare {P#1} (förar-id {NUM}) meddelar att passageraren {G#2} glömt en svart ryggsäck i baksätet. Kunden har ringt från {PH} och hämtar den på kontoret i morgon.",
    "Färdtjänstresa {REF}\nResenär: {SG#1}, {PNR}\nFrån: {AL}\nTill: Danderyds sjukhus, entré 2\nLedsagare: {P#2}\nHjälpmedel: rullator",
    "Hej! Jag åkte med er i fredags natt från Stureplan till {ST} och tror att jag tappade mina nycklar i bilen. Föraren hette {G:m} om jag minns rätt. Hör av er på {PH}! Mvh {P}",
    "Reklamation av taxiresa {DATE}: taxametern visade {AMT} för fyra kilometer. Förare {S#2}, bil {REG}. Återbetalning till kontot i {Ps#1:f} namn.\n/{P#1}, {PH}",
    "Förbeställning: {F#1}, {PH}, hämtning {DAY} kl {TIME} vid {A}. Kunden vill ha kombi pga barnvagn. Noterat av {G#2} i växeln.",
    "Din förare {Gi} är på väg i en vit Toyota Corolla ({REG}). Beräknad ankomst {TIME}. Upphämtning: {ST}.",
    "{g} kan du ta körningen från {a}? kunden heter {p} och sitter i rullstol, ramp behövs",
    "Beställning {TIME}: rullstolstaxi för {F#1} från {AL} till Sahlgrenska, ingång 3. Bokad av dottern {P#2:f}, {PH}.",
    "Anteckning: kunden {S:m} ringde och undrade varför hans resa till Bromma kostade dubbelt mot förra veckan. Hänvisad till {P} på ekonomi.",
    "Väghjälp: {P#1} står med punktering på E4 norr om Gävle, bil {REG}. Bärgaren {G#2:m} är på väg, han beräknar 45 minuter. Kunden nås på {PH}.",
    # carpools
    "Samåkning Uppsala–Stockholm, vardagar. Förare: {P#1}, utgår från {A} kl 06.50. Passagerare: {G#2}, {G#3} och {P#4}. Frågor till {G#1} på {PH}.",
    "hej! finns det plats i bilen till fjällen på fredag? jag och {g} delar gärna på bensinen. ni kan plocka upp oss på {a} /{n}",
    "Anmälan till samåkningsgruppen\nNamn: {P}\nAdress: {A}\nMobil: {PH}\nKör själv: nej\nÖvrigt: jobbar skift på Scania, slutar ibland 22.00",
    "Samåkningslistan för vecka {SMALL}: måndag kör {N}, tisdag {G}, onsdag {P}, torsdag och fredag {G} (om bilen är hel).",
    "{n} kan du ta {gs} plats i bilen imorgon? hon är sjuk. vi kör från {a} halv sju",
    # flights
    "Bokningsbekräftelse {BOOK}\nPassagerare:\n1. {AIR#1:f} MRS\n2. {AIR#2:m} MR\n3. {AIR#3} CHD\nKontakt: {E#1}, {PH}",
    "Passagerarlista {FLIGHT} ARN–LPA {DATE}: rad 14 {RU}, {RU}; rad 15 {RU} (WCHR); rad 22 {RU}.",
    "Hej, jag heter {P#1:m} och har bokning {BOOK} till Bangkok. Min fru {F#2:f} står med fel stavning i bokningen, det ska vara som i passet. Kan ni ändra? Tel {PH}",
    "Ärende {REF}: {P#1} begär ersättning enligt EU 261 för inställt flyg {FLIGHT} den {DATE}. Medresenär: {P#2}. Ersättning betalas till {A}.",
    "Resebyrån bekräftar: {P#1} och {P#2} flyger {FLIGHT} den {DATE}, hotell i Alanya sju nätter. Transfer från flygplatsen ingår. Reseledare på plats: {P#3}, {PHX}.",
    "Gate F34 har stängt för {AIR:m} MR på {FLIGHT}. Passageraren ombokad till nästa avgång kl {TIME}, handläggare {I}.",
    "Ombokning: {P#1} och {P#2} flyttas från {FLIGHT} till {FLIGHT}, samma datum. Bekräftelse skickad till {E#1}.",
    "VD {P#1} och ekonomichef {P#2} reser till mässan i Hannover {DATE}. Bokat: {FLIGHT}, hotell Maritim. Kontakt på plats: {PHX}.",
    "{Gs} pappa skjutsar oss till Landvetter kl 04.30, sen tar vi {FLIGHT} till Split. {G} och {N} möter oss på flygplatsen.",
    # trains
    "SJ-biljett {BOOK}\nResenär: {P}\nStockholm C – Göteborg C, {DATE}, avg {TIME}\nVagn {SMALL}, plats {PL}",
    "Tågvärden {G#1} noterade att resenären {P#2} saknade giltig biljett mellan Hallsberg och Örebro. Tilläggsavgift {AMT} skickas till {A}.",
    "Förseningsersättning – sökande {P}, personnummer {PNR}, mobil {PH}. Resa Malmö C–Lund C {DATE}, ankomst 52 minuter sen.",
    "Tågvärd {G#1} rapporterar: en resenär i vagn {SMALL} störde andra och avvisades i Katrineholm. Namn enligt legitimation: {P#2}, {PNR}.",
    "Hej {G}! Ditt tåg mot Sundsvall är försenat ca 40 minuter på grund av signalfel vid Gävle. Du har rätt till ersättning. /SJ Kundservice",
    "Skolresa till Berlin med nattåg: ansvarig lärare {P#1} ({PH}). Specialkost: {G}, {G} och {P}. Föräldrakontakt: {P#2}, {PH}.",
    # car rental
    "Hyresavtal {REF}\nFörare: {P#1}\nPersonnr: {PNR}\nAdress: {A}\nTelefon: {PH}\nExtra förare: {P#2}\nBil: {REG}, Volvo XC40, {KM} km",
    "Hej, jag hyrde en bil hos er på Landvetter förra veckan ({REF}). Ni har dragit {AMT} för en skada som fanns redan när vi hämtade bilen, vilket {G#2} på stationen kan intyga. Mvh {P#1}",
    "Återlämning {DATE}: {SG} lämnade bilen med halv tank och ett stenskott i vindrutan. Kontakta kunden på {E} eller {PH}.",
    "Släpkärra hyrd av {P#1} på Circle K i {TOWN}, ska lämnas senast kl {TIME}. Depositionen {AMT} återbetalas till {E#1}.",
    "Flyttbil bokad: {P#1}, {PH}. Hämtas {DAY} 08.00 och lämnas vid {A}. {P#2} kör, kunden har bara B-körkort.",
    # workshop tickets
    "Arbetsorder {NUM}\nKund: {P}\nReg.nr: {REG}\nTel: {PH}\nÅtgärd: byte av bromsklossar fram och service enligt intervall.\nMekaniker: {G}",
    "Ring {Gi:f} när bilen är klar, hon kan hämta efter 16. Nummer {PH}. Nyckeln ligger i kuvertet märkt {REG}.",
    "Hej {G#1}, din bil {REG} är klar för hämtning. Det blev {AMT} inkl. moms. Vi har öppet till 17. Hälsningar {G#2} på verkstaden",
    "Kunden {P#1} ringde och klagade på att motorlampan lyser igen efter vår reparation. Vill prata med verkstadschefen {S#2}, ring tillbaka på {PH}.",
    "Däckhotell: {SG}, {REG}, hjulplats {NUM}. Vinterdäck, mönsterdjup 5 mm. Faktura till {A}.",
    "Bilen ({REG}) tillhör {Ps#1:m} svärfar, men det är {P#1} som hämtar. Har betalat i förskott via Swish från {PH}.",
    # parking fines and appeals
    "Överklagande av kontrollavgift {REF}\n\nJag, {P#1}, {PNR}, bestrider avgiften. Min bil {REG} stod på {ST} med giltig parkering via EasyPark, se bifogad skärmdump.\n\nMed vänlig hälsning\n{P#1}\n{AL}",
    "Parkeringsanmärkning {REF} utfärdad {DATE} kl {TIME} utanför {ST}. Fordonsägare enligt vägtrafikregistret: {P}, {A}.",
    "hej! fick en lapp på bilen igår utanför {a} fast jag har boendeparkering. kan du kolla det {g}? /{n}",
    "Parkeringsvakten {S#1} (nr {NUM}) fotograferade fordonet. Föraren, som uppgav att hon hette {P#2:f}, hävdade att hon bara lastade av.",
    "Beslut: Bolagets krav mot {P} kvarstår. Bilen stod på plats reserverad för rörelsehindrade på {ST} utan giltigt tillstånd.\nHandläggare: {I}",
    "Ansökan om parkeringstillstånd för rörelsehindrad\nSökande: {F}\nPersonnummer: {PNR}\nAdress: {STL}\nTelefon: {PH}",
    "{g#1:m} ställde bilen på gästplatsen utanför {a} igen, kan du prata med {gs#1} fru? annars ringer jag p-bolaget",
    # driving school
    "Körlektion bokad: elev {P#1}, lärare {G#2}, {DAY} kl {TIME}. Upphämtning vid {A}. Avbokning senast 24 timmar innan, annars debiteras {AMT}.",
    "Hej {G#1}! Din uppkörning hos Trafikverket i {TOWN} är {DATE} kl {TIME}. Din lärare {P#2} möter dig vid skolan en halvtimme innan.",
    "Riskettan {DATE}, deltagare: {R}, {R}, {R}, {R}. Handledare: {P}.",
    "Ansökan om handledarskap\nHandledare: {P#1}, {PNR}\nElev: {P#2}, {PNR}\nGemensam adress: {A}",
    "mamma kan du skjutsa mig till körlektionen på {DAY}? {g} ska ha bilen hela dagen /{n}",
    "Grattis {G} till godkänd uppkörning idag! Vi är så stolta. /{N} och alla på trafikskolan",
    "Intyg: {F}, född {PNR}, har genomgått introduktionsutbildning för taxiförarlegitimation hos oss {DATE}.",
    "Taxiförarlegitimation, ansökan från {SG#1}, {PNR}, {A}. Handläggs av {I#2}.",
    # registration and ownership transfers
    "Ägarbyte {REG}\nSäljare: {P#1}, {PNR}\nKöpare: {P#2}, {PNR}\nKöparens adress: {A}\nDatum: {DATE}",
    "Hej! Jag sålde min Golf till {P#1:m} den {DATE} men ägarbytet är inte gjort och nu får jag hans trängselskatt. Hur går jag vidare?\n/{P#2}, {PH}",
    "Fordonet {REG} är avställt sedan {DATE}. Registrerad ägare: {SG}, {A}.",
    "Fullmakt\nJag, {F#1}, ger härmed {P#2} rätt att anmäla ägarbyte för min bil {REG}.\n{TOWN} den {DATE}\n{P#1}",
    "Skadeanmälan: försäkringstagare {P#1}, {PNR}. Motpart {P#2}, {PH}, bil {REG}. Olyckan skedde i rondellen vid {ST}.",
    "Vittnesuppgift trafikolycka {DATE}: {P#1}, {A}, tel {PH}, såg den blå bilen köra mot rött i korsningen. Föraren i den andra bilen uppgav namnet {P#2}.",
    # lost luggage
    "Förlustanmälan bagage {BOOK}\nPassagerare: {RU#1}\nFlyg: {FLIGHT} {DATE}\nTillfällig adress: {A}\nMobil: {PH}\nE-post: {E#1}\nBeskrivning: grön Samsonite med namnlapp i {Gs#1} namn",
    "Hej, min väska kom aldrig fram till Luleå. Kan den levereras till min mammas adress, {A}? Hon heter {P:f}. Referens {BOOK}. Tack! /{G}",
    "Bagage levererat {DATE} kl {TIME} till {a}, kvitterat av {p}. Bud: {G}.",
    "Hittegods: en plånbok hittad i buss 4 mot Gottsunda, med körkort utställt på {P} och ett busskort. Förvaras på kundcentret till {DATE}.",
    "sms: vi står vid bagageband 6, {g} har fått sin väska men inte {g}. ring mig på {PH}",
    # hotels
    "Gästregister {DATE}\nRum {ROOM}: {P#1}, {P#2}\nHemadress: {A}\nTelefon: {PH}\nAnkomst ca {TIME}, tre nätter, frukost ingår",
    "Klagomål: gästen {P#1} i rum {ROOM} har inte kunnat sova pga ventilationen. Receptionisten {G#2} erbjöd byte av rum men det var fullbokat. Gästen vill ha återbetalning till {E#1}.",
    "Hej! Vi bodde hos er {DATE} och {gs} jacka blev kvar i garderoben på rum {ROOM}. Kan ni skicka den till {A}? Jag betalar frakten. Mvh {P}",
    "Nattportier {G#1}: kl {TIME} gick brandlarmet i rum {ROOM}. Gästen {S#2} hade rökt på balkongen. Sanering {AMT} debiteras enligt ordningsreglerna.",
    "Telefonbokning: {P#1} ({PH}), dubbelrum {DATE}–{DATE}, barnsäng önskas. Betalar på plats. Mottaget av {G#2}.",
    "Från: {P#1} <{E#1}>\nÄmne: Klagomål på vistelse {DATE}\n\nHej! Rummet var inte städat när vi kom och nattportieren {G#2:m} var otrevlig mot min son. Jag förväntar mig svar.\n\n{G#1}",
    # ferries and coaches
    "Passagerarlista Visby–Nynäshamn {DATE} kl {TIME}\n{R}, {PNR}\n{R}, {PNR}\n{R}, {PNR}\nFordon: {REG}, personbil",
    "Bussresa till Sälen för klubbens ungdomslag: chaufför {P#1} ({PH}), ledare {P#2} och {P#3}. Samling vid {A} kl {TIME}. Med i bussen: {G}, {G}, {G}, {G}, {G} och {G}.",
    "Hej {G#1}! Vi är 42 personer som ska med färjan till Åbo på {DAY}. Kontaktperson ombord blir {P#2}, {PH}. Hytterna bokas i {Ps#2} namn.",
    "Beställning av chartrad buss {REF}: beställare {P} ({E}), Örebro–Ullared {DATE}, 49 platser. Faktura till {AO}.",
    "Hyttlista M/S Viking Grace {DATE}\nhytt 8112 – {R}, {R}\nhytt 8114 – {R}\nhytt 8120 – {R}, {R} och {G} (barn)",
    # mail headers and signatures
    "Från: {P#1} <{E#1}>\nÄmne: Ombokning {BOOK}\n\nHej, jag behöver flytta min resa till Kiruna en vecka framåt. Min kollega {P#2} åker som planerat.\n\nHälsningar\n{G#1}",
    "Med vänliga hälsningar\n{P}\nTrafikledare\nTel: {PH}\nPostadress: {AO}",
    "Tack för samtalet! Som sagt bokar vi transfern från Arlanda till {A}. Vid frågor når du mig på {PH}.\n\n/{P}\nKundtjänst",
    "Reseräkning: {P}, anställningsnr {NUM}. Taxi Arlanda–{ST} {AMT}, hotell i Umeå två nätter, parkering {AMT}.",
    "{n#1} har du koll på om {ss} bil är tillbaka från verkstan? annars får jag låna {gs:f}. /{n#2}",
    "hämta {p#1} i ankomsthallen terminal 2 kl {TIME}, skylten ska det stå {U#1} på",
    "Hotellregistrering, utländsk gäst\nNamn: {U#1}\nHemadress: {AXL}\nMedresenär: {P#2}\nAnkomst: {DATE}",
    "Adressändring för fordonsägare: {P}, ny adress {STL}, tidigare {A}.",
    "Hej! Kan taxin hämta mig på {A} istället för hemma? Jag är hos {P:f} ikväll. /{G}",
    "Bud till {AL}: kuvertet med bilnycklarna lämnas till {P}, ring {PH} vid porten.",
    "Hyrbilen levereras till {A} på {DAY} och hämtas från {A} efter helgen. Kund: {P}, {PH}.",
    "Faktura bogsering\nKund: {P}\n{AL}\nBogsering från {ST} till verkstaden: {AMT}",
)

EN = (
    # taxi and ride dispatch
    "Dispatch log {TIME}: car {NUM} to collect {P#1} from {AU}, drop at Heathrow T5. Customer mobile {PHUK}. Driver: {G#2}.",
    "Hi, I left my phone in the back of one of your cabs last night, picked up outside the Crown on {AU}. The driver's name was {G:m}, I think. Please call my partner {P} on {PHUK}.",
    "Uber receipt: Thanks for riding with {G}. Pickup {AUS}, drop-off JFK Terminal 4. Total {USD}.",
    "Chauffeur log {DATEEN}: collected Mr {S#1:m} at {AU}, drove to Gatwick North. Waiting time 20 min. Driver {G#2}.",
    "Meet & greet: driver {G#1} will hold a sign reading {U#2} at arrivals, {FLIGHT} landing {TIME}. Passenger mobile: {PHX}.",
    "Hi Dr {S#1}, your airport transfer is confirmed for {DATEEN}. Your driver, {P#2:m}, will call you on {PHUS} when he's outside {AUS}.",
    "Ride rating: {G} was friendly but took a very long route from {AUS}. Two stars.",
    "hey can u pick up {g:f} from the station? her train gets in at 6 and my car's at the garage /{n}",
    # carpools
    "Carpool sign-up, Cambridge office: {P#1} drives from {AU} and leaves at 7:30. Riders so far: {G#2}, {G#3}. Text {G#1} on {PHUK}.",
    "carpool for saturday: {p} - leaves from {au} at 7, three seats left",
    "School run rota: Monday {P}, Tuesday {P}, Wednesday me, Thursday {G} (not after 3), Friday {N}.",
    "omg {gs#1:f} flight got cancelled again, she's stuck in Amsterdam. {g} is driving out to get her tonight",
    # flights
    "Booking confirmation {BOOK}\nPassengers: {AIR#1:f} MRS, {AIR#2:m} MR\nContact: {E#1}\nFlight {FLIGHT} LHR–ARN, {DATEEN}",
    "Airport assistance request: {M}, wheelchair to aircraft seat, {FLIGHT}. Travelling companion {P}, mobile {PHX}.",
    "Att: {P#1}. Re: your booking for {DATEEN}. Unfortunately {FLIGHT} has been cancelled. We have rebooked you and {G#2} on the next departure.",
    "Amended manifest: remove {R#1}; add {R#2}, seat {SEAT}.",
    "Shuttle list 6:15 am, hotel to airport: {Gi}, {Gi}, {Gi}, {P}, {P}.",
    "Hi, my suitcase didn't arrive on {FLIGHT} from Stockholm. Could you deliver it to my sister's? She's {P:f}, {AU}. My reference is {BOOK}. Thanks, {G}",
    # trains and coaches
    "Amtrak reservation for {M#1}, {AUS}, {PHUS}. Travelling with {P#2}. Coach class, seats 14A and 14B.",
    "Passenger manifest, coach to Edinburgh: {R}, {R}, {R}, {R}, {R}. Driver: {P}. Emergency contact: {PHUK}.",
    "Incident: passenger {M} became unwell on the 14:05 from Paddington. Staff member {G} called an ambulance at Reading.",
    "Coach hire quote for {P} ({E}): 53-seater, Leeds to York races, {DATEEN}. Pick-up at {AU}.",
    "Hi {G}! Just checking you got home OK – the minibus dropped everyone at {AU} around midnight. x {N}",
    # car hire
    "Rental agreement {ENREF}\nRenter: {P#1}\nAddress: {AUSL}\nPhone: {PHUS}\nAdditional driver: {P#2}\nVehicle: Ford Focus, silver",
    "Car hire complaint: we were charged {GBP} for fuel even though {G#2} filled the tank on the way back. Receipt attached.\n{P#1}\n{AUL}",
    "Vehicle handover {DATEEN}: {P#1} returned the van to {P#2} at {TIME}, fuel full, small scratch on the tailgate.",
    "Reminder: {G#1} and {G#2} share the hire car from Munich; pick-up at {AX}.",
    # garage job cards
    "Job card {ENREF}: customer {P} ({PHUK}), {UKREG}, MOT and full service. Nearside rear tyre below limit. Technician: {G}.",
    "Hi {N#1}, it's {N#2} from the garage. Your Hyundai's ready, came to {GBP}. We close at 5:30.",
    "Recovery job: {P#1} broken down on the M4 near junction 17, {UKREG}. {G#2:m} is on his way. Customer on {PHUK}.",
    # parking
    "Dear Sir or Madam,\n\nI wish to appeal against Penalty Charge Notice {ENREF}. On {DATEEN} my car {UKREG} was parked outside {AU} with a valid resident's permit.\n\nYours faithfully,\n{P}",
    "PCN issued by CEO {S} (ID {NUM}) to {UKREG}. Registered keeper: {P}, {AU}.",
    "Parking appeal: I, {P#1}, was not the driver on {DATEEN}. The car {UKREG} had been lent to my brother {P#2:m}, {AU}.",
    "{Ss} van was towed from the loading bay on {AU}. Tow reference {ENREF}, release fee {GBP}.",
    "Valet ticket {NUM}: vehicle belongs to {P}, room {ROOM}. Keys with {G} at the desk.",
    # driving school
    "Driving lesson confirmed: {G#1}, {DAYEN} at {TIME}, instructor {P#2}. Pick-up from {AU}.",
    "Hi {G#1}, your practical test is booked at the {TOWN} centre on {DATEEN}. {N#2} will pick you up an hour before for a warm-up drive.",
    "Driving school invoice to {P}, {AUL}: ten lessons at £38.00. Instructor: {I}.",
    # registration and transfers
    "V5C change of keeper: new keeper {P#1}, {AUL}. Previous keeper {P#2}. Date of sale {DATEEN}.",
    "Title transfer: seller {M#1}, buyer {M#2}, {AUS}. Odometer {KM} miles. Signed {DATEEN}.",
    "Witness statement: I, {F}, of {AU}, saw the red Vauxhall reverse into the parked taxi at about {TIME}.",
    "Insurance claim, collision on {DATEEN}: policyholder {M#1}; third party {P#2} ({PHUK}), vehicle {UKREG}.",
    # lost luggage
    "Property Irregularity Report {BOOK}: passenger {RU#1}, delivery address {AU}, mobile {PHX}, email {E#1}. Bag: navy Samsonite, name tag '{U#1}'.",
    "Lost luggage update for {P}: your bag was found in Frankfurt and will be couriered to {AUS} tomorrow. – {G}, Baggage Services",
    "Lost property: a brown wallet with a driving licence in the name of {P} was handed in at the coach station desk.",
    # hotels
    "Hotel register {DATEEN}\nRoom {ROOM}: {P#1} and {P#2}\nHome address: {AUS}\nArrival: late, approx. {TIME}",
    "Guest complaint, room {ROOM}: Mrs {S#1:f} reports the shower has been cold for two days. Duty manager {P#2} apologised and offered dinner. Follow up by email: {E#1}.",
    "Dear {P#1},\n\nThank you for staying with us. We are sorry your stay did not meet expectations. Our front office manager, {P#2}, will refund the second night.\n\nKind regards,\n{P#3}\nGuest Relations",
    "Check-in note: {Ps#1:f} booking shows one adult but she arrived with {G#2} and two kids. Rollaway added. – {Gi#3}",
    "Guest {P#1} (room {ROOM}) asked us to forward her post to {AXL}.",
    "Police registration form (Spain): {U#1}, address {AX}, travelling with {U#2}.",
    # ferries
    "Ferry manifest Dover–Calais {TIME}: vehicle {UKREG}, driver {R}, passengers {R}, {R} (child).",
    "Dear {P#1}, your booking for {P#2} and {P#3} on the 09:00 sailing to the Isle of Wight is confirmed.",
    # mail headers and signatures
    "From: {P#1} <{E#1}>\nTo: reservations\nSubject: Booking {BOOK} – name change\n\nHello, could you change the second guest from {P#2} to {P#3}? Everything else stays the same.\n\nBest,\n{G#1}",
    "Best regards,\n{P}\nOperations Coordinator, Harbour Coaches\nT: {PHUK}\n{AUL}",
    "Minutes, residents' parking group: present {P} (chair), {P}, {I}. Apologies: {P}. {S} to draft the letter to the council.",
    "Thanks {G#1}! Flights are booked for you and {Gs#2:m} kids, I'll send the e-tickets to {E#1} tonight.",
    "Delivery address for the hire car: {AUS}. Collection from {AUS}. Contact {M} on {PHUS}.",
    "Forwarding address for {P} (checked out {DATEEN}): {AUL}.",
    "Hi, could the taxi pick me up from {Gs:f} place instead? It's {AU}. Thanks, {G}",
    "Hotel registration card\nName: {U}\nAddress: {AXL}\nNationality: Swedish\nVehicle: none",
)

MIXED = (
    "Hej {G#1}! Your booking {BOOK} är bekräftad. Pickup vid {A} kl {TIME}, driver {G#2:m} ringer från {PH} när han är outside.",
    "FYI: {P#1} har flyttat sin Arlanda transfer till {TIME}. Kan {G#2} ta den? Adress: {A}.",
    "Hi team, kunden {P:f} klagar på att the rental car var smutsig. Hon vill ha refund, kan någon ringa henne på {PH}?",
    "Guest list för kick-offen i Åre:\n{R} – flight {FLIGHT}\n{R} – nattåget\n{R} – egen bil, parking behövs\nContact: {P}, {PH}",
    "yo {n}! ska vi carpoola till festivalen? jag kan plocka upp dig på {a} typ 10. {g} hänger också med",
    "Från: {P#1} <{E#1}>\nSubject: Lost bag – ref {BOOK}\n\nHi, min väska kom inte med på {FLIGHT}. Please deliver to {A}. Tack!\n{G#1}",
    "Passenger list Stena Line {DATE}: {RU}, {RU}, {RU}. Fordon {REG}. Hytt booked by {P}.",
    "Workshop note: {P:m} lämnade in Teslan, säger att det låter konstigt från bakaxeln. Call back on {PH}, he prefers English.",
    "Parking appeal, ärende {REF}: {P} argues that the sign på {ST} was covered by snow. Foto bifogat.",
    "Körlektion tomorrow 8:00 med {G#1}, meet at {A}. Om du blir sjuk, text {N#2} på {PH}.",
    "Checked in: {P#1} + {P#2} (room {ROOM}). De vill ha late checkout och taxi till Centralen kl {TIME}.",
    "Hej! I'm {P}, ny i Sverige, and I need to transfer ownership of my car {REG}. Köparen är {P}. Which forms do I need?",
    "Meeting notes: {Gs#1:m@en} flight lands 14:20, {G#2} hämtar honom vid T5 och kör direkt till kontoret på {ST}.",
    "Dear {P#1}, tack för din bokning! Your cabin on the Helsinki ferry is confirmed. Medresenär: {P#2}.",
    "#dispatch: {g} can you take the 06:10 från {a}? kunden {p} har extra bagage",
    "Update lost luggage: {Ps@en} bag har hittats i Köpenhamn och levereras till {A} imorgon.",
    "Carpool Kista–Uppsala: driver {P#1} ({PH}), riders {G#2} och {G#3}. Vi åker från {ST} 07:15 sharp, don't be late!",
    "Booking för {AIR#1:m} MR och {AIR#2:f} MRS, ARN–JFK, {DATE}. Special meal: vegetarian. Kontakt: {E#1}.",
    "Incident report: en passagerare, {P} ({PNR}), fell in the stairs vid gate F28. First aid by staff member {G}.",
    "Hotel review: super trevlig personal, särskilt {G} i receptionen! But parking på {ST} was expensive. /{Gi}",
    "Hyrbil: {P#1} picked up the car i Kiruna, returning in Luleå. One-way fee {AMT}. Extra driver {P#2}.",
    "hej {n}, my car broke down på E18 utanför Västerås. kan du ringa bärgningen? my number är {PH}",
    "Taxi receipt: driver {G}, car {REG}. From {A} to Stockholm Central. Paid by card, {AMT}.",
    "Visitor parking permit for {P#1}, valid {DATE}. Guest of {P#2}, {STL}.",
    "Our driver {G#1:m} står utanför {A} nu. He's in a black Mercedes, {REG}. Ring {PH} om ni inte ser honom.",
    "Bus charter to Oslo, passagerarlista: {R}, {R}, {R}, {R}. Guide: {P} ({PHX}).",
    "Re: complaint – vi har pratat med {P:m} som var night manager. He says att rummet var städat. We offer 20% rabatt.",
    "Best regards / Vänliga hälsningar\n{P}\nFleet Manager\nMobile: {PH}\n{AO}",
    "Train booking: {P} + två barn, Stockholm–Narvik nattåg {DATE}, sovvagn. Confirmation skickad till {E}.",
    "Hi, jag hyrde en bil i Málaga och nu har jag fått en parking fine via Transportstyrelsen. Jag var inte där det datumet!\nMvh {P}\n{AL}",
    "dispatch: {p} väntar vid {a}, har ringt twice already. ETA?",
    "Please add {P#1} to the passenger manifest för färjan till Helsingfors. Personnummer {PNR}, delar hytt med {P#2}.",
    "Vehicle handover: {P#1} lämnade bilen till {P#2} kl {TIME}. Mätarställning {KM} km, fuel full.",
    "Note to self: ring {N} om lägenheten i Lissabon, address {AX}",
    "Driving school feedback: {G} var super patient, best instruktör ever! Highly recommend. – {P}",
    "Att: {P#1}. Tyvärr är {FLIGHT} cancelled. We've rebooked you and {G#2} on the next departure, samma tid imorgon.",
    "Service reminder till {P}: din Volvo {REG} is due for service, senast vid {KM} km. Book via appen.",
    "Kunden {S#1:f} called about her parking fine, säger att automaten på {ST} var trasig. Callback {PH}.",
    "Luggage delivered to {AL}, signed by {P}. Bud: {G}.",
    "pls check om {Ps} carpool seat är ledig på fredag, annars tar {G} den",
    "Hej {G#1}, this is {P#2} från uthyrningen på Arlanda. Your car is ready, men vi behöver se ditt driver's license.",
    "Manifest / Passagerarförteckning\nName: {U#1}\nPersonnr: {PNR}\nAddress: {AX}\nNext of kin: {P#2}, {PHX}",
    "Yes! {Gs#1:f@en} flight from London lands 21:45 på Bromma, kan du hämta? She's staying at {A}.",
    "Reservation changed by {Gi} (front desk): {P} now arriving fredag istället för torsdag.",
    "Employee travel: {P#1} och {P#2} flyger till Chicago next week, hotel booked near {AUS}.",
    "Uber ride {DATE}: driver {G}, pickup {a}. Customer comment: 'föraren pratade i telefon hela resan'.",
    "Hyttbokning: {R#1} & {R#2}, cabin 7305. Kontakt {E#1}, {PHX}. Pick-up i Åbo by {P#3}.",
    "Ägarbyte done! {P#1} is now the owner of {REG}. Old owner {P#2}, {A}.",
    "Hi {G#1}, kan du swap shift med mig på lördag? Jag kör charterbussen till Göteborg och {N#2} är sjuk.",
    "Hotel check-in list {DATE}:\n{SG}, room {ROOM}\n{SG}, room {ROOM}\n{SG}, room {ROOM} (late arrival)",
    "Kan någon i teamet ta {gs} airport pickup? She lands {TIME} på Landvetter och bor på {a}.",
    "Samåkning to the IKEA warehouse: {P#1} kör, pickup at {ST} 06:30. Contact {E#1}.",
    "Taxi account: {SG#1}, Company: Nordic Freight AB. Approved travellers: {P#1}, {P#2}, {P#3}. Invoice till {AO}.",
    "hotel guest {P} says the keycard slutade funka igen, rum {ROOM}. sent {G} upp med en ny",
    "Pickup address ändrad: nu {A} istället för {A}. Tell the driver please. /{G}",
    "Leverans av lost luggage till {AXL}, the customer {P} är på semester där until Sunday.",
    "The rental contract lists {P:m} at {AUS}, men han bor numera på {A}.",
    "Färdtjänst booking for {P}: from {A} to {A}, return kl {TIME}.",
)

NEGATIVES = (
    (
        "sv",
        "Flyg SK 1417 från Arlanda till Kastrup är försenat cirka 40 minuter. Ny avgång 14.25 från gate F32.",
    ),
    (
        "sv",
        "Trafikverket meddelar: banarbete mellan Flemingsberg och Södertälje hela helgen, ersättningsbussar går från Stockholm C.",
    ),
    (
        "sv",
        "Kom ihåg att boka däckbyte innan den 1 december, Mekonomen har lediga tider på måndag.",
    ),
    (
        "sv",
        "Viking Line ställer in kvällens avgång med M/S Gabriella på grund av storm. Resenärerna ombokas till Tallink Silja.",
    ),
    (
        "sv",
        "Kontrollavgiften är 500 kr och ska betalas inom åtta dagar. Vill du överklaga kontaktar du Aimo Park.",
    ),
    (
        "sv",
        "Bo nära stationen och klara dig utan bil – pendeltåget går var femte minut i rusningstrafik.",
    ),
    ("sv", "Hotellet ligger vid Stortorget i Gamla stan, fem minuters promenad från Slussen."),
    (
        "sv",
        "Uthyrningen har Volvo V90, Kia Ceed, Tesla Model 3 och Renault Zoe. Alla bilar har vinterdäck från november.",
    ),
    ("sv", "Sten i vindrutan? Boka lagning hos Carglass innan sprickan växer."),
    ("sv", "Bussen till Ullared går varje lördag från Ica Maxi i Örebro klockan sju."),
    ("sv", "Stor ros till frukostbuffén och hela receptionen på Scandic Grand Central!"),
    (
        "sv",
        "Enligt Transportstyrelsen ska ägarbytet anmälas inom sju dagar. Blanketten finns på deras webbplats.",
    ),
    ("sv", "Uppkörningen ställs in om det är ishalka; Trafikverket skickar en ny tid via sms."),
    (
        "sv",
        "Färjorna till Gotland går från Nynäshamn och Oskarshamn. Boka bilplats i god tid inför midsommar.",
    ),
    (
        "sv",
        "Taxi Stockholm, Taxi Kurir och Sverigetaxi har fasta priser till Arlanda, men Uber och Bolt är ofta billigare på natten.",
    ),
    ("sv", "Liv och hälsa först: håll avstånd när bussen svänger in vid hållplatsen."),
    (
        "sv",
        "Verkstaden är stängd mellan jul och nyår. Akuta ärenden hänvisas till Assistancekåren.",
    ),
    (
        "sv",
        "Till Kiruna flyger SAS och Norwegian varje dag; nattåget från Stockholm tar ungefär sjutton timmar.",
    ),
    (
        "sv",
        "Handbagaget får väga högst 8 kg. Vätskor ska ligga i en genomskinlig påse på max en liter.",
    ),
    ("sv", "Klara, färdiga, gå! Loppet startar vid Hagaparken och går förbi Karolinska."),
    (
        "sv",
        "Parkeringen är avgiftsfri på söndagar och helgdagar, utom i zon A där taxa 3 gäller dygnet runt.",
    ),
    (
        "sv",
        "Hyrbilen ska tankas full före återlämning, annars debiteras tankning enligt prislistan.",
    ),
    ("sv", "Trängselskatten i Göteborg tas ut vardagar 06.00–18.29 men inte under juli."),
    (
        "sv",
        "Hotell Birger Jarl och Clarion Hotel Sign har lediga rum i helgen enligt bokningssajten.",
    ),
    (
        "sv",
        "Säkerhetskontrollen på terminal 5 har långa köer på fredagar, räkna med minst fyrtio minuter.",
    ),
    ("sv", "Biljetten köper du i SL-appen eller i automaten vid Odenplan."),
    ("sv", "Färdtjänsten beställs senast kvällen före, per telefon eller i appen."),
    (
        "sv",
        "Våren är bäst för bilsemester i Norge; i maj brukar vägarna över fjället vara öppna igen.",
    ),
    (
        "en",
        "Flight BA 776 to Stockholm is delayed by fog at Heathrow. Please check the departure boards.",
    ),
    (
        "en",
        "All vehicles must be returned with a full tank. Hertz, Avis and Enterprise all charge a refuelling fee.",
    ),
    (
        "en",
        "Grace periods for parking charges are ten minutes under the industry code of practice.",
    ),
    (
        "en",
        "The ferry from Dover to Calais sails roughly every ninety minutes; P&O and DFDS both run the route.",
    ),
    (
        "en",
        "Will the train to Brighton stop at Gatwick Airport on Sunday? Check before you travel.",
    ),
    ("en", "Bring a jack, a spare wheel and a warning triangle if you drive in France."),
    (
        "en",
        "Victoria Coach Station is busy on Friday evenings; National Express recommends arriving 30 minutes early.",
    ),
    ("en", "The Ford Transit and the Mercedes Sprinter are both available for one-way hire."),
    (
        "en",
        "Hilton, Marriott and Premier Inn all offer free cancellation up to 24 hours before arrival.",
    ),
    ("en", "The bill for the tow was higher than expected, but the insurance covered it."),
    ("en", "Our June and July sailings to Norway are almost fully booked."),
    ("en", "Dawn departures from Manchester are cheaper, but the first tram only runs from 6 am."),
    ("en", "Hope you enjoyed your stay! Please rate your experience in the app."),
    (
        "en",
        "Penalty Charge Notices must be paid within 28 days; the charge is halved if paid within 14 days.",
    ),
    (
        "en",
        "The MOT checks lights, brakes, tyres and emissions; it does not check the engine or the gearbox.",
    ),
    (
        "en",
        "Rideshare drivers may wait in the pick-up zone on level 2 of the multi-storey car park.",
    ),
    ("mixed", "Flyget till London är delayed igen, ny boarding 17.10 vid gate F36."),
    ("mixed", "Kan vi ta Flygbussarna istället för taxi? It's way cheaper från Cityterminalen."),
    ("mixed", "Check-in öppnar 15.00 och check-out är senast 11.00, breakfast ingår."),
    ("mixed", "Rental car pickup är i parkeringshus P5, follow the signs mot Car Rental Center."),
    ("mixed", "SJ har cancelled alla tåg mellan Göteborg och Oslo på grund av stormen."),
    ("mixed", "Do we need winter tyres i Norge i mars? Jag tror det är obligatoriskt."),
    ("mixed", "The Ryanair flight från Skavsta är billigare, men Arlanda Express är så smidigt."),
    ("mixed", "Parking fine igen! Den här gången på Coops parkering, tydligen max två timmar."),
    ("mixed", "Viking Line eller Tallink till Åbo? Båda har cabins för fyra."),
    ("mixed", "Kan någon rekommendera en bra körskola i Uppsala? Preferably med automatbil."),
    ("mixed", "Hotel breakfast var amazing, särskilt våfflorna och the fresh juice."),
    ("mixed", "Vi kör E4 hela vägen, stop i Jönköping för lunch på Max."),
    ("mixed", "Lost luggage desk i bagagehallen stänger vid midnight, ring Swissport efter det."),
    ("mixed", "Bilprovningen says att bromsarna är slitna, men inget underkänt."),
    ("mixed", "Glöm inte tidsomställningen på söndag – the early flights blir extra tidiga."),
    ("mixed", "Will ni hinna till färjan? Den går 19.30 från Värtahamnen."),
)
