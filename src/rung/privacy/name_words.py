"""Word lists of the name rules (`rung.privacy.names`): everyday words that are also names,
chat words, places, blocked words, and the cues (greetings, sign-offs, titles, verbs) that put
a name right after them."""

from __future__ import annotations

import re

from rung.privacy import names_sv

# The capital letters a name may start with, for a regex character class, and one capitalised
# name word (hyphenated or not) of the name rules' patterns.
CAPITALS = "A-ZÅÄÖÉÜÈÀÂÎÔÇŁŚŻŹĆŃÓØÆÑÍÚÁŠŽČŘĐŞĞİÊÛÌÒÙÝÕÃĀĒĪŪĢĶĻŅĖĮŲĠĦÐÞŢĘĄŮÏËŒŐŰĂȘȚṢẸỌ"
NAME_WORD = rf"[{CAPITALS}][^\W\d_]+(?:-[{CAPITALS}][^\W\d_]+)?"


def words(text: str) -> frozenset[str]:
    """The distinct words of `text`, case-folded."""
    return frozenset(text.casefold().split())


# A person's age as newspapers write it before where they live (`aged 84, of`, `Tom Reed, 42, of`;
# round thirty-eight): the town after it is no name, the street after it an address.
AGED = r"(?:\baged[ \t]+|,[ \t]*)\d{1,3}"
# The days of the week: a name's span never runs over one (`Caroline Evans Monday to Thursday`).
WEEKDAYS = words(
    """
    monday tuesday wednesday thursday friday saturday sunday
    måndag tisdag onsdag torsdag fredag lördag söndag
    """
)
# Round fifty-nine: the days as rotas shorten them (`ons Mo`, `tor: Shilan Salih`).
SHORT_DAYS = words("mån tis ons tor tors fre lör sön mon tue wed thu fri sat sun")
# Round fifty-nine: a chat line's clock time before its speaker (`[20:42] violet:`, `08:15 ivy:`).
CLOCK = r"(?:\[[^\]\n]{1,25}\]|[0-2]?\d[:.][0-5]\d)"
# Everyday words that are also names: a name only with a capital and a surname after it.
AMBIGUOUS = words(
    """
    maj klara rosa ros liv saga dag sten björn bror vilja love lo max will may mark grace hope
    joy rose june april august bill frank guy art dean can nur gül sam tim tom ben per bo tor
    sol ask said tan rut le do li vu bos pat sue ray holly ruby iris alla sky summer king page
    lan ama hoa tala hamdi
    """
)
# Frequent chat words and words that start sentences, beyond spaCy's stop words.
COMMON = words(
    """
    alla allihop allesammans igen snälla mycket massor killar tjejer gänget teamet team där
    everyone everybody guys folks all there again again so much lot mate buddy y'all you
    ok okej japp nej ja yes no sorry tack thanks thx hej hi hello hey fint bra kul najs nice
    great cool perfect perfekt jättebra toppen super precis exakt absolut klart sure hos
    """
)
# Round twenty-one: words that are no name on their own, whatever found them: a weekday cut
# short, and what a greeting calls people who are not named (`Hej grannar!`, `hej babe`). Kept
# apart from the lists above, which the name tagger's features read.
NO_NAME_ALONE = words(
    """
    tue tues wed thu thur thurs
    grannar älskling älsklingen babe baby sweetie honey hun raring gumman vännen vänner
    madam sir callback payslip treasurer
    barnen föräldrar parents mum rok anteckn ordernr portkod lön payroll
    mån tis ons tors fre lör sön sirs tel anm co br
    error debug warn warning info trace fatal critical config disable enable forward reviewers
    permission cert pnr adr anamnes beh mejl csv noden pushat breeder owner else neighbours
    anmälare justerare justeras fastighetsjouren stan pagerduty wallenstam
    personnr jour sons söner andrahandshyresgäst stockholmshem uppg fax
    cllr councillor mayor coach
    inringare dispatcher caller rescue atmist vittnen budgivare transferee transferor säljarnas
    homeowner subject lettings andrahand lgh
    driver carpool bootcamp lagbild målsmans kvittens
    dotter döttrar daughters målsägande inkassokrav inbrottslarm hyresavi foodtruck faktureras
    betalningsföreläggande matdistribution saldo vittnet försäkringstagare budfirman grossisten
    verkstan lådcykeln lådcykel tubeless lyse floristen hämtas leg ids marsipan croissants croissant
    sourdough hortensia lilie kyrkkaffe dopljus kommunledningskontoret
    piercing piercingen tatueringen handpenning handpenningen
    kemtvätt kemtvätten skrädderi sömnad lappat lagat felkod royaltyn korrekturet launchen
    """
)  # round twenty-four: `hälsa sara och barnen`, `5 rok`, `Anteckn.`, from all dev sets; round
# twenty-five: Swedish weekdays cut short (`tis: regn`), `Dear Sirs`, `Tel`, `Anm.`, `Br,`; round
# thirty: a log's levels and a ticket's words (`ERROR [pid 6788]`), from dev-br; round
# thirty-two: a form's short labels (`Pnr:`, `Adr:`, `Beh:`), from dev-bz, IT's words, from
# dev-cb, and housing's, from dev-ca (products and firms are in `lexicons/things.txt`, which a
# cue overrides; these two are no name after one either: `Hej Wallenstam!`, `enligt pagerduty`);
# round thirty-four: a flat register's column, a duty line, `& Sons Plumbing`, from dev-ch
# round forty (dev-dd, dev-db): a call's speakers (`Inringare:`, `Caller:`), a bid list's rows
# (`Budgivare 1:`), a transfer's parties, a member list's `Lgh 1001:` (here, not in `NOT_NAMES`,
# whose words the name tagger reads: adding them there rebuilt it and cost names it had found);
# round forty-one (dev-dh, dev-dj, dev-dl): `Driver's number`, `Carpool to`, `Bootcamp hos`,
# `Lagbild från`, `Målsmans medgivande`, `Kvittens nycklar`; round fifty-two (dev-fv, dev-fx,
# dev-fz): a workshop's, a florist's and a bakery's words (`i verkstan`, `Hämtas på`, `Leg.
# läkare`); round fifty-three (dev-gd): a tattoo studio's (`& Piercing`, `Handpenningen följer`);
# round fifty-four (dev-gh, dev-gj): a dry cleaner's and a publisher's (`& Kemtvätt`, `Lagat och
# Lappat`, `Felkod E21`, `Royaltyn betalas`, `Korrekturet kommer`)
PLACES = words(
    """
    stockholm göteborg malmö uppsala västerås örebro linköping helsingborg jönköping
    norrköping lund umeå gävle borås södertälje eskilstuna karlstad halmstad växjö sundsvall
    luleå spånga kista tensta rinkeby husby bromma solna sundbyberg nacka täby huddinge
    botkyrka järfälla sollentuna farsta skärholmen södermalm kungsholmen djurgården
    angered hisingen ikea london paris berlin oslo helsinki köpenhamn copenhagen madrid rome
    amsterdam leeds manchester virginia europe sverige sweden england
    norra södra östra västra stora lilla gamla nya sankt övre nedre san santa kungens
    france frankrike germany tyskland spain spanien italy italien portugal poland polen
    norway norge denmark danmark finland iceland island estonia latvia lithuania ireland
    irland scotland netherlands nederländerna belgium belgien austria österrike
    switzerland schweiz greece grekland turkey turkiet cyprus malta croatia kroatien serbia
    serbien bosnia bosnien slovenia slovenien hungary ungern romania rumänien bulgaria
    bulgarien ukraine ukraina russia ryssland armenia iran iraq irak syria syrien
    lebanon libanon jordanien egypt egypten morocco marocko algeria algeriet
    tunisia tunisien libya libyen somalia eritrea ethiopia etiopien nigeria ghana
    sudan afghanistan pakistan indien china kina japan korea vietnam thailand
    indonesia indonesien philippines filippinerna australia australien canada kanada mexico
    mexiko brazil brasilien argentina chile peru colombia america amerika usa africa afrika
    asia asien
    eesti latvija lietuva lisbon lisboa lissabon tallinn riga vilnius prague prag praha
    budapest vienna wien warsaw warszawa kraków krakow bucharest bukarest athens athen
    athina zagreb ljubljana belgrade belgrad sarajevo dublin edinburgh glasgow cork brussels
    bruxelles bryssel luxembourg reykjavik reykjavík bern zürich zurich geneva genève milano
    milano torino turin napoli naples firenze barcelona valencia sevilla seville
    porto lyon marseille toulouse hamburg münchen munich köln cologne frankfurt
    rotterdam antwerp antwerpen gent ghent brugge trondheim aarhus odense tampere
    turku espoo vantaa gdańsk gdansk poznań wrocław istanbul ankara kyiv kiev tbilisi
    york bristol liverpool birmingham cardiff belfast
    """
)
# Round thirty-four: more Swedish towns, written from general knowledge (`Stortorget 26-28,
# Kalmar`: Kalmar was a false name 18 times in 13 dev sets); none in the curated lists of
# names, and not the towns that are surnames too (`Sala`, `Mora`, `Falkenberg`, `Nora`). Apart
# from PLACES, which the name tagger's features read.
TOWNS = words(
    """
    kalmar trollhättan östersund skövde kristianstad karlskrona falun borlänge uddevalla
    varberg gotland visby nyköping motala lidköping landskrona hässleholm ängelholm
    trelleborg piteå skellefteå örnsköldsvik härnösand kiruna gällivare lycksele sollefteå
    kramfors hudiksvall söderhamn bollnäs ljusdal sandviken hofors avesta hedemora ludvika
    leksand rättvik malung sälen karlskoga kristinehamn arvika säffle åmål vänersborg
    alingsås kungälv kungsbacka laholm båstad höganäs eslöv ystad simrishamn sjöbo hörby
    höör staffanstorp lomma vellinge svedala kävlinge burlöv bjuv klippan perstorp osby
    älmhult ljungby värnamo gislaved vetlanda nässjö eksjö tranås oskarshamn västervik
    vimmerby hultsfred nybro emmaboda ronneby olofström karlshamn sölvesborg mjölby finspång
    norrtälje enköping sigtuna märsta knivsta tierp östhammar strängnäs katrineholm flen
    oxelösund trosa nynäshamn haninge tyresö värmdö vaxholm österåker vallentuna
    upplands-väsby ekerö lidingö danderyd nykvarn köping arboga kungsör fagersta hallstahammar
    lindesberg hallsberg kumla askersund hagfors torsby filipstad kil strömstad lysekil
    stenungsund tjörn orust kungshamn mölndal partille lerum härryda ulricehamn tidaholm
    falköping skara mariestad hjo tibro töreboda götene gnosjö huskvarna landvetter boden
    kalix haparanda arjeplog arvidsjaur jokkmokk pajala övertorneå älvsbyn vilhelmina
    storuman sorsele dorotea åsele strömsund krokom åre sveg järpen bräcke timrå ånge
    """
)
# The places the rules read (PLACES and TOWNS; the name tagger's features read PLACES alone).
EVERY_PLACE = PLACES | TOWNS
# Months' names in Swedish and English, whole and cut short (round thirty: a date after a street).
MONTHS = words(
    """
    januari februari mars april maj juni juli augusti september oktober november december
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept okt oct nov dec
    """
)
BLOCKED = words(
    """
    januari februari mars april maj juni juli augusti september oktober november december
    january february march april may june july august september october november december
    måndag tisdag onsdag torsdag fredag lördag söndag monday tuesday wednesday thursday
    friday saturday sunday jul midsommar påsk christmas easter good
    jenkins teams google microsoft amazon slack github gitlab jira excel outlook zoom
    spotify volvo ericsson skatteverket försäkringskassan region kommun web services docs
    station street road bridge cross office support customer kundtjänst torget gatan vägen
    api json http pr id ok faq pdf sms gdpr
    swedish english irish scottish welsh british american canadian danish norwegian finnish
    german french dutch spanish italian polish turkish greek russian chinese japanese indian
    svenska engelska tyska franska danska norska finska spanska polska arabiska
    förnamn efternamn tilltalsnamn mellannamn surname forename forenames
    """  # round thirty-nine: a name field's label (`Förnamn GRACE`) is no name
)
GREETINGS = words(
    """
    hej hejsan hallå tja tjena tjenare hi hello hey dear kära bästa tack thanks thank cheers
    morgon morning kväll evening afternoon eftermiddag grattis congrats congratulations
    welcome välkommen välkomna
    """
)
SIGN_OFFS = words("hälsningar mvh vänliga regards best sincerely yours cheers hälsar /")
TITLES = words(
    """
    vd dr doktor professor prof mr mrs ms miss sir nurse manager ceo cto cfo chef chefen
    sjuksköterskan sköterskan kollegan kollega handläggaren handläggare patienten patient
    kunden customer grannen granne läkaren mottagare advokat anhörig anhöriga kontaktperson
    avsändare recipient sender kin attn beställare ref referens sökande applicant signed
    undertecknad intervjuad elev student guardian vårdnadshavare förälder
    överläkare läkare sjuksköterska undersköterska barnmorska tandläkare psykolog kurator
    kuratorn rektor rektorn lärare läraren advokaten domare åklagare kommissarie inspektör
    hr-chef it-chef ekonomichef avdelningschef enhetschef platschef teamledare projektledare
    fru herr fröken mx dir director officer sgt sergeant inspector detective captain judge
    pastor präst imam rabbi father lawyer attorney dentist doctor midwife counsellor counselor
    teacher principal supervisor coordinator
    läk mäklare fastighetsmäklare skadereglerare handläggare fastighetsskötare vaktmästare
    förvaltare hyresvärd revisor sekreterare receptionist köpare säljare buyer seller landlord
    solicitor caretaker janitor headteacher headmaster matron reverend rev adjuster
    polisassistent polisinspektör polisman polis jurist notarie rådman nämndeman
    reseledare reseledaren chaufför chauffören driver mekaniker tekniker
    technician tränare tränaren instruktör instructor handledare konsult consultant auditor
    coach cllr councillor mayor kommunalråd kommunalrådet lagkapten lagkaptenen kammaråklagare
    """  # round thirty-eight (dev-cv): local news
)
VERBS = words(
    """
    ring ringa ask be fråga pinga ping kontakta contact mejla maila call email heter
    sett seen träffat träffa meet cc fyi
    """
)
CHAT_VERBS = words("pinga ping mejla maila tagga")
CUES = GREETINGS | SIGN_OFFS | TITLES | VERBS

# Surnames by their ending, and the prefixes some carry.
SURNAME_ENDINGS = (
    *names_sv.SURNAME_ENDINGS,
    "nen",
    "ić",
    "vić",
    "ski",
    "zki",
    "ska",
    "cki",
    "cka",
    "wicz",
    "czyk",
    "czak",
    "oğlu",
    "zadeh",
    "pour",
)

# Round fifty-five (dev-bs, dev-cq, dev-ex: `godkänt tidplanen`): `-nen` ends Finnish surnames
# (`Virtanen`, `Kärkkäinen`) and Swedish definite nouns (`planen`, `tidplanen`, `kranen`). A Finnish
# word starts with one consonant, has no `b`, `c`, `d`, `f`, `q`, `w`, `x`, `z`, `å` nor a `g`
# but in `ng`, and no three consonants in a row but before a double one (`Kemppainen`).
_NOT_FINNISH = re.compile(r"\A[^aeiouyäö]{2}|[bcdfqwxzå]|(?<!n)g|[^aeiouyäö]{4}")
_THREE_CONSONANTS = re.compile(r"[^aeiouyäö]{3}")


def finnish_shaped(key: str) -> bool:
    """Whether a case-folded word is shaped as a Finnish one (for a `-nen` surname)."""
    if _NOT_FINNISH.search(key):
        return False
    return all(run[1] == run[2] for run in _THREE_CONSONANTS.findall(key))


def swedish_word_end(key: str) -> bool:
    """Whether a case-folded word ends in a Swedish everyday word of six letters or more after
    three or more: a compound, no foreign surname by its ending (`studiesjuksköterska`, not `-ska`
    as `kowalska`; round fifty-six, dev-gx)."""
    from rung.privacy.tagger import everyday_zipf

    return any(everyday_zipf(key[cut:])[0] >= 3 for cut in range(3, len(key) - 5))


# Round thirty-one: a Swedish role's compound (`Jaktledare`, `Stallansvarig`) is no name, but a
# name may follow it as it follows a title; round fifty-five (dev-gp): in its definite form too
# (`Kursledaren`, `Stallchefen`, `Valombudet`), moved here from `name_spans`.
_ROLE_END = re.compile(
    r"...(?i:ledare|ansvarig|chef|lärare|tränare|skötare|ägare|förare|läkare|sköterska|"
    r"handläggare|samordnare|ombud|ordförande|kassör|sekreterare|värd|vakt|mästare)"
    r"(?i:n|en|e|et)?\Z"
)


def role_compound(word: str) -> bool:
    """Whether a word is a role's compound (`Jaktledare`, `Kursledaren`, `kursansvarig`)."""
    return _ROLE_END.search(word) is not None


SURNAME_PREFIXES = ("Al-", "El-", "al-", "el-", "Abu-", "Ben-", "bin ", "van ", "de ")

PERSON_VERBS = words(
    """
    ringde mejlade skrev sa sade frågade svarade kom hälsar tycker vill undrar bad lovade
    uppger uppgav meddelar meddelade bekräftar bekräftade nekar
    called emailed wrote said asked replied answered came says thinks wants wonders promised
    reports reported denies denied states complains confirms confirmed phoned texted
    """
)

TEAMS = words(
    """
    supporten support ekonomi ekonomiavdelningen it hr kundtjänst sälj säljavdelningen
    marknad juridik växeln receptionen finance sales legal marketing reception accounts
    billing helpdesk servicedesk
    """
)
