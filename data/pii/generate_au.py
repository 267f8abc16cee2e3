# ruff: noqa: E501
"""Generate held-out AU for personal-data detection (issue 15): names as the population has them,
a twenty-sixth writer.

    python data/pii/generate_au.py          # writes data/pii/generated-heldout-au.jsonl
    python data/pii/generate_au.py --stats  # counts only (sizes, forms, the head/tail split)

AU's names are drawn by how often people really carry them: every name word comes from
`names_au.py`'s weighted pools (SCB's ranks for Sweden, the commonest names of the origins common
in Sweden, the US Census 1990 frequencies and UK rankings), 80% from the head of a list and 20%
from its tail, in the genres of hospitality, food and events (`templates_au.py`: hotel and hostel
reservations and guest registers, restaurant bookings and allergy notes, catering orders,
conference and course registrations with name badges, concert and theatre ticketing and refunds,
festival volunteer rosters, venue hire contracts, tour-guide group lists, owners' replies to
reviews, lost-and-found desks), with nicknames and short forms where people use them. Written by
a helper who does not tune the detector, who read neither its rules, lexicons and tagger
(`src/rung/privacy/`) nor any error listing nor any other set's names and templates
(`generate_ag.py` was read for its mechanics only); AU was never run through the detector by its
writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded Random:
same seed, same bytes.
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

from names_au import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_au import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270103
SIZES = {"sv": 270, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-au.jsonl"
NICK_SHARE = 0.15  # a one-word given name that has a short form is written short this often

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge), and real towns with the first
# three digits of their postcodes.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Skolgatan", "Nygatan", "Kyrkogatan",
    "Järnvägsgatan", "Stationsgatan", "Hamngatan", "Tullgatan", "Bryggargatan", "Västra Hamngatan",
    "Östra Långgatan", "Norra Strandgatan", "Karlavägen", "Björkvägen", "Ringvägen", "Skogsvägen",
    "Industrivägen", "Tallvägen", "Ekvägen", "Granvägen", "Lönnvägen", "Södra vägen", "Strandvägen",
    "Sjövägen", "Bäckvägen", "Hagavägen", "Kvarnvägen", "Rosenlundsvägen", "Kastanjevägen",
    "Havsörnsvägen", "Sockenvägen", "Rinkebysvängen", "Tensta allé", "Hammarby allé",
    "Linnés allé", "Kronobergssvängen", "Bergsvängen", "Kvarnbacken", "Prästbacken",
    "Klockarbacken", "Solbacken", "Björnstigen", "Lärkstigen", "Ekorrstigen", "Fyrklöverstigen",
    "Stortorget", "Fisktorget", "Gustav Adolfs torg", "Järntorget", "Lilla torget", "Bagarns gränd",
    "Tulpangränd", "Mäster Mikaels gata", "Skeppargränd", "Kopparslagargränd", "Munkbroplan",
    "Brunnsplan", "Vallgatan", "Fiskaregatan", "Lasarettsgatan", "Slottsgatan", "Götgatan",
    "Hornsgatan", "Sankt Eriksgatan", "Odengatan", "Linnégatan", "Kaserngatan", "Trädgårdsgatan",
    "Sveavägen", "Regementsgatan", "Gamla Kungsvägen", "Nordanvägen", "Vikingagatan",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 756),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 724), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 226),
    ("Gävle", 802, 806), ("Sundsvall", 852, 856), ("Karlstad", 652, 656), ("Växjö", 352, 355),
    ("Halmstad", 302, 303), ("Luleå", 972, 975), ("Östersund", 831, 832), ("Kalmar", 392, 393),
    ("Visby", 621, 621), ("Falun", 791, 791), ("Ystad", 271, 271), ("Kiruna", 981, 981),
    ("Åre", 837, 837), ("Sälen", 780, 780), ("Strömstad", 452, 452), ("Båstad", 269, 269),
    ("Mora", 792, 792), ("Skellefteå", 931, 931), ("Borås", 503, 507), ("Eskilstuna", 632, 635),
    ("Nacka", 131, 132), ("Solna", 169, 171), ("Sigtuna", 193, 193), ("Varberg", 432, 432),
    ("Marstrand", 442, 442), ("Trosa", 619, 619), ("Vimmerby", 598, 598), ("Hjo", 544, 544),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Victoria Road", "Queens Road", "Mill Lane",
    "The Green", "Park Avenue", "Castle Street", "Marine Parade", "Harbour View", "Albion Terrace",
    "St John's Road", "Westgate", "Meadow Close", "Orchard Way", "Windsor Drive", "King Street",
)  # fmt: skip
UK_TOWNS = (
    ("London", "N"), ("London", "SW"), ("London", "EC"), ("Brighton", "BN"), ("Bath", "BA"),
    ("Oxford", "OX"), ("Cambridge", "CB"), ("Manchester", "M"), ("Leeds", "LS"), ("York", "YO"),
    ("Edinburgh", "EH"), ("Glasgow", "G"), ("Cardiff", "CF"), ("Belfast", "BT"), ("Bristol", "BS"),
    ("Newcastle upon Tyne", "NE"), ("Inverness", "IV"), ("Canterbury", "CT"),
)  # fmt: skip
US_STREETS = ("Main Street", "Oak Street", "Pine Avenue", "Maple Avenue", "Cedar Lane", "Washington Street", "Lake Shore Drive", "Broadway", "Mission Street", "Elm Court", "Highland Avenue", "Park Boulevard")  # fmt: skip
US_TOWNS = (("Boston", "MA", 21), ("Austin", "TX", 787), ("Portland", "OR", 972), ("Minneapolis", "MN", 554), ("San Diego", "CA", 921), ("Nashville", "TN", 372), ("Madison", "WI", 537), ("Albany", "NY", 122), ("Savannah", "GA", 314))  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10965-10999} Berlin", "Marktplatz {n}, {z5:69117-69126} Heidelberg",
    "Am Rathaus {n}, {z5:50667-50999} Köln", "Kirchweg {n}a, {z5:20249-20259} Hamburg",
    "{n} rue des Lilas, {z5:75019-75020} Paris", "{n} avenue Foch, {z5:13001-13016} Marseille",
    "{n}, place Bellecour, 69002 Lyon", "Aleksanterinkatu {n} B {m}, 00100 Helsinki",
    "Puistokatu {n} A {m}, {z5:20100-20900} Turku", "Thorvald Meyers gate {n}, 0555 Oslo",
    "Bryggen {n}, 5003 Bergen", "Nørrebrogade {n}, {m}. tv., 2200 København N",
    "Strøget {n}, 8000 Aarhus C", "ul. Floriańska {n}/{m}, 31-{z3:019-021} Kraków",
    "ul. Marszałkowska {n} m. {m}, 00-{z3:581-690} Warszawa", "Calle de Alcalá {n}, {m}º A, 280{z2:09-28} Madrid",
    "Passeig de Gràcia {n}, 08007 Barcelona", "Keizersgracht {n}, 10{z2:15-17} CX Amsterdam",
    "Oudegracht {n}, 35{z2:11-12} AB Utrecht", "Via Roma {n}, {z5:10121-10128} Torino",
    "Karl Johans gate {n}, 0162 Oslo", "Rautatienkatu {n}, 33100 Tampere",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "me.com", "hotmail.co.uk")  # fmt: skip
WORK = ("example.se", "example.com", "hotell.example.se", "foretag.example.se", "uni.example.se", "example.co.uk", "example.org")  # fmt: skip


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
    """Every value of AU from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.nicknames = 0
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
        given = self.pick(pool)
        if key == "swedish" and "-" not in given[0] and r.random() < 0.03:  # Anna-Karin, Per-Erik
            second = self.pick(pool)
            if second[0] != given[0] and "-" not in second[0]:
                given = (f"{given[0]}-{second[0]}", given[1])
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] == given[0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a double name after marriage
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = (plain(given[0]), given[1])
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def nickname(self, person: Person, always: bool) -> str:
        """The person's given name, or a short form of it as people say it."""
        english = person.origin in ("us", "uk")
        forms = NICKNAMES.get(f"{person.first}_en") if english else None
        forms = forms or NICKNAMES.get(person.first)
        if forms and (always or self.rng.random() < NICK_SHARE):
            self.nicknames += 1
            return self.rng.choice(forms)
        return person.first

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"+46-{m[1:]}-{d[:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:8]}"),
            (4, f"0{r.choice(('31', '40', '18', '13', '19', '21', '16', '54', '90', '60', '46', '42'))}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{r.choice(('31', '40', '18', '13', '11', '35', '36'))}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (3, f"0{r.choice(('498', '647', '280', '526', '431', '480', '910', '980', '250', '492'))}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"+46 {r.choice(('31', '40', '498', '647'))} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"({r.choice(('031', '040', '018'))}) {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:7]}", f"00358 45 {d[:3]} {d[3:7]}",
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"+44 (0)20 7{d[:3]} {d[3:7]}",
            f"0044 131 {d[:3]} {d[3:7]}", f"01632 {d[:6]}",
            f"+49 30 {d[:4]} {d[4:8]}", f"+49 (0)171 {d[:7]}", f"0049 221 {d[:6]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('56')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+1 (617) 555-0{d[:3]}", f"+1 512 555 0{d[:3]}", f"(415) 555-0{d[:3]}", f"001 212 555 0{d[:3]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 (0)1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+380 {d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+86 139 {d[:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+354 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1938, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.45:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.93:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def sv_street(self) -> str:
        r = self.rng
        street = r.choice(SV_STREETS)
        number = str(min(int(r.expovariate(1 / 16)) + 1, 180))
        if r.random() < 0.13:
            number += r.choice(("A", "B", "C", " A", " B", "a"))
        return f"{street} {number}"

    def sv_postal(self, country: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.12:
            out = out.replace(town, town.upper())
        if country or r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.13:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif r.random() < 0.04:
            street += f", {r.choice(('uppgång', 'port'))} {r.choice('ABC')}"
        if r.random() < 0.07:
            surname = self.rng.choice(ORIGINS["swedish"].surnames.names[:80])
            joint = "\n" if r.random() < 0.5 else ", "
            street = f"c/o {surname}{joint}{street}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal()}"

    def office(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.25:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}\n{self.sv_postal()}"
        return f"{self.sv_street()}, {self.sv_postal(country=True)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 40)}, {street}"
        elif roll < 0.22:
            street = f"{r.choice(('Ivy Cottage', 'The Old Rectory', 'Flat 3A', 'Apartment 12'))}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 900)}".replace(
                "# ", "#"
            )
        joint = "\n" if lines else ", "
        return f"{street}{joint}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

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
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, lang: str) -> str:
    if lang == "en":
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw, lang: str) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value)."""
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
    elif base == "FU":
        words = given + middle + surname
        value = (" ".join(w for w, _ in given + middle) + f" {person.last}").upper()
    elif base in ("G", "g", "N", "n"):
        words, value = given, draw.nickname(person, always=base in ("N", "n"))
        value = value.lower() if base in ("g", "n") else value
    elif base in ("NP", "np"):  # a short form with the surname: `Micke Berg`
        words = given + surname
        value = f"{draw.nickname(person, always=True)} {person.last}"
        value = value.lower() if base == "np" else value
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
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
        ending = genitive(value, lang)
        segments.append((ending.upper() if value.isupper() else ending, None))
    return segments


PERSON_FORMS = {
    "P", "p", "U", "F", "FU", "G", "g", "N", "n", "NP", "np", "S", "s", "I", "Gi", "R", "RU", "E",
    "Ps", "Gs", "Ss", "gs", "Ns", "ps", "Fs",
}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?\}")
ENGLISH_AFTER = re.compile(
    r"^\s*(booking|room|table|ticket|badge|group|bag|jacket|order|review|card|phone|wallet|allergy|keys|passport|name|seat|flight|shift|team|birthday|invoice|plus-one|dietary|check-in)\b"
)


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "AO": lambda: (draw.office(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "AW": lambda: (r.choice((draw.uk_address, draw.us_address, draw.eu_address, draw.eu_address))(), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} 2027", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(11, 23)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 40)), None),
        "ROOM": lambda: (str(r.choice((r.randrange(101, 130), r.randrange(201, 230), r.randrange(301, 420), r.randrange(1, 24)))), None),
        "AMT": lambda: (f"{r.randrange(150, 38000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(12, 2400)}.{r.choice(('00', '50', '95', '99'))}", None),
        "EUR": lambda: (f"€{r.randrange(15, 1900)}", None),
        "USD": lambda: (f"${r.randrange(15, 1900)}.{r.choice(('00', '50'))}", None),
        "REF": lambda: (r.choice((f"{r.choice('ABCDHKMRT')}{r.choice('ABCDHKMRT')}{r.randrange(10000, 99999)}", f"#{r.randrange(100000, 999999)}", f"BK-{r.randrange(1000, 9999)}-{r.choice('ABCDEFGH')}", f"{r.randrange(3000000000, 3999999999)}")), None),
        "SEAT": lambda: (f"{r.choice(('rad', 'Rad', 'bänk'))} {r.randrange(1, 28)}, plats {r.randrange(1, 40)}" if not en else f"row {r.choice('ABCDEFGHJKLM')}, seat {r.randrange(1, 40)}", None),
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
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            lang = draw.lang
            if lang == "mixed":  # the genitive of the language of the words that follow
                lang = "en" if ENGLISH_AFTER.match(template[match.end() :]) else "sv"
            segments = person_segments(form, person, draw, lang)
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """AU's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-au-{len(rows) + 1:04d}", "split": "heldout-au", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def check(rows: list[dict[str, object]]) -> None:
    """Spans sorted, inside the text, not overlapping, with no space at either end."""
    for row in rows:
        text, spans = str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        end = 0
        for span in spans:
            assert end <= span["start"] < span["end"] <= len(text), row["id"]
            value = text[span["start"] : span["end"]]
            assert value == value.strip(), row["id"]
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                assert luhn(digits[:9]) == int(digits[9]), row["id"]
            end = span["end"]


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AU is printed."""
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
                forms["genitive"] += bool(re.match(r"(?:[sS]|'[sS]?)(?:\W|$)", after))
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
    print(
        "forms: "
        + ", ".join(f"{k} {v}" for k, v in forms.items())
        + f", short forms {draw.nicknames}"
    )
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    args = parser.parse_args()
    draw = Draw(SEED)
    rows = generate(draw=draw)
    check(rows)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
