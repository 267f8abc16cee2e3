# ruff: noqa: E501
"""Generate held-out CP for personal-data detection (issue 15): names as the population has them, a
seventy-third writer, in the genre of pets and the people around them: dog walkers' and pet sitters'
bookings, keys and feeding notes, boarding kennels' and catteries' check-in forms, grooming salons'
appointment books, pet shops' orders and loyalty cards, shelters' adoption applications and follow-ups,
training classes' rosters, lost-and-found posters and neighbourhood chats, pet insurance claims and
letters, in Swedish, English and both at once. Every name word comes from `names_cp.py`'s weighted
pools (SCB's rank order for Sweden, the US Census 1990 per cents, the ONS ranking for the UK, the
commonest names of origins common in Sweden), 80% from a list's head and 20% from its tail; animals'
names (many of them people's names too) are never PERSON. Written by a helper who tunes nothing and who
read only `generate_aw.py` (for the mechanics), two sections of `docs/privacy.md` and the first line of
`generated-heldout-u.jsonl` (for its keys); not the detector, its lexicons or tests, nor any other
set's names, templates or rows. CP was never run through the detector by its writer. Stdlib only; one
seeded Random: same seed, same bytes.

    python data/pii/generate_cp.py                               # writes generated-heldout-cp.jsonl
    python data/pii/generate_cp.py --stats                       # counts only
    python data/pii/generate_cp.py --check                       # checks the written file, counts only
    python data/pii/generate_cp.py --seed 7 --out /tmp/cp7.jsonl # a scratch seed, to read
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

from names_cp import HEAD_SHARE, HYPHEN_SECONDS, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_cp import (  # noqa: E402
    BREEDS,
    CLINICS,
    DAYS,
    EN,
    INSURERS,
    KENNELS,
    MIXED,
    MONTHS,
    NEGATIVES,
    PARKS,
    PETS,
    SHELTERS,
    SHOPS,
    SV,
)

SEED = 20270150
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-cp.jsonl"
SPLIT = "heldout-cp"
KEYS = ("id", "split", "lang", "text", "spans")
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kyrkogatan", "Skolgatan", "Nygatan", "Trädgårdsgatan", "Västra Vallgatan",
    "Södra Förstadsgatan", "Linnégatan", "Bangårdsgatan", "Fabriksgatan", "Tegelbruksgatan", "Ringvägen",
    "Björkvägen", "Tallvägen", "Granvägen", "Lönnvägen", "Aspvägen", "Ekvägen", "Syrénvägen", "Hagvägen",
    "Solvägen", "Parkvägen", "Vintervägen", "Gamla Vägen", "Skogsbrynsvägen", "Kärrvägen", "Postvägen",
    "Rosenvägen", "Idrottsvägen", "Vallmovägen", "Lingonvägen", "Hasselsvängen", "Ekorrsvängen",
    "Rönnbärssvängen", "Videsvängen", "Kastanjeallén", "Lindallén", "Almallén", "Sofiero allé", "Slottsallén",
    "Kvarnbacken", "Bergsbacken", "Sjöbacken", "Gröna backe", "Tornbacken", "Smedsbacken", "Vitsippsstigen",
    "Hallonstigen", "Tranbärsstigen", "Mosstigen", "Humlestigen", "Stortorget", "Nytorget", "Fisktorget",
    "Hötorget", "Mariatorget", "Järnvägsplan", "Kyrkoplan", "Skolplan", "Bryggplan", "Klockargränd",
    "Sillgränd", "Bagargränd", "Pilgränd", "Mjölnargränd", "Norra Kajen", "Skeppsbrokajen", "Hamnkajen",
    "Stadsgårdskajen", "Vasagatan", "Järnåkravägen", "Kungsladugårdsgatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes; the last 25 are small towns with rural routes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 551, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 502, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Nacka", 131, 132), ("Sollentuna", 191, 192), ("Solna", 169, 171), ("Lidingö", 181, 181),
    ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Uddevalla", 451, 451),
    ("Varberg", 432, 432), ("Nyköping", 611, 611), ("Visby", 621, 621), ("Piteå", 941, 941),
    ("Skellefteå", 931, 931), ("Kiruna", 981, 981), ("Ystad", 271, 271), ("Lidköping", 531, 531),
    ("Alingsås", 441, 441), ("Enköping", 745, 745), ("Sandviken", 811, 811), ("Kungsbacka", 434, 434),
    ("Härnösand", 871, 871), ("Köping", 731, 731), ("Vimmerby", 598, 598), ("Tomelilla", 273, 273),
    ("Hudiksvall", 824, 824), ("Mariestad", 542, 542), ("Ängelholm", 262, 262), ("Falun", 791, 791),
    ("Leksand", 793, 793), ("Sala", 733, 733), ("Hörby", 242, 242), ("Höör", 243, 243),
    ("Eksjö", 575, 575), ("Ljusdal", 827, 827), ("Kalix", 952, 952), ("Torsby", 685, 685),
)  # fmt: skip
RURAL_FROM = 35  # SV_TOWNS[35:] have rural postcodes (xxx 9x) for addresses by village
VILLAGES = (
    "Västanby", "Östanå", "Norrby", "Sörby", "Lillsjön", "Ängsbyn", "Kvarnbo", "Sandåsen", "Bäckaby",
    "Hultet", "Stora Mossen", "Lilla Näs", "Gräsmyr", "Ekeby", "Torpa", "Hagaby", "Rönnäs", "Björkhult",
    "Åsen", "Nedergården", "Uppgården", "Sjöändan", "Granlunda", "Finntorp", "Tallbo",
)  # fmt: skip
UK_STREETS = (
    "Albert Road", "Elm Grove", "Queens Drive", "Meadow Way", "Cherry Tree Close", "St Johns Road",
    "Windsor Crescent", "Mill Hill", "Westgate", "Oakfield Avenue", "Springfield Road", "The Crescent",
    "Church Street", "Station Approach", "Park View", "Beech Avenue", "Hollybush Lane", "Orchard Rise",
    "Woodland Walk", "Riverside Court", "Hawthorn Gardens", "Green Lane",
)  # fmt: skip
UK_TOWNS = (
    ("York", "YO"), ("Harrogate", "HG"), ("Bath", "BA"), ("Brighton", "BN"), ("Cambridge", "CB"),
    ("Oxford", "OX"), ("Exeter", "EX"), ("Norwich", "NR"), ("Leeds", "LS"), ("Sheffield", "S"),
    ("Cardiff", "CF"), ("Swansea", "SA"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Belfast", "BT"),
    ("Manchester", "M"), ("Bristol", "BS"), ("Nottingham", "NG"), ("London", "SE"), ("Reading", "RG"),
)  # fmt: skip
UK_HOUSES = ("Holly Cottage", "The Barn", "Willow House", "Rose Cottage", "The Old School House", "Primrose Cottage", "Orchard Lodge", "Mill House")  # fmt: skip
US_STREETS = ("Elm Street", "Maple Avenue", "Cedar Lane", "Oak Ridge Road", "Lakeview Drive", "3rd Street", "Hillcrest Drive", "Park Place", "Willow Creek Road", "Sunset Boulevard", "Pine Hollow Court", "Main Street")  # fmt: skip
US_TOWNS = (("Austin", "TX", 787), ("Portland", "OR", 972), ("Madison", "WI", 537), ("Boulder", "CO", 803), ("Asheville", "NC", 288), ("Burlington", "VT", 54), ("Ann Arbor", "MI", 481), ("Savannah", "GA", 314), ("Tucson", "AZ", 857), ("Albany", "NY", 122))  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:50667-51149} Köln", "Am Markt {n}, {z5:23552-23570} Lübeck",
    "Hundegasse {n}, {z5:80331-80339} München", "{n} avenue des Tilleuls, {z5:69001-69009} Lyon",
    "{n} rue du Moulin, {z5:35000-35200} Rennes", "Hämeenkatu {n} A {m}, {z5:33100-33200} Tampere",
    "Kauppakatu {n}, {z5:40100-40320} Jyväskylä", "Storgata {n}, {z4:0155-0190} Oslo",
    "Kongens gate {n}, {z4:7011-7020} Trondheim", "Vestergade {n}, {m}. th., {z4:8000-8000} Aarhus C",
    "Nørregade {n}, {z4:5000-5000} Odense C", "ul. Kwiatowa {n}/{m}, 31-{z3:100-999} Kraków",
    "ul. Długa {n}, 80-{z3:800-899} Gdańsk", "Calle Mayor {n}, {m}º B, {z5:28013-28015} Madrid",
    "Carrer de Provença {n}, {z5:08008-08037} Barcelona", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "Via Nazionale {n}, {z5:00184-00184} Roma",
    "Strada Florilor {n}, 500{z3:001-450} Brașov", "Hauptstrasse {n}, {z4:8400-8411} Winterthur",
)  # fmt: skip
MAIL = {  # webmail as people in Sweden and in the UK and US have it
    "sv": ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband.net", "spray.se", "hotmail.se"),
    "en": ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com", "hotmail.co.uk", "btinternet.com", "comcast.net", "aol.com"),
}  # fmt: skip
WORK = ("example.se", "djur.example.se", "kennel.example.se", "example.com", "example.org", "example.co.uk", "vet.example.com")  # fmt: skip
FIRM_LOCALS = ("info", "bokning", "kontakt", "hej", "adoption", "kundservice", "skador", "booking", "hello", "claims", "reception", "enquiries", "office")  # fmt: skip
FIRM_DOMAINS = ("hundpensionatet.example.se", "kattpensionat.example.se", "trimsalong.example.se", "djurskydd.example.se", "pawsandco.example.co.uk", "cattery.example.co.uk", "rescue.example.org", "petcare.example.com")  # fmt: skip


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
    """Every value of CP from one seeded Random; counts the head/tail split, origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.date_style = 0  # one way of writing dates within a row

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def person(self, woman: bool | None = None) -> Person:
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
        ):  # Anna-Karin, Karl-Erik
            seconds = HYPHEN_SECONDS[woman]
            second = r.choices(seconds, weights=[1 / (i + 1) for i in range(len(seconds))])[0]
            if second != given[0][0]:
                given.append((second, "head"))
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3}.get(key, 0.05):
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
        surname = plain(person.last).lower().replace("-", "").replace("'", "").replace(" ", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        side = (
            "en"
            if person.origin in ("uk", "us") or (self.lang == "en" and r.random() < 0.7)
            else "sv"
        )
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL[side])}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_LOCALS)}@{self.rng.choice(FIRM_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool = False) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "54", "90", "63", "35", "36", "42", "46")
        )
        a3 = r.choice(
            (
                "120",
                "150",
                "171",
                "240",
                "297",
                "322",
                "413",
                "418",
                "454",
                "470",
                "480",
                "492",
                "512",
                "523",
                "611",
                "621",
                "651",
                "660",
                "680",
                "920",
                "926",
                "960",
            )
        )
        mobiles = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"), (1, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        lands = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8 {d[:2]} {d[2:4]} {d[4:6]}"),
            (6, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}-{d[:6]}"), (2, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0771-{d[:3]} {d[3:6]}"),
        )  # fmt: skip
        shapes = mobiles if mobile or r.random() < 0.62 else lands
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_uk(self) -> str:
        r, d = self.rng, self.digits(6)
        shapes = (
            f"07700 900{d[:3]}", f"07{r.choice('4579')}{d[:2]} {d[2:6]}{r.randrange(10)}{r.randrange(10)}", f"+44 7700 900{d[:3]}",
            f"+44 (0)7{r.choice('4579')}{d[:2]} {d[2:6]}{r.randrange(10)}{r.randrange(10)}", f"020 7946 0{d[:3]}", f"0113 496 0{d[:3]}",
            f"0161 496 0{d[:3]}", f"+44 (0)117 496 0{d[:3]}", f"01632 960{d[:3]}", f"(01904) {d}", f"0044 1223 {d}", f"+44 28 9018 {d[:4]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r, d = self.rng, self.digits(3)
        area = r.choice(("512", "503", "608", "303", "828", "802", "734", "912", "520", "518"))
        shapes = (f"({area}) 555-0{d}", f"{area}-555-0{d}", f"+1 {area} 555 0{d}", f"{area}.555.0{d}", f"+1 ({area}) 555-0{d}", f"1-{area}-555-0{d}", f"555-0{d}")  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r, d = self.rng, self.digits(10)
        shapes = (
            f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"0047 4{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"+49 151 {d[:8]}",
            f"0171 {d[:7]}", f"+49 (0)30 {d[:4]} {d[4:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+48 6{d[:2]} {d[2:5]} {d[5:8]}", f"0048 5{d[:2]}-{d[2:5]}-{d[5:8]}", f"06-{d[:8]}",
            f"+31 6 {d[:8]}", f"+39 34{d[0]} {d[1:4]} {d[4:8]}", f"+40 72{d[0]} {d[1:4]} {d[4:7]}",
            f"+90 53{d[0]} {d[1:4]} {d[4:6]} {d[6:8]}", f"+964 750 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}",
            f"+66 81 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+387 61 {d[:3]} {d[3:6]}", f"+56 9 {d[:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without `-`; `+` past a hundred."""
        r = self.rng
        old = r.random() < 0.08
        year = r.randrange(1918, 1927) if old else r.randrange(1935, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old and roll < 0.7:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        if roll < 0.38:
            self.forms["pnr 12 with -"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            self.forms["pnr 10 with -"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.91:
            self.forms["pnr 12 without"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["pnr 10 without"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.12:
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
        roll = r.random()
        if roll < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.1:
            out = "SE-" + out
        elif roll < 0.12:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(
        self, lines: bool = False, lgh: bool = False, rural: bool | None = None, co: bool = False
    ) -> list[Segment]:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.3
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.07:
            street += r.choice(
                (
                    f", {r.randrange(1, 7)} tr",
                    f" {r.randrange(1, 7)} tr",
                    f", {r.randrange(1, 5)} tr ö.g.",
                )
            )
        joint = "\n" if lines else ", "
        out: list[Segment] = []
        if co and r.random() < 0.12:  # c/o outside the span, the name after it its own PERSON
            self.forms["address c/o"] += 1
            name = person_segments(r.choice(("P", "P", "S")), self.person(), self)
            out += [("c/o ", None), *name, (joint, None)]
        return [*out, (f"{street}{joint}{self.sv_postal(rural=rural)}", "ADDRESS")]

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 25)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.38:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Apt.'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
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


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), GU the given name in capitals, N/n the short form where the name has
    one, S/s the surname, SU in capitals, I an initial and the surname, Gi the given name and the
    surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s`
    asks for a Swedish genitive, a trailing `'` an English one.
    """
    english = form.endswith("'")
    base = form if form in PERSON_FORMS else form[:-1]
    given, surname, middle = person.given, person.surname, person.middle
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
OPTIONAL_SHARE = 0.3
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\w))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, lang = draw.rng, draw.lang
    en = lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    swedish_side = "sv" if lang != "en" else "en"
    values: dict[str, Callable[[], Segment | list[Segment]]] = {
        "A": lambda: draw.sv_address(),
        "AL": lambda: draw.sv_address(lines=True, co=True),  # letters and forms: now and then c/o
        "AR": lambda: draw.sv_address(rural=True),
        "ARL": lambda: draw.sv_address(lines=True, rural=True),
        "AN": lambda: draw.sv_address(),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STT": lambda: (f"{draw.sv_street()}, {r.choice(SV_TOWNS)[0]}", "ADDRESS"),
        "STL": lambda: draw.sv_address(lgh=True, rural=False),
        "a": lambda: ((r.choice((draw.sv_street(), r.choice(SV_STREETS), draw.village())) if r.random() < 0.5 else draw.sv_address()[0][0]).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "aus": lambda: (draw.us_address().lower(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHEN": lambda: (r.choice((draw.phone_uk, draw.phone_uk, draw.phone_us))(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHRO": lambda: (r.choice((f"+40 72{r.randrange(10)} {draw.digits(3)} {draw.digits(3)}", f"0040 74{r.randrange(10)} {draw.digits(3)} {draw.digits(3)}", f"+40 268 {draw.digits(3)} {draw.digits(3)}")), "PHONE"),
        "ARO": lambda: (r.choice(("Strada Florilor", "Strada Morii", "Calea București", "Strada Lungă")) + f" {r.randrange(1, 200)}, " + r.choice((f"500{r.randrange(1, 450):03d} Brașov", f"700{r.randrange(1, 750):03d} Iași", f"300{r.randrange(1, 700):03d} Timișoara", "Comuna Hărman, jud. Brașov")), "ADDRESS"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "PET": lambda: (r.choice(PETS[swedish_side] if r.random() < 0.8 else PETS["en" if swedish_side == "sv" else "sv"]), None),
        "DOG": lambda: (r.choice(BREEDS["dog_sv"]), None),
        "DOGEN": lambda: (r.choice(BREEDS["dog_en"]), None),
        "CAT": lambda: (r.choice(BREEDS["cat_sv"]), None),
        "CATEN": lambda: (r.choice(BREEDS["cat_en"]), None),
        "SMALL": lambda: (r.choice(BREEDS["small_sv"]), None),
        "SMALLEN": lambda: (r.choice(BREEDS["small_en"]), None),
        "CHIP": lambda: (r.choice(("752", "752", "826", "985", "941")) + draw.digits(12), None),
        "SKK": lambda: (f"KC {r.choice('ABCDEFGH')}{r.choice('ABCDEFGH')}{r.randrange(10000, 99999)}" if en else r.choice((f"SE{r.randrange(10000, 99999)}/20{r.randrange(15, 27)}", f"S{r.randrange(10000, 99999)}/20{r.randrange(15, 27)}")), None),
        "POLICY": lambda: (r.choice((f"{r.randrange(10, 99)}-{draw.digits(7)}", f"DF{draw.digits(8)}", f"PP{draw.digits(6)}/{r.randrange(1, 9)}")), None),
        "CLAIM": lambda: (r.choice((f"S{draw.digits(7)}", f"{r.randrange(2026, 2028)}-{draw.digits(5)}", f"CLM-{draw.digits(6)}")), None),
        "ORDER": lambda: (r.choice((draw.digits(8), f"#{draw.digits(6)}", f"ZA-{draw.digits(7)}", f"{draw.digits(3)}-{draw.digits(4)}")), None),
        "INV": lambda: (r.choice((f"{r.randrange(1000, 9999)}", f"2027-{r.randrange(1, 999):03d}", f"INV-{draw.digits(5)}")), None),
        "CARD": lambda: (r.choice((draw.digits(13), f"{draw.digits(4)} {draw.digits(4)} {draw.digits(4)}", f"#{draw.digits(9)}")), None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}", f"{r.choice('ABCDK')}{r.randrange(100, 999)}")), None),
        "ORGNR": lambda: (f"{r.choice(('556', '559', '802', '769'))}{draw.digits(3)}-{draw.digits(4)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "OCR": lambda: (draw.digits(r.randrange(8, 16)), None),
        "SWISH": lambda: (f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", None),
        "AMT": lambda: (r.choice((f"{r.randrange(90, 24000):,} kr".replace(",", " "), f"{r.randrange(90, 9000)}:-", f"{r.randrange(90, 9000)} SEK")), None),
        "AMTS": lambda: (r.choice((f"{r.randrange(9, 90)}0 kr", f"{r.randrange(9, 90)}0:-", f"{r.randrange(9, 90)}0 SEK")), None),
        "GBP": lambda: (f"£{r.randrange(8, 1900)}.{r.choice(('00', '50', '99', '25'))}", None),
        "GBPS": lambda: (f"£{r.randrange(5, 95)}{r.choice(('', '.00', '.50'))}", None),
        "USDS": lambda: (f"${r.randrange(10, 95)}", None),
        "USD": lambda: (f"${r.randrange(15, 2500)}", None),
        "EUR": lambda: (f"{r.randrange(20, 900)} €" if r.random() < 0.5 else f"€{r.randrange(20, 900)}", None),
        "KGC": lambda: (f"{r.randrange(2, 8)},{r.randrange(10)} kg" if not en else f"{r.randrange(2, 8)}.{r.randrange(10)} kg", None),
        "KG": lambda: (f"{r.randrange(2, 45)},{r.randrange(10)} kg" if not en else f"{r.randrange(2, 45)}.{r.randrange(10)} kg", None),
        "AGE": lambda: (f"{r.randrange(1, 15)} år" if not en else f"{r.randrange(1, 15)} years", None),
        "AGEEN": lambda: (f"{r.randrange(2, 15)} years", None),
        "UKST": lambda: (r.choice(UK_STREETS) if r.random() < 0.6 else f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}", "ADDRESS"),
        "YRS": lambda: (str(r.randrange(19, 76)), None),
        "DATE": lambda: ((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")[draw.date_style], None),
        "DATEEN": lambda: ((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")[draw.date_style], None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 40)), None),
        "CODE": lambda: (draw.digits(4), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "CLINIC": lambda: (r.choice(CLINICS["sv"]).replace("{TOWN}", r.choice(SV_TOWNS)[0]), None),
        "CLINICEN": lambda: (r.choice(CLINICS["en"]).replace("{TOWN}", r.choice(UK_TOWNS)[0]), None),
        "INSURER": lambda: (r.choice(INSURERS["sv"]), None),
        "INSUREREN": lambda: (r.choice(INSURERS["en"]), None),
        "SHOP": lambda: (r.choice(SHOPS["sv"]), None),
        "SHOPEN": lambda: (r.choice(SHOPS["en"]), None),
        "SHELTER": lambda: (r.choice(SHELTERS["sv"]), None),
        "SHELTEREN": lambda: (r.choice(SHELTERS["en"]), None),
        "KENNEL": lambda: (r.choice(KENNELS["sv"]), None),
        "KENNELEN": lambda: (r.choice(KENNELS["en"]), None),
        "PARK": lambda: (r.choice(PARKS["sv"]), None),
        "PARKEN": lambda: (r.choice(PARKS["en"]), None),
    }  # fmt: skip
    out = values[form]()
    return out if isinstance(out, list) else [out]


OPTIONAL = re.compile(r"\[\[(.*?)\]\]", re.S)


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    """A template's text and spans; an optional part `[[...]]` is written with OPTIONAL_SHARE."""
    template = OPTIONAL.sub(
        lambda m: m.group(1) if draw.rng.random() < OPTIONAL_SHARE else "", template
    )
    draw.date_style = draw.rng.randrange(3)
    people: dict[str, Person] = {}
    things: dict[
        tuple[str, str], str
    ] = {}  # the same pet (or shop, shelter, clinic) again under one ref
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        is_person = form in PERSON_FORMS or (form[-1] in "s'" and form[:-1] in PERSON_FORMS)
        if is_person:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        elif (
            form.rstrip("s'").upper() == "PET" or ref
        ):  # a look-alike: an animal (also its genitive), a shop, a clinic
            base = form.rstrip("s'") if form.rstrip("s'").upper() == "PET" else form
            key = (base.upper() if base.upper() == "PET" else base, ref)
            if ref and key in things:
                value = things[key]
            else:
                [(value, kind)] = filler(key[0], draw)
                assert kind is None, template  # a value is never drawn again under a ref
                if ref:
                    things[key] = value
            value = value.lower() if base == "pet" else value
            if form != base:  # an animal's genitive: `Bellas`, `Doris`, `Bella's`
                value += genitive(value, form.endswith("'"))
            segments = [(value, None)]
        else:
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """CP's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of CP is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    people: list[str] = []
    pnr: Counter[str] = Counter()
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
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] == "("
                    and text[span["end"] : span["end"] + 1] == ")"
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address street alone"] += not re.search(r"\d", value)
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                sign = "+" if "+" in value else "-" if "-" in value else "no sign"
                pnr[f"{len(digits)} digits, {sign}"] += 1
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        f"without a value {sum(empty.values())}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
    )
    print(
        f"negatives (templates): {len(NEGATIVES)}; templates sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}"
    )
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}; PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer forms: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}; c/o: {draw.forms['address c/o']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows: list[dict[str, object]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows.append(row)
        if tuple(row) != KEYS:
            problems["keys not as heldout-u's"] += 1
        if row["id"] in ids:
            problems["id repeated"] += 1
        ids.add(row["id"])
        if row["split"] != SPLIT or row["lang"] not in SIZES:
            problems["split or lang"] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            s, e = span["start"], span["end"]
            if span["kind"] not in KINDS:
                problems["unknown kind"] += 1
            if not 0 <= s < e <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            if s < end:
                problems["unsorted or overlapping"] += 1
            end = e
            value = text[s:e]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                if (
                    not digits.isdigit()
                    or len(digits) not in (10, 12)
                    or luhn(digits[-10:-1]) != int(digits[-1])
                ):
                    problems["personnummer check digit"] += 1
    sizes = Counter(str(r["lang"]) for r in rows)
    print(f"checked {len(rows)} rows: " + ", ".join(f"{k} {v}" for k, v in sorted(sizes.items())))
    if dict(sizes) != SIZES:
        problems["sizes"] += 1
    print(
        "problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) if problems else "none")
    )
    stats(rows, None)
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
    if args.seed != SEED and args.out == OUT:
        sys.exit("a scratch seed is written with --out elsewhere, never over the set")
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
