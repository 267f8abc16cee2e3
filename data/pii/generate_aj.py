# ruff: noqa: E501
"""Generate held-out AJ for personal-data detection (issue 15): names as the population has them,
a fifteenth writer.

    python data/pii/generate_aj.py          # writes data/pii/generated-heldout-aj.jsonl
    python data/pii/generate_aj.py --stats  # counts only (sizes, forms, the head/tail split)

AJ's names are drawn by how often people really carry them: every name word comes from
`names_aj.py`'s weighted pools (SCB's ranks for Sweden, the commonest names of the origins common
in Sweden weighted by their share of its population, the US Census 1990 per cents and UK rankings
for English text), 80% from the head of a list and 20% from its tail, in the genres of money and
customer service online (`templates_aj.py`: bank and insurance chats and call notes, debt
collection and Kronofogden, accounting, payroll and tax advisers, card disputes and fraud reports,
loan and mortgage applications, marketplace listings and buyer-seller messages, dating and social
DMs, forum threads with @-mentions and usernames, reviews, support tickets with signatures), with
nicknames and short forms where people use them. Written by a helper who does not tune the
detector, who read neither its rules, lexicons and tagger (`src/rung/privacy/`) nor any dev set's
error listing nor any other set's names and templates (`generate_ag.py` was read for the
mechanics only); AJ was never run through the detector by its writer, and its names were not
checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_aj import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_aj import DAYS, EN, HANDLES, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20261223
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-aj.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets in the forms the address register has (the writer's knowledge), and real towns
# with the first three digits of their postcodes.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Skolgatan", "Järnvägsgatan", "Kyrkogatan",
    "Nygatan", "Trädgårdsgatan", "Stationsvägen", "Skogsvägen", "Björkvägen", "Ringvägen",
    "Industrivägen", "Tallvägen", "Lindvägen", "Ekvägen", "Granvägen", "Solvägen", "Ängsvägen",
    "Västra Storgatan", "Norra Esplanaden", "Södra Långgatan", "Östra Ringvägen", "Hagagatan",
    "Vasavägen", "Odengatan", "Hornsgatan", "Sankt Eriksgatan", "Karlavägen", "Folkungagatan",
    "Tegnérgatan", "Andra Långgatan", "Mäster Samuelsgatan", "Bondegatan", "Sibyllegatan",
    "Husarvägen", "Skördevägen", "Grusvägen", "Lillåvägen", "Sjöbacken", "Tallbacken",
    "Klockarbacken", "Kvarnbacke", "Solbacken", "Lärkstigen", "Vitsippsstigen", "Talltitestigen",
    "Ringstigen", "Tensta allé", "Rosenlunds allé", "Kastanjeallén", "Slottsallén", "Stortorget",
    "Lilla torget", "Fisktorget", "Medborgarplatsen", "Tenstaplan", "Husbyplan", "Rinkebysvängen",
    "Bredängsvägen", "Skarpnäcksvängen", "Hjulsta backar", "Tulpangränd", "Smedsgränd",
    "Prästgårdsgränd", "Brunnsgränd", "Möllevångsgatan", "Bergsgatan", "Dalgatan", "Åsgatan",
    "Fältvägen", "Blåklintsvägen", "Prästvägen", "Snickarvägen", "Mjölnarvägen", "Lönnvägen",
    "Rönnbärsvägen", "Hamnplan", "Bryggaregatan", "Gamla Stanbyvägen", "Tingsvägen",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 112, 128), ("Göteborg", 412, 426), ("Malmö", 211, 217), ("Uppsala", 753, 756),
    ("Västerås", 722, 724), ("Örebro", 702, 703), ("Linköping", 582, 587), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 226), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 305), ("Växjö", 352, 355), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 831), ("Borlänge", 784, 784),
    ("Tumba", 147, 147), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Falun", 791, 791),
    ("Skellefteå", 931, 931), ("Karlskrona", 371, 371), ("Varberg", 432, 432), ("Uddevalla", 451, 451),
    ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Ängelholm", 262, 262), ("Alingsås", 441, 441),
    ("Piteå", 941, 941), ("Hudiksvall", 824, 824), ("Sandviken", 811, 811), ("Katrineholm", 641, 641),
    ("Spånga", 163, 163), ("Bromma", 167, 168), ("Hägersten", 126, 129), ("Farsta", 123, 123),
    ("Vällingby", 162, 162), ("Kista", 164, 164), ("Täby", 183, 187), ("Sundbyberg", 172, 174),
    ("Partille", 433, 433), ("Hisings Backa", 422, 422), ("Angered", 424, 424), ("Rosengård", 213, 213),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Victoria Road", "Park Avenue", "Manor Way",
    "Queens Road", "The Green", "Mill Road", "Chestnut Close", "Orchard Way", "Windsor Road",
    "St John's Road", "Westfield Drive", "Kingsway", "Beech Grove", "Highfield Road", "Castle Street",
    "Albion Terrace", "Brook Lane", "Heather Close", "Moor Lane", "Cromwell Road", "Nelson Street",
)  # fmt: skip
UK_TOWNS = (
    ("London", "N"), ("London", "SW"), ("London", "E"), ("Manchester", "M"), ("Leeds", "LS"),
    ("Birmingham", "B"), ("Bristol", "BS"), ("Newcastle upon Tyne", "NE"), ("Brighton", "BN"),
    ("Leicester", "LE"), ("Coventry", "CV"), ("Southampton", "SO"), ("Aberdeen", "AB"),
    ("Swansea", "SA"), ("Belfast", "BT"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Hull", "HU"),
)  # fmt: skip
US_STREETS = ("Oak Street", "Pine Avenue", "Maple Lane", "Cedar Court", "Highland Avenue", "Washington Street", "Lake Shore Drive", "Broadway", "Market Street", "Elm Road", "Hillcrest Drive", "Ridge Road", "Spring Street", "W 4th Street")  # fmt: skip
US_TOWNS = (("Austin", "TX", 787), ("Portland", "OR", 972), ("Boston", "MA", "021"), ("Atlanta", "GA", 303), ("San Diego", "CA", 921), ("Madison", "WI", 537), ("Tampa", "FL", 336), ("St. Paul", "MN", 551), ("Raleigh", "NC", 276), ("Cleveland", "OH", 441))  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10961-10999} Berlin", "Schulstraße {n}, {z5:50667-51149} Köln",
    "Am Markt {n}, {z5:28195-28779} Bremen", "Friedrichstraße {n}a, {z5:70173-70199} Stuttgart",
    "{n} rue Victor Hugo, {z5:33000-33800} Bordeaux", "{n} avenue de la Gare, {z5:67000-67200} Strasbourg",
    "{n}, rue des Lilas, {z5:44000-44300} Nantes", "Aleksanterinkatu {n} C {m}, 00100 Helsinki",
    "Itäinen Pitkäkatu {n} A {m}, {z5:20520-20810} Turku", "Thorvald Meyers gate {n}, 0555 Oslo",
    "Kongens gate {n}, {z4:7011-7099} Trondheim", "Nørrebrogade {n}, {m}. tv., 2200 København N",
    "Vesterbrogade {n}, st., 1620 København V", "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Świętojańska {n}, 81-{z3:300-399} Gdynia", "Calle de Alcalá {n}, {m}º izq., 280{z2:10-99} Madrid",
    "Carrer de Sants {n}, 080{z2:10-40} Barcelona", "Keizersgracht {n}, 10{z2:10-19} {L2} Amsterdam",
    "Oudegracht {n}-{m}, 35{z2:11-14} {L2} Utrecht", "Via Roma {n}, 101{z2:21-56} Torino",
    "Rua Augusta {n}, 1100-0{z2:10-99} Lisboa", "Laugavegur {n}, 101 Reykjavík",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "hotmail.co.uk", "yahoo.com", "protonmail.com")  # fmt: skip
WORK = ("bank.example.se", "redovisning.example.se", "example.se", "example.com", "support.example.co.uk", "example.org", "inkasso.example.se")  # fmt: skip
OCR_LEN = (8, 10, 12, 16)


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
    given: list[Word]  # one word, or two for a hyphenated given name
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)

    def nickname(self, rng: Random) -> str | None:
        """A short form of the given name as people write it, if it has one."""
        group = (
            "swedish"
            if self.origin in ("swedish", "finnish")
            else "en"
            if self.origin in ("us", "uk")
            else "other"
        )
        forms = NICKNAMES[group].get(self.first)
        return rng.choice(forms) if forms else None


class Draw:
    """Every value of AJ from one seeded Random; counts the head/tail split and the origins."""

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
            second = self.pick(pool)
            if "-" not in second[0] and second[0] != given[0][0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.3, "uk": 0.25, "finnish": 0.3}.get(key, 0.04):
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
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (
            surname[0][0] == surname[1][0] or "-" in surname[0][0] + surname[1][0]
        ):
            surname.pop()
        if (
            key in ("polish", "bcs", "turkish", "latin", "ukrainian") and r.random() < 0.3
        ):  # typed plain
            given = [(plain(w), p) for w, p in given]
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
                          f"{given}{surname}{r.randrange(60, 99)}", f"{surname}.{given}", f"{given}_{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, chat: bool = False) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        if chat:  # as typed in a chat or a listing
            return r.choice(
                (
                    f"{m}{d}",
                    f"{m}{d}",
                    f"{m}-{d}",
                    f"{m} {d[:3]} {d[3:5]} {d[5:]}",
                    f"{m}-{d[:3]} {d[3:]}",
                    f"+46{m[1:]}{d}",
                )
            )
        shapes = (
            (17, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (9, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:3]} {d[3:]}"),
            (2, f"{m}/{d}"), (2, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"),
            (9, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"),
            (3, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"+46-{m[1:]}-{d}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"),
            (7, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (2, f"08-{d}{self.digits(1)}"),
            (2, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {self.digits(2)}"),
            (4, f"0{r.choice(('31', '40', '18', '13', '19', '21', '16', '54', '90', '60', '46', '42'))}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{r.choice(('31', '40', '18', '13', '11', '35', '36'))}-{d[:3]} {d[3:5]} {d[5:]}"),
            (3, f"0{r.choice(('480', '910', '920', '940', '651', '498', '370', '523', '612', '303', '455'))}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"+46 {r.choice(('31', '40', '18', '13', '90'))} {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"(031) {d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0771-{d[:3]} {d[3:6]}"), (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0200-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        out = r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]
        if r.random() < 0.04 and out.startswith("08"):
            out += f", ankn. {self.digits(3)}"
        return out

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"0047 9{d[:2]} {d[2:4]} {d[4:7]}", f"0044 20 {d[:4]} {d[4:8]}", f"0049 151 {d[:8]}", f"0090 53{d[:1]} {d[1:4]} {d[4:6]} {d[6:8]}", f"00964 770 {d[:3]} {d[3:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 50 {d[:3]} {d[3:7]}",
            f"+358 44 {d[:7]}", f"00358 9 {d[:3]} {d[3:7]}",
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"+44 (0)20 {d[:4]} {d[4:8]}",
            f"020 {d[:4]} {d[4:8]}", f"0113 {d[:3]} {d[3:7]}", f"0044 7{d[:3]} {d[3:9]}", f"+44 131 {d[:3]} {d[3:7]}",
            f"+49 160 {d[:7]}", f"+49 (0)221 {d[:6]}", f"0049 30 {d[:4]} {d[4:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+1 (415) 555-0{d[:3]}", f"(303) 555-0{d[:3]}", f"+1 206 555 0{d[:3]}", f"+1-312-555-0{d[:3]}",
            f"+33 7 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+31 (0)6 {d[:8]}", f"+31 20 {d[:3]} {d[3:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 750 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+39 3{d[:2]} {d[2:9]}", f"+351 91{d[:1]} {d[1:4]} {d[4:7]}", f"+353 (0)86 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1938, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        if roll < 0.96 and year < 1968:
            return f"{date}+{serial}{check}" if year < 1926 else f"{date}-{serial}{check}"
        return f"{date}{serial}{check}"

    def sv_street(self) -> str:
        r = self.rng
        number = str(min(int(r.expovariate(1 / 15)) + 1, 180))
        if r.random() < 0.13:
            number += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        street = r.choice(SV_STREETS)
        return f"{street} {number}"

    def sv_postal(self, country: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.82 else f"{code} {town}"
        if r.random() < 0.1:
            out = out.upper()
        if country or r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.14:
            street += f"{r.choice((' ', ', '))}{r.choice(('lgh', 'lgh', 'Lgh', 'lägenhet'))} {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif r.random() < 0.03:
            street += f", {r.choice(('bv', 'ög', 'vån 2'))}"
        if r.random() < 0.07:
            surname = r.choice(ORIGINS["swedish"].surnames.names[:80])
            street = f"c/o {surname}{chr(10) if lines else ', '}{street}"
        joint = "\n" if lines else ", " if r.random() < 0.9 else " "
        return f"{street}{joint}{self.sv_postal()}"

    def office(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.3:
            return f"{self.sv_street()}, plan {r.randrange(2, 12)}, {self.sv_postal()}"
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
            street = f"Flat {r.randrange(1, 40)}{r.choice(('', 'A', 'B'))}, {street}"
        elif roll < 0.22:
            street = f"{r.choice(('Ivy Cottage', 'The Coach House', 'Apartment 12', 'Unit 7', '2nd Floor Flat'))}, {street}"
        if lines:
            return f"{street}\n{town}\n{code}"
        return f"{street}, {town}, {code}" if r.random() < 0.5 else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 900)}".replace(
                "# ", "#"
            )
        return f"{street}, {town}, {state} {prefix}{r.randrange(1, 99):02d}"

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
        out = out.replace(
            "{L2}", r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
        )
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, lang: str) -> str:
    if lang == "en":
        return "'" if name.endswith(("s", "S")) else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw, lang: str) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value)."""
    r = draw.rng
    given, surname, middle = person.given, person.surname, person.middle
    suffix = form[-1] if len(form) > 1 and form[-1] in "se" and form not in ("Gi",) else ""
    base = form[:-1] if suffix else form
    if suffix == "e":
        lang = "en"
    elif suffix == "s" and lang == "mixed":
        lang = "sv"
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle]) + f" {person.last}"
    elif base in ("G", "g", "N", "n", "NS"):
        words, value = given, person.first
        share = {"G": 0.06, "g": 0.1, "N": 1.0, "n": 1.0, "NS": 1.0}[base]
        nick = person.nickname(r) if r.random() < share else None
        if nick:
            value = nick
            draw.forms["nickname"] += 1
        if base == "NS":
            words, value = given + surname, f"{value} {person.last}"
        if base in ("g", "n"):
            value = value.lower()
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
        if r.random() < 0.2:
            value = value.replace(". ", " ", 1)
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
        if draw.lang != "en" and r.random() < 0.3:
            value = value.upper()
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if suffix:
        segments.append((genitive(value, lang), None))
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
    "NS",
    "S",
    "s",
    "I",
    "Gi",
    "R",
    "E",
    "Ps",
    "Pe",
    "Gs",
    "Ge",
    "Ss",
    "gs",
    "ns",
    "Ns",
}
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?\}")


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
        "AU": lambda: (draw.uk_address() if draw.lang != "en" or r.random() < 0.6 else draw.us_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "ph": lambda: (draw.phone(chat=True), "PHONE"),
        "PHX": lambda: (draw.phone_x() if r.random() < 0.75 or en else draw.phone(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2026")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} 2026", f"{day:02d}/{month:02d}/2026", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/26")), None),
        "TIME": lambda: (f"{r.randrange(8, 20)}{':' if en else r.choice('.:')}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(12, 9999)), None),
        "AMT": lambda: (f"{r.randrange(120, 68000):,} kr".replace(",", " "), None),
        "OCR": lambda: (draw.digits(r.choice(OCR_LEN)), None),
        "CARD": lambda: (r.choice((f"**** {draw.digits(4)}", f"som slutar på {draw.digits(4)}" if not en else f"ending {draw.digits(4)}", f"XXXX-XXXX-XXXX-{draw.digits(4)}")), None),
        "CASE": lambda: (r.choice((f"#{r.randrange(100000, 999999)}", f"CS-{r.randrange(10000, 99999)}", f"{r.randrange(2025, 2027)}-{r.randrange(10, 12)}-{draw.digits(5)}")), None),
        "ENREF": lambda: (f"{r.choice(('LN', 'MTG', 'APP', 'REF'))}-{r.randrange(10000, 99999)}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "H": lambda: (r.choice(HANDLES), None),
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
            segments = person_segments(form, person, draw, draw.lang)
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """AJ's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-aj-{len(rows) + 1:04d}", "split": "heldout-aj", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AJ is printed."""
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
                forms["@-mention"] += text[span["start"] - 1 : span["start"]] == "@"
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
    print("drawn forms: " + ", ".join(f"{k} {v}" for k, v in draw.forms.items()))
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
