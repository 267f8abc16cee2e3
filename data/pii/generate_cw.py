# ruff: noqa: E501
"""Generate held-out CW for personal-data detection (issue 15): names as the population has them,
an eightieth writer.

    python data/pii/generate_cw.py           # writes data/pii/generated-heldout-cw.jsonl
    python data/pii/generate_cw.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_cw.py --check   # checks the written file, prints counts only
    python data/pii/generate_cw.py --seed 7 --out /tmp/cw-7.jsonl   # a scratch seed

CW's names are drawn by how often people carry them (`names_cw.py`: SCB's ranks for Sweden, the US
Census 1990 per cents, the ONS rankings for the UK, and the commonest names of the origins common
in Sweden and of Ireland), 80% from the head of a list and 20% from its tail, mixed by the language
of the row. Its genre (`templates_cw.py`) is public notices and registers that list people with
their addresses: planning applications and decisions, licensing notices (alcohol, taxis, street
trading), court lists and sentencing reports, probate and deceased estates' notices to creditors,
property sales registers and deed transfers (lagfarter, the Land Registry, the Irish Property Price
Register, US county transfers, Canadian, Australian and New Zealand listings), gazette notices
(insolvency, name changes), road closures and council letters to residents, in Sweden, the UK,
Ireland, the US, Canada, Australia and New Zealand, with addresses written as each country writes
them. Written by a helper who tunes nothing and who read only `generate_aw.py` (for the mechanics:
the seeded `Draw`, the slot filler, the row format, `--stats`), two write-ups of earlier sets and
the first line of `generated-heldout-u.jsonl`; not the detector, its lexicons or tests, nor any
other set's names, templates or rows. CW was never run through the detector by its writer and its
names were not checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same
bytes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from names_cw import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_cw import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270157
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-cw.jsonl"
SPLIT = "heldout-cw"
YEAR = 2027  # the year the notices are dated; a personnummer of someone 100 or older takes `+`

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the address register writes them.
SV_STREETS = (
    "Drottninggatan", "Vasagatan", "Hamngatan", "Östra Storgatan", "Köpmangatan", "Prästgatan",
    "Rådhusgatan", "Trädgårdsgatan", "Tullgatan", "Slottsgatan", "Fabriksgatan", "Hagagatan",
    "Linnégatan", "Bergsgatan", "Malmgatan", "Västra Järnvägsgatan", "Norra Esplanaden", "Kaserngatan",
    "Sveavägen", "Ekbacksvägen", "Klockarvägen", "Skolvägen", "Södra Vägen", "Odalvägen",
    "Vallmovägen", "Hallonvägen", "Gärdesvägen", "Tegelbruksvägen", "Lövängsvägen", "Idrottsvägen",
    "Rönnbärsvägen", "Kyrkvägen", "Smedjevägen", "Häggvägen", "Videvägen", "Granbacksvägen",
    "Solrosvägen", "Korsnäsvägen", "Orrsvängen", "Tjädersvängen", "Björnbärssvängen", "Bagarsvängen",
    "Parkallé", "Rosenallé", "Almallén", "Lönnallén", "Kvarnbacke", "Kapellbacken", "Galgbacken",
    "Tegelbacken", "Lövstigen", "Lingonstigen", "Mosstigen", "Fasanstigen", "Stortorget", "Fisktorget",
    "Norra torg", "Gamla torget", "Centralplan", "Kungsplan", "Bangårdsplan", "Repslagargränd",
    "Tunnbindaregränd", "Apotekargränd", "Kopparslagargränd", "Södra Kajen", "Norra Kajen",
    "Inre hamnen", "Sjökajen", "Strandkajen", "Västerleden", "Lärkgången", "Stenhuggarslingan",
    "Villaraden", "Solhöjden", "Tallidsvägen", "Ängsliden", "Klippudden", "Sörby Allé", "Lilla Nygatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes, from the cities to the small towns.
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Lidköping", 531, 531), ("Motala", 591, 591), ("Piteå", 941, 941), ("Nyköping", 611, 611),
    ("Ängelholm", 262, 262), ("Varberg", 432, 432), ("Trelleborg", 231, 231), ("Visby", 621, 621),
    ("Kiruna", 981, 981), ("Ystad", 271, 271), ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 892),
    ("Sandviken", 811, 811), ("Hudiksvall", 824, 824), ("Enköping", 745, 745), ("Katrineholm", 641, 641),
    ("Alingsås", 441, 441), ("Kungsbacka", 434, 434), ("Mölndal", 431, 431), ("Solna", 169, 171),
    ("Nacka", 131, 132), ("Huddinge", 141, 141), ("Lidingö", 181, 181), ("Norrtälje", 761, 761),
    ("Boden", 961, 961), ("Arvika", 671, 671), ("Mariestad", 542, 542), ("Oskarshamn", 572, 572),
    ("Västervik", 593, 593), ("Värnamo", 331, 331), ("Nässjö", 571, 571), ("Avesta", 774, 774),
    ("Ludvika", 771, 771), ("Mora", 792, 792), ("Kumla", 692, 692), ("Lindesberg", 711, 711),
    ("Strängnäs", 645, 645), ("Hässleholm", 281, 281), ("Landskrona", 261, 261), ("Falkenberg", 311, 311),
    ("Karlshamn", 374, 374), ("Åre", 837, 837), ("Sollefteå", 881, 881), ("Lycksele", 921, 921),
    ("Kalix", 952, 952), ("Eksjö", 575, 575), ("Höör", 243, 243), ("Sölvesborg", 294, 294),
)  # fmt: skip
VILLAGES = (
    "Västanby", "Östanbäck", "Kvarnbo", "Lillbyn", "Skogsbyn", "Holmsund", "Bäcktorp", "Ryssby",
    "Granbo", "Åsen", "Heden", "Myckelbyn", "Sundby", "Ekeby", "Norrsäter", "Gammelgården",
    "Björkhaga", "Torsåker", "Långmyren", "Sörmark", "Fjällnäs", "Kullabo", "Backa", "Nolby",
)  # fmt: skip
# Property designations (`Lövnäs 2:7`, `Kåbo 12:3`): no address.
FASTIGHET = ("Lövnäs", "Kåbo", "Tallen", "Sälgen", "Järnet", "Lärkan", "Hammaren", "Ekorren", "Sunnanå", "Bryggaren", "Vivstavarv", "Ödsmål", "Hagalund", "Storsten", "Tunnan", "Kvarnen")  # fmt: skip
UK_STREETS = (
    "Mill Lane", "Church Street", "Queen's Road", "Victoria Terrace", "Albert Road", "The Crescent",
    "Meadow Close", "Chestnut Avenue", "Marlborough Road", "Westgate", "Castle Hill", "Priory Walk",
    "St John's Road", "Fore Street", "North Parade", "Greenhill Drive", "Beech Grove", "Tannery Lane",
    "Cromwell Road", "Stanley Street", "Ashfield Crescent", "Wellington Place", "Barley Mow Lane", "Rectory Gardens",
)  # fmt: skip
UK_TOWNS = (
    ("York", "YO", ""), ("Bath", "BA", ""), ("Exeter", "EX", ""), ("Cambridge", "CB", ""),
    ("Durham", "DH", ""), ("Shrewsbury", "SY", ""), ("Harrogate", "HG", ""), ("Lincoln", "LN", ""),
    ("Canterbury", "CT", ""), ("Ipswich", "IP", ""), ("Reading", "RG", ""), ("Cardiff", "CF", ""),
    ("Swansea", "SA", ""), ("Edinburgh", "EH", ""), ("Glasgow", "G", ""), ("Aberdeen", "AB", ""),
    ("Belfast", "BT", ""), ("Leicester", "LE", ""), ("Nottingham", "NG", ""), ("Sheffield", "S", ""),
    ("Brighton", "BN", ""), ("Plymouth", "PL", ""), ("Leeds", "LS", "Headingley"), ("London", "SE", "Peckham"),
    ("London", "N", "Islington"), ("Manchester", "M", "Didsbury"), ("Bristol", "BS", "Clifton"), ("Norwich", "NR", ""),
)  # fmt: skip
UK_HOUSES = ("The Granary", "Holly Cottage", "Orchard View", "The Old Schoolhouse", "Keepers Cottage", "Brook Farm", "The Coach House", "Ty Gwyn")  # fmt: skip
IE_PLACES = (  # townland or estate, town, county, Eircode routing key
    ("Ard na Gréine", "Ballincollig", "Co. Cork", "P31"), ("Cois Abhann", "Oranmore", "Co. Galway", "H91"),
    ("The Paddocks", "Naas", "Co. Kildare", "W91"), ("Church View", "Ennis", "Co. Clare", "V95"),
    ("Knockrea Park", "Douglas", "Cork", "T12"), ("Sruthán", "Castlebar", "Co. Mayo", "F23"),
    ("Millbrook", "Mullingar", "Co. Westmeath", "N91"), ("Main Street", "Dingle", "Co. Kerry", "V92"),
    ("Riverside", "Carlow", "Co. Carlow", "R93"), ("Hazelwood Drive", "Drogheda", "Co. Louth", "A92"),
    ("Cluain Mhuire", "Letterkenny", "Co. Donegal", "F92"), ("Marian Terrace", "Kilkenny", "Co. Kilkenny", "R95"),
)  # fmt: skip
IE_DUBLIN = (("Clonskeagh Road", "Dublin 6", "D06"), ("Griffith Avenue", "Drumcondra, Dublin 9", "D09"), ("Main Street", "Blackrock, Co. Dublin", "A94"), ("Sandford Road", "Ranelagh, Dublin 6", "D06"), ("Navan Road", "Cabra, Dublin 7", "D07"))  # fmt: skip
US_STREETS = ("Maple Ave", "Oak St", "Elm Street", "Lincoln Way", "Cedar Ln", "Ridgewood Dr", "Washington Blvd", "Hillcrest Rd", "Willow Ct", "Prospect Pl", "Sunset Drive", "Main St", "Locust Street", "Division St")  # fmt: skip
US_TOWNS = (("Columbus", "OH", 432), ("Dayton", "OH", 454), ("Lancaster", "PA", 176), ("Grand Rapids", "MI", 495), ("Rochester", "MN", 559), ("Madison", "WI", 537), ("Des Moines", "IA", 503), ("Austin", "TX", 787), ("Eugene", "OR", 974), ("Spokane", "WA", 992), ("Asheville", "NC", 288), ("Savannah", "GA", 314), ("Fort Collins", "CO", 805), ("Worcester", "MA", 16), ("Knoxville", "TN", 379), ("Burlington", "VT", 54))  # fmt: skip
CA_TOWNS = (("Guelph", "ON", "N1H"), ("Toronto", "ON", "M4C"), ("Ottawa", "ON", "K1S"), ("Halifax", "NS", "B3H"), ("Calgary", "AB", "T2P"), ("Vancouver", "BC", "V6K"), ("Winnipeg", "MB", "R3M"), ("Saskatoon", "SK", "S7K"), ("Victoria", "BC", "V8V"), ("Moncton", "NB", "E1C"))  # fmt: skip
CA_STREETS = ("Elm Street", "Queen Street West", "Bank Street", "Robie Street", "17 Avenue SW", "West 4th Avenue", "Corydon Avenue", "Spadina Crescent", "Cook Street", "Main Street")  # fmt: skip
AU_PLACES = (("Toowong", "QLD", 4066), ("Fitzroy", "VIC", 3065), ("Parramatta", "NSW", 2150), ("Newtown", "NSW", 2042), ("Fremantle", "WA", 6160), ("Glenelg", "SA", 5045), ("Sandy Bay", "TAS", 7005), ("Kingston", "ACT", 2604), ("Brunswick", "VIC", 3056), ("Townsville", "QLD", 4810), ("Wollongong", "NSW", 2500), ("Norwood", "SA", 5067))  # fmt: skip
AU_STREETS = ("Banksia Street", "Jacaranda Avenue", "Smith Street", "Wattle Road", "Bay Parade", "Kent Street", "Grevillea Crescent", "Station Street", "Esplanade", "Gipps Street")  # fmt: skip
NZ_PLACES = (("Ponsonby", "Auckland", 1011), ("Karori", "Wellington", 6012), ("Riccarton", "Christchurch", 8041), ("Remuera", "Auckland", 1050), ("Hamilton East", "Hamilton", 3216), ("Roslyn", "Dunedin", 9010), ("Stoke", "Nelson", 7011), ("Mount Maunganui", "Tauranga", 3116))  # fmt: skip
NZ_STREETS = ("Kowhai Street", "Rata Road", "Tui Crescent", "Pohutukawa Drive", "Totara Avenue", "Rimu Street", "Kauri Place", "Manuka Road")  # fmt: skip
EUROPE = (
    "Goethestraße {n}, {z5:60313-60329} Frankfurt am Main", "Am Markt {n}, {z5:18055-18069} Rostock",
    "{n}, avenue Jean-Jaurès, {z5:69007-69007} Lyon", "Hämeenkatu {n} A {m}, {z5:33100-33200} Tampere",
    "Storgata {n}, {z4:9008-9019} Tromsø", "Vestergade {n}, {m}. th., {z4:8000-8000} Aarhus C",
    "ul. Długa {n}/{m}, 80-{z3:827-831} Gdańsk", "Avenida de la Constitución {n}, {m}º B, {z5:41001-41004} Sevilla",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "Via Garibaldi {n}, {z5:10122-10122} Torino",
    "Mustamäe tee {n}-{m}, {z5:10616-10621} Tallinn", "Zmaja od Bosne {n}, {z5:71000-71000} Sarajevo",
)  # fmt: skip
# Mail and work domains by the language of the row: Swedish rows Swedish ones, English rows those
# of the English-speaking countries, mixed rows either.
MAIL = {
    "sv": ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "bredband.net", "yahoo.se"),
    "en": ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.co.uk", "btinternet.com", "eircom.net", "bigpond.com", "xtra.co.nz", "aol.com"),
}  # fmt: skip
WORK = {
    "sv": ("example.se", "kommun.example.se", "advokat.example.se", "maklare.example.se", "lansstyrelsen.example.se"),
    "en": ("example.co.uk", "council.example.gov.uk", "example.ie", "example.com", "example.com.au", "example.co.nz", "example.ca", "county.example.gov"),
}  # fmt: skip
ROLE = {
    "sv": ("bygglov", "registrator", "tillstand", "kansli", "info", "kundtjanst", "stadsbyggnad", "lantmateri"),
    "en": ("planning", "licensing", "enquiries", "probate", "info", "highways", "clerk", "customerservices"),
}  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass
class Person:
    woman: bool
    origin: str
    given: list[Word]  # one word, or two joined by a hyphen (`Anna-Karin`)
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of CW from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.02:  # Anna-Karin
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "irish": 0.2}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us", "irish") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            self.forms["typed plain"] += 1
        if key in ("polish", "irish") and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def nickname(self, person: Person, share: float) -> str | None:
        """A short form of the person's given name, with `share` when the name has one."""
        forms = NICKNAMES.get(person.origin, {}).get(person.first)
        if forms and self.rng.random() < share:
            self.forms["nickname"] += 1
            return self.rng.choice(forms)
        return None

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person | None) -> str:
        r = self.rng
        side = self.lang if self.lang in ("sv", "en") else r.choice(("sv", "en"))
        if person is None:  # a firm's or an office's address
            return f"{r.choice(ROLE[side])}@{r.choice(WORK[side])}"
        clean = lambda s: re.sub(r"[^a-z]", "", ascii_fold(s).lower())  # noqa: E731
        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK[side] if r.random() < 0.45 else MAIL[side])}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
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
                "63",
                "23",
                "26",
                "11",
                "35",
                "36",
                "46",
                "42",
                "60",
            )
        )
        a3 = r.choice(
            (
                "250",
                "240",
                "247",
                "271",
                "380",
                "410",
                "455",
                "480",
                "491",
                "498",
                "510",
                "520",
                "522",
                "570",
                "586",
                "611",
                "620",
                "650",
                "670",
                "692",
                "910",
                "920",
                "921",
                "950",
                "980",
            )
        )
        shapes = (
            (15, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (9, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (3, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (2, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:6]} {self.digits(2)}"), (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0{a2} {d[:3]} {d[3:5]} {d[5:]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{a3}{d[:6]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0771-{d[:3]} {d[3:6]}"), (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_at(self, country: str) -> str:
        """A number of `country` as people there write it, or with its country code."""
        r = self.rng
        d = self.digits(9)
        shapes = {
            "uk": (f"07700 900{d[:3]}", f"+44 7700 900{d[:3]}", f"01632 960{d[:3]}", f"020 7946 0{d[:3]}",
                   f"0113 496 0{d[:3]}", f"(01904) 6{d[:5]}", f"+44 (0)20 7946 0{d[:3]}", f"0161 496 0{d[:3]}",
                   f"029 2018 0{d[:3]}", f"0131 496 0{d[:3]}", f"+44 28 9018 0{d[:3]}", f"0044 1223 {d[:6]}"),
            "ie": (f"087 {d[:3]} {d[3:7]}", f"+353 87 {d[:3]} {d[3:7]}", f"(021) 4{d[:2]} {d[2:6]}", f"01 {d[:3]} {d[3:7]}",
                   f"+353 1 {d[:3]} {d[3:7]}", f"00353 91 {d[:6]}", f"085-{d[:7]}", f"(065) 68 {d[:5]}", f"086 {d[:7]}"),
            "us": (f"({r.choice(('614', '503', '608', '919', '512', '319'))}) 555-01{d[:2]}", f"{r.choice(('937', '717', '616'))}-555-01{d[:2]}",
                   f"+1 {r.choice(('503', '802', '865'))} 555 01{d[:2]}", f"1-800-555-01{d[:2]}", f"{r.choice(('507', '541'))}.555.01{d[:2]}"),
            "ca": (f"({r.choice(('416', '519', '613', '902', '403', '604'))}) 555-01{d[:2]}", f"+1 {r.choice(('204', '306', '250'))} 555 01{d[:2]}",
                   f"{r.choice(('506', '519'))}-555-01{d[:2]}", f"1-888-555-01{d[:2]}"),
            "au": (f"04{d[:2]} {d[2:5]} {d[5:8]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}", f"(02) 9{d[:3]} {d[3:7]}", f"02 9{d[:3]} {d[3:7]}",
                   f"+61 2 9{d[:3]} {d[3:7]}", f"(03) 9{d[:3]} {d[3:7]}", f"08 9{d[:3]} {d[3:7]}", f"1300 {d[:3]} {d[3:6]}", f"0491 570 {d[:3]}"),
            "nz": (f"021 {d[:3]} {d[3:7]}", f"+64 21 {d[:3]} {d[3:7]}", f"(09) {d[:3]} {d[3:7]}", f"09 {d[:3]} {d[3:7]}",
                   f"+64 4 {d[:3]} {d[3:7]}", f"027 {d[:3]} {d[3:7]}", f"03 {d[:3]} {d[3:7]}", f"0800 {d[:3]} {d[3:6]}"),
            "world": (f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}",
                      f"040 {d[:3]} {d[3:7]}", f"+49 30 {d[:8]}", f"+49 171 {d[:7]}", f"0049 89 {d[:7]}", f"+48 60{d[:1]} {d[1:4]} {d[4:7]}",
                      f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
                      f"+31 6 {d[:8]}", f"+39 33{d[:1]} {d[1:4]} {d[4:8]}", f"+90 53{d[:1]} {d[1:4]} {d[4:6]} {d[6:8]}",
                      f"+964 770 {d[:3]} {d[3:7]}", f"+963 94{d[:1]} {d[1:4]} {d[4:7]}", f"+252 61 {d[:7]}", f"+291 7 {d[:6]}",
                      f"+66 81 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+98 912 {d[:3]} {d[3:7]}", f"+387 61 {d[:3]} {d[3:6]}",
                      f"+380 67 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+372 5{d[:3]} {d[3:7]}", f"00358 9 {d[:3]} {d[3:7]}"),
        }  # fmt: skip
        return r.choice(shapes[country])

    def national_id(self, born: tuple[int, int] = (1938, 2008)) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `+` in the 10-digit form of someone who turns 100 by the notices' year."""
        r = self.rng
        year = r.randrange(*born)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        old = YEAR - year >= 100
        roll = r.random()
        if old and roll < 0.7:
            return f"{date}+{serial}{check}"
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[25:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.08:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.06:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 8)}, {self.sv_postal()}"

    def uk_postcode(self, area: str) -> str:
        r = self.rng
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return (
            f"{area}{r.randrange(1, 24)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, district = r.choice(UK_TOWNS)
        roll = r.random()
        if roll < 0.2:
            first = [r.choice(UK_HOUSES), r.choice(UK_STREETS)]
        elif roll < 0.35:
            first = [f"Flat {r.randrange(1, 20)}", f"{r.randrange(1, 200)} {r.choice(UK_STREETS)}"]
        else:
            first = [
                f"{r.randrange(1, 200)}{r.choice(('', '', '', '', 'a', 'b'))} {r.choice(UK_STREETS)}"
            ]
        parts = first + ([district] if district else []) + [town]
        code = self.uk_postcode(area)
        if lines:
            return "\n".join([*parts, code])
        return ", ".join(parts) + f" {code}"

    def ie_address(self, lines: bool = False) -> str:
        r = self.rng
        ident = "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        if r.random() < 0.3:
            street, area, key = r.choice(IE_DUBLIN)
            parts = [f"{r.randrange(1, 180)} {street}", area]
            if r.random() < 0.3:
                parts.insert(0, f"Apt {r.randrange(1, 40)}")
        else:
            estate, town, county, key = r.choice(IE_PLACES)
            parts = [f"{r.randrange(1, 90)} {estate}", town, county]
        if r.random() < 0.75:
            parts.append(f"{key} {ident}")
        return ("\n" if lines else ", ").join(parts)

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(100, 9999)} {r.choice(('', '', '', 'N ', 'S ', 'W ', 'E '))}{r.choice(US_STREETS)}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        zipc = f"{prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{town}, {state} {zipc}" if lines else f"{street}, {town}, {state} {zipc}"

    def us_street(self) -> str:
        return f"{self.rng.randrange(100, 9999)} {self.rng.choice(US_STREETS)}"

    def ca_address(self, lines: bool = False) -> str:
        r = self.rng
        town, prov, fsa = r.choice(CA_TOWNS)
        code = f"{fsa} {r.randrange(1, 10)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randrange(1, 10)}"
        street = f"{r.randrange(10, 3000)} {r.choice(CA_STREETS)}"
        if r.random() < 0.25:
            street = f"{r.randrange(101, 2400)}-{street}"
        return f"{street}\n{town}, {prov} {code}" if lines else f"{street}, {town}, {prov} {code}"

    def au_address(self, lines: bool = False) -> str:
        r = self.rng
        suburb, state, code = r.choice(AU_PLACES)
        street = f"{r.randrange(1, 220)} {r.choice(AU_STREETS)}"
        if r.random() < 0.3:
            street = f"{r.choice(('Unit ', '', ''))}{r.randrange(1, 20)}/{street}"
        return (
            f"{street}\n{suburb} {state} {code:04d}"
            if lines
            else f"{street}, {suburb} {state} {code:04d}"
        )

    def au_box(self) -> str:
        suburb, state, code = self.rng.choice(AU_PLACES)
        return f"PO Box {self.rng.randrange(10, 2999)}, {suburb} {state} {code:04d}"

    def nz_address(self, lines: bool = False) -> str:
        r = self.rng
        suburb, city, code = r.choice(NZ_PLACES)
        street = f"{r.randrange(1, 300)}{r.choice(('', '', '', 'A', 'B'))} {r.choice(NZ_STREETS)}"
        parts = [street, suburb, f"{city} {code:04d}"]
        if r.random() < 0.2:
            parts = [
                street,
                f"RD {r.randrange(1, 6)}",
                f"{city} {code + r.randrange(100, 180):04d}",
            ]
        return ("\n" if lines else ", ").join(parts)

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 160)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    def fastighet(self) -> str:
        r = self.rng
        return f"{r.choice(FASTIGHET)} {r.randrange(1, 40)}:{r.randrange(1, 300)}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname and GU the given name in capitals, GM the given and middle names (a `Förnamn:` field),
    I initials and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a Swedish genitive, a
    trailing `'` an English one.
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
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "GU":
        words, value = given, person.first.upper()
    elif base == "GM":
        words = given + middle
        value = " ".join([person.first] + [w for w, _ in middle])
    elif base == "I":
        words = surname
        initials = "-".join(p[0] + "." for p in person.first.split("-"))
        if middle and draw.rng.random() < 0.5:
            initials += f" {middle[0][0][0]}."
            words = surname + middle
        value = f"{initials} {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base in ("R", "RU"):
        words = given + middle + surname
        names = " ".join([person.first] + [w for w, _ in middle])
        value = f"{person.last.upper() if base == 'RU' else person.last}, {names}"
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
    "S",
    "s",
    "SU",
    "GU",
    "GM",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, lang = draw.rng, draw.lang
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    one: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "SN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STT": lambda: (f"{draw.sv_street()}, {draw.town()[0]}", "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "SNUK": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "SNUKU": lambda: (r.choice(UK_STREETS).upper(), "ADDRESS"),
        "AIE": lambda: (draw.ie_address(), "ADDRESS"),
        "AIEL": lambda: (draw.ie_address(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "USST": lambda: (draw.us_street(), "ADDRESS"),
        "SNUS": lambda: (r.choice(US_STREETS), "ADDRESS"),
        "ACA": lambda: (draw.ca_address(), "ADDRESS"),
        "ACAL": lambda: (draw.ca_address(lines=True), "ADDRESS"),
        "AAU": lambda: (draw.au_address(), "ADDRESS"),
        "AAUL": lambda: (draw.au_address(lines=True), "ADDRESS"),
        "AUBOX": lambda: (draw.au_box(), "ADDRESS"),
        "ANZ": lambda: (draw.nz_address(), "ADDRESS"),
        "ANZL": lambda: (draw.nz_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_at("uk"), "PHONE"),
        "PHIE": lambda: (draw.phone_at("ie"), "PHONE"),
        "PHUS": lambda: (draw.phone_at("us"), "PHONE"),
        "PHCA": lambda: (draw.phone_at("ca"), "PHONE"),
        "PHAU": lambda: (draw.phone_at("au"), "PHONE"),
        "PHNZ": lambda: (draw.phone_at("nz"), "PHONE"),
        "PHX": lambda: (draw.phone_at("world"), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRD": lambda: (draw.national_id((1919, 1975)), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id((1917, 1927)), "NATIONAL_ID"),
        "EF": lambda: (draw.email(None), "EMAIL"),
        "FAST": lambda: (draw.fastighet(), None),
        "DATE": lambda: (r.choice((f"{YEAR}-{month:02d}-{day:02d}", f"{day} {MONTHS['sv'][month - 1]} {YEAR}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} {YEAR}", f"{day:02d}/{month:02d}/{YEAR}", f"{MONTHS['en'][month - 1]} {day}, {YEAR}", f"{day} {MONTHS['en'][month - 1]}")), None),
        "DATEUS": lambda: (r.choice((f"{month:02d}/{day:02d}/{YEAR}", f"{MONTHS['en'][month - 1]} {day}, {YEAR}")), None),
        "YEAR": lambda: (str(r.randrange(1931, 1999)), None),
        "TIME": lambda: (f"{r.randrange(8, 17)}{'.' if lang == 'sv' else ':'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AGE": lambda: (str(r.randrange(19, 88)), None),
        "AMT": lambda: (f"{r.randrange(4, 140) * 25_000:,} kr".replace(",", " "), None),
        "FEE": lambda: (f"{r.randrange(4, 120) * 100:,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(80, 2600):,}", None),
        "PRICE": lambda: (f"{r.randrange(120, 1900) * 1000:,}", None),
        "MAL": lambda: (f"{r.choice('BBBTTÄKF')} {r.randrange(100, 9999)}-{r.choice(('26', '27'))}", None),
        "DNR": lambda: (r.choice((f"BN {YEAR}-{r.randrange(1, 2400):06d}", f"SBN {YEAR}/{r.randrange(10, 999)}", f"Dnr {YEAR}-{r.randrange(100, 9999):05d}", f"MBN {YEAR}.{r.randrange(100, 999)}")), None),
        "PLANREF": lambda: (r.choice((f"27/{r.randrange(100, 9999):05d}/FUL", f"P/27/{r.randrange(100, 999):04d}/HH", f"DC/27/{r.randrange(10000, 99999)}", f"27/0{r.randrange(1000, 9999)}/LBC")), None),
        "TITLE": lambda: (f"{r.choice(('NK', 'WYK', 'SGL', 'CYM', 'DN', 'HP'))}{r.randrange(100000, 999999)}", None),
        "APN": lambda: (f"{r.randrange(10, 99)}-{r.randrange(100, 999)}-{r.randrange(100, 999)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}/{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"{r.choice('ABCKLM')}{r.randrange(100000, 999999)}", f"{YEAR}-{r.randrange(1000, 9999)}")), None),
        "ORG": lambda: (f"55{r.randrange(6, 10)}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "PLATS": lambda: (str(r.randrange(1, 60)), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNUK": lambda: (r.choice(UK_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
    }  # fmt: skip
    return [one[form]()]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    values: dict[tuple[str, str], list[Segment]] = {}  # `{SN#1}` twice: the same street
    text, end = "", 0
    last: Person | None = None  # an e-mail address without a reference is this person's
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[end : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        base = form.rstrip("'")
        base = (
            base[:-1] if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS else base
        )
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            elif base == "E" and not ref and last is not None:  # the person named just before
                person = last
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
            last = person
        elif ref and (form, ref) in values:
            segments = values[(form, ref)]
        else:
            segments = filler(form, draw)
            if ref:
                values[(form, ref)] = segments
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        end = match.end()
    return text + template[end:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """CW's rows: every negative once, then positive rows from shuffled decks of each language's
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
        if (lang, template) in NEGATIVES:
            assert not spans, template
        rows.append({
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def pnr_form(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    sep = "+" if "+" in value else "-" if "-" in value else "no separator"
    return f"{len(digits)} digits, {sep}"


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of CW is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    pnr: Counter[str] = Counter()
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
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] == "(" and after[:1] == ")"
                )
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += "Box" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address street alone"] += not re.search(r"\d", value)
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}, typed plain: {draw.forms['typed plain']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
        missing = [k for lang in MIXES for k in MIXES[lang] if not draw.origins[k]]
        print(f"origins in MIXES never drawn: {sorted(set(missing)) or 'none'}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    pnrs = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["keys"] += 1
        if row["id"] in ids:
            problems["duplicate id"] += 1
        ids.add(row["id"])
        if row["split"] != SPLIT or row["lang"] not in SIZES:
            problems["split or lang"] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            if not 0 <= start < stop <= len(text):
                problems["span empty or out of bounds"] += 1
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < end:
                problems["unsorted or overlapping"] += 1
            end = stop
            if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["kind"] += 1
            if span["kind"] == "NATIONAL_ID":
                pnrs += 1
                digits = re.sub(r"\D", "", value)
                if len(digits) not in (10, 12) or luhn(digits[-10:-1]) != int(digits[-1]):
                    problems["personnummer check digit"] += 1
    print(f"checked {rows} rows, {len(ids)} ids, {pnrs} personnummer")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) or "none"))
    return sum(problems.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out) else 0)
    if args.seed != SEED and args.out == OUT and not args.stats:
        parser.error("a scratch seed writes only to an --out of its own")
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
