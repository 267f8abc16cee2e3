# ruff: noqa: E501
"""Generate held-out GC for personal-data detection (issue 15): names as the population has them,
a 164th writer.

    python data/pii/generate_gc.py          # writes data/pii/generated-heldout-gc.jsonl
    python data/pii/generate_gc.py --stats  # counts only (sizes, forms, the head/tail split, origins)
    python data/pii/generate_gc.py --check  # checks the written file, prints counts only
    python data/pii/generate_gc.py --seed 7 --out /tmp/gc.jsonl  # a scratch seed, elsewhere

GC's names are drawn by how often people really carry them: every name word comes from
`names_gc.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is coworking spaces and office rentals (`templates_gc.py`): membership sign-ups and
contracts, desk and meeting-room bookings, visitor logs and guest registrations, mailroom notices
and parcel lists, invoices and reminders, member chat, access-card and key tickets, in Swedish,
English and the two mixed as Swedes write at work, with addresses of every common form (offices
on floors, `lgh`, `Box`, c/o, rural home addresses, the UK, the US and Europe) and phone numbers
in every common grouping. Written by a helper who does not tune the detector and who read only
`generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format and
`--stats`), the sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons or tagger (`src/`), not any error
listing, not any other set's names, templates or rows. GC was never run through the detector by
its writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded
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
from datetime import date
from pathlib import Path
from random import Random

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from names_gc import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gc import (  # noqa: E402
    COURIERS,
    DAYS,
    EN,
    FIRMS,
    MIXED,
    MONTHS,
    NEGATIVES,
    PETS,
    ROOMS,
    SPACES,
    SV,
)

SEED = 20270241
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gc.jsonl"
SPLIT = "heldout-gc"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, the writer's own (offices are in town, homes anywhere).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Götgatan", "Hornsgatan", "Odengatan",
    "Upplandsgatan", "Fleminggatan", "Linnégatan", "Engelbrektsgatan", "Östra Hamngatan",
    "Västra Hamngatan", "Södra Förstadsgatan", "Bangatan", "Stora Nygatan", "Klostergatan",
    "Järnvägsgatan", "Fabriksgatan", "Verkstadsgatan", "Repslagargatan", "Smedjegatan", "Kvarngatan",
    "Nygatan", "Skolgatan", "Trädgårdsgatan", "Magasinsgatan", "Tullgatan", "Birger Jarlsgatan",
    "Olof Palmes gata", "Sankt Eriksgatan", "Sveavägen", "Valhallavägen", "Industrivägen", "Björkvägen",
    "Ringvägen", "Tallvägen", "Lindvägen", "Ekvägen", "Sjövägen", "Kvarnvägen", "Hantverksvägen",
    "Parkvägen", "Bergsvägen", "Granvägen", "Solvägen", "Strandvägen", "Kopparsvängen", "Ängssvängen",
    "Lärksvängen", "Mejerisvängen", "Hammarby allé", "Lindallén", "Kastanjeallén", "Sofielunds allé",
    "Kvarnbacken", "Prästbacken", "Tegelbacken", "Slottsbacken", "Mariebergs backe", "Kvarnbergs backe",
    "Lärkstigen", "Blåbärsstigen", "Ekorrstigen", "Hasselstigen", "Tjäderstigen", "Stortorget",
    "Järntorget", "Norra torget", "Kungstorget", "Möllevångstorget", "Stationsplan", "Brunnsplan",
    "Hamnplan", "Slussplan", "Torsplan", "Smedgränd", "Tulpangränd", "Kyrkogränd", "Klockargränd",
    "Hamnkajen", "Sjöbodskajen", "Ångbåtskajen", "Packhuskajen", "Södra Kajen",
)  # fmt: skip
# Towns and the first three digits of their postcodes, low to high.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 418), ("Malmö", 211, 217), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Östersund", 831, 832), ("Trollhättan", 461, 462), ("Kalmar", 392, 393),
    ("Falun", 791, 791), ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Kristianstad", 291, 291),
    ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Nacka", 131, 131), ("Lidingö", 181, 181),
    ("Täby", 183, 187), ("Mölndal", 431, 431), ("Kungsbacka", 434, 434), ("Varberg", 432, 432),
    ("Visby", 621, 621), ("Nyköping", 611, 611), ("Motala", 591, 591), ("Kiruna", 981, 981),
)  # fmt: skip
# Villages of the countryside: rural addresses go by village and number, postcode ending 9x.
VILLAGES = (
    ("Västanby", "Kungsbacka", 434), ("Östanå", "Uppsala", 755), ("Norrby", "Falun", 791),
    ("Söderby", "Nyköping", 611), ("Lillkyrka", "Örebro", 705), ("Broby", "Kristianstad", 291),
    ("Tuna", "Motala", 591), ("Myrby", "Visby", 621), ("Hagby", "Kalmar", 392),
    ("Kullerstad", "Norrköping", 605), ("Bärby", "Varberg", 432), ("Åsen", "Östersund", 832),
    ("Ytterby", "Skövde", 541), ("Mellanfjärden", "Sundsvall", 855), ("Storbyn", "Umeå", 905),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Mill Lane", "Church Street", "Victoria Road", "Queen Street",
    "Market Street", "Canal Street", "Bridge Street", "Park Road", "New Road", "Albion Street",
    "Granby Row", "Wharf Road", "Dock Street", "Brewery Lane", "Foundry Lane", "Castle Street",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("Cambridge", "CB"), ("Oxford", "OX"),
    ("Brighton", "BN"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Cardiff", "CF"), ("Belfast", "BT"),
    ("Birmingham", "B"), ("Liverpool", "L"), ("Newcastle upon Tyne", "NE"), ("Sheffield", "S"),
    ("Nottingham", "NG"), ("York", "YO"), ("Norwich", "NR"), ("London", ""),
)  # fmt: skip
LONDON = ("EC1V", "EC2A", "E1", "E2", "E8", "N1", "N7", "SE1", "SE15", "SW9", "W1D", "WC2H", "NW1")
UK_BUILDINGS = ("Riverside Business Centre", "The Old Mill", "Canalside Studios", "Victoria House", "Brunel Works", "The Printworks", "Albion Yard")  # fmt: skip
US_STREETS = ("Market Street", "Main Street", "Congress Avenue", "Broadway", "Pike Street", "Larimer Street", "North Avenue", "Water Street", "5th Avenue", "Mission Street", "Elm Street")  # fmt: skip
US_TOWNS = (
    ("San Francisco", "CA", 941), ("Austin", "TX", 787), ("Seattle", "WA", 981), ("Denver", "CO", 802),
    ("Chicago", "IL", 606), ("Boston", "MA", 21), ("New York", "NY", 100), ("Brooklyn", "NY", 112),
    ("Portland", "OR", 972), ("Minneapolis", "MN", 554), ("Atlanta", "GA", 303),
)  # fmt: skip
EUROPE = (
    "Torstraße {n}, {z5:10115-10119} Berlin", "Schanzenstraße {n}, {z5:20357-20357} Hamburg",
    "Sendlinger Straße {n}, {z5:80331-80331} München", "{n} rue de la Roquette, {z5:75011-75011} Paris",
    "{n} rue de la République, {z5:69002-69002} Lyon", "Hämeentie {n}, {z5:00500-00530} Helsinki",
    "Kauppakatu {n} A {m}, {z5:40100-40100} Jyväskylä", "Markveien {n}, {z4:0550-0559} Oslo",
    "Strandgaten {n}, {z4:5013-5015} Bergen", "Jægersborggade {n}, {z4:2200-2200} København N",
    "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N", "ul. Piękna {n}/{m}, 00-{z3:539-549} Warszawa",
    "ul. Długa {n}, 80-{z3:827-831} Gdańsk", "Carrer de Pujades {n}, {z5:08005-08005} Barcelona",
    "Calle de Alcalá {n}, {m}º B, {z5:28009-28014} Madrid", "Keizersgracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Nieuwe Binnenweg {n}, {z4:3014-3015} {L2} Rotterdam", "Via Tortona {n}, {z5:20144-20144} Milano",
    "Telliskivi {n}a, {z5:10412-10412} Tallinn", "Rua da Prata {n}, 1100-{z3:400-420} Lisboa",
    "Rue de la Loi {n}, {z4:1040-1040} Bruxelles", "Langstrasse {n}, {z4:8004-8004} Zürich",
    "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien", "Vinohradská {n}, {z3:120-130} 00 Praha 2",
    "{n} Grand Canal Street Lower, Dublin 2, D02 X{z3:100-999}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "protonmail.com", "hotmail.co.uk", "me.com", "gmail.com")  # fmt: skip
WORK = ("nordkod.se", "fjarilstudio.se", "lyktanfilm.se", "molnbolaget.se", "havsbriskonsult.se", "pixelverkstan.se", "brightwaterlabs.com", "northstar-analytics.io", "tidewell.studio", "copperleaf.co.uk", "fieldnote.design", "spira-ark.se", "example.se", "example.com")  # fmt: skip
ROLES = ("reception", "info", "hello", "bokning", "booking", "faktura", "invoices", "post", "mailroom", "community", "medlem", "members", "support", "access", "hej", "kontor")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def domain(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", plain(name).lower())


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
    """Every value of GC from one seeded Random; counts the head/tail split, origins and forms."""

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
        part = "head" if r.random() < HEAD_SHARE or pool.head >= len(pool.names) else "tail"
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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.05:  # Anna-Karin
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or ("-" in middle[0][0] and key != "swedish"):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.035 else " "
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (
            surname[0][0] == surname[1][0] or " " in surname[1][0] or "-" in surname[1][0]
        ):
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
        given = domain(person.first)
        surname = domain(person.surname[0][0]) or "x"
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given}", f"{given[0]}.{surname}", f"{given}{r.randrange(70, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def firm_email(self, space: str | None = None) -> str:
        r = self.rng
        name = space or r.choice(SPACES["en" if self.lang == "en" else "sv"])
        tld = (
            ".co.uk"
            if self.lang == "en" and r.random() < 0.4
            else ".se"
            if self.lang != "en"
            else ".com"
        )
        return f"{r.choice(ROLES)}@{domain(name)}{tld}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm, the cities, the smaller towns, and firms' numbers."""
        r = self.rng
        d = self.digits(8)
        area2 = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "19",
                "21",
                "42",
                "11",
                "36",
                "90",
                "46",
                "33",
                "60",
                "26",
                "16",
            )
        )
        area3 = r.choice(("155", "171", "250", "280", "300", "340", "470", "480", "498", "520", "586", "611", "640", "660", "910", "920", "980"))  # fmt: skip
        shapes = (
            (8, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (5, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"08{d}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"), (6, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{area3}-{d[:3]} {d[3:5]}"), (1, f"0{area3}{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def firm_phone(self) -> str:
        """A firm's or a switchboard's number: 010, 020, 0771, 0770 or a city's landline."""
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"010-{d[:3]} {d[3:5]} {d[5:]}", f"010 {d[:3]} {d[3:5]} {d[5:]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"020-{d[:3]} {d[3:6]}", f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0770-{d[:3]} {d[3:6]}",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:]}", self.landline(), self.landline(),
        )  # fmt: skip
        return r.choice(shapes)

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.68 else self.landline()

    def phone_x(self, country: str | None = None) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = {
            "no": (f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"0047 {r.choice('49')}{d[:7]}"),
            "dk": (f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}"),
            "fi": (f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"+358 9 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}"),
            "uk": (f"+44 7700 900{d[:3]}", f"07700 900 {d[:3]}", f"020 7946 0{d[:3]}", f"+44 (0)161 496 0{d[:3]}", f"0113 496 0{d[:3]}", f"+44 20 7946 0{d[:3]}", f"0044 7{d[:3]} {d[3:9]}"),
            "ukm": (f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 (0)7700 900 {d[:3]}"),
            "us": (f"+1 (415) 555-0{d[:3]}", f"(512) 555-0{d[:3]}", f"206-555-0{d[:3]}", f"+1 312 555 0{d[:3]}", f"617.555.0{d[:3]}", f"001 212 555 0{d[:3]}"),
            "de": (f"+49 30 {d[:8]}", f"+49 151 {d[:8]}", f"030 {d[:7]}", f"+49 (0)40 {d[:3]} {d[3:7]}"),
            "fr": (f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 (0)1 42 {d[:2]} {d[2:4]} {d[4:6]}"),
            "nl": (f"+31 6 {d[:8]}", f"06-{d[:8]}", f"+31 20 {d[:3]} {d[3:7]}"),
            "es": (f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+34 91 {d[:3]} {d[3:5]} {d[5:7]}"),
            "it": (f"+39 347 {d[:3]} {d[3:7]}", f"+39 02 {d[:4]} {d[4:8]}"),
            "pl": (f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}"),
            "ee": (f"+372 5{d[:3]} {d[3:7]}",), "ie": (f"+353 87 {d[:3]} {d[3:7]}", f"087 {d[:3]} {d[3:7]}"),
            "pt": (f"+351 91{d[:1]} {d[1:4]} {d[4:7]}",), "ua": (f"+380 67 {d[:3]} {d[3:7]}", f"+380 50 {d[:3]} {d[3:5]} {d[5:7]}"),
            "tr": (f"+90 53{d[:1]} {d[1:4]} {d[4:6]} {d[6:8]}",), "in": (f"+91 9{d[:4]} {d[4:9]}", f"+91 80 {d[:4]} {d[4:8]}"),
            "iq": (f"+964 750 {d[:3]} {d[3:7]}",), "ch": (f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",), "at": (f"+43 664 {d[:7]}",),
        }  # fmt: skip
        key = country or r.choice([k for k in shapes if k != "ukm"])
        return r.choice(shapes[key])

    def national_id(self, woman: bool | None = None, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `+` for someone past a hundred. The serial's last digit is odd for men, even for women."""
        r = self.rng
        year = r.randrange(1915, 1927) if old else r.randrange(1956, 2006)
        month = r.randrange(1, 13)
        day = r.randrange(1, 32)
        while True:
            try:
                date(year, month, day)
                break
            except ValueError:
                day -= 1
        born = f"{year % 100:02d}{month:02d}{day:02d}"
        if woman is None:
            woman = r.random() < 0.5
        serial = f"{r.randrange(100):02d}{r.choice('02468' if woman else '13579')}"
        check = luhn(born + serial)
        if old:
            self.forms["pnr 10 with +"] += 1
            return f"{born}+{serial}{check}"
        roll = r.random()
        if roll < 0.35:
            self.forms["pnr 12 with -"] += 1
            return f"{year // 100}{born}-{serial}{check}"
        if roll < 0.75:
            self.forms["pnr 10 with -"] += 1
            return f"{born}-{serial}{check}"
        if roll < 0.88:
            self.forms["pnr 12 without"] += 1
            return f"{year // 100}{born}{serial}{check}"
        self.forms["pnr 10 without"] += 1
        return f"{born}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 18)) + 1, 160))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, town: tuple[str, int, int] | None = None, tail: str | None = None) -> str:
        r = self.rng
        name, low, high = town or r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{tail or f'{r.randrange(10, 90):02d}'}"
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {name}" if roll < 0.84 else f"{code} {name}"
        if r.random() < 0.05:
            out = f"{code[:3]} {code[3:]}  {name.upper()}"
        roll = r.random()
        if roll < 0.05:
            out = "SE-" + out
        elif roll < 0.08:
            out += ", Sverige"
        elif roll < 0.1 and self.lang != "sv":
            out += ", Sweden"
        return out

    def flat(self) -> str:
        """What follows the street for a flat or an office floor, or nothing."""
        r = self.rng
        roll = r.random()
        if roll < 0.14:
            return f"{r.choice((' ', ', '))}lgh {10 + r.randrange(0, 7)}{r.randrange(1, 9):02d}"
        if roll < 0.22:
            return f", {r.randrange(1, 7)} tr"
        return ""

    def rural(self) -> tuple[str, str]:
        r = self.rng
        village, town, prefix = r.choice(VILLAGES)
        return f"{village} {r.randrange(1, 260)}", self.sv_postal(
            (town, prefix, prefix), f"{r.randrange(90, 100)}"
        )

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = not lgh and r.random() < 0.15
        if rural:
            street, postal = self.rural()
        else:
            street, postal = self.sv_street(), self.sv_postal()
            street += (
                f"{r.choice((' ', ', '))}lgh {10 + r.randrange(0, 7)}{r.randrange(1, 9):02d}"
                if lgh
                else self.flat()
            )
        return f"{street}{chr(10) if lines else ', '}{postal}"

    def office(self, lines: bool = False) -> str:
        """An office address: the street, a floor or entrance, the postcode and town."""
        r = self.rng
        floor = r.choice((f"{r.randrange(2, 8)} tr", f"plan {r.randrange(2, 9)}", f"våning {r.randrange(2, 9)}", f"uppg. {r.choice('ABCD')}", f"plan {r.randrange(2, 6)}, uppgång {r.choice('ABC')}"))  # fmt: skip
        street = self.sv_street()
        if lines:
            return (
                f"{street}\n{floor}\n{self.sv_postal()}"
                if r.random() < 0.5
                else f"{street}, {floor}\n{self.sv_postal()}"
            )
        return f"{street}, {floor}, {self.sv_postal()}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        town = r.choice(SV_TOWNS)
        if town[0] == "Stockholm":
            postal = self.sv_postal(("Stockholm", 101, 107))
        else:
            postal = self.sv_postal(town)
        return f"Box {r.randrange(2, 9999)}{chr(10) if lines else ', '}{postal}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        district = r.choice(LONDON) if not area else f"{area}{r.randrange(1, 20)}"
        code = f"{district} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        parts = [street]
        roll = r.random()
        if roll < 0.25:
            parts = [f"Unit {r.randrange(1, 30)}", r.choice(UK_BUILDINGS), street]
        elif roll < 0.4:
            parts = [f"Flat {r.randrange(1, 40)}", street]
        elif roll < 0.5:
            parts = [f"{r.choice(('2nd', '3rd', '4th'))} Floor", street]
        if lines:
            return "\n".join([*parts, town, code])
        return ", ".join(parts) + f", {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 3999)} {r.choice(US_STREETS)}"
        roll = r.random()
        if roll < 0.25:
            street += (
                f", {r.choice(('Suite', 'Ste.'))} {r.randrange(1, 12)}{r.randrange(0, 30):02d}"
            )
        elif roll < 0.35:
            street += f", Floor {r.randrange(2, 30)}"
        elif roll < 0.45:
            street += f", {r.choice(('Apt ', 'Unit ', '#'))}{r.randrange(2, 40)}"
        zip_ = f"{prefix:03d}{r.randrange(1, 40):02d}"
        return f"{street}\n{town}, {state} {zip_}" if lines else f"{street}, {town}, {state} {zip_}"

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
    (sometimes its short form), GF the given name never shortened, GU it in capitals, N/n the
    short form where the name has one, S/s the surname, SU it in capitals, I an initial and the
    surname, II every initial and the surname, Gi the given name and the surname's initial,
    R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a
    Swedish genitive, a trailing `'` an English one.
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
    elif base in ("G", "g", "N", "n", "GF", "GU"):
        words = given
        short = (
            None
            if base in ("GF", "GU")
            else draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        )
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
    elif base in ("I", "II"):
        words = surname + (middle if base == "II" else [])
        firsts = [w for w, _ in given]
        initials = "-".join(w[0] for w in firsts) if len(firsts) > 1 else f"{firsts[0][0]}."
        if base == "II":
            initials += "".join(f" {w[0]}." for w, _ in middle)
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
    "GF",
    "GU",
    "N",
    "n",
    "S",
    "s",
    "SU",
    "I",
    "II",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw, person: Person | None, space: str | None = None) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    hour, minute = r.randrange(7, 20), r.choice(("00", "15", "30", "45", "00", "10", "50"))
    swedish = "sv" if draw.lang != "en" else "en"
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "LGH": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
        "OFF": lambda: (draw.office(), "ADDRESS"),
        "OFFL": lambda: (draw.office(lines=True), "ADDRESS"),
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
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_x("uk"), "PHONE"),
        "PHUS": lambda: (draw.phone_x("us"), "PHONE"),
        "PHUKM": lambda: (draw.phone_x("ukm"), "PHONE"),
        "PHNO": lambda: (draw.phone_x("no"), "PHONE"),
        "KR": lambda: (f"{r.randrange(4, 40) * 10} kr", None),
        "USD": lambda: (f"${r.randrange(150, 4000):,}.00", None),
        "GBP": lambda: (f"£{r.randrange(20, 1800):,}.{r.choice(('00', '50', '99'))}", None),
        "PNR": lambda: (draw.national_id(person.woman if person else None), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(person.woman if person else None, old=True), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(space), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day} {MONTHS['en'][month - 1][:3]} 2027")), None),
        "TIME": lambda: (f"{hour:02d}{':' if en else '.'}{minute}", None),
        "TIMES": lambda: (f"{hour:02d}{':' if en else '.'}{minute}–{hour + r.randrange(1, 4):02d}{':' if en else '.'}{r.choice(('00', '30'))}", None),
        "DAY": lambda: (r.choice(DAYS[swedish]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MONTH": lambda: (MONTHS[swedish][month - 1], None),
        "NUM": lambda: (str(r.randrange(2, 40)), None),
        "AMT": lambda: (f"{r.randrange(3, 480) * 50:,} kr".replace(",", " "), None),
        "AMTEN": lambda: (r.choice((f"£{r.randrange(20, 1800)}", f"€{r.randrange(20, 1800)}", f"${r.randrange(20, 2400):,}", f"£{r.randrange(20, 900)}.{r.choice(('00', '50', '99'))}")), None),
        "REF": lambda: (r.choice((f"BK-{r.randrange(10000, 99999)}", f"#{r.randrange(1000, 99999)}", f"{r.choice('ABCDEFGHJK')}{r.randrange(100, 999)}-{r.randrange(10, 99)}")), None),
        "INV": lambda: (r.choice((f"2027-{r.randrange(1, 9999):04d}", f"F{r.randrange(10000, 99999)}", f"INV-{r.randrange(1000, 9999)}")), None),
        "OCR": lambda: (f"{r.randrange(3, 10)}{draw.digits(r.randrange(9, 15))}", None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{draw.digits(4)}", f"{r.randrange(5000, 5999)}-{draw.digits(4)}")), None),
        "ORG": lambda: (f"55{r.choice('6789')}{draw.digits(3)}-{draw.digits(4)}", None),
        "VAT": lambda: (f"SE55{r.choice('6789')}{draw.digits(7)}01", None),
        "CARD": lambda: (r.choice((f"{r.randrange(1000, 99999):05d}", f"{r.choice('ABCDEF')}{r.randrange(100, 9999)}", f"{draw.digits(3)} {draw.digits(3)}")), None),
        "DESK": lambda: (r.choice((f"{r.choice('ABCD')}{r.randrange(1, 40)}", f"{r.choice('ABCD')}-{r.randrange(1, 40):02d}", str(r.randrange(1, 60)))), None),
        "ROOM": lambda: (r.choice(ROOMS[swedish]), None),
        "SPACE": lambda: (r.choice(SPACES[swedish]), None),
        "FIRM": lambda: (r.choice(FIRMS[swedish]), None),
        "COURIER": lambda: (r.choice(COURIERS), None),
        "TRACK": lambda: (r.choice((f"{r.choice(('JJ', 'UA', 'RR', 'LX'))}{draw.digits(9)}SE", f"00370{draw.digits(13)}", f"1Z{draw.digits(4)}X{draw.digits(10)}")), None),
        "FLOOR": lambda: (str(r.randrange(2, 9)), None),
        "CODE": lambda: (draw.digits(4), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "PCT": lambda: (str(r.choice((10, 15, 20, 25, 30, 50))), None),
        "SEATS": lambda: (str(r.choice((4, 6, 8, 10, 12, 14, 20, 40))), None),
        "PET": lambda: (r.choice(PETS), None),
        "REG": lambda: (r.choice((f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {r.randrange(10, 99)}{r.choice('0123456789ABCDEFGHJ')}", f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUVWXY') for _ in range(2))}{r.randrange(10, 27)} {''.join(r.choice('ABCDEFGHJKLMNOPRSTUVWXYZ') for _ in range(3))}")), None),
        "ACC": lambda: (f"clearingnr {r.choice(('8327-9', '6000', '5000', '3300', '8214-9', '9660'))}, konto {draw.digits(3)} {draw.digits(3)} {draw.digits(3)}-{draw.digits(1)}", None),
        "SORT": lambda: (f"{draw.digits(2)}-{draw.digits(2)}-{draw.digits(2)}, account {draw.digits(8)}", None),
        "VATGB": lambda: (f"GB {draw.digits(3)} {draw.digits(4)} {draw.digits(2)}", None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    memo: dict[tuple[str, str], Segment] = {}  # a look-alike with `#n` is the same again
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
            if ref and (base, ref) in memo:
                segments = [memo[(base, ref)]]
            else:
                space = memo.get(("SPACE", ref or ""), ("", None))[0] or None
                segments = [filler(form, draw, people.get(ref or ""), space)]
                if ref:
                    memo[(base, ref)] = segments[0]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """GC's rows: every negative once, then positive rows from shuffled decks of each language's
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


def pnr_valid(value: str) -> bool:
    """A personnummer's shape, date and check digit: 12 or 10 digits, `-` or `+` or none."""
    match = re.fullmatch(r"(\d{2})?(\d{6})([-+]?)(\d{4})", value)
    if not match:
        return False
    century, born, sep, rest = match.groups()
    if century and sep == "+":
        return False
    years = [int(century + born[:2])] if century else [1900 + int(born[:2]), 2000 + int(born[:2])]
    dated = False
    for year in years:
        try:
            date(year, int(born[2:4]), int(born[4:6]))
            dated = True
        except ValueError:
            pass
    digits = born + rest
    return dated and luhn(digits[:9]) == int(digits[9])


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of GC is printed."""
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
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.?(?:\s|$)", value))
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
                forms["address Box"] += value.startswith("Box")
                forms["address after c/o line"] += (
                    "c/o" in text[max(0, span["start"] - 60) : span["start"]]
                )
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(
        "personnummer: "
        + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items()) if k.startswith("pnr"))
    )
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for k in MIXES["sv"] if not draw.origins[k]]
    print(f"origins in MIXES never drawn: {len(missing)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    langs: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        langs[row.get("lang")] += 1
        if list(row) != ["id", "split", "lang", "text", "spans"]:
            problems["keys"] += 1
        if row["id"] in ids or not re.fullmatch(rf"gen-{SPLIT}-\d{{4}}", row["id"]):
            problems["id"] += 1
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            kinds[span["kind"]] += 1
            start, stop = span["start"], span["end"]
            problems["kind"] += span["kind"] not in KINDS
            problems["empty"] += not start < stop
            problems["out of bounds"] += not (start >= 0 and stop <= len(text))
            problems["unsorted or overlapping"] += start < end
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            if span["kind"] == "NATIONAL_ID":
                problems["personnummer"] += not pnr_valid(value)
            end = stop
    problems["rows per language"] += dict(langs) != SIZES
    print(f"rows {rows}, ids {len(ids)}; spans " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    return sum(problems.values())


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
