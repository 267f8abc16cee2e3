# ruff: noqa: E501
"""Generate held-out FZ for personal-data detection (issue 15): names as the population has them,
a hundred-and-sixty-first writer. FZ's names are drawn by how often people carry them
(`names_fz.py`: SCB's ranks for Sweden, the US Census 1990 per cents, the ONS rankings for the UK
and the commonest names of origins common in Sweden; 80% from a list's head, 20% from its tail),
mixed by the language of the row roughly as Sweden's population is. Written by a helper who tunes
nothing and who read only `generate_aw.py` (for the mechanics, copied here), the sections
"Held-out AW" and "Held-out CL" of `docs/privacy.md` and the first line of
`generated-heldout-u.jsonl`; not the detector, its lexicons or tests, nor any other set or any
error listing; FZ was never run through the detector or a scorer by its writer. The genre
(`templates_fz.py`) is bakeries, cafés and cake orders: custom cake orders, catering for meetings,
allergy notes, pick-up and delivery slips, complaints and bakery staff chat. Stdlib only; one
seeded Random: same seed, same bytes.

    python data/pii/generate_fz.py                          # writes data/pii/generated-heldout-fz.jsonl
    python data/pii/generate_fz.py --stats                  # counts only (sizes, forms, head/tail split)
    python data/pii/generate_fz.py --check                  # checks the written file, counts only
    python data/pii/generate_fz.py --seed 7 --out /tmp/x.jsonl  # a scratch seed
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

from names_fz import (  # noqa: E402
    FIRST_F,
    FIRST_M,
    HEAD_SHARE,
    MIXES,
    NICKNAMES,
    ORIGINS,
    SECOND_F,
    SECOND_M,
    Pool,
    feminine,
    plain,
)
from templates_fz import EN, MIXED, NEGATIVES, SV, WORDS  # noqa: E402

SEED = 20270238
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fz.jsonl"
SPLIT = "heldout-fz"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, some named after people (the whole name is the address).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Götgatan", "Hornsgatan",
    "Fleminggatan", "Sankt Eriksgatan", "Odengatan", "Linnégatan", "Västra Hamngatan",
    "Södra Förstadsgatan", "Bagaregatan", "Bryggaregatan", "Kyrkogatan", "Skolgatan", "Nygatan",
    "Prästgatan", "Trädgårdsgatan", "Östra Storgatan", "Repslagaregatan", "Tullgatan",
    "Fabriksgatan", "Bangårdsgatan", "Birger Jarlsgatan", "Olof Palmes gata", "Karlavägen",
    "Björkvägen", "Tallvägen", "Granvägen", "Ringvägen", "Industrivägen", "Skolvägen",
    "Kvarnvägen", "Sveavägen", "Valhallavägen", "Nynäsvägen", "Mejerivägen", "Selma Lagerlöfs väg",
    "Kvarnsvängen", "Ekorrsvängen", "Videsvängen", "Lärksvängen", "Ugglesvängen", "Lindallén",
    "Kastanjeallén", "Hammarby allé", "Parkallén", "Björkbacken", "Solbacken", "Kyrkbacken",
    "Tegelbruksbacken", "Kvarnbacken", "Lärkstigen", "Hasselstigen", "Mandelstigen", "Syrénstigen",
    "Vallmostigen", "Stortorget", "Järntorget", "Mariatorget", "Gustav Adolfs torg", "Lilla torg",
    "Sankt Eriksplan", "Fridhemsplan", "Mariaplan", "Brommaplan", "Bagargränd", "Smedsgränd",
    "Tunnbindargränd", "Mårten Trotzigs gränd", "Packhuskajen", "Hamnkajen", "Norra kajen",
    "Strandkajen", "Ångbåtskajen", "Järnvägsgatan", "Stationsvägen", "Bruksgatan", "Hantverkargatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes (a range where the town has several).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 589), ("Helsingborg", 252, 256),
    ("Jönköping", 553, 556), ("Norrköping", 602, 603), ("Lund", 222, 227), ("Umeå", 903, 907),
    ("Gävle", 802, 806), ("Borås", 503, 507), ("Södertälje", 151, 152), ("Eskilstuna", 632, 635),
    ("Halmstad", 302, 305), ("Växjö", 352, 355), ("Karlstad", 652, 656), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Trollhättan", 461, 463), ("Östersund", 831, 832), ("Falun", 791, 791),
    ("Kalmar", 392, 393), ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Karlskrona", 371, 371),
    ("Uddevalla", 451, 451), ("Visby", 621, 621), ("Ystad", 271, 271), ("Nyköping", 611, 611),
    ("Varberg", 432, 432), ("Motala", 591, 591), ("Lidköping", 531, 531), ("Piteå", 941, 941),
    ("Kiruna", 981, 981), ("Härnösand", 871, 871), ("Sollentuna", 191, 192), ("Täby", 183, 187),
    ("Nacka", 131, 132), ("Huddinge", 141, 141), ("Solna", 169, 171), ("Sundbyberg", 172, 174),
    ("Mölndal", 431, 431), ("Partille", 433, 433), ("Kungsbacka", 434, 434), ("Landskrona", 261, 261),
    ("Trelleborg", 231, 231), ("Ängelholm", 262, 262), ("Enköping", 745, 745), ("Norrtälje", 761, 761),
    ("Alingsås", 441, 441), ("Katrineholm", 641, 641), ("Mora", 792, 792), ("Hudiksvall", 824, 824),
    ("Örnsköldsvik", 891, 891), ("Skellefteå", 931, 931), ("Arvika", 671, 671), ("Värnamo", 331, 331),
    ("Västervik", 593, 593), ("Falkenberg", 311, 311), ("Eslöv", 241, 241), ("Simrishamn", 272, 272),
    ("Åre", 837, 837), ("Kalix", 952, 952),
)  # fmt: skip
# Villages and hamlets as rural addresses have them (`Västanby 24`), with a rural postcode (`xxx 9x`).
VILLAGES = (
    "Västanby", "Östanå", "Norrby", "Sörby", "Lillkyrka", "Stensjö", "Hult", "Ängsbo", "Bäckby",
    "Kvarnby", "Ryd", "Torpa", "Berga", "Lövåsen", "Furuby", "Alsta", "Hjortsberga", "Ekeby",
    "Målilla", "Sandvik", "Bjärby", "Österslöv", "Gammelstad", "Rödön", "Tolg", "Vreta",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Baker Street", "Bakers Row",
    "Market Street", "Victoria Road", "Queen Street", "Castle Street", "Park Road", "The Crescent",
    "Orchard Way", "Chapel Street", "Bridge Street", "London Road", "Oxford Road", "North Street",
    "Granary Lane", "Cornmarket", "Pudding Lane", "Bread Street",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("London", "E"), ("London", "SE"),
    ("London", "N"), ("Birmingham", "B"), ("York", "YO"), ("Bath", "BA"), ("Cambridge", "CB"),
    ("Oxford", "OX"), ("Norwich", "NR"), ("Brighton", "BN"), ("Edinburgh", "EH"), ("Glasgow", "G"),
    ("Cardiff", "CF"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Liverpool", "L"),
    ("Newcastle upon Tyne", "NE"), ("Exeter", "EX"), ("Harrogate", "HG"), ("Belfast", "BT"),
)  # fmt: skip
UK_UNITS = ("Flat 2", "Flat 4B", "Unit 7", "Unit 12", "Suite 3", "Apartment 15", "The Old Bakery", "Mill House", "Rose Cottage", "2nd Floor")  # fmt: skip
US_STREETS = (
    "Main Street", "Maple Avenue", "Oak Street", "Elm Street", "2nd Avenue", "Pine Street",
    "Broadway", "Washington Street", "Lake Shore Drive", "Mission Street", "Commerce Street",
    "Church Street", "Market Street", "Sunset Boulevard", "Hawthorne Blvd", "Division St",
)  # fmt: skip
US_TOWNS = (
    ("Portland", "OR", 972), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Chicago", "IL", 606),
    ("Brooklyn", "NY", 112), ("Minneapolis", "MN", 554), ("Boston", "MA", 21), ("Denver", "CO", 802),
    ("Madison", "WI", 537), ("Asheville", "NC", 288), ("Savannah", "GA", 314), ("Ann Arbor", "MI", 481),
    ("Santa Fe", "NM", 875), ("San Diego", "CA", 921), ("Pittsburgh", "PA", 152), ("Burlington", "VT", 54),
)  # fmt: skip
EUROPE = (
    "Bäckerstraße {n}, {z5:20095-22769} Hamburg", "Lindenstraße {n}, {z5:10115-10999} Berlin",
    "Bagerstræde {n}, {m}. th., {z4:1000-1499} København K", "Nørregade {n}, {z4:8000-8210} Aarhus C",
    "Bakkegata {n}, {z4:0150-0690} Oslo", "Kongens gate {n}, {z4:7010-7099} Trondheim",
    "Mannerheimintie {n} A {m}, {z5:00100-00290} Helsinki", "Hämeenkatu {n}, {z5:33100-33200} Tampere",
    "{n} rue de la Roquette, 750{z2:11-11} Paris", "{n} rue des Boulangers, {z5:69001-69009} Lyon",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "ul. Piekarska {n}/{m}, 00-{z3:100-999} Warszawa",
    "ul. Długa {n}, 80-{z3:800-899} Gdańsk", "Calle Mayor {n}, {m}º B, 280{z2:10-15} Madrid",
    "Via dei Fornai {n}, {z5:40121-40141} Bologna", "Mariahilfer Straße {n}/{m}, 10{z2:60-70} Wien",
    "Pikk {n}, {z5:10123-10133} Tallinn", "Bahnhofstrasse {n}, {z4:8001-8003} Zürich",
    "Rua Augusta {n}, 1100-{z3:100-999} Lisboa", "{n} Grafton Street, Dublin 2, D02 {L2}{z2:10-99}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "bredband.net", "me.com")  # fmt: skip
WORK = ("example.se", "kontor.example.se", "example.com", "example.org", "example.co.uk", "mail.example.net")  # fmt: skip
FIRM_MAIL = ("bestallning", "order", "info", "hej", "tarta", "catering", "kundtjanst", "faktura", "kontakt", "hello", "orders", "events", "accounts")  # fmt: skip
AREA2 = ("31", "40", "18", "13", "19", "21", "16", "54", "90", "60", "11", "36", "35", "46", "42", "63", "23", "26", "33", "44")  # fmt: skip
AREA3 = ("121", "141", "150", "171", "220", "240", "250", "270", "300", "303", "320", "340", "370", "380", "411", "435", "451", "470", "480", "498", "510", "520", "560", "570", "586", "611", "620", "640", "651", "660", "680", "910", "920", "950", "980")  # fmt: skip


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
    """Every value of FZ from one seeded Random; counts the head/tail split and the origins."""

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
            key == "swedish"
            and given[0][0] in (FIRST_F if woman else FIRST_M)
            and r.random() < 0.25
        ):
            second = r.choice(SECOND_F if woman else SECOND_M)  # Anna-Karin, Karl-Johan
            if second != given[0][0]:
                given.append((second, "joined"))
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
        elif key == "swedish" and roll < 0.05:  # a double surname, often after marriage
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
        given = plain(person.first).lower().replace("-", "").replace("'", "").replace(" ", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(60, 99)}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def firm_email(self) -> str:
        r = self.rng
        host = r.choice(
            (
                "bageri",
                "konditori",
                "cafe",
                "bakery",
                "patisserie",
                "kafe",
                "catering",
                "stenugnsbageri",
            )
        )
        town = (
            plain(r.choice(SV_TOWNS)[0]).lower()
            if r.random() < 0.5
            else r.choice(("example", "gardsbageri", "hembageriet", "sodra"))
        )
        tld = r.choice(("se", "se", "se", "com", "nu", "co.uk"))
        return f"{r.choice(FIRM_MAIL)}@{host}{town}.{tld}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number, as people write it (Swish numbers are these)."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        r = self.rng
        d = self.digits(8)
        a2, a3 = r.choice(AREA2), r.choice(AREA3)
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a2}-{d[:6]}"), (1, f"+46 {a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a3}{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        """A Swedish number, mobile (most) or landline."""
        return self.mobile() if self.rng.random() < 0.72 else self.landline()

    def phone_firm(self) -> str:
        """A firm's or switchboard's number: landlines, 010, 020 and 0771 numbers."""
        r = self.rng
        d = self.digits(8)
        roll = r.random()
        if roll < 0.2:
            return r.choice((f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010 {d[:3]} {d[3:5]} {d[5:7]}"))
        if roll < 0.3:
            return r.choice((f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}"))
        if roll < 0.4:
            return r.choice((f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}"))
        return self.landline()

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(6)
        return r.choice((
            f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"+44 (0)7700 900{d[:3]}",
            f"020 7946 0{d[:3]}", f"+44 20 7946 0{d[:3]}", f"0161 496 0{d[:3]}", f"(0113) 496 0{d[:3]}",
            f"0117 496 0{d[:3]}", f"0131 496 0{d[:3]}", f"01904 {d}", f"029 2018 0{d[:3]}", f"0044 7700 900{d[:3]}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(3)
        area = r.choice(
            (
                "503",
                "206",
                "512",
                "312",
                "718",
                "612",
                "617",
                "303",
                "608",
                "828",
                "912",
                "734",
                "505",
                "619",
                "412",
                "802",
            )
        )
        return r.choice((
            f"({area}) 555-0{d}", f"{area}-555-0{d}", f"+1 {area} 555 0{d}", f"+1 ({area}) 555-0{d}",
            f"{area}.555.0{d}", f"1-{area}-555-0{d}", f"555-0{d}",
        ))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:7]}", f"00358 9 {d[:3]} {d[3:7]}", f"+49 151 {d[:8]}",
            f"+49 (0)40 {d[:3]} {d[3:7]}", f"0049 30 {d[:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+43 664 {d[:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}", f"+291 7 {d[:6]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+86 138 {d[:4]} {d[4:8]}",
            f"+351 91{d[:1]} {d[1:4]} {d[4:7]}", f"+353 87 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}", f"+1 (503) 555-0{d[:3]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, centenarian: bool = False, child: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without `-`;
        `+` for someone who has turned a hundred."""
        r = self.rng
        year = (
            r.randrange(1920, 1928)
            if centenarian
            else r.randrange(2021, 2026)
            if child
            else r.randrange(1940, 2009)
        )
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if centenarian:
            return (
                f"{date}+{serial}{check}"
                if r.random() < 0.7
                else f"{year // 100}{date}-{serial}{check}"
            )
        roll = r.random()
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
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
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[24:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.6 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 160)}"

    def sv_address(
        self,
        lines: bool = False,
        flat: bool = False,
        rural: bool | None = None,
        country: bool = False,
    ) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.12
        street = self.village() if rural else self.sv_street()
        if not rural and (flat or r.random() < 0.12):
            roll = r.random()
            if roll < 0.6:
                street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
            elif roll < 0.9:
                street += f", {r.randrange(1, 7)} tr"
            else:
                street += (
                    f", {r.randrange(2, 6)} tr, lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
                )
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural, country=country)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.55:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.75:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        if r.random() < 0.3:
            street = f"{r.choice(UK_UNITS)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Suite', 'Unit', '#'))} {r.randrange(2, 40)}{r.choice(('', '', 'B'))}".replace(
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
    SU the surname in capitals, GU the given name in capitals, I an initial and the surname,
    Gi the given name and the surname's initial, R `Surname, Given`, E an e-mail address.
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
        words, value = (
            surname,
            person.last.lower()
            if base == "s"
            else person.last.upper()
            if base == "SU"
            else person.last,
        )
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


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "GU", "S", "s", "SU", "I", "Gi", "R", "E"}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    words = WORDS
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AS": lambda: (draw.sv_address(country=True), "ADDRESS"),
        "AF": lambda: (draw.sv_address(flat=True, rural=False), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address().upper(), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "UK": lambda: (draw.uk_address(), "ADDRESS"),
        "UKL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "uk": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "USA": lambda: (draw.us_address(), "ADDRESS"),
        "USAL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "EU": lambda: (draw.eu_address(), "ADDRESS"),
        "EUL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(centenarian=True), "NATIONAL_ID"),
        "PNRB": lambda: (draw.national_id(child=True), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {words['MONTHS'][month - 1]}", f"{day}.{month}.")), None),
        "DATEEN": lambda: (r.choice((f"{day} {words['MONTHS_EN'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{words['MONTHS_EN'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(6, 20):02d}{'.' if not en and r.random() < 0.7 else ':'}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(7, 12)}{r.choice(('am', ':30am', ' a.m.'))}", f"{r.randrange(1, 7)}{r.choice(('pm', ':30 pm', ':15pm'))}", f"{r.randrange(7, 19):02d}:{r.choice(('00', '30'))}")), None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "PCS": lambda: (str(r.choice((6, 8, 10, 12, 15, 16, 20, 24, 25, 30, 35, 40, 45, 50, 60, 80, 100, 120))), None),
        "AGE": lambda: (str(r.choice((1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 13, 15, 16, 18, 20, 25, 30, 40, 50, 60, 65, 70, 75, 80, 85, 90))), None),
        "PRICE": lambda: (r.choice((f"{r.randrange(25, 96)} kr", f"{r.randrange(25, 96)}:-", f"{r.randrange(25, 96)} kronor")), None),
        "AMT": lambda: (r.choice((f"{r.randrange(45, 9800):,} kr".replace(",", " "), f"{r.randrange(45, 9800)}:-", f"{r.randrange(45, 9800)} SEK", f"{r.randrange(2, 40) * 50} kronor")), None),
        "GBP": lambda: (r.choice((f"£{r.randrange(4, 480)}.{r.choice(('00', '50', '95', '99'))}", f"£{r.randrange(10, 900)}")), None),
        "USD": lambda: (r.choice((f"${r.randrange(4, 900)}.{r.choice(('00', '50', '95', '99'))}", f"${r.randrange(10, 1900):,}")), None),
        "EUR": lambda: (r.choice((f"€{r.randrange(8, 600)}", f"{r.randrange(8, 600)},{r.choice(('00', '50'))} €")), None),
        "ORD": lambda: (r.choice((f"#{r.randrange(1000, 99999)}", f"{r.randrange(10, 99)}-{r.randrange(1000, 9999)}", f"T{r.randrange(100, 9999)}", f"BST-{r.randrange(2027001, 2027999)}", f"{r.randrange(100000, 999999)}")), None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"PO {r.randrange(10000, 99999)}", f"KST {r.randrange(100, 999)}", f"{r.choice('ABCDKLMR')}{r.randrange(100, 9999)}", f"ref {r.randrange(10000, 999999)}")), None),
        "OCR": lambda: (draw.digits(r.choice((8, 10, 12, 14, 16))), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ORGNR": lambda: (f"{r.choice(('556', '559', '969', '802', '716'))}{draw.digits(3)}-{draw.digits(4)}", None),
        "SWISH": lambda: (r.choice((f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", f"123{draw.digits(7)}", f"123-{draw.digits(3)} {draw.digits(2)} {draw.digits(2)}")), None),
        "VAT": lambda: (r.choice((f"SE{r.choice(('556', '559'))}{draw.digits(7)}01", f"GB {draw.digits(3)} {draw.digits(4)} {draw.digits(2)}")), None),
        "EIN": lambda: (f"{r.randrange(10, 99)}-{draw.digits(7)}", None),
        "NI": lambda: (f"QQ {draw.digits(2)} {draw.digits(2)} {draw.digits(2)} {r.choice('ABCD')}", None),
        "PORT": lambda: (r.choice((draw.digits(4), f"{draw.digits(4)}#", f"{draw.digits(2)}{r.choice('ABC')}{draw.digits(2)}")), None),
        "TEMP": lambda: (f"{r.randrange(1, 6)},{r.randrange(10)} °C", None),
        "KG": lambda: (r.choice((f"{r.randrange(1, 25)} kg", f"{r.randrange(1, 9)},{r.randrange(10)} kg", f"{r.randrange(100, 950, 50)} g")), None),
        "LOT": lambda: (f"L{r.randrange(10, 52)}{r.randrange(1, 8)}-{r.randrange(100, 999)}", None),
        "WEEK": lambda: (str(r.randrange(1, 53)), None),
        "YEAR": lambda: (str(r.randrange(1996, 2027)), None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS + tuple((t, s) for t, s, _ in US_TOWNS))[0], None),
    }  # fmt: skip
    if form in values:
        return values[form]()
    return r.choice(words[form]), None  # a word list of templates_fz: a cake, a firm, a day ...


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
    """FZ's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of FZ is printed."""
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
        forms["rows with c/o"] += "c/o" in text
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
                forms["address capitals"] += value.isupper()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address no postcode"] += not re.search(r"\d{3} ?\d{2}|[A-Z]{1,2}\d", value)
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with -"] += "-" in value
                forms["personnummer with +"] += "+" in value
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (negatives {len(NEGATIVES)})"
    )
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = draw.split["head"] + draw.split["tail"]
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%}); second parts of joined given names {draw.split['joined']}"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for lang in MIXES for k in MIXES[lang] if not draw.origins[k]]
    print(f"origins in MIXES never drawn: {sorted(set(missing)) or 'none'}")
    print(
        f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}; negatives "
        + ", ".join(f"{la} {sum(1 for x, _ in NEGATIVES if x == la)}" for la in SIZES)
    )


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = kinds = pnr = 0
    keys = ["id", "split", "lang", "text", "spans"]
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            problems["keys not as in heldout-u"] += list(row) != keys
            problems["split"] += row["split"] != SPLIT
            problems["lang"] += row["lang"] not in SIZES
            problems["id repeated"] += row["id"] in ids
            ids.add(row["id"])
            text, end = row["text"], 0
            for span in row["spans"]:
                kinds += 1
                s, e = span["start"], span["end"]
                problems["span keys"] += list(span) != ["start", "end", "kind"]
                problems["kind"] += span["kind"] not in (
                    "PERSON",
                    "ADDRESS",
                    "PHONE",
                    "EMAIL",
                    "NATIONAL_ID",
                )
                problems["empty span"] += e <= s
                problems["out of bounds"] += s < 0 or e > len(text)
                problems["unsorted or overlapping"] += s < end
                value = text[s:e]
                problems["whitespace at an edge"] += value != value.strip()
                end = e
                if span["kind"] == "NATIONAL_ID":
                    pnr += 1
                    digits = re.sub(r"\D", "", value)
                    ok = len(digits) in (10, 12) and luhn(digits[-10:-1]) == int(digits[-1])
                    ok = ok and re.fullmatch(r"(?:\d{2})?\d{6}[-+]?\d{4}", value) is not None
                    problems["personnummer invalid"] += not ok
    print(
        f"checked {path.name}: {rows} rows, {kinds} spans, {pnr} personnummer, {len(ids)} distinct ids"
    )
    bad = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in bad.items()) if bad else "none"))
    return sum(bad.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file, print counts only"
    )
    args = parser.parse_args()
    out = args.out or (OUT if args.seed == SEED else None)
    if args.check:
        sys.exit(1 if check(out or OUT) else 0)
    draw = Draw(args.seed)
    rows = generate(args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    if out is None:
        parser.error("a scratch seed needs --out")
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {out}")


if __name__ == "__main__":
    main()
