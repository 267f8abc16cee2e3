# ruff: noqa: E501
"""Generate held-out DL for personal-data detection (issue 15): names as the population has them,
a ninety-fifth writer.

    python data/pii/generate_dl.py                   # writes data/pii/generated-heldout-dl.jsonl
    python data/pii/generate_dl.py --stats           # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_dl.py --check           # checks the written file, prints counts only
    python data/pii/generate_dl.py --seed 7 --out /tmp/dl.jsonl   # a scratch seed

DL's names are drawn by how often people really carry them: every name word comes from
`names_dl.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head of
a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population is.
The genre is student life (`templates_dl.py`): student housing queues and corridor rooms, nations
and unions in Uppsala, Lund and abroad, admissions and exam registration, thesis supervision,
exchange semesters, CSN and student loans, flat-sharing adverts and sublets, with addresses of
student housing at home and abroad and phone numbers in every common grouping. Written by a helper
who does not tune the detector, who read `generate_aw.py` for the mechanics only and neither the
detector's rules, lexicons and tagger nor any error listing nor any other set's names and
templates; DL was never run through the detector by its writer, and its names were not checked
against rung's lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_dl import (  # noqa: E402
    HEAD_SHARE,
    MIXES,
    NICKNAMES,
    ORIGINS,
    SECOND_F,
    SECOND_M,
    Pool,
    feminine,
    plain,
)
from templates_dl import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270172
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-dl.jsonl"
SPLIT = "heldout-dl"
YEAR = 2027  # the year the texts are written in: a personnummer past a hundred takes `+`

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows the country's towns.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Nygatan", "Sysslomansgatan", "Dragarbrunnsgatan", "Klostergatan", "Bangatan", "Västra Ågatan",
    "Östra Storgatan", "Södra Förstadsgatan", "Linnégatan", "Götgatan", "Hornsgatan", "Sankt Eriksgatan",
    "Kaserngatan", "Rådmansgatan", "Fjällgatan", "Björkvägen", "Tallvägen", "Granvägen", "Ekvägen",
    "Lönnvägen", "Ringvägen", "Industrivägen", "Parkvägen", "Skogsvägen", "Ängsvägen", "Idrottsvägen",
    "Kyrkvägen", "Sjövägen", "Villavägen", "Lärkvägen", "Stationsvägen", "Västra Ringvägen", "Gamla vägen",
    "Kopparsvängen", "Åkersvängen", "Lingonsvängen", "Hjortsvängen", "Kastanjeallé", "Slottsallén",
    "Lindallén", "Almallén", "Kvarnbacken", "Solbacken", "Brunnsbacken", "Ekbacken", "Skolbacken",
    "Lärkstigen", "Blåbärsstigen", "Smultronstigen", "Trädgårdsstigen", "Stortorget", "Lilla torget",
    "Fisktorget", "Järntorget", "Stationsplan", "Hamnplan", "Kyrkplan", "Smedjegränd", "Tunnbindaregränd",
    "Kyrkogränd", "Tullgränd", "Hamnkajen", "Norra kajen", "Skeppsbrokajen", "Strandkajen", "Östra hamnkajen",
    "Sankt Lars väg", "Eriksbergs backe", "Lunds väg",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Lund", 222, 227), ("Umeå", 901, 907), ("Linköping", 582, 589), ("Örebro", 702, 703),
    ("Västerås", 721, 725), ("Norrköping", 602, 603), ("Helsingborg", 252, 256), ("Jönköping", 553, 556),
    ("Luleå", 972, 975), ("Gävle", 802, 806), ("Sundsvall", 852, 857), ("Karlstad", 652, 656),
    ("Växjö", 352, 352), ("Halmstad", 302, 302), ("Kalmar", 392, 393), ("Falun", 791, 791),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Södertälje", 151, 152), ("Östersund", 831, 831),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skövde", 541, 541), ("Trollhättan", 461, 461),
    ("Visby", 621, 621), ("Solna", 169, 171), ("Huddinge", 141, 141), ("Nacka", 131, 131),
    ("Täby", 183, 187), ("Sollentuna", 191, 192), ("Lidingö", 181, 181), ("Mölndal", 431, 431),
    ("Kungsbacka", 434, 434), ("Varberg", 432, 432), ("Uddevalla", 451, 451), ("Nyköping", 611, 611),
    ("Motala", 591, 591), ("Karlskoga", 691, 691), ("Kiruna", 981, 981), ("Skellefteå", 931, 931),
    ("Piteå", 941, 941), ("Örnsköldsvik", 891, 891), ("Härnösand", 871, 871),
)  # fmt: skip
# Student housing: the towns with a university, their postcodes and the streets of their student areas.
STUDENT_TOWNS = (
    ("Uppsala", 752, 756, ("Rackarbergsgatan", "Flogstavägen", "Kantorsgatan", "Studentvägen", "Sernanders väg", "Tiundagatan", "Geijersgatan", "Luthagsesplanaden", "Ekebyvägen")),
    ("Lund", 222, 227, ("Tornavägen", "Vildandsvägen", "Kämnärsvägen", "Magistratsvägen", "Sölvegatan", "Tunavägen", "Ole Römers väg", "Spolegatan")),
    ("Stockholm", 113, 115, ("Körsbärsvägen", "Forskarbacken", "Professorsslingan", "Roslagstullsbacken", "Valhallavägen")),
    ("Göteborg", 412, 416, ("Gibraltargatan", "Olofshöjdsvägen", "Rosendalsgatan", "Kallebäcksvägen", "Mölndalsvägen", "Guldhedsgatan")),
    ("Umeå", 903, 907, ("Historievägen", "Tvistevägen", "Mariehemsvägen", "Historiegränd", "Ålidhemsgatan")),
    ("Linköping", 583, 584, ("Rydsvägen", "Ryds allé", "Björnkärrsgatan", "Vallavägen", "Lambohovsleden")),
    ("Luleå", 975, 977, ("Studentvägen", "Porsövägen", "Kronbergsvägen")),
    ("Örebro", 702, 703, ("Grenadjärgatan", "Studentgatan", "Tybblelundsgatan")),
    ("Karlstad", 652, 656, ("Universitetsgatan", "Drottninggatan", "Campusvägen")),
    ("Växjö", 352, 352, ("Vallviksvägen", "Lillestadsvägen", "Universitetsplatsen")),
    ("Solna", 170, 170, ("Kungshamra",)),
)  # fmt: skip
# Villages and farms as rural addresses have them, and the small towns whose rural routes end in 9x.
VILLAGES = (
    "Västerby", "Österby", "Norrgärde", "Söderby", "Kvarntorp", "Ängeby", "Hammarby", "Lillbyn", "Storbyn",
    "Ytterbyn", "Innerbyn", "Överbyn", "Hålsjö", "Gammelgården", "Myrviken", "Björkhagen", "Tallbacka",
    "Granlunda", "Ekeby", "Sandvik", "Åsen", "Berga", "Bäcken", "Holmen", "Lyckåsen", "Nyby", "Skogsby",
    "Lövåsen", "Stormyra", "Backa",
)  # fmt: skip
RURAL_TOWNS = (
    ("Tierp", 815), ("Östhammar", 742), ("Knivsta", 741), ("Heby", 744), ("Enköping", 745), ("Höör", 243),
    ("Hörby", 242), ("Eslöv", 241), ("Sjöbo", 275), ("Ystad", 271), ("Åre", 837), ("Krokom", 835),
    ("Ånge", 841), ("Sollefteå", 881), ("Vännäs", 911), ("Lycksele", 921), ("Kalix", 952), ("Gällivare", 982),
    ("Malung", 782), ("Leksand", 793), ("Hedemora", 776), ("Avesta", 774), ("Nora", 713), ("Lindesberg", 711),
    ("Filipstad", 682), ("Arvika", 671), ("Säffle", 661), ("Lidköping", 531), ("Tidaholm", 522),
    ("Gislaved", 332), ("Vetlanda", 574), ("Eksjö", 575), ("Nybro", 382), ("Ronneby", 372),
    ("Sölvesborg", 294), ("Laholm", 312), ("Falkenberg", 311),
)  # fmt: skip
UK_TOWNS = (
    ("Edinburgh", "EH"), ("Glasgow", "G"), ("Manchester", "M"), ("Leeds", "LS"), ("Bristol", "BS"),
    ("Oxford", "OX"), ("Cambridge", "CB"), ("Sheffield", "S"), ("York", "YO"), ("Durham", "DH"),
    ("Exeter", "EX"), ("Nottingham", "NG"), ("Birmingham", "B"), ("London", "N"), ("London", "SE"),
    ("Cardiff", "CF"), ("Belfast", "BT"), ("St Andrews", "KY"), ("Aberdeen", "AB"), ("Lancaster", "LA"),
    ("Brighton", "BN"), ("Norwich", "NR"),
)  # fmt: skip
UK_STREETS = (
    "Marchmont Road", "Hyde Park Road", "Cowley Road", "Mill Road", "Gloucester Road", "Oxford Road",
    "Ecclesall Road", "Headingley Lane", "Wilmslow Road", "Victoria Road", "Church Street", "Castle Street",
    "Park Terrace", "Albert Street", "Lenton Boulevard", "Cathays Terrace", "Byres Road", "North Street",
    "Crescent Road", "Queen's Road", "Warrender Park Road", "Holloway Road", "Elm Grove", "St John's Close",
)  # fmt: skip
UK_HALLS = ("Castle Court", "Victoria Hall", "Riverside Halls", "Mill Lane Halls", "Chapel Court", "Oak House", "The Quad")  # fmt: skip
US_TOWNS = (
    ("Madison", "WI", "537"), ("Ann Arbor", "MI", "481"), ("Berkeley", "CA", "947"), ("Cambridge", "MA", "021"),
    ("Austin", "TX", "787"), ("Seattle", "WA", "981"), ("Boulder", "CO", "803"), ("Ithaca", "NY", "148"),
    ("Champaign", "IL", "618"), ("Chapel Hill", "NC", "275"), ("Minneapolis", "MN", "554"), ("Eugene", "OR", "974"),
    ("Bloomington", "IN", "474"), ("Providence", "RI", "029"),
)  # fmt: skip
US_STREETS = (
    "State Street", "University Avenue", "College Avenue", "Elm Street", "Oak Street", "Maple Avenue",
    "Washington Street", "Spring Street", "Main Street", "Park Place", "Hillside Drive", "Lincoln Avenue",
    "W Johnson St", "E 7th Street",
)  # fmt: skip
# Addresses abroad, each in its own country's format; drawn from a shuffled deck.
ABROAD = (
    "Hauptstraße {n}, {z5:69117-69126} Heidelberg", "Wilhelmstraße {n}, {z5:72074-72076} Tübingen",
    "Sonnenallee {n}, {z5:12043-12059} Berlin", "Leopoldstraße {n}, {z5:80802-80807} München",
    "{n} rue Mouffetard, 75005 Paris", "{n} avenue Jean Jaurès, 69007 Lyon", "{n} rue Lesdiguières, 38000 Grenoble",
    "Carrer de Verdi {n}, {m}º {m}ª, 08012 Barcelona", "Calle de Toledo {n}, {m}º B, 28005 Madrid",
    "Calle Recogidas {n}, {m}º A, 18005 Granada", "Via Zamboni {n}, 40126 Bologna", "Via San Francesco {n}, 35121 Padova",
    "Via Po {n}, 10124 Torino", "Breestraat {n}, 2311 {L2} Leiden", "Oude Ebbingestraat {n}, 9712 {L2} Groningen",
    "Naamsestraat {n}, 3000 Leuven", "Nørrebrogade {n}, {m}. th., 2200 København N", "Jægergårdsgade {n}, 8000 Aarhus C",
    "Skovvej {n}, 5000 Odense C", "Thereses gate {n}, 0168 Oslo", "Storgata {n}, 9008 Tromsø",
    "Mannerheimintie {n} A {m}, {z5:00100-00290} Helsinki", "Yliopistonkatu {n} B {m}, 20100 Turku",
    "ul. Floriańska {n}/{m}, 31-019 Kraków", "Vinohradská {n}, 120 00 Praha 2", "Währinger Straße {n}/{m}, 1090 Wien",
    "Universitätstrasse {n}, 8006 Zürich", "Rua da Prata {n}, {m}º Esq., 1100-419 Lisboa", "Rüütli {n}-{m}, 51007 Tartu",
    "Flat {m}, {n} Rathmines Road Upper, Dublin 6, D06 {E4}", "{n} Swanston Street, Carlton VIC 3053",
    "{n} West 10th Avenue, Vancouver, BC V6K 2H8",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "hotmail.se", "protonmail.com")  # fmt: skip
STUDENT_MAIL = ("student.example.se", "stud.example.se", "example.se", "uu.example.se", "lu.example.se", "example.ac.uk", "example.edu", "uni.example.de")  # fmt: skip
FUNCTIONS = (
    "bostad", "info", "antagning", "studievagledning", "kansliet", "kurator", "hyra", "felanmalan", "international",
    "exchange", "admissions", "housing", "accommodation", "registry", "studentservice", "inspektor", "klubbmastare",
)  # fmt: skip
ORG_MAIL = ("example.se", "nation.example.se", "kar.example.se", "bostad.example.se", "example.ac.uk", "example.edu", "example.de", "example.es")  # fmt: skip
TOWNS_EN = ("Toronto", "Munich", "Lyon", "Bologna", "Shanghai", "Pune", "Melbourne", "Austin", "Leeds", "Kraków", "Ghent", "Porto", "Osaka", "Santiago")  # fmt: skip


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
    """Every value of DL from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.abroad: list[str] = []

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
        ):  # Ann-Marie, Karl-Erik
            second = r.choice(SECOND_F if woman else SECOND_M)
            if second != given[0][0]:
                given.append((second, "head"))
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
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
            joint = "-" if roll < 0.025 else " "
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
        given = plain(person.first).lower().replace("-", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[:2]}{r.randrange(1000, 9999)}{surname[:2]}-s", f"{given}.{surname}.{r.randrange(1000, 9999)}"))  # fmt: skip
        return f"{local}@{r.choice(STUDENT_MAIL if r.random() < 0.45 else MAIL)}"

    def function_mail(self) -> str:
        return f"{self.rng.choice(FUNCTIONS)}@{self.rng.choice(ORG_MAIL)}"

    def digits(self, n: int, lead: bool = False) -> str:
        """`n` random digits; with `lead`, the first is no 0 (a subscriber number starts so)."""
        out = "".join(str(self.rng.randrange(10)) for _ in range(n))
        return str(self.rng.randrange(1, 10)) + out[1:] if lead else out

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8, lead=True)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            (
                "18",
                "46",
                "90",
                "13",
                "31",
                "40",
                "19",
                "21",
                "16",
                "54",
                "60",
                "26",
                "36",
                "11",
                "35",
            )
        )
        area3 = r.choice(
            (
                "920",
                "470",
                "480",
                "455",
                "380",
                "250",
                "498",
                "500",
                "510",
                "520",
                "550",
                "611",
                "622",
                "640",
                "660",
                "910",
                "950",
                "980",
            )
        )
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"), (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46 {m[1:]}-{d[:7]}"), (5, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{area2}-{d[:6]}"),
            (2, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"),
            (1, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"), (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"+46 (0){area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A switchboard's, an office's or a service's number."""
        r = self.rng
        d = self.digits(7, lead=True)
        area = r.choice(("18", "46", "90", "13", "31", "8", "19", "54", "920", "470"))
        shapes = (
            f"0{area}-{d[:3]} 00 00", f"0{area}-{d[:2]} {d[2:4]} 00", f"0{area}-{d[:3]} {d[3:5]} {d[5:7]}",
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}",
            f"+46 {area} {d[:3]} 00 00", f"+46 (0){area}-{d[:3]} {d[3:5]} {d[5:7]}", f"0{area} {d[:3]} 10 00",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_gb(self) -> str:
        r, d = self.rng, self.digits(8)
        return r.choice((
            f"07{d[:3]} {d[3:]}{r.randrange(10)}", f"+44 7{d[:3]} {d[3:]}{r.randrange(10)}", f"+44 (0)131 {d[:3]} {d[3:7]}",
            f"0131 {d[:3]} {d[3:7]}", f"020 {d[:4]} {d[4:8]}", f"0161 {d[:3]} {d[3:7]}", f"0113 {d[:3]} {d[3:7]}",
            f"01223 {d[:6]}", f"01865 {d[:6]}", f"0044 7{d[:3]} {d[3:]}{r.randrange(10)}", f"07{d[:3]}{d[3:]}{r.randrange(10)}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r, d = self.rng, self.digits(7, lead=True)
        area = r.choice(
            ("608", "734", "510", "617", "512", "206", "303", "607", "217", "919", "612", "541")
        )
        return r.choice((
            f"({area}) {d[:3]}-{d[3:]}", f"{area}-{d[:3]}-{d[3:]}", f"+1 {area} {d[:3]} {d[3:]}",
            f"{area}.{d[:3]}.{d[3:]}", f"1-{area}-{d[:3]}-{d[3:]}", f"+1 ({area}) {d[:3]}-{d[3:]}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"9{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}",
            f"+49 176 {d[:8]}", f"0176 {d[:8]}", f"+49 (0)6221 {d[:2]}-{d[2:6]}", f"0049 151 {d[:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+39 34{d[0]} {d[1:4]} {d[4:8]}", f"34{d[0]} {d[1:8]}", f"+31 6 {d[:8]}", f"06-{d[:8]}",
            f"+32 47{d[0]} {d[1:3]} {d[3:5]} {d[5:7]}", f"+48 60{d[0]} {d[1:4]} {d[4:7]}", f"60{d[0]}-{d[1:4]}-{d[4:7]}",
            f"+420 60{d[0]} {d[1:4]} {d[4:7]}", f"+43 664 {d[:7]}", f"0664 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"079 {d[:3]} {d[3:5]} {d[5:7]}", f"+351 91{d[0]} {d[1:4]} {d[4:7]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"087 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+44 7{d[:3]} {d[3:9]}", f"+1 (604) {d[:3]}-{d[3:7]}", f"+1 416 {d[:3]} {d[3:7]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}",
            f"04{d[:2]} {d[2:5]} {d[5:8]}", f"+81 90-{d[:4]}-{d[4:8]}", f"090-{d[:4]}-{d[4:8]}", f"+86 138 {d[:4]} {d[4:8]}",
            f"+91 98{d[:3]} {d[3:8]}", f"098{d[:3]} {d[3:8]}", f"+90 532 {d[:3]} {d[3:5]} {d[5:7]}", f"0532 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+964 770 {d[:3]} {d[3:7]}", f"+963 944 {d[:3]} {d[3:6]}", f"+252 61 {d[:7]}",
            f"+291 7 {d[:6]}", f"+66 81 {d[:3]} {d[3:7]}", f"081-{d[:3]}-{d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+93 70 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:7]}", f"067 {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `+` in the ten-digit form past a hundred."""
        r = self.rng
        if old:
            year = r.randrange(1919, 1927)
        elif r.random() < 0.75:
            year = r.randrange(1995, 2008)  # the students
        else:
            year = r.randrange(1950, 1995)  # parents, landlords, staff
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        sign = "+" if YEAR - year >= 100 else "-"
        roll = r.random()
        if old and roll < 0.8:
            return f"{date}+{serial}{check}"
        if roll < 0.35:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
            return f"{date}{sign}{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        if sign == "+":
            return f"{date}+{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.15:
            out += r.choice(("A", "B", "C", "D", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def postcode(self, low: int, high: int, rural: bool = False) -> str:
        r = self.rng
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return f"{r.randrange(low, high + 1)}{tail}"

    def postal(self, town: str, code: str) -> str:
        r = self.rng
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.07:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def flat(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.75:
            return f"{r.choice((' ', ', '))}lgh {r.randrange(10, 18)}{r.randrange(1, 20):02d}"
        if roll < 0.9:
            return f", {r.randrange(1, 7)} tr"
        return f", {r.randrange(1, 7)} tr, lgh {r.randrange(10, 18)}{r.randrange(1, 12):02d}"

    def sv_address(
        self, lines: bool = False, lgh: bool | None = False, rural: bool | None = None
    ) -> str:
        """A Swedish address: street or village, postcode, town; `lgh` True a flat always, None never."""
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        joint = "\n" if lines else ", "
        if rural:
            town, prefix = r.choice(RURAL_TOWNS)
            street = f"{r.choice(VILLAGES)} {r.randrange(1, 260)}"
            return f"{street}{joint}{self.postal(town, self.postcode(prefix, prefix, rural=True))}"
        town, low, high = r.choice(SV_TOWNS)
        street = self.sv_street()
        if lgh or (lgh is not None and r.random() < 0.15):
            street += self.flat()
        return f"{street}{joint}{self.postal(town, self.postcode(low, high))}"

    def stud_address(self, lines: bool = False, full: bool = True) -> str:
        """A room or flat in student housing: the street of a student area, lgh or rum, postcode."""
        r = self.rng
        town, low, high, streets = r.choice(STUDENT_TOWNS)
        street = r.choice(streets)
        if street == "Kungshamra":
            street = f"{street} {r.randrange(1, 90)}"
        else:
            street = f"{street} {r.randrange(1, 60)}{r.choice(('', '', 'A', 'B', 'C', 'D'))}"
        roll = r.random()
        if roll < 0.55:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 18)}{r.randrange(1, 25):02d}"
        elif roll < 0.75:
            street += f", rum {r.randrange(1, 5)}{r.randrange(1, 30):02d}"
        elif roll < 0.82:
            street += f", {r.randrange(1, 8)} tr"
        if not full:
            return street
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.postal(town, self.postcode(low, high))}"

    def box(self) -> str:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[:30])
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 999)}, {self.postal(town, self.postcode(low, high))}"
        if roll < 0.65:
            return f"Box {r.randrange(10, 999)}\n{self.postal(town, self.postcode(low, high))}"
        if roll < 0.85:
            return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.postal(town, self.postcode(low, high))}"
        return f"{self.sv_street()}\n{self.postal(town, self.postcode(low, high))}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"Room {r.randrange(1, 40)}, {r.choice(UK_HALLS)}, {r.choice(UK_STREETS)}"
        elif roll < 0.4:
            street = f"Flat {r.randrange(1, 12)}{r.choice(('', '/1', '/2', 'F'))}, {street}"
        elif roll < 0.5:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 4999)} {r.choice(US_STREETS)}"
        if r.random() < 0.4:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Apt.'))} {r.randrange(1, 40)}{r.choice(('', 'A', 'B'))}".replace(
                "# ", "#"
            )
        joint = "\n" if lines else ", "
        return f"{street}{joint}{town}, {state} {prefix}{r.randrange(1, 99):02d}"

    def abroad_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.abroad:  # a shuffled deck: every format before any comes again
            self.abroad = list(ABROAD)
            r.shuffle(self.abroad)
        out = self.abroad.pop().replace("{n}", str(r.randrange(1, 160)))
        out = re.sub(r"\{m\}", lambda _: str(r.randrange(1, 9)), out)
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = out.replace(
            "{E4}",
            r.choice("ACDEFHKNPRTVWXY")
            + str(r.randrange(10))
            + r.choice("ACDEFHKNPRTVWXY")
            + str(r.randrange(10)),
        )
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname and GU the given name in capitals, I an initial and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing
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
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(lgh=None, rural=False), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street() if r.random() < 0.6 else draw.stud_address(full=False), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "STUD": lambda: (draw.stud_address(), "ADDRESS"),
        "STUDL": lambda: (draw.stud_address(lines=True), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.3 else draw.stud_address(full=r.random() < 0.5) if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.abroad_address(), "ADDRESS"),
        "AXL": lambda: (draw.abroad_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHGB": lambda: (draw.phone_gb(), "PHONE"),
        "PHUSA": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "MAILF": lambda: (draw.function_mail(), "EMAIL"),
        "DATE": lambda: (r.choice((f"{YEAR}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/{YEAR}", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(8, 20)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "WEEK": lambda: (str(r.randrange(2, 52)), None),
        "AMT": lambda: (f"{r.randrange(800, 9800):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(95, 260)}", None),
        "USD": lambda: (f"${r.randrange(650, 2400):,}", None),
        "EUR": lambda: (f"{r.randrange(300, 3200)} €" if r.random() < 0.5 else f"€{r.randrange(300, 3200)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{YEAR}-{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"#{r.randrange(10000, 99999)}")), None),
        "OCR": lambda: (" ".join(draw.digits(4) for _ in range(3)) + f" {r.randrange(10)}", None),
        "COURSE": lambda: (r.choice((f"{r.randrange(1, 6)}{r.choice(('MA', 'FY', 'DV', 'KE', 'IS'))}{r.randrange(0, 999):03d}", f"{r.choice(('FMA', 'EDA', 'TEK', 'STK', 'NEK'))}{r.choice('ABN')}{r.randrange(10, 99)}", f"{r.choice(('ECON', 'PSYC', 'HIST', 'COMP'))}{r.randrange(1000, 4000)}")), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(TOWNS_EN), None),
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
    """DL's rows: every negative once, then positive rows from shuffled decks of each language's
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


PNR = re.compile(r"^(?:(\d{2}))?(\d{6})([-+]?)(\d{4})$")


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of DL is printed."""
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
                forms["address with lgh"] += "lgh" in value
                forms["address with rum"] += ", rum " in value
                forms["address with tr"] += " tr" in value
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address c/o before"] += (
                    text[max(0, span["start"] - 40) : span["start"]].rfind("c/o") >= 0
                )
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                pnr[
                    f"{len(digits)} digits {'with' if '-' in value or '+' in value else 'without'} separator"
                ] += 1
                pnr["with +"] += "+" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    total_spans = 0
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        total_spans += kinds[(kind, "all")]
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans in all: {total_spans}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    if draw is None:
        return
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    ids = Counter(row["id"] for row in rows)
    problems["duplicate ids"] = sum(n - 1 for n in ids.values() if n > 1)
    for row in rows:
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["keys"] += 1
        if row["split"] != SPLIT or row["lang"] not in SIZES:
            problems["split or lang"] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            if not 0 <= start < stop <= len(text):
                problems["out of bounds or empty"] += 1
                continue
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < end:
                problems["unsorted or overlapping"] += 1
            end = stop
            if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["kind"] += 1
            if span["kind"] == "NATIONAL_ID":
                match = PNR.match(value)
                if not match or luhn(match.group(2) + match.group(4)[:3]) != int(match.group(4)[3]):
                    problems["personnummer check digit"] += 1
    langs = Counter(row["lang"] for row in rows)
    if dict(langs) != SIZES:
        problems["sizes"] += 1
    stats(rows, None)
    print("check: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "no problems"))
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
