# ruff: noqa: E501
"""Generate held-out AC for personal-data detection (issue 15): names as the population has them,
an eighth writer.

    python data/pii/generate_ac.py          # writes data/pii/generated-heldout-ac.jsonl
    python data/pii/generate_ac.py --stats  # counts only (sizes, forms, the head/tail split)

Like V to AA, and unlike the worst-case sets O to U, AC's names are drawn by how often people
really carry them: every name word comes from `names_ac.py`'s weighted pools (SCB's ranks for
Sweden, the commonest names of the origins common in Sweden weighted by their share of its
population, the US Census 1990 frequencies and ONS ranks for English text), 80% from the head
of a list and 20% from its tail, in the forms people write them around learning, travel and
public life (`templates_ac.py`: admissions and thesis supervision, course rosters and grades,
student housing, conference and sports-event registrations, tour-guide and hotel group
bookings, local news and police blotters, forum posts and reviews signed by name, podcast and
meeting transcripts, genealogy notes, volunteer work, and the chats around them). Written by a
helper who does not tune the detector, who read neither its rules, lexicons and tagger
(`src/rung/privacy/`) nor any dev set's error listing nor V's to AA's names and templates; AC
was never run through the detector by its writer, and its names were not checked against rung's
lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_ac import HEAD_SHARE, MIXES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ac import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20261231
SIZES = {"sv": 265, "en": 180, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ac.jsonl"

Word = tuple[str, str]  # a name word and the part of its pool it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets: the commonest names of the address register (general knowledge), campus and
# student-housing streets, and the forms the report missed (-svängen, allé, backe, gränd,
# stig, torg, plan).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Skolgatan", "Drottninggatan", "Industrivägen", "Björkvägen",
    "Kyrkogatan", "Järnvägsgatan", "Nygatan", "Parkvägen", "Ringvägen", "Skogsvägen", "Tallvägen",
    "Lärkvägen", "Trädgårdsgatan", "Stationsgatan", "Idrottsvägen", "Ängsvägen", "Vasagatan",
    "Östra Storgatan", "Västra Hamngatan", "Fabriksgatan", "Granvägen", "Aspvägen", "Rönnvägen",
    "Lönnvägen", "Ekvägen", "Solvägen", "Smedjegatan", "Villagatan", "Studentvägen",
    "Universitetsvägen", "Forskarbacken", "Kyrkbacken", "Smedjegränd", "Stortorget", "Tallstigen",
    "Rinkebysvängen", "Hammarby allé", "Lilla torget", "Lindallén", "Bergsgatan", "Sjövägen",
    "Hagagatan", "Flogstavägen", "Kämnärsvägen", "Rackarbergsgatan", "Kungsholmsgatan",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 111, 118), ("Göteborg", 411, 417), ("Malmö", 211, 217), ("Uppsala", 752, 756),
    ("Lund", 222, 227), ("Umeå", 903, 907), ("Linköping", 582, 587), ("Örebro", 702, 703),
    ("Västerås", 722, 725), ("Luleå", 972, 975), ("Växjö", 352, 352), ("Karlstad", 652, 654),
    ("Jönköping", 553, 556), ("Gävle", 802, 806), ("Sundsvall", 852, 856), ("Kalmar", 392, 392),
    ("Visby", 621, 621), ("Östersund", 831, 831), ("Falun", 791, 791), ("Borås", 503, 506),
    ("Halmstad", 302, 302), ("Kiruna", 981, 981), ("Skellefteå", 931, 931), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 254), ("Kristianstad", 291, 291), ("Huddinge", 141, 141),
    ("Spånga", 163, 163), ("Solna", 169, 171), ("Södertälje", 151, 152), ("Karlskrona", 371, 371),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Park Road", "Mill Lane",
    "School Lane", "The Crescent", "Queen Street", "Albert Road", "North Street", "New Road",
    "Grange Road", "Springfield Road", "Meadow Way", "Oxford Street", "Castle Street", "Kings Road",
)  # fmt: skip
UK_TOWNS = (
    ("London", "NW"), ("London", "SE"), ("London", "W"), ("Manchester", "M"), ("Leeds", "LS"),
    ("Sheffield", "S"), ("Nottingham", "NG"), ("Cardiff", "CF"), ("Edinburgh", "EH"),
    ("Glasgow", "G"), ("York", "YO"), ("Bristol", "BS"), ("Liverpool", "L"), ("Norwich", "NR"),
    ("Exeter", "EX"), ("Durham", "DH"),
)  # fmt: skip
US_STREETS = ("Main Street", "Second Street", "Oak Avenue", "Elm Street", "Washington Avenue", "Lincoln Road", "Maple Drive", "Park Place", "Cedar Street", "Lakeview Drive", "University Avenue", "College Street")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Madison", "WI", 537), ("Ann Arbor", "MI", 481), ("Seattle", "WA", 981), ("Rockford", "IL", 611), ("Brooklyn", "NY", 112), ("Austin", "TX", 787), ("Berkeley", "CA", 947))  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Bahnhofstraße {n}\n{z5:80331-81929} München",
    "Schillerstraße {n}, {z5:60311-60599} Frankfurt am Main", "Goethestraße {n}, {m}. OG, {z5:04103-04357} Leipzig",
    "{n} rue de la République, {z5:69001-69009} Lyon", "{n} avenue Jean Jaurès\n{z5:31000-31500} Toulouse",
    "{n}, rue Nationale, {z5:59000-59800} Lille",
    "Mannerheimintie {n} A {m}, 00{z3:100-260} Helsinki", "Hämeenkatu {n} B {m}, 33{z3:100-200} Tampere",
    "Karl Johans gate {n}, 0{z3:154-162} Oslo", "Storgata {n}\n{z4:5003-5020} Bergen",
    "Vestergade {n}, {m}. tv., {z4:1456-1467} København K", "Østerbrogade {n}, st. th., 2100 København Ø",
    "ul. Mickiewicza {n}/{m}, {z2:30-31}-{z3:001-999} Kraków", "ul. Słowackiego {n} m. {m}, 80-{z3:200-299} Gdańsk",
    "Calle Mayor {n}, {m}º B, 280{z2:10-15} Madrid", "Calle Real {n}, 410{z2:01-20} Sevilla",
    "Kerkstraat {n}, 1017 {z2:10-99}GC Amsterdam", "Dorpsstraat {n}\n3{z3:500-599} AB Utrecht",
    "{n} Main Street, Galway H91 {z2:10-99}X{z1:1-9}", "Via Roma {n}, {z5:10121-10156} Torino",
)  # fmt: skip
UNIS = (
    "Institutionen för historia", "Kemiska institutionen", "Internationella kontoret",
    "Studentavdelningen", "Institutionen för pedagogik", "Juridiska fakulteten",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.co.uk", "telia.com", "bredband.net", "hotmail.se")  # fmt: skip
WORK = ("student.example.se", "uni.example.se", "example.ac.uk", "example.edu", "kansli.example.se")  # fmt: skip
# Numbers from abroad: country code, then the groupings people type (digits drawn per `d`).
ABROAD = (
    "+47 9dd dd ddd", "0047 22 dd dd dd", "+47 4dd dd ddd", "+45 2d dd dd dd", "+45 3d dd dd dd",
    "+358 40 ddd dddd", "+358 (0)9 dddd dddd", "+358 50 ddd ddd", "+354 6dd dddd",
    "+44 7700 9ddddd", "07700 9ddddd", "+44 (0)20 7946 0ddd", "0161 496 0ddd", "+44 113 496 0ddd",
    "+49 30 dddddddd", "+49 (0)171 ddddddd", "0049 89 ddddddd", "+49 1dd ddd dddd",
    "+48 60d ddd ddd", "0048 22 ddd dd dd", "+1 (612) 555-0ddd", "(608) 555-0ddd", "+1 206-555-0ddd",
    "+34 6dd dd dd dd", "+31 6 dddddddd", "+353 87 ddd dddd", "+90 532 ddd dd dd", "+33 6 dd dd dd dd",
    "+39 3dd ddd dddd", "+66 81 ddd dddd", "+91 98ddd ddddd", "+964 750 ddd dddd",
    "0045 2d dd dd dd", "00358 40 ddd dddd", "0044 7700 9ddddd", "0047 9dd dd ddd",
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
    """Every value of AC from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.phones: Counter[str] = Counter()
        self.lang = "sv"

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
        given = self.pick(pool)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.55, "us": 0.4, "uk": 0.3, "finnish": 0.4}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] == given[0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # two surnames, the father's and the mother's
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a double name after marriage
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        elif key == "thai" and woman and roll < 0.45:  # married in Sweden, a Swedish surname
            surname = [self.pick(ORIGINS["swedish"].surnames)]
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.35:  # typed plain
            given = (plain(given[0]), given[1])
            middle = [(plain(w), p) for w, p in middle]
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
                          f"{given}.{surname}{r.randrange(2, 99)}", f"{surname}.{given}",
                          f"{given}_{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish mobile in one of the groupings people type."""
        r = self.rng
        pre, d = "07" + r.choice("0023369"), self.digits(7)
        shapes = (
            (30, f"{pre}-{d[:3]} {d[3:5]} {d[5:]}"), (14, f"{pre}{d}"),
            (12, f"{pre} {d[:3]} {d[3:5]} {d[5:]}"), (6, f"{pre}-{d}"),
            (12, f"+46 {pre[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (6, f"+46{pre[1:]}{d}"),
            (4, f"+46(0){pre[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (3, f"+46 (0){pre[1:]} {d[:3]} {d[3:]}"),
            (4, f"0046 {pre[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (3, f"+46-{pre[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (3, f"{pre}-{d[:2]} {d[2:4]} {d[4:]}"),
            (3, f"{pre}.{d[:3]}.{d[3:5]}.{d[5:]}"),
        )  # fmt: skip
        value = r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]
        self.phones["sv mobile"] += 1
        return value

    def landline(self) -> str:
        """A Swedish landline: Stockholm's and Göteborg's area codes, and a few others."""
        r = self.rng
        area = r.choice(
            ("8", "8", "8", "31", "31", "40", "18", "46", "90", "13", "19", "21", "60", "920")
        )
        n = 8 if area == "8" else 7 if len(area) == 2 else 6
        d = self.digits(n)
        if n == 8:
            local = r.choice(
                (
                    f"{d[:3]} {d[3:6]} {d[6:]}",
                    f"{d[:3]} {d[3:5]} {d[5:7]}{d[7]}",
                    f"{d[:2]} {d[2:4]} {d[4:6]}",
                )
            )
        elif n == 7:
            local = r.choice((f"{d[:3]} {d[3:5]} {d[5:]}", f"{d[:2]} {d[2:4]} {d[4:6]}"))
        else:
            local = f"{d[:2]} {d[2:4]} {d[4:]}"
        roll = r.random()
        self.phones["sv landline"] += 1
        if roll < 0.7:
            return f"0{area}-{local}"
        if roll < 0.85:
            return f"+46 {area} {local}"
        if roll < 0.93:
            return f"+46 (0){area}-{local}"
        return f"0{area} {local}"

    def abroad(self) -> str:
        r = self.rng
        shape = r.choice(ABROAD)
        self.phones["abroad"] += 1
        return re.sub("d", lambda _: str(r.randrange(10)), shape)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1942, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.5:
            return f"{date}-{serial}{check}"
        if roll < 0.8:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def sv_street(self) -> str:
        r = self.rng
        number = str(min(int(r.expovariate(1 / 14)) + 1, 160))
        if r.random() < 0.12:
            number += r.choice(("A", "B", "C", " A", " B"))
        return f"{r.choice(SV_STREETS)} {number}"

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        roll = r.random()
        if roll < 0.8:
            return f"{code[:3]} {code[3:]} {town}"
        if roll < 0.9:
            return f"{code} {town}"
        return f"SE-{code[:3]} {code[3:]} {town.upper() if r.random() < 0.5 else town}"

    def lgh(self) -> str:
        r = self.rng
        return f"lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.15:
            street += f"{r.choice((' ', ', '))}{self.lgh()}"
        if r.random() < 0.06:
            street = (
                f"c/o {self.rng.choice(('Lindqvist', 'Berg', 'Ali', 'Nilsson'))}\n{street}"
                if lines
                else street
            )
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal()}"

    def office(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.35:
            return f"{r.choice(UNIS)}, {self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"
        if roll < 0.55:
            return f"Box {r.randrange(100, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"{self.sv_street()}\n{self.sv_postal()}"
        return f"{self.sv_street()}, {self.sv_postal()}, Sverige"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 25)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.3:
            street = f"{r.randrange(1, 40)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Apt.', 'Suite', '#'))} {r.randrange(1, 420)}"
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = r.choice(EUROPE).replace("{n}", str(r.randrange(1, 140)))
        out = out.replace("{m}", str(r.randrange(1, 8)))
        return re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value)."""
    given, surname, middle = [person.given], person.surname, person.middle
    suffix = form[-1] if len(form) > 1 and form[-1] in "se" and form[:-1] in BASES else ""
    base = form[: -len(suffix)] if suffix else form
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
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
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
    if suffix:
        segments.append((genitive(value, suffix == "e"), None))
    return segments


BASES = {"P", "p", "U", "F", "G", "g", "S", "s", "I", "Gi", "R", "E"}
PERSON_FORMS = BASES | {b + s for b in BASES - {"E"} for s in "se"}
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def lgh() -> str:
        return f"{draw.sv_street()}{r.choice((' ', ', '))}{draw.lgh()}"

    def extension() -> list[Segment]:
        number = draw.abroad() if en or r.random() < 0.25 else draw.landline()
        tail = r.choice((" ankn. ", " ext. ", ", ext ", " (vx), ankn. "))
        return [(number, "PHONE"), (f"{tail}{r.randrange(100, 9999)}", None)]

    values: dict[str, Callable[[], list[Segment]]] = {
        "A": lambda: [(draw.sv_address(), "ADDRESS")],
        "AL": lambda: [(draw.sv_address(lines=True), "ADDRESS")],
        "ST": lambda: [(draw.sv_street(), "ADDRESS")],
        "STL": lambda: [(lgh() if r.random() < 0.4 else draw.sv_address(lgh=True), "ADDRESS")],
        "a": lambda: [((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS")],
        "AO": lambda: [(draw.office(), "ADDRESS")],
        "AU": lambda: [(draw.uk_address(), "ADDRESS")],
        "AUL": lambda: [(draw.uk_address(lines=True), "ADDRESS")],
        "au": lambda: [(draw.uk_address().lower(), "ADDRESS")],
        "AUS": lambda: [(draw.us_address(), "ADDRESS")],
        "AX": lambda: [(draw.eu_address(), "ADDRESS")],
        "PH": lambda: [(draw.phone() if r.random() < 0.85 else draw.landline(), "PHONE")],
        "PHL": lambda: [(draw.landline(), "PHONE")],
        "PHX": lambda: [(draw.abroad() if r.random() < 0.75 else draw.phone(), "PHONE")],
        "PHE": extension,
        "PNR": lambda: [(draw.national_id(), "NATIONAL_ID")],
        "DATE": lambda: [(r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None)],
        "DATEEN": lambda: [(r.choice((f"{day} {MONTHS['en'][month - 1]} 2026", f"{day:02d}/{month:02d}/2026", f"{MONTHS['en'][month - 1]} {day}")), None)],
        "TIME": lambda: [(f"{r.randrange(8, 20)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None)],
        "NUM": lambda: [(str(r.randrange(12, 480)), None)],
        "AMT": lambda: [(f"{r.randrange(150, 9000)} kr", None)],
        "REF": lambda: [(f"{r.choice(('BK', 'GRP', 'ADM', 'HS'))}-{r.randrange(10000, 99999)}", None)],
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
        if form in PERSON_FORMS:
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
    """AC's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-ac-{len(rows) + 1:04d}", "split": "heldout-ac", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AC is printed."""
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
                forms["address outside Sweden"] += not re.search(
                    r"\d{3} ?\d{2} [A-ZÅÄÖa-zåäö]|^[^\d]*\d+[A-C]?$|Sverige", value
                )
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
                forms["phone with (0)"] += "(0)" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print("phones drawn: " + ", ".join(f"{k} {v}" for k, v in draw.phones.most_common()))


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
