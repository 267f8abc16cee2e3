# ruff: noqa: E501
"""Generate held-out HN for personal-data detection (issue 15): names as the population has them,
a two-hundred-and-first writer. HN's names are drawn by how often people carry them
(`names_hn.py`: SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK
and the commonest names of the origins common in Sweden, 80% from a list's head and 20% from its
tail, mixed by the language of the row roughly as Sweden's population is); its genre is the
lost-property office (`templates_hn.py`): item reports, owners' claims, handover receipts,
transit staff notes and chats, finders' forms and lists of unclaimed items sold at auction, in
Swedish, English and mixed text. Written by a helper who tunes nothing and who read only
`generate_aw.py` (for the mechanics: the seeded `Draw`, the slot filler, the row format and
`--stats`), two write-ups of earlier sets and the first row of `generated-heldout-u.jsonl` (for
its keys); not the detector, its lexicons, its tests, nor any other set's names, templates or rows.
HN was never run through the detector by its writer. Stdlib only; one seeded Random: same seed,
same bytes.

    python data/pii/generate_hn.py            # writes data/pii/generated-heldout-hn.jsonl
    python data/pii/generate_hn.py --stats    # counts only
    python data/pii/generate_hn.py --check    # checks the written file, counts only
    python data/pii/generate_hn.py --seed 7 --out /tmp/hn-7.jsonl   # a scratch seed
"""

from __future__ import annotations

import argparse
import hashlib
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

from names_hn import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_hn import (  # noqa: E402
    DAYS,
    EN,
    ITEMS_EN,
    ITEMS_SV,
    LINES_EN,
    LINES_SV,
    MIXED,
    MONTHS,
    NEGATIVES,
    PETS,
    STATIONS_EN,
    STATIONS_SV,
    SV,
)

SEED = 20270278
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hn.jsonl"
SPLIT = "heldout-hn"
KEYS = ["id", "split", "lang", "text", "spans"]

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Linnégatan", "Birger Jarlsgatan", "Vasagatan",
    "Järnvägsgatan", "Skolgatan", "Kyrkogatan", "Trädgårdsgatan", "Västra Hamngatan", "Nygatan",
    "Repslagaregatan", "Fabriksgatan", "Östra Storgatan", "Karlavägen", "Sveavägen", "Björkvägen",
    "Tallvägen", "Granvägen", "Ringvägen", "Industrivägen", "Skogsvägen", "Parkvägen",
    "Sjövägen", "Idrottsvägen", "Solvägen", "Hagvägen", "Ekbacksvägen", "Lövängsvägen",
    "Kvarnvägen", "Gamla Vägen", "Klövervägen", "Smedjevägen", "Lärkvägen", "Backsippevägen",
    "Bergsvängen", "Kopparsvängen", "Älgsvängen", "Ugglesvängen", "Valhallavägen", "Kastanjeallén",
    "Lindallé", "Slottsallén", "Södra allén", "Kvarnbacken", "Prästbacken", "Klockarbacken",
    "Eriksbergs backe", "Åsbacken", "Blåbärsstigen", "Hallonstigen", "Vitsippestigen", "Ekorrstigen",
    "Lingonstigen", "Stortorget", "Gustavs torg", "Södra torget", "Fisktorget", "Järntorget",
    "Stationsplan", "Brunnsplan", "Sjöplan", "Kyrkplan", "Hantverkargränd", "Skomakargränd",
    "Kyrkogränd", "Tullgränd", "Hamnkajen", "Norra kajen", "Strandkajen", "Skeppsbrokajen",
    "Ringvägen", "Snickarvägen", "Mästargatan", "Rosenlundsgatan", "Bangårdsgatan", "Nya Tanneforsvägen",
)  # fmt: skip
# Towns and the first three digits of their postcodes (a range where the town has several).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 461), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Kristianstad", 291, 291),
    ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Uddevalla", 451, 451), ("Motala", 591, 591),
    ("Nyköping", 611, 611), ("Visby", 621, 621), ("Varberg", 432, 432), ("Lidköping", 531, 531),
    ("Ystad", 271, 271), ("Kiruna", 981, 981), ("Kristinehamn", 681, 681), ("Piteå", 941, 941),
    ("Skellefteå", 931, 931), ("Örnsköldsvik", 891, 891), ("Härnösand", 871, 871), ("Sollentuna", 191, 192),
    ("Solna", 169, 171), ("Nacka", 131, 132), ("Huddinge", 141, 141), ("Mölndal", 431, 431),
    ("Kungsbacka", 434, 434), ("Alingsås", 441, 441), ("Enköping", 745, 745), ("Sandviken", 811, 811),
    ("Hudiksvall", 824, 824), ("Mora", 792, 792), ("Ludvika", 771, 771), ("Katrineholm", 641, 641),
    ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Ängelholm", 262, 262), ("Hässleholm", 281, 281),
    ("Värnamo", 331, 331), ("Nässjö", 571, 571), ("Oskarshamn", 572, 572), ("Västervik", 593, 593),
    ("Strömstad", 452, 452), ("Falkenberg", 311, 311), ("Gällivare", 982, 982), ("Åre", 837, 837),
)  # fmt: skip
# Villages and farms as rural addresses name them (`Västerby 14`); their towns route them `xxx 9x`.
VILLAGES = (
    "Västerby", "Österby", "Norrbyn", "Sörbyn", "Storbyn", "Lillåsen", "Östanå", "Rya",
    "Hedenäset", "Bäckebo", "Kvarntorp", "Nolby", "Hult", "Ängen", "Mossebo", "Berga",
    "Tallåsen", "Björkhaga", "Lövåsen", "Åkerö", "Ekeby", "Solberga", "Gärdet", "Backa",
    "Skogsbo", "Lindåsen", "Bränna", "Nybyn", "Sjöbo gård", "Långbacka",
)  # fmt: skip
UK_STREETS = (
    "Albert Road", "Queen Street", "Castle Street", "Church Road", "Park Road", "Grange Road",
    "Highfield Avenue", "Sandringham Drive", "Meadow Way", "Windsor Close", "Elm Grove",
    "Springfield Road", "Brook Lane", "Hawthorn Crescent", "Kingsway", "St Mary's Road",
    "Victoria Terrace", "Mill Hill", "The Crescent", "Oakfield Gardens",
)  # fmt: skip
UK_TOWNS = (
    ("York", "YO"), ("Bath", "BA"), ("Cambridge", "CB"), ("Oxford", "OX"), ("Leeds", "LS"),
    ("Sheffield", "S"), ("Nottingham", "NG"), ("Brighton", "BN"), ("Exeter", "EX"), ("Cardiff", "CF"),
    ("Swansea", "SA"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Aberdeen", "AB"), ("Belfast", "BT"),
    ("Liverpool", "L"), ("Newcastle upon Tyne", "NE"), ("Reading", "RG"), ("Canterbury", "CT"),
    ("Lancaster", "LA"), ("Plymouth", "PL"), ("Chester", "CH"), ("London", "SE"), ("London", "N"),
)  # fmt: skip
UK_HOUSES = ("Flat 3, Moorland House", "The Old Bakery", "2 Mill Cottages", "Apartment 14, Quayside Court", "Ashdown", "The Coach House")  # fmt: skip
US_STREETS = ("Elm Street", "Maple Avenue", "Washington Avenue", "Lincoln Street", "Oak Drive", "Lakeview Road", "Cedar Lane", "Franklin Street", "Highland Avenue", "Park Place", "Sunset Boulevard", "Broadway")  # fmt: skip
US_TOWNS = (
    ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Denver", "CO", 802),
    ("Brooklyn", "NY", 112), ("Chicago", "IL", 606), ("Boston", "MA", 21), ("Madison", "WI", 537),
    ("Ann Arbor", "MI", 481), ("Rockford", "IL", 611), ("Portland", "OR", 972), ("Jamestown", "NY", 147),
)  # fmt: skip
EUROPE = (
    "Bahnhofstraße {n}, {z5:80331-80339} München", "Goethestraße {n}, {z5:60313-60329} Frankfurt am Main",
    "Lange Reihe {n}, {z5:20099-20099} Hamburg", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n} avenue Jean Jaurès, {z5:31000-31500} Toulouse", "Mannerheimintie {n} A {m}, {z5:00100-00290} Helsinki",
    "Hämeenkatu {n}, {z5:33100-33200} Tampere", "Storgata {n}, {z4:0155-0190} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Vesterbrogade {n}, {m}. th., {z4:1620-1699} København V",
    "Østergade {n}, {z4:8000-8000} Aarhus C", "ul. Marszałkowska {n}/{m}, 00-{z3:500-699} Warszawa",
    "ul. Długa {n}, 80-{z3:800-838} Gdańsk", "Calle Mayor {n}, {m}º, {z5:28013-28013} Madrid",
    "Carrer de Mallorca {n}, {z5:08008-08037} Barcelona", "Prinsengracht {n}, {z4:1015-1018} {L2} Amsterdam",
    "Oudegracht {n}, {z4:3511-3512} {L2} Utrecht", "Via Garibaldi {n}, {z5:10122-10122} Torino",
    "Mariahilfer Straße {n}, {z4:1060-1070} Wien", "Bahnhofstrasse {n}, {z4:8001-8001} Zürich",
    "Narva mnt {n}, {z5:10117-10152} Tallinn", "Gedimino pr. {n}, LT-{z5:01103-01110} Vilnius",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "bredband.net", "hotmail.co.uk", "btinternet.com")  # fmt: skip
WORK = ("example.se", "example.com", "example.org", "example.co.uk", "kommun.example.se", "region.example.se")  # fmt: skip
OFFICE_MAIL = ("hittegods", "lostandfound", "kundservice", "info", "fyndsaker", "reception", "service", "auktion")  # fmt: skip
OFFICE_MAIL_EN = ("lostproperty", "lost.found", "guestservices", "customer.relations", "frontdesk", "claims", "auctions")  # fmt: skip
OFFICE_DOMAINS = ("example.se", "trafik.example.se", "hotell.example.se", "flygplats.example.se", "example.com", "example.co.uk")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def pnr_valid(value: str) -> bool:
    """A personnummer of 12 or 10 digits, with `-`, `+` or nothing, whose check digit holds."""
    digits = re.sub(r"[-+]", "", value)
    if not digits.isdigit() or len(digits) not in (10, 12):
        return False
    digits = digits[-10:]
    return luhn(digits[:9]) == int(digits[9])


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
    """Every value of HN from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Anna-Karin
            second = self.pick(pool)  # the compounds people carry are of common names
            if (
                second[0] != given[0][0]
                and "-" not in second[0]
                and second[1] == given[0][1] == "head"
            ):
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.4, "uk": 0.3, "finnish": 0.5}.get(key, 0.05):
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
        surname = plain(person.last).lower().replace("-", "").replace("'", "").replace(" ", "")
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def office_email(self, english: bool) -> str:
        r = self.rng
        return f"{r.choice(OFFICE_MAIL_EN if english else OFFICE_MAIL)}@{r.choice(OFFICE_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "46", "18", "13", "19", "21", "11", "16", "54", "90", "60", "26", "36", "35"))  # fmt: skip
        area3 = r.choice(("220", "226", "243", "250", "270", "280", "290", "300", "320", "340", "380", "410", "431", "455", "470", "480", "498", "511", "520", "550", "560", "570", "584", "611", "620", "640", "650", "660", "670", "680", "690", "910", "920", "930", "950", "960", "970", "980"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (1, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8 {d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2}-{d[:6]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"),
            (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's, an office's or a switchboard's number."""
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}",
            f"0200-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 771 {d[:3]} {d[3:6]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0775-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}",
        ))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"07{d[:3]} {d[3:6]}{r.randrange(100, 1000)}", f"07{d[:3]}{d[3:6]}{r.randrange(100, 1000)}",
            f"+44 7{d[:3]} {d[3:6]}{r.randrange(100, 1000)}", f"+44 (0)7{d[:3]} {d[3:6]} {r.randrange(100, 1000)}",
            f"020 {r.choice('378')}{d[:3]} {d[3:7]}", f"0113 {d[:3]} {d[3:7]}", f"0161 {d[:3]} {d[3:7]}",
            f"01904 {d[:6]}", f"(01223) {d[:6]}", f"0131 {d[:3]} {d[3:7]}", f"029 20{d[:2]} {d[2:6]}",
            f"+44 20 {r.choice('378')}{d[:3]} {d[3:7]}", f"0044 7{d[:3]} {d[3:6]}{r.randrange(100, 1000)}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(
            ("212", "617", "312", "206", "512", "612", "303", "503", "608", "734", "815", "716")
        )
        ex = r.choice(("555", f"{r.randrange(200, 990)}"))
        d = self.digits(4)
        return r.choice((
            f"({area}) {ex}-{d}", f"{area}-{ex}-{d}", f"{area}.{ex}.{d}", f"+1 {area} {ex} {d}",
            f"+1 ({area}) {ex}-{d}", f"1-{area}-{ex}-{d}", f"{area} {ex} {d}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}", f"0049 89 {d[:7]}", f"0171 {d[:7]}",
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 22 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 9 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+43 664 {d[:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+370 6{d[:2]} {d[2:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+98 912 {d[:3]} {d[3:7]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+252 61 {d[:7]}", f"+1 415 555 0{d[:3]}", f"+44 7700 900{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool | None = None, plus: bool = False) -> str:
        """A personnummer with a valid check digit; `+` in the ten-digit form past a hundred."""
        r = self.rng
        if old is None:
            old = r.random() < 0.07
        year = r.randrange(1918, 1927) if old else r.randrange(1930, 2012)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old and (plus or roll >= 0.38):  # the ten-digit forms of someone past a hundred
            self.forms["pnr plus"] += 1
            return f"{date}+{serial}{check}"
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.76:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 190))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b", "D"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes them."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[16:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        roll = r.random()
        out = f"{code[:3]} {code[3:]} {town}" if roll < 0.82 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.06:
            out = "SE-" + out
        elif roll < 0.08:
            out += ", Sverige"
        elif roll < 0.09:
            out += ", Sweden"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
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
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 24)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 20)}, {street}"
        elif roll < 0.38:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        if lines:
            return f"{street}\n{town}\n{code}"
        return f"{street}, {town} {code}" if r.random() < 0.7 else f"{street}, {town}, {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Suite'))} {r.randrange(2, 40)}{r.choice(('', '', 'B'))}".replace(
                "# ", "#"
            )
        zip_code = f"{prefix:03d}{r.randrange(1, 99):02d}"
        if lines:
            return f"{street}\n{town}, {state} {zip_code}"
        return f"{street}, {town}, {state} {zip_code}"

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

    P full name, p the same in lower case, U in capitals, F with a middle name, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname,
    SU/GU surname or given name in capitals, I an initial and the surname, Gi the given name and
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
        words, value = given, person.first.upper()
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


def article(noun: str) -> str:
    return f"{'an' if noun[0].lower() in 'aeiou' else 'a'} {noun}"


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
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.village(), r.choice(SV_STREETS))) if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
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
        "PNRO": lambda: (draw.national_id(old=True, plus=True), "NATIONAL_ID"),
        "EF": lambda: (draw.office_email(english=False), "EMAIL"),
        "EFEN": lambda: (draw.office_email(english=True), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"den {day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(6, 23)}.{r.choice(('00', '05', '15', '20', '30', '45', '50'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(7, 21)}:{r.choice(('00', '15', '30', '45'))}", f"{r.randrange(8, 12)}{r.choice(('am', '.30am'))}", f"{r.randrange(1, 8)}{r.choice(('pm', '.30pm'))}")), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AMT": lambda: (r.choice((f"{r.randrange(2, 90) * 50} kr", f"{r.randrange(40, 4000)}:-", f"{r.randrange(1, 30) * 100} SEK")), None),
        "GBP": lambda: (f"£{r.randrange(3, 400)}.{r.choice(('00', '50', '99'))}", None),
        "USD": lambda: (f"${r.randrange(20, 900)}", None),
        "EUR": lambda: (f"{r.randrange(12, 300)} €" if r.random() < 0.5 else f"€{r.randrange(12, 300)}", None),
        "REF": lambda: (r.choice((f"HG-2027-{r.randrange(100, 99999):05d}", f"{r.randrange(10, 99)}-{r.randrange(1000, 9999)}", f"LPO/27/{r.randrange(1000, 99999)}", f"#{r.randrange(10000, 999999)}", f"FND{r.randrange(100000, 999999)}")), None),
        "LOT": lambda: (f"{r.choice(('Lot', 'Lot', 'No.') if en else ('Rop', 'Rop', 'Nr', 'Lot'))} {r.randrange(1, 200)}", None),
        "ITEM": lambda: (r.choice(ITEMS_SV), None),
        "ITEMEN": lambda: (article(r.choice(ITEMS_EN)), None),
        "ITEMB": lambda: (r.choice(ITEMS_EN), None),
        "LINE": lambda: (r.choice(LINES_SV), None),
        "LINEEN": lambda: (r.choice(LINES_EN), None),
        "STATION": lambda: (r.choice(STATIONS_SV), None),
        "STATIONEN": lambda: (r.choice(STATIONS_EN), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(("Hamburg", "Manchester", "Chicago", "Lyon", "Oslo", "Melbourne", "Toronto", "Dublin")), None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "PET": lambda: (r.choice(PETS), None),
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
    """HN's rows: every negative once, then positive rows from shuffled decks of each language's
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


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of HN is printed."""
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
                forms["lower-case one word"] += value.islower() and " " not in value
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["after c/o"] += text[span["start"] - 4 : span["start"]] == "c/o "
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] == "("
                    and text[span["end"] : span["end"] + 1] == ")"
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
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
    print(
        f"spans: {kinds[('PERSON', 'all')] + kinds[('ADDRESS', 'all')] + kinds[('PHONE', 'all')] + kinds[('EMAIL', 'all')] + kinds[('NATIONAL_ID', 'all')]}"
    )
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}, typed plain: {draw.forms['typed plain']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows.append(row)
            if list(row) != KEYS:
                problems["keys"] += 1
            if row["id"] in ids:
                problems["duplicate id"] += 1
            ids.add(row["id"])
            if row["split"] != SPLIT or row["lang"] not in SIZES:
                problems["split or lang"] += 1
            text, end = row["text"], 0
            for span in row["spans"]:
                start, stop = span["start"], span["end"]
                if list(span) != ["start", "end", "kind"]:
                    problems["span keys"] += 1
                if not 0 <= start < stop <= len(text):
                    problems["empty or out of bounds"] += 1
                    continue
                value = text[start:stop]
                if value != value.strip():
                    problems["whitespace at an edge"] += 1
                if start < end:
                    problems["unsorted or overlapping"] += 1
                end = stop
                if span["kind"] == "NATIONAL_ID" and not pnr_valid(value):
                    problems["personnummer check digit"] += 1
    langs = Counter(row["lang"] for row in rows)
    if dict(langs) != SIZES:
        problems["sizes"] += 1
    print(
        f"{path.name}: {len(rows)} rows, {sum(len(row['spans']) for row in rows)} spans, {len(ids)} ids"
    )
    print(f"sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items()) or "none"))
    return sum(problems.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument("--check", action="store_true", help="check the written file, counts only")
    args = parser.parse_args()
    if args.out is None and args.seed != SEED and not args.stats:
        parser.error("a scratch seed needs --out (the set itself is written with SEED)")
    out = args.out or OUT
    if args.check:
        sys.exit(1 if check(out) else 0)
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
