# ruff: noqa: E501
"""Generate held-out Z for personal-data detection (issue 15): names as the population has them,
a fifth writer.

    python data/pii/generate_z.py          # writes data/pii/generated-heldout-z.jsonl
    python data/pii/generate_z.py --stats  # counts only (sizes, forms, the head/tail split)

Like V to Y, and unlike the worst-case sets O to U, Z's names are drawn by how often people
really carry them: every name word comes from `names_z.py`'s weighted pools (SCB's ranks for
Sweden, the commonest names of the origins common in Sweden weighted by their share of its
population, the US Census 1990 frequencies and the ONS rankings for English text), 80% from the
head of a list and 20% from its tail, in the forms people write them in public services and
private life (`templates_z.py`: school and preschool messages, 1177 and healthcare, home care,
municipal case handling, housing, clubs, parishes, libraries, family chats, Swish, and UK and US
text of the same kinds). Phone numbers are written in the many ways people write them. Written
by a helper who does not tune the detector, who read neither its rules, lexicons and tagger
(`src/rung/privacy/`) nor any dev set's error listing nor V's, W's, X's or Y's names and
templates; Z was never run through the detector by its writer, and its names were not checked
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

from names_z import HEAD_SHARE, MIXES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_z import EN, MIXED, NEGATIVES, SV  # noqa: E402

SEED = 51902
SIZES = {"sv": 270, "en": 190, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-z.jsonl"

Word = tuple[str, str]  # a name word and the part of its pool it came from: "head" or "tail"
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Common Swedish street names (the address register's commonest, general knowledge).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Skolgatan", "Drottninggatan", "Industrivägen", "Björkvägen",
    "Kyrkogatan", "Nygatan", "Järnvägsgatan", "Stationsgatan", "Parkvägen", "Ringvägen",
    "Skogsvägen", "Bäckvägen", "Ängsvägen", "Granvägen", "Tallvägen", "Lindvägen", "Ekvägen",
    "Åkervägen", "Vallgatan", "Östra Storgatan", "Västra Långgatan", "Södra vägen", "Norra vägen",
    "Fabriksgatan", "Smedjegatan", "Hantverkaregatan", "Tullgatan", "Bangårdsgatan", "Torggatan",
    "Strandvägen", "Sjövägen", "Hagagatan", "Kvarngatan", "Backvägen", "Solvägen", "Vårvägen",
    "Lärkvägen", "Blåbärsvägen", "Lingonvägen", "Rönnvägen", "Aspvägen", "Gärdesvägen",
    "Byvägen", "Kyrkvägen", "Mejerigatan", "Fältgatan", "Götgatan", "Folkungagatan",
    "Tensta allé", "Sofielundsvägen", "Kyrkbacken", "Smedsgränd", "Stortorget", "Bryggaregatan",
    "Rosenlundsgatan", "Hamngatan", "Postgatan", "Ågatan", "Klockarvägen", "Skolvägen",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 112, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 605), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Södertälje", 151, 152),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Falun", 791, 791),
    ("Kristianstad", 291, 291), ("Skellefteå", 931, 931), ("Kalmar", 392, 393), ("Varberg", 432, 432),
    ("Visby", 621, 621), ("Kiruna", 981, 981), ("Ystad", 271, 271), ("Motala", 591, 591),
    ("Borlänge", 784, 784), ("Hudiksvall", 824, 824), ("Alingsås", 441, 441), ("Nacka", 131, 131),
    ("Huddinge", 141, 141), ("Haninge", 136, 136), ("Järfälla", 175, 175), ("Tumba", 147, 147),
    ("Lidingö", 181, 181), ("Kungsbacka", 434, 434), ("Sandviken", 811, 811), ("Piteå", 941, 941),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Church Street", "Park Road", "Victoria Road",
    "Green Lane", "Manor Road", "Mill Lane", "School Lane", "The Crescent", "Queen Street",
    "New Road", "King Street", "Grange Road", "North Street", "Springfield Road", "Albert Road",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SE"), ("London", "NW"), ("Leeds", "LS"), ("Bristol", "BS"), ("Sheffield", "S"),
    ("Nottingham", "NG"), ("Cardiff", "CF"), ("Norwich", "NR"), ("York", "YO"), ("Reading", "RG"),
    ("Liverpool", "L"), ("Exeter", "EX"), ("Aberdeen", "AB"), ("Derby", "DE"), ("Bath", "BA"),
)  # fmt: skip
US_PLACES = (
    ("Springfield", "IL", 627), ("Columbus", "OH", 432), ("Minneapolis", "MN", 554),
    ("Madison", "WI", 537), ("Sacramento", "CA", 958), ("Raleigh", "NC", 276),
    ("Des Moines", "IA", 503), ("Tucson", "AZ", 857), ("Albany", "NY", 122), ("Omaha", "NE", 681),
)  # fmt: skip
US_STREETS = ("Maple Avenue", "Oak Street", "Elm Street", "Main Street", "Cedar Drive", "Pine Street", "Lincoln Avenue", "Park Place", "Hillcrest Drive", "Sunset Boulevard", "Ridge Road", "2nd Street")  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Bahnhofstraße {n}\n{z5:80331-81929} München",
    "Schillerstraße {n}, {z5:60311-60599} Frankfurt am Main", "Gartenweg {n}, {z5:28195-28779} Bremen",
    "{n} rue de la République, {z5:69001-69009} Lyon", "{n}, rue Pasteur\n{z5:31000-31500} Toulouse",
    "{n} avenue Jean Jaurès, {z5:75019-75019} Paris",
    "Mannerheimintie {n} B {m}, 00100 Helsinki", "Hämeenkatu {n} A {m}\n{z5:33100-33900} Tampere",
    "Storgata {n}, {z4:182-190} Oslo", "Kongens gate {n}, {z4:7011-7013} Trondheim",
    "Vestergade {n}, {m}. tv., 8000 Aarhus C", "Østergade {n}, st. th., {z4:1100-1199} København K",
    "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk", "ul. Mickiewicza {n} m. {m}\n{z2:30-31}-{z3:100-999} Kraków",
    "Calle Mayor {n}, {m}º B, 28013 Madrid", "Carrer de Mallorca {n}, {m}º 2ª, 080{z2:10-40} Barcelona",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "bredband.net", "spray.se")  # fmt: skip
MAIL_UK = ("gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com")  # fmt: skip
MAIL_US = ("gmail.com", "yahoo.com", "outlook.com", "aol.com", "comcast.net", "icloud.com")  # fmt: skip
WORK = ("skola.example.se", "kommun.example.se", "regionen.example.se", "brf-example.se", "example.org", "nhs.example.uk", "district.example.us")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 - i % 2)
        total += n // 10 + n % 10
    return (10 - total % 10) % 10


@dataclass
class Person:
    woman: bool
    origin: str
    given: Word
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "

    @property
    def first(self) -> str:
        return self.given[0]

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of Z from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.phones: Counter[str] = Counter()  # the phone numbers drawn, by where they ring
        self.mix = "sv"

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail; by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def person(self, woman: bool | None) -> Person:
        r = self.rng
        mix = MIXES[self.mix]
        key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = self.pick(pool)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "finnish": 0.3}.get(key, 0.04):
            middle = [self.pick(pool)]
            if middle[0][0] == given[0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # both apellidos
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a double name after marriage
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin", "finnish") and r.random() < 0.3:
            given = (plain(given[0]), given[1])  # typed on a keyboard without the letters
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}{surname[0]}",
                          f"{given}.{surname}{r.randrange(1, 99)}", f"{given}_{surname}",
                          f"{surname}{given[:2]}"))  # fmt: skip
        if r.random() < 0.3:
            return f"{local}@{r.choice(WORK)}"
        return f"{local}@{r.choice({'uk': MAIL_UK, 'us': MAIL_US}.get(self.mix, MAIL))}"

    def digits(self, n: int, lead: bool = False) -> str:
        """`n` random digits; with `lead`, the first is 2 to 9 (a subscriber number's first)."""
        first = str(self.rng.randrange(2, 10)) if lead else str(self.rng.randrange(10))
        return first + "".join(str(self.rng.randrange(10)) for _ in range(n - 1))

    def phone(self) -> str:
        """A Swedish mobile, in the groupings people use."""
        self.phones["Swedish mobile"] += 1
        r = self.rng
        prefix = "07" + r.choice("0023369")
        d = self.digits(7)
        return r.choice((
            f"{prefix}-{d[:3]} {d[3:5]} {d[5:]}", f"{prefix}{d}", f"{prefix} {d[:3]} {d[3:5]} {d[5:]}",
            f"{prefix}-{d}", f"+46 {prefix[1:]} {d[:3]} {d[3:5]} {d[5:]}", f"+46(0){prefix[1:]}-{d[:3]} {d[3:5]} {d[5:]}",
            f"+46{prefix[1:]}{d}", f"0046 {prefix[1:]} {d[:3]} {d[3:]}", f"{prefix}-{d[:2]} {d[2:4]} {d[4:]}",
            f"{prefix} {d[:3]} {d[3:]}", f"{prefix}{d[0]}-{d[1:3]} {d[3:5]} {d[5:]}", f"{prefix}{d[0]}-{d[1:4]} {d[4:]}",
        ))  # fmt: skip

    def landline(self) -> str:
        """A Swedish landline: Stockholm's 08, two- to four-digit area codes."""
        self.phones["Swedish landline"] += 1
        r = self.rng
        area = r.choice(
            (
                "08",
                "08",
                "08",
                "031",
                "040",
                "018",
                "013",
                "090",
                "0480",
                "0498",
                "054",
                "0910",
                "026",
                "0500",
                "016",
            )
        )
        if area == "08":
            d = self.digits(8, lead=True) if r.random() < 0.6 else self.digits(7, lead=True)
            if len(d) == 8:
                return r.choice(
                    (
                        f"08-{d[:3]} {d[3:6]} {d[6:]}",
                        f"08-{d[:3]} {d[3:5]} {d[5:]}",
                        f"08 {d[:3]} {d[3:6]} {d[6:]}",
                        f"+46 8 {d[:3]} {d[3:6]} {d[6:]}",
                        f"08-{d}",
                    )
                )
            return r.choice((f"08-{d[:3]} {d[3:5]} {d[5:]}", f"08-{d[:2]} {d[2:4]} {d[4:]}"))
        d = self.digits(r.choice((6, 7)) if len(area) == 3 else r.choice((5, 6)), lead=True)
        if len(d) == 7:
            return r.choice(
                (
                    f"{area}-{d[:3]} {d[3:5]} {d[5:]}",
                    f"{area}-{d}",
                    f"+46 {area[1:]} {d[:3]} {d[3:5]} {d[5:]}",
                )
            )
        if len(d) == 6:
            return r.choice(
                (
                    f"{area}-{d[:2]} {d[2:4]} {d[4:]}",
                    f"{area} {d[:2]} {d[2:4]} {d[4:]}",
                    f"{area}-{d}",
                )
            )
        return f"{area}-{d[:3]} {d[3:]}"

    def phone_x(self) -> str:
        """A number from abroad, with `+` or `00` or written as at home."""
        self.phones["abroad (Nordic, Europe, UK, US, Middle East)"] += 1
        r = self.rng
        d = self.digits(9)
        return r.choice((
            f"+47 {d[:3]} {d[3:5]} {d[5:8]}", f"0047 {d[:8]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"+358 (0)50 {d[:7]}",
            f"+44 7700 {d[:6]}", f"07700 {d[:3]} {d[3:6]}", f"+44 (0)20 7946 {d[:4]}", f"0161 496 {d[:4]}",
            f"+1 (617) 555-{d[:4]}", f"(312) 555-{d[:4]}", f"+1 206 555 {d[:4]}", f"001-512-555-{d[:4]}",
            f"+49 30 {d[:8]}", f"0049 89 {d[:3]} {d[3:7]}", f"+49 (0)40 {d[:4]} {d[4:7]}", f"030 {d[:7]}",
            f"+48 {d[:3]} {d[3:6]} {d[6:9]}", f"0048 {d[:3]}-{d[3:6]}-{d[6:9]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+964 770 {d[:3]} {d[3:7]}", f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}",
        ))  # fmt: skip

    def phone_uk(self) -> str:
        self.phones["UK"] += 1
        r = self.rng
        d = self.digits(6)
        return r.choice((f"07700 {d}", f"07700 {d[:3]} {d[3:]}", f"020 7946 {d[:4]}", f"0113 496 {d[:4]}", f"+44 7700 {d}", f"0117 496 {d[:4]}", f"01632 {d}"))  # fmt: skip

    def phone_us(self) -> str:
        self.phones["US"] += 1
        r = self.rng
        d = self.digits(4)
        area = r.choice(("217", "614", "612", "608", "916", "919", "515"))
        return r.choice((f"({area}) 555-{d}", f"{area}-555-{d}", f"{area}.555.{d}", f"+1 {area} 555 {d}", f"1-{area}-555-{d}"))  # fmt: skip

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1932, 2023)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.45:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def sv_number(self) -> str:
        r = self.rng
        number = str(min(int(r.expovariate(1 / 14)) + 1, 160))
        if r.random() < 0.12:
            number += r.choice(("A", "B", "C", " A", " B"))
        return number

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.sv_number()}"

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        roll = r.random()
        if roll < 0.8:
            return f"{code[:3]} {code[3:]} {town}"
        if roll < 0.92:
            return f"{code} {town}"
        return f"SE-{code[:3]} {code[3:]} {town}"

    def lgh(self) -> str:
        return f"lgh {self.rng.randrange(10, 17)}{self.rng.randrange(1, 9):02d}"

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.15:
            street += f"{r.choice((' ', ', '))}{self.lgh()}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal()}"

    def office(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.35:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"{self.sv_street()}\n{self.sv_postal()}"
        return f"{self.sv_street()}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        if r.random() < 0.25:
            flat = f"Flat {r.randrange(1, 30)}"
            street = f"{flat}\n{street}" if lines else f"{flat}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_PLACES)
        street = f"{r.randrange(100, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", Apt {r.randrange(1, 40)}{r.choice('ABC')}"
        tail = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{tail}" if lines else f"{street}, {tail}"

    def eu_address(self) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = r.choice(EUROPE).replace("{n}", str(r.randrange(1, 120)))
        out = out.replace("{m}", str(r.randrange(1, 8)))
        return re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)


def genitive(name: str, lang: str) -> str:
    if lang == "en":
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw, lang: str) -> list[Segment]:
    """A person's name in `form`; a genitive's ending follows the value, outside it."""
    given, surname, middle = [person.given], person.surname, person.middle
    base = form[:-1] if len(form) > 1 and form.endswith("s") else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join(w for w, _ in given + middle) + f" {person.last}"
    elif base in ("G", "g"):
        words, value = given, person.first.lower() if base == "g" else person.first
    elif base == "S":
        words, value = surname, person.last
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, lang), None))
    return segments


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "F",
    "G",
    "g",
    "S",
    "I",
    "Gi",
    "R",
    "E",
    "Ps",
    "Gs",
    "Ss",
    "gs",
    "Fs",
}
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?\}")
MIX_TAG = re.compile(r"^\[(uk|us)\] ")
SV_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december")  # fmt: skip
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")  # fmt: skip


def filler(form: str, draw: Draw) -> Segment:
    r = draw.rng
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ALG": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (f"{draw.sv_street()} {draw.lgh()}", "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.6 else draw.sv_address()).lower(), "ADDRESS"),
        "AO": lambda: (draw.office(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {SV_MONTHS[month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {EN_MONTHS[month - 1]} 2026", f"{day:02d}/{month:02d}/2026", f"{EN_MONTHS[month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 400)), None),
        "AMT": lambda: (f"{r.choice((50, 100, 120, 150, 200, 250, 300, 350, 450, 500, 750, 1200))}", None),
        "REF": lambda: (f"{r.choice(('KS', 'BN', 'SOC', 'DNR'))} {r.randrange(2024, 2027)}-{r.randrange(100, 9999):04d}", None),
        "YR": lambda: (str(r.randrange(2012, 2021)), None),
        "AGE": lambda: (str(r.randrange(67, 99)), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw, lang: str) -> tuple[str, list[dict[str, object]]]:
    tag = MIX_TAG.match(template)
    draw.mix = tag.group(1) if tag else lang
    if tag:
        template = template[tag.end() :]
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            glang = "en" if lang == "en" else "sv"
            segments = person_segments(form, person, draw, glang)
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """Z's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, in a seeded order; a text already written is drawn again."""
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
        for _ in range(20):
            text, spans = fill(template, draw, lang)
            if text not in seen:
                break
        seen.add(text)
        rows.append({
            "id": f"gen-heldout-z-{len(rows) + 1:04d}", "split": "heldout-z", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of Z is printed."""
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
                forms["capitals"] += value.isupper()
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
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    total = sum(draw.split.values())
    head, tail = draw.split["head"], draw.split["tail"]
    print(
        f"name words: {total}, head {head} ({head / total:.1%}), tail {tail} ({tail / total:.1%})"
    )
    print("phones drawn: " + ", ".join(f"{k} {v}" for k, v in draw.phones.most_common()))
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    args = parser.parse_args()
    draw = Draw(SEED)
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
