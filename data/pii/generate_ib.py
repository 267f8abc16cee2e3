# ruff: noqa: E501
"""Generate held-out IB for personal-data detection (issue 15): names as the population has them,
a two-hundred-and-fifteenth writer.

    python data/pii/generate_ib.py               # writes data/pii/generated-heldout-ib.jsonl
    python data/pii/generate_ib.py --stats       # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ib.py --check       # checks the written file, prints counts only
    python data/pii/generate_ib.py --seed 7 --out /tmp/ib.jsonl   # a scratch seed

IB's names are drawn by how often people really carry them: every name word comes from
`names_ib.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is home care and personal assistance (`templates_ib.py`): hemtjänst visit
schedules and staff rotas, care plans and daily notes, key handovers and safety-alarm calls,
relatives' messages, LSS and assistance-hours decisions and time reports, agency invoices and
complaints, in Swedish, English and the two mixed as Swedes write at work. Written by a helper
who does not tune the detector, who read only `generate_aw.py` (for these mechanics), the
sections "Held-out AW" and "Held-out CL" of `docs/privacy.md` and the first line of
`generated-heldout-u.jsonl`; neither the detector's rules, lexicons and tagger (`src/`), nor any
other set's names, templates or rows, nor any error listing. IB was never run through the detector
by its writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded
Random: same seed, same bytes.
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

from names_ib import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ib import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270292
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ib.jsonl"
SPLIT = "heldout-ib"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Kyrkogatan",
    "Nygatan", "Södra Järnvägsgatan", "Trädgårdsgatan", "Hantverkargatan", "Västra Långgatan",
    "Östra Kyrkogatan", "Tullgatan", "Bruksgatan", "Fabriksgatan", "Sjömansgatan", "Smedjegatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Ekvägen", "Lönnvägen", "Aspvägen", "Rönnvägen",
    "Syrenvägen", "Ringvägen", "Skogsvägen", "Solvägen", "Vallvägen", "Idrottsvägen",
    "Lärarvägen", "Sjukhusvägen", "Vårdvägen", "Gamla Vägen", "Norra Ringvägen", "Åkervägen",
    "Lingonsvängen", "Hjortronsvängen", "Blåklockssvängen", "Rosensvängen", "Kastanjeallé",
    "Lindallén", "Parkallén", "Slottsallén", "Södra allén", "Kvarnbacken", "Rosenbacken",
    "Sjöbacken", "Tingsbacken", "Solbacke", "Tallbacken", "Trastens backe", "Smultronstigen",
    "Mjölnarstigen", "Lärkstigen", "Trollstigen", "Vitsippestigen", "Blåbärsstigen",
    "Stortorget", "Gustav Adolfs torg", "Lilla torget", "Fisktorget", "Brunnstorg",
    "Klostertorget", "Rådhusplan", "Järnvägsplan", "Kyrkplan", "Kopparplan", "Pilgränd",
    "Klockgränd", "Skomakargränd", "Bagargränd", "Repslagargränd", "Norra Kajen", "Skeppsbrokajen",
    "Hamnkajen", "Packhuskajen", "Södra Strandgatan", "Fältspatsvägen", "Mossvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (first, last).
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Gävle", 802, 806), ("Södertälje", 151, 152),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Östersund", 831, 832), ("Borlänge", 781, 784), ("Kalmar", 392, 393),
    ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Uddevalla", 451, 451),
    ("Motala", 591, 591), ("Nyköping", 611, 611), ("Örnsköldsvik", 891, 891), ("Varberg", 432, 432),
    ("Piteå", 941, 941), ("Visby", 621, 621), ("Enköping", 745, 745), ("Hudiksvall", 824, 824),
    ("Kiruna", 981, 981), ("Ludvika", 771, 771), ("Alingsås", 441, 441), ("Ystad", 271, 271),
    ("Hässleholm", 281, 281), ("Vänersborg", 462, 462), ("Sala", 733, 733), ("Söderhamn", 826, 826),
    ("Härnösand", 871, 871), ("Skellefteå", 931, 931), ("Lycksele", 921, 921), ("Torsby", 685, 685),
    ("Kristinehamn", 681, 681), ("Falköping", 521, 521), ("Värnamo", 331, 331), ("Ljungby", 341, 341),
    ("Karlshamn", 374, 374), ("Oskarshamn", 572, 572), ("Västervik", 593, 593), ("Tranås", 573, 573),
    ("Norrtälje", 761, 761), ("Tierp", 815, 815), ("Lindesberg", 711, 711), ("Karlskoga", 691, 691),
    ("Strängnäs", 645, 645), ("Mariestad", 542, 542), ("Lysekil", 453, 453), ("Kungsbacka", 434, 434),
    ("Falkenberg", 311, 311), ("Trelleborg", 231, 231), ("Simrishamn", 272, 272), ("Höör", 243, 243),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Västanby 24`, a rural postcode `xxx 9x`).
VILLAGES = (
    "Västanby", "Norrby", "Sörbyn", "Hällbacken", "Bäcken", "Lillåsen", "Gammelgården", "Ösby",
    "Kvarntorp", "Björkhult", "Ekeby", "Stensjö", "Lövåsen", "Mossebo", "Tallnäs", "Ängen",
    "Skräddartorp", "Åsen", "Backa", "Östra Ryd", "Nolby", "Sunnanå", "Myckelby", "Hagalund",
)  # fmt: skip
UK_STREETS = (
    "Rosemary Close", "Elm Grove", "Beech Avenue", "Primrose Lane", "Meadow Way", "Station Road",
    "Church Street", "Victoria Terrace", "Albert Road", "Queens Drive", "The Crescent",
    "Orchard Gardens", "Mill Lane", "Castle View", "Greenfield Road", "Howard Street",
    "St Mary's Road", "Cemetery Road", "Whitehall Lane", "Brook Street",
)  # fmt: skip
UK_COURTS = ("Willow Court", "Beechwood House", "Abbey Lodge", "Rowan Court", "Cedar House", "Oak Lodge", "Heron Court")  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Sheffield", "S"), ("Bristol", "BS"), ("Norwich", "NR"), ("Derby", "DE"),
    ("Plymouth", "PL"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Glasgow", "G"), ("Edinburgh", "EH"),
    ("Aberdeen", "AB"), ("Belfast", "BT"), ("York", "YO"), ("Carlisle", "CA"), ("Exeter", "EX"),
    ("Leicester", "LE"), ("Nottingham", "NG"), ("Brighton", "BN"), ("Reading", "RG"), ("Coventry", "CV"),
)  # fmt: skip
US_STREETS = (
    "Elm Street", "Oak Avenue", "Lincoln Avenue", "Maple Street", "Washington Street",
    "Park Avenue", "Cedar Lane", "Lakeview Drive", "Summit Avenue", "Prospect Street",
    "Willow Court", "2nd Street NE", "W 38th Street", "Grand Avenue", "Jefferson Blvd",
)  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Saint Paul", "MN", 551), ("Madison", "WI", 537),
    ("Rochester", "NY", 146), ("Columbus", "OH", 432), ("Tucson", "AZ", 857),
    ("Spokane", "WA", 992), ("Des Moines", "IA", 503), ("Albany", "NY", 122),
    ("Sacramento", "CA", 958), ("Austin", "TX", 787), ("Worcester", "MA", 16),
)  # fmt: skip
EUROPE = (
    "Gartenstraße {n}, {z5:70173-70199} Stuttgart", "Schillerstraße {n}, {z5:04103-04109} Leipzig",
    "{n} rue Victor Hugo, {z5:69002-69009} Lyon", "Keskuskatu {n} A {m}, {z5:00100-00180} Helsinki",
    "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere", "Storgata {n}, {z4:0155-0190} Oslo",
    "Nørregade {n}, {m}. th., {z4:8000-8000} Aarhus C", "ul. Mickiewicza {n}/{m}, 31-{z3:100-999} Kraków",
    "Ulica Maršala Tita {n}, {z5:71000-71000} Sarajevo", "Ilica {n}, {z5:10000-10000} Zagreb",
    "Bulevar oslobođenja {n}, {z5:21000-21000} Novi Sad", "Atatürk Cad. No: {n} D: {m}, {z5:06420-06420} Çankaya/Ankara",
    "Calle Mayor {n}, {m}º B, {z5:28013-28015} Madrid", "Via Garibaldi {n}, {z5:40124-40126} Bologna",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Narva mnt {n}-{m}, {z5:10117-10152} Tallinn",
    "Av. Providencia {n}, depto {m}, Providencia, Santiago", "Tuomiokirkonkatu {n}, {z5:33100-33100} Tampere",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.se", "hotmail.co.uk", "btinternet.com", "yahoo.com")  # fmt: skip
# Second parts of the hyphenated given names Swedes carry (`Anna-Karin`, `Karl-Erik`).
SECOND_F = ("Karin", "Lena", "Maria", "Marie", "Britt", "Christin", "Sofie", "Louise", "Kristin", "Lotta")  # fmt: skip
SECOND_M = ("Erik", "Olof", "Johan", "Göran", "Åke", "Gunnar", "Anders", "Ove", "Axel", "Arne")  # fmt: skip
WORK = ("example.se", "hemtjanst.example.se", "assistans.example.se", "kommun.example.se", "example.com", "example.co.uk", "care.example.org")  # fmt: skip
DESKS = ("hemtjanst.norr", "schema", "assistans", "kundtjanst", "larmcentralen", "faktura", "info", "bistand", "synpunkter", "rota", "office", "care", "accounts", "scheduling", "nyckelhantering", "planering", "ekonomi", "tidrapport")  # fmt: skip


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
    """Every value of IB from one seeded Random; counts the head/tail split and the origins."""

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
        word, part = given[0]
        if key == "swedish" and "-" not in word and word in pool.names[:80] and r.random() < 0.04:
            second = r.choice(SECOND_F if woman else SECOND_M)  # Anna-Karin, Lars-Erik
            if second != word:
                given = [(f"{word}-{second}", part)]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "finnish": 0.3}.get(key, 0.05):
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

        def clean(name: str) -> str:
            return re.sub(r"[^a-z]", "", plain(name).lower())

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(40, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def desk(self) -> str:
        """A unit's or a firm's e-mail address, no person's."""
        r = self.rng
        return f"{r.choice(DESKS)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, kind: str = "any") -> str:
        """A Swedish number in the groupings people write: a mobile, a landline or a firm's."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "63", "23", "26", "11", "35", "36", "42", "46", "60"))  # fmt: skip
        area3 = r.choice(("120", "140", "171", "220", "240", "250", "270", "280", "291", "300", "340", "370", "380", "410", "413", "431", "451", "454", "480", "490", "500", "510", "520", "522", "532", "550", "560", "570", "586", "611", "620", "640", "650", "660", "670", "680", "690", "910", "911", "920", "921", "940", "950", "970", "980"))  # fmt: skip
        mobiles = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:7]}"),
        )  # fmt: skip
        lands = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"), (1, f"0{area2}{d[:7]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        firms = (
            (5, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (4, f"0771-{d[:3]} {d[3:6]}"), (3, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"010-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (2, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{area3}-{d[:3]} {d[3:6]}"), (1, f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 771 {d[:3]} {d[3:6]}"),
        )  # fmt: skip
        if kind == "mobile":
            shapes = mobiles
        elif kind == "firm":
            shapes = firms
        else:
            shapes = mobiles + lands
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self, country: str = "any") -> str:
        """A number from abroad, written as people there write it, with `+`, `00` or as dialled."""
        r = self.rng
        d = self.digits(10)
        uk = (f"07700 900{d[:3]}", f"+44 7700 900{d[:3]}", f"020 7946 0{d[:3]}", f"+44 (0)20 7946 0{d[:3]}",
              f"0161 496 0{d[:3]}", f"0113 496 0{d[:3]}", f"(01632) 960{d[:3]}", f"0044 7700 900{d[:3]}",
              f"0117 496 0{d[:3]}", f"029 2018 0{d[:3]}")  # fmt: skip
        us = (f"(612) 555-0{d[:3]}", f"612-555-0{d[:3]}", f"+1 507 555 0{d[:3]}", f"(608) 555-01{d[:2]}",
              f"555-01{d[:2]}", f"+1 (916) 555-0{d[:3]}", f"518.555.0{d[:3]}", f"1-800-555-0{d[:3]}")  # fmt: skip
        world = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {r.choice('2345')}{d[:1]} {d[1:3]} {d[3:5]} {d[5:7]}", f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"00358 50 {d[:3]} {d[3:7]}", f"+49 171 {d[:7]}", f"+49 (0)711 {d[:6]}", f"0049 341 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"0532 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+964 77{d[:1]} {d[1:4]} {d[4:8]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+252 61 {d[:7]}", f"+252 90 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}", f"0098 935 {d[:7]}",
            f"+93 70 {d[:3]} {d[3:7]}", f"+291 7 {d[:6]}", f"+387 61 {d[:3]} {d[3:6]}", f"+381 64 {d[:7]}",
            f"+385 91 {d[:3]} {d[3:7]}", f"+66 81 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+354 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        shapes = {"uk": uk, "us": us}.get(country, world + uk[:3] + us[:3])
        return r.choice(shapes)

    def national_id(self, kind: str = "any") -> str:
        """A personnummer with a valid check digit; `old` for care's clients, `hundred` turning 100."""
        r = self.rng
        if kind == "hundred":  # turns a hundred this year (2027)
            year = 1927
        elif kind == "old":
            year = r.randrange(1921, 1950)
        else:
            year = r.randrange(1936, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        sep = "+" if 2027 - year >= 100 else "-"
        if kind == "hundred":
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}{sep}{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[24:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        roll = r.random()
        if roll < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.1:
            out = "SE-" + out
        elif roll < 0.12:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def flat(self, street: str) -> str:
        """`lgh 1102`, `2 tr`, `uppg. B` after a street, as flats are written."""
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return (
                f"{street}{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
            )
        if roll < 0.8:
            return f"{street}, {r.randrange(1, 7)} tr"
        if roll < 0.9:
            return f"{street}, uppg. {r.choice('ABC')}"
        return f"{street}, {r.randrange(1, 7)} tr, lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"

    def sv_address(self, lines: bool = False, flat: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.18
        street = self.village() if rural else self.sv_street()
        if not rural and (flat or r.random() < 0.2):
            street = self.flat(street)
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 8)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.3:  # sheltered housing and flats
            street = f"Flat {r.randrange(1, 40)}, {r.choice(UK_COURTS)}, {r.choice(UK_STREETS)}"
        elif roll < 0.4:
            street = f"{r.randrange(1, 30)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return (
            f"{street.replace(', ', chr(10))}\n{town}\n{code}"
            if lines
            else f"{street}, {town} {code}"
        )

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Apt.'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
                "# ", "#"
            )
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
    (sometimes its short form), GU in capitals, N/n the short form where the name has one, S/s the
    surname, SU in capitals, I an initial and the surname, Gi the given name and the surname's
    initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for
    a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form.rstrip("'")
    if not english and len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS:
        base = base[:-1]
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "GU", "N", "n", "S", "s", "SU", "I", "Gi", "R", "RU", "E"}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, lang = draw.rng, draw.lang
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    en = lang == "en"

    def co(lines: bool) -> list[Segment]:
        """`c/o` outside, the name after it its own PERSON, the ADDRESS from the street."""
        name = person_segments(r.choice(("P", "P", "S", "F")), draw.person(None), draw)
        return [
            ("c/o ", None),
            *name,
            ("\n" if lines else ", ", None),
            (draw.sv_address(lines=lines, rural=False), "ADDRESS"),
        ]

    def lower_address() -> str:
        roll = r.random()
        if roll < 0.35:
            return draw.sv_street().lower()
        if roll < 0.45:
            return draw.village().lower()
        return draw.sv_address(rural=False).lower()

    values: dict[str, Callable[[], list[Segment]]] = {
        "A": lambda: [(draw.sv_address(), "ADDRESS")],
        "AL": lambda: [(draw.sv_address(lines=True), "ADDRESS")],
        "AR": lambda: [(draw.sv_address(rural=True), "ADDRESS")],
        "ARL": lambda: [(draw.sv_address(lines=True, rural=True), "ADDRESS")],
        "AF": lambda: [(draw.sv_address(flat=True, rural=False), "ADDRESS")],
        "ST": lambda: [(draw.sv_street(), "ADDRESS")],
        "STF": lambda: [(draw.flat(draw.sv_street()), "ADDRESS")],
        "STN": lambda: [(r.choice(SV_STREETS), "ADDRESS")],
        "stn": lambda: [(r.choice(SV_STREETS).lower(), "ADDRESS")],
        "VIL": lambda: [(draw.village(), "ADDRESS")],
        "a": lambda: [(lower_address(), "ADDRESS")],
        "BOX": lambda: [(draw.box(), "ADDRESS")],
        "CO": lambda: co(False),
        "COL": lambda: co(True),
        "AU": lambda: [(draw.uk_address(), "ADDRESS")],
        "AUL": lambda: [(draw.uk_address(lines=True), "ADDRESS")],
        "au": lambda: [(draw.uk_address().lower(), "ADDRESS")],
        "AUS": lambda: [(draw.us_address(), "ADDRESS")],
        "AUSL": lambda: [(draw.us_address(lines=True), "ADDRESS")],
        "AX": lambda: [(draw.eu_address(), "ADDRESS")],
        "AXL": lambda: [(draw.eu_address(lines=True), "ADDRESS")],
        "PH": lambda: [(draw.phone(), "PHONE")],
        "PHM": lambda: [(draw.phone("mobile"), "PHONE")],
        "PHF": lambda: [(draw.phone("firm"), "PHONE")],
        "PHX": lambda: [(draw.phone_x(), "PHONE")],
        "PHUK": lambda: [(draw.phone_x("uk"), "PHONE")],
        "PHUS": lambda: [(draw.phone_x("us"), "PHONE")],
        "PNR": lambda: [(draw.national_id(), "NATIONAL_ID")],
        "PNRO": lambda: [(draw.national_id("old"), "NATIONAL_ID")],
        "PNRH": lambda: [(draw.national_id("hundred"), "NATIONAL_ID")],
        "EF": lambda: [(draw.desk(), "EMAIL")],
        "DATE": lambda: [(r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}/{month} -27")), None)],
        "DATEEN": lambda: [(r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None)],
        "TIME": lambda: [(f"{r.randrange(6, 23):02d}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45', '10', '50'))}", None)],
        "MONTH": lambda: [(MONTHS["en" if en else "sv"][month - 1], None)],
        "WEEK": lambda: [(str(r.randrange(1, 53)), None)],
        "NUM": lambda: [(str(r.randrange(2, 60)), None)],
        "HRS": lambda: [((f"{r.randrange(4, 180)}.{r.choice('05')}" if en else f"{r.randrange(4, 180)},{r.choice('05')}"), None)],
        "AMT": lambda: [(f"{r.randrange(120, 48000):,} kr".replace(",", " "), None)],
        "SEK": lambda: [(f"SEK {r.randrange(120, 48000):,}", None)],
        "GBP": lambda: [(f"£{r.randrange(12, 2600):,}.{r.randrange(100):02d}", None)],
        "USD": lambda: [(f"${r.randrange(18, 4200):,}.{r.randrange(100):02d}", None)],
        "REF": lambda: [(r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{r.randrange(20000, 99999)}", f"#{r.randrange(10000, 99999)}")), None)],
        "DNR": lambda: [(r.choice((f"SN 2027/{r.randrange(1, 9999):04d}", f"VO-2027-{r.randrange(100, 9999)}", f"{r.randrange(100, 999)}-{r.randrange(10000, 99999)}-27")), None)],
        "KEY": lambda: [(r.choice((f"K-{r.randrange(100, 999)}", f"N{r.randrange(10, 999)}", f"HT-{r.randrange(1, 99):02d}-{r.randrange(100, 999)}")), None)],
        "CODE": lambda: [(f"{r.randrange(1000, 9999)}", None)],
        "ALARM": lambda: [(r.choice((f"TL-{r.randrange(10000, 99999)}", f"{r.randrange(100000, 999999)}", f"LARM {r.randrange(1000, 9999)}")), None)],
        "ORG": lambda: [(f"{r.choice(('556', '559', '802', '769'))}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None)],
        "BG": lambda: [(f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None)],
        "OCR": lambda: [(str(r.randrange(10**13, 10**16)), None)],
        "TOWN": lambda: [(r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None)],
        "DAY": lambda: [(r.choice(DAYS["sv"]), None)],
        "DAYEN": lambda: [(r.choice(DAYS["en"]), None)],
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
        if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS:
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
    """IB's rows: every negative once, then positive rows from shuffled decks of each language's
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
    sep = "+" if "+" in value else "-" if "-" in value else ""
    return f"{len(digits)} digits" + (f" with {sep}" if sep else " without a separator")


def pnr_valid(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if len(digits) not in (10, 12) or not re.fullmatch(r"(?:\d{8}|\d{6})[-+]?\d{4}", value):
        return False
    digits = digits[-10:]
    return luhn(digits[:9]) == int(digits[9])


def counts(rows: list[dict[str, object]]) -> None:
    """Counts only: no row of IB is printed."""
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
        prev: dict[str, object] = {}
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
                after = text[span["end"] : span["end"] + 3]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                before = text[max(0, span["start"] - 1) : span["start"]]
                forms["after @"] += before == "@"
                forms["in brackets"] += before == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address after c/o"] += (
                    bool(prev) and text[prev["start"] - 4 : prev["start"]] == "c/o "
                )
                forms["address SE-"] += "SE-" in value
                forms["street alone"] += not re.search(r"\d", value)
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
            prev = span
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (all {sum(empty.values())})"
    )
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}; PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    counts(rows)
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})")  # fmt: skip
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for lang in MIXES for k in MIXES[lang] if not draw.origins[k]]
    print(f"origins of MIXES never drawn: {sorted(set(missing)) or 'none'}")
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(la for la, _ in NEGATIVES).items())))  # fmt: skip


def check(path: Path) -> int:
    """Checks the written file and prints counts only; returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    ids = Counter(row.get("id") for row in rows)
    problems["duplicate ids"] = sum(n - 1 for n in ids.values() if n > 1)
    for row in rows:
        if list(row) != ["id", "split", "lang", "text", "spans"]:
            problems["keys"] += 1
        if row.get("split") != SPLIT or row.get("lang") not in SIZES:
            problems["split or lang"] += 1
        text, spans, end = row["text"], row["spans"], 0
        for span in spans:
            start, stop, kind = span["start"], span["end"], span["kind"]
            value = text[start:stop] if 0 <= start < stop <= len(text) else ""
            if not value:
                problems["empty or out of bounds"] += 1
                continue
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < end:
                problems["unsorted or overlapping"] += 1
            end = stop
            if kind not in KINDS:
                problems["kind"] += 1
            if kind == "NATIONAL_ID" and not pnr_valid(value):
                problems["personnummer check digit"] += 1
    counts(rows)
    bad = sum(problems.values())
    print("check: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "no problems"))
    return bad


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, print counts only")  # fmt: skip
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
