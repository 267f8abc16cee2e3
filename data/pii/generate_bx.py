# ruff: noqa: E501
"""Generate held-out bx for personal-data detection: names as the population has them, a
fifty-fifth writer (offices, deliveries and equipment).

    python data/pii/generate_bx.py           # writes data/pii/generated-heldout-bx.jsonl
    python data/pii/generate_bx.py --stats   # counts only, writes nothing
    python data/pii/generate_bx.py --check   # checks the written file, counts only
    python data/pii/generate_bx.py --seed 7 --out /tmp/x.jsonl   # a scratch seed

bx's names are drawn by how often people carry them (`names_bx.py`: SCB's ranks for Sweden, the
US Census 1990 per cents, the ONS rankings for the UK, the commonest names of the origins common
in Sweden and of the suppliers' countries), 80% from the head of a list and 20% from its tail,
mixed by the language of the row. The genre is offices and their things (`templates_bx.py`):
procurement and deliveries of equipment to offices and to people working from home, couriers,
returns and repairs, office moves and facilities, contracts with suppliers in Sweden and abroad,
invoices and packing lists, IT asset registers, e-mails with signatures and chat between
colleagues. Written by a helper who tunes nothing and who read neither the detector nor any other
set's names, templates or rows; bx was never run through the detector by its writer. Stdlib
only; one seeded Random: same seed, same bytes.
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

from names_bx import (  # noqa: E402
    HEAD_SHARE,
    MIXES,
    NICKNAMES,
    ORIGINS,
    SV_HYPHEN_F,
    SV_HYPHEN_M,
    Pool,
    ascii_mail,
    feminine,
    plain,
)
from templates_bx import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270132
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bx.jsonl"
SPLIT = "heldout-bx"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Streets where offices, warehouses and homes are: every common Swedish form.
SV_STREETS = (
    "Kungsgatan", "Drottninggatan", "Sveavägen", "Vasagatan", "Hamngatan", "Birger Jarlsgatan",
    "Regeringsgatan", "Sankt Eriksgatan", "Hornsgatan", "Götgatan", "Torsgatan", "Västra Hamngatan",
    "Kungsportsavenyen", "Stora Nygatan", "Södra Förstadsgatan", "Industrigatan", "Fabriksgatan",
    "Verkstadsgatan", "Lagervägen", "Transportvägen", "Mölndalsvägen", "Storgatan", "Järnvägsgatan",
    "Västra Järnvägsgatan", "Isafjordsgatan", "Frösundaleden", "Arenavägen", "Lindhagensgatan",
    "Textilgatan", "Hammarby allé", "Ringvägen", "Skeppsbron", "Stora Badhusgatan", "Lilla Nygatan",
    "Kistagången", "Finlandsgatan", "Gustav III:s Boulevard", "Svetsarvägen", "Smidesvägen",
    "Truckvägen", "Kabelvägen", "Marieholmsgatan", "Krokslätts Fabriker", "Bergkällavägen",
    "Ekensbergsvägen", "Björkvägen", "Granvägen", "Lärkstigen", "Blåbärsstigen", "Kyrkbacken",
    "Solbacken", "Eriksbergs backe", "Stortorget", "Järntorget", "Möllevångstorget", "Smedgränd",
    "Tulpangränd", "Lindallén", "Kastanjeallén", "Stationsplan", "Hamnplan", "Norra Stationsgatan",
    "Östra Hamngatan", "Dalagatan", "Odengatan", "Sibyllegatan", "Klarabergsgatan", "Mäster Samuelsgatan",
    "Rosenlundsgatan", "Magasinsgatan", "Lilla Bommens torg", "Terminalvägen", "Godsvägen",
    "Kvarnvägen", "Skolgatan", "Tingsvägen", "Hantverkargatan", "Bryggargatan", "Sjöviksvägen",
)  # fmt: skip
# Towns with the range of the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 118), ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Kista", 164, 164),
    ("Bromma", 167, 168), ("Hägersten", 126, 129), ("Johanneshov", 121, 121), ("Nacka", 131, 131),
    ("Täby", 183, 187), ("Huddinge", 141, 141), ("Södertälje", 151, 152), ("Uppsala", 752, 757),
    ("Göteborg", 411, 427), ("Mölndal", 431, 431), ("Kungsbacka", 434, 434), ("Borås", 503, 507),
    ("Trollhättan", 461, 461), ("Malmö", 211, 218), ("Lund", 222, 227), ("Helsingborg", 252, 256),
    ("Halmstad", 302, 305), ("Linköping", 582, 589), ("Norrköping", 602, 603), ("Jönköping", 553, 556),
    ("Västerås", 721, 725), ("Örebro", 702, 705), ("Eskilstuna", 632, 635), ("Nyköping", 611, 611),
    ("Karlstad", 652, 656), ("Gävle", 802, 806), ("Falun", 791, 791), ("Sundsvall", 852, 857),
    ("Östersund", 831, 832), ("Umeå", 903, 907), ("Luleå", 972, 975), ("Skövde", 541, 541),
    ("Växjö", 352, 355), ("Kalmar", 392, 393), ("Karlskrona", 371, 371), ("Visby", 621, 621),
)  # fmt: skip
# Foreign addresses: `|` is a break, written `, ` on one line or a new line over lines.
ABROAD = {
    "uk": (
        "Unit {n}, Riverside Park|Leeds LS{r:1-28} {d}{LL}", "{n} Deansgate|Manchester M3 {d}{LL}",
        "Suite {n}, 2nd Floor, 10 Queen Street Place|London EC4R {d}{LL}", "{n} Temple Row|Birmingham B2 {d}{LL}",
        "Unit {n}B, Kingsway Business Park|Rochdale OL16 {d}{LL}", "{n} Broad Street|Bristol BS1 {d}{LL}",
        "{n} St Vincent Street|Glasgow G2 {d}{LL}", "Building {m}, Thames Valley Park|Reading RG6 {d}{LL}",
    ),
    "ie": (
        "Block {L}, Eastpoint Business Park|Dublin 3, D03 {E4}", "Unit {n}, Airways Industrial Estate, Santry|Dublin 17, D17 {E4}",
        "{n} Patrick Street|Cork T12 {E4}", "{n} Harcourt Street|Dublin 2, D02 {E4}", "Unit {m}, Galway Technology Park|Galway H91 {E4}",
    ),
    "de": (
        "Hauptstraße {n}|{z5:10115-10999} Berlin", "Friedrichstraße {n}|{z5:10117-10119} Berlin",
        "Industriestraße {n}|{z5:70173-70629} Stuttgart", "Am Sandtorkai {n}|{z5:20457-20457} Hamburg",
        "Leopoldstraße {n}|{z5:80802-80807} München", "Gewerbering {n}|{z5:41460-41469} Neuss",
        "Mainzer Landstraße {n}|{z5:60325-60329} Frankfurt am Main",
    ),
    "nl": (
        "Herengracht {n}|{z4:1011-1019} {L2} Amsterdam", "Stationsplein {n}|{z4:3511-3511} {L2} Utrecht",
        "Westblaak {n}|{z4:3012-3012} {L2} Rotterdam", "Flight Forum {n}|{z4:5657-5657} {L2} Eindhoven",
        "Hoofdweg {n}|{z4:2131-2134} {L2} Hoofddorp",
    ),
    "pl": (
        "ul. Marszałkowska {n}|00-{z3:100-999} Warszawa", "ul. Grunwaldzka {n}/{m}|80-{z3:200-299} Gdańsk",
        "ul. Półwiejska {n}|61-{z3:800-899} Poznań", "al. Jana Pawła II {n}|00-{z3:100-999} Warszawa",
        "ul. Legnicka {n}|54-{z3:100-299} Wrocław", "ul. Wadowicka {n}|30-{z3:400-499} Kraków",
    ),
    "in": (
        "{o} Floor, Tower {L}, Cyber City|Gurugram 122002", "Plot No. {n}, Sector 62|Noida 201309",
        "No. {n}, 2nd Cross, Indiranagar|Bengaluru 560038", "{n}, MIDC Industrial Area, Andheri East|Mumbai 400093",
        "Unit {n}, Tidel Park, Taramani|Chennai 600113", "Level {m}, Hitec City, Madhapur|Hyderabad 500081",
        "{o} Floor, Block {L}, Magarpatta City, Hadapsar|Pune 411013",
    ),
    "us": (
        "{n} Commerce Drive, Suite {m}00|Austin, TX 78701", "{n} Market Street|San Francisco, CA 94105",
        "{n} Industrial Parkway|Columbus, OH 43219", "One Penn Plaza, Suite {n}|New York, NY 10119",
        "{n} W Monroe St|Chicago, IL 60603", "{n} Riverside Avenue|Jacksonville, FL 32202",
        "{n} Logistics Way, Building {L}|Memphis, TN 38118",
    ),
}  # fmt: skip
PRIVATE_MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.com", "hotmail.se")  # fmt: skip
WORK_MAIL = {
    "sv": ("example.se", "kontor.example.se", "kontorsgruppen.se", "lagerhuset.se", "nordfrakt.se", "it.example.se", "fastighet.example.se"),
    "en": ("example.com", "example.co.uk", "brightdesk.ie", "example.de", "example.nl", "example.pl", "example.in", "mail.example.com"),
}  # fmt: skip
ROLE_MAIL = {
    "sv": ("order", "leverans", "faktura", "reception", "it-support", "helpdesk", "kundtjanst", "retur", "kontor", "info", "inkop", "service", "noreply", "fastighet"),
    "en": ("orders", "support", "returns", "invoices", "accounts.payable", "facilities", "reception", "rma", "noreply", "sales", "helpdesk", "logistics", "info"),
}  # fmt: skip
PRODUCTS = (
    "Dell Latitude 5450", "Lenovo ThinkPad T14 Gen 5", "HP EliteBook 840 G11", "MacBook Pro 14",
    "MacBook Air 13", "Dell P2425H", "Samsung ViewFinity S8", "Logitech MX Keys", "Logitech MX Master 3S",
    "Jabra Evolve2 65", "Poly Voyager Focus 2", "HP USB-C Dock G5", "Lenovo ThinkPad Universal Dock",
    "iPhone 15", "Samsung Galaxy S24", "Yealink T54W", "Brother HL-L5210DN", "Ricoh IM C3000",
    "Fellowes Powershred 79Ci", "Kinnarps Oasis", "Kinnarps 8000 Capella", "HÅG Capisco",
    "Ergotron LX", "Poly Studio X50", "Microsoft Surface Pro 10", "iPad Air", "APC Back-UPS 700",
)  # fmt: skip
CARRIERS = ("PostNord", "DHL Express", "DB Schenker", "UPS", "Bring", "FedEx", "Budbee", "Instabox", "Airmee", "DHL Freight")  # fmt: skip
FIRMS = (
    "Atea", "Dustin", "Inet", "Komplett", "Kinnarps", "EFG", "Lyreco", "Staples", "Ricoh",
    "Canon", "Konica Minolta", "Iron Mountain", "Securitas", "ISS", "Coor", "Sodexo", "Regus",
    "Vasakronan", "Castellum", "Fabege", "Nordic Office Supply AB", "Kontorsgruppen i Norden AB",
    "Lagerhuset Logistik AB", "Brightdesk Ltd", "Bürowelt GmbH", "KantoorPlus B.V.",
)  # fmt: skip
UK_STREETS = ("Deansgate", "Broad Street", "Temple Row", "St Vincent Street", "Harcourt Street", "Patrick Street", "Queen Street", "Victoria Road", "Station Road", "Park Lane")  # fmt: skip
ROOMS = ("C-611", "B4:12", "Plan 4", "rum 3.14", "A-203", "konferensrum Vänern", "konferensrum Kebnekaise", "mötesrum Göta", "D-1102", "E5-07", "Plan 2", "rum 512")  # fmt: skip
ROOMS_EN = ("C-611", "Room 4.12", "Level 3", "Floor 5", "Meeting Room Thames", "Boardroom", "B-207", "Suite 3A", "Room Liffey", "Hub 2")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of nine digits (a personnummer's YYMMDDNNN, an org number's first nine)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def valid_pnr(digits: str) -> bool:
    """Ten or twelve digits that read as a personnummer: a date (or samordningsnummer) and the check."""
    if len(digits) == 12:
        digits = digits[2:]
    if len(digits) != 10:
        return False
    month, day = int(digits[2:4]), int(digits[4:6])
    if not (1 <= month <= 12 and (1 <= day <= 31 or 61 <= day <= 91)):
        return False
    return luhn(digits[:9]) == int(digits[9])


def lookalike_ok(text: str) -> bool:
    """A look-alike is no value: no run of digits in it reads as a personnummer or a mobile."""
    for run in re.findall(r"\d[\d\- +]*\d", text):
        digits = re.sub(r"\D", "", run)
        if (
            valid_pnr(digits)
            or (len(digits) >= 10 and digits.startswith(("07", "467")))
            or (8 <= len(digits) <= 11 and digits.startswith("0"))
        ):
            return False
    return True


@dataclass
class Person:
    woman: bool
    origin: str
    given: list[Word]  # one word, or two joined by a hyphen (`Anna-Karin`)
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "
    shown: dict[str, str] = field(default_factory=dict)  # the given name as first written in a row

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of bx from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.decks: dict[str, list[str]] = {}

    def deck(self, name: str, items: tuple[str, ...]) -> str:
        """The next of `items` from a shuffled deck: every one before any comes again."""
        if not self.decks.get(name):
            self.decks[name] = list(items)
            self.rng.shuffle(self.decks[name])
        return self.decks[name].pop()

    def pick(self, pool: Pool) -> Word:
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE or pool.head >= len(pool.names) else "tail"
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
        if key == "swedish" and r.random() < 0.05:  # Ann-Christin, Karl-Johan, or two joined
            if r.random() < 0.7:
                given = [self.pick(SV_HYPHEN_F if woman else SV_HYPHEN_M)]
            else:
                second = self.pick(pool)
                if second[0] != given[0][0]:
                    given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3}.get(key, 0.04):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.04 and " " not in surname[0][0]:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (surname[0][0] == surname[1][0] or " " in surname[1][0]):
            surname.pop()
        if (
            key in ("polish", "bcs", "turkish", "latin", "german") and r.random() < 0.3
        ):  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def nickname(self, person: Person, share: float) -> str | None:
        forms = NICKNAMES.get(person.origin, {}).get(person.first)
        if forms and self.rng.random() < share:
            self.forms["nickname"] += 1
            return self.rng.choice(forms)
        return None

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def domain(self, work: bool) -> str:
        r = self.rng
        if not work:
            return r.choice(PRIVATE_MAIL)
        side = "en" if self.lang == "en" or (self.lang == "mixed" and r.random() < 0.4) else "sv"
        return r.choice(WORK_MAIL[side])

    def email(self, person: Person) -> str:
        r = self.rng
        given = ascii_mail(person.first)
        surname = ascii_mail(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}", f"{given[:3]}{surname[:3]}"))  # fmt: skip
        out = f"{local}@{self.domain(r.random() < 0.6)}"
        return out.upper() if r.random() < 0.03 else out

    def role_email(self) -> str:
        r = self.rng
        side = "en" if self.lang == "en" or (self.lang == "mixed" and r.random() < 0.4) else "sv"
        return f"{r.choice(ROLE_MAIL[side])}@{r.choice(WORK_MAIL[side])}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile, landline, switchboard or service number, as people write it."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "19",
                "21",
                "16",
                "54",
                "90",
                "63",
                "23",
                "26",
                "11",
                "60",
                "35",
                "36",
                "46",
            )
        )
        area3 = r.choice(
            (
                "152",
                "171",
                "155",
                "300",
                "320",
                "340",
                "410",
                "480",
                "500",
                "510",
                "520",
                "660",
                "910",
                "920",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (9, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"),
            (7, f"08-{d[:3]} {d[3:6]} {r.choice(('00', '10', '50'))}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (2, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (2, f"08-{d[:3]}{d[3:6]}{self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0{area2} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}-{d[:3]} {d[3:5]}"),
            (4, f"010-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"010 {d[:3]} {d[3:5]} {d[5:]}"), (1, f"+46 10 {d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0771-{d[:3]} {d[3:6]}"), (1, f"0770-{d[:3]} {d[3:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number abroad (suppliers' and carriers' countries), with `+`, `00` or as dialled there."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+44 20 7946 0{d[:3]}", f"+44 (0)113 496 0{d[:3]}", f"0113 496 0{d[:3]}", f"+44 7700 900{d[:3]}",
            f"0161 496 0{d[:3]}", f"+44 (0)20 7946 0{d[:3]}", f"0044 117 496 0{d[:3]}",
            f"+353 1 {d[:3]} {d[3:7]}", f"+353 (0)21 {d[:3]} {d[3:7]}", f"+353 87 {d[:3]} {d[3:7]}", f"01 {d[:3]} {d[3:7]}",
            f"+49 30 {d[:8]}", f"+49 (0)89 {d[:3]} {d[3:7]}", f"+49 171 {d[:7]}", f"0049 711 {d[:6]}-{d[6:8]}",
            f"+31 20 {d[:3]} {d[3:7]}", f"+31 (0)6 {d[:8]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+91 124 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+91-80-{d[:4]}-{d[4:8]}", f"+91 22 {d[:4]} {d[4:8]}",
            f"+1 (512) 555-01{d[:2]}", f"(312) 555-01{d[:2]}", f"+1 415 555 01{d[:2]}", f"1-800-555-01{d[:2]}", f"+1-614-555-01{d[:2]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        centenarian = r.random() < 0.08  # `+` past a hundred years
        year = r.randrange(1919, 1927) if centenarian else r.randrange(1948, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if centenarian:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.42:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 18)) + 1, 160))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B"))
        return out

    def sv_street(self, number: bool = True) -> str:
        street = self.deck("streets", SV_STREETS)
        return f"{street} {self.number()}" if number else street

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 99):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def floor(self, home: bool) -> str:
        """What follows the street: a flat, a floor, a house and floor of an office block."""
        r = self.rng
        if home:
            return r.choice(
                (
                    f", lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}",
                    f" lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}",
                    f", {r.randrange(1, 7)} tr",
                    f" {r.randrange(1, 7)} tr",
                    "",
                )
            )
        return r.choice((f", {r.randrange(2, 9)} tr", f" {r.randrange(2, 9)} tr", f", Hus {r.choice('ABCDE')}, plan {r.randrange(1, 7)}",
                         f", plan {r.randrange(2, 12)}", f", vån {r.randrange(2, 9)}", f", uppgång {r.choice('ABC')}", "", "", ""))  # fmt: skip

    def sv_address(self, lines: bool = False, home: bool | None = None, floor: bool = True) -> str:
        r = self.rng
        if home is None:
            home = r.random() < 0.4
        street = self.sv_street()
        if floor and r.random() < (0.45 if home else 0.5):
            street += self.floor(home)
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal()}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)} {r.randrange(10, 99):02d}"
        joint = "\n" if lines else ", "
        return f"Box {r.randrange(10, 9999)}{joint}{code} {town}"

    def abroad(self, country: str | None = None, lines: bool = False) -> str:
        r = self.rng
        country = country or self.deck("countries", tuple(ABROAD))
        out = self.deck(f"abroad-{country}", ABROAD[country])

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        letters = "ABDEFGHJLNPQRSTUWXY"
        out = out.replace("{n}", str(r.randrange(1, 240))).replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{o}", r.choice(("2nd", "3rd", "4th", "5th", "7th", "11th")))
        out = out.replace("{d}", str(r.randrange(1, 10))).replace(
            "{LL}", r.choice(letters) + r.choice(letters)
        )
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = out.replace("{L}", r.choice("ABCDE")).replace(
            "{E4}",
            r.choice("ACDEFHKNPRTVWXY")
            + self.digits(1)
            + r.choice("ACDEFHKNPRTVWXY")
            + self.digits(1),
        )
        out = re.sub(
            r"\{r:(\d+)-(\d+)\}",
            lambda m: str(r.randrange(int(m.group(1)), int(m.group(2)) + 1)),
            out,
        )
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace("|", "\n" if lines else ", ")

    def care_of(self, lines: bool) -> list[Segment]:
        """`c/o` outside every value, the name after it a PERSON of its own, the address from the street."""
        r = self.rng
        joint = "\n" if lines else ", "
        if r.random() < 0.2:
            return [
                (
                    f"c/o {r.choice(('Regus', 'Kontorsgruppen AB', 'Lagerhuset Logistik AB', 'Spaces'))}{joint}",
                    None,
                ),
                (self.sv_address(home=False, floor=r.random() < 0.5), "ADDRESS"),
            ]
        person = self.person(None)
        form = r.choice(("P", "P", "P", "S", "U"))
        segments = [("c/o ", None), *person_segments(form, person, self), (joint, None)]
        return [*segments, (self.sv_address(home=True), "ADDRESS")]

    def org(self) -> str:
        """A Swedish organisation number with its check digit (a look-alike, no personnummer)."""
        r = self.rng
        head = r.choice(("556", "559", "802", "716", "969", "212"))
        body = head + self.digits(6)
        return f"{body[:6]}-{body[6:]}{luhn(body)}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    I an initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    RU `SURNAME, GIVEN`, SG `Surname Given` (registers without a comma), E an e-mail address.
    A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base in ("G", "g", "N", "n"):
        words = given
        key = base.upper()  # a person called `Lasse` once in a row is `Lasse` all through it
        if key not in person.shown:
            person.shown[key] = (
                draw.nickname(person, {"G": 0.07, "g": 0.25}.get(base, 0.85)) or person.first
            )
        value = person.shown[key]
        value = value.lower() if base in ("g", "n") else value
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif base == "RU":
        words, value = given + surname, f"{person.last}, {person.first}".upper()
    elif base == "SG":
        words, value = given + surname, f"{person.last} {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "RU", "SG", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def lookalike(draw: Draw, make: Callable[[], str]) -> str:
    for _ in range(50):
        out = make()
        if lookalike_ok(out):
            return out
    raise RuntimeError("no look-alike")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    d = draw.digits
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    values: dict[str, Callable[[], list[Segment]]] = {
        "A": lambda: [(draw.sv_address(), "ADDRESS")],
        "AL": lambda: [(draw.sv_address(lines=True), "ADDRESS")],
        "AH": lambda: [(draw.sv_address(home=True), "ADDRESS")],
        "AHL": lambda: [(draw.sv_address(lines=True, home=True), "ADDRESS")],
        "AO": lambda: [(draw.sv_address(home=False), "ADDRESS")],
        "AOL": lambda: [(draw.sv_address(lines=True, home=False), "ADDRESS")],
        "ST": lambda: [(draw.sv_street(), "ADDRESS")],
        "STN": lambda: [(draw.sv_street(number=False), "ADDRESS")],
        "STF": lambda: [(draw.sv_street() + draw.floor(r.random() < 0.5), "ADDRESS")],
        "a": lambda: [((draw.sv_street() if r.random() < 0.4 else draw.sv_address(floor=r.random() < 0.5)).lower(), "ADDRESS")],
        "BOX": lambda: [(draw.box(), "ADDRESS")],
        "BOXL": lambda: [(draw.box(lines=True), "ADDRESS")],
        "CO": lambda: draw.care_of(lines=False),
        "COL": lambda: draw.care_of(lines=True),
        "AX": lambda: [(draw.abroad(), "ADDRESS")],
        "AXL": lambda: [(draw.abroad(lines=True), "ADDRESS")],
        "AUK": lambda: [(draw.abroad("uk", lines=r.random() < 0.3), "ADDRESS")],
        "AUKL": lambda: [(draw.abroad("uk", lines=True), "ADDRESS")],
        "STUK": lambda: [(r.choice(UK_STREETS), "ADDRESS")],
        "AIE": lambda: [(draw.abroad("ie", lines=r.random() < 0.3), "ADDRESS")],
        "ADE": lambda: [(draw.abroad("de", lines=r.random() < 0.3), "ADDRESS")],
        "ANL": lambda: [(draw.abroad("nl", lines=r.random() < 0.3), "ADDRESS")],
        "APL": lambda: [(draw.abroad("pl", lines=r.random() < 0.3), "ADDRESS")],
        "AIN": lambda: [(draw.abroad("in", lines=r.random() < 0.3), "ADDRESS")],
        "AUS": lambda: [(draw.abroad("us", lines=r.random() < 0.3), "ADDRESS")],
        "ax": lambda: [(draw.abroad().lower(), "ADDRESS")],
        "PH": lambda: [(draw.phone(), "PHONE")],
        "PHX": lambda: [(draw.phone_x(), "PHONE")],
        "PNR": lambda: [(draw.national_id(), "NATIONAL_ID")],
        "EM": lambda: [(draw.role_email(), "EMAIL")],
        # look-alikes, no values
        "DATE": lambda: [(r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}/{month} 2027", f"{day:02d}.{month:02d}.2027")), None)],
        "DATEEN": lambda: [(r.choice((f"{day} {MONTHS['en'][month - 1]} 2027", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"2027-{month:02d}-{day:02d}", f"{day} {MONTHS['en'][month - 1][:3]}")), None)],
        "TIME": lambda: [(f"{r.randrange(7, 18)}{':' if en or r.random() < 0.5 else '.'}{r.choice(('00', '15', '30', '45'))}", None)],
        "TIMEA": lambda: [(f"{r.randrange(7, 12)}{':' if en or r.random() < 0.5 else '.'}{r.choice(('00', '15', '30', '45'))}", None)],
        "TIMEB": lambda: [(f"{r.randrange(12, 19)}{':' if en or r.random() < 0.5 else '.'}{r.choice(('00', '15', '30', '45'))}", None)],
        "NUM": lambda: [(str(r.randrange(2, 60)), None)],
        "AMT": lambda: [(f"{r.randrange(190, 98000):,}".replace(",", " ") + r.choice((" kr", " kr", ":-", " SEK")), None)],
        "GBP": lambda: [(f"£{r.randrange(20, 9400):,}.{r.randrange(100):02d}", None)],
        "EUR": lambda: [(f"€{r.randrange(40, 12000):,}", None)],
        "USD": lambda: [(f"${r.randrange(30, 9000):,}.{r.randrange(100):02d}", None)],
        "ORD": lambda: [(lookalike(draw, lambda: r.choice((f"{r.randrange(4000000, 9999999)}", f"SO-2027-{d(5)}", f"ORD{d(6)}", f"PO-{d(5)}", f"{d(3)}-{d(7)}-{d(7)}", f"#{d(6)}", f"40{d(8)}"))), None)],
        "TRK": lambda: [(lookalike(draw, lambda: r.choice((f"{r.choice(up)}{r.choice(up)}{d(9)}SE", f"00370{d(15)}", f"JJD{d(18)}", f"1Z{d(3)}{r.choice(up)}{r.choice(up)}{d(10)}", f"JD01{d(16)}", f"BB{d(8)}", f"{d(12)}", f"{d(10)}"))), None)],
        "SER": lambda: [(r.choice((f"5CG{d(4)}{r.choice(up)}{r.choice(up)}{d(1)}", f"PF{r.choice(up)}{d(1)}{r.choice(up)}{r.choice(up)}{d(2)}", f"C02{r.choice(up)}{d(2)}{r.choice(up)}{r.choice(up)}{d(1)}{r.choice(up)}{r.choice(up)}", f"{d(1)}{r.choice(up)}{r.choice(up)}{d(2)}{r.choice(up)}{d(1)}", f"SN {d(4)}-{d(4)}-{d(4)}")), None)],
        "ASSET": lambda: [(r.choice((f"IT-{d(5)}", f"INV-{d(4)}", f"AT{d(6)}", f"LAP-{d(4)}", f"{r.choice(('STHLM', 'GBG', 'MMO', 'LON', 'DUB'))}-LT-{d(4)}")), None)],
        "RMA": lambda: [(r.choice((f"RMA-{d(6)}", f"RMA{d(8)}", f"R{d(7)}", f"RMA {d(4)}-{d(3)}")), None)],
        "ORG": lambda: [(lookalike(draw, draw.org), None)],
        "VAT": lambda: [(lookalike(draw, lambda: r.choice((f"SE{draw.org().replace('-', '')}01", f"GB {d(3)} {d(4)} {d(2)}", f"DE{d(9)}", f"NL{d(9)}B01", f"IE{d(7)}{r.choice(up)}", f"PL{d(10)}", f"IN 06AAB{r.choice(up)}{d(4)}{r.choice(up)}1Z{d(1)}"))), None)],
        "SKU": lambda: [(r.choice((f"{d(2)}-{d(5)}", f"ART {d(6)}", f"{r.choice(('LAT', 'TP', 'EB', 'MON', 'HS', 'DCK'))}-{d(4)}-{d(2)}", f"{d(3)}.{d(3)}.{d(2)}", f"SKU{d(7)}")), None)],
        "ROOM": lambda: [(r.choice(ROOMS_EN if en else ROOMS), None)],
        "DESK": lambda: [(r.choice((f"D-{r.randrange(2, 9)}-{d(2)}", f"{r.randrange(2, 9)}.{d(2)}", f"{r.randrange(1, 40)}{r.choice('ABCD')}", f"P{r.randrange(2, 9)}-{d(3)}")), None)],
        "TKT": lambda: [(r.choice((f"INC{d(7)}", f"REQ{d(7)}", f"#{d(5)}", f"SR-{d(6)}", f"HD-{d(5)}", f"RITM{d(7)}")), None)],
        "CARD": lambda: [(r.choice((f"{d(5)}", f"0x{''.join(r.choice('0123456789ABCDEF') for _ in range(8))}", f"{d(3)} {d(5)}", f"K-{d(4)}")), None)],
        "KEY": lambda: [(r.choice((f"{r.choice('ABCDK')}{d(3)}-{d(2)}", f"{d(3)}", f"S{d(2)}:{d(1)}", f"ASSA {d(4)}")), None)],
        "INV": lambda: [(lookalike(draw, lambda: r.choice((f"{d(6)}", f"F-2027-{d(4)}", f"{r.randrange(100000, 999999)}", f"INV-{d(6)}", f"2027{d(5)}"))), None)],
        "CUST": lambda: [(lookalike(draw, lambda: r.choice((f"{d(6)}", f"KN-{d(5)}", f"C{d(7)}", f"{d(4)}-{d(3)}", f"{d(8)}"))), None)],
        "OCR": lambda: [(lookalike(draw, lambda: d(r.choice((8, 10, 11, 12, 14, 16)))), None)],
        "BG": lambda: [(r.choice((f"{d(3)}-{d(4)}", f"{d(4)}-{d(4)}", f"{d(5)}-{d(1)}")), None)],
        "QTY": lambda: [(str(r.choice((1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 20, 24, 25, 40, 50))), None)],
        "KG": lambda: [(f"{r.randrange(1, 400)},{r.randrange(10)} kg" if not en else f"{r.randrange(1, 400)}.{r.randrange(10)} kg", None)],
        "PROD": lambda: [(draw.deck("products", PRODUCTS), None)],
        "CARRIER": lambda: [(r.choice(CARRIERS), None)],
        "carrier": lambda: [(r.choice(CARRIERS).lower(), None)],
        "firm": lambda: [(draw.deck("firms", FIRMS).lower(), None)],
        "FIRM": lambda: [(draw.deck("firms", FIRMS), None)],
        "TOWN": lambda: [(r.choice(SV_TOWNS)[0], None)],
        "DAY": lambda: [(r.choice(DAYS["sv"]), None)],
        "DAYEN": lambda: [(r.choice(DAYS["en"]), None)],
        "PCT": lambda: [(f"{r.randrange(2, 40)} %" if not en else f"{r.randrange(2, 40)}%", None)],
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
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """bx's rows: every negative once, then positive rows from shuffled decks of each language's
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


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of bx is printed."""
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
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                forms["particle"] += bool(re.search(r"\b(?:von|af|de|van)\b", value))
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after c/o"] += text[max(0, span["start"] - 4) : span["start"]] == "c/o "
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address with plan/vån/hus"] += bool(
                    re.search(r"\b(?:plan|vån|Hus)\b", value)
                )
                forms["address Box"] += value.startswith("Box")
                forms["street alone"] += not re.search(r"\d{3} ?\d{2}|[A-Z]{1,2}\d|\d{4,6}", value)
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                forms["pnr 12 digits"] += len(re.sub(r"\D", "", value)) == 12
                forms["pnr +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only, no row."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    problems: Counter[str] = Counter()
    ids = set()
    for i, row in enumerate(rows, 1):
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["keys"] += 1
        if row["id"] != f"gen-{SPLIT}-{i:04d}" or row["split"] != SPLIT or row["lang"] not in SIZES:
            problems["id/split/lang"] += 1
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            s, e, kind = span["start"], span["end"], span["kind"]
            if kind not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["kind"] += 1
            if not (0 <= s < e <= len(text)):
                problems["empty or out of bounds"] += 1
                continue
            if s < end:
                problems["unsorted or overlapping"] += 1
            end = e
            value = text[s:e]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if kind == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                if not valid_pnr(digits) or not re.fullmatch(r"(?:\d{2})?\d{6}[-+]?\d{4}", value):
                    problems["personnummer check digit"] += 1
            if kind == "EMAIL" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}", value):
                problems["e-mail shape"] += 1
        masked = list(text)
        for span in row["spans"]:
            for k in range(span["start"], span["end"]):
                masked[k] = " "
        for run in re.findall(r"(?<![\d-])\d{6}(?:\d{2})?[-+]?\d{4}(?![\d-])", "".join(masked)):
            if valid_pnr(re.sub(r"\D", "", run)):
                problems["unmarked personnummer shape"] += 1
    langs = Counter(row["lang"] for row in rows)
    print(
        f"checked {len(rows)} rows ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), {len(ids)} distinct ids, {sum(len(r['spans']) for r in rows)} spans"
    )
    if problems:
        print("problems: " + ", ".join(f"{k} {v}" for k, v in problems.items()))
        return 1
    print("problems: none")
    return 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED, help="a scratch seed while writing")
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.check:
        sys.exit(check(args.out))
    draw = Draw(args.seed)
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows written to {args.out}")


if __name__ == "__main__":
    main()
