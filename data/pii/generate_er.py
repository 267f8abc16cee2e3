# ruff: noqa: E501
"""Generate held-out ER for personal-data detection (issue 15): names as the population has them,
a hundred-and-twenty-seventh writer.

    python data/pii/generate_er.py                   # writes data/pii/generated-heldout-er.jsonl
    python data/pii/generate_er.py --stats           # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_er.py --check           # checks the written file, prints counts only
    python data/pii/generate_er.py --seed 7 --out /tmp/er.jsonl   # a scratch seed elsewhere

ER's names are drawn by how often people really carry them: every name word comes from
`names_er.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is pharmacies, prescriptions, pharmacists and online pharmacy orders
(`templates_er.py`): powers of attorney to collect medicines, prescription renewals, order
confirmations and delivery notices of online pharmacies, pharmacists' chats and advice,
dose-dispensing lists, deviation reports, vaccination bookings, veterinary prescriptions, travel
certificates for controlled drugs, staff rotas and job ads, UK and US refills and pick-ups. Written
by a helper who does not tune the detector, who read only `generate_aw.py` (for the mechanics:
the seeded `Draw`, the slot filler, the row format and `--stats`), two write-ups in
docs/privacy.md ("Held-out AW", "Held-out CL"), the first line of `generated-heldout-u.jsonl`
and a listing of `data/pii/`; neither the detector's rules, lexicons and taggers (`src/`,
`lexicons/`), nor its tests, nor any error listing, nor any other set's names, templates or jsonl.
ER was never run through the detector or a scorer by its writer, and its names were not checked
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

from names_er import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_er import (  # noqa: E402
    DAYS,
    DOSES,
    DRUGS,
    EN,
    HOMES,
    MIXED,
    MONTHS,
    NEGATIVES,
    PETS,
    PHARMACIES,
    SV,
    VET_DRUGS,
    VILLAGES,
)

SEED = 20270204
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-er.jsonl"
SPLIT = "heldout-er"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what the address register holds).
SV_STREETS = (
    "Drottninggatan", "Storgatan", "Kyrkogatan", "Västra Hamngatan", "Köpmangatan", "Bangårdsgatan",
    "Nygatan", "Fabriksgatan", "Tegnérgatan", "Södra Förstadsgatan", "Linnégatan", "Sveavägen",
    "Sankt Eriksgatan", "Birger Jarlsgatan", "Olof Palmes gata", "Apotekaregatan", "Brunnsgatan",
    "Hälsovägen", "Vårdcentralsvägen", "Lasarettsvägen", "Sjukhusvägen", "Björkvägen", "Tallvägen",
    "Rönnvägen", "Hasselvägen", "Almvägen", "Lönnvägen", "Syrenvägen", "Vallmovägen", "Klövervägen",
    "Blåklintsvägen", "Idrottsvägen", "Bruksvägen", "Skolvägen", "Gamla vägen", "Kungsvägen",
    "Östra vägen", "Violsvängen", "Snickarsvängen", "Lärksvängen", "Hagalundsallé", "Slottsallén",
    "Parkallén", "Stationsallén", "Kvarnbacken", "Klockarbacken", "Mölna backe", "Skolbacken",
    "Ekbacken", "Blåbärsstigen", "Lingonstigen", "Trastvägen", "Humlestigen", "Vitsippsstigen",
    "Gustav Adolfs torg", "Stortorget", "Järntorget", "Fisktorget", "Nytorget", "Medborgarplatsen",
    "Centrumplan", "Folkets plan", "Kyrkoplan", "Hantverkargränd", "Munkgränd", "Apotekargränd",
    "Tunnbindargränd", "Norra Kajen", "Skeppsbrokajen", "Hamnkajen", "Strandkajen", "Kanalgatan",
    "Ringvägen", "Smedjegatan", "Ågatan", "Esplanaden",
)  # fmt: skip
# Towns with the first three digits of their postcodes (first, last).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Nacka", 131, 132), ("Täby", 183, 187),
    ("Huddinge", 141, 141), ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Östersund", 831, 832), ("Trollhättan", 461, 461),
    ("Kristianstad", 291, 291), ("Kalmar", 392, 393), ("Falun", 791, 791), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451), ("Nyköping", 611, 611),
    ("Visby", 621, 621), ("Motala", 591, 591), ("Lidköping", 531, 531), ("Borlänge", 781, 784),
    ("Piteå", 941, 941), ("Örnsköldsvik", 891, 891), ("Enköping", 745, 745), ("Hudiksvall", 824, 824),
    ("Alingsås", 441, 441), ("Katrineholm", 641, 641), ("Ystad", 271, 271), ("Trelleborg", 231, 231),
    ("Kungsbacka", 434, 434), ("Härnösand", 871, 871), ("Arvika", 671, 671), ("Nässjö", 571, 571),
    ("Värnamo", 331, 331), ("Västervik", 593, 593), ("Mjölby", 595, 595), ("Kiruna", 981, 981),
    ("Gällivare", 982, 982), ("Sollefteå", 881, 881), ("Mora", 792, 792), ("Hässleholm", 281, 281),
)  # fmt: skip
RURAL_FROM = 28  # SV_TOWNS[RURAL_FROM:] are the smaller towns whose country routes end in 9x
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Victoria Road", "London Road", "Park Road",
    "Queens Road", "Green Lane", "Albert Street", "Manor Way", "Chapel Lane", "Westfield Avenue",
    "Beech Grove", "The Crescent", "Mill Road", "Oxford Road", "Kingsway", "Elm Close",
    "Meadow View", "Orchard Drive",
)  # fmt: skip
UK_TOWNS = (
    ("Cardiff", "CF"), ("Reading", "RG"), ("York", "YO"), ("Glasgow", "G"), ("Edinburgh", "EH"),
    ("Belfast", "BT"), ("Brighton", "BN"), ("Nottingham", "NG"), ("Sheffield", "S"), ("Oxford", "OX"),
    ("Exeter", "EX"), ("Leicester", "LE"), ("Coventry", "CV"), ("Plymouth", "PL"), ("Aberdeen", "AB"),
    ("Southampton", "SO"), ("Liverpool", "L"), ("Swansea", "SA"),
)  # fmt: skip
UK_HOUSES = ("Flat 3, Regent House", "Apartment 12, The Maltings", "The Old Surgery", "Holly Cottage", "2 Mill Cottages", "Unit 5, Riverside Court")  # fmt: skip
US_STREETS = ("Oak Street", "Maple Avenue", "Elm Street", "Washington Avenue", "Lake Street", "Cedar Lane", "Park Avenue", "Main Street", "Hillcrest Drive", "Pine Ridge Road", "Sunset Boulevard", "2nd Avenue", "W 38th Street", "N Broadway")  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Chicago", "IL", 606),
    ("Boston", "MA", 21), ("Denver", "CO", 802), ("Portland", "OR", 972), ("Madison", "WI", 537),
    ("Columbus", "OH", 432), ("Phoenix", "AZ", 850), ("Atlanta", "GA", 303), ("Brooklyn", "NY", 112),
    ("Rockford", "IL", 611), ("Lindsborg", "KS", 674), ("Jamestown", "NY", 147),
)  # fmt: skip
EUROPE = (
    "Bahnhofstraße {n}, {z5:10115-14199} Berlin", "Lindenallee {n}a, {z5:50667-51149} Köln",
    "Schillerstraße {n}, {z5:80331-81929} München", "{n}, rue de la République, {z5:69001-69009} Lyon",
    "{n} avenue Victor Hugo, {z5:75001-75020} Paris", "Hämeenkatu {n} B {m}, {z5:33100-33900} Tampere",
    "Mannerheimintie {n} A {m}, 00{z3:100-990} Helsinki", "Kongens gate {n}, {z4:7011-7099} Trondheim",
    "Thorvald Meyers gate {n}, {z4:0550-0559} Oslo", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "Vestergade {n}, {z4:8000-8000} Aarhus C", "ul. Piotrkowska {n} m. {m}, 90-{z3:001-999} Łódź",
    "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk", "Calle Mayor {n}, {m}º B, 280{z2:01-55} Madrid",
    "Carrer de Mallorca {n}, 080{z2:01-42} Barcelona", "Nieuwe Binnenweg {n}, {z4:3014-3015} {L2} Rotterdam",
    "Via Garibaldi {n}, {z5:10121-10156} Torino", "Bahnhofstrasse {n}, {z4:8001-8099} Zürich",
    "Narva mnt {n}-{m}, {z5:10117-10152} Tallinn", "Laisvės al. {n}, {z5:44001-44330} Kaunas",
)  # fmt: skip
MAIL = {
    "sv": ("gmail.com", "hotmail.com", "outlook.com", "telia.com", "icloud.com", "live.se", "yahoo.se", "spray.se", "bredband.net", "hotmail.se"),
    "en": ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "btinternet.com", "aol.com", "protonmail.com"),
}  # fmt: skip
WORK = ("example.se", "apotek.example.se", "farmaci.example.se", "region.example.se", "example.com", "pharmacy.example.co.uk", "example.org")  # fmt: skip
ROLE = (
    "kundservice", "kundtjanst", "recept", "order", "info", "dosapotek", "returer", "ehandel",
    "farmaceut", "apotekschef", "bokning", "lager", "customerservice", "orders", "prescriptions",
    "refills", "pharmacy", "help", "noreply", "support",
)  # fmt: skip
ROLE_DOMAINS = ("apotek.example.se", "example.se", "e-apotek.example.com", "pharmacy.example.co.uk", "example.com", "rx.example.com", "vardcentral.example.se", "dos.example.se")  # fmt: skip
AREA2 = ("11", "13", "16", "18", "19", "21", "23", "26", "31", "33", "35", "36", "40", "42", "44", "46", "54", "60", "63", "90")  # fmt: skip
AREA3 = ("120", "140", "150", "155", "171", "220", "240", "243", "250", "270", "300", "303", "340", "370", "380", "410", "411", "431", "451", "455", "470", "480", "491", "498", "500", "510", "520", "522", "550", "570", "611", "620", "647", "660", "670", "680", "910", "920", "921", "940", "950", "970", "980")  # fmt: skip


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
    """Every value of ER from one seeded Random; counts the head/tail split and the origins."""

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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.04
        ):  # Anna-Karin, Karl-Johan
            second = (
                r.choices(pool.names[:40], weights=pool.weights[:40])[0],
                "head",
            )  # a common name
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
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
                          f"{given[0]}.{surname}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        if r.random() < 0.35:
            return f"{local}@{r.choice(WORK)}"
        return f"{local}@{r.choice(MAIL['en' if self.lang == 'en' else 'sv'])}"

    def role_email(self) -> str:
        r = self.rng
        return f"{r.choice(ROLE)}@{r.choice(ROLE_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (3, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline of a city or a small town."""
        r = self.rng
        d = self.digits(8)
        a2, a3 = r.choice(AREA2), r.choice(AREA3)
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"), (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"),
            (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{a3}{d[:6]}"), (1, f"0{a3}/{d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"(0{a3}) {d[:3]} {d[3:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.6 else self.landline()

    def firm_phone(self) -> str:
        """A firm's or a switchboard's number: customer service, bookings, a region's switchboard."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"0771 {d[:2]} {d[2:4]} {d[4:6]}",
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010 {d[:3]} {d[3:5]} {d[5:7]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"020-{d[:3]} {d[3:6]}", f"0770-{d[:3]} {d[3:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+46 771 {d[:2]} {d[2:4]} {d[4:6]}", self.landline(),
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"040 {d[:3]} {d[3:7]}", f"+358 9 {d[:4]} {d[4:8]}", f"+44 7700 900{d[:3]}", f"+44 20 7946 0{d[:3]}",
            f"0161 496 0{d[:3]}", f"+44 (0)131 496 0{d[:3]}", f"0044 1632 960{d[:3]}", f"+49 30 {d[:8]}",
            f"+49 (0)221 {d[:7]}", f"0049 151 {d[:8]}", f"030 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+1 (612) 555-0{d[:3]}", f"(206) 555-0{d[:3]}",
            f"+1 312 555 0{d[:3]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}", f"+39 34{d[:1]} {d[1:4]} {d[4:8]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+90 53{d[:1]} {d[1:4]} {d[4:6]} {d[6:8]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+963 94{d[:1]} {d[1:4]} {d[4:7]}", f"+252 61 {d[:7]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+66 81 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+354 {d[:3]} {d[3:7]}", f"+291 7 {d[:6]}", f"+56 9 {d[:4]} {d[4:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        return r.choice((
            f"07700 900{d[:3]}", f"07700900{d[:3]}", f"+44 7700 900{d[:3]}", f"020 7946 0{d[:3]}",
            f"0113 496 0{d[:3]}", f"0117 496 0{d[:3]}", f"0161 496 0{d[:3]}", f"(0131) 496 0{d[:3]}",
            f"029 2018 0{d[:3]}", f"01632 960{d[:3]}", f"+44 (0)1632 960{d[:3]}", f"028 9018 0{d[:3]}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(
            (
                "612",
                "206",
                "512",
                "312",
                "617",
                "303",
                "503",
                "608",
                "614",
                "602",
                "404",
                "718",
                "815",
            )
        )
        return r.choice((
            f"({area}) 555-0{d}", f"{area}-555-0{d}", f"{area}.555.0{d}", f"+1 {area} 555 0{d}",
            f"1-{area}-555-0{d}", f"+1 ({area}) 555-0{d}", f"{area} 555 0{d}",
        ))  # fmt: skip

    def national_id(self) -> str:
        """A personnummer with a valid check digit; `+` for the ten digits of someone past a hundred."""
        r = self.rng
        year = r.randrange(1918, 1927) if r.random() < 0.08 else r.randrange(1930, 2011)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        sep = "+" if year < 1927 else "-"
        roll = r.random()
        if (
            sep == "+" and roll < 0.7
        ):  # past a hundred: ten digits and `+`, as the register writes it
            return f"{date}+{serial}{check}"
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}{sep}{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}" if sep == "-" else f"{date}+{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.13:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
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

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.25
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.13):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", {r.choice(('uppg. B', 'uppg. 2', 'bv', 'vån 3'))}"
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def street_town(self) -> str:
        """A street and its town without a postcode (`Storgatan 5, Mora`), as people write it."""
        return f"{self.sv_street()}, {self.town()[0]}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        if roll < 0.85:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        return f"Svarspost {r.randrange(100000, 999999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 30)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 220)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.36:
            street = f"{r.randrange(1, 90)}{r.choice('abc')} {r.choice(UK_STREETS)}"
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
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, M with a middle
    initial (`Mary K. Johnson`), G/g the given name (sometimes its short form), N/n the short form
    where the name has one, S/s the surname, SU the surname and GU the given name in capitals,
    I an initial (or two) and the surname, Gi the given name and the surname's initial,
    R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a
    Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form not in PERSON_FORMS)
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
    elif base == "M":
        words = given + surname
        value = (
            f"{person.first} {middle[0][0][0]}. {person.last}"
            if middle
            else f"{person.first} {person.last}"
        )
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
        initials = "-".join(p[0] + "." for p in person.first.split("-"))
        if middle and draw.rng.random() < 0.3:
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
    "M",
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
        "AK": lambda: (draw.sv_address(rural=False).upper(), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.street_name(), "ADDRESS"),
        "STT": lambda: (draw.street_town(), "ADDRESS"),
        "stn": lambda: (draw.street_name().lower(), "ADDRESS"),
        "STNEN": lambda: (r.choice(UK_STREETS + US_STREETS[:10]), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village(), draw.street_name())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHU": lambda: (draw.phone_uk(), "PHONE"),
        "PHA": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "EM": lambda: (draw.role_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(7, 21)}{':' if en or r.random() < 0.4 else '.'}{r.choice(('00', '05', '15', '30', '40', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (r.choice((f"{r.randrange(20, 2900)} kr", f"{r.randrange(20, 900)},{r.choice(('00', '50', '90', '95'))} kr", f"{r.randrange(1, 3)} {r.randrange(100, 999)} kr")), None),
        "GBP": lambda: (r.choice((f"£{r.randrange(2, 90)}.{r.randrange(100):02d}", "£9.90")), None),
        "USD": lambda: (f"${r.randrange(3, 400)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"{r.randrange(5, 200)},{r.randrange(100):02d} €", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"AV-{r.randrange(2026, 2028)}-{r.randrange(100, 9999):04d}", f"#{r.randrange(10000, 99999)}", f"ÄR{r.randrange(100000, 999999)}")), None),
        "ORD": lambda: (r.choice((f"{r.randrange(10**7, 10**8)}", f"AH-{r.randrange(10**6, 10**7)}", f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"W{r.randrange(10**8, 10**9)}")), None),
        "RX": lambda: (r.choice((f"{r.randrange(10**6, 10**7)}", f"RX-{r.randrange(100000, 999999)}", f"{r.randrange(10**6, 10**7)}-{r.randrange(10, 99)}")), None),
        "VNR": lambda: (f"{r.randrange(10**5, 10**6)}", None),
        "DRUG": lambda: (r.choice(DRUGS["sv"]), None),
        "DRUGEN": lambda: (r.choice(DRUGS["en"]), None),
        "VETDRUG": lambda: (r.choice(VET_DRUGS), None),
        "DOSE": lambda: (r.choice(DOSES["sv"]), None),
        "DOSEEN": lambda: (r.choice(DOSES["en"]), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0] if r.random() < 0.6 else r.choice(US_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "PET": lambda: (r.choice(PETS), None),
        "HOME": lambda: (r.choice(HOMES), None),
        "PHARM": lambda: (r.choice(PHARMACIES["sv"]), None),
        "PHARMEN": lambda: (r.choice(PHARMACIES["en"]), None),
        "KOLLI": lambda: (r.choice((f"{r.randrange(10**11, 10**12)}SE", f"00373{r.randrange(10**12, 10**13)}", f"IB{r.randrange(10**8, 10**9)}", f"BB-{r.randrange(10**6, 10**7)}")), None),
        "OCR": lambda: (f"{r.randrange(10**9, 10**10)}{r.randrange(10)}", None),
        "ORGNR": lambda: (f"55{r.randrange(6000, 9999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "CARD": lambda: (f"**** {r.randrange(1000, 9999)}", None),
        "LOT": lambda: (f"{r.choice('ABKLMNT')}{r.choice('ABCDEFGH')}{r.randrange(1000, 99999)}", None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
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
    """ER's rows: every negative once, then positive rows from shuffled decks of each language's
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


def pnr_valid(value: str) -> bool:
    digits = re.sub(r"[-+]", "", value)
    if not digits.isdigit() or len(digits) not in (10, 12):
        return False
    ten = digits[-10:]
    return luhn(ten[:9]) == int(ten[9])


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of ER is printed."""
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
                forms["lower-case given name alone"] += value.islower() and " " not in value
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
                forms["address upper case"] += value.isupper()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address c/o before"] += (
                    text[max(0, span["start"] - 40) : span["start"]].rfind("c/o") >= 0
                )
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with - or +"] += "-" in value or "+" in value
                forms["personnummer with +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only (never a row). Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    kinds: Counter[str] = Counter()
    rows = 0
    raw = path.read_bytes()
    for line in raw.decode("utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["row keys"] += 1
        if row["id"] in ids:
            problems["id repeated"] += 1
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, last = row["text"], 0
        for span in row["spans"]:
            start, end, kind = span["start"], span["end"], span["kind"]
            kinds[kind] += 1
            problems["kind unknown"] += kind not in KINDS
            if not 0 <= start < end <= len(text):
                problems["span empty or out of bounds"] += 1
                continue
            value = text[start:end]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < last
            last = end
            if kind == "NATIONAL_ID":
                problems["personnummer check digit"] += not pnr_valid(value)
    print(f"{path.name}: {rows} rows, {len(ids)} ids, sha256 {hashlib.sha256(raw).hexdigest()}")
    print("spans: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
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
