# ruff: noqa: E501
"""Generate held-out HB for personal-data detection (issue 15): names as the population has them,
the hundred-and-eighty-ninth writer.

    python data/pii/generate_hb.py                           # writes data/pii/generated-heldout-hb.jsonl
    python data/pii/generate_hb.py --stats                   # counts only (sizes, forms, head/tail split)
    python data/pii/generate_hb.py --check                   # checks the written file, counts only
    python data/pii/generate_hb.py --seed 7 --out /tmp/x.jsonl  # a scratch seed, to read rows

HB's names are drawn by how often people really carry them: every name word comes from
`names_hb.py`'s weighted pools (SCB's ranks for Sweden, the US Census 1990 per cents, the ONS
rankings for the UK, and the commonest names of the origins common in Sweden), 80% from the head
of a list and 20% from its tail, mixed by the language of the row roughly as Sweden's population
is. The genre is zoos and aquariums (`templates_hb.py`): keeper logs and handovers, annual passes
and their renewals, school visits and class bookings, animal adoptions and gift certificates,
staff rotas and shift swaps, visitor complaints and the replies to them, with the vets, feed
suppliers, volunteers, partner zoos and members of the public around them. Written by a helper who
does not tune the detector, who read only `generate_aw.py` (for the mechanics: the seeded `Draw`,
the slot filler, the row format and `--stats`), the sections "Held-out AW" and "Held-out CL" of
`docs/privacy.md` and the first line of `generated-heldout-u.jsonl`; not the detector's rules,
lexicons or tagger, nor any other set's names, templates or rows, nor any error listing. HB was
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

from names_hb import HEAD_SHARE, MIXES, NICKNAMES, ORIGINS, Pool, feminine, plain  # noqa: E402
from templates_hb import ANIMALS, DAYS, EN, MIXED, MONTHS, NEGATIVES, SCHOOLS, SV  # noqa: E402

SEED = 20270266
SIZES = {"sv": 272, "en": 170, "mixed": 170}  # rows per language, negatives included
TEMPLATES = {"sv": SV, "en": EN, "mixed": MIXED}
OUT = HERE / "generated-heldout-hb.jsonl"
SPLIT = "heldout-hb"
YEAR = 2027  # the year the texts are written in

Word = tuple[str, str]  # a name word and the part of its list it came from: head or tail
Segment = tuple[str, str | None]  # text, and its kind when it is a value

# Swedish streets of every common form, as the writer knows them from towns across the country.
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Kyrkogatan", "Järnvägsgatan", "Nygatan",
    "Västra Storgatan", "Östra Hamngatan", "Trädgårdsgatan", "Sjömansgatan", "Linnégatan", "Sankt Eriksgatan",
    "Birger Jarlsgatan", "Hornsgatan", "Götgatan", "Vasagatan", "Fabriksgatan", "Bangårdsgatan", "Repslagaregatan",
    "Björkvägen", "Skogsvägen", "Ringvägen", "Tallvägen", "Lindvägen", "Ängsvägen", "Granvägen",
    "Ekvägen", "Karlavägen", "Solvägen", "Lärkvägen", "Idrottsvägen", "Parkvägen", "Viltvägen",
    "Djurgårdsvägen", "Hagavägen", "Gamla Kyrkvägen", "Norra Ringvägen", "Furuvägen", "Rönnvägen",
    "Kopparsvängen", "Ängssvängen", "Björksvängen", "Gökärtssvängen", "Kastanjeallé", "Lindallén",
    "Björkallén", "Hammarby allé", "Almbacken", "Kvarnbacken", "Solbacken", "Ekbacken", "Prästbacken",
    "Lärkstigen", "Blåbärsstigen", "Hagtornsstigen", "Ekorrstigen", "Rävstigen", "Tranbärsstigen",
    "Stortorget", "Lilla torget", "Fisktorget", "Hötorget", "Järntorget", "Tulpangränd", "Smedjegränd",
    "Kyrkogränd", "Bagargränd", "Stationsplan", "Brunnsplan", "Skolplan", "Mästarplan", "Tegelplan",
    "Strandkajen", "Norra Kajen", "Södra Kajen", "Skeppsbrokajen", "Hamnkajen", "Ångbåtskajen",
)  # fmt: skip
# Towns with the first three digits of their postcodes (the writer's knowledge of the ranges).
SV_TOWNS = (
    ("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
    ("Linköping", 582, 589), ("Norrköping", 602, 603), ("Örebro", 702, 703), ("Västerås", 721, 725),
    ("Helsingborg", 252, 256), ("Jönköping", 553, 556), ("Umeå", 903, 907), ("Lund", 222, 227),
    ("Borås", 503, 507), ("Eskilstuna", 632, 635), ("Gävle", 802, 806), ("Södertälje", 151, 152),
    ("Karlstad", 652, 656), ("Halmstad", 302, 305), ("Växjö", 352, 355), ("Sundsvall", 852, 857),
    ("Luleå", 972, 975), ("Trollhättan", 461, 462), ("Östersund", 831, 832), ("Borlänge", 781, 784),
    ("Solna", 169, 171), ("Nacka", 131, 131), ("Lidingö", 181, 181), ("Huddinge", 141, 141),
    ("Täby", 183, 183), ("Järfälla", 175, 177), ("Falun", 791, 791), ("Kalmar", 392, 393),
    ("Kristianstad", 291, 291), ("Skövde", 541, 541), ("Karlskrona", 371, 371), ("Uddevalla", 451, 451),
    ("Nyköping", 611, 611), ("Visby", 621, 621), ("Varberg", 432, 432), ("Kungsbacka", 434, 434),
    ("Alingsås", 441, 441), ("Kungälv", 442, 442), ("Lidköping", 531, 531), ("Motala", 591, 591),
    ("Piteå", 941, 941), ("Skellefteå", 931, 931), ("Kiruna", 981, 981), ("Örnsköldsvik", 891, 891),
    ("Mora", 792, 792), ("Orsa", 794, 794), ("Lycksele", 921, 921), ("Ystad", 271, 271),
    ("Eslöv", 241, 241), ("Höör", 243, 243), ("Ludvika", 771, 771), ("Sandviken", 811, 811),
    ("Härnösand", 871, 871), ("Strängnäs", 645, 645), ("Enköping", 745, 745), ("Norrtälje", 761, 761),
    ("Gnesta", 646, 646), ("Vimmerby", 598, 598), ("Tranås", 573, 573), ("Åmål", 662, 662),
)  # fmt: skip
SMALL_TOWNS = SV_TOWNS[48:]
# Villages and hamlets as rural addresses have them (`Västanby 14`), with the small towns' rural codes.
VILLAGES = (
    "Västanby", "Östanå", "Kvarnby", "Åby", "Bäckby", "Sörby", "Norrby", "Hagaby", "Berga", "Ekeby",
    "Smedsbo", "Lillbodarna", "Övre Långbacka", "Hästhagen", "Ängsbacka", "Myrviken", "Tallåsen",
    "Nedre Gärdsjö", "Björkebo", "Stora Mo", "Kallmyra", "Rönnäs", "Hultet", "Sandviken Gård",
)  # fmt: skip
UK_STREETS = (
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Victoria Road", "Park Avenue",
    "Queens Road", "Manor Way", "Orchard Close", "Meadow View", "Kingsway", "Chapel Street",
    "The Crescent", "Windmill Hill", "Marine Parade", "Harbour Road", "Elm Grove", "Beech Drive",
)  # fmt: skip
UK_TOWNS = (
    ("Chester", "CH"), ("Bristol", "BS"), ("Edinburgh", "EH"), ("Plymouth", "PL"), ("Whipsnade", "LU"),
    ("Colchester", "CO"), ("Paignton", "TQ"), ("Belfast", "BT"), ("Twycross", "CV"), ("Hull", "HU"),
    ("London", "NW"), ("Leeds", "LS"), ("Cardiff", "CF"), ("Norwich", "NR"), ("Glasgow", "G"),
)  # fmt: skip
UK_HOUSES = ("Keeper's Cottage", "The Old Aviary", "Lodge Farm", "Rose Cottage", "Hill House", "The Stables", "Orchard House")  # fmt: skip
US_STREETS = ("Main Street", "Oak Avenue", "Maple Drive", "Elm Street", "Zoo Parkway", "Harbor Boulevard", "Lakeview Road", "Pine Street", "2nd Avenue", "Ridge Road")  # fmt: skip
US_TOWNS = (("San Diego", "CA", 921), ("Columbus", "OH", 432), ("Omaha", "NE", 681), ("Monterey", "CA", 939), ("Atlanta", "GA", 303), ("Baltimore", "MD", 212), ("Seattle", "WA", 981), ("Chicago", "IL", 606), ("Minneapolis", "MN", 554), ("Boston", "MA", 21))  # fmt: skip
EUROPE = (
    "Tiergartenstraße {n}, {z5:10785-10787} Berlin", "Am Tierpark {n}, {z5:10315-10319} Berlin",
    "Hagenbeckstraße {n}, {z5:22527-22529} Hamburg", "{n} rue de la Ménagerie, {z5:75005-75005} Paris",
    "{n} avenue du Général Leclerc, {z5:69000-69009} Lyon", "Korkeasaarentie {n} A {m}, {z5:00570-00590} Helsinki",
    "Eläintarhantie {n} B {m}, {z5:33100-33900} Tampere", "Dyreparkveien {n}, {z4:4609-4609} Kardemomme By",
    "Akvariegata {n}, {z4:5004-5099} Bergen", "Roskildevej {n}, {m}. th., {z4:2000-2000} Frederiksberg",
    "Kattegatvej {n}, {z4:8500-8500} Grenaa", "ul. Zoologiczna {n}/{m}, 50-{z3:100-599} Wrocław",
    "ul. Ogrodowa {n}, 80-{z3:800-899} Gdańsk", "Calle del Acuario {n}, {m}º B, {z5:46013-46013} Valencia",
    "Avinguda del Mar {n}, {z5:08003-08005} Barcelona", "Plantage Kerklaan {n}, {z4:1018-1018} {L2} Amsterdam",
    "Dierenparklaan {n}, {z4:6816-6816} {L2} Arnhem", "Via del Giardino Zoologico {n}, {z5:00197-00197} Roma (RM)",
    "Zürichbergstrasse {n}, CH-{z4:8044-8044} Zürich", "Maxingstraße {n}, {z4:1130-1130} Wien",
    "Koningin Astridplein {n}, {z4:2018-2018} Antwerpen", "{n} Ballymun Road, Dublin 9, D09 {E4}",
)  # fmt: skip
MAIL = ("gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se", "bredband.net", "spray.se")  # fmt: skip
WORK = ("example.se", "djurpark.example.se", "akvariet.example.se", "skola.example.se", "kommun.example.se", "example.com", "zoo.example.org", "example.co.uk")  # fmt: skip
FIRM_MAIL = (
    "info", "bokning", "arskort", "fadder", "skola", "kundservice", "gastservice", "schema", "personal",
    "veterinar", "djuravdelningen", "akvariet", "press", "faktura", "membership", "adoptions", "education",
    "bookings", "feedback", "volunteers", "keepers", "hr",
)  # fmt: skip
FIRM_DOMAINS = ("djurpark.example.se", "akvariet.example.se", "zoo.example.se", "example.se", "zoo.example.org", "aquarium.example.com", "wildlifepark.example.co.uk")  # fmt: skip


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
    """Every value of HB from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()
        self.lang = "sv"
        self.europe: list[str] = []
        self.animals: list[str] = []

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
            key == "swedish" and "-" not in given[0][0] and r.random() < 0.03
        ):  # Anna-Karin, Karl-Johan
            second = self.pick(pool)
            if second[0] != given[0][0] and "-" not in second[0]:
                given.append(second)
        middle: list[Word] = []
        if r.random() < {"swedish": 0.45, "us": 0.35, "uk": 0.3, "finnish": 0.3}.get(key, 0.05):
            middle = [self.pick(pool)]
            if middle[0][0] in (w for w, _ in given) or ("-" in middle[0][0] and key != "swedish"):
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
        given = plain(person.first).lower().replace("-", "").replace("'", "")
        surname = (
            plain(person.surname[0][0]).lower().replace("-", "").replace("'", "").replace(" ", "")
        )
        local = r.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{given}.{surname[0]}",
                          f"{given}{surname}{r.randrange(1, 99)}", f"{surname}.{given}", f"{given}_{surname}",
                          f"{given[0]}.{surname}", f"{given}{r.randrange(60, 99)}"))  # fmt: skip
        return f"{local}@{r.choice(WORK if r.random() < 0.4 else MAIL)}"

    def firm_email(self) -> str:
        return f"{self.rng.choice(FIRM_MAIL)}@{self.rng.choice(FIRM_DOMAINS)}"

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def mobile(self) -> str:
        """A Swedish mobile number in the groupings people write."""
        r = self.rng
        d = self.digits(7)
        m = "07" + r.choice("002236699")
        shapes = (
            (16, f"{m}-{d[:3]} {d[3:5]} {d[5:]}"), (10, f"{m}{d}"), (9, f"{m} {d[:3]} {d[3:5]} {d[5:]}"),
            (4, f"{m}-{d}"), (3, f"{m}-{d[:2]} {d[2:4]} {d[4:]}"), (2, f"{m} {d[:2]} {d[2:4]} {d[4:]}"),
            (2, f"{m} {d[:3]} {d[3:]}"), (1, f"{m}.{d[:3]}.{d[3:5]}.{d[5:]}"), (1, f"({m}) {d[:3]} {d[3:5]} {d[5:]}"),
            (8, f"+46 {m[1:]} {d[:3]} {d[3:5]} {d[5:]}"), (4, f"+46{m[1:]}{d}"), (2, f"+46 {m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"),
            (2, f"+46 (0){m[1:]}-{d[:3]} {d[3:5]} {d[5:]}"), (2, f"0046{m[1:]}{d}"), (1, f"0046 {m[1:]} {d[:3]} {d[3:]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def landline(self) -> str:
        """A Swedish landline: Stockholm, the two-digit cities, the three-digit towns."""
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
                "63",
                "23",
                "26",
                "11",
                "35",
                "36",
                "42",
                "46",
            )
        )
        area3 = r.choice(("120", "150", "155", "171", "226", "243", "250", "270", "280", "300", "320", "340", "380", "413", "433", "470", "480", "498", "510", "520", "560", "611", "640", "660", "680", "910", "920", "950", "980"))  # fmt: skip
        shapes = (
            (7, f"08-{d[:3]} {d[3:6]} {d[6:8]}"), (3, f"08-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"08 {d[:3]} {d[3:6]} {d[6:8]}"),
            (1, f"08-{d[:6]}"), (2, f"+46 8 {d[:3]} {d[3:6]} {d[6:8]}"), (1, f"+46 (0)8-{d[:3]} {d[3:6]} {d[6:8]}"),
            (6, f"0{area2}-{d[:2]} {d[2:4]} {d[4:6]}"), (2, f"0{area2}-{d[:3]} {d[3:5]} {d[5:7]}"), (2, f"0{area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (1, f"0{area2}-{d[:6]}"), (2, f"+46 {area2} {d[:2]} {d[2:4]} {d[4:6]}"),
            (6, f"0{area3}-{d[:2]} {d[2:4]} {d[4:6]}"), (3, f"0{area3}-{d[:3]} {d[3:5]}"), (2, f"0{area3} {d[:3]} {d[3:6]}"),
            (2, f"0{area3}{d[:6]}"), (2, f"+46 {area3} {d[:2]} {d[2:4]} {d[4:6]}"), (1, f"(0{area3}) {d[:2]} {d[2:4]} {d[4:6]}"),
        )  # fmt: skip
        return r.choices([s for _, s in shapes], weights=[w for w, _ in shapes])[0]

    def phone(self) -> str:
        return self.mobile() if self.rng.random() < 0.7 else self.landline()

    def phone_firm(self) -> str:
        """A firm's or a switchboard's number."""
        r = self.rng
        d = self.digits(8)
        shapes = (f"0771-{d[:2]} {d[2:4]} {d[4:6]}", f"0771-{d[:3]} {d[3:6]}", f"020-{d[:2]} {d[2:4]} {d[4:6]}",
                  f"010-{d[:3]} {d[3:5]} {d[5:7]}", f"0775-{d[:2]} {d[2:4]} {d[4:6]}", f"0{r.choice(('11', '31', '40', '18'))}-{d[:2]} {d[2:4]} {d[4:6]}",
                  f"08-{d[:3]} {d[3:6]} {d[6:8]}", f"+46 10 {d[:3]} {d[3:5]} {d[5:7]}", f"0{r.choice(('120', '523', '433', '250'))}-{d[:3]} {d[3:6]}")  # fmt: skip
        return r.choice(shapes)

    def phone_x(self) -> str:
        """A number from abroad, written as people there write it, with `+`, `00` or as dialled at home."""
        r = self.rng
        d = self.digits(10)
        shapes = (
            f"+47 {r.choice('49')}{d[:2]} {d[2:4]} {d[4:7]}", f"0047 {r.choice('49')}{d[:7]}", f"+47 55 {d[:2]} {d[2:4]} {d[4:6]}",
            f"+45 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"+45 {d[:8]}", f"+358 40 {d[:3]} {d[3:7]}",
            f"00358 50 {d[:3]} {d[3:7]}", f"+358 9 {d[:3]} {d[3:7]}", f"040-{d[:3]} {d[3:7]}",
            f"+44 7700 900{d[:3]}", f"07700 900{d[:3]}", f"01244 {d[:6]}", f"+44 (0)131 {d[:3]} {d[3:7]}",
            f"0044 117 {d[:3]} {d[3:7]}", f"020 7{d[:3]} {d[3:7]}", f"+353 87 {d[:3]} {d[3:7]}",
            f"+49 171 {d[:7]}", f"+49 (0)30 {d[:4]} {d[4:8]}", f"0049 40 {d[:3]} {d[3:8]}",
            f"+48 {r.choice('5678')}{d[:2]} {d[2:5]} {d[5:8]}", f"0048 {r.choice('5678')}{d[:2]}-{d[2:5]}-{d[5:8]}",
            f"+1 (619) 555-0{d[:3]}", f"(614) 555-0{d[:3]}", f"+1 402 555 0{d[:3]}", f"555-0{d[:3]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}", f"01 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+34 6{d[:2]} {d[2:5]} {d[5:8]}", f"+31 6 {d[:4]} {d[4:8]}", f"0031 20 {d[:3]} {d[3:7]}",
            f"+39 3{d[:2]} {d[2:5]} {d[5:9]}", f"+41 44 {d[:3]} {d[3:5]} {d[5:7]}", f"+43 664 {d[:7]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}", f"+964 77{d[:1]} {d[1:4]} {d[4:8]}", f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+252 61 {d[:3]} {d[3:7]}", f"+291 7 {d[:3]} {d[3:6]}", f"+66 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+98 912 {d[:3]} {d[3:7]}", f"+387 61 {d[:3]} {d[3:6]}", f"+56 9 {d[:4]} {d[4:8]}",
            f"+380 67 {d[:3]} {d[3:5]} {d[5:7]}", f"+91 98{d[:3]} {d[3:8]}", f"+61 4{d[:2]} {d[2:5]} {d[5:8]}",
        )  # fmt: skip
        return r.choice(shapes)

    def national_id(self, old: bool = False, child: bool = False) -> str:
        """A personnummer with a valid check digit: an adult's, a child's, or (`old`) one of someone past a hundred."""
        r = self.rng
        year = (
            r.randrange(1918, 1927)
            if old
            else r.randrange(2010, 2023)
            if child
            else r.randrange(1945, 2007)
        )
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if old:
            self.forms["personnummer +"] += roll >= 0.3
            return (
                f"{year // 100}{date}-{serial}{check}" if roll < 0.3 else f"{date}+{serial}{check}"
            )
        if roll < 0.4:
            return f"{year // 100}{date}-{serial}{check}"
        if roll < 0.8:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}{serial}{check}"
        return f"{date}{serial}{check}"

    def orgnr(self) -> str:
        """An organisation number (no value): its third digit 2 or more, so no date; a valid check digit."""
        nine = f"{self.rng.choice(('556', '559', '802', '716', '769'))}{self.digits(6)}"
        return f"{nine[:6]}-{nine[6:]}{luhn(nine)}"

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
        """A town and a postcode in its range; a rural one ends in 9x as the country routes do."""
        r = self.rng
        town, low, high = r.choice(SMALL_TOWNS if rural else SV_TOWNS)
        tail = f"{r.randrange(90, 100)}" if rural else f"{r.randrange(10, 90):02d}"
        return town, f"{r.randrange(low, high + 1)}{tail}"

    def sv_postal(self, rural: bool = False, country: bool = False) -> str:
        r = self.rng
        town, code = self.town(rural)
        out = f"{code[:3]} {code[3:]} {town}" if r.random() < 0.85 else f"{code} {town}"
        if r.random() < 0.06:
            out = f"{code[:3]} {code[3:]}  {town.upper()}"
        if country or r.random() < 0.05:
            out = "SE-" + out if r.random() < 0.5 else out + ", Sverige"
        return out

    def village(self) -> str:
        return f"{self.rng.choice(VILLAGES)} {self.rng.randrange(1, 260)}"

    def sv_address(self, lines: bool = False, lgh: bool = False, rural: bool | None = None) -> str:
        r = self.rng
        if rural is None:
            rural = r.random() < 0.2
        street = self.village() if rural else self.sv_street()
        if not rural and (lgh or r.random() < 0.14):
            street += f"{r.choice((' ', ', '))}lgh {r.randrange(10, 16)}{r.randrange(1, 8):02d}"
            self.forms["address with lgh"] += 1
        elif not rural and r.random() < 0.07:
            street += f", {r.randrange(1, 7)} tr"
            self.forms["address with tr"] += 1
        joint = "\n" if lines else r.choice((", ", ", ", ", ", " "))
        return f"{street}{joint}{self.sv_postal(rural=rural)}"

    def box(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.5:
            return f"Box {r.randrange(10, 999)}, {self.sv_postal(rural=r.random() < 0.3)}"
        if roll < 0.7:
            return f"Box {r.randrange(10, 999)}\n{self.sv_postal()}"
        return f"{self.sv_street()}, plan {r.randrange(2, 6)}, {self.sv_postal()}"

    def uk_postcode(self, area: str) -> str:
        r = self.rng
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return (
            f"{area}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice(letters)}{r.choice(letters)}"
        )

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, area = r.choice(UK_TOWNS)
        code = self.uk_postcode(area)
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
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
            street += f", {r.choice(('Apt', 'Unit', 'Suite', '#'))} {r.randrange(2, 40)}".replace(
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
        out = out.replace("{L2}", r.choice("ACDEFHKNPRTVWXY") + r.choice("ACDEFHKNPRTVWXY"), 1)
        out = out.replace("{L2}", r.choice("ACDEFHKNPRTVWXY") + r.choice("ACDEFHKNPRTVWXY"))
        out = out.replace(
            "{E4}",
            f"{r.choice('ACDEFHKNPRTVWXY')}{r.randrange(10)}{r.choice('ACDEFHKNPRTVWXY')}{r.randrange(10)}",
        )
        out = re.sub(r"\{z(\d):(\d+)-(\d+)\}", code, out)
        return out.replace(", ", "\n", 1) if lines else out

    def animal(self) -> str:
        """An animal's name (never a value), from a shuffled deck."""
        if not self.animals:
            self.animals = list(ANIMALS)
            self.rng.shuffle(self.animals)
        return self.animals.pop()


def genitive(name: str, english: bool) -> str:
    if english:
        return "'" if name.endswith("s") else "'s"
    return "" if name[-1] in "sxzSXZ" else "s"


def person_segments(form: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in `form`: the value, then a genitive's ending (no part of the value).

    P full name, p the same in lower case, U in capitals, F with middle names, G/g the given name
    (sometimes its short form), N/n the short form where the name has one, GU the given name in
    capitals, S/s the surname, SU in capitals, I an initial and the surname, Gi the given name and
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
    elif base == "R":
        words, value = given + surname, f"{person.last}, {person.first}"
    elif base == "RU":
        words, value = given + surname, f"{person.last.upper()}, {person.first}"
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
    "GU",
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


def filler(form: str, draw: Draw) -> Segment:
    r, en = draw.rng, draw.lang == "en"
    month, day = r.randrange(1, 13), r.randrange(1, 29)
    values: dict[str, Callable[[], Segment]] = {
        "A": lambda: (draw.sv_address(), "ADDRESS"),
        "AL": lambda: (draw.sv_address(lines=True), "ADDRESS"),
        "AR": lambda: (draw.sv_address(rural=True), "ADDRESS"),
        "ARL": lambda: (draw.sv_address(lines=True, rural=True), "ADDRESS"),
        "AC": lambda: (draw.sv_address(rural=False).upper(), "ADDRESS"),
        "ASE": lambda: (f"{draw.sv_street()}, {draw.sv_postal(country=True)}", "ADDRESS"),
        "ST": lambda: (draw.sv_street(), "ADDRESS"),
        "STN": lambda: (draw.street_name(), "ADDRESS"),
        "VIL": lambda: (draw.village(), "ADDRESS"),
        "STL": lambda: (draw.sv_address(lgh=True, rural=False), "ADDRESS"),
        "a": lambda: ((r.choice((draw.sv_street(), draw.street_name())) if r.random() < 0.5 else draw.sv_address()).lower(), "ADDRESS"),
        "BOX": lambda: (draw.box(), "ADDRESS"),
        "AU": lambda: (draw.uk_address(), "ADDRESS"),
        "AUL": lambda: (draw.uk_address(lines=True), "ADDRESS"),
        "au": lambda: (draw.uk_address().lower(), "ADDRESS"),
        "AUS": lambda: (draw.us_address(), "ADDRESS"),
        "AUSL": lambda: (draw.us_address(lines=True), "ADDRESS"),
        "AX": lambda: (draw.eu_address(), "ADDRESS"),
        "AXL": lambda: (draw.eu_address(lines=True), "ADDRESS"),
        "PH": lambda: (draw.phone(), "PHONE"),
        "PHM": lambda: (draw.mobile(), "PHONE"),
        "PHL": lambda: (draw.landline(), "PHONE"),
        "PHF": lambda: (draw.phone_firm(), "PHONE"),
        "PHX": lambda: (draw.phone_x(), "PHONE"),
        "PNR": lambda: (draw.national_id(), "NATIONAL_ID"),
        "PNRO": lambda: (draw.national_id(old=True), "NATIONAL_ID"),
        "PNRC": lambda: (draw.national_id(child=True), "NATIONAL_ID"),
        "EF": lambda: (draw.firm_email(), "EMAIL"),
        "DATE": lambda: (r.choice((f"{YEAR}-{month:02d}-{day:02d}", f"{day}/{month}", f"{day} {MONTHS['sv'][month - 1]}", f"{day}.{month}.{YEAR}")), None),
        "DATEEN": lambda: (r.choice((f"{day} {MONTHS['en'][month - 1]}", f"{day:02d}/{month:02d}/{YEAR}", f"{MONTHS['en'][month - 1]} {day}", f"{YEAR}-{month:02d}-{day:02d}")), None),
        "TIME": lambda: (f"{r.randrange(7, 19)}{':' if en else r.choice('.:')}{r.choice(('00', '15', '30', '45'))}", None),
        "NUM": lambda: (str(r.randrange(2, 53)), None),
        "AMT": lambda: (r.choice((f"{r.randrange(95, 4800)} kr", f"{r.randrange(1, 25)} {r.randrange(1000):03d} kr", f"{r.randrange(95, 2400)}:-", f"SEK {r.randrange(150, 9000)}")), None),
        "GBP": lambda: (f"£{r.randrange(8, 900)}.{r.choice(('00', '50', '95', '99'))}", None),
        "EUR": lambda: (f"€{r.randrange(15, 900)}", None),
        "USD": lambda: (f"${r.randrange(15, 600)}.{r.choice(('00', '50', '95'))}", None),
        "REF": lambda: (r.choice((f"{r.choice('BKS')}{r.randrange(100000, 999999)}", f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}", f"#{r.randrange(10000, 99999)}")), None),
        "PASS": lambda: (r.choice((f"{r.randrange(10, 99)}-{r.randrange(100000, 999999)}", f"ÅK{r.randrange(1000000, 9999999)}", f"{r.randrange(100000000, 999999999)}")), None),
        "CASE": lambda: (r.choice((f"{YEAR}-{r.randrange(100, 9999):04d}", f"Ä{r.randrange(1000, 99999)}", f"CS-{r.randrange(10000, 99999)}")), None),
        "ANIMAL": lambda: (draw.animal(), None),
        "TOWN": lambda: (r.choice(UK_TOWNS)[0] if en else r.choice(SV_TOWNS)[0], None),
        "DAY": lambda: (r.choice(DAYS["sv"]), None),
        "DAYEN": lambda: (r.choice(DAYS["en"]), None),
        "KG": lambda: (f"{r.randrange(3, 60)}{'.' if en else ','}{r.randrange(10)}", None),
        "KGB": lambda: (str(r.randrange(90, 320)), None),
        "TEMP": lambda: (f"{r.randrange(8, 29)}{'.' if en else ','}{r.randrange(10)}", None),
        "CHIP": lambda: (f"752{r.randrange(10**11, 10**12)}", None),
        "ORGNR": lambda: (draw.orgnr(), None),
        "MONTHEN": lambda: (MONTHS["en"][month - 1], None),
        "OCR": lambda: (str(r.randrange(10**9, 10**13)), None),
        "BG": lambda: (f"{r.randrange(100, 9999)}-{r.randrange(1000, 9999)}", None),
        "SWISH": lambda: (f"123 {r.randrange(100, 999)} {r.randrange(10, 99)} {r.randrange(10, 99)}", None),
        "CLASS": lambda: (f"{r.randrange(1, 10)}{r.choice('ABCDE')}", None),
        "SCHOOL": lambda: (r.choice(SCHOOLS["en" if en else "sv"]), None),
        "SCHOOLEN": lambda: (r.choice(SCHOOLS["en"]), None),
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
        if len(base) > 1 and base.endswith("s") and base not in PERSON_FORMS:
            base = base[:-1]
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
    """HB's rows: every negative once, then positive rows from shuffled decks of each language's
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


PNR = re.compile(r"^(\d{2})?(\d{6})([-+]?)(\d{4})$")


def pnr_form(value: str) -> str | None:
    """`12 digits, hyphen` and so on, or None when the value is no personnummer with a valid check."""
    match = PNR.match(value)
    if not match:
        return None
    century, date, sep, tail = match.groups()
    if luhn(date + tail[:3]) != int(tail[3]) or (century and sep == "+"):
        return None
    return f"{12 if century else 10} digits, " + {"-": "hyphen", "+": "plus", "": "no hyphen"}[sep]


def stats(rows: list[dict[str, object]], draw: Draw | None = None) -> None:
    """Counts only: no row of HB is printed."""
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
                forms["lower-case given name alone in chat"] += value.islower() and " " not in value
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
                forms["address Box"] += value.startswith("Box")
                forms["address SE-"] += "SE-" in value
                forms["address one word or street alone"] += not re.search(r"\d", value)
            elif span["kind"] == "PHONE":
                forms["phone +"] += value.startswith("+")
                forms["phone 00"] += value.startswith("00")
            elif span["kind"] == "NATIONAL_ID":
                pnr[pnr_form(value) or "invalid"] += 1
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in sorted(empty.items())))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"spans in all: {sum(v for (k, la), v in kinds.items() if la == 'all')}")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    print("personnummer: " + ", ".join(f"{k} {v}" for k, v in sorted(pnr.items())))
    if draw is not None:
        print(f"nicknames: {draw.forms['nickname']}")
        total = sum(draw.split.values())
        print(
            f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']} ({draw.split['tail'] / total:.1%})"
        )
        print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))
        missing = [k for mix in MIXES.values() for k in mix if not draw.origins[k]]
        print(f"origins in MIXES never drawn: {sorted(set(missing)) or 'none'}")


def check(path: Path) -> int:
    """Checks the written file; prints counts only. Returns the number of problems."""
    problems: Counter[str] = Counter()
    ids: set[str] = set()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        if list(row) != ["id", "split", "lang", "text", "spans"]:
            problems["keys"] += 1
        problems["id repeated"] += row["id"] in ids
        ids.add(row["id"])
        problems["split"] += row["split"] != SPLIT
        problems["lang"] += row["lang"] not in SIZES
        text, end = row["text"], 0
        for span in row["spans"]:
            start, stop = span["start"], span["end"]
            value = text[start:stop]
            problems["empty span"] += not value
            problems["out of bounds"] += not 0 <= start < stop <= len(text)
            problems["whitespace at an edge"] += value != value.strip()
            problems["unsorted or overlapping"] += start < end
            problems["kind"] += span["kind"] not in (
                "PERSON",
                "ADDRESS",
                "PHONE",
                "EMAIL",
                "NATIONAL_ID",
            )
            if span["kind"] == "NATIONAL_ID":
                problems["personnummer invalid"] += pnr_form(value) is None
            end = stop
    stats(rows)
    print(f"ids unique: {len(ids) == len(rows)}")
    found = {k: v for k, v in problems.items() if v}
    print("problems: " + (", ".join(f"{k} {v}" for k, v in found.items()) or "none"))
    return sum(found.values())


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
    rows = generate(seed=args.seed, draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {args.out}")


if __name__ == "__main__":
    main()
