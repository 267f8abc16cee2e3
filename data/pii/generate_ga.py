# ruff: noqa: E501
"""Generate held-out GA for personal-data detection (issue 15): names as the population has them,
a hundred-and-sixty-second writer.

    python data/pii/generate_ga.py          # writes data/pii/generated-heldout-ga.jsonl
    python data/pii/generate_ga.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ga.py --check  # checks the written file, prints counts only

GA's names are drawn by how often people really carry them: every name word comes from
`names_ga.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is scouts, youth clubs and leisure associations (`templates_ga.py`): camp sign-ups,
parental consent forms, leader rotas, membership fees and reminders, incident and accident reports,
leaders' chat, with sports and riding clubs, youth centres, choirs and church youth groups around
them, in Swedish, English and the two mixed as Swedes write at work. Written by a helper who does
not tune the detector, who read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the
slot filler, the row format, `--stats`), the sections "Held-out AW" and "Held-out CL" of
`docs/privacy.md` and the first line of `generated-heldout-u.jsonl`; not the detector's rules,
lexicons or tagger, no other set's names, templates or rows, no error listing. GA was never run
through the detector by its writer, and its names were not checked against rung's lexicons.
Stdlib only; one seeded Random: same seed, same bytes.
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

from names_ga import (  # noqa: E402
    HEAD_SHARE,
    HYPHEN_F,
    HYPHEN_M,
    MIXES,
    NICKNAMES,
    ORIGINS,
    Pool,
    feminine,
    plain,
)
from templates_ga import (  # noqa: E402
    ALLERGIES,
    ALLERGIES_EN,
    CAMPS,
    CAMPS_EN,
    CLUBS,
    DAYS,
    EN,
    KARER,
    LAKES,
    MIXED,
    MONTHS,
    NEGATIVES,
    PATROLS,
    PETS,
    SECTIONS,
    SHIRT_SIZES,
    SV,
)

SEED = 20270239
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ga.jsonl"
SPLIT = "heldout-ga"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Vasagatan", "Prästgatan", "Fabriksgatan", "Parkgatan", "Tegnérgatan",
    "Linnégatan", "Bergsgatan", "Köpmangatan", "Slottsgatan", "Trädgårdsgatan", "Västra Storgatan",
    "Södra Kungsgatan", "Skomakaregatan", "Repslagaregatan", "Föreningsgatan", "Rådhusgatan", "Badhusgatan",
    "Klostergatan", "Scoutvägen", "Idrottsvägen", "Lärkvägen", "Tallbacksvägen", "Hasselvägen", "Aspvägen",
    "Violvägen", "Blåklocksvägen", "Vallmovägen", "Kyrkvägen", "Stationsvägen", "Fiskarvägen", "Gärdesvägen",
    "Smedjevägen", "Sjöviksvägen", "Älgvägen", "Envägen", "Nämndemansvägen", "Björnsvängen", "Hjortsvängen",
    "Lingonsvängen", "Kantarellsvängen", "Ekallén", "Lönnallén", "Almallén", "Parkallén", "Solna allé",
    "Tallbacken", "Kyrkbacken", "Smedsbacken", "Tegelbruksbacken", "Gökbacken", "Sankt Pers backe", "Mosstigen",
    "Ripstigen", "Trollstigen", "Hjortronstigen", "Kottstigen", "Fisktorget", "Kvarntorget", "Nytorget",
    "Gustav Adolfs torg", "Kyrkoplan", "Bryggplan", "Verkstadsplan", "Bagargränd", "Fiskargränd", "Klockargränd",
    "Hamnkajen", "Norra kajen", "Strandkajen", "Inre hamnkajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (a range where a town has several).
SV_TOWNS = (
    ("Stockholm", 112, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 722, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291),
    ("Skövde", 541, 541), ("Uddevalla", 451, 451), ("Nyköping", 611, 611), ("Motala", 591, 591),
    ("Lidköping", 531, 531), ("Piteå", 941, 941), ("Visby", 621, 621), ("Kiruna", 981, 981),
    ("Märsta", 195, 195), ("Nacka", 131, 132), ("Huddinge", 141, 141), ("Sollentuna", 191, 192),
    ("Handen", 136, 137), ("Kungsbacka", 434, 434), ("Alingsås", 441, 441), ("Varberg", 432, 432),
    ("Ängelholm", 262, 262), ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Ystad", 271, 271),
    ("Karlskrona", 371, 371), ("Västervik", 593, 593), ("Enköping", 745, 745), ("Katrineholm", 641, 641),
    ("Sandviken", 811, 811), ("Hudiksvall", 824, 824), ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 891),
    ("Skellefteå", 931, 931), ("Lerum", 443, 443), ("Partille", 433, 433), ("Mölndal", 431, 431),
    ("Norrtälje", 761, 761), ("Rimbo", 762, 762), ("Vallentuna", 186, 186), ("Åkersberga", 184, 184),
    ("Strängnäs", 645, 645), ("Leksand", 793, 793), ("Arvika", 671, 671), ("Mjölby", 595, 595),
    ("Vetlanda", 574, 574), ("Hässleholm", 281, 281), ("Höör", 243, 243), ("Båstad", 269, 269),
    ("Falkenberg", 311, 311), ("Kungälv", 442, 442), ("Lysekil", 453, 453), ("Falköping", 521, 521),
    ("Åre", 837, 837), ("Kramfors", 872, 872), ("Lycksele", 921, 921), ("Boden", 961, 961),
    ("Kalix", 952, 952), ("Gällivare", 982, 982), ("Jokkmokk", 962, 962), ("Älvsbyn", 942, 942),
)  # fmt: skip
RURAL_FROM = 40  # the towns from here on are small, with country routes (postcodes xxx 9x)
# Villages and hamlets as rural addresses name them (`Västanby 14`).
VILLAGES = (
    "Västanby", "Österby", "Norrby", "Sunnanå", "Gräsmyr", "Tallåsen", "Höglunda", "Råbäck", "Kvarnbäcken",
    "Ytterby", "Innerby", "Björkhult", "Ekhult", "Granlunda", "Hedenstorp", "Lövsta", "Ramsjö", "Älvsbacka",
    "Bastutjärn", "Holmträsk", "Nederby", "Övergård", "Sörby", "Kyrkbyn", "Fjällbo", "Nybodarna", "Ängebo",
    "Stora Ekeby", "Lilla Mon", "Backa",
)  # fmt: skip
UK_STREETS = (
    "Elm Grove", "Beech Road", "Meadow Way", "St Mary's Road", "Queens Road", "The Crescent", "Windsor Avenue",
    "Oakfield Drive", "Hollybush Lane", "Castle Street", "Mill Road", "Chestnut Close", "Greenacres",
    "Priory Road", "Heath Lane", "Albert Terrace", "Cromwell Road", "Willow Walk", "Church Street", "Station Approach",
)  # fmt: skip
UK_LOCALITIES = ("Didsbury", "Headingley", "Caversham", "Jesmond", "Clifton", "Roath", "Morningside", "Heworth", "Hove", "Kings Heath")  # fmt: skip
UK_TOWNS = (
    ("Reading", "RG"), ("Oxford", "OX"), ("Cambridge", "CB"), ("York", "YO"), ("Sheffield", "S"),
    ("Nottingham", "NG"), ("Leicester", "LE"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Edinburgh", "EH"),
    ("Glasgow", "G"), ("Aberdeen", "AB"), ("Belfast", "BT"), ("Bath", "BA"), ("Exeter", "EX"),
    ("Plymouth", "PL"), ("Brighton", "BN"), ("Guildford", "GU"), ("Milton Keynes", "MK"), ("Coventry", "CV"),
    ("Birmingham", "B"), ("Liverpool", "L"), ("Newcastle upon Tyne", "NE"), ("Durham", "DH"), ("Harrogate", "HG"),
    ("Lincoln", "LN"), ("Ipswich", "IP"), ("Chelmsford", "CM"), ("Canterbury", "CT"), ("Dundee", "DD"),
)  # fmt: skip
UK_HOUSES = ("The Willows", "Fern Cottage", "Orchard View", "Holly Lodge", "2 Mill Cottages", "The Old School House", "Rowan House", "Brook Farm")  # fmt: skip
US_STREETS = (
    "Maple Street", "Oak Avenue", "Elm Street", "Lakeview Drive", "Cedar Lane", "Pine Ridge Road",
    "Washington Avenue", "Park Place", "Highland Avenue", "N 4th Street", "W Main St", "Birch Court",
    "Willow Way", "Hillcrest Dr", "E Lake Harriet Pkwy", "Sunset Blvd", "Country Club Rd", "S Elm St",
)  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("St. Paul", "MN", 551), ("Rockford", "IL", 611), ("Madison", "WI", 537),
    ("Seattle", "WA", 981), ("Portland", "OR", 972), ("Denver", "CO", 802), ("Boulder", "CO", 803),
    ("Austin", "TX", 787), ("Columbus", "OH", 432), ("Ann Arbor", "MI", 481), ("Des Moines", "IA", 503),
    ("Omaha", "NE", 681), ("Sioux Falls", "SD", 571), ("Rochester", "NY", 146), ("Burlington", "VT", 54),
    ("Worcester", "MA", 16), ("Raleigh", "NC", 276), ("Phoenix", "AZ", 850), ("Lindsborg", "KS", 674),
    ("Jamestown", "NY", 147), ("Kingsburg", "CA", 936), ("Anchorage", "AK", 995),
)  # fmt: skip
US_PLACES = ("Rockford", "Minneapolis", "Seattle", "Austin", "Lindsborg", "Duluth", "Boulder", "Madison")  # fmt: skip
# European addresses in their own formats: {n} a number, {m} a small one, {z<width>:lo-hi} a
# postcode in range, {L2} two capitals (the Dutch postcode's letters), {EC} an Eircode's unit.
EUROPE = (
    "Bahnhofstraße {n}, {z5:10115-14199} Berlin", "Waldweg {n}, {z5:79098-79117} Freiburg im Breisgau",
    "Schulstraße {n}a, {z5:50667-51149} Köln", "Prinsengracht {n}, {z4:1015-1018} {L2} Amsterdam",
    "Hoofdstraat {n}, {z4:3811-3829} {L2} Amersfoort", "{n} rue Victor Hugo, {z5:69001-69009} Lyon",
    "{n} chemin des Vignes, {z5:84000-84000} Avignon", "Hämeenkatu {n} B {m}, {z5:33100-33210} Tampere",
    "Aurakatu {n}, {z5:20100-20100} Turku", "Storgata {n}, {z4:0155-0190} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Nørregade {n}, {z4:1165-1172} København K",
    "Vestergade {n}, {m}. th., {z4:8000-8000} Aarhus C", "ul. Marszałkowska {n}/{m}, 00-{z3:001-999} Warszawa",
    "ul. Długa {n}, 31-{z3:100-199} Kraków", "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid",
    "Via Garibaldi {n}, {z5:10122-10122} Torino", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
    "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien", "Kerkstraat {n}, {z4:9000-9000} Gent",
    "{n} Main Street, Westport, Co. Mayo F28 {EC}", "Narva mnt {n}, {z5:10117-10152} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "hotmail.se", "yahoo.se", "me.com", "bredband.net")  # fmt: skip
MAIL_EN = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "btinternet.com", "hotmail.co.uk", "comcast.net", "aol.com")  # fmt: skip
WORK = ("example.se", "skola.example.se", "kommun.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
ORG_LOCAL = ("info", "kansliet", "kassor", "ledare", "lager", "uthyrning", "styrelsen", "medlem", "spararna", "bokning")  # fmt: skip
ORG_LOCAL_EN = ("info", "secretary", "treasurer", "leaders", "camp", "bookings", "gsl", "membership", "office")  # fmt: skip
ORG_DOMAINS = ("tallbackensscoutkar.se", "vikingarna-sjoscout.se", "ekebyscout.org", "fyrbaken.nu", "scoutkar.example.se", "fritidsgarden.example.se", "ifk-ungdom.example.se")  # fmt: skip
ORG_DOMAINS_EN = ("1stashfordscouts.org.uk", "troop314.org", "hillsideyfc.co.uk", "westfieldexplorers.org.uk", "pack52.example.org", "youthclub.example.co.uk")  # fmt: skip
MOBILE = ("070", "070", "072", "073", "073", "076", "079")  # fmt: skip
AREA2 = ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "63", "26", "11", "35", "36", "42", "46")  # fmt: skip
AREA3 = ("171", "175", "220", "221", "240", "247", "250", "270", "290", "300", "320", "346", "380", "410", "418", "430", "451", "480", "490", "500", "510", "522", "550", "570", "586", "611", "620", "640", "647", "660", "680", "910", "920", "950", "970", "980")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def ascii_lower(word: str) -> str:
    return re.sub(r"[^a-z0-9]", "", plain(word).lower())


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
    """Every value of GA from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and r.random() < 0.04:  # a double given name: Anna-Karin, Per-Olof
            firsts, seconds = HYPHEN_F if woman else HYPHEN_M
            first, second = r.choice(firsts), r.choice(seconds)
            if first != second:
                given = [
                    (w, "head" if w in pool.names[: pool.head] else "tail") for w in (first, second)
                ]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "finnish": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a double name after marriage
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
        given = ascii_lower(person.first)
        surname = ascii_lower(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[:3]}{surname[:3]}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        home = MAIL_EN if self.lang == "en" else MAIL
        return f"{local}@{r.choice(WORK if r.random() < 0.3 else home)}"

    def org_email(self) -> str:
        r = self.rng
        if self.lang == "en":
            return f"{r.choice(ORG_LOCAL_EN)}@{r.choice(ORG_DOMAINS_EN)}"
        return f"{r.choice(ORG_LOCAL)}@{r.choice(ORG_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile in the groupings people write."""
        r = self.rng
        m, d = r.choice(MOBILE), self.digits(7)
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (3, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"{m}-{d[:3]}{d[3:5]}{d[5:]}"),
            (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"), (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"+46{m[1:]}{d}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm's 08, the cities' two-digit and the country's three-digit codes."""
        r = self.rng
        d, a2, a3 = self.digits(8), r.choice(AREA2), r.choice(AREA3)
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"08-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"08{d[:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"), (6, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{a2}{d[:7]}"),
            (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046 {a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (4, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:3]} {d[3:5]}"),
            (2, f"0{a3}-{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 (0){a3}-{d[:3]} {d[3:5]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def firm_phone(self) -> str:
        """A firm's or an office's number: switchboards, 020 and 077x numbers."""
        r = self.rng
        d = self.digits(8)
        return r.choice((f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}", f"0771-{d[:3]} {d[3:6]}",
                         f"0770-{d[:2]} {d[2:4]} {d[4:6]}", f"08-{d[:3]} {d[3:6]} 00", f"0{r.choice(AREA2)}-{d[:2]} {d[2:4]} 00",
                         f"0{r.choice(AREA3)}-{d[:3]} 00", self.landline()))  # fmt: skip

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.65 else self.landline()

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(4)
        return r.choice((f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"07700900{d[:3]}",
                         f"0044 7700 900{d[:3]}", f"01632 960{d[:3]}", f"020 7946 0{d[:3]}", f"0113 496 0{d[:3]}",
                         f"+44 (0)20 7946 0{d[:3]}", f"0161 496 0{d[:3]}", f"(0131) 496 0{d[:3]}", f"+44 117 496 0{d[:3]}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(
            (
                "612",
                "651",
                "763",
                "952",
                "608",
                "206",
                "503",
                "303",
                "512",
                "614",
                "734",
                "515",
                "402",
                "605",
                "585",
                "802",
                "508",
                "919",
                "785",
            )
        )
        tail = f"01{self.digits(2)}"
        return r.choice((f"({area}) 555-{tail}", f"{area}-555-{tail}", f"+1 {area} 555 {tail}", f"{area}.555.{tail}",
                         f"+1 ({area}) 555-{tail}", f"1-{area}-555-{tail}", f"{area} 555 {tail}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"0047 4{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"+49 151 {d[:8]}", f"0171 {d[:7]}", f"+49 (0)30 {d[:7]}", f"+48 5{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:8]}", f"06-{d[:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+43 664 {d[:7]}", f"+90 53{d[0]} {d[1:4]} {d[4:6]} {d[6:8]}", f"+964 750 {d[:3]} {d[3:7]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}", f"+291 7 {d[:6]}", f"+66 81 {d[:3]} {d[3:7]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"0049 171 {d[:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, age: str = "adult") -> str:
        """A personnummer: a child's, an adult's, or one past a hundred (`+` in the ten-digit form)."""
        r = self.rng
        low, high = {"child": (2009, 2021), "adult": (1948, 2002), "old": (1919, 1927)}[age]
        year = r.randrange(low, high)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if age == "old" and roll < 0.75:
            return f"{date}+{serial}{check}"
        if roll < 0.45:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        out = str(min(int(self.rng.expovariate(1 / 16)) + 1, 160))
        if self.rng.random() < 0.14:
            out += self.rng.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 160)}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(90, 100) if rural else r.randrange(10, 90):02d}"
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.82 else f"{code} {town}"
        if roll > 0.95:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.06:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 15)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += ", uppg. B"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"

    def uk_code(self, area: str) -> str:
        r, letters = self.rng, "ABDEFGHJLNPQRSTUWXYZ"
        return (
            f"{area}{r.randrange(1, 30)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        parts = [f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"]
        roll = r.random()
        if roll < 0.2:
            parts = [r.choice(UK_HOUSES), r.choice(UK_STREETS)]
        elif roll < 0.32:
            parts = [f"Flat {r.randrange(1, 20)}", parts[0]]
        if r.random() < 0.3:
            parts.append(r.choice(UK_LOCALITIES))
        if lines:
            return "\n".join([*parts, town, self.uk_code(area)])
        return ", ".join([*parts, f"{town} {self.uk_code(area)}"])

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Apt.', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        tail = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{tail}" if lines else f"{street}, {tail}"

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
        out = out.replace(
            "{EC}",
            f"{r.choice('ACDEFHKNPRTVWXY')}{r.randrange(10)}{r.choice('ACDEFHKNPRTVWXY')}{r.randrange(10)}",
        )
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def initial_of(surname: str) -> str:
    """The initial people write for a surname: its first capital (`von Rosen` -> `R`)."""
    return next((c for c in surname if c.isupper()), surname[0].upper())


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    I an initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    RU `SURNAME, Given`, GU/SU the given name/surname in capitals, E an e-mail address. A trailing
    `s` asks for a Swedish genitive, a trailing `'` an English one.
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
        words, value = given, f"{person.first} {initial_of(person.last)}."
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
    "I",
    "Gi",
    "R",
    "RU",
    "GU",
    "SU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r = draw.rng
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.55 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower() if r.random() < 0.5 else f"{r.randrange(1, 140)} {r.choice(UK_STREETS).lower()}", "ADDRESS"),
        "STEN": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "aux": lambda: (f"{r.randrange(10, 9999)} {r.choice(US_STREETS).lower()}", "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id("adult"), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id("child"), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id("old"), "NATIONAL_ID"),
        "EF": lambda: (draw.org_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 20)}.{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (f"{r.randrange(1, 9)}{r.choice((':00', ':15', ':30', ':45'))}pm", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AGE": lambda: (str(r.randrange(7, 18)), None),
        "YEAR": lambda: (str(r.randrange(2010, 2021)), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "AMT": lambda: (f"{r.choice((150, 200, 250, 300, 350, 400, 450, 600, 950, 1200, 1450, 1800, 2400, 3200))} kr", None),
        "GBP": lambda: (f"£{r.choice((15, 25, 30, 35, 42, 45, 60, 75, 120))}", None),
        "USD": lambda: (f"${r.choice((24, 36, 48, 60, 72, 85))}.00", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}", f"K{r.randrange(100000, 999999)}")), None),
        "MEMB": lambda: (str(r.randrange(1000000, 3999999)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "ORGNR": lambda: (f"8{r.randrange(10000, 99999)}-{r.randrange(1000, 9999)}", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "KAR": lambda: (r.choice(KARER), None),
        "CLUB": lambda: (r.choice(CLUBS), None),
        "CAMP": lambda: (r.choice(CAMPS), None),
        "CAMPEN": lambda: (r.choice(CAMPS_EN), None),
        "SECTION": lambda: (r.choice(SECTIONS), None),
        "PATROL": lambda: (r.choice(PATROLS), None),
        "PET": lambda: (r.choice(PETS), None),
        "ALLERGY": lambda: (r.choice(ALLERGIES), None),
        "ALLERGYEN": lambda: (r.choice(ALLERGIES_EN), None),
        "LAKE": lambda: (r.choice(LAKES), None),
        "SIZE": lambda: (r.choice(SHIRT_SIZES), None),
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
    """GA's rows: every negative once, then positive rows from shuffled decks of each language's
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


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of GA is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    pnr: Counter[str] = Counter()
    phones: Counter[str] = Counter()
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
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += (
                    value.startswith("SE-") or "\nSE-" in value or ", SE-" in value
                )
                forms["address after c/o"] += (
                    text[max(0, span["start"] - 40) : span["start"]].count("c/o") > 0
                )
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
            elif span["kind"] == "PHONE":
                phones["+"] += value.startswith("+")
                phones["00"] += value.startswith("00")
                phones["other"] += not value.startswith(("+", "00"))
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print("phones: " + ", ".join(f"{k} {v}" for k, v in phones.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_seen = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["keys"] += 1
        if row["id"] in ids or not re.fullmatch(rf"gen-{SPLIT}-\d{{4}}", row["id"]):
            problems["id"] += 1
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, stop = span["start"], span["end"]
            if set(span) != {"start", "end", "kind"} or span["kind"] not in KINDS:
                problems["span keys or kind"] += 1
            if not 0 <= start < stop <= len(text):
                problems["out of bounds or empty"] += 1
                continue
            value = text[start:stop]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < end:
                problems["unsorted or overlapping"] += 1
            end = stop
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                if not (
                    digits.isdigit()
                    and len(digits) in (10, 12)
                    and luhn(digits[-10:-1]) == int(digits[-1])
                ):
                    problems["personnummer check digit"] += 1
    total = sum(problems.values())
    print(
        f"rows {rows}, spans {spans_seen}, ids unique {len(ids)}; problems {total}"
        + (": " + ", ".join(f"{k} {v}" for k, v in problems.items() if v) if total else "")
    )
    return total


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
