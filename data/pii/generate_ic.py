# ruff: noqa: E501
"""Generate held-out IC for personal-data detection (issue 15): names as the population has them,
a two-hundred-and-sixteenth writer.

    python data/pii/generate_ic.py          # writes data/pii/generated-heldout-ic.jsonl
    python data/pii/generate_ic.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ic.py --check  # checks the written file, prints counts only

IC's names are drawn by how often people really carry them: every name word comes from
`names_ic.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is dogs and the people around them (`templates_ic.py`): dog daycare contracts and
waiting lists, boarding kennels' bookings with owners and emergency contacts, trainers' course
sign-ups and class lists, vaccination checks, incident reports between dogs, invoices and the group
chats of a course, in Swedish, English and both at once. Written by a helper who does not tune the
detector, who read only `generate_aw.py` (for the mechanics), the sections "Held-out AW" and
"Held-out CL" of docs/privacy.md and the first line of `generated-heldout-u.jsonl`; neither the
detector's rules, lexicons and tagger nor any other set's names, templates or rows nor any error
listing. IC was never run through the detector by its writer, and its names were not checked
against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_ic import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ic import (  # noqa: E402
    BREEDS_EN,
    BREEDS_SV,
    DAYS,
    DOGS_EN,
    DOGS_SV,
    EN,
    FARM_NAMES,
    FIRMS_EN,
    FIRMS_SV,
    FIRMS_US,
    INSURERS,
    KENNELS,
    MIXED,
    MONTHS,
    NEGATIVES,
    SV,
    TITLES,
    VETS_EN,
    VETS_SV,
)  # fmt: skip

SEED = 20270293
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ic.jsonl"
SPLIT = "heldout-ic"

# Hyphenated Swedish given names as they are formed: a common first part and a common second one.
HYPHEN_FIRST = {"Anna", "Eva", "Ann", "Marie", "Britt", "Lena", "Maj", "Karin", "Ulla", "Lars", "Karl", "Per", "Jan", "Nils", "Sven", "Hans", "Carl", "Bengt", "Erik"}  # fmt: skip
HYPHEN_SECOND_F = (
    "Karin",
    "Lena",
    "Maria",
    "Marie",
    "Britt",
    "Lisa",
    "Stina",
    "Sofie",
    "Christin",
    "Louise",
)
HYPHEN_SECOND_M = (
    "Erik",
    "Olof",
    "Johan",
    "Göran",
    "Åke",
    "Gunnar",
    "Anders",
    "Axel",
    "Gustav",
    "Henrik",
)
Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what the address register holds).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Nygatan",
    "Tegnérgatan", "Linnégatan", "Bondegatan", "Östra Förstadsgatan", "Västra Vallgatan", "Hantverkargatan",
    "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lindvägen", "Ängsvägen", "Granvägen", "Ekvägen",
    "Solvägen", "Parkvägen", "Kvarnvägen", "Nybodavägen", "Hagalundsvägen", "Gamla Södertäljevägen",
    "Rönnsvängen", "Lärksvängen", "Ekorrsvängen", "Kastanjeallé", "Lindallén", "Sturegatan", "Valhallavägen",
    "Vintervägen", "Solbacken", "Kvarnbacken", "Sjöbacken", "Eriksbergs backe", "Tullbacken",
    "Blåbärsstigen", "Lingonstigen", "Hasselstigen", "Transtigen", "Stortorget", "Lilla torget",
    "Järntorget", "Mariatorget", "Brunnsplan", "Stationsplan", "Mästarplan", "Smedgränd", "Klockargränd",
    "Tulpangränd", "Strandkajen", "Södra Kajen", "Hamnkajen", "Hjortronvägen", "Snickarvägen",
    "Fabriksgatan", "Idrottsvägen", "Folkparksvägen", "Västra Hamngatan", "Sankt Eriksgatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes; the small towns last (rural addresses).
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 724), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Solna", 169, 171), ("Nacka", 131, 132),
    ("Sollentuna", 191, 192), ("Huddinge", 141, 141), ("Lidingö", 181, 181), ("Östersund", 831, 832),
    ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371),
    ("Skellefteå", 931, 931), ("Uddevalla", 451, 451), ("Varberg", 432, 432), ("Nyköping", 611, 611),
    ("Kungsbacka", 434, 434), ("Piteå", 941, 941), ("Ystad", 271, 271), ("Norrtälje", 761, 761),
    ("Enköping", 745, 745), ("Alingsås", 441, 441), ("Härnösand", 871, 871), ("Kiruna", 981, 981),
    ("Mora", 792, 792), ("Vimmerby", 598, 598), ("Ängelholm", 262, 262), ("Trelleborg", 231, 231),
    ("Katrineholm", 641, 641), ("Nässjö", 571, 571), ("Ludvika", 771, 771), ("Arvika", 671, 671),
    ("Sala", 733, 733), ("Tomelilla", 273, 273), ("Hjo", 544, 544), ("Orsa", 794, 794),
    ("Strömsund", 833, 833), ("Sollefteå", 881, 881), ("Älmhult", 343, 343), ("Ulricehamn", 523, 523),
)  # fmt: skip
RURAL_FROM = 36  # SV_TOWNS from here on get rural addresses as well
VILLAGES = (
    "Norrgården", "Sörgården", "Östanby", "Västanby", "Kvarnbyn", "Övre Byn", "Nedre Byn", "Lillgården",
    "Björkås", "Hagen", "Skogstorp", "Ekudden", "Lövnäs", "Sjötorp", "Granberget", "Mossen", "Kullen",
    "Ängsbacka", "Stensbo", "Tallbacken", "Fäbodarna", "Nybygget",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Victoria Road", "Park Avenue", "Kings Road",
    "Queen Street", "Orchard Close", "Meadow Way", "The Green", "Chapel Row", "Manor Road", "Beech Grove",
    "Windsor Crescent", "Albert Terrace", "London Road", "Newton Drive", "Willow Court", "Kennel Lane",
)  # fmt: skip
UK_TOWNS = (
    ("Brighton", "BN"), ("Bristol", "BS"), ("Leeds", "LS"), ("York", "YO"), ("Bath", "BA"), ("Oxford", "OX"),
    ("Cambridge", "CB"), ("Manchester", "M"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Cardiff", "CF"),
    ("Norwich", "NR"), ("Exeter", "EX"), ("Harrogate", "HG"), ("Guildford", "GU"), ("London", "SE"),
    ("London", "N"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Belfast", "BT"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Barn", "Hill Farm", "Orchard House", "The Kennels", "Meadow View", "Willow Lodge", "The Stables")  # fmt: skip
US_STREETS = ("Maple Avenue", "Oak Street", "Main Street", "Elm Street", "Pine Street", "Cedar Lane", "Park Avenue", "Washington Street", "Lakeview Drive", "Sunset Boulevard", "Hillcrest Road", "Ridge Road", "Mill Road", "Broadway")  # fmt: skip
US_TOWNS = (
    ("Portland", "OR", 972), ("Austin", "TX", 787), ("Denver", "CO", 802), ("Minneapolis", "MN", 554),
    ("Seattle", "WA", 981), ("Boulder", "CO", 803), ("Asheville", "NC", 288), ("Burlington", "VT", 54),
    ("Madison", "WI", 537), ("Ann Arbor", "MI", 481), ("Boise", "ID", 837), ("Raleigh", "NC", 276),
    ("Brooklyn", "NY", 112), ("Columbus", "OH", 432), ("Sacramento", "CA", 958),
)  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Lindenweg {n}, {z5:20095-22769} Hamburg",
    "Am Hundepark {n}, {z5:80331-81929} München", "{n} rue de la Paix, {z5:75001-75020} Paris",
    "{n} avenue Jean Jaurès, {z5:69001-69009} Lyon", "Mannerheimintie {n} B {m}, {z5:00100-00260} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33720} Tampere", "Storgata {n}, {z4:0155-0194} Oslo",
    "Bygdøy allé {n}, {z4:0257-0265} Oslo", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "Vestergade {n}, {z4:8000-8000} Aarhus C", "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Długa {n}, 80-{z3:800-899} Gdańsk", "Calle Mayor {n}, {m}º, {z5:28001-28013} Madrid",
    "Carrer de Mallorca {n}, {z5:08001-08042} Barcelona", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "Via Garibaldi {n}, {z5:10121-10156} Torino",
    "Bahnhofstrasse {n}, {z4:8001-8099} Zürich", "Rue Neuve {n}, {z4:1000-1000} Bruxelles",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "bredband.net", "hotmail.co.uk", "btinternet.com", "comcast.net", "me.com")  # fmt: skip
WORK = ("example.se", "hunddagis.example.se", "kennel.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
FIRM_LOCAL = ("info", "bokning", "kurs", "dagis", "pensionat", "kontakt", "faktura", "hej")
FIRM_LOCAL_EN = ("info", "hello", "bookings", "office", "training", "accounts", "frontdesk")
FIRM_DOMAINS = ("tassen.example.se", "vovvegarden.example.se", "hundskolan.example.se", "fyratassar.example.se", "svansviftarna.example.se")  # fmt: skip
FIRM_DOMAINS_EN = ("happypaws.example.co.uk", "muddyboots.example.co.uk", "thedoghouse.example.com", "houndlounge.example.com", "caninecampus.example.org")  # fmt: skip


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
    """Every value of IC from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and given[0][0] in HYPHEN_FIRST and r.random() < 0.12:  # Anna-Karin
            second = (r.choice(HYPHEN_SECOND_F if woman else HYPHEN_SECOND_M), given[0][1])
            if second[0] != given[0][0]:
                given.append(second)
                self.forms["hyphenated given name"] += 1
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
        elif key == "swedish" and roll < 0.06:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.035 else " "
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
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
        given = plain(person.first).lower().replace("-", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self, english: bool) -> str:
        r = self.rng
        local = r.choice(FIRM_LOCAL_EN if english else FIRM_LOCAL)
        return f"{local}@{r.choice(FIRM_DOMAINS_EN if english else FIRM_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile, landline or a firm's, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        d = str(r.randrange(2, 10)) + d[1:]  # no subscriber number starts with 0 or 1
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
                "26",
                "11",
                "36",
                "42",
                "46",
            )
        )
        area3 = r.choice(("240", "250", "271", "300", "340", "380", "411", "470", "480", "498", "520", "560", "570", "611", "640", "651", "660", "680", "910", "920", "940", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (2, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"(08) {d[:3]} {d[3:6]} {d[6:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2}{d[:7]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0771-{d[:3]} {d[3:6]}"), (1, f"010-{d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        shapes = (
            f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}",
            f"07{r.choice('4589')}{d[:2]} {d[2:5]}{self.digits(3)}", f"01632 960{d[:3]}", f"020 7946 0{d[:3]}",
            f"0113 496 0{d[:3]}", f"0117 496 0{d[:3]}", f"0131 496 0{d[:3]}", f"(01632) 960 {d[:3]}",
            f"0044 1632 960{d[:3]}", f"+44 20 7946 0{d[:3]}", f"028 9018 {d[:4]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(
            (
                "503",
                "512",
                "303",
                "612",
                "206",
                "720",
                "828",
                "802",
                "608",
                "734",
                "208",
                "919",
                "718",
                "614",
                "916",
            )
        )
        shapes = (f"({area}) 555-0{d}", f"{area}-555-0{d}", f"{area}.555.0{d}", f"+1 {area} 555 0{d}", f"+1 ({area}) 555-0{d}", f"1-{area}-555-0{d}")  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}",
            f"+49 171 {d[:7]}", f"+49 (0)30 {d[:8]}", f"0049 89 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+32 4{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+964 750 {d[:3]} {d[3:7]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:3]} {d[3:7]}", f"+66 81 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+387 61 {d[:3]} {d[3:6]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+291 7 {d[:3]} {d[3:6]}",
            f"+93 70 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+44 7700 900{d[:3]}", f"+1 (612) 555-0{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen, `+` past a hundred."""
        r = self.rng
        old = r.random() < 0.08
        year = r.randrange(1919, 1926) if old else r.randrange(1940, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        form, out = (
            ("pnr 12 with hyphen", f"{year // 100}{date}-{serial}{check}") if roll < 0.4
            else ("pnr 10 with hyphen", f"{date}-{serial}{check}") if roll < 0.75
            else ("pnr 12 without", f"{year // 100}{date}{serial}{check}") if roll < 0.9
            else ("pnr 10 without", f"{date}{serial}{check}")
        )  # fmt: skip
        self.forms[form] += 1
        return out

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def street_name(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self) -> str:
        return f"{self.street_name()} {self.number()}"

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
        roll = r.random()
        if roll < 0.03:
            out = "SE-" + out
        elif roll < 0.05:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 230)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
            self.forms["address with lgh"] += 1
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
            self.forms["address with tr"] += 1
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            self.forms["address Box"] += 1
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"
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
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 24)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        zip_code = f"{prefix:03d}{r.randrange(1, 99):02d}"
        return (
            f"{street}\n{town}, {state} {zip_code}"
            if lines
            else f"{street}, {town}, {state} {zip_code}"
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
    US/UG the surname/given name in capitals (separate form fields), I an initial and the surname,
    Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an
    e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base in ("G", "g", "N", "n", "UG"):
        words = given
        short = (
            None if base == "UG" else draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        )
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "UG" else value
    elif base in ("S", "s", "US"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "US" else value
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
    "US",
    "UG",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, lang = draw.rng, draw.lang
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.street_name(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "POSTAL": lambda: (draw.sv_postal(), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village(), draw.street_name())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: ((draw.uk_address() if r.random() < 0.5 else f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}").lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "FMAIL": lambda: (draw.firm_email(False), "EMAIL"),
        "FMAILEN": lambda: (draw.firm_email(True), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEY": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month} 2026", f"{day} {MONTHS['sv'][month - 1]} 2026")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(6, 19)}{'.' if lang == 'sv' else r.choice(':.')}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(7, 12)}{r.choice(('am', '.30am', ':15am'))}", f"{r.randrange(1, 7)}{r.choice(('pm', '.30pm'))}", f"{r.randrange(7, 19):02d}:{r.choice(('00', '30'))}")), None),
        "NUM": lambda: (str(r.randrange(2, 48)), None),
        "AMT": lambda: (f"{r.randrange(150, 9800):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(12, 900)}.{r.choice(('00', '50', '95'))}", None),
        "USD": lambda: (f"${r.randrange(20, 1400)}", None),
        "EUR": lambda: (f"€{r.randrange(400, 2500)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"#{r.randrange(10000, 99999)}", f"DG-2027-{r.randrange(1, 999):03d}", f"B{r.randrange(100000, 999999)}")), None),
        "OCR": lambda: (draw.digits(r.randrange(8, 14)), None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{draw.digits(4)}", f"{r.randrange(5000, 5999)}-{draw.digits(4)}")), None),
        "ORGNR": lambda: (f"55{r.choice('6789')}{draw.digits(3)}-{draw.digits(4)}", None),
        "CHIP": lambda: (r.choice(("752098", "752093", "985112", "900008", "826098")) + draw.digits(9), None),
        "REG": lambda: (r.choice((f"SE{r.randrange(10000, 99999)}/20{r.randrange(14, 27)}", f"S{r.randrange(10000, 99999)}/20{r.randrange(5, 14):02d}")), None),
        "KC": lambda: (f"{r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGHJKLMNPRSTVW')}{draw.digits(8)}", None),
        "DOG": lambda: (r.choice(DOGS_SV), None),
        "DOGEN": lambda: (r.choice(DOGS_EN), None),
        "BREED": lambda: (r.choice(BREEDS_SV), None),
        "BREEDEN": lambda: (r.choice(BREEDS_EN), None),
        "KENNEL": lambda: (r.choice(KENNELS), None),
        "FARMNAME": lambda: (r.choice(FARM_NAMES), None),
        "FIRM": lambda: (r.choice(FIRMS_SV), None),
        "FIRMEN": lambda: (r.choice(FIRMS_EN), None),
        "FIRMUS": lambda: (r.choice(FIRMS_US), None),
        "VET": lambda: (r.choice(VETS_SV), None),
        "VETEN": lambda: (r.choice(VETS_EN), None),
        "INS": lambda: (r.choice(INSURERS), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"][:5]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"][:6]), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "DAYS": lambda: (str(r.randrange(2, 6)), None),
        "DAYSEN": lambda: (r.choice(("Mon/Wed/Fri", "Tuesdays and Thursdays", "five days a week", "Mondays only", "three days a week")), None),
        "KG": lambda: (f"{r.randrange(3, 45)}{r.choice((',5', ''))}" if lang != "en" else str(r.randrange(3, 45)), None),
        "AGE": lambda: (str(r.randrange(1, 14)), None),
        "Title": lambda: (r.choice(TITLES), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    things: dict[tuple[str, str], Segment] = {}  # a dog or another non-person slot named again
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
        elif ref:
            if (form, ref) not in things:
                things[(form, ref)] = filler(form, draw)
            segments = [things[(form, ref)]]
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """IC's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, all in a seeded order; a text already written is drawn again."""
    draw = draw or Draw(seed)
    r = draw.rng
    plan: list[tuple[str, str, bool]] = [(lang, template, True) for lang, template in NEGATIVES]
    for lang, size in SIZES.items():
        deck: list[str] = []
        for _ in range(size - sum(1 for la, _ in NEGATIVES if la == lang)):
            if not deck:
                deck = list(TEMPLATES[lang])
                r.shuffle(deck)
            plan.append((lang, deck.pop(), False))
    r.shuffle(plan)
    seen: set[str] = set()
    rows: list[dict[str, object]] = []
    for lang, template, negative in plan:
        draw.lang = lang
        for _ in range(20):
            text, spans = fill(template, draw)
            if text not in seen:
                break
        assert negative == (not spans), (
            template
        )  # a negative carries no value, every other row does
        seen.add(text)
        rows.append({
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of IC is printed."""
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
                forms["address street alone"] += not any(ch.isdigit() for ch in value)
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(
        f"spans: {kinds[('PERSON', 'all')] + kinds[('ADDRESS', 'all')] + kinds[('PHONE', 'all')] + kinds[('EMAIL', 'all')] + kinds[('NATIONAL_ID', 'all')]}"
    )
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("drawn: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
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
    rows = 0
    pnr: Counter[str] = Counter()
    keys = ["id", "split", "lang", "text", "spans"]
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys"] += list(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            problems["empty"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            problems["unsorted or overlapping"] += start < end
            end = stop
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                problems["check digit"] += len(digits) != 10 or luhn(digits[:9]) != int(digits[9])
                pnr[
                    f"{len(re.sub(r'[^0-9]', '', value))} digits{' +' if '+' in value else ' -' if '-' in value else ''}"
                ] += 1
    print(f"rows {rows}, ids {len(ids)}")
    print("personnummer forms: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    bad = sum(problems.values())
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    return bad


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
        raise SystemExit(1 if check(args.out) else 0)
    draw = Draw(args.seed)
    rows = generate(args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    args.out.write_text(data, encoding="utf-8")
    print(
        f"{len(rows)} sentences written to {args.out}, sha256 {hashlib.sha256(data.encode()).hexdigest()}"
    )


if __name__ == "__main__":
    main()
