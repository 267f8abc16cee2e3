# ruff: noqa: E501
"""Generate held-out EQ for personal-data detection (issue 15): names as the population has them,
a hundred-and-twenty-sixth writer.

    python data/pii/generate_eq.py                  # writes data/pii/generated-heldout-eq.jsonl
    python data/pii/generate_eq.py --stats          # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_eq.py --check          # checks the written file, prints counts only
    python data/pii/generate_eq.py --seed 7 --out /tmp/eq.jsonl   # a scratch seed elsewhere

EQ's names are drawn by how often people really carry them: every name word comes from
`names_eq.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head of
a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population is.
The genre is recruitment and staffing (`templates_eq.py`): job ads and their contact people,
applications, cover letters and CVs, references and reference checks, interview bookings and
notes, offers, contracts and certificates of employment, staffing agencies' assignments, shift
bookings, rotas and timesheets, invoices for consultants' hours, onboarding, recruiters' chats, in
Swedish, English and the mix Swedes write at work, with addresses and phone numbers in every common
form. Written by a helper who does not tune the detector and who read only `generate_aw.py` (for
the mechanics copied here), two sections of `docs/privacy.md` ("Held-out AW", "Held-out CL") and
the first line of `generated-heldout-u.jsonl`; not the detector's rules, lexicons or tagger, nor any
other set, nor any error listing. EQ was never run through the detector by its writer and its names
were not checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_eq import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_eq import (  # noqa: E402
    AGENCIES,
    AGENCIES_EN,
    CLIENTS,
    CLIENTS_EN,
    DAYS,
    EN,
    JOBS,
    JOBS_EN,
    MIXED,
    MONTHS,
    NEGATIVES,
    SV,
)

SEED = 20270203
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-eq.jsonl"
SPLIT = "heldout-eq"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what towns have).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Sveavägen", "Hamngatan", "Kyrkogatan",
    "Järnvägsgatan", "Stationsgatan", "Nygatan", "Skolgatan", "Trädgårdsgatan", "Köpmangatan",
    "Fabriksgatan", "Verkstadsgatan", "Hantverkargatan", "Västra Hamngatan", "Östra Förstadsgatan",
    "Södra Vägen", "Norra Järnvägsgatan", "Industrivägen", "Björkvägen", "Ringvägen", "Skogsvägen",
    "Tallvägen", "Lindvägen", "Ekvägen", "Granvägen", "Ängsvägen", "Kvarnvägen", "Idrottsvägen",
    "Lagervägen", "Terminalvägen", "Förrådsvägen", "Företagsvägen", "Kontorsvägen", "Bangårdsvägen",
    "Tingsvägen", "Sjukhusvägen", "Vårdvägen", "Lasarettsvägen", "Lärkvägen", "Rönnvägen",
    "Mejselvägen", "Smedsvängen", "Ängssvängen", "Kopparsvängen", "Klockarsvängen", "Hammarby allé",
    "Kastanjeallén", "Lindallén", "Slottsallén", "Almbacken", "Kvarnbacken", "Klockarbacken",
    "Gärdesbacke", "Prästbacken", "Lärkstigen", "Vallmostigen", "Ekorrstigen", "Hagtornsstigen",
    "Stortorget", "Järntorget", "Fisktorget", "Gustav Adolfs torg", "Medborgarplatsen", "Stationsplan",
    "Kvarnplan", "Hamnplan", "Kyrkogränd", "Smedjegränd", "Hökargränd", "Tullgränd", "Skeppsbrokajen",
    "Norra Kajen", "Packhuskajen", "Stenpiren", "Klarabergsviadukten", "Lilla Nygatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes (lowest and highest).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 418), ("Malmö", 211, 217), ("Uppsala", 751, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 587), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Gävle", 802, 806), ("Södertälje", 151, 152),
    ("Karlstad", 652, 656), ("Sundsvall", 852, 857), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Trollhättan", 461, 463), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Falun", 791, 791), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Varberg", 432, 432), ("Nyköping", 611, 611),
    ("Skellefteå", 931, 931), ("Kungsbacka", 434, 434), ("Solna", 169, 171), ("Sundbyberg", 172, 174),
    ("Bromma", 161, 168), ("Nacka", 131, 131), ("Täby", 183, 187), ("Huddinge", 141, 141),
    ("Mölndal", 431, 431), ("Hisings Backa", 422, 422), ("Västra Frölunda", 421, 421),
    ("Motala", 591, 591), ("Piteå", 941, 941), ("Örnsköldsvik", 891, 891), ("Visby", 621, 621),
    ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Alingsås", 441, 441), ("Lidköping", 531, 531),
    ("Enköping", 745, 745), ("Katrineholm", 641, 641), ("Köping", 731, 731), ("Härnösand", 871, 871),
    ("Hudiksvall", 824, 824), ("Kiruna", 981, 981), ("Ängelholm", 262, 262), ("Märsta", 195, 195),
)  # fmt: skip
# Second parts of Swedish hyphenated given names (`Anna-Lena`, `Karl-Erik`), joined to a drawn name.
SECOND_F = ("Marie", "Karin", "Lena", "Louise", "Britt", "Maj", "Sofie", "Christin", "Lotta", "Maria")  # fmt: skip
SECOND_M = ("Erik", "Johan", "Olof", "Göran", "Åke", "Gustav", "Axel", "Anders", "Ivar", "Arne")  # fmt: skip
# Towns with countryside around them: a village address takes a rural postcode of theirs (`xxx 9x`).
RURAL_TOWNS = (
    ("Kungsbacka", 434), ("Varberg", 432), ("Falkenberg", 311), ("Alingsås", 441), ("Lidköping", 531),
    ("Skövde", 541), ("Falun", 791), ("Mora", 792), ("Leksand", 793), ("Sollefteå", 881), ("Härnösand", 871),
    ("Hudiksvall", 824), ("Bollnäs", 821), ("Piteå", 941), ("Kalix", 952), ("Kiruna", 981), ("Hemse", 623),
    ("Kristianstad", 291), ("Ystad", 271), ("Sjöbo", 275), ("Tomelilla", 273), ("Enköping", 745),
    ("Östhammar", 742), ("Norrtälje", 761), ("Nyköping", 611), ("Katrineholm", 641), ("Ljungby", 341),
    ("Värnamo", 331), ("Vimmerby", 598), ("Torsby", 685), ("Arvika", 671), ("Sunne", 686),
)  # fmt: skip
# Villages and farms as country addresses have them (`Västanby 24`), with a rural postcode.
VILLAGES = (
    "Västanby", "Östanby", "Norrby", "Söderby", "Mellanby", "Kvarnby", "Sjöhaga", "Bäckgården",
    "Lillängen", "Storåsen", "Björkhult", "Ekeby", "Tallbacka", "Nybygget", "Hällby", "Rönnåsen",
    "Kullagården", "Lövsta", "Berga", "Ängsbacka", "Mossgården", "Skogstorp",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Victoria Road", "Church Lane", "Park Avenue", "London Road",
    "Queen Street", "Mill Lane", "Kings Road", "Albert Road", "The Crescent", "Manor Way",
    "Commercial Street", "Princes Street", "Bath Road", "Chapel Street", "Grange Road", "Wharf Road",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Manchester", "M"), ("Birmingham", "B"), ("Bristol", "BS"), ("Sheffield", "S"),
    ("Nottingham", "NG"), ("Newcastle upon Tyne", "NE"), ("Cardiff", "CF"), ("Glasgow", "G"),
    ("Edinburgh", "EH"), ("Reading", "RG"), ("Milton Keynes", "MK"), ("Leicester", "LE"),
    ("Norwich", "NR"), ("Southampton", "SO"), ("London", "E"), ("London", "SE"), ("Belfast", "BT"),
)  # fmt: skip
UK_UNITS = ("Unit {u}, {p} Business Park", "Suite {u}, {p} House", "Flat {u}", "{u} {p} Court", "Apartment {u}")  # fmt: skip
UK_PLACES = ("Riverside", "Kingsway", "Meridian", "Castle View", "Harbour", "Beacon", "Mercury", "Waterfront")  # fmt: skip
US_STREETS = ("Main Street", "Oak Street", "Maple Avenue", "Washington Blvd", "2nd Street", "Elm Street", "Lakeview Drive", "Market Street", "Cedar Lane", "Highland Avenue", "Commerce Parkway", "5th Avenue")  # fmt: skip
US_TOWNS = (
    ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Chicago", "IL", 606), ("Boston", "MA", 21),
    ("Minneapolis", "MN", 554), ("Denver", "CO", 802), ("Atlanta", "GA", 303), ("Raleigh", "NC", 276),
    ("Columbus", "OH", 432), ("Phoenix", "AZ", 850), ("Pittsburgh", "PA", 152), ("San Diego", "CA", 921),
)  # fmt: skip
EUROPE = (
    "Friedrichstraße {n}, {z5:10117-10117} Berlin", "Schillerstraße {n}, {z5:60313-60316} Frankfurt am Main",
    "Bahnhofstraße {n}, {z5:80335-80339} München", "{n} rue de la République, {z5:69001-69002} Lyon",
    "{n} avenue Jean Jaurès, {z5:75019-75019} Paris", "Mannerheimintie {n} A {m}, 00{z3:100-260} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33200} Tampere", "Storgata {n}, {z4:0155-0184} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Vesterbrogade {n}, {m}. th., {z4:1620-1620} København V",
    "ul. Marszałkowska {n}/{m}, 00-{z3:590-699} Warszawa", "ul. Długa {n}, 80-{z3:827-831} Gdańsk",
    "Calle de Alcalá {n}, {m}º, 280{z2:09-14} Madrid", "Damrak {n}, {z4:1012-1012} {L2} Amsterdam",
    "Via Torino {n}, {z5:20123-20123} Milano", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
    "Rua Augusta {n}, 1100-{z3:048-053} Lisboa", "Narva mnt {n}, {z5:10117-10152} Tallinn",
    "Grafton Street {n}, Dublin 2", "Rue Neuve {n}, {z4:1000-1000} Bruxelles",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "proton.me", "hotmail.co.uk", "yahoo.com")  # fmt: skip
WORK = ("example.se", "rekrytering.example.se", "bemanning.example.se", "example.com", "staffing.example.com", "example.org", "example.co.uk", "talent.example.net")  # fmt: skip
ROLE_MAIL = ("rekrytering", "jobb", "ansokan", "tidrapport", "lon", "kundservice", "bemanning", "info", "hr", "careers", "jobs", "timesheets", "payroll", "recruitment", "talent", "no-reply")  # fmt: skip


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
    shorts: dict[str, str | None] = field(
        default_factory=dict
    )  # a short form, once chosen per form

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of EQ from one seeded Random; counts the head/tail split and the origins."""

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
        if (
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.03
        ):  # Anna-Lena, Karl-Erik
            second = r.choice(SECOND_F if woman else SECOND_M)
            if second != given[0][0]:
                given.append((second, "joined"))
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "finnish": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or ("-" in middle[0][0] and r.random() < 0.5):
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
            self.split[part] += 1  # head, tail, or joined (the second part of a hyphenated name)

    def email(self, person: Person, work: bool | None = None) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "").replace("'", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}.{surname}", f"{given[0]}.{surname}"))  # fmt: skip
        if work is None:
            work = r.random() < 0.4
        return f"{local}@{r.choice(WORK if work else MAIL)}"

    def role_email(self) -> str:
        r = self.rng
        return f"{r.choice(ROLE_MAIL)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("00023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (3, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        r = self.rng
        d = self.digits(8)
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
                "35",
                "36",
                "60",
            )
        )
        area3 = r.choice(("120", "240", "300", "320", "410", "431", "451", "480", "500", "510", "520", "550", "560", "586", "611", "620", "650", "660", "670", "910", "920", "980"))  # fmt: skip
        shapes = (
            (7, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08{d}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (1, f"0{area3}{d[:6]}"),
            (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        """A Swedish number: a mobile mostly, else a landline."""
        return self.mobile() if self.rng.random() < 0.65 else self.landline()

    def firm_phone(self) -> str:
        """A firm's or switchboard's number: 010, 020, 0771, 08 or a town's exchange."""
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"010-{d[:3]} {d[3:5]} {d[5:]}", f"010-{d[:3]} {d[3:5]} {d[5:]}", f"010 {d[:3]} {d[3:5]} {d[5:]}",
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}", f"0771-{d[:3]} {d[3:6]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:]}", f"0200-{d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        return r.choice(shapes) if r.random() < 0.7 else self.landline()

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        shapes = (
            f"07{r.choice('4579')}{d[:2]} {d[2:]}{self.digits(2)}", f"07700 900{d[:3]}", f"+44 7{d[:3]} {d[3:]}{self.digits(3)}",
            f"+44 (0)20 7946 0{d[:3]}", f"020 7946 0{d[:3]}", f"0113 496 0{d[:3]}", f"0161 496 0{d[:3]}",
            f"0117 {d[:3]} {d[3:]}{r.randrange(10)}", f"+44 141 {d[:3]} {d[3:]}{r.randrange(10)}",
            f"028 9018 {d[:4]}", f"0800 {d[:3]} {d[3:]}{r.randrange(10)}", f"(01632) 960{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(4)
        area = r.choice(
            ("206", "512", "312", "617", "612", "303", "404", "919", "614", "602", "412", "619")
        )
        shapes = (
            f"({area}) 555-{d}", f"{area}-555-{d}", f"{area}.555.{d}", f"+1 {area} 555 {d}",
            f"+1 ({area}) 555-{d}", f"1-800-555-{d}", f"{area} 555 {d}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 50 {d[:7]}", f"00358 9 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}",
            f"0049 89 {d[:3]} {d[3:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 (0)1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+351 91{d[:1]} {d[1:4]} {d[4:7]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+353 87 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+91 9{d[:4]} {d[4:9]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}", f"+1 (206) 555-0{d[:3]}", f"+44 7700 900{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, hundred: bool = False) -> str:
        """A personnummer with a valid check digit; `hundred` for someone past a hundred (`+`)."""
        r = self.rng
        year = r.randrange(1915, 1927) if hundred else r.randrange(1950, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if hundred:
            self.forms["personnummer +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        form, out = (
            ("12 digits with hyphen", f"{year // 100}{date}-{serial}{check}") if roll < 0.4
            else ("10 digits with hyphen", f"{date}-{serial}{check}") if roll < 0.78
            else ("12 digits without", f"{year // 100}{date}{serial}{check}") if roll < 0.9
            else ("10 digits without", f"{date}{serial}{check}")
        )  # fmt: skip
        self.forms[f"personnummer {form}"] += 1
        return out

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as country routes do."""
        r = self.rng
        if rural:
            town, prefix = r.choice(RURAL_TOWNS)
            return town, f"{prefix}{r.randrange(90, 100)}"
        town, low, high = r.choice(SV_TOWNS)
        return town, f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 160)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.12
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.15):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        joint = (
            "\n"
            if lines
            else ", "
            if "lgh" in street or " tr" in street
            else r.choice((", ", ", ", ", ", " "))
        )
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def office(self) -> str:
        """A firm's address: a box, a floor, an entrance, or a street over two lines."""
        r = self.rng
        roll = r.random()
        if roll < 0.3:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.5:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        if roll < 0.6:
            return f"{self.sv_street()}, {r.randrange(2, 7)} tr, {self.sv_postal()}"
        if roll < 0.7:
            return f"{self.sv_street()}, uppg. {r.choice('ABCD')}, {self.sv_postal()}"
        if roll < 0.85:
            return f"{self.sv_street()}\n{self.sv_postal()}"
        return f"{self.sv_street()}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        if r.random() < 0.3:
            unit = (
                r.choice(UK_UNITS)
                .replace("{u}", str(r.randrange(1, 40)))
                .replace("{p}", r.choice(UK_PLACES))
            )
            street = (
                f"{unit}, {street}"
                if not unit.startswith(("Unit", "Suite"))
                else f"{unit}, {r.choice(UK_STREETS)}"
            )
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Suite', 'Apt', 'Unit', '#'))} {r.randrange(2, 900)}".replace(
                "# ", "#"
            )
        place = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{place}" if lines else f"{street}, {place}"

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

    P full name, p the same in lower case, U in capitals, F with the middle name, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, GU the given name in
    capitals, S/s the surname, SU in capitals, I initials and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address (EW at
    work). A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s")) else form
    if base in ("E", "EW"):
        return [(draw.email(person, True if base == "EW" else None), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        kind = "N" if base in ("N", "n") else "G"
        if kind not in person.shorts:  # the same person keeps one name within a text
            person.shorts[kind] = draw.nickname(person, 0.85 if kind == "N" else 0.07)
        value = person.shorts[kind] or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        initials = "-".join(p[0] + "." for p in person.first.split("-"))
        if middle and draw.rng.random() < 0.4:
            words = middle + surname
            initials += f" {middle[0][0][0]}."
        value = f"{initials} {person.last}"
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
    "GU",
    "S",
    "s",
    "SU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
    "EW",
}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    hours = r.choice(("8", "8", "7,5", "8,5", "6", "4", "10", "7", "9,25", "0"))
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False).upper(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "stn": lambda: (r.choice(SV_STREETS).lower(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "AO": lambda: (draw.office(), "ADDRESS"),
        "BOX": lambda: (f"Box {r.randrange(10, 9999)}, {draw.sv_postal()}", "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(hundred=True), "NATIONAL_ID"),
        "FE": lambda: (draw.role_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/2027")), None),
        "TIME": lambda: (f"{r.randrange(6, 19)}{':' if en else r.choice('.:')}{r.choice(('00', '15', '30', '45'))}", None),
        "HRS": lambda: (hours, None),
        "HRSEN": lambda: (hours.replace(",", "."), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "SAL": lambda: (f"{r.randrange(240, 720) * 100:,} kr".replace(",", " "), None),
        "RATE": lambda: (f"{r.randrange(180, 1450)} kr/h", None),
        "AMT": lambda: (f"{r.randrange(1200, 480000):,},{r.choice(('00', '50', '00'))} kr".replace(",", " ", 1) if r.random() < 0.5 else f"{r.randrange(1200, 480000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(11, 48)}.{r.choice(('00', '25', '50', '75', '44'))}", None),
        "GBPK": lambda: (f"£{r.randrange(22, 95)},000", None),
        "USD": lambda: (f"${r.randrange(16, 95)}.{r.choice(('00', '50', '25'))}", None),
        "USDK": lambda: (f"${r.randrange(45, 190)},000", None),
        "EUR": lambda: (f"€{r.randrange(2800, 7400)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(2026, 2028)}/{r.randrange(1, 999):03d}", f"REK-{r.randrange(1000, 99999)}", f"#{r.randrange(100000, 999999)}", f"JR{r.randrange(10000, 99999)}", f"{r.randrange(100, 999)}-{r.randrange(10, 99)}")), None),
        "ORDER": lambda: (f"{r.choice(('BU', 'ORD', 'UPP', 'A'))}-{r.randrange(10000, 999999)}", None),
        "ORG": lambda: (f"55{r.randrange(5, 10)}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**12)), None),
        "CID": lambda: (f"{r.choice(('K', 'C', 'CAND'))}-{r.randrange(1000, 99999)}", None),
        "PCT": lambda: (f"{r.randrange(10, 100, 5)} %", None),
        "YEAR": lambda: (str(r.randrange(1996, 2027)), None),
        "YEARS": lambda: (f"{(y := r.randrange(2003, 2024))}–{y + r.randrange(1, 5)}", None),
        "BYEAR": lambda: (str(r.randrange(1958, 2006)), None),
        "SHIFT": lambda: (r.choice(("06–14", "14–22", "22–06", "07.00–16.00", "06:30–15:00", "15.00–23.30", "08–17", "09.00–15.00", "13:00–21:30")) if not en else r.choice(("6am–2pm", "2pm–10pm", "10pm–6am", "07:00–15:30", "8–5", "9am–5pm")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "JOB": lambda: (r.choice(JOBS), None),
        "JOBEN": lambda: (r.choice(JOBS_EN), None),
        "CLIENT": lambda: (r.choice(CLIENTS), None),
        "CLIENTEN": lambda: (r.choice(CLIENTS_EN), None),
        "AGENCY": lambda: (r.choice(AGENCIES), None),
        "AGENCYEN": lambda: (r.choice(AGENCIES_EN), None),
        "PROP": lambda: (f"{r.choice(VILLAGES)} {r.randrange(1, 30)}:{r.randrange(1, 200)}", None),
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
    """EQ's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of EQ is printed."""
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
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address over lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address street alone"] += not any(ch.isdigit() for ch in value)
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with -"] += "-" in value
                forms["personnummer with +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    print(
        "personnummer forms: "
        + ", ".join(
            f"{k.removeprefix('personnummer ')} {v}"
            for k, v in sorted(draw.forms.items())
            if k.startswith("personnummer")
        )
    )
    total = draw.split["head"] + draw.split["tail"]
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%}); second parts joined by a hyphen {draw.split['joined']}"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_seen = 0
    keys = {"id", "split", "lang", "text", "spans"}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys not as heldout-u's"] += set(row) != keys
        problems["split not heldout-eq"] += row["split"] != SPLIT
        problems["lang unknown"] += row["lang"] not in SIZES
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], -1
        for span in row["spans"]:
            spans_seen += 1
            start, stop, kind = span["start"], span["end"], span["kind"]
            problems["kind unknown"] += kind not in KINDS
            if not 0 <= start < stop <= len(text):
                problems["span empty or out of bounds"] += 1
                continue
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            if kind == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                problems["personnummer check digit"] += len(digits) != 10 or luhn(
                    digits[:9]
                ) != int(digits[9])
    print(f"checked {rows} rows, {spans_seen} spans, {len(ids)} ids")
    bad = sum(problems.values())
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
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
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
