# ruff: noqa: E501
"""Generate held-out FI for personal-data detection (issue 15): names as the population has them,
a hundred-and-forty-fourth writer.

    python data/pii/generate_fi.py           # writes data/pii/generated-heldout-fi.jsonl
    python data/pii/generate_fi.py --stats   # counts only (sizes, forms, the head/tail split)
    python data/pii/generate_fi.py --check   # checks the written file, prints counts only
    python data/pii/generate_fi.py --seed 7 --out /tmp/fi-7.jsonl   # a scratch seed

FI's names are drawn by how often people really carry them: every name word comes from
`names_fi.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is film, theatre and TV production (`templates_fi.py`): casting calls and
self-tape requests, call sheets and crew lists, location permits and letters to neighbours,
rehearsal and fitting schedules, contracts, fees and invoices, ticketing and the box office,
touring (itineraries, hotels, riders, get-ins), in Swedish, English and both at once, with
addresses, phone numbers, e-mail addresses and personnummer in the forms people write them.
Written by a helper who does not tune the detector, who read only `generate_aw.py` (for the
mechanics: the seeded `Draw`, the slot filler, the row format and `--stats`), the sections
"Held-out AW" and "Held-out CL" of `docs/privacy.md`, and the first line of
`generated-heldout-u.jsonl` (for its keys); not the detector's rules, lexicons or tagger, nor any
other set's names, templates or rows, nor any error listing. FI was never run through the
detector by its writer, and its names were not checked against rung's lexicons. Stdlib only; one
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

from names_fi import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_fi import EN, MIXED, NEGATIVES, SV, WORDS  # noqa: E402

SEED = 20270221
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-fi.jsonl"
SPLIT = "heldout-fi"
KEYS = ["id", "split", "lang", "text", "spans"]  # as in generated-heldout-u.jsonl

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, in towns with theatres, studios and rehearsal rooms.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Hornsgatan", "Götgatan", "Folkungagatan",
    "Vasagatan", "Sveavägen", "Birger Jarlsgatan", "Odengatan", "Sankt Eriksgatan", "Fleminggatan",
    "Tegnérgatan", "Repslagargatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Nygatan",
    "Västra Hamngatan", "Östra Larmgatan", "Södra Förstadsgatan", "Bangatan", "Teatergatan",
    "Biografgatan", "Ateljégatan", "Filmgatan", "Verkstadsgatan", "Magasinsgatan", "Hamngatan",
    "Ringvägen", "Karlavägen", "Valhallavägen", "Industrivägen", "Björkvägen", "Skogsvägen",
    "Lindvägen", "Tallvägen", "Studiovägen", "Kvarnvägen", "Gamla Landsvägen", "Ängsvägen",
    "Sjövägen", "Strandvägen", "Hagavägen", "Kopparsvängen", "Ängssvängen", "Vallsvängen",
    "Kastanjeallé", "Hammarby allé", "Lindallén", "Björkallén", "Slottsallén", "Kvarnbacken",
    "Solbacken", "Eriksbergs backe", "Prästbacken", "Lärkstigen", "Blåbärsstigen", "Ekorrstigen",
    "Stortorget", "Järntorget", "Lilla torget", "Hötorget", "Mariatorget", "Stationsplan",
    "Brunnsplan", "Mästarplan", "Tulpangränd", "Smedgränd", "Kyrkogränd", "Hantverkargränd",
    "Stadsgårdskajen", "Nybrokajen", "Hamnkajen", "Packhuskajen", "Skeppsbrokajen", "Tullkajen",
    "Slussplan", "Medborgarplatsen", "Bryggaregatan", "Rosenlundsgatan",
)  # fmt: skip
# Towns with the first three digits of their postcodes: cities first, then the small towns.
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Örebro", 702, 703), ("Västerås", 721, 725), ("Helsingborg", 252, 256),
    ("Norrköping", 602, 603), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Eskilstuna", 632, 635),
    ("Karlstad", 652, 656), ("Växjö", 352, 355), ("Halmstad", 302, 305), ("Luleå", 972, 975),
    ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Kalmar", 392, 393), ("Solna", 169, 171),
    ("Sundbyberg", 172, 174), ("Nacka", 131, 131), ("Lidingö", 181, 181), ("Södertälje", 151, 152),
    ("Falun", 791, 791), ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Karlskrona", 371, 371),
    ("Visby", 621, 621), ("Ystad", 271, 271), ("Norrtälje", 761, 761), ("Kiruna", 981, 981),
    ("Lidköping", 531, 531), ("Uddevalla", 451, 451), ("Varberg", 432, 432), ("Nyköping", 611, 611),
    ("Piteå", 941, 941), ("Skellefteå", 931, 931), ("Härnösand", 871, 871), ("Örnsköldsvik", 891, 891),
    ("Mora", 792, 792), ("Rättvik", 795, 795), ("Leksand", 793, 793), ("Vimmerby", 598, 598),
    ("Simrishamn", 272, 272), ("Båstad", 269, 269), ("Strömstad", 452, 452), ("Lysekil", 453, 453),
    ("Vadstena", 592, 592), ("Sigtuna", 193, 193), ("Vaxholm", 185, 185), ("Hudiksvall", 824, 824),
)  # fmt: skip
SMALL = 36  # SV_TOWNS[SMALL:] are small towns with country routes
# The names that come second in a Swedish double given name (`Anna-Karin`, `Lars-Erik`).
SECONDS = {"Karin", "Lena", "Maria", "Marie", "Britt", "Sofie", "Lotta", "Christin", "Kristin", "Stina", "Erik", "Olof", "Göran", "Åke", "Johan", "Anders", "Gunnar", "Inge"}  # fmt: skip
# Villages and farms as rural addresses have them (`Västanby 24`, `Övre Ålsta 7`).
VILLAGES = (
    "Västanby", "Östanby", "Norrby", "Söderby", "Övre Ålsta", "Nedre Ålsta", "Lillkyrka", "Kvarnby",
    "Bäckaby", "Hultet", "Nybygget", "Sjötorp", "Ekudden", "Björkhaga", "Lövnäs", "Stensbo",
    "Fäbodarna", "Granberget", "Ängsbacka", "Tjärnäs", "Mossebo", "Västergården", "Norrgården",
    "Backgården",
)  # fmt: skip
UK_STREETS = (
    "Shaftesbury Avenue", "St Martin's Lane", "Drury Lane", "The Cut", "Old Compton Street",
    "Wardour Street", "Dean Street", "Charlotte Street", "High Street", "Station Road", "Church Road",
    "Victoria Road", "Queens Road", "Mill Lane", "Canal Street", "Market Street", "Albion Street",
    "Bold Street", "Deansgate", "Sauchiehall Street", "Leith Walk", "Park Row", "Quay Street",
    "Water Lane", "Chapel Street",
)  # fmt: skip
UK_TOWNS = (
    ("London", ("W1D", "W1F", "WC2H", "WC2N", "WC2E", "SE1", "N1", "E8", "NW1", "SW11")),
    ("Manchester", ("M1", "M4", "M15")), ("Salford", ("M50",)), ("Glasgow", ("G1", "G2", "G12")),
    ("Edinburgh", ("EH1", "EH3", "EH6")), ("Bristol", ("BS1", "BS2")), ("Cardiff", ("CF10", "CF24")),
    ("Leeds", ("LS1", "LS6")), ("Birmingham", ("B1", "B5")), ("Belfast", ("BT1", "BT7")),
    ("Stratford-upon-Avon", ("CV37",)), ("Brighton", ("BN1", "BN2")), ("Liverpool", ("L1", "L8")),
    ("Watford", ("WD17", "WD25")), ("Iver", ("SL0",)),
)  # fmt: skip
UK_HOUSES = ("Rose Cottage", "The Old Vicarage", "Flat 3, Carlton House", "Unit 4, Riverside Studios", "Stage Door, The Old Granary", "Ivy House", "The Coach House", "Orchard Barn")  # fmt: skip
US_STREETS = ("W Olive Ave", "N Lankershim Blvd", "Sunset Blvd", "W 44th St", "Broadway", "Main Street", "Oak Avenue", "Riverside Drive", "N Hollywood Way", "Washington Blvd", "Peachtree St NE", "Atlantic Ave", "S Congress Ave", "Central Ave SW", "Elm Street")  # fmt: skip
US_TOWNS = (
    ("Los Angeles", "CA", 900, 900), ("Burbank", "CA", 915, 915), ("Culver City", "CA", 902, 902),
    ("New York", "NY", 100, 100), ("Brooklyn", "NY", 112, 112), ("Atlanta", "GA", 303, 303),
    ("Albuquerque", "NM", 871, 871), ("Chicago", "IL", 606, 606), ("Austin", "TX", 787, 787),
    ("Minneapolis", "MN", 554, 554), ("Seattle", "WA", 981, 981),
)  # fmt: skip
# Addresses of Europe and beyond in their own formats; {n} a number, {m} a small one, {zW:LO-HI} a code.
WORLD = (
    "Friedrichstraße {n}, 101{z2:10-17} Berlin", "Schanzenstraße {n}, 20357 Hamburg",
    "Marlene-Weg {n}, 144{z2:67-82} Potsdam", "{n} rue de Rivoli, 750{z2:01-04} Paris",
    "{n} boulevard de la Croisette, 06400 Cannes", "Storgata {n}, 0{z3:150-185} Oslo",
    "Vesterbrogade {n}, {m}. th., 16{z2:20-25} København V", "Hämeenkatu {n} B {m}, 33100 Tampere",
    "Laugavegur {n}, 101 Reykjavík", "Prinsengracht {n}, 101{z1:5-7} DX Amsterdam",
    "Rue Neuve {n}, 1000 Bruxelles", "Calle Mayor {n}, 280{z2:12-14} Madrid",
    "Via del Corso {n}, 00186 Roma", "ul. Marszałkowska {n}/{m}, 00-{z3:100-699} Warszawa",
    "Národní {n}, 110 00 Praha 1", "1075 Budapest, Király utca {n}", "{n} Grafton Street, Dublin 2, D02 {z1:1-9}X{z2:10-99}",
    "Bahnhofstrasse {n}, 8001 Zürich", "Mariahilfer Straße {n}, 1060 Wien", "Narva mnt {n}, 10{z3:110-152} Tallinn",
    "{n} King Street West, Toronto, ON M5V 1J{z1:1-9}", "Rua Augusta {n}, 1100-0{z2:48-60} Lisboa",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "icloud.com", "live.se", "telia.com", "yahoo.com", "me.com", "hotmail.se", "protonmail.com")  # fmt: skip
WORK = ("example.se", "film.example.se", "teater.example.se", "tv.example.se", "example.com", "example.org", "example.co.uk", "studio.example.com", "example.net")  # fmt: skip
FIRM_MAIL = ("casting", "produktion", "info", "biljett", "kassan", "boxoffice", "crew", "location", "tour", "bokning", "ekonomi", "faktura", "press", "prod", "repro", "tickets", "accounts", "scen", "turne")  # fmt: skip


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
    """Every value of FI from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.world: list[str] = []
        self.sep = "."  # the time separator of the row being written

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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.06
        ):  # Anna-Karin, Karl-Erik
            second = self.pick(pool)
            if second[0] in SECONDS and second[0] != given[0][0]:
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
            joint = "-" if roll < 0.03 else " "
        elif key in ("uk", "us") and roll < 0.025:
            surname.append(self.pick(origin.surnames))
            joint = "-"
        if len(surname) == 2 and surname[0][0] == surname[1][0]:
            surname.pop()
        if key in ("polish", "bcs", "turkish", "latin") and r.random() < 0.3:  # typed plain
            given = [(plain(w), p) for w, p in given]
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

        def clean(word: str) -> str:
            return re.sub(r"[^a-z0-9]", "", plain(word).lower())

        given, surname = clean(person.first), clean(person.surname[0][0])
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}", f"{given}{surname}{r.randrange(1, 99)}",
                          f"{surname}.{given}", f"{given}_{surname}", f"{given}{surname[:3]}", f"{given[0]}.{surname}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.45 else MAIL)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_MAIL)}@{self.rng.choice(WORK)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def phone(self) -> str:
        """A Swedish number, mobile or landline, in the groupings people write."""
        r = self.rng
        d = str(r.randrange(1, 10)) + self.digits(7)
        m = "07" + r.choice("0023369")
        area2 = r.choice(
            ("31", "40", "18", "13", "19", "21", "16", "42", "11", "36", "90", "60", "26", "46")
        )
        area3 = r.choice(("520", "498", "411", "414", "250", "248", "247", "280", "980", "640", "651", "454", "522", "155", "176", "300", "340", "480", "910"))  # fmt: skip
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:7]}"), (9, f"{m}{d[:7]}"), (8, f"{m} {d[:3]} {d[3:5]} {d[5:7]}"),
            (4, f"{m}-{d[:7]}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:7]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:7]}"),
            (2, f"{m} {d[:3]} {d[3:7]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:7]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:7]}"),
            (7, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"), (4, f"+46{m[1:]}{d[:7]}"), (2, f"+46 {m[1:]}-{d[:7]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0046{m[1:]}{d[:7]}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:5]} {d[5:7]}"),
            (6, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (2, f"08-{d[:8]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (5, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (1, f"0{area2}{d[:7]}"),
            (4, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:2]} {d[2:4]} {d[4:6]}"),
            (2, f"+46 {area2} {d[:3]} {d[3:5]} {d[5:7]}"), (1, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone_firm(self) -> str:
        """A switchboard, a box office or a service number."""
        r = self.rng
        d = self.digits(8)
        shapes = (f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"08-{d[:3]} {d[3:5]} {d[5:7]}", f"031-{d[:3]} {d[3:5]} {d[5:7]}", f"040-{d[:2]} {d[2:4]} {d[4:6]}",
                  f"020-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}",
                  f"018-{d[:2]} {d[2:4]} {d[4:6]}", f"0774-{d[:3]} {d[3:6]}")  # fmt: skip
        return r.choice(shapes)

    def phone_x(self, country: str = "") -> str:
        """A number from abroad, with `+`, `00` or as dialled at home; `uk` or `us` for one country."""
        r = self.rng
        d = self.digits(9)
        if country == "uk":
            return r.choice((f"+44 20 7946 0{d[:3]}", f"020 7946 0{d[:3]}", f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"07700 900 {d[:3]}",
                             f"+44 (0)161 496 0{d[:3]}", f"0161 496 0{d[:3]}", f"0117 496 0{d[:3]}", f"+44 131 496 0{d[:3]}", f"028 9649 6{d[:3]}"))  # fmt: skip
        if country == "us":
            return r.choice((f"+1 (818) 555-01{d[:2]}", f"(212) 555-01{d[:2]}", f"+1 323 555 01{d[:2]}", f"+1-404-555-01{d[:2]}", f"505-555-01{d[:2]}",
                             f"(512) 555-01{d[:2]}", f"+1 206 555 01{d[:2]}", f"1-312-555-01{d[:2]}"))  # fmt: skip
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"0045 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}", f"+358 (0)50 {d[:3]} {d[3:7]}", f"+354 {r.choice('68')}{d[:2]} {d[2:6]}",
            f"+44 20 7946 0{d[:3]}", f"020 7946 0{d[:3]}", f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"+44 (0)161 496 0{d[:3]}",
            f"0117 496 0{d[:3]}", f"+44 131 496 0{d[:3]}", f"+353 1 {d[:3]} {d[3:7]}", f"+353 8{r.choice('5637')} {d[:3]} {d[3:7]}",
            f"+49 30 {d[:8]}", f"+49 (0)171 {d[:7]}", f"0049 40 {d[:3]} {d[3:7]}", f"+33 1 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+39 3{d[:2]} {d[2:5]} {d[5:9]}",
            f"+31 6 {d[:4]} {d[4:8]}", f"+31 (0)20 {d[:3]} {d[3:7]}", f"+32 2 {d[:3]} {d[3:5]} {d[5:7]}", f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+420 {r.choice('67')}{d[:2]} {d[2:5]} {d[5:8]}", f"+36 1 {d[:3]} {d[3:7]}", f"+43 1 {d[:7]}", f"+41 44 {d[:3]} {d[3:5]} {d[5:7]}",
            f"+1 (818) 555-01{d[:2]}", f"(212) 555-01{d[:2]}", f"+1 323 555 01{d[:2]}", f"+1-404-555-01{d[:2]}", f"+1 (416) 555-01{d[:2]}",
            f"+372 5{d[:3]} {d[3:7]}", f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+351 21 {d[:3]} {d[3:7]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False, child: bool = False) -> str:
        """A personnummer with a valid check digit; `+` in ten digits for someone past a hundred."""
        r = self.rng
        old = old or (not child and r.random() < 0.025)
        year = (
            r.randrange(1919, 1927)
            if old
            else r.randrange(2010, 2020)
            if child
            else r.randrange(1944, 2007)
        )
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old and roll < 0.8:
            self.forms["personnummer +"] += 1
            return f"{date}+{serial}{check}"
        if roll < 0.4:
            self.forms["personnummer 12 with hyphen"] += 1
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.75:
            self.forms["personnummer 10 with hyphen"] += 1
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            self.forms["personnummer 12 without"] += 1
            return f"{year // 100}{date}{serial}{check}"
        self.forms["personnummer 10 without"] += 1
        return f"{date}{serial}{check}"

    def org_number(self) -> str:
        """An org.nr (556..., 802... for associations): ten digits, check digit valid, no person's."""
        body = self.rng.choice(("556", "559", "802", "769", "716")) + self.digits(6)
        return f"{body[:6]}-{body[6:]}{luhn(body)}"

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
        town, low, high = r.choice(SV_TOWNS[SMALL:] if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.86 else f"{code} {town}"
        if r.random() < 0.05:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.04:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
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
            street += f", {r.randrange(1, 6)} tr"
        elif not rural and r.random() < 0.03:
            street += f", uppg. {r.choice('ABC')}"
        joint = "\n" if lines else ", " if r.random() < 0.9 else " "
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self, lines: bool = False) -> str:
        r = self.rng
        joint = "\n" if lines else ", "
        return f"Box {r.randrange(10, 9999)}{joint}{self.sv_postal()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, areas = r.choice(UK_TOWNS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        code = f"{r.choice(areas)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        street = f"{r.randrange(1, 180)} {r.choice(UK_STREETS)}"
        roll = r.random()
        if roll < 0.2:
            street = f"{r.choice(UK_HOUSES)}, {r.choice(UK_STREETS)}"
        elif roll < 0.32:
            street = f"Flat {r.randrange(1, 30)}, {street}"
        return f"{street}\n{town}\n{code}" if lines else f"{street}, {town} {code}"

    def us_address(self, lines: bool = False) -> str:
        r = self.rng
        town, state, low, high = r.choice(US_TOWNS)
        street = f"{r.randrange(10, 9999)} {r.choice(US_STREETS)}"
        if r.random() < 0.3:
            street += f"{r.choice((', Suite ', ', Apt ', ', Unit ', ' #'))}{r.randrange(2, 400)}"
        zipcode = f"{r.randrange(low, high + 1):03d}{r.randrange(1, 99):02d}"
        return (
            f"{street}\n{town}, {state} {zipcode}"
            if lines
            else f"{street}, {town}, {state} {zipcode}"
        )

    def world_address(self, lines: bool = False) -> str:
        r = self.rng

        def code(match: re.Match[str]) -> str:
            width, low, high = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return f"{r.randrange(low, high + 1):0{width}d}"

        if not self.world:  # a shuffled deck: every format before any comes again
            self.world = list(WORLD)
            r.shuffle(self.world)
        out = self.world.pop().replace("{n}", str(r.randrange(1, 160)))
        out = out.replace("{m}", str(r.randrange(1, 9)))
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, S/s the surname, GU/SU
    the given name or the surname in capitals, I an initial and the surname, Gi the given name and
    the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E an e-mail address.
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
        short = (
            None if base == "GU" else draw.nickname(person, 0.07 if base in ("G", "g") else 0.85)
        )
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
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}  # fmt: skip


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False), "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (r.choice(SV_STREETS), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), r.choice(SV_STREETS))) if r.random() < 0.5 else draw.sv_address(rural=False)).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "BOXL": lambda: (draw.box(lines=True), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "STE": lambda: (r.choice(UK_STREETS), "ADDRESS"),
        "AX": lambda: (draw.world_address(), "ADDRESS"),
        "AXL": lambda: (draw.world_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PHUK": lambda: (draw.phone_x("uk"), "PHONE"),
        "PHUS": lambda: (draw.phone_x("us"), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(child=True), "NATIONAL_ID"),
        "EM": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"2027-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/2027", f"{MONTHS['en'][month - 1]} {day}", f"{month}/{day}/27")), None),
        "TIME": lambda: (f"{r.randrange(5, 23):02d}{draw.sep}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 60)), None),
        "AMT": lambda: (f"{r.randrange(4, 900) * 50:,} kr".replace(",", " "), None),
        "PRICE": lambda: (f"{r.randrange(19, 130) * 10} kr", None),
        "MKR": lambda: (r.choice((f"{r.randrange(2, 60)} miljoner kronor", f"{r.randrange(2, 60)},{r.randrange(10)} Mkr")), None),
        "GBP": lambda: (f"£{r.randrange(20, 2400)}{r.choice(('', '.00', '.50'))}", None),
        "EUR": lambda: (f"€{r.randrange(40, 3000)}", None),
        "USD": lambda: (f"${r.randrange(100, 9000):,}", None),
        "REF": lambda: (r.choice((f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"{r.choice('ABKPT')}{r.randrange(100000, 999999)}", f"#{r.randrange(10000, 99999)}", f"{r.choice(('TK', 'BO', 'PR', 'LOC'))}-{r.randrange(1000, 99999)}")), None),
        "ORG": lambda: (draw.org_number(), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "OCR": lambda: (str(r.randrange(10**9, 10**12)), None),
        "TC": lambda: (f"{r.randrange(0, 2):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}:{r.randrange(25):02d}", None),
        "SEAT": lambda: (f"rad {r.randrange(1, 24)}, plats {r.randrange(1, 30)}" if not en else f"row {r.choice('ABCDEFGHJKLM')}, seat {r.randrange(1, 30)}", None),
    }  # fmt: skip
    if form in values:
        return values[form]()
    return r.choice(WORDS[form]), None


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
    """FI's rows: every negative once, then positive rows from shuffled decks of each language's
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
        draw.sep = ":" if lang == "en" or r.random() < (0.5 if lang == "mixed" else 0.3) else "."
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
    """Counts only: no row of FI is printed."""
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
                forms["lower-case one word"] += value.islower() and " " not in value
                forms["capitals"] += value.isupper() and len(value) > 1
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.search(r"(?:^|\s)\w(?:-\w)?\.(?:\s|$)", value))
                forms["Surname, Given"] += ", " in value
                forms["three or more words"] += len(value.split()) >= 3
                forms["after @"] += text[span["start"] - 1 : span["start"]] == "@"
                forms["in brackets"] += text[span["start"] - 1 : span["start"]] == "("
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += bool(re.match(r"(?:s|'s?)(?:\W|$)", after))
            elif span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
                forms["address with lgh"] += "lgh" in value
                forms["address with tr"] += bool(re.search(r"\d tr\b", value))
                forms["address Box"] += value.startswith("Box")
                forms["address street alone"] += not re.search(r"\d", value)
                forms["address SE-"] += "SE-" in value
            elif span["kind"] == "NATIONAL_ID":
                digits = len(re.sub(r"\D", "", value))
                sign = "+" if "+" in value else "hyphen" if "-" in value else "no sign"
                forms[f"personnummer {digits} digits {sign}"] += 1
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans: {sum(v for (k, lang), v in kinds.items() if lang == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    drawn = {k: v for k, v in draw.forms.items() if not k.startswith("personnummer")}
    print("drawn: " + ", ".join(f"{k} {v}" for k, v in sorted(drawn.items())))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
    print(f"templates: sv {len(SV)}, en {len(EN)}, mixed {len(MIXED)}, negatives {len(NEGATIVES)}")


def valid_personnummer(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if len(digits) not in (10, 12) or not re.fullmatch(r"(?:\d{8}|\d{6})[-+]?\d{4}", value):
        return False
    ten = digits[-10:]
    month, day = int(ten[2:4]), int(ten[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31 and luhn(ten[:9]) == int(ten[9])


def check(path: Path) -> int:
    """Checks the written file; prints counts only (no row, no value)."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    langs: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        row = json.loads(line)
        problems["keys"] += list(row) != KEYS
        problems["split"] += row["split"] != SPLIT
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        langs[row["lang"]] += 1
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop, kind = span["start"], span["end"], span["kind"]
            kinds[kind] += 1
            value = text[start:stop] if 0 <= start < stop <= len(text) else ""
            problems["empty or out of bounds"] += not value
            problems["whitespace at an edge"] += bool(value) and value != value.strip()
            problems["unsorted or overlapping"] += start < end
            end = max(end, stop)
            if kind == "NATIONAL_ID":
                problems["personnummer invalid"] += not valid_personnummer(value)
    problems["sizes"] += dict(langs) != SIZES
    print(f"rows {len(lines)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("spans: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
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
    draw = Draw(args.seed)
    rows = generate(args.seed, draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
