# ruff: noqa: E501
"""Generate held-out FY for personal-data detection (issue 15): names as the population has them,
a hundred-and-sixtieth writer.

    python data/pii/generate_fy.py           # writes data/pii/generated-heldout-fy.jsonl
    python data/pii/generate_fy.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_fy.py --check   # checks the written file, prints counts only
    python data/pii/generate_fy.py --seed 7 --out /tmp/fy.jsonl   # a scratch seed

FY's names are drawn by how often people really carry them: every name word comes from
`names_fy.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of fifteen origins common in Sweden), 80% from the
head of a list and 20% from its tail, mixed by the language of the row. The genre is translation
and interpreting agencies (`templates_fy.py`): interpreter bookings for hospitals, health
centres, courts, the Migration Agency, social services and the police, confirmations and
reminders, translation orders and quotes, certified translations of birth, marriage and school
certificates and their deliveries, invoices and credit notes, cancellations and late-cancellation
fees, interpreters' rosters and timesheets, and coordinators' chat, in Swedish, English and
mixed text. Written by a helper who does not tune the detector and who read only
`generate_aw.py` (for its mechanics), two sections of docs/privacy.md ("Held-out AW" and
"Held-out CL") and the first line of `generated-heldout-u.jsonl`: neither the detector
(`src/`), its lexicons, tests or benchmarks, nor any other set's generator, names, templates or
rows, nor any score or error listing. FY was never run through the detector by its writer and its
names were not checked against anything in the repository. Stdlib only; one seeded Random: same
seed, same bytes.
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

from names_fy import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fy import DAYS, EN, LOOKS, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270237
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fy.jsonl"
SPLIT = "heldout-fy"
YEAR = 2027  # the year the texts are written in: who is past a hundred is counted from it

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what towns have).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Järnvägsgatan", "Köpmangatan", "Skolgatan",
    "Västra Hamngatan", "Östra Storgatan", "Nygatan", "Trädgårdsgatan", "Bangårdsgatan",
    "Linnégatan", "Vasagatan", "Birger Jarlsgatan", "Sveavägen", "Fjällgatan", "Backaplan",
    "Bergsgatan", "Kopparbergsvägen", "Valhallavägen", "Ringvägen", "Industrivägen", "Björkvägen",
    "Tallvägen", "Rönnvägen", "Lövängsvägen", "Bäckvägen", "Gamla Vägen", "Sjukhusvägen",
    "Kyrkvägen", "Hagalundsvägen", "Rinkebystråket", "Hjulsta backe", "Tensta allé",
    "Råslätts centrum", "Lyckebyvägen", "Kastanjeallén", "Lindallén", "Sankt Pauli kyrkogata",
    "Kopparsvängen", "Lärksvängen", "Hasselsvängen", "Solbacken", "Kvarnbacken", "Ekbacken",
    "Skolbacken", "Klövervägen", "Blåklintsstigen", "Vitsippsstigen", "Ekorrstigen", "Smedstigen",
    "Stortorget", "Lilla torget", "Järntorget", "Fisktorget", "Mariatorget", "Medborgarplatsen",
    "Gustavs torg", "Hamnplan", "Brunnsplan", "Kvarnplan", "Skomakargränd", "Prästgränd",
    "Tullgränd", "Hamnkajen", "Norra Kajen", "Skeppsbrokajen", "Södra Kajen", "Munkbron",
    "Pilgatan", "Långgatan", "Varvsgatan", "Ångermanlandsgatan", "Hällefjordsgatan",
    "Bredbyplan", "Gottsundavägen", "Kärrdalsgatan", "Hjällbovägen", "Rosengårdsvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (the ranges as the post has them).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 633),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451), ("Motala", 591, 591),
    ("Landskrona", 261, 261), ("Örnsköldsvik", 891, 891), ("Nyköping", 611, 611), ("Varberg", 432, 432),
    ("Trelleborg", 231, 231), ("Alingsås", 441, 441), ("Piteå", 941, 941), ("Sandviken", 811, 811),
    ("Katrineholm", 641, 641), ("Enköping", 745, 745), ("Kiruna", 981, 981), ("Visby", 621, 621),
    ("Värnamo", 331, 331), ("Ludvika", 771, 771), ("Hässleholm", 281, 281), ("Fagersta", 737, 737),
    ("Tumba", 147, 147), ("Spånga", 163, 163), ("Järfälla", 175, 177), ("Sollentuna", 191, 192),
    ("Huddinge", 141, 141), ("Haninge", 136, 137), ("Märsta", 195, 195), ("Flen", 642, 642),
    ("Gislaved", 332, 332), ("Olofström", 293, 293), ("Laholm", 312, 312), ("Vänersborg", 462, 462),
)  # fmt: skip
# Villages and hamlets whose houses are numbered along the village road (`Lillbyn 14`).
VILLAGES = (
    "Lillbyn", "Storbyn", "Västanbäck", "Kvarnbo", "Österhöjden", "Björkliden", "Åsen",
    "Nybyn", "Sörmark", "Ekeby", "Hamra", "Sandviken 4", "Norrböle", "Tallåsen", "Bäckebo",
)  # fmt: skip
UK_STREETS = (
    "Station Road", "High Street", "Church Street", "Park Road", "London Road", "Mill Lane",
    "Green Lane", "Manor Road", "The Crescent", "Kingsway", "Chapel Street", "Brook Street",
    "Grange Road", "Stratford Road", "Ladypool Road", "Wilmslow Road", "Leeds Road",
    "Whitechapel Road", "Holloway Road", "Cowley Road", "Ashley Road", "Harehills Lane",
)  # fmt: skip
UK_TOWNS = (
    ("London", ("E1", "E13", "N7", "N15", "SE15", "SW9", "NW10", "W12")), ("Birmingham", ("B11", "B12", "B19")),
    ("Manchester", ("M13", "M14", "M8")), ("Leeds", ("LS8", "LS9")), ("Sheffield", ("S2", "S4")),
    ("Bristol", ("BS2", "BS5")), ("Leicester", ("LE2", "LE4")), ("Bradford", ("BD3", "BD8")),
    ("Glasgow", ("G42", "G51")), ("Cardiff", ("CF10", "CF24")), ("Edinburgh", ("EH6", "EH7")),
    ("Newcastle upon Tyne", ("NE4", "NE6")), ("Luton", ("LU1", "LU2")), ("Coventry", ("CV1", "CV6")),
    ("Oxford", ("OX4",)), ("Liverpool", ("L8", "L7")),
)  # fmt: skip
UK_HOUSES = ("Ivy House", "The Lodge", "Orchard House", "Rose Villa", "Meadow View", "The Coach House")  # fmt: skip
US_STREETS = ("Cedar Avenue S", "W Lake Street", "E 19th Street", "Main Street", "Warren Avenue", "University Avenue", "Pine Street", "Westheimer Road", "Riverside Drive", "Oak Park Boulevard")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Saint Paul", "MN", 551), ("Dearborn", "MI", 481), ("Columbus", "OH", 432), ("San Diego", "CA", 921), ("Houston", "TX", 770), ("Seattle", "WA", 981), ("Brooklyn", "NY", 112), ("Fairfax", "VA", 220), ("Chicago", "IL", 606))  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-10999} Berlin", "Bahnhofstraße {n}, {z5:20095-20999} Hamburg",
    "Goethestraße {n}a, {z5:80331-80999} München", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n}, avenue Jean-Jaurès, {z5:75019-75019} Paris", "Hämeenkatu {n} A {m}, {z5:33100-33900} Tampere",
    "Mannerheimintie {n} B {m}, 00{z3:100-990} Helsinki", "Storgata {n}, {z4:0155-0190} Oslo",
    "Vesterbrogade {n}, {m}. th., {z4:1620-1799} København V", "ul. Piotrkowska {n}/{m}, 90-{z3:001-999} Łódź",
    "ul. Długa {n}, 80-{z3:800-899} Gdańsk", "Calle Mayor {n}, {m}º B, 280{z2:01-50} Madrid",
    "Oudegracht {n}, {z4:3511-3513} {L2} Utrecht", "Via Nazionale {n}, 00{z3:184-199} Roma",
    "Rue Neuve {n}, {z4:1000-1000} Bruxelles", "Bahnhofstrasse {n}, {z4:8001-8099} Zürich",
    "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien", "Ferhadija {n}, 71000 Sarajevo",
    "Knez Mihailova {n}, 11000 Beograd", "Ilica {n}, 10000 Zagreb", "Narva mnt {n}, 10{z3:100-199} Tallinn",
    "Cumhuriyet Cad. No: {n} D: {m}, 34{z3:000-999} Şişli/İstanbul",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "hotmail.se", "bredband.net")  # fmt: skip
WORK = ("example.se", "tolk.example.se", "sprakbyran.example.se", "region.example.se", "dom.example.se", "example.com", "example.org", "example.co.uk", "lingua.example.com")  # fmt: skip
DESKS = ("bokning", "tolkbokning", "order", "faktura", "kundtjanst", "info", "avbokning", "translation", "bookings", "accounts", "projects", "interpreting", "support", "registrator", "akuttolk", "kvalitet")  # fmt: skip
FIRMS = ("tolkcentralen.example.se", "sprakbyran.example.se", "oversattning.example.se", "region.example.se", "example.com", "lingua.example.co.uk", "example.org")  # fmt: skip


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
    """Every value of FY from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Anna-Karin
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "finnish": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
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
        if len(surname) == 2 and (
            surname[0][0] == surname[1][0] or " " in surname[0][0] + surname[1][0]
        ):
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
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
        given = plain(person.first).lower().replace("-", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def desk_email(self) -> str:
        return f"{self.rng.choice(DESKS)}@{self.rng.choice(FIRMS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile, landline or a firm's, in the groupings people write."""
        r = self.rng
        d = str(r.randrange(1, 10)) + self.digits(7)  # no number opens with 0 after its area code
        m = "07" + r.choice("002336899")
        a2 = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "19",
                "21",
                "16",
                "11",
                "90",
                "60",
                "26",
                "35",
                "36",
                "42",
                "46",
                "54",
            )
        )
        a3 = r.choice(
            (
                "220",
                "240",
                "250",
                "300",
                "320",
                "345",
                "380",
                "413",
                "431",
                "454",
                "470",
                "480",
                "498",
                "520",
                "570",
                "611",
                "620",
                "640",
                "660",
                "910",
                "920",
                "980",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (3, f"+46{m[1:]}{d[:7]}"), (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:7]}"), (1, f"+46-{m[1:]}-{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}-{d[:3]} {d[3:5]}"), (1, f"0{a3}{d[:6]}"),
            (2, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (4, f"010-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0771-{d[:3]} {d[3:6]}"),
            (1, f"010 {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}",
            f"+49 171 {d[:7]}", f"+49 (0)30 {d[:4]} {d[4:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+1 (612) 555-0{d[:3]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+43 664 {d[:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"0090 5{d[:2]} {d[2:9]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+964 (0)770 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+961 3 {d[:3]} {d[3:6]}", f"+252 61 {d[:3]} {d[3:7]}", f"00252 61{d[:7]}",
            f"+291 7 {d[:3]} {d[3:6]}", f"+93 70 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"0098 912{d[:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+387 61 {d[:3]} {d[3:6]}", f"+381 64 {d[:3]} {d[3:7]}",
            f"+385 91 {d[:3]} {d[3:7]}", f"+251 91 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        shapes = (
            f"07700 900{d[:3]}", f"07{r.choice('4579')}{d[:2]} {d[2:6]}{self.digits(2)}", f"020 7946 0{d[:3]}",
            f"0113 496 0{d[:3]}", f"0121 496 0{d[:3]}", f"0161 496 0{d[:3]}", f"+44 20 7946 0{d[:3]}",
            f"+44 (0)117 496 0{d[:3]}", f"+44 7700 900{d[:3]}", f"(0131) 496 0{d[:3]}", f"0300 {d[:3]} {d[3:6]}{r.randrange(10)}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(4)
        area = r.choice(("612", "651", "313", "614", "619", "713", "206", "718", "703", "312"))
        shapes = (f"({area}) 555-{d}", f"{area}-555-{d}", f"+1 {area} 555 {d}", f"{area}.555.{d}", f"1-{area}-555-{d}", f"+1 ({area}) 555-{d}")  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False, child: bool = False) -> str:
        """A personnummer with a valid check digit; past a hundred the short form takes `+`."""
        r = self.rng
        if old:
            year = r.randrange(1919, YEAR - 100)
        elif child or r.random() < 0.12:
            year = r.randrange(2008, 2025)  # children in a booking for a family
        else:
            year = r.randrange(1930, 2008)
        month, day = r.randrange(1, 13), r.randrange(1, 29)
        date = f"{year % 100:02d}{month:02d}{day:02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        hundred = YEAR - year > 100
        sign = "+" if hundred else "-"
        if old:
            roll = 0.5 if roll < 0.7 else 0.1
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            return f"{date}{sign}{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}" if not hundred else f"{date}+{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[24:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        code = f"{r.randrange(low, high + 1)}{tail}"
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.84 else f"{code} {town}"
        if roll > 0.95:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        name = self.rng.choice(VILLAGES)
        return name if name[-1].isdigit() else f"{name} {self.rng.randrange(1, 180)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.12
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += (
                f"{r.choice((' ', ', ', ', '))}lgh {r.randrange(10, 15)}{r.randrange(1, 9):02d}"
            )
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 8)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, areas = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{r.choice(areas)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.4:
            street = f"Flat {r.randrange(1, 40)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 400)}".replace(
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
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU and
    GU the surname and the given name in capitals, I initials and the surname, Gi the given name
    and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A
    trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form[:-1] in PERSON_FORMS)
        else form
    )
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
        short = draw.nickname(person, 0.07 if base in ("G", "g", "GU") else 0.85)
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
        value = "-".join(p[0] + "." for p in person.first.split("-")) + " "
        if middle and draw.rng.random() < 0.5:
            value += middle[0][0][0] + ". "
        value += person.last
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
    hour = r.randrange(7, 18)
    look = LOOKS["en" if en else "sv"]
    if form in ("CO", "COL"):  # c/o and the name after it (its own PERSON), then the address
        lines = form == "COL"
        person = draw.person(None)
        value = r.choice(("P", "P", "S", "R")) if not lines else "P"
        return [
            ("c/o ", None),
            *person_segments(value, person, draw),
            ("\n" if lines else ", ", None),
            (draw.sv_address(lines=lines, rural=False), "ADDRESS"),
        ]
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ALGH": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ALGHL": lambda: (draw.sv_address(lines=True, lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
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
        "EF": lambda: (draw.desk_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "PNRB": lambda: (draw.national_id(child=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"{YEAR}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/{YEAR}", f"{MONTHS['en'][month - 1]} {day}", f"{YEAR}-{month:02d}-{day:02d}")), None),
        "TIME": lambda: (f"{hour}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMES": lambda: (f"{hour}.{r.choice(('00', '30'))}–{hour + r.randrange(1, 3)}.{r.choice(('00', '30'))}", None),
        "NUM": lambda: (str(r.randrange(2, 40)), None),
        "MIN": lambda: (str(r.choice((30, 45, 60, 60, 90, 120, 180))), None),
        "AMT": lambda: (f"{r.randrange(350, 48000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(25, 1900)}.{r.choice(('00', '50', '40', '75', '20'))}", None),
        "USD": lambda: (f"${r.randrange(40, 2400)}.00", None),
        "EUR": lambda: (f"€{r.randrange(40, 3000)}", None),
        "WORDS": lambda: (f"{r.randrange(180, 14000):,}".replace(",", " " if not en else ","), None),
        "BOK": lambda: (r.choice(look["booking"])(r), None),
        "CASE": lambda: (r.choice(look["case"])(r), None),
        "ORD": lambda: (r.choice(look["order"])(r), None),
        "INV": lambda: (r.choice(look["invoice"])(r), None),
        "ORG": lambda: (f"55{r.randrange(60, 99)}{r.randrange(10, 99)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**11)), None),
        "AUTH": lambda: (str(r.randrange(100, 3400)), None),
        "TOLKNR": lambda: (str(r.randrange(1000, 99999)), None),
        "LANG": lambda: (r.choice(look["lang"]), None),
        "PLACE": lambda: (r.choice(look["place"]), None),
        "COURT": lambda: (r.choice(look["court"]), None),
        "AGENCY": lambda: (r.choice(look["agency"]), None),
        "PET": lambda: (r.choice(look["pet"]), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
    }  # fmt: skip
    return [values[form]()]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        base = form.rstrip("'")
        base = (
            base[:-1]
            if len(base) > 1 and base.endswith("s") and base[:-1] in PERSON_FORMS
            else base
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
    """FY's rows: every negative once, then positive rows from shuffled decks of each language's
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


PNR = re.compile(r"^(\d{2})?(\d{6})([-+]?)(\d{4})$")


def pnr_form(value: str) -> str:
    match = PNR.match(value)
    if not match:
        return "other"
    return f"{12 if match.group(1) else 10} digits, {'`' + match.group(3) + '`' if match.group(3) else 'no sign'}"


def pnr_valid(value: str) -> bool:
    match = PNR.match(value)
    if not match:
        return False
    digits = match.group(2) + match.group(4)
    return luhn(digits[:9]) == int(digits[9])


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of FY is printed."""
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
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["lower case alone in chat"] += value.islower() and " " not in value
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address c/o before"] += (
                    text[max(0, span["start"] - 40) : span["start"]].rfind("c/o") >= 0
                )
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (all {sum(empty.values())})"
    )
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
        missing = [k for mix in MIXES.values() for k in mix if not draw.origins[k]]
        print(f"origins in MIXES never drawn: {len(set(missing))}")


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    keys = ["id", "split", "lang", "text", "spans"]
    for row in rows:
        problems["keys not as heldout-u's"] += list(row) != keys
        problems["id twice"] += row["id"] in ids
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, last = row["text"], 0
        for span in row["spans"]:
            start, end = span["start"], span["end"]
            problems["unknown kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            problems["empty or out of bounds"] += not 0 <= start < end <= len(text)
            value = text[start:end]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < last
            last = end
            if span["kind"] == "NATIONAL_ID":
                problems["personnummer check digit"] += not pnr_valid(value)
    langs = Counter(row["lang"] for row in rows)
    problems["sizes"] += dict(langs) != SIZES
    print(
        f"checked {len(rows)} rows, {sum(len(row['spans']) for row in rows)} spans, {len(ids)} ids"
    )
    for name, n in problems.items():
        print(f"{name}: {n}")
    bad = sum(problems.values())
    print("no problems" if not bad else f"{bad} problems")
    return 1 if bad else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.check:
        sys.exit(check(args.out))
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
