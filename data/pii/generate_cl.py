# ruff: noqa: E501
"""Generate held-out cl for personal-data detection: names as the population has them, a
sixty-ninth writer; the genre is cars and motoring.

    python data/pii/generate_cl.py           # writes data/pii/generated-heldout-cl.jsonl
    python data/pii/generate_cl.py --stats   # counts only, writes nothing
    python data/pii/generate_cl.py --check   # checks the written file, prints counts only
    python data/pii/generate_cl.py --seed 7  # a scratch seed (with --out, or --stats)

cl's names are drawn by how often people really carry them: every name word comes from
`names_cl.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is cars and motoring (`templates_cl.py`): used-car ads, chats and purchase
agreements, transfers of ownership, workshops and tyre hotels, insurance claims and collision
reports, parking fines, towing, leasing and car subscriptions, driving schools, car pools,
inspections, company cars and mileage logs, EV charging. Written by a helper who does not tune
the detector, who read neither its rules, lexicons and tagger nor any error listing nor any other
set's names and templates (the mechanics of `generate_aw.py` were copied: the seeded `Draw`, the
slot filler, the row format, `--stats`); cl was never run through the detector by its writer.
Stdlib only; one seeded Random: same seed, same bytes.
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

from names_cl import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_cl import DAYS, EN, MIXED, MODELS, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270146
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-cl.jsonl"
SPLIT = "heldout-cl"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what the address register holds).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Västra Hamngatan", "Järnvägsgatan", "Bangatan",
    "Verkstadsgatan", "Industrigatan", "Fabriksgatan", "Smedjegatan", "Södra Förstadsgatan",
    "Norra Allégatan", "Sveavägen", "Björkvägen", "Tallvägen", "Ringvägen", "Bilvägen",
    "Motorvägen", "Mekanikervägen", "Kullsvägen", "Tingstadsvägen", "Hammarbyvägen", "Lövsångarvägen",
    "Bäckvägen", "Gamla Riksvägen", "Södra Vägen", "Åsvägen", "Grusvägen", "Fältvägen",
    "Klockarsvängen", "Rönnsvängen", "Stenbrottssvängen", "Körsbärssvängen", "Lindallén",
    "Valhalla allé", "Ekallén", "Kastanjeallén", "Gröna backe", "Tegelbruksbacken", "Kyrkbacken",
    "Mjölnarbacken", "Hästhagsbacken", "Vitsippsstigen", "Lingonstigen", "Gökstigen", "Transtigen",
    "Stortorget", "Fisktorget", "Nytorget", "Gustav Adolfs torg", "Solplan", "Bilplan",
    "Verkstadsplan", "Tornplan", "Snickargränd", "Bagargränd", "Tullgränd", "Skeppargränd",
    "Möllevångsgatan", "Odengatan", "Hornsgatan", "Götgatan", "Linnégatan", "Vasagatan",
    "Kaserngården", "Hamnkajen", "Sjöbodsvägen", "Fjällvägen", "Torsgatan", "Kvarngatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Norrköping", 602, 606), ("Jönköping", 553, 556), ("Örebro", 702, 705),
    ("Västerås", 721, 725), ("Helsingborg", 252, 256), ("Umeå", 903, 907), ("Gävle", 802, 806),
    ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635), ("Karlstad", 652, 656),
    ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Sundsvall", 852, 857), ("Luleå", 972, 975),
    ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Kristianstad", 291, 291), ("Kalmar", 392, 393),
    ("Skövde", 541, 541), ("Falun", 791, 791), ("Uddevalla", 451, 451), ("Kungsbacka", 434, 434),
    ("Lidköping", 531, 531), ("Motala", 591, 591), ("Nässjö", 571, 571), ("Värnamo", 331, 331),
    ("Köping", 731, 731), ("Katrineholm", 641, 641), ("Ludvika", 771, 771), ("Arvika", 671, 671),
    ("Hudiksvall", 824, 824), ("Piteå", 941, 941), ("Kiruna", 981, 981), ("Ystad", 271, 271),
    ("Ängelholm", 262, 262), ("Alingsås", 441, 441), ("Enköping", 745, 745), ("Nyköping", 611, 611),
    ("Oskarshamn", 572, 572), ("Mjölby", 595, 595), ("Hässleholm", 281, 281), ("Vetlanda", 574, 574),
    ("Gislaved", 332, 332), ("Avesta", 774, 774), ("Lycksele", 921, 921), ("Kramfors", 872, 872),
    ("Vimmerby", 598, 598), ("Ånge", 841, 841), ("Torsby", 685, 685), ("Överkalix", 956, 956),
)  # fmt: skip
# Rural addresses: villages and farms with a number.
FARMS = (
    "Västanby", "Östanbäck", "Norrby", "Sörby", "Kvarnbyn", "Bäckgården", "Nyhem", "Lugnvik",
    "Bergsbyn", "Hälleberga", "Stora Mo", "Lillskogen", "Åsen", "Tallbacka", "Forsnäs", "Viken",
    "Mossebo", "Höjden", "Ödegården", "Ängstorp", "Sandvik", "Kärrbo", "Nybyn", "Byggeboda",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "London Road", "Church Street", "Mill Lane", "Victoria Road",
    "Garage Lane", "Bridge Street", "Park Road", "Queens Road", "The Crescent", "Windsor Close",
    "Forge Lane", "Coronation Avenue", "Manor Way", "Ashford Road", "Kingsway", "North Street",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Bristol", "BS"), ("Coventry", "CV"), ("Sheffield", "S"), ("Cardiff", "CF"),
    ("Glasgow", "G"), ("Reading", "RG"), ("Swindon", "SN"), ("Norwich", "NR"), ("Derby", "DE"),
    ("Croydon", "CR"), ("Exeter", "EX"), ("Aberdeen", "AB"), ("Belfast", "BT"), ("Luton", "LU"),
)  # fmt: skip
US_STREETS = ("Main Street", "Elm Street", "Oak Avenue", "Washington Boulevard", "Route 9", "Lakeview Drive", "Industrial Parkway", "Cedar Lane", "5th Avenue", "Sunset Drive")  # fmt: skip
US_TOWNS = (("Detroit", "MI", 482), ("Columbus", "OH", 432), ("Minneapolis", "MN", 554), ("Austin", "TX", 787), ("Seattle", "WA", 981), ("Orlando", "FL", 328), ("Denver", "CO", 802), ("Rockford", "IL", 611))  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:70173-70199} Stuttgart", "Werkstattweg {n}, {z5:38440-38448} Wolfsburg",
    "Industriestraße {n}, {z5:80331-81929} München", "{n} avenue de la Gare, {z5:67000-67200} Strasbourg",
    "{n} rue du Garage, {z5:69001-69009} Lyon", "Mannerheimintie {n} B {m}, 00{z3:100-990} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33900} Tampere", "Storgata {n}, {z4:0155-0190} Oslo",
    "Bilveien {n}, {z4:3000-3050} Drammen", "Vesterbrogade {n}, {m}. th., {z4:1620-1799} København V",
    "Jernbanegade {n}, {z4:5000-5000} Odense C", "ul. Mechaników {n}, 02-{z3:100-999} Warszawa",
    "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk", "Avenida de América {n}, {z5:28002-28043} Madrid",
    "Autoweg {n}, {z4:3011-3099} {L2} Rotterdam", "Via Torino {n}, {z5:10121-10156} Torino",
    "Rakowicka {n}, 31-{z3:500-599} Kraków", "Bahnhofstrasse {n}, {z4:8001-8099} Zürich",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "bredband.net", "hotmail.co.uk", "spray.se")  # fmt: skip
WORK = ("example.se", "bilverkstad.example.se", "bilhandel.example.se", "forsakring.example.se", "trafikskola.example.se", "example.com", "example.co.uk", "motors.example.com")  # fmt: skip
FIRM_MAIL = ("info", "verkstad", "bokning", "kundtjanst", "service", "skador", "kontakt", "reception", "sales", "bookings", "claims", "dack", "parts", "uthyrning")  # fmt: skip
REG_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"  # no I, Q, V, Å, Ä, Ö on Swedish plates


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
    """Every value of cl from one seeded Random; counts the head/tail split and the origins."""

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

    def hyphenated(self, pool: Pool) -> Word:
        """A hyphenated given name of `pool` (`Ann-Christin`, `Karl-Johan`), by weight: the list
        has them at their own ranks (about 3.4% of its weight); this tops them up to about 1 in 20."""
        r = self.rng
        idx = [i for i, name in enumerate(pool.names) if "-" in name]
        i = r.choices(idx, weights=[pool.weights[i] for i in idx])[0]
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
        if key == "swedish" and r.random() < 0.02:  # a hyphenated name as the list has them
            given = [self.hyphenated(pool)]
        else:
            given = [self.pick(pool)]
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
        elif key == "swedish" and roll < 0.05 and " " not in surname[0][0]:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (surname[0][0] == surname[1][0] or " " in surname[1][0]):
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

        def local_part(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given = local_part(person.first)
        surname = local_part(person.surname[-1][0] if person.origin == "swedish" else person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(60, 100)}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        return f"{r.choice(FIRM_MAIL)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "11", "19", "21", "16", "54", "90", "63", "35", "42", "36"))
        area3 = r.choice(("141", "150", "220", "240", "250", "290", "320", "370", "380", "410", "451", "470", "500", "510", "520", "611", "620", "650", "660", "670", "920", "950", "980"))
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0{area2}{d}"), (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0771-{d[:3]} {d[3:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"00358 50 {d[:3]} {d[3:7]}", f"+358 9 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}",
            f"07700 900{d[:3]}", f"0113 {d[:3]} {d[3:7]}", f"+44 (0)117 {d[:3]} {d[3:7]}", f"0044 20 {d[:4]} {d[4:8]}",
            f"+49 171 {d[:7]}", f"+49 (0)711 {d[:6]}", f"0049 89 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+1 (313) 555-0{d[:3]}", f"(614) 555-0{d[:3]}", f"+1 612 555 0{d[:3]}", f"555-0{d[:3]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without `-`, `+` past
        a hundred (10 digits only)."""
        r = self.rng
        old = r.random() < 0.04
        year = r.randrange(1921, 1928) if old else r.randrange(1940, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.35:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
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
        if country or r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def farm(self) -> str:
        return f"{self.rng.choice(FARMS)} {self.rng.randrange(1, 240)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.farm() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        elif not rural and r.random() < 0.04:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"Unit {r.randrange(1, 30)}, {r.choice(('Meadow Trading Estate', 'Riverside Industrial Park', 'Brunel Business Park'))}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 40)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Suite', '#'))} {r.randrange(2, 400)}".replace("# ", "#")
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

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

    # Look-alikes: numbers and names of the genre that are no personal values.
    def reg(self) -> str:
        r = self.rng
        letters = "".join(r.choice(REG_LETTERS) for _ in range(3))
        if r.random() < 0.35:
            return f"{letters}{r.randrange(10, 100)}{r.choice(REG_LETTERS)}"
        return f"{letters}{r.choice((' ', '', ' ', '-'))}{r.randrange(100, 1000)}"

    def reg_uk(self) -> str:
        r = self.rng
        a = "".join(r.choice("ABCDEFGHKLMNOPRSVWY") for _ in range(2))
        b = "".join(r.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
        return f"{a}{r.choice(('17', '19', '21', '68', '70', '72', '23'))} {b}"

    def vin(self) -> str:
        r = self.rng
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        wmi = r.choice(("YV1", "WVW", "WAU", "WBA", "VF1", "TMB", "YS3", "JTD", "KNA", "5YJ", "LRW", "WF0"))
        return wmi + "".join(r.choice(chars) for _ in range(14))

    def ocr(self) -> str:
        r = self.rng
        n = r.choice((8, 14, 16, 17))
        return str(r.randrange(3, 10)) + self.digits(n - 1)

    def org(self) -> str:
        return f"55{self.rng.randrange(50, 99)}{self.digits(2)}-{self.digits(4)}"

    def bankgiro(self) -> str:
        r = self.rng
        return f"{r.randrange(100, 9999)}-{self.digits(4)}" if r.random() < 0.7 else f"{self.digits(2)} {self.digits(2)} {self.digits(2)}-{self.digits(1)}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU
    the surname in capitals, I an initial and the surname, II both initials with the surname,
    Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`,
    E an e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s") and form != "ss") else form
    base = "s" if form == "ss" else base
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
        words, value = surname, person.last.lower() if base == "s" else person.last.upper() if base == "SU" else person.last
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "II":
        words = given + middle + surname
        value = "".join(f"{w[0]}. " for w, _ in given + middle) + person.last
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "I", "II", "Gi", "R", "RU", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),  # a street without its number
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: ((f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}" if r.random() < 0.5 else draw.uk_address()).lower(), "ADDRESS"),
        "AUST": lambda: (f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}", "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 19)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(250, 68000):,} kr".replace(",", " "), None),
        "PRICE": lambda: (f"{r.randrange(19, 420) * 1000:,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 9000):,}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(40, 24000):,}", None),
        "EUR": lambda: (f"€{r.randrange(40, 3000)}", None),
        "REG": lambda: (draw.reg(), None),
        "REGUK": lambda: (draw.reg_uk(), None),
        "VIN": lambda: (draw.vin(), None),
        "MIL": lambda: (f"{r.randrange(800, 32000):,} mil".replace(",", " "), None),
        "KM": lambda: (f"{r.randrange(5000, 320000):,} km".replace(",", " "), None),
        "MILES": lambda: (f"{r.randrange(5000, 160000):,} miles", None),
        "TRIP": lambda: (str(r.randrange(3, 480)), None),
        "ODO": lambda: (str(r.randrange(10000, 350000)), None),
        "YEAR": lambda: (str(r.randrange(2004, 2027)), None),
        "MODEL": lambda: (r.choice(MODELS), None),
        "TYRE": lambda: (f"{r.choice((195, 205, 215, 225, 235, 245))}/{r.choice((45, 50, 55, 60, 65))} R{r.choice((15, 16, 17, 18, 19))}", None),
        "ROAD": lambda: (r.choice(("E4", "E6", "E18", "E20", "E22", "E45", "riksväg 40", "rv 50", "väg 73", "väg 222", "Rv 26", "länsväg 160", "E65")), None),
        "ROADEN": lambda: (r.choice(("M1", "M25", "A1(M)", "M6", "A303", "I-94", "I-75", "Route 66", "A38")), None),
        "SPEED": lambda: (f"{r.choice((30, 40, 50, 60, 70, 80, 90, 100, 110, 120))} km/h", None),
        "OCR": lambda: (draw.ocr(), None),
        "ORG": lambda: (draw.org(), None),
        "BG": lambda: (draw.bankgiro(), None),
        "CLAIM": lambda: (r.choice((f"SK{r.randrange(1000000, 9999999)}", f"{r.randrange(10, 99)}-{r.randrange(100000, 999999)}", f"C-2027-{r.randrange(10000, 99999)}", f"ÄR-{r.randrange(1000, 9999)}/27")), None),
        "POL": lambda: (r.choice((f"{r.randrange(1000000, 9999999)}", f"P-{r.randrange(100000, 999999)}-{r.randrange(1, 9)}", f"MF{r.randrange(10000000, 99999999)}")), None),
        "ORD": lambda: (r.choice((f"AO {r.randrange(10000, 99999)}", f"#{r.randrange(1000, 99999)}", f"{r.randrange(100000, 999999)}", f"WO-{r.randrange(1000, 9999)}")), None),
        "INV": lambda: (str(r.randrange(100000, 9999999)), None),
        "CUST": lambda: (str(r.randrange(10000, 999999)), None),
        "FINE": lambda: (f"{r.randrange(10, 99)}{r.randrange(1000000, 9999999)}", None),
        "KWH": lambda: (f"{r.randrange(5, 80)},{r.randrange(10)} kWh", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
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
        if base not in PERSON_FORMS and len(base) > 1 and base.endswith("s") and base[:-1] in PERSON_FORMS:
            base = base[:-1]
        if base == "ss":
            base = "s"
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
    """cl's rows: every negative once, then positive rows from shuffled decks of each language's
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


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of cl is printed."""
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
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address after c/o"] += "c/o" in text[max(0, span["start"] - 40) : span["start"]]
            elif span["kind"] == "NATIONAL_ID":
                forms[f"personnummer {len(re.sub(r'[^0-9]', '', value))} digits"] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())) + f" (all {sum(empty.values())})")
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})")
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> bool:
    """Checks the written file; prints counts only."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    problems: Counter[str] = Counter()
    ids = set()
    pnr = 0
    for row in rows:
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["row keys"] += 1
        ids.add(row["id"])
        text, spans, end = row["text"], row["spans"], 0
        for span in spans:
            s, e = span["start"], span["end"]
            if span["kind"] not in KINDS:
                problems["kind"] += 1
            if not 0 <= s < e <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            value = text[s:e]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if s < end:
                problems["unsorted or overlapping"] += 1
            end = e
            if span["kind"] == "NATIONAL_ID":
                pnr += 1
                digits = re.sub(r"[-+]", "", value)
                if not digits.isdigit() or len(digits) not in (10, 12) or luhn(digits[-10:-1]) != int(digits[-1]):
                    problems["personnummer check digit"] += 1
    if len(ids) != len(rows):
        problems["duplicate ids"] += 1
    print(f"checked {len(rows)} rows, {sum(len(r['spans']) for r in rows)} spans, {pnr} personnummer: " + (", ".join(f"{k} {v}" for k, v in problems.items()) or "no problems"))
    stats(rows, None)
    return not problems


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, print counts only")
    args = parser.parse_args()
    if args.check:
        sys.exit(0 if check(args.out) else 1)
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
