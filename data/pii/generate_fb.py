# ruff: noqa: E501
"""Generate held-out FB for personal-data detection (issue 15): names as the population has them,
a hundred-and-thirty-seventh writer.

    python data/pii/generate_fb.py                          # writes data/pii/generated-heldout-fb.jsonl
    python data/pii/generate_fb.py --stats                  # counts only (sizes, forms, head/tail)
    python data/pii/generate_fb.py --check                  # checks the written file, counts only
    python data/pii/generate_fb.py --seed 7 --out /tmp/x.jsonl   # a scratch set

FB's names are drawn by how often people really carry them: every name word comes from
`names_fb.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is veterinary clinics and animal care (`templates_fb.py`): appointment bookings and
reminders, case notes, referrals and discharge letters, pet insurance claims, kennels, catteries
and boarding, breeders' puppy and kitten sales, owners' and breeders' messages, in Swedish, English
and mixed text. Written by a helper who does not tune the detector, who read only
`generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format and
`--stats`), the sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons or tagger, no other set's names,
templates or rows, no error listing. FB was never run through the detector by its writer, and its
names were not checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same
bytes.
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

from names_fb import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fb import (  # noqa: E402
    BREEDS,
    CLINICS,
    DAYS,
    DRUGS,
    EN,
    INSURERS,
    MIXED,
    MONTHS,
    NEGATIVES,
    PETS,
    SV,
)

SEED = 20270214
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fb.jsonl"
SPLIT = "heldout-fb"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns and villages.
SV_STREETS = (
    "Drottninggatan", "Storgatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Kyrkogatan", "Nygatan",
    "Linnégatan", "Södra Förstadsgatan", "Västra Vallgatan", "Trädgårdsgatan", "Verkstadsgatan",
    "Industrigatan", "Hamngatan", "Norra Esplanaden", "Östra Storgatan", "Apotekaregatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Syrénvägen", "Rönnbärsvägen", "Kastanjevägen",
    "Solrosvägen", "Hagvägen", "Backvägen", "Stationsvägen", "Kvarnvägen", "Gamla Vägen",
    "Selma Lagerlöfs väg", "Företagsvägen", "Batterivägen", "Djurgårdsvägen", "Ekbacksvägen",
    "Klöversvängen", "Tranbärssvängen", "Vitsippssvängen", "Lärksvängen", "Lindallé", "Parkallén",
    "Kastanjeallén", "Ekallén", "Kvarnbacken", "Kyrkbacken", "Solbacken", "Nybacken", "Tornbacken",
    "Mossbacken", "Smultronstigen", "Lingonstigen", "Rävstigen", "Harstigen", "Blåklockestigen",
    "Stortorget", "Gustaf Adolfs torg", "Fisktorget", "Nytorget", "Lilla torg", "Idrottsplan",
    "Kyrkplan", "Stationsplan", "Mästargränd", "Vävargränd", "Klockargränd", "Skomakargränd",
    "Norra Kajen", "Södra Kajen", "Sjökajen", "Strandkajen", "Hamnkajen", "Mariebergsgatan",
    "Ängsgärdet", "Lövängsvägen", "Fjällvägen", "Älvbrinken", "Tingsgatan", "Sågverksgatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes (cities first, then smaller towns).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 752, 756),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Södertälje", 151, 153),
    ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Sundsvall", 852, 857), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Falun", 791, 791), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451), ("Varberg", 432, 432),
    ("Nyköping", 611, 611), ("Visby", 621, 621), ("Motala", 591, 591), ("Piteå", 941, 941),
    ("Ystad", 271, 271), ("Lidköping", 531, 531), ("Alingsås", 441, 441), ("Sandviken", 811, 811),
    ("Hudiksvall", 824, 824), ("Enköping", 745, 745), ("Katrineholm", 641, 641), ("Kiruna", 981, 981),
    ("Strängnäs", 645, 645), ("Mjölby", 595, 595), ("Höör", 243, 243), ("Sala", 733, 733),
    ("Kungsbacka", 434, 434), ("Ljungby", 341, 341), ("Arvika", 671, 671), ("Ludvika", 771, 771),
    ("Härnösand", 871, 871), ("Vetlanda", 574, 574), ("Oskarshamn", 572, 572), ("Tierp", 815, 815),
    ("Sölvesborg", 294, 294), ("Gislaved", 332, 332), ("Mora", 792, 792), ("Lycksele", 921, 921),
)  # fmt: skip
# Villages and farms that rural addresses are written by (`Västanby 24`).
VILLAGES = (
    "Västanby", "Östanbyn", "Norrby", "Sunnanå", "Lillgården", "Storängen", "Mossebo", "Kullagården",
    "Björkhaga", "Högtorp", "Ekeby", "Hagaby", "Långmyren", "Lövsta", "Bäckhult", "Ringstad",
    "Tallbacka", "Sörgården", "Kvarntorp", "Ängsholm", "Dalby", "Uppgården", "Nedergården", "Kärrbo",
    "Lunnagården", "Brattfors", "Skogsvik", "Ryd", "Stensjön", "Holma",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Road", "Mill Lane", "Victoria Road", "Green Lane",
    "Manor Road", "Park Road", "Queens Road", "New Road", "Grange Road", "Kings Avenue",
    "Orchard Way", "The Crescent", "Meadow Close", "Springfield Road", "Chestnut Grove", "Albert Street",
    "Farm Lane", "Willow Drive", "Castle Street", "Market Street", "North Road", "Riverside Walk",
)  # fmt: skip
UK_TOWNS = (
    ("York", "YO", 1, 32), ("Leeds", "LS", 1, 29), ("Harrogate", "HG", 1, 5), ("Bristol", "BS", 1, 49),
    ("Bath", "BA", 1, 3), ("Manchester", "M", 1, 40), ("Cambridge", "CB", 1, 5), ("Norwich", "NR", 1, 35),
    ("Exeter", "EX", 1, 6), ("Edinburgh", "EH", 1, 17), ("Glasgow", "G", 1, 46), ("Cardiff", "CF", 3, 24),
    ("Brighton", "BN", 1, 3), ("Oxford", "OX", 1, 4), ("Durham", "DH", 1, 7), ("Belfast", "BT", 1, 17),
    ("London", "SE", 1, 28), ("London", "N", 1, 22), ("Reading", "RG", 1, 6), ("Shrewsbury", "SY", 1, 5),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Vicarage", "Holly House", "Meadow View", "Orchard Cottage", "Brook Farm", "The Stables", "Ivy Lodge")  # fmt: skip
US_STREETS = ("Main Street", "Oak Avenue", "Maple Street", "Elm Street", "2nd Avenue", "Washington Avenue", "Lake Drive", "Cedar Lane", "Hillcrest Road", "County Road 7", "Park Place", "Sunset Boulevard")  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("St. Paul", "MN", 551), ("Madison", "WI", 537), ("Seattle", "WA", 981),
    ("Portland", "OR", 972), ("Austin", "TX", 787), ("Denver", "CO", 802), ("Chicago", "IL", 606),
    ("Rockford", "IL", 611), ("Des Moines", "IA", 503), ("Boston", "MA", 21), ("Asheville", "NC", 288),
)  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10115-14199} Berlin", "Am Stadtpark {n}, {z5:20095-22769} Hamburg",
    "Schulweg {n}, {z5:80331-81929} München", "{n} rue de la Paix, {z5:75001-75020} Paris",
    "{n} avenue Jean Jaurès, {z5:69001-69009} Lyon", "Hämeenkatu {n} B {m}, {z5:33100-33900} Tampere",
    "Mannerheimintie {n} A {m}, 00{z3:100-990} Helsinki", "Storgata {n}, 0{z3:150-190} Oslo",
    "Kongens gate {n}, {z4:7011-7099} Trondheim", "Vestergade {n}, {m}. th., {z4:8000-8000} Aarhus C",
    "Nørregade {n}, {z4:5000-5000} Odense C", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "ul. Kwiatowa {n}, 30-{z3:100-999} Kraków", "Calle Mayor {n}, {m}º B, {z5:28001-28080} Madrid",
    "Avenida del Mar {n}, {z5:03501-03503} Benidorm", "Keizersgracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Dorpsstraat {n}, {z4:3500-3585} {L2} Utrecht", "Via Garibaldi {n}, {z5:10121-10156} Torino",
    "Bahnhofstrasse {n}, {z4:8001-8099} Zürich", "Mariahilfer Straße {n}, {z4:1060-1070} Wien",
    "Laugavegur {n}, {z3:101-105} Reykjavík", "Pärnu mnt {n}, {z5:10141-10148} Tallinn",
)  # fmt: skip
MAIL = {
    "sv": ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.se", "bredband.net", "hotmail.se"),
    "en": ("gmail.com", "hotmail.co.uk", "outlook.com", "icloud.com", "yahoo.com", "btinternet.com", "aol.com", "sky.com"),
}  # fmt: skip
WORK = {
    "sv": ("example.se", "djurklinik.example.se", "kennel.example.se", "vet.example.se", "example.org"),
    "en": ("example.com", "vets.example.co.uk", "example.co.uk", "example.org", "animalhospital.example.com"),
}  # fmt: skip
FIRM_BOXES = {
    "sv": ("bokning", "info", "reception", "kliniken", "skador", "kennel", "katthem", "jour", "receptionen", "hundpensionat", "uppfodare", "remiss", "faktura"),
    "en": ("appointments", "claims", "reception", "hello", "office", "cattery", "rescue", "info", "referrals", "accounts", "bookings"),
}  # fmt: skip


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
    """Every value of FB from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.pets: dict[str, list[str]] = {"sv": [], "en": []}

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
            if second[0] != given[0][0] and "-" not in second[0]:
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
            joint = "-" if roll < 0.03 else " "
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

        def clean(word: str) -> str:
            return re.sub(r"[^a-z]", "", plain(word).lower())

        given, surname = clean(person.first), clean(person.last)
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given}{r.randrange(60, 99)}", f"{given[0]}.{surname}"))  # fmt: skip
        key = (
            "en"
            if self.lang == "en" or (self.lang == "mixed" and person.origin in ("uk", "us"))
            else "sv"
        )
        return f"{local}@{r.choice(WORK[key] if r.random() < 0.35 else MAIL[key])}"

    def firm_email(self) -> str:
        r = self.rng
        key = "en" if self.lang == "en" or (self.lang == "mixed" and r.random() < 0.3) else "sv"
        return f"{r.choice(FIRM_BOXES[key])}@{r.choice(WORK[key])}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m}-{d[:3]} {d[3:]}"), (1, f"{m} - {d[:3]} {d[3:5]} {d[5:]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm's 08, two-digit and three-digit areas."""
        r = self.rng
        d = self.digits(8)
        area2 = r.choice(
            (
                "31",
                "40",
                "46",
                "42",
                "18",
                "13",
                "11",
                "19",
                "21",
                "16",
                "36",
                "35",
                "60",
                "90",
                "26",
                "54",
            )
        )
        area3 = r.choice(("470", "480", "455", "300", "340", "345", "380", "410", "413", "418", "430", "470", "500", "510", "520", "530", "554", "570", "586", "611", "650", "660", "670", "691", "910", "920", "980"))  # fmt: skip
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:]}"),
            (2, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:]}"), (1, f"08{d}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {area2} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"(0{area2}) {d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:3]} {d[3:5]}"),
            (1, f"0{area3}{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 (0){area3}-{d[:3]} {d[3:5]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def firm_phone(self) -> str:
        """A firm's or a switchboard's number: 010, 020, 0771, 0770, or a landline."""
        r = self.rng
        d = self.digits(7)
        shapes = (f"010-{d[:3]} {d[3:5]} {d[5:]}", f"010-{d[:3]} {d[3:]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
                  f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0770-{d[:3]} {d[3:6]}",
                  f"0200-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:]}", self.landline())  # fmt: skip
        return r.choice(shapes)

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.72 else self.landline()

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(4)
        return r.choice((f"07700 900{d[:3]}", f"+44 7700 900{d[:3]}", f"07700900{d[:3]}", f"020 7946 0{d[:3]}",
                         f"+44 20 7946 0{d[:3]}", f"0161 496 0{d[:3]}", f"0113 496 0{d[:3]}", f"01632 960{d[:3]}",
                         f"+44 (0)1632 960{d[:3]}", f"0117 496 0{d[:3]}", f"0131 496 0{d[:3]}", f"028 9649 6{d[:3]}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(
            ("612", "651", "608", "206", "503", "512", "303", "312", "815", "515", "617", "828")
        )
        d = f"01{self.digits(2)}"
        return r.choice((f"({area}) 555-{d}", f"{area}-555-{d}", f"{area}.555.{d}", f"+1 {area} 555 {d}", f"+1 ({area}) 555-{d}", f"1-{area}-555-{d}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"+47 4{d[:2]} {d[2:4]} {d[4:7]}", f"0047 22 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"040 {d[:3]} {d[3:7]}", f"+358 9 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}",
            f"+49 171 {d[:7]}", f"0171 {d[:7]}", f"+49 (0)30 {d[:4]} {d[4:8]}", f"0049 89 {d[:8]}",
            f"+31 6 {d[:8]}", f"06-{d[:8]}", f"+48 5{d[:2]} {d[2:5]} {d[5:8]}", f"0048 6{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+43 664 {d[:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+353 87 {d[:3]} {d[3:7]}", f"+90 53{d[:1]} {d[1:4]} {d[4:6]} {d[6:8]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}", f"+98 912 {d[:3]} {d[3:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:7]}", f"+387 61 {d[:3]} {d[3:6]}", f"+291 7 {d[:6]}",
            f"+61 4{d[:2]} {d[2:5]} {d[5:8]}", f"+354 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen,
        `+` in the 10-digit form of someone past a hundred."""
        r = self.rng
        year = r.randrange(1919, 1927) if old or r.random() < 0.03 else r.randrange(1936, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        tail = f"{serial}{luhn(date + serial)}"
        if year < 1927 and (old or r.random() < 0.7):
            return f"{date}+{tail}"
        roll = r.random()
        if roll < 0.38:
            return f"{year // 100}{date}-{tail}"
        if roll < 0.78:
            return f"{date}-{tail}"
        if roll < 0.9:
            return f"{year // 100}{date}{tail}"
        return f"{date}{tail}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def street_name(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self) -> str:
        return f"{self.street_name()} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[16:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(
        self,
        lines: bool = False,
        lgh: bool = False,
        rural: bool | None = None,
        country: bool = False,
    ) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.25
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.13):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal(rural=rural, country=country)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        return f"Box {r.randrange(10, 1999)}{chr(10) if lines else ', '}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, low, high = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(low, high + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 20)}, {street}"
        elif roll < 0.38:
            street = f"Unit {r.randrange(1, 30)}, {r.choice(('Riverside', 'Meadow', 'Kingsway', 'Station'))} Business Park"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 400)}".replace(
                "# ", "#"
            )
        zipcode = f"{prefix:03d}{r.randrange(1, 99):02d}"
        if r.random() < 0.1:
            zipcode += f"-{self.digits(4)}"
        return (
            f"{street}\n{town}, {state} {zipcode}"
            if lines
            else f"{street}, {town}, {state} {zipcode}"
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

    def pet(self) -> str:
        """A pet's name (never a value), from a shuffled deck of the language's names."""
        key = "en" if self.lang == "en" else "sv"
        if not self.pets[key]:
            self.pets[key] = list(PETS[key])
            self.rng.shuffle(self.pets[key])
        return self.pets[key].pop()


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def initials(name: str) -> str:
    return "-".join(part[0] + "." for part in name.split("-"))


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, GM the given and middle
    names (a form's `Förnamn:` field), GU the given name in capitals, S/s the surname, SU in
    capitals, I an initial and the surname, II initials of the given and middle names and the
    surname, Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`,
    E an e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (form not in PERSON_FORMS and form.endswith("s")) else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base in ("GM", "GU"):
        words = given + (middle if base == "GM" else [])
        value = (
            " ".join([person.first] + [w for w, _ in middle])
            if base == "GM"
            else person.first.upper()
        )
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
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
        words, value = surname, f"{initials(person.first)} {person.last}"
    elif base == "II":
        words = given + middle + surname
        value = " ".join(
            [initials(person.first)] + [initials(w) for w, _ in middle] + [person.last]
        )
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
    "GM",
    "GU",
    "S",
    "s",
    "SU",
    "I",
    "II",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "ACL": lambda: (draw.sv_address(lines=True, rural=False), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ASE": lambda: (draw.sv_address(country=True), "ADDRESS"),
        "LGH": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.street_name(), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
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
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNROLD": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day}/{month}/27")), None),
        "BORN": lambda: (f"{r.randrange(2012, 2027)}-{month:02d}-{day:02d}", None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{':' if en or r.random() < 0.5 else '.'}{r.choice(('00', '10', '15', '20', '30', '40', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AGE": lambda: (str(r.choice((1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15))), None),
        "KG": lambda: (f"{r.randrange(2, 48)}{'.' if en else ','}{r.randrange(10)}", None),
        "TEMP": lambda: (f"{r.choice((37, 38, 38, 39, 39, 40))}{'.' if en else ','}{r.randrange(10)}", None),
        "AMT": lambda: (f"{r.randrange(350, 48000):,}".replace(",", " ") + " kr", None),
        "AMTS": lambda: (f"{r.randrange(150, 4800)} kr", None),
        "GBP": lambda: (f"£{r.randrange(25, 4200):,}.{r.choice(('00', '50', '99', '20', '75'))}", None),
        "EUR": lambda: (f"{r.randrange(40, 2500)} €", None),
        "USD": lambda: (f"${r.randrange(45, 5200):,}.{r.randrange(100):02d}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 99999)}")), None),
        "JNR": lambda: (r.choice((f"J{r.randrange(100000, 999999)}", f"{r.randrange(2025, 2028)}-{r.randrange(1000, 99999)}", f"PAT-{r.randrange(10000, 99999)}")), None),
        "CHIP": lambda: (r.choice((f"752098100{draw.digits(6)}", f"752 098 100 {draw.digits(3)} {draw.digits(3)}", f"826{draw.digits(12)}", f"9810981{draw.digits(8)}", f"752093{draw.digits(9)}")), None),
        "POL": lambda: (r.choice((f"{r.randrange(10, 99)}-{r.randrange(1000000, 9999999)}", f"P{draw.digits(8)}", f"{draw.digits(4)} {draw.digits(4)} {draw.digits(2)}")), None),
        "CLAIM": lambda: (r.choice((f"S-{r.randrange(2026, 2028)}-{draw.digits(6)}", f"{draw.digits(9)}", f"CLM{draw.digits(7)}")), None),
        "INV": lambda: (f"{r.randrange(100000, 999999)}", None),
        "OCR": lambda: (f"{draw.digits(r.choice((10, 12, 14)))}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "ORG": lambda: (f"{r.choice(('556', '559', '769', '802'))}{draw.digits(3)}-{draw.digits(4)}", None),
        "BANK": lambda: (r.choice((f"clearingnr {r.choice(('8327-9', '6000', '3300', '5000', '9660'))}, konto {draw.digits(3)} {draw.digits(3)} {draw.digits(3)}-{draw.digits(1)}", f"IBAN SE{draw.digits(2)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)} {draw.digits(4)}")), None),
        "BANKUK": lambda: (f"sort code {draw.digits(2)}-{draw.digits(2)}-{draw.digits(2)}, account {draw.digits(8)}", None),
        "VAT": lambda: (f"GB {draw.digits(3)} {draw.digits(4)} {draw.digits(2)}", None),
        "TAT": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{draw.digits(3)}", None),
        "SWISH": lambda: (f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", None),
        "SKK": lambda: (f"{r.choice(('SE', 'S'))}{r.randrange(10000, 69999)}/{r.randrange(2016, 2027)}", None),
        "EAR": lambda: (f"SE{draw.digits(6)}-{draw.digits(5)}", None),
        "PROP": lambda: (f"{r.choice(VILLAGES)} {r.randrange(1, 30)}:{r.randrange(1, 90)}", None),
        "PET": lambda: (draw.pet(), None),
        "BREED": lambda: (r.choice(BREEDS["en" if en else "sv"]["dog"] + BREEDS["en" if en else "sv"]["cat"]), None),
        "DOG": lambda: (r.choice(BREEDS["en" if en else "sv"]["dog"]), None),
        "CATB": lambda: (r.choice(BREEDS["en" if en else "sv"]["cat"]), None),
        "HORSE": lambda: (r.choice(BREEDS["en" if en else "sv"]["horse"]), None),
        "DRUG": lambda: (r.choice(DRUGS), None),
        "CLINIC": lambda: (r.choice(CLINICS["en" if en else "sv"]), None),
        "INS": lambda: (r.choice(INSURERS["en" if en else "sv"]), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "BOXNR": lambda: (str(r.randrange(1, 24)), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    things: dict[tuple[str, str], Segment] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        base = form.rstrip("'")
        if base not in PERSON_FORMS and len(base) > 1 and base.endswith("s"):
            base = base[:-1]
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        else:  # a filler; `#n` gives the same value again, `s`/`'` a genitive after it
            key = (base, ref or "")
            if ref and key in things:
                segment = things[key]
            else:
                segment = filler(base, draw)
                if ref:
                    things[key] = segment
            segments = [segment]
            if form != base:
                segments.append((genitive(segment[0], form.endswith("'")), None))
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """FB's rows: every negative once, then positive rows from shuffled decks of each language's
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


def pnr_forms(value: str) -> str:
    """The form of a personnummer: 12 or 10 digits, with `-`, `+` or nothing."""
    digits = sum(ch.isdigit() for ch in value)
    sep = "+" if "+" in value else "-" if "-" in value else "no separator"
    return f"{digits} digits, {sep}"


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of FB is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    pnr: Counter[str] = Counter()
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
                forms["initial"] += bool(re.search(r"(?:^|\s|-)\w\.(?:\s|$|-)", value))
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
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address street alone"] += not re.search(r"\d", value) or not re.search(
                    r"\d{3} ?\d{2}|[A-Z]{1,2}\d|\d{4,5}", value
                )
                forms["address after c/o"] += (
                    text[max(0, span["start"] - 40) : span["start"]].count("c/o") > 0
                )
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_forms(value)] += 1
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (all {sum(empty.values())})"
    )
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
        missing = sorted({k for mix in MIXES.values() for k in mix} - set(draw.origins))
        print(f"origins of MIXES never drawn: {missing or 'none'}")
        print(
            f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}"
        )


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = []
    keys = ["id", "split", "lang", "text", "spans"]
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows.append(row)
            problems["keys not as heldout-u's"] += list(row) != keys
            problems["duplicate id"] += row["id"] in ids
            ids.add(row["id"])
            problems["split"] += row["split"] != SPLIT
            problems["lang"] += row["lang"] not in SIZES
            text, end = row["text"], 0
            for span in row["spans"]:
                start, stop = span["start"], span["end"]
                problems["empty span"] += stop <= start
                problems["span out of bounds"] += start < 0 or stop > len(text)
                problems["unsorted or overlapping"] += start < end
                end = stop
                value = text[start:stop]
                problems["whitespace at an edge"] += value != value.strip()
                problems["kind"] += span["kind"] not in (
                    "PERSON",
                    "ADDRESS",
                    "PHONE",
                    "EMAIL",
                    "NATIONAL_ID",
                )
                if span["kind"] == "NATIONAL_ID":
                    match = PNR.match(value)
                    if not match:
                        problems["personnummer form"] += 1
                    else:
                        nine, check_digit = (
                            match.group(1) + match.group(2)[:3],
                            int(match.group(2)[3]),
                        )
                        problems["personnummer check digit"] += luhn(nine) != check_digit
    expected = [f"gen-{SPLIT}-{i:04d}" for i in range(1, len(rows) + 1)]
    problems["ids not in order"] += [str(row["id"]) for row in rows] != expected
    sizes = Counter(str(row["lang"]) for row in rows)
    problems["rows per language"] += dict(sizes) != SIZES
    stats(rows, None)
    bad = {k: v for k, v in problems.items() if v}
    print(f"check: {len(rows)} rows, {len(ids)} ids; problems: {bad or 'none'}")
    return sum(bad.values())


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
