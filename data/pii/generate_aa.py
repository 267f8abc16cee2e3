# ruff: noqa: E501
"""Generate held-out AA for personal-data detection (issue 15): names as the population has them,
a sixth writer.

    python data/pii/generate_aa.py          # writes data/pii/generated-heldout-aa.jsonl
    python data/pii/generate_aa.py --stats  # counts only (sizes, forms, the head/tail split)

Like V to Y, and unlike the worst-case sets O to U, AA's names are drawn by how often people
really carry them: every name word comes from `names_aa.py`'s weighted pools (SCB's ranks for
Sweden, the commonest names of the origins common in Sweden weighted by their share of its
population, the US Census 1990 frequencies and UK rankings for English text), 80% from the head
of a list and 20% from its tail, in the forms people write them in commerce and logistics
(`templates_aa.py`: order confirmations, returns and refunds, parcel notices and driver chats,
bank and loan applications, car rental and workshop orders, itineraries and passenger lists,
purchase orders and delivery notes, warranty claims, cancellations, marketplace disputes,
staffing CVs and placements, LinkedIn-style messages, freelancer contracts, customer-service
chat). Phone numbers are written in many groupings, Swedish and international. Written by a
helper who does not tune the detector, who read neither its rules, lexicons and tagger
(`src/rung/privacy/`) nor any dev set's error listing nor V's to Z's names, templates and sets;
AA was never run through the detector by its writer, and its names were not checked against
rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_aa import HEAD_SHARE, MIXES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_aa import EN, MIXED, NEGATIVES, SV  # noqa: E402

SEED = 20261215
SIZES = {"sv": 270, "en": 180, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-aa.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish street names as they occur most often in the address register (general knowledge),
# with a few forms of every common ending, and streets of industrial and logistics areas.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Skolgatan", "Drottninggatan", "Industrivägen", "Björkvägen",
    "Järnvägsgatan", "Kyrkogatan", "Nygatan", "Stationsgatan", "Parkvägen", "Ringvägen",
    "Skogsvägen", "Västergatan", "Östergatan", "Södra vägen", "Norra vägen", "Torggatan",
    "Tallvägen", "Granvägen", "Ekvägen", "Lindvägen", "Hagagatan", "Bergsgatan", "Strandvägen",
    "Ängsvägen", "Lärkvägen", "Fabriksgatan", "Verkstadsgatan", "Hamngatan", "Bruksgatan",
    "Trädgårdsgatan", "Vasagatan", "Odengatan", "Götgatan", "Sveavägen", "Hornsgatan",
    "Linnégatan", "Långgatan", "Åsvägen", "Björkstigen", "Smedjegränd", "Kvarnbacken",
    "Hammarby allé", "Rinkebysvängen", "Stortorget", "Terminalvägen", "Lagervägen", "Godsgatan",
    "Företagsvägen", "Transportgatan", "Mejerivägen", "Sågverksgatan", "Förrådsvägen",
    "Kastanjevägen", "Rönnvägen", "Nyponvägen", "Blåbärsvägen", "Malmvägen", "Hantverksgatan",
)  # fmt: skip
# Real towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 118), ("Göteborg", 411, 417), ("Malmö", 211, 217), ("Uppsala", 752, 756),
    ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 302), ("Växjö", 352, 352), ("Karlstad", 652, 653), ("Sundsvall", 852, 857),
    ("Östersund", 831, 831), ("Trollhättan", 461, 461), ("Luleå", 972, 975), ("Borlänge", 784, 784),
    ("Falun", 791, 791), ("Kalmar", 392, 392), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Nacka", 131, 131), ("Huddinge", 141, 141), ("Järfälla", 175, 177), ("Mölndal", 431, 431),
    ("Jordbro", 137, 137), ("Arlandastad", 195, 195), ("Norrtälje", 761, 761), ("Katrineholm", 641, 641),
    ("Hässleholm", 281, 281), ("Varberg", 432, 432), ("Ystad", 271, 271), ("Kiruna", 981, 981),
)  # fmt: skip
UK = (
    ("High Street", "Reading", "RG1"), ("Station Road", "Leeds", "LS11"), ("Church Lane", "York", "YO1"),
    ("Victoria Road", "Bristol", "BS3"), ("Park Avenue", "Manchester", "M20"), ("Mill Lane", "Norwich", "NR2"),
    ("London Road", "Coventry", "CV1"), ("Queen Street", "Cardiff", "CF10"), ("King Street", "Aberdeen", "AB11"),
    ("Green Lane", "Birmingham", "B9"), ("Manor Road", "Nottingham", "NG7"), ("The Crescent", "Bath", "BA1"),
    ("Albert Road", "Glasgow", "G42"), ("Chapel Street", "Liverpool", "L3"), ("Kingsway", "London", "WC2B"),
)  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z:10115-14199} Berlin", "Bahnhofstraße {n}\n{z:80331-81929} München",
    "Schillerstraße {n}, {z:60313-60599} Frankfurt am Main", "Industriestraße {n}, {z:22041-22769} Hamburg",
    "{n} rue de la République, {z:69001-69009} Lyon", "{n}, rue du Faubourg Saint-Antoine\n75011 Paris",
    "{n} avenue Jean Jaurès, {z:31000-31500} Toulouse",
    "Mannerheimintie {n} A {m}, 00100 Helsinki", "Hämeenkatu {n} B {m}\n{z:33100-33900} Tampere",
    "Storgata {n}, 0155 Oslo", "Kongens gate {n}, {z:7011-7099} Trondheim", "Strandgaten {n}, 5013 Bergen",
    "Vestergade {n}, {m}. th., 8000 Aarhus C", "Østerbrogade {n}, {z:2100-2100} København Ø",
    "ul. Marszałkowska {n}/{m}, 00-{z:100-999} Warszawa", "ul. Długa {n}, 80-{z:100-899} Gdańsk",
    "ul. Piotrkowska {n} m. {m}, 90-{z:100-999} Łódź",
    "Calle Mayor {n}, {m}º B, 28013 Madrid", "Carrer de Balmes {n}, {m}º 2ª, 080{z:10-99} Barcelona",
    "Kerkstraat {n}, 1017 GB Amsterdam", "Rua Augusta {n}, 1100-053 Lisboa",
)  # fmt: skip
US = (
    ("Main Street", "Dallas", "TX", 752), ("Oak Avenue", "Columbus", "OH", 432),
    ("Commerce Drive", "Memphis", "TN", 381), ("Industrial Parkway", "Louisville", "KY", 402),
    ("Elm Street", "Minneapolis", "MN", 554), ("Market Street", "Philadelphia", "PA", 191),
)  # fmt: skip
FREE_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "hotmail.se", "gmail.com")  # fmt: skip
WORK_MAIL = ("nordlager.se", "bygghandel-syd.se", "example.com", "frakt.example.se", "partsupply.co.uk", "rekrytera.example.se")  # fmt: skip
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


@dataclass
class Person:
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
    """Every value of AA from one seeded Random; counts the head/tail split and the origins."""

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
            woman = r.random() < (0.85 if key == "thai" else 0.5)
        pool = origin.given_f if woman else origin.given_m
        given = self.pick(pool)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.55, "us": 0.4, "uk": 0.3, "finnish": 0.4}.get(key, 0.0):
            middle = [self.pick(pool)]
            if middle[0][0] == given[0]:
                middle = []
        surnames = origin.surnames
        if key == "thai" and woman and r.random() < 0.5:  # married in Sweden
            surnames = ORIGINS["swedish"].surnames
        surname = [self.pick(surnames)]
        joint = " "
        roll = r.random()
        if key == "spanish" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(surnames))
        elif key == "swedish" and roll < 0.04:  # a married double surname
            surname.append(self.pick(surnames))
            joint = "-" if roll < 0.015 else " "
        elif key == "uk" and roll < 0.02:
            surname.append(self.pick(surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        if key in ("polish", "bcs", "turkish", "spanish") and r.random() < 0.35:  # typed plain
            given = (plain(given[0]), given[1])
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
        return Person(key, given, surname, middle, joint)

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person, work: bool | None = None) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "")
        local = r.choice((
            f"{given}.{surname}", f"{given}.{surname}", f"{given[0]}{surname}", f"{given}{surname[0]}",
            f"{given}.{surname}{r.randrange(1, 99)}", f"{given}_{surname}", f"{surname}.{given}",
            f"{given}{r.randrange(60, 99)}",
        ))  # fmt: skip
        if work is None:
            work = r.random() < 0.4
        return f"{local}@{r.choice(WORK_MAIL if work else FREE_MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in a grouping people use."""
        r = self.rng
        d = self.digits(7)
        mob = "07" + r.choice("0023369")
        forms = (
            (0.20, f"{mob}-{d[:3]} {d[3:5]} {d[5:]}"),
            (0.11, f"{mob}{d}"),
            (0.11, f"{mob} {d[:3]} {d[3:5]} {d[5:]}"),
            (0.07, f"{mob}-{d}"),
            (0.04, f"{mob} {d[:3]} {d[3:]}"),
            (0.11, f"+46 {mob[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (0.05, f"+46{mob[1:]}{d}"),
            (0.04, f"+46 (0){mob[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (0.03, f"0046 {mob[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (0.02, f"+46-{mob[1:]}-{d}"),
            (0.07, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"),
            (0.03, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (
                0.04,
                f"{r.choice(('031', '040', '018', '013', '019', '021', '090', '046'))}-{d[:2]} {d[2:4]} {d[4:6]}",
            ),
            (0.03, f"{r.choice(('031', '040', '011', '035', '054'))}-{d[:3]} {d[3:5]} {d[5:]}"),
            (0.03, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (0.02, f"+46 (0)31-{d[:3]} {d[3:5]} {d[5:]}"),
        )
        value = r.choices([f for _, f in forms], weights=[w for w, _ in forms])[0]
        self.phones["sv"] += 1
        return value

    def phone_x(self) -> str:
        """A number from abroad, with or without `+` or `00`."""
        r = self.rng
        d = self.digits(10)
        forms = (
            (0.07, "no", f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}"),
            (0.04, "no", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}"),
            (0.06, "dk", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}"),
            (0.02, "dk", f"0045 {d[:8]}"),
            (0.07, "fi", f"+358 4{r.choice('0145')} {d[:3]} {d[3:7]}"),
            (0.04, "fi", f"+358 (0)9 {d[:4]} {d[4:8]}"),
            (0.03, "fi", f"04{r.choice('0145')} {d[:3]} {d[3:7]}"),
            (0.09, "uk", f"+44 7{d[:3]} {d[3:9]}"),
            (0.05, "uk", f"07{d[:3]} {d[3:9]}"),
            (0.05, "uk", f"+44 (0)20 7{d[:3]} {d[3:7]}"),
            (0.03, "uk", f"0161 {d[:3]} {d[3:7]}"),
            (0.06, "de", f"+49 {r.choice(('30', '40', '89', '69'))} {d[:8]}"),
            (0.04, "de", f"+49 (0)1{r.choice(('51', '60', '71', '76'))} {d[:7]}"),
            (0.03, "de", f"0049 {r.choice(('30', '211', '40'))} {d[:7]}"),
            (0.06, "pl", f"+48 {r.choice('56')}{d[:2]} {d[2:5]} {d[5:8]}"),
            (0.02, "pl", f"0048 22 {d[:3]} {d[3:5]} {d[5:7]}"),
            (0.06, "us", f"+1 ({r.choice(('212', '312', '415', '617', '214'))}) {d[:3]}-{d[3:7]}"),
            (0.03, "us", f"+1 {r.choice(('646', '469', '512'))} {d[:3]} {d[3:7]}"),
            (0.03, "es", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}"),
            (0.02, "nl", f"+31 6 {d[:8]}"),
            (0.02, "tr", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}"),
            (0.02, "fr", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}"),
            (0.02, "ee", f"+372 5{d[:3]} {d[3:7]}"),
        )
        weights = [w for w, _, _ in forms]
        _, country, value = r.choices(forms, weights=weights)[0]
        self.phones[country] += 1
        return value

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1948, 2006)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.5:
            return f"{date}-{serial}{check}"
        if roll < 0.8:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.9:
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
        if roll < 0.95:
            return f"SE-{code[:3]} {code[3:]} {town}"
        return f"{code[:3]} {code[3:]} {town.upper()}"

    def lgh(self) -> str:
        r = self.rng
        return f"lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"

    def sv_address(self, lines: bool = False, flat: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if flat or r.random() < 0.14:
            street += f"{r.choice((' ', ', '))}{self.lgh()}"
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal()}"

    def office(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.35:
            return f"{self.sv_street()}, {self.sv_postal()}"
        if roll < 0.55:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}\n{self.sv_postal()}"
        if roll < 0.88:
            return f"{self.sv_street()}, {r.choice(('plan', 'vån'))} {r.randrange(2, 8)}, {self.sv_postal()}"
        return f"{self.sv_street()}, {self.sv_postal()}, Sverige"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        street, town, area = r.choice(UK)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        first = f"{r.randrange(1, 200)} {street}"
        if r.random() < 0.2:
            first = f"Flat {r.randrange(1, 30)}, {first}"
        if r.random() < 0.15:
            first = f"Unit {r.randrange(1, 40)}, {r.choice(('Riverside', 'Parkway', 'Meadow'))} Business Park, {street}"
        return f"{first}\n{town}\n{code}" if lines else f"{first}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        street, town, state, prefix = r.choice(US)
        first = f"{r.randrange(100, 9999)} {street}"
        if r.random() < 0.3:
            first += f", Suite {r.randrange(100, 900)}"
        return f"{first}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            low, high = match.group(1), match.group(2)
            return f"{r.randrange(int(low), int(high) + 1):0{len(low)}d}"

        out = r.choice(EUROPE).replace("{n}", str(r.randrange(1, 140)))
        out = out.replace("{m}", str(r.randrange(1, 6)))
        return re.sub(r"\{z:(\d+)-(\d+)\}", code, out)


def genitive(name: str, lang: str) -> str:
    if lang == "en":
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw, lang: str) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value)."""
    given, surname, middle = [person.given], person.surname, person.middle
    base = form[:-1] if len(form) > 1 and form.endswith("s") else form
    if base in ("E", "EW"):
        return [(draw.email(person, work=True if base == "EW" else None), "EMAIL")]
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
    elif base == "RU":
        words, value = (
            given + middle + surname,
            f"{person.last.upper()}, " + " ".join(w for w, _ in given + middle).upper(),
        )
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
    "s",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
    "EW",
    "Ps",
    "Gs",
    "Ss",
    "gs",
    "ps",
}
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?\}")
ENGLISH_AFTER = re.compile(
    r"^\s*(order|parcel|account|booking|claim|contract|invoice|profile|return|car|flight|team|refund|cv|side|new|request|address)\b",
    re.I,
)


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (f"{draw.sv_street()} {draw.lgh()}" if r.random() < 0.4 else draw.sv_address(flat=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "AO": lambda: (draw.office(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AW": lambda: (r.choice((draw.uk_address, draw.eu_address, draw.eu_address, draw.us_address))(), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHA": lambda: (draw.phone() if r.random() < 0.55 else draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} 2026", f"{day:02d}/{month:02d}/2026", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(6, 21)}{':' if en else r.choice(':.')}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "EXT": lambda: (str(r.randrange(100, 999)), None),
        "AMT": lambda: (f"{r.randrange(99, 48000):,}".replace(",", " ") + " kr", None),
        "EUR": lambda: (f"{r.choice(('€', '£', '$'))}{r.randrange(12, 9000)}.{r.randrange(100):02d}", None),
        "ORD": lambda: (f"{r.choice(('', '#', 'SO-', 'ORD-', 'PO-'))}{r.randrange(100000, 999999)}", None),
        "TRK": lambda: (r.choice((f"00373{r.randrange(10**12, 10**13)}", f"JJD{r.randrange(10**13, 10**14)}", f"{r.randrange(10**9, 10**10)}", f"PN{r.randrange(10**8, 10**9)}SE")), None),
        "REG": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {r.randrange(10, 99)}{r.choice('0123456789ABCDEFGHJ')}", None),
        "TOWN": lambda: (r.choice(UK)[1] if en else r.choice(SV_TOWNS)[0], None),
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
    """AA's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-aa-{len(rows) + 1:04d}", "split": "heldout-aa", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AA is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    people: list[str] = []
    addresses: set[str] = set()
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
                addresses.add(value)
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}, ADDRESS distinct: {len(addresses)}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    total = sum(draw.split.values())
    print(
        f"name words: {total}, head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print("phones by country: " + ", ".join(f"{k} {v}" for k, v in draw.phones.most_common()))


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
