# ruff: noqa: E501
"""Generate held-out GB for personal-data detection (issue 15): names as the population has them,
a 163rd writer.

    python data/pii/generate_gb.py            # writes data/pii/generated-heldout-gb.jsonl
    python data/pii/generate_gb.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_gb.py --check    # checks the written file, prints counts only
    python data/pii/generate_gb.py --seed 7 --out /tmp/gb.jsonl   # a scratch seed

GB's names are drawn by how often people really carry them: every name word comes from
`names_gb.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
and its trades are. The genre is plumbers, electricians and other tradespeople on call-outs
(`templates_gb.py`): job tickets and work orders, quotes, customer SMS and chat, invoices with ROT
deduction (the buyer's personnummer and property), site notes and site diaries, staff ledgers,
technicians' on-call rotas, in Swedish, English and mixed. Written by a helper who does not tune
the detector, who read only `generate_aw.py` (for the mechanics), two sections of
`docs/privacy.md` (Held-out AW and CL, for the shape of a write-up) and the first line of
`generated-heldout-u.jsonl` (for its keys); not the detector's rules, lexicons or tagger, not any
other set's names, templates or rows, not any score or error listing. GB was never run through
the detector by its writer, and its names were not checked against rung's lexicons. Stdlib only;
one seeded Random: same seed, same bytes.
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

from names_gb import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gb import DAYS, EN, MIXED, MONTHS, NEGATIVES, PETS, SV  # noqa: E402

SEED = 20270240
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gb.jsonl"
SPLIT = "heldout-gb"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns up and down the country.
SV_STREETS = (
    "Drottninggatan", "Storgatan", "Kungsgatan", "Vasagatan", "Västra Vallgatan", "Östra Storgatan",
    "Hantverkargatan", "Trädgårdsgatan", "Rådhusgatan", "Järnvägsgatan", "Nygatan", "Skolgatan",
    "Kyrkogatan", "Fabriksgatan", "Tegelbruksgatan", "Linnégatan", "Bangatan", "Södra Förstadsgatan",
    "Björkvägen", "Tallvägen", "Granvägen", "Ekvägen", "Lönnvägen", "Almvägen", "Rönnvägen",
    "Syrénvägen", "Sjövägen", "Skogsvägen", "Industrivägen", "Ringvägen", "Solvägen", "Backvägen",
    "Gamla Vägen", "Kvarnvägen", "Stationsvägen", "Idrottsvägen", "Hagavägen", "Bergsvägen",
    "Violsvängen", "Klöversvängen", "Tranbärssvängen", "Smedsvängen", "Kastanjeallé", "Lindallén",
    "Rosenlunds allé", "Kronoparksallén", "Kvarnbacken", "Solbacken", "Tingsbacken", "Slottsbacke",
    "Stora Badstugatan", "Hasselstigen", "Lingonstigen", "Mossstigen", "Gökstigen", "Hjortstigen",
    "Stortorget", "Lilla Torg", "Fisktorget", "Hötorget", "Stationsplan", "Bryggplan", "Kyrkplan",
    "Mästargränd", "Hattmakargränd", "Repslagargränd", "Kopparslagargränd", "Hamnkajen",
    "Norra Kajen", "Skeppsbrokajen", "Strandpromenaden", "Bruksgatan", "Verkstadsgatan",
    "Rörläggarvägen", "Elektrikergatan", "Målarvägen", "Murargatan", "Snickarvägen", "Byggmästargatan",
)  # fmt: skip
# Towns and the first three digits of their postcodes (real ranges, cities and small towns).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 305), ("Växjö", 352, 355), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Trollhättan", 461, 461), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371),
    ("Skövde", 541, 541), ("Uddevalla", 451, 451), ("Nyköping", 611, 611), ("Motala", 591, 591),
    ("Lidköping", 531, 531), ("Piteå", 941, 941), ("Varberg", 432, 432), ("Kungsbacka", 434, 434),
    ("Mölndal", 431, 431), ("Täby", 183, 187), ("Sollentuna", 191, 192), ("Nacka", 131, 132),
    ("Huddinge", 141, 141), ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Lidingö", 181, 181),
    ("Haninge", 136, 137), ("Upplands Väsby", 194, 194), ("Märsta", 195, 195), ("Norrtälje", 761, 761),
    ("Enköping", 745, 745), ("Visby", 621, 621), ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 891),
    ("Härnösand", 871, 871), ("Hudiksvall", 824, 824), ("Sandviken", 811, 811), ("Ludvika", 771, 771),
    ("Köping", 731, 731), ("Katrineholm", 641, 641), ("Ängelholm", 262, 262), ("Trelleborg", 231, 231),
    ("Ystad", 271, 271), ("Alingsås", 441, 441), ("Kungälv", 442, 442), ("Falkenberg", 311, 311),
    ("Värnamo", 331, 331), ("Oskarshamn", 572, 572), ("Västervik", 593, 593), ("Arvika", 671, 671),
    ("Kiruna", 981, 981), ("Boden", 961, 961), ("Strängnäs", 645, 645), ("Sala", 733, 733),
)  # fmt: skip
RURAL_FROM = 26  # towns from here on have countryside around them with `xxx 9x` postcodes
# Villages and farms as rural addresses name them (`Västanby 24`).
VILLAGES = (
    "Västanby", "Östanå", "Sörby", "Norrby", "Ekeby", "Berga", "Hagby", "Tuna", "Skeppsta",
    "Kärrby", "Lillåsen", "Hult", "Mossebo", "Långtorp", "Bäckebo", "Åkersberg", "Hällby", "Nybyn",
    "Övre Åsen", "Nedre Åsen", "Sandby", "Lövhult", "Granlid", "Kvarntorp", "Björkhaga", "Stensjö",
    "Backa", "Fallet", "Myrby", "Tallåsen", "Rödsta", "Vallby", "Ängebo", "Grönhult", "Östra Ryd",
)  # fmt: skip
UK_STREETS = (
    "Church Street", "Station Road", "Park Road", "Victoria Road", "Albert Road", "Queens Road",
    "Manor Road", "Springfield Road", "Highfield Avenue", "Grange Road", "Alexandra Road", "New Street",
    "Elm Grove", "Beech Road", "Acacia Avenue", "Windsor Close", "Meadow Way", "The Crescent",
    "Kingsway", "Mill Lane", "St John's Road", "Cromwell Road", "Hillside Drive", "Orchard Way",
    "Chestnut Close", "Brook Street", "Westfield Road", "Oakwood Avenue", "Poplar Terrace",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Sheffield", "S"), ("Birmingham", "B"), ("Manchester", "M"), ("Bristol", "BS"),
    ("Cardiff", "CF"), ("Nottingham", "NG"), ("Leicester", "LE"), ("Reading", "RG"), ("Brighton", "BN"),
    ("Norwich", "NR"), ("Exeter", "EX"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Newcastle upon Tyne", "NE"),
    ("York", "YO"), ("Swansea", "SA"), ("Belfast", "BT"), ("Milton Keynes", "MK"), ("Stockport", "SK"),
    ("Croydon", "CR"), ("London", "SE"), ("London", "N"), ("Oxford", "OX"), ("Derby", "DE"), ("Plymouth", "PL"),
)  # fmt: skip
UK_UNITS = ("Riverside Trading Estate", "Brunel Business Park", "Mill Yard", "Station Approach Industrial Estate", "Canal Wharf")  # fmt: skip
US_STREETS = (
    "Maple Ave", "Oak Street", "Elm St", "Washington Blvd", "Lake Street", "N 5th Street", "Pine Ridge Road",
    "Cedar Lane", "Hillcrest Drive", "Sunset Blvd", "Park Avenue", "Main St", "Willow Court", "Franklin Ave",
    "County Road 19", "Meadowbrook Lane", "E Colfax Ave", "S Congress Ave",
)  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Denver", "CO", 802), ("Austin", "TX", 787),
    ("Columbus", "OH", 432), ("Phoenix", "AZ", 850), ("Portland", "OR", 972), ("Madison", "WI", 537),
    ("Raleigh", "NC", 276), ("Tampa", "FL", 336), ("Albany", "NY", 122), ("Chicago", "IL", 606),
    ("Sacramento", "CA", 958), ("Boston", "MA", 21), ("Duluth", "MN", 558), ("Rockford", "IL", 611),
)  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Bahnhofstraße {n}, {z5:80331-81929} München",
    "Lindenallee {n}, {z5:20095-22769} Hamburg", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "ul. Marszałkowska {n}, 00-{z3:100-999} Warszawa", "ul. Krakowska {n} m. {m}, 31-{z3:000-999} Kraków",
    "Gedimino pr. {n}, LT-{z5:01100-01999} Vilnius", "Savanorių g. {n}-{m}, LT-{z5:44100-44399} Kaunas",
    "Mannerheimintie {n} B {m}, {z5:00100-00290} Helsinki", "Hämeenkatu {n} A {m}, {z5:33100-33210} Tampere",
    "Storgata {n}, {z4:0155-0190} Oslo", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid", "{n} rue de la République, {z5:69001-69009} Lyon",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Str. Mihai Eminescu nr. {n}, {z6:010511-010599} București",
    "Narva mnt {n}, {z5:10117-10152} Tallinn", "Via Garibaldi {n}, {z5:20121-20159} Milano",
    "vul. Khreshchatyk {n}, kv. {m}, Kyiv {z5:01001-01030}",
)  # fmt: skip
MAIL_SV = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.se", "bredband.net", "spray.se")  # fmt: skip
MAIL_EN = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "btinternet.com", "icloud.com", "comcast.net", "aol.com")  # fmt: skip
MAIL_PL = ("wp.pl", "o2.pl", "interia.pl", "gmail.com")
WORK = ("example.se", "vvs.example.se", "el.example.se", "bygg.example.se", "example.com", "example.co.uk")  # fmt: skip
FIRM_BOXES = ("info", "kundtjanst", "jour", "offert", "service", "faktura", "bokning", "order")
FIRM_BOXES_EN = ("info", "office", "bookings", "accounts", "service", "enquiries", "dispatch")
# Firms named after no person (the ones named after people are written into the templates).
FIRMS_SV = (
    "Norrorts Rör & Värme AB", "Söderns El & Larm AB", "VVS-Tjänst i Mälardalen AB", "Kvarterets Rör AB",
    "Ljus & Kraft Elservice AB", "Akut Rör Stockholm AB", "Trygg Rörservice AB", "Tak & Fasad Norr AB",
    "Västkustens Värme AB", "Bergslagens Elinstallation AB", "Roslagens Bygg & Snickeri AB",
    "Stadens Låsservice AB", "Dropp & Stopp VVS", "Nordisk Kylteknik AB", "Fyrklöverns Måleri AB",
    "Älvdalens Energi & VVS AB", "Elektriska Installationer i Umeå AB", "Golv & Kakel Syd AB",
    "Hemmafix Hantverkstjänst AB", "Mälarstadens Ventilation AB", "Sotarmästarna i Dalarna AB",
)  # fmt: skip
FIRMS_EN = (
    "Northside Plumbing & Heating Ltd", "Bright Spark Electrical Ltd", "ProFlow Drainage", "Ace Boiler Services",
    "Riverside Roofing Ltd", "Citywide Locksmiths", "Keystone HVAC", "Summit Heating & Air", "Blue Line Plumbing Co.",
    "Top Notch Joinery", "Greenleaf Solar & Electric", "Allied Rooter Service", "Evergreen Comfort Systems",
)  # fmt: skip
BRFS = ("Brf Solrosen", "Brf Eken 4", "HSB Brf Kastanjen", "Brf Utsikten", "Brf Tornfalken", "Riksbyggen Brf Kvarnen", "Brf Sjöbris", "Brf Lärkan 9")  # fmt: skip
PARISHES = ("Uppsala Kåbo", "Tallkrogen", "Lidingö Hersby", "Göteborg Guldheden", "Vallby", "Malmö Fridhem", "Sörby", "Nacka Sicklaön", "Hagby", "Umeå Ersboda")  # fmt: skip


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
    """Every value of GB from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.sep = "."  # a row writes its times one way: `14.30` or `14:30`
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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.04
        ):  # Karl-Johan, Ann-Sofie
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "finnish": 0.3}.get(key, 0.04):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surname_pool = origin.surnames
        if key == "thai" and woman and r.random() < 0.4:  # married in Sweden, a Swedish surname
            surname_pool = ORIGINS["swedish"].surnames
        surname = [self.pick(surname_pool)]
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
        if woman:
            surname = [(feminine(w, key), p) for w, p in surname]
        if (
            key in ("polish", "bcs", "turkish", "latin", "lithuanian") and r.random() < 0.3
        ):  # typed plain
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

        def clean(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        if r.random() < 0.35:
            domain = r.choice(WORK)
        elif person.origin == "polish" and r.random() < 0.5:
            domain = r.choice(MAIL_PL)
        else:
            domain = r.choice(MAIL_EN if self.lang == "en" else MAIL_SV)
        return f"{local}@{domain}"

    def firm_email(self) -> str:
        r = self.rng
        box = r.choice(FIRM_BOXES_EN if self.lang == "en" else FIRM_BOXES)
        return f"{box}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        r = self.rng
        d = self.digits(8)
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
                "23",
                "26",
                "35",
                "36",
                "42",
                "46",
            )
        )
        area3 = r.choice(("220", "240", "250", "300", "320", "340", "380", "410", "411", "431", "454", "470", "480", "491", "511", "520", "560", "570", "586", "611", "640", "660", "680", "910", "920", "970", "980"))  # fmt: skip
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:]}"),
            (1, f"08-{d[:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2}{d[:6]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"(0{area2}) {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        """A Swedish number, mostly mobiles (tradespeople and customers reach each other so)."""
        return self.mobile() if self.rng.random() < 0.68 else self.landline()

    def firm_phone(self) -> str:
        """A firm's or a switchboard's number: 010, 020, 0771, or a city's switchboard."""
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"010-{d[:3]} {d[3:5]} {d[5:]}", f"010 {d[:3]} {d[3:5]} {d[5:]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:]}",
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:3]} {d[3:6]}", f"0770-{d[:3]} {d[3:6]}", f"08-{d[:3]} {d[3:6]} 00", f"031-{d[:3]} {d[3:5]} 00",
            f"040-{d[:2]} {d[2:4]} 00", f"0{r.choice(('18', '19', '21', '13'))}-{d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def uk_phone(self) -> str:
        r = self.rng
        d = self.digits(6)
        shapes = (
            f"07{r.choice('4579')}{d[:2]} {self.digits(6)}", f"07700 900{d[:3]}", f"07{r.choice('4579')}{d[:2]}{self.digits(6)}",
            f"+44 7{r.choice('4579')}{d[:2]} {self.digits(6)}", f"+44 (0)7700 900{d[:3]}", f"020 7946 0{d[:3]}",
            f"020 {r.choice('378')}{d[:3]} {self.digits(4)}", f"0161 496 0{d[:3]}", f"0113 {d[:3]} {self.digits(4)}",
            f"0117 496 0{d[:3]}", f"029 20{d[:2]} {self.digits(4)}", f"0131 {d[:3]} {self.digits(4)}",
            f"+44 20 7946 0{d[:3]}", f"(01603) {d}", f"0141-{d[:3]}-{self.digits(4)}", f"028 90{d[:2]} {self.digits(4)}",
        )  # fmt: skip
        return r.choice(shapes)

    def us_phone(self) -> str:
        r = self.rng
        area = r.choice(("612", "206", "303", "512", "614", "602", "503", "608", "919", "813", "518", "312", "916", "617", "218", "815"))  # fmt: skip
        d = self.digits(4)
        shapes = (
            f"({area}) 555-0{d[:3]}", f"{area}-555-0{d[:3]}", f"+1 {area} 555 0{d[:3]}", f"{area}.555.0{d[:3]}",
            f"({area}) {r.randrange(201, 989)}-{d}", f"{area}-{r.randrange(201, 989)}-{d}", f"1-{area}-{r.randrange(201, 989)}-{d}",
            f"+1 ({area}) {r.randrange(201, 989)}-{d}", f"555-0{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+48{r.choice('5678')}{d[:8]}",
            f"+370 6{d[:2]} {d[2:7]}", f"8 6{d[:2]} {d[2:7]}", f"+40 7{d[:2]} {d[2:5]} {d[5:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}", f"0049 89 {d[:7]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+44 7{r.choice('4579')}{d[:2]} {d[2:8]}", f"+1 (612) 555-0{d[:3]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+252 61 {d[:7]}", f"+291 7 {d[:3]} {d[3:6]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+387 61 {d[:3]} {d[3:6]}", f"+381 64 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, hundred: bool = False) -> str:
        r = self.rng
        year = r.randrange(1921, 1927) if hundred or r.random() < 0.05 else r.randrange(1940, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if (
            year < 1927
        ):  # past a hundred the ten-digit form takes a `+`; the twelve-digit form does not
            return (
                f"{date}+{serial}{check}"
                if hundred or r.random() < 0.7
                else f"{year}{date[2:]}-{serial}{check}"
            )
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

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        roll = r.random()
        if roll < 0.8:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.9:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.04:
            out = "SE-" + out
        elif roll < 0.06:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else ", " if r.random() < 0.9 else " "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}{r.choice((', ', chr(10)))}{self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 10)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        elif roll < 0.25:
            street = f"{r.randrange(1, 60)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Unit {r.randrange(1, 40)}, {r.choice(UK_UNITS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        roll = r.random()
        if roll < 0.25:
            street += f"{r.choice((', ', ' '))}{r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B'))}".replace(
                "# ", "#"
            )
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

    def rot(self) -> str:
        """An invoice's ROT lines: labour, material, 30% of labour deducted, amount due."""
        r = self.rng
        labour = r.randrange(20, 900) * 100
        material = r.randrange(5, 600) * 50
        deduction = min(labour * 3 // 10, 50000)
        total = labour + material

        def kr(n: int) -> str:
            return f"{n:,}".replace(",", " ") + " kr"

        if self.lang == "mixed" and r.random() < 0.5:
            return f"Labour / arbete {kr(labour)}\nMaterial {kr(material)}\nROT-avdrag 30 % -{kr(deduction)}\nTo pay / att betala {kr(total - deduction)}"
        return f"Arbetskostnad {kr(labour)}\nMaterial {kr(material)}\nSumma inkl. moms {kr(total)}\nROT-avdrag (30 % av arbetskostnaden) -{kr(deduction)}\nAtt betala {kr(total - deduction)}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    SU the surname in capitals, GU the given name in capitals, I an initial and the surname,
    Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`,
    E an e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
        short = draw.nickname(person, 0.07 if base in ("G", "g", "GU") else 0.85)
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
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, lang = draw.rng, draw.lang
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ALGH": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False).upper(), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUU": lambda: (draw.uk_address().upper(), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "aus": lambda: (draw.us_address().lower(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHUK": lambda: (draw.uk_phone(), "PHONE"),
        "PHUS": lambda: (draw.us_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNR100": lambda: (draw.national_id(hundred=True), "NATIONAL_ID"),
        "FE": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(6, 20)}{':' if lang == 'en' else draw.sep}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 52)), None),
        "AMT": lambda: (f"{r.randrange(8, 1900) * 50:,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(60, 9000):,}.{r.choice(('00', '50', '00', str(r.randrange(10, 99))))}", None),
        "USD": lambda: (f"${r.randrange(45, 8000):,}.{r.choice(('00', '95', str(r.randrange(10, 99))))}", None),
        "REF": lambda: (r.choice((f"{r.randrange(10000, 99999)}", f"AO-{r.randrange(2026, 2028)}-{r.randrange(100, 9999):04d}", f"#{r.randrange(1000, 99999)}", f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}")), None),
        "ROT": lambda: (draw.rot(), None),
        "FIRM": lambda: (r.choice(FIRMS_EN if lang == "en" else FIRMS_SV), None),
        "FIRMEN": lambda: (r.choice(FIRMS_EN), None),
        "BRF": lambda: (r.choice(BRFS), None),
        "PROP": lambda: (f"{r.choice(PARISHES)} {r.randrange(1, 40)}:{r.randrange(1, 300)}", None),
        "ORG": lambda: (f"{r.choice(('556', '559', '769', '802', '916'))}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (draw.digits(r.randrange(8, 16)), None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "CODE": lambda: (r.choice((f"{r.randrange(1000, 9999)}", f"{r.randrange(1000, 9999)}#", f"{r.randrange(100, 999)}*")), None),
        "REG": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {r.randrange(10, 99)}{r.choice('0123456789ACDEFGHJKLMNPRSTUWXYZ')}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if lang == "en" else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "PET": lambda: (r.choice(PETS["en" if lang == "en" else "sv"]), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    firsts: set[str] = set()
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
                for _ in range(6):  # two people of one text do not share a given name
                    person = draw.person({"f": True, "m": False}.get(gender or ""))
                    if person.first.lower() not in firsts:
                        break
                firsts.add(person.first.lower())
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
    """GB's rows: every negative once, then positive rows from shuffled decks of each language's
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
        draw.sep = "." if r.random() < 0.6 else ":"
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
    sep = "+" if "+" in value else "-" if "-" in value else "none"
    return f"{len(digits)} digits, {sep}"


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of GB is printed."""
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
                forms["one word lower case"] += value.islower() and " " not in value
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
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += (
                    value.startswith("SE-") or "\nSE-" in value or ", SE-" in value
                )
                forms["address after c/o"] += (
                    text[max(0, span["start"] - 40) : span["start"]].count("c/o") > 0
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
    print(f"spans: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
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
    templates = {lang: len(t) for lang, t in TEMPLATES.items()}
    negatives = Counter(la for la, _ in NEGATIVES)
    print(f"templates: {templates}, negatives: {dict(negatives)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["keys"] += 1
        if row["id"] in ids:
            problems["duplicate id"] += 1
        ids.add(row["id"])
        if row["split"] != SPLIT or row["lang"] not in SIZES:
            problems["split or lang"] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_total += 1
            s, e = span["start"], span["end"]
            if not 0 <= s < e <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            value = text[s:e]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if s < end:
                problems["unsorted or overlapping"] += 1
            end = e
            if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["kind"] += 1
            if span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                if len(digits) not in (10, 12) or luhn(digits[-10:-1]) != int(digits[-1]):
                    problems["personnummer check digit"] += 1
    print(f"{path.name}: {rows} rows, {len(ids)} ids, {spans_total} spans")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) or "none"))
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
