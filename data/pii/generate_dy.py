# ruff: noqa: E501
"""Generate held-out DY for personal-data detection (issue 15): names as the population has them,
a hundred-and-eighth writer. Every name word comes from `names_dy.py`'s weighted pools (SCB's
ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK, and the commonest
names of the origins common in Sweden), 80% from the head of a list and 20% from its tail, mixed
by the language of the row. The genre (`templates_dy.py`) is hunting, fishing and forestry: hunting
teams' member and stand lists, moose counts and meat shares, hunting leases and landowners'
agreements, fishing licences and fishery associations, forest owners' associations, timber buyers'
settlements, felling notices, estate stalking and salmon beats, US tags and leases, in Swedish,
English and both at once. Written by a helper who tunes nothing, who read only `generate_aw.py`
(for the mechanics: the seeded `Draw`, the slot filler, the row format and `--stats`), the
sections "Held-out AW" and "Held-out CL" of `docs/privacy.md` and the first line of
`generated-heldout-u.jsonl`; not the detector's rules, lexicons or tagger, no test, no other set's
names, templates or rows, no score and no error listing. DY was never run through the detector
by its writer and its names were not checked against anything in the repository. Stdlib only; one
seeded Random: same seed, same bytes.

    python data/pii/generate_dy.py          # writes data/pii/generated-heldout-dy.jsonl
    python data/pii/generate_dy.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_dy.py --check  # checks the written file, prints counts only
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

from names_dy import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, SECOND, Pool, feminine, plain  # noqa: E402
from templates_dy import (  # noqa: E402
    BUYERS,
    DAYS,
    DOGS,
    EN,
    FVO,
    MIXED,
    MONTHS,
    NEGATIVES,
    PLACES,
    SV,
    TEAMS,
    WATERS_EN,
)

SEED = 20270185
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-dy.jsonl"
SPLIT = "heldout-dy"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, some with the forest and the lake in their names.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Nygatan", "Vasagatan",
    "Drottninggatan", "Fiskargatan", "Sjögatan", "Hantverkargatan", "Östra Långgatan", "Västra Vägen",
    "Skogsvägen", "Björkvägen", "Tallvägen", "Granvägen", "Jägarvägen", "Älgvägen", "Timmervägen",
    "Flottarvägen", "Kolarvägen", "Tjädervägen", "Orrvägen", "Sågverksvägen", "Kvarnvägen", "Åsvägen",
    "Byvägen", "Fäbodvägen", "Gamla Riksvägen", "Norra Skolvägen", "Lillsjövägen", "Älvvägen",
    "Industrivägen", "Furuvägen", "Lingonvägen", "Hjortronvägen", "Kopparsvängen", "Hagsvängen",
    "Tallsvängen", "Björkallén", "Kastanjeallé", "Sjöallén", "Skolallén", "Kvarnbacken", "Solbacken",
    "Kyrkbacken", "Prästbacken", "Norrbacken", "Harstigen", "Rävstigen", "Blåbärsstigen",
    "Mosstigen", "Lärkstigen", "Stortorget", "Lilla torget", "Järntorget", "Torget", "Stationsplan",
    "Kyrkplan", "Brunnsplan", "Smedjegränd", "Kyrkogränd", "Fiskargränd", "Hamnkajen", "Timmerkajen",
    "Sjökajen", "Flottarkajen", "Strandvägen", "Hamnvägen", "Idrottsvägen", "Anders Zorns väg",
)  # fmt: skip
# Towns with their postcodes' first three digits (lowest and highest); the first 16 are cities,
# the rest the forest and lake country where the genre lives.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Umeå", 903, 907), ("Luleå", 972, 975), ("Östersund", 831, 832), ("Sundsvall", 852, 857),
    ("Gävle", 802, 806), ("Karlstad", 652, 656), ("Örebro", 702, 705), ("Västerås", 722, 725),
    ("Jönköping", 553, 556), ("Växjö", 352, 353), ("Linköping", 582, 587), ("Falun", 791, 791),
    ("Mora", 792, 792), ("Orsa", 794, 794), ("Älvdalen", 796, 796), ("Malung", 782, 782),
    ("Sveg", 842, 842), ("Ljusdal", 827, 827), ("Edsbyn", 828, 828), ("Bollnäs", 821, 821),
    ("Hudiksvall", 824, 824), ("Strömsund", 833, 833), ("Järpen", 837, 837), ("Kramfors", 872, 872),
    ("Sollefteå", 881, 881), ("Örnsköldsvik", 891, 892), ("Lycksele", 921, 921), ("Vilhelmina", 912, 912),
    ("Storuman", 923, 923), ("Sorsele", 924, 924), ("Arvidsjaur", 933, 933), ("Arjeplog", 938, 938),
    ("Jokkmokk", 962, 962), ("Gällivare", 982, 982), ("Kiruna", 981, 981), ("Pajala", 984, 984),
    ("Kalix", 952, 952), ("Haparanda", 953, 953), ("Torsby", 685, 685), ("Hagfors", 683, 683),
    ("Sunne", 686, 686), ("Arvika", 671, 671), ("Filipstad", 682, 682), ("Hällefors", 712, 712),
    ("Ljungby", 341, 341), ("Älmhult", 343, 343), ("Tingsryd", 362, 362), ("Vimmerby", 598, 598),
    ("Hultsfred", 577, 577), ("Eksjö", 575, 575), ("Vetlanda", 574, 574), ("Åmål", 662, 662),
    ("Bengtsfors", 666, 666), ("Norrtälje", 761, 761), ("Östhammar", 742, 742), ("Tierp", 815, 815),
    ("Sala", 733, 733), ("Askersund", 696, 696), ("Valdemarsvik", 615, 615), ("Visby", 621, 621),
)  # fmt: skip
# Villages and farms as rural addresses name them (`Västansjö 14`, `Övre Gärdsjö 230`).
VILLAGES = (
    "Västansjö", "Östansjö", "Norrbyn", "Sörbyn", "Övre Gärdsjö", "Nedre Gärdsjö", "Granberg",
    "Lillskog", "Storbacken", "Bäckmora", "Tallåsen", "Kvarnbyn", "Myrheden", "Björknäs", "Rönnliden",
    "Kälen", "Gransjö", "Holmsund", "Laxforsen", "Älgberget", "Tjärnäs", "Fäbodarna", "Nybygget",
    "Hällan", "Lövnäs", "Skogstorp", "Bergsäng", "Åkerby", "Storgården", "Norrgården", "Sörgården",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Bridge Street", "Mill Lane", "Church Road", "Glen Road",
    "Deeside Road", "Forest Road", "Riverside Drive", "Victoria Street", "Castle Street",
    "Market Square", "The Square", "Moor Lane", "Back Lane", "Kirk Wynd", "Tweed Street",
)  # fmt: skip
UK_TOWNS = (
    ("Ballater", "AB35"), ("Braemar", "AB35"), ("Pitlochry", "PH16"), ("Aviemore", "PH22"),
    ("Grantown-on-Spey", "PH26"), ("Kelso", "TD5"), ("Peebles", "EH45"), ("Moffat", "DG10"),
    ("Hexham", "NE46"), ("Alnwick", "NE66"), ("Kendal", "LA9"), ("Hawes", "DL8"),
    ("Builth Wells", "LD2"), ("Hay-on-Wye", "HR3"), ("Ludlow", "SY8"), ("Dulverton", "TA22"),
    ("Tavistock", "PL19"), ("Thetford", "IP24"), ("Lyndhurst", "SO43"), ("Lairg", "IV27"),
)  # fmt: skip
UK_HOUSES = (
    "Keeper's Cottage", "The Old Bothy", "Glebe House", "Mill Farm", "Stable Cottage",
    "Lodge Cottage", "Kennels Cottage", "Riverside House", "The Old School House", "Hill Farm",
)  # fmt: skip
US_STREETS = (
    "Lakeshore Dr", "County Road 12", "Main St", "Elk Ridge Rd", "N Pine Ave", "Highway 2 W",
    "Birch Ln", "Old Mill Rd", "Fish Hatchery Rd", "Timber Trail", "W Park St", "Sawmill Rd",
)  # fmt: skip
US_TOWNS = (
    ("Bemidji", "MN", "56601"), ("Grand Rapids", "MN", "55744"), ("Ely", "MN", "55731"),
    ("Rhinelander", "WI", "54501"), ("Hayward", "WI", "54843"), ("Marquette", "MI", "49855"),
    ("Bozeman", "MT", "59715"), ("Missoula", "MT", "59801"), ("Livingston", "MT", "59047"),
    ("Cody", "WY", "82414"), ("Bangor", "ME", "04401"), ("Millinocket", "ME", "04462"),
    ("Coeur d'Alene", "ID", "83814"), ("Bend", "OR", "97701"), ("Fairbanks", "AK", "99701"),
    ("Elkins", "WV", "26241"),
)  # fmt: skip
# European formats, drawn from a shuffled deck ({n} a house number, {m} a floor or flat).
EUROPE = (
    "Waldweg {n}, 296{z2:40-49} Schneverdingen", "Am Forsthaus {n}, 37444 St. Andreasberg",
    "Jägerstraße {n}, 944{z2:69-69} Deggendorf", "Skogveien {n}, 24{z2:06-18} Elverum",
    "Fjellveien {n}, 7374 Røros", "Metsätie {n}, 96{z3:100-400} Rovaniemi",
    "Järvitie {n} A {m}, 40{z3:100-520} Jyväskylä", "Skovvej {n}, 74{z2:00-00} Herning",
    "Strandvejen {n}, {m}. th., 29{z2:00-00} Hellerup", "ul. Leśna {n}, 17-230 Białowieża",
    "ul. Myśliwska {n}/{m}, 30-{z3:100-999} Kraków", "Bosweg {n}, 6871 {L2} Renkum",
    "{n} chemin des Chasseurs, 40200 Mimizan", "Forststraße {n}, 5640 Bad Gastein",
    "Metsa tn {n}, 80{z3:010-099} Pärnu", "Meža iela {n}, Sigulda, LV-2150",
    "Via dei Cacciatori {n}, 39100 Bolzano", "Calle del Monte {n}, 13{z3:001-199} Ciudad Real",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "spray.se", "bahnhof.se")  # fmt: skip
WORK = ("example.se", "skog.example.se", "jakt.example.se", "fiske.example.se", "example.com", "example.co.uk", "example.de", "example.no")  # fmt: skip
FIRM_MAIL = (
    "info@jaktlaget.example.se", "kansli@skogsagarna.example.se", "fiskekort@fvo.example.se",
    "virke@skog.example.se", "bokning@jaktresor.example.com", "estate.office@example.co.uk",
    "permits@river.example.co.uk", "info@jagdreisen.example.de", "kontakt@viltvard.example.se",
    "licenses@dnr.example.com", "order@plantskola.example.se", "ekonomi@samfallighet.example.se",
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
    """Every value of DY from one seeded Random; counts the head/tail split and the origins."""

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
        ):  # Anna-Karin, Per-Erik
            second = self.pick(SECOND["f" if woman else "m"])
            if second[0] != given[0][0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "german": 0.2}.get(key, 0.05):
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
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us", "german") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
            middle = [(plain(w), p) for w, p in middle]
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
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "23", "26", "54", "60", "63", "90"))
        area3 = r.choice(("250", "280", "470", "481", "495", "560", "570", "580", "586", "611", "612", "622", "643", "647", "651", "653", "660", "670", "680", "692", "920", "940", "950", "960", "970", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (2, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2}{d[:6]}"),
            (7, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{area3}{d[:6]}"), (1, f"0{area3}/{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46{area3}{d[:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 62 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"00358 50 {d[:3]} {d[3:7]}", f"040-{d[:3]} {d[3:7]}", f"+358 16 {d[:3]} {d[3:7]}",
            f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}", f"+44 (0)13397 {d[:5]}", f"01796 {d[:6]}",
            f"0044 1434 {d[:6]}", f"+49 151 {d[:8]}", f"0171 {d[:7]}", f"+49 (0)5194 {d[:5]}", f"0049 991 {d[:6]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+1 (218) 555-01{d[:2]}", f"(406) 555-01{d[:2]}", f"406-555-01{d[:2]}", f"+1 207 555 01{d[:2]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+371 2{d[:3]} {d[3:7]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+43 664 {d[:7]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+380 {r.choice(('50', '67', '97'))} {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `old` for someone past a hundred, whose ten digits take a `+`."""
        r = self.rng
        year = r.randrange(1916, 1927) if old else r.randrange(1940, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            roll = r.random()
            return (
                f"{date}+{serial}{check}" if roll < 0.8 else f"{year // 100}{date}-{serial}{check}"
            )
        roll = r.random()
        if roll < 0.4:
            self.forms["pnr 12 hyphen"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            self.forms["pnr 10 hyphen"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.forms["pnr 12 plain"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["pnr 10 plain"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 14)) + 1, 160))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[16:] if rural else SV_TOWNS)
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

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.35
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal(rural=r.random() < 0.5)}"
        if roll < 0.75:
            return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 120)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.35:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.45:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, zipcode = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
        elif roll < 0.35:
            street = f"PO Box {r.randrange(10, 2000)}"
        return f"{street}{chr(10) if lines else ', '}{town}, {state} {zipcode}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = len(match.group(2)), int(match.group(2)), int(match.group(3))
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


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname and GU the given name in capitals (forms with separate fields), I an initial and the
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
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base == "GU":
        words, value = given, person.first.upper()
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


SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def property_name(r: Random) -> str:
    """A property designation (`Västansjö 4:12`): a cadastral unit, no address."""
    return f"{r.choice(VILLAGES)} {r.randrange(1, 40)}:{r.randrange(1, 120)}"


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AT": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "ALGH": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village(), r.choice(SV_STREETS))) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EF": lambda: (r.choice(FIRM_MAIL), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(5, 20)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "KG": lambda: (str(r.randrange(80, 260)), None),
        "FEE": lambda: (f"{r.randrange(1, 40) * 50} kr", None),
        "AMT": lambda: (f"{r.randrange(150, 90000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 4800):,}".replace(",", ","), None),
        "USD": lambda: (f"${r.randrange(15, 3500)}", None),
        "EUR": lambda: (f"{r.randrange(40, 6000)} €", None),
        "VOL": lambda: (str(r.randrange(12, 1400)), None),
        "HA": lambda: (f"{r.randrange(1, 260)},{r.randrange(10)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 99999)}", f"2027/{r.randrange(100, 9999)}")), None),
        "LIC": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"JK-2027-{r.randrange(1, 9999):04d}", f"FK{r.randrange(1000, 99999)}", f"{r.randrange(10, 99)}-{r.randrange(1000, 9999)}")), None),
        "ORG": lambda: (f"{r.choice('5789')}{r.randrange(2, 10)}{r.randrange(1000, 9999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "COORD": lambda: (r.choice((f"N {r.randrange(6300, 7500)} {r.randrange(100, 999)}, E {r.randrange(300, 900)} {r.randrange(100, 999)}", f"{r.randrange(57, 67)}.{r.randrange(1000, 9999)}, {r.randrange(12, 23)}.{r.randrange(1000, 9999)}")), None),
        "KAL": lambda: (r.choice((".308 Win", "6,5x55", "9,3x62", ".30-06", "8x57 JS", "12/70", "20/76", ".222 Rem", "6,5 Creedmoor")), None),
        "FAST": lambda: (property_name(r), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "YEAR": lambda: (str(r.randrange(1978, 2027)), None),
        "DOG": lambda: (r.choice(DOGS), None),
        "TEAM": lambda: (r.choice(TEAMS), None),
        "PLACE": lambda: (r.choice(PLACES), None),
        "FVO": lambda: (r.choice(FVO), None),
        "BUYER": lambda: (r.choice(BUYERS), None),
        "WATER": lambda: (r.choice(WATERS_EN), None),
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
        if base not in PERSON_FORMS and base.endswith("s") and base[:-1] in PERSON_FORMS:
            base = base[:-1]
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
    """DY's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of DY is printed."""
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
                forms["address Box"] += "Box" in value
                forms["street alone"] += not re.search(r"\d", value)
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"pnr {len(digits)} digits"] += 1
                forms["pnr with - or +"] += "-" in value or "+" in value
                forms["pnr with +"] += "+" in value
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
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


PNR = re.compile(r"^(?:\d{2})?(\d{6})[-+]?(\d{4})$")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = kinds = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys"] += list(row) != ["id", "split", "lang", "text", "spans"]
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            kinds += 1
            start, stop = span["start"], span["end"]
            if not 0 <= start < stop <= len(text):
                problems["out of bounds or empty"] += 1
                continue
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = stop
            problems["unknown kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if span["kind"] == "NATIONAL_ID":
                match = PNR.match(value)
                problems["personnummer shape"] += match is None
                if match:
                    digits = match.group(1) + match.group(2)
                    problems["personnummer check digit"] += luhn(digits[:9]) != int(digits[9])
    print(f"rows {rows}, ids {len(ids)}, spans {kinds}")
    found = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in found.items()) if found else "none"))
    return sum(found.values())


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
