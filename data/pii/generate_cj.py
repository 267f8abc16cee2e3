# ruff: noqa: E501
"""Generate held-out cj for personal-data detection: names as the population has them, the
sixty-seventh writer (utilities, energy, telecom and installers at home).

    python data/pii/generate_cj.py            # writes data/pii/generated-heldout-cj.jsonl
    python data/pii/generate_cj.py --stats    # counts only (sizes, kinds, forms), writes nothing
    python data/pii/generate_cj.py --check    # checks the written file, prints counts only
    python data/pii/generate_cj.py --seed 7 --out /tmp/scratch.jsonl   # a scratch seed

cj's names are drawn by how often people carry them: every name word comes from `names_cj.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the
UK, and the commonest names of the origins common in Sweden), 80% from the head of a list and 20%
from its tail, mixed by the language of the row roughly as Sweden's population is. The genre
(`templates_cj.py`) is utilities, energy, telecom and installers at people's homes: electricity,
district heating, water and waste bills, meter readings and meter changes, power-cut and
fibre-outage notices, broadband installs and router deliveries, heat pumps, solar panels and
charging boxes (quotes, ROT and green-deduction forms, work orders, commissioning protocols),
moving contracts, customer-service chats, debt-collection reminders and landlords' letters, with
customer, meter, facility, order and invoice numbers as look-alikes. Written by a helper who tunes
nothing and read neither the detector nor any other set's names, templates or rows; never run
through the detector by its writer. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_cj import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_cj import AREAS, DAYS, EN, FIRMS, MIXED, MODELS, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270144
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-cj.jsonl"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what the address register holds).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Vasagatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Fabriksgatan", "Västra Hamngatan", "Södra Förstadsgatan", "Tredje Långgatan", "Brogatan",
    "Sveavägen", "Björkvägen", "Tallvägen", "Ringvägen", "Solvägen", "Rosenvägen", "Lönnvägen",
    "Blåklintsvägen", "Hagalundsvägen", "Värmlandsvägen", "Gamla Vägen", "Runstensvägen",
    "Linnésvängen", "Tornsvängen", "Rönnsvängen", "Granitsvängen", "Vasa allé", "Lindallén",
    "Kastanjeallén", "Parkallén", "Ekbacken", "Lingonbacken", "Kvarnbacken", "Sjöbacken",
    "Eriksbergs backe", "Körsbärsstigen", "Fjällstigen", "Vintergatans stig", "Ekorrstigen",
    "Nytorget", "Järntorget", "Västra torget", "Medborgarplatsen", "Odenplan", "Hötorgsplan",
    "Smedjegränd", "Trädgårdsgränd", "Gjutargränd", "Prästgårdsvägen", "Bygårdsvägen",
    "Kungsgårdsvägen", "Mellangårdsvägen", "Hamregårdsvägen", "Vallgatan", "Idrottsvägen",
    "Rektorsvägen", "Stationsplan", "Mästarplan", "Ängsgärdet", "Lärkgången", "Bellmansgatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 153), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 461), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Nacka", 131, 132), ("Huddinge", 141, 141),
    ("Kungsbacka", 434, 434), ("Upplands Väsby", 194, 194), ("Vänersborg", 462, 462),
    ("Motala", 591, 591), ("Ystad", 271, 271), ("Enköping", 745, 745), ("Nyköping", 611, 611),
    ("Piteå", 941, 941), ("Alingsås", 441, 441), ("Sandviken", 811, 811), ("Varberg", 432, 432),
    ("Katrineholm", 641, 641), ("Köping", 731, 731), ("Härnösand", 871, 871), ("Ludvika", 771, 771),
    ("Kiruna", 981, 981), ("Gällivare", 982, 982), ("Arvika", 671, 671), ("Hudiksvall", 824, 824),
    ("Lerum", 443, 443), ("Staffanstorp", 245, 245), ("Höör", 243, 243), ("Tierp", 815, 815),
    ("Vetlanda", 574, 574), ("Oskarshamn", 572, 572), ("Mjölby", 595, 595), ("Avesta", 774, 774),
)  # fmt: skip
# Rural addresses by village or farm name (`Byn 12`, `Hamre 104`).
VILLAGES = (
    "Byn", "Övre Byn", "Hamre", "Västanå", "Norrby", "Sörby", "Lillängen", "Ösby", "Berga",
    "Tuna", "Kvarnbo", "Ängeby", "Rösta", "Lövsta", "Mossbo", "Näs", "Sandviken", "Stora Mon",
    "Åsen", "Gärdet", "Västerhaninge gård", "Hällby", "Nybo", "Kullen", "Ekeby",
)  # fmt: skip
PROPS = ("Hamre", "Berga", "Tuna", "Ösby", "Västanå", "Norrby", "Lövsta", "Ekeby", "Näs", "Rösta", "Kullen", "Hällby")  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane",
    "Queens Road", "Elm Grove", "Manor Way", "Orchard Close", "The Crescent", "Meadow View",
    "Chestnut Drive", "York Road", "Albert Terrace", "Princes Street", "Brook Lane", "Green Lane",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("London", "SE"), ("Reading", "RG"),
    ("Norwich", "NR"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("York", "YO"),
    ("Sheffield", "S"), ("Brighton", "BN"), ("Exeter", "EX"), ("Derby", "DE"), ("Swansea", "SA"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Bakery", "Willow House", "Flat 2B", "Holly Lodge", "The Coach House")  # fmt: skip
US_STREETS = ("Oak Street", "Maple Avenue", "Elm Street", "Cedar Lane", "Washington Boulevard", "Lakeview Drive", "Sunset Road", "2nd Avenue", "Pine Ridge Court")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Madison", "WI", 537), ("Austin", "TX", 787), ("Denver", "CO", 802), ("Seattle", "WA", 981), ("Columbus", "OH", 432), ("Raleigh", "NC", 276), ("Portland", "OR", 972))  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-10999} Berlin", "Gartenweg {n}, {z5:20095-22769} Hamburg",
    "Mannerheimintie {n} A {m}, {z5:00100-00990} Helsinki", "Hämeenkatu {n}, {z5:33100-33900} Tampere",
    "Storgata {n}, {z4:0155-0199} Oslo", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa", "ul. Długa {n}, 80-{z3:800-899} Gdańsk",
    "Prinsengracht {n}, {z4:1015-1018} {L2} Amsterdam", "{n} rue de la République, {z5:69001-69009} Lyon",
    "Calle Mayor {n}, {m}º, {z5:28013-28013} Madrid", "Via Garibaldi {n}, {z5:10122-10122} Torino",
    "Tallinna mnt {n}, {z5:10111-10152} Tallinn", "Mariahilfer Straße {n}, {z4:1060-1070} Wien",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband2.com", "comhem.se", "spray.se")  # fmt: skip
WORK = ("example.se", "elnat.example.se", "energi.example.se", "fiber.example.se", "vvs.example.se", "example.com", "example.co.uk", "example.org")  # fmt: skip
SERVICE_MAIL = ("kundservice", "kundtjanst", "info", "faktura", "felanmalan", "support", "order", "drift", "installation", "noreply", "service")  # fmt: skip


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
    """Every value of cj from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.03:  # Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
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
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
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
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def service_mail(self) -> str:
        r = self.rng
        return f"{r.choice(SERVICE_MAIL)}@{r.choice(WORK[:5])}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "63", "11", "36", "42", "46"))
        area3 = r.choice(("220", "240", "250", "270", "290", "340", "370", "380", "411", "454", "480", "500", "510", "520", "570", "611", "620", "650", "660", "696", "910", "920", "970"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m[1:]}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"+46-{m[1:]}-{d}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"),
            (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's number: switchboards, customer service and fault lines."""
        r = self.rng
        d = self.digits(6)
        shapes = (
            f"020-{d[:2]} {d[2:4]} {d[4:]}", f"0771-{d[:2]} {d[2:4]} {d[4:]}", f"0771-{d[:3]} {d[3:]}",
            f"0200-{d[:2]} {d[2:4]} {d[4:]}", f"08-{d[:3]} {d[3:]} {self.digits(2)}", f"0770-{d[:3]} {d[3:]}",
            f"031-{d[:2]} {d[2:4]} {d[4:]}", f"040-{d[:2]} {d[2:4]} {d[4:]}", f"020 {d[:3]} {d[3:]}",
            f"+46 771 {d[:2]} {d[2:4]} {d[4:]}", f"0{r.choice(('90', '60', '21', '13'))}-{d[:2]} {d[2:4]} {d[4:]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}",
            f"07700 900{d[:3]}", f"0113 496 0{d[:3]}", f"+44 (0)20 7946 0{d[:3]}", f"0044 161 496 0{d[:3]}",
            f"+49 151 {d[:7]}", f"+49 (0)30 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+1 (612) 555-0{d[:3]}", f"(303) 555-0{d[:3]}", f"+1 206 555 0{d[:3]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+380 {r.choice(('50', '67', '93'))} {d[:3]} {d[3:5]} {d[5:7]}", f"+252 61 {d[:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        old = r.random() < 0.06  # past a hundred: `+` in the ten-digit form
        year = r.randrange(1917, 1927) if old else r.randrange(1938, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
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
        out = str(min(int(r.expovariate(1 / 15)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def flat(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            return f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        if roll < 0.65:
            return f", {r.randrange(1, 8)} tr"
        if roll < 0.8:
            return f", {r.choice(('uppg.', 'uppgång', 'ingång', 'port'))} {r.choice('ABCD12')}"
        if roll < 0.9:
            return f", {r.randrange(1, 6)} tr, lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        return f" {r.choice(('nb', 'bv', 'ög'))}"

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        return town, f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"

    def sv_postal(self) -> str:
        r = self.rng
        town, code = self.town()
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def prop(self) -> str:
        """A property designation written where the address belongs (`Hamre 4:12`)."""
        return f"{self.rng.choice(PROPS)} {self.rng.randrange(1, 30)}:{self.rng.randrange(1, 90)}"

    def sv_address(self, lines: bool = False, flat: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (flat or r.random() < 0.2):
            street += self.flat()
        if r.random() < 0.06:
            street = f"c/o {r.choice(ORIGINS['swedish'].surnames.names[:80])}{chr(10) if lines else ', '}{street}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 40)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

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

    # Look-alikes: numbers of the genre that are no values.
    def ean(self) -> str:
        d = "735999" + self.digits(12)
        return d if self.rng.random() < 0.7 else f"{d[:6]} {d[6:12]} {d[12:]}"

    def org(self) -> str:
        r = self.rng
        body = r.choice(("556", "559", "802", "716", "769", "969")) + self.digits(3)
        tail = self.digits(3)
        check = luhn(body + tail)
        return f"{body}-{tail}{check}" if r.random() < 0.85 else f"{body}{tail}{check}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    SU the surname in capitals, I an initial and the surname, Gi the given name and the surname's
    initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a
    Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s") and form[:-1] in PERSON_FORMS) else form
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
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last.lower() if base == "s" else person.last
        value = value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base in ("R", "RU"):
        words, value = given + surname, f"{person.last}, {person.first}"
        value = f"{person.last.upper()}, {person.first}" if base == "RU" else value
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "I", "Gi", "R", "RU", "E"}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    d = draw.digits
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AF": lambda: (draw.sv_address(flat=True, rural=False), "ADDRESS"),
        "AFL": lambda: (draw.sv_address(lines=True, flat=True, rural=False), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),  # a street alone, no number
        "STR": lambda: (f"{r.choice(SV_STREETS)} {(lo := r.randrange(1, 40))}–{lo + r.randrange(2, 30)}", "ADDRESS"),
        "STT": lambda: (f"{draw.sv_street()}, {draw.town()[0]}", "ADDRESS"),
        "UST": lambda: (f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}", "ADDRESS"),
        "ust": lambda: (f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}".lower(), "ADDRESS"),
        "USTN": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "STF": lambda: (draw.sv_street() + draw.flat(), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "PROP": lambda: (draw.prop(), "ADDRESS"),
        "PROPA": lambda: (f"{draw.prop()}, {draw.sv_postal()}", "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "EF": lambda: (draw.service_mail(), "EMAIL"),
        # look-alikes and filler, no values
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}/{month}-27")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "PERIOD": lambda: (r.choice((f"2027-{month:02d}-01 – 2027-{month:02d}-{r.choice((28, 30))}", f"{MONTHS['sv'][month - 1]} 2027", f"27{month:02d}01-27{month:02d}28")), None),
        "TIME": lambda: (f"{r.randrange(6, 20):02d}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "SPAN": lambda: (f"{r.randrange(7, 13):02d}–{r.randrange(13, 18)}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AMT": lambda: (f"{r.randrange(120, 48000):,}".replace(",", " ") + (f",{r.choice(('00', '50', '25', '80'))}" if r.random() < 0.5 else "") + " kr", None),
        "HRS": lambda: (str(r.randrange(2, 30)), None),
        "GBP": lambda: (f"£{r.randrange(20, 2400)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(40, 3000)}.{r.randrange(100):02d}", None),
        "DOB": lambda: (r.choice((f"{day:02d}/{month:02d}/{r.randrange(1940, 2006)}", f"{day} {MONTHS['en'][month - 1]} {r.randrange(1940, 2006)}")), None),
        "WEEK": lambda: (str(r.randrange(2, 52)), None),
        "REG": lambda: (r.choice((f"{chr(65 + r.randrange(26))}{chr(65 + r.randrange(26))}{r.randrange(10, 25)} {chr(65 + r.randrange(26))}{chr(65 + r.randrange(26))}{chr(65 + r.randrange(26))}", f"{chr(65 + r.randrange(26))}{chr(65 + r.randrange(26))}{chr(65 + r.randrange(26))} {r.randrange(10, 99)}{r.choice('0123456789ABC')}")), None),
        "EUR": lambda: (f"€{r.randrange(40, 3000)}", None),
        "KUND": lambda: (r.choice((d(7), d(8), f"{d(4)} {d(4)}", f"{d(3)}-{d(5)}", f"K{d(7)}")), None),
        "EAN": lambda: (draw.ean(), None),
        "METER": lambda: (r.choice((d(8), f"{d(4)} {d(4)}", f"ELM{d(8)}", f"7359{d(10)}", f"{d(2)}-{d(6)}")), None),
        "OCR": lambda: (d(r.choice((10, 12, 14, 16))), None),
        "BG": lambda: (r.choice((f"{d(3)}-{d(4)}", f"{d(4)}-{d(4)}")), None),
        "PG": lambda: (f"{d(2)} {d(2)} {d(2)}-{d(1)}", None),
        "ORG": lambda: (draw.org(), None),
        "ORDER": lambda: (r.choice((f"ORD-2027-{d(5)}", f"{d(7)}", f"#{d(6)}", f"WO-{d(6)}", f"ÄR{d(6)}", f"2027-{d(6)}", f"C{d(5)}-{d(2)}")), None),
        "INV": lambda: (r.choice((f"{d(9)}", f"F{d(7)}", f"2027{d(6)}")), None),
        "KWH": lambda: (r.choice((f"{r.randrange(1000, 99999):,} kWh".replace(",", " "), f"{r.randrange(80, 3000)} kWh", f"{d(6)}", f"{r.randrange(1000, 99999)},{d(1)}")), None),
        "M3": lambda: (f"{r.randrange(20, 400)} m³" if r.random() < 0.5 else f"{r.randrange(1000, 9999)},{d(2)}", None),
        "MWH": lambda: (f"{r.randrange(4, 30)},{d(2)} MWh", None),
        "FUSE": lambda: (f"{r.choice((16, 20, 25, 35, 50, 63))} A", None),
        "KW": lambda: (r.choice((f"{r.randrange(3, 16)},{d(1)} kW", f"{r.randrange(4, 15)} kWp", "11 kW", "22 kW", "3,7 kW", f"{r.randrange(12, 32)} st paneler")), None),
        "MODEL": lambda: (r.choice(MODELS), None),
        "SERIAL": lambda: (r.choice((f"SN {d(2)}A{d(8)}", f"{d(4)}-{d(4)}-{d(2)}", f"S/N {chr(65 + r.randrange(26))}{chr(65 + r.randrange(26))}{d(9)}", f"{d(12)}")), None),
        "IP": lambda: (r.choice((f"192.168.{r.randrange(0, 3)}.{r.randrange(1, 254)}", f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 254)}", f"85.{r.randrange(224, 256)}.{r.randrange(256)}.{r.randrange(1, 254)}")), None),
        "MAC": lambda: (":".join(f"{r.randrange(256):02X}" for _ in range(6)), None),
        "SPEED": lambda: (r.choice(("100/100 Mbit/s", "250/250", "500/500 Mbit/s", "1000/1000", "1 Gbit/s", "10/10")), None),
        "AREA": lambda: (r.choice(AREAS), None),
        "FIRM": lambda: (r.choice(FIRMS), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "PROPX": lambda: (f"{r.choice(SV_TOWNS)[0]} {r.choice(PROPS)} {r.randrange(1, 30)}:{r.randrange(1, 90)}", None),
        "CODE": lambda: (d(4), None),
        "PCT": lambda: (f"{r.randrange(1, 30)} %", None),
    }  # fmt: skip
    return values[form]()


CO = re.compile(r"(c/o )([^,\n]+)(, |\n)", re.IGNORECASE)


def split_co(segment: Segment) -> list[Segment]:
    """An address with `c/o`: the `c/o` outside, the name after it a PERSON, the ADDRESS from the street."""
    value, kind = segment
    match = CO.match(value) if kind == "ADDRESS" else None
    if not match:
        return [segment]
    return [(match.group(1), None), (match.group(2), "PERSON"), (match.group(3), None), (value[match.end() :], "ADDRESS")]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        base = form.rstrip("'")
        base = base[:-1] if len(base) > 1 and base.endswith("s") and base[:-1] in PERSON_FORMS else base
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        else:
            segments = split_co(filler(form, draw))
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """cj's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-cj-{len(rows) + 1:04d}", "split": "heldout-cj", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of cj is printed."""
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
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address c/o"] += "c/o" in value
                forms["address Box"] += value.startswith("Box")
                forms["address property"] += bool(re.search(r"\d:\d", value))
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with +"] += "+" in value
            elif span["kind"] == "PHONE":
                forms["phone with +/00"] += value.startswith(("+", "00"))
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values()) or 1
        print(f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})")
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = spans_seen = ids = 0
    seen_ids: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            if set(row) != {"id", "split", "lang", "text", "spans"}:
                problems["row keys"] += 1
            if row["id"] in seen_ids or row["split"] != "heldout-cj" or row["lang"] not in SIZES:
                problems["id, split or lang"] += 1
            seen_ids.add(row["id"])
            text, last_end = row["text"], -1
            for span in row["spans"]:
                spans_seen += 1
                start, end, kind = span["start"], span["end"], span["kind"]
                if kind not in KINDS:
                    problems["kind"] += 1
                if not (0 <= start < end <= len(text)):
                    problems["empty or out of bounds"] += 1
                    continue
                value = text[start:end]
                if value != value.strip():
                    problems["whitespace at an edge"] += 1
                if start < last_end:
                    problems["unsorted or overlapping"] += 1
                last_end = end
                if kind == "NATIONAL_ID":
                    ids += 1
                    digits = re.sub(r"\D", "", value)
                    if len(digits) not in (10, 12) or luhn(digits[-10:-1]) != int(digits[-1]):
                        problems["personnummer check digit"] += 1
    print(f"checked {rows} rows, {spans_seen} spans, {ids} personnummer; problems {sum(problems.values())}" + "".join(f", {k} {v}" for k, v in problems.items()))
    return sum(problems.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out) else 0)
    draw = Draw(args.seed)
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
