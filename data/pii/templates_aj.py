# ruff: noqa: E501
"""Templates of held-out AJ (issue 15): money and customer service online, written fresh.

Slots: `{FORM}`, `{FORM#n}` (the same person again within a row), `{FORM:f}` / `{FORM:m}`.
Person forms: P full name, p lower case, U capitals, F with a middle name, G given name, g lower,
N short form or nickname (the given name if it has none), n lower, S surname, s lower, I initial
and surname, Gi given name and surname's initial, R `Surname, Given`, E an e-mail address; a form
ending in `s` takes the row's genitive (`Annas`, `Sarah's`; Swedish in mixed rows), in `e` the
English one. Other slots: A/AL/ST/STL/a/AO Swedish addresses, AU/AUL/au UK, AUS US, AX/AXL
elsewhere in Europe, PH/PHX phones, PNR personnummer, and fillers that are no value (DATE, AMT,
OCR, CARD, H a username that is no name, ...).
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

# Usernames that carry no name (a handle next to a real name is no value of its own).
HANDLES = (
    "kaffetorsk", "tradera_kungen", "cykelfreak88", "vintagefynd", "pepparkaka77", "sthlmsommar",
    "retro_lamps", "kattmamman", "fiskeguiden", "budgetnerd", "mossy_oak", "quietstorm",
    "techhelp42", "sunnyday_uk", "grumpycatdad", "throwaway_8812", "norrskensjakt", "blåbärsfan",
    "gravelgrinder", "sparsam_i_sthlm", "lågprisjägaren", "deal_hunter99", "frugal_fox",
    "kanelbulle_91", "skogsmulle_nej", "teknikstrulet", "bostadsbubblan", "ränteråttan",
    "debt_free_2027", "coldbrewonly", "moped_mamma", "loppisletare", "pixelpanda", "old_salt",
)  # fmt: skip

# Rows without any personal value: (language, text).
NEGATIVES = (
    (
        "sv",
        "Swish-betalningen gick inte igenom i går kväll, appen sa bara att banken inte svarade. Försök igen efter kl. 06.",
    ),
    ("sv", "Hej! Vi har tagit emot din ansökan om bolån och återkommer inom fem bankdagar."),
    (
        "sv",
        "Kronofogden skickar inget sms med länk. Klicka inte, ring i stället numret på kronofogden.se.",
    ),
    (
        "sv",
        "säljer soffa från IKEA, Kivik tresits, lite sliten men hel. hämtas i Västerhaninge, 800 kr eller bud",
    ),
    (
        "sv",
        "Fakturan från Klarna förföll i mars, påminnelsen kom först i april. Är det rimligt med avgift på 60 kr?",
    ),
    (
        "sv",
        "Tips: kolla alltid säljarens omdömen på Tradera innan du budar, och betala aldrig utanför sajten.",
    ),
    (
        "sv",
        "Bra service, snabb leverans och paketet kom fram till ombudet på Coop redan på fredagen. Fem stjärnor.",
    ),
    (
        "sv",
        "Sten på sten blir ett hus. Klara besked från banken vore skönt, men det dröjer till maj.",
    ),
    ("sv", "Vi har nu stängt ditt ärende. Har du fler frågor kan du chatta med oss vardagar 8–20."),
    ("sv", "Länsförsäkringar höjer premien för hemförsäkring med 4 % från den 1 januari."),
    (
        "sv",
        "Bokföringsbyrån i Kista tar 1 200 kr i månaden för löner upp till fem anställda, moms tillkommer.",
    ),
    (
        "sv",
        "Någon som vet om Skatteverket betalar ut överskjutande skatt i juni i år eller först i augusti?",
    ),
    (
        "sv",
        "Kortet spärrades efter tre köp från en butik i Lissabon som jag aldrig besökt. Nytt kort kommer med PostNord.",
    ),
    (
        "sv",
        "säljes: barnvagn Emmaljunga, svart, i bra skick. frakt via Schenker går bra. pris 1 500",
    ),
    (
        "sv",
        "Intrum har köpt fordran från Telia. Betala till bankgiro 5051-6822 och ange OCR 73012995521.",
    ),
    ("sv", "Vi ser att lånet har beviljats. Pengarna sätts in på ditt konto inom två bankdagar."),
    (
        "sv",
        "Axel i axeln gjorde ont, så vi ringde Folksam om olycksfallsförsäkringen. Svar: karenstid 30 dagar.",
    ),
    ("sv", "recension: Lina funkar inte som tvättlina, den töjer sig. två stjärnor av fem"),
    ("sv", "Bjud på ett lån? Nej tack. Jag kör med sparkontot på Avanza och Handelsbanken."),
    (
        "sv",
        "tråd: hur mycket kontantinsats behövs egentligen i Göteborg nu? 15 % av 3,2 mille är mycket pengar",
    ),
    (
        "sv",
        "Från och med den 1 april tar Swedbank ut en avgift för pappersfakturor. Autogiro är gratis.",
    ),
    (
        "sv",
        "Mötet om deklarationen flyttas till onsdag. Ta med kontrolluppgifterna och kvittona från Bauhaus.",
    ),
    ("sv", "ärendet är avslutat hos kundtjänst. du får ett mejl med en enkät, svara gärna!"),
    (
        "sv",
        "Ros till Nordea för snabb hantering av bedrägeriet. Ris till appen som krånglar varje måndag.",
    ),
    ("sv", "Bo kvar eller sälja? Räntan på Stadshypotek ligger på 3,9 % bundet tre år."),
    (
        "sv",
        "Tinder-matchen ville låna 5 000 kr till en flygbiljett från Dubai. Klassiskt romansbedrägeri, rapportera!",
    ),
    (
        "en",
        "Your card ending 4471 was declined at a merchant in Rotterdam. If this was you, reply YES.",
    ),
    ("en", "Great seller, item as described, shipped next day. Would buy again. A+++"),
    (
        "en",
        "Has anyone dealt with Lowell about an old Vodafone debt? They keep sending letters every Friday.",
    ),
    ("en", "Thanks for contacting Monzo support. Your ticket has been closed. Rate us in the app!"),
    (
        "en",
        "Selling a PS5 with two controllers, collection only from Croydon, no time-wasters please.",
    ),
    ("en", "The grace period on the credit card ends in June, after that the APR jumps to 24.9%."),
    (
        "en",
        "Will the Bill pass? Mark my words, the Senate sues nobody over fees. Rich people always win.",
    ),
    (
        "en",
        "Chase and Wells Fargo both froze my account after the wire from Lisbon. Took three days to sort.",
    ),
    ("en", "Reminder: HMRC will never ask you to pay tax in iTunes vouchers or crypto."),
    ("en", "Posted by u/ in r/personalfinance: is a 5-year fixed mortgage still worth it at 4.6%?"),
    ("en", "Two stars. The insurer took April and May to approve a simple windscreen claim."),
    ("en", "Your parcel is on its way! Track it with Evri, DPD or Royal Mail from the app."),
    (
        "en",
        "Amber alert on the account dashboard means a payment is pending review, not that it failed.",
    ),
    (
        "en",
        "Payroll runs on the 25th unless that's a Sunday, in which case Friday before. Xero exports the BACS file.",
    ),
    ("en", 'lol the bank chatbot just said "i understand your frustration" six times in a row'),
    (
        "en",
        "Penny for your thoughts: is Klarna pay-in-3 worse than a credit card if you pay on time?",
    ),
    (
        "en",
        "Experian, Equifax and TransUnion all show different scores. Which one do lenders in Leeds use?",
    ),
    ("en", "Listing ended. The item was sold before the auction closed on Tuesday."),
    ("mixed", "hej! the refund from Zalando kom äntligen, took them like 3 weeks lol"),
    ("mixed", "Vi har mottagit din chargeback request. Handläggningstiden är normally 30–45 days."),
    ("mixed", "funkar Revolut med Swish? asking for a friend som flyttat från London"),
    (
        "mixed",
        "Säljes: iPhone 13, 128 GB, no scratches, original box. Swish eller cash vid upphämtning i Solna.",
    ),
    (
        "mixed",
        "Denna review är inte sponsored. Bokio är enklare än Fortnox för en enskild firma, imo.",
    ),
    ("mixed", "Kronofogden sent a betalningsföreläggande, vad händer om jag bestrider it?"),
    (
        "mixed",
        "tack för ditt köp! your order ships from our warehouse i Borås within 2 business days.",
    ),
    (
        "mixed",
        "Kundtjänst says the ticket is escalated till second line. Ingen aning när de svarar.",
    ),
    ("mixed", "Frank feedback: the app är snygg men login med BankID fails varje gång på Android."),
    (
        "mixed",
        "Sparkonto with 3.25 % hos Collector, is it too good to be true? Insättningsgarantin gäller.",
    ),
    (
        "mixed",
        "Match! Say hi 👋 — ni gillar båda hiking och Göteborg. Börja chatta innan matchen går ut på söndag.",
    ),
    ("mixed", "ISK vs KF for an expat, anyone? Skatteverket's page is only on svenska tyvärr."),
    ("mixed", "grattis, your loan ansökan har godkänts. Signera med BankID before fredag."),
    (
        "mixed",
        "omdöme: 4/5, fast shipping men förpackningen was crushed. Säljaren svarade snabbt though.",
    ),
    (
        "mixed",
        "Reminder: autogiro drar pengarna the 28th varje månad. Se till att det finns täckning.",
    ),
    (
        "mixed",
        "PSA för alla i tråden: scammers på Blocket ask for your BankID via 'Säker frakt'. Gör det inte.",
    ),
)

SV = (
    "Flyttanmälan till banken: {F}, {PNR}. Gammal adress: {A}. Ny adress från {DATE}: {AL}",
    "Hej! Paketet från {F} kom tillbaka till oss som outlöst. Vi har adressen {A}, stämmer den? Annars når du oss på {PH}.",
    "Förmånstagare enligt försäkringsbrevet: {F} och {F}, båda boende på {STL}.",
    "Kunden har utlandsadress: {P}, {AXL}. Skicka inga pappersfakturor dit, använd e-post {E}.",
    "Lägenheten på {STL} hyrs ut i andra hand av {P} till {P} under ett år. Banken behöver hyresavtalet.",
    "hej! söker sovsoffa, kan hämta i {TOWN} med omnejd. skriv till {n} på {ph} eller kom förbi {a}",
    # bank and insurance chats, call-centre notes
    "Kund: Hej, jag heter {P#1} och har fått ett sms om att mitt kort är spärrat?\nHandläggare {G:f} (Swedbank): Hej {G#1}! Jag kollar, kan du bekräfta ditt personnummer?\nKund: {PNR}",
    "Samtalsanteckning {DATE} kl. {TIME}: {P#1} ({PNR}) ringde om autogiro som dragits två gånger. Hänvisad till {G} på back office. Återkoppling på {PH}. /{Gi}",
    "Anteckning: kunden {F} uppger ny adress {A}. Ändrat i systemet, nytt kort skickas dit. Handläggare: {I}",
    "chatt 14:02 {g#1}: hej kortet funkar inte i automaten\nchatt 14:03 Ebba (bot): Jag kopplar dig till en handläggare.\nchatt 14:05 {G:m}: Hej {g#1}, kan du bekräfta vilken adress kortet skickades till?\nchatt 14:06 {g#1}: {a}",
    "Skadeanmälan hemförsäkring. Försäkringstagare: {P}, {PNR}. Skadeplats: {A}. Vittne: granne {P} ({PH}). Inbrott i förråd, cykel och verktyg saknas.",
    "Hej {G#1}! Tack för samtalet idag. Som vi sa skickar jag underlaget för vattenskadan till {Ss} firma. Ring mig på {PH} om något är oklart.\nMvh {P#2}\nSkadereglerare, Trygg-Hansa",
    "Fullmakt: Jag, {P#1}, {PNR}, ger {P:f} rätt att företräda mig i ärenden hos Handelsbanken. {TOWN} den {DATE}",
    "Kunden {R} ringde om bilskadan. Motparten {P} har ett annat försäkringsbolag. Kunden nås på {PH} efter kl. 16.",
    "Notering från telefonbanken: {Gs:f} make {P:m} vill bli medlåntagare. Boka möte med rådgivare {P} på kontoret på {ST}.",
    # debt collection, Kronofogden
    "BETALNINGSPÅMINNELSE\n{U}\n{AL}\n\nVi har ännu inte fått betalt för faktura {NUM}. Betala {AMT} till bankgiro 5127-8841 med OCR {OCR} senast {DATE}. Annars lämnas ärendet till inkasso.",
    "Inkassokrav. Gäldenär: {P}, {PNR}, {A}. Borgenär: Elbolaget Norr AB. Kapitalbelopp {AMT}, inkassoavgift 180 kr. Frågor: ring handläggare {P} på {PH}.",
    "Ansökan om betalningsföreläggande\nSökande: Lindmarks Bygg & Måleri AB, ombud {P}\nSvarande: {P}, {PNR}\nAdress: {A}\nFordran: {AMT} jämte ränta.",
    "Kronofogden har tagit emot en ansökan om betalningsföreläggande mot dig, {P}. Svara senast {DATE}. Ditt målnummer är {NUM}. Handläggare: {I}, tfn {PH}.",
    "Hej! Jag har fått ett krav från inkassobolaget om en faktura som min exfru {P:f} skulle betala. Hon bor numera på {A}. Vad gör jag? /{N:m}",
    "Avbetalningsplan bekräftad för {R}. 12 delbetalningar om {AMT}. Nästa betalning {DATE}. Vid frågor, kontakta {P} på {E}.",
    "Utmätning av lön: arbetsgivaren {P} (Café Bönan, {ST}) ska dra förbehållsbeloppet från lönen till {P}. Beslut fattat av kronoinspektör {S}.",
    # accounting, payroll, tax advisers
    "Hej {G}! Lönespecifikationerna för {MONTH} är klara. {P} har fått skattejämkning, så dra 28 % i stället för tabell. Skicka gärna tidrapporten från {Gs} vikariat också. /{N} på Redovisningshuset",
    "Lönelista mars: {R} {PNR} brutto {AMT}; {R} {PNR} brutto {AMT}; {R} brutto {AMT} (timanställd).",
    "Från: {P#1} <{E#1}>\nTill: lön@byrån.example.se\nÄmne: ny anställd\n\nHej, vi har anställt {P} från den {DATE}. Adress {A}, mobil {PH}. Kan ni lägga in hen i Fortnox?",
    "Deklarationshjälp: {P:f} och {P:m} säljer bostadsrätten på {STL}. Köpare är {P}. Vi räknar på uppskov. Ring {G} på byrån, {PH}.",
    "Skatterådgivaren {P} svarar: Ja, {G} kan dra av resor till jobbet om avståndet överstiger fem kilometer och tiden sparas.",
    "Bokslut enskild firma {P}, org.nr {PNR}. Verksamhetsadress {AO}. Kontaktperson hos oss: auktoriserade redovisningskonsulten {S}.",
    "Kvitto saknas för utlägg 14/3. {G}, kan du fråga {P} om hen har kvar kvittot från Clas Ohlson?",
    # card disputes and fraud reports
    "Polisanmälan bedrägeri, bifogas reklamation. Målsägande {P}, {PNR}, {A}. Någon har handlat för {AMT} på mitt kort {CARD} hos en nätbutik. Gärningsperson okänd. Kontakt: {PH}",
    "Reklamation av kortköp. Kortinnehavare: {R}. Kort: {CARD}. Jag har aldrig fått varan från säljaren {P} på Blocket och han svarar inte på {PH}.",
    "Hej, min mamma {P:f} ({PNR}) blev lurad av någon som sa sig heta {G:m} från bankens säkerhetsavdelning. Han ringde från {PH}. Hon har loggat in med BankID. Vad gör vi nu?",
    "Bedrägerianmälan {NUM}: kunden {P} uppger att en man som kallade sig {P:m} ringde från {PH} och bad om koder. Kortet spärrat {DATE}. Handläggare: {Gi}",
    "Jag bestrider debiteringen på {AMT} från {DATE}. Varan skickades till {A}, men där bor jag inte. Jag heter {P} och bor på {A}.",
    # loan and mortgage applications
    "LÅNEANSÖKAN\nSökande 1: {U}, {PNR}\nSökande 2: {U}, {PNR}\nNuvarande adress: {AL}\nTelefon: {PH}\nE-post: {E}\nÖnskat belopp: {AMT}",
    "Bolånelöfte för {P#1} och {P#2}. Objektet: {STL}. Mäklare {P}, {PH}. Handläggare på banken: {P}.",
    "Hej {G}, jag är {Gs} kollega och undrar om ni hann titta på ansökan om lånelöfte? Vi har visning på {ST} på {DAY}. Hälsningar {P}, {PH}",
    "Kreditupplysning tagen på {P} ({PNR}) av Ikano Bank. Du får en kopia skickad till {A}.",
    "Borgensman: {R}, {PNR}, bor på {A}. Förhållande till låntagaren: svärfar till {G}.",
    # marketplaces: Blocket/Tradera listings and buyer-seller messages
    "Säljes: Crescent elcykel, 2022. Hämtas på {ST}. Ring eller sms:a {G} på {PH}, inte mejl.",
    "hej är cykeln kvar? kan hämta i kväll. /{n}",
    "Hej {G}! Jag köpte din lampa på Tradera (objekt {NUM}). Skicka gärna till {P}, {A}. Har swishat {AMT}.",
    "Köpare: {P}\nLeveransadress: {AL}\nMobil: {PH}\nSäljare: {H} ({P})",
    "kan du frakta? jag bor i {TOWN}, adressen är {a}. swishar till {ph}",
    "Varningar i tråden om säljaren {H}: han heter egentligen {P} och har samma nummer som förra gången, {PH}.",
    "Blocket-annons: Bortskänkes! Bokhylla Billy, hämtas {DAY} efter 17 på {A}. Fråga efter {N}.",
    "{G#1}: har du fått paketet?\n{G#2}: nej, det står att det ligger på Ica Nära på {ST}\n{G#1}: okej, hör av dig när du har hämtat",
    # dating and social DMs
    "hej {g}! såg att du också gillar klättring 😊 jag heter {g:m}. vill du ta en fika på {DAY}?",
    "haha {n} du är ju helt galen. ok men säg till {gs} kompis att hon får komma med",
    "DM från {H}: hej, jag är {P}, vi träffades på {Gs} fest. här är mitt nummer {PH}",
    "hej, är du {P}? jag tror vi gick i samma klass i {TOWN}. jag är {p}, bodde på {a}",
    "min date i går sa att han hette {G:m} men på Swish stod det {P:m}. red flag?",
    # forums and comment threads with @-mentions
    "@{G#1} precis, det är så Kronofogden gör. Fråga {G#2} i tråden ovan, hen jobbar där.\n– {H}",
    "Svar till {H} ({P}): Jag hade exakt samma problem med Klarna. @{g} tipsade om att ringa dem på {PH}.",
    'Citat från {H}: "mitt inkasso gick till fel adress, {A}, där bor {P} numera"\n\nKul, där bodde min farbror {G} på 90-talet.',
    "Tråd: Avgift för förtidsinlösen? Startad av {H}. Svar från {P}: Räkna med ränteskillnadsersättning. Svar från {H}: @{G} tack!",
    "uppdatering: fick tag i {p} på banken till slut, hon var supertrevlig. ring {PH} och be om henne",
    # reviews with reviewer names
    "★★★★★ {Gi}, {TOWN}: Smidigt att byta elavtal, {G} i kundtjänst var jättehjälpsam.",
    "Omdöme av {P} ({DATE}): Firman skulle komma till {A} kl. 8 men dök upp 11. Tre stjärnor.",
    "★☆☆☆☆ Skrivet av {NS}\nDe tog betalt två gånger och kundtjänst ({G}) lovade återbetalning som aldrig kom.",
    "Recension från {G}, {TOWN}: Revisorn {P} hittade avdrag vi missat i tre år. Rekommenderas!",
    # support tickets with agent signatures
    "Ärende {CASE}\nHej {G#1},\nVi har nu krediterat fakturan. Det nya beloppet syns i Mina sidor inom ett dygn.\n\nMed vänlig hälsning\n{P}\nKundservice, Tele2\n{PH}",
    "Ärende {CASE} eskalerat till andra linjen. Kund: {R}, {PNR}. Adress i systemet: {A}. Ny adress enligt kund: {A}. /{G}",
    "Hej! Jag är {Gs} chef och skriver för hennes räkning. Fakturaadressen ska vara {AO}, att. {P}.",
    "Intern notering: {P} har ringt tre gånger om samma sak. Lovat återringning av {G} kl. {TIME}. Mobil {PH}, hemtelefon {PH}.",
    "Återkoppling till {P}, {E}: vi beklagar förseningen. Ersättning {AMT} betalas ut till ditt konto. Hälsningar {N} på kundtjänst",
    "Hej {G},\n\ntack för ditt mejl. Din flytt till {AL} är registrerad från {DATE}. Vi skickar nytt avtal.\n\nVänliga hälsningar\n{F}\nKundcenter | {PH}",
    # chat in lower case
    "{g#1}: har du swishat för middagen?\n{g#2}: ja 250 till {ns:m} nummer\n{g#1}: va det inte {ph}?",
    "lånade {gs} bil i helgen och fick en p-bot på {a}. ska jag betala eller hon",
    "ring {n} istället, {ph}, han vet hur man gör med inkasso",
    "mamma: har du betalat räkningen från {s}?\njag: ja i fredags\nmamma: bra. hälsa {g}",
    "{n} sa att {g} fått ett brev från kronofogden till {a}, hon bor ju inte ens där längre",
    "sitter med {g} och fixar deklarationen, hon undrar om {p} kan intyga att hyran betalats",
    # e-mail headers and signatures
    "Från: {P#1} <{E#1}>\nSkickat: {DAY} {DATE} {TIME}\nTill: {P} <{E}>\nÄmne: SV: Faktura {NUM}\n\nHej {G}, se bifogat.",
    "—\n{F}\nLöneadministratör\nAnderssons Ekonomitjänst AB\n{AO}\nTel {PH} | {E}",
    "Med vänlig hälsning\n\n{P}\nKreditchef\nDirekt {PH}\nVäxel {PH}\n{AO}",
    "{P}, {PNR}, bor tillsammans med {P} på {STL} och har bett {P} på banken om ett samtal.",
    "Hyresgästen {P} på {STL} har betalningsanmärkning. Hyresvärden har bett {P} på inkassobyrån ringa honom på {PH}.",
    "Ny kund: {U}, {PNR}\nFolkbokförd: {A}\nUtdelningsadress: c/o {P}, {A}\nMobil: {PH}",
    "{P} och {P} är medsökande på lånet. Den förstnämnda har fast anställning hos Mälardalens Bygg AB sedan 2019.",
    "Angående dödsboet efter {P}: Dödsbodelägare är {P}, {P} och {P}. Kontaktperson {G} nås på {PH} eller {E}.",
    "Hej, jag är {Gs} syster. Hon ligger på sjukhus och kan inte ringa själv om fakturan. Kan ni skicka den till mig, {P}, {A}?",
)

EN = (
    "Change of address for {F}: old address {AUS}, new address {AU} from {DATEEN}.",
    "Beneficiaries: {F} (daughter) and {F} (son), both of {AUL}.",
    "Hi {G}, your refund cheque was returned from {AU}. Is your address now {AU}? – {NS}, Billing",
    # banking chats and call notes
    "Agent ({G#1}): Hi there, you're chatting with {G#1} from Starling. Who am I speaking with?\nCustomer: {P#2}\nAgent: Thanks, {G#2}. Can you confirm the postcode on the account?\nCustomer: {au}",
    "Call note {DATEEN}: {P#1} called re: duplicate direct debit. Spoke to {G} in payments. Callback on {PHX} after 5pm. – {Gi}",
    "Hi {G}, thanks for your patience. I've raised a chargeback for the £{NUM} payment to {P}. You'll get an update by email at {E}. Kind regards, {N} (Fraud Team)",
    "Customer {R} (account holder) authorised her husband {P:m} to discuss the mortgage. Verified via security questions. Address on file: {AU}.",
    "Chat transcript\n[10:14] {G#1}: my card got eaten by the ATM on {AU}\n[10:15] Agent {N}: Sorry to hear that, {G#1}! I've cancelled it and ordered a new one to your home address.",
    "Please note the joint account of {P} and {P} will be closed on {DATEEN}. Any remaining balance will be sent by cheque to {AUL}.",
    # debt collection letters
    "FINAL NOTICE\n{U}\n{AUL}\n\nDear Mr {S:m},\nWe have been instructed by EE Ltd to recover £{NUM}. Please call {P} on {PHX} within 14 days.",
    "Debt collection notice to {P}, {AUS}. Original creditor: Capital One. Balance due: ${NUM}. Contact your agent {Gi} at {PHX} or {E}.",
    "Dear {G}, we've agreed a payment plan of £{NUM} a month starting {DATEEN}. If your circumstances change, speak to {P} in our hardship team.",
    # accounting and payroll, tax advisers
    "Hi {G}, payroll for March is attached. {P} is on statutory sick pay from the 12th and {Pe} tax code changed to 1257L. Cheers, {N}",
    "Payslips to: {R}; {R}; {R} (leaver, final pay). Queries to {E}.",
    "From: {P#1} <{E#1}>\nTo: {P} <{E}>\nSubject: Self Assessment\n\nHi {G}, my accountant {P} says I can claim the home office. Is that right?",
    "Our tax adviser Ms {S:f} will review the CGT position on the sale of {AU} before {DATEEN}.",
    # card disputes and fraud reports
    'Fraud report #{NUM}. Victim: {P}, {AUS}, phone {PHX}. Suspect identified himself as {P:m} from "bank security" and asked for the OTP.',
    "I'm disputing a charge of ${NUM} from {DATEEN}. I never authorised it. My name is {P} and my billing address is {AUS}.",
    "My dad {P:m} got a call from {PHX} claiming to be HMRC. He gave them his card number. I'm his daughter, {G:f}, and I have power of attorney.",
    # loan and mortgage applications
    "MORTGAGE APPLICATION\nApplicant 1: {U}\nApplicant 2: {U}\nCurrent address: {AUL}\nTime at address: 4 years\nMobile: {PHX}",
    "Hi {G}, the underwriter needs three months of bank statements from you and {G}. Your broker {P} has the checklist. Thanks, {Gi}",
    "Loan ref {ENREF}: applicant {P}, employer Thornbury Joinery Ltd, {AU}. Guarantor: {P} ({PHX}).",
    # eBay-style messages
    "Hi, is this still available? Could you post it to {AU}? Thanks, {N}",
    "Hello {G}, I received the item but the screen is cracked. Please see the photos. I'd like a refund. — {H}",
    'Buyer: {P}\nShip to: {AUL}\nPhone: {PHX}\nNote from buyer: "please leave with neighbour at no. 12 if out"',
    "Seller {H} here (real name {P}). Sorry for the delay, posted today from our shop on {AUS}.",
    "can u do £{NUM} and i collect? im only 10 min away. {g}",
    "Thanks {G}! Payment sent via PayPal to {E}. Can you ship to my work address instead: {AU}, FAO {P}.",
    # Reddit-style threads
    "u/{H} · 4h\nUpdate: called the bank again and got {G}, who actually knew what she was doing. Ask for her if you're with Barclays.\n  ↳ u/{H}: @{G} sounds like the same agent who helped my mum",
    "Posted in r/UKPersonalFinance by u/{H}: my landlord {P} kept the deposit and says it's because of {Pe} dog. What are my options?",
    "> my ex {P} opened a credit card in my name\n\nReport it to Action Fraud and the bank. Then CIFAS. Also tell {G} at the council if it's tied to the tenancy. – u/{H}",
    "edit: thanks to u/{H} and {P:m} (the guy from the podcast) for the tips. Debt free as of {DATEEN}!",
    "lol {g} the same thing happened to me. {gs} bank is the worst",
    # Trustpilot-style reviews
    "★★★★★ Reviewed by {P}, {DATEEN}\n{G} at customer service sorted my claim in ten minutes. Brilliant!",
    "★☆☆☆☆ {Gi}, {TOWN}\nThey sent the debt letter to {AU}, which is my old address. Nobody called back despite promises from {N}.",
    "Review by {NS}: The mortgage broker ({P}) was professional and quick. Would recommend.",
    "3/5 — {G}. Delivery fine but refund took six weeks. Agent {P} was polite though.",
    # support tickets with agent signatures
    "Ticket #{NUM}\nHi {G},\nThanks for reaching out. I've reset your two-factor authentication.\nBest,\n{P}\nCustomer Support, Revolut",
    "Internal note: customer {P} ({E}) escalated. Promised a callback on {PHX} by {G}. Do NOT close until {G} confirms.",
    "Hi {G}, I'm {P} and I'll be handling your complaint from now on. You can reach me directly on {PHX}.\n\nWarm regards,\n{F}\nComplaints Team",
    "Kind regards,\n{F}\nSenior Claims Handler\nDirect: {PHX}\n{AUL}",
    "—\n{P} | Account Manager\n{E}\nM: {PHX}\nOffice: {AUS}",
    # dating and DMs
    "hey {g}! loved your pics from the trip. im {g:m} btw, wanna grab a drink friday?",
    "omg {n} you're hilarious. tell {g} i said hi",
    "DM from {H}: hi it's {P}, we met at {Gs} birthday. here's my number {PHX}",
    "he said his name was {G:m} but the Venmo said {P:m}. huge red flag right?",
    # misc
    "Dear Ms {S:f},\nThank you for your application. Your new card will be sent to {AUL} within 7 working days.\nYours sincerely,\n{P}",
    "Account holder: {R}\nDate of birth: 12/04/1981\nAddress: {AUS}\nEmail: {E}",
    "{P} and {P} are the executors of the estate of the late {P}. Please direct correspondence to {AX}.",
    "Transfer of €{NUM} from {P} to {P}, reference 'rent {MONTHEN}', flagged for review.",
    "Hi {G}, the courier tried to deliver to {AX} but nobody was in. Please call {PHX}. Thanks, {P}",
)

MIXED = (
    "Flyttanmälan: {F} moved from {A} to {AX} on {DATE}. Please update kundregistret.",
    "Förmånstagare / beneficiaries: {F} and {F}, {STL}.",
    "hej {g}! kan du skicka grejen till min brors adress istället? {p}, {a}. thanks!!",
    # bank and insurance chats, mixed Swedish and English
    "Kund: hi, jag bor i Sverige men pratar bättre English. My name is {P}.\nAgent {G}: Inga problem! How can I help you today?\nKund: kortet blev declined på Ica",
    "Call note {DATE}: {P} (expat, {PNR}) ringde om sitt bolån. Prefers English. Callback {PH}. /{Gi}",
    "Hej {G}! Your claim är registrerat. Skadereglerare {P} will contact you on {PH} inom två dagar.",
    "Customer {R} har flyttat från {AU} till {A}. Please update both addresses i systemet.",
    'Chat: {g}: hej can u help me with swish\nAgent {G}: Absolut, vad är problemet?\n{g}: the app säger "mottagaren saknas" when i send to {ns} nummer',
    # debt collection
    "Dear {P},\nDu har en obetald faktura från Telenor. Please pay {AMT} before {DATE} to avoid inkasso. Questions? Call {P} on {PH}.",
    "Inkassokrav sent to {P} at {A}, but she has moved to {AX}. Kan vi skicka till utlandet? /{G}",
    "Kronofogden sent a letter to my friend {P}, hon förstår inte svenska so I'm helping. Hennes adress är {A}.",
    # accounting and payroll
    "Hi {G}, lönerna för {MONTH} are ready. {P} is new, started {DATE}. Skattetabell 33. Cheers, {N}",
    "Payroll query from {P} ({E}): varför är nettolönen lower this month? Svar: semesterlöneavdrag, see row 4.",
    "Från: {P#1} <{E#1}>\nTo: {P} <{E}>\nÄmne: K4 and the US shares\n\nHi {G}, min revisor {P} says I need form K4. Do you agree?",
    "Meeting with tax adviser {P} on {DAY}. Bring: kontrolluppgift, {Ge} payslips, the rental contract for {STL}.",
    # card disputes and fraud
    "Fraud case {CASE}: kunden {P} ({PNR}) got a call from {PHX}. The caller said he was {P:m} från Nordeas security team.",
    "I bestrider the charge of {AMT} on card {CARD}. The package was delivered to {A}, not my address {A}. /{P}",
    "min pappa {p:m} got scammed via WhatsApp, they pretended to be me. numret var {PHX}. polisanmälan gjord",
    # loans
    "LÅNEANSÖKAN / LOAN APPLICATION\nName: {U}\nPersonnummer: {PNR}\nAddress: {AL}\nPhone: {PH}\nEmail: {E}",
    "Hej {G}, the mortgage broker {P} says we need {Gs} anställningsintyg before Friday. Kan du fixa det?",
    "Co-applicant: {R}, {PNR}. Current address {A}; previous address {AU} (2019–2023).",
    # marketplaces
    "Säljes / for sale: IKEA Malm byrå, pickup at {ST}. Text {G} at {PH}. Ej frakt, no shipping.",
    "hi! är soffan fortfarande available? kan hämta imorgon. /{n}",
    "Hej {G}, I bought your camera on Tradera. Kan du skicka till {P}, {A}? Swishat {AMT}.",
    "Buyer {H} ({P}) says the package never arrived at {A}. PostNord says delivered. Seller: {P}, {PH}.",
    "skickar du till {TOWN}? my address är {a}, swishar direkt",
    # dating and DMs
    "hej {g}! saw you like hiking too 😊 i'm {g:m}, new in Stockholm. fika på {DAY}?",
    "haha {n} you're so funny. säg till {g} att hon är välkommen too",
    "DM från {H}: hi, it's {P} from {Ge} party. mitt nummer: {PH}",
    "he said his name was {G:m} but Swish sa {P:m}. red flag eller?",
    # forums
    "@{G} exactly, Kronofogden does it that way. Fråga {P}, hen jobbar där.\n— u/{H}",
    "Tråd: Expat with Swedish bolån, anyone? Startad av {H}. Svar från {P}: Yes, ring {G} på SBAB, she speaks English.",
    "> skrev {H}: my inkasso went to {A}, where {P} lives now\n\nSame här, {G} hade samma problem.",
    "update: fick tag på {p} at the bank, super helpful. call {PH} and ask for her",
    # reviews
    "★★★★★ {Gi}, {TOWN}: Super smooth byte av elavtal, {G} in customer service was great!",
    "Review av {P} ({DATE}): The movers were supposed to come to {A} at 8, kom 11. Tre stjärnor.",
    "★☆☆☆☆ Written by {NS}\nDubbeldebitering och kundtjänst ({G}) never refunded.",
    # support tickets
    "Ärende {CASE}\nHi {G},\nWe have credited the invoice. Det nya beloppet syns i appen within 24 h.\n\nBest regards\n{P}\nKundservice, Telia\n{PH}",
    "Internal note: {P} ringde three times om samma sak. Callback promised by {G} kl. {TIME}. Mobil {PH}.",
    "Hej {G},\n\nthanks for your email. Din flytt till {AL} is registered from {DATE}.\n\nBest,\n{F}\nCustomer Care | {PH}",
    "—\n{F}\nPayroll Specialist\nBorås Redovisning AB\n{AO}\nTel {PH} | {E}",
    "Kind regards / Vänliga hälsningar\n{P}\nKreditanalytiker\nDirect {PH}\n{AO}",
    # lower-case chat
    "{g#1}: did u swish me för pizzan?\n{g#2}: ja, 150 till {ns} nummer\n{g#1}: wasn't it {ph}?",
    "lånade {gs} car this weekend och fick en p-bot på {a}. should i pay or she?",
    "ring {n} instead, {ph}, he knows everything om inkasso",
    "{n} said {g} got a letter från kronofogden to {a}, hon bor ju inte ens där anymore",
    "sitting with {g} doing the deklaration, she wonders if {p} can confirm the rent was paid",
    # misc
    "Dödsboet efter {P}: heirs are {P} (Sweden) and {P} ({AX}). Contact {G} on {PH} or {E}.",
    "Hej, I'm {Ge} sister. She's in hospital och kan inte ringa själv. Please send the invoice to me, {P}, {A}.",
    "New customer: {U}, {PNR}\nFolkbokförd: {A}\nMailing address: c/o {P}, {AU}\nMobile: {PHX}",
    "{P} and {P} söker lånet tillsammans. The first has worked at Mälardalens Bygg AB since 2019.",
    "Hej {G}! The courier försökte leverera till {AX} men ingen var hemma. Please call {PHX}. /{P}",
    "Transfer of {AMT} from {P} to {P}, meddelande 'hyra {MONTH}', flagged för granskning.",
    "Account holder: {R}\nFödd: 1984-03-12\nAddress: {A}\nE-mail: {E}",
)
