# ruff: noqa: E501
"""Generate held-out AH for personal-data detection (issue 15): names as the population has them,
a thirteenth writer.

    python data/pii/generate_ah.py          # writes data/pii/generated-heldout-ah.jsonl
    python data/pii/generate_ah.py --stats  # counts only (sizes, forms, the head/tail split)

Every name word comes from `names_ah.py`'s weighted pools (SCB's ranks for Sweden, the commonest
names of the origins common in Sweden weighted by their share of its population, the US Census
1990 frequencies and UK rankings for English text), 80% from the head of a list and 20% from its
tail, in the genres of culture, sport, leisure, media and life events (`templates_ah.py`: sports
clubs, match reports and team sheets, gyms, riding schools, scouts, concert/theatre/cinema
bookings, weddings and RSVPs, funeral notices and obituaries, church bookings, local papers,
letters to the editor, podcasts, press releases, book clubs, hunting teams, boat clubs,
allotments, restaurant and hotel bookings and reviews, chat between friends and club members).
Written by a helper who does not tune the detector, who read neither its rules, lexicons and
tagger (`src/rung/privacy/`) nor any dev set's error listing nor any other set's names and
templates (`generate_ag.py` was read for its mechanics only); AH was never run through the
detector by its writer, and its names were not checked against rung's lexicons. Stdlib only; one
seeded Random: same seed, same bytes.

A genitive is written as the name is (`Annas`, `Sarah's`); as in generate_ag.py the PERSON span
is the name itself and the genitive's ending (`s`, `'s`, `'`) follows it outside the span.
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

from names_ah import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ah import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20261221
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ah.jsonl"
NICK_SHARE = 0.15  # of one-word given names whose name has a short form

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge), and real towns with the first
# three digits of their postcodes.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Järnvägsgatan", "Skolgatan", "Kyrkogatan",
    "Nygatan", "Lilla Nygatan", "Västra Storgatan", "Norra Kyrkogatan", "Hantverkargatan",
    "Fiskaregatan", "Brogatan", "Apotekaregatan", "Slottsgatan", "Odengatan", "Sankt Eriksgatan",
    "Björkvägen", "Ringvägen", "Skogsvägen", "Tallvägen", "Sjövägen", "Idrottsvägen", "Ekvägen",
    "Vallmovägen", "Hagvägen", "Kyrkvägen", "Gamla Vägen", "Furuvägen", "Prästgårdsvägen",
    "Stationsvägen", "Mejerivägen", "Badhusvägen", "Lövängsvägen", "Kvarnvägen", "Hamnvägen",
    "Rinkebysvängen", "Tensta allé", "Hammarby allé", "Lidingövägen", "Södra allén",
    "Kastanjeallén", "Lindallén", "Björkallé", "Fältsvängen", "Ekbacksvängen", "Solsvängen",
    "Kvarnbacken", "Prästbacken", "Smedsbacken", "Tallbacken", "Korpbacken", "Klockarbacke",
    "Lärkstigen", "Blåbärsstigen", "Lingonstigen", "Ängsstigen", "Trastvägen", "Vitsippsstigen",
    "Stortorget", "Lilla torget", "Järntorget", "Södra Torget", "Mariatorget", "Fisktorget",
    "Gullmarsplan", "Brommaplan", "Medborgarplatsen", "Möllevångstorget", "Kungsplan",
    "Kvarngränd", "Smedjegränd", "Tunnbindaregränd", "Bryggargränd", "Mjölnargränd",
    "Strandpromenaden", "Norra Strandgatan", "Sjöbodsvägen", "Hamngatan", "Båtsmansgatan",
    "Kolonivägen", "Skytteholmsvägen", "Ridvägen", "Stallgatan", "Jaktstigen", "Bollplansvägen",
    "Ryttarvägen", "Kapellgatan", "Klockargatan", "Biografgatan", "Teatergatan", "Musikvägen",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 752, 756),
    ("Västerås", 722, 725), ("Örebro", 702, 703), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Karlstad", 652, 656),
    ("Täby", 183, 187), ("Växjö", 352, 355), ("Halmstad", 302, 302), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Östersund", 831, 831), ("Falun", 791, 791), ("Kalmar", 392, 393),
    ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Karlskrona", 371, 371),
    ("Skellefteå", 931, 931), ("Uddevalla", 451, 451), ("Varberg", 432, 432), ("Ystad", 271, 271),
    ("Landskrona", 261, 261), ("Alingsås", 441, 441), ("Piteå", 941, 941), ("Sandviken", 811, 811),
    ("Hudiksvall", 824, 824), ("Ängelholm", 262, 262), ("Katrineholm", 641, 641),
    ("Värnamo", 331, 331), ("Ljungby", 341, 341), ("Mora", 792, 792), ("Visby", 621, 621),
    ("Lidköping", 531, 531), ("Motala", 591, 591), ("Oskarshamn", 572, 572), ("Falkenberg", 311, 311),
    ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 891), ("Kiruna", 981, 981), ("Arvika", 671, 671),
    ("Strängnäs", 645, 645), ("Vallentuna", 186, 186), ("Upplands Väsby", 194, 194),
    ("Kungälv", 442, 442), ("Partille", 433, 433), ("Tumba", 147, 147), ("Åre", 837, 837),
    ("Trosa", 619, 619), ("Simrishamn", 272, 272), ("Sigtuna", 193, 193),
)  # fmt: skip
UK_STREETS = (
    "Church Street", "Mill Road", "The Green", "Orchard Close", "Victoria Street", "Park Avenue",
    "Queens Road", "St John's Road", "Castle Street", "Meadow Way", "Windsor Road", "Kingsway",
    "The Avenue", "West Street", "Westfield Road", "Highfield Road", "Chestnut Grove",
    "Beech Drive", "Cromwell Road", "Nelson Street", "Church Walk", "Riverside", "Rectory Lane",
    "Clarence Road", "Stanley Road", "Broadway", "Waterloo Road", "Oxford Street",
)  # fmt: skip
UK_TOWNS = (
    ("London", "N"), ("London", "SW"), ("London", "W"), ("Bristol", "BS"), ("Leeds", "LS"),
    ("Manchester", "M"), ("Brighton", "BN"), ("Cambridge", "CB"), ("Oxford", "OX"),
    ("Newcastle upon Tyne", "NE"), ("Bath", "BA"), ("Swansea", "SA"), ("Aberdeen", "AB"),
    ("Belfast", "BT"), ("Coventry", "CV"), ("Leicester", "LE"), ("Plymouth", "PL"),
    ("Southampton", "SO"), ("Harrogate", "HG"), ("Lincoln", "LN"), ("Chester", "CH"),
)  # fmt: skip
US_STREETS = ("Oak Street", "Pine Avenue", "Cedar Lane", "Highland Avenue", "Ridge Road", "Franklin Street", "River Road", "Madison Avenue", "Walnut Street", "Hillcrest Drive", "Spring Street", "Willow Way", "Center Street", "Forest Avenue")  # fmt: skip
US_TOWNS = (("Portland", "OR", 972), ("Austin", "TX", 787), ("Boston", "MA", "021"), ("Madison", "WI", 537), ("Atlanta", "GA", 303), ("Nashville", "TN", 372), ("Duluth", "MN", 558), ("Sacramento", "CA", 958), ("Rockford", "IL", 611), ("Lincoln", "NE", 685))  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:50667-51149} Köln", "Gartenweg {n}, {z5:01067-01328} Dresden",
    "Kirchgasse {n}, {z5:70173-70629} Stuttgart", "{n} rue Victor Hugo, {z5:33000-33800} Bordeaux",
    "{n} place de l'Église, {z5:44000-44300} Nantes", "{n} chemin des Vignes, {z5:13001-13016} Marseille",
    "Aleksanterinkatu {n} C {m}, 00170 Helsinki", "Puistokatu {n} as. {m}, {z5:20100-20900} Turku",
    "Thorvald Meyers gate {n}, 0555 Oslo", "Kongens gate {n}, {z4:7011-7099} Trondheim",
    "Nørregade {n}, {m}. tv., {z4:5000-5270} Odense C", "Strandvejen {n}, 2900 Hellerup",
    "ul. Kościuszki {n}/{m}, 50-{z3:100-599} Wrocław", "ul. Piotrkowska {n}, 90-{z3:100-999} Łódź",
    "Calle del Sol {n}, {m}º, 410{z2:10-99} Sevilla", "Avinguda Diagonal {n}, 080{z2:10-40} Barcelona",
    "Keizersgracht {n}, 10{z2:10-19} {L2} Amsterdam", "Dorpsstraat {n}, 35{z2:11-99} {L2} Utrecht",
    "Via Roma {n}, 10{z3:121-156} Torino", "Mariahilfer Straße {n}/{m}, 10{z2:60-70} Wien",
    "Bahnhofstrasse {n}, 80{z2:01-99} Zürich", "Rue Neuve {n}, 1000 Bruxelles",
    "Narva mnt {n}-{m}, 10{z3:117-152} Tallinn", "Laugavegur {n}, 101 Reykjavík",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "bahnhof.se", "spray.se", "btinternet.com")  # fmt: skip
WORK = ("ikfalken.example.se", "ridklubben.example.se", "scout.example.se", "kyrkan.example.se", "lokaltidningen.example.se", "example.se", "example.com", "example.org", "fc.example.co.uk")  # fmt: skip


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
    nick: str | None = None

    @property
    def first(self) -> str:
        return self.given[0]

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of AH from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.nicks = 0
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
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "finnish": 0.3}.get(key, 0.05):
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
        if (
            key in ("polish", "bcs", "turkish", "latin", "kurdish") and r.random() < 0.3
        ):  # typed plain
            given = (plain(given[0]), given[1])
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        nicks = NICKNAMES.get(given[0])
        nick = r.choice(nicks) if nicks else None
        return Person(woman, key, given, surname, middle, joint, nick)

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}.{surname}", f"{given}{surname[0]}",
                          f"{given}_{surname}{r.randrange(60, 99)}", f"{surname}{given[:2]}",
                          f"{given}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "36", "35", "60"))
        area3 = r.choice(
            (
                "431",
                "455",
                "476",
                "510",
                "563",
                "612",
                "651",
                "660",
                "910",
                "920",
                "980",
                "290",
                "300",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m}-{d[:3]}{d[3:5]}{d[5:7]}"),
            (2, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"),
            (9, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"+46-{m[1:]}-{d[:3]} {d[3:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"08-{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (4, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"(0{area2}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (3, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 {d[:8]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 {r.choice(('40', '44', '50'))} {d[:3]} {d[3:7]}",
            f"+358 50 {d[:7]}", f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"+44 (0)1{d[:3]} {d[3:9]}",
            f"020 {d[:4]} {d[4:8]}", f"0044 7{d[:3]} {d[3:9]}", f"+44 20 {d[:4]} {d[4:8]}",
            f"+49 170 {d[:7]}", f"+49 (0)221 {d[:6]}", f"0049 30 {d[:4]} {d[4:8]}", f"0170 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+1 ({r.choice(('503', '512', '617', '608', '404'))}) 555-01{d[:2]}", f"(615) 555-01{d[:2]}",
            f"+1 206 555 01{d[:2]}", f"+1-312-555-01{d[:2]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+43 664 {d[:7]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+354 {d[:3]} {d[3:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+380 {r.choice(('50', '67', '97'))} {d[:3]} {d[3:5]} {d[5:7]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1924, 2021)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.45:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}{'+' if year <= 1926 else '-'}{serial}{check}"
        if roll < 0.93:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def sv_street(self) -> str:
        r = self.rng
        number = str(min(int(r.expovariate(1 / 16)) + 1, 180))
        if r.random() < 0.13:
            number += r.choice(("A", "B", "C", "D", " A", " B"))
        return f"{r.choice(SV_STREETS)} {number}"

    def sv_postal(self, country: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.82 else f"{code} {town}"
        if r.random() < 0.1:
            out = out.replace(town, town.upper())
        if country or r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.14:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif r.random() < 0.04:
            street += f", {r.choice(('bv', 'n.b.', 'uppg. B'))}"
        if r.random() < 0.07:
            street = f"c/o {self.pick(ORIGINS['swedish'].surnames)[0]}\n{street}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal()}"

    def venue(self) -> str:
        """A club's, church's or business's address: Box, plan, or a street and its town."""
        r = self.rng
        roll = r.random()
        if roll < 0.25:
            return f"{self.sv_street()}, plan {r.randrange(1, 7)}, {self.sv_postal()}"
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
            f"{area}{r.randrange(1, 24)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 30)}{r.choice(('', 'A', 'B'))}, {street}"
        elif roll < 0.23:
            street = f"{r.choice(('Ivy Cottage', 'The Old Rectory', 'Mill House', 'Apartment 6'))}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 900)}".replace(
                "# ", "#"
            )
        place = f"{town}, {state} {prefix}{r.randrange(1, 99):02d}"
        return f"{street}\n{place}" if lines else f"{street}, {place}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 140)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKL") + r.choice("ABCDEGHJKLMNPRSTVWXZ"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, lang: str) -> str:
    if lang == "en":
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw, lang: str) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value)."""
    r = draw.rng
    given, surname, middle = [person.given], person.surname, person.middle
    base = form[:-1] if len(form) > 1 and form.endswith("s") else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base in ("F", "f"):
        words = given + middle + surname
        value = " ".join(w for w, _ in given + middle) + f" {person.last}"
        value = value.lower() if base == "f" else value
    elif base in ("G", "g", "N", "n"):
        words, value = given, person.first
        if person.nick and (base in ("N", "n") or r.random() < NICK_SHARE):
            value = person.nick
            draw.nicks += 1
        value = value.lower() if base in ("g", "n") else value
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "II":
        words = surname
        value = "".join(p[0] + "." for p in person.first.split("-")) + f" {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base in ("R", "RU"):
        words, value = given + surname, f"{person.last}, {person.first}"
        value = value.upper() if base == "RU" else value
    elif base == "NS":
        words = given + surname
        value = f"{person.nick or person.first} {person.last}"
        draw.nicks += person.nick is not None
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, lang), None))
    return segments


PERSON_FORMS = {
    "P", "p", "U", "F", "f", "G", "g", "N", "n", "S", "s", "I", "II", "Gi", "R", "RU", "NS", "E",
    "Ps", "ps", "Gs", "gs", "Ns", "ns", "Ss", "ss", "Fs",
}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?\}")
ENGLISH_AFTER = re.compile(
    r"^'?\s*(wedding|mum|dad|birthday|party|team|place|flat|speech|funeral|memorial|plus|table|book|kids|daughter|son|husband|wife|seat|booking|stag|hen|band|gig|card|cousin|sister|brother|boyfriend|girlfriend|30th|40th|60th)"
)


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "AV": lambda: (draw.venue(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "UKST": lambda: (f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}", "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2026")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2026", f"{MONTHS['en'][month - 1]} {day}", f"{day}th {MONTHS['en'][month - 1]}".replace("1th", "1st").replace("2th", "2nd").replace("3th", "3rd").replace("11st", "11th").replace("12nd", "12th").replace("13rd", "13th"))), None),
        "TIME": lambda: (f"{r.randrange(9, 22)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "YEAR": lambda: (str(r.randrange(1931, 2012)), None),
        "AGE": lambda: (str(r.randrange(6, 99)), None),
        "NUM": lambda: (str(r.randrange(2, 400)), None),
        "SCORE": lambda: (f"{r.randrange(0, 6)}{r.choice(('-', '–', '–'))}{r.randrange(0, 5)}", None),
        "KR": lambda: (f"{r.choice((150, 200, 250, 300, 350, 450, 600, 750, 900, 1200, 1500, 2400))} kr", None),
        "GBP": lambda: (f"£{r.randrange(5, 120)}{r.choice(('', '.50', '.00'))}", None),
        "ROW": lambda: (f"{r.randrange(1, 25)}", None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
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
    """AH's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-ah-{len(rows) + 1:04d}", "split": "heldout-ah", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AH is printed."""
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
                forms["initial"] += bool(
                    re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)|^\w\.\w\.", value)
                )
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
    print(
        "forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()) + f", short forms {draw.nicks}"
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
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
