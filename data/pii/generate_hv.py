# ruff: noqa: E501
"""Generate held-out HV for personal-data detection (issue 15): names as the population has them,
a two-hundred-and-ninth writer. HV's names are drawn by how often people really carry them (every
name word from `names_hv.py`'s weighted pools: SCB's ranks for Sweden, the US Census 1990 per
cents, the ONS rankings for the UK and the commonest names of the origins common in Sweden, 80%
from a list's head and 20% from its tail), mixed by the language of the row roughly as Sweden's
population is. Written by a helper who does not tune the detector and who read only
`generate_aw.py` (for the mechanics), two sections of `docs/privacy.md` (Held-out AW and CL) and the
first line of `generated-heldout-u.jsonl` (for its keys): neither the detector's rules, lexicons
and tagger, nor any other set's names, templates or rows, nor any error listing; HV was never run
through the detector or a scorer by its writer. The genre (`templates_hv.py`): sailing schools and
canoe rental: course bookings, boat- and canoe-rental slips, safety briefings, lost-and-found and
weather cancellations. Stdlib only; one seeded Random: same seed, same bytes.

    python data/pii/generate_hv.py                       # writes data/pii/generated-heldout-hv.jsonl
    python data/pii/generate_hv.py --stats               # counts only (sizes, forms, head/tail split)
    python data/pii/generate_hv.py --check               # checks the written file, counts only
    python data/pii/generate_hv.py --seed 7 --out /tmp/hv7.jsonl   # a scratch seed
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

from names_hv import COMPOUNDS, HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_hv import (  # noqa: E402
    BOATS,
    COMPANIES,
    DAYS,
    EN,
    LAKES,
    MIXED,
    MONTHS,
    NEGATIVES,
    PETS,
    PLACES,
    PROPS,
    SV,
    WATERS_UK,
    WATERS_US,
)

SEED = 20270286
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hv.jsonl"
SPLIT = "heldout-hv"
KEYS = ["id", "split", "lang", "text", "spans"]

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, many by the water as a sailing school's neighbours are.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Hamngatan", "Sjögatan", "Strandgatan", "Fiskargatan", "Båtsmansgatan", "Skeppargatan",
    "Lotsgatan", "Varvsgatan", "Repslagaregatan", "Västra Hamngatan", "Norra Strandgatan",
    "Björkvägen", "Strandvägen", "Sjövägen", "Badvägen", "Hamnvägen", "Skogsvägen", "Ringvägen",
    "Tallvägen", "Bryggvägen", "Fyrvägen", "Vassvägen", "Näckrosvägen", "Seglarvägen", "Ekvägen",
    "Granvägen", "Lotsvägen", "Uddvägen", "Måsvägen", "Tärnvägen", "Vågsvängen", "Ankarsvängen",
    "Kompassvängen", "Lindallé", "Kastanjeallé", "Björkallén", "Strandallén", "Sjöbacken",
    "Kvarnbacken", "Solbacken", "Lotsbacken", "Båtsmansbacke", "Skepparbacken", "Vasstigen",
    "Blåbärsstigen", "Lärkstigen", "Strandstigen", "Stortorget", "Fisktorget", "Hamntorget",
    "Lilla torg", "Järntorget", "Hamnplan", "Stationsplan", "Brunnsplan", "Repslagargränd",
    "Fiskargränd", "Smedjegränd", "Tullgränd", "Norra Kajen", "Skeppsbrokajen", "Hamnkajen",
    "Packhuskajen", "Tullkajen", "Skeppsbron", "Österlånggatan", "Sandviksvägen", "Vikingavägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes; the country's small towns from index 24.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Halmstad", 302, 305),
    ("Växjö", 352, 355), ("Karlstad", 652, 656), ("Sundsvall", 852, 857), ("Luleå", 972, 975),
    ("Kalmar", 392, 393), ("Karlskrona", 371, 371), ("Nyköping", 611, 611), ("Vaxholm", 185, 185),
    ("Strömstad", 452, 452), ("Lysekil", 453, 453), ("Stenungsund", 444, 444), ("Kungsbacka", 434, 434),
    ("Varberg", 432, 432), ("Falkenberg", 311, 311), ("Åmål", 662, 662), ("Bengtsfors", 666, 666),
    ("Mellerud", 464, 464), ("Arvika", 671, 671), ("Sunne", 686, 686), ("Mora", 792, 792),
    ("Rättvik", 795, 795), ("Leksand", 793, 793), ("Norrtälje", 761, 761), ("Trosa", 619, 619),
    ("Valdemarsvik", 615, 615), ("Västervik", 593, 593), ("Oskarshamn", 572, 572), ("Tingsryd", 362, 362),
    ("Ljungby", 341, 341), ("Simrishamn", 272, 272), ("Sölvesborg", 294, 294), ("Båstad", 269, 269),
    ("Hjo", 544, 544), ("Vadstena", 592, 592), ("Askersund", 696, 696), ("Östhammar", 742, 742),
    ("Söderhamn", 826, 826), ("Hudiksvall", 824, 824), ("Härnösand", 871, 871), ("Kramfors", 872, 872),
    ("Åre", 837, 837), ("Storuman", 923, 923), ("Jokkmokk", 962, 962), ("Kalix", 952, 952),
)  # fmt: skip
RURAL_FROM = 24
# Farm, croft and village names as rural addresses have them (`Sjötorp 12`, `Västanvik 4`).
FARMS = (
    "Sjötorp", "Strandtorp", "Västanvik", "Östanvik", "Norrby", "Söderby", "Lillnäs", "Storviken",
    "Udden", "Östra Näset", "Bergsvik", "Kvarntorp", "Ängsbacken", "Skogsbo", "Ekeby", "Lövhagen",
    "Hagalund", "Åsen", "Fäboda", "Holmsjö", "Tallbacka", "Granudden", "Norrgården", "Sörgården",
)  # fmt: skip
UK_TOWNS = (
    ("Windermere", "LA23"), ("Keswick", "CA12"), ("Coniston", "LA21"), ("Penrith", "CA11"),
    ("Falmouth", "TR11"), ("Cowes", "PO31"), ("Poole", "BH15"), ("Lymington", "SO41"),
    ("Salcombe", "TQ8"), ("Dartmouth", "TQ6"), ("Plymouth", "PL1"), ("Chichester", "PO19"),
    ("Whitstable", "CT5"), ("Aldeburgh", "IP15"), ("Wroxham", "NR12"), ("Oban", "PA34"),
    ("Largs", "KA30"), ("Fort William", "PH33"), ("Bala", "LL23"), ("Abersoch", "LL53"),
    ("Conwy", "LL32"), ("Oakham", "LE15"), ("Bristol", "BS1"), ("London", "SW18"),
    ("Manchester", "M20"), ("Edinburgh", "EH6"), ("Glasgow", "G12"), ("Cardiff", "CF10"),
    ("Belfast", "BT9"), ("Leeds", "LS6"),
)  # fmt: skip
UK_STREETS = (
    "Harbour Road", "Quay Street", "The Strand", "Ferry Lane", "Beach Road", "Marine Parade",
    "The Esplanade", "Lake Road", "Mill Lane", "Church Street", "High Street", "Station Road",
    "Victoria Road", "Park Avenue", "Water Lane", "Riverside", "Anchor Lane", "Slipway Close",
    "Fore Street", "Bridge Street", "Castle Hill", "Orchard Close", "North Parade", "Boathouse Lane",
)  # fmt: skip
UK_HOUSES = ("Harbour View", "Seagull Cottage", "The Old Boathouse", "Tide Cottage", "Lake View", "Heron House", "The Old Chandlery", "Pier Cottage")  # fmt: skip
US_TOWNS = (
    ("Annapolis", "MD", 214), ("Newport", "RI", 28), ("Mystic", "CT", 63), ("Burlington", "VT", 54),
    ("Bar Harbor", "ME", 46), ("Camden", "ME", 48), ("Traverse City", "MI", 496), ("Duluth", "MN", 558),
    ("Ely", "MN", 557), ("Madison", "WI", 537), ("Seattle", "WA", 981), ("Bellingham", "WA", 982),
    ("San Diego", "CA", 921), ("Sausalito", "CA", 949), ("Lake Placid", "NY", 129), ("Austin", "TX", 787),
    ("Charleston", "SC", 294), ("Key West", "FL", 330), ("Boulder", "CO", 803), ("Chattanooga", "TN", 374),
)  # fmt: skip
US_STREETS = (
    "Harbor Drive", "Lake Shore Drive", "Main Street", "Water Street", "River Road", "Bay Street",
    "Dock Street", "Marina Way", "Ocean Avenue", "Pine Street", "Maple Avenue", "Elm Street",
    "Canal Street", "Front Street", "Shore Road", "Boathouse Row", "County Road 7",
)  # fmt: skip
EUROPE = (
    "Seestraße {n}, {z5:82319-82319} Starnberg", "Hafenstraße {n}, {z5:24103-24159} Kiel",
    "Am Strand {n}, {z5:18055-18147} Rostock", "Uferweg {n}, {z5:88045-88048} Friedrichshafen",
    "{n} quai de la Douane, {z5:29200-29200} Brest", "{n} rue du Port, {z5:56000-56000} Vannes",
    "{n} avenue de la Mer, {z5:17000-17000} La Rochelle", "Rantakatu {n}, {z5:00150-00190} Helsinki",
    "Satamakatu {n} A {m}, {z5:20100-20900} Turku", "Strandveien {n}, {z4:1366-1369} Lysaker",
    "Bryggen {n}, {z4:5003-5003} Bergen", "Havnegade {n}, {m}. th., {z4:1058-1058} København K",
    "Strandvejen {n}, {z4:2900-2900} Hellerup", "ul. Portowa {n}/{m}, 81-{z3:300-399} Gdynia",
    "ul. Nadbrzeżna {n}, 80-{z3:800-899} Gdańsk", "Paseo Marítimo {n}, {z5:07014-07015} Palma",
    "Calle del Muelle {n}, {z5:39004-39004} Santander", "Havenstraat {n}, {z4:1621-1621} {L2} Hoorn",
    "Oosterkade {n}, {z4:8601-8601} {L2} Sneek", "Via del Porto {n}, {z5:16128-16128} Genova",
    "Lungolago {n}, {z5:22100-22100} Como", "Seestrasse {n}, {z4:8002-8008} Zürich",
    "Obala kneza Branimira {n}, {z5:23000-23000} Zadar", "Rua do Cais {n}, {z4:1200-1299}-{z3:100-999} Lisboa",
    "Sadama {n}, {z5:10111-10111} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband2.com", "spray.se")  # fmt: skip
MAIL_EN = ("gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "aol.com", "hotmail.co.uk", "comcast.net")  # fmt: skip
WORK = ("example.se", "segelskolan.example.se", "kanot.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
FIRM_LOCAL = ("bokning", "info", "kurs", "uthyrning", "kansli", "seglarskolan", "hittegods", "kontakt", "kanot")  # fmt: skip
FIRM_DOMAIN = ("kanotcentralen.se", "segelskolan.example.se", "skargardskanot.se", "malarpaddling.example.se", "sjosport.example.se")  # fmt: skip
FIRM_LOCAL_EN = ("bookings", "info", "hello", "office", "enquiries", "rentals", "lostproperty")  # fmt: skip
FIRM_DOMAIN_EN = ("lakesidesailing.co.uk", "riversidecanoe.org.uk", "example.com", "bayoutfitters.com", "harbourschool.example.org")  # fmt: skip


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
    """Every value of HV from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and r.random() < 0.045:  # Anna-Karin, Karl-Erik: a compound of its own
            given = [self.pick(COMPOUNDS[woman])]
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
        if len(surname) == 2 and (surname[0][0] == surname[1][0] or " " in surname[1][0]):
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
        given = plain(person.first).lower().replace("-", "").replace("'", "").replace(" ", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 100)}"))  # fmt: skip
        home = MAIL_EN if self.lang == "en" else MAIL
        return f"{local}@{r.choice(WORK if r.random() < 0.3 else home)}"

    def firm_email(self, english: bool) -> str:
        r = self.rng
        if english:
            return f"{r.choice(FIRM_LOCAL_EN)}@{r.choice(FIRM_DOMAIN_EN)}"
        return f"{r.choice(FIRM_LOCAL)}@{r.choice(FIRM_DOMAIN)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "35", "42", "46")
        )
        area3 = r.choice(("176", "303", "304", "380", "411", "454", "455", "456", "457", "480", "490", "491", "522", "523", "526", "528", "532", "570", "586", "611", "660", "661", "692", "970"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (1, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"), (1, f"0{area3}/{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 (0){area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or a switchboard's number: national, shared-cost or a city switchboard."""
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}",
            f"08-{d[:3]} {d[3:6]} 00", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}",
            f"031-{d[:3]} {d[3:5]} 00", f"0522-{d[:2]} {d[2:4]} 00", f"0200-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0303-{d[:2]} {d[2:4]} {d[4:6]}", f"0176-{d[:2]} {d[2:4]} {d[4:6]}",
        ))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        return r.choice((
            f"07700 900{d[:3]}", f"+44 7700 900{d[:3]}", f"07{r.randrange(400, 999)} {d}",
            f"+44 (0)7{r.randrange(400, 999)} {d}", f"015394 {d[:5]}", f"(01326) {d}",
            f"+44 (0)1983 {d}", f"020 7946 0{d[:3]}", f"0131 496 0{d[:3]}", f"0141 496 0{d[:3]}",
            f"01202 {d}", f"0044 1752 {d}", f"01752 {d[:3]} {d[3:]}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(("410", "401", "860", "802", "207", "231", "218", "608", "206", "360", "619", "415", "518", "512", "843", "305"))  # fmt: skip
        return r.choice((
            f"({area}) 555-0{d}", f"{area}-555-0{d}", f"+1 {area} 555 0{d}", f"{area}.555.0{d}",
            f"+1 ({area}) 555-0{d}", f"555-0{d}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {r.choice('2345678')}{d[1]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}",
            f"+49 171 {d[:7]}", f"+49 (0)431 {d[:6]}", f"0049 8151 {d[:6]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"0031 6{d[:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+385 91 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+44 7700 900{d[:3]}", f"+1 (802) 555-0{d[:3]}",
            f"+351 91 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, years: tuple[int, int] = (1937, 2010)) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        a person past a hundred has `+` in the ten-digit form."""
        r = self.rng
        year = r.randrange(*years)
        old = year <= 2027 - 100
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            return (
                f"{date}+{serial}{check}" if roll < 0.85 else f"{year // 100}{date}-{serial}{check}"
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
        out = str(min(int(r.expovariate(1 / 14)) + 1, 160))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.06:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def farm(self) -> str:
        return f"{self.rng.choice(FARMS)} {self.rng.randrange(1, 220)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.3
        street = self.farm() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.1):
            if r.random() < 0.7:
                street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
            else:
                street += f", {r.randrange(1, 6)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal(rural=r.random() < 0.4)}"
        if roll < 0.8:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, outward = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{outward} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False, box: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if box:
            street = f"{r.choice(('PO Box', 'P.O. Box'))} {r.randrange(10, 2999)}"
        elif r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
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
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def lower(text: str) -> str:
    """Lower case as people type it (`İsmail` -> `ismail`, not with a combining dot)."""
    return text.replace("İ", "I").lower()


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname and GU the given name in capitals, I an initial and the surname, IM the initials of the
    given and middle names and the surname, Gi the given name and the surname's initial, R
    `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a Swedish
    genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s")) else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = lower(value) if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g", "GU") else 0.85)
        value = short or person.first
        value = lower(value) if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words = surname
        value = (
            lower(person.last)
            if base == "s"
            else person.last.upper()
            if base == "SU"
            else person.last
        )
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "IM":
        words = surname
        initials = [p[0] for p in person.first.split("-")] + [w[0] for w, _ in middle]
        value = " ".join(f"{c}." for c in initials) + f" {person.last}"
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
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address().upper(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "FARM": lambda: (draw.farm(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "UK": lambda: (draw.uk_address(), "ADDRESS"),
        "UKL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "uk": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "UKST": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "US": lambda: (draw.us_address(), "ADDRESS"),
        "USL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "USST": lambda: (r.choice(US_STREETS), "ADDRESS"),
        "USBOX": lambda: (draw.us_address(box=True), "ADDRESS"),
        "EU": lambda: (draw.eu_address(), "ADDRESS"),
        "EUL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRK": lambda: (draw.national_id(years=(2013, 2021)), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(years=(1919, 1928)), "NATIONAL_ID"),
        "MAILF": lambda: (draw.firm_email(False), "EMAIL"),
        "MAILFEN": lambda: (draw.firm_email(True), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(7, 12)}:{r.choice(('00', '30'))} a.m.", f"{r.randrange(1, 7)}:{r.choice(('00', '15', '30'))} p.m.", f"{r.randrange(8, 18)}:{r.choice(('00', '30'))}")), None),
        "NUM": lambda: (str(r.randrange(18, 40)), None),
        "AMT": lambda: (f"{r.randrange(150, 9800):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(30, 900)}", None),
        "USD": lambda: (f"${r.randrange(25, 480)}.{r.choice(('00', '50', '95'))}", None),
        "EUR": lambda: (f"€{r.randrange(120, 1400)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{r.randrange(10000, 99999)}", f"K{r.randrange(100, 9999)}")), None),
        "BOOK": lambda: (f"{r.choice(('BK', 'SK', 'KN'))}-{r.randrange(1000, 9999)}", None),
        "BOOKEN": lambda: (f"{r.choice(('LSS', 'RCC', 'BO'))}{r.randrange(10000, 99999)}", None),
        "SAIL": lambda: (str(r.randrange(100, 4000)), None),
        "WIND": lambda: (f"{r.randrange(14, 24)} m/s", None),
        "KN": lambda: (f"{r.randrange(22, 40)} knots", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "LAKE": lambda: (r.choice(LAKES), None),
        "WATERUK": lambda: (r.choice(WATERS_UK), None),
        "WATERUS": lambda: (r.choice(WATERS_US), None),
        "PLACE": lambda: (r.choice(PLACES), None),
        "BOAT": lambda: (r.choice(BOATS), None),
        "PET": lambda: (r.choice(PETS), None),
        "CO": lambda: (r.choice(COMPANIES[:6]), None),
        "PROP": lambda: (r.choice(PROPS), None),
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
    """HV's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of HV is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    ids: Counter[str] = Counter()
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
                forms["after c/o"] += text[max(0, span["start"] - 4) : span["start"]] == "c/o "
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address capitals"] += value.isupper()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += "Box" in value
                forms["address SE-"] += (
                    value.startswith("SE-") or "\nSE-" in value or ", SE-" in value
                )
                forms["address no digit (street alone)"] += not re.search(r"\d", value)
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                ids[
                    f"{len(digits)} digits{' +' if '+' in value else ' -' if '-' in value else ''}"
                ] += 1
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("personnummer forms: " + ", ".join(f"{k} {v}" for k, v in sorted(ids.items())))
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file and prints counts only; returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_total = pnr = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        if list(row) != KEYS:
            problems["keys"] += 1
        if row["id"] in ids:
            problems["duplicate id"] += 1
        ids.add(row["id"])
        if row["split"] != SPLIT or row["lang"] not in SIZES:
            problems["split or lang"] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_total += 1
            start, stop = span["start"], span["end"]
            if not 0 <= start < stop <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            if start < end:
                problems["unsorted or overlapping"] += 1
            end = stop
            value = text[start:stop]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["kind"] += 1
            if span["kind"] == "NATIONAL_ID":
                pnr += 1
                digits = re.sub(r"[-+]", "", value)
                if not (
                    re.fullmatch(r"\d{10}|\d{12}", digits)
                    and value.count("-") + value.count("+") <= 1
                ):
                    problems["personnummer shape"] += 1
                    continue
                digits = digits[-10:]
                if luhn(digits[:9]) != int(digits[9]):
                    problems["personnummer check digit"] += 1
    print(f"checked {rows} rows, {spans_total} spans, {pnr} personnummer, {len(ids)} distinct ids")
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
