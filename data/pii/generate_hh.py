# ruff: noqa: E501
"""Generate held-out HH for personal-data detection (issue 15): names as the population has them,
a hundred-and-ninety-fifth writer.

    python data/pii/generate_hh.py              # writes data/pii/generated-heldout-hh.jsonl
    python data/pii/generate_hh.py --stats      # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_hh.py --check      # checks the written file, prints counts only
    python data/pii/generate_hh.py --seed 7 --out /tmp/hh.jsonl   # a scratch seed

HH's names are drawn by how often people really carry them: every name word comes from
`names_hh.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is speech and language therapy (`templates_hh.py`): referrals to the speech
therapist (logoped) from child health centres, schools, GPs and stroke wards, assessment and
journal notes, parents' messages and chats, session bookings, reminders and cancellations,
interpreters, school liaison with teachers, special needs staff and pupil health teams, and
English SLT letters, EHCP reports and SENCo e-mails. Written by a helper who does not tune the
detector, who read only `generate_aw.py` (for the mechanics, copied here), the sections
"Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons or tagger, nor any error listing,
nor any other set's names, templates or rows. HH was never run through the detector by its
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

from names_hh import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_hh import DAYS, EN, MIXED, MONTHS, NEGATIVES, PETS, SV  # noqa: E402

SEED = 20270272
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hh.jsonl"
SPLIT = "heldout-hh"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, named after no person (the writer's own knowledge).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Köpmangatan",
    "Nygatan", "Torggatan", "Trädgårdsgatan", "Sjögatan", "Västra Hamngatan", "Södra Förstadsgatan",
    "Idrottsvägen", "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lönnvägen", "Hagvägen",
    "Ängsvägen", "Sjövägen", "Granvägen", "Aspvägen", "Parkvägen", "Bäckvägen", "Solvägen",
    "Gamla Vägen", "Östra Vägen", "Lärkvägen", "Rosenvägen", "Lingonvägen", "Klövervägen",
    "Kopparsvängen", "Tallsvängen", "Ekorrsvängen", "Bergsvängen", "Lindallé", "Kastanjeallén",
    "Almallén", "Hagaallén", "Kvarnbacke", "Sjöbacken", "Ekbacken", "Klockarbacken", "Tallbacken",
    "Blåklocksstigen", "Hallonstigen", "Smultronstigen", "Rönnbärsstigen", "Kantarellstigen",
    "Stortorget", "Fisktorget", "Nytorget", "Bondetorget", "Lilla Torg", "Stationsplan", "Kyrkoplan",
    "Mälarplan", "Skolplan", "Tunnbindargränd", "Glasbruksgränd", "Klockgränd", "Skepparegränd",
    "Norra Kajen", "Södra Kajen", "Hamnkajen", "Fiskarkajen", "Sveavägen", "Hornsgatan",
    "Övre Slottsgatan", "Fabriksgatan", "Bangårdsgatan", "Folkungagatan", "Hantverkargatan",
)  # fmt: skip
# Towns with their postcodes' first three digits (low, high): cities, suburbs and small towns.
SV_TOWNS = (
    ("Stockholm", 112, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Trollhättan", 461, 463), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Kalmar", 392, 393), ("Skövde", 541, 541), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371),
    ("Huddinge", 141, 141), ("Nacka", 131, 131), ("Solna", 169, 171), ("Sollentuna", 191, 192),
    ("Täby", 183, 187), ("Handen", 136, 136), ("Järfälla", 175, 177), ("Tumba", 147, 147),
    ("Kungsbacka", 434, 434), ("Mölndal", 431, 431), ("Partille", 433, 433), ("Alingsås", 441, 441),
    ("Uddevalla", 451, 451), ("Lidköping", 531, 531), ("Motala", 591, 591), ("Nyköping", 611, 611),
    ("Varberg", 432, 432), ("Enköping", 745, 745), ("Sandviken", 811, 811), ("Hudiksvall", 824, 824),
    ("Örnsköldsvik", 891, 891), ("Piteå", 941, 941), ("Kiruna", 981, 981), ("Falun", 791, 791),
    ("Landskrona", 261, 261), ("Visby", 621, 621), ("Skellefteå", 931, 931), ("Mora", 792, 792),
    ("Ljungby", 341, 341), ("Vetlanda", 574, 574), ("Arvika", 671, 671), ("Katrineholm", 641, 641),
)  # fmt: skip
# Villages and hamlets as rural addresses name them (`Västanby 14`), with a rural postcode.
VILLAGES = (
    "Västanby", "Östanå", "Norrby", "Sörby", "Lillby", "Kvarnby", "Mellanby", "Högen", "Ängarna",
    "Hällbacken", "Stensjö", "Björkhult", "Granlunda", "Myrbacka", "Tallåsen", "Lövvik", "Sjöhagen",
    "Bäcklunda", "Råby", "Tuna", "Ekeby", "Nybyn", "Gräsö", "Furulund",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Park Road", "The Crescent",
    "Orchard Way", "Meadow Close", "School Lane", "Bridge Street", "Market Street", "Chestnut Avenue",
    "Beech Grove", "Hawthorn Drive", "Riverside Walk", "Manor Road", "Elm Close", "Fairfield Road",
    "Westfield Avenue", "North Street", "Holly Bank", "Kingsway", "Southgate", "Woodland Rise",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Sheffield", "S"), ("Nottingham", "NG"),
    ("Norwich", "NR"), ("Exeter", "EX"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Edinburgh", "EH"),
    ("Glasgow", "G"), ("Aberdeen", "AB"), ("Belfast", "BT"), ("York", "YO"), ("Reading", "RG"),
    ("Brighton", "BN"), ("Leicester", "LE"), ("Birmingham", "B"), ("Newcastle upon Tyne", "NE"),
    ("London", "SE"), ("London", "N"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Bath", "BA"),
)  # fmt: skip
UK_HOUSES = ("Willow Cottage", "The Laurels", "Fern Lodge", "The Old School House", "Brook House", "Holly Cottage", "Primrose Cottage")  # fmt: skip
US_STREETS = ("Elm Street", "Maple Avenue", "Oak Lane", "Cedar Drive", "3rd Street", "Lakeview Road", "Sunset Boulevard", "Hillcrest Drive", "River Road", "Spring Street", "Park Place", "Meadowbrook Lane")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Madison", "WI", 537), ("Denver", "CO", 802), ("Columbus", "OH", 432), ("Raleigh", "NC", 276), ("Portland", "OR", 972), ("Rochester", "NY", 146), ("Ann Arbor", "MI", 481), ("Chicago", "IL", 606), ("Sacramento", "CA", 958))  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10961-10999} Berlin", "Hauptstraße {n}, {z5:69117-69126} Heidelberg",
    "Am Markt {n}, {z5:28195-28199} Bremen", "{n} rue des Lilas, {z5:75019-75020} Paris",
    "{n} avenue de la Gare, {z5:69003-69008} Lyon", "Hämeenkatu {n} A {m}, {z5:33100-33200} Tampere",
    "Puistokatu {n} B {m}, {z5:20100-20900} Turku", "Storgata {n}, {z4:0155-0190} Oslo",
    "Bryggen {n}, {z4:5003-5018} Bergen", "Nørregade {n}, {m}. th., {z4:1165-1172} København K",
    "Søndergade {n}, {z4:8000-8000} Aarhus C", "ul. Długa {n}/{m}, 80-{z3:827-890} Gdańsk",
    "ul. Kwiatowa {n}, 30-{z3:100-999} Kraków", "Calle Mayor {n}, {m}º B, {z5:28013-28015} Madrid",
    "Lange Nieuwstraat {n}, {z4:3512-3512} {L2} Utrecht", "Via del Corso {n}, {z5:00186-00187} Roma",
    "Pikk {n}, {z5:10123-10133} Tallinn", "Bağdat Caddesi No: {n} D: {m}, {z5:34728-34740} Kadıköy/İstanbul",
    "Ferhadija {n}, {z5:71000-71000} Sarajevo", "vul. Khreshchatyk {n}, kv. {m}, {z5:01001-01001} Kyiv",
    "Norra Esplanadgatan {n}, AX-{z5:22100-22150} Mariehamn", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "hotmail.se", "me.com", "btinternet.com")  # fmt: skip
WORK = ("example.se", "region.example.se", "skola.example.se", "example.com", "example.org", "nhs.example.uk", "school.example.co.uk")  # fmt: skip
ORG_MAIL = ("logopedi", "logopedmottagningen", "tal.sprak", "bokning", "elevhalsan", "expedition", "remisser", "kansli", "slt.admin", "speech.therapy", "sen.office", "admin", "reception", "bvc.centrum", "habilitering")  # fmt: skip


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
    """Every value of HH from one seeded Random; counts the head/tail split and the origins."""

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

    def person(self, woman: bool | None, kin: Person | None = None) -> Person:
        """Someone named as the language's mix has it; with `kin`, of kin's origin and surname."""
        r = self.rng
        if kin is None:
            mix = MIXES[self.lang]
            key = r.choices(list(mix), weights=list(mix.values()))[0]
        else:
            key = kin.origin
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        for _ in range(5):  # kin are not named alike (a mother and her daughter both `Maryam`)
            if kin is None or given[0][0] != kin.given[0][0]:
                break
            given = [self.pick(pool)]
        if (
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.05
        ):  # Anna-Karin, Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        if kin is not None:  # a child or a parent of the same family: the same surname
            surname, joint = list(kin.surname), kin.joint
            if key == "polish":
                surname = [(feminine(w) if woman else _masculine(w), p) for w, p in surname]
            if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:
                given = [(plain(w), p) for w, p in given]
            return Person(woman, key, given, surname, middle, joint)
        if key == "thai" and woman and r.random() < 0.4:  # married into a Swedish family
            surname = [self.pick(ORIGINS["swedish"].surnames)]
            return Person(woman, key, given, surname, middle)
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.03:
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
                          f"{given[0]}.{surname}", f"{given}{r.randrange(70, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def org_email(self) -> str:
        r = self.rng
        return f"{r.choice(ORG_MAIL)}@{r.choice(WORK)}"

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
                "11",
                "19",
                "21",
                "16",
                "54",
                "90",
                "63",
                "36",
                "35",
                "46",
                "42",
                "60",
            )
        )
        a3 = r.choice(
            (
                "920",
                "910",
                "498",
                "480",
                "470",
                "455",
                "500",
                "510",
                "520",
                "522",
                "611",
                "660",
                "670",
                "680",
                "690",
                "240",
                "243",
                "250",
                "280",
                "570",
                "380",
                "370",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"), (1, f"+46-{m[1:]}-{d[:3]} {d[3:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}{d[:6]}"), (2, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"010-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0771-{d[:3]} {d[3:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, as people there write it: with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"0113 {d[:3]} {d[3:7]}", f"020 7946 0{d[:3]}",
            f"+44 (0)161 {d[:3]} {d[3:7]}", f"0044 131 {d[:3]} {d[3:7]}", f"(0117) {d[:3]} {d[3:7]}",
            f"+1 (612) 555-0{d[:3]}", f"(206) 555-0{d[:3]}", f"612-555-0{d[:3]}", f"+1 512 555 0{d[:3]}",
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}",
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}", f"0049 6221 {d[:6]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+380 (50) {d[:3]}-{d[3:5]}-{d[5:7]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+964 770 {d[:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+252 61 {d[:3]} {d[3:7]}", f"+291 7 {d[:6]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"0090 532 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}", f"+93 70 {d[:3]} {d[3:7]}",
            f"+66 81 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+381 64 {d[:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+372 5{d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, who: str = "") -> str:
        """A personnummer with a valid check digit: a child's, an adult's or someone past a hundred
        (`+` in the ten-digit form); 12 or 10 digits, with or without the hyphen."""
        r = self.rng
        who = who or r.choice(("child", "child", "adult", "adult", "old"))
        year = {
            "child": r.randrange(2012, 2025),
            "adult": r.randrange(1944, 2004),
            "old": r.randrange(1918, 1927),
        }[who]
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if who == "old":  # past a hundred: `+` in the ten-digit form, else all twelve digits
            if roll < 0.6:
                return f"{date}+{serial}{check}"
            return f"{year // 100}{date}{'-' if roll < 0.9 else ''}{serial}{check}"
        if roll < 0.45:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
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
        town, low, high = r.choice(SV_TOWNS[36:] if rural else SV_TOWNS)
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
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 180)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        roll = r.random()
        if not rural and (lgh or roll < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and roll < 0.2:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and roll < 0.23:
            street += f", {r.randrange(2, 6)} tr, lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        joint = (
            "\n"
            if lines
            else ", "
            if "lgh" in street or " tr" in street
            else r.choice((", ", ", ", " "))
        )
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 9999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 20)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
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


def _masculine(surname: str) -> str:
    for female, male in (("ska", "ski"), ("cka", "cki"), ("dzka", "dzki")):
        if surname.endswith(female):
            return surname[: -len(female)] + male
    return surname


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    SU/GU the surname or the given name in capitals (a form's separate fields), I an initial and
    the surname, Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME,
    Given`, E an e-mail address. A trailing `s` asks for a Swedish genitive, `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form[:-1] in PERSON_FORMS)
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
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d)(?:=(\d))?)?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def co(lines: bool) -> list[Segment]:
        """`c/o Name, street, postcode town`: `c/o` outside, the name its own PERSON."""
        segs: list[Segment] = [("c/o ", None)]
        segs += person_segments(r.choice(("P", "S", "P")), draw.person(None), draw)
        segs.append(("\n" if lines else ", ", None))
        segs.append((draw.sv_address(lines=lines, rural=False), "ADDRESS"))
        return segs

    values: dict[str, Callable[[], list[Segment]]] = {
        "A": lambda: [(draw.sv_address(), "ADDRESS")],
        "AL": lambda: [(draw.sv_address(lines=True), "ADDRESS")],
        "AR": lambda: [(draw.sv_address(rural=True), "ADDRESS")],
        "ARL": lambda: [(draw.sv_address(lines=True, rural=True), "ADDRESS")],
        "ST": lambda: [(draw.sv_street(), "ADDRESS")],
        "STN": lambda: [(r.choice(SV_STREETS), "ADDRESS")],
        "STL": lambda: [(draw.sv_address(lgh=True, rural=False), "ADDRESS")],
        "a": lambda: [((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS")],
        "BOX": lambda: [(draw.box(), "ADDRESS")],
        "CO": lambda: co(False),
        "COL": lambda: co(True),
        "AU": lambda: [(draw.uk_address(), "ADDRESS")],
        "AUL": lambda: [(draw.uk_address(lines=True), "ADDRESS")],
        "au": lambda: [(draw.uk_address().lower(), "ADDRESS")],
        "AUS": lambda: [(draw.us_address(), "ADDRESS")],
        "AUSL": lambda: [(draw.us_address(lines=True), "ADDRESS")],
        "AX": lambda: [(draw.eu_address(), "ADDRESS")],
        "AXL": lambda: [(draw.eu_address(lines=True), "ADDRESS")],
        "PH": lambda: [(draw.phone(), "PHONE")],
        "PHX": lambda: [(draw.phone_x(), "PHONE")],
        "PNR": lambda: [(draw.national_id(), "NATIONAL_ID")],
        "PNRC": lambda: [(draw.national_id("child"), "NATIONAL_ID")],
        "PNRA": lambda: [(draw.national_id("adult"), "NATIONAL_ID")],
        "PNRO": lambda: [(draw.national_id("old"), "NATIONAL_ID")],
        "MAILX": lambda: [(draw.org_email(), "EMAIL")],
        "PET": lambda: [(r.choice(PETS), None)],
        "DATE": lambda: [(r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None)],
        "DATEEN": lambda: [(r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None)],
        "TIME": lambda: [(f"{r.randrange(8, 17)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None)],
        "NUM": lambda: [(str(r.randrange(2, 60)), None)],
        "AGE": lambda: [(f"{r.randrange(2, 12)};{r.randrange(0, 12)}", None)],
        "YRS": lambda: [(str(r.randrange(2, 13)), None)],
        "SCORE": lambda: [(str(r.randrange(55, 116)), None)],
        "PCT": lambda: [(str(r.randrange(1, 60)), None)],
        "AMT": lambda: [(f"{r.choice((100, 150, 200, 250, 300, 350, 400, 1200, 1850, 2400))} kr", None)],
        "GBP": lambda: [(f"£{r.randrange(40, 120)}.{r.choice(('00', '50'))}", None)],
        "REF": lambda: [(r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"R{r.randrange(100000, 999999)}", f"#{r.randrange(10000, 99999)}")), None)],
        "NHS": lambda: [(f"{r.randrange(400, 700)} {r.randrange(100, 1000)} {r.randrange(1000, 10000)}", None)],
        "ROOM": lambda: [(r.choice((f"{r.randrange(1, 5)}.{r.randrange(10, 40)}", f"{r.choice('ABC')}{r.randrange(101, 320)}", str(r.randrange(2, 30)))), None)],
        "CLASS": lambda: [(r.choice(("F", "1", "2", "3", "4", "5", "6")) + r.choice(("A", "B", "C", "")), None)],
        "YEAR": lambda: [(str(r.randrange(1, 7)), None)],
        "TOWN": lambda: [(r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None)],
        "TOWNSV": lambda: [(r.choice(SV_TOWNS)[0], None)],
        "DAY": lambda: [(r.choice(DAYS["sv"]), None)],
        "DAYEN": lambda: [(r.choice(DAYS["en"]), None)],
        "WEEK": lambda: [(str(r.randrange(2, 52)), None)],
        "ORG": lambda: [(f"{r.choice(('556', '559', '232', '212'))}{draw.digits(3)}-{draw.digits(4)}", None)],
        "BG": lambda: [(f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None)],
        "OCR": lambda: [(draw.digits(r.randrange(8, 15)), None)],
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    """A template's slots filled: `{P#1}` a person kept by number, `{G#2=1:f}` a woman of #1's
    family (origin and surname), `{A}` an address ... (see `filler`)."""
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, kin, gender = match.group(1), match.group(2), match.group(3), match.group(4)
        base = form.rstrip("'")
        base = (
            base[:-1]
            if len(base) > 1 and base.endswith("s") and base[:-1] in PERSON_FORMS
            else base
        )
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                woman = {"f": True, "m": False}.get(gender or "")
                person = draw.person(woman, people.get(kin) if kin else None)
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
    """HH's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of HH is printed."""
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
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] in "([" and span["start"] > 0
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address after c/o"] += (
                    text[max(0, span["start"] - 40) : span["start"]].count("c/o") > 0
                )
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["street alone (no digit)"] += not any(c.isdigit() for c in value)
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                ids[
                    f"{len(digits)} digits {'with' if '-' in value or '+' in value else 'without'} separator"
                ] += 1
                ids["with +"] += "+" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(ids.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = sorted({k for mix in MIXES.values() for k in mix} - set(draw.origins))
    print(f"origins in MIXES never drawn: {', '.join(missing) or 'none'}")


def check(path: Path) -> int:
    """Checks the written file; prints counts and kinds of problem only, never a row's text."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_total = pnr = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["row keys"] += 1
        if row["id"] in ids:
            problems["id repeated"] += 1
        ids.add(row["id"])
        if row["split"] != SPLIT or row["lang"] not in SIZES:
            problems["split or lang"] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_total += 1
            start, stop = span["start"], span["end"]
            if not (0 <= start < stop <= len(text)):
                problems["span empty or out of bounds"] += 1
                continue
            value = text[start:stop]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < end:
                problems["unsorted or overlapping"] += 1
            end = stop
            if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["unknown kind"] += 1
            if span["kind"] == "NATIONAL_ID":
                pnr += 1
                digits = re.sub(r"[-+]", "", value)
                if not re.fullmatch(r"\d{10}|\d{12}", digits) or luhn(digits[-10:-1]) != int(
                    digits[-1]
                ):
                    problems["personnummer check digit"] += 1
    print(
        f"{path.name}: {rows} rows, {spans_total} spans, {pnr} personnummer, {len(ids)} distinct ids"
    )
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) or "none"))
    return 1 if problems else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file (--out), print counts only"
    )
    args = parser.parse_args()
    if args.check:
        raise SystemExit(check(args.out))
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
