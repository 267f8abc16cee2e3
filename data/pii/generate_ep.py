# ruff: noqa: E501
"""Generate held-out EP for personal-data detection (issue 15): names as the population has them,
a hundred-and-twenty-fifth writer.

    python data/pii/generate_ep.py            # writes data/pii/generated-heldout-ep.jsonl
    python data/pii/generate_ep.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ep.py --check    # checks the written file, prints counts only
    python data/pii/generate_ep.py --seed 7 --out /tmp/ep.jsonl   # a scratch seed

EP's names are drawn by how often people carry them: every name word comes from `names_ep.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK,
and the commonest names of the origins common in Sweden), 80% from the head of a list and 20% from
its tail, mixed by the language of the row roughly as Sweden's population and its universities
are. The genre is universities and students (`templates_ep.py`): admissions and applications,
theses, supervisors and defences, course registrations and exam rooms, student housing and its
queues, research groups, grants and conferences, with Swedish, English and mixed text. Written by
a helper who does not tune the detector and who read only `generate_aw.py` (for the mechanics),
the sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons or tagger, no other set's names,
templates or rows, no error listing. EP was never run through the detector by its writer and its
names were not checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same
bytes.
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

from names_ep import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ep import (  # noqa: E402
    COURSES,
    COURSES_EN,
    DAYS,
    EN,
    MIXED,
    MONTHS,
    NEGATIVES,
    ROOMS,
    ROOMS_EN,
    SV,
    UNIS,
    UNIS_EN,
)

SEED = 20270202
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ep.jsonl"
SPLIT = "heldout-ep"
YEAR = 2027  # the year the rows are written in; `+` in a personnummer past a hundred

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, student areas' streets among them (the writer's knowledge).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Sankt Eriksgatan", "Linnégatan", "Vasagatan",
    "Nygatan", "Järnvägsgatan", "Skolgatan", "Kyrkogatan", "Västra Ågatan", "Sysslomansgatan",
    "Kantorsgatan", "Observatoriegatan", "Sölvegatan", "Ålidhemsgatan", "Tvärgatan", "Östra Hamngatan",
    "Flogstavägen", "Rackarbergsgatan", "Studentvägen", "Rydsvägen", "Kämnärsvägen", "Tornavägen",
    "Valhallavägen", "Björkvägen", "Tallvägen", "Skogsvägen", "Ringvägen", "Lindvägen", "Ängsvägen",
    "Universitetsvägen", "Campusvägen", "Forskarvägen", "Kvarnvägen", "Sjövägen", "Hamnvägen",
    "Professorsslingan", "Lappkärrsvägen", "Docentsvängen", "Kopparsvängen", "Ängssvängen",
    "Ekonomivägen", "Kastanjeallé", "Lindallén", "Björkallén", "Sveavägen", "Karlavägen",
    "Observatoriebacken", "Kvarnbacken", "Solbacken", "Vasabacken", "Eriksbergs backe",
    "Lärkstigen", "Blåbärsstigen", "Studentstigen", "Forskarstigen", "Hagtornsstigen",
    "Stortorget", "Lilla torget", "Järntorget", "Fisktorget", "Magistergränd", "Historiegränd",
    "Smedgränd", "Kyrkogränd", "Stationsplan", "Brunnsplan", "Akademiplan", "Mästarplan",
    "Stora Kajen", "Hamnkajen", "Norra Kajen", "Sjökajen", "Drottning Kristinas väg",
)  # fmt: skip
# Towns with the first three digits of their postcodes: university towns first, then others.
SV_TOWNS = (
    ("Uppsala", 752, 757), ("Lund", 222, 227), ("Stockholm", 113, 129), ("Göteborg", 411, 426),
    ("Umeå", 903, 907), ("Linköping", 582, 589), ("Örebro", 702, 705), ("Luleå", 972, 975),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Kalmar", 392, 393), ("Sundsvall", 852, 857),
    ("Östersund", 831, 832), ("Gävle", 802, 806), ("Falun", 791, 791), ("Västerås", 722, 725),
    ("Jönköping", 553, 556), ("Halmstad", 302, 305), ("Norrköping", 602, 603), ("Malmö", 211, 217),
    ("Huddinge", 141, 141), ("Solna", 169, 171), ("Borås", 503, 507), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Visby", 621, 621), ("Trollhättan", 461, 461),
    ("Mora", 792, 792), ("Sunne", 686, 686), ("Ljusdal", 827, 827), ("Kiruna", 981, 981),
    ("Piteå", 941, 941), ("Skellefteå", 931, 931), ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 891),
    ("Nyköping", 611, 611), ("Motala", 591, 591), ("Värnamo", 331, 331), ("Ystad", 271, 271),
    ("Lidköping", 531, 531), ("Arvika", 671, 671), ("Enköping", 745, 745), ("Uddevalla", 451, 451),
    ("Alingsås", 441, 441), ("Varberg", 432, 432), ("Vimmerby", 598, 598), ("Sollefteå", 881, 881),
    ("Vetlanda", 574, 574), ("Tranås", 573, 573), ("Hudiksvall", 824, 824), ("Strömstad", 452, 452),
)  # fmt: skip
UNI_TOWNS = 20  # the first towns of SV_TOWNS are where the universities are
RURAL_TOWNS = 28  # from here on, small towns whose countryside has rural postcodes
# Village and farm names as rural addresses have them (`Västanby 24`, `Övre Byn 12`).
FARMS = (
    "Norrgården", "Sörgården", "Östergården", "Västergården", "Nygården", "Backgården", "Byn",
    "Övre Byn", "Nedre Byn", "Kvarnbyn", "Norrbyn", "Skogstorp", "Bergsäng", "Ekudden", "Lugnet",
    "Åkerby", "Västanby", "Östanå", "Tjärnäs", "Mossen", "Lövnäs", "Granberget", "Ängsbacka",
    "Hällby", "Sjötorp", "Stensbo",
)  # fmt: skip
STUDENT_STREETS = (
    "Flogstavägen", "Rackarbergsgatan", "Kantorsgatan", "Studentvägen", "Rydsvägen",
    "Kämnärsvägen", "Tornavägen", "Professorsslingan", "Lappkärrsvägen", "Ålidhemsgatan",
    "Historiegränd", "Docentsvängen", "Magistergränd", "Forskarstigen", "Studentstigen",
    "Observatoriebacken", "Campusvägen", "Universitetsvägen",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Park Road", "University Road",
    "College Street", "Hyde Park Road", "Clarendon Road", "Oxford Road", "Mount Pleasant",
    "Queens Road", "Elm Grove", "Portland Street", "North Road", "The Crescent", "Cathedral Walk",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Manchester", "M"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Bristol", "BS"),
    ("Sheffield", "S"), ("Nottingham", "NG"), ("Cardiff", "CF"), ("York", "YO"), ("Durham", "DH"),
    ("Norwich", "NR"), ("Exeter", "EX"), ("Aberdeen", "AB"), ("Brighton", "BN"), ("London", "WC"),
    ("Cambridge", "CB"), ("Oxford", "OX"), ("Lancaster", "LA"), ("Belfast", "BT"),
)  # fmt: skip
UK_HALLS = ("Riverside Court", "Oak House", "Elm Hall", "Park View", "Castle Court", "Mill House", "The Quads", "Hillside Hall", "Westfield Court")  # fmt: skip
US_STREETS = ("College Avenue", "University Avenue", "State Street", "Main Street", "Oak Street", "Maple Avenue", "Campus Drive", "Elm Street", "Hill Street", "Church Street", "Washtenaw Avenue", "Lake Street")  # fmt: skip
US_TOWNS = (("Ann Arbor", "MI", 481), ("Madison", "WI", 537), ("Boulder", "CO", 803), ("Ithaca", "NY", 148), ("Berkeley", "CA", 947), ("Austin", "TX", 787), ("Eugene", "OR", 974), ("Bloomington", "IN", 474), ("Chapel Hill", "NC", 275), ("Champaign", "IL", 618), ("Minneapolis", "MN", 554), ("Seattle", "WA", 981))  # fmt: skip
EUROPE = (
    "Goßlerstraße {n}, {z5:37073-37085} Göttingen", "Hauptstraße {n}, {z5:69117-69126} Heidelberg",
    "Pontstraße {n}, {z5:52062-52066} Aachen", "Leopoldstraße {n}, {z5:80802-80807} München",
    "Oude Delft {n}, {z4:2611-2629} {L2} Delft", "Nieuwe Boteringestraat {n}, {z4:9711-9747} {L2} Groningen",
    "Hämeentie {n} A {m}, {z5:00500-00580} Helsinki", "Yliopistonkatu {n} B {m}, {z5:20100-20500} Turku",
    "Professor Brochs gate {n}, {z4:7030-7050} Trondheim", "Nygårdsgaten {n}, {z4:5015-5020} Bergen",
    "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N", "Nordre Ringgade {n}, {z4:8000-8000} Aarhus C",
    "{n} rue des Écoles, {z5:75005-75005} Paris", "{n} avenue Jean Jaurès, {z5:38000-38100} Grenoble",
    "Carrer de Balmes {n}, {m}º {m}ª, 080{z2:06-22} Barcelona", "Via Zamboni {n}, {z5:40126-40126} Bologna",
    "ul. Grodzka {n}/{m}, 31-{z3:001-044} Kraków", "ul. Piłsudskiego {n}, 50-{z3:032-099} Wrocław",
    "Universitätsstraße {n}, {z4:1090-1090} Wien", "Rämistrasse {n}, {z4:8001-8092} Zürich",
    "Ülikooli {n}, {z5:50090-51014} Tartu", "Rua da Sofia {n}, 3000-{z3:100-400} Coimbra",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "protonmail.com", "telia.com")  # fmt: skip
WORK = ("example.se", "student.example.se", "uni.example.se", "it.example.se", "example.com", "example.ac.uk", "example.edu", "example.org")  # fmt: skip
DESKS = (
    "antagning", "studentexpedition", "tentamen", "bostad", "kansliet", "registrator", "forskarskolan",
    "admissions", "registrar", "housing", "conference2027", "info", "studievagledning", "ladok",
    "international", "exams", "phd-office", "servicedesk",
)  # fmt: skip


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
    """Every value of EP from one seeded Random; counts the head/tail split and the origins."""

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
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3}.get(key, 0.05):
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
            surname[0][0] == surname[1][0] or " " in surname[0][0] + surname[1][0]
        ):
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
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[:2]}{surname[:2]}{r.randrange(1000, 9999)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.55 else MAIL)}"

    def desk(self) -> str:
        """A shared mailbox of an office: admissions, exams, housing, a conference."""
        r = self.rng
        return f"{r.choice(DESKS)}@{r.choice(WORK[:4] + WORK[5:7] if r.random() < 0.8 else WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, kind: str = "any") -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("18", "46", "31", "90", "13", "19", "54", "60", "63", "26", "23", "21", "16", "36", "35", "44", "33", "11", "40"))  # fmt: skip
        area3 = r.choice(("920", "470", "480", "455", "500", "520", "498", "250", "280", "570", "590", "611", "640", "660", "680", "910", "980"))  # fmt: skip
        mobiles = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        lines = (
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (2, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (6, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"), (4, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{area2} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"0{area2}-{d[:3]}{d[3:]}"),
            (3, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"+46 (0){area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"),
            (1, f"0{area3}{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0771-{d[:3]} {d[3:6]}"),
        )  # fmt: skip
        shapes = mobiles if kind == "mobile" else lines if kind == "line" else mobiles + lines
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 73 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}",
            f"+358 9 {d[:4]} {d[4:8]}", f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"+44 (0)113 496 0{d[:3]}",
            f"0113 496 0{d[:3]}", f"+44 131 496 0{d[:3]}", f"0044 20 7946 0{d[:3]}", f"020 7946 0{d[:3]}",
            f"+49 151 {d[:8]}", f"+49 (0)551 {d[:2]}-{d[2:6]}", f"0049 6221 {d[:6]}", f"+49 89 {d[:4]} {d[4:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 12 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+1 (734) 555-0{d[:3]}", f"(608) 555-0{d[:3]}", f"+1 617 555 0{d[:3]}", f"734-555-0{d[:3]}", f"+1-510-555-0{d[:3]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 (0)4 76 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+31 (0)15 {d[:3]} {d[3:7]}", f"0031 6{d[:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+39 051 {d[:3]} {d[3:7]}", f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+41 44 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+351 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+91 9{d[:4]} {d[4:9]}", f"+91 98{d[:3]}-{d[3:8]}", f"+86 13{d[:1]} {d[1:5]} {d[5:9]}", f"+86 10 {d[:4]} {d[4:8]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+252 61 {d[:3]} {d[3:7]}", f"+291 7 {d[:3]} {d[3:6]}", f"+93 70 {d[:3]} {d[3:7]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}", f"+81 90-{d[:4]}-{d[4:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        """A British number as people in Britain write it (Ofcom's drama ranges)."""
        r = self.rng
        d = self.digits(4)
        area = r.choice(("0113 496", "0114 496", "0115 496", "0117 496", "0118 496", "0121 496", "0131 496", "0141 496", "0161 496", "0191 498", "020 7946", "028 9649", "029 2018"))  # fmt: skip
        shapes = (f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}", f"{area} 0{d[:3]}", f"+44 {area[1:]} 0{d[:3]}", f"+44 (0){area[1:]} 0{d[:3]}", f"0044 {area[1:]} 0{d[:3]}")  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        """An American number in the 555-01xx range, as people in the US write it."""
        r = self.rng
        a = r.choice(
            ("734", "608", "303", "607", "510", "512", "541", "812", "919", "217", "612", "206")
        )
        d = self.digits(2)
        shapes = (f"({a}) 555-01{d}", f"{a}-555-01{d}", f"{a}.555.01{d}", f"+1 {a} 555 01{d}", f"+1 ({a}) 555-01{d}", f"1-{a}-555-01{d}")  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old`: past a hundred, written with `+`."""
        r = self.rng
        if old:
            year = r.randrange(YEAR - 106, YEAR - 100)
        else:
            year = r.choice(
                (r.randrange(1995, 2009), r.randrange(1995, 2009), r.randrange(1948, 1995))
            )
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.35:
            self.forms["pnr 12 with hyphen"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.7:
            self.forms["pnr 10 with hyphen"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.88:
            self.forms["pnr 12 without"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["pnr 10 without"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.15:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False, uni: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        towns = SV_TOWNS[:UNI_TOWNS] if uni else SV_TOWNS[RURAL_TOWNS:] if rural else SV_TOWNS
        town, low, high = r.choice(towns)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False, uni: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural, uni)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.06:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def farm(self) -> str:
        return f"{self.rng.choice(FARMS)} {self.rng.randrange(1, 240)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.farm() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.15):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def student_address(self, lines: bool = False) -> str:
        """A corridor room or a student flat: street, number, letter, `lgh` or room, postcode, town."""
        r = self.rng
        street = f"{r.choice(STUDENT_STREETS)} {r.randrange(1, 40)}{r.choice(('', '', ' A', ' B', 'C', 'D'))}"
        roll = r.random()
        if roll < 0.55:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 19)}{r.randrange(1, 13):02d}"
        elif roll < 0.75:
            street += f", rum {r.randrange(1, 16)}{r.randrange(1, 20):02d}"
        elif roll < 0.9:
            street += f", {r.randrange(1, 9)} tr"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(uni=True)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        joint = "\n" if lines else ", "
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 999)}{joint}{self.sv_postal(uni=True)}"
        if roll < 0.8:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}{joint}{self.sv_postal(uni=True)}"
        return f"{self.sv_street()}{joint}{self.sv_postal(uni=True)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.3:
            street = f"Flat {r.randrange(1, 40)}, {r.choice(UK_HALLS)}, {street}"
        elif roll < 0.4:
            street = f"Room {r.randrange(1, 30)}{r.choice('ABCD')}, {r.choice(UK_HALLS)}, {r.choice(UK_STREETS)}"
        elif roll < 0.5:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return (
            f"{street.replace(', ', chr(10))}\n{town}\n{code}"
            if lines
            else f"{street}, {town} {code}"
        )

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 4999)} {r.choice(US_STREETS)}"
        if r.random() < 0.35:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Apt.'))} {r.randrange(2, 40)}{r.choice(('', 'B'))}".replace(
                "# ", "#"
            )
        place = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{place}" if lines else f"{street}, {place}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 120)))
        out = out.replace("{m}", str(r.randrange(1, 6)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        head, _, rest = out.rpartition(", ")
        return f"{head}\n{rest}" if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), GU in capitals, N/n the short form where the name has one, S/s the
    surname, SU in capitals, I initials and the surname, Gi the given name and the surname's initial,
    R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a Swedish
    genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form[:-1] in PERSON_FORMS)
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
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g", "GU") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        initials = "-".join(p[0] + "." for p in person.first.split("-"))
        if middle and draw.rng.random() < 0.35:
            words = surname + middle
            initials += f" {middle[0][0][0]}."
        value = f"{initials} {person.last}"
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
    "GU",
    "N",
    "n",
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


def care_of(draw: Draw, lines: bool) -> list[Segment]:
    """`c/o Name` then an address: `c/o` outside, the name its own PERSON, the address from the street."""
    r = draw.rng
    person = draw.person(None)
    if r.random() < 0.5:
        name, words = person.last, person.surname
    else:
        name, words = f"{person.first} {person.last}", person.given + person.surname
    draw.count(words)
    address = (
        draw.sv_address(lines=lines, rural=False)
        if r.random() < 0.7
        else draw.student_address(lines)
    )
    return [("c/o ", None), (name, "PERSON"), ("\n" if lines else ", ", None), (address, "ADDRESS")]


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    year = r.choice((YEAR, YEAR, YEAR + 1))
    term = r.choice(("HT", "VT"))
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STU": lambda: (draw.student_address(), "ADDRESS"),
        "STUL": lambda: (draw.student_address(lines=True), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), f"{r.choice(STUDENT_STREETS)} {draw.number()}")) if r.random() < 0.5 else r.choice((draw.sv_address(), draw.student_address()))).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone("mobile"), "PHONE"),
        "PHL": lambda: (draw.phone("line"), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRX": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EF": lambda: (draw.desk(), "EMAIL"),
        "DATE": lambda: (r.choice((f"{year}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day} {MONTHS['sv'][month - 1]} {year}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/{year}", f"{MONTHS['en'][month - 1]} {day}", f"{MONTHS['en'][month - 1]} {day}, {year}")), None),
        "TIME": lambda: (f"{r.randrange(8, 18)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "SPAN": lambda: (r.choice(("8.00–13.00", "14.00–19.00", "8:30–12:30", "14:00–18:00", "9.00–14.00")), None),
        "NUM": lambda: (str(r.randrange(2, 380)), None),
        "AMT": lambda: (f"{r.randrange(120, 9800) * 10:,} kr".replace(",", " "), None),
        "RENT": lambda: (f"{r.randrange(320, 720) * 10:,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 9500):,}", None),
        "GBPR": lambda: (f"£{r.randrange(45, 115) * 10:,}", None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "USD": lambda: (f"${r.randrange(40, 48000):,}", None),
        "EUR": lambda: (f"€{r.randrange(40, 3000)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 999999)}", f"INC{r.randrange(100000, 999999)}")), None),
        "DNR": lambda: (r.choice((f"UFV {year}/{r.randrange(1, 3999)}", f"SU FV-{r.randrange(1, 6)}.{r.randrange(1, 4)}.{r.randrange(1, 9)}-{r.randrange(1, 9999):04d}-{year % 100}", f"LiU-{year}-{r.randrange(1, 9999):05d}", f"GU {year}/{r.randrange(1, 4999)}", f"Dnr {r.randrange(1, 9)}.{r.randrange(1, 9)}-{r.randrange(10, 999)}/{year % 100}", f"STYR {year}/{r.randrange(100, 999)}")), None),
        "KOD": lambda: (f"{r.choice(('UU', 'LU', 'GU', 'SU', 'UMU', 'LIU', 'ORU', 'KTH', 'MIUN', 'KAU'))}-{r.randrange(10000, 99999)}", None),
        "COURSE": lambda: (r.choice(COURSES), None),
        "COURSEEN": lambda: (r.choice(COURSES_EN), None),
        "ROOM": lambda: (r.choice(ROOMS), None),
        "ROOMEN": lambda: (r.choice(ROOMS_EN), None),
        "UNI": lambda: (r.choice(UNIS), None),
        "UNIEN": lambda: (r.choice(UNIS_EN), None),
        "TERM": lambda: (f"{term}{year % 100}" if r.random() < 0.5 else f"{'höstterminen' if term == 'HT' else 'vårterminen'} {year}", None),
        "TERMEN": lambda: (r.choice((f"autumn {year}", f"spring {year}", f"Michaelmas {year}", f"fall semester {year}")), None),
        "HP": lambda: (r.choice(("7,5 hp", "15 hp", "30 hp", "3 hp", "22,5 hp", "60 hp")), None),
        "ECTS": lambda: (r.choice(("7.5 ECTS", "15 credits", "30 ECTS", "5 ECTS", "60 credits")), None),
        "GRADE": lambda: (r.choice(("VG", "G", "U", "A", "B", "C", "D", "E", "Fx")), None),
        "MERIT": lambda: (f"{r.randrange(1500, 2250) / 100:.2f}".replace(".", ","), None),
        "HPROV": lambda: (f"{r.randrange(5, 20) / 10:.2f}".replace(".", ","), None),
        "STUDID": lambda: (r.choice((f"{''.join(r.choice('abcdefghijklmnoprstuvy') for _ in range(4))}{r.randrange(1000, 9999)}", f"s{r.randrange(1000000, 9999999)}", f"{r.randrange(10000000, 99999999)}")), None),
        "CODE": lambda: (f"{r.choice(('TEN', 'KTR', 'HEM', 'DAT'))}-{r.randrange(100, 999)}-{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))}", None),
        "ORCID": lambda: (f"0000-000{r.randrange(1, 4)}-{r.randrange(1000, 9999)}-{r.randrange(100, 999)}{r.choice('0123456789X')}", None),
        "DOI": lambda: (f"10.{r.randrange(1000, 9999)}/{r.choice(('jphys', 'soc', 'ecol', 'acta', 'nlp'))}.{year}.{r.randrange(100, 9999)}", None),
        "ISBN": lambda: (f"978-91-{r.randrange(500, 999)}-{r.randrange(1000, 9999)}-{r.randrange(10)}", None),
        "ZOOM": lambda: (f"{r.randrange(600, 999)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)}", None),
        "OCR": lambda: (f"{r.randrange(10**9, 10**12)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ORGNR": lambda: (f"20{r.randrange(2000, 2999)}-{r.randrange(1000, 9999)}", None),
        "SCORE": lambda: (str(r.randrange(55, 100)), None),
        "YEAR": lambda: (str(r.randrange(1998, 2026)), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "UNITOWN": lambda: (r.choice(SV_TOWNS[:UNI_TOWNS])[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "QUEUE": lambda: (str(r.randrange(30, 1900)), None),
        "PCT": lambda: (f"{r.randrange(10, 100)} %", None),
    }  # fmt: skip
    if form in ("CO", "COL"):
        return care_of(draw, lines=form == "COL")
    return [values[form]()]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        base = form.rstrip("'")
        if len(base) > 1 and base.endswith("s") and base[:-1] in PERSON_FORMS:
            base = base[:-1]
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
    """EP's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, all in a seeded order; a text already written is drawn again."""
    draw = draw or Draw(seed)
    r = draw.rng
    plan: list[tuple[str, str, bool]] = [(lang, template, True) for lang, template in NEGATIVES]
    for lang, size in SIZES.items():
        deck: list[str] = []
        for _ in range(size - sum(1 for la, _ in NEGATIVES if la == lang)):
            if not deck:
                deck = list(TEMPLATES[lang])
                r.shuffle(deck)
            plan.append((lang, deck.pop(), False))
    r.shuffle(plan)
    seen: set[str] = set()
    rows: list[dict[str, object]] = []
    for lang, template, negative in plan:
        draw.lang = lang
        for _ in range(20):
            text, spans = fill(template, draw)
            if text not in seen:
                break
        if negative and spans:
            raise ValueError(f"a negative holds a value: {template[:60]}")
        seen.add(text)
        rows.append({
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


PNR = re.compile(r"^(\d\d)?(\d{6})([-+]?)(\d{3})(\d)$")


def check(path: Path) -> None:
    """Checks the written file and prints counts only: no row of EP is printed."""
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
            start, stop, kind = span["start"], span["end"], span["kind"]
            kinds[kind] += 1
            problems["empty span"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            value = text[start:stop]
            problems["whitespace at an edge"] += bool(value) and value != value.strip()
            if kind == "NATIONAL_ID":
                match = PNR.match(value)
                problems["personnummer form"] += match is None
                if match:
                    problems["personnummer check digit"] += luhn(
                        match.group(2) + match.group(4)
                    ) != int(match.group(5))
    print(
        f"rows {rows}, ids {len(ids)}; spans: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    )
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    if bad:
        raise SystemExit(1)


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of EP is printed."""
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
                forms["lower-case one word in chat"] += value.islower() and " " not in value
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
                forms["after c/o"] += text[max(0, span["start"] - 4) : span["start"]] == "c/o "
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
                digits = value.replace("-", "").replace("+", "")
                forms[f"pnr {len(digits)} digits"] += 1
                forms["pnr with hyphen"] += "-" in value
                forms["pnr with +"] += "+" in value
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
        check(args.out)
        return
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
