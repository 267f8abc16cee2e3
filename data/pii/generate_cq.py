# ruff: noqa: E501
"""Generate held-out CQ for personal-data detection (issue 15): names as the population has them,
a seventy-fourth writer.

    python data/pii/generate_cq.py            # writes data/pii/generated-heldout-cq.jsonl
    python data/pii/generate_cq.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_cq.py --check    # checks the written file, prints counts only
    python data/pii/generate_cq.py --seed 7 --out /tmp/cq.jsonl   # a scratch set

CQ's names are drawn by how often people carry them: every name word comes from `names_cq.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK,
and the commonest names of the origins common in Sweden), 80% from the head of a list and 20% from
its tail, mixed by the language of the row roughly as Sweden's population is. Written by a helper
who does not tune the detector and who read only `generate_aw.py` (for the mechanics: the seeded
`Draw`, the slot filler, the row format, `--stats`), the sections "Held-out AW" and "Held-out CL"
of docs/privacy.md and the first line of `generated-heldout-u.jsonl` (for its keys); not the
detector, its lexicons or tests, nor any other set's names, templates or rows. The genre is
property management and caretaking (`templates_cq.py`): tenants' fault reports and work orders,
caretakers' rounds and logs, key and tag handovers, move-in and move-out inspections, parking and
storage permits, laundry and guest-flat bookings, contractors' visits, notices to stairwells,
landlords' letters and property managers' e-mails across buildings, towns and countries, with
addresses in every form (flats, entrances, floors, over lines, lower case in chat and SMS) and
phone numbers everywhere. CQ was never run through the detector by its writer. Stdlib only; one
seeded Random: same seed, same bytes.
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

from names_cq import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_cq import EN, MIXED, NEGATIVES, PETS, SV  # noqa: E402

SEED = 20270151
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-cq.jsonl"
SPLIT = "heldout-cq"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form; a few are named after people (the street is the value).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Östra Storgatan", "Västra Hamngatan", "Skolgatan",
    "Kyrkogatan", "Järnvägsgatan", "Nygatan", "Ågatan", "Bruksgatan", "Prästgatan", "Vasagatan",
    "Linnégatan", "Engelbrektsgatan", "Birger Jarlsgatan", "S:t Eriksgatan", "Karl Johansgatan",
    "Tegnérgatan", "Sveavägen", "Björkvägen", "Tallvägen", "Granvägen", "Lönnvägen", "Ekvägen",
    "Ringvägen", "Industrivägen", "Skogsvägen", "Parkvägen", "Gamla Vägen", "Solrosvägen",
    "Blåklintsvägen", "Hästhagsvägen", "Rönnbärsvägen", "Kvarnvägen", "Fältvägen", "Idrottsvägen",
    "Lärkvägen", "Trastvägen", "Tornsvängen", "Bäcksvängen", "Hagsvängen", "Ekorrsvängen",
    "Kastanjeallén", "Lindallén", "Ekebergs allé", "Slottsallén", "Sjöbacken", "Kvarnbacken",
    "Trädgårdsbacken", "Ålidbacken", "Kungsbacken", "Tranbärsstigen", "Lingonstigen", "Mossstigen",
    "Hallonstigen", "Vitsippsstigen", "Stortorget", "Lilla Torget", "Medborgarplatsen", "Fisktorget",
    "Brunnsplan", "Centrumplan", "Stationsplan", "Klockargränd", "Repslagargränd", "Munkgränd",
    "Skeppsbrokajen", "Norra Kajen", "Packhuskajen", "Älvkajen", "Rådmansgatan", "Bangårdsgatan",
    "Folkungagatan", "Ringleden", "Vintergatan", "Hjortronslingan", "Kometslingan", "Solhöjden",
    "Bergsliden", "Strandpromenaden", "Tingsbågen", "Västra Ringen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 427), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 587), ("Örebro", 702, 705), ("Västerås", 722, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 605), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 461), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Motala", 591, 591), ("Landskrona", 261, 261), ("Nyköping", 611, 611), ("Varberg", 432, 432),
    ("Sollentuna", 191, 192), ("Solna", 169, 171), ("Lidköping", 531, 531), ("Katrineholm", 641, 641),
    ("Köping", 731, 731), ("Piteå", 941, 941), ("Hudiksvall", 824, 824), ("Kiruna", 981, 981),
    ("Arvika", 671, 671), ("Mjölby", 595, 595), ("Ystad", 271, 271), ("Visby", 621, 621),
    ("Härnösand", 871, 871), ("Oskarshamn", 572, 572), ("Finspång", 612, 612), ("Ludvika", 771, 771),
    ("Sala", 733, 733), ("Vetlanda", 574, 574), ("Kramfors", 872, 872), ("Ljusdal", 827, 827),
    ("Mora", 792, 792), ("Säffle", 661, 661), ("Tranås", 573, 573), ("Kalix", 952, 952),
)  # fmt: skip
VILLAGES = (
    "Västanby", "Österby", "Norrby", "Sörby", "Kyrkbyn", "Bäckaskog", "Hagalund", "Gräsmyr",
    "Lillåsen", "Storvreta", "Backen", "Nybo", "Ängsholmen", "Björkbacka", "Kvarnbo", "Ljungby gård",
    "Torpet", "Sandviken", "Ekeby", "Mossebo", "Åsen", "Skogslyckan", "Hedenäset", "Bränna",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Park Road", "Victoria Road", "Mill Lane",
    "London Road", "Queens Road", "Green Lane", "Manor Road", "Kings Avenue", "Albert Street",
    "The Crescent", "Orchard Way", "Meadow Close", "Riverside Walk", "Hill Top Road", "Elm Grove",
    "Chapel Street", "Brook Lane", "St Mary's Road", "North Parade", "Cathedral Close", "Dock Street",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Sheffield", "S"), ("Nottingham", "NG"),
    ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Newcastle upon Tyne", "NE"),
    ("York", "YO"), ("Brighton", "BN"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Norwich", "NR"),
    ("London", "SE"), ("London", "N"), ("Hull", "HU"), ("Exeter", "EX"), ("Aberdeen", "AB"),
    ("Belfast", "BT"), ("Swansea", "SA"), ("Leicester", "LE"),
)  # fmt: skip
UK_BUILDINGS = ("The Maltings", "Harbour Court", "Riverside House", "Foundry Mews", "Park View", "Orchard House", "The Old School", "Mill Wharf", "Canal Side", "Station Buildings")  # fmt: skip
US_STREETS = (
    "Oak Street", "Maple Avenue", "Elm Street", "Pine Street", "Cedar Lane", "Main Street",
    "Park Avenue", "Lakeview Drive", "Sunset Boulevard", "Hillcrest Road", "2nd Street",
    "3rd Avenue", "River Road", "College Avenue", "Spring Street", "Highland Avenue", "Forest Drive",
    "Broadway", "W 48th Street", "E 12th Street",
)  # fmt: skip
US_TOWNS = (
    ("Madison", "WI", 537), ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Portland", "OR", 972),
    ("Austin", "TX", 787), ("Denver", "CO", 802), ("Boston", "MA", 21), ("Chicago", "IL", 606),
    ("Ann Arbor", "MI", 481), ("Burlington", "VT", 54), ("Rockford", "IL", 611), ("Duluth", "MN", 558),
    ("Brooklyn", "NY", 112), ("Sacramento", "CA", 958), ("Raleigh", "NC", 276), ("Omaha", "NE", 681),
)  # fmt: skip
EUROPE = (
    "Bergmannstraße {n}, {z5:10961-10967} Berlin", "Goethestraße {n}, 3. OG, {z5:60313-60329} Frankfurt am Main",
    "Kaiserstraße {n}a, {z5:76131-76137} Karlsruhe", "Lindengasse {n}/{m}, {z4:1070-1070} Wien",
    "Bahnhofstrasse {n}, {z4:8001-8008} Zürich", "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid",
    "Avenida del Mar {n}, {z5:29660-29660} Marbella", "Calle Río Guadalhorce {n}, {z5:29640-29640} Fuengirola",
    "Carrer de Mallorca {n}, {m}r {m}a, {z5:08008-08037} Barcelona", "{n} rue de la République, {z5:69002-69002} Lyon",
    "{n} avenue Jean Médecin, {z5:06000-06000} Nice", "Storgata {n}, {z4:0155-0192} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "Vestergade {n}, {z4:8000-8000} Aarhus C", "Hämeenkatu {n} B {m}, {z5:33100-33100} Tampere",
    "Mannerheimintie {n} A {m}, {z5:00100-00260} Helsinki", "Prinsengracht {n}-{m}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "ul. Długa {n} m. {m}, 80-{z3:827-838} Gdańsk",
    "ul. Marszałkowska {n}/{m}, 00-{z3:590-695} Warszawa", "Via Roma {n}, {z5:10121-10123} Torino",
    "Rua Augusta {n}, {m}º Esq., 1100-{z3:053-060} Lisboa", "Pärnu mnt {n}-{m}, {z5:10141-10148} Tallinn",
    "Apartment {m}, Harbour Court, Main Street, Cobh, Co. Cork P24 {L2}{m}{m}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.com", "bredband.net", "protonmail.com", "hotmail.co.uk", "gmx.de")  # fmt: skip
WORK = ("example.se", "fastighet.example.se", "bostad.example.se", "brf.example.se", "example.com", "example.co.uk", "example.org")  # fmt: skip
HOUSING_SV = (
    "Stockholmshem", "Familjebostäder", "Svenska Bostäder", "Bostads AB Mimer", "Gavlegårdarna",
    "Uppsalahem", "ÖrebroBostäder", "Kalmarhem", "Heimstaden", "Rikshem", "Willhem", "Hembla",
    "HSB Göteborg", "Riksbyggen", "Mitthem", "AB Bostaden i Umeå", "Sigtunahem", "Botkyrkabyggen",
)  # fmt: skip
HOUSING_UK = ("Clarion Housing", "Riverside Housing", "Home Group", "Sanctuary Housing", "Places for People", "Northfield Lettings", "Castlegate Estates", "Greenfield Property Management")  # fmt: skip
HOUSING_US = ("Parkview Property Management", "Lakeside Realty", "Oak Ridge Apartments LLC", "Greystar", "Riverbend Residential", "Summit Property Group")  # fmt: skip
FIRMS_SV = (
    "Bravida", "Caverion", "Polygon", "Coor", "Rörjouren Syd AB", "Låsjouren", "Norrlands Fasad AB",
    "Ventilationsteknik i Mälardalen AB", "Hisservice Norr AB", "Kone", "Sotarna i Värmland",
    "Anticimex", "Svensk Markservice", "Mälardalens Golv AB", "Elkraft Öst AB", "Målericentralen",
    "Fönsterteamet", "Stambytesgruppen AB", "Securitas", "Samhall",
)  # fmt: skip
FIRMS_UK = ("Dyno-Rod", "British Gas", "Northern Lift Services", "Swift Plumbing Ltd", "City Locksmiths", "Bright Spark Electrical", "Apex Damp Proofing", "Greenline Grounds Maintenance")  # fmt: skip
FIRMS_US = ("Rapid Rooter", "Ace Lock & Key", "Metro Elevator Co.", "Blue Sky HVAC", "Northstar Electric", "Allied Movers", "Clearview Windows")  # fmt: skip
SHOPS = ("Elgiganten", "Mediamarkt", "NetOnNet", "Bauhaus", "Jula", "IKEA", "Power", "Byggmax")  # fmt: skip
BRF = ("Brf Tallbacken", "Brf Lärkan 5", "Brf Solgläntan", "Brf Hamnutsikten", "Brf Kvarnen", "Brf Glasbruket", "Brf Tegelbruket 2", "Brf Utsikten")  # fmt: skip
KV = ("Svanen 4", "Lärkan 12", "Tallen 3", "Gjutaren 7", "Hammaren 11", "Bagaren 2", "Rosen 9", "Kvarnen 14", "Spindeln 1")  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
# Swedish area codes (two and three digits after the 0) and US area codes.
AREA_SV2 = ("31", "40", "18", "13", "19", "21", "16", "11", "90", "63", "26", "35", "36", "42", "46", "54", "60")  # fmt: skip
AREA_SV3 = ("155", "220", "240", "250", "280", "291", "303", "320", "340", "380", "411", "455", "470", "480", "491", "498", "500", "510", "520", "560", "570", "611", "620", "640", "660", "910", "920", "980")  # fmt: skip
AREA_US = ("608", "612", "206", "503", "512", "303", "617", "312", "734", "802", "718", "916", "919", "402")  # fmt: skip
# Compound given names as Swedes carry them (`Ann-Christin`, `Karl-Erik`): a first part and a second.
COMPOUND = {
    True: (("Ann", "Anna", "Eva", "Maj", "Britt", "Marie", "Ulla", "Inga", "Lise"), ("Christin", "Marie", "Karin", "Lena", "Sofie", "Charlotte", "Louise", "Britt", "Kristin", "Lotte")),
    False: (("Lars", "Karl", "Per", "Jan", "Hans", "Nils", "Sven", "Carl", "Bengt", "Bo"), ("Erik", "Göran", "Olof", "Åke", "Johan", "Gunnar", "Inge", "Axel", "Arne", "Anders", "Ove")),
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
    given: list[Word]  # one word, or two joined by a hyphen (`Ann-Christin`)
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
    """Every value of CQ from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.decks: dict[str, list[str]] = {}

    def deal(self, name: str, items: tuple[str, ...]) -> str:
        """The next card of a shuffled deck: every item before any comes again."""
        if not self.decks.get(name):
            self.decks[name] = list(items)
            self.rng.shuffle(self.decks[name])
        return self.decks[name].pop()

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:
            first, second = COMPOUND[woman]
            given = [(f"{r.choice(first)}-{r.choice(second)}", given[0][1])]
            self.forms["compound given"] += 1
        middle: list[Word] = []
        share = {
            "swedish": 0.4,
            "us": 0.3,
            "uk": 0.3,
            "german": 0.15,
            "danish": 0.2,
            "norwegian": 0.2,
        }
        if r.random() < share.get(key, 0.05):
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
        if len(surname) == 2 and (surname[0][0] == surname[1][0] or " " in surname[1][0]):
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
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

    # --- e-mail -------------------------------------------------------------------------------
    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "").replace("'", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((
            f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
            f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}",
        ))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def firm_email(self, english: bool) -> str:
        r = self.rng
        local = r.choice(("repairs", "lettings", "maintenance", "info", "office", "accounts") if english else ("felanmalan", "uthyrning", "info", "kundservice", "jour", "forvaltning", "parkering", "nycklar"))  # fmt: skip
        domain = r.choice(("example.co.uk", "example.com", "lettings.example.co.uk") if english else ("example.se", "fastighet.example.se", "bostad.example.se", "hem.example.se"))  # fmt: skip
        return f"{local}@{domain}"

    # --- numbers ------------------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (12, f"{m}{d}"), (10, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (5, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (3, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (3, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:]}"), (1, f"0046{m[1:]}{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        r = self.rng
        d = self.digits(8)
        area2 = r.choice(AREA_SV2)
        area3 = r.choice(AREA_SV3)
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"08{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area2}-{d[:6]}"), (2, f"+46 {area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:3]} {d[3:5]}"),
            (1, f"0{area3}{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0046 {area3} {d[:5]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        """A Swedish number, mobile (two in three) or landline, in the groupings people write."""
        return self.mobile() if self.rng.random() < 0.66 else self.landline()

    def firm_phone(self) -> str:
        """A firm's or a switchboard's number: 020-, 0771-, 010- or a city's switchboard."""
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}", f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"08-{d[:3]} {d[3:6]} 00", f"031-{d[:3]} {d[3:5]} 00", f"0775-{d[:2]} {d[2:4]} {d[4:6]}",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"0200-{d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"07{d[:3]} {d[3:6]}{r.randrange(100, 999)}", f"07{d[:3]} {d[3:6]} {r.randrange(100, 999)}", f"+44 7{d[:3]} {d[3:6]}{r.randrange(100, 999)}",
            f"+44 (0)7{d[:3]} {d[3:6]} {r.randrange(100, 999)}", f"0113 {d[:3]} {d[3:7]}", f"0161 {d[:3]} {d[3:7]}", f"020 {d[:4]} {d[4:8]}",
            f"0117 {d[:3]} {d[3:7]}", f"029 {d[:4]} {d[4:8]}", f"0131 {d[:3]} {d[3:7]}", f"+44 20 {d[:4]} {d[4:8]}", f"0044 161 {d[:3]} {d[3:7]}",
            f"01904 {d[:6]}", f"0800 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(7)
        area = r.choice(AREA_US)
        shapes = (f"({area}) {d[:3]}-{d[3:]}", f"{area}-{d[:3]}-{d[3:]}", f"{area}.{d[:3]}.{d[3:]}", f"+1 {area} {d[:3]} {d[3:]}", f"+1 ({area}) {d[:3]}-{d[3:]}", f"1-{area}-{d[:3]}-{d[3:]}")  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad as people there write it, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:7]}", f"045 {d[:3]} {d[3:7]}",
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:4]} {d[4:8]}", f"0049 89 {d[:7]}", f"0171 {d[:7]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+34 952 {d[:3]} {d[3:6]}", f"0034 6{d[:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+31 20 {d[:3]} {d[3:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 58 {d[:3]} {d[3:5]} {d[5:7]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+43 664 {d[:7]}", f"+351 91 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"+44 7{d[:3]} {d[3:9]}", f"+1 (612) {d[:3]}-{d[3:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+380 {d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+971 50 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` for someone past a hundred (`+`)."""
        r = self.rng
        year = r.randrange(1921, 1927) if old else r.randrange(1938, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            return (
                f"{date}+{serial}{check}"
                if r.random() < 0.7
                else f"{year}{date[2:]}-{serial}{check}"
            )
        roll = r.random()
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    # --- addresses ----------------------------------------------------------------------------
    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.22:
            out += r.choice(("A", "B", "C", " A", " B", "D", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.deal('sv_streets', SV_STREETS)} {self.number()}"

    def flat(self) -> str:
        """A flat, floor or entrance as Swedish addresses add them."""
        r = self.rng
        floor = r.randrange(0, 7)
        lgh = f"lgh {10 + floor}{r.randrange(1, 6):02d}"
        return r.choices(
            (lgh, f"{lgh}, {floor} tr" if floor else f"{lgh}, bv", f"{max(floor, 1)} tr", f"{max(floor, 1)} tr ö.g.", f"uppg. {r.choice('ABC')}, {lgh}", f"vån {max(floor, 1)}", f"Lgh {10 + floor}{r.randrange(1, 6):02d}", "bv", f"{lgh} {max(floor, 1)} tr"),
            weights=(40, 10, 14, 3, 6, 5, 5, 2, 5),
        )[0]  # fmt: skip

    def town(self, rural: bool = False) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[24:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        roll = r.random()
        if roll < 0.78:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.9:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.05:
            out = "SE-" + out
        elif roll < 0.08:
            out += ", Sverige"
        elif roll < 0.1:
            out += ", Sweden"
        return out

    def sv_address(self, lines: bool = False, flat: bool | None = None, rural: bool = False) -> str:
        r = self.rng
        joint = "\n" if lines else ", "
        if rural:
            place = f"{self.deal('villages', VILLAGES)} {r.randrange(1, 180)}"
            return f"{place}{joint}{self.sv_postal(rural=True)}"
        street = self.sv_street()
        if flat or (flat is None and r.random() < 0.3):
            street += f"{r.choice((', ', ', ', ' '))}{self.flat()}"
        return f"{street}{joint}{self.sv_postal()}"

    def street_flat(self) -> str:
        return f"{self.sv_street()}{self.rng.choice((', ', ', ', ' '))}{self.flat()}"

    def street_range(self) -> str:
        r = self.rng
        low = r.randrange(1, 30)
        step = r.choice((2, 4, 6, 8))
        return f"{self.deal('sv_streets', SV_STREETS)} {low}{r.choice(('–', '-'))}{low + step}"

    def lower_address(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.3:
            out = self.sv_street()
        elif roll < 0.6:
            out = f"{self.sv_street()} {self.flat()}"
        elif roll < 0.85:
            out = self.sv_address(flat=r.random() < 0.4)
        else:
            out = self.deal("sv_streets", SV_STREETS)
        out = out.lower()
        return out.replace(" b,", "b,") if r.random() < 0.3 else out

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, plan {r.randrange(2, 8)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 140)} {self.deal('uk_streets', UK_STREETS)}"
        roll = r.random()
        if roll < 0.25:
            street = f"Flat {r.randrange(1, 30)}{r.choice(('', 'A', 'B'))}, {street}"
        elif roll < 0.37:
            street = f"Apartment {r.randrange(1, 60)}, {r.choice(UK_BUILDINGS)}, {self.deal('uk_streets', UK_STREETS)}"
        elif roll < 0.45:
            street = f"{r.choice(('Ground', 'First', 'Second', 'Top'))} Floor Flat, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {self.deal('us_streets', US_STREETS)}"
        if r.random() < 0.45:
            unit = f"{r.randrange(1, 20)}{r.choice('ABCDEF')}"
            street += r.choice((f", Apt {unit}", f" #{unit}", f", Unit {unit}", f", Apt. {unit}"))
        joint = "\n" if lines else ", "
        return f"{street}{joint}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        out = self.deal("europe", EUROPE).replace("{n}", str(r.randrange(1, 140)), 1)
        while "{m}" in out:
            out = out.replace("{m}", str(r.randrange(1, 9)), 1)
        out = out.replace("{L2}", r.choice("ABCDEFHKNPRTWXY") + r.choice("ABCDEFHKNPRTWXY"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (one in ten its short form, where it has one), N/n the short form where the name has one, S/s the surname, SU the
    surname in capitals, GU the given name in capitals, Q the short form (where the name has one,
    most often) and the surname, I an initial and the surname, II the
    initials of all given names and the surname, Gi the given name and the surname's initial,
    R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a Swedish
    genitive, a trailing `'` an English one.
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
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = draw.nickname(person, 0.1 if base in ("G", "g") else 0 if base == "GU" else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "II":
        words = surname
        value = (
            " ".join(f"{w[0]}." for w in [person.first] + [w for w, _ in middle])
            + f" {person.last}"
        )
    elif base == "Q":
        words = given + surname
        short = draw.nickname(person, 0.6)
        value = f"{short or person.first} {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base in ("R", "RU"):
        words, value = (
            given + surname,
            f"{person.last.upper() if base == 'RU' else person.last}, {person.first}",
        )
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "GU", "I", "II", "Gi", "Q", "R", "RU", "E"}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r = draw.rng
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    letters = "ABCDEFGHJKLMNPRSTUWXYZ"
    values: dict[str, Callable[[], Segment]] = {
        # addresses
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AF": lambda: (draw.sv_address(flat=True), "ADDRESS"),
        "AFL": lambda: (draw.sv_address(lines=True, flat=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STF": lambda: (draw.street_flat(), "ADDRESS"),
        "STN": lambda: (draw.deal("sv_streets", SV_STREETS), "ADDRESS"),
        "STR": lambda: (draw.street_range(), "ADDRESS"),
        "a": lambda: (draw.lower_address(), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "STNUK": lambda: (draw.deal("uk_streets", UK_STREETS), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "aus": lambda: (draw.us_address().lower(), "ADDRESS"),
        "STNUS": lambda: (draw.deal("us_streets", US_STREETS), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        # phones, e-mail, personnummer
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "FMAIL": lambda: (draw.firm_email(english=False), "EMAIL"),
        "FMAILEN": lambda: (draw.firm_email(english=True), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        # look-alikes and context, no value
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATES": lambda: (r.choice((f"{day}–{day + r.randrange(1, 4)} {MONTHS['sv'][month - 1]}", f"2027-{month:02d}-{day:02d} – 2027-{month:02d}-{day + r.randrange(1, 4):02d}", f"{day}/{month}–{day + r.randrange(1, 4)}/{month}")), None),
        "DATESEN": lambda: (r.choice((f"{day}–{day + r.randrange(1, 4)} {MONTHS['en'][month - 1]}", f"{MONTHS['en'][month - 1]} {day}–{day + r.randrange(1, 4)}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(6, 21):02d}{r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 13)}:{r.choice(('00', '15', '30', '45'))} {r.choice(('am', 'pm'))}", f"{r.randrange(7, 23):02d}:{r.choice(('05', '20', '42', '58'))}")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "YEAR": lambda: (str(r.choice((2026, 2027, 2028))), None),
        "NUM": lambda: (str(r.randrange(2, 400)), None),
        "AMT": lambda: (f"{r.randrange(350, 14000):,} kr".replace(",", " "), None),
        "RENT": lambda: (f"{r.randrange(5200, 16500):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(40, 2400):,}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(40, 3000)}", None),
        "USD": lambda: (f"{r.randrange(900, 3800):,}", None),
        "REF": lambda: (r.choice((f"{r.randrange(2026, 2028)}-{r.randrange(1000, 99999):05d}", f"FA{r.randrange(100000, 999999)}", f"#{r.randrange(10000, 99999)}", f"ÄR-{r.randrange(1000, 9999)}")), None),
        "AO": lambda: (r.choice((f"AO-{r.randrange(10000, 99999)}", f"{r.randrange(2026, 2028)}/{r.randrange(100, 9999)}", f"WO-{r.randrange(1000, 99999)}")), None),
        "OBJ": lambda: (f"{r.randrange(100, 999)}-{r.randrange(1001, 1605)}-{r.randrange(1, 4):02d}", None),
        "TAG": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"B-{r.randrange(1000, 9999)}", f"{r.randrange(16**5, 16**6):X}")), None),
        "KEY": lambda: (f"{r.randrange(10, 99)}-{r.choice('ABCDEF')}", None),
        "PPL": lambda: (r.choice((f"{r.randrange(1, 120)}", f"G{r.randrange(1, 60)}", f"B-{r.randrange(1, 40)}", f"P{r.randrange(100, 260)}")), None),
        "FRD": lambda: (f"{r.randrange(1, 5)}:{r.randrange(1, 40):02d}", None),
        "PNUM": lambda: (f"{r.randrange(2026, 2028)}-{r.randrange(100, 2999):04d}", None),
        "REG": lambda: (f"{''.join(r.choice(letters) for _ in range(3))} {r.randrange(10, 99)}{r.choice(letters + '0123456789')}", None),
        "REGUK": lambda: (f"{''.join(r.choice(letters) for _ in range(2))}{r.randrange(10, 75)} {''.join(r.choice(letters) for _ in range(3))}", None),
        "ORG": lambda: (f"{r.choice(('556', '559', '769', '716', '802'))}{draw.digits(3)}-{draw.digits(4)}", None),
        "OCR": lambda: (draw.digits(r.randrange(9, 17)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "INV": lambda: (f"{r.randrange(10000, 999999)}", None),
        "PASS": lambda: ("".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9)), None),
        "CHARGER": lambda: (f"EVB-{r.randrange(10000, 99999)}", None),
        "LIC": lambda: (f"EC-{r.randrange(100000, 999999)}", None),
        "APT": lambda: (f"{r.randrange(1, 20)}{r.choice('ABCDEF')}", None),
        "KV": lambda: (r.choice(KV), None),
        "BRF": lambda: (r.choice(BRF), None),
        "PET": lambda: (r.choice(PETS), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNUK": lambda: (r.choice(UK_TOWNS)[0], None),
        "TOWNUS": lambda: (r.choice(US_TOWNS)[0], None),
        "HOUSING": lambda: (r.choice(HOUSING_SV), None),
        "HOUSINGUK": lambda: (r.choice(HOUSING_UK), None),
        "HOUSINGUS": lambda: (r.choice(HOUSING_US), None),
        "FIRM": lambda: (r.choice(FIRMS_SV), None),
        "FIRMUK": lambda: (r.choice(FIRMS_UK), None),
        "FIRMUS": lambda: (r.choice(FIRMS_US), None),
        "SHOP": lambda: (r.choice(SHOPS), None),
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
        if base not in PERSON_FORMS and len(base) > 1 and base.endswith("s"):
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
    """CQ's rows: every negative once, then positive rows from shuffled decks of each language's
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


PNR_SHAPE = re.compile(r"^(\d{2})?(\d{6})([-+]?)(\d{4})$")


def pnr_form(value: str) -> str:
    match = PNR_SHAPE.match(value)
    if not match:
        return "bad shape"
    digits = "12" if match.group(1) else "10"
    sep = {"-": "with -", "+": "with +", "": "no separator"}[match.group(3)]
    return f"{digits} digits {sep}"


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of CQ is printed."""
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
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value.lower()
                forms["address with tr/vån/uppg."] += bool(
                    re.search(r"\d tr\b|vån \d|uppg\.", value)
                )
                forms["address after c/o"] += (
                    text[max(0, span["start"] - 40) : span["start"]].rfind("c/o") >= 0
                )
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["street alone"] += not re.search(r"\d", value)
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
    print(f"spans in all: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    if draw is not None:
        print(
            f"nicknames: {draw.forms['nickname']}, compound given names: {draw.forms['compound given']}"
        )
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
        missing = [k for mix in MIXES.values() for k in mix if not draw.origins[k]]
        print(f"origins in MIXES never drawn: {len(set(missing))}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    keys = {"id", "split", "lang", "text", "spans"}
    for row in rows:
        problems["row keys"] += set(row) != keys
        problems["duplicate id"] += row["id"] in ids
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            problems["span empty"] += stop <= start
            problems["span out of bounds"] += start < 0 or stop > len(text)
            value = text[start:stop]
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            problems["unsorted or overlapping"] += start < end
            problems["unknown kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            end = stop
            if span["kind"] == "NATIONAL_ID":
                match = PNR_SHAPE.match(value)
                if not match:
                    problems["personnummer shape"] += 1
                else:
                    nine, check_digit = match.group(2) + match.group(4)[:3], int(match.group(4)[3])
                    problems["personnummer check digit"] += luhn(nine) != check_digit
    sizes = Counter(row["lang"] for row in rows)
    problems["sizes"] += dict(sizes) != SIZES
    print(
        f"checked {len(rows)} rows, {sum(len(row['spans']) for row in rows)} spans, {len(ids)} ids"
    )
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    print(f"sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
    return sum(bad.values())


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
