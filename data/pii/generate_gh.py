# ruff: noqa: E501
"""Generate held-out GH for personal-data detection (issue 15): names as the population has them,
a hundred-and-sixty-ninth writer.

    python data/pii/generate_gh.py                      # writes data/pii/generated-heldout-gh.jsonl
    python data/pii/generate_gh.py --stats              # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_gh.py --check              # checks the written file, prints counts only
    python data/pii/generate_gh.py --seed 7 --out /tmp/gh-7.jsonl   # a scratch seed

GH's names are drawn by how often people really carry them: every name word comes from
`names_gh.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is laundries, dry cleaners and clothing repair (`templates_gh.py`): drop-off and
pick-up slips, stains and damaged garments, customers' complaints, delivery of laundry to homes
and restaurants, staff rotas, invoices to hotels and gyms, in Swedish, English and the two mixed.
Written by a helper who does not tune the detector and who read only `generate_aw.py` (for the
mechanics, copied here), two write-ups of earlier sets in `docs/privacy.md` and the first line of
`generated-heldout-u.jsonl`: not the detector's rules, lexicons or tagger, nor any error listing,
nor any other set's names and templates. GH was never run through the detector by its writer, and
its names were not checked against anything in the repository. Stdlib only; one seeded Random:
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

from names_gh import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gh import (  # noqa: E402
    DAYS,
    EN,
    FIRMS,
    GARMENTS,
    GYMS,
    HOTELS,
    MIXED,
    MONTHS,
    NEGATIVES,
    RESTAURANTS,
    STAINS,
    SV,
)

SEED = 20270246
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gh.jsonl"
SPLIT = "heldout-gh"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Drottninggatan", "Storgatan", "Kyrkogatan", "Nygatan", "Västra Hamngatan", "Södra Järnvägsgatan",
    "Vävaregatan", "Färgargatan", "Linnégatan", "Tvättgatan", "Klädesgatan", "Sockerbruksgatan",
    "Norra Allégatan", "Brogatan", "Repslagaregatan", "Fabriksgatan", "Bangårdsgatan", "Skeppargatan",
    "Björkvägen", "Lärkvägen", "Rönnvägen", "Idrottsvägen", "Parkvägen", "Bergsvägen", "Hagvägen",
    "Solvägen", "Blåklintsvägen", "Kvarnvägen", "Tingsvägen", "Gamla Kustvägen", "Östra Ringvägen",
    "Sjöviksvägen", "Backvägen", "Hallonvägen", "Ljungvägen", "Klövervägen", "Furuvägen",
    "Mejramsvägen", "Bäcksvängen", "Ängssvängen", "Lingonsvängen", "Tallsvängen", "Lindallén",
    "Kastanjeallén", "Järnvägsallén", "Vasa allé", "Slottsallén", "Kvarnbacken", "Solbacken",
    "Ekbacken", "Kyrkbacken", "Lärkbacken", "Sankt Pers backe", "Kämpebacken", "Blåbärsstigen",
    "Smultronstigen", "Ekorrstigen", "Mossstigen", "Ljungstigen", "Stortorget", "Fisktorget",
    "Södra torg", "Järntorget", "Nytorget", "Brunnsplan", "Stationsplan", "Biblioteksplan", "Kyrkplan",
    "Mästargränd", "Bagargränd", "Skomakargränd", "Tunnbindargränd", "Västra kajen", "Norra kajen",
    "Hamnkajen", "Strandkajen", "Kanalkajen", "Skeppsbron", "Strandpromenaden", "Åsgränd",
)  # fmt: skip
# Towns and their postcodes' first three digits (low, high): cities, suburbs and county towns.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 752, 757),
    ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Nacka", 131, 132), ("Lidingö", 181, 181),
    ("Täby", 183, 187), ("Huddinge", 141, 141), ("Sollentuna", 191, 192), ("Mölndal", 431, 431),
    ("Lund", 222, 227), ("Linköping", 582, 589), ("Norrköping", 602, 603), ("Örebro", 702, 703),
    ("Västerås", 721, 725), ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 633),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Luleå", 972, 977),
    ("Östersund", 831, 832), ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Karlskrona", 371, 371),
    ("Skellefteå", 931, 931), ("Falun", 791, 791), ("Visby", 621, 621), ("Trollhättan", 461, 461),
    ("Borlänge", 781, 784), ("Nyköping", 611, 611), ("Varberg", 432, 432), ("Ystad", 271, 271),
    ("Kiruna", 981, 981), ("Piteå", 941, 941), ("Örnsköldsvik", 891, 891), ("Alingsås", 441, 441),
    ("Lidköping", 531, 531), ("Hudiksvall", 824, 824),
)  # fmt: skip
# Small towns whose countryside has rural postcodes (`xxx 9x`), for addresses by village.
SV_RURAL = (
    ("Orsa", 794), ("Tranemo", 514), ("Ljusdal", 827), ("Vetlanda", 574), ("Torsby", 685),
    ("Åre", 837), ("Sunne", 686), ("Tomelilla", 273), ("Simrishamn", 272), ("Hjo", 544),
    ("Norrtälje", 761), ("Gällivare", 982), ("Älmhult", 343), ("Ljungby", 341), ("Kungsbacka", 434),
    ("Ulricehamn", 523), ("Östhammar", 742), ("Vimmerby", 598), ("Strömsund", 833), ("Bollnäs", 821),
)  # fmt: skip
VILLAGES = (
    "Bäckby", "Sörbo", "Nordanåker", "Kvarnbo", "Övertorp", "Lillhärad", "Gammelgården", "Solberga",
    "Hultet", "Rökärr", "Ängebo", "Västerbyn", "Sjöhagen", "Nybyn", "Källtorp", "Hässlebo",
    "Mörtsjö", "Östanå", "Björnhult", "Lövsta", "Tallåsen", "Kärrbo", "Övre Ålsta", "Nedre Gärdet",
)  # fmt: skip
UK_STREETS = (
    "Albert Road", "Grove Lane", "Victoria Street", "Church Road", "Queens Road", "Mill Street",
    "Park Crescent", "Station Approach", "The Avenue", "Highfield Road", "Manor Way", "Elm Grove",
    "Chapel Street", "North Parade", "Cromwell Terrace", "Willow Close", "Bridge Road", "Castle Street",
    "London Road", "Market Street", "Orchard Way", "Springfield Drive", "Canal Walk", "Mill Hill",
)  # fmt: skip
# Town, postcode district prefixes as written before the inward code.
UK_TOWNS = (
    ("London", ("SE15", "E8", "N16", "NW5", "SW9", "W12", "E17", "SE22")), ("Manchester", ("M14", "M20", "M4")),
    ("Leeds", ("LS6", "LS8")), ("Bristol", ("BS3", "BS6")), ("Birmingham", ("B13", "B29")),
    ("Glasgow", ("G12", "G41")), ("Edinburgh", ("EH6", "EH9")), ("Cardiff", ("CF24", "CF11")),
    ("Brighton", ("BN2", "BN1")), ("Bath", ("BA1", "BA2")), ("York", ("YO31", "YO10")),
    ("Sheffield", ("S11", "S7")), ("Liverpool", ("L17", "L8")), ("Newcastle upon Tyne", ("NE6", "NE2")),
    ("Nottingham", ("NG7", "NG5")), ("Oxford", ("OX4", "OX2")), ("Norwich", ("NR2", "NR3")),
    ("Belfast", ("BT9", "BT7")),
)  # fmt: skip
UK_HOUSES = ("Flat {m}", "Flat {m}B", "Apartment {n}", "Unit {m}", "The Coach House", "Laurel Cottage", "2nd Floor")  # fmt: skip
US_STREETS = ("Elm Street", "Maple Avenue", "Oak Street", "Washington Avenue", "2nd Street", "Park Avenue", "Lake Street", "Cedar Lane", "Sunset Boulevard", "Hill Road", "Pine Street", "Bedford Avenue", "Grand Avenue", "University Avenue")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Boston", "MA", 21), ("Austin", "TX", 787), ("Denver", "CO", 802), ("Portland", "OR", 972), ("Brooklyn", "NY", 112), ("Madison", "WI", 537), ("Columbus", "OH", 432), ("San Diego", "CA", 921), ("Atlanta", "GA", 303))  # fmt: skip
EUROPE = (
    "Lindenallee {n}, {z5:50968-50999} Köln", "Am Markt {n}, {z5:04109-04109} Leipzig",
    "Bahnhofstraße {n}, {z5:80335-80336} München", "{n} rue des Lilas, {z5:75019-75020} Paris",
    "{n} avenue de la Gare, {z5:69003-69003} Lyon", "Calle del Sol {n}, {m}º B, {z5:28013-28015} Madrid",
    "Carrer de la Marina {n}, {z5:08005-08013} Barcelona", "Via dei Fiori {n}, {z5:20121-20129} Milano",
    "Piazza del Mercato {n}, {z5:50122-50125} Firenze", "Keizersgracht {n}, {z4:1015-1017} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "Nørrebrogade {n}, {m}. th., 2200 København N",
    "Storgata {n}, {z4:0155-0185} Oslo", "Hämeenkatu {n} A {m}, {z5:33100-33200} Tampere",
    "Kauppakatu {n}, {z5:40100-40101} Jyväskylä", "ul. Długa {n}/{m}, 00-{z3:200-299} Warszawa",
    "ul. Kwiatowa {n}, 30-{z3:100-699} Kraków", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
    "Landstraßer Hauptstraße {n}/{m}, 1030 Wien", "Rua das Flores {n}, 4050-{z3:100-299} Porto",
    "Pikk {n}, {z5:10123-10133} Tallinn", "{n} Main Street, Ballina, Co. Mayo",
)  # fmt: skip
MAIL_SV = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "telia.com", "bredband.net", "hotmail.se", "protonmail.com")  # fmt: skip
MAIL_EN = ("gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "aol.com", "comcast.net", "hotmail.co.uk", "sky.com")  # fmt: skip
WORK = ("example.se", "tvatt.example.se", "hotell.example.se", "kemtvatt.example.se", "example.com", "linen.example.co.uk", "example.org")  # fmt: skip
FIRM_LOCALS = ("info", "kundtjanst", "bokning", "faktura", "order", "hej", "hello", "accounts", "linen", "tvatt", "ekonomi", "service")  # fmt: skip
WOMEN_ONLY = {"Kaur", "Begum", "Bibi"}  # surnames that only women carry
BANKS = ("Swedbank", "Handelsbanken", "SEB", "Nordea", "ICA Banken", "Skandiabanken", "Sparbanken")  # fmt: skip


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
    """Every value of GH from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.woman: bool | None = None  # the last person named: a personnummer's serial follows

    def pick(self, pool: Pool) -> Word:
        """A name of `pool`: from its head with HEAD_SHARE, else from its tail, by weight."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        lo, hi = (0, pool.head) if part == "head" else (pool.head, len(pool.names))
        return r.choices(pool.names[lo:hi], weights=pool.weights[lo:hi])[0], part

    def pick_hyphened(self, pool: Pool) -> Word:
        """A double given name of `pool` (`Ann-Christin`, `Karl-Erik`), head or tail as `pick`."""
        r = self.rng
        part = "head" if r.random() < HEAD_SHARE else "tail"
        spans = {"head": range(pool.head), "tail": range(pool.head, len(pool.names))}
        picks = [i for i in spans[part] if "-" in pool.names[i]]
        if not picks:
            part = "tail" if part == "head" else "head"
            picks = [i for i in spans[part] if "-" in pool.names[i]]
        i = r.choices(picks, weights=[pool.weights[i] for i in picks])[0]
        return pool.names[i], part

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Ann-Sofie, Per-Olof
            given = [self.pick_hyphened(pool)]  # the lists' own double names, topped up
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "nordic": 0.2}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        while not woman and surname[0][0] in WOMEN_ONLY:
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
        elif key == "thai" and woman and roll < 0.4:  # married in Sweden, her husband's name
            surname = [self.pick(ORIGINS["swedish"].surnames)]
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
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given = clean(person.first)
        surname = clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        if r.random() < 0.35:
            domain = r.choice(WORK[4:] if self.lang == "en" else WORK)
        else:
            domain = r.choice(MAIL_EN if self.lang == "en" else MAIL_SV)
        return f"{local}@{domain}"

    def firm_email(self) -> str:
        r = self.rng
        domains = WORK[4:] if self.lang == "en" else WORK
        return f"{r.choice(FIRM_LOCALS)}@{r.choice(domains)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2 = r.choice(
            (
                "31",
                "40",
                "18",
                "13",
                "11",
                "19",
                "21",
                "16",
                "36",
                "54",
                "90",
                "60",
                "26",
                "46",
                "42",
            )
        )
        a3 = r.choice(("150", "220", "240", "250", "270", "325", "340", "346", "380", "410", "455", "470", "480", "498", "500", "510", "520", "560", "611", "620", "640", "650", "660", "680", "920", "980"))  # fmt: skip
        shapes = (
            (14, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"{m}/{d[:3]} {d[3:5]} {d[5:7]}"), (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0046{m[1:]}{d[:7]}"),
            (5, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (2, f"08-{d[:8]}"), (1, f"+46 8 {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's number: a switchboard, a 010 or 020 number, a 0771 service number."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"08-{d[:3]} {d[3:5]} 00", f"08-{d[:2]} {d[2:4]} {d[4:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}",
            f"010 {d[:3]} {d[3:5]} {d[5:7]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}",
            f"018-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"+46 8 {d[:3]} {d[3:5]} 00",
            f"0{r.choice(('13', '19', '21', '90', '60'))}-{d[:2]} {d[2:4]} {d[4:6]}", f"0{r.choice(('470', '480', '640', '910'))}-{d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"07{r.choice('4579')}{d[:2]} {d[2:8]}", f"07{r.choice('4579')}{d[:2]}{d[2:8]}", f"+44 7{r.choice('4579')}{d[:2]} {d[2:8]}",
            f"+44 (0)7{r.choice('4579')}{d[:2]} {d[2:5]} {d[5:8]}", f"020 {d[:4]} {d[4:8]}", f"(020) {d[:4]} {d[4:8]}",
            f"0161 {d[:3]} {d[3:7]}", f"0113 {d[:3]} {d[3:7]}", f"0117 {d[:3]} {d[3:7]}", f"0131 {d[:3]} {d[3:7]}",
            f"029 {d[:4]} {d[4:8]}", f"01225 {d[:6]}", f"+44 20 {d[:4]} {d[4:8]}", f"0044 161 {d[:3]} {d[3:7]}",
            f"028 90{d[:2]} {d[2:6]}", f"0800 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(7)
        area = r.choice(
            ("612", "206", "312", "617", "512", "303", "503", "718", "608", "614", "619", "404")
        )
        shapes = (
            f"({area}) {d[:3]}-{d[3:]}", f"{area}-{d[:3]}-{d[3:]}", f"{area}.{d[:3]}.{d[3:]}",
            f"+1 {area} {d[:3]} {d[3:]}", f"+1 ({area}) {d[:3]}-{d[3:]}", f"1-{area}-{d[:3]}-{d[3:]}",
            f"001 {area} {d[:3]} {d[3:]}", f"{area} {d[:3]} {d[3:]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, as people there write it: English rows lean to the UK and the US."""
        r = self.rng
        if self.lang == "en" and r.random() < 0.6:
            return self.phone_uk() if r.random() < 0.55 else self.phone_us()
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)50 {d[:3]} {d[3:7]}", f"+49 151 {d[:4]} {d[4:8]}",
            f"+49 (0)30 {d[:4]} {d[4:8]}", f"0049 89 {d[:6]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+33 (0)1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+43 664 {d[:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+353 87 {d[:3]} {d[3:7]}",
            f"+351 91{d[:1]} {d[1:4]} {d[4:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 77{d[:2]} {d[2:5]} {d[5:9]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+44 7{r.choice('4579')}{d[:2]} {d[2:8]}", f"+1 (212) {d[:3]}-{d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `+` for those past a hundred in the 10-digit form."""
        r = self.rng
        year = r.randrange(1918, 1927) if old else r.randrange(1940, 2007)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(100):02d}{r.randrange(0 if self.woman else 1, 10, 2) if self.woman is not None else r.randrange(10)}"
        check = luhn(date + serial)
        roll = r.random()
        if old and roll < 0.65:
            return f"{date}+{serial}{check}"
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "c"))
        return out

    def street_name(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self) -> str:
        return f"{self.street_name()} {self.number()}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        if rural:
            town, head = r.choice(SV_RURAL)
            code = f"{head}{r.randrange(90, 100)}"
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
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(
        self, lines: bool = False, lgh: bool = False, tr: bool = False, rural: bool | None = None
    ) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.1):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 15)}{r.randrange(1, 9):02d}"
        elif not rural and (tr or r.random() < 0.05):
            street += f", {r.randrange(1, 7)} tr"
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.65:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        if roll < 0.85:
            return f"{self.sv_street()}, plan {r.randrange(2, 8)}, {self.sv_postal()}"
        return f"{self.sv_street()}, uppgång {r.choice('ABC')}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, districts = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{r.choice(districts)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        if r.random() < 0.3:
            house = (
                r.choice(UK_HOUSES)
                .replace("{m}", str(r.randrange(1, 12)))
                .replace("{n}", str(r.randrange(1, 60)))
            )
            street = f"{house}, {street}"
        if lines:
            return f"{street.replace(', ', chr(10), 1) if r.random() < 0.3 else street}\n{town}\n{code}"
        return f"{street}, {town} {code}" if r.random() < 0.7 else f"{street}, {town}, {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(1, 40)}{r.choice(('', 'B', 'C'))}".replace(
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
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    I initial(s) and the surname, Gi the given name and the surname's initial, R `Surname, Given`,
    RU `SURNAME, Given`, SU/GU the surname or the given name in capitals, E an e-mail address.
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
        initials = "-".join(p[0] for p in person.first.split("-")) + "."
        if middle and draw.rng.random() < 0.35:
            initials += f" {middle[0][0][0]}."
            words = middle + surname
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
    "N",
    "n",
    "S",
    "s",
    "I",
    "Gi",
    "R",
    "RU",
    "SU",
    "GU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    lang = "en" if en else "sv"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.street_name(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ATR": lambda: (draw.sv_address(tr=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.4 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "GB": lambda: (draw.uk_address(), "ADDRESS"),
        "GBL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "gb": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "US": lambda: (draw.us_address(), "ADDRESS"),
        "USL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "EU": lambda: (draw.eu_address(), "ADDRESS"),
        "EUL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.27")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 19)}.{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(7, 19)}:{r.choice(('00', '15', '30', '45'))}", r.choice((f"{r.randrange(8, 12)}am", f"{r.randrange(1, 7)}pm", f"{r.randrange(1, 6)}.30pm")))), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "DAY": lambda: (r.choice(DAYS["sv"][:6]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"][:6]), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (r.choices((f"{r.randrange(49, 4800)} kr", f"{r.randrange(1200, 48000):,},00 kr".replace(",", " ", 1), f"{r.randrange(90, 900)}:-"), weights=(5, 2, 2))[0], None),
        "GBP": lambda: (f"£{r.randrange(3, 900)}.{r.choice(('00', '50', '95', '20'))}", None),
        "USD": lambda: (f"${r.randrange(20, 400)}.00", None),
        "EUR": lambda: (f"€{r.randrange(15, 600)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}", f"#{r.randrange(10000, 99999)}", f"nr {r.randrange(100, 999)}-{r.randrange(10, 99)}", f"{r.choice('ABCKT')}{r.randrange(1000, 9999)}")), None),
        "ORD": lambda: (f"{r.choice(('', 'ORD-', 'W'))}{r.randrange(100000, 999999)}", None),
        "INV": lambda: (f"{r.choice(('', 'F', 'INV-'))}{r.randrange(2027000, 2027999)}", None),
        "OCR": lambda: (draw.digits(r.randrange(8, 15)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ORG": lambda: (f"55{r.randrange(5000, 9999)}-{r.randrange(1000, 9999)}", None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "KG": lambda: (f"{r.randrange(40, 2400)}", None),
        "BANK": lambda: (r.choice(BANKS), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "GARM": lambda: (r.choice(GARMENTS["sv"]), None),
        "GARMEN": lambda: (r.choice(GARMENTS["en"]), None),
        "STAIN": lambda: (r.choice(STAINS["sv"]), None),
        "STAINEN": lambda: (r.choice(STAINS["en"]), None),
        "FIRM": lambda: (r.choice(FIRMS["sv"]), None),
        "FIRMEN": lambda: (r.choice(FIRMS["en"]), None),
        "HOTEL": lambda: (r.choice(HOTELS["sv"]), None),
        "HOTELEN": lambda: (r.choice(HOTELS["en"]), None),
        "GYM": lambda: (r.choice(GYMS["sv"]), None),
        "GYMEN": lambda: (r.choice(GYMS["en"]), None),
        "REST": lambda: (r.choice(RESTAURANTS["sv"]), None),
        "RESTEN": lambda: (r.choice(RESTAURANTS[lang]), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    last_person: Person | None = None
    draw.woman = None
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
            elif base == "E" and not ref and last_person is not None:
                person = last_person  # an address follows the person named nearest before it
            else:
                person = draw.person({"f": True, "m": False}.get(gender or ""))
                if ref:
                    people[ref] = person
            last_person = person
            draw.woman = person.woman
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
    """GH's rows: every negative once, then positive rows from shuffled decks of each language's
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


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of GH is printed."""
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
                forms["one word lower case"] += value.islower() and " " not in value
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
                forms["address one word"] += " " not in value
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
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for k in MIXES["sv"] if draw.origins[k] == 0]
    print(f"origins never drawn: {missing or 'none'}")


def check(path: Path) -> int:
    """Checks the written file; prints counts of problems only, never a row."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_seen = 0
    keys = {"id", "split", "lang", "text", "spans"}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            problems["row keys differ"] += set(row) != keys
            problems["split wrong"] += row["split"] != SPLIT
            problems["lang unknown"] += row["lang"] not in SIZES
            problems["id repeated"] += row["id"] in ids
            ids.add(row["id"])
            text, end = row["text"], 0
            for span in row["spans"]:
                spans_seen += 1
                start, stop = span["start"], span["end"]
                value = text[start:stop]
                problems["span empty"] += stop <= start
                problems["span out of bounds"] += start < 0 or stop > len(text)
                problems["whitespace at an edge"] += bool(value) and (value != value.strip())
                problems["unsorted or overlapping"] += start < end
                problems["kind unknown"] += span["kind"] not in (
                    "PERSON",
                    "ADDRESS",
                    "PHONE",
                    "EMAIL",
                    "NATIONAL_ID",
                )
                end = stop
                if span["kind"] == "NATIONAL_ID":
                    digits = re.sub(r"\D", "", value)
                    ok = len(digits) in (10, 12) and luhn(digits[-10:-1]) == int(digits[-1])
                    problems["personnummer check digit wrong"] += not ok
    print(f"{rows} rows, {spans_seen} spans, {len(ids)} distinct ids checked in {path.name}")
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return 1 if bad else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file, print counts only"
    )
    args = parser.parse_args()
    out = args.out or OUT
    if args.check:
        sys.exit(check(out))
    if args.seed != SEED and args.out is None and not args.stats:
        parser.error("a scratch seed needs --out (the set's own file is written with SEED only)")
    draw = Draw(args.seed)
    rows = generate(args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {out}")


if __name__ == "__main__":
    main()
