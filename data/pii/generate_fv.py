# ruff: noqa: E501
"""Generate held-out FV for personal-data detection (issue 15): names as the population has them,
a hundred-and-fifty-seventh writer.

    python data/pii/generate_fv.py            # writes data/pii/generated-heldout-fv.jsonl
    python data/pii/generate_fv.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_fv.py --check    # checks the written file, prints counts only
    python data/pii/generate_fv.py --seed 7 --out /tmp/fv7.jsonl   # a scratch seed to read

FV's names are drawn by how often people really carry them: every name word comes from
`names_fv.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is bicycles (`templates_fv.py`): bike shops, repair workshops and bike rental:
repair orders, pick-up notices, warranty claims, rental agreements, stolen-bike reports and the
mechanics' chat, in Swedish, English and both at once, with Swedish, British, American and
European addresses and phone numbers in every common grouping. Written by a helper who does not
tune the detector and who read only `generate_aw.py` (for the mechanics, copied here), two
sections of docs/privacy.md ("Held-out AW", "Held-out CL"), the first line of
`generated-heldout-u.jsonl` and a listing of `data/pii/`; not the detector's rules, lexicons or
tests, no other set's names, templates or rows, no error listing. FV was never run through the
detector by its writer and its names were not checked against rung's lexicons. Stdlib only; one
seeded Random: same seed, same bytes.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from names_fv import HEAD_SHARE, HYPHEN_SECOND, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fv import (  # noqa: E402
    BIKES,
    DAYS,
    EMPLOYERS,
    EN,
    JOBS,
    MIXED,
    MONTHS,
    NEGATIVES,
    PARTS,
    SHOPS,
    SV,
)

SEED = 20270234
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fv.jsonl"
SPLIT = "heldout-fv"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, from the writer's knowledge of Swedish towns.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Nygatan", "Järnvägsgatan", "Stationsgatan",
    "Skolgatan", "Kyrkogatan", "Trädgårdsgatan", "Ågatan", "Bangårdsgatan", "Hamngatan",
    "Fabriksgatan", "Repslagargatan", "Götgatan", "Hornsgatan", "Bondegatan", "Folkungagatan",
    "Fjällgatan", "Bergsgatan", "Klostergatan", "Västra Hamngatan", "Östra Storgatan",
    "Övre Slottsgatan", "Södra Förstadsgatan", "Sveavägen", "Ringvägen", "Västra Ringvägen",
    "Skogsvägen", "Björkvägen", "Granvägen", "Tallvägen", "Ekvägen", "Lönnvägen", "Rönnvägen",
    "Syrénvägen", "Lärkvägen", "Industrivägen", "Verkstadsvägen", "Smedjevägen", "Bruksvägen",
    "Hagvägen", "Åkervägen", "Kvarnvägen", "Strandvägen", "Sjövägen", "Parkvägen", "Gamla Vägen",
    "Backsvängen", "Lärksvängen", "Ängssvängen", "Klöversvängen", "Eksvängen", "Kastanjeallén",
    "Lindallén", "Björkallén", "Parkallé", "Stationsallé", "Skolbacken", "Kvarnbacken",
    "Solbacken", "Ekbacken", "Kyrkbacken", "Mjölnarbacken", "Blåbärsstigen", "Lingonstigen",
    "Hasselstigen", "Ekorrstigen", "Rävstigen", "Granstigen", "Stortorget", "Lilla Torget",
    "Nytorget", "Järntorget", "Fisktorget", "Centrumplan", "Stationsplan", "Brunnsplan",
    "Kvarnplan", "Skolplan", "Smedgränd", "Kyrkogränd", "Tullgränd", "Bryggargränd",
    "Fiskargränd", "Hamnkajen", "Södra Kajen", "Norra Kajen", "Ångbåtskajen", "Packhuskajen",
    "Cykelvägen", "Hjulmakargatan", "Sadelmakargatan",
)  # fmt: skip
# Towns with the range of the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Lund", 222, 227), ("Linköping", 581, 589), ("Örebro", 702, 705), ("Västerås", 721, 725),
    ("Helsingborg", 252, 256), ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Södertälje", 151, 153),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Visby", 621, 621),
    ("Skövde", 541, 541), ("Uddevalla", 451, 451), ("Varberg", 432, 432), ("Motala", 591, 591),
    ("Landskrona", 261, 261), ("Nyköping", 611, 611), ("Karlskrona", 371, 371), ("Ystad", 271, 271),
    ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Nacka", 131, 132), ("Huddinge", 141, 141),
    ("Lidingö", 181, 181), ("Mölndal", 431, 431), ("Partille", 433, 433), ("Kungsbacka", 434, 434),
    ("Alingsås", 441, 441), ("Lerum", 443, 443), ("Ängelholm", 262, 262), ("Trelleborg", 231, 231),
    ("Enköping", 745, 745), ("Skellefteå", 931, 931), ("Piteå", 941, 941), ("Kiruna", 981, 981),
    ("Hudiksvall", 824, 824), ("Mora", 792, 792), ("Sigtuna", 193, 193), ("Täby", 183, 183),
)  # fmt: skip
CITIES = (
    "Stockholm",
    "Göteborg",
    "Malmö",
    "Solna",
    "Sundbyberg",
    "Nacka",
    "Lidingö",
    "Huddinge",
    "Täby",
)
RURAL_TOWNS = tuple(
    t for t in SV_TOWNS if t[0] not in CITIES
)  # a rural postcode goes out from these
# Villages and farms as rural addresses have them (`Västanby 24, 434 92 Kungsbacka`).
VILLAGES = (
    "Västanby", "Östanby", "Norrby", "Sörby", "Kvarnby", "Lillby", "Prästgården", "Backa",
    "Ängsbo", "Skogsbo", "Björkhagen", "Lövsta", "Ekeby", "Tuna", "Stensjö", "Bäckebo",
    "Hultet", "Solberga", "Fjällsta", "Nybyn", "Holmen", "Udden", "Åsen", "Torpet",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Mill Road", "Victoria Road", "Gloucester Road",
    "Cowley Road", "Chesterton Road", "Albert Street", "Park Lane", "Canal Street", "Meadow Way",
    "Bridge Street", "North Road", "Queens Road", "The Crescent", "Orchard Close", "Hill View",
)  # fmt: skip
UK_TOWNS = (
    ("Cambridge", "CB"), ("Oxford", "OX"), ("Bristol", "BS"), ("York", "YO"), ("Leeds", "LS"),
    ("Manchester", "M"), ("London", "SE"), ("London", "N"), ("Edinburgh", "EH"), ("Glasgow", "G"),
    ("Cardiff", "CF"), ("Brighton", "BN"), ("Norwich", "NR"), ("Sheffield", "S"), ("Exeter", "EX"),
)  # fmt: skip
US_STREETS = ("SE Hawthorne Blvd", "Main Street", "Oak Avenue", "N Williams Ave", "Valencia Street", "Elm Street", "Bedford Avenue", "Lake Street", "Pearl Street", "Broadway")  # fmt: skip
US_TOWNS = (("Portland", "OR", 972), ("San Francisco", "CA", 941), ("Minneapolis", "MN", 554), ("Boulder", "CO", 803), ("Brooklyn", "NY", 112), ("Madison", "WI", 537), ("Burlington", "VT", 54), ("Davis", "CA", 956))  # fmt: skip
EUROPE = (
    "Bergmannstraße {n}, {z5:10961-10967} Berlin", "Schanzenstraße {n}, {z5:20357-20357} Hamburg",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht",
    "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N", "Vestergade {n}, {z4:8000-8000} Aarhus C",
    "{n} rue de la République, {z5:69001-69002} Lyon", "{n} boulevard Voltaire, {z5:75011-75011} Paris",
    "Markveien {n}, {z4:0554-0559} Oslo", "Hämeentie {n} B {m}, {z5:00530-00580} Helsinki",
    "ul. Długa {n}/{m}, 80-{z3:827-831} Gdańsk", "ul. Piotrkowska {n}, 90-{z3:001-450} Łódź",
    "Calle Mayor {n}, {m}º izq., {z5:28013-28013} Madrid", "Via del Corso {n}, {z5:00186-00187} Roma",
    "Mariahilfer Straße {n}, {z4:1060-1070} Wien", "Seestrasse {n}, {z4:8002-8008} Zürich",
    "Rue Haute {n}, {z4:1000-1000} Bruxelles", "Tartu mnt {n}, {z5:10115-10117} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "bredband.net", "me.com")  # fmt: skip
WORK = ("example.se", "cykel.example.se", "example.com", "example.org", "example.co.uk", "kommun.example.se")  # fmt: skip
FIRM_LOCAL = ("verkstad", "info", "service", "uthyrning", "bokning", "reklamation", "warranty", "hire", "kundservice", "order", "workshop", "garanti", "butik", "hello")  # fmt: skip
FIRM_DOMAIN = ("cykelverkstan.example.se", "trampverket.example.se", "navet.example.se", "example.se", "hyrcykel.example.se", "bikeshed.example.co.uk", "example.com", "spokeandchain.example.com", "example.org", "velo.example.de")  # fmt: skip


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
    """Every value of FV from one seeded Random; counts the head/tail split and the origins."""

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
        ):  # Anna-Karin, Per-Erik
            second = self.pick(HYPHEN_SECOND["f" if woman else "m"])
            if second[0] != given[0][0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "german": 0.2}.get(key, 0.04):
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
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
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
        surname = re.sub(r"[^a-z]", "", plain(person.surname[0][0]).lower())
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_LOCAL)}@{self.rng.choice(FIRM_DOMAIN)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool | None = None) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "46", "90", "60", "35", "36", "11", "54")
        )
        area3 = r.choice(
            (
                "220",
                "240",
                "290",
                "300",
                "320",
                "380",
                "418",
                "455",
                "470",
                "480",
                "498",
                "500",
                "522",
                "560",
                "611",
                "660",
                "910",
                "920",
                "980",
            )
        )
        mobiles = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:7]}"),
        )  # fmt: skip
        lands = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area2}-{d[:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:3]} {d[3:6]}"),
            (1, f"0{area3}{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0046 {area3} {d[:6]}"),
        )  # fmt: skip
        if mobile is None:
            mobile = r.random() < 0.72
        shapes = mobiles if mobile else lands
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def firm_phone(self) -> str:
        """A firm's or a switchboard's number: city lines, 010, 020 and 0771 numbers."""
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}",
            f"0770-{d[:3]} {d[3:6]}", f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}",
            f"040-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"018-{d[:2]} {d[2:4]} {d[4:6]}",
        ))  # fmt: skip

    def phone_uk(self) -> str:
        r, d = self.rng, self.digits(6)
        return r.choice((
            f"07700 900{d[:3]}", f"07{r.randrange(400, 999)} {d}", f"+44 7700 900{d[:3]}", f"+44 (0)7{r.randrange(400, 999)} {d}",
            f"020 7946 0{d[:3]}", f"0161 496 0{d[:3]}", f"0117 496 0{d[:3]}", f"01223 {d}", f"01865 {d}",
            f"+44 (0)113 496 0{d[:3]}", f"0044 131 496 0{d[:3]}", f"(01904) {d}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r, d = self.rng, self.digits(2)
        area = r.choice(("503", "415", "612", "303", "718", "608", "802", "530"))
        return r.choice((f"({area}) 555-01{d}", f"{area}-555-01{d}", f"+1 {area} 555 01{d}", f"+1 ({area}) 555-01{d}", f"{area}.555.01{d}", f"1-{area}-555-01{d}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+45 {d[:4]} {d[4:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}",
            f"0049 40 {d[:4]} {d[4:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}", f"+31 (0)6-{d[:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+252 61 {d[:3]} {d[3:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+98 912 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+387 61 {d[:3]} {d[3:6]}", f"+56 9 {d[:4]} {d[4:8]}", f"+44 7700 900{d[:3]}", f"+1 (503) 555-01{d[:2]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        old = r.random() < 0.06  # a hundred or more: the ten digits take a `+`
        year = r.randrange(1919, 1927) if old else r.randrange(1941, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.forms["personnummer +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.38:
            self.forms["personnummer 12 with -"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            self.forms["personnummer 10 with -"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.forms["personnummer 12 without"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["personnummer 10 without"] += 1
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
        town, low, high = r.choice(RURAL_TOWNS if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        roll = r.random()
        if roll < 0.8:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.9:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.05:
            out = "SE-" + out
        elif roll < 0.08:
            out += ", Sverige" if self.lang != "en" else ", Sweden"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.14
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        return f"Box {r.randrange(10, 9999)}{chr(10) if lines else ', '}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"Flat {r.randrange(1, 20)}, {street}"
        elif roll < 0.3:
            street = f"Unit {r.randrange(1, 30)}, {r.choice(('Riverside Business Park', 'Canal Wharf', 'Station Yard'))}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 4999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Suite', '#', 'Unit'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        return f"{street}{chr(10) if lines else ', '}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

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
    (sometimes its short form), GU the given name in capitals, N/n the short form where the name
    has one, S/s the surname, SU the surname in capitals, I an initial and the surname, Gi the
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
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def date_sv(r: Random) -> str:
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    return r.choice(
        (
            f"2027-{month:02d}-{day:02d}",
            f"{day}/{month}",
            f"{day} {MONTHS['sv'][month - 1]}",
            f"{day}/{month} -27",
        )
    )


def date_en(r: Random) -> str:
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    return r.choice(
        (
            f"{day} {MONTHS['en'][month - 1]}",
            f"{day:02d}/{month:02d}/2027",
            f"{MONTHS['en'][month - 1]} {day}",
            f"{MONTHS['en'][month - 1][:3]} {day}, 2027",
        )
    )


def frame_number(r: Random) -> str:
    """A frame number as stamped under the bottom bracket (the makers' shapes, invented digits)."""
    d = "".join(str(r.randrange(10)) for _ in range(9))
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return r.choice((
        f"WTU{d[:3]}{r.choice(up)}{d[3:7]}{r.choice(up)}", f"WSBC60{d[:7]}{r.choice(up)}", f"GS{d[:8]}",
        f"C{d[:8]}", f"{r.choice(up)}{r.choice(up)}{d[:6]}", f"WC{d[:2]} {d[2:7]}", f"SN {d[:4]}-{d[4:8]}",
        f"{d[:2]}{r.choice(up)}{d[2:7]}", f"HB{d[:7]}",
    ))  # fmt: skip


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"

    def co(lines: bool) -> list[Segment]:
        person = draw.person(None)
        segments: list[Segment] = [("c/o ", None)]
        segments += person_segments(r.choice(("P", "P", "S")), person, draw)
        segments.append(("\n" if lines else ", ", None))
        address = draw.uk_address(lines) if en else draw.sv_address(lines=lines, rural=False)
        segments.append((address, "ADDRESS"))
        return segments

    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AUST": lambda: (f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}", "ADDRESS"),
        "AUSTN": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "EM": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (date_sv(r), None),
        "DATEEN": lambda: (date_en(r), None),
        "TIME": lambda: (f"{r.randrange(7, 19)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{round(math.exp(r.uniform(math.log(95), math.log(42000)))):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(8, 3200)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(10, 4200)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(10, 3000)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 99999)}", f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"#{r.randrange(10000, 99999)}", f"R{r.randrange(2027000, 2027999)}")), None),
        "AO": lambda: (r.choice((f"AO-{r.randrange(10000, 99999)}", f"{r.randrange(27000, 27999)}", f"SO{r.randrange(100000, 999999)}", f"2027-{r.randrange(1, 9999):04d}")), None),
        "FRAME": lambda: (frame_number(r), None),
        "PART": lambda: (r.choice(PARTS), None),
        "BIKE": lambda: (r.choice(BIKES), None),
        "JOB": lambda: (r.choice(JOBS["sv"]), None),
        "JOBEN": lambda: (r.choice(JOBS["en"]), None),
        "SHOP": lambda: (r.choice(SHOPS["sv"]), None),
        "SHOPEN": lambda: (r.choice(SHOPS["en"]), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "ORG": lambda: (f"556{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**12)), None),
        "POL": lambda: (f"5000-K{r.randrange(100000, 999999)}-27", None),
        "KM": lambda: (str(r.randrange(40, 12000)), None),
        "EMP": lambda: (r.choice(EMPLOYERS["en" if en else "sv"]), None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "LOCK": lambda: (f"{r.randrange(0, 10000):04d}", None),
    }  # fmt: skip
    if form in ("CO", "COL"):
        return co(form == "COL")
    return [values[form]()]


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
    """FV's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of FV is printed."""
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
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] in "([" and span["start"] > 0
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address after c/o"] += (
                    "c/o" in text[max(0, span["start"] - 40) : span["start"]]
                )
                forms["street alone"] += not re.search(r"\d", value)
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with - or +"] += "-" in value or "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("draw: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


PNR = re.compile(r"(?:\d{2})?\d{6}[-+]?\d{4}")


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
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
        text, last = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, end, kind = span["start"], span["end"], span["kind"]
            problems["span keys"] += list(span) != ["start", "end", "kind"]
            problems["kind"] += kind not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")
            problems["empty or out of bounds"] += not 0 <= start < end <= len(text)
            value = text[start:end]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < last
            last = end
            if kind == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                ok = PNR.fullmatch(value) is not None and luhn(digits[:9]) == int(digits[9])
                problems["personnummer check digit"] += not ok
    per_lang = Counter(
        json.loads(line)["lang"] for line in path.read_text(encoding="utf-8").splitlines()
    )
    print(
        f"rows {rows} ({', '.join(f'{k} {v}' for k, v in sorted(per_lang.items()))}), spans {spans_seen}, ids {len(ids)}"
    )
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return 1 if bad else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    out = args.out or OUT
    if args.check:
        sys.exit(check(out))
    draw = Draw(args.seed)
    rows = generate(args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    if args.seed != SEED and args.out is None:
        parser.error("a scratch seed needs --out")
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {out}")


if __name__ == "__main__":
    main()
