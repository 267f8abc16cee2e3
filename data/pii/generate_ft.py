# ruff: noqa: E501
"""Generate held-out FT for personal-data detection (issue 15): names as the population has them,
a hundred-and-fifty-fifth writer.

    python data/pii/generate_ft.py          # writes data/pii/generated-heldout-ft.jsonl
    python data/pii/generate_ft.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ft.py --check  # checks the written file, prints counts only
    python data/pii/generate_ft.py --seed 7 --out /tmp/ft-7.jsonl  # a scratch seed

FT's names are drawn by how often people really carry them: every name word comes from
`names_ft.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is pest control companies and chimney sweeps (`templates_ft.py`): inspection and
fire-safety reports, sweeping notices and bookings, callouts for rats, mice, wasps, bedbugs and
martens, invoices and quotes, applications to sweep one's own chimney, housing associations'
notices, technicians' chat and route lists, in Swedish, English and both at once. Written by a
helper who does not tune the detector, who read only `generate_aw.py` (for the mechanics), two
sections of `docs/privacy.md` ("Held-out AW" and "Held-out CL") and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons or tagger (`src/rung/privacy/`),
not any other set's names, templates or rows, not any error listing. FT was never run through the
detector by its writer, and its names were not checked against rung's lexicons. Stdlib only; one
seeded Random: same seed, same bytes.
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

from names_ft import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ft import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270232
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ft.jsonl"
SPLIT = "heldout-ft"
YEAR = 2027  # the year the texts are written in; a personnummer with `+` is of someone past 100

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the address register has them.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Nygatan", "Västra Storgatan", "Östra Hamngatan", "Trädgårdsgatan", "Fabriksgatan",
    "Verkstadsgatan", "Slottsgatan", "Tullgatan", "Norra Långgatan", "Bangårdsgatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Ringvägen", "Skogsvägen", "Lönnvägen", "Almvägen",
    "Hagvägen", "Ängsvägen", "Kyrkvägen", "Gamla Vägen", "Södra Vägen", "Parkvägen", "Sjövägen",
    "Bergsvägen", "Villavägen", "Rosenvägen", "Syrénvägen", "Vallmovägen", "Gärdesvägen",
    "Smedsvängen", "Lärksvängen", "Rävsvängen", "Kvarnsvängen", "Linnés allé", "Slottsallén",
    "Ekallén", "Kastanjeallén", "Per Albins allé", "Kvarnbacken", "Tallbacken", "Hästbacken",
    "Svartbäcksbacke", "Gröna backe", "Vitsippsstigen", "Ekorrstigen", "Trastvägen", "Lingonstigen",
    "Skolstigen", "Stortorget", "Lilla Torget", "Fisktorget", "Västra torg", "Medborgarplatsen",
    "Stationsplan", "Kyrkplan", "Bruksplan", "Mästergränd", "Sotargränd", "Bagargränd",
    "Klockgränd", "Norra Kajen", "Östra Kajen", "Skeppsbrokajen", "Hamnkajen", "Sjötullskajen",
    "Solrosgatan", "Mossvägen", "Doktorsgatan", "Prästgatan", "Lasarettsvägen", "Idrottsvägen",
)  # fmt: skip
# Towns with the range of the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 551, 556), ("Umeå", 901, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Gävle", 802, 806), ("Eskilstuna", 632, 635), ("Södertälje", 151, 153),
    ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Sundsvall", 852, 857), ("Luleå", 972, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Varberg", 432, 432), ("Nyköping", 611, 611), ("Motala", 591, 591), ("Örnsköldsvik", 891, 891),
    ("Trelleborg", 231, 231), ("Ystad", 271, 271), ("Visby", 621, 621), ("Kiruna", 981, 981),
    ("Piteå", 941, 941), ("Härnösand", 871, 871), ("Sandviken", 811, 811), ("Lidköping", 531, 531),
    ("Alingsås", 441, 441), ("Katrineholm", 641, 641), ("Enköping", 745, 745), ("Ängelholm", 262, 262),
    ("Hudiksvall", 824, 824), ("Mora", 792, 792), ("Ludvika", 771, 771), ("Arvika", 671, 671),
    ("Vetlanda", 574, 574), ("Värnamo", 331, 331), ("Oskarshamn", 572, 572), ("Västervik", 593, 593),
    ("Hässleholm", 281, 281), ("Kungsbacka", 434, 434), ("Nacka", 131, 132), ("Huddinge", 141, 141),
    ("Sollentuna", 191, 192), ("Lidingö", 181, 181), ("Solna", 169, 171), ("Järfälla", 175, 177),
)  # fmt: skip
SUBURBS = {"Nacka", "Huddinge", "Sollentuna", "Lidingö", "Solna", "Järfälla"}  # no rural postcodes
# Villages and hamlets as rural addresses name them (`Västanby 24`), and the towns they post from.
VILLAGES = (
    "Västanby", "Östanå", "Norrby", "Sörby", "Bäckebo", "Hultet", "Ekeby", "Kyrkbyn", "Torpa",
    "Backa", "Lyckås", "Sjöända", "Bredsjö", "Rävlanda", "Holmsjö", "Mossebo", "Stensjö",
    "Finnbacka", "Granö", "Lillhärad", "Övre Gärdet", "Nedre Bruket", "Ängebo", "Kvarnbo",
    "Solberga", "Hagby", "Storbyn", "Lillby", "Tjärnheden", "Gammelgården",
)  # fmt: skip
# Given names that often begin a hyphenated Swedish given name (`Eva-Lena`, `Per-Erik`); the
# lists' own hyphenated names (`Ann-Christin`, `Lars-Göran`) come by their ranks.
HYPHEN_FIRST = {"Anna", "Ann", "Eva", "Marie", "Maria", "Lena", "Karin", "Britt", "Maj", "Ulla", "Lise", "Karl", "Carl", "Lars", "Per", "Jan", "Nils", "Bo", "Sven", "Hans", "Stig", "Erik", "Olof", "Mats"}  # fmt: skip
HYPHEN_SECOND = {"Lena", "Karin", "Britt", "Marie", "Maria", "Stina", "Sofie", "Lotta", "Greta", "Erik", "Olof", "Göran", "Johan", "Gunnar", "Anders", "Inge", "Arne", "Olov", "Magnus", "Åke", "Ove", "Gustav", "Axel"}  # fmt: skip
# Property designations (fastighetsbeteckningar): no address.
PROPERTIES = ("Lärkan", "Tallkotten", "Kråkan", "Sotaren", "Hultet", "Ekeby", "Västanby", "Björken", "Mården", "Kvarnen", "Bagaren", "Smeden", "Höken", "Granen", "Rönnen")  # fmt: skip
PETS = ("Sixten", "Molly", "Bamse", "Zorro", "Nala", "Lufsen", "Tessan", "Charlie", "Selma", "Ludde", "Frasse", "Pixie", "Rufus", "Majken")  # fmt: skip
UK_STREETS = (
    "Victoria Street", "Albert Road", "Church Street", "Mill Road", "The Crescent", "Elm Grove",
    "Queens Road", "Ashfield Close", "Meadow View", "Brook Lane", "Chestnut Drive", "Hawthorn Way",
    "Windsor Terrace", "Oakwood Avenue", "The Paddock", "Priory Lane", "Castle Street", "West End",
    "Station Approach", "Chapel Street", "Orchard Way", "Beech Road",
)  # fmt: skip
UK_TOWNS = (
    ("York", "YO"), ("Harrogate", "HG"), ("Sheffield", "S"), ("Leeds", "LS"), ("Bath", "BA"),
    ("Exeter", "EX"), ("Norwich", "NR"), ("Cambridge", "CB"), ("Oxford", "OX"), ("Cardiff", "CF"),
    ("Swansea", "SA"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Aberdeen", "AB"), ("Carlisle", "CA"),
    ("Durham", "DH"), ("Canterbury", "CT"), ("Brighton", "BN"), ("Reading", "RG"), ("Chester", "CH"),
    ("Stockport", "SK"), ("Derby", "DE"), ("Lincoln", "LN"), ("Ipswich", "IP"), ("Belfast", "BT"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Bakery", "Chimney Cottage", "Holly House", "The Barn", "Fern Lodge", "Mill House", "The Coach House")  # fmt: skip
US_STREETS = ("Elm Street", "Maple Avenue", "Oak Lane", "Cedar Court", "N Main St", "W 3rd Street", "Pine Ridge Road", "Sunset Drive", "Willow Creek Dr", "Hillcrest Road", "Lakeview Terrace", "Old Mill Rd")  # fmt: skip
US_TOWNS = (
    ("Springfield", "IL", 627), ("Columbus", "OH", 432), ("Albany", "NY", 122), ("Burlington", "VT", 54),
    ("Asheville", "NC", 288), ("Madison", "WI", 537), ("Boulder", "CO", 803), ("Eugene", "OR", 974),
    ("Savannah", "GA", 314), ("Ann Arbor", "MI", 481), ("Portland", "ME", 41), ("Minneapolis", "MN", 554),
    ("Austin", "TX", 787), ("Spokane", "WA", 992), ("Providence", "RI", 29),
)  # fmt: skip
EUROPE = (
    "Gartenstraße {n}, {z5:70173-70199} Stuttgart", "Schulweg {n}, {z5:20095-20259} Hamburg",
    "Am Markt {n}, {z5:01067-01099} Dresden", "Lindenallee {n}, {z5:50667-50999} Köln",
    "{n} rue de la Gare, {z5:67000-67200} Strasbourg", "{n} chemin des Vignes, {z5:84000-84140} Avignon",
    "Hämeenkatu {n} A {m}, {z5:33100-33200} Tampere", "Rantakatu {n}, {z5:90100-90140} Oulu",
    "Storgata {n}, {z4:0155-0185} Oslo", "Kongens gate {n}, {z4:7011-7013} Trondheim",
    "Vestergade {n}, {m}. th., {z4:8000-8000} Aarhus C", "Søndergade {n}, {z4:5000-5000} Odense C",
    "ul. Długa {n}/{m}, 00-{z3:100-999} Warszawa", "ul. Kwiatowa {n}, 30-{z3:100-999} Kraków",
    "Dorpsstraat {n}, {z4:3500-3599} {L2} Utrecht", "Avenida del Mar {n}, {z5:03001-03016} Alicante",
    "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid", "Via dei Mille {n}, {z5:40121-40141} Bologna",
    "Landstraße {n}, {z4:4020-4040} Linz", "Bahnhofstrasse {n}, {z4:8001-8003} Zürich",
    "{n} Main Street, Kinsale, Co. Cork P17 {E4}", "Pikk {n}, {z5:10123-10133} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "bredband.net", "hotmail.co.uk", "comhem.se")  # fmt: skip
WORK = ("example.se", "sotning.example.se", "skadedjur.example.se", "kommun.example.se", "example.com", "example.co.uk", "example.org")  # fmt: skip
FIRM_LOCAL = ("info", "bokning", "kundservice", "faktura", "sotning", "order", "bookings", "office", "accounts", "jour", "support")  # fmt: skip
FIRM_DOMAIN = ("sotarna.example.se", "skadedjursjouren.example.se", "brandskydd.example.se", "pestfree.example.co.uk", "sweep.example.com", "example.se", "example.com")  # fmt: skip


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

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of FT from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and given[0][0] in HYPHEN_FIRST and r.random() < 0.2:  # Eva-Lena
            for _ in range(8):  # the second part by the list's weights, among the usual ones
                second = self.pick(pool)
                if second[0] in HYPHEN_SECOND and second[0] != given[0][0]:
                    given.append(second)
                    break
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
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
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (
            surname[0][0] == surname[1][0] or " " in surname[0][0] + surname[1][0]
        ):
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
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
        given = re.sub(r"[^a-z]", "", plain(person.first).lower())
        surname = re.sub(r"[^a-z]", "", plain(person.surname[0][0]).lower())
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_LOCAL)}@{self.rng.choice(FIRM_DOMAIN)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool = False) -> str:
        """A Swedish number, mobile or landline, in the groupings people write; `mobile` a mobile."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "19",
                "21",
                "11",
                "16",
                "35",
                "36",
                "42",
                "46",
                "54",
                "60",
                "90",
                "63",
                "23",
                "26",
            )
        )
        area3 = r.choice(
            (
                "150",
                "220",
                "240",
                "250",
                "270",
                "280",
                "300",
                "320",
                "340",
                "370",
                "410",
                "413",
                "454",
                "470",
                "480",
                "491",
                "500",
                "510",
                "520",
                "560",
                "570",
                "582",
                "587",
                "611",
                "620",
                "640",
                "650",
                "660",
                "670",
                "680",
                "690",
                "730",
                "750",
                "910",
                "920",
                "950",
                "970",
                "980",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"0{area2}{d[:7]}"), (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        if mobile:
            shapes = shapes[:15]  # the mobiles come first
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or a switchboard's number: 010, 020, 0771, 075 and the cities' lines."""
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"010-{d[:3]} {d[3:5]} {d[5:]}", f"010-{d[:3]} {d[3:5]} 00", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"075-{d[:3]} {d[3:5]} 00",
            f"08-{d[:3]} {d[3:6]} 00", f"031-{d[:3]} {d[3:5]} 00", f"040-{d[:2]} {d[2:4]} 00",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:]}", f"+46 771 {d[:2]} {d[2:4]} {d[4:6]}", f"0200-{d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(4)
        shapes = (
            f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}",
            f"01632 960{d[:3]}", f"01632 960 {d[:3]}", f"020 7946 0{d[:3]}", f"(020) 7946 0{d[:3]}",
            f"0113 496 0{d[:3]}", f"0161 496 0{d[:3]}", f"+44 113 496 0{d[:3]}", f"0044 20 7946 0{d[:3]}",
            f"0131 496 0{d[:3]}", f"029 2018 0{d[:3]}", f"028 9018 0{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(
            (
                "217",
                "614",
                "518",
                "802",
                "828",
                "608",
                "303",
                "541",
                "912",
                "734",
                "207",
                "612",
                "512",
                "509",
                "401",
            )
        )
        shapes = (
            f"({area}) 555-0{d[:3]}", f"{area}-555-0{d[:3]}", f"{area}.555.0{d[:3]}", f"+1 {area} 555 0{d[:3]}",
            f"+1 ({area}) 555-0{d[:3]}", f"1-{area}-555-0{d[:3]}", f"555-0{d[:3]}", f"1-800-555-0{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"{r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}",
            f"040 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}", f"+49 (0)711 {d[:6]}", f"0049 40 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+353 87 {d[:3]} {d[3:7]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+1 (612) 555-0{d[:3]}", f"+44 7700 900{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `old` is someone past a hundred, whose ten-digit form takes `+`."""
        r = self.rng
        year = r.randrange(1915, YEAR - 100) if old else r.randrange(1932, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            return (
                f"{date}+{serial}{check}"
                if r.random() < 0.75
                else f"{year // 100}{date}-{serial}{check}"
            )
        roll = r.random()
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
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def street_name(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self) -> str:
        return f"{self.street_name()} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(
            [t for t in SV_TOWNS[20:] if t[0] not in SUBURBS] if rural else SV_TOWNS
        )
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.25
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 6)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 14)}, {street}"
        elif roll < 0.42:
            street = f"{r.randrange(1, 60)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        joint = "\n" if lines else ", "
        return f"{street}{joint}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

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
        out = out.replace(
            "{E4}",
            f"{r.choice('ACDEFHKNPRTVWXY')}{r.randrange(10)}{r.choice('ACDEFHKNPRTVWXY')}{r.randrange(10)}",
        )
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname and GU the given name in capitals, I an initial and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing
    `s` asks for a Swedish genitive, a trailing `'` an English one.
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
        short = draw.nickname(person, 0.85 if base in ("N", "n") else 0.0 if base == "GU" else 0.07)
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
        words = given + surname
        value = f"{person.last.upper() if base == 'RU' else person.last}, {person.first}"
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


def window(r: Random, en: bool) -> str:
    """A time window, the earlier hour first: `mellan 8.00 och 10.00`, `between 8:00 and 10:00`."""
    start = r.randrange(7, 15)
    end = start + r.choice((1, 2, 2, 3, 4))
    if en:
        return r.choice(
            (
                f"between {start}:00 and {end}:00",
                f"{start}am–{end - 12}pm" if end > 12 else f"{start}:00–{end}:00",
            )
        )
    return r.choice(
        (
            f"mellan {start}.00 och {end}.00",
            f"kl {start}–{end}",
            f"mellan kl {start:02d}:00 och {end:02d}:00",
        )
    )


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False).upper(), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "SN": lambda: (draw.street_name(), "ADDRESS"),
        "sn": lambda: (draw.street_name().lower(), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "aus": lambda: (draw.us_address().lower(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"{YEAR}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/{YEAR}", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 18)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "TW": lambda: (window(r, en), None),
        "YEAR": lambda: (str(r.randrange(2015, YEAR)), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(190, 9800):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(45, 900)}.{r.choice(('00', '50', '00', '95'))}", None),
        "USD": lambda: (f"${r.randrange(89, 3400):,}", None),
        "EUR": lambda: (f"{r.randrange(60, 1500)} €", None),
        "REF": lambda: (r.choice((f"{r.randrange(10000, 99999)}", f"{YEAR}-{r.randrange(100, 9999):04d}", f"SO-{r.randrange(1000, 99999)}", f"#{r.randrange(1000, 99999)}")), None),
        "ORG": lambda: (f"55{r.randrange(6, 10)}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (draw.digits(r.randrange(8, 15)), None),
        "FAST": lambda: (f"{r.choice(PROPERTIES)} {r.randrange(1, 30)}:{r.randrange(1, 250)}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "PET": lambda: (r.choice(PETS), None),
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
    """FT's rows: every negative once, then positive rows from shuffled decks of each language's
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


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of FT is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
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
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] == "("
                    and text[span["end"] : span["end"] + 1] == ")"
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["street alone"] += not re.search(r"\d", value)
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with - or +"] += "-" in value or "+" in value
                forms["personnummer with +"] += "+" in value
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts of what it found, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    keys = ["id", "split", "lang", "text", "spans"]
    rows = spans_total = ids_checked = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys not as heldout-u's"] += list(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_total += 1
            start, stop = span["start"], span["end"]
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            problems["empty"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            if span["kind"] == "NATIONAL_ID":
                ids_checked += 1
                digits = re.sub(r"\D", "", value)
                ok = (
                    len(digits) in (10, 12)
                    and re.fullmatch(r"\d{6,8}[-+]?\d{4}", value) is not None
                )
                problems["personnummer check digit"] += not ok or luhn(digits[-10:-1]) != int(
                    digits[-1]
                )
    found = sum(problems.values())
    print(f"{rows} rows, {spans_total} spans, {ids_checked} personnummer checked, {len(ids)} ids")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    return 1 if found else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, print counts")
    args = parser.parse_args()
    if args.check:
        raise SystemExit(check(args.out))
    draw = Draw(args.seed)
    rows = generate(args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    if args.seed != SEED and args.out == OUT:
        raise SystemExit("a scratch seed needs --out: the set's own file is written with SEED only")
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
