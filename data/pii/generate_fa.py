# ruff: noqa: E501
"""Generate held-out FA for personal-data detection (issue 15): names as the population has them,
a hundred-and-thirty-sixth writer.

    python data/pii/generate_fa.py            # writes data/pii/generated-heldout-fa.jsonl
    python data/pii/generate_fa.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_fa.py --check    # checks the written file, prints counts only
    python data/pii/generate_fa.py --seed 7 --out /tmp/fa.jsonl   # a scratch seed

FA's names are drawn by how often people really carry them: every name word comes from
`names_fa.py`'s weighted pools (SCB's ranks for Sweden, with the names SCB counts among newborns
for Swedish pupils, the US Census 1990 per cents, the ONS rankings for the UK, and the commonest
names of the origins common in Sweden), 80% from the head of a list and 20% from its tail, mixed
by the language of the row roughly as Sweden's population is. The genre is schools, compulsory
and upper secondary (`templates_fa.py`): mentors' and teachers' messages to parents, absence
reports, grades and development talks, class lists, school trips and consent forms, student
health, in Swedish, English and mixed text. Written by a helper who does not tune the detector,
who read only `generate_aw.py` (for the mechanics), two write-ups of earlier sets in
docs/privacy.md and the first line of `generated-heldout-u.jsonl`; neither the detector's rules,
lexicons and tagger (`src/`), nor any other set's names and templates, nor any error listing.
FA was never run through the detector by its writer, and its names were not checked against
rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_fa import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fa import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402
from templates_fa import WORDS as W  # noqa: E402

SEED = 20270213
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fa.jsonl"
SPLIT = "heldout-fa"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the address register has them.
SV_STREETS = (
    "Skolgatan", "Storgatan", "Drottninggatan", "Nygatan", "Kyrkogatan", "Västra Långgatan", "Södra Järnvägsgatan",
    "Bangårdsgatan", "Hamngatan", "Trädgårdsgatan", "Torggatan", "Norra Esplanaden", "Ågatan", "Repslagaregatan",
    "Fabriksgatan", "Tegelbruksgatan", "Vävaregatan", "Bagaregatan", "Östra Kyrkogatan", "Lilla Nygatan",
    "Björkvägen", "Skolvägen", "Idrottsvägen", "Parkvägen", "Lärarvägen", "Bergsvägen", "Allévägen", "Rönnbärsvägen",
    "Vallmovägen", "Solrosvägen", "Blåklintsvägen", "Hästhagsvägen", "Gärdesvägen", "Ekhagsvägen", "Mossvägen",
    "Tranvägen", "Ringvägen", "Lönnvägen", "Aspvägen", "Kastanjevägen", "Åkervägen", "Kyrkvägen", "Gamla Tullvägen",
    "Klockarsvängen", "Smedsvängen", "Ekorrsvängen", "Bäcksvängen", "Videsvängen",
    "Lindallé", "Kastanjeallén", "Parkallén", "Skolallén", "Stationsallén",
    "Kvarnbacken", "Skolbacken", "Kyrkbacken", "Rosenbacken", "Lärkbacken", "Tallbacken", "Bergsgårds backe",
    "Hallonstigen", "Lingonstigen", "Mårbackastigen", "Ekstigen", "Ugglestigen", "Fjärilsstigen", "Tussilagostigen",
    "Stora torget", "Järntorget", "Fisktorget", "Munktorget", "Södra torget", "Brunnstorg",
    "Skolplan", "Kyrkplan", "Stationsplan", "Rådhusplan", "Bruksplan",
    "Smedjegränd", "Klockargränd", "Bryggargränd", "Tunnbindargränd", "Lilla gränd",
    "Norra Kajen", "Södra kajen", "Hamnkajen", "Strandkajen", "Sjökajen",
    "Stråket", "Kungsleden", "Bäckslingan", "Granslingan", "Ängsslingan",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 112, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Västerås", 722, 725), ("Örebro", 702, 703), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 256), ("Jönköping", 552, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371),
    ("Skövde", 541, 541), ("Uddevalla", 451, 451), ("Nyköping", 611, 611), ("Mölndal", 431, 431),
    ("Huddinge", 141, 141), ("Nacka", 131, 131), ("Solna", 169, 171), ("Sollentuna", 191, 192),
    ("Järfälla", 175, 177), ("Haninge", 136, 137), ("Kungsbacka", 434, 434), ("Varberg", 432, 432),
    ("Piteå", 941, 941), ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 891), ("Falun", 791, 791),
    ("Motala", 591, 591), ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Alingsås", 441, 441),
    # small towns whose countryside has rural postcodes
    ("Enköping", 745, 745), ("Katrineholm", 641, 641), ("Vimmerby", 598, 598), ("Ludvika", 771, 771),
    ("Hudiksvall", 824, 824), ("Arvika", 671, 671), ("Kristinehamn", 681, 681), ("Värnamo", 331, 331),
    ("Ljungby", 341, 341), ("Mariestad", 542, 542), ("Ystad", 271, 271), ("Eslöv", 241, 241),
    ("Oskarshamn", 572, 572), ("Vetlanda", 574, 574), ("Köping", 731, 731), ("Avesta", 774, 774),
    ("Söderhamn", 826, 826), ("Härnösand", 871, 871), ("Kiruna", 981, 981), ("Gällivare", 982, 982),
    ("Lycksele", 921, 921), ("Storuman", 923, 923), ("Sollefteå", 881, 881), ("Åre", 837, 837),
    ("Rättvik", 795, 795), ("Malung", 782, 782), ("Leksand", 793, 793), ("Torsby", 685, 685),
    ("Säffle", 661, 661), ("Tidaholm", 522, 522), ("Falköping", 521, 521), ("Gislaved", 332, 332),
    ("Sölvesborg", 294, 294), ("Höör", 243, 243), ("Tierp", 815, 815), ("Norrtälje", 761, 761),
)  # fmt: skip
RURAL_FROM = 48  # the towns from here on have countryside round them
# Villages and hamlets as rural addresses have them (`Bäckby 203`).
VILLAGES = (
    "Bäckby", "Västra Ringstad", "Norrskog", "Lillå", "Hökmossen", "Sörby", "Övre Gärdet", "Nedre Bodarna",
    "Ekeby", "Kärrbo", "Rönnäs", "Skogsberg", "Vallby", "Myrbacken", "Tjärnberg", "Holmsjö", "Lövåsen",
    "Granbo", "Sandviken", "Ängeby", "Ljusnäs", "Östra Hult", "Brännan", "Kvarnåsen", "Nybo", "Tallåsen",
    "Gräsmyr", "Björknäs", "Hedby", "Fallet",
)  # fmt: skip
UK_STREETS = (
    "Elm Grove", "Highfield Road", "Queens Drive", "Mill Lane", "Orchard Way", "Church Street", "Park Crescent",
    "Station Approach", "The Avenue", "Meadow Close", "Beech Road", "Willow Gardens", "Chestnut Walk",
    "Ashfield Terrace", "Greenhill Road", "Hawthorn Way", "Riverside Court", "School Lane", "Castle View",
    "Manor Road", "Kingsway", "Brook Street", "Hollybank Avenue", "Fern Close", "Cemetery Road",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Sheffield", "S"), ("York", "YO"), ("Bristol", "BS"), ("Cardiff", "CF"),
    ("Swansea", "SA"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Aberdeen", "AB"), ("Belfast", "BT"),
    ("Nottingham", "NG"), ("Leicester", "LE"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Brighton", "BN"),
    ("Plymouth", "PL"), ("Liverpool", "L"), ("Birmingham", "B"), ("Reading", "RG"), ("Exeter", "EX"),
    ("Durham", "DH"), ("London", "N"), ("London", "SE"), ("London", "E"), ("Norwich", "NR"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old School House", "Hillside", "Orchard End", "The Laurels", "Brook House", "2 Mill Cottages", "The Coach House")  # fmt: skip
US_STREETS = (
    "Maple Avenue", "Oak Street", "Elm Street", "Pine Ridge Road", "Lakeview Drive", "Cedar Lane", "N 5th Street",
    "W 42nd Street", "Hillside Avenue", "Forest Drive", "Birch Court", "Meadow Lane", "Park Place", "River Road",
    "2nd Avenue NE", "Sunset Boulevard", "Prairie View Road", "Schoolhouse Lane",
)  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Austin", "TX", 787),
    ("Denver", "CO", 802), ("Portland", "OR", 972), ("Madison", "WI", 537), ("Boston", "MA", 21),
    ("Brooklyn", "NY", 112), ("Ann Arbor", "MI", 481), ("Raleigh", "NC", 276), ("Sacramento", "CA", 958),
    ("Duluth", "MN", 558), ("Sioux Falls", "SD", 571), ("Rockford", "IL", 611), ("St. Paul", "MN", 551),
)  # fmt: skip
# Addresses of other countries in their own formats; {n} a number, {m} a flat or floor,
# {zW:LOW-HIGH} a postcode of W digits, {L2} two letters.
EUROPE = (
    "Schulstraße {n}, {z5:79098-79117} Freiburg im Breisgau", "Lindenallee {n}, {z5:50968-50999} Köln",
    "Seestrasse {n}, {z4:8002-8008} Zürich", "Schulgasse {n}/{m}, 1180 Wien",
    "{n} rue des Lilas, {z5:69001-69009} Lyon", "{n} avenue de la République, {z5:75011-75011} Paris",
    "Kerkweg {n}, {z4:3511-3584} {L2} Utrecht", "Schoolstraat {n}, {z4:9000-9000} Gent",
    "Skolevej {n}, {m}. tv., {z4:5000-5000} Odense C", "Skoleveien {n}, {z4:0350-0380} Oslo",
    "Koulukatu {n} B {m}, {z5:00100-00180} Helsinki", "Pärnu mnt {n}, {z5:10141-10148} Tallinn",
    "ul. Szkolna {n}/{m}, 31-{z3:100-999} Kraków", "Calle del Sol {n}, {m}º A, {z5:41001-41020} Sevilla",
    "Via Nazionale {n}, {z5:00184-00187} Roma", "Rua das Flores {n}, 1200-{z3:100-299} Lisboa",
    "Laugavegur {n}, 101 Reykjavík", "Bağdat Caddesi No: {n} D: {m}, 34728 Kadıköy/İstanbul",
    "Ferhadija {n}, 71000 Sarajevo", "Vulica Khreshchatyk {n}, kv. {m}, 01001 Kyiv",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "bredband.net", "protonmail.com")  # fmt: skip
WORK = {
    "sv": (
        "skola.example.se",
        "edu.example.se",
        "example.se",
        "kommun.example.se",
        "gymnasiet.example.se",
    ),
    "en": (
        "example.com",
        "school.example.co.uk",
        "example.org",
        "district.example.us",
        "academy.example.co.uk",
    ),
}
WORK["mixed"] = WORK["sv"] + ("isg.example.se", "example.com")
PUPIL_MAIL = ("elev.example.se", "student.example.se", "pupils.example.co.uk")
# Swedish given names that begin compounds, and those that end them (women's, men's).
JOIN_FIRST = {"Ann", "Anna", "Eva", "Maj", "Ulla", "Marie", "Rose", "Britt", "Lars", "Karl", "Carl", "Jan", "Per", "Nils", "Sven", "Bo", "Hans", "Kent", "Bengt", "Stig", "Gun"}  # fmt: skip
JOIN_SECOND = {
    True: {"Christin", "Marie", "Karin", "Lena", "Britt", "Sofie", "Louise", "Charlotte", "Stina", "Maria", "Kristin", "Mari"},
    False: {"Erik", "Olof", "Göran", "Åke", "Johan", "Gustav", "Anders", "Gunnar", "Ove", "Inge", "Arne", "Magnus", "Olov", "Ivar"},
}  # fmt: skip
ROLES = (
    "expedition", "elevhalsan", "franvaro", "skolskjuts", "syv", "fritids", "mentor.8b", "rektor.norra",
    "skolskoterska", "kurator", "office", "attendance", "trips", "nurse", "admissions", "pta", "info",
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
    child: bool = False

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of FA from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.row_town: tuple[str, str] | None = None  # the town of the row's first Swedish address

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def person(self, woman: bool | None, child: bool = False, kin: Person | None = None) -> Person:
        """A person of an origin drawn by the row's language; `kin` is one of the family: the
        same origin, and most often the same surname."""
        r = self.rng
        if kin is not None:
            key = kin.origin
        else:
            mix = MIXES[self.lang]
            key = r.choices(list(mix), weights=list(mix.values()))[0]
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        if child and origin.kids_f is not None and origin.kids_m is not None:
            pool = origin.kids_f if woman else origin.kids_m
        given = [self.pick(pool)]
        for _ in range(3):  # no one is named as the relative named before
            if kin is None or given[0][0] != kin.given[0][0]:
                break
            given = [self.pick(pool)]
        if key == "swedish" and not child and given[0][0] in JOIN_FIRST and r.random() < 0.08:
            for _ in range(6):  # a compound the country has: Ann-Christin, Lars-Erik, Per-Olof
                second = self.pick(pool)
                if second[0] in JOIN_SECOND[woman] and second[0] != given[0][0]:
                    given.append(second)
                    break
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        if kin is not None and r.random() < 0.75:  # the family's surname
            surname, joint = list(kin.surname), kin.joint
        else:
            surname = [self.pick(origin.surnames)]
            joint = " "
            roll = r.random()
            if key == "latin" and roll < 0.6:  # apellido paterno y materno
                surname.append(self.pick(origin.surnames))
            elif key == "swedish" and roll < 0.06:  # a double name
                surname.append(self.pick(origin.surnames))
                joint = "-" if roll < 0.03 else " "
            elif key in ("uk", "us") and roll < 0.03:
                surname.append(self.pick(origin.surnames))
                joint = "-"
            if len(surname) == 2 and surname[0][0] == surname[1][0]:
                surname.pop()
            if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
                given = [(plain(w), p) for w, p in given]
                surname = [(plain(w), p) for w, p in surname]
        if (
            key == "polish"
        ):  # -ski for a man, -ska for a woman, whoever in the family was drawn first
            surname = [(masculine(w), p) for w, p in surname]
            if woman:
                surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint, child)

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

        def ascii_(word: str) -> str:
            return re.sub(r"[^a-z]", "", plain(word).lower())

        given = ascii_(person.first)
        surname = ascii_(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[:3]}{surname[:3]}", f"{given}.{surname}{r.randrange(70, 99)}"))  # fmt: skip
        if person.child:
            domain = r.choice(PUPIL_MAIL) if r.random() < 0.6 else r.choice(MAIL)
        else:
            domain = r.choice(WORK[self.lang]) if r.random() < 0.35 else r.choice(MAIL)
        return f"{local}@{domain}"

    def role_email(self) -> str:
        r = self.rng
        return f"{r.choice(ROLES)}@{r.choice(WORK[self.lang])}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (12, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m}-{d[:3]} {d[3:]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"), (1, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm, the cities, the three-digit areas; a switchboard."""
        r = self.rng
        d = self.digits(8)
        area2 = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "11",
                "19",
                "21",
                "16",
                "35",
                "36",
                "42",
                "46",
                "54",
                "60",
                "90",
                "63",
                "26",
            )
        )
        area3 = r.choice(("120", "140", "152", "220", "240", "250", "280", "300", "346", "370", "410", "455", "470", "480", "498", "510", "522", "570", "612", "640", "660", "690", "910", "920", "970", "980"))  # fmt: skip
        shapes = (
            (8, f"08-{d[:3]} {d[3:6]} {d[6:]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:]}"),
            (2, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"(08) {d[:3]} {d[3:6]} {d[6:]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:]}"),
            (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area2}{d[:7]}"), (2, f"+46 {area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:3]} {d[3:5]}"),
            (1, f"0{area3}{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}-{d[:5]}"),
            (2, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.62 else self.landline()

    def phone_x(self) -> str:
        """A number from abroad, as people there write it, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"040 {d[:3]} {d[3:7]}",
            f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"+44 (0)113 496 0{d[:3]}", f"020 7946 0{d[:3]}",
            f"+1 (612) 555-01{d[:2]}", f"(206) 555-01{d[:2]}", f"+1 312 555 01{d[:2]}",
            f"+49 30 {d[:8]}", f"0171 {d[:7]}", f"+49 (0)761 {d[:6]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"00964 770 {d[:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+252 61 {d[:7]}",
            f"+291 7 {d[:6]}", f"+98 912 {d[:3]} {d[3:7]}", f"+93 70 {d[:3]} {d[3:7]}", f"+66 81 {d[:3]} {d[3:7]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+387 61 {d[:3]} {d[3:6]}", f"+353 87 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        return r.choice((
            f"07{r.randrange(400, 999)} {d}", f"07{r.randrange(400, 999)}{d}", f"+44 7{r.randrange(400, 999)} {d}",
            f"0113 496 0{d[:3]}", f"0161 496 0{d[:3]}", f"020 7946 0{d[:3]}", f"(0117) 496 0{d[:3]}", f"+44 (0)131 496 0{d[:3]}",
            f"01632 960{d[:3]}", f"029 2018 {d[:4]}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(
            ("612", "206", "312", "512", "303", "503", "608", "617", "718", "734", "919", "916")
        )
        d = self.digits(2)
        return r.choice(
            (
                f"({area}) 555-01{d}",
                f"{area}-555-01{d}",
                f"{area}.555.01{d}",
                f"+1 {area} 555 01{d}",
                f"1-{area}-555-01{d}",
            )
        )

    def national_id(self, born: tuple[int, int]) -> str:
        """A personnummer of someone born in the years `born`, in 12 or 10 digits, with or
        without the hyphen; a `+` for one past a hundred in the 10-digit form."""
        r = self.rng
        year = r.randrange(*born)
        month = r.randrange(1, 13)
        date = f"{year % 100:02d}{month:02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if year <= 1927:  # past a hundred
            return (
                f"{date}+{serial}{check}"
                if r.random() < 0.75
                else f"{year // 100}{date}-{serial}{check}"
            )
        roll = r.random()
        if roll < 0.42:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False, same_town: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        if same_town and self.row_town is not None:  # a box in the town of the street address
            town, low = self.row_town
            code = f"{low}{r.randrange(10, 90):02d}"
        elif self.row_town is None and not rural:
            self.row_town = (town, code[:3])
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        roll = r.random()
        if roll < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.09:
            out = "SE-" + out
        elif roll < 0.11:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.18
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.13):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.06:
            street += r.choice(
                (
                    f", {r.randrange(1, 7)} tr",
                    f" {r.randrange(1, 5)} tr",
                    f", uppg. {r.choice('ABC')}",
                )
            )
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def school_address(self, lines: bool = False) -> str:
        """A school's or an office's address: a street in a town, no flat."""
        return f"{self.sv_street()}{chr(10) if lines else ', '}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        return f"Box {r.randrange(10, 9999)}{r.choice((', ', chr(10)))}{self.sv_postal(same_town=True)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 28)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.4 and town in ("Glasgow", "Edinburgh"):
            street = f"Flat {r.randrange(0, 4)}/{r.randrange(1, 3)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f"{r.choice((', Apt ', ', Unit ', ' #', ', Apt. '))}{r.randrange(1, 40)}{r.choice(('', 'B', 'C'))}"
        code = f"{prefix:03d}{r.randrange(1, 99):02d}"
        if r.random() < 0.12:
            code += f"-{r.randrange(1000, 9999)}"
        return f"{street}\n{town}, {state} {code}" if lines else f"{street}, {town}, {state} {code}"

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
        """`c/o Name, street, postcode town`: the c/o outside, the name its own PERSON."""
        host = self.person(None)
        self.origins[host.origin] += 1
        full = self.rng.random() < 0.4
        value = f"{host.first} {host.last}" if full else host.last
        self.count(host.given + host.surname if full else host.surname)
        street = self.sv_street()
        joint = "\n" if lines else ", "
        return [
            ("c/o ", None),
            (value, "PERSON"),
            (joint, None),
            (f"{street}{joint}{self.sv_postal()}", "ADDRESS"),
        ]


def masculine(surname: str) -> str:
    """A Polish surname in its masculine form: -ska -> -ski, -cka -> -cki, -dzka -> -dzki."""
    return surname[:-1] + "i" if surname.endswith(("ska", "cka", "dzka")) else surname


def ordinal(day: int) -> str:
    return (
        f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"
    )


def time_range(r: Random, en: bool) -> str:
    start = r.randrange(7 * 4, 17 * 4)
    end = start + r.randrange(2, 12)
    sep = ":" if en else r.choice((".", ":"))
    return f"{start // 4}{sep}{start % 4 * 15:02d}–{end // 4}{sep}{end % 4 * 15:02d}"


def date_range(r: Random, months: tuple[str, ...]) -> str:
    month, day = r.randrange(1, 13), r.randrange(1, 22)
    end = day + r.randrange(1, 7)
    return r.choice(
        (
            f"{day}–{end} {months[month - 1]}",
            f"2027-{month:02d}-{day:02d}–2027-{month:02d}-{end:02d}",
            f"{day}/{month}–{end}/{month}",
            f"{day}.{month}.–{end}.{month}.",
        )
    )


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU
    the surname and GU the given name in capitals, I an initial and the surname, Gi the given name
    and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A
    trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form[:-1] in PERSON_FORMS)
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
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d+))?(?::([fmk]+))?(?:=(\d+))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    months = MONTHS["en" if en else "sv"]
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False).upper(), "ADDRESS"),
        "SA": lambda: (draw.school_address(), "ADDRESS"),
        "SAL": lambda: (draw.school_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "stn": lambda: (r.choice(SV_STREETS).lower(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "UKA": lambda: (draw.uk_address(), "ADDRESS"),
        "UKAL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "uka": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "UKST": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "ukst": lambda: (r.choice(UK_STREETS).lower(), "ADDRESS"),
        "USA": lambda: (draw.us_address(), "ADDRESS"),
        "USAL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id((2011, 2022)), "NATIONAL_ID"),
        "PNRG": lambda: (draw.national_id((2008, 2012)), "NATIONAL_ID"),
        "PNRF": lambda: (draw.national_id((2021, 2023)), "NATIONAL_ID"),
        "PNRA": lambda: (draw.national_id((1958, 1996)), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id((1921, 1928)), "NATIONAL_ID"),
        "EO": lambda: (draw.role_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {months[month - 1]}", f"{day}.{month}.")), None),
        "DATEEN": lambda: (r.choice((f"{day} {months[month - 1]}", f"{day:02d}/{month:02d}/2027", f"{months[month - 1]} {day}", f"{ordinal(day)} {months[month - 1]}")), None),
        "TR": lambda: (time_range(r, en), None),
        "DR": lambda: (date_range(r, months), None),
        "DOBEN": lambda: (r.choice((f"{day:02d}/{month:02d}/{r.randrange(2010, 2022)}", f"{ordinal(day)} {months[month - 1]} {r.randrange(2010, 2022)}")), None),
        "TIME": lambda: (f"{r.randrange(7, 19)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '10', '15', '30', '40', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 40)), None),
        "AGE": lambda: (str(r.randrange(6, 13)), None),
        "YR": lambda: (str(r.randrange(1, 10)), None),
        "PCT": lambda: (f"{r.randrange(12, 48)} %" if not en else f"{r.randrange(72, 94)}%", None),
        "AMT": lambda: (f"{r.choice((50, 100, 150, 200, 250, 300, 350, 400, 500, 750, 1200, 2400))} kr", None),
        "GBP": lambda: (f"£{r.choice((3, 5, 12, 15, 18, 25, 32, 45, 120, 240))}{r.choice(('', '.00', '.50'))}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}")), None),
        "DNR": lambda: (f"{r.choice(('BUN', 'UBN', 'GVN', 'BoU'))} 2027/{r.randrange(10, 2400)}", None),
        "KL": lambda: (r.choice((f"{r.randrange(1, 10)}{r.choice('ABCDEF')}", f"åk {r.randrange(1, 10)}", f"{r.randrange(4, 10)}{r.choice(('A', 'B', 'C', 'D'))}", "F-klassen")), None),
        "KLG": lambda: (f"{r.choice(('NA', 'SA', 'TE', 'EK', 'ES', 'BF', 'EE', 'VO', 'BA', 'IMS'))}{r.randrange(24, 28)}{r.choice('abc')}", None),
        "KLEN": lambda: (r.choice((f"Year {r.randrange(1, 14)}", f"{r.randrange(7, 12)}{r.choice('HKLMRW')}", f"Grade {r.randrange(1, 13)}", f"Class {r.randrange(1, 7)}{r.choice('ABC')}")), None),
        "SUBJ": lambda: (r.choice(W["subjects_sv"]), None),
        "COURSE": lambda: (r.choice(W["courses"]), None),
        "PROG": lambda: (r.choice(W["programmes"]), None),
        "GRADE": lambda: (r.choice("ABCDEF"), None),
        "SCHOOL": lambda: (r.choice(W["schools_sv"]), None),
        "SCHOOLEN": lambda: (r.choice(W["schools_en"]), None),
        "SCHOOLUS": lambda: (r.choice(W["schools_us"]), None),
        "FIRM": lambda: (r.choice(W["firms_sv"]), None),
        "PLACE": lambda: (r.choice(W["places_sv"]), None),
        "PLACEEN": lambda: (r.choice(W["places_en"]), None),
        "COUNTRY": lambda: (r.choice(W["countries_sv"] if not en else W["countries_en"]), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "ROOM": lambda: (r.choice((f"{r.choice('ABCDE')}{r.randrange(101, 340)}", f"{r.randrange(1, 4)}:{r.randrange(10, 40)}", f"sal {r.randrange(2, 40)}")), None),
        "WEEK": lambda: (str(r.randrange(2, 51)), None),
        "PET": lambda: (r.choice(W["pets"]), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
    }  # fmt: skip
    if form == "CO":
        return draw.care_of(lines=False)
    if form == "COL":
        return draw.care_of(lines=True)
    return [values[form]()]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    """A template with its slots filled; `#n` names the same person (or value) again, `:f`/`:m`
    a woman or a man, `:k` a child, `=n` one of person n's family."""
    people: dict[str, Person] = {}
    cache: dict[tuple[str, str], list[Segment]] = {}
    draw.row_town = None
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, flags, kin = match.group(1), match.group(2), match.group(3) or "", match.group(4)
        base = form.rstrip("'")
        base = (
            base[:-1]
            if len(base) > 1 and base.endswith("s") and base[:-1] in PERSON_FORMS
            else base
        )
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                woman = True if "f" in flags else False if "m" in flags else None
                for _ in range(4):  # two people of one row are not called by the same given name
                    person = draw.person(
                        woman, child="k" in flags, kin=people.get(kin) if kin else None
                    )
                    if person.first not in {p.first for p in people.values()}:
                        break
                draw.origins[person.origin] += 1
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        elif ref and (form, ref) in cache:
            segments = cache[(form, ref)]
        else:
            segments = filler(form, draw)
            if ref:
                cache[(form, ref)] = segments
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """FA's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of FA is printed."""
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
                forms["lower-case given name alone"] += (
                    value.islower() and " " not in value and "." not in value
                )
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address after c/o"] += (
                    text[max(0, span["start"] - 40) : span["start"]].count("c/o ") > 0
                )
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with - or +"] += "-" in value or "+" in value
                forms["personnummer with +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(
        f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)} ("
        + ", ".join(f"{k} {v}" for k, v in sorted(Counter(la for la, _ in NEGATIVES).items()))
        + ")"
    )


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["keys"] += 1
        if row["id"] in ids:
            problems["id twice"] += 1
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            problems["empty span"] += not value or stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            problems["unsorted or overlapping"] += start < end
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            end = stop
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                ok = digits.isdigit() and len(digits) in (10, 12)
                ok = ok and luhn(digits[-10:-1]) == int(digits[-1])
                problems["personnummer check digit"] += not ok
    bad = sum(problems.values())
    print(
        f"{rows} rows, {len(ids)} distinct ids; problems: {bad}"
        + (" (" + ", ".join(f"{k} {v}" for k, v in problems.items() if v) + ")" if bad else "")
    )
    return bad


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
