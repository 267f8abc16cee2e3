# ruff: noqa: E501
"""Generate held-out ED for personal-data detection (issue 15): names as the population has them,
a hundred-and-thirteenth writer.

    python data/pii/generate_ed.py                          # writes data/pii/generated-heldout-ed.jsonl
    python data/pii/generate_ed.py --stats                  # counts only (sizes, forms, head/tail split)
    python data/pii/generate_ed.py --check                  # checks the written file, counts only
    python data/pii/generate_ed.py --seed 7 --out /tmp/x.jsonl   # a scratch seed, to read rows

ED's names are drawn by how often people really carry them: every name word comes from
`names_ed.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is gyms, sports clubs and personal trainers (`templates_ed.py`): memberships and
their freezes and notices, training logs, class lists and waiting lists, coach notes, match
squads and call-ups, parents' rotas for the kiosk and the car pool, cancellations, invoices and
receipts for the employer's wellness allowance, attendance lists for the state grant with
personnummer, injury reports, camps, gradings and races, in Swedish, English and mixed text,
with addresses and phone numbers in every common form. Written by a helper who does not tune the
detector and who read only `generate_aw.py` (for these mechanics), two sections of
docs/privacy.md ("Held-out AW", "Held-out CL") and the first line of `generated-heldout-u.jsonl`:
not the detector's rules, lexicons or tagger (`src/`), not any other set's names, templates or
rows, not any error listing. ED was never run through the detector or a scorer by its writer,
and its names were not checked against rung's lexicons. Stdlib only; one seeded Random: same
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

from names_ed import (  # noqa: E402
    DOUBLE_FIRST,
    DOUBLE_SECOND,
    HEAD_SHARE,
    MIXES,
    NICKNAMES,
    ORIGINS,
    Pool,
    feminine,
    plain,
)
from templates_ed import CLASSES, DAYS, EN, HALLS, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270190
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ed.jsonl"
SPLIT = "heldout-ed"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the towns' street registers.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Kyrkogatan", "Nygatan",
    "Idrottsgatan", "Sportgatan", "Stadionvägen", "Arenavägen", "Bollplansgatan", "Simhallsvägen",
    "Badhusgatan", "Brogatan", "Fabriksgatan", "Götgatan", "Hornsgatan", "Sankt Eriksgatan",
    "Birger Jarlsgatan", "Karlavägen", "Odengatan", "Linnégatan", "Södra Vägen", "Norra Strandgatan",
    "Västra Hamngatan", "Östra Storgatan", "Lilla Nygatan", "Björkvägen", "Tallvägen", "Granvägen",
    "Lönnvägen", "Ringvägen", "Skogsvägen", "Parkvägen", "Solvägen", "Ängsvägen", "Backvägen",
    "Gamla Vägen", "Kastanjevägen", "Hjortvägen", "Mårdvägen", "Rävsvängen", "Lärksvängen",
    "Björksvängen", "Ekallén", "Lindallé", "Kastanjeallén", "Slottsallén", "Almbacken", "Solbacken",
    "Kyrkbacken", "Klockarebacken", "Hästhovsbacken", "Svandammens backe", "Vitsippsstigen",
    "Blåbärsstigen", "Lingonstigen", "Kantarellstigen", "Mossstigen", "Stortorget", "Järntorget",
    "Lilla torget", "Fisktorget", "Sportfältets torg", "Stationsplan", "Bruksplan", "Kvarnplan",
    "Kopparslagargränd", "Smedjegränd", "Bagargränd", "Prästgårdsgränd", "Hamnkajen", "Norra Kajen",
    "Skeppsbrokajen", "Strandkajen", "Tullkajen", "Bryggvägen", "Idrottsvägen", "Motionsvägen",
)  # fmt: skip
# Towns with the range of the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 752, 756),
    ("Linköping", 581, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Solna", 169, 171), ("Nacka", 131, 132), ("Sollentuna", 191, 192),
    ("Huddinge", 141, 141), ("Tumba", 147, 147), ("Handen", 136, 136), ("Jakobsberg", 177, 177),
    ("Mölndal", 431, 431), ("Kungsbacka", 434, 434), ("Varberg", 432, 432), ("Uddevalla", 451, 451),
    ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541), ("Kristianstad", 291, 291),
    ("Karlskrona", 371, 371), ("Motala", 591, 591), ("Piteå", 941, 941), ("Skellefteå", 931, 931),
    ("Örnsköldsvik", 891, 891), ("Visby", 621, 621), ("Hudiksvall", 824, 824), ("Ystad", 271, 271),
    ("Trelleborg", 231, 231), ("Landskrona", 261, 261), ("Lidköping", 531, 531), ("Alingsås", 441, 441),
    ("Sandviken", 811, 811), ("Enköping", 745, 745), ("Nyköping", 611, 611), ("Katrineholm", 641, 641),
    ("Västervik", 593, 593), ("Kiruna", 981, 981), ("Mora", 792, 792), ("Ludvika", 771, 771),
    ("Härnösand", 871, 871), ("Sala", 733, 733), ("Vetlanda", 574, 574), ("Oskarshamn", 572, 572),
)  # fmt: skip
# Villages as rural addresses name them (`Västanby 24`), with the town whose rural postcodes they have.
VILLAGES = (
    "Västanby", "Östanby", "Norrby", "Sörby", "Kvarnby", "Hagaby", "Björkebo", "Lillängen",
    "Kvarnbacka", "Stora Mossen", "Lilla Hult", "Ekeby", "Skogsby", "Åsby", "Berga", "Tuna",
    "Broby", "Sjöängen", "Bäckby", "Rödje", "Önnestad", "Kullen", "Fäbodvallen", "Näset",
)  # fmt: skip
UK_STREETS = (
    "Elm Grove", "Station Road", "Church Street", "Park Lane", "Victoria Road", "Mill Lane",
    "Queens Road", "Grange Avenue", "Meadow Close", "Ashfield Road", "The Crescent", "Beech Drive",
    "Sandy Lane", "Hillside Avenue", "Chestnut Walk", "North Street", "Albert Terrace", "Coronation Road",
    "Stadium Way", "Bowling Green Lane", "Pavilion Road", "Rectory Lane", "Westfield Road", "Oakwood Court",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Sheffield", "S"), ("Nottingham", "NG"),
    ("Cardiff", "CF"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Brighton", "BN"), ("Reading", "RG"),
    ("Norwich", "NR"), ("Newcastle upon Tyne", "NE"), ("Liverpool", "L"), ("Oxford", "OX"),
    ("Cambridge", "CB"), ("York", "YO"), ("Bath", "BA"), ("Exeter", "EX"), ("Leicester", "LE"),
    ("Belfast", "BT"), ("Swansea", "SA"), ("Aberdeen", "AB"),
)  # fmt: skip
LONDON = ("SW11", "SW4", "E17", "N16", "SE22", "NW5", "E8", "W12", "SE15", "N4")
UK_HOUSES = ("Flat 2", "Flat 4B", "Apartment 12", "The Old Pavilion", "Rose Cottage", "2 Gatehouse Mews")  # fmt: skip
US_STREETS = (
    "Maple Ave", "Oak Street", "Elm St", "Lakeview Drive", "Park Avenue", "N Main St", "Cedar Lane",
    "Ridgewood Road", "Highland Ave", "W 3rd Street", "Sunset Blvd", "Pine Ridge Court",
    "Stadium Drive", "Fairway Lane", "Willow Creek Rd", "E 14th Ave",
)  # fmt: skip
US_TOWNS = (
    ("Madison", "WI", 537), ("Minneapolis", "MN", 554), ("Austin", "TX", 787), ("Denver", "CO", 802),
    ("Portland", "OR", 972), ("Seattle", "WA", 981), ("Boston", "MA", 21), ("Chicago", "IL", 606),
    ("Columbus", "OH", 432), ("Raleigh", "NC", 276), ("Ann Arbor", "MI", 481), ("Boulder", "CO", 803),
    ("Burlington", "VT", 54), ("San Diego", "CA", 921), ("Brooklyn", "NY", 112), ("Duluth", "MN", 558),
)  # fmt: skip
EUROPE = (
    "Turnerstraße {n}, {z5:10115-10999} Berlin", "Am Sportpark {n}, {z5:50933-50935} Köln",
    "Schulweg {n}, {z5:80331-81929} München", "Idrætsvej {n}, {z4:8000-8270} Aarhus",
    "Stadionvej {n}, {m}. th., {z4:2100-2150} København Ø", "Idrettsveien {n}, {z4:0550-0599} Oslo",
    "Bergensveien {n} B, {z4:5003-5099} Bergen", "Urheilukatu {n} A {m}, {z5:00250-00260} Helsinki",
    "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere", "{n} avenue des Sports, {z5:69001-69009} Lyon",
    "{n} rue du Stade, {z5:33000-33800} Bordeaux", "Calle Mayor {n}, {m}º B, {z5:28001-28015} Madrid",
    "Carrer de Sants {n}, {m}r {m}a, {z5:08014-08028} Barcelona", "Sportlaan {n}, {z4:3511-3585} {L2} Utrecht",
    "ul. Sportowa {n}/{m}, 0{z1:0-4}-{z3:001-999} Warszawa", "ul. Długa {n}, 80-{z3:800-899} Gdańsk",
    "Via dello Sport {n}, {z5:20121-20162} Milano", "Sportplatzgasse {n}/{m}, {z4:1010-1230} Wien",
    "Bahnhofstrasse {n}, {z4:8001-8099} Zürich", "Tartu mnt {n}-{m}, {z5:10115-10145} Tallinn",
    "{n} Seafield Road, Clontarf, Dublin 3", "Rua do Estádio {n}, 4{z3:000-200}-{z3:001-999} Porto",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "hotmail.co.uk", "yahoo.com", "bredband.net")  # fmt: skip
WORK = ("example.se", "example.com", "example.org", "example.co.uk", "klubb.example.se", "gym.example.se", "idrott.example.se", "pt.example.com")  # fmt: skip
FUNCTION = {
    "sv": ("kansli", "info", "medlem", "bokning", "faktura", "kiosk", "ungdom", "tranare", "styrelsen", "kassor", "reception", "lok", "anmalan", "medlemsservice"),
    "en": ("info", "membership", "bookings", "accounts", "welfare", "juniors", "coaching", "reception", "secretary", "fixtures", "safeguarding", "hello"),
}  # fmt: skip


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
    """Every value of ED from one seeded Random; counts the head/tail split and the origins."""

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
        sex = "f" if woman else "m"
        if (
            key == "swedish" and given[0][0] in DOUBLE_FIRST[sex] and r.random() < 0.15
        ):  # Anna-Karin, Per-Olof
            second = r.choice([w for w in DOUBLE_SECOND[sex] if w != given[0][0]])
            given.append((second, "double"))  # a fixed second part: neither head nor tail
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "finnish": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # the father's surname, then the mother's
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (
            surname[0][0] == surname[1][0] or " " in surname[0][0] + surname[1][0]
        ):
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            middle = [(plain(w), p) for w, p in middle]
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
            if part in ("head", "tail"):
                self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{r.randrange(60, 99)}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def function_mail(self) -> str:
        r = self.rng
        local = r.choice(FUNCTION["en" if self.lang == "en" else "sv"])
        domain = r.choice(WORK)
        if r.random() < 0.3:
            domain = (
                r.choice(
                    (
                        "ifk",
                        "bk",
                        "ik",
                        "if",
                        "ok",
                        "sk",
                        "gf",
                        "fc",
                        "crossfit",
                        "padel",
                        "simklubb",
                    )
                )
                + "-"
                + domain
            )
        return f"{local}@{domain}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool = False) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
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
                "35",
                "36",
                "42",
                "46",
                "60",
                "11",
            )
        )
        area3 = r.choice(("152", "171", "220", "240", "250", "270", "280", "300", "320", "340", "370", "380", "410", "430", "470", "480", "490", "500", "510", "520", "550", "560", "570", "580", "611", "620", "640", "650", "660", "680", "690", "910", "920", "980"))  # fmt: skip
        mobiles = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (2, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:7]}"),
        )  # fmt: skip
        lands = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2}{d[:7]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"010-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        shapes = mobiles if mobile else mobiles + lands
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def firm_phone(self) -> str:
        """A club's, a gym's or a firm's number: switchboards and service numbers."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"0{r.choice(('18', '13', '19', '21', '90'))}-{d[:2]} {d[2:4]} {d[4:6]}",
            f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}", f"0{r.choice(('520', '480', '640', '570'))}-{d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        shapes = (
            f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}",
            f"0113 496 0{d[:3]}", f"0161 496 0{d[:3]}", f"0117 496 0{d[:3]}", f"020 7946 0{d[:3]}",
            f"(0131) 496 0{d[:3]}", f"029 2018 0{d[:3]}", f"+44 20 7946 0{d[:3]}", f"0044 7700 900{d[:3]}",
            f"01632 960{d[:3]}", f"07{r.randrange(400, 999)} {d}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(
            (
                "608",
                "612",
                "512",
                "303",
                "503",
                "206",
                "617",
                "312",
                "614",
                "919",
                "734",
                "720",
                "802",
                "619",
                "718",
                "218",
            )
        )
        shapes = (f"({area}) 555-01{d[:2]}", f"{area}-555-01{d[:2]}", f"+1 {area} 555 01{d[:2]}",
                  f"{area}.555.01{d[:2]}", f"1-{area}-555-01{d[:2]}", f"555-01{d[:2]}")  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)50 {d[:3]} {d[3:7]}",
            f"00358 44 {d[:7]}", f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}", f"0049 221 {d[:6]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+353 87 {d[:3]} {d[3:7]}", f"+351 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}", f"+291 7 {d[:6]}", f"+93 70 {d[:3]} {d[3:7]}",
            f"+66 81 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+86 138 {d[:4]} {d[4:8]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+381 64 {d[:7]}", f"+385 91 {d[:3]} {d[3:7]}", f"+1 (612) 555-0{d[:3]}", f"+44 7700 900{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, kind: str = "adult") -> str:
        """A personnummer with a valid check digit: adults, children (the grant's lists), the old, or past a hundred."""
        r = self.rng
        if kind == "child":
            year = r.randrange(2008, 2021)
        elif kind == "hundred":
            year = r.randrange(1919, 1927)
        elif kind == "old":
            year = r.randrange(1919, 1927) if r.random() < 0.6 else r.randrange(1932, 1955)
        else:
            year = r.randrange(1948, 2007)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if year < 1927:  # past a hundred: `+` in the ten-digit form
            return (
                f"{date}+{serial}{check}" if roll < 0.65 else f"{year // 100}{date}-{serial}{check}"
            )
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[30:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        roll = r.random()
        if roll < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.1:
            out = f"SE-{code[:3]} {code[3:]} {town}"
        elif roll < 0.12:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 180)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", {r.randrange(1, 5)} tr."
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        if r.random() < 0.2:
            town, area = "London", r.choice(LONDON)
            code = f"{area} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        else:
            town, area = r.choice(UK_TOWNS)
            code = f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {street}"
        elif roll < 0.3:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
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

    P full name, p the same in lower case, U in capitals, F with middle names, FI with a middle
    initial, G/g the given name (sometimes its short form), GU in capitals, N/n the short form
    where the name has one, S/s the surname, SU in capitals, I an initial and the surname, Gi the
    given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail
    address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form not in PERSON_FORMS)
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
    elif base == "FI":
        words = given + middle + surname
        value = " ".join([person.first] + [f"{w[0]}." for w, _ in middle] + [person.last])
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = (
            None if base == "GU" else draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        )
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
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif base == "RU":
        words, value = given + surname, f"{person.last.upper()}, {person.first}"
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
    "FI",
    "G",
    "g",
    "GU",
    "N",
    "n",
    "S",
    "s",
    "SU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
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
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRK": lambda: (draw.national_id("child"), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id("old"), "NATIONAL_ID"),
        "PNRH": lambda: (draw.national_id("hundred"), "NATIONAL_ID"),
        "EF": lambda: (draw.function_mail(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(6, 22)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.choices((r.randrange(95, 900), r.randrange(900, 6000), r.randrange(6000, 24000)), weights=(5, 4, 1))[0]} kr", None),
        "GBP": lambda: (f"£{r.randrange(5, 900)}{r.choice(('', '.00', '.50', f'.{r.randrange(100):02d}'))}", None),
        "USD": lambda: (f"${r.randrange(15, 1200)}{r.choice(('', '.00', '.99'))}", None),
        "EUR": lambda: (f"{r.randrange(20, 600)} €", None),
        "REF": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"B-{r.randrange(1000, 99999)}", f"{r.randrange(10000, 99999)}", f"{r.randrange(2026, 2028)}-{r.randrange(1, 9999):04d}")), None),
        "MEM": lambda: (r.choice((f"{r.randrange(1000, 99999)}", f"M{r.randrange(100000, 999999)}", f"{r.randrange(10, 99)}-{r.randrange(1000, 9999)}")), None),
        "OCR": lambda: (draw.digits(r.randrange(8, 16)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ORG": lambda: (f"8{r.randrange(0, 3)}{draw.digits(4)}-{draw.digits(4)}", None),
        "KG": lambda: (f"{r.randrange(20, 220)}{r.choice(('', ',5', '.5'))}", None),
        "REPS": lambda: (f"{r.randrange(2, 6)}x{r.randrange(3, 15)}", None),
        "SCORE": lambda: (f"{r.randrange(0, 7)}-{r.randrange(0, 7)}", None),
        "TOWN": lambda: ((r.choice(UK_TOWNS)[0] if r.random() < 0.6 else r.choice(US_TOWNS)[0]) if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "CLASS": lambda: (r.choice(CLASSES), None),
        "HALL": lambda: (r.choice(HALLS), None),
        "YEAR": lambda: (str(r.randrange(2009, 2020)), None),
        "DOB": lambda: (f"{day:02d}/{month:02d}/{r.randrange(1950, 2016)}", None),
        "SWISH": lambda: (f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", None),
        "SORT": lambda: (f"{r.randrange(10, 99)}-{r.randrange(10, 99)}-{r.randrange(10, 99)}", None),
        "ACC": lambda: (draw.digits(8), None),
        "NHS": lambda: (f"{draw.digits(3)} {draw.digits(3)} {draw.digits(4)}", None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    nearest: Person | None = None  # the person named last: an e-mail without a number is theirs
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
            elif base == "E" and not ref and nearest is not None:
                person = nearest
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
            nearest = person
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """ED's rows: every negative once, then positive rows from shuffled decks of each language's
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


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of ED is printed."""
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
                forms["lower-case one word"] += value.islower() and " " not in value
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address after c/o"] += (
                    "c/o" in text[max(0, span["start"] - 60) : span["start"]]
                )
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with - or +"] += "-" in value or "+" in value
                forms["personnummer with +"] += "+" in value
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file and prints counts only; returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_all = ids_checked = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        if list(row) != ["id", "split", "lang", "text", "spans"]:
            problems["row keys"] += 1
        if row["id"] in ids:
            problems["duplicate id"] += 1
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_all += 1
            if list(span) != ["start", "end", "kind"]:
                problems["span keys"] += 1
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            problems["empty span"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            problems["unsorted or overlapping"] += start < end
            problems["unknown kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            end = stop
            if span["kind"] == "NATIONAL_ID":
                ids_checked += 1
                digits = re.sub(r"[-+]", "", value)
                digits = digits[2:] if len(digits) == 12 else digits
                if not (
                    digits.isdigit() and len(digits) == 10 and luhn(digits[:9]) == int(digits[9])
                ):
                    problems["personnummer check digit"] += 1
    problems = Counter({k: v for k, v in problems.items() if v})
    print(f"rows {rows}, spans {spans_all}, ids {len(ids)}, personnummer checked {ids_checked}")
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
