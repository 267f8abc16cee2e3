# ruff: noqa: E501
"""Generate held-out BC for personal-data detection (issue 15): names as the population has them,
a thirty-fourth writer.

    python data/pii/generate_bc.py          # writes data/pii/generated-heldout-bc.jsonl
    python data/pii/generate_bc.py --stats  # counts only (sizes, kinds, forms, the head/tail split)

BC's names are drawn by how often people really carry them: every name word comes from
`names_bc.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of seventeen origins common in Sweden, Afghan and
Romanian among them), 80% from the head of a list and 20% from its tail, mixed by the language
of the row roughly as Sweden's population and its workplaces are. The genres are industry and
the workplace floor (`templates_bc.py`): construction site diaries, safety rounds and incident
reports (tillbud), shift handovers in factories and warehouses, forklift and crane certificates,
union negotiation minutes (MBL), staffing-agency assignments, IT incident post-mortems and on-call
logs, contractors' work orders with site addresses, English HSE reports and timesheets; with
addresses of sites, homes and offices in Sweden and abroad, and phone numbers in every common
grouping. Written by a helper who does not tune the detector, who read neither its rules,
lexicons and tagger (`src/rung/privacy/`) nor any error listing nor any other set's names,
templates or rows; BC was never run through the detector by its writer, and its names were not
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

from names_bc import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, PLAIN_SHARE, Pool, feminine, plain  # noqa: E402
from templates_bc import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270111
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bc.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every form, from the works and the harbour to the estates around them.
SV_STREETS = (
    "Verkstadsgatan", "Industrigatan", "Smedjegatan", "Gjuterigatan", "Fabriksgatan", "Bruksgatan",
    "Sågverksgatan", "Järnvägsgatan", "Hantverksgatan", "Magasinsgatan", "Repslagaregatan",
    "Lagervägen", "Terminalvägen", "Godsvägen", "Valsverksvägen", "Kraftverksvägen", "Masugnsvägen",
    "Hyttvägen", "Cementvägen", "Kalkugnsvägen", "Montagevägen", "Mekanikervägen", "Nämndemansvägen",
    "Lönnvägen", "Hästhagsvägen", "Blåklintsvägen", "Gruvvägen", "Mästersvängen", "Lärlingssvängen",
    "Tegelsvängen", "Hamnsvängen", "Ekallé", "Stationsallén", "Kyrkallén", "Parkallé",
    "Gruvbacken", "Tegelbacken", "Prästbacke", "Smedsbacke", "Lönnstigen", "Tallstigen",
    "Mosstigen", "Enstigen", "Fisktorget", "Bergslagstorget", "Rådhustorget", "Gjutarplan",
    "Vävarplan", "Smedsplan", "Sjömansgränd", "Skeppargränd", "Lotsgränd", "Hamnleden",
    "Ringleden", "Kustleden", "Älvleden", "Hamnstråket", "Kvarnstråket", "Stationsstråket",
    "Norra Kajen", "Södra Kajen", "Kolkajen", "Strandpromenaden", "Älvpromenaden",
    "Kanalpromenaden", "Östra Hamngatan", "Västra Industrigatan", "Gamla Bruksvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes, as the post routes them.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Södertälje", 151, 152),
    ("Sandviken", 811, 811), ("Borlänge", 781, 784), ("Luleå", 972, 977), ("Kiruna", 981, 981),
    ("Gällivare", 982, 982), ("Skellefteå", 931, 934), ("Umeå", 903, 907), ("Örnsköldsvik", 891, 892),
    ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Västerås", 721, 725), ("Eskilstuna", 631, 635),
    ("Norrköping", 602, 603), ("Linköping", 582, 589), ("Jönköping", 553, 556), ("Trollhättan", 461, 462),
    ("Borås", 503, 507), ("Karlskoga", 691, 691), ("Köping", 731, 731), ("Oxelösund", 613, 613),
    ("Landskrona", 261, 261), ("Helsingborg", 252, 256), ("Olofström", 293, 293), ("Hallstahammar", 734, 734),
    ("Avesta", 774, 774), ("Ludvika", 771, 771), ("Hofors", 813, 813), ("Fagersta", 737, 737),
    ("Motala", 591, 591), ("Finspång", 612, 612), ("Värnamo", 331, 331), ("Gislaved", 332, 332),
    ("Karlshamn", 374, 374), ("Uddevalla", 451, 451), ("Stenungsund", 444, 444), ("Katrineholm", 641, 641),
    ("Nässjö", 571, 571), ("Mölndal", 431, 431), ("Lund", 222, 227), ("Kristianstad", 291, 291),
    ("Halmstad", 302, 305), ("Skövde", 541, 541), ("Lidköping", 531, 531), ("Örebro", 702, 705),
    ("Karlstad", 652, 656), ("Hudiksvall", 824, 824), ("Söderhamn", 826, 826), ("Östersund", 831, 832),
    ("Piteå", 941, 941), ("Boden", 961, 961), ("Uppsala", 752, 757), ("Enköping", 745, 745),
    ("Nynäshamn", 149, 149), ("Märsta", 195, 195), ("Haninge", 136, 137), ("Vetlanda", 574, 574),
)  # fmt: skip
UK_STREETS = (
    "Foundry Lane", "Canal Street", "Wharf Road", "Colliery Road", "Mill Street", "Brunswick Street",
    "Station Approach", "Dock Road", "Furnace Road", "Victoria Street", "Chapel Street", "Albert Road",
    "Gasworks Lane", "Sidings Way", "Trafalgar Street", "Forge Close", "Kiln Lane", "Quayside",
)  # fmt: skip
UK_ESTATES = (
    "Riverside Industrial Estate", "Junction 9 Trade Park", "Canalside Business Park",
    "Cross Green Industrial Estate", "Team Valley Trading Estate", "Enterprise Park", "Dockside Units",
)  # fmt: skip
UK_TOWNS = (
    ("Wolverhampton", "WV", 1, 14), ("Sheffield", "S", 1, 36), ("Middlesbrough", "TS", 1, 9),
    ("Port Talbot", "SA", 12, 13), ("Doncaster", "DN", 1, 12), ("Sunderland", "SR", 1, 6),
    ("Coventry", "CV", 1, 7), ("Derby", "DE", 1, 24), ("Stoke-on-Trent", "ST", 1, 12),
    ("Grimsby", "DN", 31, 37), ("Aberdeen", "AB", 10, 25), ("Glasgow", "G", 1, 53),
    ("Swindon", "SN", 1, 5), ("Leicester", "LE", 1, 5), ("Hull", "HU", 1, 9), ("Warrington", "WA", 1, 5),
    ("Bradford", "BD", 1, 15), ("Gateshead", "NE", 8, 11),
)  # fmt: skip
US_STREETS = (
    "Industrial Pkwy", "Commerce Dr", "Foundry St", "Harbor Blvd", "W 4th St", "Route 9", "Elm St",
    "N Main St", "Rail Yard Rd", "Smelter Ave", "Mill Creek Rd", "Freight Ln", "E Lake Ave",
)  # fmt: skip
US_TOWNS = (
    ("Pittsburgh", "PA", 152), ("Gary", "IN", 464), ("Toledo", "OH", 436), ("Houston", "TX", 770),
    ("Detroit", "MI", 482), ("Milwaukee", "WI", 532), ("Rockford", "IL", 611), ("Tacoma", "WA", 984),
    ("Mobile", "AL", 366), ("Baton Rouge", "LA", 708), ("Minneapolis", "MN", 554), ("Charlotte", "NC", 282),
    ("Duluth", "MN", 558),
)  # fmt: skip
EUROPE = (
    "Industriestraße {n}, {z5:44135-44388} Dortmund", "Hafenstraße {n}, {z5:47051-47279} Duisburg",
    "Am Güterbahnhof {n}, {z5:38440-38448} Wolfsburg", "{n} rue de l'Industrie, {z5:59000-59800} Lille",
    "{n} avenue de la Gare, {z5:69001-69009} Lyon", "Teollisuuskatu {n}, {z5:00510-00580} Helsinki",
    "Satamakatu {n} A {m}, {z5:33100-33900} Tampere", "Tehtaantie {n}, {z5:90100-90650} Oulu",
    "Industriveien {n}, {z4:3001-3050} Drammen", "Havnegata {n}, {z4:9006-9020} Tromsø",
    "Industrivej {n}, {z4:8000-8270} Aarhus", "Havnegade {n}, {m}. th., {z4:5000-5270} Odense",
    "ul. Przemysłowa {n}, 40-{z3:001-999} Katowice", "ul. Portowa {n}/{m}, 81-{z3:001-999} Gdynia",
    "Calle de la Industria {n}, {z5:28001-28055} Madrid", "Avinguda del Port {n}, {z5:46011-46024} València",
    "Havenstraat {n}, {z4:3011-3089} {L2} Rotterdam", "Industrieweg {n}, {z4:5611-5658} {L2} Eindhoven",
    "Via dell'Industria {n}, {z5:20121-20162} Milano", "Corso Francia {n}, {z5:10138-10143} Torino",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "telia.com", "icloud.com", "live.se", "yahoo.com", "bahnhof.se")  # fmt: skip
WORK = ("bygg.example.se", "lager.example.com", "example.se", "drift.example.net", "example.co.uk", "example.com", "bemanning.example.se")  # fmt: skip
# Filler that is no personal value.
FIRMS = ("Peab", "Skanska", "NCC", "JM", "Veidekke", "Bravida", "Caverion", "Assemblin", "Ramirent", "Cramo", "Swerock", "Ahlsell", "Dahl", "Lindab", "Beijer Byggmaterial", "Sandvik", "SSAB", "Boliden", "Munters", "Alfa Laval", "Gunnebo", "Stena Recycling", "Ericsson")  # fmt: skip
UNIONS = ("Byggnads", "IF Metall", "Unionen", "Transport", "Seko", "Elektrikerförbundet", "Ledarna", "Sveriges Ingenjörer", "Fastighets")  # fmt: skip
AGENCIES = ("Lernia", "Manpower", "Adecco", "Randstad", "Proffice", "Uniflex", "Academic Work", "StudentConsulting", "Logent")  # fmt: skip
AGENCIES_EN = ("Hays", "Reed", "Adecco", "Manpower", "Randstad", "Pertemps", "Blue Arrow", "Staffline", "Kelly Services")  # fmt: skip
COMPANIES_EN = ("Balfour Beatty", "Kier", "Morgan Sindall", "Laing O'Rourke", "Wates", "Mace", "Wincanton", "GXO", "DHL Supply Chain", "Bechtel", "Turner Construction", "Amazon")  # fmt: skip
SITES_EN = ("Avonmouth warehouse", "Thames Gateway depot", "Plot 7, Phase 2", "Leeds DC", "Hangar 3", "Immingham terminal", "Teesside works", "north yard")  # fmt: skip
SYSTEMS = ("Kafka", "Jenkins", "Grafana", "Redis", "Postgres", "Kubernetes", "the payment API", "WMS", "SAP", "Elastic", "Nginx", "Sentry", "RabbitMQ")  # fmt: skip
PROJECTS = ("Kv. Gjuteriet", "Hamnhuset etapp 2", "Nya logistikcentret", "Norrbyskolan", "Brf Utsikten", "Kv. Smeden 4", "E4 Trafikplats Norr", "Reningsverket etapp 3", "Ishallen", "Kvarteret Bagaren", "Sjukhusets byggnad 12")  # fmt: skip
PROPERTIES = ("Borlänge Hagalund 3:14", "Kiruna Lombolo 2:8", "Luleå Porsön 1:402", "Sandviken Högbo 5:21", "Gullbergsvass 703:1", "Hofors Bruket 1:9", "Köping Malmen 4:3", "Olofström Vilboken 8:12")  # fmt: skip
MACHINES = ("Linde H25", "Toyota Traigo 48", "Liebherr LTM 1090", "Jungheinrich ETV 216", "Hiab X-HiPro 232", "Hilti TE 60", "Still RX20", "Manitou MT 1440", "Potain MDT 219")  # fmt: skip
MACHINE_FIRMS = ("Toyota Material Handling", "Linde", "Jungheinrich", "Still", "Atlet")  # fmt: skip
WEATHER = ("sol, +4", "regn, 8 m/s", "mulet, -6", "snöfall", "klart, -14", "dimma, +2", "uppehåll, +11")  # fmt: skip
WEATHER_EN = ("dry, 12°C", "heavy rain", "overcast, light wind", "sleet", "sunny, 19°C")  # fmt: skip
HOSPITALS = ("Sahlgrenska", "Danderyds sjukhus", "Sunderby sjukhus", "Falu lasarett", "Norrlands universitetssjukhus", "Gävle sjukhus")  # fmt: skip
CITIES_EN = ("Rotterdam", "Munich", "London", "Oslo", "Chicago")  # fmt: skip
# Area codes of the works' towns, two and three digits after the 0.
AREA2 = ("31", "40", "26", "90", "60", "21", "16", "11", "13", "36", "33", "42", "18", "19", "54", "63")  # fmt: skip
AREA3 = ("243", "920", "980", "910", "660", "520", "586", "221", "155", "418", "454", "240", "226", "290", "141", "122", "370", "371", "522", "303", "150", "380", "911", "970")  # fmt: skip


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
    given: list[Word]  # one word, or two joined by a hyphen (`Lars-Åke`)
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
    """Every value of BC from one seeded Random; counts the head/tail split, origins and forms."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.slots: Counter[str] = Counter()  # value slots by filler
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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.06:  # Lars-Åke, Eva-Marie
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0] and " " not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3}.get(key, 0.06):
            middle = [self.pick(pool)]
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.65:  # paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05:  # a double surname after marriage
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if r.random() < PLAIN_SHARE.get(key, 0.0):  # typed without the letters
            given = [(plain(w), p) for w, p in given]
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
            self.forms["typed plain"] += 1
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def ensure_middle(self, person: Person) -> None:
        """A middle name for the full form, drawn from the person's own list if none yet."""
        origin = ORIGINS[person.origin]
        pool = origin.given_f if person.woman else origin.given_m
        for _ in range(8):
            if person.middle and person.middle[0][0] not in (w for w, _ in person.given):
                return
            person.middle = [self.pick(pool)]

    def nickname(self, person: Person, share: float) -> str | None:
        """A short form of the person's given name, with `share` when the name has one."""
        forms = NICKNAMES.get(person.origin, {}).get(person.first)
        if forms and self.rng.random() < share:
            self.forms["short form"] += 1
            return self.rng.choice(forms)
        return None

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "").replace(" ", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}.{surname}", f"{given}{surname[0]}",
                          f"{surname}{r.randrange(10, 99)}", f"{given}.{surname}{r.randrange(1, 9)}", f"{given[:3]}{surname[:3]}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.55 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("002336799")
        a2, a3 = r.choice(AREA2), r.choice(AREA3)
        shapes = (
            (14, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (3, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:7]}"),
            (5, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"08{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:3]} {d[3:6]}"),
            (2, f"0{a3}{d[:6]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"(0{a2}) {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(7)
        area = r.choice(("0114", "0121", "0113", "0191", "01642", "01302", "0141", "01224"))
        tail = f"{d[:3]} {d[3:]}" if len(area) == 4 else f"{d[:6]}"
        return r.choice((f"07{r.randrange(400, 990)} {d[:6]}", f"+44 7{r.randrange(400, 990)} {d[:6]}",
                         f"{area} {tail}", f"+44 (0){area[1:]} {tail}", f"07{r.randrange(400, 990)}{d[:6]}",
                         f"+44 {area[1:]} {tail}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(4)
        area = r.choice(
            ("412", "219", "419", "713", "313", "414", "815", "253", "251", "225", "612", "704")
        )
        ex = r.randrange(200, 990)
        return r.choice((f"({area}) {ex}-{d}", f"{area}-{ex}-{d}", f"+1 {area} {ex} {d}", f"{area}.{ex}.{d}", f"+1 ({area}) {ex}-{d}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 44 {d[:3]} {d[3:7]}", f"+44 7{d[:3]} {d[3:9]}",
            f"+49 1{r.choice('567')}{d[:1]} {d[1:8]}", f"0049 231 {d[:6]}", f"+48 5{d[:2]} {d[2:5]} {d[5:8]}",
            f"0048 6{d[:2]} {d[2:5]} {d[5:8]}", f"+40 7{d[:2]} {d[2:5]} {d[5:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+370 6{d[:2]} {d[2:7]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+1 412 {d[:3]} {d[3:7]}", f"00 47 {r.choice('49')}{d[:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1954, 2007)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.35:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 210))
        roll = r.random()
        if roll < 0.1:
            out += r.choice(("A", "B", "C", "D", " A", " B"))
        elif roll < 0.13:
            out += f"-{int(out) + 2}"
        return out

    def street(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self) -> str:
        return f"{self.street()} {self.number()}"

    def sv_postal(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 99):02d}"
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.8 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]} {town.upper()}"
        roll = r.random()
        if roll < 0.06:
            out = "SE-" + out
        elif roll < 0.08:
            out += ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        roll = r.random()
        if lgh or roll < 0.12:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 15)}{r.randrange(1, 9):02d}"
        elif roll < 0.17:
            street += f", {r.randrange(1, 7)} tr"
        elif roll < 0.2:
            street += f", {r.randrange(1, 5)} tr."
        joint = "\n" if lines else (", " if r.random() < 0.85 else " ")
        return f"{street}{joint}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 9)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, low, high = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXY"
        code = f"{area}{r.randrange(low, high + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        roll = r.random()
        if roll < 0.3:
            parts = [
                f"Unit {r.randrange(1, 40)}{r.choice(('', '', 'A', 'B'))}",
                r.choice(UK_ESTATES),
            ]
        elif roll < 0.42:
            parts = [f"Flat {r.randrange(1, 30)}", f"{r.randrange(1, 200)} {r.choice(UK_STREETS)}"]
        else:
            parts = [f"{r.randrange(1, 260)} {r.choice(UK_STREETS)}"]
        if lines:
            return "\n".join(parts + [town, code])
        return ", ".join(parts + [f"{town} {code}"])

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Suite', 'Bldg', 'Unit', 'Apt'))} {r.randrange(2, 400)}"
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 180)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    def care_of(self) -> list[Segment]:
        """`c/o Name` and the address: the name is a PERSON, the address starts at the street."""
        r = self.rng
        person = self.person(None)
        self.forms["c/o"] += 1
        if r.random() < 0.5:
            self.count(person.surname)
            name = person.last
        else:
            self.count(person.given + person.surname)
            name = f"{person.first} {person.last}"
        joint = r.choice(("\n", ", "))
        address = self.sv_address(lines=joint == "\n")
        return [("c/o ", None), (name, "PERSON"), (joint, None), (address, "ADDRESS")]


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw, ending: str | None) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with a middle name, G/g the given
    name (now and then its short form), N/n the short form where the name has one, S/s the
    surname, I an initial and the surname, Gi the given name and the surname's initial, R
    `Surname, Given`, E an e-mail address. `ending` is `s` (Swedish genitive) or `'` (English).
    """
    given, surname = person.given, person.surname
    draw.forms[form] += 1
    if form == "E":
        return [(draw.email(person), "EMAIL")]
    if form in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if form == "p" else value.upper() if form == "U" else value
    elif form == "F":
        draw.ensure_middle(person)
        words = given + person.middle + surname
        value = " ".join([person.first] + [w for w, _ in person.middle] + [person.last])
    elif form in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.1 if form in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if form in ("g", "n") else value
    elif form in ("S", "s"):
        words, value = surname, person.last.lower() if form == "s" else person.last
    elif form == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif form == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif form == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if ending:
        draw.forms["genitive"] += 1
        segments.append((genitive(value, ending == "'"), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "E"}
SLOT = re.compile(r"\{([A-Za-z_]+)(?:#(\d+))?(?::([fm]))?(?:~([s']))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: (draw.sv_address().lower(), "ADDRESS"),
        "st": lambda: (draw.sv_street().lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PH_UK": lambda: (draw.phone_uk(), "PHONE"),
        "PH_US": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.27")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} 2027", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(0, 24):02d}{':' if en or r.random() < 0.5 else '.'}{r.choice(('00', '05', '15', '30', '40', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 52)), None),
        "AMT": lambda: (f"{r.randrange(1200, 480000):,} kr".replace(",", " "), None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"AO-{r.randrange(10000, 99999)}", f"T{r.randrange(100, 999)}/27")), None),
        "TICKET": lambda: (r.choice((f"INC-{r.randrange(1000, 9999)}", f"INC{r.randrange(10**6, 10**7):07d}", f"OPS-{r.randrange(100, 999)}")), None),
        "SEV": lambda: (r.choice(("P1", "P2", "SEV-2", "Sev 3")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTH_EN": lambda: (MONTHS["en"][month - 1], None),
        "FIRM": lambda: (r.choice(FIRMS), None),
        "UNION": lambda: (r.choice(UNIONS), None),
        "AGENCY": lambda: (r.choice(AGENCIES), None),
        "AGENCY_EN": lambda: (r.choice(AGENCIES_EN), None),
        "COMPANY_EN": lambda: (r.choice(COMPANIES_EN), None),
        "SITE_EN": lambda: (r.choice(SITES_EN), None),
        "SYSTEM": lambda: (r.choice(SYSTEMS), None),
        "PROJ": lambda: (r.choice(PROJECTS), None),
        "FAST": lambda: (r.choice(PROPERTIES), None),
        "MACHINE": lambda: (r.choice(MACHINES), None),
        "MACHINE_FIRM": lambda: (r.choice(MACHINE_FIRMS), None),
        "WEATHER": lambda: (r.choice(WEATHER), None),
        "WEATHER_EN": lambda: (r.choice(WEATHER_EN), None),
        "HOSPITAL": lambda: (r.choice(HOSPITALS), None),
        "CITY_EN": lambda: (r.choice(CITIES_EN), None),
        "REG": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {r.randrange(10, 99)}{r.choice('0123456789ACDFGHJ')}", None),
    }  # fmt: skip
    if form == "CO":
        draw.slots[form] += 1
        return draw.care_of()
    value = values[form]()
    if value[1] is not None:
        draw.slots[form] += 1
    return [value]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender, ending = match.group(1), match.group(2), match.group(3), match.group(4)
        if form in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw, ending)
        else:
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """BC's rows: every negative once, then positive rows from shuffled decks of each language's
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
            "id": f"gen-heldout-bc-{len(rows) + 1:04d}", "split": "heldout-bc", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of BC is printed."""
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
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                forms[
                    f"personnummer {len(value.replace('-', ''))} digits{' with hyphen' if '-' in value else ''}"
                ] += 1
    total_values = sum(v for (k, lang), v in kinds.items() if lang == "all")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (total {sum(empty.values())})"
    )
    print(f"values: {total_values}")
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms (values): " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("forms (slots): " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("value slots: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.slots.items())))
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    args = parser.parse_args()
    draw = Draw(SEED)
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
