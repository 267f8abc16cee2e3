# ruff: noqa: E501
"""Templates of held-out cf (the sixty-third writer): the mix that gateways see from teams in
Sweden. Support tickets and replies, HR mail, medical notes and letters, chat between colleagues
and friends, invoices and payment reminders, school and preschool mail, insurance and bank
letters, meeting notes and minutes, pasted e-mail threads.

Slots (`generate_cf.py` fills them): `{P#1}` a person (`#n` the same person again in the row,
`:f`/`:m` a woman or a man), forms P p U F M G g N n GU S s SU I Gi R RU and E (see
`person_segments`), a trailing `s` a Swedish genitive and `'` an English one, both outside the
span; values A AL ALX STL ST STN a BOX CO COL AU AUL au AUS AUSL AEN AX AXL PH PHF PHX PHEN PHUK PHUS PNR PNR10
PNR12 PNRC PNRO MAIL MAILF MAILHR PHM; look-alikes (no value) DATE DATEEN DOB DT DTEN TIME WEEK YEAR NUM AMT AMTS AMTL GBP GBPL
USD EUR PCT SAL CARD4 UKCO ORG OCR BG PG INV CUST CASE TICKET ORDER TRACK REG POL EMP VAT VATSE TOWN
VC FSK FIRM SHOP CLINIC PHARMACY BANK SCHOOL GARAGE PROD DAY DAYEN MONTH MONTHEN ROOM. A value slot with `#n` is the same value again.
"""

from __future__ import annotations


def _t(*texts: str) -> tuple[str, ...]:
    """Templates as written below: the first and last newline of each dropped."""
    return tuple(t.removeprefix("\n").removesuffix("\n") for t in texts)


# --- Swedish: support, HR, health, chat, invoices, school, insurance and bank, minutes, threads ---

SV = _t(
    # Customer support: returns, delivery problems, billing disputes, locked accounts.
    """
Ärende {TICKET} – Retur
Kund: {P#1}
Kundnummer: {CUST}
Ordernummer: {ORDER}
Leveransadress: {A}
Telefon: {PH}
E-post: {E#1}
Beskrivning: Jackan var för liten, vill byta till storlek L. Kunden önskar ny returetikett.
Handläggare: {G#2}
""",
    """
Hej {G#1}!

Tack för att du hörde av dig. Vi har tagit emot din retur av order {ORDER} och återbetalningen på {AMTS} görs inom 5–10 bankdagar till samma betalsätt som du använde.

Har du fler frågor är du välkommen att svara på det här mejlet eller ringa oss på {PHF} (vardagar 8–17).

Vänliga hälsningar
{P#2}
Kundservice, {SHOP}
{BOX}
""",
    """
Chatt med kundtjänst {DATE}
{G#1}: hej, mitt paket {TRACK} har stått "under transport" i en vecka nu
Agent {G#2}: Hej {G#1}! Jag kollar direkt. Kan du bekräfta leveransadressen?
{G#1}: {a}
Agent {G#2}: Tack! Paketet har hamnat på fel ombud i {TOWN}. Jag bokar om det till hemleverans på {DAY}.
{G#1}: okej tack 🙏
""",
    """
Ämne: Felaktig faktura {INV}

Hej,

Jag har fått en faktura på {AMT} för ett abonnemang som jag sa upp redan i {MONTH}. Uppsägningen bekräftades av {Gi#2} hos er kundtjänst (ärende {CASE}). Jag bestrider fakturan och vill att ni makulerar den och stoppar eventuell påminnelse.

Mitt kundnummer är {CUST} och jag nås på {PH}.

Mvh
{P#1}
{AL}
""",
    """
Hej!
Jag kommer inte in på mitt konto, det står att kontot är låst efter för många inloggningsförsök. Användarnamnet är {E#1}. Mitt personnummer är {PNR} om ni behöver det för att verifiera mig.
/{G#1}

Skickat från min iPhone
""",
    """
Intern anteckning – {P#1} ({ST})
Ringde in {DATE} kl. {TIME}. Kunden uppger att BankID-inloggningen inte fungerar i appen. Har låst upp kontot och skickat en ny aktiveringslänk till {E#1}. Vill bli uppringd på {PH} om det strular igen.
/{I#2}
""",
    """
Reklamation – order {ORDER}

Hej {SHOP}!
Jag fick leverans av {PROD} i tisdags men kartongen var sönder och produkten har en spricka i locket. Bifogar tre bilder. Jag vill ha en ny skickad till samma adress:

{P#1}
{STL}

Telefon dagtid: {PH}

Hälsningar {G#1}
""",
    """
[Eskalering] {TICKET}
Till: 2nd line / {P#1}
Från: {P#2}, kundtjänst
Kunden {P#3} har ringt fyra gånger om samma sak: dubbeldragning på kortet ({AMT} två gånger {DATE}). Kunden är upprörd och vill ha svar i dag. Nås på {PH} efter kl. 16 eller på {E#3}.
""",
    """
Din order {ORDER} är redo att hämtas!

Hej {GU#1},
Din beställning finns nu att hämta hos {SHOP}, {A}. Ta med giltig legitimation. Ska någon annan hämta behöver hen visa fullmakt och din legitimation.

Hämtas av: {P#1}
Sista hämtdag: {DATE}
""",
    """
Adressändring
Kundnr: {CUST}
Namn: {P#1}
Gammal adress: {A}
Ny adress: {A}
Gäller från: {DATE}
Mobil: {PH}
""",
    """
Hej igen {G#1},

Jag har pratat med vår leverantör och tyvärr är {PROD} restnoterad till vecka {WEEK}. Du kan välja att vänta, byta till en annan modell eller häva köpet och få pengarna tillbaka. Svara bara på det här mejlet med vad du föredrar.

Med vänlig hälsning
{P#2}
Kundtjänst – {SHOP}
{PHF} | {MAILF}
""",
    """
Ticket {TICKET}: kund kan inte logga in
Kund: {R#1}, personnr {PNR}
Kontrollerat: mejladressen i systemet var felstavad ({E#1}). Rättat och skickat återställningslänk. Kunden bekräftade per telefon ({PH}) att det fungerar.
Stängd av {G#2} {DATE}
""",
    # HR: recruitment, interviews, references, sick leave, VAB, parental leave, salary, on/offboarding.
    """
Hej {G#1},

Tack för din ansökan till tjänsten som lagerledare hos {FIRM}. Vi vill gärna träffa dig för en intervju {DAY} den {DATE} kl. {TIME} på vårt kontor, {A}. Fråga efter {P#2} i receptionen.

Hör av dig om tiden inte passar.

Med vänlig hälsning
{P#3}
Rekryterare
{PHF}
{E#3}
""",
    """
Referenstagning – {P#1}
Referens: {P#2}, tidigare närmaste chef på {FIRM}, tel. {PH}
Tillfrågad {DATE}. Enligt {S#2} var {G#1} noggrann, lösningsorienterad och omtyckt av kunderna. {Gs#1} svaghet: tar ibland på sig för mycket. Skulle anställa igen: ja.
Antecknat av: {I#3}
""",
    """
Hej {G#1}! Jag är tyvärr sjuk idag, feber och halsont. Har sjukanmält mig i systemet. Kan {G#3} ta min tur i kassan? Nycklarna ligger i {Gs#1} fack. /{G#2}
""",
    """
Hej, {G#1} här. VAB idag, {g#2} har magsjuka 🤢 och {gs#3} förskola är stängd. Jobbar hemifrån om det går, ringer in på mötet kl {TIME}.
""",
    """
Ansökan om föräldraledighet
Namn: {P#1}
Personnummer: {PNR}
Anställningsnummer: {EMP}
Avdelning: Ekonomi
Period: {DATE} – {DATE}, 75 %
Barnets förnamn: {G#2}
Närmaste chef: {P#3}
""",
    """
Hej {G#1},

Inför årets lönerevision har du fått en kallelse till lönesamtal med {P#2} den {DATE} kl. {TIME} i rum {ROOM}. Förbered dig gärna genom att fylla i underlaget i HR-portalen senast veckan innan.

Frågor om lönekriterierna kan du ställa till mig.

Hälsningar
{P#3}
HR-partner
""",
    """
Välkommen till {FIRM}, {G#1}!

Din första dag är {DAY} den {DATE}. {P#2}, som blir din fadder, möter dig i entrén på {ST} kl. 09.00.
Ta med: legitimation och kontonummer för lön.
Ditt IT-konto: {E#1} (tillfälligt lösenord skickas via sms till {PHM}).
HR-kontakt: {P#3}, {PHF}
""",
    """
Avslut av anställning – {R#1}
Sista arbetsdag: {DATE}
Återlämnas: dator (inventarienr {NUM}), passerkort, mobiltelefon
Slutlön betalas ut den 25:e. Ny adress för lönebesked och intyg:
{ALX}
Ansvarig chef: {I#2}
""",
    """
Hej alla!

Som ni vet slutar {P#1} hos oss efter fjorton år 😢 Vi ses på fredag kl. 15 i fikarummet för tårta och avtackning. {Gs#1} sista dag är den 31:a. Swisha gärna en slant till presenten till {G#2} på {PHM} senast torsdag!

/{G#2}
""",
    """
Kandidater – Projektledare (ref {CASE})
1. {R#1} – stark teknisk bakgrund, går vidare till intervju 2
2. {R#2} – bra case, något kort erfarenhet
3. {R#3} – har dragit tillbaka sin ansökan
Intervjupanel: {G#4}, {G#5} och HR-partner {P#6}
""",
    """
TJÄNSTGÖRINGSINTYG

{P#1:f}, {PNR}, har varit anställd hos {FIRM}, org.nr {ORG}, som undersköterska under perioden {DATE} 2019 – {DATE} 2027 med en sysselsättningsgrad om 80 %.

{G#1} har skött sina arbetsuppgifter mycket väl och vi önskar henne lycka till.

{TOWN} den {DATE}

{P#2}
Enhetschef
""",
    """
hej {g#1}, vet du om {s#2} har lämnat in läkarintyget? det är dag 8 idag och lönen behöver veta innan fredag
""",
    """
Rehabmöte {DATE}
Närvarande: {P#1} (medarbetare), {P#2} (närmaste chef), HR-chef {P#3}, {P#4} från företagshälsovården
{G#1} har varit sjukskriven på heltid sedan {MONTH}. Enligt {Ss#4} bedömning är prognosen god. Plan: arbetsträning 25 % från {DATE}, anpassade arbetsuppgifter. Uppföljning om fyra veckor.
Anteckningar: {I#3}
""",
    """
ANSTÄLLNINGSAVTAL
Arbetsgivare: {FIRM}, org.nr {ORG}, {BOX}
Arbetstagare: {F#1}, {PNR}
Adress: {A}
Befattning: Kundtjänstmedarbetare
Anställningsform: Provanställning, sex månader från {DATE}
Lön: {SAL} per månad
Underskrifter: ______________ ({P#2}, VD)   ______________ ({P#1})
""",
    """
Tjena {G#1}!
Vi har fått in en spontanansökan från en {P#2} som verkar passa för vikariatet på lagret. CV:t bifogat. Kan du ringa hen på {PH}? Hen har kört sex år för {Ss#4} Åkeri och bor i {TOWN}, men kan tänka sig att pendla.
/{N#3}
""",
    # Health: primary care, dental, physiotherapy, referrals, lab results, prescriptions, 1177.
    """
Journalanteckning
Patient: {RU#1}  {PNR}
Vårdcentralen {VC}, {DATE}
Besöksorsak: Hosta sedan tre veckor.
Anamnes: Icke-rökare. Arbetar som lärare. Sambon {G#2} har haft liknande besvär.
Status: AT gott. Cor: RR, inga blåsljud. Pulm: ua. Temp 37,4.
Bedömning: Postinfektiös hosta.
Åtgärd: Åter vid försämring.
{P#3}, leg. läkare
""",
    """
REMISS
Till: Fysioterapin, {VC}
Från: Dr {S#1}, Vårdcentralen {VC}
Patient: {P#2}, {PNR}
Adress: {A}    Tel: {PH}
Frågeställning: Smärta i vänster knä efter fall på is för två veckor sedan. Önskar bedömning och träningsprogram.
""",
    """
Meddelande från Vårdcentralen {VC} via 1177

Hej {G#1}!
Dina provsvar från {DATE} är klara. Blodvärdet (Hb) var 128 g/L, vilket är normalt. Även sköldkörtelprovet (TSH) var normalt, så ingen åtgärd behövs.

Vänliga hälsningar
{P#2}, distriktssköterska
""",
    """
Påminnelse från Folktandvården {VC}, {ST}: {G#1}, du har tid för undersökning hos tandhygienist {P#2} {DAY} {DATE} kl {TIME}. Av- eller ombokning senast 24 timmar innan på {PHF}. Uteblivet besök debiteras med 450 kr.
""",
    """
Recept utfärdat {DATE}
Patient: {P#1} ({PNR10})
Läkemedel: Omeprazol 20 mg, 1 kapsel dagligen, 100 st
Förskrivare: {P#2}, leg. läkare
Arbetsplats: Vårdcentralen {VC}, arbetsplatskod {NUM}
""",
    """
Fysioterapi – besöksanteckning
{P#1}, {PNR}
Besök 3 av 8. Pat. gör hemövningarna dagligen, smärta VAS 4 (tidigare 7). Ökar belastningen i knäböj.
Nästa besök {DATE} hos {G#2}.
Sign. {I#2}, leg. fysioterapeut
""",
    """
Hemtjänst – genomförandeplan
Brukare: {P#1}, {PNRO}
{AL}
Anhörig: dottern {P#2}, {PH}
Nyckel: finns i nyckelgömma vid ytterdörren
Insatser: morgon- och kvällsbesök, dusch tisdagar, matleverans från kommunens kök
Kontaktman: {P#3}
""",
    """
EPIKRIS
{U#1}   {PNR}
{AL}
Inskriven: {DATE}   Utskriven: {DATE}
Diagnos: Lunginflammation, högersidig.
Förlopp: Behandlad med antibiotika intravenöst i tre dygn, därefter tabletter. Feberfri sedan dag 3.
Uppföljning: Kontroll hos egen läkare om 6 veckor.
Kopia till: Vårdcentralen {VC}, Dr {P#2}
Ansvarig läkare: {P#3}
""",
    """
Barnhälsovården {VC}
Barn: {P#1}, {PNRC}
Vårdnadshavare: {P#2}, {P#3}
Adress: {A}
Besök: 18-månaderskontroll {DATE}. Längd och vikt följer kurvan. Vaccination MPR given i vä lår.
BVC-sjuksköterska {P#4}
""",
    """
Läkarintyg för sjukpenning
Patient: {F#1}, {PNR12}
Diagnos: Utmattningssyndrom (F43.8)
Nedsättning av arbetsförmåga: 100 % från {DATE} till {DATE}
Intygsskrivande läkare: {P#2}, Vårdcentralen {VC}, tel {PHF}
""",
    """
Hej! Bekräftelse på din bokning {DATE} kl {TIME} hos naprapat {P#1}, {A}. Avboka senast 24 h innan på {PH}. Välkommen! /{CLINIC}
""",
    """
Hej {G#1},
Jag har fortfarande ont i ryggen efter besöket hos Dr {S#2} förra veckan och tabletterna hjälper inte. Kan jag få en ny tid, helst efter kl. 15?
Mvh {P#3} ({PNR})
""",
    """
Provsvar – {R#1}
Beställare: {P#2}, leg. läk.
Provtagning: {DATE} kl. {TIME}
P-Glukos 6,1 mmol/L   HbA1c 44 mmol/mol   B-Hb 141 g/L
Kommentar: Gränsvärde HbA1c, ny kontroll om 3 mån. Brev skickat till patientens adress, {A}.
""",
    # Chat between colleagues and friends: lower case, nicknames, one-word names, emoji.
    """
[09:02] {n#1}: har nån sett {g#2:f} idag?
[09:05] {n#3}: hon e hemma m sjukt barn
[09:06] {n#1}: ok 👍 då tar jag mötet med {s#4} själv
""",
    """
{G#1}: Middag hos oss lördag? {a} kl 19 🍝
{G#2}: jaaa! tar med vin
{G#3}: kan {n#4} hänga med också?
{G#1}: klart!
""",
    """
tja {n#1}! kan du hämta {g#2} på förskolan idag? sitter fast i möte till 17 😬 ring {PH} om nåt
""",
    """
@{g#1} kan du kolla ärende {TICKET}? kunden ({P#2}) har ringt tre gånger nu 🙈
""",
    """
flyttlasset går från {a} till {a} kl 9 imorrn, {n#1} har hyrt släp ({REG}) 🚚 vi ses där! /{g#2}
""",
    """
var på {gs#1} 40-årsfest igår, {n#2} spelade gitarr hela natten 😂 {g#3} somnade i soffan kl 23
""",
    """
{G#1}: kommer du?
{G#2}: 5 min
{G#1}: 👍
{G#2}: {g#3} är också på väg
""",
    """
Swisha till {G#1} {PHM} – 340 kr var för maten 🙏 tack för ikväll!
""",
    """
{g#1}: vart ska kablarna?
{g#2}: {a} hos {s#3}, ring {PH} innan ni åker
{g#1}: 👌
""",
    """
grattis på födelsedagen {n#1}!! 🎉🎂 hoppas {g#2} bjuder på tårta
""",
    """
{N#1} 10:42
Någon som vet vem som har nyckeln till förrådet?
{R#2} 10:44
{G#3} hade den senast tror jag
{N#1} 10:45
tack!
""",
    """
hej {g#1}! {g#2} här, jag har bytt nummer: {PHM}. spara gärna 😊
""",
    # Invoices and payment reminders: firms and sole traders, bankgiro, OCR, org numbers.
    """
{Ps#1} Måleri
Org.nr {ORG} · Bankgiro {BG} · Godkänd för F-skatt
{A}
Tel {PH} · {E#1}

FAKTURA nr {INV}
Fakturadatum: {DATE}    Förfallodatum: {DATE}
Kund: {P#2}
{AL}
Kundnr: {CUST}

Målning av fasad, 42 tim à 550 kr      {AMT}
ROT-avdrag 30 %                         −{AMT}
Att betala: {AMT}
OCR: {OCR}
""",
    """
BETALNINGSPÅMINNELSE

{U#1}
{AL}

Vi har inte fått betalt för faktura {INV} på {AMT} som förföll {DATE}. Betala senast {DATE} till bankgiro {BG} och ange OCR-nummer {OCR}. En påminnelseavgift på 60 kr tillkommer.

Frågor? Ring {PHF} eller mejla {MAILF}.
{SHOP}, org.nr {ORG}
""",
    """
INKASSOKRAV – ärende {CASE}
Gäldenär: {P#1}, {PNR}
{AL}
Uppdragsgivare: {SHOP}
Kapitalbelopp {AMT}, ränta och inkassoavgift 180 kr.
Betala till bankgiro {BG}, OCR {OCR}, senast {DATE}. Har du invändningar ska du kontakta oss inom 8 dagar på {PHF}.
Handläggare: {P#2}
""",
    """
Faktura {INV}
Vår referens: {P#1}
Er referens: {P#2}
Leveransadress: {A}
Fakturaadress: {BOX}

Konsulttjänster {MONTH}, 32 h        {AMT}
Moms 25 %                            {AMT}
Summa att betala                     {AMT}
Plusgiro {PG} · Org.nr {ORG}
""",
    """
{SU#1} BYGG & SNICKERI
Innehar F-skattsedel · Org.nr {ORG}

Faktura till:
{P#2}
c/o {P#3}
{AL}

Byte av altangolv enligt offert {NUM}. Arbete {AMT}, material {AMT}.
Betalas inom 30 dagar till bankgiro {BG}, ange fakturanummer {INV}.
Frågor: {G#1}, {PH}
""",
    """
Kvitto
{SHOP}, org.nr {ORG}
{DATE} {TIME}   Kassa 3
{PROD}   {AMTS}
Betalt med kort ****{CARD4}
Du betjänades av: {G#1}
Öppet köp 30 dagar. Spara kvittot!
""",
    """
Hej {G#1},
Vi ser att din tandvårdsfaktura {INV} ({AMT}) från {DATE} fortfarande är obetald. Om du redan har betalat kan du bortse från detta. Annars betala till bankgiro {BG} med OCR {OCR}.
Vänliga hälsningar
{P#2}
{CLINIC}
""",
    """
KREDITFAKTURA {INV}
Avser faktura {INV} till {P#1}, {A}
Orsak: Felaktigt debiterad frakt, kreditering {AMT}
Beloppet återbetalas till ditt konto inom 10 bankdagar.
Handläggare {I#2}, {SHOP}
""",
    # School and preschool mail to parents.
    """
Veckobrev v. {WEEK} – klass 3B

Hej alla vårdnadshavare!
Den här veckan har vi arbetat med multiplikation och läst ut vår första kapitelbok. På fredag kommer {P#1} från polisen och pratar trafiksäkerhet.
Glöm inte att boka tid för utvecklingssamtal!

Vänliga hälsningar
{P#2}, mentor 3B
{E#2} · {PH}
{SCHOOL} · {A}
""",
    """
Hej!
{G#1} har feber och är lite hängig, hen behöver hämtas så snart som möjligt. Ring avdelningen på {PH} när ni är på väg.
/{G#2}, Förskolan {FSK}, avd. Humlan
""",
    """
Frånvaroanmälan
Elev: {P#1} ({PNRC})
Klass: 7C
Datum: {DATE}
Orsak: Sjuk
Anmäld av: {P#2} (vårdnadshavare), {PH}
""",
    """
Hej {G#1}!
{G#2} kommer att vara borta tisdag–torsdag nästa vecka, vi åker till {Gs#2} mormor i {TOWN}. Finns det något hen behöver läsa ikapp?
Mvh {P#3}
""",
    """
Kontaktlista 2B (får ej spridas)
{R#1} – {PH} – {E#1}
{R#2} – {PH}
{R#3} – {PH} – {E#3}
{R#4} – {E#4}
""",
    """
Till vårdnadshavare i årskurs 6

Torsdagen den {DATE} åker vi på studiebesök till Tekniska museet. Vi samlas vid skolan kl. {TIME}. Eleverna behöver matsäck och busskort.

Frågor besvaras av klasslärare {P#1}.

Med vänliga hälsningar
Rektor {P#2}
""",
    """
Placeringserbjudande förskola
Barn: {P#1}, {PNRC}
Vårdnadshavare: {P#2}
{AL}
Ni erbjuds plats på Förskolan {FSK} från {DATE}. Svara senast {DATE} i e-tjänsten. Frågor: placeringsenheten {PHF}.
""",
    """
Hej föräldrar i 4A!
Skolsköterskan {P#1} gör hälsosamtal med alla elever i v. {WEEK}. Frågeformuläret ska lämnas in senast fredag. {G#1} nås på {PH} tisdagar och torsdagar.
/{G#2}
""",
    # Insurance and bank letters.
    """
Skadeärende {CASE}
Försäkringstagare: {P#1}
Försäkringsnummer: {POL}
Skadedatum: {DATE}
Skadeadress: {A}
Din handläggare är {P#2}, direktnummer {PHF}. Skicka gärna bilder och kvitton till {MAILF} och ange ärendenumret.
""",
    """
Hej {P#1}!

Ditt nya bankkort skickas inom fem bankdagar till {AL}.
Det gamla kortet slutar fungera när du aktiverat det nya. Har du frågor, ring oss på {PHF}.

Med vänliga hälsningar
{BANK}
""",
    """
Bolånemöte {DATE}
Rådgivare: {P#1}
Låntagare: {P#2}, {PNR} och {P#3}, {PNR}
Objekt: bostadsrätt, {STL}
Köpeskilling {AMTL}, kontantinsats 15 %.
Nästa steg: värdering av mäklare, lånelöfte klart senast {DAY}.
""",
    """
Hej,
Vi har fått en vattenskada i badrummet efter att en slang i tvättmaskinen lossnat. Adressen är {A}. Grannen under, {P#2}, har också fått fukt i taket och {Gs#2} försäkringsbolag är informerat. Vårt försäkringsnummer är {POL}. Nås enklast på {PH}.
Mvh {P#1}
""",
    """
Förmånstagarförordnande
Försäkringstagare: {F#1}, {PNR12}
Förmånstagare: maka/make {P#2}, {PNR12}
I andra hand: barnen {G#3} och {G#4} lika
Ort och datum: {TOWN} {DATE}
""",
    """
Bil: {REG} (Volvo V60)
Ägare: {P#1}, {PNR}
Skada: Stenskott på vindrutan {DATE} på E4 vid {TOWN}.
Verkstad: {GARAGE}, kontaktperson {G#2}, {PH}
Självrisk: {AMT}
""",
    """
Årsbesked pension 2026
{U#1}
{ALX}
Ditt totala pensionskapital: {AMT}. Prognos vid 65 år: {AMT} per månad.
Frågor? Kontakta din rådgivare {P#2} på {PHF}.
""",
    # Meeting notes and minutes.
    """
Protokoll styrelsemöte BRF Lärkan, {DATE}
Plats: föreningslokalen, {ST}
Närvarande: {P#1} (ordf.), {P#2}, {P#3}, {P#4} (sekr.)
§ 1 Mötet öppnades av ordförande {S#1}.
§ 2 Till justerare valdes {G#3}.
§ 3 Överlåtelse av lägenhet 1102 ({ST}) till {P#5} godkändes.
§ 4 Hissbytet startar v. {WEEK}. {G#2} kontaktar hissfirman.
§ 5 {Ss#3} motion om laddstolpar bordlades.
Vid protokollet: {P#4}    Justeras: {P#1}, {P#3}
""",
    """
Teammöte {DATE}
Deltagare: {G#1}, {G#2}, {G#3}, {N#4}
1. Kundfallet {CASE}: {G#2} ringer kunden {P#5} ({PH}) senast fredag.
2. Semesterschema – alla lämnar önskemål till {G#1} före 15/4.
3. Övrigt: {G#3} slutar 31/5, avtackning planeras av {N#4}.
Nästa möte: {DAY} kl. {TIME}
""",
    """
Skyddsrond lager {DATE}
Deltagare: skyddsombud {P#1}, lagerchef {P#2}, {P#3} (HR)
Brister: trasig belysning vid port 4, pall i nödutgång. Åtgärdas av {S#2} senast {DATE}.
""",
    """
Minnesanteckningar – ledningsgrupp
Närvarande: VD {P#1}, CFO {P#2}, HR-chef {P#3}, försäljningschef {P#4}
Frånvarande: {P#5}
- Omorganisationen: {Ss#3} förslag presenteras på nästa möte.
- Kontoret på {ST} sägs upp till årsskiftet.
- Nästa möte {DATE}, sekreterare {G#4}.
""",
    """
Föräldrarådet {DATE}
Närvarande: {R#1}, {R#2}, {R#3}, rektor {P#4}
Diskuterades: skolgårdens belysning, luciafirandet, trafiken på {STN} vid lämning.
{G#2} skriver till kommunen om övergångsstället.
""",
    # Pasted e-mail threads with headers and quoted replies.
    """
Från: {P#1} <{E#1}>
Skickat: {DT}
Till: {P#2} <{E#2}>
Ämne: SV: Leveransen till {ST#9}

Hej {G#2},
Det blir {DAY} förmiddag. Jag ringer när vi är på väg.
/{G#1}

-----Ursprungligt meddelande-----
Från: {P#2}
Skickat: {DT}
Till: {P#1}
Ämne: Leveransen till {ST#9}

Hej! När kommer ni med sängen? Jag är hemma hela veckan. Mitt nummer är {PH}.
Hälsningar {G#2}
""",
    """
Hej {G#1},
Ok, jag fixar det.
/{G#2}

Den {DATE} skrev {P#1} <{E#1}>:
> Hej {G#2}!
> Kan du skicka offerten till {P#3} på {FIRM}? Hens mejl är {E#3}.
> Tack!
> {G#1}
""",
    """
Från: {SHOP} <{MAILF}>
Datum: {DT}
Till: {E#1}
Ämne: Ditt ärende {TICKET} har uppdaterats

Hej {G#1},
{P#2} har svarat på ditt ärende:
"Vi har nu krediterat fakturan. Du behöver inte göra något mer."
Svara ovanför den här raden för att lägga till en kommentar.
""",
    """
VB: Nya rutiner för sjukanmälan

Hej alla, vidarebefordrar från {G#1}. Läs igenom!
/{G#2}

Från: {P#1}
Skickat: {DT}
Till: Alla medarbetare
Ämne: Nya rutiner för sjukanmälan
Från och med 1 maj sjukanmäler ni er via appen eller på {PHF} före kl. 08.00. Frågor till HR, {MAILHR}.
""",
    """
Från: {P#1}
Till: {P#2}; {P#3}
Kopia: {E#4}
Ämne: Intervjuer v. {WEEK}

Hej båda,
Jag har bokat in {P#5} på tisdag kl. {TIME} och {P#6} på onsdag kl. {TIME}. {G#3}, kan du ta referenserna på {S#5}?
/{G#1}
""",
    """
> {DAY} {DATE} {TIME} skrev {P#1}:
> Finns det plats kvar på kursen i mars?
Hej {G#1}! Ja, två platser kvar. Jag har bokat dig. Bekräftelse kommer till {E#1}.
Vänligen, {P#2}
""",
    """
Hej!
Vi har fått ditt meddelande om ändrad adress. Från och med {DATE} skickar vi all post till:
{COL}
Stämmer inte detta, ring oss på {PHF}.
/{BANK}
""",
    """
Skicka paketet till {CO}. Jag bor hos hen tills vi får nyckeln till lägenheten. /{G#1}
""",
)


# --- English: the same genres as teams in Sweden get them from abroad and write them in English ---

EN = _t(
    # Support
    """
Ticket {TICKET} – Return request
Customer: {P#1}
Order: {ORDER}
Shipping address: {AEN}
Phone: {PHEN}
Email: {E#1}
Notes: Wrong size delivered (M instead of L). Customer wants an exchange, not a refund.
Assigned to: {G#2}
""",
    """
Hi {G#1},

Thanks for getting in touch. I've checked your order {ORDER} and it looks like the parcel ({TRACK}) was returned to our warehouse because the address was incomplete. I've updated it to:

{AUL}

and re-sent it at no extra cost. You should have it within 3–5 working days.

Kind regards,
{P#2}
Customer Care, {SHOP}
""",
    """
Subject: Disputed charge on invoice {INV}

Hello,

I was charged {GBP} for a premium plan I never signed up for. I spoke to {Gi#2} on the phone on {DATEEN} and was promised a refund within a week, but nothing has happened. Please cancel the charge and confirm by email.

Account number: {CUST}

Regards,
{P#1}
{PHEN}
""",
    """
Hi there, I'm locked out of my account after a password reset went wrong. My login is {E#1}. Could someone call me on {PHEN}? Thanks, {G#1}
""",
    """
Internal note ({DATEEN}): spoke with {P#1} re: missing delivery. Courier says left with neighbour at {AEN} – customer says no one lives there. Raised claim {CASE} with courier. Callback promised before 5 PM. – {I#2}
""",
    """
Live chat transcript
{G#1}: hi, my order says delivered but I don't have it
Agent {G#2}: I'm sorry to hear that, {G#1}! Can you confirm your postcode for me?
{G#1}: {AU}
Agent {G#2}: Thank you. The driver's photo shows the parcel at a different door. I'll send a replacement today.
""",
    """
Escalation – {TICKET}
From: {P#1} (Tier 1)
To: {P#2} (Billing)
Customer {P#3:f} has been double-charged {USD} for March. Already verified with the bank statement she sent. She asks for a call back at {PH} – she's in Sweden, so mornings our time are best.
""",
    # HR
    """
Dear {G#1},

Thank you for applying for the Data Analyst position at {FIRM}. We'd like to invite you to a video interview on {DAYEN}, {DATEEN} at {TIME} CET with {P#2} (Head of Analytics) and me.

Please confirm by replying to this email.

Best regards,
{P#3}
Talent Acquisition
{E#3}
""",
    """
Reference check – {P#1}
Referee: {P#2}, former line manager at {FIRM}, {PHEN}
Date: {DATEEN}
Comments: {G#1} was reliable, great with clients, and led the migration project. {G'#1} only weakness: documentation. Would rehire: yes.
Taken by: {I#3}
""",
    """
Hi {G#1}, I won't make it in today – I've come down with a fever. I've logged it in the HR system. {G#3} can cover the 10 o'clock call. Sorry! {G#2}
""",
    """
Hi team,

A quick reminder that {P#1} is on parental leave from {DATEEN} until the end of the year. Please send anything urgent for {G'#1} accounts to {P#2} instead ({E#2}).

Thanks,
{G#3}
""",
    """
Salary review 2027 – confidential
Employee: {F#1}
Employee ID: {EMP}
Manager: {P#2}
Current salary: {SAL} per year
Proposed increase: 4.5%
HR partner: {P#3}
""",
    """
Welcome aboard, {G#1}!

Your first day is {DAYEN}, {DATEEN}. Please come to reception at {AU} at 9:00 and ask for {P#2}, your onboarding buddy.
Your laptop and badge will be ready. Your new email address is {E#1}.

See you soon,
{P#3}, People Team
""",
    """
Leaving drinks for {P#1}! 🥂
After 9 years {G#1} is off to pastures new – {G'#1} last day is Friday. Join us Friday from 5 PM at the Red Lion, {AU}. Card and collection are with {G#2} in Finance – or send to {G#2} directly at {E#2}.
""",
    """
Offboarding checklist – {R#1}
Last day: {DATEEN}
Return: laptop (asset {NUM}), badge, phone
Forwarding address for P45: {AUL}
Manager sign-off: {I#2}
""",
    """
Shortlist – Senior Engineer (req {CASE})
1. {R#1} – strong on backend, second interview booked
2. {R#2} – great culture fit, less cloud experience
3. {R#3} – withdrew
Panel: {G#4}, {G#5}, {P#6} (HR)
""",
    # Health
    """
Dear Dr {S#1},

Re: {P#2:m}, DOB {DOB}, Hospital No. {CUST}
{AUL}

Thank you for seeing this 54-year-old man with a three-month history of exertional chest pain. ECG today shows no acute changes. I would be grateful for your assessment in the rapid-access chest pain clinic.

Yours sincerely,
Dr {P#3}
{CLINIC}
""",
    """
Appointment reminder: {G#1}, you have an appointment with {P#2} (physiotherapist) on {DAYEN} {DATEEN} at {TIME}. To cancel or rebook call {PHUK}. {CLINIC}
""",
    """
Patient: {RU#1}
Seen by: {P#2}, dental hygienist
Date: {DATEEN}
Notes: Scale and polish. Mild gingivitis lower anterior. Advised interdental brushes. Recall 6 months.
""",
    """
Lab results – {R#1}
Requested by: Dr {S#2}
Collected: {DATEEN}
Hb 132 g/L   WBC 6.1   CRP <5   Ferritin 18 (low)
Comment: Iron deficiency, start supplements and repeat in 3 months. Patient informed by phone ({PHUK}).
""",
    """
Hi {G#1}, this is {P#2} from {PHARMACY}. Your prescription is ready to collect. We're open until 6 PM. Reply STOP to opt out.
""",
    """
Discharge summary
Name: {U#1}
Address: {AEN}
Admitted: {DATEEN}   Discharged: {DATEEN}
Diagnosis: Community-acquired pneumonia
Follow-up: GP review in 6 weeks. Next of kin: {P#2} ({PHEN}).
Consultant: Dr {P#3}
""",
    # Chat
    """
{n#1}: anyone seen {g#2} today?
{n#3}: wfh, {g'#2} little one is sick
{n#1}: ok I'll take the call with {s#4} then 👍
""",
    """
[14:31] {G#1}: @{g#2} can you look at {TICKET}? customer ({P#3}) has called 3x 🙈
[14:33] {G#2}: on it
""",
    """
{N#1}: drinks at mine Sat? {au} from 7 🍕
{N#2}: yesss, bringing {g#3}
{N#1}: 🙌
""",
    """
happy birthday {n#1}!!! 🎂🎉 tell {g#2} to save me some cake
""",
    """
{G#1}: where are you?
{G#2}: 5 min, parking
{G#1}: 👍 {G#3} is here already
""",
    """
hey {g#1}, it's {g#2} – new number: {PHEN}, save it 😊
""",
    # Invoices
    """
{S'#1} Plumbing & Heating
{AU}
Tel {PHUK} · {E#1}
VAT reg. GB {VAT}

INVOICE {INV}
Date: {DATEEN}
Bill to: {P#2}, {AU}

Replace boiler pump – labour 3h     {GBP}
Parts                               {GBP}
Total due                           {GBP}
Payment within 14 days. Quote {INV} as reference.
""",
    """
PAYMENT REMINDER
{M#1}
{AUSL}

Our records show that invoice {INV} for {USD}, due {DATEEN}, remains unpaid. Please pay within 10 days to avoid a late fee. Questions? Call {PHUS} or email {MAILF}.
{SHOP}
""",
    """
Invoice {INV}
Our reference: {P#1}
Your reference: {P#2}
Delivery address: {AX}
Consulting services, March – 24h        {EUR}
VAT reverse charge
Account manager: {G#1}, {PHX}
""",
    """
Receipt
{SHOP}
{DATEEN} {TIME}
{PROD}   {GBP}
Card ending {CARD4}
You were served by {G#1}. Thank you!
""",
    # School
    """
Dear Parents and Carers,

Year 4 will visit the Science Museum on {DAYEN} {DATEEN}. Please return the consent slip to {P#1} by Friday. Children need a packed lunch.

Many thanks,
{P#2}
Headteacher, {SCHOOL}
""",
    """
Hi {G#1}, {G#2:f} has a slight temperature and is asking for you. Could you or another carer pick her up? Please call the office on {PHUK}. Thanks, {G#3} (Bluebell Room)
""",
    """
Absence note
Pupil: {P#1}, Class 6R
Date: {DATEEN}
Reason: Dental appointment
Parent: {P#2}, {PHUK}
""",
    """
Class contact list – Reception B (please don't share)
{R#1} – {PHUK} – {E#1}
{R#2} – {PHEN}
{R#3} – {E#3}
""",
    # Insurance and bank
    """
Claim reference {CASE}
Policyholder: {M#1}
Policy number: {POL}
Date of loss: {DATEEN}
Property: {AEN}
Your claims handler is {P#2} – direct line {PHEN}. Please upload photos and receipts to your online account.
""",
    """
Dear {P#1},

Your new debit card will be sent to {AUSL} within 5 business days. If you did not request a new card, call us immediately on {PHUS}.

Sincerely,
{BANK}
""",
    """
Mortgage meeting {DATEEN}
Adviser: {P#1}
Applicants: {F#2} and {F#3}
Property: {AU}
Purchase price {GBPL}, deposit 10%. Next step: valuation, then offer.
""",
    # Minutes
    """
Minutes – Residents' Association, {DATEEN}
Present: {P#1} (Chair), {P#2} (Treasurer), {P#3}, {P#4} (Secretary)
Apologies: {P#5}
1. Bins on {STN} – {S#3} to contact the council.
2. Treasurer's report: balance {GBP}.
3. AOB: {G#2} is stepping down at the AGM.
4. {S'#5} proposal for a summer party was approved.
""",
    """
Weekly sync – {DATEEN}
Attendees: {G#1}, {G#2}, {N#3}, {G#4}
- Customer escalation {CASE}: {G#2} to call {P#5} ({PHEN}) by Friday.
- Hiring: {G#1} to send the offer to {P#6}.
- Next sync: {DAYEN} at {TIME}.
""",
    """
Board meeting notes
Present: CEO {P#1}, CFO {P#2}, Head of HR {P#3}
- Q1 numbers approved.
- Office move to {AX} confirmed for September.
- Action: {I#2} to circulate the budget by {DATEEN}.
""",
    # Threads
    """
From: {P#1} <{E#1}>
Sent: {DTEN}
To: {P#2} <{E#2}>
Subject: RE: Delivery to {STN#9}

Hi {G#2},
Thursday morning works. I'll call when we're on our way.
{G#1}

-----Original Message-----
From: {P#2}
Sent: {DTEN}
To: {P#1}
Subject: Delivery to {STN#9}

Hi! When will you deliver the desk? I'm at home all week – my number is {PHEN}.
Thanks, {G#2}
""",
    """
Sounds good, thanks!

On {DTEN}, {P#1} <{E#1}> wrote:
> Hi {G#2},
> Could you send the quote to {P#3:f} at {FIRM}? Her email is {E#3}.
> Cheers,
> {G#1}
""",
    """
---------- Forwarded message ---------
From: {P#1} <{E#1}>
Date: {DTEN}
Subject: Change of address
To: {MAILF}

Hi, please update my address to {AEN} from next month. My account number is {CUST}.
Best, {G#1}
""",
    """
From: {P#1}
To: {P#2}; {P#3}
Cc: {E#4}
Subject: Interviews next week

Hi both,
I've booked {P#5} for Tuesday at {TIME} and {P#6} for Wednesday. {G#3}, can you do the reference for {S#5}?
Thanks, {G#1}
""",
    """
Hi {G#1},

We've unlocked your account. For security we've sent a reset link to {E#1}; it expires in 24 hours. If you didn't ask for this, call our fraud line on {PHF} straight away.

{P#2}
Account Security Team
""",
    """
Little Acorns Nursery – staff for the autumn term
Room leader (Acorns): {P#1}
Deputy: {P#2}
SENCo: {P#3}
Manager: {P#4}, {PHUK}, {E#4}
""",
    """
{G#1}: did you hear {G#2} and {G#3} are moving to {TOWN}?
{G#4}: no way! when?
{G#1}: end of May, {g'#2} new job at the hospital starts in June
""",
    """
Please send the parcel to me, c/o {P#2}, {AUL}. I'm staying there until the move. – {G#1}
""",
)


# --- Mixed: Swedish and English switching inside the text, as teams in Sweden write ---

MIXED = _t(
    # Support
    """
Hi {G#1}!

Tack för ditt mejl och sorry för det sena svaret. We've checked order {ORDER} – paketet ligger kvar hos PostNord i {TOWN}. Jag har bett dem skicka det vidare till {A} istället.

Best regards / Vänliga hälsningar
{P#2}
Customer Support, {SHOP}
{PHF}
""",
    """
Ticket {TICKET}
Customer: {P#1} (English speaking)
Issue: kan inte logga in med BankID, locked out since {DATE}
Action: verifierat med personnummer {PNR}, unlocked account, new link sent to {E#1}
Callback: {PH} efter 15
Agent: {I#2}
""",
    """
[10:12] {g#1}: kan nån ta en customer i engelska kön? {P#2}, billing issue, double charge {AMTS}
[10:13] {g#3}: I got it 👍
[10:13] {g#1}: tack {g#3}!
""",
    """
Hej {G#1},
Thanks for your return! Vi har fått tillbaka {PROD} och refunden på {AMTS} kommer inom 5 bankdagar. If you have any questions, just reply here eller ring {PHF}.
/{G#2}, Kundservice
""",
    """
Internal note: spoke with {P#1} – hen bor på {A} men leveransen gick till gamla adressen på {STN}. Courier claim {CASE} opened. Customer wants sms on {PH} when resent. /{G#2}
""",
    """
Subject: Faktura {INV} – wrong amount?

Hej,
I received an invoice på {AMT} but my plan is 199 kr/mån. Kan ni kolla? My customer number is {CUST}.

Thanks,
{P#1}
{PH}
""",
    """
Escalation {TICKET}: kund {P#1} says the delivery to {ST} never arrived. Driver {G#2:m} claims he left it vid dörren. Need decision from {P#3} (Team Lead) idag. Kund nås på {PH} / {E#1}.
""",
    # HR
    """
Hej {G#1} / Hi {G#1},

Välkommen till {FIRM}! Your first day is {DAY} {DATE}. {P#2} möter dig i receptionen på {ST} kl. 9 and will show you around.
IT-konto: {E#1}

Vi ses!
{P#3}, HR
""",
    """
Hi {G#1},

Vi vill gärna bjuda in dig till en intervju för tjänsten som Backend Developer. Would {DAY} {DATE} at {TIME} work? Intervjun hålls på engelska med {P#2} (CTO) och {P#3} (Team Lead), på vårt kontor {A}.

Best,
{P#4}
Talent Acquisition
""",
    """
Hej {G#1}, I'm home with VAB today – {g#2} har feber 🤒 I'll join the standup på Teams. /{N#3}
""",
    """
Referenstagning / reference check – {P#1}
Referee: {P#2}, Engineering Manager at {FIRM}, {PHX}
Samtal {DATE}: "{G#1} is one of the best developers I've worked with." Svag punkt: dokumentation. Would rehire: yes.
/{I#3}
""",
    """
Parental leave – föräldraledighet
Name: {F#1}
Personnummer: {PNR}
Period: {DATE} – {DATE} (50 %)
Manager: {P#2}
HR approval: {I#3}
""",
    """
Hej allihop!
{P#1} is leaving us efter 6 fantastiska år 😢 {Gs#1} sista dag är fredag. Farewell fika on Friday kl. 14 in the big kitchen. Swisha en slant till presenten to {G#2}: {PHM} 🎁
""",
    """
Lönerevision 2027 – salary review
Employee: {R#1} ({EMP})
Manager: {P#2}
Current: {SAL}/mån
Proposal: +3,8 %
Comment: strong year, led the migration. Diskuteras med HR-chef {P#3}.
""",
    """
Offboarding – {P#1}
Last day / sista dag: {DATE}
Return laptop och passerkort to {G#2} at reception.
Forwarding address for tax documents:
{AXL}
""",
    """
hej {g#1}! do you know if {s#2} har skickat in sitt sjukintyg? payroll needs it innan fredag
""",
    # Health
    """
Meddelande via 1177 / Message via 1177

Hej {G#1}! Your test results from {DATE} are normal. Dina blodvärden ser bra ut och ingen uppföljning behövs.

Vänliga hälsningar / Kind regards
{P#2}, leg. sjuksköterska
Vårdcentralen {VC}, {A}
""",
    """
Remiss / Referral
Patient: {P#1}, {PNR} (English speaking, tolk ej nödvändig)
Address: {A}, tel {PH}
Question: persistent knee pain after skiing injury, önskar ortopedbedömning.
Från Dr {S#2}, Vårdcentralen {VC}
""",
    """
Hi {G#1}, det här är en påminnelse om din tid hos tandläkare {P#2} on {DAY} {DATE} at {TIME}. Avbokning senast 24 h before: {PHF}. /{CLINIC}
""",
    """
Journalanteckning
Pat: {P#1}, {PNR}
Pat. talar engelska. Reports headache for 2 weeks, worse in the morning. Inga fokala neurologiska bortfall. BT 138/86.
Plan: blodprover, åter om 2 v. Patient informed in English.
{P#2}, ST-läkare
""",
    """
Prescription / recept
Patient: {P#1}, {PNR10}
Ibuprofen 400 mg, 1x3 vid behov
Prescriber: Dr {P#2}
Pharmacy pickup: {PHARMACY}, {A}
""",
    """
Fysio update: {G#1} gör sina övningar varje dag, pain down from 7 to 3. Next session {DAY} with {G#2}. Hemövningar skickade till {E#1}.
""",
    # Chat
    """
{n#1}: lunch? 🍜
{n#2}: yes! 12? {n#3} joinar också
{n#1}: 👍 vi ses vid hissen
""",
    """
{g#1}: hur gick mötet med {s#2}?
{g#3}: honestly pretty good, de vill ha en offert by Friday
{g#1}: nice 🙌 ping {g#4} om pricing
""",
    """
grattis {n#1}!! happy birthday 🎉🎂 hoppas {g#2} spoils you today
""",
    """
{G#1}: Are you coming to the afterwork?
{G#2}: ja! kommer med {g#3} ca 18
{G#1}: perfect, vi sitter på övervåningen
""",
    """
hey {g#1}, {g#2} här – new number: {PHM}. uppdatera gärna 🙏
""",
    """
@{g#1} kan du kolla PR:en? {P#2} from the Oslo team needs it merged before EOD 🙏
""",
    """
middag hos oss lördag? {a}, 7 pm 🍝 bring {n#1:f} if she's free!
""",
    # Invoices
    """
{Ps#1} Konsult
Org.nr {ORG} · Bankgiro {BG} · F-skatt

INVOICE / FAKTURA {INV}
Date: {DATE}    Due / förfaller: {DATE}
Bill to: {FIRM}, att. {P#2}
{BOX}

Development services, March – 40 h     {AMT}
Moms / VAT 25 %                        {AMT}
Total att betala                       {AMT}
OCR: {OCR}
Contact: {E#1}, {PH}
""",
    """
Payment reminder / betalningspåminnelse
{P#1}
{AL}
Invoice {INV} ({AMT}) was due {DATE}. Vänligen betala till bankgiro {BG} med OCR {OCR}. Questions: {MAILF}.
""",
    """
Hej {G#1},
Can you approve the invoice from {FIRM}? Fakturanr {INV}, {AMT}, vår referens {P#2}. It's due on Friday och ligger i Fortnox.
/{G#3}
""",
    """
Expense report – utlägg
Employee: {P#1} ({EMP})
Taxi Arlanda–{ST}, {AMTS}
Hotel, {AX}, {EUR}
Approved by: {I#2}
""",
    # School
    """
Dear parents / Kära föräldrar,

Next week klass 2B goes on a field trip till Naturhistoriska riksmuseet. Please return the signed form to {P#1} senast onsdag. Matsäck behövs!

Best regards / Hälsningar
{P#2}, class teacher
""",
    """
Hi! {G#1} har lite feber and would like to go home. Kan någon hämta? Please call us on {PH}. /{G#2}, Förskolan {FSK}
""",
    """
Absence / frånvaro
Pupil: {P#1} (class 5A)
Reason: dentist kl. {TIME}
Reported by: {P#2}, {PH}
""",
    """
Kontaktlista / contact list 3C
{R#1} – {PH}
{R#2} – {PH} – {E#2}
{R#3} – {PHX}
""",
    # Insurance and bank
    """
Skadeärende / claim {CASE}
Policyholder: {P#1}
Försäkringsnummer: {POL}
Address: {A}
Vattenskada i köket, discovered {DATE}. Handläggare {P#2}, {PHF}.
""",
    """
Dear {G#1},
Your new card has been sent to {AL}. Aktivera kortet i appen innan du använder det. If you didn't order a card, call us on {PHF} omedelbart.
{BANK}
""",
    """
Bolånemöte / mortgage meeting {DATE}
Advisor: {P#1}
Clients: {F#2} ({PNR}) and {P#3} ({PNR})
Objekt: radhus, {A}
Next step: värdering, then final offer.
""",
    # Minutes
    """
Protokoll / Minutes – board meeting {DATE}
Present: {P#1} (chair), {P#2}, {P#3}, {P#4} (secretary)
§1 Meeting opened by {S#1}.
§2 Budget 2027 godkändes.
§3 New office on {ST} – {G#2} negotiates the lease.
§4 {Ss#3} förslag om hybridarbete approved.
Justeras: {P#1}, {P#3}
""",
    """
Weekly sync {DATE}
Attendees: {G#1}, {G#2}, {N#3}
- Kundcase {CASE}: {G#2} calls {P#4} ({PH}) innan fredag.
- Hiring: offer skickat till {P#5}.
- Nästa sync {DAY} {TIME}.
""",
    """
Retro notes
Went well: releasen gick smooth, {gs#1} fix räddade fredagen!
Improve: code reviews tar för lång tid
Actions: {G#2} sets up a review rota, {G#3} pratar med {P#4} om staging.
""",
    # Threads
    """
Hej {G#2}, det funkar för mig! /{G#1}

On {DTEN}, {P#2} <{E#2}> wrote:
> Hi {G#1},
> Could we move our meeting to Thursday? I'm in Stockholm then, staying at {A}.
> Best,
> {G#2}
""",
    """
From: {P#1} <{E#1}>
Sent: {DTEN}
To: {P#2}
Subject: SV: Invoice {INV#8}

Hi {G#2},
Jag har kollat med ekonomi – the payment went out today.
/{G#1}

Från: {P#2}
Skickat: {DT}
Till: {P#1} <{E#1}>
Ämne: Invoice {INV#8}
Hi, we haven't received payment for invoice {INV#8}. Could you check? Tel {PHX}.
""",
    """
VB: Visitor on Monday

Hej alla, FYI nedan.
/{G#1}

From: {P#2} <{E#2}>
Subject: Visitor on Monday
Hi, {P#3:f} from our London office visits on Monday. Please meet her at reception, {ST}, at 9.
""",
    """
Från: {P#1}
Till: {P#2}; {P#3}
Ämne: Interviews v. {WEEK}

Hi both,
Jag har bokat {P#4} på tisdag kl. {TIME}. {G#3}, can you take the reference call with {S#4}?
Tack! {G#1}
""",
    """
> On {DATEEN}, {P#1} wrote:
> Is the course in May still open?
Hej {G#1}! Yes, one seat left – jag har bokat dig. Confirmation goes to {E#1}.
Vänligen, {P#2}
""",
    """
Hej {G#1}! Quick question – när är {gs#2} sista dag? We're planning the avtackning 🎈 /{N#3}
""",
    """
Please ship to {COL} – jag bor där tills vidare. Thanks! /{G#1}
""",
)

# --- Negatives: no value in the row, but look-alikes (each used once) ---

NEGATIVES: list[tuple[str, str]] = [
    ("sv", "Påminnelse: fakturan {INV} på {AMT} förfaller {DATE}. Betala till bankgiro {BG} och ange OCR {OCR}.\n{SHOP}, org.nr {ORG}"),
    ("sv", "Tack för din beställning!\nOrdernummer: {ORDER}\nLeveranssätt: hämta hos ombud\nSpårningsnummer: {TRACK}\nBeräknad leverans: {DAY}"),
    ("sv", "standup flyttad till {TIME} idag, rum {ROOM} 👍 ta med kaffe"),
    ("sv", "Sjukanmälan görs före kl. 08.00 första dagen. Från dag 8 krävs läkarintyg. Karensavdrag görs enligt lag. VAB anmäls till Försäkringskassan samma dag."),
    ("sv", "Provsvar {DATE}: P-Glukos 5,4 mmol/L, Hb 135 g/L, CRP <5. Inga avvikelser. Svaret finns även i 1177."),
    ("sv", "Påminnelse: studiedag {DATE}. Fritids har öppet 07.00–17.00. Anmäl behov senast {DAY} i Skolplattformen."),
    ("sv", "Din hemförsäkring {POL} förnyas {DATE}. Ny premie: {AMTS} per år. Självrisk 1 500 kr. Du behöver inte göra något."),
    ("sv", "§ 5 Budgeten för 2027 fastställdes.\n§ 6 Nästa möte hålls {DATE} kl. {TIME} i föreningslokalen.\n§ 7 Ordföranden förklarade mötet avslutat."),
    ("sv", "björn har setts vid sjön i morse, så ta det lugnt på stigen ut till udden 🐻"),
    ("sv", "Vi bor i Linköping men jobbar i Norrköping, så det blir mycket pendling på E4:an."),
    ("sv", "Bilen {REG} står på verkstaden och blir klar {DAY} eftermiddag. Kostnad ca {AMT} inkl. moms."),
    ("sv", "Ärende {CASE} gällande {FIRM} (org.nr {ORG}) är avslutat. Handlingarna arkiveras i tio år."),
    ("sv", "Returen av {PROD} är registrerad. Pengarna betalas tillbaka inom 14 dagar till samma kort."),
    ("sv", "Mötet om löneöversynen flyttas till vecka {WEEK}. Underlaget finns i HR-portalen under Lön & förmåner."),
    ("sv", "Din beställning {ORDER} är redo att hämtas på Apoteket Hjärtat. Ta med legitimation. Öppet vardagar 10–19."),
    ("sv", "Kundtjänst har öppet vardagar 8–17 och lördagar 10–14. Chatten är öppen dygnet runt."),
    ("sv", "KVITTO\n{SHOP}\n{DATE} {TIME}\n{PROD}   {AMTS}\nMoms 25 % ingår\nKort ****{CARD4}\nTack för ditt köp!"),
    ("sv", "Undersökning {AMTS}, tandstensborttagning 600 kr. Högkostnadsskyddet börjar gälla över 3 000 kr."),
    ("sv", "Liv och hälsa först – sen jobbet. Ta hand om er i helgen! ☀️"),
    ("sv", "Glad påsk önskar vi på {FIRM}! Kontoret är stängt {DATE}–{DATE}, kundtjänsten öppnar igen på tisdag."),
    ("sv", "Tjänsten som lagerarbetare (ref {CASE}) är nu tillsatt. Tack till alla som sökte!"),
    ("sv", "Nya parkeringsregler från {DATE}: boendeparkering kostar {AMTS} per månad. Tillstånd söks i kommunens e-tjänst."),
    ("sv", "Överföring {AMT} till bankgiro {BG} genomförd {DATE}. Meddelande/OCR: {OCR}."),
    ("sv", "sten, sax, påse om vem som tar disken? 😂"),
    ("sv", "Influensavaccin ges på vårdcentralen {VC} {DAY} kl. 13.00–16.00. Ingen tidsbokning, ta med legitimation."),
    ("en", "Your order {ORDER} has shipped!\nTracking number: {TRACK}\nEstimated delivery: {DATEEN}"),
    ("en", "Invoice {INV} for {GBP} is now overdue. Please pay by {DATEEN}, quoting reference {INV}."),
    ("en", "Reminder: the team offsite has moved to {DAYEN}. Bring your laptop and charger."),
    ("en", "Results {DATEEN}: Hb 138 g/L, WBC 5.9, CRP <5. No further action needed."),
    ("en", "Will you be at the meeting? I hope so – we need a decision on the budget."),
    ("en", "Grace period for your premium ends on {DATEEN}. Policy {POL} stays active until then."),
    ("en", "Happy Friday! Pizza in the kitchen at {TIME} 🍕"),
    ("en", "Our office in Reading is closed for the bank holiday. Support is available via live chat."),
    ("en", "Mark the date: the annual review is on {DATEEN}. Slides are due a week before."),
    ("en", "Case {CASE} has been closed. If the issue persists, reply to this message to reopen it."),
    ("en", "The rose bushes by the entrance need pruning before spring – can facilities book it?"),
    ("en", "Parking permit for vehicle {REG} is valid until {DATEEN}."),
    ("en", "Return of {PROD} received. Your refund of {USD} will appear within 5–7 business days."),
    ("en", "Registered in England and Wales, company no. {UKCO}. VAT reg. GB {VAT}."),
    ("en", "Joy to all our customers this season! Offices reopen on {DATEEN}."),
    ("en", "Sterling and euro payments are both accepted – please quote invoice {INV}."),
    ("en", "Ask HR for the parental leave policy; it's on the intranet under Benefits."),
    ("en", "Repeat prescription request received. Ready for collection in 48 hours at the pharmacy counter."),
    ("mixed", "standup flyttad to 10:30 idag, same Teams link 👍"),
    ("mixed", "Invoice {INV} är betald, thanks! Kvittot skickas via Fortnox."),
    ("mixed", "Reminder: fika at {TIME} i stora köket 🍰 everybody welcome"),
    ("mixed", "Deadline för tidrapporten is Friday kl. 12. Please don't forget!"),
    ("mixed", "Order {ORDER} shipped – spårningsnummer {TRACK}, leverans {DAY}."),
    ("mixed", "Case {CASE} closed, kunden är nöjd 🙌"),
    ("mixed", "Hope you all had a trevlig helg! Sprint planning kl. {TIME}."),
    ("mixed", "Bilen {REG} is at the verkstad, klar tomorrow afternoon."),
    ("mixed", "VAB policy: notify your manager före kl. 9 and register in Försäkringskassan's e-tjänst."),
    ("mixed", "Vårt org.nr is {ORG} and our VAT number {VATSE}."),
    ("mixed", "Blodproverna: all values normal, ingen uppföljning behövs."),
    ("mixed", "Kontoret i Malmö is closed on {DATE} due to maintenance."),
    ("mixed", "Budget 2027 approved på styrelsemötet, tre röster mot en."),
    ("mixed", "Happy midsommar allihop! 🌸 Back on Monday."),
    ("mixed", "Fakturan på {AMT} is paid via bankgiro {BG}, OCR {OCR}."),
    ("mixed", "New policy: all expense claims över {AMT} need pre-approval."),
    ("mixed", "Glad to hear it funkade! Let's sync next vecka."),
    ("mixed", "Sprint demo flyttas to {DAYEN}, rum {ROOM}."),
]  # fmt: skip
