# ruff: noqa: E501
"""Generate held-out FD for personal-data detection (issue 15): names as the population has them,
a hundred-and-thirty-ninth writer. FD's names are drawn by how often people carry them, from
`names_fd.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden; 80% from a list's
head, 20% from its tail), mixed by the language of the row; its genre (`templates_fd.py`) is car
workshops and car dealers: service bookings and besiktning/MOT reminders, repair quotes and
invoices, warranty claims, test drives and trade-ins, tyre hotels, roadside assistance and courtesy
cars, in Swedish, English and the two mixed as Swedes write at work. Written by a helper who tunes
nothing and read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the
row format, `--stats`), the sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the
first line of `generated-heldout-u.jsonl`; not the detector, its lexicons or tests, no other set's
names, templates or rows, no error listing. FD was never run through the detector by its writer.

    python data/pii/generate_fd.py            # writes data/pii/generated-heldout-fd.jsonl
    python data/pii/generate_fd.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_fd.py --check    # checks the written file, prints counts only
    python data/pii/generate_fd.py --seed 7 --out /tmp/fd.jsonl   # a scratch seed

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

from names_fd import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fd import (  # noqa: E402
    DAYS,
    EN,
    EU_ADDRESSES,
    FIRMS,
    MIXED,
    MODELS,
    MONTHS,
    NEGATIVES,
    SV,
    SV_STREETS,
    SV_TOWNS,
    SV_VILLAGES,
    UK_STREETS,
    UK_TOWNS,
    US_STREETS,
    US_TOWNS,
    WORK_STREETS,
)

SEED = 20270216
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fd.jsonl"
SPLIT = "heldout-fd"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

MAIL = {
    "sv": ("gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "bredband.net", "spray.se"),
    "en": ("gmail.com", "hotmail.co.uk", "outlook.com", "icloud.com", "yahoo.com", "btinternet.com", "aol.com", "sky.com", "comcast.net"),
}  # fmt: skip
WORK = {
    "sv": ("example.se", "bil.example.se", "motor.example.se", "kommun.example.se", "example.com", "example.org"),
    "en": ("example.com", "example.org", "example.net", "dealer.example.co.uk", "example.co.uk", "fleet.example.com"),
}  # fmt: skip
FIRM_BOXES = ("verkstad", "service", "bokning", "info", "kundtjanst", "dackhotell", "garanti", "faktura", "reservdelar", "salj", "bilforsaljning", "assistans")  # fmt: skip
FIRM_BOXES_EN = ("service", "bookings", "info", "workshop", "warranty", "accounts", "sales", "parts", "recovery", "aftersales", "hello")  # fmt: skip
FIRM_DOMAINS = ("bilverkstan.example.se", "motorcentrum.example.se", "dackcenter.example.se", "bilhallen.example.se", "autoservice.example.se", "bilcity.example.com", "nordbil.example.se")  # fmt: skip
FIRM_DOMAINS_EN = ("garage.example.co.uk", "motors.example.co.uk", "autocentre.example.com", "dealer.example.com", "tyres.example.co.uk", "recovery.example.org")  # fmt: skip
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


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
    short: str | None = None  # the short form a row calls the person by, once decided
    decided: bool = False

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of FD from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.decks: dict[str, list[str]] = {}

    def deal(self, name: str, items: tuple[str, ...]) -> str:
        """The next card of a shuffled deck: every item before any comes again."""
        deck = self.decks.setdefault(name, [])
        if not deck:
            deck.extend(items)
            self.rng.shuffle(deck)
        return deck.pop()

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0] and " " not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "german": 0.2}.get(key, 0.05):
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
        elif key in ("uk", "us", "german") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (
            surname[0][0] == surname[1][0] or " " in surname[0][0] + surname[1][0]
        ):
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            middle = [(plain(w), p) for w, p in middle]
            self.forms["typed plain"] += 1
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def nickname(self, person: Person, share: float) -> str | None:
        """A short form of the person's given name, with `share` when the name has one; decided
        once per person, so that a row calls the same person the same throughout."""
        forms = NICKNAMES.get(person.origin, {}).get(person.first)
        if forms and not person.decided:
            person.decided = True
            if self.rng.random() < share:
                person.short = self.rng.choice(forms)
        if person.short:
            self.forms["nickname"] += 1
        return person.short

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
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        lang = (
            "en"
            if self.lang == "en" or (self.lang == "mixed" and person.origin in ("uk", "us"))
            else "sv"
        )
        return f"{local}@{r.choice(WORK[lang] if r.random() < 0.35 else MAIL[lang])}"

    def firm_email(self, english: bool = False) -> str:
        boxes, domains = (FIRM_BOXES_EN, FIRM_DOMAINS_EN) if english else (FIRM_BOXES, FIRM_DOMAINS)
        return f"{self.rng.choice(boxes)}@{self.rng.choice(domains)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"+46 (0) {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"+46-{m[1:]}-{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline of a city or a town."""
        r = self.rng
        d = self.digits(8)
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "63", "23", "26", "35", "36", "42", "44", "46", "11", "60"))  # fmt: skip
        area3 = r.choice(("150", "220", "240", "250", "270", "280", "300", "320", "340", "370", "380", "410", "413", "431", "433", "451", "470", "480", "481", "491", "498", "500", "510", "520", "522", "560", "570", "586", "611", "620", "640", "651", "660", "670", "680", "910", "920", "921", "950", "980"))  # fmt: skip
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (2, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"08-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"08{d}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area2}-{d[:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46{area2}{d[:7]}"),
            (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:3]} {d[3:5]}"),
            (1, f"0{area3}-{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}/{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def firm_phone(self) -> str:
        """A workshop's or a dealer's number: a switchboard, a 010/020/0771 number or a landline."""
        r = self.rng
        d = self.digits(7)
        roll = r.random()
        if roll < 0.15:
            return r.choice(
                (
                    f"010-{d[:3]} {d[3:5]} {d[5:]}",
                    f"010-{d[:3]} {d[3:]}",
                    f"+46 10 {d[:3]} {d[3:5]} {d[5:]}",
                )
            )
        if roll < 0.25:
            return r.choice(
                (
                    f"020-{d[:2]} {d[2:4]} {d[4:6]}",
                    f"020-{d[:3]} {d[3:6]}",
                    f"0771-{d[:3]} {d[3:6]}",
                    f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
                    f"0770-{d[:3]} {d[3:6]}",
                )
            )
        return self.landline()

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.62 else self.landline()

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"07{r.choice('4579')}{d[:2]} {d[2:8]}", f"07700 900{d[:3]}", f"+44 7{r.choice('4579')}{d[:2]} {d[2:8]}",
            f"+44 (0)7{r.choice('4579')}{d[:2]} {d[2:8]}", f"020 7946 0{d[:3]}", f"0161 496 0{d[:3]}", f"0113 496 0{d[:3]}",
            f"+44 (0)121 496 0{d[:3]}", f"0131 496 0{d[:3]}", f"01632 960{d[:3]}", f"0044 117 496 0{d[:3]}",
            f"(01274) {d[:6]}", f"0800 {d[:3]} {d[3:6]}", f"0345 {d[:3]} {d[3:7]}", f"029 2018 {d[:4]}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(4)
        area = r.choice(
            ("206", "312", "503", "612", "617", "720", "801", "919", "414", "216", "412", "515")
        )
        return r.choice((
            f"({area}) 555-0{d[:3]}", f"{area}-555-0{d[:3]}", f"{area}.555.0{d[:3]}", f"+1 {area} 555 0{d[:3]}",
            f"+1 ({area}) 555-0{d[:3]}", f"1-800-555-0{d[:3]}", f"+1-{area}-555-0{d[:3]}", f"555-0{d[:3]}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, as people there write it, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:7]}",
            f"00358 9 {d[:4]} {d[4:8]}", f"040 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}", f"+49 (0)40 {d[:6]}",
            f"0049 89 {d[:7]}", f"030 {d[:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:8]}", f"+31 20 {d[:3]} {d[3:7]}", f"+32 47{d[0]} {d[1:3]} {d[3:5]} {d[5:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+43 664 {d[:7]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+372 5{d[:3]} {d[3:7]}", f"+370 6{d[:2]} {d[2:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 750 {d[:3]} {d[3:7]}", f"00964 770 {d[:3]} {d[3:7]}",
            f"+387 61 {d[:3]} {d[3:6]}", f"+381 64 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}", f"+66 81 {d[:3]} {d[3:7]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+98 912 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+44 7{r.choice('4579')}{d[:2]} {d[2:8]}", f"+1 (612) 555-0{d[:3]}", f"+354 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return self.deal("phone_x", shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without `-`, `+` past a hundred."""
        r = self.rng
        year = r.randrange(1912, 1927) if old or r.random() < 0.05 else r.randrange(1935, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if year < 1927:  # a hundred or more in 2027: the ten-digit form takes `+`
            self.forms["personnummer +"] += 1
            return (
                f"{date}+{serial}{check}"
                if r.random() < 0.75
                else f"{year // 100}{date}-{serial}{check}"
            )
        roll = r.random()
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 220))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.deal('sv_street', SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        roll = r.random()
        if roll < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.09:
            out = "SE-" + out
        elif roll < 0.11:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.deal('village', SV_VILLAGES)} {self.rng.randrange(1, 260)}"

    def flat(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        if roll < 0.85:
            return f", {r.randrange(1, 7)} tr"
        return f", {r.randrange(1, 5)} tr, lgh {r.randrange(10, 15)}{r.randrange(1, 6):02d}"

    def sv_address(self, lines: bool = False, flat: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (flat or r.random() < 0.14):
            street += self.flat()
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def work_address(self, lines: bool = False) -> str:
        r = self.rng
        street = f"{self.deal('work', WORK_STREETS)} {self.number()}"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=r.random() < 0.1)}"

    def box(self) -> str:
        r = self.rng
        return f"Box {r.randrange(10, 9999)}{r.choice((', ', ', ', chr(10)))}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 24)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {self.deal('uk_street', UK_STREETS)}"
        roll = r.random()
        if roll < 0.12:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.2:
            street = f"{r.randrange(1, 60)}{r.choice('ab')} {self.deal('uk_street', UK_STREETS)}"
        elif roll < 0.3:
            street = f"Unit {r.randrange(1, 40)}, {r.choice(('Riverside', 'Eastgate', 'Station', 'Brookfield', 'Millbrook'))} {r.choice(('Industrial Estate', 'Trading Estate', 'Business Park'))}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, low, high = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {self.deal('us_street', US_STREETS)}"
        if r.random() < 0.22:
            street += f"{r.choice((', ', ' '))}{r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 400)}".replace(
                "# ", "#"
            )
        zip5 = f"{r.randrange(low, high + 1):05d}"
        return f"{street}\n{town}, {state} {zip5}" if lines else f"{street}, {town}, {state} {zip5}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = self.deal("europe", EU_ADDRESSES).replace("{n}", str(r.randrange(1, 160)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    def reg(self) -> str:
        """A Swedish registration number: three letters, two digits and a digit or a letter."""
        r = self.rng
        letters = "ABCDEFGHJKLMNOPRSTUWXYZ"
        head = "".join(r.choice(letters) for _ in range(3))
        tail = f"{r.randrange(10, 100)}{r.choice('0123456789ABCDEFGHJKLMNPRSTUWXYZ')}"
        return f"{head} {tail}" if r.random() < 0.7 else f"{head}{tail}"

    def vin(self) -> str:
        r = self.rng
        return r.choice(
            ("YV1", "WVW", "WAU", "WBA", "KNA", "TMB", "VF1", "SAL", "JN1", "VSS")
        ) + "".join(r.choice(VIN_CHARS) for _ in range(14))


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, M with a middle
    initial, G/g the given name (sometimes its short form), GU in capitals, N/n the short form where
    the name has one, S/s the surname, SU in capitals, I an initial and the surname, Gi the given
    name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address.
    A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base == "M":
        words = given + middle + surname
        value = " ".join([person.first] + [f"{w[0]}." for w, _ in middle] + [person.last])
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


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "F",
    "M",
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


def care_of(draw: Draw, lines: bool = False) -> list[Segment]:
    """`c/o Name, Street 1, 123 45 Town`: the c/o outside, the name its own PERSON."""
    person = draw.person(None)
    name = person_segments(draw.rng.choice(("P", "P", "S")), person, draw)
    street = draw.sv_address(lines=lines, rural=False)
    return [("c/o ", None), *name, ("\n" if lines else ", ", None), (street, "ADDRESS")]


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    mon_sv, mon_en = MONTHS["sv"][month - 1], MONTHS["en"][month - 1]
    values: dict[str, Callable[[], Segment]] = {
        # addresses
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AF": lambda: (draw.sv_address(flat=True, rural=False), "ADDRESS"),
        "AFL": lambda: (draw.sv_address(lines=True, flat=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "WS": lambda: (draw.work_address(), "ADDRESS"),
        "WSL": lambda: (draw.work_address(lines=True), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        # phones and the rest of the values
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "FM": lambda: (draw.firm_email(), "EMAIL"),
        "FMEN": lambda: (draw.firm_email(english=True), "EMAIL"),
        # look-alikes: no value
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {mon_sv}", f"den {day} {mon_sv}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {mon_en}", f"{day:02d}/{month:02d}/2027", f"{mon_en} {day}", f"{day}.{month}.27")), None),
        "DATEUS": lambda: (r.choice((f"{month}/{day}/2027", f"{mon_en} {day}, 2027", f"{month:02d}/{day:02d}")), None),
        "MONTH": lambda: (mon_en if en else mon_sv, None),
        "TIME": lambda: (f"{r.randrange(7, 18)}{':' if en else r.choice('.:')}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(8, 13)}:{r.choice(('00', '15', '30', '45'))} am", f"{r.randrange(1, 6)}{r.choice((':30', ':00', ''))}pm", f"{r.randrange(8, 18):02d}:{r.choice(('00', '30'))}")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "AMT": lambda: (f"{r.randrange(350, 48000):,} kr".replace(",", " "), None),
        "AMTD": lambda: (f"{r.randrange(120, 39000):,},{r.choice(('00', '50', '20', '75'))} kr".replace(",", " ", 1) if r.random() < 0.5 else f"{r.randrange(120, 9000)}:-", None),
        "PRICE": lambda: (f"{r.randrange(49, 520) * 1000:,} kr".replace(",", " "), None),
        "AMTS": lambda: (f"{r.randrange(15, 290) * 10:,} kr".replace(",", " "), None),
        "GBPS": lambda: (f"£{r.randrange(25, 180)}.{r.choice(('00', '50', '99'))}", None),
        "USDS": lambda: (f"${r.randrange(29, 149)}.{r.choice(('95', '99', '00'))}", None),
        "GBP": lambda: (f"£{r.randrange(40, 4800):,}.{r.choice(('00', '50', '99', '20'))}", None),
        "EUR": lambda: (f"{r.randrange(60, 5000)} €" if r.random() < 0.5 else f"€{r.randrange(60, 5000)}", None),
        "USD": lambda: (f"${r.randrange(60, 6000):,}.{r.choice(('00', '95', '49'))}", None),
        "REG": lambda: (draw.reg(), None),
        "REGUK": lambda: (f"{r.choice(('AB', 'LK', 'YX', 'MA', 'BD', 'KP', 'SN', 'WR'))}{r.choice(('19', '68', '21', '71', '23', '73', '16', '66'))} {''.join(r.choice('ABCDEFGHJKLMNOPRSTUVWXYZ') for _ in range(3))}", None),
        "REGUS": lambda: (f"{r.randrange(1, 10)}{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{r.randrange(100, 1000)}", None),
        "VIN": lambda: (draw.vin(), None),
        "KM": lambda: (f"{r.randrange(800, 290000):,} km".replace(",", " "), None),
        "MIL": lambda: (f"{r.randrange(100, 29000):,} mil".replace(",", " "), None),
        "MILES": lambda: (f"{r.randrange(900, 160000):,} miles", None),
        "MODEL": lambda: (draw.deal("model", MODELS), None),
        "ORDER": lambda: (r.choice((f"AO-{r.randrange(10000, 99999)}", f"{r.randrange(100000, 999999)}", f"WO{r.randrange(1000, 9999)}/27")), None),
        "INV": lambda: (r.choice((f"{r.randrange(20270001, 20279999)}", f"F-{r.randrange(1000, 99999)}", f"INV-{r.randrange(10000, 99999)}")), None),
        "OCR": lambda: (f"{r.randrange(10**9, 10**12)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ORG": lambda: (f"55{r.randrange(5, 10)}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "CASE": lambda: (r.choice((f"G-{r.randrange(100000, 999999)}", f"{r.randrange(2027, 2028)}-{r.randrange(1000, 9999)}", f"#{r.randrange(10000, 99999)}", f"CLM-{r.randrange(100000, 999999)}")), None),
        "TYRE": lambda: (f"{r.choice(('195/65', '205/55', '225/45', '215/60', '235/55', '225/40', '205/60', '185/65'))} R{r.choice(('15', '16', '17', '18', '19'))}{r.choice(('', ' 91H', ' 94V', ' 98T', ' XL'))}", None),
        "SHELF": lambda: (f"{r.choice('ABCDEFGH')}{r.randrange(1, 40)}-{r.randrange(1, 6)}", None),
        "HOURS": lambda: (f"{r.randrange(1, 9)},{r.choice('05')} h" if not en else f"{r.randrange(1, 9)}.{r.choice('05')} hrs", None),
        "PART": lambda: (f"{r.randrange(10**7, 10**8)}", None),
        "MM": lambda: (f"{r.randrange(2, 9)}{r.choice((',5', ''))} mm", None),
        "YEAR": lambda: (str(r.randrange(2006, 2027)), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0] if r.random() < 0.6 else r.choice(US_TOWNS)[0], None),
        "FIRM": lambda: (draw.deal("firm", FIRMS["sv"]), None),
        "FIRMEN": lambda: (draw.deal("firm_en", FIRMS["en"]), None),
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
    """FD's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of FD is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    people: list[str] = []
    for row in rows:
        lang, text, spans = str(row["lang"]), str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        langs[lang] += 1
        forms["c/o"] += text.count("c/o ")
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
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                forms[f"personnummer {len(re.sub(r'[^0-9]', '', value))} digits"] += 1
                forms["personnummer with - or +"] += bool(re.search(r"[-+]", value))
                forms["personnummer with +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}, typed plain: {draw.forms['typed plain']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def pnr_valid(value: str) -> bool:
    digits = re.sub(r"[-+]", "", value)
    if (
        not digits.isdigit()
        or len(digits) not in (10, 12)
        or not re.fullmatch(r"\d{6,8}[-+]?\d{4}", value)
    ):
        return False
    ten = digits[-10:]
    return luhn(ten[:9]) == int(ten[9])


def check(path: Path) -> int:
    """Check the written file; counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    rows = 0
    keys = ["id", "split", "lang", "text", "spans"]
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["row keys"] += list(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        ids[row["id"]] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop, kind = span["start"], span["end"], span["kind"]
            kinds[kind] += 1
            value = text[start:stop]
            problems["span empty"] += stop <= start
            problems["span out of bounds"] += not 0 <= start < stop <= len(text)
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            problems["unknown kind"] += kind not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if kind == "NATIONAL_ID":
                problems["personnummer check digit"] += not pnr_valid(value)
            end = stop
    problems["ids not unique"] = sum(n - 1 for n in ids.values())
    problems["ids not in order"] = sum(
        1 for i, k in enumerate(ids, 1) if k != f"gen-{SPLIT}-{i:04d}"
    )
    print(
        f"{path.name}: {rows} rows, {sum(kinds.values())} spans ("
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ")"
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
