# ruff: noqa: E501
"""Generate held-out CT for personal-data detection (issue 15): names as the population has them,
a seventy-seventh writer.

    python data/pii/generate_ct.py          # writes data/pii/generated-heldout-ct.jsonl
    python data/pii/generate_ct.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ct.py --check  # checks the written file, prints counts only

CT's names are drawn by how often people really carry them: every name word comes from
`names_ct.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is recruitment and job seeking (`templates_ct.py`): job applications and CVs,
interview invitations and schedules, references and referees, staffing agencies' shift bookings
and cancellations, onboarding forms, offer, contract and rejection letters, LinkedIn-style
messages and recruiters' chats, in Swedish, English and both at once. Written by a helper who does
not tune the detector, who read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the
slot filler, the row format and `--stats`), two sections of docs/privacy.md ("Held-out AW",
"Held-out CL") and the first line of `generated-heldout-u.jsonl`; not the detector's rules,
lexicons or tagger, no other set's names, templates or rows, no error listing. CT was never run
through the detector by its writer and its names were not checked against rung's lexicons.
Stdlib only; one seeded Random: same seed, same bytes.
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

from names_ct import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ct import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270154
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ct.jsonl"
SPLIT = "heldout-ct"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns and cities.
SV_STREETS = (
    "Drottninggatan", "Kungsgatan", "Storgatan", "Vasagatan", "Hamngatan", "Skolgatan", "Nygatan",
    "Östra Hamngatan", "Västra Järnvägsgatan", "Torsgatan", "Götgatan", "Hornsgatan", "Sankt Eriksgatan",
    "Birger Jarlsgatan", "Olof Palmes gata", "Fabriksgatan", "Verkstadsgatan", "Lagergatan", "Bangårdsgatan",
    "Tegnérgatan", "Sveavägen", "Industrivägen", "Björkvägen", "Tallvägen", "Parkvägen", "Ringvägen",
    "Västra vägen", "Hantverksvägen", "Företagsvägen", "Kvarnvägen", "Sjöviksvägen", "Åkervägen",
    "Gamla Tanneforsvägen", "Linnésvängen", "Kometsvängen", "Ekorrsvängen", "Bergsvängen", "Kopparsvängen",
    "Hammarby allé", "Frösunda allé", "Lindallén", "Kastanjeallén", "Kvarnbacken", "Söderbacken",
    "Kyrkbacken", "Rådhusbacken", "Tuppens backe", "Lärkstigen", "Vallmostigen", "Hasselstigen",
    "Mjölnarstigen", "Smedstigen", "Stortorget", "Järntorget", "Gustav Adolfs torg", "Kungstorget",
    "Möllevångstorget", "Centralplan", "Stationsplan", "Mariaplan", "Telefonplan", "Pilgränd",
    "Klockargränd", "Bryggargränd", "Skomakargränd", "Skeppsbrokajen", "Norra Kajen", "Packhuskajen",
    "Kanalkajen", "Stadsgårdskajen", "Ekelundsvägen", "Lilla Nygatan", "Norra Allégatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 977), ("Östersund", 831, 832), ("Trollhättan", 461, 462), ("Kalmar", 392, 393),
    ("Solna", 169, 171), ("Sollentuna", 191, 192), ("Nacka", 131, 132), ("Huddinge", 141, 141),
    ("Mölndal", 431, 431), ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Falun", 791, 791),
    ("Nyköping", 611, 611), ("Kiruna", 981, 981), ("Gällivare", 982, 982), ("Skellefteå", 931, 931),
    ("Örnsköldsvik", 891, 891), ("Karlskrona", 371, 371), ("Visby", 621, 621), ("Varberg", 432, 432),
    ("Uddevalla", 451, 451), ("Motala", 591, 591), ("Hudiksvall", 824, 824), ("Piteå", 941, 941),
    ("Ystad", 271, 271), ("Lidköping", 531, 531), ("Alingsås", 441, 441), ("Sandviken", 811, 811),
    ("Kungsbacka", 434, 434), ("Enköping", 745, 745), ("Katrineholm", 641, 641), ("Ludvika", 771, 771),
    ("Arvika", 671, 671), ("Vetlanda", 574, 574), ("Värnamo", 331, 331),
)  # fmt: skip
RURAL_FROM = 28  # towns from here on have rural postcodes (xxx 9x) in their villages
VILLAGES = (
    "Västanby", "Östanå", "Norrby", "Sörby", "Kvarnby", "Bäckby", "Hagby", "Ekeby", "Berga",
    "Mossebo", "Granö", "Lillsjön", "Storåkern", "Björkhult", "Skogsby", "Nyhem", "Åsbacka",
    "Tallåsen", "Ängsbo", "Sjöhagen", "Önnestad", "Backa", "Rökärr", "Myrviken",
)  # fmt: skip
UK_STREETS = (
    "Station Road", "High Street", "Church Road", "Victoria Street", "Albert Road", "Queen Street",
    "Park Road", "Mill Lane", "Grove Road", "Clarence Street", "Wellington Road", "Chapel Street",
    "New Road", "London Road", "Manor Way", "Beech Avenue", "Willow Close", "Elm Grove",
    "Riverside Court", "Canal Street", "Bath Road", "Kingsway", "Thornton Crescent",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Manchester", "M"), ("Birmingham", "B"), ("Bristol", "BS"), ("Sheffield", "S"),
    ("Nottingham", "NG"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Cardiff", "CF"),
    ("Newcastle upon Tyne", "NE"), ("Reading", "RG"), ("Cambridge", "CB"), ("Brighton", "BN"),
    ("Leicester", "LE"), ("Liverpool", "L"), ("Belfast", "BT"), ("Milton Keynes", "MK"), ("London", "SE"),
    ("London", "N"), ("Swindon", "SN"), ("York", "YO"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Bakery", "Ivy House", "Orchard View", "Hillside", "The Coach House")  # fmt: skip
US_STREETS = (
    "Main Street", "Oak Avenue", "Elm St", "Washington Blvd", "Maple Drive", "Market Street",
    "5th Avenue", "Broadway", "Cedar Lane", "Sunset Boulevard", "Park Place", "Lincoln Way", "Pine St",
)  # fmt: skip
US_TOWNS = (
    ("Austin", "TX", 787), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Boston", "MA", 21),
    ("Denver", "CO", 802), ("Atlanta", "GA", 303), ("Minneapolis", "MN", 554), ("Portland", "OR", 972),
    ("Raleigh", "NC", 276), ("San Jose", "CA", 951), ("Columbus", "OH", 432), ("Phoenix", "AZ", 850),
)  # fmt: skip
EUROPE = (
    "Bahnhofstraße {n}, {z5:80331-80339} München", "Schillerstraße {n}, {z5:60313-60329} Frankfurt am Main",
    "Hauptstraße {n}, {z5:10115-10999} Berlin", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n} avenue Jean Jaurès, {z5:31000-31500} Toulouse", "Mannerheimintie {n} A {m}, {z5:00100-00260} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33200} Tampere", "Storgata {n}, {z4:0155-0190} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Vesterbrogade {n}, {m}. th., {z4:1620-1624} København V",
    "Åboulevarden {n}, {z4:8000-8000} Aarhus C", "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Długa {n}, 80-{z3:800-899} Gdańsk", "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid",
    "Carrer de Balmes {n}, {z5:08006-08008} Barcelona", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Coolsingel {n}, {z4:3011-3012} {L2} Rotterdam", "Via Garibaldi {n}, {z5:10122-10122} Torino",
    "Via del Corso {n}, {z5:00186-00187} Roma", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
    "Narva mnt {n}, {z5:10117-10152} Tallinn", "Rua Augusta {n}, 1100-{z3:048-300} Lisboa",
    "{n} Grafton Street, Dublin 2, D02 {L2}{z2:10-99}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "protonmail.com")  # fmt: skip
WORK = ("example.se", "hr.example.se", "bemanning.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
FIRM_BOXES = ("rekrytering", "jobb", "hr", "bemanning", "karriar", "ansokan", "talent", "careers", "recruitment", "jobs", "people", "no-reply")  # fmt: skip
FIRMS_SV = (
    "Nordvik Logistik AB", "Fjällvind Energi AB", "Kustvägens Bygg AB", "Solbackens förskola",
    "Region Dalarna", "Umeå kommun", "Granitbolaget i Norr AB", "Ekdalens vårdcentral",
    "Hamnkranen Stuveri AB", "Blåklint IT-konsult AB", "Tre Kronor Fastighetsservice AB",
    "Mälardalens Elteknik AB", "Omsorgen Vård AB", "Norrskensbageriet AB", "Sjöbo Trävaror AB",
    "Göteborgs Stad", "Skandiahamnen Drift AB", "Vattenfall", "Systembolaget", "ICA Maxi Boländerna",
)  # fmt: skip
FIRMS_EN = (
    "Northgate Logistics Ltd", "Harbourside Software Ltd", "Oakfield Primary School", "Meridian Care Group",
    "Copperleaf Analytics Inc.", "Redbrick Construction plc", "Bluebell Catering Ltd", "Summit Freight LLC",
    "Leeds Teaching Hospitals NHS Trust", "Brightline Fintech", "Greenway Facilities Ltd", "Atlas Cloud Inc.",
)  # fmt: skip
AGENCIES = (
    "Manpower", "Adecco", "Randstad", "Academic Work", "Poolia", "Uniflex", "Lernia Bemanning",
    "Vårdpoolen Nord", "Bemanningshuset", "Kompetensbron", "StaffLink", "Nordic Talent Partners",
    "Lagerkraft Bemanning", "Kraftpoolen",
)  # fmt: skip
ROLES_SV = (
    "undersköterska", "lagerarbetare", "systemutvecklare", "ekonomiassistent", "projektledare",
    "truckförare", "säljare", "sjuksköterska", "förskollärare", "elektriker", "kundtjänstmedarbetare",
    "HR-generalist", "redovisningskonsult", "butikssäljare", "lärare i matematik", "barnskötare",
    "snickare", "driftstekniker", "lokalvårdare", "kock", "lönespecialist", "personlig assistent",
)  # fmt: skip
ROLES_EN = (
    "backend developer", "warehouse operative", "registered nurse", "account manager", "data analyst",
    "customer success manager", "HGV driver", "project manager", "teaching assistant", "site supervisor",
    "UX designer", "payroll administrator", "care assistant", "sous chef", "DevOps engineer",
)  # fmt: skip


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
    """Every value of CT from one seeded Random; counts the head/tail split and the origins."""

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
            if (
                second[0] != given[0][0]
                and "-" not in second[0]
                and given[0][1] == second[1] == "head"
            ):
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

        def clean(word: str) -> str:
            return re.sub(r"[^a-z]", "", plain(word).lower())

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        host = r.choice(("nordvik", "fjallvind", "region", "kommun", "blaklint", "omsorgen", "stafflink", "kompetensbron", "harbourside", "meridian"))  # fmt: skip
        return f"{r.choice(FIRM_BOXES)}@{host}.{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile, landline or a firm's, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "36", "42", "46", "11")
        )
        area3 = r.choice(("152", "220", "240", "300", "320", "340", "411", "470", "480", "500", "510", "520", "580", "611", "620", "650", "660", "910", "920", "970", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2}{d[:7]}"),
            (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (1, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"020-{d[:3]} {d[3:6]}"), (1, f"010-{d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home (English rows: mostly UK/US)."""
        r = self.rng
        d = self.digits(10)
        home = (
            f"07700 900{d[:3]}", f"+44 7700 900{d[:3]}", f"020 7946 0{d[:3]}", f"+44 (0)113 496 0{d[:3]}",
            f"0161 496 0{d[:3]}", f"+44 131 496 0{d[:3]}", f"(212) 555-0{d[:3]}", f"+1 (206) 555-0{d[:3]}",
            f"512-555-0{d[:3]}", f"+1 617 555 0{d[:3]}", f"(303) 555-0{d[:3]}",
        )  # fmt: skip
        abroad = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}",
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:7]}", f"0049 89 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+353 87 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+91-80-{d[:4]}-{d[4:8]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+351 91 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        if self.lang == "en" and r.random() < 0.65:
            return r.choice(home)
        return r.choice(home + abroad)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old`: born more than a hundred years ago (`+`)."""
        r = self.rng
        year = r.randrange(1918, 1927) if old else r.randrange(1950, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.forms["pnr 10 +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.4:
            self.forms["pnr 12 -"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            self.forms["pnr 10 -"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            self.forms["pnr 12"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["pnr 10"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
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
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.04:
            out = "SE-" + out
        elif roll < 0.06:
            out += ", Sverige"
        return out

    def farm(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.farm() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.13):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal(rural=r.random() < 0.3)}"
        if roll < 0.7:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 900)}".replace(
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
        out = out.replace("{L2}", r.choice("ABCDEFHKNPRSTWXY") + r.choice("ABCDEFHKNPRSTWXY"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    SU/GU surname or given name in capitals, I an initial and the surname, Gi the given name and
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
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base == "GU":
        words, value = given + middle, " ".join([person.first] + [w for w, _ in middle]).upper()
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
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
SLOT = re.compile(r"\{([A-Za-z][A-Za-z0-9]*'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, lang = draw.rng, draw.lang
    en = lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    english_roles = en or (lang == "mixed" and r.random() < 0.5)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "st": lambda: (draw.sv_street().lower(), "ADDRESS"),
        "FARM": lambda: (draw.farm(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.35 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "STEN": lambda: (r.choice(UK_STREETS + US_STREETS[:5]), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "FE": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "BDATE": lambda: (r.choice((f"{r.randrange(1970, 2011)}-{month:02d}-{day:02d}", f"{day} {MONTHS['sv'][month - 1]} {r.randrange(1970, 2011)}")), None),
        "TIME": lambda: (f"{r.randrange(8, 17)}.{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(8, 17)}:{r.choice(('00', '15', '30', '45'))}", f"{r.randrange(9, 12)}am", f"{r.randrange(1, 5)}pm", f"{r.randrange(1, 5)}.30pm")), None),
        "HOURS": lambda: (r.choice(("07.00–15.30", "06.45–15.15", "14.00–22.00", "21.30–07.00", "kl. 8–17", "13.00–21.30", "07–16")), None),
        "HOURSEN": lambda: (r.choice(("07:00–19:00", "8am–4pm", "19:00–07:00", "9–5", "06:00–14:00", "2pm–10pm")), None),
        "DAY": lambda: (r.choice(DAYS["sv"][:5]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"][:5]), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "YEAR": lambda: (str(r.randrange(2008, 2027)), None),
        "AGE": lambda: (str(r.randrange(19, 64)), None),
        "NUM1": lambda: (str(r.randrange(2, 10)), None),
        "NUM2": lambda: (str(r.randrange(10, 40)), None),
        "NUM4": lambda: (str(r.randrange(1000, 9999)), None),
        "NUM5": lambda: (str(r.randrange(10000, 99999)), None),
        "FLOOR": lambda: (str(r.randrange(2, 10)), None),
        "FLOOREN": lambda: (r.choice(("second", "third", "fourth", "fifth", "ground")), None),
        "SAL": lambda: (r.choice((f"{r.randrange(26, 72)} {r.choice(('000', '500', '900'))} kr/mån", f"{r.randrange(26, 72)} {r.choice(('000', '500'))} kr i månaden", f"{r.randrange(26, 72)}k SEK")), None),
        "GBPK": lambda: (r.choice((f"£{r.randrange(24, 90)},{r.choice(('000', '500'))}", f"£{r.randrange(24, 90)}k")), None),
        "GBPH": lambda: (f"£{r.randrange(11, 38)}.{r.randrange(100):02d}", None),
        "KR": lambda: (f"{r.randrange(150, 4000)} kr", None),
        "HOURLY": lambda: (f"{r.randrange(150, 420)} kr/tim", None),
        "REF": lambda: (r.choice((f"2027/{r.randrange(1, 999):04d}", f"REK-2027-{r.randrange(10, 999)}", f"#{r.randrange(10000, 99999)}", f"JR-{r.randrange(10000, 99999)}")), None),
        "BK": lambda: (r.choice((f"B-{r.randrange(100000, 999999)}", f"nr {r.randrange(10000, 99999)}", f"#{r.randrange(10000, 99999)}")), None),
        "ORG": lambda: (f"55{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}", None),
        "CLEAR": lambda: (r.choice((f"{r.randrange(8000, 8499)}-{r.randrange(10)}", f"{r.randrange(3000, 3999)}", f"{r.randrange(6000, 6999)}, konto {r.randrange(100000000, 999999999)}")), None),
        "FIRM": lambda: (r.choice(FIRMS_EN if en else FIRMS_SV + FIRMS_EN[:4] if lang == "mixed" else FIRMS_SV), None),
        "FIRMEN": lambda: (r.choice(("Northbridge Relocation", "Globe Travel Services", "MoveWell Ltd")), None),
        "FIRMSLUG": lambda: (r.choice(("nordvik-logistik", "fjallvind-energi", "blaklint-it", "harbourside-software")), None),
        "AGENCY": lambda: (r.choice(AGENCIES), None),
        "ROLE": lambda: (r.choice(ROLES_EN if english_roles else ROLES_SV), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice((r.choice(UK_TOWNS)[0], r.choice(US_TOWNS)[0])), None),
        "UNIT": lambda: (r.choice(("avdelning 4B", "lager 3", "avd. 12, kirurgen", "hus C", "akuten", "plock och pack", "kylavdelningen")), None),
        "UNITEN": lambda: (r.choice(("Ward 7", "Bay 3", "Dock 4", "the night desk", "Level 2 ops", "A&E")), None),
        "SCHOOL": lambda: (r.choice(("KTH", "Chalmers", "Umeå universitet", "Lunds universitet", "Nackademin", "Yrgo", "Hermods", "Procivitas gymnasium", "Luleå tekniska universitet")), None),
        "UNION": lambda: (r.choice(("Kommunal", "Unionen", "Vision", "Vårdförbundet", "Handels", "IF Metall")), None),
        "NATIONALITY": lambda: (r.choice(("Indian citizen", "brasiliansk medborgare", "Turkish citizen", "amerikansk medborgare", "Filipino citizen")), None),
        "Mr": lambda: (r.choice(("Mr", "Ms", "Mrs", "Dr", "Mr", "Ms")), None),
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
    """CT's rows: every negative once, then positive rows from shuffled decks of each language's
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


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of CT is printed."""
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
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address over lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address lgh"] += " lgh " in f" {value} "
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address c/o before"] += (
                    text[: span["start"]].rstrip().split("\n")[-1].startswith("c/o")
                )
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                sep = "+" if "+" in value else "-" if "-" in value else "none"
                forms[f"personnummer {len(digits)} digits, {sep}"] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only, never a row."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = Counter(str(row.get("id")) for row in rows)
    problems["duplicate ids"] = sum(n - 1 for n in ids.values() if n > 1)
    pnr = 0
    for row in rows:
        if list(row) != ["id", "split", "lang", "text", "spans"]:
            problems["row keys"] += 1
        text, spans = row["text"], row["spans"]
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        end = 0
        for span in spans:
            start, stop = span["start"], span["end"]
            if not 0 <= start < stop <= len(text):
                problems["span out of bounds or empty"] += 1
                continue
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if span["kind"] == "NATIONAL_ID":
                pnr += 1
                digits = re.sub(r"\D", "", value)
                ten = digits[-10:]
                ok = (
                    len(digits) in (10, 12)
                    and re.fullmatch(r"(?:\d{8}|\d{6})[-+]?\d{4}", value) is not None
                )
                problems["personnummer check digit"] += not ok or luhn(ten[:9]) != int(ten[9])
    langs = Counter(str(row["lang"]) for row in rows)
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(f"spans {sum(len(row['spans']) for row in rows)}, personnummer checked {pnr}")
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
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
