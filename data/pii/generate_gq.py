# ruff: noqa: E501
"""Generate held-out GQ for personal-data detection (issue 15): names as the population has them,
a hundred-and-seventy-eighth writer.

    python data/pii/generate_gq.py                          # writes data/pii/generated-heldout-gq.jsonl
    python data/pii/generate_gq.py --stats                  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_gq.py --check                  # checks the written file, prints counts only
    python data/pii/generate_gq.py --seed 7 --out /tmp/x.jsonl  # a scratch seed, to read rows from

GQ's names are drawn by how often people really carry them: every name word comes from
`names_gq.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is roadside assistance, towing and car rental (`templates_gq.py`): breakdown calls
and dispatch logs, tow-truck job orders and the drivers' notes, SMS to stranded drivers, tow-yard
releases, rental contracts and bookings at airports and stations, damage reports, returns, fuel,
toll and parking charges passed on to renters, replacement cars, moving vans and trailers, in
Swedish, English and the mixed Swedish/English of work chats and mail. Written by a helper who
does not tune the detector, who read only `generate_aw.py` (for the mechanics: the seeded `Draw`,
the slot filler, the row format and `--stats`), the sections "Held-out AW" and "Held-out CL" of
`docs/privacy.md` and the first line of `generated-heldout-u.jsonl` (for its keys), and neither
the detector's rules, lexicons and tagger nor any error listing nor any other set's names and
templates; GQ was never run through the detector by its writer, and its names were not checked
against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from names_gq import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, PLAIN_TYPED, Pool, feminine, plain  # noqa: E402
from templates_gq import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270255
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gq.jsonl"
SPLIT = "heldout-gq"
YEAR = 2027  # the year the texts are written in: a personnummer's `+` marks a hundred years past

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Västra Hamngatan", "Järnvägsgatan", "Södra Långgatan", "Kyrkogatan",
    "Bangårdsgatan", "Fabriksgatan", "Verkstadsgatan", "Bryggargatan", "Norra Esplanaden", "Magasinsgatan",
    "Industrivägen", "Ringvägen", "Västanvägen", "Björkvägen", "Tallvägen", "Rönnbärsvägen", "Lingonvägen",
    "Hantverkarvägen", "Bilvägen", "Verkstadsvägen", "Transportvägen", "Åkerivägen", "Truckvägen",
    "Gamla Riksvägen", "Östra Ringvägen", "Flygplatsvägen", "Terminalvägen", "Logistikvägen",
    "Smedjesvängen", "Lärkesvängen", "Granitsvängen", "Tornsvängen", "Kastanjesvängen",
    "Lindallén", "Parkallén", "Kronoallén", "Ekallé", "Sjöallé", "Stationsallén",
    "Kvarnbacken", "Solbacken", "Tingsbacke", "Kyrkbacken", "Prästgårds backe", "Tullbacken",
    "Hagtornsstigen", "Vitsippsstigen", "Blåklintsstigen", "Ekorrstigen", "Trädgårdsstigen", "Mårdstigen",
    "Stortorget", "Nytorget", "Fisktorget", "Hötorget", "Södra torg", "Järntorget",
    "Stationsplan", "Verkstadsplan", "Rådhusplan", "Kyrkplan", "Brunnsplan",
    "Snickargränd", "Bagargränd", "Prästgränd", "Murargränd", "Kopparslagargränd",
    "Norra Kajen", "Södra Kajen", "Hamnkajen", "Skeppsbrokajen", "Packhuskajen", "Östra Kajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 977), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291),
    ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451),
    ("Varberg", 432, 432), ("Nyköping", 611, 611), ("Motala", 591, 591), ("Örnsköldsvik", 891, 891),
    ("Kiruna", 981, 981), ("Piteå", 941, 941), ("Visby", 621, 621), ("Alingsås", 441, 441),
    ("Sandviken", 811, 811), ("Ängelholm", 262, 262), ("Enköping", 745, 745), ("Kungsbacka", 434, 434),
    ("Mölndal", 431, 431), ("Arvika", 671, 671), ("Ludvika", 771, 771), ("Mora", 792, 792),
    ("Hudiksvall", 824, 824), ("Härnösand", 871, 871), ("Lidköping", 531, 531), ("Värnamo", 331, 331),
    ("Oskarshamn", 572, 572), ("Västervik", 593, 593), ("Gällivare", 982, 982), ("Lycksele", 921, 921),
    ("Åre", 837, 837), ("Malung", 782, 782), ("Ljungby", 341, 341), ("Katrineholm", 641, 641),
)  # fmt: skip
RURAL_FROM = 24  # SV_TOWNS from here on have country routes (postcodes ending in 9x)
# Villages and farms as rural addresses name them (`Västanby 12`).
VILLAGES = (
    "Västanby", "Östanbyn", "Norrbyn", "Söderby", "Kvarnby", "Sjöbo", "Bäckby", "Hästhagen", "Ängebo",
    "Stora Mossen", "Lilla Åby", "Gärdet", "Björkelund", "Rösta", "Hammarn", "Lövbacka", "Fäboden",
    "Granliden", "Myrviken", "Tallbacken", "Sandviken gård", "Övre Ullerud", "Nedre Gärdsjö", "Kråkbo",
)  # fmt: skip
UK_STREETS = (
    "Station Road", "High Street", "Church Lane", "London Road", "Victoria Street", "Mill Lane",
    "Park Avenue", "Queens Road", "New Street", "The Crescent", "Manor Way", "Westgate",
    "Riverside Drive", "Albion Terrace", "Meadow Close", "Bridge Street", "North Parade", "Kingsway",
)  # fmt: skip
UK_ESTATES = ("Riverside Industrial Estate", "Brunel Trading Estate", "Airport Business Park", "Eastgate Retail Park", "Westfield Industrial Park")  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("York", "YO"), ("Bristol", "BS"), ("Cardiff", "CF"), ("Swansea", "SA"),
    ("Glasgow", "G"), ("Edinburgh", "EH"), ("Aberdeen", "AB"), ("Inverness", "IV"), ("Perth", "PH"),
    ("Birmingham", "B"), ("Coventry", "CV"), ("Leicester", "LE"), ("Nottingham", "NG"), ("Sheffield", "S"),
    ("Manchester", "M"), ("Liverpool", "L"), ("Preston", "PR"), ("Carlisle", "CA"), ("Norwich", "NR"),
    ("Cambridge", "CB"), ("Oxford", "OX"), ("Reading", "RG"), ("Southampton", "SO"), ("Exeter", "EX"),
    ("Plymouth", "PL"), ("Truro", "TR"), ("Brighton", "BN"), ("Canterbury", "CT"), ("London", "SE"),
    ("London", "SW"), ("London", "E"), ("London", "N"), ("Crawley", "RH"), ("Luton", "LU"),
)  # fmt: skip
US_STREETS = (
    "Elm Street", "Oak Avenue", "Main Street", "Airport Boulevard", "Industrial Parkway", "Maple Drive",
    "Route 9", "Highland Avenue", "Cedar Lane", "Commerce Drive", "Pine Street", "Lakeview Road",
    "Ridge Road", "Sunset Boulevard", "Mill Creek Road", "Frontage Road",
)  # fmt: skip
US_TOWNS = (
    ("Springfield", "IL", 627), ("Columbus", "OH", 432), ("Austin", "TX", 787), ("Denver", "CO", 802),
    ("Phoenix", "AZ", 850), ("Orlando", "FL", 328), ("Atlanta", "GA", 303), ("Nashville", "TN", 372),
    ("Seattle", "WA", 981), ("Portland", "OR", 972), ("Minneapolis", "MN", 554), ("Chicago", "IL", 606),
    ("Boston", "MA", 21), ("Albany", "NY", 122), ("Charlotte", "NC", 282), ("Salt Lake City", "UT", 841),
    ("Omaha", "NE", 681), ("Tucson", "AZ", 857), ("Reno", "NV", 895), ("Sacramento", "CA", 958),
    ("San Diego", "CA", 921), ("El Paso", "TX", 799), ("Tulsa", "OK", 741), ("Richmond", "VA", 232),
    ("Pittsburgh", "PA", 152), ("Madison", "WI", 537), ("Anchorage", "AK", 995), ("Burlington", "VT", 54),
)  # fmt: skip
EUROPE = (
    "Bahnhofstraße {n}, {z5:80331-80339} München", "Hauptstraße {n}, {z5:10823-10829} Berlin",
    "Industriestraße {n}, {z5:22525-22529} Hamburg", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n} avenue de la Gare, {z5:67000-67200} Strasbourg", "Storgata {n}, {z4:0150-0190} Oslo",
    "Industriveien {n}, {z4:2000-2010} Lillestrøm", "Vesterbrogade {n}, {m}. th., {z4:1620-1699} København V",
    "Industrivej {n}, {z4:8200-8210} Aarhus N", "Hämeentie {n} B {m}, {z5:00500-00580} Helsinki",
    "Satamakatu {n}, {z5:20100-20120} Turku", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Rue Neuve {n}, {z4:1000-1000} Bruxelles", "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid",
    "Avinguda Diagonal {n}, {z5:08019-08029} Barcelona", "Via Nazionale {n}, {z5:00184-00187} Roma",
    "ul. Marszałkowska {n}/{m}, 00-{z3:590-699} Warszawa", "ul. Długa {n}, 80-{z3:827-831} Gdańsk",
    "Mariahilfer Straße {n}, {z4:1060-1070} Wien", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
    "Narva mnt {n}, {z5:10117-10152} Tallinn", "Vodičkova {n}, 110 00 Praha 1",
    "{n} Main Street, Tralee, Co. Kerry", "Rua Augusta {n}, {z4:1100-1100}-0{z2:48-53} Lisboa",
)  # fmt: skip
# Swedish area codes (without the 0): two-digit ones of the cities, three-digit ones of towns.
AREA2 = ("31", "40", "18", "13", "19", "21", "11", "16", "36", "35", "60", "90", "26", "54", "42", "46")  # fmt: skip
AREA3 = ("120", "152", "171", "220", "240", "250", "278", "290", "300", "320", "340", "370", "380", "410", "430", "455", "470", "480", "490", "510", "520", "550", "563", "570", "586", "611", "620", "640", "647", "651", "660", "670", "680", "690", "910", "920", "921", "929", "940", "950", "960", "970", "980")  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "bredband.net", "hotmail.co.uk", "btinternet.com", "comcast.net")  # fmt: skip
WORK = ("example.se", "bargning.example.se", "hyrbil.example.se", "example.com", "recovery.example.co.uk", "example.org")  # fmt: skip
FIRM_MAIL = (
    "bokning@hyrbil.example.se", "skador@hyrbil.example.se", "kundservice@example.se", "jour@bargning.example.se",
    "faktura@bargning.example.se", "uthyrning@example.se", "returns@carhire.example.co.uk",
    "claims@example.co.uk", "dispatch@towing.example.com", "reservations@example.com", "info@example.org",
)  # fmt: skip
# Car models with no person's name in them (no brand named after its founder: no judgement needed).
CARS_SV = ("Volvo XC60", "Volvo V60", "Volvo V90", "VW Golf", "VW Passat", "VW ID.4", "VW Transporter", "VW Crafter", "Kia Ceed", "Kia Niro", "Hyundai Kona", "Hyundai i30", "Nissan Leaf", "Polestar 2", "Fiat 500", "Seat Leon", "BMW 320d", "MG4", "Subaru Outback", "Mitsubishi Outlander", "Saab 9-5", "Kia Sportage")  # fmt: skip
CARS_EN = ("Vauxhall Corsa", "Nissan Qashqai", "Kia Sportage", "VW Polo", "Fiat 500", "Mini Cooper", "Jeep Wrangler", "Nissan Altima", "Kia Soul", "Hyundai Elantra", "Hyundai Tucson", "VW Transporter", "BMW X3", "Volvo XC40", "Nissan Rogue")  # fmt: skip
STATIONS_SV = ("Arlanda Terminal 5", "Landvetter flygplats", "Malmö C", "Stockholm C", "Göteborg C", "Umeå Airport", "Luleå Airport", "Bromma", "Kiruna flygplats", "Åre Östersund Airport", "Visby hamn", "Skavsta")  # fmt: skip
STATIONS_EN = ("Heathrow T5", "Gatwick North Terminal", "Manchester Airport T2", "Edinburgh Waverley", "Glasgow Airport", "JFK Terminal 4", "LAX", "Denver International", "Orlando MCO", "Bristol Airport")  # fmt: skip
COMPANIES = ("Nordbygg AB", "Fjällturism AB", "Kustfrakt AB", "Sjöbris Event AB", "Norrlandsel AB", "Mälardalens Städ AB", "Vägteknik i Norr AB", "Granit & Sten AB")  # fmt: skip
PETS = ("Bamse", "Sessan", "Ludde", "Molly", "Bella", "Rufus", "Charlie", "Sixten", "Nala", "Doris")  # fmt: skip
ROADS_SV = ("E4 norrgående", "E4 södergående", "E6 vid Kungälv", "E18 mot Karlstad", "E20 vid Arboga", "riksväg 40", "väg 56", "E45 norr om Mora", "E10 mot Kiruna", "väg 70", "Essingeleden", "Södra länken")  # fmt: skip
ROADS_EN = ("the M6 northbound", "the M25 clockwise", "the A9 near Aviemore", "the A1(M) at junction 57", "the M4 westbound", "I-95 southbound", "I-80 near Reno", "Route 66", "the M8 at Harthill")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN), or any such number's."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


@dataclass
class Person:
    woman: bool
    origin: str
    given: list[Word]
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
    """Every value of GQ from one seeded Random; counts the head/tail split and the origins."""

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
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in given[0][0].split("-"):
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
        if key in PLAIN_TYPED and r.random() < 0.3:  # typed without the letters
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

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2, a3 = r.choice(AREA2), r.choice(AREA3)
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"08-{d[:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2}{d[:7]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{a3}{d[:6]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's number: free-phone, national, or a switchboard."""
        r = self.rng
        d = self.digits(7)
        return r.choice((f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
                         f"0771-{d[:3]} {d[3:6]}", f"0770-{d[:3]} {d[3:6]}", f"08-{d[:3]} {d[3:6]} 00", f"031-{d[:3]} {d[3:5]} 00",
                         f"0200-{d[:2]} {d[2:4]} {d[4:6]}", f"020 {d[:2]} {d[2:4]} {d[4:6]}", f"+46 771 {d[:3]} {d[3:6]}"))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(8)
        return r.choice((f"07{r.choice('3456789')}{d[:2]} {d[2:8]}", f"07{r.choice('3456789')}{d[:2]} {d[2:5]} {d[5:8]}",
                         f"+44 7{r.choice('3456789')}{d[:2]} {d[2:8]}", f"+44 (0)7{r.choice('3456789')}{d[:2]} {d[2:5]} {d[5:8]}",
                         f"020 {d[:4]} {d[4:8]}", f"0113 {d[:3]} {d[3:7]}", f"0161 {d[:3]} {d[3:7]}", f"0131 {d[:3]} {d[3:7]}",
                         f"01{r.choice('2345689')}{d[:2]} {d[2:8]}", f"0800 {d[:3]} {d[3:7]}", f"0330 {d[:3]} {d[3:7]}",
                         f"+44 20 {d[:4]} {d[4:8]}", f"0044 7{d[:3]} {d[3:6]} {d[6:8]}{r.randrange(10)}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(7)
        area = r.choice(("217", "614", "512", "303", "602", "407", "404", "615", "206", "503", "612", "312", "617", "518", "704", "801", "402", "775", "916", "619"))  # fmt: skip
        return r.choice((f"({area}) {d[:3]}-{d[3:]}", f"{area}-{d[:3]}-{d[3:]}", f"{area}.{d[:3]}.{d[3:]}",
                         f"+1 {area} {d[:3]} {d[3:]}", f"+1 ({area}) {d[:3]}-{d[3:]}", f"1-800-{d[:3]}-{d[3:]}",
                         f"{area} {d[:3]} {d[3:]}", f"001 {area} {d[:3]} {d[3:]}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"{r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"050 {d[:3]} {d[3:7]}",
            f"+358 9 {d[:3]} {d[3:7]}", f"+49 1{r.choice('567')}{d[:1]} {d[1:8]}", f"+49 (0)89 {d[:6]}", f"0049 30 {d[:7]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+32 4{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+420 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"+351 91{d[:1]} {d[1:4]} {d[4:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+380 {r.choice(('50', '67', '93'))} {d[:3]} {d[3:5]} {d[5:7]}",
            f"+44 7{d[:3]} {d[3:9]}", f"+1 (303) {d[:3]}-{d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer: 12 or 10 digits, with or without the hyphen; `old` is past a hundred and
        written with `+` (10 digits), as the law has it for those who have turned a hundred."""
        r = self.rng
        roll = r.random()
        year = r.randrange(1917, YEAR - 100) if old else r.randrange(1938, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            return f"{date}+{serial}{check}"
        if roll < 0.36:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
            return f"{date}-{serial}{check}"
        if roll < 0.87:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 15)) + 1, 190))
        if r.random() < 0.14:
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
        roll = r.random()
        if roll < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.09:
            out = "SE-" + out
        elif roll < 0.11:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 160)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def street_town(self) -> str:
        """A street written with its town and no postcode (`Storgatan 4, Umeå`)."""
        return f"{self.sv_street()}, {self.rng.choice(SV_TOWNS)[0]}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"

    def uk_postcode(self, area: str) -> str:
        r = self.rng
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return (
            f"{area}{r.randrange(1, 30)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )

    def uk_street(self) -> str:
        return f"{self.rng.randrange(1, 180)} {self.rng.choice(UK_STREETS)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        street = self.uk_street()
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 40)}, {street}"
        elif roll < 0.25:
            street = f"Unit {r.randrange(1, 30)}, {r.choice(UK_ESTATES)}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{town}{joint if r.random() < 0.6 else ' '}{self.uk_postcode(area)}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 400)}".replace(
                "# ", "#"
            )
        joint = "\n" if lines else ", "
        return f"{street}{joint}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

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

    def reg(self) -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNOPRSTUWXYZ"
        head = "".join(r.choice(letters) for _ in range(3))
        tail = f"{r.randrange(10, 100)}{r.choice(letters.replace('O', '') + '0123456789')}"
        return f"{head} {tail}" if r.random() < 0.8 else f"{head}{tail}"

    def reg_uk(self) -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
        return f"{r.choice(letters)}{r.choice(letters)}{r.choice(('19', '20', '21', '22', '23', '24', '25', '70', '71', '72', '73', '74'))} {r.choice(letters)}{r.choice(letters)}{r.choice(letters)}"

    def orgnr(self) -> str:
        nine = f"55{self.rng.randrange(6, 10)}{self.digits(6)}"
        return f"{nine[:6]}-{nine[6:]}{luhn(nine)}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU
    and GU the surname and the given name in capitals (separate form fields), I an initial and the
    surname, IF the initials of every given name and the surname, Gi the given name and the
    surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing
    `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form.rstrip("'")
    genitive_asked = english or (base not in PERSON_FORMS and base.endswith("s"))
    if base not in PERSON_FORMS:
        base = base[:-1]
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
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last.lower() if base == "s" else person.last
        value = value.upper() if base == "SU" else value
    elif base == "GU":
        words, value = given, person.first.upper()
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "IF":
        words = surname
        value = (
            " ".join(f"{w[0]}." for w in [person.first] + [m for m, _ in middle])
            + f" {person.last}"
        )
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base in ("R", "RU"):
        words = given + surname
        value = f"{person.last.upper() if base == 'RU' else person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if genitive_asked:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "GU", "I", "IF", "Gi", "R", "RU", "E"}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def is_person(form: str) -> bool:
    base = form.rstrip("'")
    return base in PERSON_FORMS or (base[:-1] in PERSON_FORMS and base.endswith("s"))


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STREET": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "STT": lambda: (draw.street_town(), "ADDRESS"),
        "VILLAGE": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "STUK": lambda: (draw.uk_street(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "usa": lambda: (draw.us_address().lower(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNROLD": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EF": lambda: (r.choice(FIRM_MAIL), "EMAIL"),
        "DATE": lambda: (r.choice((f"{YEAR}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/{YEAR}", f"{MONTHS['en'][month - 1]} {day}")), None),
        "DOB": lambda: (f"{day:02d}/{month:02d}/{r.randrange(1950, 2005)}", None),
        "TIME": lambda: (f"{r.randrange(0, 24):02d}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '10', '15', '30', '40', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "NUM4": lambda: (f"{r.randrange(10000):04d}", None),
        "AMT": lambda: (f"{round(math.exp(r.uniform(math.log(95), math.log(26000)))):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 2400)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(40, 3000)}", None),
        "USD": lambda: (f"${r.randrange(45, 3500)}.{r.randrange(100):02d}", None),
        "REF": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"B-{r.randrange(1000, 99999)}", f"#{r.randrange(10000, 99999)}", f"{YEAR}-{r.randrange(1000, 9999)}")), None),
        "CONTRACT": lambda: (r.choice((f"RA{r.randrange(1000000, 9999999)}", f"{r.randrange(100, 999)}-{r.randrange(100000, 999999)}", f"HA-{YEAR}-{r.randrange(10000, 99999)}")), None),
        "BOOK": lambda: ("".join(r.choice(letters + "23456789") for _ in range(r.choice((6, 8)))), None),
        "CLAIM": lambda: (r.choice((f"S{YEAR}-{r.randrange(100000, 999999)}", f"CLM-{r.randrange(1000000, 9999999)}", f"{r.randrange(10, 99)}-{r.randrange(1000000, 9999999)}")), None),
        "MEMBER": lambda: (f"{r.randrange(1000, 9999)} {r.randrange(1000, 9999)} {r.randrange(10, 99)}", None),
        "POLICE": lambda: (f"{r.randrange(5000, 5999)}-K{r.randrange(100000, 999999)}-{YEAR % 100}", None),
        "OCR": lambda: (draw.digits(r.choice((8, 9, 11, 13, 14, 15))), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ORGNR": lambda: (draw.orgnr(), None),
        "VAT": lambda: (f"GB {r.randrange(100, 999)} {r.randrange(1000, 9999)} {r.randrange(10, 99)}", None),
        "VIN": lambda: ("".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)), None),
        "KM": lambda: (f"{r.randrange(1200, 240000):,}".replace(",", " "), None),
        "MILES": lambda: (f"{r.randrange(800, 140000):,}", None),
        "REG": lambda: (draw.reg(), None),
        "REGUK": lambda: (draw.reg_uk(), None),
        "REGUS": lambda: (f"{r.randrange(1, 9)}{''.join(r.choice(letters) for _ in range(3))}{r.randrange(100, 999)}", None),
        "CAR": lambda: (r.choice(CARS_SV), None),
        "CARUK": lambda: (r.choice(CARS_EN), None),
        "STATION": lambda: (r.choice(STATIONS_SV), None),
        "STATIONEN": lambda: (r.choice(STATIONS_EN), None),
        "COMPANY": lambda: (r.choice(COMPANIES), None),
        "PET": lambda: (r.choice(PETS), None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "FLIGHT": lambda: (f"{r.choice(('SK', 'DY', 'BA', 'KL', 'LH', 'AY'))} {r.randrange(100, 2999)}", None),
        "FUEL": lambda: (f"{r.randrange(1, 8)}/8", None),
        "ROAD": lambda: (r.choice(ROADS_SV), None),
        "ROADEN": lambda: (r.choice(ROADS_EN), None),
        "PLATS": lambda: (f"{r.choice('ABCDEFG')}{r.randrange(1, 140)}", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNUK": lambda: (r.choice(UK_TOWNS)[0], None),
        "TOWNUS": lambda: (r.choice(US_TOWNS)[0], None),
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
        if is_person(form):
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
    """GQ's rows: every negative once, then positive rows from shuffled decks of each language's
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
    sign = "+" if "+" in value else "-" if "-" in value else "none"
    return f"{len(digits)} digits, {'`+`' if sign == '+' else 'hyphen' if sign == '-' else 'no hyphen'}"


def pnr_valid(value: str) -> bool:
    digits = re.sub(r"[-+]", "", value)
    if not digits.isdigit() or len(digits) not in (10, 12):
        return False
    ten = digits[-10:]
    month, day = int(ten[2:4]), int(ten[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31 and luhn(ten[:9]) == int(ten[9])


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of GQ is printed."""
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
                before = text[max(0, span["start"] - 1) : span["start"]]
                forms["after @"] += before == "@"
                forms["in brackets"] += before == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["street alone"] += not re.search(
                    r"\d{3} ?\d{2}|[A-Z]{1,2}\d|\b[A-Z]{2} \d{5}|\d{4}", value
                )
                forms["address after c/o"] += (
                    "c/o" in text[max(0, span["start"] - 40) : span["start"]]
                )
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
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
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_seen = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            if list(row) != ["id", "split", "lang", "text", "spans"]:
                problems["keys"] += 1
            if row["id"] in ids:
                problems["duplicate id"] += 1
            ids.add(row["id"])
            if row["split"] != SPLIT or row["lang"] not in SIZES:
                problems["split or lang"] += 1
            text, end = row["text"], 0
            for span in row["spans"]:
                spans_seen += 1
                start, stop = span["start"], span["end"]
                if not 0 <= start < stop <= len(text):
                    problems["out of bounds or empty"] += 1
                    continue
                value = text[start:stop]
                if value != value.strip():
                    problems["whitespace at an edge"] += 1
                if start < end:
                    problems["unsorted or overlapping"] += 1
                end = stop
                if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                    problems["kind"] += 1
                if span["kind"] == "NATIONAL_ID" and not pnr_valid(value):
                    problems["personnummer check digit"] += 1
    print(f"checked {rows} rows, {spans_seen} spans, {len(ids)} ids")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) or "none"))
    return sum(problems.values())


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
    rows = generate(seed=args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
