# ruff: noqa: E501
"""Generate held-out EG for personal-data detection (issue 15): names as the population has them,
a hundred-and-sixteenth writer. EG's names are drawn by how often people really carry them, from
`names_eg.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, the commonest names of the origins common in Sweden), 80% from a list's head
and 20% from its tail, mixed by the language of the row roughly as Sweden's population is; the
genre (`templates_eg.py`) is telecom: operators, mobile subscriptions, number porting, broadband
and fibre installs, technicians' visits, invoices and customer service, in Swedish, English and
both mixed. Written by a helper who tunes nothing and who read only `generate_aw.py` (for the
mechanics, copied here), the sections "Held-out AW" and "Held-out CL" of docs/privacy.md, the first
line of `generated-heldout-u.jsonl` and a listing of `data/pii/`; not the detector's rules,
lexicons or tagger, nor any other set's names, templates or rows, nor any error listing. EG was
never run through the detector by its writer. Stdlib only; one seeded Random: same seed, same bytes.

    python data/pii/generate_eg.py            # writes data/pii/generated-heldout-eg.jsonl
    python data/pii/generate_eg.py --stats    # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_eg.py --check    # checks the written file, prints counts only
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

from names_eg import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_eg import (  # noqa: E402
    DAYS,
    EN,
    FIRM_MAIL,
    MIXED,
    MONTHS,
    NEGATIVES,
    OPERATORS,
    OPERATORS_UK,
    OPERATORS_US,
    PROPERTIES,
    ROUTERS,
    SV,
    VILLAGES,
)

SEED = 20270193
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-eg.jsonl"
SPLIT = "heldout-eg"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form (the writer's knowledge of what the address register holds).
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Kyrkogatan",
    "Järnvägsgatan", "Västra Hamngatan", "Södra Förstadsgatan", "Linnégatan", "Fabriksgatan",
    "Repslagaregatan", "Sankt Eriksgatan", "Götgatan", "Hornsgatan", "Nygatan", "Trädgårdsgatan",
    "Björkvägen", "Industrivägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lindvägen", "Ängsvägen",
    "Granvägen", "Ekvägen", "Villavägen", "Parkvägen", "Solvägen", "Backvägen", "Gamla Vägen",
    "Kvarnvägen", "Rönnvägen", "Idrottsvägen", "Hagvägen", "Stenhuggarvägen", "Telegrafvägen",
    "Lärkvägen", "Mossvägen", "Körsbärsvägen", "Fältsvängen", "Ekbackssvängen", "Tranesvängen",
    "Ringsvängen", "Klöversvängen", "Sturegatan", "Valhallavägen", "Lindallén", "Björkallén",
    "Kastanjeallén", "Rosenlunds allé", "Slottsallén", "Solbacken", "Kvarnbacken", "Kyrkbacken",
    "Eriksbergs backe", "Hagabacken", "Lärkstigen", "Blåbärsstigen", "Ekorrstigen", "Hasselstigen",
    "Trastvägen", "Lingonstigen", "Stortorget", "Järntorget", "Lilla torget", "Hötorget",
    "Medborgarplatsen", "Gustav Adolfs torg", "Stationsplan", "Brunnsplan", "Kyrkplan", "Hamnplan",
    "Smedjegränd", "Tullgränd", "Kopparslagargränd", "Bryggargränd", "Stora Nygatan",
    "Norra Kajen", "Södra Kajen", "Hamnkajen", "Skeppsbrokajen", "Packhuskajen", "Telefonvägen",
)  # fmt: skip
# Towns with the first three digits of their postcodes.
SV_TOWNS = (
    ("Stockholm", 112, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Täby", 183, 187), ("Växjö", 352, 355),
    ("Halmstad", 302, 305), ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832),
    ("Borlänge", 781, 784), ("Solna", 169, 171), ("Sollentuna", 191, 192), ("Nacka", 131, 131),
    ("Mölndal", 431, 431), ("Huddinge", 141, 141), ("Falun", 791, 791), ("Kalmar", 392, 393),
    ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Skellefteå", 931, 931),
    ("Uddevalla", 451, 451), ("Motala", 591, 591), ("Nyköping", 611, 611), ("Varberg", 432, 432),
    ("Örnsköldsvik", 891, 891), ("Trelleborg", 231, 231), ("Ängelholm", 262, 262), ("Lidköping", 531, 531),
    ("Piteå", 941, 941), ("Kiruna", 981, 981), ("Visby", 621, 621), ("Kungsbacka", 434, 434),
    ("Alingsås", 441, 441), ("Härnösand", 871, 871), ("Hudiksvall", 824, 824), ("Sandviken", 811, 811),
    ("Enköping", 745, 745), ("Arvika", 671, 671), ("Ystad", 271, 271), ("Hässleholm", 281, 281),
    ("Västervik", 593, 593), ("Nässjö", 571, 571), ("Karlshamn", 374, 374), ("Säffle", 661, 661),
    ("Kramfors", 872, 872), ("Ludvika", 771, 771), ("Mora", 792, 792), ("Leksand", 793, 793),
    ("Rättvik", 795, 795), ("Malung", 782, 782), ("Sveg", 842, 842), ("Strömsund", 833, 833),
    ("Vilhelmina", 912, 912), ("Lycksele", 921, 921), ("Arvidsjaur", 933, 933), ("Jokkmokk", 962, 962),
    ("Pajala", 984, 984), ("Kalix", 952, 952), ("Hagfors", 683, 683), ("Torsby", 685, 685),
    ("Sunne", 686, 686), ("Lindesberg", 711, 711), ("Sala", 733, 733), ("Avesta", 774, 774),
    ("Simrishamn", 272, 272), ("Oskarshamn", 572, 572), ("Vimmerby", 598, 598), ("Sölvesborg", 294, 294),
)  # fmt: skip
RURAL_FROM = 60  # the towns from this index on are the countryside's (rural postcodes xxx 9x)
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road",
    "Park Avenue", "Queens Road", "The Crescent", "Mill Lane", "Kingsway", "Albert Street",
    "Windsor Close", "Orchard Way", "Meadow View", "Beech Grove", "Chestnut Drive", "London Road",
)  # fmt: skip
UK_TOWNS = (
    ("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("London", "SE"), ("London", "N"),
    ("Glasgow", "G"), ("Cardiff", "CF"), ("Birmingham", "B"), ("Nottingham", "NG"), ("Sheffield", "S"),
    ("Brighton", "BN"), ("Reading", "RG"), ("York", "YO"), ("Exeter", "EX"), ("Aberdeen", "AB"),
    ("Swindon", "SN"), ("Belfast", "BT"), ("Edinburgh", "EH"),
)  # fmt: skip
UK_HOUSES = ("Flat 3", "Flat 12B", "Rose Cottage", "The Old Post Office", "Apartment 7", "Unit 4")  # fmt: skip
US_STREETS = ("Main Street", "Oak Avenue", "Elm Street", "Maple Drive", "Washington Boulevard", "Cedar Lane", "Lakeview Drive", "Pine Street", "3rd Avenue", "Sunset Boulevard", "Highland Road")  # fmt: skip
US_TOWNS = (("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Austin", "TX", 787), ("Denver", "CO", 802), ("Chicago", "IL", 606), ("Rockford", "IL", 611), ("Portland", "OR", 972), ("Madison", "WI", 537), ("Boston", "MA", 21), ("Raleigh", "NC", 276))  # fmt: skip
EUROPE = (
    "Hauptstraße {n}, {z5:10115-14199} Berlin", "Schillerstraße {n}, {z5:60313-60599} Frankfurt am Main",
    "{n} rue de la République, {z5:69001-69009} Lyon", "{n} avenue Jean Jaurès, {z5:31000-31500} Toulouse",
    "Mannerheimintie {n} A {m}, {z5:00100-00290} Helsinki", "Hämeenkatu {n}, {z5:33100-33200} Tampere",
    "Storgata {n}, {z4:0155-0190} Oslo", "Kongens gate {n}, {z4:7011-7013} Trondheim",
    "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N", "Vestergade {n}, {z4:8000-8000} Aarhus C",
    "ul. Marszałkowska {n}/{m}, 00-{z3:100-999} Warszawa", "ul. Długa {n}, 80-{z3:800-899} Gdańsk",
    "Calle Mayor {n}, {m}º, {z5:28001-28099} Madrid", "Avinguda Diagonal {n}, {z5:08001-08040} Barcelona",
    "Prinsengracht {n}, {z4:1015-1017} {L2} Amsterdam", "Via Garibaldi {n}, {z5:10121-10156} Torino",
    "Bahnhofstrasse {n}, {z4:8001-8099} Zürich", "Rua Augusta {n}, {z4:1100-1100}-{z3:100-999} Lisboa",
    "Karlova {n}, {z3:110-110} 00 Praha 1", "Rue Neuve {n}, {z4:1000-1000} Bruxelles",
    "{n} Grafton Street, Dublin 2, D02 {L2}{m}{m}",
)  # fmt: skip
AREA2 = ("31", "40", "18", "13", "19", "21", "16", "54", "90", "63", "11", "36", "23", "26", "35", "42", "46")  # fmt: skip
AREA3 = ("250", "270", "280", "300", "340", "380", "410", "454", "470", "480", "491", "510", "522", "570", "611", "620", "640", "650", "660", "680", "691", "910", "920", "950", "970", "980")  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband2.com", "comhem.se", "spray.se")  # fmt: skip
WORK = ("example.se", "fiber.example.se", "tele.example.se", "example.com", "example.net", "example.co.uk", "support.example.org")  # fmt: skip


def luhn(digits: str) -> int:
    """The check digit of a personnummer's nine digits (YYMMDDNNN), or any Luhn number's body."""
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
    """Every value of EG from one seeded Random; counts the head/tail split and the origins."""

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
        ):  # Eva-Lena, Per-Anders
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
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

        def flat(name: str) -> str:
            return plain(name).lower().replace("-", "").replace("'", "").replace(" ", "")

        given, surname = flat(person.first), flat(person.last)
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0002333669")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (1, f"+46 (0) {m[1:]} {d[:3]} {d[3:]}"),
            (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline of a city or the countryside."""
        r = self.rng
        d = self.digits(8)
        area2, area3 = r.choice(AREA2), r.choice(AREA3)
        shapes = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:]}"),
            (1, f"08-{d[:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"0{area2}{d[:7]}"), (1, f"0{area2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"), (1, f"0{area3}/{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.72 else self.landline()

    def phone_firm(self) -> str:
        """A firm's or a switchboard's number: 020, 0200, 0771, 0774 or a city switchboard."""
        r = self.rng
        d = self.digits(7)
        shapes = (
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}", f"0200-{d[:2]} {d[2:4]} {d[4:6]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"0774-{d[:3]} {d[3:6]}",
            f"08-{d[:3]} {d[3:6]} 00", f"031-{d[:3]} {d[3:5]} 00", f"+46 771 {d[:3]} {d[3:6]}",
            f"0770-{d[:3]} {d[3:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 50 {d[:7]}",
            f"00358 9 {d[:3]} {d[3:7]}", f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"+44 (0)20 7946 0{d[:3]}",
            f"020 7946 0{d[:3]}", f"01632 960{d[:3]}", f"0044 1632 960{d[:3]}", f"+49 151 {d[:8]}",
            f"+49 (0)30 {d[:8]}", f"0049 69 {d[:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+48 22 {d[:3]} {d[3:5]} {d[5:7]}", f"+1 (612) 555-0{d[:3]}", f"+1 206 555 0{d[:3]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+33 (0)1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+351 91{d[:1]} {d[1:4]} {d[4:7]}",
            f"+353 87 {d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 750 {d[:3]} {d[3:7]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+252 61 {d[:7]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+66 81 {d[:3]} {d[3:7]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+91 98{d[:3]} {d[3:8]}", f"+372 5{d[:3]} {d[3:7]}", f"+354 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(4)
        shapes = (f"07700 900{d[:3]}", f"07700 900 {d[:3]}", f"+44 7700 900{d[:3]}", f"0113 496 0{d[:3]}",
                  f"0117 496 0{d[:3]}", f"020 7946 0{d[:3]}", f"(0161) 496 0{d[:3]}", f"01632 960{d[:3]}",
                  f"+44 (0)131 496 0{d[:3]}", f"0800 {self.digits(3)} {self.digits(4)}", f"0330 {self.digits(3)} {self.digits(4)}")  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(("612", "206", "512", "303", "312", "503", "608", "617", "919", "415"))
        d = self.digits(3)
        shapes = (f"({area}) 555-0{d}", f"{area}-555-0{d}", f"{area}.555.0{d}", f"+1 {area} 555 0{d}",
                  f"+1 ({area}) 555-0{d}", f"1-800-555-0{d}", f"555-0{d}")  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` for someone past a hundred (`+`)."""
        r = self.rng
        year = r.randrange(1917, 1927) if old else r.randrange(1936, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            if roll < 0.65:
                return f"{date}+{serial}{check}"
            return (
                f"{year // 100}{date}-{serial}{check}"
                if roll < 0.9
                else f"{year // 100}{date}{serial}{check}"
            )
        if roll < 0.42:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.92:
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
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        roll = r.random()
        if roll < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        elif roll < 0.1:
            out = f"SE-{code[:3]} {code[3:]} {town}" if roll < 0.08 else f"{out}, Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.25
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 9):02d}"
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
        elif not rural and street[-1].isdigit() and r.random() < 0.03:
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
        return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        if r.random() < 0.25:
            street = f"{r.choice(UK_HOUSES)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 400)}".replace(
                "# ", "#"
            )
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
        out = re.sub(r"\{m\}", lambda _: str(r.randrange(1, 9)), out)
        out = out.replace("{L2}", r.choice("ABCDEFGHKLMNPRST") + r.choice("ABCDEFHKNPRTVWXY"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    def imei(self) -> str:
        body = "35" + self.digits(12)
        return body + str(luhn(body))

    def iccid(self) -> str:
        return "8946" + self.digits(15)


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, SU the
    surname in capitals, I an initial and the surname, Gi the given name and the surname's
    initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address. A trailing `s` asks for
    a Swedish genitive, a trailing `'` an English one.
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
        words = given + surname
        value = f"{person.last.upper() if base == 'RU' else person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    segments: list[Segment] = [(value, "PERSON")]
    if base != form:
        segments.append((genitive(value, english), None))
    return segments


PERSON_FORMS = {"P", "p", "U", "F", "G", "g", "N", "n", "S", "s", "SU", "I", "Gi", "R", "RU", "E"}
SLOT = re.compile(r"\{([A-Za-z0-9]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.street_name(), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.sv_street(), draw.village())) if r.random() < 0.45 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "UKST": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "FE": lambda: (f"{r.choice(FIRM_MAIL)}@{r.choice(WORK)}", "EMAIL"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"den {day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day} {MONTHS['en'][month - 1][:3]} 2027")), None),
        "DOB": lambda: (f"{day:02d}/{month:02d}/{r.randrange(1940, 2006)}", None),
        "MONTH": lambda: (MONTHS["en" if en else "sv"][month - 1], None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AMT": lambda: (r.choice((f"{r.randrange(99, 9000):,} kr".replace(",", " "), f"{r.randrange(99, 999)}:-", f"{r.randrange(149, 899)} kr")), None),
        "GBP": lambda: (f"£{r.randrange(12, 900)}.{r.randrange(100):02d}", None),
        "USD": lambda: (f"${r.randrange(20, 600)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(15, 400)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000000, 9999999)}", f"CS-{r.randrange(100000, 999999)}", f"#{r.randrange(10000, 99999)}", f"ÄR{r.randrange(100000, 999999)}")), None),
        "ORD": lambda: (r.choice((f"{r.randrange(10**8, 10**9)}", f"ORD-{r.randrange(100000, 999999)}", f"1-{r.randrange(10**9, 10**10)}", f"WO{r.randrange(1000000, 9999999)}")), None),
        "KNR": lambda: (r.choice((f"{r.randrange(10**6, 10**7)}", f"{r.randrange(10**8, 10**9)}", f"{r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}", f"K{r.randrange(10**6, 10**7)}")), None),
        "OCR": lambda: (draw.digits(r.choice((10, 12, 14, 16))), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "ORGNR": lambda: (f"55{r.randrange(6000, 9999)}-{r.randrange(1000, 9999)}", None),
        "IMEI": lambda: (draw.imei(), None),
        "ICCID": lambda: (draw.iccid(), None),
        "PUK": lambda: (draw.digits(8), None),
        "PIN": lambda: (draw.digits(4), None),
        "MAC": lambda: (":".join(f"{r.randrange(256):02X}" for _ in range(6)), None),
        "IP": lambda: (r.choice((f"192.168.{r.randrange(0, 3)}.{r.randrange(1, 255)}", f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}", f"{r.randrange(78, 95)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}")), None),
        "SERIAL": lambda: (f"{r.choice(('S', 'SN', 'GX', 'ZY'))}{r.randrange(10**9, 10**10)}", None),
        "TRACK": lambda: (r.choice((f"00370{draw.digits(13)}", f"JJSE{draw.digits(11)}", f"RR{draw.digits(9)}GB")), None),
        "SPEED": lambda: (r.choice(("100/10", "100/100", "250/250", "500/500", "1000/1000", "10/1")), None),
        "GB": lambda: (str(r.choice((1, 3, 5, 10, 15, 20, 30, 40, 50, 100, 200))), None),
        "OP": lambda: (r.choice(OPERATORS), None),
        "OPUK": lambda: (r.choice(OPERATORS_UK), None),
        "OPUS": lambda: (r.choice(OPERATORS_US), None),
        "ROUTER": lambda: (r.choice(ROUTERS), None),
        "FAST": lambda: (f"{r.choice(PROPERTIES)} {r.randrange(1, 30)}:{r.randrange(1, 120)}", None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "WEEK": lambda: (str(r.randrange(2, 52)), None),
        "N2": lambda: (str(r.randrange(2, 40)), None),
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
    """EG's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of EG is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    forms: Counter[str] = Counter()
    people: list[str] = []
    for row in rows:
        lang, text, spans = str(row["lang"]), str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        langs[lang] += 1
        forms["rows with c/o"] += "c/o " in text
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
                forms["in brackets"] += (
                    text[span["start"] - 1 : span["start"]] in "([" and span["start"] > 0
                )
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with -"] += "-" in value
                forms["personnummer with +"] += "+" in value
                forms["personnummer without separator"] += "-" not in value and "+" not in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        "without a value: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
        + f" (all {sum(empty.values())})"
    )
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values()) or 1
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [key for mix in MIXES.values() for key in mix if not draw.origins[key]]
    print(f"origins in MIXES never drawn: {len(set(missing))}")
    print(
        f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)} ("
        + ", ".join(
            f"{la} {sum(1 for x, _ in NEGATIVES if x == la)}" for la in ("sv", "en", "mixed")
        )
        + ")"
    )


def pnr_valid(value: str) -> bool:
    digits = re.sub(r"[-+]", "", value)
    if not digits.isdigit() or len(digits) not in (10, 12):
        return False
    ten = digits[-10:]
    return luhn(ten[:9]) == int(ten[9])


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = 0
    spans_seen = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rows += 1
            problems["keys not as heldout-u's"] += list(row) != [
                "id",
                "split",
                "lang",
                "text",
                "spans",
            ]
            problems["id repeated"] += row["id"] in ids
            ids.add(row["id"])
            problems["split wrong"] += row["split"] != SPLIT
            problems["lang wrong"] += row["lang"] not in SIZES
            text, end = row["text"], 0
            for span in row["spans"]:
                spans_seen += 1
                start, stop = span["start"], span["end"]
                value = text[start:stop]
                problems["span empty"] += not stop > start
                problems["span out of bounds"] += not (start >= 0 and stop <= len(text))
                problems["whitespace at an edge"] += value != value.strip()
                problems["unsorted or overlapping"] += start < end
                problems["unknown kind"] += span["kind"] not in (
                    "PERSON",
                    "ADDRESS",
                    "PHONE",
                    "EMAIL",
                    "NATIONAL_ID",
                )
                if span["kind"] == "NATIONAL_ID":
                    problems["personnummer check digit"] += not pnr_valid(value)
                end = stop
    total = sum(problems.values())
    print(f"rows {rows}, spans {spans_seen}, ids {len(ids)}")
    for name, n in sorted(problems.items()):
        print(f"{name}: {n}")
    print(f"problems: {total}")
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
