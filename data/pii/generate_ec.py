# ruff: noqa: E501
"""Generate held-out EC for personal-data detection (issue 15): names as the population has them,
a hundred-and-twelfth writer.

    python data/pii/generate_ec.py            # writes data/pii/generated-heldout-ec.jsonl
    python data/pii/generate_ec.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ec.py --check    # checks the written file, prints counts only
    python data/pii/generate_ec.py --seed 7 --out /tmp/ec.jsonl   # a scratch seed to read rows

EC's names are drawn by how often people really carry them: every name word comes from
`names_ec.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden and among the guests
of its campsites), 80% from the head of a list and 20% from its tail, mixed by the language of the
row. The genre is camping, cabins, holiday rentals and hostels (`templates_ec.py`): bookings and
booking e-mails, guest registers and check-in cards, key handovers and key-box logs, cleaning
lists and changeover rotas, reviews and hosts' replies, damage reports and deposit deductions,
owners' payouts and rental agreements, seasonal pitches and their queues, staff chats, in Swedish,
English and the mixed Swedish/English of a Swedish campsite's staff. Written by a helper who does
not tune the detector, who read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the
slot filler, the row format and `--stats`), the sections "Held-out AW" and "Held-out CL" of
docs/privacy.md and the first line of `generated-heldout-u.jsonl`, and neither the detector's
rules, lexicons and tagger (`src/`, `lexicons/`), its tests, nor any error listing nor any other
set's names, templates or jsonl; EC was never run through the detector by its writer, and its names
were not checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_ec import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ec import CAMPS, DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270189
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ec.jsonl"
SPLIT = "heldout-ec"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, town and country (the writer's own knowledge).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Parkgatan", "Kyrkogatan",
    "Skolgatan", "Nygatan", "Strandgatan", "Hamngatan", "Badhusgatan", "Fiskaregatan",
    "Västra Hamngatan", "Götgatan", "Hornsgatan", "Odengatan", "Linnégatan", "Övre Husargatan",
    "Bergsgatan", "Södra Förstadsgatan", "Folkungagatan", "Sveavägen", "Ringvägen", "Södra Vägen",
    "Campingvägen", "Stugbyvägen", "Badplatsvägen", "Sjövägen", "Strandvägen", "Fjällvägen",
    "Skidbacksvägen", "Liftvägen", "Tallvägen", "Björkvägen", "Granvägen", "Enebacksvägen",
    "Lingonvägen", "Hjortronvägen", "Näckrosvägen", "Bryggvägen", "Fyrvägen", "Klippvägen",
    "Havsvägen", "Solvägen", "Backsvängen", "Strandsvängen", "Granitsvängen", "Tallsvängen",
    "Slottsallé", "Kastanjeallén", "Lindallén", "Parkallén", "Prästbacken", "Kvarnbacken",
    "Tallbacken", "Ekbacken", "Kyrkbacke", "Lärkstigen", "Mosstigen", "Lingonstigen",
    "Blåbärsstigen", "Skogsstigen", "Ekorrstigen", "Stortorget", "Fisktorget", "Gamla torget",
    "Järntorget", "Kyrkplan", "Hamnplan", "Stationsplan", "Smedgränd", "Klockargränd",
    "Fiskargränd", "Tullgränd", "Repslagargränd", "Hamnkajen", "Norra kajen", "Skeppsbrokajen",
    "Södra kajen", "Värmlandsgatan", "Vallgatan", "Malmvägen", "Timmervägen", "Semestervägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes: cities first, then the country's camping
# and cabin towns (rural postcodes end in 9x there).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Gävle", 802, 806), ("Sundsvall", 852, 857), ("Karlstad", 652, 656),
    ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Östersund", 831, 832),
    ("Kalmar", 392, 393), ("Falun", 791, 791), ("Visby", 621, 621), ("Kristianstad", 291, 291),
    ("Trollhättan", 461, 461), ("Uddevalla", 451, 451), ("Karlskrona", 371, 371), ("Nyköping", 611, 611),
    ("Mora", 792, 792), ("Rättvik", 795, 795), ("Leksand", 793, 793), ("Orsa", 794, 794),
    ("Idre", 790, 790), ("Sälen", 780, 780), ("Strömstad", 452, 452), ("Grebbestad", 457, 457),
    ("Fjällbacka", 457, 457), ("Lysekil", 453, 453), ("Båstad", 269, 269), ("Borgholm", 387, 387),
    ("Färjestaden", 386, 386), ("Vimmerby", 598, 598), ("Ystad", 271, 271), ("Simrishamn", 272, 272),
    ("Åre", 837, 837), ("Vemdalen", 846, 846), ("Funäsdalen", 840, 840), ("Storuman", 923, 923),
    ("Kiruna", 981, 981), ("Jokkmokk", 962, 962), ("Hudiksvall", 824, 824), ("Örnsköldsvik", 891, 891),
    ("Härnösand", 871, 871), ("Torsby", 685, 685), ("Sunne", 686, 686), ("Arvika", 671, 671),
    ("Mellerud", 464, 464), ("Hjo", 544, 544), ("Vadstena", 592, 592), ("Gränna", 563, 563),
    ("Västervik", 593, 593), ("Norrtälje", 761, 761), ("Öregrund", 742, 742), ("Trosa", 619, 619),
    ("Sölvesborg", 294, 294), ("Ljungby", 341, 341), ("Varberg", 432, 432), ("Falkenberg", 311, 311),
)  # fmt: skip
# Villages and hamlets as rural addresses have them (`Norrby 214`).
VILLAGES = (
    "Bäckebo", "Norrby", "Sörby", "Österby", "Västanå", "Sandvik", "Ekudden", "Tallåsen",
    "Lillskogen", "Björkudden", "Gammelgården", "Fäboden", "Oxhagen", "Råbäcken", "Myrbacken",
    "Stensjö", "Bredsand", "Lövsta", "Hagaby", "Nybyn", "Gärdsjö", "Åsen", "Rönnäs", "Sjöänden",
    "Kvarnåsen", "Hälleberga", "Tjärnheden", "Ängebo",
)  # fmt: skip
PARISHES = ("Sälen", "Transtrand", "Tanum", "Böda", "Idre", "Orsa", "Undersåker", "Vemdalen", "Ljusnedal", "Torekov", "Mörbylånga", "Leksand")  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Park Road", "Victoria Road",
    "Queen Street", "King Street", "The Crescent", "Lake Road", "Harbour Street", "Fore Street",
    "Marine Parade", "Beach Road", "Quarry Lane", "Coronation Avenue", "Windsor Road",
    "Meadow Close", "Oak Tree Close", "Chestnut Grove", "Beechwood Drive", "Castle Street",
    "Bridge Street", "North Road", "Westgate", "Brook Lane", "Ferry Road",
)  # fmt: skip
UK_TOWNS = (
    ("Keswick", "CA", 12, 12), ("Penrith", "CA", 10, 11), ("Windermere", "LA", 23, 23),
    ("Ambleside", "LA", 22, 22), ("Kendal", "LA", 8, 9), ("Whitby", "YO", 21, 22),
    ("Scarborough", "YO", 11, 13), ("York", "YO", 1, 32), ("Newquay", "TR", 7, 8),
    ("St Ives", "TR", 26, 26), ("Penzance", "TR", 18, 20), ("Bude", "EX", 23, 23),
    ("Exeter", "EX", 1, 6), ("Tenby", "SA", 70, 70), ("Aberystwyth", "SY", 23, 23),
    ("Fort William", "PH", 33, 33), ("Aviemore", "PH", 22, 22), ("Oban", "PA", 34, 34),
    ("Edinburgh", "EH", 1, 17), ("Glasgow", "G", 1, 78), ("Brighton", "BN", 1, 3),
    ("Bath", "BA", 1, 2), ("Cambridge", "CB", 1, 5), ("Oxford", "OX", 1, 4), ("Leeds", "LS", 1, 28),
    ("Manchester", "M", 1, 40), ("Bristol", "BS", 1, 16), ("Cardiff", "CF", 10, 24),
    ("Norwich", "NR", 1, 14), ("London", "SE", 1, 28), ("London", "N", 1, 22), ("Sheffield", "S", 1, 20),
    ("Belfast", "BT", 1, 17), ("Inverness", "IV", 1, 3),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "Lakeview", "Fell View", "The Old Barn", "Honeysuckle Cottage", "Sea View", "The Old Vicarage", "Primrose Cottage", "Keepers Cottage")  # fmt: skip
US_STREETS = ("Main Street", "Elm Street", "Oak Avenue", "Maple Drive", "Lakeview Road", "Pine Ridge Road", "Cedar Lane", "Washington Avenue", "2nd Street", "5th Avenue", "Highland Avenue", "Spruce Street", "River Road", "Park Place", "Hillcrest Drive", "Birch Court", "N Broadway", "W Lake St")  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Duluth", "MN", 558), ("Seattle", "WA", 981), ("Portland", "OR", 972),
    ("Bend", "OR", 977), ("Denver", "CO", 802), ("Boulder", "CO", 803), ("Madison", "WI", 537),
    ("Chicago", "IL", 606), ("Austin", "TX", 787), ("Burlington", "VT", 54), ("Asheville", "NC", 288),
    ("Flagstaff", "AZ", 860), ("Moab", "UT", 845), ("Missoula", "MT", 598), ("Boston", "MA", 21),
    ("Brooklyn", "NY", 112), ("Ann Arbor", "MI", 481), ("Rockford", "IL", 611), ("Lindsborg", "KS", 674),
    ("Jamestown", "NY", 147),
)  # fmt: skip
ABROAD = (
    "Hauptstraße {n}, {z5:24937-24944} Flensburg", "Bahnhofstraße {n}, {z5:20095-22769} Hamburg",
    "Lindenallee {n}, {z5:30159-30669} Hannover", "Am Waldrand {n}, {z5:18055-18147} Rostock",
    "Gartenweg {n}a, {z5:50667-51149} Köln", "Schulstraße {n}, {z5:80331-81929} München",
    "Dorfstr. {n}, {z5:17489-17493} Greifswald", "Dorpsstraat {n}, {z4:3811-3829} {L2} Amersfoort",
    "Kerkweg {n}, {z4:9711-9747} {L2} Groningen", "Stationsweg {n}, {z4:2312-2334} {L2} Leiden",
    "Vestergade {n}, {m}. th., 8000 Aarhus C", "Nørregade {n}, 5000 Odense C", "Skovvej {n}, {z4:9200-9220} Aalborg SV",
    "Storgata {n}, {z4:0155-0185} Oslo", "Kongens gate {n}, {z4:7011-7013} Trondheim", "Sjøveien {n}, {z4:5003-5009} Bergen",
    "Mannerheimintie {n} A {m}, {z5:00100-00290} Helsinki", "Hämeenkatu {n}, {z5:33100-33200} Tampere",
    "ul. Długa {n}/{m}, 80-{z3:800-838} Gdańsk", "ul. Słoneczna {n}, 70-{z3:100-999} Szczecin",
    "Bahnhofstrasse {n}, {z4:8001-8099} Zürich", "Seestrasse {n}, {z4:6000-6006} Luzern",
    "Hauptplatz {n}, {z4:4020-4040} Linz", "{n} rue de la République, {z5:67000-67200} Strasbourg",
    "Kerkstraat {n}, {z4:9000-9052} Gent", "Nádražní {n}, 602 00 Brno", "Via del Lago {n}, 38066 Riva del Garda",
    "Calle Mayor {n}, {m}º, 28013 Madrid", "{n} Queen St W, Toronto, ON M5H 2N{m}",
    "{n} Beach Road, Byron Bay NSW 2481", "Rantakatu {n}, {z5:90100-90140} Oulu",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "hotmail.se", "bredband.net")  # fmt: skip
MAIL_BY_ORIGIN = {"german": ("gmx.de", "web.de", "t-online.de"), "dutch": ("ziggo.nl", "kpnmail.nl"), "danish": ("mail.dk", "outlook.dk"), "norwegian": ("online.no",), "uk": ("btinternet.com", "sky.com", "yahoo.co.uk"), "finnish": ("gmail.com",)}  # fmt: skip
WORK = ("example.se", "example.com", "example.org", "example.co.uk", "stugby.example.se", "camping.example.se", "hostel.example.com")  # fmt: skip
FIRM_LOCAL = ("bokning", "info", "reception", "kontakt", "hej", "ekonomi", "stugor", "booking", "bookings", "hello", "frontdesk", "owners", "agare", "stad", "skador", "utbetalning")  # fmt: skip


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
    """Every value of EC from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.abroad: list[str] = []

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def hyphenated(self, pool: Pool) -> Word:
        """One of the pool's hyphenated given names, by weight (tops up their share to about 1 in 20)."""
        at = [i for i, name in enumerate(pool.names) if "-" in name]
        i = self.rng.choices(at, weights=[pool.weights[i] for i in at])[0]
        return pool.names[i], "head" if i < pool.head else "tail"

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
            given = [self.hyphenated(pool)]
        middle: list[Word] = []
        if r.random() < {
            "swedish": 0.45,
            "us": 0.35,
            "uk": 0.3,
            "german": 0.15,
            "danish": 0.2,
            "norwegian": 0.2,
        }.get(key, 0.05):
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
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us", "danish", "german") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
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

        def clean(word: str) -> str:
            return re.sub(r"[^a-z]", "", plain(word).lower())

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(60, 99)}", f"{given[0]}.{surname}"))  # fmt: skip
        if r.random() < 0.3:
            domain = r.choice(WORK)
        elif person.origin in MAIL_BY_ORIGIN and r.random() < 0.6:
            domain = r.choice(MAIL_BY_ORIGIN[person.origin])
        else:
            domain = r.choice(MAIL)
        return f"{local}@{domain}"

    def firm_email(self) -> str:
        r = self.rng
        slug = re.sub(r"[^a-z]", "", plain(r.choice(CAMPS).split()[0]).lower())
        return (
            f"{r.choice(FIRM_LOCAL)}@{slug}.{r.choice(('example.se', 'example.com', 'example.se'))}"
        )

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool = False) -> str:
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
                "11",
                "16",
                "54",
                "90",
                "63",
                "23",
                "26",
                "35",
                "36",
                "42",
                "60",
            )
        )
        a3 = r.choice(
            (
                "250",
                "248",
                "247",
                "280",
                "281",
                "380",
                "470",
                "480",
                "485",
                "498",
                "522",
                "523",
                "525",
                "526",
                "560",
                "563",
                "570",
                "647",
                "660",
                "680",
                "684",
                "687",
                "920",
                "980",
                "971",
                "240",
                "243",
                "643",
                "684",
            )
        )
        shapes = [
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
        ]  # fmt: skip
        if not mobile:
            shapes += [
                (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
                (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
                (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:]}"),
                (7, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"),
                (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}{d[:6]}"), (1, f"0{a3}/{d[:2]} {d[2:4]} {d[4:6]}"),
                (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:]}"),
                (1, f"+46 (0){a2}-{d[:2]} {d[2:4]} {d[4:6]}"),
            ]  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or a switchboard's number: 020, 0771, 010, a town's landline."""
        r = self.rng
        d = self.digits(7)
        roll = r.random()
        if roll < 0.15:
            return f"020-{d[:2]} {d[2:4]} {d[4:6]}"
        if roll < 0.3:
            return f"0771-{d[:3]} {d[3:6]}"
        if roll < 0.45:
            return f"010-{d[:3]} {d[3:5]} {d[5:7]}"
        return self.phone()

    def phone_x(self, region: str | None = None) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home; `region` uk or us keeps to one."""
        r = self.rng
        d = self.digits(10)
        uk = (
            f"+44 7700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 (0)17687 {d[:5]}", f"01539 {d[:6]}", f"020 7946 0{d[:3]}",
            f"07{r.choice('4589')}{d[:2]} {d[2:8]}", f"+44 7{r.choice('4589')}{d[:2]} {d[2:5]} {d[5:8]}", f"0113 {d[:3]} {d[3:7]}",
            f"01872 {d[:3]} {d[3:6]}", f"0044 1865 {d[:6]}", f"(01225) {d[:6]}",
        )  # fmt: skip
        us = (
            f"+1 (612) 555-01{d[:2]}", f"(503) 555-01{d[:2]}", f"+1 303 555 01{d[:2]}", f"612-555-01{d[:2]}",
            f"({r.choice(('206', '312', '415', '512', '608', '720', '802'))}) {r.randrange(200, 999)}-{d[:4]}",
            f"{r.choice(('406', '435', '541', '828', '928'))}.{r.randrange(200, 999)}.{d[:4]}", f"+1-{r.choice(('651', '971', '303'))}-{r.randrange(200, 999)}-{d[:4]}",
        )  # fmt: skip
        if region == "uk":
            return r.choice(uk)
        if region == "us":
            return r.choice(us)
        other = (
            f"+49 151 {d[:8]}", f"+49 (0)171 {d[:7]}", f"0049 40 {d[:8]}", f"0172 {d[:7]}", f"+49 4631 {d[:5]}",
            f"+31 6 {d[:8]}", f"+31 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06-{d[:8]}", f"0031 50 {d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
            f"+47 {r.choice('49')}{d[:7]}", f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"+358 (0)50 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+420 7{d[:2]} {d[2:5]} {d[5:8]}",
            f"+380 67 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+66 81 {d[:3]} {d[3:7]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+86 139 {d[:4]} {d[4:8]}", f"+964 750 {d[:3]} {d[3:7]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}",
        )  # fmt: skip
        return r.choice([*other, *uk[:3], *us[:3]])

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `old` draws someone past a hundred, whose 10 digits take a `+`."""
        r = self.rng
        year = r.randrange(1918, 1927) if old else r.randrange(1936, 2010)
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
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 15)) + 1, 190))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[28:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        if r.random() < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, flat: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.3
        street = self.village() if rural else self.sv_street()
        if not rural and (flat or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

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
        town, area, low, high = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(low, high + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 14)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def abroad_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.abroad:  # a shuffled deck: every format before any comes again
            self.abroad = list(ABROAD)
            r.shuffle(self.abroad)
        out = self.abroad.pop().replace("{n}", str(r.randrange(1, 160)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, english: bool, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname and GU the given name in capitals, I an initial and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address.
    """
    given, surname, middle = person.given, person.surname, person.middle
    if form == "E":
        return [(draw.email(person), "EMAIL")]
    if form in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if form == "p" else value.upper() if form == "U" else value
    elif form == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif form in ("G", "g", "N", "n", "GU"):
        words = given
        short = draw.nickname(person, 0.07 if form in ("G", "g", "GU") else 0.85)
        value = short or person.first
        value = value.lower() if form in ("g", "n") else value.upper() if form == "GU" else value
    elif form in ("S", "s", "SU"):
        words = surname
        value = (
            person.last.lower()
            if form == "s"
            else person.last.upper()
            if form == "SU"
            else person.last
        )
    elif form == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif form == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif form in ("R", "RU"):
        words = given + surname
        value = f"{person.last.upper() if form == 'RU' else person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    return [(value, "PERSON")]


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
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def parse_form(form: str) -> tuple[str, str | None]:
    """A slot's form and its genitive: `G'` English, `Gs` Swedish, `s` the lower-case surname."""
    if form.endswith("'"):
        return form[:-1], "en"
    if form in PERSON_FORMS or form not in {f + "s" for f in PERSON_FORMS}:
        return form, None
    return form[:-1], "sv"


def plate(r: Random, lang: str) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUWXYZ"
    roll = r.random()
    if lang == "en" and roll < 0.7:
        return f"{r.choice(letters)}{r.choice(letters)}{r.randrange(10, 75)} {''.join(r.choice(letters) for _ in range(3))}"
    if roll < 0.15:
        return f"{r.choice(('HH', 'KI', 'FL', 'HL', 'B'))}-{r.choice(letters)}{r.choice(letters)} {r.randrange(10, 9999)}"
    tail = (
        f"{r.randrange(10, 99)}{r.choice(letters)}"
        if r.random() < 0.3
        else f"{r.randrange(100, 999)}"
    )
    return f"{''.join(r.choice(letters) for _ in range(3))} {tail}"


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(flat=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.abroad_address(), "ADDRESS"),
        "AXL": lambda: (draw.abroad_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_x("uk"), "PHONE"),
        "PHUS": lambda: (draw.phone_x("us"), "PHONE"),
        "FE": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "MONTH": lambda: (MONTHS["en" if en else "sv"][r.randrange(4, 9)], None),
        "TIME": lambda: (f"{r.randrange(6, 24)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 9)), None),
        "NIGHTS": lambda: (str(r.randrange(2, 15)), None),
        "AMT": lambda: (r.choice((f"{r.randrange(250, 38000):,} kr", f"{r.randrange(250, 38000):,}:-", f"SEK {r.randrange(250, 38000):,}")).replace(",", " "), None),
        "AMTS": lambda: (r.choice((f"{r.randrange(40, 1500)} kr", f"{r.randrange(40, 1500)}:-", f"SEK {r.randrange(40, 1500)}")), None),
        "GBP": lambda: (f"£{r.randrange(20, 2400)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(40, 3600)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(15, 900)}", None),
        "REF": lambda: (r.choice((f"BK-{r.randrange(10000, 99999)}", f"#{r.randrange(100000, 999999)}", f"{r.randrange(1000, 9999)}-{r.randrange(100, 999)}", f"{r.randrange(1000, 9999)}.{r.randrange(100, 999)}.{r.randrange(100, 999)}", f"HM{''.join(r.choice('ABCDEFHJKMNPQRSTWXYZ') for _ in range(8))}")), None),
        "CODE": lambda: (r.choice((f"{r.randrange(1000, 9999)}", f"{r.randrange(1000, 9999)}#", f"*{r.randrange(100, 999)}*")), None),
        "PITCH": lambda: (r.choice((str(r.randrange(1, 240)), f"{r.choice('ABCDEF')}{r.randrange(1, 40)}")), None),
        "CABIN": lambda: (str(r.randrange(1, 30)), None),
        "ORG": lambda: (f"55{r.randrange(6000, 9999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**12)), None),
        "ACC": lambda: (r.choice((f"{r.randrange(3000, 9999)}-{r.randrange(10**6, 10**9)}", f"clearing {r.randrange(3000, 9999)}, konto {r.randrange(10**7, 10**10)}", f"SE{r.randrange(10, 99)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)}")), None),
        "PLATE": lambda: (plate(r, draw.lang), None),
        "KWH": lambda: (str(r.randrange(12, 2400)), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "CAMP": lambda: (r.choice(CAMPS), None),
        "FAST": lambda: (f"{r.choice(PARISHES)} {r.randrange(1, 40)}:{r.randrange(1, 400)}", None),
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
        raw, ref, gender = match.group(1), match.group(2), match.group(3)
        form, gen = parse_form(raw)
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, gen == "en", person, draw)
            if gen:
                segments.append((genitive(segments[0][0], gen == "en"), None))
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """EC's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of EC is printed."""
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
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address after c/o"] += (
                    "c/o" in text[max(0, span["start"] - 60) : span["start"]]
                )
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[
                    f"personnummer {len(digits)} digits {'with' if re.search(r'[-+]', value) else 'without'} separator"
                ] += 1
                forms["personnummer with +"] += "+" in value
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}; PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


PNR = re.compile(r"^(?:\d{2})?(\d{6})([-+]?)(\d{4})$")


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_total = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            if set(row) != {"id", "split", "lang", "text", "spans"}:
                problems["row keys"] += 1
            if row["id"] in ids:
                problems["id repeated"] += 1
            ids.add(row["id"])
            problems["split"] += row["split"] != SPLIT
            problems["lang"] += row["lang"] not in SIZES
            text, end = row["text"], 0
            for span in row["spans"]:
                spans_total += 1
                start, stop = span["start"], span["end"]
                if set(span) != {"start", "end", "kind"} or span["kind"] not in KINDS:
                    problems["span keys or kind"] += 1
                if not 0 <= start < stop <= len(text):
                    problems["span empty or out of bounds"] += 1
                    continue
                value = text[start:stop]
                if value != value.strip():
                    problems["whitespace at an edge"] += 1
                if start < end:
                    problems["unsorted or overlapping"] += 1
                end = stop
                if span["kind"] == "NATIONAL_ID":
                    match = PNR.match(value)
                    if not match or luhn(match.group(1) + match.group(3)[:3]) != int(
                        match.group(3)[3]
                    ):
                        problems["personnummer check digit"] += 1
                    elif match.group(2) == "+" and len(re.sub(r"\D", "", value)) != 10:
                        problems["+ with 12 digits"] += 1
    print(f"{path.name}: {rows} rows, {spans_total} spans, {len(ids)} ids")
    print(f"sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
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
        sys.exit(check(args.out))
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
