# ruff: noqa: E501
"""Generate held-out HX for personal-data detection (issue 15): names as the population has them,
a two-hundred-and-eleventh writer.

    python data/pii/generate_hx.py                # writes data/pii/generated-heldout-hx.jsonl
    python data/pii/generate_hx.py --stats        # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_hx.py --check        # checks the written file, prints counts only
    python data/pii/generate_hx.py --seed 7 --out /tmp/hx-7.jsonl   # a scratch seed

HX's names are drawn by how often people carry them: every name word comes from `names_hx.py`'s
weighted pools (SCB's order for Sweden, the US Census 1990 per cents, the ONS rankings for the UK,
and the commonest names of the origins common in Sweden), 80% from the head of a list and 20% from
its tail, mixed by the language of the row roughly as Sweden's population is. The genre is
allotment gardens and community gardening associations (`templates_hx.py`): koloniträdgårdar and
odlingslotter, allotment societies and community gardens: plot applications and queue letters,
plot transfers and valuations, inspections and garden rounds, work-day and watering rotas, board
minutes and AGM notices, water and fee invoices, neighbour complaints, seed swaps and the
association's chat, in Swedish, English and both mixed. Written by a helper who does not tune the
detector and who read only `generate_aw.py` (for the mechanics, copied here), two sections of
docs/privacy.md ("Held-out AW", "Held-out CL") and the first line of `generated-heldout-u.jsonl`;
not the detector's rules, lexicons or tests, nor any other set's names, templates or rows, nor any
error listing. HX was never run through the detector by its writer, and its names were not checked
against anything in the repository. Stdlib only; one seeded Random: same seed, same bytes.
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

from names_hx import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_hx import (  # noqa: E402
    ASSOC_SV,
    ASSOC_UK,
    ASSOC_US,
    COUNTRIES,
    DAYS,
    EN,
    MIXED,
    MONTHS,
    NEGATIVES,
    PETS,
    PROPS,
    SV,
    USERS,
)

SEED = 20270288
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hx.jsonl"
SPLIT = "heldout-hx"

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form.
SV_STREETS = (
    "Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Trädgårdsgatan",
    "Kyrkogatan", "Fabriksgatan", "Bangårdsgatan", "Linnégatan", "Nygatan", "Östra Hamngatan",
    "Västra Kyrkogatan", "Tegnérgatan", "Södra Förstadsgatan", "Klostergatan", "Prästgatan",
    "Rådhusgatan", "Bryggargatan", "Äppelvägen", "Päronvägen", "Plommonvägen", "Körsbärsvägen",
    "Vinbärsvägen", "Krusbärsvägen", "Hallonvägen", "Smultronvägen", "Rosenvägen", "Syrenvägen",
    "Tulpanvägen", "Humlevägen", "Fjärilsvägen", "Lärkvägen", "Talgoxevägen", "Koltrastvägen",
    "Backvägen", "Odlarvägen", "Gröndalsvägen", "Solrosvägen", "Lönnvägen", "Almvägen",
    "Kastanjevägen", "Hasselvägen", "Vallmovägen", "Mossvägen", "Rosensvängen", "Lingonsvängen",
    "Bäcksvängen", "Kvarnsvängen", "Kastanjeallén", "Körsbärsallén", "Frösunda allé",
    "Kvarnholms allé", "Parkallén", "Mjölnarbacken", "Humlebacken", "Tallbacken", "Klockarbacken",
    "Hagbacken", "Ekbacke", "Blåklintsstigen", "Nyponstigen", "Kantarellstigen", "Rosmarinstigen",
    "Timjanstigen", "Myntastigen", "Järnvägstorget", "Fisktorget", "Hötorget", "Nytorget",
    "Tegs torg", "Stationsplan", "Kyrkplan", "Rådhusplan", "Bagargränd", "Klockargränd",
    "Skomakargränd", "Vävargränd", "Norra Kajen", "Hamnkajen", "Packhuskajen", "Odlarslingan",
)  # fmt: skip
# Towns with the first three digits of their postcodes (low, high).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 418), ("Malmö", 211, 217), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Norrköping", 602, 603), ("Örebro", 702, 703), ("Västerås", 722, 725),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Eskilstuna", 632, 636), ("Gävle", 802, 806), ("Södertälje", 151, 152),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Östersund", 831, 832), ("Kalmar", 392, 393), ("Falun", 791, 791),
    ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Nyköping", 611, 611),
    ("Visby", 621, 621), ("Solna", 169, 171), ("Sollentuna", 191, 192), ("Huddinge", 141, 141),
    ("Nacka", 131, 131), ("Täby", 183, 187), ("Mölndal", 431, 431), ("Kungsbacka", 434, 434),
    ("Uddevalla", 451, 451), ("Varberg", 432, 432), ("Ystad", 271, 271), ("Trelleborg", 231, 231),
    ("Landskrona", 261, 261), ("Hässleholm", 281, 281), ("Motala", 591, 591), ("Västervik", 593, 593),
    ("Piteå", 941, 941), ("Skellefteå", 931, 931), ("Kiruna", 981, 981), ("Örnsköldsvik", 891, 891),
    ("Hudiksvall", 824, 824), ("Borlänge", 781, 784), ("Enköping", 745, 745), ("Norrtälje", 761, 761),
    ("Katrineholm", 641, 641), ("Arvika", 671, 671), ("Lidköping", 531, 531), ("Kungälv", 442, 442),
    ("Oskarshamn", 572, 572), ("Värnamo", 331, 331), ("Ljungby", 341, 341), ("Alingsås", 441, 441),
)  # fmt: skip
RURAL_FROM = 36  # towns from here on have a countryside around them with rural postcodes (xxx 9x)
VILLAGES = (
    "Lillby", "Ängsby", "Norrby", "Österby", "Västerby", "Södertorp", "Hagaby", "Sjöhagen", "Kvarnbo",
    "Ekeby", "Berga", "Råby", "Källby", "Forsby", "Tallåsen", "Granlunda", "Stensätter", "Backa",
    "Lövsta", "Nyby", "Ölsta", "Björkhult", "Bäckhult", "Rönnäs",
)  # fmt: skip
UK_STREETS = (
    "Cranbrook Road", "Gloucester Road", "Church Street", "Mill Lane", "Orchard Way", "Elm Grove",
    "Beech Avenue", "Windmill Hill", "Park Crescent", "Station Road", "Rectory Lane",
    "Victoria Terrace", "Allotment Road", "Meadow Close", "Chestnut Walk", "Brook Street",
    "Hawthorn Drive", "The Green", "Quarry Lane", "St Mary's Road", "Albert Road", "Grange Avenue",
)  # fmt: skip
UK_TOWNS = (
    ("Bristol", "BS"), ("Sheffield", "S"), ("Leeds", "LS"), ("Norwich", "NR"), ("Oxford", "OX"),
    ("Cambridge", "CB"), ("York", "YO"), ("Brighton", "BN"), ("Exeter", "EX"), ("Cardiff", "CF"),
    ("Edinburgh", "EH"), ("Glasgow", "G"), ("Nottingham", "NG"), ("Leicester", "LE"),
    ("Manchester", "M"), ("Liverpool", "L"), ("Newcastle upon Tyne", "NE"), ("London", "SE"),
    ("London", "N"), ("London", "E"),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Bakery", "Orchard House", "Plum Tree Cottage", "The Laurels", "Apple Barn", "The Potting Shed", "2 Mill Cottages")  # fmt: skip
US_STREETS = ("Elm Street", "Oak Avenue", "Garden Street", "Maple Drive", "Cedar Lane", "2nd Avenue", "West 4th Street", "Linden Court", "Walnut Street", "Hawthorne Avenue", "Prospect Street", "Harvest Lane")  # fmt: skip
US_TOWNS = (
    ("Madison", "WI", 537), ("Minneapolis", "MN", 554), ("Seattle", "WA", 981), ("Portland", "OR", 972),
    ("Ann Arbor", "MI", 481), ("Burlington", "VT", 54), ("Boulder", "CO", 803), ("Austin", "TX", 787),
    ("Asheville", "NC", 288), ("Ithaca", "NY", 148), ("Berkeley", "CA", 947), ("Pittsburgh", "PA", 152),
    ("Providence", "RI", 29), ("Duluth", "MN", 558),
)  # fmt: skip
US_AREAS = ("608", "612", "206", "503", "734", "802", "303", "512", "828", "607", "510", "412", "401", "218")  # fmt: skip
EUROPE = (
    "Gartenweg {n}, {z5:04103-04357} Leipzig", "Am Sportplatz {n}, {z5:01067-01328} Dresden",
    "Kolonieweg {n}, {z5:13347-13359} Berlin", "Schrebergasse {n}, 1{z3:100-230}0 Wien",
    "Gartenstrasse {n}, 80{z2:01-57} Zürich", "Kolonihavevej {n}, 2300 København S",
    "Havelågen {n}, 8000 Aarhus C", "Parsellveien {n}, 0{z3:150-999} Oslo",
    "Siirtolapuutarhantie {n}, 00{z3:100-990} Helsinki", "Tuinpad {n}, {z4:3511-3585} {L2} Utrecht",
    "ul. Działkowa {n}, 6{z1:0-1}-{z3:100-999} Poznań", "{n} rue des Jardins, 6900{z1:1-9} Lyon",
    "Calle del Huerto {n}, 460{z2:01-26} Valencia", "Via degli Orti {n}, 401{z2:21-41} Bologna",
    "Tuinstraat {n}, 9000 Gent", "Aia tn {n}, 10{z3:111-152} Tallinn",
    "{n} Orchard Road, Rathmines, Dublin 6", "Haveforeningen Solsikken {n}, 5000 Odense C",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bahnhof.se", "protonmail.com")  # fmt: skip
MAIL_EN = ("gmail.com", "yahoo.co.uk", "btinternet.com", "outlook.com", "hotmail.co.uk", "icloud.com", "aol.com", "comcast.net")  # fmt: skip
WORK = ("example.se", "stad.example.se", "kommun.example.se", "example.com", "example.org", "example.co.uk")  # fmt: skip
ROLES_SV = ("styrelsen", "kassor", "info", "ko", "sekreterare", "ordforande", "tradgardsgruppen", "vatten")  # fmt: skip
ROLES_EN = ("secretary", "treasurer", "lettings", "info", "hello", "committee", "plots")  # fmt: skip
DOMAINS_SV = ("solrosen.example.se", "koloni.example.se", "odlingslotter.example.org", "kvarnbacken.example.se", "humlan.example.org")  # fmt: skip
DOMAINS_EN = ("northfieldallotments.example.org", "greenhill-allotments.example.co.uk", "eastsidegarden.example.org", "threeoaks.example.org.uk")  # fmt: skip


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
    """Every value of HX from one seeded Random; counts the head/tail split and the origins."""

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
        if key == "swedish" and "-" not in given[0][0] and r.random() < 0.05:  # Karl-Johan
            second = (
                r.choices(pool.names[:40], weights=pool.weights[:40])[0],
                "head",
            )  # a common pair
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
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
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
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
                          f"{given[0]}.{surname}", f"{given}{r.randrange(50, 99)}"))  # fmt: skip
        home = MAIL_EN if self.lang == "en" else MAIL
        return f"{local}@{r.choice(WORK if r.random() < 0.3 else home)}"

    def org_email(self, english: bool) -> str:
        r = self.rng
        if english:
            return f"{r.choice(ROLES_EN)}@{r.choice(DOMAINS_EN)}"
        return f"{r.choice(ROLES_SV)}@{r.choice(DOMAINS_SV)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(("31", "40", "18", "13", "11", "19", "21", "16", "54", "90", "60", "23", "26", "36", "35", "42", "46"))  # fmt: skip
        area3 = r.choice(("152", "171", "220", "250", "280", "300", "325", "345", "411", "455", "470", "480", "498", "511", "522", "586", "612", "620", "640", "651", "660", "687", "910", "920", "950"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
            (6, f"08-{d[:3]} {d[3:6]} {self.digits(2)}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"08 {d[:3]} {d[3:6]} {self.digits(2)}"), (1, f"+46 8 {d[:3]} {d[3:6]} {self.digits(2)}"),
            (1, f"+46 (0)8-{d[:3]} {d[3:6]} {self.digits(2)}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:]}"),
            (1, f"0{area2}{d[:6]}"), (5, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"),
            (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"0{area3}{d[:6]}"),
            (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A firm's, an office's or a switchboard's number."""
        r = self.rng
        d = self.digits(8)
        area2 = r.choice(("31", "40", "18", "13", "19", "90"))
        return r.choice((
            f"08-{d[:3]} {d[3:5]} 000", f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"0{area2}-{d[:3]} 00 00",
            f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"020-{d[:3]} {d[3:6]}", f"0771-{d[:3]} {d[3:6]}",
            f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}",
        ))  # fmt: skip

    def phone_uk(self) -> str:
        r = self.rng
        d = self.digits(8)
        return r.choice((
            f"07{d[:3]} {d[3:]}{r.randrange(10)}", f"07{d[:3]}{d[3:]}{r.randrange(10)}", f"+44 7{d[:3]} {d[3:]}{r.randrange(10)}",
            f"+44 (0)7{d[:3]} {d[3:6]} {d[6:]}{r.randrange(10)}", f"0117 {d[:3]} {d[3:7]}", f"0113 {d[:3]} {d[3:7]}",
            f"020 {r.choice('378')}{d[:3]} {d[3:7]}", f"01603 {d[:6]}", f"(01865) {d[:6]}", f"0161-{d[:3]}-{d[3:7]}",
            f"+44 131 {d[:3]} {d[3:7]}", f"029 {d[:4]} {d[4:8]}", f"0114 {d[:3]} {d[3:7]}", f"01904 {d[:3]}{d[3:6]}",
        ))  # fmt: skip

    def phone_us(self) -> str:
        r = self.rng
        area = r.choice(US_AREAS)
        ex, d = f"{r.randrange(2, 10)}{self.digits(2)}", self.digits(4)
        return r.choice((f"({area}) {ex}-{d}", f"{area}-{ex}-{d}", f"{area}.{ex}.{d}", f"+1 {area} {ex} {d}",
                         f"1-{area}-{ex}-{d}", f"({area}) 555-01{d[:2]}", f"+1 ({area}) {ex}-{d}"))  # fmt: skip

    def phone_x(self) -> str:
        """A number from abroad, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(9)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"+358 (0)50 {d[:3]} {d[3:7]}", f"+44 7{d[:3]} {d[3:9]}", f"+49 151 {d[:8]}",
            f"+49 (0)341 {d[:6]}", f"0049 30 {d[:8]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}", f"+1 (608) {r.randrange(2, 10)}{d[:2]}-{d[2:6]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+43 664 {d[:7]}",
            f"+41 79 {d[:3]} {d[3:5]} {d[5:7]}", f"+372 5{d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+98 912 {d[:3]} {d[3:7]}",
            f"+252 61 {d[:7]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+353 87 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False) -> str:
        """A personnummer with a valid check digit; `old` for someone past a hundred (`+`)."""
        r = self.rng
        year = r.randrange(1918, 1927) if old else r.randrange(1935, 2010)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        if old:
            return (
                f"{date}+{serial}{check}"
                if r.random() < 0.8
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
            out += r.choice(("A", "B", "C", " A", " B", "a", "b"))
        return out

    def sv_street(self) -> str:
        return f"{self.rng.choice(SV_STREETS)} {self.number()}"

    def town(self, rural: bool = False) -> tuple[str, str]:
        """A town and a postcode in its range; a rural one ends in 9x as country routes do."""
        r = self.rng
        town, low, high = r.choice(SV_TOWNS[RURAL_FROM:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def village(self) -> str:
        r = self.rng
        return f"{r.choice(VILLAGES)} {r.randrange(1, 260)}" + (
            r.choice(("A", "B")) if r.random() < 0.08 else ""
        )

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.15
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.12):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
        elif not rural and r.random() < 0.06:
            street += f", {r.randrange(1, 6)} tr"
        elif not rural and r.random() < 0.03 and street[-1].isdigit():
            street += f", uppg. {r.choice('ABC')}"
        bare = "lgh" not in street and " tr" not in street and "uppg" not in street
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " ")) if bare else ", "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.6:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal()}"
        if roll < 0.8:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}\n{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
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
        out = out.replace("{L2}", r.choice("ABCDEGHJKLMNPRST") + r.choice("ABCDEGHJKLMNPRTVX"))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p lower case, U capitals, F with middle names, Q `Given M. Surname`, G/g the
    given name (sometimes its short form), N/n the short form where the name has one, S/s the
    surname, SU the surname in capitals, GU the given name in capitals, I an initial and the
    surname, Gi the given name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`,
    E an e-mail address. A trailing `s` asks for a Swedish genitive, a trailing `'` an English one.
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
    elif base == "Q":
        words = given + middle[:1] + surname
        initial = f" {middle[0][0][0]}." if middle else ""
        value = f"{person.first}{initial} {person.last}"
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
        value = "-".join(f"{p[0]}." for p in person.first.split("-")) + f" {person.last}"
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


PERSON_FORMS = {"P", "p", "U", "F", "Q", "G", "g", "N", "n", "GU", "S", "s", "SU", "I", "Gi", "R", "RU", "E"}  # fmt: skip
SLOT = re.compile(r"\{([A-Za-z]+'?)(?:#(\d))?(?::([fm]))?\}")


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address().upper(), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "STUK": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "a": lambda: ((draw.sv_street() if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
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
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "OMAIL": lambda: (draw.org_email(english=False), "EMAIL"),
        "OMAILEN": lambda: (draw.org_email(english=True), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}")), None),
        "TIME": lambda: (f"{r.randrange(7, 20)}{':' if en else '.'}{r.choice(('00', '15', '30', '45'))}", None),
        "TIMEEN": lambda: (r.choice((f"{r.randrange(6, 9)}pm", f"{r.randrange(9, 12)}am", f"{r.randrange(1, 8)}.30pm", f"{r.randrange(10, 20)}:00")), None),
        "NUM": lambda: (str(r.randrange(2, 480)), None),
        "SMALL": lambda: (str(r.randrange(2, 13)), None),
        "WEEK": lambda: (str(r.randrange(14, 41)), None),
        "YEAR": lambda: (str(r.choice((2026, 2027, 2028))), None),
        "MONTH": lambda: (MONTHS["sv"][month - 1], None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "AMT": lambda: (f"{r.randrange(900, 68000):,} kr".replace(",", " "), None),
        "AMTS": lambda: (f"{r.randrange(4, 300) * 10:,} kr".replace(",", " "), None),
        "GBP": lambda: (f"£{r.randrange(8, 180)}.{r.choice(('00', '50', '25', '75'))}", None),
        "USD": lambda: (f"${r.randrange(25, 120)}", None),
        "VOL": lambda: (str(r.randrange(3, 700)), None),
        "KVM": lambda: (str(r.choice((50, 75, 100, 125, 150, 200, 250, 300, 400))), None),
        "LOT": lambda: (f"{r.randrange(1, 160)}{r.choice(('', '', '', 'A', 'B'))}" if r.random() < 0.8 else f"{r.choice('ABCDE')}{r.randrange(1, 40)}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"nr {r.randrange(100, 9999)}", f"#{r.randrange(10000, 99999)}", f"{r.choice(('KS', 'PN', 'EXP'))} {r.randrange(2025, 2028)}/{r.randrange(100, 2999)}")), None),
        "OCR": lambda: (draw.digits(r.randrange(8, 15)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{draw.digits(4)}", None),
        "PG": lambda: (f"{r.randrange(10, 99)} {draw.digits(2)} {draw.digits(2)}-{r.randrange(10)}", None),
        "ORGNR": lambda: (f"80{r.randrange(2, 5)}{draw.digits(3)}-{draw.digits(4)}", None),
        "SWISH": lambda: (f"123 {draw.digits(3)} {draw.digits(2)} {draw.digits(2)}", None),
        "REGNR": lambda: (f"{''.join(r.choice('ABCDEFGHJKLMNOPRSTUWXYZ') for _ in range(3))} {draw.digits(2)}{r.choice('0123456789ACDF')}", None),
        "PROP": lambda: (f"{r.choice(PROPS)} {r.randrange(1, 9)}:{r.randrange(1, 80)}", None),
        "TOWN": lambda: (r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "ASSOC": lambda: (r.choice(ASSOC_SV), None),
        "ASSOCUK": lambda: (r.choice(ASSOC_UK), None),
        "ASSOCUS": lambda: (r.choice(ASSOC_US), None),
        "PET": lambda: (r.choice(PETS), None),
        "USER": lambda: (r.choice(USERS), None),
        "COUNTRY": lambda: (r.choice(COUNTRIES), None),
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
    """HX's rows: every negative once, then positive rows from shuffled decks of each language's
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
    """Counts only: no row of HX is printed."""
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
                forms["initial"] += bool(re.search(r"(?:^|\s|-)\w\.(?:\s|$|-)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address Box"] += value.startswith("Box")
            elif span["kind"] == "NATIONAL_ID":
                digits = re.sub(r"\D", "", value)
                forms[f"personnummer {len(digits)} digits"] += 1
                forms["personnummer with - or +"] += "-" in value or "+" in value
                forms["personnummer with +"] += "+" in value
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print(f"nicknames: {draw.forms['nickname']}")
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    missing = sorted({k for mix in MIXES.values() for k in mix} - set(draw.origins))
    print(f"origins in MIXES never drawn: {len(missing)} {' '.join(missing)}".rstrip())


def check(path: Path) -> int:
    """Checks the written file; prints counts only (no row). Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = spans_n = 0
    keys = ["id", "split", "lang", "text", "spans"]
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows += 1
        problems["keys not as heldout-u's"] += list(row) != keys
        problems["split not heldout-hx"] += row["split"] != SPLIT
        problems["lang unknown"] += row["lang"] not in SIZES
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        text, end = row["text"], 0
        for span in row["spans"]:
            spans_n += 1
            start, stop = span["start"], span["end"]
            value = text[start:stop] if 0 <= start < stop <= len(text) else ""
            problems["span empty or out of bounds"] += not value
            problems["whitespace at a span's edge"] += bool(value) and (value != value.strip())
            problems["spans unsorted or overlapping"] += start < end
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
    print(f"rows {rows}, spans {spans_n}, ids {len(ids)}")
    bad = sum(problems.values())
    for name, n in sorted(problems.items()):
        if n:
            print(f"problem: {name}: {n}")
    print(f"problems: {bad}")
    return bad


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
