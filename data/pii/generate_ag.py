# ruff: noqa: E501
"""Generate held-out AG for personal-data detection (issue 15): names as the population has them,
a twelfth writer.

    python data/pii/generate_ag.py          # writes data/pii/generated-heldout-ag.jsonl
    python data/pii/generate_ag.py --stats  # counts only (sizes, forms, the head/tail split)

Unlike the worst-case sets O to U, AG's names are drawn by how often people really carry them:
every name word comes from `names_ag.py`'s weighted pools (SCB's ranks for Sweden, the commonest
names of the origins common in Sweden weighted by their share of its population, the US Census
1990 frequencies and UK rankings for English text), 80% from the head of a list and 20% from its
tail, in the genres of public sector and working life (`templates_ag.py`: Försäkringskassan,
Arbetsförmedlingen and Skatteverket letters, municipal decisions and appeals, police and court
letters, union cases, HR files, payroll and time reports, board minutes of associations, school
and university administration, UK council and NHS letters), with phone numbers written in every
common grouping. Written by a helper who does not tune the detector, who read neither its rules,
lexicons and tagger (`src/rung/privacy/`) nor any dev set's error listing nor any other set's
names and templates; AG was never run through the detector by its writer, and its names were
not checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_ag import HEAD_SHARE, MIXES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ag import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20261215
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ag.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish street names as the address register has them most often (the writer's knowledge), and
# real towns with the first three digits of their postcodes.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Skolgatan", "Drottninggatan", "Industrivägen", "Björkvägen",
    "Stationsgatan", "Kyrkogatan", "Nygatan", "Järnvägsgatan", "Ringvägen", "Skogsvägen",
    "Parkgatan", "Trädgårdsgatan", "Tallvägen", "Lindvägen", "Ängsvägen", "Sjövägen", "Bangatan",
    "Östra Storgatan", "Västra Vägen", "Norra Vägen", "Södra Vägen", "Fabriksgatan", "Åsvägen",
    "Granvägen", "Ekvägen", "Lönnvägen", "Hasselvägen", "Backvägen", "Kvarngatan", "Smedjegatan",
    "Torggatan", "Villavägen", "Idrottsvägen", "Solvägen", "Sandvägen", "Strandvägen",
    "Sveavägen", "Götgatan", "Vasagatan", "Kungsholmsgatan", "Fleminggatan", "Linnégatan",
    "Avenyn", "Södra Förstadsgatan", "Östra Hamngatan", "Kopparbergsvägen", "Rådhusgatan",
    "Hammarby allé", "Rinkebysvängen", "Bergsgatan", "Klostergatan", "Lasarettsvägen",
    "Hamngatan", "Repslagargatan", "Slottsgatan", "Fridhemsgatan", "Prästgatan", "Mejerivägen",
    "Gamla Landsvägen", "Lillgatan", "Tingshusgatan", "Kaserngatan", "Björnvägen", "Rönnvägen",
    "Blåbärsvägen", "Vallgatan", "Mossvägen", "Allévägen", "Björkbacken", "Kvarnbacken",
    "Byvägen", "Skolvägen", "Lärkstigen", "Gökvägen", "Tulpangränd", "Stortorget", "Järntorget",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541), ("Kristianstad", 291, 291),
    ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451), ("Varberg", 432, 432),
    ("Nyköping", 611, 611), ("Motala", 591, 591), ("Kiruna", 981, 981), ("Visby", 621, 621),
    ("Huddinge", 141, 141), ("Solna", 169, 171), ("Sollentuna", 191, 192), ("Järfälla", 175, 177),
    ("Botkyrka", 147, 147), ("Haninge", 136, 137), ("Nacka", 131, 132), ("Mölndal", 431, 431),
    ("Kungsbacka", 434, 434), ("Lerum", 443, 443), ("Enköping", 745, 745), ("Norrtälje", 761, 761),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Main Street", "Park Road", "Church Road", "Church Lane",
    "London Road", "Victoria Road", "Green Lane", "Manor Road", "Queen Street", "New Road",
    "Grange Road", "York Road", "Albert Road", "North Street", "Mill Lane", "Springfield Road",
    "The Crescent", "Kings Road", "Alexandra Road", "School Lane", "Chapel Street", "Bridge Street",
    "Market Place", "Elm Grove", "Richmond Road", "Sandringham Avenue",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SE"), ("London", "NW"), ("London", "E"), ("Manchester", "M"), ("Leeds", "LS"),
    ("Birmingham", "B"), ("Liverpool", "L"), ("Sheffield", "S"), ("Bristol", "BS"),
    ("Nottingham", "NG"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Edinburgh", "EH"),
    ("Norwich", "NR"), ("York", "YO"), ("Reading", "RG"), ("Derby", "DE"), ("Exeter", "EX"),
)  # fmt: skip
US_STREETS = ("Main Street", "Second Street", "Oak Avenue", "Elm Street", "Maple Drive", "Washington Avenue", "Lincoln Road", "Park Place", "Sunset Boulevard", "Lakeview Drive", "Cherry Lane", "Jefferson Street")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Chicago", "IL", 606), ("Seattle", "WA", 981), ("Houston", "TX", 770), ("Columbus", "OH", 432), ("Phoenix", "AZ", 850), ("Brooklyn", "NY", 112), ("Denver", "CO", 802))  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Bahnhofstraße {n}, {z5:80331-81929} München",
    "Schillerstraße {n}, {z5:60311-60599} Frankfurt am Main", "Goethestraße {n}, {z5:20095-22769} Hamburg",
    "Dorfstraße {n}, {z5:24103-24159} Kiel", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n} avenue Jean Jaurès, {z5:31000-31500} Toulouse", "{n} rue Pasteur, {z5:75001-75020} Paris",
    "{n} boulevard Voltaire, 75011 Paris", "Mannerheimintie {n} A {m}, 00100 Helsinki",
    "Hämeenkatu {n} B {m}, {z5:33100-33900} Tampere", "Kauppakatu {n}, {z5:90100-90900} Oulu",
    "Karl Johans gate {n}, 0154 Oslo", "Storgata {n}, {z4:5003-5099} Bergen",
    "Skolegata {n}, {z4:4006-4099} Stavanger", "Vestergade {n}, {m}. th., {z4:1456-1472} København K",
    "Søndergade {n}, 8000 Aarhus C", "ul. Mickiewicza {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Długa {n}, 80-{z3:800-899} Gdańsk", "ul. Piłsudskiego {n} m. {m}, 31-{z3:100-199} Kraków",
    "Calle Mayor {n}, {m}º B, 280{z2:10-99} Madrid", "Carrer de Mallorca {n}, 080{z2:10-40} Barcelona",
    "Avenida de Andalucía {n}, 290{z2:10-99} Málaga",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.se", "bredband.net")  # fmt: skip
WORK = ("kommun.example.se", "region.example.se", "example.se", "example.com", "nhs.example.uk", "example.org")  # fmt: skip


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
    """Every value of AG from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
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
        middle: list[Word] = []
        if r.random() < {"swedish": 0.5, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] == given[0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.55:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.02 else " "
        elif key in ("uk", "us") and roll < 0.02:
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

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.5 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"),
            (9, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"),
            (3, f"+46(0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"+46 (0){m[1:]} {d[:3]} {d[3:]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (2, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (4, f"0{r.choice(('31', '40', '18', '13', '19', '21', '16', '54', '90', '60'))}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{r.choice(('31', '40', '18', '13', '11', '35'))}-{d[:3]} {d[3:5]} {d[5:]}"),
            (3, f"0{r.choice(('480', '910', '921', '940', '651', '498', '371', '520', '611', '413'))}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"+46 {r.choice(('31', '40', '18', '13'))} {d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0771-{d[:3]} {d[3:6]}"), (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 22 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"040 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"+358 9 {d[:4]} {d[4:8]}",
            f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"+44 (0)20 7946 0{d[:3]}",
            f"020 7946 0{d[:3]}", f"0161 496 0{d[:3]}", f"0044 113 496 0{d[:3]}",
            f"+49 30 {d[:8]}", f"+49 (0)89 {d[:7]}", f"030 {d[:4]} {d[4:8]}", f"+49 151 {d[:8]}",
            f"0049 40 {d[:3]} {d[3:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"0048 22 {d[:3]} {d[3:5]} {d[5:7]}", f"+1 (512) 555-0{d[:3]}", f"(212) 555-0{d[:3]}",
            f"+1 617 555 0{d[:3]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"01 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:8]}", f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"+353 87 {d[:3]} {d[3:7]}",
            f"+372 5{d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1942, 2008)
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
        number = str(min(int(r.expovariate(1 / 14)) + 1, 160))
        if r.random() < 0.12:
            number += r.choice(("A", "B", "C", " A", " B"))
        return f"{r.choice(SV_STREETS)} {number}"

    def sv_postal(self, country: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if country or r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.14:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        if r.random() < 0.07:
            street = f"c/o {self.rng.choice(ORIGINS['swedish'].surnames.names[:60])}\n{street}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal()}"

    def office(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.3:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        if roll < 0.55:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
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
            street = (
                f"{r.choice(('Rose Cottage', 'The Old Vicarage', 'Flat 2B', 'Unit 4'))}, {street}"
            )
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit'))} {r.randrange(2, 900)}"
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
    if base != form:
        segments.append((genitive(value, lang), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "S", "s", "I", "Gi", "R", "E", "Ps", "Gs", "Ss", "gs"}
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?\}")
ENGLISH_AFTER = re.compile(r"^\s*(appeal|daughter|return|manager|expenses|statement)")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def lgh() -> str:
        return f"{draw.sv_street()} lgh {r.randrange(10, 15)}{r.randrange(1, 6):02d}"

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
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]} 2026")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} 2026", f"{day:02d}/{month:02d}/2026", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 18)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(12, 4999)), None),
        "AMT": lambda: (f"{r.randrange(300, 48000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 4000)}.{r.randrange(100):02d}", None),
        "REF": lambda: (r.choice((f"{r.randrange(2024, 2027)}/{r.randrange(100, 9999)}", f"Dnr {r.choice(('KS', 'BUN', 'SN', 'MBN'))} {r.randrange(2025, 2027)}/{r.randrange(10, 999)}", f"{r.randrange(100000, 999999)}-{r.randrange(10, 99)}")), None),
        "ENREF": lambda: (f"{r.choice(('HB', 'CT', 'NHS', 'REF'))}/{r.randrange(10000, 99999)}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "HOURS": lambda: (f"{r.randrange(2, 42)},{r.choice(('0', '5', '25', '75'))}", None),
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
    """AG's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-ag-{len(rows) + 1:04d}", "split": "heldout-ag", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AG is printed."""
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
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
