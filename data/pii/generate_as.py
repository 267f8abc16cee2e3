# ruff: noqa: E501
"""Generate held-out AS for personal-data detection (issue 15): names as the population has them,
a twenty-fourth writer.

    python data/pii/generate_as.py          # writes data/pii/generated-heldout-as.jsonl
    python data/pii/generate_as.py --stats  # counts only (sizes, forms, the head/tail split)

AS's names are drawn by how often people carry them: every name word comes from `names_as.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 lists, UK rankings, and the commonest
names of the origins common in Sweden, mixed by the language of the row roughly as Sweden's
population), 80% from the head of a list and 20% from its tail. The genres are money and customer
service (`templates_as.py`): bank chat and fraud reports, debt collection and Kronofogden,
insurance claims, Swish and invoice notes, receipts and credit notes, cancellations, telecom,
broadband and electricity tickets, returns and warranty, loans and mortgages, estates and
inheritance. Names are written as people write them: full, with middle names, given names alone,
nicknames and short forms, surnames after titles, lower case in chat, capitals in forms,
`Surname, Given`, initials, genitives. Written by a helper who does not tune the detector and who
read neither its rules, lexicons and tagger (`src/rung/privacy/`) nor any error listing nor any
other set's names and templates; AS was never run through the detector by its writer, and its
names were not checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same
bytes.
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

from names_as import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_as import COMPANIES, DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270101
SIZES = {"sv": 270, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-as.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from letters and maps.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Skolgatan", "Nygatan", "Järnvägsgatan",
    "Köpmangatan", "Hantverkargatan", "Östra Långgatan", "Västra Kyrkogatan", "Sturegatan",
    "Karlavägen", "Odengatan", "Hornsgatan", "Folkungagatan", "Sankt Eriksgatan", "Tegnérgatan",
    "Vasagatan", "Första Långgatan", "Linnégatan", "Övre Husargatan", "Södra Vägen",
    "Amiralsgatan", "Bergsgatan", "Stora Nygatan", "Kyrkogatan", "Rådmansgatan", "Bryggargatan",
    "Ringvägen", "Björkvägen", "Tallvägen", "Granvägen", "Ekvägen", "Lönnvägen", "Almvägen",
    "Ängsvägen", "Sjövägen", "Skogsvägen", "Industrivägen", "Solvägen", "Kyrkvägen", "Villavägen",
    "Idrottsvägen", "Skolvägen", "Gamla Vägen", "Hagvägen", "Åkervägen", "Ljungvägen",
    "Fjällvägen", "Kvarnvägen", "Stationsvägen", "Västerled", "Norrlandsvägen", "Lingonvägen",
    "Rinkebysvängen", "Tallsvängen", "Bergsvängen", "Ekbackssvängen", "Skogssvängen",
    "Hammarby allé", "Lindholmsallén", "Solna strand", "Västra allé", "Stora allé", "Kastanjeallén",
    "Kyrkbacken", "Slottsbacken", "Solbacken", "Kvarnbacken", "Tornbacken", "Prästbacken",
    "Lärkstigen", "Blåbärsstigen", "Hagstigen", "Fiolstigen", "Videstigen", "Tranbärsstigen",
    "Stortorget", "Nytorget", "Fisktorget", "Möllevångstorget", "Kornhamnstorg", "Gustav Adolfs torg",
    "Gullmarsplan", "Fridhemsplan", "Brommaplan", "Järntorgsplan", "Vällingbyplan",
    "Bollhusgränd", "Smedsgränd", "Skomakargränd", "Klockargränd", "Kopparslagargränd",
    "Strandvägen", "Hamnvägen", "Parkgatan", "Trädgårdsgatan", "Fabriksgatan", "Mejerigatan",
    "Tingsgatan", "Rådhusgatan", "Esplanaden", "Nordanvägen", "Backavägen", "Byvägen",
)  # fmt: skip
# Real towns and the first three digits of their postcodes (a range where a town has several).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 756),
    ("Västerås", 721, 725), ("Örebro", 702, 705), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 605), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 305), ("Växjö", 352, 355), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Kalmar", 392, 393),
    ("Falun", 791, 791), ("Borlänge", 781, 784), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451), ("Varberg", 432, 432),
    ("Nyköping", 611, 611), ("Motala", 591, 591), ("Visby", 621, 621), ("Kiruna", 981, 981),
    ("Ludvika", 771, 771), ("Mora", 792, 792), ("Hudiksvall", 824, 824), ("Sandviken", 811, 811),
    ("Ystad", 271, 271), ("Trelleborg", 231, 231), ("Landskrona", 261, 261), ("Ängelholm", 262, 262),
    ("Hässleholm", 281, 281), ("Värnamo", 331, 331), ("Nässjö", 571, 571), ("Oskarshamn", 572, 572),
    ("Västervik", 593, 593), ("Katrineholm", 641, 641), ("Köping", 731, 731), ("Lidköping", 531, 531),
    ("Falköping", 521, 521), ("Alingsås", 441, 441), ("Kungälv", 442, 442), ("Arvika", 671, 671),
    ("Karlskoga", 691, 691), ("Örnsköldsvik", 891, 891), ("Härnösand", 871, 871), ("Piteå", 941, 941),
    ("Boden", 961, 961), ("Sundbyberg", 172, 174), ("Täby", 183, 187), ("Lidingö", 181, 181),
    ("Tyresö", 135, 135), ("Upplands Väsby", 194, 194), ("Märsta", 195, 195), ("Partille", 433, 433),
    ("Mölnlycke", 435, 435), ("Eslöv", 241, 241), ("Vellinge", 235, 235), ("Karlshamn", 374, 374),
    ("Ronneby", 372, 372), ("Mariestad", 542, 542), ("Vänersborg", 462, 462), ("Tranås", 573, 573),
    ("Mjölby", 595, 595), ("Bollnäs", 821, 821), ("Söderhamn", 826, 826), ("Enköping", 745, 745),
    ("Strängnäs", 645, 645), ("Sala", 733, 733), ("Avesta", 774, 774), ("Kristinehamn", 681, 681),
)  # fmt: skip
UK_STREETS = (
    "Victoria Street", "Mill Road", "Chapel Lane", "Orchard Close", "Beech Avenue", "Windsor Road",
    "St John's Road", "Highfield Road", "Meadow View", "Kingsway", "The Green", "Oxford Road",
    "Stanley Road", "Hawthorn Drive", "Cedar Close", "Albion Street", "Wellington Road",
    "Nelson Street", "Ash Grove", "Park View", "Northgate", "Marlborough Road", "Waterloo Road",
    "Church Street", "Station Approach", "Queens Drive", "Castle Street", "Willow Way",
    "Poplar Avenue", "Sycamore Close", "Brook Lane", "Southfield Road", "Lime Tree Walk",
)  # fmt: skip
UK_TOWNS = (
    ("Leicester", "LE"), ("Coventry", "CV"), ("Bristol", "BS"), ("Manchester", "M"), ("Stockport", "SK"),
    ("Bolton", "BL"), ("Brighton", "BN"), ("Southampton", "SO"), ("Plymouth", "PL"),
    ("Newcastle upon Tyne", "NE"), ("Sunderland", "SR"), ("Hull", "HU"), ("Leeds", "LS"),
    ("Bradford", "BD"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Milton Keynes", "MK"),
    ("Swansea", "SA"), ("Aberdeen", "AB"), ("Dundee", "DD"), ("Belfast", "BT"), ("Luton", "LU"),
    ("Ipswich", "IP"), ("London", "N"), ("London", "SW"), ("London", "E"), ("Croydon", "CR"),
    ("Wolverhampton", "WV"), ("Stoke-on-Trent", "ST"), ("Portsmouth", "PO"), ("Glasgow", "G"),
)  # fmt: skip
US_STREETS = (
    "Maple Avenue", "Oak Street", "Pine Street", "Cedar Lane", "Elm Drive", "Washington Street",
    "Highland Avenue", "Ridge Road", "Meadowbrook Lane", "Franklin Street", "Jackson Avenue",
    "Willow Court", "Hillcrest Drive", "River Road", "Park Avenue", "Spring Street", "Center Street",
    "W Addison St", "N Main St", "E 4th St", "SW Alder St", "Lakeview Blvd", "Sunset Dr",
)  # fmt: skip
US_TOWNS = (
    ("Austin", "TX", 787), ("Portland", "OR", 972), ("Boston", "MA", 21), ("Atlanta", "GA", 303),
    ("Sacramento", "CA", 958), ("Madison", "WI", 537), ("Omaha", "NE", 681), ("Tampa", "FL", 336),
    ("Raleigh", "NC", 276), ("Pittsburgh", "PA", 152), ("Saint Paul", "MN", 551),
    ("Albuquerque", "NM", 871), ("Nashville", "TN", 372), ("Kansas City", "MO", 641),
    ("Chicago", "IL", 606), ("Seattle", "WA", 981), ("Minneapolis", "MN", 554),
)  # fmt: skip
# Other European formats: {n} a house number, {m} a flat or floor, {z<width>:<low>-<high>} a code.
EUROPE = (
    "Lindenstraße {n}, {z5:50667-51149} Köln", "Friedrichstraße {n}, 10117 Berlin",
    "Am Markt {m}, 28195 Bremen", "Gartenstraße {n}a, {z5:70173-70199} Stuttgart",
    "Leipziger Str. {n}, {z5:04103-04109} Leipzig", "{n} rue Victor Hugo, 33000 Bordeaux",
    "{m} place Bellecour, 69002 Lyon", "{n} avenue de la Gare, 67000 Strasbourg",
    "{n} bis rue Nationale, 59000 Lille", "Aleksanterinkatu {n} B {m}, 00100 Helsinki",
    "Puistokatu {n} A {m}, 20100 Turku", "Hämeenpuisto {n}, {z5:33100-33210} Tampere",
    "Rantakatu {n} C {m}, 65100 Vaasa", "Kongens gate {n}, 7011 Trondheim",
    "Thorvald Meyers gate {n}, {z4:0552-0555} Oslo", "Haugeveien {n}, {z4:4005-4021} Stavanger",
    "Nørregade {n}, {m}. tv., 1165 København K", "Jernbanegade {n}, 5000 Odense C",
    "Algade {n}, 9000 Aalborg", "ul. Marszałkowska {n} m. {m}, 00-{z3:500-699} Warszawa",
    "ul. Długa {n}/{m}, 31-{z3:100-199} Kraków", "ul. Piotrkowska {n}, 90-{z3:001-999} Łódź",
    "al. Grunwaldzka {n}, 80-{z3:200-299} Gdańsk", "Calle de Alcalá {n}, {m}º izq., 28014 Madrid",
    "Carrer de Provença {n}, 080{z2:10-40} Barcelona", "Avenida del Puerto {n}, 46021 Valencia",
    "Keizersgracht {n}, 1015 CJ Amsterdam", "Oudegracht {n}, 3511 AS Utrecht",
    "Via Garibaldi {n}, 10122 Torino", "Mariahilfer Straße {n}/{m}, 1060 Wien",
    "Rua Augusta {n}, 1100-053 Lisboa", "Narva mnt {n}, 10117 Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.se", "hotmail.se", "bredband2.com", "me.com")  # fmt: skip
MAIL_EN = ("gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk", "icloud.com", "aol.com", "yahoo.com", "comcast.net")  # fmt: skip
WORK = ("example.se", "example.com", "example.org", "bank.example.se", "forsakring.example.se", "example.co.uk")  # fmt: skip


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
    eastern: bool = False  # written surname first

    @property
    def first(self) -> str:
        return self.given[0]

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)

    def full(self, middle: bool = False) -> str:
        given = " ".join(w for w, _ in [self.given] + (self.middle if middle else []))
        return f"{self.last} {given}" if self.eastern else f"{given} {self.last}"


class Draw:
    """Every value of AS from one seeded Random; counts the head/tail split, origins, nicknames."""

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
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.08):
            middle = [self.pick(pool)]
            if middle[0][0] == given[0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.05 else " "
        elif key == "swedish" and roll < 0.05:  # a double name after marriage
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.02 else " "
        elif key in ("uk", "us") and roll < 0.025:  # double-barrelled
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = (plain(given[0]), given[1])
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
        if key in ("polish", "ukrainian") and woman:
            surname = [(feminine(w), p) for w, p in surname]
        eastern = r.random() < origin.eastern
        return Person(woman, key, given, surname, middle, joint, eastern)

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def nickname(self, person: Person, chance: float) -> str | None:
        options = NICKNAMES.get(person.origin, {}).get(person.first)
        if options and self.rng.random() < chance:
            self.nicknames += 1
            return self.rng.choice(options)
        return None

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "").replace("'", "")
        surname = plain(person.surname[-1 if person.origin == "latin" else 0][0]).lower()
        surname = surname.replace("-", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(60, 99)}", f"{surname}.{given}",
                          f"{given}_{surname}", f"{given}{r.randrange(1, 30)}"))  # fmt: skip
        home = MAIL_EN if self.lang == "en" else MAIL
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else home)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("00023369")
        shapes = (
            (20, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (12, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m}–{d[:3]} {d[3:5]} {d[5:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"),
            (10, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (5, f"+46{m[1:]}{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline or service number."""
        r = self.rng
        d = str(r.randrange(1, 10)) + self.digits(7)  # a subscriber number starts with 1-9
        two = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "46", "36", "11", "35")
        )
        three = r.choice(
            (
                "0480",
                "0910",
                "0920",
                "063",
                "0651",
                "0498",
                "0371",
                "0520",
                "0611",
                "0413",
                "0470",
                "0240",
                "0300",
                "0500",
            )
        )
        shapes = (
            (10, f"08-{d[:3]} {d[3:6]} {d[6:]}"), (5, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"08 {d[:3]} {d[3:6]} {d[6:]}"), (2, f"08-{d[:7]}"), (1, f"08/{d[:3]} {d[3:6]} {d[6:]}"),
            (7, f"0{two}-{d[:2]} {d[2:4]} {d[4:6]}"), (4, f"0{two}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{two} {d[:2]} {d[2:4]} {d[4:6]}"), (5, f"{three}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"{three}-{d[:3]} {d[3:5]}"),
            (3, f"+46 8 {d[:3]} {d[3:6]} {d[6:]}"), (2, f"+46 {two} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:]}"), (1, f"0046 8 {d[:3]} {d[3:6]} {d[6:]}"),
            (2, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"020-{d[:3]} {d[3:6]}"),
            (1, f"0200-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"010-{d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.62 else self.landline()

    def phone_x(self) -> str:
        """A number from abroad, with `+` or `00`."""
        r = self.rng
        d = self.digits(9)
        plus = (
            f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 50 {d[:7]}",
            f"+47 9{d[:2]} {d[2:4]} {d[4:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+44 7700 900{d[:3]}",
            f"+44 (0)20 7946 0{d[:3]}",
            f"+49 151 {d[:8]}",
            f"+49 30 {d[:4]} {d[4:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:8]}",
            f"+1 (312) 555-01{d[:2]}",
            f"+1 617 555 01{d[:2]}",
            f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+964 7{r.choice('579')}0 {d[:3]} {d[3:7]}",
            f"+98 912 {d[:3]} {d[3:7]}",
            f"+252 61 {d[:7]}",
            f"+291 7 {d[:6]}",
            f"+380 {r.choice(('67', '50', '93'))} {d[:3]} {d[3:7]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+91 98{d[:3]} {d[3:8]}",
            f"+86 13{d[:1]} {d[1:5]} {d[5:9]}",
            f"+56 9 {d[:4]} {d[4:8]}",
            f"+387 61 {d[:3]} {d[3:6]}",
            f"+381 6{d[:1]} {d[1:4]} {d[4:8]}",
            f"+353 87 {d[:3]} {d[3:7]}",
            f"+372 5{d[:3]} {d[3:7]}",
        )
        zero = (
            f"00358 40 {d[:3]} {d[3:7]}",
            f"0047 9{d[:2]} {d[2:4]} {d[4:7]}",
            f"0049 151 {d[:8]}",
            f"00 44 7700 900{d[:3]}",
            f"0090 532 {d[:3]} {d[3:5]} {d[5:7]}",
            f"00964 750 {d[:3]} {d[3:7]}",
            f"0048 {d[:3]} {d[3:6]} {d[6:9]}",
            f"00963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"0045 {d[:8]}",
        )
        return r.choice(zero) if r.random() < 0.25 else r.choice(plus)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(4)
        return r.choice((f"07700 900{d[:3]}", f"07700900{d[:3]}", f"020 7946 0{d[:3]}", f"0113 496 0{d[:3]}",
                         f"0161 496 0{d[:3]}", f"0131 496 0{d[:3]}", f"+44 7700 900{d[:3]}", f"(0117) 496 0{d[:3]}",
                         f"0808 157 0{d[:3]}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(2)
        area = r.choice(("312", "617", "512", "206", "404", "503", "612", "919", "615", "415"))
        return r.choice((f"({area}) 555-01{d}", f"{area}-555-01{d}", f"{area}.555.01{d}", f"+1 {area} 555 01{d}",
                         f"1-800-555-01{d}", f"({area}) 555-01{d} ext. {r.randrange(10, 400)}"))  # fmt: skip

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1938, 2008)
        month, day = r.randrange(1, 13), r.randrange(1, 29)
        date = f"{year % 100:02d}{month:02d}{day:02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.42:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        if roll < 0.96:
            return f"{date} {serial}{check}"
        return f"{date}{serial}{check}"

    def sv_street(self) -> str:
        r = self.rng
        street = r.choice(SV_STREETS)
        if street.endswith("gatan") and r.random() < 0.05:
            street = street[: -len("atan")] + "."  # Drottningg. 5
        number = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        roll = r.random()
        if roll < 0.12:
            number += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        elif roll < 0.14:
            number += f"-{int(number) + 2}"
        return f"{street} {number}"

    def sv_postal(self, country: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1):03d}{r.randrange(10, 100):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        if r.random() < 0.08:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"  # as a printed envelope has it
        if country or r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False, co: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.15:
            street += f"{r.choice((' ', ', ', ' '))}{r.choice(('lgh', 'lgh', 'Lgh', 'lägenhet'))} {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif r.random() < 0.04:
            street += f", {r.randrange(1, 6)} tr ög"
        joint = "\n" if lines else ", "
        if co or r.random() < 0.05:  # c/o a Swedish name, drawn and counted like any other
            sv = ORIGINS["swedish"]
            words = [
                self.pick(sv.given_f if r.random() < 0.5 else sv.given_m),
                self.pick(sv.surnames),
            ]
            if r.random() < 0.3:
                words = words[1:]
            self.count(words)
            street = f"c/o {' '.join(w for w, _ in words)}{joint}{street}"
        return f"{street}{joint}{self.sv_postal()}"

    def office(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.3:
            return f"{self.sv_street()}, plan {r.randrange(2, 12)}, {self.sv_postal()}"
        if roll < 0.6:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"Box {r.randrange(10, 9999)}\n{self.sv_postal()}"
        if roll < 0.88:
            return f"{self.sv_street()}\n{self.sv_postal()}"
        return f"{self.sv_street()}, {self.sv_postal(country=True)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 24)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.16:
            street = f"Flat {r.randrange(1, 30)}{r.choice(('', '', 'A', 'B'))}, {street}"
        elif roll < 0.22:
            street = f"{r.choice(('Ivy Cottage', 'The Old Bakery', 'Willow House', '2nd Floor'))}, {street}"
        if lines:
            return f"{street.replace(', ', chr(10))}\n{town}\n{code}"
        return f"{street}, {town} {code}" if r.random() < 0.7 else f"{street}, {town}, {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9899)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Apt.', 'Suite', 'Unit', '#'))}{'' if r.random() < 0.1 else ' '}{r.randrange(1, 40)}{r.choice(('', 'B', 'C'))}"
        zip_code = f"{prefix:03d}{r.randrange(1, 99):02d}"
        return (
            f"{street}\n{town}, {state} {zip_code}"
            if lines
            else f"{street}, {town}, {state} {zip_code}"
        )

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
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        if lines:
            head, _, tail = out.rpartition(", ")
            return f"{head}\n{tail}"
        return out


def genitive(value: str, style: str) -> str:
    if style == "+'":
        return "'" if value.endswith("s") else "'s"
    return "" if value[-1] in "sxzSXZ" else "s"


def person_segments(form: str, gen: str | None, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value)."""
    r = draw.rng
    given, surname, middle = [person.given], person.surname, person.middle
    if form == "E":
        return [(draw.email(person), "EMAIL")]
    if form in ("P", "p", "U"):
        words, value = given + surname, person.full()
        value = value.lower() if form == "p" else value.upper() if form == "U" else value
    elif form == "F":
        words, value = given + middle + surname, person.full(middle=True)
    elif form in ("G", "g", "N", "n"):
        words = given
        nick = draw.nickname(person, 0.5 if form in ("N", "n") else 0.07)
        value = nick or person.first
        value = value.lower() if form.islower() else value
    elif form in ("S", "s"):
        words, value = surname, person.last.lower() if form == "s" else person.last
    elif form == "I":
        words = surname
        initials = "-".join(p[0] for p in person.first.split("-"))
        value = f"{initials}{r.choice(('. ', '. ', ' '))}{person.last}"
    elif form == "J":
        words, value = given, f"{person.first} {person.last[0]}{'.' if r.random() < 0.7 else ''}"
    elif form == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif form == "RS":
        words, value = given + surname, f"{person.last} {person.first}"
    elif form == "RU":
        words = given + middle + surname
        value = f"{person.last.upper()}, " + " ".join(w for w, _ in given + middle)
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if gen:
        ending = genitive(value, gen)
        if ending:
            segments.append((ending, None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "J", "R", "RS", "RU", "E"}
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?(\+s|\+')?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def amount() -> str:
        n = r.choice((r.randrange(49, 999), r.randrange(1000, 25000), r.randrange(25000, 90000)))
        return f"{n:,}".replace(",", " ") + r.choice((" kr", " kr", " kronor", ":-", " SEK"))

    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ALGH": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "ACO": lambda: (draw.sv_address(lines=r.random() < 0.5, co=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "POST": lambda: (draw.sv_postal(), "ADDRESS"),
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
        "PM": lambda: (draw.mobile(), "PHONE"),
        "PL": lambda: (draw.landline(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PUK": lambda: (draw.phone_uk(), "PHONE"),
        "PUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2026")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} 2026", f"{day:02d}/{month:02d}/2026", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/2026")), None),
        "MONTH": lambda: (r.choice(MONTHS["en" if en else "sv"]), None),
        "DAY": lambda: (r.choice(DAYS["en" if en else "sv"]), None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "YEAR": lambda: (str(r.randrange(2019, 2027)), None),
        "NUM": lambda: (str(r.randrange(12, 4999)), None),
        "AMT": lambda: (amount(), None),
        "GBP": lambda: (f"£{r.randrange(12, 4800):,}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(12, 9800):,}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"{r.randrange(20, 3000)} €" if r.random() < 0.5 else f"EUR {r.randrange(20, 3000)}", None),
        "OCR": lambda: (r.choice((draw.digits(r.randrange(8, 17)), " ".join(draw.digits(4) for _ in range(3)))), None),
        "REF": lambda: (r.choice((f"{r.randrange(2024, 2027)}-{draw.digits(6)}", f"Ä-{draw.digits(7)}", f"{draw.digits(2)}-{draw.digits(6)}-{r.randrange(24, 27)}", f"SK{draw.digits(8)}")), None),
        "ORD": lambda: (r.choice((draw.digits(8), f"#{draw.digits(6)}", f"{r.choice('ABCDKW')}{draw.digits(9)}", f"{draw.digits(3)}-{draw.digits(7)}-{draw.digits(7)}")), None),
        "ENREF": lambda: (r.choice((f"CLM-{draw.digits(7)}", f"{r.choice(('INC', 'CAS', 'REF'))}{draw.digits(8)}", f"{draw.digits(4)}-{draw.digits(4)}-{draw.digits(2)}")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "HOURS": lambda: (f"{r.randrange(1, 9)}", None),
    }  # fmt: skip
    if form in COMPANIES:
        return r.choice(COMPANIES[form]), None
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    named: set[str] = set()
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender, gen = match.groups()
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                woman = {"f": True, "m": False}.get(gender or "")
                person = draw.person(woman)
                while person.full() in named:  # no two people of a row with one name
                    person = draw.person(woman)
                named.add(person.full())
                if ref:
                    people[ref] = person
            segments = person_segments(form, gen, person, draw)
        else:
            assert gen is None, template
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def check(row: dict[str, object]) -> None:
    """Spans sorted, apart, non-empty and trimmed; a negative row has none."""
    text, spans = str(row["text"]), row["spans"]
    assert isinstance(spans, list)
    end = 0
    for span in spans:
        value = text[span["start"] : span["end"]]
        assert span["start"] >= end and value and value == value.strip(), (row["id"], value)
        end = span["end"]


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """AS's rows: every negative once, then positive rows from shuffled decks of each language's
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
        row: dict[str, object] = {
            "id": f"gen-heldout-as-{len(rows) + 1:04d}", "split": "heldout-as", "lang": lang,
            "text": text, "spans": spans,
        }  # fmt: skip
        check(row)
        rows.append(row)
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AS is printed."""
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
                forms["capitals"] += value.split(",")[0].isupper()
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.?(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value.lower() or "lägenhet" in value
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
    print(f"PERSON distinct: {len(set(people))}; nicknames and short forms: {draw.nicknames}")
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
