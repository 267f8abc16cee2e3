# ruff: noqa: E501
"""Generate held-out BL for personal-data detection (issue 15): names as the population has them,
the forty-third writer.

    python data/pii/generate_bl.py          # writes data/pii/generated-heldout-bl.jsonl
    python data/pii/generate_bl.py --stats  # counts only (sizes, kinds, forms, head/tail, personnummer)

BL's names are drawn by how often people really carry them: every name word comes from
`names_bl.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of seventeen origins common in Sweden), 80% from the
head of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's
population is. The genres are people and their animals seen from everywhere but the vet's desk
(`templates_bl.py`): animal shelters and rehoming (adoption forms, home visits, foster homes),
pet sitters and dog walkers (bookings, app messages, key handovers), breeders and litters
(reservation lists, kennel-club registrations, pedigrees, stud contracts), dog and cat shows,
agility and obedience (catalogues, start lists, results), farms and livestock (animal registers,
county animal-welfare inspections, transport and slaughter notes, farm shops), horse
competitions, farriers and equine dentists, grooming salons, pet-friendly housing and neighbour
complaints, pet cremation and memorial notices, pet food and pharmacy orders, wildlife rescue and
bird ringing, zoo and petting-farm rotas, and owners' chat in lower case. Animals carry names
people also carry (Bella, Max, Molly, Sixten, Ronja, Saga, Ludde, Frank) and registered kennel
names; an animal's name is never a value, its people's names are.

Written by a helper who does not tune the detector and who read neither its rules, lexicons and
tagger (`src/rung/privacy/`) nor any error listing nor any other set's names, templates or rows
(only `generate_aw.py` for the mechanics and the first line of held-out U for its keys). BL was
never run through the detector by its writer, and its names were not checked against rung's
lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_bl import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_bl import ANIMALS, DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270120
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bl.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every form the address register has (the writer's own list).
SV_STREETS = (
    "Drottninggatan", "Kungsgatan", "Storgatan", "Västra Hamngatan", "Sankt Eriksgatan",
    "Lilla Nygatan", "Stallgatan", "Mejerigatan", "Tullgatan", "Slottsgatan", "Brunnsgatan",
    "Trädgårdsgatan", "Östra Förstadsgatan", "Norra Esplanaden", "Järnvägsgatan", "Kyrkogatan",
    "Björkvägen", "Hästhagsvägen", "Ladugårdsvägen", "Travbanevägen", "Gamla Kungsvägen",
    "Lönnvägen", "Rönnbärsvägen", "Skogsbrynsvägen", "Sjöviksvägen", "Kvarnvägen", "Bäckvägen",
    "Solrosvägen", "Idrottsvägen", "Ängsvägen", "Ryttarvägen", "Fäladsvägen", "Hagvägen",
    "Klöversvängen", "Ekorrsvängen", "Blåklintssvängen", "Gärdessvängen", "Råby allé",
    "Kastanjeallén", "Lindallén", "Parkallé", "Almallén", "Stallbacken", "Kvarnbacken",
    "Prästbacken", "Getbacken", "Vallby backe", "Lärkbacken", "Tranbärsstigen", "Trastens stig",
    "Ekbackens stig", "Hundlokestigen", "Nyponstigen", "Stortorget", "Fisktorget", "Höjdtorget",
    "Gamla torget", "Ryttartorget", "Stationsplan", "Brunnsplan", "Gjutarplan", "Kyrkplan",
    "Fårhusgränd", "Klockargränd", "Bryggargränd", "Skomakargränd", "Tunnbindaregränd",
    "Hamnvägen", "Södra Långgatan", "Rådhusgatan", "Fridhemsvägen", "Ringvägen", "Allévägen",
)  # fmt: skip
# Towns and the first three digits of their postcodes; the first 26 are cities and larger towns.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 722, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Gävle", 802, 806), ("Södertälje", 151, 152),
    ("Karlstad", 652, 656), ("Halmstad", 302, 305), ("Växjö", 352, 355), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Kristianstad", 291, 291),
    ("Kalmar", 392, 393), ("Falun", 791, 791), ("Skövde", 541, 541), ("Nyköping", 611, 611),
    ("Vänersborg", 462, 462), ("Lidköping", 531, 531), ("Enköping", 745, 745), ("Alingsås", 441, 441),
    ("Sandviken", 811, 811), ("Ängelholm", 262, 262), ("Falkenberg", 311, 311), ("Motala", 591, 591),
    ("Ystad", 271, 271), ("Hässleholm", 281, 281), ("Köping", 731, 731), ("Katrineholm", 641, 641),
    ("Hudiksvall", 824, 824), ("Härnösand", 871, 871), ("Kiruna", 981, 981), ("Leksand", 793, 793),
    ("Vetlanda", 574, 574), ("Eksjö", 575, 575), ("Höör", 243, 243), ("Sölvesborg", 294, 294),
    ("Flen", 642, 642), ("Arboga", 732, 732), ("Mariestad", 542, 542), ("Arvika", 671, 671),
    ("Söderhamn", 826, 826), ("Lycksele", 921, 921), ("Piteå", 941, 941), ("Gällivare", 982, 982),
    ("Tingsryd", 362, 362), ("Nässjö", 571, 571), ("Laholm", 312, 312), ("Borgholm", 387, 387),
    ("Kinna", 511, 511), ("Tierp", 815, 815), ("Hallsberg", 694, 694), ("Järvsö", 820, 820),
)  # fmt: skip
CITIES = 26
# Farms, crofts and hamlets as rural addresses have them (`Lillgården 4`, `Västra Skogsby 210`).
FARMS = (
    "Lillgården", "Storgården", "Västergården", "Östergården", "Hagalund", "Solberga", "Rosendal",
    "Mossängen", "Björnbo", "Kvarnhult", "Bäckstugan", "Västra Skogsby", "Östra Gärdet", "Ulvsta",
    "Nybyn", "Sörtorp", "Granlid", "Ekeberga", "Lövhult", "Tallbacka", "Hästhagen", "Fårhagen",
    "Karlslund", "Mjölkebo", "Smedstorp", "Kullagården", "Ängstorp", "Norra Ryd", "Stensjö",
)  # fmt: skip
UK_STREETS = (
    "Church Lane", "Station Road", "High Street", "Mill Road", "The Paddock", "Stable Yard",
    "Kennel Lane", "Orchard Way", "Meadow Close", "Victoria Road", "Green Lane", "Bridle Way",
    "Manor Road", "Farm Lane", "Springfield Avenue", "Queen Street", "Park Crescent", "Hawthorn Drive",
)  # fmt: skip
UK_TOWNS = (
    ("Newmarket", "CB8"), ("Malton", "YO17"), ("Lambourn", "RG17"), ("Stroud", "GL5"),
    ("Penrith", "CA11"), ("Taunton", "TA1"), ("Ashford", "TN24"), ("Hereford", "HR1"),
    ("Cardiff", "CF14"), ("Carmarthen", "SA31"), ("Perth", "PH1"), ("Dumfries", "DG1"),
    ("Leeds", "LS6"), ("Bristol", "BS7"), ("London", "SE15"), ("Birmingham", "B13"),
    ("Norwich", "NR2"), ("Exeter", "EX4"), ("York", "YO31"), ("Belfast", "BT9"),
)  # fmt: skip
UK_HOUSES = ("Holly Cottage", "Stable Cottage", "The Old Dairy", "Kennel House", "Lower Farm", "The Barn", "Meadow View", "Fox Cottage")  # fmt: skip
US_STREETS = ("Elm Street", "Oak Avenue", "Ranch Road 4", "Main Street", "Maple Drive", "Cedar Lane", "County Road 9", "Hillside Avenue", "Orchard Road", "Lakeview Drive")  # fmt: skip
US_TOWNS = (("Lexington", "KY", 405), ("Ocala", "FL", 344), ("Austin", "TX", 787), ("Boulder", "CO", 803), ("Madison", "WI", 537), ("Asheville", "NC", 288), ("Burlington", "VT", 54), ("Sacramento", "CA", 958), ("Portland", "OR", 972))  # fmt: skip
# Addresses abroad in their own formats (a shuffled deck: every format before any comes again).
ABROAD = (
    "Lindenstraße {n}, {z5:10115-10999} Berlin", "Am Reitplatz {n}, {z5:48143-48167} Münster",
    "Hauptstr. {n}, {z5:24534-24539} Neumünster", "{n} rue du Moulin, {z5:14000-14999} Caen",
    "{n}, avenue des Tilleuls, {z5:60500-60500} Chantilly", "Koivukuja {n}, {z5:00100-00990} Helsinki",
    "Kauppakatu {n} A {m}, {z5:40100-40700} Jyväskylä", "Storgata {n}, {z4:0155-0190} Oslo",
    "Stallveien {n}, {z4:2380-2390} Brumunddal", "Hestevej {n}, {z4:8600-8600} Silkeborg",
    "Nørregade {n}, {m}. th., {z4:1165-1172} København K", "ul. Konna {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Polna {n}, 62-{z3:100-199} Wągrowiec", "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid",
    "Camino del Prado {n}, {z5:41710-41719} Utrera", "Paardenweg {n}, {z4:3700-3799} {L2} Zeist",
    "Via dei Cavalli {n}, {z5:50121-50145} Firenze", "Bahnhofstrasse {n}, {z4:8001-8099} Zürich",
    "{n} Main Street, Kildare, {L1}{z2:10-99} {L4}", "Atatürk Cad. No: {n}, {z5:34710-34730} Kadıköy/İstanbul",
    "Str. Florilor nr. {n}, {z6:400001-400999} Cluj-Napoca", "Ulica Maršala Tita {n}, {z5:71000-71000} Sarajevo",
    "Avenida Providencia {n}, Providencia, Santiago", "{n} Baker Avenue, Toronto, ON M{z1:4-6}{L1} {z1:1-9}{L1}{z1:1-9}",
)  # fmt: skip
MAIL_SV = ("gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "bredband.net", "spray.se", "me.com")  # fmt: skip
MAIL_EN = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "aol.com", "icloud.com", "sky.com", "comcast.net")  # fmt: skip
# Fictional businesses of the genres, for their mailboxes (info@, bokning@): labelled EMAIL as all mail is.
BIZ = ("tassochtrim.se", "hundhotellet-ekbacken.se", "kennelfjallvinden.se", "stallsolberga.se", "gardsbutiken-lillgarden.se", "kattemin.se", "djurhemmet-norra.se", "hovslageriet.example.se", "willowmere-kennels.co.uk", "pawsandpaddock.co.uk", "example.org", "example.com")  # fmt: skip
ROLE = ("info", "bokning", "kontakt", "adoption", "kansli", "hello", "bookings", "office")


# The second halves Swedish double given names are made of (`Lars-Erik`, `Anna-Karin`).
SECOND_PARTS = {
    "Erik",
    "Göran",
    "Olof",
    "Johan",
    "Åke",
    "Gunnar",
    "Axel",
    "Anders",
    "Ove",
    "Arne",
    "Bertil",
    "Inge",
    "Karin",
    "Marie",
    "Sofie",
    "Lena",
    "Britt",
    "Louise",
    "Maria",
    "Lotta",
    "Charlotte",
    "Christin",
}


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN), or of any Luhn number."""
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
    """Every value of BL from one seeded Random; counts the head/tail split, origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.pnr: Counter[str] = Counter()
        self.animals: Counter[str] = Counter()
        self.lang = "sv"
        self.abroad: list[str] = []

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
        if key in ("swedish", "french") and "-" not in given[0][0] and r.random() < 0.08:
            for _ in range(6):  # Lars-Erik, Anna-Karin, Jean-Pierre: a second part people use
                second = self.pick(pool)
                if second[0] != given[0][0] and (
                    second[0] in SECOND_PARTS or given[0][0] in ("Jean", "Marie", "Anne")
                ):
                    given.append(second)
                    break
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "dutch": 0.2}.get(key, 0.04):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or " " in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.55:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin", "romanian") and r.random() < 0.3:
            given = [(plain(w), p) for w, p in given]  # typed without the letters
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def nickname(self, person: Person, share: float) -> str | None:
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
        given = re.sub(r"[^a-z]", "", plain(person.first).lower())
        surname = re.sub(r"[^a-z]", "", plain(person.last).lower())
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.choice(('', '.'))}{r.randrange(60, 99)}"))  # fmt: skip
        mail = MAIL_EN if self.lang == "en" else MAIL_SV
        return f"{local}@{r.choice(mail)}"

    def biz_email(self) -> str:
        return f"{self.rng.choice(ROLE)}@{self.rng.choice(BIZ)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (12, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (3, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"{m} - {d[:3]} {d[3:5]} {d[5:]}"), (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"+46{m[1:]}{d}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"0046{m[1:]}{d}"), (1, f"+46 {m[1:]}-{d[:3]} {d[3:]}"),
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
                "26",
                "35",
                "36",
                "46",
                "42",
            )
        )
        area3 = r.choice(
            (
                "480",
                "470",
                "520",
                "640",
                "660",
                "910",
                "920",
                "980",
                "278",
                "250",
                "586",
                "418",
                "411",
                "322",
                "511",
                "651",
                "300",
                "141",
                "171",
                "222",
                "247",
                "651",
                "933",
            )
        )
        shapes = (
            (6, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (5, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"08{d[:7]}"), (1, f"+46 8 {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (4, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:3]} {d[3:5]}"), (2, f"0{area3}{d[:6]}"), (1, f"0{area3}/{d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {area3} {d[:3]} {d[3:5]}"), (1, f"+46 (0){area3}-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        """A Swedish number; an English row gets a British or American one most of the time."""
        if self.lang == "en" and self.rng.random() < 0.8:
            return self.phone_home()
        return self.mobile() if self.rng.random() < 0.68 else self.landline()

    def phone_home(self) -> str:
        """A number as written in Britain or the US (Ofcom's and the 555-01 drama ranges)."""
        r = self.rng
        d = self.digits(4)
        shapes = (
            f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}",
            f"01632 960{d[:3]}", f"(01632) 960 {d[:3]}", f"0113 496 0{d[:3]}", f"020 7946 0{d[:3]}",
            f"+44 20 7946 0{d[:3]}", f"0117 496 0{d[:3]}", f"(859) 555-01{d[:2]}", f"352-555-01{d[:2]}",
            f"+1 (512) 555-01{d[:2]}", f"+1 303 555 01{d[:2]}", f"608.555.01{d[:2]}", f"(828) 555 01{d[:2]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}",
            f"+49 171 {d[:7]}", f"0171 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+353 87 {d[:3]} {d[3:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+964 750 {d[:3]} {d[3:7]}",
            f"+252 61 {d[:7]}", f"+291 7 {d[:6]}", f"+93 70 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+66 81 {d[:3]} {d[3:7]}", f"+86 138 {d[:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+40 72{d[:1]} {d[1:4]} {d[4:7]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+44 7700 900{d[:3]}", f"+1 (859) 555-01{d[:2]}", f"00 47 {r.choice('49')}{d[:7]}", f"0045 {d[:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1936, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.42:
            self.pnr["12 digits with hyphen"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.74:
            self.pnr["10 digits with hyphen"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.pnr["12 digits without"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.pnr["10 digits without"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 220))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "-3"))
        return out

    def street(self, numbered: bool = True) -> str:
        street = self.rng.choice(SV_STREETS)
        return f"{street} {self.number()}" if numbered else street

    def town(self, rural: bool = False) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[CITIES:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.8 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def farm(self) -> str:
        return f"{self.rng.choice(FARMS)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, rural: bool | None = None) -> str:
        """A street (or a farm) with its number, a flat or floor now and then, postcode and town."""
        r = self.rng
        if rural is None:
            rural = r.random() < 0.3
        street = self.farm() if rural else self.street()
        roll = r.random()
        if not rural and roll < 0.12:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 15)}{r.randrange(1, 9):02d}"
        elif not rural and roll < 0.17:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and roll < 0.2:
            street += f", {r.choice(('nb', 'uppg. B', 'port 2'))}"
        joint = "\n" if lines else ", "
        if lines:
            self.forms["address on lines"] += 1
        return f"{street}{joint}{self.postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        self.forms["address Box"] += 1
        if r.random() < 0.7:
            return f"Box {r.randrange(2, 999)}, {self.postal(rural=r.random() < 0.5)}"
        return f"Box {r.randrange(2, 999)}\n{self.postal()}"

    def co(self, lines: bool = False) -> list[Segment]:
        """`c/o Name, street`: the name is a PERSON of its own, the address starts at the street."""
        person = self.person(None)
        self.forms["c/o"] += 1
        form = self.rng.choice(("P", "P", "S"))
        joint = "\n" if lines else ", "
        return [
            ("c/o ", None),
            *person_segments(form, person, self),
            (joint, None),
            (self.sv_address(lines=lines, rural=False), "ADDRESS"),
        ]

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.25:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 14)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Ste'))} {r.randrange(2, 40)}"
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def abroad_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.abroad:
            self.abroad = list(ABROAD)
            r.shuffle(self.abroad)
        out = self.abroad.pop().replace("{n}", str(r.randrange(1, 160)), 1)
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = out.replace("{L4}", "".join(r.choice("ACDEFHKNPRTVWXY") for _ in range(4)))
        while "{L1}" in out:
            out = out.replace("{L1}", r.choice("ABCEGHJKLMNPRSTVXY"), 1)
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        self.forms["address abroad"] += 1
        return out.replace(", ", "\n", 1) if lines else out

    def animal(self, kind: str) -> str:
        r = self.rng
        key = kind.lower()
        if key == "pet":
            key = r.choice(("dog", "dog", "cat"))
        if key in ("dog", "cat"):
            key += "_en" if self.lang == "en" else "_sv"
        if key == "ken":
            prefix = r.choice(ANIMALS["kennel"])
            name = r.choice(ANIMALS["dog_sv"] + ANIMALS["registered"])
            self.animals["registered name"] += 1
            return f"{prefix} {name}"
        if key == "kenen":
            prefix = r.choice(ANIMALS["affix"])
            name = r.choice(ANIMALS["dog_en"] + ANIMALS["registered"])
            self.animals["registered name"] += 1
            return f"{prefix} {name}"
        if key == "kennel":
            self.animals["kennel"] += 1
            return r.choice(ANIMALS["kennel"])
        if key == "affix":
            self.animals["kennel"] += 1
            return r.choice(ANIMALS["affix"])
        names = ANIMALS[key]
        weights = [1 / (i + 1) ** 0.6 for i in range(len(names))]
        self.animals[key.split("_")[0]] += 1
        name = r.choices(names, weights=weights)[0]
        return name.lower() if kind.islower() else name


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") and name[-2:] != "ss" else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, UR `SURNAME, GIVEN`, F with the second
    given name, G/g the given name (sometimes its short form), N/n the short form where the name
    has one, S/s the surname, I initials and the surname (`A. Berg`, `J.-P. Martin`), Gi the given
    name and the surname's initial, R `Surname, Given`, E an e-mail address. A trailing `s` asks
    for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form not in PERSON_FORMS)
        else form
    )
    draw.forms[base] += 1
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "UR":
        words, value = given + surname, f"{person.last}, {person.first}".upper()
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.1 if base in ("G", "g") else 0.9)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
    elif base == "I":
        words = surname
        initials = " ".join(
            "-".join(p[0] + "." for p in part.split("-")) for part in person.first.split(" ")
        )
        if middle and draw.rng.random() < 0.4:
            initials += f" {middle[0][0][0]}."
        value = f"{initials} {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    else:
        raise KeyError(form)
    if value[:1].islower() and base not in ("p", "g", "n", "s"):  # a particle first: `van den Berg`
        value = value[0].upper() + value[1:] if draw.rng.random() < 0.3 else value
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
        draw.forms["genitive"] += 1
    return segments


PERSON_FORMS = {"P", "p", "U", "UR", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "E"}
ANIMAL_FORMS = {
    "DOG",
    "dog",
    "CAT",
    "cat",
    "PET",
    "HORSE",
    "horse",
    "HORSEREG",
    "COW",
    "FARMANIMAL",
    "SMALL",
    "KEN",
    "KENEN",
    "KENNEL",
    "AFFIX",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], list[Segment]]] = {
        "A": lambda: [(draw.sv_address(), "ADDRESS")],
        "AL": lambda: [(draw.sv_address(lines=True), "ADDRESS")],
        "AR": lambda: [(draw.sv_address(rural=True), "ADDRESS")],
        "ARL": lambda: [(draw.sv_address(lines=True, rural=True), "ADDRESS")],
        "ST": lambda: [(draw.street(), "ADDRESS")],
        "STN": lambda: [(draw.street(numbered=False), "ADDRESS")],
        "FARM": lambda: [(draw.farm(), "ADDRESS")],
        "a": lambda: [((draw.street(numbered=r.random() < 0.7) if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS")],
        "BOX": lambda: [(draw.box(), "ADDRESS")],
        "CO": lambda: draw.co(),
        "COL": lambda: draw.co(lines=True),
        "AU": lambda: [(draw.uk_address(), "ADDRESS")],
        "AUL": lambda: [(draw.uk_address(lines=True), "ADDRESS")],
        "au": lambda: [(draw.uk_address().lower(), "ADDRESS")],
        "AUS": lambda: [(draw.us_address(), "ADDRESS")],
        "AEN": lambda: [(draw.uk_address() if r.random() < 0.55 else draw.us_address(), "ADDRESS")],
        "AX": lambda: [(draw.abroad_address(), "ADDRESS")],
        "AXL": lambda: [(draw.abroad_address(lines=True), "ADDRESS")],
        "PH": lambda: [(draw.phone(), "PHONE")],
        "PHM": lambda: [(draw.mobile(), "PHONE")],
        "PHL": lambda: [(draw.landline(), "PHONE")],
        "PHX": lambda: [(draw.phone_x(), "PHONE")],
        "PNR": lambda: [(draw.national_id(), "NATIONAL_ID")],
        "EB": lambda: [(draw.biz_email(), "EMAIL")],
        "DATE": lambda: [(r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}")), None)],
        "DATEEN": lambda: [(r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None)],
        "BORN": lambda: [(f"20{r.randrange(12, 27):02d}-{month:02d}-{day:02d}", None)],
        "TIME": lambda: [(f"{r.randrange(6, 20)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None)],
        "NUM": lambda: [(str(r.randrange(2, 60)), None)],
        "AGE": lambda: [(str(r.randrange(1, 16)), None)],
        "KG": lambda: [(f"{r.randrange(2, 48)},{r.randrange(10)}" if not en else f"{r.randrange(2, 48)}.{r.randrange(10)}", None)],
        "AMT": lambda: [(f"{r.randrange(90, 24000):,} kr".replace(",", " "), None)],
        "GBP": lambda: [(f"£{r.randrange(8, 1800)}.{r.choice(('00', '50', '99', '45'))}", None)],
        "USD": lambda: [(f"${r.randrange(15, 2500)}", None)],
        "EUR": lambda: [(f"€{r.randrange(20, 2000)}", None)],
        "REF": lambda: [(r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}")), None)],
        "TOWN": lambda: [(r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None)],
        "DAY": lambda: [(r.choice(DAYS["sv"]), None)],
        "DAYEN": lambda: [(r.choice(DAYS["en"]), None)],
        "CHIP": lambda: [(f"752{r.choice(('098', '093', '094'))}{draw.digits(9)}", None)],
        "REG": lambda: [(f"SE{r.randrange(10000, 99999)}/20{r.randrange(15, 27)}", None)],
        "ORG": lambda: [(org_number(draw), None)],
        "PPN": lambda: [(f"SE-0{draw.digits(5)}", None)],
        "EAR": lambda: [(f"SE {draw.digits(6)}-{draw.digits(4)}-{r.randrange(10)}", None)],
        "RING": lambda: [(f"{r.choice(('Stockholm', 'Riksmuseum Stockholm', 'London NHM'))} {r.choice(('9A', '8C', 'KT', 'DA'))}{draw.digits(5)}", None)],
        "UELN": lambda: [(f"752004{draw.digits(9)}", None)],
        "SWISH": lambda: [(f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", None)],
        "BREED": lambda: [(r.choice(ANIMALS["breed_sv"]), None)],
        "BREEDEN": lambda: [(r.choice(ANIMALS["breed_en"]), None)],
        "CATBREED": lambda: [(r.choice(ANIMALS["catbreed"]), None)],
    }  # fmt: skip
    return values[form]()


def org_number(draw: Draw) -> str:
    """An organisation number (a firm's or an association's, never a date): no value."""
    r = draw.rng
    body = r.choice(("556", "559", "802", "769", "716")) + draw.digits(6)
    return f"{body[:6]}-{body[6:]}{luhn(body)}"


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    animals: dict[tuple[str, str], str] = {}
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
        elif form in ANIMAL_FORMS:
            key = (form, ref or "")
            if not ref or key not in animals:
                animals[key] = draw.animal(form)
            segments = [(animals[key], None)]
        else:
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """BL's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, all in a seeded order; a text already written is drawn again."""
    draw = draw or Draw(seed)
    r = draw.rng
    plan: list[tuple[str, str, bool]] = [(lang, text, True) for lang, text in NEGATIVES]
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
        assert not (negative and spans), "a negative row got a value"
        seen.add(text)
        rows.append({
            "id": f"gen-heldout-bl-{len(rows) + 1:04d}", "split": "heldout-bl", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of BL is printed."""
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
                forms["initial"] += bool(re.search(r"(?:^|\s)\w\.(?:-\w\.)?(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                forms["particle"] += bool(
                    re.search(
                        r"(?i)(?:^|\s)(?:van|von|de|del|af|al|bin|abu|el|le|san|ap)(?:\s|-)", value
                    )
                )
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address without number"] += not re.search(r"\d", value)
                forms["address with postcode"] += bool(re.search(r"\b\d{3} ?\d{2}\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address c/o (street after a PERSON)"] += (
                    text[max(0, span["start"] - 40) : span["start"]].rfind("c/o ") >= 0
                )
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
    drawn = {k: v for k, v in draw.forms.items() if k in PERSON_FORMS}
    print("person slots: " + ", ".join(f"{k} {v}" for k, v in sorted(drawn.items())))
    print(
        f"nicknames {draw.forms['nickname']}, genitives {draw.forms['genitive']}, c/o {draw.forms['c/o']}"
    )
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in draw.pnr.most_common()))
    print(
        "animal names (never values): "
        + ", ".join(f"{k} {v}" for k, v in draw.animals.most_common())
    )
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--seed", type=int, default=SEED, help="a scratch seed, for looking at the slot filler"
    )
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    args = parser.parse_args()
    draw = Draw(args.seed)
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
