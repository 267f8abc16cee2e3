# ruff: noqa: E501
"""Generate held-out FL for personal-data detection (issue 15): names as the population has them,
a hundred-and-forty-seventh writer. Every name word is drawn by how often people carry it from
`names_fl.py` (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK,
and the commonest names of origins common in Sweden; 80% from a list's head, 20% from its tail),
mixed per language roughly as Sweden's population is; the genre is energy and utility companies
(`templates_fl.py`): electricity, district heating and water bills, meter readings, moving in and
out, disconnection notices, outage reports, payment plans, customer service chats and technicians'
visit notes. Written by a helper who does not tune the detector and who read only
`generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format and
`--stats`), the sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons or tests, nor any other set's names,
templates or rows, nor any score. FL was never run through the detector by its writer. Stdlib
only; one seeded Random: same seed, same bytes.

    python data/pii/generate_fl.py            # writes data/pii/generated-heldout-fl.jsonl
    python data/pii/generate_fl.py --stats    # counts only (sizes, forms, head/tail, origins)
    python data/pii/generate_fl.py --check    # checks the written file, prints counts only
    python data/pii/generate_fl.py --seed 7 --out /tmp/fl.jsonl   # a scratch set
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

from names_fl import HEAD_SHARE, HYPHEN_SECOND, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fl import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270224
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fl.jsonl"
SPLIT = "heldout-fl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the address register has them.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Köpmangatan", "Skolgatan", "Nygatan", "Trädgårdsgatan",
    "Västra Järnvägsgatan", "Östra Storgatan", "Tullgatan", "Bangårdsgatan", "Verkstadsgatan", "Fabriksgatan", "Sveavägen",
    "Björkvägen", "Tallvägen", "Granvägen", "Ekvägen", "Lönnvägen", "Almvägen", "Rönnvägen", "Villavägen", "Ringvägen",
    "Industrivägen", "Parkvägen", "Skogsvägen", "Bergsvägen", "Solvägen", "Idrottsvägen", "Kyrkvägen", "Prästvägen",
    "Gamla Riksvägen", "Södra Vägen", "Kvarnvägen", "Smedjevägen", "Bäckvägen", "Strandvägen", "Ängsvägen", "Liljevägen",
    "Klöversvängen", "Lärksvängen", "Mossvängen", "Blåklintssvängen", "Tranbärssvängen",
    "Lindallé", "Kastanjeallén", "Ekallén", "Hjalmar Brantings allé", "Bokallén",
    "Kvarnbacke", "Solbacken", "Rosenbacken", "Stationsbacken", "Tornbacken",
    "Vitsippsstigen", "Lingonstigen", "Hasselstigen", "Mästerstigen", "Snickarstigen", "Ekorrstigen",
    "Stortorget", "Fisktorget", "Södra torg", "Gustav Adolfs torg", "Järntorget",
    "Centralplan", "Kyrkplan", "Rådhusplan", "Brunnsplan",
    "Bagargränd", "Skomakargränd", "Munkgränd", "Pilgränd", "Lilla Nygränd",
    "Norra Kajen", "Södra Kajen", "Hamnkajen", "Stenkajen", "Skeppsbrokajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (cities first; the smaller towns past 30).
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757), ("Linköping", 582, 589),
    ("Norrköping", 602, 605), ("Västerås", 721, 725), ("Örebro", 702, 705), ("Helsingborg", 252, 256), ("Jönköping", 553, 556),
    ("Umeå", 903, 907), ("Lund", 222, 227), ("Borås", 503, 507), ("Eskilstuna", 632, 636), ("Gävle", 802, 806),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Sundsvall", 852, 857), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Falun", 791, 791),
    ("Uddevalla", 451, 451), ("Varberg", 432, 432), ("Nyköping", 611, 611), ("Motala", 591, 591), ("Piteå", 941, 941),
    ("Kiruna", 981, 981), ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 891), ("Lidköping", 531, 531), ("Alingsås", 441, 441),
    ("Sandviken", 811, 811), ("Visby", 621, 621), ("Ystad", 271, 271), ("Kungsbacka", 434, 434), ("Landskrona", 261, 261),
    ("Enköping", 745, 745), ("Katrineholm", 641, 641), ("Hudiksvall", 824, 824), ("Mariestad", 542, 542), ("Arvika", 671, 671),
    ("Vetlanda", 574, 574), ("Nässjö", 571, 571), ("Oskarshamn", 572, 572), ("Ludvika", 771, 771), ("Köping", 731, 731),
    ("Gällivare", 982, 982), ("Söderhamn", 826, 826), ("Avesta", 774, 774), ("Lycksele", 921, 921), ("Ängelholm", 262, 262),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Västanby 24, 434 92 Kungsbacka`).
VILLAGES = (
    "Västanby", "Östanby", "Sunnanå", "Bäckebo", "Hult", "Prästbol", "Kvarnåsen", "Bergby", "Myrbacka", "Tallåsen",
    "Holmsjö", "Vallby", "Gammelgården", "Nybyn", "Stora Mo", "Lilla Mo", "Åsen", "Ede", "Bodarna", "Hagaby",
    "Lindsbo", "Rya", "Skattungbyn", "Norra Ön", "Åkersberg", "Kärrbo", "Tjärnmyren", "Storbacken", "Ängesbyn", "Hedåsen",
)  # fmt: skip
DISTRICTS = (
    "Gottsunda", "Majorna", "Brunnshög", "Ersboda", "Haga", "Vasastan", "Hässelby", "Bergsjön", "Rosengård", "Norrby",
    "Kålltorp", "Tensta", "Porsön", "Sätra", "Ryd", "Skäggetorp", "Västra Hamnen", "Öxnehaga", "Sörby", "Berga",
)  # fmt: skip
UK_STREETS = (
    "Station Road", "Victoria Street", "Albert Road", "Church Street", "Queens Road", "Park Lane", "Grange Road", "Elm Grove",
    "Windsor Crescent", "Oakfield Drive", "Meadow Way", "Beech Avenue", "Mill Close", "Marine Parade", "Castle Terrace",
    "Chestnut Gardens", "Hawthorn Close", "North Street", "Green Lane", "York Road",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Sheffield", "S"), ("Bristol", "BS"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Edinburgh", "EH"),
    ("Norwich", "NR"), ("York", "YO"), ("Reading", "RG"), ("Brighton", "BN"), ("Nottingham", "NG"), ("Swansea", "SA"),
    ("Aberdeen", "AB"), ("Exeter", "EX"), ("Leicester", "LE"), ("Plymouth", "PL"), ("Belfast", "BT"), ("London", "E"),
)  # fmt: skip
UK_HOUSES = ("Flat 3, Kelvin Court", "The Willows", "Holly Cottage", "Flat 12, Riverside House", "2 The Mews", "Apartment 5, Mill House")  # fmt: skip
US_STREETS = ("Maple Avenue", "Oak Street", "Elm Street", "Washington Avenue", "Lakeview Drive", "Cedar Lane", "Park Boulevard", "Hillcrest Road", "2nd Street", "Pine Ridge Court")  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Denver", "CO", 802), ("Columbus", "OH", 432), ("Madison", "WI", 537),
    ("Rockford", "IL", 611), ("Sacramento", "CA", 958), ("Albany", "NY", 122), ("Raleigh", "NC", 276), ("Phoenix", "AZ", 850),
    ("Portland", "OR", 972), ("Des Moines", "IA", 503),
)  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Gartenweg {n}, {z5:28195-28779} Bremen", "{n} avenue Jean Jaurès, {z5:69007-69009} Lyon",
    "{n} rue de la Gare, {z5:67000-67200} Strasbourg", "Mannerheimintie {n} A {m}, {z5:00100-00290} Helsinki", "Hämeenkatu {n}, {z5:33100-33200} Tampere",
    "Storgata {n}, {z4:0155-0190} Oslo", "Kongens gate {n}, {z4:7011-7013} Trondheim", "Vestergade {n}, {m}. th., {z4:8000-8000} Aarhus C",
    "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa", "ul. Długa {n}, 80-{z3:800-899} Gdańsk", "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Via Garibaldi {n}, {z5:10122-10122} Torino", "Pärnu mnt {n}-{m}, {z5:10141-10148} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.com", "bredband.net", "hotmail.co.uk", "btinternet.com")  # fmt: skip
WORK = ("example.se", "energi.example.se", "kund.example.se", "example.com", "example.co.uk", "example.org")  # fmt: skip
FIRM_MAIL_SV = (
    ("kundservice", "elnat.example.se"), ("kundtjanst", "energi.example.se"), ("felanmalan", "elnat.example.se"),
    ("faktura", "fjarrvarme.example.se"), ("flytt", "energi.example.se"), ("matarbyte", "vatten.example.se"),
    ("drift", "elnat.example.se"), ("va-kundtjanst", "kommun.example.se"), ("info", "solkraft.example.se"),
)  # fmt: skip
FIRM_MAIL_EN = (
    ("customer.service", "energy.example.co.uk"), ("billing", "utility.example.com"), ("support", "water.example.co.uk"),
    ("outages", "power.example.com"), ("moving.home", "energy.example.co.uk"), ("hello", "octopus.example.co.uk"),
)  # fmt: skip
TITLES = {True: ("Mrs", "Ms", "Miss", "Dr", "Mrs"), False: ("Mr", "Mr", "Dr", "Mr")}


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
    """Every value of FL from one seeded Random; counts the head/tail split, the origins and forms."""

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
            and given[0][0] in pool.names[:60]
            and "-" not in given[0][0]
            and r.random() < 0.06
        ):
            second = r.choice(
                HYPHEN_SECOND[woman]
            )  # Anna-Karin, Karl-Johan: a second part people use
            if second != given[0][0]:
                given.append((second, "head"))
        middle = [self.pick(pool)]  # used by the F form only
        if middle[0][0] in (w for w, _ in given):
            middle = [self.pick(pool)]
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if (
            key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3
        ):  # typed without its letters
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
            self.forms["typed plain"] += 1
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
        given = plain(person.first).lower().replace("-", "").replace(" ", "")
        surname = plain(person.last).lower().replace("-", "").replace(" ", "").replace("'", "")
        local = r.choice((
            f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
            f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}",
        ))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self, english: bool) -> str:
        local, domain = self.rng.choice(FIRM_MAIL_EN if english else FIRM_MAIL_SV)
        return f"{local}@{domain}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "11",
                "19",
                "21",
                "16",
                "36",
                "54",
                "60",
                "90",
                "63",
                "35",
                "23",
                "26",
            )
        )
        area3 = r.choice(
            (
                "120",
                "155",
                "171",
                "220",
                "243",
                "281",
                "300",
                "322",
                "340",
                "380",
                "410",
                "413",
                "431",
                "451",
                "470",
                "480",
                "499",
                "510",
                "522",
                "550",
                "570",
                "586",
                "611",
                "620",
                "650",
                "660",
                "670",
                "691",
                "910",
                "920",
                "940",
                "960",
                "980",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"0{area2}{d}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"), (1, f"0{area3}/{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or a switchboard's number: 020, 0771, a city's switchboard."""
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:3]} {d[3:6]}", f"0770-{d[:3]} {d[3:6]}", f"08-{d[:3]} {d[3:6]} 00", f"031-{d[:3]} {d[3:5]} 00",
            f"0{r.choice(('90', '60', '18', '21', '54', '13'))}-{d[:2]} {d[2:4]} 00", f"+46 771 {d[:2]} {d[2:4]} {d[4:6]}",
            f"020{d[:6]}",
        ))  # fmt: skip

    def phone_uk(self, mobile: bool = False) -> str:
        r = self.rng
        d = self.digits(7)
        if mobile:
            return r.choice(
                (
                    f"07{r.choice('4579')}{d[:2]} {d[2:]}{self.digits(1)}",
                    f"07700 900{d[:3]}",
                    f"+44 7700 900{d[:3]}",
                    f"+44 (0)7{r.choice('4579')}{d[:2]} {d[2:]}{self.digits(1)}",
                )
            )
        return r.choice((
            f"07{r.choice('4579')}{d[:2]} {d[2:]}{self.digits(1)}", f"07700 900{d[:3]}", f"+44 7700 900{d[:3]}",
            f"+44 (0)7{r.choice('4579')}{d[:2]} {d[2:]}{self.digits(1)}", f"020 7946 0{d[:3]}", f"0113 496 0{d[:3]}",
            f"0161 {d[:3]} {d[3:7]}", f"0131 {d[:3]} {d[3:7]}", f"029 20{d[:2]} {d[2:6]}", f"01632 960{d[:3]}",
            f"0800 {d[:3]} {d[3:7]}", f"0345 {d[:3]} {d[3:7]}", f"0044 7{r.choice('4579')}{d[:2]} {d[2:]}{self.digits(1)}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(4)
        area = r.choice(
            ("612", "206", "303", "614", "608", "815", "916", "518", "919", "602", "503", "515")
        )
        return r.choice((
            f"({area}) 555-{d}", f"{area}-555-{d}", f"{area}.555.{d}", f"+1 {area} 555 {d}", f"1-800-555-{d}",
            f"+1 ({area}) 555-{d}", f"{area} 555 {d}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        return r.choice((
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 {r.choice('49')}{d[:7]}", f"0047 {r.choice('49')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)50 {d[:3]} {d[3:7]}",
            f"040 {d[:3]} {d[3:7]}", f"+49 (0)30 {d[:4]} {d[4:8]}", f"+49 1{r.choice('567')}{d[:1]} {d[1:8]}", f"0049 40 {d[:6]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+380 {r.choice(('50', '67', '93'))} {d[:3]} {d[3:5]} {d[5:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+1 206 555 0{d[:3]}", f"+44 7700 900{d[:3]}",
        ))  # fmt: skip

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen; `+`
        for someone past a hundred."""
        r = self.rng
        year = r.randrange(1917, 1927) if old else r.randrange(1931, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:  # past a hundred: `+` in the ten-digit form, or all twelve digits
            if roll < 0.75:
                self.forms["personnummer 10 with +"] += 1
                return f"{date}+{serial}{check}"
            self.forms["personnummer 12 with -"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.4:
            self.forms["personnummer 12 with -"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
            self.forms["personnummer 10 with -"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.forms["personnummer 12 plain"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["personnummer 10 plain"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.15:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def street_name(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self) -> str:
        return f"{self.street_name()} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the countryside's do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[30:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.82 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.04:
            out = "SE-" + out
        elif roll < 0.06:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.15):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
            self.forms["address lgh"] += 1
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
            self.forms["address tr"] += 1
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            self.forms["address Box"] += 1
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.25:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
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
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form` (see templates_fl.py): the value, then a genitive's ending."""
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form not in PERSON_FORMS)
        else form
    )
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    lead: list[Segment] = []
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
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "TS":
        words, value = surname, person.last
        lead = [(draw.rng.choice(TITLES[person.woman]) + " ", None)]
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "IM":
        words = middle + surname
        value = f"{person.first[0]}. {middle[0][0][0]}. {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base in ("R", "RU"):
        words = given + surname
        value = f"{person.last.upper() if base == 'RU' else person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [*lead, (value, "PERSON")]
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
    "TS",
    "I",
    "IM",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def anl() -> str:
        return "735999" + draw.digits(12)

    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "SN": lambda: (draw.street_name(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "FARM": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True) if r.random() < 0.7 else draw.eu_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "SNEN": lambda: (r.choice(UK_STREETS + US_STREETS[:8]), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone() if r.random() < 0.9 else draw.phone_x(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone(), "PHONE"),  # a Swedish number in an English row
        "PHUK": lambda: (draw.phone_uk() if r.random() < 0.85 else draw.phone_x(), "PHONE"),
        "PHUKM": lambda: (draw.phone_uk(mobile=True), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "EF": lambda: (draw.firm_email(english=False), "EMAIL"),
        "EFEN": lambda: (draw.firm_email(english=True), "EMAIL"),
        "PNR": lambda: (draw.national_id(old=r.random() < 0.04), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day} {MONTHS['en'][month - 1][:3]} 2027")), None),
        "TIME": lambda: (f"{r.randrange(6, 22)}{':' if en or r.random() < 0.3 else '.'}{r.choice(('00', '15', '30', '45', '10', '50'))}", None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "AMT": lambda: (f"{r.randrange(180, 9800):,} kr".replace(",", " "), None),
        "BIG": lambda: (f"{r.randrange(3000, 62000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 2400)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(40, 1900)}.{r.randrange(100):02d}", None),
        "KWH": lambda: (f"{r.randrange(90, 6400):,}".replace(",", " "), None),
        "MTR": lambda: (r.choice((f"{r.randrange(0, 99999):05d}", f"{r.randrange(0, 999999):06d}", f"{r.randrange(100, 99999)},{r.randrange(10)}")), None),
        "CUBIC": lambda: (f"{r.randrange(12, 2400)},{r.randrange(10)}", None),
        "KW": lambda: (str(r.choice((15, 20, 25, 30, 40, 60, 80))), None),
        "AMP": lambda: (r.choice(("16 A", "20 A", "25 A", "35 A", "3x16 A", "3 × 20 A")), None),
        "ANL": lambda: (anl(), None),
        "KNR": lambda: (str(r.randrange(100000, 99999999)), None),
        "FNR": lambda: (str(r.randrange(10**7, 10**10)), None),
        "OCR": lambda: (str(r.randrange(10**9, 10**15)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ORG": lambda: (f"55{r.randrange(6000, 9999)}-{r.randrange(1000, 9999)}", None),
        "CASE": lambda: (r.choice((f"ÄR-2027-{r.randrange(10000, 99999)}", f"{r.randrange(100000, 999999)}", f"INC{r.randrange(1000000, 9999999)}", f"AO {r.randrange(100000, 999999)}", f"2027-{r.randrange(1000, 9999)}")), None),
        "MNR": lambda: (r.choice((str(r.randrange(10**7, 10**8)), f"KAM-{r.randrange(100000, 999999)}", f"{r.randrange(10, 99)}K{r.randrange(1000000, 9999999)}", f"LGZ {r.randrange(1000000, 9999999)}")), None),
        "MPAN": lambda: (f"{r.randrange(10, 24)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)} {r.randrange(100, 999)}", None),
        "ACC": lambda: (r.choice((str(r.randrange(10**9, 10**10)), f"{r.randrange(1000, 9999)} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)}", f"{r.randrange(100, 999)}-{r.randrange(100000, 999999)}-{r.randrange(1, 9)}")), None),
        "CLEAR": lambda: (f"{r.randrange(3000, 9999)}, {r.randrange(10**6, 10**10)}", None),
        "FAST": lambda: (f"{r.choice(VILLAGES)} {r.randrange(1, 30)}:{r.randrange(1, 120)}", None),
        "AREA": lambda: (r.choice(DISTRICTS), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
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
    """FL's rows: every negative once, then positive rows from shuffled decks of each language's
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
        assert spans or (lang, template) in NEGATIVES, template[:40]
        seen.add(text)
        rows.append({
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def person_forms(text: str, start: int, end: int, forms: Counter[str]) -> None:
    value = text[start:end]
    forms["one word"] += " " not in value
    forms["three or more words"] += len(value.split()) >= 3
    forms["lower case"] += value.islower()
    forms["capitals"] += value.isupper() and len(value) > 1
    forms["lower-case given name alone"] += value.islower() and " " not in value
    forms["hyphen"] += "-" in value
    forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
    forms["Surname, Given"] += ", " in value
    forms["after @"] += text[start - 1 : start] == "@"
    forms["in brackets"] += text[start - 1 : start] == "(" and text[end : end + 1] == ")"
    forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", text[end : end + 2]))


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of FL is printed."""
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
                person_forms(text, span["start"], span["end"], forms)
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address street alone"] += not any(ch.isdigit() for ch in value)
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        f"without a value: {sum(empty.values())} ("
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f"); negatives {len(NEGATIVES)}"
    )
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}")
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(
        f"spans in all: {kinds[('PERSON', 'all')] + kinds[('ADDRESS', 'all')] + kinds[('PHONE', 'all')] + kinds[('EMAIL', 'all')] + kinds[('NATIONAL_ID', 'all')]}"
    )
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("draws: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def valid_personnummer(value: str) -> bool:
    match = re.fullmatch(r"(\d{2})?(\d{6})([-+]?)(\d{4})", value)
    if not match:
        return False
    century, date, sep, tail = match.groups()
    if century and sep == "+":
        return False
    return luhn(date + tail[:3]) == int(tail[3])


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["row keys"] += 1
        if row["id"] in ids:
            problems["id repeated"] += 1
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            kinds[span["kind"]] += 1
            if not 0 <= start < stop <= len(text):
                problems["span empty or out of bounds"] += 1
                continue
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            if span["kind"] == "NATIONAL_ID":
                problems["personnummer check digit"] += not valid_personnummer(value)
    problems = Counter({k: v for k, v in problems.items() if v})
    print(
        f"{path.name}: rows {rows}, ids {len(ids)}, spans "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    )
    print(
        "problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) if problems else "none")
    )
    return sum(problems.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file, print counts only"
    )
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out) else 0)
    draw = Draw(args.seed)
    rows = generate(args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
