# ruff: noqa: E501
"""Templates of held-out HJ (issue 15): archaeology excavations and heritage sites.

Dig volunteers and their sign-ups, finds registers and context sheets, landowner permissions and
metal-detecting licences, site diaries, treasure and find reports, museum handovers, heritage
societies and guided tours, in Swedish, English and mixed text (Swedish and English in one text,
as Swedish archaeologists write at work). Slots: see `person_segments` and `filler` in
`generate_hj.py` (`{P#1}` one person named twice, `{G:f}` a woman's given name, `{Gs}` a Swedish
genitive, `{P'}` an English one). Negatives carry no value at all and are each used once; they are
full of the genre's look-alikes: find, context, trench and sample numbers, RAÄ and L numbers,
property designations, coordinates, radiocarbon dates, case numbers, org.nr, amounts, dates,
firms, museums and agencies named after no person, sites and places that are no address, and
everyday words that are also names, used as words.
"""

DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip

# Parishes in RAÄ numbers (`RAÄ Vendel 12:1`): places, no address.
PARISHES = (
    "Vendel", "Tierp", "Österåker", "Fröslunda", "Hammarby", "Alsike", "Skå", "Adelsö", "Lojsta",
    "Tanum", "Kville", "Bro", "Hölö", "Sorunda", "Vallentuna", "Täby", "Rasbo", "Funbo", "Danmark",
    "Järlåsa", "Husby-Ärlinghundra", "Björklinge", "Vada", "Ösmo",
)  # fmt: skip
# Sites and heritage places: places, no address.
SITES = {
    "sv": (
        "Gamla Uppsala", "Birka", "Helgö", "Uppåkra", "Valsgärde", "Vendel", "Alvastra",
        "Köpingsvik", "Eketorp", "Ismantorp", "Ales stenar", "Anundshög", "Tanum", "Sandby borg",
        "Adelsö", "Sigtuna", "Hovgården", "Kiviks kungagrav", "Fornbyn", "gravfältet vid Tuna",
    ),
    "en": (
        "Sutton Hoo", "Vindolanda", "Star Carr", "Flag Fen", "Must Farm", "Danebury",
        "Maiden Castle", "Skara Brae", "Jarlshof", "Cahokia", "Jamestown", "Mesa Verde",
        "Chaco Canyon", "Silchester", "Avebury", "Durrington Walls", "Knowth", "Hadrian's Wall",
    ),
}  # fmt: skip
# Museums, contractors and agencies named after no person.
MUSEUMS = {
    "sv": (
        "Upplandsmuseet", "Kalmar läns museum", "Västergötlands museum", "Bohusläns museum",
        "Jamtli", "Statens historiska museum", "Kulturen i Lund", "Norrbottens museum",
        "Blekinge museum", "Gotlands museum", "Smålands museum", "Sörmlands museum",
        "Värmlands museum", "Dalarnas museum", "Länsmuseet Gävleborg", "Östergötlands museum",
        "Örebro läns museum", "Sigtuna museum",
    ),
    "en": (
        "the Yorkshire Museum", "Salisbury Museum", "Norwich Castle Museum", "the Corinium Museum",
        "the Museum of London", "National Museum of Scotland", "Dorset Museum", "Wiltshire Museum",
        "The Collection, Lincoln", "the county museum", "the Museum of Indian Arts and Culture",
        "Orkney Museum",
    ),
}  # fmt: skip
FIRMS = {
    "sv": (
        "Arkeologerna", "Kulturlagret", "Arkeologgruppen AB", "Stiftelsen Kulturmiljövård",
        "Rio Kulturkooperativ", "Sydsvensk Arkeologi", "Arkeologi Sydost", "Västarvet",
        "Upplandsmuseets uppdragsarkeologi", "Länsstyrelsen i Uppsala län", "Riksantikvarieämbetet",
        "Norrlandsarkeologi", "Societas Archaeologica Upsaliensis",
    ),
    "en": (
        "Oxford Archaeology", "Wessex Archaeology", "Cotswold Archaeology", "Headland Archaeology",
        "MOLA", "Pre-Construct Archaeology", "York Archaeology", "Archaeology South-East",
        "Four Corners Cultural Resources", "High Plains Heritage Consultants", "Historic England",
    ),
}  # fmt: skip
# Site dogs and other animals: no PERSON, whatever their names.
DOGS = {
    "sv": ("Ludde", "Sixten", "Bamse", "Tassen", "Doris", "Morris", "Sigge", "Greta"),
    "en": ("Barney", "Biscuit", "Murphy", "Bramble", "Pippin", "Hector", "Mabel", "Rufus"),
}  # fmt: skip

SV = (
    # sign-ups and volunteers
    "Anmälan till grävvecka {WEEK} vid {SITE}\nNamn: {P#1}\nPersonnummer: {PNR}\nAdress: {A}\nMobil: {PH}\nE-post: {E#1}\nAnhörig vid olycka: {P} ({PH})",
    "Hej! Jag heter {G#1} och vill gärna vara med som volontär på utgrävningen i {TOWN} i sommar. Jag grävde med {FIRM} förra året. Nås bäst på {PH} eller {E#1}.\nMvh {P#1}",
    "Efternamn: {SU#1}\nFörnamn: {G#1}\nPersonnummer: {PNR}\nAdress: {A}\nTelefon: {PH}\nNärmast anhörig: {P}, {PH}\nAllergier: nötter",
    "Försäkringslista volontärer {SITE}, vecka {WEEK}:\n{P}, {PNR}\n{P}, {PNR}\n{P}, {PNR}\n{P} (saknar personnummer, utbytesstudent)",
    "Närvarolista volontärer {DATE}\n{R}\n{R}\n{R} (halvdag)\n{R}\n{R}\nArbetsledare: {P}",
    "Tack för anmälan, {G}! Du är inbokad {RANGE}. Samling vid bodvagnen på {ST} kl. {TIME}. Ta med knäskydd och vattenflaska. Frågor? Ring {P} på {PH}.",
    "Samtycke till fotografering av barn vid publik grävning\nBarnets namn: {P#1}\nVårdnadshavare: {P}\nTelefon: {PH}\nAdress: {A}\nJag godkänner att bilder på {G#1} används i {MUS}s utställning.",
    "Intyg\n{F}, {PNR}, har deltagit i arkeologisk fältkurs vid {SITE} under tiden {RANGE} och utfört schaktgrävning, fyndregistrering och dokumentation.\n{TOWN} den {DATE}\n{P}\nkursansvarig",
    "Samåkning till {SITE} på {DAY}: {G} kör från {ST} kl. {TIME}, plats för tre. {G} och {N} hänger med, ring {PH} om du också vill åka.",
    "Reseersättning volontärer: {P}, {PNR}, {AMT}, konto {BANK}. {P}, {AMT}. Attesterat av {I}.",
    # landowners and permissions
    "Markägarmedgivande\nUndertecknad, {P}, ägare till fastigheten {FAST}, medger att {FIRM} genomför arkeologisk förundersökning inom fastigheten under tiden {RANGE}.\nPersonnummer: {PNR}\nAdress: {AR}\nTelefon: {PH}\nOrt och datum: {TOWN}, {DATE}",
    "Ansökan om tillstånd att använda metallsökare (2 kap. 20 § KML)\nSökande: {P#1}, {PNR}\n{AL}\nTel: {PH}, e-post: {E#1}\nSökområde: {FAST}, {COORD}\nMarkägarens medgivande bifogas ({P}, {AR}).",
    "Ersättning för grödskada\nMottagare: {P}, {PNR}\n{ARL}\nSkadad areal: {HA} ha vall, belopp {AMT}\nUtbetalas senast {DATE} av {FIRM}.",
    "{P#1}\n{ARL}\n\nAngående arkeologisk undersökning på er mark\nHej {G#1}! Tack för att vi fick gräva på {FAST} i somras. Fynden har nu lämnats till {MUS}. Hör gärna av dig om du vill se dem, mitt nummer är {PH}.\nHälsningar {P}",
    "Arrendatorn {P} ({PH}) har lovat att inte plöja öster om schakt {TR} förrän vi är klara. Markägaren {P} bor på {VIL} och vill bli uppringd innan maskinen kommer.",
    "Skötselavtal för {RAA} (runsten vid vägen) tecknat med {P}, {ARL}. Röjning två gånger per år. Kontakt: {PH}.",
    "Länsstyrelsen har {DATE} beslutat om arkeologisk förundersökning inom {FAST}, {DNR}. Exploatör: {P}, {A}. Handläggare: antikvarie {P}, {PHF}.",
    "Markägaren {Ps} synpunkter: inga fordon på åkern efter regn, grinden vid {STN} ska vara stängd. Nås på {PH}, annars sonen {G:m} på {PH}.",
    # site diaries and registers
    "Fältdagbok {DATE}, schakt {TR}. Närvarande: {G}, {G}, {Gi} och {N}. Mulet, {SMALL} grader. I {Gs} ruta kom brända ben och ett kamfragment ({FNR}). {S} från länsstyrelsen på besök kl. {TIME}.",
    "Fyndlista {RAA}\n{FNR} | keramik, 4 st | {CTX} | {I} | {DATE}\n{FNR} | flintavslag | {CTX} | {I} | {DATE}\n{FNR} | spänne, brons | {CTX} | {Gi} | {DATE}",
    "DAGBOK {DATE} – SCHAKTLEDARE {U}\nMaskinell avbaning av schakt {TR}. Stolphål {CTX} och {CTX} undersökta av {G} och {G}. Fotografering: {I}.",
    "Dagbok {DATE}. Regn hela förmiddagen, grävde i tältet. {G} och {G} sållade {CTX}, fick en pärla ({FNR}). Eftermiddag: {P} från {MUS} hämtade de konserveringskrävande fynden.",
    "Kontextblankett {CTX}: fyllning i grop, mörkbrun siltig lera, kol. Grävd av {I}, ritad av {I}, kontrollerad {DATE} av {P}.",
    "Enligt {Ps} anteckningar låg spännet ({FNR}) på {DEPTH} djup under ett stenpackningslager. {G} fotograferade innan det lyftes.",
    "Prover för 14C-analys ({C14}) skickade {DATE} av {Gi}. Svar mejlas till {E} och {EF}.",
    "Osteologisk analys av {CTX} utförd av {P#1} ({E#1}). Minst två individer, en vuxen och ett barn. Frågor till {PH}.",
    "Konservering: {FNR} (järnkniv) och {FNR} (ringspänne) skickas till konservator {P}, {BOX}. Kontaktperson på {FIRM}: {P}, {PH}.",
    "Fyndregistrering pågår. {G} tar F1–F200, {G} resten. Oklara fynd läggs i lådan märkt {S}. {Gs} fynd från igår ligger i kylen.",
    "Från och med {DATE} är {P} undersökningsledare i stället för {P}, som gått på föräldraledighet. Frågor till {E} eller {PHF}.",
    "Foto {FNR} in situ (foto: {P}, {DATE}). Ritning {NUM} (ritare: {Gi}).",
    # finds reported by the public, rewards
    "Fornfyndsanmälan\nUpphittare: {F#1} ({PNR})\nAdress: {A}\nFyndplats: {FAST}, vid plöjning\nFynd: skafthålsyxa av sten\nFyndet har lämnats till {MUS}. Kontakt: {PH}, {E#1}",
    "Länsstyrelsen har beslutat om hittelön om {AMT} till {P} för fyndet av ett silvermynt vid {FAST}. Handläggare: {P}, {PHF}. {DNR}",
    "Hej! Min pappa {P:m} hittade en gammal yxa i stenmuren på {VIL} för många år sedan. Vem kan titta på den? /{G}, {PH}",
    "Upphittaren {P}, {STL}, har avstått hittelön till förmån för hembygdsföreningen. Beslut {DNR}.",
    "Polisen kontaktades kl. {TIME} efter att {P} hittat skelettdelar vid {STN}. Arkeolog {P} bedömde benen som förhistoriska och platsen spärrades av.",
    # museum handovers and archives
    "Överlämnande av fynd och dokumentation\nFrån: {FIRM}, projektledare {P}\nTill: {MUS}, intendent {P}\nAntal lådor: {SMALL}, fyndposter: {NUM}, märkta {ACC}.\nÖverlämnat {DATE}.",
    "Kvittens: {MUS}, {BOX}, har {DATE} tagit emot {SMALL} lådor fynd från {RAA}. Mottaget av {I}. Lämnat av {I}.",
    "Arkivförteckning {RAA}: fältdagböcker ({I}, {I}), ritningar, fotolista, digitala filer. Överlämnas till {MUS} enligt beslut {DNR}. Arkivansvarig: {P#1}, {E#1}.",
    "Utlåning: {MUS} lånar ut {FNR} och {FNR} till utställningen i {TOWN}. Ansvarig för transporten: {P}, {PH}. Försäkringsvärde {AMT}.",
    "Fyndfördelning {RAA}: fynden tillfaller {MUS}. Kontaktperson: samlingsansvarig {P}, {BOXL}",
    # societies, guides, tours, visits
    "Kallelse till årsmöte i hembygdsföreningen {DATE} kl. {TIME} i bygdegården, {VIL}. Anmälan till hembygdsföreningen, {CO}, eller på {PH}. Ordförande {P}",
    "Guideschema {SITE}\nlördag {TIME}: {P}, {PH}\nsöndag {TIME}: {P}, {PH}\nReserv: {G} ({PH})",
    "Bokning guidad visning vid {SITE}: {SMALL} personer, {DATE} kl. {TIME}. Bokad av {P#1}, {A}, {PH}, {E#1}.",
    "Skolklass 5B från skolan på {STN} besöker utgrävningen {DATE}. Ansvarig lärare: {P}, {PH}. Guidning: {G} och {G}.",
    "Protokoll, styrelsemöte i fornminnesföreningen {DATE}\nNärvarande: {P} (ordf.), {P} (sekr.), {P}, {I}\n§ 4 Beslutades att köpa in nya sållar.\nVid protokollet: {G}",
    "Under helgen visade arkeologen {P} besökare runt på {SITE}. – Vi har hittat spåren av ett långhus, säger {S}. Hembygdsföreningens ordförande {P} var också på plats.",
    "Medlemsregister fornminnesföreningen\n{R}, {A}, {PH}\n{R}, {AR}, {PH}\n{R}, {A}",
    "Föredrag i församlingshemmet, {ST}: fil.dr {P} berättar om gravfälten vid {SITE}. Anmälan till {G} på {PH}.",
    # practicalities on site
    "Boende för grävlaget: {Ps} stuga på {VIL} ({PH}). Nyckeln hämtas hos grannen {P}, {AR}.",
    "Tillbudsrapport {DATE}: {P}, {A}, snubblade i schakt {TR} och stukade foten. Första hjälpen gavs av {G}. Anhörig ({P}) underrättad på {PH}.",
    "Sitehunden {DOG} ({Gs} hund) har grävt i vallen igen. {G}, kan du hålla honom kopplad? /{G}",
    "Maskinist från {S} Schakt & Transport AB, {P}, började matjordsavbaningen kl. {TIME}. Fakturan skickas till {BOX}.",
    "Offert från {Ss} Gräv & Maskin AB ({ORG}): grävmaskin 14 ton med förare, {AMT} per dag. Kontakt: {P}, {PH}, {BOX}.",
    "Lånat av {S}: 2 sållar, 1 skottkärra och totalstationen. Återlämnas till {A} senast {DATE}.",
    "Boende på {ST} ({P}, {PH}) klagar på dammet från schaktet och vill att vi vattnar.",
    "Schaktövervakning vid {ST} i {TOWN} för ny fjärrvärmeledning. Kontakt på plats: {P}, {PH}. Beställare: kommunens gatukontor, {PHF}.",
    "Upphittat vid fältboden: en blå termos och en mössa. Ägaren kan höra av sig till {G} på {PH}. Termosen kan vara {Gs}.",
    "Telefonlista\nProjektledare {P} {PH}\nFältansvarig {P} {PH}\nMaskinist {P} {PH}\nMarkägare {P} {PH}\nLänsstyrelsen (växel) {PHF}",
    "Vi söker två fältarkeologer till undersökningen vid {SITE}. Kontakta {P#1}, {PH}, {E#1}. Ansökan skickas till {FIRM}, {BOX}.",
    "Tillstånd att ställa bodvagn på {STN} har beviljats {FIRM} (kontakt {P}, {PH}) till och med {DATE}.",
    "Tack för en fantastisk grävvecka! Hälsningar {G} och {G} (och {Gs} mamma, som bakade kanelbullarna)",
    "Byggnadsinventering {FAST}: ägare {P}, {AR}. Bostadshuset uppfört omkring 1880. Intervju med {F} om gårdens historia.",
    "Utbytesvolontären {P} bor på {AX} under terminen och nås på {PHX}.",
    "Engelska volontärer i år: {P} ({AU}) och {P} ({AUL}). Båda anländer {DATE}.",
    "Post till grävlaget skickas {COL}",
    "Leverans av sållar till {FIRM}, {BOX}, att: {P}. Frågor om leveransen: {PHF}.",
    "Fakturaadress: {FIRM}, {BOXL}\nReferens: {P}\nOrg.nr {ORG}",
    "Välkommen till {SITE}, {G}! Parkera vid {ST} och gå stigen ner mot ån. Jag möter dig {TIME}. /{P}, {PH}",
    # chats and texts, lower case
    "{g}: någon som har nyckeln till bodvagnen?\n{g}: {g:f} tog den igår tror jag\n{g}: ok jag ringer henne",
    "hej {g}! kan du hämta mig på {a} kl {TIME} imorgon? annars tar jag bussen",
    "@{g} har du fotat {CTX} innan vi snittar? / {g}",
    "{g} hittade en pärla i sållet!!! {g} är så avundsjuk haha",
    "adressen till boendet är {a}, portkoden är {NUM}. {n} har nycklarna",
    "{p} sa att fynden ligger kvar i bilen, kan nån hämta dem innan {TIME}?",
    "sms från {g}: jag är sen, står i kö på {STN}. börja utan mig",
    "@{g} @{g} regnet verkar hålla i sig, vi ses {DAY} istället",
    "{g}: vem tar med grillen på fredag?\n{g}: jag! och {gs} pappa lånar ut sitt bord",
    "ring {g:f} på {PH} om ni inte hittar fram, hon står vid grinden",
    "hej det är {g} ({p:f}s syster), jag hämtar hennes knäskydd vid {a} ikväll",
    # mails and signatures
    "Från: {P#1} <{E#1}>\nTill: {P#2} <{E#2}>\nÄmne: Fyndlista schakt {TR}\n\nHej {G#2}!\nHär kommer fyndlistan. {FNR} och {FNR} behöver konserveras. Hör av dig till {P} på {MUS} om leveransen.\n/{G#1}",
    "Med vänlig hälsning\n{P}\nArkeolog, fältansvarig\n{FIRM}\n{BOXL}\nMobil {PH}\nVäxel {PHF}",
    "Från: {P#1} <{E#1}>\nSkickat: {DAY} {DATE} {TIME}\nTill: {EF}\nÄmne: Fynd i trädgården\n\nHej, vid grävning för ny altan på {A} hittade vi krukskärvor och ben. Kan ni komma och titta? Ring mig på {PH}.\n{P#1}",
    "Hälsningar\n{F#1}\nLänsantikvarie\nLänsstyrelsen\n{BOX}\nTfn {PHF}\n{E#1}",
    "Från: {P#1} <{E#1}>\nÄmne: Sv: Volontärplatser\n\nHej {G}, tyvärr är vecka {WEEK} fullbokad men jag har satt upp dig på väntelistan. Hälsa {N}!\n{G#1}",
    "Hej {G}!\nKan du skicka kontextblanketterna från schakt {TR} till mig innan {DAY}? Och glöm inte att {G} ska ha sina timmar attesterade.\nTack! {Gi}",
    "{P#1}\nByggnadsantikvarie\nTel. {PH} | {E#1}\n{A}",
    "Kopia till: {P}, {MUS}; {P}, Länsstyrelsen; markägaren {P}, {ARL}",
    "Utskick till berörda markägare:\n{P}, {A}\n{P}, {AR}\n{P}, {CO}\n{P}, {AR}",
    "Adressändring: {P} ({PH}) har flyttat från {A} till {AL}. Fyndanmälan och hittelön skickas dit.",
    "Fältkontoret flyttar till {STL} från och med {DATE}. Nycklar hos {G}.",
    "Grävningen sker i tomtgränsen mellan {ST} och {ST}. Boende informeras av {P}, {PH}.",
    "Fynd hittat i korsningen {STN}/{STN} vid ledningsgrävning. Entreprenörens kontakt: {P}, {PH}.",
    "vi som har bil: {g} från {a}, {g} från {a}. vem mer kan köra?",
    "Deltagare studiecirkel forntid:\n{P}, {A}\n{P}, {A}\n{P}, {VIL}\n{P}, {STL}",
    "Returadress: {P}, {AL}",
    "Nytt för i år: fyndtvätt hemma hos {P} på {ST}. Anmäl dig till {G} på {PH}.",
    "Hyresavtal, stuga för grävlaget\nHyresvärd: {P}, {PNR}\n{ARL}\nHyresgäst: {FIRM}, genom {P}\nHyra: {AMT} för perioden {RANGE}",
    "Antagna till fältkursen vid {SITE}:\n{R}, {PNR}\n{R}, {PNR}\n{R}, {PNR}\nReserver: {G} och {G}",
    "Utbetalning av hittelön\nMottagare: {P}\nPersonnummer: {PNR}\nAdress: {A}\nKonto: {BANK}\nBelopp: {AMT}",
)  # fmt: skip

EN = (
    "Volunteer application – {SITE} community dig\nName: {P#1}\nAddress: {AUL}\nPhone: {PHX}\nEmail: {E#1}\nEmergency contact: {P} ({PHX})\nDietary needs: vegetarian",
    "PAS record {PAS}: copper-alloy brooch found by {P} while detecting on {P'} farm. Findspot {NGR}. Recorded by FLO {P} on {DATEEN}.",
    "Treasure Act 1996 – report to the coroner\nFinder: {F#1}, {AU}, tel. {PHX}\nLandowner: {P}, {AU}\nFind: hoard of {NUM} silver pennies\nReported through {P#2}, Finds Liaison Officer, {E#2}",
    "Landowner permission for metal detecting\nI, {P}, of {AU}, give permission to {P} of {AU} to search the field known as Ten Acre on my land. Finds to be recorded with the PAS and shared 50/50.\nSigned {DATEEN}",
    "Site diary, {DATEEN}, Trench {TR}. On site: {G}, {G}, {Gi}, {N} and {P} (supervisor). Rain until {TIME}. {G} found a flint scraper in {CTX} ({SF}); {G'} section drawing is finished.",
    "Context {NUM} | fill of pit [{NUM}] | recorded by {I} | checked by {Gi} | {DATEEN}",
    "Small finds register\n{SF} | bone comb | {CTX} | {I}\n{SF} | glass bead | {CTX} | {I}\n{SF} | coin, Roman | {CTX} | {G} {S}",
    "Deposition agreement\nDepositor: {FIRMEN}, project officer {P}\nReceiving museum: {MUSEN}, curator {P}\nArchive: {SMALL} boxes, accession no. {ACC}\nTransfer of title signed by the landowner, {P}, {AU}.",
    "From: {P#1} <{E#1}>\nTo: {P#2} <{E#2}>\nSubject: Context sheets, trench {TR}\n\nHi {G#2},\nCould you scan the context sheets before {DAYEN}? {P} at {MUSEN} needs them for the archive.\nThanks,\n{G#1}",
    "Best wishes,\n{P}\nProject Officer\n{FIRMEN}\n{AUL}\nT: {PHX}\nM: {PHX}",
    "{g}: anyone got a spare trowel?\n{g}: yes in the van, ask {g}\n{g}: cheers",
    "{g}: can someone give me a lift from {au} at 7?\n{g}: i can, text me",
    "Section 106 consultation – {SITE}. SHPO contact: {P}, {PHX}. Landowner: {P}, {AUS}. Site number {TRI}.",
    "Landowner access agreement\n{P}\n{AUSL}\ngrants access to the field crew led by Dr. {S} for the period {RANGEEN}. Contact: {PHX}.",
    "Field school roster, week {SMALL}\n{R}\n{R}\n{RU}\n{R}\n{R}\nSupervisor: {P}, {PHX}",
    "Incident report, {DATEEN}: {P}, of {AU}, cut a hand on a sherd in Trench {TR}. First aid given by {G}. Next of kin, {P}, informed on {PHX}.",
    "Volunteers led by archaeologist {P} have uncovered a mosaic floor at {SITE}. \"It's remarkable,\" said Dr {S}. The landowner, {P}, has agreed to a second season.",
    "The reward of {GBP} will be shared between the finder, {P}, and the landowner, {P}, of {AU}.",
    "{G'} dog, {DOG}, ran off with a bone from {CTX} again. {G}, please keep the dog on the lead!",
    "Plant hire from {S} & Sons, {AU}, tel. {PHX}. Driver on the day: {G}.",
    "{P'} trench notes are in the blue folder; {G'} photos are on the shared drive.",
    "Excavation licence {IRL}: director {P}, {AX}, {PHX}. Landowner consent from {P}.",
    "Field school abroad, contact: {P}, {AXL}\nMobile {PHX}",
    "Loan request: {SF} from {MUSEN} to the exhibition in {TOWNEN}. Courier: {P#1}, {PHX}, {E#1}.",
    "Open day guides: {G} at {TIME}, {G} at {TIME}, {N} after lunch. Parking behind {S'} barn, {AU}.",
    "Minutes of the {TOWNEN} Archaeological Society, {DATEEN}, held at {AU}\nPresent: {P} (chair), {P} (secretary), {I}, {I}\nApologies: {P}",
    "Dear Dr {S},\nThank you for your talk at {SITE} last {DAYEN}. Our members would love a site visit in the spring.\nKind regards,\n{P}\nHon. Secretary\n{AUL}\nTel. {PHX}",
    "Conservator {P#1} ({E#1}) will X-ray {SF} and {SF} next week. Please bring them to {AU}.",
    "Volunteer hours, {DATEEN}: {P} 6 hrs, {P} 7.5 hrs, {P} 4 hrs. Signed off by {I}.",
    "@{g} did you bag the charcoal from {CTX}? @{g} says it's still in the tray",
    "Thanks to {Gi} for the drone photos and to the {S'} family for lending us the gazebo.",
    "{P#1}\nState Historic Preservation Office\n{AUSL}\n{PHX} | {E#1}",
    "Please drop finds bags at {AU} (ring {PHX} first). Ask for {G}.",
    "Scheduled Monument Consent has been granted to {P} of {FIRMEN}, {AU}. Case officer: {P}, {PHX}.",
    "Magnetometer survey by {P} and {P} on {DATEEN}, centred on {NGR}. Landowner {P} of {AU} ({PHX}) asked us to close the gate.",
    "Hi {G}, the finds from {SITE} can be collected from {AU} on {DAYEN}. Any problems, call {N} on {PHX}. Cheers, {G}",
    "Crew list – Phase I survey (crew house: {AUS})\n{P}, crew chief, {PHX}\n{P}, {PHX}\n{P}\nRancher contact: {P}, {AUS}",
    "ARPA permit application\nApplicant: {F#1}\n{AUSL}\nPrincipal investigator: Dr. {S}\nEmail: {E#1}",
    "From: {P#1} <{E#1}>\nSent: {DAYEN} {DATEEN}\nTo: {EF}\nSubject: Pottery in my garden\n\nHello, while digging a pond at {AU} we found lots of pottery and some bones. Could someone take a look? My number is {PHX}.\n{G#1}",
    "Accommodation for the dig team: the bunkhouse at {AU} (warden {P}, {PHX}). Keys from {P'} neighbour.",
    "Student placement: {P#1} ({E#1}) will join the team from {DATEEN}. Supervisor: {P}.",
    "Donation to the museum: a Bronze Age axe given by {F}, {AUL}. Accession no. {ACC}. Received by {I}.",
    "Village history group, {AU}: {P} will show the parish maps on {DAYEN}. Tea by {G} and {G}. Contact {PHX}.",
    "Our thanks go to the landowners, {P} and {P}, and to the volunteers, especially {F}, who sieved every bucket from {CTX}.",
    "From: {P#1} <{E#1}>\nTo: {E}\nSubject: Re: detecting rally\n\nHi {N}, tickets are sold out but I'll put you on the reserve list. Meet at {AU} at 8.\n{G#1}",
    "Call sheet for the TV shoot (unit base: {AU}): presenter {P} ({PHX}), site director {P} ({PHX}), farmer {P}.",
    "Archive boxes received from {FIRMEN} on {DATEEN}: {SMALL} boxes, {NUM} bags. Checked by {I} and {Gi}.",
    "The ranch at {AUS} belongs to {P}; call {PHX} before driving in. The site ({TRI}) is on the mesa behind the barn.",
    "Change of address for volunteer {P}: new address {AUL}. Please update the list before the newsletter goes out.",
    "Mailing list for the landowners' newsletter:\n{P}, {AU}\n{P}, {AU}\n{P}, {AUL}",
    "Addresses for the volunteer certificates:\n{R}, {AU}\n{R}, {AUS}\n{R}, {AU}",
    "Finds drop-off points this season: {AU} and {AU}. Ask for {G} or {G}.",
    "{g}: we're at {au}, come round whenever\n{g}: omw",
    "Site office moved to {AUL}\nPhone {PHX}, ask for {P}.",
    "Return address for finds bags: {P}, {AUSL}",
    "VOLUNTEER REGISTRATION\nSURNAME: {SU#1}\nFirst name(s): {G#1}\nAddress: {AU}\nMobile: {PHX}\nEmail: {E#1}\nHow did you hear about us? From {P}",
    "Mrs {S:f} of {AU} reported a stone with carvings in her garden wall. Visit arranged with {P} on {DATEEN}.",
)  # fmt: skip

MIXED = (
    "Hej {G}! Kan du uppdatera finds register innan fredag? Context sheets för trench {TR} saknas fortfarande. Thanks! /{G}",
    "Från: {P#1} <{E#1}>\nTo: {P#2} <{E#2}>\nÄmne: Re: site diary\n\nHi {G#2}, jag har lagt in {DATE} i site diary. Vi hittade en bead i {CTX}, see photo. /{G#1}",
    "Welcome to the field school at {SITE}! Boende: {A}. Kontaktperson: {P}, {PH}. In an emergency, call 112.",
    "@{g} kan du checka {FNR}? looks like bronze to me. {g} tror det är en nål",
    "Meeting med {MUSEN} imorgon kl {TIME}: {P} och {P} joinar på Teams (dial-in {PHX}). Agenda: deposition av arkivet från {SITE}.",
    "Volunteer list v. {WEEK}\n{R} – trench {TR}\n{R} – finds\n{R} – sieving\n{R} – trench {TR}",
    "Hej, this is {G} från {FIRM}. Vi behöver landowner permission från {P:m} innan vi kan öppna schakt {TR}. Gården ligger på {AR}. Kan du ringa honom på {PH}?",
    "Post-ex meeting {DATE} på kontoret, {ST}. Närvarande: {P}, {P}, {Gi}. Action points: {G} skriver rapporten, {G} tar fyndlistan, deadline {DATE}.",
    "Dig team WhatsApp\n{g}: good morning! vi börjar {TIME}\n{g}: jag är sen, stuck on {STN}\n{g}: no worries",
    "International volunteers i år: {P} from {AU}, {P} from {AUS} och {P} from {AX}.",
    "Small finds {SF}–{SF} registrerade av {I}. Photos by {G} ({PH}). Allt ligger i låda märkt {RAA}.",
    "Best,\n{P}\nField archaeologist | Fältarkeolog\n{FIRM}\n{AL}\n{PH}",
    "Hej {G}!\nThe museum says the handover is on {DATE}. Kan du och {G} packa lådorna? {P} från {MUS} kommer och skriver på kvittensen.\n/{N}",
    "Landowner {P} ({PNR}), {AR}, har skrivit på permission form. Scan sent to {E}.",
    "Anmälan – community dig\nName: {P#1}\nPersonnummer: {PNR}\nAddress: {A}\nPhone: {PH}\nEmail: {E#1}\nExperience: none, men superpepp!",
    "{p}: can i borrow your trowel? min har försvunnit\n{p}: sure, den ligger i bilen",
    "Sorry för sent svar! Jag är på {SITEEN} med {P} den här veckan och bor på {AU}. Back i Sverige {DATE}, nås på {PHX} tills dess.",
    "Site director: {P}, {PH}\nFinds officer: {P#1}, {E#1}\nHealth & safety: {G} ({PH})\nLandowner: {P}, {ARL}",
    "Excavation diary {DATE}. Sunny, {SMALL} grader. {G} and {G} cleaned the section i trench {TR}; {G} hittade en silver coin ({FNR}) och blev helt salig.",
    "Fynden packade for transport till {MUS}, {BOX}. Receipt signed by {I#1} ({E#1}). Nästa leverans: {DATE}.",
    "Hi all! Grillkväll på {a} på lördag, ta med något att dricka. /{g} ({PH})",
    "Tack {G} for the lift! And say hi to {Gs} mamma från oss alla",
    "Från: {P#1} <{E#1}>\nSubject: Fwd: metal detector permit\n\nHej {G}, se nedan från länsstyrelsen. The applicant is {P}, {A}. Kan du kolla fastigheten {FAST}?\n{G#1}",
    "Kontaktlista dig\n{P} – site director – {PH}\n{P} – osteologist – {PHX}\n{P} – finds – {E}\n{P} – landowner – {AR}, {PH}",
    "{F} presented the results from {SITE} at the EAA conference. Co-authors: {I} och {I}.",
    "Reminder: volunteers måste signa health and safety induction innan de går in i schaktet. Ask {G} eller {N}.",
    "Dogs on site: {DOG} ({Gs} hund) är välkommen men måste vara kopplad around the trenches.",
    "Offert från {S} Schakt AB: excavator with driver, {AMT}/dag. Contact {P}, {PH}.",
    "Delivery address for the sieves: {BOX}, att. {P}. Tracking sent to {E}.",
    "Hej! Vi är två students från {TOWNEN} som vill volunteer. Jag heter {P#1} och min vän heter {P}. Vår e-post: {E#1}, adress {AL}. Tack!",
    "@{g} finds tray från {CTX} är i bodvagnen. @{g} please label them before lunch",
    "Guided tour i engelska kl {TIME} med {G}, svenska kl {TIME} med {G}. Bokningar till {EF} eller {PHF}. Meeting point: {ST}.",
    "Treasure trove-ärende: {P}, {A}, hittade en silver hoard vid {FAST}. Länsstyrelsen handläggare {P}, {PHF}.",
    "Travel claim – {P}, {PNR}\nTåg {TOWN}–{TOWN}, {AMT}\nAccommodation at {STL}, {AMT}",
    "Till: {P}, {MUS}\nFrom: {P}, {FIRM}\nRe: transfer of archive {RAA}\n{SMALL} boxes, {NUM} finds. Please confirm by e-post to {E}.",
    "Vem har nyckeln till containern? {G} says {G#1} has it, men {G#1} är i Uppsala idag.",
    "Hej {G}! Enligt {P'} notes ligger {FNR} i fel påse. Kan du be {Ps} team att backfill trench {TR} före helgen? Landowner wants to plough.",
    "Osteology report from {P#1} ({E#1}, {AX}): två individer i {CTX}, one adult, one child. Samples för 14C? Diskutera med {G}.",
    "Presskontakt: {P}, {PH}. Journalists are welcome on {DATE} kl {TIME}, parkering vid {ST}.",
    "Rental agreement för stugan: {P}, {ARL}. Rent {AMT} per week, nycklar i brevlådan.",
    "Please note ny adress för fältkontoret: {AL}",
    "Hejsan! Glad to hear du vill vara med. Skicka ditt personnummer och address till {E}, så fixar {G} försäkringen. /{P}",
    "{SU#1}, {G#1} – volunteer, week {WEEK}, trench {TR}, tel {PH}",
    "Tack alla för en great season! Special thanks to {P}, {P} och {F} från hembygdsföreningen.",
    "Lunch order idag: {g} – vegan, {g} – no onions, {g} – vad som helst. Pick up från {a} kl 12",
    "The finds from the garden at {A} were reported by {P} ({PH}). {Gi} visited {DATE} and confirmed medieval pottery.",
    "Hej {G}, can you ring the farmer {S} at {PH}? Traktorn blockerar vägen till {SITE}.",
    "Signed: {P}, landowner, {VIL}. Witness: {P}. Datum: {DATE}",
    "Från: {EF}\nTo: {P#1} <{E#1}>\nÄmne: Your volunteer booking\n\nHi {G#1}, welcome! Ditt pass är {DAY} {TIME}. Meeting point: {ST}.",
    "Adresslista volunteers:\n{P}, {A}\n{P}, {AU}\n{P}, {AX}\n{P}, {AL}",
    "Pickup points imorgon: {ST} kl 7.00 och {ST} kl 7.15. Driver: {G} ({PH}).",
    "Leverans till {MUS}, {BOX}, before {DATE}. Contact person {P}.",
    "Volunteer insurance: {P}, {PNR}, {A}. Emergency contact {P}, {PH}.",
    "hej all! party at {a} på fredag, bring your own drinks. /{g}",
    "Hälsningar / Best regards\n{P}\nPhD student, osteoarchaeology\n{AXL}\n{PHX}",
    "Volunteer insurance (Folksam): {P}, {PNR}; {P}, {PNR}. Utländska volunteers: {P}, passport only.",
    "Markägare / landowner: {U}, {PNR}\n{ARL}\nPermission valid {RANGE}",
)  # fmt: skip

NEGATIVES = (
    # Swedish: no value at all, full of the genre's look-alikes
    (
        "sv",
        "Fyndlista {RAA}: {FNR} keramik, {FNR} bränd lera, {FNR} flinta. Samtliga från {CTX}, schakt {TR}.",
    ),
    (
        "sv",
        "Kontext {NUM} skär kontext {NUM}; båda fyllningar i stolphål. Djup {DEPTH}. Se ritning {NUM}.",
    ),
    (
        "sv",
        "Länsstyrelsens beslut {DNR} om förundersökning inom {FAST}. Kostnaden beräknas till {AMT}.",
    ),
    ("sv", "Koordinater för schaktet (SWEREF 99 TM): {COORD}. Höjd över havet 24,6 m."),
    (
        "sv",
        "14C-datering: {C14}, kalibrerat till 1200-talet. Provet bestod av bränt hasselnötsskal.",
    ),
    (
        "sv",
        "Fornlämning {LNR} (tidigare {RAA}): gravfält med 24 synliga högar och en stensättning.",
    ),
    (
        "sv",
        "{MUS} tar emot fynden {DATE}. Fynden märks {ACC}. Riksantikvarieämbetet har fattat fyndfördelningsbeslut.",
    ),
    (
        "sv",
        "Grävningen vid {SITE} fortsätter till den {DATE}. Publik visning varje {DAY} kl. {TIME}, fri entré.",
    ),
    (
        "sv",
        "Sten, flinta och bärnsten i sållet. Björk- och ekkol i härden. Linda in skärvan i silkespapper innan den packas.",
    ),
    (
        "sv",
        "Ett fynd av en torshammare i silver, två pärlor av glas och en sländtrissa av täljsten. Vikt {GRAM}.",
    ),
    ("sv", "Faktura från {FIRM}, org.nr {ORG}, bankgiro {BG}, att betala {AMT} senast {DATE}."),
    (
        "sv",
        "Boplatsen ligger på fastigheten {FAST}, sydost om Tuna by, mellan ån och skogskanten. Inga byggnader berörs.",
    ),
    (
        "sv",
        "Schakt {TR} lades igen {DATE}. Totalt undersöktes {NUM} kvadratmeter och {NUM} anläggningar.",
    ),
    (
        "sv",
        "Per kvadratmeter sållades cirka 0,3 m³ jord. Klara lager av sot och kol syntes i profilen.",
    ),
    (
        "sv",
        "Hittelön betalas enligt 2 kap. 17 § kulturmiljölagen. Ärendet handläggs av enheten för kulturmiljö.",
    ),
    ("sv", "Sitehunden {DOG} fick ett ben från köket, inte från gravfältet. Alla fick skratta."),
    (
        "sv",
        "Foton {NUM}–{NUM} visar profilen i schakt {TR} mot norr. Fotonummer skrivs i fotolistan, inte på lappen.",
    ),
    ("sv", "Väder {DATE}: sol, 22 grader, svag vind. Grävningen pausades vid {TIME} för åska."),
    (
        "sv",
        "Arkeologidagen firas i hela landet sista söndagen i augusti. I {TOWN} visas fynden från stadsgrävningen.",
    ),
    (
        "sv",
        "Provgrop {NUM} gav inga fynd. Alv påträffades på {DEPTH} djup. Fornlämningen bedöms vara borttagen.",
    ),
    (
        "sv",
        "Den medeltida Eriksgatan, kungens färdväg genom landskapen, passerade troligen vadstället vid {SITE}.",
    ),
    (
        "sv",
        "Rösen, stensättningar och domarringar dominerar gravfältet. Ask och alm växer på högarna.",
    ),
    (
        "sv",
        "Packlista: skärslev, hink, sållram, fyndpåsar, märkpenna, tumstock, måttband, knäskydd och solkräm.",
    ),
    ("sv", "Intrasis-projektet {RAA} har {NUM} objekt. Säkerhetskopia tas varje {DAY}."),
    (
        "sv",
        "Vikterna {FNR} och {FNR} väger {GRAM} respektive {GRAM}; troligen ett viktsystem från vikingatiden.",
    ),
    ("sv", "Gården Backa nämns första gången 1347. Ägorna skiftades vid laga skifte 1852."),
    # English
    ("en", "Small finds {SF} to {SF}: iron nails from {CTX}. Bulk finds bagged by context."),
    ("en", "Site code HBR27. OASIS ID: oxfordar1-{NUM}000. Grid reference {NGR}."),
    ("en", "Radiocarbon result {C14}, calibrated to 1130–1010 cal BC at 95.4% probability."),
    (
        "en",
        "Trench {TR} was backfilled on {DATEEN}. {NUM} contexts and {NUM} small finds were recorded.",
    ),
    (
        "en",
        "Treasure case 2027 T{NUM}: valuation committee meets on {DATEEN}. Estimated value {GBP}.",
    ),
    (
        "en",
        "Flint, amber and jet in the sieve; hazel and ash charcoal in the hearth. Heather roots everywhere.",
    ),
    (
        "en",
        "Mark the section with nails every metre, then draw it at 1:10. Bill hooks are in the tool store.",
    ),
    ("en", "The Roman road known as Watling Street ran just east of the villa at {SITE}."),
    (
        "en",
        "Open day at {SITE} on {DAYEN} {DATEEN}, 10:00–16:00. Free entry, no dogs in the trenches.",
    ),
    ("en", "{MUSEN} will accept the archive under accession number {ACC} once boxes are labelled."),
    (
        "en",
        "Site {TRI}: lithic scatter with Archaic projectile points, about 40 m by 25 m, on BLM land.",
    ),
    (
        "en",
        "Invoice {NUM}-{NUM} from {FIRMEN}: {GBP} for geophysics over 3.5 ha. VAT reg. 123 4567 89.",
    ),
    (
        "en",
        "Context [1045] cuts (1038). Will check the matrix tomorrow; may need to rethink phasing.",
    ),
    ("en", "Weather: heavy rain from 9:00, trench flooded. Pumped out by 14:30, work resumed."),
    ("en", "The site dog, {DOG}, found a sandwich in the spoil heap and would not share it."),
    (
        "en",
        "Victorian drain cuts the Georgian cellar; both cut the medieval pit fills. Rose madder stain on the wall plaster.",
    ),
    (
        "en",
        "Licence {IRL} was issued by the National Monuments Service for test trenching near {TOWNEN}.",
    ),
    (
        "en",
        "Kit list: trowel, hand shovel, kneeler, bucket, finds trays, permanent marker, hard hat, hi-vis.",
    ),
    # mixed
    (
        "mixed",
        "Finds register uppdaterat: {FNR}–{FNR} från trench {TR}. Alla bags märkta med {CTX}.",
    ),
    (
        "mixed",
        "Sample {NUM} (flotation) gav charred grain och hazelnut shells. Skickat till lab för {C14}.",
    ),
    (
        "mixed",
        "Deadline för rapporten till länsstyrelsen är {DATE}, {DNR}. Please check figures innan dess.",
    ),
    (
        "mixed",
        "Total station setup vid {COORD}. Backsight på fixpunkt 3, kontrollera varje morgon.",
    ),
    ("mixed", "Handover till {MUS} {DATE}: {SMALL} boxes, {NUM} finds, digital archive på USB."),
    (
        "mixed",
        "Open day på {SITE} {DAY} {TIME}. Family activities, fika och guided tours på svenska och engelska.",
    ),
    (
        "mixed",
        "Spoil heap ska ligga minst två meter från schaktkanten. Safety first, ingen går ner i djupa schakt ensam.",
    ),
    (
        "mixed",
        "Invoice från {FIRM}, org.nr {ORG}, {AMT} för post-ex work. Betalas via bankgiro {BG}.",
    ),
    ("mixed", "Property {FAST} ligger inom fornlämning {LNR}. No metal detecting utan tillstånd."),
    (
        "mixed",
        "Pottery: 45 sherds, mostly redware; en bit med stämpel. Weight {GRAM}. Per context se listan.",
    ),
    (
        "mixed",
        "Weather update: regn hela {DAY}, so no digging. Use the day för finds washing i tältet.",
    ),
    (
        "mixed",
        "Conference abstract deadline {DATE}. Session: Iron Age settlements i Mälardalen och East Anglia.",
    ),
    (
        "mixed",
        "Amber beads, jet pendant, och en glaspärla. Pearl-like luster på en av dem, ta ett foto.",
    ),
    (
        "mixed",
        "Drone flight kl {TIME}, höjd 60 m, ortofoto över schakt {TR}. Georeferenced i SWEREF 99 TM.",
    ),
    (
        "mixed",
        "Frank feedback från peer review: more on the phasing, mindre om fyndlistan. Will fix det.",
    ),
    (
        "mixed",
        "Post-ex budget {AMT}, varav osteology {AMT} och conservation {AMT}. Approved by the board.",
    ),
)
