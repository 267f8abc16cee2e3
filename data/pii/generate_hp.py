# ruff: noqa: E501
"""Generate held-out HP for personal-data detection (issue 15): names as the population has them,
a two-hundred-and-third writer.

    python data/pii/generate_hp.py                             # writes data/pii/generated-heldout-hp.jsonl
    python data/pii/generate_hp.py --stats                     # counts only (sizes, forms, head/tail split)
    python data/pii/generate_hp.py --check                     # checks the written file, counts only
    python data/pii/generate_hp.py --seed 7 --out /tmp/hp.jsonl  # a scratch seed, to read rows from

HP's names are drawn by how often people carry them: every name word comes from `names_hp.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK,
and the commonest names of the origins common in Sweden), 80% from the head of a list and 20%
from its tail, mixed by the language of the row roughly as the people who write and are written
about are. The genre is snow clearing and road maintenance contractors (`templates_hp.py`): route
lists, residents' complaints, damage claims and shift rosters, with the invoices, contracts, RUT
deductions, road associations, gritting rotas, plow route sheets and work chats around them.
Written by a helper who does not tune the detector, who read only `generate_aw.py` (for the
mechanics: the seeded `Draw`, the slot filler, the row format, `--stats`), the sections "Held-out
AW" and "Held-out CL" of `docs/privacy.md` and the first line of `generated-heldout-u.jsonl`, and
neither the detector's code, lexicons and tests nor any other set's names, templates or rows nor
any error listing; HP was never run through the detector by its writer, and its names were not
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

from names_hp import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_hp import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270280
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hp.jsonl"
SPLIT = "heldout-hp"
KEYS = ["id", "split", "lang", "text", "spans"]  # as heldout-u's rows have them

# The second parts Swedish hyphenated given names mostly have (`Anna-Lena`, `Karl-Erik`).
SECOND_F = (
    "Karin",
    "Lena",
    "Marie",
    "Louise",
    "Britt",
    "Maria",
    "Sofie",
    "Kristina",
    "Lotta",
    "Kristin",
)
SECOND_M = ("Erik", "Johan", "Olof", "Göran", "Åke", "Anders", "Gunnar", "Axel", "Henrik", "Magnus")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns north and south.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Köpmangatan", "Rådhusgatan", "Kyrkogatan", "Västra Järnvägsgatan",
    "Nygatan", "Hamngatan", "Skolgatan", "Smedjegatan", "Bergsgatan", "Östra Storgatan",
    "Trädgårdsgatan", "Tullgatan", "Malmgatan", "Fabriksgatan", "Prästgatan", "Norra Strandgatan",
    "Vintergatan", "Långgatan", "Tvärgatan", "Lilla Nygatan", "Sankt Olofsgatan", "Kaserngatan",
    "Norrlandsvägen", "Snickarvägen", "Timmervägen", "Kyrkvägen", "Skidvägen", "Fjällvägen",
    "Stationsvägen", "Furuvägen", "Bäckvägen", "Myrvägen", "Tjärnvägen", "Gruvvägen", "Hyttvägen",
    "Bruksvägen", "Nya vägen", "Gamla Riksvägen", "Övre vägen", "Storvägen", "Kvarnvägen",
    "Lärksvängen", "Granitsvängen", "Gärdessvängen", "Björksvängen", "Kastanjeallén", "Slottsallén",
    "Stationsallén", "Lindallé", "Kyrkbacken", "Tallbacken", "Sågbacken", "Klockarbacken",
    "Möllebacken", "Ängsbacken", "Transtigen", "Vitsippestigen", "Lingonstigen", "Rävstigen",
    "Hjortstigen", "Stortorget", "Fisktorget", "Lilla torg", "Stationsplan", "Kyrkplan",
    "Skolplan", "Smedjegränd", "Klockargränd", "Bagargränd", "Tullgränd", "Hamnkajen",
    "Norra kajen", "Strandkajen", "Södra kajen", "Skeppsbron", "Älvbrinken", "Solbacka allé",
)  # fmt: skip
# Towns, the first three digits of their postcodes, and whether they have a countryside around
# them whose addresses go by village (rural postcodes end in 9x there).
SV_TOWNS = (
    ("Stockholm", 111, 129, False), ("Göteborg", 411, 426, False), ("Malmö", 211, 218, False),
    ("Uppsala", 752, 757, False), ("Västerås", 721, 725, False), ("Örebro", 702, 703, False),
    ("Linköping", 582, 589, False), ("Norrköping", 602, 603, False), ("Jönköping", 553, 556, False),
    ("Umeå", 903, 907, False), ("Luleå", 972, 977, False), ("Sundsvall", 852, 857, False),
    ("Gävle", 802, 806, False), ("Borlänge", 781, 784, False), ("Karlstad", 652, 656, False),
    ("Växjö", 352, 355, False), ("Borås", 503, 507, False), ("Eskilstuna", 632, 635, False),
    ("Östersund", 831, 832, True), ("Falun", 791, 791, True), ("Kiruna", 981, 981, True),
    ("Gällivare", 982, 982, True), ("Jokkmokk", 962, 962, True), ("Skellefteå", 931, 931, True),
    ("Piteå", 941, 941, True), ("Boden", 961, 961, True), ("Kalix", 952, 952, True),
    ("Haparanda", 953, 953, True), ("Lycksele", 921, 921, True), ("Vilhelmina", 912, 912, True),
    ("Storuman", 923, 923, True), ("Åre", 837, 837, True), ("Strömsund", 833, 833, True),
    ("Sveg", 842, 842, True), ("Mora", 792, 792, True), ("Älvdalen", 796, 796, True),
    ("Malung", 782, 782, True), ("Ludvika", 771, 771, True), ("Sandviken", 811, 811, True),
    ("Hudiksvall", 824, 824, True), ("Bollnäs", 821, 821, True), ("Ljusdal", 827, 827, True),
    ("Arvika", 671, 671, True), ("Torsby", 685, 685, True), ("Hagfors", 683, 683, True),
    ("Örnsköldsvik", 891, 891, True), ("Härnösand", 871, 871, True), ("Sollefteå", 881, 881, True),
    ("Nässjö", 571, 571, True), ("Eksjö", 575, 575, True), ("Vetlanda", 574, 574, True),
    ("Tierp", 815, 815, True), ("Östhammar", 742, 742, True), ("Sala", 733, 733, True),
    ("Ockelbo", 816, 816, True), ("Orsa", 794, 794, True), ("Leksand", 793, 793, True),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Kvarnbyn 14`, `Tallåsen 212`).
VILLAGES = (
    "Kvarnbyn", "Storbacken", "Lillmyran", "Sågen", "Tallåsen", "Björkliden", "Älvnäs", "Rönnäs",
    "Granön", "Holmsjö", "Långträsk", "Sörvattnet", "Nedre Gärdet", "Övre Gärdet", "Bodarna",
    "Fäbodvallen", "Kvarnberg", "Stormyren", "Lillsjön", "Västanå", "Österäng", "Norråker",
    "Hökmark", "Sörfors", "Hedåsen", "Brattfors", "Lomsjön", "Östbyn", "Västbyn", "Norrbyn",
    "Sörbyn", "Backa", "Myrheden", "Gammelgården", "Nyänget", "Tjärnberg",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Church Lane", "Moor Road", "Fell Lane", "Station Road", "Mill Lane",
    "Hillside Drive", "Park Road", "Queen Street", "Victoria Terrace", "Albert Road", "The Crescent",
    "Market Square", "Brae Road", "Glen Road", "Burnside", "Castle Street", "Gordon Crescent",
    "Willow Close", "Beech Grove", "Meadow Way", "Orchard Rise", "Heather Bank", "Ridgeway",
)  # fmt: skip
UK_HOUSES = ("Birch Cottage", "The Old School House", "Fellside", "Glenview", "Moorlands", "High Barn", "Snowdrop Cottage", "Hill Crest")  # fmt: skip
# Towns with their postcode areas and the districts' range.
UK_TOWNS = (
    ("Aviemore", "PH", 22, 22), ("Inverness", "IV", 1, 3), ("Kendal", "LA", 8, 9), ("Keswick", "CA", 12, 12),
    ("Penrith", "CA", 10, 11), ("Buxton", "SK", 17, 17), ("Harrogate", "HG", 1, 5), ("Aberdeen", "AB", 10, 25),
    ("Ballater", "AB", 35, 35), ("Hexham", "NE", 46, 47), ("Durham", "DH", 1, 1), ("York", "YO", 1, 32),
    ("Sheffield", "S", 1, 36), ("Leeds", "LS", 1, 29), ("Edinburgh", "EH", 1, 17), ("Glasgow", "G", 1, 84),
    ("Perth", "PH", 1, 2), ("Brecon", "LD", 3, 3), ("Carlisle", "CA", 1, 3), ("Alston", "CA", 9, 9),
    ("Skipton", "BD", 23, 23), ("Whitby", "YO", 21, 22), ("Bolton", "BL", 1, 7), ("Oban", "PA", 34, 34),
)  # fmt: skip
US_STREETS = (
    "Oak Street", "Maple Avenue", "Elm Street", "Lakeview Drive", "Pine Ridge Road", "County Road 7",
    "W Superior St", "N 4th Avenue", "Birch Lane", "Cedar Court", "Hillcrest Drive", "Main Street",
    "Church Street", "Mill Road", "Lincoln Avenue", "Washington Street", "Ridge Road",
    "Snowshoe Trail", "Sugarbush Lane", "E 9th St",
)  # fmt: skip
US_TOWNS = (
    ("Duluth", "MN", 558), ("Marquette", "MI", 498), ("Buffalo", "NY", 142), ("Syracuse", "NY", 132),
    ("Erie", "PA", 165), ("Burlington", "VT", 54), ("Bangor", "ME", 44), ("Fargo", "ND", 581),
    ("Bismarck", "ND", 585), ("Madison", "WI", 537), ("Green Bay", "WI", 543), ("Minneapolis", "MN", 554),
    ("Denver", "CO", 802), ("Anchorage", "AK", 995), ("Bozeman", "MT", 597), ("Rochester", "NY", 146),
    ("Grand Marais", "MN", 556), ("Lake Placid", "NY", 129), ("Houghton", "MI", 499), ("Stowe", "VT", 56),
)  # fmt: skip
US_AREA = ("218", "906", "716", "315", "814", "802", "207", "701", "608", "920", "612", "303", "907", "406", "585", "518")  # fmt: skip
CA_TOWNS = (
    ("Whitehorse", "YT", "Y1A"), ("Sudbury", "ON", "P3A"), ("Thunder Bay", "ON", "P7B"),
    ("Québec", "QC", "G1R"), ("Sherbrooke", "QC", "J1H"), ("Yellowknife", "NT", "X1A"), ("Winnipeg", "MB", "R3C"),
)  # fmt: skip
CA_STREETS = ("Main Street", "Rue Principale", "Lakeshore Road", "Front Street", "Rue King Ouest", "Elm Avenue")  # fmt: skip
EUROPE = (
    "Storgata {n}, {z4:9008-9019} Tromsø", "Fjellveien {n} B, {z4:8006-8019} Bodø",
    "Kauppakatu {n} A {m}, {z5:96100-96400} Rovaniemi", "Pohjoisranta {n}, {z5:95400-95450} Tornio",
    "Hallituskatu {n} B {m}, {z5:90100-90150} Oulu", "Bergstraße {n}, {z5:87527-87527} Sonthofen",
    "Dorfstraße {n}, {z4:6580-6580} St. Anton am Arlberg", "Via Roma {n}, {z5:39100-39100} Bolzano",
    "Via Bagnada {n}, {z4:7500-7500} St. Moritz", "{n} rue du Lac, {z5:74400-74400} Chamonix-Mont-Blanc",
    "Søndergade {n}, {m}. th., {z4:8000-8000} Aarhus C", "ul. Zakopiańska {n}/{m}, 34-{z3:500-500} Zakopane",
    "Laugavegur {n}, {z3:101-101} Reykjavík", "Pärnu mnt {n}, {z5:10141-10148} Tallinn",
    "Gedimino pr. {n}, LT-{z5:01103-01110} Vilnius", "Kerkstraat {n}, {z4:7411-7419} {L2} Deventer",
    "Calle Mayor {n}, {m}º, {z5:22700-22700} Jaca", "Hauptstraße {n}, {z4:5020-5020} Salzburg",
    "Rue de la Gare {n}, {z4:1950-1950} Sion", "Lapinkatu {n}, {z5:99130-99130} Sirkka",
)  # fmt: skip
MAIL = {
    "sv": ("gmail.com", "hotmail.com", "outlook.com", "live.se", "telia.com", "icloud.com", "yahoo.se", "bredband.net", "comhem.se"),
    "en": ("gmail.com", "yahoo.com", "outlook.com", "btinternet.com", "aol.com", "comcast.net", "hotmail.co.uk", "icloud.com"),
}  # fmt: skip
WORK = {
    "sv": ("example.se", "snorojning.example.se", "vagservice.example.se", "kommun.example.se", "maskin.example.se"),
    "en": ("example.com", "plowco.example.com", "council.example.gov.uk", "example.co.uk", "example.org"),
}  # fmt: skip
OFFICE = {
    "sv": (("info", "jour", "plogjour", "kundtjanst", "skador", "felanmalan", "drift", "order", "faktura", "vinter"),
           ("snorojning.example.se", "vinterdrift.example.se", "kommun.example.se", "vagservice.example.se", "entreprenad.example.se")),
    "en": (("dispatch", "office", "claims", "highways", "gritting", "info", "billing", "snow"),
           ("plowco.example.com", "snowandice.example.com", "council.example.gov.uk", "highways.example.co.uk", "example.org")),
}  # fmt: skip


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
    """Every value of HP from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []

    @property
    def en(self) -> bool:
        return self.lang == "en"

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
            key == "swedish"
            and given[0][1] == "head"
            and "-" not in given[0][0]
            and r.random() < 0.04
        ):  # Anna-Lena, Per-Erik
            second = (r.choice(SECOND_F if woman else SECOND_M), "head")  # all in the lists' heads
            if second[0] != given[0][0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "finnish": 0.3}.get(key, 0.04):
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
        elif key in ("uk", "us") and roll < 0.02:
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
        lang = "en" if self.en else "sv"
        given = re.sub(r"[^a-z]", "", plain(person.first).lower())
        surname = re.sub(r"[^a-z]", "", plain(person.surname[0][0]).lower())
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK[lang] if r.random() < 0.35 else MAIL[lang])}"

    def office_email(self) -> str:
        r = self.rng
        locals_, domains = OFFICE["en" if self.en else "sv"]
        return f"{r.choice(locals_)}@{r.choice(domains)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool = False) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "11", "19", "21", "16", "54", "90", "60", "63", "23", "26", "35", "36", "42", "46"))  # fmt: skip
        area3 = r.choice(("470", "480", "455", "920", "910", "980", "970", "250", "240", "243", "247", "651", "650", "565", "560", "570", "590", "660", "611", "620", "640", "647", "670", "680", "940", "950", "951", "960", "961", "971", "922", "923", "911", "921"))  # fmt: skip
        mobiles = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        lands = (
            (5, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2}{d[:7]}"),
            (8, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (4, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{area3}{d[:6]}"), (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"(0{area3}) {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0771-{d[:3]} {d[3:6]}"),
        )  # fmt: skip
        shapes = mobiles if mobile else mobiles + lands
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}",
            f"+358 16 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}", f"+49 (0)8321 {d[:6]}", f"0049 30 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+370 6{d[:2]} {d[2:7]}", f"+354 {r.choice('678')}{d[:2]} {d[2:6]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 750 {d[:3]} {d[3:7]}", f"+252 61 {d[:3]} {d[3:7]}",
            f"+66 81 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+98 912 {d[:3]} {d[3:7]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+44 7700 900{d[:3]}", f"+1 (218) 555-01{d[:2]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        shapes = (
            f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}",
            f"07{r.choice('4589')}{d[:2]} {d[2:6]}{r.randrange(10)}{r.randrange(10)}", f"0161 496 0{d[:3]}",
            f"0113 496 0{d[:3]}", f"0114 496 0{d[:3]}", f"0131 496 0{d[:3]}", f"0141 496 0{d[:3]}",
            f"020 7946 0{d[:3]}", f"0191 498 0{d[:3]}", f"01539 {d}", f"01768 {d}", f"(01479) {d}",
            f"01224 {d}", f"+44 1463 {d}", f"0044 1423 {d}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        a = r.choice(US_AREA)
        x = f"{r.randrange(2, 10)}{self.digits(2)}"
        d = self.digits(4)
        shapes = (
            f"({a}) {x}-{d}", f"{a}-{x}-{d}", f"{a}.{x}.{d}", f"+1 {a} {x} {d}", f"+1 ({a}) {x}-{d}",
            f"1-{a}-{x}-{d}", f"({a}) 555-01{d[:2]}", f"{a}-555-01{d[:2]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        past a hundred, the 10-digit form takes `+`."""
        r = self.rng
        old = r.random() < 0.1
        year = r.randrange(1916, 1927) if old else r.randrange(1938, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            if roll < 0.7:
                return f"{date}+{serial}{check}"
            return (
                f"{year // 100}{date}-{serial}{check}"
                if roll < 0.9
                else f"{year // 100}{date}{serial}{check}"
            )
        if roll < 0.4:
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
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, low, high, _ = r.choice([t for t in SV_TOWNS if t[3]] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        code = f"{r.randrange(low, high + 1)}{tail}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        roll = r.random()
        if roll < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.09:
            out = "SE-" + out
        elif roll < 0.11:
            out += ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.3
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal(rural=r.random() < 0.4)}"
        if roll < 0.7:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        if roll < 0.85:
            return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_street(self) -> str:
        return f"{self.rng.randrange(1, 140)} {self.rng.choice(UK_STREETS)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, lo, hi = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(lo, hi + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = self.uk_street()
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_street(self) -> str:
        return f"{self.rng.randrange(10, 9999)} {self.rng.choice(US_STREETS)}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = self.us_street()
        if r.random() < 0.22:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
        tail = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{tail}" if lines else f"{street}, {tail}"

    def ca_address(self) -> str:
        r = self.rng
        town, prov, fsa = r.choice(CA_TOWNS)
        code = f"{fsa} {r.randrange(10)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randrange(10)}"
        return f"{r.randrange(10, 2400)} {r.choice(CA_STREETS)}, {town}, {prov} {code}"

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
    (sometimes its short form), GU in capitals, N/n the short form where the name has one, S/s the
    surname, SU in capitals, I an initial and the surname, Gi the given name and the surname's
    initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for
    a Swedish genitive, a trailing `'` an English one.
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
        short = draw.nickname(person, 0.85 if base in ("N", "n") else 0.07)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
        if middle and draw.rng.random() < 0.3:
            value = f"{person.first[0]}. {middle[0][0][0]}. {person.last}"
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
    "GU",
    "N",
    "n",
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


def filler(form: str, draw: Draw) -> Segment:
    r = draw.rng
    month, day = (
        r.choice((11, 12, 12, 1, 1, 1, 2, 2, 3, 3, 4, 10)),
        r.randrange(1, 29),
    )  # the winter, mostly
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False).upper(), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "FARM": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village(), r.choice(SV_STREETS))) if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "aul": lambda: ((draw.uk_street() if r.random() < 0.4 else draw.uk_address()).lower(), "ADDRESS"),
        "STUK": lambda: (draw.uk_street(), "ADDRESS"),
        "STNUK": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "aup": lambda: ((draw.us_street() if r.random() < 0.5 else draw.us_address()).lower(), "ADDRESS"),
        "STUS": lambda: (draw.us_street(), "ADDRESS"),
        "STNUS": lambda: (r.choice(US_STREETS), "ADDRESS"),
        "ACA": lambda: (draw.ca_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "EF": lambda: (draw.office_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(0, 24):02d}{r.choice(('.', ':'))}{r.choice(('00', '10', '15', '30', '45', '50'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 13)}:{r.choice(('00', '15', '30', '45'))} {r.choice(('am', 'pm', 'a.m.', 'p.m.'))}", f"{r.randrange(0, 24):02d}:{r.choice(('05', '20', '35', '50'))}")), None),
        "NUM": lambda: (str(r.randrange(2, 9800)), None),
        "HRS": lambda: (str(r.randrange(2, 60)) + r.choice(("", ",5")), None),
        "AMT": lambda: (r.choice((f"{r.randrange(300, 48000):,} kr".replace(",", " "), f"{r.randrange(300, 9000)}:-", f"SEK {r.randrange(300, 30000)}")), None),
        "AMTS": lambda: (r.choice((f"{r.randrange(150, 2500)} kr", f"{r.randrange(150, 2500)}:-")), None),
        "USD": lambda: (f"${r.randrange(45, 3400):,}" + r.choice(("", ".00")), None),
        "GBP": lambda: (f"£{r.randrange(20, 2400)}.{r.randrange(100):02d}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 99999)}", f"F{r.randrange(202700, 202799)}{r.randrange(10, 99)}")), None),
        "CASE": lambda: (r.choice((f"2027/{r.randrange(10, 9999):04d}", f"Dnr {r.randrange(100, 999)}-{r.randrange(1000, 9999)}-27", f"K{r.randrange(1000000, 9999999)}", f"{r.randrange(5000, 6000)}-K{r.randrange(100, 999)}-27")), None),
        "ROUTE": lambda: (f"{r.randrange(1, 30)}{r.choice(('', '', 'A', 'B', 'N'))}", None),
        "REG": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {r.randrange(10, 100)}{r.choice(('0', '1', '2', '5', '9', 'A', 'C', 'D', 'F'))}", None),
        "REGUK": lambda: (f"{r.choice(('SN', 'SV', 'YK', 'NK', 'LK', 'PN', 'SF'))}{r.randrange(10, 27)} {''.join(r.choice('ABCDEFGHJKLMNOPRSTUVWXYZ') for _ in range(3))}", None),
        "ORG": lambda: (f"55{r.randrange(5000, 9999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "FAST": lambda: (f"{r.choice(VILLAGES)} {r.randrange(1, 30)}:{r.randrange(1, 200)}", None),
        "CM": lambda: (str(r.choice((3, 4, 5, 6, 8, 10))), None),
        "ROADUK": lambda: (r.choice(("A93", "A9", "A66", "A686", "B6276", "A591", "A939", "A87", "B6278")), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNUK": lambda: (r.choice(UK_TOWNS)[0], None),
        "VILLAGE": lambda: (r.choice(VILLAGES), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "WEEK": lambda: (str(r.choice((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 45, 46, 47, 48, 49, 50, 51, 52))), None),
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
    """HP's rows: every negative once, then positive rows from shuffled decks of each language's
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


def pnr_valid(value: str) -> bool:
    m = re.fullmatch(r"(\d{2})?(\d{6})([-+]?)(\d{4})", value)
    if not m:
        return False
    nine, check = m.group(2) + m.group(4)[:3], int(m.group(4)[3])
    return luhn(nine) == check


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of HP is printed."""
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
                forms["lower-case one word"] += value.islower() and " " not in value
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                after = text[span["end"] : span["end"] + 3]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address after c/o"] += (
                    text[max(0, span["start"] - 40) : span["start"]].count("c/o") > 0
                )
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (all {sum(empty.values())})"
    )
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans in all: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer forms: " + ", ".join(f"{k}: {v}" for k, v in sorted(pnr.items())))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
        missing = sorted({k for mix in MIXES.values() for k in mix} - set(draw.origins))
        print(f"origins in MIXES never drawn: {len(missing)} {missing}")
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only, never a row."""
    problems: Counter[str] = Counter()
    ids: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        problems["keys not as heldout-u's"] += list(row) != KEYS
        problems["split wrong"] += row["split"] != SPLIT
        problems["lang unknown"] += row["lang"] not in SIZES
        ids[row["id"]] += 1
        text, last = row["text"], 0
        for span in row["spans"]:
            start, end, kind = span["start"], span["end"], span["kind"]
            value = text[start:end]
            problems["span empty"] += end <= start
            problems["span out of bounds"] += not (0 <= start <= end <= len(text))
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            problems["unsorted or overlapping"] += start < last
            problems["kind unknown"] += kind not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if kind == "NATIONAL_ID":
                problems["personnummer check digit invalid"] += not pnr_valid(value)
            last = end
    problems["ids not unique"] += sum(n - 1 for n in ids.values() if n > 1)
    counts = Counter(row["lang"] for row in rows)
    problems["sizes not as SIZES"] += dict(counts) != SIZES
    print(
        f"{path.name}: {len(rows)} rows ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}), {sum(len(r['spans']) for r in rows)} spans"
    )
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    stats(rows, None)
    return 1 if bad else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--seed", type=int, default=SEED, help="a scratch seed (write it elsewhere than OUT)"
    )
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file; counts only")
    args = parser.parse_args()
    if args.check:
        raise SystemExit(check(args.out))
    draw = Draw(args.seed)
    rows = generate(args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    if args.seed != SEED and args.out.resolve() == OUT.resolve():
        raise SystemExit("a scratch seed is written elsewhere than OUT (give --out)")
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
