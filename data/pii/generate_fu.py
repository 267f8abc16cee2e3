# ruff: noqa: E501
"""Generate held-out FU for personal-data detection (issue 15): names as the population has them,
a hundred-and-fifty-sixth writer.

    python data/pii/generate_fu.py          # writes data/pii/generated-heldout-fu.jsonl
    python data/pii/generate_fu.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_fu.py --check  # checks the written file, prints counts only
    python data/pii/generate_fu.py --seed 7 --out /tmp/fu7.jsonl  # a scratch seed

FU's names are drawn by how often people really carry them: every name word comes from
`names_fu.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is parking companies, towing and parking fines (`templates_fu.py`): control fees and
their appeals, the companies' answers and case logs, residents' and disabled parking permits,
garages and queues of housing associations, removal decisions, tow notices, dispatch logs and
invoices, wardens' shift logs, debt collection, UK parking charge notices and council PCNs, US
tow and impound notices, and chats, with addresses, phones and personnummer in every common form.
Written by a helper who does not tune the detector, who read only `generate_aw.py` (for the
mechanics, copied here), two write-ups of earlier sets in docs/privacy.md and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons or tagger (`src/`), nor any other
set's names, templates or rows, nor any error listing. FU was never run through the detector by
its writer and its names were not checked against rung's lexicons. Stdlib only; one seeded
Random: same seed, same bytes.
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

from names_fu import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fu import (  # noqa: E402
    AREAS,
    BRFS,
    CARS,
    COUNCILS,
    DAYS,
    EN,
    GARAGES,
    LOTS,
    MIXED,
    MONTHS,
    MOVERS,
    NEGATIVES,
    PETS,
    PFIRMS,
    PROPS,
    RELS,
    SURGERIES,
    SV,
    TFIRMS,
    UKFIRMS,
    USTOWS,
    VCS,
    VISCOS,
)

SEED = 20270233
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fu.jsonl"
SPLIT = "heldout-fu"
YEAR = 2027  # the year the rows are written in; a personnummer's `+` is for those 100 or older

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of street names).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Järnvägsgatan", "Skolgatan",
    "Kyrkogatan", "Hamngatan", "Parkgatan", "Västra Vallgatan", "Östra Promenaden", "Trädgårdsgatan",
    "Nygatan", "Södra Förstadsgatan", "Fabriksgatan", "Repslagaregatan", "Bangårdsgatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Ringvägen", "Industrivägen", "Idrottsvägen",
    "Lärkvägen", "Villavägen", "Solvägen", "Backvägen", "Skogsbrynsvägen", "Ekbacksvägen",
    "Gamla Vägen", "Kvarnvägen", "Stationsvägen", "Rosenlundsvägen", "Ängsvägen", "Norra Vägen",
    "Kopparsvängen", "Ängssvängen", "Klockarsvängen", "Sotarsvängen", "Linnés allé", "Lindallén",
    "Kastanjeallén", "Vallhalla allé", "Parkallén", "Kvarnbacken", "Prästbacken", "Sjöbacken",
    "Bergsbacken", "Tingsbacke", "Kyrkbacken", "Blåbärsstigen", "Hallonstigen", "Lingonstigen",
    "Ekorrstigen", "Smedjestigen", "Stortorget", "Lilla Torg", "Fisktorget", "Järntorget",
    "Nytorget", "Stationsplan", "Brunnsplan", "Medborgarplan", "Garvargränd", "Tullgränd",
    "Kopparslagargränd", "Skeppargränd", "Norra Kajen", "Södra Kajen", "Packhuskajen",
    "Stadsgårdskajen", "Hamnkajen", "Strandvägen", "Sjövägen", "Mejerigatan", "Verkstadsgatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 461), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Solna", 169, 171), ("Nacka", 131, 132),
    ("Sollentuna", 191, 192), ("Huddinge", 141, 141), ("Uddevalla", 451, 451), ("Varberg", 432, 432),
    ("Motala", 591, 591), ("Kungsbacka", 434, 434), ("Lidköping", 531, 531), ("Visby", 621, 621),
    ("Nyköping", 611, 611), ("Piteå", 941, 941), ("Skellefteå", 931, 931), ("Landskrona", 261, 261),
    ("Ängelholm", 262, 262), ("Alingsås", 441, 441), ("Sandviken", 811, 811), ("Katrineholm", 641, 641),
    ("Enköping", 745, 745), ("Norrtälje", 761, 761), ("Mora", 792, 792), ("Kiruna", 981, 981),
    ("Ystad", 271, 271), ("Trelleborg", 231, 231),
)  # fmt: skip
RURAL = 38  # SV_TOWNS[RURAL:] and the towns past Trollhättan are where villages are drawn from
# Villages and hamlets as rural addresses have them (`Västanby 24`).
VILLAGES = (
    "Västanby", "Östanbyn", "Norrby", "Sörby", "Lillåsen", "Storängen", "Bäckaby", "Kvarntorp",
    "Hässleby", "Tallmon", "Rya", "Björkö", "Myckelby", "Ösjö", "Ljungstorp", "Lövsjö", "Mossebo",
    "Åsbacka", "Kallmyren", "Holmsund gård", "Västergården", "Nybyn", "Röbäck", "Gäddvik",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Gloucester Road", "Victoria Street", "Albert Road", "Mill Lane", "Church Street",
    "Queen's Road", "Park Avenue", "Grove Road", "Springfield Road", "Manor Way", "Kingsway",
    "Beech Close", "Orchard Drive", "New Road", "Market Street", "Broad Street", "Castle Street",
    "Heathfield Crescent", "Meadow View", "Riverside Walk", "Canal Street", "Union Terrace",
)  # fmt: skip
UK_TOWNS = (
    ("London", "SW"), ("London", "N"), ("London", "SE"), ("London", "E"), ("Manchester", "M"),
    ("Birmingham", "B"), ("Leeds", "LS"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Cardiff", "CF"),
    ("Bristol", "BS"), ("Liverpool", "L"), ("Sheffield", "S"), ("Newcastle upon Tyne", "NE"),
    ("Nottingham", "NG"), ("Leicester", "LE"), ("Brighton", "BN"), ("Reading", "RG"),
    ("Oxford", "OX"), ("Cambridge", "CB"), ("York", "YO"), ("Southampton", "SO"), ("Belfast", "BT"),
    ("Aberdeen", "AB"), ("Coventry", "CV"), ("Milton Keynes", "MK"),
)  # fmt: skip
UK_HOUSES = ("Flat 3, Wellington House", "The Coach House", "2 Rose Cottages", "Unit 7, Riverside Court", "Apartment 12, The Maltings", "Ground Floor Flat")  # fmt: skip
US_STREETS = ("Main Street", "Oak Street", "Maple Avenue", "W 14th Street", "N Clark Street", "Elm Street", "Sunset Boulevard", "Lake Shore Drive", "Pine Street", "E Colfax Avenue", "Peachtree Road NE", "Washington Avenue", "SW 8th Street", "Market Street", "Cedar Lane")  # fmt: skip
US_TOWNS = (
    ("Chicago", "IL", 606), ("Houston", "TX", 770), ("Phoenix", "AZ", 850), ("Seattle", "WA", 981),
    ("Denver", "CO", 802), ("Atlanta", "GA", 303), ("Boston", "MA", 21), ("Miami", "FL", 331),
    ("Minneapolis", "MN", 554), ("Austin", "TX", 787), ("Columbus", "OH", 432), ("Portland", "OR", 972),
    ("San Diego", "CA", 921), ("Philadelphia", "PA", 191), ("Las Vegas", "NV", 891),
)  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Schillerstraße {n}, {z5:60311-60599} Frankfurt am Main",
    "Am Markt {n}, {z5:28195-28779} Bremen", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n} avenue Jean Jaurès, {z5:31000-31500} Toulouse", "Hämeenkatu {n} B {m}, {z5:33100-33900} Tampere",
    "Mannerheimintie {n} A {m}, {z5:00100-00990} Helsinki", "Storgata {n}, {z4:0155-0190} Oslo",
    "Kongens gate {n}, {z4:7011-7099} Trondheim", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "Vestergade {n}, {z4:8000-8000} Aarhus C", "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Długa {n}, 80-{z3:800-899} Gdańsk", "Calle Mayor {n}, {m}º, {z5:28013-28013} Madrid",
    "Carrer de Balmes {n}, {z5:08006-08022} Barcelona", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "Via Garibaldi {n}, {z5:10122-10122} Torino",
    "Bahnhofstrasse {n}, {z4:8001-8001} Zürich", "Mariahilfer Straße {n}, {z4:1060-1070} Wien",
    "Rue Neuve {n}, {z4:1000-1000} Bruxelles", "{n} Dame Street, Dublin 2, D02 {L2}{z2:10-99}",
    "Narva mnt {n}, {z5:10117-10152} Tallinn",
)  # fmt: skip
MAIL = {
    "sv": ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.se", "bredband.net", "spray.se"),
    "en": ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com", "hotmail.co.uk", "btinternet.com", "aol.com", "comcast.net"),
}  # fmt: skip
MAIL["mixed"] = MAIL["sv"] + MAIL["en"][4:]
# The second part of a Swedish double given name the parents chose (`Anna-Karin`, `Karl-Erik`).
SECOND_F = ("Karin", "Marie", "Lena", "Britt", "Christin", "Sofie", "Maria", "Louise", "Lotta", "Kari")  # fmt: skip
SECOND_M = ("Erik", "Johan", "Olof", "Göran", "Åke", "Gunnar", "Anders", "Axel", "Henrik", "Fredrik")  # fmt: skip
WORK = ("example.se", "example.com", "example.org", "example.co.uk", "kommun.example.se", "brf.example.se")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", plain(text).lower())


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
    """Every value of FU from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.clock = 0  # minutes past midnight: the times of one row follow one another

    def time(self) -> tuple[int, int]:
        """The next time of the row: a few minutes to two hours after the last one."""
        self.clock = (self.clock + self.rng.randrange(3, 120)) % (24 * 60)
        return divmod(self.clock, 60)

    def time_text(self, english: bool) -> str:
        h, m = self.time()
        if not english:
            return f"{h:02d}{self.rng.choice(('.', ':'))}{m:02d}"
        twelve = f"{(h - 1) % 12 + 1}:{m:02d}"
        return self.rng.choice(
            (
                f"{twelve} {'am' if h < 12 else 'pm'}",
                f"{twelve} {'a.m.' if h < 12 else 'p.m.'}",
                f"{h:02d}:{m:02d}",
            )
        )

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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.04
        ):  # Anna-Karin, Karl-Johan
            second = r.choice(SECOND_F if woman else SECOND_M)
            if second != given[0][0]:
                given = [(f"{given[0][0]}-{second}", given[0][1])]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3}.get(key, 0.05):
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
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.02:
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
        given = slug(person.first)
        surname = slug(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL[self.lang])}"

    def firm_mail(self) -> str:
        r = self.rng
        firm = r.choice(PFIRMS + TFIRMS if self.lang != "en" else UKFIRMS + USTOWS)
        local = r.choice(
            (
                "kundservice",
                "bestridande",
                "info",
                "appeals",
                "parkering",
                "support",
                "dispatch",
                "faktura",
            )
        )
        domain = slug(firm.replace(" AB", "").replace(" Ltd", "")) or "parking"
        tld = (
            r.choice(("example.se", "example.com"))
            if self.lang != "en"
            else r.choice(("example.co.uk", "example.com"))
        )
        return f"{local}@{domain}.{tld}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool | None = None) -> str:
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
                "60",
                "63",
                "35",
                "36",
                "46",
                "42",
                "11",
                "23",
                "26",
            )
        )
        area3 = r.choice(("220", "224", "240", "250", "270", "280", "300", "320", "340", "370", "380", "410", "413", "430", "440", "480", "490", "500", "510", "520", "530", "550", "560", "570", "580", "590", "611", "620", "640", "660", "680", "690", "910", "920", "940", "950", "980"))  # fmt: skip
        mobiles = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:7]}"),
        )  # fmt: skip
        lands = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08{d[:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{area2} {d[:3]} {d[3:6]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}{d[:6]}"), (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        if mobile is None:
            mobile = r.random() < 0.72
        shapes = mobiles if mobile else lands
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or an office's number: switchboards, 020, 0771, 010."""
        r = self.rng
        d = self.digits(8)
        if self.lang == "en":
            return self.phone_uk() if r.random() < 0.6 else self.phone_us()
        shapes = (
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:3]} {d[3:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010-{d[:3]} {d[3:7]}",
            f"08-{d[:3]} {d[3:5]} 00", f"0200-{d[:2]} {d[2:4]} {d[4:6]}", f"0{r.choice(('31', '40', '18', '90'))}-{d[:3]} {d[3:5]} 00",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"+46 771 {d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"07{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:6]} {d[6:9]}", f"+44 7{d[:3]} {d[3:9]}", f"+44 (0)7{d[:3]} {d[3:9]}",
            f"020 7946 0{d[:3]}", f"020 {d[:4]} {d[4:8]}", f"(020) {d[:4]} {d[4:8]}", f"0161 {d[:3]} {d[3:7]}",
            f"0113 {d[:3]} {d[3:7]}", f"0117 {d[:3]} {d[3:7]}", f"0131 {d[:3]} {d[3:7]}", f"029 {d[:4]} {d[4:8]}",
            f"+44 20 {d[:4]} {d[4:8]}", f"+44 (0)161 {d[:3]} {d[3:7]}", f"0044 121 {d[:3]} {d[3:7]}",
            f"0300 {d[:3]} {d[3:7]}", f"0345 {d[:3]} {d[3:7]}", f"01{d[:3]} {d[3:9]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(7)
        area = r.choice(
            (
                "312",
                "773",
                "713",
                "602",
                "206",
                "303",
                "404",
                "617",
                "305",
                "612",
                "512",
                "614",
                "503",
                "619",
                "215",
                "702",
            )
        )
        shapes = (
            f"({area}) 555-01{d[:2]}", f"{area}-555-01{d[:2]}", f"({area}) {d[:3]}-{d[3:7]}", f"{area}-{d[:3]}-{d[3:7]}",
            f"{area}.{d[:3]}.{d[3:7]}", f"+1 {area} {d[:3]} {d[3:7]}", f"+1 ({area}) {d[:3]}-{d[3:7]}", f"1-{area}-{d[:3]}-{d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+45 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"040 {d[:3]} {d[3:7]}",
            f"+49 171 {d[:7]}", f"+49 (0)30 {d[:8]}", f"0049 89 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+48 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+353 87 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+380 {r.choice(('50', '67', '93'))} {d[:3]} {d[3:5]} {d[5:7]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+44 7{d[:3]} {d[3:9]}", f"+1 {d[:3]} {d[3:6]} {d[6:9]}0",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without `-`, `+` past a hundred."""
        r = self.rng
        old = r.random() < 0.07
        year = r.randrange(1919, YEAR - 100) if old else r.randrange(1935, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old and r.random() < 0.7:
            self.forms["personnummer +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.42:
            self.forms["personnummer 12 with -"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            self.forms["personnummer 10 with -"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            self.forms["personnummer 12 plain"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["personnummer 10 plain"] += 1
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
        town, low, high = r.choice(SV_TOWNS[RURAL:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        roll = r.random()
        if roll < 0.8:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.9:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.06:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(
        self, lines: bool = False, lgh: bool = False, rural: bool | None = None, floor: bool = False
    ) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.12
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and (floor or r.random() < 0.05):
            street += f", {r.randrange(1, 7)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"

    def uk_street(self) -> str:
        return self.rng.choice(UK_STREETS)

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {street}"
        elif roll < 0.3:
            street = f"{r.randrange(1, 40)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}{r.choice(('', '', 'B'))}".replace(
                "# ", "#"
            )
        postal = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{postal}" if lines else f"{street}, {postal}"

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
        out = out.replace("{L2}", r.choice("ABCDEFHKNPRTWXY") + r.choice("ACDEFHKNPRTVWXY"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    def plate(self, kind: str = "sv") -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNOPRSTUWXYZ"
        three = "".join(r.choice(letters) for _ in range(3))
        while three == "BOX":  # no plate that reads as a postbox
            three = "".join(r.choice(letters) for _ in range(3))
        if kind == "uk":
            return (
                f"{r.choice('ABCDEFGHKLMNOPRSVWY')}{r.choice(letters)}{r.randrange(10, 75)} {three}"
            )
        if kind == "us":
            return r.choice(
                (
                    f"{r.randrange(1, 9)}{three}{self.digits(3)}",
                    f"{three}-{self.digits(4)}",
                    f"{three} {self.digits(4)}",
                )
            )
        if kind == "x":
            return r.choice((f"M-{three[:2]} {self.digits(4)}", f"{three[:2]}-{self.digits(3)}-{three[1:]}", f"{three}-{self.digits(3)}",
                             f"EK {self.digits(5)}", f"{three[:2]} {self.digits(2)} {self.digits(3)}", f"WA {self.digits(5)}",
                             f"{self.digits(4)} {three}", f"{self.digits(2)}-{three}-{self.digits(1)}", f"251-D-{self.digits(5)}"))  # fmt: skip
        roll = r.random()
        if roll < 0.55:
            return f"{three} {self.digits(3)}"
        if roll < 0.8:
            return f"{three} {self.digits(2)}{r.choice(letters.replace('O', ''))}"
        return f"{three}{self.digits(3)}"


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "F",
    "G",
    "g",
    "N",
    "n",
    "GU",
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


def person_base(form: str) -> str | None:
    """The person form a slot asks for (`Ps` -> `P`, `S'` -> `S`), or None for other values."""
    if form in PERSON_FORMS:
        return form
    base = form.rstrip("'")
    if base in PERSON_FORMS and form.endswith("'"):
        return base
    if form.endswith("s") and form[:-1] in PERSON_FORMS:
        return form[:-1]
    return None


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, GU the given name in
    capitals, S/s the surname, SU in capitals, I an initial and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing
    `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = person_base(form) or form
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


def filler(form: str, draw: Draw) -> Segment:
    r = draw.rng
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    year = r.choice((YEAR - 1, YEAR))
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street() if r.random() < 0.7 else r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "STT": lambda: (draw.sv_address(floor=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "UKSTREET": lambda: (draw.uk_street(), "ADDRESS"),
        "UKSTREETL": lambda: (draw.uk_street().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "USSTREET": lambda: (f"{r.randrange(100, 4000)} {r.choice(US_STREETS)}" if r.random() < 0.5 else r.choice(US_STREETS), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "MAILF": lambda: (draw.firm_mail(), "EMAIL"),
        "MAILK": lambda: (f"{r.choice(('parkering', 'trafik', 'tillstand', 'kontaktcenter'))}@{slug(r.choice(SV_TOWNS)[0])}.example.se", "EMAIL"),
        "DATE": lambda: (r.choice((f"{year}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.{year}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} {year}", f"{day:02d}/{month:02d}/{year}", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/{year}")), None),
        "TIME": lambda: (draw.time_text(english=False), None),
        "TIMEEN": lambda: (draw.time_text(english=True), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MONTH": lambda: (r.choice(MONTHS["sv"]), None),
        "MONTHEN": lambda: (r.choice(MONTHS["en"]), None),
        "W": lambda: (str(r.randrange(1, 53)), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "PLATS": lambda: (str(r.randrange(1, 240)), None),
        "LGH": lambda: (f"{r.randrange(10, 16)}{r.randrange(1, 8):02d}", None),
        "FLOOR": lambda: (r.choice(("1", "2", "3", "4", "5", "-1", "-2")), None),
        "AGE": lambda: (str(r.randrange(74, 97)), None),
        "KM": lambda: (str(r.randrange(3, 180)), None),
        "FEE": lambda: (r.choice(("300", "450", "500", "600", "700", "750", "800", "900", "1 000", "1 100", "1 200", "1 300")) + " kr", None),
        "AMT": lambda: (f"{r.randrange(45, 9800):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(60, 480)}.{r.choice(('00', '50', '95'))}", None),
        "USD": lambda: (f"${r.randrange(95, 650)}{r.choice(('', '.00', '.50'))}", None),
        "EUR": lambda: (f"€{r.randrange(80, 400)}", None),
        "KID": lambda: (r.choice((f"{r.randrange(10**7, 10**8)}", f"KA-{year}-{r.randrange(10**5, 10**6)}", f"{r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}", f"P{r.randrange(10**6, 10**7)}")), None),
        "OCR": lambda: (str(r.randrange(10**9, 10**13)), None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"{r.randrange(5000, 5999)}-{r.randrange(1000, 9999)}")), None),
        "ORG": lambda: (f"{r.choice(('556', '559', '769', '716', '212'))}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"A-{year}/{r.randrange(100, 99999)}", f"#{r.randrange(10000, 999999)}", f"{r.randrange(5000, 9000)}-K{r.randrange(1000, 99999)}-{year % 100}")), None),
        "DOBEN": lambda: (r.choice((f"{day:02d}/{month:02d}/{r.randrange(1930, 2000)}", f"{day} {MONTHS['en'][month - 1]} {r.randrange(1930, 2000)}")), None),
        "TOW": lambda: (r.choice((f"B{r.randrange(10**5, 10**6)}", f"{year % 100}-{r.randrange(1000, 9999)}", f"JOB-{r.randrange(10**4, 10**5)}")), None),
        "PCN": lambda: (r.choice((f"{r.choice(('PC', 'WK', 'CA', 'LS'))}{r.randrange(10**7, 10**8)}", f"{r.randrange(10**8, 10**9)}{r.choice('ABCX')}", f"CIT-{r.randrange(10**5, 10**6)}")), None),
        "VAKT": lambda: (r.choice((f"PV {r.randrange(100, 9999)}", f"id {r.randrange(1000, 9999)}", f"nr {r.randrange(10, 999)}")), None),
        "CEO": lambda: (r.choice((f"CEO {r.randrange(100, 9999)}", f"officer no. {r.randrange(100, 9999)}", f"{r.choice(('CE', 'EO'))}{r.randrange(1000, 9999)}")), None),
        "ZON": lambda: (r.choice((str(r.randrange(1000, 9999)), f"{r.choice('ABCDKLMN')}", f"{r.choice(('Norr', 'Söder', 'Väster', 'Öster'))} {r.randrange(1, 9)}")), None),
        "ZONEUK": lambda: (r.choice((f"{r.choice('ABCDEFGHKLM')}{r.randrange(1, 9)}", f"CA-{r.choice('ABCDEFGH')}", str(r.randrange(1000, 9999)))), None),
        "REG": lambda: (draw.plate(), None),
        "REGL": lambda: (draw.plate().lower(), None),
        "REGUK": lambda: (draw.plate("uk"), None),
        "REGUS": lambda: (draw.plate("us"), None),
        "REGX": lambda: (draw.plate("x"), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "PFIRM": lambda: (r.choice(PFIRMS), None),
        "PFIRML": lambda: (r.choice(PFIRMS).lower(), None),
        "TFIRM": lambda: (r.choice(TFIRMS), None),
        "UKFIRM": lambda: (r.choice(UKFIRMS), None),
        "USTOW": lambda: (r.choice(USTOWS), None),
        "AREA": lambda: (r.choice(AREAS), None),
        "AREAL": lambda: (r.choice(AREAS).lower(), None),
        "LOT": lambda: (r.choice(LOTS), None),
        "GARAGE": lambda: (r.choice(GARAGES), None),
        "BRF": lambda: (r.choice(BRFS), None),
        "VC": lambda: (r.choice(VCS), None),
        "COUNCIL": lambda: (r.choice(COUNCILS), None),
        "SURGERY": lambda: (r.choice(SURGERIES), None),
        "PET": lambda: (r.choice(PETS), None),
        "CAR": lambda: (r.choice(CARS), None),
        "MOVER": lambda: (r.choice(MOVERS), None),
        "VISCO": lambda: (r.choice(VISCOS), None),
        "REL": lambda: (r.choice(RELS), None),
        "PROP": lambda: (r.choice(PROPS), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    draw.clock = draw.rng.randrange(5 * 60, 20 * 60)
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        if person_base(form) is not None:
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
    """FU's rows: every negative once, then positive rows from shuffled decks of each language's
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


PNR = re.compile(r"^(?:\d{2})?(\d{6})[-+]?(\d{4})$")


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of FU is printed."""
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
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    print(
        "personnummer: "
        + ", ".join(
            f"{k[13:]} {v}" for k, v in sorted(draw.forms.items()) if k.startswith("personnummer")
        )
    )
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [key for mix in MIXES.values() for key in mix if not draw.origins[key]]
    print(f"origins in MIXES never drawn: {len(set(missing))}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = kinds = pnr = 0
    keys = ["id", "split", "lang", "text", "spans"]
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            problems["keys not as heldout-u's"] += list(row) != keys
            problems["id repeated"] += row["id"] in ids
            ids.add(row["id"])
            problems["split"] += row["split"] != SPLIT
            problems["lang"] += row["lang"] not in SIZES
            text, end = row["text"], 0
            for span in row["spans"]:
                kinds += 1
                start, stop = span["start"], span["end"]
                problems["empty span"] += stop <= start
                problems["span out of bounds"] += not (start >= 0 and stop <= len(text))
                value = text[start:stop]
                problems["whitespace at an edge"] += value != value.strip()
                problems["unsorted or overlapping"] += start < end
                problems["kind"] += span["kind"] not in (
                    "PERSON",
                    "ADDRESS",
                    "PHONE",
                    "EMAIL",
                    "NATIONAL_ID",
                )
                end = stop
                if span["kind"] == "NATIONAL_ID":
                    pnr += 1
                    match = PNR.match(value)
                    ok = bool(match) and luhn(match.group(1) + match.group(2)[:3]) == int(
                        match.group(2)[3]
                    )
                    problems["personnummer check digit"] += not ok
    print(f"checked {rows} rows, {kinds} spans, {pnr} personnummer, {len(ids)} ids")
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return sum(bad.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file, print counts only"
    )
    args = parser.parse_args()
    if args.out is None and args.seed != SEED and not args.stats:
        parser.error("a scratch seed needs --out")
    out = args.out or OUT
    if args.check:
        sys.exit(1 if check(out) else 0)
    draw = Draw(args.seed)
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    print(f"{len(rows)} sentences written to {out} (sha256 {digest})")


if __name__ == "__main__":
    main()
