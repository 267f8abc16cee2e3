# ruff: noqa: E501
"""Generate held-out HO for personal-data detection (issue 15): names as the population has them,
a two-hundred-and-second writer. HO's names are drawn by how often people carry them (`names_ho.py`:
SCB's ranks for Sweden, the US Census 1990 per cents, the ONS ranks for the UK, the commonest names
of the origins common in Sweden; 80% from a list's head, 20% from its tail), mixed per language
roughly as Sweden's population is. The genre is forestry and timber sales (`templates_ho.py`):
forest owners' management plans, felling notices and Skogsstyrelsen's replies, timber contracts and
settlement notes, haulage bookings and drivers' chats, timber measurement slips, in Swedish,
English and both at once. Written by a helper who tunes nothing and who read only
`generate_aw.py` (for the mechanics), the sections "Held-out AW" and "Held-out CL" of
`docs/privacy.md` and the first line of `generated-heldout-u.jsonl`; not the detector, its
lexicons, its tests, any other set or any error listing. HO was never run through the detector
by its writer. Stdlib only; one seeded Random: same seed, same bytes.

    python data/pii/generate_ho.py            # writes data/pii/generated-heldout-ho.jsonl
    python data/pii/generate_ho.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ho.py --check    # checks the written file, prints counts only
    python data/pii/generate_ho.py --seed 7 --out /tmp/ho.jsonl   # a scratch seed
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

from names_ho import (  # noqa: E402
    HEAD_SHARE,
    MIXES,
    NICKNAMES,
    ORIGINS,
    PLAIN_TYPED,
    Pool,
    feminine,
    latvian_feminine,
    plain,
)
from templates_ho import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270279
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ho.jsonl"
SPLIT = "heldout-ho"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns with a sawmill or a
# paper mill (a few carry a person's name, `Engelbrektsgatan`: the whole is ADDRESS).
SV_STREETS = (
    "Storgatan", "Kyrkogatan", "Nygatan", "Drottninggatan", "Köpmangatan", "Prästgatan",
    "Järnvägsgatan", "Bruksgatan", "Fabriksgatan", "Sågverksgatan", "Engelbrektsgatan",
    "Västra Storgatan", "Östra Järnvägsgatan", "Lilla Nygatan", "Norra Esplanaden",
    "Skogsvägen", "Timmervägen", "Flottarvägen", "Kolarvägen", "Ringvägen", "Ängsvägen",
    "Blåbärsvägen", "Rönnbärsvägen", "Tjärnvägen", "Gärdesvägen", "Bäckvägen", "Lärkvägen",
    "Orrvägen", "Tjädervägen", "Järpvägen", "Lasarettsvägen", "Idrottsvägen", "Hyttvägen",
    "Masugnsvägen", "Gamla Vägen", "Övre Bruksvägen", "Sågarvägen", "Kanalvägen", "Fäbovägen",
    "Nyponsvängen", "Ekorrsvängen", "Sälgsvängen", "Tallsvängen", "Lingonstigen", "Hjortronstigen",
    "Myrstigen", "Tallstigen", "Mosstigen", "Björkallé", "Furuallén", "Lindallén", "Stationsallén",
    "Kyrkbacken", "Skolbacken", "Granbacken", "Solbacken", "Kvarnbacken", "Möllebacken",
    "Stortorget", "Järntorget", "Fisktorget", "Gustav Adolfs torg", "Stationsplan", "Bruksplan",
    "Verkstadsplan", "Brunnsplan", "Smedsgränd", "Tullgränd", "Bagargränd", "Fiskargränd",
    "Hamnkajen", "Norra Kajen", "Södra Kajen", "Älvkajen", "Strandkajen", "Skogsbrynet",
)  # fmt: skip
# Towns with the first three digits of their postcodes (the writer's knowledge of the ranges).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Umeå", 903, 907), ("Sundsvall", 852, 857), ("Östersund", 831, 832), ("Gävle", 802, 806),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Luleå", 972, 975), ("Jönköping", 553, 556),
    ("Örebro", 702, 703), ("Västerås", 721, 725), ("Linköping", 582, 587), ("Falun", 791, 791),
    ("Borlänge", 781, 784), ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 891), ("Skellefteå", 931, 931),
    ("Lycksele", 921, 921), ("Storuman", 923, 923), ("Sorsele", 924, 924), ("Vilhelmina", 912, 912),
    ("Åsele", 919, 919), ("Dorotea", 917, 917), ("Strömsund", 833, 833), ("Krokom", 835, 835),
    ("Järpen", 837, 837), ("Sveg", 842, 842), ("Ljusdal", 827, 827), ("Bollnäs", 821, 821),
    ("Söderhamn", 826, 826), ("Hudiksvall", 824, 824), ("Edsbyn", 828, 828), ("Mora", 792, 792),
    ("Orsa", 794, 794), ("Älvdalen", 796, 796), ("Malung", 782, 782), ("Ludvika", 771, 771),
    ("Sandviken", 811, 811), ("Torsby", 685, 685), ("Sunne", 686, 686), ("Arvika", 671, 671),
    ("Hagfors", 683, 683), ("Filipstad", 682, 682), ("Kristinehamn", 681, 681), ("Säffle", 661, 661),
    ("Åmål", 662, 662), ("Bengtsfors", 666, 666), ("Ljungby", 341, 341), ("Älmhult", 343, 343),
    ("Tingsryd", 362, 362), ("Nybro", 382, 382), ("Vetlanda", 574, 574), ("Eksjö", 575, 575),
    ("Hultsfred", 577, 577), ("Vimmerby", 598, 598), ("Västervik", 593, 593), ("Värnamo", 331, 331),
    ("Gislaved", 332, 332), ("Piteå", 941, 941), ("Boden", 961, 961), ("Kalix", 952, 952),
    ("Överkalix", 956, 956), ("Arvidsjaur", 933, 933), ("Jokkmokk", 962, 962), ("Gällivare", 982, 982),
    ("Pajala", 984, 984), ("Kramfors", 872, 872), ("Sollefteå", 881, 881), ("Ånge", 841, 841),
    ("Timrå", 861, 861), ("Hedemora", 776, 776), ("Avesta", 774, 774), ("Vindeln", 922, 922),
)  # fmt: skip
RURAL_FROM = 17  # towns from here on have rural routes (postcodes ending 9x)
# Village and farm names as rural addresses have them (`Granliden 14`); with `N:M` after them
# they are property designations instead (no address).
VILLAGES = (
    "Backen", "Västansjö", "Östansjö", "Norrbyn", "Sörbyn", "Mellanbyn", "Ytterbyn", "Innerbyn",
    "Kullen", "Bodarna", "Gärdet", "Myrhed", "Granliden", "Tallberg", "Björkliden", "Lillåsen",
    "Storåsen", "Rönnliden", "Kvarnberg", "Hällbacken", "Nybodarna", "Forsen", "Strömsnäs",
    "Vitvattnet", "Svartbäcken", "Nedre Gärdsjö", "Övre Gärdsjö", "Ängeså", "Lomträsk", "Rusksele",
    "Granö", "Norrgården", "Sörgården", "Åkerby", "Västerby", "Lövnäs", "Tjärnäs", "Kvarnbyn",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Forest Road", "The Green",
    "Sawmill Lane", "Main Street", "School Road", "Woodside Close", "Bridge Street", "Market Square",
    "Victoria Road", "Moor Lane", "Pine Grove", "Larch Avenue", "Quarry Road", "Riverside Drive",
)  # fmt: skip
UK_TOWNS = (
    ("Inverness", "IV", 1, 3), ("Fort William", "PH", 33, 33), ("Aberfeldy", "PH", 15, 15),
    ("Dumfries", "DG", 1, 2), ("Castle Douglas", "DG", 7, 7), ("Galashiels", "TD", 1, 1),
    ("Hexham", "NE", 46, 47), ("Thetford", "IP", 24, 24), ("Dolgellau", "LL", 40, 40),
    ("Newtown", "SY", 16, 16), ("Brecon", "LD", 3, 3), ("Coleford", "GL", 16, 16),
    ("Kendal", "LA", 8, 9), ("Penrith", "CA", 10, 11), ("Oban", "PA", 34, 34),
    ("Aviemore", "PH", 22, 22), ("Perth", "PH", 1, 2), ("Carlisle", "CA", 1, 3),
    ("Aberdeen", "AB", 10, 25), ("London", "N", 1, 22), ("York", "YO", 1, 32),
)  # fmt: skip
UK_HOUSES = ("Keeper's Cottage", "The Old Sawmill", "Forest Lodge", "Hill Farm", "Home Farm", "Larch House", "The Steading", "Burnside Cottage", "Woodend")  # fmt: skip
US_STREETS = ("Main Street", "County Road 14", "Oak Street", "Maple Avenue", "Mill Road", "Timber Lane", "Ridge Road", "Forest Service Road 23", "Pine Street", "River Road", "Logging Camp Road")  # fmt: skip
US_TOWNS = (
    ("Eugene", "OR", 974), ("Bend", "OR", 977), ("Longview", "WA", 986), ("Aberdeen", "WA", 985),
    ("Missoula", "MT", 598), ("Kalispell", "MT", 599), ("Coeur d'Alene", "ID", 838), ("Bangor", "ME", 44),
    ("Rhinelander", "WI", 545), ("Bemidji", "MN", 566), ("Lufkin", "TX", 759), ("Eureka", "CA", 955),
    ("Asheville", "NC", 288), ("Savannah", "GA", 314),
)  # fmt: skip
# Addresses abroad, in each country's own format; drawn from a shuffled deck.
ABROAD = (
    "Metsätie {n}, {z5:96100-96900} Rovaniemi", "Koulukatu {n} A {m}, {z5:80100-80230} Joensuu",
    "Skogveien {n}, {z4:2406-2418} Elverum", "Storgata {n}, {z4:8006-8010} Bodø",
    "Metsa tn {n}, {z5:80010-80050} Pärnu", "Tartu mnt {n}-{m}, {z5:10115-10117} Tallinn",
    "Brīvības iela {n}, Rīga, LV-10{z2:10-84}", "Meža iela {n}, Cēsis, LV-41{z2:01-02}",
    "Miško g. {n}, LT-{z5:44100-44300} Kaunas", "Waldweg {n}, {z5:37073-37085} Göttingen",
    "Forststraße {n}, {z5:79098-79117} Freiburg im Breisgau", "Holzplatz {n}, {z4:8700-8700} Leoben",
    "ul. Leśna {n}, 15-{z3:001-999} Białystok", "ul. Sosnowa {n}/{m}, 60-{z3:101-999} Poznań",
    "Bosweg {n}, {z4:6700-6709} {L2} Wageningen", "Skovvej {n}, {z4:7400-7400} Herning",
    "{n} chemin des Pins, {z5:40000-40990} Mont-de-Marsan", "{n} Fifth Avenue, Prince George, BC V2L {d}{L1}{d}",
    "vul. Lisova {n}, kv. {m}, Zhytomyr, {z5:10001-10031}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband2.com", "hotmail.se")  # fmt: skip
WORK = ("example.se", "skog.example.se", "virke.example.se", "akeri.example.se", "example.com", "example.org", "example.co.uk", "example.fi")  # fmt: skip
FIRM_LOCAL = ("virke", "transport", "matning", "info", "skog", "kundtjanst", "planering", "order", "avrakning", "dispatch", "timber", "haulage", "accounts", "harvesting")  # fmt: skip


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
    """Every value of HO from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
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
        if (
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.05
        ):  # Anna-Karin, Karl-Johan
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
            joint = "-" if roll < 0.025 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        if key == "latvian" and woman:
            surname = [(latvian_feminine(w), p) for w, p in surname]
        if key in PLAIN_TYPED and r.random() < 0.3:  # typed without the letters
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
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

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_LOCAL)}@{self.rng.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("60", "63", "90", "54", "23", "26", "19", "21", "18", "31", "40", "13", "36", "11")
        )
        area3 = r.choice(("611", "612", "620", "660", "640", "670", "680", "651", "650", "270", "278", "250", "280", "240", "560", "565", "563", "570", "910", "950", "940", "951", "920", "911", "921", "923", "970", "980", "960", "470", "372", "476", "381", "383", "495", "492"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (1, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (2, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"0{area2}{d[:6]}"),
            (8, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (1, f"0{area3}/{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"), (1, f"0{area3}-{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"+46 (0){area3}-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or a switchboard's number: 010, 020, 0771 and the city switchboards."""
        r = self.rng
        d = self.digits(7)
        return r.choice((f"010-{d[:3]} {d[3:5]} {d[5:]}", f"010-{d[:3]} {d[3:]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
                         f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"060-{d[:2]} {d[2:4]} {d[4:6]}",
                         f"090-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:]}", f"0{r.choice(('620', '660', '680', '950'))}-{d[:2]} {d[2:4]} 00"))  # fmt: skip

    def phone_uk(self) -> str:
        """A British number as people there write it: mobiles, area codes of the forest country."""
        r = self.rng
        d = self.digits(9)
        m = "07" + r.choice("1234578899")
        area = r.choice(("01463", "01397", "01887", "01387", "01556", "01896", "01434", "01842", "01341", "01686", "01874", "01594", "01539", "01768", "01631", "01479", "01738"))  # fmt: skip
        shapes = (
            f"{m}{d[:2]} {d[2:8]}", f"{m}{d[:2]} {d[2:5]} {d[5:8]}", f"+44 {m[1:]}{d[:2]} {d[2:8]}", f"+44 (0){m[1:]}{d[:2]} {d[2:8]}",
            f"{area} {d[:6]}", f"({area}) {d[:6]}", f"+44 (0){area[1:]} {d[:6]}", f"+44 {area[1:]} {d[:6]}",
            f"0131 {d[:3]} {d[3:7]}", f"020 7{d[:3]} {d[3:7]}", f"0044 {area[1:]} {d[:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        """A North American number as people there write it."""
        r = self.rng
        area = r.choice(("541", "503", "360", "406", "208", "207", "715", "218", "936", "707", "828", "912", "250", "604"))  # fmt: skip
        ex, line = f"{r.randrange(201, 999)}", self.digits(4)
        shapes = (f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area}.{ex}.{line}", f"+1 {area} {ex} {line}",
                  f"+1 ({area}) {ex}-{line}", f"1-{area}-{ex}-{line}", f"{area} {ex} {line}")  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:7]}", f"00358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"+358 16 {d[:3]} {d[3:7]}", f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+47 62 {d[:2]} {d[2:4]} {d[4:6]}", f"+372 5{d[:3]} {d[3:7]}", f"+371 2{d[:3]} {d[3:7]}",
            f"+371 2{d[:7]}", f"+370 6{d[:2]} {d[2:7]}", f"+370 (6{d[:2]}) {d[2:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+380 (50) {d[:3]}-{d[3:5]}-{d[5:7]}",
            f"+49 171 {d[:7]}", f"+49 (0)761 {d[:6]}", f"0049 551 {d[:6]}", f"+43 664 {d[:7]}",
            f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"01463 {d[:6]}", f"+44 (0)1387 {d[:6]}", f"0044 1434 {d[:6]}",
            f"(541) 555-01{d[:2]}", f"+1 406 555 01{d[:2]}", f"541-555-01{d[:2]}", f"+1 (250) 555-01{d[:2]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+40 7{d[:2]} {d[2:5]} {d[5:8]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; past a hundred (born before 1927), `+`."""
        r = self.rng
        old = old or r.random() < 0.05
        year = r.randrange(1916, 1927) if old else r.randrange(1938, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
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
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
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
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 240)}"

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
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal(rural=r.random() < 0.3)}"
        if roll < 0.75:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, low, high = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(low, high + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 120)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.25:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        joint = "\n" if lines else ", "
        return f"{street}{joint}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def abroad_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.abroad:  # a shuffled deck: every format before any comes again
            self.abroad = list(ABROAD)
            r.shuffle(self.abroad)
        out = self.abroad.pop().replace("{n}", str(r.randrange(1, 160)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = out.replace("{L1}", r.choice("ABCEGHJKLMNPRSTVXY"))
        out = re.sub(r"\{d\}", lambda _: str(r.randrange(10)), out)
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, GU the given name in
    capitals, S/s the surname, SU in capitals, I an initial and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address.
    A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = person_base(form)
    if base is None:
        raise KeyError(form)
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
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def person_base(form: str) -> str | None:
    """The person form a slot asks for (`Ps` -> `P`, `S'` -> `S`), or None for other values."""
    if form.endswith("'"):
        return form[:-1] if form[:-1] in PERSON_FORMS else None
    if form in PERSON_FORMS:
        return form
    if form.endswith("s") and form[:-1] in PERSON_FORMS:
        return form[:-1]
    return None


# Look-alikes inside the rows: numbers, firms, sorts and places that are no value.
FIRMS_SV = ("Holmen Skog", "SCA Skog", "Sveaskog", "Södra", "Mellanskog", "Norra Skog", "Stora Enso Skog", "Setra", "Moelven", "Sydved", "Rörvik Timber", "Skogssällskapet", "Norrskog", "Biometria")  # fmt: skip
FIRMS_EN = ("Forestry and Land Scotland", "Forestry England", "Natural Resources Wales", "Tilhill", "Scottish Woodlands", "Euroforest", "BSW Timber", "Canfor", "West Fraser", "Interfor", "Rayonier", "Sierra Pacific Industries", "Oregon Department of Forestry")  # fmt: skip
SORTS_SV = ("Talltimmer", "Grantimmer", "Barrmassaved", "Granmassaved", "Björkmassaved", "Tallmassaved", "Klentimmer", "Bränsleved", "Kubb", "Contortatimmer", "Lövmassa", "GROT")  # fmt: skip
SORTS_EN = ("Sawlogs 16cm+", "Small roundwood", "Bar logs", "Pallet wood", "Chip logs", "Spruce sawlogs", "Larch sawlogs", "Douglas-fir", "Pulpwood", "Firewood", "Biomass")  # fmt: skip
PROP_NAMES = (
    *VILLAGES,
    "Lillskogen",
    "Storskogen",
    "Brännan",
    "Kölen",
    "Stensjö",
    "Hemskogen",
    "Myrviken",
)
WOODS = ("Hollin Wood", "Birkhill Plantation", "Craigvinean compartment 14", "the Black Wood of Rannoch", "Oak Ridge tract 22", "tract 114-B", "Glenmore block 3", "Coed y Brenin compartment 9", "Kielder block 41", "Harwood Forest", "the Wyre Forest", "stand 7 of the Willamette tract")  # fmt: skip
HKL = ("K1", "K2", "R1", "R2", "G1", "G2", "S1", "S2", "S3", "E1")
SI = ("T16", "T18", "T20", "T22", "T24", "T26", "G20", "G24", "G26", "G28", "G30", "G32")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AT": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "FARM": lambda: (draw.farm(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.farm())) if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "aus": lambda: (draw.us_address().lower(), "ADDRESS"),
        "AX": lambda: (draw.abroad_address(), "ADDRESS"),
        "AXL": lambda: (draw.abroad_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "FMAIL": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRX": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"2027-{month:02d}-{day:02d}")), None),
        "TIME": lambda: (f"{r.randrange(5, 19)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AMTS": lambda: (f"{r.randrange(4, 90) * 50} kr", None),
        "AMT": lambda: (f"{r.randrange(2500, 980000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(200, 48000):,}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(200, 90000):,}", None),
        "EUR": lambda: (f"€{r.randrange(40, 30000)}", None),
        "VOL": lambda: (f"{r.randrange(8, 900)},{r.randrange(10)} m³fub", None),
        "VOLT": lambda: (f"{r.randrange(8, 900)}.{r.randrange(10)} {r.choice(('m³', 'tonnes', 't', 'cu m'))}", None),
        "TON": lambda: (f"{r.randrange(18, 44)},{r.randrange(10)} ton", None),
        "PRICE": lambda: (f"{r.randrange(280, 820)} kr/m³fub", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}")), None),
        "HA": lambda: (f"{r.randrange(1, 140)},{r.randrange(10)}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "PROP": lambda: (f"{r.choice(PROP_NAMES)} {r.randrange(1, 30)}:{r.randrange(1, 90)}", None),
        "AVV": lambda: (f"A {r.randrange(10000, 99999)}-{r.choice(('2026', '2027'))}", None),
        "ORG": lambda: (f"{r.choice(('556', '559', '769', '716'))}{draw.digits(3)}-{draw.digits(4)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "OCR": lambda: (draw.digits(r.randrange(8, 16)), None),
        "REG": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {draw.digits(2)}{r.choice(('0', '1', '5', '8', 'A', 'C', 'F'))}", None),
        "COORD": lambda: (r.choice((f"N {r.randrange(6300000, 7600000)} E {r.randrange(300000, 900000)}", f"{r.randrange(56, 68)}.{draw.digits(4)}, {r.randrange(12, 24)}.{draw.digits(4)}", f"SWEREF 99 TM {r.randrange(6300000, 7600000)}/{r.randrange(300000, 900000)}")), None),
        "VO": lambda: (r.choice((f"VO-{r.randrange(2026, 2028)}-{draw.digits(4)}", f"{draw.digits(7)}", f"TO {draw.digits(6)}")), None),
        "MB": lambda: (f"{r.randrange(1, 9)}{draw.digits(7)}", None),
        "LEV": lambda: (f"{r.randrange(10000, 99999)}", None),
        "AVL": lambda: (f"{r.choice(('avlägg', 'Avlägg', 'AVL'))} {r.randrange(1, 40)}", None),
        "SORT": lambda: (r.choice(SORTS_SV), None),
        "SORTEN": lambda: (r.choice(SORTS_EN), None),
        "FIRM": lambda: (r.choice(FIRMS_SV), None),
        "FIRMEN": lambda: (r.choice(FIRMS_EN), None),
        "HKL": lambda: (r.choice(HKL), None),
        "SI": lambda: (r.choice(SI), None),
        "WOOD": lambda: (r.choice(WOODS), None),
        "FLA": lambda: (f"FLA/{r.choice(('IV', 'PH', 'DG', 'NE', 'TD'))}/{draw.digits(5)}/2027", None),
        "REGUK": lambda: (f"{r.choice(('SK', 'SV', 'NK', 'YX', 'PN'))}{r.randrange(10, 25)} {''.join(r.choice('ABCDEFGHJKLMNOPRSTUVWXYZ') for _ in range(3))}", None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "AVD": lambda: (str(r.randrange(1, 64)), None),
        "PLANTS": lambda: (f"{r.randrange(2, 60) * 100}", None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        if person_base(form) is not None:
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
    """HO's rows: every negative once, then positive rows from shuffled decks of each language's
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


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of HO is printed."""
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
                forms["address after c/o"] += (
                    "c/o " in text[max(0, span["start"] - 40) : span["start"]]
                )
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    if draw is None:
        return
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file and prints counts only: spans non-empty, in bounds, no whitespace
    at an edge, sorted and non-overlapping; keys and ids; personnummer check digits."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    for row in rows:
        if list(row) != ["id", "split", "lang", "text", "spans"]:
            problems["keys"] += 1
        if row["id"] in ids:
            problems["duplicate id"] += 1
        ids.add(row["id"])
        if row["split"] != SPLIT or row["lang"] not in SIZES:
            problems["split or lang"] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            if not 0 <= start < stop <= len(text):
                problems["span out of bounds or empty"] += 1
                continue
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < end:
                problems["unsorted or overlapping"] += 1
            end = stop
            if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["kind"] += 1
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)[-10:]
                if len(digits) != 10 or luhn(digits[:9]) != int(digits[9]):
                    problems["personnummer check digit"] += 1
    stats(rows, None)
    print(f"ids unique: {len(ids)} of {len(rows)}")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) or "none"))
    return 1 if problems else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file, print counts only"
    )
    args = parser.parse_args()
    if args.check:
        raise SystemExit(check(args.out))
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
