# ruff: noqa: E501
"""Generate held-out HM for personal-data detection (issue 15): names as the population has them,
a two-hundredth writer, in the papers of land surveyors and property registration.

    python data/pii/generate_hm.py           # writes data/pii/generated-heldout-hm.jsonl
    python data/pii/generate_hm.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_hm.py --check   # checks the written file, prints counts only
    python data/pii/generate_hm.py --seed 7 --out /tmp/hm7.jsonl   # a scratch seed

HM's names are drawn by how often people really carry them: every name word comes from
`names_hm.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is land surveying and property registration (`templates_hm.py`): cadastral
procedures (lantmäteriförrättningar: subdivisions, boundary determinations, reallotments,
joint facilities, utility easements) with their notices, minutes and parties, boundary disputes
between neighbours, landowners' letters to the surveyor, surveyors' field notes with their
boundary marks, coordinates and heights, title registration (lagfart, deeds of sale and gift,
mortgage deeds, estate inventories), and their English counterparts (HM Land Registry
applications, party-wall notices, determined boundaries, US deeds, plats and survey field
books), in Swedish, English and the two mixed as Swedes write at work. Written by a helper who
does not tune the detector, who read only `generate_aw.py` (for the mechanics, copied here),
two sections of `docs/privacy.md` and the first line of `generated-heldout-u.jsonl`, and neither
the detector's rules, lexicons and tagger nor any error listing nor any other set's names,
templates or rows (a listing of `data/pii/` showed their file names only; the US names were
copied from the `names` package's data files); HM was never run through the detector by its writer, and its names were not
checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_hm import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_hm import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270277
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hm.jsonl"
SPLIT = "heldout-hm"
KEYS = ["id", "split", "lang", "text", "spans"]

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the country's addresses.
SV_STREETS = (
    "Drottninggatan", "Kungsgatan", "Storgatan", "Östra Storgatan", "Västra Kyrkogatan", "Nygatan",
    "Trädgårdsgatan", "Köpmangatan", "Prästgatan", "Hamngatan", "Järnvägsgatan", "Södra Vägen",
    "Repslagaregatan", "Slottsgatan", "Fabriksgatan", "Ågatan", "Nämndemansgatan", "Vasagatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Lönnvägen", "Hasselvägen", "Ekbacksvägen",
    "Skolvägen", "Kyrkvägen", "Gärdesvägen", "Åkervägen", "Mossvägen", "Tegelbruksvägen",
    "Lantmätarvägen", "Gamla Byvägen", "Bygatan", "Ängsvägen", "Sjöviksvägen", "Bruksvägen",
    "Klöversvängen", "Lärksvängen", "Blåklintssvängen", "Rosenlundsallé", "Parkallén", "Lindallé",
    "Stationsallén", "Kvarnbacken", "Smedsbacken", "Sandbacken", "Hagabacken", "Kyrkbacken",
    "Liljestigen", "Trastvägen", "Mjölnarstigen", "Rönnbärsstigen", "Vitsippsstigen", "Enstigen",
    "Stora Torget", "Salutorget", "Fisktorget", "Kungstorget", "Stationsplan", "Kvarnplan",
    "Tingshusplan", "Gästgivaregränd", "Klockargränd", "Bagargränd", "Skomakargränd",
    "Norra Kajen", "Södra Kajen", "Kanalkajen", "Varvskajen", "Hamnkajen", "Strandpromenaden",
    "Solrosvägen", "Storängsvägen", "Bäckvägen", "Åsgatan", "Kaptensgatan", "Gränsvägen",
)  # fmt: skip
# Towns with the range of the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 502, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Luleå", 972, 975),
    ("Kungsbacka", 434, 434), ("Varberg", 432, 432), ("Falun", 791, 791), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Nyköping", 611, 611), ("Visby", 621, 621), ("Kiruna", 981, 981),
    ("Uddevalla", 451, 451), ("Motala", 591, 591), ("Örnsköldsvik", 891, 891), ("Piteå", 941, 941),
    ("Skellefteå", 931, 931), ("Härnösand", 871, 871), ("Ystad", 271, 271), ("Lidköping", 531, 531),
    ("Enköping", 745, 745), ("Hudiksvall", 824, 824), ("Arvika", 671, 671), ("Ludvika", 771, 771),
    ("Västervik", 593, 593), ("Karlskrona", 371, 371), ("Hässleholm", 281, 281), ("Värnamo", 331, 331),
    ("Nässjö", 571, 571), ("Norrtälje", 761, 761), ("Strängnäs", 645, 645), ("Boden", 961, 961),
    ("Lycksele", 921, 921), ("Åre", 837, 837), ("Mora", 792, 792), ("Malung", 782, 782),
    ("Torsby", 685, 685), ("Strömstad", 452, 452), ("Lysekil", 453, 453), ("Alingsås", 441, 441),
    ("Falkenberg", 311, 311), ("Simrishamn", 272, 272), ("Trelleborg", 231, 231), ("Oskarshamn", 572, 572),
    ("Borgholm", 387, 387), ("Östhammar", 742, 742), ("Tierp", 815, 815), ("Ljusdal", 827, 827),
    ("Kramfors", 872, 872), ("Kalix", 952, 952), ("Storuman", 923, 923), ("Hedemora", 776, 776),
)  # fmt: skip
# Villages and farms that rural addresses are written by (`Västanby 24`).
VILLAGES = (
    "Västanby", "Östanby", "Norrby", "Söderby", "Mellanby", "Kyrkbyn", "Bergby", "Lillby",
    "Storön", "Näset", "Kvarnåsen", "Tallmon", "Rösta", "Ytterbyn", "Innerbyn", "Gammelgården",
    "Sörgården", "Backa", "Kullaberg", "Hästhagen", "Ängstorp", "Stensjö", "Ryd", "Holma",
    "Gräsmyr", "Brännan", "Lövsjö", "Granlunda", "Bäcktorp", "Åsen", "Lidarne", "Tuna",
)  # fmt: skip
UK_STREETS = (
    "Church Road", "Station Approach", "Mill Lane", "Hall Lane", "Green Lane", "The Street",
    "Back Street", "North Road", "London Road", "Manor Road", "Orchard Way", "Field View",
    "Meadow Close", "Beech Grove", "Chapel Street", "Westgate", "Fore Street", "Castle Hill",
)  # fmt: skip
UK_TOWNS = (
    ("Penrith", "CA11"), ("Hexham", "NE46"), ("Skipton", "BD23"), ("Malton", "YO17"),
    ("Tiverton", "EX16"), ("Bodmin", "PL31"), ("Hereford", "HR1"), ("Shrewsbury", "SY1"),
    ("Lewes", "BN7"), ("Canterbury", "CT1"), ("Ely", "CB7"), ("Harrogate", "HG1"),
    ("Dorchester", "DT1"), ("Dumfries", "DG1"), ("Perth", "PH1"), ("Carmarthen", "SA31"),
    ("York", "YO1"), ("Oxford", "OX1"), ("Bath", "BA1"), ("London", "SE15"), ("Belfast", "BT9"),
)  # fmt: skip
UK_HOUSES = ("Glebe Cottage", "The Old School House", "Brook Farm", "Keepers Cottage", "Holly Lodge", "The Barn", "Mill House", "Ash Tree Farm")  # fmt: skip
US_STREETS = ("County Road 14", "N Main St", "Elm Street", "Township Road 210", "W 3rd Street", "Ridge Road", "Old Mill Road", "Cedar Lane", "Prairie View Drive", "S Lake Avenue")  # fmt: skip
US_TOWNS = (("Ely", "MN", 557), ("Bemidji", "MN", 566), ("Sioux Falls", "SD", 571), ("Missoula", "MT", 598), ("Bend", "OR", 977), ("Lancaster", "PA", 176), ("Montpelier", "VT", 56), ("Ithaca", "NY", 148), ("Asheville", "NC", 288), ("Marquette", "MI", 498), ("Decorah", "IA", 521), ("Moab", "UT", 845))  # fmt: skip
EUROPE = (
    "Bahnhofstraße {n}, {z5:23552-23570} Lübeck", "Am Kirchberg {n}, {z5:18055-18147} Rostock",
    "Feldweg {n}, {z5:24937-24944} Flensburg", "Gartenstraße {n}, {z5:79098-79117} Freiburg",
    "Storgata {n}, {z4:9008-9019} Tromsø", "Kirkeveien {n}, {z4:1600-1640} Fredrikstad",
    "Skovvej {n}, {z4:8600-8600} Silkeborg", "Strandgade {n}, {m}. th., {z4:3000-3000} Helsingør",
    "Mannerheimintie {n} A {m}, {z5:00100-00260} Helsinki", "Koulukatu {n}, {z5:65100-65380} Vaasa",
    "ul. Polna {n}, 81-{z3:300-599} Gdynia", "ul. Kościelna {n}/{m}, 60-{z3:100-999} Poznań",
    "Dorpsstraat {n}, {z4:3701-3709} {L2} Zeist", "Rue du Moulin {n}, {z4:1000-1210} Bruxelles",
    "{n} avenue de la Gare, {z5:74000-74000} Annecy", "Via Garibaldi {n}, {z5:10121-10156} Torino",
    "Calle Mayor {n}, {z5:03001-03016} Alicante", "Pärnu mnt {n}, {z5:10111-10152} Tallinn",
    "Seestrasse {n}, {z4:8002-8008} Zürich",
)  # fmt: skip
# Mail domains by the language of the row: webmail, then work domains (`example` and its kin).
MAIL = {
    "sv": ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "bredband.net", "spray.se", "yahoo.se"),
    "en": ("gmail.com", "hotmail.co.uk", "outlook.com", "icloud.com", "yahoo.com", "btinternet.com", "aol.com", "comcast.net"),
}  # fmt: skip
WORK = {
    "sv": ("example.se", "matbyra.example.se", "kommun.example.se", "lm.example.se", "example.com"),
    "en": ("example.com", "example.co.uk", "survey.example.com", "example.org", "county.example.gov"),
}  # fmt: skip
BOXES = {
    "sv": ("info", "kontakt", "lantmateri", "registrator", "bygglov", "kundtjanst", "inskrivning", "fakturor"),
    "en": ("enquiries", "info", "surveys", "recorder", "office", "assessor", "conveyancing", "accounts"),
}  # fmt: skip
# Swedish double given names: a common first part and a common second part (`Karl-Erik`).
DOUBLE = {
    True: (("Anna", "Eva", "Ann", "Maj", "Britt", "Lena", "Marie", "Karin", "Ulla"), ("Karin", "Lena", "Maria", "Britt", "Sofie", "Kristin", "Lotta", "Marie", "Louise", "Stina", "Lisa", "Greta")),
    False: (("Karl", "Carl", "Per", "Lars", "Jan", "Hans", "Nils", "Sven", "Bengt", "Erik"), ("Erik", "Olof", "Johan", "Göran", "Åke", "Gunnar", "Anders", "Axel", "Gustav", "Inge", "Ove", "Arne")),
}  # fmt: skip
MUNICIPALITIES = ("Uppsala", "Knivsta", "Norrtälje", "Kungsbacka", "Tanum", "Orust", "Gotland", "Mora", "Leksand", "Åre", "Kalix", "Ydre", "Vimmerby", "Tjörn", "Värmdö", "Sotenäs", "Ljusdal", "Borgholm")  # fmt: skip
TRACTS = ("Kåbo", "Berga", "Tuna", "Lilla Ek", "Sund", "Myrby", "Östanå", "Stora Ryd", "Backa", "Hällby", "Fiskeby", "Norrvik", "Skäret", "Bön", "Åsby", "Gräsö")  # fmt: skip


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
    short: str | None = None  # the short form the row calls the person by, once decided
    decided: bool = False

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of HM from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Anna-Karin
            firsts, seconds = DOUBLE[woman]
            given = [(r.choice(firsts), "head"), (r.choice(seconds), "head")]
            if given[0][0] == given[1][0]:
                given.pop()
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.45, "uk": 0.3, "nordic": 0.3, "german": 0.2}.get(
            key, 0.05
        ):
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
        """A short form of the person's given name, with `share` when the name has one; a row
        keeps calling a person as it first did."""
        if person.decided:
            return person.short
        person.decided = True
        forms = NICKNAMES.get(person.origin, {}).get(person.first)
        if forms and self.rng.random() < share:
            self.forms["nickname"] += 1
            person.short = self.rng.choice(forms)
        return person.short

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
                          f"{given[0]}.{surname}", f"{surname}{given[:2]}"))  # fmt: skip
        lang = "en" if self.lang == "en" else "sv"
        return f"{local}@{r.choice(WORK[lang] if r.random() < 0.45 else MAIL[lang])}"

    def box_email(self) -> str:
        """A firm's or an office's functional mailbox."""
        r = self.rng
        lang = "en" if self.lang == "en" else "sv"
        return f"{r.choice(BOXES[lang])}@{r.choice(WORK[lang])}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "36", "42", "46", "11")
        )
        area3 = r.choice(("171", "176", "220", "240", "243", "250", "300", "320", "340", "410", "418", "457", "470", "480", "485", "498", "510", "520", "522", "523", "560", "570", "586", "611", "612", "643", "647", "650", "660", "690", "910", "920", "950", "970", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (9, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"0{area2}{d}"),
            (7, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"), (1, f"0{area3}/{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or an office's number: a switchboard, a national number, a city line."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"020-{d[:3]} {d[3:6]}", f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}",
            f"010-{d[:3]} {d[3:6]}", f"0{r.choice(('18', '31', '40', '90', '13'))}-{d[:2]} {d[2:4]} {d[4:6]}",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"+46 771 {d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        shapes = (
            f"07{r.choice('3456789')}{d[:2]} {d[2:]}{self.digits(2)}", f"07700 900{d[:3]}",
            f"+44 7{r.choice('3456789')}{d[:2]} {d[2:]}{self.digits(2)}", f"01768 {d}", f"01434 {d}",
            f"(01756) {d}", f"01872 {d[:3]} {d[3:]}", f"020 7{d[:3]} {d[3:]}{self.digits(1)}",
            f"+44 (0)1423 {d}", f"0113 {d[:3]} {d[3:]}{self.digits(1)}", f"028 90{d[:2]} {d[2:]}",
            f"0044 1865 {d}", f"01392 {d[:3]}{d[3:]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(4)
        area = r.choice(
            ("218", "605", "406", "541", "717", "802", "607", "828", "906", "563", "435")
        )
        shapes = (
            f"({area}) 555-0{d[:3]}", f"{area}-555-0{d[:3]}", f"{area}.555.0{d[:3]}",
            f"+1 {area} 555 0{d[:3]}", f"+1 ({area}) 555-0{d[:3]}", f"1-{area}-555-0{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:4]} {d[4:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:7]}", f"040-{d[:3]} {d[3:7]}", f"+358 6 {d[:3]} {d[3:7]}",
            f"+49 160 {d[:7]}", f"+49 (0)451 {d[:6]}", f"0049 761 {d[:3]} {d[3:6]}", f"0172 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 58 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+44 7{r.choice('4578')}{d[:2]} {d[2:8]}", f"+1 (218) 555-0{d[:3]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+31 6 {d[:8]}", f"+32 475 {d[:2]} {d[2:4]} {d[4:6]}", f"+39 3{d[:2]} {d[2:9]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+98 912 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` for someone past a hundred (`+`)."""
        r = self.rng
        year = r.randrange(1916, 1927) if old else r.randrange(1934, 2006)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            if roll < 0.7:
                return f"{date}+{serial}{check}"
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.13:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[20:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        roll = r.random()
        if roll < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.1:
            out = "SE-" + out
        elif roll < 0.12:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(
        self, lines: bool = False, lgh: bool = False, rural: bool | None = None, floor: bool = False
    ) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.3
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and (floor or r.random() < 0.08):
            street += f"{r.choice((', ', ' '))}{r.randrange(1, 7)} tr"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, district = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{district} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.25:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 14)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
        elif r.random() < 0.1:
            street = f"PO Box {r.randrange(10, 2000)}"
        zip_ = f"{prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{town}, {state} {zip_}" if lines else f"{street}, {town}, {state} {zip_}"

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

    def designation(self, municipality: bool = False) -> str:
        """A property designation (`Myrby 3:41`, `Uppsala Kåbo 12:7`): no address."""
        r = self.rng
        tract = r.choice(TRACTS + tuple(v for v in VILLAGES[:12]))
        out = f"{tract} {r.randrange(1, 40)}:{r.randrange(1, 260)}"
        return f"{r.choice(MUNICIPALITIES)} {out}" if municipality else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, M with the middle
    name's initial (`John A. Smith`; the full name when there is none), G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU
    the surname and GU the given name in capitals (forms with separate fields), I an initial and
    the surname, Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME,
    Given`, E an e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an
    English one.
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
    elif base == "M":
        words = given + middle + surname
        initial = [f"{w[0]}." for w, _ in middle]
        value = " ".join([person.first, *initial, person.last])
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
    "GU",
    "S",
    "s",
    "SU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    year = r.choice((2026, 2027, 2027, 2027))
    old_year = r.randrange(1948, 2024)
    deed_year = r.randrange(1889, 1966)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ATR": lambda: (draw.sv_address(lines=r.random() < 0.5, rural=False, floor=True), "ADDRESS"),
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
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "EF": lambda: (draw.box_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"{year}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day} {MONTHS['sv'][month - 1]} {year}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} {year}", f"{day:02d}/{month:02d}/{year}", f"{MONTHS['en'][month - 1]} {day}, {year}", f"{month}/{day}/{year}")), None),
        "YEAR": lambda: (str(old_year), None),
        "BYEAR": lambda: (str(r.randrange(1938, 2000)), None),
        "OLDDATE": lambda: (f"{day} {MONTHS['sv'][month - 1]} {deed_year}", None),
        "TIME": lambda: (f"{r.randrange(7, 18)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(1200, 95000):,} kr".replace(",", " "), None),
        "PRICE": lambda: (f"{r.randrange(45, 890) * 10000:,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(180, 4200):,}", None),
        "GBPK": lambda: (f"£{r.randrange(95, 900) * 1000:,}", None),
        "USD": lambda: (f"${r.randrange(400, 9000):,}", None),
        "USDK": lambda: (f"${r.randrange(60, 750) * 1000:,}", None),
        "EUR": lambda: (f"{r.randrange(300, 9000)} €", None),
        "FAST": lambda: (draw.designation(), None),
        "FASTK": lambda: (draw.designation(municipality=True), None),
        "AKT": lambda: (f"{r.choice(('0380', '0305', '1384', '0980', '2021', '2321', '1435', '0188', '1884', '2514'))}-{r.choice(('K', 'P', ''))}{r.randrange(62, 100) if r.random() < 0.3 else r.randrange(10, 27):02d}/{r.randrange(1, 160)}", None),
        "ARENDE": lambda: (r.choice((f"{r.choice('CDHKMOTUWXYZ')}{r.randrange(100000, 999999)}", f"{r.choice(('AB', 'AC', 'U', 'K', 'LM'))}{r.randrange(10000, 99999)}", f"Ä {year}/{r.randrange(100, 9999):04d}")), None),
        "DBNR": lambda: (r.choice((f"{r.randrange(1000, 99999)}/{year % 100}", f"D{year}-{r.randrange(1, 99999):05d}", f"{year}/{r.randrange(100, 99999)}")), None),
        "COORD": lambda: (r.choice((f"N {r.randrange(6150, 7600)} {r.randrange(100, 999)},{r.randrange(10, 99)} E {r.randrange(280, 910)} {r.randrange(100, 999)},{r.randrange(10, 99)}", f"N {r.randrange(6150000, 7600000)}.{r.randrange(100, 999)}, E {r.randrange(280000, 910000)}.{r.randrange(100, 999)}", f"X={r.randrange(6150000, 7600000)} Y={r.randrange(1200000, 1900000)}", f"{r.randrange(55, 68)}.{r.randrange(1000, 9999)}° N, {r.randrange(11, 24)}.{r.randrange(1000, 9999)}° E")), None),
        "HGT": lambda: (f"+{r.randrange(1, 420)},{r.randrange(10, 99)} m (RH 2000)", None),
        "GP": lambda: (str(r.randrange(1, 240)), None),
        "DIST": lambda: (f"{r.randrange(0, 40)},{r.randrange(0, 99):02d} m", None),
        "DISTEN": lambda: (r.choice((f"{r.randrange(1, 60)}.{r.randrange(0, 99):02d} m", f"{r.randrange(2, 300)}.{r.randrange(0, 99):02d} ft", f"{r.randrange(2, 40)} links", f"{r.randrange(2, 9)} chains {r.randrange(1, 99)} links")), None),
        "TOMT": lambda: (r.choice((f"{r.randrange(6, 40) * 100} kvm", f"{r.randrange(600, 4000):,} m²".replace(",", " "))), None),
        "AREA": lambda: (r.choice((f"{r.randrange(450, 9800):,} m²".replace(",", " "), f"{r.randrange(1, 95)},{r.randrange(0, 99):02d} ha", f"{r.randrange(600, 3400)} kvm")), None),
        "AREAEN": lambda: (r.choice((f"{r.randrange(1, 120)}.{r.randrange(0, 99):02d} acres", f"{r.randrange(0, 40)}.{r.randrange(1, 999):03d} hectares", f"{r.randrange(300, 9000):,} sq ft")), None),
        "SHARE": lambda: (r.choice(("1/2", "1/3", "2/3", "1/4", "3/4", "1/6", "1/8", "5/12")), None),
        "TITLE": lambda: (f"{r.choice(('CU', 'NYK', 'NT', 'DN', 'SY', 'ESX', 'K', 'HD', 'WYK', 'AGL', 'TGL', 'LAN', 'WA', 'BK', 'CYM', 'DT'))}{r.randrange(10000, 999999)}", None),
        "APN": lambda: (r.choice((f"{r.randrange(10, 999):03d}-{r.randrange(10, 999):03d}-{r.randrange(1, 99):02d}", f"{r.randrange(10, 99)}-{r.randrange(10, 99)}-{r.randrange(100, 999)}-{r.randrange(100, 999)}", f"R{r.randrange(100000, 999999)}")), None),
        "BOOK": lambda: (f"Book {r.randrange(120, 4800)}, Page {r.randrange(1, 900)}", None),
        "LOT": lambda: (f"Lot {r.randrange(1, 60)}, Block {r.randrange(1, 20)}", None),
        "OSGR": lambda: (f"{r.choice(('NY', 'SD', 'SE', 'SK', 'SO', 'ST', 'SX', 'TQ', 'NT', 'NN'))} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)}", None),
        "ORGNR": lambda: (r.choice((f"55{r.choice('69')}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"7169{r.randrange(10, 99)}-{r.randrange(1000, 9999)}", f"2120{r.randrange(0, 3)}{r.randrange(0, 10)}-{r.randrange(1000, 9999)}")), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{r.choice('ABCDEFGHKLMNPRSTW')}{r.choice('ABCDEFGHKLMNPRSTW')}/{r.randrange(100, 9999)}/{year % 100}", f"#{r.randrange(10000, 99999)}", f"{r.randrange(100000, 999999)}")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "KOMMUN": lambda: (r.choice(MUNICIPALITIES), None),
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
    """HM's rows: every negative once, then positive rows from shuffled decks of each language's
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


def pnr_form(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    sep = "+" if "+" in value else "-" if "-" in value else "no separator"
    return f"{len(digits)} digits, {sep}"


def stats(rows: list[dict[str, object]], draw: Draw | None = None) -> None:
    """Counts only: no row of HM is printed."""
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
                forms["lower-case one word in chat"] += value.islower() and " " not in value
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
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += "Box" in value
                forms["address after c/o and a name"] += bool(
                    re.search(r"c/o [^,\n]+, $", text[: span["start"]])
                )
                forms["address SE-"] += (
                    value.startswith("SE-") or "\nSE-" in value or ", SE-" in value
                )
                forms["address without a digit (a street alone)"] += not re.search(r"\d", value)
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
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
        print(f"origins never drawn: {', '.join(missing) or 'none'}")
    templates = ", ".join(f"{lang} {len(TEMPLATES[lang])}" for lang in TEMPLATES)
    negatives = Counter(lang for lang, _ in NEGATIVES)
    print(
        f"templates: {templates}; negatives: {sum(negatives.values())} ("
        + ", ".join(f"{k} {v}" for k, v in sorted(negatives.items()))
        + ")"
    )


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows: list[dict[str, object]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows.append(row)
            if list(row) != KEYS:
                problems["keys not as heldout-u's"] += 1
            if row["id"] in ids:
                problems["id twice"] += 1
            ids.add(row["id"])
            if row["split"] != SPLIT or row["lang"] not in SIZES:
                problems["split or lang"] += 1
            text, end = row["text"], 0
            for span in row["spans"]:
                if list(span) != ["start", "end", "kind"]:
                    problems["span keys"] += 1
                s, e = span["start"], span["end"]
                if not 0 <= s < e <= len(text):
                    problems["span empty or out of bounds"] += 1
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
                    digits = re.sub(r"\D", "", value)
                    if len(digits) not in (10, 12) or luhn(digits[-10:-1]) != int(digits[-1]):
                        problems["personnummer check digit"] += 1
    sizes = Counter(str(row["lang"]) for row in rows)
    if dict(sizes) != SIZES:
        problems["sizes"] += 1
    print(f"checked {len(rows)} rows, {sum(len(r['spans']) for r in rows)} spans, {len(ids)} ids")  # type: ignore[arg-type]
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) or "none"))
    stats(rows)
    return 1 if problems else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.check:
        sys.exit(check(args.out))
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
