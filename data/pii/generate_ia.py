# ruff: noqa: E501
"""Generate held-out IA for personal-data detection (issue 15): names as the population has them,
a two-hundred-and-fourteenth writer. Every name word comes from `names_ia.py`'s weighted pools
(SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK, the commonest
names of the origins common in Sweden), 80% from a list's head and 20% from its tail, mixed by the
language of the row. The genre (`templates_ia.py`) is the municipal arts school (kulturskolan),
its music teachers and its instrument store: applications and queue places, lesson schedules and
cancellations, concert programmes with pupils, instrument rental agreements and damage, fee
invoices and reductions, teachers' messages to parents, in Swedish, English and mixed text, with
negatives full of the genre's look-alikes. Written by a helper who tunes nothing and who read only
`generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format,
`--stats`), the sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl` (for its keys); not the detector, its lexicons or tests, nor any other
set's names, templates or rows. IA was never run through the detector or a scorer by its writer.
Stdlib only; one seeded Random: same seed, same bytes.

    python data/pii/generate_ia.py          # writes data/pii/generated-heldout-ia.jsonl
    python data/pii/generate_ia.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ia.py --check  # checks the written file, prints counts only
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

from names_ia import (  # noqa: E402
    COMPOUND_F,
    COMPOUND_M,
    HEAD_SHARE,
    MIXES,
    NICKNAMES,
    ORIGINS,
    Pool,
    feminine,
    plain,
)
from templates_ia import (  # noqa: E402
    COURSES,
    DAYS,
    EN,
    INSTRUMENTS,
    MIXED,
    MONTHS,
    NEGATIVES,
    PETS,
    PIECES,
    ROOMS,
    SUBJECTS,
    SV,
    VENUES,
)

SEED = 20270291
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ia.jsonl"
SPLIT = "heldout-ia"
KEYS = ("id", "split", "lang", "text", "spans")
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Trädgårdsgatan", "Nygatan", "Västra Vallgatan", "Östra Förstadsgatan", "Södra Långgatan",
    "Norra Esplanaden", "Hamngatan", "Badhusgatan", "Fabriksgatan", "Klockaregatan", "Orgelgatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Lönnvägen", "Ringvägen", "Skogsvägen", "Ängsvägen",
    "Solvägen", "Parkvägen", "Idrottsvägen", "Körsbärsvägen", "Villavägen", "Backvägen",
    "Musikvägen", "Kantorsvägen", "Lärkvägen", "Hagvägen", "Bäckvägen", "Åkervägen",
    "Smedsvängen", "Lingonsvängen", "Klöversvängen", "Kastanjeallén", "Lasarettsallén",
    "Almallén", "Fridhemsallén", "Västra allén", "Kvarnbacken", "Prästbacken", "Lärkbacken",
    "Solbacken", "Skolbacken", "Klevbacken", "Lyckebacken", "Blåbärsstigen", "Hasselstigen",
    "Ekorrstigen", "Syrénstigen", "Vitsippestigen", "Stortorget", "Lilla torget", "Nytorget",
    "Fisktorget", "Norra torg", "Västra torg", "Brunnsplan", "Stationsplan", "Kyrkplan",
    "Tullplan", "Sjöplan", "Smedjegränd", "Tunnbindaregränd", "Klockgränd", "Bagargränd",
    "Kyrkogränd", "Norra kajen", "Södra kajen", "Hamnkajen", "Skeppsbrokajen", "Kanalkajen",
    "Sandviksvägen", "Strandpromenaden", "Kvarngatan", "Tegelbruksvägen", "Rådhusgatan",
)  # fmt: skip
# Towns with their postcodes' first three digits, low to high.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Västerås", 721, 725), ("Örebro", 702, 705), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291),
    ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Varberg", 432, 432), ("Örnsköldsvik", 891, 891), ("Nyköping", 611, 611), ("Motala", 591, 591),
    ("Landskrona", 261, 261), ("Visby", 621, 621), ("Kiruna", 981, 981), ("Piteå", 941, 941),
    ("Ystad", 271, 271), ("Trelleborg", 231, 231), ("Katrineholm", 641, 641), ("Enköping", 745, 745),
    ("Alingsås", 441, 441), ("Sandviken", 811, 811), ("Hudiksvall", 824, 824), ("Härnösand", 871, 871),
    ("Lidköping", 531, 531), ("Ängelholm", 262, 262), ("Kungälv", 442, 442), ("Nacka", 131, 132),
    ("Solna", 169, 171), ("Sollentuna", 191, 192), ("Huddinge", 141, 141), ("Handen", 136, 137),
    ("Mora", 792, 792), ("Arvika", 671, 671), ("Vetlanda", 574, 574), ("Nässjö", 571, 571),
    ("Ljungby", 341, 341), ("Värnamo", 331, 331), ("Oskarshamn", 572, 572), ("Västervik", 593, 593),
)  # fmt: skip
RURAL_TOWNS = tuple(
    t
    for t in SV_TOWNS[26:]
    if t[0] not in ("Nacka", "Solna", "Sollentuna", "Huddinge", "Handen", "Landskrona")
)
# Villages and farm names as rural addresses have them (`Västanby 14`).
VILLAGES = (
    "Västanby", "Östanå", "Norrby", "Sörby", "Kyrkbyn", "Mellanby", "Lillgården", "Storgården",
    "Bäckebo", "Hultet", "Ekeberga", "Lövåsen", "Tallbacken", "Nybyn", "Övre Bäck", "Nedre Gärdet",
    "Skattungbyn", "Sjöändan", "Björkhyttan", "Hagaberg", "Kvarnudden", "Ängsbo", "Rödje", "Bredsjö",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Road", "Park Road", "Victoria Road", "Green Lane",
    "Manor Road", "Church Street", "Mill Lane", "The Crescent", "Queens Road", "New Road",
    "Grange Road", "Orchard Close", "Meadow View", "Chapel Street", "Hill Rise", "Elm Grove",
    "Beech Avenue", "Westfield Drive", "Albion Street", "Priory Gardens", "Rectory Lane",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS", 1, 29), ("York", "YO", 1, 32), ("Bristol", "BS", 1, 16), ("Manchester", "M", 1, 40),
    ("Oxford", "OX", 1, 4), ("Cambridge", "CB", 1, 5), ("Norwich", "NR", 1, 14), ("Exeter", "EX", 1, 6),
    ("Bath", "BA", 1, 2), ("Sheffield", "S", 1, 20), ("Brighton", "BN", 1, 3), ("Cardiff", "CF", 10, 24),
    ("Edinburgh", "EH", 1, 17), ("Glasgow", "G", 1, 53), ("Belfast", "BT", 1, 17), ("London", "N", 1, 22),
    ("London", "SE", 1, 28), ("Nottingham", "NG", 1, 11), ("Leicester", "LE", 1, 5), ("Durham", "DH", 1, 1),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old School House", "Flat 3, Albion Court", "Willow Barn", "2 Mill Cottages", "The Coach House", "Apartment 12, Wharf Building")  # fmt: skip
US_STREETS = ("Maple Avenue", "Oak Street", "Elm Street", "Main Street", "Lincoln Avenue", "Park Place", "Cedar Lane", "Willow Drive", "Hillcrest Road", "Lakeview Terrace", "Spring Street", "University Avenue")  # fmt: skip
US_TOWNS = (("Madison", "WI", "537"), ("Ann Arbor", "MI", "481"), ("Minneapolis", "MN", "554"), ("Seattle", "WA", "981"), ("Austin", "TX", "787"), ("Denver", "CO", "802"), ("Portland", "OR", "972"), ("Boston", "MA", "021"), ("Chicago", "IL", "606"), ("Burlington", "VT", "054"), ("Asheville", "NC", "288"), ("Rochester", "NY", "146"), ("Bloomington", "IN", "474"), ("Duluth", "MN", "558"))  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10961-10999} Berlin", "Am Markt {n}, {z5:79098-79117} Freiburg im Breisgau",
    "{n} rue de la Paix, {z5:67000-67100} Strasbourg", "{n} avenue des Tilleuls, {z5:69001-69009} Lyon",
    "Hämeenkatu {n} A {m}, {z5:33100-33200} Tampere", "Storgata {n}, {z4:0150-0190} Oslo",
    "Vesterbrogade {n}, {m}. th., {z4:1620-1799} København V", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "Calle Mayor {n}, {m}º B, {z5:28012-28015} Madrid", "Keizersgracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Via del Corso {n}, {z5:00186-00187} Roma", "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien",
    "Bahnhofstrasse {n}, {z4:8001-8004} Zürich", "Rue Haute {n}, {z4:1000-1000} Bruxelles",
    "Rua Augusta {n}, {z4:1100-1100}-0{z2:10-99} Lisboa", "Pikk {n}-{m}, {z5:10123-10133} Tallinn",
    "Nørregade {n}, {z4:8000-8000} Aarhus C", "Torggata {n}, {z4:5014-5017} Bergen",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "bredband.net", "hotmail.se", "protonmail.com")  # fmt: skip
WORK = ("kulturskolan.example.se", "kommun.example.se", "skola.example.se", "example.se", "example.com", "example.org", "music.example.co.uk", "school.example.org")  # fmt: skip
ORG_LOCAL = ("kulturskolan", "info", "avgifter", "instrument", "expedition", "kulturskola", "musikskolan", "konsert", "hyra")  # fmt: skip
ORG_LOCAL_EN = ("musicservice", "info", "admin", "hire", "lessons", "fees", "office", "concerts")


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def slug(text: str) -> str:
    return re.sub(r"[^a-z]", "", plain(text).lower())


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
    """Every value of IA from one seeded Random; counts the head/tail split and the origins."""

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
        if (
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.04
        ):  # Anna-Karin, Lars-Erik
            second = r.choice(COMPOUND_F if woman else COMPOUND_M)
            if second != given[0][0]:
                given.append((second, "head"))
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "nordic": 0.3}.get(key, 0.05):
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
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
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
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def org_email(self) -> str:
        r = self.rng
        if self.lang == "en":
            return f"{r.choice(ORG_LOCAL_EN)}@{r.choice(('music.example.co.uk', 'arts.example.org', 'school.example.com', 'example.org'))}"
        town = slug(r.choice(SV_TOWNS)[0])
        return f"{r.choice(ORG_LOCAL)}@{r.choice((town + '.example.se', 'kulturskolan.' + town + '.example.se', 'example.se'))}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, kind: str = "any") -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "54", "90", "63", "60", "11", "46", "42")
        )
        area3 = r.choice(("470", "480", "455", "500", "511", "520", "122", "141", "150", "171", "220", "240", "250", "271", "280", "290", "370", "380", "390", "410", "430", "470", "491", "510", "550", "570", "650", "660", "920", "910", "980"))  # fmt: skip
        mobile = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (1, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        land = (
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"), (2, f"0{area3}-{d[:2]} {d[2:3]}00"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"+46 (0){area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"(0{area2}) {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        shapes = mobile if kind == "mobile" else land if kind == "land" else mobile + land
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        shapes = (
            f"07700 900{d[:3]}", f"07{r.randrange(400, 999)} {d}", f"+44 7700 900{d[:3]}", f"+44 (0)7{r.randrange(400, 999)} {d}",
            f"020 7946 0{d[:3]}", f"0113 496 0{d[:3]}", f"0161 496 0{d[:3]}", f"0117 496 0{d[:3]}", f"(01632) 960{d[:3]}",
            f"01632 960 {d[:3]}", f"0044 20 7946 0{d[:3]}", f"029 2018 {d[:4]}", f"0131 496 0{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(
            ("608", "734", "612", "206", "512", "303", "503", "617", "312", "802", "828", "585")
        )
        shapes = (f"({area}) 555-0{d}", f"{area}-555-0{d}", f"+1 {area} 555 0{d}", f"+1 ({area}) 555-0{d}", f"{area}.555.0{d}", f"1-{area}-555-0{d}")  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}",
            f"+49 171 {d[:7]}", f"+49 (0)30 {d[:8]}", f"0049 761 {d[:6]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+43 664 {d[:7]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+353 87 {d[:3]} {d[3:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 750 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}", f"+291 7 {d[:6]}", f"+66 81 {d[:3]} {d[3:7]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+86 138 {d[:4]} {d[4:8]}", f"+93 70 {d[:3]} {d[3:7]}",
            f"+44 7700 900{d[:3]}", f"+1 (416) 555-0{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, kind: str = "adult") -> str:
        """A personnummer with a valid check digit: a pupil's, an adult's, or `+` past a hundred."""
        r = self.rng
        years = {"pupil": (2009, 2022), "adult": (1952, 1996), "old": (1919, 1927)}[kind]
        year = r.randrange(*years)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if kind == "old":
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
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
        town, low, high = r.choice(RURAL_TOWNS if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 6)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else ", " if r.random() < 0.9 else " "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        joint = r.choice((", ", ", ", "\n"))
        return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, low, high = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(low, high + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        if r.random() < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
        joint = "\n" if lines else ", "
        return f"{street}{joint}{town}, {state} {prefix}{r.randrange(1, 99):02d}"

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
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, Su
    the surname in capitals, Gu the given name in capitals, I an initial and the surname, Gi the
    given name and the surname's initial, R `Surname, Given`, E an e-mail address. A trailing `s`
    asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form not in PERSON_FORMS and form.endswith("s"))
        else form
    )
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base in ("G", "g", "N", "n", "Gu"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g", "Gu") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "Gu" else value
    elif base in ("S", "s", "Su"):
        words = surname
        value = (
            person.last.lower()
            if base == "s"
            else person.last.upper()
            if base == "Su"
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "Su", "Gu", "I", "Gi", "R", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    year = r.choice((2026, 2027))
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False).upper(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone("mobile"), "PHONE"),
        "PHL": lambda: (draw.phone("land"), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "EO": lambda: (draw.org_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id("pupil"), "NATIONAL_ID"),
        "PNRV": lambda: (draw.national_id("adult"), "NATIONAL_ID"),
        "PNRP": lambda: (draw.national_id("old"), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"{year}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.{year}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/{year}", f"{MONTHS['en'][month - 1]} {day}", f"{day} {MONTHS['en'][month - 1][:3]} {year}")), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "TIME": lambda: (f"{r.randrange(8, 20)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '10', '15', '30', '40', '45', '50'))}", None),
        "NUM": lambda: (str(r.randrange(2, 40)), None),
        "QUEUE": lambda: (str(r.randrange(1, 260)), None),
        "AGE": lambda: (str(r.randrange(6, 19)), None),
        "GRADE": lambda: (str(r.randrange(1, 9)), None),
        "AMT": lambda: (f"{r.randrange(50, 9000):,} kr".replace(",", " "), None),
        "AMTB": lambda: (f"{r.randrange(12, 400) * 1000:,} kr".replace(",", " "), None),
        "TICKET": lambda: (f"{r.randrange(4, 25) * 10} kr", None),
        "FEE": lambda: (r.choice(("450 kr", "600 kr", "750 kr", "800 kr", "900 kr", "950 kr", "1 100 kr", "1 200 kr", "1 350 kr", "300 kr", "250 kr")), None),
        "GBP": lambda: (f"£{r.randrange(8, 900)}.{r.choice(('00', '50', '25', '75', '40'))}", None),
        "USD": lambda: (f"${r.randrange(15, 1500)}.00", None),
        "EUR": lambda: (f"{r.randrange(20, 900)} €", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{'No.' if en else 'nr'} {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}", f"KS-{year}-{r.randrange(100, 9999):04d}")), None),
        "DISC": lambda: (r.choice(("100 kr", "150 kr", "225 kr", "300 kr", "375 kr", "450 kr")), None),
        "TICKETEN": lambda: (f"£{r.randrange(3, 16)}.{r.choice(('00', '50'))}", None),
        "INV": lambda: (f"{r.choice(('', 'F', 'KS'))}{r.randrange(100000, 999999)}", None),
        "OCR": lambda: (draw.digits(r.choice((10, 12, 14, 16))), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "ORG": lambda: (f"212000-{draw.digits(4)}", None),
        "SERIAL": lambda: (r.choice((f"{r.choice(('YTR', 'YFL', 'YCL', 'VN', 'CE', 'KS', 'INV'))}-{r.randrange(1000, 999999)}", f"nr {r.randrange(100, 2999)}", f"S/N {draw.digits(7)}", f"{r.randrange(10, 99)}-{r.randrange(100, 999)}")), None),
        "INSTR": lambda: (r.choice(INSTRUMENTS["sv"]), None),
        "INSTREN": lambda: (r.choice(INSTRUMENTS["en"]), None),
        "SUBJ": lambda: (r.choice(SUBJECTS["sv"]), None),
        "SUBJEN": lambda: (r.choice(SUBJECTS["en"]), None),
        "DOB": lambda: (f"{day:02d}/{month:02d}/{r.randrange(2009, 2021)}", None),
        "COURSE": lambda: (r.choice(COURSES["sv"]), None),
        "COURSEEN": lambda: (r.choice(COURSES["en"]), None),
        "PIECE": lambda: (r.choice(PIECES["sv"]), None),
        "PIECEEN": lambda: (r.choice(PIECES["en"]), None),
        "ROOM": lambda: (r.choice(ROOMS["en" if en else "sv"]), None),
        "VENUE": lambda: (r.choice(VENUES["en" if en else "sv"]), None),
        "PET": lambda: (r.choice(PETS), None),
        "TERM": lambda: (r.choice(("VT", "HT", "vt", "ht")) + r.choice((" 2026", " 2027", "-27", " 27")), None),
        "TERMEN": lambda: (r.choice(("autumn term", "spring term", "summer term", "Term 2", "fall semester")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "WEEK": lambda: (str(r.randrange(2, 51)), None),
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
    """IA's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of IA is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    ids: Counter[str] = Counter()
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
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address capitals"] += value.isupper()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address street alone"] += not re.search(r"\d", value)
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                ids[
                    f"{len(digits)} digits{' with -' if '-' in value else ' with +' if '+' in value else ''}"
                ] += 1
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("personnummer forms: " + ", ".join(f"{k} {v}" for k, v in sorted(ids.items())))
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        if tuple(row) != KEYS:
            problems["keys"] += 1
        if row["id"] in ids:
            problems["duplicate id"] += 1
        ids.add(row["id"])
        if row["split"] != SPLIT or row["lang"] not in SIZES:
            problems["split or lang"] += 1
        text, last_end = row["text"], 0
        for span in row["spans"]:
            spans_total += 1
            start, end, kind = span["start"], span["end"], span["kind"]
            if not 0 <= start < end <= len(text):
                problems["span empty or out of bounds"] += 1
                continue
            value = text[start:end]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < last_end:
                problems["unsorted or overlapping"] += 1
            last_end = end
            if kind not in KINDS:
                problems["kind"] += 1
            if kind == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                if len(digits) not in (10, 12) or luhn(digits[-10:-1]) != int(digits[-1]):
                    problems["personnummer check digit"] += 1
    print(f"checked {rows} rows, {spans_total} spans, {len(ids)} distinct ids")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) or "none"))
    return sum(problems.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=OUT)
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
