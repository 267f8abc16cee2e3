# ruff: noqa: E501
"""Generate held-out HK for personal-data detection (issue 15): names as the population has them,
a hundred-and-ninety-eighth writer. HK's names are drawn by how often people carry them
(`names_hk.py`: SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK,
the commonest names of the origins common in Sweden), 80% from the head of a list and 20% from its
tail, mixed by the language of the row; its genre (`templates_hk.py`) is solar panel installers
and energy advice: site surveys, grid connection forms, quotes, installer notes and homeowners'
e-mails. Written by a helper who does not tune the detector and who read only `generate_aw.py`
(for the mechanics), two sections of `docs/privacy.md` (AW's and CL's write-ups) and the first
line of `generated-heldout-u.jsonl`; not the detector, its lexicons or tests, nor any other set's
names, templates or rows. HK was never run through the detector by its writer. Stdlib only; one
seeded Random: same seed, same bytes.

    python data/pii/generate_hk.py                      # writes data/pii/generated-heldout-hk.jsonl
    python data/pii/generate_hk.py --stats              # counts only (sizes, forms, head/tail)
    python data/pii/generate_hk.py --check              # checks the written file, counts only
    python data/pii/generate_hk.py --seed 7 --out /tmp/hk7.jsonl   # a scratch seed
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

from names_hk import (  # noqa: E402
    HEAD_SHARE,
    HYPHEN_FIRST,
    HYPHEN_SECOND,
    MIXES,
    NICKNAMES,
    ORIGINS,
    Pool,
    feminine,
    plain,
)
from templates_hk import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270275
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hk.jsonl"
SPLIT = "heldout-hk"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, from the writer's knowledge of Swedish towns.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Nygatan", "Västra Storgatan", "Skolgatan",
    "Trädgårdsgatan", "Köpmangatan", "Fabriksgatan", "Tegelbruksgatan", "Birger Jarlsgatan",
    "Karlavägen", "Sveavägen", "Solvägen", "Solrosvägen", "Vintergatan", "Bäckvägen", "Lönnvägen",
    "Almvägen", "Hasselvägen", "Syrénvägen", "Vallmovägen", "Klövervägen", "Prästängsvägen",
    "Gamla Riksvägen", "Övre Vägen", "Kyrkvägen", "Bruksvägen", "Mossvägen", "Linvävarvägen",
    "Hagalundsvägen", "Rönnbärsvägen", "Sjöstigen", "Transtigen", "Lingonstigen", "Hallonstigen",
    "Kvarnstigen", "Solsvängen", "Hökesvängen", "Granitsvängen", "Kastanjesvängen", "Parkallé",
    "Lindallé", "Ekallén", "Pilallén", "Sandbacken", "Kyrkbacken", "Trädgårdsbacke", "Smedjebacken",
    "Bergsgårdsbacke", "Stortorget", "Fisktorget", "Nytorget", "Östra torg", "Gustaf Adolfs torg",
    "Sjöplan", "Skeppsbroplan", "Kyrkplan", "Mjölnargränd", "Bagargränd", "Repslagargränd",
    "Kopparslagargränd", "Norra Kajen", "Södra Kajen", "Hamnkajen", "Packhuskajen", "Tullkajen",
    "Solslingan", "Björkslingan", "Ängsgärdet", "Källgången", "Skogsbrynet", "Västra Ringvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Norrköping", 602, 603),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Gävle", 802, 806), ("Eskilstuna", 632, 635), ("Karlstad", 652, 656),
    ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Sundsvall", 852, 857), ("Luleå", 972, 975),
    ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Karlskrona", 371, 371),
    ("Uddevalla", 451, 451), ("Varberg", 432, 432), ("Nyköping", 611, 611), ("Visby", 621, 621),
    ("Ystad", 271, 271), ("Kungsbacka", 434, 434), ("Alingsås", 441, 441), ("Täby", 183, 187),
    ("Nacka", 131, 131), ("Huddinge", 141, 141), ("Lidingö", 181, 181), ("Ängelholm", 262, 262),
    ("Trelleborg", 231, 231), ("Vellinge", 235, 235), ("Katrineholm", 641, 641), ("Enköping", 745, 745),
    ("Piteå", 941, 941), ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 891), ("Hudiksvall", 824, 824),
    ("Sandviken", 811, 811), ("Ludvika", 771, 771), ("Köping", 731, 731), ("Mjölby", 595, 595),
    ("Västervik", 593, 593), ("Oskarshamn", 572, 572), ("Värnamo", 331, 331), ("Falkenberg", 311, 311),
    ("Båstad", 269, 269), ("Lidköping", 531, 531), ("Falköping", 521, 521), ("Karlskoga", 691, 691),
    ("Strängnäs", 645, 645), ("Kalix", 952, 952), ("Lycksele", 921, 921), ("Borgholm", 387, 387),
)  # fmt: skip
# Suburbs have no country routes; the other towns have rural postcodes too (`xxx 9x`).
SUBURBS = {"Täby", "Nacka", "Huddinge", "Lidingö"}
# Villages and hamlets as rural addresses name them (`Västanby 14`).
VILLAGES = (
    "Västanby", "Östanbäck", "Norrby", "Sörby", "Kyrkbyn", "Bergby", "Backa", "Hult", "Ängsby",
    "Lillån", "Storbyn", "Tallåsen", "Gärdet", "Nybyn", "Hagby", "Skattebyn", "Björkeberg", "Mossebo",
    "Ryd", "Kvarnbo", "Lövåsen", "Solberga", "Ekeby", "Brännan", "Granhult", "Rödmyra", "Sjöänden",
    "Älvsbyn", "Åkerholm", "Örby",
)  # fmt: skip
UK_TOWNS = (
    ("Exeter", "EX", 1, 6), ("Totnes", "TQ", 9, 9), ("Bath", "BA", 1, 2), ("Norwich", "NR", 1, 7),
    ("Cambridge", "CB", 1, 5), ("York", "YO", 1, 32), ("Brighton", "BN", 1, 3), ("Cardiff", "CF", 10, 24),
    ("Bristol", "BS", 1, 16), ("Leeds", "LS", 1, 17), ("Oxford", "OX", 1, 4), ("Truro", "TR", 1, 1),
    ("Penzance", "TR", 18, 20), ("Glasgow", "G", 1, 42), ("Edinburgh", "EH", 1, 17), ("Aberdeen", "AB", 10, 25),
    ("Canterbury", "CT", 1, 2), ("Lincoln", "LN", 1, 6), ("Stroud", "GL", 5, 6), ("Frome", "BA", 11, 11),
)  # fmt: skip
UK_STREETS = (
    "Meadow Way", "Orchard Road", "Church Street", "Station Road", "The Crescent", "Mill Lane",
    "Victoria Street", "Granary Close", "Sunnyside Road", "Beech Avenue", "Coronation Road",
    "Fore Street", "Kingsway", "Harbour View", "Windmill Hill", "Park Terrace", "Chapel Street",
)  # fmt: skip
UK_HOUSES = ("Swallow Cottage", "The Old Barn", "Greystones", "Long Meadow", "Holly House", "Brook Farm", "The Coach House")  # fmt: skip
US_STREETS = (
    "E Broadway Blvd", "N Campbell Ave", "Sunset Drive", "S Lamar Blvd", "Pearl Street",
    "Mesa Verde Ct", "W Alameda Ave", "Citrus Grove Ln", "Desert Willow Rd", "Main St", "Canyon View Dr",
)  # fmt: skip
US_TOWNS = (
    ("Tucson", "AZ", 857), ("Phoenix", "AZ", 850), ("Sacramento", "CA", 958), ("San Diego", "CA", 921),
    ("Austin", "TX", 787), ("Denver", "CO", 802), ("Boulder", "CO", 803), ("Orlando", "FL", 328),
    ("Las Vegas", "NV", 891), ("Albuquerque", "NM", 871), ("Fresno", "CA", 937), ("Raleigh", "NC", 276),
)  # fmt: skip
EUROPE = (
    "Sonnenstraße {n}, {z5:79098-79117} Freiburg im Breisgau", "Am Weinberg {n}, {z5:97070-97084} Würzburg",
    "Zonnebloemstraat {n}, {z4:3511-3585} {L2} Utrecht", "Calle del Sol {n}, {m}º B, {z5:41001-41020} Sevilla",
    "Solvej {n}, {m}. th., {z4:8000-8000} Aarhus C", "Solveien {n}, {z4:0680-0690} Oslo",
    "Aurinkotie {n} A {m}, {z5:00200-00990} Helsinki", "{n} rue du Soleil, {z5:34000-34090} Montpellier",
    "ul. Słoneczna {n}/{m}, 30-{z3:001-999} Kraków", "Rua do Sol {n}, {z4:1200-1299}-{z3:100-299} Lisboa",
    "Sonnenweg {n}, {z4:6020-6020} Innsbruck", "Bahnhofstrasse {n}, {z4:8001-8008} Zürich",
    "Zonnestraat {n}, {z4:9000-9000} Gent", "Päikese tn {n}, {z5:10111-13999} Tallinn",
    "Via del Sole {n}, {z5:40121-40141} Bologna",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bahnhof.se", "spray.se", "hotmail.se")  # fmt: skip
MAIL_EN = ("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "comcast.net", "icloud.com", "hotmail.co.uk", "aol.com")  # fmt: skip
WORK = ("example.se", "solenergi.example.se", "elnat.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
FIRM_BOXES = ("info", "offert", "kundservice", "support", "service", "installation", "hello", "sales", "order", "natanslutning", "energiradgivning", "survey")  # fmt: skip
FIRMS_SV = (
    "Solkraft Mälardalen AB", "Norrsol AB", "Takenergi i Väst", "SolRätt Installation AB",
    "Ljusgården Energi", "Sydsol Montage AB", "Fjällsol Elteknik", "Klarsol AB", "Energitaket",
    "Solhuset Syd", "Gröna Tak Sverige AB", "Elkraft Bergslagen",
)  # fmt: skip
FIRMS_EN = (
    "Brightroof Solar Ltd", "Sunward Renewables", "Meadowlight Energy", "Clearsky Installs",
    "Greenridge Solar LLC", "Solstice Roofing & Solar", "Harbour Energy Services", "Peak Sun Co.",
)  # fmt: skip
GRIDS_SV = (
    "Ellevio", "Vattenfall Eldistribution", "E.ON Energidistribution", "Jämtkraft Elnät",
    "Mälarenergi Elnät", "Göteborg Energi Elnät", "Skellefteå Kraft Elnät", "Tekniska verken Elnät",
)  # fmt: skip
DNOS = ("UK Power Networks", "Northern Powergrid", "SP Energy Networks", "National Grid Electricity Distribution", "SSEN", "Electricity North West")  # fmt: skip
UTILITIES = ("Tucson Electric Power", "Xcel Energy", "Austin Energy", "SMUD", "Arizona Public Service", "Duke Energy", "NV Energy", "PNM")  # fmt: skip
# Swedish area codes without the 0: two digits (cities) and three (towns and the countryside).
AREAS_2 = ("31", "40", "18", "13", "19", "21", "16", "54", "90", "63", "35", "36", "46", "11", "60")  # fmt: skip
AREAS_3 = ("150", "171", "240", "250", "290", "300", "346", "380", "410", "454", "470", "480", "498", "510", "522", "570", "586", "611", "640", "660", "680", "910", "920", "950", "980")  # fmt: skip
PROPERTIES = ("Hagby", "Solrosen", "Kvarnen", "Ekeby", "Lärkan", "Spoven", "Tallen", "Björkhagen", "Mossen", "Vindruvan")  # fmt: skip


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
    """Every value of HK from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and given[0][0] in HYPHEN_FIRST[woman] and r.random() < 0.2:  # Eva-Lena
            second = r.choice(HYPHEN_SECOND[woman])
            if second != given[0][0]:
                given.append((second, "head"))
        middle: list[Word] = []
        if r.random() < {"swedish": 0.55, "us": 0.45, "uk": 0.35}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.06:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.035 else " "
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
        given = plain(person.first).lower().replace("-", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        home = MAIL_EN if self.lang == "en" else MAIL
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else home)}"

    def firm_email(self) -> str:
        r = self.rng
        return f"{r.choice(FIRM_BOXES)}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile, landline or a firm's, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2, a3 = r.choice(AREAS_2), r.choice(AREAS_3)
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:3]} {d[3:7]}"),
            (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:7]}"),
            (2, f"+46 {m[1:]}-{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{a2}{d[:7]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"),
            (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"010-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"020-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0771-{d[:3]} {d[3:6]}"), (1, f"0200-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"+47 4{d[0]} {d[1:3]} {d[3:5]} {d[5:7]}", f"22 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 2{d[0]} {d[1:3]} {d[3:5]} {d[5:7]}", f"0045 {d[:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"+358 9 {d[:4]} {d[4:8]}",
            f"+49 151 {d[:8]}", f"0151 {d[:8]}", f"+49 (0)761 {d[:6]}", f"0761 / {d[:2]} {d[2:4]} {d[4:6]}",
            f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"020 7946 0{d[:3]}", f"+44 (0)1392 {d[:6]}",
            f"01803 {d[:6]}", f"0044 131 496 0{d[:3]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"087 {d[:3]} {d[3:7]}",
            f"+1 (520) 555-0{d[:3]}", f"(303) 555-01{d[:2]}", f"512-555-0{d[:3]}", f"+1 916 555 0{d[:3]}",
            f"+34 6{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 952 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+351 91{d[0]} {d[1:4]} {d[4:7]}", f"+31 6 {d[:8]}", f"06-{d[:8]}", f"+31 (0)30 {d[:3]} {d[3:7]}",
            f"+32 47{d[0]} {d[1:3]} {d[3:5]} {d[5:7]}", f"+48 60{d[0]} {d[1:4]} {d[4:7]}", f"60{d[0]}-{d[1:4]}-{d[4:7]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+39 34{d[0]} {d[1:4]} {d[4:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+43 664 {d[:7]}",
            f"+86 138 {d[:4]} {d[4:8]}", f"+86 21 {d[:4]} {d[4:8]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+90 53{d[0]} {d[1:4]} {d[4:6]} {d[6:8]}", f"+964 770 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+66 81 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        """A British number as people there write it."""
        r = self.rng
        d = self.digits(9)
        return r.choice((
            f"07{r.choice('4579')}{d[:2]} {d[2:8]}", f"+44 7{r.choice('4579')}{d[:2]} {d[2:8]}", f"07700 900{d[:3]}", f"+44 (0)1392 {d[:6]}",
            f"01803 {d[:6]}", f"020 7946 0{d[:3]}", f"0117 496 0{d[:3]}", f"0131 496 0{d[:3]}",
            f"029 20{d[:2]} {d[2:6]}", f"01865 {d[:6]}", f"0044 7700 900{d[:3]}", f"(01603) {d[:6]}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        """An American number as people there write it."""
        r = self.rng
        d = self.digits(4)
        area = r.choice(
            ("520", "602", "916", "619", "512", "303", "720", "407", "702", "505", "559", "919")
        )
        return r.choice((
            f"({area}) 555-0{d[:3]}", f"+1 {area}-555-0{d[:3]}", f"{area}.555.01{d[:2]}", f"{area}-555-0{d[:3]}",
            f"+1 ({area}) 555-0{d[:3]}", f"1-{area}-555-01{d[:2]}",
        ))  # fmt: skip

    def national_id(self, century: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen,
        and `+` in the 10-digit form for someone past a hundred."""
        r = self.rng
        year = r.randrange(1921, 1927) if century else r.randrange(1921, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        old = year <= 2027 - 100
        roll = 0.5 if century else r.random()
        if roll < 0.38:
            self.forms["personnummer 12 digits, hyphen"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.48:
            self.forms["personnummer 12 digits"] += 1
            return f"{year // 100}{date}{serial}{check}"
        if roll < 0.9 or old:
            sign = "+" if old else "-"
            self.forms[f"personnummer 10 digits, {sign}"] += 1
            return f"{date}{sign}{serial}{check}"
        self.forms["personnummer 10 digits"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        """Postcode and town: a town's range, a rural route ending in 9x, some with `SE-`."""
        r = self.rng
        town, low, high = r.choice(
            [t for t in SV_TOWNS[3:] if t[0] not in SUBURBS] if rural else SV_TOWNS
        )
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        code = f"{r.randrange(low, high + 1)}{tail}"
        roll = r.random()
        if roll < 0.8:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.9:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 180)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.25
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.1):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.05:
            street += f", {r.randrange(1, 7)} tr"
        return f"{street}{chr(10) if lines else ', '}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 1999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 1999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, low, high = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(low, high + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 20)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(100, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', 'Ste'))} {r.randrange(2, 40)}"
        return f"{street}{chr(10) if lines else ', '}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 120)))
        out = out.replace("{m}", str(r.randrange(1, 6)))
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    def kwp(self) -> str:
        value = f"{self.rng.randrange(30, 260) / 10:.1f} kWp"
        return value if self.lang == "en" else value.replace(".", ",")

    def kwh(self) -> str:
        value = f"{self.rng.randrange(1800, 24000):,} kWh"
        return value if self.lang == "en" else value.replace(",", " ")


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname and GU the given name in capitals (forms with separate fields), I an initial and the
    surname, Gi the given name and the surname's initial, R `Surname, Given`, E an e-mail address.
    A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base in ("S", "s", "SU"):
        words = surname
        value = (
            person.last.lower()
            if base == "s"
            else person.last.upper()
            if base == "SU"
            else person.last
        )
    elif base == "GU":
        words, value = given + middle, " ".join([person.first] + [w for w, _ in middle]).upper()
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "GU", "I", "Gi", "R", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AT": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(century=True), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 18)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 53)), None),
        "PAN": lambda: (str(r.randrange(8, 44)), None),
        "AMT": lambda: (f"{r.randrange(2500, 340000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(300, 16000):,}", None),
        "USD": lambda: (f"${r.randrange(900, 42000):,}", None),
        "EUR": lambda: (f"€{r.randrange(200, 19000)}", None),
        "KWP": lambda: (draw.kwp(), None),
        "KWH": lambda: (draw.kwh(), None),
        "DEG": lambda: (f"{r.randrange(12, 46)}°", None),
        "AMP": lambda: (f"{r.choice((16, 20, 25, 35))} A", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}", f"SOL-{r.randrange(2026, 2028)}-{r.randrange(1, 999):03d}")), None),
        "OFF": lambda: (r.choice((f"OF-2027-{r.randrange(1, 999):04d}", f"Q-{r.randrange(10000, 99999)}", f"{r.randrange(27000, 27999)}")), None),
        "ANL": lambda: (f"735999{draw.digits(12)}", None),
        "MPAN": lambda: (f"{r.randrange(10, 24)} {draw.digits(4)} {draw.digits(4)} {draw.digits(3)}", None),
        "ORG": lambda: (f"55{draw.digits(4)}-{draw.digits(4)}", None),
        "FAST": lambda: (f"{r.choice(PROPERTIES)} {r.randrange(1, 12)}:{r.randrange(1, 140)}", None),
        "FIRM": lambda: (r.choice(FIRMS_EN) if en else r.choice(FIRMS_SV), None),
        "GRID": lambda: (r.choice(DNOS + UTILITIES) if en else r.choice(GRIDS_SV), None),
        "DNO": lambda: (r.choice(DNOS), None),
        "UTIL": lambda: (r.choice(UTILITIES), None),
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
    """HK's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of HK is printed."""
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
                forms["lower-case one word"] += value.islower() and " " not in value
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
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
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
    print(
        "personnummer: "
        + ", ".join(
            f"{k[13:]} {v}" for k, v in sorted(draw.forms.items()) if k.startswith("personnummer")
        )
    )
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


KEYS = ["id", "split", "lang", "text", "spans"]  # as generated-heldout-u.jsonl has them
PNR = re.compile(r"(?:\d{2})?(\d{6})[-+]?(\d{3})(\d)")


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_seen = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            problems["keys not as heldout-u's"] += list(row) != KEYS
            problems["id twice"] += row["id"] in ids
            ids.add(row["id"])
            problems["split"] += row["split"] != SPLIT
            problems["lang"] += row["lang"] not in SIZES
            text, end = row["text"], 0
            for span in row["spans"]:
                spans_seen += 1
                start, stop = span["start"], span["end"]
                value = text[start:stop]
                problems["empty or out of bounds"] += not (0 <= start < stop <= len(text))
                problems["whitespace at an edge"] += value != value.strip()
                problems["unsorted or overlapping"] += start < end
                end = max(end, stop)
                if span["kind"] == "NATIONAL_ID":
                    match = PNR.fullmatch(value)
                    problems["personnummer check digit"] += not match or luhn(
                        match.group(1) + match.group(2)
                    ) != int(match.group(3))
    print(f"{path.name}: {rows} rows, {spans_seen} spans, {len(ids)} distinct ids")
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return 1 if bad else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.check:
        sys.exit(check(args.out))
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
