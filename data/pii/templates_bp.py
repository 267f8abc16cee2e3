# ruff: noqa: E501
"""Templates of held-out bp: neighbours, housing and local life, in Swedish, English and mixed.

Slots (filled by `generate_bp.py`): persons `{P}` full name, `{p}` lower case, `{U}` capitals,
`{F}` with middle names, `{G}`/`{g}` given name, `{N}`/`{n}` short form, `{S}`/`{s}`/`{SU}`
surname, `{I}` initial and surname, `{Gi}` given name and initial, `{R}`/`{RU}` `Surname, Given`,
`{E}` e-mail; `#1` ties slots to one person, `:f`/`:m` the person's sex; a trailing `s` is a
Swedish genitive, `'` an English one (the ending is no part of the value). Values: `{A}` `{AL}`
`{AF}` `{AFL}` Swedish addresses (one line, over lines, with a flat or floor), `{ST}`/`{STF}` a
street and number, `{STN}` a street alone, `{a}` lower case, `{HS}` `{HN}` `{HR}` `{hn}` `{HF}`
`{HA}` the row's own house (street, number, range, flat, postcode), `{BOX}`, `{AU}` `{AUL}` `{au}`
UK, `{AUS}` US, `{AX}` `{AXL}` elsewhere in Europe; `{PH}` `{MOB}` `{TEL}` `{VX}` `{PHX}` `{PHE}`
phones; `{MB}` a BRF's mail, `{MF}` a firm's; `{PNR}` personnummer. Look-alikes and other words,
never values: `{BRF}` the BRF's name, `{PET}`/`{PETEN}` an animal, `{ORG}` organisation number,
`{OCR}`, `{BG}`, `{PG}`, `{SWF}` a firm's Swish number, `{REG}` a car's plate, `{CODE}` a door
code, `{INV}` `{REF}` `{DNR}` invoice, order and case numbers, dates, times, amounts, `{TOWN}`.
"""

from __future__ import annotations

SV: tuple[str, ...] = (
    # --- BRF boards, notices, minutes
    "ANSLAG – Brf {BRF}\n\nStambytet i trapphus {HR} börjar {DATE}. Vattnet stängs av kl {TIME}–15.00 vardagar. Frågor besvaras av projektledare {P} på {VX} eller {E#1:m}.\n\nStyrelsen",
    "Till alla medlemmar i Brf {BRF}\n\nKallelse till ordinarie föreningsstämma {DAY} den {DATE} kl. {TIME} i samlingslokalen, {HN}.\nFullmakter lämnas till sekreteraren {P} senast dagen innan.\n\nStyrelsen genom ordförande {P}",
    "PROTOKOLL styrelsemöte Brf {BRF} {DATE}\nNärvarande: {P}, ordf., {P}, kassör, {P}, sekr., {P}\nFrånvarande: {P}\n§ 4 Andrahandsuthyrning: ansökan från {P#1} (lgh {PLATS}) beviljas ett år.\n§ 5 {Ss#1} balkong – skrivelse till förvaltaren.\nVid protokollet: {I}\nJusteras: {I}",
    "§ 7. Medlemsärenden\nStyrelsen har mottagit klagomål på buller från lägenheten ovanför {Gs#1:f} och {Gs#2:m}. {S#3} kontaktar {S#4} för ett samtal.\n§ 8. Nästa möte {DATE} hos {G#5}, {HF}.",
    "Styrelsen för BRF {BRF} {DATE}\n\nOrdförande\t{P}\t{MOB}\nVice ordf.\t{P}\t{MOB}\nKassör\t{P}\t{MB}\nSekreterare\t{P}\nLedamot\t{P}\nSuppleant\t{P}\n\nFelanmälan dygnet runt: {VX}",
    "Valberedningens förslag inför stämman:\nOmval: {P} (2 år), {P} (1 år)\nNyval: {P}, {HF}\nSuppleanter: {P} och {P}\nValberedningen: {I}, {I}",
    "Hej alla grannar!\nNu har vi fått en ny vicevärd, {P#1}. {G#1} finns på plats i kontoret i källaren på {HN} tisdagar {TIME}–12.00 och nås annars på {MOB} eller {E#1}.\nVänliga hälsningar Styrelsen, Brf {BRF}",
    "Information om fiber\nInstallationen i {HS} sker vecka 12. Teknikern från installationsfirman behöver komma in i alla lägenheter. Om du inte kan vara hemma, lämna nyckel till {P} i lgh {PLATS} eller ring {PH}.",
    "NYCKELKVITTENS\nBrf {BRF}, org.nr {ORG}\nUndertecknad har kvitterat ut 2 st lägenhetsnycklar och 1 tagg (nr {INV}).\nNamn: {U#1}\nAdress: {AF}\nPersonnummer: {PNR}\nTelefon: {PH}\n\nSignatur: ____________",
    "Lägenhetsförteckning {HS} (uppdaterad {DATE})\n1001  {R}\n1002  {R}\n1101  {R} / {R}\n1102  {R}\n1201  {R}\n1202  {RU}\n\nÄndringar meddelas {MB}",
    "Medlemsförteckning Brf {BRF} – utdrag\nLgh 12 | {P} | {PNR} | andel 2,31 %\nLgh 14 | {P}, {P} | {PNR} | andel 2,08 %\nLgh 15 | dödsbo efter {P}, kontakt {P} {PH}",
    "Ansökan om andrahandsupplåtelse\nBostadsrättshavare: {P#1}, personnr {PNR}\nLägenhet: {STF}\nAndrahandshyresgäst: {P}, {PNR}\nSkäl: arbete i {TOWN} under ett år\nKontaktadress under perioden: c/o {P}, {A}\nTel: {PH}",
    "Överlåtelseavtal\nSäljare: {P}, {PNR}\nKöpare: {P}, {PNR} och {P}, {PNR}\nLägenhet nr {PLATS} i Brf {BRF} ({ORG}), adress {AF}\nKöpeskilling: {AMT}\nMäklare: {P}, Svensk Fastighetsförmedling, {VX}",
    # --- parking, laundry, storage
    "Parkeringskö Brf {BRF} {DATE}\n1. {R} – {REG}\n2. {R} – {REG}\n3. {R} – {REG} (laddplats)\n4. {R}\nVid frågor: {P}, {PH}",
    "P-PLATS {PLATS}\nUthyrd till: {U}\nBil: {REG}\nFelparkerade bilar bogseras. Kontakta parkeringsansvarig {P} på {MOB}.",
    "Tvättstugan {DAY}: {G} hade bokat {TIME}–11.00 men det låg kvar tvätt från förra passet. Snälla töm maskinerna! /{P}, {HF}",
    "Lapp i tvättstugan:\nDen som tog mina vita lakan ur torktumlaren i {DAY}s – lägg tillbaka dem utanför lgh 1103 eller sms:a {MOB}. Tack! {N}",
    "Bokningstavlan tvättstuga {HN}\nmån: 1103 {S}, 1201 {S}\ntis: 1002 {S}\nons: 1302 {S}, 1001 {S}\nRengöringsansvarig denna månad: {P}",
    "Förrådsinventering {DATE}\nFörråd utan namnlapp töms efter 30 dagar. Förråd 7: {S}? Förråd 12: {S}/{S}. Hör av er till {P} ({MB}).",
    # --- sublets and exchanges
    "Hyr ut min 2:a i andra hand på {STN}, {RENT}/mån, från {DATE}. Möblerad. Rökfritt, inga djur. Kontakta {G#1} på {MOB} eller {E#1}.",
    "ANDRAHANDSKONTRAKT\n§ 1 Parter\nUthyrare: {P}, {PNR}, {AL}\nHyresgäst: {P}, {PNR}\n§ 2 Lägenhet: {STF}, 2 rok, 56 kvm\n§ 3 Hyra: {RENT} per månad till bankgiro {BG}\n§ 4 Tid: {DATE} – tills vidare",
    "Bostadsbyte! Vi har: 3:a på {A}, {RENT}/mån, Stockholmshem. Vi söker: 4:a i Söderort. Hör av dig till {P} {PH}",
    "Byte söker 2:a i {TOWN}, har 1:a på {ST} (hyresrätt, 38 kvm). /{Gi} tel {MOB}",
    "Hej! Vi är en familj på fyra som söker bostad att hyra från {DATE}. Vi heter {P#1:f} och {G:m} och har två barn. Referenser från förra hyresvärden, {P}, {VX}. Maila {E#1} 🙂",
    # --- moving firms
    "Orderbekräftelse – {Ss} Flytt & Transport AB\nKund: {P#1}\nFrån: {AF}\nTill: {AL}\nDatum: {DATE}, start {TIME}\nOffert nr {INV}, pris efter RUT-avdrag {AMT}\nFrågor? Ring {VX} eller skriv till {MF}.",
    "Hej {G#1}! Flyttbilen är på plats utanför {HN} ca kl {TIME}. Vår flyttledare heter {G} och nås på {MOB}. Mvh {Ps} Flyttservice",
    "Flyttanmälan\nNamn: {P}\nPersonnummer: {PNR}\nGammal adress: {A}\nNy adress: {AFL}\nFlyttdatum: {DATE}",
    "Flyttstädning utförd {DATE}\nAdress: {AF}\nBeställare: {R#1}\nUtförd av: {G}, {Ss} Städ\nFaktura {INV} skickas till {E#1}",
    # --- neighbours and disputes
    "Till styrelsen\nJag vill anmäla fortsatta störningar från lägenheten under mig ({HF}). Det spelas hög musik efter kl 23 flera nätter i veckan. Jag har pratat med {P} utan resultat.\nMvh {P}, tel {PH}",
    "Hej {N}! Din bil står på min plats igen ({PLATS}). Kan du flytta den? /{N} i 1203",
    "Svar på ditt brev: Vi har pratat med familjen {S} om hunden {PET} som skäller. De lovar att lösa det. Återkom till {P} på {MB} om det fortsätter.",
    "Grannmedling {DATE}\nParter: {P} ({HF}) och {P} ({HF})\nMedlare: {P}, Hyresgästföreningen\nÖverenskommelse: häcken mellan tomterna klipps till 1,6 m.",
    "Hej granne! Vi ska ha inflyttningsfest på lördag från kl 19, hoppas det går bra. Hör av er om det blir för högt! {N} & {N} på {HN}, {MOB}",
    "{Gs#1} häck växer in över vår altan, och trots tre lappar i brevlådan har inget hänt. Kan föreningen skicka ett brev till {SU#1}, {ST}?",
    # --- local groups (lower case chat, Facebook)
    "hej! någon som vet vem som äger den svarta cykeln i cykelrummet på {hn}? den har stått där sen i våras. /{n}",
    "{p} skrev: tack till er som hjälpte {g} att bära upp soffan igår 🙏 ni är bäst",
    "tips! {n} på {a} lagar cyklar billigt, ring {MOB}",
    "någon som har en stege att låna ut? bor på {hn}. swish:a gärna en fika 😄 {n} {MOB}",
    "Grupp: Vi i {TOWN}\n{P}: Har någon sett en grå katt med rött halsband? Han heter {PET} och har inte kommit hem sen {DAY}. Vi bor på {STN}. Ring {PH}!\nKommentar från {P}: delar!",
    "Grupp: Grannar på {STN}\n{P}: Varning för dörrknackare som säger sig vara från elbolaget. De ringde på hos {Gs} mamma i nr {NUM}.\n{P}: Samma hos oss igår.",
    "Till dig som körde på min cykel utanför {ST} i {DAY}s: hör av dig, jag vill bara ha ersättning för hjulet. {P} {MOB}",
    # --- buy and sell, swaps
    "Säljes: barnvagn Emmaljunga, bra skick, {AMT}. Hämtas på {A}. Swish till {MOB}. /{G}",
    "Bortskänkes: bokhylla Billy, vit. Först till kvarn! Hämtas hos {P}, {STF}, efter kl {TIME}.",
    "Köpes: begagnad cykelkärra. Bor i {TOWN} men kan hämta. {P#1}, {PH}, {E#1}",
    "Byte: har 20 l tomatplantor, vill ha jordgubbsplantor. Ses vid kolonin eller ring {G} på {MOB}.",
    "SÅLD – tack {G}! Mattan hämtades i dag på {ST}.",
    "Loppis på gården {DATE} kl {TIME}! Bord bokas hos {P}, {HN}, eller på {MB}. Överskottet går till Stadsmissionen.",
    # --- lost and found
    "HITTAD: nyckelknippa med röd bricka, hittad vid soprummet på {HS} {DATE}. Finns hos {P} i lgh {PLATS}, ring {MOB}.",
    "BORTSPRINGEN HUND! {PET}, liten svart tax, sprang från {ST} i går kväll. Lyssnar på sitt namn. Ring {P} {PH} eller {P} {PH} dygnet runt.",
    "Upphittad cykel vid {STN}, blå Crescent, ramnummer {INV}. Anmäld till polisen. Ägaren kan höra av sig till {Gi} på {MOB}.",
    "Tappat: plånbok med körkort i namnet {U}. Troligen på bussen eller vid {ST}. Hittelön! {PH}",
    "Katten {PET} är hittad! Stort tack till {P} som såg honom i källaren på {HN} och ringde {Gs} pappa.",
    # --- babysitting and tutoring
    "Barnvakt sökes till två barn (4 och 7 år) på {STN}, varannan fredag {TIME}–23. 200 kr/tim. Kontakta {P} på {MOB}.",
    "Hej! Jag heter {P#1:f}, är 17 år och går natur på gymnasiet. Jag erbjuder läxhjälp i matte och engelska, 150 kr/tim. Ring {MOB} eller maila {E#1}.",
    "Referens: {G} har passat våra barn i två år och är jättepålitlig. /{P}, {A}",
    "Läxhjälp i svenska och SO sökes till vår son i åk 8. Vi bor nära {STN}. {P}, {PH}",
    "Dagmamma {P} har plats för ett barn från {DATE}. Adress: {AL}. Tel {TEL}",
    # --- allotments and gardens
    "Koloniföreningen {BRF} – lottlista 2027\nLott 4: {R}\nLott 5: {R} (ny)\nLott 11: {R}, {R}\nLott 17: vakant\nVäntelista: {S}, {S}, {S}",
    "Arbetsdag i odlingslotterna {DATE} kl {TIME}. Anmäl dig till trädgårdsansvarig {P}, {MOB}. Ta med egna handskar!",
    "Hej {G}! Din lott nr {PLATS} har inte skötts sedan juni. Enligt stadgarna måste den rensas senast {DATE}, annars går den vidare till nästa på väntelistan. Mvh {P}, ordförande",
    "Fakturering koloniavgift\nMedlem: {P}\nAdress: {A}\nAvgift: {AMT}, bankgiro {BG}, OCR {OCR}\nFrågor: kassör {P#1}, {E#1}",
    # --- church and sports clubs
    "Söndagens gudstjänst i Högalids kyrka kl 11 leds av kyrkoherde {P} och organist {P}. Kyrkkaffe i församlingshemmet, {ST}. Efteråt bjuder {P} på berättelser från resan.",
    "Kyrkokören söker tenorer! Övning torsdagar kl {TIME} i {HN}. Kontakta körledare {P}, {PH}.",
    "Dop i Masthuggskyrkan {DATE}: {F}. Föräldrar {P} och {P}. Faddrar: {P}, {P}.",
    "IK Sirius ungdom\nTräning P12: {DAY} {TIME} på konstgräset.\nTränare: {P} {MOB}, {P} {MOB}\nLagförälder: {P}",
    "Kallelse till match: {N}, {G}, {N}, {G}, {G} och {N}. Samling {TIME} vid klubbstugan på {ST}. Skjuts: {Ss} och {Ss} bilar.",
    'Medlemsavgift Enskede IK 2027: {AMT} betalas till plusgiro {PG}. Ange barnets namn, t.ex. "{P}, F14". Kontakt: kansliet {VX}.',
    # --- forms, letters, mixed
    "Felanmälan nr {INV}\nAnmäld av: {P}\nAdress: {AF}\nTel: {PH}\nÄrende: droppande kran i köket\nHantverkare: {P}, Rörfirman",
    "Avgiftsavi april\nBostadsrättshavare: {RU}\n{AFL}\nMånadsavgift: {AMT}\nBankgiro: {BG}\nOCR: {OCR}\nFörfallodag: {DATE}\nFörvaltare: {Ss} Förvaltning AB, {BOX}",
    "Hej {G}!\nTack för att du ställer upp som trappvärd i {HS}. Jag har skickat kontaktuppgifterna till {P} som har hand om sophämtningen. Du når mig på {MOB}.\nHälsningar\n{P}\nOrdförande Brf {BRF}",
    "Från: {P#1} <{E#1}>\nTill: {MB}\nÄmne: Balkongen\n\nHej! Jag och {G} undrar om vi får sätta upp ett inglasat räcke. Lgh {PLATS}, {HN}.\nHälsningar {G#1}",
    "Grannsamverkan {STN}\nKontaktombud: {P}, nr {NUM}, {MOB}\nSuppleant: {P}, nr {NUM}, {MOB}\nPolisens kontaktperson: {P}",
    "Städdag {DATE}!\nLag 1 (rabatterna): {G}, {N}, {G}\nLag 2 (cykelrummet): {G}, {G}\nLag 3 (grillen): {G}\nSamordnare: {P} – ring {MOB} om du blir sjuk.",
    "Trappstädning vecka {NUM}: {S}, {S}, {S}. Vecka {NUM}: {S}, {S}. Byt med varandra vid behov!",
    "Hyresavtal (bostad)\nHyresvärd: {Ss} Fastigheter AB, {BOX}\nHyresgäst: {P}, {PNR}\nObjekt: {AF}\nHyra: {RENT}/mån\nHyresvärdens kontaktperson: {P}, {VX}",
    "Hej! Jag har flyttat från {A} till {AF}. Uppdatera gärna medlemsregistret. {P}, {PNR}",
    "Har {N} i 1104 flyttat? Det står {S} på dörren nu.",
    "Vill bara tacka {P} på {STN} som skottade hela gången i morse ❄️",
    "Kvartersträff på {STN} {DATE}! Vi grillar på gården hos {P#1} ({HN}). Ta med egen dryck. OSA till {E#1}.",
    "Sms från {G#1}: Hej, det är {N#1} i 1302. Vattenläcka i badrummet hos mig, kan det komma ner till dig? Ring {PH}!",
    "Underhållsplan 2027–2036\nUtförd av: {P}, besiktningsman, {Ss} Byggkonsult AB, {BOX}, {VX}\nGodkänd av styrelsen {DATE}\nFastighet: Brf {BRF}, {HA}",
    "Mäklarbild: Välkommen till ljusa {HF}! Visning {DAY} {TIME}. Ansvarig mäklare {P#1}, {MOB}, {E#1}.",
    "Lokal att hyra i gatuplan, {ST}, 45 kvm, lämplig för frisör eller kontor. Kontakt: {P}, {Ss} Fastighetsförvaltning, {VX}",
    "Vi söker någon som kan rasta {PET} (golden) två gånger i veckan medan {G} jobbar. Vi bor på {ST}. 120 kr/promenad. {P}, {MOB}",
    "Kära grannar! Efter 38 år på {HN} flyttar vi nu till {TOWN}. Tack för alla år! Hälsningar {P} och {P}",
    "Vår granne {P#1} har gått bort. {Gs#1} begravning hålls i Högalids kyrka {DATE} kl {TIME}. Kondoleanser kan lämnas hos {P}, {HF}, eller skickas till {Ss#1} dotter {P:f}, {AL}.",
    "Hej {G}, kan du vattna blommorna när vi är borta {DATE}–{DATE}? Nyckeln ligger hos {P} i 1201. Kram {N}",
)

EN: tuple[str, ...] = (
    # --- residents' associations, landlords, notices
    "NOTICE TO RESIDENTS – {HN}\nThe lifts will be out of service from {DATEEN} while the engineers replace the motor. For help with shopping or stairs please call the caretaker, {P}, on {PHE}.\n{BRF} Residents' Association",
    "Minutes of the Residents' Association AGM, {DATEEN}\nPresent: {P} (chair), {P} (treasurer), {P} (secretary), {P}, {P}\nApologies: {P}\n3. Bins: {S#1} reported that the recycling was missed again. Action: {I#1} to write to the council.",
    "Dear {G},\nThank you for your email about the damp in Flat {PLATS}. Our surveyor, {P}, will visit on {DATEEN} between 9am and 1pm. If this is not convenient please call {PHE} or reply to {MF}.\nKind regards,\n{P}\nProperty Manager",
    "TENANCY AGREEMENT\nLandlord: {P}, {AU}\nTenant: {P}\nProperty: {AUL}\nRent: {GBP} per month, deposit protected with the DPS\nLandlord's agent: {P}, {PHE}",
    "Tenant list – {HS}\nFlat 1: {R}\nFlat 2: {R} & {R}\nFlat 3: vacant\nFlat 4: {R}\nFlat 5: {R}\nMaintenance contact: {P}, {PHE}",
    "Parking permits issued {DATEEN}\nBay 3 – {R} – {REG}\nBay 4 – {R} – {REG}\nBay 7 – {R}\nVisitor permits: ask at {G'} flat (no. 2).",
    "From: {P#1} <{E#1}>\nTo: {MF}\nSubject: Noise from upstairs\n\nHi, I'm writing again about the noise from the flat above mine at {AU}. It goes on past 1am most weekends. I've spoken to {G} but nothing has changed.\nThanks,\n{G#1}",
    "Hi {N}, it's {N} from number {NUM}. Your parcel was left with us – pop round any time after 6. {PHE}",
    "Sublet wanted: quiet professional looking for a room near {STNE} from {DATEEN}. References from my current landlord, {P}. Please text {PHE} or email {E#1}. – {G#1}",
    "House swap! We're a family of four in {AUS} looking to swap with a family in Stockholm for July. Contact {P#1} at {E#1}.",
    # --- movers
    "Booking confirmation – {S'} Removals\nCustomer: {P#1}\nCollection: {AU}\nDelivery: {AUL}\nDate: {DATEEN}, crew arrives 8am\nQuote ref {INV}\nQuestions: {PHE} / {MF}",
    "Hi {G#1}, just confirming the van will be outside {AUS} at 9. Our driver {G} will call you on arrival. – {G'} Moving Co., {PHE}",
    "Change of address: please note that from {DATEEN} {P} will be living at {AUL}. Phone stays the same: {PHE}.",
    # --- neighbours (Nextdoor, chat)
    "Nextdoor – {TOWN}\n{Gi}: Has anyone else had their bins tipped over on {STNE}? Third time this week.\n{Gi}: Foxes I think. We got a lock from the council.",
    "Nextdoor – {TOWN}\n{P}: LOST CAT – {PETEN}, ginger tom, last seen near {au} on {DAYEN}. Microchipped. Please check sheds! Call {PHE}.",
    "hey neighbours, anyone got a ladder i could borrow this weekend? i'm at {au}. {n} {PHE}",
    "thanks so much to {p} for finding our dog {PETEN} and walking him all the way back 🐶",
    "{N} from the corner house says the street party is on for the 14th – bring a chair! Sign-up sheet with {G} at number {NUM}.",
    "Dear neighbour at number {NUM}, your hedge is blocking the pavement on {STNE}. Could you trim it please? Many thanks, {P}, number {NUM}",
    "Mediation agreement {DATEEN}\nParties: {P} ({AU}) and {P} ({AU})\nMediator: {P}\nAgreed: no DIY after 8pm on weekdays.",
    "Just moved into {au} – hi everyone! I'm {g}, my partner is {g}. Come say hello!",
    "Does anyone know a good plumber? {P} did our bathroom last year but has retired. – {Gi}",
    "Recommendation: {P} of {S'} Handyman Services fixed our fence in a day. Number is {PHE}.",
    # --- buy and sell
    "FOR SALE: kids' bike, 16 inch, {GBP}. Collection from {AU}. Message {G} on {PHE}.",
    "Free to a good home: sofa bed, good condition. Must collect from {AUS} this weekend. Email {E#1} – {G#1}.",
    "Wanted: lawnmower, petrol or electric. Can collect within {TOWN}. {P} {PHE}",
    "SOLD – thanks {G}!",
    "Garage sale this Saturday at {AUS}, 8am–noon. Tools, books, toddler clothes. Questions to {P}, {PHE}.",
    # --- lost and found
    "FOUND: set of keys with a blue fob on {STNE} outside the post office. Handed in to the caretaker, {P}, flat {PLATS}.",
    "LOST: brown leather wallet, name inside {U}. Probably near {au}. Reward! Please ring {PHE}.",
    "Missing dog – {PETEN}, black lab, ran off from {AU} last night. Owner {P}, {PHE}, or {P}, {PHE}.",
    "Found bike locked to our railings at {AUS} for three weeks – red Trek. If it's yours, text {P} at {PHE}.",
    # --- babysitting and tutoring
    "Babysitter needed Friday evenings for two kids (5 and 8) near {STNE}. $18/hr. Contact {P} at {PHE}.",
    "Hi! I'm {P#1:f}, a second-year student, offering maths and science tutoring up to GCSE. £25/hour. Email {E#1} or call {PHE}.",
    "Reference for {G:f}: she looked after our twins for two summers and was brilliant. – {P}, {AU}",
    "Dog walker available weekday mornings around {STNE}. Insured, DBS checked. {P}, {PHE}",
    # --- allotments and gardens
    "Allotment Society – plot list {DATEEN}\nPlot 4: {R}\nPlot 5: {R}\nPlot 12a: {R}, {R}\nWaiting list: {S}, {S}, {S}\nSecretary: {P#1}, {E#1}",
    "Dear {Gi},\nYour plot (no. {PLATS}) has been flagged at the last inspection. Please contact me before {DATEEN}.\nRegards,\n{P}, Lettings Officer",
    "Seed swap at the community garden, {DATEEN}, 10am. Bring labelled seeds! Organised by {P} and {P}.",
    # --- church and sports clubs
    "Trinity Church newsletter\nThis Sunday's service will be led by Rev. {P}. Coffee afterwards in the hall. Flowers this week given in memory of {F} by {P}.",
    "Choir practice moves to Thursdays at 7:30pm. Contact our director, {P}, on {PHE}. Welcome to our new alto, {P}!",
    "Under-11s squad for Saturday: {N}, {G}, {G}, {N}, {G}, {N}. Meet at 9:15. Coaches: {P} ({PHE}) and {P}.",
    "Club membership renewal\nName: {U}\nAddress: {AUL}\nDate of birth: {DATEEN}\nEmergency contact: {P}, {PHE}",
    "Junior swim club: lifts rota\nWeek 1 {S}, week 2 {S}, week 3 the {S} family (both cars). Questions to {Gi#1}, {E#1}.",
    # --- letters, forms
    "Dear Mr {S:m},\nFollowing the complaint from your neighbour, {P}, about the satellite dish at {AU}, the association asks that it be moved to the rear of the building.\nYours sincerely,\n{P}\nSecretary",
    "Key handover receipt\nProperty: {AUL}\nKeys received by: {P}\nSigned on behalf of the landlord: {P}\nDate: {DATEEN}",
    "Ms {S:f} (Flat {PLATS}) and Mrs {S:f} (Flat {PLATS}) have kindly offered to water the planters this summer. Thank you both!",
    "Hi all – I'm {P#1}, the new chair. Reach me at {E#1} or drop a note through my door at {AU}.",
    "Our neighbour {P#1} passed away last week. {G'#1} funeral will be at Trinity Church on {DATEEN}. Cards can be left with {P} at {AU} or sent to {G'#1} son, {P:m}, {AUL}.",
    "Text from {G#1}: hi it's {G#1} from flat 6, there's water coming through my ceiling – is it from yours?? call me {PHE}",
    "Community clean-up {DATEEN}: meet at the corner of {STNE} and {STNE}. Gloves from {P}. Tea at {G'} afterwards!",
)

MIXED: tuple[str, ...] = (
    "Hej allihop! Welcome to our new neighbours {P} och {P} who moved into lgh {PLATS} – säg hej om ni ser dem!",
    "Hi, är det någon som vet hur man bokar tvättstugan? I just moved in to {HF}. /{G}",
    "{G} skrev: sorry for the noise last night, vi hade fest för {Gs} 30-årsdag. Won't happen again!",
    "Brf {BRF} – Notice / Anslag\nThe courtyard will be closed for renovation {DATE}. Gården stängs för renovering. Contact/kontakt: {P}, {MOB}, {MB}",
    "Hej! I'm looking for a sublet (andrahand) from {DATE}, gärna nära {STN}. I work at KI, references from my landlord {P}. Text me: {PHX} or {E#1} /{G#1}",
    "Sublet contract / Andrahandskontrakt\nLandlord/Uthyrare: {P}, {PNR}\nTenant/Hyresgäst: {P}\nAddress: {AF}\nRent: {RENT}/month",
    "Bostadsbyte! We have a 2:a on {A}, har ni en tvåa på {AX}? Contact {P} {PHX}",
    "Hej {N}! Thanks for the help with the move igår. Flyttfirman ({Ss} Flytt) forgot a box, kan du kolla med {G}? {MOB}",
    "Moving quote / Offert\nCustomer: {P}\nFrån: {AF}\nTo: {AXL}\nDate: {DATE}\nPris: {AMT}\nContact: {MF}, {VX}\n{Ss} Flytt AB, {BOX}",
    "any english speakers i huset? we're in {hn} and need help reading brevet från styrelsen 😅 – {g}",
    "lol {n} the cat is back in our stairwell again, {PET} sitter utanför 1204 🐈",
    "Grupp: Expats in {TOWN}\n{P}: Does anyone have a barnvagn to sell? Bor nära {STN}.\n{P}: I have one! {MOB}",
    "Lost keys! Tappade mina nycklar near {ST} yesterday, red keyring. Please ring {Gi} on {PHX} om ni hittar dem.",
    "HITTAD / FOUND: grå katt, very friendly, utanför {HN}. Ring {P} {MOB}.",
    "Babysitter wanted! Vi söker barnvakt för två barn, onsdagar 16–19, near {STN}. English-speaking family. {P}, {MOB}",
    "Läxhjälp i engelska / English tutoring by native speaker {P#1}. 200 kr/h. Call {PHX} or {E#1}.",
    "Säljes / For sale: IKEA Hemnes byrå, {AMT}. Pickup at {A}. Swish or cash. {G}, {MOB}",
    "Free / Bortskänkes: plants and pots, hämtas hos {P} på {ST} this weekend.",
    "Dear board / Hej styrelsen,\nI'd like to complain about the smoking on the balcony under mine (lgh 1103). Jag har pratat med {S} men det hjälper inte.\nBest, {P}, {HF}, {PH}",
    "Meeting notes / Protokoll {DATE}\nNärvarande: {P}, {P}, {P} (chair), {P}\n1. Parking: {S} will check the list.\n2. Laundry: new machines, {G} contacts the supplier.",
    "Tenant list / Hyresgästlista {HS}\n1001 {R}\n1002 {R}\n1101 {R}\n1102 {R} (subletting to {P})",
    "Kolonilotten: Hi {G}, can you water our plot (nr {PLATS}) while we're in London? Nyckeln till boden hänger hos {P}. Tack!",
    "Koloniförening {BRF}: new members / nya medlemmar: {P} (lott 3), {P} (lott 9). Welcome! Contact: {E}",
    "Church notice / Kyrkan informerar: English service every Sunday 4 pm in Västerleds kyrka, led by Rev. {P}. Fika efteråt! Info: {PH}",
    "Football training / Fotbollsträning: {DAY} {TIME}. Coaches: {P} ({MOB}) and {P} ({PHX}). Ta med vattenflaska!",
    "hej {n}! är du hemma? the delivery guy has your package, han står vid porten på {hn}",
    "From: {P#1} <{E#1}>\nTo: {MB}\nSubject: Andrahandsuthyrning\n\nHej! I'm moving to {TOWN} for work and want to sublet lgh {PLATS} to {P}. Vad behöver ni från mig?\nBR {G#1}",
    "{G':f} dog {PET} barked all night again, can someone tell her? Vi bor i samma trapphus, {HN}.",
    "Handyman tips? {P} fixade vårt kök, super bra! His number is {MOB}.",
    "Thanks {p} för hjälpen med cykeln! you're a star",
    "Flyttanmälan: {P}, {PNR}, moving from {AU} to {AFL} on {DATE}.",
    "Hej! Jag heter {P} and I'm the new caretaker (fastighetsskötare). Ring {MOB} for anything, vardagar 7–16.",
    "Styrelsen / The board 2027\nChair/Ordförande: {P}\nTreasurer/Kassör: {P}\nMembers/Ledamöter: {P}, {P}\nE-post: {MB}",
    "Just found a wallet på {STN} – körkort i namnet {U}. I left it with {P} in 1101.",
    "Hi {G}, the plumber ({P}, {PH}) kommer {DAY} kl {TIME}. Can you leave the key hos {G}?",
    "Inflyttningsfest! Housewarming at {G#1} & {G}'s, {HF}, lördag från 19. RSVP {E#1}",
    "Exchange student looking for room! Jag pluggar på KTH och söker rum från {DATE}. Mom's contact: {P}, {PHX}.",
    "Dear {G}, thanks for the swap! Jag tar gärna fler jordgubbsplantor next spring. /{G} at lott {PLATS}",
    "Parking list / P-platser\n{PLATS}: {R} ({REG})\n{PLATS}: {R} ({REG})\n{PLATS}: {R}\nFrågor/questions: {PH}",
    "Hey, vem är det som äger den röda Volvon på {STN}? It's blocking the garage. /{N}",
    "Lost dog! {PET} sprang iväg från {ST}, he's small and white. Owner: {P}, {PHX} eller {MOB}",
    "Valberedningen / Nomination committee: we propose {P} as chair och {P} som kassör. Questions to {E}.",
    "Good morning grannar! {N} here from 1302, I'm collecting signatures för en laddstolpe. Kom förbi {HN}!",
    "Överlåtelse / Transfer of apartment\nSeller: {P}, {PNR}\nBuyer: {P}, {PNR}\nLgh {PLATS}, {HA}",
    "{Gi} asked om vi kan dela på en container for the spring cleaning. Jag sa ja – {G}",
    "Sorry att jag skriver på engelska! The bike room door on {HS} is broken again. Who do I call? /{P}",
    "Babysitting: {G:f} (16) bor på {ST} och kan passa era barn on weekends. Ring hennes mamma {P:f}, {MOB}.",
    "Kyrkans loppis / Church jumble sale {DATE}! Donations till {P}, {HN}, or call {TEL}.",
    "Allotment swap: I have squash, vill ha potatis. {P#1}, {E#1}",
    "Gym buddy wanted! Tränar på Friskis på {STN} varje morgon. {n}, {MOB}",
)

# Rows with no value, each used once: look-alikes (organisation, OCR, bankgiro, invoice, case and
# customer numbers, plates, door codes, Swish numbers of firms), names of firms, associations,
# churches and clubs, places that are no address, animals' names, and words that are also names.
NEGATIVES: tuple[tuple[str, str], ...] = (
    (
        "sv",
        "Brf Solrosen, org.nr 769612-4408, påminner om att avgiften för maj ska vara betald senast den 30:e. Bankgiro 5311-2046, ange OCR 40371290016.",
    ),
    (
        "sv",
        "Styrelsen informerar: portkoden byts till 4471 från och med måndag. Ge inte ut koden till hantverkare utan att prata med förvaltaren först.",
    ),
    (
        "sv",
        "Tvättstugan är stängd vecka 14 på grund av byte av maskiner. Bokningstavlan nollställs. Torkrummet går att använda som vanligt.",
    ),
    (
        "sv",
        "Hej grannar! Någon som sett en rödrandig katt som heter Misse? Han brukar sitta vid cykelställen på gården. Svara här i tråden.",
    ),
    (
        "sv",
        "Faktura 20718 från HSB Göteborg avser snöröjning januari. Kundnummer 00841-3. Beloppet 12 450 kr förfaller 2027-02-28.",
    ),
    (
        "sv",
        "Per lägenhet blir det 340 kr extra per månad under stambytet. Bo kvar under bytet går bra, men räkna med två veckor utan dusch.",
    ),
    (
        "sv",
        "Stig inte på gräsmattan, den är nysådd! Björken vid lekplatsen ska fällas i april enligt beslut i ärende SBN 2027/0412.",
    ),
    (
        "sv",
        "Parkeringsplats 23 är ledig. Kön följer turordning. Fordon med registreringsnummer KXT 48B står fel och kommer att flyttas av Securitas.",
    ),
    (
        "sv",
        "Koloniträdgårdsföreningen hälsar nya medlemmar välkomna! Vattnet sätts på i mitten av april. Klara av ogräset innan sommaren, tack.",
    ),
    (
        "sv",
        "Säljes: Crescent damcykel, 7 växlar, 1 200 kr. Finns i Majorna, hämtas. Swish. Skriv i kommentarerna.",
    ),
    (
        "sv",
        "Loppis i Hagakyrkan lördag kl 10–14. Intäkterna går till Stadsmissionen och Röda Korset. Fika finns!",
    ),
    (
        "sv",
        "IFK:s P13 tränar på konstgräset i Rosengård tisdagar och torsdagar. Medlemsavgiften betalas via Swish 123 456 78 90 eller plusgiro 48 77 12-3.",
    ),
    (
        "sv",
        "Ärende 2027-0881 hos Hyresnämnden gäller lägenhet nr 1102 i kvarteret Gräsanden. Nästa sammanträde hålls i april.",
    ),
    (
        "sv",
        "Månadsavgiften höjs med 3 % från 1 juli. RUT- och ROT-avdrag gäller inte för föreningens gemensamma arbeten.",
    ),
    (
        "sv",
        "Tack till alla som kom på städdagen! Vi planterade rosor och liljor vid entrén och lagade grillen. Nästa städdag blir i oktober.",
    ),
    (
        "sv",
        "Hittad: en liten svart hund med rött koppel vid lekparken. Den lystrar till Ludde. Den är nu hos djurskyddet i Solna.",
    ),
    (
        "sv",
        "Informationsmöte om laddstolpar i samlingslokalen den 12 mars kl 19.00. Ellevio och Vattenfall presenterar offerter.",
    ),
    (
        "sv",
        "Läxhjälp för högstadiet i biblioteket varje onsdag. Gratis, ingen anmälan. Arrangör: Röda Korsets ungdomsförbund.",
    ),
    (
        "sv",
        "Försäkringsnummer 7700-145992 hos Länsförsäkringar gäller fastigheten. Självrisken vid vattenskada är 10 000 kr.",
    ),
    (
        "sv",
        "Bra att veta: grovsoprummet töms varannan fredag. Elektronik och farligt avfall lämnas till återvinningscentralen i Högdalen.",
    ),
    (
        "sv",
        "Vi som bor på gården har kommit överens om att grillen släcks senast kl 22. Liv och rörelse är kul, men tänk på grannarna.",
    ),
    (
        "sv",
        "Dag och tid för årsstämman: torsdag 24 maj kl 18.30. Handlingarna finns i tvättstugan och på hemsidan.",
    ),
    (
        "sv",
        "Byte av nyckeltaggar: ta med din gamla tagg (t.ex. nr 000412) till kontoret. Nya taggar kostar 250 kr.",
    ),
    (
        "sv",
        "Sommarens barnvaktskurs hos Svenska kyrkan i Uppsala har 12 platser kvar. Åldersgräns 13 år. Kursavgift 150 kr.",
    ),
    (
        "sv",
        "Elementen i trapphus B luftas på torsdag. Se till att det går att komma åt radiatorerna.",
    ),
    (
        "sv",
        "Hyran för juni: 8 450 kr, referens 5561234567 (avser hyresavtal 44-0217). Betalas till Stockholmshem senast den sista.",
    ),
    (
        "sv",
        "Dörrknackare från Telia och Bredbandsbolaget har synts i området. Föreningen har inget avtal med dem.",
    ),
    (
        "en",
        "Reminder: service charge for Q2 is due by 30 June. Please quote your account reference LH-20417 when paying by bank transfer.",
    ),
    (
        "en",
        "The bins are collected on Tuesdays now, not Mondays. Please put recycling out the night before and bring the bins back in.",
    ),
    (
        "en",
        "LOST CAT: Biscuit, tabby with white paws, last seen by the allotments on Saturday. He's microchipped. Please check your sheds!",
    ),
    (
        "en",
        "Will whoever keeps leaving the back gate open please close it. The foxes are getting into the rubbish again.",
    ),
    (
        "en",
        "Grace and peace to all. The Methodist church hall is available for hire on weekday evenings; bookings through the parish office.",
    ),
    (
        "en",
        "For sale: mountain bike, 21 gears, £90 ono. Collection only from the north end of town. Message me here.",
    ),
    (
        "en",
        "Invoice 448190 from Thames Water relates to the communal supply. Customer number 920-118-443. Amount due: £212.40.",
    ),
    (
        "en",
        "Frank discussion at last night's meeting about the parking. Bill for the resurfacing comes to roughly £6,400 split across 24 flats.",
    ),
    (
        "en",
        "Found: a set of keys on a Manchester United keyring near the bus stop. Now at the Co-op customer desk.",
    ),
    (
        "en",
        "The community garden needs volunteers in May and June. Holly and ivy will be cleared from the back wall, and new roses planted.",
    ),
    (
        "en",
        "Case ref NE/2027/00418: the council has approved the planning application for the extension at the rear of the block.",
    ),
    (
        "en",
        "Babysitting course at the library for ages 13+, run by the Red Cross. Places are free but limited to 15.",
    ),
    (
        "en",
        "Under-9s training moves to the Astro on Wednesdays from next week. Bring shin pads and a water bottle.",
    ),
    (
        "en",
        "Please don't feed the pigeons from the balconies. Management has had several complaints and the cleaning bill is rising.",
    ),
    (
        "en",
        "Parking bay 14 is free from next month. Permit number P-00731 will be reissued. Vehicle reg AB12 CDE is parked illegally.",
    ),
    (
        "en",
        "Hope everyone enjoyed the summer fete! We raised £1,230 for the hospice. Thanks to the Rotary Club and the Scouts.",
    ),
    (
        "en",
        "The heating in blocks C and D will be off between 9am and noon on Thursday while British Gas replaces a valve.",
    ),
    (
        "mixed",
        "Hej alla! The laundry room (tvättstugan) is closed vecka 22 because of new machines. Torkrummet funkar som vanligt.",
    ),
    (
        "mixed",
        "Anyone missing a cat? Grå och vit, sitter utanför porten varje morgon. Vi har ringt Djurskyddet, they said to post here.",
    ),
    (
        "mixed",
        "Avgiften / the monthly fee: 4 210 kr, bankgiro 5050-1055, OCR 10394871. Due den sista varje månad.",
    ),
    (
        "mixed",
        "FYI: portkoden är 2580 from Monday. Don't share it with delivery firms utan att fråga styrelsen.",
    ),
    ("mixed", "Säljes / for sale: barnsits till cykel, 300 kr. Pickup i Vasastan. Swish works."),
    (
        "mixed",
        "Church service in English i Domkyrkan every second Sunday at 16. Fika after! All welcome, alla välkomna.",
    ),
    (
        "mixed",
        "The board has decided att grillarna på gården ska bytas. New ones arrive in May, offert nr 7731.",
    ),
    (
        "mixed",
        "Reminder: städdag on Saturday kl 10! Vi bjuder på korv. Bring gloves, vi har krattor och sopsäckar.",
    ),
    (
        "mixed",
        "Org.nr for the association / föreningens organisationsnummer: 716421-3377. Needed for the insurance, försäkringsnummer 882-1145.",
    ),
    (
        "mixed",
        "Parking: plats 31 is free nu. Turordning enligt kön. Car with reg ABC 123 står fel och bogseras.",
    ),
    (
        "mixed",
        "Football club Hammarby IF F10 söker ledare! Training is Tuesdays. Hör av er via klubbens hemsida.",
    ),
    (
        "mixed",
        "Found a bike key / hittade en cykelnyckel i trappan, Abus nr 4471. Den hänger på anslagstavlan nu.",
    ),
    (
        "mixed",
        "Hyresgästföreningen holds an info meeting on rent negotiations i samlingslokalen, torsdag 18.30. Tolk finns.",
    ),
    (
        "mixed",
        "Our dog Molly got out igår men kom hem själv i morse. Tack för alla delningar! Thanks everyone.",
    ),
    (
        "mixed",
        "Kolonilotterna: vattnet is turned on in April. Please don't use sprinklers, bara vattenkannor. Mark your plot with its number.",
    ),
    (
        "mixed",
        "Heads up: Telia installerar fiber in the building nästa vecka. Ärende 1-44120988. They need access to the basement.",
    ),
    (
        "mixed",
        "Per månad costs the garage space 950 kr. Kö via Bostadsförmedlingen, not via the board.",
    ),
)
