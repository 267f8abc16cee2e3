# ruff: noqa: E501
"""Generate held-out HI for personal-data detection (issue 15): names as the population has them,
a hundred-and-ninety-sixth writer.

    python data/pii/generate_hi.py                 # writes data/pii/generated-heldout-hi.jsonl
    python data/pii/generate_hi.py --stats         # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_hi.py --check         # checks the written file, prints counts only
    python data/pii/generate_hi.py --seed 7 --out /tmp/hi-7.jsonl   # a scratch seed

HI's names are drawn by how often people really carry them: every name word comes from
`names_hi.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head of
a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population is.
The genre is chess clubs and tournaments (`templates_hi.py`): registrations and entry forms,
pairings and results, rating queries, arbiters' reports and appeals, club newsletters, member
registers, junior attendance lists, team line-ups, car pools and chats, with the club's and the
players' addresses, phone numbers, e-mail addresses and personnummer. Written by a helper who does
not tune the detector and who read only `generate_aw.py` (for the mechanics: the seeded `Draw`, the
slot filler, the row format and `--stats`), two write-ups of earlier sets in `docs/privacy.md` and
the first line of `generated-heldout-u.jsonl` (for its keys); not the detector's rules, lexicons
or tagger, nor any other set's names, templates or rows, nor any score or error listing. HI was
never run through the detector by its writer, and its names were not checked against rung's
lexicons. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_hi import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_hi import CHESS, DAYS, EN, MIXED, MONTHS, NEGATIVES, SV  # noqa: E402

SEED = 20270273
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hi.jsonl"
SPLIT = "heldout-hi"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, some named after people (the name is part of the address).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Götgatan", "Linnégatan", "Nygatan",
    "Järnvägsgatan", "Östra Hamngatan", "Västra Storgatan", "Parkgatan", "Skolgatan", "Kyrkogatan",
    "Trädgårdsgatan", "Fabriksgatan", "Hantverkargatan", "Bergsgatan", "Repslagaregatan",
    "Folkungagatan", "Bondegatan", "Rosengatan", "Engelbrektsgatan", "Odengatan",
    "Birger Jarlsgatan", "Södra Förstadsgatan", "Karlavägen", "Sveavägen", "Björkvägen",
    "Granvägen", "Tallvägen", "Lindvägen", "Ekvägen", "Lönnvägen", "Rönnvägen", "Ängsvägen",
    "Skogsvägen", "Sjövägen", "Ringvägen", "Industrivägen", "Kyrkvägen", "Bruksvägen", "Solvägen",
    "Hagvägen", "Idrottsvägen", "Lärkvägen", "Mossvägen", "Gamla Riksvägen", "Norra Vägen",
    "Ekorrsvängen", "Bäcksvängen", "Rävsvängen", "Lärksvängen", "Tranbärssvängen", "Kastanjeallén",
    "Parkallén", "Lindallén", "Slottsallén", "Lundby allé", "Kvarnbacken", "Klockarbacken",
    "Solbacken", "Tullbacken", "Prästbacken", "Stigbergs backe", "Blåbärsstigen", "Lingonstigen",
    "Hallonstigen", "Vitsippsstigen", "Gökstigen", "Stora torget", "Järntorget", "Gustav Adolfs torg",
    "Möllevångstorget", "Nytorget", "Stationsplan", "Kyrkplan", "Brunnsplan", "Tullgränd",
    "Kopparslagargränd", "Bryggargränd", "Kvarngränd", "Norra kajen", "Hamnkajen", "Skeppsbrokajen",
    "Södra kajen", "Packhuskajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 217), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 251, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 463), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541),
    ("Kristianstad", 291, 291), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931),
    ("Uddevalla", 451, 451), ("Motala", 591, 591), ("Landskrona", 261, 261), ("Nyköping", 611, 611),
    ("Visby", 621, 621), ("Piteå", 941, 941), ("Varberg", 432, 432), ("Alingsås", 441, 441),
    ("Lidköping", 531, 531), ("Sandviken", 811, 811), ("Enköping", 745, 745), ("Kiruna", 981, 981),
    ("Härnösand", 871, 871), ("Ystad", 271, 271), ("Trelleborg", 231, 231), ("Ängelholm", 262, 262),
    ("Katrineholm", 641, 641), ("Västervik", 593, 593), ("Mora", 792, 792), ("Ludvika", 771, 771),
    ("Hudiksvall", 824, 824), ("Örnsköldsvik", 891, 891), ("Kungsbacka", 434, 434),
    ("Karlshamn", 374, 374), ("Vänersborg", 462, 462),
)  # fmt: skip
# Villages as rural addresses name them (`Västanby 24, 434 92 Kungsbacka`).
VILLAGES = (
    "Västanby", "Östanby", "Norrbyn", "Sörbyn", "Lillsjön", "Storsund", "Bäckstorp", "Hagaby",
    "Kvarnbo", "Ekeby", "Tuna", "Berga", "Hult", "Lövsta", "Myrviken", "Näsby", "Solberga",
    "Tallåsen", "Åkerby", "Ängsö", "Vreta", "Bjärka", "Sunnanå", "Öjebyn", "Flaxenvik",
)  # fmt: skip
UK_STREETS = (
    "Victoria Street", "Park Road", "Church Street", "London Road", "Mill Road", "The Crescent",
    "Elm Grove", "Station Approach", "Albert Terrace", "Kingsway", "Chapel Street", "Grange Road",
    "Beech Avenue", "Meadow Way", "St Andrew's Road", "Windsor Close", "Marlborough Road",
    "Highfield Lane", "Castle Street", "Queen's Drive",
)  # fmt: skip
UK_TOWNS = (
    ("Oxford", "OX"), ("Cambridge", "CB"), ("York", "YO"), ("Hastings", "TN"), ("Bath", "BA"),
    ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Aberdeen", "AB"), ("Belfast", "BT"),
    ("Leicester", "LE"), ("Nottingham", "NG"), ("Birmingham", "B"), ("Liverpool", "L"),
    ("Sheffield", "S"), ("Brighton", "BN"), ("Hull", "HU"), ("Coventry", "CV"), ("Reading", "RG"),
    ("London", "N"), ("London", "SE"), ("Durham", "DH"),
)  # fmt: skip
UK_HOUSES = ("The Old Vicarage", "Rook Cottage", "Knight's Barn", "Bishops Lodge", "2 Mill Cottages", "Flat B", "The Coach House", "Meadowbank")  # fmt: skip
US_STREETS = ("Maple Avenue", "Elm Street", "Washington Avenue", "Lindell Boulevard", "Sunset Drive", "Oak Lane", "Lake Street", "2nd Avenue", "Cedar Court", "Highland Avenue", "W 10th Street", "Broadway")  # fmt: skip
US_TOWNS = (("Saint Louis", "MO", 631), ("Brooklyn", "NY", 112), ("Austin", "TX", 787), ("Madison", "WI", 537), ("Columbus", "OH", 432), ("Sacramento", "CA", 958), ("Denver", "CO", 802), ("Seattle", "WA", 981), ("Minneapolis", "MN", 554), ("Philadelphia", "PA", 191), ("Charlotte", "NC", 282), ("Lincoln", "NE", 685))  # fmt: skip
EUROPE = (
    "Bahnhofstraße {n}, {z5:10115-10179} Berlin", "Goethestraße {n}, {z5:80331-80339} München",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "{n} avenue Victor Hugo, 75116 Paris",
    "Storgata {n}, {z4:0155-0185} Oslo", "Nørrebrogade {n}, {m}. th., 2200 København N",
    "Mannerheimintie {n} A {m}, {z5:00100-00260} Helsinki", "ul. Marszałkowska {n}/{m}, 00-{z3:001-999} Warszawa",
    "Calle Mayor {n}, {m}º, 28013 Madrid", "Via Garibaldi {n}, 10122 Torino", "Rue Royale {n}, 1000 Bruxelles",
    "Narva mnt {n}, {z5:10117-10152} Tallinn", "Bahnhofstrasse {n}, 8001 Zürich",
    "Mariahilfer Straße {n}/{m}, {z4:1060-1070} Wien", "Andrássy út {n}, {z4:1061-1068} Budapest",
    "Na Příkopě {n}, 110 00 Praha 1", "Brīvības iela {n}, LV-{z4:1010-1050} Rīga",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se", "yahoo.com", "bredband.net", "proton.me")  # fmt: skip
WORK = ("example.se", "schack.example.se", "skolan.example.se", "example.com", "example.org", "example.co.uk", "chess.example.org")  # fmt: skip
ROLES = ("info", "kansli", "tavling", "anmalan", "rating", "domare", "kassor", "junior", "styrelsen", "entries", "secretary", "ratings", "td", "arbiter")  # fmt: skip


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
    """Every value of HI from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Lars-Erik, Eva-Lena
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given):
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
            middle = [(plain(w), p) for w, p in middle]
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
            return plain(word).lower().replace("-", "").replace("'", "").replace(" ", "")

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(60, 99)}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.35 else MAIL)}"

    def org_email(self) -> str:
        r = self.rng
        club = r.choice(
            (
                "skrockaden",
                "springaren",
                "sktornet",
                "malmoas",
                "lundsask",
                "schackfyran",
                "riversidecc",
                "kingstonchess",
            )
        )
        domain = r.choice(
            (
                f"{club}.example.se",
                f"{club}.example.org",
                "example.se",
                "schack.example.se",
                f"{club}.example.com",
            )
        )
        return f"{r.choice(ROLES)}@{domain}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool = False) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
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
                "26",
                "36",
                "46",
                "42",
                "11",
                "35",
            )
        )
        area3 = r.choice(
            (
                "920",
                "970",
                "980",
                "660",
                "611",
                "380",
                "410",
                "470",
                "480",
                "500",
                "510",
                "520",
                "240",
                "250",
                "280",
                "270",
                "640",
                "150",
                "155",
                "171",
                "325",
                "431",
                "451",
                "522",
                "554",
                "563",
                "570",
                "590",
                "612",
                "651",
                "696",
                "912",
                "950",
            )
        )
        mobiles = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:7]}"),
        )  # fmt: skip
        landlines = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08{d[:8]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"), (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"),
            (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        shapes = mobiles if mobile or r.random() < 0.68 else landlines
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A switchboard or firm's number: 020, 0771, the cities' landlines."""
        r = self.rng
        d = self.digits(8)
        return r.choice((f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"0770-{d[:3]} {d[3:6]}",
                         f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}",
                         f"+46 20 {d[:2]} {d[2:4]} {d[4:6]}", f"0771{d[:6]}"))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(8)
        return r.choice((f"07{r.choice('3456789')}{d[:2]} {d[2:8]}", f"+44 7{r.choice('3456789')}{d[:2]} {d[2:8]}",
                         f"020 7{d[:3]} {d[3:7]}", f"0161 {d[:3]} {d[3:7]}", f"01865 {d[:6]}", f"01223 {d[:6]}",
                         f"+44 (0)1904 {d[:6]}", f"0044 131 {d[:3]} {d[3:7]}", f"(01424) {d[:6]}", f"029 20{d[:2]} {d[2:6]}",
                         f"07{r.choice('3456789')}{d[:8]}", f"0114 {d[:3]} {d[3:7]}"))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        d = self.digits(4)
        area = r.choice(
            ("314", "718", "512", "608", "614", "916", "303", "206", "612", "215", "704", "402")
        )
        return r.choice((f"({area}) 555-0{d[:3]}", f"{area}-555-0{d[:3]}", f"+1 {area} 555 0{d[:3]}",
                         f"{area}.555.0{d[:3]}", f"1-{area}-555-0{d[:3]}", f"+1 ({area}) 555-0{d[:3]}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {r.choice('2345')}{d[:1]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"040 {d[:3]} {d[3:7]}",
            f"00358 50 {d[:3]} {d[3:7]}", f"+44 7{d[:3]} {d[3:9]}", f"+49 30 {d[:8]}", f"+49 151 {d[:8]}",
            f"0049 (0)89 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+98 912 {d[:3]} {d[3:7]}", f"+91 98{d[:3]} {d[3:8]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 750 {d[:3]} {d[3:7]}", f"+252 61 {d[:3]} {d[3:7]}",
            f"+291 7 {d[:3]} {d[3:6]}", f"+372 5{d[:3]} {d[3:7]}", f"+371 2{d[:3]} {d[3:7]}", f"+354 {d[:3]} {d[3:7]}",
            f"+43 664 {d[:7]}", f"+36 30 {d[:3]} {d[3:7]}", f"+420 {d[:3]} {d[3:6]} {d[6:9]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, low: int = 1940, high: int = 2009, old: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `old` gives a person past a hundred, written with `+` as the ten-digit form has it."""
        r = self.rng
        year = r.randrange(1918, 1926) if old else r.randrange(low, high)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            return f"{date}+{serial}{check}"
        roll = r.random()
        if roll < 0.4:
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

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[24:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 97)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        roll = r.random()
        if roll < 0.03:
            out = "SE-" + out
        elif roll < 0.05:
            out += ", Sverige"
        elif roll < 0.06:
            out += ", Sweden"
        return out

    def village(self) -> str:
        r = self.rng
        return f"{r.choice(VILLAGES)} {r.randrange(1, 40) if r.random() < 0.7 else r.randrange(100, 1900)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 6)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"
        if roll < 0.7:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 7)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 240)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
                "# ", "#"
            )
        return f"{street}{chr(10) if lines else ', '}{town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

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
    (sometimes its short form), GU in capitals, N/n the short form where the name has one, S/s the
    surname, SU in capitals, I an initial (or two) and the surname, Gi the given name and the
    surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s`
    asks for a Swedish genitive, a trailing `'` an English one.
    """
    r = draw.rng
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
        initials = ".-".join(p[0] for p in person.first.split("-")) + "."
        if middle and r.random() < 0.3:
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
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> list[Segment]:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)

    def co(
        lines: bool, uk: bool = False
    ) -> list[Segment]:  # `c/o` outside the span, the name after it a PERSON
        joint = "\n" if lines else ", "
        name = person_segments(r.choice(("P", "P", "S")), draw.person(None), draw)
        address = draw.uk_address(lines) if uk else draw.sv_address(lines=lines, rural=False)
        return [("c/o ", None), *name, (joint, None), (address, "ADDRESS")]

    def pick(key: str) -> str:
        return r.choice(CHESS[key])

    values: dict[str, Callable[[], list[Segment]]] = {
        "A": lambda: [(draw.sv_address(), "ADDRESS")],
        "AL": lambda: [(draw.sv_address(lines=True), "ADDRESS")],
        "AR": lambda: [(draw.sv_address(rural=True), "ADDRESS")],
        "ARL": lambda: [(draw.sv_address(lines=True, rural=True), "ADDRESS")],
        "STL": lambda: [(draw.sv_address(lgh=True, rural=False), "ADDRESS")],
        "AUPP": lambda: [(draw.sv_address(rural=False).upper(), "ADDRESS")],
        "ST": lambda: [(draw.sv_street(), "ADDRESS")],
        "STN": lambda: [(r.choice(SV_STREETS), "ADDRESS")],
        "VIL": lambda: [(draw.village(), "ADDRESS")],
        "a": lambda: [((r.choice((draw.sv_street(), draw.village())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS")],
        "BOX": lambda: [(draw.box(), "ADDRESS")],
        "CO": lambda: co(False),
        "COL": lambda: co(True),
        "COE": lambda: co(False, uk=True),
        "AU": lambda: [(draw.uk_address(), "ADDRESS")],
        "AUL": lambda: [(draw.uk_address(lines=True), "ADDRESS")],
        "au": lambda: [(draw.uk_address().lower(), "ADDRESS")],
        "STE": lambda: [(r.choice(UK_STREETS), "ADDRESS")],
        "AUS": lambda: [(draw.us_address(), "ADDRESS")],
        "AUSL": lambda: [(draw.us_address(lines=True), "ADDRESS")],
        "AX": lambda: [(draw.eu_address(), "ADDRESS")],
        "AXL": lambda: [(draw.eu_address(lines=True), "ADDRESS")],
        "PH": lambda: [(draw.phone(), "PHONE")],
        "PHM": lambda: [(draw.phone(mobile=True), "PHONE")],
        "PHF": lambda: [(draw.phone_firm(), "PHONE")],
        "PHUK": lambda: [(draw.phone_uk(), "PHONE")],
        "PHUSA": lambda: [(draw.phone_us(), "PHONE")],
        "PHX": lambda: [(draw.phone_x(), "PHONE")],
        "EO": lambda: [(draw.org_email(), "EMAIL")],
        "PNR": lambda: [(draw.national_id(), "NATIONAL_ID")],
        "PNRJ": lambda: [(draw.national_id(2009, 2020), "NATIONAL_ID")],
        "PNRO": lambda: [(draw.national_id(old=True), "NATIONAL_ID")],
        "DATE": lambda: [(r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None)],
        "DATEEN": lambda: [(r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None)],
        "MONTH": lambda: [(MONTHS["sv"][month - 1], None)],
        "TIME": lambda: [(f"{r.randrange(9, 20)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None)],
        "TIMEEN": lambda: [(r.choice((f"{r.randrange(9, 12)}:{r.choice(('00', '15', '30', '45'))} am", f"{r.randrange(1, 10)}:{r.choice(('00', '15', '30', '45'))} pm", f"{r.randrange(9, 22)}:{r.choice(('00', '30'))}")), None)],
        "DAY": lambda: [(r.choice(DAYS["sv"]), None)],
        "DAYEN": lambda: [(r.choice(DAYS["en"]), None)],
        "YEAR": lambda: [(str(r.randrange(2025, 2028)), None)],
        "NUM": lambda: [(str(r.randrange(2, 99)), None)],
        "AGE": lambda: [(str(r.randrange(71, 99)), None)],
        "AMT": lambda: [(r.choice((f"{r.randrange(5, 60) * 10} kr", f"{r.randrange(1, 40) * 100:,} kr".replace(",", " "), f"{r.randrange(100, 900)}:-")), None)],
        "GBP": lambda: [(f"£{r.randrange(5, 80)}{r.choice(('', '.00', '.50'))}", None)],
        "USD": lambda: [(f"${r.randrange(15, 250)}", None)],
        "EUR": lambda: [(f"€{r.randrange(20, 150)}", None)],
        "ELO": lambda: [(str(r.randrange(900, 2520)), None)],
        "FIDE": lambda: [(r.choice((f"17{r.randrange(10000, 99999)}", f"17{r.randrange(100000, 999999)}", f"{r.randrange(400000, 999999)}", f"{r.randrange(10000000, 39999999)}")), None)],
        "USCF": lambda: [(str(r.randrange(12000000, 32999999)), None)],
        "ECF": lambda: [(r.choice((f"{r.randrange(100000, 399999)}{r.choice('ABCDEFGHJK')}", f"M{r.choice('EF')}{r.randrange(10000, 99999)}")), None)],
        "MEM": lambda: [(str(r.randrange(10000, 999999)), None)],
        "RES": lambda: [(r.choice(("1-0", "0-1", "½-½", "1/2-1/2", "1–0", "0–1", "+/-", "-/+", "½–½")), None)],
        "ROND": lambda: [(str(r.randrange(1, 10)), None)],
        "BORD": lambda: [(str(r.randrange(1, 41)), None)],
        "PTS": lambda: [(r.choice(("3", "3½", "4", "4½", "5", "5½", "6", "6,5", "7", "2½", "4.5")), None)],
        "TC": lambda: [(pick("tc"), None)],
        "TCEN": lambda: [(pick("tc_en"), None)],
        "MOVES": lambda: [(pick("moves"), None)],
        "MOVESEN": lambda: [(pick("moves_en"), None)],
        "MOVE": lambda: [(pick("move"), None)],
        "OPEN": lambda: [(pick("open"), None)],
        "OPENEN": lambda: [(pick("open_en"), None)],
        "ECO": lambda: [(f"{r.choice('ABCDE')}{r.randrange(100):02d}", None)],
        "CLUB": lambda: [(pick("club"), None)],
        "CLUBEN": lambda: [(pick("club_en"), None)],
        "TOUR": lambda: [(pick("tour"), None)],
        "TOUREN": lambda: [(pick("tour_en"), None)],
        "HALL": lambda: [(pick("hall"), None)],
        "HALLEN": lambda: [(pick("hall_en"), None)],
        "USER": lambda: [(pick("user") + str(r.randrange(1, 999)), None)],
        "TOWN": lambda: [(r.choice(SV_TOWNS)[0], None)],
        "TOWNEN": lambda: [(r.choice(UK_TOWNS)[0], None)],
        "PROP": lambda: [(f"{r.choice(VILLAGES)} {r.randrange(1, 30)}:{r.randrange(1, 200)}", None)],
        "BG": lambda: [(f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None)],
        "SWISH": lambda: [(f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None)],
        "ORGNR": lambda: [(f"802{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None)],
        "REF": lambda: [(r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{r.randrange(10000, 999999)}", f"#{r.randrange(1000, 99999)}", f"{r.choice(('A', 'F', 'D'))}{r.randrange(2025, 2028)}-{r.randrange(100, 999)}")), None)],
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
            segments = filler(form, draw)
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def generate(seed: int = SEED, draw: Draw | None = None) -> list[dict[str, object]]:
    """HI's rows: every negative once, then positive rows from shuffled decks of each language's
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
    digits = re.sub(r"\D", "", value)
    if len(digits) not in (10, 12) or not re.fullmatch(r"\d{6,8}[-+]?\d{4}", value):
        return False
    ten = digits[-10:]
    return luhn(ten[:9]) == int(ten[9])


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of HI is printed."""
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
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:\.-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] in "(<[" and span["start"] > 0
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address after c/o"] += (
                    text[max(0, span["start"] - 40) : span["start"]].count("c/o") > 0
                )
                forms["address Box"] += value.startswith("Box")
                forms["address without digits"] += not any(c.isdigit() for c in value)
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value)] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(kinds[(k, 'all')] for k in KINDS)}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer forms: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    if draw is None:
        return
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for mix in MIXES.values() for k in mix if not draw.origins[k]]
    print(f"origins in MIXES never drawn: {len(set(missing))}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = Counter(row["id"] for row in rows)
    problems["duplicate ids"] = sum(n - 1 for n in ids.values())
    for row in rows:
        if list(row) != ["id", "split", "lang", "text", "spans"]:
            problems["row keys"] += 1
        if row["split"] != SPLIT or row["lang"] not in SIZES:
            problems["split or lang"] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop, kind = span["start"], span["end"], span["kind"]
            if list(span) != ["start", "end", "kind"] or kind not in KINDS:
                problems["span keys or kind"] += 1
            if not 0 <= start < stop <= len(text):
                problems["empty or out of bounds"] += 1
                continue
            value = text[start:stop]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if start < end:
                problems["unsorted or overlapping"] += 1
            end = stop
            if kind == "NATIONAL_ID" and not pnr_valid(value):
                problems["personnummer check digit"] += 1
    langs = Counter(row["lang"] for row in rows)
    print(
        f"{len(rows)} rows ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), {sum(len(row['spans']) for row in rows)} spans, {len(ids)} distinct ids"
    )
    for name in (
        "row keys",
        "split or lang",
        "span keys or kind",
        "empty or out of bounds",
        "whitespace at an edge",
        "unsorted or overlapping",
        "duplicate ids",
        "personnummer check digit",
    ):
        print(f"{name}: {problems[name]}")
    total = sum(problems.values())
    print("no problems" if not total else f"{total} problems")
    return total


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
