# ruff: noqa: E501
"""Generate held-out GK for personal-data detection (issue 15): names as the population has them,
a hundred-and-seventy-second writer.

    python data/pii/generate_gk.py          # writes data/pii/generated-heldout-gk.jsonl
    python data/pii/generate_gk.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_gk.py --check  # checks the written file, prints counts only

GK's names are drawn by how often people really carry them: every name word comes from
`names_gk.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. Written by a helper who does not tune the detector, who read only `generate_aw.py` (for the
mechanics: the seeded `Draw`, the slot filler, the row format, `--stats`), the sections "Held-out
AW" and "Held-out CL" of docs/privacy.md and the first line of `generated-heldout-u.jsonl`; not the
detector's rules, lexicons or tagger, nor any other set's names, templates or rows, nor any error
listing. GK was never run through the detector by its writer. The genre is event venues and party
bookings (`templates_gk.py`): conference rooms, birthday parties, company parties, caterers and
DJs, guest lists, deposits and cancellations, seating plans and allergy lists. Stdlib only; one
seeded Random: same seed, same bytes.
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

from names_gk import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_gk import (  # noqa: E402
    ALG,
    ALGEN,
    DAYS,
    DISH,
    DISHEN,
    EN,
    FIRM,
    FIRMEN,
    MIXED,
    MONTHS,
    NEGATIVES,
    ROOM,
    ROOMEN,
    SV,
    VENUE,
    VENUEEN,
)

SEED = 20270249
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-gk.jsonl"
SPLIT = "heldout-gk"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kyrkogatan", "Skolgatan", "Nygatan", "Västra Hamngatan",
    "Järnvägsgatan", "Trädgårdsgatan", "Repslagaregatan", "Bryggargatan", "Sjögatan",
    "Östra Storgatan", "Hantverkargatan", "Fabriksgatan", "Kaserngatan", "Bangårdsgatan",
    "Björkvägen", "Ringvägen", "Skogsvägen", "Industrivägen", "Tallvägen", "Lönnvägen",
    "Villavägen", "Ängsvägen", "Parkvägen", "Idrottsvägen", "Kvarnvägen", "Sjövägen", "Åsvägen",
    "Gamla Vägen", "Hagavägen", "Strandvägen", "Furuvägen", "Syrenvägen", "Rönnvägen",
    "Blåklintsvägen", "Lingonvägen", "Körsbärsvägen", "Östra Vägen", "Bergsvängen", "Hagsvängen",
    "Kvarnsvängen", "Lärksvängen", "Parksvängen", "Linnéallé", "Kastanjeallén", "Lindallén",
    "Bokallén", "Slottsallén", "Kyrkbacken", "Kvarnbacken", "Solbacken", "Mölnbacken",
    "Skomakarbacken", "Ekbacken", "Lärkstigen", "Hasselstigen", "Smultronstigen", "Vitsippsstigen",
    "Ekorrstigen", "Stortorget", "Lilla Torget", "Fisktorget", "Järntorget", "Hötorget",
    "Stationsplan", "Brunnsplan", "Kyrkplan", "Tullplan", "Smedjegränd", "Prästgränd",
    "Tullgränd", "Bagargränd", "Skeppargränd", "Hamnkajen", "Norra Kajen", "Skeppsbrokajen",
    "Sjökajen", "Stenkajen", "Kungsgatan", "Fältvägen", "Sandgatan", "Mejerigatan",
)  # fmt: skip
# Towns with the range of the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 751, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 856), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Kalmar", 392, 393), ("Falun", 791, 791), ("Skövde", 541, 541), ("Kristianstad", 291, 291),
    ("Varberg", 432, 432), ("Visby", 621, 621), ("Uddevalla", 451, 451), ("Nyköping", 611, 611),
    ("Karlskrona", 371, 371), ("Borlänge", 781, 784), ("Ystad", 271, 271), ("Lidköping", 531, 531),
    ("Piteå", 941, 941), ("Skellefteå", 931, 931), ("Nacka", 131, 132), ("Solna", 169, 171),
    ("Sollentuna", 191, 192), ("Huddinge", 141, 141), ("Kungsbacka", 434, 434), ("Mölndal", 431, 431),
    ("Ängelholm", 262, 262), ("Enköping", 745, 745), ("Alingsås", 441, 441), ("Örnsköldsvik", 891, 891),
    ("Härnösand", 871, 871), ("Hudiksvall", 824, 824), ("Västervik", 593, 593), ("Mora", 792, 792),
    ("Leksand", 793, 793), ("Båstad", 269, 269), ("Vaxholm", 185, 185), ("Kiruna", 981, 981),
    ("Motala", 591, 591), ("Katrineholm", 641, 641), ("Sandviken", 811, 811), ("Åre", 837, 837),
)  # fmt: skip
# Towns with country round them, whose rural postcodes end in 9x.
RURAL_TOWNS = tuple(
    t
    for t in SV_TOWNS
    if t[1] == t[2]
    and t[0]
    not in ("Nacka", "Huddinge", "Mölndal", "Vaxholm", "Solna", "Sollentuna", "Täby", "Södertälje")
)
# Villages and farms as rural addresses name them (`Lillgården 4`, `Västanby 12`).
VILLAGES = (
    "Västanby", "Östanby", "Norrby", "Söderby", "Mellanby", "Kullen", "Bäckagården", "Hagalund",
    "Lillgården", "Storgården", "Nyängen", "Åkerholm", "Sjötorp", "Björkhaga", "Ekeby", "Lövsta",
    "Ängstorp", "Berga", "Tallbacken", "Mossebo", "Rödjan", "Övergården", "Nedergården",
    "Sandviken", "Bränna", "Gärdet", "Ulvsbo", "Hällestad", "Torpa", "Kvarnhult",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Victoria Road", "Park Road",
    "The Green", "London Road", "Queen Street", "Market Square", "Castle Street", "Riverside Walk",
    "Albert Road", "Orchard Close", "Manor Way", "Chapel Street", "Bridge Street", "Meadow Lane",
    "North Street", "Grange Road", "Wharf Road", "King's Parade", "Old Road", "Water Lane",
)  # fmt: skip
# Town, postcode area and the range of its districts.
UK_TOWNS = (
    ("London", "SE", 1, 28), ("London", "N", 1, 22), ("Manchester", "M", 1, 40), ("Leeds", "LS", 1, 29),
    ("Bristol", "BS", 1, 41), ("Edinburgh", "EH", 1, 17), ("Glasgow", "G", 1, 84), ("Cardiff", "CF", 10, 24),
    ("York", "YO", 1, 32), ("Bath", "BA", 1, 2), ("Brighton", "BN", 1, 3), ("Norwich", "NR", 1, 14),
    ("Oxford", "OX", 1, 4), ("Cambridge", "CB", 1, 5), ("Liverpool", "L", 1, 25),
    ("Newcastle upon Tyne", "NE", 1, 7), ("Birmingham", "B", 1, 45), ("Belfast", "BT", 1, 17),
)  # fmt: skip
UK_HOUSES = ("The Old Rectory", "Rose Cottage", "Mill House", "Hill Farm", "The Coach House", "Ivy Cottage", "Orchard Barn", "The Granary")  # fmt: skip
US_STREETS = ("Main Street", "Oak Avenue", "Elm Street", "Lakeview Drive", "Maple Avenue", "N Clark St", "W Lake St", "Pine Street", "Cedar Lane", "Sunset Blvd", "2nd Avenue", "Broadway", "River Road", "Harbor Drive")  # fmt: skip
US_TOWNS = (
    ("Chicago", "IL", "606"), ("Minneapolis", "MN", "554"), ("Seattle", "WA", "981"), ("Austin", "TX", "787"),
    ("Boston", "MA", "021"), ("Denver", "CO", "802"), ("Portland", "OR", "972"), ("Brooklyn", "NY", "112"),
    ("Madison", "WI", "537"), ("Savannah", "GA", "314"), ("Nashville", "TN", "372"), ("San Diego", "CA", "921"),
)  # fmt: skip
EUROPE = (
    "Torstraße {n}, 10119 Berlin", "Am Sandtorkai {n}, 20457 Hamburg", "Sonnenstraße {n}, {z5:80331-80337} München",
    "{n} rue de la République, 69002 Lyon", "{n} quai des Chartrons, 33000 Bordeaux",
    "Vesterbrogade {n}, {m}. th., 1620 København V", "Storgata {n}, 0155 Oslo", "Bryggen {n}, 5003 Bergen",
    "Eteläranta {n}, 00130 Helsinki", "Hämeenkatu {n}, 33100 Tampere", "Carrer de Mallorca {n}, 08013 Barcelona",
    "Calle Mayor {n}, 28013 Madrid", "Prinsengracht {n}, 1015 {L2} Amsterdam", "Oudegracht {n}, 3511 {L2} Utrecht",
    "Via del Corso {n}, 00186 Roma", "ul. Długa {n}, 80-827 Gdańsk", "Rua Augusta {n}, 1100-048 Lisboa",
    "Narva mnt {n}, 10117 Tallinn", "Mariahilfer Straße {n}, 1060 Wien", "Laugavegur {n}, 101 Reykjavík",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "hotmail.se")  # fmt: skip
WORK = ("example.se", "event.example.se", "kontor.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
FIRM_BOX = ("bokning", "info", "event", "konferens", "fest", "hello", "events", "bookings", "catering", "kontakt", "hej", "reception")  # fmt: skip
FIRM_DOMAIN = ("example.se", "festlokal.example.se", "hotell.example.se", "example.com", "venue.example.co.uk", "example.org")  # fmt: skip


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
    """Every value of GK from one seeded Random; counts the head/tail split and the origins."""

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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.04
        ):  # Anna-Karin, Karl-Johan
            top = pool.names[:60]  # the second of two given names is a common one
            second = (r.choices(top, weights=pool.weights[:60])[0], "head")
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "finnish": 0.4}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or "-" in middle[0][0]:
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # apellido paterno y materno
            surname.append(self.pick(origin.surnames))
        elif key == "swedish" and roll < 0.05 and " " not in surname[0][0]:  # a married double name
            surname.append(self.pick(origin.surnames))
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.02:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and (surname[0][0] == surname[1][0] or " " in surname[1][0]):
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

        def local(word: str) -> str:
            return re.sub(r"[^a-z]", "", plain(word).lower())

        given, surname = local(person.first), local(person.surname[0][0])
        name = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                         f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                         f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{name}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_BOX)}@{self.rng.choice(FIRM_DOMAIN)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "26", "42", "36", "11")
        )
        area3 = r.choice(("250", "271", "290", "340", "380", "451", "470", "480", "500", "510", "522", "570",
                          "586", "611", "650", "660", "690", "910", "920", "924", "940", "980", "413", "435"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (2, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
            (5, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:3]} {d[3:5]} {d[5:7]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"),
            (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's or a switchboard's number: Stockholm and Gothenburg lines, 010, 020 and 0771."""
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"08-{d[:3]} {d[3:6]} {d[6:]}", f"08-{d[:3]} {d[3:5]} {d[5:7]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}",
            f"040-{d[:2]} {d[2:4]} {d[4:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"018-{d[:2]} {d[2:4]} {d[4:6]}",
            f"+46 8 {d[:3]} {d[3:6]} {d[6:]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"0{r.choice(('480', '520', '660', '920'))}-{d[:2]} {d[2:4]} {d[4:6]}",
        ))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(7)
        return r.choice((
            f"07{r.choice('3456789')}{d[:2]} {d[2:]}{self.digits(1)}", f"+44 7{r.choice('3456789')}{d[:2]} {d[2:]}{self.digits(1)}",
            f"020 {d[:4]} {d[4:]}{self.digits(1)}", f"0161 {d[:3]} {d[3:]}", f"0131 {d[:3]} {d[3:]}",
            f"0117 {d[:3]} {d[3:]}", f"01632 960{d[:3]}", f"+44 (0)20 {d[:4]} {d[4:]}{self.digits(1)}",
            f"+44 113 {d[:3]} {d[3:]}", f"07700 900{d[:3]}", f"(01904) {d[:6]}", f"0044 1223 {d[:6]}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(4)
        area = r.choice(
            ("312", "612", "206", "512", "617", "303", "503", "718", "608", "912", "615", "619")
        )
        return r.choice((
            f"({area}) 555-{d}", f"{area}-555-{d}", f"{area}.555.{d}", f"+1 {area} 555 {d}",
            f"+1 ({area}) 555-{d}", f"1-{area}-555-{d}", f"555-{d}", f"{area} 555 {d}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 (0)50 {d[:3]} {d[3:7]}", f"09 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}", f"+44 20 {d[:4]} {d[4:8]}",
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:4]} {d[4:8]}", f"0049 40 {d[:6]}", f"030 {d[:4]} {d[4:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+48 58 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+1 (312) 555-0{d[:3]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 (0)1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+34 93 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+43 664 {d[:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+353 87 {d[:3]} {d[3:7]}", f"+351 91{d[:1]} {d[1:4]} {d[4:7]}",
            f"+354 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+971 50 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, centenarian: bool = False) -> str:
        """A personnummer with a valid check digit; a centenarian's has `+` in its short form."""
        r = self.rng
        year = r.randrange(1918, 1927) if centenarian else r.randrange(1944, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if centenarian:
            if roll < 0.7:
                return f"{date}+{serial}{check}"
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.12:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def street_name(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self) -> str:
        return f"{self.street_name()} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as country routes do."""
        r = self.rng
        town, low, high = r.choice(RURAL_TOWNS if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
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
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 230)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        elif not rural and r.random() < 0.04:
            street += f", plan {r.randrange(2, 8)}"
        joint = "\n" if lines else ", " if r.random() < 0.9 else " "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        town, low, _ = r.choice((("Stockholm", 101, 107), ("Göteborg", 401, 405), ("Malmö", 201, 205), ("Uppsala", 750, 751), ("Örebro", 701, 701), ("Umeå", 901, 901)))  # fmt: skip
        code = f"{low + r.randrange(0, 3) if town in ('Stockholm', 'Göteborg', 'Malmö') else low}{r.randrange(10, 99)}"
        joint = "\n" if r.random() < 0.3 else ", "
        return f"Box {r.randrange(10, 9999)}{joint}{code[:3]} {code[3:]} {town}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, low, high = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(low, high + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        elif roll < 0.4:
            street = f"Unit {r.randrange(1, 30)}, {r.choice(('Riverside', 'Canal', 'Station', 'Meadow'))} Business Park"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        joint = "\n" if lines else ", "
        return f"{street}{joint}{town}, {state} {prefix}{r.randrange(1, 99):02d}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 160)))
        out = out.replace("{m}", str(r.randrange(1, 6)))
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
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname and GU the given name in capitals, I an initial and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing
    `s` asks for a Swedish genitive, a trailing `'` an English one.
    """
    given, surname, middle = person.given, person.surname, person.middle
    english = form.endswith("'")
    base = form[:-1] if english else form
    if base not in PERSON_FORMS and base.endswith("s"):
        base = base[:-1]
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


def person_base(form: str) -> str | None:
    """The person form a slot asks for (`Gs` -> `G`, `G'` -> `G`), or None for a filler."""
    base = form.rstrip("'")
    if base in PERSON_FORMS:
        return base
    if base.endswith("s") and base[:-1] in PERSON_FORMS:
        return base[:-1]
    return None


def filler(form: str, draw: Draw) -> Segment:
    r = draw.rng
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=r.random() < 0.2).upper(), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.street_name(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.street_name())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "STUK": lambda: (r.choice(UK_STREETS), "ADDRESS"),
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
        "PNRC": lambda: (draw.national_id(centenarian=True), "NATIONAL_ID"),
        "MAILF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"den {day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day} {MONTHS['en'][month - 1][:3]} 2027")), None),
        "TIME": lambda: (f"{r.randrange(10, 22)}{r.choice(('.', '.', ':'))}{r.choice(('00', '00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(1, 11)}{r.choice(('pm', '.30pm', ' pm', ':15pm'))}", f"{r.randrange(10, 23)}:{r.choice(('00', '30', '15'))}")), None),
        "NUM": lambda: (str(r.randrange(8, 180)), None),
        "SMALL": lambda: (str(r.randrange(2, 9)), None),
        "AGE": lambda: (r.choice(("18", "20", "25", "30", "40", "50", "60", "65", "70", "75", "80", "85", "90")), None),
        "TABLE": lambda: (str(r.randrange(1, 25)), None),
        "AMT": lambda: (r.choice((f"{r.randrange(5, 900) * 50:,} kr".replace(",", " "), f"{r.randrange(5, 900) * 50} kronor", f"{r.randrange(5, 400) * 100:,}:-".replace(",", " "))), None),
        "KR": lambda: (f"{r.randrange(2, 60) * 25} kr", None),
        "GBP": lambda: (f"£{r.randrange(40, 9000):,}" + r.choice(("", ".00", f".{r.randrange(100):02d}")), None),
        "GBPS": lambda: (f"£{r.randrange(15, 160)}", None),
        "USDS": lambda: (f"${r.randrange(25, 300)}", None),
        "EUR": lambda: (r.choice((f"€{r.randrange(80, 6000)}", f"{r.randrange(80, 6000)} EUR")), None),
        "USD": lambda: (f"${r.randrange(40, 2500):,}", None),
        "REF": lambda: (r.choice((f"BK-{r.randrange(10000, 99999)}", f"#{r.randrange(1000, 99999)}", f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"EV{r.randrange(2027000, 2027999)}")), None),
        "ORGNR": lambda: (f"{r.choice(('556', '559', '802', '969'))}{draw.digits(3)}-{draw.digits(4)}", None),
        "BG": lambda: (r.choice((f"{draw.digits(3)}-{draw.digits(4)}", f"{draw.digits(4)}-{draw.digits(4)}")), None),
        "OCR": lambda: (draw.digits(r.randrange(8, 15)), None),
        "SWISH": lambda: (f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", None),
        "ROOM": lambda: (r.choice(ROOM), None),
        "ROOMEN": lambda: (r.choice(ROOMEN), None),
        "VENUE": lambda: (r.choice(VENUE), None),
        "VENUEEN": lambda: (r.choice(VENUEEN), None),
        "FIRM": lambda: (r.choice(FIRM), None),
        "FIRMEN": lambda: (r.choice(FIRMEN), None),
        "ALG": lambda: (r.choice(ALG), None),
        "ALGEN": lambda: (r.choice(ALGEN), None),
        "DISH": lambda: (r.choice(DISH), None),
        "DISHEN": lambda: (r.choice(DISHEN), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "CODE": lambda: (draw.digits(4), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    text, last = "", 0
    spans: list[dict[str, object]] = []
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        form, ref, gender = match.group(1), match.group(2), match.group(3)
        if person_base(form) is not None:
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
    """GK's rows: every negative once, then positive rows from shuffled decks of each language's
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


PNR = re.compile(r"^(?:\d{2})?(\d{6})[-+]?(\d{4})$")


def pnr_form(value: str) -> str:
    digits = sum(c.isdigit() for c in value)
    sep = "+" if "+" in value else "-" if "-" in value else "no separator"
    return f"{digits} digits, {sep}"


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of GK is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    pnrs: Counter[str] = Counter()
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
                forms["address with tr"] += " tr" in value
                forms["address Box"] += value.startswith("Box")
                forms["address street alone"] += not any(c.isdigit() for c in value)
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "NATIONAL_ID":
                pnrs[pnr_form(value)] += 1
        forms["c/o before a name"] += text.count("c/o ")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        f"without a value: {sum(empty.values())} ("
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f"); negatives {len(NEGATIVES)}"
    )
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnrs.items())))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(
        f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives "
        + ", ".join(f"{la} {sum(1 for x, _ in NEGATIVES if x == la)}" for la in SIZES)
    )


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    kinds: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["row keys"] += 1
        if row["id"] in ids or not re.fullmatch(rf"gen-{SPLIT}-\d{{4}}", row["id"]):
            problems["id duplicated or malformed"] += 1
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop, kind = span["start"], span["end"], span["kind"]
            kinds[kind] += 1
            if kind not in KINDS:
                problems["unknown kind"] += 1
            if not 0 <= start < stop <= len(text):
                problems["span empty or out of bounds"] += 1
                continue
            value = text[start:stop]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < end:
                problems["unsorted or overlapping"] += 1
            end = stop
            if kind == "NATIONAL_ID":
                match = PNR.match(value)
                if not match or luhn((match.group(1) + match.group(2))[:9]) != int(
                    match.group(2)[-1]
                ):
                    problems["personnummer check digit"] += 1
    print(f"rows {rows}, ids {len(ids)}; " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    bad = sum(problems.values())
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    return bad


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED, help="a scratch seed (the set is SEED)")
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
