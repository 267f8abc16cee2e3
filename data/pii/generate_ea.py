# ruff: noqa: E501
"""Generate held-out EA for personal-data detection (issue 15): names as the population has them,
a hundred-and-tenth writer.

    python data/pii/generate_ea.py          # writes data/pii/generated-heldout-ea.jsonl
    python data/pii/generate_ea.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ea.py --check  # checks the written file, prints counts only

EA's names are drawn by how often people really carry them: every name word comes from
`names_ea.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
and workplaces are. The genre is recruitment, job applications and staffing agencies
(`templates_ea.py`): CVs, cover letters, references, interview schedules, offer letters, shift
bookings, contracts and rejections, in Swedish, English and the two mixed as Swedes write at
work. Written by a helper who does not tune the detector, who read only `generate_aw.py` (for the
mechanics), the sections on held-out AW and CL in `docs/privacy.md` and the first line of
`generated-heldout-u.jsonl`, and neither the detector's rules, lexicons and tagger (`src/`) nor
any error listing nor any other set's names and templates; EA was never run through the detector
by its writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded
Random: same seed, same bytes.
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

from names_ea import HEAD_SHARE, HYPHENS, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ea import (  # noqa: E402
    AGENCIES_EN,
    AGENCIES_SV,
    DAYS,
    EN,
    FIRMS_EN,
    FIRMS_SV,
    JOBS_EN,
    JOBS_SV,
    MIXED,
    MONTHS,
    NEGATIVES,
    SV,
)

SEED = 20270187
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ea.jsonl"
SPLIT = "heldout-ea"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the towns' streets.
SV_STREETS = (
    "Drottninggatan", "Kungsgatan", "Storgatan", "Västra Hamngatan", "Sveavägen", "Götgatan",
    "Hornsgatan", "Birger Jarlsgatan", "Sankt Eriksgatan", "Linnégatan", "Tegnérgatan",
    "Södra Förstadsgatan", "Stora Nygatan", "Regeringsgatan", "Järnvägsgatan", "Fabriksgatan",
    "Verkstadsgatan", "Bangårdsgatan", "Skolgatan", "Prästgatan", "Kaserngatan", "Nygatan",
    "Karlavägen", "Valhallavägen", "Industrivägen", "Terminalvägen", "Lagervägen", "Björkvägen",
    "Ringvägen", "Tallvägen", "Bäckvägen", "Ängsvägen", "Gamla Tullvägen", "Lärarvägen",
    "Kopparvägen", "Mossvägen", "Åkervägen", "Idrottsvägen", "Kvarnsvängen", "Solsvängen",
    "Lingonsvängen", "Ekbackssvängen", "Kastanjeallé", "Lindallén", "Nobels allé", "Stationsallén",
    "Kvarnbacken", "Slottsbacken", "Kyrkbacken", "Tornbacken", "Vinkelstigen", "Blåbärsstigen",
    "Ekorrstigen", "Rönnbärsstigen", "Stortorget", "Järntorget", "Fisktorget", "Gustav Adolfs torg",
    "Möllevångstorget", "Brunnsplan", "Stationsplan", "Sergels torg", "Tulpangränd",
    "Klockargränd", "Mjölnargränd", "Glasbruksgränd", "Skeppsbrokajen", "Norra Kajen",
    "Stenkajen", "Packhuskajen", "Lilla Bommen", "Östra Promenaden", "Norr Mälarstrand",
    "Kungsportsavenyen", "Hamnvägen", "Sjöviksvägen", "Mejerigatan", "Hantverkargatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes, as the post office numbers them.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Huddinge", 141, 141), ("Södertälje", 151, 152),
    ("Nacka", 131, 131), ("Täby", 183, 187), ("Mölndal", 431, 431), ("Lund", 222, 227),
    ("Helsingborg", 252, 256), ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 589),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Gävle", 802, 806),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Karlstad", 652, 656), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Sundsvall", 852, 857), ("Luleå", 972, 975), ("Trollhättan", 461, 462),
    ("Östersund", 831, 831), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Nyköping", 611, 611),
    ("Skellefteå", 931, 931), ("Piteå", 941, 941), ("Kiruna", 981, 981), ("Motala", 591, 591),
    ("Lidköping", 531, 531), ("Landskrona", 261, 261), ("Ystad", 271, 271), ("Trelleborg", 231, 231),
    ("Enköping", 745, 745), ("Borlänge", 781, 784), ("Hudiksvall", 824, 824), ("Alingsås", 441, 441),
    ("Ängelholm", 262, 262), ("Värnamo", 331, 331), ("Nässjö", 571, 571), ("Örnsköldsvik", 891, 892),
    ("Arvika", 671, 671), ("Kungsbacka", 434, 434), ("Katrineholm", 641, 641), ("Sandviken", 811, 811),
    ("Härnösand", 871, 871), ("Mora", 792, 792), ("Oskarshamn", 572, 572), ("Ljungby", 341, 341),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Västanby 14`).
VILLAGES = (
    "Västanby", "Östanå", "Norrby", "Sörby", "Lillhärad", "Bäckebo", "Mellanbyn", "Kvarntorp",
    "Skogsberga", "Ängebo", "Hästhagen", "Storåsen", "Tallbacka", "Ekeby gård", "Sjöhagen",
    "Nyby", "Lövsta", "Hagalund gård", "Rödje", "Gärdsbacka", "Ölmstad", "Knutby", "Berga",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Victoria Road", "Church Lane", "Park Road", "London Road",
    "Mill Lane", "Queens Road", "Albert Street", "Manor Way", "Orchard Close", "Meadow View",
    "Springfield Avenue", "The Crescent", "Elm Grove", "Castle Street", "Chapel Walk", "Wharf Road",
)  # fmt: skip
UK_TOWNS = (
    ("Manchester", "M"), ("Leeds", "LS"), ("Bristol", "BS"), ("Birmingham", "B"), ("Glasgow", "G"),
    ("Edinburgh", "EH"), ("Cardiff", "CF"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Leicester", "LE"),
    ("Reading", "RG"), ("Cambridge", "CB"), ("Brighton", "BN"), ("Newcastle upon Tyne", "NE"),
    ("London", "SE"), ("London", "N"), ("Belfast", "BT"), ("Aberdeen", "AB"), ("Swindon", "SN"),
)  # fmt: skip
UK_HOUSES = ("Flat 3, Marlowe Court", "The Old Bakery", "Willow Cottage", "2 Riverside Mews", "Apartment 14, Castle Wharf", "Unit 7, Kingsway Business Park")  # fmt: skip
US_STREETS = ("Main Street", "Oak Avenue", "Elm Street", "Maple Drive", "Washington Blvd", "Cedar Lane", "Lakeview Drive", "Pine Street", "Park Avenue", "Sunset Blvd", "5th Avenue", "Broadway", "Market Street", "Mission Street")  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Chicago", "IL", 606),
    ("Boston", "MA", 21), ("Denver", "CO", 802), ("Raleigh", "NC", 276), ("San Jose", "CA", 951),
    ("Portland", "OR", 972), ("Columbus", "OH", 432), ("Atlanta", "GA", 303), ("Madison", "WI", 537),
)  # fmt: skip
EUROPE = (
    "Schillerstraße {n}, {z5:10625-10629} Berlin", "Hauptstraße {n}a, {z5:69117-69126} Heidelberg",
    "Rue de la République {n}, {z5:69001-69009} Lyon", "{n} avenue Jean Jaurès, {z5:31000-31500} Toulouse",
    "Hämeenkatu {n} A {m}, {z5:33100-33200} Tampere", "Mannerheimintie {n} B {m}, 00{z3:100-260} Helsinki",
    "Storgata {n}, {z4:0155-0190} Oslo", "Kongens gate {n}, {z4:7011-7013} Trondheim",
    "Vesterbrogade {n}, {m}. th., {z4:1620-1799} København V", "Nørregade {n}, {z4:8000-8000} Aarhus C",
    "ul. Marszałkowska {n}/{m}, 00-{z3:500-699} Warszawa", "ul. Długa {n}, 31-{z3:100-199} Kraków",
    "Calle Mayor {n}, {z5:28013-28013} Madrid", "Carrer de Balmes {n}, {m}º 2ª, 080{z2:07-22} Barcelona",
    "Keizersgracht {n}, {z4:1015-1017} {L2} Amsterdam", "Via Garibaldi {n}, {z5:10122-10122} Torino",
    "Laisvės al. {n}, LT-{z5:44200-44300} Kaunas", "Brīvības iela {n}, Rīga, LV-{z4:1001-1050}",
    "Strada Victoriei {n}, {z6:010061-010099} București", "Khreshchatyk St {n}, apt {m}, Kyiv {z5:01001-01034}",
)  # fmt: skip
SHIFTS = ("06.00–14.30", "07.00–16.00", "7–16", "14.30–23.00", "22.00–06.30", "06–15", "15–22", "08.00–17.00", "21.30–07.00", "10–19")  # fmt: skip
FINLAND = (("Hämeenkatu", 33100, 33200, "Tampere"), ("Aleksanterinkatu", 100, 180, "Helsinki"), ("Kauppakatu", 40100, 40200, "Jyväskylä"), ("Isokatu", 90100, 90150, "Oulu"), ("Yliopistonkatu", 20100, 20500, "Turku"), ("Rantakatu", 65100, 65200, "Vaasa"))  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "hotmail.se", "protonmail.com")  # fmt: skip
WORK = ("example.se", "example.com", "kommun.example.se", "region.example.se", "foretag.example.se", "example.co.uk", "example.org")  # fmt: skip
FIRMS = ("jobbkraft.se", "personalpoolen.se", "talangbron.se", "nordlager.se", "kompetensgruppen.se", "brightpath.co.uk", "northgate-staffing.com", "example.se")  # fmt: skip
ROLES = ("rekrytering", "jobb", "hr", "lon", "bemanning", "ansokan", "info", "careers", "jobs", "talent", "payroll", "kundtjanst", "schema")  # fmt: skip


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
    """Every value of EA from one seeded Random; counts the head/tail split and the origins."""

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
            key == "swedish" and given[0][0] in HYPHENS and r.random() < 0.15
        ):  # Anna-Karin, Karl-Erik
            given.append((r.choice(HYPHENS[given[0][0]]), given[0][1]))
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "finnish": 0.4}.get(key, 0.05):
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
        elif key in ("uk", "us") and roll < 0.025:
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
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(70, 100)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        return f"{r.choice(ROLES)}@{r.choice(FIRMS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm, the cities, the towns, and firms' numbers."""
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
                "60",
                "26",
                "36",
                "11",
                "46",
                "35",
            )
        )
        area3 = r.choice(("141", "152", "220", "240", "250", "270", "290", "320", "340", "380", "410", "431", "454", "470", "480", "500", "510", "520", "560", "570", "611", "620", "660", "680", "910", "920", "980"))  # fmt: skip
        shapes = (
            (8, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (2, f"08-{d[:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def switchboard(self) -> str:
        """A firm's number: a switchboard, a 020 free number, a 0771 number."""
        r = self.rng
        d = self.digits(8)
        return r.choice((f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}", f"0771-{d[:3]} {d[3:6]}",
                         f"0770-{d[:2]} {d[2:4]} {d[4:6]}", f"08-{d[:3]} {d[3:6]} 00", f"010-{d[:3]} {d[3:5]} {d[5:7]}",
                         f"031-{d[:3]} {d[3:5]} 00", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}"))  # fmt: skip

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.65 else self.landline()

    def phone_x(self, country: str = "") -> str:
        """A number from abroad, with `+`, `00` or as dialled at home: from `country`, or anywhere."""
        r = self.rng
        d = self.digits(10)
        shapes = {
            "uk": (f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"+44 (0)20 7{d[:3]} {d[3:7]}", f"020 7{d[:3]} {d[3:7]}",
                   f"0161 {d[:3]} {d[3:7]}", f"0113 {d[:3]} {d[3:7]}", f"+44 131 {d[:3]} {d[3:7]}", f"01224 {d[:6]}"),
            "us": (f"+1 (612) 555-0{d[:3]}", f"(206) 555-0{d[:3]}", f"+1 512 555 0{d[:3]}", f"617-555-0{d[:3]}",
                   f"312.555.0{d[:3]}", f"+1-404-555-0{d[:3]}"),
            "pl": (f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}"),
            "fi": (f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)50 {d[:7]}", f"00358 44 {d[:3]} {d[3:7]}", f"+358 9 {d[:4]} {d[4:8]}"),
            "in": (f"+91 98{d[:3]} {d[3:8]}", f"+91-80-{d[:4]}-{d[4:8]}", f"+91 9{d[:4]} {d[4:9]}"),
            "": (
                f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
                f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
                f"+44 7{d[:3]} {d[3:9]}", f"+1 (612) 555-0{d[:3]}", f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}",
                f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+91 98{d[:3]} {d[3:8]}",
                f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+380 (50) {d[:3]}-{d[3:5]}-{d[5:7]}", f"+370 6{d[:2]} {d[2:7]}",
                f"+40 7{d[:2]} {d[2:5]} {d[5:8]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 770 {d[:3]} {d[3:7]}",
                f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+98 912 {d[:3]} {d[3:7]}", f"+93 7{d[:2]} {d[2:5]} {d[5:8]}",
                f"+252 61 {d[:3]} {d[3:7]}", f"+291 7 {d[:3]} {d[3:6]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
                f"+56 9 {d[:4]} {d[4:8]}", f"+86 138 {d[:4]} {d[4:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
                f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 (0)6 {d[:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
                f"+353 87 {d[:3]} {d[3:7]}",
            ),
        }  # fmt: skip
        return r.choice(shapes[country])

    def national_id(self, old: bool = False, woman: bool | None = None) -> str:
        """A personnummer with a valid check digit; `old` is someone past a hundred (`+`); the
        serial's last digit even for a woman, odd for a man, when the holder is known."""
        r = self.rng
        year = r.randrange(1919, 1927) if old else r.randrange(1956, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        if woman is not None:
            serial = f"{serial[:2]}{r.choice('02468' if woman else '13579')}"
        check = luhn(date + serial)
        if old:
            return (
                f"{date}+{serial}{check}"
                if r.random() < 0.8
                else f"{year // 100}{date}-{serial}{check}"
            )
        roll = r.random()
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[20:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.05:
            out = "SE-" + out
        elif roll < 0.08:
            out += ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        if rural:
            street = f"{r.choice(VILLAGES)} {r.randrange(1, 260)}"
        else:
            street = self.sv_street()
            roll = r.random()
            if lgh or roll < 0.14:
                street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
            elif roll < 0.2:
                street += f", {r.randrange(1, 7)} tr"
            elif roll < 0.23:
                street += f", uppg. {r.choice('ABC')}"
            elif roll < 0.25:
                street += ", n.b."
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 900)}".replace(
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

    def fi_address(self) -> str:
        r = self.rng
        street, low, high, town = r.choice(FINLAND)
        flat = f" {r.choice('ABC')} {r.randrange(1, 40)}" if r.random() < 0.6 else ""
        return f"{street} {r.randrange(1, 80)}{flat}, {r.randrange(low, high + 1):05d} {town}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, M with the middle
    name's initial, G/g the given name (sometimes its short form), N/n the short form where the
    name has one, GU the given name in capitals, S/s the surname, SU in capitals, I an initial and
    the surname, Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME,
    Given`, E an e-mail address. A trailing `s` asks for a Swedish genitive, `'` an English one.
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
    elif base == "M":
        words = given + middle + surname
        value = " ".join([person.first] + [f"{w[0]}." for w, _ in middle] + [person.last])
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
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "F",
    "M",
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


def filler(form: str, draw: Draw, holder: Person | None = None) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "SN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "AFI": lambda: (draw.fi_address(), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.switchboard(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_x("uk"), "PHONE"),
        "PHUS": lambda: (draw.phone_x("us"), "PHONE"),
        "PHPL": lambda: (draw.phone_x("pl"), "PHONE"),
        "PHFI": lambda: (draw.phone_x("fi"), "PHONE"),
        "PHIN": lambda: (draw.phone_x("in"), "PHONE"),
        "PNR": lambda: (draw.national_id(woman=holder.woman if holder else None), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True, woman=holder.woman if holder else None), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"den {day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"2027-{month:02d}-{day:02d}")), None),
        "SHIFT": lambda: (r.choice(SHIFTS), None),
        "TIME": lambda: (f"{r.randrange(7, 18)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "YEAR": lambda: (str(r.randrange(2005, 2026)), None),
        "SAL": lambda: (f"{r.randrange(240, 720) * 100:,} kr".replace(",", " "), None),
        "HOUR": lambda: (f"{r.randrange(145, 310)}{r.choice((' kr/tim', ' kr/h', ':-/h', ' kronor i timmen'))}", None),
        "GBP": lambda: (f"£{r.randrange(22, 95)},{r.randrange(0, 10)}00", None),
        "GBPH": lambda: (f"£{r.randrange(11, 24)}.{r.choice(('00', '25', '50', '75'))}", None),
        "AMT": lambda: (f"{r.randrange(150, 4800)} kr", None),
        "ACCT": lambda: (f"{r.choice(('8327-9', '6000', '5301', '3300', '8105-9', '9150'))}, {draw.digits(3)} {draw.digits(3)} {draw.digits(3)}", None),
        "USD": lambda: (f"${r.randrange(55, 190)},000", None),
        "REF": lambda: (r.choice((f"{r.randrange(2026, 2028)}-{r.randrange(100, 999)}", f"R-{r.randrange(10000, 99999)}", f"#{r.randrange(1000, 99999)}", f"AF-{r.randrange(100000, 999999)}", f"JR{r.randrange(100000, 999999)}")), None),
        "ORG": lambda: (f"55{r.randrange(6, 10)}{draw.digits(3)}-{draw.digits(4)}", None),
        "EMPNO": lambda: (r.choice((f"{r.randrange(1000, 99999)}", f"K{r.randrange(100, 9999)}", f"E-{r.randrange(10000, 99999)}")), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS + tuple((t, s) for t, s, _ in US_TOWNS))[0], None),
        "JOB": lambda: (r.choice(JOBS_SV), None),
        "JOBEN": lambda: (r.choice(JOBS_EN), None),
        "FIRM": lambda: (r.choice(FIRMS_SV), None),
        "FIRMEN": lambda: (r.choice(FIRMS_EN), None),
        "AGENCY": lambda: (r.choice(AGENCIES_SV), None),
        "AGENCYEN": lambda: (r.choice(AGENCIES_EN), None),
        "AGE": lambda: (str(r.randrange(19, 63)), None),
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
        else:  # a personnummer tied to a person (`{PNR#1}`) matches that person's sex
            segments = [filler(form, draw, people.get(ref) if ref else None)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """EA's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of EA is printed."""
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
                forms["lower-case one word in chat"] += value.islower() and " " not in value
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
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["c/o before an address"] += (
                    text[max(0, span["start"] - 40) : span["start"]].rfind("c/o") >= 0
                )
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                ids[
                    f"{len(digits)} digits"
                    + (" with -" if "-" in value else " with +" if "+" in value else " without")
                ] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(ids.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for lang in MIXES for k in MIXES[lang] if not draw.origins[k]]
    print(f"origins in MIXES never drawn: {len(set(missing))}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only (no row, no value). Returns the problems found."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_seen = 0
    keys = {"id", "split", "lang", "text", "spans"}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            problems["keys"] += set(row) != keys
            problems["split"] += row["split"] != SPLIT
            problems["lang"] += row["lang"] not in SIZES
            problems["duplicate id"] += row["id"] in ids
            ids.add(row["id"])
            text, end = row["text"], 0
            for span in row["spans"]:
                spans_seen += 1
                start, stop = span["start"], span["end"]
                value = text[start:stop]
                problems["empty or out of bounds"] += not (0 <= start < stop <= len(text))
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
                    digits = re.sub(r"\D", "", value)
                    problems["personnummer form"] += len(digits) not in (10, 12)
                    problems["personnummer check digit"] += luhn(digits[-10:-1]) != int(digits[-1])
    total = sum(problems.values())
    print(f"checked {rows} rows, {spans_seen} spans, {len(ids)} ids: {total} problems")
    for name, count in problems.items():
        if count:
            print(f"  {name}: {count}")
    return total


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
