# ruff: noqa: E501
"""Templates of held-out bx: offices and their things (procurement, deliveries, couriers,
returns and repairs, office moves and facilities, contracts, invoices, asset registers, e-mails
with signatures, chat). Slots are filled by `generate_bx.py`: persons `{P}` (full name), `{F}`
(with middle names), `{U}` (capitals), `{p}` (lower case), `{G}`/`{g}` (given name), `{N}`/`{n}`
(short form), `{S}`/`{s}` (surname), `{I}` (`A. Lund`), `{Gi}` (`Anna L.`), `{R}` (`Lund, Anna`),
`{RU}` (`LUND, ANNA`), `{SG}` (`Lund Anna`), `{E}` (the person's e-mail); `#1` names the same
person again, `:f`/`:m` a woman or a man; a trailing `s` a Swedish genitive, `'` an English one
(the ending outside the value). Values: `{A}`/`{AL}` a Swedish address on one line or over lines,
`{AH}`/`{AHL}` a home, `{AO}`/`{AOL}` an office, `{ST}` a street and number, `{STN}` a street
alone, `{STF}` a street with floor or flat, `{a}` lower case, `{BOX}`/`{BOXL}`, `{CO}`/`{COL}`
(`c/o` outside, the name a PERSON, the address from the street), `{AX}`/`{AXL}` abroad from a
deck, `{AUK}` `{AIE}` `{ADE}` `{ANL}` `{APL}` `{AIN}` `{AUS}` by country, `{ax}` lower case,
`{PH}` a Swedish phone, `{PHX}` one abroad, `{PNR}` a personnummer, `{EM}` a role's e-mail.
Look-alikes (no values): `{ORD}` `{TRK}` `{SER}` `{ASSET}` `{RMA}` `{ORG}` `{VAT}` `{SKU}`
`{ROOM}` `{DESK}` `{TKT}` `{CARD}` `{KEY}` `{INV}` `{CUST}` `{OCR}` `{BG}` `{QTY}` `{KG}`
`{PROD}` `{CARRIER}` `{FIRM}` `{TOWN}` `{DATE}` `{DATEEN}` `{TIME}` `{DAY}` `{DAYEN}` `{NUM}`
`{AMT}` `{GBP}` `{EUR}` `{USD}` `{PCT}`.
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

# Swedish rows.
SV: tuple[str, ...] = (
    """ORDERBEKRÄFTELSE {ORD}
Tack för din beställning!
Beställare: {P#1}
Leveransadress: {AH}
Telefon: {PH}
E-post: {E#1}
{QTY} st {PROD}, art.nr {SKU}
Beräknad leverans: {DATE}""",
    """Hej {G#1}!
Ditt paket från {FIRM} är på väg med {CARRIER}. Sändningsnummer: {TRK}.
Paketet levereras till {AH} under {DAY} mellan {TIME} och 17.00.
Frågor? Ring kundtjänst på {PH} eller svara på detta mejl.""",
    """FÖLJESEDEL
Mottagare: {U}
{AOL}
Att: {P}
Ert ordernr: {ORD}   Vårt ordernr: {ORD}
Kolli: {QTY}   Vikt: {KG}
Avsändare: {FIRM}, {BOX}""",
    """Fraktsedel {CARRIER}
AVSÄNDARE: {FIRM}, {AO}
MOTTAGARE: {U#1}, {AH}
Mobil mottagare: {PH}
Kollinummer: {TRK}
Avisering via SMS till {U#1}""",
    """Returformulär
Namn: {P#1}
Adress: {AH}
Personnummer (endast vid privatköp med faktura): {PNR}
Ordernummer: {ORD}
Orsak: skärmen flimrar efter uppdatering
Returfraktsedel skickas till {E#1}""",
    """RMA-ärende {RMA}
Kund: {FIRM}
Kontaktperson: {P} ({PH})
Produkt: {PROD}, serienr {SER}
Felbeskrivning: laddar inte, fläkten låter
Skickas tillbaka till: {AOL}""",
    """Reparationsorder {TKT}
Inlämnad av: {R}
Enhet: {PROD}  Inventarienr: {ASSET}
Åtgärd: byte av tangentbord och batteri
Klar för hämtning i receptionen, {ROOM}. Ring {PH} vid frågor.""",
    """Hej alla!
Flytten till nya kontoret på {STN} sker {DAY} {DATE}. Flyttfirman kommer {TIME}.
Märk era lådor med namn och nytt rum (t.ex. {ROOM}). Nycklar och passerkort delas ut av {P} i receptionen.
Frågor till {G} på {PH}.
/Kontorsgruppen""",
    """Platsfördelning plan 4
{R} – skrivbord {DESK}
{R} – skrivbord {DESK}
{R} – skrivbord {DESK}
{R} – skrivbord {DESK}
Skåp tilldelas efter önskemål, kontakta {P}.""",
    """Skåpslista omklädningsrum plan 2
Skåp 14: {SG}
Skåp 15: {RU}
Skåp 16: ledigt
Skåp 17: {SG}
Nyckel lämnas ut mot kvittens hos {S}, fastighet.""",
    """KVITTENS NYCKLAR OCH PASSERKORT
Undertecknad {P#1}, personnummer {PNR}, har idag {DATE} kvitterat ut:
nyckel {KEY} (huvudentré) och passerkort {CARD}.
Förlorad nyckel ersätts med {AMT}.
Underskrift: ____________  {I#1}""",
    """Ansökan om passerkort
Efternamn: {S#1}
Förnamn: {G#1}
Personnummer: {PNR}
Avdelning: Ekonomi
Chef som godkänner: {P}
Behörighet: plan 3 och garage, vardagar 06–20""",
    """Besökslogg reception {DATE}
{TIME} {P} ({FIRM}) – besöker {P}
{TIME} {P} – leverans från {CARRIER}
{TIME} {P}, konsult – besöker {S}, IT
Besöksbrickor återlämnade: 3 av 3""",
    """Bokning mötesrum
Rum: {ROOM}
Datum: {DATE} kl {TIMEA}–{TIMEB}
Bokad av: {P#1}
Deltagare: {G}, {G}, {G} samt extern gäst {P}
Fika beställd till {NUM} personer.""",
    """Städrapport vecka {NUM}
Plan 3 utfört enligt schema. Anmärkning: kaffemaskinen i {ROOM} läcker.
Felanmält av städansvarig {P} till fastighetsjour {PH}.
Kontrollerad av {P}, {FIRM}""",
    """Felanmälan {TKT}
Adress: {AO}
Lokal: {ROOM}
Fel: ventilationen i konferensrummet fungerar inte
Anmält av: {P#1}, tel {PH}, {E#1}
Tilldelad tekniker: {I}""",
    """Avtal om leverans av kontorsmaterial
Mellan {FIRM}, org.nr {ORG}, {BOX} (Leverantören)
och Bolaget, org.nr {ORG}, {AO} (Kunden).
Kontaktperson hos Leverantören: {P}, {PH}.
Kontaktperson hos Kunden: {P}, {EM}.""",
    """Faktura {INV}
Fakturadatum: {DATE}   Förfallodatum: {DATE}
Kundnummer: {CUST}
Er referens: {P}
Vår referens: {P}
Fakturaadress: {BOXL}
Att betala: {AMT}   Bankgiro: {BG}   OCR: {OCR}""",
    """PACKLISTA
Order: {ORD}   Kund: {CUST}
Leveransadress: {AL}
Godsmärkning: {U}
1. {PROD} x {QTY}
2. {PROD} x {QTY}
3. {PROD} x {QTY}
Packad av: {Gi}""",
    """Inventarieregister IT (utdrag)
{ASSET} | {PROD} | {SER} | {R} | hemmakontor {A}
{ASSET} | {PROD} | {SER} | {R} | kontoret
{ASSET} | {PROD} | {SER} | lager | –""",
    """Hej {G#1},
din nya dator (MacBook Air 13) skickas hem till dig på {AH} med {CARRIER}.
Ta med den gamla till kontoret och lämna den hos {P} på IT, så raderar vi den.
Hälsningar
{P}
IT-support | {PH}""",
    """Hej!
Vi har tagit emot din returanmälan {RMA}. Lämna paketet hos närmaste ombud senast {DATE}.
Vid frågor, kontakta oss på {EM} eller {PH}.
Med vänliga hälsningar
{P}
Kundservice, {FIRM}""",
    """Från: {P#1} <{E#1}>
Till: {EM}
Ämne: Leverans saknas, order {ORD}

Hej,
enligt spårningen ({TRK}) ska paketet ha levererats till receptionen på {ST} i {DATE}, men ingen här har sett det.
Kan ni kolla med budfirman?
Mvh {G#1}""",
    """Med vänliga hälsningar

{P}
Inköpsansvarig
{FIRM}
{AOL}
Tel: {PH}
Mobil: {PH}""",
    """Mvh
{P#1}
Fastighetschef | {FIRM}
{AO}
Direkt: {PH} | Växel: {PH}
{E#1}""",
    """{g#1}: har nån sett laddaren till projektorn i {ROOM}?
{g#2}: {n:f} lånade den igår tror jag
{g#1}: ok frågar henne
{g#2}: annars finns det en i skåpet på plan 2""",
    """{g#1}: paketet till {s:f} kom till fel adress, står {a} på lappen
{g#2}: ajdå, det är ju hennes gamla adress
{g#1}: jag ringer {carrier}
{g#2}: haha skriv bara till {EM} så fixar dom""",
    """Hej {G#1}!
Välkommen till oss {DATE}. Du hittar oss på {AO}. Anmäl dig i receptionen så hämtar {P} dig.
Ditt passerkort och din dator väntar på ditt skrivbord ({DESK}).
Ring mig om något strular: {PH}
/{N}""",
    """Underhållsrapport hiss
Fastighet: {A}
Servicetekniker: {P}, {FIRM}
Åtgärd: byte av dörrkontakt, provkörd utan anmärkning
Nästa kontroll: {DATE}
Kontakt fastighetsägare: {P}, {PH}""",
    """Kontorsflytt – checklista
[x] Säga upp lokalen på {ST} (kontakt: {P}, {FIRM})
[x] Beställa flyttkartonger, {QTY} st
[ ] Adressändring till {BOX}
[ ] Informera {S} om nya passerkort
[ ] Boka flyttstädning {DATE}""",
    """Leveransavisering
Till: {P#1}
Din försändelse {TRK} från {FIRM} kan hämtas hos ombudet ICA Nära, {A}, fr.o.m. {DATE}.
Ta med legitimation. Kod: {NUM}{NUM}.
Ska någon annan hämta? Ge fullmakt i appen.""",
    """Fullmakt
Jag, {F#1} ({PNR}), ger härmed {P#2} ({PNR}) rätt att hämta ut försändelse {TRK} för min räkning.
Ort och datum: {TOWN}, {DATE}
Namnförtydligande: {U#1}""",
    """Till {FIRM}
Att: {P}
{BOXL}

Uppsägning av serviceavtal {CUST} för kopiatorer. Avtalet upphör {DATE}.
Kontakta undertecknad på {PH} för hämtning av maskinerna.
{P}""",
    """Mottagare: {P#1}
c/o {FIRM}
{AOL}
Sändningsnr {TRK}
Ring {G#1} på {PH} före leverans, lastkaj på baksidan.""",
    """Leveransadress:
{COL}
Märkning: hemmakontor, {PROD}
Beställd av {P} via {FIRM}""",
    """Hej {G#1}!
Vi skickar din skärm och dockningsstation till adressen du angav: {CO}.
Stämmer det? Svara på detta mejl eller ring {PH}.
/{P}, IT-inköp""",
    """Protokoll mottagningskontroll {DATE}
Leverantör: {FIRM}
Order: {ORD}
Antal kolli: {QTY}, ett skadat (foto bifogat)
Mottaget av {I} och {I}
Avvikelse rapporterad till {EM}""",
    """Rättelse avtalsregister
Post {CUST}: leverantörens kontaktperson är {P}, inte {P}. Rätt telefon: {PH}.
Ändrat av {I} {DATE}.""",
    """Anteckningar möte om kontorsmöbler {DATE}
Närvarande: {G}, {G}, {P} (Kinnarps), {P} (fastighet)
– Höj- och sänkbara bord till plan 3, {QTY} st
– {S} tar fram offert, återkommer {DAY}
– Leverans till lastkajen på {STN}, infart från baksidan""",
    """{Ps} Kontorsservice AB
{AO}
Org.nr {ORG}
Offert {INV}: ommöblering och montering, {AMT} exkl. moms.
Giltig t.o.m. {DATE}. Vid frågor ring {PH}.""",
    """Hej {G#1},
tack för samtalet! Som sagt kan {Ss#2} team hämta de gamla datorerna på {ST} {DAY} förmiddag.
{G#2} nås på {PH} och {E#2}.
Mvh {P}""",
    """Kvittens utlämnad utrustning
Medarbetare: {F#1}
Personnummer: {PNR}
{PROD}, serienr {SER}
{PROD}, serienr {SER}
Utrustningen tillhör arbetsgivaren och ska återlämnas vid anställningens slut.
Utlämnad av: {I}""",
    """SMS från {CARRIER}: Hej! Ditt paket {TRK} levereras idag {TIMEA}-{TIMEB} till {STN}. Mottagaren {U} måste kvittera. Ändra på {EM}""",
    """Sms: Hej {G}! Budet står vid grinden på {ST}, kommer inte in. Kan du ringa {PH}? /{N}""",
    """Vi har flyttat!
Från och med {DATE} finns vi på {AO}.
Postadress: {BOX}
Växel: {PH}
Fakturor skickas som tidigare till {EM}.""",
    """Hej {G#1}!
Din beställning av kontorsstol (HÅG Capisco) är registrerad.
Leverans sker till {AO}, {ROOM}, att: {P#1}.
Montering ingår. Montören {P} ringer dagen innan från {PH}.""",
    """Ärende {TKT} – Ny medarbetare
Namn: {P}
Startdatum: {DATE}
Dator: {PROD}, levereras till hemadress {AH}
Telefon: iPhone 15
Chef: {P}
Beställt av HR ({EM})""",
    """Serviceanmälan skrivare
Skrivare Ricoh IM C3000 på plan 4 ({ROOM}) drar ofta in flera ark.
Maskinnr {SER}, avtal {CUST}.
Kontaktperson på plats: {P}, {PH}.
Tekniker från {FIRM} bokad {DAY} {TIME}.""",
    """Hej {G}! Kan du signera för paketet till {P:f} när det kommer? Hon sitter i {TOWN} idag. Det är från {FIRM}, en skärm. Tack! /{g}""",
    """Adressändring
Gammal adress: {A}
Ny adress: {AL}
Gäller från: {DATE}
Anmäld av: {P}, kundnr {CUST}""",
    """Reklamation
Hej, vi fick {QTY} st {PROD} i fredags men {NUM} av dem är skadade. Order {ORD}.
Vi vill ha ersättningsexemplar skickade till {A}, att: {P}.
Bilder bifogas. Ring mig gärna på {PH}.
{P}""",
    """{FIRM} – Leveransvillkor
Leverans sker fritt kundens lager, {A}.
Godsmottagning vardagar {TIMEA}–{TIMEB}. Kontaktperson för lossning: {P}, {PH}.
Avvikelser ska anmälas inom 8 dagar till {EM}.""",
    """Vaktmästarens lista {DAY}
- byta lysrör i korridoren utanför {ROOM}
- hämta paket hos {S} i receptionen
- kolla elementet hos {P} (plan 5)
- lämna nycklar till {P} på {STN}""",
    """Hej {G#1}, ang. din arbetsplatsutrustning hemma: vi kan skicka en skärm till {AH}. Kostnaden belastar avdelningens budget ({AMT}). Godkänt av {I}. Mvh {G}""",
    """Uppdragsbekräftelse flytt
Uppdragsgivare: {FIRM}, {AO}
Kontaktperson: {P#1}, {PH}, {E#1}
Från: {A}
Till: {A}
Datum: {DATE}, start {TIME}
Antal flyttarbetare: {NUM}
Ansvarig arbetsledare: {P}""",
    """Intyg om hemarbetsplats
Jag, {P#1}, intygar att jag har en ergonomisk arbetsplats hemma på adressen {AHL}.
Utrustning: {PROD}, {PROD}
Datum: {DATE}
Underskrift: {P#1}""",
    """Leverantörsregister
{FIRM} | {ORG} | kontakt {R} | {PH}
{FIRM} | {ORG} | kontakt {R} | {PH}
{FIRM} | {ORG} | kontakt {R} | {EM}""",
    """Hej {G#1}!
Glöm inte att lämna tillbaka passerkortet ({CARD}) och nyckeln till skåp {NUM} innan din sista dag {DATE}.
Lämna dem hos {P} i receptionen eller posta till {BOX}.
Tack för tiden hos oss!
{P}, HR""",
    """Kallelse: brandövning {DATE} kl {TIME}
Samlingsplats: parkeringen vid {STN}.
Utrymningsledare plan 2: {P}. Plan 3: {P}. Plan 4: {P}.
Frågor till säkerhetssamordnare {P}, {PH}.""",
    """Anteckning {DATE}
Ringde {P:f} på {FIRM} om den försenade leveransen. Hon lovade ny leveranstid {DAY}. Hennes direktnummer: {PH}.
Ska meddela {G} och {G}.""",
    """hej {g}! jag jobbar hemifrån idag, kan du ta emot leveransen från {carrier}? ska vara {n} som beställt, nya headset. /{g}""",
    """{g#1}: vart ska skrivaren stå efter flytten?
{g#2}: i kopieringsrummet bredvid {ROOM}
{g#1}: och den gamla?
{g#2}: {s} sa att {firm} hämtar den på torsdag""",
    """{G#1}: jag lägger beställningen nu, vad var adressen till lagret igen?
{G#2}: {A}
{G#1}: och vem tar emot?
{G#2}: {P}, {PH}""",
    """Internpost
Till: {I}, Ekonomi, plan 3
Från: {I}, Inköp
Innehåll: original av leverantörsavtal med {FIRM}
Kvitteras i receptionen.""",
    """Godsmottagning
Datum: {DATE}
Från: {FIRM}
Mottagare enligt fraktsedel: {U}
Kvitterat av: {Gi}
Antal kolli: {QTY}. Inga synliga skador.""",
    """Hej!
Vi har fått en faktura ({INV}) från er som ska till {FIRM}, inte till oss. Vår adress är {BOX}, org.nr {ORG}.
Vänligen makulera. Vid frågor, kontakta {P} på ekonomi, {PH}.""",
    """Anbud kontorsstädning
Anbudsgivare: {P}, {FIRM}
Objekt: kontorslokaler {AO}, {NUM} kvm
Pris: {AMT}/månad
Kontakt: {PH}, {EM}""",
    """Skadeanmälan transport
Sändningsnr: {TRK}
Avsändare: {FIRM}
Mottagare: {P#1}, {A}
Skada: kartong intryckt, skärm spräckt
Anmälare: {P#1}, tel {PH}""",
    """Hemleverans av kontorsmaterial
Hej {G#1}! Beställningen för {Ps#1} hemmakontor ({QTY} st papper, toner, pärmar) skickas till {AH}.
Beräknad leverans {DATE}. Ordernr {ORD}.""",
    """Till fastighetsförvaltningen
Vi har problem med låset till entrén på {ST}. Kortläsaren godkänner inte kort {CARD}.
Vänligen kontakta {P} på {PH}.
Ärendenr: {TKT}""",
    """Beställning konsumtionsvaror
Beställare: {P#1} (kostnadsställe {NUM}0)
Leveransadress: {AO}, att: {G#1}
- Kaffebönor 1 kg x {QTY}
- Mjölk havre x {QTY}
- Kaffefilter x {QTY}
Leverantör: {FIRM}""",
    """Lista över tilldelade mobiltelefoner
{R} – {PROD} – {PH}
{R} – {PROD} – {PH}
{R} – {PROD} – {PH}
{R} – {PROD} – ej aktiverad""",
    """Hej {G#1}!
Din nya mobil är aktiverad med numret {PH}. Det gamla numret {PH} flyttas inte över.
PIN skickas separat till {E#1}.
Hälsningar {P}, telefoni""",
    """Bud kommer 14:00 för att hämta pall med gamla skärmar.
Hämtadress: {ST}, lastkaj 2
Kontakt på plats: {P} ({PH})
Mottagare: återvinning hos {FIRM}, {A}""",
    """Beslut om hemarbetsutrustning
Medarbetare: {U}
Beviljat: skärm, tangentbord, mus, headset
Leveransadress: {AH}
Beslutat av: {P}, enhetschef
Datum: {DATE}""",
    """Hej {G}!
Jag var förbi {Ss} gamla kontor på {STN} igår – det står fortfarande tre kartonger med pärmar kvar. Kan vi be flyttfirman åka dit igen?
/{N}""",
    """Kontaktlista växel
Reception: {PH}
IT-support: {PH}
Fastighetsjour: {PH}
Säkerhet ({FIRM}): {PH}
Kontorschef {P}: {PH}""",
    """Leveransbekräftelse
Varorna enligt order {ORD} har levererats till {AO}.
Mottaget och kvitterat av: {U}
Tid: {TIME}
Bud: {G} ({CARRIER})""",
    """Bekräftelse av lokalbokning
Hej {P#1},
ditt rum {ROOM} är bokat {DATE} {TIMEA}–{TIMEB}. Adress: {AO}. Parkering finns på {STN}.
Välkommen! /Receptionen, {PH}""",
    """Påminnelse
Hej {G#1}, du har fortfarande {PROD} ({ASSET}) registrerad på dig, trots att du slutade {DATE}. Kan du skicka den till {BOX}, att: IT-avdelningen? Fraktsedel kommer till {E#1}.""",
    """Besöksanmälan
Besökare: {P}
Företag: {FIRM}
Värd: {P}
Ankomst: {DATE} {TIME}
Besökarens mobil: {PH}
Parkering: reg.nr ABC 123""",
    """Hej {G}, här är adressen till vårt nya lager: {AL}. Lastkajen är på gaveln. Fråga efter {G}. /{N}""",
    """Ordererkännande
Köpare: {P#1}, {FIRM}
Fakturaadress: {BOX}
Leveransadress: {A}
Godsmärke: {Ss#1} order {ORD}
Leveransvillkor: DAP""",
    """Utkvittering av lånedator
Lånedator {ASSET} ({PROD}) lånas ut till {P#1} under perioden {DATE}–{DATE}.
Skickas till {CO}.
Åter till IT senast sista dagen. Kontakt: {EM}, {PH}.""",
    """Arbetsorder {TKT}
Kund: {FIRM}, {AO}
Beställare: {P#1}
Utförare: {P}
Arbete: montering av {QTY} skrivbord och {QTY} skåp på plan 2
Tid: {DATE} {TIMEA}–{TIMEB}
Kvitteras av beställaren: ____________""",
)

# English rows.
EN: tuple[str, ...] = (
    """ORDER CONFIRMATION #{ORD}
Thank you for your order, {G#1}!
Ship to: {P#1}
{AUKL}
Phone: {PHX}
Email: {E#1}
{QTY} x {PROD} (SKU {SKU})
Estimated delivery: {DATEEN}""",
    """Hi {G#1},
Good news – your parcel from {FIRM} is out for delivery with {CARRIER}. Tracking number: {TRK}.
Delivery address: {AX}
If you're not home, we'll leave it with a neighbour or at the nearest pickup point.
Questions? Call us on {PHX}.""",
    """DELIVERY NOTE
Consignee: {U}
{AXL}
Attn: {P}
Your PO: {ORD}   Our ref: {ORD}
Packages: {QTY}   Gross weight: {KG}
Shipper: {FIRM}""",
    """COURIER WAYBILL – {CARRIER}
SHIPPER: {FIRM}, {AUK}
RECEIVER: {U#1}, {AX}
Receiver phone: {PHX}
AWB: {TRK}
Declared value: {GBP}""",
    """Returns Authorisation {RMA}
Customer: {FIRM}
Contact: {P} ({PHX})
Product: {PROD}, S/N {SER}
Fault: no display after firmware update
Return to: {AXL}""",
    """Hi {G#1},
We've received your repair request ({TKT}). Please pack the {PROD} securely and drop it off at any {CARRIER} location by {DATEEN}.
Ship it to: Repairs Dept., {AUS}
Kind regards,
{P}
Customer Care | {PHX}""",
    """From: {P#1} <{E#1}>
To: {EM}
Subject: Missing delivery – PO {ORD}

Hello,
Tracking ({TRK}) says the parcel was delivered to reception at {AUK} on {DATEEN}, but nobody here has seen it.
Could you check with the courier?
Thanks,
{G#1}""",
    """Kind regards,

{P}
Procurement Manager
{FIRM}
{AXL}
T: {PHX}
M: {PHX}""",
    """Best,
{F#1}
Head of Facilities | {FIRM}
{AIN}
Direct: {PHX} | Switchboard: {PHX}
{E#1}""",
    """{g#1}: anyone seen the HDMI adapter from {ROOM}?
{g#2}: {n} had it yesterday I think
{g#1}: ok will ask
{g#2}: there's a spare in the cupboard on level 2 anyway""",
    """Desk allocation – Level 3
{R} – desk {DESK}
{R} – desk {DESK}
{R} – desk {DESK}
{R} – desk {DESK}
Lockers on request, contact {P}.""",
    """VISITOR LOG – {DATEEN}
{TIME} {P} ({FIRM}) visiting {P}
{TIME} {P} – courier, {CARRIER}
{TIME} {P}, contractor – visiting {S}, IT
Badges returned: 3 of 3""",
    """Meeting room booking
Room: {ROOM}
Date: {DATEEN}, {TIMEA}–{TIMEB}
Booked by: {P#1}
Attendees: {G}, {G}, {G} and external guest {P}
Catering ordered for {NUM}.""",
    """Cleaning report – week {NUM}
Level 3 completed as scheduled. Note: coffee machine in {ROOM} leaking.
Reported by cleaning supervisor {P} to building management on {PHX}.
Checked by {I}, {FIRM}""",
    """SUPPLY AGREEMENT
between {FIRM}, company no. {NUM}{NUM}{NUM}{NUM}, VAT {VAT}, registered office at {AUK} (the "Supplier"),
and {FIRM}, VAT {VAT}, of {AX} (the "Customer").
Supplier contact: {P}, {PHX}.
Customer contact: {P}, {EM}.""",
    """INVOICE {INV}
Invoice date: {DATEEN}   Due: {DATEEN}
Customer no.: {CUST}
Bill to: {P}, Accounts Payable, {AXL}
Ship to: {AX}
Total: {EUR}   VAT: {VAT}""",
    """PACKING LIST
Order: {ORD}   Customer: {CUST}
Ship to: {AXL}
Mark: {U}
1. {PROD} x {QTY}
2. {PROD} x {QTY}
3. {PROD} x {QTY}
Packed by: {Gi}""",
    """IT ASSET REGISTER (extract)
{ASSET} | {PROD} | {SER} | {R} | home office, {AUK}
{ASSET} | {PROD} | {SER} | {R} | office
{ASSET} | {PROD} | {SER} | spare | –""",
    """Hi {G#1},
Your new laptop (HP EliteBook 840 G11) will be shipped to your home address, {AX}, via {CARRIER}.
Please bring the old one to the office and hand it to {P} in IT so we can wipe it.
Cheers,
{P}
IT Service Desk | {PHX}""",
    """Office move – checklist
[x] Give notice on {AUK} (contact: {P}, {FIRM})
[x] Order {QTY} crates
[ ] Change of address to {AUK}
[ ] Tell {S} about the new access cards
[ ] Book end-of-lease clean for {DATEEN}""",
    """Hello {G#1}!
Welcome aboard on {DATEEN}. Our office is at {AX}. Check in at reception and {P} will come and get you.
Your badge and laptop will be on your desk ({DESK}).
Call me if anything goes wrong: {PHX}
– {N}""",
    """Facilities ticket {TKT}
Site: {AIE}
Location: {ROOM}
Issue: air conditioning not working in the boardroom
Reported by: {P#1}, ext via {PHX}, {E#1}
Assigned engineer: {I}""",
    """KEY RECEIPT
I, {P#1}, have today received key {KEY} (main entrance) and access card {CARD}.
Lost keys are charged at {GBP}.
Signed: ____________  Print name: {U#1}""",
    """{S'} Office Supplies Ltd
{AUK}
Company no. {NUM}{NUM}{NUM}{NUM}
Quote {INV}: desk reconfiguration and installation, {GBP} + VAT.
Valid until {DATEEN}. Questions? Ring {PHX}.""",
    """Hi {G#1},
thanks for the call! As discussed, {P'#2} team can collect the old laptops from {AUK} on {DAYEN} morning.
{G#2} can be reached on {PHX} or {E#2}.
Best, {P}""",
    """Delivery instructions: leave with {P} at the front desk, {AIE}. Do NOT leave outside. Call {PHX} on arrival. Ref {ORD}.""",
    """Text from {CARRIER}: Your parcel {TRK} arrives today {TIMEA}-{TIMEB}. Signature needed from {U}. Manage delivery at {EM}""",
    """Dear {P#1},
Your equipment request has been approved. The following will be delivered to {AX}:
- {PROD}
- {PROD}
Approved by {I}, Line Manager. Questions to {EM}.""",
    """We've moved!
From {DATEEN} you'll find us at {ANL}.
Phone: {PHX}
Invoices as before to {EM}.""",
    """Purchase order {ORD}
Vendor: {FIRM}, {ADE}
Buyer: {P#1} ({E#1})
Deliver to: {AUK}
Attn: {P}
Terms: net 30, DAP""",
    """Damage report
Shipment: {TRK}
Shipper: {FIRM}
Consignee: {P#1}, {AX}
Damage: carton crushed, monitor cracked
Reported by {P#1}, tel. {PHX}""",
    """Hey {g}, i'm wfh today – could you sign for the {carrier} delivery? it's the headsets {n} ordered. thx""",
    """{G#1}: what's the address for the new warehouse?
{G#2}: {ax}
{G#1}: and who's receiving?
{G#2}: {P}, {PHX}""",
    """Supplier register
{FIRM} | VAT {VAT} | contact {R} | {PHX}
{FIRM} | VAT {VAT} | contact {R} | {PHX}
{FIRM} | VAT {VAT} | contact {R} | {EM}""",
    """Hi {G#1},
Just a reminder to return your badge ({CARD}) and locker key {KEY} before your last day, {DATEEN}.
Leave them with {P} at reception or post them to {AUK}, FAO IT.
Thanks for everything!
{P}, People Team""",
    """Fire drill – {DATEEN} at {TIME}
Assembly point: the car park on {STUK}.
Fire wardens: Level 1 {P}, Level 2 {P}, Level 3 {P}.
Questions to H&S lead {P}, {PHX}.""",
    """Notes – {DATEEN}
Rang {P:f} at {FIRM} about the late delivery. She promised a new slot on {DAYEN}. Her direct line: {PHX}.
Must tell {G} and {G}.""",
    """Collection request
Pallet of old monitors ready for pick-up {DAYEN} 2pm.
Collection address: {AX}, loading bay 2
On-site contact: {P} ({PHX})
Deliver to: recycling at {FIRM}, {AUK}""",
    """Lease notice
To: {P}, Property Manager, {FIRM}
{AIE}
We give notice to terminate the lease of Suite 3A with effect from {DATEEN}. Keys will be returned to {S'} office.
Signed, {P}, Director""",
    """NEW STARTER – {TKT}
Name: {P}
Start date: {DATEEN}
Laptop: Dell Latitude 5450, ship to home address {AX}
Manager: {P}
Raised by HR ({EM})""",
    """Thanks {G#1} – confirming the shipping details:
{P#1}
{AXL}
{PHX}
Please double-check the postcode.""",
    """Mobile phones issued
{R} – {PROD} – {PHX}
{R} – {PROD} – {PHX}
{R} – {PROD} – not activated""",
    """Hi all, the printer on level 4 ({ROOM}) is jammed again. I've logged {TKT} with {FIRM}; their engineer, {P}, will be in on {DAYEN}. – {N}""",
    """GOODS RECEIVED NOTE
Date: {DATEEN}
From: {FIRM}
Consignee per waybill: {U}
Signed for by: {Gi}
Packages: {QTY}. No visible damage.""",
    """Dear Sir or Madam,
Please note that invoice {INV} was addressed to us in error – it belongs to {FIRM}. Our address is {AX}, VAT {VAT}.
Kindly cancel it. Any questions to {P} in Accounts on {PHX}.""",
    """Contact sheet – London office
Reception: {PHX}
IT helpdesk: {PHX}
Building security ({FIRM}): {PHX}
Office manager {P#1}: {PHX}, {E#1}""",
    """Proof of delivery
Consignment {TRK} delivered to {AUS}
Received by: {U}
Time: {TIME}
Driver: {G} ({CARRIER})""",
    """Hey {G}, the Dublin warehouse is at {AIE} – go round the back to the loading dock and ask for {G}. Cheers, {N}""",
    """Statement of work
Client: {FIRM}, {AIN}
Client contact: {P#1} ({E#1}, {PHX})
Vendor: {FIRM}, {AUS}
Vendor contact: {P}
Scope: refresh of {QTY}0 laptops, imaging, shipping to staff homes.""",
    """Out-of-office: I'm away until {DATEEN}. For deliveries and returns please contact {P} on {PHX} or {EM}. For anything urgent call my mobile, {PHX}. – {N}""",
)

# Mixed rows: Swedish and English switching inside one text.
MIXED: tuple[str, ...] = (
    """Hej {G#1}! Your order {ORD} has been shipped. Leveransadress: {AH}. Tracking: {TRK} ({CARRIER}).
Questions? Kontakta oss på {EM} eller {PH}.""",
    """Hi {G#1},
leveransen till kontoret på {AO} kommer {DAY}. Please make sure someone kan ta emot – the driver will call {PH} 30 min before.
Br,
{P}
Logistics Coordinator, {FIRM}""",
    """{g#1}: the new screens arrived!!
{g#2}: nice, vart står dom?
{g#1}: i receptionen, {n} signed for them
{g#2}: ok I'll grab mine after lunch""",
    """Från: {P#1} <{E#1}>
To: {EM}
Subject: {RMA} – trasig docka

Hi,
the dock we got last week ({SER}) doesn't charge. Kan ni skicka en ny till {A}? Att: {P}.
Thanks / Tack
{G#1}""",
    """Best regards / Med vänliga hälsningar
{P}
Office Manager
{FIRM}
{AOL}
Phone: {PH}
Mobile: {PH}""",
    """DELIVERY NOTE / FÖLJESEDEL
Consignee / Mottagare: {U}
{AL}
Attn / Att: {P}
PO / Ordernr: {ORD}
Colli / Kolli: {QTY}""",
    """Hej {G}, quick one – kan du boka {ROOM} på {DAY} för mötet med {P} från {FIRM}? They're flying in from London. Tack!""",
    """Meeting notes {DATE}
Attendees: {G}, {G}, {P} ({FIRM}, UK), {P} (facilities)
– New desks för plan 3, {QTY} pcs
– {S} sends quote by {DAYEN}
– Leverans via lastkajen på {STN}""",
    """Hi team!
Från och med {DATE} är vi på {AO}. New switchboard: {PH}.
Postadress / mailing address: {BOX}
/{P}""",
    """Hej {G#1}! Your laptop (Lenovo ThinkPad T14 Gen 5) is ready. Du kan hämta den hos {P} på IT, {ROOM}, or we can ship it to {AH}. Let me know! /IT""",
    """Supplier: {FIRM}, {AUK}
Kontaktperson: {P#1}, {PHX}, {E#1}
Vår kontakt / our contact: {P}, {PH}
Org.nr {ORG}, VAT {VAT}""",
    """{g#1}: did the {carrier} guy come?
{g#2}: nope, enligt appen är paketet hos ombudet på {a}
{g#1}: ugh, kan du hämta det? det står på {s#1}
{g#2}: sure""",
    """Returns – Retur
Name / Namn: {P#1}
Address / Adress: {AH}
Personnummer: {PNR}
Order: {ORD}
Reason: wrong colour / fel färg""",
    """Packing list / Packlista
Ship to: {AXL}
Att: {P}
1. {PROD} x {QTY}
2. {PROD} x {QTY}
Packad av / packed by: {Gi}""",
    """Hej {G#1},
as agreed, {Ss#2} team from {FIRM} will pick up the old PCs från {ST} på {DAY}. {G#2} nås på {PHX} och {E#2}.
Cheers, {N}""",
    """IT asset register
{ASSET} | {PROD} | {SER} | {R} | shipped to {AH}
{ASSET} | {PROD} | {SER} | {R} | shipped to {AX}
{ASSET} | {PROD} | {SER} | lager | –""",
    """Visitor log / Besökslogg {DATE}
{TIME} {P} ({FIRM}) – host {P}
{TIME} {P} – courier {CARRIER}
{TIME} {P} – host {S}""",
    """Hej {G#1}!
Welcome to the team! Vi ses {DATE} på {AO}. Ask for {P} i receptionen.
Your badge ({CARD}) and laptop will be at your desk.
/{G}""",
    """Faktura / Invoice {INV}
Customer / Kund: {CUST}
Er referens / Your ref: {P}
Vår referens / Our ref: {P}
Bill to: {BOXL}
Amount due / Att betala: {AMT}  Bankgiro: {BG}  OCR: {OCR}""",
    """Contract summary – ramavtal IT-utrustning
Supplier: {FIRM}, {ADE}
Customer: {FIRM}, org.nr {ORG}, {AO}
Account manager: {P} ({PHX})
Kundansvarig hos oss: {P}, {PH}""",
    """{G#1}: har vi adressen till Amsterdam-kontoret?
{G#2}: {ANL}
{G#1}: and the contact?
{G#2}: {P}, {PHX}""",
    """Hi {G#1}! Jag skickade din skärm till {CO} as you asked. Tracking {TRK}. /{G}""",
    """Facilities request {TKT}
Plats: {AO}, {ROOM}
Issue: lampan i taket flimrar
Reported by: {P#1}, {PH}, {E#1}
Assigned to: {I}""",
    """Flytt / Office move {DATE}
Alla kartonger ska vara märkta med name and new desk, t.ex. {DESK}.
Movers arrive {TIME}. Keys & access cards: {P} in reception.
Questions: {G}, {PH}""",
    """Desk booking plan 4 / level 4
{R} – {DESK}
{R} – {DESK}
{R} – {DESK}
Lockers: contact {P}""",
    """Hej!
We've received your return {RMA}. Lämna paketet hos närmaste ombud senast {DATE}.
Questions? Contact {EM} eller ring {PH}.
Kind regards / Mvh
{P}, {FIRM}""",
    """{g#1}: kan nån svara {p:f}? hon väntar på leveransen till {STN}
{g#2}: I'm on it
{g#1}: tack!""",
    """Mottagare: {P#1}
c/o {FIRM}
{AIE}
Att: {Ps#1} team, 2nd floor
Phone: {PHX}""",
    """SMS: Hi {G}, budet är här at {ST} but the gate is locked. Ring mig: {PH}. /{G} ({CARRIER})""",
    """Key receipt / Nyckelkvittens
Name / Namn: {P#1}
Personnummer: {PNR}
Key no / nyckel nr {KEY}, card {CARD}
Date: {DATE}
Signature: ________  {U#1}""",
    """Purchase request
Requested by: {P#1} ({E#1})
Item: {PROD} x {QTY}
Leveransadress: {AHL}
Godkänt av / approved by: {I}""",
    """Hej {G#1}, thanks for the quick reply! Rätt adress för fakturor är {BOX}, att: {P}. VAT no {VAT}. /{G#1}""",
    """Notes from call with {P:m} ({FIRM}, {TOWN}): they can deliver {QTY} chairs till {AO} {DAY}. Hans direktnummer {PHX}. Follow up med {G}.""",
    """Contact list / kontaktlista
Reception: {PH}
IT helpdesk: {PH}
UK office: {PHX}
Facilities manager {P#1}: {PH}, {E#1}""",
    """Hej {G}! Quick reminder: lämna tillbaka {PROD} ({ASSET}) innan din sista dag. Ship to {BOX}, att IT, or drop it at {ROOM}. Tack! /{P}""",
    """Courier booking / Budbokning
Pickup / hämtning: {A}, contact {P}, {PH}
Delivery / leverans: {AX}, attn {P}, {PHX}
Ref: {ORD}  Weight: {KG}""",
    """{g#1}: is {s:f} still in the office? it's the delivery for {Gs} team
{g#2}: nej, hon gick 15.00
{g#1}: ok I'll leave it at reception""",
    """Hi {P#1},
jag bekräftar härmed er bokning av {ROOM} {DATE}, {TIMEA}–{TIMEB}.
Address: {AO}. Parking on {STN}.
Best / Mvh Reception, {PH}""",
    """Repair form / Reparationsformulär
Owner: {R}
Device: {PROD}, S/N {SER}
Fault / fel: batteriet håller bara en timme
Return address: {AH}
Phone: {PH}""",
    """Översikt leveranser vecka {NUM}
– {FIRM}: {QTY} pallar, to warehouse {A}
– {FIRM}: headsets to {P}, {AH}
– {FIRM}: monitors to {AX}, attn {P}""",
    """Hi {G#1},
kan du skicka mig din hemadress? HR needs it for the equipment delivery.
{G#1}: Sure! {AH}
Thanks! /{G}""",
    """Agreement on remote work equipment / Avtal om utrustning för distansarbete
Employee / Medarbetare: {F#1}, {PNR}
Home address / Hemadress: {AH}
Equipment: {PROD}, {PROD}
Signed {DATE}, {TOWN}""",
    """{G}, FYI: {P:f} from {FIRM} ringde. Hon says the delivery to {ST} is delayed until {DAY}. Her number: {PHX}.""",
    """Order acknowledgement
Buyer / Köpare: {P#1}, {FIRM}
Invoice address: {BOX}
Delivery address: {AUK}
Shipping mark: {Ss#1} order {ORD}
Incoterms: DAP""",
    """Cleaning report vecka {NUM}
Plan 2 done. Note: diskmaskinen i köket läcker.
Reported by {P} to fastighetsjouren {PH}.""",
    """Hej {G}, the courier from {CARRIER} needs en kontaktperson. Jag gav dem ditt nummer, {PH}. OK? /{n}""",
    """Till / To: {P}, {FIRM}
{AXL}

Uppsägning / notice of termination of service agreement {CUST}, with effect from {DATE}.
Contact: {P}, {PH}""",
    """Lunch-and-learn om nya kontoret, {DAY} {TIME} i {ROOM}. Host: {P}. Vi går igenom desk booking, access cards och var paketen hamnar (receptionen på {STN}).""",
    """GRN / Godsmottagning
Date: {DATE}
From: {FIRM}
Consignee / Mottagare: {U}
Signed / kvitterat: {Gi}
Packages: {QTY}, ett skadat""",
    """Leverantörsbyte: from {DATE} we order office supplies from {FIRM} instead. New contact: {P}, {EM}, {PHX}. Gamla avtalet med {FIRM} ({CUST}) sägs upp av {I}.""",
)

# Negatives: rows with no value, each used once, with look-alikes of every kind (order, tracking,
# serial, asset and RMA numbers, org and VAT numbers, SKUs, room and desk codes, tickets, dates,
# amounts, products, firms, places, and words that are also names, used as words).
NEGATIVES: tuple[tuple[str, str], ...] = (
    (
        "sv",
        """ORDERBEKRÄFTELSE {ORD}
Tack för din beställning hos {FIRM}!
{QTY} st {PROD}, art.nr {SKU}, {AMT}
Frakt: {CARRIER}, beräknad leverans {DATE}
Org.nr {ORG}""",
    ),
    (
        "sv",
        """Spårning {TRK}: Försändelsen har lämnat terminalen i {TOWN} {TIME} och beräknas levereras {DAY}.""",
    ),
    (
        "sv",
        """RMA {RMA} registrerad. Produkt {PROD}, serienummer {SER}. Felkod E-{NUM}. Skicka enheten i originalförpackning.""",
    ),
    (
        "sv",
        """Faktura {INV}
Kundnr {CUST}
Förfallodatum {DATE}
Belopp {AMT}
Bankgiro {BG}
OCR {OCR}
Org.nr {ORG}, Godkänd för F-skatt""",
    ),
    (
        "sv",
        """Mötesrum {ROOM} är bokat {DATE} {TIMEA}–{TIMEB}. Projektorn är trasig, använd skärmen i stället. Ärende {TKT}.""",
    ),
    (
        "sv",
        """Inventarier plan 4:
{ASSET} {PROD} – i lager
{ASSET} {PROD} – skickad på service
{ASSET} {PROD} – kasserad {DATE}""",
    ),
    (
        "sv",
        """Påminnelse: kontoret håller stängt {DAY} pga flytt. Passerkorten fungerar inte {DATE}. Nycklar till förråd {KEY} finns i nyckelskåpet.""",
    ),
    (
        "sv",
        """Städschema vecka {NUM}: kök och {ROOM} måndag och torsdag, trapphus onsdag, fönsterputs {DATE}. Leverantör: {FIRM}.""",
    ),
    (
        "sv",
        """Packlista order {ORD}:
{QTY} x {SKU} {PROD}
{QTY} x {SKU} {PROD}
Totalvikt {KG}, {QTY} kolli, pall EUR""",
    ),
    (
        "sv",
        """Skrivbord {DESK}, {DESK} och {DESK} är lediga från {DATE}. Boka via appen, inte via receptionen.""",
    ),
    (
        "sv",
        """Vi har bytt leverantör av kaffe till {FIRM}. Nya maskinen i {ROOM} tar bönor, inte kapslar. Felanmälan {TKT} är stängd.""",
    ),
    (
        "sv",
        """Björn, Falk och Lejon heter de tre nya mötesrummen på plan 5. Ek och Lind ligger kvar på plan 2 där de alltid varit.""",
    ),
    (
        "sv",
        """Frakten går med {CARRIER} från Göteborg till Sundsvall. Kostnad {AMT} exkl. moms, leveranstid två till tre dagar.""",
    ),
    (
        "sv",
        """Momsregistreringsnummer {VAT}, organisationsnummer {ORG}. Betalningsvillkor 30 dagar netto. Dröjsmålsränta enligt räntelagen.""",
    ),
    (
        "sv",
        """Tonerkassetter till {PROD}: svart {SKU}, cyan {SKU}, magenta {SKU}. Beställ via portalen senast {DAY}.""",
    ),
    (
        "sv",
        """Hissen i hus B är ur funktion {DATE}–{DATE}. Använd trappan eller hissen i hus C. Serviceärende {TKT}, {FIRM}.""",
    ),
    (
        "sv",
        """Skåp {NUM} till {NUM} på plan 2 töms {DATE}. Kvarlämnade saker sparas i förrådet i en månad.""",
    ),
    (
        "sv",
        """Beställningsunderlag {ORD}: {QTY} skärmar {PROD}, {QTY} dockor, {QTY} headset. Budget {AMT}, kostnadsställe {NUM}00.""",
    ),
    (
        "sv",
        """Kvitto {INV}, {DATE} {TIME}
Kontorsmaterial {AMT}
Moms 25 %
Betalt med kort ****{NUM}{NUM}""",
    ),
    (
        "sv",
        """Garantin för {PROD} med serienummer {SER} gäller till {DATE}. Service på plats nästa arbetsdag.""",
    ),
    (
        "sv",
        """Sommar och Vinter är namnen på de två tysta rummen. Glad och Stark är inte namn på personer utan på våra nya stolmodeller.""",
    ),
    (
        "sv",
        """Leveransen från Kinnarps kommer till lastkajen, inte till entrén. Öppettider godsmottagning {TIMEA}–{TIMEB}.""",
    ),
    (
        "sv",
        """Nytt passersystem från {DATE}. Gamla kort med nummer som börjar på {NUM} spärras. Ansökan sker via intranätet.""",
    ),
    (
        "sv",
        """Lagersaldo {DATE}: {SKU} {QTY} st, {SKU} {QTY} st, {SKU} slut – beställt, leverans vecka {NUM}.""",
    ),
    (
        "sv",
        """Ärende {TKT} är löst: nätverksskrivaren på plan 3 hade fel IP-adress. Tid: {NUM} min. Stängt {DATE}.""",
    ),
    (
        "sv",
        """Konferensrum Kebnekaise, Vättern och Storsjön är bokningsbara för externa möten. Övriga rum endast internt.""",
    ),
    (
        "en",
        """ORDER #{ORD}
Thanks for shopping with {FIRM}.
{QTY} x {PROD} ({SKU}) {GBP}
Shipping: {CARRIER}, arriving {DATEEN}""",
    ),
    (
        "en",
        """Tracking update {TRK}: arrived at the Leeds hub at {TIME}, out for delivery {DAYEN}.""",
    ),
    (
        "en",
        """RMA {RMA} approved for {PROD}, S/N {SER}. Please include the RMA number on the outside of the box.""",
    ),
    (
        "en",
        """INVOICE {INV}
Customer no. {CUST}
Due {DATEEN}
Amount {EUR}
VAT reg. {VAT}""",
    ),
    (
        "en",
        """Room {ROOM} is booked {DATEEN}, {TIMEA}–{TIMEB}. The screen in the boardroom is broken; ticket {TKT} raised.""",
    ),
    (
        "en",
        """Asset {ASSET} ({PROD}) has been retired and wiped on {DATEEN}. Certificate of destruction attached.""",
    ),
    (
        "en",
        """Desks {DESK}, {DESK} and {DESK} are free from {DATEEN}. Book through the app, not via reception.""",
    ),
    (
        "en",
        """The will of the board is that every office from Reading to Gurugram uses the same laptop model, the {PROD}.""",
    ),
    (
        "en",
        """Mark, Bill and Sue are not people here: they are the labels on the three shelving units (mark-up, billing, supplies).""",
    ),
    (
        "en",
        """Hope the delivery arrives before Friday. Grace period for returns is 30 days; after that, a restocking fee of {PCT} applies.""",
    ),
    (
        "en",
        """Pallet dimensions 120 x 80 x 150 cm, weight {KG}. Goods classified as non-dangerous. Incoterms DAP Rotterdam.""",
    ),
    (
        "en",
        """Company registration number {NUM}{NUM}{NUM}{NUM}, VAT number {VAT}. Registered in England and Wales.""",
    ),
    (
        "en",
        """Building works on level 5 from {DATEEN} to {DATEEN}. Meeting Room Thames and Room Liffey are closed during this time.""",
    ),
    (
        "en",
        """Toner for the {PROD}: black {SKU}, cyan {SKU}, yellow {SKU}. Order through the portal by {DAYEN}.""",
    ),
    (
        "en",
        """Lost property at reception: a black umbrella, a {PROD} charger, and a lanyard with badge {CARD}.""",
    ),
    (
        "en",
        """Cost centre {NUM}00, PO {ORD}, {QTY} monitors at {USD} each. Approval pending in the procurement system.""",
    ),
    (
        "en",
        """Warranty for {PROD} serial {SER} expires {DATEEN}. Next-business-day on-site service is included.""",
    ),
    (
        "en",
        """Delivery slots at the Dublin and Amsterdam warehouses: {TIMEA}–{TIMEB} weekdays. Book at least 24 hours ahead.""",
    ),
    (
        "mixed",
        """Order {ORD} shipped med {CARRIER}. Tracking {TRK}, leverans {DATE}. Thanks for your order!""",
    ),
    (
        "mixed",
        """RMA {RMA}: produkten {PROD} ({SER}) har tagits emot på vårt repair center i Tilburg. Status: in diagnosis.""",
    ),
    ("mixed", """Faktura / Invoice {INV}, kundnr {CUST}, due {DATE}, {AMT}. VAT {VAT}."""),
    (
        "mixed",
        """Mötesrummet {ROOM} är bokat {DATE}, {TIMEA}–{TIMEB}. The projector is broken, använd skärmen.""",
    ),
    (
        "mixed",
        """Asset register update: {ASSET} ({PROD}) kasserad, {ASSET} ({PROD}) sent for repair, {ASSET} back in stock.""",
    ),
    ("mixed", """Desks {DESK} och {DESK} är lediga from {DATE}. Book via the app."""),
    ("mixed", """Nya kaffemaskinen i {ROOM} – beans only, no capsules! Felanmälan {TKT} stängd."""),
    (
        "mixed",
        """Packing list {ORD}: {QTY} x {SKU} {PROD}, {QTY} x {SKU} {PROD}. Totalvikt {KG}.""",
    ),
    (
        "mixed",
        """Rummen heter Björk, Gran och Tall on level 3, and Oak, Ash and Rowan on level 4. Same booking system.""",
    ),
    ("mixed", """Org.nr {ORG}, VAT {VAT}. Payment terms 30 dagar netto."""),
    (
        "mixed",
        """Leveransen från Kinnarps och {FIRM} kommer till lastkajen, not the main entrance. Open {TIMEA}–{TIMEB}.""",
    ),
    ("mixed", """Lagersaldo {DATE}: {SKU} {QTY} pcs, {SKU} out of stock, restock vecka {NUM}."""),
    ("mixed", """Ticket {TKT} resolved: skrivaren på plan 3 had the wrong IP. Closed {DATE}."""),
    (
        "mixed",
        """Frakt Göteborg–Rotterdam med {CARRIER}, {AMT}, transit time 3 days. Incoterms DAP.""",
    ),
    (
        "mixed",
        """Warranty för {PROD} ({SER}) gäller till {DATE}. On-site service next business day.""",
    ),
    (
        "mixed",
        """Påminnelse: the office is closed {DAY} due to the move. Passerkort fungerar inte {DATE}.""",
    ),
    (
        "mixed",
        """Budget Q3: {QTY} laptops {PROD} à {AMT}, {QTY} docks. Kostnadsställe {NUM}00, PO {ORD}.""",
    ),
)
