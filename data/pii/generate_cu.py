# ruff: noqa: E501
"""Generate held-out CU for personal-data detection (issue 15): names as the population has them,
a seventy-eighth writer, in the local newspaper.

    python data/pii/generate_cu.py            # writes data/pii/generated-heldout-cu.jsonl
    python data/pii/generate_cu.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_cu.py --check    # checks the written file, prints counts only

CU's names are drawn by how often people really carry them: every name word comes from
`names_cu.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row. The genre is the local
newspaper (`templates_cu.py`): news items, letters to the editor, obituaries and birthday
notices, sports results and club tables, community notices, classified ads, corrections, readers'
tips to the newsroom and the newsroom's own mail and chat, in Swedish, English and both at once.
Written by a helper who does not tune the detector and read only `generate_aw.py` (for the
mechanics, copied here), two write-ups in docs/privacy.md and the first line of heldout-u; CU was
never run through the detector by its writer, and its names were not checked against rung's
lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_cu import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_cu import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270155
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-cu.jsonl"
SPLIT = "heldout-cu"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form; a few are named after people (the whole is an ADDRESS).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Nygatan", "Västra Långgatan", "Hantverkargatan", "Tullgatan", "Ågatan", "Badhusgatan",
    "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Ängsvägen", "Granvägen", "Ekvägen",
    "Solvägen", "Idrottsvägen", "Kyrkvägen", "Gamla vägen", "Norra Infartsvägen", "Älgvägen",
    "Vallmovägen", "Olof Palmes gata", "Selma Lagerlöfs väg", "Carl Larssons väg",
    "Gustav Adolfs torg", "Lärkstigen", "Vitsippsstigen", "Blåbärsstigen", "Rönnbärsstigen",
    "Hagsvängen", "Smedsvängen", "Björnsvängen", "Lindallén", "Kastanjeallé", "Parkallén",
    "Sjöbacken", "Kvarnbacken", "Skolbacken", "Tornbacken", "Stortorget", "Lilla torget",
    "Fisktorget", "Stationsplan", "Kyrkplan", "Järnvägsplan", "Tullgränd", "Smedjegränd",
    "Klockargränd", "Hamnkajen", "Norra kajen", "Skeppsbrokajen", "Strandvägen", "Sandgatan",
    "Vasagatan", "Bryggargatan", "Mejerigatan", "Sågvägen", "Prästgårdsgränd", "Trädgårdsgatan",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Västerås", 722, 725), ("Örebro", 702, 705), ("Linköping", 582, 587), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Umeå", 903, 907), ("Gävle", 802, 806),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Karlstad", 652, 656), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Sundsvall", 852, 857), ("Luleå", 972, 975), ("Falun", 791, 791),
    ("Mora", 792, 792), ("Orsa", 794, 794), ("Rättvik", 795, 795), ("Leksand", 793, 793),
    ("Borlänge", 781, 784), ("Ludvika", 771, 771), ("Avesta", 774, 774), ("Hudiksvall", 824, 824),
    ("Bollnäs", 821, 821), ("Söderhamn", 826, 826), ("Sandviken", 811, 811), ("Kiruna", 981, 981),
    ("Östersund", 831, 832), ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 891), ("Skövde", 541, 541),
    ("Lidköping", 531, 531), ("Kristianstad", 291, 291), ("Ystad", 271, 271), ("Kalmar", 392, 393),
    ("Visby", 621, 621), ("Nyköping", 611, 611), ("Motala", 591, 591), ("Vimmerby", 598, 598),
    ("Arvika", 671, 671), ("Säffle", 661, 661), ("Ljungby", 341, 341), ("Varberg", 432, 432),
)  # fmt: skip
VILLAGES = (
    "Östbjörka", "Västanå", "Nedre Gärdsjö", "Sollerön", "Vikarbyn", "Noret", "Bonäs", "Utmeland",
    "Färnäs", "Garsås", "Mässbacken", "Hansjö", "Kättbo", "Bengtsarvet", "Skattungbyn", "Åsen",
    "Norrbyn", "Sörbyn", "Kvarnbyn", "Östanvik", "Gällsbyn", "Backbyn",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Victoria Road", "Park Avenue",
    "The Green", "Front Street", "Market Place", "Priestpopple", "Hallgate", "Bridge End",
    "Orchard Close", "Beaumont Street", "Kings Road", "Chapel Row", "Moor Lane", "Eastgate",
)  # fmt: skip
UK_TOWNS = (
    ("Hexham", "NE46"), ("Kendal", "LA9"), ("Ludlow", "SY8"), ("Thirsk", "YO7"), ("Keswick", "CA12"),
    ("Penrith", "CA11"), ("Alnwick", "NE66"), ("Whitby", "YO21"), ("Truro", "TR1"), ("Bakewell", "DE45"),
    ("Leeds", "LS6"), ("York", "YO1"), ("Norwich", "NR2"), ("Cardiff", "CF10"), ("Perth", "PH1"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Vicarage", "Hill Top Farm", "Glebe House", "The Old School House", "Riverside Barn")  # fmt: skip
US_STREETS = ("Main Street", "Elm Street", "Oak Avenue", "Maple Drive", "Lincoln Avenue", "County Road 14", "Lakeview Drive", "Pine Street", "Second Street", "Cedar Lane", "Washington Street", "Ridge Road")  # fmt: skip
US_TOWNS = (("Bemidji", "MN", 566), ("Duluth", "MN", 558), ("Eau Claire", "WI", 547), ("Bozeman", "MT", 597), ("Fargo", "ND", 581), ("Rockford", "IL", 611), ("Burlington", "VT", 54), ("Moline", "IL", 612), ("Jamestown", "NY", 147), ("Lindsborg", "KS", 674))  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:79098-79117} Freiburg", "Lindenallee {n}, {z5:24103-24159} Kiel",
    "{n} rue Victor Hugo, {z5:69002-69009} Lyon", "{n} avenue de la Gare, {z5:74000-74000} Annecy",
    "Mannerheimintie {n} A {m}, 00{z3:100-260} Helsinki", "Kauppakatu {n}, {z5:40100-40700} Jyväskylä",
    "Storgata {n}, {z4:9008-9019} Tromsø", "Kongens gate {n}, {z4:7011-7013} Trondheim",
    "Nørregade {n}, {m}. th., {z4:1165-1172} København K", "Vestergade {n}, {z4:8000-8000} Aarhus C",
    "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk", "ul. Piotrkowska {n}, 90-{z3:100-450} Łódź",
    "Calle Mayor {n}, {m}º, {z5:28013-28013} Madrid", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Via Garibaldi {n}, {z5:10122-10122} Torino", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
    "Rynek {n}, 50-{z3:100-199} Wrocław", "Pärnu mnt {n}, {z5:10141-10148} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "bredband.net", "hotmail.co.uk", "btinternet.com", "yahoo.com")  # fmt: skip
WORK = ("example.se", "kommun.example.se", "skola.example.se", "example.com", "example.org", "example.co.uk", "bygg.example.se")  # fmt: skip
PAPERS = ("Dalabladet", "Bygdeposten", "Norrländska Kuriren", "Siljansposten", "Västbygdens Tidning", "Lokaltidningen")  # fmt: skip
PAPER_DOMAINS = ("dalabladet.example.se", "bygdeposten.example.se", "kuriren.example.se", "lokaltidningen.example.se")  # fmt: skip
PAPER_DOMAINS_EN = ("dalesgazette.example.co.uk", "valleyherald.example.com", "courier.example.co.uk")  # fmt: skip
DESKS = ("tips", "nyheter", "redaktionen", "familj", "sporten", "annons", "insandare", "kundservice")  # fmt: skip
DESKS_EN = ("newsdesk", "letters", "news", "sport", "announcements", "editor")  # fmt: skip
TEAMS = (
    "Mora IK", "Orsa IF", "IFK Mora", "Leksands IF", "Rättviks GoIF", "Falu BS", "Ludvika FK",
    "Bollnäs GIF", "Hudiksvalls FF", "Sandvikens AIK", "Edsbyns IF", "Vänersborgs IF", "OK Tyr",
    "Kalmar SK", "Gefle IF", "IK Sirius", "Brobergs IF", "Sollerö IF", "Vikarbyns IK", "Avesta AIK",
)  # fmt: skip
TEAMS_EN = ("Hexham Town", "Prudhoe FC", "Kendal Rovers", "Alnwick Athletic", "Thirsk Falcons", "Penrith AFC", "Whitby Wanderers", "Corbridge United", "Keswick CC", "Ludlow Town")  # fmt: skip
TEAMS_US = ("Bemidji Lumberjacks", "Central Cardinals", "Northside Eagles", "Lakeview Lakers", "Valley Vikings", "Duluth East Greyhounds")  # fmt: skip
TRAVBANOR = ("Rättviks travbana", "Solvalla", "Bergsåker", "Romme", "Dannero", "Färjestad", "Åby")  # fmt: skip
HORSES = ("Tornado Kronos", "Mellby Glader", "Dalkarlen", "Myrens Blixt", "Speedy Hill", "Stjärnfall", "Orsa Brunte", "Silverpilen", "Kall Tore", "Nordsken", "Lill-Jumbo", "Midnight Rose")  # fmt: skip
PETS = ("Sixten", "Molly", "Bella", "Ludde", "Findus", "Doris", "Rocky", "Charlie", "Måns", "Selma", "Tassen", "Nisse", "Biscuit", "Bonnie")  # fmt: skip


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
    """Every value of CU from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Anna-Karin
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or ("-" in middle[0][0] and r.random() < 0.5):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.02:
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
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        given, surname = ascii_fold(given), ascii_fold(surname)
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(50, 99)}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "54", "90", "63", "23", "26", "11", "15")
        )
        area3 = r.choice(
            (
                "250",
                "248",
                "247",
                "243",
                "240",
                "278",
                "650",
                "651",
                "270",
                "240",
                "258",
                "225",
                "226",
                "290",
                "612",
                "910",
                "980",
                "921",
                "570",
                "498",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"{m}/{d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (3, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"), (1, f"0{area3}/{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 (0){area3}-{d[:3]} {d[3:5]}"),
            (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        shapes = (
            f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}",
            f"01434 {d}", f"(01434) {d}", f"01539 {d[:3]} {d[3:]}", f"01768 {d}", f"0113 496 0{d[:3]}",
            f"0191 498 0{d[:3]}", f"029 2018 0{d[:3]}", f"01665 {d}", f"+44 1947 {d}", f"0044 1584 {d}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(("218", "406", "701", "715", "802", "815", "716", "785"))
        shapes = (f"({area}) 555-0{d}", f"{area}-555-0{d}", f"{area}.555.0{d}", f"+1 {area} 555 0{d}", f"1-{area}-555-0{d}", f"+1 ({area}) 555-0{d}", f"555-0{d}")  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"00358 50 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}", f"+49 171 {d[:7]}", f"+49 (0)761 {d[:6]}",
            f"0049 30 {d[:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+1 (218) 555-0{d[:3]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+252 61 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        r = self.rng
        year = 1927 if old else r.randrange(1932, 2009)  # `+` from the year one turns 100
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.4:
            self.forms["pnr 12 hyphen"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
            self.forms["pnr 10 hyphen"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.forms["pnr 12 plain"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["pnr 10 plain"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 14)) + 1, 180))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[19:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.06:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
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
            street += f", {r.randrange(1, 6)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def street_town(self) -> str:
        """A street or village and its town, no postcode, as birthday columns print them."""
        r = self.rng
        town = r.choice(SV_TOWNS)[0]
        return f"{self.village() if r.random() < 0.3 else self.sv_street()}, {town}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 120)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        return (
            f"{street}\n{town}\n{code}"
            if lines
            else f"{street}, {town} {code}"
            if r.random() < 0.7
            else f"{street}, {town}"
        )

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
        return (
            f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
            if r.random() < 0.7
            else f"{street}, {town}"
        )

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


def ascii_fold(text: str) -> str:
    """An e-mail local part's letters without their marks (`ö` -> `o`, `ê` -> `e`)."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def lower(value: str) -> str:
    """Lower case as typed in a chat (a Turkish dotted `İ` as a plain `i`)."""
    return value.replace("İ", "I").lower()


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, GM the given and
    middle names, G/g the given name (sometimes its short form), N/n the short form where the
    name has one, S/s the surname, I an initial and the surname, Gi the given name and the
    surname's initial, R `Surname, Given`, RU `SURNAME, Given Middle`, E an e-mail address. A
    trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s")) else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = lower(value) if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base == "GM":
        words = given + middle
        value = " ".join([person.first] + [w for w, _ in middle])
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = lower(value) if base in ("g", "n") else value
    elif base in ("S", "s"):
        words, value = surname, lower(person.last) if base == "s" else person.last
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif base == "RU":
        words = surname + given + middle
        value = " ".join([f"{person.last.upper()}, {person.first}"] + [w for w, _ in middle])
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "GM", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "RU", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def care_of() -> list[Segment]:
        """`c/o` outside, the name after it its own PERSON, the address from the street."""
        host = draw.person(None)
        name = person_segments(r.choice(("S", "P", "P")), host, draw)
        lines = r.random() < 0.3
        if draw.lang == "en" or (draw.lang == "mixed" and r.random() < 0.3):
            address = draw.uk_address(lines=lines)
        else:
            address = draw.sv_address(lines=lines, rural=False)
        draw.forms["c/o"] += 1
        return [("c/o ", None), *name, ("\n" if lines else ", ", None), (address, "ADDRESS")]

    def lower_address() -> str:
        roll = r.random()
        if draw.lang == "en" and roll < 0.7:
            return draw.uk_address().lower()
        if roll < 0.45:
            return r.choice((draw.sv_street(), draw.village())).lower()
        return draw.sv_address().lower()

    values: dict[str, Callable[[], list[Segment]]] = {
        "A": lambda: [(draw.sv_address(), "ADDRESS")],
        "AL": lambda: [(draw.sv_address(lines=True), "ADDRESS")],
        "AR": lambda: [(draw.sv_address(rural=True) if r.random() < 0.6 else draw.village(), "ADDRESS")],
        "ST": lambda: [(draw.sv_street() if r.random() < 0.75 else r.choice(SV_STREETS), "ADDRESS")],
        "STL": lambda: [(draw.sv_address(lgh=True, rural=False), "ADDRESS")],
        "AT": lambda: [(draw.street_town(), "ADDRESS")],
        "FARM": lambda: [(draw.village(), "ADDRESS")],
        "POSTAL": lambda: [(draw.sv_postal(), "ADDRESS")],
        "a": lambda: [(lower_address(), "ADDRESS")],
        "au": lambda: [(lower_address(), "ADDRESS")],
        "BOX": lambda: [(draw.box(), "ADDRESS")],
        "CO": care_of,
        "AU": lambda: [(draw.uk_address(), "ADDRESS")],
        "AUL": lambda: [(draw.uk_address(lines=True), "ADDRESS")],
        "AUS": lambda: [(draw.us_address(), "ADDRESS")],
        "UKSTREET": lambda: [(r.choice(UK_STREETS) if r.random() < 0.6 else f"{r.randrange(1, 90)} {r.choice(UK_STREETS)}", "ADDRESS")],
        "USTREET": lambda: [(r.choice(US_STREETS), "ADDRESS")],
        "ADDRX": lambda: [(r.choice((draw.eu_address(), draw.eu_address(lines=True), draw.uk_address(), draw.us_address())), "ADDRESS")],
        "PH": lambda: [(draw.phone(), "PHONE")],
        "PHS": lambda: [(draw.phone(), "PHONE")],
        "PHU": lambda: [(draw.phone_uk(), "PHONE")],
        "PHUS": lambda: [(draw.phone_us(), "PHONE")],
        "PHX": lambda: [(draw.phone_x(), "PHONE")],
        "POLIS": lambda: [("114 14", "PHONE")],
        "PNR": lambda: [(draw.national_id(), "NATIONAL_ID")],
        "PNRO": lambda: [(draw.national_id(old=True), "NATIONAL_ID")],
        "PMAIL": lambda: [(f"{r.choice(DESKS)}@{r.choice(PAPER_DOMAINS)}", "EMAIL")],
        "PMAILEN": lambda: [(f"{r.choice(DESKS_EN)}@{r.choice(PAPER_DOMAINS_EN)}", "EMAIL")],
        "PAPER": lambda: [(r.choice(PAPERS), None)],
        "DATE": lambda: [(r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None)],
        "DATEB": lambda: [(r.choice((f"{day} {MONTHS['sv'][month - 1]} {r.randrange(1929, 1960)}", f"19{r.randrange(29, 60)}-{month:02d}-{day:02d}")), None)],
        "DATEEN": lambda: [(r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None)],
        "DATECENT": lambda: [(f"{day} {MONTHS['sv'][month - 1]} 1927", None)],
        "YEARNOW": lambda: [("2027", None)],
        "TIME": lambda: [(f"{r.randrange(7, 20)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None)],
        "NUM": lambda: [(str(r.randrange(40, 2400)), None)],
        "AGE": lambda: [(str(r.randrange(19, 96)), None)],
        "AMT": lambda: [(f"{r.randrange(300, 48000):,} kr".replace(",", " "), None)],
        "GBP": lambda: [(f"£{r.randrange(80, 1500)}", None)],
        "USD": lambda: [(f"{r.randrange(95, 690)},{r.randrange(1000):03d}", None)],
        "REF": lambda: [(r.choice((f"{r.randrange(5000, 5999)}-K{r.randrange(10000, 99999)}-27", f"{r.randrange(100000, 999999)}", f"#{r.randrange(10000, 99999)}")), None)],
        "TOWN": lambda: [(r.choice(SV_TOWNS)[0], None)],
        "TOWNEN": lambda: [(r.choice(UK_TOWNS)[0] if r.random() < 0.7 else r.choice(US_TOWNS)[0], None)],
        "DAY": lambda: [(r.choice(DAYS["sv"]), None)],
        "DAYEN": lambda: [(r.choice(DAYS["en"]), None)],
        "TEAM": lambda: [(r.choice(TEAMS), None)],
        "TEAMEN": lambda: [(r.choice(TEAMS_EN), None)],
        "TEAMUS": lambda: [(r.choice(TEAMS_US), None)],
        "SCORE": lambda: [(f"{r.randrange(0, 6)}–{r.randrange(0, 5)}", None)],
        "TRAVBANA": lambda: [(r.choice(TRAVBANOR), None)],
        "HORSE": lambda: [(r.choice(HORSES), None)],
        "PET": lambda: [(r.choice(PETS), None)],
        "KMT": lambda: [(f"1.{r.randrange(11, 19)},{r.randrange(10)}{r.choice(('a', 'a', ''))}", None)],
        "OTIME": lambda: [(f"{r.randrange(38, 79)}.{r.randrange(60):02d}", None)],
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
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """CU's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of CU is printed."""
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
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address after c/o"] += (
                    "c/o" in text[max(0, span["start"] - 40) : span["start"]]
                )
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(
        f"spans in all: {sum(kinds[(k, 'all')] for k in ('PERSON', 'ADDRESS', 'PHONE', 'EMAIL', 'NATIONAL_ID'))}"
    )
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("draw forms: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    templates = {lang: len(t) for lang, t in TEMPLATES.items()}
    negs = Counter(lang for lang, _ in NEGATIVES)
    print(f"templates: {templates}, negatives: {dict(negs)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    kinds: Counter[str] = Counter()
    rows = 0
    keys = ["id", "split", "lang", "text", "spans"]
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys"] += list(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            kinds[span["kind"]] += 1
            problems["empty"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            problems["unsorted or overlapping"] += start < end
            end = stop
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                ten = digits[-10:]
                problems["personnummer shape"] += not re.fullmatch(r"\d{10}|\d{12}", digits)
                problems["personnummer check digit"] += luhn(ten[:9]) != int(ten[9])
    sizes = Counter(
        json.loads(line)["lang"] for line in path.read_text(encoding="utf-8").splitlines()
    )
    problems["sizes"] += dict(sizes) != SIZES
    print(
        f"rows {rows}, ids {len(ids)}, spans {sum(kinds.values())}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    )
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return sum(bad.values())


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
