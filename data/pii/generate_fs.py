# ruff: noqa: E501
"""Generate held-out FS for personal-data detection (issue 15): names as the population has them,
a hundred-and-fifty-fourth writer. Every name word is drawn by how often people carry it, from
`names_fs.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head of
a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population is.
The genre (`templates_fs.py`) is psychologists, counsellors and therapy practices: bookings,
reminders, referrals, intake forms, cancellations and fees, waiting lists, couples and family
counselling, occupational-health sessions, school and student counsellors, supervision, room
rentals, interpreters, invoices and reception chats, with no clinical detail. Written by a helper
who does not tune the detector, who read only `generate_aw.py` (for the mechanics), the sections
"Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl`; neither the detector's rules, lexicons and tagger nor any other set's
names, templates or rows nor any error listing. FS was never run through the detector by its
writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded Random:
same seed, same bytes.

    python data/pii/generate_fs.py            # writes data/pii/generated-heldout-fs.jsonl
    python data/pii/generate_fs.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_fs.py --check    # checks the written file, prints counts only
    python data/pii/generate_fs.py --seed 7 --out /tmp/fs.jsonl   # a scratch seed
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

from names_fs import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fs import (  # noqa: E402
    DAYS,
    EN,
    MIXED,
    MONTHS,
    NEGATIVES,
    PRACTICES,
    PRACTICES_EN,
    ROLES_EN,
    ROLES_SV,
    SV,
)

SEED = 20270231
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fs.jsonl"
SPLIT = "heldout-fs"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what towns are full of).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Sveavägen", "Götgatan", "Hornsgatan",
    "Linnégatan", "Västra Hamngatan", "Östra Storgatan", "Södra Förstadsgatan", "Nygatan",
    "Kyrkogatan", "Skolgatan", "Järnvägsgatan", "Trädgårdsgatan", "Bangårdsgatan", "Fabriksgatan",
    "Ringvägen", "Björkvägen", "Skogsvägen", "Lärkvägen", "Granvägen", "Villavägen", "Idrottsvägen",
    "Parkvägen", "Solvägen", "Kvarnvägen", "Nämndemansvägen", "Tallbacksvägen", "Gamla Vägen",
    "Kopparsvängen", "Ekorrsvängen", "Rönnsvängen", "Mossvängen", "Karlavägen", "Valhallavägen",
    "Birger Jarlsgatan", "Odengatan", "Sankt Eriksgatan", "Folkungagatan", "Kastanjeallén",
    "Lindallén", "Slottsallén", "Ekebergs allé", "Vårby allé", "Kvarnbacken", "Prästbacken",
    "Solbacken", "Tornbacken", "Kungsbacken", "Hästhagens backe", "Lingonstigen", "Blåbärsstigen",
    "Gökstigen", "Hasselstigen", "Ljungstigen", "Stortorget", "Lilla Torget", "Järntorget",
    "Fisktorget", "Medborgarplatsen", "Sergels torg", "Stationsplan", "Brunnsplan", "Kyrkplan",
    "Skolplan", "Tunnbindargränd", "Smedgränd", "Mäster Mikaels gata", "Klockargränd",
    "Repslagargränd", "Strandkajen", "Norra Kajen", "Skeppsbrokajen", "Tullkajen", "Packhuskajen",
    "Sjöbjörnsvägen", "Ängsvägen", "Bäckvägen", "Åkervägen", "Hagvägen", "Backvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (the writer's knowledge of the ranges).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 581, 587), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 551, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Lidköping", 531, 531), ("Motala", 591, 591), ("Nyköping", 611, 611), ("Visby", 621, 621),
    ("Varberg", 432, 432), ("Piteå", 941, 941), ("Kungsbacka", 434, 434), ("Solna", 169, 171),
    ("Sundbyberg", 172, 174), ("Nacka", 131, 132), ("Huddinge", 141, 141), ("Sollentuna", 191, 192),
    ("Lidingö", 181, 181), ("Mölndal", 431, 431), ("Partille", 433, 433), ("Kiruna", 981, 981),
    ("Ystad", 271, 271), ("Trelleborg", 231, 231), ("Alingsås", 441, 441), ("Enköping", 745, 745),
    ("Hudiksvall", 824, 824), ("Örnsköldsvik", 891, 891), ("Katrineholm", 641, 641), ("Härnösand", 871, 871),
    ("Arvika", 671, 671), ("Mora", 792, 792), ("Oskarshamn", 572, 572), ("Västervik", 593, 593),
)  # fmt: skip
# Cities and suburbs, where no address is rural.
CITIES = {"Stockholm", "Göteborg", "Malmö", "Solna", "Sundbyberg", "Nacka", "Lidingö", "Mölndal", "Partille", "Täby", "Sollentuna", "Huddinge", "Södertälje"}  # fmt: skip
# Villages and hamlets that rural addresses are written by (`Bäckby 14, 748 96 Tierp`).
VILLAGES = (
    "Bäckby", "Östra Ryd", "Lillsjön", "Norrby", "Sörby", "Västerby", "Kvarnby", "Ängsby",
    "Hällby", "Nybyn", "Gärdet", "Övre Gärdet", "Bodarna", "Skogsby", "Sjöänden", "Backa",
    "Berga", "Mellby", "Tuna", "Sätra", "Ekeby", "Åsen", "Holm", "Lövsta",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Victoria Road", "Park Road", "London Road",
    "Green Lane", "Manor Road", "Queen Street", "King Street", "The Crescent", "Mill Lane",
    "Albert Road", "Grove Road", "Castle Street", "Harley Street", "Wimpole Street", "Bridge Road",
    "Chapel Street", "North Street", "St Mary's Road", "Oxford Road", "Princes Street", "Market Street",
)  # fmt: skip
UK_TOWNS = (
    ("London", ("W1G", "N1", "SE1", "E8", "NW3", "SW11")), ("Manchester", ("M1", "M13", "M20")),
    ("Leeds", ("LS1", "LS6", "LS17")), ("Bristol", ("BS1", "BS6", "BS8")), ("Birmingham", ("B1", "B15", "B29")),
    ("Sheffield", ("S1", "S10", "S11")), ("Brighton", ("BN1", "BN2", "BN3")), ("Edinburgh", ("EH1", "EH3", "EH9")),
    ("Glasgow", ("G1", "G12", "G41")), ("Cardiff", ("CF10", "CF11", "CF24")), ("Norwich", ("NR1", "NR2")),
    ("York", ("YO1", "YO10", "YO24")), ("Oxford", ("OX1", "OX2", "OX4")), ("Cambridge", ("CB1", "CB2", "CB4")),
    ("Newcastle upon Tyne", ("NE1", "NE2", "NE6")), ("Belfast", ("BT1", "BT7", "BT9")), ("Exeter", ("EX1", "EX4")),
)  # fmt: skip
UK_HOUSES = ("The Old School House", "Rose Cottage", "Suite 4, Beacon House", "Unit 2, The Courtyard", "Ground Floor, Clarence House", "First Floor, Regent Chambers", "The Coach House")  # fmt: skip
US_STREETS = ("Main Street", "Oak Street", "Maple Avenue", "Elm Street", "Park Avenue", "Washington Street", "Lakeview Drive", "Cedar Lane", "Sunset Boulevard", "Pine Street", "Commonwealth Avenue", "Broadway", "Hillcrest Road", "Ridge Road")  # fmt: skip
US_TOWNS = (
    ("Boston", "MA", (21, 22)), ("Portland", "OR", (972, 972)), ("Austin", "TX", (787, 787)),
    ("Minneapolis", "MN", (554, 554)), ("Denver", "CO", (802, 802)), ("Seattle", "WA", (981, 981)),
    ("Chicago", "IL", (606, 606)), ("Brooklyn", "NY", (112, 112)), ("San Diego", "CA", (921, 921)),
    ("Ann Arbor", "MI", (481, 481)), ("Madison", "WI", (537, 537)), ("Asheville", "NC", (288, 288)),
)  # fmt: skip
EUROPE = (
    "Schönhauser Allee {n}, {z5:10435-10439} Berlin", "Lindenstraße {n}, {z5:50674-50679} Köln",
    "Hauptstraße {n}a, {z5:69117-69126} Heidelberg", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n}, boulevard Voltaire, 750{z2:11-11} Paris", "Mannerheimintie {n} A {m}, 00{z3:100-260} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33200} Tampere", "Thereses gate {n}, 0{z3:168-368} Oslo",
    "Nørrebrogade {n}, {m}. th., 2200 København N", "Vestergade {n}, {z4:8000-8000} Aarhus C",
    "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa", "ul. Długa {n}, 31-{z3:100-150} Kraków",
    "Calle Mayor {n}, {m}º B, 280{z2:01-13} Madrid", "Prinsengracht {n}, {z4:1015-1018} {L2} Amsterdam",
    "Oudegracht {n}, 351{z1:1-4} {L2} Utrecht", "Via Garibaldi {n}, 101{z2:21-28} Torino",
    "Bahnhofstrasse {n}, 80{z2:01-08} Zürich", "Rue Neuve {n}, 1000 Bruxelles",
    "{n} Merrion Square, Dublin 2, D02 {L2}{z2:10-99}", "Mariahilfer Straße {n}, 1060 Wien",
)  # fmt: skip
# Webmail and work domains, by the language of the row (work domains all under example.*).
MAIL = {
    "sv": (
        "gmail.com",
        "hotmail.com",
        "hotmail.se",
        "outlook.com",
        "live.se",
        "icloud.com",
        "telia.com",
        "yahoo.se",
        "protonmail.com",
    ),
    "en": (
        "gmail.com",
        "outlook.com",
        "yahoo.com",
        "icloud.com",
        "hotmail.co.uk",
        "btinternet.com",
        "aol.com",
        "protonmail.com",
    ),
}
WORK = {
    "sv": ("example.se", "psykologhuset.example.se", "region.example.se", "kommun.example.se", "student.example.se"),
    "en": ("example.com", "example.org", "example.co.uk", "nhs.example.net", "university.example.ac.uk"),
}  # fmt: skip
FIRM_LOCAL = ("info", "bokning", "reception", "kansli", "mottagningen", "admin", "kontakt", "ekonomi", "remiss", "hello", "appointments", "referrals", "intake", "billing", "office")  # fmt: skip
FIRM_DOMAIN = ("samtalsrummet.example.se", "terapihuset.example.se", "psykologhuset.example.se", "kbthuset.example.se", "familjeradgivningen.example.se", "studenthalsan.example.se", "riverside-counselling.example.co.uk", "northgatepsychology.example.co.uk", "clearwatercounseling.example.com", "example.org")  # fmt: skip


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
    base: list[Word] = field(default_factory=list)  # the surname before a Polish woman's ending

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of FS from one seeded Random; counts the head/tail split and the origins."""

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

    def person(self, woman: bool | None, kin: Person | None = None) -> Person:
        """Someone named in the row's language mix; `kin` gives a child or parent the same surname."""
        r = self.rng
        if kin is not None:
            key = kin.origin
        else:
            mix = MIXES[self.lang]
            key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "finnish": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        joint = " "
        typed_plain = key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3
        if kin is not None:
            base, joint = list(kin.base), kin.joint
        else:
            base = [self.pick(origin.surnames)]
            roll = r.random()
            if key == "latin" and roll < 0.6:  # apellido paterno y materno
                base.append(self.pick(origin.surnames))
            elif key == "swedish" and roll < 0.05:  # a married double name
                base.append(self.pick(origin.surnames))
                joint = "-" if roll < 0.03 else " "
            elif key in ("uk", "us") and roll < 0.03:
                base.append(self.pick(origin.surnames))
                joint = "-"
            if len(base) == 2 and base[0][0] == base[1][0]:
                base.pop()
            if typed_plain:
                base = [(plain(w), p) for w, p in base]
        if typed_plain:  # typed without the letters the keyboard lacks
            given = [(plain(w), p) for w, p in given]
        surname = [(feminine(w), p) for w, p in base] if key == "polish" and woman else list(base)
        return Person(woman, key, given, surname, middle, joint, base)

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
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given = clean(person.first)
        surname = clean(person.surname[0][0])
        local = r.choice((
            f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
            f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(70, 100)}",
        ))  # fmt: skip
        lang = self.lang if self.lang != "mixed" else r.choice(("sv", "sv", "en"))
        return f"{local}@{r.choice(WORK[lang] if r.random() < 0.4 else MAIL[lang])}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_LOCAL)}@{self.rng.choice(FIRM_DOMAIN)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in one of the groupings people write."""
        r = self.rng
        d, m = self.digits(7), "07" + r.choice("0023369")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (12, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (3, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 {m[1:]}-{d}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm, the two-digit areas and the three-digit ones."""
        r = self.rng
        d = self.digits(8)
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "11", "35", "36", "46", "54", "60", "90")
        )
        area3 = r.choice(("220", "240", "322", "380", "413", "455", "470", "480", "498", "500", "511", "520", "611", "620", "650", "660", "910", "920", "970", "980"))  # fmt: skip
        shapes = (
            (8, f"08-{d[:3]} {d[3:6]} {d[6:]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:]}"),
            (1, f"08-{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:]}"),
            (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area2}-{d[:6]}"), (2, f"+46 {area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.62 else self.landline()

    def practice_phone(self) -> str:
        """A practice's or a firm's number: switchboards, 010 and 020 numbers, landlines."""
        r = self.rng
        d = self.digits(7)
        roll = r.random()
        if roll < 0.25:
            return r.choice(
                (
                    f"010-{d[:3]} {d[3:5]} {d[5:]}",
                    f"010 {d[:3]} {d[3:5]} {d[5:]}",
                    f"+46 10 {d[:3]} {d[3:5]} {d[5:]}",
                )
            )
        if roll < 0.32:
            return r.choice(
                (
                    f"020-{d[:2]} {d[2:4]} {d[4:6]}",
                    f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
                    f"0770-{d[:3]} {d[3:6]}",
                )
            )
        return self.landline()

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(10)
        return r.choice((
            f"07{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:6]} {d[6:9]}", f"+44 7{d[:3]} {d[3:9]}", f"+44 (0)7{d[:3]} {d[3:9]}",
            f"020 7{d[:3]} {d[3:7]}", f"020 8{d[:3]} {d[3:7]}", f"+44 20 7{d[:3]} {d[3:7]}", f"+44 (0)20 {d[:4]} {d[4:8]}",
            f"0161 {d[:3]} {d[3:7]}", f"0113 {d[:3]} {d[3:7]}", f"0117 {d[:3]} {d[3:7]}", f"0131 {d[:3]} {d[3:7]}",
            f"029 {d[:4]} {d[4:8]}", f"01{d[:3]} {d[3:9]}", f"0044 1{d[:3]} {d[3:9]}", f"028 90{d[:2]} {d[2:6]}",
        ))  # fmt: skip

    def phone_uk_mobile(self) -> str:
        d = self.digits(9)
        return self.rng.choice(
            (
                f"07{d[:3]} {d[3:]}",
                f"07{d[:3]} {d[3:6]} {d[6:]}",
                f"+44 7{d[:3]} {d[3:]}",
                f"07{d[:3]}{d[3:]}",
            )
        )

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(
            ("617", "503", "512", "612", "303", "206", "312", "718", "619", "734", "608", "828")
        )
        d = f"{r.randrange(2, 10)}{self.digits(6)}"
        return r.choice((
            f"({area}) {d[:3]}-{d[3:]}", f"{area}-{d[:3]}-{d[3:]}", f"{area}.{d[:3]}.{d[3:]}", f"+1 {area} {d[:3]} {d[3:]}",
            f"+1 ({area}) {d[:3]}-{d[3:]}", f"1-{area}-{d[:3]}-{d[3:]}", f"({area}) {d[:3]} {d[3:]}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        return r.choice((
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"050 {d[:3]} {d[3:7]}", f"+358 9 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}",
            f"+49 (0)30 {d[:4]} {d[4:8]}", f"0049 221 {d[:6]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+353 8{r.choice('3579')} {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:3]} {d[3:7]}",
            f"+291 7 {d[:3]} {d[3:6]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}", f"+1 416 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}",
        ))  # fmt: skip

    def national_id(self, old: bool = False, child: bool = False, parent: bool = False) -> str:
        """A personnummer with a valid check digit; `old` someone past a hundred, with `+`."""
        r = self.rng
        year = (
            r.randrange(1918, 1927)
            if old
            else r.randrange(2009, 2022)
            if child
            else r.randrange(1972, 1997)
            if parent
            else r.randrange(1936, 2008)
        )
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.forms["personnummer +"] += 1
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
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(
            [t for t in SV_TOWNS if t[0] not in CITIES] if rural else SV_TOWNS
        )
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
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 180)}"

    def sv_address(
        self, lines: bool = False, lgh: bool = False, rural: bool | None = None, floor: bool = False
    ) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.1
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and (floor or r.random() < 0.07):
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.04:
            street += f", plan {r.randrange(2, 8)}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def street_floor(self) -> str:
        """A street with its floor (`Sveavägen 12, 3 tr`), sometimes with its postcode and town."""
        r = self.rng
        out = f"{self.sv_street()}, {r.randrange(1, 7)} tr"
        return out + f", {self.sv_postal()}" if r.random() < 0.4 else out

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"FE {r.randrange(1, 999)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, areas = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{r.choice(areas)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {street}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.4:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        if lines:
            return (
                street.replace(", ", "\n", 1) + f"\n{town}\n{code}"
                if r.random() < 0.5
                else f"{street}\n{town} {code}"
            )
        return f"{street}, {town} {code}" if r.random() < 0.6 else f"{street}, {town}, {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, (low, high) = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Suite', 'Apt', 'Unit', '#'))} {r.randrange(2, 600)}".replace(
                "# ", "#"
            )
        return f"{street}{chr(10) if lines else ', '}{town}, {state} {r.randrange(low, high + 1):03d}{r.randrange(1, 99):02d}"

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
        out = out.replace("{L2}", r.choice("ABCDEFHKNPRTVWX") + r.choice("ABCDEFHKNPRTVWX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def lower(value: str) -> str:
    """Lower case as people type it: a dotted capital I becomes a plain i."""
    return value.replace("İ", "I").lower()


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), GF the given name never short, GU in capitals, N/n the short form
    where the name has one, S/s the surname, SU in capitals, I an initial and the surname, Gi the
    given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail
    address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = lower(value) if base in ("g", "n") else value
    elif base in ("GF", "GU"):
        words, value = given, person.first.upper() if base == "GU" else person.first
    elif base in ("S", "s", "SU"):
        words = surname
        value = (
            lower(person.last)
            if base == "s"
            else person.last.upper()
            if base == "SU"
            else person.last
        )
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
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
    "GF",
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
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d)(?:=(\d))?)?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r = draw.rng
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    hour, minute = r.randrange(8, 20), r.choice(("00", "00", "15", "30", "45"))
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ALL": lambda: (draw.sv_address(lines=True, lgh=True, rural=False), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street() if r.random() < 0.8 else r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "STT": lambda: (draw.street_floor(), "ADDRESS"),
        "a": lambda: (lower(draw.sv_street() if r.random() < 0.4 else draw.sv_address()), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "STU": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHF": lambda: (draw.practice_phone(), "PHONE"),
        "PHU": lambda: (draw.phone_uk(), "PHONE"),
        "PHUM": lambda: (draw.phone_uk_mobile(), "PHONE"),
        "PHA": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRP": lambda: (draw.national_id(parent=True), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(child=True), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}/{month} 2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/2027")), None),
        "TIME": lambda: (f"{hour}{r.choice(('.', '.', ':'))}{minute}", None),
        "TIMEEN": lambda: (r.choice((f"{hour}:{minute}", f"{(hour - 1) % 12 + 1}:{minute} {'am' if hour < 12 else 'pm'}", f"{(hour - 1) % 12 + 1}{'am' if hour < 12 else 'pm'}")), None),
        "DOB": lambda: (r.choice((f"{day:02d}/{month:02d}/{r.randrange(1950, 2008)}", f"{day} {MONTHS['en'][month - 1]} {r.randrange(1950, 2008)}", f"{month}/{day}/{r.randrange(1950, 2008)}")), None),
        "DAY": lambda: (r.choice(DAYS["sv"][:5]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"][:5]), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "NUM": lambda: (str(r.randrange(2, 24)), None),
        "AMT": lambda: (r.choice((f"{r.choice((100, 200, 250, 300, 350, 400, 450, 500))} kr", f"{r.randrange(16, 41) * 50:,} kr".replace(",", " "), f"{r.randrange(16, 41) * 50:,},00 kr".replace(",", " "))), None),
        "GBP": lambda: (f"£{r.choice((45, 50, 60, 65, 70, 75, 80, 85, 90, 95, 110, 120, 140))}{r.choice(('', '.00'))}", None),
        "USD": lambda: (f"${r.choice((95, 120, 140, 150, 165, 175, 200, 225))}.00", None),
        "EUR": lambda: (f"€{r.randrange(60, 180)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"BK-{r.randrange(10000, 99999)}", f"#{r.randrange(10000, 99999)}", f"2027-{r.randrange(1, 9999):04d}", f"{r.choice('ABCDEFKLMRST')}{r.randrange(100000, 999999)}")), None),
        "INV": lambda: (str(r.randrange(10000, 99999999)), None),
        "OCR": lambda: (str(r.randrange(10**9, 10**13)), None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}")), None),
        "ORG": lambda: (f"559{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "PRAC": lambda: (r.choice(PRACTICES), None),
        "PRACEN": lambda: (r.choice(PRACTICES_EN), None),
        "ROLE": lambda: (r.choice(ROLES_SV), None),
        "ROLEEN": lambda: (r.choice(ROLES_EN), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(("Manchester", "Toronto", "Melbourne", "Boston", "Edinburgh", "Dublin", "Chicago", "Auckland")), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    nearest: Person | None = (
        None  # an e-mail address without `#n` is of the person named nearest before it
    )
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, kin, gender = match.group(1), match.group(2), match.group(3), match.group(4)
        base = form.rstrip("'")
        base = (
            base[:-1] if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS else base
        )
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            elif base == "E" and not ref and nearest is not None:
                person = nearest
            else:
                woman = {"f": True, "m": False}.get(gender or "")
                person = draw.person(woman, people.get(kin or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
            nearest = person
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """FS's rows: every negative once, then positive rows from shuffled decks of each language's
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


def pnr_form(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    sep = "+" if "+" in value else "-" if "-" in value else "no separator"
    return f"{len(digits)} digits, {sep}"


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of FS is printed."""
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
                forms["lower-case one word"] += value.islower() and " " not in value
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] in "([" and span["start"] > 0
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += " tr" in value
                forms["address Box"] += value.startswith("Box")
                forms["address street alone"] += not any(ch.isdigit() for ch in value)
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
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
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = sorted(set().union(*MIXES.values()) - set(draw.origins))
    print(f"origins in MIXES never drawn: {', '.join(missing) or 'none'}")
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only (no row, no value). Returns the problem count."""
    raw = path.read_bytes()
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    problems: Counter[str] = Counter()
    ids: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for row in rows:
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["row keys"] += 1
        ids[row["id"]] += 1
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, previous_end = row["text"], 0
        for span in row["spans"]:
            start, end, kind = span["start"], span["end"], span["kind"]
            kinds[kind] += 1
            if set(span) != {"start", "end", "kind"}:
                problems["span keys"] += 1
            if not 0 <= start < end <= len(text):
                problems["span empty or out of bounds"] += 1
                continue
            value = text[start:end]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < previous_end:
                problems["unsorted or overlapping"] += 1
            previous_end = end
            if kind not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["unknown kind"] += 1
            if kind == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                if len(digits) not in (10, 12) or luhn(digits[-10:-1]) != int(digits[-1]):
                    problems["personnummer check digit"] += 1
    problems["duplicate ids"] = sum(n - 1 for n in ids.values())
    problems["rows per language"] = int(Counter(r["lang"] for r in rows) != Counter(SIZES))
    print(
        f"{path.name}: {len(rows)} rows, {sum(kinds.values())} spans ("
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ")"
    )
    print(f"sha256 {hashlib.sha256(raw).hexdigest()}")
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
