# ruff: noqa: E501
"""Generate held-out AR for personal-data detection (issue 15): names as the population has them,
a twenty-third writer.

    python data/pii/generate_ar.py          # writes data/pii/generated-heldout-ar.jsonl
    python data/pii/generate_ar.py --stats  # counts only (sizes, forms, the head/tail split)

AR's names are drawn by how often people really carry them: every name word comes from
`names_ar.py`'s weighted pools (SCB's ranks for Sweden, the commonest names of the origins common
in Sweden, the US Census 1990 per cents and UK rankings for English text), 80% from the head of a
list and 20% from its tail, in the genres of transport and travel (`templates_ar.py`: taxi and
ride dispatch, flight and train bookings and passenger lists, car rental and workshop tickets,
parking fines and appeals, driving schools, vehicle registration and ownership transfers, lost
luggage, hotel registers and complaints, ferry and coach manifests, carpools). Written by a helper
who does not tune the detector and read neither its rules, lexicons and tagger
(`src/rung/privacy/`) nor any error listing nor any other set's names and templates
(`generate_ag.py` was read for its mechanics only); AR was never run through the detector by its
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

from names_ar import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ar import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20261231
SIZES = {"sv": 270, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ar.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge), and real towns with the first
# three digits of their postcodes.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Västra Hamngatan", "Birger Jarlsgatan",
    "Sankt Eriksgatan", "Olof Palmes gata", "Hantverkargatan", "Folkungagatan", "Ringvägen",
    "Sveavägen", "Valhallavägen", "Karlavägen", "Odengatan", "Hornsgatan", "Götgatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Lärkvägen", "Stationsvägen", "Skolvägen", "Kyrkvägen",
    "Idrottsvägen", "Gamla Vägen", "Bruksvägen", "Bäckvägen", "Ängsvägen", "Järnvägsgatan",
    "Banvägen", "Hamnvägen", "Fiskargatan", "Lotsgatan", "Färjevägen", "Flygfältsvägen",
    "Terminalvägen", "Verkstadsgatan", "Industrigatan", "Hammarby allé", "Lindallén",
    "Kastanjeallén", "Norra Allégatan", "Ekbacken", "Kvarnbacken", "Solbacken", "Jägarbacken",
    "Lärkstigen", "Björkstigen", "Mjölnarstigen", "Kantarellstigen", "Tallstigen", "Stortorget",
    "Gustav Adolfs torg", "Mariatorget", "Möllevångstorget", "Fisktorget", "Stureplan",
    "Karlaplan", "Odenplan", "Fridhemsplan", "Vasaplan", "Ankargränd", "Smedsgränd",
    "Bagargränd", "Fiskargränd", "Rinkebysvängen", "Björksvängen", "Kvarnsvängen",
    "Skogssvängen", "Drottning Kristinas väg", "Norr Mälarstrand", "Strandvägen", "Sjögatan",
    "Nygatan", "Prästgatan", "Östra Storgatan", "Södra Vägen", "Norra Vägen", "Kopparvägen",
    "Postgatan", "Brogatan", "Tullgatan", "Långgatan", "Repslagaregatan", "Rådmansgatan",
    "Skeppargatan", "Kaptensgatan", "Bilvägen", "Åkerivägen", "Mekanikervägen", "Vasagatan",
    "Linnégatan", "Aschebergsgatan", "Köpmangatan", "Slottsvägen", "Villagatan", "Skiftesvägen",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 856), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 302),
    ("Luleå", 972, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Kiruna", 981, 981),
    ("Visby", 621, 621), ("Ystad", 271, 271), ("Kalmar", 392, 393), ("Falun", 791, 791),
    ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 892), ("Arvika", 671, 671), ("Mora", 792, 792),
    ("Hudiksvall", 824, 824), ("Värnamo", 331, 331), ("Karlshamn", 374, 374), ("Landskrona", 261, 261),
    ("Trelleborg", 231, 231), ("Ängelholm", 262, 262), ("Alingsås", 441, 441), ("Kungälv", 442, 442),
    ("Strömstad", 452, 452), ("Lidköping", 531, 531), ("Nyköping", 611, 611), ("Norrtälje", 761, 761),
    ("Piteå", 941, 941), ("Boden", 961, 961), ("Sandviken", 811, 811), ("Oskarshamn", 572, 572),
    ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Täby", 183, 187), ("Nacka", 131, 132),
    ("Huddinge", 141, 141), ("Tyresö", 135, 135), ("Bromma", 161, 168), ("Hägersten", 126, 129),
    ("Järfälla", 175, 177), ("Märsta", 195, 195), ("Lidingö", 181, 181), ("Mölndal", 431, 431),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Park Avenue", "Victoria Road", "Mill Lane",
    "Queens Road", "Kingsway", "Manor Way", "The Green", "Orchard Close", "Meadow View",
    "Harbour Road", "Beech Grove", "Cedar Drive", "Riverside Walk", "Windsor Terrace",
    "Albion Street", "Castle Hill", "Westfield Road", "Nelson Street", "Brook Lane",
    "St John's Road", "Coronation Avenue", "Ashfield Crescent", "Mount Pleasant",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SW"), ("London", "N"), ("London", "SE"), ("Manchester", "M"), ("Bristol", "BS"),
    ("Leeds", "LS"), ("Birmingham", "B"), ("Brighton", "BN"), ("Dover", "CT"), ("Southampton", "SO"),
    ("Glasgow", "G"), ("Aberdeen", "AB"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Newcastle upon Tyne", "NE"),
    ("Hull", "HU"), ("Plymouth", "PL"), ("Belfast", "BT"), ("Oxford", "OX"), ("Cambridge", "CB"),
)  # fmt: skip
US_STREETS = ("Maple Avenue", "Pine Street", "Harbor Drive", "Airport Boulevard", "Oak Street", "Lincoln Avenue", "Center Street", "Ridge Road", "Lake Shore Drive", "Franklin Street", "Highland Avenue", "Cedar Lane")  # fmt: skip
US_TOWNS = (("Boston", "MA", 21), ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Portland", "OR", 972), ("Atlanta", "GA", 303), ("Chicago", "IL", 606), ("San Diego", "CA", 921), ("Denver", "CO", 802), ("Queens", "NY", 113))  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10115-14199} Berlin", "Am Hafen {n}, {z5:24103-24159} Kiel",
    "Rosenheimer Straße {n}, {z5:81541-81677} München", "Bahnhofsplatz {n}, {z5:28195-28199} Bremen",
    "{n} rue des Lilas, {z5:75011-75020} Paris", "{n} quai de la Joliette, 13002 Marseille",
    "{n} avenue de la Gare, {z5:67000-67200} Strasbourg", "Aleksanterinkatu {n} B {m}, 00100 Helsinki",
    "Satamakatu {n}, {z5:20100-20900} Turku", "Rautatienkatu {n} A {m}, 33100 Tampere",
    "Storgata {n}, 0184 Oslo", "Bryggen {n}, 5003 Bergen", "Havnegata {n}, 7010 Trondheim",
    "Nørregade {n}, {m}. tv., 1165 København K", "Havnegade {n}, 5000 Odense C",
    "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa", "ul. Portowa {n}, 81-{z3:300-399} Gdynia",
    "Calle de Alcalá {n}, {m}º izq., 280{z2:10-99} Madrid", "Avinguda Diagonal {n}, 080{z2:10-40} Barcelona",
    "Keizersgracht {n}, 1015 {L2} Amsterdam", "Stationsweg {n}, {z4:2500-2599} {L2} Den Haag",
    "Via Garibaldi {n}, {z5:10121-10156} Torino", "Mariahilfer Straße {n}/{m}, 1060 Wien",
    "Rue du Marché {n}, 1204 Genève",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "bredband2.se", "hotmail.co.uk", "protonmail.com")  # fmt: skip
WORK = ("example.se", "example.com", "taxi.example.se", "resebyra.example.se", "example.co.uk", "example.org")  # fmt: skip
PLATE = "ABCDEFGHJKLMNOPRSTUWXYZ"  # letters of Swedish registration plates (no I, Q, V, Å, Ä, Ö)


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
    """Every value of AR from one seeded Random; counts the head/tail split and the origins."""

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
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "finnish": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] == given[0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        if surname[0][0] == given[0]:  # Li Li, Ali Ali: drawn once more
            surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
            joint = " " if roll < 0.5 else "-"
        elif key == "swedish" and roll < 0.06:  # a double name kept at marriage
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(ORIGINS[key].surnames))
            joint = "-"
        elif key == "thai" and woman and roll < 0.45:  # married into a Swedish name
            surname = [self.pick(ORIGINS["swedish"].surnames)]
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = (plain(given[0]), given[1])
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def short(self, person: Person, chance: float) -> str:
        """The given name, or the short form people call them by, with `chance`."""
        options = NICKNAMES.get(person.first)
        if options and self.rng.random() < chance:
            self.nicknames += 1
            return self.rng.choice(options)
        return person.first

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}.{surname}", f"{given}{surname[:3]}",
                          f"{given}_{surname}{r.randrange(60, 99)}", f"{surname}{given[0]}",
                          f"{given}.{surname}{r.randrange(1, 9)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "63", "42"))
        area3 = r.choice(
            ("480", "920", "980", "498", "371", "522", "611", "413", "511", "560", "644", "910")
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (3, f"{m} {d[:3]} {d[3:]}"),
            (2, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (2, f"{m}/{d[:3]} {d[3:5]} {d[5:]}"),
            (9, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"),
            (3, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"+46-{m[1:]}-{d}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (2, f"08-{d}"), (2, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (4, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}-{d[:3]} {d[3:6]}"), (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"+46 {area3[1:]} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"(0{area2}) {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {d[:3]} {d[3:5]} {d[5:8]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 50 {d[:7]}", f"00358 44 {d[:3]} {d[3:7]}", f"+44 7{d[:3]} {d[3:9]}",
            f"07{d[:3]} {d[3:9]}", f"+44 (0)20 7946 0{d[:3]}", f"020 7946 0{d[:3]}",
            f"0044 161 496 0{d[:3]}", f"+44 131 496 0{d[:3]}", f"+49 170 {d[:7]}",
            f"+49 (0)30 {d[:8]}", f"0049 89 {d[:4]} {d[4:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+1 (206) 555-0{d[:3]}",
            f"(617) 555-0{d[:3]}", f"+1 312 555 0{d[:3]}", f"001 512 555 0{d[:3]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 (0)1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0034 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+372 5{d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        """A UK number as people there write it (Ofcom's drama ranges)."""
        r = self.rng
        d = self.digits(3)
        return r.choice((f"07700 900{d}", f"07700 900 {d}", f"+44 7700 900{d}", f"020 7946 0{d}",
                         f"0113 496 0{d}", f"0161 496 0{d}", f"(0117) 496 0{d}", f"+44 (0)131 496 0{d}",
                         f"0044 7700 900{d}", f"01632 960{d}"))  # fmt: skip

    def phone_us(self) -> str:
        """A US number in the 555-01xx range, in the groupings people write."""
        r = self.rng
        area, d = r.choice(("206", "617", "312", "512", "303", "404", "612", "718")), self.digits(2)
        return r.choice((f"({area}) 555-01{d}", f"{area}-555-01{d}", f"+1 {area} 555 01{d}",
                         f"{area}.555.01{d}", f"+1 ({area}) 555-01{d}"))  # fmt: skip

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1938, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def sv_street(self) -> str:
        r = self.rng
        number = str(min(int(r.expovariate(1 / 13)) + 1, 180))
        if r.random() < 0.13:
            number += r.choice(("A", "B", "C", "D", " A", " B", "a", "b"))
        return f"{r.choice(SV_STREETS)} {number}"

    def sv_postal(self, country: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.82 else f"{code} {town}"
        if r.random() < 0.12:
            out = out.replace(town, town.upper())
        if country or r.random() < 0.04:
            out = (
                "SE-" + out
                if r.random() < 0.5
                else out + ", Sweden"
                if self.lang == "en"
                else out + ", Sverige"
            )
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.15:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 18)}{r.randrange(1, 9):02d}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif r.random() < 0.04:
            street += f", {r.choice(('uppg.', 'port'))} {r.choice('ABC')}"
        if r.random() < 0.07:
            care = self.pick(ORIGINS["swedish"].surnames)  # inside the address, not counted
            street = f"c/o {care[0]}{r.choice((', ', chr(10)))}{street}"
        joint = "\n" if lines else r.choice((", ", ", ", " ", ", "))
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
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.22:
            street = f"{r.choice(('Ivy Cottage', 'The Old Forge', 'Flat 3A', 'Harbour House', '2 The Mews'))}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 900)}".replace(
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
        out = out.replace("{L2}", r.choice("BCDEGHJKLMNPRSTVWXZ") + r.choice("BCDEGHJKLMNPRSTVWXZ"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return "\n".join(out.rsplit(", ", 1)) if lines else out  # the postcode's line apart

    def plate(self) -> str:
        r = self.rng
        letters = "".join(r.choice(PLATE) for _ in range(3))
        last = r.choice("0123456789" + PLATE) if r.random() < 0.4 else str(r.randrange(10))
        return f"{letters}{r.choice((' ', ' ', ''))}{r.randrange(10)}{r.randrange(10)}{last}"


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
    elif base == "M":
        words = given + middle + surname
        value = (
            f"{person.first} {middle[0][0][0]}. {person.last}"
            if middle
            else f"{person.first} {person.last}"
        )
    elif base in ("G", "g"):
        words, value = given, draw.short(person, 0.08)
        value = value.lower() if base == "g" else value
    elif base in ("N", "n"):
        words, value = given, draw.short(person, 0.75)
        value = value.lower() if base == "n" else value
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
        words, value = given + surname, f"{person.last}, {person.first}".upper()
    elif base == "SG":
        words, value = given + surname, f"{person.last} {person.first}"
    elif base == "AIR":
        words, value = (
            given + middle + surname,
            f"{person.last}/{' '.join(w for w, _ in given + middle)}".upper(),
        )
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, lang), None))
    return segments


PERSON_FORMS = {
    "P", "p", "U", "F", "M", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "RU", "SG", "AIR", "E",
    "Ps", "ps", "Gs", "gs", "Ns", "ns", "Ss", "ss", "Fs",
}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?(?:@(sv|en))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "AO": lambda: (draw.office(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2026")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} 2026", f"{day:02d}/{month:02d}/2026", f"{MONTHS['en'][month - 1]} {day}", f"{day}{MONTHS['en'][month - 1][:3].upper()}")), None),
        "TIME": lambda: (f"{r.randrange(5, 23):02d}{':' if en or r.random() < 0.5 else '.'}{r.choice(('00', '05', '15', '20', '30', '40', '45', '55'))}", None),
        "NUM": lambda: (str(r.randrange(100, 9999)), None),
        "SMALL": lambda: (str(r.randrange(1, 17)), None),
        "PL": lambda: (str(r.randrange(1, 81)), None),
        "SEAT": lambda: (f"{r.randrange(1, 34)}{r.choice('ABCDEF')}", None),
        "ROOM": lambda: (str(r.randrange(1, 9) * 100 + r.randrange(1, 40)), None),
        "AMT": lambda: (f"{r.randrange(120, 18000):,} kr".replace(",", " "), None),
        "EUR": lambda: (f"€{r.randrange(20, 900)}", None),
        "GBP": lambda: (f"£{r.randrange(15, 900)}.{r.choice(('00', '50', '99', '20'))}", None),
        "USD": lambda: (f"${r.randrange(15, 900)}.{r.randrange(100):02d}", None),
        "BOOK": lambda: ("".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), None),
        "FLIGHT": lambda: (f"{r.choice(('SK', 'DY', 'BA', 'LH', 'KL', 'AY', 'FR', 'W6', 'TP', 'UA'))} {r.randrange(100, 2999)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(10000000, 99999999)}", f"KA-{r.randrange(2025, 2027)}-{r.randrange(1000, 99999)}", f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}")), None),
        "ENREF": lambda: (f"{r.choice(('PCN', 'WO', 'RA', 'JOB', 'HTL'))}{r.randrange(100000, 999999)}", None),
        "REG": lambda: (draw.plate(), None),
        "UKREG": lambda: (f"{r.choice(('AB', 'LD', 'MA', 'YX', 'KN', 'SF'))}{r.randrange(51, 74)} {''.join(r.choice('ABCDEFGHJKLMNOPRSTUVWXYZ') for _ in range(3))}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "KM": lambda: (f"{r.randrange(3000, 240000):,}".replace(",", " "), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender, tongue = match.groups()
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            lang = tongue or ("sv" if draw.lang == "mixed" else draw.lang)
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
    """AR's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-ar-{len(rows) + 1:04d}", "split": "heldout-ar", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def check(rows: list[dict[str, object]]) -> None:
    """Spans sorted, inside their text, not overlapping, not starting or ending in a space."""
    for row in rows:
        text, spans = str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        end = 0
        for span in spans:
            value = text[span["start"] : span["end"]]
            assert span["start"] >= end and value and value == value.strip(), row["id"]
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                assert luhn(digits[:9]) == int(digits[9]), row["id"]
            end = span["end"]


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AR is printed."""
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
                forms["one word"] += " " not in value and "/" not in value
                forms["lower case"] += value.islower()
                forms["capitals"] += value.isupper()
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["SURNAME/GIVEN"] += "/" in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address c/o"] += "c/o" in value
                forms["address Box"] += value.startswith("Box")
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}; nicknames used: {draw.nicknames}")
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
