# ruff: noqa: E501
"""Templates of held-out AA (issue 15), written from scratch by its writer: commerce and
logistics in Swedish, English and mixed. Read by `generate_aa.py`.

Slots: `{P}` given and surname, `{p}` the same in lower case, `{U}` in capitals, `{F}` with a
middle name, `{G}`/`{g}` the given name, `{S}`/`{s}` the surname, `{I}` an initial and the
surname, `{Gi}` the given name and the surname's initial, `{R}` `Surname, Given`, `{RU}`
`SURNAME, GIVEN MIDDLE`, `{E}`/`{EW}` an e-mail address made from the name (`EW` a work address);
a trailing `s` is a genitive (`{Gs}`: `Annas`, `Sarah's`). `#n` is the same person again,
`:f`/`:m` a woman or a man. Addresses: `{A}` Swedish on one line, `{AL}` on lines, `{ST}` street
and number, `{STL}` with `lgh`, `{a}` lower case, `{AO}` an office or box, `{AU}`/`{AUL}`/`{au}`
British, `{AUS}` American, `{AX}` European, `{AW}` any foreign. `{PH}` a Swedish phone, `{PHX}`
a foreign one, `{PHA}` either; `{PNR}` a personnummer. The rest fill text that is no value.
"""

from __future__ import annotations

SV = [
    # order confirmations, returns and refunds
    "Hej {G#1}!\nTack för din beställning {ORD}. Vi skickar varorna till:\n{P#1}\n{AL}\nVi sms:ar dig på {PH} när paketet är på väg.",
    "Leveransadress: {P#1}, {STL}\nTelefon: {PH}\nE-post: {E#1}",
    "Returärende {ORD}\nKund: {P}\nAdress: {A}\nOrsak: fel storlek. Återbetalning {AMT} till kortet. Handläggare: {G} på kundservice.",
    "Fakturaadress:\n{P}\nc/o {P}\n{AL}",
    "Påminnelse: faktura {ORD} till {P}, {A}, förföll {DATE}. Belopp att betala: {AMT}.",
    "Kvitto {ORD}\nKassör: {G}\nKund: {P}\nMedlemsnummer {NUM}\nTotalt {AMT}",
    # parcels, couriers and drivers
    "Ditt paket {TRK} kan hämtas av {P} hos ombudet på {A} senast {DATE}. Ta med legitimation.",
    "chaufför: står utanför {a} nu, ingen öppnar. är det {g} som ska kvittera?",
    "kund: hej, jag är inte hemma, kan ni lämna paketet hos grannen {p} på {a}?",
    "Portkod 4512. Ring {P} på {PH} om ingen svarar. Adress: {STL}.",
    "hej {g}! jag är på väg, står i kö vid {a}. ring {PH} om du behöver nåt",
    "FRAKTSEDEL\nAVSÄNDARE: NORDLAGER AB, {AO}\nMOTTAGARE: {U}\n{AL}\nTEL {PH}",
    "Budet ringde från {PH} och sa att {G} inte kunde ta emot godset förrän efter {TIME}.",
    # bank and loans
    "Låneansökan\nSökande: {F}\nPersonnummer: {PNR}\nAdress: {A}\nMobil: {PH}\nMedsökande: {F}, {PNR}",
    "Vi har tagit emot din ansökan om privatlån, {G}. Din handläggare {P} ringer dig från {PH} inom två bankdagar.",
    "Kontoinnehavare: {P}\nMedkontohavare: {P}\nAdress: {A}\nTelefon dagtid: {PH} ankn. {EXT}",
    "Kortet är spärrat på begäran av {P}. Ett nytt kort skickas till folkbokföringsadressen {A}.",
    # car rental and workshops
    "Hyresavtal {ORD}\nFörare: {P}\nPersonnummer: {PNR}\nHemadress: {A}\nExtra förare: {P}\nBil: {REG}. Återlämnas {DATE} kl {TIME}.",
    "Arbetsorder verkstad: {REG}. Ägare {P}, {PH}. Kunden vill bli uppringd innan reservdelar beställs. Mekaniker: {G}.",
    "Skaderapport: bil {REG} hyrd av {P}. Skadan upptäcktes vid återlämning av {G} på stationen. Kunden nås på {PHA}.",
    # travel
    "Resplan för {P}\nAvresa Arlanda {DATE} kl {TIME}\nPassagerare 2: {P}\nPassagerare 3: {G} {S}\nKontakt under resan: {PH}",
    "Passagerarlista buss 2:\n1. {R}\n2. {R}\n3. {R}\n4. {R}",
    # B2B purchase orders and delivery notes
    "Följesedel {ORD}\nLeveransadress:\n{AO}\nGodsmottagare: {P}, tfn {PH}\nBeställare: {P}",
    "Beställare: {R}\nLevereras till: {A}\nMärkning: att. {P}",
    "Attesterad av {I}, inköp. Godset kvitterat av {I} kl {TIME}.",
    "Inköpsorder {ORD} från Bygghandel Syd. Kontakt: {P}, {PH}. Leverans till {AO} vecka {NUM}.",
    # warranty, subscriptions, gyms
    "Garantiärende: diskmaskinen hos {P}, {A}, läcker igen. Tekniker {G} är bokad {DATE}.",
    "Hej! Jag vill säga upp mitt medlemskap på gymmet. Namn: {P}, personnummer {PNR}. Mvh {G}",
    "Uppsägning av abonnemang\nKundnamn: {P}\nAdress: {STL}\nTelefonnummer: {PH}\nSista dag: {DATE}",
    # marketplaces
    "Säljaren {P} har inte skickat cykeln trots att jag swishade {AMT}. Hen bor på {A} enligt annonsen. /{P}",
    "Tvist {ORD}: köparen {G} säger att mobilen var trasig, säljaren {Gi} säger att den var hel när den skickades.",
    # staffing, CVs, recruitment
    "CV – {F#1}\n{A}\n{PH} · {E#1}\nErfarenhet: truckförare och lagerarbetare. Referens: {P}, arbetsledare, {PH}",
    "Bemanning: {P} börjar som lagerarbetare hos oss på {AO} på måndag. Kontaktperson på plats är {P} ({PH}).",
    "Rekrytering: {P#1} (tfn {PH}, {E#1}) har tackat ja till tjänsten som transportledare. Startdatum {DATE}.",
    "Anställningsbevis för {F}, personnummer {PNR}, bosatt på {A}.",
    "Referens: {P:f} säger att {G} var en av de bästa truckförarna hon har haft.",
    # LinkedIn-style messages and freelance contracts
    "Hej {G}! Jag såg att du jobbar med inköp nu. {Gs} kollega {P} tipsade om dig. Ses vi på mässan? /{G}",
    "Konsultavtal mellan Nordlager AB och {F} (personnummer {PNR}), {A}. Uppdragsgivarens kontaktperson: {P}.",
    # customer-service chat, mail and signatures
    "Agent {G#1}: Hej och välkommen! Vad kan jag hjälpa till med?\nKund: hej, min beställning {ORD} har inte kommit\nAgent {G#1}: Jag ser att den levererades till {ST}. Stämmer adressen?",
    "Från: {P#1} <{E#1}>\nTill: Kundservice\nÄmne: Reklamation order {ORD}\n\nHej, jag fick en trasig lampa. Skicka en ny till {A}.\n\n/{G#1}",
    "Med vänliga hälsningar\n{P#1}\nInköpsansvarig\nNordlager AB\n{AO}\nTel: {PH} | Mobil: {PH}\n{EW#1}",
    "Mvh {G} {S}\nKundtjänst\n{PH}",
    # chat and minutes
    "{g}: har du fått tag på {p:m}? han skulle hämta pallarna i {TOWN}",
    "fråga {g} om leveransen till {a}, kunden har ringt tre gånger",
    "{g}: kan nån ta returen från {ps} kund? den står vid port 3",
    "Mötesanteckningar inköp: närvarande {P}, {P}, {G} och {P}. {G} tar kontakt med transportören.",
    "VD {P} och ekonomichef {P} skrev under avtalet med speditören i går.",
    "Dr {S} har sjukskrivit {G}, så {Gs} körningar tas av {P} resten av veckan.",
    "Adressändring: {P} har flyttat från {A} till {A} från och med {DATE}.",
    "Hej {G}, din bokning av släpvagn är bekräftad. Hämtas på {AO} kl {TIME}. Frågor? Ring {P} på {PH}.",
    "Incheckning klar för {U} och {U}, Arlanda–Alicante {DATE}.",
]

EN = [
    # order confirmations, returns and invoices
    "Hi {G#1},\nThanks for your order {ORD}! It will be shipped to:\n{P#1}\n{AUL}\nQuestions? Just reply to this email.",
    "Return request {ORD}: customer {P#1} ({E#1}) wants a refund of {EUR} for a faulty kettle. Collect from {AU}.",
    "INVOICE {ORD}\nBill to: {P#1}\n{AUL}\nAmount due: {EUR}\nQueries: {E#1}",
    "Receipt #{NUM} - served by {G}. Member: {P}. Total {EUR}.",
    "Ship to:\n{P}\n{AUS}\nPhone: {PHX}",
    "Please update the shipping address for {P} to {AX} and the phone number to {PHX}.",
    # parcels and drivers
    "Your DHL parcel {TRK} is out for delivery to {P}, {AU}. The driver, {G}, will call {PHX} if nobody is home.",
    "hey {g}, driver here, at {au} but the gate's locked, can u call me on {PHX}",
    "{g}: is {p} still on the Leeds run? customer at {au} keeps calling",
    "Driver {G} left the parcel with {Gs} neighbour at {AU} since nobody answered.",
    # bank and loans
    "Loan application\nApplicant: {F}\nDate of birth: {DATEEN}\nHome address: {AUL}\nPhone: {PHX}\nEmployer contact: {P}, HR",
    "Joint account holders: {P} and {P}. Correspondence address: {AW}.",
    # car rental and workshops
    "Rental agreement {ORD}\nMain driver: {P}\nAdditional driver: {P}\nPick-up: Heathrow Terminal 5, {DATEEN}\nContact number: {PHX}",
    "Job card: service and MOT for {REG}. The owner, {P}, is on {PHX}. Technician {G} noted worn brake pads.",
    # travel
    "Itinerary for Mr {S:m} and Mrs {S:f}\nFlight SK1530 London–Stockholm, {DATEEN}\nHotel booked under {P}, ref {ORD}.",
    "Passenger manifest:\n{RU}\n{RU}\n{RU}\nGroup leader: {P} ({PHX})",
    "Booking for {P} and {P} confirmed: 2 nights, check-in {DATEEN}. Guest phone: {PHX}.",
    # purchase orders and delivery notes
    "Purchase order {ORD}\nBuyer: {P}\nBill to: {AW}\nShip to: {AUS}\nAttn: {P}, receiving dock",
    "Delivery note {ORD}\nDelivered to {AX}\nSigned for by {I} at {TIME}.",
    "Ms {S:f} from accounts payable says invoice {ORD} went to the old address, {AX}.",
    # warranty, cancellations, marketplaces
    "Warranty claim from {P}: the dishwasher bought on {DATEEN} leaks. Technician visit at {AU}. Customer prefers calls on {PHX} after 5 pm.",
    "Hi, I'd like to cancel my gym membership. Name: {P}. Address: {AU}. Thanks, {G}",
    "Subscription cancelled for {P#1} ({E#1}). The final box ships to {AW} on {DATEEN}.",
    "Dispute opened by buyer {P}: item not received. Seller {P} says it was sent to {AUS}. Escalated to {G} in Trust & Safety.",
    # staffing, CVs, LinkedIn, freelance
    "{U#1}\n{AUL}\n{PHX} | {E#1}\nProfile: logistics coordinator, 8 years in freight forwarding.\nReferences: {P}, Operations Manager",
    "Placement confirmed: {P} starts at the Reading warehouse on Monday. On-site contact: {P}, {PHX} ext. {EXT}.",
    "Hi {G}, great to connect! {P} mentioned you're looking for a 3PL partner in the Nordics. Happy to chat. Best, {G}",
    "This Agreement is made between Acme Freight Ltd and {F} (the Contractor) of {AU}.",
    "Referee for {P}: {P#1}, former line manager, {PHX}, {E#1}",
    # customer service, mail, signatures
    "Agent ({G#1}): Thanks for holding. Can you confirm the delivery address?\nCustomer: {AU}\nAgent ({G#1}): Thanks, {G#2}. I've rebooked the courier for tomorrow.",
    "Kind regards,\n{P#1}\nHead of Procurement\n{AUL}\nT: {PHX}\nE: {EW#1}",
    "From: {P#1} <{E#1}>\nTo: Customer Service\nSubject: Refund not received\n\nHi, I returned order {ORD} two weeks ago and there is still no refund.\n{G#1}",
    "Mrs {S:f} called twice about the refund; {Gs} account shows it was paid on {DATEEN}.",
    # minutes, reviews
    "Meeting notes (supplier review): {P}, {P}, {G}. Action: {G} to chase the late pallets from Rotterdam.",
    "Code review: @{g} please check {Gs} change to the courier-label export before we send it to {G}.",
    "Dr {S} signed off the driver's medical; {G} can go back on the night route from {DATEEN}.",
]

MIXED = [
    "Hej {G}! Your order {ORD} är skickad till {A}. Tracking: {TRK}",
    "{g}: kan du pinga {g} about the return? kunden ringer från {PHA}",
    "FYI: {P} på Schenker says att pallarna levereras till {AO} imorgon.",
    "Kund {P:f} wants a refund, men paketet kom aldrig fram till {A}. Ring henne på {PH}.",
    "Agent {G#1}: Hi! Hur kan jag hjälpa dig?\nKund: hej, my parcel is stuck i Jönköping\nAgent {G#1}: Okej, vilken adress skickades det till?\nKund: {A}",
    "Meeting med {P} och {P} om the Q3 forecast. {G} tar action points.",
    "Hej {G}, I saw your profile – vi söker en transportledare i Göteborg. Intresserad? /{P}",
    "Candidate {P#1}, tel {PH}, mail {E#1}, bor på {A}. Available från {DATE}.",
    "Delivery note {ORD}: mottaget av {I} vid lagret på {AO}.",
    "{gs} order is delayed, kan du mejla kunden?",
    "Bil {REG} bokad för {P} (driver) och {P}. Pick-up på {AO}, return {DATE}.",
    "hej {g}, driver här. står vid {a}, no answer. ringer {PH}",
    "Invoice till {P#1}, {A}. Due date {DATE}. Questions → {E#1}",
    "Loan application från {F}, personnummer {PNR}, co-applicant {P}.",
    "Refund approved by {P}. Customer {Ps} account credited {AMT}.",
    "{p} sa att the warranty covers it, men {g} disagrees",
    "Signatur:\n{P#1}\nSales Manager Nordics\n{AO}\nMob: {PH}\n{EW#1}",
    "Contract signed: {P} (freelancer), {AX}. Kontaktperson hos oss: {P}.",
    "Passagerare: {U}, {U}. Flight SK 903 {DATE}, gate 14. Emergency contact: {PHA}",
    "Gym: {G} vill cancel membership, nytt nummer {PH}, ny adress {STL}.",
    "Marketplace dispute: köparen {P} claims att telefonen var trasig; säljaren {P} bor på {A}.",
    "Code review: {G}, kan du kolla {Gs} PR för PostNord-integrationen? LGTM from me /{g}",
    "Hi {G}! Tack för igår. Skickar kontraktet till {AO} för underskrift. Best, {P}",
    "Shipping label: {U}, {AL}, {PH}",
    "Workshop: {REG} klar för hämtning. Owner {P} aviserad på {PH}.",
    "Teams: {g} är sjuk idag, so {g} covers the Malmö route.",
    "New address för {P}: {AX}. Please update i CRM.",
    "Reference check: {P:f} säger att {G} was the best forklift driver hon haft. Nummer: {PHX}",
    "Support ticket: {P#1} ({E#1}) kan inte logga in. Senaste order skickad till {A}.",
    "Placement: {P} starts på måndag hos kunden på {AO}; contact {P}, {PH}.",
    "Dr {S} confirmed att {G} kan jobba deltid from {DATE}.",
    "Passenger {R} har bokat om till en senare flight.",
    "Purchase order {ORD} från {P}, leveransadress {AW}.",
    "hej! är det {g} eller {g} som har nycklarna till bilen? customer waiting at {a}",
    "VD {P} approved the new carrier contract; {Gs} assistant {G} skickar det till {AW}.",
]

NEGATIVES: list[tuple[str, str]] = [
    ("sv", "Orderbekräftelse – tack för din beställning! Varorna skickas inom 2–3 arbetsdagar."),
    (
        "sv",
        "PostNord: Ditt paket har anlänt till ombudet. Ta med giltig legitimation och upphämtningskod.",
    ),
    ("sv", "Leveransen är försenad på grund av snöoväder i Norrland."),
    ("sv", "Returer tas emot måndag till fredag 08.00–16.00 vid port 4."),
    ("sv", "Kundtjänst har stängt på midsommarafton och juldagen."),
    ("sv", "Veckans kampanj: IKEA Billy och Kallax till halva priset."),
    ("sv", "Volvo XC60 och Tesla Model Y är slutbokade i helgen, men vi har en Kia Ceed kvar."),
    ("sv", "Lånelöfte beviljat. Räntan är bunden i tre år."),
    ("sv", "Gymmet är stängt på långfredag. Spinning flyttas till tisdag."),
    ("sv", "Fakturan kan betalas med Swish, Klarna eller via bankgiro."),
    ("sv", "Mötet om lagerinventeringen flyttas till onsdag i nästa vecka."),
    ("sv", "Sten, grus och sand levereras med kranbil."),
    ("sv", "Bo gärna nära jobbet om du söker tjänsten som nattplockare."),
    ("sv", "Rosa kartonger går till Arlanda, blå till Landvetter."),
    ("sv", "Bolagsstämman hålls i Göteborg i maj."),
    ("sv", "Reservdelar till Husqvarna och Stihl beställs via Mekonomen."),
    ("sv", "Garantin gäller i två år från köpdatum, spara kvittot."),
    ("sv", "Flyget till Alicante är försenat två timmar på grund av åska."),
    ("sv", "DB Schenker hämtar pallarna varje tisdag och torsdag."),
    ("sv", "Vi har tyvärr slut på Samsung Galaxy S24 i lagret i Malmö."),
    ("sv", "Tack för din ansökan! Vi återkommer efter sista ansökningsdag."),
    ("sv", "Inköp, Ekonomi och HR sitter numera på plan tre."),
    ("sv", "Påminnelse: inventering av Lager Nord på fredag."),
    ("sv", "Reklamationen är godkänd och ersättningsvaran skickas med Bring."),
    ("sv", "Säg upp abonnemanget senast den sista i månaden för att slippa nästa dragning."),
    ("sv", "Hyrbilen ska tankas full innan den lämnas tillbaka på Landvetter."),
    ("sv", "Julrushen: beställ senast 18 december för leverans före jul."),
    ("sv", "Stora Coop i Kungens kurva har fått en ny lastkaj."),
    ("sv", "Lilja-serien av handdukar är tyvärr utgången."),
    ("sv", "Nya Mina sidor och Mina ordrar lanseras i augusti."),
    ("en", "Your order has been dispatched and will arrive within 3–5 working days."),
    ("en", "Hope this helps! Let us know if the parcel doesn't arrive by Friday."),
    ("en", "Will the Amazon Prime delivery slot still be available on Monday?"),
    ("en", "Frank feedback from the warehouse team: the new scanners are too slow."),
    ("en", "Grace period for returns is 30 days from delivery."),
    ("en", "Bill of materials attached for the Q3 purchase order."),
    ("en", "Mark the pallets as fragile before the DHL pickup."),
    ("en", "Rose gold iPhone cases are back in stock."),
    ("en", "Please note our offices are closed on Boxing Day and New Year's Day."),
    ("en", "The Ford Transit is booked for the Heathrow run on Tuesday."),
    ("en", "Jack and wheel brace are in the boot of every rental car."),
    ("en", "Refund processed to your original payment method."),
    ("en", "Dawn deliveries start in March for the Greater London area."),
    ("en", "Terms and Conditions apply. See our Returns Policy for details."),
    ("en", "Warehouse Operative – Night Shift – Apply Now"),
    ("en", "Amazon, eBay and Etsy orders are synced every hour."),
    ("en", "Your Peloton subscription will renew on 1 May."),
    ("en", "Gate 14 is closed; Ryanair passengers should use Gate 22."),
    ("en", "The Ruby on Rails job for the courier-label service failed again."),
    ("en", "Sterling payments clear in two business days."),
    ("mixed", "Orderbekräftelse: thanks for your order! Leverans inom 3–5 dagar."),
    ("mixed", "FYI the DHL pickup är flyttad till torsdag."),
    ("mixed", "Kan vi ta the Volvo FH till Rotterdam next week?"),
    ("mixed", "Reminder: stand-up på måndag, sen sprint review."),
    ("mixed", "Refund policy: pengarna tillbaka inom 14 dagar."),
    ("mixed", "Hope du har en bra helg!"),
    ("mixed", "New Balance och Nike sneakers är back in stock."),
    ("mixed", "Hyrbilen från Hertz har en flat tyre, byt på Arlanda."),
    ("mixed", "Lagret i Jönköping is closed over Christmas."),
    ("mixed", "Grace period på fakturan är 10 dagar."),
    ("mixed", "Klarna-betalningen failed, testa Swish istället."),
    ("mixed", "Säg till om ni vill ha the new price list från Schenker."),
    ("mixed", "Bill of lading saknas för containern från Shanghai."),
    ("mixed", "Sten och grus ska levereras before lunch."),
    ("mixed", "Black Friday-kampanjen startar på fredag kl 00.00."),
    ("mixed", "Kickoff i Åre i januari – save the date!"),
]
