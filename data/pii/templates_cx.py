# ruff: noqa: E501
"""Templates of held-out CX (issue 15): trade unions, political parties and civic associations.

Membership registers and renewals, union casework and disputes, nomination papers and candidate
lists, petitions and their signatories, annual meetings' minutes and elections of boards, study
circles, volunteers' rotas, campaign canvassing lists and mailings to members, in Sweden, the
Nordic countries, the UK and elsewhere in Europe; Swedish, English and mixed (Swedish and English
in one text, as Swedes write at work). Slots are filled by `generate_cx.py` (see its
`person_segments` and `filler` for the forms). NEGATIVES hold no value at all and are used once
each: look-alikes of the genre (member, case, order and account numbers, amounts, dates, times,
unions, parties and agencies named after no person, places that are no address, everyday words
that are also names, used as words).
"""

MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}  # fmt: skip

SV = (
    # membership registers, applications, renewals, resignations
    "MEDLEMSREGISTER – Kommunal sektion {AVD}, utdrag {DATE}\nMedlemsnr {MNR}; {RU#1}; {PNR}; {A}; {PH}; {E#1}\nMedlemsnr {MNR}; {RU#2}; {PNR}; {A}; {PHM}\nMedlemsnr {MNR}; {RU#3}; {PNR}; {AR}; {PH}",
    "Hej {G#1}!\nDitt medlemskap i Hyresgästföreningen region {TOWN} förnyas {DATE}. Avgiften är {AVG} per månad och dras via autogiro. Stämmer din adress?\n{AL}\nRing medlemsservice på {PHF} eller svara till {EO}.\nVänliga hälsningar\n{P#2}, medlemsansvarig",
    "Medlemsansökan – Vision\nNamn: {P#1}\nPersonnummer: {PNR}\nUtdelningsadress: {A}\nMobil: {PHM}\nE-post: {E#1}\nArbetsgivare: {TOWN} kommun, förvaltningen för äldreomsorg\nVärvad av: {P}",
    "Jag, {P#1}, {PNR}, begär utträde ur Handelsanställdas förbund från och med {DATE}. Min nya adress är\n{AL}\n\n{P#1}",
    "medlemsnr;efternamn;förnamn;adress;telefon;e-post\n{MNR};{SU#1};{G#1};{A};{PH};{E#1}\n{MNR};{SU#2};{G#2};{STL};{PHM};",
    "Ändring av medlemsuppgifter, medlem {MNR}: gammal adress {A}, ny adress {A}. Nytt mobilnummer {PHM}. Ändrat av {Gi} på kansliet {DATE}.",
    "Påminnelse: medlemsavgiften för perioden t.o.m. {DATE} ({AVG}) är obetald. Betala till bankgiro {BG} med OCR {OCR}. Frågor? Ring {G#1} på kansliet, {PH}.\n\nTill: {P#2}\n{AL}",
    "SPF Seniorerna {TOWN}, nya medlemmar (utskick {DATE}):\n{P}, {A}\n{P}, {A}\n{P}, {AL}\nVälkomna! Medlemskortet skickas hem.",
    "PRO {TOWN} gratulerar vår äldsta medlem {P#1} ({PNRO}) som fyller 100 år i år! Kort och blommor kan skickas till {G#1} {CO}.",
    "Välkommen som medlem i Naturskyddsföreningen, {G#1}! Ditt medlemsnummer är {MNR}. Tidningen Sveriges Natur skickas till {A}. Har du frågor, mejla {EO} eller ring {PHF}.",
    "Till {P#1}\n{COL}\n\nTack för att du har varit medlem i IOGT-NTO i {YRS} år! Som tack bjuder vi på kaffe vid årsmötet {DATE}. /{P#2}, ordförande lokalföreningen",
    "Dubbelanslutning? {P#1} ({PNR}) finns i registret både hos Seko avd {AVD} och hos Transport. Kontrollera med {S#2} på medlemsavdelningen, {PHF}, innan vi skickar avgiftsavi till {A}.",
    # union casework and disputes
    "Ärende {DNR} – uppsägning pga arbetsbrist\nMedlem: {P#1} ({PNR})\nArbetsplats: {Ss#2} Åkeri AB, {ST}\nOmbudsman: {P#3}, IF Metall avd {AVD}, tel {PH}\n{G#1} har varit anställd sedan {YEAR}. Vi begär förhandling enligt 11 § MBL. {S#3} återkommer på {DAY}.",
    "Förhandlingsprotokoll, lokal förhandling enligt 14 § MBL\nParter: Unionenklubben vid bruket i {TOWN} och bolaget\nFör klubben: {P}\nFör arbetsgivaren: HR-chef {P}\nFråga: omplacering av {P} ({PNR})\nFörhandlingen avslutades i oenighet {DATE}.\nJusteras: {I}, {I}",
    "AD-mål {DNR}. Kärande: Svenska Transportarbetareförbundet för medlemmen {P#1}, {PNR}, {A}. Svarande: {S#2} Logistik AB, {BOX}. Ombud för förbundet: förbundsjurist {P#3}, LO-TCO Rättsskydd.",
    "Rehabmöte {DATE} kl {TIME}. Närvarande: {P#1} (medlem), {P} (närmaste chef), {P} (HR), en handläggare från Försäkringskassan och fackligt ombud {P}. {Gs#1} önskemål är arbetsträning på {PCT} från vecka {WEEK}.",
    "Telefonmeddelande till {G#2}: Ring tillbaka till {P#1} på {PH} angående lönesamtalet och varselbeskedet. {G#1} har frågat efter dig två gånger. // {n#3}",
    "Anteckningar klubbstyrelsen {DATE}: {Gs#1} förslag om lokalt avtal om flextid bordlades. {P#2} rapporterade från {Ss#3} möte med ledningen. Nästa möte hos {G#2}, {A}.",
    "Anmälan av skyddsombud enligt 6 kap. 2 § arbetsmiljölagen\nArbetsställe: {BOX}\nSkyddsombud: {P#1}, {PNR}\nErsättare: {P}\nUtsett av: Byggnads region {TOWN}, kontaktperson {P}, {PHF}",
    "Strejkvaktsschema {DATE}, entrén på {ST}:\n06–10 {P}\n10–14 {P}\n14–18 {G} och {G}\nStrejkledare {P#1} nås på {PHM}. Presskontakt: förbundets pressjour, {PHF}.",
    "Hej {G#1},\ntack för samtalet om lönerevisionen. Jag skickar underlaget till {P#3} på förbundet i morgon.\n\nMed vänlig hälsning\n{P#2}\nOmbudsman, Vårdförbundet avdelning {TOWN}\n{BOX}\nDirekt: {PH} | Mobil: {PHM}\n{E#2}",
    "Fackets jurist på Advokatfirman {S} & {S} tar över ärendet om olaga avsked för {P#1} ({PNR}). Kopia av anställningsavtalet skickas till {P#1} på {A}.",
    "Beslut i disciplinärende {DNR}: styrelsen beslutade {DATE} att utesluta {P#1}, medlemsnr {MNR}, ur föreningen. Beslutet skickas med rekommenderat brev till {AL}\nJusterat av {I} och {I}.",
    "Tvist om semesterlön – {P#1}, anställd hos {P#2} (enskild firma, org.nr {ORG}), {AR}. Förbundet yrkar {AMT}. Handläggare {P#3}, {E#3}, {PH}.",
    "Hyresgästföreningen till hyresvärden {S#1} Fastigheter AB, {BOX}\nAngående lägenheten på {STL}: hyresgästen {P#2} har sedan {DATE} haft fukt i badrummet. Vi begär åtgärd inom {YRS} dagar.\nFör föreningen: {P#3}, {E#3}",
    "Lönekartläggning, klubben på {TOWN} sjukhus: underlaget från {Ps#1} enhet saknas. {G#2} och {P#3} går igenom det med HR på {DAY}. Ring {G#2} på {PHM} om något oklart.",
    # nomination papers and candidate lists
    "Socialdemokraterna i {TOWN} – kandidatlista till kommunfullmäktige\n1. {P}, {AGE}, undersköterska\n2. {P}, {AGE}, lokförare\n3. {F}, {AGE}, studerande\n4. {P}, {AGE}, pensionär",
    "SAMTYCKE TILL KANDIDATUR\nEfternamn: {SU#1}\nFörnamn: {GU#1}\nPersonnummer: {PNR}\nAdress: {A}\nTelefon: {PH}\nParti: Vänsterpartiet\nValkrets: {TOWN} 2\nJag samtycker till att min kandidatur anmäls.\n{DATE}",
    "Nominering till förbundsstyrelsen: avdelning {AVD} nominerar {F#1}, {PNR}, {A}. {G#1} har varit skyddsombud sedan {SINCE} och sitter i regionstyrelsen. Nominerad av {P} och {P}.",
    "Valberedningens förslag till styrelse för PRO {TOWN} 2027:\nOrdförande: {P} (omval)\nKassör: {P} (nyval)\nLedamöter: {P}, {P}\nValberedningen genom {P}, {PH}",
    "Möt våra kandidater! {F#1} ({AGE}) är sjuksköterska i {TOWN} och brinner för vården. {Gs#1} hjärtefråga är arbetsmiljön. Kontakta valledare {P#2} på {PHM}.",
    "Pressmeddelande {DATE}: Vänsterpartiet {TOWN} har nominerat {P#1} till första namn på kommunlistan. – Jag är stolt och glad, säger {S#1}.\nKontakt: pressekreterare {P#2}, {PH}, {E#2}",
    "Provvalet i Centerpartiet {TOWN}: {P} {VOTES} röster, {Gi} {VOTES} röster, {P} {VOTES} röster. Valnämnden genom {I}.",
    "Kongressombud från avd {AVD}: {P} ({TOWN}) och {P} ({TOWN}).\nErsättare i ordning:\n1. {R}\n2. {R}",
    "Kristdemokraterna {TOWN} – beställning av valsedlar\nBeställare: {P}\nLeveransadress: {CO}\nTelefon: {PH}\nAntal: {NUM} buntar",
    # petitions and signatories
    "Namninsamling: Rädda BB i {TOWN}!\nNamn | Adress | Underskrift\n{P} | {A} |\n{P} | {A} |\n{U} | {A} |\n{p} | {a} |",
    "Underskrifter till kommunfullmäktige (utdrag): {P} ({TOWN}), {Gi} ({TOWN}), {P} ({TOWN}) – totalt {NUM} namn. Kontaktperson för namninsamlingen: {P}, {PHM}.",
    "Medborgarförslag: Fler bänkar och belysning längs {STN}\nFörslagsställare: {P}, {A}, {PH}\nMedundertecknare: {P}, {P}",
    "Protestlista mot nedläggningen av skolan i {TOWN}:\n– {P}, {AR}\n– {P}, {AR}\n– {R}, {A}\n– {p}, {a}",
    "namn: {p}\nadress: {a}\ntel: {PHM}\nskriver under för att behålla busslinje {NUM}",
    # annual meetings, minutes, board elections
    "Protokoll fört vid årsmöte i lokala hyresgästföreningen i {TOWN} den {DATE}\n§ 1 Ordförande {P#1} öppnade mötet.\n§ 2 Till mötesordförande valdes {P#2}.\n§ 4 Till justerare valdes {I}.\n§ 9 Till ordförande omvaldes {S#1}, till kassör nyvaldes {P}.",
    "Rösträkning, val av ordförande: {P#1} {VHI} röster, {P#2} {VOTES} röster, blanka {NUM}. {S#1} valdes. Rösträknare: {I}.",
    "Justeras:\n\n{P}\t\t{P}\nordförande\t\tjusterare\n\nVid protokollet: {P}",
    "Styrelse 2027 – hembygdsföreningen i {TOWN}\nOrdf. {P}, {AR}, {PH}\nKassör {P}, {A}, {PH}\nSekr. {P#3}, {E#3}\nSuppleant {P}",
    "Kallelse till extra föreningsstämma i Brf Lärkan {DATE} kl {TIME} i gemensamhetslokalen, {A}. Fullmakt för {P} lämnas till ordförande {P} senast {DATE}.",
    "Verksamhetsberättelse 2026: styrelsen har bestått av {P} (ordf.), {P} (kassör) och {P} (sekr.). Revisor har varit {I}. Föreningens adress är {BOX}.",
    "Revisionsberättelse för Somaliska föreningen i {TOWN}, org.nr {ORG}: vi har granskat räkenskaperna för 2026 och tillstyrker ansvarsfrihet. {TOWN} {DATE}\n{P}, {P}",
    "Röda Korset {TOWN} – årsmötet valde {P#1} till ordförande. {G#1} efterträder {P#2}, som avgår efter {YRS} år. Tack för {Gs#2} insatser!",
    # study circles
    "ABF {TOWN} – deltagarlista studiecirkel ”Facklig grundutbildning”, cirkelledare {P#1}\n1. {R}\n2. {R}\n3. {R}\n4. {R}\nCirkeln träffas {DAY}ar kl {TIME} på {ST}.",
    "Timrapport Studiefrämjandet {DATE}: cirkelledare {P} ({PNR}) {HRS} timmar, {P} ({PNR}) {HRS} timmar. Attesteras av {I}.",
    "Intyg: {P#1}, {PNR}, har genomgått LO:s grundutbildning för förtroendevalda ({HRS} timmar) {DATE}.\n{TOWN} {DATE}\n{P}, studieorganisatör",
    "{g#1} skrev: har nån anteckningarna från förra cirkelträffen?\n{g#2} skrev: ja, mejlar dem till dig på {E#1}",
    "Bokcirkeln i Vuxenskolans regi träffas hos {P#1}, {A}, {DAY} kl {TIME}. Vi läser om Saltsjöbadsavtalet. Anmälan till {G#1}, {PHM}.",
    # volunteers' rotas
    "Schema valstugan vecka 36 – {TOWN}\nmån {TIME}: {G}\nons: {G} ({PHM})\ntors: {N} + {G}\nByten sms:as till {G#1} på {PHM}.",
    "Röda Korset {TOWN} – volontärer läxhjälp\n{P}, {PHM}\n{P}, {PHM}\n{P#3}, {E#3}\nSamordnare: {P#1}, {PH}",
    "Kontaktpersoner per trappuppgång: {ST} – {P}; {ST} – {P}; {ST} – {P}. Nycklar till föreningslokalen finns hos {G}.",
    "Första maj i {TOWN}: tåget samlas kl {TIME} vid Folkets hus, {A}. Tal av {P} (Kommunal) och {P} (IF Metall). Fanbärare: {G} och {G}. Ansvarig för ljudet nås på {PHM}.",
    "lånade ut nyckeln till valstugan till {p}, bor på {a}, {PHM}. lämnas tillbaka {DAY}. /{g}",
    "Insamlingen till strejkkassan: {P} och {P} står vid entrén på {STN} {DAY} förmiddag. Swish {SWISH} (föreningens, inte privat). Frågor till {G} på {PHM}.",
    # canvassing and phone lists
    "Dörrknackning {DATE}, rote 4 – {TOWN}\n{ST}: {P}, vill ha nyhetsbrev\n{ST}: ej hemma\n{ST}: {Gi}, osäker väljare, ring {PH}\n{a}: nej tack",
    "Ringlista – Miljöpartiet {TOWN}\n☐ {P}, {PH}\n☐ {P}, {PH} (ring efter {TIME})\n☐ {P}, {PH}\n☐ {P}, {PHM}",
    "Rote 7 omfattar {STN}, {STN} och {STN}. Rotansvarig: {P#1} ({PHM}). Flygbladen hämtas hos {G#1}.",
    "Väljarkontakt {DATE}: {P#1} ringde och undrade varför {Gs#1} granne {P#2} fått två röstkort. Hänvisad till valnämnden, {PHF}.",
    # mailings to members and chat
    "Från: {P#1} <{E#1}>\nTill: medlemmar avd {AVD}\nÄmne: Kallelse till medlemsmöte\n\nHej alla! Välkomna till medlemsmöte {DAY} den {DATE} kl {TIME} i Folkets hus, {A}. Anmälan till {G#2} på {PH} senast {DATE}.\n/{G#1}",
    "hej {g#1}! påminner om styrelsemötet ikväll kl {TIME} hos {g#2}, {a}. ta med bokslutet // {n#3}",
    "[18:02] {g#1}: nån som kan stå i valstugan på lördag?\n[18:05] {g#2}: jag kan 10-13\n[18:07] {g#1}: tack @{g#2}! {g#3} tar eftermiddagen",
    "Från: {P#1} <{E#1}>\nTill: {EO}\nÄmne: Adressändring\n\nHej, jag har flyttat. Ny adress:\n{AL}\nMvh {P#1}, medlem {MNR}",
    "Nyhetsbrev från Unionen klubb {AVD}: grattis till {P} som valts till huvudskyddsombud! Nya i klubbstyrelsen är {P} och {P}. Kontakta oss på {EO}.",
    "Hej {G#1}! Valberedningen undrar om du kan tänka dig att sitta kvar som ledamot? Hör av dig till mig eller {P#2} ({PHM}). Hälsningar {N#3}",
    "{P#1} har gått med i gruppen Föräldraföreningen {TOWN}. Välkommen {G#1}! Frågor om medlemskap besvaras av {P#2}, {E#2}.",
    "Minnesord: {F#1} har lämnat oss, {OLD} år gammal. {G#1} var medlem i Byggnads sedan {SINCE} och ordförande i sektionen i många år. Vi tänker på {Gs#1} familj. /Styrelsen genom {P}",
    "SSU-klubben i {TOWN}: nya medlemmar {P} ({YAGE}) och {P} ({YAGE}). Välkomna! Nästa träff hos {G#1} på {a}. /{G#1}",
    "Tack för din gåva till Amnesty-gruppen i {TOWN}, {G#1}! Kvitto skickas till {E#1}. Har du frågor, ring {P#2} på {PH}.",
    "sms från {g#1}: sitter fast på tåget, kan nån öppna lokalen på {a}? koden har {n#2}, ring {PHM}",
    # money, agreements, premises
    "Arvoden och förlorad arbetsförtjänst, kommunfullmäktige {DATE}\n{R}, {PNR}, {AMT}\n{R}, {PNR}, {AMT}\n{R}, {PNR}, {AMT}",
    "Reseräkning: {P}, {PNR}, resa till kongressen i Göteborg {DATE}, {AMT}. Utbetalas via Swedbank, clearingnr 8{NUM}.",
    "Ansökan om föreningsbidrag – Kurdiska kulturföreningen i {TOWN}\nOrg.nr {ORG}\nKontaktperson: {P}\nAdress: {BOX}\nTelefon: {PH}\nE-post: {EO}\nAntal medlemmar: {NUM}",
    "Hyresavtal för möteslokal på {ST}. Hyresvärd: {S#1} Fastigheter AB, {BOX}. Hyresgäst: Syrianska föreningen, företrädd av {P#2}, {PNR}. Jourtelefon: {PHF}.",
    "Kontaktuppgifter: ordförande {P}, {PH}; kassör {P}, {PH}; sekreterare {P#3}, {E#3}; valberedning {I}.",
    "Lokalavdelningens adress: Seko avdelning {AVD}\n{BOX}\nTel: {PHF}\nE-post: {EO}\nOrg.nr {ORG}\nBankgiro {BG}",
    # Nordic and abroad
    "Besök från de nordiska systerförbunden: {P} och {P}. Tackbrev skickas till {AN}. Tel {PHN}.",
    "Vår kontakt i 3F, {P#1}, nås på {PHN}; brev till\n{ANL}",
    "Vänortssamarbete: {P} från vår nordiska vänort, {AN}, tel {PHN}, och {P} från Akava.",
    "Nordiskt fackligt seminarium i Helsingfors {DATE}. Deltagare från avd {AVD}: {P} och {P}. Hotell: {AN}.",
    "Anhörig (nödkontakt) för {P#1} under resan till Bryssel: {P#2}, {PHFAR}.",
    "Solidaritetsbesök från europeiska systerorganisationer: {P} och {P}, kontaktadress {AX}, mobil {PHEU}. Tolk: {P}.",
    "Sammanträdet leddes av ordföranden ({P#1}); sekreterare var {P#2} ({N#2} kallad). Protokollet skickas till ledamöterna och till revisorn ({I}).",
    "Kassören ({P#1}) meddelar att {N#2} och {n#3} ännu inte betalat för kursen. Påminnelse skickas till {A}.",
    "Kansliet har flyttat! Ny besöksadress från {DATE}: {A}. Postadress: {BOX}. Växel {PHF}.",
    "Vallokalen för valdistrikt {TOWN} 4 flyttas till {ST}. Frågor till valkansliet på {PHF}.",
    "Studieförbundets lokal på {ST} är stängd i sommar. Akuta ärenden: {PHM} (jourtelefon) eller {EO}.",
    "Valmaterialet hämtas på\n{AL}\nmellan kl 10 och 15. Ring {PH} om porten är låst.",
    "Medlemmen {P} har flyttat till {A}; adressen är uppdaterad i registret.",
    "Nytt telefonnummer till expeditionen: {PHF}. Det gamla numret {PH} upphör {DATE}.",
    "I {Ps} frånvaro leddes mötet av vice ordförande {P}. {Ss} rapport från regionen bordlades till nästa möte.",
    "[16:40] {g#1}: vi kör i {gs#2} kök ikväll, {a}\n[16:52] {g#2}: japp, porten är öppen",
    "Fackklubbens brevlåda sitter vid personalingången, {ST}. Skicka post till {BOX}.",
    "Kvitto på medlemsavgift {AVG} för {DATE}, betalt av {P}. Kvittot skickas till {A}.",
    "Partilokalen på {STN} är öppen {DAY}ar kl 17–20. Ring {PHM} om du vill hjälpa till.",
    "Ny kontaktperson för hyresgästerna på {ST} är {P}, {PHM}.",
)  # fmt: skip

EN = (
    # membership and renewals
    "Membership application – UNISON\nTitle: Ms\nSurname: {SU#1:f}\nFirst name(s): {GU#1}\nAddress:\n{AUL}\nMobile: {PHUK}\nEmail: {E#1}\nEmployer: {TOWNEN} City Council\nRecruited by: {P}",
    "Dear {G#1},\nYour membership of the Labour Party lapsed on {DATEEN}. To renew, call the membership team on {PHUK} or reply to {EO}.\nIn solidarity,\n{P#2}\nMembership Secretary, {TOWNEN} Central CLP",
    "member_no,surname,forename,address,phone,email\n{MNR},{S#1},{G#1},\"{AU}\",{PHUK},{E#1}\n{MNR},{S#2},{G#2},\"{AU}\",{PHUK},",
    "Please update my address to\n{AUL}\nOld address: {AU}. Thanks, {P#1} (member no. {MNR})",
    "Welcome to the Co-operative Party, {G#1}! Your membership number is {MNR}. Your card will be posted to {AU}. Questions: {EO} or {PHUK}.",
    "Retired members' section – Christmas lunch list: {R}, {R} (veg), {R}. Payment of {GBP} each to the treasurer, {P}.",
    "Direct debit cancelled: {P#1}, {AU}, membership no. {MNR}, sort code {SORT}, account ending {NUM}. Branch secretary {P#2} to call {G#1} on {PHUK}.",
    # casework and disputes
    "Case ref {REF}\nMember: {P#1} (membership no. {MNR})\nWorkplace: {S'#2} Haulage Ltd, {AU}\nRep: {P#3}, Unite branch {BRANCH}, {PHUK}\nIssue: disciplinary hearing on {DATEEN}. {G#1} denies the allegation; {S#3} to attend as companion.",
    "Dear Mr {S#1:m},\nI write on behalf of our member {P#2} to raise a formal grievance about the changes to shift patterns at {AU}. Please confirm a meeting date.\nYours sincerely,\n{P#3}\nRegional Organiser, GMB\n{AUL}\nTel {PHUK} | {E#3}",
    "Message for {G#1}: {P#2:f} rang about her employment tribunal date. Call back on {PHUK} after {TIME}. She is with {S#3} & {S} Solicitors, ref {REF}.",
    "Tribunal bundle, claim no. {REF}: Claimant {P#1}, {AU}. Respondent: {S#2} Care Homes Ltd. Union representative: {P#3} ({E#3}).",
    "Pickets for {DAYEN}, gate 2 at {AU}:\n6–9am {P}\n9–12 {Gi}\n12–3pm {G}\nPicket supervisor: {P#1}, {PHUK}",
    "Re: redundancy consultation at the {TOWNEN} depot. Present: {P} (RMT), {P} (Unite), HR business partner {P}, depot manager {S}. Next meeting {DATEEN} at {TIME}.",
    # nominations and candidates
    "NOMINATION PAPER – Election of Borough Councillors, {TOWNEN}\nCandidate: {RU#1}\nHome address: {AU}\nDescription: Labour and Co-operative Party\nProposer: {P} (elector no. {ELNO})\nSeconder: {P}\nAssentors: {P}, {P}",
    "STATEMENT OF PERSONS NOMINATED\n{RU} – address in {TOWNEN} – Green Party\n{RU} – {AU} – Liberal Democrats\n{RU} – address in {TOWNEN} – Labour Party\n{RU} – {AU} – Independent",
    "Election agent: {P#1}\n{AUL}\nTel {PHUK}\nSub-agent for the count: {P}. Polling agents: {Gi}, {P}.",
    "Candidates for the European Parliament, in list order: 1. {P} ({AGE}), teacher; 2. {F} ({AGE}), nurse; 3. {P} ({AGE}), bus driver; 4. {P} ({AGE}), student.",
    "Young Labour {TOWNEN}: {P} ({YAGE}) elected chair, {P} ({YAGE}) vice-chair, {P} ({YAGE}) secretary. Contact the new chair through the CLP office.",
    "Selection meeting result: {P#1} {VHI} votes, {P#2} {VOTES} votes, {P#3} {VOTES} votes. {S#1} is the candidate for {TOWNEN} North.",
    # petitions
    "Save Our Library petition – signatures\n1. {P}, {AU}\n2. {P}, {AU}\n3. {p}, {au}\n4. {U}, {AU}",
    "Petition to {TOWNEN} Council: keep the night bus running. Lead petitioner {P#1}, {AU}, {PHUK}. Co-signed by {P}, {P} and {NUM} others.",
    "European Citizens' Initiative – statement of support: {P}, {AX}, date of birth {DOB}; {P}, {AXL}",
    # meetings, minutes and elections
    "Minutes of the AGM, {TOWNEN} Trades Union Council, {DATEEN}\nPresent: {P} and {NUM} delegates.\n1. Apologies: {I}.\n2. Election of officers: {P#1} was re-elected President; {P#2} elected Secretary unopposed.\n3. Thanks to {G'#3} years as Treasurer.",
    "Branch Officers 2027: Chair – {P}; Secretary – {P}; Treasurer – {I}; Equality Officer – {Gi}",
    "Apologies received from {P} and {P}. {P'} proxy vote was given to {G}.",
    "Hustings at the Methodist Hall, {DATEEN}, {TIME}. Chair: Rev. {P}. Panel: {P} (Lab), {P} (LD), {P} (Green).",
    "{TOWNEN} Tenants' Association, letter to the landlord {S#1} Homes Ltd re: damp at {AU}. Signed {P#2} (tenant) and {P#3} (secretary).",
    "It is with sadness we report the death of {F#1}, a member since {SINCE}. {G'#1} house at {AU} hosted branch meetings for fifty years. Cards to {P#2}, {AUL}",
    # study circles and education
    "WEA course register – Trade Union History\nTutor: {P#1}\n{R}\n{R}\n{R}\nVenue: {AU}",
    "Rep training, day release: {P}, {I} and {P} attended. Certificates to be posted to each member's home address; {P'} is {AU}.",
    # volunteers and canvassing
    "Canvass return – Ward 4, {DATEEN}\n{AU}: {P} – Labour promise, wants poster\n{AU}: {P} – against\n{AU}: not in\n{au}: {Gi} – undecided, call back on {PHUK}",
    "Phone bank rota – {DAYEN}\n6–7pm: {G}\n7–8pm: {Gi}\n8–9pm: {N}\nCover: {P} ({PHUK})",
    "{g#1}: who's got the leaflets for the estate?\n{g#2}: me, dropping them at {au} tonight\n{g#1}: cheers @{g#2}, {g#3} can do the rest",
    "hi {g}, it's {g} from the Lib Dems – are you still ok to deliver leaflets on {DAYEN}? the bundle is at {au}",
    "Food bank volunteers, {DAYEN}: {G} and {G} on the door, {P} driving, keyholder {P} ({PHUK}).",
    "entered by {g}: {p}, {au}, supporter, wants a poster, {PHUK}",
    "Precinct walk list – {AUS}: {P} (D), {P} (R), {P} (U); {AUS}: {P} (D)",
    # mailings
    "From: {P#1} <{E#1}>\nTo: branch members\nSubject: Strike ballot result\n\nFriends, the ballot closed on {DATEEN}: {PCT} turnout, {PCT} in favour. Pickets meet at {AU} from {TIME}. Contact {G#2} on {PHUK}.\n{G#1}",
    "From: {P#1} <{E#1}>\nTo: {P#2} <{E#2}>\nCc: {E}\nSubject: Re: rep training\n\nHi {G#2}, could you book the room at {AU} for the {DATEEN} session? Thanks, {N#1}",
    "Many thanks for {P'} help with the bake sale, which raised {GBP} for the hardship fund. Cheques payable to the branch, c/o the treasurer.",
    # USA, Ireland, Europe
    "UAW Local {NUM} – steward list\nUnit 1: {P}, {PHUS}\nUnit 2: {P}, {PHUS}\nUnit 3: {Gi#3}, {E#3}\nHall: {AUS}",
    "Union card drive, {DATEEN}: signed cards from {P}, {F} and {P}. Organizer: {P#1}, {PHUS}\n{AUSL}",
    "SIPTU: Dear {G#1}, your section meeting is on {DATEEN} at {TIME}. Apologies to {P#2} on {PHIE}.",
    "{P#1}\n{AXL}\nDear {G#1}, thank you for hosting our delegation. Best wishes from {P#2}, International Officer.",
    "Delegation to the ETUC congress: {P} and {P}; contact {PHEU}; postal address {AX}.",
    "European Works Council members: {P} (Sweden, {PH}), {P} (Poland, {PHEU}), {P} (Spain), {P} (Germany).",
    "Contact at our Nordic sister union: {P#1}, {ANL}, {PHN}, {E#1}.",
    "Expenses – delegates to conference: {P} {GBP}, {P} {GBP}, {P} {EUR}. Approved {I}.",
    "Emergency contacts for the delegation: {P} – {PHUK}; {P} – {PHFAR}; {P} – {PHX}.",
    "Thanks to our treasurer ({P}) and to {N} for running the tombola. The accounts are with the auditor ({I}).",
    "Our branch office has moved to\n{AUL}\nPhone {PHUK}, email {EO}.",
    "The polling station for ward 3 has moved to {AU}. Queries to the elections office on {PHUK}.",
    "Strike HQ: {AU}. Hotline {PHUK}, open from {TIME} till late.",
    "Return completed ballot papers to the independent scrutineer at {AUL}",
    "Branch meetings are now held at {AU}, upstairs. Lift access; call {PHUK} if you need a lift from the station.",
    "New member: {P}, {AU}. Workplace rep to make contact.",
)  # fmt: skip

MIXED = (
    "Hej {G#1}! Quick reminder: styrelsemötet är imorgon kl {TIME} on Teams. Agenda attached. /{G#2}",
    "Från: {P#1} <{E#1}>\nÄmne: Medlemsavgift / membership fee\n\nHi {G#2}, din avgift ({AVG}) är obetald since {DATE}. Please pay to bankgiro {BG}, OCR {OCR}. Frågor? Call me on {PH}.\nBest, {G#1}",
    "Unionen-klubben @ the Lund site: new members this month – {P}, {P}, {P}. Welcome! Kontakta {P#1} ({E#1}) if you have questions about kollektivavtalet.",
    "Case notes (ombudsman {P#1}): member {P#2}, {PNR}, lives at {A}. Arbetsgivaren claims misconduct; {G'#2} version differs. Next step: förhandling {DATE}.",
    "{g#1}: har du listan för dörrknackningen?\n{g#2}: yes, sent it to {E#1}\n{g#1}: thx! @{g#3} can you take {STN}?",
    "Volunteer rota / volontärschema Pride-tåget: {G} ({PHM}), {G} ({PHM}), {Gi}, {N}. Samling vid {ST} kl {TIME}.",
    "Nordic meeting {DATE}: deltagare {P} (Sweden), {P} ({PHN}), {P} and {P}. Hotel: {AN}.",
    "canvass_export.csv: namn={p}; adress={a}; svar=positive; tel={PHM}",
    "Nomination: Liberalerna {TOWN} nominates {F#1} ({PNR}) as candidate to regionfullmäktige. Contact {P#2}, {PH}, {E#2}.",
    "Study circle ”Svenska för fackligt aktiva” – cirkelledare {P#1}. Participants: {P}, {P}, {P}. Lokal: ABF, {A}.",
    "Petition / namninsamling: Keep the night buses! {P}, {A}; {P}, {A}; {p}, {a}",
    "Kind regards / Vänliga hälsningar\n{P}\nInternational Secretary, Kommunal\n{BOX}\n{PHF}, {EO}",
    "Reminder: årsmötet is on {DATE} at {TIME}. Fullmakter (proxy votes) to {P#1} at\n{AL}\nor by mail to {E#1}.",
    "Förhandling med UK-ledningen: HR director {P} ({PHUK}) och site manager {P}. Våra förtroendevalda: {P}, {P}.",
    "Byggnads info for Polish members: kontakt {P} (mówi po polsku), {PHM}, or {P}, {PHEU}.",
    "Hi {G#1},\nsorry för sent svar. Jag kan ta kassörsposten if nobody else wants it. My new address is\n{AL}\n/{N#2}",
    "Solidarity visit from UNISON: {P} and {P}. Värdfamilj: {P}, {A}, {PH}.",
    "Deltagarlista EU-projektet Green Jobs: {P} ({PH}), {P} ({PHEU}), {P} ({AX}), {P} ({PHIE}).",
    "[09:14] {P#1}: anyone know {G'#2} new mobile?\n[09:20] {P#3}: {PHM}\n[09:21] {P#1}: tack!",
    "Medlemslista / member list, klubb {AVD}\n{R#1}, {PNR}, {E#1}\n{R#2}, {PNR}, {E#2}\n{R}, {PNR}, {PHM}",
    "Election results / valresultat: chair {P} ({VOTES} röster), vice chair {P}, treasurer {P}. Revisor: {I}.",
    "RFSL {TOWN} volunteers: contact {G#1} on {PHM} or {E#1}. Nästa träff hos {P}, {A}.",
    "Our sister branch in {TOWNEN}: contact {P}, {AUL}, {PHUK}. Vi skickar julkort dit.",
    "Ny adress / new address for {P}: {A}. Gamla adressen {A} gäller inte längre.",
    "{g}: jag lägger flyers i brevlådorna på {a} ikväll, ok?\n{g}: perfect, thanks!",
    "Minutes / Protokoll {DATE}\nPresent: {P}, {P}, {G} (via Zoom)\n§3 Budget: {S} presented the figures.\n§4 AOB: {P'} motion om studiecirklar postponed.",
    "Medlemsvärvning, contact persons by language: {P} (arabiska/Arabic, {PHM}), {P} (somaliska/Somali, {PHM}), {P} (persiska/Farsi, {PHM}).",
    "Hyresgästföreningen: Dear tenant {P}, your complaint about {STL} is registered, ärendenr {DNR}. Handläggare {P}, {PHF}.",
    "MBL negotiation § 11 – participants: {P} (Unionen), {P} (Akademikerna), HR partner {P}. Company: {S} Consulting AB, {BOX}.",
    "Reseräkning / expense claim: {P}, {PNR}, trip to the ETUC meeting in Brussels, {EUR}. Attest: {I}.",
    "Emergency contacts for the delegation / nödkontakter: {P} → {PHFAR}; {P} → {PHX}; {P} → {PH}.",
    "Summer camp SSU / Young Labour exchange: host {P#1}, {AR}; guests {P} and {P} from {TOWNEN}. Ring {G#1} on {PHM}.",
    "Signed petition: {U}, {A} – {DATE}",
    "Name/Namn: {P#1}\nPersonnummer: {PNR}\nAddress/Adress:\n{AL}\nPhone/Telefon: {PH}\nE-mail: {E#1}",
    "Vår nordiska kontakt: {P:f}, {AN}, {PHN}. She speaks English and svenska.",
    "Congrats {G} on being elected förbundsordförande! Och tack {P} för allt arbete as interim chair.",
    "Hola! Chilenska kulturföreningen: möte {DATE} hos {P}, {A}. Confirm to {G#1} on {PHM}.",
    "We met {P} from {S} & Partners Advokatbyrå about the case for {P}. Next step: stämningsansökan by {DATE}.",
    "In memory / Till minne av {F}, {BORN}–2027. Hen var med och startade klubben at the Göteborg plant.",
    "Stöd vårt ECI / support our ECI: {P}, {AX}; {P}, {AXL}",
    "dörrknackning {DATE}: {a} – {g} home, positive; {a} – no answer; {a} – {p#3}, wants info on {E#3}",
    "Pls add {P#1} ({E#1}) to the mailing list för klubbmötena. Thanks, {G}",
    "Treasurer's report / kassörens rapport: {Ps} förslag om höjd avgift ({AVG}) was rejected. {P} and {P} will review the budget.",
    "Call list / ringlista: {P} {PH}; {P} {PH}; {P} {PHX}; {Gi} {PHM}",
    "{P#1}, PhD, forskare vid universitetet, will talk about fackföreningsrörelsens historia on {DATE}. Registration: {EO}.",
    "Welcome pack skickat till nya medlemmar: {P}, {AL}\n{P}, {AUL}",
    "Onboarding av skyddsombud: {P#1} ({PNR}) starts {DATE}. Buddy: {P#2}, {E#2}. Kurs at ABF, {A}.",
    "Re: lokal för årsmötet – the landlord {S#1} Fastigheter says OK. Adress: {CO}. Kontakt {P#2}, {PH}.",
    "Brev till medlemmen / letter to member {P#1}, {PNR}\n{AL}\nRe: din ansökan om stöd från strejkkassan has been approved ({AMT}).",
    "Zoom-möte med Danish colleagues från FOA: {P} ({PHN}), {P#2} ({E#2}). Our side: {P}, {P}.",
    "Tack till valledaren ({P#1}) och till {N#2} för all hjälp! Special thanks to {n} who did the graphics.",
    "Kontoret har flyttat / the office has moved: {A}. Same phone number as before, {PHF}.",
    "Pickets meet at {A} kl {TIME}; strike hotline {PHM}.",
    "Send the fullmakter to {BOX} or scan them to {EO}.",
    "Delegationens hotell: {AX}, reception {PHEU}.",
    "Medlemsservice is closed over jul. Urgent cases: {PHF} or {EO}.",
    "Lunch meeting at {ST} – tag med en kollega! Info: {PHM}.",
)  # fmt: skip

NEGATIVES = (
    # Swedish
    (
        "sv",
        "Medlemsavgiften höjs från {AVG} till {AVG} per månad från och med 1 januari. Beslutet fattades av förbundsmötet i {TOWN} med {NUM} röster mot {NUM}.",
    ),
    (
        "sv",
        "Ärende {DNR} avslutat. Arbetsgivaren betalar {AMT} i skadestånd enligt förlikningen. Ingen part överklagar.",
    ),
    (
        "sv",
        "Betala till bankgiro {BG} och ange OCR {OCR}. Förfallodag {DATE}. Vid frågor, se Mina sidor.",
    ),
    (
        "sv",
        "Kongressen i {TOWN} samlade {NUM} ombud från hela landet. Ordföranden omvaldes med acklamation och förbundsstyrelsen utökades till elva ledamöter.",
    ),
    (
        "sv",
        "Valmyndigheten har registrerat partibeteckningen. Valsedlar beställs senast {DATE} och levereras till valnämnden i {TOWN}.",
    ),
    (
        "sv",
        "Frisk och stark, klar att bo i föreningen: styrelsen söker en ny kassör till hösten. Per år blir det ungefär tio möten.",
    ),
    (
        "sv",
        "Facket kräver {RAISE} i löneökning. Medlingsinstitutet har kallat parterna till nya samtal på {DAY} kl {TIME}.",
    ),
    (
        "sv",
        "Folkets hus i {TOWN} har fått nytt tak. Stämman beslutade att hyra ut stora salen till studieförbunden på vardagskvällar.",
    ),
    (
        "sv",
        "Klara, färdiga, gå! Insamlingen till strejkkassan har nått {AMT}. Stort tack till alla som skänkt.",
    ),
    (
        "sv",
        "Org.nr {ORG}. Föreningen är registrerad hos Skatteverket och har F-skatt. Momsregistreringsnummer {VAT}.",
    ),
    (
        "sv",
        "Protokoll nr {NUM}/2027 från styrelsemötet justerades {DATE}. Inga övriga frågor anmäldes.",
    ),
    (
        "sv",
        "Mötet hålls i Almedalen i Visby under politikerveckan. Vi delar tält med Kommunal, Vision och Handels.",
    ),
    (
        "sv",
        "Studiecirkeln om arbetsrätt startar vecka {WEEK}. Åtta träffar à tre timmar, kursavgift {AVG}. Material ingår.",
    ),
    (
        "sv",
        "Bror och syster i kampen! Tjugo år sedan storstrejken firas med tal, sång och fika i parken.",
    ),
    (
        "sv",
        "Ek, lind och alm ska planteras längs gångstråket, enligt motionen som bifölls av årsmötet. Björk och sälg får stå kvar.",
    ),
    (
        "sv",
        "Ordernummer {REF}: 500 valaffischer, 2 000 flygblad och 30 rollups. Leverans till partikansliet vecka {WEEK}.",
    ),
    (
        "sv",
        "Rösträkningen visade {VOTES} ja, {VOTES} nej och {NUM} blanka. Resultatet förs till protokollet.",
    ),
    (
        "sv",
        "Medlemsnummer {MNR} saknas i registret. Kontrollera siffrorna och försök igen via e-tjänsten.",
    ),
    (
        "sv",
        "Arbetsdomstolen meddelar dom i mål {DNR} den {DATE}. Domen kan läsas på domstolens webbplats.",
    ),
    (
        "sv",
        "Dag för dag växer rörelsen. Stig in, ta en kaffe och prata med oss om hur du vill påverka.",
    ),
    (
        "sv",
        "Gruvan i {TOWN} varslade {NUM} anställda i våras. IF Metall och Unionen förhandlar med bolaget i Luleå.",
    ),
    (
        "sv",
        "ROT- och RUT-avdraget debatterades i riksdagen. Sverigedemokraterna, Moderaterna och Kristdemokraterna röstade ja.",
    ),
    ("sv", "Kursen börjar kl {TIME} i ABF-huset. Ta med legitimation, inget annat behövs."),
    ("sv", "Ström och värme ingår i lokalhyran om {AMT} per år. Kontraktet löper ut 2029-03-31."),
    ("sv", "Max tio deltagare per grupp. Vilja och engagemang är viktigare än förkunskaper."),
    (
        "sv",
        "Hyresgästföreningen Region Norra Storstockholm har {NUM} lokala föreningar och kontor i Solna och Sundbyberg.",
    ),
    (
        "sv",
        "Alla medlemmar har rätt att yttra sig på stämman. Inga fullmakter får användas vid personval.",
    ),
    # English
    (
        "en",
        "The ballot closed on {DATEEN} with a turnout of {PCT}. The executive will meet to consider the result.",
    ),
    (
        "en",
        "Membership subscription rates rise to {GBP} a month from April. Members on statutory sick pay pay no subscription.",
    ),
    (
        "en",
        "Unite, Unison and the GMB have agreed a joint claim covering school support staff across the county.",
    ),
    (
        "en",
        "Case reference {REF} has been closed. The employer has agreed to reinstate the allowance with back pay of {GBP}.",
    ),
    (
        "en",
        "Will the branch support the motion? Mark your ballot paper with a cross and post it by {DATEEN}.",
    ),
    ("en", "The Green Party, Plaid Cymru and the SNP all sent speakers to the rally in Cardiff."),
    (
        "en",
        "Frank and open discussion followed. Grace period for late payments extended to 30 days.",
    ),
    (
        "en",
        "Conference will be held at the Winter Gardens, Blackpool. Fringe meetings start at {TIME}.",
    ),
    (
        "en",
        "Bakers, porters, masons and weavers marched together behind the old banners of the trades council.",
    ),
    (
        "en",
        "Order {REF}: 2,000 leaflets and 50 posters, delivered to the regional office by {DATEEN}.",
    ),
    ("en", "Young Labour and Labour Students will hold a joint hustings in the student union bar."),
    ("en", "Amber warning for the march route; stewards in hi-vis, first aid at the bandstand."),
    ("en", "Hope not Hate volunteers will run a stall in the market square on {DAYEN} morning."),
    (
        "en",
        "Standing orders to account {ACC}, sort code {SORT}, are processed on the first working day of the month.",
    ),
    ("en", "The motion was put to the vote: {VOTES} for, {VOTES} against, {NUM} abstentions."),
    (
        "en",
        "Rose, ivy and holly decorated the hall for the Christmas social; the raffle raised {GBP}.",
    ),
    (
        "en",
        "Equity, Prospect and Community have signed the joint statement on fair pay in the arts.",
    ),
    ("en", "Local 600 voted to ratify the agreement. The new contract runs to June 2030."),
    # mixed
    ("mixed", "Reminder: medlemsavgiften för Q3 är {AVG}, pay via bankgiro {BG} before {DATE}."),
    ("mixed", "Meeting postponed till nästa vecka due to the strike. Ny tid kommer i veckobrevet."),
    ("mixed", "Ärende {DNR} is closed, förlikning reached. No further action needed."),
    (
        "mixed",
        "Facket och arbetsgivaren agreed on {RAISE} för 2027. The rest goes to the pension pot.",
    ),
    (
        "mixed",
        "Agenda för årsmötet: 1. Opening 2. Val av justerare 3. Annual report 4. Budget 5. Övriga frågor.",
    ),
    (
        "mixed",
        "ETUC-kongressen i Bryssel: Swedish delegates from LO, TCO och Saco, plus observers from the Nordic council.",
    ),
    ("mixed", "Vi söker volunteers till Järvaveckan. Shifts of four hours, lunch ingår."),
    (
        "mixed",
        "Study circle on the Swedish model startar {DATE}, kl {TIME}. Materialet finns på engelska och svenska.",
    ),
    ("mixed", "Order {REF}: 300 t-shirts med loggan, sizes S–XXL, leverans vecka {WEEK}."),
    ("mixed", "Sol, vind och vatten – the climate motion passed med stor majoritet."),
    ("mixed", "Love is love! Pride-tåget leaves at {TIME} och vi går bakom fackets banderoll."),
    ("mixed", "Kassan: income {AMT}, utgifter {AMT}, surplus carried forward till nästa år."),
    ("mixed", "Medlemsnummer {MNR} is invalid. Kontrollera and try again."),
    (
        "mixed",
        "Valet i Storbritannien och Sverige samma år? Interesting times för oss som jobbar internationellt.",
    ),
    ("mixed", "Strike pay: {AVG} per dag from day three, enligt stadgarna § 14."),
    (
        "mixed",
        "The Nordic Council session in Reykjavík ends on {DATE}. Resolutions om arbetsmiljö adopted.",
    ),
    (
        "mixed",
        "Kommunal, Vision och Vårdförbundet joined forces för bättre bemanning in elderly care.",
    ),
)
