# ruff: noqa: E501
"""Generate held-out CV for personal-data detection (issue 15): names as the population has them,
a seventy-ninth writer.

    python data/pii/generate_cv.py          # writes data/pii/generated-heldout-cv.jsonl
    python data/pii/generate_cv.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_cv.py --check  # checks the written file, prints counts only

CV's names are drawn by how often people really carry them: every name word comes from
`names_cv.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, the CSO's for Ireland, and the commonest names of the origins common in
Sweden), 80% from the head of a list and 20% from its tail, mixed by the language of the row
roughly as the people written about are. The genre is regional and local news in Sweden, the UK,
Ireland and the US (`templates_cv.py`): court and police reports, planning and licensing
applications, property sales, council minutes, letters to the editor, family notices (deaths,
births, anniversaries), sports reports and results, community listings and classified ads, with
the newsroom's own mail and chat. Written by a helper who does not tune the detector and who read
only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format and
`--stats`), the sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons or tagger, nor any error listing,
nor any other set's names, templates or rows. CV was never run through the detector by its writer
and its names were not checked against rung's lexicons. Stdlib only; one seeded Random: same seed,
same bytes.
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

from names_cv import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_cv import CLUBS, DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270156
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-cv.jsonl"
SPLIT = "heldout-cv"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what the address register holds).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Stationsgatan", "Nygatan", "Östra Storgatan", "Västra Hamngatan", "Södra Vägen", "Sveavägen",
    "Hantverkargatan", "Tegnérgatan", "Brogatan", "Rådhusgatan", "Fabriksgatan", "Norra Järnvägsgatan",
    "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lindvägen", "Ängsvägen", "Sjövägen",
    "Granvägen", "Ekvägen", "Idrottsvägen", "Villavägen", "Solvägen", "Parkvägen", "Kyrkvägen",
    "Gamla Landsvägen", "Skolvägen", "Hamnvägen", "Lärkvägen", "Violvägen", "Rosenvägen",
    "Blåklintsvägen", "Tornsvängen", "Gökvägen", "Lönnsvängen", "Kvarnsvängen", "Tjädersvängen",
    "Kastanjeallé", "Lindallén", "Björkallén", "Valhallavägen", "Slottsallén", "Klostergatan",
    "Kvarnbacken", "Eriksbergs backe", "Solbacken", "Tunnbindarbacken", "Prästbacken", "Lärkstigen",
    "Blåbärsstigen", "Hallonstigen", "Ekorrstigen", "Mossastigen", "Stortorget", "Lilla torget",
    "Järntorget", "Fisktorget", "Nytorget", "Tulpangränd", "Smedgränd", "Bagargränd", "Kyrkogränd",
    "Stationsplan", "Brunnsplan", "Mästarplan", "Rådhusplan", "Norra Kajen", "Hamnkajen",
    "Skeppsbrokajen", "Strandkajen", "Packhuskajen", "Sandvägen", "Furuvägen", "Rönnvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes: cities, then the country's small towns.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Örebro", 702, 705), ("Västerås", 721, 725), ("Umeå", 903, 907), ("Gävle", 802, 806),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Östersund", 831, 832), ("Falun", 791, 791),
    ("Kalmar", 392, 393), ("Luleå", 972, 975), ("Sundsvall", 852, 857), ("Halmstad", 302, 305),
    ("Jönköping", 553, 556), ("Linköping", 582, 587), ("Norrköping", 602, 603), ("Helsingborg", 252, 256),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Lund", 222, 227), ("Kristianstad", 291, 291),
    ("Visby", 621, 621), ("Skellefteå", 931, 931), ("Varberg", 432, 432), ("Mora", 792, 792),
    ("Ludvika", 771, 771), ("Borlänge", 781, 784), ("Motala", 591, 591), ("Nyköping", 611, 611),
    ("Karlskrona", 371, 371), ("Trelleborg", 231, 231), ("Ystad", 271, 271), ("Lidköping", 531, 531),
    ("Skövde", 541, 541), ("Uddevalla", 451, 451), ("Piteå", 941, 941), ("Kiruna", 981, 981),
    ("Örnsköldsvik", 891, 891), ("Hudiksvall", 824, 824), ("Arvika", 671, 671), ("Söderhamn", 826, 826),
    ("Västervik", 593, 593), ("Oskarshamn", 572, 572), ("Vetlanda", 574, 574), ("Alingsås", 441, 441),
    ("Katrineholm", 641, 641), ("Enköping", 745, 745), ("Sandviken", 811, 811), ("Kungälv", 442, 442),
    ("Ängelholm", 262, 262), ("Landskrona", 261, 261), ("Eslöv", 241, 241), ("Hässleholm", 281, 281),
)  # fmt: skip
VILLAGES = (
    "Västanby", "Östanå", "Norrby", "Sörby", "Lillån", "Storbacken", "Kvarnbyn", "Åkerby",
    "Bäckaskog", "Hagby", "Lövsta", "Tallbo", "Ängsholm", "Ekeby", "Gräsmyr", "Mossby", "Strömsnäs",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Victoria Road", "The Green",
    "Market Place", "Queen Street", "Park Road", "North Street", "Albert Terrace", "Orchard Close",
    "Bridge Street", "Kings Road", "Chapel Street", "New Road", "London Road", "Manor Way",
)  # fmt: skip
UK_TOWNS = (
    ("Hexham", "NE46"), ("Kendal", "LA9"), ("Ludlow", "SY8"), ("Thirsk", "YO7"), ("Truro", "TR1"),
    ("Norwich", "NR2"), ("Leeds", "LS6"), ("Bristol", "BS3"), ("Swansea", "SA1"), ("Perth", "PH1"),
    ("Stockport", "SK4"), ("Bolton", "BL1"), ("Derby", "DE22"), ("Belfast", "BT9"), ("Ipswich", "IP4"),
)  # fmt: skip
IE_STREETS = ("Main Street", "Church Road", "Bridge Street", "Patrick Street", "Castle Street", "Mill Road", "Fair Green", "The Square", "O'Connell Street", "Convent Road")  # fmt: skip
IE_TOWNS = (
    ("Ennis", "Co. Clare", "V95"), ("Tralee", "Co. Kerry", "V92"), ("Mallow", "Co. Cork", "P51"),
    ("Castlebar", "Co. Mayo", "F23"), ("Navan", "Co. Meath", "C15"), ("Carlow", "Co. Carlow", "R93"),
    ("Athlone", "Co. Westmeath", "N37"), ("Letterkenny", "Co. Donegal", "F92"),
    ("Clonmel", "Co. Tipperary", "E91"), ("Galway", "", "H91"), ("Dublin 6", "", "D06"),
)  # fmt: skip
IE_TOWNLANDS = ("Ballinacurra", "Knockbrack", "Rathmore", "Gortnaclohy", "Cloonfad", "Drumkeel", "Lisnagry", "Kilbrittain")  # fmt: skip
US_STREETS = ("Main Street", "Oak Street", "Maple Avenue", "Elm Street", "Washington Avenue", "Lincoln Road", "2nd Street", "Park Avenue", "Lake Drive", "Church Street", "Cedar Lane", "Ridge Road")  # fmt: skip
US_TOWNS = (("Duluth", "MN", 558), ("Eau Claire", "WI", 547), ("Bozeman", "MT", 597), ("Burlington", "VT", 54), ("Fargo", "ND", 581), ("Portland", "ME", 41), ("Boise", "ID", 837), ("Rockford", "IL", 611), ("Ithaca", "NY", 148), ("Lindsborg", "KS", 674), ("Jamestown", "NY", 147), ("Worcester", "MA", 16))  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10961-10999} Berlin", "Hauptstraße {n}, {z5:69117-69126} Heidelberg",
    "{n} rue Victor Hugo, {z5:69002-69009} Lyon", "{n}, avenue de la Gare, {z5:35000-35200} Rennes",
    "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere", "Kirkeveien {n}, {z4:0360-0379} Oslo",
    "Nørregade {n}, {m}. th., {z4:8000-8210} Aarhus", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "ul. Piotrkowska {n}, 90-{z3:100-999} Łódź", "Calle Mayor {n}, {m}º B, {z5:28013-28015} Madrid",
    "Prinsengracht {n}, {z4:1015-1018} {L2} Amsterdam", "Via Garibaldi {n}, {z5:16124-16126} Genova",
    "Rua Augusta {n}, {z4:1100-1199}-{z3:100-999} Lisboa", "Bahnhofstrasse {n}, {z4:8001-8099} Zürich",
    "Tartu mnt {n}-{m}, {z5:10115-10150} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "bredband2.com", "eircom.net", "btinternet.com")  # fmt: skip
WORK = ("example.se", "lokaltidningen.example.se", "kommun.example.se", "example.com", "example.org", "example.co.uk", "example.ie")  # fmt: skip
FIRM_LOCAL = ("tips", "nyheter", "familj", "annons", "sport", "redaktionen", "info", "kansli", "registrator", "kundservice", "newsdesk", "letters", "planning", "licensing", "notices", "sports", "office", "bokning")  # fmt: skip
PROPS = ("Tallen 4", "Eken 12", "Kvarnen 3", "Björken 7", "Lärkan 19", "Hägern 2", "Sörby 3:41", "Norrby 1:108", "Västanby 6:12", "Ekeby 2:7", "Gläntan 11", "Skatan 5", "Mården 8", "Staren 14")  # fmt: skip


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
    """Every value of CV from one seeded Random; counts the head/tail split and the origins."""

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
        ):  # Anna-Karin, Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "irish": 0.25}.get(key, 0.05):
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
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (
            surname[0][0] == surname[1][0] or "-" in surname[0][0] + surname[1][0]
        ):
            surname.pop()
        if (
            key in ("polish", "bcs", "turkish", "latin", "irish") and r.random() < 0.3
        ):  # typed plain
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
        given = plain(person.first).lower().replace("-", "").replace("'", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        return f"{r.choice(FIRM_LOCAL)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
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
                "16",
                "54",
                "90",
                "63",
                "23",
                "26",
                "36",
                "11",
                "35",
                "42",
            )
        )
        area3 = r.choice(
            (
                "240",
                "250",
                "271",
                "380",
                "411",
                "454",
                "470",
                "480",
                "490",
                "500",
                "510",
                "520",
                "560",
                "570",
                "611",
                "620",
                "660",
                "910",
                "920",
                "980",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"), (2, f"0{area2}{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or an office's Swedish number: switchboards, 020 and 0771 numbers."""
        r = self.rng
        d = self.digits(7)
        return r.choice((f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"0{r.choice(('8', '31', '40', '90', '60'))}-{d[:3]} {d[3:5]} {d[5:]}", f"010-{d[:3]} {d[3:5]} {d[5:]}", "114 14", f"0200-{d[:2]} {d[2:4]} {d[4:6]}"))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        return r.choice((f"07700 900{d[:3]}", f"07{r.randrange(400, 999)} {d}", f"+44 7700 900{d[:3]}", f"+44 (0)1434 {d}",
                         f"01539 {d}", f"0113 496 {d[:4]}", f"(0117) 496 {d[:4]}", f"028 9{d[:3]} {d[3:]}{r.randrange(10)}", f"01224 {d}",
                         f"0044 20 7946 {d[:4]}", f"020 7946 {d[:4]}", f"0800 {d[:3]} {d[3:]}", f"+447700900{d[:3]}"))  # fmt: skip

    def phone_ie(self) -> str:
        r = self.rng
        d = self.digits(7)
        return r.choice((f"087 {d[:3]} {d[3:]}", f"086-{d}", f"085 {d[:3]} {d[3:]}", f"+353 87 {d[:3]} {d[3:]}",
                         f"+353 (0)65 {d[:3]} {d[3:]}", f"(065) {d[:3]} {d[3:]}", f"066-{d[:3]} {d[3:]}", f"01 {d[:3]} {d[3:]}",
                         f"00353 91 {d[:3]} {d[3:]}", f"083 {d[:3]} {d[3:]}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(4)
        area = r.choice(
            ("218", "715", "406", "802", "701", "207", "208", "815", "607", "785", "716", "508")
        )
        return r.choice((f"({area}) 555-{d}", f"{area}-555-{d}", f"{area}.555.{d}", f"+1 {area} 555 {d}", f"1-{area}-555-{d}",
                         f"+1 ({area}) 555-{d}", f"555-{d}", f"{area} 555 {d}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"00358 50 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}", f"+353 86 {d[:3]} {d[3:7]}",
            f"+49 171 {d[:7]}", f"+49 (0)30 {d[:7]}", f"0049 89 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+1 (612) 555-0{d[:3]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+252 61 {d[:3]} {d[3:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+98 912 {d[:3]} {d[3:7]}", f"+387 61 {d[:3]} {d[3:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `+` in the ten-digit form past a hundred."""
        r = self.rng
        old = old or r.random() < 0.06
        year = r.randrange(1918, 1927) if old else r.randrange(1935, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old and r.random() < 0.7:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.38:
            self.forms["pnr 12 with hyphen"] += 1
            return f"{year}{date[2:]}-{serial}{check}"
        if roll < 0.76:
            self.forms["pnr 10 with hyphen"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.forms["pnr 12 without"] += 1
            return f"{year}{date[2:]}{serial}{check}"
        self.forms["pnr 10 without"] += 1
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
        town, low, high = r.choice(SV_TOWNS[24:] if rural else SV_TOWNS)
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
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 240)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"

    def uk_postcode(self) -> tuple[str, str]:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return town, f"{area} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, code = self.uk_postcode()
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"{r.choice(('Rose Cottage', 'The Old Bakery', 'Hillside', 'Holly House', 'The Willows'))}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def ie_address(self, lines: bool = False) -> str:
        r = self.rng
        town, county, routing = r.choice(IE_TOWNS)
        letters = "ACDEFHKNPRTVWXY"
        code = r.choice(
            (
                f"{routing} {r.choice(letters)}{r.randrange(100, 999)}",
                f"{routing} {r.choice(letters)}{r.randrange(10)}{r.choice(letters)}{r.randrange(10)}",
                f"{routing} {r.choice(letters)}{r.choice(letters)}{r.randrange(10, 99)}",
            )
        )
        if r.random() < 0.3:
            first = f"{r.choice(IE_TOWNLANDS)}"
        else:
            first = f"{r.randrange(1, 90)} {r.choice(IE_STREETS)}"
        parts = [first, town] + ([county] if county else []) + [code]
        return ("\n" if lines else ", ").join(parts)

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
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
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    I an initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    UR `SURNAME, Given`, UG/US the given name or the surname in capitals (form fields), E an
    e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s") and form != "US") else form
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
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
    elif base == "UG":
        words, value = given, person.first.upper()
    elif base == "US":
        words, value = surname, person.last.upper()
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif base == "UR":
        words, value = given + surname, f"{person.last.upper()}, {person.first}"
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
    "I",
    "Gi",
    "R",
    "UR",
    "UG",
    "US",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "STREET": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STREETL": lambda: (r.choice(SV_STREETS).lower(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AI": lambda: (draw.ie_address(), "ADDRESS"),
        "AIL": lambda: (draw.ie_address(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHIE": lambda: (draw.phone_ie(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "CRIME": lambda: ("0800 555 111", "PHONE"),
        "STUK": lambda: (f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}", "ADDRESS"),
        "STREETUK": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "STUS": lambda: (f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}", "ADDRESS"),
        "TOWNUS": lambda: (r.choice(US_TOWNS)[0], None),
        "TOWNIE": lambda: (r.choice(IE_TOWNS)[0], None),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "BORN": lambda: (f"{day} {MONTHS['sv'][month - 1]} {r.randrange(1926, 1960)}", None),
        "BORNEN": lambda: (f"{day} {MONTHS['en'][month - 1]} {r.randrange(1926, 1960)}", None),
        "TIME": lambda: (f"{r.randrange(7, 21)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AGE": lambda: (str(r.randrange(19, 84)), None),
        "AMT": lambda: (f"{r.randrange(250, 68000):,} kr".replace(",", " "), None),
        "PRICE": lambda: (f"{r.randrange(9, 120) * 50:,} 000 kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 2400)}", None),
        "HOUSE": lambda: (f"£{r.randrange(120, 900)},000", None),
        "USD": lambda: (f"${r.randrange(40, 4000)}", None),
        "EUR": lambda: (f"€{r.randrange(40, 3000)}", None),
        "GRAM": lambda: (f"{r.randrange(2400, 4600)} g", None),
        "SCORE": lambda: (f"{r.randrange(0, 6)}–{r.randrange(0, 5)}", None),
        "MIN": lambda: (str(r.randrange(2, 90)), None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}")), None),
        "DNR": lambda: (f"{r.choice(('KS', 'BN', 'SBN', 'MBN', 'KF'))} 2027/{r.randrange(10, 999)}", None),
        "MAL": lambda: (f"{r.choice('BT')} {r.randrange(100, 9999)}-{r.randrange(24, 28)}", None),
        "PLAN": lambda: (f"{r.randrange(23, 28)}/{r.randrange(10000, 99999):05d}/{r.choice(('FUL', 'HOU', 'LBC', 'OUT', 'ADV'))}", None),
        "PROP": lambda: (r.choice(PROPS), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "CLUB": lambda: (r.choice(CLUBS["en" if en else "sv"]), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
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
    """CV's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of CV is printed."""
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
                forms["lower-case one word"] += value.islower() and " " not in value
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
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"pnr {len(digits)} digits"] += 1
                forms["pnr with - or +"] += "-" in value or "+" in value
                forms["pnr with +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
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
    rows = spans_seen = 0
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
            spans_seen += 1
            start, stop = span["start"], span["end"]
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if not 0 <= start < stop <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                ok = re.fullmatch(r"(?:\d{2})?\d{6}[-+]?\d{4}", value) and luhn(digits[:9]) == int(
                    digits[9]
                )
                problems["personnummer"] += not ok
    sizes = Counter(
        json.loads(line)["lang"] for line in path.read_text(encoding="utf-8").splitlines()
    )
    print(
        f"rows {rows} ({', '.join(f'{k} {v}' for k, v in sorted(sizes.items()))}), spans {spans_seen}, ids {len(ids)}"
    )
    for name, n in sorted(problems.items()):
        print(f"{name}: {n}")
    print(f"problems: {sum(problems.values())}")
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
    draw = Draw(args.seed)
    rows = generate(seed=args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
