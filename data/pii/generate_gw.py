# ruff: noqa: E501
"""Generate held-out GW for personal-data detection (issue 15): names as the population has them,
a hundred-and-eighty-fourth writer.

    python data/pii/generate_gw.py                    # writes data/pii/generated-heldout-gw.jsonl
    python data/pii/generate_gw.py --stats            # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_gw.py --check            # checks the written file, prints counts only
    python data/pii/generate_gw.py --seed 7 --out /tmp/gw.jsonl   # a scratch seed elsewhere

GW's names are drawn by how often people really carry them: every name word comes from
`names_gw.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as the people named in
such text are. The genre is car dealerships and used-car sales (`templates_gw.py`): test drives,
purchase contracts, trade-ins, vehicle registers and transfers of ownership, financing
applications and credit decisions, warranty claims and complaints, leads, deliveries and recalls,
in Swedish, English (US and UK dealers) and mixed Swedish/English. Written by a helper who does
not tune the detector, who read only `generate_aw.py` (for the mechanics), the sections "Held-out
AW" and "Held-out CL" of docs/privacy.md and the first line of `generated-heldout-u.jsonl`, and
neither the detector's rules, lexicons and tagger (`src/`) nor any other set's names, templates or
jsonl nor any error listing; GW was never run through the detector by its writer, and its names
were not checked against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_gw import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gw import (  # noqa: E402
    BANKS,
    COUNTRIES,
    DAYS,
    EN,
    FIRMS,
    FIRMS_EN,
    MIXED,
    MODELS,
    MODELS_EN,
    MONTHS,
    NEGATIVES,
    PETS,
    SV,
)

SEED = 20270261
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gw.jsonl"
SPLIT = "heldout-gw"
KEYS = ["id", "split", "lang", "text", "spans"]

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets where people live, of every common form (none named after a person).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Nygatan",
    "Södra Vägen", "Västra Hamngatan", "Östra Storgatan", "Norra Ringvägen", "Trädgårdsgatan", "Parkgatan",
    "Linnégatan", "Vasagatan", "Fabriksgatan", "Bangårdsgatan", "Tullgatan", "Repslagargatan", "Klostergatan",
    "Björkvägen", "Granvägen", "Tallvägen", "Ekvägen", "Lönnvägen", "Syrénvägen", "Rosenvägen", "Ängsvägen",
    "Skogsvägen", "Sjövägen", "Bäckvägen", "Kvarnvägen", "Solvägen", "Hagvägen", "Idrottsvägen", "Backvägen",
    "Lärkvägen", "Trastvägen", "Vallmovägen", "Blåklintsvägen", "Violvägen", "Slånbärsvägen",
    "Hästhovssvängen", "Kopparsvängen", "Mjölnarsvängen", "Rönnbärssvängen", "Lindallé", "Kastanjeallén",
    "Almallén", "Parkallén", "Kvarnbacken", "Sjöbacken", "Solbacken", "Ekbacken", "Prästbacken",
    "Lingonstigen", "Blåbärsstigen", "Hjortronstigen", "Ekorrstigen", "Mossstigen", "Stortorget",
    "Lilla torget", "Nytorget", "Fisktorget", "Stationsplan", "Brunnsplan", "Skeppsbroplan", "Smedjegränd",
    "Tunnbindaregränd", "Kyrkogränd", "Sillgränd", "Norra Kajen", "Södra Kajen", "Hamnkajen", "Tegelbruksleden",
    "Vinbärsslingan", "Furuslingan", "Bergsgången", "Solliden", "Ängsliden", "Björkhagen", "Sjöängsvägen",
    "Gamla Landsvägen", "Åsvägen", "Nämndemansvägen", "Lotsgatan",
)  # fmt: skip
# Streets of industrial and retail estates where dealerships stand.
FIRM_STREETS = (
    "Bilgatan", "Motorvägen", "Verkstadsgatan", "Industrivägen", "Mekanikervägen", "Kolvgatan", "Bultgatan",
    "Företagsvägen", "Handelsvägen", "Lagervägen", "Montörgatan", "Smedjevägen", "Transportgatan",
    "Hantverksvägen", "Förrådsvägen", "Elektronvägen", "Kugghjulsgatan", "Bilvägen", "Ekonomivägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 113, 118), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 587), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Gävle", 802, 806), ("Södertälje", 151, 152),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Varberg", 432, 432), ("Skellefteå", 931, 931),
    ("Örnsköldsvik", 891, 891), ("Nyköping", 611, 611), ("Visby", 621, 621), ("Motala", 591, 591),
    ("Lidköping", 531, 531), ("Piteå", 941, 941), ("Hudiksvall", 824, 824), ("Kungsbacka", 434, 434),
    ("Alingsås", 441, 441), ("Sandviken", 811, 811), ("Enköping", 745, 745), ("Katrineholm", 641, 641),
    ("Västervik", 593, 593), ("Härnösand", 871, 871), ("Ängelholm", 262, 262), ("Trelleborg", 231, 231),
    ("Ystad", 271, 271), ("Mölndal", 431, 431), ("Täby", 183, 187), ("Nacka", 131, 132),
    ("Huddinge", 141, 141), ("Järfälla", 175, 177), ("Kiruna", 981, 981), ("Mora", 792, 792),
    ("Ludvika", 771, 771), ("Arvika", 671, 671), ("Hässleholm", 281, 281), ("Värnamo", 331, 331),
    ("Nässjö", 571, 571), ("Oskarshamn", 572, 572), ("Falkenberg", 311, 311), ("Kristinehamn", 681, 681),
    ("Norrtälje", 761, 761), ("Boden", 961, 961), ("Sollefteå", 881, 881), ("Bollnäs", 821, 821),
    ("Ljusdal", 827, 827), ("Vetlanda", 574, 574), ("Mariestad", 542, 542), ("Avesta", 774, 774),
)  # fmt: skip
RURAL_FROM = 26  # towns from here on have countryside around them with rural postcodes (`xxx 9x`)
# Villages and hamlets that rural addresses are written by (`Sörby 14`).
VILLAGES = (
    "Sörby", "Norrby", "Västerby", "Österby", "Hagby", "Kvarntorp", "Ängebo", "Hällebo", "Rönnäs",
    "Bäckebo", "Lövsjö", "Stensjö", "Granbo", "Åsen", "Nybyn", "Östanå", "Västansjö", "Kullen",
    "Lillåsen", "Storbacken", "Mossebo", "Ekeby", "Björsäter", "Högsby gård", "Tallåsen", "Bredsjön",
    "Backa", "Lundby", "Myrbacka", "Kärrbo",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "London Road", "Church Street", "Victoria Road", "Green Lane",
    "Manor Road", "Park Avenue", "Queens Road", "Mill Lane", "The Crescent", "Albert Road", "Grange Road",
    "Meadow Way", "Orchard Close", "Springfield Drive", "Chestnut Grove", "Kingsway", "Northgate",
)  # fmt: skip
UK_ESTATES = ("Riverside Business Park", "Kingsway Retail Park", "Brunel Trading Estate", "Meadowfield Industrial Estate", "Westgate Motor Village")  # fmt: skip
UK_TOWNS = (
    ("Reading", "RG"), ("Swindon", "SN"), ("Milton Keynes", "MK"), ("Coventry", "CV"), ("Birmingham", "B"),
    ("Leeds", "LS"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Leicester", "LE"), ("Bristol", "BS"),
    ("Cardiff", "CF"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Norwich", "NR"), ("Exeter", "EX"),
    ("Peterborough", "PE"), ("Preston", "PR"), ("Stoke-on-Trent", "ST"), ("Croydon", "CR"), ("Watford", "WD"),
    ("London", "SE"), ("London", "N"), ("Manchester", "M"), ("Newcastle upon Tyne", "NE"), ("Belfast", "BT"),
)  # fmt: skip
US_STREETS = ("Main St", "Oak Ave", "Maple Dr", "Broadway", "Elm St", "Park Blvd", "Cedar Ln", "Highland Ave", "Lake Rd", "Sunset Blvd", "Pine Ridge Rd", "Commerce Pkwy", "Hwy 50", "Market St", "Washington Ave", "Lincoln Hwy")  # fmt: skip
US_TOWNS = (
    ("Columbus", "OH", 432), ("Houston", "TX", 770), ("Phoenix", "AZ", 850), ("Denver", "CO", 802),
    ("Nashville", "TN", 372), ("Charlotte", "NC", 282), ("Atlanta", "GA", 303), ("Tampa", "FL", 336),
    ("Omaha", "NE", 681), ("Minneapolis", "MN", 554), ("Sacramento", "CA", 958), ("Portland", "OR", 972),
    ("Boise", "ID", 837), ("Raleigh", "NC", 276), ("Madison", "WI", 537), ("Des Moines", "IA", 503),
    ("Tulsa", "OK", 741), ("Albuquerque", "NM", 871), ("Louisville", "KY", 402), ("Richmond", "VA", 232),
)  # fmt: skip
US_AREA = ("614", "713", "602", "303", "615", "704", "404", "813", "402", "612", "916", "503", "208", "919", "608", "515", "918", "505", "502", "804")  # fmt: skip
# Addresses of Europe in their own formats (a shuffled deck).
EUROPE = (
    "Hauptstraße {n}, {z5:70173-70619} Stuttgart", "Industriestraße {n}, {z5:41460-41470} Neuss",
    "Am Bahnhof {n}, D-{z5:30159-30179} Hannover", "Storgata {n}, {z4:0155-0190} Oslo",
    "Kongens gate {n}, {z4:7011-7015} Trondheim", "Vestergade {n}, {m}. th., {z4:8000-8000} Aarhus C",
    "Nørrebrogade {n}, {z4:2200-2200} København N", "Mannerheimintie {n} A {m}, {z5:00100-00270} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33200} Tampere", "ul. Marszałkowska {n}/{m}, 00-{z3:590-699} Warszawa",
    "ul. Długa {n}, 80-{z3:827-831} Gdańsk", "Stationsweg {n}, {z4:3511-3584} {L2} Utrecht",
    "Rue de la Station {n}, {z4:1000-1210} Bruxelles", "{n} avenue de la République, {z5:69001-69009} Lyon",
    "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid", "Via Nazionale {n}, {z5:00184-00184} Roma",
    "Mariahilfer Straße {n}, {z4:1060-1070} Wien", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
    "Narva mnt {n}, {z5:10117-10152} Tallinn", "Ringstraße {n}, {z5:24103-24149} Kiel",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "bredband.net")  # fmt: skip
WORK = ("example.se", "bil.example.se", "ekonomi.example.se", "example.com", "example.org", "example.co.uk", "mail.example.net")  # fmt: skip
FIRM_MAIL_SV = ("forsaljning", "info", "kundtjanst", "garanti", "finans", "service", "inbyte", "begagnat", "order", "leverans")  # fmt: skip
FIRM_MAIL_EN = ("sales", "info", "aftersales", "warranty", "finance", "service", "usedcars", "enquiries", "customercare", "titles")  # fmt: skip
FIRM_DOMAINS = ("bilhallen.example.se", "motorcentralen.example.se", "autohuset.example.se", "bilcity.example.com", "example.se", "bytbil.example.se", "riverside-auto.example.com", "northgate-motors.example.co.uk", "example.co.uk")  # fmt: skip
VIN_WMI = ("YV1", "YS3", "WVW", "WAU", "WBA", "JTD", "KNA", "KMH", "SJN", "JF1", "LRW", "SAL", "WMW", "VSS", "1C4", "5TD", "3N1", "ZFA", "LGX")  # fmt: skip
REG_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"  # no I, Q, V, Å, Ä, Ö on Swedish plates


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
    shorts: dict[str, str | None] = field(default_factory=dict)  # short form chosen, once per kind

    @property
    def first(self) -> str:
        return "-".join(w for w, _ in self.given)

    @property
    def last(self) -> str:
        return self.joint.join(w for w, _ in self.surname)


class Draw:
    """Every value of GW from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "nordic": 0.3, "german": 0.2}.get(
            key, 0.05
        ):
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
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (
            surname[0][0] == surname[1][0] or " " in surname[0][0] + surname[1][0]
        ):
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def nickname(self, person: Person, share: float) -> str | None:
        """A short form of the person's given name, with `share` when the name has one; a person
        named again keeps the form first chosen."""
        key = f"{share}"
        if key not in person.shorts:
            forms = NICKNAMES.get(person.origin, {}).get(person.first)
            person.shorts[key] = (
                self.rng.choice(forms) if forms and self.rng.random() < share else None
            )
        if person.shorts[key]:
            self.forms["nickname"] += 1
        return person.shorts[key]

    def count(self, words: list[Word]) -> None:
        for _, part in words:
            self.split[part] += 1

    def email(self, person: Person) -> str:
        r = self.rng

        def clean(word: str) -> str:
            return plain(word).lower().replace("-", "").replace("'", "").replace(" ", "")

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((
            f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
            f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}",
        ))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_mail(self) -> str:
        r = self.rng
        local = r.choice(FIRM_MAIL_EN if self.lang == "en" else FIRM_MAIL_SV + FIRM_MAIL_EN[:3])
        return f"{local}@{r.choice(FIRM_DOMAINS)}"

    def digits(self, n: int, lead: bool = False) -> str:
        """`n` random digits; with `lead` the first is no 0 (a subscriber number starts so)."""
        first = str(self.rng.randrange(1, 10)) if lead and n else ""
        return first + "".join(str(self.rng.randrange(10)) for _ in range(n - len(first)))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        m, d = "07" + r.choice("0023369"), self.digits(7, lead=True)
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"{m}/{d[:3]} {d[3:5]} {d[5:]}"), (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"),
            (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm, the two-digit areas of the cities, three-digit ones of towns."""
        r = self.rng
        d = self.digits(8, lead=True)
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
                "35",
                "36",
                "42",
                "11",
                "23",
                "26",
                "46",
            )
        )
        area3 = r.choice(
            (
                "500",
                "510",
                "520",
                "522",
                "550",
                "570",
                "586",
                "611",
                "620",
                "650",
                "660",
                "680",
                "690",
                "910",
                "920",
                "141",
                "171",
                "224",
                "250",
                "380",
                "413",
                "431",
                "454",
                "470",
                "480",
                "491",
                "498",
            )
        )
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"08-{d[:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"), (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{area2}-{d[:7]}"), (2, f"+46 {area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.75 else self.landline()

    def firm_phone(self) -> str:
        """A firm's number: switchboards, 010 and 077x numbers, toll-free 020."""
        r = self.rng
        d = self.digits(8, lead=True)
        roll = r.random()
        if roll < 0.25:
            return r.choice(
                (
                    f"010-{d[:3]} {d[3:5]} {d[5:7]}",
                    f"010-{d[:3]} {d[3:6]} {d[6:8]}",
                    f"010 {d[:3]} {d[3:5]} {d[5:7]}",
                )
            )
        if roll < 0.4:
            return r.choice(
                (
                    f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
                    f"0771-{d[:3]} {d[3:6]}",
                    f"0770-{d[:3]} {d[3:6]}",
                    f"0775-{d[:2]} {d[2:4]} {d[4:6]}",
                )
            )
        if roll < 0.5:
            return r.choice((f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}"))
        return self.landline()

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        return r.choice((
            f"07700 900{d[:3]}", f"07{r.choice('3456789')}{d[:2]} {d[2:5]}{self.digits(3)}", f"+44 7{r.choice('3456789')}{d[:2]} {d[2:5]} {self.digits(3)}",
            f"020 7946 0{d[:3]}", f"0161 496 0{d[:3]}", f"0113 496 0{d[:3]}", f"0117 496 0{d[:3]}", f"0121 496 0{d[:3]}",
            f"01632 960{d[:3]}", f"+44 (0)118 496 0{d[:3]}", f"+44 20 7946 0{d[:3]}", f"(01772) {d}", f"0044 1793 {d}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        area, d = r.choice(US_AREA), self.digits(7)
        ex = f"{r.randrange(2, 10)}{d[:2]}"
        return r.choice((
            f"({area}) {ex}-{d[2:6]}", f"{area}-{ex}-{d[2:6]}", f"{area}.{ex}.{d[2:6]}", f"+1 {area} {ex} {d[2:6]}",
            f"+1 ({area}) {ex}-{d[2:6]}", f"1-{area}-{ex}-{d[2:6]}", f"({area}) 555-01{d[:2]}", f"{area} {ex} {d[2:6]}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        return r.choice((
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:3]} {d[3:5]} {d[5:7]}", f"00358 44 {d[:7]}", f"+49 171 {d[:7]}",
            f"+49 (0)211 {d[:6]}", f"0049 151 {d[:4]} {d[4:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+48 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+32 4{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}",
            f"+1 (612) 555-01{d[:2]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+380 {d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+91 9{d[:4]} {d[4:9]}",
        ))  # fmt: skip

    def national_id(self, plus: bool = False) -> str:
        """A personnummer with a valid check digit; `plus` for someone past a hundred (`YYMMDD+NNNC`)."""
        r = self.rng
        year = r.randrange(1919, 1927) if plus else r.randrange(1936, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if plus:
            return f"{date}+{serial}{check}"
        roll = r.random()
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
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self, firm: bool = False) -> str:
        return f"{self.rng.choice(FIRM_STREETS if firm else SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        roll = r.random()
        if roll < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.1:
            out = f"SE-{code[:3]} {code[3:]} {town}" if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 420)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', ', ', '))}{r.choice(('lgh', 'lgh', 'Lgh', 'lgh.'))} {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", {r.choice(('uppg. B', 'bv', 'port 2'))}"
        plain_street = street.split()[-1][
            :1
        ].isdigit()  # no flat, floor or entrance after the number
        joint = "\n" if lines else ", " if not plain_street or r.random() < 0.88 else " "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def firm_address(self, lines: bool = False) -> str:
        joint = "\n" if lines else ", "
        return f"{self.sv_street(firm=True)}{joint}{self.sv_postal()}"

    def box(self) -> str:
        r = self.rng
        town, code = self.town()
        return f"Box {r.randrange(10, 9999)}, {code[:3]} {code[3:]} {town}"

    def uk_address(self, lines: bool = False, firm: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 30)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if firm and roll < 0.6:
            street = f"Unit {r.randrange(1, 30)}, {r.choice(UK_ESTATES)}"
        elif firm:
            pass
        elif roll < 0.18:
            street = f"Flat {r.randrange(1, 40)}, {street}"
        elif roll < 0.28:
            street = f"{r.choice(('Rose Cottage', 'The Old Bakery', 'Holly House', 'Fern Lodge'))}, {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        direction = r.choice(("", "", "", "N ", "S ", "E ", "W "))
        street = f"{r.randrange(10, 19999)} {direction}{r.choice(US_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street += f", {r.choice(('Apt', 'Apt.', 'Unit', 'Suite', '#'))} {r.randrange(1, 40)}{r.choice(('', '', 'B', 'C'))}".replace(
                "# ", "#"
            )
        zipcode = f"{prefix:03d}{r.randrange(1, 99):02d}"
        if r.random() < 0.1:
            zipcode += f"-{self.digits(4)}"
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

    def reg(self) -> str:
        r = self.rng
        letters = "".join(r.choice(REG_LETTERS) for _ in range(3))
        last = r.choice("0123456789" if r.random() < 0.7 else "ABCDEFGHJKLMNPRSTUWXYZ")
        return f"{letters}{r.choice((' ', ' ', ''))}{r.randrange(10, 100)}{last}"

    def vin(self) -> str:
        r = self.rng
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return r.choice(VIN_WMI) + "".join(r.choice(chars) for _ in range(8)) + self.digits(6)


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names (in English text
    sometimes a middle initial), G/g the given name (sometimes its short form), O the given name as
    registered, N/n the short form where the name has one, S/s the surname, I an initial and the
    surname, Gi the given name and the surname's initial, R `Surname, Given`, E an e-mail address.
    A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
        names = [w for w, _ in middle]
        if middle and draw.lang == "en" and draw.rng.random() < 0.5:
            names = [names[0][0] + "."]
        value = " ".join([person.first, *names, person.last])
    elif base in ("G", "g", "N", "n", "O"):
        words = given
        short = None if base == "O" else draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base in ("S", "s"):
        words, value = surname, person.last.lower() if base == "s" else person.last
    elif base == "I":
        words = surname
        initials = ".-".join(p[0] for p in person.first.split("-"))
        value = f"{initials}. {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "I", "Gi", "R", "E", "O"}
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
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AF": lambda: (draw.firm_address(), "ADDRESS"),
        "AFL": lambda: (draw.firm_address(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUF": lambda: (draw.uk_address(firm=True), "ADDRESS"),
        "AUFL": lambda: (draw.uk_address(lines=True, firm=True), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "aus": lambda: (draw.us_address().lower(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "MF": lambda: (draw.firm_mail(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRP": lambda: (draw.national_id(plus=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{month:02d}/{day:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day:02d}/{month:02d}/2027")), None),
        "DOB": lambda: (f"{month:02d}/{day:02d}/{r.randrange(1950, 2006)}", None),
        "TIME": lambda: (f"{r.randrange(7, 19)}{'.' if r.random() < 0.6 else ':'}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(8, 12)}:{r.choice(('00', '15', '30', '45'))} {r.choice(('am', 'AM'))}", f"{r.randrange(1, 7)}:{r.choice(('00', '15', '30', '45'))} {r.choice(('pm', 'PM'))}", f"{r.randrange(9, 18)}:{r.choice(('00', '30'))}")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "MON": lambda: (str(r.choice((24, 36, 48, 60, 72, 84))), None),
        "YEAR": lambda: (str(r.randrange(2006, 2026)), None),
        "AMT": lambda: (r.choice((f"{r.randrange(25, 650) * 1000 - r.choice((0, 100, 1000)):,} kr", f"{r.randrange(25, 650) * 1000 - r.choice((0, 100)):,}:-", f"{r.randrange(25, 650) * 1000:,} SEK")).replace(",", " "), None),
        "AMTS": lambda: (r.choice((f"{r.randrange(5, 250) * 100:,} kr", f"{r.randrange(5, 250) * 100:,}:-")).replace(",", " "), None),
        "AMTM": lambda: (f"{r.randrange(1500, 9900) // 5 * 5:,} kr".replace(",", " "), None),
        "AMTI": lambda: (f"{r.randrange(22, 75) * 1000 + r.choice((0, 500)):,} kr".replace(",", " "), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "USD": lambda: (f"${r.randrange(4, 68) * 1000 + r.choice((0, 495, 995, 500)):,}", None),
        "GBP": lambda: (f"£{r.randrange(2, 45) * 1000 + r.choice((0, 495, 995, 250)):,}", None),
        "PCT": lambda: (f"{r.randrange(2, 12)},{r.choice(('95', '49', '9', '5'))} %", None),
        "MIL": lambda: (f"{r.randrange(300, 32000):,}".replace(",", " "), None),
        "KM": lambda: (f"{r.randrange(3000, 320000):,}".replace(",", " "), None),
        "MILES": lambda: (f"{r.randrange(3000, 190000):,}", None),
        "REG": lambda: (draw.reg(), None),
        "REGUK": lambda: (f"{r.choice('ABCDEFGHKLMNOPRSVWY')}{r.choice('ABCDEFGHJKLMNPRSTUVWXY')}{r.randrange(10, 75)} {''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}", None),
        "VIN": lambda: (draw.vin(), None),
        "DL": lambda: (f"{r.choice('ABDGHKMPRSTW')}{draw.digits(3)}-{draw.digits(4)}-{draw.digits(4)}", None),
        "ORDER": lambda: (r.choice((f"SO-{r.randrange(10000, 99999)}", f"{r.randrange(100, 999)} {r.randrange(100, 999)}", f"#{r.randrange(100000, 999999)}", f"D{r.randrange(1000, 9999)}")), None),
        "INV": lambda: (f"{r.randrange(2027000, 2027999)}", None),
        "CASE": lambda: (r.choice((f"GA-2027-{r.randrange(100, 9999):05d}", f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"ÄR{r.randrange(10000, 99999)}", f"2027/{r.randrange(100, 9999)}")), None),
        "OCR": lambda: (draw.digits(r.choice((10, 12, 14, 16))), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "ORG": lambda: (f"55{r.randrange(6000, 9999)}-{draw.digits(4)}", None),
        "VAT": lambda: (f"SE55{r.randrange(6000, 9999)}{draw.digits(4)}01", None),
        "MODEL": lambda: (r.choice(MODELS), None),
        "MODELEN": lambda: (r.choice(MODELS_EN), None),
        "FIRM": lambda: (r.choice(FIRMS), None),
        "FIRMEN": lambda: (r.choice(FIRMS_EN), None),
        "PET": lambda: (r.choice(PETS), None),
        "BANK": lambda: (r.choice(BANKS), None),
        "COUNTRY": lambda: (r.choice(COUNTRIES), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
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
        if base not in PERSON_FORMS and base.endswith("s") and base[:-1] in PERSON_FORMS:
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
    """GW's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of GW is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    ids: Counter[str] = Counter()
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
                forms["initial"] += bool(re.search(r"(?:^|\s|-)\w\.(?:\s|$|-)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value.lower()
                forms["address after c/o"] += (
                    text[max(0, span["start"] - 60) : span["start"]].count("c/o") > 0
                )
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                ids[
                    f"{len(digits)} digits {'with ' + ('+' if '+' in value else '-') if not value.isdigit() else 'without'}"
                ] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(
        f"spans: {kinds[('PERSON', 'all')] + kinds[('ADDRESS', 'all')] + kinds[('PHONE', 'all')] + kinds[('EMAIL', 'all')] + kinds[('NATIONAL_ID', 'all')]}"
    )
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(ids.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for k in {k for mix in MIXES.values() for k in mix} if not draw.origins[k]]
    print(f"origins in MIXES never drawn: {len(missing)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_seen = pnr = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys not as heldout-u's"] += list(row) != KEYS
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_seen += 1
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            problems["empty span"] += stop <= start
            problems["out of bounds"] += not (start >= 0 and stop <= len(text))
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
                pnr += 1
                digits = re.sub(r"\D", "", value)[-10:]
                problems["personnummer shape"] += not re.fullmatch(
                    r"(?:\d{2})?\d{6}[-+]?\d{4}", value
                )
                problems["personnummer check digit"] += len(digits) != 10 or luhn(
                    digits[:9]
                ) != int(digits[9])
    print(
        f"{path.name}: rows {rows}, spans {spans_seen}, personnummer {pnr}, ids unique {len(ids)}"
    )
    for name in (
        "keys not as heldout-u's",
        "split",
        "lang",
        "id repeated",
        "empty span",
        "out of bounds",
        "whitespace at an edge",
        "unsorted or overlapping",
        "unknown kind",
        "personnummer shape",
        "personnummer check digit",
    ):
        print(f"  {name}: {problems[name]}")
    total = sum(problems.values())
    print("no problems" if not total else f"{total} problems")
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
    print(f"{len(rows)} rows written to {args.out}")


if __name__ == "__main__":
    main()
