# ruff: noqa: E501
"""Generate held-out GY for personal-data detection (issue 15): names as the population has them,
a hundred-and-eighty-sixth writer. GY's names are drawn by how often people really carry them
(`names_gy.py`: SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK,
the commonest names of the origins common in Sweden), 80% from the head of a list and 20% from its
tail, mixed by the language of the row roughly as Sweden's population is. The genre is conscription
and military service (`templates_gy.py`): enlistment tests and call-up letters, home guard units,
duty rosters, leave requests, veterans' associations and next-of-kin contacts. Written by a helper
who does not tune the detector and who read only `generate_aw.py` (for the mechanics: the seeded
`Draw`, the slot filler, the row format, `--stats`), two write-ups of earlier sets in
`docs/privacy.md` and the first line of `generated-heldout-u.jsonl`; not the detector, its
lexicons, tests or any error listing, nor any other set's names, templates or rows. GY was never
run through the detector by its writer and its names were not checked against rung's lexicons.
Stdlib only; one seeded Random: same seed, same bytes.

    python data/pii/generate_gy.py           # writes data/pii/generated-heldout-gy.jsonl
    python data/pii/generate_gy.py --stats   # counts only
    python data/pii/generate_gy.py --check   # checks the written file, counts only
    python data/pii/generate_gy.py --seed 7 --out /tmp/gy-7.jsonl   # a scratch seed
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

from names_gy import (  # noqa: E402
    HEAD_SHARE,
    HYPHEN_SECOND,
    MIXES,
    NICKNAMES,
    ORIGINS,
    Pool,
    feminine,
    masculine,
    plain,
)
from templates_gy import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270263
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gy.jsonl"
SPLIT = "heldout-gy"
KEYS = ["id", "split", "lang", "text", "spans"]

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, garrison towns' streets among them.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Nygatan",
    "Regementsgatan", "Kaserngatan", "Artillerigatan", "Exercisgatan", "Garnisonsgatan", "Hamngatan",
    "Tullgatan", "Östra Storgatan", "Västra Vallgatan", "Norra Långgatan", "Köpmangatan", "Trädgårdsgatan",
    "Kasernvägen", "Dragonvägen", "Husarvägen", "Kavallerivägen", "Flottiljvägen", "Soldatvägen",
    "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lindvägen", "Ängsvägen", "Granvägen",
    "Ekvägen", "Åsvägen", "Kvarnvägen", "Gamla Landsvägen", "Älvvägen", "Idrottsvägen", "Parkvägen",
    "Ekorrsvängen", "Lingonsvängen", "Kvarnsvängen", "Tallsvängen", "Lindallén", "Kastanjeallén",
    "Björkallé", "Lasarettsallén", "Kvarnbacken", "Slottsbacken", "Ekbacken", "Garvarbacken",
    "Solbacken", "Lärkstigen", "Hagtornsstigen", "Tallstigen", "Blåbärsstigen", "Fältjägarstigen",
    "Stortorget", "Lilla torg", "Järntorget", "Fisktorget", "Brunnsplan", "Kyrkplan", "Mästarplan",
    "Stationsplan", "Smedjegränd", "Kyrkogränd", "Tullgränd", "Mjölnargränd", "Hamnkajen",
    "Skeppsbrokajen", "Norra kajen", "Södra kajen", "Kanalkajen", "Strandvägen", "Sjövägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes; garrison towns first.
SV_TOWNS = (
    ("Boden", 961, 961), ("Skövde", 541, 541), ("Kristinehamn", 681, 681), ("Eksjö", 575, 575),
    ("Karlsborg", 546, 546), ("Enköping", 745, 745), ("Arvidsjaur", 933, 933), ("Östersund", 831, 832),
    ("Sollefteå", 881, 881), ("Visby", 621, 622), ("Karlskrona", 371, 371), ("Ronneby", 372, 372),
    ("Lidköping", 531, 531), ("Uddevalla", 451, 451), ("Halmstad", 302, 305), ("Luleå", 972, 975),
    ("Kiruna", 981, 981), ("Falun", 791, 791), ("Södra Sandby", 247, 247), ("Kungsängen", 196, 196),
    ("Västerhaninge", 137, 137), ("Strängnäs", 645, 645), ("Kalmar", 392, 393), ("Linköping", 582, 589),
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 752, 757),
    ("Örebro", 702, 703), ("Västerås", 722, 724), ("Umeå", 903, 907), ("Gävle", 802, 806),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Sundsvall", 852, 857), ("Jönköping", 553, 556),
    ("Norrköping", 602, 603), ("Helsingborg", 252, 256), ("Borås", 503, 507), ("Eskilstuna", 632, 635),
    ("Trollhättan", 461, 462), ("Skellefteå", 931, 932), ("Haparanda", 953, 953), ("Gällivare", 982, 982),
    ("Mora", 792, 792), ("Ludvika", 771, 771), ("Hudiksvall", 824, 824), ("Örnsköldsvik", 891, 892),
    ("Piteå", 941, 943), ("Lycksele", 921, 921), ("Vilhelmina", 912, 912), ("Kramfors", 872, 872),
    ("Sveg", 842, 842), ("Torsby", 685, 685), ("Arvika", 671, 671), ("Tranås", 573, 573),
    ("Ystad", 271, 271), ("Kristianstad", 291, 291), ("Motala", 591, 591), ("Nyköping", 611, 611),
    ("Norrtälje", 761, 761), ("Sala", 733, 733),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Västanbyn 24`).
VILLAGES = (
    "Norrbyn", "Sörbyn", "Västanbyn", "Östanbyn", "Storbyn", "Lillbyn", "Bäckby", "Hällby", "Åsen",
    "Backen", "Myrbacka", "Kläppen", "Bergsbyn", "Kvarnå", "Nybyn", "Övre Bygden", "Nedre Bygden",
    "Lomtjärn", "Sandåker", "Holmträsk", "Granlunda", "Östergården", "Västergården", "Skogstorp",
)  # fmt: skip
# Places with a number that are no address: property designations.
PROPERTIES = ("Kronoby 3:14", "Lövsta 1:7", "Norrbyn 12:3", "Granlunda 2:41", "Hällby 5:2", "Skogstorp 1:19")  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Queens Road", "Kings Road", "Victoria Road",
    "The Crescent", "Park Avenue", "Garrison Road", "Barrack Road", "Coronation Street", "Meadow Close",
    "Orchard Way", "Chapel Street", "Market Street", "North Road", "London Road", "The Parade", "Elm Grove",
)  # fmt: skip
UK_TOWNS = (
    ("Aldershot", "GU", 11, 12), ("Catterick Garrison", "DL", 9, 9), ("Tidworth", "SP", 9, 9),
    ("Colchester", "CO", 1, 4), ("Plymouth", "PL", 1, 9), ("Portsmouth", "PO", 1, 6), ("Brecon", "LD", 3, 3),
    ("Lincoln", "LN", 1, 6), ("York", "YO", 1, 32), ("Edinburgh", "EH", 1, 17), ("Cardiff", "CF", 10, 24),
    ("Belfast", "BT", 1, 17), ("Salisbury", "SP", 1, 5), ("Hereford", "HR", 1, 4), ("Inverness", "IV", 1, 3),
    ("Leeds", "LS", 1, 28), ("Manchester", "M", 1, 40), ("Bristol", "BS", 1, 16), ("Glasgow", "G", 1, 42),
    ("Chatham", "ME", 4, 5), ("Lichfield", "WS", 13, 14), ("Warminster", "BA", 12, 12),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Forge", "Hill Farm", "The Lodge", "Orchard House", "Ivy Cottage", "The Old School House")  # fmt: skip
US_STREETS = (
    "Main Street", "Oak Street", "Maple Avenue", "Elm Street", "Pine Street", "Cedar Lane", "Lakeview Drive",
    "Hillcrest Drive", "Sunset Drive", "Park Avenue", "Church Street", "Mill Road", "Spring Street",
    "Willow Court", "Ridge Road", "Veterans Parkway", "Country Club Road", "Second Street",
)  # fmt: skip
US_TOWNS = (
    ("Fayetteville", "NC", 283), ("Killeen", "TX", 765), ("Colorado Springs", "CO", 809), ("Clarksville", "TN", 370),
    ("Jacksonville", "NC", 285), ("San Diego", "CA", 921), ("Norfolk", "VA", 235), ("Columbus", "GA", 319),
    ("El Paso", "TX", 799), ("Tacoma", "WA", 984), ("Minneapolis", "MN", 554), ("Duluth", "MN", 558),
    ("Watertown", "NY", 136), ("Junction City", "KS", 664), ("Lawton", "OK", 735), ("Fargo", "ND", 581),
)  # fmt: skip
EUROPE = (
    "Bahnhofstraße {n}, {z5:30159-30179} Hannover", "Lindenallee {n}, {z5:14467-14482} Potsdam",
    "Am Exerzierplatz {n}, {z5:24103-24149} Kiel", "{n} rue des Lilas, {z5:75019-75020} Paris",
    "{n} rue de la Gare, {z5:67000-67200} Strasbourg", "Kasarmikatu {n} A {m}, {z5:00130-00140} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33200} Tampere", "Rantakatu {n} B {m}, {z5:90100-90130} Oulu",
    "Storgata {n}, {z4:9008-9019} Tromsø", "Sjøgata {n}, {z4:8006-8010} Bodø", "Kongens gate {n}, {z4:7011-7013} Trondheim",
    "Vestergade {n}, {m}. th., 8000 Aarhus C", "Nørregade {n}, 5000 Odense C", "Narva mnt {n}-{m}, {z5:10117-10152} Tallinn",
    "Brīvības iela {n}-{m}, Rīga, LV-{z4:1010-1050}", "Laisvės al. {n}, LT-{z5:44001-44310} Kaunas",
    "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk", "ul. Polna {n}, 00-{z3:600-699} Warszawa",
    "Dorpsstraat {n}, {z4:3732-3739} {L2} De Bilt", "Via del Porto {n}, {z5:57121-57128} Livorno",
    "Calle Mayor {n}, {m}º, 28013 Madrid", "Bahnhofstrasse {n}, 8001 Zürich", "Hauptplatz {n}, 8010 Graz",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband.net", "protonmail.com")  # fmt: skip
WORK = ("mil.example.se", "hv.example.se", "example.se", "example.org", "example.com", "mod.example.co.uk", "army.example.mil", "veteran.example.se")  # fmt: skip
FUNC = (
    "expedition", "vaxel", "rekrytering", "hemvarnet", "kansli", "info", "kontakt", "anhorig", "personal",
    "permission", "s1", "registrator", "medlem", "kassor", "kamratforeningen", "enrolment", "welfare",
    "adjutant", "nok", "recruiting", "membership", "secretary", "orderly.room", "monstring", "utbildning",
)  # fmt: skip
AREA3 = ("921", "500", "550", "381", "505", "171", "960", "620", "498", "455", "457", "510", "522", "920", "980", "645", "480", "250", "910", "660")  # fmt: skip
AREA2 = ("63", "35", "23", "46", "31", "40", "18", "13", "19", "21", "16", "54", "90", "26", "60")  # fmt: skip


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
    """Every value of GY from one seeded Random; counts the head/tail split, origins and forms."""

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

    def given_names(self, key: str, woman: bool) -> tuple[list[Word], list[Word]]:
        r = self.rng
        pool = ORIGINS[key].given_f if woman else ORIGINS[key].given_m
        given = [self.pick(pool)]
        if (
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.04
        ):  # Karl-Erik, Anna-Lena
            first = r.choices(pool.names[:60], weights=pool.weights[:60])[0]  # common first halves
            second = r.choice(HYPHEN_SECOND["f" if woman else "m"])  # the second names that pair up
            if second != first and "-" not in first:
                given = [(first, "head"), (second, "head")]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "nordic": 0.3, "german": 0.2}.get(
            key, 0.05
        ):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        return given, middle

    def person(self, woman: bool | None) -> Person:
        r = self.rng
        mix = MIXES[self.lang]
        key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        given, middle = self.given_names(key, woman)
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
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
        if key == "polish" and woman:
            surname = [(feminine(w), p) for w, p in surname]
        return Person(woman, key, given, surname, middle, joint)

    def kin(self, of: Person, woman: bool | None) -> Person:
        """A next of kin who carries `of`'s surname: a parent, a spouse, a brother or sister."""
        r = self.rng
        self.origins[of.origin] += 1
        if woman is None:
            woman = r.random() < 0.5
        for _ in range(5):  # a kin's given name is not the person's own
            given, middle = self.given_names(of.origin, woman)
            if given != of.given:
                break
        surname = list(of.surname)
        if of.origin == "polish":
            surname = [((feminine if woman else masculine)(w), p) for w, p in surname]
        if (
            of.origin == "latin" and len(surname) == 2 and r.random() < 0.5
        ):  # a parent: the father's name first
            surname = [surname[0], self.pick(ORIGINS["latin"].surnames)]
            if surname[0][0] == surname[1][0]:
                surname.pop()
        if (
            of.origin in ("eritrean", "somali") and r.random() < 0.6
        ):  # a sibling or child: the father's own name
            surname = [self.pick(ORIGINS[of.origin].surnames)]
        self.forms["kin"] += 1
        return Person(woman, of.origin, given, surname, middle, of.joint)

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

        def local(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given, surname = local(person.first), local(person.surname[0][0])
        shape = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{shape}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def func_email(self) -> str:
        return f"{self.rng.choice(FUNC)}@{self.rng.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2, a3 = r.choice(AREA2), r.choice(AREA3)
        shapes = (
            (14, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m}-{d[:3]} {d[3:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (3, f"+46{m[1:]}{d[:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (5, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08/{d[:3]} {d[3:6]} {d[6:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (4, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 {a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (6, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"(0{a3}) {d[:3]} {d[3:5]}"), (1, f"0{a3}{d[:6]}"), (2, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self) -> str:
        """A number from abroad, as people there write it, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"+358 9 {d[:4]} {d[4:7]}",
            f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"01252 {d[:6]}", f"+44 (0)1748 {d[:6]}", f"020 7946 0{d[:3]}",
            f"0044 1980 {d[:6]}", f"+1 (910) 555-0{d[:3]}", f"(254) 555-0{d[:3]}", f"910-555-0{d[:3]}", f"+1 706 555 0{d[:3]}",
            f"+49 171 {d[:7]}", f"030 {d[:8]}", f"+49 (0)30 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+371 2{d[:3]} {d[3:7]}", f"+370 6{d[:2]} {d[2:7]}",
            f"+31 6 {d[:8]}", f"06-{d[:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+252 61 {d[:7]}", f"+380 67 {d[:3]} {d[3:7]}",
            f"+93 70 {d[:3]} {d[3:7]}", f"+961 3 {d[:3]} {d[3:6]}", f"+223 7{d[:1]} {d[1:3]} {d[3:5]} {d[5:7]}", f"+383 44 {d[:3]} {d[3:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, age: str = "adult") -> str:
        """A personnummer with a valid check digit: a conscript's, an adult's or a veteran's past a hundred."""
        r = self.rng
        year = {"young": (2008, 2010), "adult": (1946, 2008), "old": (1918, 1926)}[age]
        year_n = r.randrange(*year)
        date = f"{year_n % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if age == "old":
            if roll < 0.6:
                self.forms["pnr +"] += 1
                return f"{date}+{serial}{check}"
            return (
                f"{year_n}{date[2:]}-{serial}{check}"
                if roll < 0.85
                else f"{year_n}{date[2:]}{serial}{check}"
            )
        if roll < 0.4:
            return f"{year_n // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year_n // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.13:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        roll = r.random()
        if roll < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.1:
            out = f"SE-{code[:3]} {code[3:]} {town}"
        elif roll < 0.12:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.25
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        joint = "\n" if lines else " " if r.random() < 0.12 else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        joint = "\n" if lines else ", "
        return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, low, high = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(low, high + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.15:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 24)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street += f", {r.choice(('Apt', 'Unit', 'Apt.'))} {r.randrange(2, 40)}{r.choice(('', '', 'B'))}"
        elif roll < 0.27:
            street = f"PO Box {r.randrange(100, 9999)}"
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


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


PERSON_FORMS = {
    "P",
    "p",
    "U",
    "F",
    "G",
    "g",
    "GU",
    "GM",
    "N",
    "n",
    "S",
    "s",
    "SU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p in lower case, U in capitals, F with middle names, G/g the given name (sometimes
    its short form), GU in capitals, GM the given and middle names, N/n the short form where the name has one, S/s the surname, SU
    in capitals, I initials and the surname, Gi the given name and the surname's initial, R
    `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for a Swedish
    genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english else form
    swedish = base not in PERSON_FORMS and base.endswith("s") and base[:-1] in PERSON_FORMS
    base = base[:-1] if swedish else base
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base == "GM":  # forenames: given and middle names
        words = given + middle
        value = " ".join([person.first] + [w for w, _ in middle])
    elif base in ("G", "g", "GU", "N", "n"):
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
        initials = "-".join(p[0] for p in person.first.split("-")) + "."
        if middle and draw.rng.random() < 0.4:
            initials += f" {middle[0][0][0]}."
        value = f"{initials} {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base in ("R", "RU"):
        words = given + surname
        value = f"{person.last.upper() if base == 'RU' else person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if english or swedish:
        segments.append((genitive(value, english), None))
    return segments


SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?:@(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), r.choice(SV_STREETS))) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRY": lambda: (draw.national_id("young"), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id("old"), "NATIONAL_ID"),
        "EF": lambda: (draw.func_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day} {MONTHS['en'][month - 1][:3]} 27")), None),
        "YEAR": lambda: (str(r.randrange(1952, 2024)), None),
        "TIME": lambda: (f"{r.randrange(5, 22)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "HHMM": lambda: (f"{r.randrange(0, 24):02d}{r.choice(('00', '30', '15', '45'))}", None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(120, 9000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(20, 900)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(25, 1800)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(2026, 2028)}/{r.randrange(1000, 99999)}", f"FM{r.randrange(2026, 2028)}-{r.randrange(1000, 29999)}:{r.randrange(1, 9)}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 99999)}")), None),
        "REG": lambda: (r.choice(("I 19", "P 4", "P 7", "P 18", "K 3", "K 4", "A 9", "Lv 6", "Ing 2", "Amf 1", "I 1", "I 21", "I 5", "F 7", "F 17", "F 21", "LedR", "TrängR")), None),
        "SVCNO": lambda: (r.choice((f"{r.randrange(24, 31)}{r.randrange(100000, 999999)}", f"C{r.randrange(1000000, 9999999)}")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "PROP": lambda: (r.choice(PROPERTIES), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
    }  # fmt: skip
    return [values[form]()]


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, kin_of, gender = match.group(1), match.group(2), match.group(3), match.group(4)
        base = form.rstrip("'")
        if base not in PERSON_FORMS and base.endswith("s") and base[:-1] in PERSON_FORMS:
            base = base[:-1]
        if base in PERSON_FORMS:
            woman = {"f": True, "m": False}.get(gender or "")
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.kin(people[kin_of], woman) if kin_of else draw.person(woman)
                if ref:
                    people[ref] = person
            segments = person_segments(form, person, draw)
        else:
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """GY's rows: every negative once, then positive rows from shuffled decks of each language's
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
    negatives = set(NEGATIVES)
    seen: set[str] = set()
    rows: list[dict[str, object]] = []
    for lang, template in plan:
        draw.lang = lang
        for _ in range(20):
            text, spans = fill(template, draw)
            if text not in seen:
                break
        seen.add(text)
        assert ((lang, template) in negatives) == (not spans), template
        rows.append({
            "id": f"gen-heldout-gy-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of GY is printed."""
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
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] in "(["
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += "Box" in value
                forms["address SE-"] += "SE-" in value
                forms["address after c/o"] += (
                    "c/o" in text[max(0, span["start"] - 60) : span["start"]]
                )
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"pnr {len(digits)} digits"] += 1
                forms["pnr with - or +"] += "-" in value or "+" in value
                forms["pnr with +"] += "+" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}, kin with a shared surname: {draw.forms['kin']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for k in ORIGINS if not draw.origins[k]]
    print(f"origins never drawn: {missing or 'none'}")
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_n = 0
    pnrs = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys"] += list(row) != KEYS
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_n += 1
            start, stop = span["start"], span["end"]
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            problems["empty"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            value = text[start:stop]
            problems["whitespace at an edge"] += value != value.strip()
            if span["kind"] == "NATIONAL_ID":
                pnrs += 1
                digits = re.sub(r"\D", "", value)
                ok = (
                    len(digits) in (10, 12)
                    and re.fullmatch(r"(?:\d{2})?\d{6}[-+]?\d{4}", value) is not None
                )
                digits = digits[-10:]
                ok = ok and luhn(digits[:9]) == int(digits[9]) and 1 <= int(digits[2:4]) <= 12
                problems["personnummer check digit"] += not ok
    print(f"checked {rows} rows, {len(ids)} ids, {spans_n} spans, {pnrs} personnummer")
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
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
    if args.seed != SEED and args.out == OUT and not args.stats:
        parser.error("a scratch seed needs --out (the set's own file holds seed 20270263 only)")
    draw = Draw(args.seed)
    rows = generate(args.seed, draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows written to {args.out}")


if __name__ == "__main__":
    main()
