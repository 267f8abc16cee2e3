# ruff: noqa: E501
"""Generate held-out DN for personal-data detection (issue 15): names as the population has them,
a ninety-seventh writer.

    python data/pii/generate_dn.py            # writes data/pii/generated-heldout-dn.jsonl
    python data/pii/generate_dn.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_dn.py --check    # checks the written file, prints counts only
    python data/pii/generate_dn.py --seed 7 --out /tmp/dn.jsonl   # a scratch seed

DN's names are drawn by how often people really carry them: every name word comes from
`names_dn.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of twenty origins common in Sweden), 80% from the
head of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's
population is. The genre is money (`templates_dn.py`): banks, loans and mortgages, debt
collection and the enforcement authority, and household finances (budgets, shared bills and
Swish in chats, guardians' annual accounts, estates, powers of attorney, debt counselling), in
Swedish, English and both at once, with addresses and phone numbers in every common form.
Written by a helper who does not tune the detector, who read only `generate_aw.py` (for these
mechanics), two write-ups in docs/privacy.md and the keys of heldout-u; neither the detector's
rules, lexicons and tagger nor any other set's names, templates or rows nor any error listing.
DN was never run through the detector by its writer, and its names were not checked against
rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from names_dn import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_dn import EN, MIXED, NEGATIVES, SV  # noqa: E402

SEED = 20270174
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-dn.jsonl"
SPLIT = "heldout-dn"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the address register.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Nygatan", "Skolgatan", "Kyrkogatan",
    "Östra Hamngatan", "Västra Järnvägsgatan", "Fabriksgatan", "Bangårdsgatan", "Linnégatan",
    "Trädgårdsgatan", "Köpmangatan", "Repslagargatan", "Hantverkargatan", "Bryggargatan",
    "Norra Esplanaden", "Björkvägen", "Tallvägen", "Granvägen", "Ekvägen", "Lönnvägen", "Aspvägen",
    "Skogsvägen", "Ringvägen", "Parkvägen", "Backvägen", "Solvägen", "Industrivägen", "Idrottsvägen",
    "Hagavägen", "Kvarnvägen", "Gamla Vägen", "Ängsvägen", "Rosenvägen", "Syrenvägen", "Violvägen",
    "Lärkvägen", "Kastanjevägen", "Hästskovägen", "Smedsvägen", "Klöversvängen", "Lingonsvängen",
    "Humlesvängen", "Videsvängen", "Lindallén", "Kastanjeallén", "Sturegatan", "Valhallavägen",
    "Karlavägen", "Brunnsbacken", "Mölnbacken", "Kvarnbacken", "Tallbacken", "Solbacken",
    "Kyrkbacken", "Ekorrstigen", "Blåbärsstigen", "Lingonstigen", "Trastvägen", "Hallonstigen",
    "Mossstigen", "Stortorget", "Lilla Torget", "Fisktorget", "Södra Torget", "Järntorget",
    "Hamnplan", "Stationsplan", "Bruksplan", "Kopparplan", "Fiskargränd", "Skomakargränd",
    "Tunnbindaregränd", "Kyrkogränd", "Strandkajen", "Norra Kajen", "Skeppsbrokajen",
    "Södra Strandgatan", "Slottsallén", "Hammarby allé", "Lindhagens allé", "Sjöviksbacken",
    "Kvarngränd", "Rådhustorget", "Järnvägsallén", "Prästgårdsgatan", "Ågatan", "Åsvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 722, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 636),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Motala", 591, 591), ("Nyköping", 611, 611), ("Varberg", 432, 432), ("Piteå", 941, 941),
    ("Solna", 169, 171), ("Sollentuna", 191, 192), ("Huddinge", 141, 141), ("Nacka", 131, 131),
    ("Haninge", 136, 137), ("Järfälla", 175, 177), ("Kungsbacka", 434, 434), ("Alingsås", 441, 441),
    ("Enköping", 745, 745), ("Hässleholm", 281, 281), ("Visby", 621, 621), ("Kiruna", 981, 981),
    ("Sandviken", 811, 811), ("Mölndal", 431, 431), ("Katrineholm", 641, 641), ("Västervik", 593, 593),
    ("Ystad", 271, 271), ("Trelleborg", 231, 231), ("Örnsköldsvik", 891, 892), ("Härnösand", 871, 871),
    ("Hudiksvall", 824, 824), ("Ludvika", 771, 771), ("Arvika", 671, 671), ("Köping", 731, 731),
    ("Värnamo", 331, 331), ("Ljungby", 341, 341), ("Oskarshamn", 572, 572), ("Falkenberg", 311, 311),
    ("Norrtälje", 761, 761), ("Lidköping", 531, 531), ("Landskrona", 261, 261), ("Mariestad", 542, 542),
)  # fmt: skip
# Country postcodes end in 9x; villages and farms are written by name and number.
RURAL = (
    ("Leksand", 793), ("Rättvik", 795), ("Orsa", 794), ("Mora", 792), ("Malung", 782), ("Sunne", 686),
    ("Torsby", 685), ("Arvidsjaur", 933), ("Vilhelmina", 912), ("Storuman", 923), ("Sorsele", 924),
    ("Åre", 837), ("Krokom", 835), ("Strömsund", 833), ("Sveg", 842), ("Ljusdal", 827), ("Edsbyn", 828),
    ("Bollnäs", 821), ("Sollefteå", 881), ("Kramfors", 872), ("Vimmerby", 598), ("Hultsfred", 577),
    ("Älmhult", 343), ("Tingsryd", 362), ("Emmaboda", 361), ("Sjöbo", 275), ("Tomelilla", 273),
    ("Simrishamn", 272), ("Ulricehamn", 523), ("Tidaholm", 522), ("Hjo", 544), ("Askersund", 696),
    ("Östhammar", 742), ("Heby", 744), ("Gnesta", 646), ("Valdemarsvik", 615), ("Åtvidaberg", 597),
    ("Överkalix", 956), ("Pajala", 984), ("Jokkmokk", 962), ("Hemse", 623), ("Slite", 624),
)  # fmt: skip
VILLAGES = (
    "Ytterbyn", "Innerbyn", "Östanbyn", "Västanvik", "Norrby", "Söderby", "Storbacken", "Ängsbo",
    "Sundby", "Gammelgården", "Tallåsen", "Björkhyttan", "Myrhult", "Stenbrohult", "Kärrbo",
    "Nyhem", "Backa", "Lillmyran", "Bodarna", "Kvarnsveden", "Hällbo", "Gråsjön", "Rönnäs",
    "Tjärnmyran", "Fallet", "Sjöänden", "Hagbyn", "Östra Fallet", "Åkerbo", "Västra Ön",
)  # fmt: skip
# Postcodes of box addresses in the large cities; elsewhere the town's own range.
BOX_CODES = {
    "Stockholm": (101, 106),
    "Göteborg": (401, 405),
    "Malmö": (201, 205),
    "Uppsala": (751, 751),
}
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Mill Road", "London Road", "Victoria Road",
    "Albert Street", "Queens Road", "Park Lane", "Green Lane", "Manor Road", "The Crescent",
    "Chestnut Avenue", "Orchard Way", "Meadow Close", "Brook Street", "Castle Street", "Market Square",
    "Beech Grove", "Willow Drive", "Hawthorn Road", "Riverside Walk", "Mount Pleasant", "North Parade",
)  # fmt: skip
UK_TOWNS = (
    ("Cambridge", "CB"), ("Leeds", "LS"), ("Sheffield", "S"), ("Bristol", "BS"), ("Cardiff", "CF"),
    ("Glasgow", "G"), ("Edinburgh", "EH"), ("Belfast", "BT"), ("Nottingham", "NG"), ("Leicester", "LE"),
    ("Brighton", "BN"), ("Reading", "RG"), ("Swansea", "SA"), ("Aberdeen", "AB"), ("Exeter", "EX"),
    ("York", "YO"), ("Liverpool", "L"), ("Birmingham", "B"), ("Manchester", "M"), ("Newcastle upon Tyne", "NE"),
    ("London", "SE"), ("London", "N"), ("London", "E"), ("Croydon", "CR"), ("Luton", "LU"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Bakery", "Hillside", "Ivy House", "The Lodge", "Orchard View", "Brook Farm")  # fmt: skip
US_STREETS = (
    "Maple Avenue", "Oak Street", "Elm Street", "Pine Street", "Cedar Lane", "Main Street",
    "Park Avenue", "Lakeview Drive", "Sunset Boulevard", "Hillcrest Road", "River Road",
    "Willow Court", "Spring Street", "Highland Avenue", "Meadow Lane", "Forest Drive",
)  # fmt: skip
US_TOWNS = (
    ("Columbus", "OH", 432), ("Austin", "TX", 787), ("Denver", "CO", 802), ("Minneapolis", "MN", 554),
    ("Seattle", "WA", 981), ("Raleigh", "NC", 276), ("Tucson", "AZ", 857), ("Madison", "WI", 537),
    ("Omaha", "NE", 681), ("Albany", "NY", 122), ("Sacramento", "CA", 958), ("Richmond", "VA", 232),
    ("Louisville", "KY", 402), ("Spokane", "WA", 992), ("Des Moines", "IA", 503), ("Tampa", "FL", 336),
)  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10115-10999} Berlin", "Bahnhofstraße {n}, {z5:80331-80999} München",
    "{n}, rue de la République, {z5:69001-69009} Lyon", "{n} avenue des Tilleuls, {z5:33000-33800} Bordeaux",
    "Calle Mayor {n}, {m}º B, {z5:28001-28080} Madrid", "Avenida del Mar {n}, {z5:29600-29699} Marbella",
    "Via Roma {n}, {z5:10121-10156} Torino", "Prinsengracht {n}, {z4:1015-1018} {L2} Amsterdam",
    "Storgata {n}, {z4:0150-0190} Oslo", "Nørregade {n}, {m}. th., {z4:1150-1172} København K",
    "Hämeenkatu {n} A {m}, {z5:33100-33200} Tampere", "Mannerheimintie {n} B {m}, 00{z3:100-260} Helsinki",
    "ul. Długa {n}/{m}, 00-{z3:200-290} Warszawa", "ul. Floriańska {n}, 31-{z3:010-021} Kraków",
    "Narva mnt {n}, {z5:10117-10152} Tallinn", "Rua das Flores {n}, {m}º Esq., 4050-{z3:100-300} Porto",
    "Bahnhofstrasse {n}, {z4:8001-8099} Zürich", "Cumhuriyet Cad. No: {n} D: {m}, {z5:06420-06690} Ankara",
    "Ferhadija {n}, {z5:71000-71000} Sarajevo", "{n} Main Street, Ballina, Co. Mayo, F26 {L2}{m}{m}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.se", "hotmail.se", "bredband.net", "protonmail.com")  # fmt: skip
WORK = ("example.se", "bank.example.se", "inkasso.example.se", "kommun.example.se", "example.com", "example.co.uk", "example.org")  # fmt: skip
FIRM_MAIL = (
    "kundtjanst", "info", "inkasso", "kredit", "bolan", "support", "ekonomi", "faktura", "bouppteckning",
    "skuldradgivning", "lon", "reskontra", "privat", "bedrageri", "overformyndare",
)  # fmt: skip
FIRM_MAIL_EN = ("customer.service", "collections", "mortgages", "accounts", "hello", "disputes", "billing", "fraud", "support")  # fmt: skip
BANKS = (
    "Handelsbanken", "Swedbank", "SEB", "Nordea", "Danske Bank", "Länsförsäkringar Bank", "ICA Banken",
    "SBAB", "Sparbanken Syd", "Skandiabanken", "Ikano Bank", "Marginalen Bank", "Resurs Bank",
    "Collector Bank", "Nordax Bank", "Bluestep Bank", "Avanza", "Sparbanken Skåne", "Sparbanken Nord",
)  # fmt: skip
COLLECTORS = (
    "Intrum", "Svea Inkasso", "Sergel Inkasso", "Alektum", "Visma Collectors", "Collectia", "Kredinor",
    "Hoist Finance", "Gothia Inkasso", "Norra Inkassobyrån", "Inkassogruppen Mitt AB",
)  # fmt: skip
FIRMS = (
    "Vattenfall AB", "Telia Sverige AB", "Tele2 Sverige AB", "Ellevio AB", "Region Uppsala", "Umeå kommun",
    "Rikshem AB", "Heimstaden", "Familjebostäder", "Uppsalahem", "Mimer Bostads AB", "Gavlegårdarna",
    "Postnord Sverige AB", "Scania CV AB", "Sandvik AB", "Skanska Sverige AB", "Coop Nord", "Apoteket AB",
    "Fortum Markets", "Bredband2 AB", "Öresundskraft", "Jämtkraft AB", "Försäkringskassan", "Samhall AB",
)  # fmt: skip
BANKS_EN = ("HSBC", "NatWest", "Santander", "Halifax", "Nationwide", "Monzo", "Starling Bank", "Metro Bank", "TSB", "the Co-operative Bank", "Virgin Money", "First Direct")  # fmt: skip
BANKS_US = ("Bank of America", "Citibank", "Capital One", "U.S. Bank", "Discover", "Navy Federal Credit Union", "Ally Bank", "American Express", "Synchrony Bank")  # fmt: skip
COLLECTORS_EN = ("Northgate Recoveries Ltd", "Keystone Collections", "Summit Debt Services", "Harbour Credit Management", "Pinnacle Recovery Group", "Meridian Collections", "Redwood Credit Services")  # fmt: skip
FIRMS_EN = ("Thames Water", "British Gas", "Octopus Energy", "Vodafone UK", "EE Limited", "Sky UK", "the Council Tax office", "Greater Manchester Housing", "Peabody Trust", "Comcast", "Verizon")  # fmt: skip
TRAKTER = ("Ytterbyn", "Sävja", "Brevik", "Kåbo", "Edsberg", "Tallbacken", "Solhem", "Norrby", "Rosendal", "Kvarnen", "Gärdet", "Åkerby", "Ängsbacken", "Lugnet", "Hästen", "Sjöliden")  # fmt: skip
KOMMUNER = ("Uppsala", "Tyresö", "Sollentuna", "Leksand", "Huddinge", "Lund", "Umeå", "Täby", "Falun", "Växjö", "Kalmar", "Nacka")  # fmt: skip
BRFS = (
    "Brf Solrosen", "Brf Vintergatan", "Brf Kvarnen", "Brf Rönnbäret", "Brf Fyrtornet", "Brf Sjöutsikten",
    "HSB Brf Måsen", "Riksbyggen Brf Stensötan", "Brf Eken 4", "Brf Tornfalken", "Brf Humlegården", "Brf Blåklinten",
)  # fmt: skip
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
}


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


@dataclass
class Person:
    woman: bool
    origin: str
    given: list[Word]  # one word, or two joined by a hyphen (`Anna-Karin`)
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "
    shorts: dict[float, str | None] = field(default_factory=dict)  # the short form, once decided

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of DN from one seeded Random; counts the head/tail split, origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []

    # names -----------------------------------------------------------------------------------

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def person(self, woman: bool | None) -> Person:
        r = self.rng
        mix = MIXES[self.lang]
        key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Eva-Lena, Per-Erik
            second = (
                r.choices(pool.names[:60], weights=pool.weights[:60])[0],
                "head",
            )  # a common name
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.3, "uk": 0.3, "nordic": 0.2, "german": 0.15}.get(
            key, 0.03
        ):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            middle = [(plain(w), p) for w, p in middle]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def nickname(self, person: Person, share: float) -> str | None:
        """A short form of the person's given name, with `share` when the name has one; the
        same person is called the same way again."""
        if share not in person.shorts:
            forms = NICKNAMES.get(person.origin, {}).get(person.first)
            person.shorts[share] = (
                self.rng.choice(forms) if forms and self.rng.random() < share else None
            )
        if person.shorts[share]:
            self.forms["nickname"] += 1
        return person.shorts[share]

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng

        def clean(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((
            f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
            f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}",
        ))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self, english: bool = False) -> str:
        r = self.rng
        local = r.choice(FIRM_MAIL_EN if english else FIRM_MAIL)
        return f"{local}@{r.choice(WORK)}"

    # numbers ---------------------------------------------------------------------------------

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (3, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm, the cities, the small towns."""
        r = self.rng
        d = self.digits(8)
        a2 = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "19",
                "21",
                "16",
                "54",
                "90",
                "60",
                "26",
                "35",
                "36",
                "46",
                "42",
                "11",
                "63",
            )
        )
        a3 = r.choice(
            (
                "247",
                "250",
                "280",
                "300",
                "320",
                "340",
                "411",
                "431",
                "454",
                "480",
                "491",
                "520",
                "550",
                "570",
                "581",
                "612",
                "620",
                "650",
                "660",
                "680",
                "910",
                "920",
                "950",
                "970",
                "980",
            )
        )
        shapes = (
            (8, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (5, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"08-{d[:3]} {d[3:6]} {d[6:8]}"),
            (3, f"08 {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"08{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"), (6, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"+46 {a2} {d[:2]} {d[2:4]} {d[4:6]}"), (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:3]} {d[3:5]}"), (1, f"0{a3}{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        """A person's Swedish number: a mobile mostly, else the landline at home or at work."""
        return self.mobile() if self.rng.random() < 0.72 else self.landline()

    def firm_phone(self) -> str:
        """A firm's or an agency's number: national numbers, switchboards, free-phone."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"0771 {d[:3]} {d[3:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"020-{d[:3]} {d[3:6]}", f"0200-{d[:2]} {d[2:4]} {d[4:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"0775-{d[:2]} {d[2:4]} {d[4:6]}",
            f"08-{d[:3]} {d[3:5]} {d[5:7]}", f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"+46 771 {d[:2]} {d[2:4]} {d[4:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}",
            f"0{r.choice(('31', '40', '90', '18', '60'))}-{d[:3]} {d[3:5]} {d[5:7]}", f"0752-{d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def uk_phone(self, firm: bool = False) -> str:
        """A British number: mobiles (07xxx xxxxxx), city landlines, firms' 03/08 numbers."""
        r = self.rng
        d = self.digits(9)
        if firm:
            return r.choice((
                f"0330 {d[:3]} {d[3:7]}", f"0300 {d[:3]} {d[3:7]}", f"0800 {d[:3]} {d[3:6]}", f"0345 {d[:3]} {d[3:7]}",
                f"0161 {d[:3]} {d[3:7]}", f"020 {d[:4]} {d[4:8]}", f"+44 (0)20 {d[:4]} {d[4:8]}", f"0113 {d[:3]} {d[3:7]}",
            ))  # fmt: skip
        return r.choice((
            f"07{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:6]} {d[6:9]}", f"+44 7{d[:3]} {d[3:9]}", f"+44 (0)7{d[:3]} {d[3:9]}",
            f"07{d[:9]}", f"0117 {d[:3]} {d[3:7]}", f"(0131) {d[:3]} {d[3:7]}", f"029 {d[:4]} {d[4:8]}", f"01223 {d[:6]}",
            f"0044 7{d[:3]} {d[3:9]}",
        ))  # fmt: skip

    def us_phone(self) -> str:
        r = self.rng
        area = r.choice(
            (
                "614",
                "512",
                "303",
                "612",
                "206",
                "919",
                "520",
                "608",
                "402",
                "518",
                "916",
                "804",
                "502",
                "509",
                "515",
                "813",
            )
        )
        d = self.digits(7)
        return r.choice((
            f"({area}) {d[:3]}-{d[3:]}", f"{area}-{d[:3]}-{d[3:]}", f"{area}.{d[:3]}.{d[3:]}", f"+1 {area} {d[:3]} {d[3:]}",
            f"+1 ({area}) {d[:3]}-{d[3:]}", f"1-800-{d[:3]}-{d[3:]}", f"1-{area}-{d[:3]}-{d[3:]}", f"({area}) 555-0{d[:3]}",
        ))  # fmt: skip

    def foreign_phone(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home there."""
        r = self.rng
        d = self.digits(10)
        return r.choice((
            f"+47 4{d[:2]} {d[2:4]} {d[4:7]}", f"0047 9{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 (0)50 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}", f"+49 (0)30 {d[:4]} {d[4:8]}", f"030 {d[:4]} {d[4:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+31 6 {d[:8]}", f"+48 5{d[:2]} {d[2:5]} {d[5:8]}", f"0048 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 770 {d[:3]} {d[3:7]}",
            f"+252 61 {d[:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+98 912 {d[:3]} {d[3:7]}", f"+66 81 {d[:3]} {d[3:7]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+387 61 {d[:3]} {d[3:6]}", f"+291 7 {d[:6]}", f"+93 70 {d[:3]} {d[3:7]}", f"+44 7{d[:3]} {d[3:9]}",
            f"+1 {r.choice(('212', '415', '617'))} {d[:3]} {d[3:7]}", f"+351 91{d[:1]} {d[1:4]} {d[4:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
        ))  # fmt: skip

    def national_id(self, old: bool = False, child: bool = False) -> str:
        """A personnummer with a valid check digit; `+` in the ten-digit form past a hundred."""
        r = self.rng
        year = (
            r.randrange(1919, 1927)
            if old
            else r.randrange(2012, 2026)
            if child
            else r.randrange(1930, 2010)
        )
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old or (year < 1927 and r.random() < 0.5):
            if r.random() < 0.75:
                self.forms["pnr +"] += 1
                return f"{date}+{serial}{check}"
            return f"{year // 100}{date}-{serial}{check}"
        roll = r.random()
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def account(self) -> str:
        """A Swedish bank account: clearing number and account, as banks print them."""
        r = self.rng
        return r.choice((
            f"{r.randrange(6000, 6999)}-{self.digits(3)} {self.digits(3)} {self.digits(3)}", f"8{self.digits(3)}-{r.randrange(10)}, {self.digits(3)} {self.digits(3)} {self.digits(3)}-{r.randrange(10)}",
            f"{r.randrange(5000, 5999)} {self.digits(2)} {self.digits(5)}", f"{r.randrange(3000, 3399)}-{self.digits(6)}", f"9{r.randrange(150, 960)} {self.digits(7)}",
            f"{r.randrange(1100, 1199)} {self.digits(2)} {self.digits(5)}",
        ))  # fmt: skip

    # addresses -------------------------------------------------------------------------------

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def postal(self, town: str, code: str, country: bool = False) -> str:
        r = self.rng
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.84 else f"{code} {town}"
        if roll > 0.95:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.55 else out + ", Sverige"
        return out

    def town(self) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        return town, f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"

    def sv_address(
        self,
        lines: bool = False,
        flat: bool | None = None,
        rural: bool | None = None,
        country: bool = False,
    ) -> str:
        """A Swedish address, street and number (a flat or floor) and postcode and town, or a village's."""
        r = self.rng
        if rural is None:
            rural = r.random() < 0.18
        if rural:
            town, low = r.choice(RURAL)
            code = f"{low}{r.randrange(90, 100)}"
            street = f"{r.choice(VILLAGES)} {r.randrange(1, 260)}"
        else:
            town, code = self.town()
            street = self.street()
            if flat or (flat is None and r.random() < 0.16):
                street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
                self.forms["address lgh"] += 1
            elif flat is None and r.random() < 0.07:
                street += f", {r.randrange(1, 7)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.postal(town, code, country)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        town, code = self.town()
        if town in BOX_CODES:
            low, high = BOX_CODES[town]
            code = f"{r.randrange(low, high + 1)}{r.randrange(10, 99):02d}"
        joint = "\n" if lines else ", "
        return f"Box {r.randrange(2, 9999)}{joint}{self.postal(town, code)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 21)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.18:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.36:
            street = f"Flat {r.randrange(1, 30)}{r.choice(('', '', 'A', 'B'))}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(12, 9900)} {r.choice(('', '', '', 'N ', 'S ', 'W ', 'E '))}{r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f"{r.choice((', Apt ', ', Unit ', ' #', ', Suite '))}{r.randrange(1, 40)}{r.choice(('', '', 'B'))}"
        tail = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{tail}" if lines else f"{street}, {tail}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 140)))
        out = re.sub(r"\{m\}", lambda _: str(r.randrange(1, 9)), out)
        out = out.replace("{L2}", r.choice("ABCDEHKNPRTVWXY") + r.choice("ABCDEHKNPRTVWXY"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, GU the given name in
    capitals, S/s the surname, SU in capitals, I an initial and the surname, Gi the given name
    and the surname's initial, R `Surname, Given`, RU `SURNAME, GIVEN`, E an e-mail address.
    A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s")) else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g", "GU") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words = surname
        value = (
            person.last.lower()
            if base == "s"
            else person.last.upper()
            if base == "SU"
            else person.last
        )
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base in ("R", "RU"):
        words, value = given + surname, f"{person.last}, {person.first}"
        value = value.upper() if base == "RU" else value
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "F",
    "G",
    "g",
    "N",
    "n",
    "GU",
    "S",
    "s",
    "SU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def amount(r: Random, low: int, high: int) -> str:
    value = r.randrange(low, high)
    whole = f"{value:,}".replace(",", " ")
    return r.choice(
        (
            f"{whole} kr",
            f"{whole} kr",
            f"{whole},00 kr",
            f"{whole}:-",
            f"SEK {whole}",
            f"{whole} SEK",
        )
    )


def filler(form: str, draw: Draw) -> Segment:
    r = draw.rng
    month, day, year = r.randrange(1, 13), r.randrange(1, 29), r.choice((2026, 2027, 2027, 2027))
    sv_m, en_m = MONTHS["sv"][month - 1], MONTHS["en"][month - 1]
    values: dict[str, Callable[[], Segment]] = {
        # values
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ALGH": lambda: (draw.sv_address(lines=r.random() < 0.4, flat=True, rural=False), "ADDRESS"),
        "ASE": lambda: (draw.sv_address(lines=r.random() < 0.5, country=True), "ADDRESS"),
        "ST": lambda: (draw.street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "a": lambda: ((draw.street() if r.random() < 0.45 else draw.sv_address(rural=r.random() < 0.15)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHX": lambda: (draw.foreign_phone(), "PHONE"),
        "PHUK": lambda: (draw.uk_phone(), "PHONE"),
        "PHUKF": lambda: (draw.uk_phone(firm=True), "PHONE"),
        "PHUS": lambda: (draw.us_phone(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(child=True), "NATIONAL_ID"),
        "FE": lambda: (draw.firm_email(), "EMAIL"),
        "FEEN": lambda: (draw.firm_email(english=True), "EMAIL"),
        # look-alikes, no value
        "DATE": lambda: (r.choice((f"{year}-{month:02d}-{day:02d}", f"{day} {sv_m}", f"{day}/{month}", f"{day} {sv_m} {year}", f"{day}.{month}.{year}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {en_m} {year}", f"{day:02d}/{month:02d}/{year}", f"{en_m} {day}, {year}", f"{month:02d}/{day:02d}/{year}", f"{day} {en_m[:3]} {year}")), None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{'.' if r.random() < 0.6 else ':'}{r.choice(('00', '15', '30', '45', '10', '50'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(8, 18):02d}:{r.choice(('00', '15', '30', '45'))}", f"{r.randrange(1, 12)}:{r.choice(('00', '15', '30', '45'))} {r.choice(('am', 'pm', 'AM', 'PM'))}")), None),
        "YEAR": lambda: (str(r.choice((2025, 2026, 2026))), None),
        "MONTH": lambda: (sv_m, None),
        "MONTHEN": lambda: (en_m, None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "AMT": lambda: (amount(r, 800, 48000), None),
        "AMTS": lambda: (r.choice((f"{r.randrange(40, 1500)} kr", f"{r.randrange(40, 1500)}:-", f"{r.randrange(40, 1500)},{r.choice(('00', '50', '90'))} kr", f"{r.randrange(40, 1500)}kr")), None),
        "AMTL": lambda: (r.choice((f"{r.randrange(50, 5200) * 1000:,} kr".replace(",", " "), f"{r.randrange(5, 52) / 10:.1f} miljoner kr".replace(".", ","), f"SEK {r.randrange(50, 5200) * 1000:,}".replace(",", " "))), None),
        "GBP": lambda: (f"£{r.randrange(12, 9000):,}.{r.choice(('00', '50', '99', '17', '42'))}", None),
        "GBPL": lambda: (f"£{r.randrange(60, 900) * 1000:,}", None),
        "USD": lambda: (f"${r.randrange(15, 12000):,}.{r.randrange(100):02d}", None),
        "EUR": lambda: (r.choice((f"€{r.randrange(50, 20000):,}", f"{r.randrange(50, 20000)} EUR", f"{r.randrange(50, 20000)},00 €")), None),
        "RATE": lambda: (f"{r.randrange(180, 899) / 100:.2f} %".replace(".", ","), None),
        "RATEEN": lambda: (f"{r.randrange(180, 899) / 100:.2f}%", None),
        "ACCT": lambda: (draw.account(), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "PG": lambda: (f"{r.randrange(10, 999)} {draw.digits(2)} {draw.digits(2)}-{r.randrange(10)}", None),
        "OCR": lambda: (draw.digits(r.choice((10, 12, 14, 16))), None),
        "IBAN": lambda: (f"SE{draw.digits(2)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)}", None),
        "IBANX": lambda: (r.choice((f"DE{draw.digits(2)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(2)}", f"ES{draw.digits(2)} {draw.digits(4)} {draw.digits(4)} {draw.digits(2)} {draw.digits(10)}", f"GB{draw.digits(2)} NWBK {draw.digits(6)} {draw.digits(8)}", f"FI{draw.digits(2)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(2)}")), None),
        "ORGNR": lambda: (f"55{r.randrange(6, 10)}{draw.digits(3)}-{draw.digits(4)}", None),
        "CASE": lambda: (f"{r.randrange(10, 99)}-{draw.digits(6)}-{r.choice(('25', '26', '27'))}", None),
        "INV": lambda: (r.choice((f"{r.randrange(10000, 999999)}", f"F{year}-{draw.digits(4)}", f"INV-{draw.digits(5)}")), None),
        "LOAN": lambda: (r.choice((f"{draw.digits(4)} {draw.digits(2)} {draw.digits(5)}", f"{draw.digits(8)}", f"L-{draw.digits(7)}")), None),
        "CUST": lambda: (draw.digits(r.choice((6, 7, 8))), None),
        "REF": lambda: (r.choice((f"{r.randrange(100000, 9999999)}", f"{draw.digits(4)}-{draw.digits(3)}", f"#{draw.digits(6)}", f"{r.choice('ABKR')}{draw.digits(7)}", f"{year}/{draw.digits(4)}")), None),
        "CARD": lambda: (r.choice((f"**** **** **** {draw.digits(4)}", f"{draw.digits(4)} **** **** {draw.digits(4)}", f"xxxx {draw.digits(4)}")), None),
        "CARDEND": lambda: (draw.digits(4), None),
        "DOBEN": lambda: (r.choice((f"{day:02d}/{month:02d}/{r.randrange(1938, 2004)}", f"{day} {en_m} {r.randrange(1938, 2004)}")), None),
        "SORT": lambda: (f"{draw.digits(2)}-{draw.digits(2)}-{draw.digits(2)}", None),
        "UKACC": lambda: (draw.digits(8), None),
        "NINO": lambda: (f"{r.choice('ABCEHJKLMNPRSTWXYZ')}{r.choice('ABCEHJKLMNPRSTWXYZ')} {draw.digits(2)} {draw.digits(2)} {draw.digits(2)} {r.choice('ABCD')}", None),
        "SWISHF": lambda: (r.choice((f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", f"123{draw.digits(7)}", f"123-{draw.digits(3)} {draw.digits(2)} {draw.digits(2)}")), None),
        "PROP": lambda: (f"{r.choice(KOMMUNER)} {r.choice(TRAKTER)} {r.randrange(1, 40)}:{r.randrange(1, 300)}", None),
        "BRF": lambda: (r.choice(BRFS), None),
        "BANK": lambda: (r.choice(BANKS), None),
        "COLL": lambda: (r.choice(COLLECTORS), None),
        "FIRM": lambda: (r.choice(FIRMS), None),
        "BANKEN": lambda: (r.choice(BANKS_EN), None),
        "BANKUS": lambda: (r.choice(BANKS_US), None),
        "COLLEN": lambda: (r.choice(COLLECTORS_EN), None),
        "FIRMEN": lambda: (r.choice(FIRMS_EN), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0] if r.random() < 0.7 else r.choice(US_TOWNS)[0], None),
        "NUM": lambda: (str(r.randrange(2, 400)), None),
        "CLAIM": lambda: (f"{r.choice('ABCDEFGHJK')}{draw.digits(1)}{r.choice('ABCDEFGHJKLMNP')}{r.choice('ABCDEFGHJKLMNP')}{draw.digits(4)}", None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        base = form.rstrip("'")
        base = (
            base[:-1] if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS else base
        )
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """DN's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, all in a seeded order; a text already written is drawn again."""
    draw = draw or Draw(seed)
    r = draw.rng
    plan: list[tuple[str, str]] = list(NEGATIVES)
    for lang, size in SIZES.items():
        deck: list[str] = []
        for _ in range(size - sum(1 for la, _ in NEGATIVES if la == lang)):
            if not deck:
                deck = list(TEMPLATES[lang])
                r.shuffle(deck)
            plan.append((lang, deck.pop()))
    r.shuffle(plan)
    seen: set[str] = set()
    rows: list[dict[str, object]] = []
    for lang, template in plan:
        draw.lang = lang
        for _ in range(20):
            text, spans = fill(template, draw)
            if text not in seen:
                break
        seen.add(text)
        rows.append({
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


PNR = re.compile(r"^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$")


def pnr_form(value: str) -> str:
    """`12 digits`/`10 digits`, with `-`, `+` or none."""
    match = PNR.match(value)
    if not match:
        return "not a personnummer"
    size = "12 digits" if match.group(1) else "10 digits"
    sep = {"-": "hyphen", "+": "plus", "": "no separator"}[match.group(5)]
    return f"{size}, {sep}"


def pnr_valid(value: str) -> bool:
    match = PNR.match(value)
    if not match:
        return False
    yy, mm, dd, sep, serial, check = match.group(2, 3, 4, 5, 6, 7)
    if not (1 <= int(mm) <= 12 and 1 <= int(dd) <= 31):
        return False
    if match.group(1) and sep == "+":
        return False
    return luhn(yy + mm + dd + serial) == int(check)


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of DN is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    pnr: Counter[str] = Counter()
    phones: Counter[str] = Counter()
    people: list[str] = []
    for row in rows:
        lang, text, spans = str(row["lang"]), str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        langs[lang] += 1
        empty[lang] += not spans
        for span in spans:
            value = text[span["start"] : span["end"]]
            kinds[(span["kind"], lang)] += 1
            kinds[(span["kind"], "all")] += 1
            if span["kind"] == "PERSON":
                people.append(value)
                forms["one word"] += " " not in value
                forms["lower case"] += value.islower()
                forms["lower-case one word"] += value.islower() and " " not in value
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after)) and span[
                    "end"
                ] < len(text)
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address over lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address lgh"] += "lgh" in value
                forms["address tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE- or Sverige"] += (
                    value.startswith("SE-") or "SE-" in value or value.endswith("Sverige")
                )
                forms["address street alone (no digit)"] += not any(ch.isdigit() for ch in value)
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
            elif span["kind"] == "PHONE":
                phones["+"] += value.startswith("+")
                phones["00"] += value.startswith("00")
                phones["Swedish 07"] += (
                    value.startswith("07")
                    or value.startswith("+46 7")
                    or value.startswith("+467")
                    or value.startswith("00467")
                    or value.startswith("0046 7")
                )
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (all {sum(empty.values())})"
    )
    total = 0
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
        total += kinds[(kind, "all")]
    print(f"spans: {total}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print("phones: " + ", ".join(f"{k} {v}" for k, v in phones.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        split = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / split:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / split:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
        missing = [key for mix in MIXES.values() for key in mix if draw.origins[key] == 0]
        print(f"origins in MIXES never drawn: {len(set(missing))}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: Counter[str] = Counter()
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    keys = ["id", "split", "lang", "text", "spans"]
    for row in rows:
        problems["keys not as heldout-u's"] += list(row) != keys
        problems["split not heldout-dn"] += row.get("split") != SPLIT
        problems["unknown language"] += row.get("lang") not in SIZES
        ids[row["id"]] += 1
        text, spans = row["text"], row["spans"]
        previous_end = -1
        for span in spans:
            start, end, kind = span["start"], span["end"], span["kind"]
            problems["span empty"] += end <= start
            problems["span out of bounds"] += start < 0 or end > len(text)
            value = text[start:end]
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            problems["unsorted or overlapping"] += start < previous_end
            problems["unknown kind"] += kind not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if kind == "NATIONAL_ID":
                problems["personnummer invalid"] += not pnr_valid(value)
            if kind == "EMAIL":
                problems["e-mail without @"] += "@" not in value
            previous_end = end
    problems["ids not unique"] += sum(n - 1 for n in ids.values())
    problems["ids not numbered in order"] += [row["id"] for row in rows] != [
        f"gen-{SPLIT}-{i:04d}" for i in range(1, len(rows) + 1)
    ]
    sizes = Counter(row["lang"] for row in rows)
    problems["sizes not as SIZES"] += dict(sizes) != SIZES
    stats(rows, None)
    print(f"sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
    found = {k: v for k, v in problems.items() if v}
    print("check: " + (", ".join(f"{k} {v}" for k, v in found.items()) if found else "no problems"))
    return sum(found.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file, print counts only"
    )
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out) else 0)
    draw = Draw(args.seed)
    rows = generate(args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
