"""Words and patterns of `names_things`: what is named but is no person (churches, firms, shops,
venues, makes, roles, clubs, furniture), and the patterns around a name that say so."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from rung.privacy.name_words import words

# Round twenty-five: furniture, before or after a product named as a person.
_FURNITURE_NOUNS = """
    hylla hyllan stol stolen bord bordet soffa soffan säng sängen byrå byrån skåp skåpet
    lampa lampan fåtölj fåtöljen bokhylla bokhyllan
"""
# A word right after a name that makes it a place or a body's name (`Katarina kyrka`).
THING_AFTER = words(
    """
    kyrka kyrkan kyrkas församling församlingen kapell kapellet domkyrka domkyrkan
    skola skolan skolas gymnasium gymnasiet högskola universitet universitetet sjukhus
    sjukhuset vårdcentral vårdcentralen stadion arena arenan ip cup cupen marina tekniska
    institutet institut klinik kliniken
    university university's college hospital church chapel cathedral academy institute
    stadium trophy marathon université universität universidad università universiteit
    school primary elementary infants airport kundservice kundtjänst returns returer inkasso
    försäkring försäkringar bostäder galleria
    fastighetsförmedling förmedling fastigheter fastighetsbyrå mäkleri mäklarbyrå flytt
    flyttfirma flyttservice lettings rentals realty properties estates removals
    sawmill sawmills
    construction engineering partners solicitors consulting logistics services advokatbyrå
    advokatbyrån byrå vvs måleri plåt entreprenad
    court tingsrätt tingsrätten hovrätt hovrätten förvaltningsrätt förvaltningsrätten
    magistrates tribunal hallen arena centre center units estate
    hyllor stolar shelf shelves sofa wardrobe bookcase
    surgery hostel holidays housing resor care crematorium cemetery hospice funeralcare trust
    apartments memorial coach airways studentbostäder suites nyheter barnfond admissions
    hotel hotell vandrarhem benefit benefits payment payments debit agency options allowance
    veterinary vets practice djursjukhus djursjukhuset djurklinik djurkliniken prosupport
    resort inn lodge motel spa guesthouse studio barbers
    choir chorus orchestra ensemble quartet sinfonia philharmonic singers players
    club rfc afc gym
    prison jail penitentiary anstalt anstalten häkte häktet
    homes fastighetsmäkleri mäklare agreement registration association lodgement rescue
    library bibliotek biblioteket gårdsbutik gårdsbutiken dairy creamery ranch contractors
    hôtel airlines aviation software foods pharmaceuticals pharma analytics biotech robotics
    technologies summit expo alliance riksförbund riksförbundet förbund förbundet
    """  # round forty-eight (dev-ez): `Grand Hôtel`, `Blue Yonder Airlines`, `Meridian Software`,
    # `Evergreen Foods`, `Nordic Fintech Summit`; round forty-nine (dev-fh): `Synskadades
    # Riksförbund`; round thirty-nine (dev-cy): `Mountjoy Prison`,
    # `Cook County Jail`; round forty (dev-db, dev-dd): `Greenleaf Homes`, `Stadshem Mäklare`,
    # `Residential Tenancy Agreement`, `Kerry Mountain Rescue` (not `grant`: `Harold Grant`); round
    # forty-four (dev-eb, dev-ed): `Northfield Community Choir`, `Eastgate Chamber Choir`,
    # `Westfield Tennis Club`, `Norrmalm Rovers RFC`; round forty-five (dev-ef, dev-eh): `Hillcrest
    # Library`, `Rapsgårdens Gårdsbutik`, `Prairie Creek Ranch`, `Northern Agricultural Contractors`
) | words(_FURNITURE_NOUNS)
TRADES_AFTER = words(
    """
    locksmiths locksmith electrical electrics proofing management windows property plumbing
    roofing heating glazing markservice fastighetsservice
    fitness leisure dental dentistry pharmacy opticians optometrists
    """
)  # round forty-four (dev-ed, dev-dz): `Riverside Fitness`, `Riverside Dental`; not `Jaime
# Mitchell's Equine Dentistry`
# Round forty-seven (dev-er, dev-ev): trades that end a shop's name after a place's or a thing's
# words (`Harbourside Chemist`, `Old Town Apothecary`, `Lakeside Diner`, `Harbour Kitchen`), and
# after a name's often (`Annas Café`, `Dennis Café & Bageri`, `Patel Chemist`: named after them).
SHOPS_AFTER = words(
    "chemist chemists apothecary drugstore kitchen diner deli bakery café cafe "
    # round forty-nine (dev-fd, dev-fh): `Northgate Garage`, `Klarsyn Optik`, `Speedy
    # Bilservice`, `Lakeside Audiology`; `Karlsson Optik` is named after him (`names_firms`)
    "garage autos motors tire tires tyres optik audiology bilservice bilcenter bilverkstad "
    "energy energi powergrid vatten water "  # round fifty (dev-fl): `Xcel Energy`, not `Haddads`
    "studio studios portraits photography printing print prints "  # (dev-fj) `Northlight Studio`
    # round fifty-one (dev-fp, dev-fr): `Tick Tock Watch Repair`, `Quick Cobbler`, `City
    # Tailors`, `Oakwood Arboriculture`, `Sjöviks Plantskola`, `Nordisk Textilvård`
    "repair repairs cobbler cobblers tailors cleaners arboriculture landscaping landscapes "
    "plantskola urmakeri skrädderi skomakeri textilvård kemtvätt "
    # round fifty-two (dev-fv, dev-fx, dev-fz): `Navet Cyklar`, `Pedalen Cykelverkstad`,
    # `Wheelhouse Cycles`, `Downtube Bikes`, `Holland Flowers`, `Kneaded Bakehouse`
    "cyklar cykelverkstad cykelservice cykelbutik cycles bikes flowers bakehouse "
    # round fifty-three (dev-gd, dev-gf): `Svart Nål Tatuering`, `Ankaret Tattoo & Piercing`,
    # `Nordic Tattoo Supply`, `Ljusets Hudvård`
    "tattoo tattoos tatuering tatueringar piercing massage thaimassage supply supplies hudvård "
    # (dev-gb): `Brightside Solar`, `Keystone HVAC`, `Notch Joinery`; not `Patel Solar` (named
    # after him); not `Bygg` (`Shevchenko Bygg`, whose owner no list holds)
    "electric solar hvac joinery rooter installationer "
    # round fifty-four (dev-gh, dev-gj): `Soap Suds Laundry`, `Thread Alterations`, `Nålsögat
    # Sömnad`, `Quayside Books`, `Riverside Bookshop`, `Saltmarsh Press`, `Northlight Publishing`
    "laundry laundrette launderette alterations sömnad books bookshop bookstore booksellers "
    "press publishing "
    # round fifty-five (dev-gn): `Roslagens Auktionskammare`, `Norrlands Auktionsverk`, `Stadens
    # Pantbank`, `Heritage Auctioneers`, `Westfield Valuers`, `Harbour Lane Pawnbrokers`
    "auktioner auktionskammare auktionsverk auktionshus pantbank auctions auctioneers valuers "
    "pawnbrokers pawnshop liquidators "
    # round fifty-six (dev-gt, dev-gx): `Kungsgärdet vårdcentral`, `Frösö hälsocentral`
    "vårdcentral hälsocentral"
)
# Round thirty-six: lodgings (`Baan Sabai Resort`, `Riverside Inn`, `Kurorten Spa`; dev-cm). Round
# thirty-seven: trades that end a firm's name (`Apex Damp Proofing`, `Bright Spark Electrical`;
# dev-cq).
# Round thirty-two: `Oakfield Veterinary Practice`, `Village Vets`, `Dell ProSupport` (dev-bz,
# dev-cb).
# Round twenty-six: `Riverside Surgery`, `Saga Holidays`, `Pennine Housing`, `Bluebird Care`,
# `Golders Green Crematorium`, `Chalmers Studentbostäder`, `Housing Benefit`, `Direct Debit`.

# Round twenty-three: `Riverside Elementary`, `SJ Kundservice`, `Svea Inkasso`; round
# twenty-four: `Erik Olsson Fastighetsförmedling`, `Savills Lettings`, `Norwich Sawmills`; round
# twenty-five: `Leeds Magistrates' Court`, `Dockside Units`, furniture named as people (`the
# Ivar shelves`)
# Round twenty-five: a piece of furniture before a product's given-name name (`stol Stefan`,
# `hylla Billy`; after it: `the Ivar shelves`, by `THING_AFTER`).
FURNITURE = words(_FURNITURE_NOUNS) | words("pall pallen matta mattan ikea")  # `IKEA Ivar` (r. 38)
# Round thirty: a place that keeps or treats animals, its word first or last (`Kennel
# Trollsjön`, `Stall Solbacken`, `Castle Veterinary Surgeons`, `Valla Djurklinik`, `Meadowbank
# Livery Yard`): no person unless a word of it is a name (`Stall Eriksson`, `Smith Kennels`,
# the owner's name in a firm's).
KEEPING_FIRST = words("kennel stall")
KEEPING_LAST = words(
    """
    surgeons vets clinic djurklinik djursjukhus cattery kennels livery stables yard
    hundpensionat kattpensionat
    """
)
# A firm's forms of company.
FORMS = r"AB|HB|KB|Ltd\.?|LLP|LLC|Inc\.?|GmbH|Oy|AS|ApS|plc|PLC"
# Round twenty-four: a firm's `& Söner`/`& Sons` or its form of company right after a name.
FIRM_AFTER = re.compile(
    r"[ \t]*&[ \t]*(?:Söner|Son|Sons|Co\b\.?|Partners|Döttrar|Dotter)(?![\w])"
    r"|[ \t]+(?:och|and)[ \t]+(?:Söner|Sons)(?![\w])"
    rf"|[ \t]+(?:{FORMS})(?![\w])"
)
# Round forty-eight (dev-ex): the rest of a firm's name and its form after a word of it
# (`Snickeriet på Hisingen AB`, `Elteknik i Bergslagen AB`, `Kakel & Klinker Syd AB`), no name
# after its `&` (not `Kovacevic & Mohammad LLP`).
FIRM_TAIL = re.compile(
    r"(?:[ \t]+(?:på|i|in|och|&)|[ \t]*&)[ \t]+(?P<next>[A-ZÅÄÖ][\w-]*)(?:[ \t]+[A-ZÅÄÖ][\w-]*)?"
    rf"[ \t]+(?:{FORMS})(?![\w])"
)
# Round twenty-three: the endings of one word that names a school, a church or a clinic.
PLACE_ENDINGS = (
    "skolan",
    "gymnasiet",
    "kyrkan",
    "sjukhuset",
    "vårdcentralen",
    "kliniken",
    "hallen",
    "arenan",
    "hemmet",
    "klubben",
    "kören",
    "orkestern",
    "teatern",
    "ensemblen",
    "gruppen",
    "föreningen",
    "vården",
    "huset",
)  # round forty-four (dev-eb, dev-dz): `Kammarkören Cantilena`, `Stråkorkestern Arco`,
# `Dockteatern Tittut`, `Teatergruppen Masken`, `Folktandvården Sundsvall`, `Tandläkarhuset
# Ängelholm`
# Round fifty-five (dev-gr): the endings of one word alone that names a department or a drive
# (`Givarservice`, `Fadderservice`, `Pantinsamling`, `Ukrainainsamlingen`; not `Lindahl
# Bilservice`, named after its owner).
DEPARTMENT_ENDINGS = ("service", "insamling", "insamlingen")
# A form's title: one word alone on the text's first line, then a line of a label and a colon.
TITLE = re.compile(r"\s*(?P<title>[^\W\d_]+)[ \t]*\n[ \t]*[^\W\d_][\w /-]{0,30}:")
# A first word that names a place or a publication (`Trattoria Bella`, `Acta Paediatrica`).
SALONS = words("salong salon frisörsalong hårsalong spa studio ateljé ateljén galleri")
THING_FIRST = words(
    """
    trattoria pizzeria restaurang restaurant café kafé bistro hotel hotell bar pub
    acta journal annals proceedings förskolan förskola inkassobolaget chatt
    brf bostadsrättsföreningen fastighetsbolaget fastighet fastigheten flyttfirman byggfirman
    städfirman kvarteret samfälligheten
    hemtjänst hemtjänsten vandrarhem vandrarhemmet begravningsbyrå begravningsbyrån
    servicehus servicehuset vårdcentralen advokatbyrån juristfirman dödbok vigselbok
    husförhörslängd födelsebok taxi komvux apoteket förskoleklass montessoriskolan
    ridskola ridskolan djurklinik djurkliniken djursjukhuset veterinärstationen
    veterinärkliniken försäkring anicura evidensia hunddagis hundpensionat kattpensionat
    valpkurs
    hostel pension pensionat pensionatet ryokan albergo casa posada pousada riad motel
    kursgården konferensgården salong salon frisörsalong hårsalong spa
    teater kören kör cabaret
    taverna konditori konditoriet brasseri brasseriet gastropub gastropuben sushibar sushibaren
    vinbar vinbaren trafikskolan
    hmp hmyoi anstalten häktet frivården brottsofferjouren amtsgericht landgericht
    ica coop hemköp willys lidl
    studio ateljé ateljén galleri
    trädgårdscentret plantskolan handelsträdgården kemtvätten
    bageri bageriet gårdsbageriet surdegsbageriet arkitektkontoret
    förlaget bokförlaget bokhandeln bokcaféet tvätteriet mangelstugan
    stiftelsen insamlingsstiftelsen matbanken auktionshuset auktionsfirman
    hälsocentralen biobank
    """
)  # round twenty-four: `Brf Lärkan`, `Flyttfirman Ek`, `Fastigheten Kvarnen`; round twenty-six:
# `Hemtjänst Väster`, `Vandrarhem Fjällgården`, `Begravningsbyrån Lugnet`, `Dödbok Gagnef`;
# round twenty-eight: `Ridskolan Hästhagen`, `AniCura Trelleborg`, `Försäkring Agria`; round
# thirty: `Hunddagis Tassen`, `Valpkurs Strömsholm`; round forty-nine: `ICA Kvantum Flygfyren`,
# `Coop Hagsätra` (dev-ff's parcel agents); round thirty-six: `Hostel Oasis`, `Pension
# Edelweiss`, `Ryokan Sakura`, `Casa Azul`, `Kursgården Lärkbo` (dev-cm); round thirty-nine:
# `HMP Wakefield`, `Anstalten Hall`, `Frivården Nyköping`, `Amtsgericht Hamburg-Altona` (dev-cy)
# round forty-four: `Teater Vågen`, `Kören Vox Borealis`, `Cabaret Norrsken` (dev-eb); round
# forty-seven: `Taverna Mythos`, `Konditori Kronan`, `Sushibaren Kai`, `Trafikskolan Vägvisaren`;
# round fifty-one (dev-fr, dev-fp): `Trädgårdscentret Ängsbacken`, `Kemtvätten Centrum`; round
# fifty-two (dev-fz): `Bageri Brödboden`, `Gårdsbageriet Vetekornet`, `Arkitektkontoret Linje`;
# round fifty-four (dev-gj, dev-gh): `Förlaget Nattljus`, `Bokhandeln Lärkan`, `Mangelstugan Öst`;
# round fifty-five (dev-gr, dev-gn): `Stiftelsen Solrosen`, `Insamlingsstiftelsen Vattenbrunnen`,
# `Matbanken Norr`, `Auktionshuset Kvarnen`; round fifty-six (dev-gt, dev-gx): `Hälsocentralen
# Ljusdal`, `Biobank Sverige`

# Round twenty-three: a car's make before its model (`en vit Toyota Corolla`, `Ford Focus`, `Kia
# Ceed`); not before a surname (`Mercedes Ruiz`). Round forty-nine (dev-fd): and a third word of
# the model (`Kia Niro EV`, `Seat Leon ST`, `Mini Countryman`, `Jaguar I-Pace`).
MAKES = words(
    """
    toyota ford kia renault volvo volkswagen vw audi bmw mercedes peugeot citroën skoda škoda
    nissan honda mazda hyundai tesla opel fiat saab subaru mitsubishi suzuki lexus porsche jeep
    dacia cupra polestar seat jaguar mini chevrolet cadillac dodge chrysler byd
    monark crescent skeppshult specialized brompton babboe kona batavus gazelle nishiki
    bergamont tern surly merida trek cannondale christiania shimano schwalbe
    """
)  # round fifty-two (dev-fv): bicycles' makes (`Monark Karin`, `Crescent Elda`, `Kona Dew`)
RANKS = r"staff|senior|junior|lead|principal|chief|head"
# A job's or a role's word: the last of a title (`Senior ML Engineer`), or one alone.
ROLE_WORDS = words(
    """
    engineer developer manager designer analyst scientist consultant researcher architect
    officer director investigator coordinator specialist assistant postdoc postdok doktorand
    utvecklare ingenjör
    """
)
# Round twenty-six: a relative or a role named by its word alone (`Dad`, `Heir`, `Dear Clerk`,
# `syrran`): no one's name.
KIN_AND_ROLES = words(
    """
    clerk registrar heir heirs deceased child dad mum mom grandma grandpa grandad granny
    geriatrician relatives syrran brorsan morsan farsan
    executor executors claimant claimants respondent defendant skiftesman testator holder
    policyholder cardholder
    customer kund kunden installer installatör installatören
    """
)  # round fifty (dev-fl): `Customer: Ms Jankowska`, `Installatör var Astrid Jakobsson`
# Round fifty (dev-fl): a parent's or a grandparent's genitive before a noun is no surname
# (`Pappas personnummer`, `Mormors hus`).
KIN_GENITIVES = words("pappas mammas mormors morfars farmors farfars")
# Round fifty (dev-fl): a storm's name (`Stormen Gudrun`, `stormen Per`, `Storm Arwen`).
STORMS = words("storm stormen orkan orkanen hurricane typhoon cyclone tyfonen")
STORM_BEFORE = re.compile(rf"(?<![\w-])(?i:{'|'.join(sorted(STORMS))})[ \t]+\Z")
# Round twenty-six: a form's label in the possessive (`Child's name:`, `Driver's licence`).
FORM_AFTER = re.compile(
    r"['’]s[ \t]+(?i:(?:full[ \t]+)?name|licen[cs]e|signature|details|date[ \t]+of[ \t]+birth)\b"
)
# Round twenty-six: `Mina sidor` (a service's "my pages"), `Mina barn`, `Dina ködagar`: the
# possessive, not the name, before a noun in the plural or definite.
MY = re.compile(r"[ \t]+(?:sidor|barn|papper|[a-zåäö]{2,}(?:or|ar|er|na|en|et))\b")
# Round fifty-two (dev-fx): a home's, a preschool's or a clinic's name in the genitive before it
# (`Solgårdens äldreboende`, `Björkdungens förskola`).
HOME_AFTER = re.compile(
    r"s?[ \t]+(?:äldreboende|demensboende|vårdboende|gruppboende|korttidsboende|servicehus|"
    r"förskola|vårdcentral)(?![\w-])"
)
# Round twenty-six: Lucia the feast, not a girl (`Lucia celebration`, `Lucia i aulan`).
FEAST_AFTER = re.compile(
    r"[ \t]+(?:celebration|concert|service|firande|firandet|tåg|tåget|konsert|konserten|"
    r"morgon|kaffe|med[ \t]+tärnor|i[ \t]+(?:aulan|kyrkan|matsalen|skolan))\b"
)
# `University of X`, `Institute of X`: X is a place or a body.
OF_BEFORE = re.compile(
    r"(?<![\w-])(?i:university|institute|college|school|bank|museum|church|department|faculty|city|"
    r"county|state|district|borough|port|isle|republic|kingdom|duchy)[ \t]+of[ \t]+\Z"
)
# A club's letters before or after its town (`Kungälvs GoIF`, `HK Kalmar`, `IK Lysekil`).
CLUB = re.compile(r"(?:IF|IK|BK|AIK|GoIF|GIF|HK|SK|FF|FC|AFC|IBK|IFK|BoIS|SIF|IBF|BTK|AIF|HF|IS)")
# The last word of a team's name (`Northfield Juniors`, `Kirkstall Athletic`).
TEAM_WORDS = words(
    """
    juniors seniors veterans vets colts hornets wanderers rovers eagles athletic united rangers
    dynamos town city county
    albion lions tigers wolves bears hawks falcons sharks dragons knights warriors titans
    panthers giants saints harriers strollers cougars jets bulls swifts magpies raiders
    spartans vikings pirates chargers comets stallions mustangs wildcats bulldogs badgers
    foxes otters owls ravens royals rockets hotspur
    """
)
# A cheer or a role's word taken into a name's start (`Heja Elsa`, `Hundförare Alva Berg`).
CHEERS = words("heja hurra bravo kudos shoutout")
# Round twenty-four: a word that asks to reach someone, before the name (`Kontakt Anna Berg.`).
CONTACTS = words("kontakt kontakta contact ring ringa call fråga ask mejla maila")
# Round twenty-eight: a role's word before a name (`Veterinären Elisabeth`, `Owner Tom Baker`).
LEAD_ROLES = words(
    """
    veterinär veterinären ägare ägaren djurägare djurägaren hyresvärd hyresvärden tränaren
    instruktören ridläraren hovslagaren uppfödaren owner grower breeder handler landlord
    sonen dottern frun mannen maken makan brodern systern svärsonen svärdottern grannen
    kunden kundens teknikern montören
    crew helm
    keyholder installatör installer
    neighbour neighbor
    """
)  # round thirty: kin and customers (`sonen Sven Svensson`, `grannen Sara`, `kunden Hiba`);
# round forty (dev-dd): a rescue crew's roles (`Crew Silje A.`, `Helm: Arthur Watson`); round
# fifty-one (dev-fr): `Neighbour Jackie Holland`
ARTICLE = words("a an the en ett")
_COLOURS = (
    r"(?:blue|red|black|white|green|grey|gray|pink|navy|new|old|blå|röd|svart|vit|grön|grå|"
    r"rosa|ny|gammal|blåa|röda|svarta|vita|gröna|nya|gamla)"
)
# An article, maybe a colour, the name, and a lower-case word: `a Wilson racket`, `a blue Nike
# hoodie`, `the Sainsbury's run`.
ARTICLE_BEFORE = re.compile(rf"(?<![\w'’])([A-Za-z]+)[ \t]+(?:{_COLOURS}[ \t]+)?\Z")
PLACE_BEFORE = words("i på vid in at near")  # not `till Liu`, `from Sutton`: people too
NOUN_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?P<noun>[a-zåäö]{3,})(?![\w'’])")
# People after an article and a surname: `the Kennedy family`, `the Wallace brothers`.
PEOPLE = words(
    """
    family families brothers sisters twins kids children boys girls household clan couple
    family's familjen familj syskonen barnen paret
    """
)
WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?,?[ \t]+\Z")


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The things lexicon: every entry, those that are also surnames, and those of its sections
    6 and 7 (firms, brands, products, services, medicines)."""
    text = resources.files("rung.privacy").joinpath("lexicons/things.txt").read_text("utf-8")
    every: set[str] = set()
    surnames: set[str] = set()
    firms: set[str] = set()
    heading = section = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("#"):
            heading = line.casefold()
            numbered = re.match(r"# (\d)\.", line)
            section = numbered.group(1) if numbered is not None else section
        elif line:
            every.add(line)
            if "also surnames" in heading:
                surnames.add(line)
            if section in ("6", "7"):
                firms.add(line)
    return frozenset(every), frozenset(surnames), frozenset(firms)


def things() -> tuple[frozenset[str], frozenset[str]]:
    """The things lexicon: (every entry, the entries that are also surnames)."""
    every, surnames, _ = _lexicon()
    return every, surnames


def products() -> frozenset[str]:
    """The things lexicon's firms, brands, products, services and medicines."""
    return _lexicon()[2]


def department(word: str) -> bool:
    """One word that names a department or a drive (`Givarservice`, `Pantinsamling`; round
    fifty-five); not `Lindahl Bilservice`, named after its owner."""
    return " " not in word and word.casefold().endswith(DEPARTMENT_ENDINGS)


def place_end(word: str) -> bool:
    """A word that ends as a school's, a church's or a clinic's name, with more before it."""
    key = word.casefold()
    return any(key.endswith(end) and len(key) > len(end) + 2 for end in PLACE_ENDINGS)
