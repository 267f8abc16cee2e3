# ruff: noqa: E501
"""Generate held-out GN for personal-data detection (issue 15): names as the population has them,
the hundred-and-seventy-fifth writer. GN's names are drawn by how often people carry them, from
`names_gn.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from a list's
head and 20% from its tail, mixed by the language of the row; its genre is auction houses,
pawnbrokers and estate sales (`templates_gn.py`: bids, lots, valuations, pickup of won items,
pawn tickets and loans, estate-sale ads, estate inventories and clearance). Written by a helper
who does not tune the detector and who read only `generate_aw.py` (for the mechanics), two
write-ups of earlier sets in docs/privacy.md and the first line of `generated-heldout-u.jsonl`
(for its keys): not the detector, its lexicons, tests or any error listing, nor any other set's
names, templates or rows. GN was never run through the detector by its writer and its names were
not checked against anything in the repository. Stdlib only; one seeded Random: same seed, same
bytes.

    python data/pii/generate_gn.py                            # writes generated-heldout-gn.jsonl
    python data/pii/generate_gn.py --stats                    # counts only, writes nothing
    python data/pii/generate_gn.py --check                    # checks the written file, counts only
    python data/pii/generate_gn.py --seed 7 --out /tmp/x.jsonl  # a scratch seed to read rows from
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

from names_gn import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gn import (  # noqa: E402
    DAYS,
    EN,
    FASTIGHETER,
    GOLD_EN,
    GOLD_SV,
    HOUSE,
    HUS,
    ITEMS_EN,
    ITEMS_SV,
    MIXED,
    MONTHS,
    NEGATIVES,
    PETS,
    SV,
)

SEED = 20270252
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gn.jsonl"
SPLIT = "heldout-gn"
KEYS = ["id", "split", "lang", "text", "spans"]
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of the country's streets).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Götgatan", "Hornsgatan", "Birger Jarlsgatan",
    "Odengatan", "Linnégatan", "Köpmangatan", "Prästgatan", "Skolgatan", "Trädgårdsgatan", "Norra Vallgatan",
    "Södra Förstadsgatan", "Östra Hamngatan", "Västra Långgatan", "Fabriksgatan", "Verkstadsgatan",
    "Bangårdsgatan", "Tullgatan", "Nygatan", "Sveavägen", "Björkvägen", "Granvägen", "Tallvägen", "Lönnvägen",
    "Almvägen", "Hasselvägen", "Rönnbärsvägen", "Lingonvägen", "Blåklocksvägen", "Vitsippsvägen", "Kyrkvägen",
    "Skolvägen", "Stationsvägen", "Bruksvägen", "Gruvvägen", "Hyttvägen", "Mossvägen", "Hagvägen",
    "Lärksvängen", "Fasansvängen", "Tranesvängen", "Bofinkssvängen", "Kastanjeallén", "Lindallén",
    "Fridhems allé", "Slottsallén", "Parkallén", "Kvarnbacken", "Smedsbacken", "Kyrkbacken", "Tornbacken",
    "Rådhusbacken", "Ekorrstigen", "Harstigen", "Myrstigen", "Lövstigen", "Skogsstigen", "Stortorget",
    "Fisktorget", "Gustav Adolfs torg", "Järntorget", "Lilla torg", "Bergsplan", "Kyrkplan", "Stationsplan",
    "Rådhusplan", "Mårten Trotzigs gränd", "Kopparslagargränd", "Skomakargränd", "Bagargränd",
    "Tunnbindaregränd", "Hamnkajen", "Norra kajen", "Skeppsbrokajen", "Stadskajen", "Ångbåtskajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (lowest and highest).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Trollhättan", 461, 461), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Nyköping", 611, 611), ("Uddevalla", 451, 451), ("Varberg", 432, 432),
    ("Motala", 591, 591), ("Landskrona", 261, 261), ("Örnsköldsvik", 891, 891), ("Visby", 621, 621),
    ("Lidköping", 531, 531), ("Ystad", 271, 271), ("Piteå", 941, 941), ("Sala", 733, 733),
    ("Enköping", 745, 745), ("Hudiksvall", 824, 824), ("Härnösand", 871, 871), ("Mariestad", 542, 542),
    ("Arvika", 671, 671), ("Köping", 731, 731), ("Katrineholm", 641, 641), ("Kiruna", 981, 981),
    ("Alingsås", 441, 441), ("Ängelholm", 262, 262), ("Strängnäs", 645, 645), ("Vänersborg", 462, 462),
    ("Oskarshamn", 572, 572), ("Leksand", 793, 793), ("Mora", 792, 792), ("Norrtälje", 761, 761),
    ("Söderhamn", 826, 826), ("Boden", 961, 961), ("Skellefteå", 931, 931), ("Kungsbacka", 434, 434),
    ("Falkenberg", 311, 311), ("Värnamo", 331, 331), ("Eksjö", 575, 575), ("Västervik", 593, 593),
    ("Karlshamn", 374, 374), ("Simrishamn", 272, 272), ("Tranås", 573, 573), ("Ludvika", 771, 771),
    ("Nora", 713, 713), ("Hjo", 544, 544), ("Falköping", 521, 521), ("Lysekil", 453, 453),
    ("Åmål", 662, 662), ("Kristinehamn", 681, 681), ("Torsby", 685, 685), ("Sunne", 686, 686),
    ("Ljusdal", 827, 827), ("Sveg", 842, 842), ("Kramfors", 872, 872), ("Lycksele", 921, 921),
    ("Jokkmokk", 962, 962), ("Kalix", 952, 952), ("Pajala", 984, 984), ("Åre", 837, 837),
)  # fmt: skip
RURAL_FROM = 53  # the towns from Leksand on have rural routes in these sets (`793 92 Leksand`)
# Villages and farms as rural addresses have them (`Västanby 24`).
VILLAGES = (
    "Västanby", "Östanbyn", "Norrbyn", "Sörbyn", "Ekeby", "Backa", "Nyby", "Kvarnby", "Hagalund",
    "Björkhult", "Lillkyrka", "Storängen", "Tallbacken", "Granlunda", "Åsen", "Bäckebo", "Lövåsen",
    "Myrbacka", "Sjöviken", "Övergården", "Nedergården", "Gammelgården", "Rösta", "Kråkberg",
)  # fmt: skip
UK_STREETS = (
    "Church Street", "Queen's Road", "Victoria Street", "London Road", "North Street", "Mill Road",
    "The Crescent", "Albert Terrace", "Castle Street", "Westgate", "Fore Street", "Chapel Lane",
    "Priory Close", "Meadow View", "St Mary's Road", "Cathedral Close", "Sheep Street", "Silver Street",
    "Harbour Road", "Abbey Lane", "Market Hill", "Station Approach",
)  # fmt: skip
UK_TOWNS = (
    ("Bath", "BA", 1, 2), ("York", "YO", 1, 32), ("Harrogate", "HG", 1, 3), ("Cheltenham", "GL", 50, 53),
    ("Salisbury", "SP", 1, 2), ("Chester", "CH", 1, 4), ("Edinburgh", "EH", 1, 17), ("Glasgow", "G", 1, 84),
    ("Cardiff", "CF", 10, 24), ("Belfast", "BT", 1, 17), ("Brighton", "BN", 1, 2), ("Oxford", "OX", 1, 4),
    ("Cambridge", "CB", 1, 5), ("Norwich", "NR", 1, 7), ("Exeter", "EX", 1, 4), ("Lewes", "BN", 7, 7),
    ("Tunbridge Wells", "TN", 1, 4), ("Stamford", "PE", 9, 9), ("Ludlow", "SY", 8, 8), ("Penzance", "TR", 18, 18),
    ("Leeds", "LS", 1, 29), ("Manchester", "M", 1, 40), ("London", "SW", 1, 20), ("London", "N", 1, 22),
)  # fmt: skip
UK_HOUSES = ("The Old Vicarage", "Holly Cottage", "Mill House", "The Granary", "Stable Cottage", "Orchard Barn", "Lark Rise", "The Coach House")  # fmt: skip
US_STREETS = (
    "Maple Avenue", "Oak Street", "Elm Street", "Main Street", "Washington Street", "Park Avenue",
    "Cedar Lane", "Hillcrest Drive", "Lakeview Drive", "Willow Court", "Ridge Road", "Pine Street",
    "Chestnut Street", "Spring Street", "Mill Creek Road", "2nd Street", "5th Avenue", "North Broadway",
)  # fmt: skip
US_TOWNS = (
    ("Springfield", "IL", 62701, 62712), ("Columbus", "OH", 43201, 43235), ("Austin", "TX", 78701, 78759),
    ("Portland", "OR", 97201, 97236), ("Asheville", "NC", 28801, 28806), ("Savannah", "GA", 31401, 31419),
    ("Burlington", "VT", 5401, 5408), ("Boston", "MA", 2108, 2137), ("Minneapolis", "MN", 55401, 55419),
    ("Tucson", "AZ", 85701, 85750), ("Madison", "WI", 53703, 53719), ("Richmond", "VA", 23219, 23236),
    ("Lancaster", "PA", 17601, 17603), ("Santa Fe", "NM", 87501, 87508), ("Boise", "ID", 83702, 83716),
    ("Louisville", "KY", 40202, 40299), ("Rochester", "NY", 14604, 14626), ("St. Paul", "MN", 55101, 55119),
)  # fmt: skip
EUROPE = (
    "Bahnhofstraße {n}, {z5:10115-14199} Berlin", "Ahornweg {n}, {z5:80331-81929} München",
    "Marktplatz {n}, {z5:69117-69126} Heidelberg", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n} rue du Château, {z5:35000-35700} Rennes", "Hämeenkatu {n}, {z5:33100-33900} Tampere",
    "Kauppakatu {n} A {m}, {z5:40100-40700} Jyväskylä", "Storgata {n}, {z4:0155-0190} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Nørregade {n}, {m}. th., {z4:1165-1172} København K",
    "Vestergade {n}, {z4:8000-8000} Aarhus C", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "ul. Floriańska {n}, 31-{z3:001-999} Kraków", "Calle Mayor {n}, {m}º, {z5:28001-28013} Madrid",
    "Carrer del Carme {n}, 080{z2:01-42} Barcelona", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Via del Corso {n}, {z5:00186-00187} Roma", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
    "Mariahilfer Straße {n}, {z4:1060-1070} Wien", "Tartu mnt {n}, {z5:10115-10145} Tallinn",
)  # fmt: skip
MAIL_SV = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband.net", "spray.se", "example.se")  # fmt: skip
MAIL_EN = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "btinternet.com", "icloud.com", "aol.com", "example.com", "example.co.uk")  # fmt: skip
FIRM_SV = (("info", "kundtjanst", "utlamning", "vardering", "pant", "auktion", "kassa", "faktura"), ("auktionshuset.example.se", "pantbanken.example.se", "example.se", "auktion.example.se", "example.com"))  # fmt: skip
FIRM_EN = (("enquiries", "collections", "valuations", "accounts", "info", "sales", "pawn"), ("saleroom.example.co.uk", "example.co.uk", "example.com", "estatesales.example.com", "example.org"))  # fmt: skip
# The parts Swedish double given names are commonly made of (`Anna-Karin`, `Lars-Göran`).
FIRSTS_F = ("Ann", "Anna", "Eva", "Maj", "Britt", "Inga", "Marie", "Lise", "Gun", "Ulla")
FIRSTS_M = ("Lars", "Per", "Jan", "Karl", "Carl", "Nils", "Sven", "Bengt", "Hans", "Bo")
SECONDS_F = (
    "Marie",
    "Karin",
    "Lena",
    "Christin",
    "Sofie",
    "Louise",
    "Britt",
    "Lotta",
    "Maria",
    "Stina",
)
SECONDS_M = ("Erik", "Olof", "Göran", "Åke", "Johan", "Gustav", "Anders", "Ove")
AREA2 = ("11", "13", "16", "18", "19", "21", "23", "26", "31", "33", "35", "36", "40", "42", "44", "46", "54", "60", "63", "90")  # fmt: skip
AREA3 = ("120", "171", "176", "220", "240", "247", "250", "271", "280", "300", "303", "320", "346", "380", "410", "411", "431", "454", "470", "480", "490", "498", "500", "520", "531", "570", "611", "640", "660", "680", "910", "920", "950", "980")  # fmt: skip


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
    """Every value of GN from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int = SEED) -> None:
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
        if key == "swedish" and r.random() < 0.03:  # a double given name as they are commonly made
            first = r.choice(FIRSTS_F if woman else FIRSTS_M)
            second = r.choice([w for w in (SECONDS_F if woman else SECONDS_M) if w != first])
            given = [(first, "head"), (second, "head")]
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
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (
            surname[0][0] == surname[1][0] or " " in surname[0][0] + surname[1][0]
        ):
            surname.pop()
        if (
            key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3
        ):  # typed without its letters
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
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower()
        surname = re.sub(r"[^a-z]", "", surname)
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(MAIL_EN if self.lang == 'en' else MAIL_SV)}"

    def firm_email(self) -> str:
        locals_, domains = FIRM_EN if self.lang == "en" else FIRM_SV
        return f"{self.rng.choice(locals_)}@{self.rng.choice(domains)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile in the groupings people write."""
        r = self.rng
        d, m = self.digits(7), "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (2, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        r = self.rng
        d = str(r.randrange(1, 10)) + self.digits(7)  # no subscriber number starts with 0
        a2, a3 = r.choice(AREA2), r.choice(AREA3)
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}{d[:6]}"), (1, f"(0{a3}) {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 (0){a2}-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.55 else self.landline()

    def firm_phone(self) -> str:
        """A firm's or a switchboard's number: 020, 0771, 010, or the city's exchange."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:5]} {d[5:7]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:3]} {d[3:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"0770-{d[:2]} {d[2:4]} {d[4:6]}",
            f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes) if r.random() < 0.7 else self.landline()

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(4)
        return r.choice((
            f"01632 960{d[:3]}", f"020 7946 0{d[:3]}", f"07700 900{d[:3]}", f"+44 7700 900{d[:3]}",
            f"+44 (0)20 7946 0{d[:3]}", f"0113 496 0{d[:3]}", f"0161 496 0{d[:3]}", f"(01632) 960{d[:3]}",
            f"+44 113 496 0{d[:3]}", f"0044 7700 900 {d[:3]}", f"07700900{d[:3]}", f"+44 (0)1632 960 {d[:3]}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(2)
        area = r.choice(("212", "312", "503", "512", "617", "802", "614", "828", "612", "520"))
        return r.choice((
            f"({area}) 555-01{d}", f"{area}-555-01{d}", f"+1 {area} 555 01{d}", f"1-800-555-01{d}",
            f"{area}.555.01{d}", f"+1 ({area}) 555-01{d}", f"+1-{area}-555-01{d}", f"{area} 555 01{d}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        return r.choice((
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"+358 9 {d[:4]} {d[4:8]}", f"00358 50 {d[:3]} {d[3:7]}", f"+49 30 {d[:8]}", f"+49 151 {d[:8]}",
            f"0049 89 {d[:7]}", f"030 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+31 6 {d[:8]}", f"+31 20 {d[:3]} {d[3:7]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"01 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+39 06 {d[:4]} {d[4:8]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+90 53{d[0]} {d[1:4]} {d[4:6]} {d[6:8]}", f"053{d[0]} {d[1:4]} {d[4:6]} {d[6:8]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+387 61 {d[:3]} {d[3:6]}", f"+66 8{d[0]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+380 67 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+252 61 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+43 664 {d[:7]}", f"+353 87 {d[:3]} {d[3:7]}", f"087 {d[:3]} {d[3:7]}", f"+1 (416) 555-01{d[:2]}",
        ))  # fmt: skip

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` for the dead of an estate (`+` past a hundred)."""
        r = self.rng
        year = r.randrange(1915, 1952) if old else r.randrange(1940, 2007)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old and 2027 - year >= 100 and r.random() < 0.7:
            return f"{date}+{serial}{check}"
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
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        code = f"{r.randrange(low, high + 1)}{tail}"
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.86 else f"{code} {town}"
        if r.random() < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out
        elif r.random() < 0.03:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.25
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def office(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.4:
            return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"{self.sv_street()}, port {r.randrange(1, 9)}, {self.sv_postal()}"
        return self.sv_address(rural=False)

    def box(self) -> str:
        r = self.rng
        joint = "\n" if r.random() < 0.3 else ", "
        return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal(rural=r.random() < 0.3)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, low, high = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(low, high + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 20)}, {street}"
        elif roll < 0.38:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_street(self) -> str:
        return f"{self.rng.randrange(10, 9999)} {self.rng.choice(US_STREETS)}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, low, high = r.choice(US_TOWNS)
        street = self.us_street()
        if r.random() < 0.22:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
                "# ", "#"
            )
        city = f"{town}, {state} {r.randrange(low, high + 1):05d}"
        return f"{street}\n{city}" if lines else f"{street}, {city}"

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


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname in capitals, I an initial and the surname, II the initials of every given name and the
    surname, Gi the given name and the surname's initial, R `Surname, Given`, E an e-mail address.
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
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
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
    elif base == "II":
        words = given + middle + surname
        initials = [p[0] + "." for p in person.first.split("-")] + [w[0] + "." for w, _ in middle]
        value = " ".join([*initials, person.last])
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "I", "II", "Gi", "R", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def sek(amount: int) -> str:
    return f"{amount:,}".replace(",", " ")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    hour, minute = r.randrange(8, 20), r.choice(("00", "15", "30", "45"))
    opens = r.randrange(8, 15)
    hours = f"{opens}{'.00' if r.random() < 0.5 else ''}–{opens + r.randrange(2, 7)}{'.00' if r.random() < 0.5 else ''}"
    rounds = (
        300,
        500,
        800,
        1000,
        1200,
        1500,
        2000,
        2500,
        3000,
        4000,
        5000,
        6000,
        8000,
        10000,
        12000,
        15000,
        20000,
        30000,
        40000,
        60000,
    )
    low = r.choice(rounds)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "st": lambda: (draw.sv_street().lower(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "AUP": lambda: (draw.sv_address().upper(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.35 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "OFF": lambda: (draw.office(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: ((draw.uk_address() if r.random() < 0.5 else draw.us_address()).lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "USST": lambda: (draw.us_street(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRD": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/2027")) if en else r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "TIME": lambda: (r.choice((f"{hour}:{minute}", f"{hour % 12 or 12}{'' if minute == '00' else ':' + minute}{'am' if hour < 12 else 'pm'}")) if en else f"{hour}{r.choice(('.', ':'))}{minute}", None),
        "HOURS": lambda: (f"{opens % 12 or 12}am–{(opens + 4) % 12 or 12}pm" if en else hours, None),
        "DAY": lambda: (r.choice(DAYS["en" if en else "sv"]), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "LOT": lambda: (str(r.randrange(1, 1200)), None),
        "LOTS": lambda: (f"{low // 100 + 1}–{low // 100 + r.randrange(2, 30)}", None),
        "AMT": lambda: (f"{sek(r.randrange(150, 90000))}{r.choice((' kr', ' kr', ' SEK', ':-'))}", None),
        "UTROP": lambda: (f"{sek(r.choice(rounds))} kr", None),
        "VAL": lambda: (r.choice((f"{sek(low)} kr", f"{sek(low)}–{sek(low * 2)} kr", f"{sek(low)}–{sek(low * 3 // 2)} kr")), None),
        "GBP": lambda: (f"£{r.randrange(20, 9000):,}", None),
        "USD": lambda: (f"${r.randrange(20, 6000):,}", None),
        "PCT": lambda: (r.choice(("20%", "25%", "22.5%", "15%")) if en else r.choice(("20 %", "25 %", "22,5 %", "15 %", "12 %")), None),
        "PANT": lambda: (r.choice((f"{r.randrange(10000, 99999)}-{r.randrange(1, 99):02d}", f"PK-{r.randrange(100000, 999999)}", f"{r.randrange(100000, 999999)}")), None),
        "KUND": lambda: (str(r.randrange(10000, 9999999)), None),
        "ORGNR": lambda: (f"{r.choice(('556', '559', '969'))}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}")), None),
        "OCR": lambda: (str(r.randrange(10**7, 10**13)), None),
        "KARAT": lambda: (r.choice(("18 K", "14 K", "21 K", "22 K", "18 karat", "585", "750")), None),
        "GRAM": lambda: (f"{r.randrange(1, 60)},{r.randrange(10)} g", None),
        "GOLD": lambda: (r.choice(GOLD_EN if en else GOLD_SV), None),
        "ITEM": lambda: (r.choice(ITEMS_EN if en else ITEMS_SV), None),
        "DIM": lambda: (f"{r.randrange(20, 120)} x {r.randrange(20, 120)} cm", None),
        "BYEAR": lambda: (str(r.randrange(1921, 1961)), None),
        "HUS": lambda: (r.choice(HUS), None),
        "HOUSE": lambda: (r.choice(HOUSE), None),
        "PET": lambda: (r.choice(PETS), None),
        "FAST": lambda: (r.choice(FASTIGHETER), None),
        "TOWN": lambda: (r.choice((r.choice(UK_TOWNS)[0], r.choice(US_TOWNS)[0])) if en else r.choice(SV_TOWNS)[0], None),
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
    """GN's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-gn-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def pnr_valid(value: str) -> bool:
    digits = re.sub(r"[-+]", "", value)
    if not digits.isdigit() or len(digits) not in (10, 12):
        return False
    return luhn(digits[-10:-1]) == int(digits[-1])


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of GN is printed."""
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
                forms["one word lower case"] += value.islower() and " " not in value
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 3]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address capitals"] += value.isupper()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                pnr[f"{len(digits)} digits"] += 1
                pnr["with hyphen"] += "-" in value
                pnr["with +"] += "+" in value
                pnr["without separator"] += value.isdigit()
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(
        f"nicknames: {draw.forms['nickname']}, typed without letters: {draw.forms['typed plain']}"
    )
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for k in ORIGINS if not draw.origins[k]]
    print(f"origins never drawn: {missing or 'none'}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_seen = 0
    pnrs = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys not as heldout-u"] += list(row) != KEYS
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, stop = span["start"], span["end"]
            problems["span keys"] += list(span) != ["start", "end", "kind"]
            problems["kind"] += span["kind"] not in KINDS
            problems["empty span"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            if span["kind"] == "NATIONAL_ID":
                pnrs += 1
                problems["personnummer check digit"] += not pnr_valid(value)
    total = sum(problems.values())
    print(f"checked {rows} rows, {len(ids)} ids, {spans_seen} spans, {pnrs} personnummer")
    print(f"problems: {total}" + "".join(f", {k} {v}" for k, v in problems.items() if v))
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out) else 0)
    draw = Draw(args.seed)
    rows = generate(args.seed, draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
