# ruff: noqa: E501
"""Generate held-out ET for personal-data detection (issue 15): names as the population has them,
a hundred-and-twenty-ninth writer.

    python data/pii/generate_et.py           # writes data/pii/generated-heldout-et.jsonl
    python data/pii/generate_et.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_et.py --check   # checks the written file, prints counts only
    python data/pii/generate_et.py --seed 7 --out /tmp/et.jsonl   # a scratch seed

ET's names are drawn by how often people really carry them: every name word comes from
`names_et.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is driving schools, driving tests, licences and vehicle inspection
(`templates_et.py`): lesson bookings and reminders, pupil and candidate lists, supervisor
applications, risk courses and skid pans, theory and driving-test bookings and results, licence
permits, withdrawals, renewals, losses and exchanges of foreign licences, medical and eyesight
certificates, inspection bookings, reports, re-inspections and driving bans, the British MOT,
DVLA and DVSA letters, the American DMV, learner permits and state inspections, with the chats,
e-mails, invoices and signatures around them, in Swedish, English and both at once. Written by a
helper who does not tune the detector, who read only `generate_aw.py` (for the mechanics), two
sections of `docs/privacy.md` ("Held-out AW" and "Held-out CL") and the first line of
`generated-heldout-u.jsonl`, and neither the detector's rules, lexicons and tagger (`src/`) nor any
other set's names, templates or rows nor any error listing; ET was never run through the detector
by its writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded
Random: same seed, same bytes.
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

from names_et import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_et import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270206
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-et.jsonl"
SPLIT = "heldout-et"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of Swedish street names).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Nygatan", "Trädgårdsgatan", "Västra Hamngatan", "Östra Storgatan", "Repslagaregatan", "Fabriksgatan",
    "Bangårdsgatan", "Slottsgatan", "Linnégatan", "Tegnérgatan", "Hantverkargatan", "Götgatan", "Ringgatan",
    "Köpmangatan", "Smedjegatan", "Prästgatan", "Rådhusgatan", "Södra Järnvägsgatan", "Norra Strandgatan",
    "Björkvägen", "Granvägen", "Rönnvägen", "Ekvägen", "Tallvägen", "Lönnvägen", "Syrenvägen", "Sjövägen",
    "Skogsvägen", "Industrivägen", "Ringvägen", "Sveavägen", "Kvarnvägen", "Idrottsvägen", "Bäckvägen",
    "Solvägen", "Violvägen", "Blåklintsvägen", "Hagvägen", "Gärdesvägen", "Norra vägen", "Gamla vägen",
    "Tranbärssvängen", "Lingonsvängen", "Ekorrsvängen", "Rävsvängen", "Kornsvängen", "Hjortsvängen",
    "Kastanjeallé", "Lindallén", "Parkallén", "Almallén", "Hammarby allé", "Rosenlunds allé",
    "Ängsbacken", "Kvarnbacken", "Solbacken", "Tallbacken", "Pilbacken", "Ljungbacken", "Kyrkbacke",
    "Blåbärsstigen", "Lärkstigen", "Hasselstigen", "Ekorrstigen", "Smultronstigen", "Transtigen", "Mjölnarstigen",
    "Stortorget", "Järntorget", "Fisktorget", "Hötorget", "Norra torget", "Marknadstorget", "Lilla torg",
    "Hamnplan", "Kyrkplan", "Stationsplan", "Torgplan", "Smedsgränd", "Bryggargränd", "Klockargränd",
    "Kråkgränd", "Bagargränd", "Hamnkajen", "Norra kajen", "Strandkajen", "Södra kajen", "Packhuskajen",
    "Björkliden", "Rosenslingan", "Vallmogången", "Industrileden", "Verkstadsvägen", "Bilvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (a range); the first 25 are the cities.
SV_TOWNS = (
    ("Stockholm", 111, 118), ("Göteborg", 411, 418), ("Malmö", 211, 217), ("Uppsala", 752, 754),
    ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 302), ("Växjö", 352, 352), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Solna", 169, 171), ("Täby", 183, 187), ("Nacka", 131, 132), ("Huddinge", 141, 141), ("Mölndal", 431, 431),
    ("Östersund", 831, 831), ("Luleå", 972, 975), ("Trollhättan", 461, 461), ("Kalmar", 392, 393),
    ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Falun", 791, 791), ("Visby", 621, 621),
    ("Nyköping", 611, 611), ("Varberg", 432, 432), ("Uddevalla", 451, 451), ("Skellefteå", 931, 931),
    ("Örnsköldsvik", 891, 891), ("Borlänge", 784, 784), ("Motala", 591, 591), ("Kiruna", 981, 981),
    ("Mora", 792, 792), ("Ystad", 271, 271), ("Trelleborg", 231, 231), ("Kungsbacka", 434, 434),
    ("Alingsås", 441, 441), ("Sandviken", 811, 811), ("Piteå", 941, 941), ("Lidköping", 531, 531),
    ("Enköping", 745, 745), ("Karlskrona", 371, 371), ("Hudiksvall", 824, 824), ("Härnösand", 871, 871),
    ("Ludvika", 771, 771), ("Katrineholm", 641, 641), ("Vänersborg", 462, 462), ("Arvika", 671, 671),
    ("Sollefteå", 881, 881), ("Hässleholm", 281, 281), ("Ängelholm", 262, 262), ("Landskrona", 261, 261),
    ("Mjölby", 595, 595), ("Nässjö", 571, 571), ("Värnamo", 331, 331), ("Oskarshamn", 572, 572),
    ("Västervik", 593, 593), ("Köping", 731, 731), ("Sala", 733, 733), ("Norrtälje", 761, 761),
    ("Kungälv", 442, 442), ("Lerum", 443, 443), ("Falkenberg", 311, 311), ("Karlshamn", 374, 374),
    ("Höganäs", 263, 263), ("Gällivare", 982, 982), ("Boden", 961, 961), ("Strömstad", 452, 452),
)  # fmt: skip
VILLAGES = (
    "Västanby", "Österby", "Norrby", "Sörbyn", "Lillåsen", "Kvarnbyn", "Myrviken", "Hällesjö", "Lövnäs",
    "Ängebo", "Skogsby", "Ytterby", "Nybyn", "Berga", "Hultet", "Gärdsby", "Backa", "Åsen", "Bölen", "Tjärn",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Queens Road",
    "Manor Way", "The Crescent", "Green Lane", "Elm Grove", "Kings Road", "London Road", "Chapel Street",
    "Meadow Close", "Orchard Drive", "Springfield Road", "Riverside Walk", "Windsor Gardens", "Albert Terrace",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Sheffield", "S"), ("Nottingham", "NG"),
    ("Leicester", "LE"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Norwich", "NR"),
    ("York", "YO"), ("Reading", "RG"), ("Brighton", "BN"), ("Exeter", "EX"), ("Newcastle upon Tyne", "NE"),
    ("Belfast", "BT"), ("Coventry", "CV"), ("Swansea", "SA"), ("Aberdeen", "AB"), ("Milton Keynes", "MK"),
    ("London", "SE"), ("London", "N"), ("London", "E"), ("London", "SW"),
)  # fmt: skip
UK_ESTATES = ("Riverside Industrial Estate", "Kingsway Business Park", "Hillside Trading Estate", "Station Road Industrial Estate", "Meadow Lane Business Centre", "Westfield Retail Park")  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Willows", "Orchard House", "Fern Lodge", "Holly Cottage", "The Old School House", "Brook Farm")  # fmt: skip
US_STREETS = ("Main Street", "Oak Avenue", "Maple Drive", "Elm Street", "Pine Road", "Cedar Lane", "Lakeview Drive", "2nd Street", "Park Place", "Hillcrest Road", "Highland Avenue", "River Road", "Spring Street", "W 34th Street", "N Central Avenue")  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Denver", "CO", 802),
    ("Columbus", "OH", 432), ("Sacramento", "CA", 958), ("Portland", "OR", 972), ("Madison", "WI", 537),
    ("Raleigh", "NC", 276), ("Phoenix", "AZ", 850), ("Boise", "ID", 837), ("Omaha", "NE", 681),
    ("Albany", "NY", 122), ("Rockford", "IL", 611), ("Des Moines", "IA", 503), ("Burlington", "VT", 54),
)  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Lindenallee {n}, {z5:50667-51149} Köln",
    "Bahnhofstraße {n}, {z5:80331-81929} München", "{n}, rue de la République, {z5:69001-69009} Lyon",
    "{n} boulevard de la Liberté, {z5:59000-59800} Lille", "Hämeenkatu {n} B {m}, {z5:33100-33200} Tampere",
    "Kauppakatu {n}, {z5:40100-40700} Jyväskylä", "Storgata {n}, {z4:0155-0190} Oslo",
    "Kirkegata {n}, {z4:5003-5020} Bergen", "Vesterbrogade {n}, {m}. th., {z4:1620-1799} København V",
    "Søndergade {n}, {z4:8000-8000} Aarhus C", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "ul. Polna {n}, 00-{z3:100-999} Warszawa", "ul. Kwiatowa {n}, 30-{z3:101-999} Kraków",
    "Calle Mayor {n}, {m}º, {z5:28001-28099} Madrid", "Avinguda Diagonal {n}, {z5:08001-08040} Barcelona",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht",
    "Via del Corso {n}, {z5:00186-00187} Roma", "Via Po {n}, {z5:10123-10124} Torino",
    "Bahnhofstrasse {n}, {z4:8001-8001} Zürich", "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien",
    "Rue Neuve {n}, {z4:1000-1000} Bruxelles", "Narva mnt {n}, {z5:10117-10152} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "hotmail.se", "bredband.net", "spray.se")  # fmt: skip
MAIL_EN = ("gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com", "btinternet.com", "aol.com", "comcast.net")  # fmt: skip
WORK = ("example.se", "trafikskola.example.se", "besiktning.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
FIRM_LOCAL = ("info", "bokning", "kundtjanst", "kontakt", "elev", "faktura", "bookings", "office", "hello", "admin", "support", "mc")  # fmt: skip
FIRM_DOMAIN = ("vagvisaren.example.se", "trafikskola.example.se", "korskolan.example.se", "besiktning.example.se", "drivingschool.example.co.uk", "motoring.example.com", "example.se", "example.com")  # fmt: skip
TEST_CENTRES = ("Pinner", "Mill Hill", "Hendon", "Wood Green", "Goodmayes", "Barking", "Sidcup", "Morden", "Tolworth", "Isleworth", "Cardington", "Bletchley", "Chertsey", "Guildford", "Leeds Horsforth", "Bradford Thornbury", "Sale", "Cheetham Hill", "Bristol Kingswood", "Nottingham Colwick", "Birmingham South Yardley", "Edinburgh Musselburgh", "Glasgow Anniesland")  # fmt: skip
CARS_SV = ("Volvo V60", "VW Golf", "Toyota Corolla", "Kia Ceed", "Volvo XC40", "VW Polo", "Toyota Yaris", "Hyundai i30", "Seat Leon", "Nissan Micra", "Kia Niro", "Volvo V70", "Saab 9-3", "VW Passat", "BMW 118i", "Audi A3")  # fmt: skip
CARS_UK = ("Vauxhall Corsa", "Nissan Micra", "Toyota Yaris", "VW Polo", "Kia Picanto", "Fiat 500", "Hyundai i10", "Seat Ibiza", "MG3", "VW Golf")  # fmt: skip
PLATE = "ABCDEFGHJKLMNOPRSTUWXYZ"  # letters of Swedish plates (no I, Q, V, Å, Ä, Ö)
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


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
    born: tuple[int, int, int] = (1980, 1, 1)

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of ET from one seeded Random; counts the head/tail split and the origins."""

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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.025
        ):  # Anna-Karin, Karl-Erik
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "finnish": 0.3}.get(key, 0.05):
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
        born = (r.randrange(1945, 2010), r.randrange(1, 13), r.randrange(1, 29))
        return Person(woman, key, given, surname, middle, joint, born)

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
        given = plain(person.first).lower().replace("-", "").replace("'", "").replace(" ", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(70, 100)}", f"{given[0]}.{surname}"))  # fmt: skip
        mail = MAIL_EN if self.lang == "en" else MAIL
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else mail)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_LOCAL)}@{self.rng.choice(FIRM_DOMAIN)}"

    def uk_licence(self, person: Person) -> str:
        """A British driving-licence number: five letters of the surname, the birth date (a woman's
        month plus 50), the initials, a 9 and two check characters. No value of the conventions."""
        r = self.rng
        letters = "".join(c for c in plain(person.last).upper() if c.isalpha())[:5].ljust(5, "9")
        year, month, day = person.born
        month += 50 if person.woman else 0
        initials = (
            plain(person.first)[0] + (plain(person.middle[0][0])[0] if person.middle else "9")
        ).upper()
        check = r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        out = f"{letters}{str(year)[2]}{month:02d}{day:02d}{str(year)[3]}{initials}9{check}"
        return out if r.random() < 0.7 else f"{out[:5]} {out[5:11]} {out[11:]}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool = False) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
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
                "60",
                "63",
                "26",
                "35",
                "36",
                "46",
                "42",
            )
        )
        area3 = r.choice(
            (
                "920",
                "980",
                "470",
                "480",
                "500",
                "510",
                "520",
                "560",
                "620",
                "640",
                "660",
                "910",
                "950",
                "155",
                "171",
                "226",
                "243",
                "302",
                "346",
                "418",
                "454",
                "530",
                "550",
                "587",
                "611",
                "651",
                "690",
                "730",
            )
        )
        mobiles = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        land = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2}{d[:7]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}{d[:6]}"), (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        shapes = mobiles if mobile or r.random() < 0.62 else land
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or an agency's number: switchboards, 0771, 020, 010."""
        r, d = self.rng, self.digits(8)
        shapes = (f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
                  f"020-{d[:3]} {d[3:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"0770-{d[:3]} {d[3:6]}",
                  f"08-{d[:3]} {d[3:6]} 00", f"031-{d[:3]} {d[3:5]} 00", f"0{r.choice(('40', '18', '13', '90'))}-{d[:2]} {d[2:4]} 00")  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self, firm: bool = False) -> str:
        r, d = self.rng, self.digits(7)
        if firm and r.random() < 0.4:
            return r.choice(
                (
                    f"0300 {d[:3]} {d[3:7]}",
                    f"0330 {d[:3]} {d[3:7]}",
                    f"0800 {d[:3]} {d[3:7]}",
                    f"0345 {d[:3]} {d[3:7]}",
                )
            )
        shapes = (f"07700 900{d[:3]}", f"+44 7700 900{d[:3]}", f"07{r.choice('3456789')}{d[:2]} {d[2:7]}{r.randrange(10)}",
                  f"+44 7{r.choice('3456789')}{d[:2]} {d[2:5]} {d[5:7]}{r.randrange(10)}", f"020 7946 0{d[:3]}",
                  f"+44 (0)20 7946 0{d[:3]}", f"0113 496 0{d[:3]}", f"0161 496 0{d[:3]}", f"0117 496 0{d[:3]}",
                  f"0044 161 496 0{d[:3]}", f"(0131) 496 0{d[:3]}", f"01632 960{d[:3]}", f"07{r.choice('3456789')}{d[:3]}{d[3:7]}{r.randrange(10)}")  # fmt: skip
        return r.choice(shapes)

    def phone_us(self, firm: bool = False) -> str:
        r, d = self.rng, self.digits(7)
        if firm and r.random() < 0.35:
            return r.choice(
                (
                    f"1-800-{r.randrange(200, 999)}-{d[:4]}",
                    f"(800) {r.randrange(200, 999)}-{d[:4]}",
                    f"1-888-{r.randrange(200, 999)}-{d[:4]}",
                )
            )
        area = r.choice(
            (
                "612",
                "206",
                "512",
                "303",
                "614",
                "916",
                "503",
                "608",
                "919",
                "602",
                "208",
                "402",
                "518",
                "815",
                "515",
                "802",
            )
        )
        shapes = (f"({area}) 555-01{d[:2]}", f"{area}-555-01{d[:2]}", f"+1 {area} 555 01{d[:2]}", f"{area}.555.01{d[:2]}",
                  f"({area}) {r.randrange(200, 999)}-{d[:4]}", f"{area}-{r.randrange(200, 999)}-{d[:4]}",
                  f"+1 ({area}) {r.randrange(200, 999)}-{d[:4]}", f"{area} {r.randrange(200, 999)} {d[:4]}")  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)50 {d[:3]} {d[3:7]}",
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}", f"0049 89 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+98 912 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+252 61 {d[:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+1 (416) 555-01{d[:2]}",
            f"+61 4{d[:2]} {d[2:5]} {d[5:8]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+353 87 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False, adult: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen,
        and `+` for those past a hundred (`old`); `adult` for supervisors, drivers and patients."""
        r = self.rng
        year = r.randrange(1919, 1927) if old else r.randrange(1940, 2000 if adult else 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            self.forms["personnummer +"] += 1
            return (
                f"{date}+{serial}{check}" if roll < 0.75 else f"{year // 100}{date}-{serial}{check}"
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
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.13:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[25:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        roll = r.random()
        if roll < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.08:
            out = f"SE-{code[:3]} {code[3:]} {town}"
        elif roll < 0.1:
            out += ", Sverige"
        return out

    def village(self) -> str:
        r = self.rng
        name = r.choice(VILLAGES)
        return (
            f"{name} {r.randrange(1, 240)}"
            if r.random() < 0.85
            else f"{name} Gård {r.randrange(1, 9)}"
        )

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.13):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            sep = "\n" if r.random() < 0.3 else ", "
            return f"Box {r.randrange(10, 9999)}{sep}{self.sv_postal()}"
        if roll < 0.8:
            return f"{self.sv_street()}, plan {r.randrange(2, 8)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.42:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def uk_business(self) -> str:
        """A firm's or a test centre's address: a unit on an estate, or a number on a road."""
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        if r.random() < 0.6:
            return f"Unit {r.randrange(1, 40)}{r.choice(('', 'A', 'B'))}, {r.choice(UK_ESTATES)}, {town} {code}"
        return f"{r.randrange(1, 300)} {r.choice(UK_STREETS)}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        zipcode = f"{prefix:03d}{r.randrange(1, 99):02d}"
        if r.random() < 0.15:
            zipcode += f"-{r.randrange(1000, 9999)}"
        return (
            f"{street}\n{town}, {state} {zipcode}"
            if lines
            else f"{street}, {town}, {state} {zipcode}"
        )

    def po_box(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        return (
            f"PO Box {r.randrange(10, 9999)}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
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

    def plate(self) -> str:
        r = self.rng
        letters = "".join(r.choice(PLATE) for _ in range(3))
        tail = (
            f"{r.randrange(10, 100)}{r.choice(PLATE)}"
            if r.random() < 0.35
            else f"{r.randrange(0, 1000):03d}"
        )
        return f"{letters} {tail}" if r.random() < 0.75 else f"{letters}{tail}"

    def plate_uk(self) -> str:
        r = self.rng
        area = r.choice(PLATE) + r.choice(PLATE)
        return f"{area}{r.choice(('19', '69', '20', '70', '21', '71', '22', '72', '15', '65'))} {''.join(r.choice(PLATE) for _ in range(3))}"

    def vin(self) -> str:
        r = self.rng
        return r.choice(("YV1", "WVW", "WBA", "VF1", "SAL", "JTD", "KNA", "TMB", "1FA")) + "".join(
            r.choice(VIN_CHARS) for _ in range(14)
        )


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname in capitals, GU the given name in capitals, I an initial and the surname, IF initials
    with the middle name's and the surname, Gi the given name and the surname's initial,
    R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address, LN a British licence number (no
    value). A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s")) else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base == "LN":
        return [(draw.uk_licence(person), None)]
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
    elif base == "IF":
        words = middle + surname
        initials = ["-".join(p[0] for p in person.first.split("-")) + "."] + [
            f"{w[0]}." for w, _ in middle
        ]
        value = " ".join([*initials, person.last])
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "GU", "I", "IF", "Gi", "R", "RU", "E", "LN"}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def amount() -> Segment:
        return f"{r.randrange(3, 190) * 50:,} kr".replace(",", " "), None

    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "stn": lambda: (r.choice(SV_STREETS).lower(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUB": lambda: (draw.uk_business(), "ADDRESS"),
        "au": lambda: ((f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}" if r.random() < 0.5 else draw.uk_address()).lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "POBOX": lambda: (draw.po_box(), "ADDRESS"),
        "STUS": lambda: (r.choice(US_STREETS), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUKF": lambda: (draw.phone_uk(firm=True), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHUSF": lambda: (draw.phone_us(firm=True), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "PNRA": lambda: (draw.national_id(adult=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} 2027", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/2027")), None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{':' if en else '.'}{r.choice(('00', '15', '20', '30', '40', '45'))}", None),
        "DOBEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} {r.randrange(1950, 2009)}", f"{day:02d}/{month:02d}/{r.randrange(1950, 2009)}")), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "YEAR": lambda: (str(r.randrange(2015, 2027)), None),
        "DAY": lambda: (r.choice(DAYS["sv"][:6]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"][:6]), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": amount,
        "GBP": lambda: (f"£{r.randrange(25, 1600)}{r.choice(('', '.00', '.50'))}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"TSA {r.randrange(2019, 2027)}-{r.randrange(1000, 99999)}", f"#{r.randrange(10000, 999999)}", f"{r.randrange(100000, 999999)}")), None),
        "BOOK": lambda: (r.choice((f"{r.randrange(10**7, 10**8)}", f"B{r.randrange(10**6, 10**7)}", f"{r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}")), None),
        "ORG": lambda: (f"55{r.randrange(6, 10)}{draw.digits(3)}-{draw.digits(4)}", None),
        "VAT": lambda: (f"SE55{r.randrange(6, 10)}{draw.digits(7)}01", None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{draw.digits(4)}", f"{r.randrange(5000, 5999)}-{draw.digits(4)}")), None),
        "OCR": lambda: (draw.digits(r.choice((10, 12, 14, 16))), None),
        "SWISH": lambda: (f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", None),
        "REG": lambda: (draw.plate(), None),
        "REGUK": lambda: (draw.plate_uk(), None),
        "VIN": lambda: (draw.vin(), None),
        "KM": lambda: (f"{r.randrange(1, 40)} {draw.digits(3)}", None),
        "MILES": lambda: (f"{r.randrange(5, 180)},{draw.digits(3)} miles", None),
        "SCORE": lambda: (str(r.randrange(52, 66)), None),
        "CARSV": lambda: (r.choice(CARS_SV), None),
        "CARUK": lambda: (r.choice(CARS_UK), None),
        "TC": lambda: (r.choice(TEST_CENTRES), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0] if r.random() < 0.7 else r.choice(US_TOWNS)[0], None),
        "ADI": lambda: (draw.digits(6), None),
        "DLUS": lambda: (r.choice((f"D{draw.digits(7)}", f"{draw.digits(3)} {draw.digits(3)} {draw.digits(3)}", f"{r.choice('ABCDFGHKLMNPRSTW')}{draw.digits(3)}-{draw.digits(4)}-{draw.digits(4)}")), None),
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
    """ET's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, all in a seeded order; a text already written is drawn again."""
    draw = draw or Draw(seed)
    r = draw.rng
    negatives = set(NEGATIVES)
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
        if ((lang, template) in negatives) != (not spans):
            raise ValueError(
                f"a negative with a value, or a positive row without one: {template[:40]!r}"
            )
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
    """Counts only: no row of ET is printed."""
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
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith(("Box", "PO Box"))
                forms["address after c/o"] += (
                    text[: span["start"]].rstrip().split("\n")[-1].startswith("c/o")
                )
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    kinds: Counter[str] = Counter()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            if list(row) != ["id", "split", "lang", "text", "spans"]:
                problems["keys not as heldout-u's"] += 1
            if row["id"] in ids:
                problems["id twice"] += 1
            ids.add(row["id"])
            if row["id"] != f"gen-{SPLIT}-{rows:04d}":
                problems["id out of order"] += 1
            if row["split"] != SPLIT or row["lang"] not in SIZES:
                problems["split or lang"] += 1
            text, end = row["text"], 0
            for span in row["spans"]:
                start, stop, kind = span["start"], span["end"], span["kind"]
                kinds[kind] += 1
                if list(span) != ["start", "end", "kind"] or kind not in KINDS:
                    problems["span keys or kind"] += 1
                if not 0 <= start < stop <= len(text):
                    problems["empty or out of bounds"] += 1
                    continue
                value = text[start:stop]
                if value != value.strip():
                    problems["whitespace at an edge"] += 1
                if start < end:
                    problems["unsorted or overlapping"] += 1
                end = stop
                if kind == "NATIONAL_ID":
                    digits = re.sub(r"[-+]", "", value)
                    digits = digits[2:] if len(digits) == 12 else digits
                    if not (
                        digits.isdigit()
                        and len(digits) == 10
                        and luhn(digits[:9]) == int(digits[9])
                    ):
                        problems["personnummer check digit"] += 1
    print(f"rows {rows}, ids {len(ids)}; " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
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
        sys.exit(check(args.out))
    draw = Draw(args.seed)
    rows = generate(args.seed, draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
