# ruff: noqa: E501
"""Templates of held-out ce (sixty-second writer): moving, deliveries and addresses in daily life.

Slots (filled by `generate_ce.py`): persons `{P}` full name, `{p}` lower case, `{U}` capitals,
`{F}` with middle name, `{G}`/`{g}` given name, `{N}`/`{n}` short form, `{S}`/`{s}` surname,
`{SU}` surname in capitals, `{I}` initial and surname, `{Gi}` given name and initial, `{R}`
`Surname, Given`, `{RU}` the same in capitals, `{E}` e-mail; a trailing `s` is a Swedish
genitive, `'` an English one (outside the value); `#n` names the same person again, `:f`/`:m`
a woman or a man. Addresses: `{A}` Swedish on one line, `{AL}` over lines, `{ST}` street and
number, `{STN}` a street without number, `{STL}`/`{STLL}`/`{SLG}` with `lgh`, `{ATR}`/`{STR}`
with a floor, `{AE}` with an entrance, `{AY}` a yard (`Solgården 3`; `{AYS}` without postcode),
`{AR}`/`{ARL}` village and yard addresses, `{AF}`/`{AFL}` offices with floors and entrances, `{a}`
lower case as in chat,
`{BOX}`, `{CO}`/`{COL}`/`{COU}` c/o with the name after it, `{AU}`/`{AUL}`/`{au}` British,
`{AUS}` American, `{AX}`/`{AXL}`/`{ax}` European. Phones `{PH}` Swedish, `{PHF}` firms and
switchboards, `{PHU}` British, `{PHUS}` American, `{PHX}` European; `{EF}` a firm's e-mail;
`{PNR}` a personnummer, `{PNRO}` one of an old person, `{PNRK}` a child's. Look-alikes (no values): `{DATE}`,
`{DATEEN}`, `{DOBEN}` (`{DOBO}` old, `{DOBY}` young), `{TIME}` and `{TIME2}` (later than the time before it), `{DAY}`, `{DAYEN}`,
`{WEEK}`, `{MONTH}`, `{MONTHEN}`, `{NUM}`, `{FL}` (a floor), amounts `{AMT}`, `{AMTS}` (fees),
`{AMTM}` (rents), `{AMTF}` (housing fees), `{AMTL}` (prices of homes; `{AMTL2}` a higher bid), `{GBP}`, `{GBPS}`,
`{GBPM}`, `{GBPL}`, `{USD}`, `{EUR}`,
`{KG}`, `{M3}`, `{KVM}`, `{ORD}` order numbers, `{TRK}` tracking numbers, `{ORG}` organisation
numbers, `{OCR}`, `{BG}` bankgiro, `{PG}` plusgiro, `{REG}` number plates, `{FAST}` property
designations, `{KOD}` door codes, `{PIN}` pick-up codes, `{CASE}` case numbers, `{KUND}`
customer numbers, `{INV}` invoice numbers, `{VATGB}`, `{SORT}` and `{ACC}` British VAT, sort code and account numbers, `{ANL}` and `{MPAN}` meter ids, `{HS}` customs
codes, `{SHOP}`, `{ESHOP}` shops, `{OMBUD}` pick-up points, firms by trade (none named after a
person): `{FMOVE}`, `{FCLEAN}`, `{FPLUMB}`, `{FELEC}`, `{FCARE}`, `{FHOME}`, `{FAGENT}`, `{FOFF}` in Sweden,
`{EMOVE}`, `{EPLUMB}`, `{EELEC}`, `{ECARE}`, `{EHOME}`, `{EAGENT}`, `{ELAW}`, `{EOFF}` in Britain; `{TOWN}`,
`{TOWNEN}` towns alone.
"""

from __future__ import annotations

from textwrap import dedent


def t(text: str) -> str:
    """A template written as an indented block: dedented, without its first and last newline."""
    return dedent(text).strip("\n")


MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}  # fmt: skip

SV = [
    # -- removal firms: quotes, inventories, moving days -------------------------------------
    t("""
        OFFERTFÖRFRÅGAN – FLYTT
        Namn: {U#1}
        Telefon: {PH}
        E-post: {E#1}
        Flyttar från: {ATR}
        Flyttar till: {STL}
        Önskat datum: {DATE}
        Boyta ca {KVM} kvm, hiss saknas på nya adressen, portkod {KOD}.
        Övrigt: piano + två bokhyllor som ska monteras ned. Vill ha RUT-avdrag.
    """),
    t("""
        Hej {G#1}!

        Tack för din förfrågan. Här kommer vår offert för flytten från {ST} till {A} den {DATE}.
        3 flyttare + 1 lastbil (ca 6 timmar): {AMT} inkl. moms, {AMT} efter RUT-avdrag.
        Offerten gäller 30 dagar, ange referens {ORD} när du bekräftar.

        Med vänliga hälsningar
        {P:m}
        Flyttkoordinator, {FMOVE}
        {PHF} | {EF}
    """),
    t("""
        Flyttdag {DATE} – körschema bil {REG}
        07.30  Lastning hos {R#1}, {ATR} (hiss finns, portkod {KOD})
        10.00  Lastning hos {R#2}, {STL}
        13.00  Lossning {A}
        Kontaktperson på plats: {G#1} {PH}
        Arbetsledare: {P:m}
    """),
    t("""
        Hej! Det är {G:m} från flyttfirman. Vi står utanför {STN} nu men hittar inte rätt port. Vilken uppgång? Ring mig på {PH} /{G}
    """),
    t("""
        {n#1}: tack för hjälpen igår allihop!!
        {g#2}: lugnt. ryggen dog lite i trapporna på {a} men det var värt det
        {n#1}: haha. {gs#3} jacka hänger kvar i hallen förresten
        {g#3}: åh tack, hämtar på fredag. skickar du nya adressen igen?
        {n#1}: {a}. portkod {KOD}
    """),
    t("""
        AVTAL OM MAGASINERING
        Kund: {P#1}, personnummer {PNR}
        Folkbokföringsadress: {AL}
        Förråd nr {NUM}, kundnummer {KUND}
        Inlämnat: {M3} kubikmeter möbler och kartonger enligt bilaga.
        Betalas kvartalsvis till bankgiro {BG}, ange OCR {OCR}.
    """),
    t("""
        Skadeanmälan, uppdrag {ORD}
        Kund: {R#1}
        Adress där skadan skedde: {A}
        Spegeln i hallen sprack när den bars ned i trappan (ingen hiss). Flyttledare på plats var {P#3:m}, enligt {Gs#3} rapport bars den utan filt.
        Nås enklast på {PH} eller {E#1}.
    """),
    t("""
        Flyttstädning bokad!
        Adress: {STL}
        Datum: {DAY} {DATE}, start kl {TIME}
        Nycklar lämnas i brevlådan eller hos {Gs#1} granne {P:f} på plan {FL}.
        Frågor: {FCLEAN}, {PHF}
    """),
    t("""
        Hej {N#1}, pianot går bra att flytta {DAY}. Vi behöver dock veta om det finns hiss på {ST} och hur bred dörren är. Pianoflytt kostar {AMT} fast pris inom {TOWN}. Hör av dig på {PH}! Mvh {P:m}, {Ss#2} Transport & Flytt
    """),
    t("""
        Kartongerna levereras {DAY} mellan {TIME} och {TIME2} till {A}. Är ingen hemma ställer chauffören dem innanför porten enligt {Gs#1} önskemål (portkod {KOD}). Order {ORD}.
    """),
    t("""
        {Ps#1} flyttlista, rum för rum
        Kök: 14 kartonger, kyl/frys (lämnas), mikro
        Vardagsrum: soffa 3-sits, tv-bänk, 2 fåtöljer
        Sovrum: säng 180, garderob (monteras ned)
        Förråd i källaren: cyklar x2, vinterdäck
        Från: {ATR}
        Till: {AY}
        {G#1} nås på {PH} under hela dagen.
    """),
    t("""
        Till {FMOVE}
        Vi godkänner offert {ORD} för kontorsflytten den {DATE}. Utlastning sker från {AF}, lossning på {AFL}.
        Lastkaj finns på baksidan, anmälan i receptionen. Kontaktperson hos oss är lokalansvarig {P#1}, {PH}, {E#1}.
        Org.nr {ORG}
    """),
    # -- address changes ---------------------------------------------------------------------
    t("""
        Skatteverket har tagit emot din flyttanmälan
        Personnummer: {PNR}
        Namn: {RU#1}
        Ny adress: {STLL}
        Flyttdatum: {DATE}
        Ärendenummer: {CASE}
        Flyttar fler med dig behöver de göra en egen anmälan.
    """),
    t("""
        Bekräftelse – eftersändning
        Beställare: {P#1}
        Gammal adress: {A}
        Ny adress: {COL}
        Gäller från {DATE} i 6 månader. Ordernummer {ORD}. Avgiften {AMTS} dras från ditt kort.
    """),
    t("""
        Hej,
        jag flyttar den {DATE} och vill säga upp elavtalet för {A}, anläggnings-id {ANL}. Det nya avtalet ska gälla på {STL} från samma dag.
        Kundnummer: {KUND}
        Mätarställning vid utflytt: {NUM}412 kWh
        Mvh {P#1}
        {PH}
    """),
    t("""
        Ändring av hemförsäkring
        Försäkringstagare: {P#1} ({PNR})
        Tidigare adress: {AR}
        Ny bostad: {STL}, bostadsrätt {KVM} kvm
        Medförsäkrad: {P#2}
        Försäkringsnummer {KUND}. Vi hör av oss på {E#1} om premien ändras.
    """),
    t("""
        Hej {G:f}!
        Vill bara meddela ny adress till lönekontoret från nästa månad:
        {STLL}
        Mobilen är densamma, {PH}.
        /{G#1}
    """),
    t("""
        Nya adresser att skriva på julkorten
        {R#1} – {A}
        {R#2} och {G#3} – {STL}
        {R#4} – {AR}
        {R#5} – {AX}
        ({Gs#2} nya nummer: {PH})
    """),
    t("""
        Hej allihop! Nu har vi flyttat 🎉 Ny adress: {a}. Kom och hälsa på! /{g#1} & {g#2}
    """),
    t("""
        Till skolans expedition
        Vi har flyttat och {P#4} ({PNRK}) bor nu växelvis hos mig på {A}.
        Vårdnadshavare: {P#3}, {PH}, {E#3}
        Den andra vårdnadshavaren, {Gs#4} pappa {P#2:m}, bor kvar på {ST}.
    """),
    t("""
        ADRESSÄNDRING
        Kontoinnehavare: {U#1}
        Personnummer: {PNR}
        Ny adress: {STL}
        Datum: {DATE}   Underskrift: {I#1}
    """),
    # -- couriers, parcel lockers, pick-up points -------------------------------------------
    t("""
        PostNord: Ditt paket {TRK} från {SHOP} kan hämtas hos {OMBUD}, {A}. Ta med legitimation och uppge koden {PIN}. Sista hämtdag {DATE}.
    """),
    t("""
        Hej {G#1}! Din leverans från {SHOP} kommer ikväll mellan {TIME} och {TIME2} till {STL}. Behöver föraren en portkod? Svara på detta sms eller ring {PH}.
    """),
    t("""
        Vi sökte dig {DAY} kl {TIME} men ingen var hemma.
        Försändelse: {TRK}
        Mottagare: {U#1}, {ATR}
        Paketet finns att hämta hos {OMBUD}, {A}, från kl 17 i morgon.
    """),
    t("""
        förare: hej, står utanför {a} nu, ingen svarar i porttelefonen
        kund: oj sorry!! kan du lämna hos grannen {s#2} på plan {FL}?
        förare: ok, lämnat hos {p#2}, bild skickad
        kund: tack {g#3}!!
    """),
    t("""
        Ditt paket ligger nu i paketskåpet vid {OMBUD}, {ST}. Lucka {NUM}, kod {PIN}. Hämta senast {DATE}, annars skickas det tillbaka till {SHOP}.
    """),
    t("""
        MOTTAGARE
        {P#1}
        {COL}
        Tel: {PH}
        Kolli 1 av 1, {KG} kg, sändnings-id {TRK}
    """),
    t("""
        Leverans till {FOFF}, {AF}. Gå in via lastkajen, anmäl dig i receptionen och fråga efter {P}, tel {PHF}. Leveranstid vardagar 7–16.
    """),
    t("""
        FRAKTSEDEL {TRK}
        Avsändare: {FOFF}, {A}, tel {PHF}
        Mottagare: {U#1}, {A}
        Mottagarens mobil: {PH}
        Antal kolli: {NUM}   Vikt: {KG} kg   Betalare: avsändare, kundnr {KUND}
    """),
    t("""
        Returen är registrerad. Skriv ut etiketten och lämna paketet hos valfritt ombud.
        Från: {P#1}, {STL}
        Till: {SHOP} Returer, {BOX}
        Returnummer {ORD}. Pengarna återbetalas inom 14 dagar efter att vi tagit emot varan.
    """),
    t("""
        Hej, jag har inte fått paketet {TRK}. I spårningen står det levererat {DAY} {TIME} men det finns inget vid dörren på {SLG}. Grannen {P} har inte heller sett något. Kan ni kolla med föraren? /{P#1}, {PH}
    """),
    t("""
        Budorder {ORD}
        Hämtas: {FOFF}, {AF}, kontakt {G} {PHF}
        Lämnas: {Ps#1} kontor, {AF}
        Innehåll: avtal i original, ska kvitteras av {I#1}
        Klar före {TIME}
    """),
    t("""
        {n#1}: kan du ta emot mitt paket imorgon? skickar det till dig c/o
        {g#2}: ja visst, skriv {p#2} c/o {p#1}?? nej tvärtom haha
        {n#1}: ok då blir det {p#1} c/o {s#2}, {a}
        {g#2}: 👍
    """),
    # -- e-commerce, returns, customs --------------------------------------------------------
    t("""
        Tack för din beställning, {G#1}!
        Ordernummer: {ORD}

        Leveransadress
        {P#1}
        {AL}

        Fakturaadress
        {P#1}
        {AL}

        Telefon: {PH}
        E-post: {E#1}
        Att betala: {AMT} (faktura, 30 dagar)
    """),
    t("""
        FÖLJESEDEL {ORD}
        Kund: {R#1}
        Levereras till: {COL}
        Art.nr 20341 Påslakan 150x210, 2 st
        Art.nr 11820 Handduk grå, 4 st
        Packad av: {Gi}   Kolli-id: {TRK}
    """),
    t("""
        {g#1}: hej! är byrån kvar?
        {g#2}: ja, hämtas på {a}. funkar lördag?
        {g#1}: perfekt, kl {TIME}? har släp
        {g#2}: toppen. ring {PH} när ni är utanför, porten är låst
    """),
    t("""
        Hej {G#1},
        vad kul att du köpte lampan på auktion! Jag skickar den i morgon med spårbart paket till {A}, stämmer det? Swisha frakten {AMTS} till {PH}.
        Hälsningar {P:f}
    """),
    t("""
        Meddelande från Tullverket, ärende {CASE}
        Försändelse {TRK} från Storbritannien till {P#1}, {A}.
        Avsändare enligt tulldeklaration: {P#2}, {AU}
        Varuvärde {GBP}. Moms och avgift att betala: {AMTS}.
    """),
    t("""
        FAKTURA {INV}
        Köpare: {FOFF}, org.nr {ORG}
        Att: {P#1}
        Fakturaadress: {BOX}
        Leveransadress: {AF}
        Vår referens: {P:m}
        Betala {AMT} till bankgiro {BG} senast {DATE}, OCR {OCR}.
    """),
    t("""
        Hej! Jag vill skicka presenten direkt till min mamma, {P#1:f}, {AR}. Fakturan ska till mig: {P#2}, {A}. Går det? Ordernummer {ORD}. Mvh {G#2}
    """),
    t("""
        Reklamation order {ORD}
        Bordsbenet var trasigt vid leverans. Föraren ({G:m}) noterade skadan på fraktsedeln.
        Namn: {P#1}
        Leveransadress: {ATR}
        Mobil: {PH}, e-post {E#1}
    """),
    # -- tradespeople at the house ----------------------------------------------------------
    t("""
        Bokningsbekräftelse – {FPLUMB}
        Kund: {P#1}
        Adress: {STL}, portkod {KOD}
        Tid: {DAY} {DATE} kl {TIME}
        Ärende: droppande blandare i köket, avstängningsventil i städskåpet.
        Montör: {G:m}, {PH}
    """),
    t("""
        Hej {G#1}! Elektrikern {P:m} kommer {DAY} förmiddag för att byta elcentralen på {A}. Strömmen är bruten ca 3 timmar. Nyckel hämtas hos er förening enligt överenskommelse. /{FELEC}, {PHF}
    """),
    t("""
        Fönsterputs tur {DAY} v.{WEEK}
        1. {R#1}, {A} – nyckel i nyckelgömma, kod {KOD}
        2. {R#2}, {AR} – stor hund, ring innan ({PH})
        3. {FOFF}, {AF} – kontakt {G} på {PHF}
        4. {R#3}, {ST} – endast utvändigt
        5. {R#4}, {AY}
    """),
    t("""
        FAKTURA {INV}
        Kund: {P#1}, {PNR}
        Fastighetsbeteckning: {FAST}
        Arbetsplats: {A}
        Arbete: byte av takpannor, {NUM} tim à 650 kr
        Arbetskostnad {AMT}, material {AMT}, avgår ROT-avdrag {AMT}
        Att betala {AMT} till bankgiro {BG} senast {DATE}. OCR {OCR}.
        {S#2} Bygg & Tak AB · Org.nr {ORG} · F-skatt · {PHF}
    """),
    t("""
        ROT-avdrag fördelas på två köpare:
        {P#1}, {PNR}, andel 50 %
        {P#2}, {PNR}, andel 50 %
        Bostadsrättsförening: Brf Tegelbruket, org.nr {ORG}, lägenhet {SLG}
    """),
    t("""
        Låsjouren: Hej {G#1}, låssmeden är på väg till {A} och beräknas vara framme {TIME}. Utryckningsavgift {AMTS}. Legitimation krävs. Vid frågor ring {PHF}.
    """),
    t("""
        Serviceprotokoll värmepump
        Kund: {R#1}
        Anläggning: {AR}
        Fastighet: {FAST}
        Servicetekniker: {I}
        Nästa service: {DATE}. Felanmälan dygnet runt: {PHF}
    """),
    t("""
        Meddelande om sotning och brandskyddskontroll
        Fastighetsägare: {P#1}
        Fastighet: {FAST}, {AR}
        Vi kommer {DAY} {DATE} mellan {TIME} och {TIME2}. Passar tiden inte, kontakta skorstensfejarmästare {P:m} på {PH} senast två dagar innan.
    """),
    t("""
        Installation av fiber
        Beställare: {P#1}
        Installationsadress: {STL}
        Tekniker {G:m} ringer ca 30 min innan på {PH#1}
        Router skickas med {TRK} till installationsadressen.
    """),
    t("""
        Hej {G#1}, leveransen av kyl och spis är bokad till {DAY} {DATE}, tidsfönster {TIME}–{TIME2}. Bärhjälp ingår upp till {STR}. Gammal vitvara tas med. Ändra tid på {PHF}. Ordernr {ORD}
    """),
    t("""
        {g#1}: hej {g#2}! elektrikern kan komma tisdag, funkar det?
        {g#2}: ja! jag jobbar men {g#3} är hemma. adressen är {a}
        {g#1}: ok, han heter {g:m} och har firmabil {REG}
    """),
    t("""
        Hej {G#1}!
        Jag kan komma förbi och titta på badrummet {DAY} eftermiddag. {G#3} sa att ni vill ha nytt klinker. Skicka gärna bilder innan till {E#2}. Adressen var {ST} va?
        /{P#2}
        {Ss#2} Plattsättning
        {PH}
    """),
    # -- estate agents ------------------------------------------------------------------------
    t("""
        Visningslista – {ST}, {DAY} {TIME}
        Namn | Telefon | E-post
        {P#1} | {PH} | {E#1}
        {P#2} | {PH} | {E#2}
        {P#3} | {PH} | –
        {P#4} & {P#5} | {PH} | {E#4}
    """),
    t("""
        Välkommen till {A}! Ljus trea på {KVM} kvm med balkong i sydväst, hiss finns. Avgift {AMTF}/mån. Fastighetsbeteckning {FAST}. Nära affärer och buss på {STN}. Visas {DAY} {TIME}–{TIME2}. Ansvarig mäklare: {P#1}, {PH}, {E#1}.
    """),
    t("""
        Budgivning {ST}
        Bud 1: {AMTL} – budgivare {I#1}
        Bud 2: {AMTL2} – budgivare {I#2}
        Bud 3: {AMTL2} – budgivare {I#1}
        Säljaren {P#3} har accepterat bud 3.
    """),
    t("""
        KÖPEKONTRAKT
        Säljare: {F#1}, {PNR}, {A}
        Köpare: {P#2}, {PNR}, och {P#3}, {PNR}, båda boende {STL}
        Fastighet: {FAST}
        Köpeskilling: {AMTL}
        Tillträde: {DATE}
        Mäklare: {P#4}, {FAGENT}
    """),
    t("""
        Hej {G#1} och {G#2}!
        Grattis till nya bostaden! Tillträdet sker {DATE} kl {TIME} på mitt kontor, {AF}. Ta med legitimation. Banken skickar handpenningen till klientmedelskontot. Ring mig om något är oklart.
        Med vänlig hälsning
        {P#3}, reg. fastighetsmäklare
        {PH}
    """),
    t("""
        ANSÖKAN OM MEDLEMSKAP – BRF
        Sökande 1: {P#1}, personnr {PNR}
        Sökande 2: {P#2}, personnr {PNR}
        Lägenhet: {SLG}
        Nuvarande adress: {ATR}
        Tel: {PH} · E-post: {E#1}
    """),
    t("""
        Checklista tillträde {DATE}
        – nycklar x3 + tagg, lämnas av {G#1}
        – mätarställning el, tas av {G#2}
        – flyttanmälan till Skatteverket (båda!)
        – eftersändning från {A}
        – hemförsäkring nya adressen {SLG}
    """),
    # -- student housing and sublets ---------------------------------------------------------
    t("""
        ANDRAHANDSKONTRAKT
        Upplåtare: {F#1}, {PNR}
        Hyresgäst: {P#2}, {PNR}
        Lägenhet: {STLL}
        Hyrestid: {DATE} – {DATE}. Hyra {AMTM} per månad, betalas till {Gs#1} konto senast den 25:e.
        Föreningen har godkänt uthyrningen.
    """),
    t("""
        Uthyres i andra hand: möblerad etta, {KVM} kvm, {STR}. {AMTM}/mån inkl el och bredband. Rökfritt, inga djur. Ledig från {DATE}. Hör av dig till {G:f} på {PH}!
    """),
    t("""
        Hej {G#1}!
        Du har fått erbjudande om korridorsrum på {AYS} i {TOWN}. Svara senast {DATE}, annars går rummet vidare i kön. Hyra {AMTM}/mån. Kontraktsnummer {KUND}.
        Studentbostäder
        {EF}
    """),
    t("""
        {g#1}: hej! jag är {g#1}, ska flytta in i rummet på {a} nästa vecka
        {g#2}: hej och välkommen! jag heter {g#2}, {g#3} bor också här
        {g#1}: kul! vet ni om nyckeln ska hämtas hos hyresvärden?
        {g#2}: hos {n#4:m}, nyckeln ligger i fastighetsboxen. han står som {p#4} i telefonlistan, {PH}
    """),
    t("""
        NYCKELKVITTENS
        Lägenhet {SLG}
        Antal nycklar: {FL} + 1 tvättstugebricka
        Kvitteras av hyresgäst: {P#1}
        Utlämnat av: {I#2}, förvaltare
        Datum {DATE}
    """),
    # -- care homes and home care ------------------------------------------------------------
    t("""
        Körlista hemtjänst {DAY} fm – grupp Norr
        07.15 {R#1} ({PNRO}), {STL}, nyckelgömma kod {KOD}. Insulin.
        08.00 {R#2}, {A}. Dusch.
        09.10 {R#3}, {ATR}. Trygghetslarm {PH}.
        09.45 {R#4}, {AR}. Matlåda.
        Personal: {G:f}, {G}
    """),
    t("""
        Inflyttning på {FHOME}
        Boende: {F#1}, {PNRO}
        Rum {NUM}, avdelning Linden. {Gs#1} egna möbler flyttas in {DATE}.
        Tidigare adress: {A}
        Kontaktperson: dotter {P#2:f}, {PH}, {E#2}
        God man: {P#3}
        Post skickas c/o {P#2}, {A}
    """),
    t("""
        Anteckning {DATE}
        Besök hos {P#1} ({PNRO}), {AY}. {G#1} var glad i dag men hade inte ätit frukost. Hemtjänsten kontaktade {Gs#1} son {P#2:m} på {PH}, som kommer i kväll.
        Sign. {Gi}
    """),
    t("""
        Anhöriglista
        {R#1:m} (make) – {PH}
        {R#2:f} (dotter) – {PH}, {E#2}
        {R#3} (granne, har nyckel) – {ST}
    """),
    t("""
        Färdtjänstbeställning
        Resenär: {P#1}, {PNRO}
        Hämtas: {ATR}, {TIME}
        Till: Vårdcentralen, {A}
        Rullator, behöver hjälp i trappan. Ledsagare: {P:f}
    """),
    t("""
        Matdistribution {DAY}
        {SU#1}, {AY} – portkod {KOD}, laktosfri
        {SU#2}, {ST} – ring på {PH}
        {SU#3}, {AR} – lämnas i kylväskan på trappan
    """),
    # -- more daily life ---------------------------------------------------------------------
    t("""
        Uppsägning av hyreskontrakt
        Jag säger härmed upp mitt kontrakt för lägenheten {STLL}.
        Sista dag: {DATE}. Ny adress för slutavräkning och deposition: {CO}.
        {P#1}, {PNR}
        {PH}
    """),
    t("""
        FAKTURA {INV} – {FMOVE}
        Flytthjälp {DATE}, {FL} tim, 3 personer
        Kund: {P#1}, {PNR}
        Från {A} till {A}
        Arbetskostnad {AMT}, RUT-avdrag {AMT}
        Att betala {AMT}, bankgiro {BG}, OCR {OCR}
    """),
    t("""
        Felanmälan
        Namn: {P#1}
        Adress: {STL}
        Telefon: {PH}
        Fel: Kylen i lägenheten har slutat fungera. Får hyresvärden gå in med huvudnyckel? Ja.
        Ärende {CASE}
    """),
    t("""
        Till trafikkontoret
        Ansökan om tillfällig uppställning av flyttbil ({REG}) utanför {ST} den {DATE} kl {TIME}–{TIME2}.
        Sökande: {P#1}, {PH}, {E#1}
    """),
    t("""
        Containerbokning
        Ställs ut {DATE} på {AR}, på grusplanen till vänster om ladan.
        Beställare: {P#1}, {PH}
        Faktureras till {BOX}, er referens {G#1}
    """),
    t("""
        Stopp 1 {ST} – {P:f} (2 kolli)
        Stopp 2 {AE} – {FOFF}
        Stopp 3 {SLG} – {P} (kvittens)
        Stopp 4 {AY} – {P}
        Förare {G:m} {REG}
    """),
    t("""
        Leverans av rullator
        Mottagare: {P#1}, {PNRO}, {ATR}
        Anhörig att kontakta vid problem: {Gs#1} dotter {P#2:f}, {PH}
        Hjälpmedelscentralen, order {ORD}
    """),
    t("""
        BOENDEFÖRTECKNING UPPGÅNG B
        1301 {SU}
        1302 {SU} / {SU}
        1201 {SU}
        1202 {SU}
        1101 {SU}
    """),
    t("""
        Hej {G#1}! Bygget på {STN} gör att vi inte kommer fram med bilen. Vi ställer den på parkeringen vid {STN} och bär därifrån, ca 50 m. /{G:m}, {FMOVE}
    """),
    t("""
        Vi har flyttat kontoret!
        Från {DATE} hittar ni oss på {AFL}.
        Post skickas som tidigare till {BOX}.
        Växel {PHF}, {EF}
        Välkomna! {P}, vd
    """),
    t("""
        {g#1}: vart ska sängen stå
        {g#2}: i lilla rummet, inte hos {n#3}
        {g#1}: ok. lastbilen kommer 10 till {a} sen kör vi direkt till {a}. parkera på {STN} sa {g:f}
        {g#2}: glöm inte att {g#3} har nycklarna till förrådet
    """),
    t("""
        Tack för ditt köp!
        Vi har skickat din order {ORD} med DHL, spårning {TRK}.
        Leveransadress: {P#1}, {CO}
        Frågor? {EF} eller {PHF} (vardagar 8–17)
    """),
    t("""
        Flytt av dödsbo
        Dödsbodelägare: {P#1} ({PNR}) och {P#2} ({PNR})
        Den avlidnes adress: {A}
        Tömning {DATE}, nycklar hos {P#1}, {PH}
        Möbler till auktion, resten till återvinning. Vi kontaktar {FCLEAN} om flyttstädningen.
    """),
    t("""
        Hej, jag är {Gs#1} kontaktperson på hemtjänsten. {G#1} har flyttat till {FHOME} och posten ska nu skickas dit: {P#1}, {AE}. Hälsningar {P:f}, {PHF}
    """),
    t("""
        Lagerhotell – nyckelkort nr {NUM}
        Hyresgäst: {RU#1}, {PNR}
        Adress: {A}
        Larmkod: {KOD}
        Vid flytt eller uppsägning kontakta oss på {EF}.
    """),
    t("""
        ICA-ombudet ringde: paketet till {U#1} ligger kvar sedan {DATE}. Hämtas med leg. Om {G#1} inte kan själv kan {P#2} hämta med fullmakt. Ombudets nummer {PHF}.
    """),
    t("""
        Hej {G#1}!
        Här är adresserna till lördagens flytt:
        Från: {STLL}
        Till: {ARL}
        Jag kör släpet, {G#2} tar bilen. Parkera inte framför garaget, grannen {P} blir tokig.
        /{N#3}
    """),
]

EN = [
    # -- removals -----------------------------------------------------------------------------
    t("""
        REMOVAL QUOTE REQUEST
        Full name: {U#1}
        Phone: {PHU}
        Email: {E#1}
        Moving from: {AU}
        Moving to: {AU}
        Preferred date: {DATEEN}
        Property: 3-bed semi, no parking restrictions at the old address, permit needed at the new one.
        Notes: piano on the ground floor, loft to be cleared.
    """),
    t("""
        Dear {G#1},

        Thank you for choosing {S'#2} Removals. Please find your quotation for the move from {AU} to {AU} on {DATEEN} below.
        Crew of three, one Luton van: {GBP} including VAT. Packing service (optional): {GBP}.
        Please quote reference {ORD} when you confirm.

        Kind regards,
        {P#2}
        {S'#2} Removals Ltd
        {PHU} | {EF}
    """),
    t("""
        INVENTORY – {P'#1} move
        Lounge: 3-seater sofa, armchair x2, TV + stand, bookcase (dismantle)
        Kitchen: 12 boxes, fridge freezer (stays)
        Bed 1: king bed, wardrobe, chest of drawers
        Garage: bikes x3, lawnmower
        Collection: {AU}
        Delivery: {AUL}
    """),
    t("""
        Moving day schedule – {DAYEN} {DATEEN}
        8:00 Load at {AU} (flat on 3rd floor, lift available, code {KOD})
        12:30 Keys from {EAGENT}
        14:00 Unload at {AU}
        Crew leader: {P:m}, mobile {PHU}
    """),
    t("""
        hi is that {n#1}? it's {g:m} from the man and van. i'm outside {au} but can't see a door number, which one is yours?
    """),
    t("""
        {g#1}: thanks again for yesterday everyone!
        {g#2}: no worries, my back hates the stairs at {au} though
        {g#1}: lol. {g'#3} jumper is still here btw
        {g#3}: ah cheers, i'll grab it at the weekend. what's the new address again?
        {g#1}: {au}. buzzer still says {s#4}
    """),
    t("""
        DAMAGE CLAIM
        Job ref: {ORD}
        Customer: {P#1}
        Address where damage occurred: {AU}
        Mirror cracked on the stairs during the move, see {G'#3} report. Crew leader on the day: {P#3:m}.
        Best contact: {PHU} or {E#1}
    """),
    t("""
        Storage agreement
        Customer: {R#1}
        Home address: {AUL}
        Unit {NUM}B, 50 sq ft, access code {KOD}
        Monthly fee {GBPS}, first month free. Account no. {KUND}
    """),
    # -- change of address --------------------------------------------------------------------
    t("""
        Royal Mail Redirection – confirmation
        Name: {P#1}
        Old address: {AU}
        New address: {COU}
        Starts {DATEEN}, runs for 6 months. Reference {ORD}.
    """),
    t("""
        Council Tax – change of address
        Account number: {KUND}
        Name(s): {P#1} and {P#2}
        Moving out of: {AU}
        Moving in to: {AU}
        Date of move: {DATEEN}
        Contact number: {PHU}
    """),
    t("""
        Hello,
        I'm moving out of {AU} on {DATEEN} and would like to close my account. Final meter readings: electricity {NUM}318, gas {NUM}047. MPAN {MPAN}.
        Please send the final bill to my new address: {AU}.
        Thanks,
        {P#1}
        {PHU}
    """),
    t("""
        Hi {G:f},
        Just letting HR know my new address from next month:
        {AUL}
        Mobile stays the same ({PHU}).
        Cheers, {N#1}
    """),
    t("""
        CHANGE OF ADDRESS FORM
        SURNAME: {SU#1}
        FIRST NAME(S): {GMU#1}
        DATE OF BIRTH: {DOBEN}
        NEW ADDRESS: {AU}
        SIGNED: {I#1}
    """),
    t("""
        Christmas cards – new addresses
        {R#1} – {AU}
        {R#2} & {G#3} – {AU}
        {R#4} – {AUS}
        {R#5} – {AX}
    """),
    # -- couriers -----------------------------------------------------------------------------
    t("""
        Your parcel {TRK} from {SHOP} is out for delivery today. Your driver {G:m} will arrive between {TIME} and {TIME2}. Not in? Choose a safe place or a neighbour.
    """),
    t("""
        Sorry we missed you
        We tried to deliver a parcel for {U#1} at {AU} on {DAYEN} at {TIME}.
        It's now at your local Post Office. Bring this card and photo ID. Ref {TRK}.
    """),
    t("""
        driver: hi, at {au} now, no answer at the door
        customer: sorry! can you leave it with {g#2} next door?
        driver: no problem, left with {g#2}, photo sent
        customer: thanks {g#3}
    """),
    t("""
        Your parcel is ready to collect from the locker at {OMBUD}, {AU}. Compartment {NUM}, code {PIN}. Please collect by {DATEEN}.
    """),
    t("""
        SHIP TO
        {P#1}
        {COU}
        Tel {PHU}
        1 of 1 · {KG} kg · {TRK}
    """),
    t("""
        Please deliver to reception on the 2nd floor: {EOFF}, {AU}. The entrance is on the side of the building. Ask for {P} ({PHU}). Deliveries Mon–Fri, 8:00–16:00.
    """),
    t("""
        Hi, my parcel {TRK} says delivered on {DAYEN} at {TIME} but there's nothing at {AU}. My neighbour {P#4} hasn't seen it either and {G'#4} doorbell camera shows nothing. Could you check with the driver please? {P#1}, {PHU}
    """),
    # -- e-commerce ---------------------------------------------------------------------------
    t("""
        Thanks for your order, {G#1}!
        Order number: {ORD}

        Delivery address
        {P#1}
        {AUL}

        Billing address
        {P#1}
        {AUL}

        Phone: {PHU}
        Email: {E#1}
        Total: {GBP}
    """),
    t("""
        PACKING SLIP {ORD}
        Customer: {R#1}
        Ship to: {AUL}
        SKU 20341 Duvet cover double x2
        SKU 11820 Bath towel grey x4
        Packed by: {Gi}
    """),
    t("""
        Returns form
        Order: {ORD}
        Name: {P#1}
        Return from: {AU}
        Reason: wrong size
        Send to: {ESHOP} Returns, {AUL}
        Refund to original payment method.
    """),
    t("""
        CUSTOMS DECLARATION CN22
        Sender: {P#1}, {AU}, {PHU}
        Recipient: {P#2}, {AS}, tel {PH}
        Contents: gift – knitted jumper, HS {HS}, value {GBP}, weight {KG} kg
        I certify that the particulars given in this declaration are correct. Signed {I#1}
    """),
    t("""
        {g#1}: hi is the chest of drawers still available?
        {g#2}: yes! collection only from {au}
        {g#1}: great, could i come saturday around {TIME}?
        {g#2}: perfect, text me on {PHU} when you're outside
    """),
    t("""
        Order shipped!
        Hi {G#1}, your order {ORD} has shipped with UPS, tracking {TRK}.
        Ship to: {P#1}, {AUS}
        Questions? {EF} or {PHUS}
    """),
    # -- tradespeople -------------------------------------------------------------------------
    t("""
        Booking confirmed – {EPLUMB}
        Customer: {P#1}
        Address: {AU}, key safe code {KOD}
        When: {DAYEN} {DATEEN}, {TIME}
        Job: leaking tap in kitchen, stopcock under the sink.
        Engineer: {G:m}, {PHU}
    """),
    t("""
        INVOICE {INV}
        {EELEC}
        Bill to: {P#1}, {AU}
        Replace consumer unit, test and certify – {GBP}
        Materials – {GBP}
        Pay within 14 days. Sort code {SORT}, account {ACC}
        Electrician: {P:m}, NICEIC reg. {KUND}
    """),
    t("""
        Window round – {DAYEN}
        1. {R#1}, {AU} – back gate code {KOD}
        2. {R#2}, {AU} – dog, ring first ({PHU})
        3. {EOFF}, {AU} – ask for {G}
        4. {R#3}, {AU} – front only
    """),
    t("""
        Hi {G#1}, this is a reminder that your annual boiler service is due. Our engineer {P:m} can visit {AU} on {DAYEN} {DATEEN}. Reply YES to confirm or call {PHU}. {EPLUMB}
    """),
    t("""
        Hi {N#1}, the locksmith is on his way to {AU} and should be there by {TIME}. Call-out charge {GBPS}. Please have ID ready. Keyfix Locksmiths, {PHU}
    """),
    # -- estate and letting agents ------------------------------------------------------------
    t("""
        Viewings – {AU}, {DAYEN}
        {TIME} {P#1} ({PHU}, {E#1})
        {TIME2} {P#2} & {P#3} ({PHU})
        {TIME2} {P#4} – first-time buyer, mortgage in principle
        Agent: {I}
    """),
    t("""
        A beautifully presented two-bedroom flat on the third floor of a period conversion at {AU}. Share of freehold, no onward chain, a short walk to the shops on {STNU}. Viewing strictly by appointment with {P#1}, {PHU}, {E#1}.
    """),
    t("""
        MEMORANDUM OF SALE
        Property: {AU}
        Agreed price: {GBPL}
        Vendor: {F#1}, {AU}
        Vendor's solicitor: {P#2}, {ELAW}, {PHU}
        Purchaser: {P#3} and {P#4}, {AU}
        Purchaser's solicitor: {P#5}, {EF}
    """),
    t("""
        ASSURED SHORTHOLD TENANCY AGREEMENT
        Landlord: {F#1} of {AU}
        Tenant(s): {P#2} and {P#3}
        Property: {AU}
        Term: 12 months from {DATEEN}. Rent {GBPM} per calendar month. Deposit protected with TDS, ref {CASE}.
    """),
    t("""
        Check-in inventory
        Property: {AU}
        Tenant: {P#1}
        Clerk: {I}
        Hallway – carpet clean, small mark by door. Kitchen – oven clean. Keys handed over: {FL} sets + fob.
        Meter readings taken by {G#1}.
    """),
    t("""
        Dear {G#1},
        We are pleased to offer you a room in our halls at {AU}, for the academic year starting {DATEEN}. Please accept by {DATEEN}. Your student number is {KUND}.
        Accommodation Office
        {EF}
    """),
    t("""
        Double room in friendly flatshare, {au}. {GBPM} pcm incl. bills. Two of us (nurse and PhD student), looking for someone tidy. Message {G:f} on {PHU}.
    """),
    # -- care -----------------------------------------------------------------------------------
    t("""
        Admission details – {EHOME}
        Resident: {P#1}
        Date of birth: {DOBO}
        Previous address: {AU}
        Next of kin: {P#2:f} ({G'#1} daughter), {PHU}, {E#2}
        GP: Dr {S}, Riverside Surgery
        Room {NUM}, ground floor
    """),
    t("""
        Visit rota – {DAYEN} am
        07:30 {R#1}, {AU} – key safe {KOD}, meds
        08:15 {R#2}, {AU} – shower
        09:00 {R#3}, {AU} – lifeline {PHU}
        Carers: {G:f}, {G}
    """),
    t("""
        Carer's notes {DATEEN}
        Visited {P#1} at {AU}. {G#1} was cheerful but hadn't had breakfast. Called {G'#1} son, {P#2:m}, on {PHU}, he'll pop round tonight.
        Signed {Gi}
    """),
    t("""
        Next of kin
        {R#1:m} (husband) – {PHU}
        {R#2:f} (daughter) – {PHU}, {E#2}
        {R#3} (neighbour, has key) – {AU}
    """),
    # -- more ----------------------------------------------------------------------------------
    t("""
        Hi {G#1}! Just to let you know we took in a parcel for you. It's with us next door, ask for {G#2}. {P#2}, {au}
    """),
    t("""
        Two-person delivery booked for {DAYEN} {DATEEN}, {TIME}–{TIME2}, to {AU}. Third floor, no lift – our team will carry it up. The van will park on {STNU}. Order {ORD}. To change your slot call {PHU}.
    """),
    t("""
        Hi {G#1},
        The deposit of {GBPM} will be returned to you in full. Please confirm the forwarding address: {AU}. Account details to {EF}.
        {P#2}, Property Manager, {EAGENT}
    """),
    t("""
        OFFICE MOVE – STAFF NOTICE
        From {DATEEN} we're at {AUL}.
        Deliveries via the goods entrance on {STNU}, 4th floor reception.
        Switchboard {PHU}. Questions to {P#1}, facilities ({E#1}).
    """),
    t("""
        Moving estimate
        Customer: {P#1}
        Origin: {AUS}
        Destination: {AUS}
        Est. weight 6,200 lbs, {NUM} miles. Binding estimate {USD}. Coordinator: {P:f}, {PHUS}
    """),
    t("""
        Completion day
        Hi {G#1} and {G#2}, funds have been received and we've completed. Keys can be collected from our {TOWNEN} office after 1pm. Congratulations on {AU}!
        {P#3}, Conveyancing, {PHU}
    """),
    t("""
        Note for the neighbours
        Hi, I'm {G#1}, I've just moved in upstairs! If a parcel for {P#1} or {P#2} turns up, could you hold on to it? I'm usually back after six. Thanks! {PHU}
    """),
]

MIXED = [
    t("""
        Hej! Vi flyttar från London till Sverige i sommar och behöver offert på international removal.
        From: {AU}
        To: {A}
        Ca 40 m³, inklusive piano. Kontakt: {P#1}, {PHU} / {E#1}
    """),
    t("""
        Dear {G#1},
        Thank you for your enquiry. Our quote for the move from {AU} to {AL} is {GBP} door to door, including customs clearance in Sweden (flyttgods, tullfritt). Please send a copy of your personbevis and the inventory list.
        Best regards,
        {P#2}, Move Coordinator, {EMOVE}
        {PHU}
    """),
    t("""
        {g#1}: ok so the movers kommer kl 8 imorgon
        {g#2}: nice, behöver du hjälp med the last boxes?
        {g#1}: yes pls!! {a}, 3rd floor no lift 😭
        {g#2}: haha classic. {g'#3} brother can come too
    """),
    t("""
        Avsändare / Sender: {P#1}, {A}, {PH}
        Mottagare / Recipient: {P#2}, {AU}, {PHU}
        Innehåll / Contents: begagnade kläder / used clothing, HS {HS}
        Värde / Value: {EUR}   Vikt / Weight: {KG} kg
        Gåva / Gift: ja / yes
    """),
    t("""
        Hej {G#1}! Your parcel {TRK} från {SHOP} levereras idag {TIME}–{TIME2} till {STL}. Can't be home? Välj utlämningsställe i appen.
    """),
    t("""
        SUBLET AGREEMENT / ANDRAHANDSKONTRAKT
        Tenant (förstahandshyresgäst): {F#1}, {PNR}
        Subtenant: {P#2}, born {DOBY}, passport no. on file
        Apartment: {STLL}
        Rent: {AMTM} per month incl. electricity. Period {DATE} – {DATE}.
    """),
    t("""
        Hi {G#1}, welcome back to Sweden! For folkbokföring you need to register your move at Skatteverket. Your address will be {STL}; bring your passport to the service office. Your old personnummer {PNR} is still valid. /{P#2}, Relocation Services, {PHF}
    """),
    t("""
        Hi all,
        We're moving office on {DATEEN}! New address: {AFL}.
        Portkoden is {KOD} until the tags are ready. Parcels should still go to {BOX}.
        Questions → {P#1} ({E#1}).
    """),
    t("""
        Welcome to the apartment! Adress: {STL}. Portkoden är {KOD}, the key is in the key box by the door. Wi-fi on the fridge. If anything is wrong, ring mig på {PH}. /{G#1}
    """),
    t("""
        Dear {G#1},
        Your Erasmus room is at {AYS} in {TOWN}. The key can be collected at the student housing office (Studentbostäder, {AF}) on weekdays {TIME}–{TIME2}. Contact person: {P#2}, {E#2}.
    """),
    t("""
        {n#1}: hur gick flytten??
        {g#2}: omg so tired. the new place is {a}, kom över i helgen
        {n#1}: yes! vad är portkoden?
        {g#2}: {KOD}, sen 2 tr. bring wine
    """),
    t("""
        Order confirmation {ORD}
        Ship to: {P#1}, {AS}
        Bill to: {P#1}, {AU}
        Phone: {PH}
        Leveranstid 3–5 arbetsdagar. Customs duties may apply.
    """),
    t("""
        Från: {P#1} <{E#1}>
        Till: Royal Mail Customer Services
        Ämne: Redirect mail / eftersändning
        Hi, please forward all post from {AU} to my new address in Sweden: {CO}. Thanks! Mvh {G#1}
    """),
    t("""
        Leverans / Delivery note
        Kund / Customer: {R#1}
        Leveransadress / Delivery address: {AE}
        Contact on site: {G#1}, {PH}
        Lossning vid port B / unload at gate B. Order {ORD}
    """),
    t("""
        {g#1}: the courier called, he's outside {a} but ingen öppnar
        {g#2}: shit jag är på jobbet. kan {g#3} ta det?
        {g#3}: yes jag går ner nu
        {g#1}: tack!! hans nummer är {PH}
    """),
    t("""
        Hej {G#1}, this is {G:m} from {FPLUMB}. Vi kommer {DAY} at {TIME} to fix the leak at {ST}. Is the portkod still {KOD}? Mvh
    """),
    t("""
        Viewing list / Visningslista – {ST}
        {P#1}, {PH}, {E#1} (English speaking, relocating from {TOWNEN})
        {P#2}, {PH}
        {P#3} & {P#4}, {PHU}
        Mäklare: {P#5}
    """),
    t("""
        Hi {G#1}! Budet på {AMTL} för {ST} är accepterat 🎉 The contract signing (kontraktsskrivning) is on {DATE} at our office, {AF}. Please bring ID. /{P#2}, {FAGENT}
    """),
    t("""
        Customs form CN23
        Sender: {ESHOP}, {AUL}
        Addressee: {P#1}
        {ASL}
        Tel: {PH}
        Description: 1 x lamp (lampa), HS {HS}, value {GBP}
        Importer: private person, no VAT number (momsregistreringsnummer)
    """),
    t("""
        {g#1}: my parcel from the uk is stuck i tullen 🙄
        {g#2}: classic. did you get an sms from postnord?
        {g#1}: ja, need to pay moms {AMTS}. ref {CASE}
        {g#2}: ugh. btw {g#3:f} says hi, hon bor på {a} now
    """),
    t("""
        Care visit list / Besökslista hemtjänst {DAY}
        07:30 {R#1}, {STL} – key box {KOD}, insulin
        08:20 {R#2}, {A} – speaks English only, dotter {G:f} ({PHU})
        09:15 {R#3}, {AR}
    """),
    t("""
        Dear {G#1},
        Your mother {P#2:f} ({PNRO}) moved into {FHOME} today, rum {NUM}. Post can be sent to: {P#2}, {AE}. The nurse in charge is {P:f}, {PHF}.
        Vänliga hälsningar
    """),
    t("""
        Hi! Jag säljer min soffa, pick-up only från {a}. 500 kr or best offer. Text {n#1} on {PH}
    """),
    t("""
        INVOICE / FAKTURA {INV}
        {FCLEAN}, org.nr {ORG}
        Customer: {P#1}, {PNR}
        Work address: {A}
        Window cleaning, inside + outside, {AMT}. RUT deduction applied: {AMT}.
        Pay to bankgiro {BG}, OCR {OCR}
    """),
    t("""
        {g#1}: hey are you home? delivery guy says he's at {a}
        {g#2}: nej jag är på gymmet. tell him to leave it hos {g#3}
        {g#1}: {g#3} who
        {g#2}: {p#3}, grannen på 1 tr lol
    """),
    t("""
        Packing list / Packlista
        Owner: {P#1}
        From: {AX}
        To: {A}
        Box 1–12 books/böcker, box 13–20 kitchen/kök, bike x2.
        Contact in Sweden: {P#2}, {PH}
    """),
    t("""
        Hej {G#1}, thanks for booking with us! Your electrician {G:m} arrives {DAY} between {TIME} and {TIME2}. Please make sure someone is home at {STL}. Vid frågor: {PHF}
    """),
    t("""
        Från: {EMOVE} <{EF}>
        Till: {E#1}
        Subject: Your move to Stockholm
        Hi {G#1}, your household goods arrive {DATEEN}. The truck can't enter the courtyard at {ST}, so we'll carry from the street. Please confirm the floor (våning) and if there is a lift (hiss).
    """),
    t("""
        Return label
        From: {P#1}, {AS}
        To: {ESHOP} Returns, {AU}
        Order {ORD} · RMA {CASE}
    """),
    t("""
        Student housing application
        Name: {P#1}
        Date of birth: {DOBY}
        Personnummer (if you have one): {PNR}
        Current address: {AX}
        Phone: {PHX}, email {E#1}
    """),
    t("""
        {g#1}: jag har hittat en lägenhet!! two rooms at {a}
        {g#2}: wow grattis! first hand?
        {g#1}: no andrahand från en kille som heter {g:m}, he's moving to Berlin
        {g#2}: nice, check the contract though
    """),
    t("""
        Hi {G#1},
        Your order {ORD} is on its way with DHL Express ({TRK}). Delivery address: {P#1}, {AL}. Tullavgift may be charged on delivery. Kind regards, {SHOP} Kundservice, {EF}
    """),
    t("""
        Moving checklist / Flyttchecklista
        ☐ Flyttanmälan Skatteverket ({P#1} + {P#2})
        ☐ Eftersändning from {A}
        ☐ Cancel UK broadband at {AU}
        ☐ Hemförsäkring new address {SLG}
        ☐ Book the truck, {FMOVE}, {PHF}
    """),
    t("""
        Hej {N#1}! I left the keys i brevlådan at {ST} as agreed. The meter reading is on the fridge. Have a great time in the new place! /{G#2}
    """),
    t("""
        Delivery failed / Leverans misslyckades
        Recipient: {U#1}
        Address: {ATR}
        Reason: no access code / ingen portkod. Call the driver on {PH} or pick up at {OMBUD} from {DATE}.
    """),
    t("""
        Tenancy details for {P#1}
        Previous address: {AUL}
        New address in Sweden: {STLL}
        Employer: {EOFF}, contact HR {P#2} ({E#2})
        Start date: {DATE}
    """),
    t("""
        Hi, jag är {G#1} från {FMOVE}. We have your piano ready for pickup at {AX} on {DAYEN}. Delivery to {A} expected within a week. Call me: {PHX} or {PH}
    """),
    t("""
        {P#1} ({PNR}) has given power of attorney (fullmakt) to {P#2} to collect parcels at {OMBUD}, {A}. Signed {I#1}, {DATE}.
    """),
    t("""
        Hello {G#1}! Din städning är bokad: {DAY} {TIME}, {STL}. Our cleaner {G:f} has the key from {S'#1} neighbour. Questions: {EF}
    """),
    t("""
        Board / Styrelsen Brf
        New members: {P#1} and {P#2} (third floor, left), moving in from {AU}.
        Please welcome them! Contact the board at {EF} if you have questions about sopsortering or the laundry room.
    """),
    t("""
        {g#1}: hey can i use your address for a parcel? mine is a mess med eftersändning
        {g#2}: sure, skriv {p#1} c/o {p#2}, {a}
        {g#1}: legend 🙏
    """),
    t("""
        Work order / Arbetsorder {ORD}
        Customer: {R#1}
        Site: {AR}, {FAST}
        Heat pump service. Technician {I} – call {PH} 30 min before arrival.
    """),
    t("""
        Your Instabox order from {SHOP} is ready at {OMBUD}, {A}. Kod / code: {PIN}. Hämta senast / collect by {DATE}.
    """),
    t("""
        Hi {G#1}! Välkommen som hyresgäst. Your contract for {STLL} starts {DATE}. Nycklar hämtas at our office, {AF}, between {TIME} and {TIME2}. /{P#2}, förvaltare, {PHF}
    """),
    t("""
        Shipping address (please write exactly like this):
        {P#1}
        {ASL}
        Tel. {PH}
        Otherwise the courier can't find me, we have no names on the doors here!
    """),
    t("""
        {g#1}: the estate agent {g#2:f} just called
        {g#1}: visning on sunday at {a}, 13-14
        {g#3}: nice, can you text me hennes nummer?
        {g#1}: {PH}
    """),
    t("""
        Hi {G#1},
        Tack för senast! Here's the address for the party on Saturday: {A}. Ring på {SU#2} on the door phone, 4th floor. /{G#2}
    """),
    t("""
        UK address: {AUL}
        Svensk adress: {AL}
        Skickas till båda / send to both. {P#1}, {E#1}
    """),
    t("""
        Hej {G#1}, your parcel abroad has been sent. Mottagare: {P#2}, {AX}, tel {PHX}. Sändnings-id {TRK}.
    """),
    t("""
        Hej {G#1}! Quick question about the moving boxes: ska de levereras till {STL} or to your office at {AF}? The driver ({G:m}) needs to know by {TIME}. /{FMOVE}
    """),
]

# Rows with no value, each used once: look-alikes only (door codes, parcel and tracking numbers,
# order and case numbers, organisation numbers, OCR, amounts, dates, property designations, towns
# alone, firms, number plates, words that are also names).
NEGATIVES: list[tuple[str, str]] = [
    (
        "sv",
        t("""
        PostNord: Ditt paket {TRK} är på väg. Beräknad leverans {DAY} {DATE}. Följ försändelsen i appen.
    """),
    ),
    (
        "sv",
        t("""
        Portkod {KOD}, sen hissen till 5:e. Ringklockan funkar inte, knacka hårt!
    """),
    ),
    (
        "sv",
        t("""
        Offert {ORD}
        Flytt inom {TOWN}, 2 rok, ca {M3} m³
        3 flyttare, 1 bil, 5 tim: {AMT}
        Efter RUT-avdrag: {AMT}
        Giltig till {DATE}. {FMOVE}, org.nr {ORG}
    """),
    ),
    (
        "sv",
        t("""
        Fastighet: {FAST}
        Taxeringsvärde: {AMTL}
        Areal: 812 kvm tomt, boyta {KVM} kvm
        Tillträde enligt överenskommelse.
    """),
    ),
    (
        "sv",
        t("""
        Betala {AMT} till bankgiro {BG} senast {DATE}. Ange OCR-nummer {OCR}. Vid utebliven betalning tillkommer påminnelseavgift 60 kr.
    """),
    ),
    (
        "sv",
        t("""
        Flyttbilen {REG} står på lastplatsen till {TIME}. Parkeringsvakten har redan varit här två gånger...
    """),
    ),
    (
        "sv",
        t("""
        Kom ihåg inför flytten:
        – flyttanmälan till Skatteverket senast en vecka efter flytten
        – säg upp eller flytta el, bredband och hemförsäkring
        – eftersändning av post
        – boka flyttstädning
    """),
    ),
    (
        "sv",
        t("""
        Ditt ärende {CASE} har registrerats. Vi återkommer inom tre arbetsdagar. Svara inte på detta meddelande.
    """),
    ),
    (
        "sv",
        t("""
        Paketet väger {KG} kg och får plats i ett paketskåp. Välj skåp i appen och hämta med koden {PIN} inom 7 dagar.
    """),
    ),
    (
        "sv",
        t("""
        Vi har tyvärr inte kunnat leverera din försändelse {TRK} eftersom adressen var ofullständig. Kontrollera uppgifterna i appen.
    """),
    ),
    (
        "sv",
        t("""
        Lägenheten är en ljus tvåa i {TOWN} med balkong mot innergården, nära pendeltåg och skola. Månadsavgift {AMTF}. Visning {DAY} {TIME}.
    """),
    ),
    (
        "sv",
        t("""
        Björken vid garaget måste tas ned innan flyttbilen kan backa in. Stenen vid grinden ligger kvar. Rosen i rabatten får följa med till nya huset.
    """),
    ),
    (
        "sv",
        t("""
        Kvitto {INV}
        40 flyttkartonger à 29 kr
        2 rullar tejp
        1 bubbelplast 10 m
        Summa {AMTS} inkl. moms. Betalt med kort.
    """),
    ),
    (
        "sv",
        t("""
        Leveransstatus: Sorterad i {TOWN} {TIME}. Lastad på bil {TIME2}. Levererad till paketskåp {TIME2}.
    """),
    ),
    (
        "sv",
        t("""
        Hej! Fönsterputsen är bokad {DAY} vecka {WEEK}. Vi ringer på vid ankomst. Är ingen hemma putsar vi bara utvändigt. Mvh {FCLEAN}
    """),
    ),
    (
        "sv",
        t("""
        Hyran för {MONTH} är {AMTM}. Betala till bankgiro {BG} med OCR {OCR}. Hyresavin gäller även parkeringsplats {NUM}.
    """),
    ),
    (
        "sv",
        t("""
        Maj är bästa månaden att flytta, säger alla. Själv flyttade jag i november, i snöstorm, och det gick också.
    """),
    ),
    (
        "sv",
        t("""
        Förrådet är {NUM} kvm och har eluttag. Hänglås ingår inte. Larmkod och taggar lämnas ut vid kontraktsskrivning.
    """),
    ),
    (
        "sv",
        t("""
        Ordernummer {ORD} · Kundnummer {KUND} · Artikel 4420-11 Bokhylla vit, 1 st · Leveranssätt: hemleverans med bärhjälp
    """),
    ),
    (
        "sv",
        t("""
        Elmätaren byts {DAY} mellan {TIME} och {TIME2}. Strömmen bryts ca 30 minuter. Anläggnings-id {ANL}.
    """),
    ),
    (
        "sv",
        t("""
        Brf Tegelbruket, org.nr {ORG}
        Påminnelse: flyttkartonger får inte ställas i soprummet. Grovsopor lämnas på återvinningscentralen.
        Styrelsen
    """),
    ),
    (
        "sv",
        t("""
        Visningen flyttas från {DAY} till {DAY} {TIME} på grund av sjukdom. Varmt välkomna!
    """),
    ),
    (
        "sv",
        t("""
        Sotning av fastigheten {FAST} är genomförd {DATE}. Inga anmärkningar. Nästa tillfälle om två år.
    """),
    ),
    (
        "sv",
        t("""
        säg till när bilen är på väg, jag väntar vid porten. koden är {KOD} om du kommer först
    """),
    ),
    (
        "sv",
        t("""
        Hemtjänsten kommer som vanligt 7.30, 12.00 och 19.00. Trygghetslarmet testas nästa {DAY}.
    """),
    ),
    (
        "sv",
        t("""
        Budet på {AMTL} är mottaget. Nuvarande högsta bud: {AMTL2}. Budgivningen avslutas {DAY} kl {TIME}.
    """),
    ),
    (
        "sv",
        t("""
        Returen är mottagen på vårt lager i {TOWN} och återbetalning på {AMT} görs inom 5 bankdagar. Returnummer {ORD}.
    """),
    ),
    (
        "en",
        t("""
        Your parcel {TRK} is with our delivery partner and should arrive {DAYEN}. Track it in the app.
    """),
    ),
    (
        "en",
        t("""
        Gate code {KOD}, then up to the top floor. The buzzer is broken so just knock!
    """),
    ),
    (
        "en",
        t("""
        QUOTE {ORD}
        2-bed flat within {TOWNEN}, approx. 600 cu ft
        Crew of 2, one Luton van, 4 hours: {GBP}
        Valid until {DATEEN}. {EMOVE}, company no. 0{NUM}48213
    """),
    ),
    (
        "en",
        t("""
        Redirection active: your post will be redirected for 12 months from {DATEEN}. Reference {ORD}.
    """),
    ),
    (
        "en",
        t("""
        We're sorry we missed you. We'll try again {DAYEN}. You can also choose a Post Office or a parcel locker for collection.
    """),
    ),
    (
        "en",
        t("""
        Moving checklist: notify the council, set up redirection, take meter readings, change your address with the bank and the DVLA, cancel the milk.
    """),
    ),
    (
        "en",
        t("""
        Order {ORD} has been dispatched. Estimated delivery {DATEEN}. Weight {KG} kg. Signature required.
    """),
    ),
    (
        "en",
        t("""
        Holly and ivy grow along the back fence and the rose by the door is older than the house; the new owners asked us to leave them. The heather went with us.
    """),
    ),
    (
        "en",
        t("""
        Invoice {INV}: boiler service {GBPS}, parts {GBPS}. Payment due within 14 days. VAT reg no. {VATGB}.
    """),
    ),
    (
        "en",
        t("""
        Viewing moved to {DAYEN} at {TIME}. Parking is available on the drive. No chain, vacant possession.
    """),
    ),
    (
        "en",
        t("""
        Your storage unit {NUM}C is ready. Access hours 6am to 10pm. Bring your padlock; the code for the gate will be sent by text.
    """),
    ),
    (
        "en",
        t("""
        Status: arrived at {TOWNEN} hub {TIME}. Out for delivery {TIME2}. Delivered to parcel locker {TIME2}.
    """),
    ),
    (
        "en",
        t("""
        Meter readings on move-out day: electricity 04{NUM}17, gas 1{NUM}83. MPAN {MPAN}.
    """),
    ),
    (
        "en",
        t("""
        The will and the deeds are with the solicitor. Bill us later for the extra day, and grant us a bit more time with the loft.
    """),
    ),
    (
        "en",
        t("""
        Van reg {REG} is on the double yellows outside, hazard lights on. Be quick!
    """),
    ),
    (
        "en",
        t("""
        Returns are free within 30 days. Print the label, drop the parcel at any drop-off point and keep the receipt. Refund in 5 working days.
    """),
    ),
    (
        "en",
        t("""
        Council tax band C for the new property, {GBPS} a month over ten months. Account {KUND}.
    """),
    ),
    (
        "mixed",
        t("""
        Hej! Your parcel {TRK} levereras {DAY} mellan {TIME} och {TIME2}. Track it in the app.
    """),
    ),
    (
        "mixed",
        t("""
        portkoden är {KOD}, then take the lift to the 4th floor 🙂
    """),
    ),
    (
        "mixed",
        t("""
        Moving from {TOWNEN} to {TOWN} in {MONTHEN}: container {M3} m³, ETA {DATEEN}, tullklarering included. Quote {ORD}.
    """),
    ),
    (
        "mixed",
        t("""
        Customs / Tull: value {EUR}, VAT {AMTS}, handling fee 75 kr. Case {CASE}. Pay within 14 days or the parcel is returned.
    """),
    ),
    (
        "mixed",
        t("""
        ok so flyttbilen is booked, {REG}, pickup {DAY} {TIME}. we return it söndag kväll
    """),
    ),
    (
        "mixed",
        t("""
        Remember: flyttanmälan, eftersändning, hemförsäkring, cancel the UK broadband, and book flyttstädning!
    """),
    ),
    (
        "mixed",
        t("""
        Order {ORD} shipped with DHL. Leverans 2–4 arbetsdagar. Customs duties may apply on orders from the UK.
    """),
    ),
    (
        "mixed",
        t("""
        The apartment is a ljus trea in {TOWN}, {KVM} sqm, balcony, close to the pendeltåg. Avgift {AMTF}/month.
    """),
    ),
    (
        "mixed",
        t("""
        Fastighetsbeteckning / property designation: {FAST}. Lagfart applied for {DATE}. Stamp duty (stämpelskatt) {AMT}.
    """),
    ),
    (
        "mixed",
        t("""
        Lucka {NUM}, code {PIN}. Hämta inom 7 dagar / collect within 7 days.
    """),
    ),
    (
        "mixed",
        t("""
        Invoice {INV} from {FPLUMB}, org.nr {ORG}. Pay {AMT} to bankgiro {BG}, OCR {OCR}, by {DATE}.
    """),
    ),
    (
        "mixed",
        t("""
        we sold the björk-bookshelf on blocket and the sten-table is going to the tip. soffan kommer med!
    """),
    ),
    (
        "mixed",
        t("""
        Viewing tomorrow {TIME}, visningen is open house, no booking needed. Budgivning starts after.
    """),
    ),
    (
        "mixed",
        t("""
        Status update: sorterad i {TOWN}, out for delivery {TIME}, delivered to paketskåp {TIME2}.
    """),
    ),
    (
        "mixed",
        t("""
        Storage: förråd {NUM}, {NUM} m², {AMTS}/month. Access card at reception, larmkod by sms.
    """),
    ),
    (
        "mixed",
        t("""
        Home care schedule: morning 7:30, lunch 12:00, evening 19:00. Trygghetslarm tested every {DAYEN}.
    """),
    ),
    (
        "mixed",
        t("""
        Brf board meeting {DATE}: new rules for andrahandsuthyrning, bike room cleanup, and the lift will be serviced in {MONTHEN}.
    """),
    ),
]
