# ruff: noqa: E501
"""Generate held-out DC for personal-data detection (issue 15): names as the population has them,
an eighty-sixth writer. DC's names are drawn by how often people really carry them (`names_dc.py`:
SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK, the commonest
names of the origins common in Sweden, and the parish books' names of the 1800s with patronymics),
80% from the head of a list and 20% from its tail, mixed by the language of the row roughly as
Sweden's population is; the genre is family history and archives (`templates_dc.py`): genealogy
research notes, parish and church books, census transcriptions, emigrant registers and ship
manifests, DNA-match messages between distant cousins, archive and library reading-room requests,
grave registers and cemetery maps, local history societies, in Sweden, Finland, Norway, the UK,
Ireland and the US, in Swedish, English and both in one text. Written by a helper who does not
tune the detector and who read only `generate_aw.py` (for these mechanics), two sections of
`docs/privacy.md` ("Held-out AW", "Held-out CL"), the first line of `generated-heldout-u.jsonl`
and a listing of `data/pii/`; not the detector's rules, lexicons or tagger, nor any other set's
names, templates or rows, nor any error listing. DC was never run through the detector by its
writer and its names were not checked against rung's lexicons. Stdlib only; one seeded Random:
same seed, same bytes.

    python data/pii/generate_dc.py            # writes data/pii/generated-heldout-dc.jsonl
    python data/pii/generate_dc.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_dc.py --check    # checks the written file, prints counts only
    python data/pii/generate_dc.py --seed 7 --out /tmp/dc-7.jsonl   # a scratch seed
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

from names_dc import (  # noqa: E402
    HEAD_SHARE,
    HYPHEN_FIRST,
    HYPHEN_SECOND,
    MIXES,
    NICKNAMES,
    ORIGINS,
    Pool,
    feminine,
    patronymic,
    plain,
)
from templates_dc import DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270163
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-dc.jsonl"
SPLIT = "heldout-dc"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what the address register holds).
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Kyrkogatan", "Prästgatan", "Skolgatan",
    "Järnvägsgatan", "Tullgatan", "Västra Långgatan", "Norra Esplanaden", "Hantverkargatan",
    "Klostergatan", "Rådhusgatan", "Lasarettsgatan", "Bryggargatan", "Smedjegatan", "Fabriksgatan",
    "Kyrkvägen", "Skogsvägen", "Björkvägen", "Tallvägen", "Granvägen", "Lönnvägen", "Hagvägen",
    "Ängsvägen", "Gamla Vägen", "Klockarvägen", "Prästgårdsvägen", "Sockenvägen", "Bruksvägen",
    "Emigrantvägen", "Hembygdsvägen", "Kvarnvägen", "Sjövägen", "Åsvägen", "Lingonvägen",
    "Kyrksvängen", "Rönnsvängen", "Hästskosvängen", "Lindallé", "Kastanjeallé", "Parkallén",
    "Björkallén", "Kyrkbacken", "Klockarbacken", "Majbacken", "Kvarnbacken", "Solbacken",
    "Lärkstigen", "Trastsstigen", "Vitsippsstigen", "Humlestigen", "Ekorrstigen", "Kyrkstigen",
    "Stortorget", "Lilla torget", "Nytorget", "Fisktorget", "Hötorget", "Stationsplan",
    "Kyrkplan", "Rådhusplan", "Tingshusplan", "Klockargränd", "Hattmakargränd", "Lilla gränd",
    "Tunnbindargränd", "Skomakargränd", "Norra kajen", "Södra kajen", "Hamnkajen", "Skeppsbrokajen",
    "Arkivgatan", "Kopparslagargatan", "Trädgårdsgatan", "Östra Ringvägen", "Södra Vägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes; `True` marks a small town whose countryside
# routes end in 9x.
SV_TOWNS = (
    ("Stockholm", 111, 129, False), ("Göteborg", 411, 427, False), ("Malmö", 211, 218, False),
    ("Uppsala", 752, 757, False), ("Linköping", 582, 589, False), ("Norrköping", 602, 603, False),
    ("Lund", 222, 227, False), ("Jönköping", 553, 556, False), ("Örebro", 702, 705, False),
    ("Västerås", 721, 725, False), ("Karlstad", 652, 656, False), ("Växjö", 352, 355, False),
    ("Gävle", 802, 806, False), ("Sundsvall", 852, 857, False), ("Umeå", 903, 907, False),
    ("Luleå", 972, 975, False), ("Halmstad", 302, 305, False), ("Borås", 503, 507, False),
    ("Kalmar", 392, 393, False), ("Östersund", 831, 832, False),
    ("Vadstena", 592, 592, True), ("Härnösand", 871, 871, True), ("Visby", 621, 621, True),
    ("Falun", 791, 791, True), ("Mora", 792, 792, True), ("Rättvik", 795, 795, True),
    ("Arvika", 671, 671, True), ("Sunne", 686, 686, True), ("Torsby", 685, 685, True),
    ("Filipstad", 682, 682, True), ("Kristinehamn", 681, 681, True), ("Vetlanda", 574, 574, True),
    ("Nässjö", 571, 571, True), ("Eksjö", 575, 575, True), ("Tingsryd", 362, 362, True),
    ("Ljungby", 341, 341, True), ("Alvesta", 342, 342, True), ("Värnamo", 331, 331, True),
    ("Emmaboda", 361, 361, True), ("Vimmerby", 598, 598, True), ("Hultsfred", 577, 577, True),
    ("Oskarshamn", 572, 572, True), ("Motala", 591, 591, True), ("Mariestad", 542, 542, True),
    ("Skara", 532, 532, True), ("Vänersborg", 462, 462, True), ("Hudiksvall", 824, 824, True),
    ("Ljusdal", 827, 827, True), ("Sollefteå", 881, 881, True), ("Karlskrona", 371, 371, True),
    ("Kristianstad", 291, 291, True), ("Ystad", 271, 271, True), ("Haparanda", 953, 953, True),
    ("Övertorneå", 957, 957, True), ("Askersund", 696, 696, True), ("Lindesberg", 711, 711, True),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Nyby 12`, `Övre Gärdsjö 7`).
VILLAGES = (
    "Nyby", "Gärdsjö", "Övre Gärdsjö", "Lindåsen", "Mossbo", "Västerby", "Österbyn", "Kyrkbyn",
    "Sörmon", "Norrbäcken", "Stora Hult", "Bäckebo", "Hultet", "Dalby", "Ängstorp", "Kvarntorp",
    "Nordanå", "Sunnanå", "Rösta", "Backa", "Ödeby", "Lövsjö", "Hästbäck", "Skräddartorp",
    "Västra Lid", "Östra Lid", "Kärrbo", "Mellanbyn", "Nedre Gärde", "Uppgården", "Tjärnberg",
    "Fiskartorpet", "Ramsjö", "Höljes", "Vallsta", "Kvarnbyn",
)  # fmt: skip
PARISHES = (
    "Tveta", "Gammalkil", "Kila", "Stora Kopparberg", "Rättvik", "Fryksände", "Östra Ämtervik",
    "Gräsmark", "Alseda", "Karlskoga", "Linderås", "Hjorted", "Ukna", "Asarum", "Kristdala",
    "Torsås", "Hälleberga", "Gärdserum", "Vissefjärda", "Södra Solberga", "Nottebäck", "Kulltorp",
    "Ljuder", "Långasjö", "Hassela", "Bjuråker", "Älvdalen", "Orsa", "Nordmaling", "Ovanåker",
    "Dalby", "Ås", "Bro", "Vena", "Frödinge", "Sunne", "Glava", "Brunskog", "Mangskog", "Ekshärad",
)  # fmt: skip
LAN = ("Värmland", "Småland", "Östergötland", "Dalarna", "Hälsingland", "Blekinge", "Halland", "Västergötland", "Jämtland", "Norrbotten", "Gotland", "Uppland", "Skåne", "Ångermanland")  # fmt: skip
UK_STREETS = (
    "High Street", "Church Street", "Church Lane", "Chapel Street", "Mill Lane", "Station Road",
    "Victoria Road", "Albert Terrace", "Market Place", "The Crescent", "Cemetery Road",
    "Abbey Road", "Priory Lane", "Well Lane", "Back Lane", "Queen Street", "Park Road",
    "North Road", "Westgate", "Bridge End", "Castle Street", "Vicarage Lane",
)  # fmt: skip
UK_TOWNS = (
    ("Whitby", "YO21"), ("York", "YO1"), ("Kew", "TW9"), ("Richmond", "TW10"), ("Truro", "TR1"),
    ("Penzance", "TR18"), ("Norwich", "NR2"), ("King's Lynn", "PE30"), ("Durham", "DH1"),
    ("Hexham", "NE46"), ("Matlock", "DE4"), ("Lancaster", "LA1"), ("Chester", "CH1"),
    ("Aberystwyth", "SY23"), ("Carmarthen", "SA31"), ("Edinburgh", "EH1"), ("Inverness", "IV2"),
    ("Stirling", "FK8"), ("Belfast", "BT9"), ("Enniskillen", "BT74"), ("Hull", "HU1"),
    ("Liverpool", "L3"), ("Manchester", "M2"), ("London", "WC1E"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old School House", "Church View", "The Old Vicarage", "Mill House", "Orchard Cottage", "The Coach House", "1 Glebe Cottages")  # fmt: skip
US_STREETS = ("Main Street", "Elm Street", "Oak Avenue", "Church Street", "Maple Drive", "Lake Street", "Third Avenue South", "County Road 7", "Hilltop Road", "Prairie Lane", "Cedar Street", "N 4th Street")  # fmt: skip
US_TOWNS = (
    ("Rockford", "IL", 61101, 61114), ("Minneapolis", "MN", 55401, 55419), ("Jamestown", "NY", 14701, 14701),
    ("Worcester", "MA", 1602, 1610), ("Lindsborg", "KS", 67456, 67456), ("Moline", "IL", 61265, 61265),
    ("Duluth", "MN", 55802, 55812), ("Seattle", "WA", 98101, 98199), ("Salt Lake City", "UT", 84101, 84121),
    ("Bishop Hill", "IL", 61419, 61419), ("Chisago City", "MN", 55013, 55013), ("Galesburg", "IL", 61401, 61401),
    ("Omaha", "NE", 68102, 68154), ("Brooklyn", "NY", 11201, 11238), ("Boston", "MA", 2108, 2134),
    ("Stanton", "IA", 51573, 51573), ("Cokato", "MN", 55321, 55321), ("Astoria", "OR", 97103, 97103),
)  # fmt: skip
US_PLACES = ("Rockford, Illinois", "Minneapolis", "Chicago", "Jamestown, New York", "Worcester, Massachusetts", "Lindsborg, Kansas", "Moline", "Duluth", "Seattle", "Bishop Hill", "Chisago County", "Brooklyn", "Boston", "Galesburg", "Omaha", "the Dakota Territory", "Nebraska", "Iowa", "Wisconsin", "Michigan")  # fmt: skip
IE_PLACES = (
    ("Westport", "Co. Mayo", "F28"), ("Castlebar", "Co. Mayo", "F23"), ("Tralee", "Co. Kerry", "V92"),
    ("Killarney", "Co. Kerry", "V93"), ("Skibbereen", "Co. Cork", "P81"), ("Cork", "Co. Cork", "T12"),
    ("Galway", "Co. Galway", "H91"), ("Ennis", "Co. Clare", "V95"), ("Letterkenny", "Co. Donegal", "F92"),
    ("Kilkenny", "Co. Kilkenny", "R95"), ("Sligo", "Co. Sligo", "F91"), ("Athlone", "Co. Westmeath", "N37"),
)  # fmt: skip
IE_STREETS = ("Main Street", "Bridge Street", "Church Road", "The Mall", "Chapel Street", "Castle Street", "Mill Road", "Strand Road")  # fmt: skip
IE_TOWNLANDS = ("Carrowmore", "Ballinlough", "Knockbrack", "Drumkeeran", "Cloonfad", "Derrylea", "Gortnahoon", "Ballyglass")  # fmt: skip
EUROPE = (
    "Storgata {n}, {z4:2315-2319} Hamar", "Kirkeveien {n}, {z4:0361-0371} Oslo", "Fjellveien {n}, {z4:5019-5019} Bergen",
    "Nordre Haugen {m}, 2640 Vinstra", "Kirkkokatu {n} B {m}, {z5:90100-90130} Oulu", "Handelsesplanaden {n}, 65100 Vasa",
    "Rantatie {n}, {z5:66900-66910} Nykarleby", "Torggatan {n}, AX-22100 Mariehamn", "Pohjoisesplanadi {n} A {m}, 00170 Helsinki",
    "Kirkegade {n}, {z4:6700-6715} Esbjerg", "Hauptstraße {n}, {z5:24103-24159} Kiel", "Am Kirchberg {n}, {z5:18055-18147} Rostock",
    "ul. Kościelna {n}, 80-{z3:100-899} Gdańsk", "ul. Mickiewicza {n}/{m}, 81-{z3:300-599} Gdynia", "Kerkstraat {n}, {z4:1011-1099} {L2} Amsterdam",
    "Via della Chiesa {n}, {z5:38121-38123} Trento", "{n} rue de l'Église, {z5:67000-67200} Strasbourg", "Kirchgasse {n}, {z4:8001-8099} Zürich",
    "Tartu mnt {n}, {z5:10115-10145} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "comhem.se", "bredband.net")  # fmt: skip
WORK = ("example.se", "arkiv.example.se", "kommun.example.se", "example.com", "example.org", "example.co.uk", "example.ie", "example.fi", "example.no")  # fmt: skip
ORG_LOCAL = ("info", "arkiv", "forskarsal", "expedition", "kansli", "registrator", "kyrkogard", "gravadmin", "bibliotek", "hembygd", "medlem", "enquiries", "readingroom", "registry", "archives", "library", "office", "secretary", "familyhistory")  # fmt: skip
ORG_DOMAIN = ("example.se", "arkiv.example.se", "hembygd.example.se", "svenskakyrkan.example.se", "slaktforskare.example.se", "example.org", "example.org.uk", "example.ie", "example.com", "example.fi", "example.no")  # fmt: skip


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
    """Every value of DC from one seeded Random; counts the head/tail split and the origins."""

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

    def person(self, woman: bool | None, key: str | None = None) -> Person:
        """Someone of `key`'s origin, or of one drawn by the row's language (`MIXES`)."""
        r = self.rng
        if key is None:
            mix = MIXES[self.lang]
            key = r.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if key == "old":  # the parish books: a patronymic, a soldier's name or a family name
            middle = [self.pick(pool)] if r.random() < 0.25 else []
            if middle and middle[0][0] == given[0][0]:
                middle = []
            roll = r.random()
            if not woman and roll < 0.15:
                surname = [self.pick(origin.surnames)]
            elif roll < 0.25:
                surname = [self.pick(ORIGINS["swedish"].surnames)]
            else:
                father, part = self.pick(origin.given_m)
                surname = [(patronymic(father, woman), part)]
            return Person(woman, key, given, surname, middle)
        if key == "swedish" and given[0][0] in HYPHEN_FIRST and r.random() < 0.2:
            for _ in range(8):  # Anna-Karin, Lars-Erik: the second part drawn from the pool too
                second = self.pick(pool)
                if second[0] in HYPHEN_SECOND and second[0] != given[0][0]:
                    given.append(second)
                    break
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "irish": 0.2}.get(key, 0.05):
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

        def squeeze(word: str) -> str:
            return re.sub(r"[^a-z]", "", plain(word).lower())

        given, surname = squeeze(person.first), squeeze(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{surname}{r.randrange(40, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def org_email(self) -> str:
        return f"{self.rng.choice(ORG_LOCAL)}@{self.rng.choice(ORG_DOMAIN)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        two = r.choice(
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
                "36",
                "46",
            )
        )
        three = r.choice(("470", "480", "380", "390", "490", "495", "563", "565", "570", "571", "140", "142", "143", "150", "560", "570", "651", "660", "690", "563", "565", "570", "652", "653", "240", "243", "247", "248", "250", "280", "454", "470", "498", "511", "920", "922"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (8, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (3, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{two}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{two}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{two} {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{two}-{d[:7]}"), (6, f"0{three}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{three}-{d[:3]} {d[3:5]}"),
            (2, f"0{three} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{three}{d[:6]}"), (2, f"+46 {three} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"+46 {two} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"010-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self, country: str | None = None) -> str:
        """A number from abroad as people there write it, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = {
            "us": (f"+1 (612) 555-0{d[:3]}", f"(815) 555-0{d[:3]}", f"+1 716 555 0{d[:3]}", f"508-555-0{d[:3]}",
                   f"1-785-555-0{d[:3]}", f"(206) 555-0{d[:3]}", f"+1-801-555-0{d[:3]}", f"001 309 555 0{d[:3]}"),
            "uk": (f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"01947 {d[:6]}", f"+44 (0)20 7946 0{d[:3]}",
                   f"020 7946 0{d[:3]}", f"0044 1872 {d[:6]}", f"01524 {d[:3]} {d[3:6]}", f"+44 131 496 0{d[:3]}",
                   f"028 9018 {d[:4]}", f"+44 7911 {d[:6]}"),
            "ie": (f"+353 87 {d[:3]} {d[3:7]}", f"087 {d[:3]} {d[3:7]}", f"+353 (0)94 {d[:3]} {d[3:7]}", f"094 {d[:2]} {d[2:7]}",
                   f"00353 66 {d[:3]} {d[3:7]}", f"(021) {d[:3]} {d[3:7]}", f"+353 1 {d[:3]} {d[3:7]}", f"085-{d[:7]}"),
            "no": (f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"{r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
                   f"0047 {r.choice('49')}{d[:7]}", f"+47 62 {d[:2]} {d[2:4]} {d[4:6]}", f"22 {d[:2]} {d[2:4]} {d[4:6]}"),
            "fi": (f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"050-{d[:7]}", f"+358 6 {d[:3]} {d[3:7]}",
                   f"00358 50 {d[:3]} {d[3:7]}", f"(06) {d[:3]} {d[3:7]}", f"+358 18 {d[:5]}", f"09 {d[:4]} {d[4:8]}"),
            "eu": (f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+49 171 {d[:7]}", f"+49 (0)40 {d[:6]}", f"0049 381 {d[:6]}",
                   f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
                   f"+31 6 {d[:4]} {d[4:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
                   f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
                   f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}",
                   f"+1 (416) 555-0{d[:3]}"),
        }  # fmt: skip
        if country is None:
            country = r.choice(("us", "us", "uk", "ie", "no", "fi", "eu", "eu"))
        return r.choice(shapes[country])

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; born more than a hundred years ago, `+`."""
        r = self.rng
        year = r.randrange(1896, 1927) if old else r.randrange(1932, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:  # ten digits take `+` once the bearer is a hundred; twelve keep `-` or nothing
            if roll < 0.55:
                return f"{date}+{serial}{check}"
            return f"{year // 100}{date}{'-' if roll < 0.85 else ''}{serial}{check}"
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 14)) + 1, 160))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high, _ = r.choice([t for t in SV_TOWNS if t[3]] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 160)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.3
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        joint = "\n" if lines else ", "
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal()}"
        if roll < 0.8:
            return f"{self.sv_street()}, plan {r.randrange(2, 6)}{joint}{self.sv_postal()}"
        return f"{self.sv_street()}, {r.randrange(1, 5)} tr{joint}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, low, high = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
        code = f"{r.randrange(low, high + 1):05d}"
        return f"{street}\n{town}, {state} {code}" if lines else f"{street}, {town}, {state} {code}"

    def ie_address(self, lines: bool = False) -> str:
        r = self.rng
        town, county, key = r.choice(IE_PLACES)
        eircode = f"{key} {''.join(r.choice('ACDEFHKNPRTVWXY0123456789') for _ in range(4))}"
        if r.random() < 0.4:
            parts = [r.choice(IE_TOWNLANDS), town, county, eircode]
        else:
            parts = [f"{r.randrange(1, 90)} {r.choice(IE_STREETS)}", town, f"{county} {eircode}"]
        return ("\n" if lines else ", ").join(parts)

    def eu_address(self, lines: bool = False, country: str | None = None) -> str:
        """An address abroad in its country's format: from a shuffled deck of all of them, or
        one of `country`'s (`no` Norway, `fi` Finland and Åland)."""
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if country:
            out = r.choice(EUROPE[:4] if country == "no" else EUROPE[4:9])
        else:
            if not self.europe:  # a shuffled deck: every format before any comes again
                self.europe = list(EUROPE)
                r.shuffle(self.europe)
            out = self.europe.pop()
        out = out.replace("{n}", str(r.randrange(1, 90)))
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
        last = person.last.upper() if base == "RU" else person.last
        value = f"{last}, {' '.join([person.first] + [w for w, _ in middle])}"
        words = given + middle + surname
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
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?(?:@([a-z]+))?\}")


def filler(form: str, draw: Draw) -> Segment:
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
        "a": lambda: ((draw.sv_street() if r.random() < 0.35 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "aus": lambda: (draw.us_address().lower(), "ADDRESS"),
        "AIE": lambda: (draw.ie_address(), "ADDRESS"),
        "AIEL": lambda: (draw.ie_address(lines=True), "ADDRESS"),
        "USST": lambda: (f"{r.randrange(10, 3999)} {r.choice(US_STREETS)}", "ADDRESS"),
        "usst": lambda: (f"{r.randrange(10, 3999)} {r.choice(US_STREETS)}".lower(), "ADDRESS"),
        "UKST": lambda: (f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}", "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "ANO": lambda: (draw.eu_address(country="no"), "ADDRESS"),
        "AFI": lambda: (draw.eu_address(country="fi"), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUS": lambda: (draw.phone_x("us"), "PHONE"),
        "PHUK": lambda: (draw.phone_x("uk"), "PHONE"),
        "PHIE": lambda: (draw.phone_x("ie"), "PHONE"),
        "PHNO": lambda: (draw.phone_x("no"), "PHONE"),
        "PHFI": lambda: (draw.phone_x("fi"), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "EO": lambda: (draw.org_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "OLDDATE": lambda: (r.choice((f"{r.randrange(1820, 1911)}-{month:02d}-{day:02d}", f"{day}/{month} {r.randrange(1820, 1911)}", f"{day} {MONTHS['sv'][month - 1]} {r.randrange(1820, 1911)}")), None),
        "OLDDATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]} {r.randrange(1820, 1911)}", f"{MONTHS['en'][month - 1]} {day}, {r.randrange(1840, 1925)}")), None),
        "YEAR": lambda: (str(r.randrange(1840, 1921)), None),
        "BORN": lambda: (str(r.randrange(1928, 1957)), None),
        "LIFE": lambda: ((lambda b: f"{b}–{b + r.randrange(1, 90)}")(r.randrange(1790, 1900)), None),
        "SPAN": lambda: ((lambda b: f"{b}–{b + r.randrange(3, 30)}")(r.randrange(1850, 1905)), None),
        "FEW": lambda: (str(r.randrange(2, 9)), None),
        "OLDAGE": lambda: (str(r.randrange(58, 100)), None),
        "TIME": lambda: (f"{r.randrange(8, 19)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AGE": lambda: (str(r.randrange(16, 76)), None),
        "AMT": lambda: (f"{r.choice((150, 200, 250, 300, 350, 400, 450, 600, 850, 1200, 1950, 2400))} kr", None),
        "GBP": lambda: (f"£{r.randrange(5, 90)}.{r.choice(('00', '50', '95', '25'))}", None),
        "USD": lambda: (f"${r.randrange(19, 250)}", None),
        "EUR": lambda: (f"€{r.randrange(8, 120)}", None),
        "CM": lambda: (f"{r.randrange(9, 420)}{r.choice(('', '.0', '.4', '.8'))}", None),
        "SEG": lambda: (str(r.randrange(1, 14)), None),
        "PAGE": lambda: (str(r.randrange(3, 640)), None),
        "VOL": lambda: (r.choice((f"AI:{r.randrange(1, 40)}", f"AIIa:{r.randrange(1, 20)}", f"C:{r.randrange(1, 16)}", f"F:{r.randrange(1, 9)}", f"B:{r.randrange(1, 6)}", f"E I:{r.randrange(1, 5)}")), None),
        "AID": lambda: (f"v{r.randrange(1000, 99999)}.b{r.randrange(10, 400)}.s{r.randrange(1, 300)}", None),
        "GRAV": lambda: (r.choice((f"{r.choice('ABCDEFGHKLMN')} {r.randrange(1, 240)}", f"kv. {r.choice('ABCDEFG')} nr {r.randrange(1, 300)}", f"{r.choice(('Gamla', 'Nya', 'Norra', 'Östra'))} {r.randrange(1, 400)}")), None),
        "PLOT": lambda: (f"{r.choice('ABCDEFGHJK')}{r.randrange(1, 40)}/{r.randrange(1, 120)}", None),
        "PARISH": lambda: (r.choice(PARISHES), None),
        "LAN": lambda: (r.choice(LAN), None),
        "USPLACE": lambda: (r.choice(US_PLACES), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "IECO": lambda: (r.choice(IE_PLACES)[1], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}", f"RA {r.randrange(2020, 2028)}-{r.randrange(1000, 9999)}")), None),
        "SHIP": lambda: (r.choice(("S/S Norge", "S/S Baltic", "S/S Celtic", "S/S Britannic", "S/S Hekla", "S/S Island", "S/S Thingvalla", "S/S Geiser", "S/S Arctic", "S/S Umbria", "S/S Etruria", "S/S Bothnia", "S/S Scythia", "S/S Calabria", "S/S Servia")), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender, origin = match.group(1), match.group(2), match.group(3), match.group(4)
        base = form.rstrip("'")
        base = (
            base[:-1] if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS else base
        )
        if base in PERSON_FORMS:
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""), origin)
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
    """DC's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of DC is printed."""
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
                forms["ends in -son/-dotter"] += bool(re.search(r"(?:son|dotter)$", value))
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address no digit"] += not any(c.isdigit() for c in value)
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with -"] += "-" in value
                forms["personnummer with +"] += "+" in value
                forms["personnummer no sign"] += "-" not in value and "+" not in value
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
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives {len(NEGATIVES)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only (no row). Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = kinds = pnr = 0
    keys = ["id", "split", "lang", "text", "spans"]
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys"] += list(row) != keys
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            kinds += 1
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            problems["empty"] += stop <= start
            problems["out of bounds"] += start < 0 or stop > len(text)
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            end = max(end, stop)
            if span["kind"] == "NATIONAL_ID":
                pnr += 1
                digits = re.sub(r"\D", "", value)
                ok = len(digits) in (10, 12) and re.fullmatch(r"(?:\d{2})?\d{6}[-+]?\d{4}", value)
                problems["personnummer"] += not ok or luhn(digits[-10:-1]) != int(digits[-1])
    sizes = Counter(
        json.loads(line)["lang"] for line in path.read_text(encoding="utf-8").splitlines()
    )
    problems["sizes"] += dict(sizes) != SIZES
    print(f"rows {rows}, spans {kinds}, personnummer {pnr}, ids unique {len(ids)}")
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return sum(bad.values())


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
