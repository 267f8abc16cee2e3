# ruff: noqa: E501
"""Generate held-out DU for personal-data detection (issue 15): names as the population has them,
a hundred-and-fourth writer, in the genre of moving firms, removals and storage.

    python data/pii/generate_du.py                            # writes data/pii/generated-heldout-du.jsonl
    python data/pii/generate_du.py --stats                    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_du.py --check                    # checks the written file, prints counts only
    python data/pii/generate_du.py --seed 7 --out /tmp/x.jsonl  # a scratch seed, written elsewhere

DU's names are drawn by how often people really carry them: every name word comes from
`names_du.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head of
a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population is.
The genre is moving house (`templates_du.py`): removal firms' quotes and bookings, inventories,
moving-day rotas and work orders, damage reports and claims, storage units and their contracts,
RUT deductions with the buyers' personnummer, change of address and mail redirection, estate and
house clearances, office and international moves, in Swedish, English and mixed Swedish/English as
Swedes write at work. Written by a helper who does not tune the detector, who read only
`generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format and
`--stats`), two sections of docs/privacy.md ("Held-out AW", "Held-out CL") and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons or tagger, not any other set's
names, templates or rows, not any error listing. DU was never run through the detector by its
writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded Random:
same seed, same bytes.
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

from names_du import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_du import DAYS, EN, FIRMS, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270181
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-du.jsonl"
SPLIT = "heldout-du"
YEAR = 2027  # the year the texts are written in: a personnummer's `+` marks a hundred years past

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Kyrkogatan", "Nygatan",
    "Södra Järnvägsgatan", "Västra Hamngatan", "Östra Storgatan", "Trädgårdsgatan", "Tegnérgatan",
    "Fabriksgatan", "Bangårdsgatan", "Köpmangatan", "Linnégatan", "Norra Esplanaden", "Bergsgatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Ekvägen", "Lönnvägen", "Rönnvägen", "Aspvägen",
    "Skogsvägen", "Ängsvägen", "Sjövägen", "Industrivägen", "Ringvägen", "Hagvägen", "Bäckvägen",
    "Gamla Vägen", "Kvarnvägen", "Backvägen", "Parkvägen", "Idrottsvägen", "Solvägen",
    "Lärksvängen", "Trastsvängen", "Hökesvängen", "Vallmosvängen", "Kastanjeallé", "Lindallén",
    "Sofielunds allé", "Björkallén", "Klockarbacken", "Kvarnbacken", "Tallbacken", "Skolbacken",
    "Götgatsbacken", "Hästhagsbacke", "Blåbärsstigen", "Lingonstigen", "Ekorrstigen", "Mosstigen",
    "Enstigen", "Stortorget", "Gustavs torg", "Lilla torget", "Järntorget", "Kvarntorget",
    "Medborgarplatsen", "Brunnsplan", "Stationsplan", "Skolplan", "Hantverkargränd", "Smedjegränd",
    "Tullgränd", "Glasbruksgränd", "Norra Kajen", "Strandkajen", "Packhuskajen", "Skeppsbrokajen",
    "Hamnkajen", "Slingan", "Vintergatan", "Lövstigen", "Rosenlundsgatan", "Sturegatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes, from the cities down to the small towns.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Nacka", 131, 131), ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Huddinge", 141, 141),
    ("Järfälla", 175, 177), ("Mölndal", 431, 431), ("Kungsbacka", 434, 434), ("Alingsås", 441, 441),
    ("Enköping", 745, 745), ("Nyköping", 611, 611), ("Varberg", 432, 432), ("Trelleborg", 231, 231),
    ("Piteå", 941, 941), ("Visby", 621, 621), ("Kiruna", 981, 981), ("Motala", 591, 591),
    # the small towns, whose countryside has postcodes ending in 9x
    ("Ludvika", 771, 771), ("Hudiksvall", 824, 824), ("Sandviken", 811, 811), ("Mora", 792, 792),
    ("Arvika", 671, 671), ("Ljungby", 341, 341), ("Vetlanda", 574, 574), ("Oskarshamn", 572, 572),
    ("Lidköping", 531, 531), ("Mariestad", 542, 542), ("Katrineholm", 641, 641), ("Köping", 731, 731),
    ("Ystad", 271, 271), ("Hässleholm", 281, 281), ("Söderhamn", 826, 826), ("Härnösand", 871, 871),
    ("Örnsköldsvik", 891, 891), ("Gällivare", 982, 982), ("Lycksele", 921, 921), ("Kramfors", 872, 872),
)  # fmt: skip
RURAL_FROM = 48  # SV_TOWNS[RURAL_FROM:] are the small towns
# Villages and farms as rural addresses have them (`Västanby 214`).
VILLAGES = (
    "Västanby", "Östanå", "Norrbyn", "Sörby", "Lillberget", "Storhagen", "Kvarnbo", "Bäckebo",
    "Hultet", "Ängebo", "Skogsby", "Åsen", "Backen", "Nybyn", "Tjärn", "Mossberga", "Sjöända",
    "Gräsmyr", "Lövåsen", "Holmen", "Övre Ålsta", "Nedre Bäck", "Kullerstad", "Fagerhult",
)  # fmt: skip
UK_STREETS = (
    "Elm Grove", "Station Road", "Church Street", "Park Lane", "Mill Road", "Meadow Close",
    "Orchard Way", "The Crescent", "High Street", "Castle Street", "Manor Road", "Green Lane",
    "North Street", "Westfield Avenue", "Chestnut Drive", "Riverside Walk", "Kingsway",
    "Harbour View", "Beech Court", "Heath Rise", "Cromwell Terrace", "Bridge Street", "Marine Parade",
)  # fmt: skip
UK_TOWNS = (
    ("Brighton", "BN"), ("Reading", "RG"), ("Leeds", "LS"), ("York", "YO"), ("Bristol", "BS"),
    ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Norwich", "NR"), ("Oxford", "OX"),
    ("Cambridge", "CB"), ("Bath", "BA"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Exeter", "EX"),
    ("Guildford", "GU"), ("Belfast", "BT"), ("Aberdeen", "AB"), ("Milton Keynes", "MK"),
    ("London", "SE"), ("London", "N"), ("London", "E"), ("Manchester", "M"), ("Swansea", "SA"),
)  # fmt: skip
UK_HOUSES = ("Ivy Cottage", "The Old Bakery", "Willow House", "Orchard Lodge", "The Coach House", "Hillside", "Rowan Cottage", "The Old School House")  # fmt: skip
US_STREETS = (
    "Maple Ave", "Oak Street", "Pine Street", "Cedar Lane", "Elm Street", "Main Street",
    "Lakeview Drive", "Sunset Blvd", "Park Avenue", "2nd Street", "W 5th Ave", "N Broadway",
    "Hillcrest Road", "Ridge Road", "County Road 14", "Spring Street", "Walnut Court", "E 12th St",
)  # fmt: skip
US_TOWNS = (
    ("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Denver", "CO", "802"), ("Portland", "OR", "972"),
    ("Raleigh", "NC", "276"), ("Madison", "WI", "537"), ("Minneapolis", "MN", "554"), ("Seattle", "WA", "981"),
    ("Boston", "MA", "021"), ("Phoenix", "AZ", "850"), ("Nashville", "TN", "372"), ("Sacramento", "CA", "958"),
    ("Pittsburgh", "PA", "152"), ("Kansas City", "MO", "641"), ("Albany", "NY", "122"), ("Chicago", "IL", "606"),
)  # fmt: skip
EUROPE = (
    "Goethestraße {n}, {z5:10115-10999} Berlin", "Schillerstraße {n}, {z5:80331-80999} München",
    "Hauptstraße {n}a, {z5:69117-69126} Heidelberg", "Am Markt {n}, {z5:23552-23570} Lübeck",
    "{n} rue de la République, {z5:69002-69009} Lyon", "{n} rue des Lilas, {z5:75019-75020} Paris",
    "Hämeenkatu {n} A {m}, {z5:33100-33200} Tampere", "Kauppakatu {n} B {m}, {z5:40100-40200} Jyväskylä",
    "Storgata {n}, {z4:0155-0190} Oslo", "Strandgaten {n}, {z4:5004-5015} Bergen",
    "Nørrebrogade {n}, {m}. th., 2200 København N", "Vestergade {n}, 8000 Aarhus C",
    "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk", "ul. Piękna {n} m. {m}, 00-{z3:500-699} Warszawa",
    "ul. Krakowska {n}, 31-{z3:000-099} Kraków", "Calle Mayor {n}, {m}º B, {z5:28013-28015} Madrid",
    "Carrer de Mallorca {n}, {z5:08013-08037} Barcelona", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "Via Roma {n}, {z5:10121-10123} Torino",
    "Bahnhofstrasse {n}, 8001 Zürich", "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien",
    "{n} Grafton Street, Dublin 2, D02 {EIR}", "Rue Neuve {n}, 1000 Bruxelles",
    "Narva mnt {n}-{m}, {z5:10117-10152} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "bredband.net", "btinternet.com", "comcast.net")  # fmt: skip
WORK = ("example.se", "flytt.example.se", "kommun.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
FIRM_MAIL = ("info", "offert", "bokning", "kundtjanst", "magasin", "skador", "order", "hello", "bookings", "claims", "storage", "moves")  # fmt: skip
FIRM_DOMAINS = ("flyttfirma.example.se", "example.se", "magasin.example.se", "removals.example.co.uk", "example.com", "moving.example.com")  # fmt: skip


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
    """Every value of DU from one seeded Random; counts the head/tail split and the origins."""

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
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.04:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.02 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
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
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng

        def clean(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given, surname = (
            clean(person.first),
            clean(
                person.surname[-1][0]
                if person.origin == "latin" and r.random() < 0.2
                else person.surname[0][0]
            ),
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_MAIL)}@{self.rng.choice(FIRM_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2 = r.choice(
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
                "60",
                "23",
                "26",
                "11",
                "36",
                "46",
                "42",
            )
        )
        a3 = r.choice(("240", "243", "250", "271", "280", "322", "340", "370", "410", "431", "451", "470", "480", "492", "498", "510", "520", "521", "560", "570", "611", "620", "640", "651", "660", "670", "690", "910", "920", "950", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"), (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{a3}{d[:6]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's number: switchboards, 010, 020 and 0771 numbers, as well as city landlines."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010-{d[:3]} {d[3:7]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"020-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}",
            f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"0{r.choice(('18', '19', '13', '90'))}-{d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        shapes = (
            f"07700 900{d[:3]}", f"07{r.choice('345789')}{d[:2]} {d[2:6]}{r.randrange(10)}{r.randrange(10)}", f"+44 7700 900{d[:3]}",
            f"+44 (0)7{r.choice('45789')}{d[:2]} {d[2:6]}{r.randrange(10)}{r.randrange(10)}", f"020 7946 0{d[:3]}",
            f"+44 20 7946 0{d[:3]}", f"0161 496 0{d[:3]}", f"0117 496 0{d[:3]}", f"0113 496 0{d[:3]}",
            f"01632 960{d[:3]}", f"0131 496 0{d[:3]}", f"0800 {d[:3]} {d[3:6]}{r.randrange(10)}", f"(01273) {d}",
            f"0044 7700 900{d[:3]}", f"029 2018 {d[:4]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(
            (
                "614",
                "512",
                "303",
                "503",
                "919",
                "608",
                "612",
                "206",
                "617",
                "602",
                "615",
                "916",
                "412",
                "816",
                "518",
                "312",
            )
        )
        d = self.digits(3)
        shapes = (f"({area}) 555-0{d}", f"{area}-555-0{d}", f"+1 {area} 555 0{d}", f"+1 ({area}) 555-0{d}", f"{area}.555.0{d}", f"1-800-555-0{d}", f"555-0{d}", f"001 {area} 555 0{d}")  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)50 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}",
            f"0049 89 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+43 664 {d[:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+353 87 {d[:3]} {d[3:7]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+252 61 {d[:3]} {d[3:7]}", f"+291 7 {d[:3]} {d[3:6]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+86 138 {d[:4]} {d[4:8]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+387 61 {d[:3]} {d[3:6]}", f"0090 532 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; past a hundred, ten digits with `+`."""
        r = self.rng
        old = old or r.random() < 0.05
        year = r.randrange(1915, YEAR - 100) if old else r.randrange(1930, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old and r.random() < 0.8:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.42:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
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

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_line(self, lgh: bool = False, rural: bool = False) -> str:
        """The street line: street, number and letter, flat or floor; or a village and number."""
        r = self.rng
        if rural:
            return self.village()
        street = self.sv_street()
        roll = r.random()
        if lgh or roll < 0.12:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif roll < 0.18:
            street += f"{r.choice((', ', ' '))}{r.randrange(1, 7)} tr"
        elif roll < 0.2:
            street += f", {r.choice(('uppg. B', 'nb', '3 tr ög', 'vån 2'))}"
        return street

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        joint = "\n" if lines else ", "
        return f"{self.sv_line(lgh, rural)}{joint}{self.sv_postal(rural=rural)}"

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
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 30)}{r.choice(('', '', 'A', 'B'))}, {street}"
        elif roll < 0.36:
            street = f"Apartment {r.randrange(1, 80)}, {r.choice(UK_STREETS)}"
        return (
            f"{street.replace(', ', chr(10)) if lines and r.random() < 0.5 else street}\n{town}\n{code}"
            if lines
            else f"{street}, {town} {code}"
        )

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Suite'))} {r.randrange(2, 40)}{r.choice(('', '', 'B'))}".replace(
                "# ", "#"
            )
        return (
            f"{street}{chr(10) if lines else ', '}{town}, {state} {prefix}{r.randrange(1, 99):02d}"
        )

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
        out = out.replace(
            "{EIR}",
            f"{r.choice('ACEFHKNPRTVWXY')}{r.randrange(10)}{r.choice('ACEFHKNPRTVWXY')}{r.randrange(10)}",
        )
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    def co_address(self, lines: bool = False) -> list[Segment]:
        """`c/o Name, street, postcode town`: the name its own PERSON, `c/o` outside both."""
        r = self.rng
        host = self.person(None)
        joint = "\n" if lines else ", "
        if r.random() < 0.3:
            self.count(host.surname)
            name = host.last
        else:
            self.count(host.given + host.surname)
            name = f"{host.first} {host.last}"
        self.forms["c/o"] += 1
        return [
            ("c/o ", None),
            (name, "PERSON"),
            (joint, None),
            (self.sv_address(lines=lines, rural=False), "ADDRESS"),
        ]


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
        short = (
            draw.nickname(person, 0.07 if base in ("G", "g") else 0.85) if base != "GU" else None
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
        words = given
        initial = next((c for c in person.last if c.isupper()), person.last[0])
        value = f"{person.first} {initial}."
    elif base in ("R", "RU"):
        words, value = (
            given + surname,
            f"{person.last.upper() if base == 'RU' else person.last}, {person.first}",
        )
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
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    letters = "ABCDEFGHJKLMNPRSTUWXYZ"
    values: dict[str, Callable[[], Segment | list[Segment]]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False).upper(), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.sv_line())) if r.random() < 0.35 else draw.sv_address()).lower(), "ADDRESS"),
        "ACO": lambda: draw.co_address(),
        "ACOL": lambda: draw.co_address(lines=True),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUC": lambda: (draw.uk_address().upper(), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "STU": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"{YEAR}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.{YEAR % 100}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/{YEAR}", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/{YEAR % 100}")), None),
        "TIME": lambda: (f"{r.randrange(6, 20)}{':' if en or r.random() < 0.3 else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(450, 98000):,} kr".replace(",", " "), None),
        "AMTS": lambda: (f"{r.randrange(150, 2500):,} kr".replace(",", " "), None),
        "GBPS": lambda: (f"£{r.randrange(2, 90)}.{r.choice(('00', '50', '95', '99'))}", None),
        "WIN": lambda: (f"{(h := r.randrange(7, 17))}{':' if en else '.'}{(mm := r.choice(('00', '30')))}–{h + r.randrange(1, 4)}{':' if en else '.'}{mm}", None),
        "WINSV": lambda: (f"{(h := r.randrange(7, 17))}.{(mm := r.choice(('00', '30')))} och {h + r.randrange(1, 4)}.{mm}", None),
        "GBP": lambda: (f"£{r.randrange(20, 4800)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(90, 9800):,}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(200, 60000):,}".replace(",", "."), None),
        "M3": lambda: (str(r.randrange(4, 95)), None),
        "KG": lambda: (f"{r.randrange(180, 9800):,}".replace(",", " "), None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{r.choice(letters)}{r.choice(letters)}{r.randrange(100000, 999999)}", f"{YEAR}-{r.randrange(1000, 99999):05d}", f"#{r.randrange(10000, 99999)}")), None),
        "ORDER": lambda: (r.choice((f"FL-{r.randrange(10000, 99999)}", f"{r.randrange(100000, 999999)}", f"ORD-{YEAR}-{r.randrange(1000, 9999)}", f"M{r.randrange(1000000, 9999999)}")), None),
        "OCR": lambda: (str(r.randrange(10**9, 10**14)), None),
        "ORGNR": lambda: (f"55{r.choice('69')}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "ORGNR2": lambda: (f"55{r.choice('69')}{r.randrange(100, 999)}{r.randrange(1000, 9999)}", None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"{r.randrange(5000, 5999)}-{r.randrange(1000, 9999)}")), None),
        "PG": lambda: (f"{r.randrange(10, 99)} {r.randrange(10, 99)} {r.randrange(10, 99)}-{r.randrange(10)}", None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "PORT": lambda: (f"{r.randrange(1000, 9999)}", None),
        "REG": lambda: (r.choice((f"{''.join(r.choice(letters) for _ in range(3))} {r.randrange(100, 999)}", f"{''.join(r.choice(letters) for _ in range(3))} {r.randrange(10, 99)}{r.choice(letters)}", f"{''.join(r.choice(letters) for _ in range(2))}{r.randrange(10, 25)} {''.join(r.choice(letters) for _ in range(3))}")), None),
        "UNIT": lambda: (r.choice((f"{r.choice('ABCDEF')}-{r.randrange(100, 450)}", f"{r.choice('ABCDEF')}{r.randrange(10, 99)}", f"{r.randrange(1, 4)}{r.choice('ABC')}{r.randrange(10, 60)}", f"{r.randrange(100, 999)}")), None),
        "CONT": lambda: (r.choice((f"MSKU {r.randrange(100000, 999999)}-{r.randrange(10)}", f"TGHU{r.randrange(1000000, 9999999)}")), None),
        "PASS": lambda: (r.choice((f"{r.randrange(10000000, 99999999)}", f"{r.choice(letters)}{r.choice(letters)}{r.randrange(1000000, 9999999)}")), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "FIRM": lambda: (r.choice(FIRMS["sv"]), None),
        "FIRMEN": lambda: (r.choice(FIRMS["en"]), None),
        "AGE": lambda: (str(r.randrange(2, 18)), None),
        "KVM": lambda: (str(r.randrange(24, 190)), None),
    }  # fmt: skip
    out = values[form]()
    return out if isinstance(out, list) else [out]


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
    """DU's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of DU is printed."""
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
                forms["one word lower case"] += " " not in value and value.islower()
                forms["lower case"] += value.islower()
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)|\s\w\.$", value))
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
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += value.startswith("SE-") or "SE-" in value
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[
                    f"personnummer {len(digits)} digits {'+' if '+' in value else '-' if '-' in value else 'no separator'}"
                ] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in sorted(forms.items())))
    print(f"nicknames: {draw.forms['nickname']}, c/o: {draw.forms['c/o']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = sorted(set().union(*MIXES.values()) - set(draw.origins))
    print(f"origins in MIXES never drawn: {missing or 'none'}")


def check(path: Path) -> int:
    """Checks the written file; prints counts of rows and problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = kinds = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            if set(row) != {"id", "split", "lang", "text", "spans"}:
                problems["row keys"] += 1
            if row["id"] in ids:
                problems["id twice"] += 1
            ids.add(row["id"])
            problems["split"] += row["split"] != SPLIT
            problems["lang"] += row["lang"] not in SIZES
            text, end = row["text"], 0
            for span in row["spans"]:
                kinds += 1
                start, stop = span["start"], span["end"]
                if not 0 <= start < stop <= len(text):
                    problems["span empty or out of bounds"] += 1
                    continue
                value = text[start:stop]
                if value != value.strip():
                    problems["whitespace at an edge"] += 1
                if start < end:
                    problems["unsorted or overlapping"] += 1
                end = stop
                if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                    problems["kind"] += 1
                if span["kind"] == "NATIONAL_ID":
                    m = re.fullmatch(r"(?:\d{2})?(\d{6})[-+]?(\d{4})", value)
                    if not m or luhn(m.group(1) + m.group(2)[:3]) != int(m.group(2)[3]):
                        problems["personnummer check digit"] += 1
    print(f"rows {rows}, ids {len(ids)}, spans {kinds}")
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return 1 if bad else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file, print counts only"
    )
    args = parser.parse_args()
    if args.check:
        sys.exit(check(args.out or OUT))
    draw = Draw(args.seed)
    rows = generate(args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    out = args.out or OUT
    if args.seed != SEED and out == OUT:
        parser.error("a scratch seed is written elsewhere: give --out")
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {out}")


if __name__ == "__main__":
    main()
