# ruff: noqa: E501
"""Generate held-out FR for personal-data detection (issue 15): names as the population has them,
a hundred-and-fifty-third writer.

    python data/pii/generate_fr.py           # writes data/pii/generated-heldout-fr.jsonl
    python data/pii/generate_fr.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_fr.py --check   # checks the written file, prints counts only

FR's names are drawn by how often people carry them: every name word comes from `names_fr.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the
UK, and the commonest names of the origins common in Sweden), 80% from the head of a list and
20% from its tail, mixed by the language of the row roughly as Sweden's population is. The genre
is garden centres, landscapers and tree surgeons (`templates_fr.py`): quotes, site visits,
deliveries of soil, plants and stone, crew chat, tree surveys and felling permits, garden-centre
orders and clubs, invoices with the RUT deduction, courses and seasonal staff. Written by a
helper who does not tune the detector, who read only `generate_aw.py` (for the mechanics), two
sections of docs/privacy.md (Held-out AW and CL, for the shape of a write-up) and the first line
of `generated-heldout-u.jsonl` (for its keys); not the detector's rules, lexicons or tagger, no
error listing and no other set's names, templates or rows. FR was never run through the detector
by its writer and its names were not checked against rung's lexicons. Stdlib only; one seeded
Random: same seed, same bytes.
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

from names_fr import (  # noqa: E402
    HEAD_SHARE,
    MIXES,
    NICKNAMES,
    ORIGINS,
    SV_F_DOUBLE,
    SV_M_DOUBLE,
    Pool,
    feminine,
    plain,
)
from templates_fr import (  # noqa: E402
    BRFS,
    DAYS,
    EN,
    FIRM_DOMAINS,
    FIRMS_EN,
    FIRMS_SV,
    MIXED,
    MONTHS,
    NEGATIVES,
    PLANTS_EN,
    PLANTS_SV,
    SV,
    TREES_EN,
    TREES_SV,
)

SEED = 20270230
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fr.jsonl"
SPLIT = "heldout-fr"
YEAR = 2027  # the year the texts are written in (a personnummer's `+` past a hundred)

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns and suburbs.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Trädgårdsgatan", "Skolgatan", "Kyrkogatan",
    "Fabriksgatan", "Västra Vallgatan", "Östra Storgatan", "Norra Esplanaden", "Linnégatan",
    "Parkgatan", "Villagatan", "Bruksgatan", "Mästergatan", "Rosengatan", "Liljegatan",
    "Äppelvägen", "Päronvägen", "Plommonvägen", "Körsbärsvägen", "Hasselvägen", "Almvägen",
    "Lönnvägen", "Syrenvägen", "Fläderstigen", "Vallmovägen", "Prästkragens väg", "Blåklintsvägen",
    "Smultronvägen", "Hallonvägen", "Vinbärsvägen", "Nyponvägen", "Ljungvägen", "Enebacken",
    "Granbacken", "Tallbacken", "Björkbacken", "Solbacken", "Kvarnbacken", "Furubacke",
    "Sjöängsvägen", "Ängsvägen", "Hagvägen", "Gärdesvägen", "Åkervägen", "Gamla Kustvägen",
    "Västra Ringvägen", "Bäckvägen", "Dammvägen", "Kanalvägen", "Skogsbrynsvägen", "Viltvägen",
    "Rävsvängen", "Gransvängen", "Kopparslagarsvängen", "Lärksvängen", "Sparvsvängen",
    "Ekallén", "Lindallén", "Kastanjeallén", "Björkallé", "Solna allé", "Tegnérs allé",
    "Almstigen", "Rönnbärsstigen", "Ekorrstigen", "Mossstigen", "Trastvägen", "Hökstigen",
    "Stortorget", "Järntorget", "Fisktorget", "Nytorget", "Bondetorget", "Medborgarplatsen",
    "Stationsplan", "Kyrkplan", "Malmplan", "Verkstadsplan", "Kyrkogränd", "Rådmansgränd",
    "Tunnbindaregränd", "Pilgränd", "Skepparkajen", "Hamnkajen", "Norra Kajen", "Sågverkskajen",
    "Strandpromenaden", "Tvärgatan", "Långgatan", "Klövervägen", "Havrevägen", "Torpvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (a range where the town has several).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Nyköping", 611, 611), ("Varberg", 432, 432),
    ("Lidingö", 181, 181), ("Nacka", 131, 132), ("Huddinge", 141, 141), ("Solna", 169, 171),
    ("Sollentuna", 191, 192), ("Danderyd", 182, 182), ("Vallentuna", 186, 186), ("Åkersberga", 184, 184),
    ("Kungsbacka", 434, 434), ("Lerum", 443, 443), ("Partille", 433, 433), ("Mölndal", 431, 431),
    ("Ystad", 271, 271), ("Trelleborg", 231, 231), ("Vellinge", 235, 235), ("Lomma", 234, 234),
    ("Ängelholm", 262, 262), ("Höganäs", 263, 263), ("Båstad", 269, 269), ("Visby", 621, 621),
    ("Norrtälje", 761, 761), ("Enköping", 745, 745), ("Märsta", 195, 195), ("Strängnäs", 645, 645),
    ("Motala", 591, 591), ("Alingsås", 441, 441), ("Uddevalla", 451, 451), ("Kungälv", 442, 442),
    ("Stenungsund", 444, 444), ("Falkenberg", 311, 311), ("Landskrona", 261, 261), ("Eslöv", 241, 241),
    ("Höör", 243, 243), ("Staffanstorp", 245, 245), ("Simrishamn", 272, 272), ("Karlshamn", 374, 374),
    ("Oskarshamn", 572, 572), ("Västervik", 593, 593), ("Piteå", 941, 941), ("Skellefteå", 931, 931),
    ("Örnsköldsvik", 891, 891), ("Hudiksvall", 824, 824), ("Sandviken", 811, 811), ("Arvika", 671, 671),
    ("Karlskoga", 691, 691), ("Köping", 731, 731), ("Katrineholm", 641, 641), ("Lidköping", 531, 531),
    ("Värnamo", 331, 331), ("Ljungby", 341, 341), ("Hässleholm", 281, 281), ("Nässjö", 571, 571),
)  # fmt: skip
RURAL_FROM = 44  # SV_TOWNS[RURAL_FROM:] are the smaller towns that rural addresses belong to
# Villages and hamlets as rural addresses name them (`Ekeby 112`).
VILLAGES = (
    "Ekeby", "Hulta", "Västanby", "Östanå", "Sörby", "Norrby", "Kroktorp", "Lillån", "Stensjö",
    "Bäckaskog", "Hagaby", "Ryd", "Tuna", "Vreta", "Skogsby", "Hultsjö", "Ängsö", "Äsperöd",
    "Björkhult", "Lövsta", "Holma", "Ödeby", "Kila", "Torp", "Berga", "Sandby", "Hallaröd",
    "Ljungaskog", "Mossebo", "Kvarntorp",
)  # fmt: skip
UK_STREETS = (
    "Orchard Close", "Station Road", "Church Lane", "Mill Lane", "Beech Avenue", "The Paddocks",
    "Rowan Way", "Oak Tree Road", "Willow Crescent", "Hawthorn Drive", "Larch Grove", "Elm Park",
    "Meadow View", "Garden Walk", "Nursery Lane", "Green Lane", "High Street", "London Road",
    "Victoria Street", "Queens Road", "Manor Way", "Cedar Gardens", "Holly Bank", "Vicarage Road",
)  # fmt: skip
UK_TOWNS = (
    ("Harrogate", "HG", 5), ("Guildford", "GU", 5), ("Reading", "RG", 31), ("Oxford", "OX", 4),
    ("Cheltenham", "GL", 53), ("Tunbridge Wells", "TN", 4), ("St Albans", "AL", 4), ("Bath", "BA", 2),
    ("York", "YO", 32), ("Edinburgh", "EH", 17), ("Cardiff", "CF", 24), ("Sheffield", "S", 11),
    ("Norwich", "NR", 14), ("Canterbury", "CT", 2), ("Exeter", "EX", 4), ("Chester", "CH", 4),
    ("Leeds", "LS", 17), ("Bristol", "BS", 9), ("Belfast", "BT", 9), ("Inverness", "IV", 3),
)  # fmt: skip
UK_HOUSES = ("The Old Nursery", "Rose Cottage", "Willow Barn", "Orchard House", "The Coach House", "Holly Lodge", "Apple Tree Cottage", "The Granary")  # fmt: skip
US_STREETS = ("Maple Avenue", "Oak Street", "Elm Drive", "Cedar Lane", "Hickory Road", "Magnolia Boulevard", "Pine Ridge Road", "Willow Creek Drive", "Sycamore Court", "Dogwood Trail", "County Road 9", "Mulberry Street")  # fmt: skip
US_TOWNS = (
    ("Asheville", "NC", 288), ("Portland", "OR", 972), ("Madison", "WI", 537), ("Ann Arbor", "MI", 481),
    ("Boulder", "CO", 803), ("Austin", "TX", 787), ("Sacramento", "CA", 958), ("Raleigh", "NC", 276),
    ("Burlington", "VT", 54), ("Savannah", "GA", 314), ("Minneapolis", "MN", 554), ("Rockford", "IL", 611),
)  # fmt: skip
EUROPE = (
    "Gartenstraße {n}, {z5:10115-14199} Berlin", "Lindenallee {n}, {z5:50667-51149} Köln",
    "Am Baumschulenweg {n}, {z5:25421-25499} Pinneberg", "{n} rue des Jardins, {z5:49000-49100} Angers",
    "{n}, avenue des Tilleuls, {z5:69001-69009} Lyon", "Bloemenlaan {n}, {z4:2160-2169} {L2} Lisse",
    "Boomgaardstraat {n}, {z4:2000-2660} Antwerpen", "Rue de la Loi {n}, {z4:1000-1049} Bruxelles",
    "Havevej {n}, {z4:5000-5270} Odense", "Hagegata {n}, {z4:0150-0190} Oslo", "Puutarhakatu {n}, {z5:20100-20900} Turku",
    "Koivukuja {n} A {m}, {z5:00100-00990} Helsinki", "ul. Ogrodowa {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Kwiatowa {n}, 30-{z3:001-999} Kraków", "Sodų g. {n}, LT-{z5:10000-14999} Vilnius",
    "Aia tn {n}, {z5:10111-13999} Tallinn", "Calle de los Jardines {n}, {m}º B, {z5:28001-28080} Madrid",
    "Via dei Giardini {n}, {z5:20121-20162} Milano", "Gartenweg {n}, CH-{z4:8001-8099} Zürich",
    "{n} Ballymore Road, Dublin 1{m}, D1{m} X{z3:100-999}", "Kertész utca {n}, {z4:1011-1239} Budapest",
)  # fmt: skip
MAIL_SV = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.se", "bredband.net", "hotmail.se")  # fmt: skip
MAIL_EN = ("gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "icloud.com", "aol.com", "comcast.net", "yahoo.com")  # fmt: skip
FIRM_LOCALS = ("info", "offert", "order", "kundservice", "kontakt", "bokning", "leverans", "faktura", "jobb", "trad", "hello", "enquiries", "office", "quotes", "accounts", "sales")  # fmt: skip


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
    """Every value of FR from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and r.random() < 0.04:  # a double given name: Eva-Lena, Per-Erik
            given = [self.pick(SV_F_DOUBLE if woman else SV_M_DOUBLE)]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "finnish": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # the father's and the mother's surname
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
        given = plain(person.first).lower().replace("-", "").replace("'", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(1950, 2005)}", f"{given[0]}.{surname}"))  # fmt: skip
        if r.random() < 0.35:
            return f"{local}@{r.choice(FIRM_DOMAINS)}"
        return f"{local}@{r.choice(MAIL_EN if self.lang == 'en' else MAIL_SV)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_LOCALS)}@{self.rng.choice(FIRM_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0002233369")
        shapes = (
            (18, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m}-{d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46-{m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm, the cities' two-digit and the towns' three-digit areas."""
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
                "11",
                "35",
                "36",
                "42",
                "46",
                "60",
                "26",
            )
        )
        area3 = r.choice(
            (
                "300",
                "340",
                "411",
                "418",
                "498",
                "176",
                "171",
                "155",
                "480",
                "470",
                "220",
                "510",
                "522",
                "611",
                "640",
                "660",
                "920",
                "910",
                "250",
                "370",
                "380",
                "430",
                "457",
                "586",
            )
        )
        shapes = (
            (6, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (5, f"08-{d[:3]} {d[3:6]} {d[6:]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"),
            (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"08{d}"), (2, f"+46 8 {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (4, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area2}{d[:7]}"), (2, f"+46 {area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}/{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"+46 (0){area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area3} {d[:3]} {d[3:5]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def firm_phone(self) -> str:
        """A firm's or a switchboard's number: 010, 020, 0771, or a landline ending in 00."""
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"010-{d[:3]} {d[3:5]} {d[5:]}", f"010-{d[:3]} {d[3:5]} 00", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"08-{d[:3]} {d[3:5]} 00",
            f"031-{d[:3]} {d[3:5]} 00", f"+46 10 {d[:3]} {d[3:5]} {d[5:]}", self.landline(),
        )  # fmt: skip
        return r.choice(shapes)

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.68 else self.landline()

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"07{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:6]} {d[6:9]}", f"+44 7{d[:3]} {d[3:9]}", f"+44 (0)7{d[:3]} {d[3:6]} {d[6:9]}",
            f"01423 {d[:6]}", f"(01892) {d[:6]}", f"01865 {d[:3]} {d[3:6]}", f"020 7{d[:3]} {d[3:7]}", f"020 8{d[:3]} {d[3:7]}",
            f"0113 {d[:3]} {d[3:7]}", f"0131 {d[:3]} {d[3:7]}", f"029 20{d[:2]} {d[2:6]}", f"+44 20 7{d[:3]} {d[3:7]}",
            f"0117 {d[:3]} {d[3:7]}", f"028 90{d[:2]} {d[2:6]}", f"0800 {d[:3]} {d[3:7]}", f"01242 {d[:6]}", f"07{d[:9]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(7)
        area = r.choice(
            ("828", "503", "608", "734", "303", "512", "916", "919", "802", "912", "612", "815")
        )
        shapes = (
            f"({area}) {d[:3]}-{d[3:]}", f"{area}-{d[:3]}-{d[3:]}", f"{area}.{d[:3]}.{d[3:]}", f"+1 {area} {d[:3]} {d[3:]}",
            f"+1 ({area}) {d[:3]}-{d[3:]}", f"1-800-{d[:3]}-{d[3:]}", f"({area}) 555-01{d[:2]}", f"1 {area} {d[:3]} {d[3:]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {d[:3]} {d[3:5]} {d[5:8]}", f"+47 9{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"+49 151 {d[:8]}",
            f"+49 (0)30 {d[:8]}", f"0049 40 {d[:7]}", f"+48 {d[:3]} {d[3:6]} {d[6:9]}", f"0048 {d[:3]}-{d[3:6]}-{d[6:9]}",
            f"+370 6{d[:2]} {d[2:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+31 6 {d[:8]}", f"06-{d[:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+964 770 {d[:3]} {d[3:7]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+252 61 {d[:3]} {d[3:7]}",
            f"+66 8{d[0]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}", f"+380 {d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+91 9{d[:4]} {d[4:9]}", f"+387 61 {d[:3]} {d[3:6]}", f"+353 87 {d[:3]} {d[3:7]}", f"087 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen,
        `+` in the 10-digit form once its bearer is a hundred."""
        r = self.rng
        year = r.randrange(1918, 1927) if old else r.randrange(1934, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = 0.5 if old else r.random()
        if roll < 0.36:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            sign = "+" if YEAR - year >= 100 else "-"
            return f"{date}{sign}{serial}{check}"
        if roll < 0.89:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 199))
        if r.random() < 0.13:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as country routes do."""
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

    def rural(self) -> str:
        r = self.rng
        if r.random() < 0.75:
            return f"{r.choice(VILLAGES)} {r.randrange(1, 260)}"
        return f"{r.choice(VILLAGES)}vägen {r.randrange(100, 480)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.25
        street = self.rural() if rural else self.sv_street()
        if not rural:
            roll = r.random()
            if lgh or roll < 0.1:
                street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 17)}{r.randrange(1, 9):02d}"
            elif roll < 0.15:
                street += f", {r.randrange(1, 7)} tr"
            elif roll < 0.17:
                street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        if r.random() < 0.6:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, top = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(1, top + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 20)}, {street}"
        elif roll < 0.36:
            street = f"Unit {r.randrange(1, 30)}, {r.choice(('Greenfield', 'Riverside', 'Oakwood', 'Meadowbank'))} Business Park"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.2:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        tail = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{tail}" if lines else f"{street}, {tail}"

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

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), GU in capitals, N/n the short form where the name has one, S/s
    the surname, SU in capitals, I an initial (or two) and the surname, Gi the given name and the
    surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing
    `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = (
        form[:-1]
        if english or (len(form) > 1 and form.endswith("s") and form not in PERSON_FORMS)
        else form
    )
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        words = given + middle + surname
        value = " ".join([person.first] + [w for w, _ in middle] + [person.last])
    elif base in ("G", "g", "GU", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g", "GU") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value.upper() if base == "GU" else value
    elif base in ("S", "s", "SU"):
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        initials = "-".join(p[0] for p in person.first.split("-")) + "."
        if middle and draw.rng.random() < 0.3:
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
    "GU",
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
SLOT = re.compile(r"\{([A-Za-z][A-Za-z0-9]*'?)(?:#(\d))?(?::([fm]))?\}")


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
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "RUR": lambda: (draw.rural(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "aus": lambda: (draw.us_address().lower(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHF": lambda: (draw.firm_phone(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "FE": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"{YEAR}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.{YEAR % 100}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/{YEAR}", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/{YEAR % 100}")), None),
        "TIME": lambda: (f"{r.randrange(6, 19)}{':' if en else r.choice('.:')}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(300, 95000):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(60, 4800):,}", None),
        "USD": lambda: (f"${r.randrange(80, 6500):,}", None),
        "EUR": lambda: (f"{r.randrange(40, 3000)} €", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{r.randrange(20000, 99999)}", f"#{r.randrange(100000, 999999)}", f"FR-{YEAR}-{r.randrange(100, 999)}", f"Q{r.randrange(1000, 9999)}")), None),
        "ORG": lambda: (f"55{r.randrange(6000, 9999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**12)), None),
        "M2": lambda: (str(r.randrange(8, 900)), None),
        "M3": lambda: (str(r.randrange(1, 40)), None),
        "CM": lambda: (str(r.randrange(15, 140)), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0] if r.random() < 0.6 else r.choice(US_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "WEEK": lambda: (str(r.randrange(10, 48)), None),
        "FAST": lambda: (f"{r.choice(VILLAGES)} {r.randrange(1, 30)}:{r.randrange(1, 400)}", None),
        "FIRM": lambda: (r.choice(FIRMS_SV), None),
        "FIRMEN": lambda: (r.choice(FIRMS_EN), None),
        "BRF": lambda: (r.choice(BRFS), None),
        "PLANT": lambda: (r.choice(PLANTS_SV), None),
        "PLANTEN": lambda: (r.choice(PLANTS_EN), None),
        "TREE": lambda: (r.choice(TREES_SV), None),
        "TREEEN": lambda: (r.choice(TREES_EN), None),
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
    """FR's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, all in a seeded order; a text already written is drawn again."""
    draw = draw or Draw(seed)
    r = draw.rng
    negatives = {text for _, text in NEGATIVES}
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
        assert bool(spans) != (template in negatives), template
        seen.add(text)
        rows.append({
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


PNR_SHAPE = re.compile(r"(?:\d{8}-?\d{4}|\d{6}[-+]?\d{4})")


def pnr_form(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    sign = "+" if "+" in value else "-" if "-" in value else "no sign"
    return f"{len(digits)} digits, {sign}"


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of FR is printed."""
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
                forms["lower-case one word in chat"] += value.islower() and " " not in value
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
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address without a digit"] += not re.search(r"\d", value)
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
        missing = [k for mix in MIXES.values() for k in mix if not draw.origins[k]]
        print(f"origins of MIXES never drawn: {len(set(missing))}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_seen = 0
    keys = ["id", "split", "lang", "text", "spans"]
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            problems["row keys not as heldout-u's"] += list(row) != keys
            problems["split"] += row.get("split") != SPLIT
            problems["lang"] += row.get("lang") not in SIZES
            problems["id form"] += not re.fullmatch(rf"gen-{SPLIT}-\d{{4}}", str(row.get("id")))
            problems["id repeated"] += row["id"] in ids
            ids.add(row["id"])
            text = row["text"]
            problems["a slot left in the text"] += bool(SLOT.search(text))
            end = 0
            for span in row["spans"]:
                spans_seen += 1
                start, stop = span["start"], span["end"]
                problems["span keys"] += sorted(span) != ["end", "kind", "start"]
                problems["kind"] += span["kind"] not in (
                    "PERSON",
                    "ADDRESS",
                    "PHONE",
                    "EMAIL",
                    "NATIONAL_ID",
                )
                problems["span out of bounds"] += not (0 <= start < stop <= len(text))
                problems["span unsorted or overlapping"] += start < end
                end = stop
                value = text[start:stop]
                problems["span empty"] += not value
                problems["whitespace at a span's edge"] += bool(value) and (value != value.strip())
                if span["kind"] == "NATIONAL_ID":
                    digits = re.sub(r"\D", "", value)[-10:]
                    problems["personnummer shape"] += not PNR_SHAPE.fullmatch(value)
                    problems["personnummer check digit"] += len(digits) != 10 or luhn(
                        digits[:9]
                    ) != int(digits[9])
    langs = Counter()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            langs[json.loads(line)["lang"]] += 1
    problems["rows per language"] += dict(langs) != SIZES
    total = sum(problems.values())
    print(f"checked {rows} rows, {spans_seen} spans, {len(ids)} ids: {total} problems")
    for name, n in problems.items():
        if n:
            print(f"  {name}: {n}")
    return total


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
