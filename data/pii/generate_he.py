# ruff: noqa: E501
"""Generate held-out HE for personal-data detection (issue 15): names as the population has them,
a hundred-and-ninety-second writer.

    python data/pii/generate_he.py           # writes data/pii/generated-heldout-he.jsonl
    python data/pii/generate_he.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_he.py --check   # checks the written file, prints counts only
    python data/pii/generate_he.py --seed 7 --out /tmp/he7.jsonl   # a scratch seed

HE's names are drawn by how often people really carry them: every name word comes from
`names_he.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as the people who write
such texts are. The genre is fishing clubs and fishing licences (`templates_he.py`): permits and
day tickets, catch reports, club membership lists and fees, boat rentals, water bailiffs' notes and
reports, fishing-rights owners' associations, competitions, guides, camps and lodges, in Swedish,
English and mixed Swedish/English, with Swedish, rural, UK, US and European addresses and phone
numbers in every common grouping. Written by a helper who does not tune the detector, who read only
`generate_aw.py` (for the mechanics), two write-ups of earlier sets and the keys of heldout-u; not
the detector's code, lexicons or tests, nor any other set's names, templates or rows, nor any
error listing. HE was never run through the detector by its writer and its names were not checked
against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_he import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_he import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV, WORDS  # noqa: E402

SEED = 20270269
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-he.jsonl"
SPLIT = "heldout-he"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns by lakes and coasts.
SV_STREETS = (
    "Fiskargatan", "Storgatan", "Drottninggatan", "Kungsgatan", "Hamngatan", "Strandgatan",
    "Västra Vallgatan", "Nygatan", "Trädgårdsgatan", "Ågatan", "Bruksgatan", "Åkergatan",
    "Kaptensgatan", "Slussgatan", "Forsgatan", "Linnégatan", "Sankt Eriksgatan", "Engelbrektsgatan",
    "Sjömansgatan", "Norra Esplanaden", "Strandvägen", "Sjöbodsvägen", "Notvägen", "Älvvägen",
    "Bäckvägen", "Forsvägen", "Tjärnvägen", "Mjärdvägen", "Ängsvägen", "Björkvägen", "Tallvägen",
    "Granvägen", "Rönnvägen", "Skolvägen", "Kyrkvägen", "Gamla Riksvägen", "Södra Sjövägen",
    "Östra Strandvägen", "Sågvägen", "Brovägen", "Solrosvägen", "Hamnsvängen", "Videsvängen",
    "Kvarnsvängen", "Ekbacksvängen", "Lindallé", "Parkallén", "Kastanjeallén", "Ekallé",
    "Badhusbacken", "Kvarnbacken", "Tullbacken", "Fiskarbacken", "Ljungbacken", "Sjöbergs backe",
    "Ålstigen", "Vasstigen", "Abborrstigen", "Sjöstigen", "Näckrosstigen", "Roddarstigen",
    "Hamntorget", "Fisktorget", "Stora torget", "Lilla torg", "Bryggplan", "Slussplan",
    "Stationsplan", "Fiskargränd", "Notgränd", "Tunnbindargränd", "Sjömansgränd", "Hamnkajen",
    "Östra kajen", "Södra kajen", "Skeppsbrokajen", "Norra Hamnkajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high); True where rural routes run.
SV_TOWNS = (
    ("Stockholm", 111, 129, False), ("Göteborg", 411, 427, False), ("Malmö", 211, 218, False),
    ("Uppsala", 751, 757, False), ("Linköping", 582, 589, False), ("Örebro", 702, 705, False),
    ("Västerås", 721, 725, False), ("Norrköping", 602, 603, False), ("Jönköping", 553, 556, False),
    ("Umeå", 903, 907, False), ("Gävle", 802, 806, False), ("Karlstad", 652, 656, False),
    ("Växjö", 352, 355, False), ("Sundsvall", 852, 857, False), ("Luleå", 972, 975, False),
    ("Östersund", 831, 832, False), ("Halmstad", 302, 305, False), ("Kalmar", 392, 393, False),
    ("Karlshamn", 374, 374, True), ("Mörrum", 375, 375, True), ("Älvkarleby", 814, 814, True),
    ("Gällivare", 982, 982, True), ("Kiruna", 981, 981, True), ("Jokkmokk", 962, 962, True),
    ("Arjeplog", 938, 938, True), ("Arvidsjaur", 933, 933, True), ("Storuman", 923, 923, True),
    ("Åre", 837, 837, True), ("Sveg", 842, 842, True), ("Malung", 782, 782, True),
    ("Leksand", 793, 793, True), ("Rättvik", 795, 795, True), ("Mora", 792, 792, True),
    ("Orsa", 794, 794, True), ("Älvdalen", 796, 796, True), ("Torsby", 685, 685, True),
    ("Sunne", 686, 686, True), ("Hagfors", 683, 683, True), ("Arvika", 671, 671, True),
    ("Åmål", 662, 662, True), ("Strömstad", 452, 452, True), ("Lysekil", 453, 453, True),
    ("Falkenberg", 311, 311, True), ("Laholm", 312, 312, True), ("Simrishamn", 272, 272, True),
    ("Ronneby", 372, 372, True), ("Emmaboda", 361, 361, True), ("Oskarshamn", 572, 572, True),
    ("Västervik", 593, 593, True), ("Ljungby", 341, 341, True), ("Älmhult", 343, 343, True),
    ("Motala", 591, 591, True), ("Vadstena", 592, 592, True), ("Askersund", 696, 696, True),
    ("Hjo", 544, 544, True), ("Karlsborg", 546, 546, True), ("Nora", 713, 713, True),
    ("Norrtälje", 761, 761, True), ("Östhammar", 742, 742, True), ("Söderhamn", 826, 826, True),
    ("Hudiksvall", 824, 824, True), ("Ljusdal", 827, 827, True), ("Kramfors", 872, 872, True),
    ("Sollefteå", 881, 881, True), ("Strömsund", 833, 833, True), ("Vilhelmina", 912, 912, True),
    ("Lycksele", 921, 921, True), ("Vindeln", 922, 922, True), ("Kalix", 952, 952, True),
    ("Haparanda", 953, 953, True), ("Pajala", 984, 984, True), ("Borgholm", 387, 387, True),
    ("Visby", 621, 621, True), ("Nyköping", 611, 611, True),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Västanå 12`).
VILLAGES = (
    "Västanå", "Nybyn", "Laxforsen", "Sörbyn", "Åkroken", "Tjärnheden", "Bäcksjön", "Storforsen",
    "Lillträsk", "Hällnäs", "Strömsnäs", "Kvarnbyn", "Sjöändan", "Gammelgården", "Fiskebodarna",
    "Österå", "Forsnäs", "Bredsel", "Myrheden", "Björkliden", "Norrbyn", "Ängesbyn", "Lövsele",
    "Mossaberga", "Sjöhagen", "Ekeby", "Stenåsen", "Vassbo", "Kullerstad", "Ålberga",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Riverside", "Fishers Lane",
    "Bridge Street", "Water Lane", "The Green", "Market Place", "Weir Road", "Lock Lane",
    "Victoria Road", "Kingfisher Close", "Meadow Way", "Castle Street", "North Road", "Quay Street",
)  # fmt: skip
# Towns by rivers and lochs: (town, postcode area, district low, district high).
UK_TOWNS = (
    ("Ballater", "AB", 35, 35), ("Aboyne", "AB", 34, 34), ("Grantown-on-Spey", "PH", 26, 26),
    ("Pitlochry", "PH", 16, 16), ("Callander", "FK", 17, 17), ("Kendal", "LA", 8, 9),
    ("Keswick", "CA", 12, 12), ("Hexham", "NE", 46, 47), ("Ludlow", "SY", 8, 8),
    ("Stockbridge", "SO", 20, 20), ("Romsey", "SO", 51, 51), ("Hungerford", "RG", 17, 17),
    ("Ross-on-Wye", "HR", 9, 9), ("Builth Wells", "LD", 2, 2), ("Bala", "LL", 23, 23),
    ("Barnard Castle", "DL", 12, 12), ("Settle", "BD", 24, 24), ("Leek", "ST", 13, 13),
    ("Doncaster", "DN", 1, 12), ("Nottingham", "NG", 1, 16), ("Leeds", "LS", 1, 29),
    ("Sheffield", "S", 1, 36), ("Norwich", "NR", 1, 14), ("Tiverton", "EX", 16, 16),
    ("Launceston", "PL", 15, 15), ("Peterborough", "PE", 1, 7), ("Wigan", "WN", 1, 6),
)  # fmt: skip
UK_HOUSES = ("Kingfisher Cottage", "Weir House", "The Old Mill", "Riverside Cottage", "Heron's Reach", "Mill House", "Keeper's Cottage", "The Boathouse")  # fmt: skip
US_STREETS = ("Lake Street", "Main Street", "River Road", "County Road 21", "Shore Drive", "Pine Avenue", "Harbor Lane", "Trout Run Road", "Bay Street", "Forest Road", "Dock Street", "Ridge Road")  # fmt: skip
US_TOWNS = (
    ("Bemidji", "MN", "566"), ("Brainerd", "MN", "564"), ("Ely", "MN", "55731"), ("Duluth", "MN", "558"),
    ("Traverse City", "MI", "496"), ("Hayward", "WI", "54843"), ("Minocqua", "WI", "54548"),
    ("Bozeman", "MT", "597"), ("Missoula", "MT", "598"), ("Jackson", "WY", "830"), ("Bend", "OR", "977"),
    ("Roscoe", "NY", "12776"), ("Lake Placid", "NY", "12946"), ("Bangor", "ME", "044"),
    ("Erie", "PA", "165"), ("Sandusky", "OH", "448"), ("Soldotna", "AK", "99669"),
    ("Mountain Home", "AR", "72653"), ("Port Aransas", "TX", "78373"), ("Islamorada", "FL", "33036"),
)  # fmt: skip
CANADA = ("{n} Main Street South, Kenora, ON P9N 1{L}{d}", "{n} Lakeshore Drive, Nipigon, ON P0T 2{L}{d}", "{n} Rue Principale, Baie-Comeau, QC G4Z 1{L}{d}")  # fmt: skip
EUROPE = (
    "Storgata {n}, {z4:2406-2418} Elverum", "Fjellveien {n}, {z4:9008-9020} Tromsø",
    "Laksevegen {n}, {z4:4380-4380} Hauge i Dalane", "Koskitie {n}, {z5:96100-96300} Rovaniemi",
    "Rantakatu {n} A {m}, {z5:90100-90120} Oulu", "Åvej {n}, {z4:6900-6900} Skjern",
    "Havnegade {n}, {m}. th., {z4:9990-9990} Skagen", "Fischerstraße {n}, {z5:24937-24944} Flensburg",
    "Seestraße {n}, {z5:82211-82211} Herrsching am Ammersee", "Am Anglerteich {n}, {z5:49808-49811} Lingen",
    "Uferweg {n}, {z5:17192-17192} Waren (Müritz)", "ul. Rybacka {n}, 80-{z3:800-899} Gdańsk",
    "ul. Jeziorna {n}/{m}, 11-{z3:500-520} Giżycko", "Vissersdijk {n}, {z4:3011-3011} {L2} Rotterdam",
    "{n} rue de la Pêche, {z5:74200-74200} Thonon-les-Bains", "Seestrasse {n}, {z4:8802-8802} Kilchberg",
    "Seepromenade {n}, {z4:5340-5340} St. Gilgen", "Calle del Puerto {n}, {m}º B, {z5:15001-15008} A Coruña",
    "Via del Lago {n}, {z5:22100-22100} Como", "Rybářská {n}, {z3:381-381} 01 Český Krumlov",
    "Kalda tn {n}, {z5:10111-13522} Tallinn", "Árbakki {n}, {z3:800-800} Selfoss",
    "{n} Main Street, Oughterard, Co. Galway H91 {E4}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband2.com", "hotmail.co.uk", "yahoo.com", "gmx.de", "web.de")  # fmt: skip
WORK = ("example.se", "fiske.example.se", "kommun.example.se", "example.com", "example.org", "example.co.uk", "example.net")  # fmt: skip
FIRM_LOCAL = ("info", "kansli", "fiskekort", "bokning", "styrelsen", "ordforande", "tillsyn", "kassor", "medlem", "sekreterare", "uthyrning", "kontakt")  # fmt: skip
FIRM_LOCAL_EN = ("info", "secretary", "membership", "bookings", "bailiffs", "enquiries", "tickets", "treasurer", "office", "chair")  # fmt: skip
FIRM_DOMAIN = ("sportfiske.example.se", "fvo.example.se", "fiskeklubben.example.se", "example.se", "example.org")  # fmt: skip
FIRM_DOMAIN_EN = ("anglingclub.example.co.uk", "example.co.uk", "example.org", "flyfishers.example.com", "example.com")  # fmt: skip


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
    """Every value of HE from one seeded Random; counts the head/tail split and the origins."""

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
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "german": 0.2}.get(key, 0.05):
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
            surname[0][0] == surname[1][0] or " " in surname[1][0] or " " in surname[0][0]
        ):
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
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
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def firm_email(self, english: bool) -> str:
        r = self.rng
        if english:
            return f"{r.choice(FIRM_LOCAL_EN)}@{r.choice(FIRM_DOMAIN_EN)}"
        return f"{r.choice(FIRM_LOCAL)}@{r.choice(FIRM_DOMAIN)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        r = self.rng
        d, m = self.digits(7), "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        if r.random() < 0.62:
            return self.mobile()
        d = self.digits(8)
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
                "60",
                "26",
                "36",
                "11",
                "46",
            )
        )
        area3 = r.choice(("250", "280", "247", "258", "563", "560", "570", "590", "620", "645", "650", "651", "652", "660", "680", "687", "920", "921", "922", "926", "928", "940", "960", "971", "980", "454", "470", "477", "491", "499"))  # fmt: skip
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"08{d[:7]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (7, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{area3}{d[:6]}"), (1, f"0{area3}-{d[:6]}"), (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 (0){area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def firm_phone(self) -> str:
        """A switchboard, a club's or a shop's number."""
        r = self.rng
        d = self.digits(7)
        return r.choice((f"0771-{d[:3]} {d[3:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"08-{d[:3]} {d[3:6]} 00",
                         f"0{r.choice(('31', '90', '63', '920', '250', '470'))}-{d[:2]} {d[2:4]} 00", f"010-{d[:3]} {d[3:5]} {d[5:7]}",
                         f"0{r.choice(('770', '771', '774'))}-{d[:2]} {d[2:4]} {d[4:6]}", self.mobile()))  # fmt: skip

    def phone_uk(self) -> str:
        """A British number as people there write it (mobiles in Ofcom's drama range)."""
        r = self.rng
        d = self.digits(6)
        a5 = r.choice(
            (
                "01539",
                "01434",
                "01584",
                "01264",
                "01796",
                "01877",
                "01768",
                "01603",
                "01981",
                "01678",
            )
        )
        a4 = r.choice(("0113", "0114", "0115", "0161", "0191"))
        return r.choice((f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}",
                         f"{a5} {d}", f"({a5}) {d}", f"+44 (0){a5[1:]} {d}", f"0044 {a5[1:]} {d}", f"013397 {d[:5]}",
                         f"{a4} {d[:3]} {self.digits(4)}", f"+44 {a4[1:]} {d[:3]} {self.digits(4)}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(("218", "715", "406", "231", "607", "907", "814", "419", "305", "541"))
        return r.choice((f"({area}) 555-0{d}", f"{area}-555-0{d}", f"{area}.555.0{d}", f"+1 {area} 555 0{d}",
                         f"+1 ({area}) 555-0{d}", f"1-{area}-555-0{d}", f"555-0{d}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)50 {d[:3]} {d[3:7]}",
            f"040 {d[:3]} {d[3:7]}", f"+49 171 {d[:7]}", f"+49 (0)4631 {d[:5]}", f"0049 8152 {d[:6]}", f"0171 {d[:7]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+44 7700 900{d[:3]}", f"+353 87 {d[:3]} {d[3:7]}", f"+353 (0)91 {d[:6]}", f"+1 (218) 555-0{d[:3]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+43 664 {d[:7]}", f"+420 7{d[:2]} {d[2:5]} {d[5:8]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+371 2{d[:3]} {d[3:7]}", f"+370 6{d[:2]} {d[2:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 {r.choice(('50', '67', '97'))} {d[:3]} {d[3:5]} {d[5:7]}", f"+252 61 {d[:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old`: a person past a hundred, with `+`."""
        r = self.rng
        year = r.randrange(1917, 1927) if old else r.randrange(1936, 2013)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
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
        town, low, high, _ = r.choice([t for t in SV_TOWNS if t[3]] if rural else SV_TOWNS)
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
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 160)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.3
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        if r.random() < 0.7:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal(rural=r.random() < 0.4)}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, low, high = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(low, high + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.22:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        if r.random() < 0.12:
            return self.canada_address()
        town, state, prefix = r.choice(US_TOWNS)
        zipcode = (
            prefix
            if len(prefix) == 5
            else f"{prefix}{r.randrange(1, 10 ** (5 - len(prefix))):0{5 - len(prefix)}d}"
        )
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
        elif roll < 0.3:
            street = f"P.O. Box {r.randrange(10, 2000)}"
        return (
            f"{street}\n{town}, {state} {zipcode}"
            if lines
            else f"{street}, {town}, {state} {zipcode}"
        )

    def canada_address(self) -> str:
        r = self.rng
        out = r.choice(CANADA).replace("{n}", str(r.randrange(10, 900)))
        return out.replace("{L}", r.choice("ABCEGHJKLMNPRSTVXY")).replace(
            "{d}", str(r.randrange(10))
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
        out = out.replace("{E4}", "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, Mi with the middle
    name's initial, G/g the given name (sometimes its short form), N/n the short form where the
    name has one, Q the short form and the surname, S/s the surname, SU the surname and GU the given
    name in capitals, I an initial and the surname, Gi the given name and the surname's initial, R
    `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a Swedish
    genitive, a trailing `'` an English one.
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
    elif base == "Mi":
        words = given + middle + surname
        value = " ".join([person.first] + [f"{w[0]}." for w, _ in middle] + [person.last])
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g", "GU") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base == "Q":
        words = given + surname
        value = f"{draw.nickname(person, 0.85) or person.first} {person.last}"
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
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif base == "RU":
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
    "Mi",
    "G",
    "g",
    "N",
    "n",
    "GU",
    "Q",
    "S",
    "s",
    "SU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    hour = r.randrange(5, 22)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "EF": lambda: (draw.firm_email(False), "EMAIL"),
        "EFEN": lambda: (draw.firm_email(True), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "DATEUS": lambda: (r.choice((f"{month}/{day}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}")), None),
        "TIME": lambda: (f"{hour}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45', '10', '50'))}", None),
        "YEAR": lambda: (str(r.randrange(1941, 2019)), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "SMALL": lambda: (str(r.randrange(1, 9)), None),
        "AMT": lambda: (f"{r.choice((50, 75, 100, 120, 150, 200, 250, 300, 350, 400, 450, 500, 600, 750, 900, 1200, 1500, 2400)) + r.choice((0, 0, 0, 50))} kr", None),
        "GBP": lambda: (f"£{r.randrange(5, 400)}{r.choice(('', '.00', '.50'))}", None),
        "USD": lambda: (f"${r.randrange(8, 600)}{r.choice(('', '.00', '.50', '.99'))}", None),
        "EUR": lambda: (f"{r.randrange(15, 900)} €" if r.random() < 0.5 else f"€{r.randrange(15, 900)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", str(r.randrange(100, 99999)), f"{r.randrange(2026, 2028)}/{r.randrange(1, 999):03d}")), None),
        "TEMP": lambda: (str(r.randrange(3, 23)), None),
        "KORT": lambda: (r.choice((f"FK-{r.randrange(2026, 2028)}-{r.randrange(10000, 99999)}", f"{r.randrange(100000, 999999)}", f"iF{r.randrange(1000000, 9999999)}", f"{r.randrange(10, 99)}-{r.randrange(1000, 9999)}")), None),
        "MNR": lambda: (str(r.randrange(12, 1480)), None),
        "ORG": lambda: (f"80{r.randrange(2, 25):02d}{r.randrange(10, 99)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "SWISH": lambda: (r.choice((f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", f"123{r.randrange(1000000, 9999999)}")), None),
        "OCR": lambda: (str(r.randrange(10 ** 9, 10 ** 12)), None),
        "KG": lambda: (f"{r.randrange(0, 16)},{r.randrange(1, 10)}", None),
        "GRAM": lambda: (str(r.randrange(120, 1900, 5)), None),
        "CM": lambda: (str(r.randrange(22, 118)), None),
        "LB": lambda: (f"{r.randrange(1, 38)}lb {r.randrange(0, 16)}oz", None),
        "HP": lambda: (str(r.choice((4, 5, 6, 8, 9.9, 15, 20, 25, 40))).replace(".", ","), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "TOWNUS": lambda: (", ".join(r.choice(US_TOWNS)[:2]), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "PROP": lambda: (f"{r.choice(VILLAGES)} {r.randrange(1, 12)}:{r.randrange(1, 60)}", None),
        "COORD": lambda: (f"N {r.randrange(56, 68)}°{r.randrange(0, 60):02d}.{r.randrange(10)}' E {r.randrange(12, 24)}°{r.randrange(0, 60):02d}.{r.randrange(10)}'", None),
        "MMSI": lambda: (f"265{r.randrange(100000, 999999)}", None),
        "IZAAK": lambda: ("Izaak Walton", "PERSON"),  # a league named after a person: his name is PERSON
        "LIC": lambda: (f"{r.randrange(100, 999)}-{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
    }  # fmt: skip
    if form in values:
        return values[form]()
    return (r.choice(WORDS[form]), None)  # a word of the genre: lakes, rivers, clubs, lures ...


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
    """HE's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of HE is printed."""
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
                forms["after @"] += text[max(0, span["start"] - 1) : span["start"]] == "@"
                forms["in brackets"] += (
                    text[max(0, span["start"] - 1) : span["start"]] in "([" and span["start"] > 0
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += "Box" in value
                forms["address c/o before"] += (
                    text[max(0, span["start"] - 40) : span["start"]].rfind("c/o") >= 0
                )
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with - or +"] += "-" in value or "+" in value
                forms["personnummer with +"] += "+" in value
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
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}, typed plain: {draw.forms['typed plain']}")
    total = sum(draw.split.values()) or 1
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    templates = ", ".join(f"{lang} {len(TEMPLATES[lang])}" for lang in SIZES)
    negatives = Counter(la for la, _ in NEGATIVES)
    print(
        f"templates: {templates}; negatives: {len(NEGATIVES)} ({', '.join(f'{k} {v}' for k, v in sorted(negatives.items()))})"
    )


def check(path: Path) -> int:
    """Checks the written file; prints counts and the number of problems, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_seen = 0
    keys = {"id", "split", "lang", "text", "spans"}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            problems["row keys"] += set(row) != keys
            problems["split"] += row["split"] != SPLIT
            problems["lang"] += row["lang"] not in SIZES
            problems["id twice"] += row["id"] in ids
            ids.add(row["id"])
            text, last = row["text"], 0
            for span in row["spans"]:
                spans_seen += 1
                start, end = span["start"], span["end"]
                problems["span keys"] += set(span) != {"start", "end", "kind"}
                problems["kind"] += span["kind"] not in (
                    "PERSON",
                    "ADDRESS",
                    "PHONE",
                    "EMAIL",
                    "NATIONAL_ID",
                )
                problems["empty or out of bounds"] += not (0 <= start < end <= len(text))
                value = text[start:end]
                problems["whitespace at an edge"] += value != value.strip()
                problems["unsorted or overlapping"] += start < last
                last = end
                if span["kind"] == "NATIONAL_ID":
                    digits = re.sub(r"[-+]", "", value)
                    ok = (
                        digits.isdigit()
                        and len(digits) in (10, 12)
                        and luhn(digits[-10:-1]) == int(digits[-1])
                    )
                    problems["personnummer check digit"] += not ok
    print(f"checked {path.name}: {rows} rows, {spans_seen} spans, {len(ids)} ids")
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return 1 if bad else 0


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
        raise SystemExit(check(args.out))
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
