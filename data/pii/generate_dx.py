# ruff: noqa: E501
"""Generate held-out DX for personal-data detection (issue 15): names as the population has them,
a hundred-and-seventh writer.

    python data/pii/generate_dx.py            # writes data/pii/generated-heldout-dx.jsonl
    python data/pii/generate_dx.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_dx.py --check    # checks the written file, prints counts only
    python data/pii/generate_dx.py --seed 7 --out /tmp/dx.jsonl   # a scratch seed elsewhere

DX's names are drawn by how often people really carry them: every name word comes from
`names_dx.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is accounting (`templates_dx.py`): accounting firms and their clients, bookkeeping
and tax returns for small firms and households (deklaration, bokslut, receipts and invoices,
client lists, payslips, powers of attorney, estates, reminders and decisions from Skatteverket,
HMRC letters and the IRS), in Swedish, English and both at once. Written by a helper who does not
tune the detector, who read only `generate_aw.py` (for the mechanics, copied here), the sections
"Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl`, and neither the detector's rules, lexicons and tagger nor any error
listing nor any other set's names and templates; DX was never run through the detector by its
writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded Random:
same seed, same bytes.
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

from names_dx import COMPOUNDS, HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_dx import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270184
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-dx.jsonl"
SPLIT = "heldout-dx"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Järnvägsgatan", "Västra Hamngatan", "Nygatan",
    "Skolgatan", "Trädgårdsgatan", "Köpmangatan", "Fabriksgatan", "Södra Förstadsgatan", "Sankt Eriksgatan",
    "Götgatan", "Hornsgatan", "Åsögatan", "Bergsgatan", "Vasagatan", "Östra Storgatan", "Karlavägen",
    "Sveavägen", "Björkvägen", "Ringvägen", "Industrivägen", "Lärkvägen", "Granvägen", "Snickarvägen",
    "Mjölnarvägen", "Kyrkvägen", "Gamla Vägen", "Solvägen", "Bäckvägen", "Skogsbrynsvägen",
    "Tallstigen", "Lingonstigen", "Rävstigen", "Ekorrstigen", "Vitsippsstigen", "Hjortronstigen",
    "Kvarnsvängen", "Hagsvängen", "Klöversvängen", "Ängssvängen", "Kastanjeallén", "Lindallén",
    "Parkallé", "Stationsallén", "Slottsbacken", "Kvarnbacken", "Kyrkbacken", "Solbacken",
    "Ekbacken", "Prästgårdsbacke", "Tingshusets backe", "Stortorget", "Lilla Torget", "Järntorget", "Fisktorget", "Hötorget",
    "Bryggargränd", "Klockargränd", "Smedjegränd", "Tunnbindargränd", "Stationsplan", "Medborgarplatsen",
    "Brunnsplan", "Hamnkajen", "Norra Kajen", "Skeppsbrokajen", "Strandkajen", "Sjöbodsvägen",
    "Furuvägen", "Videvägen", "Rönnbärsvägen", "Ängsvägen", "Blåklintsvägen", "Pilgatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes (the writer's knowledge of the ranges).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Solna", 169, 171), ("Nacka", 131, 132), ("Huddinge", 141, 141), ("Täby", 183, 187),
    ("Södertälje", 151, 152), ("Mölndal", 431, 431), ("Kungsbacka", 434, 434), ("Lund", 222, 227),
    ("Helsingborg", 252, 256), ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 589),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Luleå", 972, 975),
    ("Gävle", 802, 806), ("Sundsvall", 852, 857), ("Karlstad", 652, 656), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Kalmar", 392, 393),
    ("Kristianstad", 291, 291), ("Falun", 791, 791), ("Östersund", 831, 831), ("Skellefteå", 931, 931),
    ("Trollhättan", 461, 461), ("Uddevalla", 451, 451), ("Visby", 621, 621), ("Karlskrona", 371, 371),
    ("Nyköping", 611, 611), ("Varberg", 432, 432), ("Borlänge", 781, 784), ("Motala", 591, 591),
    ("Lidköping", 531, 531), ("Skövde", 541, 541), ("Piteå", 941, 941), ("Örnsköldsvik", 891, 891),
    ("Kiruna", 981, 981), ("Sandviken", 811, 811), ("Hudiksvall", 824, 824), ("Alingsås", 441, 441),
    ("Ystad", 271, 271), ("Trelleborg", 231, 231), ("Ängelholm", 262, 262), ("Enköping", 745, 745),
    ("Katrineholm", 641, 641), ("Västervik", 593, 593), ("Värnamo", 331, 331), ("Mora", 792, 792),
    ("Härnösand", 871, 871), ("Arvika", 671, 671), ("Ludvika", 771, 771), ("Hässleholm", 281, 281),
)  # fmt: skip
# Villages and farms as rural addresses name them (`Västanby 12`), with the towns' rural codes.
VILLAGES = (
    "Västanby", "Östanby", "Norrby", "Sörby", "Kvarnbyn", "Bäckby", "Lillbyn", "Storbyn", "Åsen",
    "Hagalund", "Ängsvik", "Björkudden", "Sandviken", "Nybyn", "Övre Tjärn", "Nedre Gärdet",
    "Rödtorp", "Lövsta", "Skogsäter", "Hultet", "Bergby", "Granlunda", "Ekeby", "Mossebo",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Victoria Road", "Green Lane", "Manor Road",
    "Park Road", "Queens Road", "The Crescent", "Mill Lane", "Kingsway", "Orchard Way", "Elm Grove",
    "Springfield Road", "Windsor Avenue", "Albert Street", "Market Street", "Westfield Drive",
    "Beech Close", "Meadow View", "Chapel Lane", "New Road", "North Street", "York Road",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Cardiff", "CF"), ("Edinburgh", "EH"),
    ("Glasgow", "G"), ("Birmingham", "B"), ("Reading", "RG"), ("Cambridge", "CB"), ("Oxford", "OX"),
    ("Brighton", "BN"), ("Nottingham", "NG"), ("Sheffield", "S"), ("York", "YO"), ("Exeter", "EX"),
    ("Norwich", "NR"), ("Bath", "BA"), ("Newcastle upon Tyne", "NE"), ("Milton Keynes", "MK"),
    ("London", "SE"), ("London", "N"), ("London", "SW"), ("Croydon", "CR"), ("Swansea", "SA"),
)  # fmt: skip
UK_OFFICES = ("Suite {n}, {ord} Floor", "Unit {n}, Riverside Business Park", "{ord} Floor, Cathedral House", "Office {n}, The Old Mill", "Unit {n}, Enterprise Court")  # fmt: skip
US_STREETS = ("Main Street", "Oak Avenue", "Maple Street", "Washington Avenue", "Park Place", "Lake Street", "2nd Avenue", "Cedar Lane", "Elm Street", "Sunset Boulevard", "Hillcrest Drive", "Pine Street")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Boston", "MA", 21), ("Chicago", "IL", 606), ("Denver", "CO", 802), ("Portland", "OR", 972), ("Brooklyn", "NY", 112), ("San Jose", "CA", 951), ("Madison", "WI", 537), ("Raleigh", "NC", 276), ("Atlanta", "GA", 303))  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-10999} Berlin", "Bahnhofstraße {n}, {z5:80331-80999} München",
    "Lindenallee {n}, {z5:20095-22769} Hamburg", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n} avenue des Tilleuls, {z5:75011-75020} Paris", "Storgata {n}, {z4:0150-0190} Oslo",
    "Kongens gate {n}, {z4:7011-7015} Trondheim", "Nørregade {n}, {m}. th., {z4:1165-1172} København K",
    "Vestergade {n}, {z4:8000-8000} Aarhus C", "Hämeentie {n} B {m}, {z5:00500-00580} Helsinki",
    "Satakunnankatu {n}, {z5:33100-33210} Tampere", "ul. Długa {n}/{m}, 00-{z3:100-950} Warszawa",
    "ul. Kwiatowa {n}, 30-{z3:001-999} Kraków", "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid",
    "Carrer de la Pau {n}, {z5:08001-08042} Barcelona", "Keizersgracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Via del Corso {n}, {z5:00186-00187} Roma", "Narva mnt {n}, {z5:10117-10152} Tallinn",
    "Bahnhofstrasse {n}, {z4:8001-8001} Zürich", "Mariahilfer Straße {n}, {z4:1060-1070} Wien",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "bredband.net", "hotmail.co.uk", "btinternet.com")  # fmt: skip
WORK = ("example.se", "redovisning.example.se", "byran.example.se", "example.com", "example.org", "accounts.example.co.uk")  # fmt: skip
FIRM_MAIL = ("info", "faktura", "kundtjanst", "ekonomi", "lon", "kvitton", "hello", "accounts", "office", "bokslut")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN), or an org.nr's."""
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
    """Every value of DX from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and r.random() < 0.04:  # Karl-Johan, Ann-Christin
            given = [self.pick(COMPOUNDS[woman])]
        else:
            given = [self.pick(pool)]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.5, "us": 0.35, "uk": 0.3, "finnish": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
            joint = " " if roll < 0.55 else "-"
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

        def clean(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        return f"{r.choice(FIRM_MAIL)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("000223369")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (3, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (9, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"0046{m[1:]}{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm, two-digit and three-digit area codes."""
        r = self.rng
        d = self.digits(8)
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
                "90",
                "60",
                "46",
                "42",
                "35",
                "54",
            )
        )
        area3 = r.choice(
            (
                "220",
                "240",
                "250",
                "290",
                "320",
                "340",
                "370",
                "380",
                "410",
                "455",
                "480",
                "491",
                "500",
                "510",
                "520",
                "550",
                "570",
                "611",
                "620",
                "650",
                "660",
                "680",
                "910",
                "920",
                "980",
            )
        )
        shapes = (
            (7, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (2, f"08-{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2}{d[:7]}"), (2, f"+46 {area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}-{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.62 else self.landline()

    def firm_phone(self) -> str:
        """A firm's number: a switchboard, a 010/020/0771 number, or a landline."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010-{d[:3]} {d[3:6]} {d[6:8]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"08-{d[:3]} {d[3:6]} 00",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"031-{d[:2]} {d[2:4]} 00", f"040-{d[:3]} {d[3:5]} 00",
        )  # fmt: skip
        return r.choice(shapes) if r.random() < 0.7 else self.landline()

    def uk_phone(self) -> str:
        r = self.rng
        d = self.digits(6)
        shapes = (
            f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}",
            f"020 7946 0{d[:3]}", f"+44 20 7946 0{d[:3]}", f"0113 496 0{d[:3]}", f"0161 496 0{d[:3]}",
            f"0117 496 0{d[:3]}", f"0131 496 0{d[:3]}", f"029 2018 {d[:4]}", f"01632 960{d[:3]}",
            f"(0113) 496 0{d[:3]}", f"0044 161 496 0{d[:3]}", f"07{r.choice('4589')}{d[:2]} {d[2:6]}{r.randrange(10)}{r.randrange(10)}",
        )  # fmt: skip
        return r.choice(shapes)

    def us_phone(self) -> str:
        r = self.rng
        area = r.choice(
            ("612", "206", "512", "617", "312", "303", "503", "718", "408", "608", "919", "404")
        )
        d = self.digits(2)
        shapes = (
            f"({area}) 555-01{d}", f"{area}-555-01{d}", f"+1 {area} 555 01{d}", f"+1 ({area}) 555-01{d}",
            f"{area}.555.01{d}", f"1-{area}-555-01{d}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"+47 4{d[:7]}", f"0047 9{d[:2]} {d[2:4]} {d[4:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+45 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 (0)50 {d[:7]}", f"+358 9 {d[:3]} {d[3:7]}", f"+49 30 {d[:7]}", f"+49 151 {d[:4]} {d[4:8]}",
            f"0049 89 {d[:6]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 (0)1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}",
            f"+48 6{d[:2]} {d[2:5]} {d[5:8]}", f"0048 5{d[:2]}-{d[2:5]}-{d[5:8]}", f"+39 06 {d[:4]} {d[4:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+372 5{d[:3]} {d[3:7]}", f"+41 44 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+43 1 {d[:7]}", f"+353 87 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+91 9{d[:4]} {d[4:9]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+971 50 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}", f"+1 (612) 555-01{d[:2]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `old` gives one of a person past a hundred (`+` in the ten-digit form)."""
        r = self.rng
        year = r.randrange(1914, 1927) if old else r.randrange(1938, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.36:
            self.forms["pnr 12 with hyphen"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            self.forms["pnr 10 with hyphen"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.88:
            self.forms["pnr 12 without"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["pnr 10 without"] += 1
        return f"{date}{serial}{check}"

    def org_number(self) -> str:
        """An organisation number (`556123-4567`): no personnummer, its third digit past 1."""
        r = self.rng
        head = r.choice(("556", "559", "802", "969", "916", "716"))
        body = head + self.digits(6)
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

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
        town, low, high = r.choice(SV_TOWNS[12:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        """A firm's postal address: a box, or an office on a floor."""
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"{self.sv_street()}, {r.randrange(2, 7)} tr, {self.sv_postal()}"
        if roll < 0.85:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_code(self, area: str) -> str:
        r = self.rng
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.22:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        if lines:
            return f"{street}\n{town}\n{self.uk_code(area)}"
        return (
            f"{street}, {town} {self.uk_code(area)}"
            if r.random() < 0.6
            else f"{street}, {town}, {self.uk_code(area)}"
        )

    def uk_office(self) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        office = r.choice(UK_OFFICES).replace("{n}", str(r.randrange(1, 40)))
        office = office.replace("{ord}", r.choice(("1st", "2nd", "3rd", "4th", "Ground")))
        sep = "\n" if r.random() < 0.3 else ", "
        street = f"{r.randrange(1, 150)} {r.choice(UK_STREETS)}"
        if "Park" in office or "Court" in office:
            return f"{office}{sep}{town} {self.uk_code(area)}"
        return f"{office}, {street}{sep}{town} {self.uk_code(area)}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 400)}".replace(
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


def genitive(name: str, english: bool, r: Random) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    if name[-1] in "sxzSXZ":
        return "'" if r.random() < 0.3 else ""
    return "s"


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
        words, value = given, f"{person.first} {person.last[0]}."
    elif base in ("R", "RU"):
        words = given + surname
        value = f"{person.last.upper() if base == 'RU' else person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english, draw.rng), None))
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


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUO": lambda: (draw.uk_office(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.uk_phone(), "PHONE"),
        "PHUS": lambda: (draw.us_phone(), "PHONE"),
        "PHSKV": lambda: (r.choice(("0771-567 567", "0771-567 567", "0771 567 567", "+46 771 567 567")), "PHONE"),
        "PHHMRC": lambda: (r.choice(("0300 200 3310", "0300 200 3310", "+44 161 931 9070")), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}/{month} 2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} 2027", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}, 2027", f"{day} {MONTHS['en'][month - 1][:3]}")), None),
        "TIME": lambda: (f"{r.randrange(8, 18)}{'.' if r.random() < 0.7 else ':'}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(8, 18)}:{r.choice(('00', '15', '30', '45'))}", f"{r.choice((9, 10, 11))}{r.choice(('am', ':30am', ':15am'))}", f"{r.randrange(1, 6)}{r.choice(('pm', ':30pm', ':45pm'))}")), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "NUMF": lambda: (draw.digits(4), None),
        "AMTB": lambda: (f"{r.randrange(450, 9800) * 1000:,} kr".replace(",", " "), None),
        "AMT": lambda: (r.choice((f"{r.randrange(150, 98000):,} kr".replace(",", " "), f"{r.randrange(150, 98000):,},{r.randrange(100):02d} kr".replace(",", " ", 1), f"SEK {r.randrange(150, 98000):,}".replace(",", " "))), None),
        "GBP": lambda: (f"£{r.randrange(12, 2600):,}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(12, 2600):,}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(40, 3000)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{r.randrange(100000, 999999)}", f"A{r.randrange(10000, 99999)}")), None),
        "ORGNR": lambda: (draw.org_number(), None),
        "OCR": lambda: (str(r.randrange(1, 10)) + draw.digits(r.choice((9, 11, 15))), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "PG": lambda: (f"{r.randrange(10, 99)} {draw.digits(2)} {draw.digits(2)}-{r.randrange(10)}", None),
        "INV": lambda: (r.choice((f"{r.randrange(1000, 99999)}", f"F{r.randrange(2027000, 2027999)}", f"INV-{r.randrange(1000, 9999)}")), None),
        "CASE": lambda: (r.choice((f"{r.randrange(100, 999)} {draw.digits(6)}-27/{r.randrange(1000, 9999)}", f"{r.randrange(10, 99)}-{draw.digits(6)}-2027", f"Dnr {r.randrange(1, 9)}-{draw.digits(7)}")), None),
        "YEAR": lambda: (r.choice(("2025", "2026", "2026")), None),
        "VER": lambda: (r.choice((f"A{r.randrange(1, 900)}", f"nr {r.randrange(1, 2400)}", f"B{r.randrange(1, 300)}")), None),
        "CRN": lambda: (r.choice((draw.digits(8), f"SC{draw.digits(6)}", f"0{draw.digits(7)}")), None),
        "UTR": lambda: (r.choice((f"{r.randrange(1, 10)}{draw.digits(9)}", f"{r.randrange(10, 100)}{draw.digits(3)} {draw.digits(5)}")), None),
        "VAT": lambda: (f"GB {draw.digits(3)} {draw.digits(4)} {draw.digits(2)}", None),
        "FAST": lambda: (f"{r.choice(('Ekbacken', 'Björkhagen', 'Sandvik', 'Lövåsen', 'Kvarnen', 'Solberga', 'Norrby', 'Ängby'))} {r.randrange(1, 40)}:{r.randrange(1, 300)}", None),
        "CLEAR": lambda: (r.choice((f"{r.randrange(3000, 9999)}-{draw.digits(7)}", f"8{draw.digits(3)}-{r.randrange(10)}, {draw.digits(3)} {draw.digits(3)} {draw.digits(3)}-{r.randrange(10)}", f"SE{draw.digits(2)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)}")), None),
        "KM": lambda: (str(r.randrange(6, 140)), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]) if not en else r.choice(DAYS["en"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
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
    """DX's rows: every negative once, then positive rows from shuffled decks of each language's
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
    negatives = set(NEGATIVES)
    rows: list[dict[str, object]] = []
    for lang, template in plan:
        draw.lang = lang
        for _ in range(20):
            text, spans = fill(template, draw)
            if text not in seen:
                break
        assert not spans or (lang, template) not in negatives, "a negative with a value"
        seen.add(text)
        rows.append({
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of DX is printed."""
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
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    forms["rows with c/o"] = sum("c/o" in str(row["text"]) for row in rows)
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("drawn: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = {k for mix in MIXES.values() for k in mix} - set(draw.origins)
    print(f"origins in MIXES never drawn: {len(missing)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    kinds: Counter[str] = Counter()
    pnr: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    rows = 0
    keys = {"id", "split", "lang", "text", "spans"}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys"] += set(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop, kind = span["start"], span["end"], span["kind"]
            kinds[kind] += 1
            problems["kind"] += kind not in KINDS
            problems["empty or out of bounds"] += not 0 <= start < stop <= len(text)
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            if kind == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                ok = re.fullmatch(r"(?:\d{12}|\d{10})", digits) is not None
                ok = ok and re.fullmatch(r"(?:\d{8}|\d{6})[-+]?\d{4}", value) is not None
                short = digits[-10:]
                ok = ok and luhn(short[:9]) == int(short[9])
                ok = ok and 1 <= int(short[2:4]) <= 12 and 1 <= int(short[4:6]) <= 31
                problems["personnummer"] += not ok
                pnr[
                    f"{len(digits)} digits{' with ' + value[-5] if value[-5] in '-+' else ' without'}"
                ] += 1
        empty[row["lang"]] += not row["spans"]
    print(
        f"rows {rows}, ids {len(ids)}, spans {sum(kinds.values())}: "
        + ", ".join(f"{k} {kinds[k]}" for k in KINDS)
    )
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(
        "problems: "
        + ", ".join(f"{k} {v}" for k, v in problems.items())
        + f"; total {sum(problems.values())}"
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
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()
    print(f"{len(rows)} sentences written to {args.out} (sha256 {digest})")


if __name__ == "__main__":
    main()
