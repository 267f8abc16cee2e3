# ruff: noqa: E501
"""Generate held-out cg for personal-data detection: names as the population has them, the
sixty-fourth writer (pets, vets and the people around them).

    python data/pii/generate_cg.py          # writes data/pii/generated-heldout-cg.jsonl
    python data/pii/generate_cg.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_cg.py --check  # checks the written file, prints counts only

cg's names are drawn by how often people really carry them: every name word comes from
`names_cg.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is pets and the people around them (`templates_cg.py`): small-animal and equine
vet clinics, pet insurance, groomers, pet shops' clubs, dog walkers and sitters, kennels and
catteries, shelters and rehoming, breeders, lost-and-found posts; animals' names everywhere, used
as people's names are, and never a value. Written by a helper who does not tune the detector and
read neither its rules, lexicons and tagger nor any error listing nor any other set's names,
templates or rows; cg was never run through the detector by its writer. Stdlib only; one seeded
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

from names_cg import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_cg import (  # noqa: E402
    BREEDS,
    CLINICS,
    COLOURS,
    DAYS,
    DRUGS,
    EN,
    FIRMS,
    HORSES,
    MIXED,
    MONTHS,
    NEGATIVES,
    PETS,
    REGISTERED,
    SV,
    VACCINES,
)

SEED = 20270141
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-cg.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what the address register holds).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Stationsgatan",
    "Nygatan", "Torggatan", "Hantverkaregatan", "Sjögatan", "Bryggaregatan", "Östra Långgatan",
    "Industrivägen", "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lindvägen",
    "Ängsvägen", "Sjövägen", "Granvägen", "Ekvägen", "Åsvägen", "Byvägen", "Kvarnvägen",
    "Gamla Landsvägen", "Norra Vägen", "Älvvägen", "Fäbodvägen", "Prästgårdsvägen", "Mejerivägen",
    "Sågverksvägen", "Hamnvägen", "Skolvägen", "Tingsvägen", "Kopparsvängen", "Ängssvängen",
    "Vallsvängen", "Hagsvängen", "Kastanjeallé", "Hammarby allé", "Lindallén", "Björkallén",
    "Björkbacken", "Kvarnbacken", "Prästbacken", "Eriksbergs backe", "Solbacken", "Lärkstigen",
    "Blåbärsstigen", "Hagtornsstigen", "Ekorrstigen", "Stortorget", "Lilla torget", "Järntorget",
    "Tulpangränd", "Smedgränd", "Hantverkargränd", "Kyrkogränd", "Stationsplan", "Brunnsplan",
    "Mästarplan", "Hamnplan", "Strandvägen", "Sandvägen", "Furuvägen", "Rönnvägen", "Sjöbacken",
)  # fmt: skip
# Towns with the first three digits of their postcodes: cities and the country's small towns.
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Örebro", 702, 705), ("Västerås", 721, 725), ("Umeå", 903, 907), ("Gävle", 802, 806),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Östersund", 831, 832), ("Falun", 791, 791),
    ("Kalmar", 392, 393), ("Luleå", 972, 975), ("Sundsvall", 852, 857), ("Halmstad", 302, 305),
    ("Norrtälje", 761, 761), ("Visby", 621, 621), ("Skellefteå", 931, 931), ("Varberg", 432, 432),
    ("Mora", 792, 792), ("Orsa", 794, 794), ("Rättvik", 795, 795), ("Sunne", 686, 686),
    ("Torsby", 685, 685), ("Ljusdal", 827, 827), ("Bollnäs", 821, 821), ("Sveg", 842, 842),
    ("Strömsund", 833, 833), ("Sollefteå", 881, 881), ("Kramfors", 872, 872), ("Vilhelmina", 912, 912),
    ("Arvidsjaur", 933, 933), ("Älmhult", 343, 343), ("Ljungby", 341, 341), ("Vimmerby", 598, 598),
    ("Hultsfred", 577, 577), ("Tranås", 573, 573), ("Åmål", 662, 662), ("Bengtsfors", 666, 666),
    ("Strömstad", 452, 452), ("Tomelilla", 273, 273), ("Sjöbo", 275, 275), ("Simrishamn", 272, 272),
    ("Ulricehamn", 523, 523), ("Hjo", 544, 544), ("Askersund", 696, 696), ("Sala", 733, 733),
    ("Östhammar", 742, 742), ("Trosa", 619, 619), ("Valdemarsvik", 615, 615), ("Åtvidaberg", 597, 597),
    ("Överkalix", 956, 956), ("Pajala", 984, 984), ("Haparanda", 953, 953), ("Hemse", 623, 623),
)  # fmt: skip
# Farm, croft and village names as rural addresses have them (`Norrgården 3`, `Byn 12`).
FARMS = (
    "Norrgården", "Sörgården", "Östergården", "Västergården", "Mellangården", "Nygården",
    "Backgården", "Lillgården", "Storgården", "Byn", "Övre Byn", "Nedre Byn", "Kvarnbyn",
    "Sörbyn", "Norrbyn", "Hagen", "Skogstorp", "Bergsäng", "Ekudden", "Lugnet", "Kullen",
    "Åkerby", "Lindsberg", "Mossen", "Tjärnäs", "Östansjö", "Västanvik", "Fäbodarna", "Nybygget",
    "Stensbo", "Björkås", "Hällan", "Sjötorp", "Lövnäs", "Granberget", "Ängsbacka",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Back Lane", "The Green",
    "Chapel Row", "Manor Farm Lane", "Main Street", "School Lane", "Orchard Close", "Bridge Street",
    "Market Place", "Victoria Road", "Moor Lane", "Kings Road", "Park Avenue", "Quarry Road",
)  # fmt: skip
UK_TOWNS = (
    ("Hexham", "NE"), ("Kendal", "LA"), ("Ludlow", "SY"), ("Thirsk", "YO"), ("Bakewell", "DE"),
    ("Truro", "TR"), ("Brecon", "LD"), ("Oban", "PA"), ("Keswick", "CA"), ("Norwich", "NR"),
    ("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("London", "SW"), ("Inverness", "IV"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "Ivy Cottage", "The Old Forge", "Hill Farm", "Home Farm", "The Old Rectory", "Manor Farm", "Orchard House")  # fmt: skip
US_STREETS = ("Main Street", "County Road 12", "Oak Street", "Maple Avenue", "Mill Road", "Lake Shore Drive", "Ridge Road", "Farm Road 2", "Pine Street", "Church Street")  # fmt: skip
US_TOWNS = (("Bemidji", "MN", 566), ("Duluth", "MN", 558), ("Eau Claire", "WI", 547), ("Bozeman", "MT", 597), ("Burlington", "VT", 54), ("Fargo", "ND", 581), ("Portland", "ME", 41), ("Boise", "ID", 837))  # fmt: skip
EUROPE = (
    "Dorfstraße {n}, {z5:24103-24999} Kiel", "Lindenweg {n}, {z5:49074-49099} Osnabrück",
    "Am Mühlbach {n}, {z5:83022-83026} Rosenheim", "{n} route de Lyon, {z5:71000-71999} Mâcon",
    "{n} rue des Écoles, {z5:29000-29999} Quimper", "Kirkkotie {n}, {z5:60100-60800} Seinäjoki",
    "Rantatie {n} B {m}, {z5:70100-70900} Kuopio", "Gårdsvegen {n}, {z4:2600-2699} Lillehammer",
    "Fjordgata {n}, {z4:7010-7099} Trondheim", "Bygaden {n}, {z4:4000-4099} Roskilde",
    "Strandvejen {n}, {m}. tv., {z4:2900-2999} Hellerup", "ul. Leśna {n}, 10-{z3:100-999} Olsztyn",
    "ul. Ogrodowa {n}/{m}, 80-{z3:800-899} Gdańsk", "Calle Real {n}, {z5:29600-29699} Marbella",
    "Carrer del Mar {n}, {m}º, 070{z2:01-15} Palma", "Kerkstraat {n}, {z4:1011-1099} {L2} Amsterdam",
    "Dorpsweg {n}, {z4:7411-7429} {L2} Deventer", "Via Roma {n}, {z5:38121-38123} Trento",
    "Hauptplatz {n}, {z4:8010-8099} Graz",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband2.com")  # fmt: skip
WORK = ("example.se", "djurklinik.example.se", "hundtrim.example.se", "example.com", "example.org", "example.co.uk", "vets.example.co.uk")  # fmt: skip


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
    """Every value of cg from one seeded Random; counts the head/tail split and the origins."""

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
        given = plain(person.first).lower().replace("-", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "63", "23", "26"))
        area3 = r.choice(
            (
                "250",
                "280",
                "271",
                "380",
                "470",
                "480",
                "492",
                "495",
                "520",
                "560",
                "570",
                "611",
                "640",
                "651",
                "660",
                "680",
                "695",
                "910",
                "920",
                "921",
                "926",
                "940",
                "950",
                "980",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"010-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"010-{d[:7]}"), (1, f"+46 10 {d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area2}/{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"00358 50 {d[:3]} {d[3:7]}", f"+358 6 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}",
            f"07700 900{d[:3]}", f"01539 {d[:6]}", f"+44 (0)1434 {d[:6]}", f"0044 1865 {d[:6]}",
            f"+49 171 {d[:7]}", f"+49 (0)431 {d[:6]}", f"0049 8031 {d[:6]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+1 (218) 555-0{d[:3]}", f"(406) 555-0{d[:3]}", f"+1 802 555 0{d[:3]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"0031 6{d[:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+43 664 {d[:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+370 6{d[:2]} {d[2:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        """A British number in the groupings people write (Ofcom's drama ranges and others)."""
        r = self.rng
        d = self.digits(6)
        shapes = (
            f"07700 900{d[:3]}", f"07700900{d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900 {d[:3]}",
            f"01632 960{d[:3]}", f"(01632) 960 {d[:3]}", f"020 7946 0{d[:3]}", f"0113 496 0{d[:3]}",
            f"0117 496 0{d[:3]}", f"0161 496 0{d[:3]}", f"01539 {d}", f"01434 {d[:3]} {d[3:]}",
            f"07{r.randrange(400, 999)} {d}", f"+44 1865 {d}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1924, 2008) if r.random() < 0.08 else r.randrange(1938, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}{'+' if year <= 1926 else '-'}{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 14)) + 1, 180))
        if r.random() < 0.12:
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

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def farm(self) -> str:
        return f"{self.rng.choice(FARMS)} {self.rng.randrange(1, 240)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.4
        street = self.farm() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.05:
            street += f", {r.randrange(1, 6)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def care_of(self, lines: bool = False) -> list[Segment]:
        """`c/o Name, street, postcode town`: `c/o` outside, the name its own PERSON."""
        person = self.person(None)
        if self.rng.random() < 0.5:
            name, words = person.last, person.surname
        else:
            name, words = f"{person.first} {person.last}", person.given + person.surname
        self.count(words)
        self.forms["c/o"] += 1
        joint = "\n" if lines else ", "
        return [("c/o ", None), (name, "PERSON"), (joint, None), (self.sv_address(lines=lines, rural=False), "ADDRESS")]

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal(rural=r.random() < 0.5)}"
        if roll < 0.7:
            return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 120)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.25:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
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
    I an initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    E an e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def look_alike(form: str, draw: Draw) -> str:
    """Numbers and words of the genre that are no personal value."""
    r = draw.rng
    d = draw.digits
    values: dict[str, Callable[[], str]] = {
        "CHIP": lambda: r.choice((f"752098{d(9)}", f"752098{d(9)}", f"941000{d(9)}", f"985{d(12)}", f"752 098 {d(3)} {d(3)} {d(3)}", f"250268{d(9)}", f"826{d(12)}")),
        "TATTOO": lambda: f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUVWXYZ') for _ in range(3))}{r.choice(('', ' ', '-'))}{d(3)}",
        "SKK": lambda: r.choice((f"SE{d(5)}/20{r.randrange(12, 27)}", f"S{d(5)}/{r.randrange(2010, 2027)}", f"SE-{d(5)}/{r.randrange(18, 27)}", f"KC {''.join(r.choice('ABCDEFGHJKLMNPRSTW') for _ in range(2))}{d(8)}")),
        "INS": lambda: r.choice((f"{d(8)}-{d(1)}", f"{d(3)}-{d(7)}", f"DF{d(7)}", f"{d(10)}", f"PP{d(8)}", f"{d(4)} {d(4)} {d(2)}")),
        "CLAIM": lambda: r.choice((f"20{r.randrange(25, 28)}-{d(6)}", f"S{d(8)}", f"{d(7)}", f"CL-{d(6)}", f"SK {d(3)} {d(3)}")),
        "PATNR": lambda: r.choice((f"{d(5)}", f"{d(6)}", f"P-{d(5)}", f"{d(4)}-{d(2)}")),
        "ORG": lambda: f"{r.choice(('556', '559', '802', '969', '716', '769'))}{d(3)}-{d(4)}",
        "INV": lambda: r.choice((f"{d(8)}", f"F{d(6)}", f"20{r.randrange(25, 28)}{d(4)}", f"{d(5)}")),
        "OCR": lambda: r.choice((f"{d(14)}", f"{d(4)} {d(4)} {d(4)} {d(2)}", f"{d(10)}", f"{d(18)}")),
        "BG": lambda: f"{d(r.choice((3, 4)))}-{d(4)}",
        "PG": lambda: f"{d(r.choice((2, 3, 5)))} {d(2)} {d(2)}-{d(1)}",
        "ORDER": lambda: r.choice((f"{d(9)}", f"#{d(6)}", f"{d(3)}-{d(7)}-{d(5)}", f"SO{d(7)}")),
        "KR": lambda: r.choice((f"{r.randrange(95, 34000):,} kr".replace(",", " "), f"{r.randrange(95, 34000)}:-", f"{r.randrange(95, 9999)},{r.choice(('00', '50', '25'))} kr", f"SEK {r.randrange(95, 34000):,}".replace(",", " "))),
        "DOSE": lambda: r.choice((f"{r.choice(('0,5', '1', '1,5', '2', '0,25', '3,5'))} ml", f"{r.choice(('12,5', '25', '50', '75', '100', '250', '500'))} mg", f"{r.choice(('1/2', '1', '2', '1/4'))} tablett {r.choice(('x 1', 'x 2', 'morgon och kväll', '1 gång dagligen'))}", f"{r.randrange(1, 30)} mg/kg")),
        "DOSEEN": lambda: r.choice((f"{r.choice(('0.5', '1', '1.5', '2', '0.25'))} ml", f"{r.choice(('12.5', '25', '50', '75', '100', '250'))} mg", f"{r.choice(('1/2', '1', '2'))} tablet {r.choice(('SID', 'BID', 'twice daily', 'once a day'))}", f"{r.randrange(1, 30)} mg/kg")),
        "KG": lambda: f"{r.randrange(2, 45)},{r.randrange(10)} kg" if draw.lang != "en" else f"{r.randrange(2, 45)}.{r.randrange(10)} kg",
        "HKG": lambda: f"{r.randrange(380, 720)} kg",
        "TEMP": lambda: f"{r.randrange(37, 41)},{r.randrange(10)}" if draw.lang != "en" else f"{r.randrange(37, 41)}.{r.randrange(10)}",
        "AGE": lambda: r.choice((f"{r.randrange(1, 17)} år", f"{r.randrange(8, 16)} veckor", f"{r.randrange(2, 11)} mån")),
        "AGEEN": lambda: r.choice((f"{r.randrange(1, 17)} yrs", f"{r.randrange(8, 16)} weeks", f"{r.randrange(2, 11)} months", f"{r.randrange(1, 17)}y")),
        "BREED": lambda: r.choice(BREEDS),
        "HBREED": lambda: r.choice(HORSES),
        "COLOUR": lambda: r.choice(COLOURS),
        "DRUG": lambda: r.choice(DRUGS),
        "VAX": lambda: r.choice(VACCINES),
        "CLINIC": lambda: r.choice(CLINICS).replace("{town}", r.choice(SV_TOWNS)[0]),
        "FIRM": lambda: r.choice(FIRMS),
        "PET": lambda: r.choice(PETS),
        "REG": lambda: r.choice(REGISTERED),
        "ROOM": lambda: r.choice((f"rum {r.randrange(1, 9)}", f"box {r.randrange(1, 24)}", f"bur {r.randrange(1, 30)}", f"stall {r.randrange(1, 16)}")),
        "WEEK": lambda: f"v. {r.randrange(1, 53)}" if draw.lang != "en" else f"week {r.randrange(1, 53)}",
    }  # fmt: skip
    if form.endswith("s") and form[:-1] in values:  # an animal's genitive: `Sixtens`
        word = values[form[:-1]]()
        return word + genitive(word, english=False)
    return values[form]()


CLINIC_MAIL = ("info", "reception", "bokning", "kliniken", "djursjukhuset", "hello", "kontakt", "frontdesk", "kundtjanst", "skador", "claims", "adoption", "bokningar", "hundtrim", "kattpensionat")  # fmt: skip
CLINIC_DOMAIN = ("djurklinik.example.se", "smadjur.example.se", "hastklinik.example.se", "example.se", "example.com", "vets.example.co.uk", "djurforsakring.example.se", "hundpensionat.example.se", "example.org")  # fmt: skip


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "FARM": lambda: (draw.farm(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_uk() if en and r.random() < 0.7 else draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "EM": lambda: (f"{r.choice(CLINIC_MAIL)}@{r.choice(CLINIC_DOMAIN)}", "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{':' if en else '.'}{r.choice(('00', '15', '30', '45', '10', '40'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AMT": lambda: (f"{r.randrange(250, 68000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 2400)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(40, 3000)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "TOWNSV": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNUK": lambda: (r.choice(UK_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
    }  # fmt: skip
    if form in ("CO", "COL"):
        return draw.care_of(lines=form == "COL")
    if form in values:
        return [values[form]()]
    return [(look_alike(form, draw), None)]


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
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """cg's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-cg-{len(rows) + 1:04d}", "split": "heldout-cg", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of cg is printed."""
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
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address after c/o"] += text[max(0, span["start"] - 40) : span["start"]].count("c/o ") > 0
                forms["address Box"] += value.startswith("Box")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
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


def check(path: Path) -> bool:
    """Checks the written file; prints counts only, never a row."""
    problems: Counter[str] = Counter()
    rows = 0
    ids: set[str] = set()
    pnr = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["keys"] += 1
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        text, spans = row["text"], row["spans"]
        end = 0
        for span in spans:
            s, e = span["start"], span["end"]
            if not 0 <= s < e <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            value = text[s:e]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += s < end
            problems["unknown kind"] += span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")
            end = e
            if span["kind"] == "NATIONAL_ID":
                pnr += 1
                digits = re.sub(r"[-+]", "", value)
                ok = re.fullmatch(r"(?:\d{2})?\d{6}[-+]?\d{4}", value) and len(digits) in (10, 12)
                ok = ok and luhn(digits[-10:-1]) == int(digits[-1])
                problems["personnummer check digit"] += not ok
    bad = sum(problems.values())
    print(f"checked {rows} rows, {pnr} personnummer: " + ("all good" if not bad else ", ".join(f"{k} {v}" for k, v in problems.items() if v)))
    return not bad


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED, help="a scratch seed while writing")
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.check:
        sys.exit(0 if check(args.out) else 1)
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
