# ruff: noqa: E501
"""Generate held-out HT for personal-data detection (issue 15): names as the population has them,
a two-hundred-and-seventh writer, in the texts of orienteering and running clubs.

    python data/pii/generate_ht.py                          # writes data/pii/generated-heldout-ht.jsonl
    python data/pii/generate_ht.py --stats                  # counts only (sizes, forms, head/tail split)
    python data/pii/generate_ht.py --check                  # checks the written file, counts only
    python data/pii/generate_ht.py --seed 7 --out /tmp/x.jsonl  # a scratch seed

HT's names are drawn by how often people carry them: every name word comes from `names_ht.py`'s
weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the
UK, and the commonest names of the origins common in Sweden), 80% from the head of a list and 20%
from its tail, mixed by the language of the row as `MIXES` says. Written by a helper who does not
tune the detector, who read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the slot
filler, the row format and `--stats`), the sections "Held-out AW" and "Held-out CL" of
docs/privacy.md and the first line of `generated-heldout-u.jsonl`; not the detector's rules,
lexicons or tests, nor any other set's names, templates or rows, nor any error listing. HT was
never run through the detector by its writer and its names were not checked against rung's
lexicons. The genre (`templates_ht.py`): orienteering and running clubs, with race sign-ups,
start lists and results, carpool messages, club-shop orders and volunteer rotas, in Swedish,
English and both mixed. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_ht import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_ht import (  # noqa: E402
    CLUBS_EN,
    CLUBS_SV,
    DAYS,
    EN,
    EVENTS_EN,
    EVENTS_SV,
    MIXED,
    MONTHS,
    NEGATIVES,
    PLACES_EN,
    PLACES_SV,
    SV,
)

SEED = 20270284
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-ht.jsonl"
SPLIT = "heldout-ht"
YEAR = 2027  # the year the texts are written in: a personnummer of someone 100 or older has `+`
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

# Swedish double given names are made of a few first parts and a few second parts (`Karl-Erik`,
# `Ann-Sofie`, `Lars-Göran`); the lists hold the commonest whole, these add more of them.
JOIN_FIRST = {"Karl", "Carl", "Lars", "Per", "Jan", "Nils", "Sven", "Hans", "Bo", "Stig", "Anna", "Ann", "Eva", "Marie", "Britt", "Lena", "Ulla", "Maj", "Gun", "Inga", "Anne"}  # fmt: skip
JOIN_SECOND = {"Erik", "Olof", "Göran", "Johan", "Åke", "Gunnar", "Axel", "Gustav", "Ove", "Arne", "Anders", "Inge", "Karin", "Marie", "Sofie", "Lena", "Britt", "Louise", "Charlotte", "Lotta", "Maria", "Kristin", "Christin", "Lill", "Stina"}  # fmt: skip
Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Stationsgatan", "Nygatan", "Södra Vägen", "Västra Hamngatan", "Idrottsgatan", "Parkgatan",
    "Trädgårdsgatan", "Bruksgatan", "Hantverkargatan", "Östra Kyrkogatan", "Tegnérgatan",
    "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lindvägen", "Ängsvägen", "Granvägen",
    "Ekvägen", "Kvarnvägen", "Idrottsvägen", "Motionsvägen", "Skidvägen", "Orienteringsvägen",
    "Friluftsvägen", "Mossvägen", "Myrvägen", "Blåbärsvägen", "Lingonvägen", "Tranvägen",
    "Hagsvängen", "Skogssvängen", "Tallsvängen", "Hjortsvängen", "Kastanjeallé", "Lindallén",
    "Björkallén", "Linnés allé", "Solbacken", "Kvarnbacken", "Björkbacken", "Tornbacken",
    "Rävbacken", "Ekbacken", "Lärkstigen", "Ekorrstigen", "Trastvägen", "Harstigen", "Gökstigen",
    "Mårdstigen", "Älgstigen", "Stortorget", "Lilla torget", "Fisktorget", "Järntorget",
    "Medborgarplatsen", "Brunnsplan", "Kyrkplan", "Tingsplan", "Stationsplan", "Smedgränd",
    "Kyrkogränd", "Garvargränd", "Bagargränd", "Hamnkajen", "Norra kajen", "Skeppsbrokajen",
    "Östra kajen", "Strandvägen", "Sjövägen", "Åvägen", "Furuvägen", "Rönnvägen", "Ljungvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes: the larger first, then the smaller.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 705), ("Västerås", 721, 725), ("Norrköping", 602, 603),
    ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227), ("Borås", 503, 507),
    ("Gävle", 802, 806), ("Sundsvall", 852, 857), ("Eskilstuna", 632, 635), ("Karlstad", 652, 656),
    ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Lidingö", 181, 181),
    ("Täby", 183, 187), ("Nacka", 131, 133), ("Huddinge", 141, 141), ("Sollentuna", 191, 192),
    ("Mölndal", 431, 431),
    ("Östersund", 831, 832), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Karlskrona", 371, 371),
    ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Trollhättan", 461, 461), ("Uddevalla", 451, 451),
    ("Nyköping", 611, 611), ("Södertälje", 151, 152), ("Tyresö", 135, 135), ("Partille", 433, 433),
    ("Kungsbacka", 434, 434), ("Lerum", 443, 443), ("Alingsås", 441, 441), ("Ulricehamn", 523, 523),
    ("Eksjö", 575, 575), ("Mora", 792, 792), ("Malung", 782, 782), ("Hudiksvall", 824, 824),
    ("Kiruna", 981, 981), ("Visby", 621, 621), ("Motala", 591, 591), ("Västervik", 593, 593),
    ("Oskarshamn", 572, 572), ("Ludvika", 771, 771), ("Borlänge", 784, 784), ("Sandviken", 811, 811),
    ("Piteå", 941, 941), ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 891), ("Arvika", 671, 671),
    ("Lidköping", 531, 531), ("Tranås", 573, 573), ("Vimmerby", 598, 598), ("Ystad", 271, 271),
    ("Ängelholm", 262, 262), ("Sälen", 780, 780), ("Rättvik", 795, 795), ("Sunne", 686, 686),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Västanby 24`).
VILLAGES = (
    "Västanby", "Östanby", "Norrby", "Söderby", "Kvarnby", "Bäckby", "Nybyn", "Övre Byn",
    "Nedre Gärdet", "Lillgården", "Storgården", "Norrgården", "Hagaberg", "Skogstorp", "Lövnäs",
    "Björkås", "Tallmo", "Ängsbacka", "Sjötorp", "Berga", "Bodarna", "Fäbovallen", "Myrbacka",
    "Mossebo", "Granhult", "Ekeby", "Stensjö", "Holma", "Åsen", "Gillberga",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Victoria Road", "Park Avenue",
    "Queens Road", "Manor Road", "The Crescent", "Orchard Close", "Meadow Way", "Beech Grove",
    "Oakfield Road", "Moor Lane", "Hillside Drive", "Riverside Walk", "Chapel Street",
    "Fell View", "Heather Close", "Larch Gardens", "Sycamore Terrace", "Quarry Lane",
    "Priory Mews", "Bridge Street", "North Road", "Castle Street",
)  # fmt: skip
UK_TOWNS = (
    ("Sheffield", "S"), ("Leeds", "LS"), ("Kendal", "LA"), ("Ambleside", "LA"), ("Keswick", "CA"),
    ("Edinburgh", "EH"), ("Inverness", "IV"), ("Bristol", "BS"), ("Bath", "BA"), ("Oxford", "OX"),
    ("Cambridge", "CB"), ("Manchester", "M"), ("Nottingham", "NG"), ("Exeter", "EX"),
    ("Cardiff", "CF"), ("Aviemore", "PH"), ("Hexham", "NE"), ("Harrogate", "HG"), ("London", "SE"),
    ("Southampton", "SO"), ("Guildford", "GU"), ("Norwich", "NR"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "Fell End", "The Old Barn", "Hill Farm", "Brackenside", "The Old School House", "Keepers Cottage", "Birch House")  # fmt: skip
US_STREETS = ("Pearl Street", "Oak Street", "Maple Avenue", "Elm Street", "Cedar Lane", "N 5th Street", "Lakeshore Drive", "Ridge Road", "Canyon Boulevard", "Pine Street", "SW Park Avenue", "Trail Ridge Court", "Aspen Way")  # fmt: skip
US_TOWNS = (
    ("Boulder", "CO", 803), ("Bend", "OR", 977), ("Flagstaff", "AZ", 860), ("Minneapolis", "MN", 554),
    ("Seattle", "WA", 981), ("Ann Arbor", "MI", 481), ("Burlington", "VT", 54), ("Asheville", "NC", 288),
    ("Eugene", "OR", 974), ("Madison", "WI", 537), ("Boston", "MA", 21), ("Salt Lake City", "UT", 841),
    ("Chattanooga", "TN", 374), ("Duluth", "MN", 558), ("Quantico", "VA", 221),
)  # fmt: skip
EUROPE = (
    "Storgata {n}, 0{z3:155-190} Oslo", "Fjellveien {n}, {z4:1770-1789} Halden",
    "Skovvej {n}, {z4:8600-8699} Silkeborg", "Søndergade {n}, 2. th., {z4:8000-8099} Aarhus C",
    "Urheilutie {n}, {z5:63100-63199} Kuortane", "Mannerheimintie {n} A {m}, 00{z3:100-290} Helsinki",
    "Kalevankatu {n}, {z5:33100-33900} Tampere", "Tartu mnt {n}, 10{z3:111-150} Tallinn",
    "Bahnhofstrasse {n}, {z4:8001-8099} Zürich", "Chemin des Alpes {n}, {z4:1950-1999} Sion",
    "Nádražní {n}, 602 00 Brno", "Rua da Liberdade {n}, 2520-{z3:100-499} Peniche",
    "Waldweg {n}, {z5:01067-01099} Dresden", "Am Sportplatz {n}, {z5:79098-79117} Freiburg",
    "ul. Leśna {n}, 30-{z3:100-999} Kraków", "{n} rue du Stade, {z5:25000-25099} Besançon",
    "Via dei Boschi {n}, {z5:38121-38123} Trento", "Calle Mayor {n}, {m}º, {z5:28001-28099} Madrid",
    "Bosweg {n}, {z4:6711-6729} {L2} Ede", "Hauptstraße {n}, {z4:6020-6080} Innsbruck",
    "Kirkkotie {n}, {z5:40100-40900} Jyväskylä", "Idrettsveien {n}, {z4:7030-7099} Trondheim",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband2.com", "me.com", "hotmail.co.uk")  # fmt: skip
WORK = ("example.se", "kommun.example.se", "skola.example.se", "region.example.se", "foretag.example.se", "example.com", "example.org")  # fmt: skip
MAIL_EN = ("gmail.com", "hotmail.co.uk", "outlook.com", "icloud.com", "yahoo.com", "btinternet.com", "aol.com")  # fmt: skip
WORK_EN = ("example.com", "example.org", "example.co.uk", "uni.example.ac.uk", "nhs.example.uk")  # fmt: skip
CLUB_DOMAINS = ("okgranen.example.se", "skogsloparna.example.se", "ravinen.example.se", "lopargruppen.example.se", "ok-tranan.example.se", "syo.example.org.uk", "trailrunners.example.org")  # fmt: skip
CLUB_BOXES = ("kansli", "info", "anmalan", "tavling", "klubbshop", "kassor", "ungdom", "entries", "secretary", "membership", "results", "kit")  # fmt: skip


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
    """Every value of HT from one seeded Random; counts the head/tail split and the origins."""

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
        origin = ORIGINS[key]
        if woman is None:
            woman = r.random() < 0.5
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool)]
        if (
            key == "swedish" and given[0][0] in JOIN_FIRST and r.random() < 0.25
        ):  # Anna-Karin, Karl-Johan
            for _ in range(12):  # the second part as the pool has it, among the names that join
                second = self.pick(pool)
                if second[0] in JOIN_SECOND and second[0] != given[0][0]:
                    given.append(second)
                    break
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
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
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given}{r.randrange(60, 99)}", f"{given[0]}.{surname}"))  # fmt: skip
        if self.lang == "en":
            return f"{local}@{r.choice(WORK_EN if r.random() < 0.35 else MAIL_EN)}"
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def club_mail(self) -> str:
        return f"{self.rng.choice(CLUB_BOXES)}@{self.rng.choice(CLUB_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, kind: str = "any") -> str:
        """A Swedish number in the groupings people write: `mobile`, `land`, `firm` or `any`."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "46", "11", "36")
        )
        area3 = r.choice(("250", "280", "240", "300", "320", "340", "380", "410", "454", "470", "480", "491", "498", "500", "510", "520", "523", "560", "570", "586", "611", "620", "640", "660", "680", "696", "910", "920", "980"))  # fmt: skip
        mobile = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        land = (
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (1, f"08-{d}"), (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"), (1, f"(0{area3}) {d[:3]} {d[3:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"+46 (0){area2}-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        firm = (
            (3, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0771-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"0771-{d[:3]} {d[3:6]}"), (1, f"0770-{d[:3]} {d[3:6]}"), (1, f"020-{d[:3]} {d[3:6]}"),
        )  # fmt: skip
        shapes = {"mobile": mobile, "land": land, "firm": firm}.get(kind, mobile + mobile + land)
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_x(self, where: str = "any") -> str:
        """A number from abroad, with `+`, `00` or as dialled at home: `uk`, `us` or `any`."""
        r = self.rng
        d = self.digits(9)
        uk = (
            f"07700 900{d[:3]}", f"07{d[:3]} {d[3:9]}", f"+44 7{d[:3]} {d[3:9]}", f"+44 (0)7{d[:3]} {d[3:9]}",
            f"0113 496 0{d[:3]}", f"020 7946 0{d[:3]}", f"(01539) {d[:6]}", f"01539 {d[:3]} {d[3:6]}",
            f"+44 (0)131 496 0{d[:3]}", f"0114 {d[:3]} {d[3:7]}", f"0044 1434 {d[:6]}", f"029 20{d[:2]} {d[2:6]}",
        )  # fmt: skip
        us = (
            f"(303) 555-0{d[:3]}", f"303-555-0{d[:3]}", f"+1 612 555 0{d[:3]}", f"(541) {d[:3]}-{d[3:7]}",
            f"206.{d[:3]}.{d[3:7]}", f"+1 (734) {d[:3]}-{d[3:7]}", f"001 802 555 0{d[:3]}", f"617-{d[:3]}-{d[3:7]}",
        )  # fmt: skip
        rest = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"{r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:3]} {d[3:7]}",
            f"040 {d[:3]} {d[3:7]}", f"+358 (0)44 {d[:3]} {d[3:7]}", f"+372 5{d[:3]} {d[3:7]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+420 {d[:3]} {d[3:6]} {d[6:9]}", f"+351 91{d[:1]} {d[1:4]} {d[4:7]}",
            f"+49 171 {d[:7]}", f"0049 (0)761 {d[:6]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+43 664 {d[:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 750 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}", f"+291 7 {d[:6]}", f"+66 81 {d[:3]} {d[3:7]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+98 912 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice({"uk": uk, "us": us}.get(where, rest + uk[:4] + us[:3]))

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `+` in place of the hyphen for someone 100 or older (`old`, or now and then)."""
        r = self.rng
        if old or r.random() < 0.03:
            year = r.randrange(1917, YEAR - 100)
        else:
            year = r.randrange(1940, 2020)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if YEAR - year >= 100:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.38:
            self.forms["pnr 12 with hyphen"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            self.forms["pnr 10 with hyphen"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.forms["pnr 12 plain"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["pnr 10 plain"] += 1
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[25:] if rural else SV_TOWNS)
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
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 7)} tr"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.7:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(1, 28 if area == 'SE' else 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', '#'))} {r.randrange(2, 40)}".replace("# ", "#")
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


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU
    and GU surname and given name in capitals, I an initial and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A
    trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    classes_sv = ("H21", "D21", "H21E", "D21E", "H35", "D35", "H40", "D40", "H45", "D45", "H50", "D50", "H55", "D55", "H60", "D60", "H65", "D65", "H70", "D70", "H75", "D80", "H16", "D16", "H14", "D14", "H12", "D12", "H10", "D10", "D20", "H20", "Öppen 1", "Öppen 5", "Öppen 7", "U1", "U2", "Inskolning")  # fmt: skip
    classes_en = ("M21E", "W21E", "M21L", "W21L", "M35L", "W35L", "M45L", "W45L", "M50S", "W55L", "M60L", "W65S", "M70L", "M16A", "W16A", "M14B", "W12A", "Brown", "Blue", "Green", "Light Green", "Orange", "Yellow", "Short Brown")  # fmt: skip
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone("mobile"), "PHONE"),
        "PHL": lambda: (draw.phone("land"), "PHONE"),
        "PHF": lambda: (draw.phone("firm"), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_x("uk"), "PHONE"),
        "PHUS": lambda: (draw.phone_x("us"), "PHONE"),
        "MAIL": lambda: (draw.club_mail(), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"{YEAR}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/{YEAR}", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(6, 21)}{':' if en else r.choice('.:')}{r.choice(('00', '15', '30', '45', '10', '20', '40'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(6, 11)}:{r.choice(('00', '15', '30', '45'))} am", f"{r.randrange(1, 8)}:{r.choice(('00', '30'))} pm", f"{r.randrange(7, 20):02d}:{r.choice(('00', '15', '30', '45'))}")), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AGE": lambda: (str(r.randrange(8, 17)), None),
        "AMT": lambda: (f"{r.randrange(60, 4800):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(5, 240)}.{r.choice(('00', '50', '95', '99'))}", None),
        "USD": lambda: (f"${r.randrange(15, 260)}", None),
        "EUR": lambda: (f"{r.randrange(20, 400)} €", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{r.randrange(10**9, 10**10)}", f"RR{r.randrange(10**8, 10**9)}SE")), None),
        "ORDER": lambda: (str(r.randrange(10000, 99999)), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "CLASS": lambda: (r.choice(classes_sv), None),
        "CLASSEN": lambda: (r.choice(classes_en), None),
        "SI": lambda: (r.choice((f"{r.randrange(8000000, 8999999)}", f"{r.randrange(2000000, 2999999)}", f"{r.randrange(100000, 999999)}", f"{r.randrange(7000000, 7999999)}")), None),
        "BIB": lambda: (str(r.randrange(1, 9999)), None),
        "RTIME": lambda: (r.choice((f"{r.randrange(12, 99)}:{r.randrange(60):02d}", f"1:{r.randrange(60):02d}:{r.randrange(60):02d}", f"{r.randrange(2, 5)}:{r.randrange(60):02d}:{r.randrange(60):02d}")), None),
        "DIFF": lambda: (f"+{r.randrange(0, 15)}:{r.randrange(60):02d}", None),
        "KM": lambda: (f"{r.randrange(2, 16)}{',' if not en else '.'}{r.randrange(10)} km", None),
        "KMEN": lambda: (r.choice((f"{r.randrange(2, 16)}.{r.randrange(10)} km", f"{r.randrange(3, 27)} miles", f"{r.randrange(2, 12)}.{r.randrange(10)}km")), None),
        "PACE": lambda: (r.choice((f"{r.randrange(3, 7)}:{r.randrange(0, 60, 5):02d}/km", f"{r.randrange(3, 7)}.{r.randrange(0, 60, 5):02d} min/km")), None),
        "PACEEN": lambda: (r.choice((f"{r.randrange(6, 12)}:{r.randrange(0, 60, 5):02d}/mile", f"{r.randrange(4, 7)}:{r.randrange(0, 60, 5):02d}/km")), None),
        "CLUB": lambda: (r.choice(CLUBS_SV), None),
        "CLUBEN": lambda: (r.choice(CLUBS_EN), None),
        "EVENT": lambda: (r.choice(EVENTS_SV), None),
        "EVENTEN": lambda: (r.choice(EVENTS_EN), None),
        "PLACE": lambda: (r.choice(PLACES_SV), None),
        "PLACEEN": lambda: (r.choice(PLACES_EN), None),
        "SIZE": lambda: (r.choice(("XS", "S", "M", "L", "XL", "XXL", "130", "140", "150", "160")), None),
        "SHOE": lambda: (r.choice(("37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "42,5", "44,5", "UK 8", "UK 10", "US 9")), None),
        "PROP": lambda: (f"{r.choice(VILLAGES)} {r.randrange(1, 40)}:{r.randrange(1, 80)}", None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ACCT": lambda: (f"{r.randrange(3000, 9999)}-{r.randrange(1000000, 9999999)}", None),
        "ORGNR": lambda: (f"80{r.randrange(20, 30)}{r.randrange(10, 99)}-{r.randrange(1000, 9999)}", None),
        "YEAR": lambda: (str(r.randrange(1948, 2017)), None),
        "CTRL": lambda: (str(r.randrange(31, 200)), None),
        "MEMB": lambda: (str(r.randrange(10000, 999999)), None),
        "PLATE": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {r.randrange(10, 99)}{r.choice('0123456789ABCDEFGHJKLMNPRSTUWXYZ')}", None),
        "SCALE": lambda: (r.choice(("1:10 000", "1:15 000", "1:4 000", "1:7 500")), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    firsts: set[str] = set()  # no two people of a row share a given name
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
                for _ in range(10):
                    person = draw.person({"f": True, "m": False}.get(gender or ""))
                    if person.first not in firsts:
                        break
                firsts.add(person.first)
                draw.origins[person.origin] += 1
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
    """HT's rows: every negative once, then positive rows from shuffled decks of each language's
    templates, all in a seeded order; a text already written is drawn again."""
    draw = draw or Draw(seed)
    r = draw.rng
    plan: list[tuple[str, str, bool]] = [(lang, text, True) for lang, text in NEGATIVES]
    for lang, size in SIZES.items():
        deck: list[str] = []
        for _ in range(size - sum(1 for la, _ in NEGATIVES if la == lang)):
            if not deck:
                deck = list(TEMPLATES[lang])
                r.shuffle(deck)
            plan.append((lang, deck.pop(), False))
    r.shuffle(plan)
    seen: set[str] = set()
    rows: list[dict[str, object]] = []
    for lang, template, negative in plan:
        draw.lang = lang
        for _ in range(20):
            text, spans = fill(template, draw)
            if text not in seen:
                break
        assert not (negative and spans), "a negative holds a value"
        seen.add(text)
        rows.append({
            "id": f"gen-{SPLIT}-{len(rows) + 1:04d}", "split": SPLIT, "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of HT is printed."""
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
                forms["address street alone"] += not re.search(
                    r"\d{3} ?\d{2}|\d{4,5}|[A-Z]{1,2}\d", value
                )
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"pnr {len(digits)} digits"] += 1
                forms["pnr with -"] += "-" in value
                forms["pnr with +"] += "+" in value
                forms["pnr plain"] += value.isdigit()
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for k in {o for mix in MIXES.values() for o in mix} if not draw.origins[k]]
    print(f"origins in MIXES never drawn: {len(missing)}")


def check(path: Path) -> int:
    """Checks the written file and prints counts only: spans non-empty, in bounds, no whitespace
    at an edge, sorted and non-overlapping; keys and ids; every personnummer's check digit."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_seen = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            problems["keys"] += list(row) != ["id", "split", "lang", "text", "spans"]
            problems["split"] += row["split"] != SPLIT
            problems["lang"] += row["lang"] not in SIZES
            problems["duplicate id"] += row["id"] in ids
            problems["id form"] += not re.fullmatch(rf"gen-{SPLIT}-\d{{4}}", row["id"])
            ids.add(row["id"])
            text, end = row["text"], 0
            for span in row["spans"]:
                spans_seen += 1
                start, stop = span["start"], span["end"]
                problems["span keys"] += sorted(span) != ["end", "kind", "start"]
                problems["kind"] += span["kind"] not in KINDS
                problems["empty or out of bounds"] += not 0 <= start < stop <= len(text)
                value = text[start:stop]
                problems["whitespace at an edge"] += value != value.strip()
                problems["unsorted or overlapping"] += start < end
                end = stop
                if span["kind"] == "NATIONAL_ID":
                    digits = re.sub(r"[-+]", "", value)
                    ok = (
                        digits.isdigit()
                        and len(digits) in (10, 12)
                        and re.fullmatch(r"\d{6,8}[-+]?\d{4}", value)
                    )
                    problems["personnummer check digit"] += not (
                        ok and luhn(digits[-10:-1]) == int(digits[-1])
                    )
    problems["row count"] += rows != sum(SIZES.values())
    print(f"checked {rows} rows, {spans_seen} spans, {len(ids)} distinct ids")
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
    if args.seed != SEED and args.out == OUT and not args.stats:
        parser.error("a scratch seed needs its own --out")
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
