# ruff: noqa: E501
"""Generate held-out AI for personal-data detection (issue 15): names as the population has them,
a fourteenth writer.

    python data/pii/generate_ai.py          # writes data/pii/generated-heldout-ai.jsonl
    python data/pii/generate_ai.py --stats  # counts only (sizes, forms, the head/tail split)

Every name word comes from `names_ai.py`'s weighted pools (SCB's ranks for Sweden, the commonest
names of the origins common in Sweden, the US Census 1990 frequencies and UK rankings for English
text), 80% from the head of a list and 20% from its tail, with short forms (`Jocke`, `Mike`)
where people use them, in the genres of industry, construction, farming, energy and transport
(`templates_ai.py`: site diaries, safety rounds and incident reports, shift handovers,
certificates, work orders, vet visits, grain and milk deliveries, power outages, crew rosters,
taxi dispatch, train-control logs, lab notebooks and sample logistics, meeting and voice-message
transcripts, SMS and chat). Written by a helper who does not tune the detector, who read neither
its rules, lexicons and tagger (`src/rung/privacy/`) nor any dev set's error listing nor any other
set's names and templates (`generate_ag.py` was read for the mechanics only); AI was never run
through the detector by its writer, and its names were not checked against rung's lexicons.
A genitive's ending follows the name and is no part of the PERSON span (`Anna`+`s`), as in AG.
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

from names_ai import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ai import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20261222
SIZES = {"sv": 270, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ai.jsonl"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge) and real towns with the first
# three digits of their postcodes.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Järnvägsgatan", "Industrigatan", "Verkstadsgatan",
    "Hantverkargatan", "Tullgatan", "Västra Långgatan", "Norra Kyrkogatan", "Brogatan",
    "Magasinsgatan", "Sågverksgatan", "Nygatan", "Hamngatan", "Fabriksgatan",
    "Industrivägen", "Lagervägen", "Kraftverksvägen", "Malmvägen", "Hagvägen", "Björkvägen",
    "Tallvägen", "Gamla Vägen", "Östra Ringvägen", "Energivägen", "Bruksvägen", "Smedsvägen",
    "Mejerivägen", "Kvarnvägen", "Stationsvägen", "Åkervägen", "Skogsbrynsvägen",
    "Timmervägen", "Truckvägen", "Lastbilsvägen", "Rallarvägen",
    "Rinkebysvängen", "Ekholmssvängen", "Hökarängssvängen", "Lärksvängen", "Kopparsvängen",
    "Hammarby allé", "Kungsträdgårds allé", "Lasarettsallén", "Ekallén", "Sofielunds allé",
    "Kvarnbacken", "Prästbacken", "Smedsbacken", "Tegelbruksbacken", "Kyrkbacken",
    "Lingonstigen", "Blåbärsstigen", "Lärkstigen", "Hasselstigen", "Mjölnarstigen",
    "Stortorget", "Järntorget", "Kornhamnstorg", "Fisktorget", "Brunnstorget",
    "Sergels plan", "Fridhems plan", "Hagaplan", "Linnéplan",
    "Tulpangränd", "Bagargränd", "Kopparslagargränd", "Skomakargränd", "Tunnbindargränd",
    "Hamnkajen", "Norra Strandvägen", "Sjöbodsvägen", "Fyrvaktarvägen",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Luleå", 972, 977), ("Kiruna", 981, 981), ("Gällivare", 982, 982), ("Boden", 961, 961),
    ("Skellefteå", 931, 931), ("Umeå", 903, 907), ("Örnsköldsvik", 891, 892), ("Sundsvall", 852, 857),
    ("Timrå", 861, 861), ("Östersund", 831, 832), ("Gävle", 802, 806), ("Sandviken", 811, 811),
    ("Falun", 791, 791), ("Borlänge", 781, 784), ("Avesta", 774, 774), ("Västerås", 721, 725),
    ("Köping", 731, 731), ("Örebro", 702, 705), ("Karlskoga", 691, 691), ("Karlstad", 652, 656),
    ("Eskilstuna", 632, 635), ("Södertälje", 151, 152), ("Oxelösund", 613, 613), ("Norrköping", 602, 605),
    ("Linköping", 581, 589), ("Finspång", 612, 612), ("Jönköping", 553, 556), ("Värnamo", 331, 331),
    ("Växjö", 352, 355), ("Kalmar", 392, 393), ("Karlshamn", 374, 374), ("Kristianstad", 291, 291),
    ("Helsingborg", 252, 256), ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Halmstad", 302, 305),
    ("Falkenberg", 311, 311), ("Varberg", 432, 432), ("Borås", 503, 507), ("Trollhättan", 461, 462),
    ("Uddevalla", 451, 451), ("Lidköping", 531, 531), ("Skövde", 541, 541), ("Enköping", 745, 745),
    ("Norrtälje", 761, 761), ("Nynäshamn", 149, 149), ("Visby", 621, 621), ("Hallstahammar", 734, 734),
)  # fmt: skip
VILLAGES = (
    "Norrby", "Söderby", "Västerby", "Österby", "Ösby", "Hässleby", "Backa", "Bränna",
    "Skogstorp", "Mossbo", "Nyhem", "Kvarnby", "Lunda", "Tuna", "Berga", "Åby", "Ryd",
    "Sunnanå", "Lillkyrka", "Ängsgården", "Västanå", "Hultet", "Rösta", "Bjursås",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Mill Lane", "Church Street", "Victoria Road", "Dock Road",
    "Wharf Street", "Canal Side", "Industrial Estate Road", "Foundry Lane", "Brewery Yard",
    "Gasworks Lane", "Quarry Road", "Farm Lane", "Orchard Close", "Meadow View", "Park Avenue",
    "King Street", "Albert Terrace", "The Green", "Manor Way", "Colliery Row",
)  # fmt: skip
UK_TOWNS = (
    ("Aberdeen", "AB"), ("Hull", "HU"), ("Leeds", "LS"), ("Sheffield", "S"), ("Doncaster", "DN"),
    ("Middlesbrough", "TS"), ("Newcastle upon Tyne", "NE"), ("Manchester", "M"), ("Warrington", "WA"),
    ("Birmingham", "B"), ("Coventry", "CV"), ("Northampton", "NN"), ("Bristol", "BS"),
    ("Swansea", "SA"), ("Ipswich", "IP"), ("London", "E"), ("London", "SE"), ("Inverness", "IV"),
    ("Carlisle", "CA"), ("Lincoln", "LN"),
)  # fmt: skip
US_STREETS = ("Industrial Parkway", "Commerce Drive", "Main Street", "Depot Road", "Route 9", "County Road 12", "Warehouse Row", "Elm Street", "Airport Boulevard", "Harbor Drive", "Farm to Market Road 1960", "Maple Avenue", "Rail Spur Lane")  # fmt: skip
US_TOWNS = (("Memphis", "TN", 381), ("Joliet", "IL", 604), ("Laredo", "TX", 780), ("Fresno", "CA", 937), ("Des Moines", "IA", 503), ("Toledo", "OH", 436), ("Savannah", "GA", 314), ("Reno", "NV", 895), ("Allentown", "PA", 181), ("Tacoma", "WA", 984), ("Fargo", "ND", 581))  # fmt: skip
EUROPE = (
    "Industriestraße {n}, {z5:44135-44388} Dortmund", "Hafenstraße {n}, {z5:28195-28779} Bremen",
    "Am Bahnhof {n}, {z5:01067-01328} Dresden", "Lindenallee {n}, {z5:50667-51149} Köln",
    "{n} rue de l'Usine, {z5:59000-59800} Lille", "{n} avenue de la Gare, {z5:13001-13016} Marseille",
    "{n} chemin des Vignes, {z5:33000-33800} Bordeaux", "Teollisuuskatu {n}, {z5:00510-00580} Helsinki",
    "Satamakatu {n} C {m}, {z5:20100-20900} Turku", "Tehtaankatu {n}, {z5:40100-40900} Jyväskylä",
    "Industriveien {n}, {z4:4020-4099} Stavanger", "Sjøgata {n}, {z4:8006-8020} Bodø",
    "Havnegade {n}, {z4:5000-5270} Odense C", "Industrivej {n}, {z4:7400-7430} Herning",
    "ul. Przemysłowa {n}, {z2:60-61}-{z3:100-999} Poznań", "ul. Portowa {n}/{m}, 81-{z3:300-599} Gdynia",
    "Calle de la Industria {n}, {z5:46001-46025} Valencia", "Polígono Industrial Sur, nave {m}, {z5:41001-41020} Sevilla",
    "Havenstraat {n}, {z4:3011-3089} {AB} Rotterdam", "Industrieweg {n}, {z4:5611-5658} {AB} Eindhoven",
    "Via dell'Industria {n}, {z5:20121-20162} Milano", "Sadama {n}, 10111 Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "hotmail.co.uk")  # fmt: skip
WORK = ("bygg.example.se", "example.se", "energi.example.se", "example.com", "logistics.example.com", "example.co.uk", "lab.example.org")  # fmt: skip
FLIGHTS = ("SK1535", "SK 904", "DY4310", "BA 1412", "FR 2984", "LH2417", "AY 812", "KL1168", "U2 8203", "DL 205", "EZY6471", "SK1417")  # fmt: skip


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
    given: Word
    surname: list[Word]
    middle: list[Word] = field(default_factory=list)
    joint: str = " "
    nick: str | None = None

    @property
    def first(self) -> str:
        return self.given[0]

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of AI from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.nicks = 0
        self.genitives = 0
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
        given = self.pick(pool)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "finnish": 0.3}.get(key, 0.04):
            middle = [self.pick(pool)]
            if middle[0][0] == given[0]:
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
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = (plain(given[0]), given[1])
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        nicks = NICKNAMES.get(given[0])
        nick = r.choice(nicks) if nicks else None
        return Person(woman, key, given, surname, middle, joint, nick)

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng
        given = plain(person.first).lower().replace("-", "").replace(" ", "")
        surname = plain(person.surname[0][0]).lower().replace("-", "").replace("'", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.55 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "19", "21", "16", "11", "54", "90", "60", "63"))
        area3 = r.choice(
            (
                "920",
                "980",
                "970",
                "910",
                "660",
                "611",
                "586",
                "498",
                "480",
                "470",
                "650",
                "240",
                "155",
                "370",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:3]} {d[3:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"+46-{m[1:]}-{d[:3]} {d[3:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{area2}{d[:6]}"), (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0771-{d[:3]} {d[3:6]}"), (1, f"020-{d[:3]} {d[3:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 51 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"00358 50 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}",
            f"+44 (0)1224 {d[:6]}", f"01224 {d[:6]}", f"0113 496 0{d[:3]}", f"+44 20 7946 0{d[:3]}",
            f"0044 7{d[:3]} {d[3:9]}", f"+49 231 {d[:7]}", f"+49 (0)421 {d[:6]}", f"+49 160 {d[:7]}",
            f"0049 351 {d[:3]} {d[3:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+48 58 {d[:3]} {d[3:5]} {d[5:7]}", f"+1 (901) 555-0{d[:3]}", f"(419) 555-0{d[:3]}",
            f"+1 253 555 0{d[:3]}", f"1-800-555-0{d[:3]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}", f"+31 (0)10 {d[:3]} {d[3:7]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+372 5{d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"+66 81 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1948, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def sv_street(self) -> str:
        r = self.rng
        number = str(min(int(r.expovariate(1 / 15)) + 1, 180))
        if r.random() < 0.12:
            number += r.choice(("A", "B", "C", "D", " A", " B"))
        return f"{r.choice(SV_STREETS)} {number}"

    def sv_postal(self, country: bool = False) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.12:
            out = out.upper()
        if country or r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def sv_address(self, lines: bool = False, lgh: bool = False) -> str:
        r = self.rng
        street = self.sv_street()
        if lgh or r.random() < 0.13:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        if r.random() < 0.1:
            street = f"c/o {self.rng.choice(ORIGINS['swedish'].surnames.names[:80])}\n{street}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal()}"

    def farm(self) -> str:
        r = self.rng
        village = r.choice(VILLAGES)
        place = f"{village} {r.randrange(1, 140)}"
        if r.random() < 0.3:
            place = (
                f"{village} gård, {place}"
                if r.random() < 0.5
                else f"{village} {r.choice(('Norrgård', 'Södergård', 'Östergård', 'Västergård'))}, {place}"
            )
        town, low, high = r.choice(SV_TOWNS)
        return f"{place}, {r.randrange(low, high + 1)} {r.randrange(90, 99)} {town}"

    def office(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.25:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"{self.sv_street()}\n{self.sv_postal()}"
        return f"{self.sv_street()}, {self.sv_postal(country=True)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"Flat {r.randrange(1, 40)}, {street}"
        elif roll < 0.25:
            street = f"{r.choice(('Unit 7', 'Unit 12B', 'Hollybush Farm', 'The Old Forge', 'Plot 14'))}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', 'Dock'))} {r.randrange(2, 900)}"
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

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
        out = out.replace("{AB}", r.choice("ABCDEGHJKLMN") + r.choice("ABCDEGHJKLMNPRSTVWXZ"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, lang: str) -> str:
    if lang == "en":
        return "'" if name.endswith(("s", "S")) else ("'S" if name.isupper() else "'s")
    return "" if name[-1] in "sxzSXZ" else ("S" if name.isupper() else "s")


def person_segments(form: str, person: Person, draw: Draw, lang: str) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value, as
    in the earlier sets)."""
    r = draw.rng
    given, surname, middle = [person.given], person.surname, person.middle
    base = form[:-1] if len(form) > 1 and form.endswith("s") else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join(w for w, _ in given + middle) + f" {person.last}"
    elif base in ("G", "g", "N", "n"):
        words, value = given, person.first
        rate = {"G": 0.05, "g": 0.1, "N": 0.85, "n": 0.85}[base]
        if person.nick and r.random() < rate:
            value = person.nick
            draw.nicks += 1
        value = value.lower() if base in ("g", "n") else value
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif base == "RU":
        words, value = given + surname, f"{person.last.upper()}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, lang), None))
        draw.genitives += 1
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "RU", "E"}
SLOT = re.compile(r"\{([A-Za-z]+)(?:#(\d))?(?::([fm]))?\}")
ENGLISH_AFTER = re.compile(r"^\s*(dog|farm|truck|overtime|phone|hours|van|forecast)\b")


def is_person(form: str) -> bool:
    return form in PERSON_FORMS or (
        len(form) > 1 and form.endswith("s") and form[:-1] in PERSON_FORMS - {"E"}
    )


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    letters = "ABCDEFGHJKLMNOPRSTUWXYZ"
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "AO": lambda: (draw.office(), "ADDRESS"),
        "FARM": lambda: (draw.farm(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2026-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day:02d}.{month:02d}.26")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} 2026", f"{day:02d}/{month:02d}/2026", f"{MONTHS['en'][month - 1][:3]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(0, 24):02d}{':' if en or r.random() < 0.4 else '.'}{r.choice(('00', '10', '15', '30', '45', '52'))}", None),
        "NUM": lambda: (str(r.randrange(12, 4999)), None),
        "REF": lambda: (r.choice((f"TB-{r.randrange(2025, 2027)}-{r.randrange(100, 999)}", f"{r.randrange(2025, 2027)}/{r.randrange(100, 9999)}", f"AVB-{r.randrange(10000, 99999)}")), None),
        "ENREF": lambda: (f"{r.choice(('NM', 'INC', 'OUT', 'RPT'))}-{r.randrange(10000, 99999)}", None),
        "ORDER": lambda: (r.choice((f"AO-{r.randrange(20000, 29999)}", f"WO{r.randrange(100000, 999999)}", f"{r.randrange(2026, 2027)}-{r.randrange(1000, 9999)}")), None),
        "SAMPLE": lambda: (r.choice((f"P-2026-{r.randrange(1, 9999):04d}", f"S{r.randrange(10000, 99999)}", f"LAB{r.randrange(100, 999)}-{r.choice(letters)}")), None),
        "REG": lambda: (r.choice((f"{''.join(r.choice(letters) for _ in range(3))} {r.randrange(10, 100)}{r.choice(letters + '0123456789')}", f"{r.choice(('AB', 'KX', 'LV', 'YK'))}{r.randrange(10, 75)} {''.join(r.choice(letters) for _ in range(3))}")), None),
        "FLIGHT": lambda: (r.choice(FLIGHTS), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
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
            lang = draw.lang
            if lang == "mixed":  # the genitive of the language of the words that follow
                lang = "en" if ENGLISH_AFTER.match(template[match.end() :]) else "sv"
            segments = person_segments(form, person, draw, lang)
        else:
            segments = [filler(form, draw)]
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """AI's rows: every negative once, then positive rows from shuffled decks of each language's
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
        for span in spans:  # a value never starts or ends in white space
            value = text[span["start"] : span["end"]]  # type: ignore[index]
            assert value == value.strip() and value, (lang, template)
        rows.append({
            "id": f"gen-heldout-ai-{len(rows) + 1:04d}", "split": "heldout-ai", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of AI is printed."""
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
                forms["capitals"] += value.isupper()
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address c/o"] += "c/o" in value
                forms["address Box"] += value.startswith("Box")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(
        f"genitives written on a name: {draw.genitives}; short forms (nicknames) written: {draw.nicks}"
    )
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


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
