# ruff: noqa: E501
"""Generate held-out bv for personal-data detection: names as the population has them, a
fifty-third writer; the genre is animals on farms, stables and in the field.

    python data/pii/generate_bv.py            # writes data/pii/generated-heldout-bv.jsonl
    python data/pii/generate_bv.py --stats    # counts only, writes nothing
    python data/pii/generate_bv.py --check    # checks the written file, counts only
    python data/pii/generate_bv.py --seed 7   # a scratch seed (use with --out or --stats)

Every name word comes from `names_bv.py`'s weighted pools (SCB's ranks for Sweden, the US
Census 1990 per cents, the ONS rankings for the UK, the commonest names of origins common in
Sweden), 80% from the head of a list and 20% from its tail, mixed by the row's language. The
texts (`templates_bv.py`) are of one genre: animals and their people away from the pet clinic
(farms and livestock, stables and livery yards, hunting teams and their dogs, dog sports,
grooming salons, pet shops and feed deliveries, owners' group chats). Animals carry names people
carry too; an animal's name is never a PERSON. Written by a helper who tunes nothing and read
neither the detector nor any other set's names, templates or rows; never run through the
detector by its writer. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_bv import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_bv import EN, LISTS, MIXED, NEGATIVES, SV  # noqa: E402

SEED = 20270130
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bv.jsonl"
NAME = "heldout-bv"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

SV_STREETS = (
    "Storgatan", "Kyrkogatan", "Drottninggatan", "Västra Vägen", "Bygatan", "Järnvägsgatan",
    "Långgatan", "Torggatan", "Östra Storgatan", "Prästgatan", "Stallgatan", "Smedjegatan",
    "Björkvägen", "Mejerivägen", "Kvarnvägen", "Ängsvägen", "Skogsvägen", "Hagvägen", "Ridvägen",
    "Stallvägen", "Bygdevägen", "Gamla Riksvägen", "Lantbruksvägen", "Sockenvägen", "Hästhagsvägen",
    "Fäladsvägen", "Marknadsvägen", "Åkervägen", "Lövängsvägen", "Hagalundsvägen", "Nötbolsvägen",
    "Lärkvägen", "Vallmovägen", "Ekbacken", "Solbacken", "Kvarnbacken", "Hästbacken", "Stigbygeln",
    "Hovslagarvägen", "Ryttarstigen", "Smedstigen", "Hagtornsgränd", "Tullgränd", "Torget",
    "Lilla Torget", "Kyrkbyvägen", "Fårhagsvägen", "Gästgivarvägen", "Skolallén", "Linnés allé",
    "Slättängsvägen", "Norra Ringvägen", "Sadelmakarvägen", "Vagnmakarvägen", "Tjurvägen",
)  # fmt: skip
# Towns with their postcode ranges (first three digits); the first 20 are cities.
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Umeå", 903, 907), ("Borås", 503, 507),
    ("Halmstad", 302, 305), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Lund", 222, 227),
    ("Norrköping", 602, 603), ("Luleå", 972, 975), ("Östersund", 831, 832), ("Helsingborg", 252, 256),
    ("Kalmar", 392, 393), ("Falun", 791, 791), ("Karlstad", 652, 656), ("Växjö", 352, 355),
    ("Ulricehamn", 523, 523), ("Falköping", 521, 521), ("Skara", 532, 532), ("Vara", 534, 534),
    ("Lidköping", 531, 531), ("Sjöbo", 275, 275), ("Hörby", 242, 242), ("Höör", 243, 243),
    ("Eslöv", 241, 241), ("Ystad", 271, 271), ("Tomelilla", 273, 273), ("Kristianstad", 291, 291),
    ("Sölvesborg", 294, 294), ("Ljungby", 341, 341), ("Värnamo", 331, 331), ("Gislaved", 332, 332),
    ("Vetlanda", 574, 574), ("Eksjö", 575, 575), ("Tranås", 573, 573), ("Vimmerby", 598, 598),
    ("Västervik", 593, 593), ("Nybro", 382, 382), ("Borgholm", 387, 387), ("Hemse", 623, 623),
    ("Motala", 591, 591), ("Mjölby", 595, 595), ("Katrineholm", 641, 641), ("Flen", 642, 642),
    ("Enköping", 745, 745), ("Sala", 733, 733), ("Heby", 744, 744), ("Tierp", 815, 815),
    ("Norrtälje", 761, 761), ("Kumla", 692, 692), ("Hallsberg", 694, 694), ("Arvika", 671, 671),
    ("Säffle", 661, 661), ("Mellerud", 464, 464), ("Alingsås", 441, 441), ("Falkenberg", 311, 311),
    ("Laholm", 312, 312), ("Ängelholm", 262, 262), ("Skurup", 274, 274), ("Hudiksvall", 824, 824),
    ("Bollnäs", 821, 821), ("Ljusdal", 827, 827), ("Krokom", 835, 835), ("Piteå", 941, 941),
    ("Kalix", 952, 952), ("Lycksele", 921, 921), ("Vännäs", 911, 911), ("Leksand", 793, 793),
    ("Rättvik", 795, 795), ("Avesta", 774, 774), ("Knivsta", 741, 741), ("Vallentuna", 186, 186),
)  # fmt: skip
# Farm, croft and village names as rural addresses have them (`Lillgården 12`, `Byn 45`).
FARMS = (
    "Lillgården", "Storgården", "Kvarngården", "Norrgården", "Sörgården", "Västergården",
    "Byn", "Bäckebo", "Ekeby", "Hagaberg", "Lindhult", "Ängstorp", "Stensjö", "Mossebo",
    "Skogsby", "Östra Ryd", "Västra Tång", "Lövsta", "Tallbacken", "Rödje", "Hult", "Kullagården",
    "Sjöhaga", "Granhult", "Ödegården", "Övre Lid", "Nedre Backa", "Kyrkbyn", "Tuna", "Bjärby",
    "Rävlanda", "Sandsjö", "Ölme", "Häggesta", "Bo", "Höga", "Bränna", "Nolby", "Sunnerby",
)  # fmt: skip
UK_STREETS = ("Moor Lane", "Church Lane", "Back Lane", "Mill Road", "Station Road", "High Street", "Fell Road", "Marsh Lane", "Chapel Street", "Green Lane", "Market Street", "Long Lane")  # fmt: skip
UK_TOWNS = (("Hexham", "NE46"), ("Kendal", "LA9"), ("Skipton", "BD23"), ("Thirsk", "YO7"), ("Leominster", "HR6"), ("Ludlow", "SY8"), ("Newmarket", "CB8"), ("Lambourn", "RG17"), ("Tiverton", "EX16"), ("Builth Wells", "LD2"), ("Carmarthen", "SA31"), ("Stirling", "FK8"), ("Dumfries", "DG1"), ("Melton Mowbray", "LE13"), ("Malton", "YO17"), ("Oswestry", "SY11"))  # fmt: skip
UK_FARMS = ("Hill Farm", "Manor Farm", "Home Farm", "Low Farm", "Greenacres", "Ash Tree Farm", "Mill House Stables", "Church Farm", "Brook Farm", "The Paddocks", "Westfield Farm", "Rose Cottage")  # fmt: skip
IE_PLACES = (("Kilmallock", "Co. Limerick", "V35"), ("Fermoy", "Co. Cork", "P61"), ("Bandon", "Co. Cork", "P72"), ("Kildare", "Co. Kildare", "R51"), ("Thurles", "Co. Tipperary", "E41"), ("Ballinasloe", "Co. Galway", "H53"), ("Mullingar", "Co. Westmeath", "N91"), ("Gorey", "Co. Wexford", "Y25"))  # fmt: skip
US_PLACES = (("Lexington", "KY", 405), ("Ocala", "FL", 344), ("Amarillo", "TX", 791), ("Bozeman", "MT", 597), ("Waterloo", "IA", 507), ("Lancaster", "PA", 176), ("Saratoga Springs", "NY", 128), ("Fort Collins", "CO", 805))  # fmt: skip
US_ROADS = ("County Road 14", "Farm Road 9", "Old Mill Road", "Ridge Road", "Paddock Lane", "Route 6", "Creek Road", "Hollow Road")  # fmt: skip
EUROPE = (
    "Gårdsvegen {n}, {z4:2640-2649} Vinstra", "Åsvegen {n}, {z4:2380-2390} Brumunddal",
    "Fjellgardsvegen {n}, {z4:7340-7349} Oppdal", "Bygaden {n}, {z4:4660-4669} Store Heddinge",
    "Møllevej {n}, {z4:6800-6899} Varde", "Skovvej {n}, {m}. th., {z4:8600-8699} Silkeborg",
    "Kirkkotie {n}, {z5:61800-61899} Kauhajoki", "Peltotie {n} B {m}, {z5:60100-60800} Seinäjoki",
    "Åkervägen {n}, {z5:66600-66699} Vörå", "Hofstraße {n}, {z5:24214-24220} Gettorf",
    "Dorfstraße {n}, {z5:29553-29559} Bienenbüttel", "Am Gestüt {n}, {z5:27404-27419} Zeven",
    "ul. Polna {n}, 11-{z3:200-299} Bartoszyce", "ul. Łąkowa {n}/{m}, 62-{z3:800-899} Kalisz",
    "Dorpsstraat {n}, {z4:7231-7239} {L2} Warnsveld", "Hoofdweg {n}, {z4:9681-9689} {L2} Midwolda",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "bredband.net")  # fmt: skip
WORK = ("example.se", "lantbruk.example.se", "stall.example.se", "example.com", "example.org", "example.co.uk", "example.ie", "example.no")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN), or of any digit string."""
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
    shorts: dict[str, str | None] = field(default_factory=dict)  # one short form per row

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of bv from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.decks: dict[str, list[str]] = {}

    def deck(self, name: str) -> str:
        """The next item of a shuffled list of `templates_bv.LISTS`: all before any comes again."""
        if not self.decks.get(name):
            self.decks[name] = list(LISTS[name])
            self.rng.shuffle(self.decks[name])
        return self.decks[name].pop()

    def pick(self, pool: Pool) -> Word:
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        if lo == hi:
            lo, hi, part = 0, len(pool.names), "head"
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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "irish": 0.2}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:
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

        def clean(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given = clean(person.first)
        surname = clean(person.last)
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "46", "90", "63", "35", "36"))
        area3 = r.choice(("321", "325", "510", "511", "512", "514", "415", "416", "417", "411", "370", "380", "381", "383", "470", "471", "480", "485", "493", "495", "498", "140", "150", "157", "171", "224", "226", "240", "243", "250", "270", "271", "278", "281", "290", "370", "571", "586", "591", "612", "640", "642", "650", "660", "680", "693", "910", "932", "933", "950", "951"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"{m}/{d[:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:7]}"),
            (4, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (2, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (9, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (4, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"), (1, f"0{area3}/{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{area3}-{d[:3]} {d[3:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self, where: str | None = None) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = {
            "no": (f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"{r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 61 {d[:2]} {d[2:4]} {d[4:6]}"),
            "dk": (f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}"),
            "fi": (f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"+358 6 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}"),
            "de": (f"+49 171 {d[:7]}", f"+49 (0)4281 {d[:5]}", f"0049 4346 {d[:6]}", f"0171 {d[:7]}"),
            "pl": (f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}"),
            "uk": (f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"01434 {d[:6]}", f"+44 (0)1539 {d[:6]}", f"0044 1756 {d[:6]}", f"07{d[:3]} {d[3:9]}"),
            "ie": (f"+353 87 {d[:3]} {d[3:7]}", f"087 {d[:3]} {d[3:7]}", f"+353 (0)62 {d[:5]}", f"086-{d[:7]}"),
            "nl": (f"+31 6 {d[:4]} {d[4:8]}", f"0031 6{d[:8]}", f"06-{d[:8]}"),
            "us": (f"+1 (859) 555-0{d[:3]}", f"(352) 555-0{d[:3]}", f"+1 406 555 0{d[:3]}", f"555-0{d[:3]}"),
        }  # fmt: skip
        key = where or r.choice(sorted(shapes))
        return r.choice(shapes[key])

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1919, 1927) if r.random() < 0.06 else r.randrange(1927, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if year < 1927 and roll < 0.6:  # past a hundred: ten digits with `+`
            return f"{date}+{serial}{check}"
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.1:
            out += r.choice(("A", "B", "C", " A", " B", "a"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[20:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def farm(self) -> str:
        r = self.rng
        name = r.choice(FARMS)
        if r.random() < 0.15 and not name.endswith("gården"):
            return f"{name} Gård {r.randrange(1, 12)}"
        return f"{name} {r.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.5
        street = self.farm() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.1):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.05:
            street += f", {r.randrange(1, 6)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        return f"Box {r.randrange(10, 999)}, {self.sv_postal(rural=r.random() < 0.5)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        roll = r.random()
        if roll < 0.45:
            street = f"{r.choice(UK_FARMS)}, {r.choice(UK_STREETS)}"
        elif roll < 0.55:
            street = f"Flat {r.randrange(1, 9)}, {r.randrange(1, 90)} {r.choice(UK_STREETS)}"
        else:
            street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def ie_address(self) -> str:
        r = self.rng
        town, county, key = r.choice(IE_PLACES)
        chars = "ACDEFHKNPRTVWXY0123456789"
        eircode = f"{key} {''.join(r.choice(chars) for _ in range(4))}"
        farm = r.choice(
            ("Knockbrack", "Ballyvolane", "Rathmore", "Clonmore", "Derrylea", "Carrigeen")
        )
        return (
            f"{farm} Farm, {town}, {county} {eircode}"
            if r.random() < 0.6
            else f"{farm}, {town}, {county}, {eircode}"
        )

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_PLACES)
        return f"{r.randrange(100, 9999)} {r.choice(US_ROADS)}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 120)))
        out = out.replace("{m}", str(r.randrange(1, 6)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    # --- look-alikes: numbers that are no value ---------------------------------------------------

    def org_number(self) -> str:
        r = self.rng
        head = r.choice(("556", "559", "769", "802", "717", "916"))
        body = head + self.digits(6)
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

    def lookalike(self, form: str) -> str:
        r, d = self.rng, self.digits
        if form == "EAR":  # a cattle or sheep ear tag
            return r.choice(
                (f"SE {d(6)}-{d(4)}", f"SE{d(6)}-{d(4)}-{d(1)}", f"SE {d(5)}-{d(5)}", f"nr {d(4)}")
            )
        if form == "HOLD":  # a holding (production site) number
            return r.choice((f"SE {d(6)}", f"SE-{d(6)}", f"SE{d(6)}", f"{d(5)}"))
        if form == "HERD":
            return d(5)
        if form == "CHIP":
            body = "752" + d(12)
            return r.choice(
                (
                    body,
                    f"{body[:3]} {body[3:6]} {body[6:9]} {body[9:12]} {body[12:]}",
                    "978" + d(12),
                )
            )
        if form == "UELN":
            return r.choice(
                (
                    "752004" + d(9),
                    "752 004 " + d(5) + " " + d(4),
                    "276" + d(12),
                    "578" + d(12),
                    "826" + d(12),
                )
            )
        if form == "REG":
            letters = "ABCDEFGHJKLMNOPRSTUWXYZ"
            return (
                "".join(r.choice(letters) for _ in range(3))
                + " "
                + d(2)
                + r.choice((d(1), r.choice(letters)))
            )
        if form == "SKK":
            return r.choice(
                (
                    f"SE{d(5)}/20{r.randrange(14, 27)}",
                    f"S {d(5)}/20{r.randrange(10, 20)}",
                    f"SE{d(5)}/{r.randrange(14, 27)}",
                )
            )
        if form == "ORG":
            return self.org_number()
        if form == "INV":
            return r.choice((f"2027-{d(4)}", f"F{d(6)}", d(5), f"{d(3)}-{d(3)}"))
        if form == "ORD":
            return r.choice((f"#{d(6)}", f"{d(9)}", f"WEB-{d(6)}", f"{d(4)}-{d(2)}"))
        if form == "OCR":
            return d(r.choice((11, 13, 14, 16)))
        if form == "BG":
            return f"{d(3 + r.randrange(2))}-{d(4)}"
        if form == "CASE":
            return r.choice(
                (f"5000-K{d(6)}-27", f"6.7.18-{d(5)}/2027", f"{d(3)}-{d(4)}-2027", f"Dnr {d(4)}-27")
            )
        if form == "CPH":  # a UK County Parish Holding number
            return f"{d(2)}/{d(3)}/{d(4)}"
        if form == "UKTAG":
            return r.choice((f"UK {d(6)} {d(6)}", f"UK{d(6)}{d(5)}", f"IE {d(8)}"))
        if form == "KG":
            return f"{r.randrange(35, 780)} kg"
        if form == "DOSE":
            return r.choice(
                (
                    f"{r.randrange(2, 20)} ml",
                    f"{r.randrange(1, 9)},{r.choice('05')} ml",
                    f"{r.randrange(1, 4)} tabl",
                    f"{r.randrange(5, 60)} mg/kg",
                )
            )
        if form == "DOSEEN":
            return r.choice(
                (
                    f"{r.randrange(2, 20)} ml",
                    f"{r.randrange(1, 9)}.5 ml",
                    f"{r.randrange(1, 4)} tablets",
                    f"{r.randrange(5, 60)} mg/kg",
                )
            )
        raise KeyError(form)


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "RU", "SU", "E"}


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p lower case, U capitals, F with a middle name, G/g the given name (sometimes its
    short form), N/n the short form where the name has one, S/s the surname, SU the surname in
    capitals, I an initial and the surname, Gi the given name and the surname's initial, R
    `Surname, Given`, RU the same in capitals, E an e-mail address. A trailing `s` asks for a
    Swedish genitive, a trailing `'` an English one.
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
        key = "G" if base in ("G", "g") else "N"
        if key not in person.shorts:  # the same person keeps one form within a row
            person.shorts[key] = draw.nickname(person, 0.07 if key == "G" else 0.85)
        value = person.shorts[key] or person.first
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
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif base in ("R", "RU"):
        words, value = given + surname, f"{person.last}, {person.first}"
        value = value.upper() if base == "RU" else value
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")
LOOKALIKES = {"EAR", "HOLD", "HERD", "CHIP", "UELN", "REG", "SKK", "ORG", "INV", "ORD", "OCR", "BG", "CASE", "CPH", "UKTAG", "KG", "DOSE", "DOSEEN"}  # fmt: skip
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}  # fmt: skip


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    if form in LOOKALIKES:
        return draw.lookalike(form), None
    if form in LISTS:
        return draw.deck(form), None
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "FARM": lambda: (draw.farm(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.farm() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AIE": lambda: (draw.ie_address(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_x(r.choice(("uk", "uk", "ie"))), "PHONE"),
        "PHUS": lambda: (draw.phone_x("us"), "PHONE"),
        "PHNO": lambda: (draw.phone_x(r.choice(("no", "dk", "fi", "de", "pl", "nl"))), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(5, 21)}{':' if en else r.choice('.:')}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "BIG": lambda: (str(r.randrange(60, 900)), None),
        "HCM": lambda: (str(r.randrange(118, 179)), None),
        "KGS": lambda: (f"{r.randrange(24, 58)} kg", None),
        "KR": lambda: (f"{r.randrange(90, 2400):,} kr".replace(",", " "), None),
        "RENT": lambda: (f"{r.randrange(1800, 6800):,} kr".replace(",", " "), None),
        "AMT": lambda: (f"{r.randrange(150, 48000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 4800)}", None),
        "EUR": lambda: (f"€{r.randrange(40, 9000)}", None),
        "USD": lambda: (f"${r.randrange(40, 9000)}", None),
        "NOK": lambda: (f"{r.randrange(500, 90000)} NOK", None),
        "YEAR": lambda: (str(r.randrange(2004, 2025)), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        base = (
            form[:-1]
            if form.endswith("'") or (form not in PERSON_FORMS and form.endswith("s"))
            else form
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
    """bv's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, all in a seeded order; a text already written is drawn again."""
    draw = draw or Draw(seed)
    r = draw.rng
    plan: list[tuple[str, str, bool]] = [(lang, t, True) for lang, t in NEGATIVES]
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
        seen.add(text)
        if negative and spans:
            raise ValueError(f"a negative with a value: {template[:60]!r}")
        if not negative and not spans:
            raise ValueError(f"a positive without a value: {template[:60]!r}")
        rows.append({
            "id": f"gen-{NAME}-{len(rows) + 1:04d}", "split": NAME, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of bv is printed."""
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
                forms["particle"] += bool(
                    re.search(r"\b(?:von|af|de|van|van den|van der)\s", value)
                )
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address rural postcode"] += bool(re.search(r"\b\d{3} 9\d\b", value))
            elif span["kind"] == "PHONE":
                forms["phone +/00"] += value.startswith(("+", "00"))
            elif span["kind"] == "NATIONAL_ID":
                forms[f"personnummer {len(re.sub(r'[^0-9]', '', value))} digits"] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values()) or 1
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = set()
    for row in rows:
        text, spans = row["text"], row["spans"]
        ids.add(row["id"])
        if set(row) != {"id", "split", "lang", "text", "spans"} or row["split"] != NAME:
            problems["row keys or split"] += 1
        end = 0
        for span in spans:
            s, e = span["start"], span["end"]
            if not (0 <= s < e <= len(text)):
                problems["empty or out of bounds"] += 1
                continue
            value = text[s:e]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if s < end:
                problems["unsorted or overlapping"] += 1
            end = e
            if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["unknown kind"] += 1
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                if not re.fullmatch(r"\d{10}|\d{12}", digits) or luhn(digits[-10:-1]) != int(
                    digits[-1]
                ):
                    problems["personnummer check digit"] += 1
    if len(ids) != len(rows):
        problems["duplicate id"] += 1
    if len({row["text"] for row in rows}) != len(rows):
        problems["duplicate text"] += 1
    spans = sum(len(row["spans"]) for row in rows)
    print(
        f"checked {len(rows)} rows, {spans} spans: "
        + (", ".join(f"{k} {v}" for k, v in problems.items()) or "no problems")
    )
    print(f"sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
    return sum(problems.values())


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
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows written to {args.out}")


if __name__ == "__main__":
    main()
