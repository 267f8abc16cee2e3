# ruff: noqa: E501
"""Generate held-out HA for personal-data detection (issue 15): names as the population has them,
a hundred-and-eighty-eighth writer.

    python data/pii/generate_ha.py          # writes data/pii/generated-heldout-ha.jsonl
    python data/pii/generate_ha.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_ha.py --check  # checks the written file, prints counts only

HA's names are drawn by how often people really carry them: every name word comes from
`names_ha.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is audiology and hearing-aid services (`templates_ha.py`): hearing tests and
referrals, fitting appointments and reminders, repair slips and service tickets, device loans and
assistive-device prescriptions, battery deliveries, home visits, and customers' and relatives'
messages, in Swedish, English and both at once. Written by a helper who does not tune the
detector, who read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler,
the row format, `--stats`), the sections "Held-out AW" and "Held-out CL" of docs/privacy.md and
the first line of `generated-heldout-u.jsonl`; not the detector's rules, lexicons and tagger
(`src/rung/privacy/`), nor any error listing, nor any other set's names, templates or jsonl. HA
was never run through the detector by its writer, and its names were not checked against rung's
lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_ha import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ha import (  # noqa: E402
    CLINICS,
    DAYS,
    EN,
    FAULTS_EN,
    FAULTS_SV,
    GP_PRACTICES,
    HOSPITALS_EN,
    MIXED,
    MODELS,
    MONTHS,
    NEGATIVES,
    SV,
    TITLES_EN,
)

SEED = 20270265
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ha.jsonl"
SPLIT = "heldout-ha"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the country's streets.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Trädgårdsgatan", "Nygatan", "Östra Storgatan", "Västra Vallgatan", "Köpmangatan", "Hamngatan", "Sandgatan",
    "Bangårdsgatan", "Fabriksgatan", "Esplanaden", "Sjukhusvägen", "Lasarettsvägen", "Björkvägen", "Tallvägen",
    "Granvägen", "Lönnvägen", "Rönnvägen", "Ekvägen", "Ringvägen", "Skogsvägen", "Solvägen", "Ängsvägen",
    "Idrottsvägen", "Parkvägen", "Villavägen", "Kvarnvägen", "Gamla vägen", "Norra vägen", "Södra Förstadsgatan",
    "Lärkvägen", "Blåklintsvägen", "Smedjevägen", "Häggsvängen", "Tornsvängen", "Bäcksvängen", "Vallmosvängen",
    "Kastanjeallén", "Lindallén", "Almallén", "Ekebyallé", "Sofielunds allé", "Kvarnbacken", "Skolbacken",
    "Tingsbacken", "Prästbacken", "Klockarbacke", "Kyrkbacke", "Blåbärsstigen", "Lingonstigen", "Ekorrstigen",
    "Hasselstigen", "Mossstigen", "Stortorget", "Lilla torget", "Södra torget", "Fisktorget", "Nytorg",
    "Stationsplan", "Brunnsplan", "Skolplan", "Kyrkplan", "Smedgränd", "Tullgränd", "Klockargränd",
    "Bryggargränd", "Norra kajen", "Södra kajen", "Hamnkajen", "Strandkajen", "Slottskajen", "Åkajen",
    "Skeppsbron", "Strandpromenaden", "Bruksgatan", "Stationsgatan", "Industrigatan", "Verkstadsgatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high); the second block has rural postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 856), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Nyköping", 611, 611), ("Huddinge", 141, 141),
    ("Solna", 169, 171), ("Nacka", 131, 132), ("Mölndal", 431, 431), ("Sollentuna", 191, 192),
    ("Falun", 791, 791), ("Kiruna", 981, 981), ("Ystad", 271, 271), ("Visby", 621, 621),
    ("Piteå", 941, 941), ("Motala", 591, 591), ("Lidköping", 531, 531), ("Hudiksvall", 824, 824),
    ("Sandviken", 811, 811), ("Köping", 731, 731), ("Alingsås", 441, 441), ("Katrineholm", 641, 641),
    ("Enköping", 745, 745), ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Härnösand", 871, 871),
    ("Örnsköldsvik", 891, 891), ("Värnamo", 331, 331), ("Oskarshamn", 572, 572), ("Västervik", 593, 593),
    ("Falköping", 521, 521), ("Nässjö", 571, 571), ("Kungsbacka", 434, 434), ("Kungälv", 442, 442),
    ("Arvika", 671, 671), ("Ludvika", 771, 771), ("Hässleholm", 281, 281), ("Eslöv", 241, 241),
)  # fmt: skip
RURAL_TOWNS = (
    ("Rimbo", 762), ("Östhammar", 742), ("Heby", 744), ("Vårgårda", 447), ("Tidaholm", 522),
    ("Åre", 837), ("Strömsund", 833), ("Sollefteå", 881), ("Vindeln", 922), ("Lycksele", 921),
    ("Arjeplog", 938), ("Överkalix", 956), ("Älvdalen", 796), ("Malung", 782), ("Torsby", 685),
    ("Filipstad", 682), ("Laxå", 695), ("Vimmerby", 598), ("Emmaboda", 361), ("Osby", 283),
    ("Sjöbo", 275), ("Höör", 243), ("Orust", 473), ("Tanum", 457), ("Bollnäs", 821),
)  # fmt: skip
# Village and farm names as rural addresses have them (`Västanby 12`).
VILLAGES = (
    "Västanby", "Östanby", "Norrby", "Söderby", "Mellanby", "Storbyn", "Lillbyn", "Kvarnby",
    "Backa", "Bränna", "Hästhagen", "Sandviken", "Lövåsen", "Tallbacken", "Myrbacka", "Ängersjö",
    "Åkerö", "Stensjö", "Björkhult", "Ekeberga", "Lunden", "Gransjö", "Kullen", "Nyhem",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Victoria Road", "Green Lane", "Manor Road",
    "Park Avenue", "Queens Road", "New Road", "Grange Road", "Kingsway", "Mill Lane", "School Lane",
    "The Crescent", "Orchard Way", "Beech Grove", "Springfield Road", "Albert Terrace", "Meadow Close",
    "Castle Street", "North Parade", "London Road", "Chapel Street", "Cedar Drive", "Windsor Gardens",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("London", "SE"), ("London", "NW"),
    ("Edinburgh", "EH"), ("Glasgow", "G"), ("Cardiff", "CF"), ("Birmingham", "B"), ("Sheffield", "S"),
    ("Norwich", "NR"), ("York", "YO"), ("Exeter", "EX"), ("Brighton", "BN"), ("Oxford", "OX"),
    ("Cambridge", "CB"), ("Nottingham", "NG"), ("Leicester", "LE"), ("Newcastle upon Tyne", "NE"),
    ("Belfast", "BT"), ("Aberdeen", "AB"), ("Harrogate", "HG"), ("Swansea", "SA"), ("Bath", "BA"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Vicarage", "Holly House", "Meadow View", "2 The Mews", "Flat 3, Victoria Court", "Ivy Lodge")  # fmt: skip
US_STREETS = ("Main Street", "Oak Street", "Maple Avenue", "Elm Street", "Washington Avenue", "Lake Street", "Pine Street", "Cedar Lane", "Hillcrest Drive", "Park Boulevard", "River Road", "Sunset Drive", "2nd Avenue", "University Avenue", "Highland Avenue")  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554, "612"), ("St. Paul", "MN", 551, "651"), ("Seattle", "WA", 981, "206"),
    ("Chicago", "IL", 606, "312"), ("Portland", "OR", 972, "503"), ("Denver", "CO", 802, "303"),
    ("Austin", "TX", 787, "512"), ("Boston", "MA", 21, "617"), ("Madison", "WI", 537, "608"),
    ("Rockford", "IL", 611, "815"), ("Phoenix", "AZ", 850, "602"), ("Sioux Falls", "SD", 571, "605"),
    ("Columbus", "OH", 432, "614"), ("Omaha", "NE", 681, "402"), ("Tampa", "FL", 336, "813"),
)  # fmt: skip
EUROPE = (
    "Bahnhofstraße {n}, {z5:80331-81929} München", "Hauptstraße {n}, {z5:69117-69126} Heidelberg",
    "Lindenallee {n}, {z5:20144-20259} Hamburg", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n} avenue Jean Jaurès, {z5:31000-31500} Toulouse", "Hämeenkatu {n} A {m}, {z5:33100-33900} Tampere",
    "Kauppakatu {n} B {m}, {z5:40100-40700} Jyväskylä", "Storgata {n}, {z4:0155-0190} Oslo",
    "Kongens gate {n}, {z4:7011-7099} Trondheim", "Vestergade {n}, {m}. th., {z4:8000-8000} Aarhus C",
    "Nørregade {n}, {z4:5000-5000} Odense C", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "ul. Marszałkowska {n} m. {m}, 00-{z3:100-999} Warszawa", "Calle Mayor {n}, {m}º B, {z5:28013-28013} Madrid",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Via Nazionale {n}, {z5:00184-00187} Roma",
    "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
    "Narva mnt {n}-{m}, {z5:10117-10152} Tallinn", "Rua Augusta {n}, 1100-{z3:48-99} Lisboa",
    "Rue Neuve {n}, {z4:1000-1000} Bruxelles",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband.net", "spray.se", "comhem.se")  # fmt: skip
MAIL_EN = ("gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net")  # fmt: skip
WORK = ("example.se", "horsel.example.se", "regionen.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
FIRM_SV = ("horselmottagningen", "bokning", "kundtjanst", "reparation", "horselvarden", "info", "hjalpmedel", "audionom")  # fmt: skip
FIRM_EN = ("audiology", "appointments", "repairs", "hello", "info", "support", "hearingcare", "bookings")  # fmt: skip


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
    given: list[Word]  # one word (hyphenated names such as `Anna-Karin` are words of the lists)
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
    """Every value of HA from one seeded Random; counts the head/tail split and the origins."""

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
            key == "swedish" and r.random() < 0.04
        ):  # topped up: the list's own Anna-Karin, Karl-Erik
            hyphened = [i for i, name in enumerate(pool.names) if "-" in name]
            i = r.choices(hyphened, weights=[pool.weights[i] for i in hyphened])[0]
            given = [(pool.names[i], "head" if i < pool.head else "tail")]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3}.get(key, 0.05):
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
        elif key in ("uk", "us") and roll < 0.03:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
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

    def email(self, person: Person) -> str:
        r = self.rng

        def clean(word: str) -> str:
            return re.sub(r"[^a-z]", "", plain(word).lower())

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(40, 99)}"))  # fmt: skip
        mail = MAIL_EN if self.lang == "en" else MAIL
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else mail)}"

    def firm_email(self, english: bool = False) -> str:
        r = self.rng
        local = r.choice(FIRM_EN if english else FIRM_SV)
        if not english and r.random() < 0.4:
            local += "." + r.choice(
                ("uppsala", "malmo", "goteborg", "umea", "orebro", "lund", "city")
            )
        domain = r.choice(("example.com", "example.org", "example.co.uk", "clinic.example.com") if english
                          else ("example.se", "horsel.example.se", "regionen.example.se", "example.com"))  # fmt: skip
        return f"{local}@{domain}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("02369")
        a2 = r.choice(
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
                "11",
                "35",
                "36",
                "46",
                "42",
                "60",
            )
        )
        a3 = r.choice(
            (
                "220",
                "240",
                "250",
                "280",
                "300",
                "320",
                "340",
                "380",
                "411",
                "431",
                "470",
                "480",
                "498",
                "510",
                "520",
                "560",
                "611",
                "620",
                "640",
                "660",
                "680",
                "910",
                "920",
                "950",
                "980",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (3, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A clinic's, switchboard's or firm's number: regions' 010, national 020/0771, city lines."""
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010 {d[:3]} {d[3:5]} {d[5:7]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"0770-{d[:3]} {d[3:6]}",
            f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"018-{d[:3]} {d[3:5]} {d[5:7]}",
            f"040-{d[:2]} {d[2:4]} {d[4:6]}", f"090-{d[:3]} {d[3:5]} {d[5:7]}", f"019-{d[:3]} {d[3:5]} {d[5:7]}",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"0{r.choice(('13', '21', '35', '46'))}-{d[:2]} {d[2:4]} {d[4:6]}",
        ))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"07{d[:3]} {d[3:6]}{self.digits(3)}", f"07{d[:3]} {d[3:6]} {self.digits(3)}", f"07{d[:3]}{d[3:6]}{self.digits(3)}",
            f"020 {d[:4]} {d[4:8]}", f"0113 {d[:3]} {d[3:7]}", f"0161 {d[:3]} {d[3:7]}", f"0131 {d[:3]} {d[3:7]}",
            f"029 {d[:4]} {d[4:8]}", f"01{d[:3]} {d[3:7]}{self.digits(2)}", f"+44 7{d[:3]} {d[3:6]}{self.digits(3)}",
            f"+44 (0)1{d[:3]} {d[3:7]}{self.digits(2)}", f"+44 20 {d[:4]} {d[4:8]}", f"0800 {d[:3]} {d[3:7]}",
            f"(01{d[:3]}) {d[3:7]}{self.digits(2)}", f"0044 7{d[:3]} {d[3:6]}{self.digits(3)}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(US_TOWNS)[3]
        ex, line = f"{r.randrange(200, 1000)}", self.digits(4)
        return r.choice((
            f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area}.{ex}.{line}", f"+1 {area} {ex} {line}",
            f"+1 ({area}) {ex}-{line}", f"1-{area}-{ex}-{line}", f"1-800-{ex}-{line}", f"({area}) 555-01{line[:2]}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"+44 7{d[:3]} {d[3:9]}", f"+44 (0)113 {d[:3]} {d[3:7]}", f"+49 171 {d[:7]}", f"+49 (0)89 {d[:4]} {d[4:8]}",
            f"0049 30 {d[:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+43 664 {d[:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+370 6{d[:2]} {d[2:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:3]} {d[3:7]}", f"+291 7 {d[:3]} {d[3:6]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+86 138 {d[:4]} {d[4:8]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"+1 (612) {r.randrange(200, 1000)}-{d[:4]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self) -> str:
        """A personnummer: 12 or 10 digits, with or without the hyphen, `+` past a hundred."""
        r = self.rng
        roll = r.random()
        year = (
            r.randrange(1920, 1928)
            if roll < 0.1
            else r.randrange(1928, 1961)
            if roll < 0.7
            else r.randrange(1961, 2024)
        )
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        sign = "+" if 2027 - year >= 100 else "-"
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}{sign}{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}" if sign == "-" else f"{date}+{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def street_name(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self) -> str:
        return f"{self.street_name()} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        if rural:
            town, prefix = r.choice(RURAL_TOWNS)
            code = f"{prefix}{r.randrange(90, 100)}"
        else:
            town, low, high = r.choice(SV_TOWNS)
            code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
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
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.13):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else ", " if r.random() < 0.9 else " "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        if r.random() < 0.75:
            joint = ", " if r.random() < 0.8 else "\n"
            return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def uk_street(self) -> str:
        return self.rng.choice(UK_STREETS)

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix, _ = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B'))}".replace(
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


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, M with a middle
    initial, G/g the given name (sometimes its short form), N/n the short form where the name has
    one, S/s the surname, SU/GU surname/given name in capitals (a form's separate fields), I an
    initial and the surname, Gi the given name and the surname's initial, R `Surname, Given`, RU
    `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a Swedish genitive, a trailing
    `'` an English one.
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
    elif base == "M":
        words = given + middle + surname
        value = " ".join([person.first] + [w[0] + "." for w, _ in middle] + [person.last])
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.0 if base == "GU" else 0.85)
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
    "M",
    "G",
    "g",
    "N",
    "n",
    "GU",
    "S",
    "s",
    "SU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.street_name(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.street_name(), draw.village())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: ((draw.uk_address() if r.random() < 0.6 else draw.uk_street()).lower(), "ADDRESS"),
        "STUK": lambda: (draw.uk_street(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "EFEN": lambda: (draw.firm_email(english=True), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/2027")), None),
        "DOBEN": lambda: (f"{day:02d}/{month:02d}/{r.randrange(1928, 1990)}", None),
        "TIME": lambda: (f"{r.randrange(7, 17)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 53)), None),
        "AGEKID": lambda: (str(r.randrange(2, 17)), None),
        "YEARUK": lambda: (str(r.randrange(1, 14)), None),
        "AMT": lambda: (r.choice((f"{r.randrange(1, 40) * 50} kr", f"{r.randrange(2, 90) * 100:,} kr".replace(",", " "), f"{r.randrange(100, 3000)}:-")), None),
        "USD": lambda: (f"${r.randrange(25, 3500)}.{r.choice(('00', '50', '99'))}", None),
        "GBP": lambda: (f"£{r.randrange(20, 2400)}.{r.randrange(100):02d}", None),
        "REF": lambda: (r.choice((f"{r.randrange(10000, 99999)}-{r.randrange(10, 99)}", f"RMA{r.randrange(100000, 999999)}", f"#{r.randrange(10000, 99999)}", f"00{r.randrange(10**9, 10**10)}SE")), None),
        "ORD": lambda: (r.choice((f"{r.randrange(100000, 999999)}", f"SO-{r.randrange(10000, 99999)}", f"{r.randrange(2027000, 2027999)}-{r.randrange(1, 9)}")), None),
        "CASE": lambda: (r.choice((f"HÖR-2027-{r.randrange(100, 9999):04d}", f"{r.randrange(10000, 99999)}", f"INC{r.randrange(100000, 999999)}", f"R-{r.randrange(1000, 9999)}/27")), None),
        "SN": lambda: (r.choice((f"{r.randrange(10**7, 10**8)}", f"{r.randrange(10, 30)}{r.choice('ABCDHKLMX')}{r.randrange(10000, 99999)}", f"{r.randrange(1000, 9999)}-{r.randrange(100000, 999999)}")), None),
        "ART": lambda: (f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ORGNR": lambda: (f"55{r.randrange(6, 10)}{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "NHS": lambda: (f"{r.randrange(400, 999)} {r.randrange(100, 999)} {r.randrange(1000, 9999)}", None),
        "DB": lambda: (str(r.randrange(20, 95)), None),
        "HZ": lambda: (r.choice(("1000", "1500", "2000", "3000", "4000")), None),
        "PCT": lambda: (str(r.randrange(40, 100)), None),
        "BAT": lambda: (r.choice(("312", "13", "10", "675")), None),
        "MODEL": lambda: (r.choice(MODELS), None),
        "CLINIC": lambda: (r.choice(CLINICS), None),
        "HOSPEN": lambda: (r.choice(HOSPITALS_EN), None),
        "GPPRACTICE": lambda: (r.choice(GP_PRACTICES), None),
        "Ti": lambda: (r.choice(TITLES_EN), None),
        "SIDE": lambda: (r.choice(("höger", "vänster", "höger och vänster", "båda")), None),
        "SIDEA": lambda: (r.choice(("högra", "vänstra")), None),
        "SIDEEN": lambda: (r.choice(("right", "left", "both", "R", "L")), None),
        "FAULT": lambda: (r.choice(FAULTS_SV), None),
        "FAULTEN": lambda: (r.choice(FAULTS_EN), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0] if r.random() < 0.6 else r.choice(US_TOWNS)[0], None),
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
    """HA's rows: every negative once, then positive rows from shuffled decks of each language's
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


def pnr_valid(value: str) -> bool:
    m = re.fullmatch(r"(\d{2})?(\d{6})([-+]?)(\d{4})", value)
    if not m:
        return False
    nine = m.group(2) + m.group(4)[:3]
    return luhn(nine) == int(m.group(4)[3]) and 1 <= int(m.group(2)[2:4]) <= 12


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of HA is printed."""
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
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["lower-case one word in chat"] += value.islower() and " " not in value
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address street alone"] += not any(ch.isdigit() for ch in value)
                forms["address c/o before"] += (
                    text[max(0, span["start"] - 40) : span["start"]].rfind("c/o") >= 0
                )
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
            elif span["kind"] == "PHONE":
                phones["+"] += value.startswith("+")
                phones["00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print("phones: " + ", ".join(f"starting {k} {v}" for k, v in phones.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for k in MIXES["sv"] if not draw.origins[k]]
    print(f"origins never drawn: {len(missing)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    pnr: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            langs[row["lang"]] += 1
            problems["keys not as heldout-u's"] += list(row) != [
                "id",
                "split",
                "lang",
                "text",
                "spans",
            ]
            problems["id repeated"] += row["id"] in ids
            ids.add(row["id"])
            problems["id not of the set"] += not re.fullmatch(rf"gen-{SPLIT}-\d{{4}}", row["id"])
            problems["split wrong"] += row["split"] != SPLIT
            problems["lang unknown"] += row["lang"] not in SIZES
            text, end = row["text"], 0
            for span in row["spans"]:
                start, stop, kind = span["start"], span["end"], span["kind"]
                kinds[kind] += 1
                problems["kind unknown"] += kind not in KINDS
                if not (0 <= start < stop <= len(text)):
                    problems["span empty or out of bounds"] += 1
                    continue
                value = text[start:stop]
                problems["whitespace at an edge"] += value != value.strip()
                problems["unsorted or overlapping"] += start < end
                end = stop
                if kind == "NATIONAL_ID":
                    pnr[pnr_form(value)] += 1
                    problems["personnummer check digit"] += not pnr_valid(value)
    for lang, size in SIZES.items():
        problems[f"rows of {lang} not {size}"] += langs[lang] != size
    print(
        f"rows {rows}, ids {len(ids)}, spans {sum(kinds.values())}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    )
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    found = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in found.items()) if found else "none"))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    print(f"sha256 {digest}")
    return sum(found.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file (--out), print counts only"
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
