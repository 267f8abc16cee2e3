# ruff: noqa: E501
"""Generate held-out FE for personal-data detection (issue 15): names as the population has them,
a hundred-and-fortieth writer.

    python data/pii/generate_fe.py          # writes data/pii/generated-heldout-fe.jsonl
    python data/pii/generate_fe.py --stats  # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_fe.py --check  # checks the written file, prints counts only

FE's names are drawn by how often people really carry them: every name word comes from
`names_fe.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is trade unions and membership associations (`templates_fe.py`): membership
applications and fees, cases handled by union reps and ombudsmen, unemployment-fund (a-kassa)
matters, negotiations and workplace meetings, annual meetings, minutes, nominations committees,
tenants' and pensioners' associations, with addresses, phones, e-mails and personnummer as
members give them. Written by a helper who does not tune the detector, who read only
`generate_aw.py` (for its mechanics), two sections of `docs/privacy.md` (Held-out AW and CL),
the first line of `generated-heldout-u.jsonl`, a listing of `data/pii/` (file names only) and
the `names` package's Census files; neither the detector (`src/`), its lexicons, tests and error
listings, nor any other set's names, templates or rows. FE was never run through the
detector by its writer, and its names were not checked against rung's lexicons. Stdlib only;
one seeded Random: same seed, same bytes.
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

from names_fe import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fe import (  # noqa: E402
    DAYS,
    EMPLOYERS_EN,
    EMPLOYERS_SV,
    EMPLOYERS_US,
    EN,
    LANDLORDS,
    MIXED,
    MONTHS,
    NEGATIVES,
    SV,
)

SEED = 20270217
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fe.jsonl"
SPLIT = "heldout-fe"
KEYS = ("id", "split", "lang", "text", "spans")
KINDS = ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID")

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan",
    "Stationsgatan", "Nygatan", "Tullgatan", "Bangårdsgatan", "Fabriksgatan", "Verkstadsgatan", "Västra Långgatan",
    "Södra Förstadsgatan", "Norra Kungsgatan", "Hantverksgatan", "Bruksgatan", "Folkungagatan", "Sveavägen",
    "Industrivägen", "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lönnvägen", "Rosenvägen",
    "Ängsvägen", "Granvägen", "Ekvägen", "Sjövägen", "Parkvägen", "Solvägen", "Bergsvägen", "Hagvägen",
    "Gamla Vägen", "Östra Vägen", "Bruksvägen", "Gjuterivägen", "Smedjevägen", "Hyttvägen", "Sågvägen",
    "Klockarsvängen", "Lärksvängen", "Smedsvängen", "Gärdessvängen", "Hasselsvängen", "Kastanjeallé",
    "Ekallén", "Lindallén", "Valhallavägen", "Stenhuggarvägen", "Parkallé", "Ängsbacken",
    "Kvarnbacken", "Tornbacken", "Kyrkbacken", "Stallbacken", "Munkebäcks backe", "Kapellbacken",
    "Lingonstigen", "Hallonstigen", "Vitsippsstigen", "Syrenstigen", "Rönnbärsstigen", "Stortorget",
    "Järntorget", "Hötorget", "Gustav Adolfs torg", "Fisktorget", "Medborgarplatsen", "Mästarplan",
    "Centrumplan", "Valdemars plan", "Brunnsplan", "Skomakargränd", "Garvargränd", "Klockargränd",
    "Rådhusgränd", "Skeppsbrokajen", "Norra Kajen", "Kanalkajen", "Hamnkajen", "Ångbåtskajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes: cities, suburbs and small towns.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 751, 757),
    ("Linköping", 581, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Södertälje", 151, 152), ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Falun", 791, 791), ("Kalmar", 392, 393), ("Skövde", 541, 541), ("Kristianstad", 291, 291),
    ("Karlskrona", 371, 371), ("Skellefteå", 931, 931), ("Uddevalla", 451, 451), ("Motala", 591, 591),
    ("Nyköping", 611, 611), ("Örnsköldsvik", 891, 891), ("Sandviken", 811, 811), ("Kiruna", 981, 981),
    ("Huddinge", 141, 141), ("Solna", 169, 171), ("Nacka", 131, 132), ("Haninge", 136, 137),
    ("Tumba", 147, 147), ("Sundbyberg", 172, 174), ("Mölndal", 431, 431), ("Partille", 433, 433),
    ("Landskrona", 261, 261), ("Trelleborg", 231, 231), ("Ludvika", 771, 771), ("Köping", 731, 731),
    ("Katrineholm", 641, 641), ("Piteå", 941, 941), ("Hudiksvall", 824, 824), ("Oskarshamn", 572, 572),
    ("Karlskoga", 691, 691), ("Avesta", 774, 774), ("Finspång", 612, 612), ("Hallsberg", 694, 694),
    ("Gällivare", 982, 982), ("Hofors", 813, 813), ("Fagersta", 737, 737), ("Olofström", 293, 293),
)  # fmt: skip
# Villages of the countryside for addresses by village name, and the nearest town (rural 9x codes).
VILLAGES = (
    ("Västanby", "Hallsberg"), ("Norrbyn", "Piteå"), ("Östansjö", "Hallsberg"), ("Sörbyn", "Luleå"),
    ("Lillåsen", "Ludvika"), ("Backa", "Avesta"), ("Kvarnbyn", "Köping"), ("Ängeby", "Katrineholm"),
    ("Täfteå", "Umeå"), ("Tuna", "Nyköping"), ("Bredsjö", "Ludvika"), ("Väse", "Karlstad"),
    ("Risbäck", "Örnsköldsvik"), ("Brattfors", "Karlskoga"), ("Österslöv", "Kristianstad"), ("Öjebyn", "Piteå"),
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Street", "Victoria Road", "Green Lane", "Manor Road",
    "Park Road", "Queens Road", "New Road", "Mill Road", "Union Street", "Albert Road", "Grange Road",
    "Windsor Avenue", "Elm Grove", "Colliery Row", "Foundry Lane", "Co-operative Street", "Chapel Close",
)  # fmt: skip
UK_TOWNS = (
    ("Sheffield", "S"), ("Leeds", "LS"), ("Newcastle upon Tyne", "NE"), ("Sunderland", "SR"),
    ("Doncaster", "DN"), ("Wigan", "WN"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Glasgow", "G"),
    ("Dundee", "DD"), ("Coventry", "CV"), ("Derby", "DE"), ("Hull", "HU"), ("Bristol", "BS"),
    ("Manchester", "M"), ("Liverpool", "L"), ("Birmingham", "B"), ("London", "E"), ("Belfast", "BT"),
)  # fmt: skip
UK_HOUSES = ("Miners' Cottages", "Ivy House", "The Old School House", "Chapel View", "Unity House", "Co-op Buildings")  # fmt: skip
US_STREETS = (
    "Main Street", "Labor Lane", "Union Avenue", "Elm Street", "Washington Boulevard", "Lincoln Avenue",
    "Grand Avenue", "Michigan Avenue", "Dearborn Street", "Mill Street", "Maple Drive", "Steel Street",
)  # fmt: skip
US_TOWNS = (
    ("Detroit", "MI", 482), ("Flint", "MI", 485), ("Pittsburgh", "PA", 152), ("Toledo", "OH", 436),
    ("Gary", "IN", 464), ("Milwaukee", "WI", 532), ("Chicago", "IL", 606), ("Cleveland", "OH", 441),
    ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Oakland", "CA", 946), ("Buffalo", "NY", 142),
)  # fmt: skip
EUROPE = (
    "Friedrichstraße {n}, {z5:10115-10119} Berlin", "Königswall {n}, {z5:44137-44137} Dortmund",
    "Am Hafen {n}, {z5:28195-28199} Bremen", "{n} rue de la République, {z5:69001-69009} Lyon",
    "{n} avenue Jean Jaurès, {z5:59000-59800} Lille", "Hämeenkatu {n} A {m}, {z5:33100-33500} Tampere",
    "Mannerheimintie {n} B {m}, {z5:00100-00260} Helsinki", "Storgata {n}, {z4:0155-0185} Oslo",
    "Kongens gate {n}, {z4:7011-7013} Trondheim", "Nørrebrogade {n}, {m}. th., {z4:2200-2200} København N",
    "Vesterbrogade {n}, {z4:1620-1799} København V", "ul. Piotrkowska {n}/{m}, 90-{z3:001-999} Łódź",
    "ul. Długa {n}, 80-{z3:827-831} Gdańsk", "Calle Mayor {n}, {m}º, {z5:28013-28013} Madrid",
    "Kerkstraat {n}, {z4:3011-3099} {L2} Rotterdam", "Via Garibaldi {n}, {z5:10122-10122} Torino",
    "Maximiliansgasse {n}, {z4:1010-1090} Wien", "Laugavegur {n}, {z3:101-105} Reykjavík",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "yahoo.com", "telia.com", "hotmail.co.uk", "bredband.net")  # fmt: skip
WORK = ("example.se", "kommun.example.se", "region.example.se", "example.com", "example.org", "example.co.uk", "fack.example.se")  # fmt: skip
BOXES = ("kansli", "medlem", "akassa", "valberedningen", "ordforande", "info", "klubben", "skyddsombud", "avdelning", "styrelsen", "membership", "branch.secretary", "stewards", "office", "local")  # fmt: skip
AREAS2 = ("31", "40", "18", "13", "19", "21", "11", "36", "90", "46", "33", "60", "26", "16", "54", "35", "63", "23", "44")  # fmt: skip
AREAS3 = ("243", "240", "221", "141", "150", "155", "340", "470", "480", "500", "522", "650", "660", "910", "911", "920", "980", "590", "581", "586", "270")  # fmt: skip


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
    """Every value of FE from one seeded Random; counts the head/tail split and the origins."""

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
        common = pool.names[:60]  # the two parts of a joined name are both common ones
        if (
            key == "swedish" and given[0][0] in common and r.random() < 0.05
        ):  # Anna-Karin, Karl-Erik
            second = (r.choice(common[:40]), "head")
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.4, "us": 0.35, "uk": 0.3, "german": 0.2}.get(key, 0.05):
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
            joint = "-" if roll < 0.03 else " "
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

        def clean(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def box_email(self) -> str:
        r = self.rng
        return f"{r.choice(BOXES)}@{r.choice(('fack.example.se', 'avd' + str(r.randrange(1, 40)) + '.example.se', 'akassa.example.se', 'example.org', 'union.example.co.uk', 'local' + str(r.randrange(100, 2000)) + '.example.org', 'forening.example.se'))}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self, mobile: bool | None = None) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(8)
        m = "07" + r.choice("0023369")
        a2, a3 = r.choice(AREAS2), r.choice(AREAS3)
        mobiles = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (10, f"{m}{d[:7]}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:7]}"),
        )  # fmt: skip
        lands = (
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:5]} {d[5:7]}"),
            (1, f"08-{d[:7]}"), (1, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{a2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{a2}{d[:7]}"), (1, f"+46 {a2} {d[:3]} {d[3:5]} {d[5:7]}"),
            (5, f"0{a3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{a3}-{d[:3]} {d[3:5]}"), (2, f"0{a3} {d[:3]} {d[3:6]}"),
            (1, f"0{a3}/{d[:6]}"), (1, f"+46 {a3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        if mobile is None:
            mobile = r.random() < 0.68
        shapes = mobiles if mobile else lands
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's, agency's or union's switchboard or customer number."""
        r = self.rng
        d = self.digits(8)
        shapes = (
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
            f"020-{d[:3]} {d[3:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"010-{d[:3]} {d[3:6]} {d[6]}",
            f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"0770-{d[:3]} {d[3:6]}", f"08-{d[:2]} {d[2:4]} {d[4:6]}",
            f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"+46 771 {d[:2]} {d[2:4]} {d[4:6]}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_uk(self) -> str:
        """A UK number as people there write it: Ofcom's drama ranges mostly, some others."""
        r = self.rng
        d = self.digits(6)
        shapes = (
            f"07700 900{d[:3]}", f"+44 7700 900{d[:3]}", f"0114 496 0{d[:3]}", f"0113 496 0{d[:3]}",
            f"0161 496 0{d[:3]}", f"020 7946 0{d[:3]}", f"0191 498 0{d[:3]}", f"029 2018 0{d[:3]}",
            f"0141 496 0{d[:3]}", f"07{r.choice('4589')}{d[:2]} {d[2:6]}{r.randrange(10, 99)}",
            f"+44 (0)7{r.choice('4589')}{d[:2]} {d[2:6]}{r.randrange(10, 99)}", f"01{r.randrange(100, 999)} {d}",
        )  # fmt: skip
        return r.choice(shapes)

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(
            ("313", "412", "216", "414", "312", "612", "206", "510", "716", "419", "219", "810")
        )
        d = self.digits(2)
        shapes = (f"({area}) 555-01{d}", f"{area}-555-01{d}", f"+1 {area} 555 01{d}", f"{area}.555.01{d}", f"1-{area}-555-01{d}")  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"+47 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 50 {d[:7]}", f"00358 45 {d[:3]} {d[3:7]}", f"+44 7{d[:3]} {d[3:9]}", f"07{d[:3]} {d[3:9]}",
            f"020 7946 0{d[:3]}", f"0114 496 0{d[:3]}", f"+44 (0)161 496 0{d[:3]}", f"0044 29 2018 {d[:4]}",
            f"(313) 555-01{d[:2]}", f"+1 412 555 01{d[:2]}", f"312-555-01{d[:2]}", f"1-800-555-01{d[:2]}",
            f"+49 151 {d[:8]}", f"+49 (0)30 {d[:8]}", f"030 {d[:4]} {d[4:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"01 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:8]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+252 61 {d[:3]} {d[3:7]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+387 61 {d[:3]} {d[3:6]}",
            f"+291 7 {d[:3]} {d[3:6]}", f"+66 8{d[0]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+354 {d[:3]} {d[3:7]}", f"+43 664 {d[:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, centenarian: bool = False) -> str:
        """A personnummer with a valid check digit: 12 or 10 digits, with or without the hyphen;
        `+` in place of the hyphen for someone past a hundred."""
        r = self.rng
        year = r.randrange(1919, 1927) if centenarian else r.randrange(1942, 2008)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if centenarian:
            self.forms["pnr +"] += 1
            return f"{date}+{serial}{check}"
        roll = r.random()
        form, out = (
            ("pnr 12 with -", f"{year // 100}{date}-{serial}{check}") if roll < 0.38
            else ("pnr 10 with -", f"{date}-{serial}{check}") if roll < 0.76
            else ("pnr 12 without", f"{year // 100}{date}{serial}{check}") if roll < 0.9
            else ("pnr 10 without", f"{date}{serial}{check}")
        )  # fmt: skip
        self.forms[form] += 1
        return out

    def number(self) -> str:
        r = self.rng
        out = str(min(int(r.expovariate(1 / 16)) + 1, 160))
        if r.random() < 0.14:
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, town: tuple[str, str] | None = None, rural: bool = False) -> str:
        r = self.rng
        name, code = town or self.town(rural)
        out = f"{code[:3]} {code[3:]} {name}" if r.random() < 0.86 else f"{code} {name}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {name.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def rural(self) -> tuple[str, tuple[str, str]]:
        """A rural address's first line (a village and a number) and its town with a 9x code."""
        r = self.rng
        village, near = r.choice(VILLAGES)
        low = next(lo for t, lo, _ in SV_TOWNS if t == near)
        return f"{village} {r.randrange(1, 260)}", (near, f"{low}{r.randrange(90, 100)}")

    def sv_address(
        self,
        lines: bool = False,
        lgh: bool = False,
        rural: bool | None = None,
        office: bool = False,
    ) -> str:
        r = self.rng
        if rural is None:
            rural = not office and r.random() < 0.15
        town = None
        if rural:
            street, town = self.rural()
        elif office:
            street = self.sv_street()
            if r.random() < 0.15:
                street += f", plan {r.randrange(2, 9)}"
        else:
            street = self.sv_street()
            if lgh or r.random() < 0.14:
                street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
            elif r.random() < 0.07:
                street += f", {r.randrange(1, 7)} tr"
            elif r.random() < 0.03:
                street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else ", " if r.random() < 0.85 else " "
        return f"{street}{joint}{self.sv_postal(town, rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 9999)}{r.choice((', ', chr(10)))}{self.sv_postal()}"
        if roll < 0.75:
            return f"{self.sv_street()}, plan {r.randrange(2, 9)}, {self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False, office: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if office:
            if roll < 0.2:
                street = f"Unit {r.randrange(1, 30)}, {r.choice(UK_STREETS)}"
        elif roll < 0.15:
            street = f"{r.randrange(1, 9)} {r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.3:
            street = f"Flat {r.randrange(1, 40)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, prefix = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.25:
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
    GU/SU the given name or surname in capitals (forms with a field for each), I an initial (two
    where there is a middle name, sometimes) and the surname, Gi the given name and the surname's
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
        initials = "-".join(p[0] + "." for p in person.first.split("-"))
        if middle and draw.rng.random() < 0.35:
            initials += f" {middle[0][0][0]}."
            words = surname + middle
        value = f"{initials} {person.last}"
    elif base == "Gi":
        words, value = given, f"{person.first} {person.last[0].upper()}."
    elif base in ("R", "RU"):
        words = given + surname
        value = f"{person.last.upper() if base == 'RU' else person.last}, {person.first}"
    else:
        raise KeyError(form)
    draw.count(words)
    draw.forms[f"form {base}"] += 1
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
    "GU",
    "SU",
    "I",
    "Gi",
    "R",
    "RU",
    "E",
}
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AO": lambda: (draw.sv_address(office=True), "ADDRESS"),
        "AOL": lambda: (draw.sv_address(lines=True, office=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "SN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.45 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "AUO": lambda: (draw.uk_address(office=True), "ADDRESS"),
        "AUOL": lambda: (draw.uk_address(lines=True, office=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.phone(mobile=True), "PHONE"),
        "PHL": lambda: (draw.phone(mobile=False), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_uk(), "PHONE"),
        "PHUS": lambda: (draw.phone_us(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(centenarian=True), "NATIONAL_ID"),
        "EF": lambda: (draw.box_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.2027")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{day} {MONTHS['en'][month - 1][:3]} 2027")), None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{':' if en else r.choice(('.', ':'))}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "AMT": lambda: (f"{r.randrange(120, 48000):,} kr".replace(",", " "), None),
        "FEE": lambda: (f"{r.randrange(9, 70) * 5} kr", None),
        "GBP": lambda: (f"£{r.randrange(8, 2400)}.{r.randrange(100):02d}", None),
        "GBPS": lambda: (f"£{r.randrange(8, 40)}.{r.choice(('00', '50', '25', '75', '99'))}", None),
        "DAGP": lambda: (f"{r.randrange(40, 121) * 10} kr", None),
        "EVE": lambda: (f"{r.randrange(17, 20)}.{r.choice(('00', '30'))}", None),
        "USD": lambda: (f"${r.randrange(20, 3000)}.{r.randrange(100):02d}", None),
        "EUR": lambda: (f"€{r.randrange(40, 3000)}", None),
        "PCT": lambda: (f"{r.randrange(1, 5)},{r.randrange(10)} %" if not en else f"{r.randrange(1, 7)}.{r.randrange(10)}%", None),
        "REF": lambda: (r.choice((f"{r.randrange(2025, 2028)}-{r.randrange(1, 9999):04d}", f"A{r.randrange(10000, 99999)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}", f"F-{r.randrange(100, 999)}/{r.randrange(25, 28)}")), None),
        "MNR": lambda: (r.choice((str(r.randrange(100000, 9999999)), f"{r.randrange(1000, 9999)} {r.randrange(1000, 9999)}", f"M{r.randrange(10000, 999999)}")), None),
        "ORGAB": lambda: (f"556{r.randrange(100, 999)}-{r.randrange(1000, 9999)}", None),
        "ACC": lambda: (f"{r.choice(('8', '6', '3', '5', '9'))}{r.randrange(100, 999)}-{r.randrange(0, 10)}, konto {draw.digits(3)} {draw.digits(3)} {draw.digits(3)}-{draw.digits(1)}" if r.random() < 0.5 else f"{r.randrange(3000, 9999)}, {draw.digits(7)}", None),
        "EMP": lambda: (r.choice(EMPLOYERS_SV), None),
        "EMPEN": lambda: (r.choice(EMPLOYERS_EN), None),
        "EMPUS": lambda: (r.choice(EMPLOYERS_US), None),
        "LANDLORD": lambda: (r.choice(LANDLORDS), None),
        "TOWNSV": lambda: (r.choice(SV_TOWNS)[0], None),
        "ORG": lambda: (f"80{r.randrange(2000, 4999)}-{r.randrange(1000, 9999)}", None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (draw.digits(r.randrange(8, 17)), None),
        "SEC": lambda: (str(r.randrange(1, 40)), None),
        "LOCAL": lambda: (str(r.randrange(12, 2400)), None),
        "YEAR": lambda: (str(r.randrange(1975, 2026)), None),
        "YR": lambda: (str(r.randrange(2025, 2028)), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "TOWNEN": lambda: (r.choice(UK_TOWNS + tuple((t, s) for t, s, _ in US_TOWNS))[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
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
    """FE's rows: every negative once, then positive rows from shuffled decks of each language's
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


def counts(rows: list[dict[str, object]]) -> None:
    """Rows, rows without a value, and spans per kind and language: counts only."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    for row in rows:
        lang, spans = str(row["lang"]), row["spans"]
        assert isinstance(spans, list)
        langs[lang] += 1
        empty[lang] += not spans
        for span in spans:
            kinds[(span["kind"], lang)] += 1
            kinds[(span["kind"], "all")] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print(
        f"without a value {sum(empty.values())}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(empty.items()))
    )
    for kind in KINDS:
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (_, lang), v in kinds.items() if lang == 'all')}")


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of FE is printed."""
    forms: Counter[str] = Counter()
    people: list[str] = []
    for row in rows:
        text, spans = str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        for span in spans:
            value = text[span["start"] : span["end"]]
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
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
                forms["address street alone"] += not re.search(r"\d", value)
                forms["address after c/o"] += (
                    "c/o" in text[max(0, span["start"] - 40) : span["start"]]
                )
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    counts(rows)
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("drawn: " + ", ".join(f"{k} {v}" for k, v in sorted(draw.forms.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = [k for k in MIXES["sv"] if not draw.origins[k]]
    print(f"origins in MIXES never drawn: {len(missing)}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    rows: list[dict[str, object]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            rows.append(json.loads(line))
    ids = Counter(str(row.get("id")) for row in rows)
    problems["duplicate id"] += sum(v - 1 for v in ids.values() if v > 1)
    pnr: Counter[str] = Counter()
    for row in rows:
        problems["keys"] += tuple(row) != KEYS
        problems["split"] += row.get("split") != SPLIT
        problems["lang"] += row.get("lang") not in SIZES
        text, spans = str(row["text"]), row["spans"]
        assert isinstance(spans, list)
        end = 0
        for span in spans:
            start, stop, kind = span["start"], span["end"], span["kind"]
            problems["kind"] += kind not in KINDS
            problems["empty"] += stop <= start
            problems["out of bounds"] += not (start >= 0 and stop <= len(text))
            value = text[start:stop]
            problems["whitespace at an edge"] += bool(value) and (value != value.strip())
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            if kind == "NATIONAL_ID":
                digits = re.sub(r"[-+]", "", value)
                ok = bool(re.fullmatch(r"\d{10}|\d{12}", digits)) and luhn(digits[-10:-1]) == int(
                    digits[-1]
                )
                problems["personnummer check digit"] += not ok
                pnr[
                    f"{len(digits)} digits {'with ' + ('+' if '+' in value else '-') if re.search(r'[-+]', value) else 'without'}"
                ] += 1
    counts(rows)
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    print(f"ids unique: {len(ids) == len(rows)}")
    print("problems: " + (", ".join(f"{k} {v}" for k, v in problems.items() if v) or "none"))
    return sum(problems.values())


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
