# ruff: noqa: E501
"""Generate held-out GJ for personal-data detection (issue 15): names as the population has them,
a hundred-and-seventy-first writer.

    python data/pii/generate_gj.py            # writes data/pii/generated-heldout-gj.jsonl
    python data/pii/generate_gj.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_gj.py --check    # checks the written file, prints counts only
    python data/pii/generate_gj.py --seed 7 --out /tmp/gj.jsonl   # a scratch seed

GJ's names are drawn by how often people really carry them: every name word comes from
`names_gj.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is publishers and bookshops (`templates_gj.py`): manuscripts and authors' contracts,
royalty statements, book launches and readings, orders and special orders in bookshops,
translators and editors, review copies. Written by a helper who does not tune the detector, who
read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format
and `--stats`), the sections "Held-out AW" and "Held-out CL" of docs/privacy.md and the first line
of `generated-heldout-u.jsonl`; neither the detector's rules, lexicons and tagger nor any other
set's names, templates or rows nor any error listing. GJ was never run through the detector by its
writer, and its names were not checked against rung's lexicons. Stdlib only; one seeded Random:
same seed, same bytes.
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

from names_gj import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gj import (  # noqa: E402
    DAYS,
    EN,
    MIXED,
    MONTHS,
    NEGATIVES,
    PAPERS_EN,
    PAPERS_SV,
    PUBLISHERS_EN,
    PUBLISHERS_SV,
    SHOPS_EN,
    SHOPS_SV,
    SV,
    TITLE_EN,
    TITLE_SV,
)

SEED = 20270248
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gj.jsonl"
SPLIT = "heldout-gj"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form; a few are named after people and are ADDRESS only.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Nygatan", "Västra Hamngatan", "Östra Storgatan", "Linnégatan", "Engelbrektsgatan", "Götgatan",
    "Hornsgatan", "Sankt Eriksgatan", "Tegnérgatan", "Bondegatan", "Prästgatan", "Trädgårdsgatan",
    "Björkvägen", "Tallvägen", "Ringvägen", "Skogsvägen", "Karlavägen", "Villavägen", "Parkvägen",
    "Solvägen", "Ekbacksvägen", "Gamla vägen", "Sjövägen", "Kvarnvägen", "Industrivägen",
    "Vallmovägen", "Lönnvägen", "Rosenvägen", "Stationsvägen", "Fiskarvägen",
    "Bokbindarsvängen", "Lärksvängen", "Ekorrsvängen", "Trastsvängen", "Rönnsvängen",
    "Fredsgatan", "Kastanjeallé", "Lindallén", "Björkallén", "Valhallavägen", "Slottsallén",
    "Kvarnbacken", "Solbacken", "Stora backe", "Prästbacken", "Ängsbacken", "Sjöbacken",
    "Lärkstigen", "Blåbärsstigen", "Smultronstigen", "Hasselstigen", "Mossstigen",
    "Stortorget", "Lilla torget", "Järntorget", "Fisktorget", "Möllevångstorget", "Nytorget",
    "Stationsplan", "Kyrkplan", "Brunnsplan", "Hamnplan", "Tryckerigränd", "Klockargränd",
    "Tulpangränd", "Smedjegränd", "Bryggargränd", "Skeppsbrokajen", "Hamnkajen", "Norra kajen",
    "Södra kajen", "Stadsgårdskajen", "Packhuskajen",
)  # fmt: skip
# Towns and the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Luleå", 972, 975),
    ("Östersund", 831, 832), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291),
    ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Visby", 621, 621), ("Nyköping", 611, 611),
    ("Solna", 169, 171), ("Nacka", 131, 131), ("Lidingö", 181, 181), ("Sollentuna", 191, 192),
    ("Täby", 183, 187), ("Huddinge", 141, 141), ("Södertälje", 151, 152), ("Kiruna", 981, 981),
    ("Ystad", 271, 271), ("Mora", 792, 792), ("Arvika", 671, 671), ("Alingsås", 441, 441),
    ("Trollhättan", 461, 461), ("Uddevalla", 451, 451), ("Varberg", 432, 432), ("Kungsbacka", 434, 434),
    ("Skellefteå", 931, 931), ("Piteå", 941, 941), ("Örnsköldsvik", 891, 891), ("Hudiksvall", 824, 824),
    ("Motala", 591, 591), ("Enköping", 745, 745), ("Sigtuna", 193, 193), ("Höganäs", 263, 263),
)  # fmt: skip
# Small towns with their country postcodes (xxx 9x) and villages for rural addresses.
SV_RURAL = (
    ("Vindeln", 922), ("Sorsele", 924), ("Ramsele", 881), ("Hammarstrand", 840), ("Järpen", 837),
    ("Rättvik", 795), ("Orsa", 794), ("Sunne", 686), ("Torsby", 685), ("Ljusdal", 827),
    ("Bollnäs", 821), ("Tranås", 573), ("Vimmerby", 598), ("Hultsfred", 577), ("Åmål", 662),
    ("Tomelilla", 273), ("Simrishamn", 272), ("Sjöbo", 275), ("Hjo", 544), ("Askersund", 696),
    ("Sala", 733), ("Östhammar", 742), ("Trosa", 619), ("Hemse", 623), ("Slite", 624),
    ("Överkalix", 956), ("Övertorneå", 957), ("Kalix", 952), ("Storuman", 923), ("Älmhult", 343),
)  # fmt: skip
VILLAGES = (
    "Böle", "Storbyn", "Hällnäs", "Ytterby", "Bäckby", "Sörbyn", "Lillkyrka", "Västanvik",
    "Ängebo", "Kvarnby", "Nordanå", "Stensjö", "Tallås", "Björkbacka", "Ösby", "Ryd", "Hagby",
    "Västerby", "Östanbäck", "Nybyn", "Finnbacka", "Sandvik", "Brännan", "Lögdö", "Hov",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Park Road", "Victoria Road", "London Road",
    "Mill Lane", "The Crescent", "Queens Road", "Museum Street", "Great Russell Street",
    "Marchmont Street", "Bloomsbury Street", "Broad Street", "Trinity Street", "Chapel Street",
    "Castle Street", "North Road", "Bridge Street", "Market Place", "Albion Terrace", "Green Lane",
    "Canongate", "Walcot Street", "Gloucester Road", "Princes Avenue", "Westgate", "Fore Street",
)  # fmt: skip
UK_TOWNS = (
    ("London", ("WC1A", "WC1B", "WC2H", "N1", "N16", "E8", "SE1", "SE15", "NW3", "SW9")),
    ("Oxford", ("OX1", "OX2", "OX4")), ("Cambridge", ("CB1", "CB2", "CB4")),
    ("Edinburgh", ("EH1", "EH3", "EH6", "EH9")), ("Bath", ("BA1", "BA2")), ("Hay-on-Wye", ("HR3",)),
    ("Norwich", ("NR1", "NR2", "NR3")), ("York", ("YO1", "YO10", "YO31")), ("Manchester", ("M1", "M4", "M20")),
    ("Bristol", ("BS1", "BS6", "BS8")), ("Brighton", ("BN1", "BN2")), ("Cardiff", ("CF10", "CF11", "CF24")),
    ("Glasgow", ("G1", "G3", "G12")), ("Leeds", ("LS1", "LS6", "LS7")), ("Belfast", ("BT1", "BT7", "BT9")),
)  # fmt: skip
UK_HOUSES = ("Flat 2", "Flat 4B", "Flat 11", "Top Flat", "Basement Flat", "Unit 6", "The Old Post Office", "Ivy House", "2nd Floor")  # fmt: skip
US_STREETS = ("Main Street", "Elm Street", "Court Street", "Bedford Avenue", "Maple Avenue", "Park Avenue", "Pine Street", "Broadway", "Market Street", "Spring Street", "Atlantic Avenue", "College Avenue", "Lake Street", "5th Avenue", "W 14th Street", "Hawthorne Blvd")  # fmt: skip
US_TOWNS = (("New York", "NY", 100), ("Brooklyn", "NY", 112), ("Boston", "MA", 21), ("Portland", "OR", 972), ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Austin", "TX", 787), ("Ann Arbor", "MI", 481), ("Asheville", "NC", 288), ("Berkeley", "CA", 947), ("Iowa City", "IA", 522))  # fmt: skip
EUROPE = (
    "Lindenstraße {n}, {z5:10115-10999} Berlin", "Bergstraße {n}, {z5:69117-69126} Heidelberg",
    "Hauptstraße {n}, {z5:04103-04357} Leipzig", "{n} rue des Écoles, {z5:75005-75006} Paris",
    "{n} rue de la République, {z5:69001-69009} Lyon", "Kirkkokatu {n} B {m}, {z5:00170-00180} Helsinki",
    "Hämeenkatu {n} A {m}, {z5:33100-33200} Tampere", "Storgata {n}, {z4:0155-0190} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Nørregade {n}, {m}. th., {z4:1165-1172} København K",
    "Vestergade {n}, {z4:8000-8000} Aarhus C", "ul. Długa {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Floriańska {n}, 31-{z3:001-099} Kraków", "Calle Mayor {n}, {m}º B, {z5:28013-28015} Madrid",
    "Carrer de Verdi {n}, {z5:08012-08012} Barcelona", "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "Via Roma {n}, {z5:20121-20123} Milano",
    "Kärntner Straße {n}, {z4:1010-1010} Wien", "Národní {n}, {z3:110-110} 00 Praha 1",
    "Laugavegur {n}, {z3:101-101} Reykjavík", "Rue Neuve {n}, {z4:1000-1000} Bruxelles",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "protonmail.com", "me.com", "btinternet.com")  # fmt: skip
WORK = ("example.se", "forlaget.example.se", "bokhandel.example.se", "agency.example.com", "example.com", "example.co.uk", "press.example.org")  # fmt: skip
FIRM_LOCAL = {
    "sv": ("info", "order", "manus", "press", "royalty", "recex", "rights", "kundtjanst", "evenemang", "ekonomi", "bokhandeln", "butiken"),
    "en": ("orders", "royalties", "submissions", "publicity", "events", "hello", "rights", "info", "shop", "accounts"),
}  # fmt: skip
FIRM_DOMAIN = ("forlaget.example.se", "bokhandel.example.se", "example.se", "books.example.com", "press.example.co.uk", "example.org", "bokus.example.se")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN), or of an org.nr's."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def isbn13(body: str) -> str:
    """The check digit of an ISBN-13's twelve digits."""
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return str((10 - total % 10) % 10)


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
    """Every value of GJ from one seeded Random; counts the head/tail split and the origins."""

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
        given = [self.pick(pool)]  # hyphenated given names (`Anna-Karin`) at their own ranks
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "finnish": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.08:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.055 else " "
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
                          f"{given}{r.choice(('', '.'))}{surname[:3]}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        local = r.choice(FIRM_LOCAL["en" if self.lang == "en" else "sv"])
        return f"{local}@{r.choice(FIRM_DOMAIN)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (9, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
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
                "63",
                "23",
                "26",
                "46",
                "36",
                "60",
            )
        )
        area3 = r.choice(("910", "920", "933", "950", "980", "611", "650", "660", "680", "240", "250", "270", "280", "290", "380", "470", "480", "498", "520", "560", "570", "590", "640", "651", "691", "771"))  # fmt: skip
        shapes = (
            (7, f"08-{d[:3]} {d[3:6]} {d[6:]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:]}"),
            (2, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area3}{d[:6]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        """A Swedish number, mobile (three in five) or landline."""
        return self.mobile() if self.rng.random() < 0.6 else self.landline()

    def phone_firm(self) -> str:
        """A firm's number or switchboard: the city's, 010, 020 and 0771 numbers."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"08-{d[:3]} {d[3:6]} {d[6:]}", f"08-{d[:3]} {d[3:5]} {d[5:7]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}",
            f"010-{d[:3]} {d[3:7]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}",
            f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}",
            f"040-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"+46 8 {d[:3]} {d[3:6]} {d[6:]}",
            f"018-{d[:2]} {d[2:4]} {d[4:6]}", self.landline(),
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"020 7{d[:3]} {d[3:7]}", f"020 8{d[:3]} {d[3:7]}", f"+44 20 7{d[:3]} {d[3:7]}", f"+44 (0)20 3{d[:3]} {d[3:7]}",
            f"07{r.choice('4579')}{d[:2]} {d[2:8]}", f"+44 7{r.choice('4579')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"0131 {d[:3]} {d[3:7]}", f"0161 {d[:3]} {d[3:7]}", f"0117 {d[:3]} {d[3:7]}", f"01865 {d[:6]}",
            f"01223 {d[:6]}", f"01497 {d[:6]}", f"029 20{d[:2]} {d[2:6]}", f"0044 1225 {d[:6]}", f"(01603) {d[:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(7)
        area = r.choice(
            (
                "212",
                "718",
                "646",
                "617",
                "503",
                "612",
                "206",
                "312",
                "512",
                "734",
                "828",
                "510",
                "319",
            )
        )
        shapes = (
            f"({area}) {d[:3]}-{d[3:]}", f"{area}-{d[:3]}-{d[3:]}", f"{area}.{d[:3]}.{d[3:]}",
            f"+1 {area} {d[:3]} {d[3:]}", f"+1 ({area}) {d[:3]}-{d[3:]}", f"1-{area}-{d[:3]}-{d[3:]}",
            f"({area}) 555-01{d[:2]}", f"{area}-555-01{d[:2]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+45 33{d[:6]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 9 {d[:4]} {d[4:8]}", f"00358 50 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"+49 30 {d[:8]}", f"+49 (0)341 {d[:6]}", f"0049 171 {d[:7]}", f"030 {d[:7]}",
            f"+33 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+34 91 {d[:3]} {d[3:5]} {d[5:7]}", f"+31 20 {d[:3]} {d[3:7]}", f"+31 6 {d[:8]}",
            f"+39 02 {d[:4]} {d[4:8]}", f"+43 1 {d[:3]} {d[3:7]}", f"+420 {d[:3]} {d[3:6]} {d[6:9]}",
            f"+354 {d[:3]} {d[3:7]}", f"+32 2 {d[:3]} {d[3:5]} {d[5:7]}", f"+44 20 7{d[:3]} {d[3:7]}",
            f"+1 212 {d[:3]} {d[3:7]}", f"+98 21 {d[:4]} {d[4:8]}", f"+964 750 {d[:3]} {d[3:7]}",
            f"+90 212 {d[:3]} {d[3:5]} {d[5:7]}", f"+380 {r.choice(('50', '67', '93'))} {d[:3]} {d[3:5]} {d[5:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` for someone past a hundred (`+`)."""
        r = self.rng
        year = r.randrange(1917, 1927) if old else r.randrange(1936, 2009)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            return (
                f"{year // 100}{date}-{serial}{check}" if roll < 0.25 else f"{date}+{serial}{check}"
            )
        if roll < 0.36:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            return f"{date}-{serial}{check}"
        if roll < 0.88:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def orgnr(self, hyphen: bool = True) -> str:
        r = self.rng
        body = r.choice(("556", "559", "802", "969", "716")) + self.digits(6)
        out = body + str(luhn(body))
        return f"{out[:6]}-{out[6:]}" if hyphen else out

    def isbn(self, hyphens: bool = True) -> str:
        r = self.rng
        if self.lang == "en" or (self.lang == "mixed" and r.random() < 0.4):
            group, pub = r.choice(("0", "1")), r.choice(("571", "09", "7847", "14", "5291", "00"))
        else:
            group, pub = "91", r.choice(("7343", "29", "1", "88", "7037", "0", "86", "7695", "27"))
        title = self.digits(9 - len(group) - len(pub))
        body = f"978{group}{pub}{title}"
        check = isbn13(body)
        return f"978-{group}-{pub}-{title}-{check}" if hyphens else body + check

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        if rural:
            town, prefix = r.choice(SV_RURAL)
            code = f"{prefix}{r.randrange(90, 100)}"
        else:
            town, low, high = r.choice(SV_TOWNS)
            code = f"{r.randrange(low, high + 1)}{r.randrange(10, 90):02d}"
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        roll = r.random()
        if roll < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.11:
            out = "SE-" + out
        elif roll < 0.14:
            out += ", Sverige"
        return out

    def rural_street(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 320)}"

    def sv_address(
        self, lines: bool = False, lgh: bool = False, rural: bool | None = None, floor: bool = False
    ) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.rural_street() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and (floor or r.random() < 0.06):
            street += f", {r.randrange(1, 7)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.65:
            town, low, high = r.choice(SV_TOWNS[:20])
            code = f"{r.randrange(low, high + 1)}{r.randrange(10, 99):02d}"
            sep = "\n" if r.random() < 0.25 else ", "
            return f"Box {r.randrange(10, 9999)}{sep}{code[:3]} {code[3:]} {town}"
        if roll < 0.85:
            return f"{self.sv_street()}, {r.randrange(2, 7)} tr, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_postcode(self, areas: tuple[str, ...]) -> str:
        r = self.rng
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{r.choice(areas)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, areas = r.choice(UK_TOWNS)
        code = self.uk_postcode(areas)
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        if r.random() < 0.25:
            street = f"{r.choice(UK_HOUSES)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 4000)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 40)}{r.choice(('', 'B', 'F'))}".replace(
                "# ", "#"
            )
        zipc = f"{prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{town}, {state} {zipc}" if lines else f"{street}, {town}, {state} {zipc}"

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

    def lower_address(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.35:
            value = self.sv_street()
        elif roll < 0.45:
            value = r.choice(SV_STREETS)
        elif roll < 0.55:
            value = f"{self.sv_street()} {r.randrange(1, 6)} tr"
        else:
            value = self.sv_address()
        return value.lower()

    def title(self) -> str:
        r = self.rng
        words = TITLE_EN if self.lang == "en" else TITLE_SV
        if r.random() < 0.5:
            return r.choice(words["plain"])
        adj, noun = r.choice(words["adj"]), r.choice(words["noun"])
        if words is TITLE_EN:
            return f"The {adj} {noun}"
        article = (
            "Det"
            if noun in ("huset", "vattnet", "rummet", "brevet", "landet", "fjället")
            else "De"
            if noun == "åren"
            else "Den"
        )
        return f"{article} {adj} {noun}"


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with a middle name, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU in
    capitals, GU the given name in capitals, I an initial and the surname, IM every initial and
    the surname, Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME,
    Given`, E an e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an
    English one.
    """
    given, surname = person.given, person.surname
    english = form.endswith("'")
    base = form[:-1] if english or (len(form) > 1 and form.endswith("s")) else form
    if base == "E":
        return [(draw.email(person), "EMAIL")]
    if base in ("P", "p", "U"):
        words, value = given + surname, f"{person.first} {person.last}"
        value = value.lower() if base == "p" else value.upper() if base == "U" else value
    elif base == "F":
        if not person.middle:
            origin = ORIGINS[person.origin]
            extra = draw.pick(origin.given_f if person.woman else origin.given_m)
            if extra[0] not in (w for w, _ in given) and "-" not in extra[0]:
                person.middle = [extra]
        words = given + person.middle + surname
        value = " ".join([person.first] + [w for w, _ in person.middle] + [person.last])
    elif base in ("G", "g", "N", "n", "GU"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g", "GU") else 0.85)
        value = person.first if base == "GU" else short or person.first
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
    elif base == "IM":
        words = surname
        initials = [p[0] + "." for p in person.first.split("-")] + [
            w[0] + "." for w, _ in person.middle
        ]
        value = " ".join(initials) + f" {person.last}"
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
    "N",
    "n",
    "S",
    "s",
    "SU",
    "GU",
    "I",
    "IM",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    hour, minute = r.randrange(9, 21), r.choice(("00", "15", "30", "45"))
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False, lines=r.random() < 0.3), "ADDRESS"),
        "STT": lambda: (draw.sv_address(floor=True, rural=False), "ADDRESS"),
        "a": lambda: (draw.lower_address(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: ((draw.uk_address() if r.random() < 0.6 else f"{r.randrange(1, 90)} {r.choice(UK_STREETS)}").lower(), "ADDRESS"),
        "STNUK": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "FE": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: ((f"{hour - 12 if hour > 12 else hour}.{minute}pm" if hour >= 12 else f"{hour}.{minute}am") if en else f"{hour}.{minute}", None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "YEAR": lambda: (str(r.randrange(2019, 2028)), None),
        "BORN": lambda: (str(r.randrange(1941, 2000)), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AMT": lambda: (f"{r.randrange(400, 96000):,} kr".replace(",", " "), None),
        "PRICE": lambda: (f"{r.randrange(89, 399)} kr", None),
        "GBP": lambda: (f"£{r.randrange(8, 4800)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(9, 5200)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(400, 9000)}", None),
        "PCT": lambda: (str(r.choice((6, 8, 10, 12, 15, 18, 20, 25, 27))), None),
        "PAGES": lambda: (str(r.randrange(12, 480)), None),
        "CH": lambda: (str(r.randrange(1, 31)), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "WORDS": lambda: (str(r.randrange(55, 141)), None),
        "EX": lambda: (f"{r.choice((1, 2, 3, 4, 5, 8, 10, 12, 15))} {r.choice(('000', '500'))}", None),
        "ISBN": lambda: (draw.isbn(), None),
        "ISBNX": lambda: (draw.isbn(hyphens=False), None),
        "ORDER": lambda: (r.choice((f"{r.randrange(10000, 99999)}", f"KO-{r.randrange(1000, 99999)}", f"W{r.randrange(100000, 999999)}", f"{r.randrange(100, 999)}-{r.randrange(10000, 99999)}")), None),
        "ORGNR": lambda: (draw.orgnr(), None),
        "ORGNRX": lambda: (draw.orgnr(hyphen=False), None),
        "BG": lambda: (r.choice((f"{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", f"{r.randrange(5000, 5999)}-{r.randrange(1000, 9999)}")), None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{r.choice('ABCDKLR')}{r.randrange(10000000, 99999999)}SE", f"#{r.randrange(10000, 99999)}", f"2027/{r.randrange(100, 9999)}")), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS + SV_RURAL)[0], None),
        "TITLE": lambda: (draw.title(), None),
        "TITLEEN": lambda: (r.choice(TITLE_EN["plain"]) if r.random() < 0.5 else f"The {r.choice(TITLE_EN['adj'])} {r.choice(TITLE_EN['noun'])}", None),
        "PUB": lambda: (r.choice(PUBLISHERS_SV), None),
        "PUBEN": lambda: (r.choice(PUBLISHERS_EN), None),
        "SHOP": lambda: (r.choice(SHOPS_SV), None),
        "SHOPEN": lambda: (r.choice(SHOPS_EN), None),
        "PAPER": lambda: (r.choice(PAPERS_SV), None),
        "PAPEREN": lambda: (r.choice(PAPERS_EN), None),
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
    """GJ's rows: every negative once, then positive rows from shuffled decks of each language's
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
    if not re.fullmatch(r"(?:\d{2})?\d{6}[-+]?\d{4}", value):
        return False
    digits = re.sub(r"\D", "", value)[-10:]
    return luhn(digits[:9]) == int(digits[9])


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of GJ is printed."""
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
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address c/o before it"] += (
                    text[max(0, span["start"] - 40) : span["start"]].count("c/o") > 0
                )
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans in all: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
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
    missing = [k for mix in MIXES.values() for k in mix if not draw.origins[k]]
    print(f"origins in MIXES never drawn: {sorted(set(missing)) or 'none'}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    ids: set[str] = set()
    for row in rows:
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["row keys"] += 1
        if row["split"] != SPLIT or row["lang"] not in SIZES:
            problems["split or lang"] += 1
        if not re.fullmatch(rf"gen-{SPLIT}-\d{{4}}", row["id"]) or row["id"] in ids:
            problems["id"] += 1
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            s, e, kind = span["start"], span["end"], span["kind"]
            if set(span) != {"start", "end", "kind"} or kind not in KINDS:
                problems["span keys or kind"] += 1
            if not 0 <= s < e <= len(text):
                problems["span empty or out of bounds"] += 1
                continue
            value = text[s:e]
            if value != value.strip():
                problems["whitespace at a span's edge"] += 1
            if s < end:
                problems["spans unsorted or overlapping"] += 1
            end = e
            if kind == "NATIONAL_ID" and not pnr_valid(value):
                problems["personnummer check digit"] += 1
    langs = Counter(row["lang"] for row in rows)
    print(
        f"{path.name}: {len(rows)} rows ("
        + ", ".join(f"{k} {v}" for k, v in sorted(langs.items()))
        + f"), {sum(len(r['spans']) for r in rows)} spans, {len(ids)} distinct ids"
    )
    if langs != Counter(SIZES):
        problems["rows per language"] += 1
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) or "none"))
    stats(rows, None)
    return sum(problems.values())


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
