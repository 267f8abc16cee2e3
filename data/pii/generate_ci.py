# ruff: noqa: E501
"""Generate held-out ci for personal-data detection: names as the population has them, a
sixty-sixth writer (associations, schools and clubs).

    python data/pii/generate_ci.py            # writes data/pii/generated-heldout-ci.jsonl
    python data/pii/generate_ci.py --stats    # counts only, writes nothing
    python data/pii/generate_ci.py --check    # checks the written file, counts only
    python data/pii/generate_ci.py --seed 7 --out /tmp/x.jsonl   # a scratch seed

ci's names are drawn by how often people really carry them (`names_ci.py`: SCB's ranks for
Sweden, the US Census 1990 per cents, the ONS rankings for the UK, the commonest names of the
origins common in Sweden), 80% from the head of a list and 20% from its tail, mixed by the
language of the row. The genre is associations, schools and clubs (`templates_ci.py`): sports
clubs, schools and preschools, choirs, orchestras and scouts, churches, unions and tenant
associations, study circles, volunteer groups and charities. Written by a helper who does not
tune the detector and read none of its rules, lexicons or error listings, nor any other set's
names and templates; ci was never run through the detector by its writer. Stdlib only; one
seeded Random: same seed, same bytes. (The mechanics follow `generate_aw.py`.)
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

from names_ci import (  # noqa: E402
    HEAD_SHARE,
    MIXES,
    NICKNAMES,
    ORIGINS,
    SV_HYPHEN_F,
    SV_HYPHEN_M,
    Pool,
    feminine,
    plain,
)
from templates_ci import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV, WORDS  # noqa: E402

SEED = 20270143
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ci.jsonl"
SPLIT = "heldout-ci"

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
WORK = ("example.se", "skola.example.se", "forening.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip


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
    """Every value of ci from one seeded Random; counts the head/tail split and the origins."""

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

    def person(self, woman: bool | None, family: Person | None = None) -> Person:
        """A person of a language's mix; with `family`, of the same origin and surname."""
        r = self.rng
        if family is not None:
            key = family.origin
        else:
            mix = MIXES[self.lang]
            key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        if key == "swedish" and r.random() < 0.05:  # Ann-Christin, Karl-Johan
            given = [self.pick(SV_HYPHEN_F if woman else SV_HYPHEN_M)]
        else:
            given = [self.pick(pool)]
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
        if family is not None:  # a child next to a parent: the family's surname
            surname, joint = list(family.surname), family.joint
            if key == "polish":
                surname = [(feminine(w) if woman else w.replace("ska", "ski").replace("cka", "cki"), p) for w, p in surname]
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
        given = plain(person.first).lower().replace("-", "").replace("'", "")
        surname = plain(person.surname[-1][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
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

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1938, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def orgnr(self) -> str:
        """An association's organisation number (802...): ten digits with a valid check digit, no value."""
        body = "802" + self.digits(6)
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

    def org_mail(self, english: bool = False) -> str:
        r = self.rng
        role = r.choice(("kassor", "kansli", "info", "ordforande", "ungdom", "expedition", "rektor", "styrelsen", "medlem"))
        if english:
            role = r.choice(("treasurer", "secretary", "info", "welfare", "office", "bookings"))
            return f"{role}@{r.choice(('riversidejuniors.org.uk', 'example.org.uk', 'stmarys-choir.example.org', 'example.com'))}"
        return f"{role}@{r.choice(WORDS['DOMAIN'] + ('forening.example.se', 'skola.example.se'))}"

    def child_id(self) -> str:
        """A child's personnummer (born 2009 to 2020), 10 or 12 digits."""
        r = self.rng
        year = r.randrange(2009, 2021)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.5:
            return f"{year}{date[2:]}-{serial}{check}"
        if roll < 0.85:
            return f"{date}-{serial}{check}"
        return f"{year}{date[2:]}{serial}{check}"

    def old_id(self) -> str:
        """A personnummer of one past a hundred, with `+`."""
        r = self.rng
        date = f"{r.randrange(20, 27):02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        return f"{date}+{serial}{luhn(date + serial)}"

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
        short = draw.nickname(person, 0.12 if base in ("G", "g") else 0.85)
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

SLOT = re.compile(r"\{([A-Za-z][A-Za-z0-9]*'?)(?:#(\d))?(?:@(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    if form in WORDS or form.rstrip("2") in WORDS:  # `CLUB2`: a second team of the same list
        return r.choice(WORDS[form if form in WORDS else form.rstrip("2")]), None
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(rural=r.random() < 0.15), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True, rural=r.random() < 0.15), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: ((draw.uk_address() if r.random() < 0.85 else draw.eu_address()), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x() if r.random() < 0.75 else draw.phone(), "PHONE"),
        "PNR": lambda: (draw.national_id() if r.random() < 0.95 else draw.old_id(), "NATIONAL_ID"),
        "PNRK": lambda: (draw.child_id(), "NATIONAL_ID"),
        "EORG": lambda: (draw.org_mail(), "EMAIL"),
        "EORGEN": lambda: (draw.org_mail(english=True), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "BDATE": lambda: (r.choice((f"{r.randrange(1930, 2021)}-{month:02d}-{day:02d}", f"{day} {MONTHS['sv'][month - 1]} {r.randrange(1930, 2021)}")), None),
        "BDATEEN": lambda: (f"{day:02d}/{month:02d}/{r.randrange(1935, 2020)}", None),
        "TIME": lambda: (f"{r.randrange(6, 21)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "NUM": lambda: (str(r.randrange(12, 900)), None),
        "AMT": lambda: (f"{r.randrange(100, 12000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(5, 400)}{r.choice(('', '.00', '.50'))}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{r.randrange(100000, 999999)}", f"#{r.randrange(10000, 99999)}", f"2027/{r.randrange(100, 999)}")), None),
        "MEDL": lambda: (r.choice((f"{r.randrange(100, 9999)}", f"M-{r.randrange(1000, 99999)}", f"{r.randrange(10, 99)}-{r.randrange(100, 999)}")), None),
        "LIC": lambda: (r.choice((f"{r.randrange(100000, 9999999)}", f"SE-{r.randrange(10000, 99999)}", f"D{r.randrange(1000, 9999)}")), None),
        "SHIRT": lambda: (str(r.randrange(1, 40)), None),
        "MIN": lambda: (str(r.randrange(2, 90)), None),
        "SCORE": lambda: (f"{r.randrange(0, 7)}{r.choice(('–', '-'))}{r.randrange(0, 5)}", None),
        "CLASS": lambda: (f"{r.randrange(1, 10)}{r.choice('ABCDE')}", None),
        "ROOM": lambda: (r.choice((f"B{r.randrange(101, 320)}", f"{r.randrange(101, 420)}", f"sal {r.randrange(1, 40)}")), None),
        "WEEK": lambda: (str(r.randrange(2, 51)), None),
        "YEAR": lambda: (str(r.randrange(2010, 2021)), None),
        "YEAR2": lambda: ("2027", None),
        "YEAR3": lambda: (str(r.randrange(1996, 2010)), None),
        "YR": lambda: (str(r.randrange(1, 11)), None),
        "AGE": lambda: (str(r.randrange(8, 18)), None),
        "PLAN": lambda: (str(r.randrange(1, 9)), None),
        "HOURS": lambda: (str(r.randrange(8, 60)), None),
        "LGH": lambda: (f"{r.randrange(10, 16)}{r.randrange(1, 8):02d}", None),
        "AVDN": lambda: (str(r.randrange(1, 60)), None),
        "ORGNR": lambda: (draw.orgnr(), None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}")), None),
        "PG": lambda: (f"{r.randrange(10, 99)} {r.randrange(10, 99)} {r.randrange(10, 99)}-{r.randrange(10)}", None),
        "SWISH": lambda: (r.choice((f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", f"123{r.randrange(1000000, 9999999)}", f"123-{r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}")), None),
        "OCR": lambda: (draw.digits(r.randrange(8, 17)).lstrip("0") or "7", None),
        "SORT": lambda: (f"{r.randrange(10, 99)}-{r.randrange(10, 99)}-{r.randrange(10, 99)}", None),
        "CHARNO": lambda: (str(r.randrange(1000000, 1199999)), None),
        "RES": lambda: (r.choice((f"{r.randrange(8, 60)},{r.randrange(10, 99)}", f"{r.randrange(1, 5)}.{r.randrange(10, 59)},{r.randrange(10, 99)}", f"{r.randrange(3, 7)},{r.randrange(10, 99)} m")), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "TIME2": lambda: (f"{r.randrange(6, 21)}{':' if en else '.'}{r.choice(('00', '30'))}", None),
        "SCORE2": lambda: (f"{r.randrange(0, 4)}–{r.randrange(0, 4)}", None),
        "AMT2": lambda: (f"{r.randrange(5, 30) * 10} kr", None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, kin, gender = match.group(1), match.group(2), match.group(3), match.group(4)
        base = form.rstrip("'")
        base = (
            base[:-1] if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS else base
        )
        if base in PERSON_FORMS:
            woman = {"f": True, "m": False}.get(gender or "")
            if ref and ref in people:
                person = people[ref]
            else:
                family = None
                if kin:  # of the family of person `kin`: drawn first when not yet named
                    if kin not in people:
                        people[kin] = draw.person(None)
                    family = people[kin]
                person = draw.person(woman, family)
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        elif base in ("CO", "COL"):  # `c/o` outside, the name after it a PERSON, the address from the street
            host = draw.person(None)
            joint = "\n" if base == "COL" else ", "
            segments = [("c/o ", None), *person_segments(draw.rng.choice(("S", "P")), host, draw), (joint, None),
                        (draw.sv_address(lines=base == "COL", rural=draw.rng.random() < 0.2), "ADDRESS")]  # fmt: skip
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """ci's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of ci is printed."""
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
                forms["address c/o"] += "c/o" in value
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




def valid_id(value: str) -> bool:
    digits = re.sub(r"[-+]", "", value)
    if len(digits) == 12:
        digits = digits[2:]
    return len(digits) == 10 and digits.isdigit() and luhn(digits[:9]) == int(digits[9])


def check(path: Path) -> bool:
    """Checks the written file; prints counts only, no row."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = 0
    for row in rows:
        text, spans = row["text"], row["spans"]
        problems["keys"] += list(row) != ["id", "split", "lang", "text", "spans"]
        end = 0
        for span in spans:
            s, e = span["start"], span["end"]
            problems["kind"] += span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")
            problems["empty"] += e <= s
            problems["out of bounds"] += s < 0 or e > len(text)
            value = text[s:e]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += s < end
            end = max(end, e)
            if span["kind"] == "NATIONAL_ID":
                ids += 1
                problems["personnummer check digit"] += not valid_id(value)
    print(f"rows {len(rows)}, spans {sum(len(r['spans']) for r in rows)}, personnummer {ids}")
    print("problems: " + ", ".join(f"{k} {v}" for k, v in problems.items()))
    return not sum(problems.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED, help="a scratch seed; the set is written with the default")
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
