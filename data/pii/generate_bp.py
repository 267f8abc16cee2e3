# ruff: noqa: E501
"""Generate held-out bp for personal-data detection: names as the population has them, a
forty-seventh writer (neighbours, housing and local life).

    python data/pii/generate_bp.py             # writes data/pii/generated-heldout-bp.jsonl
    python data/pii/generate_bp.py --stats     # counts only, writes nothing
    python data/pii/generate_bp.py --check     # checks the written file, counts only
    python data/pii/generate_bp.py --seed 7 --sample 20   # rows of a scratch seed, to read

bp's names are drawn by how often people really carry them (`names_bp.py`: SCB's ranks for
Sweden, the US Census 1990 per cents, the ONS rankings for the UK, and the commonest names of the
origins common in Sweden), 80% from the head of a list and 20% from its tail, mixed by the
language of the row. The genre is neighbours, housing and local life (`templates_bp.py`): BRF
boards and notices, minutes, tenant and parking lists, laundry-room booking, sublet and exchange
contracts, moving firms, neighbour disputes, local groups, buy-and-sell, lost and found, babysitting
and tutoring, allotments, church and sports club notices. Written by a helper who tunes nothing and
who read neither the detector nor any other set's names, templates or rows; bp was never run
through the detector by its writer. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_bp import (  # noqa: E402
    HEAD_SHARE,
    MIXES,
    NICKNAMES,
    ORIGINS,
    SV_F_HYPHEN,
    SV_M_HYPHEN,
    Pool,
    feminine,
    plain,
)
from templates_bp import EN, MIXED, NEGATIVES, SV  # noqa: E402

SEED = 20270124
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-bp.jsonl"
SPLIT = "heldout-bp"
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Streets where people live: city blocks, suburbs and small towns; some are named after people
# (`Selma Lagerlöfs väg`, `Olof Palmes gata`) and are addresses, never persons.
SV_STREETS = (
    "Vasagatan", "Drottninggatan", "Kungsgatan", "Sveavägen", "Birger Jarlsgatan", "Hornsgatan",
    "Götgatan", "Ringvägen", "Fleminggatan", "Sankt Eriksgatan", "Odengatan", "Karlavägen",
    "Linnégatan", "Storgatan", "Järnvägsgatan", "Nygatan", "Skolgatan", "Kyrkogatan", "Parkgatan",
    "Trädgårdsgatan", "Västra Vägen", "Björkvägen", "Lönnvägen", "Ekvägen", "Tallvägen",
    "Granvägen", "Lindvägen", "Hagavägen", "Solvägen", "Fågelsångsvägen", "Bäckvägen", "Rosenvägen",
    "Syrenvägen", "Violvägen", "Körsbärsvägen", "Äppelvägen", "Plommonvägen", "Kastanjegatan",
    "Lärkvägen", "Koltrastvägen", "Rävstigen", "Vitsippsvägen", "Blåklocksvägen", "Tranvägen",
    "Sparvgatan", "Husargatan", "Kaptensgatan", "Tegnérgatan", "Strindbergsgatan",
    "Selma Lagerlöfs väg", "Olof Palmes gata", "Karl Johansgatan", "Carl Larssons väg",
    "Evert Taubes gata", "Nils Ferlins gränd", "Astrid Lindgrens väg", "Anders Personsgatan",
    "Möllevångsgatan", "Södra Förstadsgatan", "Amiralsgatan", "Bellevuevägen", "Lantmannagatan",
    "Rinkebystråket", "Tensta allé", "Hjulsta backar", "Bergsjövägen", "Gårdstensvägen",
    "Tegelbruksvägen", "Fyrklöversgatan", "Brunnsgatan", "Renstiernas gata", "Folkungagatan",
    "Bondegatan", "Skånegatan", "Katarina Bangata", "Timmermansgatan", "Tomtebogatan",
    "Rörstrandsgatan", "Sankt Paulsgatan", "Ekbacken", "Lövstigen", "Aspstigen", "Hasselgränd",
    "Smedjegatan", "Prästgatan", "Gröndalsvägen", "Bergsgatan", "Väpnargatan", "Idrottsvägen",
    "Kolonivägen", "Båtsmansgatan", "Stationsvägen", "Sjöviksvägen", "Torget", "Nya Torget",
)  # fmt: skip
# Towns and the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 112, 129), ("Solna", 169, 171), ("Sundbyberg", 172, 174), ("Huddinge", 141, 141),
    ("Nacka", 131, 131), ("Göteborg", 411, 426), ("Mölndal", 431, 431), ("Malmö", 211, 218),
    ("Lund", 222, 227), ("Helsingborg", 252, 256), ("Uppsala", 751, 757), ("Västerås", 721, 725),
    ("Örebro", 702, 703), ("Linköping", 582, 589), ("Norrköping", 602, 603), ("Jönköping", 553, 556),
    ("Umeå", 903, 907), ("Gävle", 802, 806), ("Sundsvall", 852, 857), ("Borås", 503, 507),
    ("Eskilstuna", 632, 635), ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 463), ("Östersund", 831, 832),
    ("Kalmar", 392, 393), ("Falun", 791, 791), ("Skövde", 541, 541), ("Kristianstad", 291, 291),
    ("Uddevalla", 451, 451), ("Varberg", 432, 432), ("Tumba", 147, 147), ("Järfälla", 175, 177),
    ("Täby", 183, 187), ("Handen", 136, 136), ("Sollentuna", 191, 192), ("Tyresö", 135, 135),
    ("Upplands Väsby", 194, 194), ("Lidingö", 181, 181), ("Motala", 591, 591), ("Visby", 621, 621),
    ("Nyköping", 611, 611), ("Katrineholm", 641, 641), ("Alingsås", 441, 441), ("Kungsbacka", 434, 434),
    ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Ystad", 271, 271), ("Piteå", 941, 941),
    ("Skellefteå", 931, 931), ("Kiruna", 981, 981), ("Örnsköldsvik", 891, 891), ("Härnösand", 871, 871),
)  # fmt: skip
UK_STREETS = (
    "Albert Road", "Victoria Street", "Church Lane", "Station Road", "Park Avenue", "Queens Road",
    "Grove Road", "Windsor Close", "Mill Lane", "Elm Grove", "Oak Tree Close", "Chestnut Avenue",
    "Manor Way", "The Crescent", "Cedar Court", "Willow Walk", "Beech Drive", "Orchard Way",
    "Richmond Terrace", "Hawthorn Road", "St John's Road", "Clarence Street", "Marlborough Road",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Sheffield", "S"), ("Bristol", "BS"), ("Manchester", "M"), ("London", "SE"),
    ("London", "N"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Nottingham", "NG"),
    ("York", "YO"), ("Brighton", "BN"), ("Norwich", "NR"), ("Reading", "RG"), ("Bath", "BA"),
)  # fmt: skip
UK_BLOCKS = ("Maple House", "Fairview Court", "Kingsley Mansions", "Riverside Apartments", "Beaumont Court", "Canal Wharf", "The Old School House")  # fmt: skip
US_STREETS = ("Maple Avenue", "Oak Street", "Elm Street", "Cedar Lane", "Washington Street", "Park Place", "Lincoln Avenue", "Sunset Drive", "Highland Avenue", "Willow Court", "Prospect Street", "Hillcrest Road")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Portland", "OR", 972), ("Austin", "TX", 787), ("Madison", "WI", 537), ("Ann Arbor", "MI", 481), ("Brooklyn", "NY", 112), ("Denver", "CO", 802), ("Boston", "MA", 21))  # fmt: skip
# Addresses abroad in their own formats (exchanges, sublets to people moving in or out).
EUROPE = (
    "Mannerheimintie {n} B {m}, {z5:00100-00260} Helsinki", "Hämeenkatu {n} A {m}, {z5:33100-33200} Tampere",
    "Thorvald Meyers gate {n}, {z4:0552-0559} Oslo", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "Sonnenallee {n}, {z5:12045-12059} Berlin", "Kastanienallee {n}, {z5:10435-10437} Berlin",
    "ul. Marszałkowska {n}/{m}, 00-{z3:500-699} Warszawa", "ul. Długa {n}/{m}, 80-{z3:800-899} Gdańsk",
    "{n} rue Oberkampf, {z5:75011-75011} Paris", "Carrer de Sants {n}, {m}º, 080{z2:14-28} Barcelona",
    "Vondelstraat {n}, {z4:1054-1054} {L2} Amsterdam", "Via Nizza {n}, {z5:10125-10126} Torino",
    "Wiedner Hauptstraße {n}/{m}, {z4:1040-1040} Wien", "Tartu mnt {n}-{m}, {z5:10115-10145} Tallinn",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "hotmail.se", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband2.com", "spray.se", "yahoo.com", "btinternet.com")  # fmt: skip
WORK = ("example.se", "kommun.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
# Housing cooperatives, named after their blocks (`kvarter`): names of things, not people.
BRF_NAMES = (
    "Solrosen", "Gräsanden", "Tallkotten", "Eken 4", "Lärkan", "Blåklockan", "Hasseln", "Vitsippan",
    "Ekorren", "Bofinken", "Smedjan", "Kvarnen", "Tegelbruket", "Järnet", "Fyrtornet", "Kastanjen",
    "Valnöten", "Pilträdet", "Humlegården", "Sjöutsikten", "Bryggan", "Trädgårdsstaden", "Masten",
    "Stationshuset", "Lokstallet", "Gjuteriet", "Skomakaren", "Vävaren", "Månskäran", "Vinkelhaken",
)  # fmt: skip
PETS = (
    "Sigge", "Misse", "Tiger", "Smulan", "Molly", "Bella", "Charlie", "Ludde", "Nala", "Luna",
    "Simba", "Zorro", "Pontus", "Findus", "Gustav", "Doris", "Kajsa", "Max", "Elvis", "Sixten",
    "Morris", "Oscar", "Pelle", "Frasse", "Lilleman", "Bamse", "Rufus", "Milo", "Nova", "Sessan",
)  # fmt: skip
PETS_EN = ("Biscuit", "Pepper", "Mabel", "Rosie", "Teddy", "Alfie", "Daisy", "Bailey", "Oscar", "Luna", "Milo", "Poppy", "Winston", "Toby", "Willow", "Marley", "Bear", "Buster")  # fmt: skip
FIRM_MAIL = ("info@flyttochtransport.example.se", "kundtjanst@stadochflytt.example.se", "bokning@tvattstugan.example.se", "info@lokalfastigheter.example.se", "felanmalan@bostad.example.se", "kontakt@koloniforeningen.example.se", "hello@movers.example.co.uk", "office@lettings.example.com", "bookings@parishhall.example.org", "info@juniorfc.example.co.uk")  # fmt: skip
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of nine digits (a personnummer's YYMMDDNNN, an organisation number's)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def luhn_any(digits: str) -> int:
    """The Luhn check digit of a number of any length (OCR references)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
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
    """Every value of bp from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.row: dict[str, str] = {}  # values shared inside one row (its house, its BRF)

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.04:  # Karl-Johan
            names = SV_F_HYPHEN if woman else SV_M_HYPHEN
            name = r.choices(names, weights=[1 / (i + 1) for i in range(len(names))])[0]
            given = [(name, "head" if pool.names.index(name) < pool.head else "tail")]
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3}.get(key, 0.05):
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
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.2 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (12, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (3, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (3, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"{m}/{d}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (1, f"0046{m[1:]}{d}"),
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
                "60",
                "36",
                "35",
                "46",
                "42",
                "11",
                "33",
            )
        )
        area3 = r.choice(
            (
                "480",
                "470",
                "455",
                "498",
                "520",
                "522",
                "565",
                "611",
                "620",
                "650",
                "920",
                "910",
                "240",
                "500",
                "589",
            )
        )
        shapes = (
            (8, f"08-{d[:3]} {d[3:6]} {d[6:]}"), (4, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:]}"),
            (2, f"08-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"08{d[:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (1, f"0{area3}{d[:6]}"),
            (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.72 else self.landline()

    def switchboard(self) -> str:
        """A firm's or a landlord's switchboard or service line."""
        r = self.rng
        d = self.digits(6)
        return r.choice((f"08-{d[:3]} {d[3:]} 00", f"031-{d[:2]} {d[2:4]} 00", f"040-{d[:2]} {d[2:4]} 00",
                         f"0771-{d[:3]} {d[3:]}", f"0770-{d[:3]} {d[3:]}", f"020-{d[:2]} {d[2:4]} {d[4:]}",
                         f"010-{d[:3]} {d[3:5]} 00", f"08-{d[:3]} {d[3:]} 10"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+` or `00`, or as dialled at home (UK, US)."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:7]}", f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+49 176 {d[:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}",
            f"+44 (0)20 7946 0{d[:3]}", f"0113 496 0{d[:3]}", f"+1 (612) 555-01{d[:2]}", f"(206) 555-01{d[:2]}",
            f"+1 312 555 01{d[:2]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+98 912 {d[:3]} {d[3:7]}", f"+252 61 {d[:7]}",
            f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}", f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_en(self) -> str:
        """A number as an English-speaking neighbour writes it: UK or US, or Swedish."""
        r = self.rng
        d = self.digits(6)
        roll = r.random()
        if roll < 0.45:
            return r.choice((f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"0161 496 0{d[:3]}",
                             f"020 7946 0{d[:3]}", f"0113 496 0{d[:3]}", f"(0117) 496 0{d[:3]}"))  # fmt: skip
        if roll < 0.75:
            area = r.choice(("612", "206", "312", "503", "512", "608", "734", "718", "303", "617"))
            return r.choice(
                (
                    f"({area}) 555-01{d[:2]}",
                    f"{area}-555-01{d[:2]}",
                    f"+1 {area} 555 01{d[:2]}",
                    f"{area}.555.01{d[:2]}",
                )
            )
        return self.mobile() if roll < 0.95 else self.landline()

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1936, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.38:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.78:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        if roll < 0.95:
            return f"{date}{serial}{check}"
        old = r.randrange(1910, 1925)  # past a hundred: `+`
        date = f"{old % 100:02d}{date[2:]}"
        return f"{date}+{serial}{luhn(date + serial)}"

    # --- look-alikes (never values) ---
    def org_number(self) -> str:
        """An organisation number: a BRF's (769/716), a firm's (556/559), an association's (802)."""
        r = self.rng
        head = r.choice(("769", "716", "556", "559", "802", "717"))
        nine = head + self.digits(6)
        return f"{nine[:6]}-{nine[6:]}{luhn(nine)}"

    def ocr(self) -> str:
        body = self.digits(self.rng.choice((7, 9, 11, 13)))
        return body + str(luhn_any(body))

    def bankgiro(self) -> str:
        r = self.rng
        return f"{r.randrange(100, 9999)}-{self.digits(4)}"

    def plusgiro(self) -> str:
        r = self.rng
        return f"{r.randrange(10, 999999)}-{r.randrange(10)}"

    def swish_firm(self) -> str:
        d = self.digits(7)
        return f"123 {d[:3]} {d[3:5]} {d[5:]}"

    def plate(self) -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNOPRSTUWXYZ"
        tail = f"{r.randrange(10, 99)}{r.choice(letters + '0123456789')}"
        return f"{''.join(r.choice(letters) for _ in range(3))} {tail}"

    # --- addresses ---
    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.16:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def street(self) -> str:
        return self.rng.choice(SV_STREETS)

    def town(self) -> tuple[str, str]:
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        return town, f"{r.randrange(low, high + 1)}{r.randrange(10, 100):02d}"

    def sv_postal(self) -> str:
        r = self.rng
        town, code = self.town()
        roll = r.random()
        if roll < 0.8:
            out = f"{code[:3]} {code[3:]} {town}"
        elif roll < 0.93:
            out = f"{code} {town}"
        else:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.03:
            out = "SE-" + out
        return out

    def flat(self) -> str:
        r = self.rng
        floor = r.randrange(0, 8)
        roll = r.random()
        if roll < 0.65:
            return f"lgh {10 + floor}{r.randrange(1, 6):02d}"
        if roll < 0.85:
            return f"{max(floor, 1)} tr"
        return f"vån {max(floor, 1)}"

    def sv_street_number(self, flat: bool | None = None) -> str:
        r = self.rng
        out = f"{self.street()} {self.number()}"
        if flat or (flat is None and r.random() < 0.2):
            out += f"{r.choice((' ', ', ', ', '))}{self.flat()}"
        return out

    def sv_address(self, lines: bool = False, flat: bool | None = None) -> str:
        street = self.sv_street_number(flat)
        joint = (
            "\n"
            if lines
            else ", "
            if re.search(r"(?:lgh \d+|tr|vån \d+)$", street)
            else self.rng.choice((", ", ", ", ", ", " "))
        )
        return f"{street}{joint}{self.sv_postal()}"

    def house(self) -> tuple[str, str]:
        """The row's house: its street and number, shared by every slot of that row that names it."""
        if "street" not in self.row:
            self.row["street"] = self.street()
            first = int(self.number().split()[0].rstrip("ABCab") or 1)
            self.row["number"] = str(first)
            self.row["range"] = f"{first}–{first + self.rng.choice((2, 4, 6))}"
        return self.row["street"], self.row["number"]

    def brf(self) -> str:
        if "brf" not in self.row:
            self.row["brf"] = self.rng.choice(BRF_NAMES)
        return self.row["brf"]

    def brf_mail(self) -> str:
        r = self.rng
        domain = "brf" + plain(self.brf()).lower().replace(" ", "")
        return f"{r.choice(('styrelsen', 'info', 'ordforande', 'kassor', 'tvattstugan', 'forvaltning', 'valberedningen', 'parkering'))}@{domain}.se"

    def box(self) -> str:
        r = self.rng
        return f"Box {r.randrange(10, 9999)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 160)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"Flat {r.randrange(1, 40)}, {r.choice(UK_BLOCKS)}, {r.choice(UK_STREETS)}"
        elif roll < 0.35:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        elif roll < 0.45:
            street = f"{r.randrange(1, 90)}{r.choice('ab')} {r.choice(UK_STREETS)}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.35:
            street += f", {r.choice(('Apt', 'Unit', '#', 'Apt.'))} {r.randrange(1, 40)}{r.choice(('', '', 'B', 'C'))}".replace(
                "# ", "#"
            )
        return f"{street}, {town}, {state} {prefix:03d}{r.randrange(1, 99):02d}"

    def eu_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.europe:  # a shuffled deck: every format before any comes again
            self.europe = list(EUROPE)
            r.shuffle(self.europe)
        out = self.europe.pop().replace("{n}", str(r.randrange(1, 120)))
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
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname in capitals, I an initial and the surname, Gi the given name and the surname's initial,
    R `Surname, Given`, RU the same in capitals, E an e-mail address. A trailing `s` asks for a
    Swedish genitive, a trailing `'` an English one.
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
        words, value = surname, person.last
        value = value.lower() if base == "s" else value.upper() if base == "SU" else value
    elif base == "I":
        words = surname
        value = "-".join(p[0] for p in person.first.split("-")) + f". {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0]}."
    elif base in ("R", "RU"):
        words, value = given + surname, f"{person.last}, {person.first}"
        value = value.upper() if base == "RU" else value
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        ending = genitive(value, english)
        if ending:
            segments.append((ending, None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "I", "Gi", "R", "RU", "E"}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        # addresses
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AF": lambda: (draw.sv_address(flat=True), "ADDRESS"),
        "AFL": lambda: (draw.sv_address(lines=True, flat=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street_number(flat=False), "ADDRESS"),
        "STF": lambda: (draw.sv_street_number(flat=True), "ADDRESS"),
        "STN": lambda: (draw.street(), "ADDRESS"),
        "STNE": lambda: (r.choice(UK_STREETS + US_STREETS), "ADDRESS"),
        "a": lambda: ((draw.sv_street_number() if r.random() < 0.6 else draw.sv_address()).lower(), "ADDRESS"),
        "HS": lambda: (draw.house()[0], "ADDRESS"),
        "HN": lambda: ("{} {}".format(*draw.house()), "ADDRESS"),
        "HR": lambda: (f"{draw.house()[0]} {draw.row['range']}", "ADDRESS"),
        "hn": lambda: ("{} {}".format(*draw.house()).lower(), "ADDRESS"),
        "HF": lambda: ("{} {}".format(*draw.house()) + r.choice((" ", ", ")) + draw.flat(), "ADDRESS"),
        "HA": lambda: ("{} {}".format(*draw.house()) + r.choice((", ", "\n")) + draw.sv_postal(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        # phones, mails, personnummer
        "PH": lambda: (draw.phone(), "PHONE"),
        "MOB": lambda: (draw.mobile(), "PHONE"),
        "TEL": lambda: (draw.landline(), "PHONE"),
        "VX": lambda: (draw.switchboard(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHE": lambda: (draw.phone_en(), "PHONE"),
        "MB": lambda: (draw.brf_mail(), "EMAIL"),
        "MF": lambda: (r.choice(FIRM_MAIL), "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        # not values
        "BRF": lambda: (draw.brf(), None),
        "PET": lambda: (r.choice(PETS), None),
        "PETEN": lambda: (r.choice(PETS_EN), None),
        "ORG": lambda: (draw.org_number(), None),
        "OCR": lambda: (draw.ocr(), None),
        "BG": lambda: (draw.bankgiro(), None),
        "PG": lambda: (draw.plusgiro(), None),
        "SWF": lambda: (draw.swish_firm(), None),
        "REG": lambda: (draw.plate(), None),
        "CODE": lambda: (draw.digits(4), None),
        "INV": lambda: (f"{r.randrange(10000, 999999)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}")), None),
        "DNR": lambda: (r.choice((f"{2026 + r.randrange(2)}-{r.randrange(1, 999):03d}", f"BN {r.randrange(2025, 2028)}/{r.randrange(100, 9999)}", f"{r.randrange(1000, 9999)}-{r.randrange(24, 28)}")), None),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 21)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(100, 19000):,} kr".replace(",", " "), None),
        "RENT": lambda: (f"{r.randrange(4200, 16500):,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(5, 1800)}", None),
        "USD": lambda: (f"${r.randrange(5, 1800)}", None),
        "PLATS": lambda: (str(r.randrange(1, 90)), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
    }  # fmt: skip
    return values[form]()


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    people: dict[str, Person] = {}
    draw.row = {}
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
    """bp's rows: every negative once, then positive rows from shuffled decks of each language's
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


def stats(rows: list[dict[str, object]], draw: Draw | None) -> None:
    """Counts only: no row of bp is printed."""
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
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh/tr/vån"] += bool(re.search(r"\b(?:lgh|tr|vån)\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["street alone"] += not re.search(r"\d", value)
            elif span["kind"] == "PHONE":
                forms["phone +/00"] += value.startswith(("+", "00"))
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (all {sum(empty.values())})"
    )
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def valid_personnummer(value: str) -> bool:
    m = re.fullmatch(r"(\d{2})?(\d{6})([-+]?)(\d{4})", value)
    if not m:
        return False
    date, tail = m.group(2), m.group(4)
    month, day = int(date[2:4]), int(date[4:6])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    return luhn(date + tail[:3]) == int(tail[3])


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = [row["id"] for row in rows]
    if ids != [f"gen-{SPLIT}-{i + 1:04d}" for i in range(len(rows))]:
        problems["ids not in sequence"] += 1
    spans_total = 0
    for row in rows:
        if (
            set(row) != {"id", "split", "lang", "text", "spans"}
            or row["split"] != SPLIT
            or row["lang"] not in SIZES
        ):
            problems["row keys or values"] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_total += 1
            s, e, kind = span["start"], span["end"], span["kind"]
            if set(span) != {"start", "end", "kind"} or kind not in KINDS:
                problems["span keys or kind"] += 1
            if not (0 <= s < e <= len(text)):
                problems["empty or out of bounds"] += 1
                continue
            value = text[s:e]
            if value != value.strip():
                problems["whitespace at an edge"] += 1
            if s < end:
                problems["unsorted or overlapping"] += 1
            end = e
            if kind == "NATIONAL_ID" and not valid_personnummer(value):
                problems["personnummer invalid"] += 1
    langs = Counter(row["lang"] for row in rows)
    if dict(langs) != SIZES:
        problems["sizes"] += 1
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    print(
        f"checked {len(rows)} rows, {spans_total} spans: "
        + (", ".join(f"{k} {v}" for k, v in problems.items()) or "no problems")
    )
    print(f"sha256 {digest}")
    return sum(problems.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument(
        "--seed", type=int, default=SEED, help="a scratch seed (the set's own is the default)"
    )
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    parser.add_argument(
        "--check", action="store_true", help="check the written file, print counts only"
    )
    parser.add_argument(
        "--sample", type=int, default=0, help="print N rows of a scratch seed (never the set's own)"
    )
    args = parser.parse_args()
    if args.check:
        sys.exit(1 if check(args.out or OUT) else 0)
    draw = Draw(args.seed)
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    if args.sample:
        if args.seed == SEED:
            sys.exit("--sample reads scratch seeds only")
        for row in rows[: args.sample]:
            text, marked, last = str(row["text"]), "", 0
            spans = row["spans"]
            assert isinstance(spans, list)
            for span in spans:
                marked += (
                    text[last : span["start"]]
                    + f"[{text[span['start'] : span['end']]}]{{{span['kind']}}}"
                )
                last = span["end"]
            print(f"--- {row['lang']}\n{marked + text[last:]}")
        return
    out = args.out or OUT
    if args.seed != SEED and args.out is None:
        sys.exit("a scratch seed writes only with --out")
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} rows written to {out}")


if __name__ == "__main__":
    main()
