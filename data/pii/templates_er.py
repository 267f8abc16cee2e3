# ruff: noqa: E501
"""Templates of held-out ER (issue 15): pharmacies, prescriptions, pharmacists and online pharmacy
orders, in Swedish, English and mixed (Swedish and English in one text, as Swedes write at work).

Slots (filled by `generate_er.py`): a person `{P}` full name, `{p}` lower case, `{U}` capitals,
`{F}` with middle names, `{M}` with a middle initial, `{G}`/`{g}` given name, `{N}`/`{n}` short
form, `{S}`/`{s}` surname, `{SU}`/`{GU}` surname or given name in capitals, `{I}` initials and
surname, `{Gi}` given name and the surname's initial, `{R}` `Surname, Given`, `{RU}` `SURNAME,
Given`, `{E}` the person's e-mail; a trailing `s` is a Swedish genitive, `'` an English one, `#n`
the same person again, `:f`/`:m` a woman or a man. Values: `{A}` Swedish address (`AL` over lines,
`AR`/`ARL` rural, `AK` capitals, `STL` with lgh, `ST` street and number, `STN` a street alone,
`STT` street and town, `VIL` village and number, `a` lower case), `{BOX}`, `{AU}`/`{AUL}`/`{au}`
UK, `{AUS}`/`{AUSL}` US, `{AX}`/`{AXL}` elsewhere in Europe, `{PH}` Swedish phone (`PHM` mobile,
`PHF` a firm's or switchboard's), `{PHX}` abroad, `{PHU}` UK, `{PHA}` US, `{PNR}` personnummer,
`{EM}` a firm's or a role's e-mail. Everything else (`{DATE}`, `{ORD}`, `{RX}`, `{DRUG}`, `{PET}`,
`{PHARM}` ...) is no value. Negatives hold no value at all and each is used once.
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
DRUGS = {
    "sv": (
        "Alvedon 500 mg", "Ipren 400 mg", "Omeprazol 20 mg", "Levaxin 50 mikrog", "Metformin 500 mg",
        "Sertralin 50 mg", "Atorvastatin 20 mg", "Enalapril 10 mg", "Amlodipin 5 mg", "Kåvepenin 1 g",
        "Waran 2,5 mg", "Eliquis 5 mg", "Symbicort Turbuhaler 160/4,5", "Ventoline Evohaler",
        "Bricanyl Turbuhaler", "Desloratadin 5 mg", "Nasonex nässpray", "Elocon kräm 0,1 %",
        "Hydrokortison kräm 1 %", "Canesten vaginalkräm", "Imovane 7,5 mg", "Melatonin 2 mg",
        "Concerta 36 mg", "Elvanse 30 mg", "NovoRapid FlexPen", "Lantus SoloStar", "EpiPen 0,3 mg",
        "Ozempic 1 mg", "Oxynorm 5 mg", "Tradolan 50 mg", "Citodon 500 mg/30 mg", "Stesolid 5 mg",
        "Propavan 25 mg", "Losartan 50 mg", "Metoprolol 50 mg", "Furosemid 40 mg", "Prednisolon 5 mg",
        "Doxyferm 100 mg", "Selexid 200 mg", "Nitrofurantoin 50 mg", "Voltaren gel 23,2 mg/g",
        "Lergigan 25 mg", "Cerazette 75 mikrog", "Xalatan ögondroppar", "Trombyl 75 mg",
        "Esomeprazol 40 mg", "Escitalopram 10 mg", "Mirtazapin 15 mg", "Jardiance 10 mg", "Bisoprolol 5 mg",
    ),
    "en": (
        "amoxicillin 500 mg", "atorvastatin 20 mg", "lisinopril 10 mg", "metformin 500 mg",
        "sertraline 50 mg", "levothyroxine 75 mcg", "omeprazole 20 mg", "amlodipine 5 mg",
        "salbutamol 100 mcg inhaler", "co-codamol 30/500", "prednisolone 5 mg", "ramipril 5 mg",
        "Ozempic 0.5 mg pen", "Lexapro 10 mg", "Adderall XR 20 mg", "insulin glargine 100 units/mL",
        "EpiPen 2-Pak", "Eliquis 5 mg", "naproxen 500 mg", "fluoxetine 20 mg", "Zyrtec 10 mg",
        "doxycycline 100 mg", "Humira 40 mg pen", "mirtazapine 15 mg", "zopiclone 7.5 mg",
        "Synthroid 100 mcg", "Lipitor 40 mg", "gabapentin 300 mg", "losartan 50 mg", "Ventolin HFA",
    ),
}  # fmt: skip
VET_DRUGS = (
    "Metacam 1,5 mg/ml", "Rimadyl 50 mg", "Previcox 227 mg", "Apoquel 16 mg", "Bravecto 500 mg",
    "Synulox 250 mg", "Vetmedin 5 mg", "Milbemax", "Prednicortone 5 mg", "Onsior 20 mg",
)  # fmt: skip
DOSES = {
    "sv": (
        "1 tablett 1 gång dagligen", "1 tablett morgon och kväll", "1–2 tabletter vid behov, högst 8 per dygn",
        "2 sprayningar i varje näsborre 1 gång dagligen", "1 kapsel 3 gånger dagligen i 10 dagar",
        "smörjes tunt 1–2 gånger dagligen", "1 inhalation vid behov", "enligt ordination",
        "1 tablett till natten vid behov", "1 droppe i vardera ögat till kvällen", "1 injektion 1 gång per vecka",
    ),
    "en": (
        "take one tablet daily", "one tablet twice a day with food", "one to two tablets every 4-6 hours as needed",
        "two puffs as required", "one capsule three times daily for 7 days", "apply thinly twice daily",
        "inject once weekly", "take one at bedtime", "take as directed",
    ),
}  # fmt: skip
PHARMACIES = {
    "sv": (
        "Apoteket Kronan", "Apoteket Svanen", "Apoteket Ugglan", "Apoteket Hjorten", "Apoteket Lejonet",
        "Apoteket Örnen", "Apoteket Enhörningen", "Apoteket Pelikanen", "Apoteket Fenix", "Apoteket Gripen",
        "Apotek Hjärtat Gallerian", "Kronans Apotek Centrum", "Apoteksgruppen Tranås", "Apoteket Mörby Centrum",
        "Apotek Hjärtat Väla", "Apoteket Nordstjärnan", "Apotek Hjärtat Maxi", "Apoteket Akademiska",
    ),
    "en": (
        "Riverside Pharmacy", "Hillcrest Chemists", "Parkway Pharmacy", "Greenfield Pharmacy", "Medicine Chest",
        "Elm Tree Pharmacy", "Northgate Pharmacy", "Lakeside Family Pharmacy", "Corner Drug", "Superdrug Pharmacy",
        "Well Pharmacy", "Harbourside Chemist", "Old Town Apothecary",
    ),
}  # fmt: skip
VILLAGES = (
    "Lillbyn", "Rävsnäs", "Kvarnåsen", "Björkhult", "Bäckaby", "Västerby", "Östanå", "Sörviken",
    "Norrvik", "Stensjö", "Grimsta", "Hulta", "Lövås", "Tallbacken", "Sjöända", "Kråkeryd", "Mosstorp",
    "Näset", "Berga", "Skräddartorp", "Myrbacka", "Hagby", "Fagerhult", "Granhult", "Ekeby", "Solberga",
    "Kyrkbyn", "Backa", "Kärrby", "Öjebyn", "Nederbyn", "Övre Ullerud", "Hedenäset", "Gammelgården",
)  # fmt: skip
PETS = ("Sixten", "Molly", "Bella", "Ludde", "Sigge", "Nala", "Selma", "Doris", "Zorro", "Milo", "Luna", "Frasse", "Bamse", "Tassen", "Morris", "Smulan", "Egon", "Texas")  # fmt: skip
HOMES = ("Solgårdens äldreboende", "Ekbackens vård- och omsorgsboende", "Tallbacka särskilda boende", "Björkhagens korttidsboende", "Vintergatans demensboende", "Strandängens boende", "Åsgårdens gruppboende")  # fmt: skip

SV = (
    # Powers of attorney to collect medicines
    "FULLMAKT FÖR UTHÄMTNING AV LÄKEMEDEL\nJag, {P#1}, personnummer {PNR}, ger härmed {P#2} rätt att för min räkning hämta ut mina förskrivna läkemedel på apotek.\nOmbudets personnummer: {PNR}\nOrt och datum: {TOWN} {DATE}\nUnderskrift: {P#1}",
    "Fullmakt\nFullmaktsgivare: {P#1}, {A}\nOmbud: {Ps#1} dotter {P#3:f}, tel. {PHM}\nFullmakten gäller uttag av läkemedel och handelsvaror på samtliga apotek till och med {DATE}.",
    "Hej! Jag ska hämta ut medicin åt min pappa {P:m} på torsdag, han ligger inne på sjukhuset och jag bor på {ST}. Räcker det med hans fullmakt och min legitimation? /{G}",
    "Ombudsanmälan i Nationella läkemedelslistan\nPatient: {RU#1}\nPersonnummer: {PNR}\nOmbud: {RU#2}, {AL}\nOmbudet nås på {PH}.",
    # Prescription renewal and doctors
    "Förnyelse av recept via 1177\nPatient: {P#1}\nPersonnummer: {PNR}\nLäkemedel: {DRUG}\nMeddelande till mottagningen: Hej doktor {S#2}! Jag har tre tabletter kvar och reser bort {DAY}. Kan receptet förnyas före dess? Nås på {PHM}. Mvh {G#1}",
    "Till Vårdcentralen {TOWN}\nBegäran om receptförnyelse för {P#1} ({PNR}). Förskrivare enligt journal: distriktsläkare {P}. Patienten har också bytt adress till {A}.\n/leg. sjuksköterska {I}",
    "Rp.\n{DRUG}\nD.S. {DOSE}\nPat.: {P}, {PNR}\n{AL}\nLeg. läkare {P}, Vårdcentralen {TOWN}, tel. {PHF}",
    "Hej {G#1}, ditt recept på {DRUG} från Min Doktor är nu utfärdat av leg. läkare {P}. Du kan hämta ut det på valfritt apotek eller beställa hem det till {ST}.",
    "Recepten för {P#1} är makulerade enligt önskemål från dr {S}. Nytt recept på {DRUG} skickat elektroniskt {DATE}. Kontakt vid frågor: {PHF} (receptionen).",
    # Online pharmacy orders and deliveries
    "Hej {G#1}!\nTack för din beställning hos Apotea. Ordernummer: {ORD}\nLeveransadress:\n{P#1}\n{AL}\nMobil: {PHM}\nDu får ett sms när paketet är på väg. Frågor? Ring kundservice på {PHF} eller mejla {EM}.",
    "Orderbekräftelse {ORD}\nKund: {P#1}\nE-post: {E#1}\nLeverans: Hemleverans kväll till {STL}\nBetalning: kort {CARD}\nSumma: {AMT}",
    "Ditt paket från Apohem är på väg! Kollinummer {KOLLI}. Leverans till {A} mellan {TIME} och {TIME}. Budet ringer {PHM} vid framkomst. /Apohem",
    "Hej {G}! Ditt paket ({KOLLI}) finns att hämta hos ombudet ICA Nära, {STT}, senast {DATE}. Ta med legitimation.",
    "Kylvara – leverans kräver kvittens\nMottagare: {P#1}\n{AL}\nPortkod {NUM}{NUM}.\nKontakt: {PHM}",
    "Hemleverans kväll – körlista {DATE}\n1. {R} – {A} – {PHM}\n2. {R} – {A} – {PHM}\n3. {R} – {STL}",
    "Ändrad leveransadress för order {ORD}: skicka till {P#1} c/o {P#2}, {A} i stället. Mobilnr oförändrat ({PHM}).",
    "Hej, mitt paket med {DRUG} kom aldrig fram. Spårningen säger levererat men ingen har varit på {STN}. Ordernr {ORD}. Mvh {P}\n{AL}",
    "Retur av felplockad vara\nAvsändare: {P}\n{AL}\nOrdernummer: {ORD}\nReturadress: Apoteket AB, Returer, {BOX}",
    "Leverans till utlämningsställe i glesbygd: {P#1}, {ARL}. Lämnas hos apoteksombudet i Lanthandeln. Meddela kunden på {PH}.",
    "Kund {P#1} undrar varför expressleveransen till {AR} tog tre dagar. Återkom på {PHM} eller {E#1}.",
    # Customer service and complaints
    "Från: {P#1} <{E#1}>\nTill: {EM}\nÄmne: Fel styrka i order {ORD}\n\nHej! Jag beställde {DRUG} men fick en annan styrka. Kan ni skicka rätt vara till {A}? Jag har sparat förpackningen.\n/{G#1}",
    "Hej {G#1},\nTack för ditt mejl. Vi har nu skickat en ersättningsvara till {A}, och returfraktsedeln kommer i ett separat mejl.\nVänliga hälsningar\n{G#2}\nKundservice, Apotek Hjärtat\n{PHF}",
    "Klagomål: Jag blev felaktigt nekad att hämta ut min sambo {Gs} medicin på {PHARM}, {A}, trots giltig fullmakt. Personalen ({G} i kassan) var dock trevlig. Kontakta mig gärna: {P#1}, {PHM}, {E#1}.",
    "Betyg 2/5 – Snabb leverans till {TOWN} men kartongen var trasig och en tub saknades. Kundtjänst svarade aldrig på mitt mejl till {EM}. /{Gi}",
    "Betyg 5/5 – Farmaceuten {G:f} i chatten var jättehjälpsam och förklarade hur jag skulle ta {DRUG}. /{P}",
    # Pharmacist advice chats
    "[19:02] {G#1}: hej, kan jag ta {DRUG} samtidigt som mitt blodtryckspiller?\n[19:03] Farmaceut {G#2:f}: Hej {G#1}! Vilket blodtrycksläkemedel använder du?\n[19:05] {G#1}: Enalapril tror jag\n[19:06] Farmaceut {G#2}: Då går det bra, men drick ordentligt.",
    "Chattlogg rådgivning {DATE}\nKund: {g#1}\nFarmaceut: {Gi#2}\n{g#1}: min son {G:m} har feber och är 4 år, hur mycket alvedon får han?\n{Gi#2}: Det beror på vikten, hur mycket väger han?",
    "Hej, jag heter {P:f} och ammar min dotter {G:f}. Går det bra att ta {DRUG}? Ni kan ringa mig på {PHM} om det är enklare.",
    "Telefonmeddelande till {G}: {P#1}, {STT}, ringde {TIME} om interaktion mellan {DRUG} och johannesört. Ring upp på {PH} före stängning.",
    # Pharmacy staff chat, lower case
    "{g}: kan du ta kassan efter lunch?\n{g#2}: japp. förresten ringde {p:f} om sin beställning, hon hämtar imorgon\n{g}: ok, den ligger på hyllan bakom disken",
    "@{G#1} kan du kolla ordern till {p:f}? hon har ringt två ggr. nr {PHM}",
    "{g#1}: vem har nyckeln till narkotikaskåpet idag?\n{g#2}: {n:f} har den, hon kommer kl {TIME}\n{g#1}: tack {g#2}",
    "{g}: skicka till {a} istället, jag är hos mamma hela veckan\n{g}: ok fixar",
    "{g#1}: har du sett att {Gs:f} lapp om semesterschemat sitter uppe?\n{g#2}: ja jag tar v. {WEEK}, {s} tar resten",
    "Hej allihopa! {N} och jag byter pass på {DAY}. Jag jobbar kväll i stället. /{G}",
    "{g}: apoteket på {stn} har slut på {DRUG}, kan vi skicka över från lagret?\n{g}: kolla med {g} först",
    # Rotas, staff and jobs
    "Schema vecka {WEEK}, {PHARM}\nMån: {P} (öppning), {G}\nTis: {Gi}, {G}\nOns: {P}, {I}\nTors: {G}, {G}\nFre: {P} (stängning)\nKontakt vid sjukdom: {P#9}, {PH}",
    "Vi söker legitimerad apotekare till {PHARM}! Tjänsten är en tillsvidareanställning på heltid. Kontakta apotekschef {P#1} på {PH} eller {E#1}. Välkommen med din ansökan senast {DATE}.",
    "Välkommen till nya kollegor: receptarie {P}, apotekstekniker {P} och farmaceutstudenten {F}. Handledare för praktiken är {P}.",
    "APT-protokoll {DATE}, {PHARM}\nNärvarande: {P}, {P}, {G}, {S}\nProtokollförare: {G#1}\nJusteras av: {P}\n1. Nya rutiner för kylvaror. 2. {Gs#1} förslag om nytt kösystem bordlades.",
    "Intyg\nHärmed intygas att {F#1}, född {PNR}, har arbetat som receptarie vid {PHARM} under tiden {DATE}–{DATE}.\n{TOWN} {DATE}\n{P}, apotekschef",
    "Lönespecifikation: {RU#1}, anst.nr {NUM}{NUM}\nAdress: {AL}\nUtbetalning {DATE}: {AMT}",
    "Tack för lång och trogen tjänst! Efter 31 år går vår kära {F:f} i pension. Kaffe och tårta i personalrummet {DAY} kl {TIME}. /{G} och {G}",
    # Deviations and controlled drugs
    "Avvikelse {REF}\nDatum: {DATE}\nRapporterad av: receptarie {P}\nHändelse: Kunden {P#1} fick {DRUG} i stället för förskriven styrka. Kunden kontaktades på {PH} och fick rätt vara samma dag.\nÅtgärd: dubbelkontroll vid expediering.",
    "Legitimationskontroll vid uttag av narkotikaklassat läkemedel: ombud {P#1} ({PNR}) hämtade {DRUG} för {Ps#2} räkning. Körkort kontrollerat av {I}.",
    "Inventering av narkotikaskåp {DATE}: differens på 2 st {DRUG}. Ansvariga: {P} och {P}. Anmälan till apotekschef {S}.",
    "Kvittens\nUtlämnat {DATE} kl {TIME}: {DRUG}, {NUM} st\nTill: {P} ({PNR})\nExpedierat av: {I}, leg. apotekare",
    "Lex Maria-utredning, {REF}: patienten {P}, {PNR}, boende på {HOME}, fick dubbel dos i dospåsen. Sjuksköterska {P} upptäckte felet. Kontaktperson dosapoteket: {P}, {PHF}.",
    # Dose dispensing and care homes
    "Till hemtjänsten i {TOWN}: dospåsarna för {P#1} ({PNR}), {A}, levereras {DAY}. Kontaktperson är sjuksköterska {P}, tel. {PH}.",
    "Dosdispensering – ändringsmeddelande\nPatient: {R}\nPersonnummer: {PNR}\nBoende: {HOME}, {A}\nUtsatt: {DRUG}\nOrdinerande läkare: {P}\nAnhörig: {P}, {PHM}",
    "Läkemedelsgenomgång för {P#1}, {PNR}. Deltagare: farmaceut {P}, distriktssköterska {P} och dottern {G:f}. Uppföljning {DATE}.",
    "Kontaktlista dosapoteket\n{P} – {PH}\n{P} – {PHM}\n{P#3} – {E#3}\nJourtelefon: {PHF}",
    # Vaccinations and services at the pharmacy
    "Bokningsbekräftelse influensavaccin\nNamn: {P}\nPersonnummer: {PNR}\nTid: {DAY} {TIME}\nPlats: {PHARM}, {A}\nAvbokning: {PHF}",
    "Hej {G}! Påminnelse om din tid för blodtrycksmätning hos {PHARM} {DAY} kl {TIME}. Vi finns på {ST}. Välkommen!",
    "Vaccinationsjournal\n{RU#1} ({PNR})\nVaccin: TBE, dos 2\nGivet av: leg. sjuksköterska {P}\nNästa dos: {DATE}\nSms-påminnelse till: {PHM}",
    # Veterinary prescriptions
    "Djurrecept\nDjurägare: {P#1}, {A}\nDjur: hund, {PET}\nLäkemedel: {VETDRUG}\nDosering: enligt veterinärens ordination\nFörskrivare: leg. veterinär {P}, Djurkliniken {TOWN}, {PHF}",
    "Hej! Katten {PET} har fått ett recept på {VETDRUG} från veterinär {S}, men det syns inte i appen. Jag heter {P} och har personnummer {PNR}. Kan ni hjälpa mig?",
    "Vi har hämtat ut medicinen till hästen {PET} åt {G:f}, den ligger i stallet på {AR}. /{N}",
    # Travel certificates
    "Intyg för resa inom Schengenområdet med narkotiska läkemedel\nResenär: {RU#1}\nPersonnummer: {PNR}\nBostadsadress: {A}\nResmål: Spanien\nLäkemedel: {DRUG}\nUtfärdat av {PHARM}, farmaceut {P}",
    "Resan till Thailand: {N} har med sig {DRUG} och ett intyg på engelska från doktor {S}. Vid frågor ring {PHM} eller {PHX}.",
    # Forms and customer records
    "ANSÖKAN OM DELBETALNING AV LÄKEMEDEL\nEFTERNAMN: {SU#1}\nFÖRNAMN: {GU#1}\nPERSONNUMMER: {PNR}\nADRESS: {AK}\nTELEFON: {PH}\nE-POST: {E#1}",
    "Kundkort\nEfternamn: {S#1}\nFörnamn: {G#1}\nAdress: {A}\nMobil: {PHM}\nE-post: {E#1}\nVill ha sms när receptvaror kommit in: ja",
    "Välkommen till Klubb Hjärtat, {G#1}! Ditt medlemsnummer är {NUM}{NUM}{NUM}. Vi har registrerat adressen {A} och mobilnumret {PHM}. Byt uppgifter på Mina sidor.",
    "Adressändring från {DATE}:\n{P}\n{AL}\nNytt mobilnummer: {PHM}\nGamla adressen ({A}) kan tas bort.",
    "Fakturaadress: Apoteksbolaget Norr AB, {BOX}\nReferens: {P}\nOrg.nr {ORGNR}",
    "{P}\n{AL}\n\n{TOWN} {DATE}\n\nAngående ditt ärende {REF}\nVi har tagit emot din begäran om utdrag ur Nationella läkemedelslistan. Utdraget skickas till din folkbokföringsadress.\nMed vänlig hälsning\n{P}, kundtjänst",
    "Hämtas av: {P}, tel. {PHM}, legitimation kontrollerad (pass). Varan gäller recept utfärdat av {I} för {Gs} räkning.",
    # Family and everyday messages
    "Mamma, jag har beställt dina mediciner till {a}. {G} kör ut dem på lördag. Kram {n}",
    "Kan du hämta ut mina p-piller på apoteket vid {STN} när du ändå är där? Fullmakten finns i appen. Lämna dem hos {G} på {ST}. /{g}",
    "Hej {G}, det är {G#2} från {PHARM}. Din beställda vara {DRUG} har kommit in och finns att hämta i {NUM} dagar. Frågor? Ring {PH}. /{G#2}",
    "Min mormor {P:f} ({PNR}) bor på {HOME} och behöver nya stödstrumpor. Kan dosapoteket skicka dem till {A}? /{P}, barnbarn",
    "Hej {G}! Jag har lagt undan ditt {DRUG} i kylen. Hämta före {TIME} annars stänger vi. Hälsningar {G}, {PHARM}, {A}",
    "Grannen {P} på {STN} behöver hjälp att hämta ut sin astmamedicin. Kan någon i föreningen ställa upp? Ring {PHM}.",
    # Firms named after people
    "Fakturan från {S#1} Hälsokost AB avser 24 st {DRUG}. Betalas till bankgiro {BG} eller Swish {SWISH}. Frågor: {P#2}, {PH}.",
    "{Ps} Naturapotek flyttar till {A} efter sommaren. Öppet som vanligt fram till {DATE}.",
    # Letters and notes from pharmacists
    "Med vänliga hälsningar\n{P#1}\nLeg. apotekare, {PHARM}\n{A}\nTel: {PH}\n{E#1}",
    "Hej {P#1},\nvi har tagit emot ditt recept på {DRUG} men varan är restnoterad till {DATE}. Vill du att vi byter till ett likvärdigt läkemedel? Svara på detta mejl eller ring {PHF}.\n/{G}, farmaceut",
    "Mejl från {P#1:f} <{E#1}>: Jag har bytt nummer till {PHM}, uppdatera gärna mina uppgifter. Min man {G:m} har samma adress som förut.",
    "Protokollsutdrag: beslut om avstängning av kund efter hot mot personal. Kund: {P}, {PNR}. Anmält till polisen av skyddsombud {P}.",
    "Kallelse till uppföljningssamtal med farmaceut {S#1} om din astmabehandling. Tid: {DAY} {TIME}. Adress: {PHARM}, {ST}. Kan du inte komma? Ring {PH}.",
    "Lathund kassa: vid problem ring {P} ({PHM}) eller IT-support {PHF}. Vid larm ring {P}.",
    "Tack {G}! Du räddade min helg när du hittade mitt glömda recept. /{P}, {ST}",
    "Hittegods: en blå plånbok med körkort för {P}, {A}, hittades vid kassan {DAY}. Ägaren har meddelats på {PH}.",
    "Kära {G}, grattis på 50-årsdagen från alla oss på {PHARM}! /{G}, {G}, {N} och {Gi}",
    "Utkörning till {VIL} i morgon: {P} och {P} (båda via apoteksombudet). Ring {PH} om vägen är oplogad.",
    "Från: {P#1} <{E#1}>\nSkickat: {DAY} {DATE} {TIME}\nTill: {P#2} <{E#2}>\nÄmne: SV: Inventering\n\nHej {G#2}, jag kan ta inventeringen på {DAY}. Ring om något dyker upp: {PHM}.\n/{G#1}",
    "{P#1}, {AR}. Beställning: {DRUG} och stödstrumpor. Hämtas av hemtjänsten ({P}, {PH}).",
    "Hej! Jag är {Gs:f} mamma. Hon har fått recept på {DRUG} men vi har inte BankID. Kan jag hämta ut det med fullmakt? /{P}, {PHM}",
    "Frågeformulär egenvård\nNamn: {p}\nTelefon: {PH}\nÅlder: {NUM}\nBesvär: hosta sedan en vecka\nFarmaceut: {I}",
    "Anmälan till IVO\nAnmälare: {P#1}, {A}, {PH}\nAnmäld vårdgivare: {PHARM}\nHändelse: fel läkemedel till min far {P:m}.",
    "Sms från {G}: står utanför apoteket på {STN} nu, kan någon öppna bakdörren? leveransen från lagret är här",
    # Addresses of pharmacies, deliveries and moves
    "Våra apotek i länet:\n{PHARM}, {A}, tel. {PHF}\n{PHARM}, {A}\n{PHARM}, {ST} (inne i köpcentret)",
    "Vi har flyttat! {PHARM} finns från och med {DATE} på {ST} i stället för på {ST}. Välkommen till nya lokaler! /{P}, apotekschef",
    "Leveransadress:\n{P#1}\nc/o {P}\n{AL}\nFakturaadress:\n{P#1}\n{AL}",
    "Utkörningslista dosapoteket {DAY}\n{RU}, {A}\n{RU}, {HOME}, {A}\n{RU}, {AR}\n{RU}, {STL}",
    "{g}: vart ska paketet?\n{g}: {a}\n{g}: och till {gs} mamma?\n{g}: {a}",
    "Adressetikett\n{U}\n{AK}\nAvs.: Apoteket AB, {BOX}",
    "Hej {G}, {Ss} apotek på {ST} har ditt läkemedel i lager. Jag har reserverat det till i morgon. /{P}",
    "{Ps} recept på {DRUG} ska skickas till sommarstugan (fastigheten Kvarnåsen 2:14): {ARL}. Ring {PHM} innan ni kör.",
    "Bytt adress: {P#1} ({PNR}) har flyttat från {A} till {A}. Dosleveransen ändras från vecka {WEEK}.",
    "Paketet till {P} kom i retur från {STT}. Rätt adress enligt kunden: {A}. Skickas om i dag.",
    "Sms från budet: står på {STN} men hittar inte nr {NUM}. Mottagare {P}. Ring mig på {PHM}. /{G}",
    "Tack för senast, {G}! Här är adressen till {Ss} nya apotek: {AL}. Vi ses på invigningen {DAY}!",
    "{g}: kan du köra ut till {p:f} på {a} efter lunch? hon svarar på {PHM}\n{g}: visst, och {n} på {a}?",
    "Receptet för {Ps} katt {PET} skickas från Djurkliniken, {A}, tel. {PHF}. Hämtas på {PHARM}, {ST}.",
)

EN = (
    "Hi {G#1},\nYour prescription for {DRUGEN} is ready to collect at {PHARMEN}, {AU}. Please bring ID. Questions? Call us on {PHU}.\nThe pharmacy team",
    "Repeat prescription request\nPatient: {P#1}\nDate of birth: {DATEEN}\nAddress: {AUL}\nMedication: {DRUGEN}\nNominated pharmacy: {PHARMEN}\nPhone: {PHU}",
    "Dear Dr {S},\nI am writing about our mutual patient {M#1:f}, who was dispensed {DRUGEN} on {DATEEN}. She reports side effects and I have advised her to contact the surgery. She can be reached on {PHU}.\nKind regards,\n{P}\nPharmacist, {PHARMEN}",
    "Order confirmation #{ORD}\nShip to:\n{P#1}\n{AUSL}\nEmail: {E#1}\nPhone: {PHA}\nItems: {DRUGEN} x 90 (mail-order refill)\nCopay: {USD}",
    "Your order {ORD} has been dispatched with Royal Mail Tracked 24 to {AU}. If nobody is home, the parcel will be left with your neighbour or at the local delivery office.",
    "Refill reminder: {G}, your {DRUGEN} (Rx {RX}) is due for refill. Reply YES to refill or call {PHA}. - {PHARMEN}",
    "Prior authorization request\nPatient: {RU#1}\nDOB: {DATEEN}\nMember address: {AUS}\nPrescriber: {M}, MD\nPrescriber phone: {PHA}\nMedication: {DRUGEN}\nPharmacy contact: {P}, PharmD",
    "From: {P#1} <{E#1}>\nTo: {EM}\nSubject: Wrong item in order {ORD}\n\nHello, I ordered {DRUGEN} but received something else. Please send the correct item to {AU}.\nThanks,\n{G#1}",
    "Thanks for contacting Pharmacy2U, {G#1}. I have refunded your delivery charge of {GBP} and resent the parcel to {AUL}.\nBest wishes,\n{G#2} (Customer Care)",
    "[21:14] {G#1}: hi, is it ok to take ibuprofen with {DRUGEN}?\n[21:16] Pharmacist {G#2}: Hi {G#1}, ideally not. Paracetamol would be a better choice.\n[21:17] {G#1}: thanks {G#2}!",
    "Locum booking confirmed: {P#1} will cover {PHARMEN}, {AU}, on {DAYEN} {DATEEN}, 9am to 6pm. Please contact the branch manager, {P}, on {PHU} with any access codes.",
    "Controlled drug register - {DRUGEN}\nSupplied to: {P}, {AU}\nCollected by: {P} (carer, ID checked)\nSupplied by: {I}, registered pharmacist",
    "Vet prescription\nOwner: {P#1}, {AU}\nAnimal: dog, {PET}\nDrug: {VETDRUG}\nDirections: as directed by the vet\nVet: {P}, MRCVS, {PHU}",
    "Hey {g}! just picked up your meds from the pharmacy on {STNEN}, leaving them with {g} next door. text me at {PHA}",
    "{g}: did {n} get the insulin delivery?\n{g}: yeah, the driver left it at {au}\n{g}: ok cool",
    "@{G} can you call {P} back about the flu jab? number's {PHU}",
    "Job opening: Pharmacy Technician, {PHARMEN}. Send your CV to {P#1} at {E#1} or call {PHA}. Applications close {DATEEN}.",
    "Welcome to the team, {P#1} ({E#1})! You'll be shadowing {P} and {Gi} in the dispensary at {AU} for your first week.",
    "Flu vaccination booking\nName: {P}\nDate: {DAYEN} {DATEEN} at {TIME}\nLocation: {PHARMEN}, {AU}\nTo cancel, call {PHU}.",
    "Medication review notes - {P#1} (care home resident). Present: pharmacist {P}, nurse {P}, daughter {G:f} (phone {PHU}). Follow-up {DATEEN}.",
    "Delivery route {DAYEN}\n1. {R} - {AU} - {PHU}\n2. {R} - {AU}\n3. {R} - {AU} - {PHU}",
    "Hi, I'm {P}, my mum {P:f} is staying with me at {AUS} for a month. Can her prescriptions be transferred from her pharmacy in {TOWNEN}? Call me on {PHA}.",
    "Review: 5 stars. {N} at the counter of the {STNEN} branch sorted out my prescription mix-up in five minutes. Thank you! - {Gi}",
    "Review: 1 star. Waited 40 minutes and the pharmacist ({G}) told me to come back tomorrow. Terrible. - {P}",
    "To whom it may concern,\nThis letter confirms that {F#1}, date of birth {DATEEN}, is prescribed {DRUGEN} for a chronic condition and must carry it while travelling.\n{P}, MD\n{AUSL}\nTel. {PHA}",
    "Patient Medication Record\nName: {U#1}\nAddress: {AUL}\nGP: Dr {S}\nAllergies: penicillin\nEmail: {E#1}\nNotes: carer is {P} ({PHU})",
    "Message for {G}: {P} called at {TIME} about a missing inhaler. Please ring back on {PHX} before close.",
    "Regards,\n{P#1}\nSuperintendent Pharmacist\n{PHARMEN}\n{AUL}\n{PHU} | {E#1}",
    "{S#1} Pharmacy, {AU}. Proprietor: {P#1}. Opening hours Monday to Saturday 9-6.",
    "Hi {G}, this is {G#2} from {S'#3} Family Pharmacy. Your compounded cream is ready. We're at {AUS}. - {G#2}",
    "Hi {G#1}! Your order {ORD} will arrive {DAYEN}. Your driver today is {G}. Track it at the link below or call {PHU}.",
    "From: {P#1} <{E#1}>\nSent: {DAYEN} {DATEEN}\nTo: {P#2} <{E#2}>\nCc: {P}\nSubject: RE: Rota\n\nHi {G#2}, I can swap Saturday with {N}. Let me know.\n{G#1}",
    "Incident report {REF}: {P} was given another patient's bag at collection. The error was spotted by {P}, the dispenser. The patient was contacted at {PHU}.",
    "Ship to: {P}, {AX}. International orders may take 5-10 working days. Customs queries: {PHX}.",
    "Dear {P},\nWe are sorry your order arrived damaged. A replacement has been sent to {AUS}. Your case number is {REF}.\nSincerely,\n{P}, Customer Relations",
    "Emergency supply request: {P#1}, {AU}, ran out of {DRUGEN} while visiting from {TOWNEN}. Usual pharmacy: {PHARMEN}, {PHU}. Authorised by {I}.",
    "Texted {G}: your meds are at the front desk of {PHARMEN}, {AUS}. From {PHA}.",
    "Note from {P}: {G:m} is allergic to penicillin. Please call me on {PHX} if anything changes with his prescription.",
    "Pickup authorization: I, {P#1}, authorize {P#2} to pick up my prescriptions at {PHARMEN}. Signed {DATEEN}. Phone {PHA}.",
    "Thank you {Gi}! Sorry, but we can't ship {DRUGEN} to {AX}. Please contact a local pharmacy. - {G}, Customer Care",
    "{P'#1} prescription for {DRUGEN} has been sent to {PHARMEN} by Dr {S}. Please collect within 28 days.",
    "Swedish personal identity number for my prescription record: {PNR}. My name is {P} and I live at {A}. Please update your file.",
    "hey {g} it's {g} from the pharmacy, your mum's order came in. we're at {au} til 7",
    "Sign-up: {P#1}, {E#1}, {AU}. Reminders by SMS to {PHU}: yes.",
    "Hi {P}, we couldn't deliver your parcel to {AUL} today. We'll try again tomorrow. Questions? {PHU}",
    "Dispensing log {DATEEN}: Rx {RX} for {R}, checked by {I}; Rx {RX} for {R}, checked by {I}.",
    "Please note that {P} is no longer our patient's carer. New carer: {P}, phone {PHX}.",
    "Mr {S:m} left his reading glasses at {PHARMEN} this morning. He can collect them from {AU} or we'll post them.",
    "Thanks to {P} and {P} for organising the Christmas party. See you all at the pub on {STNEN} at 7!",
    "Prescription transfer request: from {PHARMEN}, {AUS}, to {PHARMEN}, {AUS}. Patient: {M}. Pharmacist: {P}, {PHA}.",
    "Our branches:\n{PHARMEN}, {AU}, {PHU}\n{PHARMEN}, {AU}\n{PHARMEN}, {AU}",
    "Bill to:\n{P#1}\n{AUSL}\nShip to:\n{P#2}\n{AUSL}\nPayment: card {CARD}",
    "We've moved! From {DATEEN}, {PHARMEN} is at {AU}, just up the road from our old shop at {AU}.",
    "Home delivery list {DAYEN}\n{R}, {AU}\n{R}, {AU}\n{R}, {AUL}\nDriver: {G}",
    "{G'} prescription has been posted to {AUL}. If it doesn't arrive by {DAYEN}, please let {P'} team know.",
    "Change of address for {P#1}: old {AU}, new {AU}. Please update the PMR and the delivery schedule.",
    "Dear {P},\nYour repeat medicines will be delivered to {AUL} every 28 days. Your next delivery is {DATEEN}.\nThe team at {PHARMEN}",
    "Parcel for {P} returned to sender from {AUS}. Customer confirmed new address: {AUS}.",
    "Carer details updated for {P#1}: {P}, {AUL}, mobile {PHU}. Next of kin: {P}, {PHX}.",
    "Hi {N}, your repeat for {DRUGEN} is ready at {PHARMEN}, {AU}. Call {PHU} if you'd like it delivered to {AU} instead.",
)

MIXED = (
    "{g}: kan du checka order {ORD}? kunden {P:f} says the package never arrived\n{g}: ok, tracking says delivered till {a}\n{g}: weird, ring henne på {PHM}",
    "Hej team! Quick update: {P#1:f} börjar som pharmacist on call från {DATE}. Please welcome her! Kontakt: {E#1}",
    "Meeting notes {DATE}\nAttendees: {P}, {P}, {G}, {S}\n1. Fulfillment i Morgongåva – backlog på 300 orders. {G} follows up.\n2. Kundtjänst: {Gs} förslag om chatbot parkeras.",
    "Hi {G#1}, tack för din order! Your parcel ({KOLLI}) skickas till {A} idag. Frågor? Ring {PHF} eller mejla {EM}.",
    "Från: {P#1} <{E#1}>\nTill: {EM}\nÄmne: Prescription from UK\n\nHej! I have a prescription from my GP in {TOWNEN} for {DRUGEN}. Kan jag hämta ut den i Sverige? I live at {A} now. /{G#1}",
    "@{G} kan du fixa en fullmakt till {P:f}? she's picking up for her dad {P:m} imorgon",
    "{g}: fyi, {p} från dosapoteket ringde, deadline för ändringar är {DAY}\n{g}: noted, jag mejlar {g} också",
    "Hej {G}! Your vaccination appointment är bokad {DAY} kl {TIME} på {PHARM}, {A}. Ta med ID. Questions: {PHF}",
    "Customer {RU#1} har ett open ticket om {DRUG}. Adress i systemet: {AL}. Please call back på {PHM} innan lunch.",
    "Shift swap: {N:f} tar min kväll på {DAY}, jag tar hennes morning shift. OK för dig {G}? /{G}",
    "Kan någon cover för {P:f} imorgon? She's sick. Ring {PHM} if you can. Tack!",
    "Onboarding checklist – {P#1}\nStart date: {DATE}\nBuddy: {P}\nMobile: {PHM}\nLaptop skickas till {AL}\nSlack: @{g#1}",
    "{g}: är {s:f} in today?\n{g}: nope, wfh. ping henne på teams\n{g}: ok thx",
    "Ny pharmacist i teamet: {P:f} (från {TOWNEN}). Hon pratar English och lite svenska. Say hi!",
    "Delivery exception: {P} på {STL} – no answer. Driver ringde {PHM} två gånger. Next attempt {DAY}.",
    "Hej {G#1},\nthanks for your email. Vi har nu skickat din retur till lagret. Your refund of {AMT} will be processed inom 5 dagar.\nBest,\n{G#2}, Customer Care",
    "Hi {P}! Din beställning från Apotea har skickats till {AX}. Leveranstid abroad: 5–10 dagar. Questions? {PHX}",
    "Expat-gruppen: någon som vet en engelsktalande farmaceut i {TOWN}? My husband {G:m} needs help med sina recept. /{Gi}",
    "{g}: who's on narkotika-kontroll today?\n{g#2}: me and {n}\n{g}: great, {g#2} du har nyckeln right?",
    "Recept från utlandet: {P#1} ({PHX}) vill hämta ut {DRUG} hos oss. Her Swedish address is {A}. Kan vi expediera?",
    "Meeting med {P} från leverantören i Tyskland – {DATE} {TIME}. Dial-in: {PHX}. Agenda: delays i leveranser av {DRUG}.",
    "Från: {P#1} <{E#1}>\nSubject: Sick leave\n\nHej! I'm sick today, kommer inte in. {G} kan ta kassan. Ring {PHM} if urgent.\n/{G#1}",
    "Ticket {REF}: Customer {P#1} ({E#1}) klagar på delayed delivery till {AR}. Priority: high.",
    "Warehouse pick list {DATE}\n{R} – {ORD}\n{R} – {ORD}\n{R} – {ORD} (kylvara!)",
    "Hej! Min sambo {P} och jag flyttar to Sweden i {MONTH}. Can we transfer our prescriptions? New address: {AL}. /{P}",
    "Kudos till {G} för att hen handled the angry customer so well igår! 🙌 /{G}",
    "{Gs#1} presentation om e-recept var super. Slides finns på SharePoint. Feedback till {E#1}",
    "Delivery driver {G}: I'm outside {ST}, porten är låst. Customer not answering på {PHM}.",
    "Pls note: {P} har bytt nummer till {PHM}. Update CRM. Thanks!",
    "New customer: {P#1}, {A}, {PHM}, {E#1}. Marketing consent: no.",
    "Team lunch {DAY} på restaurangen vid {STN}! Anmälan till {G} senast {TIME}. Everyone welcome.",
    "Reminder: {P} och {Ps} semester är v. {WEEK}. Please boka inte in dem på helgpass.",
    "Hi {G}, vi har fått din förfrågan om {DRUG}. Unfortunately it's restnoterad. Vill du ha ett alternativ? Reply här eller ring {PHF}. /{G}, farmaceut",
    "Escalation: kunden {P:f} ({PNR}) says hon fått fel dospåse. Ansvarig farmaceut: {P:f}. Call her at {PH}.",
    "Fullmakt (power of attorney)\nI, {P#1}, personnummer {PNR}, authorize {P#2}, personnummer {PNR}, att hämta ut mina läkemedel.\nSigned {TOWN} {DATE}",
    "Hej {G}! Your package is waiting hos ombudet at {STT}. Pick up senast {DATE}. /Apohem",
    "{P#1} – Pharmacist, {PHARM}\n{STT}\nM: {PHM} | {E#1}",
    "Visitor badge för {P} from the UK office, {DATE}. Host: {P} ({PHM}).",
    "Kan vi ship till UK? Kund {P} vill ha sin order till {AUL}, inte till {A}. Ask {G} i logistik.",
    "{g}: have u seen the mejl från {p}?\n{g}: ja, svarar efter lunch",
    "Hej allihop, quick reminder: {N} fyller 40 på {DAY}! Swish:a till {G} ({PHM}) senast {DATE} för presenten. 🎂",
    "Bug report: kundens adress ({A}) sparas inte i checkout. Reported by {P}, QA. Steps: logga in som test user, beställ {DRUG}.",
    "Intervju med kandidat {P#1} för pharmacist role, {DAY} {TIME}. CV skickat från {E#1}. Interviewers: {P}, {I}.",
    "Shoutout till {G} och {G} för sista veckans pick rate! Ni är amazing. Fika på {ST} on me.",
    "Kundtjänst chat: {g#1}: hi, my order {ORD} har inte kommit.\nAgent {G}: Hej {g#1}! Let me check… it's at the ombud at {STT}.",
    "Hej! My Swedish personnummer is {PNR}. Kan ni kolla om mitt recept på {DRUG} finns? Name: {P}. Tel {PHX}.",
    "Owner of the account: {RU#1}\nBilling address:\n{AL}\nShipping address:\n{AXL}",
    "OOO: Jag är på föräldraledighet till {DATE}. For urgent matters, contact {P#2} ({E#2}, {PHM}).",
    "Hi {G}! Dagens order till {VIL} ({P}) and {ARL} ({P}) går med lantbrevbäraren.",
    "Vet team: recept på {VETDRUG} för katten {PET} (owner {P}, {PHM}) has been sent to Apoteket. Please confirm.",
    "Store list uppdaterad: {PHARM} flyttar till {A}, {PHARM} stays på {ST}. Nytt telefonnummer: {PHF}. Please update Google listing. /{G}",
    "Hej {G}! Can you send {Gs} beställning till hennes nya adress? {AL}. Tack!",
    "Return label: from {P#1}, {A}, {E#1}, to Returns Center, {BOX}. Please print and tejpa på kartongen.",
    "{g}: kunden på {a} says the driver left it at fel dörr\n{g}: ugh, skicka ny till {a} then",
    "Ship from: Lager, {BOX}\nShip to: {P}, {AX}\nCustoms value: {EUR}",
    "Address check failed för order {ORD}: {A} finns inte i adressregistret. Kunden {P#1} har fått ett mejl på {E#1}.",
    "Fika-meeting hos {G} på {ST} this Friday! Bring something sött. /{G}",
    "Kund {U} ({PNR}) vill ha leverans till {AK}. Note: fragile, kylvara.",
    "Customer service log {DATE}\n{TIME} – {P} ({PHM}): wrong item, skickar ny till {A}\n{TIME} – {P} ({PH}): refund approved\n{TIME} – {N}: callback om leverans till {AR}",
    "Pickup point ändrad: ICA Nära på {STT} är closed för renovering. New pickup point: {A}, tel. {PHF}. Kunder informeras via sms.",
    "Hej {N}! Kan du dubbelkolla adressen för {P#1:f}? Systemet säger {A} men kunden says {A}. Ring henne på {PHM}.",
    "Apotekets nya lokaler: {AL}\nOpening hours mån–fre 9–19. Phone {PHF}. Ask for {G} if you need help in English.",
)

NEGATIVES = (
    (
        "sv",
        "Din order {ORD} har skickats. Spårningsnummer {KOLLI}. Leverans till ditt valda ombud beräknas {DATE}. Hälsningar Apotea",
    ),
    (
        "sv",
        "Receptet på {DRUG} är förnyat och finns nu i Nationella läkemedelslistan. Uttag 2 av 4, giltigt till {DATE}.",
    ),
    (
        "sv",
        "Högkostnadsskyddet för läkemedel: du betalar högst 2 900 kr under en tolvmånadersperiod. Därefter är receptbelagda läkemedel inom förmånen kostnadsfria.",
    ),
    (
        "sv",
        "Periodens vara: Omeprazol Actavis ersätter Losec enligt TLV:s beslut. Varunummer {VNR}, ATC-kod A02BC01.",
    ),
    (
        "sv",
        "Kvitto {REF}\nAlvedon 665 mg 48 st 89,00 kr\nIpren 200 mg 30 st 59,00 kr\nAloe vera gel 45,00 kr\nSumma 193,00 kr\nKort {CARD}\nOrg.nr {ORGNR}",
    ),
    (
        "sv",
        "Öppettider under helgerna: julafton 10–13, juldagen stängt, annandag jul 11–16. Apotek Hjärtat i Gallerian har ordinarie tider.",
    ),
    (
        "sv",
        "Johannesört kan minska effekten av p-piller som Yasmin och Cerazette. Fråga alltid farmaceuten innan du kombinerar naturläkemedel med receptbelagda läkemedel.",
    ),
    (
        "sv",
        "Lot {LOT}, utgångsdatum 2028-03. Förvaras i kylskåp (2–8 °C). Får ej frysas. Kasseras 28 dagar efter öppnande.",
    ),
    (
        "sv",
        "Läkemedelsverket varnar för falska viktminskningspreparat som säljs på sociala medier. Köp bara från apotek med den gemensamma EU-logotypen.",
    ),
    (
        "sv",
        "Björnbär, lingon och havtorn: nya smaker av C-vitamin i brustablett. 20 st för 39 kr, tre för två hela oktober.",
    ),
    (
        "sv",
        "Mötet med eHälsomyndigheten om nya e-receptformatet flyttas till torsdag kl 14.00 i rum Linné på plan 4.",
    ),
    (
        "sv",
        "Inventering vecka {WEEK}: hylla 12 (näsprayer), hylla 14 (solskydd), kylskåp 2. Differenser rapporteras i kassasystemet före fredag.",
    ),
    (
        "sv",
        "Bankgiro {BG}, OCR {OCR}. Förfallodag {DATE}. Belopp att betala: {AMT}. Vid frågor om fakturan, se Mina sidor.",
    ),
    (
        "sv",
        "Parkinsons sjukdom och Crohns sjukdom ingår i förmånen för flera specialläkemedel. Läs mer hos TLV.",
    ),
    (
        "sv",
        "Apoteksombudet i byn stänger i december. Närmaste apotek finns i centrum, tolv kilometer bort, eller beställ via nätet.",
    ),
    (
        "sv",
        "Frakt: 0 kr över 349 kr, annars 29 kr. Expressleverans inom två timmar i Stockholm, Göteborg och Malmö.",
    ),
    (
        "sv",
        "Solskydd SPF 50, sol och bad: smörj in dig rikligt och upprepa efter bad. Barn under ett år ska inte vistas i direkt solljus.",
    ),
    (
        "sv",
        "Kronans Apotek och Apoteket Svanen samarbetar kring utbildning i egenvårdsrådgivning. Kursen ges i Uppsala i höst.",
    ),
    (
        "sv",
        "Dospåse {NUM}: morgon 08.00 – Metformin 500 mg, Trombyl 75 mg; kväll 20.00 – Atorvastatin 20 mg. Rivs längs perforeringen.",
    ),
    (
        "sv",
        "Klarar du dig utan recept? Receptfria läkemedel mot förkylning: Nezeril, Otrivin, Mollipect och halstabletter med honung.",
    ),
    (
        "sv",
        "Lager Morgongåva: 14 000 orderrader plockade igår, rekord! Inga avvikelser rapporterade under natten.",
    ),
    (
        "sv",
        "Ros och ris? Lämna synpunkter på vår service via formuläret på webbplatsen. Vi svarar inom tre arbetsdagar.",
    ),
    (
        "sv",
        "Förskrivarkod {NUM}{NUM}{NUM}, arbetsplatskod {VNR}{NUM}. Receptet är utfärdat i Region Uppsala och gäller ett år.",
    ),
    (
        "sv",
        "Vecka {WEEK}: kampanj på tandkräm, munskölj och tandtråd. Gäller så långt lagret räcker, max tre förpackningar per kund.",
    ),
    (
        "sv",
        "Ljus, lind och fläder: så gör du egen fläderblomssaft. Inget botemedel, men god till förkylningen.",
    ),
    (
        "sv",
        "Apoteket Lejonet och Apoteket Örnen har nya öppettider från {DATE}: vardagar 9–19, lördag 10–16, söndag stängt.",
    ),
    (
        "en",
        "Your order {ORD} has shipped. Tracking number {KOLLI}. Estimated delivery {DAYEN} {DATEEN}. Thank you for shopping with us.",
    ),
    (
        "en",
        "Rx {RX} - {DRUGEN}. Qty 30. Refills remaining: 2. Discard after {DATEEN}. Keep out of reach of children.",
    ),
    (
        "en",
        "St John's wort may interact with many prescription medicines, including some contraceptives and antidepressants. Always ask your pharmacist.",
    ),
    (
        "en",
        "Patients with Alzheimer's disease or Parkinson's disease may be eligible for a free medicine-use review. Ask at the counter.",
    ),
    (
        "en",
        "Flu jabs available now: walk-in Monday to Saturday, 9am to 5pm. Free for over-65s, pregnant women and carers.",
    ),
    (
        "en",
        "NHS prescription charge: {GBP} per item. Prepayment certificates can save you money if you need more than 11 items a year.",
    ),
    (
        "en",
        "Will the pharmacy be open on bank holidays? Yes, from 10 to 4. Grace periods for returning unused medicines do not apply.",
    ),
    (
        "en",
        "Ivy, rose and sage: soothing botanicals in our new hand cream range. Basil and ginger shower gel also back in stock.",
    ),
    (
        "en",
        "Receipt {REF}\nZyrtec 10 mg 30 ct {USD}\nAdvil 200 mg 50 ct {USD}\nTotal {USD}\nCard {CARD}\nThank you for visiting CVS Pharmacy",
    ),
    (
        "en",
        "Bill to the insurer: claim {REF}, NDC 00093-7214-56, days supply 90, dispense as written. Prior authorization approved through {DATEEN}.",
    ),
    (
        "en",
        "Summer skin care: use SPF 30 or higher, reapply every two hours, and seek shade between 11am and 3pm.",
    ),
    (
        "en",
        "Mark the date: our pharmacy moves next door on {DATEEN}. Same phone line, same friendly team, more parking.",
    ),
    (
        "en",
        "Batch {LOT} recalled by the manufacturer. If you have this lot number, return it to the pharmacy for a full refund.",
    ),
    (
        "en",
        "Frank advice on hangovers from our pharmacists: water, rest and paracetamol. Skip the miracle cures.",
    ),
    (
        "en",
        "Dispensing is closed from 1pm to 2pm for lunch. The shop stays open, and the pharmacist can be reached in emergencies.",
    ),
    (
        "en",
        "Hope you feel better soon! Get well cards, tissues and throat lozenges are on aisle 4.",
    ),
    (
        "en",
        "Free delivery on orders over £40. Next-day delivery available to most of Great Britain if ordered before 3pm.",
    ),
    (
        "en",
        "Reminder: controlled drug prescriptions are valid for 28 days. Repeat dispensing is not allowed for Schedule 2 drugs.",
    ),
    (
        "mixed",
        "Order {ORD} status: shipped. Leverans beräknas {DATE}. Tracking: {KOLLI}. Tack för att du handlar hos oss!",
    ),
    (
        "mixed",
        "Reminder: stock count i kylrummet på fredag. Please don't move the insulin pens innan vi har räknat klart.",
    ),
    (
        "mixed",
        "Q3 results: e-handeln växte 18 % och click & collect står nu för en tredjedel av ordrarna. Great job, alla!",
    ),
    (
        "mixed",
        "FYI: systemet för e-recept har driftstörning mellan 02.00 och 04.00 i natt. Planned maintenance hos eHälsomyndigheten.",
    ),
    (
        "mixed",
        "New SOP: dubbelkontroll på alla narkotikaklassade läkemedel from Monday. Read it på intranätet och signera.",
    ),
    (
        "mixed",
        "Deadline för budget requests är {DATE}. Skicka in via formuläret, inte via mejl please.",
    ),
    (
        "mixed",
        "Heads up: leveransen från grossisten är delayed till {DAY}. Vi har slut på Alvedon 500 mg och Ipren i 30-pack.",
    ),
    ("mixed", "Team building i höst: bowling eller escape room? Rösta i kanalen before Friday."),
    (
        "mixed",
        "Price update: Aloe vera gel sänks till 45 kr, sunscreen SPF 50 höjs till 159 kr från {DATE}.",
    ),
    (
        "mixed",
        "Retur policy: öppnade förpackningar kan inte returneras. Exception: felexpedierade varor, med kvitto {REF}.",
    ),
    (
        "mixed",
        "Sprint review kl 15: checkout flow, nya betalsätt (Klarna, Swish) och bugfix för ombudsväljaren.",
    ),
    (
        "mixed",
        "Warehouse i Morgongåva stänger tidigare på midsommarafton. Last pick kl 12, inga express orders efter 11.",
    ),
    (
        "mixed",
        "Kampanj: Buy 2 get 1 free på vitaminer hela mars. Gäller inte receptbelagda varor eller läkemedel inom förmånen.",
    ),
    (
        "mixed",
        "The new kassasystem goes live {DAY}. Utbildning i personalrummet, 30 min per pass. Bring your login.",
    ),
    (
        "mixed",
        "Kundnöjdhet: NPS 62 this quarter, upp från 55. Flest klagomål gäller leveranstider till norra Sverige.",
    ),
    (
        "mixed",
        "Note to self: beställ fler plåster och kompresser – vi är low on stock. Kolla varunummer {VNR} innan du lägger ordern.",
    ),
)
