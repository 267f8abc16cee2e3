# ruff: noqa: E501
"""Generate held-out EW for personal-data detection (issue 15): names as the population has them,
a hundred-and-thirty-second writer.

    python data/pii/generate_ew.py            # writes data/pii/generated-heldout-ew.jsonl
    python data/pii/generate_ew.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ew.py --check    # checks the written file, prints counts only
    python data/pii/generate_ew.py --seed 7 --out /tmp/ew.jsonl   # a scratch seed to read rows

EW's names are drawn by how often people carry them: every name word comes from `names_ew.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the
UK, and the commonest names of the origins common in Sweden), 80% from the head of a list and 20%
from its tail, mixed by the language of the row roughly as Sweden's population is. The genre is
hunting, fishing and outdoor associations (`templates_ew.py`): hunting teams, pass lists and
meat shares, leases of hunting and fishing rights, licences, protective hunting and weapon
permits, game accidents on the roads and the tracking after them, fishing permits, bailiffs'
reports, crayfish lotteries, competitions, shooting ranges, dog trials, hiking and paddling
clubs, club meetings, minutes, member lists and fees, in Swedish, English and mixed. Written by a
helper who does not tune the detector, who read only `generate_aw.py` (for the mechanics: the
seeded `Draw`, the slot filler, the row format and `--stats`), the sections "Held-out AW" and
"Held-out CL" of docs/privacy.md and the first line of `generated-heldout-u.jsonl`; not the
detector (`src/`, `lexicons/`), its tests or any error listing, nor any other set's names,
templates or jsonl. EW was never run through the detector or a scorer by its writer, and its
names were not checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same
bytes.
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

from names_ew import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ew import (  # noqa: E402
    AREAS,
    CALIBRES,
    CLUBS,
    CLUBS_EN,
    DAYS,
    DOGS,
    DOGS_EN,
    EN,
    FASTIGHETER,
    MIXED,
    MONTHS,
    NEGATIVES,
    ROADS,
    ROADS_EN,
    SPECIES,
    SPECIES_EN,
    SV,
    WATERS,
    WATERS_EN,
)

SEED = 20270209
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ew.jsonl"
SPLIT = "heldout-ew"
KEYS = ["id", "split", "lang", "text", "spans"]

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the country's street names.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Järnvägsgatan", "Stationsgatan", "Köpmangatan",
    "Kyrkogatan", "Skolgatan", "Fabriksgatan", "Trädgårdsgatan", "Bangårdsgatan", "Västra Vägen",
    "Idrottsvägen", "Skogsvägen", "Granvägen", "Tallvägen", "Björkvägen", "Rönnvägen", "Aspvägen",
    "Lärkvägen", "Jägarvägen", "Älgvägen", "Skyttevägen", "Fiskarvägen", "Strandvägen", "Sjövägen",
    "Älvvägen", "Myrvägen", "Fäbodvägen", "Kvarnvägen", "Smedjevägen", "Gamla Riksvägen",
    "Bruksvägen", "Hyttvägen", "Timmervägen", "Tjärnvägen", "Jägmästarvägen", "Kronojägarvägen",
    "Jaktstigen", "Ripstigen", "Tjäderstigen", "Blåbärsstigen", "Lingonstigen", "Orrsvängen",
    "Viltsvängen", "Rävsvängen", "Bäversvängen", "Ekbacken", "Tallbacken", "Ripbacken",
    "Solbacken", "Skolbacken", "Kvarnbacke", "Björkallén", "Lindallén", "Kastanjeallén",
    "Parkallé", "Stortorget", "Lilla Torget", "Fisktorget", "Kvarntorget", "Stationsplan",
    "Bruksplan", "Kyrkplan", "Fiskargränd", "Smedsgränd", "Bryggargränd", "Skomakargränd",
    "Hamnkajen", "Norra Kajen", "Södra Kajen", "Östra Järnvägsgatan", "Nedre Bergsgatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes; the forest and mountain counties weigh in.
SV_TOWNS = (
    ("Stockholm", 113, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Umeå", 903, 907), ("Luleå", 972, 977), ("Östersund", 831, 832), ("Sundsvall", 852, 857),
    ("Gävle", 802, 806), ("Karlstad", 652, 656), ("Örebro", 702, 705), ("Jönköping", 553, 556),
    ("Växjö", 352, 355), ("Kalmar", 392, 393), ("Falun", 791, 791), ("Härnösand", 871, 871),
    ("Örnsköldsvik", 891, 892), ("Lycksele", 921, 921), ("Storuman", 923, 923),
    ("Sorsele", 924, 924), ("Jokkmokk", 962, 962), ("Gällivare", 982, 982), ("Kiruna", 981, 981),
    ("Arvidsjaur", 933, 933), ("Vilhelmina", 912, 912), ("Dorotea", 917, 917), ("Åsele", 919, 919),
    ("Strömsund", 833, 833), ("Krokom", 835, 835), ("Järpen", 837, 837), ("Sveg", 842, 842),
    ("Ljusdal", 827, 827), ("Hudiksvall", 824, 824), ("Bollnäs", 821, 821), ("Söderhamn", 826, 826),
    ("Edsbyn", 828, 828), ("Mora", 792, 792), ("Orsa", 794, 794), ("Älvdalen", 796, 796),
    ("Malung", 782, 782), ("Vansbro", 786, 786), ("Ludvika", 771, 771), ("Hällefors", 712, 712),
    ("Filipstad", 682, 682), ("Hagfors", 683, 683), ("Torsby", 685, 685), ("Sunne", 686, 686),
    ("Arvika", 671, 671), ("Årjäng", 672, 672), ("Askersund", 696, 696), ("Nora", 713, 713),
    ("Sala", 733, 733), ("Hedemora", 776, 776), ("Älmhult", 343, 343), ("Ljungby", 341, 341),
    ("Markaryd", 285, 285), ("Osby", 283, 283), ("Tingsryd", 362, 362), ("Emmaboda", 361, 361),
    ("Nybro", 382, 382), ("Vimmerby", 598, 598), ("Eksjö", 575, 575), ("Gislaved", 332, 332),
    ("Ulricehamn", 523, 523), ("Bengtsfors", 666, 666), ("Åmål", 662, 662), ("Laholm", 312, 312),
    ("Karlshamn", 374, 374),
)  # fmt: skip
RURAL_FROM = 15  # towns from here on are small places whose countryside has xxx 9x codes
# Villages and farms as rural addresses name them (`Västanbyn 112`).
VILLAGES = (
    "Västanbyn", "Östanbyn", "Norrbyn", "Sörbyn", "Kvarnbäcken", "Tjärnberget", "Mossbo",
    "Skogsnäs", "Backen", "Gärdet", "Hedåsen", "Lövberga", "Rönnäs", "Storbäcken", "Myrbacken",
    "Fäbodvallen", "Bäcklund", "Sjöänden", "Nyängen", "Lillberget", "Granvik", "Älvnäs",
    "Tallåsen", "Sandvik", "Övre Älvnäs", "Nedre Gärdet", "Storgården", "Lillgården",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Mill Lane", "Keepers Lane", "The Green",
    "Riverside", "Bridge End", "Main Street", "Moor Road", "Fell View", "Market Street",
    "Water Lane", "Hall Lane", "Vicarage Road", "Quarry Lane", "Hillside", "Brook Street",
)  # fmt: skip
UK_TOWNS = (
    ("Kendal", "LA"), ("Penrith", "CA"), ("Hexham", "NE"), ("Alnwick", "NE"), ("Ludlow", "SY"),
    ("Hay-on-Wye", "HR"), ("Builth Wells", "LD"), ("Pitlochry", "PH"), ("Aviemore", "PH"),
    ("Peebles", "EH"), ("Kelso", "TD"), ("Stockbridge", "SO"), ("Richmond", "DL"),
    ("Thetford", "IP"), ("Dumfries", "DG"), ("York", "YO"), ("Sheffield", "S"), ("Glasgow", "G"),
)  # fmt: skip
UK_HOUSES = ("Keeper's Cottage", "The Old Mill", "Fell End", "Low Farm", "Ghyll Cottage", "Heather Lodge", "River House", "The Bothy")  # fmt: skip
US_STREETS = ("Main Street", "Lake Road", "County Road 14", "Elm Street", "Pine Ridge Drive", "Forest Avenue", "River Road", "Township Road 9", "Hunters Lane", "Spruce Street", "Old Mill Road")  # fmt: skip
US_TOWNS = (("Bemidji", "MN", 566), ("Grand Rapids", "MN", 557), ("Ely", "MN", 557), ("Rhinelander", "WI", 545), ("Hayward", "WI", 548), ("Missoula", "MT", 598), ("Livingston", "MT", 590), ("Stowe", "VT", 56), ("Bangor", "ME", 44), ("Cody", "WY", 824), ("Coeur d'Alene", "ID", 838), ("Marquette", "MI", 498), ("Bend", "OR", 977))  # fmt: skip
EUROPE = (
    "Waldweg {n}, {z5:29221-29229} Celle", "Am Forsthaus {n}, {z5:37431-37449} Bad Lauterberg",
    "Jägerstraße {n}, {z5:83435-83435} Bad Reichenhall", "Hauptstraße {n}, {z5:54290-54296} Trier",
    "Skogveien {n}, {z4:2380-2390} Brumunddal", "Elvegata {n}, {z4:2400-2409} Elverum",
    "Skovvej {n}, {z4:7400-7400} Herning", "Søndergade {n}, {m}. th., {z4:8000-8000} Aarhus C",
    "Metsätie {n}, {z5:96100-96400} Rovaniemi", "Järvikatu {n} A {m}, {z5:80100-80200} Joensuu",
    "Bosweg {n}, {z4:6700-6720} {L2} Ede", "Heidelaan {n}, {z4:7311-7339} {L2} Apeldoorn",
    "ul. Myśliwska {n}, 15-{z3:100-999} Białystok", "ul. Leśna {n}/{m}, 22-{z3:400-499} Zamość",
    "Metsa {n}, {z5:10111-13999} Tallinn", "{n} chemin des Bois, {z5:88000-88200} Épinal",
    "Forststraße {n}, {z4:9020-9020} Klagenfurt", "Seestrasse {n}, {z4:3800-3800} Interlaken",
)  # fmt: skip
MAIL = {
    "sv": ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "spray.se", "bahnhof.se"),
    "en": ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com", "hotmail.co.uk", "btinternet.com", "aol.com", "comcast.net"),
}  # fmt: skip
MAIL["mixed"] = MAIL["sv"] + MAIL["en"][4:]
WORK = ("example.se", "jakt.example.se", "fiske.example.se", "example.com", "example.org", "example.co.uk", "example.net")  # fmt: skip
ORG_LOCAL = ("info", "kansli", "styrelsen", "fiskekort", "jaktledaren", "ordforande", "kassor", "bokning", "eftersok", "medlem", "secretary", "bookings", "membership", "permits")  # fmt: skip
ORG_DOMAIN = ("jaktklubb.example.se", "fvo.example.se", "example.se", "skytte.example.se", "friluft.example.org", "example.co.uk", "example.com")  # fmt: skip


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
    """Every value of EW from one seeded Random; counts the head/tail split and the origins."""

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
        given = [self.pick(pool)]  # hyphenated given names (`Lars-Erik`) come from the lists
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or ("-" in middle[0][0] and r.random() < 0.5):
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
        if len(surname) == 2 and (
            surname[0][0] == surname[1][0]
            or (joint == "-" and " " in surname[0][0] + surname[1][0])
        ):
            surname.pop()  # no `Berg-Berg`, no hyphen next to a noble particle
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
        given = plain(person.first).lower().replace("-", "").replace(" ", "")
        surname = plain(person.last).lower().replace("-", "").replace("'", "").replace(" ", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL[self.lang])}"

    def org_email(self) -> str:
        return f"{self.rng.choice(ORG_LOCAL)}@{self.rng.choice(ORG_DOMAIN)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline of a city or the countryside."""
        r = self.rng
        d = self.digits(8)
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "23", "26", "54", "60", "63", "90"))
        area3 = r.choice(("220", "240", "250", "271", "278", "280", "290", "380", "470", "480", "498", "510", "520", "550", "560", "570", "580", "590", "620", "640", "647", "650", "651", "660", "670", "680", "687", "910", "920", "922", "926", "940", "950", "960", "970", "971", "980"))  # fmt: skip
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (4, f"0{area3}-{d[:3]} {d[3:5]}"),
            (3, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"), (2, f"0{area3}/{d[:3]} {d[3:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 (0){area2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.55 else self.landline()

    def phone_firm(self) -> str:
        """An agency's, a firm's or a switchboard's number."""
        r = self.rng
        d = self.digits(7)
        return r.choice((f"010-{d[:3]} {d[3:5]} {d[5:]}", f"010-{d[:3]} {d[3:]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
                         f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:]}",
                         f"0{r.choice(('651', '660', '680', '920'))}-{d[:2]} {d[2:4]} 00", f"08-{d[:3]} {d[3:6]} 00"))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(8)
        area = r.choice(("1539", "1768", "1434", "1665", "1584", "1497", "1982", "1796", "1479", "1721", "1573", "1264", "1748", "1842", "1387"))  # fmt: skip
        shapes = (
            f"07{d[:3]} {d[3:6]}{self.digits(3)}", f"+44 7{d[:3]} {d[3:6]}{self.digits(3)}",
            f"0{area} {d[:6]}", f"(0{area}) {d[:3]} {d[3:6]}", f"+44 (0){area} {d[:6]}",
            f"020 7{d[:3]} {d[3:7]}", f"0113 {d[:3]} {d[3:7]}", f"0131 {d[:3]} {d[3:7]}",
            f"0044 7{d[:3]} {d[3:6]}{self.digits(3)}", f"07{d[:3]}{d[3:6]}{self.digits(3)}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(7)
        area = r.choice(("218", "406", "802", "701", "208", "715", "612", "307", "907", "517", "906", "541", "207"))  # fmt: skip
        shapes = (
            f"({area}) {d[:3]}-{d[3:]}", f"{area}-{d[:3]}-{d[3:]}", f"+1 {area} {d[:3]} {d[3:]}",
            f"{area}.{d[:3]}.{d[3:]}", f"+1 ({area}) {d[:3]}-{d[3:]}", f"1-800-{d[:3]}-{d[3:]}",
            f"1 {area} {d[:3]} {d[3:]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+49 151 {d[:8]}", f"+49 (0)5141 {d[:6]}", f"0049 170 {d[:7]}", f"0171 {d[:7]}",
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"00358 50 {d[:7]}", f"+31 6 {d[:4]} {d[4:8]}", f"+31 (0)6-{d[:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+44 7{d[:3]} {d[3:9]}", f"+1 406 {d[:3]} {d[3:7]}", f"+420 7{d[:2]} {d[2:5]} {d[5:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without `-`; `old`
        asks for one past a hundred, 10 digits with `+`."""
        r = self.rng
        year = r.randrange(1915, 1927) if old else r.randrange(1940, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.38:
            self.forms["pnr 12 with -"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            self.forms["pnr 10 with -"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.forms["pnr 12 without"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["pnr 10 without"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 14)) + 1, 160))
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
            rural = r.random() < 0.35
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal(rural=r.random() < 0.5)}"
        if roll < 0.75:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, {r.randrange(2, 6)} tr, {self.sv_postal()}"

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
        elif roll < 0.33:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
        elif r.random() < 0.1:
            street = f"PO Box {r.randrange(10, 999)}"
        zipcode = f"{prefix:03d}{r.randrange(1, 99):02d}"
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


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    SU/GU the surname/given name in capitals, I an initial and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A
    trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = draw.nickname(
            person, 0.07 if base in ("G", "g") else 0.85 if base in ("N", "n") else 0
        )
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "GU", "I", "Gi", "R", "RU", "E"}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "FARM": lambda: (draw.village(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "POST": lambda: (draw.sv_postal(), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
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
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "EMERG": lambda: (r.choice(("112", "114 14")), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EO": lambda: (draw.org_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(6, 21)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "FEW": lambda: (str(r.randrange(2, 9)), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "KG": lambda: (str(r.randrange(8, 140)), None),
        "AMT": lambda: (f"{r.randrange(15, 480) * 10:,} kr".replace(",", " "), None),
        "BIG": lambda: (f"{r.randrange(40, 960) * 50:,} kr".replace(",", " "), None),
        "GBP": lambda: (r.choice((f"£{r.randrange(8, 240)}", f"£{r.randrange(8, 240)}.{r.choice(('00', '50'))}")), None),
        "GBPBIG": lambda: (f"£{r.randrange(8, 120) * 100:,}", None),
        "USD": lambda: (f"${r.randrange(300, 9000):,}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{r.randrange(100000, 999999)}", f"K{r.randrange(1000, 99999)}-27")), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(("Hamburg", "Aachen", "Utrecht", "Leeds", "Minneapolis", "Aberdeen", "Copenhagen", "Graz", "Lyon", "Denver")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "HA": lambda: (f"{r.randrange(20, 2400)}", None),
        "DOG": lambda: (r.choice(DOGS), None),
        "DOGEN": lambda: (r.choice(DOGS_EN), None),
        "WATER": lambda: (r.choice(WATERS), None),
        "WATEREN": lambda: (r.choice(WATERS_EN), None),
        "AREA": lambda: (r.choice(AREAS), None),
        "CLUB": lambda: (r.choice(CLUBS), None),
        "CLUBEN": lambda: (r.choice(CLUBS_EN), None),
        "ROAD": lambda: (r.choice(ROADS), None),
        "ROADEN": lambda: (r.choice(ROADS_EN), None),
        "CAL": lambda: (r.choice(CALIBRES), None),
        "SPEC": lambda: (r.choice(SPECIES_EN if en else SPECIES), None),
        "VILT": lambda: (r.choice(("älg", "rådjur", "rådjur", "vildsvin", "dovhjort", "kronhjort", "ren", "älgkalv")), None),
        "FAST": lambda: (r.choice(FASTIGHETER), None),
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
    """EW's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of EW is printed."""
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
                forms["lower-case one word"] += value.islower() and " " not in value
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += "Box" in value
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(
        f"spans: {kinds[('PERSON', 'all')] + sum(v for (k, la), v in kinds.items() if la == 'all' and k != 'PERSON')}"
    )
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(
        "personnummer: "
        + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items()) if k.startswith("pnr"))
    )
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def valid_pnr(value: str) -> bool:
    digits = value.replace("-", "").replace("+", "")
    if (
        not digits.isdigit()
        or len(digits) not in (10, 12)
        or value.count("+") + value.count("-") > 1
    ):
        return False
    if "+" in value and len(digits) != 10:
        return False
    ten = digits[-10:]
    return luhn(ten[:9]) == int(ten[9]) and 1 <= int(ten[2:4]) <= 12 and 1 <= int(ten[4:6]) <= 31


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_n = 0
    pnrs = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            problems["keys"] += list(row) != KEYS
            problems["split"] += row["split"] != SPLIT
            problems["lang"] += row["lang"] not in SIZES
            problems["duplicate id"] += row["id"] in ids
            ids.add(row["id"])
            text, last = row["text"], 0
            for span in row["spans"]:
                spans_n += 1
                start, end = span["start"], span["end"]
                if not (0 <= start < end <= len(text)):
                    problems["out of bounds or empty"] += 1
                    continue
                value = text[start:end]
                problems["whitespace at an edge"] += value != value.strip()
                problems["unsorted or overlapping"] += start < last
                last = end
                problems["kind"] += span["kind"] not in (
                    "PERSON",
                    "ADDRESS",
                    "PHONE",
                    "EMAIL",
                    "NATIONAL_ID",
                )
                if span["kind"] == "NATIONAL_ID":
                    pnrs += 1
                    problems["personnummer check digit"] += not valid_pnr(value)
    problems["rows"] += rows != sum(SIZES.values())
    print(f"checked {rows} rows, {spans_n} spans, {pnrs} personnummer, {len(ids)} ids")
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
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()
    print(f"{len(rows)} sentences written to {args.out} (sha256 {digest})")


if __name__ == "__main__":
    main()
