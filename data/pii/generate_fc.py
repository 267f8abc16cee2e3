# ruff: noqa: E501
"""Generate held-out FC for personal-data detection (issue 15): names as the population has them,
written by a hundred-and-thirty-eighth writer, a helper who does not tune the detector and who read
only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format and
`--stats`), the sections "Held-out AW" and "Held-out CL" of docs/privacy.md, and the first line of
`generated-heldout-u.jsonl` (for its keys); not the detector's rules, lexicons and tagger, nor any
error listing, nor any other set's names, templates or rows. The genre is sports events and races:
registrations and start lists, results tables with clubs, volunteers' rotas, bib collection, relay
teams, medical and emergency contacts, in Swedish, English and mixed text.

    python data/pii/generate_fc.py                 # writes data/pii/generated-heldout-fc.jsonl
    python data/pii/generate_fc.py --stats         # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_fc.py --check         # checks the written file, counts only
    python data/pii/generate_fc.py --seed 7 --out /tmp/fc.jsonl   # a scratch seed

FC's names are drawn by how often people really carry them: every name word comes from
`names_fc.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is; the templates are `templates_fc.py`'s. FC was never run through the detector by its writer,
and its names were not checked against rung's lexicons. Stdlib only; one seeded Random: same
seed, same bytes.
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

from names_fc import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fc import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270215
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fc.jsonl"
SPLIT = "heldout-fc"
EVENT_YEAR = 2027  # the season the rows are written in: who is past a hundred is counted from it

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the country's street names.
SV_STREETS = (
    "Drottninggatan", "Vasagatan", "Fabriksgatan", "Kaserngatan", "Idrottsgatan", "Bangårdsgatan",
    "Trädgårdsgatan", "Postgatan", "Rådhusgatan", "Magasinsgatan", "Repslagaregatan", "Fiskaregatan",
    "Skeppargatan", "Sankt Eriksgatan", "Birger Jarlsgatan", "Odengatan", "Linnégatan", "Engelbrektsgatan",
    "Norra Storgatan", "Södra Långgatan", "Västra Kyrkogatan", "Prästgatan", "Slottsgatan", "Kvarngatan",
    "Stadionvägen", "Arenavägen", "Sportfältsvägen", "Södra Vägen", "Östra Ringvägen", "Karlavägen",
    "Backvägen", "Syrénvägen", "Hasselvägen", "Aspvägen", "Rosenvägen", "Violvägen", "Klövervägen",
    "Vitsippsvägen", "Blåklockevägen", "Lingonvägen", "Hjortronvägen", "Rävvägen", "Älgvägen",
    "Tjädervägen", "Orrvägen", "Mossvägen", "Skidvägen", "Elljusvägen", "Bergsvängen", "Kullsvängen",
    "Åsvängen", "Dalsvängen", "Kastanjeallén", "Sjukhusallén", "Slottsallén", "Parkallén",
    "Lasarettsallén", "Sandhamns allé", "Kyrkbacken", "Skolbacken", "Tingsbacken", "Kungsbacken",
    "Västra backen", "Granstigen", "Lönnstigen", "Tranbärsstigen", "Smultronstigen", "Bäverstigen",
    "Vallmostigen", "Fisktorget", "Stora torget", "Salutorget", "Nytorget", "Hötorget",
    "Kyrkplan", "Skolplan", "Bangårdsplan", "Sjöplan", "Hattmakargränd", "Kvarngränd",
    "Bagargränd", "Tullgränd", "Norra Kajen", "Södra Kajen", "Skeppsbrokajen", "Ångbåtskajen",
    "Strandkajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes, from the cities to the small towns.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Lidingö", 181, 181), ("Motala", 591, 591), ("Piteå", 941, 941), ("Örnsköldsvik", 891, 891),
    ("Nacka", 131, 132), ("Huddinge", 141, 141), ("Solna", 169, 171), ("Sollentuna", 191, 192),
    # smaller towns, whose countryside has the rural postcodes (xxx 9x)
    ("Mora", 792, 792), ("Vansbro", 780, 780), ("Malung", 782, 782), ("Åre", 837, 837),
    ("Lidköping", 531, 531), ("Alingsås", 441, 441), ("Sandviken", 811, 811), ("Varberg", 432, 432),
    ("Nyköping", 611, 611), ("Visby", 621, 622), ("Kiruna", 981, 981), ("Härnösand", 871, 871),
    ("Ludvika", 771, 771), ("Ystad", 271, 271), ("Enköping", 745, 745), ("Norrtälje", 761, 761),
    ("Hudiksvall", 824, 824), ("Leksand", 793, 793), ("Sälen", 780, 780), ("Järpen", 837, 837),
)  # fmt: skip
RURAL_FROM = 40  # SV_TOWNS[RURAL_FROM:] are the small towns
# Villages and hamlets as rural addresses name them (`Gärdsjö 14`).
VILLAGES = (
    "Sörbyn", "Ytterbyn", "Mellanbyn", "Kättbo", "Hökberg", "Lövsjön", "Västanå", "Östbjörka",
    "Gärdsjö", "Nedre Gärdsjö", "Stumsnäs", "Backbyn", "Skålö", "Höjen", "Lindänget", "Myrbacka",
    "Tallåsen", "Kvarnsveden", "Norra Hansbo", "Åkerö", "Granbo", "Solberga", "Övre Heden",
    "Bäckebo", "Hagaby", "Ängeby", "Rödön", "Ede", "Stensjön", "Björkhagen",
)  # fmt: skip
UK_STREETS = (
    "Albert Road", "Queen Street", "Springfield Road", "Manor Road", "The Crescent", "Grange Road",
    "Stanley Road", "Highfield Avenue", "St John's Road", "Windsor Road", "Beech Grove", "Meadow View",
    "Sandringham Drive", "Fell Lane", "Station Approach", "Chestnut Close", "Moorside Lane",
    "Kirkgate", "Victoria Terrace", "Larch Way", "Hawthorn Drive", "Mill Brow",
)  # fmt: skip
UK_TOWNS = (
    ("Keswick", "CA"), ("Ambleside", "LA"), ("Sheffield", "S"), ("Leeds", "LS"), ("Bristol", "BS"),
    ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("York", "YO"), ("Newcastle upon Tyne", "NE"),
    ("Manchester", "M"), ("Birmingham", "B"), ("Oxford", "OX"), ("Bath", "BA"), ("Brighton", "BN"),
    ("Nottingham", "NG"), ("Exeter", "EX"), ("Aberdeen", "AB"), ("Belfast", "BT"), ("Hebden Bridge", "HX"),
)  # fmt: skip
UK_HOUSES = ("Fell View", "Beck Cottage", "The Old Chapel", "Heather Lea", "Rose Villa", "Low Farm", "The Coach House", "Birch Lodge")  # fmt: skip
US_STREETS = ("Pearl Street", "Elm Street", "Lake Street", "Highland Avenue", "Cedar Lane", "Hillcrest Drive", "Broadway", "Washington Avenue", "River Road", "Summit Avenue", "Maple Court", "Trail Ridge Road")  # fmt: skip
US_TOWNS = (("Boston", "MA", 21), ("Minneapolis", "MN", 554), ("Eugene", "OR", 974), ("Boulder", "CO", 803), ("Flagstaff", "AZ", 860), ("Madison", "WI", 537), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Chicago", "IL", 606), ("Brooklyn", "NY", 112), ("Duluth", "MN", 558), ("Burlington", "VT", 54))  # fmt: skip
EUROPE = (
    "Schillerstraße {n}, {z5:80331-80339} München", "Gartenweg {n}, {z5:79098-79117} Freiburg",
    "{n} rue de la Gare, {z5:74400-74400} Chamonix-Mont-Blanc", "{n} avenue Jean Jaurès, {z5:69007-69007} Lyon",
    "Holmenkollveien {n}, {z4:0787-0791} Oslo", "Storgata {n}, {z4:2609-2619} Lillehammer",
    "Nørregade {n}, {m}. th., {z4:1165-1172} København K", "Vestergade {n}, {z4:8000-8000} Aarhus C",
    "Mannerheimintie {n} A {m}, {z5:00100-00260} Helsinki", "Hämeenkatu {n}, {z5:33100-33200} Tampere",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Via Garibaldi {n}, {z5:39100-39100} Bolzano",
    "Bahnhofstrasse {n}, {z4:3920-3920} Zermatt", "Dorfstraße {n}, {z4:6020-6020} Innsbruck",
    "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid", "ul. Długa {n}/{m}, 00-{z3:238-950} Warszawa",
    "Pikk {n}, {z5:10123-10133} Tallinn", "Laugavegur {n}, {z3:101-101} Reykjavík",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "bredband.net", "hotmail.co.uk", "btinternet.com")  # fmt: skip
WORK = ("example.se", "loppet.example.se", "friidrott.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
ORG_LOCAL = ("anmalan", "info", "kansli", "tavling", "resultat", "funktionar", "sjukvard", "entries", "volunteers", "results", "hello", "race", "medical")  # fmt: skip

CLUBS = (
    "Hässelby SK", "Spårvägens FK", "IFK Göteborg", "Malmö AI", "Örgryte IS", "IK Huge", "Sävedalens AIK",
    "Hälle IF", "Ullevi FK", "Täby OK", "OK Ravinen", "IFK Lidingö", "Järfälla OK", "Stora Tuna IK",
    "IFK Mora OK", "Falu IK", "Sundsvalls FI", "Umeå IK", "Piteå IF", "Luleå SK", "Högby IF",
    "Trelleborgs AIF", "Växjö AIS", "Enhörna IF", "Mölndals AIK", "Örebro AIK", "Västerås FK",
    "Upsala IF", "Gefle IF", "Skellefteå AIK", "Simklubben Neptun", "Linköpings ASS", "Kalmar SS",
    "Bollnäs GIF", "Hudiksvalls IF", "Lidköpings IK", "Torsby IF", "Åsarna IK", "Östersunds SK",
    "Sälens IF", "Vansbro AIK", "Team Kalmar Triathlon", "CK Ceres", "CK Stinsen",
)  # fmt: skip
CLUBS_EN = (
    "Kendal AC", "Leeds City AC", "Belgrave Harriers", "Herne Hill Harriers", "Clapham Chasers",
    "Serpentine RC", "Bristol & West AC", "Edinburgh AC", "Salford Harriers", "Dark Peak Fell Runners",
    "Ambleside AC", "Keswick AC", "Bingley Harriers", "Heaton Harriers", "Garscube Harriers",
    "Oxford City AC", "Boulder Track Club", "Central Park Track Club", "Twin Cities Track Club",
    "Brooklyn Road Runners", "Oregon Track Club", "Seattle Running Club", "Windermere Tri Club",
)  # fmt: skip
RACES = (
    "Tjejmilen", "Midnattsloppet", "Göteborgsvarvet", "Lidingöloppet", "Stockholm Marathon",
    "Vätternrundan", "O-Ringen", "Tiomila", "Vansbrosimningen", "Blodomloppet", "Öppet Spår",
    "Kungsholmen Runt", "Premiärmilen", "Skogsmilen", "Höstmilen", "Sjöloppet", "Fjällmaraton",
    "Ö till ö", "Ironman Kalmar", "klubbmästerskapen", "DM i terräng", "Lilla Lidingöloppet",
)  # fmt: skip
RACES_EN = (
    "Great North Run", "London Marathon", "Manchester 10K", "Yorkshire Three Peaks", "Snowdon Race",
    "Chicago Marathon", "Boston Marathon", "Twin Cities Marathon", "Bay to Breakers", "Turkey Trot",
    "Coniston 14", "Windermere Marathon", "Cardiff Half", "Peachtree Road Race",
)  # fmt: skip
# The second halves of Swedish double given names (`Lars-Erik`, `Ann-Louise`).
SECOND_M = ("Erik", "Olof", "Åke", "Johan", "Gunnar", "Göran", "Anders", "Olov", "Arne", "Ove", "Gustav")  # fmt: skip
SECOND_F = ("Marie", "Karin", "Lena", "Britt", "Louise", "Sofie", "Christin", "Maria", "Lotta", "Charlotte")  # fmt: skip
# Distances, and the span of the fastest times in a club race over them (seconds).
DISTANCES = (("5 km", (960, 1500)), ("10 km", (1900, 2900)), ("milen", (1900, 2900)), ("halvmaran", (4000, 5600)), ("21,1 km", (4000, 5600)), ("3 mil", (6000, 9000)), ("15 km", (3000, 4400)), ("7 km", (1350, 2100)), ("42 km", (8400, 11500)))  # fmt: skip
DISTANCES_EN = (("5K", (960, 1500)), ("10K", (1900, 2900)), ("half marathon", (4000, 5600)), ("marathon", (8400, 11500)), ("10 miles", (3200, 4700)), ("50K", (11000, 16000)))  # fmt: skip
ROLES = ("tävlingsledaren", "kommunalrådet", "förbundsordföranden", "banläggaren", "speakern", "överdomaren", "juryns ordförande", "tävlingsläkaren", "ordföranden")  # fmt: skip
ROLES_EN = ("race director", "Dr", "Coach", "Mr", "Mrs", "Ms", "referee", "chief marshal", "medical officer")  # fmt: skip
MEDS = ("astma, inhalator i bältet", "diabetes typ 1", "pollenallergi", "inga", "penicillinallergi", "epilepsi", "nötallergi – EpiPen i väskan", "blodtryckstabletter", "inga kända", "celiaki", "förmaksflimmer")  # fmt: skip
MEDS_EN = ("asthma – inhaler in vest", "type 1 diabetes (pump)", "none", "nut allergy, carries EpiPen", "penicillin allergy", "epilepsy", "heart murmur", "none known", "bee sting allergy")  # fmt: skip
DOGS = ("Sigge", "Molly", "Bella", "Ludde", "Zelda", "Nala", "Rocky", "Charlie", "Bamse", "Texas", "Luna", "Max", "Kompis", "Iris", "Morris")  # fmt: skip
SIZES_KIT = ("XS", "S", "M", "L", "XL", "XXL", "Dam M", "Herr L", "Dam S")  # fmt: skip


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
    """Every value of FC from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.clock: int | None = None  # a results table's running time, reset for every row
        self.clock_sep = "."
        self.lap = 0
        self.span: tuple[int, int] | None = (
            None  # the row's distance: its winners' times, in seconds
        )

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
            and "-" not in given[0][0]
            and given[0][1] == "head"
            and r.random() < 0.04
        ):
            second = r.choice(SECOND_F if woman else SECOND_M)  # Lars-Erik, Anna-Lena
            if second != given[0][0]:
                given.append((second, "head"))
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
        given = plain(person.first).lower().replace("-", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.choice(('runs', 'springer', '.lopare', 'tri'))}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def org_email(self) -> str:
        r = self.rng
        club = r.choice(CLUBS_EN if self.lang == "en" else CLUBS).lower()
        slug = re.sub(r"[^a-z0-9]+", "", plain(club))
        domain = r.choice((f"{slug}.se", f"{slug}.example.se", "loppet.example.se", "example.org")) if self.lang != "en" else r.choice((f"{slug}.example.co.uk", "example.org", "example.com"))  # fmt: skip
        return f"{r.choice(ORG_LOCAL)}@{domain}"

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
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline of a city or the countryside."""
        r = self.rng
        d = str(r.randrange(1, 10)) + self.digits(7)  # no subscriber number begins with 0
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
                "23",
                "26",
                "35",
                "36",
                "42",
                "46",
            )
        )
        area3 = r.choice(("250", "280", "281", "240", "243", "647", "644", "660", "620", "480", "498", "510", "512", "920", "980", "570", "651", "612"))  # fmt: skip
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:]}"), (1, f"08{d}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}{d[:6]}"), (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{area2}-{d[:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def firm_phone(self) -> str:
        """A firm's or a switchboard's number: 010, 020, 0771 and city switchboards."""
        r = self.rng
        d = self.digits(7)
        return r.choice((f"010-{d[:3]} {d[3:5]} {d[5:]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}",
                         f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"08-{d[:3]} {d[3:6]} 00", f"031-{d[:3]} {d[3:5]} 00", f"+46 10 {d[:3]} {d[3:5]} {d[5:]}"))  # fmt: skip

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.7 else self.landline()

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        return r.choice((f"07700 900{d[:3]}", f"07{r.choice('3456789')}{d[:2]} {d}", f"+44 7{r.choice('3456789')}{d[:2]} {d}",
                         f"+44 (0)7{r.choice('3456789')}{d[:2]} {d}", f"017687 {d[:5]}", f"015394 {d[:5]}", f"020 7946 0{d[:3]}",
                         f"0161 496 0{d[:3]}", f"0113 496 0{d[:3]}", f"+44 131 496 0{d[:3]}", f"0044 7{r.choice('3456789')}{d[:2]} {d}", f"028 9018 {d[:4]}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(
            ("612", "303", "617", "541", "928", "608", "206", "512", "312", "718", "218", "802")
        )
        return r.choice((f"({area}) 555-0{d}", f"{area}-555-0{d}", f"+1 {area} 555 0{d}", f"{area}.555.0{d}",
                         f"+1 ({area}) 555-0{d}", f"1-800-555-0{d}", f"{area}-555-01{d[:2]}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:7]}", f"040 {d[:3]} {d[3:7]}",
            f"+49 151 {d[:8]}", f"+49 (0)89 {d[:7]}", f"0171 {d[:7]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+31 6 {d[:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+39 34{d[:1]} {d[1:4]} {d[4:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+43 664 {d[:7]}", f"+353 87 {d[:3]} {d[3:7]}", f"+254 7{d[:2]} {d[2:5]} {d[5:8]}",
            f"+251 91 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}", f"+1 (303) 555-0{d[:3]}", f"+354 {d[:3]} {d[3:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `+` instead of the hyphen for someone past a hundred (in the 10-digit form)."""
        r = self.rng
        year = r.randrange(1918, 1927) if old else r.randrange(1940, 2020)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if EVENT_YEAR - year >= 100:  # past a hundred: `+` in the 10-digit form
            return (
                f"{date}+{serial}{check}" if roll < 0.85 else f"{year // 100}{date}-{serial}{check}"
            )
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 15)) + 1, 160))
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

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.05:
            out = "SE-" + out
        elif roll < 0.07:
            out += ", Sverige"
        elif roll < 0.08:
            out += ", Sweden"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 160)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.1):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Suite'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'C'))}".replace(
                "# ", "#"
            )
        zip_code = f"{prefix:03d}{r.randrange(1, 99):02d}"
        return (
            f"{street}\n{town}, {state} {zip_code}"
            if lines
            else f"{street}, {town}, {state} {zip_code}"
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

    def care_of(self, lines: bool) -> list[Segment]:
        """`c/o Name, address`: the `c/o` outside, the name its own PERSON, the address from the street."""
        person = self.person(None)
        form = "S" if self.rng.random() < 0.3 else "P"
        joint = "\n" if lines else ", "
        address = self.sv_address(lines=lines, rural=False)
        return [
            ("c/o ", None),
            *person_segments(form, person, self),
            (joint, None),
            (address, "ADDRESS"),
        ]

    def distance(self, en: bool) -> str:
        """A race's distance; the row's result times follow it."""
        name, self.span = self.rng.choice(DISTANCES_EN if en else DISTANCES)
        return name

    def result_time(self, span: tuple[int, int] | None = None) -> str:
        """A results table's times, rising down the table; `36.12`, `1.05.33` or `1:05:33`."""
        r = self.rng
        if self.clock is None:
            low, high = (
                span
                or self.span
                or r.choice(((900, 1500), (1800, 3000), (3900, 6500), (8000, 13000)))
            )
            self.clock = r.randrange(low, high)
            self.clock_sep = ":" if self.lang == "en" or r.random() < 0.4 else "."
        else:
            self.clock += r.randrange(2, 200)
        h, rest = divmod(self.clock, 3600)
        m, s = divmod(rest, 60)
        sep = self.clock_sep
        return f"{h}{sep}{m:02d}{sep}{s:02d}" if h else f"{m}{sep}{s:02d}"

    def split_time(self) -> str:
        """A runner's splits at even distances, each a little slower or faster than the last."""
        r = self.rng
        if self.clock is None:
            self.lap = int(r.uniform(1000, 1900))
            self.clock = 0
            self.clock_sep = ":" if self.lang == "en" or r.random() < 0.5 else "."
        self.clock += self.lap + r.randrange(-40, 70)
        h, rest = divmod(self.clock, 3600)
        m, s = divmod(rest, 60)
        sep = self.clock_sep
        return f"{h}{sep}{m:02d}{sep}{s:02d}" if h else f"{m}{sep}{s:02d}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU/GU
    surname or given name in capitals, I an initial and the surname, Gi the given name and the
    surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing
    `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form not in PERSON_FORMS)
        else form
    )
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
        short = draw.nickname(person, 0.1 if base in ("G", "g", "GU") else 0.85)
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "GU", "I", "Gi", "R", "RU", "E"}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, lang = draw.rng, draw.lang
    en = lang == "en" or (lang == "mixed" and r.random() < 0.5)
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    hour = r.randrange(6, 20)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: ((draw.uk_address() if r.random() < 0.5 else draw.us_address()).lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EO": lambda: (draw.org_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"{EVENT_YEAR}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]} {EVENT_YEAR}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} {r.randrange(1950, 2012)}", f"{day:02d}/{month:02d}/{r.randrange(1950, 2012)}", f"{MONTHS['en'][month - 1]} {day}, {r.randrange(1950, 2012)}")), None),
        "TIME": lambda: (f"{hour}:{r.choice(('00', '15', '30', '45'))}" if en else f"{hour}.{r.choice(('00', '15', '30', '45'))}", None),
        "TR": lambda: (f"{hour}:00–{hour + r.randrange(2, 5)}:00" if en else f"kl. {hour}–{hour + r.randrange(2, 5)}", None),
        "NUM": lambda: (str(r.randrange(2, 240)), None),
        "AMT": lambda: (f"{r.choice((150, 200, 250, 300, 350, 395, 450, 495, 550, 650, 795, 1200))} kr", None),
        "GBP": lambda: (f"£{r.choice((5, 10, 15, 20))}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}", f"{r.choice('ABCDEFG')}{r.randrange(1, 40)}")), None),
        "ORDER": lambda: (r.choice((f"A-{r.randrange(10000, 99999)}", f"{r.randrange(100000, 999999)}", f"{EVENT_YEAR}-{r.randrange(10000, 99999)}")), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "ORGNR": lambda: (f"80{r.randrange(20, 100)}{r.randrange(10, 100)}-{r.randrange(1000, 10000)}", None),
        "LIC": lambda: (str(r.randrange(10000, 9999999)), None),
        "SI": lambda: (str(r.randrange(200000, 9999999)), None),
        "BIB": lambda: (str(r.choice((r.randrange(1, 300), r.randrange(100, 9999), r.randrange(10000, 30000)))), None),
        "RT": lambda: (draw.result_time(), None),
        "RTMIL": lambda: (draw.result_time((1980, 2399)), None),
        "RTM": lambda: (draw.result_time((9000, 12600)), None),
        "SPL": lambda: (draw.split_time(), None),
        "CLASS": lambda: (r.choice(("V40", "F35", "M50", "SM", "SW", "U20", "M60", "F45", "Open", "V55")) if en else r.choice(("H21", "D21", "H35", "D40", "H45", "D50", "H55", "D60", "H65", "D16", "H14", "M40", "K45", "Motion", "Elit", "P12", "F14")), None),
        "KM": lambda: (draw.distance(en), None),
        "SIZE": lambda: (r.choice(SIZES_KIT[:6] if lang == "en" else SIZES_KIT), None),
        "MED": lambda: (r.choice(MEDS_EN if en else MEDS), None),
        "ROLE": lambda: (r.choice(ROLES), None),
        "ROLEEN": lambda: (r.choice(ROLES_EN), None),
        "DOG": lambda: (r.choice(DOGS), None),
        "CLUB": lambda: (r.choice(CLUBS), None),
        "CLUBEN": lambda: (r.choice(CLUBS_EN), None),
        "RACE": lambda: (r.choice(RACES), None),
        "RACEEN": lambda: (r.choice(RACES_EN), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if lang == "en" else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "YEAR": lambda: (str(EVENT_YEAR), None),
        "YR": lambda: (str(r.randrange(1978, EVENT_YEAR)), None),
        "MI": lambda: (str(r.randrange(1, 26)), None),
    }  # fmt: skip
    if form in ("CO", "COL"):
        return draw.care_of(lines=form == "COL")
    return [values[form]()]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    draw.clock, draw.span = None, None
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
    """FC's rows: every negative once, then positive rows from shuffled decks of each language's
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


def pnr_valid(value: str) -> bool:
    digits = value.replace("-", "").replace("+", "")
    if not digits.isdigit() or len(digits) not in (10, 12):
        return False
    digits = digits[-10:]
    return luhn(digits[:9]) == int(digits[9])


def pnr_form(value: str) -> str:
    digits = value.replace("-", "").replace("+", "")
    sep = "+" if "+" in value else "-" if "-" in value else "no separator"
    return f"{len(digits)} digits, {sep}"


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of FC is printed."""
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
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] == "("
                    and text[span["end"] : span["end"] + 1] == ")"
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address after c/o"] += (
                    text[max(0, span["start"] - 60) : span["start"]].rfind("c/o") >= 0
                )
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for mix in MIXES.values() for k in mix if not draw.origins[k]]
    print(f"origins in MIXES never drawn: {len(set(missing))}")
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    keys = ["id", "split", "lang", "text", "spans"]
    rows = 0
    kinds: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys not as in heldout-u"] += list(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        text, last = row["text"], 0
        for span in row["spans"]:
            start, end, kind = span["start"], span["end"], span["kind"]
            kinds[kind] += 1
            value = text[start:end]
            problems["empty span"] += end <= start
            problems["out of bounds"] += start < 0 or end > len(text)
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
                problems["personnummer check digit"] += not pnr_valid(value)
            last = end
    print(
        f"{rows} rows, {len(ids)} ids, " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    )
    bad = sum(problems.values())
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    return bad


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
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
