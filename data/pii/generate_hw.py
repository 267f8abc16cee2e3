# ruff: noqa: E501
"""Generate held-out HW for personal-data detection (issue 15): names as the population has them,
a two-hundred-and-tenth writer. HW's names are drawn by how often people carry them (`names_hw.py`:
SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK, the commonest
names of the origins common in Sweden; 80% of name words from a list's head, 20% from its tail),
mixed by the language of the row; its genre (`templates_hw.py`) is window cleaners, painters and
roofers: quote requests, job sheets, scaffolding permits, customer SMS and invoices with ROT and
RUT deductions. Written by a helper who tunes nothing and who read only `generate_aw.py` (for the
mechanics: the seeded `Draw`, the slot filler, the row format, `--stats`), two write-ups of earlier
sets and the first line of `generated-heldout-u.jsonl` (for its keys); not the detector, its
lexicons or tests, nor any other set's names, templates or rows. HW was never run through the
detector or a scorer by its writer. Stdlib only; one seeded Random: same seed, same bytes.

    python data/pii/generate_hw.py                           # writes generated-heldout-hw.jsonl
    python data/pii/generate_hw.py --stats                   # counts only
    python data/pii/generate_hw.py --check                   # checks the written file, counts only
    python data/pii/generate_hw.py --seed 7 --out /tmp/x.jsonl   # a scratch seed, elsewhere
"""

from __future__ import annotations

import argparse
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

from names_hw import HEAD_SHARE, HYPHENED, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_hw import (  # noqa: E402
    BRFS,
    DAYS,
    EN,
    FIRMS_EN,
    FIRMS_SV,
    MIXED,
    MONTHS,
    NEGATIVES,
    PETS,
    SV,
)

SEED = 20270287
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hw.jsonl"
SPLIT = "heldout-hw"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what street names look like).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Kyrkogatan",
    "Västra Vägen", "Järnvägsgatan", "Bangårdsgatan", "Tegnérgatan", "Nygatan", "Fabriksgatan",
    "Repslagargatan", "Östra Hamngatan", "Södra Förstadsgatan", "Lilla Nygatan", "Hantverkargatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Ekvägen", "Lönnvägen", "Almvägen", "Rönnvägen",
    "Hasselvägen", "Syrenvägen", "Skogsvägen", "Ängsvägen", "Solvägen", "Bergsvägen", "Parkvägen",
    "Villavägen", "Idrottsvägen", "Kvarnvägen", "Smedjevägen", "Gamla Vägen", "Sjövägen",
    "Bäckvägen", "Ringvägen", "Klövervägen", "Blåklockevägen", "Prästvägen", "Torpvägen",
    "Tegelbruksvägen", "Lindsvängen", "Rosensvängen", "Backsvängen", "Hagsvängen", "Ekallén",
    "Lindallé", "Kastanjeallén", "Sofielunds allé", "Tallbacken", "Solbacken", "Kvarnbacken",
    "Ekbacken", "Björkbacken", "Lärkstigen", "Trastvägen", "Blåbärsstigen", "Lingonstigen",
    "Vitsippsstigen", "Ekorrstigen", "Stortorget", "Lilla torg", "Nytorget", "Fisktorget",
    "Järntorget", "Bryggartorget", "Kornhamnstorg", "Stationsplan", "Kyrkplan", "Mästarplan",
    "Brunnsplan", "Smedgränd", "Klockargränd", "Pilgränd", "Tunnbindargränd", "Skeppsbrokajen",
    "Norra Kajen", "Östra Kajen", "Hamnkajen", "Packhuskajen", "Strandkajen", "Kanalgatan",
)  # fmt: skip
# Postal towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 118), ("Bromma", 161, 168), ("Hägersten", 126, 129), ("Johanneshov", 121, 121),
    ("Farsta", 123, 123), ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Nacka", 131, 131),
    ("Saltsjö-Boo", 132, 132), ("Lidingö", 181, 181), ("Täby", 183, 187), ("Sollentuna", 191, 192),
    ("Huddinge", 141, 141), ("Haninge", 136, 137), ("Södertälje", 151, 152), ("Göteborg", 411, 418),
    ("Västra Frölunda", 421, 421), ("Mölndal", 431, 431), ("Partille", 433, 433),
    ("Kungsbacka", 434, 434), ("Malmö", 211, 218), ("Lund", 222, 227), ("Helsingborg", 252, 256),
    ("Uppsala", 752, 757), ("Västerås", 722, 725), ("Örebro", 702, 703), ("Linköping", 582, 589),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Växjö", 352, 352), ("Karlstad", 652, 656),
    ("Gävle", 802, 806), ("Sundsvall", 852, 857), ("Umeå", 903, 907), ("Luleå", 972, 977),
    ("Östersund", 831, 831), ("Falun", 791, 791), ("Borlänge", 784, 784), ("Eskilstuna", 632, 635),
    ("Nyköping", 611, 611), ("Kalmar", 392, 393), ("Karlskrona", 371, 371), ("Kristianstad", 291, 291),
    ("Halmstad", 302, 302), ("Varberg", 432, 432), ("Borås", 503, 507), ("Trollhättan", 461, 461),
    ("Uddevalla", 451, 451), ("Skövde", 541, 541), ("Visby", 621, 621), ("Ystad", 271, 271),
    ("Lerum", 443, 443), ("Alingsås", 441, 441), ("Enköping", 745, 745), ("Piteå", 941, 941),
    ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 891),
)  # fmt: skip
# Small towns whose country routes have postcodes ending in 9x, for rural addresses.
SV_RURAL = (
    ("Rimbo", 762), ("Knivsta", 741), ("Tierp", 815), ("Heby", 744), ("Sala", 733), ("Nora", 713),
    ("Askersund", 696), ("Vadstena", 592), ("Mjölby", 595), ("Värnamo", 331), ("Ljungby", 341),
    ("Älmhult", 343), ("Höör", 243), ("Sjöbo", 275), ("Skurup", 274), ("Laholm", 312),
    ("Falkenberg", 311), ("Lidköping", 531), ("Mariestad", 542), ("Vetlanda", 574), ("Eksjö", 575),
    ("Vimmerby", 598), ("Västervik", 593), ("Arvika", 671), ("Säffle", 661), ("Torsby", 685),
    ("Ludvika", 771), ("Leksand", 793), ("Rättvik", 795), ("Mora", 792), ("Hudiksvall", 824),
    ("Bollnäs", 821), ("Sollefteå", 881), ("Kramfors", 872), ("Krokom", 835), ("Lycksele", 921),
    ("Boden", 961), ("Kalix", 952), ("Hemse", 623), ("Strängnäs", 645), ("Trosa", 619),
)  # fmt: skip
# Villages and hamlets as rural addresses name them (`Lillby 412`).
VILLAGES = (
    "Lillby", "Storby", "Norrby", "Sörby", "Östanå", "Västanå", "Åsen", "Lillängen", "Storängen",
    "Kvarnbäcken", "Bäckby", "Hagby", "Ekeby", "Berga", "Sandby", "Torsåker", "Mossby", "Tuna",
    "Vreta", "Skogsby", "Backa", "Ryd", "Lövsta", "Boda", "Heden", "Nybyn", "Sjöända", "Bränna",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Victoria Road", "Green Lane", "Manor Road",
    "Park Road", "Queens Road", "The Crescent", "Mill Lane", "Kings Avenue", "Grange Road",
    "Orchard Way", "Windsor Close", "Meadow View", "Chestnut Grove", "Albert Terrace",
    "Beech Drive", "North Street", "Springfield Road", "Hawthorn Close", "The Avenue",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("York", "YO"), ("Bath", "BA"),
    ("Cardiff", "CF"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Norwich", "NR"), ("Brighton", "BN"),
    ("Reading", "RG"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Exeter", "EX"),
    ("Harrogate", "HG"), ("Cambridge", "CB"), ("Oxford", "OX"), ("Chester", "CH"),
    ("Leicester", "LE"), ("Swansea", "SA"), ("London", "SE"), ("London", "N"), ("Aberdeen", "AB"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Bakery", "Willow Barn", "Holly House", "The Coach House", "Orchard View", "Fern Lodge", "Sunnyside")  # fmt: skip
US_STREETS = (
    "Maple Avenue", "Oak Street", "Elm Street", "Washington Street", "Lakeview Drive", "Cedar Lane",
    "Pine Ridge Road", "W 4th Street", "N Main Street", "Sunset Boulevard", "Hillcrest Drive",
    "Park Place", "Willow Court", "River Road", "Highland Avenue", "S Broadway",
)  # fmt: skip
US_TOWNS = (
    ("Portland", "OR", 972), ("Austin", "TX", 787), ("Columbus", "OH", 432), ("Madison", "WI", 537),
    ("Raleigh", "NC", 276), ("Denver", "CO", 802), ("Minneapolis", "MN", 554),
    ("Sacramento", "CA", 958), ("Tampa", "FL", 336), ("Albany", "NY", 122), ("Richmond", "VA", 232),
    ("Spokane", "WA", 992), ("Ann Arbor", "MI", 481), ("Asheville", "NC", 288), ("Burlington", "VT", 54),
)  # fmt: skip
# European addresses in their own formats: {n} a house number, {m} a small number, {zW:LO-HI} a code.
EUROPE = (
    "Lindenstraße {n}, {z5:10115-10999} Berlin", "Am Markt {m}, {z5:79098-79117} Freiburg im Breisgau",
    "Storgata {n}, {z4:0150-0190} Oslo", "Kongens gate {n}, {z4:7011-7013} Trondheim",
    "Vestergade {n}, {m}. th., {z4:8000-8000} Aarhus C", "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere",
    "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk", "ul. Piotrkowska {n}, 90-{z3:100-450} Łódź",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "{n} rue de la République, {z5:69001-69002} Lyon",
    "Calle Mayor {n}, {m}º B, {z5:28012-28013} Madrid", "Via Garibaldi {n}, {z5:20121-20123} Milano",
    "Pärnu mnt {n}-{m}, {z5:10119-10148} Tallinn", "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien",
    "Bahnhofstrasse {n}, {z4:8001-8001} Zürich", "Rua Augusta {n}, 1100-{z3:053-099} Lisboa",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.com", "bredband.net", "hotmail.co.uk", "btinternet.com")  # fmt: skip
WORK = ("example.se", "example.com", "example.org", "example.co.uk", "fastighet.example.se", "brf.example.se")  # fmt: skip
FIRM_DOMAINS = ("klarsikt.example.se", "glasklart.example.se", "takochplat.example.se", "fasadmaleri.example.se", "stallning.example.se", "takservice.example.com", "brightpanes.example.co.uk", "ridgeline.example.com")  # fmt: skip
FIRM_BOXES = ("info", "kontakt", "offert", "faktura", "bokning", "order", "kundtjanst", "hello", "office", "quotes", "accounts")  # fmt: skip
PROPERTIES = (
    "Sollentuna Tegelbruket", "Täby Ösby", "Nacka Sicklaön", "Bromma Åkeshov", "Huddinge Snättringe",
    "Uppsala Sunnersta", "Lund Vallkärra", "Göteborg Krokslätt", "Mölndal Kålltorp", "Örebro Adolfsberg",
    "Västerås Skälby", "Linköping Hjulsbro", "Umeå Tegs", "Gävle Sätra", "Växjö Öjaby", "Rimbo Lillby",
    "Leksand Tibble", "Kalmar Berga", "Ystad Sandskogen", "Lidingö Stockby",
)  # fmt: skip
FORMS_PNR = (
    "12 digits with hyphen",
    "10 digits with hyphen",
    "12 digits",
    "10 digits",
    "10 digits with +",
)


def luhn(digits: str) -> int:
    """The check digit of a personnummer's (or an org.nr's) nine digits."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def kr(amount: int) -> str:
    return f"{amount:,}".replace(",", " ")


def low(text: str) -> str:
    return text.replace("İ", "i").lower()


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
    """Every value of HW from one seeded Random; counts the head/tail split, the origins, the forms."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Anna-Lena, Per-Erik
            firsts, seconds = HYPHENED["f" if woman else "m"]
            pair = r.choice(firsts), r.choice(seconds)
            if pair[0] != pair[1]:
                given = [(pair[0], "head"), (pair[1], "head")]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "german": 0.2}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            self.forms["typed plain"] += 1
        if key == "polish" and woman:
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

    def email(self, person: Person) -> str:
        r = self.rng

        def ascii_(word: str) -> str:
            word = plain(word).lower()
            return "".join(c for c in word if c.isascii() and c.isalnum())

        given = ascii_(person.first)
        surname = ascii_(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(60, 99)}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_BOXES)}@{self.rng.choice(FIRM_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, kind: str = "se") -> str:
        """A Swedish number (`se` any, `mob` a mobile, `firm` a firm's), or one from abroad."""
        if kind == "uk":
            return self.phone_uk()
        if kind == "us":
            return self.phone_us()
        if kind == "x":
            return self.phone_x()
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        if kind == "firm":
            shapes = (
                (4, f"010-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
                (3, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0770-{d[:3]} {d[3:6]}"),
                (3, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (2, f"031-{d[:3]} {d[3:5]} {d[5:7]}"),
                (1, f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"010 {d[:3]} {d[3:5]} {d[5:7]}"),
            )  # fmt: skip
        else:
            area2 = r.choice(
                (
                    "31",
                    "40",
                    "18",
                    "13",
                    "19",
                    "21",
                    "16",
                    "35",
                    "36",
                    "54",
                    "60",
                    "90",
                    "63",
                    "26",
                    "46",
                    "11",
                )
            )
            area3 = r.choice(
                (
                    "171",
                    "176",
                    "220",
                    "240",
                    "243",
                    "250",
                    "300",
                    "340",
                    "370",
                    "410",
                    "413",
                    "480",
                    "498",
                    "510",
                    "523",
                    "555",
                    "570",
                    "586",
                    "591",
                    "612",
                    "620",
                    "651",
                    "660",
                    "690",
                    "980",
                    "910",
                    "920",
                    "950",
                )
            )
            shapes = (
                (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
                (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
                (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
                (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"),
                (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:7]}"),
                (1, f"+46 {m[1:]}-{d[:7]}"),
                (5, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
                (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 8 {d[:3]} {d[3:5]} {d[5:7]}"),
                (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
                (1, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"), (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"),
                (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:3]} {d[3:6]}"), (1, f"0{area3}{d[:6]}"),
                (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            )  # fmt: skip
            if kind == "mob":
                shapes = shapes[:14]
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_uk(self) -> str:
        """A UK number as people there write it (Ofcom's ranges kept for drama)."""
        r = self.rng
        d = self.digits(4)
        return r.choice((
            f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}",
            f"0113 496 0{d[:3]}", f"0117 496 0{d[:3]}", f"0161 496 0{d[:3]}", f"020 7946 0{d[:3]}",
            f"0131 496 0{d[:3]}", f"01632 960{d[:3]}", f"+44 20 7946 0{d[:3]}", f"0044 161 496 0{d[:3]}",
            f"(0113) 496 0{d[:3]}", f"029 2018 0{d[:3]}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        """A US number in the 555-01xx range, as Americans write it."""
        r = self.rng
        area = r.choice(
            (
                "503",
                "512",
                "614",
                "608",
                "919",
                "303",
                "612",
                "916",
                "813",
                "518",
                "804",
                "509",
                "734",
                "828",
            )
        )
        d = self.digits(2)
        return r.choice((f"({area}) 555-01{d}", f"{area}-555-01{d}", f"{area}.555.01{d}", f"+1 {area} 555 01{d}", f"+1 ({area}) 555-01{d}", f"1-{area}-555-01{d}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        return r.choice((
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 50 {d[:7]}", f"+49 151 {d[:8]}", f"+49 (0)89 {d[:7]}", f"0049 30 {d[:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+31 6 {d[:8]}", f"+31 (0)6-{d[:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+39 3{d[:2]} {d[2:9]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+370 6{d[:2]} {d[2:7]}", f"+371 2{d[:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+380 {r.choice(('50', '67', '93'))} {d[:3]} {d[3:5]} {d[5:7]}",
            f"+387 6{d[:1]} {d[1:4]} {d[4:7]}", f"+98 912 {d[:3]} {d[3:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+252 61 {d[:7]}", f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
        ))  # fmt: skip

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` is someone past a hundred (`+`)."""
        r = self.rng
        year = r.randrange(1919, 1927) if old else r.randrange(1935, 2007)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.42:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def orgnr(self, brf: bool = False) -> str:
        """An organisation number (a look-alike of a personnummer; no value)."""
        r = self.rng
        head = (
            f"7696{r.randrange(10, 99)}" if brf else f"55{r.randrange(60, 99)}{r.randrange(10, 99)}"
        )
        rest = f"{r.randrange(1000):03d}"
        return f"{head}-{rest}{luhn(head + rest)}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        if rural:
            town, low3 = r.choice(SV_RURAL)
            code = f"{low3}{r.randrange(90, 100)}"
        else:
            town, lo, hi = r.choice(SV_TOWNS)
            code = f"{r.randrange(lo, hi + 1)}{r.randrange(10, 90):02d}"
        roll = r.random()
        if roll < 0.8:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.9:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.06:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.38:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        joint = "\n" if lines else ", "
        return f"{street}{joint}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, lo, hi = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(lo, hi + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 160)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    def invoice(self, kind: str) -> str:
        """An invoice's sums: `rot` (30% of the labour), `rut` (50%), `gbp` or `usd`; no value."""
        r = self.rng
        if kind in ("rot", "rut"):
            labour = r.randrange(8, 900) * 100 if kind == "rot" else r.randrange(6, 60) * 100
            material = r.randrange(0, 400) * 50 if kind == "rot" else 0
            share, cap, name = (30, 50000, "ROT") if kind == "rot" else (50, 75000, "RUT")
            cut = min(labour * share // 100, cap)
            total = labour + material
            if r.random() < 0.5:
                lines = [f"Arbetskostnad {kr(labour)} kr"]
                if material:
                    lines.append(f"Material {kr(material)} kr")
                lines += [
                    f"Summa inkl. moms {kr(total)} kr",
                    f"Prel. {name}-avdrag ({share} % av arbetskostnaden) −{kr(cut)} kr",
                    f"Att betala {kr(total - cut)} kr",
                ]
            else:
                lines = [
                    f"Totalt inkl. moms: {kr(total)} kr (varav arbete {kr(labour)} kr)",
                    f"Avgår skattereduktion {name.lower()}: {kr(cut)} kr",
                    f"ATT BETALA: {kr(total - cut)} kr",
                ]
            return "\n".join(lines)
        labour = r.randrange(150, 6000)
        material = r.randrange(0, 1500)
        if kind == "gbp":
            vat = round((labour + material) * 0.2)
            return f"Labour £{labour:,}.00\nMaterials £{material:,}.00\nVAT @ 20% £{vat:,}.00\nTotal due £{labour + material + vat:,}.00"
        tax = round(material * 0.07)
        return f"Labor ${labour:,}.00\nMaterials ${material:,}.00\nSales tax ${tax:,}.00\nTotal ${labour + material + tax:,}.00"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    SU/GU the surname or given name in capitals (forms with separate fields), I an initial and
    the surname, Gi the given name and the surname's initial, R `Surname, Given`, E an e-mail
    address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form not in PERSON_FORMS)
        else form
    )
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = low(value) if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g", "GU") else 0.85)
        value = short or person.first
        value = low(value) if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words = surname
        value = (
            low(person.last)
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
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "GU", "I", "Gi", "R", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ASU": lambda: (draw.sv_address(rural=False).upper(), "ADDRESS"),
        "a": lambda: (low(draw.sv_street() if r.random() < 0.45 else draw.sv_address()), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (low(draw.uk_address()), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone("mob"), "PHONE"),
        "PHF": lambda: (draw.phone("firm"), "PHONE"),
        "PHUK": lambda: (draw.phone("uk"), "PHONE"),
        "PHUS": lambda: (draw.phone("us"), "PHONE"),
        "PHX": lambda: (draw.phone("x"), "PHONE"),
        "FMAIL": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNROLD": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(6, 19)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(7, 12)}:{r.choice(('00', '30'))}am", f"{r.randrange(1, 5)}pm", f"{r.randrange(8, 17)}:{r.choice(('00', '15', '30', '45'))}")), None),
        "WEEK": lambda: (str(r.randrange(12, 44)), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "SQM": lambda: (str(r.randrange(40, 420)), None),
        "AMT": lambda: (f"{kr(r.randrange(8, 1800) * 50)} kr", None),
        "GBP": lambda: (f"£{r.randrange(12, 4800)}.{r.choice(('00', '50', '00', '99'))}", None),
        "USD": lambda: (f"${r.randrange(90, 18000):,}", None),
        "EUR": lambda: (f"{r.randrange(60, 9000)} €", None),
        "REF": lambda: (r.choice((f"{r.randrange(2027001, 2027999)}", f"{r.choice('OPAT')}-{r.randrange(1000, 9999)}", f"#{r.randrange(10000, 99999)}")), None),
        "ORDER": lambda: (str(r.randrange(10000, 99999)), None),
        "INV": lambda: (str(r.randrange(202700100, 202799999)), None),
        "OCR": lambda: (draw.digits(r.choice((10, 12, 14))), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ORGNR": lambda: (draw.orgnr(), None),
        "BRFORG": lambda: (draw.orgnr(brf=True), None),
        "PROP": lambda: (f"{r.choice(PROPERTIES)} {r.randrange(1, 200)}:{r.randrange(1, 400)}", None),
        "BRF": lambda: (r.choice(BRFS), None),
        "ROT": lambda: (draw.invoice("rot"), None),
        "RUT": lambda: (draw.invoice("rut"), None),
        "VAT": lambda: (draw.invoice("gbp"), None),
        "TAX": lambda: (draw.invoice("usd"), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNUK": lambda: (r.choice(UK_TOWNS)[0], None),
        "TOWNUS": lambda: (", ".join(r.choice(US_TOWNS)[:2]), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "FIRM": lambda: (r.choice(FIRMS_SV), None),
        "FIRMEN": lambda: (r.choice(FIRMS_EN), None),
        "PET": lambda: (r.choice(PETS), None),
        "PLATE": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {r.randrange(10, 99)}{r.choice('0123456789ACDFHJKL')}", None),
        "PORT": lambda: (r.choice((f"{r.randrange(1000, 9999)}", f"{r.randrange(100, 999)}{r.choice('AB')}", f"{r.randrange(1000, 9999)}#")), None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
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
    """HW's rows: every negative once, then positive rows from shuffled decks of each language's
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


PNR = re.compile(r"^(?:(\d{2}))?(\d{6})([-+]?)(\d{4})$")


def pnr_form(value: str) -> str | None:
    """The form of a personnummer (one of FORMS_PNR), or None when its check digit is wrong."""
    match = PNR.match(value)
    if not match:
        return None
    century, date, sep, tail = match.groups()
    if luhn(date + tail[:3]) != int(tail[3]):
        return None
    if sep == "+":
        return "10 digits with +" if century is None else None
    size = "12 digits" if century else "10 digits"
    return f"{size} with hyphen" if sep else size


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of HW is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    pnrs: Counter[str] = Counter()
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
                forms["lower-case one word in chat"] += value.islower() and " " not in value
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address tr"] += bool(re.search(r"\d tr\b", value))
            elif span["kind"] == "NATIONAL_ID":
                pnrs[pnr_form(value) or "invalid"] += 1
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {pnrs[k]}" for k in (*FORMS_PNR, "invalid")))
    print(f"nicknames: {draw.forms['nickname']}, typed plain: {draw.forms['typed plain']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts and kinds of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    keys = ["id", "split", "lang", "text", "spans"]
    rows = spans_seen = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys not as heldout-u's"] += list(row) != keys
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, stop = span["start"], span["end"]
            problems["span unsorted or overlapping"] += start < end
            problems["span empty"] += stop <= start
            problems["span out of bounds"] += not (start >= 0 and stop <= len(text))
            value = text[start:stop]
            problems["whitespace at a span's edge"] += value != value.strip()
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if span["kind"] == "NATIONAL_ID":
                problems["personnummer check digit"] += pnr_form(value) is None
            end = stop
    found = {k: v for k, v in problems.items() if v}
    print(f"{path.name}: {rows} rows, {spans_seen} spans, {len(ids)} ids")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in found.items()) if found else "none"))
    return 1 if found else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.check:
        raise SystemExit(check(args.out))
    if args.seed != SEED and args.out == OUT and not args.stats:
        raise SystemExit("a scratch seed needs --out elsewhere")
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
