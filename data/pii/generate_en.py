# ruff: noqa: E501
"""Generate held-out EN for personal-data detection (issue 15): names as the population has them,
a hundred-and-twenty-third writer. Every name word comes from `names_en.py`'s weighted pools (SCB's
ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK, and the commonest names
of the origins common in Sweden), 80% from the head of a list and 20% from its tail, mixed by the
language of the row roughly as Sweden's population is. Written by a helper who does not tune the
detector and who read only `generate_aw.py` (for the mechanics), the sections "Held-out AW" and
"Held-out CL" of `docs/privacy.md`, the first line of `generated-heldout-u.jsonl` and a listing of
`data/pii/`; not the detector, its lexicons, tests or any other set; EN was never run through the
detector by its writer. The genre (`templates_en.py`) is weddings, parties and events: venues,
catering, DJs and photographers, guest lists, seating plans, RSVPs, deposits and invoices.

    python data/pii/generate_en.py          # writes data/pii/generated-heldout-en.jsonl
    python data/pii/generate_en.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_en.py --check  # checks the written file, prints counts only

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

from names_en import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_en import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV, VENUES_EN, VENUES_SV  # noqa: E402

SEED = 20270200
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-en.jsonl"
SPLIT = "heldout-en"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form.
SV_STREETS = (
    "Drottninggatan", "Kungsgatan", "Storgatan", "Vasagatan", "Götgatan", "Hornsgatan", "Nygatan",
    "Kyrkogatan", "Ågatan", "Trädgårdsgatan", "Västra Hamngatan", "Östra Storgatan", "Villagatan",
    "Fabriksgatan", "Hamngatan", "Fiskargatan", "Prästgatan", "Linnégatan", "Rosenlundsgatan",
    "Sveavägen", "Slottsvägen", "Parkvägen", "Björkvägen", "Lönnvägen", "Hagvägen", "Strandvägen",
    "Sjöviksvägen", "Solvägen", "Klövervägen", "Vallmovägen", "Syrenvägen", "Ekbacksvägen",
    "Tegelbruksvägen", "Åkervägen", "Södra Vägen", "Gamla Kungsvägen", "Hästhagsvägen",
    "Trastvägen", "Orrsvängen", "Tranesvängen", "Lärksvängen", "Fasansvängen", "Kastanjeallén",
    "Södra Allén", "Lindallén", "Erikslunds allé", "Slottsbacken", "Kvarnbacken", "Klockarbacken",
    "Rosenbacken", "Ekbacken", "Prästgårds backe", "Hallonstigen", "Lingonstigen", "Blåbärsstigen",
    "Mosstigen", "Smultronstigen", "Stortorget", "Järntorget", "Lilla torget", "Gustav Adolfs torg",
    "Stationsplan", "Ringplan", "Kopparplan", "Skomakargränd", "Bagargränd", "Skeppargränd",
    "Tullgränd", "Norra Kajen", "Södra Kajen", "Packhuskajen", "Stenkajen", "Skeppsbrokajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (first, last).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 418), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Västerås", 721, 725), ("Örebro", 701, 705), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 633),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Luleå", 972, 975),
    ("Östersund", 831, 832), ("Kalmar", 392, 393), ("Falun", 791, 791), ("Visby", 621, 621),
    ("Kristianstad", 291, 291), ("Trollhättan", 461, 461), ("Skövde", 541, 541), ("Nyköping", 611, 611),
    ("Varberg", 432, 432), ("Ystad", 271, 271), ("Båstad", 269, 269), ("Kungsbacka", 434, 434),
    ("Lidköping", 531, 531), ("Mariestad", 542, 542), ("Sigtuna", 193, 193), ("Vaxholm", 185, 185),
    ("Nacka", 131, 131), ("Täby", 183, 183), ("Södertälje", 151, 152), ("Norrtälje", 761, 761),
    ("Enköping", 745, 745), ("Strängnäs", 645, 645), ("Sala", 733, 733), ("Hudiksvall", 824, 824),
    ("Örnsköldsvik", 891, 891), ("Kiruna", 981, 981), ("Ängelholm", 262, 262), ("Höganäs", 263, 263),
    ("Simrishamn", 272, 272), ("Tomelilla", 273, 273), ("Leksand", 793, 793), ("Rättvik", 795, 795),
    ("Mora", 792, 792), ("Vimmerby", 598, 598), ("Borgholm", 387, 387), ("Hjo", 544, 544),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Ekeby 214, 273 92 Tomelilla`).
VILLAGES = (
    "Norrby", "Söderby", "Västanå", "Lillkyrka", "Backa", "Ekeby", "Sandby", "Ryd", "Berga",
    "Kvarnbo", "Lyckås", "Näsby", "Hov", "Åsen", "Bäcken", "Solberga", "Ängby", "Torp", "Ekhagen",
    "Myrbacka", "Östra Vik", "Stora Hult", "Lilla Åby", "Sjöhagen", "Bergsgården", "Nedre Gärdet",
    "Rönnäng", "Skogsby", "Kullen", "Tallåsen", "Vreta", "Gunnarstorp",
)  # fmt: skip
UK_STREETS = (
    "Station Road", "High Street", "Church Lane", "The Green", "Mill Lane", "Victoria Road",
    "Queen Street", "Park Lane", "London Road", "Castle Street", "Manor Road", "Orchard Way",
    "The Crescent", "North Parade", "Bridge Street", "Market Street", "Abbey Road", "Vicarage Lane",
)  # fmt: skip
UK_TOWNS = (
    ("Bath", "BA", 1, 2), ("York", "YO", 1, 31), ("Harrogate", "HG", 1, 5), ("Cheltenham", "GL", 50, 53),
    ("Edinburgh", "EH", 1, 17), ("Cardiff", "CF", 10, 24), ("Brighton", "BN", 1, 3), ("Oxford", "OX", 1, 4),
    ("Cambridge", "CB", 1, 5), ("Chester", "CH", 1, 4), ("Windermere", "LA", 23, 23), ("Canterbury", "CT", 1, 2),
    ("Norwich", "NR", 1, 7), ("Bristol", "BS", 1, 16), ("Manchester", "M", 1, 20), ("London", "SE", 1, 28),
    ("London", "SW", 1, 20), ("Glasgow", "G", 1, 5), ("Belfast", "BT", 1, 9),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Vicarage", "Meadow View", "Holly House", "The Stables", "Orchard Cottage", "The Coach House", "Hill View")  # fmt: skip
US_STREETS = ("Vineyard Lane", "Oak Street", "King Street", "Main Street", "Lake Shore Drive", "Maple Avenue", "W 12th Street", "Broadway", "Magnolia Drive", "Elm Street", "River Road", "Sunset Boulevard")  # fmt: skip
US_TOWNS = (
    ("Napa", "CA", 94558, 94559), ("Charleston", "SC", 29401, 29407), ("Savannah", "GA", 31401, 31406),
    ("Austin", "TX", 78701, 78759), ("Asheville", "NC", 28801, 28806), ("Nashville", "TN", 37201, 37221),
    ("Sedona", "AZ", 86336, 86336), ("Minneapolis", "MN", 55401, 55419), ("Portland", "OR", 97201, 97239),
    ("Boston", "MA", 2108, 2136), ("Denver", "CO", 80202, 80239), ("Santa Barbara", "CA", 93101, 93111),
    ("Brooklyn", "NY", 11201, 11238), ("Chicago", "IL", 60601, 60661), ("Burlington", "VT", 5401, 5408),
)  # fmt: skip
EUROPE = (
    "Via del Chianti {n}, 53017 Radda in Chianti SI", "Via Roma {n}, 22021 Bellagio CO",
    "Località Poggio {n}, 53011 Castellina in Chianti SI", "{n} chemin des Vignes, 84220 Gordes",
    "{n} rue de la République, {z5:13100-13100} Aix-en-Provence", "Calle Mayor {n}, 29680 Estepona",
    "Carrer de Mallorca {n}, {m}º {m}ª, 080{z2:08-40} Barcelona", "Rua das Flores {n}, 1200-{z3:100-299} Lisboa",
    "Odos Ypapantis {n}, 847 02 Oia", "Put Firula {n}, 21000 Split", "Seestraße {n}, {z5:82319-82319} Starnberg",
    "Strandvejen {n}, 3000 Helsingør", "Bryggen {n}, {z4:5003-5018} Bergen", "Norra Esplanadgatan {n}, 22100 Mariehamn",
    "Prinsengracht {n}, 10{z2:15-17} {L2} Amsterdam", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "{n} Main Street, Kinsale, Co. Cork, P17 {L2}{z2:10-99}", "Seestraße {n}, 5340 St. Gilgen",
    "Seestrasse {n}, 80{z2:01-08} Zürich", "Hafenstraße {n}, {z5:20459-20459} Hamburg",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "hotmail.co.uk", "yahoo.com")  # fmt: skip
WORK = ("example.se", "fest.example.se", "event.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
FIRM_LOCAL = ("info", "bokning", "hej", "kontakt", "event", "brollop", "fest", "catering", "foto", "booking", "hello", "weddings", "enquiries", "events")  # fmt: skip
FIRM_DOMAIN = ("festvaningen.example.se", "sjoboden.example.se", "logen.example.se", "kvarnen-event.example.se", "tornrummet.example.com", "theoldbarn.example.co.uk", "orangery.example.com", "partyhyra.example.se", "djkvall.example.se", "fotostudion.example.se")  # fmt: skip
# The second halves Swedish double given names usually have (`Anna-Karin`, `Per-Olof`).
SECOND_F = (
    "Karin",
    "Lena",
    "Maria",
    "Britt",
    "Marie",
    "Lotta",
    "Sofie",
    "Lisa",
    "Kristin",
    "Stina",
)
SECOND_M = ("Erik", "Olof", "Johan", "Göran", "Åke", "Gunnar", "Anders", "Ove", "Olov", "Axel")
PLACES = (
    "Ekeby",
    "Sandby",
    "Berga",
    "Näsby",
    "Hov",
    "Backa",
    "Solberga",
    "Skogsby",
    "Vreta",
)  # for property designations


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
    """Every value of EN from one seeded Random; counts the head/tail split and the origins."""

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
            key == "swedish"
            and given[0][1] == "head"
            and "-" not in given[0][0]
            and r.random() < 0.03
        ):  # Anna-Maria, Karl-Johan
            second = (
                r.choice(SECOND_F if woman else SECOND_M),
                "second half",
            )  # not a head/tail draw
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
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
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
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

        def ascii_(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given = ascii_(person.first) or "x"
        surname = ascii_(person.surname[0][0]) or "x"
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(70, 100)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        return f"{r.choice(FIRM_LOCAL)}@{r.choice(FIRM_DOMAIN)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "35", "36", "42", "46", "54", "60", "90")
        )
        area3 = r.choice(("150", "155", "171", "176", "220", "250", "300", "302", "322", "340", "411", "413", "430", "454", "470", "480", "498", "500", "510", "522", "586", "612", "620", "643", "650", "680", "690", "750", "910", "920", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (1, f"08{d}"), (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"0{area2} {d[:3]} {d[3:5]} {d[5:]}"), (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"+46 (0){area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0771-{d[:3]} {d[3:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self, country: str = "") -> str:
        """A number from abroad, with `+`, `00` or as dialled at home (`uk`/`us` for those only)."""
        r = self.rng
        d = self.digits(9)
        if country == "uk":
            return r.choice((f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"+44 (0)20 7946 0{d[:3]}", f"020 7946 0{d[:3]}", f"01225 {d[:6]}", f"+44 1904 {d[:6]}", f"0044 131 {d[:3]} {d[3:7]}", f"+44 29 {d[:4]} {d[4:8]}", f"07{d[:3]} {d[3:9]}"))  # fmt: skip
        if country == "us":
            return r.choice((f"+1 (707) 555-0{d[:3]}", f"(843) 555-0{d[:3]}", f"+1 512 555 0{d[:3]}", f"615-555-0{d[:3]}", f"+1.612.555.0{d[:3]}", f"(212) 555-0{d[:3]}", f"555-0{d[:3]}"))  # fmt: skip
        shapes = (
            f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"+44 (0)20 7946 0{d[:3]}", f"020 7946 0{d[:3]}",
            f"01225 {d[:6]}", f"+44 1904 {d[:6]}", f"0044 131 {d[:3]} {d[3:7]}", f"+44 29 {d[:4]} {d[4:8]}",
            f"+1 (707) 555-0{d[:3]}", f"(843) 555-0{d[:3]}", f"+1 512 555 0{d[:3]}", f"615-555-0{d[:3]}",
            f"+1.612.555.0{d[:3]}", f"(212) 555-0{d[:3]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+39 055 {d[:3]} {d[3:7]}",
            f"0039 3{d[:2]} {d[2:9]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+34 952 {d[:3]} {d[3:6]}", f"+351 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+30 69{d[:2]} {d[2:5]} {d[5:8]}", f"+385 9{d[0]} {d[1:4]} {d[4:8]}", f"+49 171 {d[:7]}",
            f"+49 (0)89 {d[:4]} {d[4:8]}", f"0049 40 {d[:8]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 18 {d[:5]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 750 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` for someone past a hundred (`+`)."""
        r = self.rng
        year = r.randrange(1919, 1927) if old else r.randrange(1938, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def street_name(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self) -> str:
        return f"{self.street_name()} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[24:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"{self.sv_street()}, plan {r.randrange(2, 8)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, low, high = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(low, high + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.38:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, low, high = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B'))}".replace(
                "# ", "#"
            )
        return f"{street}, {town}, {state} {r.randrange(low, high + 1):05d}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 160)))
        out = re.sub(r"\{m\}", lambda _: str(r.randrange(1, 9)), out)
        out = out.replace("{L2}", r.choice("ACDEFHKNPRTVWXY") + r.choice("ACDEFHKNPRTVWXY"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU/GU
    the surname/given name in capitals, I an initial and the surname, Gi the given name and the
    surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s`
    asks for a Swedish genitive, a trailing `'` an English one.
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
        short = (
            draw.nickname(person, 0.07 if base in ("G", "g") else 0.85) if base != "GU" else None
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
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "F",
    "G",
    "g",
    "N",
    "n",
    "S",
    "s",
    "SU",
    "GU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def co() -> list[Segment]:
        """`c/o Name, address`: the `c/o` outside, the name its own PERSON, the address from the street."""
        lines = r.random() < 0.4
        draw.forms["c/o"] += 1
        name = person_segments(r.choice(("P", "P", "S")), draw.person(None), draw)
        street = draw.sv_address(lines=lines, rural=False)
        return [("c/o ", None), *name, ("\n" if lines else ", ", None), (street, "ADDRESS")]

    values: dict[str, Callable[[], list[Segment]]] = {
        "A": lambda: [(draw.sv_address(), "ADDRESS")],
        "AL": lambda: [(draw.sv_address(lines=True), "ADDRESS")],
        "AR": lambda: [(draw.sv_address(rural=True), "ADDRESS")],
        "ARL": lambda: [(draw.sv_address(lines=True, rural=True), "ADDRESS")],
        "ST": lambda: [(draw.sv_street(), "ADDRESS")],
        "STN": lambda: [(draw.street_name(), "ADDRESS")],
        "STL": lambda: [(draw.sv_address(lgh=True, rural=False), "ADDRESS")],
        "a": lambda: [((r.choice((draw.sv_street(), draw.street_name(), draw.village())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS")],
        "BOX": lambda: [(draw.box(), "ADDRESS")],
        "CO": co,
        "AU": lambda: [(draw.uk_address(), "ADDRESS")],
        "AUL": lambda: [(draw.uk_address(lines=True), "ADDRESS")],
        "au": lambda: [(draw.uk_address().lower(), "ADDRESS")],
        "AUS": lambda: [(draw.us_address(), "ADDRESS")],
        "AX": lambda: [(draw.eu_address(), "ADDRESS")],
        "AXL": lambda: [(draw.eu_address(lines=True), "ADDRESS")],
        "PH": lambda: [(draw.phone(), "PHONE")],
        "PHX": lambda: [(draw.phone_x(), "PHONE")],
        "PHUK": lambda: [(draw.phone_x("uk"), "PHONE")],
        "PHUS": lambda: [(draw.phone_x("us"), "PHONE")],
        "PNR": lambda: [(draw.national_id(), "NATIONAL_ID")],
        "PNRO": lambda: [(draw.national_id(old=True), "NATIONAL_ID")],
        "EF": lambda: [(draw.firm_email(), "EMAIL")],
        "DATE": lambda: [(r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None)],
        "DATEEN": lambda: [(r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}, 2027")), None)],
        "TIME": lambda: [(f"{r.randrange(8, 23)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None)],
        "NUM": lambda: [(str(r.randrange(2, 90)), None)],
        "GUESTS": lambda: [(str(r.randrange(20, 180)), None)],
        "TABLE": lambda: [(str(r.randrange(1, 25)), None)],
        "AMT": lambda: [(f"{r.randrange(300, 95000):,} kr".replace(",", " "), None)],
        "GBP": lambda: [(f"£{r.randrange(50, 9000):,}", None)],
        "USD": lambda: [(f"${r.randrange(80, 12000):,}", None)],
        "EUR": lambda: [(f"€{r.randrange(40, 6000)}", None)],
        "REF": lambda: [(r.choice((f"{r.randrange(10000, 99999)}", f"BK-{r.randrange(1000, 9999)}", f"#{r.randrange(1000, 99999)}", f"EV{r.randrange(2027000, 2027999)}")), None)],
        "INV": lambda: [(r.choice((f"{r.randrange(1000, 99999)}", f"2027-{r.randrange(1, 999):04d}", f"F{r.randrange(10000, 99999)}", f"INV-{r.randrange(100, 9999):04d}")), None)],
        "ORG": lambda: [(f"55{r.randrange(10, 99)}{r.randrange(10, 99)}-{r.randrange(1000, 9999)}", None)],
        "BG": lambda: [(f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None)],
        "OCR": lambda: [(draw.digits(r.choice((8, 10, 12, 14))), None)],
        "FASTIGHET": lambda: [(f"{r.choice(PLACES)} {r.randrange(1, 30)}:{r.randrange(1, 80)}", None)],
        "TOWN": lambda: [(r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None)],
        "VENUE": lambda: [(r.choice(VENUES_SV), None)],
        "VENUEEN": lambda: [(r.choice(VENUES_EN), None)],
        "DAY": lambda: [(r.choice(DAYS["sv"]), None)],
        "DAYEN": lambda: [(r.choice(DAYS["en"]), None)],
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    last_person: Person | None = None
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
            elif base == "E" and not ref and last_person is not None:
                person = last_person  # an address follows the person named nearest before it
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            if base != "E":
                last_person = person
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
    """EN's rows: every negative once, then positive rows from shuffled decks of each language's
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
    sep = "+" if "+" in value else "-" if "-" in value else "no separator"
    return f"{len(digits)} digits, {sep}"


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of EN is printed."""
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
                forms["after @"] += text[max(0, span["start"] - 1) : span["start"]] == "@"
                forms["in brackets"] += (
                    text[max(0, span["start"] - 1) : span["start"]] == "("
                    and text[span["end"] : span["end"] + 1] == ")"
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address with SE-"] += "SE-" in value
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (negatives {len(NEGATIVES)})"
    )
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("personnummer forms: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}, c/o: {draw.forms['c/o']}")
    total = draw.split["head"] + draw.split["tail"]
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%}); second halves of double given names {draw.split['second half']}"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_seen = 0
    pnr_seen = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys"] += list(row) != ["id", "split", "lang", "text", "spans"]
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, stop = span["start"], span["end"]
            problems["span keys"] += sorted(span) != ["end", "kind", "start"]
            problems["empty span"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            if span["kind"] == "NATIONAL_ID":
                pnr_seen += 1
                match = re.fullmatch(r"(?:\d{2})?(\d{6})[-+]?(\d{3})(\d)", value)
                problems["personnummer check digit"] += not match or luhn(
                    match.group(1) + match.group(2)
                ) != int(match.group(3))
    sizes = Counter(
        str(json.loads(line)["lang"]) for line in path.read_text(encoding="utf-8").splitlines()
    )
    problems["sizes"] += dict(sizes) != SIZES
    print(
        f"rows {rows}, spans {spans_seen}, personnummer {pnr_seen}, ids unique {len(ids) == rows}"
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
        "--check", action="store_true", help="check the written file (--out), print counts only"
    )
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out) else 0)
    draw = Draw(args.seed)
    rows = generate(seed=args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
