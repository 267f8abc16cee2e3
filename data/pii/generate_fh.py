# ruff: noqa: E501
"""Generate held-out FH for personal-data detection (issue 15): names as the population has them,
the hundred-and-forty-third writer.

    python data/pii/generate_fh.py                          # writes data/pii/generated-heldout-fh.jsonl
    python data/pii/generate_fh.py --stats                  # counts only (sizes, forms, head/tail split)
    python data/pii/generate_fh.py --check                  # checks the written file, counts only
    python data/pii/generate_fh.py --seed 7 --out /tmp/x.jsonl  # a scratch seed, to read rows

FH's names are drawn by how often people really carry them: every name word comes from
`names_fh.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head of
a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population is.
The genre is opticians and hearing clinics (`templates_fh.py`): eye tests and prescriptions,
contact-lens subscriptions, hearing tests and hearing-aid fittings, referrals to eye clinics and
hearing care, frame and lens orders, repairs, recalls and reminders, home visits, driving-licence
eyesight certificates, staff chats and e-mails, in Swedish, English and both at once. Written by a
helper who does not tune the detector and who read only `generate_aw.py` (for the mechanics: the
seeded `Draw`, the slot filler, the row format and `--stats`), the sections "Held-out AW" and
"Held-out CL" of docs/privacy.md and the first line of `generated-heldout-u.jsonl`; not the
detector's rules, lexicons or tagger, nor any other set's names, templates or rows, nor any error
listing. FH was never run through the detector by its writer and its names were not checked
against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
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

from names_fh import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fh import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270220
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fh.jsonl"
SPLIT = "heldout-fh"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Kyrkogatan", "Nygatan",
    "Järnvägsgatan", "Stationsgatan", "Östra Hamngatan", "Västra Storgatan", "Södra Förstadsgatan",
    "Sankt Eriksgatan", "Götgatan", "Hornsgatan", "Fleminggatan", "Linnégatan", "Karlavägen",
    "Sveavägen", "Valhallavägen", "Björkvägen", "Tallvägen", "Granvägen", "Ekvägen", "Lindvägen",
    "Skogsvägen", "Ringvägen", "Industrivägen", "Kvarnvägen", "Solvägen", "Ängsvägen", "Backvägen",
    "Parkvägen", "Sjövägen", "Fågelvägen", "Lärkvägen", "Rönnvägen", "Idrottsvägen", "Gamla Vägen",
    "Norra Vägen", "Kopparsvängen", "Hagsvängen", "Lingonsvängen", "Blåbärssvängen", "Vallmosvängen",
    "Tegnérs allé", "Lindallén", "Kastanjeallén", "Björkallén", "Slottsallén", "Hammarby allé",
    "Kvarnbacken", "Kyrkbacken", "Tornbacken", "Solbacken", "Brunnsbacken", "Ekbacken",
    "Lövstigen", "Ekorrstigen", "Skogsstigen", "Blåklockestigen", "Rävstigen", "Smultronstigen",
    "Stortorget", "Lilla Torget", "Gustav Adolfs torg", "Järntorget", "Fisktorget",
    "Kungsplan", "Götaplatsen", "Mariaplan", "Stationsplan", "Sjöplan",
    "Klockargränd", "Smedjegränd", "Mäster Samuelsgatan", "Prästgatan", "Brogränd", "Fiskargränd",
    "Skeppsbrokajen", "Norra Kajen", "Södra Kajen", "Hamnkajen", "Strandkajen",
    "Hantverkargatan", "Bryggaregatan", "Tullgatan", "Trädgårdsgatan", "Långgatan", "Lilla Nygatan",
    "Rådhusgatan", "Ågatan", "Slottsgatan", "Nyponvägen", "Snickarvägen", "Mejerivägen",
    "Tingsvägen", "Klövervägen", "Videvägen", "Hjortronvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (the range each town's codes fall in).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 722, 725), ("Norrköping", 602, 605),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Karlstad", 652, 656), ("Växjö", 352, 352), ("Halmstad", 302, 302), ("Luleå", 972, 977),
    ("Östersund", 831, 831), ("Trollhättan", 461, 461), ("Kalmar", 392, 393), ("Falun", 791, 791),
    ("Skövde", 541, 541), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Visby", 621, 621),
    ("Nyköping", 611, 611), ("Borlänge", 781, 784), ("Varberg", 432, 432), ("Södertälje", 151, 152),
    ("Täby", 183, 187), ("Solna", 169, 171), ("Sollentuna", 191, 192), ("Nacka", 131, 132),
    ("Huddinge", 141, 141), ("Mölndal", 431, 431), ("Kungsbacka", 434, 434), ("Örnsköldsvik", 891, 892),
    ("Skellefteå", 931, 934), ("Piteå", 941, 946), ("Kiruna", 981, 981), ("Ystad", 271, 271),
    ("Trelleborg", 231, 231), ("Landskrona", 261, 261), ("Motala", 591, 591), ("Alingsås", 441, 441),
    ("Uddevalla", 451, 451), ("Lidköping", 531, 531), ("Enköping", 745, 745), ("Katrineholm", 641, 641),
    ("Hudiksvall", 824, 824), ("Mora", 792, 792), ("Härnösand", 871, 871), ("Norrtälje", 761, 761),
    ("Ängelholm", 262, 262), ("Hässleholm", 281, 281), ("Värnamo", 331, 331), ("Karlskoga", 691, 691),
)  # fmt: skip
RURAL = {
    "Östersund", "Kalmar", "Falun", "Skövde", "Kristianstad", "Visby", "Nyköping", "Varberg", "Kungsbacka",
    "Örnsköldsvik", "Skellefteå", "Piteå", "Kiruna", "Ystad", "Motala", "Alingsås", "Uddevalla", "Lidköping",
    "Enköping", "Katrineholm", "Hudiksvall", "Mora", "Härnösand", "Norrtälje", "Ängelholm", "Hässleholm",
    "Värnamo", "Karlskoga", "Trelleborg", "Umeå", "Luleå", "Växjö", "Borlänge", "Sundsvall",
}  # fmt: skip  # towns with countryside around them, for rural postcodes (xxx 9x)
# Villages and farms for rural addresses (by village name and number, rural postcodes xxx 9x).
VILLAGES = (
    "Västanby", "Österbyn", "Norrby", "Söderby", "Lillby", "Storbyn", "Kvarnby", "Bäckby", "Åsen",
    "Hagaby", "Lövnäs", "Sörgården", "Nybygget", "Ängetorp", "Bjärby", "Lerdala", "Hallstorp",
    "Skogsbo", "Ryd", "Tallnäs", "Gräsmyr", "Backa", "Mossebo", "Kärrby", "Holmsjö",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Albert Road", "Park Avenue",
    "Mill Lane", "The Crescent", "Queen's Road", "Manor Way", "Green Lane", "Kings Road",
    "London Road", "Orchard Close", "Springfield Drive", "Market Place", "Elm Grove", "Chapel Street",
    "Beech Avenue", "Windsor Terrace", "Meadow View", "Castle Street", "North Parade",
)  # fmt: skip
UK_LOCALITIES = ("Headingley", "Clifton", "Jesmond", "Moseley", "Roath", "Didsbury", "Heaton", "Southville", "Kelvinside")  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"), ("York", "YO"), ("Cardiff", "CF"),
    ("Edinburgh", "EH"), ("Glasgow", "G"), ("Manchester", "M"), ("Brighton", "BN"), ("Exeter", "EX"),
    ("Leicester", "LE"), ("Nottingham", "NG"), ("Sheffield", "S"), ("Oxford", "OX"),
    ("Cambridge", "CB"), ("Aberdeen", "AB"), ("Belfast", "BT"), ("Plymouth", "PL"), ("Bath", "BA"),
    ("Newcastle upon Tyne", "NE"), ("Birmingham", "B"), ("Liverpool", "L"), ("Swansea", "SA"),
)  # fmt: skip
LONDON = ("N7", "NW6", "SE15", "SW11", "E17", "W4", "N16", "SE22", "E8", "SW2")
UK_HOUSES = ("Rose Cottage", "The Old Vicarage", "Ivy House", "Flat 2, Linden Court", "Orchard House", "Willow Barn", "Apartment 14, Riverside Quay")  # fmt: skip
US_STREETS = (
    "Maple Avenue", "Oak Street", "Main Street", "Lake Street", "Pine Ridge Road", "Elm Drive",
    "Washington Avenue", "Park Place", "Cedar Lane", "Hillcrest Road", "Sunset Boulevard",
    "Lincoln Street", "2nd Street NE", "Summit Avenue", "Grand Avenue", "University Avenue",
)  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Saint Paul", "MN", 551), ("Seattle", "WA", 981),
    ("Chicago", "IL", 606), ("Boston", "MA", 21), ("Austin", "TX", 787), ("Denver", "CO", 802),
    ("Portland", "OR", 972), ("Madison", "WI", 537), ("Brooklyn", "NY", 112), ("San Diego", "CA", 921),
    ("Rockford", "IL", 611), ("Jamestown", "NY", 147), ("Lindsborg", "KS", 674), ("Ann Arbor", "MI", 481),
)  # fmt: skip
# Addresses elsewhere in Europe, each as written there: {n} a number, {zW:LO-HI} a postcode.
EUROPE = (
    "Lindenstraße {n}, {z5:10115-14199} Berlin", "Schillerstraße {n}, {z5:80331-81929} München",
    "{n} rue des Lilas, {z5:69001-69009} Lyon", "{n} avenue de la République, {z5:75011-75011} Paris",
    "Mannerheimintie {n} A {m}, {z5:100-990} Helsinki", "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere",
    "Storgata {n}, {z4:150-190} Oslo", "Kong Oscars gate {n}, {z4:5017-5018} Bergen",
    "Vesterbrogade {n}, {m}. th., {z4:1620-1799} København V", "Nørregade {n}, {z4:8000-8000} Aarhus C",
    "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk", "ul. Marszałkowska {n} m. {m}, 00-{z3:100-699} Warszawa",
    "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Via Roma {n}, {z5:20121-20123} Milano", "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien",
    "Bahnhofstrasse {n}, {z4:8001-8001} Zürich", "Tartu mnt {n}-{m}, {z5:10115-10117} Tallinn",
    "Ferhadija {n}, {z5:71000-71000} Sarajevo", "Knez Mihailova {n}, {z5:11000-11000} Beograd",
    "Kazım Karabekir Cad. No: {n} D: {m}, {z5:34000-34999} İstanbul", "Rua Augusta {n}, {m}º Esq., 1100-{z3:100-999} Lisboa",
    "{n} Ranelagh Road, Dublin 6, D06 {L2}{m}{m}",
)  # fmt: skip
# Swedish area codes (two-digit cities, three-digit towns) and US area codes for 555-01xx numbers.
AREA2 = ("31", "40", "18", "13", "19", "21", "16", "54", "90", "11", "36", "60", "63", "23", "26", "35", "46")  # fmt: skip
AREA3 = ("152", "171", "220", "240", "300", "340", "346", "380", "410", "431", "451", "454", "470", "480", "498", "510", "520", "522", "550", "570", "611", "620", "650", "660", "680", "910", "920", "980")  # fmt: skip
US_AREAS = ("612", "651", "206", "312", "617", "512", "303", "503", "608", "718", "619", "815", "716", "785", "734")  # fmt: skip
WEBMAIL = ("gmail.com", "hotmail.com", "outlook.com", "yahoo.se", "icloud.com", "live.se", "telia.com", "bredband2.com", "hotmail.co.uk", "yahoo.com", "comcast.net")  # fmt: skip
WORK = ("synhuset.example.se", "klarsyn.example.se", "horsel.example.se", "regionen.example.se", "example.se", "example.com", "eyecare.example.co.uk", "audiology.example.com")  # fmt: skip
FIRM_BOXES = ("info", "bokning", "kundservice", "horsel", "optik", "linser", "reception", "appointments", "hello", "orders", "faktura", "remiss", "verkstad", "support")  # fmt: skip


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
    """Every value of FH from one seeded Random; counts the head/tail split, origins and forms."""

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
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "finnish": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.035 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
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
        given = plain(person.first).lower().replace("-", "")
        surname = (
            plain(person.surname[0][0]).lower().replace(" ", "").replace("-", "").replace("'", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else WEBMAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        return f"{r.choice(FIRM_BOXES)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (1, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm, the cities and the smaller towns' three-digit areas."""
        r = self.rng
        d = self.digits(8)
        area2 = r.choice(AREA2)
        area3 = r.choice(AREA3)
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area2}{d[:7]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 (0){area2}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0046 {area3} {d[:3]} {d[3:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.6 else self.landline()

    def firm_phone(self) -> str:
        """A clinic's or a firm's number: switchboards, 010-, 020- and 0771- numbers, city landlines."""
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"010-{d[:3]} {d[3:5]} {d[5:]}", f"010-{d[:3]} {d[3:]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:]}",
            f"0200-{d[:2]} {d[2:4]} {d[4:6]}", self.landline(), self.landline(), self.landline(),
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(4)
        shapes = (
            f"020 7946 0{d[:3]}", f"0161 496 0{d[:3]}", f"0113 496 0{d[:3]}", f"0117 496 0{d[:3]}",
            f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)113 496 0{d[:3]}",
            f"+44 20 7946 0{d[:3]}", f"(01632) 960{d[:3]}", f"01632 960 {d[:3]}", f"0131 496 0{d[:3]}",
            f"029 2018 {d}", f"0044 7700 900{d[:3]}", f"0800 {r.randrange(100, 999)} {d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(US_AREAS)
        d = f"01{self.digits(2)}"
        shapes = (
            f"({area}) 555-{d}", f"{area}-555-{d}", f"+1 {area} 555 {d}", f"{area}.555.{d}",
            f"1-{area}-555-{d}", f"+1 ({area}) 555-{d}", f"1-800-555-{d}", f"{area} 555 {d}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"{r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"00358 50 {d[:7]}", f"+49 30 {d[:8]}", f"0171 {d[:7]}", f"+49 (0)89 {d[:3]} {d[3:7]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+31 6 {d[:8]}", f"+31 (0)6-{d[:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 750 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+252 61 {d[:7]}", f"+98 912 {d[:3]} {d[3:7]}", f"+387 61 {d[:3]} {d[3:6]}", f"+385 91 {d[:3]} {d[3:7]}",
            f"+66 81 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}", f"+380 67 {d[:3]} {d[3:7]}",
            f"+291 7 {d[:6]}", f"+93 70 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+353 87 {d[:3]} {d[3:7]}",
            f"087 {d[:3]} {d[3:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+43 664 {d[:7]}", f"+354 6{d[:2]} {d[2:6]}",
            f"+86 139 {d[:4]} {d[4:8]}", f"+1 (416) 555-01{d[:2]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, born: tuple[int, int] = (1932, 2021)) -> str:
        """A personnummer with a valid check digit, born in `born`; `+` in the ten-digit form past a hundred."""
        r = self.rng
        year = r.randrange(*born)
        centenarian = year < 1927
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if centenarian:
            if roll < 0.7:
                return f"{date}+{serial}{check}"
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.13:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def street_name(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self) -> str:
        return f"{self.street_name()} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice([t for t in SV_TOWNS if t[0] in RURAL] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        code = f"{r.randrange(low, high + 1)}{tail}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        roll = r.random()
        if roll < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.09:
            out = "SE-" + out
        elif roll < 0.11:
            out += ", Sverige"
        return out

    def rural(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(
        self, lines: bool = False, lgh: bool = False, rural: bool | None = None, firm: bool = False
    ) -> str:
        """A Swedish address; a firm's has no flat, floor or village, a home's may have any."""
        r = self.rng
        if rural is None:
            rural = not firm and r.random() < 0.15
        street = self.rural() if rural else self.sv_street()
        roll = 1.0 if firm else r.random()
        if not rural and (lgh or roll < 0.13):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        elif not rural and roll < 0.19:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and roll < 0.22:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.7:
            joint = "\n" if r.random() < 0.3 else ", "
            return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal()}"
        if roll < 0.85:
            return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        inward = f"{r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        if r.random() < 0.15:
            town, code = "London", f"{r.choice(LONDON)} {inward}"
        else:
            town, area = r.choice(UK_TOWNS)
            code = f"{area}{r.randrange(1, 20)} {inward}"
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.18:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 20)}, {street}"
        if lines:
            locality = f"\n{r.choice(UK_LOCALITIES)}" if r.random() < 0.3 else ""
            return f"{street.replace(', ', chr(10))}{locality}\n{town}\n{code}"
        return f"{street}, {town} {code}" if r.random() < 0.75 else f"{street}, {town}, {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 400)}".replace(
                "# ", "#"
            )
        tail = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{tail}" if lines else f"{street}, {tail}"

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
        out = out.replace("{L2}", r.choice("ACDEFHKNPRTVWXY") + r.choice("ACDEFHKNPRTVWXY"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        if lines:  # the street (and flat) on one line, the postcode and town on the next
            street, _, town = out.rpartition(", ")
            return f"{street}\n{town}"
        return out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, GM with a middle
    initial, G/g the given name (sometimes its short form), N/n the short form where the name has
    one, GU the given name in capitals, S/s the surname, SU in capitals, I an initial and the
    surname, Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`,
    E an e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    r = draw.rng
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (form not in PERSON_FORMS and form.endswith("s")) else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base == "GM":
        initial = middle[0][0][0] if middle else r.choice("ABCDEFGHJKLMNPRST")
        words, value = given + surname, f"{person.first} {initial}. {person.last}"
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = draw.nickname(person, 0.85 if base in ("N", "n") else 0.07 if base != "GU" else 0)
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
        if middle and r.random() < 0.3:
            value = f"{person.first[0]}. {middle[0][0][0]}. {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif base in ("R", "RU"):
        words = given + surname
        value = f"{person.last.upper() if base == 'RU' else person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "GM", "G", "g", "N", "n", "GU", "S", "s", "SU", "I", "Gi", "R", "RU", "E"}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")

CLINICS_SV = ("Synhuset", "Optikhörnan", "Klarsyn Optik", "Ögonblick Optik", "Hörselhuset", "Hörcentrum Norr", "Brilleriet", "Synsam", "Specsavers", "Smarteyes", "Synoptik", "Audionomerna", "Hörselkliniken City", "Linsbolaget", "Glasögonmagasinet", "Optikcentrum", "Hörselmottagningen Söder", "Skärgårdens Optik", "Fjällsyn Optik & Hörsel")  # fmt: skip
CLINICS_EN = ("Specsavers", "Vision Express", "Hidden Hearing", "Amplifon", "Clearview Opticians", "Brightsight Eyecare", "Harbourside Hearing", "Northgate Optometry", "Costco Optical", "Lakeside Audiology", "Summit Vision Care", "the Eye Centre", "Riverside Hearing Clinic")  # fmt: skip
CARE = ("Vårdcentralen Centrum", "Hälsocentralen Norr", "Vårdcentralen Gripen", "Närhälsan Torslanda", "Vårdcentralen Väster", "Capio Vårdcentral Lund", "Hälsocentralen Ekhagen", "Vårdcentralen Linden")  # fmt: skip
FRAMES = ("Ray-Ban RB2140 Wayfarer", "Ray-Ban RB5154 49□21", "Persol PO0714", "Silhouette Momentum 5529", "Prodesign 4706", "Vogue VO5051S", "Carrera 8873", "Etnia Barcelona Vintage 05", "Polaroid PLD 1013", "Nike Flexon 7924", "Face à Face Bocca 2", "Ray-Ban Round RB3447", "Tiger of Sweden TS 401")  # fmt: skip
LENSES = ("Acuvue Oasys 1-Day", "Dailies Total1", "Biofinity", "Air Optix plus HydraGlyde", "Precision1", "MyDay", "SofLens 59", "Clariti 1 day", "Acuvue Oasys for Astigmatism", "Biofinity toric")  # fmt: skip
AIDS = ("Phonak Audéo Lumity L90", "Oticon Intent 1", "Signia Pure Charge&Go AX", "Widex Moment Sheer", "ReSound Nexia 9", "Unitron Vivante", "Oticon Real 2", "Phonak Naída P70", "Signia Insio", "Widex SmartRIC")  # fmt: skip
DOGS = ("Molly", "Ludde", "Sigge", "Bamse", "Nemo", "Tess", "Buster", "Zelda", "Kiwi", "Bonnie")
TOWNS_EN = ("Leeds", "Bristol", "York", "Cardiff", "Edinburgh", "Manchester", "Norwich", "Minneapolis", "Seattle", "Boston", "Madison")  # fmt: skip


def _sph(r: Random, sep: str) -> str:
    value = r.choice((-1, -1, -1, 1)) * r.randrange(1, 33) * 0.25
    return f"{value:+.2f}".replace(".", sep)


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    cyl = f"-{r.randrange(1, 9) * 0.25:.2f}"
    half = r.randrange(29, 35)  # half a pupillary distance, mm
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AF": lambda: (draw.sv_address(firm=True), "ADDRESS"),
        "AFL": lambda: (draw.sv_address(lines=True, firm=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "LGH": lambda: (draw.sv_address(lgh=True, rural=False, lines=r.random() < 0.4), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STR": lambda: (draw.street_name(), "ADDRESS"),
        "str": lambda: (draw.street_name().lower(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address(lines=False)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRA": lambda: (draw.national_id((1940, 2006)), "NATIONAL_ID"),
        "PNRS": lambda: (draw.national_id((1928, 1962)), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id((2008, 2022)), "NATIONAL_ID"),
        "PNROLD": lambda: (draw.national_id((1919, 1927)), "NATIONAL_ID"),
        "MAILF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}/{month} 2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "DOB": lambda: (f"{r.randrange(1, 29):02d}/{r.randrange(1, 13):02d}/{r.randrange(1936, 2019)}", None),
        "MONTH": lambda: (MONTHS["en" if en else "sv"][month - 1], None),
        "TIME": lambda: (f"{r.randrange(8, 19)}{':' if en else r.choice('.:')}{r.choice(('00', '15', '20', '30', '40', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(8, 18)}:{r.choice(('00', '15', '30', '45'))}", f"{r.randrange(8, 12)}.{r.choice(('00', '15', '30'))}am", f"{r.randrange(1, 6)}.{r.choice(('00', '15', '30'))}pm")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "WEEK": lambda: (str(r.randrange(2, 52)), None),
        "NUM": lambda: (str(r.randrange(2, 95)), None),
        "IOP": lambda: (str(r.randrange(22, 36)), None),
        "AGE": lambda: (str(r.randrange(19, 96)), None),
        "SUB": lambda: (f"{r.choice((149, 199, 229, 249, 299, 349, 399, 449))} kr", None),
        "AMT": lambda: (f"{r.randrange(95, 42000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(10, 3200)}.{r.choice(('00', '50', '99', '95'))}", None),
        "USD": lambda: (f"${r.randrange(10, 1500):,}.{r.choice(('00', '50', '99'))}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 99999)}-{r.randrange(10, 99)}", f"#{r.randrange(10000, 999999)}", f"FH{r.randrange(100000, 999999)}", f"{r.randrange(2025, 2028)}-{r.randrange(1, 9999):04d}")), None),
        "SERIAL": lambda: (f"SN {r.randrange(1000, 9999)}{r.choice('ABCDEFGH')}{r.randrange(100, 999)}", None),
        "ORGNR": lambda: (f"55{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "NHS": lambda: (f"{r.randrange(400, 499)} {r.randrange(100, 999)} {r.randrange(1000, 9999)}", None),
        "RX": lambda: (f"sf {_sph(r, ',')} cyl {cyl.replace('.', ',')} ax {r.randrange(1, 181)}", None),
        "RXEN": lambda: (f"SPH {_sph(r, '.')} CYL {cyl} AX {r.randrange(1, 181):03d}", None),
        "SPH": lambda: (_sph(r, "." if en else ","), None),
        "ADD": lambda: (f"+{r.randrange(3, 11) * 0.25:.2f}".replace(".", "," if not en else "."), None),
        "PD": lambda: (r.choice((f"{r.randrange(56, 72)} mm", f"{half}/{half + r.randrange(-1, 2)}")), None),
        "VIS": lambda: (r.choice(("0,5", "0,6", "0,8", "1,0", "1,0", "1,2", "0,3")), None),
        "DB": lambda: (f"{r.randrange(2, 16) * 5} dB", None),
        "CLINIC": lambda: (r.choice(CLINICS_SV), None),
        "CLINICEN": lambda: (r.choice(CLINICS_EN), None),
        "CARE": lambda: (r.choice(CARE), None),
        "FRAME": lambda: (r.choice(FRAMES), None),
        "LENS": lambda: (r.choice(LENSES), None),
        "AID": lambda: (r.choice(AIDS), None),
        "DOG": lambda: (r.choice(DOGS), None),
        "TOWN": lambda: (r.choice(TOWNS_EN) if en else r.choice(SV_TOWNS)[0], None),
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
        base = base[:-1] if base not in PERSON_FORMS and base.endswith("s") else base
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
    """FH's rows: every negative once, then positive rows from shuffled decks of each language's
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
    sep = "+" if "+" in value else "-" if "-" in value else "none"
    return f"{len(digits)} digits, {sep}"


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of FH is printed."""
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
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address after c/o"] += (
                    "c/o" in text[max(0, span["start"] - 40) : span["start"]]
                )
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans in all: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer forms: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(f"nicknames: {draw.forms['nickname']}, typed plain: {draw.forms['typed plain']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for k in ORIGINS if not draw.origins[k]]
    print(f"origins never drawn: {missing or 'none'}")
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only (no row, no value)."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    keys = ["id", "split", "lang", "text", "spans"]
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys not as heldout-u's"] += list(row) != keys
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        problems["split wrong"] += row["split"] != SPLIT
        problems["lang unknown"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            problems["span empty or out of bounds"] += not (0 <= start < stop <= len(text))
            problems["span unsorted or overlapping"] += start < end
            problems["whitespace at a span's edge"] += value != value.strip()
            problems["kind unknown"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                problems["personnummer check digit wrong"] += len(digits) != 10 or luhn(
                    digits[:9]
                ) != int(digits[9])
            end = stop
    print(f"{path.name}: {rows} rows, {len(ids)} ids")
    print(f"sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return 1 if bad else 0


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
        sys.exit(check(args.out))
    draw = Draw(args.seed)
    rows = generate(args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    if args.seed != SEED and args.out == OUT:
        sys.exit("a scratch seed needs --out: the set's own file is written with SEED only")
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
