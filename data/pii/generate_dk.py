# ruff: noqa: E501
"""Generate held-out DK for personal-data detection (issue 15): names as the population has them,
written by a ninety-fourth writer, a helper who tunes nothing and who read only `generate_aw.py`
(for the mechanics: the seeded `Draw`, the slot filler, the row format, `--stats`), two sections
of `docs/privacy.md` and the keys of `generated-heldout-u.jsonl`, and neither the detector's
rules, lexicons and tagger nor any other set's names, templates or rows nor any error listing;
DK was never run through the detector by its writer. Its genre is congregations: churches,
mosques, synagogues and other faith communities, their member registers, baptism, confirmation,
wedding and funeral bookings, choirs and youth groups, charity collections and food banks,
pastoral visits and home communion lists, newsletters and the Church of Sweden's forms, in
Swedish, English and the two mixed, with names drawn by how often people carry them
(`names_dk.py`: SCB's ranks, the US Census 1990, the ONS rankings and the origins common in
Sweden; 80% from a list's head, 20% from its tail) and addresses and phone numbers of Sweden and
abroad in every common form. Stdlib only; one seeded Random: same seed, same bytes.

    python data/pii/generate_dk.py            # writes data/pii/generated-heldout-dk.jsonl
    python data/pii/generate_dk.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_dk.py --check    # checks the written file, prints counts only
    python data/pii/generate_dk.py --seed 7 --out /tmp/dk-7.jsonl   # a scratch seed
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

from names_dk import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_dk import (  # noqa: E402
    CHURCHES_EN,
    CHURCHES_SV,
    CONGREGATIONS,
    DAYS,
    EN,
    MIXED,
    MONTHS,
    MOSQUES,
    NEGATIVES,
    SV,
)

SEED = 20270171
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-dk.jsonl"
SPLIT = "heldout-dk"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the address register has them.
SV_STREETS = (
    "Storgatan", "Kyrkogatan", "Drottninggatan", "Kungsgatan", "Skolgatan", "Prästgatan", "Klostergatan",
    "Nygatan", "Västra Vallgatan", "Södra Järnvägsgatan", "Linnégatan", "Bangårdsgatan", "Östra Storgatan",
    "Björkvägen", "Kyrkvägen", "Ringvägen", "Tallvägen", "Prästgårdsvägen", "Klockarvägen", "Hagalundsvägen",
    "Lärkvägen", "Syrenvägen", "Smedjevägen", "Gamla Kyrkvägen", "Norra Ringvägen", "Solrosvägen",
    "Klockaresvängen", "Vallmosvängen", "Ekorrsvängen", "Kornsvängen", "Lindallé", "Kastanjeallén",
    "Sankt Görans allé", "Nobels allé", "Kyrkbacken", "Prästbacken", "Klockarbacken", "Tomtebacken",
    "Ljungstigen", "Lingonstigen", "Kantorsstigen", "Körsbärsstigen", "Stortorget", "Kyrktorget",
    "Södra torget", "Fisktorget", "Stationsplan", "Domkyrkoplan", "Klosterplan", "Riddarplan",
    "Klockargränd", "Munkgränd", "Glasmästargränd", "Prästgränd", "Norra Kajen", "Skeppsbrokajen",
    "Hamnkajen", "Östra Kajen", "Mariagatan", "Fältvägen", "Rönnbärsvägen", "Kvarngatan", "Apelvägen",
)  # fmt: skip
# Towns with the first three digits of their postcode range.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 705), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 305), ("Växjö", 352, 355), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Botkyrka", 147, 147),
    ("Tumba", 147, 147), ("Huddinge", 141, 141), ("Järfälla", 175, 177), ("Haninge", 136, 137),
    ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Falun", 791, 791), ("Skövde", 541, 541),
    ("Karlskrona", 371, 371), ("Visby", 621, 621), ("Kiruna", 981, 981), ("Landskrona", 261, 261),
    ("Motala", 591, 591), ("Nässjö", 571, 571), ("Ludvika", 771, 771), ("Katrineholm", 641, 641),
    ("Piteå", 941, 941), ("Skellefteå", 931, 931), ("Vetlanda", 574, 574), ("Ystad", 271, 271),
    ("Mora", 792, 792), ("Leksand", 793, 793), ("Sigtuna", 193, 193), ("Vadstena", 592, 592),
    ("Härnösand", 871, 871), ("Strängnäs", 645, 645), ("Alingsås", 441, 441), ("Gislaved", 332, 332),
)  # fmt: skip
# Villages and farms as rural addresses have them (`Kyrkbyn 14`), by the country's routes (xxx 9x).
VILLAGES = (
    "Kyrkbyn", "Prästbol", "Klockargården", "Norrby", "Söderby", "Västanå", "Östanbäck", "Mossebo",
    "Lillängen", "Storängen", "Bäckgården", "Tallbacka", "Granlunda", "Ekeby", "Sörbyn", "Åsen",
    "Övre Gärdet", "Nedre Sjöbo", "Hagaberg", "Björnhult", "Kvarnstugan", "Lövhult", "Skogsbo", "Ängetorp",
)  # fmt: skip
UK_STREETS = (
    "Church Street", "Vicarage Lane", "Chapel Road", "Abbey Road", "Station Road", "Priory Close",
    "Rectory Gardens", "Kingsway", "Victoria Avenue", "The Crescent", "Mill Lane", "Elm Grove",
    "Queen's Road", "Manor Way", "St Mary's Walk", "Cathedral Close", "Park Terrace", "Orchard Way",
)  # fmt: skip
UK_TOWNS = (
    ("York", "YO", (1, 32)), ("Leicester", "LE", (1, 19)), ("Bradford", "BD", (1, 24)), ("Coventry", "CV", (1, 8)),
    ("Cardiff", "CF", (10, 24)), ("Glasgow", "G", (1, 53)), ("Durham", "DH", (1, 9)), ("Canterbury", "CT", (1, 4)),
    ("Norwich", "NR", (1, 14)), ("Exeter", "EX", (1, 6)), ("Oxford", "OX", (1, 4)), ("Belfast", "BT", (1, 17)),
    ("Birmingham", "B", (1, 48)), ("Leeds", "LS", (1, 29)), ("London", "SE", (1, 28)), ("London", "N", (1, 22)),
)  # fmt: skip
UK_HOUSES = ("The Vicarage", "The Old Rectory", "Church Cottage", "The Manse", "Chapel House", "Glebe Farm", "Flat 2, The Old School")  # fmt: skip
US_STREETS = ("Church Street", "Elm Street", "Oak Avenue", "Maple Drive", "Chapel Hill Road", "Washington Street", "Grace Lane", "Mission Road", "Cedar Court", "Park Avenue", "Highland Boulevard", "Temple Street")  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Rockford", "IL", 611), ("Seattle", "WA", 981), ("Worcester", "MA", 16),
    ("Jamestown", "NY", 147), ("Lindsborg", "KS", 674), ("Austin", "TX", 787), ("Brooklyn", "NY", 112),
    ("Dearborn", "MI", 481), ("Columbus", "OH", 432), ("Atlanta", "GA", 303), ("Sioux Falls", "SD", 571),
)  # fmt: skip
EUROPE = (
    "Mariannengasse {n}, {z4:1090-1090} Wien", "Landhausstraße {n}, {z5:10717-10717} Berlin",
    "Ditmar-Koel-Straße {n}, {z5:20459-20459} Hamburg", "{n} rue Médéric, {z5:75017-75017} Paris",
    "Calle Santa Rosa {n}, {z5:29620-29620} Torremolinos", "Avenida del Mar {n}, {m}ºB, {z5:03180-03189} Torrevieja",
    "Mannerheimintie {n} A {m}, {z5:00100-00270} Helsinki", "Hämeenkatu {n} B {m}, {z5:33100-33210} Tampere",
    "Thorvald Meyers gate {n}, {z4:0552-0555} Oslo", "Kongens gate {n}, {z4:7011-7013} Trondheim",
    "Gammel Kongevej {n}, {m}. th., {z4:1610-1620} København V", "Nørregade {n}, {z4:8000-8000} Aarhus C",
    "ul. Mokotowska {n}/{m}, 00-{z3:551-640} Warszawa", "ul. Floriańska {n}, 31-{z3:019-019} Kraków",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Via della Conciliazione {n}, {z5:00193-00193} Roma",
    "Rue Royale {n}, {z4:1000-1000} Bruxelles", "Ferhadija {n}, {z5:71000-71000} Sarajevo",
    "Knez Mihailova {n}, {z5:11000-11000} Beograd", "İstiklal Caddesi No: {n}, {z5:34433-34435} Beyoğlu/İstanbul",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "telia.com", "icloud.com", "yahoo.com", "live.se", "hotmail.co.uk", "bredband.net")  # fmt: skip
WORK = ("example.se", "forsamling.example.se", "kyrkan.example.se", "example.org", "example.com", "parish.example.org.uk", "example.co.uk")  # fmt: skip
OFFICE = ("expedition", "kansli", "info", "kyrkogardsforvaltningen", "diakoni", "dop", "vigsel", "ungdom", "office", "parishoffice", "secretary", "admin", "bokning", "matbanken", "kontakt")  # fmt: skip


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
    """Every value of DK from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int = SEED) -> None:
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
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "finnish": 0.4}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
                middle = []
        surname = [self.pick(origin.surnames)]
        joint = " "
        roll = r.random()
        if key == "latin" and roll < 0.6:  # the father's surname, then the mother's
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
            middle = [(plain(w), p) for w, p in middle]
            surname = [(plain(w), p) for w, p in surname]
            self.forms["typed plain"] += 1
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
                          f"{given[0]}.{surname}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def office_email(self) -> str:
        r = self.rng
        return f"{r.choice(OFFICE)}{r.choice(('', '.' + r.choice(SV_TOWNS)[0].lower().replace('ö', 'o').replace('ä', 'a').replace('å', 'a')))}@{r.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (3, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: a city's, a town's, a switchboard's or a service number."""
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
                "60",
                "23",
                "26",
                "35",
                "36",
                "42",
                "46",
                "11",
            )
        )
        area3 = r.choice(
            (
                "250",
                "243",
                "370",
                "380",
                "411",
                "433",
                "451",
                "480",
                "498",
                "510",
                "522",
                "550",
                "586",
                "611",
                "620",
                "640",
                "660",
                "911",
                "920",
                "980",
                "8",
            )
        )
        area3 = "0" + area3 if len(area3) == 3 else "08"
        shapes = (
            (8, f"08-{d[:3]} {d[3:6]} {d[6:]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"08 {d[:3]} {d[3:6]} {d[6:]}"),
            (2, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:]}"),
            (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area2}-{d[:6]}"), (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46{area2}{d[:6]}"),
            (6, f"{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"{area3}-{d[:3]} {d[3:5]}"), (2, f"{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"{area3}{d[:6]}"), (1, f"+46 {area3[1:]} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"020-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0771-{d[:3]} {d[3:6]}"), (1, f"0200-{d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.62 else self.landline()

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+358 40 {d[:3]} {d[3:7]}", f"00358 50 {d[:7]}", f"040 {d[:3]} {d[3:7]}", f"+358 9 {d[:3]} {d[3:7]}",
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"020 7946 0{d[:3]}", f"+44 (0)113 496 0{d[:3]}", f"0044 161 496 0{d[:3]}",
            f"+1 (612) 555-0{d[:3]}", f"(718) 555-0{d[:3]}", f"+1 206 555 0{d[:3]}", f"212-555-0{d[:3]}",
            f"+49 30 {d[:8]}", f"+49 (0)40 {d[:4]} {d[4:8]}", f"+49 151 {d[:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+964 7{r.choice('579')}0 {d[:3]} {d[3:7]}", f"00964 7{r.choice('579')}{d[:8]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+252 61 {d[:3]} {d[3:7]}", f"+291 7 {d[:2]} {d[2:4]} {d[4:6]}", f"+98 912 {d[:3]} {d[3:7]}", f"0098 935 {d[:7]}",
            f"+93 7{d[:2]} {d[2:5]} {d[5:8]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+381 6{r.choice('01234')} {d[:7]}", f"+385 9{r.choice('1258')} {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+380 {r.choice(('50', '67', '93', '97'))} {d[:3]} {d[3:5]} {d[5:7]}",
            f"+91 9{d[:4]} {d[4:9]}", f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+43 1 {d[:4]} {d[4:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        """A UK number as people in the UK write it."""
        r, d = self.rng, self.digits(4)
        return r.choice((f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}",
                         f"020 7946 {d}", f"(020) 7946 {d}", f"0113 496 {d}", f"0161 496 {d}", f"0117 496 {d}",
                         f"01632 96{d}", f"+44 (0)1632 96{d}", f"028 9649 {d}", f"0131 496 {d}", f"029 2018 {d}"))  # fmt: skip

    def phone_us(self) -> str:
        """A US number as people in the US write it."""
        r, d = self.rng, self.digits(3)
        area = r.choice(
            ("612", "651", "206", "718", "212", "512", "313", "614", "404", "605", "785", "508")
        )
        return r.choice((f"({area}) 555-0{d}", f"{area}-555-0{d}", f"{area}.555.0{d}", f"+1 {area} 555 0{d}",
                         f"+1 ({area}) 555-0{d}", f"1-{area}-555-0{d}", f"{area} 555 0{d}"))  # fmt: skip

    def national_id(self, low: int = 1940, high: int = 2006) -> str:
        """A personnummer of someone born between `low` and `high`, valid check digit; 12 or 10
        digits, with or without the hyphen, `+` for the 10-digit form of those past a hundred."""
        r = self.rng
        year = r.randrange(low, high + 1)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if year < 1927 and roll >= 0.4:
            return f"{date}+{serial}{check}"
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.91:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def street_name(self) -> str:
        return self.rng.choice(SV_STREETS)

    def sv_street(self) -> str:
        return f"{self.street_name()} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[28:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        if r.random() < 0.07:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.05:
            out = "SE-" + out
        elif roll < 0.07:
            out += ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 180)}"

    def sv_line(self, rural: bool = False, lgh: bool = False) -> str:
        """The first line of a Swedish address: a street with number, flat or floor, or a village."""
        r = self.rng
        if rural:
            return self.village()
        street = self.sv_street()
        if lgh or r.random() < 0.14:
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        elif r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif r.random() < 0.03:
            street += f", {r.choice(('uppg.', 'port', 'ingång'))} {r.choice('ABC')}"
        return street

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.22
        joint = "\n" if lines else r.choice((", ", ", ", ", ", ", ", ", ", " "))
        return f"{self.sv_line(rural, lgh)}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        if roll < 0.85:
            return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area, (lo, hi) = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{area}{r.randrange(lo, hi + 1)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        if lines:
            return f"{street.replace(', ', chr(10), 1) if r.random() < 0.3 else street}\n{town}\n{code}"
        return f"{street}, {town} {code}" if r.random() < 0.8 else f"{street}, {town}, {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Suite'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        postal = f"{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"
        return f"{street}\n{postal}" if lines else f"{street}, {postal}"

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
    (sometimes its short form), GU the given name in capitals, N/n the short form where the name
    has one, S/s the surname, SU in capitals, I an initial and the surname, Gi the given name and
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
        draw.forms["with middle name"] += bool(middle)
    elif base in ("G", "g", "N", "n"):
        words = given
        short = draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        value = short or person.first
        value = value.lower() if base in ("g", "n") else value
    elif base == "GU":
        words, value = given, person.first.upper()
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
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def care_of(draw: Draw, lines: bool, english: bool = False) -> list[Segment]:
    """`c/o Name` then the address: the name its own PERSON, `c/o` outside every span."""
    person = draw.person(None)
    joint = "\n" if lines else ", "
    address = draw.uk_address(lines) if english else draw.sv_address(lines=lines, rural=False)
    return [
        ("c/o ", None),
        *person_segments("P", person, draw),
        (joint, None),
        (address, "ADDRESS"),
    ]


def filler(form: str, draw: Draw) -> list[Segment]:
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
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.35 else draw.sv_address(rural=r.random() < 0.15)).lower(), "ADDRESS"),
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
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHK": lambda: (draw.phone_uk(), "PHONE"),
        "PHU": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(1916, 1936), "NATIONAL_ID"),
        "PNRB": lambda: (draw.national_id(2025, 2026), "NATIONAL_ID"),
        "PNRK": lambda: (draw.national_id(2012, 2013), "NATIONAL_ID"),
        "EM": lambda: (draw.office_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}/{month} 2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{MONTHS['en'][month - 1]} {day}, 2027")), None),
        "TIME": lambda: (f"{r.randrange(8, 20)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "YEAR": lambda: (str(r.randrange(1948, 2027)), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "FEW": lambda: (str(r.randrange(1, 7)), None),
        "KID": lambda: (str(r.randrange(6, 16)), None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "AGE": lambda: (str(r.randrange(70, 101)), None),
        "AMT": lambda: (r.choice((f"{r.randrange(100, 48000):,} kr".replace(",", " "), f"{r.randrange(50, 9000)}:-", f"{r.randrange(100, 20000)} SEK")), None),
        "GBP": lambda: (f"£{r.randrange(5, 2400)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(10, 5000):,}", None),
        "EUR": lambda: (f"€{r.randrange(20, 3000)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(2026, 2028)}-{r.randrange(100, 9999):04d}", f"nr {r.randrange(100, 99999)}", f"#{r.randrange(10000, 99999)}", f"DNR {r.randrange(2026, 2028)}/{r.randrange(10, 999)}")), None),
        "OCR": lambda: (draw.digits(r.randrange(10, 17)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "PG": lambda: (f"{r.randrange(1, 99)} {draw.digits(2)} {draw.digits(2)}-{r.randrange(10)}", None),
        "SWISH": lambda: (r.choice((f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", f"123{draw.digits(7)}", f"123-{draw.digits(3)} {draw.digits(2)} {draw.digits(2)}")), None),
        "ORG": lambda: (f"252{r.randrange(0, 10)}{draw.digits(2)}-{draw.digits(4)}", None),
        "GRAV": lambda: (r.choice((f"kvarter {r.choice('ABCDEFGH')}, nr {r.randrange(1, 600)}", f"{r.choice(('Gamla kyrkogården', 'Norra kyrkogården', 'Skogskyrkogården', 'Östra kyrkogården', 'minneslunden'))}, kv. {r.randrange(1, 40)}, grav {r.randrange(1, 900):04d}", f"gravnummer {r.choice('ABCDEF')}{r.randrange(1, 40)}-{r.randrange(1, 300):03d}")), None),
        "KOD": lambda: (draw.digits(4), None),
        "PS": lambda: (str(r.choice((1, 2, 8, 15, 21, 36, 51, 64, 73, 103, 114, 148, 151, 171, 199, 200, 225, 248, 251, 266, 297, 319, 714, 741, 787, 789, 800))), None),
        "HYMN": lambda: (str(r.randrange(1, 700)), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS)[0] if r.random() < 0.6 else r.choice(US_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "FS": lambda: (r.choice(CONGREGATIONS), None),
        "KY": lambda: (r.choice(CHURCHES_SV), None),
        "CH": lambda: (r.choice(CHURCHES_EN), None),
        "MQ": lambda: (r.choice(MOSQUES), None),
    }  # fmt: skip
    if form in ("CO", "COL", "COU"):
        return care_of(draw, lines=form != "CO", english=form == "COU")
    return [values[form]()]


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
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """DK's rows: every negative once, then positive rows from shuffled decks of each language's
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


PNR = re.compile(r"^(?:\d{2})?(\d{6})[-+]?(\d{3})(\d)$")


def pnr_form(value: str) -> str:
    digits = sum(ch.isdigit() for ch in value)
    sep = "+" if "+" in value else "hyphen" if "-" in value else "no hyphen"
    return f"{digits} digits, {sep}"


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of DK is printed."""
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
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] == "("
                    and text[span["end"] : span["end"] + 1] == ")"
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address after c/o"] += bool(
                    re.search(r"c/o [^,\n]+(?:, |\n)$", text[: span["start"]])
                )
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
            elif span["kind"] == "PHONE":
                forms["phone with +"] += value.startswith("+")
                forms["phone with 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        f"without a value {sum(empty.values())}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
    )
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    if draw is not None:
        print("draws: " + ", ".join(f"{k} {v}" for k, v in draw.forms.items()))
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    problems: Counter[str] = Counter()
    ids = Counter(row.get("id") for row in rows)
    problems["duplicate ids"] = sum(v - 1 for v in ids.values() if v > 1)
    for row in rows:
        if set(row) != {"id", "split", "lang", "text", "spans"}:
            problems["keys"] += 1
        if row.get("split") != SPLIT or row.get("lang") not in SIZES:
            problems["split or lang"] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            s, e = span["start"], span["end"]
            value = text[s:e]
            if not (0 <= s < e <= len(text)):
                problems["span out of bounds or empty"] += 1
                continue
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if s < end:
                problems["unsorted or overlapping"] += 1
            end = e
            if span["kind"] not in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
                problems["kind"] += 1
            if span["kind"] == "NATIONAL_ID":
                match = PNR.match(value)
                if not match or luhn(match.group(1) + match.group(2)) != int(match.group(3)):
                    problems["personnummer check digit"] += 1
    langs = Counter(row["lang"] for row in rows)
    print(
        f"{path.name}: {len(rows)} rows ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), {sum(len(row['spans']) for row in rows)} spans, {sum(not row['spans'] for row in rows)} without a value"
    )
    bad = sum(problems.values())
    print(
        "problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) if bad else "none")
    )
    return bad


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
