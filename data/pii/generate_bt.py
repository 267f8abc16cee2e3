# ruff: noqa: E501
"""Generate held-out bt for personal-data detection: names as the population has them, the
fifty-first writer (animals and their people, from other sides).

    python data/pii/generate_bt.py           # writes data/pii/generated-heldout-bt.jsonl
    python data/pii/generate_bt.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_bt.py --check   # checks the written file, prints counts only
    python data/pii/generate_bt.py --seed 7  # a scratch seed (writes nothing unless --out)

bt's names are drawn by how often people really carry them: every name word comes from
`names_bt.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, the commonest names of the origins common in Sweden), 80% from the head of
a list and 20% from its tail, mixed by the language of the row. The genre (`templates_bt.py`) is
animals and the people around them: veterinary clinics, insurers, shelters, breeders, walkers
and sitters, riding schools and stables, shows and competitions, lost and found, pet passports,
farm animals, owners' chat groups. An animal's name is never a person's, and is not marked.
Written by a helper who does not tune the detector and read none of its rules, lexicons,
tests or error listings, nor any other set's names, templates or rows. Stdlib only; one seeded
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

from names_bt import (  # noqa: E402
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
from templates_bt import (  # noqa: E402  # noqa: E402
    BREEDS_EN,
    BREEDS_SV,
    CAT_BREEDS,
    CLINICS_EN,
    CLINICS_SV,
    DAYS,
    EN,
    HORSE_BREEDS,
    HORSES,
    INSURERS,
    KENNELS,
    MIXED,
    MONTHS,
    NEGATIVES,
    PETS,
    STABLES,
    SV,
)

SEED = 20270128
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bt.jsonl"
SPLIT = "heldout-bt"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Nygatan", "Västra Vägen", "Södra Långgatan", "Hantverkargatan", "Trädgårdsgatan",
    "Industrigatan", "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lindvägen",
    "Ängsvägen", "Sjövägen", "Granvägen", "Ekvägen", "Åsvägen", "Villavägen", "Kvarnvägen",
    "Gamla Vägen", "Stallvägen", "Ridvägen", "Hagvägen", "Fältvägen", "Mejerivägen",
    "Hästhagsvägen", "Djurgårdsvägen", "Klövervägen", "Prästgårdsvägen", "Tingsvägen",
    "Bergsvängen", "Lärksvängen", "Kastanjeallén", "Parkallén", "Björkallé", "Solbacken",
    "Kvarnbacken", "Slottsbacken", "Rävstigen", "Vitsippsstigen", "Blåbärsstigen", "Transtigen",
    "Stortorget", "Lilla Torget", "Fisktorget", "Smedjegränd", "Hökgränd", "Brunnsgränd",
    "Stationsplan", "Skeppsbron", "Strandvägen", "Norra Strandgatan", "Sandvägen", "Rönnvägen",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 112, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 587), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 605), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Karlstad", 652, 656),
    ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Sundsvall", 852, 857), ("Luleå", 972, 975),
    ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Falun", 791, 791), ("Kalmar", 392, 393),
    ("Strömsholm", 734, 734), ("Sala", 733, 733), ("Enköping", 745, 745), ("Norrtälje", 761, 761),
    ("Nyköping", 611, 611), ("Vimmerby", 598, 598), ("Höör", 243, 243), ("Sjöbo", 275, 275),
    ("Ystad", 271, 271), ("Falkenberg", 311, 311), ("Laholm", 312, 312), ("Lidköping", 531, 531),
    ("Mariestad", 542, 542), ("Alingsås", 441, 441), ("Kungsbacka", 434, 434), ("Tranås", 573, 573),
    ("Eksjö", 575, 575), ("Ljungby", 341, 341), ("Arvika", 671, 671), ("Sunne", 686, 686),
    ("Hudiksvall", 824, 824), ("Bollnäs", 821, 821), ("Mora", 792, 792), ("Rättvik", 795, 795),
    ("Östersund", 831, 831), ("Krokom", 835, 835), ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 891),
    ("Lycksele", 921, 921), ("Boden", 961, 961), ("Kiruna", 981, 981), ("Visby", 621, 621),
)  # fmt: skip
FARMS = (
    "Björkhaga", "Lugnet", "Ekbacken", "Norrgården", "Sörgården", "Västergården", "Östergården",
    "Nybygget", "Hästhagen", "Stora Ängen", "Lillängen", "Tallbacken", "Kullen", "Mossen",
    "Skogslund", "Solvik", "Äppelgården", "Lindnäs", "Bäckadalen", "Kvarnbyn", "Övre Byn",
    "Nedre Gården", "Hagalund", "Rosendal", "Stensäter", "Ängsbo", "Granlunda", "Backa",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Back Lane", "The Green",
    "Stable Yard", "Manor Farm Lane", "Main Street", "School Lane", "Orchard Close",
    "Bridge Street", "Market Place", "Victoria Road", "Moor Lane", "Paddock Way", "Kennel Lane",
)  # fmt: skip
UK_TOWNS = (
    ("Newmarket", "CB8"), ("Lambourn", "RG17"), ("Hexham", "NE46"), ("Kendal", "LA9"),
    ("Ludlow", "SY8"), ("Thirsk", "YO7"), ("Bakewell", "DE45"), ("Truro", "TR1"),
    ("Brecon", "LD3"), ("Oban", "PA34"), ("Norwich", "NR2"), ("Leeds", "LS6"), ("Bristol", "BS7"),
    ("Harrogate", "HG1"), ("Stow-on-the-Wold", "GL54"), ("Inverness", "IV2"), ("Dorking", "RH4"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Forge", "Hill Farm", "Home Farm", "The Stables", "Kennel Cottage", "Orchard House", "Meadow View")  # fmt: skip
US_STREETS = ("Main Street", "County Road 12", "Oak Street", "Maple Avenue", "Mill Road", "Ridge Road", "Stable Lane", "Pine Street")  # fmt: skip
US_TOWNS = (("Lexington", "KY", 405), ("Ocala", "FL", 344), ("Bozeman", "MT", 597), ("Burlington", "VT", 54), ("Fargo", "ND", 581), ("Duluth", "MN", 558))  # fmt: skip
ABROAD = {
    "NO": ("Gårdsvegen {n}, {z4:2600-2699} Lillehammer", "Fjordgata {n}, {z4:7010-7099} Trondheim", "Hovsvegen {n}, {z4:2390-2391} Moelv", "Storgata {n}, {z4:3510-3515} Hønefoss"),
    "DK": ("Bygaden {n}, {z4:4000-4099} Roskilde", "Strandvejen {n}, {m}. tv., {z4:2900-2999} Hellerup", "Skovvej {n}, {z4:8600-8619} Silkeborg", "Møllevej {n}, {z4:6000-6099} Kolding"),
    "FI": ("Kirkkotie {n}, {z5:60100-60800} Seinäjoki", "Rantatie {n} B {m}, {z5:70100-70900} Kuopio", "Metsätie {n}, {z5:21600-21660} Parainen", "Strandvägen {n}, {z5:65100-65380} Vasa"),
    "DE": ("Dorfstraße {n}, {z5:24103-24999} Kiel", "Am Mühlbach {n}, {z5:83022-83026} Rosenheim", "Lindenweg {n}, {z5:49074-49099} Osnabrück", "Hauptstraße {n}a, {z5:29320-29328} Hermannsburg"),
    "PL": ("ul. Leśna {n}, 10-{z3:100-999} Olsztyn", "ul. Ogrodowa {n}/{m}, 80-{z3:800-899} Gdańsk", "ul. Polna {n}, 62-{z3:100-199} Wągrowiec"),
    "ES": ("Calle Real {n}, {z5:29600-29699} Marbella", "Carrer del Mar {n}, {m}º, 070{z2:01-15} Palma", "Camino de los Olivos {n}, 037{z2:20-40} Jávea"),
}  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband2.com", "hotmail.co.uk", "btinternet.com", "yahoo.com")  # fmt: skip
WORK = ("example.se", "djurklinik.example.se", "kennel.example.se", "stall.example.se", "example.com", "vets.example.co.uk", "example.org")  # fmt: skip
ORG_MAIL = ("info", "bokning", "reception", "kontakt", "skador", "journal", "office", "bookings", "claims", "hello", "stallet", "kennel")  # fmt: skip
ORG_DOMAINS = ("djurkliniken-norr.se", "stallbjorkhaga.se", "hundpensionatet.se", "djursjukhuset.example.se", "kattfinder.example.org", "ridskolan.example.se", "kennelsolglantan.se", "hillfarmvets.example.co.uk", "rescue.example.org", "agria.example.se")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN), or an org number's nine."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


@dataclass
class Person:
    woman: bool
    origin: str
    given: list[Word]
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
    """Every value of bt from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.decks: dict[str, list[str]] = {}

    def deck(self, name: str, items: tuple[str, ...]) -> str:
        """The next of `items` from a shuffled deck: every item before any comes again."""
        if not self.decks.get(name):
            self.decks[name] = list(items)
            self.rng.shuffle(self.decks[name])
        return self.decks[name].pop()

    def pick(self, pool: Pool) -> Word:
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
        if key == "swedish" and r.random() < 0.045:  # Ann-Christin, Karl-Johan
            given = [self.pick(SV_HYPHEN_F if woman else SV_HYPHEN_M)]
        else:
            given = [self.pick(pool)]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "nordic": 0.3, "german": 0.2}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in given[0][0]:
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
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def org_email(self) -> str:
        return f"{self.rng.choice(ORG_MAIL)}@{self.rng.choice(ORG_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "54", "90", "63", "35", "26", "46", "42"))
        area3 = r.choice(("220", "224", "250", "271", "280", "322", "346", "380", "415", "470", "492", "495", "500", "510", "520", "570", "611", "651", "660", "680", "690", "910", "920", "950"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"),
            (5, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self, country: str | None = None) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = {
            "NO": (f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"{r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 61 {d[:2]} {d[2:4]} {d[4:6]}"),
            "DK": (f"+45 {r.choice('2345679')}{d[1]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {r.choice('2345679')}{d[1:4]} {d[4:8]}", f"{r.choice('234')}{d[:1]} {d[1:3]} {d[3:5]} {d[5:7]}"),
            "FI": (f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"+358 6 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"050-{d[:7]}"),
            "DE": (f"+49 171 {d[:7]}", f"+49 (0)431 {d[:6]}", f"0049 8031 {d[:6]}", f"0171 {d[:7]}", f"05052 {d[:4]}"),
            "UK": (f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"01539 {d[:6]}", f"+44 (0)1434 {d[:6]}", f"0044 1865 {d[:6]}", f"01638 {d[:3]} {d[3:6]}"),
            "PL": (f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"{r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}"),
            "ES": (f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+34 971 {d[:2]} {d[2:4]} {d[4:6]}", f"0034 6{d[:8]}"),
            "US": (f"+1 (859) 555-0{d[:3]}", f"(406) 555-0{d[:3]}", f"+1 802 555 0{d[:3]}"),
        }  # fmt: skip
        if country is None:
            country = r.choice(("NO", "DK", "FI", "DE", "UK", "PL", "ES", "NO", "DK", "FI"))
        return r.choice(shapes[country])

    def national_id(self) -> str:
        """A personnummer with a valid check digit; `+` for the ten-digit form past a hundred."""
        r = self.rng
        year = r.randrange(1919, 1927) if r.random() < 0.08 else r.randrange(1927, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        sep = "+" if year < 1927 else "-"
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}{sep}{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}" if sep == "-" else f"{date}+{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 14)) + 1, 180))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[24:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        code = f"{r.randrange(low, high + 1)}{tail}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.04:
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
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        if r.random() < 0.6:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal(rural=r.random() < 0.4)}"
        return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
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
        return f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def abroad(self, country: str | None = None, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if country is None:
            country = self.deck("countries", tuple(ABROAD))
        out = r.choice(ABROAD[country]).replace("{n}", str(r.randrange(1, 160)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    def chip(self) -> str:
        """A 15-digit ISO microchip number, Swedish or from abroad, as vets and forms write it."""
        r = self.rng
        head = r.choice(("752098", "752093", "752094", "941000", "276098", "578097", "208250", "246098", "826098", "985112"))
        out = head + self.digits(9)
        if r.random() < 0.3:
            out = f"{out[:3]} {out[3:6]} {out[6:9]} {out[9:12]} {out[12:]}" if r.random() < 0.5 else f"{out[:3]} {out[3:]}"
        return out

    def regnr(self) -> str:
        r = self.rng
        year = r.randrange(2012, 2028)
        return r.choice((f"SE{r.randrange(10000, 99999)}/{year}", f"SE{r.randrange(10000, 99999)}/{year}",
                         f"S{r.randrange(10000, 99999)}/{year - 12}", f"NO{r.randrange(10000, 99999)}/{year % 100}",
                         f"DK{r.randrange(10000, 99999)}/{year}", f"SE-{r.randrange(10000, 99999)}/{year % 100}"))  # fmt: skip

    def orgnr(self) -> str:
        """An organisation number (third digit 2 or more, so never a date), valid check digit."""
        r = self.rng
        first = r.choice(("556", "559", "802", "769", "716", "969"))
        body = first + self.digits(3) + self.digits(3)
        return f"{body[:6]}-{body[6:]}{luhn(body)}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    ending = "" if name[-1] in "sxzSXZ" else "s"
    return ending.upper() if name.isupper() else ending


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
    elif base in ("S", "s", "SU"):
        words = surname
        value = person.last.lower() if base == "s" else person.last.upper() if base == "SU" else person.last
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif base == "RU":
        words, value = given + surname, f"{person.last.upper()}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "I", "Gi", "R", "RU", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, lang = draw.rng, draw.lang
    en = lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    dec = "." if en else ","
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STU": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "FARM": lambda: (draw.farm(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.farm())) if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.abroad(), "ADDRESS"),
        "AXL": lambda: (draw.abroad(lines=True), "ADDRESS"),
        "ANO": lambda: (draw.abroad("NO"), "ADDRESS"),
        "ADK": lambda: (draw.abroad("DK"), "ADDRESS"),
        "AFI": lambda: (draw.abroad("FI"), "ADDRESS"),
        "ADE": lambda: (draw.abroad("DE"), "ADDRESS"),
        "APL": lambda: (draw.abroad("PL"), "ADDRESS"),
        "AES": lambda: (draw.abroad("ES"), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHNO": lambda: (draw.phone_x("NO"), "PHONE"),
        "PHDK": lambda: (draw.phone_x("DK"), "PHONE"),
        "PHFI": lambda: (draw.phone_x("FI"), "PHONE"),
        "PHDE": lambda: (draw.phone_x("DE"), "PHONE"),
        "PHUK": lambda: (draw.phone_x("UK"), "PHONE"),
        "PHPL": lambda: (draw.phone_x("PL"), "PHONE"),
        "PHES": lambda: (draw.phone_x("ES"), "PHONE"),
        "PHUS": lambda: (draw.phone_x("US"), "PHONE"),
        "OM": lambda: (draw.org_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        # look-alikes and the rest of the text: never values
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "BORN": lambda: (f"20{r.randrange(12, 27):02d}-{month:02d}-{day:02d}", None),
        "TIME": lambda: (f"{r.randrange(7, 19)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(150, 38000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 2400)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(40, 3000)}", None),
        "NOK": lambda: (f"{r.randrange(300, 9000)} NOK", None),
        "DKK": lambda: (f"{r.randrange(300, 9000)} DKK", None),
        "KG": lambda: (f"{r.randrange(2, 45)}{dec}{r.randrange(10)} kg", None),
        "HKG": lambda: (f"{r.randrange(380, 690)} kg", None),
        "DOSE": lambda: (r.choice((f"0{dec}{r.randrange(1, 9)} ml", f"{r.choice((25, 50, 75, 100, 150, 250))} mg", f"{r.randrange(1, 3)} x {r.choice((50, 100, 200))} mg", f"{r.randrange(1, 4)}{dec}5 ml")), None),
        "TEMP": lambda: (f"{r.randrange(37, 41)}{dec}{r.randrange(10)}", None),
        "CHIP": lambda: (draw.chip(), None),
        "REGNR": lambda: (draw.regnr(), None),
        "UELN": lambda: (r.choice((f"752004{draw.digits(9)}", f"752 004 00{draw.digits(7)}", f"826{draw.digits(12)}")), None),
        "PASS": lambda: (r.choice((f"SE {draw.digits(7)}", f"SE-PP-{draw.digits(6)}", f"GB{draw.digits(8)}")), None),
        "INS": lambda: (r.choice((f"{draw.digits(7)}-{draw.digits(1)}", f"{draw.digits(4)}-{draw.digits(6)}", f"P-{draw.digits(8)}", f"HU{draw.digits(9)}", f"POL-{draw.digits(6)}")), None),
        "CLAIM": lambda: (r.choice((f"S-2027-{draw.digits(6)}", f"27-{draw.digits(6)}", f"CL{draw.digits(7)}", f"{draw.digits(3)} {draw.digits(3)} {draw.digits(3)}")), None),
        "JOUR": lambda: (r.choice((f"J27-{draw.digits(5)}", f"2027-{draw.digits(4)}", f"{draw.digits(6)}", f"PMS {draw.digits(7)}")), None),
        "LAB": lambda: (r.choice((f"Lab-{draw.digits(7)}", f"SVA {draw.digits(2)}-{draw.digits(5)}", f"{draw.digits(8)}")), None),
        "ORGNR": lambda: (draw.orgnr(), None),
        "OCR": lambda: (draw.digits(r.choice((10, 12, 14, 16))), None),
        "BG": lambda: (r.choice((f"{draw.digits(3)}-{draw.digits(4)}", f"{draw.digits(4)}-{draw.digits(4)}")), None),
        "ORDER": lambda: (r.choice((f"#{draw.digits(5)}", f"{draw.digits(6)}", f"A{draw.digits(6)}")), None),
        "CUST": lambda: (f"{draw.digits(r.choice((5, 6, 8)))}", None),
        "EAR": lambda: (f"UK {draw.digits(6)} {draw.digits(5)}" if en else r.choice((f"SE {draw.digits(6)}-{draw.digits(4)}-{draw.digits(1)}", f"SE{draw.digits(6)}{draw.digits(5)}")), None),
        "PPN": lambda: (f"SE {draw.digits(6)}", None),
        "PET": lambda: (draw.deck("pets", PETS), None),
        "HORSE": lambda: (draw.deck("horses", HORSES), None),
        "BREED": lambda: (draw.deck("breeds_sv" if lang != "en" else "breeds_en", BREEDS_SV if lang != "en" else BREEDS_EN), None),
        "CBREED": lambda: (r.choice(CAT_BREEDS["en" if en else "sv"]), None),
        "HBREED": lambda: (r.choice(HORSE_BREEDS["en" if en else "sv"]), None),
        "KENNEL": lambda: (draw.deck("kennels", KENNELS), None),
        "STALL": lambda: (draw.deck("stables", STABLES), None),
        "CLINIC": lambda: (draw.deck("clinics_sv" if lang != "en" else "clinics_en", CLINICS_SV if lang != "en" else CLINICS_EN), None),
        "INSURER": lambda: (r.choice(INSURERS), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "PCT": lambda: (f"{r.randrange(55, 82)}{dec}{r.randrange(10)} %" if not en else f"{r.randrange(55, 82)}.{r.randrange(10)}%", None),
        "YEAR": lambda: (str(r.randrange(2009, 2027)), None),
        "AGE": lambda: (str(r.randrange(1, 15)), None),
        "WEEKS": lambda: (str(r.randrange(3, 9)), None),
        "PLACE": lambda: (str(r.randrange(1, 12)), None),
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
        base = base[:-1] if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS else base
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        else:  # an animal's or a place's genitive: the ending is no part of anything
            value, kind = filler(base, draw)
            segments = [(value, kind)]
            if base != form.rstrip("'") or form.endswith("'"):
                segments.append((genitive(value, form.endswith("'")), None))
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """bt's rows: every negative once, then positive rows from shuffled decks of each language's
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
        assert spans or (lang, template) in NEGATIVES, template  # a positive row has values
        assert not spans or (lang, template) not in NEGATIVES, template  # a negative has none
        rows.append({
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of bt is printed."""
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
                forms["address Box"] += value.startswith("Box")
                forms["address abroad"] += not re.search(r"\d{3} ?\d{2}(?:  ?[A-ZÅÄÖ]| [A-ZÅÄÖ])", value) and "\n" not in value and "," in value
            elif span["kind"] == "PHONE":
                forms["phone with + or 00"] += value.startswith(("+", "00"))
            elif span["kind"] == "NATIONAL_ID":
                forms["personnummer 12 digits"] += len(re.sub(r"\D", "", value)) == 12
                forms["personnummer with +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())) + f" (all {sum(empty.values())})")
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})")
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def valid_pnr(value: str) -> bool:
    digits = re.sub(r"[-+]", "", value)
    if not digits.isdigit() or len(digits) not in (10, 12):
        return False
    ten = digits[-10:]
    return luhn(ten[:9]) == int(ten[9])


def check(path: Path) -> int:
    """Checks the written file; prints counts only."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = set()
    for row in rows:
        text, spans = row["text"], row["spans"]
        ids.add(row["id"])
        problems["bad keys"] += set(row) != {"id", "split", "lang", "text", "spans"}
        problems["bad split"] += row["split"] != SPLIT
        problems["bad lang"] += row["lang"] not in SIZES
        end = -1
        for span in spans:
            start, stop = span["start"], span["end"]
            value = text[start:stop] if 0 <= start < stop <= len(text) else ""
            problems["empty or out of bounds"] += not value
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            problems["unsorted or overlapping"] += start < end
            problems["unknown kind"] += span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")
            if span["kind"] == "NATIONAL_ID":
                problems["personnummer with a bad check digit"] += not valid_pnr(value)
            end = stop
    problems["duplicate ids"] += len(ids) != len(rows)
    problems["duplicate texts"] += len({row["text"] for row in rows}) != len(rows)
    spans_n = sum(len(row["spans"]) for row in rows)
    pnr = sum(1 for row in rows for s in row["spans"] if s["kind"] == "NATIONAL_ID")
    print(f"checked {len(rows)} rows, {spans_n} spans, {pnr} personnummer")
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return 1 if bad else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, print counts only")
    args = parser.parse_args()
    if args.check:
        sys.exit(check(args.out or OUT))
    draw = Draw(args.seed)
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    out = args.out or (OUT if args.seed == SEED else None)
    if out is None:
        print("a scratch seed writes nothing unless --out is given")
        return
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows written to {out}")


if __name__ == "__main__":
    main()
