# ruff: noqa: E501, E402
"""Generate held-out GT for personal-data detection (issue 15): names as the population has them,
a hundred-and-eighty-first writer.

    python data/pii/generate_gt.py              # writes data/pii/generated-heldout-gt.jsonl
    python data/pii/generate_gt.py --stats      # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_gt.py --check      # checks the written file, prints counts only
    python data/pii/generate_gt.py --seed 7 --out /tmp/gt-7.jsonl   # a scratch seed to read

GT's names are drawn by how often people really carry them: every name word comes from
`names_gt.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head of
a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population is.
The genre is primary care (`templates_gt.py`): health centres (vårdcentral, hälsocentral) and GP
surgeries, with appointment bookings and SMS reminders, letters calling patients in, referrals and
their answers, prescription renewals, lab results letters, patient lists and listing forms,
callback queues, home visits, staff rotas and the staff's chat, e-mails and signatures. Written by a
helper who does not tune the detector, who read only `generate_aw.py` (for the mechanics, copied
here), two sections of `docs/privacy.md` and the first line of `generated-heldout-u.jsonl`, and
neither the detector's rules, lexicons and tagger (`src/rung/privacy/`) nor any other set's names,
templates or rows nor any error listing; GT was never run through the detector by its writer, and
its names were not checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same
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

from names_gt import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain
from templates_gt import (
    CLINICS,
    DAYS,
    EN,
    LABS_EN,
    LABS_SV,
    MEDS_EN,
    MEDS_SV,
    MIXED,
    MONTHS,
    NEGATIVES,
    SURGERIES,
    SV,
)

SEED = 20270258
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gt.jsonl"
SPLIT = "heldout-gt"
KEYS = ["id", "split", "lang", "text", "spans"]  # as in generated-heldout-u.jsonl

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the towns' streets.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Järnvägsgatan", "Skolgatan", "Kyrkogatan", "Nygatan",
    "Östra Hamngatan", "Södra Förstadsgatan", "Norra Allégatan", "Trädgårdsgatan", "Bangårdsgatan",
    "Tegelbruksgatan", "Fabriksgatan", "Bruksgatan", "Repslagargatan", "Sjömansgatan", "Prästgatan",
    "Rådhusgatan", "Brunnsgatan", "Tullgatan", "Slottsgatan", "Birger Jarlsgatan", "Linnégatan",
    "Engelbrektsgatan", "Sankt Eriksgatan", "Ringvägen", "Björkvägen", "Tallvägen", "Granvägen",
    "Ekvägen", "Lönnvägen", "Aspvägen", "Rönnvägen", "Hasselvägen", "Syrénvägen", "Lärkvägen",
    "Solvägen", "Parkvägen", "Idrottsvägen", "Skogsvägen", "Ängsvägen", "Backvägen", "Kvarnvägen",
    "Karlavägen", "Gamla Kungsvägen", "Västra Vägen", "Ängssvängen", "Hagsvängen", "Vallmosvängen",
    "Kastanjeallén", "Lindallén", "Björkallé", "Kungsholms allé", "Pilbacken", "Kvarnbacken",
    "Kyrkbacken", "Prästbacken", "Slottsbacke", "Lingonstigen", "Blåbärsstigen", "Hallonstigen",
    "Smultronstigen", "Ekorrstigen", "Stortorget", "Lilla torget", "Järntorget", "Fisktorg",
    "Stationsplan", "Brunnsplan", "Kyrkplan", "Smedjegränd", "Bryggargränd", "Kopparslagargränd",
    "Hamnkajen", "Norra Kajen", "Strandkajen", "Tullkajen", "Stigbergsliden", "Bäckslingan",
    "Gökslingan", "Medborgarplatsen",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 112, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 722, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Kalmar", 392, 393), ("Falun", 791, 791), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Uddevalla", 451, 451), ("Varberg", 432, 432), ("Nyköping", 611, 611), ("Motala", 591, 591),
    ("Piteå", 941, 941), ("Skellefteå", 931, 931), ("Karlskrona", 371, 371), ("Visby", 621, 621),
    ("Ystad", 271, 271), ("Kiruna", 981, 981), ("Mora", 792, 792), ("Rättvik", 795, 795),
    ("Ljusdal", 827, 827), ("Sorsele", 924, 924), ("Storuman", 923, 923), ("Lycksele", 921, 921),
    ("Hudiksvall", 824, 824), ("Västervik", 593, 593), ("Kungsbacka", 434, 434), ("Alingsås", 441, 441),
    ("Ängelholm", 262, 262), ("Lidköping", 531, 531), ("Arvika", 671, 671), ("Mjölby", 595, 595),
    ("Vetlanda", 574, 574), ("Haparanda", 953, 953), ("Strömstad", 452, 452), ("Simrishamn", 272, 272),
    ("Sala", 733, 733), ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 892), ("Boden", 961, 961),
    ("Kalix", 952, 952), ("Tranås", 573, 573), ("Köping", 731, 731),
)  # fmt: skip
# Villages whose name and a number are the address, with the town their rural postcode belongs to.
VILLAGES = (
    ("Vikarbyn", "Rättvik", 795), ("Boda", "Rättvik", 795), ("Östnor", "Mora", 792), ("Nusnäs", "Mora", 792),
    ("Bonäs", "Mora", 792), ("Färila", "Ljusdal", 827), ("Tallåsen", "Ljusdal", 827), ("Ammarnäs", "Sorsele", 924),
    ("Blattniksele", "Sorsele", 924), ("Gunnarn", "Storuman", 923), ("Kristineberg", "Lycksele", 921),
    ("Forsa", "Hudiksvall", 824), ("Hälsingtuna", "Hudiksvall", 824), ("Ankarsrum", "Västervik", 593),
    ("Norrby", "Sala", 733), ("Söderby", "Köping", 731), ("Västanvik", "Arvika", 671), ("Östansjö", "Kalix", 952),
    ("Lillåsen", "Boden", 961), ("Storbacken", "Piteå", 941), ("Hemmingsmark", "Piteå", 941),
    ("Kusmark", "Skellefteå", 931), ("Bergsbyn", "Skellefteå", 931), ("Ljugarn", "Visby", 621),
    ("Kivik", "Simrishamn", 272), ("Hov", "Tranås", 573),
)  # fmt: skip
UK_STREETS = (
    "Mill Road", "Albert Road", "Beech Grove", "Meadow Close", "Oakfield Avenue", "Hawthorn Drive",
    "Queens Road", "Elm Terrace", "Priory Lane", "Castle Street", "Greenbank Crescent", "Windsor Road",
    "Station Approach", "Chapel Walk", "Newport Road", "Ashgrove", "Cedar Way", "Riverside Walk",
    "Highfield Road", "Park View", "Church Street", "Victoria Terrace", "Nelson Street", "Well Lane",
)  # fmt: skip
UK_TOWNS = (
    ("Sheffield", "S", 35), ("Leeds", "LS", 28), ("Bristol", "BS", 16), ("Norwich", "NR", 14),
    ("Exeter", "EX", 6), ("York", "YO", 32), ("Cardiff", "CF", 24), ("Glasgow", "G", 46),
    ("Edinburgh", "EH", 17), ("Nottingham", "NG", 16), ("Leicester", "LE", 9), ("Derby", "DE", 24),
    ("Bath", "BA", 2), ("Oxford", "OX", 4), ("Brighton", "BN", 2), ("Plymouth", "PL", 9),
    ("Newcastle upon Tyne", "NE", 15), ("Aberdeen", "AB", 25), ("Belfast", "BT", 17), ("Swansea", "SA", 8),
    ("Liverpool", "L", 36), ("Birmingham", "B", 45), ("London", "SE", 28), ("London", "N", 22),
)  # fmt: skip
UK_HOUSES = ("Flat 3, Wessex House", "The Old Vicarage", "Apple Tree Cottage", "2 The Mews", "Flat 12, Riverside Court", "Holly Lodge")  # fmt: skip
US_STREETS = ("Lake Street", "Elm Avenue", "Cedar Lane", "2nd Avenue North", "Maple Drive", "West 38th Street", "Oak Ridge Road", "Harbor View Drive", "Pine Street", "Main Street", "Washington Avenue", "Prairie Road")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Saint Paul", "MN", 551), ("Madison", "WI", 537), ("Seattle", "WA", 981), ("Portland", "OR", 972), ("Chicago", "IL", 606), ("Denver", "CO", 802), ("Austin", "TX", 787), ("Rockford", "IL", 611), ("Jamestown", "NY", 147), ("Lindsborg", "KS", 674), ("Sioux Falls", "SD", 571), ("Worcester", "MA", 16))  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:69115-69126} Heidelberg", "Gartenweg {n}, {z5:28195-28779} Bremen",
    "{n} avenue de la République, {z5:69001-69009} Lyon", "{n} rue du Moulin, {z5:44000-44300} Nantes",
    "Hämeenkatu {n} A {m}, {z5:33100-33210} Tampere", "Kauppakatu {n}, {z5:40100-40700} Jyväskylä",
    "Storgata {n}, {z4:0155-0190} Oslo", "Kongens gate {n}, {z4:7011-7013} Trondheim",
    "Nørregade {n}, {m}. th., 8000 Aarhus C", "Vestergade {n}, 5000 Odense C",
    "ul. Polna {n} m. {m}, 00-{z3:600-699} Warszawa", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "Calle Mayor {n}, {m}º B, 28013 Madrid", "Avenida del Mar {n}, {z5:29600-29699} Marbella",
    "Dorpsstraat {n}, {z4:3511-3585} {L2} Utrecht", "Via Nazionale {n}, 00184 Roma",
    "Tartu mnt {n}, {z5:10115-10145} Tallinn", "Bahnhofstrasse {n}, 8001 Zürich",
    "Zmaja od Bosne {n}, 71000 Sarajevo", "Bağdat Caddesi No: {n}, 34728 Kadıköy/İstanbul",
    "Rua Augusta {n}, {m}º, 1100-{z3:048-300} Lisboa",
)  # fmt: skip
# Area codes: the two-digit and three-digit Swedish ones, UK cities' codes with ranges kept for
# fiction (`0113 496 0xxx`), US area codes before 555-01xx.
SV_AREA2 = ("11", "13", "16", "18", "19", "21", "23", "26", "31", "33", "35", "36", "40", "42", "44", "46", "54", "60", "63", "90")  # fmt: skip
SV_AREA3 = ("247", "250", "280", "290", "380", "431", "451", "470", "480", "498", "510", "522", "560", "570", "586", "620", "645", "651", "660", "680", "920", "921", "950", "980")  # fmt: skip
UK_CITY = ("113", "114", "115", "116", "117", "118", "121", "131", "141", "151", "161", "191")  # fmt: skip
US_AREA = ("612", "651", "608", "206", "503", "312", "303", "512", "815", "716", "785", "605", "508")  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.com", "bredband.net")  # fmt: skip
WORK = {"sv": ("example.se", "region.example.se", "vard.example.se"), "en": ("nhs.net", "example.co.uk", "example.com")}  # fmt: skip
MAILBOXES = ("vardcentralen.centrum", "reception", "tidbok", "remisser", "kontakt", "bvc", "hemsjukvarden", "receptfornyelse")  # fmt: skip
MAILBOXES_EN = ("reception", "prescriptions", "enquiries", "practice.manager", "admin", "results")  # fmt: skip


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
    """Every value of GT from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Karl-Erik
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3}.get(key, 0.05):
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
        elif key in ("uk", "us") and roll < 0.025:
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
        given = plain(person.first).lower().replace("-", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}"))  # fmt: skip
        work = WORK["en" if self.lang == "en" else "sv"]
        return f"{local}@{r.choice(work if r.random() < 0.35 else MAIL)}"

    def mailbox(self, english: bool) -> str:
        r = self.rng
        if english:
            practice = r.choice(SURGERIES).split()[0].lower()
            return f"{r.choice(MAILBOXES_EN)}.{practice}@{r.choice(('nhs.net', 'example.co.uk'))}"
        return f"{r.choice(MAILBOXES)}@{r.choice(WORK['sv'])}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool = False) -> str:
        """A Swedish number as people give their own: mostly mobiles, some home numbers."""
        r = self.rng
        if not mobile and r.random() < 0.18:
            return self.phone_home()
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (3, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"0046{m[1:]}{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_home(self) -> str:
        """A Swedish landline: Stockholm, the two-digit areas and the three-digit ones."""
        r = self.rng
        d = self.digits(8)
        two, three = r.choice(SV_AREA2), r.choice(SV_AREA3)
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"08{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{two}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{two}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{two} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{two}-{d[:6]}"), (1, f"+46 {two} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{three}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{three}-{d[:3]} {d[3:5]}"), (2, f"0{three} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{three}{d[:6]}"), (1, f"+46 {three} {d[:3]} {d[3:5]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A practice's, a region's or a firm's number: switchboards, 010, 0771 and 020 numbers."""
        r = self.rng
        d = self.digits(7)
        shapes = (
            (8, f"010-{d[:3]} {d[3:5]} {d[5:]}"), (3, f"010-{d[:3]} {d[3:5]} 00"), (2, f"010 {d[:3]} {d[3:5]} {d[5:]}"),
            (3, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0771-{d[:3]} {d[3:6]}"), (2, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
            (5, self.phone_home()), (2, f"+46 10 {d[:3]} {d[3:5]} {d[5:]}"), (1, f"010{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_uk(self) -> str:
        """A UK number in the ranges set aside for fiction, written as people there write them."""
        r = self.rng
        d = self.digits(3)
        city = r.choice(UK_CITY)
        shapes = (
            (6, f"0{city} 496 0{d}"), (3, f"01632 960{d}"), (3, f"020 7946 0{d}"), (1, f"028 9649 6{d}"),
            (1, f"029 2018 0{d}"), (6, f"07700 900{d}"), (1, f"07700900{d}"), (2, f"+44 7700 900{d}"),
            (2, f"+44 (0){city} 496 0{d}"), (1, f"+44 20 7946 0{d}"), (1, f"0044 7700 900 {d}"), (1, f"(0{city}) 496 0{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_us(self) -> str:
        r = self.rng
        area, d = r.choice(US_AREA), f"01{self.digits(2)}"
        shapes = (f"({area}) 555-{d}", f"{area}-555-{d}", f"{area}.555.{d}", f"+1 {area} 555 {d}", f"+1 ({area}) 555-{d}", f"1-{area}-555-{d}")  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:3]} {d[3:5]} {d[5:7]}", f"040 {d[:3]} {d[3:7]}",
            f"+44 7700 900{d[:3]}", f"+49 151 {d[:8]}", f"0151 {d[:8]}", f"+49 (0)30 {d[:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"00964 7{d[:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+252 61 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+291 7 {d[:3]} {d[3:6]}", f"+93 7{d[:2]} {d[2:5]} {d[5:9]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 (67) {d[:3]}-{d[3:5]}-{d[5:7]}", f"+380 50 {d[:3]} {d[3:7]}",
            f"+387 61 {d[:3]} {d[3:6]}", f"+385 91 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+86 138 {d[:4]} {d[4:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+372 5{d[:3]} {d[3:7]}", f"+1 (612) 555-01{d[:2]}",
            f"+354 {d[:3]} {d[3:7]}", f"+351 9{d[:2]} {d[2:5]} {d[5:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `+` for a ten-digit one of someone past a hundred."""
        r = self.rng
        year = r.randrange(1919, 1928) if old else r.randrange(1930, 2027)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            return f"{date}+{serial}{check}" if roll < 0.75 else f"{year}{date[2:]}-{serial}{check}"
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def nhs_number(self) -> str:
        """An NHS number with a valid modulus-11 check digit: no personnummer, no phone."""
        r = self.rng
        while True:
            d = [r.randrange(10) for _ in range(9)]
            check = 11 - sum(n * (10 - i) for i, n in enumerate(d)) % 11
            check = 0 if check == 11 else check
            if check != 10:
                s = "".join(map(str, d)) + str(check)
                return f"{s[:3]} {s[3:6]} {s[6:]}" if r.random() < 0.8 else s

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

    def sv_postal(self, town: str | None = None, code3: int | None = None) -> str:
        r = self.rng
        if town is None or code3 is None:
            town, low, high = r.choice(SV_TOWNS)
            code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        else:
            code = f"{code3}{r.randrange(90, 100)}"
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.84 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        roll = r.random()
        if lgh or roll < 0.13:
            street += f"{r.choice((' ', ', '))}{r.choice(('lgh', 'lgh', 'Lgh', 'lgh.'))} {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif roll < 0.19:
            street += f", {r.randrange(1, 7)} tr"
        elif roll < 0.22:
            street += f", uppg. {r.choice('ABC')}"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal()}"

    def rural(self, lines: bool = False) -> str:
        r = self.rng
        village, town, code3 = r.choice(VILLAGES)
        return f"{village} {r.randrange(1, 420)}{chr(10) if lines else ', '}{self.sv_postal(town, code3)}"

    def street_town(self) -> str:
        return f"{self.sv_street()}, {self.rng.choice(SV_TOWNS)[0]}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, top = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(1, top + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 20)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Suite', '#'))} {r.randrange(2, 400)}".replace(
                "# ", "#"
            )
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


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname and GU the given name in capitals, I an initial and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing
    `s` asks for a Swedish genitive, a trailing `'` an English one.
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
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
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


def care_of(draw: Draw, lines: bool) -> list[Segment]:
    """`c/o Name, address`: the `c/o` outside, the name its own PERSON, then the ADDRESS."""
    r = draw.rng
    person = draw.person(None)
    if r.random() < 0.35:
        draw.count(person.surname)
        name = person.last
    else:
        draw.count(person.given + person.surname)
        name = f"{person.first} {person.last}"
    return [
        ("c/o ", None),
        (name, "PERSON"),
        ("\n" if lines else ", ", None),
        (draw.sv_address(lines=lines), "ADDRESS"),
    ]


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.rural(), "ADDRESS"),
        "ARL": lambda: (draw.rural(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "SN": lambda: (draw.street_name(), "ADDRESS"),
        "STT": lambda: (draw.street_town(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: (r.choice((draw.sv_street(), draw.street_name(), draw.sv_address(), draw.rural())).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHL": lambda: (draw.phone_home(), "PHONE"),
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "MF": lambda: (draw.mailbox(False), "EMAIL"),
        "MFEN": lambda: (draw.mailbox(True), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "DOB": lambda: (f"{day:02d}/{month:02d}/{r.randrange(1932, 2024)}", None),
        "TIME": lambda: (f"{r.randrange(7, 18)}{':' if en else '.'}{r.choice(('00', '10', '15', '20', '30', '40', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 52)), None),
        "CODE": lambda: (str(r.randrange(1000, 9999)), None),
        "REF": lambda: (r.choice((f"{r.randrange(2026, 2028)}-{r.randrange(100, 9999):04d}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}")), None),
        "AMT": lambda: (r.choice(("100 kr", "200 kr", "250 kr", "300 kr", "400 kr", "1 450 kr", "1 300 kr")), None),
        "GBP": lambda: (f"£{r.randrange(15, 180)}.{r.choice(('00', '50', '95'))}", None),
        "CLINIC": lambda: (r.choice(CLINICS), None),
        "SURGERY": lambda: (r.choice(SURGERIES), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"][:5]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"][:5]), None),
        "MED": lambda: (r.choice(MEDS_SV), None),
        "MEDEN": lambda: (r.choice(MEDS_EN), None),
        "LAB": lambda: (r.choice(LABS_SV), None),
        "LABEN": lambda: (r.choice(LABS_EN), None),
        "NHS": lambda: (draw.nhs_number(), None),
    }  # fmt: skip
    if form in ("CO", "COL"):
        return care_of(draw, lines=form == "COL")
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
    """GT's rows: every negative once, then positive rows from shuffled decks of each language's
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


def pnr_valid(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if len(digits) not in (10, 12) or not re.fullmatch(r"(?:\d{2})?\d{6}[-+]?\d{4}", value):
        return False
    ten = digits[-10:]
    return luhn(ten[:9]) == int(ten[9])


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of GT is printed."""
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
                forms["address with lgh"] += "lgh" in value.lower()
                forms["address after c/o"] += (
                    "c/o" in text[max(0, span["start"] - 40) : span["start"]]
                )
                forms["address Box"] += value.startswith("Box")
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    spans_seen = 0
    for row in rows:
        if list(row) != KEYS:
            problems["keys"] += 1
        if row["id"] in ids:
            problems["duplicate id"] += 1
        ids.add(row["id"])
        if row["split"] != SPLIT or row["lang"] not in SIZES:
            problems["split or lang"] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, stop = span["start"], span["end"]
            if not (0 <= start < stop <= len(text)):
                problems["empty or out of bounds"] += 1
                continue
            value = text[start:stop]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < end:
                problems["unsorted or overlapping"] += 1
            end = stop
            if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["kind"] += 1
            if span["kind"] == "NATIONAL_ID" and not pnr_valid(value):
                problems["personnummer check digit"] += 1
    langs = Counter(row["lang"] for row in rows)
    print(
        f"{path.name}: {len(rows)} rows ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), {spans_seen} spans, {len(ids)} ids"
    )
    if dict(langs) != SIZES:
        problems["sizes"] += 1
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) or "none"))
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
