# ruff: noqa: E501
"""Generate held-out AE for personal-data detection (issue 15): names as the population has
them, a tenth writer.

    python data/pii/generate_ae.py          # writes data/pii/generated-heldout-ae.jsonl
    python data/pii/generate_ae.py --stats  # counts only (sizes, forms, the head/tail split)

Like V to AC, and unlike the worst-case sets O to U, AE's names are drawn by how often people
really carry them: every name word comes from `names_ae.py`'s weighted pools (SCB's ranks for
Sweden, the commonest names of the origins common in Sweden weighted by their share of its
population, the US Census 1990 frequencies and UK rankings for English text), 80% from the head
of a list and 20% from its tail, in the forms people write them on the internet and in software
work (`templates_ae.py`: support chat widgets, app-store and marketplace reviews, GitHub issues
and commits with co-authors, Slack/Discord, CRM exports as CSV/TSV, JSON and YAML records, log
lines, mail headers and forwarded threads, calendar invites, forms and spreadsheet rows), with
many phone numbers written as people write them. Written by a helper who does not tune the
detector, who read neither its rules, lexicons and tagger (`src/rung/privacy/`) nor any dev
set's error listing nor V's to AC's names and templates; AE was never run through the detector
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

from names_ae import HEAD_SHARE, MIXES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ae import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20261215
SIZES = {"sv": 270, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ae.jsonl"

Word = tuple[str, str]  # a name word and the part of its pool it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Common Swedish street names (the address register's commonest, general knowledge) and some
# well-known ones of the large towns; office streets of business parks.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Industrivägen", "Björkvägen",
    "Järnvägsgatan", "Nygatan", "Kyrkogatan", "Stationsgatan", "Parkvägen", "Skogsvägen",
    "Ringvägen", "Södra vägen", "Hantverkaregatan", "Västra Storgatan", "Östra Storgatan",
    "Tallvägen", "Granvägen", "Ekvägen", "Lindvägen", "Rönnvägen", "Lärkvägen", "Backvägen",
    "Bäckvägen", "Sjövägen", "Ängsvägen", "Solvägen", "Vallgatan", "Torggatan", "Fabriksgatan",
    "Bangårdsgatan", "Köpmangatan", "Sveavägen", "Götgatan", "Hornsgatan", "Linnégatan",
    "Vasagatan", "Sankt Eriksgatan", "Fleminggatan", "Karlavägen", "Odengatan",
    "Östra Hamngatan", "Södra Förstadsgatan", "Amiralsgatan", "Klostergatan", "Rådhusgatan",
    "Strandvägen", "Smedjegatan", "Kvarngatan", "Björnstigen", "Lingonstigen", "Ekbacken",
    "Smedjegränd", "Rinkebysvängen", "Hammarby allé", "Stortorget", "Lilla Nygatan",
)  # fmt: skip
OFFICES = (  # office streets and the town they are in (any town: the street is everywhere)
    ("Kistagången", "Kista", 164), ("Torshamnsgatan", "Kista", 164), ("Lindholmspiren", "Göteborg", 417),
    ("Ideon Gateway", "Lund", 223), ("Regeringsgatan", "Stockholm", 111), ("Kungsbron", "Stockholm", 111),
    ("Lilla Bommen", "Göteborg", 411), ("Teknikringen", "Linköping", 583), ("Industrigatan", "", 0),
    ("Verkstadsvägen", "", 0), ("Företagsvägen", "", 0), ("Hantverkarvägen", "", 0),
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 418), ("Malmö", 211, 217), ("Uppsala", 752, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Södertälje", 151, 153),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Sundsvall", 852, 857),
    ("Luleå", 972, 977), ("Trollhättan", 461, 463), ("Östersund", 831, 832), ("Falun", 791, 791),
    ("Kista", 164, 164), ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Nacka", 131, 131),
    ("Huddinge", 141, 141), ("Täby", 183, 187), ("Kalmar", 392, 393), ("Karlskrona", 371, 371),
    ("Kristianstad", 291, 291), ("Skellefteå", 931, 931), ("Visby", 621, 621), ("Varberg", 432, 432),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Main Street", "Park Road", "London Road",
    "Victoria Road", "Green Lane", "Manor Road", "Church Lane", "Queen Street", "New Road",
    "Grange Road", "Albert Road", "King Street", "North Street", "Mill Lane", "School Lane",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SE"), ("London", "NW"), ("London", "EC"), ("Reading", "RG"), ("Bristol", "BS"),
    ("Manchester", "M"), ("Leeds", "LS"), ("Sheffield", "S"), ("Nottingham", "NG"),
    ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Cambridge", "CB"), ("York", "YO"),
    ("Norwich", "NR"), ("Bath", "BA"), ("Liverpool", "L"), ("Brighton", "BN"),
)  # fmt: skip
US_STREETS = (
    "Main Street", "Oak Street", "Pine Street", "Maple Avenue", "Cedar Street", "Elm Street",
    "Washington Avenue", "Park Avenue", "Lake Street", "Hill Street", "2nd Street", "Sunset Boulevard",
)  # fmt: skip
US_TOWNS = (
    ("Portland", "OR", 972), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Denver", "CO", 802),
    ("San Francisco", "CA", 941), ("Brooklyn", "NY", 112), ("Chicago", "IL", 606),
    ("Minneapolis", "MN", 554), ("Raleigh", "NC", 276), ("Boston", "MA", 21),
)  # fmt: skip
US_STATES = ("Ohio", "Texas", "California", "Oregon", "Minnesota", "Florida", "Georgia", "Iowa")
EUROPE = (
    "Hauptstraße {n}, {z5:80331-81929} München", "Bahnhofstraße {n}\n{z5:60311-60599} Frankfurt am Main",
    "Schillerstraße {n}, {m}. OG, {z5:10115-14199} Berlin", "Goethestraße {n}, {z5:04103-04357} Leipzig",
    "{n} rue de la République, {z5:69001-69009} Lyon", "{n} avenue Jean Jaurès\n{z5:31000-31500} Toulouse",
    "{n} boulevard Voltaire, 750{z2:11-11} Paris",
    "Mannerheimintie {n} B {m}, 00{z3:100-260} Helsinki", "Hämeenkatu {n} A {m}, 33{z3:100-730} Tampere",
    "Storgata {n}, 0{z3:150-190} Oslo", "Kirkeveien {n}, 0{z3:360-370} Oslo",
    "Vesterbrogade {n}, {m}. tv., 1620 København V", "Søndergade {n}, 8000 Aarhus C",
    "ul. Mickiewicza {n}/{m}, 0{z1:0-4}-{z3:100-999} Warszawa", "ul. Długa {n} m. {m}, 80-{z3:800-899} Gdańsk",
    "Calle Mayor {n}, {m}º B, 280{z2:10-99} Madrid", "Carrer de Mallorca {n}, 080{z2:10-40} Barcelona",
    "Kerkstraat {n}, 10{z2:10-99} GC Amsterdam", "{n} Main Street, Galway H91 {z1:1-9}K{z2:10-99}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com", "live.se", "hotmail.se", "proton.me")  # fmt: skip
WORK = ("example.com", "example.se", "acme-logistik.example", "nordlys.example", "kund.example.org")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's first nine digits (YYMMDDNNN)."""
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
    """Every value of AE from one seeded Random; counts the head/tail split and the origins."""

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
        if r.random() < {"swedish": 0.4, "us": 0.4, "uk": 0.25}.get(key, 0.03):
            middle = [self.pick(pool)]
            if middle[0][0] == given[0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "spanish" and roll < 0.6:  # the father's and the mother's surnames
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a double surname, often on marriage
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        elif key == "thai" and woman and roll < 0.4:  # a Swedish husband's surname
            surname = [self.pick(ORIGINS["swedish"].surnames)]
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "spanish") and r.random() < 0.35:  # typed plain
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

        def local(word: str) -> str:
            return re.sub(r"[^a-z]", "", plain(word).lower())

        given, surname = local(person.first), local(person.surname[0][0])
        shape = r.choice(
            (f"{given}.{surname}", f"{given}{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
             f"{given}_{surname}{r.randrange(70, 100)}", f"{surname}.{given}", f"{given}{r.randrange(1, 1000)}")
        )  # fmt: skip
        return f"{shape}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def phone(self) -> str:
        """A Swedish number in one of the groupings people write."""
        r = self.rng
        self.phones["Swedish"] += 1
        d = str(r.randrange(1, 10)) + "".join(str(r.randrange(10)) for _ in range(7))
        if r.random() < 0.68:  # mobiles
            m = "7" + r.choice("00002369")
            shapes: tuple[str, ...] = (
                f"0{m}-{d[:3]} {d[3:5]} {d[5:7]}", f"0{m}{d[:7]}", f"0{m} {d[:3]} {d[3:5]} {d[5:7]}",
                f"0{m}-{d[:7]}", f"0{m}-{d[:2]} {d[2:4]} {d[4:7]}", f"+46 {m} {d[:3]} {d[3:5]} {d[5:7]}",
                f"+46{m}{d[:7]}", f"+46(0){m}-{d[:3]} {d[3:5]} {d[5:7]}", f"+46 (0){m} {d[:3]} {d[3:7]}",
                f"0046 {m} {d[:3]} {d[3:5]} {d[5:7]}", f"+46-{m}-{d[:3]} {d[3:5]} {d[5:7]}",
                f"0{m}.{d[:3]}.{d[3:5]}.{d[5:7]}",
            )  # fmt: skip
            weights = (24, 10, 10, 6, 5, 12, 6, 6, 6, 6, 4, 3)
            return r.choices(shapes, weights=weights)[0]
        area = r.choice(
            (
                "8",
                "8",
                "8",
                "31",
                "40",
                "18",
                "13",
                "90",
                "11",
                "19",
                "21",
                "36",
                "910",
                "480",
                "63",
            )
        )
        short = len(area) == 3
        if area == "8":
            shapes = (f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"08-{d[:2]} {d[2:4]} {d[4:6]}",
                      f"08 {d[:3]} {d[3:6]} {d[6:8]}", f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}",
                      f"08-{d[:8]}")  # fmt: skip
            return r.choices(shapes, weights=(35, 20, 15, 15, 15))[0]
        if short:
            return r.choice((f"0{area}-{d[:2]} {d[2:4]} {d[4:6]}", f"0{area}-{d[:3]} {d[3:5]}"))
        shapes = (f"0{area}-{d[:3]} {d[3:5]} {d[5:7]}", f"0{area}-{d[:2]} {d[2:4]} {d[4:6]}",
                  f"+46 {area} {d[:3]} {d[3:5]} {d[5:7]}", f"+46 (0){area}-{d[:2]} {d[2:4]} {d[4:6]}")  # fmt: skip
        return r.choices(shapes, weights=(50, 25, 15, 10))[0]

    def phone_x(self) -> str:
        """A number from abroad, as its own country or a Swede abroad writes it."""
        r = self.rng
        self.phones["from abroad"] += 1
        d = "".join(str(r.randrange(10)) for _ in range(9))
        shapes = {
            "uk": (f"+44 7700 {d[:6]}", f"07700 {d[:6]}", f"+44 (0)20 7946 {d[:4]}", f"020 7946 {d[:4]}",
                   f"0044 7{d[:3]} {d[3:9]}", f"+44 161 496 {d[:4]}"),
            "us": (f"+1 (415) 555-{d[:4]}", f"(212) 555-{d[:4]}", f"+1-206-555-{d[:4]}", f"512-555-{d[:4]}",
                   f"+1 617 555 {d[:4]}"),
            "no": (f"+47 {d[0]}{d[1:3]} {d[3:5]} {d[5:8]}", f"0047 9{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}"),
            "dk": (f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}"),
            "fi": (f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)9 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"040 {d[:3]} {d[3:7]}"),
            "de": (f"+49 151 {d[:8]}", f"+49 (0)30 {d[:7]}", f"0049 89 {d[:7]}", f"030 {d[:8]}"),
            "pl": (f"+48 {d[:3]} {d[3:6]} {d[6:9]}", f"0048 {d[:3]} {d[3:6]} {d[6:9]}"),
            "other": (f"+31 6 {d[:8]}", f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
                      f"+353 87 {d[:3]} {d[3:7]}", f"+964 750 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}",
                      f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+66 81 {d[:3]} {d[3:7]}"),
        }  # fmt: skip
        weights = {"uk": 22, "us": 20, "no": 10, "dk": 7, "fi": 9, "de": 10, "pl": 6, "other": 16}
        country = r.choices(list(weights), weights=list(weights.values()))[0]
        return r.choice(shapes[country])

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1945, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.45:
            return f"{date}-{serial}{check}"
        if roll < 0.75:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        n = str(min(int(r.expovariate(1 / 14)) + 1, 160))
        return n + (r.choice("ABCD") if r.random() < 0.1 else "")

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        roll = r.random()
        if roll < 0.8:
            return f"{code[:3]} {code[3:]} {town}"
        if roll < 0.93:
            return f"{code} {town}"
        return f"SE-{code[:3]} {code[3:]} {town}"

    def lgh(self) -> str:
        r = self.rng
        return f"lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"

    def sv_address(self, lines: bool = False, flat: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if flat or r.random() < 0.1:
            street += r.choice((" ", ", ")) + self.lgh()
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal()}"

    def office_street(self) -> tuple[str, str]:
        """An office street and its postcode and town."""
        r = self.rng
        street, town, prefix = r.choice(OFFICES)
        if not town:
            return f"{street} {self.number()}", self.sv_postal()
        return f"{street} {self.number()}", f"{prefix} {r.randrange(10, 100):02d} {town}"

    def office(self) -> str:
        r = self.rng
        roll = r.random()
        street, postal = (
            self.office_street() if r.random() < 0.5 else (self.sv_street(), self.sv_postal())
        )
        if roll < 0.35:
            return f"{street}, {postal}"
        if roll < 0.55:
            return f"{street}, {r.randrange(2, 9)} tr, {postal}"
        if roll < 0.7:
            return f"Box {r.randrange(100, 9999)}, {self.sv_postal()}"
        return f"{street}\n{postal}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        if r.random() < 0.2:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9900)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += r.choice(
                (
                    f", Apt {r.randrange(1, 30)}{r.choice('ABCD')}",
                    f", Suite {r.randrange(100, 800)}",
                    f" #{r.randrange(2, 40)}",
                )
            )
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = r.choice(EUROPE).replace("{n}", str(r.randrange(1, 140)))
        out = out.replace("{m}", str(r.randrange(1, 7)))
        return re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)


def genitive(name: str, lang: str) -> str:
    if lang == "en":
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


BASE_FORMS = {"P", "F", "p", "U", "G", "g", "S", "s", "I", "Gi", "R", "E"}


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value)."""
    lang: str | None = None
    base = form
    if form not in BASE_FORMS and form.endswith("se"):
        base, lang = form[:-2], "en"
    elif form not in BASE_FORMS:
        base, lang = form[:-1], "en" if draw.lang == "en" else "sv"
    given, surname, middle = [person.given], person.surname, person.middle
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
    if lang is not None:
        segments.append((genitive(value, lang), None))
    return segments


SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?\}")


def is_person(form: str) -> bool:
    """A name form, or its genitive (`Gs`; `Gse` for an English genitive in a mixed row)."""
    if form in BASE_FORMS:
        return True
    return (form.endswith("s") and form[:-1] in BASE_FORMS) or (
        form.endswith("se") and form[:-2] in BASE_FORMS
    )


def filler(form: str, draw: Draw) -> Segment:
    r, lang = draw.rng, draw.lang
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    en = lang == "en"
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AH": lambda: (draw.sv_address(flat=True) if r.random() < 0.6 else f"{draw.sv_street()} {draw.lgh()}", "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "st": lambda: (draw.sv_street().lower(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "AO": lambda: (draw.office(), "ADDRESS"),
        "AUK": lambda: (draw.uk_address(), "ADDRESS"),
        "AUKL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AEU": lambda: (draw.eu_address(), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x() if r.random() < 0.85 else draw.phone(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['en' if en else 'sv'][month - 1]}")), None),
        "ISO": lambda: (f"2026-{month:02d}-{day:02d}T{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}Z", None),
        "TIME": lambda: (f"{r.randrange(7, 22):02d}:{r.choice(('00', '05', '15', '30', '42', '45'))}", None),
        "NUM": lambda: (str(r.randrange(100, 99999)), None),
        "SHA": lambda: (f"{r.getrandbits(160):040x}", None),
        "STARS": lambda: (r.choice(("4.8", "4.9", "5.0", "4.6", "4.2", "3.9")), None),
        "AGE": lambda: (str(r.randrange(19, 81)), None),
        "TOWNSV": lambda: (r.choice(SV_TOWNS)[0], None),
        "USTATE": lambda: (r.choice(US_STATES), None),
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
        if is_person(form):
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """AE's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-ae-{len(rows) + 1:04d}", "split": "heldout-ae", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AE is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    people: list[str] = []
    phones: Counter[str] = Counter()
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
                forms["address in Sweden"] += bool(
                    re.search(
                        r"\b\d{3} ?\d{2} [A-ZÅÄÖ]|^Box |lgh \d{4}$|^[^\d,]+ \d+[A-D]?$", value, re.I
                    )
                )
            elif span["kind"] == "PHONE":
                phones["00"] += value.startswith("00")
                phones["(0)"] += "(0)" in value
                phones["with +"] += value.startswith("+")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    phones.update(draw.phones)
    print("phones: " + ", ".join(f"{k} {v}" for k, v in phones.items()))
    total = sum(draw.split.values())
    head, tail = draw.split["head"], draw.split["tail"]
    print(
        f"name words: {total}, head {head} ({head / total:.1%}), tail {tail} ({tail / total:.1%})"
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
